/* SPDX-License-Identifier: GPL-2.0 */
/*
 * init_task.h - the static first task (pid 0, "swapper", the idle task)
 * and its process-wide state.  init/init_task.c-style initializers live
 * in init/main.c; this header declares what they define.
 */
#ifndef _LINUX_INIT_TASK_H
#define _LINUX_INIT_TASK_H

#include <linux/sched.h>

extern struct signal_struct init_signals;
extern struct task_struct init_task;

#define INIT_TASK_COMM "swapper"

/*
 * INIT_THREADGROUP_FORK_LOCK(sig) - the static initializer of
 * sig.threadgroup_fork_lock, for the designated initializer of
 * init_signals (the idle task's process); every other signal_struct is
 * initialised by copy_signal().  Empty without cgroups.
 */
#ifdef CONFIG_CGROUPS
#define INIT_THREADGROUP_FORK_LOCK(sig)					\
	.threadgroup_fork_lock =					\
		__RWSEM_INITIALIZER((sig).threadgroup_fork_lock),
#else
#define INIT_THREADGROUP_FORK_LOCK(sig)
#endif

#endif /* _LINUX_INIT_TASK_H */
