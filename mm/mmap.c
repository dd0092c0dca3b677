// SPDX-License-Identifier: GPL-2.0
/*
 * mmap.c - the mm model: struct mm_struct lifetime, its owner, and
 * mapping pages.  An address space has no addresses here: it counts the
 * pages its tasks mapped (total_vm, split by memory node in node_pages),
 * and memcg charges those pages to the owner's memory cgroup.
 *
 *	ksys_mmap(n)	map n more pages, on the first node of current's
 *			mems_allowed, charged to the memcg of mm->owner
 *	ksys_munmap(n)	unmap n pages (the most recently charged first;
 *			from the lowest-numbered nodes first)
 *
 * Every mm with users is on mmlist, so memcg can check that the pages
 * charged to all memcgs are the pages mapped by all mms.
 *
 * Locks taken and their ordering:
 *   memcg's charge lock -> mmlist_lock -> mm->page_table_lock
 *   tasklist_lock (read) -> task_lock(c) -> mm->page_table_lock
 *	(mm_update_next_owner(), mm_fork_owner(): mm->owner)
 *   rcu_read_lock -> task_lock(t)	(get_group_mm(): a thread's mm)
 * page_table_lock protects total_vm and node_pages (cpuset's
 * memory_migrate moves node_pages counts under it); changes of
 * total_vm are made by memcg under its charge lock as well, so that a
 * charge and the pages it is for change together.  mm_users counts
 * tasks, mm_count the struct.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/mm_types.h>
#include <linux/mman.h>
#include <linux/memcontrol.h>

LIST_HEAD(mmlist);
DEFINE_SPINLOCK(mmlist_lock);	/* mmlist; inside memcg's charge lock */

/**
 * mm_alloc() - a new, empty address space
 * Context: process.
 * Return: the mm with one user, or NULL.
 */
struct mm_struct *mm_alloc(void)
{
	struct mm_struct *mm = kzalloc(sizeof(*mm), GFP_KERNEL);

	if (!mm)
		return NULL;
	atomic_set(&mm->mm_users, 1);
	atomic_set(&mm->mm_count, 1);
	spin_lock_init(&mm->page_table_lock);
	INIT_LIST_HEAD(&mm->memcg_charges);
	spin_lock(&mmlist_lock);
	list_add_tail(&mm->mmlist, &mmlist);
	spin_unlock(&mmlist_lock);
	return mm;
}

/**
 * dup_mm() - a copy of @oldmm for @tsk (fork without CLONE_VM)
 * @tsk: the new owner; its css_set is set (cgroup_fork() ran)
 * @oldmm: the parent's mm
 *
 * The copied pages are charged to @tsk's memcg; over its limit the copy
 * fails and nothing is left charged.
 * Context: process.
 * Return: the new mm with one user, or NULL (out of memory, or the
 * memcg limit: both -ENOMEM for fork).
 */
struct mm_struct *dup_mm(struct task_struct *tsk, struct mm_struct *oldmm)
{
	struct mm_struct *mm = mm_alloc();

	if (!mm)
		return NULL;
	mm->owner = tsk;
	/* the child sees the arguments its parent was exec'd with */
	if (oldmm->arg_buf) {
		mm->arg_buf = kmemdup(oldmm->arg_buf, oldmm->arg_len,
				      GFP_KERNEL);
		if (!mm->arg_buf) {
			mmput(mm);
			return NULL;
		}
		mm->arg_len = oldmm->arg_len;
	}
	if (mem_cgroup_dup_mm(mm, oldmm)) {
		mmput(mm);
		return NULL;
	}
	return mm;
}

/**
 * mmdrop() - drop a reference to the struct
 * @mm: the mm
 * Context: any.
 */
void mmdrop(struct mm_struct *mm)
{
	if (atomic_dec_and_test(&mm->mm_count))
		kfree(mm);
}

/**
 * mmput() - a task stops using @mm
 * @mm: the mm
 *
 * The last user unmaps everything: the pages are uncharged from every
 * memcg they were charged to.
 * Context: process; no spinlock held.
 */
void mmput(struct mm_struct *mm)
{
	might_sleep();
	if (!atomic_dec_and_test(&mm->mm_users))
		return;
	mem_cgroup_exit_mm(mm);
	kfree(mm->arg_buf);
	mm->arg_buf = NULL;
	spin_lock(&mmlist_lock);
	list_del(&mm->mmlist);
	spin_unlock(&mmlist_lock);
	mmdrop(mm);
}

/**
 * get_task_mm() - @tsk's address space, with a user reference
 * @tsk: the task
 * Context: process; takes task_lock(@tsk).
 * Return: the mm (mmput() it), or NULL for a kernel thread or a task
 * that has exited (a zombie leader has none).
 */
struct mm_struct *get_task_mm(struct task_struct *tsk)
{
	struct mm_struct *mm;

	task_lock(tsk);
	mm = tsk->mm;
	if (mm && !(tsk->flags & PF_KTHREAD))
		mmget(mm);
	else
		mm = NULL;
	task_unlock(tsk);
	return mm;
}

/**
 * get_group_mm() - the address space of @tsk's process, with a user
 *	reference
 * @tsk: a task of the process, referenced by the caller
 *
 * For the cgroup hooks that act once per process (can_attach and attach
 * get the thread group leader on the cgroup.procs path, cgroups.txt
 * 3.3).  That leader may no longer have an mm while its process lives
 * on: it exited and its threads did not (a zombie leader), or another
 * thread exec'ed after the write took its snapshot (de_thread() released
 * the leader, and the process now runs on the new program's mm).  The
 * mm of the process is then a live thread's, found through the thread
 * list of @tsk's signal_struct, which an exec does not change.
 *
 * Context: process; takes task_lock of @tsk, then under rcu_read_lock()
 * of the threads it looks at.
 * Return: @tsk's own mm if it has one, else the mm of a live (not
 * exiting) thread of its process; mmput() it.  NULL for a kernel thread
 * or a process that has no live thread left.
 */
struct mm_struct *get_group_mm(struct task_struct *tsk)
{
	struct mm_struct *mm = get_task_mm(tsk);
	struct task_struct *t;

	if (mm || (READ_ONCE(tsk->flags) & PF_KTHREAD))
		return mm;
	rcu_read_lock();
	for_each_thread(tsk, t) {
		task_lock(t);
		if (t->mm && !(t->flags & (PF_EXITING | PF_KTHREAD))) {
			mm = t->mm;
			mmget(mm);
		}
		task_unlock(t);
		if (mm)
			break;
	}
	rcu_read_unlock();
	return mm;
}

/* set @mm's owner: the caller holds task_lock(@tsk) (or @tsk is NULL) */
static void mm_set_owner(struct mm_struct *mm, struct task_struct *tsk)
{
	spin_lock(&mm->page_table_lock);
	WRITE_ONCE(mm->owner, tsk);
	spin_unlock(&mm->page_table_lock);
}

/* make @c @mm's owner if it still uses @mm */
static bool mm_try_owner(struct mm_struct *mm, struct task_struct *c)
{
	bool found;

	task_lock(c);
	found = c->mm == mm;
	if (found)
		mm_set_owner(mm, c);
	task_unlock(c);
	return found;
}

/**
 * mm_update_next_owner() - current no longer uses @mm: pass ownership on
 * @mm: the mm current just dropped (exit_mm(), exec)
 *
 * If current owned @mm, another task using @mm becomes the owner, or
 * NULL when there is none.  A candidate is checked under its task_lock,
 * so one that is exiting itself either still has @mm (and will pass the
 * ownership on in turn) or is skipped.  A task forked with CLONE_VM but
 * not yet on the task list is not found: mm_fork_owner() lets it take a
 * NULL owner once it is linked.
 * Context: process; takes tasklist_lock (read) and task locks.
 */
void mm_update_next_owner(struct mm_struct *mm)
{
	struct task_struct *tsk = current;
	struct task_struct *g, *c;

	if (READ_ONCE(mm->owner) != tsk)
		return;
	read_lock(&tasklist_lock);
	/* usually another thread of the process: look there first */
	for_each_thread(tsk, c) {
		if (c != tsk && mm_try_owner(mm, c))
			goto out_unlock;
	}
	for_each_process(g) {
		for_each_thread(g, c) {
			if (c != tsk && mm_try_owner(mm, c))
				goto out_unlock;
		}
	}
	mm_set_owner(mm, NULL);
out_unlock:
	read_unlock(&tasklist_lock);
}

/**
 * mm_fork_owner() - a new task takes its mm's ownership if nobody has it
 * @tsk: the new task, just linked into the task list
 *
 * Closes the window in which the last other user exited while @tsk was
 * being forked and so could not be found by mm_update_next_owner().
 * Context: process; takes task_lock(@tsk).
 */
void mm_fork_owner(struct task_struct *tsk)
{
	struct mm_struct *mm;

	task_lock(tsk);
	mm = tsk->mm;
	if (mm) {
		spin_lock(&mm->page_table_lock);
		if (!READ_ONCE(mm->owner))
			WRITE_ONCE(mm->owner, tsk);
		spin_unlock(&mm->page_table_lock);
	}
	task_unlock(tsk);
}

/**
 * mm_add_pages() - account @npages more pages of @mm on @node
 * @mm: the mm
 * @node: the memory node
 * @npages: how many
 * Context: any; takes @mm->page_table_lock.  memcg calls it under its
 * charge lock.
 */
void mm_add_pages(struct mm_struct *mm, int node, unsigned long npages)
{
	spin_lock(&mm->page_table_lock);
	mm->total_vm += npages;
	mm->node_pages[node] += npages;
	spin_unlock(&mm->page_table_lock);
}

/**
 * mm_sub_pages() - account @npages fewer pages of @mm
 * @mm: the mm
 * @npages: how many; taken from the lowest-numbered nodes first
 * Context: any; takes @mm->page_table_lock.
 * Return: 0, or -EINVAL (nothing changed) when @mm has fewer pages.
 */
int mm_sub_pages(struct mm_struct *mm, unsigned long npages)
{
	unsigned long n;
	int node;

	spin_lock(&mm->page_table_lock);
	if (npages > mm->total_vm) {
		spin_unlock(&mm->page_table_lock);
		return -EINVAL;
	}
	mm->total_vm -= npages;
	for (node = 0; node < MAX_NUMNODES && npages; node++) {
		n = min(npages, mm->node_pages[node]);
		mm->node_pages[node] -= n;
		npages -= n;
	}
	WARN_ON_ONCE(npages);
	spin_unlock(&mm->page_table_lock);
	return 0;
}

/**
 * mm_copy_pages() - @mm gets @oldmm's pages, node by node (fork)
 * @mm: the new, empty mm
 * @oldmm: the parent's
 * Context: any; takes both page_table_locks, one at a time.
 * Return: the number of pages copied.
 */
unsigned long mm_copy_pages(struct mm_struct *mm, struct mm_struct *oldmm)
{
	unsigned long node_pages[MAX_NUMNODES];
	unsigned long total;

	spin_lock(&oldmm->page_table_lock);
	total = oldmm->total_vm;
	memcpy(node_pages, oldmm->node_pages, sizeof(node_pages));
	spin_unlock(&oldmm->page_table_lock);

	spin_lock(&mm->page_table_lock);
	mm->total_vm = total;
	memcpy(mm->node_pages, node_pages, sizeof(node_pages));
	spin_unlock(&mm->page_table_lock);
	return total;
}

/**
 * mm_clear_pages() - @mm maps nothing any more
 * @mm: the mm
 * Context: any; takes @mm->page_table_lock.
 */
void mm_clear_pages(struct mm_struct *mm)
{
	spin_lock(&mm->page_table_lock);
	mm->total_vm = 0;
	memset(mm->node_pages, 0, sizeof(mm->node_pages));
	spin_unlock(&mm->page_table_lock);
}

/**
 * mm_pages() - how many pages @mm maps
 * @mm: the mm
 * Context: any; takes @mm->page_table_lock.
 * Return: total_vm.
 */
unsigned long mm_pages(struct mm_struct *mm)
{
	unsigned long total;

	spin_lock(&mm->page_table_lock);
	total = mm->total_vm;
	spin_unlock(&mm->page_table_lock);
	return total;
}

/**
 * ksys_mmap() - map @npages pages into current's address space
 * @npages: how many, 1..MMAP_MAX_PAGES
 *
 * The pages go on the first node of current's mems_allowed and are
 * charged to the memory cgroup of the mm's owner.
 * Context: process, in task context.
 * Return: 0; -EINVAL for 0 or too many pages or a task without an mm;
 * -ENOMEM when the memcg limit (at any level) is exceeded (failcnt is
 * counted) or memory runs out.  Nothing is mapped on failure.
 */
long ksys_mmap(unsigned long npages)
{
	struct task_struct *tsk = current;
	struct mm_struct *mm;
	int node;
	long ret;

	if (!npages || npages > MMAP_MAX_PAGES)
		return -EINVAL;
	mm = get_task_mm(tsk);
	if (!mm)
		return -EINVAL;
	task_lock(tsk);
	node = first_node(tsk->mems_allowed);
	task_unlock(tsk);
	if (node >= MAX_NUMNODES)
		node = 0;
	ret = mem_cgroup_map(mm, node, npages);
	mmput(mm);
	return ret;
}

/**
 * ksys_munmap() - unmap @npages pages of current's address space
 * @npages: how many, at most what is mapped
 *
 * Uncharged from the memcgs they were charged to, the most recent
 * charge first.
 * Context: process, in task context.
 * Return: 0, or -EINVAL (nothing changed) for 0, more than is mapped,
 * or a task without an mm.
 */
long ksys_munmap(unsigned long npages)
{
	struct mm_struct *mm;
	long ret;

	if (!npages)
		return -EINVAL;
	mm = get_task_mm(current);
	if (!mm)
		return -EINVAL;
	ret = mem_cgroup_unmap(mm, npages);
	mmput(mm);
	return ret;
}
