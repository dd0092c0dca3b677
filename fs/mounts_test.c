// SPDX-License-Identifier: GPL-2.0
/*
 * mounts_test.c - KUnit suite "vfs_mounts": /proc/mounts,
 * /proc/<pid>/mounts and /proc/<pid>/mountinfo in Linux 2.6.38's
 * formats, mount ids and anonymous devices, the EBUSY of mounting a
 * file system again on its own mount point, and a mount racing with the
 * rmdir of its mount point.
 */
#include <kunit/test.h>
#include <linux/completion.h>
#include <linux/fs.h>
#include <linux/jiffies.h>
#include <linux/kthread.h>
#include <linux/namei.h>
#include <linux/kdev_t.h>
#include <linux/kstrtox.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/syscalls.h>

#include "vfs_kunit.h"
#include "../kernel/task_test.h"

#define MT_BUF		4096

static char *mt_read(struct kunit *test, const char *path)
{
	char *buf = kunit_kzalloc(test, MT_BUF, GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, buf);
	KUNIT_ASSERT_GE_MSG(test, vfs_kunit_read(path, buf, MT_BUF), 0L,
			    "%s", path);
	return buf;
}

/* Flags, options, escaping; /proc/self/mounts is /proc/mounts. */
static void mounts_lines_and_flags(struct kunit *test)
{
	static const char line_ro[] =
		"\ndev\\134x /tmp/mt\\040a tmpfs ro,nosuid,nodev,noexec,mode=0700 0 0\n";
	char data[] = "mode=0700";
	char line[160], want[160];
	struct kstat st;
	char *mounts;

	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/mt a", 0755), 0L);
	KUNIT_ASSERT_EQ(test, ksys_mount("dev\\x", "/tmp/mt a", "tmpfs",
					 MS_RDONLY | MS_NOSUID | MS_NODEV |
					 MS_NOEXEC, data), 0L);
	mounts = mt_read(test, "/proc/mounts");
	KUNIT_EXPECT_NOT_NULL(test, strstr(mounts, line_ro));
	KUNIT_EXPECT_STREQ(test, mt_read(test, "/proc/self/mounts"), mounts);
	KUNIT_EXPECT_TRUE(test, !strncmp(mounts, "rootfs / rootfs rw 0 0\n",
					 23));

	/* mountinfo: id, parent id (the root mount, 1), 0:N, root, point */
	KUNIT_ASSERT_EQ(test, ksys_newstat("/tmp/mt a", &st), 0L);
	KUNIT_EXPECT_EQ(test, MAJOR(st.dev), 0U);
	KUNIT_ASSERT_TRUE(test,
			  vfs_kunit_line(mt_read(test, "/proc/self/mountinfo"),
					 " /tmp/mt\\040a ", line, sizeof(line)));
	snprintf(want, sizeof(want),
		 " 1 0:%u / /tmp/mt\\040a ro,nosuid,nodev,noexec - tmpfs dev\\134x ro,mode=0700",
		 MINOR(st.dev));
	KUNIT_EXPECT_NOT_NULL_MSG(test, strstr(line, want), "%s", line);
	/* the root mount: its own parent; type and device "rootfs" */
	snprintf(want, sizeof(want), "1 1 0:1 / / rw - %s %s rw\n", "rootfs",
		 "rootfs");
	KUNIT_EXPECT_TRUE(test, !strncmp(mt_read(test, "/proc/1/mountinfo"),
					 want, strlen(want)));

	KUNIT_EXPECT_EQ(test, ksys_umount("/tmp/mt a", 0), 0L);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/mt a"), 0L);
	KUNIT_EXPECT_FALSE(test, vfs_kunit_line(mt_read(test, "/proc/mounts"),
						"/tmp/mt\\040a", line,
						sizeof(line)));
}

/*
 * Every super block its own 0:N, the lowest free; every mount its own
 * id, never reused.
 */
static void mounts_ids_and_devices(struct kunit *test)
{
	struct kstat a1, b, a2;
	char line[160];
	int id1, id2;

	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/mt_a", 0755), 0L);
	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/mt_b", 0755), 0L);
	KUNIT_ASSERT_EQ(test, ksys_mount("none", "/tmp/mt_a", "tmpfs", 0,
					 NULL), 0L);
	KUNIT_ASSERT_EQ(test, ksys_mount("none", "/tmp/mt_b", "tmpfs", 0,
					 NULL), 0L);
	KUNIT_ASSERT_EQ(test, ksys_newstat("/tmp/mt_a", &a1), 0L);
	KUNIT_ASSERT_EQ(test, ksys_newstat("/tmp/mt_b", &b), 0L);
	KUNIT_EXPECT_NE(test, a1.dev, b.dev);
	KUNIT_ASSERT_TRUE(test,
			  vfs_kunit_line(mt_read(test, "/proc/self/mountinfo"),
					 " /tmp/mt_a ", line, sizeof(line)));
	line[strcspn(line, " ")] = '\0';
	KUNIT_ASSERT_EQ(test, kstrtoint(line, 10, &id1), 0);

	KUNIT_EXPECT_EQ(test, ksys_umount("/tmp/mt_a", 0), 0L);
	KUNIT_ASSERT_EQ(test, ksys_mount("none", "/tmp/mt_a", "tmpfs", 0,
					 NULL), 0L);
	KUNIT_ASSERT_EQ(test, ksys_newstat("/tmp/mt_a", &a2), 0L);
	/* the device number is free again and the lowest: reused */
	KUNIT_EXPECT_EQ(test, a2.dev, a1.dev);
	KUNIT_ASSERT_TRUE(test,
			  vfs_kunit_line(mt_read(test, "/proc/self/mountinfo"),
					 " /tmp/mt_a ", line, sizeof(line)));
	line[strcspn(line, " ")] = '\0';
	KUNIT_ASSERT_EQ(test, kstrtoint(line, 10, &id2), 0);
	KUNIT_EXPECT_GT(test, id2, id1);

	KUNIT_EXPECT_EQ(test, ksys_umount("/tmp/mt_a", 0), 0L);
	KUNIT_EXPECT_EQ(test, ksys_umount("/tmp/mt_b", 0), 0L);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/mt_a"), 0L);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/mt_b"), 0L);
}

/*
 * The same super block on the mount point it is already mounted on is
 * EBUSY (2.6.38's do_add_mount()); a new super block may stack there.
 */
static void mounts_same_fs_same_point_ebusy(struct kunit *test)
{
	char *mounts;

	KUNIT_EXPECT_EQ(test, ksys_mount("proc", "/proc", "proc", 0, NULL),
			-EBUSY);
	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/mt_s", 0755), 0L);
	KUNIT_ASSERT_EQ(test, ksys_mount("none", "/tmp/mt_s", "tmpfs", 0,
					 NULL), 0L);
	KUNIT_EXPECT_EQ(test, ksys_mount("none", "/tmp/mt_s", "tmpfs", 0,
					 NULL), 0L);
	/* proc is one super block: below another mount it is fine */
	KUNIT_EXPECT_EQ(test, ksys_mount("proc", "/tmp/mt_s", "proc", 0,
					 NULL), 0L);
	mounts = mt_read(test, "/proc/mounts");
	KUNIT_EXPECT_TRUE(test, strstr(mounts, "proc /tmp/mt_s proc rw 0 0\n")
			  != NULL);
	KUNIT_EXPECT_EQ(test, ksys_mount("proc", "/tmp/mt_s", "proc", 0,
					 NULL), -EBUSY);
	KUNIT_EXPECT_EQ(test, ksys_umount("/tmp/mt_s", 0), 0L);
	KUNIT_EXPECT_EQ(test, ksys_umount("/tmp/mt_s", 0), 0L);
	KUNIT_EXPECT_EQ(test, ksys_umount("/tmp/mt_s", 0), 0L);
	KUNIT_EXPECT_EQ(test, ksys_umount("/tmp/mt_s", 0), -EINVAL);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/mt_s"), 0L);
}

struct mt_mount {
	struct completion done;
	long ret;
};

static int mt_mount_fn(void *arg)
{
	struct mt_mount *m = arg;

	m->ret = ksys_mount("none", "/tmp/mt_r", "tmpfs", 0, NULL);
	complete(&m->done);
	return 0;
}

/* Run a mount on /tmp/mt_r in a kernel thread while we hold its i_mutex. */
static long mt_mount_while_locked(struct kunit *test, struct inode *inode,
				  bool removed)
{
	struct mt_mount m = { .ret = 1 };
	unsigned long left;

	init_completion(&m.done);
	inode_lock(inode);
	KUNIT_ASSERT_FALSE(test, IS_ERR(kthread_run(mt_mount_fn, &m,
						    "mt_mount")));
	/* it waits for the lock, however long we hold it */
	left = wait_for_completion_timeout(&m.done, msecs_to_jiffies(100));
	KUNIT_EXPECT_EQ(test, left, 0UL);
	if (removed)
		inode->i_flags |= S_DEAD;
	inode_unlock(inode);
	wait_for_completion(&m.done);
	return m.ret;
}

/*
 * vfs_rmdir() holds the victim's i_mutex from its check that nothing is
 * mounted there to the removal: a mount grafts under the same lock, so
 * it waits, then either finds the directory removed (S_DEAD, set here
 * as vfs_rmdir() sets it) and fails, or mounts on it and a later rmdir
 * fails with EBUSY.  Before, a mount could land on a directory that
 * rmdir had just checked, and stay mounted on a removed name, out of
 * every umount's reach (tools/testing/fuzz/reproducers/
 * mount-on-removed-dir.prog).
 */
static void mounts_graft_vs_rmdir(struct kunit *test)
{
	struct path path;
	struct inode *inode;

	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/mt_r", 0755), 0L);
	KUNIT_ASSERT_EQ(test, kern_path("/tmp/mt_r", 0, &path), 0);
	inode = path.dentry->d_inode;

	KUNIT_EXPECT_EQ(test, mt_mount_while_locked(test, inode, true),
			(long)-ENOENT);
	inode_lock(inode);
	inode->i_flags &= ~S_DEAD;	/* it was not really removed */
	inode_unlock(inode);
	KUNIT_EXPECT_FALSE(test, strstr(mt_read(test, "/proc/mounts"),
					" /tmp/mt_r "));

	KUNIT_EXPECT_EQ(test, mt_mount_while_locked(test, inode, false), 0L);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/mt_r"), (long)-EBUSY);
	KUNIT_EXPECT_EQ(test, ksys_umount("/tmp/mt_r", 0), 0L);
	path_put(&path);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/mt_r"), 0L);
}

/* A process that has exited has no mount name space to show. */
static void mounts_of_exited_task(struct kunit *test)
{
	struct task_struct *p = tt_fork(current);
	char path[64], buf[64];

	KUNIT_ASSERT_FALSE(test, IS_ERR(p));
	snprintf(path, sizeof(path), "/proc/%d/mounts", p->pid);
	KUNIT_EXPECT_GT(test, vfs_kunit_read(path, buf, sizeof(buf)), 0L);
	KUNIT_EXPECT_EQ(test, tt_exit_group(p, 0), 0L);
	KUNIT_EXPECT_EQ(test, vfs_kunit_read(path, buf, sizeof(buf)),
			(long)-EINVAL);
	snprintf(path, sizeof(path), "/proc/%d/mountinfo", p->pid);
	KUNIT_EXPECT_EQ(test, vfs_kunit_read(path, buf, sizeof(buf)),
			(long)-EINVAL);
	KUNIT_EXPECT_EQ(test, kernel_wait4(p->pid, NULL, __WALL),
			(long)p->pid);
	put_task_struct(p);
}

static struct kunit_case mounts_cases[] = {
	KUNIT_CASE(mounts_lines_and_flags),
	KUNIT_CASE(mounts_ids_and_devices),
	KUNIT_CASE(mounts_same_fs_same_point_ebusy),
	KUNIT_CASE(mounts_graft_vs_rmdir),
	KUNIT_CASE(mounts_of_exited_task),
	{}
};

static struct kunit_suite mounts_suite = {
	.name = "vfs_mounts",
	.test_cases = mounts_cases,
};

kunit_test_suite(mounts_suite);
