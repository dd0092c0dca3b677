// SPDX-License-Identifier: GPL-2.0
/*
 * exit.c - task exit, zombies and reaping.
 *
 * do_exit() runs as the exiting task (on its own host thread, or on a
 * killer's host thread inside task_call() "on its behalf"): it marks the
 * task PF_EXITING, drops its resources (mm, files, fs, io context,
 * cgroup) and calls exit_notify(), which reparents its children and
 * decides what the task becomes:
 *  - a thread that is not the group leader, or any task whose exit_signal
 *    is -1 (kernel threads; orphans adopted by init), is released at once
 *    (EXIT_DEAD, release_task());
 *  - a group leader becomes a zombie (EXIT_ZOMBIE); while other threads
 *    of its group live it is not reapable (delay_group_leader()), and the
 *    release of the last of them notifies its parent;
 *  - the parent reaps a reapable zombie with kernel_wait4(), which gets
 *    the status and calls release_task().
 *
 * Reaping policy (who waits for whom):
 *  - a process is reaped by its parent through kernel_wait4();
 *  - orphans are adopted by another live thread of the dead parent's
 *    process if there is one, else by init (pid 1); init here runs a
 *    program (the console shell, the KUnit runner), not a wait loop, so
 *    the kernel reaps orphans adopted by init for it, at once (their
 *    exit_signal becomes -1, as if init ignored SIGCHLD);
 *  - init's own children (what the console starts) are reaped by the
 *    console, which calls kernel_wait4(-1, &status, WNOHANG) before each
 *    command (bash's job table).
 *
 * Locks taken and their ordering:
 *   tasklist_lock (write) -> signal->siglock -> task_lock(tsk)
 * exit_signals() takes siglock -> task_lock to set PF_EXITING;
 * exit_notify() and release_task() take tasklist_lock (write) and, to
 * unlink a thread, siglock inside it; kernel_wait4() scans under
 * tasklist_lock (read) and claims a zombie under tasklist_lock (write).
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/rculist.h>
#include <linux/wait.h>
#include <linux/sched.h>
#include <linux/pid.h>
#include <linux/pid_namespace.h>
#include <linux/cred.h>
#include <linux/mm_types.h>
#include <linux/iocontext.h>
#include <linux/nsproxy.h>
#include <linux/fdtable.h>
#include <linux/cgroup.h>

/* A leader with live threads: a zombie, but not reapable yet. (t) */
static bool delay_group_leader(struct task_struct *p)
{
	return thread_group_leader(p) && !thread_group_empty(p);
}

/* Tell de_thread() waiting on @sig that a thread died or went away. */
static void wake_group_exit_task(struct signal_struct *sig)
{
	/* partner: de_thread() sets group_exit_task before it waits */
	if (READ_ONCE(sig->group_exit_task))
		wake_up_all(&sig->group_exit_wait);
}

/*
 * do_notify_parent() - @tsk's process became reapable: wake its parent.
 *
 * Context: tasklist_lock held for write.
 * Return: true if nobody will wait for @tsk (exit_signal -1): the caller
 *	releases it itself.
 */
static bool do_notify_parent(struct task_struct *tsk)
	__must_hold(&tasklist_lock)
{
	struct signal_struct *psig;

	lockdep_assert_held_write(&tasklist_lock);

	if (tsk->exit_signal == -1)
		return true;
	psig = rcu_dereference_protected(tsk->real_parent, 1)->signal;
	atomic_inc(&psig->chld_seq);
	wake_up_all(&psig->wait_chldexit);
	return false;
}

/* Unlink @p from everything; tasklist_lock (write) held. */
static void __unhash_process(struct task_struct *p)
	__must_hold(&tasklist_lock)
{
	struct signal_struct *sig = p->signal;

	lockdep_assert_held_write(&tasklist_lock);

	spin_lock(&sig->siglock);
	WRITE_ONCE(sig->nr_threads, sig->nr_threads - 1);
	list_del_rcu(&p->thread_node);
	spin_unlock(&sig->siglock);

	detach_pid(p, PIDTYPE_PID);
	if (thread_group_leader(p)) {
		list_del_rcu(&p->tasks);
		list_del_init(&p->sibling);
	}
	nr_threads--;
}

/*
 * The reference a task holds on itself is dropped a grace period after
 * release_task() unhashed it, as in Linux: an RCU reader that found the
 * task on a list or in the pid hash before that may still
 * get_task_struct() it, because the count cannot reach zero under it.
 */
static void delayed_put_task_struct(struct rcu_head *rhp)
{
	put_task_struct(container_of(rhp, struct task_struct, rcu));
}

/**
 * release_task() - the last step of a task's life: unhash it and drop
 *	the reference it held on itself
 * @p: a task in EXIT_DEAD
 *
 * If @p was the last thread of a group whose leader is a zombie, the
 * leader becomes reapable (or is released too, when detached).
 * Context: process; takes tasklist_lock.
 */
void release_task(struct task_struct *p)
{
	struct task_struct *leader;
	bool zap_leader;

repeat:
	write_lock(&tasklist_lock);
	WARN_ON_ONCE(p->exit_state != EXIT_DEAD);
	__unhash_process(p);

	zap_leader = false;
	leader = p->group_leader;
	if (leader != p && thread_group_empty(leader) &&
	    leader->exit_state == EXIT_ZOMBIE) {
		zap_leader = do_notify_parent(leader);
		if (zap_leader)
			WRITE_ONCE(leader->exit_state, EXIT_DEAD);
	}
	wake_group_exit_task(p->signal);
	write_unlock(&tasklist_lock);

	call_rcu(&p->rcu, delayed_put_task_struct);

	p = leader;
	if (zap_leader)
		goto repeat;
}

/*
 * find_new_reaper() - who adopts @father's children: a live thread of
 * its process, else init, else (init itself exiting at shutdown) the
 * idle task.
 */
static struct task_struct *find_new_reaper(struct task_struct *father)
	__must_hold(&tasklist_lock)
{
	struct task_struct *thread;

	for_each_thread(father, thread) {
		if (thread == father || (READ_ONCE(thread->flags) & PF_EXITING))
			continue;
		return thread;
	}
	if (child_reaper && !same_thread_group(father, child_reaper) &&
	    !(READ_ONCE(child_reaper->flags) & PF_EXITING))
		return child_reaper;
	return &init_task;
}

/*
 * forget_original_parent() - hand @father's children to their new
 * reaper.  Zombies that become detached are collected on @dead for the
 * caller to release after dropping tasklist_lock.
 */
static void forget_original_parent(struct task_struct *father,
				   struct list_head *dead)
	__must_hold(&tasklist_lock)
{
	struct task_struct *p, *n, *reaper, *t;

	lockdep_assert_held_write(&tasklist_lock);

	if (list_empty(&father->children))
		return;
	reaper = find_new_reaper(father);

	list_for_each_entry_safe(p, n, &father->children, sibling) {
		for_each_thread(p, t) {
			rcu_assign_pointer(t->real_parent, reaper);
			rcu_assign_pointer(t->parent, reaper);
		}
		/* init (or idle) does not wait: orphans reap themselves */
		if (!same_thread_group(reaper, father) &&
		    (reaper == child_reaper || reaper == &init_task))
			p->exit_signal = -1;
		list_move_tail(&p->sibling, &reaper->children);

		if (p->exit_state == EXIT_ZOMBIE && thread_group_empty(p)) {
			if (do_notify_parent(p)) {
				WRITE_ONCE(p->exit_state, EXIT_DEAD);
				list_move_tail(&p->sibling, dead);
			}
		}
		/* a delayed zombie leader is notified by its last thread */
	}
}

/*
 * exit_notify() - reparent the children and become a zombie (group
 * leader) or dead (anything else), as the file header explains.
 */
static void exit_notify(struct task_struct *tsk)
{
	LIST_HEAD(dead);
	struct task_struct *p, *n;
	bool autoreap;

	write_lock(&tasklist_lock);
	forget_original_parent(tsk, &dead);

	if (thread_group_leader(tsk))
		autoreap = thread_group_empty(tsk) ? do_notify_parent(tsk) :
						     false;
	else
		autoreap = true;
	WRITE_ONCE(tsk->exit_state, autoreap ? EXIT_DEAD : EXIT_ZOMBIE);
	wake_group_exit_task(tsk->signal);
	write_unlock(&tasklist_lock);

	list_for_each_entry_safe(p, n, &dead, sibling) {
		list_del_init(&p->sibling);
		release_task(p);
	}
	if (autoreap)
		release_task(tsk);
}

/*
 * exit_signals() - mark @tsk PF_EXITING.  Under siglock so that a group
 * kill or de_thread() walking the threads sees a stable answer, and under
 * task_lock because flags are written under it (cgroup attach checks
 * PF_EXITING under task_lock before moving a task).
 */
static void exit_signals(struct task_struct *tsk)
{
	struct signal_struct *sig = tsk->signal;

	spin_lock(&sig->siglock);
	task_lock(tsk);
	WRITE_ONCE(tsk->flags, tsk->flags | PF_EXITING);
	task_unlock(tsk);
	spin_unlock(&sig->siglock);
}

/* Drop the address space (under task_lock: others read tsk->mm). */
static void exit_mm(struct task_struct *tsk)
{
	struct mm_struct *mm;

	task_lock(tsk);
	mm = tsk->mm;
	tsk->mm = NULL;
	tsk->active_mm = NULL;
	task_unlock(tsk);
	if (mm) {
		/* the owner must be a live task of @mm (memcg charges) */
		mm_update_next_owner(mm);
		mmput(mm);
	}
}

/**
 * do_exit() - end the current task
 * @code: the wait status (W_EXITCODE(status, 0) for exit(status), the
 *	signal number for a death by signal)
 *
 * Unlike Linux's, this do_exit() returns: a hosted task has no stack of
 * its own to abandon.  The caller must go straight back to the
 * task_call() boundary (or, for a kernel thread, to kthread_exit()).
 * Afterwards current is a zombie or gone; the caller's reference keeps
 * the task_struct.
 * Context: process, in task context; no locks held.
 */
void do_exit(long code)
{
	struct task_struct *tsk = current;

	if (WARN_ON_ONCE(!tsk) || WARN_ON_ONCE(tsk == &init_task))
		return;
	if (WARN_ONCE(tsk->flags & PF_EXITING, "%s: recursive\n", __func__))
		return;

	exit_signals(tsk);
	atomic_dec(&tsk->signal->live);

	write_lock(&tasklist_lock);
	tsk->exit_code = code;
	write_unlock(&tasklist_lock);

	exit_mm(tsk);
	exit_files(tsk);
	exit_fs(tsk);
	cgroup_exit(tsk, 1);
	exit_notify(tsk);
	exit_io_context(tsk);
	exit_task_namespaces(tsk);

	task_lock(tsk);
	WRITE_ONCE(tsk->flags, tsk->flags | PF_EXITPIDONE);
	task_unlock(tsk);
	WRITE_ONCE(tsk->state, TASK_DEAD);
}

/*
 * wait_task_zombie() - claim zombie @p for the caller: take its status
 * and release it.  Context: no locks; takes tasklist_lock.
 */
static pid_t wait_task_zombie(struct task_struct *p, int *stat_addr)
{
	struct signal_struct *sig = p->signal;
	int status;
	pid_t pid;

	write_lock(&tasklist_lock);
	if (p->exit_state != EXIT_ZOMBIE || delay_group_leader(p)) {
		write_unlock(&tasklist_lock);
		return 0;	/* someone else got it, or it changed */
	}
	spin_lock(&sig->siglock);
	status = (sig->flags & SIGNAL_GROUP_EXIT) ? sig->group_exit_code :
						    p->exit_code;
	spin_unlock(&sig->siglock);
	pid = p->tgid;
	WRITE_ONCE(p->exit_state, EXIT_DEAD);
	write_unlock(&tasklist_lock);

	if (stat_addr)
		*stat_addr = status;
	release_task(p);
	return pid;
}

/*
 * do_wait_scan() - under tasklist_lock (read): is there a child matching
 * @upid, and is one of them reapable?  Returns a reapable child with a
 * reference in *@zombie, 0 if a match exists, -ECHILD if none.
 */
static int do_wait_scan(pid_t upid, struct task_struct **zombie)
{
	struct task_struct *tsk, *p;
	int ret = -ECHILD;

	*zombie = NULL;
	read_lock(&tasklist_lock);
	for_each_thread(current, tsk) {
		list_for_each_entry(p, &tsk->children, sibling) {
			if (upid > 0 && p->tgid != upid)
				continue;
			ret = 0;
			if (p->exit_state == EXIT_ZOMBIE &&
			    !delay_group_leader(p)) {
				*zombie = get_task_struct(p);
				goto out;
			}
		}
	}
out:
	read_unlock(&tasklist_lock);
	return ret;
}

/**
 * kernel_wait4() - wait4(2): reap a child process
 * @upid: a child's pid, or -1 (or 0) for any child
 * @stat_addr: where to store the wait status, or NULL
 * @options: WNOHANG to return 0 at once when no child is reapable
 *
 * Children of every thread of current's process count, as in Linux.
 * Context: process, in task context; sleeps unless WNOHANG.
 * Return: the reaped child's pid, 0 (WNOHANG and none ready), -ECHILD
 *	(no such child), -EINVAL, or -EINTR (a fatal signal came).
 */
long kernel_wait4(pid_t upid, int *stat_addr, int options)
{
	struct signal_struct *sig = current->signal;
	struct task_struct *zombie;
	unsigned int seq;
	pid_t pid;
	int ret;

	if (options & ~(WNOHANG | __WALL))
		return -EINVAL;
	if (upid < -1)
		return -EINVAL;

	for (;;) {
		/*
		 * do_notify_parent() bumps chld_seq under tasklist_lock
		 * (write) after making a child reapable; our scan runs under
		 * it (read) after this read, so a notification we miss in
		 * the scan changes chld_seq before we sleep.
		 */
		/* acquire: read chld_seq before the scan's loads */
		seq = smp_load_acquire(&sig->chld_seq.counter);
		ret = do_wait_scan(upid, &zombie);
		if (zombie) {
			pid = wait_task_zombie(zombie, stat_addr);
			put_task_struct(zombie);
			if (pid)
				return pid;
			continue;
		}
		if (ret)
			return ret;
		if (options & WNOHANG)
			return 0;
		if (fatal_signal_pending(current))
			return -EINTR;
		wait_event(sig->wait_chldexit,
			   atomic_read(&sig->chld_seq) != seq ||
			   fatal_signal_pending(current));
	}
}
