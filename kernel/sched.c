// SPDX-License-Identifier: GPL-2.0
/*
 * sched.c - the execution model: host threads are the CPUs, tasks are
 * data.  There is no CPU scheduler; this file holds the system-call
 * boundary (task_call()), the scheduling attributes of a task
 * (sched_setscheduler()) and wake_up_process() for kernel threads.
 *
 * The system-call boundary.  A host thread runs kernel code as task T
 * only while it holds T's call slot (T->call_owner == its host thread
 * id).  task_call() takes the slot (waiting while another host thread
 * holds it), sets current, handles a pending fatal signal at entry and
 * exit (the task exits right there, do_exit() running on the caller's
 * host thread), then gives the slot back and restores the caller's
 * current.  Kernel threads and init hold their own slot for their whole
 * life.  A task whose slot is free is "in user space": a killer takes
 * the slot with task_call_try() and exits it on its behalf.
 *
 * The lost-wake-up rule for fatal signals: the killer sets the pending
 * bit, then tries the slot; the slot holder releases the slot, then
 * looks at the pending bit again and retries.  All four accesses are
 * sequentially consistent atomics, so one of the two always sees the
 * other (no fences: TSan does not model them).
 *
 * Locks taken and their ordering:
 *  - the call slot is a sleeping "lock" lockdep does not see: it is
 *    taken with no spinlock held; a host thread may hold its task's slot
 *    and take a second task's slot (kill, spawn, kthread creation), but
 *    only try (never wait) for the slot of a task that might hold ours;
 *  - sched_setscheduler(): the cpu controller's lock (cgroup_mutex,
 *    sched_group_policy_lock()), then task_lock(p) for policy/prio.
 *
 * The group-scheduling part of Linux's sched.c is in sched_group.c (the
 * cpu cgroup subsystem), its cpuacct part in sched_cpuacct.c; task_call()
 * charges cpuacct with the time each call spends inside.
 */
#include <linux/kernel.h>
#include <linux/wait.h>
#include <linux/sched.h>
#include <linux/cred.h>
#include <linux/capability.h>
#include <linux/lockdep.h>
#include <linux/syscalls.h>
#include <linux/freezer.h>
#include <linux/delay.h>
#include <host_ops.h>
#include "sched-internal.h"

__thread struct task_struct *current_task;

static unsigned long self_id(void)
{
	return host_ops.thread_self_id();
}

/**
 * task_call_self_id() - the call-slot owner value of this host thread
 * Context: any.
 * Return: a nonzero id.
 */
unsigned long task_call_self_id(void)
{
	return self_id();
}

static bool call_slot_trylock(struct task_struct *tsk, unsigned long self)
{
	return cmpxchg(&tsk->call_owner, 0UL, self) == 0UL;
}

static void call_slot_unlock(struct task_struct *tsk)
{
	/*
	 * partner: cmpxchg() in call_slot_trylock().  Sequentially
	 * consistent so that the pending re-read in task_call_leave()
	 * cannot pass it (signal_add_pending() is seq_cst too).
	 */
	__atomic_store_n(&tsk->call_owner, 0UL, __ATOMIC_SEQ_CST);
	wake_up_all(&tsk->call_wait);
}

/* The pending re-read after the slot release: seq_cst, see above. */
static bool fatal_signal_pending_sc(struct task_struct *tsk)
{
	return __atomic_load_n(&tsk->pending, __ATOMIC_SEQ_CST) &
	       sigmask(SIGKILL);
}

/*
 * task_exit_if_killed() - the boundary's signal check, as current == tsk.
 * A fatal signal ends the task: with the group's exit code after a group
 * kill, SIGKILL after de_thread()'s zap.
 */
static void task_exit_if_killed(struct task_struct *tsk)
{
	struct signal_struct *sig = tsk->signal;
	int code;

	if (!fatal_signal_pending(tsk) || (READ_ONCE(tsk->flags) & PF_EXITING))
		return;
	spin_lock(&sig->siglock);
	code = (sig->flags & SIGNAL_GROUP_EXIT) ? sig->group_exit_code :
						  SIGKILL;
	spin_unlock(&sig->siglock);
	do_exit(code);
}

/*
 * task_call_leave() - the exit side of the boundary, then the slot
 * release with the recheck of the file header.
 */
static void task_call_leave(struct task_struct *tsk, struct task_struct *prev,
			    unsigned long self)
{
	for (;;) {
		task_exit_if_killed(tsk);
		current_task = prev;
		call_slot_unlock(tsk);
		if (!fatal_signal_pending_sc(tsk) ||
		    (READ_ONCE(tsk->flags) & PF_EXITING))
			return;
		if (!call_slot_trylock(tsk, self))
			return;	/* the new holder will see the signal */
		current_task = tsk;
	}
}

/**
 * task_call() - run @fn(@arg) as @tsk: the system-call boundary
 * @tsk: the task; the caller holds a reference on it
 * @fn: the "system call"
 * @arg: its argument
 *
 * Waits while another host thread runs as @tsk.  A fatal signal pending
 * at entry ends the task without running @fn; one that arrives during
 * @fn ends it when @fn returns.  Called with @tsk == current it is a
 * plain call (a task making a nested system call on itself).
 * Context: process; no spinlocks held; may sleep.
 * Return: what @fn returned, -ESRCH if @tsk is exiting or dead, -EINTR
 *	if a fatal signal ended it before @fn ran.
 */
long task_call(struct task_struct *tsk, long (*fn)(void *arg), void *arg)
{
	struct task_struct *prev = current;
	unsigned long self = self_id();
	long ret;

	might_sleep();
	if (tsk == prev)
		return fn(arg);

	for (;;) {
		if (READ_ONCE(tsk->flags) & PF_EXITING)
			return -ESRCH;
		if (call_slot_trylock(tsk, self))
			break;
		wait_event(tsk->call_wait, READ_ONCE(tsk->call_owner) == 0UL);
	}
	if (READ_ONCE(tsk->flags) & PF_EXITING) {
		call_slot_unlock(tsk);
		return -ESRCH;
	}

	current_task = tsk;
	/*
	 * Freezer: a task marked to freeze stops here, before the call,
	 * holding its slot, until it is thawed or killed
	 * (include/linux/freezer.h).
	 */
	try_to_freeze();
	if (fatal_signal_pending(tsk)) {
		ret = -EINTR;
	} else {
		/* cpuacct: the time inside the call is the task's system time */
		u64 start = cpuacct_call_start();

		ret = fn(arg);
		cpuacct_call_end(tsk, start);
	}
	task_call_leave(tsk, prev, self);
	return ret;
}

/**
 * task_call_try() - deliver a pending fatal signal to a task in user
 *	space, on its behalf
 * @tsk: the task; the caller holds a reference
 *
 * If no host thread runs as @tsk, take its slot and pass the boundary
 * (which exits the task if a fatal signal is pending).  If one does, it
 * will see the signal when it leaves.
 * Context: process; no spinlocks held.
 * Return: true if this call passed the boundary for @tsk.
 */
bool task_call_try(struct task_struct *tsk)
{
	struct task_struct *prev = current;
	unsigned long self = self_id();

	if (tsk == prev || (READ_ONCE(tsk->flags) & PF_EXITING))
		return false;
	if (!call_slot_trylock(tsk, self))
		return false;
	current_task = tsk;
	task_call_leave(tsk, prev, self);
	return true;
}

/**
 * wake_up_new_task() - let others run (or kill) a task copy_process()
 *	just finished
 * @p: the new task, whose call slot the caller holds since
 *	dup_task_struct()
 *
 * Releases the slot; a fatal signal that arrived meanwhile (a group kill,
 * de_thread()'s zap) ends the task here, on its behalf.
 * Context: process; the creator, no locks held.
 */
void wake_up_new_task(struct task_struct *p)
{
	struct task_struct *prev = current;
	unsigned long self = self_id();

	if (WARN_ON_ONCE(READ_ONCE(p->call_owner) != self))
		return;
	current_task = p;
	task_call_leave(p, prev, self);
}

/**
 * kernel_sleep_ns() - sleep in the host for @ns nanoseconds (msleep() and
 *	the other delay.h sleeps)
 * @ns: how long
 *
 * Context: process or a bare host thread; no spinning lock held.
 */
void kernel_sleep_ns(u64 ns)
{
	might_sleep();
	host_wait_begin();
	host_ops.sleep_ns(ns);
	host_wait_end();
}

/**
 * task_call_running() - is a host thread running as @tsk now?
 * @tsk: the task
 * Context: any; a snapshot.
 * Return: true if @tsk's call slot is held.
 */
bool task_call_running(struct task_struct *tsk)
{
	/* seq_cst: signal_kick_threads() relies on it as on the cmpxchg */
	return __atomic_load_n(&tsk->call_owner, __ATOMIC_SEQ_CST) != 0UL;
}

/**
 * task_call_own() - make the calling host thread run as @tsk for good
 * @tsk: a kernel thread (or init) whose host thread this is
 *
 * Used by kthread.c and init/main.c; task_call_disown() gives it back.
 * Context: the new task's own host thread, before it runs anything.
 */
void task_call_own(struct task_struct *tsk)
{
	unsigned long self = self_id();

	while (!call_slot_trylock(tsk, self))
		wait_event(tsk->call_wait, READ_ONCE(tsk->call_owner) == 0UL);
	current_task = tsk;
}

/**
 * task_call_disown() - stop running as @tsk (after its exit)
 * @tsk: current
 * @prev: what current becomes
 * Context: the task's own host thread.
 */
void task_call_disown(struct task_struct *tsk, struct task_struct *prev)
{
	current_task = prev;
	call_slot_unlock(tsk);
}

/**
 * wake_up_process() - let a new kernel thread start
 * @p: the task
 * Context: any.
 * Return: 1 if @p was not running yet, 0 otherwise.
 */
int wake_up_process(struct task_struct *p)
{
	long old;

	/*
	 * The caller may hold no reference (kthread_run()): once woken,
	 * @p may run, exit and be put at once.  Its memory goes only
	 * after a grace period, so RCU covers the wake-up.
	 */
	rcu_read_lock();
	old = xchg(&p->state, (long)TASK_RUNNING);
	wake_up_all(&p->call_wait);
	rcu_read_unlock();
	return old != TASK_RUNNING;
}

/* Nice value 0 is static_prio DEFAULT_PRIO. */
static int normal_prio(int policy, int rt_priority, int static_prio)
{
	if (rt_policy(policy))
		return MAX_RT_PRIO - 1 - rt_priority;
	return static_prio;
}

/**
 * sched_fork() - scheduling attributes of a new task (the parent's)
 * @p: the child, not yet visible
 * Context: process.
 */
void sched_fork(struct task_struct *p)
{
	if (p->flags & PF_KTHREAD && !(current->flags & PF_KTHREAD)) {
		p->policy = SCHED_NORMAL;
		p->rt_priority = 0;
		p->static_prio = DEFAULT_PRIO;
	}
	p->normal_prio = normal_prio(p->policy, p->rt_priority,
				     p->static_prio);
	p->prio = p->normal_prio;
	sched_group_fork(p);
}

static bool valid_policy(int policy)
{
	return policy == SCHED_NORMAL || policy == SCHED_FIFO ||
	       policy == SCHED_RR || policy == SCHED_BATCH ||
	       policy == SCHED_IDLE;
}

/* May current change @p's scheduling?  Same owner, or CAP_SYS_NICE. */
static bool check_same_owner(struct task_struct *p)
{
	const struct cred *cred = current_cred(), *pcred;
	bool match;

	rcu_read_lock();
	pcred = __task_cred(p);
	match = uid_eq(cred->euid, pcred->euid) ||
		uid_eq(cred->euid, pcred->uid);
	rcu_read_unlock();
	return match;
}

static int __sched_setscheduler(struct task_struct *p, int policy,
				const struct sched_param *param, bool user)
{
	int prio = param->sched_priority;
	int ret;

	if (!valid_policy(policy))
		return -EINVAL;
	/* RT: 1..MAX_USER_RT_PRIO-1; everything else: 0 */
	if (prio < 0 || prio > MAX_USER_RT_PRIO - 1)
		return -EINVAL;
	if (rt_policy(policy) != !!prio)
		return -EINVAL;

	if (user && !capable(CAP_SYS_NICE)) {
		/*
		 * RLIMIT_RTPRIO is 0 here: without CAP_SYS_NICE a task may
		 * only lower an RT priority it already has, and may leave RT.
		 */
		if (rt_policy(policy)) {
			unsigned int cur = READ_ONCE(p->rt_priority);

			if (!rt_policy(READ_ONCE(p->policy)) || prio > cur)
				return -EPERM;
		}
		if (READ_ONCE(p->policy) == SCHED_IDLE &&
		    policy != SCHED_IDLE)
			return -EPERM;
		if (!check_same_owner(p))
			return -EPERM;
	}

	/*
	 * The cpu controller (CONFIG_RT_GROUP_SCHED semantics) refuses an
	 * RT policy (-EPERM) for a task whose task group has no rt_runtime,
	 * and counts the group's RT tasks; its lock keeps attach and the
	 * RT bandwidth files out meanwhile.
	 */
	sched_group_policy_lock();
	task_lock(p);
	ret = sched_group_setscheduler_check(p, policy, user);
	if (!ret) {
		sched_group_rt_unaccount(p);
		WRITE_ONCE(p->policy, policy);
		WRITE_ONCE(p->rt_priority, prio);
		p->normal_prio = normal_prio(policy, prio, p->static_prio);
		p->prio = p->normal_prio;
		sched_group_rt_account(p);
	}
	task_unlock(p);
	sched_group_policy_unlock();
	return ret;
}

/**
 * sched_setscheduler() - sched_setscheduler(2)
 * @p: the task
 * @policy: SCHED_NORMAL, SCHED_FIFO, SCHED_RR, SCHED_BATCH or SCHED_IDLE
 * @param: the RT priority (1..99 for FIFO/RR, 0 otherwise)
 *
 * Without CAP_SYS_NICE the caller must own @p and may not raise an RT
 * priority (RLIMIT_RTPRIO is 0).
 * Context: process, in task context; takes task_lock(@p).
 * Return: 0, -EINVAL or -EPERM.
 */
int sched_setscheduler(struct task_struct *p, int policy,
		       const struct sched_param *param)
{
	return __sched_setscheduler(p, policy, param, true);
}

/**
 * sched_setscheduler_nocheck() - sched_setscheduler() without the
 *	permission checks, for the kernel's own threads
 * @p: the task
 * @policy: the policy
 * @param: the priority
 * Context: process; takes task_lock(@p).
 * Return: 0 or -EINVAL.
 */
int sched_setscheduler_nocheck(struct task_struct *p, int policy,
			       const struct sched_param *param)
{
	return __sched_setscheduler(p, policy, param, false);
}

/**
 * set_user_nice() - set @p's nice value, as Linux's set_user_nice()
 * @p: the task
 * @nice: MIN_NICE (most favourable) .. MAX_NICE; others are ignored
 *
 * The nice value is static_prio; an RT task keeps its RT priority (its
 * nice value matters again if it leaves RT).  No permission check: the
 * callers (the nice cgroup sample) check.
 * Context: any, task_lock(@p) not held; takes it.
 */
void set_user_nice(struct task_struct *p, long nice)
{
	if (nice < MIN_NICE || nice > MAX_NICE)
		return;
	task_lock(p);
	/* read without task_lock, with READ_ONCE() (the nice sample) */
	WRITE_ONCE(p->static_prio, NICE_TO_PRIO(nice));
	p->normal_prio = normal_prio(p->policy, p->rt_priority,
				     p->static_prio);
	p->prio = p->normal_prio;
	task_unlock(p);
}

/**
 * set_cpus_allowed_ptr() - change the CPUs @p may run on
 * @p: the task
 * @new_mask: the CPUs
 *
 * Host threads are the real CPUs, so nothing migrates: the mask is what
 * /proc/<pid>/status and the cpuset controller see.  A PF_THREAD_BOUND
 * kernel thread keeps its one CPU.
 *
 * Context: process; takes task_lock(@p).
 * Return: 0, or -EINVAL if @new_mask has no online CPU or @p is bound
 * elsewhere.
 */
int set_cpus_allowed_ptr(struct task_struct *p, const struct cpumask *new_mask)
{
	int ret = 0;

	if (!cpumask_intersects(new_mask, cpu_online_mask))
		return -EINVAL;
	task_lock(p);
	if ((p->flags & PF_THREAD_BOUND) &&
	    !cpumask_equal(&p->cpus_allowed, new_mask))
		ret = -EINVAL;
	else
		cpumask_copy(&p->cpus_allowed, new_mask);
	task_unlock(p);
	return ret;
}

/**
 * ksys_sched_getscheduler() - sched_getscheduler(2)
 * @pid: the task, 0 for current
 * Context: process, in task context.
 * Return: the policy, or -ESRCH.
 */
long ksys_sched_getscheduler(pid_t pid)
{
	struct task_struct *p;
	long policy;

	if (pid < 0)
		return -EINVAL;
	rcu_read_lock();
	p = pid ? find_task_by_vpid(pid) : current;
	policy = p ? (long)READ_ONCE(p->policy) : -ESRCH;
	rcu_read_unlock();
	return policy;
}

/**
 * ksys_sched_getparam() - sched_getparam(2)
 * @pid: the task, 0 for current
 * @param: where to put the RT priority
 * Context: process, in task context.
 * Return: 0, -EINVAL or -ESRCH.
 */
long ksys_sched_getparam(pid_t pid, struct sched_param *param)
{
	struct task_struct *p;
	long ret = 0;

	if (pid < 0 || !param)
		return -EINVAL;
	rcu_read_lock();
	p = pid ? find_task_by_vpid(pid) : current;
	if (p)
		param->sched_priority = READ_ONCE(p->rt_priority);
	else
		ret = -ESRCH;
	rcu_read_unlock();
	return ret;
}
