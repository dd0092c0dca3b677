// SPDX-License-Identifier: GPL-2.0
/*
 * spawn.c - the workload generator ("user space"): processes with many
 * threads, optionally churning (threads cloning and exiting without
 * pause), like the cover letter's multithreaded build system.  See
 * <linux/spawn.h> for the interface.
 *
 * Each churning process has one driver host thread and a struct
 * spawn_proc.  The driver keeps its own array of referenced threads it
 * believes alive, so picking a random thread is O(1); a thread found
 * dead (task_call() says -ESRCH or -EINTR) is dropped from it.  When the
 * array is empty, or the process is in a group exit, or spawn_shutdown()
 * asks, the driver drops its references, unregisters and ends.
 *
 * Locks taken and their ordering:
 *  - spawn_lock (spinlock): spawn_list and every spawn_proc's list link.
 *    Alone; never held across task_call().
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/wait.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/syscalls.h>
#include <linux/spawn.h>
#include <linux/iocontext.h>
#include <linux/nsproxy.h>
#include <linux/fs.h>
#include <linux/fcntl.h>
#include <host_ops.h>

/**
 * struct spawn_proc - one churning process
 * @list: link in spawn_list (spawn_lock)
 * @pid: the process's tgid
 * @group: the leader at creation, referenced: its signal_struct tells a
 *	group exit
 * @nthreads: the thread count to keep near
 * @exec: also exec from a random thread now and then
 * @forks: threads created by the driver (atomic)
 * @exits: threads ended by the driver (atomic)
 * @execs: execs made by the driver (atomic)
 * @stop: set by spawn_shutdown() (atomic)
 * @threads: the driver's referenced threads (driver only)
 * @nr: entries in @threads (driver only)
 * @size: capacity of @threads (driver only)
 */
struct spawn_proc {
	struct list_head list;
	pid_t pid;
	struct task_struct *group;
	unsigned int nthreads;
	bool exec;
	atomic_long_t forks;
	atomic_long_t exits;
	atomic_long_t execs;
	atomic_t stop;
	struct task_struct **threads;
	unsigned int nr;
	unsigned int size;
};

/* spawn_lock - protects spawn_list. */
static DEFINE_SPINLOCK(spawn_lock);
static LIST_HEAD(spawn_list);
static int nr_drivers;		/* spawn_lock */
static DECLARE_WAIT_QUEUE_HEAD(spawn_wait);

#define SPAWN_THREAD_FLAGS \
	(CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD)

/* ------------------------------------------------------------------ */
/* System calls made in a task's context */

struct spawn_clone {
	u64 flags;
	struct task_struct *child;	/* referenced on success */
};

static long spawn_clone_fn(void *arg)
{
	struct spawn_clone *sc = arg;
	struct kernel_clone_args args = {
		.flags		= sc->flags,
		.exit_signal	= SIGCHLD,
	};
	struct task_struct *p = copy_process(&args);

	if (IS_ERR(p))
		return PTR_ERR(p);
	sc->child = p;
	return p->pid;
}

static long spawn_exec_fn(void *arg)
{
	return ksys_execve(arg);
}

/*
 * The churn ends non-leader threads only, so the process lives until it
 * is killed.  The test is made here, as the thread: a thread that exec'd
 * became the leader inside its own call, which holds this same slot, so
 * the answer cannot change under us (tested outside, before task_call(),
 * an exec in between let the churn end the process's only thread).
 */
static long spawn_exit_fn(void *arg)
{
	if (thread_group_leader(current))
		return -EBUSY;
	return ksys_exit(0);
}

static long spawn_group_exit_fn(void *arg)
{
	return ksys_exit_group(1);
}

static long spawn_wait_fn(void *arg)
{
	pid_t *pid = arg;

	return kernel_wait4(*pid, NULL, 0);
}

struct spawn_threads {
	unsigned int count;
	struct task_struct **keep;	/* or NULL: drop the references */
	bool clone_io;			/* threads share the leader's ioc */
};

/* In the new process's context: add @count threads. */
static long spawn_threads_fn(void *arg)
{
	struct spawn_threads *st = arg;
	struct spawn_clone sc = { .flags = SPAWN_THREAD_FLAGS };
	unsigned int i;
	long ret;

	if (st->clone_io) {
		/* as a first I/O would: the io_context the threads share */
		struct io_context *ioc = get_task_io_context(current,
							     GFP_KERNEL);

		if (!ioc)
			return -ENOMEM;
		put_io_context(ioc);
		sc.flags |= CLONE_IO;
	}
	for (i = 0; i < st->count; i++) {
		ret = spawn_clone_fn(&sc);
		if (ret < 0)
			return ret;
		if (st->keep)
			st->keep[i] = sc.child;
		else
			put_task_struct(sc.child);
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* The churn driver */

static void spawn_drop(struct spawn_proc *sp, unsigned int i)
{
	put_task_struct(sp->threads[i]);
	sp->threads[i] = sp->threads[--sp->nr];
}

static void spawn_churn_clone(struct spawn_proc *sp)
{
	struct spawn_clone sc = { .flags = SPAWN_THREAD_FLAGS };
	unsigned int i = get_random_u32_below(sp->nr);
	long ret;

	if (sp->nr == sp->size)
		return;
	ret = task_call(sp->threads[i], spawn_clone_fn, &sc);
	if (ret >= 0) {
		sp->threads[sp->nr++] = sc.child;
		atomic_long_inc(&sp->forks);
		wake_up_all(&spawn_wait);
	} else if (ret == -ESRCH || ret == -EINTR) {
		spawn_drop(sp, i);
	} else {
		host_ops.sleep_ns(10000);	/* -EAGAIN (no pid), -ENOMEM */
	}
}

static void spawn_churn_exit(struct spawn_proc *sp)
{
	unsigned int i = get_random_u32_below(sp->nr);
	struct task_struct *t = sp->threads[i];
	long ret;

	ret = task_call(t, spawn_exit_fn, NULL);
	if (ret == -EBUSY)
		return;			/* the leader stays */
	spawn_drop(sp, i);
	if (!ret)
		atomic_long_inc(&sp->exits);
}

/*
 * A random thread execs: the others die (the driver drops them when a
 * call finds them dead) and it goes on as the process's only thread.
 */
static void spawn_churn_exec(struct spawn_proc *sp)
{
	unsigned int i = get_random_u32_below(sp->nr);
	long ret;

	ret = task_call(sp->threads[i], spawn_exec_fn, "spawn");
	if (ret == -ESRCH || ret == -EINTR)
		spawn_drop(sp, i);
	else if (!ret)
		atomic_long_inc(&sp->execs);
}

static bool spawn_should_stop(struct spawn_proc *sp)
{
	return !sp->nr || atomic_read(&sp->stop) ||
	       (READ_ONCE(sp->group->signal->flags) & SIGNAL_GROUP_EXIT);
}

static void spawn_driver(void *arg)
{
	struct spawn_proc *sp = arg;

	while (!spawn_should_stop(sp)) {
		if (sp->exec && !get_random_u32_below(64))
			spawn_churn_exec(sp);
		else if (sp->nr < sp->nthreads ||
			 (sp->nr == sp->nthreads && get_random_u32_below(2)))
			spawn_churn_clone(sp);
		else
			spawn_churn_exit(sp);
	}

	while (sp->nr)
		spawn_drop(sp, sp->nr - 1);
	kfree(sp->threads);
	put_task_struct(sp->group);

	spin_lock(&spawn_lock);
	list_del(&sp->list);
	nr_drivers--;
	spin_unlock(&spawn_lock);
	kfree(sp);
	wake_up_all(&spawn_wait);
}

/* ------------------------------------------------------------------ */
/* The interface */

/* End a half-built process and reap it, as its parent. */
static void spawn_abort(struct task_struct *parent, struct task_struct *leader)
{
	pid_t pid = leader->pid;

	task_call(leader, spawn_group_exit_fn, NULL);
	task_call(parent, spawn_wait_fn, &pid);
}

/**
 * spawn_process() - create a workload process
 * @parent: its parent (the caller's task, usually current)
 * @nthreads: 1..SPAWN_MAX_THREADS threads
 * @churn: keep cloning and exiting threads until the process dies
 * Context: process; no locks held; may sleep (task_call() on @parent
 *	and on the new process).
 * Return: the new process's pid, or -EINVAL, -ENOMEM, -EAGAIN (no free
 *	pid: raise pid_max), -ESRCH/-EINTR (@parent is dying).
 */
pid_t spawn_process(struct task_struct *parent, unsigned int nthreads,
		    bool churn)
{
	return spawn_process_flags(parent, nthreads, churn, 0);
}

/**
 * spawn_process_flags() - spawn_process() with clone flags
 * @parent: its parent
 * @nthreads: 1..SPAWN_MAX_THREADS threads
 * @churn: keep cloning and exiting threads until the process dies
 * @flags: CLONE_NEW* flags: the process is cloned with them (new
 *	namespaces, and a new ns cgroup); CLONE_IO: the leader makes its
 *	io_context first and its threads are cloned with CLONE_IO, so
 *	they all share it; SPAWN_CHURN_EXEC (with @churn): the churn also
 *	execs
 * Context: as spawn_process().
 * Return: as spawn_process(); also -EINVAL for other flags and the
 *	clone's -EPERM.
 */
pid_t spawn_process_flags(struct task_struct *parent, unsigned int nthreads,
			  bool churn, u64 flags)
{
	struct spawn_clone sc = { .flags = flags & CLONE_NEWNS_FLAGS };
	struct spawn_threads st = { .clone_io = flags & CLONE_IO };
	struct spawn_proc *sp = NULL;
	struct host_thread *driver;
	struct task_struct *leader;
	long ret;

	if (!nthreads || nthreads > SPAWN_MAX_THREADS)
		return -EINVAL;
	if (flags & ~(CLONE_NEWNS_FLAGS | CLONE_IO | SPAWN_CHURN_EXEC))
		return -EINVAL;
	if ((flags & SPAWN_CHURN_EXEC) && !churn)
		return -EINVAL;

	if (churn) {
		sp = kzalloc(sizeof(*sp), GFP_KERNEL);
		if (!sp)
			return -ENOMEM;
		sp->nthreads = nthreads;
		sp->exec = flags & SPAWN_CHURN_EXEC;
		sp->size = nthreads + nthreads / 4 + 8;
		sp->threads = kcalloc(sp->size, sizeof(*sp->threads),
				      GFP_KERNEL);
		if (!sp->threads) {
			kfree(sp);
			return -ENOMEM;
		}
	}

	ret = task_call(parent, spawn_clone_fn, &sc);
	if (ret < 0)
		goto out_free;
	leader = sc.child;

	ret = task_call(leader, spawn_exec_fn, "spawn");
	if (ret)
		goto out_abort;

	st.count = nthreads - 1;
	if (sp)
		st.keep = sp->threads + 1;
	ret = task_call(leader, spawn_threads_fn, &st);
	if (ret)
		goto out_abort;

	if (!sp) {
		ret = leader->pid;
		put_task_struct(leader);
		return ret;
	}

	sp->pid = leader->pid;
	sp->group = get_task_struct(leader);
	sp->threads[0] = leader;
	sp->nr = nthreads;
	spin_lock(&spawn_lock);
	list_add_tail(&sp->list, &spawn_list);
	nr_drivers++;
	spin_unlock(&spawn_lock);

	ret = sp->pid;
	driver = host_ops.thread_create(spawn_driver, sp, 0);
	if (!driver) {
		/* no driver: the process stays, without churn */
		atomic_set(&sp->stop, 1);
		spawn_driver(sp);
		return ret;
	}
	host_ops.thread_detach(driver);
	return ret;

out_abort:
	spawn_abort(parent, leader);
	/* the threads kept so far died with the process */
	if (sp) {
		unsigned int i;

		for (i = 1; i < sp->size && sp->threads[i]; i++)
			put_task_struct(sp->threads[i]);
	}
	put_task_struct(leader);
out_free:
	if (sp) {
		kfree(sp->threads);
		kfree(sp);
	}
	return ret;
}

static struct spawn_proc *spawn_find(pid_t pid)
	__must_hold(&spawn_lock)
{
	struct spawn_proc *sp;

	list_for_each_entry(sp, &spawn_list, list)
		if (sp->pid == pid)
			return sp;
	return NULL;
}

/**
 * spawn_forks() - threads the churn driver of @pid created so far
 * @pid: a churning process
 * Context: any.
 * Return: the count, or -ESRCH when @pid has no running driver.
 */
long spawn_forks(pid_t pid)
{
	struct spawn_proc *sp;
	long ret = -ESRCH;

	spin_lock(&spawn_lock);
	sp = spawn_find(pid);
	if (sp)
		ret = atomic_long_read(&sp->forks);
	spin_unlock(&spawn_lock);
	return ret;
}

/**
 * spawn_wait_forks() - wait until @pid's driver created @count threads
 * @pid: a churning process
 * @count: the number of forks to wait for
 * Context: process; sleeps.
 * Return: 0, or -ESRCH if the driver ended (or never existed) first.
 */
int spawn_wait_forks(pid_t pid, unsigned long count)
{
	long forks;

	wait_event(spawn_wait, (forks = spawn_forks(pid)) < 0 ||
		   (unsigned long)forks >= count);
	return forks < 0 ? -ESRCH : 0;
}

/**
 * spawn_wait_driver() - wait until @pid's churn driver has ended
 * @pid: a churning process (after it was killed)
 * Context: process; sleeps.
 * Return: 0.
 */
int spawn_wait_driver(pid_t pid)
{
	wait_event(spawn_wait, spawn_forks(pid) < 0);
	return 0;
}

/**
 * spawn_nr_drivers() - churn drivers running
 * Context: any.
 * Return: the count.
 */
int spawn_nr_drivers(void)
{
	int nr;

	spin_lock(&spawn_lock);
	nr = nr_drivers;
	spin_unlock(&spawn_lock);
	return nr;
}

/**
 * spawn_shutdown() - stop every churn driver and wait for them
 *
 * The processes stay (without churn) for their parents to kill and reap.
 * Context: process; sleeps.
 */
void spawn_shutdown(void)
{
	struct spawn_proc *sp;

	spin_lock(&spawn_lock);
	list_for_each_entry(sp, &spawn_list, list)
		atomic_set(&sp->stop, 1);
	spin_unlock(&spawn_lock);
	wait_event(spawn_wait, spawn_nr_drivers() == 0);
}

/**
 * spawn_churn_stop() - end the churn of @pid and wait for its driver
 * @pid: a churning process
 *
 * The process stays, with the threads it has at that moment, in user
 * space; no clone, exit or exec of the driver is in flight afterwards.
 * Context: process; sleeps.
 * Return: 0, or -ESRCH when @pid has no running driver.
 */
int spawn_churn_stop(pid_t pid)
{
	struct spawn_proc *sp;

	spin_lock(&spawn_lock);
	sp = spawn_find(pid);
	if (sp)
		atomic_set(&sp->stop, 1);
	spin_unlock(&spawn_lock);
	if (!sp)
		return -ESRCH;
	return spawn_wait_driver(pid);
}

/* Run @fn as the thread @tid: its task_call() result, or -ESRCH. */
static long spawn_thread_call(pid_t tid, long (*fn)(void *), void *arg)
{
	struct task_struct *tsk = find_get_task_by_vpid(tid);
	long ret;

	if (!tsk)
		return -ESRCH;
	ret = task_call(tsk, fn, arg);
	put_task_struct(tsk);
	return ret;
}

static long spawn_thread_exit_fn(void *arg)
{
	return ksys_exit(0);
}

/**
 * spawn_thread_exit() - the thread @tid exits, alone (pthread_exit())
 * @tid: any thread, the leader included: a leader whose threads live on
 *	stays a zombie until the last of them exits
 * Context: process; no locks held; sleeps.
 * Return: 0, or -ESRCH (no such thread, or it is exiting already).
 */
long spawn_thread_exit(pid_t tid)
{
	long ret = spawn_thread_call(tid, spawn_thread_exit_fn, NULL);

	return ret == -EINTR ? -ESRCH : ret;
}

/**
 * spawn_thread_exec() - the thread @tid execs @name
 * @tid: any thread; if it is not the leader it takes the leader's place
 *	and pid (de_thread()), and every other thread dies
 * @name: the program name (comm; a registered program is not run)
 * Context: process; no locks held; sleeps.
 * Return: 0 or kernel_execve()'s -errno; -ESRCH (no such thread).
 */
long spawn_thread_exec(pid_t tid, const char *name)
{
	long ret = spawn_thread_call(tid, spawn_exec_fn, (void *)name);

	return ret == -EINTR ? -ESRCH : ret;
}

struct spawn_write {
	const char *path;
	const char *buf;
	size_t count;
};

static long spawn_thread_write_fn(void *arg)
{
	struct spawn_write *w = arg;
	long fd, ret;

	fd = ksys_open(w->path, O_WRONLY | O_CREAT | O_TRUNC, 0666);
	if (fd < 0)
		return fd;
	ret = ksys_write(fd, w->buf, w->count);
	ksys_close(fd);
	return ret;
}

/**
 * spawn_thread_write() - the thread @tid opens @path and writes to it
 * @tid: any thread; "0" written to tasks or cgroup.procs names it
 * @path: the file, opened with O_WRONLY | O_CREAT | O_TRUNC as the thread
 *	(its credentials, fd table, working directory)
 * @buf: the bytes, written with one write(2)
 * @count: how many
 * Context: process; no locks held; sleeps.
 * Return: bytes written, open(2)'s or write(2)'s -errno, -ESRCH (no such
 *	thread, or it died during the call).
 */
long spawn_thread_write(pid_t tid, const char *path, const char *buf,
			size_t count)
{
	struct spawn_write w = { .path = path, .buf = buf, .count = count };
	long ret = spawn_thread_call(tid, spawn_thread_write_fn, &w);

	return ret == -EINTR ? -ESRCH : ret;
}
