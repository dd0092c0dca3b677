/* SPDX-License-Identifier: GPL-2.0 */
/*
 * task_test.h - helpers shared by the process-model KUnit suites
 * (pid, fork, exit, exec, cred, signal): making processes and threads
 * as a KUnit case thread and getting rid of them again.
 *
 * Every helper runs the "system calls" through task_call(), the way
 * user space does; none may be called with a lock held.
 */
#ifndef _KERNEL_TASK_TEST_H
#define _KERNEL_TASK_TEST_H

#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/syscalls.h>
#include <linux/rcupdate.h>

#define TT_THREAD_FLAGS \
	(CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD)

struct tt_clone {
	u64 flags;
	struct task_struct *child;	/* with a reference */
};

static long __maybe_unused tt_clone_fn(void *arg)
{
	struct tt_clone *tc = arg;
	struct kernel_clone_args args = {
		.flags		= tc->flags,
		.exit_signal	= SIGCHLD,
	};
	struct task_struct *p = copy_process(&args);

	if (IS_ERR(p))
		return PTR_ERR(p);
	tc->child = p;
	return p->pid;
}

/* A new process, child of @parent's process; referenced; or ERR_PTR. */
static __maybe_unused struct task_struct *
tt_fork(struct task_struct *parent)
{
	struct tt_clone tc = { .flags = 0 };
	long ret = task_call(parent, tt_clone_fn, &tc);

	return ret < 0 ? ERR_PTR(ret) : tc.child;
}

/* A new thread in @tsk's process, created by @tsk; referenced. */
static __maybe_unused struct task_struct *
tt_thread(struct task_struct *tsk)
{
	struct tt_clone tc = { .flags = TT_THREAD_FLAGS };
	long ret = task_call(tsk, tt_clone_fn, &tc);

	return ret < 0 ? ERR_PTR(ret) : tc.child;
}

static long __maybe_unused tt_exit_fn(void *arg)
{
	return ksys_exit((long)arg);
}

static long __maybe_unused tt_exit_group_fn(void *arg)
{
	return ksys_exit_group((long)arg);
}

/* @tsk's thread exits with status @code. */
static long __maybe_unused tt_exit(struct task_struct *tsk, int code)
{
	return task_call(tsk, tt_exit_fn, (void *)(long)code);
}

/* @tsk's whole process exits with status @code. */
static long __maybe_unused tt_exit_group(struct task_struct *tsk, int code)
{
	return task_call(tsk, tt_exit_group_fn, (void *)(long)code);
}

/* Count @tsk's threads by walking the list. */
static int __maybe_unused tt_count_threads(struct task_struct *tsk)
{
	struct task_struct *t;
	int n = 0;

	rcu_read_lock();
	for_each_thread(tsk, t)
		n++;
	rcu_read_unlock();
	return n;
}

#endif /* _KERNEL_TASK_TEST_H */
