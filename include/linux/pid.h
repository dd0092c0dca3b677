/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pid.h - process identifiers.
 *
 * A struct pid names a number in the (single-level) pid namespace and
 * lists the tasks that use it, per type: PIDTYPE_PID for the task whose
 * pid it is.  A process's tgid is its leader's PIDTYPE_PID pid, as in
 * Linux 2011.  The struct is refcounted (get_pid/put_pid) and freed after
 * an RCU grace period, so an RCU reader may look a number up and follow
 * pid->tasks[] safely.  During de_thread() two tasks share one pid for a
 * moment: the exec'ing thread (first on the list) and the dying leader.
 *
 * Locks: pidmap_lock (kernel/pid.c) protects the number bitmap and the
 * hash; tasklist_lock (write) protects pid->tasks[] and task->pids[].
 */
#ifndef _LINUX_PID_H
#define _LINUX_PID_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/refcount.h>

enum pid_type {
	PIDTYPE_PID,
	PIDTYPE_MAX,
};

struct pid_namespace;
struct task_struct;

/**
 * struct pid - one process identifier
 * @count: references (tasks attached count one each, plus get_pid users)
 * @nr: the number in init_pid_ns
 * @pid_chain: link in the pid hash (pidmap_lock; RCU readers)
 * @tasks: per type, the tasks using this pid (tasklist_lock; RCU readers)
 * @rcu: for the delayed free
 */
struct pid {
	refcount_t count;
	int nr;
	struct hlist_node pid_chain;
	struct hlist_head tasks[PIDTYPE_MAX];
	struct rcu_head rcu;
};

/* struct pid_link - a task's link on pid->tasks[type] */
struct pid_link {
	struct hlist_node node;
	struct pid *pid;
};

extern struct pid init_struct_pid;

static inline struct pid *get_pid(struct pid *pid)
{
	if (pid)
		refcount_inc(&pid->count);
	return pid;
}

void put_pid(struct pid *pid);
struct pid *alloc_pid(struct pid_namespace *ns);
void free_pid(struct pid *pid);

struct task_struct *pid_task(struct pid *pid, enum pid_type type);
struct task_struct *get_pid_task(struct pid *pid, enum pid_type type);
struct pid *find_pid_ns(int nr, struct pid_namespace *ns);
struct pid *find_vpid(int nr);
struct pid *find_get_pid(int nr);

void attach_pid(struct task_struct *task, enum pid_type type,
		struct pid *pid);
void detach_pid(struct task_struct *task, enum pid_type type);
void change_pid(struct task_struct *task, enum pid_type type,
		struct pid *pid);

static inline pid_t pid_nr(struct pid *pid)
{
	return pid ? pid->nr : 0;
}

static inline pid_t pid_vnr(struct pid *pid)
{
	return pid_nr(pid);
}

void pidmap_init(void);

#endif /* _LINUX_PID_H */
