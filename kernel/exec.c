// SPDX-License-Identifier: GPL-2.0
/*
 * exec.c - execve() without ELF: a program here is a registered
 * USER_PROGRAM (or nothing, for the workload's idle processes), so exec
 * replaces the address space, the name and the program pointer, after
 * de_thread() made current the only thread of its process.
 *
 * de_thread(), as in Linux: every other thread gets SIGKILL; those in
 * user space are exited on their behalf at once, the others exit when
 * they leave task_call(); the exec'ing thread waits until it is alone.
 * If it is not the group leader it then takes the leader's place: it
 * gets the leader's pid (which is the tgid), its place in the task list
 * and in its parent's children, and the old leader, a zombie by then,
 * is released.  Afterwards the process has exactly one thread, whose
 * pid is the old tgid.
 *
 * A concurrent clone in the same process fails (the cloner has SIGKILL
 * pending, checked under siglock when the child would be linked), a
 * concurrent exec in the same process gets -EAGAIN, and a group kill
 * from outside ends the wait with -EINTR.
 *
 * Locks taken and their ordering:
 *   tasklist_lock (write) -> pidmap_lock   (the leader swap)
 *   signal->siglock                        (zap, group_exit_task)
 *   task_lock(current)                     (mm, comm, flags, program)
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/spinlock.h>
#include <linux/rculist.h>
#include <linux/wait.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/pid.h>
#include <linux/mm_types.h>
#include <linux/syscalls.h>
#include <linux/slab.h>
#include <linux/err.h>

/*
 * de_thread_done() - is @tsk alone (but for a zombie leader it is to
 * replace)?  Lockless snapshot for the wait; rechecked under
 * tasklist_lock before the swap.
 */
static bool de_thread_done(struct task_struct *tsk)
{
	struct task_struct *leader = READ_ONCE(tsk->group_leader);

	if (leader == tsk)
		return get_nr_threads(tsk) == 1;
	return get_nr_threads(tsk) == 2 &&
	       READ_ONCE(leader->exit_state) == EXIT_ZOMBIE;
}

/*
 * exchange_leader() - @tsk becomes the group leader in @leader's place.
 * Context: tasklist_lock held for write; @leader is a zombie and the
 * process has no other thread.
 */
static void exchange_leader(struct task_struct *tsk,
			    struct task_struct *leader)
	__must_hold(&tasklist_lock)
{
	struct task_struct *parent;

	lockdep_assert_held_write(&tasklist_lock);

	/* take the leader's pid; our own one is freed */
	detach_pid(tsk, PIDTYPE_PID);
	WRITE_ONCE(tsk->pid, leader->pid);
	attach_pid(tsk, PIDTYPE_PID, task_pid(leader));

	list_replace_rcu(&leader->tasks, &tsk->tasks);
	list_replace(&leader->sibling, &tsk->sibling);
	INIT_LIST_HEAD(&leader->sibling);

	parent = rcu_dereference_protected(leader->real_parent, 1);
	rcu_assign_pointer(tsk->real_parent, parent);
	rcu_assign_pointer(tsk->parent, parent);
	WRITE_ONCE(tsk->group_leader, tsk);
	WRITE_ONCE(leader->group_leader, tsk);

	tsk->exit_signal = leader->exit_signal;
	leader->exit_signal = -1;

	WARN_ON_ONCE(leader->exit_state != EXIT_ZOMBIE);
	WRITE_ONCE(leader->exit_state, EXIT_DEAD);
}

static void clear_group_exit_task(struct signal_struct *sig)
{
	spin_lock(&sig->siglock);
	WRITE_ONCE(sig->group_exit_task, NULL);
	sig->notify_count = 0;
	spin_unlock(&sig->siglock);
}

/*
 * de_thread() - make @tsk (current) the only thread of its process.
 * Return: 0, -EAGAIN (another group exit or exec is in progress) or
 * -EINTR (killed while waiting).
 */
static int de_thread(struct task_struct *tsk)
{
	struct signal_struct *sig = tsk->signal;
	struct task_struct *leader;

	/*
	 * Spelt tsk->signal->siglock, the expression zap_other_threads()
	 * names in its __must_hold(), so that clang's analysis sees it held.
	 */
	spin_lock(&tsk->signal->siglock);
	if (signal_group_exit(sig) || fatal_signal_pending(tsk)) {
		spin_unlock(&tsk->signal->siglock);
		return -EAGAIN;
	}
	if (sig->nr_threads == 1) {
		spin_unlock(&tsk->signal->siglock);
		return 0;
	}
	WRITE_ONCE(sig->group_exit_task, tsk);
	sig->notify_count = zap_other_threads(tsk);
	spin_unlock(&tsk->signal->siglock);

	/* threads asleep in kernel_wait4() must notice */
	wake_up_all(&sig->wait_chldexit);
	signal_kick_threads(tsk, tsk);

	for (;;) {
		wait_event(sig->group_exit_wait,
			   de_thread_done(tsk) || fatal_signal_pending(tsk));
		if (fatal_signal_pending(tsk)) {
			clear_group_exit_task(sig);
			return -EINTR;
		}
		if (thread_group_leader(tsk))
			break;

		write_lock(&tasklist_lock);
		leader = tsk->group_leader;
		if (leader->exit_state == EXIT_ZOMBIE &&
		    sig->nr_threads == 2) {
			exchange_leader(tsk, leader);
			write_unlock(&tasklist_lock);
			release_task(leader);
			break;
		}
		write_unlock(&tasklist_lock);
	}

	clear_group_exit_task(sig);
	return 0;
}

/**
 * __set_task_comm() - set a task's name
 * @tsk: the task
 * @buf: the name; truncated to TASK_COMM_LEN - 1
 * @exec: true when exec sets it
 * Context: any; takes task_lock(@tsk).
 */
void __set_task_comm(struct task_struct *tsk, const char *buf, bool exec)
{
	task_lock(tsk);
	strscpy(tsk->comm, buf, sizeof(tsk->comm));
	task_unlock(tsk);
}

/**
 * get_task_comm() - copy a task's name
 * @buf: the destination
 * @len: its size (TASK_COMM_LEN is enough)
 * @tsk: the task
 * Context: any; takes task_lock(@tsk).
 * Return: @buf.
 */
char *get_task_comm(char *buf, size_t len, struct task_struct *tsk)
{
	task_lock(tsk);
	strscpy(buf, tsk->comm, len);
	task_unlock(tsk);
	return buf;
}

static const char *exec_basename(const char *path)
{
	const char *tail = strrchr(path, '/');

	return tail ? tail + 1 : path;
}

/* Longest argument area exec takes (Linux's MAX_ARG_STRLEN). */
#define EXEC_ARG_MAX	(32 * 4096)

/*
 * The argument area of @argv (each string with its NUL, one after the
 * other), in a new buffer; @argv NULL means the one argument @filename.
 */
static char *exec_copy_args(const char *filename, const char *const argv[],
			    unsigned long *lenp)
{
	static const char *const none[] = { NULL };
	const char *const one[] = { filename, NULL };
	unsigned long len = 0;
	char *buf, *p;
	int i;

	if (!argv)
		argv = filename ? one : none;
	for (i = 0; argv[i]; i++) {
		len += strlen(argv[i]) + 1;
		if (len > EXEC_ARG_MAX)
			return ERR_PTR(-E2BIG);
	}
	*lenp = len;
	if (!len)
		return NULL;
	buf = kmalloc(len, GFP_KERNEL);
	if (!buf)
		return ERR_PTR(-ENOMEM);
	for (i = 0, p = buf; argv[i]; i++) {
		size_t n = strlen(argv[i]) + 1;

		memcpy(p, argv[i], n);
		p += n;
	}
	return buf;
}

/**
 * kernel_execve() - execve(2) for current, with its argument strings
 * @filename: the program; its last path component names a registered
 *	USER_PROGRAM, or any other name for a process with no program of
 *	its own (the workload's idle processes)
 * @argv: NULL-terminated argument strings, kept in the new address space
 *	for /proc/<pid>/cmdline (no environment: there is none here)
 *
 * Kills the other threads of current's process (de_thread()), then
 * replaces current's address space, comm and program.  Running the new
 * program is the caller's business (init runs it; the workload's
 * processes have none).
 * Context: process, in task context; no locks held; may sleep.
 * Return: 0, -ENOENT (empty name), -E2BIG (arguments over 128 KiB),
 *	-ENOMEM, -EAGAIN or -EINTR.
 */
long kernel_execve(const char *filename, const char *const argv[])
{
	struct task_struct *tsk = current;
	const struct user_program *prog;
	struct mm_struct *mm, *old_mm;
	unsigned long arg_len;
	const char *name;
	char *args;
	int ret;

	if (!filename || !*filename)
		return -ENOENT;
	name = exec_basename(filename);
	if (!*name)
		return -ENOENT;
	prog = find_user_program(name);

	/* everything that can fail happens before de_thread() */
	args = exec_copy_args(filename, argv, &arg_len);
	if (IS_ERR(args))
		return PTR_ERR(args);
	mm = mm_alloc();
	if (!mm) {
		kfree(args);
		return -ENOMEM;
	}
	mm->arg_buf = args;
	mm->arg_len = arg_len;

	ret = de_thread(tsk);
	if (ret) {
		mmput(mm);
		return ret;
	}

	/* point of no return: current is the only thread */
	mm->owner = tsk;
	task_lock(tsk);
	old_mm = tsk->mm;
	tsk->mm = mm;
	tsk->active_mm = mm;
	strscpy(tsk->comm, name, sizeof(tsk->comm));
	WRITE_ONCE(tsk->flags, tsk->flags & ~(PF_FORKNOEXEC | PF_KTHREAD));
	tsk->program = prog;
	task_unlock(tsk);
	if (old_mm) {
		/* a CLONE_VM sibling process may still use it */
		mm_update_next_owner(old_mm);
		mmput(old_mm);
	}
	return 0;
}

/**
 * ksys_execve() - execve(2) for current, with @filename as its only
 *	argument (what a shell passes for a command without arguments)
 * @filename: as kernel_execve()
 *
 * Context: process, in task context; no locks held; may sleep.
 * Return: 0, -ENOENT (empty name), -ENOMEM, -EAGAIN or -EINTR.
 */
long ksys_execve(const char *filename)
{
	return kernel_execve(filename, NULL);
}
