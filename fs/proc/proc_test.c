// SPDX-License-Identifier: GPL-2.0
/*
 * proc_test.c - KUnit suite "proc": /proc/<pid>/status,
 * /proc/<pid>/task/<tid>/, /proc/self, /proc/sys/kernel/ns_last_pid and
 * the listing of /proc.
 */
#include <kunit/test.h>
#include <linux/fs.h>
#include <linux/pid_namespace.h>
#include <linux/proc_fs.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/syscalls.h>

#include "../vfs_kunit.h"

#define PROC_BUF	2048

static void proc_self_status_describes_current(struct kunit *test)
{
	char *buf = kunit_kzalloc(test, PROC_BUF, GFP_KERNEL);
	char line[64];

	KUNIT_ASSERT_NOT_NULL(test, buf);
	KUNIT_ASSERT_GT(test, vfs_kunit_read("/proc/self/status", buf,
					     PROC_BUF), 0);
	KUNIT_EXPECT_TRUE(test, !strncmp(buf, "Name:\t", 6));
	snprintf(line, sizeof(line), "\nTgid:\t%d\nPid:\t%d\n",
		 task_tgid_vnr(current), task_pid_vnr(current));
	KUNIT_EXPECT_NOT_NULL(test, strstr(buf, line));
	KUNIT_EXPECT_NOT_NULL(test, strstr(buf, "\nState:\tR (running)\n"));
	KUNIT_EXPECT_NOT_NULL(test, strstr(buf, "\nUid:\t0\t0\t0\t0\n"));
	KUNIT_EXPECT_NOT_NULL(test, strstr(buf, "\nThreads:\t1\n"));
	snprintf(line, sizeof(line), "\nCpus_allowed_list:\t0-%d\n",
		 CONFIG_NR_CPUS - 1);
	KUNIT_EXPECT_NOT_NULL(test, strstr(buf, line));

	KUNIT_ASSERT_EQ(test, vfs_kunit_become(1000, 1001), 0);
	KUNIT_ASSERT_GT(test, vfs_kunit_read("/proc/self/status", buf,
					     PROC_BUF), 0);
	KUNIT_EXPECT_NOT_NULL(test, strstr(buf, "\nUid:\t1000\t1000\t1000\t1000\n"));
	KUNIT_EXPECT_NOT_NULL(test, strstr(buf, "\nGid:\t1001\t1001\t1001\t1001\n"));
}

static long clone_thread_fn(void *arg)
{
	struct kernel_clone_args args = {
		.flags = CLONE_THREAD | CLONE_SIGHAND | CLONE_VM | CLONE_FS |
			 CLONE_FILES,
		.exit_signal = -1,
		.name = "proct",
	};

	return kernel_clone(&args);
}

static void proc_threads_and_task_dir(struct kunit *test)
{
	struct kernel_clone_args args = {
		.exit_signal = SIGCHLD,
		.name = "procp",
	};
	char *buf = kunit_kzalloc(test, PROC_BUF, GFP_KERNEL);
	char path[64], line[32];
	struct task_struct *leader;
	long tids[2], fd;
	pid_t pid;
	int status, i;

	KUNIT_ASSERT_NOT_NULL(test, buf);
	pid = kernel_clone(&args);
	KUNIT_ASSERT_GT(test, pid, 0);
	leader = find_get_task_by_vpid(pid);
	KUNIT_ASSERT_NOT_NULL(test, leader);
	for (i = 0; i < 2; i++) {
		tids[i] = task_call(leader, clone_thread_fn, NULL);
		KUNIT_EXPECT_GT(test, tids[i], 0);
	}

	snprintf(path, sizeof(path), "/proc/%d/status", pid);
	KUNIT_EXPECT_GT(test, vfs_kunit_read(path, buf, PROC_BUF), 0);
	KUNIT_EXPECT_NOT_NULL(test, strstr(buf, "\nThreads:\t3\n"));
	snprintf(line, sizeof(line), "\nPPid:\t%d\n", task_tgid_vnr(current));
	KUNIT_EXPECT_NOT_NULL(test, strstr(buf, line));

	/* task/ lists the three threads: ".", "..", then the tids */
	snprintf(path, sizeof(path), "/proc/%d/task", pid);
	fd = ksys_open(path, O_RDONLY | O_DIRECTORY, 0);
	KUNIT_EXPECT_GE(test, fd, 0);
	if (fd >= 0) {
		long n = ksys_getdents64(fd, (void *)buf, PROC_BUF), off = 0;
		int entries = 0;

		while (n > 0 && off < n) {
			struct linux_dirent64 *d = (void *)(buf + off);

			off += d->d_reclen;
			entries++;
		}
		KUNIT_EXPECT_EQ(test, entries, 5);
		ksys_close(fd);
	}
	snprintf(path, sizeof(path), "/proc/%d/task/%ld/status", pid, tids[1]);
	KUNIT_EXPECT_GT(test, vfs_kunit_read(path, buf, PROC_BUF), 0);
	snprintf(line, sizeof(line), "\nTgid:\t%d\nPid:\t%ld\n", pid, tids[1]);
	KUNIT_EXPECT_NOT_NULL(test, strstr(buf, line));
	/* a thread of another process is not in this task/ */
	snprintf(path, sizeof(path), "/proc/%d/task/%d/status", pid,
		 task_pid_vnr(current));
	KUNIT_EXPECT_EQ(test, vfs_kunit_read(path, buf, PROC_BUF), -ENOENT);
	/* a thread's own directory has no task/ */
	snprintf(path, sizeof(path), "/proc/%d/task/%ld/task", pid, tids[0]);
	KUNIT_EXPECT_EQ(test, vfs_kunit_read(path, buf, PROC_BUF), -ENOENT);

	KUNIT_EXPECT_EQ(test, ksys_kill(pid, SIGKILL), 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(pid, &status, __WALL), pid);
	put_task_struct(leader);
	snprintf(path, sizeof(path), "/proc/%d/status", pid);
	KUNIT_EXPECT_EQ(test, vfs_kunit_read(path, buf, PROC_BUF), -ENOENT);
}

static void proc_bad_pids_are_enoent(struct kunit *test)
{
	char buf[64];

	KUNIT_EXPECT_EQ(test, vfs_kunit_read("/proc/0/status", buf, 64),
			-ENOENT);
	KUNIT_EXPECT_EQ(test, vfs_kunit_read("/proc/01/status", buf, 64),
			-ENOENT);
	KUNIT_EXPECT_EQ(test, vfs_kunit_read("/proc/-1/status", buf, 64),
			-ENOENT);
	KUNIT_EXPECT_EQ(test, vfs_kunit_read("/proc/4000000/status", buf, 64),
			-ENOENT);
	KUNIT_EXPECT_EQ(test, vfs_kunit_read("/proc/self/nofile", buf, 64),
			-ENOENT);
	KUNIT_EXPECT_EQ(test, ksys_mkdir("/proc/x", 0755), -EPERM);
}

static void proc_ns_last_pid_round_trip(struct kunit *test)
{
	struct pid_namespace *ns = task_active_pid_ns(current);
	char buf[32];

	KUNIT_EXPECT_EQ(test, vfs_kunit_write("/proc/sys/kernel/ns_last_pid",
					      "31336\n"), 6);
	KUNIT_EXPECT_EQ(test, get_ns_last_pid(ns), 31336);
	KUNIT_EXPECT_EQ(test, vfs_kunit_read("/proc/sys/kernel/ns_last_pid",
					     buf, sizeof(buf)), 6);
	KUNIT_EXPECT_STREQ(test, buf, "31336\n");
	KUNIT_EXPECT_EQ(test, vfs_kunit_write("/proc/sys/kernel/ns_last_pid",
					      "abc"), -EINVAL);
	KUNIT_EXPECT_EQ(test, vfs_kunit_write("/proc/sys/kernel/ns_last_pid",
					      "-5"), -EINVAL);
	KUNIT_EXPECT_EQ(test, get_ns_last_pid(ns), 31336);
	KUNIT_ASSERT_EQ(test, vfs_kunit_become(1000, 1000), 0);
	KUNIT_EXPECT_EQ(test, vfs_kunit_write("/proc/sys/kernel/ns_last_pid",
					      "5"), -EPERM);
	KUNIT_EXPECT_EQ(test, get_ns_last_pid(ns), 31336);
}

static void proc_root_lists_entries_and_pids(struct kunit *test)
{
	char *buf = kunit_kzalloc(test, 8192, GFP_KERNEL);
	bool self = false, sys = false, init = false;
	long fd, n;

	KUNIT_ASSERT_NOT_NULL(test, buf);
	fd = ksys_open("/proc", O_RDONLY | O_DIRECTORY, 0);
	KUNIT_ASSERT_GE(test, fd, 0);
	while ((n = ksys_getdents64(fd, (void *)buf, 8192)) > 0) {
		long off = 0;

		while (off < n) {
			struct linux_dirent64 *d = (void *)(buf + off);

			off += d->d_reclen;
			self |= !strcmp(d->d_name, "self");
			sys |= !strcmp(d->d_name, "sys");
			init |= !strcmp(d->d_name, "1");
		}
	}
	ksys_close(fd);
	KUNIT_EXPECT_TRUE(test, self);
	KUNIT_EXPECT_TRUE(test, sys);
	KUNIT_EXPECT_TRUE(test, init);
	KUNIT_EXPECT_EQ(test, proc_pid_register_entry("status", 0444, NULL),
			-EEXIST);
}

static struct kunit_case proc_cases[] = {
	KUNIT_CASE(proc_self_status_describes_current),
	KUNIT_CASE(proc_threads_and_task_dir),
	KUNIT_CASE(proc_bad_pids_are_enoent),
	KUNIT_CASE(proc_ns_last_pid_round_trip),
	KUNIT_CASE(proc_root_lists_entries_and_pids),
	{}
};

static struct kunit_suite proc_suite = {
	.name = "proc",
	.test_cases = proc_cases,
};

kunit_test_suite(proc_suite);
