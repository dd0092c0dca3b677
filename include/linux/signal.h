/* SPDX-License-Identifier: GPL-2.0 */
/*
 * signal.h - sending signals (kernel/signal.c).  Signal numbers and the
 * pending-mask helpers are in <linux/sched.h>.  Only SIGKILL and SIGTERM
 * do anything (both are fatal); see kernel/signal.c.
 */
#ifndef _LINUX_SIGNAL_H
#define _LINUX_SIGNAL_H

#include <linux/sched.h>

int zap_other_threads(struct task_struct *p)
	__must_hold(&p->signal->siglock);
void signal_kick_threads(struct task_struct *p, struct task_struct *skip);
long ksys_kill(pid_t pid, int sig);
int kernel_kill_every_process(int sig);
long ksys_tgkill(pid_t tgid, pid_t pid, int sig);
long ksys_exit(int error_code);
long ksys_exit_group(int error_code);

#endif /* _LINUX_SIGNAL_H */
