/* SPDX-License-Identifier: GPL-2.0 */
/*
 * syscalls.h - the system calls, as plain functions returning -errno.
 * They run as current: call them inside task_call() (or from a kernel
 * thread or init's program, which run as their task).  The VFS calls
 * (ksys_open, ...) are declared by fs/ (<linux/fs.h>).
 */
#ifndef _LINUX_SYSCALLS_H
#define _LINUX_SYSCALLS_H

#include <linux/types.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/cred.h>

long ksys_execve(const char *filename);
long kernel_execve(const char *filename, const char *const argv[]);
long ksys_getpid(void);
long ksys_gettid(void);
long ksys_getppid(void);
long ksys_setresuid(uid_t ruid, uid_t euid, uid_t suid);
long ksys_setresgid(gid_t rgid, gid_t egid, gid_t sgid);
long ksys_sched_setscheduler(pid_t pid, int policy,
			     const struct sched_param *param);
long ksys_sched_getscheduler(pid_t pid);
long ksys_sched_getparam(pid_t pid, struct sched_param *param);

/* namespaces (kernel/nsproxy.c) and block I/O (block/blk-core.c) */
long ksys_unshare(unsigned long unshare_flags);
long ksys_submit_io(dev_t dev, unsigned long sectors, int rw);

#endif /* _LINUX_SYSCALLS_H */
