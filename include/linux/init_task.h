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

#endif /* _LINUX_INIT_TASK_H */
