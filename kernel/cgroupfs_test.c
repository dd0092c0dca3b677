// SPDX-License-Identifier: GPL-2.0
/*
 * cgroupfs_test.c - KUnit suite "cgroupfs": cgroupfs as user space sees
 * it through the VFS system calls: rename(2) of cgroup directories and
 * its errno table, statfs(2), read and write of files without a handler
 * and the modes, /proc/mounts lines of a hierarchy, hierarchy ids
 * (Documentation/cgroups/cgroups.txt, sections 2.4 and 2.5).
 *
 * Every case mounts its own named hierarchy under /tmp and removes it.
 */
#include <kunit/test.h>
#include <linux/cred.h>
#include <linux/magic.h>
#include <linux/statfs.h>
#include <linux/namei.h>
#include <linux/syscalls.h>
#include "cgroup_kunit.h"
#include "../fs/vfs_kunit.h"

/* A rename keeps the cgroup: its tasks, children and open files. */
static void cgroupfs_rename_keeps_cgroup(struct kunit *test)
{
	struct task_struct *p;
	char path[64], want[64];
	long fd;

	cgk_mount(test, "/tmp/cgfs_r", "none,name=cgfsr");
	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/cgfs_r/a", 0755), 0);
	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/cgfs_r/a/c", 0755), 0);
	p = cgk_spawn(test);
	KUNIT_ASSERT_GT(test, cgk_write_pid("/tmp/cgfs_r/a/tasks",
					    task_pid_vnr(p)), 0L);
	fd = ksys_open("/tmp/cgfs_r/a/tasks", O_WRONLY, 0);
	KUNIT_ASSERT_GE(test, fd, 0L);

	KUNIT_EXPECT_EQ(test, ksys_rename("/tmp/cgfs_r/a", "/tmp/cgfs_r/x"),
			0L);
	KUNIT_EXPECT_FALSE(test, cgk_exists("/tmp/cgfs_r/a"));
	KUNIT_EXPECT_TRUE(test, cgk_exists("/tmp/cgfs_r/x/c/tasks"));
	KUNIT_EXPECT_TRUE(test, cgk_in(test, "/tmp/cgfs_r/x", p));
	snprintf(path, sizeof(path), "/proc/%d/cgroup", task_pid_vnr(p));
	KUNIT_EXPECT_TRUE(test, strstr(cgk_read(test, path), "name=cgfsr:/x\n")
			  != NULL);

	/* the file opened before the rename still moves into the cgroup */
	KUNIT_ASSERT_GT(test, cgk_write_pid("/tmp/cgfs_r/tasks",
					    task_pid_vnr(p)), 0L);
	snprintf(want, sizeof(want), "%d", task_pid_vnr(p));
	KUNIT_EXPECT_EQ(test, ksys_write(fd, want, strlen(want)),
			(long)strlen(want));
	KUNIT_EXPECT_TRUE(test, cgk_in(test, "/tmp/cgfs_r/x", p));
	ksys_close(fd);

	/* the old name is free again, the new one taken */
	KUNIT_EXPECT_EQ(test, ksys_mkdir("/tmp/cgfs_r/x", 0755), -EEXIST);
	KUNIT_EXPECT_EQ(test, ksys_mkdir("/tmp/cgfs_r/a", 0755), 0L);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/cgfs_r/a"), 0L);

	cgk_reap(test, p);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/cgfs_r/x/c"), 0L);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/cgfs_r/x"), 0L);
	cgk_umount(test, "/tmp/cgfs_r");
}

/* The errno table of rename(2) in cgroupfs; nothing changes on error. */
static void cgroupfs_rename_errnos(struct kunit *test)
{
	static const struct {
		const char *from, *to;
		long ret;
	} cases[] = {
		/* cgroup_rename() of 2.6.38 */
		{ "x/tasks", "x/t2", -ENOTDIR },
		{ "x/tasks", "x/notify_on_release", -ENOTDIR },
		{ "x", "b", -EEXIST },
		{ "x", "b/x", -EIO },
		/* the VFS before it */
		{ "x", "tasks", -ENOTDIR },
		{ "tasks", "x", -EISDIR },
		{ "x", "x/c/y", -EINVAL },
		{ "x/c", "x", -ENOTEMPTY },
		{ "x/.", "y", -EBUSY },
		{ "x", "b/..", -EBUSY },
		{ "nosuch", "y", -ENOENT },
		{ "x/tasks/", "x/y", -ENOTDIR },
		{ "x/tasks", "x/y/", -ENOTDIR },
		{ "nosuch/x", "y", -ENOENT },
		{ "x", "x", 0 },
	};
	char from[64], to[64];
	int i;

	cgk_mount(test, "/tmp/cgfs_e", "none,name=cgfse");
	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/cgfs_e/x", 0755), 0);
	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/cgfs_e/x/c", 0755), 0);
	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/cgfs_e/b", 0755), 0);
	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		snprintf(from, sizeof(from), "/tmp/cgfs_e/%s", cases[i].from);
		snprintf(to, sizeof(to), "/tmp/cgfs_e/%s", cases[i].to);
		KUNIT_EXPECT_EQ_MSG(test, ksys_rename(from, to), cases[i].ret,
				    "rename %s %s", from, to);
	}
	/* another mount: EXDEV */
	KUNIT_EXPECT_EQ(test, ksys_rename("/tmp/cgfs_e/x", "/tmp/cgfs_x"),
			-EXDEV);
	/* the mount point itself: rootfs cannot rename */
	KUNIT_EXPECT_EQ(test, ksys_rename("/tmp/cgfs_e", "/tmp/cgfs_y"),
			-EPERM);
	/* nothing moved */
	KUNIT_EXPECT_TRUE(test, cgk_exists("/tmp/cgfs_e/x/c/tasks"));
	KUNIT_EXPECT_TRUE(test, cgk_exists("/tmp/cgfs_e/x/tasks"));
	KUNIT_EXPECT_TRUE(test, cgk_exists("/tmp/cgfs_e/b/tasks"));
	KUNIT_EXPECT_FALSE(test, cgk_exists("/tmp/cgfs_e/y"));
	KUNIT_EXPECT_FALSE(test, cgk_exists("/tmp/cgfs_e/x/t2"));
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/cgfs_e/x/c"), 0L);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/cgfs_e/x"), 0L);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/cgfs_e/b"), 0L);
	cgk_umount(test, "/tmp/cgfs_e");
}

/* Renaming needs write permission on the parent, like any rename. */
static void cgroupfs_rename_permission(struct kunit *test)
{
	cgk_mount(test, "/tmp/cgfs_p", "none,name=cgfsp");
	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/cgfs_p/a", 0755), 0);
	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/cgfs_p/a/c", 0755), 0);
	KUNIT_ASSERT_EQ(test, ksys_chown("/tmp/cgfs_p/a", 1000, 1000), 0);
	KUNIT_ASSERT_EQ(test, vfs_kunit_become(1000, 1000), 0);
	KUNIT_EXPECT_EQ(test, ksys_rename("/tmp/cgfs_p/a", "/tmp/cgfs_p/b"),
			-EACCES);
	/* the owner of the parent may rename inside it */
	KUNIT_EXPECT_EQ(test, ksys_rename("/tmp/cgfs_p/a/c",
					  "/tmp/cgfs_p/a/d"), 0L);
	KUNIT_ASSERT_EQ(test, vfs_kunit_become(0, 0), 0);
	KUNIT_EXPECT_TRUE(test, cgk_exists("/tmp/cgfs_p/a/d"));
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/cgfs_p/a/d"), 0L);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/cgfs_p/a"), 0L);
	cgk_umount(test, "/tmp/cgfs_p");
}

/* statfs(2) anywhere in a hierarchy: CGROUP_SUPER_MAGIC. */
static void cgroupfs_statfs_magic(struct kunit *test)
{
	struct kstatfs st;

	cgk_mount(test, "/tmp/cgfs_s", "none,name=cgfss");
	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/cgfs_s/a", 0755), 0);
	KUNIT_EXPECT_EQ(test, ksys_statfs("/tmp/cgfs_s", &st), 0L);
	KUNIT_EXPECT_EQ(test, st.f_type, (long)CGROUP_SUPER_MAGIC);
	KUNIT_EXPECT_EQ(test, ksys_statfs("/tmp/cgfs_s/a/tasks", &st), 0L);
	KUNIT_EXPECT_EQ(test, st.f_type, (long)CGROUP_SUPER_MAGIC);
	KUNIT_EXPECT_EQ(test, st.f_bsize, 4096L);
	KUNIT_EXPECT_EQ(test, st.f_namelen, 255L);
	KUNIT_EXPECT_EQ(test, st.f_blocks, 0ULL);
	KUNIT_EXPECT_EQ(test, ksys_statfs("/tmp/cgfs_s/b", &st), -ENOENT);
	/* the mount point below the mount is the parent file system's */
	KUNIT_EXPECT_EQ(test, ksys_statfs("/tmp", &st), 0L);
	KUNIT_EXPECT_EQ(test, st.f_type, (long)RAMFS_MAGIC);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/cgfs_s/a"), 0L);
	cgk_umount(test, "/tmp/cgfs_s");
}

/* The mode of @path, permission bits only, or -errno. */
static long cgfs_mode(const char *path)
{
	struct kstat st;
	long ret = ksys_newstat(path, &st);

	return ret ? ret : (long)(st.mode & 07777);
}

/*
 * A file without a read handler fails reads with EINVAL, one without a
 * write handler writes with EINVAL (root passes the open); the modes
 * show which of the two a file has.
 */
static void cgroupfs_files_einval_and_modes(struct kunit *test)
{
	static const struct {
		const char *name;
		long mode;
		bool read, write;
	} cases[] = {
		{ "tasks", 0644, true, true },
		{ "cgroup.procs", 0644, true, true },
		{ "notify_on_release", 0644, true, true },
		{ "devices.allow", 0200, false, true },
		{ "devices.deny", 0200, false, true },
		{ "devices.list", 0444, true, false },
		{ "memory.usage_in_bytes", 0444, true, false },
		{ "memory.force_empty", 0200, false, true },
	};
	char path[64], buf[64];
	long fd;
	int i;

	if (!IS_ENABLED(CONFIG_CGROUP_DEVICE) ||
	    !IS_ENABLED(CONFIG_CGROUP_MEM_RES_CTLR))
		kunit_skip(test, "needs CONFIG_CGROUP_DEVICE and CONFIG_CGROUP_MEM_RES_CTLR");
	cgk_mount(test, "/tmp/cgfs_m", "devices,memory");
	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/cgfs_m/a", 0755), 0);
	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		snprintf(path, sizeof(path), "/tmp/cgfs_m/a/%s", cases[i].name);
		KUNIT_EXPECT_EQ_MSG(test, cgfs_mode(path), cases[i].mode, "%s",
				    path);
		if (cases[i].read)
			KUNIT_EXPECT_GE_MSG(test, vfs_kunit_read(path, buf,
								 sizeof(buf)),
					    0L, "%s", path);
		else
			KUNIT_EXPECT_EQ_MSG(test, vfs_kunit_read(path, buf,
								 sizeof(buf)),
					    -EINVAL, "%s", path);
		if (!cases[i].write)
			KUNIT_EXPECT_EQ_MSG(test, cgk_write(path, "1"), -EINVAL,
					    "%s", path);
	}
	/* read and write through one descriptor of a write-only file */
	fd = ksys_open("/tmp/cgfs_m/a/devices.deny", O_RDWR, 0);
	KUNIT_ASSERT_GE(test, fd, 0L);
	KUNIT_EXPECT_EQ(test, ksys_read(fd, path, sizeof(path)), -EINVAL);
	KUNIT_EXPECT_EQ(test, ksys_write(fd, "a", 1), 1L);
	KUNIT_EXPECT_STREQ(test, cgk_read(test, "/tmp/cgfs_m/a/devices.list"),
			   "");
	/* removed: ENODEV comes first */
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/cgfs_m/a"), 0L);
	KUNIT_EXPECT_EQ(test, ksys_read(fd, path, sizeof(path)), -ENODEV);
	ksys_close(fd);
	cgk_umount(test, "/tmp/cgfs_m");
}

/*
 * A file kept open while a remount unbinds its subsystem: its writes and
 * a new open for read fail with ENODEV, as after an rmdir, where the
 * handler would have found no subsystem state (a fuzzer finding,
 * tools/testing/fuzz/reproducers/remount-unbinds-open-file.prog).
 */
static void cgroupfs_remount_unbinds_open_file(struct kunit *test)
{
	char buf[16];
	long fd;

	if (!IS_ENABLED(CONFIG_CPUSETS) || !IS_ENABLED(CONFIG_CGROUP_CPUACCT))
		kunit_skip(test, "needs CONFIG_CPUSETS and CONFIG_CGROUP_CPUACCT");
	cgk_mount(test, "/tmp/cgfs_u", "cpuset,cpuacct");
	fd = ksys_open("/tmp/cgfs_u/cpuset.sched_load_balance", O_WRONLY, 0);
	KUNIT_ASSERT_GE(test, fd, 0L);
	KUNIT_EXPECT_EQ(test, ksys_write(fd, "1", 1), 1L);
	KUNIT_ASSERT_EQ(test, ksys_mount("none", "/tmp/cgfs_u", "cgroup",
					 MS_REMOUNT, "cpuacct"), 0L);
	KUNIT_EXPECT_EQ(test, ksys_write(fd, "1", 1), -ENODEV);
	KUNIT_EXPECT_EQ(test, vfs_kunit_read("/tmp/cgfs_u/cpuset.cpus", buf,
					     sizeof(buf)), -ENOENT);
	/* bound again: the same descriptor reaches the subsystem again */
	KUNIT_ASSERT_EQ(test, ksys_mount("none", "/tmp/cgfs_u", "cgroup",
					 MS_REMOUNT, "cpuset,cpuacct"), 0L);
	KUNIT_EXPECT_EQ(test, ksys_write(fd, "1", 1), 1L);
	ksys_close(fd);
	cgk_umount(test, "/tmp/cgfs_u");
}

/* The line of /proc/mounts (or @file) whose mount point is @dir. */
static bool cgfs_mount_line(struct kunit *test, const char *file,
			    const char *dir, char *line, size_t size)
{
	char needle[64];

	snprintf(needle, sizeof(needle), " %s ", dir);
	return vfs_kunit_line(cgk_read(test, file), needle, line, size);
}

/*
 * /proc/mounts prints a hierarchy's own options, the same for every
 * mount of it whatever options that mount was given, in the order of
 * /proc/<pid>/cgroup; mounting it again on its own mount point is EBUSY.
 */
static void cgroupfs_mounts_show_hierarchy(struct kunit *test)
{
	static const char opts[] =
		"rw,debug,cpuacct,release_agent=/sbin/agent,clone_children,name=cgfsm";
	char line[160], data[64], want[160];

	if (!IS_ENABLED(CONFIG_CGROUP_CPUACCT) ||
	    !IS_ENABLED(CONFIG_CGROUP_DEBUG))
		kunit_skip(test, "needs CONFIG_CGROUP_CPUACCT and CONFIG_CGROUP_DEBUG");
	cgk_mount(test, "/tmp/cgfs_ma", "cpuacct,debug,name=cgfsm");
	cgk_mount(test, "/tmp/cgfs_mb", "name=cgfsm");
	KUNIT_ASSERT_TRUE(test, cgfs_mount_line(test, "/proc/mounts",
						"/tmp/cgfs_ma", line,
						sizeof(line)));
	KUNIT_EXPECT_STREQ(test, line,
			   "none /tmp/cgfs_ma cgroup rw,debug,cpuacct,name=cgfsm 0 0");
	KUNIT_ASSERT_TRUE(test, cgfs_mount_line(test, "/proc/mounts",
						"/tmp/cgfs_mb", line,
						sizeof(line)));
	KUNIT_EXPECT_STREQ(test, line,
			   "none /tmp/cgfs_mb cgroup rw,debug,cpuacct,name=cgfsm 0 0");
	KUNIT_EXPECT_TRUE(test, strstr(cgk_read(test, "/proc/self/cgroup"),
				       ":debug,cpuacct,name=cgfsm:/\n") != NULL);

	/* the flags follow the hierarchy: clone_children, release_agent */
	KUNIT_ASSERT_EQ(test, cgk_write("/tmp/cgfs_mb/cgroup.clone_children",
					"1"), 1L);
	strscpy(data, "cpuacct,debug,release_agent=/sbin/agent", sizeof(data));
	KUNIT_ASSERT_EQ(test, ksys_mount("none", "/tmp/cgfs_ma", "cgroup",
					 MS_REMOUNT, data), 0L);
	KUNIT_ASSERT_TRUE(test, cgfs_mount_line(test, "/proc/self/mounts",
						"/tmp/cgfs_mb", line,
						sizeof(line)));
	snprintf(want, sizeof(want), "none /tmp/cgfs_mb cgroup %s 0 0", opts);
	KUNIT_EXPECT_STREQ(test, line, want);
	KUNIT_ASSERT_TRUE(test, cgfs_mount_line(test, "/proc/self/mountinfo",
						"/tmp/cgfs_ma", line,
						sizeof(line)));
	snprintf(want, sizeof(want), " / /tmp/cgfs_ma rw - cgroup none %s",
		 opts);
	KUNIT_EXPECT_NOT_NULL(test, strstr(line, want));

	/* the same hierarchy on its own mount point: EBUSY, nothing kept */
	strscpy(data, "name=cgfsm", sizeof(data));
	KUNIT_EXPECT_EQ(test, ksys_mount("none", "/tmp/cgfs_ma", "cgroup", 0,
					 data), -EBUSY);
	KUNIT_EXPECT_EQ(test, ksys_umount("/tmp/cgfs_ma", 0), 0L);
	KUNIT_EXPECT_EQ(test, ksys_umount("/tmp/cgfs_ma", 0), -EINVAL);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/cgfs_ma"), 0L);
	cgk_umount(test, "/tmp/cgfs_mb");
	KUNIT_EXPECT_TRUE(test, strstr(cgk_read(test, "/proc/self/cgroup"),
				       "name=cgfsm") == NULL);
}

/* The id of the hierarchy named @name in /proc/self/cgroup, or -1. */
static int cgfs_hierarchy_id(struct kunit *test, const char *name)
{
	const char *text = cgk_read(test, "/proc/self/cgroup");
	char needle[64];
	const char *p;
	int id = 0;

	snprintf(needle, sizeof(needle), "name=%s:", name);
	p = strstr(text, needle);
	if (!p)
		return -1;
	while (p > text && p[-1] != '\n')
		p--;
	while (*p >= '0' && *p <= '9')
		id = id * 10 + *p++ - '0';
	return id;
}

/*
 * Hierarchy ids go on from the last one handed out, as 2.6.38's
 * init_root_id(): an id freed by an umount is not the next one given.
 * The root directory of a new hierarchy is 0755, owned by the mounter.
 */
static void cgroupfs_hierarchy_ids_and_root_mode(struct kunit *test)
{
	struct kstat st;
	int id1, id2;

	cgk_mount(test, "/tmp/cgfs_h", "none,name=cgfsh1");
	id1 = cgfs_hierarchy_id(test, "cgfsh1");
	KUNIT_EXPECT_GT(test, id1, 0);
	KUNIT_ASSERT_EQ(test, ksys_newstat("/tmp/cgfs_h", &st), 0L);
	KUNIT_EXPECT_EQ(test, st.mode, (umode_t)(S_IFDIR | 0755));
	KUNIT_EXPECT_EQ(test, st.uid, 0U);
	cgk_umount(test, "/tmp/cgfs_h");
	cgk_mount(test, "/tmp/cgfs_h", "none,name=cgfsh2");
	id2 = cgfs_hierarchy_id(test, "cgfsh2");
	KUNIT_EXPECT_EQ(test, id2, id1 + 1);
	cgk_umount(test, "/tmp/cgfs_h");
}

static struct kunit_case cgroupfs_cases[] = {
	KUNIT_CASE(cgroupfs_rename_keeps_cgroup),
	KUNIT_CASE(cgroupfs_rename_errnos),
	KUNIT_CASE(cgroupfs_rename_permission),
	KUNIT_CASE(cgroupfs_statfs_magic),
	KUNIT_CASE(cgroupfs_files_einval_and_modes),
	KUNIT_CASE(cgroupfs_remount_unbinds_open_file),
	KUNIT_CASE(cgroupfs_mounts_show_hierarchy),
	KUNIT_CASE(cgroupfs_hierarchy_ids_and_root_mode),
	{}
};

static struct kunit_suite cgroupfs_suite = {
	.name = "cgroupfs",
	.test_cases = cgroupfs_cases,
};

kunit_test_suite(cgroupfs_suite);
