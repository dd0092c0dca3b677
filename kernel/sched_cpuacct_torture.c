// SPDX-License-Identifier: GPL-2.0
/*
 * sched_cpuacct_torture.c - the cpuacct controller's entry in the cgroup
 * torture test (kernel/cgroup_torture.h): bound to hierarchy 0, so that
 * every system call of the test is charged while its tasks move; no actor
 * and no invariant of its own.
 */
#include "cgroup_torture.h"

const struct cgt_subsys cpuacct_torture = {
	.name = "cpuacct",
	.hier = 0,
	.mount_opts = "cpuacct",
};
