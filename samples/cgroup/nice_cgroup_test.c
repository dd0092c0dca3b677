// SPDX-License-Identifier: GPL-2.0
/*
 * nice_cgroup_test.c - KUnit suite "nice_cgroup" for the sample "nice"
 * subsystem (samples/cgroup/nice_cgroup.c, Documentation/cgroups/
 * nice.txt), and its declaration for the contract suite
 * (kernel/cgroup_contract_test.c), which checks its hooks against what
 * the core promises and demands.  This suite checks only the policy:
 * the files, what a move, a fork and a write do to the tasks' nice
 * values, and who may make a task more favourable.
 *
 * It #includes the subsystem, as every controller's test does, so that
 * the contract snapshot can see nice_move.  Everything goes through the
 * real paths with the cgroup KUnit harness (kernel/cgroup_kunit.h).
 *
 * Locks taken and their ordering: none of its own.
 */

/*
 * The race point inside the fork hook (nice_cgroup.c) calls
 * nt_fork_read() in this translation unit (nice_fork_races_move); built
 * alone, nice_cgroup.c makes it an empty statement.
 */
struct task_struct;
static void nt_fork_read(struct task_struct *tsk);
#define nice_fork_read(tsk)	nt_fork_read(tsk)

#include "nice_cgroup.c"
#include "../../kernel/cgroup_kunit.h"

#include <linux/completion.h>
#include <linux/delay.h>
#include <linux/kthread.h>

#define NT_DIR		"/tmp/nice_test"
#define NT_A		NT_DIR "/a"
#define NT_B		NT_DIR "/b"

static int nt_nice(struct task_struct *tsk)
{
	return task_nice_value(tsk);
}

/* nice.value: the range, inheritance at mkdir, no file in the root */
static void nice_files_value(struct kunit *test)
{
	cgk_mount(test, NT_DIR, "nice");
	cgk_mkdir(test, NT_A);
	KUNIT_EXPECT_FALSE(test, cgk_exists(NT_DIR "/nice.value"));
	cgk_expect_file(test, NT_A "/nice.value", "0\n");
	cgk_expect_write(test, NT_A "/nice.value", "5");
	cgk_expect_file(test, NT_A "/nice.value", "5\n");
	cgk_expect_write(test, NT_A "/nice.value", " -20\n");
	cgk_expect_write(test, NT_A "/nice.value", "19");
	cgk_expect_refused(test, NT_A "/nice.value", "20", -EINVAL);
	cgk_expect_refused(test, NT_A "/nice.value", "-21", -EINVAL);
	cgk_expect_refused(test, NT_A "/nice.value", "0x5", -EINVAL);
	cgk_expect_refused(test, NT_A "/nice.value", "", -EINVAL);
	cgk_mkdir(test, NT_A "/c");
	cgk_expect_file(test, NT_A "/c/nice.value", "19\n");
	cgk_expect_rmdir(test, NT_A "/c");
	cgk_expect_rmdir(test, NT_A);
	cgk_umount(test, NT_DIR);
}

/* A cgroup.procs write gives every thread the value; a fork gets it too */
static void nice_attach_procs(struct kunit *test)
{
	struct task_struct *t[3];
	int i;

	cgk_mount(test, NT_DIR, "nice");
	cgk_mkdir(test, NT_A);
	cgk_expect_write(test, NT_A "/nice.value", "7");
	cgk_spawn_group(test, t, 3);
	KUNIT_EXPECT_GT(test, cgk_write_pid(NT_A "/cgroup.procs",
					    task_pid_vnr(t[1])), 0L);
	for (i = 0; i < 3; i++)
		KUNIT_EXPECT_EQ(test, nt_nice(t[i]), 7);
	KUNIT_EXPECT_GT(test, cgk_as_clone(t[2], TT_THREAD_FLAGS), 0L);
	KUNIT_EXPECT_EQ(test, tt_count_threads(t[0]), 4);

	/* a write sets every task of the cgroup, the new thread included */
	cgk_expect_write(test, NT_A "/nice.value", "3");
	for (i = 0; i < 3; i++)
		KUNIT_EXPECT_EQ(test, nt_nice(t[i]), 3);

	/* back to the root: 0 */
	KUNIT_EXPECT_GT(test, cgk_write_pid(NT_DIR "/cgroup.procs",
					    task_pid_vnr(t[0])), 0L);
	for (i = 0; i < 3; i++)
		KUNIT_EXPECT_EQ(test, nt_nice(t[i]), 0);
	cgk_reap_group(test, t, 3);
	cgk_expect_rmdir(test, NT_A);
	cgk_umount(test, NT_DIR);
}

/*
 * Without CAP_SYS_NICE a process may move itself to a less favourable
 * cgroup, not to a more favourable one: EACCES, and nothing moves or
 * changes, whichever thread would have been made more favourable.
 */
static void nice_attach_needs_cap(struct kunit *test)
{
	struct task_struct *t[2];

	cgk_mount(test, NT_DIR, "nice");
	cgk_mkdir(test, NT_A);
	cgk_mkdir(test, NT_B);
	cgk_expect_write(test, NT_A "/nice.value", "5");
	cgk_expect_write(test, NT_B "/nice.value", "10");
	KUNIT_EXPECT_EQ(test, ksys_chmod(NT_A "/cgroup.procs", 0666), 0L);
	KUNIT_EXPECT_EQ(test, ksys_chmod(NT_B "/cgroup.procs", 0666), 0L);
	KUNIT_EXPECT_EQ(test, ksys_chmod(NT_DIR "/cgroup.procs", 0666), 0L);
	cgk_spawn_group(test, t, 2);
	KUNIT_EXPECT_GT(test, cgk_write_pid(NT_A "/cgroup.procs",
					    task_pid_vnr(t[0])), 0L);
	KUNIT_EXPECT_EQ(test, cgk_as_setresuid(t[0], 1000), 0L);
	KUNIT_EXPECT_EQ(test, cgk_as_setresuid(t[1], 1000), 0L);

	KUNIT_EXPECT_EQ(test, cgk_as_write(t[1], NT_DIR "/cgroup.procs", "0"),
			(long)-EACCES);
	KUNIT_EXPECT_TRUE(test, cgk_in(test, NT_A, t[0]));
	KUNIT_EXPECT_TRUE(test, cgk_in(test, NT_A, t[1]));
	KUNIT_EXPECT_EQ(test, nt_nice(t[1]), 5);

	KUNIT_EXPECT_EQ(test, cgk_as_write(t[1], NT_B "/cgroup.procs", "0"),
			1L);
	KUNIT_EXPECT_EQ(test, nt_nice(t[0]), 10);
	KUNIT_EXPECT_EQ(test, nt_nice(t[1]), 10);
	KUNIT_EXPECT_EQ(test, cgk_as_write(t[0], NT_A "/cgroup.procs", "0"),
			(long)-EACCES);
	KUNIT_EXPECT_TRUE(test, cgk_in(test, NT_B, t[0]));

	cgk_reap_group(test, t, 2);
	cgk_expect_rmdir(test, NT_A);
	cgk_expect_rmdir(test, NT_B);
	cgk_umount(test, NT_DIR);
}

/*
 * A move of a new task inside its fork hook: the writer, a thread made
 * before the fork, moves the task the hook hands it to b.
 */
static struct {
	struct task_struct *creator;	/* armed for this task's next fork */
	struct task_struct *child;	/* the new task; NULL: none came */
	struct completion go;		/* child set */
	struct completion done;		/* the write returned */
	long ret;			/* what it returned */
} nt_race;

static int nt_writer(void *arg)
{
	wait_for_completion(&nt_race.go);
	if (nt_race.child)
		nt_race.ret = cgk_write_pid(NT_B "/tasks",
					    task_pid_vnr(nt_race.child));
	complete(&nt_race.done);
	return 0;
}

/*
 * Between the fork hook's read of @tsk's cgroup and its write of @tsk's
 * nice value, nice_mutex held: hand @tsk to the writer, then wait until
 * its move is done or waits for nice_mutex (struct mutex: @val 2 is
 * "locked, maybe waiters"; nothing else takes nice_mutex meanwhile).
 */
static void nt_fork_read(struct task_struct *tsk)
{
	if (READ_ONCE(nt_race.creator) != current)
		return;
	WRITE_ONCE(nt_race.creator, NULL);
	nt_race.child = tsk;
	complete(&nt_race.go);
	while (!completion_done(&nt_race.done) &&
	       READ_ONCE(nice_mutex.val) != 2)
		usleep_range(100, 200);
}

/*
 * A new task is visible before its fork hook runs, so a move of it can
 * land between the hook's read of its old cgroup and its write of that
 * cgroup's value: the task must still end at its new cgroup's value.  A
 * thread and a process fork, in a (5), moved to b (10).
 */
static void nice_fork_races_move(struct kunit *test)
{
	static const u64 flags[] = { TT_THREAD_FLAGS, 0 };
	struct task_struct *t[2], *child, *k;
	long threads, ret;
	int i;

	cgk_mount(test, NT_DIR, "nice");
	cgk_mkdir(test, NT_A);
	cgk_mkdir(test, NT_B);
	cgk_expect_write(test, NT_A "/nice.value", "5");
	cgk_expect_write(test, NT_B "/nice.value", "10");
	cgk_spawn_group(test, t, 2);
	KUNIT_ASSERT_GT(test, cgk_write_pid(NT_A "/cgroup.procs",
					    task_pid_vnr(t[0])), 0L);
	for (i = 0; i < ARRAY_SIZE(flags); i++) {
		threads = host_ops.threads_running();
		init_completion(&nt_race.go);
		init_completion(&nt_race.done);
		nt_race.child = NULL;
		nt_race.ret = 0;
		k = kthread_run(nt_writer, NULL, CGK_COMM "-nice");
		KUNIT_ASSERT_FALSE(test, IS_ERR(k));
		WRITE_ONCE(nt_race.creator, t[1]);
		ret = cgk_as_clone_task(t[1], flags[i], 0, &child);
		WRITE_ONCE(nt_race.creator, NULL);
		if (!nt_race.child)
			complete(&nt_race.go);	/* let the writer end */
		wait_for_completion(&nt_race.done);
		/* the writer ends after done: let it (kunit.txt 3.4) */
		KUNIT_EXPECT_EQ(test, kthreads_quiesce(threads, 10000), 0L);
		KUNIT_ASSERT_GT(test, ret, 0L);
		KUNIT_EXPECT_PTR_EQ_MSG(test, nt_race.child, child,
					"the fork hook's race point was not reached");
		KUNIT_EXPECT_GT(test, nt_race.ret, 0L);
		KUNIT_EXPECT_TRUE(test, cgk_in(test, NT_B, child));
		KUNIT_EXPECT_EQ_MSG(test, nt_nice(child), 10,
				    "a %s moved to b inside its fork hook",
				    i ? "process" : "thread");
		if (i)
			cgk_reap_child(test, t[1], (pid_t)ret);
		else
			KUNIT_EXPECT_EQ(test, cgk_as_exit(child), 0L);
		put_task_struct(child);
	}
	cgk_reap_group(test, t, 2);
	cgk_expect_rmdir(test, NT_A);
	cgk_expect_rmdir(test, NT_B);
	cgk_umount(test, NT_DIR);
}

static struct kunit_case nice_cgroup_cases[] = {
	KUNIT_CASE(nice_files_value),
	KUNIT_CASE(nice_attach_procs),
	KUNIT_CASE(nice_attach_needs_cap),
	KUNIT_CASE(nice_fork_races_move),
	{}
};

static struct kunit_suite nice_cgroup_suite = {
	.name = "nice_cgroup",
	.test_cases = nice_cgroup_cases,
};

kunit_test_suite(nice_cgroup_suite);

/*
 * The contract: each cgroup's value and, at the top, the move in
 * progress (which must be empty between moves); a task's nice value.
 * The mode: a cgroup of nice 5 (moves change the threads' values, a
 * write inside a fork must reach the new task).
 */
static void nice_contract_snapshot(struct cgk_state *st,
				   struct cgroup_subsys *ss,
				   struct cgroup *cgrp, struct task_struct *tsk)
{
	if (!cgrp) {
		cgk_state_printf(st, "nice %d", task_nice_value(tsk));
		return;
	}
	cgk_state_printf(st, "nice %d", READ_ONCE(cgroup_nice(cgrp)->nice));
	if (!cgrp->parent) {
		cgroup_lock();
		cgk_state_printf(st, " move %s",
				 nice_move.cgrp ? nice_move.cgrp->name : "-");
		cgroup_unlock();
	}
}

static const struct cgk_setting nice_contract_modes[] = {
	{ "nice.value", "5", "0" },
	{ }
};

CGROUP_CONTRACT(nice, .snapshot = nice_contract_snapshot,
		.modes = nice_contract_modes);
