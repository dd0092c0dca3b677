// SPDX-License-Identifier: GPL-2.0
/*
 * sched_group_torture.c - the cpu controller's entry in the cgroup
 * torture test (kernel/cgroup_torture.h): bound to hierarchy 0; no actor
 * of its own (every move exercises its attach_task); its invariant is
 * "every task runs in its cgroup's task group".
 */
#include <linux/cgroup.h>
#include <linux/sched.h>

#include "cgroup_torture.h"
#include "sched-internal.h"

static const char *cpu_torture_task_check(struct task_struct *tsk)
{
	return sched_task_group_check(tsk) ? NULL :
	       "not in its cgroup's task group";
}

const struct cgt_subsys cpu_torture = {
	.name = "cpu",
	.hier = 0,
	.mount_opts = "cpu",
	.task_check = cpu_torture_task_check,
};
