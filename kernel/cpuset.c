// SPDX-License-Identifier: GPL-2.0
/*
 * cpuset.c - the cpuset cgroup subsystem: which CPUs and memory nodes
 * the tasks of each cgroup may use.
 *
 * A cpuset holds a set of CPUs and a set of memory nodes, always a
 * subset of its parent's; the top cpuset has every CPU and node of the
 * machine (nr_cpus=, numa=fake= / nr_nodes= at boot) and cannot be
 * changed.  Every task's cpus_allowed and mems_allowed are its
 * cpuset's: attaching a task sets them (the per-thread hooks of the 2011
 * series), changing cpuset.cpus or cpuset.mems updates every task of the
 * cpuset, and a new task gets its cpuset's in cpuset_fork().  Moving a
 * process also rebinds its address space once and, with memory_migrate,
 * moves its pages to the new nodes once.  The files and their rules are
 * in Documentation/cgroups/cpusets.txt.
 *
 * Locks taken and their ordering:
 *
 *   cgroup_mutex		(taken by the cgroup core for attach and
 *				 by the file handlers here: every writer of
 *				 a cpuset, and the attach statics below)
 *     callback_mutex		(every write of a cpuset's masks and flags,
 *				 and every write of a task's cpus_allowed
 *				 or mems_allowed by this file; readers that
 *				 do not hold cgroup_mutex take it)
 *       css_set_lock (read)	(cgroup_scan_tasks() collecting the
 *				 tasks of a cpuset; test_task only)
 *         cg->tasks_lock	(the css_set being walked, idem)
 *           task_lock(tsk)	(the task's masks and flags)
 *       mm->page_table_lock	(do_migrate_pages(), a leaf; outside
 *				 every spinning lock, as the rest of the
 *				 per-task work of cgroup_scan_tasks())
 *
 * cpuset_fork() takes task_lock(child) and, unless the child is in the
 * top cpuset, then callback_mutex alone.  Because a cpuset's masks and
 * its tasks' masks change in one callback_mutex section, a new task
 * either is on the task list when that section walks it, or copies the
 * new masks after it: no task keeps a stale mask (the torture test
 * checks it).  The top cpuset's masks are never written after boot, so
 * a child of the top cpuset (every task, on a machine without cpusets)
 * copies them without callback_mutex: see cpuset_fork().
 */

#include <linux/cpuset.h>
#include <linux/cgroup.h>
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/mutex.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/seq_file.h>
#include <linux/kstrtox.h>
#include <linux/mm_types.h>
#include <linux/migrate.h>

/* bits in cpuset::flags */
enum cpuset_flagbits {
	CS_CPU_EXCLUSIVE,
	CS_MEM_EXCLUSIVE,
	CS_MEM_HARDWALL,
	CS_MEMORY_MIGRATE,
	CS_SCHED_LOAD_BALANCE,
	CS_SPREAD_PAGE,
	CS_SPREAD_SLAB,
};

/**
 * struct cpuset - a cgroup's CPUs and memory nodes
 * @css: the cgroup's state
 * @flags: CS_* bits
 * @cpus_allowed: CPUs the tasks may use
 * @mems_allowed: memory nodes the tasks may use
 * @parent: the parent cpuset, NULL for the top one
 * @relax_domain_level: sched_relax_domain_level (-1: system default)
 *
 * All fields but @css and @parent are written under cgroup_mutex and
 * callback_mutex, and read under either.
 */
struct cpuset {
	struct cgroup_subsys_state css;
	unsigned long flags;
	cpumask_t cpus_allowed;
	nodemask_t mems_allowed;
	struct cpuset *parent;
	int relax_domain_level;
};

/*
 * callback_mutex - protects the masks and flags of every cpuset and the
 * writes of tasks' cpus_allowed/mems_allowed done here.  Nests inside
 * cgroup_mutex, outside tasklist_lock and task_lock.
 */
static DEFINE_MUTEX(callback_mutex);

/* The top cpuset: every CPU and node; its masks are never written. */
static struct cpuset top_cpuset = {
	.flags = (1UL << CS_CPU_EXCLUSIVE) | (1UL << CS_MEM_EXCLUSIVE) |
		 (1UL << CS_SCHED_LOAD_BALANCE),
	.relax_domain_level = -1,
};

/* memory_pressure_enabled (top only): accepted and shown; no meter */
static int cpuset_memory_pressure_enabled;

/* The deepest sched_relax_domain_level accepted, as on a NUMA machine */
#define SD_LV_MAX	6

static struct cpuset *cgroup_cs(struct cgroup *cgrp)
{
	return container_of(cgroup_subsys_state(cgrp, cpuset_subsys_id),
			    struct cpuset, css);
}

/* Context: rcu_read_lock(), cgroup_mutex or task_lock(@tsk). */
static struct cpuset *task_cs(struct task_struct *tsk)
{
	return container_of(task_subsys_state(tsk, cpuset_subsys_id),
			    struct cpuset, css);
}

static bool is_cpu_exclusive(const struct cpuset *cs)
{
	return test_bit(CS_CPU_EXCLUSIVE, &cs->flags);
}

static bool is_mem_exclusive(const struct cpuset *cs)
{
	return test_bit(CS_MEM_EXCLUSIVE, &cs->flags);
}

static bool is_memory_migrate(const struct cpuset *cs)
{
	return test_bit(CS_MEMORY_MIGRATE, &cs->flags);
}

static bool is_spread_page(const struct cpuset *cs)
{
	return test_bit(CS_SPREAD_PAGE, &cs->flags);
}

static bool is_spread_slab(const struct cpuset *cs)
{
	return test_bit(CS_SPREAD_SLAB, &cs->flags);
}

/* ------------------------------------------------------------------ */
/* Tasks */

/*
 * security_task_setscheduler() - the LSM's say on moving @tsk to other
 * CPUs.  No security module is built in: every task may move.
 */
static int security_task_setscheduler(struct task_struct *tsk)
{
	return 0;
}

/* Set @tsk's mems_allowed to @newmems. */
static void cpuset_change_task_nodemask(struct task_struct *tsk,
					const nodemask_t *newmems)
{
	task_lock(tsk);
	tsk->mems_allowed = *newmems;
	task_unlock(tsk);
}

/*
 * PFA_SPREAD_PAGE/PFA_SPREAD_SLAB of @tsk follow @cs's flags: atomic
 * bits, not PF_ flags, which only the task itself may write (Linux 3.0
 * wrote tsk->flags here, a data race Linux 4.2 fixed the same way).
 */
static void cpuset_update_task_spread_flag(struct cpuset *cs,
					   struct task_struct *tsk)
{
	if (is_spread_page(cs))
		set_bit(PFA_SPREAD_PAGE, &tsk->atomic_flags);
	else
		clear_bit(PFA_SPREAD_PAGE, &tsk->atomic_flags);
	if (is_spread_slab(cs))
		set_bit(PFA_SPREAD_SLAB, &tsk->atomic_flags);
	else
		clear_bit(PFA_SPREAD_SLAB, &tsk->atomic_flags);
}

/* The CPUs a task of @cs runs on: all for the top cpuset, else online. */
static void cpuset_task_cpus(const struct cpuset *cs, struct cpumask *pmask)
{
	if (cs == &top_cpuset)
		cpumask_copy(pmask, cpu_possible_mask);
	else
		cpumask_and(pmask, &cs->cpus_allowed, cpu_online_mask);
}

enum cpuset_update {
	CPUSET_UPDATE_CPUS,
	CPUSET_UPDATE_MEMS,
	CPUSET_UPDATE_SPREAD,
};

/*
 * The state of one cpuset_update_tasks(): the cpuset, what changed, and
 * for a change of mems the address spaces met so far (each is rebound,
 * and its pages migrated, once, after the scan).
 */
struct cpuset_scan {
	struct cpuset *cs;
	enum cpuset_update what;
	cpumask_t cpus;
	nodemask_t oldmems;
	struct mm_struct **mms;
	int nr_mms;
	int max_mms;
};

/* Under css_set_lock: does @tsk still need the update? */
static bool cpuset_update_test(struct task_struct *tsk,
			       struct cgroup_scanner *scan)
{
	struct cpuset_scan *up = scan->data;
	bool need = false;

	switch (up->what) {
	case CPUSET_UPDATE_CPUS:
		task_lock(tsk);
		need = !cpumask_equal(&tsk->cpus_allowed, &up->cpus);
		task_unlock(tsk);
		break;
	case CPUSET_UPDATE_MEMS:
		task_lock(tsk);
		need = !nodes_equal(tsk->mems_allowed, up->cs->mems_allowed);
		task_unlock(tsk);
		break;
	case CPUSET_UPDATE_SPREAD:
		need = test_bit(PFA_SPREAD_PAGE, &tsk->atomic_flags) !=
			       is_spread_page(up->cs) ||
		       test_bit(PFA_SPREAD_SLAB, &tsk->atomic_flags) !=
			       is_spread_slab(up->cs);
		break;
	}
	return need;
}

/* Rebind @mm to @up's new mems and, with memory_migrate, move its pages. */
static void cpuset_update_mm(struct cpuset_scan *up, struct mm_struct *mm)
{
	mpol_rebind_mm(mm, &up->cs->mems_allowed);
	if (is_memory_migrate(up->cs))
		do_migrate_pages(mm, &up->oldmems, &up->cs->mems_allowed);
	mmput(mm);
}

/* Remember @mm (referenced) for after the scan, once. */
static void cpuset_update_note_mm(struct cpuset_scan *up,
				  struct mm_struct *mm)
{
	struct mm_struct **mms;
	int i;

	for (i = 0; i < up->nr_mms; i++) {
		if (up->mms[i] == mm) {
			mmput(mm);
			return;
		}
	}
	if (up->nr_mms == up->max_mms) {
		mms = kmalloc_array(2 * up->max_mms, sizeof(*mms), GFP_KERNEL);
		if (!mms) {
			/*
			 * Out of memory for the list (update_nodemask()
			 * sized it for the tasks it saw; forks added more):
			 * rebind now.  Only here can an mm be rebound twice.
			 */
			cpuset_update_mm(up, mm);
			return;
		}
		memcpy(mms, up->mms, up->nr_mms * sizeof(*mms));
		kfree(up->mms);
		up->mms = mms;
		up->max_mms *= 2;
	}
	up->mms[up->nr_mms++] = mm;
}

/* Outside every spinning lock: bring @tsk in line. */
static void cpuset_update_task(struct task_struct *tsk,
			       struct cgroup_scanner *scan)
{
	struct cpuset_scan *up = scan->data;
	struct mm_struct *mm;

	switch (up->what) {
	case CPUSET_UPDATE_CPUS:
		WARN_ON_ONCE(set_cpus_allowed_ptr(tsk, &up->cpus));
		break;
	case CPUSET_UPDATE_MEMS:
		cpuset_change_task_nodemask(tsk, &up->cs->mems_allowed);
		mm = get_task_mm(tsk);
		if (mm)
			cpuset_update_note_mm(up, mm);
		break;
	case CPUSET_UPDATE_SPREAD:
		cpuset_update_task_spread_flag(up->cs, tsk);
		break;
	}
}

/*
 * cpuset_update_tasks() - bring every task of @cs in line with @cs after
 * a change of its cpus (@what CPUSET_UPDATE_CPUS), its mems
 * (CPUSET_UPDATE_MEMS: also rebind each address space once and, with
 * memory_migrate, move its pages from @oldmems once) or its
 * spread flags.  A walk of the cgroup's tasks with cgroup_scan_tasks()
 * (the work may sleep: mmput(), page migration), as Linux 3.0's.
 * @oldmems: for CPUSET_UPDATE_MEMS, the mems before the change
 * @mms: for CPUSET_UPDATE_MEMS, an array of @max_mms (at least 1) the
 *	caller allocated, which this function frees; NULL otherwise.
 *
 * A task forked meanwhile is linked on its css_set before cpuset_fork()
 * runs, which waits for callback_mutex: the scan sees it, or it copies
 * the new masks.
 */
static void cpuset_update_tasks(struct cpuset *cs,
				enum cpuset_update what,
				const nodemask_t *oldmems,
				struct mm_struct **mms, int max_mms)
	__must_hold(&callback_mutex)
{
	struct cpuset_scan up = {
		.cs = cs, .what = what, .mms = mms, .max_mms = max_mms,
	};
	struct cgroup_scanner scan = {
		.cg = cs->css.cgroup,
		.test_task = cpuset_update_test,
		.process_task = cpuset_update_task,
		.data = &up,
	};
	int i;

	lockdep_assert_held(&callback_mutex);
	WARN_ON_ONCE(!cgroup_lock_is_held());
	cpuset_task_cpus(cs, &up.cpus);
	if (oldmems)
		up.oldmems = *oldmems;
	cgroup_scan_tasks(&scan);
	for (i = 0; i < up.nr_mms; i++)
		cpuset_update_mm(&up, up.mms[i]);
	kfree(up.mms);
}

/* ------------------------------------------------------------------ */
/* Validating a change */

/* Is @p within @q: masks, and exclusive only where @q is? */
static bool is_cpuset_subset(const struct cpuset *p, const struct cpuset *q)
{
	return cpumask_subset(&p->cpus_allowed, &q->cpus_allowed) &&
	       nodes_subset(p->mems_allowed, q->mems_allowed) &&
	       is_cpu_exclusive(p) <= is_cpu_exclusive(q) &&
	       is_mem_exclusive(p) <= is_mem_exclusive(q);
}

/*
 * validate_change() - may @cur become @trial?
 *
 * Every child must stay within it (-EBUSY); it must stay within its
 * parent (-EINVAL; Linux 2.6.38 says -EACCES, cpusets.txt section 5);
 * an exclusive cpuset may not overlap a sibling (-EINVAL); and a cpuset
 * with tasks may not lose all its CPUs or nodes (-ENOSPC).
 */
static int validate_change(const struct cpuset *cur,
			   const struct cpuset *trial)
{
	struct cgroup *cont = cur->css.cgroup;
	struct cgroup *child;

	WARN_ON_ONCE(!cgroup_lock_is_held());

	list_for_each_entry(child, &cont->children, sibling) {
		if (!is_cpuset_subset(cgroup_cs(child), trial))
			return -EBUSY;
	}

	if (cur == &top_cpuset)
		return 0;

	if (!is_cpuset_subset(trial, cur->parent))
		return -EINVAL;

	list_for_each_entry(child, &cont->parent->children, sibling) {
		struct cpuset *c = cgroup_cs(child);

		if (c == cur)
			continue;
		if ((is_cpu_exclusive(trial) || is_cpu_exclusive(c)) &&
		    cpumask_intersects(&trial->cpus_allowed,
				       &c->cpus_allowed))
			return -EINVAL;
		if ((is_mem_exclusive(trial) || is_mem_exclusive(c)) &&
		    nodes_intersects(trial->mems_allowed, c->mems_allowed))
			return -EINVAL;
	}

	if (cgroup_task_count(cont) &&
	    (cpumask_empty(&trial->cpus_allowed) ||
	     nodes_empty(trial->mems_allowed)))
		return -ENOSPC;
	return 0;
}

/* A copy of @cs to try a change on (Linux's alloc_trial_cpuset()). */
static struct cpuset *alloc_trial_cpuset(const struct cpuset *cs)
{
	return kmemdup(cs, sizeof(*cs), GFP_KERNEL);
}

/* ------------------------------------------------------------------ */
/* Writes */

static int update_cpumask(struct cpuset *cs, struct cpuset *trialcs,
			  const char *buf)
{
	int ret;

	/* the top cpuset tracks the machine: read-only, as in 2.6.38 */
	if (cs == &top_cpuset)
		return -EACCES;

	if (!*buf) {
		cpumask_clear(&trialcs->cpus_allowed);
	} else {
		if (cpulist_parse(buf, &trialcs->cpus_allowed))
			return -EINVAL;
		if (!cpumask_subset(&trialcs->cpus_allowed, cpu_online_mask))
			return -EINVAL;
	}
	ret = validate_change(cs, trialcs);
	if (ret)
		return ret;
	if (cpumask_equal(&cs->cpus_allowed, &trialcs->cpus_allowed))
		return 0;

	mutex_lock(&callback_mutex);
	cpumask_copy(&cs->cpus_allowed, &trialcs->cpus_allowed);
	cpuset_update_tasks(cs, CPUSET_UPDATE_CPUS, NULL, NULL, 0);
	mutex_unlock(&callback_mutex);
	return 0;
}

static int update_nodemask(struct cpuset *cs, struct cpuset *trialcs,
			   const char *buf)
{
	struct mm_struct **mms;
	nodemask_t oldmems;
	int ret, max_mms;

	if (cs == &top_cpuset)
		return -EACCES;

	if (!*buf) {
		nodes_clear(trialcs->mems_allowed);
	} else {
		nodes_clear(trialcs->mems_allowed);
		if (nodelist_parse(buf, trialcs->mems_allowed))
			return -EINVAL;
		if (!nodes_subset(trialcs->mems_allowed, node_online_map))
			return -EINVAL;
	}
	ret = validate_change(cs, trialcs);
	if (ret)
		return ret;
	if (nodes_equal(cs->mems_allowed, trialcs->mems_allowed))
		return 0;

	/* Before anything changes: room for the address spaces to rebind. */
	max_mms = max(cgroup_task_count(cs->css.cgroup), 1);
	mms = kmalloc_array(max_mms, sizeof(*mms), GFP_KERNEL);
	if (!mms)
		return -ENOMEM;
	mutex_lock(&callback_mutex);
	oldmems = cs->mems_allowed;
	cs->mems_allowed = trialcs->mems_allowed;
	cpuset_update_tasks(cs, CPUSET_UPDATE_MEMS, &oldmems, mms, max_mms);
	mutex_unlock(&callback_mutex);
	return 0;
}

static int cpuset_write_resmask(struct cgroup *cgrp, struct cftype *cft,
				const char *buf)
{
	struct cpuset *cs, *trialcs;
	int ret;

	if (!cgroup_lock_live_group(cgrp))
		return -ENODEV;
	cs = cgroup_cs(cgrp);
	trialcs = alloc_trial_cpuset(cs);
	if (!trialcs) {
		ret = -ENOMEM;
		goto out_unlock;
	}
	if (cft->private == CPUSET_UPDATE_CPUS)
		ret = update_cpumask(cs, trialcs, buf);
	else
		ret = update_nodemask(cs, trialcs, buf);
	kfree(trialcs);
out_unlock:
	cgroup_unlock();
	return ret;
}

/* Turn flag @bit of @cs on or off, if validate_change() agrees. */
static int update_flag(enum cpuset_flagbits bit, struct cpuset *cs,
		       bool turning_on)
{
	struct cpuset *trialcs;
	bool spread_changed;
	int ret;

	trialcs = alloc_trial_cpuset(cs);
	if (!trialcs)
		return -ENOMEM;
	if (turning_on)
		set_bit(bit, &trialcs->flags);
	else
		clear_bit(bit, &trialcs->flags);
	ret = validate_change(cs, trialcs);
	if (ret)
		goto out_free_trial;

	spread_changed = is_spread_page(cs) != is_spread_page(trialcs) ||
			 is_spread_slab(cs) != is_spread_slab(trialcs);
	mutex_lock(&callback_mutex);
	cs->flags = trialcs->flags;
	if (spread_changed)
		cpuset_update_tasks(cs, CPUSET_UPDATE_SPREAD, NULL, NULL, 0);
	mutex_unlock(&callback_mutex);
out_free_trial:
	kfree(trialcs);
	return ret;
}

/* cft->private of the flag files and the other u64 files */
enum {
	FILE_CPU_EXCLUSIVE = CS_CPU_EXCLUSIVE,
	FILE_MEM_EXCLUSIVE = CS_MEM_EXCLUSIVE,
	FILE_MEM_HARDWALL = CS_MEM_HARDWALL,
	FILE_MEMORY_MIGRATE = CS_MEMORY_MIGRATE,
	FILE_SCHED_LOAD_BALANCE = CS_SCHED_LOAD_BALANCE,
	FILE_SPREAD_PAGE = CS_SPREAD_PAGE,
	FILE_SPREAD_SLAB = CS_SPREAD_SLAB,
	FILE_MEMORY_PRESSURE,
	FILE_MEMORY_PRESSURE_ENABLED,
};

static int cpuset_write_u64(struct cgroup *cgrp, struct cftype *cft, u64 val)
{
	int ret = 0;

	if (!cgroup_lock_live_group(cgrp))
		return -ENODEV;
	switch (cft->private) {
	case FILE_CPU_EXCLUSIVE:
	case FILE_MEM_EXCLUSIVE:
	case FILE_MEM_HARDWALL:
	case FILE_MEMORY_MIGRATE:
	case FILE_SCHED_LOAD_BALANCE:
	case FILE_SPREAD_PAGE:
	case FILE_SPREAD_SLAB:
		ret = update_flag(cft->private, cgroup_cs(cgrp), !!val);
		break;
	case FILE_MEMORY_PRESSURE_ENABLED:
		WRITE_ONCE(cpuset_memory_pressure_enabled, !!val);
		break;
	default:
		ret = -EINVAL;
		break;
	}
	cgroup_unlock();
	return ret;
}

static int cpuset_write_relax_domain_level(struct cgroup *cgrp,
					   struct cftype *cft,
					   const char *buf)
{
	int val, ret = 0;

	if (kstrtoint(buf, 0, &val) || val < -1 || val >= SD_LV_MAX)
		return -EINVAL;
	if (!cgroup_lock_live_group(cgrp))
		return -ENODEV;
	mutex_lock(&callback_mutex);
	cgroup_cs(cgrp)->relax_domain_level = val;
	mutex_unlock(&callback_mutex);
	cgroup_unlock();
	return ret;
}

/* ------------------------------------------------------------------ */
/* Reads */

static int cpuset_read_resmask(struct cgroup *cgrp, struct cftype *cft,
			       struct seq_file *m)
{
	struct cpuset *cs = cgroup_cs(cgrp);
	char buf[8 * (NR_CPUS + MAX_NUMNODES) + 8];

	mutex_lock(&callback_mutex);
	if (cft->private == CPUSET_UPDATE_CPUS)
		cpulist_scnprintf(buf, sizeof(buf), &cs->cpus_allowed);
	else
		nodelist_scnprintf(buf, sizeof(buf), cs->mems_allowed);
	mutex_unlock(&callback_mutex);
	seq_printf(m, "%s\n", buf);
	return 0;
}

static u64 cpuset_read_u64(struct cgroup *cgrp, struct cftype *cft)
{
	struct cpuset *cs = cgroup_cs(cgrp);
	u64 val;

	switch (cft->private) {
	case FILE_MEMORY_PRESSURE:
		return 0;	/* no reclaim here, so never any pressure */
	case FILE_MEMORY_PRESSURE_ENABLED:
		return READ_ONCE(cpuset_memory_pressure_enabled);
	default:
		mutex_lock(&callback_mutex);
		val = test_bit(cft->private, &cs->flags);
		mutex_unlock(&callback_mutex);
		return val;
	}
}

static int cpuset_read_relax_domain_level(struct cgroup *cgrp,
					  struct cftype *cft,
					  struct seq_file *m)
{
	int val;

	mutex_lock(&callback_mutex);
	val = cgroup_cs(cgrp)->relax_domain_level;
	mutex_unlock(&callback_mutex);
	seq_printf(m, "%d\n", val);
	return 0;
}

#define CPUSET_FLAG_FILE(_name, _bit) {					\
	.name = _name,							\
	.private = _bit,						\
	.read_u64 = cpuset_read_u64,					\
	.write_u64 = cpuset_write_u64,					\
}

/* The files of 2.6.38, in its order; "cpuset." is prefixed by the core. */
static const struct cftype cpuset_files[] = {
	{
		.name = "cpus",
		.private = CPUSET_UPDATE_CPUS,
		.read_seq_string = cpuset_read_resmask,
		.write_string = cpuset_write_resmask,
		.max_write_len = 100 + 6 * NR_CPUS,
	},
	{
		.name = "mems",
		.private = CPUSET_UPDATE_MEMS,
		.read_seq_string = cpuset_read_resmask,
		.write_string = cpuset_write_resmask,
		.max_write_len = 100 + 6 * MAX_NUMNODES,
	},
	CPUSET_FLAG_FILE("cpu_exclusive", FILE_CPU_EXCLUSIVE),
	CPUSET_FLAG_FILE("mem_exclusive", FILE_MEM_EXCLUSIVE),
	CPUSET_FLAG_FILE("mem_hardwall", FILE_MEM_HARDWALL),
	CPUSET_FLAG_FILE("sched_load_balance", FILE_SCHED_LOAD_BALANCE),
	{
		.name = "sched_relax_domain_level",
		.read_seq_string = cpuset_read_relax_domain_level,
		.write_string = cpuset_write_relax_domain_level,
	},
	CPUSET_FLAG_FILE("memory_migrate", FILE_MEMORY_MIGRATE),
	{
		.name = "memory_pressure",
		.private = FILE_MEMORY_PRESSURE,
		.mode = 0444,
		.read_u64 = cpuset_read_u64,
	},
	CPUSET_FLAG_FILE("memory_spread_page", FILE_SPREAD_PAGE),
	CPUSET_FLAG_FILE("memory_spread_slab", FILE_SPREAD_SLAB),
};

static const struct cftype cft_memory_pressure_enabled = {
	.name = "memory_pressure_enabled",
	.private = FILE_MEMORY_PRESSURE_ENABLED,
	.read_u64 = cpuset_read_u64,
	.write_u64 = cpuset_write_u64,
};

static int cpuset_populate(struct cgroup_subsys *ss, struct cgroup *cgrp)
{
	int ret;

	ret = cgroup_add_files(cgrp, ss, cpuset_files,
			       ARRAY_SIZE(cpuset_files));
	if (ret)
		return ret;
	if (!cgrp->parent)
		ret = cgroup_add_file(cgrp, ss, &cft_memory_pressure_enabled);
	return ret;
}

/* ------------------------------------------------------------------ */
/* Attach: the per-thread hooks of the 2011 series */

/*
 * The masks pre_attach computes once for every thread of a move, and the
 * nodes the moved threads had (for the page migration in attach).
 * Protected by cgroup_mutex, which the core holds across the whole move.
 */
static cpumask_t cpus_attach;
static nodemask_t cpuset_attach_nodemask_from;
static nodemask_t cpuset_attach_nodemask_to;

/* Nowhere to run or nothing to allocate from: -ENOSPC (cpusets.txt 3). */
static int cpuset_can_attach(struct cgroup_subsys *ss, struct cgroup *cgrp,
			     struct task_struct *tsk)
{
	struct cpuset *cs = cgroup_cs(cgrp);

	if (cpumask_empty(&cs->cpus_allowed) || nodes_empty(cs->mems_allowed))
		return -ENOSPC;
	return 0;
}

/* A per-CPU kernel thread never moves: -EINVAL, per thread (cgroups.txt 5.8) */
static int cpuset_can_attach_task(struct cgroup *cgrp, struct task_struct *tsk)
{
	if (READ_ONCE(tsk->flags) & PF_THREAD_BOUND)
		return -EINVAL;
	return security_task_setscheduler(tsk);
}

static void cpuset_pre_attach(struct cgroup *cgrp)
{
	struct cpuset *cs = cgroup_cs(cgrp);

	WARN_ON_ONCE(!cgroup_lock_is_held());
	cpuset_task_cpus(cs, &cpus_attach);
	nodes_and(cpuset_attach_nodemask_to, cs->mems_allowed,
		  node_online_map);
	nodes_clear(cpuset_attach_nodemask_from);
}

static void cpuset_attach_task(struct cgroup *cgrp, struct task_struct *tsk)
{
	struct cpuset *cs = cgroup_cs(cgrp);

	WARN_ON_ONCE(!cgroup_lock_is_held());
	mutex_lock(&callback_mutex);
	task_lock(tsk);
	nodes_or(cpuset_attach_nodemask_from, cpuset_attach_nodemask_from,
		 tsk->mems_allowed);
	task_unlock(tsk);
	WARN_ON_ONCE(set_cpus_allowed_ptr(tsk, &cpus_attach));
	cpuset_change_task_nodemask(tsk, &cpuset_attach_nodemask_to);
	cpuset_update_task_spread_flag(cs, tsk);
	mutex_unlock(&callback_mutex);
}

/*
 * Once per move: rebind the process's mm to the new nodes and, with
 * memory_migrate, move its pages there.  The pages leave the nodes the
 * moved threads had (2.6.38: the old cpuset's mems; the same unless the
 * leader is a zombie, whose old cgroup is the root): see cpusets.txt.
 */
static void cpuset_attach(struct cgroup_subsys *ss, struct cgroup *cgrp,
			  struct cgroup *old_cgrp, struct task_struct *tsk)
{
	struct cpuset *cs = cgroup_cs(cgrp);
	struct mm_struct *mm;

	WARN_ON_ONCE(!cgroup_lock_is_held());
	if (nodes_empty(cpuset_attach_nodemask_from))
		cpuset_attach_nodemask_from = cgroup_cs(old_cgrp)->mems_allowed;

	/* the process's mm, also when the leader has none (cpusets.txt 4) */
	mm = get_group_mm(tsk);
	if (!mm)
		return;
	mpol_rebind_mm(mm, &cpuset_attach_nodemask_to);
	if (is_memory_migrate(cs))
		do_migrate_pages(mm, &cpuset_attach_nodemask_from,
				 &cpuset_attach_nodemask_to);
	mmput(mm);
}

/*
 * A new task takes its cpuset's masks.  It copied its parent's in
 * dup_task_struct(), before cgroup_fork() gave it the parent's css_set:
 * in between, a tasks write may have moved the parent (even to the top
 * cpuset), or the cpuset's lists may have changed before the new task
 * was on the task list for cpuset_update_tasks() to find.
 */
static void cpuset_fork(struct cgroup_subsys *ss, struct task_struct *tsk)
{
	struct cpuset *cs;
	cpumask_t cpus;

	/*
	 * The top cpuset's masks are constant, so no sleeping lock: the
	 * child's own task_lock is enough.  Under it the child's cpuset is
	 * stable (an attach stores tsk->cgroups under it), so an attach of
	 * the child either comes after, and its attach_task writes the new
	 * cpuset's masks after ours, or came before, and we see the new
	 * cpuset and take the path below.
	 */
	task_lock(tsk);
	if (task_cs(tsk) == &top_cpuset) {
		cpuset_task_cpus(&top_cpuset, &tsk->cpus_allowed);
		tsk->mems_allowed = top_cpuset.mems_allowed;
		task_unlock(tsk);
		return;
	}
	task_unlock(tsk);

	mutex_lock(&callback_mutex);
	rcu_read_lock();
	cs = task_cs(tsk);
	cpuset_task_cpus(cs, &cpus);
	task_lock(tsk);
	cpumask_copy(&tsk->cpus_allowed, &cpus);
	tsk->mems_allowed = cs->mems_allowed;
	task_unlock(tsk);
	rcu_read_unlock();
	mutex_unlock(&callback_mutex);
}

/* ------------------------------------------------------------------ */
/* Creation */

static struct cgroup_subsys_state *cpuset_create(struct cgroup_subsys *ss,
						 struct cgroup *cgrp)
{
	struct cpuset *cs, *parent;

	if (!cgrp->parent) {
		/* boot: the machine is known (nr_cpus=, numa=fake=) */
		cpumask_copy(&top_cpuset.cpus_allowed, cpu_possible_mask);
		top_cpuset.mems_allowed = node_online_map;
		return &top_cpuset.css;
	}
	parent = cgroup_cs(cgrp->parent);
	cs = kzalloc(sizeof(*cs), GFP_KERNEL);
	if (!cs)
		return ERR_PTR(-ENOMEM);
	/* new cpusets start with no CPUs and no nodes, as in Linux */
	set_bit(CS_SCHED_LOAD_BALANCE, &cs->flags);
	if (is_spread_page(parent))
		set_bit(CS_SPREAD_PAGE, &cs->flags);
	if (is_spread_slab(parent))
		set_bit(CS_SPREAD_SLAB, &cs->flags);
	cs->relax_domain_level = -1;
	cs->parent = parent;
	return &cs->css;
}

static void cpuset_destroy(struct cgroup_subsys *ss, struct cgroup *cgrp)
{
	struct cpuset *cs = cgroup_cs(cgrp);

	if (!WARN_ON_ONCE(cs == &top_cpuset))
		kfree(cs);
}

/*
 * clone_children: a new cpuset starts with its parent's CPUs and nodes,
 * unless a sibling is exclusive (it would overlap).  The new cgroup is
 * not on the parent's children list yet.
 */
static void cpuset_post_clone(struct cgroup_subsys *ss, struct cgroup *cgrp)
{
	struct cpuset *cs = cgroup_cs(cgrp), *parent = cs->parent;
	struct cgroup *child;

	list_for_each_entry(child, &cgrp->parent->children, sibling) {
		struct cpuset *c = cgroup_cs(child);

		if (is_cpu_exclusive(c) || is_mem_exclusive(c))
			return;
	}
	mutex_lock(&callback_mutex);
	cpumask_copy(&cs->cpus_allowed, &parent->cpus_allowed);
	cs->mems_allowed = parent->mems_allowed;
	mutex_unlock(&callback_mutex);
}

struct cgroup_subsys cpuset_subsys = {
	.name = "cpuset",
	.subsys_id = cpuset_subsys_id,
	.create = cpuset_create,
	.destroy = cpuset_destroy,
	.can_attach = cpuset_can_attach,
	.can_attach_task = cpuset_can_attach_task,
	.pre_attach = cpuset_pre_attach,
	.attach_task = cpuset_attach_task,
	.attach = cpuset_attach,
	.fork = cpuset_fork,
	.populate = cpuset_populate,
	.post_clone = cpuset_post_clone,
};

/* ------------------------------------------------------------------ */
/* For the rest of the kernel */

/**
 * cpuset_cpus_allowed() - the CPUs @tsk's cpuset lets it use
 * @tsk: the task
 * @pmask: where to store them (all possible CPUs for the top cpuset,
 *	else the online CPUs of the cpuset)
 *
 * Context: process; takes callback_mutex; not under cgroup_mutex's
 * inner locks.
 */
void cpuset_cpus_allowed(struct task_struct *tsk, struct cpumask *pmask)
{
	mutex_lock(&callback_mutex);
	rcu_read_lock();
	cpuset_task_cpus(task_cs(tsk), pmask);
	rcu_read_unlock();
	mutex_unlock(&callback_mutex);
}

/**
 * cpuset_mems_allowed() - the memory nodes @tsk's cpuset lets it use
 * @tsk: the task
 *
 * Context: process; takes callback_mutex.
 * Return: the online nodes of @tsk's cpuset.
 */
nodemask_t cpuset_mems_allowed(struct task_struct *tsk)
{
	nodemask_t mask;

	mutex_lock(&callback_mutex);
	rcu_read_lock();
	nodes_and(mask, task_cs(tsk)->mems_allowed, node_online_map);
	rcu_read_unlock();
	mutex_unlock(&callback_mutex);
	return mask;
}
