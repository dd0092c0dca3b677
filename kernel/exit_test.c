// SPDX-License-Identifier: GPL-2.0
/*
 * exit_test.c - KUnit suite "exit": a zombie group leader waits for its
 * last thread, kernel_wait4() for one child, any child and WNOHANG,
 * orphans adopted by a live thread of the dead parent's process or by
 * init (which reaps them at once).
 */
#include <kunit/test.h>
#include <linux/sched.h>
#include <linux/rcupdate.h>
#include "task_test.h"

static void exit_zombie_leader_waits_for_threads(struct kunit *test)
{
	struct task_struct *p, *t1, *t2;
	int status = -1;
	pid_t pid;

	p = tt_fork(current);
	KUNIT_ASSERT_FALSE(test, IS_ERR(p));
	pid = p->pid;
	t1 = tt_thread(p);
	KUNIT_ASSERT_FALSE(test, IS_ERR(t1));
	t2 = tt_thread(p);
	KUNIT_ASSERT_FALSE(test, IS_ERR(t2));

	/* the leader alone exits: a zombie, not yet reapable */
	KUNIT_EXPECT_EQ(test, tt_exit(p, 3), 0);
	KUNIT_EXPECT_EQ(test, p->exit_state, EXIT_ZOMBIE);
	KUNIT_EXPECT_EQ(test, get_nr_threads(p), 3);
	KUNIT_EXPECT_EQ(test, kernel_wait4(pid, NULL, WNOHANG), 0);

	KUNIT_EXPECT_EQ(test, tt_exit(t1, 0), 0);
	KUNIT_EXPECT_FALSE(test, pid_alive(t1));	/* threads self-reap */
	KUNIT_EXPECT_EQ(test, kernel_wait4(pid, NULL, WNOHANG), 0);

	/* the last thread goes: now the process is reapable */
	KUNIT_EXPECT_EQ(test, tt_exit(t2, 0), 0);
	KUNIT_EXPECT_EQ(test, get_nr_threads(p), 1);
	KUNIT_EXPECT_EQ(test, kernel_wait4(pid, &status, WNOHANG), pid);
	KUNIT_EXPECT_EQ(test, WEXITSTATUS(status), 3);
	KUNIT_EXPECT_EQ(test, p->exit_state, EXIT_DEAD);
	KUNIT_EXPECT_FALSE(test, pid_alive(p));

	put_task_struct(t1);
	put_task_struct(t2);
	put_task_struct(p);
}

static void exit_wait_any_and_echild(struct kunit *test)
{
	struct task_struct *a, *b;
	int status, seen = 0;
	long ret;

	KUNIT_EXPECT_EQ(test, kernel_wait4(-1, NULL, WNOHANG), (long)-ECHILD);
	a = tt_fork(current);
	KUNIT_ASSERT_FALSE(test, IS_ERR(a));
	b = tt_fork(current);
	KUNIT_ASSERT_FALSE(test, IS_ERR(b));

	KUNIT_EXPECT_EQ(test, kernel_wait4(-1, NULL, WNOHANG), 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(b->pid + 100000, NULL, WNOHANG),
			(long)-ECHILD);
	KUNIT_EXPECT_EQ(test, kernel_wait4(-5, NULL, 0), (long)-EINVAL);

	tt_exit_group(a, 3);
	tt_exit_group(b, 5);
	while ((ret = kernel_wait4(-1, &status, 0)) > 0) {
		if (ret == a->pid)
			KUNIT_EXPECT_EQ(test, WEXITSTATUS(status), 3);
		else if (ret == b->pid)
			KUNIT_EXPECT_EQ(test, WEXITSTATUS(status), 5);
		else
			KUNIT_FAIL(test, "reaped a stranger %ld", ret);
		seen++;
	}
	KUNIT_EXPECT_EQ(test, ret, (long)-ECHILD);
	KUNIT_EXPECT_EQ(test, seen, 2);
	put_task_struct(a);
	put_task_struct(b);
}

static long exit_wait_fn(void *arg)
{
	return kernel_wait4(*(pid_t *)arg, NULL, 0);
}

static void exit_orphans_go_to_a_live_thread(struct kunit *test)
{
	struct task_struct *p, *t, *c;
	pid_t cpid;

	p = tt_fork(current);
	KUNIT_ASSERT_FALSE(test, IS_ERR(p));
	t = tt_thread(p);
	KUNIT_ASSERT_FALSE(test, IS_ERR(t));
	c = tt_fork(t);			/* t's child */
	KUNIT_ASSERT_FALSE(test, IS_ERR(c));
	cpid = c->pid;
	KUNIT_EXPECT_PTR_EQ(test, rcu_access_pointer(c->real_parent), t);

	tt_exit(t, 0);
	KUNIT_EXPECT_PTR_EQ(test, rcu_access_pointer(c->real_parent), p);
	KUNIT_EXPECT_EQ(test, c->exit_signal, SIGCHLD);

	/* the leader reaps it */
	tt_exit_group(c, 0);
	KUNIT_EXPECT_EQ(test, task_call(p, exit_wait_fn, &cpid), cpid);

	tt_exit_group(p, 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(p->pid, NULL, 0), p->pid);
	put_task_struct(c);
	put_task_struct(t);
	put_task_struct(p);
}

static void exit_orphans_go_to_init(struct kunit *test)
{
	struct task_struct *p, *c, *zombie;
	pid_t cpid;

	p = tt_fork(current);
	KUNIT_ASSERT_FALSE(test, IS_ERR(p));
	c = tt_fork(p);
	KUNIT_ASSERT_FALSE(test, IS_ERR(c));
	zombie = tt_fork(p);
	KUNIT_ASSERT_FALSE(test, IS_ERR(zombie));
	cpid = c->pid;
	tt_exit_group(zombie, 0);
	KUNIT_EXPECT_EQ(test, zombie->exit_state, EXIT_ZOMBIE);

	tt_exit_group(p, 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(p->pid, NULL, 0), p->pid);

	/* adopted by init, which reaps them: the zombie is gone already */
	KUNIT_EXPECT_PTR_EQ(test, rcu_access_pointer(c->real_parent),
			    child_reaper);
	KUNIT_EXPECT_EQ(test, c->exit_signal, -1);
	KUNIT_EXPECT_EQ(test, zombie->exit_state, EXIT_DEAD);
	KUNIT_EXPECT_FALSE(test, pid_alive(zombie));

	tt_exit_group(c, 0);
	KUNIT_EXPECT_EQ(test, c->exit_state, EXIT_DEAD);
	KUNIT_EXPECT_FALSE(test, pid_alive(c));
	rcu_read_lock();
	KUNIT_EXPECT_NULL(test, find_task_by_vpid(cpid));
	rcu_read_unlock();

	put_task_struct(zombie);
	put_task_struct(c);
	put_task_struct(p);
}

static void exit_task_call_after_exit(struct kunit *test)
{
	struct task_struct *p;

	p = tt_fork(current);
	KUNIT_ASSERT_FALSE(test, IS_ERR(p));
	tt_exit_group(p, 0);
	KUNIT_EXPECT_EQ(test, tt_exit(p, 0), (long)-ESRCH);
	KUNIT_EXPECT_EQ(test, kernel_wait4(p->pid, NULL, 0), p->pid);
	put_task_struct(p);
}

static struct kunit_case exit_test_cases[] = {
	KUNIT_CASE(exit_zombie_leader_waits_for_threads),
	KUNIT_CASE(exit_wait_any_and_echild),
	KUNIT_CASE(exit_orphans_go_to_a_live_thread),
	KUNIT_CASE(exit_orphans_go_to_init),
	KUNIT_CASE(exit_task_call_after_exit),
	{}
};

static struct kunit_suite exit_test_suite = {
	.name = "exit",
	.test_cases = exit_test_cases,
};

kunit_test_suite(exit_test_suite);
