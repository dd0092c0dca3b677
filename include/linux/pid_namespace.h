/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pid_namespace.h - the pid namespace.  There is one, init_pid_ns; the
 * type exists so that task_pid_vnr() and find_task_by_pid_ns() keep
 * Linux's shape.
 *
 * last_pid is the last number handed out; allocation continues above it
 * (kernel/pid.c).  It is written under pidmap_lock and read with
 * READ_ONCE() by get_ns_last_pid() (/proc/sys/kernel/ns_last_pid).
 */
#ifndef _LINUX_PID_NAMESPACE_H
#define _LINUX_PID_NAMESPACE_H

#include <linux/types.h>

#define RESERVED_PIDS		300
/* The largest pid_max: 4M, as Linux on 64-bit. */
#define PID_MAX_LIMIT		(4 * 1024 * 1024)
#define PID_MAX_DEFAULT		CONFIG_PID_MAX_DEFAULT

/**
 * struct pid_namespace - a pid namespace
 * @last_pid: the last pid allocated (pidmap_lock)
 * @nr_pids: pids in use (pidmap_lock)
 * @level: 0: the only level
 * @child_reaper: the task that adopts orphans (init, pid 1)
 */
struct pid_namespace {
	int last_pid;
	int nr_pids;
	unsigned int level;
	struct task_struct *child_reaper;
};

extern struct pid_namespace init_pid_ns;
extern int pid_max;
extern int pid_max_min, pid_max_max;

static inline struct pid_namespace *task_active_pid_ns(struct task_struct *tsk)
{
	return &init_pid_ns;
}

int set_ns_last_pid(struct pid_namespace *ns, int last_pid);
int get_ns_last_pid(struct pid_namespace *ns);
int set_pid_max(int max);
int pid_ns_nr_pids(struct pid_namespace *ns);

#endif /* _LINUX_PID_NAMESPACE_H */
