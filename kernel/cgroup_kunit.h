/* SPDX-License-Identifier: GPL-2.0 */
/*
 * cgroup_kunit.h - helpers for the subsystem KUnit suites that test
 * through the real paths (block/blk-cgroup_test.c,
 * kernel/ns_cgroup_test.c): mount a hierarchy, make and remove cgroups,
 * write and read control files with the VFS system calls, make and reap
 * processes.  None may be called with a lock held.
 */
#ifndef _KERNEL_CGROUP_KUNIT_H
#define _KERNEL_CGROUP_KUNIT_H

#include <kunit/test.h>
#include <linux/fs.h>
#include <linux/fcntl.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/string.h>
#include "task_test.h"

#define CGK_BUF		1024

/* mkdir @dir and mount a hierarchy with @opts on it */
static void __maybe_unused cgk_mount(struct kunit *test, const char *dir,
				     const char *opts)
{
	char data[64];

	strscpy(data, opts, sizeof(data));
	KUNIT_ASSERT_EQ(test, ksys_mkdir(dir, 0755), 0);
	KUNIT_ASSERT_EQ_MSG(test, ksys_mount("none", dir, "cgroup", 0, data),
			    0, "mount -o %s", opts);
}

/* umount @dir (its cgroups removed first) and remove it */
static void __maybe_unused cgk_umount(struct kunit *test, const char *dir)
{
	KUNIT_EXPECT_EQ(test, ksys_umount(dir, 0), 0);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(dir), 0);
}

/* One write(2) of @s to @path: bytes written or -errno. */
static long __maybe_unused cgk_write(const char *path, const char *s)
{
	long fd = ksys_open(path, O_WRONLY, 0);
	long n;

	if (fd < 0)
		return fd;
	n = ksys_write(fd, s, strlen(s));
	ksys_close(fd);
	return n;
}

static long __maybe_unused cgk_write_pid(const char *path, pid_t pid)
{
	char buf[16];

	snprintf(buf, sizeof(buf), "%d", pid);
	return cgk_write(path, buf);
}

/* @path's contents in a test-managed buffer ("" on error) */
static __maybe_unused char *cgk_read(struct kunit *test, const char *path)
{
	char *buf = kunit_kzalloc(test, CGK_BUF, GFP_KERNEL);
	long fd, n, total = 0;

	KUNIT_ASSERT_NOT_NULL(test, buf);
	fd = ksys_open(path, O_RDONLY, 0);
	KUNIT_ASSERT_GE_MSG(test, fd, 0, "open %s", path);
	while (total < CGK_BUF - 1 &&
	       (n = ksys_read(fd, buf + total, CGK_BUF - 1 - total)) > 0)
		total += n;
	ksys_close(fd);
	buf[total] = '\0';
	return buf;
}

/* Is @tsk listed in the tasks file of the cgroup directory @cgdir? */
static bool __maybe_unused cgk_in(struct kunit *test, const char *cgdir,
				  struct task_struct *tsk)
{
	char path[128], line[16];
	const char *list, *p;
	int len;

	snprintf(path, sizeof(path), "%s/tasks", cgdir);
	list = cgk_read(test, path);
	len = snprintf(line, sizeof(line), "%d\n", task_pid_vnr(tsk));
	for (p = list; *p; p = strchr(p, '\n') + 1) {
		if (!strncmp(p, line, len))
			return true;
	}
	return false;
}

/* Does @path exist? */
static bool __maybe_unused cgk_exists(const char *path)
{
	struct kstat st;

	return ksys_newstat(path, &st) == 0;
}

/* A new process, child of the case's task; referenced. */
static __maybe_unused struct task_struct *cgk_spawn(struct kunit *test)
{
	struct task_struct *tsk = tt_fork(current);

	KUNIT_ASSERT_FALSE_MSG(test, IS_ERR(tsk), "fork: %ld", PTR_ERR(tsk));
	return tsk;
}

/* A new thread of @tsk's process, made with @extra clone flags. */
static __maybe_unused struct task_struct *
cgk_thread(struct kunit *test, struct task_struct *tsk, u64 extra)
{
	struct tt_clone tc = { .flags = TT_THREAD_FLAGS | extra };
	long ret;

	if (!extra) {
		tc.child = tt_thread(tsk);
		ret = IS_ERR(tc.child) ? PTR_ERR(tc.child) : 1;
	} else {
		ret = task_call(tsk, tt_clone_fn, &tc);
	}
	KUNIT_ASSERT_GT_MSG(test, ret, 0L, "clone thread: %ld", ret);
	return tc.child;
}

/* Kill and reap the process @tsk leads; drops the reference. */
static void __maybe_unused cgk_reap(struct kunit *test,
				    struct task_struct *tsk)
{
	pid_t pid = task_pid_vnr(tsk);
	int status;

	KUNIT_EXPECT_EQ(test, ksys_kill(pid, SIGKILL), 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(pid, &status, __WALL), (long)pid);
	put_task_struct(tsk);
}

#endif /* _KERNEL_CGROUP_KUNIT_H */
