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
#include <host_ops.h>
#include "sched-internal.h"

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

#define CGT_NR_HIER	2
#define CGT_MAX_CG	16
#define CGT_HIST	16	/* generations remembered per process */
#define CGT_PIPE_LEN	10	/* histogram buckets; the last is ">= 9" */
#define CGT_MAX_CSS_SETS 128
#define CGT_QUIESCE_MS	10000	/* for the test's threads to end */

static const char *const cgt_mnt[CGT_NR_HIER] = {
	"/dev/cgtorture0", "/dev/cgtorture1",
};

/*
 * Subsystems ride along in hierarchy 0 when they are built, so that the
 * quiesced check can verify their per-task state after every move:
 *  - cpuset, with clone_children, which gives every target (also those
 *    the mkdir/rmdir actor makes again) the top cpuset's CPUs and nodes,
 *    so that moves into it are not ENOSPC;
 *  - cpu and cpuacct: every task's scheduler group is checked, and every
 *    system call of the test is charged;
 *  - freezer: the freezer actor freezes and thaws targets, so moves into
 *    them, and of threads in them, can be refused with EBUSY.
 * Hierarchy 1 has the memory controller: moves there can get ENOMEM.
 */
#ifdef CONFIG_CPUSETS
#define CGT_OPTS_CPUSET		",cpuset,clone_children"
#else
#define CGT_OPTS_CPUSET		""
#endif
#ifdef CONFIG_CGROUP_SCHED
#define CGT_OPTS_CPU		",cpu"
#else
#define CGT_OPTS_CPU		""
#endif
#ifdef CONFIG_CGROUP_CPUACCT
#define CGT_OPTS_CPUACCT	",cpuacct"
#else
#define CGT_OPTS_CPUACCT	""
#endif
#ifdef CONFIG_CGROUP_FREEZER
#define CGT_OPTS_FREEZER	",freezer"
#else
#define CGT_OPTS_FREEZER	""
#endif
#ifdef CONFIG_CGROUP_MEM_RES_CTLR
#define CGT_OPTS_H1		"memory,name=cgtorture1"
#else
#define CGT_OPTS_H1		"none,name=cgtorture1"
#endif

static const char *const cgt_opts[CGT_NR_HIER] = {
	"debug" CGT_OPTS_CPUSET CGT_OPTS_CPU CGT_OPTS_CPUACCT CGT_OPTS_FREEZER,
	CGT_OPTS_H1,
};

/* memcg: the hierarchy memory is bound to (moves there can get ENOMEM) */
#define CGT_MEMCG_HIER	1

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

struct cgt_actor;

/**
 * struct cgt_ops - one kind of actor: an entry of the ops vector
 * @name: for the stats line
 * @op: one operation; returns after counting its outcome
 * @enabled: may this actor run in this kernel? (NULL: always)
 * @nr: how many threads of it (a parameter)
 * @one_in: random delay after an operation, with probability 1/@one_in
 * @max_us: ... of up to this many microseconds
 * @core: the run fails if it never succeeded
 */
struct cgt_ops {
	const char *name;
	void (*op)(struct cgt_actor *a);
	bool (*enabled)(void);
	int *nr;
	unsigned int one_in;
	unsigned int max_us;
	bool core;
};

/**
 * struct cgt_actor - one actor thread
 * @ops: its kind
 * @id: its number among actors of that kind
 * @task: its kernel thread
 * @rand: its random numbers (the actor only)
 * @n_ok: operations that succeeded
 * @n_fail: expected failures (EBUSY rmdir, a thread that exited, ...)
 * @n_err: unexpected results (each is a torture_fail())
 * @state: what it does now, for the watchdog (READ_ONCE/WRITE_ONCE)
 * @target: the pid it works on, for the watchdog (READ_ONCE/WRITE_ONCE)
 * @since: when it began @state (READ_ONCE/WRITE_ONCE)
 */
struct cgt_actor {
	const struct cgt_ops *ops;
	int id;
	struct task_struct *task;
	struct torture_random_state rand;
	atomic_long_t n_ok;
	atomic_long_t n_fail;
	atomic_long_t n_err;
	const char *state;
	pid_t target;
	u64 since;
};

static struct cgt_proc *cgt_procs;
static struct cgt_actor *cgt_actors;
static int cgt_nr_actors;	/* published with smp_store_release() */
static bool cgt_procs_writable;
static atomic_long_t cgt_pipe[CGT_PIPE_LEN];
static atomic_long_t cgt_quiesced;
static atomic_long_t cgt_post_checks;

/* ------------------------------------------------------------------ */
/* Helpers */

static void cgt_set_state(struct cgt_actor *a, const char *state, pid_t pid)
{
	/* partner: READ_ONCE()s in cgt_dump() */
	WRITE_ONCE(a->state, state);
	WRITE_ONCE(a->target, pid);
	WRITE_ONCE(a->since, ktime_get_ns());
}

static void cgt_ok(struct cgt_actor *a)
{
	atomic_long_inc(&a->n_ok);
	torture_progress();
}

static void cgt_expected(struct cgt_actor *a, const char *what, long err)
{
	atomic_long_inc(&a->n_fail);
	torture_progress();
	if (verbose)
		pr_info("cgroup-torture: %s/%d: %s: %ld (expected)\n",
			a->ops->name, a->id, what, err);
}

__printf(2, 3)
static void cgt_error(struct cgt_actor *a, const char *fmt, ...)
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

/* Target @k: 0..ncgroups-1 is "tK", ncgroups is the hierarchy's root. */
static void cgt_path(char *buf, size_t size, int h, int k, const char *file)
{
	if (k >= ncgroups)
		snprintf(buf, size, "%s%s%s", cgt_mnt[h], file ? "/" : "",
			 file ? file : "");
	else
		snprintf(buf, size, "%s/t%d%s%s", cgt_mnt[h], k,
			 file ? "/" : "", file ? file : "");
}

/* The target index of a cgroup of hierarchy 0, by name; -1: not ours. */
static int cgt_cgroup_index(const struct cgroup *cgrp)
{
	int k;

	if (!cgrp->parent)
		return ncgroups;
	if (cgrp->name[0] != 't' || cgrp->parent->parent ||
	    kstrtoint(cgrp->name + 1, 10, &k) || k < 0 || k >= ncgroups)
		return -1;
	return k;
}

/* @tsk's target index in hierarchy 0.  Context: rcu_read_lock(). */
static int cgt_task_index(struct task_struct *tsk)
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

/*
 * A move in hierarchy 0 may fail with EBUSY when the freezer is bound
 * there: the target, or a thread's cgroup, is FREEZING or FROZEN.  The
 * move must then change nothing, which the generation oracle checks
 * for PROCS processes (the write's generation is taken back: a thread
 * found in its target would be too old).
 */
static bool cgt_ebusy_expected(int h)
{
	return h == 0 && IS_ENABLED(CONFIG_CGROUP_FREEZER);
}

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

/*
 * memcg: a move in its hierarchy whose target cannot take the charges
 * (move_charge_at_immigrate with a small limit set by the memcg actor).
 */
static bool cgt_memcg_refused(int h, long ret)
{
	return IS_ENABLED(CONFIG_CGROUP_MEM_RES_CTLR) &&
	       h == CGT_MEMCG_HIER && ret == -ENOMEM;
}

static struct cgt_proc *cgt_pick_proc(struct cgt_actor *a)
{
	return &cgt_procs[torture_random(&a->rand) % nprocs];
}

/*
 * A random live thread of @p (optionally not its leader), referenced, or
 * NULL.  Like user space picking a tid from /proc/PID/task.
 */
static struct task_struct *cgt_pick_thread(struct cgt_proc *p,
					   struct cgt_actor *a,
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
/* Reading pid lists */

struct cgt_pids {
	pid_t *pids;
	int nr;
};

static int cgt_read_pids(const char *path, struct cgt_pids *out)
{
	size_t size = 4096, len = 0;
	char *buf, *s, *next;
	long fd, ret;
	int n = 0;

	out->pids = NULL;
	out->nr = 0;
	fd = ksys_open(path, O_RDONLY, 0);
	if (fd < 0)
		return fd;
	buf = kmalloc(size, GFP_KERNEL);
	if (!buf) {
		ksys_close(fd);
		return -ENOMEM;
	}
	for (;;) {
		if (len + 1 >= size) {
			char *bigger = kmalloc(size * 2, GFP_KERNEL);

			if (!bigger) {
				ret = -ENOMEM;
				goto out_free;
			}
			memcpy(bigger, buf, len);
			kfree(buf);
			buf = bigger;
			size *= 2;
		}
		ret = ksys_read(fd, buf + len, size - len - 1);
		if (ret < 0)
			goto out_free;
		if (!ret)
			break;
		len += ret;
	}
	buf[len] = '\0';
	for (s = buf; *s; s++)
		n += *s == '\n';
	out->pids = kcalloc(n + 1, sizeof(pid_t), GFP_KERNEL);
	if (!out->pids) {
		ret = -ENOMEM;
		goto out_free;
	}
	for (s = buf; *s; s = next) {
		next = strchr(s, '\n');
		if (!next)
			break;
		*next++ = '\0';
		if (kstrtoint(s, 10, &out->pids[out->nr]) == 0)
			out->nr++;
	}
	ret = 0;
out_free:
	kfree(buf);
	ksys_close(fd);
	return ret;
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
		if (cgt_ebusy_expected(h))
			cgt_expected(a, "procs write", ret);
		else
			cgt_error(a, "procs write of %d to %d/%d: EBUSY",
				  pid, h, k);
		break;
	default:
		if (p->class == CGT_CLASS_PROCS)
			cgt_gen_abort(p);
		if (cgt_memcg_refused(h, ret))
			cgt_expected(a, "procs write", ret);
		else
			cgt_error(a, "procs write of %d (flavour %u) to %d/%d: %ld",
				  pid, flavour, h, k, ret);
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
		if (cgt_ebusy_expected(h)) {
			cgt_expected(a, "tasks write", ret);
			break;
		}
		fallthrough;
	default:
		if (cgt_memcg_refused(h, ret))
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
		else if (ret == -EINTR || ret == -ESRCH || ret == -EAGAIN)
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
		else if (ret == -EINTR || ret == -ESRCH || ret == -EAGAIN)
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
		else if (ret == -EEXIST)
			cgt_expected(a, "mkdir", ret);
		else
			cgt_error(a, "mkdir %s: %ld", path, ret);
	} else {
		cgt_set_state(a, "rmdir", 0);
		ret = ksys_rmdir(path);
		if (!ret)
			cgt_ok(a);
		else if (ret == -EBUSY || ret == -ENOENT)
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

/*
 * Subsystem actors (freezer flips, cpuset and memory-limit changes): each
 * runs only when its subsystem is built, and adds its invariant to
 * cgt_quiesced_check().
 */
static bool cgt_have_freezer(void)
{
	return IS_ENABLED(CONFIG_CGROUP_FREEZER);
}

static bool cgt_have_cpuset(void)
{
	return IS_ENABLED(CONFIG_CPUSETS);
}

static bool cgt_have_memcg(void)
{
	return IS_ENABLED(CONFIG_CGROUP_MEM_RES_CTLR);
}

/*
 * The cpuset actor: give a random target of hierarchy 0 a random
 * non-empty set of CPUs or of memory nodes while moves run.  A target
 * the mkdir/rmdir actor removed meanwhile is an expected failure.
 */
static void cgt_cpuset_changer(struct cgt_actor *a)
{
	int k = torture_random(&a->rand) % ncgroups;
	bool mems = torture_random(&a->rand) & 1;
	unsigned int nr = mems ? nr_node_ids : nr_cpu_ids;
	unsigned long bits = torture_random(&a->rand) % ((1UL << nr) - 1) + 1;
	char path[96], buf[64];
	long fd, ret;
	int len;

	len = bitmap_print_list(buf, sizeof(buf) - 1, &bits, nr);
	buf[len++] = '\n';
	cgt_path(path, sizeof(path), 0, k,
		 mems ? "cpuset.mems" : "cpuset.cpus");
	cgt_set_state(a, mems ? "cpuset.mems" : "cpuset.cpus", 0);
	fd = ksys_open(path, O_WRONLY, 0);
	if (fd < 0) {
		if (fd == -ENOENT)
			cgt_expected(a, "open", fd);
		else
			cgt_error(a, "open %s: %ld", path, fd);
		return;
	}
	ret = ksys_write(fd, buf, len);
	ksys_close(fd);
	if (ret == len)
		cgt_ok(a);
	else if (ret == -ENODEV)
		cgt_expected(a, "write", ret);
	else
		cgt_error(a, "write %.*s to %s: %ld", len - 1, buf, path, ret);
}

#ifdef CONFIG_CGROUP_MEM_RES_CTLR
static long cgt_mmap_fn(void *arg)
{
	return ksys_mmap((unsigned long)arg);
}

static long cgt_munmap_fn(void *arg)
{
	return ksys_munmap((unsigned long)arg);
}

/* Write @val to memory.@file of target @k of the memcg hierarchy. */
static long cgt_memcg_write(int k, const char *file, const char *val)
{
	char path[96];
	long fd, ret;

	cgt_path(path, sizeof(path), CGT_MEMCG_HIER, k, file);
	fd = ksys_open(path, O_WRONLY, 0);
	if (fd < 0)
		return fd;
	ret = ksys_write(fd, val, strlen(val));
	ksys_close(fd);
	return ret < 0 ? ret : 0;
}

/*
 * memcg: map or unmap pages in a random thread of a random process
 * (charged to the owner's memcg), change a target's limit or its
 * move_charge_at_immigrate while the movers run, or check the
 * conservation invariant, which holds at all times.
 */
static void cgt_memcg(struct cgt_actor *a)
{
	static const char *const limits[] = { "-1", "-1", "1m", "256k", "64k" };
	unsigned int op = torture_random(&a->rand) % 10;
	int k = torture_random(&a->rand) % ncgroups;
	unsigned long npages = 1 + torture_random(&a->rand) % 16;
	struct cgt_proc *p;
	struct task_struct *t;
	char val[4];
	long ret;

	if (op < 6) {
		p = cgt_pick_proc(a);
		t = cgt_pick_thread(p, a, false);
		if (!t) {
			cgt_expected(a, "pick", -ESRCH);
			return;
		}
		cgt_set_state(a, op < 4 ? "mmap" : "munmap",
			      task_pid_nr(t));
		ret = task_call(t, op < 4 ? cgt_mmap_fn : cgt_munmap_fn,
				(void *)npages);
		put_task_struct(t);
		if (!ret)
			cgt_ok(a);
		else if (ret == -ENOMEM || ret == -EINVAL || ret == -ESRCH ||
			 ret == -EINTR)
			/* limit; unmapped too much or no mm; thread gone */
			cgt_expected(a, "mmap/munmap", ret);
		else
			cgt_error(a, "mmap/munmap of %lu: %ld", npages, ret);
	} else if (op < 8) {
		const char *file = op == 6 ? "memory.limit_in_bytes" :
					     "memory.move_charge_at_immigrate";
		unsigned long r = torture_random(&a->rand);

		if (op == 6) {
			ret = cgt_memcg_write(k, file,
					      limits[r % ARRAY_SIZE(limits)]);
		} else {
			snprintf(val, sizeof(val), "%lu", r % 4);
			ret = cgt_memcg_write(k, file, val);
		}
		if (!ret)
			cgt_ok(a);
		else if (ret == -EBUSY || ret == -ENOENT || ret == -ENODEV)
			/* limit below the usage; target removed */
			cgt_expected(a, file, ret);
		else
			cgt_error(a, "write %s of %d: %ld", file, k, ret);
	} else {
		cgt_set_state(a, "memcg conservation", 0);
		if (mem_cgroup_check_conservation())
			cgt_error(a, "memcg conservation invariant broken");
		else
			cgt_ok(a);
	}
}
#else
/* Never run: cgt_have_memcg() is false without the memory controller. */
static void cgt_memcg(struct cgt_actor *a)
{
}
#endif

/* Write @str through the open file @fd.  Return: 0 or -errno. */
static long cgt_write_fd(long fd, const char *str)
{
	int len = strlen(str);
	long ret = ksys_write(fd, str, len);

	if (ret < 0)
		return ret;
	return ret == len ? 0 : -EIO;
}

/* freezer.state of target @k into @buf (no newline).  Return: 0 or -errno. */
static long cgt_freezer_state(int k, char *buf, size_t size)
{
	char path[96];
	long fd, ret;

	cgt_path(path, sizeof(path), 0, k, "freezer.state");
	fd = ksys_open(path, O_RDONLY, 0);
	if (fd < 0)
		return fd;
	ret = ksys_read(fd, buf, size - 1);
	ksys_close(fd);
	if (ret < 0)
		return ret;
	buf[ret] = '\0';
	strim(buf);
	return 0;
}

/*
 * The freezer invariant, a thread is marked iff its cgroup is frozen,
 * under cgroup_mutex (no move, no state change, no rmdir meanwhile):
 *  - a task of a FREEZING/FROZEN cgroup is marked, unless its creator
 *    still holds it (a fork between linking and the fork hook: its call
 *    slot is held until wake_up_new_task()) - so every task whose slot
 *    is free must be;
 *  - a task of a THAWED cgroup is never marked.
 * Exiting tasks are left out (they move to the root on the way out).
 * Return: the number of tasks breaking it (each one reported).
 */
static int cgt_freezer_violations(const char *when)
{
	struct task_struct *p, *t;
	int bad = 0;

	cgroup_lock();
	read_lock(&tasklist_lock);
	rcu_read_lock();
	for_each_process(p) {
		for_each_thread(p, t) {
			bool cg_frozen, marked, running;

			if (READ_ONCE(t->flags) & PF_EXITING)
				continue;
			/*
			 * The slot first: a creator releases a child's slot
			 * (seq_cst) only after the fork hook marked it, so a
			 * slot seen free here orders the mark before the
			 * read of it below.
			 */
			running = task_call_running(t);
			marked = freezing(t);
			cg_frozen = cgroup_freezing_or_frozen(t);
			if (cg_frozen == marked || (cg_frozen && running))
				continue;
			if (bad++ < 4)
				torture_fail("%s: tid %d (tgid %d, flags %#x, exit %d) %s in t%d",
					     when, task_pid_nr(t), t->tgid,
					     READ_ONCE(t->flags),
					     READ_ONCE(t->exit_state),
					     marked ? "marked" : "not marked",
					     cgt_task_index(t));
		}
	}
	rcu_read_unlock();
	read_unlock(&tasklist_lock);
	cgroup_unlock();
	return bad;
}

/*
 * The freezer actor: freeze a target of hierarchy 0 while everything
 * else runs (moves into and out of it fail with EBUSY and move nothing;
 * other actors' calls into its threads park in the refrigerator), check
 * that every thread of it was marked, read the state, thaw it and check
 * that no mark is left.  It always thaws before it returns, so no actor
 * stays parked across a stutter pause or the end of the run.
 *
 * mkdir_rmdir may remove the target (once empty) and make it again at
 * any time: the writes go through one open file, which names the
 * cgroup it was opened on (-ENODEV once that is removed), and a state
 * read by path counts only if that cgroup was still there after it.
 */
static void cgt_freezer(struct cgt_actor *a)
{
	int k = torture_random(&a->rand) % ncgroups;
	char path[96], state[16];
	long fd, ret, read_ret;

	cgt_path(path, sizeof(path), 0, k, "freezer.state");
	cgt_set_state(a, "freeze", 0);
	fd = ksys_open(path, O_WRONLY, 0);
	if (fd == -ENOENT) {
		cgt_expected(a, "open freezer.state", fd);
		return;
	}
	if (fd < 0) {
		cgt_error(a, "open %s: %ld", path, fd);
		return;
	}
	ret = cgt_write_fd(fd, "FROZEN");
	if (ret && ret != -ENODEV)
		cgt_error(a, "write FROZEN to t%d: %ld", k, ret);
	cgt_set_state(a, "check frozen", 0);
	if (cgt_freezer_violations("freezer after FROZEN"))
		cgt_error(a, "t%d: marks do not match the states", k);
	read_ret = cgt_freezer_state(k, state, sizeof(state));
	if (!ret && !read_ret && !cgt_write_fd(fd, "FROZEN") &&
	    strcmp(state, "FREEZING") && strcmp(state, "FROZEN"))
		cgt_error(a, "t%d reads %s after FROZEN", k, state);
	cgt_set_state(a, "hold frozen", 0);
	usleep_range(100, 100 + torture_random(&a->rand) % 2000);

	cgt_set_state(a, "thaw", 0);
	ret = cgt_write_fd(fd, "THAWED");
	ksys_close(fd);
	if (ret && ret != -ENODEV)
		cgt_error(a, "write THAWED to t%d: %ld", k, ret);
	if (cgt_freezer_violations("freezer after THAWED"))
		cgt_error(a, "t%d: marks do not match the states", k);
	if (ret)
		cgt_expected(a, "thaw", ret);
	else
		cgt_ok(a);
}

/* Quiescent: every target THAWED (the actor thaws), no task marked. */
static void cgt_freezer_quiesced_check(void)
{
	char state[16];
	int k;

	if (!IS_ENABLED(CONFIG_CGROUP_FREEZER))
		return;
	for (k = 0; k < ncgroups; k++) {
		if (cgt_freezer_state(k, state, sizeof(state)))
			continue;	/* removed: made again later */
		if (strcmp(state, "THAWED"))
			torture_fail("quiescent: t%d is %s", k, state);
	}
	cgt_freezer_violations("quiescent");
}

static int cgt_nr_one = 1;

static const struct cgt_ops cgt_ops_vector[] = {
	{ "procs_writer", cgt_procs_writer, cgt_have_procs, &nwriters,
	  4, 50, true },
	{ "tasks_mover", cgt_tasks_mover, NULL, &nmovers, 4, 50, true },
	{ "forker", cgt_forker, NULL, &nforkers, 8, 50, true },
	{ "execer", cgt_execer, NULL, &nexecers, 1, 20000, true },
	{ "zombie", cgt_zombie, NULL, &nzombies, 1, 20000, true },
	{ "mkdir_rmdir", cgt_mkdir_rmdir, NULL, &nmkdirs, 1, 5000, true },
	{ "checker", cgt_checker, NULL, &ncheckers, 4, 100, true },
	{ "freezer", cgt_freezer, cgt_have_freezer, &cgt_nr_one, 1, 1000 },
	{ "cpuset", cgt_cpuset_changer, cgt_have_cpuset, &cgt_nr_one, 1,
	  1000 },
	{ "memcg", cgt_memcg, cgt_have_memcg, &cgt_nr_one, 4, 200, true },
};

static int cgt_actor_fn(void *arg)
{
	struct cgt_actor *a = arg;

	do {
		a->ops->op(a);
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
/* The quiescent check: every actor parked (stutter) or stopped (end) */

struct cgt_cg_count {
	struct css_set *cg;
	int users;
};

static int cmp_pid(const void *a, const void *b)
{
	pid_t x = *(const pid_t *)a, y = *(const pid_t *)b;

	return x < y ? -1 : x > y;
}

/* cgroup.procs of a cgroup must be the tgids of its tasks, sorted, unique */
static void cgt_check_procs_file(const char *path, struct cgt_pids *tasks,
				 struct cgt_pids *procs)
{
	pid_t *want;
	int i, n = 0;

	want = kcalloc(tasks->nr + 1, sizeof(pid_t), GFP_KERNEL);
	if (!want)
		return;
	rcu_read_lock();
	for (i = 0; i < tasks->nr; i++) {
		struct task_struct *t = find_task_by_vpid(tasks->pids[i]);

		if (t)
			want[n++] = t->tgid;
	}
	rcu_read_unlock();
	sort(want, n, sizeof(pid_t), cmp_pid, NULL);
	for (i = 0; i < n; i++)
		if (i && want[i] == want[i - 1])
			want[i - 1] = 0;
	for (i = 0; i < n; i++)
		if (!want[i])
			memmove(&want[i], &want[i + 1],
				(--n - i) * sizeof(pid_t)), i--;
	if (n != procs->nr || memcmp(want, procs->pids, n * sizeof(pid_t)))
		torture_fail("quiescent: %s lists %d tgid(s), its tasks %d",
			     path, procs->nr, n);
	kfree(want);
}

static void cgt_count_css_set(struct cgt_cg_count *cc, int *nr,
			      struct css_set *cg, bool ref)
{
	int i;

	for (i = 0; i < *nr; i++)
		if (cc[i].cg == cg)
			break;
	if (i == *nr) {
		if (*nr == CGT_MAX_CSS_SETS)
			return;
		cc[i].cg = cg;
		cc[i].users = 0;
		(*nr)++;
	}
	cc[i].users += ref;
}

/*
 * The cpuset invariant at rest: every live task has exactly its
 * cpuset's CPUs and nodes.  Per-CPU kernel threads keep their one CPU
 * and are left out.
 */
static void cgt_check_cpuset_masks(void)
{
	struct task_struct *tsk;
	cpumask_t want;
	nodemask_t want_mems;
	bool cpus_ok, mems_ok;
	pid_t pid;

	if (!IS_ENABLED(CONFIG_CPUSETS))
		return;
	for (pid = 1; pid <= pid_max; pid++) {
		tsk = find_get_task_by_vpid(pid);
		if (!tsk)
			continue;
		if (READ_ONCE(tsk->flags) & (PF_EXITING | PF_THREAD_BOUND)) {
			put_task_struct(tsk);
			continue;
		}
		cpuset_cpus_allowed(tsk, &want);
		want_mems = cpuset_mems_allowed(tsk);
		task_lock(tsk);
		cpus_ok = cpumask_equal(&tsk->cpus_allowed, &want);
		mems_ok = nodes_equal(tsk->mems_allowed, want_mems);
		task_unlock(tsk);
		if (!cpus_ok || !mems_ok)
			torture_fail("quiescent: tid %d: %s differ from its cpuset's",
				     pid, cpus_ok ? "mems" : "cpus");
		put_task_struct(tsk);
	}
}

/*
 * Every live task is listed exactly once per hierarchy, in the cgroup it
 * is in; cgroup.procs agrees with tasks; css_set refcounts equal their
 * users; each cgroup's count equals its css_sets; an empty target can be
 * removed; with cpusets, every task has its cpuset's masks.
 */
static void cgt_quiesced_check(void)
{
	struct cgt_pids tasks[CGT_NR_HIER][CGT_MAX_CG + 1] = {};
	struct cgt_pids procs;
	struct cgt_cg_count *cc;
	u8 *where[CGT_NR_HIER] = {}, *count[CGT_NR_HIER] = {};
	struct task_struct *p, *t;
	int h, k, i, nr_cc = 0, live = 0, listed = 0;
	char path[96];

	atomic_long_inc(&cgt_quiesced);
	cgt_check_cpuset_masks();
	cgt_freezer_quiesced_check();
	cc = kcalloc(CGT_MAX_CSS_SETS, sizeof(*cc), GFP_KERNEL);
	for (h = 0; h < CGT_NR_HIER; h++) {
		where[h] = kmalloc(pid_max + 1, GFP_KERNEL);
		count[h] = kzalloc(pid_max + 1, GFP_KERNEL);
	}
	if (!cc || !where[0] || !where[1] || !count[0] || !count[1]) {
		pr_alert("cgroup-torture: ??? quiescent check: out of memory\n");
		goto out_free;
	}

	for (h = 0; h < CGT_NR_HIER; h++) {
		memset(where[h], 0xff, pid_max + 1);
		for (k = 0; k <= ncgroups; k++) {
			cgt_path(path, sizeof(path), h, k, "tasks");
			if (cgt_read_pids(path, &tasks[h][k]))
				continue;
			for (i = 0; i < tasks[h][k].nr; i++) {
				pid_t pid = tasks[h][k].pids[i];

				if (pid <= 0 || pid > pid_max)
					continue;
				count[h][pid]++;
				where[h][pid] = k;
				listed++;
			}
			cgt_path(path, sizeof(path), h, k, "cgroup.procs");
			if (!cgt_read_pids(path, &procs)) {
				cgt_check_procs_file(path, &tasks[h][k],
						     &procs);
				kfree(procs.pids);
			}
		}
	}

	read_lock(&tasklist_lock);
	rcu_read_lock();
	cgt_count_css_set(cc, &nr_cc, rcu_dereference(init_task.cgroups),
			  true);
	for_each_process(p) {
		for_each_thread(p, t) {
			struct css_set *cg = rcu_dereference(t->cgroups);
			bool exiting = READ_ONCE(t->flags) & PF_EXITING;
			pid_t pid = task_pid_nr(t);

			/* after cgroup_exit() a task holds no reference */
			cgt_count_css_set(cc, &nr_cc, cg, !exiting);
			if (exiting) {
				for (h = 0; h < CGT_NR_HIER; h++) {
					if (!count[h][pid])
						continue;
					torture_fail("quiescent: exiting tid %d listed in %d",
						     pid, h);
				}
				continue;
			}
			live++;
			for (h = 0; h < CGT_NR_HIER; h++)
				if (count[h][pid] != 1)
					torture_fail("quiescent: tid %d listed %d times in %d",
						     pid, count[h][pid], h);
			k = cgt_task_index(t);
			if (k != where[0][pid])
				torture_fail("quiescent: tid %d is in %d, listed in %d",
					     pid, k, where[0][pid]);
			if (cgroup_is_removed(task_cgroup(t, debug_subsys_id)))
				torture_fail("quiescent: tid %d in a removed cgroup",
					     pid);
			if (!sched_task_group_check(t))
				torture_fail("quiescent: tid %d not in its cgroup's task group",
					     pid);
		}
	}
	for (i = 0; i < nr_cc; i++) {
		int want = cc[i].users + (cc[i].cg == &init_css_set);
		int got = atomic_read(&cc[i].cg->refcount);

		if (got != want)
			torture_fail("quiescent: css_set %d has refcount %d, %d users",
				     i, got, want);
	}
	for (i = 0; i < nr_cc; i++) {
		struct cgroup *cgrp = cc[i].cg->subsys[debug_subsys_id]->cgroup;
		int j, nr = 0;

		for (j = 0; j < nr_cc; j++)
			nr += cc[j].cg->subsys[debug_subsys_id]->cgroup ==
			      cgrp;
		if (atomic_read(&cgrp->count) != nr)
			torture_fail("quiescent: cgroup %d is linked by %d css_set(s), count %d",
				     cgt_cgroup_index(cgrp), nr,
				     atomic_read(&cgrp->count));
	}
	rcu_read_unlock();
	read_unlock(&tasklist_lock);

	if (listed != live * CGT_NR_HIER)
		torture_fail("quiescent: %d tids listed for %d live tasks in %d hierarchies",
			     listed, live, CGT_NR_HIER);

	/* memcg: the pages charged to all memcgs are the pages mapped */
	if (IS_ENABLED(CONFIG_CGROUP_MEM_RES_CTLR) &&
	    mem_cgroup_check_conservation())
		torture_fail("quiescent: memcg charges differ from mapped pages");

	/* an empty target holds no reference: rmdir must work */
	for (h = 0; h < CGT_NR_HIER; h++) {
		for (k = 0; k < ncgroups; k++) {
			long ret;

			if (!tasks[h][k].pids || tasks[h][k].nr)
				continue;
			cgt_path(path, sizeof(path), h, k, NULL);
			ret = ksys_rmdir(path);
			if (ret)
				torture_fail("quiescent: rmdir of empty %s: %ld",
					     path, ret);
			else if (!torture_must_stop())
				ksys_mkdir(path, 0755);
		}
	}

out_free:
	for (h = 0; h < CGT_NR_HIER; h++) {
		for (k = 0; k <= ncgroups; k++)
			kfree(tasks[h][k].pids);
		kfree(where[h]);
		kfree(count[h]);
	}
	kfree(cc);
}

/* ------------------------------------------------------------------ */
/* Stats and the watchdog's dump */

static void cgt_stats(void)
{
	/* partner: smp_store_release() in cgt_start_actors() */
	int nr = smp_load_acquire(&cgt_nr_actors);
	char line[768];
	long ok, fail, err, total_err = 0;
	int i, len = 0;
	bool suspicious = false;

	for (i = 0; i < nr; i++) {
		struct cgt_actor *a = &cgt_actors[i];

		ok = atomic_long_read(&a->n_ok);
		fail = atomic_long_read(&a->n_fail);
		err = atomic_long_read(&a->n_err);
		total_err += err;
		if (a->ops->core && !ok)
			suspicious = true;
		len += scnprintf(line + len, sizeof(line) - len,
				 " %s/%d %ld/%ld/%ld", a->ops->name, a->id,
				 ok, fail, err);
	}
	pr_alert("cgroup-torture: Stats (ok/fail/err):%s quiesced %ld post-write %ld%s%s\n",
		 line, atomic_long_read(&cgt_quiesced),
		 atomic_long_read(&cgt_post_checks),
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

static int cgt_setup_hierarchies(void)
{
	char path[96];
	long ret;
	int h, k;

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

static int cgt_start_actors(void)
{
	const struct cgt_ops *ops;
	int n = 0, i, ret;

	for (ops = cgt_ops_vector; ops < cgt_ops_vector +
	     ARRAY_SIZE(cgt_ops_vector); ops++)
		if (!ops->enabled || ops->enabled())
			n += max(*ops->nr, 0);
	cgt_actors = kcalloc(n, sizeof(*cgt_actors), GFP_KERNEL);
	if (!cgt_actors)
		return -ENOMEM;
	n = 0;
	for (ops = cgt_ops_vector; ops < cgt_ops_vector +
	     ARRAY_SIZE(cgt_ops_vector); ops++) {
		if (ops->enabled && !ops->enabled())
			continue;
		for (i = 0; i < *ops->nr; i++) {
			struct cgt_actor *a = &cgt_actors[n++];

			a->ops = ops;
			a->id = i;
			cgt_set_state(a, "starting", 0);
		}
	}
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
