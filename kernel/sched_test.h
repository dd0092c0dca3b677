/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sched_test.h - helpers shared by the cpu_cgroup and cpuacct KUnit
 * suites: a cgroup hierarchy mounted at SGT_MNT (defined by the includer)
 * driven through the VFS system calls as user space drives it, and
 * multi-threaded test processes.  None may be called with a lock held.
 */
#ifndef _KERNEL_SCHED_TEST_H
#define _KERNEL_SCHED_TEST_H

#include <kunit/test.h>
#include <linux/fault-inject.h>
#include <linux/fs.h>
#include <linux/namei.h>
#include <linux/dcache.h>
#include <linux/syscalls.h>
#include <linux/cgroup.h>
#include "task_test.h"
#include "../fs/vfs_kunit.h"

#define SGT_BUF		256

static void sgt_mount(struct kunit *test, const char *opts)
{
	long ret;

	KUNIT_ASSERT_EQ(test, ksys_mkdir(SGT_MNT, 0755), 0L);
	ret = ksys_mount("cgroup", SGT_MNT, "cgroup", 0, (void *)opts);
	if (ret)
		ksys_rmdir(SGT_MNT);
	KUNIT_ASSERT_EQ_MSG(test, ret, 0L, "mount -o %s", opts);
}

static void sgt_umount(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, ksys_umount(SGT_MNT, 0), 0L);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(SGT_MNT), 0L);
	/* css_sets and groups freed after a grace period */
	rcu_barrier();
}

static void sgt_mkdir(struct kunit *test, const char *path)
{
	KUNIT_ASSERT_EQ_MSG(test, ksys_mkdir(path, 0755), 0L, "mkdir %s",
			    path);
}

/* The cgroup of a cgroupfs directory (the directory keeps it alive). */
static struct cgroup *sgt_cgroup(struct kunit *test, const char *path)
{
	struct path p;
	struct cgroup *cgrp;

	KUNIT_ASSERT_EQ_MSG(test, kern_path(path, 0, &p), 0, "%s", path);
	cgrp = p.dentry->d_inode->i_private;
	path_put(&p);
	return cgrp;
}

/* write(2) of @s to SGT_MNT/@file: bytes or -errno */
static long sgt_write(const char *file, const char *s)
{
	char path[SGT_BUF];

	snprintf(path, sizeof(path), SGT_MNT "/%s", file);
	return vfs_kunit_write(path, s);
}

/* A write of @val to SGT_MNT/@file that must succeed */
static void sgt_expect_write(struct kunit *test, const char *file,
			     const char *val)
{
	KUNIT_EXPECT_EQ_MSG(test, sgt_write(file, val), (long)strlen(val),
			    "%s < %s", file, val);
}

static long sgt_write_id(const char *file, pid_t id)
{
	char buf[16];

	snprintf(buf, sizeof(buf), "%d\n", id);
	return sgt_write(file, buf);
}

/* The contents of SGT_MNT/@file, in a test-managed buffer */
static char *sgt_read(struct kunit *test, const char *file)
{
	char path[SGT_BUF];
	char *buf = kunit_kzalloc(test, SGT_BUF, GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, buf);
	snprintf(path, sizeof(path), SGT_MNT "/%s", file);
	KUNIT_EXPECT_GE_MSG(test, vfs_kunit_read(path, buf, SGT_BUF), 0L,
			    "read %s", path);
	return buf;
}

/* A process of @n threads, t[0] its leader; every one referenced */
static void sgt_spawn_group(struct kunit *test, struct task_struct **t,
			    int n)
{
	int i;

	t[0] = tt_fork(current);
	KUNIT_ASSERT_FALSE(test, IS_ERR(t[0]));
	for (i = 1; i < n; i++) {
		t[i] = tt_thread(t[0]);
		KUNIT_ASSERT_FALSE(test, IS_ERR(t[i]));
	}
}

static void sgt_reap_group(struct kunit *test, struct task_struct **t, int n)
{
	pid_t pid = task_tgid_vnr(t[0]);
	int i, status;

	KUNIT_EXPECT_EQ(test, ksys_kill(pid, SIGKILL), 0L);
	KUNIT_EXPECT_EQ(test, kernel_wait4(pid, &status, __WALL), (long)pid);
	for (i = 0; i < n; i++)
		put_task_struct(t[i]);
}

/* A write refused with @err leaves @file at @before. */
static void sgt_expect_refused(struct kunit *test, const char *file,
			       const char *val, long err)
{
	char *before = sgt_read(test, file);

	KUNIT_EXPECT_EQ_MSG(test, sgt_write(file, val), err, "%s < %s", file,
			    val);
	KUNIT_EXPECT_STREQ_MSG(test, sgt_read(test, file), before,
			       "%s changed", file);
}

/*
 * mkdir @path with the n-th allocation failing, n = 1, 2, ... until it
 * succeeds: each failure is ENOMEM and leaves no directory and no
 * allocation behind.
 */
static void sgt_mkdir_faults(struct kunit *test, const char *path)
{
	int nth, failures = 0;
	long ret = -ENOMEM, live;

	kunit_rcu_drain();
	for (nth = 1; nth < 64; nth++) {
		live = host_ops.mem_live();
		fail_nth_set(nth);
		ret = ksys_mkdir(path, 0755);
		fail_nth_set(0);
		if (!ret)
			break;
		failures++;
		KUNIT_EXPECT_EQ(test, ret, (long)-ENOMEM);
		KUNIT_EXPECT_EQ(test, ksys_rmdir(path), (long)-ENOENT);
		kunit_rcu_drain();
		KUNIT_EXPECT_EQ_MSG(test, host_ops.mem_live(), live, "nth %d",
				    nth);
	}
	KUNIT_EXPECT_EQ(test, ret, 0L);
	/* the VFS's and the core's allocations, then the subsystem's */
	KUNIT_EXPECT_GE(test, failures, 2);
}

static long __maybe_unused sgt_wait_fn(void *arg)
{
	pid_t pid = (pid_t)(long)arg;
	int status;

	return kernel_wait4(pid, &status, __WALL);
}

/* Reap the exited process @child of @parent's process, as @parent */
static void __maybe_unused sgt_reap_child(struct kunit *test,
					  struct task_struct *parent,
					  struct task_struct *child)
{
	pid_t pid = task_tgid_vnr(child);

	KUNIT_EXPECT_EQ(test, task_call(parent, sgt_wait_fn,
					(void *)(long)pid), (long)pid);
	put_task_struct(child);
}

#endif /* _KERNEL_SCHED_TEST_H */
