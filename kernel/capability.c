// SPDX-License-Identifier: GPL-2.0
/*
 * capability.c - capable() and friends: a capability is in effect when
 * it is in the task's effective set (there is no LSM layer).  Using one
 * marks current PF_SUPERPRIV, as Linux does.
 *
 * Locks: reads another task's cred under rcu_read_lock(); sets
 * PF_SUPERPRIV on current under task_lock (flags are written under it).
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/cred.h>
#include <linux/capability.h>

/**
 * has_capability_noaudit() - does @t have @cap in its effective set?
 * @t: the task
 * @cap: CAP_*
 * Context: any.
 * Return: true if it does.
 */
bool has_capability_noaudit(struct task_struct *t, int cap)
{
	bool ret;

	if (WARN_ON_ONCE(!cap_valid(cap)))
		return false;
	rcu_read_lock();
	ret = cap_raised(__task_cred(t)->cap_effective, cap);
	rcu_read_unlock();
	return ret;
}

/**
 * has_capability() - has_capability_noaudit(), the audited name
 * @t: the task
 * @cap: CAP_*
 * Context: any.
 * Return: true if it does.
 */
bool has_capability(struct task_struct *t, int cap)
{
	return has_capability_noaudit(t, cap);
}

/**
 * capable() - may current use @cap?
 * @cap: CAP_*
 *
 * On success current is marked PF_SUPERPRIV.
 * Context: process, in task context.
 * Return: true if current's effective set has @cap.
 */
bool capable(int cap)
{
	struct task_struct *tsk = current;

	if (WARN_ON_ONCE(!cap_valid(cap)) || WARN_ON_ONCE(!tsk))
		return false;
	if (!cap_raised(current_cred()->cap_effective, cap))
		return false;
	if (!(READ_ONCE(tsk->flags) & PF_SUPERPRIV)) {
		task_lock(tsk);
		WRITE_ONCE(tsk->flags, tsk->flags | PF_SUPERPRIV);
		task_unlock(tsk);
	}
	return true;
}
