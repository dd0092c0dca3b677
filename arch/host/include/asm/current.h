/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/current.h - the task the calling host thread runs as.
 *
 * Host threads are the CPUs of this kernel.  A host thread runs kernel
 * code on behalf of a task only inside task_call() (kernel/sched.c),
 * which sets current_task on entry and restores the previous value on
 * return, or for its whole life when the kernel created it for a kernel
 * thread (kernel/kthread.c) or for init's program (init/main.c).  Outside
 * of those, current is NULL: the host thread is "user space".
 *
 * current_task is thread-local, so it is never shared and needs no lock.
 */
#ifndef _ASM_HOST_CURRENT_H
#define _ASM_HOST_CURRENT_H

struct task_struct;

extern __thread struct task_struct *current_task;

#define get_current()	(current_task)
#define current		get_current()

#endif /* _ASM_HOST_CURRENT_H */
