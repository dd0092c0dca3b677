// SPDX-License-Identifier: GPL-2.0
/*
 * pid_files_test.c - KUnit suite "proc_pid_files": /proc/<pid>/stat,
 * /proc/<pid>/task/<tid>/stat, /proc/<pid>/comm and /proc/<pid>/cmdline
 * in Linux 2.6.38's formats, for processes, threads, zombie leaders and
 * kernel threads (Documentation/filesystems/vfs.txt, section 5).
 */
#include <kunit/test.h>
#include <linux/fs.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/syscalls.h>

#include "../vfs_kunit.h"
#include "../../kernel/task_test.h"

#define PID_BUF		8192
#define STAT_FIELDS	44

/* The raw bytes of @path (NULs included) in @buf; count or -errno. */
static long pf_read(const char *path, char *buf, size_t size)
{
	long fd = ksys_open(path, O_RDONLY, 0);
	long n, total = 0;

	if (fd < 0)
		return fd;
	while (total < size && (n = ksys_read(fd, buf + total,
					      size - total)) > 0)
		total += n;
	ksys_close(fd);
	return total;
}

/*
 * Split the stat line of @path into @field (1-based, as proc(5) numbers
 * them; the comm keeps its parentheses).  Returns the number of fields.
 */
static int pf_stat(struct kunit *test, const char *path,
		   char field[][24], int max)
{
	static const char seps[] = { ' ', '\n', 0 };
	char *buf = kunit_kzalloc(test, 512, GFP_KERNEL);
	char *p, *end;
	int n = 0;

	KUNIT_ASSERT_NOT_NULL(test, buf);
	KUNIT_ASSERT_GT_MSG(test, pf_read(path, buf, 511), 0L, "%s", path);
	KUNIT_EXPECT_EQ(test, buf[strlen(buf) - 1], '\n');
	for (p = buf; *p && *p != '\n' && n < max; p = end) {
		/* field 2 is "(comm)", which may hold spaces */
		end = n == 1 ? strrchr(p, ')') + 1 : p + strcspn(p, seps);
		strscpy(field[++n], p, min_t(size_t, end - p + 1, 24));
		if (*end == ' ')
			end++;
	}
	return n;
}

struct pf_exec {
	const char *const *argv;
};

static long pf_exec_fn(void *arg)
{
	struct pf_exec *e = arg;

	return kernel_execve("/bin/procx", e->argv);
}

/* The 44 fields of a process and of one of its threads. */
static void proc_stat_fields(struct kunit *test)
{
	static const char *const argv[] = { "procx", "-a", "b c", NULL };
	struct pf_exec e = { .argv = argv };
	char (*f)[24] = kunit_kzalloc(test, 50 * 24, GFP_KERNEL);
	struct task_struct *p, *t;
	char path[64], want[24];

	KUNIT_ASSERT_NOT_NULL(test, f);
	p = tt_fork(current);
	KUNIT_ASSERT_FALSE(test, IS_ERR(p));
	KUNIT_ASSERT_EQ(test, task_call(p, pf_exec_fn, &e), 0L);
	t = tt_thread(p);
	KUNIT_ASSERT_FALSE(test, IS_ERR(t));

	snprintf(path, sizeof(path), "/proc/%d/stat", p->pid);
	KUNIT_ASSERT_EQ(test, pf_stat(test, path, f, 49), STAT_FIELDS);
	snprintf(want, sizeof(want), "%d", p->pid);
	KUNIT_EXPECT_STREQ(test, f[1], want);
	KUNIT_EXPECT_STREQ(test, f[2], "(procx)");
	KUNIT_EXPECT_EQ(test, strlen(f[3]), (size_t)1);
	snprintf(want, sizeof(want), "%d", task_tgid_vnr(current));
	KUNIT_EXPECT_STREQ(test, f[4], want);		/* ppid */
	KUNIT_EXPECT_STREQ(test, f[5], "1");		/* pgrp */
	KUNIT_EXPECT_STREQ(test, f[6], "1");		/* session */
	KUNIT_EXPECT_STREQ(test, f[7], "0");		/* tty_nr */
	KUNIT_EXPECT_STREQ(test, f[8], "-1");		/* tpgid */
	KUNIT_EXPECT_STREQ(test, f[18], "20");		/* priority */
	KUNIT_EXPECT_STREQ(test, f[19], "0");		/* nice */
	KUNIT_EXPECT_STREQ(test, f[20], "2");		/* num_threads */
	KUNIT_EXPECT_STREQ(test, f[21], "0");		/* itrealvalue */
	KUNIT_EXPECT_STREQ(test, f[25], "18446744073709551615"); /* rsslim */
	KUNIT_EXPECT_STREQ(test, f[38], "17");		/* exit_signal */
	KUNIT_EXPECT_STREQ(test, f[41], "0");		/* policy */

	snprintf(path, sizeof(path), "/proc/%d/task/%d/stat", p->pid,
		 t->pid);
	KUNIT_ASSERT_EQ(test, pf_stat(test, path, f, 49), STAT_FIELDS);
	snprintf(want, sizeof(want), "%d", t->pid);
	KUNIT_EXPECT_STREQ(test, f[1], want);
	KUNIT_EXPECT_STREQ(test, f[20], "2");
	KUNIT_EXPECT_STREQ(test, f[38], "-1");		/* a thread's */

	/* the leader exits, its thread lives on: the leader is a zombie */
	KUNIT_EXPECT_EQ(test, tt_exit(p, 0), 0L);
	snprintf(path, sizeof(path), "/proc/%d/stat", p->pid);
	KUNIT_ASSERT_EQ(test, pf_stat(test, path, f, 49), STAT_FIELDS);
	KUNIT_EXPECT_STREQ(test, f[3], "Z");
	/* counted until the group is released, as in Linux */
	KUNIT_EXPECT_STREQ(test, f[20], "2");

	put_task_struct(t);
	KUNIT_EXPECT_EQ(test, ksys_kill(p->pid, SIGKILL), 0L);
	KUNIT_EXPECT_EQ(test, kernel_wait4(p->pid, NULL, __WALL),
			(long)p->pid);
	put_task_struct(p);
}

/* Kernel threads: comm in parentheses, pgrp and session 0, no args. */
static void proc_stat_kernel_thread(struct kunit *test)
{
	char (*f)[24] = kunit_kzalloc(test, 50 * 24, GFP_KERNEL);
	char buf[16];

	KUNIT_ASSERT_NOT_NULL(test, f);
	KUNIT_ASSERT_EQ(test, pf_stat(test, "/proc/2/stat", f, 49),
			STAT_FIELDS);
	KUNIT_EXPECT_STREQ(test, f[1], "2");
	KUNIT_EXPECT_STREQ(test, f[2], "(kthreadd)");
	KUNIT_EXPECT_STREQ(test, f[5], "0");
	KUNIT_EXPECT_STREQ(test, f[6], "0");
	KUNIT_EXPECT_STREQ(test, f[23], "0");		/* vsize */
	KUNIT_EXPECT_EQ(test, pf_read("/proc/2/cmdline", buf, sizeof(buf)),
			0L);
	KUNIT_EXPECT_EQ(test, pf_read("/proc/2/comm", buf, sizeof(buf)), 9L);
	KUNIT_EXPECT_EQ(test, memcmp(buf, "kthreadd\n", 9), 0);
}

/* cmdline: exec's argv, shared by threads, copied by fork, capped. */
static void proc_cmdline(struct kunit *test)
{
	static const char *const argv[] = { "procx", "-a", "b c", NULL };
	static const char want[] = "procx\0-a\0b c";
	const char **big_argv = kunit_kzalloc(test, 4 * sizeof(char *),
					      GFP_KERNEL);
	char *big = kunit_kzalloc(test, 200000, GFP_KERNEL);
	char *buf = kunit_kzalloc(test, PID_BUF, GFP_KERNEL);
	struct pf_exec e = { .argv = argv };
	struct tt_clone tc = { .flags = CLONE_PARENT };
	struct task_struct *p, *t, *c;
	char path[64];

	KUNIT_ASSERT_NOT_NULL(test, big_argv);
	KUNIT_ASSERT_NOT_NULL(test, big);
	KUNIT_ASSERT_NOT_NULL(test, buf);
	p = tt_fork(current);
	KUNIT_ASSERT_FALSE(test, IS_ERR(p));
	KUNIT_ASSERT_EQ(test, task_call(p, pf_exec_fn, &e), 0L);
	t = tt_thread(p);
	KUNIT_ASSERT_FALSE(test, IS_ERR(t));
	/* forked by the thread, as our child (so that we reap it) */
	KUNIT_ASSERT_GT(test, task_call(t, tt_clone_fn, &tc), 0L);
	c = tc.child;

	snprintf(path, sizeof(path), "/proc/%d/cmdline", p->pid);
	KUNIT_EXPECT_EQ(test, pf_read(path, buf, PID_BUF), (long)sizeof(want));
	KUNIT_EXPECT_EQ(test, memcmp(buf, want, sizeof(want)), 0);
	snprintf(path, sizeof(path), "/proc/%d/task/%d/cmdline", p->pid,
		 t->pid);
	KUNIT_EXPECT_EQ(test, pf_read(path, buf, PID_BUF), (long)sizeof(want));
	snprintf(path, sizeof(path), "/proc/%d/cmdline", c->pid);
	KUNIT_EXPECT_EQ(test, pf_read(path, buf, PID_BUF), (long)sizeof(want));
	KUNIT_EXPECT_EQ(test, memcmp(buf, want, sizeof(want)), 0);

	/* arguments over 128 KiB: E2BIG, and the process is untouched */
	memset(big, 'x', 199999);
	big_argv[0] = "procx";
	big_argv[1] = big;
	e.argv = big_argv;
	KUNIT_EXPECT_EQ(test, task_call(c, pf_exec_fn, &e), (long)-E2BIG);
	/* 5,000 bytes: a read shows the first page */
	big[4999] = '\0';
	KUNIT_EXPECT_EQ(test, task_call(c, pf_exec_fn, &e), 0L);
	snprintf(path, sizeof(path), "/proc/%d/cmdline", c->pid);
	KUNIT_EXPECT_EQ(test, pf_read(path, buf, PID_BUF), 4096L);
	KUNIT_EXPECT_EQ(test, memcmp(buf, "procx\0xxx", 9), 0);

	/* the leader exited: no address space, no arguments */
	KUNIT_EXPECT_EQ(test, tt_exit(p, 0), 0L);
	snprintf(path, sizeof(path), "/proc/%d/cmdline", p->pid);
	KUNIT_EXPECT_EQ(test, pf_read(path, buf, PID_BUF), 0L);

	put_task_struct(t);
	KUNIT_EXPECT_EQ(test, ksys_kill(c->pid, SIGKILL), 0L);
	KUNIT_EXPECT_EQ(test, kernel_wait4(c->pid, NULL, __WALL), (long)c->pid);
	put_task_struct(c);
	KUNIT_EXPECT_EQ(test, ksys_kill(p->pid, SIGKILL), 0L);
	KUNIT_EXPECT_EQ(test, kernel_wait4(p->pid, NULL, __WALL), (long)p->pid);
	put_task_struct(p);
}

struct pf_comm {
	const char *path;
	const char *data;
};

static long pf_comm_write_fn(void *arg)
{
	struct pf_comm *w = arg;
	long fd = ksys_open(w->path, O_WRONLY, 0);
	long n;

	if (fd < 0)
		return fd;
	n = ksys_write(fd, w->data, strlen(w->data));
	ksys_close(fd);
	return n;
}

/* comm: a thread of the same process renames; others get EINVAL. */
static void proc_comm_write(struct kunit *test)
{
	char path[64], buf[32], tcomm[32];
	struct pf_comm w = { };
	struct task_struct *p, *t;
	long tlen;

	p = tt_fork(current);
	KUNIT_ASSERT_FALSE(test, IS_ERR(p));
	t = tt_thread(p);
	KUNIT_ASSERT_FALSE(test, IS_ERR(t));
	snprintf(path, sizeof(path), "/proc/%d/task/%d/comm", p->pid, t->pid);
	tlen = pf_read(path, tcomm, sizeof(tcomm));
	KUNIT_ASSERT_GT(test, tlen, 1L);
	snprintf(path, sizeof(path), "/proc/%d/comm", p->pid);
	w.path = path;

	/* from another process (the case's task): EINVAL */
	w.data = "other\n";
	KUNIT_EXPECT_EQ(test, pf_comm_write_fn(&w), (long)-EINVAL);
	/* from another thread of the process: the bytes as written */
	w.data = "abc\n";
	KUNIT_EXPECT_EQ(test, task_call(t, pf_comm_write_fn, &w), 4L);
	KUNIT_EXPECT_EQ(test, pf_read(path, buf, sizeof(buf)), 5L);
	KUNIT_EXPECT_EQ(test, memcmp(buf, "abc\n\n", 5), 0);
	/* longer than a comm: 15 bytes taken and reported */
	w.data = "0123456789abcdefghij";
	KUNIT_EXPECT_EQ(test, task_call(p, pf_comm_write_fn, &w), 15L);
	KUNIT_EXPECT_EQ(test, pf_read(path, buf, sizeof(buf)), 16L);
	KUNIT_EXPECT_EQ(test, memcmp(buf, "0123456789abcde\n", 16), 0);
	/* the writing thread's own comm did not change */
	snprintf(path, sizeof(path), "/proc/%d/task/%d/comm", p->pid, t->pid);
	KUNIT_EXPECT_EQ(test, pf_read(path, buf, sizeof(buf)), tlen);
	KUNIT_EXPECT_EQ(test, memcmp(buf, tcomm, tlen), 0);
	/* a non-owner cannot open it for writing */
	KUNIT_ASSERT_EQ(test, vfs_kunit_become(1000, 1000), 0);
	w.data = "x";
	KUNIT_EXPECT_EQ(test, pf_comm_write_fn(&w), (long)-EACCES);
	KUNIT_ASSERT_EQ(test, vfs_kunit_become(0, 0), 0);

	put_task_struct(t);
	KUNIT_EXPECT_EQ(test, ksys_kill(p->pid, SIGKILL), 0L);
	KUNIT_EXPECT_EQ(test, kernel_wait4(p->pid, NULL, __WALL), (long)p->pid);
	put_task_struct(p);
}

static struct kunit_case pid_files_cases[] = {
	KUNIT_CASE(proc_stat_fields),
	KUNIT_CASE(proc_stat_kernel_thread),
	KUNIT_CASE(proc_cmdline),
	KUNIT_CASE(proc_comm_write),
	{}
};

static struct kunit_suite pid_files_suite = {
	.name = "proc_pid_files",
	.test_cases = pid_files_cases,
};

kunit_test_suite(pid_files_suite);
