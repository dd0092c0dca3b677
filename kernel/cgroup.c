// SPDX-License-Identifier: GPL-2.0
/*
 * cgroup.c - control groups core: hierarchies, css_sets, the cgroup
 * files (tasks, cgroup.procs, ...), fork/exit hooks and attaching a task.
 *
 * A hierarchy (struct cgroupfs_root) is a tree of cgroups with a set of
 * subsystems bound to it; every task is in exactly one cgroup of every
 * hierarchy.  A task points at a css_set, the shared record of "which
 * cgroup in each hierarchy, which state in each subsystem"; css_sets are
 * hashed by their subsystem states and linked to their cgroups through
 * cg_cgroup_links.  Subsystems not bound to a mounted hierarchy live in
 * the dummy hierarchy `rootnode`, whose only cgroup is `dummytop`.
 *
 * The cgroupfs file system (the VFS glue at the end of this file) is a
 * view of these objects: mkdir/rmdir call __cgroup_create() and
 * __cgroup_rmdir(), the files call the cftype handlers.  Tests drive the
 * same internal entry points directly (kernel/cgroup_test.c includes this
 * file).  What the core's other files (kernel/cgroup_debug.c) need from
 * here is declared in kernel/cgroup-internal.h.
 *
 * Locks taken and their ordering (the same as in
 * Documentation/cgroups/cgroups.txt section 3.2.1; cgroupfs_init() tells
 * lockdep-lite, so a path that breaks it WARNs):
 *
 *   [inode->i_mutex			(the VFS holds the parent's for
 *					 mkdir/rmdir of a cgroup directory)]
 *   cgrp->file_rwsem			(read around every control-file
 *					 handler; write by rmdir, with
 *					 cgroup_mutex dropped, before
 *					 destroy(), and the top cgroup's
 *					 by a remount, around its
 *					 cgroup_mutex)
 *   cgroup_mutex			(master lock: hierarchies, cgroups,
 *					 bindings, files lists, attach)
 *     signal->threadgroup_fork_lock	(write: cgroup.procs writes, so the
 *					 group gains no thread meanwhile)
 *       tasklist_lock			(not taken here: the lookups and
 *					 the snapshot use RCU; where others
 *					 hold it, it nests outside these)
 *         css_set_lock			(rwlock: css_set hash, links,
 *					 css_set_count, the last put; write
 *					 to move a task between css_sets,
 *					 read to walk a cgroup's tasks)
 *           cg->tasks_lock		(spinlock per css_set: its task
 *					 list; a move takes its source's
 *					 and destination's, lower address
 *					 first)
 *             task_lock(tsk)		(tsk->cgroups writes, PF_EXITING vs
 *					 cgroup_exit)
 *
 * Entry points and the locks they take, nested by depth:
 *
 *   cgroup_fork()		task_lock(current)
 *   cgroup_post_fork()		task_lock(child), cg->tasks_lock (by
 *				trylock; else in order, see
 *				cgroup_task_lock_tasks())
 *   cgroup_exit()		the same for tsk; then css_set_lock
 *				(write) in put_css_set() if it was the
 *				css_set's last reference
 *   attach_task_by_pid()	cgroup_mutex
 *				  rcu_read_lock (pid lookup, leader, creds)
 *				  cgroup_attach_task()  (tasks)
 *				    cgroup_task_migrate():
 *				      task_lock; then css_set_lock (write),
 *				        both tasks_locks, task_lock
 *				  threadgroup_fork_lock (write)  (procs)
 *				    cgroup_attach_proc():
 *				      rcu_read_lock (the snapshot's walk,
 *				      the css_set lookups);
 *				      css_set_lock (write, once per
 *				      CGROUP_MIGRATE_BATCH threads; the
 *				      first hold installs new css_sets,
 *				      the last frees the emptied ones)
 *				        the tasks_locks of a source and
 *				        its destination (kept while the
 *				        next thread has the same source)
 *				          task_lock(tsk) (per thread)
 *   __cgroup_create/rmdir,	cgroup_mutex
 *   mount, umount		  css_set_lock (write)
 *				  dcache_lock (libfs helpers, a leaf)
 *   tasks/procs read (open)	css_set_lock (read)
 *				  cg->tasks_lock, one css_set at a time
 *   /proc/<pid>/cgroup		cgroup_mutex
 *				  css_set_lock (read)
 *   control-file handlers	cgrp->file_rwsem (read)
 *				  cgroup_mutex (cgroup_lock_live_group())
 *   cgroup_iter_start/end	css_set_lock (read), and the tasks_lock
 *				of the css_set being walked; nothing that
 *				sleeps inside; cgroup_scan_tasks() calls
 *				its work outside it
 *
 * tsk->cgroups is written under task_lock(tsk) (and cgroup_mutex, except
 * by fork and exit) and, while tsk is linked, under the tasks_locks of
 * the old and the new css_set too; it is read under RCU, task_lock(tsk)
 * or cgroup_mutex.
 * A css_set whose refcount drops to zero is unhashed and unlinked under
 * css_set_lock and freed with call_rcu(): the attach path never waits for
 * a grace period (cgroups.txt 5.11).
 *
 * The task lists.  Each css_set's list of tasks has a lock of its own,
 * cg->tasks_lock, so that the fork and the exit of a process take no lock
 * that a move of another process takes: they link and unlink a task on
 * its own css_set's list, which a move of another process never touches
 * (unless both share a css_set: then they meet on that lock, as they
 * must).  The rules:
 *
 *  - A task's cg_list changes only under the tasks_lock of the css_set
 *    it is on (fork: the one it is linked to; exit: the one it leaves).
 *  - Under task_lock(tsk) and the tasks_lock of tsk->cgroups, tsk is on
 *    that css_set's list or on none (not linked by cgroup_post_fork()
 *    yet, or unlinked by cgroup_exit()).  So a move that stores
 *    tsk->cgroups of a linked task holds both css_sets' tasks_locks
 *    across the store and the move between the lists; fork and exit
 *    lock tsk and then its css_set's list (cgroup_task_lock_tasks()),
 *    which is the reverse of the order above and therefore a trylock,
 *    retried in order when a move or a reader holds the list.
 *  - A task moves from one css_set's list to another's only under
 *    css_set_lock held for write.  A reader that walks a cgroup's tasks
 *    (the tasks and cgroup.procs files, cgroup_iter, cgroup_scan_tasks)
 *    holds css_set_lock for read, so no task moves during its walk and
 *    none is seen twice or missed, and holds the tasks_lock of each
 *    css_set while it walks that css_set's list.  Forks and exits in
 *    the other css_sets go on meanwhile: what a reader sees of a task
 *    that forks or exits during the walk is what it would see if the
 *    fork or exit came just before or just after the walk of that
 *    css_set (for a fork: hooks run after the link, so a fork hook that
 *    serialises with the reader sees the reader's state).
 *  - cgroup_exit() unlinks the task before it points it at init_css_set
 *    and runs the exit hooks: a hook never finds its task on a list.
 *    The refcount transitions, the hash and the links keep
 *    css_set_lock, which fork and exit take only to drop a css_set's
 *    last reference.
 *
 * Holding css_set_lock.  A cgroup.procs write takes a global lock once
 * per move, not once per thread: the snapshot walks the thread list under
 * RCU alone (the group's fork lock keeps threads from joining), checks
 * the leader without a lock, and looks each distinct old css_set up once,
 * under RCU too.  The migration itself - per thread,
 * task_lock, the tsk->cgroups store and the move between task lists -
 * runs under css_set_lock held for write, CGROUP_MIGRATE_BATCH (64)
 * threads per hold.  Why not one hold for the whole group, as Linux's
 * cgroup_migrate_execute() does:
 *
 *  - Linux can afford it: its cgroup_threadgroup_rwsem is global, so
 *    every process's fork waits for a move anyway, and holding the
 *    spinlock across the tasks costs nobody anything more.  Here the fork
 *    lock is per process, and the promise is that an uninvolved process
 *    forks on undisturbed.  What such a forker shares with the mover is
 *    only css_set_lock (write, once in cgroup_post_fork() to link the
 *    child to its own css_set, once in cgroup_exit() to unlink it; lists
 *    the mover never touches).  What it needs is that
 *    a collision costs it a bounded wait, comparable to one of its own
 *    fork+exit pairs (a few microseconds), not the length of a move.
 *    With the task lists' own locks (above) that collision is gone; the
 *    bound still matters for forks in the css_sets being moved between
 *    and for readers of the tasks files.
 *  - One hold per move would make that wait the whole migration: about
 *    100 ns per thread, so 10 ms for 100,000 threads, during which
 *    every fork and exit of the machine stops.  With B threads per hold
 *    the wait is at most B times the per-thread cost (B = 64: about
 *    6 us), because the rwlock is fair to writers (FIFO among them,
 *    include/linux/rwlock.h): a forker queued while the mover holds the
 *    lock gets it before the mover's next batch.
 *  - B is not smaller because each hold costs an uncontended lock and
 *    unlock (two atomic operations on a shared line) and one walk of the
 *    src list (one entry per distinct old css_set, usually one) to hand
 *    the references over: at 64 threads per hold that is about 1% of
 *    the migration.
 *  - Dropping the lock between batches loses nothing the move promises:
 *    all or nothing is about failures (none is possible after the commit
 *    point) and about forks (the group's fork lock is held throughout).
 *    Readers of tasks and cgroup.procs may see part of the group moved
 *    between two batches, as they could in the 2011 code, which took the
 *    lock per thread.
 */

#include <linux/cgroup.h>
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/ctype.h>
#include <linux/bitops.h>
#include <linux/string.h>
#include <linux/sort.h>
#include <linux/slab.h>
#include <linux/mutex.h>
#include <linux/spinlock.h>
#include <linux/rwlock.h>
#include <linux/rcupdate.h>
#include <linux/lockdep.h>
#include <linux/preempt.h>
#include <linux/sched.h>
#include <linux/cred.h>
#include <linux/init.h>
#include <linux/uaccess.h>
#include <linux/seq_file.h>
#include <linux/proc_fs.h>
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/prefetch.h>
#include <linux/magic.h>
#include <linux/mount.h>

#include "cgroup-internal.h"

/*
 * cgroup_mutex - the master lock.  Held to change hierarchies (mount,
 * remount, umount), to create and remove cgroups, to bind subsystems,
 * to change any cgroup's files list, and across every attach (from pid
 * lookup to return).  Outermost lock of the cgroup code.
 */
DEFINE_MUTEX(cgroup_mutex);

/*
 * css_set_lock - protects the css_set hash table, css_set_count, every
 * css_set's cg_links, every cgroup's css_sets list and the unlinking of
 * a css_set on its last put; held for write to move a task from one
 * css_set's task list to another's, for read to walk a cgroup's tasks
 * (each list also has its own tasks_lock, nested inside: "The task
 * lists" above).  Taken for read to walk them, for write to change them.
 * Nests inside cgroup_mutex and tasklist_lock, outside the tasks_locks
 * and task_lock.  The hash chains are also RCU lists, which
 * find_existing_css_set() walks without it.
 */
DEFINE_RWLOCK(css_set_lock);

/* The subsystem table, indexed by subsys_id. */
#define SUBSYS(_x) &_x ## _subsys,
static struct cgroup_subsys *subsys[CGROUP_SUBSYS_COUNT] = {
#include <linux/cgroup_subsys.h>
};

#undef SUBSYS

/*
 * The active subsystems with a fork (exit) hook, by id, as Linux's
 * have_fork_callback: the fork and exit paths walk those alone, in id
 * order.  Set at boot as each subsystem becomes active, and again by
 * cgroup_subsys_hooks_changed() when code replaces a hook (the contract
 * suite's recording wrappers).  The walk still tests the pointer it
 * reads, so a mask one step behind a replacement is never a NULL call.
 */
static unsigned long cgroup_fork_subsys, cgroup_exit_subsys;

/* bits in cgroupfs_root::flags */
enum {
	ROOT_NOPREFIX,	/* subsystem files without the "<subsys>." prefix */
};

/*
 * The dummy hierarchy: every subsystem not bound to a mounted hierarchy
 * is bound here, with its boot-time root state in dummytop.  It is never
 * mounted and is not on the roots list.
 */
static struct cgroupfs_root rootnode;
#define dummytop (&rootnode.top_cgroup)

/* Active (mounted or kept) hierarchies, and how many (cgroup_mutex). */
static LIST_HEAD(roots);
static int root_count;

#define for_each_active_root(_root) \
	list_for_each_entry(_root, &roots, root_list)

/* The subsystems of @_root, in ascending id order (cgroup_mutex). */
#define for_each_subsys(_root, _ss) \
	list_for_each_entry(_ss, &(_root)->subsys_list, sibling)

/*
 * The css_set of init and of every exiting task.  It holds one permanent
 * reference besides init's (so it is never freed); exiting tasks point
 * here without a reference.
 */
struct css_set init_css_set ____cacheline_aligned = {
	.refcount = ATOMIC_INIT(2),
	.tasks = LIST_HEAD_INIT(init_css_set.tasks),
	.tasks_lock = __SPIN_LOCK_UNLOCKED(init_css_set.tasks_lock),
	.cg_links = LIST_HEAD_INIT(init_css_set.cg_links),
	.mg_node = LIST_HEAD_INIT(init_css_set.mg_node),
};

/* The css_set hash table, keyed by the subsystem states (css_set_lock). */
#define CSS_SET_HASH_BITS	7
#define CSS_SET_TABLE_SIZE	BIT(CSS_SET_HASH_BITS)
static struct hlist_head css_set_table[CSS_SET_TABLE_SIZE];
static int css_set_count;	/* css_sets in the table (css_set_lock) */

/* The one lock class of every css_set's tasks_lock. */
static struct lock_class_key css_set_tasks_key;

static void css_set_init_tasks_lock(struct css_set *cg)
{
	__spin_lock_init(&cg->tasks_lock, "css_set->tasks_lock",
			 &css_set_tasks_key);
}

/* A file in a cgroup directory (cgroup::files, cgroup_mutex). */
struct cgroup_file {
	struct list_head node;
	struct cftype *cft;
	struct cgroup_subsys *ss;
	struct dentry *dentry;		/* cgroupfs dentry, NULL if unmounted */
	char name[MAX_CFTYPE_NAME + MAX_CGROUP_ROOT_NAMELEN];
};

/* Longest write accepted by the u64 files, NUL included: cgroups.txt 2.2.2 */
#define CGROUP_LOCAL_BUFFER_SIZE	64

static void cgroup_put(struct cgroup *cgrp);
static void cgroup_rm_files(struct cgroup *cgrp) __must_hold(&cgroup_mutex);

/* cgroupfs, the VFS view (end of this file) */
static int cgroupfs_add_dentries(struct cgroup *cgrp);
static int cgroupfs_mkdir_dentry(struct cgroup *cgrp, struct dentry *dentry,
				 umode_t mode);
static void cgroupfs_rmdir_dentry(struct cgroup *cgrp, bool by_vfs);

/* ------------------------------------------------------------------ */
/* Locking helpers */

/**
 * cgroup_lock() - take cgroup_mutex
 *
 * Context: process context; sleeps.  Must not hold css_set_lock,
 * tasklist_lock or any task_lock.
 */
void cgroup_lock(void)
	__acquires(&cgroup_mutex)
{
	mutex_lock(&cgroup_mutex);
}

/**
 * cgroup_unlock() - release cgroup_mutex
 *
 * Context: holds cgroup_mutex.
 */
void cgroup_unlock(void)
	__releases(&cgroup_mutex)
{
	mutex_unlock(&cgroup_mutex);
}

/**
 * cgroup_lock_is_held() - for rcu_dereference_check() and assertions
 *
 * Context: any.
 * Return: true if the calling host thread holds cgroup_mutex.
 */
bool cgroup_lock_is_held(void)
{
	return lockdep_is_held(&cgroup_mutex);
}

/**
 * cgroup_is_removed() - has @cgrp been removed by rmdir?
 * @cgrp: the cgroup
 *
 * Context: any; stable under cgroup_mutex.
 * Return: nonzero once rmdir removed @cgrp.
 */
int cgroup_is_removed(const struct cgroup *cgrp)
{
	return test_bit(CGRP_REMOVED, &cgrp->flags);
}

/**
 * _cgroup_lock_live_group() - take cgroup_mutex if @cgrp is not removed
 * @cgrp: the cgroup
 *
 * Called as cgroup_lock_live_group() (<linux/cgroup.h>), the wrapper
 * that tells sparse the mutex is held on the true branch; clang reads
 * the __try_acquires() of the declaration (style.txt 5.4).
 *
 * Context: process context; sleeps.
 * Return: true with cgroup_mutex held if @cgrp is alive; false, with the
 * mutex released, if it was removed (the caller returns -ENODEV).
 */
bool _cgroup_lock_live_group(struct cgroup *cgrp)
{
	mutex_lock(&cgroup_mutex);
	if (cgroup_is_removed(cgrp)) {
		mutex_unlock(&cgroup_mutex);
		return false;
	}
	/* handed to the caller: __cond_lock() in the wrapper counts it */
	__release(&cgroup_mutex);
	return true;
}

static int notify_on_release(const struct cgroup *cgrp)
{
	return test_bit(CGRP_NOTIFY_ON_RELEASE, &cgrp->flags);
}

static int clone_children(const struct cgroup *cgrp)
{
	return test_bit(CGRP_CLONE_CHILDREN, &cgrp->flags);
}

static void init_cgroup_css(struct cgroup_subsys_state *css,
			    struct cgroup_subsys *ss, struct cgroup *cgrp)
{
	css->cgroup = cgrp;
	WARN_ON_ONCE(cgrp->subsys[ss->subsys_id]);
	cgrp->subsys[ss->subsys_id] = css;
}

/* ------------------------------------------------------------------ */
/* css_sets */

static struct hlist_head *css_set_hash(struct cgroup_subsys_state *css[])
{
	unsigned long tmp = 0;
	int i;

	for (i = 0; i < CGROUP_SUBSYS_COUNT; i++)
		tmp += (unsigned long)css[i];
	tmp = (tmp >> 16) ^ tmp;
	tmp *= 0x9e3779b97f4a7c15UL;
	return &css_set_table[tmp >> (BITS_PER_LONG - CSS_SET_HASH_BITS)];
}

static void get_css_set(struct css_set *cg)
{
	atomic_inc(&cg->refcount);
}

/*
 * The deferred free of a css_set put_css_set_locked() unlinked, with its
 * links: they stay on its cg_links (taken off their cgroups' lists) so
 * that neither the kfree()s nor their cache misses happen under
 * css_set_lock.  Nobody walks a dead css_set's cg_links: it is unhashed,
 * and a lookup references a css_set before it looks at its links.
 */
static void free_css_set_rcu(struct rcu_head *head)
{
	struct css_set *cg = container_of(head, struct css_set, rcu_head);
	struct cg_cgroup_link *link, *saved_link;

	list_for_each_entry_safe(link, saved_link, &cg->cg_links, cg_link_list)
		kfree(link);
	kfree(cg);
}

/*
 * put_css_set_locked() - drop a reference on @cg under css_set_lock; the
 * last one unhashes and unlinks it, and the caller frees it after a grace
 * period (call_rcu() with free_css_set_rcu()) once the lock is dropped.
 * @taskexit: the reference belonged to an exiting task (marks its
 * cgroups releasable).  Return: true if that was the last reference.
 */
static bool put_css_set_locked(struct css_set *cg, int taskexit)
	__must_hold(&css_set_lock)
{
	struct cg_cgroup_link *link;

	lockdep_assert_held_write(&css_set_lock);
	if (!atomic_dec_and_test(&cg->refcount))
		return false;
	if (WARN_ON_ONCE(cg == &init_css_set)) {
		/* the permanent reference was dropped: restore it */
		atomic_inc(&cg->refcount);
		return false;
	}
	hlist_del_rcu(&cg->hlist);	/* find_existing_css_set() walks under RCU */
	css_set_count--;
	list_for_each_entry(link, &cg->cg_links, cg_link_list) {
		struct cgroup *cgrp = link->cgrp;

		/* off the cgroup's list; freed with @cg: free_css_set_rcu() */
		list_del(&link->cgrp_link_list);
		if (atomic_dec_and_test(&cgrp->count) &&
		    notify_on_release(cgrp) && taskexit)
			set_bit(CGRP_RELEASABLE, &cgrp->flags);
	}
	return true;
}

/*
 * Drop a reference on @cg; the last one unhashes and unlinks it under
 * css_set_lock and frees it after a grace period.  @taskexit: as for
 * put_css_set_locked().
 */
static void __put_css_set(struct css_set *cg, int taskexit)
{
	bool last;

	/* Fast path: not the last reference, no lock needed. */
	if (atomic_add_unless(&cg->refcount, -1, 1))
		return;

	write_lock(&css_set_lock);
	last = put_css_set_locked(cg, taskexit);
	write_unlock(&css_set_lock);
	if (last)
		call_rcu(&cg->rcu_head, free_css_set_rcu);
}

static void put_css_set(struct css_set *cg)
{
	__put_css_set(cg, 0);
}

static void put_css_set_taskexit(struct css_set *cg)
{
	__put_css_set(cg, 1);
}

/**
 * cgroup_task_lock_tasks() - lock @tsk and the task list it is on
 * @tsk: a task that has not been through cgroup_exit()
 *
 * Takes task_lock(@tsk) and the tasks_lock of its css_set: with both
 * held, tsk->cgroups cannot change and @tsk is on that css_set's list or
 * on none (a fork not linked yet).  The order is the css_set's lock
 * first ("The task lists", above), but tsk->cgroups can only be read
 * under task_lock: so task_lock, then a trylock of the css_set's lock,
 * which fails only when a move or a reader of that css_set holds it;
 * then, in order, with a reference of our own keeping the css_set,
 * and again if a move changed tsk->cgroups meanwhile.  The fork and exit
 * of an uninvolved process therefore take no lock a move of another
 * process takes.
 *
 * Context: process; takes two spinning locks.  Release them with
 * cgroup_task_unlock_tasks(@tsk, cg) while tsk->cgroups is still cg, and
 * task_unlock(@tsk), in either order.
 * Return: tsk->cgroups.
 */
struct css_set *cgroup_task_lock_tasks(struct task_struct *tsk)
	__acquires(&tsk->alloc_lock) __acquires(&tsk->cgroups->tasks_lock)
	__no_context_analysis
{
	struct css_set *cg;

	for (;;) {
		task_lock(tsk);
		cg = task_css_set_locked(tsk);
		if (likely(spin_trylock(&cg->tasks_lock)))
			return cg;
		get_css_set(cg);
		task_unlock(tsk);
		spin_lock(&cg->tasks_lock);
		task_lock(tsk);
		if (task_css_set_locked(tsk) == cg) {
			/* @tsk's own reference remains: never the last */
			atomic_dec(&cg->refcount);
			return cg;
		}
		task_unlock(tsk);
		spin_unlock(&cg->tasks_lock);
		put_css_set(cg);
	}
}

/**
 * cgroup_task_unlock_tasks() - drop the task list lock of @tsk's css_set
 * @tsk: the task cgroup_task_lock_tasks() locked, still locked
 * @cg: what it returned, still tsk->cgroups
 *
 * The checkers know the lock as @tsk's css_set's (the annotations of
 * cgroup_task_lock_tasks()); @cg is the same css_set, read once.
 *
 * Context: task_lock(@tsk) held; drops @cg's tasks_lock.
 */
void cgroup_task_unlock_tasks(struct task_struct *tsk, struct css_set *cg)
	__must_hold(&tsk->alloc_lock) __releases(&tsk->cgroups->tasks_lock)
	__no_context_analysis
{
	spin_unlock(&cg->tasks_lock);
}

/**
 * cgroup_task_linked() - is @tsk on its css_set's task list?
 * @tsk: a task that has not been through cgroup_exit()
 *
 * Context: process; no css_set or task lock held.
 * Return: true once cgroup_post_fork() has linked it.
 */
bool cgroup_task_linked(struct task_struct *tsk)
{
	struct css_set *cg = cgroup_task_lock_tasks(tsk);
	bool linked = !list_empty(&tsk->cg_list);

	cgroup_task_unlock_tasks(tsk, cg);
	task_unlock(tsk);
	return linked;
}

/*
 * The task lists of @a and @b, for a move between them: the lower
 * address first, one lock when they are the same css_set (two locks of
 * one class: lockdep-lite checks no order between them, the address
 * order is the rule).
 *
 * A migration keeps a pair locked from one thread of its batch to the
 * next while they share it (cgroup_migrate_lock_tasks()), which neither
 * static checker can follow: the pair is hidden from both, from clang by
 * __no_context_analysis, from sparse by __release() here and __acquire()
 * in css_set_unlock_tasks_pair().  Lockdep-lite still checks every
 * acquisition at run time.
 */
static void css_set_lock_tasks_pair(struct css_set *a, struct css_set *b)
	__must_hold(&css_set_lock) __no_context_analysis
{
	lockdep_assert_held_write(&css_set_lock);
	if (a == b) {
		spin_lock(&a->tasks_lock);
		__release(&a->tasks_lock);
		return;
	}
	if (a < b) {
		spin_lock(&a->tasks_lock);
		spin_lock(&b->tasks_lock);
	} else {
		spin_lock(&b->tasks_lock);
		spin_lock(&a->tasks_lock);
	}
	__release(&a->tasks_lock);
	__release(&b->tasks_lock);
}

static void css_set_unlock_tasks_pair(struct css_set *a, struct css_set *b)
	__no_context_analysis
{
	__acquire(&a->tasks_lock);
	if (a != b) {
		__acquire(&b->tasks_lock);
		spin_unlock(&b->tasks_lock);
	}
	spin_unlock(&a->tasks_lock);
}

/* The cgroup @cg links to in @root (css_set_lock or cgroup_mutex). */
static struct cgroup *css_set_cgroup(struct css_set *cg,
				     struct cgroupfs_root *root)
{
	struct cg_cgroup_link *link;

	if (root == &rootnode)
		return dummytop;
	list_for_each_entry(link, &cg->cg_links, cg_link_list) {
		if (link->cgrp->root == root)
			return link->cgrp;
	}
	WARN_ON_ONCE(1);
	return &root->top_cgroup;
}

/*
 * Would @cg be the result of moving a task of @old_cg to @new_cgrp?
 * Subsystem states are already equal; compare the cgroups of every
 * hierarchy, including those without subsystems.  The caller holds
 * cgroup_mutex, a reference on @old_cg, and a reference on @cg or the
 * RCU read lock under which it found @cg hashed: links change only under
 * cgroup_mutex (mount, umount), are freed a grace period after the last
 * put (free_css_set_rcu()), and point to cgroups that only rmdir, under
 * cgroup_mutex and after a grace period, frees (__cgroup_rmdir()).
 */
static bool compare_css_sets(struct css_set *cg, struct css_set *old_cg,
			     struct cgroup *new_cgrp)
	__must_hold(&cgroup_mutex)
{
	struct cg_cgroup_link *link;

	lockdep_assert_held(&cgroup_mutex);
	list_for_each_entry(link, &cg->cg_links, cg_link_list) {
		struct cgroup *cgrp = link->cgrp;
		struct cgroup *want;

		if (cgrp->root == new_cgrp->root)
			want = new_cgrp;
		else
			want = css_set_cgroup(old_cg, cgrp->root);
		if (cgrp != want)
			return false;
	}
	return true;
}

/*
 * Find the css_set a task of @oldcg (referenced) moving to @cgrp would
 * use, filling @template with its subsystem states, and reference it.
 *
 * No lock but RCU: the hash chains are RCU lists (a css_set leaves its
 * chain by hlist_del_rcu() and is freed, with its links, a grace period
 * later: free_css_set_rcu()), so every candidate met in the walk and its
 * links can be read, and cgroup_mutex keeps the cgroups they point to
 * (compare_css_sets()).  Only the match is referenced: a candidate that
 * is not the match is only read, never written, because every css_set
 * whose subsystem states equal the template shares its hash chain (all
 * of them, on a hierarchy without subsystems), init_css_set among them,
 * and a write to the count of each would take its line from the CPUs
 * that fork and exit its tasks (struct css_set, include/linux/cgroup.h).
 * A match whose count already reached zero is being freed: skipped.
 */
static struct css_set *
find_existing_css_set(struct css_set *oldcg, struct cgroup *cgrp,
		      struct cgroup_subsys_state *template[])
	__must_hold(&cgroup_mutex)
{
	struct cgroupfs_root *root = cgrp->root;
	struct hlist_head *hhead;
	struct css_set *cg;
	int i;

	lockdep_assert_held(&cgroup_mutex);
	for (i = 0; i < CGROUP_SUBSYS_COUNT; i++) {
		if (root->subsys_bits & (1UL << i))
			template[i] = cgrp->subsys[i];
		else
			template[i] = oldcg->subsys[i];
	}

	hhead = css_set_hash(template);
	rcu_read_lock();
	hlist_for_each_entry_rcu(cg, hhead, hlist) {
		if (memcmp(template, cg->subsys, sizeof(cg->subsys)) ||
		    !compare_css_sets(cg, oldcg, cgrp))
			continue;
		if (atomic_inc_not_zero(&cg->refcount))
			break;
	}
	rcu_read_unlock();
	return cg;
}

static void free_cg_links(struct list_head *tmp)
{
	struct cg_cgroup_link *link, *saved_link;

	list_for_each_entry_safe(link, saved_link, tmp, cgrp_link_list) {
		list_del(&link->cgrp_link_list);
		kfree(link);
	}
}

/* Allocate @count links onto @tmp; all or nothing. */
static int allocate_cg_links(int count, struct list_head *tmp)
{
	struct cg_cgroup_link *link;
	int i;

	INIT_LIST_HEAD(tmp);
	for (i = 0; i < count; i++) {
		link = kmalloc(sizeof(*link), GFP_KERNEL);
		if (!link) {
			free_cg_links(tmp);
			return -ENOMEM;
		}
		list_add(&link->cgrp_link_list, tmp);
	}
	return 0;
}

/* Link @cg to @cgrp with one link taken from @tmp_cg_links. */
static void link_css_set(struct list_head *tmp_cg_links, struct css_set *cg,
			 struct cgroup *cgrp)
	__must_hold(&css_set_lock)
{
	struct cg_cgroup_link *link;

	lockdep_assert_held_write(&css_set_lock);
	link = list_first_entry(tmp_cg_links, struct cg_cgroup_link,
				cgrp_link_list);
	link->cg = cg;
	link->cgrp = cgrp;
	atomic_inc(&cgrp->count);
	list_move(&link->cgrp_link_list, &cgrp->css_sets);
	list_add_tail(&link->cg_link_list, &cg->cg_links);
}

/*
 * css_set_prepare() - find_css_set() short of css_set_lock: an existing
 * css_set, referenced, or a new one with one reference that is neither
 * hashed nor linked yet, its links allocated and waiting on its cg_links
 * list (through their cgrp_link_list, as free_cg_links() takes them).
 * css_set_install() hashes and links it under css_set_lock;
 * css_set_discard() frees one that never was.  Return: NULL when an
 * allocation failed.
 */
static struct css_set *css_set_prepare(struct css_set *oldcg,
				       struct cgroup *cgrp)
	__must_hold(&cgroup_mutex)
{
	struct cgroup_subsys_state *template[CGROUP_SUBSYS_COUNT];
	struct css_set *res;

	lockdep_assert_held(&cgroup_mutex);

	res = find_existing_css_set(oldcg, cgrp, template);
	if (res)
		return res;

	res = kmalloc(sizeof(*res), GFP_KERNEL);
	if (!res)
		return NULL;
	if (allocate_cg_links(root_count, &res->cg_links) < 0) {
		kfree(res);
		return NULL;
	}
	atomic_set(&res->refcount, 1);
	INIT_LIST_HEAD(&res->tasks);
	css_set_init_tasks_lock(res);
	INIT_HLIST_NODE(&res->hlist);
	INIT_LIST_HEAD(&res->mg_node);
	res->mg_src_cgrp = NULL;
	res->mg_dst = NULL;
	res->mg_nr_moved = 0;
	memcpy(res->subsys, template, sizeof(res->subsys));
	return res;
}

/*
 * Has css_set_install() (or boot, for init_css_set) hashed @cg?  Read
 * without css_set_lock: a hashed css_set's pprev changes when its
 * neighbour in the chain is hashed or unhashed (an exit's last put
 * unhashes one under css_set_lock alone), never to NULL while a
 * reference of ours keeps it hashed; only css_set_install() hashes,
 * under cgroup_mutex, which the caller holds.
 */
static bool css_set_installed(const struct css_set *cg)
{
	return !hlist_unhashed_lockless(&cg->hlist);
}

/*
 * css_set_install() - hash @res, prepared for tasks of @oldcg moving to
 * @cgrp, and link it to its cgroups: one link per active hierarchy, in
 * the same order as @oldcg's.
 */
static void css_set_install(struct css_set *res, struct css_set *oldcg,
			    struct cgroup *cgrp)
	__must_hold(&css_set_lock)
{
	struct cg_cgroup_link *link;
	LIST_HEAD(tmp_cg_links);

	lockdep_assert_held_write(&css_set_lock);
	list_splice_init(&res->cg_links, &tmp_cg_links);
	list_for_each_entry(link, &oldcg->cg_links, cg_link_list) {
		struct cgroup *c = link->cgrp;

		if (c->root == cgrp->root)
			c = cgrp;
		link_css_set(&tmp_cg_links, res, c);
	}
	WARN_ON_ONCE(!list_empty(&tmp_cg_links));
	css_set_count++;
	hlist_add_head_rcu(&res->hlist, css_set_hash(res->subsys));
}

/* css_set_discard() - free a css_set that css_set_install() never saw */
static void css_set_discard(struct css_set *cg)
{
	free_cg_links(&cg->cg_links);
	kfree(cg);
}

/*
 * css_set_put_prepared() - drop a reference css_set_prepare() gave:
 * put_css_set() once installed, else the last one discards it.
 */
static void css_set_put_prepared(struct css_set *cg)
{
	if (css_set_installed(cg))
		put_css_set(cg);
	else if (atomic_dec_and_test(&cg->refcount))
		css_set_discard(cg);
}

/**
 * find_css_set() - the css_set for a task of @oldcg moving to @cgrp
 * @oldcg: the task's current css_set, referenced by the caller
 * @cgrp: the destination cgroup
 *
 * Returns an existing css_set with a new reference (found without
 * css_set_lock: find_existing_css_set()), or allocates one (with its
 * links) and installs it.
 *
 * Context: holds cgroup_mutex (creation is serialised by it); sleeps.
 * Return: the css_set with a reference, or NULL when an allocation
 * failed (the caller returns -ENOMEM).
 */
static struct css_set *find_css_set(struct css_set *oldcg,
				    struct cgroup *cgrp)
	__must_hold(&cgroup_mutex)
{
	struct css_set *res = css_set_prepare(oldcg, cgrp);

	if (res && !css_set_installed(res)) {
		write_lock(&css_set_lock);
		css_set_install(res, oldcg, cgrp);
		write_unlock(&css_set_lock);
	}
	return res;
}

/*
 * @tsk's cgroup in @root: stable against attaches (cgroup_mutex held);
 * an exit may move @tsk to the root right after.
 */
static struct cgroup *task_cgroup_from_root(struct task_struct *tsk,
					    struct cgroupfs_root *root)
	__must_hold(&cgroup_mutex)
{
	struct css_set *cg;
	struct cgroup *res;

	lockdep_assert_held(&cgroup_mutex);
	read_lock(&css_set_lock);
	/*
	 * cgroup_exit() switches tsk->cgroups to init_css_set without
	 * cgroup_mutex (partner: its rcu_assign_pointer()).  The css_set
	 * read here cannot be unlinked before css_set_lock is released: its
	 * last reference is put, under css_set_lock, after the switch.
	 */
	cg = rcu_dereference_check(tsk->cgroups,
				   lockdep_is_held(&css_set_lock));
	res = css_set_cgroup(cg, root);
	read_unlock(&css_set_lock);
	return res;
}

/**
 * task_subsys_state() - @tsk's state in one subsystem
 * @tsk: the task
 * @subsys_id: the subsystem
 *
 * Context: rcu_read_lock(), cgroup_mutex or task_lock(@tsk); the state
 * stays valid only while that is held.
 * Return: the state.
 */
struct cgroup_subsys_state *task_subsys_state(struct task_struct *tsk,
					      int subsys_id)
{
	struct css_set *cg;

	cg = rcu_dereference_check(tsk->cgroups,
				   lockdep_is_held(&cgroup_mutex) ||
				   lockdep_is_held(&tsk->alloc_lock));
	return cg->subsys[subsys_id];
}

/**
 * task_cgroup() - @tsk's cgroup in the hierarchy of one subsystem
 * @tsk: the task
 * @subsys_id: the subsystem
 *
 * Context: as task_subsys_state().
 * Return: the cgroup.
 */
struct cgroup *task_cgroup(struct task_struct *tsk, int subsys_id)
{
	return task_subsys_state(tsk, subsys_id)->cgroup;
}

/* ------------------------------------------------------------------ */
/* Cgroup structures */

static void init_cgroup_housekeeping(struct cgroup *cgrp)
{
	INIT_LIST_HEAD(&cgrp->sibling);
	INIT_LIST_HEAD(&cgrp->children);
	INIT_LIST_HEAD(&cgrp->css_sets);
	INIT_LIST_HEAD(&cgrp->files);
	INIT_LIST_HEAD(&cgrp->release_list);
	atomic_set(&cgrp->count, 0);
	atomic_set(&cgrp->refcnt, 1);
	init_rwsem(&cgrp->file_rwsem);
}

static void init_cgroup_root(struct cgroupfs_root *root)
{
	struct cgroup *cgrp = &root->top_cgroup;

	INIT_LIST_HEAD(&root->subsys_list);
	INIT_LIST_HEAD(&root->root_list);
	root->number_of_cgroups = 1;
	cgrp->root = root;
	cgrp->top_cgroup = cgrp;
	init_cgroup_housekeeping(cgrp);
}

/* Drop a structure reference; the last one frees a non-top cgroup. */
static void cgroup_put(struct cgroup *cgrp)
{
	if (!atomic_dec_and_test(&cgrp->refcnt))
		return;
	if (WARN_ON_ONCE(cgrp == cgrp->top_cgroup))
		return;
	kfree(cgrp);
}

/**
 * cgroup_path() - the path of @cgrp from its hierarchy's root
 * @cgrp: the cgroup
 * @buf: where to write it
 * @buflen: size of @buf
 *
 * "/" for a top cgroup, "/a/b" below it.
 *
 * Context: cgroup_mutex (names and parents are stable under it).
 * Return: 0, or -ENAMETOOLONG if @buf is too small.
 */
int cgroup_path(const struct cgroup *cgrp, char *buf, int buflen)
{
	char *start = buf + buflen - 1;

	if (buflen < 2)
		return -ENAMETOOLONG;
	*start = '\0';
	if (!cgrp->parent) {
		*--start = '/';
		memmove(buf, start, buf + buflen - start);
		return 0;
	}
	for (; cgrp->parent; cgrp = cgrp->parent) {
		int len = strlen(cgrp->name);

		start -= len;
		if (start - 1 < buf)
			return -ENAMETOOLONG;
		memcpy(start, cgrp->name, len);
		*--start = '/';
	}
	memmove(buf, start, buf + buflen - start);
	return 0;
}

/**
 * cgroup_task_count() - tasks (and in-flight references) using @cgrp
 * @cgrp: the cgroup
 *
 * Context: any; takes css_set_lock for read.
 * Return: the sum of the refcounts of the css_sets linked to @cgrp.
 */
int cgroup_task_count(const struct cgroup *cgrp)
{
	struct cg_cgroup_link *link;
	int count = 0;

	read_lock(&css_set_lock);
	list_for_each_entry(link, &cgrp->css_sets, cgrp_link_list)
		count += atomic_read(&link->cg->refcount);
	read_unlock(&css_set_lock);
	return count;
}

/* ------------------------------------------------------------------ */
/* Walking a cgroup's tasks */

/*
 * Move @it to the first task of the next css_set of @cgrp that has one,
 * and hold that css_set's tasks_lock (none at the end).  The caller holds
 * no tasks_lock.  The lock stays held across cgroup_iter_next() calls
 * until the walk leaves the css_set, which no static checker can follow:
 * it is hidden from clang (__no_context_analysis) and from sparse
 * (__release() here, __acquire() where it is dropped).
 */
static void cgroup_advance_iter(struct cgroup *cgrp, struct cgroup_iter *it)
	__must_hold_shared(&css_set_lock) __no_context_analysis
{
	struct list_head *l = it->cg_link;
	struct cg_cgroup_link *link;
	struct css_set *cg;

	lockdep_assert_held(&css_set_lock);
	for (;;) {
		l = l->next;
		if (l == &cgrp->css_sets) {
			it->cg_link = NULL;
			return;
		}
		link = list_entry(l, struct cg_cgroup_link, cgrp_link_list);
		cg = link->cg;
		spin_lock(&cg->tasks_lock);
		if (!list_empty(&cg->tasks)) {
			__release(&cg->tasks_lock);
			break;
		}
		spin_unlock(&cg->tasks_lock);
	}
	it->cg_link = l;
	it->task = cg->tasks.next;
}

/**
 * cgroup_iter_start() - begin a walk of @cgrp's tasks
 * @cgrp: the cgroup
 * @it: the walk's state
 *
 * Takes css_set_lock for reading until cgroup_iter_end(), so no task
 * moves between css_sets meanwhile, and the tasks_lock of the css_set
 * being walked.  The walk sees every task that stays linked on one of
 * @cgrp's css_sets throughout, once.  Forks and exits go on in the
 * css_sets not being walked at the moment: a task that cgroup_post_fork()
 * links during the walk may or may not be seen (it is if it was linked
 * before the walk reached its css_set; its subsystems' fork hooks run
 * after the link, hence after the walk of that css_set whenever it is
 * not seen), and one that cgroup_exit() unlinks may be.  Nothing in
 * between may sleep.
 * Context: process; takes css_set_lock (read) and a css_set's
 * tasks_lock, spinning locks.
 */
void cgroup_iter_start(struct cgroup *cgrp, struct cgroup_iter *it)
	__acquires_shared(&css_set_lock) __no_context_analysis
{
	read_lock(&css_set_lock);
	it->cg_link = &cgrp->css_sets;
	cgroup_advance_iter(cgrp, it);
}

/**
 * cgroup_iter_next() - the next task of a cgroup_iter_start() walk
 * @cgrp: the cgroup
 * @it: the walk's state
 *
 * The walk moves on to the next css_set only in the call after the one
 * that returned the last task of a css_set, so the task returned is on
 * the list whose tasks_lock is held: it cannot be unlinked, hence not
 * freed, until the next call.
 *
 * Context: between cgroup_iter_start() and cgroup_iter_end().
 * Return: the task, valid until the next cgroup_iter_next() or
 * cgroup_iter_end() (take a reference to keep it longer), or NULL at the
 * end.
 */
struct task_struct *cgroup_iter_next(struct cgroup *cgrp,
				     struct cgroup_iter *it)
	__must_hold_shared(&css_set_lock) __no_context_analysis
{
	struct cg_cgroup_link *link;
	struct task_struct *res;

	lockdep_assert_held(&css_set_lock);
	if (!it->cg_link)
		return NULL;
	link = list_entry(it->cg_link, struct cg_cgroup_link, cgrp_link_list);
	if (it->task == &link->cg->tasks) {
		__acquire(&link->cg->tasks_lock);
		spin_unlock(&link->cg->tasks_lock);
		cgroup_advance_iter(cgrp, it);
		if (!it->cg_link)
			return NULL;
	}
	res = list_entry(it->task, struct task_struct, cg_list);
	it->task = it->task->next;
	return res;
}

/**
 * cgroup_iter_end() - end a cgroup_iter_start() walk
 * @cgrp: the cgroup
 * @it: the walk's state
 *
 * Context: ends the walk; drops css_set_lock and the tasks_lock held.
 */
void cgroup_iter_end(struct cgroup *cgrp, struct cgroup_iter *it)
	__releases_shared(&css_set_lock) __no_context_analysis
{
	struct cg_cgroup_link *link;

	if (it->cg_link) {
		link = list_entry(it->cg_link, struct cg_cgroup_link,
				  cgrp_link_list);
		__acquire(&link->cg->tasks_lock);
		spin_unlock(&link->cg->tasks_lock);
	}
	read_unlock(&css_set_lock);
}

/* How many tasks one pass of cgroup_scan_tasks() takes without memory. */
#define CGROUP_SCAN_BATCH	16
/* ... and at most with a buffer it allocates. */
#define CGROUP_SCAN_BATCH_MAX	4096

/*
 * One pass: take a reference on up to @max tasks of the cgroup that are
 * not exiting and pass @scan->test_task, in *@tasks.  Returns how many.
 */
static int cgroup_scan_collect(struct cgroup_scanner *scan,
			       struct task_struct **tasks, int max)
{
	struct cgroup_iter it;
	struct task_struct *p;
	int n = 0;

	cgroup_iter_start(scan->cg, &it);
	while (n < max && (p = cgroup_iter_next(scan->cg, &it))) {
		if (READ_ONCE(p->flags) & PF_EXITING)
			continue;
		if (!scan->test_task(p, scan))
			continue;
		tasks[n++] = get_task_struct(p);
	}
	cgroup_iter_end(scan->cg, &it);
	return n;
}

/**
 * cgroup_scan_tasks() - call a sleeping function on every task of a cgroup
 * @scan: the cgroup, the test and the work
 *
 * Calls @scan->process_task on every task of @scan->cg that is not
 * exiting and for which @scan->test_task is true, outside css_set_lock
 * (and every other spinning lock), so that the work may sleep.  The walk
 * is done in passes: each takes css_set_lock (read) once, collects a
 * batch of tasks that still need the work (test_task), drops the lock
 * and processes them; it ends with a pass that finds none.  So every
 * task of the cgroup that needed the work when the last pass ran got
 * it: tasks forked or moved in during the scan included.  A task that
 * joins after the last pass is the caller's to handle (a fork hook that
 * serialises with the caller, as cpuset's and the freezer's do).
 *
 * The batch is a buffer of up to CGROUP_SCAN_BATCH_MAX tasks, or
 * CGROUP_SCAN_BATCH on the stack when that cannot be allocated, so the
 * scan itself never fails.
 *
 * Context: process, may sleep; no spinning lock held.  The caller holds
 * whatever keeps @scan->cg alive (cgroup_mutex).
 * Return: 0, or -EINVAL without @scan->test_task.
 */
int cgroup_scan_tasks(struct cgroup_scanner *scan)
{
	struct task_struct *stack_batch[CGROUP_SCAN_BATCH];
	struct task_struct **batch = stack_batch;
	int max = CGROUP_SCAN_BATCH, n, i;

	might_sleep();
	if (WARN_ON_ONCE(!scan->test_task || !scan->process_task))
		return -EINVAL;
	n = min(cgroup_task_count(scan->cg), CGROUP_SCAN_BATCH_MAX);
	if (n > CGROUP_SCAN_BATCH) {
		batch = kmalloc_array(n, sizeof(*batch),
				      GFP_KERNEL | __GFP_NOWARN);
		if (batch)
			max = n;
		else
			batch = stack_batch;
	}
	while ((n = cgroup_scan_collect(scan, batch, max))) {
		for (i = 0; i < n; i++) {
			scan->process_task(batch[i], scan);
			put_task_struct(batch[i]);
		}
	}
	if (batch != stack_batch)
		kfree(batch);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Files of a cgroup directory */

static const char *cgroup_file_prefix(struct cgroup *cgrp,
				      struct cgroup_subsys *ss)
{
	if (!ss || test_bit(ROOT_NOPREFIX, &cgrp->root->flags))
		return "";
	return ss->name;
}

static struct cgroup_file *cgroup_find_file(struct cgroup *cgrp,
					    const char *name)
	__must_hold(&cgroup_mutex)
{
	struct cgroup_file *cfile;

	lockdep_assert_held(&cgroup_mutex);
	list_for_each_entry(cfile, &cgrp->files, node) {
		if (!strcmp(cfile->name, name))
			return cfile;
	}
	return NULL;
}

static struct cgroup *cgroup_find_child(struct cgroup *parent,
					const char *name)
	__must_hold(&cgroup_mutex)
{
	struct cgroup *child;

	lockdep_assert_held(&cgroup_mutex);
	list_for_each_entry(child, &parent->children, sibling) {
		if (!strcmp(child->name, name))
			return child;
	}
	return NULL;
}

/**
 * cgroup_add_file() - add one control file to a cgroup directory
 * @cgrp: the cgroup
 * @ss: the subsystem the file belongs to (its name prefixes the file
 *	name unless the hierarchy is noprefix), NULL for core files
 * @cft: the file; must stay valid while the cgroup exists
 *
 * Context: holds cgroup_mutex (called from populate()); sleeps.
 * Return: 0, -ENOMEM, or -EEXIST if the name is taken.
 */
int cgroup_add_file(struct cgroup *cgrp, struct cgroup_subsys *ss,
		    const struct cftype *cft)
	__must_hold(&cgroup_mutex)
{
	const char *prefix = cgroup_file_prefix(cgrp, ss);
	struct cgroup_file *cfile;

	lockdep_assert_held(&cgroup_mutex);
	cfile = kzalloc(sizeof(*cfile), GFP_KERNEL);
	if (!cfile)
		return -ENOMEM;
	snprintf(cfile->name, sizeof(cfile->name), "%s%s%s", prefix,
		 *prefix ? "." : "", cft->name);
	if (cgroup_find_file(cgrp, cfile->name) ||
	    cgroup_find_child(cgrp, cfile->name)) {
		kfree(cfile);
		return -EEXIST;
	}
	cfile->cft = (struct cftype *)cft;
	cfile->ss = ss;
	list_add_tail(&cfile->node, &cgrp->files);
	return 0;
}

/**
 * cgroup_add_files() - add an array of control files
 * @cgrp: the cgroup
 * @ss: the subsystem, NULL for core files
 * @cft: the files
 * @count: how many
 *
 * Context: holds cgroup_mutex; sleeps.
 * Return: 0 or the first error (files added before it stay; the caller
 * removes the whole directory on error).
 */
int cgroup_add_files(struct cgroup *cgrp, struct cgroup_subsys *ss,
		     const struct cftype cft[], int count)
	__must_hold(&cgroup_mutex)
{
	int i, ret;

	lockdep_assert_held(&cgroup_mutex);
	for (i = 0; i < count; i++) {
		ret = cgroup_add_file(cgrp, ss, &cft[i]);
		if (ret)
			return ret;
	}
	return 0;
}

/* Remove the files of @ss (all files when @all) from @cgrp's list. */
static void cgroup_clear_files(struct cgroup *cgrp, struct cgroup_subsys *ss,
			       bool all)
	__must_hold(&cgroup_mutex)
{
	struct cgroup_file *cfile, *tmp;

	lockdep_assert_held(&cgroup_mutex);
	list_for_each_entry_safe(cfile, tmp, &cgrp->files, node) {
		if (!all && cfile->ss != ss)
			continue;
		if (cfile->dentry)
			simple_remove(cfile->dentry);
		list_del(&cfile->node);
		kfree(cfile);
	}
}

static void cgroup_rm_files(struct cgroup *cgrp)
	__must_hold(&cgroup_mutex)
{
	cgroup_clear_files(cgrp, NULL, true);
}

static const struct cftype files[];
static const struct cftype cft_release_agent;
#define CGROUP_NR_BASE_FILES	4

/* Add the core files and every bound subsystem's files to @cgrp. */
static int cgroup_populate_dir(struct cgroup *cgrp)
	__must_hold(&cgroup_mutex)
{
	struct cgroup_subsys *ss;
	int ret;

	lockdep_assert_held(&cgroup_mutex);
	if (list_empty(&cgrp->files)) {
		ret = cgroup_add_files(cgrp, NULL, files,
				       CGROUP_NR_BASE_FILES);
		if (ret)
			return ret;
		if (!cgrp->parent) {
			ret = cgroup_add_file(cgrp, NULL, &cft_release_agent);
			if (ret)
				return ret;
		}
	}
	for_each_subsys(cgrp->root, ss) {
		bool have = false;
		struct cgroup_file *cfile;

		list_for_each_entry(cfile, &cgrp->files, node)
			have |= cfile->ss == ss;
		if (have || !ss->populate)
			continue;
		ret = ss->populate(ss, cgrp);
		if (ret)
			return ret;
	}
	return cgroupfs_add_dentries(cgrp);
}

/* ------------------------------------------------------------------ */
/* Hierarchies: mount options, binding, mount and umount */

/**
 * struct cgroup_sb_opts - parsed mount options
 * @subsys_bits: subsystems asked for
 * @flags: ROOT_* bits
 * @release_agent: release_agent= value, or NULL
 * @clone_children: the clone_children option
 * @name: name= value, or NULL
 * @none: the "none" option
 * @ss_default: no subsystem, "all" or "none" given: all subsystems for a
 *	new hierarchy, any set for an existing one found by name
 */
struct cgroup_sb_opts {
	unsigned long subsys_bits;
	unsigned long flags;
	char *release_agent;
	bool clone_children;
	char *name;
	bool none;
	bool ss_default;
};

static bool cgroup_root_name_valid(const char *name)
{
	const char *p;

	if (!*name || strlen(name) >= MAX_CGROUP_ROOT_NAMELEN)
		return false;
	for (p = name; *p; p++) {
		if (!isalnum(*p) && *p != '.' && *p != '-' && *p != '_')
			return false;
	}
	return true;
}

/*
 * Parse the -o option string @data (modified in place) into @opts, with
 * the rules of 2.6.38: "all" is the default when no subsystem and no
 * "none" is given; "none" needs "name="; noprefix is for cpuset only.
 */
static int parse_cgroupfs_options(char *data, struct cgroup_sb_opts *opts)
	__must_hold(&cgroup_mutex)
{
	unsigned long mask = ~0UL;
	bool all_ss = false, one_ss = false;
	char *token, *o = data;
	int i;

	lockdep_assert_held(&cgroup_mutex);
	memset(opts, 0, sizeof(*opts));
#ifdef CONFIG_CPUSETS
	mask = ~(1UL << cpuset_subsys_id);
#endif

	while (o && *o && (token = strsep(&o, ",")) != NULL) {
		if (!*token)
			return -EINVAL;
		if (!strcmp(token, "none")) {
			opts->none = true;
			continue;
		}
		if (!strcmp(token, "all")) {
			if (one_ss)
				return -EINVAL;
			all_ss = true;
			continue;
		}
		if (!strcmp(token, "noprefix")) {
			set_bit(ROOT_NOPREFIX, &opts->flags);
			continue;
		}
		if (!strcmp(token, "clone_children")) {
			opts->clone_children = true;
			continue;
		}
		if (!strncmp(token, "release_agent=", 14)) {
			if (opts->release_agent)
				return -EINVAL;
			opts->release_agent = token + 14;
			continue;
		}
		if (!strncmp(token, "name=", 5)) {
			if (opts->name || !cgroup_root_name_valid(token + 5))
				return -EINVAL;
			opts->name = token + 5;
			continue;
		}

		for (i = 0; i < CGROUP_SUBSYS_COUNT; i++) {
			struct cgroup_subsys *ss = subsys[i];

			if (strcmp(token, ss->name))
				continue;
			if (ss->disabled)
				continue;
			if (all_ss)
				return -EINVAL;
			set_bit(i, &opts->subsys_bits);
			one_ss = true;
			break;
		}
		if (i == CGROUP_SUBSYS_COUNT)
			return -ENOENT;
	}

	opts->ss_default = !all_ss && !one_ss && !opts->none;
	if (all_ss || (!one_ss && !opts->none)) {
		for (i = 0; i < CGROUP_SUBSYS_COUNT; i++) {
			if (!subsys[i]->disabled)
				set_bit(i, &opts->subsys_bits);
		}
	}

	/* noprefix exists for the old cpuset file system only */
	if (test_bit(ROOT_NOPREFIX, &opts->flags) && (opts->subsys_bits & mask))
		return -EINVAL;
	/* "none" and a subsystem contradict each other */
	if (opts->subsys_bits && opts->none)
		return -EINVAL;
	/* a hierarchy without subsystems must be named */
	if (!opts->subsys_bits && !opts->name)
		return -EINVAL;
	return 0;
}

/*
 * Rebuild the subsystem lists of every hierarchy (@root may not be on
 * the roots list yet) from ss->root, in ascending id order.
 */
static void rebuild_subsys_lists(struct cgroupfs_root *root)
	__must_hold(&cgroup_mutex)
{
	struct cgroupfs_root *r;
	int i;

	lockdep_assert_held(&cgroup_mutex);
	INIT_LIST_HEAD(&root->subsys_list);
	INIT_LIST_HEAD(&rootnode.subsys_list);
	for_each_active_root(r)
		INIT_LIST_HEAD(&r->subsys_list);
	for (i = 0; i < CGROUP_SUBSYS_COUNT; i++) {
		struct cgroup_subsys *ss = subsys[i];

		list_add_tail(&ss->sibling, &ss->root->subsys_list);
	}
}

/*
 * Make @final_bits the set of subsystems bound to @root.  Adding a
 * subsystem bound elsewhere, or changing the set of a hierarchy that has
 * child cgroups, fails with -EBUSY.
 */
static int rebind_subsystems(struct cgroupfs_root *root,
			     unsigned long final_bits)
	__must_hold(&cgroup_mutex)
{
	unsigned long added_bits, removed_bits;
	struct cgroup *cgrp = &root->top_cgroup;
	int i;

	lockdep_assert_held(&cgroup_mutex);
	removed_bits = root->subsys_bits & ~final_bits;
	added_bits = final_bits & ~root->subsys_bits;

	for (i = 0; i < CGROUP_SUBSYS_COUNT; i++) {
		if ((added_bits & (1UL << i)) &&
		    subsys[i]->root != &rootnode)
			return -EBUSY;
	}
	if ((added_bits | removed_bits) && root->number_of_cgroups > 1)
		return -EBUSY;

	for (i = 0; i < CGROUP_SUBSYS_COUNT; i++) {
		struct cgroup_subsys *ss = subsys[i];
		unsigned long bit = 1UL << i;

		if (added_bits & bit) {
			WARN_ON_ONCE(cgrp->subsys[i]);
			cgrp->subsys[i] = dummytop->subsys[i];
			/* read without locks by the exit hooks' caller */
			WRITE_ONCE(cgrp->subsys[i]->cgroup, cgrp);
			ss->root = root;
			if (ss->bind)
				ss->bind(ss, cgrp);
		} else if (removed_bits & bit) {
			if (ss->bind)
				ss->bind(ss, dummytop);
			WRITE_ONCE(dummytop->subsys[i]->cgroup, dummytop);
			cgrp->subsys[i] = NULL;
			ss->root = &rootnode;
			cgroup_clear_files(cgrp, ss, false);
		}
	}
	root->subsys_bits = final_bits;
	rootnode.subsys_bits &= ~added_bits;
	rootnode.subsys_bits |= removed_bits;
	rebuild_subsys_lists(root);
	return 0;
}

/* The id the next hierarchy's search starts at (cgroup_mutex). */
static int next_hierarchy_id = 1;

/*
 * A new hierarchy's id, as 2.6.38's init_root_id(): the lowest unused id
 * at or above the one after the last id handed out, wrapping around to
 * 1 at INT_MAX; the dummy hierarchy is 0.  So ids are not reused at once:
 * mount, umount and mount again give 1, then 2 (today's Linux, with
 * idr_alloc_cyclic(), does the same).
 */
static int cgroup_alloc_hierarchy_id(void)
	__must_hold(&cgroup_mutex)
{
	struct cgroupfs_root *root;
	int id = next_hierarchy_id;

	lockdep_assert_held(&cgroup_mutex);
	for (;;) {
		bool used = false;

		for_each_active_root(root)
			used |= root->hierarchy_id == id;
		if (!used)
			break;
		id = id == INT_MAX ? 1 : id + 1;
	}
	next_hierarchy_id = id == INT_MAX ? 1 : id + 1;
	return id;
}

/* Is @root the hierarchy @opts asks for (2.6.38's cgroup_test_super)? */
static bool cgroup_root_matches(struct cgroupfs_root *root,
				struct cgroup_sb_opts *opts)
{
	if (opts->name && strcmp(opts->name, root->name))
		return false;
	if (opts->name && opts->ss_default)
		return true;
	if ((opts->subsys_bits || opts->none) &&
	    opts->subsys_bits != root->subsys_bits)
		return false;
	return true;
}

/* Tear down an inactive hierarchy: no mounts, no children. */
static void cgroup_destroy_root(struct cgroupfs_root *root)
	__must_hold(&cgroup_mutex)
{
	struct cg_cgroup_link *link, *saved_link;
	struct cgroup *cgrp = &root->top_cgroup;

	lockdep_assert_held(&cgroup_mutex);
	WARN_ON_ONCE(root->number_of_cgroups != 1);
	WARN_ON_ONCE(rebind_subsystems(root, 0));
	cgroup_rm_files(cgrp);

	write_lock(&css_set_lock);
	list_for_each_entry_safe(link, saved_link, &cgrp->css_sets,
				 cgrp_link_list) {
		list_del(&link->cg_link_list);
		list_del(&link->cgrp_link_list);
		atomic_dec(&cgrp->count);
		kfree(link);
	}
	write_unlock(&css_set_lock);

	list_del(&root->root_list);
	root_count--;
	kfree(root);
}

/*
 * Make a new hierarchy for @opts: bind its subsystems and link every
 * css_set to its top cgroup (so every task starts in the root).
 */
static struct cgroupfs_root *cgroup_new_root(struct cgroup_sb_opts *opts)
	__must_hold(&cgroup_mutex)
{
	struct cgroupfs_root *root;
	struct list_head tmp_cg_links;
	struct css_set *cg;
	int i, ret;

	lockdep_assert_held(&cgroup_mutex);
	root = kzalloc(sizeof(*root), GFP_KERNEL);
	if (!root)
		return ERR_PTR(-ENOMEM);
	init_cgroup_root(root);
	root->flags = opts->flags;
	if (opts->release_agent)
		strscpy(root->release_agent_path, opts->release_agent,
			sizeof(root->release_agent_path));
	if (opts->name)
		strscpy(root->name, opts->name, sizeof(root->name));
	if (opts->clone_children)
		set_bit(CGRP_CLONE_CHILDREN, &root->top_cgroup.flags);

	/* links for every css_set: the count is stable under cgroup_mutex */
	ret = allocate_cg_links(css_set_count, &tmp_cg_links);
	if (ret)
		goto out_free_root;

	ret = rebind_subsystems(root, opts->subsys_bits);
	if (ret)
		goto out_free_links;

	root->hierarchy_id = cgroup_alloc_hierarchy_id();
	list_add_tail(&root->root_list, &roots);
	root_count++;

	write_lock(&css_set_lock);
	for (i = 0; i < CSS_SET_TABLE_SIZE; i++) {
		hlist_for_each_entry(cg, &css_set_table[i], hlist)
			link_css_set(&tmp_cg_links, cg, &root->top_cgroup);
	}
	write_unlock(&css_set_lock);
	free_cg_links(&tmp_cg_links);

	ret = cgroup_populate_dir(&root->top_cgroup);
	if (ret) {
		cgroup_destroy_root(root);
		return ERR_PTR(ret);
	}
	return root;

out_free_links:
	free_cg_links(&tmp_cg_links);
out_free_root:
	kfree(root);
	return ERR_PTR(ret);
}

/*
 * cgroup_get_root - find or make the hierarchy for the option string
 * @data and count one more mount of it.  Same name, or same subsystem
 * set, as an active hierarchy shares it; a name already used with other
 * subsystems, or a subsystem bound elsewhere, is -EBUSY.
 */
static struct cgroupfs_root *cgroup_get_root(const char *data)
{
	struct cgroupfs_root *root, *found = NULL;
	struct cgroup_sb_opts opts;
	char *buf;
	int ret;

	buf = kstrdup(data ? data : "", GFP_KERNEL);
	if (!buf)
		return ERR_PTR(-ENOMEM);

	mutex_lock(&cgroup_mutex);
	ret = parse_cgroupfs_options(buf, &opts);
	if (ret)
		goto out_unlock;

	for_each_active_root(root) {
		if (cgroup_root_matches(root, &opts)) {
			found = root;
			break;
		}
		if (opts.name && !strcmp(opts.name, root->name)) {
			ret = -EBUSY;
			goto out_unlock;
		}
	}
	if (found) {
		found->mount_count++;
		root = found;
	} else {
		root = cgroup_new_root(&opts);
		if (IS_ERR(root)) {
			ret = PTR_ERR(root);
			goto out_unlock;
		}
		root->mount_count = 1;
	}
	mutex_unlock(&cgroup_mutex);
	kfree(buf);
	return root;

out_unlock:
	mutex_unlock(&cgroup_mutex);
	kfree(buf);
	return ERR_PTR(ret);
}

/*
 * One mount of @root went away.  A hierarchy with no mounts left and no
 * child cgroups is destroyed; with children it stays active and the
 * next mount with the same options finds it again.
 */
static void cgroup_put_root(struct cgroupfs_root *root)
{
	mutex_lock(&cgroup_mutex);
	if (!WARN_ON_ONCE(root->mount_count <= 0))
		root->mount_count--;
	if (!root->mount_count && root->number_of_cgroups == 1)
		cgroup_destroy_root(root);
	mutex_unlock(&cgroup_mutex);
}

/*
 * Remount: the name and the flags may not change (-EINVAL); the
 * subsystem set may change only while the hierarchy has no children
 * (-EBUSY); release_agent= replaces the agent.  cgroupfs_remount() is
 * its caller (mount -o remount,OPTIONS DIR).
 */
static int cgroup_remount_root(struct cgroupfs_root *root, const char *data)
{
	struct cgroup_sb_opts opts;
	char *buf;
	int ret;

	buf = kstrdup(data ? data : "", GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	/*
	 * A subsystem unbound here leaves its files open where they were
	 * open: wait for their handlers in flight (file_rwsem, taken before
	 * cgroup_mutex as every handler does), and the later ones see it
	 * gone (cgroup_file_gone()).  Only the top cgroup has files: a
	 * hierarchy with children cannot change its subsystems.
	 */
	down_write(&root->top_cgroup.file_rwsem);
	mutex_lock(&cgroup_mutex);
	ret = parse_cgroupfs_options(buf, &opts);
	if (ret)
		goto out_unlock;
	if (opts.flags != root->flags ||
	    (opts.name && strcmp(opts.name, root->name))) {
		ret = -EINVAL;
		goto out_unlock;
	}
	ret = rebind_subsystems(root, opts.subsys_bits);
	if (ret)
		goto out_unlock;
	ret = cgroup_populate_dir(&root->top_cgroup);
	if (ret)
		goto out_unlock;
	if (opts.release_agent)
		strscpy(root->release_agent_path, opts.release_agent,
			sizeof(root->release_agent_path));
out_unlock:
	mutex_unlock(&cgroup_mutex);
	up_write(&root->top_cgroup.file_rwsem);
	kfree(buf);
	return ret;
}

/* ------------------------------------------------------------------ */
/* mkdir and rmdir */

/*
 * __cgroup_create - make the child @name of @parent: create() and
 * post_clone() for every bound subsystem, then the directory (@dentry:
 * the one mkdir(2) is making, NULL otherwise) and the files.
 * Returns the cgroup with a reference for the caller (cgroup_put() it:
 * an rmdir may come as soon as cgroup_mutex is dropped), or
 * ERR_PTR(-EEXIST/-EINVAL/-ENAMETOOLONG/-ENODEV/-ENOMEM or a create()
 * error).
 */
static struct cgroup *__cgroup_create(struct cgroup *parent, const char *name,
				      struct dentry *dentry, umode_t mode)
{
	struct cgroupfs_root *root = parent->root;
	struct cgroup_subsys *ss;
	struct cgroup *cgrp;
	int ret;

	if (!*name || strchr(name, '/') || !strcmp(name, ".") ||
	    !strcmp(name, ".."))
		return ERR_PTR(-EINVAL);
	if (strlen(name) >= CGROUP_NAME_LEN)
		return ERR_PTR(-ENAMETOOLONG);

	cgrp = kzalloc(sizeof(*cgrp), GFP_KERNEL);
	if (!cgrp)
		return ERR_PTR(-ENOMEM);
	init_cgroup_housekeeping(cgrp);
	strscpy(cgrp->name, name, sizeof(cgrp->name));
	cgrp->parent = parent;
	cgrp->root = root;
	cgrp->top_cgroup = parent->top_cgroup;

	if (!cgroup_lock_live_group(parent)) {
		kfree(cgrp);
		return ERR_PTR(-ENODEV);
	}
	if (cgroup_find_child(parent, name) ||
	    cgroup_find_file(parent, name)) {
		ret = -EEXIST;
		goto out_unlock;
	}
	if (notify_on_release(parent))
		set_bit(CGRP_NOTIFY_ON_RELEASE, &cgrp->flags);
	if (clone_children(parent))
		set_bit(CGRP_CLONE_CHILDREN, &cgrp->flags);

	for_each_subsys(root, ss) {
		struct cgroup_subsys_state *css = ss->create(ss, cgrp);

		if (IS_ERR(css)) {
			ret = PTR_ERR(css);
			goto out_destroy;
		}
		init_cgroup_css(css, ss, cgrp);
		if (clone_children(parent) && ss->post_clone)
			ss->post_clone(ss, cgrp);
	}

	list_add_tail(&cgrp->sibling, &parent->children);
	root->number_of_cgroups++;
	/* the parent is pinned by its child */
	atomic_inc(&parent->refcnt);

	ret = cgroupfs_mkdir_dentry(cgrp, dentry, mode);
	if (!ret)
		ret = cgroup_populate_dir(cgrp);
	if (ret)
		goto out_unlink;
	atomic_inc(&cgrp->refcnt);	/* the caller's */
	mutex_unlock(&cgroup_mutex);
	return cgrp;

out_unlink:
	cgroup_rm_files(cgrp);
	cgroupfs_rmdir_dentry(cgrp, !!dentry);
	list_del(&cgrp->sibling);
	root->number_of_cgroups--;
	atomic_dec(&parent->refcnt);
out_destroy:
	for_each_subsys(root, ss) {
		if (cgrp->subsys[ss->subsys_id])
			ss->destroy(ss, cgrp);
	}
out_unlock:
	mutex_unlock(&cgroup_mutex);
	/*
	 * Not kfree(): once cgroupfs_mkdir_dentry() or the files made it
	 * visible, inodes hold references of their own and drop them when
	 * the VFS lets go of the failed directory (cgroupfs_evict_inode()).
	 */
	set_bit(CGRP_REMOVED, &cgrp->flags);
	cgroup_put(cgrp);
	return ERR_PTR(ret);
}

/*
 * __cgroup_rmdir - remove @cgrp (@by_vfs: rmdir(2) removes the
 * directory itself).  -EBUSY while it has tasks (any linked css_set) or
 * children, or for a top cgroup.  After it, writes through open files
 * get -ENODEV; destroy() runs for every subsystem once no RCU reader can
 * see the states.
 */
static int __cgroup_rmdir(struct cgroup *cgrp, bool by_vfs)
{
	struct cgroup *parent = cgrp->parent;
	struct cgroup_subsys *ss;
	int populated;

	if (!parent)
		return -EBUSY;
	if (!cgroup_lock_live_group(cgrp))
		return -ENOENT;
	/*
	 * @count drops to zero inside __put_css_set()'s css_set_lock
	 * section, which then still reads @cgrp's flags (an exiting task
	 * does this without cgroup_mutex): reading it under the lock waits
	 * for that section, so nothing touches @cgrp once we free it.  It
	 * cannot rise again: linking a css_set here needs cgroup_mutex.
	 */
	read_lock(&css_set_lock);
	populated = atomic_read(&cgrp->count);
	read_unlock(&css_set_lock);
	if (populated || !list_empty(&cgrp->children)) {
		mutex_unlock(&cgroup_mutex);
		return -EBUSY;
	}

	set_bit(CGRP_REMOVED, &cgrp->flags);

	/*
	 * Wait for the control-file handlers already running on @cgrp
	 * (later ones see it removed): they may be waiting for
	 * cgroup_mutex, so drop it meanwhile.  @cgrp, removed but still
	 * linked and counted, keeps its parent and hierarchy: a mkdir
	 * below it, an attach to it and a second rmdir all fail on the
	 * removed flag, an rmdir of the parent and umount on the child.
	 */
	mutex_unlock(&cgroup_mutex);
	down_write(&cgrp->file_rwsem);
	up_write(&cgrp->file_rwsem);
	mutex_lock(&cgroup_mutex);

	cgroup_rm_files(cgrp);
	cgroupfs_rmdir_dentry(cgrp, by_vfs);
	list_del_init(&cgrp->sibling);
	cgrp->root->number_of_cgroups--;
	set_bit(CGRP_RELEASABLE, &parent->flags);

	/*
	 * No css_set links @cgrp any more, but an RCU reader may still
	 * hold a css_set (freed by call_rcu) that points at its states:
	 * wait for those readers before destroy() frees them.  This is
	 * rmdir, not the attach path, so the grace period is acceptable.
	 */
	synchronize_rcu();
	for_each_subsys(cgrp->root, ss)
		ss->destroy(ss, cgrp);
	mutex_unlock(&cgroup_mutex);

	cgroup_put(parent);
	cgroup_put(cgrp);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Attaching a task */

/**
 * cgroup_task_migrate() - point @tsk at the css_set for @cgrp
 * @cgrp: the destination
 * @oldcgrp: @tsk's cgroup in @cgrp's hierarchy now
 * @tsk: the task; the caller holds a reference
 *
 * The tasks file's migration of one task (cgroup_attach_proc() moves a
 * group with cgroup_attach_migrate()).  Swaps tsk->cgroups, moves @tsk
 * to the new css_set's task list and drops its reference on the old
 * css_set (freed after a grace period if it was the last).
 *
 * Context: holds cgroup_mutex; sleeps.
 * Return: 0; -ENOMEM if the css_set could not be allocated; -ESRCH if
 * @tsk is exiting (it then stays where it was).
 */
static int cgroup_task_migrate(struct cgroup *cgrp, struct cgroup *oldcgrp,
			       struct task_struct *tsk)
	__must_hold(&cgroup_mutex)
{
	struct css_set *oldcg, *newcg;

	lockdep_assert_held(&cgroup_mutex);

	/*
	 * step 1: pin the current css_set.  An exiting task may already be
	 * in init_css_set: it stays (cgroups.txt 5.2).
	 */
	task_lock(tsk);
	if (tsk->flags & PF_EXITING) {
		task_unlock(tsk);
		return -ESRCH;
	}
	oldcg = task_css_set_locked(tsk);
	get_css_set(oldcg);
	task_unlock(tsk);

	/* step 2: find (or make) the target css_set; the pin stays */
	newcg = find_css_set(oldcg, cgrp);
	if (!newcg) {
		put_css_set(oldcg);
		return -ENOMEM;
	}

	/*
	 * step 3: publish, unless the task started exiting, and move it
	 * between the task lists (unless cgroup_post_fork() has yet to link
	 * it) in the same section: "The task lists" in the file header.
	 */
	write_lock(&css_set_lock);
	css_set_lock_tasks_pair(oldcg, newcg);
	task_lock(tsk);
	if (tsk->flags & PF_EXITING) {
		task_unlock(tsk);
		css_set_unlock_tasks_pair(oldcg, newcg);
		write_unlock(&css_set_lock);
		put_css_set(newcg);
		put_css_set(oldcg);
		return -ESRCH;
	}
	/* only an exit changes it while we hold cgroup_mutex */
	WARN_ON_ONCE(task_css_set_locked(tsk) != oldcg);
	rcu_assign_pointer(tsk->cgroups, newcg);
	if (!list_empty(&tsk->cg_list))
		list_move(&tsk->cg_list, &newcg->tasks);
	task_unlock(tsk);
	css_set_unlock_tasks_pair(oldcg, newcg);
	write_unlock(&css_set_lock);

	/*
	 * step 4: drop the pin and the task's reference on the old
	 * css_set.  Readers that found it through tsk->cgroups are covered
	 * by call_rcu() in __put_css_set(): no synchronize_rcu() here
	 * (cgroups.txt 5.11).
	 */
	put_css_set(oldcg);
	put_css_set(oldcg);
	set_bit(CGRP_RELEASABLE, &oldcgrp->flags);
	return 0;
}

/*
 * cgroup_cancel_attach() - the one rollback rule of both attach paths
 * (cgroups.txt 5.7): cancel_attach, with @tsk, for every subsystem of @cgrp's
 * hierarchy up to @failed_ss - @failed_ss itself included when
 * @cancel_failed (its can_attach passed, its can_attach_task refused);
 * @failed_ss NULL cancels them all (a failure after the veto).
 */
static void cgroup_cancel_attach(struct cgroup *cgrp, struct task_struct *tsk,
				 struct cgroup_subsys *failed_ss,
				 bool cancel_failed)
	__must_hold(&cgroup_mutex)
{
	struct cgroup_subsys *ss;

	lockdep_assert_held(&cgroup_mutex);
	for_each_subsys(cgrp->root, ss) {
		if (ss == failed_ss && !cancel_failed)
			break;
		if (ss->cancel_attach)
			ss->cancel_attach(ss, cgrp, tsk);
		if (ss == failed_ss)
			break;
	}
}

/**
 * cgroup_attach_task() - move one task to @cgrp
 * @cgrp: the destination
 * @tsk: the task; the caller holds a reference
 *
 * Per subsystem of the hierarchy, in id order: can_attach then
 * can_attach_task.  On a refusal, cancel_attach runs for every subsystem
 * whose can_attach succeeded, the refusing one included when it was its
 * can_attach_task that refused (cgroups.txt 5.7).  Then the migration, the last
 * failure point (-ENOMEM, -ESRCH; every subsystem is cancelled).  After
 * it, per subsystem: pre_attach, attach_task, attach.  A task already in
 * @cgrp is a success without any hook.
 *
 * Context: holds cgroup_mutex; sleeps.
 * Return: 0 or -errno; on error nothing moved.
 */
int cgroup_attach_task(struct cgroup *cgrp, struct task_struct *tsk)
	__must_hold(&cgroup_mutex)
{
	struct cgroupfs_root *root = cgrp->root;
	struct cgroup_subsys *ss, *failed_ss = NULL;
	bool cancel_failed_ss = false;
	struct cgroup *oldcgrp;
	int ret = 0;

	lockdep_assert_held(&cgroup_mutex);

	oldcgrp = task_cgroup_from_root(tsk, root);
	if (cgrp == oldcgrp)
		return 0;

	/* step 1: veto */
	for_each_subsys(root, ss) {
		if (ss->can_attach) {
			ret = ss->can_attach(ss, cgrp, tsk);
			if (ret) {
				failed_ss = ss;
				goto out_cancel_attach;
			}
		}
		if (ss->can_attach_task) {
			ret = ss->can_attach_task(cgrp, tsk);
			if (ret) {
				failed_ss = ss;
				cancel_failed_ss = true;
				goto out_cancel_attach;
			}
		}
	}

	/* step 2: migrate - the last failure point */
	ret = cgroup_task_migrate(cgrp, oldcgrp, tsk);
	if (ret)
		goto out_cancel_attach;

	/* step 3: commit point passed - nothing below can fail */
	for_each_subsys(root, ss) {
		if (ss->pre_attach)
			ss->pre_attach(cgrp);
		if (ss->attach_task)
			ss->attach_task(cgrp, tsk);
		if (ss->attach)
			ss->attach(ss, cgrp, oldcgrp, tsk);
	}
	return 0;

out_cancel_attach:
	cgroup_cancel_attach(cgrp, tsk, failed_ss, cancel_failed_ss);
	return ret;
}

/*
 * A race point for tests, the one moment of a cgroup.procs write that no
 * subsystem hook reaches: the leader has been looked up but its fork lock
 * is not taken yet, so an exec by another thread here makes it a
 * non-leader and the write must retry (cgroups.txt 3.2.2).
 * kernel/cgroup_test.c #includes this file and, before that, defines
 * cgroup_procs_looked_up(tsk) to a function that can run an exec at
 * exactly this point.  Built alone, as here, it is an empty statement: no
 * hook pointer, no branch, no exported symbol (style.txt 9.2).  The later
 * points a test needs (after the snapshot, inside the veto, after the
 * commit point) are reached through the hooks of the mock subsystem
 * (kernel/cgroup_mock.c: can_attach, can_attach_task, pre_attach), not
 * through code here.
 */
#ifndef cgroup_procs_looked_up
#define cgroup_procs_looked_up(tsk)	do { } while (0)
#endif

/*
 * The src list of one cgroup_attach_proc(): every distinct css_set a
 * thread of the snapshot uses, referenced once, on a list through
 * css_set::mg_node, with the cgroup it stands for in the destination's
 * hierarchy (mg_src_cgrp) and, once prefetched, the css_set its threads
 * move to (mg_dst).  Every per-css_set lookup is done once per source,
 * however many threads share it; cgroup_mutex (held across the whole
 * move, and by every other attach) protects the mg_* fields.
 */

/*
 * css_set_add_src() - put @cg on @preloaded with a reference, unless it
 * is there already, and note its cgroup in @cgrp's hierarchy.
 *
 * @cg was read from a thread's ->cgroups under RCU, so its memory is
 * valid but it may be dying (its last task exited): then no reference
 * can be taken and the thread is exiting.  Referenced, its links cannot
 * go away (only the last put unlinks them) nor change (only under
 * cgroup_mutex, by mount and umount), so they are walked without
 * css_set_lock.
 *
 * Return: false if @cg is dying (the caller skips the thread).
 */
static bool css_set_add_src(struct css_set *cg, struct cgroup *cgrp,
			    struct list_head *preloaded)
	__must_hold(&cgroup_mutex)
{
	lockdep_assert_held(&cgroup_mutex);
	if (!list_empty(&cg->mg_node))
		return true;
	if (!atomic_inc_not_zero(&cg->refcount))
		return false;
	cg->mg_src_cgrp = css_set_cgroup(cg, cgrp->root);
	cg->mg_dst = NULL;
	cg->mg_nr_moved = 0;
	list_add_tail(&cg->mg_node, preloaded);
	return true;
}

/*
 * Would tasks of @a and of @b moving to @cgrp share a css_set: the same
 * cgroups in every other hierarchy, the same states of every subsystem
 * not bound to @cgrp's?  (Both referenced; cgroup_mutex.)
 */
static bool css_set_same_dst(struct css_set *a, struct css_set *b,
			     struct cgroup *cgrp)
	__must_hold(&cgroup_mutex)
{
	struct cgroupfs_root *root = cgrp->root;
	struct cg_cgroup_link *link;
	int i;

	lockdep_assert_held(&cgroup_mutex);
	for (i = 0; i < CGROUP_SUBSYS_COUNT; i++)
		if (!(root->subsys_bits & (1UL << i)) &&
		    a->subsys[i] != b->subsys[i])
			return false;
	list_for_each_entry(link, &a->cg_links, cg_link_list) {
		if (link->cgrp->root != root &&
		    link->cgrp != css_set_cgroup(b, link->cgrp->root))
			return false;
	}
	return true;
}

/*
 * css_set_prefetch() - step 2: find or prepare the destination css_set
 * of every source on @preloaded whose threads move (those already in
 * @cgrp are skipped).  A new destination is prepared, not installed:
 * cgroup_attach_migrate() installs it in its first hold of css_set_lock,
 * so that a move takes that lock once.  Until then no lookup can find
 * it, so two sources that need the same new css_set share it here.
 * Return: 0 or -ENOMEM (the last failure point).
 */
static int css_set_prefetch(struct cgroup *cgrp, struct list_head *preloaded)
	__must_hold(&cgroup_mutex)
{
	struct css_set *cg, *prev;

	lockdep_assert_held(&cgroup_mutex);
	list_for_each_entry(cg, preloaded, mg_node) {
		if (cg->mg_src_cgrp == cgrp)
			continue;
		list_for_each_entry(prev, preloaded, mg_node) {
			if (prev == cg)
				break;
			if (prev->mg_dst && !css_set_installed(prev->mg_dst) &&
			    css_set_same_dst(prev, cg, cgrp)) {
				cg->mg_dst = prev->mg_dst;
				get_css_set(cg->mg_dst);
				break;
			}
		}
		if (!cg->mg_dst)
			cg->mg_dst = css_set_prepare(cg, cgrp);
		if (!cg->mg_dst)
			return -ENOMEM;
	}
	return 0;
}

/* css_set_prefetch_release() - drop every reference of the src list */
static void css_set_prefetch_release(struct list_head *preloaded)
	__must_hold(&cgroup_mutex)
{
	struct css_set *cg, *tmp;

	lockdep_assert_held(&cgroup_mutex);
	list_for_each_entry_safe(cg, tmp, preloaded, mg_node) {
		list_del_init(&cg->mg_node);
		if (cg->mg_dst)
			css_set_put_prepared(cg->mg_dst);
		cg->mg_dst = NULL;
		cg->mg_src_cgrp = NULL;
		put_css_set(cg);
	}
}

/*
 * In the snapshot's walk, while at @tsk: the lines of the thread after
 * the next (whose list link, fetched one step earlier, is at hand) and
 * the other lines of the next one, so that the misses of a large group
 * overlap instead of following one another.  Any address is fine for a
 * prefetch: at the end of the list these point into the signal_struct.
 */
static void cgroup_prefetch_snapshot(struct task_struct *tsk)
{
	struct list_head *next = READ_ONCE(tsk->thread_node.next);
	struct task_struct *t = list_entry(next, struct task_struct,
					   thread_node);

	prefetchw(&t->usage);
	prefetch(&t->cgroups);
	prefetch(READ_ONCE(next->next));
}

/*
 * css_set_prefetch_install() - install the new destination css_sets that
 * css_set_prefetch() prepared, before the first thread points at one.
 */
static void css_set_prefetch_install(struct cgroup *cgrp,
				     struct list_head *preloaded)
	__must_hold(&css_set_lock)
{
	struct css_set *cg;

	lockdep_assert_held_write(&css_set_lock);
	list_for_each_entry(cg, preloaded, mg_node) {
		if (cg->mg_dst && !css_set_installed(cg->mg_dst))
			css_set_install(cg->mg_dst, cg, cgrp);
	}
}

/*
 * css_set_prefetch_release_locked() - css_set_prefetch_release() under
 * css_set_lock, for the end of the migration: the css_sets whose last
 * reference this drops go on @dead, through their mg_node, for the
 * caller to free once the lock is dropped.
 */
static void css_set_prefetch_release_locked(struct list_head *preloaded,
					    struct list_head *dead)
	__must_hold(&css_set_lock)
{
	struct css_set *cg, *tmp;

	lockdep_assert_held_write(&css_set_lock);
	list_for_each_entry_safe(cg, tmp, preloaded, mg_node) {
		list_del_init(&cg->mg_node);
		if (cg->mg_dst && put_css_set_locked(cg->mg_dst, 0))
			list_add(&cg->mg_dst->mg_node, dead);
		cg->mg_dst = NULL;
		cg->mg_src_cgrp = NULL;
		if (put_css_set_locked(cg, 0))
			list_add(&cg->mg_node, dead);
	}
}

/*
 * cgroup_attach_proc_snapshot() - step 0: reference every thread of
 * @leader's group that is not exiting and not already in @cgrp, and put
 * every css_set they use on @preloaded (css_set_add_src()).
 * @group has room for @group_size threads, the group's nr_threads read
 * under the fork lock, which can only have shrunk since.
 *
 * No global lock: the fork lock (held for write) keeps threads from
 * joining, a thread that leaves is unlinked with list_del_rcu() and its
 * task_struct is freed a grace period later, so rcu_read_lock() is
 * enough to walk the list and take references.  The check at the end
 * that @leader still leads needs no tasklist_lock either: de_thread()
 * hands the leadership over once and for good, so a leader after the
 * walk was the leader during it; and the lock would not keep an exec
 * from taking over right after the check (2011's code could not either:
 * de_thread() does not take the fork lock).
 *
 * Return: the number of threads stored, or -EAGAIN if @leader stopped
 * being the leader (de_thread() ran between the pid lookup and the fork
 * lock).  Only cgroup_attach_proc() sees this -EAGAIN: it turns it into
 * its *@leader_changed, which no subsystem's errno can be taken for.
 * *@leader_oldcgrp is @leader's cgroup in @cgrp's hierarchy if the walk
 * saw it, else NULL.
 */
static int cgroup_attach_proc_snapshot(struct cgroup *cgrp,
				       struct task_struct *leader,
				       struct task_struct **group,
				       int group_size,
				       struct list_head *preloaded,
				       struct cgroup **leader_oldcgrp)
	__must_hold(&cgroup_mutex)
{
	struct css_set *cg, *last = NULL;
	struct task_struct *tsk;
	bool leads;
	int i = 0;

	lockdep_assert_held(&cgroup_mutex);

	*leader_oldcgrp = NULL;
	rcu_read_lock();
	for_each_thread(leader, tsk) {
		cgroup_prefetch_snapshot(tsk);
		/*
		 * The css_set first, then the flag: cgroup_exit() sets
		 * PF_EXITING before it switches a task to init_css_set
		 * (partner: its rcu_assign_pointer()), so an exiting
		 * thread's init_css_set is not taken for a source.  A
		 * thread that starts exiting later is skipped at migrate.
		 */
		cg = rcu_dereference(tsk->cgroups);
		if (READ_ONCE(tsk->flags) & PF_EXITING)
			continue;
		if (cg != last) {
			if (!css_set_add_src(cg, cgrp, preloaded))
				continue;
			last = cg;
		}
		if (tsk == leader)
			*leader_oldcgrp = cg->mg_src_cgrp;
		/* threads already in @cgrp are not moved, see no hook (cgroups.txt 5.5) */
		if (cg->mg_src_cgrp == cgrp)
			continue;
		if (WARN_ON_ONCE(i >= group_size))
			break;
		group[i++] = get_task_struct(tsk);
	}
	rcu_read_unlock();

	/*
	 * Partner: the WRITE_ONCE()s of exchange_leader().  After the walk:
	 * a swap seen by the walk is seen here too.
	 */
	smp_rmb();
	leads = READ_ONCE(leader->group_leader) == leader;
	if (!leads) {
		while (i > 0)
			put_task_struct(group[--i]);
		return -EAGAIN;
	}
	return i;
}

/*
 * How many threads cgroup_attach_migrate() moves under one hold of
 * css_set_lock: see "Holding css_set_lock" in the header of this file.
 */
#define CGROUP_MIGRATE_BATCH	64

/*
 * How far ahead the loops over a snapshot prefetch the threads they are
 * about to touch: a large group does not fit in the caches, and each
 * thread's lines are otherwise fetched one miss after another.
 */
#define CGROUP_PREFETCH_AHEAD	8

/*
 * The lines of @tsk that the migration writes: its lock, its css_set
 * links and, with its flags, its reference count.
 */
static void cgroup_prefetch_migrate(struct task_struct *tsk)
{
	prefetchw(&tsk->usage);
	prefetchw(&tsk->alloc_lock);
	prefetchw(&tsk->cg_list);
}

/*
 * cgroup_attach_migrate_refs() - hand the references of the threads
 * moved by one batch from their old css_sets to the new ones, before
 * css_set_lock is released: a moved thread's exit (cgroup_exit() takes
 * css_set_lock first) then puts a reference its new css_set has.  The
 * src list's own references keep every css_set above zero meanwhile.
 */
static void cgroup_attach_migrate_refs(struct list_head *preloaded)
	__must_hold(&css_set_lock)
{
	struct css_set *cg;

	lockdep_assert_held_write(&css_set_lock);
	list_for_each_entry(cg, preloaded, mg_node) {
		if (!cg->mg_nr_moved)
			continue;
		atomic_add(cg->mg_nr_moved, &cg->mg_dst->refcount);
		WARN_ON_ONCE(atomic_sub_return(cg->mg_nr_moved,
					       &cg->refcount) < 1);
		set_bit(CGRP_RELEASABLE, &cg->mg_src_cgrp->flags);
		cg->mg_nr_moved = 0;
	}
}

/*
 * cgroup_migrate_lock_tasks() - hold the task lists of @cg (a source of
 * the migration, or init_css_set after an exit) and of its destination,
 * instead of those of @locked (NULL: none).  Return: the source whose
 * lists are now held, NULL when @cg has no destination.
 */
static struct css_set *cgroup_migrate_lock_tasks(struct css_set *locked,
						 struct css_set *cg)
	__must_hold(&cgroup_mutex) __no_context_analysis
{
	lockdep_assert_held(&cgroup_mutex);
	if (cg == locked)
		return locked;
	if (locked)
		css_set_unlock_tasks_pair(locked, locked->mg_dst);
	if (!cg->mg_dst)
		return NULL;
	css_set_lock_tasks_pair(cg, cg->mg_dst);
	return cg;
}

/*
 * cgroup_attach_migrate() - step 3: point every thread of @group at its
 * prefetched css_set, CGROUP_MIGRATE_BATCH threads per hold of
 * css_set_lock.  Per thread only what must be: task_lock (the exit
 * check and the tsk->cgroups store) and the move on the task lists.  A
 * thread that started exiting since the snapshot stays where it is and
 * its reference is dropped.  With @put, so is every moved thread's (no
 * attach_task hook needs them): one pass over the group less.
 *
 * The first hold of css_set_lock also installs the new css_sets the
 * threads move to (css_set_prefetch_install()), and the last one drops
 * the src list's references (css_set_prefetch_release_locked()): an old
 * css_set the group leaves empty is unlinked there.  So a move of up to
 * CGROUP_MIGRATE_BATCH threads takes css_set_lock exactly once, where
 * moving a process back and forth (creating a css_set, freeing another
 * each time) took it three times.
 *
 * Return: the number of threads moved, now at the start of @group, in
 * their order (without @put; with it, the count only).
 */
static int cgroup_attach_migrate(struct cgroup *cgrp,
				 struct task_struct **group, int group_size,
				 struct list_head *preloaded, bool put)
	__must_hold(&cgroup_mutex)
{
	struct css_set *oldcg, *newcg, *locked;
	struct task_struct *tsk;
	int i = 0, moved = 0, end;
	LIST_HEAD(dead);

	lockdep_assert_held(&cgroup_mutex);
	for (i = 0; i < min(CGROUP_PREFETCH_AHEAD, group_size); i++)
		cgroup_prefetch_migrate(group[i]);
	i = 0;
	while (i < group_size) {
		end = min(i + CGROUP_MIGRATE_BATCH, group_size);
		write_lock(&css_set_lock);
		if (!i)
			css_set_prefetch_install(cgrp, preloaded);
		locked = NULL;
		for (; i < end; i++) {
			if (i + CGROUP_PREFETCH_AHEAD < group_size)
				cgroup_prefetch_migrate(group[i +
						CGROUP_PREFETCH_AHEAD]);
			tsk = group[i];
			/*
			 * The task lists of the thread's source and
			 * destination, kept from one thread to the next
			 * while they are the same.  Read before task_lock
			 * (the order), tsk->cgroups can only have changed
			 * to init_css_set, by an exit: checked below.
			 */
			oldcg = rcu_dereference_raw(tsk->cgroups);
			locked = cgroup_migrate_lock_tasks(locked, oldcg);
			task_lock(tsk);
			oldcg = task_css_set_locked(tsk);
			newcg = oldcg->mg_dst;
			if ((tsk->flags & PF_EXITING) ||
			    WARN_ON_ONCE(!newcg || oldcg != locked)) {
				task_unlock(tsk);
				/* never the last reference: it is exiting */
				put_task_struct(tsk);
				continue;
			}
			rcu_assign_pointer(tsk->cgroups, newcg);
			task_unlock(tsk);
			/*
			 * Not exiting, so cgroup_exit() did not unlink it.
			 * Unlinked: a new process (not a thread of a group
			 * whose fork lock we hold) that cgroup_post_fork()
			 * has not linked yet; it links it to the css_set
			 * just stored.
			 */
			if (!list_empty(&tsk->cg_list))
				list_move_tail(&tsk->cg_list, &newcg->tasks);
			oldcg->mg_nr_moved++;
			if (put)	/* moved, not exiting: not the last one */
				put_task_struct(tsk);
			else
				group[moved] = tsk;
			moved++;
		}
		if (locked)
			css_set_unlock_tasks_pair(locked, locked->mg_dst);
		cgroup_attach_migrate_refs(preloaded);
		if (i == group_size)
			css_set_prefetch_release_locked(preloaded, &dead);
		write_unlock(&css_set_lock);
	}
	list_for_each_entry_safe(oldcg, newcg, &dead, mg_node) {
		list_del_init(&oldcg->mg_node);
		call_rcu(&oldcg->rcu_head, free_css_set_rcu);
	}
	return moved;
}

/**
 * cgroup_attach_proc() - move every thread of @leader's group to @cgrp
 * @cgrp: the destination
 * @leader: the group leader, referenced by the caller
 * @leader_changed: set if @leader was no longer the leader (an exec ran
 *	between the pid lookup and the fork lock): nothing was done, and
 *	the caller looks the id up again.  Out of band, so that a
 *	subsystem's veto, whatever its errno, is never retried.
 *
 * All or nothing: every step that can fail (the snapshot allocation, a
 * subsystem's veto, a css_set allocation) comes before the commit point;
 * after it no error is possible and every thread of the snapshot that
 * did not start exiting meanwhile is moved.  Threads that are already in
 * @cgrp see no hook; when none has to move, no hook runs at all.
 *
 * Global locks: css_set_lock, for write, once per CGROUP_MIGRATE_BATCH
 * threads; no other (the snapshot and the css_set lookups use RCU).
 *
 * Context: holds cgroup_mutex and @leader's threadgroup_fork_lock for
 * write; sleeps.
 * Return: 0 (also when *@leader_changed is set); -ENOMEM; or a
 * subsystem's veto.
 */
static int cgroup_attach_proc(struct cgroup *cgrp,
			      struct task_struct *leader,
			      bool *leader_changed)
	__must_hold(&cgroup_mutex)
	__must_hold(&leader->signal->threadgroup_fork_lock)
{
	struct cgroupfs_root *root = cgrp->root;
	struct cgroup_subsys *ss, *failed_ss = NULL;
	bool cancel_failed_ss = false, attach_task;
	struct task_struct **group;
	struct cgroup *leader_oldcgrp;
	LIST_HEAD(preloaded);
	int group_size, i, ret;

	lockdep_assert_held(&cgroup_mutex);
	lockdep_assert_held_write(&leader->signal->threadgroup_fork_lock);

	/*
	 * step 0: snapshot.  Forks are excluded, so nr_threads only shrinks
	 * from here; it is written under tasklist_lock (partner), read once.
	 */
	group_size = max(READ_ONCE(leader->signal->nr_threads), 1);
	group = kmalloc_array(group_size, sizeof(*group), GFP_KERNEL);
	if (!group)
		return -ENOMEM;
	group_size = cgroup_attach_proc_snapshot(cgrp, leader, group,
						 group_size, &preloaded,
						 &leader_oldcgrp);
	if (group_size <= 0) {
		/* 0: nothing to move; -EAGAIN: the leader changed */
		*leader_changed = group_size == -EAGAIN;
		ret = 0;
		goto out_release_prefetch;
	}
	if (!leader_oldcgrp)	/* the leader is exiting: where it is now */
		leader_oldcgrp = task_cgroup_from_root(leader, root);

	/* step 1: veto, once per subsystem for the group, once per thread */
	for_each_subsys(root, ss) {
		if (ss->can_attach) {
			ret = ss->can_attach(ss, cgrp, leader);
			if (ret) {
				failed_ss = ss;
				goto out_cancel_attach;
			}
		}
		if (!ss->can_attach_task)
			continue;
		for (i = 0; i < group_size; i++) {
			ret = ss->can_attach_task(cgrp, group[i]);
			if (ret) {
				failed_ss = ss;
				cancel_failed_ss = true;
				goto out_cancel_attach;
			}
		}
	}

	/*
	 * step 2: prefetch the destination css_set of every old css_set -
	 * the last failure point.
	 */
	ret = css_set_prefetch(cgrp, &preloaded);
	if (ret) {
		failed_ss = NULL;	/* every subsystem said yes: cancel all */
		goto out_cancel_attach;
	}

	/*
	 * step 3: commit point.  Nothing below fails: a thread that started
	 * exiting since the snapshot is skipped (and dropped from @group),
	 * and attach_task runs only for threads that really moved (cgroups.txt 5.1).
	 */
	attach_task = false;
	for_each_subsys(root, ss) {
		if (ss->pre_attach)
			ss->pre_attach(cgrp);
		attach_task |= !!ss->attach_task;
	}
	group_size = cgroup_attach_migrate(cgrp, group, group_size, &preloaded,
					   !attach_task);
	for (i = 0; i < group_size && attach_task; i++) {
		for_each_subsys(root, ss) {
			if (ss->attach_task)
				ss->attach_task(cgrp, group[i]);
		}
		put_task_struct(group[i]);
	}

	/* step 4: once per subsystem, leader's old cgroup (cgroups.txt 5.6) */
	for_each_subsys(root, ss) {
		if (ss->attach)
			ss->attach(ss, cgrp, leader_oldcgrp, leader);
	}

	/* step 5: release the prefetched css_sets (the threads are put) */
	ret = 0;
	goto out_release_prefetch;

out_cancel_attach:
	cgroup_cancel_attach(cgrp, leader, failed_ss, cancel_failed_ss);
	for (i = 0; i < group_size; i++)
		put_task_struct(group[i]);
out_release_prefetch:
	css_set_prefetch_release(&preloaded);
	kfree(group);
	return ret;
}

/*
 * May the caller move @tsk?  euid 0, or euid equal to @tsk's uid or
 * suid (a raw euid compare, not a capability, as in 2011).
 */
static int cgroup_may_move_task(struct task_struct *tsk)
{
	const struct cred *cred = current_cred();
	const struct cred *tcred = __task_cred(tsk);

	if (uid_eq(cred->euid, GLOBAL_ROOT_UID) ||
	    uid_eq(cred->euid, tcred->uid) || uid_eq(cred->euid, tcred->suid))
		return 0;
	return -EACCES;
}

/**
 * attach_task_by_pid() - the write handler core of tasks and cgroup.procs
 * @cgrp: the destination
 * @pid: the id written; 0 means the writer
 * @threadgroup: move the whole thread group of the task @pid names
 *	(cgroup.procs) rather than that one thread (tasks)
 *
 * Takes cgroup_mutex itself.  A nonzero @pid is looked up in the
 * writer's pid namespace; ids above the pid_t range name no task.  For
 * cgroup.procs the task is replaced by its group leader, which need not
 * be alive (a zombie leader's live threads still move), and the
 * credential check (cgroup_may_move_task) applies to the leader only;
 * "0" is never checked.  The lookup, the leader and the credentials are
 * read under rcu_read_lock(), as Linux's cgroup_procs_write_start() does:
 * a task found there, the leader read from it included, keeps its
 * reference on itself until a grace period after release_task(), so a
 * concurrent exec cannot free the leader before it is referenced; and
 * cgroup_attach_proc() checks, after its snapshot, that it still leads.
 *
 * For cgroup.procs, an exec that made another thread the leader between
 * the lookup and the fork lock (cgroup_attach_proc()'s @leader_changed)
 * sends the write back to the lookup, with cgroup_mutex dropped in
 * between so that the exec can finish; nothing else is retried: a
 * subsystem's -EAGAIN is a refusal like any other.  A retry is not
 * started for a writer with a fatal signal pending (-EINTR).
 *
 * Context: process context; sleeps; must not hold cgroup_mutex.
 * Return: 0, -ENODEV (removed cgroup), -ESRCH (no such task, or for
 * tasks it is exiting), -EACCES, -EINTR (procs only: killed while
 * retrying), or the error of cgroup_attach_task()/cgroup_attach_proc().
 */
static int attach_task_by_pid(struct cgroup *cgrp, u64 pid, bool threadgroup)
{
	bool leader_changed;
	struct task_struct *tsk;
	int ret;

retry_find_task:
	leader_changed = false;
	if (!cgroup_lock_live_group(cgrp))
		return -ENODEV;

	rcu_read_lock();
	if (pid) {
		tsk = pid > INT_MAX ? NULL : find_task_by_vpid((pid_t)pid);
		/*
		 * Racy early check (partner: the task_lock()ed write of
		 * PF_EXITING in exit_signals()); cgroup_task_migrate()
		 * checks again under task_lock.
		 */
		if (tsk && !threadgroup && (READ_ONCE(tsk->flags) & PF_EXITING))
			tsk = NULL;
		if (!tsk) {
			ret = -ESRCH;
			goto out_unlock_rcu;
		}
		/*
		 * de_thread() swaps it under tasklist_lock (partner: its
		 * WRITE_ONCE); an old leader stays valid under RCU and is
		 * caught by cgroup_attach_proc_snapshot() (-EAGAIN).
		 */
		if (threadgroup)
			tsk = READ_ONCE(tsk->group_leader);
		ret = cgroup_may_move_task(tsk);
		if (ret)
			goto out_unlock_rcu;
	} else {
		tsk = threadgroup ? current->group_leader : current;
	}
	get_task_struct(tsk);
	rcu_read_unlock();

	if (threadgroup) {
		cgroup_procs_looked_up(tsk);
		threadgroup_fork_write_lock(tsk);
		ret = cgroup_attach_proc(cgrp, tsk, &leader_changed);
		threadgroup_fork_write_unlock(tsk);
	} else {
		ret = cgroup_attach_task(cgrp, tsk);
	}

	put_task_struct(tsk);
	mutex_unlock(&cgroup_mutex);
	if (leader_changed) {
		if (fatal_signal_pending(current))
			return -EINTR;
		goto retry_find_task;
	}
	return ret;

out_unlock_rcu:
	rcu_read_unlock();
	mutex_unlock(&cgroup_mutex);
	return ret;
}

static int cgroup_tasks_write(struct cgroup *cgrp, struct cftype *cft,
			      u64 pid)
{
	return attach_task_by_pid(cgrp, pid, false);
}

/*
 * cgroup_procs_write() - move a whole thread group.  The exec race is
 * retried inside attach_task_by_pid(); an EAGAIN the writer sees is a
 * subsystem's.
 */
static int cgroup_procs_write(struct cgroup *cgrp, struct cftype *cft,
			      u64 tgid)
{
	return attach_task_by_pid(cgrp, tgid, true);
}

/* ------------------------------------------------------------------ */
/* Fork and exit */

/**
 * cgroup_fork() - the child shares its parent's css_set
 * @child: the new task, not yet visible
 *
 * Under task_lock(current), which is cheaper here than an RCU read
 * section (a host call each way) and orders the read after any attach
 * of the parent (which stores tsk->cgroups under it).
 *
 * Context: copy_process(), before the child is linked anywhere; takes
 * task_lock(current).
 */
void cgroup_fork(struct task_struct *child)
{
	struct css_set *cg;

	task_lock(current);
	cg = task_css_set_locked(current);
	get_css_set(cg);
	RCU_INIT_POINTER(child->cgroups, cg);
	task_unlock(current);
	INIT_LIST_HEAD(&child->cg_list);
}

/**
 * cgroup_post_fork() - link the child into its css_set, then run the
 * subsystems' fork hooks (after linking: cgroups.txt 5.9)
 * @child: the new task, already on the task list
 *
 * The child is visible, so an attach may move it meanwhile: an attach
 * stores the new css_set of an unlinked task under task_lock and the
 * tasks_lock of both css_sets, and does not link it.  So the child is
 * linked to the css_set it points at under task_lock(@child) and that
 * css_set's tasks_lock (cgroup_task_lock_tasks()): if the attach came
 * first, the child is linked where it was moved to; if this came first,
 * the attach moves it between the lists.  No global lock: a move of
 * another process does not hold up this fork.
 *
 * Context: copy_process(); takes task_lock(@child) and its css_set's
 * tasks_lock.
 */
void cgroup_post_fork(struct task_struct *child)
{
	struct css_set *cg;
	unsigned long mask;

	cg = cgroup_task_lock_tasks(child);
	if (list_empty(&child->cg_list))
		list_add(&child->cg_list, &cg->tasks);
	cgroup_task_unlock_tasks(child, cg);
	task_unlock(child);

	for (mask = READ_ONCE(cgroup_fork_subsys); mask; mask &= mask - 1) {
		struct cgroup_subsys *ss = subsys[__ffs(mask)];

		if (ss->fork)
			ss->fork(ss, child);
	}
}

/*
 * The exit hooks of every subsystem, for @tsk, which just left @cg for
 * init_css_set (the root of every hierarchy).  No cgroup lock is held: a
 * root css's ->cgroup may change meanwhile, when its subsystem is bound
 * to or unbound from a hierarchy (rebind_subsystems(), which stores it
 * with WRITE_ONCE()); either value names a root of that subsystem.
 */
static void cgroup_exit_hooks(struct task_struct *tsk, struct css_set *cg)
	__must_hold(&tsk->alloc_lock)
{
	unsigned long mask;
	int i;

	lockdep_assert_held(&tsk->alloc_lock);
	for (mask = READ_ONCE(cgroup_exit_subsys); mask; mask &= mask - 1) {
		struct cgroup_subsys *ss;

		i = __ffs(mask);
		ss = subsys[i];
		if (ss->exit)
			ss->exit(ss, READ_ONCE(init_css_set.subsys[i]->cgroup),
				 READ_ONCE(cg->subsys[i]->cgroup), tsk);
	}
}

/**
 * cgroup_exit() - an exiting task moves to init_css_set
 * @tsk: the task (current in do_exit, or a child copy_process failed)
 * @run_callbacks: run the subsystems' exit hooks
 *
 * The task is unlinked from its css_set's task list (so no cgroup lists
 * it any more), points at init_css_set without a reference, and its
 * reference on the old css_set is dropped.  PF_EXITING (set under
 * task_lock before) keeps every attach away from here on.
 *
 * Context: process context; takes task_lock(@tsk) and its css_set's
 * tasks_lock (cgroup_task_lock_tasks()); css_set_lock only when the
 * reference dropped is the css_set's last.
 */
void cgroup_exit(struct task_struct *tsk, int run_callbacks)
{
	struct css_set *cg;

	cg = cgroup_task_lock_tasks(tsk);
	if (!list_empty(&tsk->cg_list))
		list_del_init(&tsk->cg_list);
	cgroup_task_unlock_tasks(tsk, cg);
	rcu_assign_pointer(tsk->cgroups, &init_css_set);
	if (run_callbacks)
		cgroup_exit_hooks(tsk, cg);
	task_unlock(tsk);

	/* every live task holds a reference, init_css_set's included */
	put_css_set_taskexit(cg);
}

/* ------------------------------------------------------------------ */
/* The tasks and cgroup.procs files: reading */

static int cmppid(const void *a, const void *b)
{
	pid_t x = *(const pid_t *)a, y = *(const pid_t *)b;

	return x < y ? -1 : x > y;
}

/*
 * Snapshot the ids of @cgrp's tasks (thread ids, or thread group ids
 * for @procs) as seen from the reader's pid namespace, sorted, procs
 * de-duplicated.  Tasks already through cgroup_exit() are not on any
 * css_set list and are not listed.
 */
static int pidlist_array_load(struct cgroup *cgrp, bool procs,
			      pid_t **listp, int *lengthp)
{
	struct cg_cgroup_link *link;
	struct task_struct *tsk;
	int length, n, i, j;
	pid_t *array;

	length = cgroup_task_count(cgrp) + 16;
	for (;;) {
		bool overflow = false;

		array = kmalloc_array(length, sizeof(pid_t), GFP_KERNEL);
		if (!array)
			return -ENOMEM;
		n = 0;
		read_lock(&css_set_lock);
		list_for_each_entry(link, &cgrp->css_sets, cgrp_link_list) {
			spin_lock(&link->cg->tasks_lock);
			list_for_each_entry(tsk, &link->cg->tasks, cg_list) {
				pid_t pid = procs ? task_tgid_vnr(tsk) :
						    task_pid_vnr(tsk);

				if (pid <= 0)
					continue;
				if (n == length) {
					overflow = true;
					break;
				}
				array[n++] = pid;
			}
			spin_unlock(&link->cg->tasks_lock);
			if (overflow)
				break;
		}
		read_unlock(&css_set_lock);
		if (!overflow)
			break;
		kfree(array);
		length *= 2;
	}

	sort(array, n, sizeof(pid_t), cmppid, NULL);
	if (procs && n) {
		for (i = 1, j = 1; i < n; i++) {
			if (array[i] != array[j - 1])
				array[j++] = array[i];
		}
		n = j;
	}
	*listp = array;
	*lengthp = n;
	return 0;
}

static int cgroup_pidlist_show(struct cgroup *cgrp, struct cftype *cft,
			       struct seq_file *m)
{
	pid_t *array;
	int n, i, ret;

	ret = pidlist_array_load(cgrp, cft->private, &array, &n);
	if (ret)
		return ret;
	for (i = 0; i < n; i++)
		seq_printf(m, "%d\n", array[i]);
	kfree(array);
	return 0;
}

/* ------------------------------------------------------------------ */
/* The core files */

static u64 cgroup_read_notify_on_release(struct cgroup *cgrp,
					 struct cftype *cft)
{
	return notify_on_release(cgrp);
}

static int cgroup_write_notify_on_release(struct cgroup *cgrp,
					  struct cftype *cft, u64 val)
{
	clear_bit(CGRP_RELEASABLE, &cgrp->flags);
	if (val)
		set_bit(CGRP_NOTIFY_ON_RELEASE, &cgrp->flags);
	else
		clear_bit(CGRP_NOTIFY_ON_RELEASE, &cgrp->flags);
	return 0;
}

static u64 cgroup_clone_children_read(struct cgroup *cgrp,
				      struct cftype *cft)
{
	return clone_children(cgrp);
}

static int cgroup_clone_children_write(struct cgroup *cgrp,
				       struct cftype *cft, u64 val)
{
	if (val)
		set_bit(CGRP_CLONE_CHILDREN, &cgrp->flags);
	else
		clear_bit(CGRP_CLONE_CHILDREN, &cgrp->flags);
	return 0;
}

static int cgroup_release_agent_show(struct cgroup *cgrp, struct cftype *cft,
				     struct seq_file *m)
{
	char *path;

	path = kmalloc(CGROUP_AGENT_PATH_LEN, GFP_KERNEL);
	if (!path)
		return -ENOMEM;
	if (!cgroup_lock_live_group(cgrp)) {
		kfree(path);
		return -ENODEV;
	}
	strscpy(path, cgrp->root->release_agent_path, CGROUP_AGENT_PATH_LEN);
	mutex_unlock(&cgroup_mutex);
	seq_printf(m, "%s\n", path);
	kfree(path);
	return 0;
}

static int cgroup_release_agent_write(struct cgroup *cgrp, struct cftype *cft,
				      const char *buffer)
{
	if (strlen(buffer) >= CGROUP_AGENT_PATH_LEN)
		return -E2BIG;
	if (!cgroup_lock_live_group(cgrp))
		return -ENODEV;
	strscpy(cgrp->root->release_agent_path, buffer,
		sizeof(cgrp->root->release_agent_path));
	mutex_unlock(&cgroup_mutex);
	return 0;
}

/* private values of the pid list files */
enum {
	CGROUP_FILE_TASKS,
	CGROUP_FILE_PROCS,
};

static const struct cftype files[CGROUP_NR_BASE_FILES] = {
	{
		.name = "tasks",
		.private = CGROUP_FILE_TASKS,
		.read_seq_string = cgroup_pidlist_show,
		.write_u64 = cgroup_tasks_write,
		.mode = 0644,
	},
	{
		.name = "cgroup.procs",
		.private = CGROUP_FILE_PROCS,
		.read_seq_string = cgroup_pidlist_show,
		.write_u64 = cgroup_procs_write,
		.mode = 0644,
	},
	{
		.name = "notify_on_release",
		.read_u64 = cgroup_read_notify_on_release,
		.write_u64 = cgroup_write_notify_on_release,
	},
	{
		.name = "cgroup.clone_children",
		.read_u64 = cgroup_clone_children_read,
		.write_u64 = cgroup_clone_children_write,
	},
};

static const struct cftype cft_release_agent = {
	.name = "release_agent",
	.read_seq_string = cgroup_release_agent_show,
	.write_string = cgroup_release_agent_write,
	.max_write_len = CGROUP_AGENT_PATH_LEN,
};

/* ------------------------------------------------------------------ */
/* File I/O common to cgroupfs and the tests */

/**
 * struct cgroup_open_file - an open control file
 * @cgrp: the cgroup, pinned by a structure reference
 * @cft: the file
 * @ss: the file's subsystem, NULL for the core's (cgroup_file_gone())
 * @buf: contents snapshot for reads, made at open
 * @len: bytes in @buf
 */
struct cgroup_open_file {
	struct cgroup *cgrp;
	struct cftype *cft;
	struct cgroup_subsys *ss;
	char *buf;
	size_t len;
};

/*
 * Whether @of's file is gone: its cgroup removed, or its subsystem
 * unbound from the hierarchy by a remount (cgroup_remount_root() drains
 * the handlers in flight).  -ENODEV then, as for a removed cgroup: the
 * handler would find no subsystem state.
 * Context: @of->cgrp->file_rwsem held for read.
 */
static bool cgroup_file_gone(struct cgroup_open_file *of)
{
	return cgroup_is_removed(of->cgrp) ||
	       (of->ss && !READ_ONCE(of->cgrp->subsys[of->ss->subsys_id]));
}

/* Fill @of->buf with the file contents (at open: one consistent read). */
static int cgroup_file_fill(struct cgroup_open_file *of)
{
	struct cftype *cft = of->cft;
	struct seq_file m = { };
	size_t size = 256;
	int ret;

	if (!cft->read_u64 && !cft->read_seq_string)
		return 0;
	for (;;) {
		m.buf = kmalloc(size, GFP_KERNEL);
		if (!m.buf)
			return -ENOMEM;
		m.size = size;
		m.count = 0;
		m.overflow = false;
		down_read(&of->cgrp->file_rwsem);	/* vs destroy(), remount */
		if (cgroup_file_gone(of)) {
			ret = -ENODEV;
		} else if (cft->read_u64) {
			seq_printf(&m, "%llu\n",
				   (unsigned long long)cft->read_u64(of->cgrp,
								     cft));
			ret = 0;
		} else {
			ret = cft->read_seq_string(of->cgrp, cft, &m);
		}
		up_read(&of->cgrp->file_rwsem);
		if (ret) {
			kfree(m.buf);
			return ret;
		}
		if (!m.overflow)
			break;
		kfree(m.buf);
		size *= 2;
	}
	of->buf = m.buf;
	of->len = m.count;
	return 0;
}

/* @ss: the file's subsystem (NULL: the core's), for cgroup_file_gone() */
static struct cgroup_open_file *cgroup_file_open(struct cgroup *cgrp,
						 struct cftype *cft,
						 struct cgroup_subsys *ss,
						 bool for_read)
{
	struct cgroup_open_file *of;
	int ret;

	of = kzalloc(sizeof(*of), GFP_KERNEL);
	if (!of)
		return ERR_PTR(-ENOMEM);
	of->cgrp = cgrp;
	of->cft = cft;
	of->ss = ss;
	atomic_inc(&cgrp->refcnt);
	if (for_read) {
		ret = cgroup_file_fill(of);
		if (ret) {
			cgroup_put(cgrp);
			kfree(of);
			return ERR_PTR(ret);
		}
	}
	return of;
}

static void cgroup_file_release(struct cgroup_open_file *of)
{
	cgroup_put(of->cgrp);
	kfree(of->buf);
	kfree(of);
}

/*
 * The write parser shared by every u64 file (cgroups.txt 2.2.2): 0 bytes
 * EINVAL, 64 bytes or more E2BIG, copy fault EFAULT, surrounding whitespace
 * stripped, base auto-detected ("0x2a", "052"), a sign, trailing garbage or
 * nothing left EINVAL.
 */
static ssize_t cgroup_write_X64(struct cgroup *cgrp, struct cftype *cft,
				const char __user *userbuf, size_t nbytes)
{
	char buffer[CGROUP_LOCAL_BUFFER_SIZE];
	unsigned long long val;
	char *start;
	int ret;

	if (!nbytes)
		return -EINVAL;
	if (nbytes >= sizeof(buffer))
		return -E2BIG;
	if (copy_from_user(buffer, userbuf, nbytes))
		return -EFAULT;
	buffer[nbytes] = '\0';
	start = strim(buffer);
	if (!*start || *start == '+' || *start == '-')
		return -EINVAL;
	if (kstrtoull(start, 0, &val))
		return -EINVAL;
	ret = cft->write_u64(cgrp, cft, val);
	return ret ? ret : nbytes;
}

static ssize_t cgroup_write_string(struct cgroup *cgrp, struct cftype *cft,
				   const char __user *userbuf, size_t nbytes)
{
	size_t max_bytes = cft->max_write_len ?: CGROUP_LOCAL_BUFFER_SIZE - 1;
	char *buffer;
	int ret;

	if (nbytes >= max_bytes)
		return -E2BIG;
	buffer = kmalloc(nbytes + 1, GFP_KERNEL);
	if (!buffer)
		return -ENOMEM;
	if (copy_from_user(buffer, userbuf, nbytes)) {
		kfree(buffer);
		return -EFAULT;
	}
	buffer[nbytes] = '\0';
	ret = cft->write_string(cgrp, cft, strim(buffer));
	kfree(buffer);
	return ret ? ret : nbytes;
}

/* One write(2) to an open control file: -ENODEV once removed. */
static ssize_t cgroup_file_write(struct cgroup_open_file *of,
				 const char __user *buf, size_t nbytes)
{
	struct cftype *cft = of->cft;
	ssize_t ret;

	down_read(&of->cgrp->file_rwsem);	/* vs destroy(), remount */
	if (cgroup_file_gone(of))
		ret = -ENODEV;
	else if (cft->write_u64)
		ret = cgroup_write_X64(of->cgrp, cft, buf, nbytes);
	else if (cft->write_string)
		ret = cgroup_write_string(of->cgrp, cft, buf, nbytes);
	else
		ret = -EINVAL;
	up_read(&of->cgrp->file_rwsem);
	return ret;
}

/* ------------------------------------------------------------------ */
/* /proc/<pid>/cgroup and /proc/cgroups */

/*
 * One line per active hierarchy: "id:subsys,...[,name=N]:/path".
 */
static int proc_cgroup_show(struct seq_file *m, struct task_struct *tsk)
{
	struct cgroupfs_root *root;
	char *buf;

	buf = kmalloc(CGROUP_AGENT_PATH_LEN, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	mutex_lock(&cgroup_mutex);
	for_each_active_root(root) {
		struct cgroup_subsys *ss;
		struct cgroup *cgrp;
		int count = 0;

		seq_printf(m, "%d:", root->hierarchy_id);
		for_each_subsys(root, ss)
			seq_printf(m, "%s%s", count++ ? "," : "", ss->name);
		if (root->name[0])
			seq_printf(m, "%sname=%s", count ? "," : "",
				   root->name);
		seq_putc(m, ':');
		cgrp = task_cgroup_from_root(tsk, root);
		if (!cgroup_path(cgrp, buf, CGROUP_AGENT_PATH_LEN))
			seq_puts(m, buf);
		seq_putc(m, '\n');
	}
	mutex_unlock(&cgroup_mutex);
	kfree(buf);
	return 0;
}

static int proc_cgroupstats_show(struct seq_file *m, void *v)
{
	int i;

	seq_puts(m, "#subsys_name\thierarchy\tnum_cgroups\tenabled\n");
	mutex_lock(&cgroup_mutex);
	for (i = 0; i < CGROUP_SUBSYS_COUNT; i++) {
		struct cgroup_subsys *ss = subsys[i];

		seq_printf(m, "%s\t%d\t%d\t%d\n", ss->name,
			   ss->root->hierarchy_id,
			   ss->root->number_of_cgroups, !ss->disabled);
	}
	mutex_unlock(&cgroup_mutex);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Boot */

static void cgroup_init_subsys(struct cgroup_subsys *ss)
{
	struct cgroup_subsys_state *css;

	ss->root = &rootnode;
	css = ss->create(ss, dummytop);
	/* without its root state the subsystem cannot be used: disable it */
	if (WARN(IS_ERR_OR_NULL(css), "cgroup: %s: no root state\n",
		 ss->name)) {
		ss->disabled = 1;
		return;
	}
	init_cgroup_css(css, ss, dummytop);
	init_css_set.subsys[ss->subsys_id] = css;
	ss->active = 1;
	cgroup_subsys_hooks_changed();
}

/**
 * cgroup_subsys_hooks_changed() - the fork and exit paths see new hooks
 *
 * Recomputes which active subsystems the fork and exit paths call: to be
 * called after a subsystem becomes active or a ->fork or ->exit pointer
 * is replaced.  A fork or exit running meanwhile may use the old set for
 * that one call (it tests each pointer it reads, so it never calls NULL).
 *
 * Context: boot, or under cgroup_mutex.
 */
void cgroup_subsys_hooks_changed(void)
{
	unsigned long fork_mask = 0, exit_mask = 0;
	int i;

	for (i = 0; i < CGROUP_SUBSYS_COUNT; i++) {
		struct cgroup_subsys *ss = subsys[i];

		if (!ss->active)
			continue;
		if (ss->fork)
			fork_mask |= BIT(i);
		if (ss->exit)
			exit_mask |= BIT(i);
	}
	WRITE_ONCE(cgroup_fork_subsys, fork_mask);
	WRITE_ONCE(cgroup_exit_subsys, exit_mask);
}

/**
 * cgroup_init_early() - the dummy hierarchy and init_css_set
 *
 * Links init_task into init_css_set and initialises the subsystems that
 * ask for early_init.
 *
 * Context: boot, one thread, before the first fork.
 */
void cgroup_init_early(void)
{
	int i;

	init_cgroup_root(&rootnode);
	rootnode.mount_count = 1;
	INIT_HLIST_NODE(&init_css_set.hlist);
	css_set_init_tasks_lock(&init_css_set);
	css_set_count = 1;
	if (!init_task.cg_list.next)
		INIT_LIST_HEAD(&init_task.cg_list);
	if (list_empty(&init_task.cg_list))
		list_add(&init_task.cg_list, &init_css_set.tasks);

	for (i = 0; i < CGROUP_SUBSYS_COUNT; i++) {
		struct cgroup_subsys *ss = subsys[i];

		WARN_ON_ONCE(ss->subsys_id != i);
		WARN_ON_ONCE(!ss->name || !ss->create || !ss->destroy);
		INIT_LIST_HEAD(&ss->sibling);
		rootnode.subsys_bits |= 1UL << i;
		ss->root = &rootnode;
		if (ss->early_init)
			cgroup_init_subsys(ss);
	}
	mutex_lock(&cgroup_mutex);
	rebuild_subsys_lists(&rootnode);
	mutex_unlock(&cgroup_mutex);
}

/**
 * cgroup_init() - the remaining subsystems, the css_set hash, cgroupfs
 * and the /proc files
 *
 * Context: boot, after the slab allocator and the VFS are up.
 * Return: 0 or -errno.
 */
int cgroup_init(void)
{
	int i;

	for (i = 0; i < CGROUP_SUBSYS_COUNT; i++) {
		if (!subsys[i]->early_init)
			cgroup_init_subsys(subsys[i]);
	}
	write_lock(&css_set_lock);
	hlist_add_head(&init_css_set.hlist,
		       css_set_hash(init_css_set.subsys));
	write_unlock(&css_set_lock);
	return 0;
}

/* ------------------------------------------------------------------ */
/* cgroupfs: the VFS view of the hierarchies */

/*
 * A mounted hierarchy has one super block; its dentry tree mirrors the
 * cgroups (directories) and their files lists (regular files), made with
 * the libfs helpers, which take no i_mutex and so may be called under
 * cgroup_mutex.  Every cgroupfs inode holds a structure reference on its
 * cgroup (i_private), dropped by evict_inode.  A file is opened by name
 * in its cgroup's files list, so a file removed by rmdir or remount can
 * no longer be opened, while an fd opened before keeps its cgroup and
 * cftype (writes then see CGRP_REMOVED: -ENODEV).  When the last mount
 * goes, the dentries go with the super block; a hierarchy kept alive by
 * its children gets a new tree at its next mount.
 */

static const struct inode_operations cgroup_dir_inode_operations;
static const struct file_operations cgroup_file_operations;

static umode_t cgroup_file_mode(const struct cftype *cft)
{
	umode_t mode = 0;

	if (cft->mode)
		return cft->mode;
	if (cft->read_u64 || cft->read_seq_string)
		mode |= 0444;
	if (cft->write_u64 || cft->write_string)
		mode |= 0200;
	return mode;
}

/* Make the dentries of @cgrp's files that have none yet. */
static int cgroupfs_add_dentries(struct cgroup *cgrp)
	__must_hold(&cgroup_mutex)
{
	struct cgroup_file *cfile;
	struct dentry *dentry;

	lockdep_assert_held(&cgroup_mutex);
	if (!cgrp->dentry)
		return 0;
	list_for_each_entry(cfile, &cgrp->files, node) {
		if (cfile->dentry)
			continue;
		atomic_inc(&cgrp->refcnt);
		dentry = simple_create_file(cgrp->dentry, cfile->name,
					    cgroup_file_mode(cfile->cft),
					    &cgroup_file_operations, cgrp);
		if (IS_ERR(dentry)) {
			/* no inode was made: give its reference back */
			atomic_dec(&cgrp->refcnt);
			return PTR_ERR(dentry);
		}
		cfile->dentry = dentry;
	}
	return 0;
}

/*
 * Make (or, for mkdir(2), instantiate @dentry as) the directory of the
 * new cgroup @cgrp, if its hierarchy is mounted.
 */
static int cgroupfs_mkdir_dentry(struct cgroup *cgrp, struct dentry *dentry,
				 umode_t mode)
	__must_hold(&cgroup_mutex)
{
	struct cgroup *parent = cgrp->parent;
	struct inode *inode;

	lockdep_assert_held(&cgroup_mutex);
	if (!parent->dentry)
		return 0;
	atomic_inc(&cgrp->refcnt);
	if (dentry) {
		inode = simple_new_inode(parent->dentry->d_sb,
					 S_IFDIR | (mode & 07777),
					 &cgroup_dir_inode_operations,
					 &simple_dir_operations, cgrp);
		if (!inode) {
			atomic_dec(&cgrp->refcnt);
			return -ENOMEM;
		}
		d_instantiate(dentry, inode);
		d_pin(dentry);
	} else {
		dentry = simple_create_dir(parent->dentry, cgrp->name, mode,
					   &cgroup_dir_inode_operations, cgrp);
		if (IS_ERR(dentry)) {
			atomic_dec(&cgrp->refcnt);
			return PTR_ERR(dentry);
		}
	}
	cgrp->dentry = dentry;
	return 0;
}

/* Remove @cgrp's directory unless the VFS (rmdir(2)) is doing it. */
static void cgroupfs_rmdir_dentry(struct cgroup *cgrp, bool by_vfs)
	__must_hold(&cgroup_mutex)
{
	lockdep_assert_held(&cgroup_mutex);
	if (cgrp->dentry && !by_vfs)
		simple_remove(cgrp->dentry);
	cgrp->dentry = NULL;
}

/* Build the directories and files of @cgrp's subtree (a new mount). */
static int cgroupfs_build_tree(struct cgroup *cgrp)
	__must_hold(&cgroup_mutex)
{
	struct cgroup *child;
	int ret;

	lockdep_assert_held(&cgroup_mutex);
	ret = cgroupfs_add_dentries(cgrp);
	if (ret)
		return ret;
	list_for_each_entry(child, &cgrp->children, sibling) {
		ret = cgroupfs_mkdir_dentry(child, NULL, 0755);
		if (!ret)
			ret = cgroupfs_build_tree(child);
		if (ret)
			return ret;
	}
	return 0;
}

/* The super block is going: its dentries go with it. */
static void cgroupfs_forget_tree(struct cgroup *cgrp)
	__must_hold(&cgroup_mutex)
{
	struct cgroup_file *cfile;
	struct cgroup *child;

	lockdep_assert_held(&cgroup_mutex);
	cgrp->dentry = NULL;
	list_for_each_entry(cfile, &cgrp->files, node)
		cfile->dentry = NULL;
	list_for_each_entry(child, &cgrp->children, sibling)
		cgroupfs_forget_tree(child);
}

static int cgroupfs_mkdir(struct inode *dir, struct dentry *dentry,
			  umode_t mode)
{
	struct cgroup *cgrp;

	cgrp = __cgroup_create(dir->i_private, dentry->d_name.name, dentry,
			       mode);
	if (IS_ERR(cgrp))
		return PTR_ERR(cgrp);
	cgroup_put(cgrp);	/* the directory's inode keeps it */
	return 0;
}

static int cgroupfs_rmdir(struct inode *dir, struct dentry *dentry)
{
	return __cgroup_rmdir(dentry->d_inode->i_private, true);
}

/*
 * rename(2) in a cgroup directory, as 2.6.38's cgroup_rename(): only a
 * cgroup directory may be renamed (-ENOTDIR), only to a free name
 * (-EEXIST), and only within its parent (-EIO).  The cgroup keeps its
 * tasks, subsystem states, files and open files; its name changes, and
 * with it cgroup_path() (/proc/<pid>/cgroup).  The VFS holds the
 * parent's i_mutex, so no mkdir or rmdir of the parent runs meanwhile;
 * cgroup_mutex keeps the name stable for cgroup_path()'s readers.
 */
static int cgroupfs_rename(struct inode *old_dir, struct dentry *old_dentry,
			   struct inode *new_dir, struct dentry *new_dentry)
{
	const char *name = new_dentry->d_name.name;
	struct cgroup *cgrp;
	int ret = 0;

	if (!S_ISDIR(READ_ONCE(old_dentry->d_inode->i_mode)))
		return -ENOTDIR;
	if (new_dentry->d_inode)
		return -EEXIST;
	if (old_dir != new_dir)
		return -EIO;
	cgrp = old_dentry->d_inode->i_private;
	mutex_lock(&cgroup_mutex);
	if (cgroup_is_removed(cgrp))
		ret = -ENOENT;
	else if (cgroup_find_child(cgrp->parent, name) ||
		 cgroup_find_file(cgrp->parent, name))
		ret = -EEXIST;
	else
		strscpy(cgrp->name, name, sizeof(cgrp->name));
	mutex_unlock(&cgroup_mutex);
	return ret;
}

static const struct inode_operations cgroup_dir_inode_operations = {
	.lookup = simple_lookup,
	.mkdir = cgroupfs_mkdir,
	.rmdir = cgroupfs_rmdir,
	.rename = cgroupfs_rename,
};

static int cgroupfs_file_open(struct inode *inode, struct file *file)
{
	struct cgroup *cgrp = inode->i_private;
	struct cgroup_open_file *of;
	struct cgroup_subsys *ss = NULL;
	struct cgroup_file *cfile;
	struct cftype *cft = NULL;

	mutex_lock(&cgroup_mutex);
	cfile = cgroup_find_file(cgrp, file->f_path.dentry->d_name.name);
	if (cfile) {
		cft = cfile->cft;
		ss = cfile->ss;
	}
	mutex_unlock(&cgroup_mutex);
	if (!cft)
		return -ENOENT;
	of = cgroup_file_open(cgrp, cft, ss, file->f_mode & FMODE_READ);
	if (IS_ERR(of))
		return PTR_ERR(of);
	file->private_data = of;
	return 0;
}

/*
 * A read returns the snapshot taken at open.  A file without a read
 * handler (devices.allow, memory.force_empty, ...) fails every read with
 * EINVAL, as 2.6.38's cgroup_file_read() did (ENODEV first once the
 * cgroup is removed); its mode has no read bit (cgroup_file_mode()).
 */
static ssize_t cgroupfs_file_read(struct file *file, char __user *buf,
				  size_t count, loff_t *ppos)
{
	struct cgroup_open_file *of = file->private_data;
	struct cftype *cft = of->cft;

	if (!cft->read_u64 && !cft->read_seq_string)
		return cgroup_is_removed(of->cgrp) ? -ENODEV : -EINVAL;
	return simple_read_from_buffer(buf, count, ppos, of->buf, of->len);
}

static ssize_t cgroupfs_file_write(struct file *file, const char __user *buf,
				   size_t count, loff_t *ppos)
{
	return cgroup_file_write(file->private_data, buf, count);
}

static int cgroupfs_file_release(struct inode *inode, struct file *file)
{
	cgroup_file_release(file->private_data);
	return 0;
}

static const struct file_operations cgroup_file_operations = {
	.llseek = generic_file_llseek,
	.read = cgroupfs_file_read,
	.write = cgroupfs_file_write,
	.open = cgroupfs_file_open,
	.release = cgroupfs_file_release,
};

static void cgroupfs_evict_inode(struct inode *inode)
{
	if (inode->i_private)
		cgroup_put(inode->i_private);
}

/* mount -o remount,OPTIONS DIR */
static int cgroupfs_remount(struct super_block *sb, int *flags, char *data)
{
	return cgroup_remount_root(sb->s_fs_info, data);
}

/*
 * The options of /proc/mounts and mountinfo, from the hierarchy itself
 * (2.6.38's cgroup_show_options()): its subsystems in the hierarchy's
 * order, noprefix, release_agent=, clone_children (the top cgroup's
 * flag now), name=.  Every mount of one hierarchy shows the same line,
 * whatever options it was mounted with, and the subsystems and name
 * match /proc/<pid>/cgroup's.
 */
static int cgroupfs_show_options(struct seq_file *m, struct vfsmount *mnt)
{
	struct cgroupfs_root *root = mnt->mnt_sb->s_fs_info;
	struct cgroup_subsys *ss;

	mutex_lock(&cgroup_mutex);
	for_each_subsys(root, ss)
		seq_printf(m, ",%s", ss->name);
	if (test_bit(ROOT_NOPREFIX, &root->flags))
		seq_puts(m, ",noprefix");
	if (root->release_agent_path[0])
		seq_printf(m, ",release_agent=%s", root->release_agent_path);
	if (clone_children(&root->top_cgroup))
		seq_puts(m, ",clone_children");
	if (root->name[0])
		seq_printf(m, ",name=%s", root->name);
	mutex_unlock(&cgroup_mutex);
	return 0;
}

static const struct super_operations cgroup_super_operations = {
	.evict_inode = cgroupfs_evict_inode,
	.remount_fs = cgroupfs_remount,
	.statfs = simple_statfs,
	.show_options = cgroupfs_show_options,
};

static int cgroupfs_test_super(struct super_block *sb, void *data)
{
	return sb->s_fs_info == data;
}

static int cgroupfs_set_super(struct super_block *sb, void *data)
{
	sb->s_fs_info = data;
	return 0;
}

/* A new super block for @root: root directory, then the whole tree. */
static int cgroupfs_fill_super(struct super_block *sb,
			       struct cgroupfs_root *root)
	__must_hold(&cgroup_mutex)
{
	struct cgroup *top = &root->top_cgroup;
	struct inode *inode;

	lockdep_assert_held(&cgroup_mutex);
	/*
	 * A previous super block whose last mount just went may still be
	 * waiting in cgroupfs_kill_sb(): its dentries are about to go, so
	 * build the tree afresh (and kill_sb leaves ours alone).
	 */
	if (root->sb)
		cgroupfs_forget_tree(top);
	sb->s_op = &cgroup_super_operations;
	sb->s_magic = CGROUP_SUPER_MAGIC;
	atomic_inc(&top->refcnt);
	inode = simple_new_inode(sb, S_IFDIR | 0755,
				 &cgroup_dir_inode_operations,
				 &simple_dir_operations, top);
	if (!inode) {
		atomic_dec(&top->refcnt);
		return -ENOMEM;
	}
	sb->s_root = d_make_root(inode);
	if (!sb->s_root)
		return -ENOMEM;
	root->sb = sb;
	top->dentry = sb->s_root;
	return cgroupfs_build_tree(top);
}

/*
 * mount -t cgroup -o OPTIONS: find or make the hierarchy, then its super
 * block.  The hierarchy counts one mount per super block (kill_sb gives
 * it back), so a second mount of a mounted hierarchy returns its count.
 */
static struct dentry *cgroupfs_mount(struct file_system_type *fs_type,
				     int flags, const char *dev_name,
				     void *data)
{
	struct cgroupfs_root *root;
	struct super_block *sb;
	int ret = 0;

	root = cgroup_get_root(data);
	if (IS_ERR(root))
		return ERR_CAST(root);

	mutex_lock(&cgroup_mutex);
	sb = sget(fs_type, cgroupfs_test_super, cgroupfs_set_super, flags,
		  root);
	if (IS_ERR(sb)) {
		mutex_unlock(&cgroup_mutex);
		cgroup_put_root(root);
		return ERR_CAST(sb);
	}
	if (sb->s_root) {
		mutex_unlock(&cgroup_mutex);
		/* the existing super block already holds a mount count */
		cgroup_put_root(root);
		return dget(sb->s_root);
	}
	ret = cgroupfs_fill_super(sb, root);
	mutex_unlock(&cgroup_mutex);
	if (ret) {
		deactivate_super(sb);
		return ERR_PTR(ret);
	}
	return dget(sb->s_root);
}

static void cgroupfs_kill_sb(struct super_block *sb)
{
	struct cgroupfs_root *root = sb->s_fs_info;

	mutex_lock(&cgroup_mutex);
	/* unless a new mount already gave the hierarchy a new super block */
	if (root->sb == sb) {
		cgroupfs_forget_tree(&root->top_cgroup);
		root->sb = NULL;
	}
	mutex_unlock(&cgroup_mutex);
	generic_shutdown_super(sb);
	cgroup_put_root(root);
}

static struct file_system_type cgroup_fs_type = {
	.name = "cgroup",
	.mount = cgroupfs_mount,
	.kill_sb = cgroupfs_kill_sb,
};

/*
 * The lock order of the file header, told to lockdep-lite
 * (CONFIG_PROVE_LOCKING) through locks of each class: from here on a
 * path that takes two of them the other way WARNs at once, whether or
 * not a path in the documented order ran before.  Runs as init, whose
 * signal_struct and task_struct locks have the classes every process's
 * and task's have.
 */
static void __init cgroup_declare_lock_order(void)
{
	struct task_struct *tsk = current;

	lock_order_declare(&dummytop->file_rwsem, &cgroup_mutex);
	lock_order_declare(&cgroup_mutex,
			   &tsk->signal->threadgroup_fork_lock);
	lock_order_declare(&tsk->signal->threadgroup_fork_lock,
			   &tasklist_lock);
	lock_order_declare(&tasklist_lock, &css_set_lock);
	lock_order_declare(&css_set_lock, &init_css_set.tasks_lock);
	lock_order_declare(&init_css_set.tasks_lock, &tsk->alloc_lock);
	lock_order_declare(&css_set_lock, &tsk->alloc_lock);
}

/* After the VFS and procfs are up (fs_initcall): the visible parts. */
static int __init cgroupfs_init(void)
{
	int ret;

	cgroup_declare_lock_order();
	ret = register_filesystem(&cgroup_fs_type);
	if (ret)
		return ret;
	if (!proc_create_single("cgroups", 0444, NULL, proc_cgroupstats_show))
		return -ENOMEM;
	return proc_pid_register_entry("cgroup", 0444, proc_cgroup_show);
}
late_initcall(cgroupfs_init);

/* ------------------------------------------------------------------ */
/* cgroup_clone(): a child cgroup per new namespace (the ns subsystem) */

/**
 * cgroup_is_descendant() - is @cgrp @task's cgroup or below it?
 * @cgrp: a cgroup
 * @task: a task
 *
 * Compares with @task's cgroup in @cgrp's hierarchy.  Everything
 * descends from the dummy top cgroup.
 * Context: holds cgroup_mutex.
 * Return: true if @cgrp is that cgroup or one of its descendants.
 */
bool cgroup_is_descendant(const struct cgroup *cgrp, struct task_struct *task)
	__must_hold(&cgroup_mutex)
{
	struct cgroup *target;

	lockdep_assert_held(&cgroup_mutex);
	if (cgrp == dummytop)
		return true;
	target = task_cgroup_from_root(task, cgrp->root);
	while (cgrp != target && cgrp->parent)
		cgrp = cgrp->parent;
	return cgrp == target;
}

/*
 * @tsk's cgroup in the hierarchy @subsys is bound to, pinned (a
 * structure reference: cgroup_put() it), or NULL when @subsys is not
 * mounted.
 */
static struct cgroup *cgroup_clone_pin(struct task_struct *tsk,
				       struct cgroup_subsys *subsys)
{
	struct cgroup *parent = NULL;

	mutex_lock(&cgroup_mutex);
	if (subsys->root != &rootnode) {
		parent = task_cgroup_from_root(tsk, subsys->root);
		atomic_inc(&parent->refcnt);
	}
	mutex_unlock(&cgroup_mutex);
	return parent;
}

/**
 * cgroup_clone() - put @tsk in a new child of its cgroup
 * @tsk: the task, referenced (current, or a child copy_process() has
 *	not made visible yet)
 * @subsys: the subsystem whose hierarchy is meant
 * @nodename: the child's name
 *
 * As Linux 2.6.38: if @subsys is bound to a mounted hierarchy, make the
 * cgroup @nodename under @tsk's cgroup there, run every subsystem's
 * post_clone() on it (unless mkdir already did, clone_children), and
 * attach @tsk with cgroup_attach_task() (so the hierarchy's subsystems
 * may veto).  Unlike 2.6.38, a failure leaves nothing: a cgroup made
 * for an attach that failed is removed again (unless somebody else moved
 * a task into it meanwhile, then it is theirs), and @tsk having moved
 * between the lookup and the attach is not retried: the attach decides.
 * Context: process; no cgroup lock held (takes cgroup_mutex).
 * Return: 0 (also when @subsys is not mounted); -EEXIST if @nodename
 *	exists; -ENODEV, -ENOMEM, or a subsystem's create() or attach
 *	veto (e.g. -EPERM).
 */
int cgroup_clone(struct task_struct *tsk, struct cgroup_subsys *subsys,
		 const char *nodename)
{
	struct cgroup *parent, *child;
	struct cgroup_subsys *ss;
	int ret;

	parent = cgroup_clone_pin(tsk, subsys);
	if (!parent)
		return 0;
	child = __cgroup_create(parent, nodename, NULL, 0755);
	if (IS_ERR(child)) {
		ret = PTR_ERR(child);
		goto out_put_parent;
	}

	/* our reference keeps @child while an rmdir may race with us */
	if (!cgroup_lock_live_group(child)) {
		ret = -ENODEV;
		goto out_put_child;
	}
	if (!clone_children(parent)) {
		for_each_subsys(child->root, ss) {
			if (ss->post_clone)
				ss->post_clone(ss, child);
		}
	}
	ret = cgroup_attach_task(child, tsk);
	mutex_unlock(&cgroup_mutex);
	if (ret)
		__cgroup_rmdir(child, false);
out_put_child:
	cgroup_put(child);
out_put_parent:
	cgroup_put(parent);
	return ret;
}

/**
 * cgroup_clone_cancel() - undo cgroup_clone() for the child of a failed fork
 * @tsk: the child, never made visible, that cgroup_clone() attached
 * @subsys: the subsystem given to cgroup_clone()
 *
 * copy_process() calls it when it fails after ns_cgroup_clone().  The
 * clone's attach ran attach_task and attach for the child, so the child
 * leaves the clone's cgroup as a task that exits leaves its own: it is
 * switched to init_css_set (the root of every hierarchy) and every
 * subsystem's exit hook runs, PF_EXITING not set (the child never ran).
 * Then the cgroup the clone made is removed again, unless somebody else
 * put a task or a child in it meanwhile (then it is theirs, as in
 * cgroup_clone()).  The child keeps a reference on init_css_set, so the
 * cgroup_exit() of the failure path ends it as any other child.
 * Context: process; no cgroup lock held (takes cgroup_mutex).
 */
void cgroup_clone_cancel(struct task_struct *tsk,
			 struct cgroup_subsys *subsys)
{
	struct cgroup *cgrp;
	struct css_set *cg;

	cgrp = cgroup_clone_pin(tsk, subsys);
	if (!cgrp)
		return;		/* not mounted: the clone did nothing */
	get_css_set(&init_css_set);
	task_lock(tsk);
	cg = task_css_set_locked(tsk);
	rcu_assign_pointer(tsk->cgroups, &init_css_set);
	cgroup_exit_hooks(tsk, cg);
	task_unlock(tsk);
	put_css_set(cg);
	if (cgrp->parent)
		__cgroup_rmdir(cgrp, false);	/* -EBUSY: not ours any more */
	cgroup_put(cgrp);
}
