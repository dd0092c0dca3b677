// SPDX-License-Identifier: GPL-2.0
/*
 * nice_torture.c - the sample nice subsystem's entry in the cgroup
 * torture test (kernel/cgroup_torture.h, Documentation/torture.txt
 * section 8): bound to hierarchy 0; its actor writes a random nice value
 * to a random target while tasks move into it and fork in it; its
 * invariant at rest is "every task runs at its cgroup's nice value",
 * which a fork hook that missed a write, or an attach_task that missed a
 * thread, breaks.
 *
 * Locks: none of its own; task_check runs under tasklist_lock (read) and
 * rcu_read_lock().
 */
#include <linux/kernel.h>
#include <linux/sched.h>

#include "../../kernel/cgroup_torture.h"
#include "nice_cgroup.h"

/*
 * The actor: a random value from MIN_NICE to MAX_NICE to a random target
 * of hierarchy 0.  A target the mkdir/rmdir actor removed meanwhile is an
 * expected failure.
 */
static void nice_torture_actor(struct cgt_actor *a)
{
	int k = cgt_random_target(a);
	int nice = MIN_NICE + torture_random(&a->rand) %
		   (MAX_NICE - MIN_NICE + 1);
	char buf[16];

	snprintf(buf, sizeof(buf), "%d\n", nice);
	cgt_write_file(a, 0, k, "nice.value", buf);
}

/* The invariant per live task: it runs at its cgroup's nice value. */
static const char *nice_torture_task_check(struct task_struct *tsk)
{
	return nice_task_check(tsk) ? NULL : "not at its cgroup's nice value";
}

/* A move that would make a thread more favourable without CAP_SYS_NICE */
static bool nice_torture_move_refused(long err)
{
	return err == -EACCES;
}

const struct cgt_subsys nice_torture = {
	.name = "nice",
	.hier = 0,
	.mount_opts = "nice",
	.actor = { "nice", nice_torture_actor, NULL, NULL, 1, 1000 },
	.task_check = nice_torture_task_check,
	.move_refused = nice_torture_move_refused,
};
