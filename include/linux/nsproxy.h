/* SPDX-License-Identifier: GPL-2.0 */
/*
 * nsproxy.h - a task's namespaces, shared by reference as in Linux.
 *
 * The machine model has one VFS, one host name, no IPC objects and no
 * network, so a namespace here is an identity only: a number that
 * changes when a task unshares it (clone(CLONE_NEW*), unshare(2)) and
 * that children inherit.  What the 2011 series cares about is the side
 * effect of creating one: ns_cgroup_clone() puts the task in a new child
 * cgroup of the hierarchy the ns subsystem is bound to
 * (kernel/ns_cgroup.c, Documentation/cgroups/ns-subsystem.txt).
 *
 * Locks: task_lock(tsk) protects tsk->nsproxy; an nsproxy itself is
 * immutable after creation and freed when its count drops to zero.
 */
#ifndef _LINUX_NSPROXY_H
#define _LINUX_NSPROXY_H

#include <linux/types.h>
#include <linux/refcount.h>

struct task_struct;

/* the namespace flags copy_namespaces() and unshare(2) handle */
#define CLONE_NEWNS_FLAGS \
	(CLONE_NEWNS | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWNET)

/**
 * struct nsproxy - the namespaces a task uses
 * @count: tasks (and holders of get_nsproxy()) using it
 * @uts_ns: identity of the UTS namespace (1: the initial one)
 * @ipc_ns: identity of the IPC namespace
 * @mnt_ns: identity of the mount namespace
 * @net_ns: identity of the network namespace
 */
struct nsproxy {
	refcount_t count;
	unsigned long uts_ns;
	unsigned long ipc_ns;
	unsigned long mnt_ns;
	unsigned long net_ns;
};

extern struct nsproxy init_nsproxy;

static inline void get_nsproxy(struct nsproxy *ns)
{
	refcount_inc(&ns->count);
}

void put_nsproxy(struct nsproxy *ns);
int copy_namespaces(unsigned long flags, struct task_struct *tsk);
void exit_task_namespaces(struct task_struct *tsk);

#ifdef CONFIG_CGROUP_NS
int ns_cgroup_clone(struct task_struct *tsk, pid_t nr);
void ns_cgroup_clone_cancel(struct task_struct *tsk);
#else
static inline int ns_cgroup_clone(struct task_struct *tsk, pid_t nr)
{
	return 0;
}

static inline void ns_cgroup_clone_cancel(struct task_struct *tsk)
{
}
#endif

#endif /* _LINUX_NSPROXY_H */
