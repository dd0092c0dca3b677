/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sched-internal.h - what kernel/sched.c, kernel/sched_group.c (the cpu
 * cgroup subsystem) and kernel/sched_cpuacct.c (cpuacct) share.  Every
 * hook has an empty inline version when its subsystem is configured
 * out, so sched.c calls them unconditionally.
 */
#ifndef _KERNEL_SCHED_INTERNAL_H
#define _KERNEL_SCHED_INTERNAL_H

#include <linux/types.h>
#include <linux/sched.h>
#include <linux/ktime.h>
#include <linux/cgroup.h>

/* sched_group.c */
#ifdef CONFIG_CGROUP_SCHED
void sched_group_fork(struct task_struct *p);
void sched_move_task(struct task_struct *p);
int sched_group_setscheduler_check(struct task_struct *p, int policy,
				   bool user);
void sched_group_rt_unaccount(struct task_struct *p);
void sched_group_rt_account(struct task_struct *p);
__acquires(&cgroup_mutex) void sched_group_policy_lock(void);
__releases(&cgroup_mutex) void sched_group_policy_unlock(void);
bool sched_task_group_check(struct task_struct *p);
#else
static inline void sched_group_fork(struct task_struct *p) {}
static inline int sched_group_setscheduler_check(struct task_struct *p,
						 int policy, bool user)
{
	return 0;
}

static inline void sched_group_rt_unaccount(struct task_struct *p) {}
static inline void sched_group_rt_account(struct task_struct *p) {}
static inline void sched_group_policy_lock(void) {}
static inline void sched_group_policy_unlock(void) {}

static inline bool sched_task_group_check(struct task_struct *p)
{
	return true;
}
#endif

/* sched_cpuacct.c */
#ifdef CONFIG_CGROUP_CPUACCT
void cpuacct_charge(struct task_struct *tsk, u64 cputime);

/* The clock reading at a system call's entry. */
static inline u64 cpuacct_call_start(void)
{
	return ktime_get_ns();
}

/* At its exit: charge @tsk with the time since @start. */
static inline void cpuacct_call_end(struct task_struct *tsk, u64 start)
{
	cpuacct_charge(tsk, ktime_get_ns() - start);
}
#else
static inline u64 cpuacct_call_start(void)
{
	return 0;
}

static inline void cpuacct_call_end(struct task_struct *tsk, u64 start) {}
#endif

#endif /* _KERNEL_SCHED_INTERNAL_H */
