// SPDX-License-Identifier: GPL-2.0
/*
 * fork.c - creating tasks: copy_process() and kernel_clone().
 *
 * copy_process() builds the child from a copy of current in steps that
 * can each fail (credentials, files, fs, signal, mm, namespaces, io
 * context, pid, the ns cgroup),
 * then links it into the task list, its parent's children and its thread
 * group in one tasklist_lock write section: the child becomes visible
 * there, complete.  Every failure unwinds through the bad_fork_cleanup_*
 * labels in reverse order, leaving nothing behind.
 *
 * The cgroup hooks sit where Linux has them: cgroup_fork() before the
 * first resource is copied, cgroup_post_fork() after the child is
 * visible, cgroup_exit() on the failure path after cgroup_fork().
 *
 * A CLONE_THREAD fork holds its creator's signal->threadgroup_fork_lock
 * for read from just before cgroup_fork() to just after
 * cgroup_post_fork(), so that a cgroup.procs write (which holds it for
 * write) sees every new thread either finished, on the thread list and in
 * its css_set, or not started: none can slip into the old cgroup behind
 * the move.  Plain forks, exit and exec never take it (cgroups.txt).
 *
 * Locks taken and their ordering:
 *   current->signal->threadgroup_fork_lock (read, CLONE_THREAD only)
 *     -> tasklist_lock (write) -> current->signal->siglock
 * (cgroup_fork/cgroup_post_fork take task_lock and their css_set's
 * tasks_lock inside their own functions, outside tasklist_lock.)  The child cannot be seen
 * by anyone before the tasklist_lock section, so its fields are set
 * without locks until then.
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/spinlock.h>
#include <linux/rculist.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/pid.h>
#include <linux/pid_namespace.h>
#include <linux/cred.h>
#include <linux/mm_types.h>
#include <linux/iocontext.h>
#include <linux/fdtable.h>
#include <linux/kthread.h>
#include <linux/cgroup.h>
#include <linux/nsproxy.h>

/*
 * tasklist_lock - protects the task list, the parent/child links, the
 * thread lists, group_leader, the pid links and nr_threads; see
 * <linux/sched.h> for the rules and the nesting.
 */
DEFINE_RWLOCK(tasklist_lock);

/* Tasks other than the idle task. (tasklist_lock, write) */
int nr_threads;

/* Forks since boot; statistics only. */
static atomic_long_t total_forks = ATOMIC_LONG_INIT(0);

static void free_signal_struct(struct signal_struct *sig)
{
	kfree(sig);
}

static void put_signal_struct(struct signal_struct *sig)
{
	if (refcount_dec_and_test(&sig->sigcnt))
		free_signal_struct(sig);
}

/* The last reference is gone and a grace period passed: free. */
static void free_task_rcu(struct rcu_head *rhp)
{
	struct task_struct *tsk = container_of(rhp, struct task_struct, rcu);

	WARN_ON_ONCE(tsk->exit_state != EXIT_DEAD);
	WARN_ON_ONCE(tsk == current);
	put_signal_struct(tsk->signal);
	exit_creds(tsk);
	free_kthread_struct(tsk);
	kfree(tsk);
}

/**
 * __put_task_struct() - free a task whose last reference was dropped
 * @tsk: the task, dead and released
 *
 * The memory goes after an RCU grace period, so RCU readers that found
 * @tsk on a list may still look at it.
 * Context: any.
 */
void __put_task_struct(struct task_struct *tsk)
{
	if (WARN_ON_ONCE(tsk == &init_task))
		return;
	call_rcu(&tsk->rcu, free_task_rcu);
}

/*
 * dup_task_struct() - allocate the child and copy what it inherits from
 * @orig (current).  Field by field, not a struct copy: @orig's list
 * links are being changed by other threads under their locks.  The
 * child is private until copy_process() links it, so no locks on it.
 */
static struct task_struct *dup_task_struct(struct task_struct *orig,
					   struct kernel_clone_args *args)
{
	struct task_struct *tsk;
	enum pid_type type;

	tsk = kzalloc(sizeof(*tsk), GFP_KERNEL);
	if (!tsk)
		return NULL;

	/* one reference for being alive (release_task), one for the caller */
	refcount_set(&tsk->usage, 2);
	spin_lock_init(&tsk->alloc_lock);
	tsk->flags = (READ_ONCE(orig->flags) &
		      ~(PF_SUPERPRIV | PF_KTHREAD | PF_IDLE | PF_THREAD_BOUND |
			PF_EXITING | PF_EXITPIDONE | PF_FROZEN)) |
		    PF_FORKNOEXEC;
	/* thread_flags start clear: the freezer's fork hook marks anew */
	if (args->kthread)
		tsk->flags |= PF_KTHREAD;
	tsk->state = args->kthread ? TASK_UNINTERRUPTIBLE : TASK_RUNNING;

	task_lock(orig);
	tsk->prio = orig->prio;
	tsk->static_prio = orig->static_prio;
	tsk->normal_prio = orig->normal_prio;
	tsk->rt_priority = orig->rt_priority;
	tsk->policy = orig->policy;
	tsk->mems_allowed = orig->mems_allowed;
	cpumask_copy(&tsk->cpus_allowed, &orig->cpus_allowed);
	memcpy(tsk->comm, orig->comm, sizeof(tsk->comm));
	tsk->files = orig->files;
	tsk->fs = orig->fs;
	task_unlock(orig);

	tsk->bound_cpu = -1;
	tsk->real_cred = orig->real_cred;	/* copy_creds() refs them */
	tsk->cred = orig->cred;
	tsk->signal = orig->signal;		/* copy_signal() decides */
	tsk->program = orig->program;
	INIT_LIST_HEAD(&tsk->tasks);
	INIT_LIST_HEAD(&tsk->children);
	INIT_LIST_HEAD(&tsk->sibling);
	INIT_LIST_HEAD(&tsk->thread_node);
	for (type = 0; type < PIDTYPE_MAX; type++)
		INIT_HLIST_NODE(&tsk->pids[type].node);
#ifdef CONFIG_CGROUPS
	INIT_LIST_HEAD(&tsk->cg_list);
#endif
	init_waitqueue_head(&tsk->call_wait);
	/*
	 * The creator holds the child's call slot until copy_process() is
	 * done (wake_up_new_task()): nobody may exit the child on its behalf
	 * before cgroup_post_fork() ran, as a Linux child cannot run before
	 * wake_up_new_task().
	 */
	tsk->call_owner = task_call_self_id();
	if (args->name)
		strscpy(tsk->comm, args->name, sizeof(tsk->comm));
	return tsk;
}

/*
 * copy_signal() - a new process gets a fresh signal_struct; a new thread
 * takes a reference on its creator's.
 */
static int copy_signal(unsigned long clone_flags, struct task_struct *tsk)
{
	struct signal_struct *sig;

	if (clone_flags & CLONE_THREAD) {
		refcount_inc(&current->signal->sigcnt);
		tsk->signal = current->signal;
		return 0;
	}

	sig = kzalloc(sizeof(*sig), GFP_KERNEL);
	if (!sig)
		return -ENOMEM;
	refcount_set(&sig->sigcnt, 1);
	atomic_set(&sig->live, 1);
	sig->nr_threads = 1;
	INIT_LIST_HEAD(&sig->thread_head);
	spin_lock_init(&sig->siglock);
#ifdef CONFIG_CGROUPS
	init_rwsem(&sig->threadgroup_fork_lock);
#endif
	init_waitqueue_head(&sig->wait_chldexit);
	init_waitqueue_head(&sig->group_exit_wait);
	tsk->signal = sig;
	return 0;
}

/*
 * copy_mm() - CLONE_VM shares current's address space; otherwise the
 * child gets a copy (or, when current has none, as kernel threads do, a
 * fresh one).  Kernel threads have none.
 */
static int copy_mm(unsigned long clone_flags, struct task_struct *tsk,
		   bool kthread)
{
	struct mm_struct *oldmm = current->mm;
	struct mm_struct *mm;

	tsk->mm = NULL;
	tsk->active_mm = NULL;
	if (kthread)
		return 0;

	if ((clone_flags & CLONE_VM) && oldmm) {
		mmget(oldmm);
		mm = oldmm;
	} else {
		mm = oldmm ? dup_mm(tsk, oldmm) : mm_alloc();
		if (!mm)
			return -ENOMEM;
		mm->owner = tsk;
	}
	tsk->mm = mm;
	tsk->active_mm = mm;
	return 0;
}

/*
 * Flag combinations Linux refuses (EINVAL): a thread must share signal
 * handlers, shared handlers need a shared address space, a new mount
 * namespace cannot share fs, and init's siblings would never be reaped.
 */
static int check_clone_flags(u64 clone_flags)
{
	if ((clone_flags & (CLONE_NEWNS | CLONE_FS)) ==
	    (CLONE_NEWNS | CLONE_FS))
		return -EINVAL;
	if ((clone_flags & CLONE_THREAD) && !(clone_flags & CLONE_SIGHAND))
		return -EINVAL;
	if ((clone_flags & CLONE_SIGHAND) && !(clone_flags & CLONE_VM))
		return -EINVAL;
	if ((clone_flags & CLONE_PARENT) && current == READ_ONCE(child_reaper))
		return -EINVAL;
	return 0;
}

/*
 * fork_lock_threadgroup() - for CLONE_THREAD, read-lock the creator's
 * threadgroup_fork_lock (a new process gets a signal_struct and lock of
 * its own, and is not covered: cgroups.txt 5.10).  A lock taken on a
 * flag, in the tree's one idiom (Documentation/process/style.txt 5.4):
 * to sparse and clang the lock is taken on both paths, so that
 * copy_process() balances it like any other lock; the else branches are
 * the checkers' half.
 */
static void fork_lock_threadgroup(unsigned long clone_flags,
				  struct task_struct *parent)
	__acquires_shared(&parent->signal->threadgroup_fork_lock)
	__no_context_analysis
{
	if (clone_flags & CLONE_THREAD)
		threadgroup_fork_read_lock(parent);
	else	/* the checkers' half: style.txt 5.4 */
		__acquire_shared(&parent->signal->threadgroup_fork_lock);
}

/* fork_unlock_threadgroup() - undo fork_lock_threadgroup() */
static void fork_unlock_threadgroup(unsigned long clone_flags,
				    struct task_struct *parent)
	__releases_shared(&parent->signal->threadgroup_fork_lock)
	__no_context_analysis
{
	if (clone_flags & CLONE_THREAD)
		threadgroup_fork_read_unlock(parent);
	else	/* the checkers' half: style.txt 5.4 */
		__release_shared(&parent->signal->threadgroup_fork_lock);
}

/**
 * copy_process() - create a task as a copy of current
 * @args: what to create
 *
 * On success the child is linked and visible (in the task list, its
 * parent's children, its thread group and the pid hash) and ready to be
 * run by task_call(); kernel threads wait for wake_up_process().
 * Context: process, in task context (current is the parent); takes
 *	tasklist_lock and siglock.
 * Return: the child with a reference for the caller (put_task_struct()
 *	it), or ERR_PTR(-EINVAL/-ENOMEM/-EAGAIN/-EINTR).
 */
struct task_struct *copy_process(struct kernel_clone_args *args)
{
	unsigned long clone_flags = args->flags;
	struct task_struct *parent = current;
	struct task_struct *p, *real_parent;
	struct pid *pid;
	int retval;

	if (WARN_ON_ONCE(!parent))
		return ERR_PTR(-EINVAL);
	retval = check_clone_flags(clone_flags);
	if (retval)
		return ERR_PTR(retval);
	if (fatal_signal_pending(parent))
		return ERR_PTR(-EINTR);

	p = dup_task_struct(parent, args);
	if (!p)
		return ERR_PTR(-ENOMEM);

	retval = copy_creds(p, clone_flags);
	if (retval)
		goto bad_fork_free;

	sched_fork(p);

	/*
	 * From here to cgroup_post_fork() a new thread must not race a
	 * cgroup.procs write of its group: it would copy the old css_set
	 * after the writer's snapshot.
	 */
	fork_lock_threadgroup(clone_flags, parent);
	cgroup_fork(p);

	retval = copy_files(clone_flags, p);
	if (retval)
		goto bad_fork_cleanup_cgroup;
	retval = copy_fs(clone_flags, p);
	if (retval)
		goto bad_fork_cleanup_files;
	retval = copy_signal(clone_flags, p);
	if (retval)
		goto bad_fork_cleanup_fs;
	retval = copy_mm(clone_flags, p, args->kthread);
	if (retval)
		goto bad_fork_cleanup_signal;
	retval = copy_namespaces(clone_flags, p);
	if (retval)
		goto bad_fork_cleanup_mm;
	retval = copy_io(clone_flags, p);
	if (retval)
		goto bad_fork_cleanup_namespaces;

	pid = alloc_pid(&init_pid_ns);
	if (IS_ERR(pid)) {
		retval = PTR_ERR(pid);
		goto bad_fork_cleanup_io;
	}
	p->pid = pid_nr(pid);
	p->tgid = p->pid;
	if (clone_flags & CLONE_THREAD)
		p->tgid = parent->tgid;
	p->exit_signal = (clone_flags & CLONE_THREAD) ? -1 :
			 (args->exit_signal ? args->exit_signal : -1);
	p->group_leader = p;

	/*
	 * New namespaces: the child starts in a new cgroup "<pid>" of the
	 * ns hierarchy, as in Linux 2.6.38 (never for CLONE_THREAD, see
	 * copy_namespaces(), so threadgroup_fork_lock is not held here).
	 */
	if (p->nsproxy != current->nsproxy) {
		retval = ns_cgroup_clone(p, p->pid);
		if (retval)
			goto bad_fork_free_pid;
	}

	write_lock(&tasklist_lock);

	/* CLONE_PARENT and threads re-use the creator's parent. */
	if (clone_flags & (CLONE_PARENT | CLONE_THREAD))
		real_parent = rcu_dereference_protected(parent->real_parent,
							lockdep_is_held(&tasklist_lock));
	else
		real_parent = parent;
	RCU_INIT_POINTER(p->real_parent, real_parent);
	RCU_INIT_POINTER(p->parent, real_parent);

	spin_lock(&parent->signal->siglock);
	/*
	 * A fatal signal (or de_thread()'s zap) that arrived while we
	 * copied: the child must not escape it.  Under siglock, so a group
	 * kill either sees the child on the thread list or we see the
	 * signal here.
	 */
	if (fatal_signal_pending(parent) ||
	    ((clone_flags & CLONE_THREAD) &&
	     signal_group_exit(parent->signal))) {
		spin_unlock(&parent->signal->siglock);
		write_unlock(&tasklist_lock);
		retval = -EINTR;
		goto bad_fork_cancel_ns_cgroup;
	}

	if (clone_flags & CLONE_THREAD) {
		struct signal_struct *sig = parent->signal;

		p->group_leader = parent->group_leader;
		WRITE_ONCE(sig->nr_threads, sig->nr_threads + 1);
		atomic_inc(&sig->live);
		list_add_tail_rcu(&p->thread_node, &sig->thread_head);
	} else {
		list_add_tail_rcu(&p->thread_node, &p->signal->thread_head);
		list_add_tail(&p->sibling, &real_parent->children);
		list_add_tail_rcu(&p->tasks, &init_task.tasks);
	}
	attach_pid(p, PIDTYPE_PID, pid);
	nr_threads++;

	spin_unlock(&parent->signal->siglock);
	write_unlock(&tasklist_lock);

	/* memcg: an mm whose other users all exited meanwhile has no owner */
	if (clone_flags & CLONE_VM)
		mm_fork_owner(p);

	atomic_long_inc(&total_forks);
	cgroup_post_fork(p);
	fork_unlock_threadgroup(clone_flags, parent);
	wake_up_new_task(p);

	if (args->parent_tid && (clone_flags & CLONE_PARENT_SETTID))
		*args->parent_tid = p->pid;
	return p;

bad_fork_cancel_ns_cgroup:
	/*
	 * The ns clone attached the child (attach_task and attach ran for
	 * it): it leaves the clone's cgroup with the exit hooks, and the
	 * cgroup goes, before its name, the pid, is freed.
	 */
	if (p->nsproxy != current->nsproxy)
		ns_cgroup_clone_cancel(p);
bad_fork_free_pid:
	free_pid(pid);
bad_fork_cleanup_io:
	if (p->io_context)
		exit_io_context(p);
bad_fork_cleanup_namespaces:
	exit_task_namespaces(p);
bad_fork_cleanup_mm:
	if (p->mm)
		mmput(p->mm);
bad_fork_cleanup_signal:
	put_signal_struct(p->signal);
bad_fork_cleanup_fs:
	exit_fs(p);
bad_fork_cleanup_files:
	exit_files(p);
bad_fork_cleanup_cgroup:
	fork_unlock_threadgroup(clone_flags, parent);
	cgroup_exit(p, 0);
	exit_creds(p);
bad_fork_free:
	kfree(p);
	return ERR_PTR(retval);
}

/**
 * kernel_clone() - clone(2): create a task as a copy of current
 * @args: flags and options
 * Context: process, in task context.
 * Return: the child's pid (its tid for CLONE_THREAD), or -errno.
 */
pid_t kernel_clone(struct kernel_clone_args *args)
{
	struct task_struct *p;
	pid_t nr;

	p = copy_process(args);
	if (IS_ERR(p))
		return PTR_ERR(p);
	nr = p->pid;
	put_task_struct(p);
	return nr;
}

/**
 * nr_forks() - forks since boot
 * Context: any.
 * Return: the count.
 */
unsigned long nr_forks(void)
{
	return atomic_long_read(&total_forks);
}

/**
 * nr_tasks() - tasks alive (linked), idle excluded
 * Context: process; takes tasklist_lock.
 * Return: the count.
 */
int nr_tasks(void)
{
	int nr;

	read_lock(&tasklist_lock);
	nr = nr_threads;
	read_unlock(&tasklist_lock);
	return nr;
}
