/* SPDX-License-Identifier: GPL-2.0 */
/*
 * iocontext.h - a task's I/O context: what the block layer knows about
 * the task's I/O (its priority, the blkio cgroup it is charged to).  It is
 * shared by the tasks created with CLONE_IO, counted twice as in Linux:
 * @refcount for pointers, @nr_tasks for tasks using it.
 *
 * Locks: task_lock(tsk) protects tsk->io_context; ioc->lock protects
 * the per-context fields later subsystems add (the blkio binding).
 */
#ifndef _LINUX_IOCONTEXT_H
#define _LINUX_IOCONTEXT_H

#include <linux/atomic.h>
#include <linux/bug.h>
#include <linux/spinlock.h>

struct task_struct;
struct blkio_cgroup;

/**
 * struct io_context - per-task (or CLONE_IO-shared) I/O state
 * @refcount: references
 * @nr_tasks: tasks using it
 * @lock: protects @ioprio and later fields
 * @ioprio: I/O priority
 * @cgroup_changed: a task using it moved to another blkio cgroup; the
 *	next I/O submission rebinds @blkcg (blkio attach_task sets it)
 * @blkcg: the blkio cgroup its I/O is charged to, referenced; NULL
 *	until the first submission
 * @blkcg_rebinds: how many times a submission rebound @blkcg because
 *	of @cgroup_changed (for tests)
 */
struct io_context {
	atomic_long_t refcount;
	atomic_t nr_tasks;
	spinlock_t lock;		/* @ioprio and the blkio fields */
	unsigned short ioprio;
#ifdef CONFIG_BLK_CGROUP
	unsigned short cgroup_changed;		/* @lock */
	struct blkio_cgroup *blkcg;		/* @lock */
	unsigned long blkcg_rebinds;		/* @lock */
#endif
};

static inline void ioc_task_link(struct io_context *ioc)
{
	WARN_ON_ONCE(atomic_long_read(&ioc->refcount) <= 0);
	WARN_ON_ONCE(atomic_read(&ioc->nr_tasks) <= 0);
	atomic_long_inc(&ioc->refcount);
	atomic_inc(&ioc->nr_tasks);
}

struct io_context *get_task_io_context(struct task_struct *task,
				       gfp_t gfp_flags);
void put_io_context(struct io_context *ioc);
void exit_io_context(struct task_struct *task);
int copy_io(unsigned long clone_flags, struct task_struct *tsk);
long io_context_live(void);

#endif /* _LINUX_IOCONTEXT_H */
