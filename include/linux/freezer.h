/* SPDX-License-Identifier: GPL-2.0 */
/*
 * freezer.h - freezing tasks: the refrigerator and its flags, as Linux
 * 3.0 named them (kernel/freezer.c; the cgroup freezer in
 * kernel/cgroup_freezer.c is their only user).
 *
 * A task is frozen in two steps.  freeze_task() marks it (TIF_FREEZE
 * in p->thread_flags, as Linux); the task then stops at its next system-call
 * entry: task_call() calls try_to_freeze(), which parks the calling host
 * thread in refrigerator() (PF_FROZEN) until the mark is cleared by
 * thaw_process().  The call itself never runs while the task is frozen.
 *
 * A marked task that no host thread runs ("in user space", its call slot
 * free) counts as frozen at once: it cannot run kernel code without
 * passing task_call()'s entry first.  A marked task inside a system call
 * becomes frozen when it leaves the call (its slot is released) or, if
 * the same host thread calls in again first, in the refrigerator.
 *
 * Kernel threads, init and PF_NOFREEZE tasks are never marked: the first
 * two run as their task all their life and never pass the boundary.
 *
 * A fatal signal ends a frozen task (as cgroup v2's freezer, not as Linux
 * 3.0, where a killed task stayed frozen until thawed): see
 * Documentation/cgroups/freezer-subsystem.txt.
 */
#ifndef _LINUX_FREEZER_H
#define _LINUX_FREEZER_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/sched.h>
#include <linux/bitops.h>

#ifdef CONFIG_CGROUP_FREEZER

bool freezer_is_off(void);

/**
 * freezing() - is @p marked to freeze?
 * @p: the task
 * Context: any; a snapshot (the flag is written under task_lock(@p)).
 * Return: true while @p is marked and freezing was not switched off by
 *	freezer_shutdown().
 */
static inline bool freezing(struct task_struct *p)
{
	return test_bit(TIF_FREEZE, &p->thread_flags) && !freezer_is_off();
}

/**
 * frozen() - is @p frozen?
 * @p: the task
 *
 * In the refrigerator, or marked while in user space (no host thread
 * runs as it, so it cannot run kernel code before it freezes).
 * Context: any; a snapshot.
 * Return: true if @p is frozen.
 */
static inline bool frozen(struct task_struct *p)
{
	if (READ_ONCE(p->flags) & PF_FROZEN)
		return true;
	return freezing(p) && !task_call_running(p);
}

/**
 * freezer_should_skip() - is @p left out of freezing?
 * @p: the task
 *
 * Kernel threads and init hold their call slot for their whole life:
 * they never pass task_call()'s entry, so they could never freeze.
 * Context: any.
 * Return: true for kernel threads, init and PF_NOFREEZE tasks.
 */
static inline bool freezer_should_skip(struct task_struct *p)
{
	return (READ_ONCE(p->flags) & (PF_KTHREAD | PF_NOFREEZE)) ||
	       is_global_init(p);
}

void refrigerator(void);
bool freeze_task(struct task_struct *p);
void thaw_process(struct task_struct *p);
void freezer_shutdown(void);
bool cgroup_freezing_or_frozen(struct task_struct *tsk);

/**
 * try_to_freeze() - enter the refrigerator if current is marked
 * Context: task_call()'s entry, as current; no locks held; may sleep.
 * Return: true if current was frozen (and is thawed or killed now).
 */
static inline bool try_to_freeze(void)
{
	if (likely(!freezing(current)))
		return false;
	refrigerator();
	return true;
}

#else /* !CONFIG_CGROUP_FREEZER */

static inline bool freezing(struct task_struct *p) { return false; }
static inline bool frozen(struct task_struct *p) { return false; }
static inline bool try_to_freeze(void) { return false; }
static inline void freezer_shutdown(void) {}
static inline bool cgroup_freezing_or_frozen(struct task_struct *tsk)
{
	return false;
}

#endif /* !CONFIG_CGROUP_FREEZER */

#endif /* _LINUX_FREEZER_H */
