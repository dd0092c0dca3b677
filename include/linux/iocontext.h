/* SPDX-License-Identifier: GPL-2.0 */
/*
 * iocontext.h - a task's I/O context: what the block layer knows about
 * the task's I/O (its priority here; blkio cgroup state later).  It is
 * shared by the tasks created with CLONE_IO, counted twice as in Linux:
 * @refcount for pointers, @nr_tasks for tasks using it.
 *
 * Locks: task_lock(tsk) protects tsk->io_context; ioc->lock protects
 * the per-context fields later subsystems add.
 */
#ifndef _LINUX_IOCONTEXT_H
#define _LINUX_IOCONTEXT_H

#include <linux/atomic.h>
#include <linux/bug.h>
#include <linux/spinlock.h>

struct task_struct;

/**
 * struct io_context - per-task (or CLONE_IO-shared) I/O state
 * @refcount: references
 * @nr_tasks: tasks using it
 * @lock: protects @ioprio and later fields
 * @ioprio: I/O priority
 */
struct io_context {
	atomic_long_t refcount;
	atomic_t nr_tasks;
	spinlock_t lock;		/* @ioprio */
	unsigned short ioprio;
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
