// SPDX-License-Identifier: GPL-2.0
/*
 * freezer.c - the refrigerator: marking tasks to freeze, parking them at
 * the system-call boundary, thawing them (include/linux/freezer.h has
 * the model).
 *
 * The refrigerator sleeps on the task's signal->wait_chldexit: every
 * fatal signal to the group wakes that queue (group_send_fatal() and
 * de_thread()'s zap both do), so a killed frozen task leaves the
 * refrigerator and exits; thaw_process() and freezer_shutdown() wake it
 * too.  Spurious wake-ups of kernel_wait4() sleepers are harmless: they
 * re-test their condition.
 *
 * Locks taken and their ordering:
 *   task_lock(p) (a leaf) around every write of TIF_FREEZE (an atomic
 *   bit of p->thread_flags: the freezer marks other tasks) and of
 *   PF_FROZEN (p->flags, written by p itself, as every PF_ flag);
 *   rcu_read_lock for freezer_shutdown()'s walk.
 *   freeze_task() and thaw_process() take only task_lock and may be
 *   called under the cgroup freezer's freezer->lock.
 */
#include <linux/kernel.h>
#include <linux/atomic.h>
#include <linux/bitops.h>
#include <linux/rcupdate.h>
#include <linux/wait.h>
#include <linux/sched.h>
#include <linux/freezer.h>

/* Set for good by freezer_shutdown(): nothing freezes any more. */
static atomic_t freezer_off = ATOMIC_INIT(0);

/**
 * freezer_is_off() - did shutdown switch freezing off?
 * Context: any.
 * Return: true after freezer_shutdown().
 */
bool freezer_is_off(void)
{
	return atomic_read(&freezer_off);
}

static void set_task_flag(struct task_struct *p, unsigned int flag, bool on)
{
	task_lock(p);
	if (on)
		WRITE_ONCE(p->flags, p->flags | flag);
	else
		WRITE_ONCE(p->flags, p->flags & ~flag);
	task_unlock(p);
}

/**
 * refrigerator() - park current until it is thawed or killed
 *
 * The host thread running as current waits here, holding current's call
 * slot, so nothing else can run as current (a killer finds the slot
 * taken and leaves the exit to this thread, as for any task inside a
 * system call).  PF_FROZEN is set for the whole wait.
 * Context: try_to_freeze() at task_call()'s entry, current is a user
 *	task; no locks held; sleeps.
 */
void refrigerator(void)
{
	struct task_struct *tsk = current;

	set_task_flag(tsk, PF_FROZEN, true);
	wait_event(tsk->signal->wait_chldexit,
		   !freezing(tsk) || fatal_signal_pending(tsk));
	set_task_flag(tsk, PF_FROZEN, false);
}

/**
 * freeze_task() - mark @p to freeze at its next system-call entry
 * @p: the task; the caller keeps it from being freed
 *
 * A task already marked stays marked.  Kernel threads, init and
 * PF_NOFREEZE tasks are not marked (freezer_should_skip()).
 * Context: any, no sleeping; takes task_lock(@p).
 * Return: true if @p is marked now.
 */
bool freeze_task(struct task_struct *p)
{
	if (freezer_should_skip(p))
		return false;
	if (!test_bit(TIF_FREEZE, &p->thread_flags)) {
		task_lock(p);
		set_bit(TIF_FREEZE, &p->thread_flags);
		task_unlock(p);
	}
	return true;
}

/**
 * thaw_process() - clear @p's mark and let it leave the refrigerator
 * @p: the task; the caller keeps it from being freed
 *
 * The mark is cleared before the wake-up (wait.h's rule), so the
 * refrigerator's re-test sees it.
 * Context: any, no sleeping; takes task_lock(@p).
 */
void thaw_process(struct task_struct *p)
{
	if (!test_bit(TIF_FREEZE, &p->thread_flags))
		return;
	task_lock(p);
	clear_bit(TIF_FREEZE, &p->thread_flags);
	task_unlock(p);
	wake_up_all(&p->signal->wait_chldexit);
}

/**
 * freezer_shutdown() - switch freezing off for good and wake every
 *	frozen task
 *
 * Shutdown stops the workload's drivers before it kills the processes;
 * a driver parked in the refrigerator must be let go first.  After this
 * freezing() is false for every task; the cgroup freezer's state files
 * keep what was written.
 * Context: process; no locks held.
 */
void freezer_shutdown(void)
{
	struct task_struct *p;

	atomic_set(&freezer_off, 1);
	/* the condition (freezer_off) is set before the wake-ups */
	rcu_read_lock();
	/*
	 * Every process, not only those with a thread seen PF_FROZEN: one
	 * may be between setting the flag and its wait_event()'s first
	 * test; wait.h's sequence makes the wake-up stick.  The threads of
	 * a process share the queue, so one wake-up each is enough.
	 */
	for_each_process(p)
		wake_up_all(&p->signal->wait_chldexit);
	rcu_read_unlock();
}
