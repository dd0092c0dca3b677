// SPDX-License-Identifier: GPL-2.0
/*
 * signal.c - fatal signals.
 *
 * There are no signal handlers: SIGKILL and SIGTERM are fatal (SIGTERM's
 * default action), sent to a process they start a group exit, as Linux's
 * complete_signal() does: SIGNAL_GROUP_EXIT with the signal as exit
 * code, SIGKILL pending on every thread.  Then every thread that is in
 * user space is exited on its behalf at once (task_call_try()); a thread
 * inside task_call() exits when it leaves it.  Other signals are checked
 * for permission and otherwise ignored.  Kernel threads and init ignore
 * fatal signals (SIGNAL_UNKILLABLE).
 *
 * Locks taken and their ordering:
 *   rcu_read_lock (lookup) ; signal->siglock (pending, flags)
 * No lock is held while threads are exited on their behalf.
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/rculist.h>
#include <linux/spinlock.h>
#include <linux/rcupdate.h>
#include <linux/wait.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/cred.h>
#include <linux/capability.h>

static bool sig_fatal(int sig)
{
	return sig == SIGKILL || sig == SIGTERM;
}

/* Wake whatever a thread of @sig's group may sleep on in the kernel. */
static void signal_wake_up_group(struct signal_struct *sig)
{
	wake_up_all(&sig->wait_chldexit);
	wake_up_all(&sig->group_exit_wait);
}

/**
 * zap_other_threads() - make SIGKILL pending on every thread of @p's
 *	process but @p
 * @p: the surviving thread
 * Context: @p->signal->siglock held.
 * Return: the number of other threads not yet exiting.
 */
int zap_other_threads(struct task_struct *p)
	__must_hold(&p->signal->siglock)
{
	struct task_struct *t;
	int count = 0;

	lockdep_assert_held(&p->signal->siglock);
	for_each_thread(p, t) {
		if (t == p || READ_ONCE(t->exit_state))
			continue;
		count++;
		signal_add_pending(t, SIGKILL);
	}
	return count;
}

/**
 * signal_kick_threads() - exit, on their behalf, the killed threads of
 *	@p's process that are in user space
 * @p: any thread of the process
 * @skip: a thread to leave alone (the caller's own), or NULL
 *
 * Each round finds, under RCU, one thread with SIGKILL pending that is
 * neither exiting nor inside task_call(), and passes the boundary for
 * it.  A thread that is inside task_call() exits when it leaves (it
 * re-reads its pending mask after releasing its slot), so skipping it
 * is safe.  Exited threads leave the list (or, a leader, become
 * zombies), so the walk stays short and ends.  No allocation: this
 * cannot fail.
 * Context: process; no locks held; may sleep.
 */
void signal_kick_threads(struct task_struct *p, struct task_struct *skip)
{
	struct task_struct *t, *victim;

	for (;;) {
		victim = NULL;
		rcu_read_lock();
		for_each_thread(p, t) {
			if (t == skip || t == current ||
			    READ_ONCE(t->exit_state) ||
			    (READ_ONCE(t->flags) & PF_EXITING) ||
			    !fatal_signal_pending(t) || task_call_running(t))
				continue;
			victim = get_task_struct(t);
			break;
		}
		rcu_read_unlock();
		if (!victim)
			return;
		task_call_try(victim);
		put_task_struct(victim);
	}
}

/*
 * group_send_fatal() - start a group exit of @p's process with @sig.
 * Returns false if the process cannot be killed (kernel thread, init).
 */
static bool group_send_fatal(struct task_struct *p, int sig)
{
	struct signal_struct *signal = p->signal;
	struct task_struct *t;

	if ((READ_ONCE(p->flags) & PF_KTHREAD) || is_global_init(p))
		return false;

	spin_lock(&signal->siglock);
	if (!(signal->flags & SIGNAL_GROUP_EXIT)) {
		WRITE_ONCE(signal->flags, signal->flags | SIGNAL_GROUP_EXIT);
		signal->group_exit_code = sig;
		for_each_thread(p, t)
			signal_add_pending(t, SIGKILL);
	}
	spin_unlock(&signal->siglock);

	signal_wake_up_group(signal);
	signal_kick_threads(p, NULL);
	return true;
}

/*
 * kill_ok_by_cred() - Linux's rule: the sender's real or effective uid
 * matches the target's real or saved uid, or the sender has CAP_KILL.
 */
static bool kill_ok_by_cred(struct task_struct *t)
{
	const struct cred *cred = current_cred();
	const struct cred *tcred;
	bool ok;

	rcu_read_lock();
	tcred = __task_cred(t);
	ok = uid_eq(cred->euid, tcred->suid) ||
	     uid_eq(cred->euid, tcred->uid) ||
	     uid_eq(cred->uid, tcred->suid) ||
	     uid_eq(cred->uid, tcred->uid);
	rcu_read_unlock();
	return ok || capable(CAP_KILL);
}

static int check_kill_permission(int sig, struct task_struct *t)
{
	if (sig < 0 || sig > _NSIG)
		return -EINVAL;
	if (same_thread_group(current, t))
		return 0;
	return kill_ok_by_cred(t) ? 0 : -EPERM;
}

/*
 * send_to_process() - permission check and delivery to @t's process.
 * @t: a task with a reference held by the caller.
 */
static int send_to_process(int sig, struct task_struct *t)
{
	int ret = check_kill_permission(sig, t);

	if (ret || !sig)
		return ret;
	if (sig_fatal(sig))
		group_send_fatal(t, sig);
	return 0;
}

/*
 * kill(-1, sig): every process but init and the caller's; @check: apply
 * the sender's permission (kill(2)), or not (the kernel's own shutdown).
 */
static int kill_every_process(int sig, bool check)
{
	struct task_struct *p, **victims;
	int nr = 0, size, i, ret, count = 0, last_err = -ESRCH;

retry:
	size = nr_tasks() + 8;
	victims = kmalloc_array(size, sizeof(*victims), GFP_KERNEL);
	if (!victims)
		return -ENOMEM;
	nr = 0;
	read_lock(&tasklist_lock);
	for_each_process(p) {
		if (is_global_init(p) || same_thread_group(p, current) ||
		    (p->flags & PF_KTHREAD))
			continue;
		if (nr == size) {
			read_unlock(&tasklist_lock);
			while (nr--)
				put_task_struct(victims[nr]);
			kfree(victims);
			goto retry;
		}
		victims[nr++] = get_task_struct(p);
	}
	read_unlock(&tasklist_lock);

	for (i = 0; i < nr; i++) {
		if (check) {
			ret = send_to_process(sig, victims[i]);
		} else {
			ret = 0;
			if (sig_fatal(sig))
				group_send_fatal(victims[i], sig);
		}
		if (!ret)
			count++;
		else
			last_err = ret;
		put_task_struct(victims[i]);
	}
	kfree(victims);
	return count ? 0 : last_err;
}

/**
 * kernel_kill_every_process() - the kernel's kill(-1, @sig) at shutdown
 * @sig: the signal (SIGKILL)
 *
 * Like kill(-1) but with no permission check: whatever the program that
 * init runs did to init's credentials (su), shutdown ends every process.
 * Context: process, in task context; may sleep.
 * Return: 0 if a process was signalled, else -ESRCH (or -ENOMEM).
 */
int kernel_kill_every_process(int sig)
{
	return kill_every_process(sig, false);
}

/**
 * ksys_kill() - kill(2)
 * @pid: a process (any of its thread ids), 0 for the caller's own
 *	process (there are no process groups), -1 for every process the
 *	caller may signal except init and itself
 * @sig: 0 (check only), SIGKILL or SIGTERM (fatal); others are ignored
 *	after the checks
 * Context: process, in task context; may sleep.
 * Return: 0, -EINVAL, -ESRCH or -EPERM.
 */
long ksys_kill(pid_t pid, int sig)
{
	struct task_struct *t;
	int ret;

	if (sig < 0 || sig > _NSIG)
		return -EINVAL;
	if (pid == -1)
		return kill_every_process(sig, true);
	if (pid < -1)
		return -ESRCH;

	if (pid == 0) {
		t = get_task_struct(current);
	} else {
		t = find_get_task_by_vpid(pid);
		if (!t)
			return -ESRCH;
	}
	ret = send_to_process(sig, t);
	put_task_struct(t);
	return ret;
}

/**
 * ksys_tgkill() - tgkill(2): signal thread @pid of process @tgid
 * @tgid: the process, or -1 for "any" (tkill)
 * @pid: the thread
 * @sig: as ksys_kill(); a fatal signal kills the whole process, as in
 *	Linux
 * Context: process, in task context; may sleep.
 * Return: 0, -EINVAL, -ESRCH or -EPERM.
 */
long ksys_tgkill(pid_t tgid, pid_t pid, int sig)
{
	struct task_struct *t;
	int ret;

	if (pid <= 0 || (tgid <= 0 && tgid != -1))
		return -EINVAL;
	t = find_get_task_by_vpid(pid);
	if (!t)
		return -ESRCH;
	if (tgid != -1 && t->tgid != tgid) {
		put_task_struct(t);
		return -ESRCH;
	}
	ret = send_to_process(sig, t);
	put_task_struct(t);
	return ret;
}

/**
 * do_group_exit() - exit_group(2): end every thread of current's process
 * @exit_code: the wait status (W_EXITCODE(status, 0), or a signal)
 *
 * Returns, like do_exit(): the caller goes back to its task_call().
 * Context: process, in task context; no locks held.
 */
void do_group_exit(int exit_code)
{
	struct task_struct *tsk = current;
	struct signal_struct *sig = tsk->signal;

	/*
	 * Spelt tsk->signal->siglock, the expression zap_other_threads()
	 * names in its __must_hold(), so that clang's analysis sees it held.
	 */
	spin_lock(&tsk->signal->siglock);
	if (sig->flags & SIGNAL_GROUP_EXIT) {
		exit_code = sig->group_exit_code;
	} else {
		WRITE_ONCE(sig->flags, sig->flags | SIGNAL_GROUP_EXIT);
		sig->group_exit_code = exit_code;
		zap_other_threads(tsk);
	}
	spin_unlock(&tsk->signal->siglock);

	signal_wake_up_group(sig);
	signal_kick_threads(tsk, tsk);
	do_exit(exit_code);
}

/**
 * ksys_exit_group() - exit_group(2) with a user exit status
 * @error_code: 0..255
 * Context: process, in task context.
 * Return: 0 (the task is gone; return to the task_call() boundary).
 */
long ksys_exit_group(int error_code)
{
	do_group_exit(W_EXITCODE(error_code & 0xff, 0));
	return 0;
}

/**
 * ksys_exit() - exit(2) of one thread
 * @error_code: 0..255
 * Context: process, in task context.
 * Return: 0 (return to the task_call() boundary).
 */
long ksys_exit(int error_code)
{
	do_exit(W_EXITCODE(error_code & 0xff, 0));
	return 0;
}
