// SPDX-License-Identifier: GPL-2.0
/*
 * memcontrol.c - the memory cgroup subsystem (memcg), after Linux 3.0's
 * memory controller, for the page model of mm/mmap.c.
 *
 * Pages a process maps are charged, when they are mapped, to the memcg
 * of its mm's owner (mm->owner), in bytes, on a res_counter: over the
 * limit (at any level, with use_hierarchy) the mapping fails with
 * -ENOMEM and failcnt counts it.  Because the owner can move to another
 * memcg without its charges, one mm's pages can be charged to several
 * memcgs: each mm keeps a list of records (memcg, pages), the most
 * recent charge first, and munmap and the mm's teardown uncharge
 * exactly what was charged, taking from the most recent record first.
 *
 * move_charge_at_immigrate (the 2011 interface, memory.txt 6.1): when
 * the thread passed to can_attach owns its mm and the target has the
 * bit set, the target is precharged with the mm's pages charged to the
 * task's memcg; cancel_attach gives the precharge back and attach moves
 * the charges, once per mm.
 *
 * The conservation invariant: the pages charged to all memcgs are the
 * pages mapped by all mms (and every record list sums to its mm's
 * total_vm); every memcg's usage is its own pages plus an in-flight
 * precharge plus, with use_hierarchy, its children's usage.
 * mem_cgroup_check_conservation() checks it.
 *
 * Locks taken and their ordering:
 *   cgroup_mutex -> memcg_charge_lock -> mmlist_lock
 *	-> mm->page_table_lock -> res_counter->lock
 * memcg_charge_lock is a global spinlock: it serializes every change of
 * a charge together with the page count it is for (map, unmap, fork,
 * teardown, move, reparent), so the invariant holds at every point at
 * which it can be taken.  The move state mc is changed under
 * cgroup_mutex (private to kernel/cgroup.c: the hooks assert it with
 * cgroup_lock_is_held()); the fields the checker reads (to, precharge) also
 * under memcg_charge_lock.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/lockdep.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/cgroup.h>
#include <linux/moduleparam.h>
#include <linux/res_counter.h>
#include <linux/mm_types.h>
#include <linux/mman.h>
#include <linux/memcontrol.h>

/* move_charge_at_immigrate bits: anon and file pages, as 3.0 */
enum {
	MOVE_CHARGE_TYPE_ANON,
	MOVE_CHARGE_TYPE_FILE,
	NR_MOVE_TYPE,
};

/**
 * struct mem_cgroup - a memory cgroup
 * @css: the subsystem state
 * @res: the bytes charged here, with the limit; its parent is the
 *	parent's @res when the parent has use_hierarchy
 * @nr_pages: pages charged to this memcg itself, not its children
 *	(memcg_charge_lock)
 * @check_pages: scratch of mem_cgroup_check_conservation()
 *	(memcg_charge_lock)
 * @use_hierarchy: charges propagate to the ancestors (cgroup_mutex)
 * @move_charge_at_immigrate: MOVE_CHARGE_TYPE_* bits (cgroup_mutex)
 * @list: entry in mem_cgroups (memcg_charge_lock)
 */
struct mem_cgroup {
	struct cgroup_subsys_state css;
	struct res_counter res;
	unsigned long nr_pages;
	unsigned long check_pages;
	bool use_hierarchy;
	unsigned long move_charge_at_immigrate;
	struct list_head list;
};

/**
 * struct mem_cgroup_charge - pages of one mm charged to one memcg
 * @mm_node: entry in mm->memcg_charges, most recent first
 * @memcg: where they are charged
 * @pages: how many
 *
 * All under memcg_charge_lock.  A removed memcg's records are moved to
 * its parent before it is freed, so @memcg is always alive.
 */
struct mem_cgroup_charge {
	struct list_head mm_node;
	struct mem_cgroup *memcg;
	unsigned long pages;
};

/* every charge change, with the page count it is for; see the top */
static DEFINE_SPINLOCK(memcg_charge_lock);
/* every mem_cgroup, root first (memcg_charge_lock) */
static LIST_HEAD(mem_cgroups);
static struct mem_cgroup *root_mem_cgroup;

/*
 * The charge move between can_attach and attach/cancel_attach.
 * cgroup_mutex; @to and @precharge are also written under
 * memcg_charge_lock, for the checker.  @moves and @moved_pages count
 * what attach moved, for tests.
 */
static struct move_charge_struct {
	struct mem_cgroup *from;
	struct mem_cgroup *to;
	struct mm_struct *mm;
	unsigned long precharge;
	struct mem_cgroup_charge *spare;
	unsigned long moves;
	unsigned long moved_pages;
} mc;

static struct mem_cgroup *mem_cgroup_from_css(struct cgroup_subsys_state *css)
{
	return container_of(css, struct mem_cgroup, css);
}

static struct mem_cgroup *mem_cgroup_from_cont(struct cgroup *cgrp)
{
	return mem_cgroup_from_css(cgroup_subsys_state(cgrp,
						       mem_cgroup_subsys_id));
}

/* Context: rcu_read_lock() or cgroup_mutex. */
static struct mem_cgroup *mem_cgroup_from_task(struct task_struct *tsk)
{
	return mem_cgroup_from_css(task_subsys_state(tsk,
						     mem_cgroup_subsys_id));
}

static struct mem_cgroup *parent_mem_cgroup(struct mem_cgroup *memcg)
{
	struct cgroup *parent = memcg->css.cgroup->parent;

	return parent ? mem_cgroup_from_cont(parent) : NULL;
}

/*
 * The memcg @mm's pages are charged to now: its owner's; current's
 * when it has none (only a task using @mm maps into it).
 */
static struct mem_cgroup *mem_cgroup_from_mm(struct mm_struct *mm)
	__must_hold(&memcg_charge_lock)
{
	struct task_struct *owner;

	lockdep_assert_held(&memcg_charge_lock);
	/* under rcu_read_lock(): the owner is freed after a grace period */
	owner = READ_ONCE(mm->owner);
	if (!owner)
		owner = current;
	return mem_cgroup_from_task(owner);
}

/* ------------------------------------------------------------------ */
/* Charges and records */

static int mem_cgroup_charge_locked(struct mem_cgroup *memcg,
				    unsigned long npages)
	__must_hold(&memcg_charge_lock)
{
	int ret;

	lockdep_assert_held(&memcg_charge_lock);
	ret = res_counter_charge(&memcg->res, npages << PAGE_SHIFT, NULL);
	if (!ret)
		memcg->nr_pages += npages;
	return ret;
}

static void mem_cgroup_uncharge_locked(struct mem_cgroup *memcg,
				       unsigned long npages)
	__must_hold(&memcg_charge_lock)
{
	lockdep_assert_held(&memcg_charge_lock);
	if (WARN_ON_ONCE(memcg->nr_pages < npages))
		npages = memcg->nr_pages;
	res_counter_uncharge(&memcg->res, npages << PAGE_SHIFT);
	memcg->nr_pages -= npages;
}

/*
 * Record @npages more of @mm charged to @memcg: added to the most
 * recent record when that is @memcg's, else @rec becomes it.
 * Return: @rec if it was not used (the caller frees it), else NULL.
 */
static struct mem_cgroup_charge *
mm_charge_record(struct mm_struct *mm, struct mem_cgroup *memcg,
		 unsigned long npages, struct mem_cgroup_charge *rec)
	__must_hold(&memcg_charge_lock)
{
	struct mem_cgroup_charge *head;

	lockdep_assert_held(&memcg_charge_lock);
	head = list_first_entry_or_null(&mm->memcg_charges,
					struct mem_cgroup_charge, mm_node);
	if (head && head->memcg == memcg) {
		head->pages += npages;
		return rec;
	}
	rec->memcg = memcg;
	rec->pages = npages;
	list_add(&rec->mm_node, &mm->memcg_charges);
	return NULL;
}

/* pages of @mm charged to @memcg */
static unsigned long mm_charged_to(struct mm_struct *mm,
				   struct mem_cgroup *memcg)
	__must_hold(&memcg_charge_lock)
{
	struct mem_cgroup_charge *rec;
	unsigned long pages = 0;

	lockdep_assert_held(&memcg_charge_lock);
	list_for_each_entry(rec, &mm->memcg_charges, mm_node) {
		if (rec->memcg == memcg)
			pages += rec->pages;
	}
	return pages;
}

/**
 * mem_cgroup_map() - charge and map @npages pages of @mm on @node
 * @mm: the mm, with a user reference
 * @node: the memory node the pages go on
 * @npages: how many
 * Context: process; no spinlock held.
 * Return: 0, or -ENOMEM (over a limit: failcnt counted; or no memory
 * for the record).  Nothing changes on failure.
 */
int mem_cgroup_map(struct mm_struct *mm, int node, unsigned long npages)
{
	struct mem_cgroup_charge *rec;
	struct mem_cgroup *memcg;
	int ret;

	rec = kmalloc(sizeof(*rec), GFP_KERNEL);
	if (!rec)
		return -ENOMEM;
	rcu_read_lock();
	spin_lock(&memcg_charge_lock);
	memcg = mem_cgroup_from_mm(mm);
	ret = mem_cgroup_charge_locked(memcg, npages);
	if (!ret) {
		rec = mm_charge_record(mm, memcg, npages, rec);
		mm_add_pages(mm, node, npages);
	}
	spin_unlock(&memcg_charge_lock);
	rcu_read_unlock();
	kfree(rec);
	return ret;
}

/* Uncharge @npages of @mm, most recent record first. */
static void mm_uncharge_records(struct mm_struct *mm, unsigned long npages)
	__must_hold(&memcg_charge_lock)
{
	struct mem_cgroup_charge *rec, *tmp;
	unsigned long n;

	lockdep_assert_held(&memcg_charge_lock);
	list_for_each_entry_safe(rec, tmp, &mm->memcg_charges, mm_node) {
		if (!npages)
			break;
		n = min(npages, rec->pages);
		mem_cgroup_uncharge_locked(rec->memcg, n);
		rec->pages -= n;
		npages -= n;
		if (!rec->pages) {
			list_del(&rec->mm_node);
			kfree(rec);
		}
	}
	WARN_ON_ONCE(npages);
}

/**
 * mem_cgroup_unmap() - unmap and uncharge @npages pages of @mm
 * @mm: the mm, with a user reference
 * @npages: how many
 *
 * The most recently charged pages are unmapped first, each uncharged
 * from the memcg it was charged to.
 * Context: process; no spinlock held.
 * Return: 0, or -EINVAL (nothing changed) when @mm maps fewer pages.
 */
int mem_cgroup_unmap(struct mm_struct *mm, unsigned long npages)
{
	int ret;

	spin_lock(&memcg_charge_lock);
	ret = mm_sub_pages(mm, npages);
	if (!ret)
		mm_uncharge_records(mm, npages);
	spin_unlock(&memcg_charge_lock);
	return ret;
}

/**
 * mem_cgroup_dup_mm() - fork: copy @oldmm's pages into @mm and charge them
 * @mm: the child's new, empty mm; its owner is the child
 * @oldmm: the parent's
 *
 * The copy is charged to the child's memcg (the parent's css_set, which
 * cgroup_fork() gave the child).
 * Context: process; no spinlock held.
 * Return: 0, or -ENOMEM (over a limit, or no memory): @mm stays empty.
 */
int mem_cgroup_dup_mm(struct mm_struct *mm, struct mm_struct *oldmm)
{
	struct mem_cgroup_charge *rec;
	struct mem_cgroup *memcg;
	unsigned long npages;
	int ret = 0;

	rec = kmalloc(sizeof(*rec), GFP_KERNEL);
	if (!rec)
		return -ENOMEM;
	rcu_read_lock();
	spin_lock(&memcg_charge_lock);
	/* oldmm's total_vm changes only under memcg_charge_lock */
	npages = mm_pages(oldmm);
	if (npages) {
		memcg = mem_cgroup_from_mm(mm);
		ret = mem_cgroup_charge_locked(memcg, npages);
		if (!ret) {
			rec = mm_charge_record(mm, memcg, npages, rec);
			mm_copy_pages(mm, oldmm);
		}
	}
	spin_unlock(&memcg_charge_lock);
	rcu_read_unlock();
	kfree(rec);
	return ret;
}

/**
 * mem_cgroup_exit_mm() - the last user of @mm is gone: uncharge it all
 * @mm: the mm
 * Context: process; no spinlock held.
 */
void mem_cgroup_exit_mm(struct mm_struct *mm)
{
	spin_lock(&memcg_charge_lock);
	mm_uncharge_records(mm, mm_pages(mm));
	mm_clear_pages(mm);
	WARN_ON_ONCE(!list_empty(&mm->memcg_charges));
	spin_unlock(&memcg_charge_lock);
}

/*
 * Move every page charged to @from to its parent @to: the records of
 * every mm, the page counts and the counters.  With use_hierarchy @to
 * already counts them and only @from's level is uncharged.  @force:
 * charge @to even over its limit (rmdir cannot fail).
 * Return: 0, or -ENOMEM (nothing moved) when @to is over its limit.
 */
static int mem_cgroup_move_parent(struct mem_cgroup *from,
				  struct mem_cgroup *to, bool force)
	__must_hold(&memcg_charge_lock)
{
	unsigned long npages = from->nr_pages;
	unsigned long bytes = npages << PAGE_SHIFT;
	struct mem_cgroup_charge *rec;
	struct mm_struct *mm;

	lockdep_assert_held(&memcg_charge_lock);
	if (!npages)
		return 0;
	if (from->res.parent != &to->res) {
		if (force)
			res_counter_charge_nofail(&to->res, bytes);
		else if (res_counter_charge(&to->res, bytes, NULL))
			return -ENOMEM;
		res_counter_uncharge(&from->res, bytes);
	} else {
		res_counter_uncharge_until(&from->res, &to->res, bytes);
	}
	spin_lock(&mmlist_lock);
	list_for_each_entry(mm, &mmlist, mmlist) {
		list_for_each_entry(rec, &mm->memcg_charges, mm_node) {
			if (rec->memcg == from)
				rec->memcg = to;
		}
	}
	spin_unlock(&mmlist_lock);
	to->nr_pages += npages;
	from->nr_pages = 0;
	return 0;
}

/* ------------------------------------------------------------------ */
/* The conservation invariant */

/**
 * mem_cgroup_check_conservation() - check that no charge is lost
 *
 * Under memcg_charge_lock: every mm's records sum to its total_vm and
 * its node_pages to total_vm; the records of all mms charged to a memcg
 * sum to its nr_pages; the nr_pages of all memcgs sum to the pages
 * mapped by all mms; every memcg's usage is its nr_pages, plus the
 * in-flight precharge when it is the move target, plus its
 * use_hierarchy children's usage.  The first violation is printed.
 * Context: process; no spinlock held.
 * Return: 0, or -EINVAL when the invariant is broken.
 */
int mem_cgroup_check_conservation(void)
{
	unsigned long charged = 0, mapped = 0, recs, nodes;
	struct mem_cgroup_charge *rec;
	struct mem_cgroup *memcg, *child;
	struct mm_struct *mm;
	int node, ret = 0;

	spin_lock(&memcg_charge_lock);
	list_for_each_entry(memcg, &mem_cgroups, list) {
		memcg->check_pages = 0;
		charged += memcg->nr_pages;
	}
	spin_lock(&mmlist_lock);
	list_for_each_entry(mm, &mmlist, mmlist) {
		recs = 0;
		list_for_each_entry(rec, &mm->memcg_charges, mm_node) {
			recs += rec->pages;
			rec->memcg->check_pages += rec->pages;
		}
		spin_lock(&mm->page_table_lock);
		nodes = 0;
		for (node = 0; node < MAX_NUMNODES; node++)
			nodes += mm->node_pages[node];
		if (recs != mm->total_vm || nodes != mm->total_vm) {
			pr_err("memcg: mm %p maps %lu pages, records %lu, nodes %lu\n",
			       mm, mm->total_vm, recs, nodes);
			ret = -EINVAL;
		}
		mapped += mm->total_vm;
		spin_unlock(&mm->page_table_lock);
	}
	spin_unlock(&mmlist_lock);
	if (charged != mapped) {
		pr_err("memcg: %lu pages charged, %lu mapped\n", charged,
		       mapped);
		ret = -EINVAL;
	}
	list_for_each_entry(memcg, &mem_cgroups, list) {
		u64 want = memcg->nr_pages;
		u64 usage;

		if (memcg->check_pages != memcg->nr_pages) {
			pr_err("memcg: %s charged %lu pages, records %lu\n",
			       memcg->css.cgroup->name, memcg->nr_pages,
			       memcg->check_pages);
			ret = -EINVAL;
		}
		if (memcg == mc.to)
			want += mc.precharge;
		want <<= PAGE_SHIFT;
		list_for_each_entry(child, &mem_cgroups, list) {
			if (child->res.parent == &memcg->res)
				want += res_counter_read_u64(&child->res,
							     RES_USAGE);
		}
		usage = res_counter_read_u64(&memcg->res, RES_USAGE);
		if (usage != want) {
			pr_err("memcg: %s usage %llu, expected %llu\n",
			       memcg->css.cgroup->name, usage, want);
			ret = -EINVAL;
		}
	}
	spin_unlock(&memcg_charge_lock);
	return ret;
}

/* ------------------------------------------------------------------ */
/* Moving charges with a task (move_charge_at_immigrate) */

/* Give the precharge back and forget the move. */
static void mem_cgroup_clear_mc(void)
{
	struct mm_struct *mm = mc.mm;

	WARN_ON_ONCE(!cgroup_lock_is_held());
	spin_lock(&memcg_charge_lock);
	if (mc.to && mc.precharge)
		res_counter_uncharge(&mc.to->res, mc.precharge << PAGE_SHIFT);
	mc.precharge = 0;
	mc.to = NULL;
	spin_unlock(&memcg_charge_lock);
	mc.from = NULL;
	mc.mm = NULL;
	kfree(mc.spare);
	mc.spare = NULL;
	if (mm)
		mmput(mm);
}

/*
 * Do @mm's charges move with @tsk, and from which memcg (memory.txt 6.2)?
 * They move with @mm's owner: when @tsk is the owner; or, when @tsk no
 * longer uses @mm - a zombie leader, or a leader an exec replaced, which
 * the cgroup.procs path passes for its whole process (get_group_mm()) -
 * when the owner is a thread of @tsk's process, which moves with it.  A
 * thread moved alone through tasks always uses its mm, so only the owner
 * itself takes the charges along.  Return: the owner's memcg, or NULL
 * when no charge moves.
 */
static struct mem_cgroup *mem_cgroup_move_source(struct task_struct *tsk,
						 struct mm_struct *mm)
{
	struct mem_cgroup *from = NULL;
	struct task_struct *owner;
	bool uses_mm;

	task_lock(tsk);
	uses_mm = tsk->mm == mm;
	task_unlock(tsk);
	/* the owner is freed a grace period after it was replaced */
	rcu_read_lock();
	owner = READ_ONCE(mm->owner);
	if (owner == tsk ||
	    (owner && !uses_mm && same_thread_group(owner, tsk)))
		from = mem_cgroup_from_task(owner);
	rcu_read_unlock();
	return from;
}

/*
 * can_attach: when @cgrp's memcg has move_charge_at_immigrate set and
 * the charges of @tsk's mm move with it (mem_cgroup_move_source()),
 * precharge the target with the mm's pages charged to the owner's memcg.
 * On the procs path @tsk is the leader, and the mm is its process's even
 * when the leader has none (3.0 asked the leader for its mm and so moved
 * nothing for a zombie leader).  An owner already in @cgrp moves nothing
 * (3.0 hit a VM_BUG_ON there).
 */
static int mem_cgroup_can_attach(struct cgroup_subsys *ss,
				 struct cgroup *cgrp, struct task_struct *tsk)
{
	struct mem_cgroup *memcg = mem_cgroup_from_cont(cgrp);
	struct mem_cgroup *from;
	struct mm_struct *mm;
	unsigned long npages;
	int ret;

	WARN_ON_ONCE(!cgroup_lock_is_held());
	if (!memcg->move_charge_at_immigrate)
		return 0;
	mm = get_group_mm(tsk);
	if (!mm)
		return 0;
	from = mem_cgroup_move_source(tsk, mm);
	if (!from || from == memcg) {
		mmput(mm);
		return 0;
	}
	if (WARN_ON_ONCE(mc.to || mc.mm))
		mem_cgroup_clear_mc();

	mc.spare = kmalloc(sizeof(*mc.spare), GFP_KERNEL);
	if (!mc.spare) {
		ret = -ENOMEM;
		goto out_clear_mc;
	}
	mc.mm = mm;
	mc.from = from;
	if (fatal_signal_pending(current)) {
		ret = -EINTR;
		goto out_clear_mc;
	}
	spin_lock(&memcg_charge_lock);
	npages = mm_charged_to(mm, from);
	ret = res_counter_charge(&memcg->res, npages << PAGE_SHIFT, NULL);
	if (!ret) {
		mc.to = memcg;
		mc.precharge = npages;
	}
	spin_unlock(&memcg_charge_lock);
	if (ret)
		goto out_clear_mc;
	return 0;

out_clear_mc:
	if (!mc.mm)
		mmput(mm);
	mem_cgroup_clear_mc();
	return ret;
}

static void mem_cgroup_cancel_attach(struct cgroup_subsys *ss,
				     struct cgroup *cgrp,
				     struct task_struct *tsk)
{
	WARN_ON_ONCE(!cgroup_lock_is_held());
	mem_cgroup_clear_mc();
}

/*
 * Move up to the precharge of mc.mm's pages from mc.from to mc.to,
 * using the precharge; what the mm unmapped since can_attach is given
 * back, what it mapped since stays in mc.from.  At most one record is
 * split, with mc.spare.
 */
static void mem_cgroup_move_charge(void)
{
	struct mem_cgroup_charge *rec, *spare = mc.spare;
	unsigned long left, n;

	WARN_ON_ONCE(!cgroup_lock_is_held());
	spin_lock(&memcg_charge_lock);
	left = min(mc.precharge, mm_charged_to(mc.mm, mc.from));
	n = left;
	list_for_each_entry(rec, &mc.mm->memcg_charges, mm_node) {
		if (!left)
			break;
		if (rec->memcg != mc.from)
			continue;
		if (rec->pages > left) {
			/* the rest stays in mc.from, after the moved part */
			spare->memcg = mc.from;
			spare->pages = rec->pages - left;
			list_add(&spare->mm_node, &rec->mm_node);
			spare = NULL;
			rec->pages = left;
		}
		rec->memcg = mc.to;
		left -= rec->pages;
	}
	WARN_ON_ONCE(left);
	mc.from->nr_pages -= n;
	res_counter_uncharge(&mc.from->res, n << PAGE_SHIFT);
	mc.to->nr_pages += n;
	mc.precharge -= n;
	mc.moves++;
	mc.moved_pages += n;
	spin_unlock(&memcg_charge_lock);
	mc.spare = spare;
}

static void mem_cgroup_attach(struct cgroup_subsys *ss, struct cgroup *cgrp,
			      struct cgroup *old_cgrp, struct task_struct *tsk)
{
	WARN_ON_ONCE(!cgroup_lock_is_held());
	if (!mc.to)
		return;
	mem_cgroup_move_charge();
	mem_cgroup_clear_mc();
}

/* ------------------------------------------------------------------ */
/* Files */

static u64 mem_cgroup_read(struct cgroup *cgrp, struct cftype *cft)
{
	return res_counter_read_u64(&mem_cgroup_from_cont(cgrp)->res,
				    cft->private);
}

/*
 * limit_in_bytes: a size with an optional k/m/g suffix, rounded up to a
 * page, or -1 for no limit.  Not on the root.  3.0 reclaimed pages to
 * fit a limit below the usage; without reclaim that is -EBUSY.
 */
static int mem_cgroup_limit_write(struct cgroup *cgrp, struct cftype *cft,
				  const char *buffer)
{
	struct mem_cgroup *memcg = mem_cgroup_from_cont(cgrp);
	unsigned long long val;
	char *end;

	if (!cgrp->parent)
		return -EINVAL;
	if (!strcmp(buffer, "-1")) {
		val = RESOURCE_MAX;
	} else {
		val = memparse(buffer, &end);
		if (end == buffer || *end)
			return -EINVAL;
		if (val > RESOURCE_MAX - PAGE_SIZE)
			val = RESOURCE_MAX;
		else
			val = PAGE_ALIGN(val);
	}
	return res_counter_set_limit(&memcg->res, val);
}

/* max_usage_in_bytes and failcnt: any write resets them */
static int mem_cgroup_reset(struct cgroup *cgrp, struct cftype *cft,
			    const char *buffer)
{
	struct mem_cgroup *memcg = mem_cgroup_from_cont(cgrp);

	if (cft->private == RES_MAX_USAGE)
		res_counter_reset_max(&memcg->res);
	else
		res_counter_reset_failcnt(&memcg->res);
	return 0;
}

/*
 * force_empty: move the charges to the parent (3.0: when it cannot
 * reclaim them).  Only for a cgroup without tasks and children (else
 * -EBUSY); the root has no parent (-EINVAL); -ENOMEM, nothing moved,
 * when the parent has no room.
 */
static int mem_cgroup_force_empty_write(struct cgroup *cgrp,
					struct cftype *cft,
					const char *buffer)
{
	struct mem_cgroup *memcg = mem_cgroup_from_cont(cgrp);
	struct mem_cgroup *parent;
	int ret;

	if (!cgroup_lock_live_group(cgrp))
		return -ENODEV;
	if (cgroup_task_count(cgrp) || !list_empty(&cgrp->children)) {
		ret = -EBUSY;
		goto out_unlock;
	}
	parent = parent_mem_cgroup(memcg);
	if (!parent) {
		ret = -EINVAL;
		goto out_unlock;
	}
	spin_lock(&memcg_charge_lock);
	ret = mem_cgroup_move_parent(memcg, parent, false);
	spin_unlock(&memcg_charge_lock);
out_unlock:
	cgroup_unlock();
	return ret;
}

static u64 mem_cgroup_hierarchy_read(struct cgroup *cgrp, struct cftype *cft)
{
	return mem_cgroup_from_cont(cgrp)->use_hierarchy;
}

/*
 * use_hierarchy: 0 or 1 (else -EINVAL), changed only while there are no
 * children (else -EBUSY, as 3.0) and never below a parent that has it
 * (-EINVAL).
 */
static int mem_cgroup_hierarchy_write(struct cgroup *cgrp, struct cftype *cft,
				      u64 val)
{
	struct mem_cgroup *memcg = mem_cgroup_from_cont(cgrp);
	struct mem_cgroup *parent;
	int ret = 0;

	if (!cgroup_lock_live_group(cgrp))
		return -ENODEV;
	parent = parent_mem_cgroup(memcg);
	if ((parent && parent->use_hierarchy) || val > 1)
		ret = -EINVAL;
	else if (!list_empty(&cgrp->children))
		ret = -EBUSY;
	else
		memcg->use_hierarchy = val;
	cgroup_unlock();
	return ret;
}

static u64 mem_cgroup_move_charge_read(struct cgroup *cgrp,
				       struct cftype *cft)
{
	return mem_cgroup_from_cont(cgrp)->move_charge_at_immigrate;
}

/* move_charge_at_immigrate: a MOVE_CHARGE_TYPE_* bitmask; 4 or more EINVAL */
static int mem_cgroup_move_charge_write(struct cgroup *cgrp,
					struct cftype *cft, u64 val)
{
	struct mem_cgroup *memcg = mem_cgroup_from_cont(cgrp);

	if (val >= (1 << NR_MOVE_TYPE))
		return -EINVAL;
	if (!cgroup_lock_live_group(cgrp))
		return -ENODEV;
	memcg->move_charge_at_immigrate = val;
	cgroup_unlock();
	return 0;
}

static const struct cftype mem_cgroup_files[] = {
	{
		.name = "usage_in_bytes",
		.private = RES_USAGE,
		.mode = 0444,
		.read_u64 = mem_cgroup_read,
	},
	{
		.name = "max_usage_in_bytes",
		.private = RES_MAX_USAGE,
		.read_u64 = mem_cgroup_read,
		.write_string = mem_cgroup_reset,
	},
	{
		.name = "limit_in_bytes",
		.private = RES_LIMIT,
		.read_u64 = mem_cgroup_read,
		.write_string = mem_cgroup_limit_write,
	},
	{
		.name = "failcnt",
		.private = RES_FAILCNT,
		.read_u64 = mem_cgroup_read,
		.write_string = mem_cgroup_reset,
	},
	{
		.name = "force_empty",
		.mode = 0200,
		.write_string = mem_cgroup_force_empty_write,
	},
	{
		.name = "use_hierarchy",
		.read_u64 = mem_cgroup_hierarchy_read,
		.write_u64 = mem_cgroup_hierarchy_write,
	},
	{
		.name = "move_charge_at_immigrate",
		.read_u64 = mem_cgroup_move_charge_read,
		.write_u64 = mem_cgroup_move_charge_write,
	},
};

static int mem_cgroup_populate(struct cgroup_subsys *ss, struct cgroup *cgrp)
{
	return cgroup_add_files(cgrp, ss, mem_cgroup_files,
				ARRAY_SIZE(mem_cgroup_files));
}

/* ------------------------------------------------------------------ */
/* Creation and removal */

static struct cgroup_subsys_state *mem_cgroup_create(struct cgroup_subsys *ss,
						     struct cgroup *cgrp)
{
	struct mem_cgroup *memcg = kzalloc(sizeof(*memcg), GFP_KERNEL);
	struct mem_cgroup *parent = NULL;

	if (!memcg)
		return ERR_PTR(-ENOMEM);
	if (cgrp->parent)
		parent = mem_cgroup_from_cont(cgrp->parent);
	if (parent && parent->use_hierarchy) {
		memcg->use_hierarchy = true;
		res_counter_init(&memcg->res, &parent->res);
	} else {
		res_counter_init(&memcg->res, NULL);
	}
	spin_lock(&memcg_charge_lock);
	if (!parent)
		root_mem_cgroup = memcg;
	list_add_tail(&memcg->list, &mem_cgroups);
	spin_unlock(&memcg_charge_lock);
	return &memcg->css;
}

/*
 * The cgroup is gone and no RCU reader can find it through a task any
 * more; what is still charged here (pages of mms whose owner moved away
 * without them) goes to the parent, even over its limit, so that no
 * charge is lost.
 */
static void mem_cgroup_destroy(struct cgroup_subsys *ss, struct cgroup *cgrp)
{
	struct mem_cgroup *memcg = mem_cgroup_from_cont(cgrp);
	struct mem_cgroup *parent = parent_mem_cgroup(memcg);

	spin_lock(&memcg_charge_lock);
	if (parent)
		mem_cgroup_move_parent(memcg, parent, true);
	WARN_ON_ONCE(memcg->nr_pages);
	list_del(&memcg->list);
	if (memcg == root_mem_cgroup)
		root_mem_cgroup = NULL;
	spin_unlock(&memcg_charge_lock);
	kfree(memcg);
}

struct cgroup_subsys mem_cgroup_subsys = {
	.name = "memory",
	.subsys_id = mem_cgroup_subsys_id,
	.create = mem_cgroup_create,
	.destroy = mem_cgroup_destroy,
	.populate = mem_cgroup_populate,
	.can_attach = mem_cgroup_can_attach,
	.cancel_attach = mem_cgroup_cancel_attach,
	.attach = mem_cgroup_attach,
};
