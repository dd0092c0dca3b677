// SPDX-License-Identifier: GPL-2.0
/*
 * cgroup_contract_test.c - KUnit suite "cgroup_contract": what the core's
 * documentation (Documentation/cgroups/cgroups.txt 3.3, and
 * Documentation/cgroups/writing-a-subsystem.txt) promises every subsystem
 * and demands of it, checked against every subsystem compiled into the
 * kernel.
 *
 * The subsystems are found through the subsystem table,
 * <linux/cgroup_subsys.h>: each case is run once per entry (a KUnit
 * parameter named after the subsystem), once with the subsystem alone on
 * a hierarchy (with the mock subsystem, kernel/cgroup_mock.c, as the
 * other subsystem that refuses) and once bound together with every other
 * enabled subsystem, and once more in each mode its declaration names.
 * What a subsystem declares is struct cgroup_contract
 * (kernel/cgroup_kunit.h): a callback that writes its state as text, which
 * the suite compares before and after an operation that must change
 * nothing.  A subsystem that declares none does not link.
 *
 * The promises (the core to the subsystem) are checked by watching the
 * calls: for the length of each case, every hook of every subsystem is
 * replaced by a wrapper that records the call and calls the subsystem's
 * own hook, as KUnit replaces the members of an ops table.  The demands
 * (the subsystem to the core) are checked on the subsystem's state:
 *
 *   attach	a refusal by another subsystem at can_attach or
 *		can_attach_task (for the first and the last thread: a
 *		mock, and bound with the others the real subsystems just
 *		before and after the one under test), and a
 *		failure of every allocation of the move one after another,
 *		leave the state as it was: cancel_attach undoes can_attach,
 *		no more, no less.  A move that succeeds calls can_attach,
 *		pre_attach and attach once, attach_task once for every
 *		thread that moved and for no other; a move of threads that
 *		are all in the target calls nothing and changes nothing.
 *		Both the tasks and the cgroup.procs paths.
 *   fork	a fork with each of its allocations failed in turn leaves the
 *		state as it was and calls neither fork nor exit; a fork
 *		that succeeds calls fork once, gives the new task its
 *		creator's state, and with the new task's exit (exit called
 *		once) leaves the state as it was.  Threads and processes.
 *   mkdir	create and destroy balance over a mkdir with each of its
 *		allocations failed in turn and over mkdir + rmdir; no
 *		object leaks and no other cgroup's state changes.
 *   files	bad input to every control file of the subsystem is refused
 *		with an errno and changes nothing; the handlers of every
 *		file keep running while the cgroup is removed under them,
 *		and a write after the removal fails with ENODEV.
 *
 * A failure names the subsystem, the binding, the mode and the promise,
 * and shows the first line of the state that changed.
 *
 * Locks taken and their ordering: the core's and the mock's, plus
 * cgc_lock (the call log), innermost: the wrappers take it under
 * cgroup_mutex, css_set_lock (never) and task_lock (exit).
 */
#include <kunit/test.h>
#include <linux/cgroup.h>
#include <linux/completion.h>
#include <linux/err.h>
#include <linux/fault-inject.h>
#include <linux/kthread.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/syscalls.h>

#include "cgroup_kunit.h"
#include "cgroup_mock.h"

#define CGC_DIR		"/tmp/cgroup_contract"
#define CGC_A		CGC_DIR "/a"
#define CGC_B		CGC_DIR "/a/b"
#define CGC_C		CGC_DIR "/a/c"
#define CGC_THREADS	4		/* a process of four threads */
#define CGC_PAGES	4		/* mapped by its leader (memcg) */
#define CGC_VETO	(-EDOM)		/* what the refusing mock returns */
#define CGC_SNAP	8192		/* one snapshot */
#define CGC_LOG_MAX	1024
#define CGC_MAX_FILES	32

/* ------------------------------------------------------------------ */
/* The subsystem table */

static struct cgroup_subsys *const cgc_subsys[CGROUP_SUBSYS_COUNT] = {
#define SUBSYS(_x) &_x ## _subsys,
#include <linux/cgroup_subsys.h>
#undef SUBSYS
};

static const struct cgroup_contract *const cgc_contracts[] = {
#define SUBSYS(_x) &_x ## _contract,
#include <linux/cgroup_subsys.h>
#undef SUBSYS
};

static void cgc_contract_desc(const struct cgroup_contract *const *c,
			      char *desc)
{
	strscpy(desc, (*c)->ss->name, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(cgc_subsys, cgc_contracts, cgc_contract_desc);

/* ------------------------------------------------------------------ */
/* Watching the hooks */

enum cgc_hook {
	CGC_CREATE,
	CGC_DESTROY,
	CGC_CAN_ATTACH,
	CGC_CAN_ATTACH_TASK,
	CGC_CANCEL_ATTACH,
	CGC_PRE_ATTACH,
	CGC_ATTACH_TASK,
	CGC_ATTACH,
	CGC_FORK,
	CGC_EXIT,
	CGC_NR_HOOKS,
};

static const char *const cgc_hook_names[CGC_NR_HOOKS] = {
	[CGC_CREATE] = "create",
	[CGC_DESTROY] = "destroy",
	[CGC_CAN_ATTACH] = "can_attach",
	[CGC_CAN_ATTACH_TASK] = "can_attach_task",
	[CGC_CANCEL_ATTACH] = "cancel_attach",
	[CGC_PRE_ATTACH] = "pre_attach",
	[CGC_ATTACH_TASK] = "attach_task",
	[CGC_ATTACH] = "attach",
	[CGC_FORK] = "fork",
	[CGC_EXIT] = "exit",
};

struct cgc_call {
	int id;
	enum cgc_hook hook;
	struct task_struct *tsk;
	int ret;
};

/* cgc_lock - the call log; innermost (see the top of the file) */
static DEFINE_SPINLOCK(cgc_lock);

static struct {
	bool recording;
	int nr;
	int dropped;
	struct cgc_call calls[CGC_LOG_MAX];
} cgc_log;

/*
 * A refusal the wrappers make in a subsystem's name, instead of calling
 * its check (cgc_lock): a real subsystem next to the one under test
 * refuses, as the mocks refuse after every real one.
 */
static struct {
	bool armed;
	int id;
	enum cgc_hook hook;	/* CGC_CAN_ATTACH or CGC_CAN_ATTACH_TASK */
	struct task_struct *tsk;	/* NULL: any */
} cgc_refusal;

static bool cgc_refuses(int id, enum cgc_hook hook, struct task_struct *tsk)
{
	bool ret;

	spin_lock(&cgc_lock);
	ret = cgc_refusal.armed && cgc_refusal.id == id &&
	      cgc_refusal.hook == hook &&
	      (!cgc_refusal.tsk || cgc_refusal.tsk == tsk);
	spin_unlock(&cgc_lock);
	return ret;
}

static void cgc_refuse(int id, enum cgc_hook hook, struct task_struct *tsk)
{
	spin_lock(&cgc_lock);
	cgc_refusal.armed = id >= 0;
	cgc_refusal.id = id;
	cgc_refusal.hook = hook;
	cgc_refusal.tsk = tsk;
	spin_unlock(&cgc_lock);
}

/* The subsystems' own hooks while the wrappers are in (cgroup_mutex) */
static struct cgroup_subsys cgc_orig[CGROUP_SUBSYS_COUNT];

static void cgc_record(int id, enum cgc_hook hook, struct task_struct *tsk,
		       int ret)
{
	/* fork and exit of the suite's own tasks only */
	if ((hook == CGC_FORK || hook == CGC_EXIT) &&
	    strncmp(tsk->comm, CGK_COMM, strlen(CGK_COMM)))
		return;
	spin_lock(&cgc_lock);
	if (cgc_log.recording) {
		if (cgc_log.nr < CGC_LOG_MAX) {
			struct cgc_call *call = &cgc_log.calls[cgc_log.nr++];

			call->id = id;
			call->hook = hook;
			call->tsk = tsk;
			call->ret = ret;
		} else {
			cgc_log.dropped++;
		}
	}
	spin_unlock(&cgc_lock);
}

static void cgc_start(void)
{
	spin_lock(&cgc_lock);
	cgc_log.nr = 0;
	cgc_log.dropped = 0;
	cgc_log.recording = true;
	spin_unlock(&cgc_lock);
}

static void cgc_stop(void)
{
	spin_lock(&cgc_lock);
	cgc_log.recording = false;
	spin_unlock(&cgc_lock);
}

/*
 * Calls of @hook by subsystem @id (-1: any) for @tsk (NULL: any), that
 * returned @ok_only ? 0 : anything.
 */
static int cgc_count(int id, enum cgc_hook hook, struct task_struct *tsk,
		     bool ok_only)
{
	int i, n = 0;

	spin_lock(&cgc_lock);
	for (i = 0; i < cgc_log.nr; i++) {
		struct cgc_call *call = &cgc_log.calls[i];

		if ((id < 0 || call->id == id) && call->hook == hook &&
		    (!tsk || call->tsk == tsk) && (!ok_only || !call->ret))
			n++;
	}
	spin_unlock(&cgc_lock);
	return n;
}

static struct cgroup_subsys_state *cgc_create(struct cgroup_subsys *ss,
					      struct cgroup *cgrp)
{
	struct cgroup_subsys_state *css;

	css = cgc_orig[ss->subsys_id].create(ss, cgrp);
	if (!IS_ERR(css))
		cgc_record(ss->subsys_id, CGC_CREATE, NULL, 0);
	return css;
}

static void cgc_destroy(struct cgroup_subsys *ss, struct cgroup *cgrp)
{
	cgc_record(ss->subsys_id, CGC_DESTROY, NULL, 0);
	cgc_orig[ss->subsys_id].destroy(ss, cgrp);
}

static int cgc_can_attach(struct cgroup_subsys *ss, struct cgroup *cgrp,
			  struct task_struct *tsk)
{
	struct cgroup_subsys *orig = &cgc_orig[ss->subsys_id];
	int ret;

	if (cgc_refuses(ss->subsys_id, CGC_CAN_ATTACH, tsk))
		ret = CGC_VETO;
	else
		ret = orig->can_attach ? orig->can_attach(ss, cgrp, tsk) : 0;
	cgc_record(ss->subsys_id, CGC_CAN_ATTACH, tsk, ret);
	return ret;
}

static void cgc_cancel_attach(struct cgroup_subsys *ss, struct cgroup *cgrp,
			      struct task_struct *tsk)
{
	struct cgroup_subsys *orig = &cgc_orig[ss->subsys_id];

	cgc_record(ss->subsys_id, CGC_CANCEL_ATTACH, tsk, 0);
	if (orig->cancel_attach)
		orig->cancel_attach(ss, cgrp, tsk);
}

static void cgc_attach(struct cgroup_subsys *ss, struct cgroup *cgrp,
		       struct cgroup *old_cgrp, struct task_struct *tsk)
{
	struct cgroup_subsys *orig = &cgc_orig[ss->subsys_id];

	cgc_record(ss->subsys_id, CGC_ATTACH, tsk, 0);
	if (orig->attach)
		orig->attach(ss, cgrp, old_cgrp, tsk);
}

static void cgc_fork(struct cgroup_subsys *ss, struct task_struct *task)
{
	struct cgroup_subsys *orig = &cgc_orig[ss->subsys_id];

	cgc_record(ss->subsys_id, CGC_FORK, task, 0);
	if (orig->fork)
		orig->fork(ss, task);
}

static void cgc_exit(struct cgroup_subsys *ss, struct cgroup *cgrp,
		     struct cgroup *old_cgrp, struct task_struct *task)
{
	struct cgroup_subsys *orig = &cgc_orig[ss->subsys_id];

	cgc_record(ss->subsys_id, CGC_EXIT, task, 0);
	if (orig->exit)
		orig->exit(ss, cgrp, old_cgrp, task);
}

static int cgc_can_attach_task(int id, struct cgroup *cgrp,
			       struct task_struct *tsk)
{
	int ret;

	if (cgc_refuses(id, CGC_CAN_ATTACH_TASK, tsk))
		ret = CGC_VETO;
	else
		ret = cgc_orig[id].can_attach_task ?
		      cgc_orig[id].can_attach_task(cgrp, tsk) : 0;
	cgc_record(id, CGC_CAN_ATTACH_TASK, tsk, ret);
	return ret;
}

static void cgc_pre_attach(int id, struct cgroup *cgrp)
{
	cgc_record(id, CGC_PRE_ATTACH, NULL, 0);
	if (cgc_orig[id].pre_attach)
		cgc_orig[id].pre_attach(cgrp);
}

static void cgc_attach_task(int id, struct cgroup *cgrp,
			    struct task_struct *tsk)
{
	cgc_record(id, CGC_ATTACH_TASK, tsk, 0);
	if (cgc_orig[id].attach_task)
		cgc_orig[id].attach_task(cgrp, tsk);
}

/* The hooks without an ss argument need one wrapper per subsystem. */
#define SUBSYS(_x)							\
static int cgc_ ## _x ## _can_attach_task(struct cgroup *cgrp,		\
					  struct task_struct *tsk)	\
{									\
	return cgc_can_attach_task(_x ## _subsys_id, cgrp, tsk);	\
}									\
static void cgc_ ## _x ## _pre_attach(struct cgroup *cgrp)		\
{									\
	cgc_pre_attach(_x ## _subsys_id, cgrp);				\
}									\
static void cgc_ ## _x ## _attach_task(struct cgroup *cgrp,		\
				       struct task_struct *tsk)		\
{									\
	cgc_attach_task(_x ## _subsys_id, cgrp, tsk);			\
}
#include <linux/cgroup_subsys.h>
#undef SUBSYS

static const struct {
	int (*can_attach_task)(struct cgroup *cgrp, struct task_struct *tsk);
	void (*pre_attach)(struct cgroup *cgrp);
	void (*attach_task)(struct cgroup *cgrp, struct task_struct *tsk);
} cgc_per_ss[CGROUP_SUBSYS_COUNT] = {
#define SUBSYS(_x) {							\
	cgc_ ## _x ## _can_attach_task,					\
	cgc_ ## _x ## _pre_attach,					\
	cgc_ ## _x ## _attach_task,					\
},
#include <linux/cgroup_subsys.h>
#undef SUBSYS
};

/* The wrappers are in (cgroup_mutex) */
static bool cgc_wrapped;

/*
 * Put the wrappers in (@on) or the subsystems' own hooks back.  A NULL
 * hook is a successful no-op (cgroups.txt 3.3), so a wrapper in its place
 * changes nothing but lets the suite see that the core called it.
 *
 * The core reads the hooks without a lock, so they change only where no
 * other thread runs kernel code: on the case's own thread, in its init
 * (the runner quiesced everything before) and at the end of the case
 * (every task the case made is reaped), whose own exit then reads what
 * it wrote.  A case an assertion ended leaves them in; the next case's
 * init or the suite's exit, both quiesced, puts the hooks back then.  Not
 * in the case's exit hook, which runs while the case thread still exits.
 */
static void cgc_wrap_hooks(bool on)
{
	int i;

	cgroup_lock();
	if (cgc_wrapped == on) {
		cgroup_unlock();
		return;
	}
	cgc_wrapped = on;
	for (i = 0; i < CGROUP_SUBSYS_COUNT; i++) {
		struct cgroup_subsys *ss = cgc_subsys[i];
		struct cgroup_subsys *orig = &cgc_orig[i];

		if (on) {
			*orig = *ss;
			ss->create = cgc_create;
			ss->destroy = cgc_destroy;
			ss->can_attach = cgc_can_attach;
			ss->can_attach_task = cgc_per_ss[i].can_attach_task;
			ss->cancel_attach = cgc_cancel_attach;
			ss->pre_attach = cgc_per_ss[i].pre_attach;
			ss->attach_task = cgc_per_ss[i].attach_task;
			ss->attach = cgc_attach;
			ss->fork = cgc_fork;
			ss->exit = cgc_exit;
		} else {
			ss->create = orig->create;
			ss->destroy = orig->destroy;
			ss->can_attach = orig->can_attach;
			ss->can_attach_task = orig->can_attach_task;
			ss->cancel_attach = orig->cancel_attach;
			ss->pre_attach = orig->pre_attach;
			ss->attach_task = orig->attach_task;
			ss->attach = orig->attach;
			ss->fork = orig->fork;
			ss->exit = orig->exit;
		}
	}
	cgroup_subsys_hooks_changed();
	cgroup_unlock();
}

/* ------------------------------------------------------------------ */
/* One run: a subsystem, bound alone or with the others, in one mode */

struct cgc_run {
	struct kunit *test;
	const struct cgroup_contract *c;
	bool together;
	const struct cgk_setting *mode;		/* NULL: the defaults */
	struct task_struct *t[CGC_THREADS];	/* t[0] leads */
};

/* "cpuset (alone, memory.move_charge_at_immigrate=3)" */
static const char *cgc_who(struct cgc_run *r)
{
	return cgk_path(r->test, "%s (%s%s%s%s%s)", r->c->ss->name,
			r->together ? "with the others" : "alone",
			r->mode ? ", " : "", r->mode ? r->mode->file : "",
			r->mode ? "=" : "", r->mode ? r->mode->val : "");
}

static void cgc_state(struct cgc_run *r, struct cgk_state *st,
		      struct cgroup *cgrp, struct task_struct *tsk)
{
	size_t len = st->len;

	r->c->snapshot(st, r->c->ss, cgrp, tsk);
	if (st->len == len)
		cgk_state_printf(st, "-");
	cgk_state_printf(st, "\n");
}

/*
 * The subsystem's state of the suite's cgroups that exist and of the
 * process's threads (and @extra's), one line each.
 */
static char *cgc_snapshot(struct cgc_run *r, struct task_struct *extra)
{
	static const char *const dirs[] = { CGC_DIR, CGC_A, CGC_B, CGC_C };
	static const char *const names[] = { "/", "a", "a/b", "a/c" };
	char *buf = kunit_kzalloc(r->test, CGC_SNAP, GFP_KERNEL);
	struct cgk_state st = { .buf = buf, .size = CGC_SNAP };
	int i;

	KUNIT_ASSERT_NOT_NULL(r->test, buf);
	for (i = 0; i < ARRAY_SIZE(dirs); i++) {
		if (!cgk_exists(dirs[i]))
			continue;
		cgk_state_printf(&st, "%s: ", names[i]);
		cgc_state(r, &st, cgk_cgroup(r->test, dirs[i]), NULL);
	}
	for (i = 0; i < CGC_THREADS; i++) {
		if (!r->t[i])
			continue;
		cgk_state_printf(&st, "t%d: ", i);
		cgc_state(r, &st, NULL, r->t[i]);
	}
	if (extra) {
		cgk_state_printf(&st, "new task: ");
		cgc_state(r, &st, NULL, extra);
	}
	return buf;
}

/* Fail, naming the subsystem and the promise, at the first changed line */
static bool cgc_expect_same(struct cgc_run *r, const char *before,
			    const char *after, const char *what,
			    const char *promise)
{
	const char *b = before, *a = after;
	int len;

	if (!strcmp(before, after))
		return true;
	while (*b && *a) {
		const char *eb = strchrnul(b, '\n'), *ea = strchrnul(a, '\n');

		if (eb - b != ea - a || strncmp(b, a, eb - b))
			break;
		b = *eb ? eb + 1 : eb;
		a = *ea ? ea + 1 : ea;
	}
	len = strchrnul(b, '\n') - b;
	KUNIT_FAIL(r->test, "%s: %s: %s; before: %.*s; after: %.*s",
		   cgc_who(r), what, promise, len, b,
		   (int)(strchrnul(a, '\n') - a), a);
	return false;
}

/* Fail, naming the subsystem, the operation, the hook's owner and the promise */
static void cgc_fail(struct cgc_run *r, const char *what, const char *name,
		     const char *promise, long got, long want)
{
	KUNIT_FAIL(r->test, "%s: %s: %s%s%s (got %ld, want %ld)", cgc_who(r),
		   what, name ?: "", name ? ": " : "", promise, got, want);
}

/*
 * Whose objects a count of live objects measures: bound alone, the
 * subsystem's (the mocks allocate one state per cgroup and free it);
 * with the others, any of them, and the run of each alone names it.
 */
static const char *cgc_culprit(struct cgc_run *r)
{
	return r->together ? "one of the subsystems bound" : r->c->ss->name;
}

/* mount -o: the subsystem and the mocks, or every enabled subsystem */
static void cgc_mount(struct cgc_run *r)
{
	char opts[64];
	size_t len;
	int i;

	if (r->together) {
		cgk_mount(r->test, CGC_DIR, "all");
		return;
	}
	len = scnprintf(opts, sizeof(opts), "%s", r->c->ss->name);
	for (i = mock0_subsys_id; i <= mock2_subsys_id; i++) {
		if (cgc_subsys[i] != r->c->ss)
			len += scnprintf(opts + len, sizeof(opts) - len, ",%s",
					 cgc_subsys[i]->name);
	}
	cgk_mount(r->test, CGC_DIR, opts);
}

/* Write @s (NULL-terminated) to @dir's files that exist: must succeed */
static void cgc_settings(struct cgc_run *r, const char *dir,
			 const struct cgk_setting *s)
{
	for (; s && s->file; s++) {
		char *path = cgk_path(r->test, "%s/%s", dir, s->file);

		if (cgk_exists(path))
			cgk_expect_write(r->test, path, s->val);
	}
}

/* mkdir @dir, prepared by every bound subsystem for tasks to move in */
static void cgc_mkdir(struct cgc_run *r, const char *dir)
{
	int i;

	cgk_mkdir(r->test, dir);
	for (i = 0; i < CGROUP_SUBSYS_COUNT; i++)
		cgc_settings(r, dir, cgc_contracts[i]->prepare);
}

/*
 * The world of the attach and fork cases: a, a/b, the mode written to
 * a/b, where tasks move; a process of CGC_THREADS threads, moved to a,
 * whose leader then mapped CGC_PAGES pages (charged to a) and whose t[1]
 * is real-time (SCHED_FIFO; so are the tasks it forks), so that what a
 * subsystem keeps for memory or for real-time tasks moves too.  The ns
 * subsystem lets tasks move only down the tree, hence moves from a to
 * a/b.
 */
static void cgc_setup(struct cgc_run *r)
{
	static const struct sched_param rt_param = { .sched_priority = 1 };

	cgc_mount(r);
	cgc_mkdir(r, CGC_A);
	cgc_mkdir(r, CGC_B);
	if (r->mode) {
		struct cgk_setting mode[2] = { *r->mode, { } };

		cgc_settings(r, CGC_B, mode);
	}
	cgk_spawn_group(r->test, r->t, CGC_THREADS);
	KUNIT_ASSERT_GT_MSG(r->test, cgk_write_pid(CGC_A "/cgroup.procs",
						   task_pid_vnr(r->t[0])),
			    0L, "%s: the process cannot move in", cgc_who(r));
	KUNIT_ASSERT_EQ(r->test, cgk_as_mmap(r->t[0], CGC_PAGES), 0L);
	KUNIT_ASSERT_EQ_MSG(r->test, sched_setscheduler(r->t[1], SCHED_FIFO,
							&rt_param), 0,
			    "%s: t1 cannot be real-time in a", cgc_who(r));
}

static void cgc_teardown(struct cgc_run *r)
{
	cgk_reap_group(r->test, r->t, CGC_THREADS);
	memset(r->t, 0, sizeof(r->t));
	cgk_expect_rmdir(r->test, CGC_B);
	cgk_expect_rmdir(r->test, CGC_A);
	cgk_umount(r->test, CGC_DIR);
}

/*
 * Run @fn for the subsystem of the case's parameter, alone and with the
 * others, each in the defaults and in every mode it declares.
 */
static void cgc_for_each_run(struct kunit *test,
			     void (*fn)(struct cgc_run *r))
{
	const struct cgroup_contract *c =
		*(const struct cgroup_contract *const *)test->param_value;
	const struct cgk_setting *mode;
	int together;

	KUNIT_ASSERT_NOT_NULL_MSG(test, c->snapshot, "%s: no snapshot",
				  c->ss->name);
	for (together = 0; together < 2; together++) {
		struct cgc_run r = { .test = test, .c = c,
				     .together = together };

		fn(&r);
		for (mode = c->modes; mode && mode->file; mode++) {
			r.mode = mode;
			fn(&r);
		}
	}
	cgc_wrap_hooks(false);
}

/* ------------------------------------------------------------------ */
/* attach */

/* After a failed write: no hook after the commit point, one cancel rule */
static void cgc_expect_rolled_back(struct cgc_run *r, const char *what)
{
	int id;

	for (id = 0; id < CGROUP_SUBSYS_COUNT; id++) {
		int ok = cgc_count(id, CGC_CAN_ATTACH, NULL, true);
		int cancel = cgc_count(id, CGC_CANCEL_ATTACH, NULL, false);
		int late = cgc_count(id, CGC_PRE_ATTACH, NULL, false) +
			   cgc_count(id, CGC_ATTACH_TASK, NULL, false) +
			   cgc_count(id, CGC_ATTACH, NULL, false);

		if (cancel != ok)
			cgc_fail(r, what, cgc_subsys[id]->name,
				 "cancel_attach must run once per can_attach that succeeded",
				 cancel, ok);
		if (late)
			cgc_fail(r, what, cgc_subsys[id]->name,
				 "a failed move calls no pre_attach, attach_task, attach",
				 late, 0);
	}
}

/*
 * After a successful write that moved @moved (NULL-terminated) with
 * @tsk given to can_attach and attach: the core's promises to each bound
 * subsystem (those whose can_attach it called).
 */
static void cgc_expect_attached(struct cgc_run *r, const char *what,
				struct task_struct *tsk,
				struct task_struct **moved)
{
	int id, i, nr_moved = 0;

	while (moved[nr_moved])
		nr_moved++;
	KUNIT_EXPECT_EQ_MSG(r->test, cgc_count(r->c->ss->subsys_id,
					       CGC_CAN_ATTACH, NULL, false), 1,
			    "%s: %s: can_attach must run once per move",
			    cgc_who(r), what);
	for (id = 0; id < CGROUP_SUBSYS_COUNT; id++) {
		const char *name = cgc_subsys[id]->name;

		if (!cgc_count(id, CGC_CAN_ATTACH, NULL, false))
			continue;	/* not bound */
		if (cgc_count(id, CGC_CAN_ATTACH, tsk, false) != 1 ||
		    cgc_count(id, CGC_PRE_ATTACH, NULL, false) != 1 ||
		    cgc_count(id, CGC_ATTACH, tsk, false) != 1 ||
		    cgc_count(id, CGC_ATTACH, NULL, false) != 1)
			cgc_fail(r, what, name,
				 "can_attach, pre_attach, attach: once per move, with the leader",
				 cgc_count(id, CGC_ATTACH, tsk, false), 1);
		if (cgc_count(id, CGC_CANCEL_ATTACH, NULL, false))
			cgc_fail(r, what, name, "a move that succeeds cancels nothing",
				 cgc_count(id, CGC_CANCEL_ATTACH, NULL, false),
				 0);
		if (cgc_count(id, CGC_ATTACH_TASK, NULL, false) != nr_moved)
			cgc_fail(r, what, name,
				 "attach_task runs for the threads that moved, no other",
				 cgc_count(id, CGC_ATTACH_TASK, NULL, false),
				 nr_moved);
		for (i = 0; i < nr_moved; i++) {
			if (cgc_count(id, CGC_ATTACH_TASK, moved[i], false) != 1)
				cgc_fail(r, what, name,
					 "attach_task runs once for each thread that moved",
					 cgc_count(id, CGC_ATTACH_TASK,
						   moved[i], false), 1);
		}
	}
}

struct cgc_veto {
	int n;			/* the mock that refuses */
	enum mock_hook hook;
	int thread;		/* can_attach_task: for this thread */
};

/*
 * Bound with the others, the real subsystems just before and just after
 * the one under test refuse too, at can_attach and at can_attach_task
 * (for @tsk): @i counts the positions, -1 when there are no more.
 */
static int cgc_neighbour_refusal(struct cgc_run *r, int i,
				 struct task_struct *tsk, const char **what)
{
	static const int offset[] = { -1, -1, 1, 1 };
	enum cgc_hook hook = i % 2 ? CGC_CAN_ATTACH_TASK : CGC_CAN_ATTACH;
	int id;

	if (!r->together || i >= ARRAY_SIZE(offset))
		return -1;
	id = r->c->ss->subsys_id + offset[i];
	if (id < 0 || id >= mock0_subsys_id || cgc_subsys[id]->disabled ||
	    id == r->c->ss->subsys_id)
		return 0;
	*what = cgk_path(r->test, "%s at %s", cgc_subsys[id]->name,
			 cgc_hook_names[hook]);
	cgc_refuse(id, hook, hook == CGC_CAN_ATTACH ? NULL : tsk);
	return 1;
}

/*
 * The write of @tsk's id to @file, which a refusal the caller armed (a
 * mock's or a neighbour's) must refuse and which must change nothing
 * since @before.  Return: false if it succeeded.
 */
static bool cgc_refused_write(struct cgc_run *r, const char *file,
			      struct task_struct *tsk, const char *before,
			      const char *what)
{
	char *after;
	long ret;

	cgc_start();
	ret = cgk_write_pid(file, task_pid_vnr(tsk));
	cgc_stop();
	mock_reset();
	cgc_refuse(-1, 0, NULL);
	after = cgc_snapshot(r, NULL);
	if (ret > 0) {
		KUNIT_FAIL(r->test, "%s: %s: the write succeeded", cgc_who(r),
			   what);
		return false;
	}
	cgc_expect_same(r, before, after, what,
			"a refusal must leave the state as it was: cancel_attach undoes can_attach, no more, no less");
	cgc_expect_rolled_back(r, what);
	return true;
}

/*
 * One write of @tsk's id to @file that another subsystem refuses at each
 * position in turn, then fails at each allocation in turn, then succeeds.
 */
static void cgc_attach_path(struct cgc_run *r, const char *file,
			    struct task_struct *tsk,
			    struct task_struct **moved)
{
	static const struct cgc_veto vetoes[] = {
		{ 0, MOCK_CAN_ATTACH, 0 },
		{ 0, MOCK_CAN_ATTACH_TASK, 0 },
		{ 0, MOCK_CAN_ATTACH_TASK, CGC_THREADS - 1 },
		{ 2, MOCK_CAN_ATTACH, 0 },
		{ 2, MOCK_CAN_ATTACH_TASK, CGC_THREADS - 1 },
	};
	bool procs = strstr(file, "cgroup.procs"), quiet = false;
	char *before, *after, *what;
	long ret = -ENOMEM;
	int i, nth;

	for (i = 0; i < ARRAY_SIZE(vetoes); i++) {
		const struct cgc_veto *v = &vetoes[i];
		struct task_struct *on = v->hook == MOCK_CAN_ATTACH ? NULL :
					 procs ? r->t[v->thread] : tsk;

		if (cgc_subsys[mock0_subsys_id + v->n] == r->c->ss)
			continue;
		what = cgk_path(r->test, "%s write refused by mock%d at %s%s",
				procs ? "cgroup.procs" : "tasks", v->n,
				v->hook == MOCK_CAN_ATTACH ? "can_attach" :
				"can_attach_task", on == r->t[0] ? " (leader)" :
				on ? " (a thread)" : "");
		before = cgc_snapshot(r, NULL);
		mock_fail_on(v->n, v->hook, on, CGC_VETO);
		if (!cgc_refused_write(r, file, tsk, before, what))
			return;
	}

	for (i = 0; ; i++) {
		const char *who;
		int armed;

		before = cgc_snapshot(r, NULL);
		armed = cgc_neighbour_refusal(r, i, tsk, &who);
		if (armed < 0)
			break;
		if (!armed)
			continue;
		what = cgk_path(r->test, "%s write refused by %s",
				procs ? "cgroup.procs" : "tasks", who);
		if (!cgc_refused_write(r, file, tsk, before, what))
			return;
	}

	for (nth = 1; nth < 200; nth++) {
		what = cgk_path(r->test, "%s write with allocation %d failed",
				procs ? "cgroup.procs" : "tasks", nth);
		before = cgc_snapshot(r, NULL);
		cgc_start();
		fail_nth_set(nth);
		ret = cgk_write_pid(file, task_pid_vnr(tsk));
		fail_nth_set(0);
		cgc_stop();
		after = cgc_snapshot(r, NULL);
		if (ret != -ENOMEM)
			break;
		/* the first broken point says it all: sweep on quietly */
		if (quiet)
			continue;
		quiet = !cgc_expect_same(r, before, after, what,
					 "a failed allocation must leave the state as it was: cancel_attach undoes can_attach, no more, no less");
		cgc_expect_rolled_back(r, what);
	}
	if (ret < 0) {
		/* a mode in which a subsystem refuses the move: nothing moves */
		kunit_info(r->test, "%s: %s write refused: %ld", cgc_who(r),
			   procs ? "cgroup.procs" : "tasks", ret);
		cgc_expect_same(r, before, after, "a refused write",
				"a refusal must leave the state as it was");
		cgc_expect_rolled_back(r, "a refused write");
		return;
	}
	what = procs ? "cgroup.procs write" : "tasks write";
	cgc_expect_attached(r, what, tsk, moved);

	/* again: every thread is in the target */
	what = procs ? "cgroup.procs write of a process already there" :
		       "tasks write of a thread already there";
	before = cgc_snapshot(r, NULL);
	cgc_start();
	ret = cgk_write_pid(file, task_pid_vnr(tsk));
	cgc_stop();
	after = cgc_snapshot(r, NULL);
	KUNIT_EXPECT_GT_MSG(r->test, ret, 0L, "%s: %s", cgc_who(r), what);
	for (i = 0; i < CGC_NR_HOOKS; i++) {
		if (i != CGC_CREATE && i != CGC_DESTROY &&
		    cgc_count(-1, i, NULL, false))
			cgc_fail(r, what, cgc_hook_names[i],
				 "a move of threads all in the target calls no hook",
				 cgc_count(-1, i, NULL, false), 0);
	}
	cgc_expect_same(r, before, after, what,
			"a move of threads that are all in the target must change nothing");
}

/*
 * t[1] alone first (tasks), then the process (cgroup.procs): t[1] is
 * already in a/b, so attach_task must not run for it.
 */
static void cgc_attach_run(struct cgc_run *r)
{
	struct task_struct *moved[CGC_THREADS + 1] = { };

	cgc_setup(r);
	moved[0] = r->t[1];
	cgc_attach_path(r, CGC_B "/tasks", r->t[1], moved);
	moved[0] = r->t[0];
	moved[1] = r->t[2];
	moved[2] = r->t[3];
	cgc_attach_path(r, CGC_B "/cgroup.procs", r->t[0], moved);
	cgc_teardown(r);
}

static void cgroup_contract_attach(struct kunit *test)
{
	cgc_for_each_run(test, cgc_attach_run);
}

/* ------------------------------------------------------------------ */
/* fork and exit */

/*
 * @creator clones (CLONE_THREAD with @thread) with each allocation
 * failed in turn, then without failure; the new task then exits.
 */
static void cgc_fork_path(struct cgc_run *r, struct task_struct *creator,
			  bool thread)
{
	int id = r->c->ss->subsys_id, nth;
	u64 flags = thread ? TT_THREAD_FLAGS : 0;
	const char *kind = thread ? "thread" : "process";
	struct task_struct *child = NULL;
	char *before, *after, *what;
	long ret = -ENOMEM;

	for (nth = 1; nth < 200; nth++) {
		what = cgk_path(r->test, "a %s fork with allocation %d failed",
				kind, nth);
		before = cgc_snapshot(r, NULL);
		cgc_start();
		ret = cgk_as_clone_task(creator, flags, nth, &child);
		cgc_stop();
		if (ret > 0)
			break;
		after = cgc_snapshot(r, NULL);
		cgc_expect_same(r, before, after, what,
				"a failed fork must leave the state as it was");
		if (cgc_count(-1, CGC_FORK, NULL, false) ||
		    cgc_count(-1, CGC_EXIT, NULL, false))
			cgc_fail(r, what, NULL,
				 "a failed fork calls neither fork nor exit",
				 cgc_count(-1, CGC_FORK, NULL, false) +
				 cgc_count(-1, CGC_EXIT, NULL, false), 0);
	}
	KUNIT_ASSERT_GT_MSG(r->test, ret, 0L, "%s: a %s fork", cgc_who(r),
			    kind);

	what = cgk_path(r->test, "a %s fork", kind);
	KUNIT_EXPECT_EQ_MSG(r->test, cgc_count(id, CGC_FORK, child, false), 1,
			    "%s: %s: fork must run once for the new task",
			    cgc_who(r), what);
	KUNIT_EXPECT_EQ_MSG(r->test, cgc_count(id, CGC_EXIT, child, false), 0,
			    "%s: %s: exit must not run for a live task",
			    cgc_who(r), what);
	{
		char *mine = kunit_kzalloc(r->test, CGC_SNAP, GFP_KERNEL);
		char *its = kunit_kzalloc(r->test, CGC_SNAP, GFP_KERNEL);
		struct cgk_state a = { .buf = mine, .size = CGC_SNAP };
		struct cgk_state b = { .buf = its, .size = CGC_SNAP };

		KUNIT_ASSERT_TRUE(r->test, mine && its);
		cgc_state(r, &a, NULL, child);
		cgc_state(r, &b, NULL, creator);
		cgc_expect_same(r, its, mine, what,
				"a task forked in a cgroup must start with its creator's state there");
	}

	cgc_start();
	if (thread)
		KUNIT_EXPECT_EQ(r->test, cgk_as_exit(child), 0L);
	else
		cgk_reap_child(r->test, creator, (pid_t)ret);
	cgc_stop();
	KUNIT_EXPECT_EQ_MSG(r->test, cgc_count(id, CGC_EXIT, child, false), 1,
			    "%s: %s: exit must run once for a task that exits",
			    cgc_who(r), what);
	put_task_struct(child);
	kunit_rcu_drain();
	after = cgc_snapshot(r, NULL);
	cgc_expect_same(r, before, after,
			cgk_path(r->test, "%s and the new task's exit", what),
			"fork and exit must pair up: together they leave the state as it was");
}

/*
 * What lands inside a fork: the forking task moves itself to a/b
 * (@mode NULL), or @mode is written to its cgroup, a.
 */
struct cgc_race {
	const char *path;
	const char *val;
	bool fired;
	struct completion done;
};

static int cgc_race_thread(void *arg)
{
	struct cgc_race *race = arg;

	cgk_write(race->path, race->val);
	complete(&race->done);
	return 0;
}

/*
 * Called inside the fork, on the forking task's thread: the write is
 * made by another thread, as a racing writer's would be (the forking
 * thread may hold its fork lock, which nests inside cgroup_mutex).
 */
static void cgc_race_fn(void *arg)
{
	struct cgc_race *race = arg;
	struct task_struct *k;

	race->fired = true;
	init_completion(&race->done);
	k = kthread_run(cgc_race_thread, race, CGK_COMM "-race");
	if (!IS_ERR(k))
		wait_for_completion(&race->done);
}

/*
 * cgroups.txt 5.9: fork hooks run once the new task is in its css_set,
 * so that a move or a change of its cgroup landing inside the fork
 * reaches it.  Land each at each allocation of a fork in turn; the new
 * task must then have the state of a task that was in its cgroup all
 * along (its creator, or t[2], which stays in a).
 */
static void cgc_fork_race(struct cgc_run *r, bool thread,
			  const struct cgk_setting *mode)
{
	u64 flags = thread ? TT_THREAD_FLAGS : 0;
	struct cgc_race race = {
		.path = mode ? cgk_path(r->test, CGC_A "/%s", mode->file) :
			       CGC_B "/tasks",
		.val = mode ? mode->val : NULL,
	};
	struct task_struct *h, *child, *ref;
	char *what, *mine, *its;
	long ret, threads;
	int nth;

	for (nth = 1; nth < 200; nth++) {
		struct cgk_state a, b;

		/* a new creator each time: ns lets no task move back up */
		threads = host_ops.threads_running();
		h = cgk_thread(r->test, r->t[0], 0);
		if (!mode)
			race.val = cgk_path(r->test, "%d", task_pid_vnr(h));
		race.fired = false;
		fault_call_nth(nth, cgc_race_fn, &race);
		ret = cgk_as_clone_task(h, flags, 0, &child);
		fault_call_nth(0, NULL, NULL);
		KUNIT_ASSERT_GT_MSG(r->test, ret, 0L, "%s: fork", cgc_who(r));
		/* the race's writer ends after its write: let it */
		KUNIT_EXPECT_EQ(r->test, kthreads_quiesce(threads, 10000), 0L);

		what = cgk_path(r->test, "a %s fork with %s%s at allocation %d",
				thread ? "thread" : "process",
				mode ? "a write of " : "a move of the creator",
				mode ? mode->file : "", nth);
		ref = cgk_in(r->test, CGC_B, child) == cgk_in(r->test, CGC_B, h) ?
		      h : r->t[2];
		mine = kunit_kzalloc(r->test, CGC_SNAP, GFP_KERNEL);
		its = kunit_kzalloc(r->test, CGC_SNAP, GFP_KERNEL);
		KUNIT_ASSERT_TRUE(r->test, mine && its);
		a = (struct cgk_state){ .buf = mine, .size = CGC_SNAP };
		b = (struct cgk_state){ .buf = its, .size = CGC_SNAP };
		cgc_state(r, &a, NULL, child);
		cgc_state(r, &b, NULL, ref);
		cgc_expect_same(r, its, mine, what,
				"the fork hook must give the new task the state of its cgroup");

		if (mode)
			cgk_expect_write(r->test,
					 cgk_path(r->test, CGC_A "/%s",
						  mode->file), mode->undo);
		if (thread)
			KUNIT_EXPECT_EQ(r->test, cgk_as_exit(child), 0L);
		else
			cgk_reap_child(r->test, h, (pid_t)ret);
		put_task_struct(child);
		KUNIT_EXPECT_EQ(r->test, cgk_as_exit(h), 0L);
		put_task_struct(h);
		kunit_rcu_drain();
		if (!race.fired)
			break;
	}
}

static void cgc_fork_run(struct cgc_run *r)
{
	const struct cgk_setting *mode;

	cgc_setup(r);
	cgc_fork_path(r, r->t[1], true);
	cgc_fork_path(r, r->t[0], false);
	cgc_fork_race(r, true, NULL);
	cgc_fork_race(r, false, NULL);
	for (mode = r->c->modes; mode && mode->file; mode++) {
		cgc_fork_race(r, true, mode);
		cgc_fork_race(r, false, mode);
	}
	cgc_teardown(r);
}

static void cgroup_contract_fork(struct kunit *test)
{
	cgc_for_each_run(test, cgc_fork_run);
}

/* ------------------------------------------------------------------ */
/* mkdir and rmdir */

static void cgc_expect_balanced(struct cgc_run *r, const char *what)
{
	int id;

	for (id = 0; id < CGROUP_SUBSYS_COUNT; id++) {
		int created = cgc_count(id, CGC_CREATE, NULL, false);
		int destroyed = cgc_count(id, CGC_DESTROY, NULL, false);

		if (created != destroyed)
			cgc_fail(r, what, cgc_subsys[id]->name,
				 "create and destroy balance (destroyed, created)",
				 destroyed, created);
	}
}

static void cgc_mkdir_run(struct cgc_run *r)
{
	int id = r->c->ss->subsys_id, nth;
	char *before, *after, what[48];
	long ret = -ENOMEM, live, now;
	bool quiet = false;

	cgc_mount(r);
	cgc_mkdir(r, CGC_A);
	if (r->mode) {
		struct cgk_setting mode[2] = { *r->mode, { } };

		cgc_settings(r, CGC_A, mode);
	}
	before = cgc_snapshot(r, NULL);
	live = kunit_live_objects();
	for (nth = 1; nth < 400; nth++) {
		/* no kunit allocation between the two counts */
		snprintf(what, sizeof(what), "mkdir with allocation %d failed",
			 nth);
		cgc_start();
		fail_nth_set(nth);
		ret = ksys_mkdir(CGC_C, 0755);
		fail_nth_set(0);
		cgc_stop();
		if (!ret)
			break;
		KUNIT_EXPECT_EQ_MSG(r->test, ret, (long)-ENOMEM, "%s: %s",
				    cgc_who(r), what);
		KUNIT_EXPECT_EQ(r->test, ksys_rmdir(CGC_C), (long)-ENOENT);
		cgc_expect_balanced(r, what);
		now = kunit_live_objects();
		if (!quiet && now != live) {
			cgc_fail(r, what, cgc_culprit(r),
				 "a failed mkdir must free what create allocated",
				 now - live, 0);
			quiet = true;
		}
	}
	KUNIT_ASSERT_EQ_MSG(r->test, ret, 0L, "%s: mkdir", cgc_who(r));
	KUNIT_EXPECT_EQ_MSG(r->test, cgc_count(id, CGC_CREATE, NULL, false), 1,
			    "%s: mkdir must call create once", cgc_who(r));
	cgc_start();
	KUNIT_EXPECT_EQ(r->test, ksys_rmdir(CGC_C), 0L);
	now = kunit_live_objects();
	cgc_stop();
	KUNIT_EXPECT_EQ_MSG(r->test, cgc_count(id, CGC_DESTROY, NULL, false),
			    1, "%s: rmdir must call destroy once", cgc_who(r));
	if (now != live)
		cgc_fail(r, "mkdir and rmdir", cgc_culprit(r),
			 "create and destroy must balance (objects left)",
			 now - live, 0);
	after = cgc_snapshot(r, NULL);
	cgc_expect_same(r, before, after, "mkdir and rmdir of a/c",
			"making and removing a cgroup must leave the state of the others as it was");
	cgk_expect_rmdir(r->test, CGC_A);
	cgk_umount(r->test, CGC_DIR);
}

static void cgroup_contract_mkdir(struct kunit *test)
{
	cgc_for_each_run(test, cgc_mkdir_run);
}

/* ------------------------------------------------------------------ */
/* Control files */

/* The names of the subsystem's files in @dir, in a test-managed array */
static int cgc_files(struct cgc_run *r, const char *dir, char ***names)
{
	char *prefix = cgk_path(r->test, "%s.", r->c->ss->name);
	char *buf = kunit_kzalloc(r->test, 4096, GFP_KERNEL);
	long fd, n, off;
	int nr = 0;

	*names = kunit_kcalloc(r->test, CGC_MAX_FILES, sizeof(char *),
			       GFP_KERNEL);
	KUNIT_ASSERT_TRUE(r->test, buf && *names);
	fd = ksys_open(dir, O_RDONLY | O_DIRECTORY, 0);
	KUNIT_ASSERT_GE(r->test, fd, 0L);
	while ((n = ksys_getdents64(fd, (struct linux_dirent64 *)buf,
				    4096)) > 0) {
		for (off = 0; off < n;) {
			struct linux_dirent64 *d = (void *)(buf + off);

			if (!strncmp(d->d_name, prefix, strlen(prefix)) &&
			    nr < CGC_MAX_FILES)
				(*names)[nr++] = cgk_path(r->test, "%s/%s",
							  dir, d->d_name);
			off += d->d_reclen;
		}
	}
	ksys_close(fd);
	return nr;
}

/* Is @path a file any write to which is an action (struct cgroup_contract)? */
static bool cgc_is_trigger(struct cgc_run *r, const char *path)
{
	const char *name = strrchr(path, '/') + 1;
	const char *const *t;

	for (t = r->c->triggers; t && *t; t++) {
		if (!strcmp(*t, name))
			return true;
	}
	return false;
}

/* Every file of the subsystem in a/c, then the state, as one text */
static char *cgc_files_state(struct cgc_run *r, char **files, int nr)
{
	char *buf = kunit_kzalloc(r->test, CGC_SNAP, GFP_KERNEL);
	char *file = kunit_kzalloc(r->test, CGK_BUF, GFP_KERNEL);
	struct cgk_state st = { .buf = buf, .size = CGC_SNAP };
	int i;

	KUNIT_ASSERT_TRUE(r->test, buf && file);
	for (i = 0; i < nr; i++) {
		char *nl;

		if (cgk_read_buf(files[i], file, CGK_BUF) < 0)
			continue;	/* write-only */
		while ((nl = strchr(file, '\n')))
			*nl = ' ';
		cgk_state_printf(&st, "%s: %s\n", files[i], file);
	}
	cgk_state_printf(&st, "%s", cgc_snapshot(r, NULL));
	return buf;
}

struct cgc_racer {
	char **files;
	int nr;
	atomic_t stop;
	struct completion ready;
	struct completion done;
	long last[CGC_MAX_FILES];	/* writes after the rmdir */
};

/* Read every file and write back what it read, until told to stop */
static int cgc_racer_fn(void *arg)
{
	struct cgc_racer *rc = arg;
	long rfd[CGC_MAX_FILES], wfd[CGC_MAX_FILES];
	char val[128];
	int i, loops = 0;

	for (i = 0; i < rc->nr; i++) {
		rfd[i] = ksys_open(rc->files[i], O_RDONLY, 0);
		wfd[i] = ksys_open(rc->files[i], O_WRONLY, 0);
	}
	complete(&rc->ready);
	while (!atomic_read(&rc->stop) || loops < 2) {
		bool stopping = atomic_read(&rc->stop);

		for (i = 0; i < rc->nr; i++) {
			long n = -EBADF;

			val[0] = '\0';
			if (rfd[i] >= 0) {
				ksys_lseek(rfd[i], 0, 0);
				n = ksys_read(rfd[i], val, sizeof(val) - 1);
				val[n > 0 ? n : 0] = '\0';
			}
			if (wfd[i] >= 0) {
				long w = ksys_write(wfd[i], val, strlen(val));

				if (stopping)
					rc->last[i] = w;
			}
		}
		if (stopping)
			loops++;
	}
	for (i = 0; i < rc->nr; i++) {
		if (rfd[i] >= 0)
			ksys_close(rfd[i]);
		if (wfd[i] >= 0)
			ksys_close(wfd[i]);
	}
	complete(&rc->done);
	return 0;
}

static void cgc_files_run(struct cgc_run *r)
{
	static const char *const bad[] = {
		"!", "x!", "+-", "0x", "1 2 !", NULL,
	};
	char *longer = kunit_kzalloc(r->test, 5001, GFP_KERNEL);
	struct cgc_racer *rc = kunit_kzalloc(r->test, sizeof(*rc), GFP_KERNEL);
	char **files, *before, *after, *what;
	struct task_struct *k;
	long threads;
	int nr, i, j;

	KUNIT_ASSERT_TRUE(r->test, longer && rc);
	memset(longer, '1', 5000);
	cgc_mount(r);
	cgc_mkdir(r, CGC_A);
	cgc_mkdir(r, CGC_C);
	if (r->mode) {
		struct cgk_setting mode[2] = { *r->mode, { } };

		cgc_settings(r, CGC_C, mode);
	}
	nr = cgc_files(r, CGC_C, &files);

	for (i = 0; i < nr; i++) {
		for (j = 0; bad[j] || j == ARRAY_SIZE(bad) - 1; j++) {
			const char *val = bad[j] ?: longer;
			long ret;

			what = cgk_path(r->test, "%s < \"%.8s%s\"", files[i],
					val, strlen(val) > 8 ? "..." : "");
			before = cgc_files_state(r, files, nr);
			ret = cgk_write(files[i], val);
			after = cgc_files_state(r, files, nr);
			if (ret >= 0 && !cgc_is_trigger(r, files[i]))
				cgc_fail(r, what, NULL,
					 "bad input is refused with an errno",
					 ret, -EINVAL);
			cgc_expect_same(r, before, after, what,
					"bad input must change nothing");
			if (!bad[j])
				break;
		}
	}

	/* the handlers run while the cgroup is removed under them */
	rc->files = files;
	rc->nr = nr;
	init_completion(&rc->ready);
	init_completion(&rc->done);
	threads = host_ops.threads_running();
	k = kthread_run(cgc_racer_fn, rc, CGK_COMM "-racer");
	KUNIT_ASSERT_FALSE(r->test, IS_ERR(k));
	wait_for_completion(&rc->ready);
	KUNIT_EXPECT_EQ_MSG(r->test, cgk_rmdir(CGC_C), 0L,
			    "%s: rmdir with its files in use", cgc_who(r));
	atomic_set(&rc->stop, 1);
	wait_for_completion(&rc->done);
	/*
	 * The racer ends after done: let it, so that its exit does not
	 * land in the next run's counts (kunit.txt 3.4; the debug files
	 * show the reader's css_set's reference count).
	 */
	KUNIT_EXPECT_EQ(r->test, kthreads_quiesce(threads, 10000), 0L);
	for (i = 0; i < nr; i++) {
		if (rc->last[i] != -ENODEV)
			cgc_fail(r, files[i], NULL,
				 "a write after rmdir fails with ENODEV",
				 rc->last[i], -ENODEV);
	}
	kunit_rcu_drain();
	cgk_expect_rmdir(r->test, CGC_A);
	cgk_umount(r->test, CGC_DIR);
}

static void cgroup_contract_files(struct kunit *test)
{
	cgc_for_each_run(test, cgc_files_run);
}

/* ------------------------------------------------------------------ */

static int cgc_case_init(struct kunit *test)
{
	mock_reset();
	mock_subsys_enable(true);
	cgc_wrap_hooks(true);
	return 0;
}

static void cgc_case_exit(struct kunit *test)
{
	/* after a failed assertion: what is left, so the next run can mount */
	ksys_rmdir(CGC_B);
	ksys_rmdir(CGC_C);
	ksys_rmdir(CGC_A);
	if (!ksys_umount(CGC_DIR, 0))
		ksys_rmdir(CGC_DIR);
	cgc_stop();
	mock_subsys_enable(false);
	mock_reset();
}

static void cgc_suite_exit(struct kunit_suite *suite)
{
	cgc_wrap_hooks(false);
}

static struct kunit_case cgroup_contract_cases[] = {
	KUNIT_CASE_PARAM(cgroup_contract_attach, cgc_subsys_gen_params),
	KUNIT_CASE_PARAM(cgroup_contract_fork, cgc_subsys_gen_params),
	KUNIT_CASE_PARAM(cgroup_contract_mkdir, cgc_subsys_gen_params),
	KUNIT_CASE_PARAM(cgroup_contract_files, cgc_subsys_gen_params),
	{}
};

static struct kunit_suite cgroup_contract_suite = {
	.name = "cgroup_contract",
	.init = cgc_case_init,
	.exit = cgc_case_exit,
	.suite_exit = cgc_suite_exit,
	.test_cases = cgroup_contract_cases,
};

kunit_test_suite(cgroup_contract_suite);
