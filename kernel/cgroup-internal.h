/* SPDX-License-Identifier: GPL-2.0 */
/*
 * cgroup-internal.h - what the files of the cgroup core share, and nothing
 * else includes: the core's two locks (defined, with what they protect, in
 * kernel/cgroup.c; their order is in Documentation/cgroups/cgroups.txt
 * 3.2.1), the hierarchy, the css_set-to-cgroup link, the locked read
 * of tsk->cgroups and the lock of a task's css_set task list.
 */
#ifndef _KERNEL_CGROUP_INTERNAL_H
#define _KERNEL_CGROUP_INTERNAL_H

#include <linux/cgroup.h>
#include <linux/list.h>
#include <linux/lockdep.h>
#include <linux/mutex.h>
#include <linux/rcupdate.h>
#include <linux/rwlock.h>
#include <linux/sched.h>

/* cgroup.c (cgroup_mutex: <linux/cgroup.h>) */
extern rwlock_t css_set_lock;

/**
 * struct cgroupfs_root - one hierarchy
 * @sb: the cgroupfs super block while mounted (cgroup_mutex)
 * @subsys_bits: subsystems bound here, by id (cgroup_mutex)
 * @subsys_list: those subsystems in ascending id order (cgroup_mutex)
 * @top_cgroup: the root cgroup
 * @number_of_cgroups: cgroups in the hierarchy, top included
 * @root_list: entry in the list of active hierarchies
 * @flags: ROOT_* bits
 * @mount_count: mounts of this hierarchy; with none and no children the
 *	hierarchy is destroyed
 * @hierarchy_id: number shown in /proc/<pid>/cgroup and /proc/cgroups
 * @release_agent_path: the release_agent file
 * @name: name= option, "" if none
 */
struct cgroupfs_root {
	struct super_block *sb;
	unsigned long subsys_bits;
	struct list_head subsys_list;
	struct cgroup top_cgroup;
	int number_of_cgroups;
	struct list_head root_list;
	unsigned long flags;
	int mount_count;
	int hierarchy_id;
	char release_agent_path[CGROUP_AGENT_PATH_LEN];
	char name[MAX_CGROUP_ROOT_NAMELEN];
};

/**
 * struct cg_cgroup_link - links a css_set to one of its cgroups
 * @cgrp_link_list: entry in cgrp->css_sets
 * @cgrp: the cgroup
 * @cg_link_list: entry in cg->cg_links
 * @cg: the css_set
 *
 * All four fields are protected by css_set_lock.
 */
struct cg_cgroup_link {
	struct list_head cgrp_link_list;
	struct cgroup *cgrp;
	struct list_head cg_link_list;
	struct css_set *cg;
};

/* tsk->cgroups for a holder of cgroup_mutex or task_lock(tsk). */
static inline struct css_set *task_css_set_locked(struct task_struct *tsk)
{
	return rcu_dereference_protected(tsk->cgroups,
					 lockdep_is_held(&cgroup_mutex) ||
					 lockdep_is_held(&tsk->alloc_lock));
}

struct css_set *cgroup_task_lock_tasks(struct task_struct *tsk)
	__acquires(&tsk->alloc_lock) __acquires(&tsk->cgroups->tasks_lock);
void cgroup_task_unlock_tasks(struct task_struct *tsk, struct css_set *cg)
	__must_hold(&tsk->alloc_lock) __releases(&tsk->cgroups->tasks_lock);
bool cgroup_task_linked(struct task_struct *tsk);

#endif /* _KERNEL_CGROUP_INTERNAL_H */
