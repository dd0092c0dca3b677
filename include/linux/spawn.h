/* SPDX-License-Identifier: GPL-2.0 */
/*
 * spawn.h - the workload generator (usr/spawn.c): user-space processes
 * for the console's `spawn [-t THREADS] [--churn]`, the torture test and
 * KUnit cases.
 *
 * spawn_process() creates a process, child of @parent, named "spawn",
 * with @nthreads threads (threads are task_structs, not host threads;
 * 100,000 fit, given pid_max is raised above that).  Without churn the
 * process sits in user space until it is killed.  With churn one driver
 * host thread per process keeps cloning threads (CLONE_THREAD from a
 * random live thread, through task_call()) and exiting random non-leader
 * threads, keeping the count near @nthreads, until the process dies
 * (kill it; its parent reaps it as usual); then the driver ends.
 * With SPAWN_CHURN_EXEC the driver also makes a random thread exec now
 * and then (de_thread(): the others die, the exec'ing thread leads the
 * process under the same pid) before it regrows the thread count.
 * spawn_churn_stop() ends a process's churn and leaves it as it is.
 *
 * The spawn_thread_*() calls make one thread do something, as that
 * thread (its credentials, fd table, pid): exit alone (a leader then
 * stays a zombie while its threads live), exec, or write a file, so
 * that the console can drive the series' hard cases.
 */
#ifndef _LINUX_SPAWN_H
#define _LINUX_SPAWN_H

#include <linux/types.h>
#include <linux/bitops.h>

struct task_struct;

#define SPAWN_MAX_THREADS	100000

/* spawn_process_flags(): churn with exec as well as clone and exit */
#define SPAWN_CHURN_EXEC	BIT_ULL(40)

pid_t spawn_process(struct task_struct *parent, unsigned int nthreads,
		    bool churn);
pid_t spawn_process_flags(struct task_struct *parent, unsigned int nthreads,
			  bool churn, u64 flags);
long spawn_forks(pid_t pid);
int spawn_wait_forks(pid_t pid, unsigned long count);
int spawn_wait_driver(pid_t pid);
int spawn_nr_drivers(void);
void spawn_shutdown(void);
int spawn_churn_stop(pid_t pid);
long spawn_thread_exit(pid_t tid);
long spawn_thread_exec(pid_t tid, const char *name);
long spawn_thread_write(pid_t tid, const char *path, const char *buf,
			size_t count);

#endif /* _LINUX_SPAWN_H */
