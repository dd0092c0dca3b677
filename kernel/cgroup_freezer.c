// SPDX-License-Identifier: GPL-2.0
/*
 * cgroup_freezer.c - the freezer cgroup subsystem: stop every task of a
 * cgroup at its next system call, and let them go again.
 *
 * Every cgroup but the root has a file freezer.state: THAWED, FREEZING
 * or FROZEN.  Writing "FROZEN" marks every task of the cgroup
 * (freeze_task()) and sets FREEZING; the tasks stop at their next
 * system-call entry (include/linux/freezer.h); a read that finds every
 * task frozen reports, and records, FROZEN.  Writing "THAWED" clears the
 * marks and wakes the tasks.  A task of a FREEZING or FROZEN cgroup
 * cannot leave it and no task can join it (-EBUSY from can_attach and
 * can_attach_task), so a cgroup.procs write of a group with one thread
 * in a frozen cgroup moves no thread.  A child forked in a FREEZING
 * cgroup is marked at once.  Documentation/cgroups/freezer-subsystem.txt
 * has the user's view and the choices made here.
 *
 * Membership: the freezer walks the cgroup's own tasks with the core's
 * iterator (cgroup_iter_start(), as Linux 3.0's), under freezer->lock:
 * marking and waking a task do not sleep.  Callers hold cgroup_mutex,
 * so no task joins or leaves the cgroup by an attach meanwhile; a fork
 * either is linked on its css_set before the walk reaches that css_set
 * (and is seen) or runs freezer_fork() after it, which takes
 * freezer->lock and sees the new state.
 *
 * Locks taken and their ordering:
 *
 *   cgroup_mutex			(freezer.state read and write,
 *					 can_attach, can_attach_task: the
 *					 core holds it or we take it)
 *     freezer->lock			(spinlock: freezer->state)
 *       css_set_lock (read)		(cgroup_iter_start(): the walk
 *					 over the cgroup's tasks)
 *         cg->tasks_lock		(the css_set being walked)
 *           task_lock(tsk)		(TIF_FREEZE, in freeze_task() and
 *					 thaw_process())
 *   freezer_fork() runs with no lock held and takes
 *     rcu_read_lock -> freezer->lock -> task_lock(child).
 * freezer->lock is never taken under tasklist_lock, css_set_lock or
 * task_lock, so it sits between cgroup_mutex (and the fork lock) and
 * tasklist_lock in the order of cgroups.txt 3.2.1.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/spinlock.h>
#include <linux/rcupdate.h>
#include <linux/lockdep.h>
#include <linux/sched.h>
#include <linux/seq_file.h>
#include <linux/cgroup.h>
#include <linux/freezer.h>

enum freezer_state {
	CGROUP_THAWED = 0,
	CGROUP_FREEZING,
	CGROUP_FROZEN,
};

static const char *const freezer_state_strs[] = {
	"THAWED",
	"FREEZING",
	"FROZEN",
};

/**
 * struct freezer - the freezer state of one cgroup
 * @css: the subsystem state the core knows
 * @lock: protects @state
 * @state: an enum freezer_state, CGROUP_THAWED, CGROUP_FREEZING or
 *	CGROUP_FROZEN; written under @lock (and cgroup_mutex) with
 *	WRITE_ONCE(), read under @lock or, by cgroup_freezing_or_frozen(),
 *	with READ_ONCE()
 *
 * (l) marks the field @lock protects (an int, not the enum, so that
 * READ_ONCE() takes it).
 */
struct freezer {
	struct cgroup_subsys_state css;
	/* freezer->lock: the state; inside cgroup_mutex, outside tasklist_lock */
	spinlock_t lock;
	int state;			/* enum freezer_state; (l) */
};

static struct freezer *cgroup_freezer(struct cgroup *cgrp)
{
	return container_of(cgroup_subsys_state(cgrp, freezer_subsys_id),
			    struct freezer, css);
}

/* @tsk's freezer; the caller holds cgroup_mutex, task_lock or RCU */
static struct freezer *task_freezer(struct task_struct *tsk)
{
	return container_of(task_subsys_state(tsk, freezer_subsys_id),
			    struct freezer, css);
}

/*
 * Is @tsk's current freezer cgroup FREEZING or FROZEN?  The root is
 * never frozen.
 */
static bool task_freezing_or_frozen(struct task_struct *tsk)
{
	struct freezer *freezer;
	enum freezer_state state;

	rcu_read_lock();
	freezer = task_freezer(tsk);
	spin_lock(&freezer->lock);
	state = freezer->state;
	spin_unlock(&freezer->lock);
	rcu_read_unlock();
	return state != CGROUP_THAWED;
}

/**
 * cgroup_freezing_or_frozen() - is @tsk's freezer cgroup FREEZING or
 *	FROZEN?
 * @tsk: the task
 *
 * A lockless read of the state (WRITE_ONCE() under freezer->lock in
 * this file), as Linux 3.0's: exact while the caller holds cgroup_mutex,
 * under which every state change happens; otherwise a snapshot.  Never
 * takes freezer->lock, so it may be called under tasklist_lock.
 * Context: any; takes rcu_read_lock.
 * Return: true if the state is not THAWED.
 */
bool cgroup_freezing_or_frozen(struct task_struct *tsk)
{
	int state;

	rcu_read_lock();
	state = READ_ONCE(task_freezer(tsk)->state);
	rcu_read_unlock();
	return state != CGROUP_THAWED;
}

/*
 * Freezer cgroups other than the root (which is never frozen): while
 * there is none, no task can be in a frozen cgroup and freezer_fork()
 * has nothing to do.  Counted in create, before the cgroup can hold a
 * task, and in destroy, once it holds none (as Linux's number_of_cpusets
 * lets the cpuset fast paths skip cpusets when there is only the top).
 */
static atomic_t freezer_nr_cgroups;

static struct cgroup_subsys_state *freezer_create(struct cgroup_subsys *ss,
						  struct cgroup *cgrp)
{
	struct freezer *freezer = kzalloc(sizeof(*freezer), GFP_KERNEL);

	if (!freezer)
		return ERR_PTR(-ENOMEM);
	spin_lock_init(&freezer->lock);
	/* kzalloc: state is CGROUP_THAWED */
	if (cgrp->parent)
		atomic_inc(&freezer_nr_cgroups);
	return &freezer->css;
}

static void freezer_destroy(struct cgroup_subsys *ss, struct cgroup *cgrp)
{
	if (cgrp->parent)
		atomic_dec(&freezer_nr_cgroups);
	kfree(cgroup_freezer(cgrp));
}

/*
 * Anything frozen can't move or be moved to/from: the destination must
 * be THAWED (the thread-independent check, once per attach).
 */
static int freezer_can_attach(struct cgroup_subsys *ss, struct cgroup *cgrp,
			      struct task_struct *tsk)
{
	struct freezer *freezer = cgroup_freezer(cgrp);
	enum freezer_state state;

	spin_lock(&freezer->lock);
	state = freezer->state;
	spin_unlock(&freezer->lock);
	return state != CGROUP_THAWED ? -EBUSY : 0;
}

/* Per thread: the thread's current freezer cgroup must be THAWED. */
static int freezer_can_attach_task(struct cgroup *cgrp,
				   struct task_struct *tsk)
{
	return task_freezing_or_frozen(tsk) ? -EBUSY : 0;
}

/*
 * A new child of a FREEZING cgroup is marked at once (it is in user
 * space: frozen until thawed).  Linux 3.0 BUG()ed on FROZEN, since a
 * frozen parent cannot fork; here init and kernel threads, which are
 * never frozen, can sit in a FROZEN cgroup and fork: their child is
 * marked too, so the cgroup stays FROZEN truthfully.
 *
 * The hook runs after the child is linked (cgroups.txt 5.9), so a tasks write
 * may move the child meanwhile: the cgroup is read again under its
 * lock.  While it holds, no move of the child out of this cgroup is in
 * flight unless the cgroup is THAWED (a move checks the state under
 * cgroup_mutex, which every state change takes), so a child marked
 * here stays in a frozen cgroup.
 */
static void freezer_fork(struct cgroup_subsys *ss, struct task_struct *task)
{
	struct freezer *freezer;

	/*
	 * No freezer cgroup but the root: nothing can be frozen, and no
	 * lock or RCU section is needed to see it (every fork of a machine
	 * that does not use the freezer).  A child in a freezer cgroup
	 * sees it counted: the count was raised before the cgroup could
	 * take a task, and the child's css_set was read after that (under
	 * task_lock(parent), which orders it after the attach that put the
	 * parent there).  A cgroup created later, then frozen, finds the
	 * child in its walk of the tasks (it is linked already).
	 */
	if (!atomic_read(&freezer_nr_cgroups))
		return;

	rcu_read_lock();
	for (;;) {
		freezer = task_freezer(task);
		/* the root cgroup is never frozen: skip its lock (every fork) */
		if (!freezer->css.cgroup->parent)
			goto out_unlock_rcu;
		spin_lock(&freezer->lock);
		if (task_freezer(task) == freezer)
			break;
		spin_unlock(&freezer->lock);
	}
	if (freezer->state != CGROUP_THAWED)
		freeze_task(task);
	spin_unlock(&freezer->lock);
out_unlock_rcu:
	rcu_read_unlock();
}

/*
 * update_if_frozen() - FREEZING becomes FROZEN once every live,
 * freezable task of @cgrp is frozen.  Exiting tasks (they never return
 * to user space) and tasks the freezer skips (kernel threads, init) do
 * not hold it up.  Linux 3.0 also checked here that a THAWED cgroup has
 * no frozen task and a FROZEN one no unfrozen task (BUG_ON); in this
 * tree a FROZEN cgroup can hold a task that is just being forked or
 * killed, so FROZEN is simply kept.
 */
static void update_if_frozen(struct cgroup *cgrp, struct freezer *freezer)
	__must_hold(&freezer->lock)
{
	struct cgroup_iter it;
	struct task_struct *t;
	bool all = true;

	lockdep_assert_held(&freezer->lock);
	if (freezer->state != CGROUP_FREEZING)
		return;
	cgroup_iter_start(cgrp, &it);
	while ((t = cgroup_iter_next(cgrp, &it))) {
		if ((READ_ONCE(t->flags) & PF_EXITING) ||
		    freezer_should_skip(t))
			continue;
		if (!frozen(t)) {
			all = false;
			break;
		}
	}
	cgroup_iter_end(cgrp, &it);
	if (all)
		WRITE_ONCE(freezer->state, CGROUP_FROZEN);
}

/* Mark every task of @cgrp; the cgroup is FREEZING from now on. */
static void freeze_cgroup(struct cgroup *cgrp, struct freezer *freezer)
	__must_hold(&freezer->lock)
{
	struct cgroup_iter it;
	struct task_struct *t;

	lockdep_assert_held(&freezer->lock);
	WRITE_ONCE(freezer->state, CGROUP_FREEZING);
	cgroup_iter_start(cgrp, &it);
	while ((t = cgroup_iter_next(cgrp, &it))) {
		if (!(READ_ONCE(t->flags) & PF_EXITING))
			freeze_task(t);
	}
	cgroup_iter_end(cgrp, &it);
}

/* Clear the marks of every task of @cgrp and wake them: THAWED. */
static void unfreeze_cgroup(struct cgroup *cgrp, struct freezer *freezer)
	__must_hold(&freezer->lock)
{
	struct cgroup_iter it;
	struct task_struct *t;

	lockdep_assert_held(&freezer->lock);
	cgroup_iter_start(cgrp, &it);
	/* exiting tasks too: none may keep a stale mark */
	while ((t = cgroup_iter_next(cgrp, &it)))
		thaw_process(t);
	cgroup_iter_end(cgrp, &it);
	WRITE_ONCE(freezer->state, CGROUP_THAWED);
}

static int freezer_change_state(struct cgroup *cgrp,
				enum freezer_state goal_state)
{
	struct freezer *freezer = cgroup_freezer(cgrp);

	spin_lock(&freezer->lock);
	update_if_frozen(cgrp, freezer);
	if (goal_state == CGROUP_THAWED) {
		if (freezer->state != CGROUP_THAWED)
			unfreeze_cgroup(cgrp, freezer);
	} else if (freezer->state == CGROUP_THAWED) {
		freeze_cgroup(cgrp, freezer);
	}
	spin_unlock(&freezer->lock);
	return 0;
}

static int freezer_write(struct cgroup *cgrp, struct cftype *cft,
			 const char *buffer)
{
	enum freezer_state goal_state;
	int ret;

	if (!strcmp(buffer, freezer_state_strs[CGROUP_THAWED]))
		goal_state = CGROUP_THAWED;
	else if (!strcmp(buffer, freezer_state_strs[CGROUP_FROZEN]))
		goal_state = CGROUP_FROZEN;
	else
		return -EINVAL;

	if (!cgroup_lock_live_group(cgrp))
		return -ENODEV;
	ret = freezer_change_state(cgrp, goal_state);
	cgroup_unlock();
	return ret;
}

/* @cgrp's state, brought up to date, or -ENODEV once it is removed */
static int freezer_read_state(struct cgroup *cgrp)
{
	struct freezer *freezer = cgroup_freezer(cgrp);
	int state;

	if (!cgroup_lock_live_group(cgrp))
		return -ENODEV;
	spin_lock(&freezer->lock);
	update_if_frozen(cgrp, freezer);
	state = freezer->state;
	spin_unlock(&freezer->lock);
	cgroup_unlock();
	return state;
}

static int freezer_read(struct cgroup *cgrp, struct cftype *cft,
			struct seq_file *m)
{
	int state = freezer_read_state(cgrp);

	if (state < 0)
		return state;
	seq_puts(m, freezer_state_strs[state]);
	seq_puts(m, "\n");
	return 0;
}

static const struct cftype freezer_files[] = {
	{
		.name = "state",
		.read_seq_string = freezer_read,
		.write_string = freezer_write,
	},
};

/* The root cgroup cannot be frozen: it gets no freezer.state file. */
static int freezer_populate(struct cgroup_subsys *ss, struct cgroup *cgrp)
{
	if (!cgrp->parent)
		return 0;
	return cgroup_add_files(cgrp, ss, freezer_files,
				ARRAY_SIZE(freezer_files));
}

struct cgroup_subsys freezer_subsys = {
	.name = "freezer",
	.subsys_id = freezer_subsys_id,
	.create = freezer_create,
	.destroy = freezer_destroy,
	.populate = freezer_populate,
	.can_attach = freezer_can_attach,
	.can_attach_task = freezer_can_attach_task,
	.fork = freezer_fork,
};
