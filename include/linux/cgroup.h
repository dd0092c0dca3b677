/* SPDX-License-Identifier: GPL-2.0 */
/*
 * cgroup.h - control groups: hierarchies of task groups, each hierarchy
 * with a set of subsystems (resource controllers) attached.
 *
 * The interface is the one Linux 2.6.38 had, with the per-thread attach
 * callbacks of the 2011 series (can_attach_task, pre_attach, attach_task).
 * Documentation/cgroups/cgroups.txt describes the concepts, the locking
 * and every subsystem hook.
 *
 * Locks, as far as this header is concerned (kernel/cgroup.c has the full
 * "Locks taken and their ordering" block): cgroup_mutex (cgroup_lock())
 * protects hierarchies, cgroups, subsystem bindings and attach;
 * css_set_lock protects css_sets and their task lists; task_lock(tsk)
 * protects writes of tsk->cgroups, which readers follow under RCU.
 */
#ifndef _LINUX_CGROUP_H
#define _LINUX_CGROUP_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/rwsem.h>
#include <linux/spinlock.h>
#include <linux/atomic.h>
#include <linux/cache.h>

struct task_struct;
struct css_set;
struct cgroup;
struct cgroupfs_root;
struct cgroup_subsys;
struct inode;
struct file;
struct seq_file;
struct dentry;

#ifdef CONFIG_CGROUPS

/* Subsystem ids: the position of each SUBSYS() in <linux/cgroup_subsys.h>. */
#define SUBSYS(_x) _x ## _subsys_id,
enum cgroup_subsys_id {
#include <linux/cgroup_subsys.h>
	CGROUP_SUBSYS_COUNT
};

#undef SUBSYS

/* The subsystem objects, one per SUBSYS() line. */
#define SUBSYS(_x) extern struct cgroup_subsys _x ## _subsys;
#include <linux/cgroup_subsys.h>
#undef SUBSYS

extern struct css_set init_css_set;

void cgroup_init_early(void);
int cgroup_init(void);
void cgroup_fork(struct task_struct *child);
void cgroup_post_fork(struct task_struct *child);
void cgroup_exit(struct task_struct *tsk, int run_callbacks);
/* After replacing a subsystem's ->fork or ->exit, under cgroup_mutex */
void cgroup_subsys_hooks_changed(void);

/* The master lock of the cgroup code (kernel/cgroup.c says what it covers) */
extern struct mutex cgroup_mutex;

__acquires(&cgroup_mutex) void cgroup_lock(void);
__releases(&cgroup_mutex) void cgroup_unlock(void);
bool cgroup_lock_is_held(void);

/*
 * Take cgroup_mutex if @cgrp is not removed: true with it held, false
 * without.  A conditional lock in the tree's one idiom
 * (Documentation/process/style.txt 5.4): callers use the macro.
 */
bool _cgroup_lock_live_group(struct cgroup *cgrp)
	__try_acquires(&cgroup_mutex);
#define cgroup_lock_live_group(cgrp) \
	__cond_lock(&cgroup_mutex, _cgroup_lock_live_group(cgrp))

/**
 * struct cgroup_subsys_state - a subsystem's per-cgroup state
 * @cgroup: the cgroup this state belongs to; changes only when the
 *	subsystem is bound to or unbound from a hierarchy (cgroup_mutex)
 *
 * A subsystem embeds this in its own per-cgroup structure and returns it
 * from create().
 */
struct cgroup_subsys_state {
	struct cgroup *cgroup;
};

/* bits in cgroup::flags */
enum {
	CGRP_REMOVED,		/* rmdir'ed: writes through old fds get ENODEV */
	CGRP_RELEASABLE,	/* has had tasks; may be released when empty */
	CGRP_NOTIFY_ON_RELEASE,	/* notify_on_release file is 1 */
	CGRP_CLONE_CHILDREN,	/* call post_clone() on mkdir of children */
};

#define CGROUP_NAME_LEN		256	/* NAME_MAX + 1 */
#define MAX_CGROUP_ROOT_NAMELEN	64
#define CGROUP_AGENT_PATH_LEN	4096	/* PATH_MAX */

/**
 * struct cgroup - one group of tasks in one hierarchy
 * @flags: CGRP_* bits, changed with atomic bit operations
 * @count: number of css_sets linked to this cgroup; a css_set is linked
 *	while tasks (or a migration in progress) reference it, so a cgroup
 *	with @count > 0 is populated.  Atomic: fork and exit change it
 *	without cgroup_mutex (under css_set_lock).
 * @refcnt: lifetime of the structure: one for the hierarchy (dropped by
 *	rmdir), one per open file or cgroupfs inode that points here
 * @sibling: entry in @parent's @children (cgroup_mutex)
 * @children: child cgroups (cgroup_mutex)
 * @parent: NULL for a hierarchy's top cgroup
 * @root: the hierarchy
 * @top_cgroup: @root's top cgroup
 * @subsys: per-subsystem state, NULL for subsystems not bound to @root
 * @css_sets: cg_cgroup_links of the css_sets that point here
 *	(css_set_lock)
 * @files: files of this directory: struct cgroup_file (cgroup_mutex)
 * @release_list: entry in the list of cgroups waiting for release
 * @dentry: the cgroupfs directory while the hierarchy is mounted
 *	(cgroup_mutex)
 * @name: the directory name ("" for a top cgroup)
 * @file_rwsem: held for read around every control-file handler call
 *	(read_u64, read_seq_string, write_u64, write_string), for write by
 *	rmdir between marking @cgrp removed and destroy(): a handler never
 *	sees its subsystem state freed, and needs no lock of its own for
 *	that.  Nests outside cgroup_mutex (handlers may take it).
 */
struct cgroup {
	unsigned long flags;
	atomic_t count;
	atomic_t refcnt;
	struct list_head sibling;
	struct list_head children;
	struct cgroup *parent;
	struct cgroupfs_root *root;
	struct cgroup *top_cgroup;
	struct cgroup_subsys_state *subsys[CGROUP_SUBSYS_COUNT];
	struct list_head css_sets;
	struct list_head files;
	struct list_head release_list;
	struct dentry *dentry;
	char name[CGROUP_NAME_LEN];
	struct rw_semaphore file_rwsem;	/* see above */
};

/**
 * struct css_set - the set of cgroups a task belongs to, one per
 * hierarchy, shared by every task with the same set
 * @refcount: tasks pointing here, plus in-flight references taken by a
 *	migration; freed after an RCU grace period when it drops to zero
 * @hlist: entry in the css_set hash table, keyed by @subsys (css_set_lock)
 * @tasks: tasks using this css_set, through task_struct::cg_list
 *	(@tasks_lock; moving a task to another css_set's list also needs
 *	css_set_lock for write: kernel/cgroup.c, "The task lists")
 * @tasks_lock: protects @tasks and the cg_list of every task on it; a
 *	fork or an exit takes only this lock of its task's css_set
 * @fork_line: pads @refcount, @tasks_lock and @tasks to a cache line
 * @cg_links: cg_cgroup_links to the cgroup of every active hierarchy
 *	(css_set_lock)
 * @subsys: the subsystem states; fixed after creation
 * @mg_node: entry in cgroup_attach_proc()'s list of the css_sets its
 *	threads use (its "src list"); empty otherwise (cgroup_mutex)
 * @mg_src_cgrp: while on that list, this css_set's cgroup in the
 *	destination's hierarchy (cgroup_mutex)
 * @mg_dst: while on that list, the referenced css_set a task of this one
 *	moves to, once prefetched; NULL otherwise (cgroup_mutex)
 * @mg_nr_moved: threads moved out of this css_set by the batch of the
 *	migration in progress (css_set_lock)
 * @rcu_head: for the deferred free
 *
 * "cg" is the name of a css_set pointer everywhere.  The fields are in
 * three groups by who writes them: what every fork and exit of the
 * css_set's own tasks writes (@refcount, @tasks_lock, @tasks), padded to
 * a cache line (@fork_line); what a lookup reads; what a migration
 * writes.  So moves of other processes, which read the second group of
 * every css_set they pass in a hash chain, do not take the first
 * group's line from a forking CPU (Documentation/cgroups/cgroups.txt
 * 3.2.4).  The structure itself is not aligned: kmalloc() aligns to
 * 16 bytes only (<linux/slab.h>).  init_css_set, the css_set of every
 * task that was never moved, is, and there the line is wholly the
 * first group's; in a css_set from kmalloc() it may also hold the end
 * of the previous allocation or the start of the second group.
 */
struct css_set {
	/* written by every fork and exit of its tasks: a line of their own */
	union {
		struct {
			atomic_t refcount;
			spinlock_t tasks_lock;	/* @tasks, its tasks' cg_list */
			struct list_head tasks;
		};
		char fork_line[SMP_CACHE_BYTES];
	};
	/* read by every lookup (find_existing_css_set()), written rarely */
	struct hlist_node hlist;
	struct list_head cg_links;
	struct cgroup_subsys_state *subsys[CGROUP_SUBSYS_COUNT];
	/* written by a migration of this css_set's tasks */
	struct list_head mg_node;	/* cgroup_mutex */
	struct cgroup *mg_src_cgrp;	/* cgroup_mutex */
	struct css_set *mg_dst;		/* cgroup_mutex */
	int mg_nr_moved;		/* css_set_lock */
	struct rcu_head rcu_head;
};

#define MAX_CFTYPE_NAME		64

/**
 * struct cftype - a control file in every cgroup directory of a hierarchy
 * @name: file name; prefixed by "<subsystem>." unless the hierarchy was
 *	mounted with noprefix
 * @private: for the handlers
 * @mode: permission bits; 0 means 0644
 * @read_u64: return the value printed as one decimal line
 * @read_seq_string: print the whole contents with seq_printf()
 * @write_u64: take one number parsed by the core (cgroups.txt 2.2.2: whitespace
 *	stripped, base auto-detected, EINVAL/E2BIG/EFAULT handled)
 * @write_string: take one line, at most @max_write_len bytes (default 64)
 * @max_write_len: longest accepted write for @write_string
 *
 * Handlers run with the file's cgroup pinned; they take cgroup_mutex
 * themselves when they need it and return -errno.
 */
struct cftype {
	char name[MAX_CFTYPE_NAME];
	int private;
	umode_t mode;
	u64 (*read_u64)(struct cgroup *cgrp, struct cftype *cft);
	int (*read_seq_string)(struct cgroup *cgrp, struct cftype *cft,
			       struct seq_file *m);
	int (*write_u64)(struct cgroup *cgrp, struct cftype *cft, u64 val);
	int (*write_string)(struct cgroup *cgrp, struct cftype *cft,
			    const char *buffer);
	size_t max_write_len;
};

int cgroup_add_file(struct cgroup *cgrp, struct cgroup_subsys *ss,
		    const struct cftype *cft);
int cgroup_add_files(struct cgroup *cgrp, struct cgroup_subsys *ss,
		     const struct cftype cft[], int count);

int cgroup_is_removed(const struct cgroup *cgrp);
int cgroup_path(const struct cgroup *cgrp, char *buf, int buflen);
int cgroup_task_count(const struct cgroup *cgrp);
int cgroup_attach_task(struct cgroup *cgrp, struct task_struct *tsk);

/**
 * struct cgroup_iter - a walk of one cgroup's tasks (cgroup_iter_start())
 * @cg_link: the cg_cgroup_link of the css_set being walked, NULL at the end
 * @task: the next task's cg_list entry in that css_set (the list head once
 *	its last task was returned)
 */
struct cgroup_iter {
	struct list_head *cg_link;
	struct list_head *task;
};

void cgroup_iter_start(struct cgroup *cgrp, struct cgroup_iter *it);
struct task_struct *cgroup_iter_next(struct cgroup *cgrp,
				     struct cgroup_iter *it);
void cgroup_iter_end(struct cgroup *cgrp, struct cgroup_iter *it);

/**
 * struct cgroup_scanner - what cgroup_scan_tasks() does to each task
 * @cg: the cgroup whose tasks are scanned
 * @test_task: does @p need @process_task?  Called with css_set_lock
 *	held (it may not sleep); required.  After @process_task(p) it must
 *	return false for @p (unless something else changed @p meanwhile):
 *	that is how the scan ends.
 * @process_task: the work; called with no spinning lock held (it may
 *	sleep), with a reference on @p
 * @data: the caller's
 */
struct cgroup_scanner {
	struct cgroup *cg;
	bool (*test_task)(struct task_struct *p, struct cgroup_scanner *scan);
	void (*process_task)(struct task_struct *p,
			     struct cgroup_scanner *scan);
	void *data;
};

int cgroup_scan_tasks(struct cgroup_scanner *scan);

/* for the ns subsystem (kernel/ns_cgroup.c) */
int cgroup_clone(struct task_struct *tsk, struct cgroup_subsys *subsys,
		 const char *nodename);
void cgroup_clone_cancel(struct task_struct *tsk,
			 struct cgroup_subsys *subsys);
bool cgroup_is_descendant(const struct cgroup *cgrp,
			  struct task_struct *task);

/**
 * struct cgroup_subsys - a resource controller
 * @create: make the state of a new cgroup (also of a hierarchy's root at
 *	boot); returns it or ERR_PTR(-errno)
 * @destroy: free the state of a removed cgroup
 * @can_attach: may @tsk move to @cgrp?  once per attach
 * @can_attach_task: may this thread move to @cgrp?  per thread
 * @cancel_attach: undo can_attach after a later refusal
 * @pre_attach: once, after the commit point, before any attach_task
 * @attach_task: per thread that moved
 * @attach: once, last
 * @fork: a new task was linked into its css_set
 * @exit: an exiting task moved to the init css_set
 * @populate: add the subsystem's files to a new cgroup directory
 * @post_clone: a child was made in a cgroup with clone_children set
 * @bind: the subsystem was bound to (or back from) a hierarchy @root
 * @subsys_id: position in <linux/cgroup_subsys.h>
 * @active: create() ran for the dummy root at boot
 * @disabled: never bound (reserved for cgroup_disable=)
 * @early_init: initialised by cgroup_init_early()
 * @name: subsystem name, also the mount option
 * @root: the hierarchy it is bound to (the dummy root when unbound)
 * @sibling: entry in @root's subsystem list
 *
 * Section 3.3 of Documentation/cgroups/cgroups.txt states for each hook
 * the locks held, whether it may sleep or fail, and what is rolled back.
 * Only create and destroy are mandatory.
 */
struct cgroup_subsys {
	struct cgroup_subsys_state *(*create)(struct cgroup_subsys *ss,
					      struct cgroup *cgrp);
	void (*destroy)(struct cgroup_subsys *ss, struct cgroup *cgrp);
	int (*can_attach)(struct cgroup_subsys *ss, struct cgroup *cgrp,
			  struct task_struct *tsk);
	int (*can_attach_task)(struct cgroup *cgrp, struct task_struct *tsk);
	void (*cancel_attach)(struct cgroup_subsys *ss, struct cgroup *cgrp,
			      struct task_struct *tsk);
	void (*pre_attach)(struct cgroup *cgrp);
	void (*attach_task)(struct cgroup *cgrp, struct task_struct *tsk);
	void (*attach)(struct cgroup_subsys *ss, struct cgroup *cgrp,
		       struct cgroup *old_cgrp, struct task_struct *tsk);
	void (*fork)(struct cgroup_subsys *ss, struct task_struct *task);
	void (*exit)(struct cgroup_subsys *ss, struct cgroup *cgrp,
		     struct cgroup *old_cgrp, struct task_struct *task);
	int (*populate)(struct cgroup_subsys *ss, struct cgroup *cgrp);
	void (*post_clone)(struct cgroup_subsys *ss, struct cgroup *cgrp);
	void (*bind)(struct cgroup_subsys *ss, struct cgroup *root);

	int subsys_id;
	int active;
	int disabled;
	int early_init;
	const char *name;
	struct cgroupfs_root *root;
	struct list_head sibling;
};

/**
 * cgroup_subsys_state - a cgroup's state for one subsystem
 * @cgrp: the cgroup
 * @subsys_id: the subsystem
 *
 * Context: the state is fixed while @cgrp exists.
 * Return: the state, NULL if the subsystem is not bound to @cgrp's
 * hierarchy.
 */
static inline struct cgroup_subsys_state *
cgroup_subsys_state(struct cgroup *cgrp, int subsys_id)
{
	return cgrp->subsys[subsys_id];
}

struct cgroup_subsys_state *task_subsys_state(struct task_struct *tsk,
					      int subsys_id);
struct cgroup *task_cgroup(struct task_struct *tsk, int subsys_id);

#else /* !CONFIG_CGROUPS */

static inline void cgroup_init_early(void) {}
static inline int cgroup_init(void) { return 0; }
static inline void cgroup_fork(struct task_struct *child) {}
static inline void cgroup_post_fork(struct task_struct *child) {}
static inline void cgroup_exit(struct task_struct *tsk, int run_callbacks) {}
static inline void cgroup_lock(void) {}
static inline void cgroup_unlock(void) {}
static inline bool cgroup_lock_is_held(void) { return true; }

#endif /* !CONFIG_CGROUPS */

#endif /* _LINUX_CGROUP_H */
