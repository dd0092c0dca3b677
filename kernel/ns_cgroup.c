// SPDX-License-Identifier: GPL-2.0
/*
 * ns_cgroup.c - the ns subsystem: a cgroup per namespace creation.
 *
 * Linux 2.6.24 to 2.6.39 had it (removed in 3.0); this is its behaviour
 * with the per-thread callbacks of the 2011 series (ns-subsystem.txt
 * sections 2 and 4):
 *
 *  - clone() with a CLONE_NEW* flag and unshare() put the task in a new
 *    child cgroup named after its pid, below its current one
 *    (ns_cgroup_clone() -> cgroup_clone()), when the subsystem is mounted;
 *  - a task may only move down from where it is: can_attach_task refuses
 *    a destination that is not its current cgroup or a descendant of it
 *    (-EPERM), for every thread of a cgroup.procs write;
 *  - moving another task needs CAP_SYS_ADMIN and a destination below the
 *    writer's own cgroup (can_attach, -EPERM);
 *  - mkdir needs CAP_SYS_ADMIN and a parent at or below the caller's
 *    cgroup (-EPERM), and is refused (-EINVAL) in a cgroup with
 *    clone_children set, as in 2.6.38.
 *
 * Documentation/cgroups/ns-subsystem.txt has the details.
 *
 * Locks: the hooks run under cgroup_mutex (taken by the core);
 * ns_cgroup_clone() takes it through cgroup_clone().  No lock of its own.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/capability.h>
#include <linux/cgroup.h>
#include <linux/nsproxy.h>

/**
 * struct ns_cgroup - the ns subsystem's state of one cgroup
 * @css: the core's part
 *
 * Nothing else: the subsystem is all policy.
 */
struct ns_cgroup {
	struct cgroup_subsys_state css;
};

/**
 * ns_cgroup_clone() - put @tsk in a new ns cgroup named @nr
 * @tsk: current (unshare) or a child being forked with new namespaces
 * @nr: @tsk's pid as seen by the caller, the new cgroup's name
 * Context: process; no cgroup lock held.
 * Return: cgroup_clone()'s result (0 when ns is not mounted).
 */
int ns_cgroup_clone(struct task_struct *tsk, pid_t nr)
{
	char name[16];

	snprintf(name, sizeof(name), "%d", nr);
	return cgroup_clone(tsk, &ns_subsys, name);
}

/**
 * ns_cgroup_clone_cancel() - undo ns_cgroup_clone() for a failed fork
 * @tsk: the child ns_cgroup_clone() put in a new cgroup; never visible
 *
 * The child leaves that cgroup for the root, the exit hooks running,
 * and the cgroup is removed (cgroup_clone_cancel()).
 * Context: process; no cgroup lock held.
 */
void ns_cgroup_clone_cancel(struct task_struct *tsk)
{
	cgroup_clone_cancel(tsk, &ns_subsys);
}

/*
 * Once per attach, with the task passed (the leader for cgroup.procs):
 * another task may be moved only by CAP_SYS_ADMIN and only below the
 * writer's own cgroup.
 */
static int ns_can_attach(struct cgroup_subsys *ss, struct cgroup *cgrp,
			 struct task_struct *tsk)
{
	if (current != tsk) {
		if (!capable(CAP_SYS_ADMIN))
			return -EPERM;
		if (!cgroup_is_descendant(cgrp, current))
			return -EPERM;
	}
	return 0;
}

/* Per thread: never up or sideways from the thread's current cgroup. */
static int ns_can_attach_task(struct cgroup *cgrp, struct task_struct *tsk)
{
	if (!cgroup_is_descendant(cgrp, tsk))
		return -EPERM;
	return 0;
}

static struct cgroup_subsys_state *ns_create(struct cgroup_subsys *ss,
					     struct cgroup *cgrp)
{
	struct ns_cgroup *ns_cgroup;

	/* the hierarchy's top, made at boot, is nobody's decision */
	if (cgrp->parent) {
		if (!capable(CAP_SYS_ADMIN))
			return ERR_PTR(-EPERM);
		if (!cgroup_is_descendant(cgrp, current))
			return ERR_PTR(-EPERM);
		if (test_bit(CGRP_CLONE_CHILDREN, &cgrp->flags))
			return ERR_PTR(-EINVAL);
	}
	ns_cgroup = kzalloc(sizeof(*ns_cgroup), GFP_KERNEL);
	if (!ns_cgroup)
		return ERR_PTR(-ENOMEM);
	return &ns_cgroup->css;
}

static void ns_destroy(struct cgroup_subsys *ss, struct cgroup *cgrp)
{
	struct cgroup_subsys_state *css =
		cgroup_subsys_state(cgrp, ns_subsys_id);

	kfree(container_of(css, struct ns_cgroup, css));
}

struct cgroup_subsys ns_subsys = {
	.name = "ns",
	.subsys_id = ns_subsys_id,
	.create = ns_create,
	.destroy = ns_destroy,
	.can_attach = ns_can_attach,
	.can_attach_task = ns_can_attach_task,
};
