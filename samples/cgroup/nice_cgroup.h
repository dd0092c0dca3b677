/* SPDX-License-Identifier: GPL-2.0 */
/*
 * nice_cgroup.h - what the sample nice subsystem (nice_cgroup.c) offers
 * the rest of the kernel: the check its torture entry (nice_torture.c)
 * makes of every task at rest.
 */
#ifndef _SAMPLES_CGROUP_NICE_CGROUP_H
#define _SAMPLES_CGROUP_NICE_CGROUP_H

#include <linux/types.h>

struct task_struct;

bool nice_task_check(struct task_struct *tsk);

#endif /* _SAMPLES_CGROUP_NICE_CGROUP_H */
