/* SPDX-License-Identifier: GPL-2.0 */
/*
 * cgroup_torture.h - what a controller's entry in the cgroup torture test
 * (kernel/cgroup_torture.c) is, and the framework functions its actor
 * and checks may call.
 *
 * A controller rides along in the torture test with one struct
 * cgt_subsys, defined next to the controller (kernel/cpuset_torture.c,
 * kernel/cgroup_freezer_torture.c, mm/memcontrol_torture.c, ...) and
 * listed in cgt_subsys[] in kernel/cgroup_torture.c: the hierarchy it
 * is bound to, its mount options, an actor that changes its state while
 * the movers run, its invariants at rest, and the errors its vetoes may
 * give a move.  Documentation/torture.txt section 8 is the checklist.
 */
#ifndef _KERNEL_CGROUP_TORTURE_H
#define _KERNEL_CGROUP_TORTURE_H

#include <linux/atomic.h>
#include <linux/compiler.h>
#include <linux/torture.h>
#include <linux/types.h>

/* Hierarchies: 0 binds debug, 1 is named cgtorture1 */
#define CGT_NR_HIER	2
/* Targets per hierarchy at most (ncgroups=) */
#define CGT_MAX_CG	16
/* css_sets the quiescent check can count */
#define CGT_MAX_CSS_SETS 128

struct cgroup;
struct cgt_actor;
struct cgt_proc;
struct task_struct;
/**
 * struct cgt_ops - one kind of actor: an entry of the ops vector
 * @name: for the stats line
 * @op: one operation; returns after counting its outcome
 * @enabled: may this actor run in this kernel? (NULL: always)
 * @nr: how many threads of it (a parameter; NULL: one)
 * @one_in: random delay after an operation, with probability 1/@one_in
 * @max_us: ... of up to this many microseconds
 * @core: the run fails if it never succeeded
 * @oracle: it only checks: its allocations are never failed on purpose
 *	(fault_one_in=), so that no check is skipped
 */
struct cgt_ops {
	const char *name;
	void (*op)(struct cgt_actor *a);
	bool (*enabled)(void);
	int *nr;
	unsigned int one_in;
	unsigned int max_us;
	bool core;
	bool oracle;
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
 * @n_injected: allocations of its thread failed on purpose
 *	(fault_one_in=); written by the actor, read by the stats
 * @injected_base: fail_injected() of its thread when it started
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
	atomic_long_t n_injected;
	unsigned long injected_base;
	const char *state;
	pid_t target;
	u64 since;
};

/**
 * struct cgt_subsys - a controller's entry in the torture test
 * @name: the subsystem's name
 * @hier: the hierarchy it is bound to (0 or 1)
 * @mount_opts: what it adds to that hierarchy's mount options
 * @actor: its actor (@actor.op NULL: none); it changes the controller's
 *	state while moves run, and counts each outcome with cgt_ok(),
 *	cgt_expected() or cgt_error()
 * @quiesced: its invariant at rest, or NULL: called at every quiescent
 *	point (all actors parked) and at the end; reports with
 *	torture_fail()
 * @task_check: its per-task invariant at rest, or NULL: called for every
 *	live task under tasklist_lock (read) and rcu_read_lock(); returns
 *	NULL, or what is wrong ("not in its cgroup's task group")
 * @move_refused: may a move in @hier fail with @err because of it (then
 *	it changed nothing)?  NULL: never
 */
struct cgt_subsys {
	const char *name;
	int hier;
	const char *mount_opts;
	struct cgt_ops actor;
	void (*quiesced)(void);
	const char *(*task_check)(struct task_struct *tsk);
	bool (*move_refused)(long err);
};

/* the entries (each in its controller's *_torture.c) */
extern const struct cgt_subsys cpuset_torture;
extern const struct cgt_subsys cpu_torture;
extern const struct cgt_subsys cpuacct_torture;
extern const struct cgt_subsys freezer_torture;
extern const struct cgt_subsys memcg_torture;
extern const struct cgt_subsys nice_torture;

/* cgroup_torture.c */
void cgt_set_state(struct cgt_actor *a, const char *state, pid_t pid);
void cgt_ok(struct cgt_actor *a);
void cgt_expected(struct cgt_actor *a, const char *what, long err);
__printf(2, 3) void cgt_error(struct cgt_actor *a, const char *fmt, ...);
bool cgt_injected(long err);
void cgt_fault_off(struct cgt_actor *a);
void cgt_path(char *buf, size_t size, int h, int k, const char *file);
void cgt_write_file(struct cgt_actor *a, int h, int k, const char *file,
		    const char *val);
int cgt_nr_targets(void);
int cgt_random_target(struct cgt_actor *a);
int cgt_task_index(struct task_struct *tsk);
struct cgt_proc *cgt_pick_proc(struct cgt_actor *a);
struct task_struct *cgt_pick_thread(struct cgt_proc *p, struct cgt_actor *a,
				    bool non_leader);

/*
 * Between the framework's own files (cgroup_torture.c and
 * cgroup_torture_check.c); a controller's entry does not need them.
 */

/**
 * struct cgt_pids - the ids read from a tasks or cgroup.procs file
 * @pids: the ids, kmalloc()ed, in file order
 * @nr: how many
 */
struct cgt_pids {
	pid_t *pids;
	int nr;
};

/* cgroup_torture.c */
int cgt_cgroup_index(const struct cgroup *cgrp);
void cgt_subsys_quiesced(void);
const char *cgt_subsys_task_check(struct task_struct *tsk);

/* cgroup_torture_check.c */
extern atomic_long_t cgt_quiesced;
int cgt_read_pids(const char *path, struct cgt_pids *out);
void cgt_quiesced_check(void);

#endif /* _KERNEL_CGROUP_TORTURE_H */
