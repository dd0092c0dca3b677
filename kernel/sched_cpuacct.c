// SPDX-License-Identifier: GPL-2.0
/*
 * sched_cpuacct.c - the CPU accounting cgroup subsystem (cpuacct), the
 * cpuacct part of Linux 3.0's kernel/sched.c, in a file of its own.
 *
 * What is charged: the host-clock time a task spends inside
 * task_call(), the system-call boundary (kernel/sched.c), read once at
 * entry and once at exit.  That is kernel time spent on the task's
 * behalf, so it is "system" time in cpuacct.stat.  Tasks of the hosted
 * kernel run no user-mode code of their own (their "user space" is a
 * driver that makes system calls), so "user" is always 0; the line is
 * kept so cpuacct.stat reads as on Linux.
 *
 * A charge goes to the task's cpuacct group and every ancestor
 * (hierarchical), into the counters of the charging host thread's "CPU":
 * host threads are the CPUs, and each host thread is given CPU number
 * (n mod nr_cpu_ids) the first time it charges, n counting host threads.
 *
 * The charge runs on every system call, so it writes per-CPU counters
 * only, as Linux's does: both the usage and the system time of a group
 * are kept per CPU (struct cpuacct_cpu), each CPU's in cache lines of
 * its own, and the files sum them.  Two host threads that charge at once
 * therefore write different cache lines unless they were given the same
 * CPU number; the adds are atomic (relaxed) for that case, since nothing
 * here stops a host thread from being preempted, as preemption being
 * off does for Linux's per-CPU counters.  No lock, one RCU lookup of the
 * task's css (none while no group but the root exists:
 * cpuacct_nr_groups).  A removed group is freed after a grace period, so a
 * charge that looked it up just before its last task left still writes
 * to valid memory.
 *
 * Locks taken and their ordering: none of its own.  rcu_read_lock() in
 * the charge; files read sums without locks (each counter is one
 * atomic word; a sum is not a snapshot across CPUs, as on Linux).
 */
#include <linux/cgroup.h>
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/slab.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/cpumask.h>
#include <linux/ktime.h>
#include <linux/seq_file.h>
#include "sched-internal.h"

/* cpuacct.stat is in clock ticks of USER_HZ (sysconf(_SC_CLK_TCK)) */
#define USER_HZ		100

enum cpuacct_stat_index {
	CPUACCT_STAT_USER,	/* always 0: see the file header */
	CPUACCT_STAT_SYSTEM,	/* time inside task_call() */
	CPUACCT_STAT_NSTATS,
};

/*
 * The size of one CPU's counters: two cache lines, so that the counters
 * of two CPUs never share a line, even in a group kzalloc() placed at
 * any 16-byte boundary (the root group is aligned besides).
 */
#define CPUACCT_CPU_BYTES	128

/**
 * struct cpuacct_cpu - what one CPU charged to one group
 * @usage: ns; reset by writing 0 to cpuacct.usage
 * @stat: ns per cpuacct_stat_index, never reset (as Linux)
 */
struct cpuacct_cpu {
	atomic64_t usage;
	atomic64_t stat[CPUACCT_STAT_NSTATS];
} __aligned(CPUACCT_CPU_BYTES);

/**
 * struct cpuacct - the cpuacct state of one cgroup
 * @css: the cgroup's state (first, so the root can be static)
 * @parent: the parent cgroup's state, NULL for the root; fixed
 * @cpu: the counters, per CPU
 * @rcu: the deferred free
 */
struct cpuacct {
	struct cgroup_subsys_state css;
	struct cpuacct *parent;
	struct cpuacct_cpu cpu[NR_CPUS];
	struct rcu_head rcu;
};

static struct cpuacct root_cpuacct;

/*
 * cpuacct groups other than the root: while there is none, every task's
 * group is root_cpuacct, which is never freed, and the charge needs no
 * RCU read section (two host calls) to find it.  Raised in create,
 * before the group can take a task; lowered in destroy.  A charge that
 * races with the creation of a group and a move of its task into it goes
 * to the root, as a charge racing a move goes to either group.
 */
static atomic_t cpuacct_nr_groups;

/* This host thread's CPU number, plus one (0: not given yet) */
static __thread unsigned int cpuacct_this_cpu;
static atomic_t cpuacct_nr_threads;

static unsigned int cpuacct_cpu(void)
{
	unsigned int cpu = cpuacct_this_cpu;

	if (unlikely(!cpu)) {
		cpu = (unsigned int)atomic_inc_return(&cpuacct_nr_threads);
		cpu = (cpu - 1) % nr_cpu_ids + 1;
		cpuacct_this_cpu = cpu;
	}
	return cpu - 1;
}

static struct cpuacct *cgroup_ca(struct cgroup *cgrp)
{
	return container_of(cgroup_subsys_state(cgrp, cpuacct_subsys_id),
			    struct cpuacct, css);
}

/**
 * cpuacct_charge() - charge @tsk's group and its ancestors with system
 *	time
 * @tsk: the task that was in the kernel; the caller holds a reference
 * @cputime: nanoseconds
 *
 * Context: any; takes no lock (rcu_read_lock() only, and only when a
 * group other than the root exists).
 */
void cpuacct_charge(struct task_struct *tsk, u64 cputime)
{
	unsigned int cpu = cpuacct_cpu();
	struct cgroup_subsys_state *css;
	struct cpuacct *ca;

	if (!atomic_read(&cpuacct_nr_groups)) {
		struct cpuacct_cpu *c = &root_cpuacct.cpu[cpu];

		atomic64_add(cputime, &c->usage);
		atomic64_add(cputime, &c->stat[CPUACCT_STAT_SYSTEM]);
		return;
	}
	rcu_read_lock();
	css = rcu_dereference(tsk->cgroups)->subsys[cpuacct_subsys_id];
	ca = css ? container_of(css, struct cpuacct, css) : NULL;
	for (; ca; ca = ca->parent) {
		struct cpuacct_cpu *c = &ca->cpu[cpu];

		atomic64_add(cputime, &c->usage);
		atomic64_add(cputime, &c->stat[CPUACCT_STAT_SYSTEM]);
	}
	rcu_read_unlock();
}

/* ------------------------------------------------------------------ */
/* Files */

static u64 cpuusage_read(struct cgroup *cgrp, struct cftype *cft)
{
	struct cpuacct *ca = cgroup_ca(cgrp);
	u64 total = 0;
	unsigned int cpu;

	for_each_possible_cpu(cpu)
		total += atomic64_read(&ca->cpu[cpu].usage);
	return total;
}

static int cpuusage_write(struct cgroup *cgrp, struct cftype *cft, u64 val)
{
	struct cpuacct *ca = cgroup_ca(cgrp);
	unsigned int cpu;

	/* only a reset */
	if (val)
		return -EINVAL;
	for_each_possible_cpu(cpu)
		atomic64_set(&ca->cpu[cpu].usage, 0);
	return 0;
}

static int cpuacct_percpu_seq_read(struct cgroup *cgrp, struct cftype *cft,
				   struct seq_file *m)
{
	struct cpuacct *ca = cgroup_ca(cgrp);
	unsigned int cpu;

	for_each_possible_cpu(cpu)
		seq_printf(m, "%llu ",
			   (unsigned long long)atomic64_read(&ca->cpu[cpu].usage));
	seq_puts(m, "\n");
	return 0;
}

static const char * const cpuacct_stat_desc[CPUACCT_STAT_NSTATS] = {
	[CPUACCT_STAT_USER] = "user",
	[CPUACCT_STAT_SYSTEM] = "system",
};

static int cpuacct_stats_show(struct cgroup *cgrp, struct cftype *cft,
			      struct seq_file *m)
{
	struct cpuacct *ca = cgroup_ca(cgrp);
	int i;

	for (i = 0; i < CPUACCT_STAT_NSTATS; i++) {
		unsigned int cpu;
		u64 ns = 0;

		for_each_possible_cpu(cpu)
			ns += atomic64_read(&ca->cpu[cpu].stat[i]);

		seq_printf(m, "%s %llu\n", cpuacct_stat_desc[i],
			   (unsigned long long)(ns / (NSEC_PER_SEC / USER_HZ)));
	}
	return 0;
}

static const struct cftype cpuacct_files[] = {
	{
		.name = "usage",
		.read_u64 = cpuusage_read,
		.write_u64 = cpuusage_write,
	},
	{
		.name = "usage_percpu",
		.read_seq_string = cpuacct_percpu_seq_read,
	},
	{
		.name = "stat",
		.read_seq_string = cpuacct_stats_show,
	},
};

/* ------------------------------------------------------------------ */
/* The subsystem */

static struct cgroup_subsys_state *cpuacct_create(struct cgroup_subsys *ss,
						  struct cgroup *cgrp)
{
	struct cpuacct *ca;

	if (!cgrp->parent)
		return &root_cpuacct.css;
	ca = kzalloc(sizeof(*ca), GFP_KERNEL);
	if (!ca)
		return ERR_PTR(-ENOMEM);
	ca->parent = cgroup_ca(cgrp->parent);
	atomic_inc(&cpuacct_nr_groups);
	return &ca->css;
}

static void cpuacct_destroy(struct cgroup_subsys *ss, struct cgroup *cgrp)
{
	struct cpuacct *ca = cgroup_ca(cgrp);

	if (ca != &root_cpuacct)
		atomic_dec(&cpuacct_nr_groups);

	/* a charge may still be walking through it: see the file header */
	kfree_rcu(ca, rcu);
}

static int cpuacct_populate(struct cgroup_subsys *ss, struct cgroup *cgrp)
{
	return cgroup_add_files(cgrp, ss, cpuacct_files,
				ARRAY_SIZE(cpuacct_files));
}

struct cgroup_subsys cpuacct_subsys = {
	.name = "cpuacct",
	.subsys_id = cpuacct_subsys_id,
	/* its root state exists before the first system call is charged */
	.early_init = 1,
	.create = cpuacct_create,
	.destroy = cpuacct_destroy,
	.populate = cpuacct_populate,
};
