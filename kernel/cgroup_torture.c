// SPDX-License-Identifier: GPL-2.0
/*
 * cgroup_torture.c - torture test of thread-group migration through
 * cgroup.procs, shaped like locktorture: an ops vector of actors running
 * in parallel with random delays and stutter, invariant checks while they
 * run, at every stutter pause and at the end, a periodic stats line and a
 * final line "cgroup-torture: --- End of test: SUCCESS|FAILURE: reason".
 *
 *	./vmlinux torture nprocs=8 nthreads=64 duration=30 seed=N
 *
 * This file is the framework: parameters, the workload, the core's
 * actors (the movers and the churn), the generation oracle, stats,
 * set-up and the main loop.  The oracle at rest is
 * cgroup_torture_check.c; each controller rides along with one entry,
 * defined next to it (kernel/cgroup_torture.h, cgt_subsys[] below).
 *
 * Documentation/torture.txt has the parameters, the output grammar and
 * the argument for why each oracle is sound.  In short: nprocs workload
 * processes (children of init) are split into three classes by slot:
 *
 *  PROCS  moved only by cgroup.procs writes, in the debug hierarchy, one
 *	   write at a time per process (p->move_mutex).  Each write bumps
 *	   the process's generation before it starts (and takes it back if
 *	   it fails).  The checker, holding the group's threadgroup_fork_lock
 *	   for read, sees either no write or a finished one: every live
 *	   thread sits in one cgroup, whose age (generations since it was
 *	   the target) is 0 or 1 ("Pipe" histogram).  The writer itself,
 *	   right after a successful write, checks every live thread is in
 *	   the target.
 *  MIXED  moved by cgroup.procs writes and tasks-file moves, serialized
 *	   per process by p->move_mutex, so that after a successful procs
 *	   write no thread of the group may remain outside the target, in
 *	   either hierarchy (read back through the source's tasks file too).
 *  FREE   moved by everybody at once: only the global invariants.
 *
 * Every class is churned at the same time by thread forkers and exiters,
 * non-leader execs and zombie leaders (p->life_mutex keeps at least one
 * live thread per process) and mkdir/rmdir of the targets.
 *
 * Locks taken and their ordering:
 *   p->move_mutex -> p->life_mutex is never nested: each actor takes one
 *   of them, then (inside the kernel it calls) cgroup_mutex ->
 *   signal->threadgroup_fork_lock -> ...; the checkers take
 *   p->move_mutex -> threadgroup_fork_lock (read) -> p->gen_lock.
 *   p->gen_lock (spinlock): p->gen and p->hist; a leaf.
 */
#define MODULE_PARAM_PREFIX "cgroup_torture."

#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/mutex.h>
#include <linux/spinlock.h>
#include <linux/atomic.h>
#include <linux/delay.h>
#include <linux/ktime.h>
#include <linux/sort.h>
#include <linux/init.h>
#include <linux/kthread.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/syscalls.h>
#include <linux/pid_namespace.h>
#include <linux/cgroup.h>
#include <linux/cpuset.h>
#include <linux/fs.h>
#include <linux/fcntl.h>
#include <linux/spawn.h>
#include <linux/rcupdate.h>
#include <linux/lockdep.h>
#include <linux/torture.h>
#include <linux/mman.h>
#include <linux/memcontrol.h>
#include <linux/freezer.h>
#include <linux/fault-inject.h>
#include <host_ops.h>
#include "cgroup_torture.h"

torture_param(int, nprocs, 8, "workload processes");
torture_param(int, nthreads, 16, "threads per process at the start (up to twice as many later)");
torture_param(int, duration, 30, "seconds to run");
torture_param(long, seed, 0, "random seed (0: one from the host)");
torture_param(int, ncgroups, 3, "target cgroups per hierarchy");
torture_param(int, nwriters, 3, "cgroup.procs writer threads");
torture_param(int, nmovers, 2, "tasks-file mover threads");
torture_param(int, nforkers, 2, "thread forker/exiter threads");
torture_param(int, nexecers, 1, "non-leader exec threads");
torture_param(int, nzombies, 1, "zombie-leader threads");
torture_param(int, nmkdirs, 1, "mkdir/rmdir threads");
torture_param(int, ncheckers, 1, "checker threads");
torture_param(int, stutter, 5, "seconds between quiescent checks (0: none)");
torture_param(int, stat_interval, 5, "seconds between stats lines (0: none)");
torture_param(int, stall, 60, "watchdog: FAILURE after this many seconds without progress");
torture_param(bool, require_procs, true, "FAILURE if cgroup.procs is not writable");
torture_param(bool, verbose, false, "print every expected failure");
torture_param(int, fault_one_in, 0, "fail 1 allocation in N of the actors, at random (0: none)");
torture_param_charp(fault_site, "with fault_one_in: fail only this site's (file:line)");

#define CGT_HIST	16	/* generations remembered per process */
#define CGT_PIPE_LEN	10	/* histogram buckets; the last is ">= 9" */
#define CGT_QUIESCE_MS	10000	/* for the test's threads to end */

static const char *const cgt_mnt[CGT_NR_HIER] = {
	"/dev/cgtorture0", "/dev/cgtorture1",
};

/*
 * Hierarchy 0 binds debug (which the oracles read cgroups through) and
 * every controller whose entry in cgt_subsys[] names hierarchy 0;
 * hierarchy 1 is named cgtorture1 and binds the others (memory: moves
 * there can get ENOMEM).  The options are built at start from the
 * entries (cgt_build_opts()).
 */
static const char *const cgt_base_opts[CGT_NR_HIER] = {
	"debug", "name=cgtorture1",
};

static char cgt_opts[CGT_NR_HIER][128];

/*
 * The controllers that ride along, one entry each (kernel/cgroup_torture.h
 * says what an entry holds; each is defined next to its controller).
 * Adding a controller to the torture test is adding its entry here.
 */
static const struct cgt_subsys *const cgt_subsys[] = {
#ifdef CONFIG_CPUSETS
	&cpuset_torture,
#endif
#ifdef CONFIG_CGROUP_SCHED
	&cpu_torture,
#endif
#ifdef CONFIG_CGROUP_CPUACCT
	&cpuacct_torture,
#endif
#ifdef CONFIG_CGROUP_FREEZER
	&freezer_torture,
#endif
#ifdef CONFIG_CGROUP_MEM_RES_CTLR
	&memcg_torture,
#endif
#ifdef CONFIG_SAMPLE_CGROUP_NICE
	&nice_torture,
#endif
};

#define cgt_subsys_end	(cgt_subsys + ARRAY_SIZE(cgt_subsys))

enum cgt_class { CGT_CLASS_PROCS, CGT_CLASS_MIXED, CGT_CLASS_FREE };

static const char *const cgt_class_name[] = { "procs", "mixed", "free" };

/**
 * struct cgt_proc - one workload process
 * @tgid: its pid; stays (a non-leader exec takes the leader's pid)
 * @class: CGT_CLASS_*: who may move it, and which oracle applies
 * @move_mutex: serializes moves of a PROCS or MIXED process with the
 *	checks that follow them
 * @life_mutex: held to end threads (exit, exec, zombie leader), so that
 *	one live thread always remains
 * @gen_lock: protects @gen and @hist
 * @gen: procs writes begun (minus those that failed) (@gen_lock)
 * @hist: target of each generation, by gen % CGT_HIST (@gen_lock)
 */
struct cgt_proc {
	pid_t tgid;
	enum cgt_class class;
	struct mutex move_mutex;	/* moves of this process + their check */
	struct mutex life_mutex;	/* thread exits, exec, zombie leader */
	spinlock_t gen_lock;		/* gen and hist; a leaf */
	unsigned long gen;
	int hist[CGT_HIST];
};

static struct cgt_proc *cgt_procs;
static struct cgt_actor *cgt_actors;
static int cgt_nr_actors;	/* published with smp_store_release() */
static bool cgt_procs_writable;
static atomic_long_t cgt_pipe[CGT_PIPE_LEN];
static atomic_long_t cgt_post_checks;
static atomic_long_t cgt_refused_checks;	/* after a failed procs write */

/* ------------------------------------------------------------------ */
/* Helpers */

/**
 * cgt_set_state() - say what the actor does now, for the watchdog
 * @a: the actor
 * @state: a constant string
 * @pid: the task it works on (0: none)
 *
 * Context: the actor's thread.
 */
void cgt_set_state(struct cgt_actor *a, const char *state, pid_t pid)
{
	/* partner: READ_ONCE()s in cgt_dump() */
	WRITE_ONCE(a->state, state);
	WRITE_ONCE(a->target, pid);
	WRITE_ONCE(a->since, ktime_get_ns());
}

/**
 * cgt_ok() - count a successful operation of @a
 * @a: the actor
 *
 * Context: the actor's thread.
 */
void cgt_ok(struct cgt_actor *a)
{
	atomic_long_inc(&a->n_ok);
	torture_progress();
}

/**
 * cgt_expected() - count an expected failure of @a
 * @a: the actor
 * @what: the operation, for verbose=1
 * @err: its -errno
 *
 * Context: the actor's thread.
 */
void cgt_expected(struct cgt_actor *a, const char *what, long err)
{
	atomic_long_inc(&a->n_fail);
	torture_progress();
	if (verbose)
		pr_info("cgroup-torture: %s/%d: %s: %ld (expected)\n",
			a->ops->name, a->id, what, err);
}

/**
 * cgt_error() - count an unexpected result of @a: the run fails
 * @a: the actor
 * @fmt: printf() format of what went wrong
 *
 * Context: the actor's thread.
 */
void cgt_error(struct cgt_actor *a, const char *fmt, ...)
{
	char buf[128];
	va_list args;

	va_start(args, fmt);
	vscnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	atomic_long_inc(&a->n_err);
	torture_progress();
	torture_fail("%s/%d: %s", a->ops->name, a->id, buf);
}

/*
 * Fault injection (fault_one_in=N): every operation of an actor but the
 * oracles runs with its host thread's injector failing one allocation in
 * N at random (fault_site=: at that site only), from a generator seeded
 * from the actor's random numbers, themselves from seed=.
 */
static void cgt_fault_on(struct cgt_actor *a)
{
	u64 s;

	if (!fault_one_in || a->ops->oracle)
		return;
	s = (u64)torture_random(&a->rand) << 32 | torture_random(&a->rand);
	fail_random_set(s, fault_one_in,
			fault_site && *fault_site ? fault_site : NULL);
}

/**
 * cgt_fault_off() - no more injected failures in this operation of @a
 * @a: the actor
 *
 * For the steps that check, or that must not fail (the freezer actor's
 * thaw); the next operation is injected again.  Also counts what was
 * injected so far.
 *
 * Context: the actor's thread.
 */
void cgt_fault_off(struct cgt_actor *a)
{
	if (!fault_one_in)
		return;
	fail_random_set(0, 0, NULL);
	atomic_long_set(&a->n_injected, fail_injected() - a->injected_base);
}

/**
 * cgt_injected() - may @err come from an injected allocation failure?
 * @err: an operation's -errno
 *
 * With fault_one_in=, every operation that allocates may fail with
 * -ENOMEM, and must then have changed nothing (the oracles check it).
 *
 * Context: an actor's thread.
 * Return: true if the run injects failures and @err is -ENOMEM.
 */
bool cgt_injected(long err)
{
	return fault_one_in && err == -ENOMEM;
}

/**
 * cgt_path() - the path of a target, or of a file in it
 * @buf: where to write it
 * @size: its size
 * @h: the hierarchy
 * @k: the target: 0..cgt_nr_targets()-1 is "tK", cgt_nr_targets() the
 *	hierarchy's root
 * @file: a file of the target, or NULL for its directory
 *
 * Context: any.
 */
void cgt_path(char *buf, size_t size, int h, int k, const char *file)
{
	if (k >= ncgroups)
		snprintf(buf, size, "%s%s%s", cgt_mnt[h], file ? "/" : "",
			 file ? file : "");
	else
		snprintf(buf, size, "%s/t%d%s%s", cgt_mnt[h], k,
			 file ? "/" : "", file ? file : "");
}

/**
 * cgt_write_file() - write a value to a file of a target, as a user would
 * @a: the actor, which counts the outcome: cgt_ok(); cgt_expected() when
 *	the target was removed meanwhile (ENOENT at open, ENODEV at the
 *	write) or the fault injector failed it (cgt_injected());
 *	cgt_error() otherwise
 * @h: the hierarchy
 * @k: the target (as cgt_path())
 * @file: the file's name
 * @val: what is written, in one write (open, write, close)
 *
 * For a controller's actor (cpuset.cpus, nice.value).
 * Context: process, as current.
 */
void cgt_write_file(struct cgt_actor *a, int h, int k, const char *file,
		    const char *val)
{
	int len = strlen(val);
	char path[96];
	long fd, ret;

	cgt_path(path, sizeof(path), h, k, file);
	cgt_set_state(a, file, 0);
	fd = ksys_open(path, O_WRONLY, 0);
	if (fd < 0) {
		if (fd == -ENOENT || cgt_injected(fd))
			cgt_expected(a, "open", fd);
		else
			cgt_error(a, "open %s: %ld", path, fd);
		return;
	}
	ret = ksys_write(fd, val, len);
	ksys_close(fd);
	if (ret == len)
		cgt_ok(a);
	else if (ret == -ENODEV || cgt_injected(ret))
		cgt_expected(a, "write", ret);
	else
		cgt_error(a, "write %.*s to %s: %ld", len, val, path, ret);
}

/**
 * cgt_cgroup_index() - the target index of a cgroup of hierarchy 0
 * @cgrp: the cgroup
 *
 * Context: any (by its name).
 * Return: the index (cgt_nr_targets() for the root), -1 if not ours.
 */
int cgt_cgroup_index(const struct cgroup *cgrp)
{
	int k;

	if (!cgrp->parent)
		return ncgroups;
	if (cgrp->name[0] != 't' || cgrp->parent->parent ||
	    kstrtoint(cgrp->name + 1, 10, &k) || k < 0 || k >= ncgroups)
		return -1;
	return k;
}

/**
 * cgt_nr_targets() - how many targets each hierarchy has (ncgroups=)
 *
 * Context: any.
 * Return: the number.
 */
int cgt_nr_targets(void)
{
	return ncgroups;
}

/**
 * cgt_random_target() - a random target
 * @a: the actor (its random numbers)
 *
 * Context: the actor's thread.
 * Return: 0..cgt_nr_targets()-1.
 */
int cgt_random_target(struct cgt_actor *a)
{
	return torture_random(&a->rand) % ncgroups;
}

/**
 * cgt_task_index() - @tsk's target index in hierarchy 0
 * @tsk: the task
 *
 * Context: rcu_read_lock().
 * Return: the index (cgt_nr_targets() for the root), -1 if not a target.
 */
int cgt_task_index(struct task_struct *tsk)
{
	return cgt_cgroup_index(task_cgroup(tsk, debug_subsys_id));
}

/*
 * Is @tsk exiting, and if not, its target index in hierarchy 0?  Both
 * under task_lock(): exit_signals() sets PF_EXITING under it before
 * cgroup_exit() moves the task to the root under it, so a task seen not
 * exiting is seen in the cgroup it really is in.  Two lockless reads
 * could pair a stale "not exiting" with the root of a finished exit.
 * Context: rcu_read_lock().
 */
static bool cgt_task_exiting(struct task_struct *tsk, int *idx)
{
	bool exiting;

	task_lock(tsk);
	exiting = tsk->flags & PF_EXITING;
	if (!exiting)
		*idx = cgt_task_index(tsk);
	task_unlock(tsk);
	return exiting;
}

/*
 * Write "@pid\n" to @file of target @k in hierarchy @h, as a user would:
 * open, one write, close.  Runs as current.
 * Return: 0 or -errno.
 */
static long cgt_write_pid(int h, int k, const char *file, pid_t pid)
{
	char path[96], buf[24];
	long fd, ret;
	int len;

	cgt_path(path, sizeof(path), h, k, file);
	fd = ksys_open(path, O_WRONLY, 0);
	if (fd < 0)
		return fd;
	len = snprintf(buf, sizeof(buf), "%d\n", pid);
	ret = ksys_write(fd, buf, len);
	ksys_close(fd);
	if (ret < 0)
		return ret;
	return ret == len ? 0 : -EIO;
}

struct cgt_write_args {
	int h;
	int k;
	const char *file;
};

/* In a workload thread's context: write "0" (move myself). */
static long cgt_write_self_fn(void *arg)
{
	struct cgt_write_args *wa = arg;

	return cgt_write_pid(wa->h, wa->k, wa->file, 0);
}

static long cgt_clone_fn(void *arg)
{
	struct kernel_clone_args args = {
		.flags = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND |
			 CLONE_THREAD,
	};

	return kernel_clone(&args);
}

static long cgt_exit_fn(void *arg)
{
	return ksys_exit(0);
}

static long cgt_exec_fn(void *arg)
{
	return ksys_execve(arg);
}

/**
 * cgt_subsys_quiesced() - every controller's invariant at rest
 *
 * Context: a quiescent point (every actor parked or stopped).
 */
void cgt_subsys_quiesced(void)
{
	const struct cgt_subsys *const *ss;

	for (ss = cgt_subsys; ss < cgt_subsys_end; ss++)
		if ((*ss)->quiesced)
			(*ss)->quiesced();
}

/**
 * cgt_subsys_task_check() - every controller's invariant for one task
 * @tsk: a live task
 *
 * Context: tasklist_lock (read) and rcu_read_lock().
 * Return: NULL, or what is wrong with @tsk.
 */
const char *cgt_subsys_task_check(struct task_struct *tsk)
{
	const struct cgt_subsys *const *ss;
	const char *why;

	for (ss = cgt_subsys; ss < cgt_subsys_end; ss++) {
		why = (*ss)->task_check ? (*ss)->task_check(tsk) : NULL;
		if (why)
			return why;
	}
	return NULL;
}

/*
 * May a move in hierarchy @h fail with @err because of a controller
 * bound there (a frozen cgroup: EBUSY; a target that cannot take the
 * charges: ENOMEM)?  The move must then have changed nothing, which the
 * oracles check as for any failed move.
 */
static bool cgt_move_refused(int h, long err)
{
	const struct cgt_subsys *const *ss;

	for (ss = cgt_subsys; ss < cgt_subsys_end; ss++)
		if ((*ss)->hier == h && (*ss)->move_refused &&
		    (*ss)->move_refused(err))
			return true;
	return false;
}

/**
 * cgt_pick_proc() - a random workload process
 * @a: the actor (its random numbers)
 *
 * Context: an actor's thread.
 * Return: the process.
 */
struct cgt_proc *cgt_pick_proc(struct cgt_actor *a)
{
	return &cgt_procs[torture_random(&a->rand) % nprocs];
}

/**
 * cgt_pick_thread() - a random live thread of a workload process
 * @p: the process
 * @a: the actor (its random numbers)
 * @non_leader: not the leader
 *
 * Like user space picking a tid from /proc/PID/task.
 *
 * Context: an actor's thread; takes tasklist_lock (read).
 * Return: the thread, referenced, or NULL.
 */
struct task_struct *cgt_pick_thread(struct cgt_proc *p, struct cgt_actor *a,
				    bool non_leader)
{
	struct task_struct *leader, *t, *found = NULL;
	unsigned long k;

	/*
	 * tasklist_lock (read), not only RCU: it orders our reads of a new
	 * thread after copy_process() filled it in, in a way TSan sees.
	 */
	read_lock(&tasklist_lock);
	rcu_read_lock();
	leader = find_task_by_vpid(p->tgid);
	if (!leader)
		goto out;
	k = torture_random(&a->rand) % (get_nr_threads(leader) + 1);
	for_each_thread(leader, t) {
		if (READ_ONCE(t->flags) & PF_EXITING)
			continue;
		if (non_leader && thread_group_leader(t))
			continue;
		found = t;
		if (!k--)
			break;
	}
	/* a thread on the list holds its own reference (tasklist_lock) */
	if (found)
		get_task_struct(found);
out:
	rcu_read_unlock();
	read_unlock(&tasklist_lock);
	return found;
}

/* Threads of @p that have not begun to exit. */
static int cgt_live_threads(struct cgt_proc *p)
{
	struct task_struct *leader;
	int live = 0;

	read_lock(&tasklist_lock);
	rcu_read_lock();
	leader = find_task_by_vpid(p->tgid);
	if (leader)
		live = atomic_read(&leader->signal->live);
	rcu_read_unlock();
	read_unlock(&tasklist_lock);
	return live;
}

/* The leader of @p, referenced (possibly a zombie), or NULL. */
static struct task_struct *cgt_get_leader(struct cgt_proc *p)
{
	struct task_struct *leader;

	read_lock(&tasklist_lock);
	rcu_read_lock();
	leader = find_task_by_vpid(p->tgid);
	/* hashed under tasklist_lock: it still holds its own reference */
	if (leader)
		get_task_struct(leader);
	rcu_read_unlock();
	read_unlock(&tasklist_lock);
	return leader;
}

/* ------------------------------------------------------------------ */
/* The generation oracle (PROCS class) */

static void cgt_gen_begin(struct cgt_proc *p, int k)
{
	spin_lock(&p->gen_lock);
	p->gen++;
	p->hist[p->gen % CGT_HIST] = k;
	spin_unlock(&p->gen_lock);
}

/* The write failed: nothing moved, forget its generation. */
static void cgt_gen_abort(struct cgt_proc *p)
{
	spin_lock(&p->gen_lock);
	p->gen--;
	spin_unlock(&p->gen_lock);
}

/* Generations since @k was the target of @p; CGT_HIST: never seen. */
static unsigned int cgt_gen_age(struct cgt_proc *p, int k)
	__must_hold(&p->gen_lock)
{
	unsigned int d;

	lockdep_assert_held(&p->gen_lock);
	for (d = 0; d < CGT_HIST && d <= p->gen; d++)
		if (p->hist[(p->gen - d) % CGT_HIST] == k)
			return d;
	return CGT_HIST;
}

/*
 * Check, holding @p's fork lock for read, that every live thread of @p
 * is in target @want of hierarchy 0 (@want < 0: in one cgroup, and count
 * its age in the Pipe histogram).
 * Return: 0, or -errno with the failure reported.
 */
static int cgt_check_group(struct cgt_actor *a, struct cgt_proc *p, int want)
{
	struct task_struct *leader, *t;
	int first = -2, idx, bad = 0, bad_tid = 0, bad_idx = 0;
	unsigned int age;

	leader = cgt_get_leader(p);
	if (!leader)
		return 0;
	threadgroup_fork_read_lock(leader);
	read_lock(&tasklist_lock);
	rcu_read_lock();
	for_each_thread(leader, t) {
		if (cgt_task_exiting(t, &idx))
			continue;
		if (first == -2)
			first = idx;
		if (idx < 0 || (want >= 0 && idx != want) ||
		    (want < 0 && idx != first)) {
			bad++;
			bad_tid = task_pid_nr(t);
			bad_idx = idx;
		}
	}
	rcu_read_unlock();
	read_unlock(&tasklist_lock);
	if (!bad && want < 0 && first >= 0) {
		spin_lock(&p->gen_lock);
		age = cgt_gen_age(p, first);
		spin_unlock(&p->gen_lock);
		unsigned int bucket = min_t(unsigned int, age,
					    CGT_PIPE_LEN - 1);

		atomic_long_inc(&cgt_pipe[bucket]);
		if (age > 1)
			cgt_error(a, "tgid %d (%s): all threads in t%d, %u generations old",
				  p->tgid, cgt_class_name[p->class], first, age);
	}
	threadgroup_fork_read_unlock(leader);
	put_task_struct(leader);
	if (bad) {
		cgt_error(a, "tgid %d (%s): %d thread(s) outside %s%d, e.g. tid %d in %d",
			  p->tgid, cgt_class_name[p->class], bad,
			  want >= 0 ? "t" : "the group's cgroup t",
			  want >= 0 ? want : first, bad_tid, bad_idx);
		return -EINVAL;
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* Actors */

/* Is @pid a live, not exiting thread of @p? */
static bool cgt_mixed_stayed(struct cgt_proc *p, pid_t pid)
{
	struct task_struct *t;
	bool ret;

	rcu_read_lock();
	t = find_task_by_vpid(pid);
	ret = t && t->tgid == p->tgid && !(READ_ONCE(t->flags) & PF_EXITING);
	rcu_read_unlock();
	return ret;
}

/*
 * A tid listed in a source cgroup after a procs write named a live
 * thread @t of the group.  That can be a pid swap: an exec from a
 * non-leader thread gives the exec'ing thread the leader's pid while
 * the old leader, exiting (so skipped by the move), may still be listed
 * under it.  Read the file again: a thread really left behind is still
 * listed under its pid, as the same task; the old leader has left (its
 * cgroup_exit() moved it to the root) or is listed under its new pid.
 */
static bool cgt_mixed_listed_again(const char *path, struct cgt_proc *p,
				   pid_t pid)
{
	struct cgt_pids again;
	bool ret = false;
	int i;

	if (cgt_read_pids(path, &again))
		return false;
	for (i = 0; i < again.nr; i++)
		if (again.pids[i] == pid)
			ret = cgt_mixed_stayed(p, pid);
	kfree(again.pids);
	return ret;
}

/* After a successful procs write of a MIXED process to @k of @h. */
static void cgt_mixed_post_check(struct cgt_actor *a, struct cgt_proc *p,
				 int h, int k)
{
	struct cgt_pids src;
	char path[96];
	int i, j;

	if (h == 0) {
		cgt_check_group(a, p, k);
		return;
	}
	/* hierarchy 1 has no subsystem: read every other cgroup's tasks */
	for (j = 0; j <= ncgroups; j++) {
		if (j == k)
			continue;
		cgt_path(path, sizeof(path), h, j, "tasks");
		if (cgt_read_pids(path, &src))
			continue;
		for (i = 0; i < src.nr; i++) {
			/*
			 * pids are allocated cyclically: the tid cannot be
			 * reused by the group in the microseconds since the
			 * read, except the tgid, which a non-leader exec
			 * takes over from the exiting leader; a second read
			 * tells (documented in torture.txt).
			 */
			if (cgt_mixed_stayed(p, src.pids[i]) &&
			    (src.pids[i] != p->tgid ||
			     cgt_mixed_listed_again(path, p, src.pids[i]))) {
				cgt_error(a, "tgid %d: tid %d still in %s after procs write to %d",
					  p->tgid, src.pids[i], path, k);
				break;
			}
		}
		kfree(src.pids);
	}
}

/*
 * After a procs write of @p that failed part way (an allocation failed,
 * a controller refused): all or nothing.  A PROCS-class process, which
 * only whole-group writes move, must still sit in one cgroup, the one
 * of its previous write (its generation was taken back).
 */
static void cgt_refused_check(struct cgt_actor *a, struct cgt_proc *p)
{
	if (p->class != CGT_CLASS_PROCS)
		return;
	cgt_set_state(a, "check after failed procs write", p->tgid);
	atomic_long_inc(&cgt_refused_checks);
	cgt_check_group(a, p, -1);
}

/* One procs write of @p, and its check; the caller serializes. */
static void cgt_procs_write(struct cgt_actor *a, struct cgt_proc *p)
{
	unsigned int flavour = torture_random(&a->rand) % 3;
	int k = torture_random(&a->rand) % (ncgroups + 1);
	int h = p->class == CGT_CLASS_PROCS ? 0 :
		torture_random(&a->rand) % CGT_NR_HIER;
	struct cgt_write_args wa = { h, k, "cgroup.procs" };
	struct task_struct *t;
	pid_t pid = p->tgid;
	long ret;

	if (p->class == CGT_CLASS_PROCS)
		cgt_gen_begin(p, k);

	if (flavour == 0) {
		cgt_set_state(a, "procs write by tgid", pid);
		ret = cgt_write_pid(h, k, "cgroup.procs", pid);
	} else {
		t = cgt_pick_thread(p, a, false);
		if (!t) {
			ret = -ESRCH;
		} else if (flavour == 1) {
			pid = task_pid_nr(t);
			cgt_set_state(a, "procs write by tid", pid);
			ret = cgt_write_pid(h, k, "cgroup.procs", pid);
		} else {
			cgt_set_state(a, "procs write of 0 from inside",
				      task_pid_nr(t));
			ret = task_call(t, cgt_write_self_fn, &wa);
		}
		if (t)
			put_task_struct(t);
	}

	cgt_fault_off(a);	/* the checks below read files */
	switch (ret) {
	case 0:
		cgt_ok(a);
		atomic_long_inc(&cgt_post_checks);
		cgt_set_state(a, "check after procs write", p->tgid);
		if (p->class == CGT_CLASS_PROCS)
			cgt_check_group(a, p, k);
		else if (p->class == CGT_CLASS_MIXED)
			cgt_mixed_post_check(a, p, h, k);
		break;
	case -ENOENT:	/* the target was removed before the open */
	case -ENODEV:	/* ... or after it */
	case -ESRCH:	/* the thread named exited (or a zombie leader) */
	case -EINTR:	/* the thread writing "0" was killed first */
		if (p->class == CGT_CLASS_PROCS)
			cgt_gen_abort(p);
		cgt_expected(a, "procs write", ret);
		break;
	case -EBUSY:	/* a thread or the target frozen: nothing moved */
		if (p->class == CGT_CLASS_PROCS)
			cgt_gen_abort(p);
		if (cgt_move_refused(h, ret)) {
			cgt_expected(a, "procs write", ret);
			cgt_refused_check(a, p);
		} else {
			cgt_error(a, "procs write of %d to %d/%d: EBUSY",
				  pid, h, k);
		}
		break;
	default:
		if (p->class == CGT_CLASS_PROCS)
			cgt_gen_abort(p);
		/* an allocation failed, or a controller refused */
		if (cgt_injected(ret) || cgt_move_refused(h, ret)) {
			cgt_expected(a, "procs write", ret);
			cgt_refused_check(a, p);
		} else {
			cgt_error(a, "procs write of %d (flavour %u) to %d/%d: %ld",
				  pid, flavour, h, k, ret);
		}
		break;
	}
}

static void cgt_procs_writer(struct cgt_actor *a)
{
	struct cgt_proc *p = cgt_pick_proc(a);

	if (p->class == CGT_CLASS_FREE) {
		cgt_procs_write(a, p);
		return;
	}
	cgt_set_state(a, "lock move_mutex", p->tgid);
	mutex_lock(&p->move_mutex);
	cgt_procs_write(a, p);
	mutex_unlock(&p->move_mutex);
}

/* One tasks-file move of a thread of @p; the caller serializes. */
static void cgt_tasks_move(struct cgt_actor *a, struct cgt_proc *p)
{
	int k = torture_random(&a->rand) % (ncgroups + 1);
	int h = torture_random(&a->rand) % CGT_NR_HIER;
	struct cgt_write_args wa = { h, k, "tasks" };
	struct task_struct *t;
	long ret;

	t = cgt_pick_thread(p, a, false);
	if (!t) {
		ret = -ESRCH;
	} else if (torture_random(&a->rand) % 4) {
		cgt_set_state(a, "tasks write by tid", task_pid_nr(t));
		ret = cgt_write_pid(h, k, "tasks", task_pid_nr(t));
	} else {
		cgt_set_state(a, "tasks write of 0 from inside",
			      task_pid_nr(t));
		ret = task_call(t, cgt_write_self_fn, &wa);
	}

	switch (ret) {
	case 0:
		cgt_ok(a);
		if (p->class == CGT_CLASS_MIXED && h == 0) {
			int idx;

			rcu_read_lock();
			if (cgt_task_exiting(t, &idx))
				idx = k;
			rcu_read_unlock();
			if (idx != k)
				cgt_error(a, "tid %d: in %d after a tasks write to %d",
					  task_pid_nr(t), idx, k);
		}
		break;
	case -ENOENT:
	case -ENODEV:
	case -ESRCH:
	case -EINTR:
		cgt_expected(a, "tasks write", ret);
		break;
	case -EBUSY:	/* the thread or the target frozen */
	default:
		if (cgt_injected(ret) || cgt_move_refused(h, ret))
			cgt_expected(a, "tasks write", ret);
		else
			cgt_error(a, "tasks write to %d/%d: %ld", h, k, ret);
		break;
	}
	if (t)
		put_task_struct(t);
}

static void cgt_tasks_mover(struct cgt_actor *a)
{
	struct cgt_proc *p = cgt_pick_proc(a);

	if (p->class == CGT_CLASS_PROCS)
		return;		/* moved only through cgroup.procs */
	if (p->class == CGT_CLASS_FREE) {
		cgt_tasks_move(a, p);
		return;
	}
	cgt_set_state(a, "lock move_mutex", p->tgid);
	mutex_lock(&p->move_mutex);
	cgt_tasks_move(a, p);
	mutex_unlock(&p->move_mutex);
}

static void cgt_forker(struct cgt_actor *a)
{
	struct cgt_proc *p = cgt_pick_proc(a);
	int live = cgt_live_threads(p);
	struct task_struct *t;
	long ret;

	if (live < 2 * nthreads &&
	    (live < nthreads || torture_random(&a->rand) % 2)) {
		t = cgt_pick_thread(p, a, false);
		if (!t)
			return;
		cgt_set_state(a, "clone", task_pid_nr(t));
		ret = task_call(t, cgt_clone_fn, NULL);
		put_task_struct(t);
		if (ret > 0)
			cgt_ok(a);
		else if (ret == -EINTR || ret == -ESRCH || ret == -EAGAIN ||
			 cgt_injected(ret))
			cgt_expected(a, "clone", ret);
		else
			cgt_error(a, "clone in tgid %d: %ld", p->tgid, ret);
		return;
	}

	cgt_set_state(a, "lock life_mutex", p->tgid);
	mutex_lock(&p->life_mutex);
	t = NULL;
	if (cgt_live_threads(p) > 1)
		t = cgt_pick_thread(p, a, true);
	if (t) {
		cgt_set_state(a, "thread exit", task_pid_nr(t));
		ret = task_call(t, cgt_exit_fn, NULL);
		put_task_struct(t);
		if (!ret)
			cgt_ok(a);
		else if (ret == -EINTR || ret == -ESRCH)
			cgt_expected(a, "exit", ret);
		else
			cgt_error(a, "thread exit in tgid %d: %ld", p->tgid,
				  ret);
	}
	mutex_unlock(&p->life_mutex);
}

static void cgt_execer(struct cgt_actor *a)
{
	struct cgt_proc *p = cgt_pick_proc(a);
	struct task_struct *t;
	long ret;

	cgt_set_state(a, "lock life_mutex", p->tgid);
	mutex_lock(&p->life_mutex);
	t = cgt_pick_thread(p, a, true);
	if (t) {
		cgt_set_state(a, "non-leader exec", task_pid_nr(t));
		ret = task_call(t, cgt_exec_fn, "cgt-exec");
		put_task_struct(t);
		if (!ret)
			cgt_ok(a);
		else if (ret == -EINTR || ret == -ESRCH || ret == -EAGAIN ||
			 cgt_injected(ret))
			cgt_expected(a, "exec", ret);
		else
			cgt_error(a, "exec in tgid %d: %ld", p->tgid, ret);
	}
	mutex_unlock(&p->life_mutex);
}

static void cgt_zombie(struct cgt_actor *a)
{
	struct cgt_proc *p = cgt_pick_proc(a);
	struct task_struct *leader;
	long ret;

	cgt_set_state(a, "lock life_mutex", p->tgid);
	mutex_lock(&p->life_mutex);
	leader = cgt_get_leader(p);
	if (leader && !(READ_ONCE(leader->flags) & PF_EXITING) &&
	    cgt_live_threads(p) > 1) {
		cgt_set_state(a, "leader exit", p->tgid);
		ret = task_call(leader, cgt_exit_fn, NULL);
		if (!ret)
			cgt_ok(a);
		else if (ret == -EINTR || ret == -ESRCH)
			cgt_expected(a, "leader exit", ret);
		else
			cgt_error(a, "leader exit of %d: %ld", p->tgid, ret);
	}
	if (leader)
		put_task_struct(leader);
	mutex_unlock(&p->life_mutex);
}

static void cgt_mkdir_rmdir(struct cgt_actor *a)
{
	int h = torture_random(&a->rand) % CGT_NR_HIER;
	int k = torture_random(&a->rand) % ncgroups;
	char path[96];
	long ret;

	cgt_path(path, sizeof(path), h, k, NULL);
	if (torture_random(&a->rand) % 3) {
		cgt_set_state(a, "mkdir", 0);
		ret = ksys_mkdir(path, 0755);
		if (!ret)
			cgt_ok(a);
		else if (ret == -EEXIST || cgt_injected(ret))
			cgt_expected(a, "mkdir", ret);
		else
			cgt_error(a, "mkdir %s: %ld", path, ret);
	} else {
		cgt_set_state(a, "rmdir", 0);
		ret = ksys_rmdir(path);
		if (!ret)
			cgt_ok(a);
		else if (ret == -EBUSY || ret == -ENOENT || cgt_injected(ret))
			cgt_expected(a, "rmdir", ret);
		else
			cgt_error(a, "rmdir %s: %ld", path, ret);
	}
}

/* The continuous checker: one process per operation. */
static void cgt_checker(struct cgt_actor *a)
{
	struct cgt_proc *p = cgt_pick_proc(a);
	struct task_struct *leader, *t;
	int bad = 0, bad_tid = 0;

	cgt_set_state(a, "check", p->tgid);
	if (p->class == CGT_CLASS_PROCS) {
		if (!cgt_check_group(a, p, -1))
			cgt_ok(a);
		return;
	}
	/* every live thread is in the root or in a target of ours */
	read_lock(&tasklist_lock);
	rcu_read_lock();
	leader = find_task_by_vpid(p->tgid);
	if (leader) {
		for_each_thread(leader, t) {
			int idx;

			if (!cgt_task_exiting(t, &idx) && idx < 0) {
				bad++;
				bad_tid = task_pid_nr(t);
			}
		}
	}
	rcu_read_unlock();
	read_unlock(&tasklist_lock);
	if (bad)
		cgt_error(a, "tgid %d: tid %d in a cgroup not ours", p->tgid,
			  bad_tid);
	else
		cgt_ok(a);
}

static bool cgt_have_procs(void)
{
	return cgt_procs_writable;
}

static const struct cgt_ops cgt_ops_vector[] = {
	{ "procs_writer", cgt_procs_writer, cgt_have_procs, &nwriters,
	  4, 50, true },
	{ "tasks_mover", cgt_tasks_mover, NULL, &nmovers, 4, 50, true },
	{ "forker", cgt_forker, NULL, &nforkers, 8, 50, true },
	{ "execer", cgt_execer, NULL, &nexecers, 1, 20000, true },
	{ "zombie", cgt_zombie, NULL, &nzombies, 1, 20000, true },
	{ "mkdir_rmdir", cgt_mkdir_rmdir, NULL, &nmkdirs, 1, 5000, true },
	{ "checker", cgt_checker, NULL, &ncheckers, 4, 100, true, true },
};

static int cgt_actor_fn(void *arg)
{
	struct cgt_actor *a = arg;

	a->injected_base = fail_injected();
	do {
		cgt_fault_on(a);
		a->ops->op(a);
		cgt_fault_off(a);
		cgt_set_state(a, "delay", 0);
		torture_random_delay(&a->rand, a->ops->one_in, a->ops->max_us);
		cgt_set_state(a, "stutter", 0);
		stutter_wait(a->ops->name);
	} while (!torture_must_stop());
	if (lock_is_held_count())
		torture_fail("%s/%d: stops holding %d lock(s)", a->ops->name,
			     a->id, lock_is_held_count());
	cgt_set_state(a, "stopped", 0);
	torture_kthread_stopping(a->ops->name);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Stats and the watchdog's dump */

static void cgt_stats(void)
{
	/* partner: smp_store_release() in cgt_start_actors() */
	int nr = smp_load_acquire(&cgt_nr_actors);
	char line[768];
	long ok, fail, err, total_err = 0, injected = 0;
	char inj[48] = "";
	int i, len = 0;
	bool suspicious = false;

	for (i = 0; i < nr; i++) {
		struct cgt_actor *a = &cgt_actors[i];

		ok = atomic_long_read(&a->n_ok);
		fail = atomic_long_read(&a->n_fail);
		err = atomic_long_read(&a->n_err);
		injected += atomic_long_read(&a->n_injected);
		total_err += err;
		if (a->ops->core && !ok)
			suspicious = true;
		len += scnprintf(line + len, sizeof(line) - len,
				 " %s/%d %ld/%ld/%ld", a->ops->name, a->id,
				 ok, fail, err);
	}
	if (fault_one_in)
		snprintf(inj, sizeof(inj), " injected %ld", injected);
	pr_alert("cgroup-torture: Stats (ok/fail/err):%s quiesced %ld post-write %ld post-fail %ld%s%s%s\n",
		 line, atomic_long_read(&cgt_quiesced),
		 atomic_long_read(&cgt_post_checks),
		 atomic_long_read(&cgt_refused_checks), inj,
		 total_err || torture_failed() ? " !!!" : "",
		 suspicious ? " ???" : "");
	len = 0;
	for (i = 0; i < CGT_PIPE_LEN; i++)
		len += scnprintf(line + len, sizeof(line) - len, " %ld",
				 atomic_long_read(&cgt_pipe[i]));
	for (i = 2; i < CGT_PIPE_LEN; i++)
		if (atomic_long_read(&cgt_pipe[i]))
			break;
	pr_alert("cgroup-torture: Pipe:%s%s\n", line,
		 i < CGT_PIPE_LEN ? " !!!" : "");
}

static void cgt_dump(void)
{
	/* partner: smp_store_release() in cgt_start_actors() */
	int nr = smp_load_acquire(&cgt_nr_actors);
	u64 now = ktime_get_ns();
	struct task_struct *leader, *t;
	int i, n;

	for (i = 0; i < nr; i++) {
		struct cgt_actor *a = &cgt_actors[i];

		pr_alert("cgroup-torture: actor %s/%d: %s, pid %d, for %llu ms\n",
			 a->ops->name, a->id, READ_ONCE(a->state), READ_ONCE(a->target),
			 (now - READ_ONCE(a->since)) / 1000000ULL);
	}
	for (i = 0; i < nprocs; i++) {
		struct cgt_proc *p = &cgt_procs[i];

		read_lock(&tasklist_lock);
		rcu_read_lock();
		leader = find_task_by_vpid(p->tgid);
		if (!leader) {
			rcu_read_unlock();
			read_unlock(&tasklist_lock);
			continue;
		}
		pr_alert("cgroup-torture: tgid %d (%s): %d threads, %d live, fork lock writer %#lx, move %s, life %s\n",
			 p->tgid, cgt_class_name[p->class],
			 get_nr_threads(leader),
			 atomic_read(&leader->signal->live),
			 READ_ONCE(leader->signal->threadgroup_fork_lock.owner),
			 mutex_is_locked(&p->move_mutex) ? "held" : "free",
			 mutex_is_locked(&p->life_mutex) ? "held" : "free");
		n = 0;
		for_each_thread(leader, t) {
			if (n++ >= 8)
				break;
			pr_alert("cgroup-torture:   tid %d flags %#x state %ld exit_state %d run by host thread %lu\n",
				 task_pid_nr(t), READ_ONCE(t->flags),
				 READ_ONCE(t->state), READ_ONCE(t->exit_state),
				 READ_ONCE(t->call_owner));
		}
		rcu_read_unlock();
		read_unlock(&tasklist_lock);
	}
}

/* ------------------------------------------------------------------ */
/* Set-up and tear-down */

/*
 * The mount options of each hierarchy: hierarchy 0 "debug" and its
 * controllers' options; hierarchy 1 its controllers' ("none" if it has
 * none) and its name.
 */
static void cgt_build_opts(void)
{
	const struct cgt_subsys *const *ss;
	int h, len;

	for (h = 0; h < CGT_NR_HIER; h++) {
		char *opts = cgt_opts[h];
		size_t size = sizeof(cgt_opts[h]);

		len = h ? 0 : scnprintf(opts, size, "%s", cgt_base_opts[h]);
		for (ss = cgt_subsys; ss < cgt_subsys_end; ss++)
			if ((*ss)->hier == h)
				len += scnprintf(opts + len, size - len, "%s%s",
						 len ? "," : "",
						 (*ss)->mount_opts);
		if (h)
			scnprintf(opts + len, size - len, "%s,%s",
				  len ? "" : "none", cgt_base_opts[h]);
	}
}

static int cgt_setup_hierarchies(void)
{
	char path[96];
	long ret;
	int h, k;

	cgt_build_opts();
	for (h = 0; h < CGT_NR_HIER; h++) {
		ret = ksys_mkdir(cgt_mnt[h], 0755);
		if (ret && ret != -EEXIST)
			return ret;
		ret = ksys_mount("none", cgt_mnt[h], "cgroup", 0,
				 (void *)cgt_opts[h]);
		if (ret) {
			pr_alert("cgroup-torture: mount -o %s %s: %ld\n",
				 cgt_opts[h], cgt_mnt[h], ret);
			return ret;
		}
		for (k = 0; k < ncgroups; k++) {
			cgt_path(path, sizeof(path), h, k, NULL);
			ret = ksys_mkdir(path, 0755);
			if (ret)
				return ret;
		}
	}
	return 0;
}

static void cgt_teardown_hierarchies(bool check)
{
	char path[96];
	long ret;
	int h, k;

	for (h = 0; h < CGT_NR_HIER; h++) {
		for (k = 0; k < ncgroups; k++) {
			cgt_path(path, sizeof(path), h, k, NULL);
			ret = ksys_rmdir(path);
			if (ret && ret != -ENOENT && check)
				torture_fail("end: rmdir %s: %ld (a reference left behind)",
					     path, ret);
		}
		ret = ksys_umount(cgt_mnt[h], 0);
		if (ret && check)
			torture_fail("end: umount %s: %ld", cgt_mnt[h], ret);
		ret = ksys_rmdir(cgt_mnt[h]);
		if (ret && check)
			torture_fail("end: rmdir %s: %ld", cgt_mnt[h], ret);
	}
}

/* Is cgroup.procs writable?  Move the first process there and back. */
static void cgt_probe_procs(void)
{
	long ret = cgt_write_pid(0, 0, "cgroup.procs", cgt_procs[0].tgid);

	cgt_procs_writable = !ret;
	if (!ret)
		ret = cgt_write_pid(0, ncgroups, "cgroup.procs",
				    cgt_procs[0].tgid);
	if (!cgt_procs_writable) {
		pr_alert("cgroup-torture: ??? cgroup.procs is not writable (%ld): procs_writer disabled\n",
			 ret);
		if (require_procs)
			torture_fail("cgroup.procs is not writable: %ld", ret);
	} else if (ret) {
		torture_fail("probe: cgroup.procs write back to the root: %ld",
			     ret);
	}
}

static int cgt_start_procs(void)
{
	int i;

	cgt_procs = kcalloc(nprocs, sizeof(*cgt_procs), GFP_KERNEL);
	if (!cgt_procs)
		return -ENOMEM;
	for (i = 0; i < nprocs; i++) {
		struct cgt_proc *p = &cgt_procs[i];
		pid_t pid;

		p->class = i % 3;
		mutex_init(&p->move_mutex);
		mutex_init(&p->life_mutex);
		spin_lock_init(&p->gen_lock);
		p->hist[0] = ncgroups;	/* generation 0: the root */
		pid = spawn_process(current, nthreads, false);
		if (pid < 0)
			return pid;
		p->tgid = pid;
	}
	return 0;
}

static void cgt_stop_procs(void)
{
	int i, status;

	if (!cgt_procs)
		return;
	for (i = 0; i < nprocs; i++) {
		if (cgt_procs[i].tgid <= 0)
			continue;
		ksys_kill(cgt_procs[i].tgid, SIGKILL);
		kernel_wait4(cgt_procs[i].tgid, &status, 0);
	}
	kfree(cgt_procs);
	cgt_procs = NULL;
}

/* How many threads of the actor kind @ops run (0: it is disabled). */
static int cgt_nr_of(const struct cgt_ops *ops)
{
	if (!ops->op || (ops->enabled && !ops->enabled()))
		return 0;
	return ops->nr ? max(*ops->nr, 0) : 1;
}

/* Set up the @nr actors of kind @ops from cgt_actors[@n] on. */
static int cgt_add_actors(const struct cgt_ops *ops, int n)
{
	int i, nr = cgt_nr_of(ops);

	for (i = 0; i < nr; i++) {
		struct cgt_actor *a = &cgt_actors[n++];

		a->ops = ops;
		a->id = i;
		cgt_set_state(a, "starting", 0);
	}
	return n;
}

static int cgt_start_actors(void)
{
	const struct cgt_subsys *const *ss;
	const struct cgt_ops *ops;
	int n = 0, i, ret;

	for (ops = cgt_ops_vector; ops < cgt_ops_vector +
	     ARRAY_SIZE(cgt_ops_vector); ops++)
		n += cgt_nr_of(ops);
	for (ss = cgt_subsys; ss < cgt_subsys_end; ss++)
		n += cgt_nr_of(&(*ss)->actor);
	cgt_actors = kcalloc(n, sizeof(*cgt_actors), GFP_KERNEL);
	if (!cgt_actors)
		return -ENOMEM;
	n = 0;
	for (ops = cgt_ops_vector; ops < cgt_ops_vector +
	     ARRAY_SIZE(cgt_ops_vector); ops++)
		n = cgt_add_actors(ops, n);
	for (ss = cgt_subsys; ss < cgt_subsys_end; ss++)
		n = cgt_add_actors(&(*ss)->actor, n);
	/* partner: smp_load_acquire() in cgt_stats() and cgt_dump() */
	smp_store_release(&cgt_nr_actors, n);
	ret = torture_stutter_init(stutter, n, cgt_quiesced_check);
	if (ret)
		return ret;
	for (i = 0; i < cgt_nr_actors; i++) {
		struct cgt_actor *a = &cgt_actors[i];

		ret = torture_create_kthread(cgt_actor_fn, a, a->ops->name,
					     a->id, &a->task);
		if (ret)
			return ret;
	}
	return 0;
}

static void cgt_stop_actors(void)
{
	int i;

	for (i = 0; i < cgt_nr_actors; i++)
		torture_stop_kthread(cgt_actors[i].ops->name,
				     &cgt_actors[i].task);
}

/* At the end: a core actor that never succeeded tested nothing. */
static void cgt_check_coverage(void)
{
	int i;

	for (i = 0; i < cgt_nr_actors; i++) {
		struct cgt_actor *a = &cgt_actors[i];

		if (a->ops->core && !atomic_long_read(&a->n_ok))
			torture_fail("%s/%d never succeeded", a->ops->name,
				     a->id);
	}
	if (cgt_procs_writable && !atomic_long_read(&cgt_post_checks))
		torture_fail("no successful cgroup.procs write was checked");
}

static int cgt_main(int argc, char **argv)
{
	long threads, live_at_start, leaked, left;
	struct cgt_pids pids;
	char path[96];
	int ret, i;

	if (argc > 1 && !strcmp(argv[1], "help")) {
		torture_print_help(MODULE_PARAM_PREFIX);
		return 0;
	}
	ret = torture_parse_args(MODULE_PARAM_PREFIX, argc, argv);
	if (ret)
		return 1;
	if (nprocs < 1 || nthreads < 1 || nthreads > SPAWN_MAX_THREADS / 2 ||
	    ncgroups < 1 || ncgroups > CGT_MAX_CG || duration < 1) {
		pr_err("cgroup-torture: bad parameters\n");
		return 1;
	}
	if (fault_one_in && !IS_ENABLED(CONFIG_FAILSLAB)) {
		pr_err("cgroup-torture: fault_one_in needs CONFIG_FAILSLAB\n");
		return 1;
	}

	torture_init_begin("cgroup", seed);
	if (!seed)
		seed = (long)torture_seed();
	torture_print_params(MODULE_PARAM_PREFIX, "Start of test");
	/*
	 * A first mount allocates what the file systems keep for good
	 * (caches of the VFS, hierarchy ids), and a first open gives this
	 * task the fd table it keeps until it exits: warm both up before
	 * counting.
	 */
	if (!cgt_setup_hierarchies()) {
		snprintf(path, sizeof(path), "%s/tasks", cgt_mnt[0]);
		if (!cgt_read_pids(path, &pids))
			kfree(pids.pids);
		cgt_teardown_hierarchies(false);
	}
	/*
	 * Counted between two quiesced points (kthreads_quiesce()): every
	 * thread the test starts, the monitor's too, has ended and every
	 * deferred free has run when the second count is taken.
	 */
	threads = host_ops.threads_running();
	kthreads_quiesce(threads, 0);
	live_at_start = host_ops.mem_live();
	ret = torture_monitor_init(stat_interval, stall, cgt_stats, cgt_dump);
	if (ret)
		goto out_fail;
	ret = cgt_setup_hierarchies();
	if (ret) {
		torture_fail("set-up of the hierarchies: %d", ret);
		goto out_teardown;
	}
	ret = cgt_start_procs();
	if (ret) {
		torture_fail("spawning the workload: %d", ret);
		goto out_procs;
	}
	cgt_probe_procs();
	ret = cgt_start_actors();
	if (ret) {
		torture_fail("starting the actors: %d", ret);
		goto out_actors;
	}
	torture_init_end();

	for (i = 0; i < duration * 10 && !torture_failed(); i++)
		msleep(100);

out_actors:
	torture_cleanup_begin();
	cgt_stop_actors();
	torture_stutter_stop();
	if (cgt_procs)
		cgt_quiesced_check();
	cgt_stats();
	cgt_check_coverage();
out_procs:
	cgt_stop_procs();
out_teardown:
	cgt_teardown_hierarchies(!torture_failed());
	torture_monitor_stop();
	kfree(cgt_actors);
	cgt_actors = NULL;
	left = kthreads_quiesce(threads, CGT_QUIESCE_MS);
	if (left)
		torture_fail("%ld thread(s) still running", left);
	leaked = host_ops.mem_live() - live_at_start;
	if (leaked)
		torture_fail("%ld object(s) leaked", leaked);
out_fail:
	torture_print_params(MODULE_PARAM_PREFIX, "End of test");
	return torture_end();
}

USER_PROGRAM("torture", cgt_main);
