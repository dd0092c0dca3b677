// SPDX-License-Identifier: GPL-2.0
/*
 * nice_cgroup.c - the "nice" cgroup subsystem, a sample to copy
 * (CONFIG_SAMPLE_CGROUP_NICE).
 *
 * A small, real policy: every task of a cgroup runs at the cgroup's nice
 * value, nice.value (MIN_NICE..MAX_NICE; a new cgroup starts with its
 * parent's; the root's is 0 and has no file).  Moving a thread into the
 * cgroup sets its nice value, a task forked in it gets it, and a write of
 * nice.value sets it for every task already there.  Making a thread more
 * favourable than it is (a lower nice) needs CAP_SYS_NICE, whether by a
 * move or by a write, as setpriority(2) does.  Documentation/cgroups/
 * nice.txt describes the files; Documentation/cgroups/
 * writing-a-subsystem.txt is the guide this file illustrates, hook by
 * hook.
 *
 * The attach hooks, in the order the core calls them (cgroups.txt 3.3):
 *
 *   can_attach		once per move: the writer's CAP_SYS_NICE, kept for
 *			the per-thread checks (state between can_attach and
 *			attach or cancel_attach lives in nice_move)
 *   can_attach_task	per thread: refuse a thread the move would make more
 *			favourable without CAP_SYS_NICE; a refusal of any
 *			thread refuses the whole cgroup.procs write
 *   cancel_attach	forget nice_move: exactly what can_attach set
 *   pre_attach		once, after the commit point: read the value the
 *			threads get, so every thread of one move gets the
 *			same one
 *   attach_task	per thread that moved: set its nice value, under
 *			nice_mutex: after the fork hook of a new task
 *   attach		once, last: forget nice_move
 *   fork		the new task gets its cgroup's value: a move of its
 *			creator, or a write of nice.value, that landed
 *			inside the fork is not lost (cgroups.txt 5.9)
 *
 * No exit hook: an exiting task takes nothing with it.
 *
 * Locks taken and their ordering:
 *
 *   cgroup_mutex	(held by the core around every attach hook; taken
 *			 by the nice.value write handler): nice_move, and
 *			 every write of a nice_cgroup's value
 *     nice_mutex	(every write of a task's nice value by this file,
 *			 and the fork hook's read of its cgroup's value)
 *       tasklist_lock	(read: walking the tasks of a cgroup)
 *         task_lock(tsk)	(set_user_nice())
 *
 * A write of nice.value changes the value and walks the tasks in one
 * nice_mutex section, and the fork hook reads the value and sets it in
 * another: a new task is either on the task list for the walk, or reads
 * the new value after it.  A new task can be moved while its fork hook
 * runs (it is visible from cgroup_post_fork() on): attach_task sets its
 * value under nice_mutex too, so it comes after the hook, or the hook
 * comes after the move and reads the new cgroup.
 */
#include <linux/capability.h>
#include <linux/cgroup.h>
#include <linux/err.h>
#include <linux/kernel.h>
#include <linux/kstrtox.h>
#include <linux/mutex.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/seq_file.h>
#include <linux/slab.h>

#include "nice_cgroup.h"

/**
 * struct nice_cgroup - a cgroup's nice value
 * @css: the core's part
 * @nice: the value of its tasks; written under cgroup_mutex and
 *	nice_mutex, read under either
 */
struct nice_cgroup {
	struct cgroup_subsys_state css;
	int nice;
};

/*
 * nice_mutex - the value of every nice_cgroup against the fork hook, and
 * the writes of tasks' nice values outside attach.  Inside cgroup_mutex,
 * outside tasklist_lock and task_lock.
 */
static DEFINE_MUTEX(nice_mutex);

/*
 * The move in progress, from can_attach to attach or cancel_attach.
 * The core holds cgroup_mutex across the whole move, so one static
 * serves (as cpuset's masks and memcg's mc do); empty between moves.
 */
static struct {
	struct cgroup *cgrp;	/* the destination; NULL: no move */
	bool may_raise;		/* the writer has CAP_SYS_NICE */
	int nice;		/* pre_attach: the value the threads get */
} nice_move;

static struct nice_cgroup *cgroup_nice(struct cgroup *cgrp)
{
	return container_of(cgroup_subsys_state(cgrp, nice_subsys_id),
			    struct nice_cgroup, css);
}

/* Context: rcu_read_lock(), cgroup_mutex or task_lock(@tsk). */
static struct nice_cgroup *task_nice(struct task_struct *tsk)
{
	return container_of(task_subsys_state(tsk, nice_subsys_id),
			    struct nice_cgroup, css);
}

static int task_nice_value(struct task_struct *tsk)
{
	return PRIO_TO_NICE(READ_ONCE(tsk->static_prio));
}

/* ------------------------------------------------------------------ */
/* Creation */

static struct cgroup_subsys_state *nice_create(struct cgroup_subsys *ss,
					       struct cgroup *cgrp)
{
	struct nice_cgroup *nc = kzalloc(sizeof(*nc), GFP_KERNEL);

	if (!nc)
		return ERR_PTR(-ENOMEM);
	if (cgrp->parent)
		nc->nice = cgroup_nice(cgrp->parent)->nice;
	return &nc->css;
}

static void nice_destroy(struct cgroup_subsys *ss, struct cgroup *cgrp)
{
	kfree(cgroup_nice(cgrp));
}

/* ------------------------------------------------------------------ */
/* Attach */

static int nice_can_attach(struct cgroup_subsys *ss, struct cgroup *cgrp,
			   struct task_struct *tsk)
{
	WARN_ON_ONCE(!cgroup_lock_is_held());
	nice_move.cgrp = cgrp;
	nice_move.may_raise = capable(CAP_SYS_NICE);
	return 0;
}

static int nice_can_attach_task(struct cgroup *cgrp, struct task_struct *tsk)
{
	if (cgroup_nice(cgrp)->nice < task_nice_value(tsk) &&
	    !nice_move.may_raise)
		return -EACCES;
	return 0;
}

static void nice_cancel_attach(struct cgroup_subsys *ss, struct cgroup *cgrp,
			       struct task_struct *tsk)
{
	WARN_ON_ONCE(nice_move.cgrp != cgrp);
	nice_move.cgrp = NULL;
}

static void nice_pre_attach(struct cgroup *cgrp)
{
	nice_move.nice = cgroup_nice(cgrp)->nice;
}

static void nice_attach_task(struct cgroup *cgrp, struct task_struct *tsk)
{
	/* not between the fork hook's read of its old cgroup and its write */
	mutex_lock(&nice_mutex);
	set_user_nice(tsk, nice_move.nice);
	mutex_unlock(&nice_mutex);
}

static void nice_attach(struct cgroup_subsys *ss, struct cgroup *cgrp,
			struct cgroup *old_cgrp, struct task_struct *tsk)
{
	WARN_ON_ONCE(nice_move.cgrp != cgrp);
	nice_move.cgrp = NULL;
}

/*
 * A race point for tests, inside the fork hook between its read of the
 * new task's cgroup and its write of the task's nice value, where a move
 * of the new task must wait (attach_task takes nice_mutex) and no hook
 * reaches.  nice_cgroup_test.c #includes this file and, before that,
 * defines nice_fork_read(tsk) to a function that moves @tsk at exactly
 * this point.  Built alone, as here, it is an empty statement
 * (Documentation/process/style.txt 9.2).
 */
#ifndef nice_fork_read
#define nice_fork_read(tsk)	do { } while (0)
#endif

static void nice_fork(struct cgroup_subsys *ss, struct task_struct *tsk)
{
	int nice;

	mutex_lock(&nice_mutex);
	rcu_read_lock();
	nice = task_nice(tsk)->nice;
	rcu_read_unlock();
	nice_fork_read(tsk);
	set_user_nice(tsk, nice);
	mutex_unlock(&nice_mutex);
}

/* ------------------------------------------------------------------ */
/* Files */

static int nice_value_read(struct cgroup *cgrp, struct cftype *cft,
			   struct seq_file *m)
{
	seq_printf(m, "%d\n", READ_ONCE(cgroup_nice(cgrp)->nice));
	return 0;
}

/* Every task of @nc gets @nice.  Context: nice_mutex held. */
static void nice_update_tasks(struct nice_cgroup *nc, int nice)
	__must_hold(&nice_mutex)
{
	struct task_struct *p, *t;

	lockdep_assert_held(&nice_mutex);
	read_lock(&tasklist_lock);
	for_each_process(p) {
		for_each_thread(p, t) {
			bool ours;

			rcu_read_lock();
			ours = task_nice(t) == nc;
			rcu_read_unlock();
			if (ours)
				set_user_nice(t, nice);
		}
	}
	read_unlock(&tasklist_lock);
}

/*
 * nice.value: MIN_NICE..MAX_NICE, else -EINVAL; lower than the value now
 * without CAP_SYS_NICE: -EACCES.  Nothing changes on an error.
 */
static int nice_value_write(struct cgroup *cgrp, struct cftype *cft,
			    const char *buf)
{
	struct nice_cgroup *nc = cgroup_nice(cgrp);
	int nice, ret = 0;

	if (kstrtoint(buf, 10, &nice) || nice < MIN_NICE || nice > MAX_NICE)
		return -EINVAL;
	cgroup_lock();
	if (nice < nc->nice && !capable(CAP_SYS_NICE)) {
		ret = -EACCES;
		goto out_unlock;
	}
	mutex_lock(&nice_mutex);
	WRITE_ONCE(nc->nice, nice);
	nice_update_tasks(nc, nice);
	mutex_unlock(&nice_mutex);
out_unlock:
	cgroup_unlock();
	return ret;
}

static const struct cftype nice_files[] = {
	{
		.name = "value",
		.read_seq_string = nice_value_read,
		.write_string = nice_value_write,
	},
};

/* The root cgroup's value is 0 for good: it has no file. */
static int nice_populate(struct cgroup_subsys *ss, struct cgroup *cgrp)
{
	if (!cgrp->parent)
		return 0;
	return cgroup_add_files(cgrp, ss, nice_files, ARRAY_SIZE(nice_files));
}

/**
 * nice_task_check() - does @tsk run at its cgroup's nice value?
 * @tsk: the task
 *
 * The subsystem's invariant, which the torture test checks at rest (no
 * move, fork or write of nice.value in progress).
 * Context: rcu_read_lock(), cgroup_mutex or task_lock(@tsk).
 * Return: true if it does.
 */
bool nice_task_check(struct task_struct *tsk)
{
	return task_nice_value(tsk) == READ_ONCE(task_nice(tsk)->nice);
}

struct cgroup_subsys nice_subsys = {
	.name = "nice",
	.subsys_id = nice_subsys_id,
	.create = nice_create,
	.destroy = nice_destroy,
	.can_attach = nice_can_attach,
	.can_attach_task = nice_can_attach_task,
	.cancel_attach = nice_cancel_attach,
	.pre_attach = nice_pre_attach,
	.attach_task = nice_attach_task,
	.attach = nice_attach,
	.fork = nice_fork,
	.populate = nice_populate,
};
