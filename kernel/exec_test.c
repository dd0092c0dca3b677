// SPDX-License-Identifier: GPL-2.0
/*
 * exec_test.c - KUnit suite "exec": de_thread().  A thread that execs in
 * a 100-thread process leaves exactly one thread, whose pid is the old
 * tgid, for a leader and for a non-leader, also while other host threads
 * clone in other processes and clone/exit in the same process (churning
 * workload processes from usr/spawn.c).
 */
#include <kunit/test.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/rcupdate.h>
#include <linux/spawn.h>
#include "task_test.h"

#define EXEC_THREADS	100

/* What the exec'ing thread saw right after exec, still as itself. */
struct exec_result {
	long ret;
	int nr_threads;
	pid_t pid;
	pid_t tgid;
	bool leader;
	char comm[TASK_COMM_LEN];
};

static long exec_fn(void *arg)
{
	struct exec_result *res = arg;

	res->ret = ksys_execve("/bin/exec-test");
	res->nr_threads = get_nr_threads(current);
	res->pid = task_pid_vnr(current);
	res->tgid = task_tgid_vnr(current);
	res->leader = thread_group_leader(current);
	get_task_comm(res->comm, sizeof(res->comm), current);
	return res->ret;
}

/* A process of EXEC_THREADS threads; its threads, referenced, in @t. */
static struct task_struct *exec_make_process(struct kunit *test,
					     struct task_struct **t)
{
	struct task_struct *p;
	int i;

	p = tt_fork(current);
	if (IS_ERR(p))
		return p;
	t[0] = p;
	for (i = 1; i < EXEC_THREADS; i++) {
		t[i] = tt_thread(t[i / 2]);
		if (IS_ERR(t[i]))
			return t[i];
	}
	return p;
}

static void exec_in_group(struct kunit *test, int who)
{
	struct task_struct **t, *p, *found;
	struct exec_result res = { };
	pid_t tgid, old_tid;
	int i;

	t = kcalloc(EXEC_THREADS, sizeof(*t), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, t);
	p = exec_make_process(test, t);
	KUNIT_ASSERT_FALSE(test, IS_ERR(p));
	tgid = p->pid;
	old_tid = t[who]->pid;
	KUNIT_EXPECT_EQ(test, get_nr_threads(p), EXEC_THREADS);

	KUNIT_EXPECT_EQ(test, task_call(t[who], exec_fn, &res), 0);
	KUNIT_EXPECT_EQ(test, res.ret, 0);
	KUNIT_EXPECT_EQ(test, res.nr_threads, 1);
	KUNIT_EXPECT_EQ(test, res.pid, tgid);
	KUNIT_EXPECT_EQ(test, res.tgid, tgid);
	KUNIT_EXPECT_TRUE(test, res.leader);
	KUNIT_EXPECT_STREQ(test, res.comm, "exec-test");

	KUNIT_EXPECT_EQ(test, tt_count_threads(t[who]), 1);
	rcu_read_lock();
	found = find_task_by_vpid(tgid);
	KUNIT_EXPECT_PTR_EQ(test, found, t[who]);
	if (who)
		KUNIT_EXPECT_NULL(test, find_task_by_vpid(old_tid));
	rcu_read_unlock();
	for (i = 0; i < EXEC_THREADS; i++)
		if (i != who)
			KUNIT_EXPECT_FALSE(test, pid_alive(t[i]));
	KUNIT_EXPECT_PTR_EQ(test, rcu_access_pointer(t[who]->real_parent),
			    current);

	tt_exit_group(t[who], 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(tgid, NULL, 0), tgid);
	for (i = 0; i < EXEC_THREADS; i++)
		if (!IS_ERR_OR_NULL(t[i]))
			put_task_struct(t[i]);
	kfree(t);
}

static void exec_leader(struct kunit *test)
{
	exec_in_group(test, 0);
}

static void exec_non_leader(struct kunit *test)
{
	exec_in_group(test, EXEC_THREADS / 2 + 7);
}

static void exec_single_thread(struct kunit *test)
{
	struct exec_result res = { };
	struct task_struct *p;

	p = tt_fork(current);
	KUNIT_ASSERT_FALSE(test, IS_ERR(p));
	KUNIT_EXPECT_EQ(test, task_call(p, exec_fn, &res), 0);
	KUNIT_EXPECT_EQ(test, res.pid, p->pid);
	KUNIT_EXPECT_FALSE(test, READ_ONCE(p->flags) & PF_FORKNOEXEC);
	tt_exit_group(p, 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(p->pid, NULL, 0), p->pid);
	put_task_struct(p);
}

/* A live thread of @tgid's process, leader or not, with a reference. */
static struct task_struct *exec_pick_thread(pid_t tgid, bool leader)
{
	struct task_struct *p, *t, *pick = NULL;

	rcu_read_lock();
	p = find_task_by_vpid(tgid);
	if (p) {
		for_each_thread(p, t) {
			if (thread_group_leader(t) != leader ||
			    (READ_ONCE(t->flags) & PF_EXITING))
				continue;
			pick = get_task_struct(t);
			break;
		}
	}
	rcu_read_unlock();
	return pick;
}

static void exec_under_churn(struct kunit *test)
{
	pid_t same, other;
	int round, done = 0;

	same = spawn_process(current, EXEC_THREADS, true);
	KUNIT_ASSERT_GT(test, same, 0);
	other = spawn_process(current, 20, true);
	KUNIT_ASSERT_GT(test, other, 0);
	KUNIT_EXPECT_EQ(test, spawn_wait_forks(same, 200), 0);
	KUNIT_EXPECT_EQ(test, spawn_wait_forks(other, 200), 0);

	for (round = 0; round < 20; round++) {
		struct exec_result res = { };
		struct task_struct *t;
		long forks;
		long ret;

		t = exec_pick_thread(same, round & 1);
		if (!t)
			continue;	/* churn ended it first; try again */
		ret = task_call(t, exec_fn, &res);
		put_task_struct(t);
		if (ret == -ESRCH || ret == -EINTR)
			continue;	/* the driver exited this thread */
		KUNIT_EXPECT_EQ(test, ret, 0);
		KUNIT_EXPECT_EQ(test, res.nr_threads, 1);
		KUNIT_EXPECT_EQ(test, res.pid, same);
		KUNIT_EXPECT_TRUE(test, res.leader);
		done++;
		/* let the churn grow the group back */
		forks = spawn_forks(same);
		if (forks >= 0)
			spawn_wait_forks(same, forks + EXEC_THREADS);
	}
	KUNIT_EXPECT_GT(test, done, 10);
	kunit_info(test, "%d execs; churn forks: same %ld, other %ld", done,
		   spawn_forks(same), spawn_forks(other));

	KUNIT_EXPECT_EQ(test, ksys_kill(same, SIGKILL), 0);
	KUNIT_EXPECT_EQ(test, ksys_kill(other, SIGKILL), 0);
	spawn_wait_driver(same);
	spawn_wait_driver(other);
	KUNIT_EXPECT_EQ(test, kernel_wait4(same, NULL, 0), same);
	KUNIT_EXPECT_EQ(test, kernel_wait4(other, NULL, 0), other);
}

static struct kunit_case exec_test_cases[] = {
	KUNIT_CASE(exec_single_thread),
	KUNIT_CASE(exec_leader),
	KUNIT_CASE(exec_non_leader),
	KUNIT_CASE(exec_under_churn),
	{}
};

static struct kunit_suite exec_test_suite = {
	.name = "exec",
	.test_cases = exec_test_cases,
};

kunit_test_suite(exec_test_suite);
