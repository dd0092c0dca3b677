// SPDX-License-Identifier: GPL-2.0
/*
 * cgroup_debug.c - the debug subsystem (CONFIG_CGROUP_DEBUG): files that
 * show the core's reference counts and links, for tests and curious
 * users.  Its state is a bare cgroup_subsys_state; its files read the
 * core's objects directly (kernel/cgroup-internal.h):
 *
 *   debug.taskcount			tasks (and in-flight references)
 *					using the cgroup
 *   debug.current_css_set		the reader's css_set, as an identity
 *   debug.current_css_set_refcount	its reference count
 *   debug.current_css_set_cg_links	the cgroups it links to, one line
 *					per hierarchy
 *   debug.releasable			the cgroup is marked releasable
 *
 * Locks taken and their ordering: cgroup_mutex, then css_set_lock (read)
 * in current_css_set_cg_links; RCU for the reader's own css_set.
 */
#include <linux/cgroup.h>
#include <linux/err.h>
#include <linux/kernel.h>
#include <linux/seq_file.h>
#include <linux/slab.h>

#include "cgroup-internal.h"

static struct cgroup_subsys_state *debug_create(struct cgroup_subsys *ss,
						struct cgroup *cgrp)
{
	struct cgroup_subsys_state *css = kzalloc(sizeof(*css), GFP_KERNEL);

	if (!css)
		return ERR_PTR(-ENOMEM);
	return css;
}

static void debug_destroy(struct cgroup_subsys *ss, struct cgroup *cgrp)
{
	kfree(cgrp->subsys[debug_subsys_id]);
}

static u64 debug_taskcount_read(struct cgroup *cgrp, struct cftype *cft)
{
	return cgroup_task_count(cgrp);
}

static u64 current_css_set_read(struct cgroup *cgrp, struct cftype *cft)
{
	/* an identity only: the pointer is never dereferenced by readers */
	return (u64)(unsigned long)rcu_access_pointer(current->cgroups);
}

static u64 current_css_set_refcount_read(struct cgroup *cgrp,
					 struct cftype *cft)
{
	u64 count;

	rcu_read_lock();
	count = atomic_read(&rcu_dereference(current->cgroups)->refcount);
	rcu_read_unlock();
	return count;
}

static int current_css_set_cg_links_read(struct cgroup *cgrp,
					 struct cftype *cft,
					 struct seq_file *seq)
{
	struct cg_cgroup_link *link;
	struct css_set *cg;

	/* cgroup_mutex keeps the names; css_set_lock the links */
	mutex_lock(&cgroup_mutex);
	read_lock(&css_set_lock);
	cg = task_css_set_locked(current);
	list_for_each_entry(link, &cg->cg_links, cg_link_list) {
		struct cgroup *c = link->cgrp;

		seq_printf(seq, "Root %d group %s\n", c->root->hierarchy_id,
			   c->parent ? c->name : "/");
	}
	read_unlock(&css_set_lock);
	mutex_unlock(&cgroup_mutex);
	return 0;
}

static u64 releasable_read(struct cgroup *cgrp, struct cftype *cft)
{
	return test_bit(CGRP_RELEASABLE, &cgrp->flags);
}

static const struct cftype debug_files[] = {
	{
		.name = "taskcount",
		.read_u64 = debug_taskcount_read,
	},
	{
		.name = "current_css_set",
		.read_u64 = current_css_set_read,
	},
	{
		.name = "current_css_set_refcount",
		.read_u64 = current_css_set_refcount_read,
	},
	{
		.name = "current_css_set_cg_links",
		.read_seq_string = current_css_set_cg_links_read,
	},
	{
		.name = "releasable",
		.read_u64 = releasable_read,
	},
};

static int debug_populate(struct cgroup_subsys *ss, struct cgroup *cgrp)
	__must_hold(&cgroup_mutex)
{
	return cgroup_add_files(cgrp, ss, debug_files,
				ARRAY_SIZE(debug_files));
}

struct cgroup_subsys debug_subsys = {
	.name = "debug",
	.subsys_id = debug_subsys_id,
	.create = debug_create,
	.destroy = debug_destroy,
	.populate = debug_populate,
};
