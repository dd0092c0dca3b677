/* SPDX-License-Identifier: GPL-2.0 */
/*
 * cgroup_kunit.h - the test harness of every cgroup KUnit suite.
 *
 * One set of helpers, in the manner of tools/testing/vma's shared shims,
 * for the suites of the core (kernel/cgroup_test*.c), of every controller
 * (cpuset, freezer, ns, cpu, cpuacct, memcg, blkio, devices) and of
 * anything else that drives cgroups: make processes and threads, make
 * them do system calls, mount hierarchies, make and remove cgroups, write
 * and read control files, reap.  A suite keeps only what is its own
 * (paths under its mount point, the state of its controller); anything
 * two suites would both need belongs here.  Everything goes through the
 * real paths, as user space does: the VFS system calls on a mounted
 * hierarchy, copy_process() for processes and threads, task_call() to run
 * a system call as a given task.
 *
 * Writing a case:
 *
 *	#include "cgroup_kunit.h"	(from kernel/; "../kernel/..." elsewhere)
 *
 *	#define FOO_DIR	"/tmp/foo_test"
 *
 *	static void foo_procs_moves_group(struct kunit *test)
 *	{
 *		struct task_struct *t[3];
 *
 *		cgk_mount(test, FOO_DIR, "foo");
 *		cgk_mkdir(test, FOO_DIR "/a");
 *		cgk_spawn_group(test, t, 3);		(leader + 2 threads)
 *		KUNIT_EXPECT_GT(test, cgk_write_pid(FOO_DIR "/a/cgroup.procs",
 *						   task_pid_vnr(t[1])), 0L);
 *		KUNIT_EXPECT_TRUE(test, cgk_in(test, FOO_DIR "/a", t[2]));
 *		cgk_reap_group(test, t, 3);
 *		KUNIT_EXPECT_EQ(test, cgk_rmdir(FOO_DIR "/a"), 0L);
 *		cgk_umount(test, FOO_DIR);
 *	}
 *
 * and list it in the suite's KUNIT_CASE() table (suite names: the
 * controller's name, no "test").  Every case must leave what it found:
 * reap what it spawned, remove what it made, unmount; the runner then
 * checks that no object leaked (style.txt 9.3).  The core's suites add
 * their own checks of css_sets and hierarchies at rest (cgt_init() and
 * cgt_exit()).
 *
 * The helpers, by kind (all static, so each suite gets its own copy, as
 * the shims do; all may sleep; none may be called with a lock held):
 *
 *   processes	cgk_spawn, cgk_thread, cgk_threads, cgk_spawn_group,
 *		cgk_put_tasks, cgk_reap, cgk_reap_group, cgk_reap_child;
 *		tasks are named CGK_COMM
 *   as a task	cgk_as_write, cgk_as_write_pid, cgk_as_clone(_nth),
 *		cgk_as_clone_task,
 *		cgk_as_wait, cgk_as_exit, cgk_as_unshare, cgk_as_mkdir,
 *		cgk_as_setresuid: the system call runs in that task's
 *		context (its credentials, its namespaces, its children)
 *   hierarchies	cgk_mount, cgk_umount, cgk_mkdir, cgk_rmdir,
 *		cgk_expect_rmdir, cgk_exists, cgk_cgroup
 *   files	cgk_write, cgk_write_pid, cgk_read_buf, cgk_read,
 *		cgk_expect_write, cgk_expect_file, cgk_expect_refused,
 *		cgk_listed, cgk_in, cgk_path
 *   faults	cgk_mkdir_faults (fail each allocation of a mkdir in turn)
 *   memory	cgk_as_mmap (pages a process maps, charged to its memcg)
 *   contract	struct cgroup_contract, CGROUP_CONTRACT(), cgk_state_printf:
 *		what a subsystem declares for the contract suite
 *		(kernel/cgroup_contract_test.c), next to its own suite
 *
 * The process-model suites (fork, exit, exec, pid, cred, signal) use the
 * lower-level kernel/task_test.h, which this header builds on.
 */
#ifndef _KERNEL_CGROUP_KUNIT_H
#define _KERNEL_CGROUP_KUNIT_H

#include <kunit/test.h>
#include <linux/fault-inject.h>
#include <linux/fs.h>
#include <linux/fcntl.h>
#include <linux/namei.h>
#include <linux/dcache.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/cred.h>
#include <linux/rcupdate.h>
#include <linux/mman.h>
#include <linux/cgroup.h>
#include <host_ops.h>
#include "task_test.h"
#include "../fs/vfs_kunit.h"

/* The name of every task the harness makes (the mock records only those) */
#define CGK_COMM	"cgk"
/* cgk_read()'s buffer: enough for the tasks file of a 100-thread cgroup */
#define CGK_BUF		4096

/* ------------------------------------------------------------------ */
/* Processes and threads */

struct cgk_clone {
	u64 flags;
	int nth;			/* fail the nth allocation; 0: none */
	struct task_struct *child;	/* referenced */
};

static long __maybe_unused cgk_clone_fn(void *arg)
{
	struct cgk_clone *cc = arg;
	struct kernel_clone_args args = {
		.flags		= cc->flags,
		.exit_signal	= SIGCHLD,
		.name		= CGK_COMM,
	};
	struct task_struct *p;

	/* a caller's own fail_nth_set() around the call applies otherwise */
	if (cc->nth)
		fail_nth_set(cc->nth);
	p = copy_process(&args);
	if (cc->nth)
		fail_nth_set(0);
	if (IS_ERR(p))
		return PTR_ERR(p);
	cc->child = p;
	return p->pid;
}

/* A new process, child of the case's task; referenced. */
static __maybe_unused struct task_struct *cgk_spawn(struct kunit *test)
{
	struct cgk_clone cc = { .flags = 0 };
	long ret = cgk_clone_fn(&cc);

	KUNIT_ASSERT_GT_MSG(test, ret, 0L, "fork: %ld", ret);
	return cc.child;
}

/* A new thread of @tsk's process, made by @tsk with @extra clone flags. */
static __maybe_unused struct task_struct *
cgk_thread(struct kunit *test, struct task_struct *tsk, u64 extra)
{
	struct cgk_clone cc = { .flags = TT_THREAD_FLAGS | extra };
	long ret = task_call(tsk, cgk_clone_fn, &cc);

	KUNIT_ASSERT_GT_MSG(test, ret, 0L, "clone thread: %ld", ret);
	return cc.child;
}

/* @n more threads of @leader's process, made by @leader, into t[0..n) */
static void __maybe_unused cgk_threads(struct kunit *test,
				       struct task_struct *leader,
				       struct task_struct **t, int n)
{
	int i;

	for (i = 0; i < n; i++)
		t[i] = cgk_thread(test, leader, 0);
}

/* A process of @n threads: t[0] its leader; every one referenced. */
static void __maybe_unused cgk_spawn_group(struct kunit *test,
					   struct task_struct **t, int n)
{
	t[0] = cgk_spawn(test);
	cgk_threads(test, t[0], t + 1, n - 1);
}

/* Drop the references on t[0..n) */
static void __maybe_unused cgk_put_tasks(struct task_struct **t, int n)
{
	int i;

	for (i = 0; i < n; i++)
		put_task_struct(t[i]);
}

/*
 * Kill and reap the process of @t[0] (a child of the case's task), drop
 * the references on t[0..n), and let pending RCU frees run so that the
 * leak check counts them.
 */
static void __maybe_unused cgk_reap_group(struct kunit *test,
					  struct task_struct **t, int n)
{
	pid_t pid = task_tgid_vnr(t[0]);
	int status;

	KUNIT_EXPECT_EQ(test, ksys_kill(pid, SIGKILL), 0L);
	KUNIT_EXPECT_EQ(test, kernel_wait4(pid, &status, __WALL), (long)pid);
	cgk_put_tasks(t, n);
	kunit_rcu_drain();
}

/* Kill and reap the process @tsk leads; drops the reference. */
static void __maybe_unused cgk_reap(struct kunit *test,
				    struct task_struct *tsk)
{
	cgk_reap_group(test, &tsk, 1);
}

/* ------------------------------------------------------------------ */
/* System calls made by a given task */

struct cgk_as {
	const char *path;
	const char *str;
	long arg;
};

static long __maybe_unused cgk_write(const char *path, const char *s);

static long __maybe_unused cgk_as_write_fn(void *arg)
{
	struct cgk_as *as = arg;

	return cgk_write(as->path, as->str);
}

/* @tsk writes @s to @path: bytes written or -errno. */
static long __maybe_unused cgk_as_write(struct task_struct *tsk,
					const char *path, const char *s)
{
	struct cgk_as as = { .path = path, .str = s };

	return task_call(tsk, cgk_as_write_fn, &as);
}

/* @tsk writes the id @pid to @path: bytes written or -errno. */
static long __maybe_unused cgk_as_write_pid(struct task_struct *tsk,
					    const char *path, pid_t pid)
{
	char buf[16];

	snprintf(buf, sizeof(buf), "%d", pid);
	return cgk_as_write(tsk, path, buf);
}

/*
 * @tsk clones with @flags (0: a new process), with its @nth allocation
 * failing (0: none): the new id or -errno.
 */
static long __maybe_unused cgk_as_clone_nth(struct task_struct *tsk,
					    u64 flags, int nth)
{
	struct cgk_clone cc = { .flags = flags, .nth = nth };
	long ret = task_call(tsk, cgk_clone_fn, &cc);

	if (ret > 0)
		put_task_struct(cc.child);
	return ret;
}

/*
 * @tsk clones with @flags (0: a new process), with its @nth allocation
 * failing (0: none): the new id, the new task referenced in @child, or
 * -errno.
 */
static long __maybe_unused cgk_as_clone_task(struct task_struct *tsk,
					     u64 flags, int nth,
					     struct task_struct **child)
{
	struct cgk_clone cc = { .flags = flags, .nth = nth };
	long ret = task_call(tsk, cgk_clone_fn, &cc);

	*child = ret > 0 ? cc.child : NULL;
	return ret;
}

/* @tsk clones with @flags (0: a new process): the new id or -errno. */
static long __maybe_unused cgk_as_clone(struct task_struct *tsk, u64 flags)
{
	return cgk_as_clone_nth(tsk, flags, 0);
}

static long __maybe_unused cgk_as_wait_fn(void *arg)
{
	int status;

	return kernel_wait4((pid_t)(long)arg, &status, __WALL);
}

/* @tsk reaps its exited child @pid: @pid or -errno. */
static long __maybe_unused cgk_as_wait(struct task_struct *tsk, pid_t pid)
{
	return task_call(tsk, cgk_as_wait_fn, (void *)(long)pid);
}

/* Kill the process @pid, a child of @parent's process, and reap it as @parent */
static void __maybe_unused cgk_reap_child(struct kunit *test,
					  struct task_struct *parent, pid_t pid)
{
	KUNIT_EXPECT_EQ(test, ksys_kill(pid, SIGKILL), 0L);
	KUNIT_EXPECT_EQ(test, cgk_as_wait(parent, pid), (long)pid);
}

/* @tsk's thread exits (status 0). */
static long __maybe_unused cgk_as_exit(struct task_struct *tsk)
{
	return tt_exit(tsk, 0);
}

static long __maybe_unused cgk_as_unshare_fn(void *arg)
{
	return ksys_unshare((unsigned long)arg);
}

/* @tsk calls unshare(@flags): 0 or -errno. */
static long __maybe_unused cgk_as_unshare(struct task_struct *tsk,
					  unsigned long flags)
{
	return task_call(tsk, cgk_as_unshare_fn, (void *)flags);
}

static long __maybe_unused cgk_as_mkdir_fn(void *arg)
{
	return ksys_mkdir(arg, 0755);
}

/* @tsk makes the directory @path (mode 0755): 0 or -errno. */
static long __maybe_unused cgk_as_mkdir(struct task_struct *tsk,
					const char *path)
{
	return task_call(tsk, cgk_as_mkdir_fn, (void *)path);
}

static long __maybe_unused cgk_as_setresuid_fn(void *arg)
{
	uid_t uid = (uid_t)(long)arg;

	return do_setresuid(uid, uid, uid);
}

/*
 * @tsk's thread sets its real, effective and saved uid to @uid (from
 * root to a non-zero uid this drops every capability): 0 or -errno.
 */
static long __maybe_unused cgk_as_setresuid(struct task_struct *tsk,
					    uid_t uid)
{
	return task_call(tsk, cgk_as_setresuid_fn, (void *)(long)uid);
}

/* ------------------------------------------------------------------ */
/* Hierarchies and cgroups */

/* mkdir @dir (it may exist) and mount a hierarchy with @opts on it */
static void __maybe_unused cgk_mount(struct kunit *test, const char *dir,
				     const char *opts)
{
	char data[64];
	long ret;

	strscpy(data, opts, sizeof(data));
	ret = ksys_mkdir(dir, 0755);
	KUNIT_ASSERT_TRUE_MSG(test, ret == 0 || ret == -EEXIST,
			      "mkdir %s: %ld", dir, ret);
	ret = ksys_mount("none", dir, "cgroup", 0, data);
	if (ret)
		ksys_rmdir(dir);
	KUNIT_ASSERT_EQ_MSG(test, ret, 0L, "mount -o %s", opts);
}

/*
 * umount @dir (its cgroups removed first) and remove it; the hierarchy's
 * css_sets and states are freed after a grace period: wait for it.
 */
static void __maybe_unused cgk_umount(struct kunit *test, const char *dir)
{
	KUNIT_EXPECT_EQ(test, ksys_umount(dir, 0), 0L);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(dir), 0L);
	kunit_rcu_drain();
}

/* mkdir @path (mode 0755), which must succeed */
static void __maybe_unused cgk_mkdir(struct kunit *test, const char *path)
{
	KUNIT_ASSERT_EQ_MSG(test, ksys_mkdir(path, 0755), 0L, "mkdir %s",
			    path);
}

/* rmdir @path: 0 or -errno */
static long __maybe_unused cgk_rmdir(const char *path)
{
	return ksys_rmdir(path);
}

/* rmdir @path, which must succeed */
static void __maybe_unused cgk_expect_rmdir(struct kunit *test,
					    const char *path)
{
	KUNIT_EXPECT_EQ_MSG(test, ksys_rmdir(path), 0L, "rmdir %s", path);
}

/* Does @path exist? */
static bool __maybe_unused cgk_exists(const char *path)
{
	struct kstat st;

	return ksys_newstat(path, &st) == 0;
}

/* The cgroup of a cgroupfs directory (the directory keeps it alive). */
static __maybe_unused struct cgroup *cgk_cgroup(struct kunit *test,
						const char *path)
{
	struct path p;
	struct cgroup *cgrp;

	KUNIT_ASSERT_EQ_MSG(test, kern_path(path, 0, &p), 0, "%s", path);
	cgrp = p.dentry->d_inode->i_private;
	path_put(&p);
	return cgrp;
}

/* ------------------------------------------------------------------ */
/* Files */

/* A path made with printf(), in a test-managed buffer */
static __printf(2, 3) __maybe_unused char *cgk_path(struct kunit *test,
						     const char *fmt, ...)
{
	char *buf = kunit_kzalloc(test, 128, GFP_KERNEL);
	va_list args;

	KUNIT_ASSERT_NOT_NULL(test, buf);
	va_start(args, fmt);
	vsnprintf(buf, 128, fmt, args);
	va_end(args);
	return buf;
}

/* One write(2) of @s to the existing file @path: bytes or -errno. */
static long __maybe_unused cgk_write(const char *path, const char *s)
{
	return vfs_kunit_write_flags(path, s, O_WRONLY);
}

/* One write(2) of the id @pid ("%d\n") to @path: bytes or -errno. */
static long __maybe_unused cgk_write_pid(const char *path, pid_t pid)
{
	char buf[16];

	snprintf(buf, sizeof(buf), "%d\n", pid);
	return cgk_write(path, buf);
}

/* @path into @buf (NUL-terminated): bytes read or -errno. */
static long __maybe_unused cgk_read_buf(const char *path, char *buf,
					size_t size)
{
	return vfs_kunit_read(path, buf, size);
}

/* @path's contents in a test-managed buffer; the open must succeed */
static __maybe_unused char *cgk_read(struct kunit *test, const char *path)
{
	char *buf = kunit_kzalloc(test, CGK_BUF, GFP_KERNEL);
	long ret;

	KUNIT_ASSERT_NOT_NULL(test, buf);
	ret = cgk_read_buf(path, buf, CGK_BUF);
	KUNIT_ASSERT_GE_MSG(test, ret, 0L, "read %s", path);
	return buf;
}

/* A write of @val to @path that must succeed whole */
static void __maybe_unused cgk_expect_write(struct kunit *test,
					    const char *path, const char *val)
{
	KUNIT_EXPECT_EQ_MSG(test, cgk_write(path, val), (long)strlen(val),
			    "%s < %s", path, val);
}

/* @path reads exactly @want */
static void __maybe_unused cgk_expect_file(struct kunit *test,
					   const char *path, const char *want)
{
	KUNIT_EXPECT_STREQ_MSG(test, cgk_read(test, path), want, "%s", path);
}

/* A write of @val to @path fails with @err and leaves @path as it was */
static void __maybe_unused cgk_expect_refused(struct kunit *test,
					      const char *path,
					      const char *val, long err)
{
	char *before = cgk_read(test, path);

	KUNIT_EXPECT_EQ_MSG(test, cgk_write(path, val), err, "%s < %s", path,
			    val);
	KUNIT_EXPECT_STREQ_MSG(test, cgk_read(test, path), before,
			       "%s changed", path);
}

/* Is @pid one of the lines of @list (a tasks or cgroup.procs read)? */
static bool __maybe_unused cgk_listed(const char *list, pid_t pid)
{
	char line[16];
	int len = snprintf(line, sizeof(line), "%d\n", pid);
	const char *p;

	for (p = list; *p; p = strchr(p, '\n') + 1) {
		if (!strncmp(p, line, len))
			return true;
	}
	return false;
}

/* Is @tsk listed in the tasks file of the cgroup directory @cgdir? */
static bool __maybe_unused cgk_in(struct kunit *test, const char *cgdir,
				  struct task_struct *tsk)
{
	return cgk_listed(cgk_read(test, cgk_path(test, "%s/tasks", cgdir)),
			  task_pid_vnr(tsk));
}

/* ------------------------------------------------------------------ */
/* Fault injection */

/*
 * mkdir @path with the n-th allocation failing, n = 1, 2, ... until it
 * succeeds: each failure is ENOMEM and leaves no directory and no
 * allocation behind.  At least the VFS's and the core's allocations, then
 * the subsystem's, fail: two failures or more.
 */
static void __maybe_unused cgk_mkdir_faults(struct kunit *test,
					    const char *path)
{
	int nth, failures = 0;
	long ret = -ENOMEM, live;

	for (nth = 1; nth < 64; nth++) {
		live = kunit_live_objects();
		fail_nth_set(nth);
		ret = ksys_mkdir(path, 0755);
		fail_nth_set(0);
		if (!ret)
			break;
		failures++;
		KUNIT_EXPECT_EQ(test, ret, (long)-ENOMEM);
		KUNIT_EXPECT_EQ(test, ksys_rmdir(path), (long)-ENOENT);
		KUNIT_EXPECT_EQ_MSG(test, kunit_live_objects(), live, "nth %d",
				    nth);
	}
	KUNIT_EXPECT_EQ(test, ret, 0L);
	KUNIT_EXPECT_GE(test, failures, 2);
}

/* ------------------------------------------------------------------ */
/* Memory */

static long __maybe_unused cgk_as_mmap_fn(void *arg)
{
	return ksys_mmap((unsigned long)arg);
}

/* @tsk maps @npages pages (charged to its memcg): 0 or -errno. */
static long __maybe_unused cgk_as_mmap(struct task_struct *tsk,
				       unsigned long npages)
{
	return task_call(tsk, cgk_as_mmap_fn, (void *)npages);
}

/* ------------------------------------------------------------------ */
/* The subsystem contract */

/**
 * struct cgk_state - the text a subsystem's snapshot callback writes
 * @buf: the buffer
 * @size: its size
 * @len: bytes written so far (output past @size is cut)
 */
struct cgk_state {
	char *buf;
	size_t size;
	size_t len;
};

/* Append to a snapshot; a subsystem's snapshot callback calls this. */
static __printf(2, 3) void __maybe_unused
cgk_state_printf(struct cgk_state *st, const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	st->len += vscnprintf(st->buf + st->len, st->size - st->len, fmt,
			      args);
	va_end(args);
}

/**
 * struct cgk_setting - one write to a control file of a cgroup
 * @file: the file name in the cgroup directory ("cpuset.cpus")
 * @val: what is written
 * @undo: what puts the default back (modes)
 */
struct cgk_setting {
	const char *file;
	const char *val;
	const char *undo;
};

/**
 * struct cgroup_contract - what a subsystem declares for the contract
 *	suite (kernel/cgroup_contract_test.c,
 *	Documentation/cgroups/writing-a-subsystem.txt section 4)
 * @ss: the subsystem
 * @snapshot: write the state of subsystem @ss of @cgrp (@tsk NULL), or of the
 *	task @tsk (@cgrp NULL), with cgk_state_printf(); state kept for no
 *	particular cgroup or task (a move in progress, a global count) goes
 *	with the top cgroup (@cgrp->parent NULL).  The suite compares the
 *	text before and after an operation that must change nothing.  The
 *	task part is what the subsystem keeps for a task because of the
 *	cgroup it is in, so a task forked in a cgroup must have the same
 *	as its creator there.  Leave out what any activity changes (usage
 *	clocks, statistics).  Called with no lock held; may sleep.
 * @prepare: writes the suite makes to every cgroup it creates so that
 *	tasks can move in (a new cpuset has no CPUs); NULL-terminated, or
 *	NULL
 * @modes: writes each of which turns on behaviour the defaults leave off
 *	(memory.move_charge_at_immigrate=3, freezer.state=FROZEN), with the
 *	write that undoes it.  The suite runs once more with each, written
 *	to the cgroup tasks move to; and it writes each to the cgroup of a
 *	forking task at each allocation of the fork in turn, where the
 *	subsystem's fork hook must catch the new task up.  NULL-terminated,
 *	or NULL
 * @triggers: names of files any write to which is an action, not a value
 *	(memory.failcnt: "any write resets it"), as the subsystem's document
 *	says: bad input to them may be accepted, but must still change
 *	nothing in a cgroup without tasks; NULL-terminated, or NULL
 */
struct cgroup_contract {
	struct cgroup_subsys *ss;
	void (*snapshot)(struct cgk_state *st, struct cgroup_subsys *ss,
			 struct cgroup *cgrp, struct task_struct *tsk);
	const struct cgk_setting *prepare;
	const struct cgk_setting *modes;
	const char *const *triggers;
};

/*
 * A subsystem <x> (SUBSYS(x) in <linux/cgroup_subsys.h>) declares its
 * contract, in the test file that can see its state, with
 *
 *	CGROUP_CONTRACT(x, .snapshot = x_contract_snapshot);
 *
 * The suite finds every subsystem's declaration through the subsystem
 * table: a KUnit kernel with a subsystem that declares none does not link.
 */
#define CGROUP_CONTRACT(_x, ...)					\
	const struct cgroup_contract _x ## _contract = {		\
		.ss = &_x ## _subsys,					\
		__VA_ARGS__						\
	}

#ifdef CONFIG_CGROUPS
#define SUBSYS(_x) extern const struct cgroup_contract _x ## _contract;
#include <linux/cgroup_subsys.h>
#undef SUBSYS
#endif

#endif /* _KERNEL_CGROUP_KUNIT_H */
