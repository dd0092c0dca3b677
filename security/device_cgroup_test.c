// SPDX-License-Identifier: GPL-2.0
/*
 * device_cgroup_test.c - KUnit suite "device_cgroup": the whitelist
 * grammar of devices.allow/deny (EINVAL), CAP_SYS_ADMIN (EPERM), a child
 * never wider than its parent (EPERM), deny semantics, devices.list, the open
 * and mknod checks of device nodes, the can_attach rule of devices.txt
 * section 4 on both the tasks and the cgroup.procs path, and allocation
 * failures on every write and on mkdir.
 *
 * The file includes security/device_cgroup.c (kunit-wraps-y).  Every case
 * works through the real paths: a devices hierarchy mounted on
 * /tmp/devcg with ksys_mount(), its files opened and written with
 * ksys_open()/ksys_write(), /dev/null opened with ksys_open().  The case
 * task moves itself around with "0" writes and is back in the root, with
 * the hierarchy gone, when the case ends (devcg_exit).
 *
 * Locks: none of its own.
 */
#include "device_cgroup.c"

#include <kunit/test.h>
#include <linux/cred.h>
#include <linux/fault-inject.h>
#include <linux/fs.h>
#include <linux/signal.h>
#include <linux/syscalls.h>
#include <host_ops.h>
#include "../kernel/cgroup_kunit.h"

#define DEVCG_ROOT	"/tmp/devcg"
#define DEVCG_A		DEVCG_ROOT "/a"
#define DEVCG_B		DEVCG_A "/b"
#define DEVCG_NODE	"/tmp/devcg_node"

/* ------------------------------------------------------------------ */
/* Helpers */

static char *devcg_list(struct kunit *test, const char *dir)
{
	char path[64];

	snprintf(path, sizeof(path), "%s/devices.list", dir);
	return cgk_read(test, path);
}

static long devcg_allow(const char *dir, const char *line)
{
	char path[64];

	snprintf(path, sizeof(path), "%s/devices.allow", dir);
	return cgk_write(path, line);
}

static long devcg_deny(const char *dir, const char *line)
{
	char path[64];

	snprintf(path, sizeof(path), "%s/devices.deny", dir);
	return cgk_write(path, line);
}

/* Move the calling task ("0" to DIR/tasks). */
static long devcg_enter(const char *dir)
{
	char path[64];

	snprintf(path, sizeof(path), "%s/tasks", dir);
	return cgk_write(path, "0");
}

/*
 * Set the calling thread's capabilities: all of them, or all but @cap
 * (uid 0 stays: the open and core credential checks still pass).
 */
static long devcg_caps(int cap)
{
	struct cred *new = prepare_creds();

	if (!new)
		return -ENOMEM;
	new->cap_effective = CAP_FULL_SET;
	if (cap >= 0)
		cap_lower(new->cap_effective, cap);
	return commit_creds(new);
}

/* Is @tsk in the devices cgroup called @name ("" is the root)? */
static bool devcg_task_in(struct task_struct *tsk, const char *name)
{
	bool ret;

	rcu_read_lock();
	ret = !strcmp(task_cgroup(tsk, devices_subsys_id)->name, name);
	rcu_read_unlock();
	return ret;
}

/* Open @path with @flags and close it again: 0 or -errno. */
static long devcg_try_open(const char *path, int flags)
{
	long fd = ksys_open(path, flags, 0);

	if (fd < 0)
		return fd;
	ksys_close(fd);
	return 0;
}

static int devcg_init(struct kunit *test)
{
	cgk_mount(test, DEVCG_ROOT, "devices");
	return 0;
}

/* Back to the root with all capabilities; the hierarchy goes away. */
static void devcg_exit(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, devcg_caps(-1), 0L);
	KUNIT_EXPECT_GT(test, devcg_enter(DEVCG_ROOT), 0L);
	ksys_unlink(DEVCG_NODE);
	ksys_rmdir(DEVCG_B);
	ksys_rmdir(DEVCG_A);
	cgk_umount(test, DEVCG_ROOT);	/* waits for kfree_rcu() too */
}

/* ------------------------------------------------------------------ */
/* The whitelist */

/* The root allows everything; a child starts with a copy of its parent. */
static void devcgroup_root_and_copy(struct kunit *test)
{
	KUNIT_EXPECT_STREQ(test, devcg_list(test, DEVCG_ROOT), "a *:* rwm\n");
	KUNIT_ASSERT_EQ(test, ksys_mkdir(DEVCG_A, 0755), 0L);
	KUNIT_EXPECT_STREQ(test, devcg_list(test, DEVCG_A), "a *:* rwm\n");
	KUNIT_ASSERT_EQ(test, devcg_deny(DEVCG_A, "a"), 1L);
	KUNIT_ASSERT_GT(test, devcg_allow(DEVCG_A, "c 1:3 rwm"), 0L);
	KUNIT_ASSERT_GT(test, devcg_allow(DEVCG_A, "b *:* m"), 0L);
	KUNIT_ASSERT_EQ(test, ksys_mkdir(DEVCG_B, 0755), 0L);
	KUNIT_EXPECT_STREQ(test, devcg_list(test, DEVCG_B),
			   "c 1:3 rwm\nb *:* m\n");
	/* the copy is a copy: changing the child leaves the parent */
	KUNIT_ASSERT_EQ(test, devcg_deny(DEVCG_B, "a"), 1L);
	KUNIT_EXPECT_STREQ(test, devcg_list(test, DEVCG_B), "");
	KUNIT_EXPECT_STREQ(test, devcg_list(test, DEVCG_A),
			   "c 1:3 rwm\nb *:* m\n");
}

/* Good lines: added, merged with an entry for the same devices, listed. */
static void devcgroup_grammar_good(struct kunit *test)
{
	static const char * const lines[] = {
		"c 1:3 rwm", "b *:* m", "c 1:* r", "c *:5 w", "c 1:3 r\n",
		"  c 1:5 rw  ", "c 1:5 m", "b 8:0 mwr",
	};
	unsigned int i;

	KUNIT_ASSERT_EQ(test, ksys_mkdir(DEVCG_A, 0755), 0L);
	KUNIT_ASSERT_EQ(test, devcg_deny(DEVCG_A, "a"), 1L);
	for (i = 0; i < ARRAY_SIZE(lines); i++)
		KUNIT_EXPECT_EQ_MSG(test, devcg_allow(DEVCG_A, lines[i]),
				    (long)strlen(lines[i]), "'%s'", lines[i]);
	KUNIT_EXPECT_STREQ(test, devcg_list(test, DEVCG_A),
			   "c 1:3 rwm\nb *:* m\nc 1:* r\nc *:5 w\n"
			   "c 1:5 rwm\nb 8:0 rwm\n");
	/* "a" (what follows it is ignored, as in 3.0) */
	KUNIT_EXPECT_EQ(test, devcg_allow(DEVCG_A, "a *:* rwm"), 9L);
	KUNIT_EXPECT_STREQ(test, devcg_list(test, DEVCG_A),
			   "c 1:3 rwm\nb *:* m\nc 1:* r\nc *:5 w\n"
			   "c 1:5 rwm\nb 8:0 rwm\na *:* rwm\n");
}

/* Bad lines: EINVAL, nothing changes; to both files. */
static void devcgroup_grammar_bad(struct kunit *test)
{
	static const char * const lines[] = {
		"", " ", "x", "ab", "c", "c ", "c 1:3", "c1:3 r", "c 1:3 x",
		"c 1:3 rwmr", "c 1 r", "c :3 r", "c 1: r", "c -1:3 r",
		"c +1:3 r", "c 1:3  r", "c 1:3 r x", "c 99999999999:1 r",
		"c 4294967295:1 r", "c 1:3:4 r", "c **:3 r", "d 1:3 r",
		"C 1:3 r", "c\t1:3\tR",
	};
	unsigned int i;

	KUNIT_ASSERT_EQ(test, ksys_mkdir(DEVCG_A, 0755), 0L);
	KUNIT_ASSERT_EQ(test, devcg_deny(DEVCG_A, "a"), 1L);
	KUNIT_ASSERT_GT(test, devcg_allow(DEVCG_A, "c 1:3 rw"), 0L);
	for (i = 0; i < ARRAY_SIZE(lines); i++) {
		KUNIT_EXPECT_EQ_MSG(test, devcg_allow(DEVCG_A, lines[i]),
				    (long)-EINVAL, "allow '%s'", lines[i]);
		KUNIT_EXPECT_EQ_MSG(test, devcg_deny(DEVCG_A, lines[i]),
				    (long)-EINVAL, "deny '%s'", lines[i]);
	}
	KUNIT_EXPECT_STREQ(test, devcg_list(test, DEVCG_A), "c 1:3 rw\n");
	/* tabs are white space too */
	KUNIT_EXPECT_GT(test, devcg_allow(DEVCG_A, "c\t1:3\tm"), 0L);
	KUNIT_EXPECT_STREQ(test, devcg_list(test, DEVCG_A), "c 1:3 rwm\n");
}

/* Changing a list needs CAP_SYS_ADMIN, even for root; reading does not. */
static void devcgroup_needs_cap_sys_admin(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, ksys_mkdir(DEVCG_A, 0755), 0L);
	KUNIT_ASSERT_EQ(test, devcg_caps(CAP_SYS_ADMIN), 0L);
	KUNIT_EXPECT_EQ(test, devcg_deny(DEVCG_A, "a"), (long)-EPERM);
	KUNIT_EXPECT_EQ(test, devcg_allow(DEVCG_A, "c 1:3 r"), (long)-EPERM);
	/* the capability is checked before the grammar */
	KUNIT_EXPECT_EQ(test, devcg_allow(DEVCG_A, "bogus"), (long)-EPERM);
	KUNIT_EXPECT_STREQ(test, devcg_list(test, DEVCG_A), "a *:* rwm\n");
	KUNIT_ASSERT_EQ(test, devcg_caps(-1), 0L);
	KUNIT_EXPECT_EQ(test, devcg_deny(DEVCG_A, "a"), 1L);
	KUNIT_EXPECT_STREQ(test, devcg_list(test, DEVCG_A), "");
}

/* An allow the parent does not cover is EPERM and changes nothing. */
static void devcgroup_child_not_wider(struct kunit *test)
{
	static const char * const wider[] = {
		"a", "c 1:3 w", "c 1:3 rw", "c 1:* r", "c *:3 r", "c *:* r",
		"b 1:3 r", "c 2:3 r", "c 1:4 r",
	};
	unsigned int i;

	KUNIT_ASSERT_EQ(test, ksys_mkdir(DEVCG_A, 0755), 0L);
	KUNIT_ASSERT_EQ(test, devcg_deny(DEVCG_A, "a"), 1L);
	KUNIT_ASSERT_GT(test, devcg_allow(DEVCG_A, "c 1:3 rm"), 0L);
	KUNIT_ASSERT_GT(test, devcg_allow(DEVCG_A, "c 5:* r"), 0L);
	KUNIT_ASSERT_EQ(test, ksys_mkdir(DEVCG_B, 0755), 0L);
	KUNIT_ASSERT_EQ(test, devcg_deny(DEVCG_B, "a"), 1L);
	for (i = 0; i < ARRAY_SIZE(wider); i++)
		KUNIT_EXPECT_EQ_MSG(test, devcg_allow(DEVCG_B, wider[i]),
				    (long)-EPERM, "'%s'", wider[i]);
	KUNIT_EXPECT_STREQ(test, devcg_list(test, DEVCG_B), "");
	/* narrower or equal: allowed */
	KUNIT_EXPECT_GT(test, devcg_allow(DEVCG_B, "c 1:3 r"), 0L);
	KUNIT_EXPECT_GT(test, devcg_allow(DEVCG_B, "c 1:3 m"), 0L);
	KUNIT_EXPECT_GT(test, devcg_allow(DEVCG_B, "c 5:7 r"), 0L);
	KUNIT_EXPECT_GT(test, devcg_allow(DEVCG_B, "c 5:* r"), 0L);
	KUNIT_EXPECT_STREQ(test, devcg_list(test, DEVCG_B),
			   "c 1:3 rm\nc 5:7 r\nc 5:* r\n");
	/*
	 * The top cgroup has no parent to ask.  (Its state is the one the
	 * unmounted subsystem keeps, so only add what merges into "a".)
	 */
	KUNIT_EXPECT_EQ(test, devcg_allow(DEVCG_ROOT, "a"), 1L);
	KUNIT_EXPECT_STREQ(test, devcg_list(test, DEVCG_ROOT), "a *:* rwm\n");
}

/* deny takes bits from every entry it overlaps; "a" clears the list. */
static void devcgroup_deny_semantics(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, ksys_mkdir(DEVCG_A, 0755), 0L);
	/* the whitelist cannot punch a hole: "a" loses w for everything */
	KUNIT_EXPECT_GT(test, devcg_deny(DEVCG_A, "c 1:3 w"), 0L);
	KUNIT_EXPECT_STREQ(test, devcg_list(test, DEVCG_A), "a *:* rm\n");
	KUNIT_EXPECT_EQ(test, devcg_deny(DEVCG_A, "a"), 1L);
	KUNIT_EXPECT_STREQ(test, devcg_list(test, DEVCG_A), "");

	KUNIT_ASSERT_GT(test, devcg_allow(DEVCG_A, "c 1:* rwm"), 0L);
	KUNIT_ASSERT_GT(test, devcg_allow(DEVCG_A, "c 2:3 r"), 0L);
	KUNIT_ASSERT_GT(test, devcg_allow(DEVCG_A, "b 8:0 rw"), 0L);
	/* an entry naming more devices than the deny loses the bits too */
	KUNIT_EXPECT_GT(test, devcg_deny(DEVCG_A, "c 1:3 m"), 0L);
	KUNIT_EXPECT_STREQ(test, devcg_list(test, DEVCG_A),
			   "c 1:* rw\nc 2:3 r\nb 8:0 rw\n");
	/* a wildcard deny reaches the entries it covers; types stay apart */
	KUNIT_EXPECT_GT(test, devcg_deny(DEVCG_A, "c *:* r"), 0L);
	KUNIT_EXPECT_STREQ(test, devcg_list(test, DEVCG_A),
			   "c 1:* w\nb 8:0 rw\n");
	/* an entry left without access goes away */
	KUNIT_EXPECT_GT(test, devcg_deny(DEVCG_A, "c 1:4 w"), 0L);
	KUNIT_EXPECT_STREQ(test, devcg_list(test, DEVCG_A), "b 8:0 rw\n");
	/* no overlap: no change */
	KUNIT_EXPECT_GT(test, devcg_deny(DEVCG_A, "b 8:1 rwm"), 0L);
	KUNIT_EXPECT_STREQ(test, devcg_list(test, DEVCG_A), "b 8:0 rw\n");
	KUNIT_EXPECT_EQ(test, devcg_deny(DEVCG_A, "a"), 1L);
	KUNIT_EXPECT_STREQ(test, devcg_list(test, DEVCG_A), "");
}

/* ------------------------------------------------------------------ */
/* Device nodes */

/* Opening a node is checked against the opener's cgroup: r and w. */
static void devcgroup_open_checked(struct kunit *test)
{
	char buf[8] = "xxxxxxx";
	long fd;

	KUNIT_ASSERT_EQ(test, ksys_mkdir(DEVCG_A, 0755), 0L);
	KUNIT_ASSERT_EQ(test, devcg_deny(DEVCG_A, "a"), 1L);
	KUNIT_ASSERT_GT(test, devcg_allow(DEVCG_A, "c 1:3 r"), 0L);
	KUNIT_ASSERT_GT(test, devcg_enter(DEVCG_A), 0L);
	KUNIT_EXPECT_TRUE(test, devcg_task_in(current, "a"));

	KUNIT_EXPECT_EQ(test, devcg_try_open("/dev/null", O_RDONLY), 0L);
	KUNIT_EXPECT_EQ(test, devcg_try_open("/dev/null", O_WRONLY), -EPERM);
	KUNIT_EXPECT_EQ(test, devcg_try_open("/dev/null", O_RDWR), -EPERM);
	KUNIT_EXPECT_EQ(test, devcg_try_open("/dev/zero", O_RDONLY), -EPERM);
	/* files that are not device nodes are not the subsystem's business */
	KUNIT_EXPECT_EQ(test, devcg_try_open("/proc/self/status", O_RDONLY),
			0L);

	/*
	 * A change applies to the next open.  One entry must allow all of
	 * an open (3.0): "r" and "w" from two entries do not make O_RDWR.
	 */
	KUNIT_ASSERT_GT(test, devcg_allow(DEVCG_A, "c 1:* w"), 0L);
	KUNIT_EXPECT_EQ(test, devcg_try_open("/dev/null", O_WRONLY), 0L);
	KUNIT_EXPECT_EQ(test, devcg_try_open("/dev/null", O_RDWR), -EPERM);
	KUNIT_EXPECT_EQ(test, devcg_try_open("/dev/zero", O_WRONLY), 0L);
	KUNIT_EXPECT_EQ(test, devcg_try_open("/dev/zero", O_RDONLY), -EPERM);
	KUNIT_ASSERT_GT(test, devcg_allow(DEVCG_A, "c 1:3 w"), 0L);
	KUNIT_EXPECT_STREQ(test, devcg_list(test, DEVCG_A),
			   "c 1:3 rw\nc 1:* w\n");
	KUNIT_EXPECT_EQ(test, devcg_try_open("/dev/null", O_RDWR), 0L);
	KUNIT_ASSERT_GT(test, devcg_deny(DEVCG_A, "c 1:3 r"), 0L);
	KUNIT_EXPECT_EQ(test, devcg_try_open("/dev/null", O_RDONLY), -EPERM);

	/* an open file stays usable; back in the root everything opens */
	KUNIT_ASSERT_GT(test, devcg_enter(DEVCG_ROOT), 0L);
	fd = ksys_open("/dev/zero", O_RDWR, 0);
	KUNIT_ASSERT_GE(test, fd, 0L);
	KUNIT_EXPECT_GT(test, devcg_enter(DEVCG_A), 0L);
	KUNIT_EXPECT_EQ(test, ksys_read(fd, buf, 7), 7L);
	KUNIT_EXPECT_EQ(test, memcmp(buf, "\0\0\0\0\0\0\0", 7), 0);
	KUNIT_EXPECT_EQ(test, ksys_write(fd, "abc", 3), 3L);
	KUNIT_EXPECT_EQ(test, ksys_close(fd), 0L);
	KUNIT_ASSERT_GT(test, devcg_enter(DEVCG_ROOT), 0L);
	fd = ksys_open("/dev/null", O_RDWR, 0);
	KUNIT_ASSERT_GE(test, fd, 0L);
	KUNIT_EXPECT_EQ(test, ksys_read(fd, buf, 7), 0L);
	KUNIT_EXPECT_EQ(test, ksys_write(fd, "abc", 3), 3L);
	KUNIT_EXPECT_EQ(test, ksys_close(fd), 0L);
}

/* mknod of a device node needs CAP_MKNOD and "m"; other nodes ENXIO. */
static void devcgroup_mknod_needs_m(struct kunit *test)
{
	struct kstat st;

	KUNIT_ASSERT_EQ(test, ksys_mkdir(DEVCG_A, 0755), 0L);
	KUNIT_ASSERT_EQ(test, devcg_deny(DEVCG_A, "a"), 1L);
	KUNIT_ASSERT_GT(test, devcg_allow(DEVCG_A, "c 1:3 rw"), 0L);
	KUNIT_ASSERT_GT(test, devcg_enter(DEVCG_A), 0L);

	KUNIT_EXPECT_EQ(test, ksys_mknod(DEVCG_NODE, S_IFCHR | 0600,
					 MKDEV(1, 3)), -EPERM);
	KUNIT_EXPECT_EQ(test, ksys_newstat(DEVCG_NODE, &st), -ENOENT);
	/* a regular file is not a device */
	KUNIT_EXPECT_EQ(test, ksys_mknod(DEVCG_NODE, S_IFREG | 0600, 0), 0L);
	KUNIT_EXPECT_EQ(test, ksys_unlink(DEVCG_NODE), 0L);

	KUNIT_ASSERT_GT(test, devcg_allow(DEVCG_A, "c 1:3 m"), 0L);
	KUNIT_ASSERT_EQ(test, devcg_caps(CAP_MKNOD), 0L);
	KUNIT_EXPECT_EQ(test, ksys_mknod(DEVCG_NODE, S_IFCHR | 0600,
					 MKDEV(1, 3)), -EPERM);
	KUNIT_ASSERT_EQ(test, devcg_caps(-1), 0L);
	KUNIT_EXPECT_EQ(test, ksys_mknod(DEVCG_NODE, S_IFCHR | 0600,
					 MKDEV(1, 3)), 0L);
	KUNIT_ASSERT_EQ(test, ksys_newstat(DEVCG_NODE, &st), 0L);
	KUNIT_EXPECT_TRUE(test, S_ISCHR(st.mode));
	KUNIT_EXPECT_EQ(test, st.rdev, MKDEV(1, 3));
	KUNIT_EXPECT_EQ(test, devcg_try_open(DEVCG_NODE, O_RDWR), 0L);
	KUNIT_EXPECT_EQ(test, ksys_unlink(DEVCG_NODE), 0L);
	KUNIT_EXPECT_EQ(test, ksys_mknod(DEVCG_NODE, S_IFCHR | 0600,
					 MKDEV(1, 5)), -EPERM);

	/* in the root: no driver for 9:9 nor for block nodes: ENXIO */
	KUNIT_ASSERT_GT(test, devcg_enter(DEVCG_ROOT), 0L);
	KUNIT_EXPECT_EQ(test, ksys_mknod(DEVCG_NODE, S_IFCHR | 0600,
					 MKDEV(9, 9)), 0L);
	KUNIT_EXPECT_EQ(test, devcg_try_open(DEVCG_NODE, O_RDONLY), -ENXIO);
	KUNIT_EXPECT_EQ(test, ksys_unlink(DEVCG_NODE), 0L);
	KUNIT_EXPECT_EQ(test, ksys_mknod(DEVCG_NODE, S_IFBLK | 0600,
					 MKDEV(8, 0)), 0L);
	KUNIT_EXPECT_EQ(test, devcg_try_open(DEVCG_NODE, O_RDONLY), -ENXIO);
	KUNIT_EXPECT_EQ(test, ksys_unlink(DEVCG_NODE), 0L);
	/* a directory or a FIFO cannot be made with mknod here */
	KUNIT_EXPECT_EQ(test, ksys_mknod(DEVCG_NODE, S_IFDIR | 0700, 0),
			-EPERM);
	KUNIT_EXPECT_EQ(test, ksys_mknod(DEVCG_NODE, 0010000 | 0600, 0),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, ksys_mknod("/dev/null", S_IFCHR | 0600,
					 MKDEV(1, 3)), -EEXIST);
}

/* ------------------------------------------------------------------ */
/* can_attach: devices.txt section 4 */

static long devcg_caps_fn(void *arg)
{
	return devcg_caps((long)arg);
}

/*
 * As @tsk: become root with every capability but @drop_cap (-1: all of
 * them) or, @uid non-zero, setresuid() to @uid (from root that clears
 * every capability); then, @file non-NULL, write @pid to it.
 */
static long devcg_move_as(struct task_struct *tsk, const char *file,
			  pid_t pid, int drop_cap, uid_t uid)
{
	long ret;

	if (uid)
		ret = cgk_as_setresuid(tsk, uid);
	else
		ret = task_call(tsk, devcg_caps_fn, (void *)(long)drop_cap);
	if (ret)
		return ret;
	return file ? cgk_as_write_pid(tsk, file, pid) : 0;
}

/* Moving oneself needs nothing; moving another task CAP_SYS_ADMIN. */
static void devcgroup_attach_tasks(struct kunit *test)
{
	struct task_struct *writer, *target, *thread;

	KUNIT_ASSERT_EQ(test, ksys_mkdir(DEVCG_A, 0755), 0L);
	writer = cgk_spawn(test);
	target = cgk_spawn(test);
	thread = cgk_thread(test, target, 0);

	/* self, by pid and by "0", without CAP_SYS_ADMIN */
	KUNIT_EXPECT_GT(test, devcg_move_as(writer, DEVCG_A "/tasks",
					    task_pid_vnr(writer),
					    CAP_SYS_ADMIN, 0), 0L);
	KUNIT_EXPECT_TRUE(test, devcg_task_in(writer, "a"));
	KUNIT_EXPECT_GT(test, devcg_move_as(writer, DEVCG_ROOT "/tasks", 0,
					    CAP_SYS_ADMIN, 0), 0L);
	KUNIT_EXPECT_TRUE(test, devcg_task_in(writer, ""));

	/* another task, root without CAP_SYS_ADMIN: EPERM, nothing moved */
	KUNIT_EXPECT_EQ(test, devcg_move_as(writer, DEVCG_A "/tasks",
					    task_pid_vnr(thread),
					    CAP_SYS_ADMIN, 0), (long)-EPERM);
	KUNIT_EXPECT_EQ(test, devcg_move_as(writer, DEVCG_A "/cgroup.procs",
					    task_pid_vnr(target),
					    CAP_SYS_ADMIN, 0), (long)-EPERM);
	KUNIT_EXPECT_TRUE(test, devcg_task_in(target, ""));
	KUNIT_EXPECT_TRUE(test, devcg_task_in(thread, ""));

	/* with it: moved (the whole group through cgroup.procs) */
	KUNIT_EXPECT_GT(test, devcg_move_as(writer, DEVCG_A "/cgroup.procs",
					    task_pid_vnr(thread), -1, 0), 0L);
	KUNIT_EXPECT_TRUE(test, devcg_task_in(target, "a"));
	KUNIT_EXPECT_TRUE(test, devcg_task_in(thread, "a"));

	/*
	 * A non-root writer whose euid matches passes the core check, and
	 * is refused by devices: setresuid() away from root drops every
	 * capability.
	 */
	KUNIT_ASSERT_EQ(test, ksys_chown(DEVCG_ROOT "/cgroup.procs", 1000, -1),
			0L);
	KUNIT_ASSERT_EQ(test, devcg_move_as(target, NULL, 0, -1, 1000), 0L);
	KUNIT_EXPECT_EQ(test, devcg_move_as(writer, DEVCG_ROOT "/cgroup.procs",
					    task_pid_vnr(target), -1, 1000),
			(long)-EPERM);
	KUNIT_EXPECT_TRUE(test, devcg_task_in(target, "a"));
	KUNIT_EXPECT_TRUE(test, devcg_task_in(thread, "a"));
	/* ... while the target's own leader moves its group */
	KUNIT_EXPECT_GT(test, devcg_move_as(target, DEVCG_ROOT "/cgroup.procs",
					    0, -1, 0), 0L);
	KUNIT_EXPECT_TRUE(test, devcg_task_in(target, ""));
	KUNIT_EXPECT_TRUE(test, devcg_task_in(thread, ""));

	put_task_struct(thread);
	cgk_reap(test, target);
	cgk_reap(test, writer);
}

/*
 * cgroup.procs hands can_attach the leader: a non-leader thread writing
 * "0" or its own tgid needs CAP_SYS_ADMIN, and every thread stays put.
 */
static void devcgroup_attach_procs_non_leader(struct kunit *test)
{
	struct task_struct *leader, *t[2];
	int i;

	KUNIT_ASSERT_EQ(test, ksys_mkdir(DEVCG_A, 0755), 0L);
	leader = cgk_spawn(test);
	t[0] = cgk_thread(test, leader, 0);
	t[1] = cgk_thread(test, leader, 0);

	KUNIT_EXPECT_EQ(test, devcg_move_as(t[0], DEVCG_A "/cgroup.procs", 0,
					    CAP_SYS_ADMIN, 0), (long)-EPERM);
	KUNIT_EXPECT_EQ(test, devcg_move_as(t[0], DEVCG_A "/cgroup.procs",
					    task_tgid_vnr(leader),
					    CAP_SYS_ADMIN, 0), (long)-EPERM);
	KUNIT_EXPECT_TRUE(test, devcg_task_in(leader, ""));
	for (i = 0; i < 2; i++)
		KUNIT_EXPECT_TRUE(test, devcg_task_in(t[i], ""));
	/* the same thread may still move itself alone */
	KUNIT_EXPECT_GT(test, devcg_move_as(t[0], DEVCG_A "/tasks", 0,
					    CAP_SYS_ADMIN, 0), 0L);
	KUNIT_EXPECT_TRUE(test, devcg_task_in(t[0], "a"));
	KUNIT_EXPECT_TRUE(test, devcg_task_in(leader, ""));
	KUNIT_EXPECT_TRUE(test, devcg_task_in(t[1], ""));

	/* the leader writing "0" is current == tsk: the whole group moves */
	KUNIT_EXPECT_GT(test, devcg_move_as(leader, DEVCG_A "/cgroup.procs", 0,
					    CAP_SYS_ADMIN, 0), 0L);
	KUNIT_EXPECT_TRUE(test, devcg_task_in(leader, "a"));
	for (i = 0; i < 2; i++)
		KUNIT_EXPECT_TRUE(test, devcg_task_in(t[i], "a"));

	/* with CAP_SYS_ADMIN a non-leader thread moves its group */
	KUNIT_EXPECT_GT(test, devcg_move_as(t[1], DEVCG_ROOT "/cgroup.procs",
					    0, -1, 0), 0L);
	KUNIT_EXPECT_TRUE(test, devcg_task_in(leader, ""));
	for (i = 0; i < 2; i++)
		KUNIT_EXPECT_TRUE(test, devcg_task_in(t[i], ""));

	for (i = 0; i < 2; i++)
		put_task_struct(t[i]);
	cgk_reap(test, leader);
}

/* ------------------------------------------------------------------ */
/* Allocation failures */

/*
 * Fail each allocation of a write in turn: -ENOMEM, the list unchanged,
 * no object left; the next attempt succeeds.
 */
static void devcg_write_faults(struct kunit *test, const char *file,
			       const char *line, const char *before,
			       const char *after)
{
	int nth, failures = 0;
	long fd, ret = -ENOMEM, live;

	for (nth = 1; nth < 32; nth++) {
		fd = ksys_open(file, O_WRONLY, 0);
		KUNIT_ASSERT_GE(test, fd, 0L);
		live = kunit_live_objects();
		fail_nth_set(nth);
		ret = ksys_write(fd, line, strlen(line));
		fail_nth_set(0);
		if (ret < 0) {
			KUNIT_EXPECT_EQ(test, ret, (long)-ENOMEM);
			KUNIT_EXPECT_EQ(test, kunit_live_objects(), live);
		}
		KUNIT_EXPECT_EQ(test, ksys_close(fd), 0L);
		if (ret >= 0)
			break;
		failures++;
		KUNIT_EXPECT_STREQ(test, devcg_list(test, DEVCG_A), before);
	}
	KUNIT_EXPECT_EQ(test, ret, (long)strlen(line));
	KUNIT_EXPECT_GE(test, failures, 1);
	KUNIT_EXPECT_STREQ(test, devcg_list(test, DEVCG_A), after);
}

static void devcgroup_alloc_faults(struct kunit *test)
{
	int nth, failures = 0;
	long ret = -ENOMEM, live;
	struct kstat st;

	KUNIT_ASSERT_EQ(test, ksys_mkdir(DEVCG_A, 0755), 0L);
	KUNIT_ASSERT_EQ(test, devcg_deny(DEVCG_A, "a"), 1L);
	KUNIT_ASSERT_GT(test, devcg_allow(DEVCG_A, "c 1:3 r"), 0L);
	devcg_write_faults(test, DEVCG_A "/devices.allow", "c 1:5 rw",
			   "c 1:3 r\n", "c 1:3 r\nc 1:5 rw\n");
	devcg_write_faults(test, DEVCG_A "/devices.allow", "b 8:* m",
			   "c 1:3 r\nc 1:5 rw\n",
			   "c 1:3 r\nc 1:5 rw\nb 8:* m\n");
	devcg_write_faults(test, DEVCG_A "/devices.deny", "c 1:3 r",
			   "c 1:3 r\nc 1:5 rw\nb 8:* m\n",
			   "c 1:5 rw\nb 8:* m\n");

	/* mkdir copies the parent's list: every allocation of it may fail */
	for (nth = 1; nth < 64; nth++) {
		live = kunit_live_objects();
		fail_nth_set(nth);
		ret = ksys_mkdir(DEVCG_B, 0755);
		fail_nth_set(0);
		if (!ret)
			break;
		failures++;
		KUNIT_EXPECT_EQ(test, ret, (long)-ENOMEM);
		KUNIT_EXPECT_EQ(test, ksys_newstat(DEVCG_B, &st),
				(long)-ENOENT);
		KUNIT_EXPECT_EQ(test, kunit_live_objects(), live);
	}
	KUNIT_EXPECT_EQ(test, ret, 0L);
	/* cgroup, states and the two entries at least */
	KUNIT_EXPECT_GE(test, failures, 3);
	KUNIT_EXPECT_STREQ(test, devcg_list(test, DEVCG_B),
			   "c 1:5 rw\nb 8:* m\n");
	KUNIT_EXPECT_STREQ(test, devcg_list(test, DEVCG_A),
			   "c 1:5 rw\nb 8:* m\n");
}

static struct kunit_case devcgroup_cases[] = {
	KUNIT_CASE(devcgroup_root_and_copy),
	KUNIT_CASE(devcgroup_grammar_good),
	KUNIT_CASE(devcgroup_grammar_bad),
	KUNIT_CASE(devcgroup_needs_cap_sys_admin),
	KUNIT_CASE(devcgroup_child_not_wider),
	KUNIT_CASE(devcgroup_deny_semantics),
	KUNIT_CASE(devcgroup_open_checked),
	KUNIT_CASE(devcgroup_mknod_needs_m),
	KUNIT_CASE(devcgroup_attach_tasks),
	KUNIT_CASE(devcgroup_attach_procs_non_leader),
	KUNIT_CASE(devcgroup_alloc_faults),
	{}
};

static struct kunit_suite devcgroup_suite = {
	.name = "device_cgroup",
	.init = devcg_init,
	.exit = devcg_exit,
	.test_cases = devcgroup_cases,
};

kunit_test_suite(devcgroup_suite);

/*
 * The contract (kernel/cgroup_contract_test.c): each cgroup's whitelist,
 * in order.  The subsystem keeps nothing per task.
 */
static void devices_contract_snapshot(struct cgk_state *st,
				      struct cgroup_subsys *ss,
				      struct cgroup *cgrp,
				      struct task_struct *tsk)
{
	struct dev_whitelist_item *wh;

	if (!cgrp)
		return;
	mutex_lock(&devcgroup_mutex);
	list_for_each_entry(wh, &cgroup_to_devcgroup(cgrp)->whitelist, list)
		cgk_state_printf(st, "%d %u:%u %d; ", wh->type, wh->major,
				 wh->minor, wh->access);
	mutex_unlock(&devcgroup_mutex);
}

CGROUP_CONTRACT(devices, .snapshot = devices_contract_snapshot);
