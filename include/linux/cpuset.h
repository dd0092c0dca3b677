/* SPDX-License-Identifier: GPL-2.0 */
/*
 * cpuset.h - the cpuset cgroup subsystem (kernel/cpuset.c): which CPUs
 * and memory nodes the tasks of a cgroup may use.
 *
 * Documentation/cgroups/cpusets.txt describes the files and the rules.
 */
#ifndef _LINUX_CPUSET_H
#define _LINUX_CPUSET_H

#include <linux/cpumask.h>
#include <linux/nodemask.h>

struct task_struct;

#ifdef CONFIG_CPUSETS

void cpuset_cpus_allowed(struct task_struct *tsk, struct cpumask *pmask);
nodemask_t cpuset_mems_allowed(struct task_struct *tsk);

#else /* !CONFIG_CPUSETS */

static inline void cpuset_cpus_allowed(struct task_struct *tsk,
				       struct cpumask *pmask)
{
	cpumask_copy(pmask, cpu_possible_mask);
}

static inline nodemask_t cpuset_mems_allowed(struct task_struct *tsk)
{
	return node_possible_map;
}

#endif /* !CONFIG_CPUSETS */

#endif /* _LINUX_CPUSET_H */
