// SPDX-License-Identifier: GPL-2.0
/*
 * sched_group.c - group scheduling: the cpu cgroup subsystem
 * (cpu_cgroup_subsys, mount option "cpu"), the group-scheduling part of
 * Linux 3.0's kernel/sched.c, in a file of its own.
 *
 * Every cpu cgroup has a struct task_group holding what users see
 * through its files: cpu.shares (the CFS weight) and the RT bandwidth,
 * cpu.rt_runtime_us in every cpu.rt_period_us, with Linux's
 * CONFIG_RT_GROUP_SCHED rules (Documentation/cgroups/cpu.txt).  There
 * is no CPU scheduler here (host threads are the CPUs): a task's group
 * is state, task_struct::sched_task_group, which the attach_task hook
 * re-derives from the task's css_set after the core migrated it, fork
 * gives the child and exit puts back to the root group.  The RT rules
 * are enforced for real: a group without RT runtime admits no RT task,
 * by attach (can_attach_task, -EINVAL) or by sched_setscheduler()
 * (-EPERM), and a group with RT tasks cannot lose its runtime (-EBUSY).
 *
 * RT tasks are counted per group (task_group::nr_rt_tasks): a task is
 * counted in its sched_task_group while its policy is SCHED_FIFO or
 * SCHED_RR and it is not exiting (task_struct::sched_rt_counted says
 * whether it is).  Moves, policy changes, fork and exit keep the count
 * under task_lock of the task.
 *
 * /proc/<pid>/sched (and /proc/<pid>/task/<tid>/sched) shows a task's
 * policy, priority and task group.
 *
 * Locks taken and their ordering:
 *  - cgroup_mutex: outermost.  Held by the core across attach; this
 *    file takes it to change the RT bandwidth of a group and, through
 *    sched_group_policy_lock(), around every sched_setscheduler(), so
 *    the RT admission checks of attach, setscheduler and the bandwidth
 *    files see a stable world;
 *  - task_lock(p): p->sched_task_group, p->sched_rt_counted and p's
 *    policy; nests inside cgroup_mutex (cgroup_exit() runs the exit
 *    hook under it).
 * cpu.shares is a single word written with WRITE_ONCE (no lock).
 */
#include <linux/cgroup.h>
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/kstrtox.h>
#include <linux/rcupdate.h>
#include <linux/lockdep.h>
#include <linux/sched.h>
#include <linux/ktime.h>
#include <linux/seq_file.h>
#include <linux/proc_fs.h>
#include <linux/init.h>
#include "sched-internal.h"

/* cpu.shares: Linux's MIN_SHARES, MAX_SHARES and the default weight */
#define MIN_SHARES		2UL
#define MAX_SHARES		BIT(18)
#define ROOT_TASK_GROUP_LOAD	1024UL

/* RT bandwidth: runtime "unlimited" and the global limits (sysctls) */
#define RUNTIME_INF		((u64)~0ULL)
#define SCHED_RT_PERIOD_US	1000000ULL
#define SCHED_RT_RUNTIME_US	950000ULL
#define BW_SHIFT		20

/**
 * struct rt_bandwidth - RT time a group's tasks may use
 * @rt_period: the period, ns (never 0)
 * @rt_runtime: RT time per period, ns, or RUNTIME_INF
 *
 * Written under cgroup_mutex; @rt_runtime is also read without it by
 * cpu_cgroup_fork() (seq_cst, see there).
 */
struct rt_bandwidth {
	u64 rt_period;
	u64 rt_runtime;
};

/**
 * struct task_group - the cpu controller's state of one cgroup
 * @css: the cgroup's state (first, so the root can be static)
 * @shares: the CFS weight, MIN_SHARES..MAX_SHARES; WRITE_ONCE/READ_ONCE
 * @rt_bandwidth: the RT bandwidth (cgroup_mutex)
 * @nr_rt_tasks: tasks of the group counted as RT (their task_lock)
 */
struct task_group {
	struct cgroup_subsys_state css;
	unsigned long shares;
	struct rt_bandwidth rt_bandwidth;
	atomic_t nr_rt_tasks;
};

/* The group of the hierarchy root and of every task not in a cpu cgroup */
static struct task_group root_task_group = {
	.shares = ROOT_TASK_GROUP_LOAD,
	.rt_bandwidth = {
		.rt_period = SCHED_RT_PERIOD_US * NSEC_PER_USEC,
		.rt_runtime = SCHED_RT_RUNTIME_US * NSEC_PER_USEC,
	},
};

/*
 * Task groups other than the root: while there is none, every task is
 * in the root group and cpu_cgroup_fork() can skip its lock (as Linux's
 * number_of_cpusets lets the cpuset fast paths skip cpusets).  Raised in
 * create, before the cgroup can take a task; lowered in destroy.
 */
static atomic_t nr_task_groups;

static struct task_group *cgroup_tg(struct cgroup *cgrp)
{
	return container_of(cgroup_subsys_state(cgrp, cpu_cgroup_subsys_id),
			    struct task_group, css);
}

static struct task_group *parent_tg(struct task_group *tg)
{
	struct cgroup *parent = tg->css.cgroup->parent;

	return parent ? cgroup_tg(parent) : NULL;
}

/* The group @p's css_set says it belongs to; task_lock(@p) held. */
static struct task_group *task_css_tg(struct task_struct *p)
	__must_hold(&p->alloc_lock)
{
	lockdep_assert_held(&p->alloc_lock);
	return container_of(task_subsys_state(p, cpu_cgroup_subsys_id),
			    struct task_group, css);
}

static u64 rt_runtime_load(struct task_group *tg)
{
	/* partner: the store in tg_set_rt_bandwidth() */
	return __atomic_load_n(&tg->rt_bandwidth.rt_runtime, __ATOMIC_SEQ_CST);
}

/* seq_cst: the store-buffer pairing with cpu_cgroup_fork() */
static int nr_rt_tasks_load(struct task_group *tg)
{
	return __atomic_load_n(&tg->nr_rt_tasks.counter, __ATOMIC_SEQ_CST);
}

/* ------------------------------------------------------------------ */
/* Counting RT tasks */

/**
 * sched_group_rt_unaccount() - @p no longer counts as an RT task of its
 *	group (before a change of its policy or group)
 * @p: the task
 * Context: task_lock(@p).
 */
void sched_group_rt_unaccount(struct task_struct *p)
	__must_hold(&p->alloc_lock)
{
	lockdep_assert_held(&p->alloc_lock);
	if (!p->sched_rt_counted)
		return;
	p->sched_rt_counted = false;
	WARN_ON_ONCE(atomic_dec_return(&p->sched_task_group->nr_rt_tasks) < 0);
}

/**
 * sched_group_rt_account() - count @p in its group if it is RT and not
 *	exiting (after a change of its policy or group)
 * @p: the task, not counted
 * Context: task_lock(@p).
 */
void sched_group_rt_account(struct task_struct *p)
	__must_hold(&p->alloc_lock)
{
	lockdep_assert_held(&p->alloc_lock);
	if (WARN_ON_ONCE(p->sched_rt_counted))
		return;
	if (!rt_policy(p->policy) || (p->flags & PF_EXITING))
		return;
	/* seq_cst: cpu_cgroup_fork() reads rt_runtime after it */
	atomic_inc_return(&p->sched_task_group->nr_rt_tasks);
	p->sched_rt_counted = true;
}

/* Move @p to @tg, carrying its RT count. */
static void __sched_move_task(struct task_struct *p, struct task_group *tg)
	__must_hold(&p->alloc_lock)
{
	lockdep_assert_held(&p->alloc_lock);
	sched_group_rt_unaccount(p);
	WRITE_ONCE(p->sched_task_group, tg);
	sched_group_rt_account(p);
}

/**
 * sched_move_task() - put @p in the task group of its cpu cgroup
 * @p: the task
 *
 * Re-derives the group from @p->cgroups, so it must run after the core
 * migrated @p (cgroups.txt 5.1); an exiting task goes to the root group.
 * Context: process; takes task_lock(@p).
 */
void sched_move_task(struct task_struct *p)
{
	task_lock(p);
	__sched_move_task(p, task_css_tg(p));
	task_unlock(p);
}

/**
 * sched_task_group_check() - is @p in the task group of its cpu cgroup?
 * @p: the task
 *
 * For checkers (the torture test): true whenever no attach is in flight,
 * for exiting tasks too (cgroup_exit() moves both under task_lock).
 * Context: process; takes task_lock(@p).
 * Return: true if @p's task group is its cgroup's.
 */
bool sched_task_group_check(struct task_struct *p)
{
	bool ok;

	task_lock(p);
	ok = p->sched_task_group == task_css_tg(p);
	task_unlock(p);
	return ok;
}

/**
 * sched_group_fork() - the new task's group is its parent's
 * @p: the child, not yet visible
 *
 * cpu_cgroup_fork() re-derives it from the child's css_set once the
 * child is linked, and counts it.
 * Context: copy_process(), as the parent.
 */
void sched_group_fork(struct task_struct *p)
{
	/* partner: WRITE_ONCE in __sched_move_task() (an attach of us) */
	p->sched_task_group = READ_ONCE(current->sched_task_group);
	p->sched_rt_counted = false;
}

/**
 * sched_group_policy_lock() - serialise a policy change against attach
 *	and the RT bandwidth files
 * Context: process; takes cgroup_mutex.  No task_lock held.
 */
void sched_group_policy_lock(void)
	__acquires(&cgroup_mutex)
{
	cgroup_lock();
}

/**
 * sched_group_policy_unlock() - end of sched_group_policy_lock()
 * Context: holds cgroup_mutex.
 */
void sched_group_policy_unlock(void)
	__releases(&cgroup_mutex)
{
	cgroup_unlock();
}

/**
 * sched_group_setscheduler_check() - may @p take @policy in its group?
 * @p: the task
 * @policy: the new policy
 * @user: a user's request (sched_setscheduler()), not the kernel's
 *
 * As Linux 3.0 with CONFIG_RT_GROUP_SCHED: a user may not make a task
 * RT in a group without RT runtime.
 * Context: cgroup_mutex (sched_group_policy_lock()) and task_lock(@p).
 * Return: 0 or -EPERM.
 */
int sched_group_setscheduler_check(struct task_struct *p, int policy,
				   bool user)
	__must_hold(&p->alloc_lock)
{
	lockdep_assert_held(&p->alloc_lock);
	WARN_ON_ONCE(!cgroup_lock_is_held());
	if (user && rt_policy(policy) &&
	    !p->sched_task_group->rt_bandwidth.rt_runtime)
		return -EPERM;
	return 0;
}

/* ------------------------------------------------------------------ */
/* RT bandwidth: Linux 3.0's tg_rt_schedulable() rules */

/* runtime/period as a BW_SHIFT fixed-point fraction; runtime <= period */
static u64 to_ratio(u64 period, u64 runtime)
{
	u64 q, r;

	if (runtime == RUNTIME_INF)
		return 1ULL << BW_SHIFT;
	q = runtime / period;
	r = runtime % period;
	/* keep r << BW_SHIFT in range: drop precision far below 1ns/s */
	while (r > (U64_MAX >> BW_SHIFT)) {
		r >>= 1;
		period >>= 1;
	}
	return (q << BW_SHIFT) + (r << BW_SHIFT) / period;
}

static u64 global_rt_ratio(void)
{
	return to_ratio(SCHED_RT_PERIOD_US * NSEC_PER_USEC,
			SCHED_RT_RUNTIME_US * NSEC_PER_USEC);
}

/* The bandwidth @tg would have, @changed getting @period/@runtime. */
static void tg_bandwidth(struct task_group *tg, struct task_group *changed,
			 u64 period, u64 runtime, u64 *p, u64 *r)
{
	if (tg == changed) {
		*p = period;
		*r = runtime;
	} else {
		*p = tg->rt_bandwidth.rt_period;
		*r = tg->rt_bandwidth.rt_runtime;
	}
}

/*
 * Is the tree still schedulable with @changed at @period/@runtime?
 * Checked for @tg: its own bandwidth, then the sum of its children's.
 */
static int tg_rt_schedulable(struct task_group *tg, struct task_group *changed,
			     u64 period, u64 runtime)
{
	struct cgroup *child;
	u64 p, r, total, sum = 0;

	tg_bandwidth(tg, changed, period, runtime, &p, &r);
	if (r != RUNTIME_INF && r > p)
		return -EINVAL;
	/* no runtime would starve the group's RT tasks */
	if (!r && nr_rt_tasks_load(tg))
		return -EBUSY;
	total = to_ratio(p, r);
	if (total > global_rt_ratio())
		return -EINVAL;

	list_for_each_entry(child, &tg->css.cgroup->children, sibling) {
		u64 cp, cr;

		tg_bandwidth(cgroup_tg(child), changed, period, runtime,
			     &cp, &cr);
		/* a child with runtime > period is refused at its own level */
		if (cr != RUNTIME_INF && cr > cp)
			continue;
		sum += to_ratio(cp, cr);
	}
	return sum > total ? -EINVAL : 0;
}

/*
 * Give @tg @period/@runtime if the tree stays schedulable: checked for
 * the parent (whose children's sum changes), then @tg (its own rules
 * and its children); the other groups are unaffected.
 */
static int tg_set_rt_bandwidth(struct task_group *tg, u64 period, u64 runtime)
{
	struct task_group *parent = parent_tg(tg);
	int ret;

	WARN_ON_ONCE(!cgroup_lock_is_held());
	if (parent) {
		ret = tg_rt_schedulable(parent, tg, period, runtime);
		if (ret)
			return ret;
	}
	ret = tg_rt_schedulable(tg, tg, period, runtime);
	if (ret)
		return ret;
	/* partner: READ_ONCE in cpu_rt_period_read_u64() */
	WRITE_ONCE(tg->rt_bandwidth.rt_period, period);
	/* partner: rt_runtime_load() in cpu_cgroup_fork() */
	__atomic_store_n(&tg->rt_bandwidth.rt_runtime, runtime,
			 __ATOMIC_SEQ_CST);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Files */

static u64 cpu_shares_read_u64(struct cgroup *cgrp, struct cftype *cft)
{
	return READ_ONCE(cgroup_tg(cgrp)->shares);
}

static int cpu_shares_write_u64(struct cgroup *cgrp, struct cftype *cft,
				u64 shareval)
{
	struct task_group *tg = cgroup_tg(cgrp);

	/* the root's weight is fixed (Linux 3.0: no sched entity) */
	if (tg == &root_task_group)
		return -EINVAL;
	shareval = max_t(u64, shareval, MIN_SHARES);
	WRITE_ONCE(tg->shares, min_t(u64, shareval, MAX_SHARES));
	return 0;
}

static int cpu_rt_runtime_read(struct cgroup *cgrp, struct cftype *cft,
			       struct seq_file *m)
{
	u64 runtime;

	if (!cgroup_lock_live_group(cgrp))
		return -ENODEV;
	runtime = cgroup_tg(cgrp)->rt_bandwidth.rt_runtime;
	cgroup_unlock();
	if (runtime == RUNTIME_INF)
		seq_puts(m, "-1\n");
	else
		seq_printf(m, "%llu\n",
			   (unsigned long long)(runtime / NSEC_PER_USEC));
	return 0;
}

static int cpu_rt_runtime_write(struct cgroup *cgrp, struct cftype *cft,
				const char *buffer)
{
	struct task_group *tg = cgroup_tg(cgrp);
	long long runtime_us;
	u64 runtime;
	int ret;

	/* as the 2011 s64 parser: base auto-detected, no '+' */
	if (buffer[0] == '+' || kstrtoll(buffer, 0, &runtime_us))
		return -EINVAL;
	if (runtime_us >= 0 && (u64)runtime_us > U64_MAX / NSEC_PER_USEC)
		return -EINVAL;
	runtime = runtime_us < 0 ? RUNTIME_INF :
				   (u64)runtime_us * NSEC_PER_USEC;

	if (!cgroup_lock_live_group(cgrp))
		return -ENODEV;
	ret = tg_set_rt_bandwidth(tg, tg->rt_bandwidth.rt_period, runtime);
	cgroup_unlock();
	return ret;
}

static u64 cpu_rt_period_read_u64(struct cgroup *cgrp, struct cftype *cft)
{
	u64 period;

	/* one aligned word, written under cgroup_mutex: racy by design */
	period = READ_ONCE(cgroup_tg(cgrp)->rt_bandwidth.rt_period);
	return period / NSEC_PER_USEC;
}

static int cpu_rt_period_write_u64(struct cgroup *cgrp, struct cftype *cft,
				   u64 period_us)
{
	struct task_group *tg = cgroup_tg(cgrp);
	int ret;

	if (!period_us || period_us > U64_MAX / NSEC_PER_USEC)
		return -EINVAL;
	if (!cgroup_lock_live_group(cgrp))
		return -ENODEV;
	ret = tg_set_rt_bandwidth(tg, period_us * NSEC_PER_USEC,
				  tg->rt_bandwidth.rt_runtime);
	cgroup_unlock();
	return ret;
}

static const struct cftype cpu_files[] = {
	{
		.name = "shares",
		.read_u64 = cpu_shares_read_u64,
		.write_u64 = cpu_shares_write_u64,
	},
	{
		.name = "rt_runtime_us",
		.read_seq_string = cpu_rt_runtime_read,
		.write_string = cpu_rt_runtime_write,
	},
	{
		.name = "rt_period_us",
		.read_u64 = cpu_rt_period_read_u64,
		.write_u64 = cpu_rt_period_write_u64,
	},
};

/* ------------------------------------------------------------------ */
/* The subsystem */

static struct cgroup_subsys_state *cpu_cgroup_create(struct cgroup_subsys *ss,
						     struct cgroup *cgrp)
{
	struct task_group *tg;

	if (!cgrp->parent) {
		/* boot (early_init): the idle task is the only task yet */
		init_task.sched_task_group = &root_task_group;
		return &root_task_group.css;
	}
	tg = kzalloc(sizeof(*tg), GFP_KERNEL);
	if (!tg)
		return ERR_PTR(-ENOMEM);
	tg->shares = ROOT_TASK_GROUP_LOAD;
	tg->rt_bandwidth.rt_period = SCHED_RT_PERIOD_US * NSEC_PER_USEC;
	tg->rt_bandwidth.rt_runtime = 0;
	atomic_set(&tg->nr_rt_tasks, 0);
	atomic_inc(&nr_task_groups);
	return &tg->css;
}

static void cpu_cgroup_destroy(struct cgroup_subsys *ss, struct cgroup *cgrp)
{
	struct task_group *tg = cgroup_tg(cgrp);

	/* an empty cgroup: no task points here any more */
	WARN_ON_ONCE(atomic_read(&tg->nr_rt_tasks));
	if (tg != &root_task_group)
		atomic_dec(&nr_task_groups);
	kfree(tg);
}

/* An RT thread may not enter a group without RT runtime. */
static int cpu_cgroup_can_attach_task(struct cgroup *cgrp,
				      struct task_struct *tsk)
{
	WARN_ON_ONCE(!cgroup_lock_is_held());
	if (rt_policy(READ_ONCE(tsk->policy)) &&
	    !cgroup_tg(cgrp)->rt_bandwidth.rt_runtime)
		return -EINVAL;
	return 0;
}

/* Called after the migration: the task's css_set is already cgrp's. */
static void cpu_cgroup_attach_task(struct cgroup *cgrp,
				   struct task_struct *tsk)
{
	sched_move_task(tsk);
}

/*
 * The child is linked into its css_set: take the group from it (the
 * parent may have moved since sched_group_fork()) and count the child.
 * An RT child of a group whose runtime was just set to 0 (the writer
 * saw no RT task, the child was not counted yet) falls back to
 * SCHED_NORMAL: the count is incremented before the runtime is read
 * and the writer stores after reading the count, all seq_cst, so one
 * of the two sees the other.
 */
static void cpu_cgroup_fork(struct cgroup_subsys *ss, struct task_struct *p)
{
	/*
	 * No cpu cgroup but the root (every fork of a machine that does not
	 * use the cpu controller): a child that is not RT and got the root
	 * group from its parent is where it belongs and has nothing to
	 * count, and no lock is needed to see it.  Not the root group (the
	 * parent was in a group that may be gone by now), or a group that
	 * exists: the path below, which re-derives it under task_lock.  A
	 * child in a cpu cgroup sees it counted: the count was raised
	 * before the cgroup could take a task, and the child's css_set was
	 * read after that, under task_lock(parent).  A group created later
	 * gets the child by an attach, which updates it under task_lock,
	 * as does a policy change.
	 */
	if (!atomic_read(&nr_task_groups) &&
	    READ_ONCE(p->sched_task_group) == &root_task_group &&
	    !rt_policy(READ_ONCE(p->policy)))
		return;

	task_lock(p);
	__sched_move_task(p, task_css_tg(p));
	if (p->sched_rt_counted && !rt_runtime_load(p->sched_task_group)) {
		sched_group_rt_unaccount(p);
		/* lockless readers: ksys_sched_getscheduler() and friends */
		WRITE_ONCE(p->policy, SCHED_NORMAL);
		WRITE_ONCE(p->rt_priority, 0);
		p->normal_prio = p->static_prio;
		p->prio = p->normal_prio;
	}
	task_unlock(p);
}

/*
 * cgroup_exit() holds task_lock(@p): back to the root group, uncounted.
 * @p is exiting, or is the child of a failed fork that the ns clone had
 * attached (cgroup_clone_cancel(), PF_EXITING not set): it never ran and
 * is not counted anywhere again.
 */
static void cpu_cgroup_exit(struct cgroup_subsys *ss, struct cgroup *cgrp,
			    struct cgroup *old_cgrp, struct task_struct *p)
	__must_hold(&p->alloc_lock)
{
	lockdep_assert_held(&p->alloc_lock);
	sched_group_rt_unaccount(p);
	WRITE_ONCE(p->sched_task_group, &root_task_group);
}

static int cpu_cgroup_populate(struct cgroup_subsys *ss, struct cgroup *cgrp)
{
	return cgroup_add_files(cgrp, ss, cpu_files, ARRAY_SIZE(cpu_files));
}

struct cgroup_subsys cpu_cgroup_subsys = {
	.name = "cpu",
	.subsys_id = cpu_cgroup_subsys_id,
	.early_init = 1,
	.create = cpu_cgroup_create,
	.destroy = cpu_cgroup_destroy,
	.can_attach_task = cpu_cgroup_can_attach_task,
	.attach_task = cpu_cgroup_attach_task,
	.fork = cpu_cgroup_fork,
	.exit = cpu_cgroup_exit,
	.populate = cpu_cgroup_populate,
};

/* ------------------------------------------------------------------ */
/* /proc/<pid>/sched */

static const char *policy_name(unsigned int policy)
{
	switch (policy) {
	case SCHED_NORMAL:
		return "SCHED_OTHER";
	case SCHED_FIFO:
		return "SCHED_FIFO";
	case SCHED_RR:
		return "SCHED_RR";
	case SCHED_BATCH:
		return "SCHED_BATCH";
	case SCHED_IDLE:
		return "SCHED_IDLE";
	}
	return "?";
}

static int proc_sched_show(struct seq_file *m, struct task_struct *tsk)
{
	struct task_group *tg;
	unsigned int policy;
	int prio, len;
	char *buf;

	buf = kmalloc(CGROUP_AGENT_PATH_LEN, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	/* cgroup_mutex keeps the group and its name */
	cgroup_lock();
	task_lock(tsk);
	tg = tsk->sched_task_group;
	policy = tsk->policy;
	prio = tsk->prio;
	task_unlock(tsk);
	len = cgroup_path(tg->css.cgroup, buf, CGROUP_AGENT_PATH_LEN);
	cgroup_unlock();
	if (len >= 0) {
		seq_printf(m, "policy: %s\nprio: %d\ntask_group: %s\n",
			   policy_name(policy), prio, buf);
	}
	kfree(buf);
	return len < 0 ? len : 0;
}

static int __init proc_sched_init(void)
{
	return proc_pid_register_entry("sched", 0444, proc_sched_show);
}
late_initcall(proc_sched_init);
