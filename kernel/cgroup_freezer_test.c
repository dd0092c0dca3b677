// SPDX-License-Identifier: GPL-2.0
/*
 * cgroup_freezer_test.c - KUnit suite "freezer" for the freezer cgroup
 * subsystem (kernel/cgroup_freezer.c) and the refrigerator
 * (kernel/freezer.c).
 *
 * Everything goes through the real paths, as user space would: the
 * freezer hierarchy is mounted on /tmp/frz with ksys_mount(), state and
 * membership are written and read with ksys_open()/ksys_write()/
 * ksys_read() on freezer.state, tasks and cgroup.procs, and workload
 * processes are spawn_process() processes whose threads sit in user
 * space.  A thread "inside a long system call" is a helper kernel
 * thread running task_call() on it with a body that waits for the test.
 * Every refusal is checked on every thread of the group
 * (freezer-subsystem.txt section 4).
 * Each case kills and reaps what it made, so the runner's leak check
 * sees the baseline.
 *
 * Locks taken and their ordering: none of its own; the kernel's.
 */
#include <kunit/test.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/fcntl.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/syscalls.h>
#include <linux/completion.h>
#include <linux/kthread.h>
#include <linux/delay.h>
#include <linux/rcupdate.h>
#include <linux/spawn.h>
#include <linux/freezer.h>
#include "cgroup_freezer.c"
#include "cgroup_kunit.h"

#define FRZ_DIR		"/tmp/frz"
#define FRZ_MAX_THREADS	8
#define FRZ_BUF		512

/* ------------------------------------------------------------------ */
/* Files */

static void frz_path(char *buf, size_t size, const char *cg, const char *file)
{
	if (cg)
		snprintf(buf, size, FRZ_DIR "/%s/%s", cg, file);
	else
		snprintf(buf, size, FRZ_DIR "/%s", file);
}

/* write(2) of @str to @cg's @file (@cg NULL: the root): bytes or -errno */
static long frz_write(const char *cg, const char *file, const char *str)
{
	char path[96];

	frz_path(path, sizeof(path), cg, file);
	return cgk_write(path, str);
}

static long frz_write_pid(const char *cg, const char *file, pid_t pid)
{
	char path[96];

	frz_path(path, sizeof(path), cg, file);
	return cgk_write_pid(path, pid);
}

static long frz_read(const char *cg, const char *file, char *buf, size_t size)
{
	char path[96];

	frz_path(path, sizeof(path), cg, file);
	return cgk_read_buf(path, buf, size);
}

/* freezer.state of @cg, without the newline, in a test-managed buffer */
static const char *frz_state(struct kunit *test, const char *cg)
{
	char *buf = kunit_kzalloc(test, 32, GFP_KERNEL);
	long len;

	KUNIT_ASSERT_NOT_NULL(test, buf);
	len = frz_read(cg, "freezer.state", buf, 32);
	KUNIT_EXPECT_GT(test, len, 0);
	if (len > 0 && buf[len - 1] == '\n')
		buf[len - 1] = '\0';
	return buf;
}

/* Is @pid one of the lines of @cg's tasks file? */
static bool frz_listed(const char *cg, pid_t pid)
{
	char *buf = kmalloc(FRZ_BUF * 8, GFP_KERNEL);
	bool found;

	if (!buf)
		return false;
	found = frz_read(cg, "tasks", buf, FRZ_BUF * 8) >= 0 &&
		cgk_listed(buf, pid);
	kfree(buf);
	return found;
}

/* The State: line of /proc/@pid/status has @state (e.g. "D") */
static bool frz_proc_state(pid_t pid, const char *state)
{
	char path[48], want[16];
	char *buf = kmalloc(FRZ_BUF, GFP_KERNEL);
	bool ok;

	if (!buf)
		return false;
	snprintf(path, sizeof(path), "/proc/%d/status", pid);
	snprintf(want, sizeof(want), "State:\t%s ", state);
	ok = cgk_read_buf(path, buf, FRZ_BUF) > 0 && strstr(buf, want);
	kfree(buf);
	return ok;
}

/* ------------------------------------------------------------------ */
/* Processes */

/**
 * struct frz_group - a spawned process and its threads
 * @nr: number of threads
 * @t: the threads, referenced; t[0] is the leader
 * @tid: their ids
 */
struct frz_group {
	int nr;
	struct task_struct *t[FRZ_MAX_THREADS];
	pid_t tid[FRZ_MAX_THREADS];
};

static void frz_spawn(struct kunit *test, struct frz_group *g, int nr)
{
	struct task_struct *leader, *t;
	pid_t pid = spawn_process(current, nr, false);

	KUNIT_ASSERT_GT(test, pid, 0);
	leader = find_get_task_by_vpid(pid);
	KUNIT_ASSERT_NOT_NULL(test, leader);
	g->nr = 0;
	rcu_read_lock();
	for_each_thread(leader, t) {
		if (g->nr == FRZ_MAX_THREADS)
			break;
		g->t[g->nr] = get_task_struct(t);
		g->tid[g->nr] = task_pid_vnr(t);
		g->nr++;
	}
	rcu_read_unlock();
	put_task_struct(leader);
	KUNIT_ASSERT_EQ(test, g->nr, nr);
}

/* Kill the process, reap it, drop the references. */
static void frz_reap(struct kunit *test, struct frz_group *g)
{
	cgk_reap_group(test, g->t, g->nr);
	g->nr = 0;
}

/* Every thread of @g is listed in @cg's tasks file (NULL: the root). */
static void frz_expect_all_in(struct kunit *test, struct frz_group *g,
			      const char *cg)
{
	int i;

	for (i = 0; i < g->nr; i++)
		KUNIT_EXPECT_TRUE_MSG(test, frz_listed(cg, g->tid[i]),
				      "tid %d not in %s", g->tid[i],
				      cg ?: "the root");
}

/* ------------------------------------------------------------------ */
/* A system call that runs until the test lets it finish */

/**
 * struct frz_call - a task_call() on a thread, made by a helper kthread
 * @tsk: the thread, referenced
 * @clone_thread: the body clones a thread before it returns
 * @entered: the body started (the thread is inside the call)
 * @go: the test lets the body finish
 * @done: task_call() returned
 * @ret: what it returned (the new tid with @clone_thread)
 * @k: the helper, referenced
 */
struct frz_call {
	struct task_struct *tsk;
	bool clone_thread;
	struct completion entered;
	struct completion go;
	struct completion done;
	long ret;
	struct task_struct *k;
};

static long frz_call_body(void *arg)
{
	struct frz_call *fc = arg;
	struct kernel_clone_args args = {
		.flags = CLONE_THREAD | CLONE_SIGHAND | CLONE_VM | CLONE_FS |
			 CLONE_FILES,
		.exit_signal = -1,
		.name = "frz",
	};

	complete(&fc->entered);
	wait_for_completion(&fc->go);
	return fc->clone_thread ? kernel_clone(&args) : 0;
}

static int frz_call_thread(void *arg)
{
	struct frz_call *fc = arg;

	fc->ret = task_call(fc->tsk, frz_call_body, fc);
	complete(&fc->done);
	return 0;
}

static void frz_call_start(struct kunit *test, struct frz_call *fc,
			   struct task_struct *tsk)
{
	/* task_call()'s caller holds a reference: the test may reap first */
	fc->tsk = get_task_struct(tsk);
	init_completion(&fc->entered);
	init_completion(&fc->go);
	init_completion(&fc->done);
	/* it returns on its own: reference it before it can run */
	fc->k = kthread_create(frz_call_thread, fc, "frz-call");
	if (IS_ERR(fc->k))
		put_task_struct(fc->tsk);
	KUNIT_ASSERT_FALSE(test, IS_ERR(fc->k));
	get_task_struct(fc->k);
	wake_up_process(fc->k);
}

/* Let the body finish (if it runs at all) and collect the helper. */
static long frz_call_finish(struct frz_call *fc)
{
	complete(&fc->go);
	wait_for_completion(&fc->done);
	kthread_stop(fc->k);
	put_task_struct(fc->k);
	put_task_struct(fc->tsk);
	return fc->ret;
}

/* Wait until @tsk sits in the refrigerator. */
static bool frz_wait_refrigerator(struct task_struct *tsk)
{
	int i;

	for (i = 0; i < 200000; i++) {
		if (READ_ONCE(tsk->flags) & PF_FROZEN)
			return true;
		usleep_range(50, 100);
	}
	return false;
}

/*
 * Put @tsk inside a call that waits for frz_call_finish(), then freeze
 * cgroup a: it must read FREEZING while @tsk is inside.
 */
static void frz_freeze_busy(struct kunit *test, struct frz_call *fc,
			    struct task_struct *tsk)
{
	frz_call_start(test, fc, tsk);
	wait_for_completion(&fc->entered);
	KUNIT_EXPECT_EQ(test, frz_write("a", "freezer.state", "FROZEN"), 6);
	KUNIT_EXPECT_STREQ(test, frz_state(test, "a"), "FREEZING");
}

/* ------------------------------------------------------------------ */
/* Suite setup: the hierarchy, cgroups a and b */

static int frz_init(struct kunit *test)
{
	cgk_mount(test, FRZ_DIR, "freezer");
	cgk_mkdir(test, FRZ_DIR "/a");
	cgk_mkdir(test, FRZ_DIR "/b");
	return 0;
}

/* rmdir and umount of thawed, empty cgroups succeed */
static void frz_exit(struct kunit *test)
{
	cgk_expect_rmdir(test, FRZ_DIR "/a");
	cgk_expect_rmdir(test, FRZ_DIR "/b");
	cgk_umount(test, FRZ_DIR);
}

/* ------------------------------------------------------------------ */
/* Cases */

/*
 * The file: THAWED at creation, only THAWED and FROZEN accepted, none
 * in the root; an empty cgroup is FROZEN at once.
 */
static void freezer_state_file(struct kunit *test)
{
	char buf[32];

	KUNIT_EXPECT_STREQ(test, frz_state(test, "a"), "THAWED");
	KUNIT_EXPECT_EQ(test, frz_read(NULL, "freezer.state", buf,
				       sizeof(buf)), -ENOENT);
	KUNIT_EXPECT_EQ(test, frz_write("a", "freezer.state", "FREEZING"),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, frz_write("a", "freezer.state", "frozen"),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, frz_write("a", "freezer.state", ""), -EINVAL);
	KUNIT_EXPECT_STREQ(test, frz_state(test, "a"), "THAWED");
	KUNIT_EXPECT_EQ(test, frz_write("a", "freezer.state", "FROZEN\n"), 7);
	KUNIT_EXPECT_STREQ(test, frz_state(test, "a"), "FROZEN");
	KUNIT_EXPECT_EQ(test, frz_write("a", "freezer.state", "FROZEN"), 6);
	KUNIT_EXPECT_STREQ(test, frz_state(test, "a"), "FROZEN");
	KUNIT_EXPECT_STREQ(test, frz_state(test, "b"), "THAWED");
	KUNIT_EXPECT_EQ(test, frz_write("a", "freezer.state", "THAWED"), 6);
	KUNIT_EXPECT_STREQ(test, frz_state(test, "a"), "THAWED");
	KUNIT_EXPECT_EQ(test, frz_write("a", "freezer.state", "THAWED"), 6);
	/* a frozen empty cgroup can be removed */
	KUNIT_EXPECT_EQ(test, ksys_mkdir(FRZ_DIR "/c", 0755), 0);
	KUNIT_EXPECT_EQ(test, frz_write("c", "freezer.state", "FROZEN"), 6);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(FRZ_DIR "/c"), 0);
}

/*
 * FREEZING while one thread is inside a system call, FROZEN once it
 * left; the next call of a frozen thread blocks before it runs, shows
 * D in /proc, and runs once the cgroup is THAWED.
 */
static void freezer_freezing_then_frozen(struct kunit *test)
{
	struct frz_group g;
	struct frz_call busy = { }, next = { };
	int i;

	frz_spawn(test, &g, 3);
	KUNIT_EXPECT_GT(test, frz_write_pid("a", "cgroup.procs", g.tid[0]), 0);

	frz_freeze_busy(test, &busy, g.t[2]);
	for (i = 0; i < 3; i++)
		KUNIT_EXPECT_TRUE(test, freezing(g.t[i]));
	KUNIT_EXPECT_TRUE(test, frozen(g.t[0]));
	KUNIT_EXPECT_TRUE(test, frozen(g.t[1]));
	KUNIT_EXPECT_FALSE(test, frozen(g.t[2]));
	KUNIT_EXPECT_TRUE(test, frz_proc_state(g.tid[0], "D"));
	KUNIT_EXPECT_FALSE(test, frz_proc_state(g.tid[2], "D"));

	/* the call in progress finishes; then every thread is frozen */
	KUNIT_EXPECT_EQ(test, frz_call_finish(&busy), 0);
	KUNIT_EXPECT_STREQ(test, frz_state(test, "a"), "FROZEN");
	for (i = 0; i < 3; i++)
		KUNIT_EXPECT_TRUE(test, frozen(g.t[i]));

	/* the next call blocks in the refrigerator and does not run */
	frz_call_start(test, &next, g.t[1]);
	KUNIT_EXPECT_TRUE(test, frz_wait_refrigerator(g.t[1]));
	KUNIT_EXPECT_FALSE(test, completion_done(&next.entered));
	KUNIT_EXPECT_TRUE(test, frz_proc_state(g.tid[1], "D"));
	KUNIT_EXPECT_STREQ(test, frz_state(test, "a"), "FROZEN");

	KUNIT_EXPECT_EQ(test, frz_write("a", "freezer.state", "THAWED"), 6);
	KUNIT_EXPECT_STREQ(test, frz_state(test, "a"), "THAWED");
	wait_for_completion(&next.entered);
	KUNIT_EXPECT_EQ(test, frz_call_finish(&next), 0);
	for (i = 0; i < 3; i++) {
		KUNIT_EXPECT_FALSE(test, freezing(g.t[i]));
		KUNIT_EXPECT_FALSE(test, frozen(g.t[i]));
		KUNIT_EXPECT_FALSE(test, READ_ONCE(g.t[i]->flags) & PF_FROZEN);
	}
	KUNIT_EXPECT_FALSE(test, frz_proc_state(g.tid[1], "D"));

	frz_reap(test, &g);
}

/* Moves into a FROZEN or FREEZING cgroup, or out of one: EBUSY, none moved */
static void freezer_attach_refused(struct kunit *test)
{
	struct frz_group in, out;
	struct frz_call busy = { };
	int pass, i;

	frz_spawn(test, &in, 3);
	frz_spawn(test, &out, 3);
	KUNIT_EXPECT_GT(test, frz_write_pid("a", "cgroup.procs", in.tid[0]),
			0);

	/* pass 0: a is FROZEN; pass 1: a is FREEZING (a thread in a call) */
	for (pass = 0; pass < 2; pass++) {
		if (pass)
			frz_call_start(test, &busy, in.t[1]);
		if (pass)
			wait_for_completion(&busy.entered);
		KUNIT_EXPECT_EQ(test, frz_write("a", "freezer.state", "FROZEN"),
				6);
		KUNIT_EXPECT_STREQ(test, frz_state(test, "a"),
				   pass ? "FREEZING" : "FROZEN");

		/* into a */
		KUNIT_EXPECT_EQ(test, frz_write_pid("a", "cgroup.procs",
						    out.tid[0]), -EBUSY);
		KUNIT_EXPECT_EQ(test, frz_write_pid("a", "cgroup.procs",
						    out.tid[2]), -EBUSY);
		KUNIT_EXPECT_EQ(test, frz_write_pid("a", "tasks", out.tid[1]),
				-EBUSY);
		frz_expect_all_in(test, &out, NULL);
		/* out of a, whole group or one thread, to b or the root */
		KUNIT_EXPECT_EQ(test, frz_write_pid("b", "cgroup.procs",
						    in.tid[1]), -EBUSY);
		KUNIT_EXPECT_EQ(test, frz_write_pid(NULL, "cgroup.procs",
						    in.tid[0]), -EBUSY);
		KUNIT_EXPECT_EQ(test, frz_write_pid("b", "tasks", in.tid[2]),
				-EBUSY);
		frz_expect_all_in(test, &in, "a");
		/* a write of a group already in a changes nothing: no hook */
		KUNIT_EXPECT_GT(test, frz_write_pid("a", "cgroup.procs",
						    in.tid[0]), 0);

		if (pass)
			KUNIT_EXPECT_EQ(test, frz_call_finish(&busy), 0);
		KUNIT_EXPECT_EQ(test, frz_write("a", "freezer.state", "THAWED"),
				6);
		/* a thread that escaped would stay marked: stop, not hang */
		for (i = 0; i < in.nr; i++)
			KUNIT_ASSERT_FALSE(test, freezing(in.t[i]));
	}

	/* thawed: each success changes every thread */
	KUNIT_EXPECT_GT(test, frz_write_pid("a", "cgroup.procs", out.tid[1]), 0);
	frz_expect_all_in(test, &out, "a");
	KUNIT_EXPECT_GT(test, frz_write_pid("b", "cgroup.procs", in.tid[2]), 0);
	frz_expect_all_in(test, &in, "b");

	frz_reap(test, &in);
	frz_reap(test, &out);
}

/*
 * freezer-subsystem.txt section 4: one thread of a group in a FROZEN
 * cgroup, the others
 * in the root: a procs write of the group elsewhere fails EBUSY and no
 * thread moves; a tasks write of a thawed thread still succeeds.
 */
static void freezer_one_thread_frozen(struct kunit *test)
{
	struct frz_group g;

	frz_spawn(test, &g, 4);
	KUNIT_EXPECT_GT(test, frz_write_pid("a", "tasks", g.tid[2]), 0);
	KUNIT_EXPECT_EQ(test, frz_write("a", "freezer.state", "FROZEN"), 6);
	KUNIT_EXPECT_STREQ(test, frz_state(test, "a"), "FROZEN");
	KUNIT_EXPECT_TRUE(test, frozen(g.t[2]));
	KUNIT_EXPECT_FALSE(test, freezing(g.t[0]));

	KUNIT_EXPECT_EQ(test, frz_write_pid("b", "cgroup.procs", g.tid[0]),
			-EBUSY);
	KUNIT_EXPECT_EQ(test, frz_write_pid("b", "cgroup.procs", g.tid[3]),
			-EBUSY);
	KUNIT_EXPECT_TRUE(test, frz_listed(NULL, g.tid[0]));
	KUNIT_EXPECT_TRUE(test, frz_listed(NULL, g.tid[1]));
	KUNIT_EXPECT_TRUE(test, frz_listed("a", g.tid[2]));
	KUNIT_EXPECT_TRUE(test, frz_listed(NULL, g.tid[3]));
	KUNIT_EXPECT_FALSE(test, frz_listed("b", g.tid[0]));

	/* a single thawed thread may still move */
	KUNIT_EXPECT_GT(test, frz_write_pid("b", "tasks", g.tid[3]), 0);
	KUNIT_EXPECT_TRUE(test, frz_listed("b", g.tid[3]));
	KUNIT_EXPECT_TRUE(test, frz_listed(NULL, g.tid[0]));

	KUNIT_EXPECT_EQ(test, frz_write("a", "freezer.state", "THAWED"), 6);
	KUNIT_EXPECT_GT(test, frz_write_pid("b", "cgroup.procs", g.tid[1]), 0);
	frz_expect_all_in(test, &g, "b");

	frz_reap(test, &g);
}

/*
 * A thread cloned in a FREEZING cgroup (by the thread whose call keeps
 * it FREEZING) is frozen at once; then the cgroup becomes FROZEN.
 */
static void freezer_fork_in_freezing(struct kunit *test)
{
	struct frz_group g;
	struct frz_call busy = { .clone_thread = true };
	struct task_struct *child;
	long tid;

	frz_spawn(test, &g, 2);
	KUNIT_EXPECT_GT(test, frz_write_pid("a", "cgroup.procs", g.tid[0]), 0);
	frz_freeze_busy(test, &busy, g.t[1]);

	tid = frz_call_finish(&busy);
	KUNIT_ASSERT_GT(test, tid, 0);
	child = find_get_task_by_vpid(tid);
	KUNIT_ASSERT_NOT_NULL(test, child);
	KUNIT_EXPECT_TRUE(test, freezing(child));
	KUNIT_EXPECT_TRUE(test, frozen(child));
	KUNIT_EXPECT_TRUE(test, frz_listed("a", tid));
	KUNIT_EXPECT_STREQ(test, frz_state(test, "a"), "FROZEN");

	KUNIT_EXPECT_EQ(test, frz_write("a", "freezer.state", "THAWED"), 6);
	KUNIT_EXPECT_FALSE(test, freezing(child));
	/* a thread cloned in a THAWED cgroup is not marked */
	KUNIT_EXPECT_FALSE(test, freezing(g.t[0]));
	put_task_struct(child);
	frz_reap(test, &g);
}

/*
 * A fatal signal ends a frozen process: threads in user space and one
 * parked in the refrigerator (whose call returns -EINTR without
 * running) all exit, and the process is reaped.
 */
static void freezer_kill_frozen(struct kunit *test)
{
	struct frz_group g;
	struct frz_call parked = { };

	frz_spawn(test, &g, 3);
	KUNIT_EXPECT_GT(test, frz_write_pid("a", "cgroup.procs", g.tid[0]), 0);
	KUNIT_EXPECT_EQ(test, frz_write("a", "freezer.state", "FROZEN"), 6);
	KUNIT_EXPECT_STREQ(test, frz_state(test, "a"), "FROZEN");
	frz_call_start(test, &parked, g.t[1]);
	KUNIT_EXPECT_TRUE(test, frz_wait_refrigerator(g.t[1]));

	frz_reap(test, &g);
	KUNIT_EXPECT_EQ(test, frz_call_finish(&parked), -EINTR);
	KUNIT_EXPECT_FALSE(test, completion_done(&parked.entered));
	/* the cgroup is empty: still FROZEN, and it thaws */
	KUNIT_EXPECT_STREQ(test, frz_state(test, "a"), "FROZEN");
	KUNIT_EXPECT_EQ(test, frz_write("a", "freezer.state", "THAWED"), 6);
}

/* Kernel threads and init are never marked; a cgroup with one freezes */
static void freezer_skips_kthreads(struct kunit *test)
{
	struct frz_call busy = { };
	struct frz_group g;

	frz_spawn(test, &g, 1);
	/* the helper kthread, parked in its body, joins a (thawed) */
	frz_call_start(test, &busy, g.t[0]);
	wait_for_completion(&busy.entered);
	KUNIT_EXPECT_GT(test, frz_write_pid("a", "tasks",
					    task_pid_vnr(busy.k)), 0);
	KUNIT_EXPECT_EQ(test, frz_write("a", "freezer.state", "FROZEN"), 6);
	KUNIT_EXPECT_FALSE(test, freezing(busy.k));
	KUNIT_EXPECT_STREQ(test, frz_state(test, "a"), "FROZEN");
	KUNIT_EXPECT_EQ(test, frz_write("a", "freezer.state", "THAWED"), 6);
	KUNIT_EXPECT_GT(test, frz_write_pid(NULL, "tasks",
					    task_pid_vnr(busy.k)), 0);
	KUNIT_EXPECT_EQ(test, frz_call_finish(&busy), 0);
	frz_reap(test, &g);
}

static struct kunit_case freezer_cases[] = {
	KUNIT_CASE(freezer_state_file),
	KUNIT_CASE(freezer_freezing_then_frozen),
	KUNIT_CASE(freezer_attach_refused),
	KUNIT_CASE(freezer_one_thread_frozen),
	KUNIT_CASE(freezer_fork_in_freezing),
	KUNIT_CASE(freezer_kill_frozen),
	KUNIT_CASE(freezer_skips_kthreads),
	{}
};

static struct kunit_suite freezer_suite = {
	.name = "freezer",
	.init = frz_init,
	.exit = frz_exit,
	.test_cases = freezer_cases,
};

kunit_test_suite(freezer_suite);

/*
 * The contract (kernel/cgroup_contract_test.c): each cgroup's state; a
 * task's freezing and frozen flags (a task forked in a FREEZING cgroup
 * must be freezing too).
 */
static void freezer_contract_snapshot(struct cgk_state *st,
				      struct cgroup_subsys *ss,
				      struct cgroup *cgrp,
				      struct task_struct *tsk)
{
	if (cgrp) {
		struct freezer *freezer = cgroup_freezer(cgrp);

		spin_lock(&freezer->lock);
		cgk_state_printf(st, "%s", freezer_state_strs[freezer->state]);
		spin_unlock(&freezer->lock);
		return;
	}
	cgk_state_printf(st, "freezing %d frozen %d", freezing(tsk),
			 frozen(tsk));
}

/*
 * FROZEN: tasks cannot move in or out; written inside a fork, it must
 * reach the new task (freezer_fork()).
 */
static const struct cgk_setting freezer_contract_modes[] = {
	{ "freezer.state", "FROZEN", "THAWED" },
	{ }
};

CGROUP_CONTRACT(freezer, .snapshot = freezer_contract_snapshot,
		.modes = freezer_contract_modes);
