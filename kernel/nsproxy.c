// SPDX-License-Identifier: GPL-2.0
/*
 * nsproxy.c - namespaces: the per-task nsproxy, clone(CLONE_NEW*) and
 * unshare(2).
 *
 * A namespace is an identity in this machine model (<linux/nsproxy.h>):
 * creating one takes a fresh number.  As in Linux 2.6.38, creating a
 * namespace needs CAP_SYS_ADMIN (-EPERM) and moves the task into a new
 * cgroup of the ns subsystem's hierarchy (ns_cgroup_clone(), a no-op when
 * the subsystem is not built or not mounted); if that fails, nothing
 * changes.
 *
 * Locks taken and their ordering: task_lock(tsk) alone, to publish or
 * clear tsk->nsproxy.  ns_cgroup_clone() runs with no lock held (it
 * takes cgroup_mutex).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/capability.h>
#include <linux/nsproxy.h>
#include <linux/syscalls.h>

/* the namespaces of init_task and of every task that never unshared */
struct nsproxy init_nsproxy = {
	.count	= REFCOUNT_INIT(1),
	.uts_ns	= 1,
	.ipc_ns	= 1,
	.mnt_ns	= 1,
	.net_ns	= 1,
};

/* The last identity handed out; 1 is the initial namespaces'. */
static atomic_long_t ns_last_id = ATOMIC_LONG_INIT(1);

static unsigned long ns_new_id(void)
{
	return atomic_long_inc_return(&ns_last_id);
}

/* A copy of @old with a new identity for every namespace in @flags. */
static struct nsproxy *create_new_namespaces(unsigned long flags,
					     const struct nsproxy *old)
{
	struct nsproxy *new = kmalloc(sizeof(*new), GFP_KERNEL);

	if (!new)
		return NULL;
	refcount_set(&new->count, 1);
	new->uts_ns = (flags & CLONE_NEWUTS) ? ns_new_id() : old->uts_ns;
	new->ipc_ns = (flags & CLONE_NEWIPC) ? ns_new_id() : old->ipc_ns;
	new->mnt_ns = (flags & CLONE_NEWNS) ? ns_new_id() : old->mnt_ns;
	new->net_ns = (flags & CLONE_NEWNET) ? ns_new_id() : old->net_ns;
	return new;
}

/**
 * put_nsproxy() - drop a reference to @ns
 * @ns: the namespaces, or NULL
 * Context: any.
 */
void put_nsproxy(struct nsproxy *ns)
{
	if (!ns)
		return;
	if (refcount_dec_and_test(&ns->count)) {
		if (WARN_ON_ONCE(ns == &init_nsproxy))
			return;
		kfree(ns);
	}
}

/**
 * copy_namespaces() - the namespaces of a child being forked
 * @flags: clone flags; the CLONE_NEW* ones give the child new namespaces
 * @tsk: the child, not yet visible
 *
 * The caller (copy_process()) moves the child into its ns cgroup once it
 * has a pid, when @tsk->nsproxy differs from current's.
 * Context: process, as the parent.
 * Return: 0; -EINVAL for a thread (CLONE_THREAD) asking for new
 *	namespaces; -EPERM without CAP_SYS_ADMIN; -ENOMEM.
 */
int copy_namespaces(unsigned long flags, struct task_struct *tsk)
{
	struct nsproxy *old = current->nsproxy;
	struct nsproxy *new;

	tsk->nsproxy = NULL;
	if (WARN_ON_ONCE(!old))
		return -EINVAL;
	if (!(flags & CLONE_NEWNS_FLAGS)) {
		get_nsproxy(old);
		tsk->nsproxy = old;
		return 0;
	}
	/*
	 * A thread shares its process's namespaces; Linux 2.6.38 let a
	 * CLONE_THREAD fork ask for new ones, but then ns_cgroup_clone()
	 * would take cgroup_mutex under threadgroup_fork_lock, the inverse
	 * of a cgroup.procs write's order.
	 */
	if (flags & CLONE_THREAD)
		return -EINVAL;
	if (!capable(CAP_SYS_ADMIN))
		return -EPERM;
	new = create_new_namespaces(flags, old);
	if (!new)
		return -ENOMEM;
	tsk->nsproxy = new;
	return 0;
}

/**
 * exit_task_namespaces() - @tsk stops using its namespaces
 * @tsk: an exiting task, or a child being unwound by fork
 * Context: process; takes task_lock(@tsk).
 */
void exit_task_namespaces(struct task_struct *tsk)
{
	struct nsproxy *ns;

	task_lock(tsk);
	ns = tsk->nsproxy;
	tsk->nsproxy = NULL;
	task_unlock(tsk);
	put_nsproxy(ns);
}

/**
 * ksys_unshare() - unshare(2): current gets new namespaces
 * @unshare_flags: CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC, CLONE_NEWNET
 *
 * As Linux 2.6.38's unshare_nsproxy_namespaces(): CAP_SYS_ADMIN, then
 * the new namespaces, then ns_cgroup_clone() moves current into a child
 * cgroup named after its pid; the new namespaces are installed only if
 * that worked.  Other unshare(2) flags (CLONE_FS, CLONE_FILES, ...) are
 * not supported here.
 * Context: process, in task context; no lock held.
 * Return: 0; -EINVAL for other flags; -EPERM without CAP_SYS_ADMIN;
 *	-ENOMEM; or ns_cgroup_clone()'s error (-EEXIST when the cgroup
 *	"<pid>" already exists, a subsystem's veto, ...).
 */
long ksys_unshare(unsigned long unshare_flags)
{
	struct task_struct *tsk = current;
	struct nsproxy *new, *old;
	int err;

	if (unshare_flags & ~CLONE_NEWNS_FLAGS)
		return -EINVAL;
	if (!unshare_flags)
		return 0;
	if (!capable(CAP_SYS_ADMIN))
		return -EPERM;
	new = create_new_namespaces(unshare_flags, tsk->nsproxy);
	if (!new)
		return -ENOMEM;
	err = ns_cgroup_clone(tsk, task_pid_vnr(tsk));
	if (err) {
		put_nsproxy(new);
		return err;
	}
	task_lock(tsk);
	old = tsk->nsproxy;
	tsk->nsproxy = new;
	task_unlock(tsk);
	put_nsproxy(old);
	return 0;
}
