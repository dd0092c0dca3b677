// SPDX-License-Identifier: GPL-2.0
/*
 * cgroup_mock.c - the mock subsystem (CONFIG_CGROUP_MOCK, set with
 * CONFIG_KUNIT), registered three times as mock0, mock1 and mock2
 * (<linux/cgroup_subsys.h>).  It implements every hook of struct
 * cgroup_subsys, records each call with its arguments in mock_log, can be
 * told to fail one hook of one instance on one task, and can run an
 * action of the test inside one hook call (an exec, an exit or a fork at
 * an exact point of an attach).  The core's
 * KUnit suites (kernel/cgroup_test.c) use it to check the order of the
 * hooks, the cancel rule and every failure path; its interface is
 * kernel/cgroup_mock.h.
 *
 * The instances start disabled, so a user's `mount -t cgroup` never binds
 * them and /proc/cgroups lists them as not enabled; a case enables them
 * with mock_subsys_enable() and disables them again when it ends.  Fork
 * and exit are recorded only for the tasks the KUnit harness makes (named
 * CGK_COMM), not for the rest of the system.
 *
 * Locks taken and their ordering: mock_lock, innermost (taken inside the
 * hooks, which may run under cgroup_mutex or task_lock); mock_fork()
 * asks whether its task is linked (cgroup_task_linked(): task_lock and
 * the css_set's tasks_lock) before it takes mock_lock.
 */
#include <linux/cgroup.h>
#include <linux/err.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>

#include "cgroup-internal.h"
#include "cgroup_mock.h"
#include "cgroup_kunit.h"

static const char * const mock_hook_names[MOCK_NR_HOOKS] = {
	[MOCK_CREATE] = "create",
	[MOCK_DESTROY] = "destroy",
	[MOCK_CAN_ATTACH] = "can_attach",
	[MOCK_CAN_ATTACH_TASK] = "can_attach_task",
	[MOCK_CANCEL_ATTACH] = "cancel_attach",
	[MOCK_PRE_ATTACH] = "pre_attach",
	[MOCK_ATTACH_TASK] = "attach_task",
	[MOCK_ATTACH] = "attach",
	[MOCK_FORK] = "fork",
	[MOCK_EXIT] = "exit",
	[MOCK_POPULATE] = "populate",
	[MOCK_POST_CLONE] = "post_clone",
	[MOCK_BIND] = "bind",
};

/*
 * mock_lock - protects mock_log and mock_fail.  Innermost lock: hooks
 * take it under cgroup_mutex, css_set_lock (never) or task_lock (exit).
 */
DEFINE_SPINLOCK(mock_lock);

struct mock_log mock_log;

static struct {
	bool armed;
	int n;
	enum mock_hook hook;
	struct task_struct *tsk;	/* NULL: any task */
	int err;
} mock_fail;

static struct {
	bool armed;
	int n;
	enum mock_hook hook;
	mock_action_fn fn;
	void *arg;
	int hits;
} mock_act;

/* Only the fork and exit of the tests' own tasks are recorded. */
static bool mock_task_is_ours(struct task_struct *tsk)
{
	return tsk && !strncmp(tsk->comm, CGK_COMM, strlen(CGK_COMM));
}

static int mock_hook_call(int n, enum mock_hook hook, struct cgroup *cgrp,
			  struct cgroup *old_cgrp, struct task_struct *tsk)
{
	mock_action_fn fn = NULL;
	void *arg = NULL;
	int ret = 0;

	spin_lock(&mock_lock);
	if (mock_log.recording &&
	    ((hook != MOCK_FORK && hook != MOCK_EXIT) ||
	     mock_task_is_ours(tsk))) {
		if (mock_log.nr < MOCK_LOG_MAX) {
			struct mock_call *call = &mock_log.calls[mock_log.nr++];

			call->n = n;
			call->hook = hook;
			call->cgrp = cgrp;
			call->old_cgrp = old_cgrp;
			call->tsk = tsk;
		} else {
			mock_log.dropped++;
		}
	}
	if (mock_fail.armed && mock_fail.n == n && mock_fail.hook == hook &&
	    (!mock_fail.tsk || mock_fail.tsk == tsk))
		ret = mock_fail.err;
	if (mock_act.armed && mock_act.n == n && mock_act.hook == hook) {
		mock_act.armed = false;		/* once */
		mock_act.hits++;
		fn = mock_act.fn;
		arg = mock_act.arg;
	}
	spin_unlock(&mock_lock);
	/* the action may sleep: outside mock_lock, in the hook's context */
	if (fn)
		fn(tsk, arg);
	return ret;
}

static int mock_n(struct cgroup_subsys *ss)
{
	return ss->subsys_id - mock0_subsys_id;
}

static struct cgroup_subsys_state *mock_create(struct cgroup_subsys *ss,
					       struct cgroup *cgrp)
{
	struct mock_css *mc;
	int ret;

	ret = mock_hook_call(mock_n(ss), MOCK_CREATE, cgrp, NULL, NULL);
	if (ret)
		return ERR_PTR(ret);
	mc = kzalloc(sizeof(*mc), GFP_KERNEL);
	if (!mc)
		return ERR_PTR(-ENOMEM);
	return &mc->css;
}

static void mock_destroy(struct cgroup_subsys *ss, struct cgroup *cgrp)
{
	mock_hook_call(mock_n(ss), MOCK_DESTROY, cgrp, NULL, NULL);
	kfree(container_of(cgrp->subsys[ss->subsys_id], struct mock_css, css));
}

static int mock_can_attach(struct cgroup_subsys *ss, struct cgroup *cgrp,
			   struct task_struct *tsk)
{
	return mock_hook_call(mock_n(ss), MOCK_CAN_ATTACH, cgrp, NULL, tsk);
}

static void mock_cancel_attach(struct cgroup_subsys *ss, struct cgroup *cgrp,
			       struct task_struct *tsk)
{
	mock_hook_call(mock_n(ss), MOCK_CANCEL_ATTACH, cgrp, NULL, tsk);
}

static void mock_attach(struct cgroup_subsys *ss, struct cgroup *cgrp,
			struct cgroup *old_cgrp, struct task_struct *tsk)
{
	mock_hook_call(mock_n(ss), MOCK_ATTACH, cgrp, old_cgrp, tsk);
}

static void mock_fork(struct cgroup_subsys *ss, struct task_struct *task)
{
	bool linked;

	linked = cgroup_task_linked(task);
	mock_hook_call(mock_n(ss), MOCK_FORK, NULL, NULL, task);
	spin_lock(&mock_lock);
	if (mock_log.nr && mock_log.calls[mock_log.nr - 1].tsk == task)
		mock_log.calls[mock_log.nr - 1].linked = linked;
	spin_unlock(&mock_lock);
}

static void mock_exit(struct cgroup_subsys *ss, struct cgroup *cgrp,
		      struct cgroup *old_cgrp, struct task_struct *task)
{
	mock_hook_call(mock_n(ss), MOCK_EXIT, cgrp, old_cgrp, task);
}

static u64 mock_val_read(struct cgroup *cgrp, struct cftype *cft)
{
	struct mock_css *mc = container_of(cgrp->subsys[cft->private],
					   struct mock_css, css);

	return READ_ONCE(mc->val);
}

static int mock_val_write(struct cgroup *cgrp, struct cftype *cft, u64 val)
{
	struct mock_css *mc = container_of(cgrp->subsys[cft->private],
					   struct mock_css, css);

	WRITE_ONCE(mc->val, val);
	return 0;
}

#define MOCK_FILE(_n) {							\
	.name = "val",							\
	.private = mock ## _n ## _subsys_id,				\
	.read_u64 = mock_val_read,					\
	.write_u64 = mock_val_write,					\
}

static const struct cftype mock_files[3] = {
	MOCK_FILE(0), MOCK_FILE(1), MOCK_FILE(2),
};

static int mock_populate(struct cgroup_subsys *ss, struct cgroup *cgrp)
	__must_hold(&cgroup_mutex)
{
	int ret;

	ret = mock_hook_call(mock_n(ss), MOCK_POPULATE, cgrp, NULL, NULL);
	if (ret)
		return ret;
	return cgroup_add_file(cgrp, ss, &mock_files[mock_n(ss)]);
}

static void mock_post_clone(struct cgroup_subsys *ss, struct cgroup *cgrp)
{
	mock_hook_call(mock_n(ss), MOCK_POST_CLONE, cgrp, NULL, NULL);
}

static void mock_bind(struct cgroup_subsys *ss, struct cgroup *root)
{
	mock_hook_call(mock_n(ss), MOCK_BIND, root, NULL, NULL);
}

/* The hooks without an ss argument need one function per instance. */
#define MOCK_SUBSYS(_n)							\
static int mock ## _n ## _can_attach_task(struct cgroup *cgrp,		\
					  struct task_struct *tsk)	\
{									\
	return mock_hook_call(_n, MOCK_CAN_ATTACH_TASK, cgrp, NULL, tsk); \
}									\
static void mock ## _n ## _pre_attach(struct cgroup *cgrp)		\
{									\
	mock_hook_call(_n, MOCK_PRE_ATTACH, cgrp, NULL, NULL);		\
}									\
static void mock ## _n ## _attach_task(struct cgroup *cgrp,		\
				       struct task_struct *tsk)		\
{									\
	mock_hook_call(_n, MOCK_ATTACH_TASK, cgrp, NULL, tsk);		\
}									\
struct cgroup_subsys mock ## _n ## _subsys = {				\
	.name = "mock" #_n,						\
	.subsys_id = mock ## _n ## _subsys_id,				\
	.create = mock_create,						\
	.destroy = mock_destroy,					\
	.can_attach = mock_can_attach,					\
	.can_attach_task = mock ## _n ## _can_attach_task,		\
	.cancel_attach = mock_cancel_attach,				\
	.pre_attach = mock ## _n ## _pre_attach,			\
	.attach_task = mock ## _n ## _attach_task,			\
	.attach = mock_attach,						\
	.fork = mock_fork,						\
	.exit = mock_exit,						\
	.populate = mock_populate,					\
	.post_clone = mock_post_clone,					\
	.bind = mock_bind,						\
	.disabled = 1,							\
}

MOCK_SUBSYS(0);
MOCK_SUBSYS(1);
MOCK_SUBSYS(2);

/*
 * The mocks are built into every KUnit kernel, so they start disabled:
 * a user's `mount -t cgroup` never binds them and /proc/cgroups shows
 * them as not enabled.  Each case of these suites enables them in its
 * init and disables them again in its exit, with no hierarchy left
 * that uses them.
 */
/**
 * mock_subsys_enable() - enable or disable the three mock instances
 * @on: enable
 *
 * Context: process; takes cgroup_mutex.
 */
void mock_subsys_enable(bool on)
{
	cgroup_lock();
	mock0_subsys.disabled = !on;
	mock1_subsys.disabled = !on;
	mock2_subsys.disabled = !on;
	cgroup_unlock();
}

/**
 * mock_reset() - stop recording, clear the log, disarm the failure
 *
 * Context: any; takes mock_lock.
 */
void mock_reset(void)
{
	spin_lock(&mock_lock);
	mock_log.recording = false;
	mock_log.nr = 0;
	mock_log.dropped = 0;
	mock_fail.armed = false;
	mock_act.armed = false;
	mock_act.hits = 0;
	spin_unlock(&mock_lock);
}

/**
 * mock_record() - clear the log and record every hook call from now on
 *
 * Context: any; takes mock_lock.
 */
void mock_record(void)
{
	spin_lock(&mock_lock);
	mock_log.nr = 0;
	mock_log.dropped = 0;
	mock_log.recording = true;
	spin_unlock(&mock_lock);
}

/**
 * mock_fail_on() - make one hook of one instance fail
 * @n: the instance (0, 1, 2)
 * @hook: the hook
 * @tsk: fail only when called for this task (NULL: for any)
 * @err: the -errno it returns (hooks that cannot fail only record)
 *
 * Context: any; takes mock_lock.
 */
void mock_fail_on(int n, enum mock_hook hook, struct task_struct *tsk,
		  int err)
{
	spin_lock(&mock_lock);
	mock_fail.n = n;
	mock_fail.hook = hook;
	mock_fail.tsk = tsk;
	mock_fail.err = err;
	mock_fail.armed = true;
	spin_unlock(&mock_lock);
}

/**
 * mock_act_on() - run an action inside one hook call of one instance
 * @n: the instance (0, 1, 2)
 * @hook: the hook
 * @fn: the action: called once, with the hook's task argument and @arg,
 *	on the thread that calls the hook, in the hook's context (for the
 *	attach hooks: cgroup_mutex held and, on the cgroup.procs path, the
 *	group's fork lock held for writing)
 * @arg: its argument
 *
 * This is how a case makes an exec, an exit or a fork happen at an exact
 * point of an attach: right after the snapshot (can_attach), inside the
 * veto (can_attach_task), right after the commit point (pre_attach).
 *
 * Context: any; takes mock_lock.
 */
void mock_act_on(int n, enum mock_hook hook, mock_action_fn fn, void *arg)
{
	spin_lock(&mock_lock);
	mock_act.n = n;
	mock_act.hook = hook;
	mock_act.fn = fn;
	mock_act.arg = arg;
	mock_act.hits = 0;
	mock_act.armed = true;
	spin_unlock(&mock_lock);
}

/**
 * mock_act_hits() - how many times the action armed last ran (0 or 1)
 *
 * Context: any; takes mock_lock.
 * Return: the count.
 */
int mock_act_hits(void)
{
	int hits;

	spin_lock(&mock_lock);
	hits = mock_act.hits;
	spin_unlock(&mock_lock);
	return hits;
}

/**
 * mock_trace() - the log as text, for one readable expectation per case
 * @buf: where to write it
 * @size: its size
 * @mask: the hooks to show (1UL << MOCK_*; MOCK_ATTACH_HOOKS,
 *	MOCK_ALL_HOOKS)
 *
 * Context: any; takes mock_lock.
 * Return: @buf, holding "0:can_attach 1:can_attach ..." in call order.
 */
const char *mock_trace(char *buf, size_t size, unsigned long mask)
{
	size_t len = 0;
	int i;

	buf[0] = '\0';
	spin_lock(&mock_lock);
	for (i = 0; i < mock_log.nr; i++) {
		struct mock_call *call = &mock_log.calls[i];

		if (!(mask & (1UL << call->hook)))
			continue;
		len += scnprintf(buf + len, size - len, "%s%d:%s",
				 len ? " " : "", call->n,
				 mock_hook_names[call->hook]);
	}
	spin_unlock(&mock_lock);
	return buf;
}

/* The contract (kernel/cgroup_contract_test.c): each instance's "val". */
static void mock_contract_snapshot(struct cgk_state *st,
				   struct cgroup_subsys *ss,
				   struct cgroup *cgrp, struct task_struct *tsk)
{
	if (cgrp)
		cgk_state_printf(st, "val %llu",
				 READ_ONCE(container_of(cgrp->subsys[ss->subsys_id],
							struct mock_css,
							css)->val));
}

CGROUP_CONTRACT(mock0, .snapshot = mock_contract_snapshot);
CGROUP_CONTRACT(mock1, .snapshot = mock_contract_snapshot);
CGROUP_CONTRACT(mock2, .snapshot = mock_contract_snapshot);
