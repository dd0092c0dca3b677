// SPDX-License-Identifier: GPL-2.0
/*
 * fork_test.c - KUnit suite "fork": process and thread creation, clone
 * flag validation, thread-group and task-list consistency, reference
 * counts, CLONE_IO, and a fault-injection sweep that fails every
 * allocation of copy_process() in turn; and signal->threadgroup_fork_lock
 * (cgroups): CLONE_THREAD forks take it for read and wait for a writer,
 * plain forks and other processes' forks do not, and no failure path
 * leaves it held.
 *
 * The case thread (a kernel thread) is the parent of what it creates and
 * reaps everything itself.
 */
#include <kunit/test.h>
#include <linux/sched.h>
#include <linux/cred.h>
#include <linux/iocontext.h>
#include <linux/fault-inject.h>
#include <linux/rcupdate.h>
#include <linux/completion.h>
#include <linux/delay.h>
#include <linux/kthread.h>
#include <linux/rwsem.h>
#include <host_ops.h>
#include "task_test.h"

static bool on_children_of(struct task_struct *parent, struct task_struct *p)
{
	struct task_struct *c;
	bool found = false;

	read_lock(&tasklist_lock);
	list_for_each_entry(c, &parent->children, sibling)
		if (c == p)
			found = true;
	read_unlock(&tasklist_lock);
	return found;
}

static void fork_process_basics(struct kunit *test)
{
	int tasks = nr_tasks();
	struct task_struct *p;
	int status = -1;
	pid_t pid;

	p = tt_fork(current);
	KUNIT_ASSERT_FALSE(test, IS_ERR(p));
	pid = p->pid;

	KUNIT_EXPECT_EQ(test, p->tgid, pid);
	KUNIT_EXPECT_TRUE(test, thread_group_leader(p));
	KUNIT_EXPECT_EQ(test, get_nr_threads(p), 1);
	KUNIT_EXPECT_PTR_EQ(test, rcu_access_pointer(p->real_parent), current);
	KUNIT_EXPECT_TRUE(test, on_children_of(current, p));
	KUNIT_EXPECT_FALSE(test, READ_ONCE(p->flags) & PF_KTHREAD);
	KUNIT_EXPECT_TRUE(test, READ_ONCE(p->flags) & PF_FORKNOEXEC);
	KUNIT_EXPECT_NOT_NULL(test, p->mm);
	KUNIT_EXPECT_EQ(test, nr_tasks(), tasks + 1);
	/* alive + ours */
	KUNIT_EXPECT_EQ(test, refcount_read(&p->usage), 2);
	KUNIT_EXPECT_EQ(test, refcount_read(&p->signal->sigcnt), 1);
	rcu_read_lock();
	KUNIT_EXPECT_PTR_EQ(test, find_task_by_vpid(pid), p);
	rcu_read_unlock();

	KUNIT_EXPECT_EQ(test, tt_exit_group(p, 7), 0);
	KUNIT_EXPECT_EQ(test, p->exit_state, EXIT_ZOMBIE);
	KUNIT_EXPECT_EQ(test, kernel_wait4(pid, &status, 0), pid);
	KUNIT_EXPECT_EQ(test, WEXITSTATUS(status), 7);
	KUNIT_EXPECT_FALSE(test, pid_alive(p));
	/* release_task() drops the task's own reference after RCU */
	rcu_barrier();
	KUNIT_EXPECT_EQ(test, refcount_read(&p->usage), 1);
	KUNIT_EXPECT_EQ(test, nr_tasks(), tasks);
	put_task_struct(p);
}

static void fork_threads(struct kunit *test)
{
	struct task_struct *p, *t[3], *it;
	int i, n = 0;
	pid_t pid;

	p = tt_fork(current);
	KUNIT_ASSERT_FALSE(test, IS_ERR(p));
	pid = p->pid;
	for (i = 0; i < 3; i++) {
		/* each thread is created by the previous one */
		t[i] = tt_thread(i ? t[i - 1] : p);
		KUNIT_ASSERT_FALSE(test, IS_ERR(t[i]));
	}

	KUNIT_EXPECT_EQ(test, get_nr_threads(p), 4);
	KUNIT_EXPECT_EQ(test, tt_count_threads(p), 4);
	KUNIT_EXPECT_EQ(test, atomic_read(&p->signal->live), 4);
	KUNIT_EXPECT_EQ(test, refcount_read(&p->signal->sigcnt), 4);
	for (i = 0; i < 3; i++) {
		KUNIT_EXPECT_EQ(test, t[i]->tgid, pid);
		KUNIT_EXPECT_NE(test, t[i]->pid, pid);
		KUNIT_EXPECT_PTR_EQ(test, t[i]->group_leader, p);
		KUNIT_EXPECT_PTR_EQ(test, t[i]->signal, p->signal);
		KUNIT_EXPECT_PTR_EQ(test, t[i]->mm, p->mm);
		KUNIT_EXPECT_PTR_EQ(test, rcu_access_pointer(t[i]->real_parent),
				    current);
		KUNIT_EXPECT_FALSE(test, thread_group_leader(t[i]));
		KUNIT_EXPECT_FALSE(test, on_children_of(current, t[i]));
		KUNIT_EXPECT_EQ(test, t[i]->exit_signal, -1);
	}
	/* only the leader is on the task list */
	read_lock(&tasklist_lock);
	for_each_process(it)
		if (it->tgid == pid)
			n++;
	read_unlock(&tasklist_lock);
	KUNIT_EXPECT_EQ(test, n, 1);

	KUNIT_EXPECT_EQ(test, tt_exit_group(t[1], 0), 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(pid, NULL, 0), pid);
	for (i = 0; i < 3; i++) {
		KUNIT_EXPECT_FALSE(test, pid_alive(t[i]));
		put_task_struct(t[i]);
	}
	put_task_struct(p);
}

static long fork_clone_flags_fn(void *arg)
{
	struct kernel_clone_args args = {
		.flags = *(u64 *)arg,
		.exit_signal = SIGCHLD,
	};

	return kernel_clone(&args);
}

static void fork_flag_validation(struct kunit *test)
{
	static const u64 bad[] = {
		CLONE_THREAD,
		CLONE_THREAD | CLONE_VM,
		CLONE_SIGHAND,
		CLONE_SIGHAND | CLONE_THREAD,
		CLONE_NEWNS | CLONE_FS,
	};
	int tasks = nr_tasks();
	unsigned int i;
	u64 flags;

	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		flags = bad[i];
		KUNIT_EXPECT_EQ_MSG(test, fork_clone_flags_fn(&flags),
				    (long)-EINVAL, "flags %llx", flags);
	}
	KUNIT_EXPECT_EQ(test, nr_tasks(), tasks);
}

static void fork_clone_io(struct kunit *test)
{
	struct io_context *ioc;
	struct task_struct *p, *shared, *plain;
	struct tt_clone tc;

	p = tt_fork(current);
	KUNIT_ASSERT_FALSE(test, IS_ERR(p));
	ioc = get_task_io_context(p, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, ioc);

	tc.flags = TT_THREAD_FLAGS | CLONE_IO;
	KUNIT_ASSERT_GT(test, task_call(p, tt_clone_fn, &tc), 0);
	shared = tc.child;
	tc.flags = TT_THREAD_FLAGS;
	KUNIT_ASSERT_GT(test, task_call(p, tt_clone_fn, &tc), 0);
	plain = tc.child;

	KUNIT_EXPECT_PTR_EQ(test, shared->io_context, ioc);
	KUNIT_EXPECT_NULL(test, plain->io_context);
	KUNIT_EXPECT_EQ(test, atomic_read(&ioc->nr_tasks), 2);
	put_io_context(ioc);

	tt_exit_group(p, 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(p->pid, NULL, 0), p->pid);
	put_task_struct(shared);
	put_task_struct(plain);
	put_task_struct(p);
}

/* Fail allocation n = 1, 2, ... of a clone until it succeeds. */
static int fork_sweep(struct kunit *test, struct task_struct *creator,
		      u64 flags)
{
	struct tt_clone tc = { .flags = flags };
	int n, tasks, failures = 0;
	long live, ret;

	for (n = 1; n < 100; n++) {
		live = kunit_live_objects();
		tasks = nr_tasks();

		fail_nth_set(n);
		ret = task_call(creator, tt_clone_fn, &tc);
		fail_nth_set(0);
		if (ret > 0)
			break;
		failures++;
		KUNIT_EXPECT_EQ_MSG(test, ret, (long)-ENOMEM, "fail_nth %d", n);
		KUNIT_EXPECT_EQ_MSG(test, kunit_live_objects(), live,
				    "leak at fail_nth %d", n);
		KUNIT_EXPECT_EQ_MSG(test, nr_tasks(), tasks,
				    "tasks at fail_nth %d", n);
	}
	KUNIT_EXPECT_GT(test, ret, 0L);
	if (ret > 0) {
		if (flags & CLONE_THREAD) {
			tt_exit(tc.child, 0);
		} else {
			tt_exit_group(tc.child, 0);
			KUNIT_EXPECT_EQ(test, kernel_wait4(ret, NULL, 0), ret);
		}
		put_task_struct(tc.child);
	}
	return failures;
}

static void fork_fault_injection_sweep(struct kunit *test)
{
	struct task_struct *p;
	int failures;

	/* a process, created by the case thread */
	failures = fork_sweep(test, current, 0);
	/* task, cred, signal, mm, pid at least */
	KUNIT_EXPECT_GE(test, failures, 5);

	/* a thread, created inside a user process */
	p = tt_fork(current);
	KUNIT_ASSERT_FALSE(test, IS_ERR(p));
	failures = fork_sweep(test, p, TT_THREAD_FLAGS);
	KUNIT_EXPECT_GE(test, failures, 2);
	KUNIT_EXPECT_EQ(test, get_nr_threads(p), 1);

	tt_exit_group(p, 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(p->pid, NULL, 0), p->pid);
	put_task_struct(p);
}

static void fork_parent_setttid_and_clone_parent(struct kunit *test)
{
	struct task_struct *p, *sib;
	struct tt_clone tc = { .flags = CLONE_PARENT };

	p = tt_fork(current);
	KUNIT_ASSERT_FALSE(test, IS_ERR(p));
	/* CLONE_PARENT: p's child is our child too */
	KUNIT_ASSERT_GT(test, task_call(p, tt_clone_fn, &tc), 0);
	sib = tc.child;
	KUNIT_EXPECT_PTR_EQ(test, rcu_access_pointer(sib->real_parent),
			    current);
	KUNIT_EXPECT_TRUE(test, on_children_of(current, sib));

	tt_exit_group(p, 0);
	tt_exit_group(sib, 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(p->pid, NULL, 0), p->pid);
	KUNIT_EXPECT_EQ(test, kernel_wait4(sib->pid, NULL, 0), sib->pid);
	put_task_struct(sib);
	put_task_struct(p);
}

#ifdef CONFIG_CGROUPS
/*
 * A fork run by a kernel thread on behalf of @creator, so that the case
 * thread can hold a threadgroup_fork_lock meanwhile.
 */
struct fork_lock_call {
	struct task_struct *creator;
	struct tt_clone tc;
	struct completion done;
	long ret;
};

static int fork_lock_thread(void *arg)
{
	struct fork_lock_call *fc = arg;

	fc->ret = task_call(fc->creator, tt_clone_fn, &fc->tc);
	complete(&fc->done);
	return 0;
}

/*
 * Start @fc's fork and wait until it either finished or queued on
 * @lock; no timing is assumed: rwsem_is_contended() tells a blocked
 * reader from a slow one.
 * Return: true if the fork finished, false if it waits on @lock.
 */
static bool fork_lock_run(struct kunit *test, struct fork_lock_call *fc,
			  struct rw_semaphore *lock)
{
	struct task_struct *k;
	int ms;

	init_completion(&fc->done);
	k = kthread_run(fork_lock_thread, fc, "forker");
	KUNIT_ASSERT_FALSE(test, IS_ERR(k));
	for (ms = 0; ms < 10000; ms++) {
		if (try_wait_for_completion(&fc->done)) {
			complete(&fc->done);	/* for fork_lock_finish() */
			return true;
		}
		if (rwsem_is_contended(lock))
			return false;
		usleep_range(1000, 2000);
	}
	KUNIT_FAIL(test, "fork neither finished nor blocked in 10 s");
	return false;
}

static void fork_lock_finish(struct fork_lock_call *fc)
{
	wait_for_completion(&fc->done);
}

/* A CLONE_THREAD fork waits for the group's writer, then completes. */
static void fork_lock_thread_fork_waits_for_writer(struct kunit *test)
{
	struct fork_lock_call fc = { .tc.flags = TT_THREAD_FLAGS };
	struct task_struct *p;
	struct rw_semaphore *lock;

	p = tt_fork(current);
	KUNIT_ASSERT_FALSE(test, IS_ERR(p));
	lock = &p->signal->threadgroup_fork_lock;
	fc.creator = p;

	threadgroup_fork_write_lock(p);
	KUNIT_EXPECT_FALSE(test, fork_lock_run(test, &fc, lock));
	/* blocked before the child exists anywhere */
	KUNIT_EXPECT_EQ(test, get_nr_threads(p), 1);
	KUNIT_EXPECT_EQ(test, tt_count_threads(p), 1);
	threadgroup_fork_write_unlock(p);

	fork_lock_finish(&fc);
	KUNIT_ASSERT_GT(test, fc.ret, 0L);
	KUNIT_EXPECT_EQ(test, get_nr_threads(p), 2);
	KUNIT_EXPECT_FALSE(test, rwsem_is_locked(lock));

	tt_exit_group(p, 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(p->pid, NULL, 0), p->pid);
	put_task_struct(fc.tc.child);
	put_task_struct(p);
}

static long fork_lock_wait_fn(void *arg)
{
	struct task_struct *child = arg;

	return kernel_wait4(child->pid, NULL, 0);
}

/* A plain fork (a new process) never takes the lock. */
static void fork_lock_plain_fork_ignores_writer(struct kunit *test)
{
	struct fork_lock_call fc = { .tc.flags = 0 };
	struct rw_semaphore *lock;
	struct task_struct *p;

	p = tt_fork(current);
	KUNIT_ASSERT_FALSE(test, IS_ERR(p));
	fc.creator = p;
	lock = &p->signal->threadgroup_fork_lock;

	threadgroup_fork_write_lock(p);
	KUNIT_EXPECT_TRUE(test, fork_lock_run(test, &fc, lock));
	threadgroup_fork_write_unlock(p);
	fork_lock_finish(&fc);
	KUNIT_ASSERT_GT(test, fc.ret, 0L);
	/* the new process has a lock of its own, free */
	KUNIT_EXPECT_PTR_NE(test, fc.tc.child->signal, p->signal);
	lock = &fc.tc.child->signal->threadgroup_fork_lock;
	KUNIT_EXPECT_FALSE(test, rwsem_is_locked(lock));

	tt_exit_group(fc.tc.child, 0);
	/* p's child: p reaps it */
	KUNIT_EXPECT_EQ(test, task_call(p, fork_lock_wait_fn, fc.tc.child),
			(long)fc.tc.child->pid);
	tt_exit_group(p, 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(p->pid, NULL, 0), p->pid);
	put_task_struct(fc.tc.child);
	put_task_struct(p);
}

/* The lock is per process: another process creates threads freely. */
static void fork_lock_other_process_forks_freely(struct kunit *test)
{
	struct fork_lock_call fc = { .tc.flags = TT_THREAD_FLAGS };
	struct rw_semaphore *lock;
	struct task_struct *a, *b;
	int i;

	a = tt_fork(current);
	KUNIT_ASSERT_FALSE(test, IS_ERR(a));
	b = tt_fork(current);
	KUNIT_ASSERT_FALSE(test, IS_ERR(b));
	fc.creator = b;

	lock = &a->signal->threadgroup_fork_lock;
	threadgroup_fork_write_lock(a);
	for (i = 0; i < 3; i++) {
		KUNIT_EXPECT_TRUE(test, fork_lock_run(test, &fc, lock));
		fork_lock_finish(&fc);
		KUNIT_EXPECT_GT(test, fc.ret, 0L);
		if (fc.ret > 0)
			put_task_struct(fc.tc.child);
	}
	KUNIT_EXPECT_EQ(test, get_nr_threads(b), 4);
	KUNIT_EXPECT_EQ(test, get_nr_threads(a), 1);
	threadgroup_fork_write_unlock(a);

	tt_exit_group(a, 0);
	tt_exit_group(b, 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(a->pid, NULL, 0), a->pid);
	KUNIT_EXPECT_EQ(test, kernel_wait4(b->pid, NULL, 0), b->pid);
	put_task_struct(a);
	put_task_struct(b);
}

/*
 * Every failing CLONE_THREAD fork, including those that fail after
 * cgroup_fork() (alloc_pid() here), releases the read side: a writer can
 * take the lock right after.
 */
static void fork_lock_released_on_failure(struct kunit *test)
{
	struct tt_clone tc = { .flags = TT_THREAD_FLAGS };
	struct rw_semaphore *lock;
	struct task_struct *p;
	int n, failures = 0;
	long ret = 0;

	p = tt_fork(current);
	KUNIT_ASSERT_FALSE(test, IS_ERR(p));
	lock = &p->signal->threadgroup_fork_lock;
	for (n = 1; n < 100; n++) {
		fail_nth_set(n);
		ret = task_call(p, tt_clone_fn, &tc);
		fail_nth_set(0);
		if (ret > 0)
			break;
		failures++;
		KUNIT_EXPECT_FALSE_MSG(test, rwsem_is_locked(lock),
				       "held after fail_nth %d", n);
		if (down_write_trylock(lock))
			up_write(lock);
		else
			KUNIT_FAIL(test, "no writer after fail_nth %d", n);
	}
	/* at least the task, and the pid after cgroup_fork() */
	KUNIT_EXPECT_GE(test, failures, 2);
	KUNIT_EXPECT_GT(test, ret, 0L);

	if (ret > 0)
		put_task_struct(tc.child);
	tt_exit_group(p, 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(p->pid, NULL, 0), p->pid);
	put_task_struct(p);
}
#endif /* CONFIG_CGROUPS */

static struct kunit_case fork_test_cases[] = {
	KUNIT_CASE(fork_process_basics),
	KUNIT_CASE(fork_threads),
	KUNIT_CASE(fork_flag_validation),
	KUNIT_CASE(fork_clone_io),
	KUNIT_CASE(fork_fault_injection_sweep),
	KUNIT_CASE(fork_parent_setttid_and_clone_parent),
#ifdef CONFIG_CGROUPS
	KUNIT_CASE(fork_lock_thread_fork_waits_for_writer),
	KUNIT_CASE(fork_lock_plain_fork_ignores_writer),
	KUNIT_CASE(fork_lock_other_process_forks_freely),
	KUNIT_CASE(fork_lock_released_on_failure),
#endif
	{}
};

static struct kunit_suite fork_test_suite = {
	.name = "fork",
	.test_cases = fork_test_cases,
};

kunit_test_suite(fork_test_suite);
