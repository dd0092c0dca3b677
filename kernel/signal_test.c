// SPDX-License-Identifier: GPL-2.0
/*
 * signal_test.c - KUnit suite "signal": a fatal signal ends a process
 * in user space at once and a busy thread at its task_call() boundary;
 * kill permission (EPERM, ESRCH, EINVAL); kernel threads and init are
 * immune; sched_setscheduler() rules ride along (CAP_SYS_NICE).
 */
#include <kunit/test.h>
#include <linux/sched.h>
#include <linux/completion.h>
#include <linux/kthread.h>
#include <linux/cred.h>
#include "task_test.h"

static void signal_kill_idle_process(struct kunit *test)
{
	struct task_struct *p, *t[5];
	int i, status = 0;

	p = tt_fork(current);
	KUNIT_ASSERT_FALSE(test, IS_ERR(p));
	for (i = 0; i < 5; i++) {
		t[i] = tt_thread(p);
		KUNIT_ASSERT_FALSE(test, IS_ERR(t[i]));
	}
	KUNIT_EXPECT_EQ(test, ksys_kill(p->pid, 0), 0);
	/* any thread id names the process */
	KUNIT_EXPECT_EQ(test, ksys_kill(t[2]->pid, SIGTERM), 0);

	/* all in user space: all gone now, the leader a reapable zombie */
	for (i = 0; i < 5; i++)
		KUNIT_EXPECT_FALSE(test, pid_alive(t[i]));
	KUNIT_EXPECT_EQ(test, p->exit_state, EXIT_ZOMBIE);
	KUNIT_EXPECT_EQ(test, kernel_wait4(p->pid, &status, WNOHANG), p->pid);
	KUNIT_EXPECT_TRUE(test, WIFSIGNALED(status));
	KUNIT_EXPECT_EQ(test, WTERMSIG(status), SIGTERM);
	for (i = 0; i < 5; i++)
		put_task_struct(t[i]);
	put_task_struct(p);
}

struct busy_call {
	struct task_struct *tsk;
	struct completion entered;
	struct completion release;
	long ret;
};

static long busy_fn(void *arg)
{
	struct busy_call *bc = arg;

	complete(&bc->entered);
	wait_for_completion(&bc->release);
	return 42;
}

static int busy_thread(void *arg)
{
	struct busy_call *bc = arg;

	bc->ret = task_call(bc->tsk, busy_fn, bc);
	return 0;
}

static void signal_kill_busy_thread(struct kunit *test)
{
	struct busy_call bc = { };
	struct task_struct *p, *t, *k;
	int status = 0;

	p = tt_fork(current);
	KUNIT_ASSERT_FALSE(test, IS_ERR(p));
	t = tt_thread(p);
	KUNIT_ASSERT_FALSE(test, IS_ERR(t));
	bc.tsk = t;
	init_completion(&bc.entered);
	init_completion(&bc.release);
	k = kthread_run(busy_thread, &bc, "busy");
	KUNIT_ASSERT_FALSE(test, IS_ERR(k));
	get_task_struct(k);
	wait_for_completion(&bc.entered);

	KUNIT_EXPECT_EQ(test, ksys_kill(p->pid, SIGKILL), 0);
	/* the idle leader is done; the busy thread finishes its call */
	KUNIT_EXPECT_EQ(test, p->exit_state, EXIT_ZOMBIE);
	KUNIT_EXPECT_TRUE(test, pid_alive(t));
	KUNIT_EXPECT_TRUE(test, fatal_signal_pending(t));
	KUNIT_EXPECT_EQ(test, kernel_wait4(p->pid, NULL, WNOHANG), 0);

	complete(&bc.release);
	kthread_stop(k);
	put_task_struct(k);
	KUNIT_EXPECT_EQ(test, bc.ret, 42);
	KUNIT_EXPECT_FALSE(test, pid_alive(t));
	KUNIT_EXPECT_EQ(test, kernel_wait4(p->pid, &status, 0), p->pid);
	KUNIT_EXPECT_EQ(test, WTERMSIG(status), SIGKILL);
	put_task_struct(t);
	put_task_struct(p);
}

static long signal_kill_fn(void *arg)
{
	return ksys_kill(*(pid_t *)arg, SIGKILL);
}

static long signal_setuid_fn(void *arg)
{
	uid_t uid = (long)arg;

	return do_setresuid(uid, uid, uid);
}

static void signal_permissions(struct kunit *test)
{
	struct task_struct *a, *b;
	pid_t pid;

	a = tt_fork(current);
	KUNIT_ASSERT_FALSE(test, IS_ERR(a));
	b = tt_fork(current);
	KUNIT_ASSERT_FALSE(test, IS_ERR(b));
	KUNIT_EXPECT_EQ(test, task_call(a, signal_setuid_fn, (void *)1000L), 0);
	KUNIT_EXPECT_EQ(test, task_call(b, signal_setuid_fn, (void *)2000L), 0);

	pid = b->pid;
	KUNIT_EXPECT_EQ(test, task_call(a, signal_kill_fn, &pid),
			(long)-EPERM);
	KUNIT_EXPECT_TRUE(test, pid_alive(b));
	pid = 1;	/* init: EPERM for a user */
	KUNIT_EXPECT_EQ(test, task_call(a, signal_kill_fn, &pid),
			(long)-EPERM);

	KUNIT_EXPECT_EQ(test, ksys_kill(b->pid + 1000000, SIGKILL),
			(long)-ESRCH);
	KUNIT_EXPECT_EQ(test, ksys_kill(b->pid, -1), (long)-EINVAL);
	KUNIT_EXPECT_EQ(test, ksys_tgkill(a->pid, b->pid, SIGKILL),
			(long)-ESRCH);

	/* root may; kernel threads and init shrug it off */
	KUNIT_EXPECT_EQ(test, ksys_kill(kthreadd_task->pid, SIGKILL), 0);
	KUNIT_EXPECT_FALSE(test, fatal_signal_pending(kthreadd_task));
	KUNIT_EXPECT_EQ(test, ksys_kill(1, SIGKILL), 0);
	KUNIT_EXPECT_FALSE(test, fatal_signal_pending(child_reaper));

	KUNIT_EXPECT_EQ(test, ksys_tgkill(a->pid, a->pid, SIGKILL), 0);
	KUNIT_EXPECT_EQ(test, ksys_kill(b->pid, SIGKILL), 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(a->pid, NULL, 0), a->pid);
	KUNIT_EXPECT_EQ(test, kernel_wait4(b->pid, NULL, 0), b->pid);
	put_task_struct(a);
	put_task_struct(b);
}

struct sched_step {
	int policy;
	int prio;
};

static long signal_sched_fn(void *arg)
{
	struct sched_step *st = arg;
	struct sched_param param = { .sched_priority = st->prio };

	return sched_setscheduler(current, st->policy, &param);
}

static long signal_sched(struct task_struct *p, int policy, int prio)
{
	struct sched_step st = { policy, prio };

	return task_call(p, signal_sched_fn, &st);
}

static void signal_sched_setscheduler_rules(struct kunit *test)
{
	struct task_struct *p = tt_fork(current);

	KUNIT_ASSERT_FALSE(test, IS_ERR(p));
	KUNIT_EXPECT_EQ(test, signal_sched(p, SCHED_FIFO, 0), (long)-EINVAL);
	KUNIT_EXPECT_EQ(test, signal_sched(p, SCHED_NORMAL, 5), (long)-EINVAL);
	KUNIT_EXPECT_EQ(test, signal_sched(p, 42, 0), (long)-EINVAL);
	KUNIT_EXPECT_EQ(test, signal_sched(p, SCHED_RR, 100), (long)-EINVAL);
	KUNIT_EXPECT_EQ(test, signal_sched(p, SCHED_FIFO, 50), 0);
	KUNIT_EXPECT_EQ(test, p->policy, (unsigned int)SCHED_FIFO);
	KUNIT_EXPECT_EQ(test, p->rt_priority, 50u);
	KUNIT_EXPECT_EQ(test, p->prio, MAX_RT_PRIO - 1 - 50);

	/* without CAP_SYS_NICE: may lower, not raise */
	KUNIT_EXPECT_EQ(test, task_call(p, signal_setuid_fn, (void *)1000L),
			0);
	KUNIT_EXPECT_EQ(test, signal_sched(p, SCHED_FIFO, 60), (long)-EPERM);
	KUNIT_EXPECT_EQ(test, signal_sched(p, SCHED_FIFO, 40), 0);
	KUNIT_EXPECT_EQ(test, signal_sched(p, SCHED_NORMAL, 0), 0);
	KUNIT_EXPECT_EQ(test, signal_sched(p, SCHED_RR, 1), (long)-EPERM);

	tt_exit_group(p, 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(p->pid, NULL, 0), p->pid);
	put_task_struct(p);
}

static struct kunit_case signal_test_cases[] = {
	KUNIT_CASE(signal_kill_idle_process),
	KUNIT_CASE(signal_kill_busy_thread),
	KUNIT_CASE(signal_permissions),
	KUNIT_CASE(signal_sched_setscheduler_rules),
	{}
};

static struct kunit_suite signal_test_suite = {
	.name = "signal",
	.test_cases = signal_test_cases,
};

kunit_test_suite(signal_test_suite);
