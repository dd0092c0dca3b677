// SPDX-License-Identifier: GPL-2.0
/*
 * cpuset_torture.c - the cpuset controller's entry in the cgroup torture
 * test (kernel/cgroup_torture.h): bound to hierarchy 0 with
 * clone_children, which gives every target (also those the mkdir/rmdir
 * actor makes again) the top cpuset's CPUs and nodes, so that moves into
 * it are not ENOSPC.  Its actor changes a target's CPUs or nodes while
 * moves run; its invariant is "every task has its cpuset's masks".
 *
 * Locks: task_lock(tsk) to read a task's masks.
 */
#include <linux/cgroup.h>
#include <linux/cpuset.h>
#include <linux/kernel.h>
#include <linux/pid_namespace.h>
#include <linux/sched.h>

#include "cgroup_torture.h"

/*
 * The cpuset actor: give a random target of hierarchy 0 a random
 * non-empty set of CPUs or of memory nodes while moves run.  A target
 * the mkdir/rmdir actor removed meanwhile is an expected failure.
 */
static void cpuset_torture_actor(struct cgt_actor *a)
{
	int k = cgt_random_target(a);
	bool mems = torture_random(&a->rand) & 1;
	unsigned int nr = mems ? nr_node_ids : nr_cpu_ids;
	unsigned long bits = torture_random(&a->rand) % ((1UL << nr) - 1) + 1;
	char buf[64];
	int len;

	len = bitmap_print_list(buf, sizeof(buf) - 2, &bits, nr);
	buf[len++] = '\n';
	buf[len] = '\0';
	cgt_write_file(a, 0, k, mems ? "cpuset.mems" : "cpuset.cpus", buf);
}

/*
 * The cpuset invariant at rest: every live task has exactly its
 * cpuset's CPUs and nodes.  Per-CPU kernel threads keep their one CPU
 * and are left out.
 */
static void cpuset_torture_quiesced(void)
{
	struct task_struct *tsk;
	cpumask_t want;
	nodemask_t want_mems;
	bool cpus_ok, mems_ok;
	pid_t pid;

	for (pid = 1; pid <= pid_max; pid++) {
		tsk = find_get_task_by_vpid(pid);
		if (!tsk)
			continue;
		if (READ_ONCE(tsk->flags) & (PF_EXITING | PF_THREAD_BOUND)) {
			put_task_struct(tsk);
			continue;
		}
		cpuset_cpus_allowed(tsk, &want);
		want_mems = cpuset_mems_allowed(tsk);
		task_lock(tsk);
		cpus_ok = cpumask_equal(&tsk->cpus_allowed, &want);
		mems_ok = nodes_equal(tsk->mems_allowed, want_mems);
		task_unlock(tsk);
		if (!cpus_ok || !mems_ok)
			torture_fail("quiescent: tid %d: %s differ from its cpuset's",
				     pid, cpus_ok ? "mems" : "cpus");
		put_task_struct(tsk);
	}
}

const struct cgt_subsys cpuset_torture = {
	.name = "cpuset",
	.hier = 0,
	.mount_opts = "cpuset,clone_children",
	.actor = { "cpuset", cpuset_torture_actor, NULL, NULL, 1, 1000 },
	.quiesced = cpuset_torture_quiesced,
};
