// SPDX-License-Identifier: GPL-2.0
/*
 * blk-ioc.c - io_context: per-task I/O state, shared with CLONE_IO.
 *
 * A task gets its io_context lazily (get_task_io_context()); fork shares
 * it with CLONE_IO (both counts go up) and otherwise gives the child a
 * copy only if the parent set an I/O priority, as Linux 3.0 does.
 *
 * Locks: task_lock(task) protects task->io_context (set and cleared
 * under it); the counts are atomics.
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/iocontext.h>
#include <linux/blk-cgroup.h>

static atomic_long_t ioc_live = ATOMIC_LONG_INIT(0);

static struct io_context *alloc_io_context(gfp_t gfp_flags)
{
	struct io_context *ioc = kzalloc(sizeof(*ioc), gfp_flags);

	if (!ioc)
		return NULL;
	atomic_long_set(&ioc->refcount, 1);
	atomic_set(&ioc->nr_tasks, 1);
	spin_lock_init(&ioc->lock);
	atomic_long_inc(&ioc_live);
	return ioc;
}

/**
 * put_io_context() - drop a reference
 * @ioc: the context, or NULL
 * Context: any.
 */
void put_io_context(struct io_context *ioc)
{
	if (!ioc)
		return;
	WARN_ON_ONCE(atomic_long_read(&ioc->refcount) <= 0);
	if (atomic_long_dec_and_test(&ioc->refcount)) {
		blkio_ioc_release(ioc);
		kfree(ioc);
		atomic_long_dec(&ioc_live);
	}
}

/**
 * exit_io_context() - @task stops using its io_context
 * @task: the exiting task (or a child being unwound by fork)
 * Context: process; takes task_lock(@task).
 */
void exit_io_context(struct task_struct *task)
{
	struct io_context *ioc;

	task_lock(task);
	ioc = task->io_context;
	task->io_context = NULL;
	task_unlock(task);
	if (!ioc)
		return;
	atomic_dec(&ioc->nr_tasks);
	put_io_context(ioc);
}

/**
 * get_task_io_context() - @task's io_context, created if needed
 * @task: the task
 * @gfp_flags: allocation flags
 * Context: process; takes task_lock(@task).
 * Return: the context with a reference (put_io_context() it), or NULL
 *	when out of memory or @task is exiting.
 */
struct io_context *get_task_io_context(struct task_struct *task,
				       gfp_t gfp_flags)
{
	struct io_context *ioc, *new = NULL;

	for (;;) {
		task_lock(task);
		ioc = task->io_context;
		if (ioc) {
			atomic_long_inc(&ioc->refcount);
			task_unlock(task);
			break;
		}
		if (new && !(READ_ONCE(task->flags) & PF_EXITING)) {
			task->io_context = new;
			atomic_long_inc(&new->refcount);
			task_unlock(task);
			return new;
		}
		task_unlock(task);
		if (new || (READ_ONCE(task->flags) & PF_EXITING))
			break;
		new = alloc_io_context(gfp_flags);
		if (!new)
			return NULL;
	}
	put_io_context(new);
	return ioc;
}

/**
 * copy_io() - the child's io_context at fork
 * @clone_flags: CLONE_IO shares the parent's
 * @tsk: the child, not yet visible
 * Context: process, in the parent's context.
 * Return: 0 or -ENOMEM.
 */
int copy_io(unsigned long clone_flags, struct task_struct *tsk)
{
	struct task_struct *parent = current;
	struct io_context *ioc, *new;
	unsigned short ioprio;

	tsk->io_context = NULL;
	task_lock(parent);
	ioc = parent->io_context;
	if (ioc && (clone_flags & CLONE_IO)) {
		ioc_task_link(ioc);
		tsk->io_context = ioc;
		task_unlock(parent);
		return 0;
	}
	ioprio = ioc ? ioc->ioprio : 0;
	task_unlock(parent);

	if (!ioprio)
		return 0;
	new = alloc_io_context(GFP_KERNEL);
	if (!new)
		return -ENOMEM;
	new->ioprio = ioprio;
	tsk->io_context = new;
	return 0;
}

/**
 * io_context_live() - io_contexts allocated and not freed
 * Context: any.
 * Return: the count.
 */
long io_context_live(void)
{
	return atomic_long_read(&ioc_live);
}
