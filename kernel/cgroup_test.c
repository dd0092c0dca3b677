// SPDX-License-Identifier: GPL-2.0
/*
 * cgroup_test.c - KUnit suites for the cgroup core: cgroup_hierarchy,
 * cgroup_css_set, cgroup_attach_task and cgroup_files.
 *
 * The file includes kernel/cgroup.c to reach its static functions (the
 * Makefile drops cgroup.o when this file is built: kunit-wraps-y).  It
 * also defines the mock subsystem, registered three times as mock0,
 * mock1 and mock2 (<linux/cgroup_subsys.h>, CONFIG_CGROUP_MOCK), which
 * records every hook call with its arguments and can be told to fail a
 * given hook of a given instance on a given task.
 *
 * Test tasks are real tasks: processes made with kernel_clone() from the
 * case's own task (named "cgt" so the mock records only their fork and
 * exit), threads made by running kernel_clone(CLONE_THREAD) as the
 * process with task_call().  Every case kills and reaps what it made and
 * waits for pending RCU frees, so the runner's leak check sees the
 * baseline.
 *
 * Locks taken and their ordering: the core's (see kernel/cgroup.c), plus
 * mock_lock, innermost (taken inside the hooks, which may run under
 * cgroup_mutex, css_set_lock or task_lock).
 */

/*
 * cgroup_attach_proc()'s race points call cgt_proc_point() in this
 * translation unit (see the cgroup_attach_proc suite); built alone,
 * cgroup.c makes them empty statements.
 */
struct task_struct;
static void cgt_proc_point(int point, struct task_struct *tsk);
#define cgroup_attach_proc_point(point, tsk)	cgt_proc_point(point, tsk)

#include "cgroup.c"

#include <kunit/test.h>
#include <linux/fault-inject.h>
#include <linux/kthread.h>
#include <linux/syscalls.h>
#include <linux/completion.h>
#include <linux/delay.h>
#include <linux/ktime.h>
#include <linux/spawn.h>

/* ------------------------------------------------------------------ */
/* The mock subsystem */

enum mock_hook {
	MOCK_CREATE,
	MOCK_DESTROY,
	MOCK_CAN_ATTACH,
	MOCK_CAN_ATTACH_TASK,
	MOCK_CANCEL_ATTACH,
	MOCK_PRE_ATTACH,
	MOCK_ATTACH_TASK,
	MOCK_ATTACH,
	MOCK_FORK,
	MOCK_EXIT,
	MOCK_POPULATE,
	MOCK_POST_CLONE,
	MOCK_BIND,
	MOCK_NR_HOOKS,
};

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

/**
 * struct mock_call - one recorded hook call
 * @n: mock instance (0, 1, 2)
 * @hook: which hook
 * @cgrp: its cgroup argument
 * @old_cgrp: attach/exit: the old cgroup
 * @tsk: its task argument, or NULL
 * @linked: fork: the task was on its css_set's task list
 */
struct mock_call {
	int n;
	enum mock_hook hook;
	struct cgroup *cgrp;
	struct cgroup *old_cgrp;
	struct task_struct *tsk;
	bool linked;
};

#define MOCK_LOG_MAX	128

/*
 * mock_lock - protects mock_log and mock_fail.  Innermost lock: hooks
 * take it under cgroup_mutex, css_set_lock (never) or task_lock (exit).
 */
static DEFINE_SPINLOCK(mock_lock);

static struct {
	bool recording;
	int nr;
	int dropped;
	struct mock_call calls[MOCK_LOG_MAX];
} mock_log;

static struct {
	bool armed;
	int n;
	enum mock_hook hook;
	struct task_struct *tsk;	/* NULL: any task */
	int err;
} mock_fail;

/* Only the fork and exit of the tests' own tasks are recorded. */
static bool mock_task_is_ours(struct task_struct *tsk)
{
	return tsk && !strncmp(tsk->comm, "cgt", 3);
}

static int mock_hook_call(int n, enum mock_hook hook, struct cgroup *cgrp,
			  struct cgroup *old_cgrp, struct task_struct *tsk)
{
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
	spin_unlock(&mock_lock);
	return ret;
}

static int mock_n(struct cgroup_subsys *ss)
{
	return ss->subsys_id - mock0_subsys_id;
}

struct mock_css {
	struct cgroup_subsys_state css;
	u64 val;
};

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

	read_lock(&css_set_lock);
	linked = !list_empty(&task->cg_list);
	read_unlock(&css_set_lock);
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
static void mock_subsys_enable(bool on)
{
	cgroup_lock();
	mock0_subsys.disabled = !on;
	mock1_subsys.disabled = !on;
	mock2_subsys.disabled = !on;
	cgroup_unlock();
}

static void mock_reset(void)
{
	spin_lock(&mock_lock);
	mock_log.recording = false;
	mock_log.nr = 0;
	mock_log.dropped = 0;
	mock_fail.armed = false;
	spin_unlock(&mock_lock);
}

static void mock_record(void)
{
	spin_lock(&mock_lock);
	mock_log.nr = 0;
	mock_log.dropped = 0;
	mock_log.recording = true;
	spin_unlock(&mock_lock);
}

static void mock_fail_on(int n, enum mock_hook hook, struct task_struct *tsk,
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

/*
 * Render the log as "0:can_attach 1:can_attach ..." (only the hooks
 * named in @mask) into @buf, for one readable expectation per case.
 */
static const char *mock_trace(char *buf, size_t size, unsigned long mask)
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

#define MOCK_ATTACH_HOOKS						\
	((1UL << MOCK_CAN_ATTACH) | (1UL << MOCK_CAN_ATTACH_TASK) |	\
	 (1UL << MOCK_CANCEL_ATTACH) | (1UL << MOCK_PRE_ATTACH) |		\
	 (1UL << MOCK_ATTACH_TASK) | (1UL << MOCK_ATTACH))
#define MOCK_ALL_HOOKS	((1UL << MOCK_NR_HOOKS) - 1)

/* ------------------------------------------------------------------ */
/* Helpers: hierarchies, cgroups, files, tasks */

static struct cgroupfs_root *cgt_mount(struct kunit *test, const char *opts)
{
	struct cgroupfs_root *root = cgroup_get_root(opts);

	KUNIT_ASSERT_FALSE_MSG(test, IS_ERR(root), "mount -o %s: %ld", opts,
			       PTR_ERR(root));
	return root;
}

static struct cgroup *cgt_create(struct cgroup *parent, const char *name)
{
	struct cgroup *cgrp = __cgroup_create(parent, name, NULL, 0755);

	if (!IS_ERR(cgrp))
		cgroup_put(cgrp);	/* its directory keeps it */
	return cgrp;
}

static int cgt_rmdir(struct cgroup *cgrp)
{
	return __cgroup_rmdir(cgrp, false);
}

static struct cgroup *cgt_mkdir(struct kunit *test, struct cgroup *parent,
				const char *name)
{
	struct cgroup *cgrp = cgt_create(parent, name);

	KUNIT_ASSERT_FALSE_MSG(test, IS_ERR(cgrp), "mkdir %s: %ld", name,
			       PTR_ERR(cgrp));
	return cgrp;
}

static struct cftype *cgt_file(struct cgroup *cgrp, const char *name)
{
	struct cgroup_file *cfile;

	mutex_lock(&cgroup_mutex);
	cfile = cgroup_find_file(cgrp, name);
	mutex_unlock(&cgroup_mutex);
	return cfile ? cfile->cft : NULL;
}

/* write(2) of @str to @cgrp's file @name: bytes written or -errno */
static ssize_t cgt_write(struct cgroup *cgrp, const char *name,
			 const char *str)
{
	struct cgroup_open_file *of;
	struct cftype *cft = cgt_file(cgrp, name);
	ssize_t ret;

	if (!cft)
		return -ENOENT;
	of = cgroup_file_open(cgrp, cft, false);
	if (IS_ERR(of))
		return PTR_ERR(of);
	ret = cgroup_file_write(of, (const char __user *)str, strlen(str));
	cgroup_file_release(of);
	return ret;
}

/* The contents of @cgrp's file @name, in a test-managed buffer */
static char *cgt_read(struct kunit *test, struct cgroup *cgrp,
		      const char *name)
{
	struct cgroup_open_file *of;
	struct cftype *cft = cgt_file(cgrp, name);
	char *buf;

	KUNIT_ASSERT_NOT_NULL(test, cft);
	of = cgroup_file_open(cgrp, cft, true);
	KUNIT_ASSERT_FALSE(test, IS_ERR(of));
	buf = kunit_kzalloc(test, of->len + 1, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, buf);
	if (of->len)
		memcpy(buf, of->buf, of->len);
	cgroup_file_release(of);
	return buf;
}

static ssize_t cgt_write_pid(struct cgroup *cgrp, pid_t pid)
{
	char buf[16];

	snprintf(buf, sizeof(buf), "%d\n", pid);
	return cgt_write(cgrp, "tasks", buf);
}

static struct cgroup *cgt_task_cgroup(struct task_struct *tsk,
				      struct cgroupfs_root *root)
{
	struct cgroup *cgrp;

	mutex_lock(&cgroup_mutex);
	cgrp = task_cgroup_from_root(tsk, root);
	mutex_unlock(&cgroup_mutex);
	return cgrp;
}

static struct css_set *cgt_css_set(struct task_struct *tsk)
{
	struct css_set *cg;

	task_lock(tsk);
	cg = task_css_set_locked(tsk);
	task_unlock(tsk);
	return cg;
}

/* Is @pid one of the lines of @list? */
static bool cgt_listed(const char *list, pid_t pid)
{
	char line[16];
	int len = snprintf(line, sizeof(line), "%d\n", pid);
	const char *p;

	for (p = list; *p; p = strchr(p, '\n') + 1) {
		if (!strncmp(p, line, len))
			return true;
	}
	return false;
}

/* A new process, child of the case's task, with a reference held. */
static struct task_struct *cgt_spawn(struct kunit *test)
{
	struct kernel_clone_args args = {
		.exit_signal = SIGCHLD,
		.name = "cgt",
	};
	struct task_struct *tsk;
	pid_t pid;

	pid = kernel_clone(&args);
	KUNIT_ASSERT_GT_MSG(test, pid, 0, "kernel_clone: %d", pid);
	tsk = find_get_task_by_vpid(pid);
	KUNIT_ASSERT_NOT_NULL(test, tsk);
	return tsk;
}

static long cgt_clone_thread_fn(void *arg)
{
	struct kernel_clone_args args = {
		.flags = CLONE_THREAD | CLONE_SIGHAND | CLONE_VM | CLONE_FS |
			 CLONE_FILES,
		.exit_signal = -1,
		.name = "cgt",
	};

	return kernel_clone(&args);
}

/* A new thread of @leader's process, with a reference held. */
static struct task_struct *cgt_spawn_thread(struct kunit *test,
					    struct task_struct *leader)
{
	struct task_struct *tsk;
	long tid;

	tid = task_call(leader, cgt_clone_thread_fn, NULL);
	KUNIT_ASSERT_GT_MSG(test, tid, 0, "clone thread: %ld", tid);
	tsk = find_get_task_by_vpid(tid);
	KUNIT_ASSERT_NOT_NULL(test, tsk);
	return tsk;
}

/* Kill and reap the process @tsk leads; drops the reference. */
static void cgt_reap(struct kunit *test, struct task_struct *tsk)
{
	pid_t pid = task_pid_vnr(tsk);
	int status;

	KUNIT_EXPECT_EQ(test, ksys_kill(pid, SIGKILL), 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(pid, &status, __WALL), pid);
	put_task_struct(tsk);
}

/* Every pending css_set free has run (the leak check counts them). */
static void cgt_settle(void)
{
	kunit_rcu_drain();
}

/*
 * Invariant I2 at rest: every css_set's refcount is the number of tasks
 * on its list.  init_css_set is left out: tasks of the rest of the
 * system fork and exit from it at any time (and it has a permanent
 * reference).
 */
static void cgt_check_refcounts(struct kunit *test)
{
	struct css_set *cg;
	int i;

	read_lock(&css_set_lock);
	for (i = 0; i < CSS_SET_TABLE_SIZE; i++) {
		hlist_for_each_entry(cg, &css_set_table[i], hlist) {
			struct task_struct *tsk;
			int n = 0;

			if (cg == &init_css_set)
				continue;
			list_for_each_entry(tsk, &cg->tasks, cg_list)
				n++;
			KUNIT_EXPECT_EQ(test, atomic_read(&cg->refcount), n);
		}
	}
	read_unlock(&css_set_lock);
}

struct cgt_baseline {
	int css_set_count;
	int root_count;
	unsigned long warns;
};

static int cgt_init(struct kunit *test)
{
	struct cgt_baseline *base;

	base = kunit_kzalloc(test, sizeof(*base), GFP_KERNEL);
	if (!base)
		return -ENOMEM;
	mock_subsys_enable(true);
	cgt_settle();
	read_lock(&css_set_lock);
	base->css_set_count = css_set_count;
	read_unlock(&css_set_lock);
	base->root_count = root_count;
	mock_reset();
	test->priv = base;
	return 0;
}

/* After every case: css_sets, refcounts and hierarchies at baseline. */
static void cgt_exit(struct kunit *test)
{
	struct cgt_baseline *base = test->priv;
	int count;

	mock_reset();
	cgt_settle();
	read_lock(&css_set_lock);
	count = css_set_count;
	read_unlock(&css_set_lock);
	KUNIT_EXPECT_EQ(test, count, base->css_set_count);
	cgt_check_refcounts(test);
	KUNIT_EXPECT_EQ(test, root_count, base->root_count);
	mock_subsys_enable(false);
	if (IS_ENABLED(CONFIG_LOCKDEP))
		KUNIT_EXPECT_FALSE(test, cgroup_lock_is_held());
}

/* ------------------------------------------------------------------ */
/* cgroup_hierarchy */

static void cgroup_hierarchy_mount_named(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "none,name=x");

	KUNIT_EXPECT_STREQ(test, root->name, "x");
	KUNIT_EXPECT_EQ(test, root->subsys_bits, 0UL);
	KUNIT_EXPECT_EQ(test, root->number_of_cgroups, 1);
	KUNIT_EXPECT_GT(test, root->hierarchy_id, 0);
	/* every task starts in the root */
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(current, root),
			    &root->top_cgroup);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(&init_task, root),
			    &root->top_cgroup);
	KUNIT_EXPECT_NOT_NULL(test, cgt_file(&root->top_cgroup, "tasks"));
	KUNIT_EXPECT_NOT_NULL(test, cgt_file(&root->top_cgroup,
					     "release_agent"));
	cgroup_put_root(root);
}

static void cgroup_hierarchy_share_same_options(struct kunit *test)
{
	struct cgroupfs_root *a = cgt_mount(test, "mock0,mock1");
	struct cgroupfs_root *b = cgt_mount(test, "mock1,mock0");
	struct cgroupfs_root *c = cgt_mount(test, "none,name=y");
	struct cgroupfs_root *d = cgt_mount(test, "name=y");

	KUNIT_EXPECT_PTR_EQ(test, a, b);
	KUNIT_EXPECT_EQ(test, a->mount_count, 2);
	KUNIT_EXPECT_PTR_EQ(test, c, d);
	KUNIT_EXPECT_PTR_NE(test, a, c);
	KUNIT_EXPECT_PTR_EQ(test, mock0_subsys.root, a);
	cgroup_put_root(d);
	cgroup_put_root(c);
	cgroup_put_root(b);
	cgroup_put_root(a);
	KUNIT_EXPECT_PTR_EQ(test, mock0_subsys.root, &rootnode);
}

static void cgroup_hierarchy_subsys_busy(struct kunit *test)
{
	struct cgroupfs_root *a = cgt_mount(test, "mock0");
	struct cgroupfs_root *b;

	b = cgroup_get_root("mock0,mock1");
	KUNIT_EXPECT_EQ(test, PTR_ERR(b), -EBUSY);
	/* the default is every subsystem, mock0 included */
	b = cgroup_get_root("");
	KUNIT_EXPECT_EQ(test, PTR_ERR(b), -EBUSY);
	b = cgroup_get_root("none,name=a");
	KUNIT_ASSERT_FALSE(test, IS_ERR(b));
	/* a name used with another set of subsystems */
	KUNIT_EXPECT_EQ(test, PTR_ERR(cgroup_get_root("mock1,name=a")),
			-EBUSY);
	cgroup_put_root(b);
	cgroup_put_root(a);
	KUNIT_EXPECT_PTR_EQ(test, mock1_subsys.root, &rootnode);
}

static void cgroup_hierarchy_bad_options(struct kunit *test)
{
	static const struct {
		const char *opts;
		int err;
	} cases[] = {
		{ "none", -EINVAL },
		{ "none,mock0", -EINVAL },
		{ "all,mock0", -EINVAL },
		{ "mock0,all", -EINVAL },
		{ "bogus", -ENOENT },
		{ "noprefix,mock0", -EINVAL },
		{ "none,name=bad/name", -EINVAL },
		{ "none,name=", -EINVAL },
		{ "none,name=x,name=y", -EINVAL },
		{ "mock0,,mock1", -EINVAL },
	};
	int i;

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		struct cgroupfs_root *root = cgroup_get_root(cases[i].opts);

		KUNIT_EXPECT_EQ_MSG(test, PTR_ERR(root), (long)cases[i].err,
				    "-o %s", cases[i].opts);
		if (!IS_ERR(root))
			cgroup_put_root(root);
	}
	KUNIT_EXPECT_EQ(test, root_count, 0);
}

static void cgroup_hierarchy_noprefix(struct kunit *test)
{
	struct cgroupfs_root *a = cgt_mount(test, "mock0");
	struct cgroupfs_root *b = cgt_mount(test, "noprefix,none,name=np");

	KUNIT_EXPECT_NOT_NULL(test, cgt_file(&a->top_cgroup, "mock0.val"));
	KUNIT_EXPECT_NULL(test, cgt_file(&a->top_cgroup, "val"));
	KUNIT_EXPECT_TRUE(test, test_bit(ROOT_NOPREFIX, &b->flags));
	cgroup_put_root(b);
	cgroup_put_root(a);
}

static void cgroup_hierarchy_mkdir_rmdir(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "mock0,mock1");
	struct cgroup *top = &root->top_cgroup;
	struct cgroup *a, *b;
	char buf[64];

	mock_record();
	a = cgt_mkdir(test, top, "a");
	KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf), MOCK_ALL_HOOKS),
			   "0:create 1:create 0:populate 1:populate");
	KUNIT_EXPECT_EQ(test, root->number_of_cgroups, 2);
	KUNIT_EXPECT_EQ(test, PTR_ERR(cgt_create(top, "a")), -EEXIST);
	KUNIT_EXPECT_EQ(test, PTR_ERR(cgt_create(top, "tasks")), -EEXIST);
	KUNIT_EXPECT_EQ(test, PTR_ERR(cgt_create(top, "x/y")), -EINVAL);
	KUNIT_EXPECT_EQ(test, PTR_ERR(cgt_create(top, "")), -EINVAL);
	KUNIT_EXPECT_EQ(test, PTR_ERR(cgt_create(top, "..")), -EINVAL);
	KUNIT_EXPECT_NOT_NULL(test, cgt_file(a, "mock1.val"));
	KUNIT_EXPECT_NULL(test, cgt_file(a, "release_agent"));

	b = cgt_mkdir(test, a, "b");
	KUNIT_EXPECT_EQ(test, cgroup_path(b, buf, sizeof(buf)), 0);
	KUNIT_EXPECT_STREQ(test, buf, "/a/b");
	KUNIT_EXPECT_EQ(test, cgroup_path(top, buf, sizeof(buf)), 0);
	KUNIT_EXPECT_STREQ(test, buf, "/");
	KUNIT_EXPECT_EQ(test, cgroup_path(b, buf, 4), -ENAMETOOLONG);

	/* children make the parent busy; the top is never removable */
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), -EBUSY);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(top), -EBUSY);
	mock_record();
	KUNIT_EXPECT_EQ(test, cgt_rmdir(b), 0);
	KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf), MOCK_ALL_HOOKS),
			   "0:destroy 1:destroy");
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	KUNIT_EXPECT_EQ(test, root->number_of_cgroups, 1);
	cgroup_put_root(root);
}

static void cgroup_hierarchy_create_fails(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "mock0,mock1,mock2");
	struct cgroup *cgrp;
	char buf[128];

	mock_record();
	mock_fail_on(1, MOCK_CREATE, NULL, -ENOSPC);
	cgrp = cgt_create(&root->top_cgroup, "a");
	KUNIT_EXPECT_EQ(test, PTR_ERR(cgrp), -ENOSPC);
	/* the states made before the failure are destroyed */
	KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf), MOCK_ALL_HOOKS),
			   "0:create 1:create 0:destroy");

	mock_record();
	mock_fail_on(2, MOCK_POPULATE, NULL, -ENOMEM);
	cgrp = cgt_create(&root->top_cgroup, "a");
	KUNIT_EXPECT_EQ(test, PTR_ERR(cgrp), -ENOMEM);
	KUNIT_EXPECT_EQ(test, root->number_of_cgroups, 1);
	KUNIT_EXPECT_TRUE(test, list_empty(&root->top_cgroup.children));
	mock_reset();
	cgroup_put_root(root);
}

static void cgroup_hierarchy_clone_children(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "mock0,clone_children");
	struct cgroup *a, *b;
	char buf[64];

	KUNIT_EXPECT_STREQ(test, cgt_read(test, &root->top_cgroup,
					  "cgroup.clone_children"), "1\n");
	mock_record();
	a = cgt_mkdir(test, &root->top_cgroup, "a");
	KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf), MOCK_ALL_HOOKS),
			   "0:create 0:post_clone 0:populate");
	KUNIT_EXPECT_EQ(test, cgt_write(a, "cgroup.clone_children", "0"),
			(ssize_t)1);
	mock_record();
	b = cgt_mkdir(test, a, "b");
	KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf), MOCK_ALL_HOOKS),
			   "0:create 0:populate");
	KUNIT_EXPECT_EQ(test, cgt_rmdir(b), 0);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

static void cgroup_hierarchy_umount_keeps_children(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "none,name=keep");
	struct cgroupfs_root *again;
	struct cgroup *a;

	a = cgt_mkdir(test, &root->top_cgroup, "a");
	cgroup_put_root(root);
	/* still active: the same options find it, child included */
	KUNIT_EXPECT_EQ(test, root_count, 1);
	again = cgt_mount(test, "none,name=keep");
	KUNIT_EXPECT_PTR_EQ(test, again, root);
	mutex_lock(&cgroup_mutex);
	KUNIT_EXPECT_PTR_EQ(test, cgroup_find_child(&root->top_cgroup, "a"),
			    a);
	mutex_unlock(&cgroup_mutex);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(again);
	KUNIT_EXPECT_EQ(test, root_count, 0);
}

static void cgroup_hierarchy_remount(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "mock0");
	struct cgroup *a;
	char buf[64];

	mock_record();
	KUNIT_EXPECT_EQ(test, cgroup_remount_root(root, "mock0,mock1"), 0);
	KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf), MOCK_ALL_HOOKS),
			   "1:bind 1:populate");
	KUNIT_EXPECT_PTR_EQ(test, mock1_subsys.root, root);
	KUNIT_EXPECT_NOT_NULL(test, cgt_file(&root->top_cgroup, "mock1.val"));
	KUNIT_EXPECT_EQ(test, cgroup_remount_root(root, "mock1"), 0);
	KUNIT_EXPECT_NULL(test, cgt_file(&root->top_cgroup, "mock0.val"));
	KUNIT_EXPECT_PTR_EQ(test, mock0_subsys.root, &rootnode);

	/* flags and names may not change; subsystems not with children */
	KUNIT_EXPECT_EQ(test, cgroup_remount_root(root, "mock1,noprefix"),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, cgroup_remount_root(root, "mock1,name=z"),
			-EINVAL);
	a = cgt_mkdir(test, &root->top_cgroup, "a");
	KUNIT_EXPECT_EQ(test, cgroup_remount_root(root, "mock0,mock1"),
			-EBUSY);
	KUNIT_EXPECT_EQ(test, cgroup_remount_root(root,
						  "mock1,release_agent=/bin/x"),
			0);
	KUNIT_EXPECT_STREQ(test, cgt_read(test, &root->top_cgroup,
					  "release_agent"), "/bin/x\n");
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

static void cgroup_hierarchy_proc_files(struct kunit *test)
{
	struct cgroupfs_root *r1 = cgt_mount(test, "mock0,mock2");
	struct cgroupfs_root *r2 = cgt_mount(test, "none,name=pc");
	struct cgroup *a = cgt_mkdir(test, &r2->top_cgroup, "a");
	struct task_struct *tsk = cgt_spawn(test);
	struct seq_file m = { };
	char expect[128];

	KUNIT_ASSERT_GT(test, cgt_write_pid(a, task_pid_vnr(tsk)), 0L);
	m.buf = kunit_kzalloc(test, 512, GFP_KERNEL);
	m.size = 512;
	KUNIT_ASSERT_EQ(test, proc_cgroup_show(&m, tsk), 0);
	snprintf(expect, sizeof(expect), "%d:mock0,mock2:/\n%d:name=pc:/a\n",
		 r1->hierarchy_id, r2->hierarchy_id);
	KUNIT_EXPECT_STREQ(test, m.buf, expect);

	m.count = 0;
	memset(m.buf, 0, 512);
	KUNIT_ASSERT_EQ(test, proc_cgroupstats_show(&m, NULL), 0);
	snprintf(expect, sizeof(expect), "mock0\t%d\t1\t1\n",
		 r1->hierarchy_id);
	KUNIT_EXPECT_NOT_NULL(test, strstr(m.buf, expect));
	KUNIT_EXPECT_NOT_NULL(test, strstr(m.buf, "mock1\t0\t1\t1\n"));

	cgt_reap(test, tsk);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(r2);
	cgroup_put_root(r1);
}

/*
 * Fail each allocation of mount, then of mkdir, in turn: the error is
 * -ENOMEM, nothing is left behind (no hierarchy, no binding, no cgroup,
 * no object) and the next attempt succeeds.
 */
static void cgroup_hierarchy_alloc_faults(struct kunit *test)
{
	struct cgroupfs_root *root = NULL;
	struct cgroup *cgrp = NULL;
	int nth, mount_failures = 0, mkdir_failures = 0;
	long live;

	for (nth = 1; nth < 64; nth++) {
		live = host_ops.mem_live();
		fail_nth_set(nth);
		root = cgroup_get_root("mock0,mock1");
		fail_nth_set(0);
		if (!IS_ERR(root))
			break;
		mount_failures++;
		KUNIT_EXPECT_EQ(test, PTR_ERR(root), -ENOMEM);
		KUNIT_EXPECT_EQ(test, root_count, 0);
		KUNIT_EXPECT_PTR_EQ(test, mock0_subsys.root, &rootnode);
		KUNIT_EXPECT_PTR_EQ(test, mock1_subsys.root, &rootnode);
		KUNIT_EXPECT_EQ(test, host_ops.mem_live(), live);
	}
	KUNIT_ASSERT_FALSE(test, IS_ERR(root));
	/* option copy, root, links, files of the top cgroup */
	KUNIT_EXPECT_GE(test, mount_failures, 4);

	for (nth = 1; nth < 64; nth++) {
		live = host_ops.mem_live();
		mock_record();
		fail_nth_set(nth);
		cgrp = cgt_create(&root->top_cgroup, "a");
		fail_nth_set(0);
		if (!IS_ERR(cgrp))
			break;
		mkdir_failures++;
		KUNIT_EXPECT_EQ(test, PTR_ERR(cgrp), -ENOMEM);
		KUNIT_EXPECT_EQ(test, root->number_of_cgroups, 1);
		KUNIT_EXPECT_TRUE(test, list_empty(&root->top_cgroup.children));
		KUNIT_EXPECT_EQ(test, atomic_read(&root->top_cgroup.refcnt), 1);
		KUNIT_EXPECT_EQ(test, host_ops.mem_live(), live);
	}
	KUNIT_ASSERT_FALSE(test, IS_ERR(cgrp));
	/* cgroup, two states, files */
	KUNIT_EXPECT_GE(test, mkdir_failures, 4);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(cgrp), 0);
	cgroup_put_root(root);
}

static struct kunit_case cgroup_hierarchy_cases[] = {
	KUNIT_CASE(cgroup_hierarchy_alloc_faults),
	KUNIT_CASE(cgroup_hierarchy_mount_named),
	KUNIT_CASE(cgroup_hierarchy_share_same_options),
	KUNIT_CASE(cgroup_hierarchy_subsys_busy),
	KUNIT_CASE(cgroup_hierarchy_bad_options),
	KUNIT_CASE(cgroup_hierarchy_noprefix),
	KUNIT_CASE(cgroup_hierarchy_mkdir_rmdir),
	KUNIT_CASE(cgroup_hierarchy_create_fails),
	KUNIT_CASE(cgroup_hierarchy_clone_children),
	KUNIT_CASE(cgroup_hierarchy_umount_keeps_children),
	KUNIT_CASE(cgroup_hierarchy_remount),
	KUNIT_CASE(cgroup_hierarchy_proc_files),
	{}
};

static struct kunit_suite cgroup_hierarchy_suite = {
	.name = "cgroup_hierarchy",
	.init = cgt_init,
	.exit = cgt_exit,
	.test_cases = cgroup_hierarchy_cases,
};

/* ------------------------------------------------------------------ */
/* cgroup_css_set */

static void cgroup_css_set_fork_shares(struct kunit *test)
{
	struct css_set *cg = cgt_css_set(current);
	int before = atomic_read(&cg->refcount);
	struct task_struct *tsk = cgt_spawn(test);

	KUNIT_EXPECT_PTR_EQ(test, cgt_css_set(tsk), cg);
	KUNIT_EXPECT_EQ(test, atomic_read(&cg->refcount), before + 1);
	read_lock(&css_set_lock);
	KUNIT_EXPECT_FALSE(test, list_empty(&tsk->cg_list));
	read_unlock(&css_set_lock);
	cgt_reap(test, tsk);
	KUNIT_EXPECT_EQ(test, atomic_read(&cg->refcount), before);
}

static void cgroup_css_set_moved_tasks_share(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "mock0");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct task_struct *t1 = cgt_spawn(test);
	struct task_struct *t2 = cgt_spawn(test);
	struct css_set *old = cgt_css_set(t1);
	int old_ref = atomic_read(&old->refcount);
	int count = css_set_count;
	struct css_set *cg;

	mutex_lock(&cgroup_mutex);
	KUNIT_EXPECT_EQ(test, cgroup_attach_task(a, t1), 0);
	KUNIT_EXPECT_EQ(test, cgroup_attach_task(a, t2), 0);
	mutex_unlock(&cgroup_mutex);

	cg = cgt_css_set(t1);
	KUNIT_EXPECT_PTR_NE(test, cg, old);
	KUNIT_EXPECT_PTR_EQ(test, cgt_css_set(t2), cg);
	KUNIT_EXPECT_EQ(test, atomic_read(&cg->refcount), 2);
	KUNIT_EXPECT_EQ(test, atomic_read(&old->refcount), old_ref - 2);
	KUNIT_EXPECT_EQ(test, css_set_count, count + 1);
	KUNIT_EXPECT_PTR_EQ(test, cg->subsys[mock0_subsys_id],
			    a->subsys[mock0_subsys_id]);
	KUNIT_EXPECT_EQ(test, atomic_read(&a->count), 1);
	KUNIT_EXPECT_EQ(test, cgroup_task_count(a), 2);

	/* moving both back frees the css_set after a grace period */
	mutex_lock(&cgroup_mutex);
	KUNIT_EXPECT_EQ(test, cgroup_attach_task(&root->top_cgroup, t1), 0);
	KUNIT_EXPECT_EQ(test, cgroup_attach_task(&root->top_cgroup, t2), 0);
	mutex_unlock(&cgroup_mutex);
	KUNIT_EXPECT_PTR_EQ(test, cgt_css_set(t1), old);
	KUNIT_EXPECT_EQ(test, atomic_read(&old->refcount), old_ref);
	KUNIT_EXPECT_EQ(test, atomic_read(&a->count), 0);
	KUNIT_EXPECT_EQ(test, css_set_count, count);

	cgt_reap(test, t1);
	cgt_reap(test, t2);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

/* Hierarchies without subsystems still tell css_sets apart. */
static void cgroup_css_set_named_hierarchy_distinct(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "none,name=d");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct cgroup *b = cgt_mkdir(test, &root->top_cgroup, "b");
	struct task_struct *t1 = cgt_spawn(test);
	struct task_struct *t2 = cgt_spawn(test);

	KUNIT_EXPECT_EQ(test, cgt_write_pid(a, task_pid_vnr(t1)) > 0, true);
	KUNIT_EXPECT_EQ(test, cgt_write_pid(b, task_pid_vnr(t2)) > 0, true);
	KUNIT_EXPECT_PTR_NE(test, cgt_css_set(t1), cgt_css_set(t2));
	KUNIT_EXPECT_EQ(test, memcmp(cgt_css_set(t1)->subsys,
				     cgt_css_set(t2)->subsys,
				     sizeof(cgt_css_set(t1)->subsys)), 0);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(t1, root), a);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(t2, root), b);
	/* a populated cgroup cannot be removed */
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), -EBUSY);

	cgt_reap(test, t1);
	cgt_reap(test, t2);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(b), 0);
	cgroup_put_root(root);
}

/* Mount links every css_set to the new root; umount unlinks them. */
static void cgroup_css_set_mount_links(struct kunit *test)
{
	struct css_set *cg = cgt_css_set(current);
	struct cgroupfs_root *root;
	int links = 0, after = 0;
	struct cg_cgroup_link *link;

	read_lock(&css_set_lock);
	list_for_each_entry(link, &cg->cg_links, cg_link_list)
		links++;
	read_unlock(&css_set_lock);

	root = cgt_mount(test, "none,name=l");
	read_lock(&css_set_lock);
	list_for_each_entry(link, &cg->cg_links, cg_link_list)
		after++;
	KUNIT_EXPECT_EQ(test, atomic_read(&root->top_cgroup.count),
			css_set_count);
	read_unlock(&css_set_lock);
	KUNIT_EXPECT_EQ(test, after, links + 1);
	cgroup_put_root(root);

	after = 0;
	read_lock(&css_set_lock);
	list_for_each_entry(link, &cg->cg_links, cg_link_list)
		after++;
	read_unlock(&css_set_lock);
	KUNIT_EXPECT_EQ(test, after, links);
}

/* An exiting task moves to init_css_set and runs the exit hooks. */
static void cgroup_css_set_exit_to_init(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "mock0");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct task_struct *tsk = cgt_spawn(test);
	struct css_set *cg;
	char buf[64];

	KUNIT_ASSERT_GT(test, cgt_write_pid(a, task_pid_vnr(tsk)), 0L);
	cg = cgt_css_set(tsk);
	KUNIT_EXPECT_EQ(test, atomic_read(&cg->refcount), 1);
	mock_record();
	cgt_reap(test, tsk);
	/* every subsystem's exit hook runs, bound or not */
	KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf), MOCK_ALL_HOOKS),
			   "0:exit 1:exit 2:exit");
	spin_lock(&mock_lock);
	KUNIT_EXPECT_PTR_EQ(test, mock_log.calls[0].old_cgrp, a);
	KUNIT_EXPECT_PTR_EQ(test, mock_log.calls[0].cgrp, &root->top_cgroup);
	KUNIT_EXPECT_PTR_EQ(test, mock_log.calls[0].tsk, tsk);
	KUNIT_EXPECT_PTR_EQ(test, mock_log.calls[1].old_cgrp, dummytop);
	spin_unlock(&mock_lock);
	KUNIT_EXPECT_EQ(test, atomic_read(&a->count), 0);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

/* ss->fork runs after the child is on its css_set's task list. */
static void cgroup_css_set_fork_hook_after_link(struct kunit *test)
{
	struct task_struct *tsk;
	char buf[64];
	int i;

	mock_record();
	tsk = cgt_spawn(test);
	KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf), MOCK_ALL_HOOKS),
			   "0:fork 1:fork 2:fork");
	spin_lock(&mock_lock);
	for (i = 0; i < mock_log.nr; i++) {
		KUNIT_EXPECT_PTR_EQ(test, mock_log.calls[i].tsk, tsk);
		KUNIT_EXPECT_TRUE(test, mock_log.calls[i].linked);
	}
	spin_unlock(&mock_lock);
	cgt_reap(test, tsk);
}

#define CGT_CHURN_MAX_MOVES	1000000

struct cgt_churn {
	atomic_t forks;
	atomic_t errors;
};

/* Fork a child and make it exit, until told to stop. */
static int cgt_churn_fn(void *data)
{
	struct cgt_churn *churn = data;

	while (!kthread_should_stop()) {
		struct kernel_clone_args args = {
			.exit_signal = SIGCHLD,
			.name = "cgt",
		};
		int status;
		pid_t pid;

		pid = kernel_clone(&args);
		if (pid <= 0) {
			atomic_inc(&churn->errors);
			continue;
		}
		if (ksys_kill(pid, SIGKILL) ||
		    kernel_wait4(pid, &status, __WALL) != pid)
			atomic_inc(&churn->errors);
		atomic_inc(&churn->forks);
	}
	return 0;
}

/*
 * A kernel thread forks and reaps children while the case moves it
 * between two cgroups and reads their tasks files: fork, exit and
 * migration race on the same css_sets; every reference is back at rest
 * afterwards (checked by cgt_exit) and both cgroups can be removed.
 */
static void cgroup_css_set_churn(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "mock0,mock1");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct cgroup *b = cgt_mkdir(test, &root->top_cgroup, "b");
	struct cgt_churn churn = { };
	struct task_struct *worker;
	int i, moves = 0;

	worker = kthread_run(cgt_churn_fn, &churn, "cgt_churn");
	KUNIT_ASSERT_FALSE(test, IS_ERR(worker));
	get_task_struct(worker);
	/* at least 400 moves, and until the worker forked 50 times */
	for (i = 0; i < 400 || (atomic_read(&churn.forks) < 50 &&
				i < CGT_CHURN_MAX_MOVES); i++) {
		struct cgroup *to = i & 1 ? a : b;
		int ret;

		mutex_lock(&cgroup_mutex);
		ret = cgroup_attach_task(to, worker);
		mutex_unlock(&cgroup_mutex);
		KUNIT_EXPECT_EQ(test, ret, 0);
		moves += !ret;
		if (!(i % 16))
			cgt_read(test, to, "tasks");
	}
	KUNIT_EXPECT_EQ(test, kthread_stop(worker), 0);
	put_task_struct(worker);
	KUNIT_EXPECT_EQ(test, moves, i);
	KUNIT_EXPECT_GE(test, atomic_read(&churn.forks), 50);
	KUNIT_EXPECT_EQ(test, atomic_read(&churn.errors), 0);
	kunit_info(test, "%d forks during %d moves\n",
		   atomic_read(&churn.forks), moves);

	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(b), 0);
	cgroup_put_root(root);
}

static struct kunit_case cgroup_css_set_cases[] = {
	KUNIT_CASE(cgroup_css_set_churn),
	KUNIT_CASE(cgroup_css_set_fork_shares),
	KUNIT_CASE(cgroup_css_set_moved_tasks_share),
	KUNIT_CASE(cgroup_css_set_named_hierarchy_distinct),
	KUNIT_CASE(cgroup_css_set_mount_links),
	KUNIT_CASE(cgroup_css_set_exit_to_init),
	KUNIT_CASE(cgroup_css_set_fork_hook_after_link),
	{}
};

static struct kunit_suite cgroup_css_set_suite = {
	.name = "cgroup_css_set",
	.init = cgt_init,
	.exit = cgt_exit,
	.test_cases = cgroup_css_set_cases,
};

/* ------------------------------------------------------------------ */
/* cgroup_attach_task */

static void cgroup_attach_task_hook_order(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "mock0,mock1,mock2");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct task_struct *tsk = cgt_spawn(test);
	char buf[256];
	int i;

	mock_record();
	KUNIT_ASSERT_GT(test, cgt_write_pid(a, task_pid_vnr(tsk)), 0L);
	KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf), MOCK_ALL_HOOKS),
			   "0:can_attach 0:can_attach_task 1:can_attach 1:can_attach_task 2:can_attach 2:can_attach_task 0:pre_attach 0:attach_task 0:attach 1:pre_attach 1:attach_task 1:attach 2:pre_attach 2:attach_task 2:attach");
	spin_lock(&mock_lock);
	for (i = 0; i < mock_log.nr; i++) {
		struct mock_call *call = &mock_log.calls[i];

		KUNIT_EXPECT_PTR_EQ(test, call->cgrp, a);
		if (call->hook == MOCK_ATTACH)
			KUNIT_EXPECT_PTR_EQ(test, call->old_cgrp,
					    &root->top_cgroup);
		if (call->hook != MOCK_PRE_ATTACH)
			KUNIT_EXPECT_PTR_EQ(test, call->tsk, tsk);
	}
	spin_unlock(&mock_lock);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(tsk, root), a);

	/* already there: success and no hook at all */
	mock_record();
	KUNIT_EXPECT_GT(test, cgt_write_pid(a, task_pid_vnr(tsk)), 0L);
	KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf), MOCK_ALL_HOOKS),
			   "");

	cgt_reap(test, tsk);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

/*
 * Every refusal in every position: cancel_attach for exactly the
 * subsystems whose can_attach succeeded, in order, the refusing one
 * included when its can_attach_task refused (SPEC g.7); nothing moved,
 * no pre_attach/attach_task/attach, refcounts unchanged.
 */
static void cgroup_attach_task_cancel_rules(struct kunit *test)
{
	static const struct {
		int n;
		enum mock_hook hook;
		const char *trace;
	} cases[] = {
		{ 0, MOCK_CAN_ATTACH, "0:can_attach" },
		{ 0, MOCK_CAN_ATTACH_TASK,
		  "0:can_attach 0:can_attach_task 0:cancel_attach" },
		{ 1, MOCK_CAN_ATTACH,
		  "0:can_attach 0:can_attach_task 1:can_attach 0:cancel_attach" },
		{ 1, MOCK_CAN_ATTACH_TASK,
		  "0:can_attach 0:can_attach_task 1:can_attach 1:can_attach_task 0:cancel_attach 1:cancel_attach"
		},
		{ 2, MOCK_CAN_ATTACH,
		  "0:can_attach 0:can_attach_task 1:can_attach 1:can_attach_task 2:can_attach 0:cancel_attach 1:cancel_attach"
		},
		{ 2, MOCK_CAN_ATTACH_TASK,
		  "0:can_attach 0:can_attach_task 1:can_attach 1:can_attach_task 2:can_attach 2:can_attach_task 0:cancel_attach 1:cancel_attach 2:cancel_attach"
		},
	};
	struct cgroupfs_root *root = cgt_mount(test, "mock0,mock1,mock2");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct task_struct *tsk = cgt_spawn(test);
	struct css_set *cg = cgt_css_set(tsk);
	int ref = atomic_read(&cg->refcount);
	char buf[512];
	int i;

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		mock_record();
		mock_fail_on(cases[i].n, cases[i].hook, tsk, -EPERM);
		KUNIT_EXPECT_EQ_MSG(test, cgt_write_pid(a, task_pid_vnr(tsk)),
				    (ssize_t)-EPERM, "case %d", i);
		KUNIT_EXPECT_STREQ_MSG(test,
				       mock_trace(buf, sizeof(buf),
						  MOCK_ALL_HOOKS),
				       cases[i].trace, "case %d", i);
		KUNIT_EXPECT_PTR_EQ(test, cgt_css_set(tsk), cg);
		KUNIT_EXPECT_EQ(test, atomic_read(&cg->refcount), ref);
		KUNIT_EXPECT_EQ(test, atomic_read(&a->count), 0);
	}
	mock_reset();
	KUNIT_EXPECT_GT(test, cgt_write_pid(a, task_pid_vnr(tsk)), 0L);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(tsk, root), a);

	cgt_reap(test, tsk);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

/*
 * Fail each allocation of the attach path in turn (fail-nth 1, 2, ...
 * until the write succeeds): -ENOMEM, every subsystem cancelled, nothing
 * moved, no reference or object leaked.
 */
static void cgroup_attach_task_alloc_faults(struct kunit *test)
{
	struct cgroupfs_root *r1 = cgt_mount(test, "mock0,mock1");
	struct cgroupfs_root *r2 = cgt_mount(test, "none,name=f");
	struct cgroup *a = cgt_mkdir(test, &r1->top_cgroup, "a");
	struct task_struct *tsk = cgt_spawn(test);
	struct css_set *cg = cgt_css_set(tsk);
	int ref = atomic_read(&cg->refcount);
	struct cgroup_open_file *of;
	long live;
	int count, nth, failures = 0;
	ssize_t ret;
	char buf[256];
	char pidbuf[16];

	snprintf(pidbuf, sizeof(pidbuf), "%d", task_pid_vnr(tsk));
	of = cgroup_file_open(a, cgt_file(a, "tasks"), false);
	KUNIT_ASSERT_FALSE(test, IS_ERR(of));
	for (nth = 1; nth < 20; nth++) {
		cgt_settle();
		live = host_ops.mem_live();
		count = css_set_count;
		mock_record();
		fail_nth_set(nth);
		ret = cgroup_file_write(of, (const char __user *)pidbuf,
					strlen(pidbuf));
		fail_nth_set(0);
		if (ret > 0)
			break;
		failures++;
		KUNIT_EXPECT_EQ(test, ret, (ssize_t)-ENOMEM);
		KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf),
						    MOCK_ATTACH_HOOKS),
				   "0:can_attach 0:can_attach_task 1:can_attach 1:can_attach_task 0:cancel_attach 1:cancel_attach");
		KUNIT_EXPECT_PTR_EQ(test, cgt_css_set(tsk), cg);
		KUNIT_EXPECT_EQ(test, atomic_read(&cg->refcount), ref);
		cgt_settle();
		KUNIT_EXPECT_EQ(test, css_set_count, count);
		KUNIT_EXPECT_EQ(test, host_ops.mem_live(), live);
	}
	cgroup_file_release(of);
	/* the css_set and its two links: three allocations, each failed */
	KUNIT_EXPECT_EQ(test, failures, 3);
	KUNIT_EXPECT_EQ(test, ret, (ssize_t)strlen(pidbuf));
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(tsk, r1), a);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(tsk, r2), &r2->top_cgroup);

	cgt_reap(test, tsk);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(r2);
	cgroup_put_root(r1);
}

static long cgt_write_self_fn(void *arg)
{
	return cgt_write(arg, "tasks", "0");
}

/* "0" moves the writing thread only. */
static void cgroup_attach_task_zero_is_writer(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "none,name=z");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct task_struct *leader = cgt_spawn(test);
	struct task_struct *thread = cgt_spawn_thread(test, leader);

	KUNIT_EXPECT_EQ(test, task_call(thread, cgt_write_self_fn, a), 1L);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(thread, root), a);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(leader, root),
			    &root->top_cgroup);
	put_task_struct(thread);
	cgt_reap(test, leader);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

struct cgt_cred_arg {
	struct cgroup *cgrp;
	pid_t pid;
	uid_t ruid, euid, suid;
};

static long cgt_setresuid_write_fn(void *data)
{
	struct cgt_cred_arg *arg = data;
	char buf[16];
	long ret;

	ret = do_setresuid(arg->ruid, arg->euid, arg->suid);
	if (ret)
		return ret;
	snprintf(buf, sizeof(buf), "%d", arg->pid);
	return cgt_write(arg->cgrp, "tasks", buf);
}

static long cgt_setresuid_fn(void *data)
{
	struct cgt_cred_arg *arg = data;

	return do_setresuid(arg->ruid, arg->euid, arg->suid);
}

/*
 * The credential check: euid 0 passes; otherwise euid must equal the
 * target's uid or suid, else -EACCES with no hook called.
 */
static void cgroup_attach_task_permissions(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "mock0");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct task_struct *writer = cgt_spawn(test);
	struct task_struct *target = cgt_spawn(test);
	struct cgt_cred_arg arg = { .cgrp = a };
	char buf[64];

	/* target: uid 1000, euid 1001, suid 1002 */
	arg.ruid = 1000;
	arg.euid = 1001;
	arg.suid = 1002;
	KUNIT_ASSERT_EQ(test, task_call(target, cgt_setresuid_fn, &arg), 0L);
	arg.pid = task_pid_vnr(target);

	/* writer euid 1001 (target's euid only): refused, no hook */
	arg.ruid = 1001;
	arg.euid = 1001;
	arg.suid = 1001;
	mock_record();
	KUNIT_EXPECT_EQ(test, task_call(writer, cgt_setresuid_write_fn, &arg),
			(long)-EACCES);
	KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf), MOCK_ALL_HOOKS),
			   "");
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(target, root),
			    &root->top_cgroup);
	cgt_reap(test, writer);

	/* euid == target suid: allowed */
	writer = cgt_spawn(test);
	arg.ruid = 1002;
	arg.euid = 1002;
	arg.suid = 1002;
	KUNIT_EXPECT_GT(test, task_call(writer, cgt_setresuid_write_fn, &arg),
			0L);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(target, root), a);
	cgt_reap(test, writer);

	/* euid == target uid: allowed (moving it back to the root) */
	writer = cgt_spawn(test);
	arg.ruid = 1000;
	arg.euid = 1000;
	arg.suid = 1000;
	arg.cgrp = &root->top_cgroup;
	KUNIT_EXPECT_GT(test, task_call(writer, cgt_setresuid_write_fn, &arg),
			0L);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(target, root),
			    &root->top_cgroup);
	cgt_reap(test, writer);

	/* euid 0 (the case's own task) always passes the core check */
	KUNIT_EXPECT_GT(test, cgt_write_pid(a, task_pid_vnr(target)), 0L);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(target, root), a);

	cgt_reap(test, target);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

/* ESRCH for unknown, too large and reaped ids; ENODEV after rmdir. */
static void cgroup_attach_task_errnos(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "mock0");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct task_struct *tsk = cgt_spawn(test);
	struct cgroup_open_file *of;
	pid_t pid = task_pid_vnr(tsk);
	char buf[64];

	KUNIT_EXPECT_EQ(test, cgt_write(a, "tasks", "2147483647"),
			(ssize_t)-ESRCH);
	KUNIT_EXPECT_EQ(test, cgt_write(a, "tasks", "2147483648"),
			(ssize_t)-ESRCH);
	KUNIT_EXPECT_EQ(test, cgt_write(a, "tasks", "4294967297"),
			(ssize_t)-ESRCH);
	/* procs shares the lookup (cgroup_attach_proc suite for the rest) */
	KUNIT_EXPECT_EQ(test, cgt_write(a, "cgroup.procs", "4294967297"),
			(ssize_t)-ESRCH);

	cgt_reap(test, tsk);
	mock_record();
	KUNIT_EXPECT_EQ(test, cgt_write_pid(a, pid), (ssize_t)-ESRCH);
	KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf), MOCK_ALL_HOOKS),
			   "");

	/* an fd opened before rmdir: ENODEV, checked before parsing */
	of = cgroup_file_open(a, cgt_file(a, "tasks"), false);
	KUNIT_ASSERT_FALSE(test, IS_ERR(of));
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	KUNIT_EXPECT_EQ(test, cgroup_file_write(of, (const char __user *)"0",
						1), (ssize_t)-ENODEV);
	KUNIT_EXPECT_EQ(test, cgroup_file_write(of, (const char __user *)"x",
						1), (ssize_t)-ENODEV);
	KUNIT_EXPECT_EQ(test, attach_task_by_pid(a, 0, false), -ENODEV);
	cgroup_file_release(of);
	cgroup_put_root(root);
}

/* Moves in one hierarchy leave the other hierarchies alone. */
static void cgroup_attach_task_two_hierarchies(struct kunit *test)
{
	struct cgroupfs_root *r1 = cgt_mount(test, "mock0");
	struct cgroupfs_root *r2 = cgt_mount(test, "mock1");
	struct cgroup *a1 = cgt_mkdir(test, &r1->top_cgroup, "a");
	struct cgroup *a2 = cgt_mkdir(test, &r2->top_cgroup, "a");
	struct cgroup *b1 = cgt_mkdir(test, &r1->top_cgroup, "b");
	struct task_struct *tsk = cgt_spawn(test);
	char buf[128];

	KUNIT_ASSERT_GT(test, cgt_write_pid(a2, task_pid_vnr(tsk)), 0L);
	mock_record();
	KUNIT_ASSERT_GT(test, cgt_write_pid(a1, task_pid_vnr(tsk)), 0L);
	KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf), MOCK_ALL_HOOKS),
			   "0:can_attach 0:can_attach_task 0:pre_attach 0:attach_task 0:attach");
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(tsk, r2), a2);
	/* sibling to sibling, then back to the root */
	KUNIT_ASSERT_GT(test, cgt_write_pid(b1, task_pid_vnr(tsk)), 0L);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(tsk, r1), b1);
	KUNIT_ASSERT_GT(test, cgt_write_pid(&r1->top_cgroup,
					    task_pid_vnr(tsk)), 0L);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(tsk, r1), &r1->top_cgroup);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(tsk, r2), a2);
	rcu_read_lock();
	KUNIT_EXPECT_PTR_EQ(test, task_cgroup(tsk, mock1_subsys_id), a2);
	rcu_read_unlock();

	cgt_reap(test, tsk);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a1), 0);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(b1), 0);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a2), 0);
	cgroup_put_root(r2);
	cgroup_put_root(r1);
}

/*
 * A task that starts exiting after the checks: the migration fails with
 * -ESRCH and every subsystem is cancelled; the task stays put.
 */
static void cgroup_attach_task_exiting(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "mock0,mock1");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct task_struct *tsk = cgt_spawn(test);
	struct css_set *cg = cgt_css_set(tsk);
	int ref = atomic_read(&cg->refcount);
	unsigned int flags;
	char buf[256];
	int ret;

	/* stand-in for exit_signals(): PF_EXITING under task_lock */
	task_lock(tsk);
	flags = tsk->flags;
	WRITE_ONCE(tsk->flags, flags | PF_EXITING);
	task_unlock(tsk);

	/* the write path refuses it at the lookup, without a hook */
	mock_record();
	KUNIT_EXPECT_EQ(test, cgt_write_pid(a, task_pid_vnr(tsk)),
			(ssize_t)-ESRCH);
	KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf), MOCK_ALL_HOOKS),
			   "");

	/* past the lookup, cgroup_task_migrate() refuses it */
	mock_record();
	mutex_lock(&cgroup_mutex);
	ret = cgroup_attach_task(a, tsk);
	mutex_unlock(&cgroup_mutex);
	KUNIT_EXPECT_EQ(test, ret, -ESRCH);
	KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf),
					    MOCK_ATTACH_HOOKS),
			   "0:can_attach 0:can_attach_task 1:can_attach 1:can_attach_task 0:cancel_attach 1:cancel_attach");
	KUNIT_EXPECT_PTR_EQ(test, cgt_css_set(tsk), cg);
	KUNIT_EXPECT_EQ(test, atomic_read(&cg->refcount), ref);

	task_lock(tsk);
	WRITE_ONCE(tsk->flags, flags);
	task_unlock(tsk);
	cgt_reap(test, tsk);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

static struct kunit_case cgroup_attach_task_cases[] = {
	KUNIT_CASE(cgroup_attach_task_exiting),
	KUNIT_CASE(cgroup_attach_task_hook_order),
	KUNIT_CASE(cgroup_attach_task_cancel_rules),
	KUNIT_CASE(cgroup_attach_task_alloc_faults),
	KUNIT_CASE(cgroup_attach_task_zero_is_writer),
	KUNIT_CASE(cgroup_attach_task_permissions),
	KUNIT_CASE(cgroup_attach_task_errnos),
	KUNIT_CASE(cgroup_attach_task_two_hierarchies),
	{}
};

static struct kunit_suite cgroup_attach_task_suite = {
	.name = "cgroup_attach_task",
	.init = cgt_init,
	.exit = cgt_exit,
	.test_cases = cgroup_attach_task_cases,
};

/* ------------------------------------------------------------------ */
/* cgroup_files */

/* The d.3 parser, through a mock u64 file (no task involved). */
static void cgroup_files_u64_parsing(struct kunit *test)
{
	static const struct {
		const char *in;
		ssize_t ret;
		u64 val;
	} cases[] = {
		{ "", -EINVAL, 0 },
		{ "abc", -EINVAL, 0 },
		{ "12abc", -EINVAL, 0 },
		{ "-1", -EINVAL, 0 },
		{ "+5", -EINVAL, 0 },
		{ "\t\n", -EINVAL, 0 },
		{ " 42\n", 4, 42 },
		{ "0x2a", 4, 42 },
		{ "052", 3, 42 },
		{ "7", 1, 7 },
		{ "18446744073709551616", -EINVAL, 0 },
	};
	struct cgroupfs_root *root = cgt_mount(test, "mock2");
	struct cgroup *top = &root->top_cgroup;
	struct mock_css *mc = container_of(top->subsys[mock2_subsys_id],
					   struct mock_css, css);
	char big[65];
	u64 want;
	int i;

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		WRITE_ONCE(mc->val, 99);
		KUNIT_EXPECT_EQ_MSG(test, cgt_write(top, "mock2.val",
						    cases[i].in),
				    cases[i].ret, "\"%s\"", cases[i].in);
		want = 99;
		if (cases[i].ret > 0)
			want = cases[i].val;
		KUNIT_EXPECT_EQ_MSG(test, READ_ONCE(mc->val), want,
				    "\"%s\"", cases[i].in);
	}
	KUNIT_EXPECT_STREQ(test, cgt_read(test, top, "mock2.val"), "99\n");

	/* 63 bytes fit the buffer with its NUL; 64 do not */
	memset(big, '0', 63);
	big[62] = '1';
	big[63] = '\0';
	KUNIT_EXPECT_EQ(test, cgt_write(top, "mock2.val", big), (ssize_t)63);
	KUNIT_EXPECT_EQ(test, READ_ONCE(mc->val), 1ULL);
	memset(big, '0', 64);
	big[63] = '2';
	big[64] = '\0';
	KUNIT_EXPECT_EQ(test, cgt_write(top, "mock2.val", big),
			(ssize_t)-E2BIG);
	KUNIT_EXPECT_EQ(test, READ_ONCE(mc->val), 1ULL);
	cgroup_put_root(root);
}

/* The tasks file shares the parser; a bad buffer is EFAULT. */
static void cgroup_files_tasks_write_errnos(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "mock0");
	struct cgroup *top = &root->top_cgroup;
	struct cgroup_open_file *of;
	char buf[65];

	mock_record();
	KUNIT_EXPECT_EQ(test, cgt_write(top, "tasks", ""), (ssize_t)-EINVAL);
	KUNIT_EXPECT_EQ(test, cgt_write(top, "tasks", "abc"),
			(ssize_t)-EINVAL);
	KUNIT_EXPECT_EQ(test, cgt_write(top, "tasks", "-1"),
			(ssize_t)-EINVAL);
	KUNIT_EXPECT_EQ(test, cgt_write(top, "tasks", "+5"),
			(ssize_t)-EINVAL);
	memset(buf, '1', sizeof(buf));
	buf[64] = '\0';
	KUNIT_EXPECT_EQ(test, cgt_write(top, "tasks", buf), (ssize_t)-E2BIG);
	of = cgroup_file_open(top, cgt_file(top, "tasks"), false);
	KUNIT_ASSERT_FALSE(test, IS_ERR(of));
	KUNIT_EXPECT_EQ(test, cgroup_file_write(of, (const char __user *)16,
						4), (ssize_t)-EFAULT);
	cgroup_file_release(of);
	/* "0" from the case's task, already in the root: success */
	KUNIT_EXPECT_EQ(test, cgt_write(top, "tasks", " 0\n"), (ssize_t)3);
	KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf), MOCK_ALL_HOOKS),
			   "");
	cgroup_put_root(root);
}

/* Sorted, one per line; procs de-duplicated; exited tasks gone. */
static void cgroup_files_pidlists(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "none,name=pl");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct task_struct *p1 = cgt_spawn(test);
	struct task_struct *t1 = cgt_spawn_thread(test, p1);
	struct task_struct *t2 = cgt_spawn_thread(test, p1);
	struct task_struct *p2 = cgt_spawn(test);
	pid_t pid_p1 = task_pid_vnr(p1), pid_p2 = task_pid_vnr(p2);
	pid_t pid_t1 = task_pid_vnr(t1), pid_t2 = task_pid_vnr(t2);
	char expect[128];

	/* written in descending order, listed ascending */
	KUNIT_ASSERT_GT(test, cgt_write_pid(a, pid_p2), 0L);
	KUNIT_ASSERT_GT(test, cgt_write_pid(a, pid_t2), 0L);
	KUNIT_ASSERT_GT(test, cgt_write_pid(a, pid_t1), 0L);
	snprintf(expect, sizeof(expect), "%d\n%d\n%d\n", pid_t1, pid_t2,
		 pid_p2);
	KUNIT_EXPECT_STREQ(test, cgt_read(test, a, "tasks"), expect);
	/* the process is listed once, and also in the root (its leader) */
	snprintf(expect, sizeof(expect), "%d\n%d\n", pid_p1, pid_p2);
	KUNIT_EXPECT_STREQ(test, cgt_read(test, a, "cgroup.procs"), expect);
	KUNIT_EXPECT_TRUE(test, cgt_listed(cgt_read(test, &root->top_cgroup,
						    "cgroup.procs"), pid_p1));
	KUNIT_EXPECT_TRUE(test, cgt_listed(cgt_read(test, &root->top_cgroup,
						    "tasks"), pid_p1));
	KUNIT_EXPECT_FALSE(test, cgt_listed(cgt_read(test, &root->top_cgroup,
						     "tasks"), pid_t1));

	put_task_struct(t1);
	put_task_struct(t2);
	cgt_reap(test, p1);
	cgt_reap(test, p2);
	KUNIT_EXPECT_STREQ(test, cgt_read(test, a, "tasks"), "");
	KUNIT_EXPECT_STREQ(test, cgt_read(test, a, "cgroup.procs"), "");
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

static void cgroup_files_notify_on_release(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "none,name=nr");
	struct cgroup *a, *b;

	a = cgt_mkdir(test, &root->top_cgroup, "a");
	KUNIT_EXPECT_STREQ(test, cgt_read(test, a, "notify_on_release"),
			   "0\n");
	KUNIT_EXPECT_EQ(test, cgt_write(a, "notify_on_release", "1"),
			(ssize_t)1);
	b = cgt_mkdir(test, a, "b");
	/* inherited by children */
	KUNIT_EXPECT_STREQ(test, cgt_read(test, b, "notify_on_release"),
			   "1\n");
	KUNIT_EXPECT_EQ(test, cgt_rmdir(b), 0);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

static long cgt_read_debug_fn(void *arg)
{
	struct cgroup *cgrp = arg;
	struct cftype *cft = cgt_file(cgrp, "debug.current_css_set_refcount");

	return cft ? (long)cft->read_u64(cgrp, cft) : -ENOENT;
}

/* The debug files show the counts the other suites check directly. */
static void cgroup_files_debug_subsys(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "debug,name=dbg");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct task_struct *t1 = cgt_spawn(test);
	struct task_struct *t2 = cgt_spawn(test);
	char expect[64];

	KUNIT_ASSERT_GT(test, cgt_write_pid(a, task_pid_vnr(t1)), 0L);
	KUNIT_ASSERT_GT(test, cgt_write_pid(a, task_pid_vnr(t2)), 0L);
	KUNIT_EXPECT_STREQ(test, cgt_read(test, a, "debug.taskcount"), "2\n");
	KUNIT_EXPECT_STREQ(test, cgt_read(test, a, "debug.releasable"),
			   "0\n");
	/* seen from one of the moved tasks: its css_set has two users */
	KUNIT_EXPECT_EQ(test, task_call(t1, cgt_read_debug_fn, a), 2L);
	snprintf(expect, sizeof(expect), "Root %d group /\n",
		 root->hierarchy_id);
	KUNIT_EXPECT_STREQ(test, cgt_read(test, a,
					  "debug.current_css_set_cg_links"),
			   expect);

	/* moving out marks the cgroup releasable */
	KUNIT_ASSERT_GT(test, cgt_write_pid(&root->top_cgroup,
					    task_pid_vnr(t1)), 0L);
	KUNIT_EXPECT_STREQ(test, cgt_read(test, a, "debug.taskcount"), "1\n");
	KUNIT_EXPECT_STREQ(test, cgt_read(test, a, "debug.releasable"),
			   "1\n");
	cgt_reap(test, t1);
	cgt_reap(test, t2);
	KUNIT_EXPECT_STREQ(test, cgt_read(test, a, "debug.taskcount"), "0\n");
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

static struct kunit_case cgroup_files_cases[] = {
	KUNIT_CASE(cgroup_files_debug_subsys),
	KUNIT_CASE(cgroup_files_u64_parsing),
	KUNIT_CASE(cgroup_files_tasks_write_errnos),
	KUNIT_CASE(cgroup_files_pidlists),
	KUNIT_CASE(cgroup_files_notify_on_release),
	{}
};

static struct kunit_suite cgroup_files_suite = {
	.name = "cgroup_files",
	.init = cgt_init,
	.exit = cgt_exit,
	.test_cases = cgroup_files_cases,
};

/* ------------------------------------------------------------------ */
/* cgroup_attach_proc: writing cgroup.procs */

/*
 * The race points of cgroup_attach_proc() (cgroup_attach_proc_point(),
 * defined to cgt_proc_point() above the #include of cgroup.c).  A case
 * arms one point with an action; the action runs once, on the writer's
 * host thread, at exactly that point (cgroup_mutex held; from
 * CGROUP_PROC_SNAPSHOT on also the group's fork lock).  Only the case's
 * own writes reach the points while one is armed.
 */
static struct {
	int point;
	void (*action)(struct task_struct *tsk, void *arg);
	void *arg;
	int hits;
	int passes[CGROUP_PROC_COMMIT + 1];	/* armed or not */
} cgt_point = { .point = -1 };

static void cgt_proc_point(int point, struct task_struct *tsk)
{
	void (*action)(struct task_struct *tsk, void *arg);

	if (point >= 0 && point < ARRAY_SIZE(cgt_point.passes))
		cgt_point.passes[point]++;
	if (READ_ONCE(cgt_point.point) != point)
		return;
	action = cgt_point.action;
	WRITE_ONCE(cgt_point.point, -1);	/* once */
	cgt_point.hits++;
	action(tsk, cgt_point.arg);
}

static void cgt_point_arm(int point,
			  void (*action)(struct task_struct *tsk, void *arg),
			  void *arg)
{
	cgt_point.action = action;
	cgt_point.arg = arg;
	cgt_point.hits = 0;
	memset(cgt_point.passes, 0, sizeof(cgt_point.passes));
	WRITE_ONCE(cgt_point.point, point);
}

static int cgt_proc_init(struct kunit *test)
{
	WRITE_ONCE(cgt_point.point, -1);
	return cgt_init(test);
}

static void cgt_proc_exit(struct kunit *test)
{
	WRITE_ONCE(cgt_point.point, -1);
	cgt_exit(test);
}

static ssize_t cgt_write_procs(struct cgroup *cgrp, pid_t pid)
{
	char buf[16];

	snprintf(buf, sizeof(buf), "%d\n", pid);
	return cgt_write(cgrp, "cgroup.procs", buf);
}

#define CGT_GROUP_MAX	8

/* A process of @n threads (t[0] leads); every one referenced. */
static void cgt_spawn_group(struct kunit *test, struct task_struct **t, int n)
{
	int i;

	t[0] = cgt_spawn(test);
	for (i = 1; i < n; i++)
		t[i] = cgt_spawn_thread(test, t[0]);
}

/* Kill and reap the group t[0] leads; drop every reference. */
static void cgt_reap_group(struct kunit *test, struct task_struct **t, int n)
{
	int i;

	for (i = 1; i < n; i++)
		put_task_struct(t[i]);
	cgt_reap(test, t[0]);
}

/* How many of t[0..n) sit in @cgrp. */
static int cgt_count_in(struct task_struct **t, int n, struct cgroup *cgrp)
{
	int i, in = 0;

	for (i = 0; i < n; i++)
		in += cgt_task_cgroup(t[i], cgrp->root) == cgrp;
	return in;
}

/* f.1 #1, #2, #9: any thread's id moves the whole group, in one hierarchy. */
static void cgroup_attach_proc_moves_group(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "none,name=p");
	struct cgroupfs_root *other = cgt_mount(test, "none,name=q");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct cgroup *b = cgt_mkdir(test, &root->top_cgroup, "b");
	struct task_struct *t[4];
	char *list, *top_list;
	int i;

	cgt_spawn_group(test, t, 4);
	KUNIT_EXPECT_EQ(test, cgt_write_procs(a, task_tgid_vnr(t[0])), 3L);
	KUNIT_EXPECT_EQ(test, cgt_count_in(t, 4, a), 4);
	list = cgt_read(test, a, "tasks");
	top_list = cgt_read(test, &root->top_cgroup, "tasks");
	for (i = 0; i < 4; i++) {
		KUNIT_EXPECT_TRUE(test, cgt_listed(list, task_pid_vnr(t[i])));
		KUNIT_EXPECT_FALSE(test, cgt_listed(top_list,
						    task_pid_vnr(t[i])));
		KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(t[i], other),
				    &other->top_cgroup);
	}

	/* the id of a non-leader thread moves the group too */
	KUNIT_EXPECT_GT(test, cgt_write_procs(b, task_pid_vnr(t[2])), 0L);
	KUNIT_EXPECT_EQ(test, cgt_count_in(t, 4, b), 4);
	KUNIT_EXPECT_STREQ(test, cgt_read(test, a, "tasks"), "");
	/* and to the root */
	KUNIT_EXPECT_GT(test, cgt_write_procs(&root->top_cgroup,
					      task_pid_vnr(t[3])), 0L);
	KUNIT_EXPECT_EQ(test, cgt_count_in(t, 4, &root->top_cgroup), 4);

	cgt_reap_group(test, t, 4);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(b), 0);
	cgroup_put_root(other);
	cgroup_put_root(root);
}

static long cgt_write_procs_self_fn(void *arg)
{
	return cgt_write(arg, "cgroup.procs", "0");
}

/* f.1 #3: "0" moves the writer's whole group, leader or not. */
static void cgroup_attach_proc_zero_is_writer_group(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "none,name=z");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct cgroup *b = cgt_mkdir(test, &root->top_cgroup, "b");
	struct task_struct *t[3];

	cgt_spawn_group(test, t, 3);
	KUNIT_EXPECT_EQ(test, task_call(t[0], cgt_write_procs_self_fn, a), 1L);
	KUNIT_EXPECT_EQ(test, cgt_count_in(t, 3, a), 3);
	KUNIT_EXPECT_EQ(test, task_call(t[2], cgt_write_procs_self_fn, b), 1L);
	KUNIT_EXPECT_EQ(test, cgt_count_in(t, 3, b), 3);

	cgt_reap_group(test, t, 3);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(b), 0);
	cgroup_put_root(root);
}

/*
 * SPEC b.2 on the procs path: per subsystem can_attach (with the
 * leader) then can_attach_task per thread; after the commit point
 * pre_attach for every subsystem, then per thread migrate and
 * attach_task, then attach once, with the leader and its old cgroup.
 * A write that finds every thread in place calls no hook.
 */
static void cgroup_attach_proc_hook_order(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "mock0,mock1");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct task_struct *t[3];
	char buf[512];
	int i, tasks = 0;

	cgt_spawn_group(test, t, 3);
	mock_record();
	KUNIT_ASSERT_GT(test, cgt_write_procs(a, task_pid_vnr(t[1])), 0L);
	KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf), MOCK_ALL_HOOKS),
			   "0:can_attach 0:can_attach_task 0:can_attach_task 0:can_attach_task 1:can_attach 1:can_attach_task 1:can_attach_task 1:can_attach_task 0:pre_attach 1:pre_attach 0:attach_task 1:attach_task 0:attach_task 1:attach_task 0:attach_task 1:attach_task 0:attach 1:attach");
	spin_lock(&mock_lock);
	for (i = 0; i < mock_log.nr; i++) {
		struct mock_call *call = &mock_log.calls[i];
		struct css_set *cg;

		KUNIT_EXPECT_PTR_EQ(test, call->cgrp, a);
		switch (call->hook) {
		case MOCK_CAN_ATTACH:
			KUNIT_EXPECT_PTR_EQ(test, call->tsk, t[0]);
			break;
		case MOCK_ATTACH:
			KUNIT_EXPECT_PTR_EQ(test, call->tsk, t[0]);
			KUNIT_EXPECT_PTR_EQ(test, call->old_cgrp,
					    &root->top_cgroup);
			break;
		case MOCK_ATTACH_TASK:
			/* already migrated when attach_task runs (g.1) */
			cg = rcu_access_pointer(call->tsk->cgroups);
			KUNIT_EXPECT_PTR_EQ(test, css_set_cgroup(cg, root), a);
			tasks++;
			break;
		default:
			break;
		}
	}
	spin_unlock(&mock_lock);
	KUNIT_EXPECT_EQ(test, tasks, 6);
	KUNIT_EXPECT_EQ(test, cgt_count_in(t, 3, a), 3);

	/* everything in place: success, no hook */
	mock_record();
	KUNIT_EXPECT_GT(test, cgt_write_procs(a, task_pid_vnr(t[0])), 0L);
	KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf), MOCK_ALL_HOOKS),
			   "");

	cgt_reap_group(test, t, 3);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

/*
 * f.1 #6: a group split over two cgroups by tasks writes; only the
 * threads that move see per-thread hooks; attach() gets the leader's
 * old cgroup (g.6); the leader itself may already be in place.
 */
static void cgroup_attach_proc_split_group(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "mock0");
	struct cgroup *s2 = cgt_mkdir(test, &root->top_cgroup, "s2");
	struct cgroup *c = cgt_mkdir(test, &root->top_cgroup, "c");
	struct task_struct *t[4];
	char buf[512];
	int i;

	cgt_spawn_group(test, t, 4);
	KUNIT_ASSERT_GT(test, cgt_write_pid(s2, task_pid_vnr(t[1])), 0L);
	KUNIT_ASSERT_GT(test, cgt_write_pid(c, task_pid_vnr(t[0])), 0L);

	mock_record();
	KUNIT_ASSERT_GT(test, cgt_write_procs(c, task_pid_vnr(t[3])), 0L);
	KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf), MOCK_ALL_HOOKS),
			   "0:can_attach 0:can_attach_task 0:can_attach_task 0:can_attach_task 0:pre_attach 0:attach_task 0:attach_task 0:attach_task 0:attach");
	spin_lock(&mock_lock);
	for (i = 0; i < mock_log.nr; i++) {
		struct mock_call *call = &mock_log.calls[i];

		if (call->hook == MOCK_CAN_ATTACH_TASK ||
		    call->hook == MOCK_ATTACH_TASK)
			KUNIT_EXPECT_PTR_NE(test, call->tsk, t[0]);
		if (call->hook == MOCK_ATTACH)
			KUNIT_EXPECT_PTR_EQ(test, call->old_cgrp, c);
	}
	spin_unlock(&mock_lock);
	KUNIT_EXPECT_EQ(test, cgt_count_in(t, 4, c), 4);
	KUNIT_EXPECT_STREQ(test, cgt_read(test, s2, "tasks"), "");

	cgt_reap_group(test, t, 4);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(s2), 0);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(c), 0);
	cgroup_put_root(root);
}

/*
 * A group split over two cgroups moves to a third that no css_set uses
 * yet: both old css_sets need the same new one, which the move prepares
 * once (css_set_prefetch()) and installs once: every thread ends in the
 * same css_set, and no other css_set links to the destination.
 */
static void cgroup_attach_proc_split_to_new_cgroup(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "none,name=sn");
	struct cgroup *s2 = cgt_mkdir(test, &root->top_cgroup, "s2");
	struct cgroup *d = cgt_mkdir(test, &root->top_cgroup, "d");
	struct cg_cgroup_link *link;
	struct task_struct *t[4];
	int i, links = 0;

	cgt_spawn_group(test, t, 4);
	KUNIT_ASSERT_GT(test, cgt_write_pid(s2, task_pid_vnr(t[1])), 0L);
	KUNIT_ASSERT_GT(test, cgt_write_pid(s2, task_pid_vnr(t[2])), 0L);
	KUNIT_ASSERT_PTR_NE(test, cgt_css_set(t[0]), cgt_css_set(t[1]));

	KUNIT_ASSERT_GT(test, cgt_write_procs(d, task_pid_vnr(t[0])), 0L);
	KUNIT_EXPECT_EQ(test, cgt_count_in(t, 4, d), 4);
	for (i = 1; i < 4; i++)
		KUNIT_EXPECT_PTR_EQ(test, cgt_css_set(t[i]), cgt_css_set(t[0]));
	read_lock(&css_set_lock);
	list_for_each_entry(link, &d->css_sets, cgrp_link_list)
		links++;
	read_unlock(&css_set_lock);
	KUNIT_EXPECT_EQ(test, links, 1);

	cgt_reap_group(test, t, 4);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(s2), 0);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(d), 0);
	cgroup_put_root(root);
}

/*
 * f.41, f.42, g.7: every refusal, by can_attach or by can_attach_task
 * on the second thread: cancel_attach for every subsystem whose
 * can_attach succeeded, the refusing one included when its
 * can_attach_task refused; nothing moves; no commit hook.
 */
static void cgroup_attach_proc_cancel_rules(struct kunit *test)
{
	static const struct {
		int n;
		enum mock_hook hook;
		const char *trace;
	} cases[] = {
		{ 0, MOCK_CAN_ATTACH, "0:can_attach" },
		{ 0, MOCK_CAN_ATTACH_TASK,
		  "0:can_attach 0:can_attach_task 0:can_attach_task 0:cancel_attach"
		},
		{ 1, MOCK_CAN_ATTACH,
		  "0:can_attach 0:can_attach_task 0:can_attach_task 0:can_attach_task 1:can_attach 0:cancel_attach"
		},
		{ 1, MOCK_CAN_ATTACH_TASK,
		  "0:can_attach 0:can_attach_task 0:can_attach_task 0:can_attach_task 1:can_attach 1:can_attach_task 1:can_attach_task 0:cancel_attach 1:cancel_attach"
		},
	};
	struct cgroupfs_root *root = cgt_mount(test, "mock0,mock1");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct rw_semaphore *lock;
	struct task_struct *t[3];
	struct css_set *cg;
	char buf[512];
	int i, ref;

	cgt_spawn_group(test, t, 3);
	lock = &t[0]->signal->threadgroup_fork_lock;
	cg = cgt_css_set(t[0]);
	ref = atomic_read(&cg->refcount);
	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		/* can_attach sees the leader; refuse the second thread */
		struct task_struct *victim = t[1];

		if (cases[i].hook == MOCK_CAN_ATTACH)
			victim = t[0];
		mock_record();
		mock_fail_on(cases[i].n, cases[i].hook, victim, -EPERM);
		KUNIT_EXPECT_EQ_MSG(test, cgt_write_procs(a, task_pid_vnr(t[0])),
				    (ssize_t)-EPERM, "case %d", i);
		KUNIT_EXPECT_STREQ_MSG(test,
				       mock_trace(buf, sizeof(buf),
						  MOCK_ALL_HOOKS),
				       cases[i].trace, "case %d", i);
		KUNIT_EXPECT_EQ(test, cgt_count_in(t, 3, a), 0);
		KUNIT_EXPECT_EQ(test, atomic_read(&cg->refcount), ref);
		KUNIT_EXPECT_EQ(test, atomic_read(&a->count), 0);
		/* f.49: lock and mutex free, an immediate retry is possible */
		KUNIT_EXPECT_FALSE(test, rwsem_is_locked(lock));
		KUNIT_EXPECT_FALSE(test, mutex_is_locked(&cgroup_mutex));
	}
	mock_reset();
	KUNIT_EXPECT_GT(test, cgt_write_procs(a, task_pid_vnr(t[0])), 0L);
	KUNIT_EXPECT_EQ(test, cgt_count_in(t, 3, a), 3);

	cgt_reap_group(test, t, 3);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

/*
 * f.43-45, rule 24: fail every allocation of the write in turn.  One
 * thread is in another cgroup of a second hierarchy, so the threads
 * have two old css_sets with two different targets and the prefetch
 * allocates two: the
 * array (no hook ran yet: no hook at all), then each css_set and its
 * links (every subsystem said yes: all are cancelled; the first
 * prefetched css_set is released).  Nothing moves, nothing leaks.
 */
static void cgroup_attach_proc_alloc_faults(struct kunit *test)
{
	struct cgroupfs_root *r1 = cgt_mount(test, "mock0,mock1");
	struct cgroupfs_root *r2 = cgt_mount(test, "none,name=f");
	struct cgroup *a = cgt_mkdir(test, &r1->top_cgroup, "a");
	struct cgroup *s = cgt_mkdir(test, &r2->top_cgroup, "s");
	struct cgroup_open_file *of;
	struct task_struct *t[3];
	int count, nth, failures = 0;
	char buf[512], pidbuf[16];
	ssize_t ret = 0;
	long live;

	cgt_spawn_group(test, t, 3);
	KUNIT_ASSERT_GT(test, cgt_write_pid(s, task_pid_vnr(t[2])), 0L);
	snprintf(pidbuf, sizeof(pidbuf), "%d", task_pid_vnr(t[0]));
	of = cgroup_file_open(a, cgt_file(a, "cgroup.procs"), false);
	KUNIT_ASSERT_FALSE(test, IS_ERR(of));
	for (nth = 1; nth < 30; nth++) {
		cgt_settle();
		live = host_ops.mem_live();
		count = css_set_count;
		mock_record();
		fail_nth_set(nth);
		ret = cgroup_file_write(of, (const char __user *)pidbuf,
					strlen(pidbuf));
		fail_nth_set(0);
		if (ret > 0)
			break;
		failures++;
		KUNIT_EXPECT_EQ(test, ret, (ssize_t)-ENOMEM);
		mock_trace(buf, sizeof(buf), MOCK_ATTACH_HOOKS);
		if (nth == 1)	/* the array: before any hook */
			KUNIT_EXPECT_STREQ(test, buf, "");
		else
			KUNIT_EXPECT_STREQ(test, buf,
					   "0:can_attach 0:can_attach_task 0:can_attach_task 0:can_attach_task 1:can_attach 1:can_attach_task 1:can_attach_task 1:can_attach_task 0:cancel_attach 1:cancel_attach");
		KUNIT_EXPECT_EQ(test, cgt_count_in(t, 3, a), 0);
		KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(t[2], r2), s);
		cgt_settle();
		KUNIT_EXPECT_EQ(test, css_set_count, count);
		KUNIT_EXPECT_EQ(test, host_ops.mem_live(), live);
	}
	cgroup_file_release(of);
	/* the array, then two css_sets with two links each */
	KUNIT_EXPECT_EQ(test, failures, 7);
	KUNIT_EXPECT_EQ(test, ret, (ssize_t)strlen(pidbuf));
	KUNIT_EXPECT_EQ(test, cgt_count_in(t, 3, a), 3);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(t[0], r2), &r2->top_cgroup);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(t[2], r2), s);

	cgt_reap_group(test, t, 3);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(s), 0);
	cgroup_put_root(r2);
	cgroup_put_root(r1);
}

static long cgt_exec_fn(void *arg)
{
	return ksys_execve("/bin/cgt-exec");
}

static void cgt_exec_action(struct task_struct *tsk, void *arg)
{
	WARN_ON_ONCE(task_call(arg, cgt_exec_fn, NULL) != 0);
}

/*
 * f.56, b.4: a non-leader thread execs between the pid lookup and the
 * fork lock.  The old leader is no longer the leader: the attempt gives
 * -EAGAIN, the write looks the tgid up again and moves the new group;
 * user space sees one successful write.
 */
static void cgroup_attach_proc_exec_race(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "none,name=e");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct task_struct *t[3];
	pid_t tgid;

	cgt_spawn_group(test, t, 3);
	tgid = task_tgid_vnr(t[0]);
	cgt_point_arm(CGROUP_PROC_LOOKED_UP, cgt_exec_action, t[2]);
	KUNIT_EXPECT_GT(test, cgt_write_procs(a, tgid), 0L);
	KUNIT_EXPECT_EQ(test, cgt_point.hits, 1);
	/* exactly one retry: two lookups, one snapshot that went through */
	KUNIT_EXPECT_EQ(test, cgt_point.passes[CGROUP_PROC_LOOKED_UP], 2);
	KUNIT_EXPECT_EQ(test, cgt_point.passes[CGROUP_PROC_SNAPSHOT], 1);
	KUNIT_EXPECT_EQ(test, cgt_point.passes[CGROUP_PROC_COMMIT], 1);
	/* t[2] took over the leader's pid, alone and moved */
	KUNIT_EXPECT_TRUE(test, thread_group_leader(t[2]));
	KUNIT_EXPECT_EQ(test, task_pid_vnr(t[2]), tgid);
	KUNIT_EXPECT_EQ(test, get_nr_threads(t[2]), 1);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(t[2], root), a);

	put_task_struct(t[0]);
	put_task_struct(t[1]);
	cgt_reap(test, t[2]);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

static long cgt_exit_fn(void *arg)
{
	return ksys_exit(0);
}

static void cgt_exit_action(struct task_struct *tsk, void *arg)
{
	task_call(arg, cgt_exit_fn, NULL);
}

/*
 * f.53, g.2: a thread starts exiting after the snapshot - before the
 * veto, inside it, or after the prefetch.  The write succeeds, the
 * other threads move, the exiting one does not (it ends in init_css_set)
 * and no reference is lost.
 */
static void cgroup_attach_proc_exit_after_snapshot(struct kunit *test)
{
	static const int points[] = {
		CGROUP_PROC_SNAPSHOT, CGROUP_PROC_VETO, CGROUP_PROC_COMMIT,
	};
	struct cgroupfs_root *root = cgt_mount(test, "mock0");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct cgroup *b = cgt_mkdir(test, &root->top_cgroup, "b");
	struct task_struct *t[4];
	int i;

	for (i = 0; i < ARRAY_SIZE(points); i++) {
		struct cgroup *to = i & 1 ? b : a;

		cgt_spawn_group(test, t, 4);
		cgt_point_arm(points[i], cgt_exit_action, t[2]);
		KUNIT_EXPECT_GT_MSG(test, cgt_write_procs(to, task_tgid_vnr(t[0])),
				    0L, "point %d", i);
		KUNIT_EXPECT_EQ(test, cgt_point.hits, 1);
		KUNIT_EXPECT_TRUE(test, READ_ONCE(t[2]->flags) & PF_EXITING);
		KUNIT_EXPECT_PTR_EQ(test, cgt_css_set(t[2]), &init_css_set);
		KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(t[0], root), to);
		KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(t[1], root), to);
		KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(t[3], root), to);
		KUNIT_EXPECT_FALSE(test, cgt_listed(cgt_read(test, to, "tasks"),
						    task_pid_vnr(t[2])));
		cgt_reap_group(test, t, 4);
	}
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(b), 0);
	cgroup_put_root(root);
}

/*
 * f.54: the leader exited (a zombie) and its threads live on: a write
 * of the tgid or of a live tid moves the live threads, no crash.
 * f.55: the whole process is a zombie: success with no change and no
 * hook; the tasks file says ESRCH.
 */
static void cgroup_attach_proc_zombies(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "mock0");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct cgroup *b = cgt_mkdir(test, &root->top_cgroup, "b");
	struct task_struct *t[3], *p;
	char buf[256];
	int status;
	pid_t pid;

	cgt_spawn_group(test, t, 3);
	KUNIT_ASSERT_EQ(test, task_call(t[0], cgt_exit_fn, NULL), 0L);
	KUNIT_EXPECT_EQ(test, t[0]->exit_state, EXIT_ZOMBIE);
	KUNIT_EXPECT_GT(test, cgt_write_procs(a, task_tgid_vnr(t[0])), 0L);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(t[1], root), a);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(t[2], root), a);
	KUNIT_EXPECT_GT(test, cgt_write_procs(b, task_pid_vnr(t[2])), 0L);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(t[1], root), b);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(t[2], root), b);
	cgt_reap_group(test, t, 3);

	p = cgt_spawn(test);
	pid = task_pid_vnr(p);
	KUNIT_ASSERT_EQ(test, task_call(p, cgt_exit_fn, NULL), 0L);
	mock_record();
	KUNIT_EXPECT_GT(test, cgt_write_procs(a, pid), 0L);
	KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf), MOCK_ALL_HOOKS),
			   "");
	KUNIT_EXPECT_EQ(test, cgt_write_pid(a, pid), (ssize_t)-ESRCH);
	KUNIT_EXPECT_EQ(test, kernel_wait4(pid, &status, __WALL), pid);
	put_task_struct(p);

	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(b), 0);
	cgroup_put_root(root);
}

struct cgt_procs_cred {
	struct cgroup *cgrp;
	pid_t pid;
	uid_t uid;
};

static long cgt_setuid_fn(void *arg)
{
	uid_t uid = (long)arg;

	return do_setresuid(uid, uid, uid);
}

static long cgt_procs_as_fn(void *arg)
{
	struct cgt_procs_cred *pc = arg;
	char buf[16];

	snprintf(buf, sizeof(buf), "%d", pc->pid);
	return cgt_write(pc->cgrp, "cgroup.procs", buf);
}

/*
 * f.26, f.28, f.29: credentials are checked against the leader only;
 * "0" is not checked; a refusal moves nothing and calls no hook.
 */
static void cgroup_attach_proc_permissions(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "mock0");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct cgt_procs_cred pc = { .cgrp = a };
	struct task_struct *t[3], *writer;
	char buf[256];

	writer = cgt_spawn(test);
	KUNIT_ASSERT_EQ(test, task_call(writer, cgt_setuid_fn, (void *)1000L),
			0L);
	cgt_spawn_group(test, t, 3);
	/* leader 2000, thread 1000: refused, even by the thread's id */
	KUNIT_ASSERT_EQ(test, task_call(t[0], cgt_setuid_fn, (void *)2000L),
			0L);
	KUNIT_ASSERT_EQ(test, task_call(t[1], cgt_setuid_fn, (void *)1000L),
			0L);
	pc.pid = task_pid_vnr(t[1]);
	mock_record();
	KUNIT_EXPECT_EQ(test, task_call(writer, cgt_procs_as_fn, &pc),
			(long)-EACCES);
	KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf), MOCK_ALL_HOOKS),
			   "");
	KUNIT_EXPECT_EQ(test, cgt_count_in(t, 3, a), 0);
	cgt_reap_group(test, t, 3);

	/* leader 1000, thread 2000: the whole group moves */
	cgt_spawn_group(test, t, 3);
	KUNIT_ASSERT_EQ(test, task_call(t[0], cgt_setuid_fn, (void *)1000L),
			0L);
	KUNIT_ASSERT_EQ(test, task_call(t[2], cgt_setuid_fn, (void *)2000L),
			0L);
	pc.pid = task_pid_vnr(t[2]);
	KUNIT_EXPECT_GT(test, task_call(writer, cgt_procs_as_fn, &pc), 0L);
	KUNIT_EXPECT_EQ(test, cgt_count_in(t, 3, a), 3);
	/* "0" from a user's own group: no check */
	KUNIT_EXPECT_EQ(test, task_call(t[2], cgt_write_procs_self_fn,
					&root->top_cgroup), 1L);
	KUNIT_EXPECT_EQ(test, cgt_count_in(t, 3, &root->top_cgroup), 3);
	cgt_reap_group(test, t, 3);

	cgt_reap(test, writer);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

/* f.3: the parser and the errnos of the procs file. */
static void cgroup_attach_proc_errnos(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "none,name=n");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct cgroup *gone = cgt_mkdir(test, &root->top_cgroup, "gone");
	struct task_struct *t[2];
	struct cgroup_open_file *of;
	char buf[24], big[65];

	cgt_spawn_group(test, t, 2);
	KUNIT_EXPECT_EQ(test, cgt_write(a, "cgroup.procs", ""),
			(ssize_t)-EINVAL);
	KUNIT_EXPECT_EQ(test, cgt_write(a, "cgroup.procs", "abc"),
			(ssize_t)-EINVAL);
	KUNIT_EXPECT_EQ(test, cgt_write(a, "cgroup.procs", "-1"),
			(ssize_t)-EINVAL);
	KUNIT_EXPECT_EQ(test, cgt_write(a, "cgroup.procs", "+5"),
			(ssize_t)-EINVAL);
	memset(big, '0', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';	/* 64 bytes */
	KUNIT_EXPECT_EQ(test, cgt_write(a, "cgroup.procs", big),
			(ssize_t)-E2BIG);
	KUNIT_EXPECT_EQ(test, cgt_write(a, "cgroup.procs", "99999"),
			(ssize_t)-ESRCH);
	KUNIT_EXPECT_EQ(test, cgt_write(a, "cgroup.procs", "4294967296"),
			(ssize_t)-ESRCH);
	snprintf(buf, sizeof(buf), " %#x\n", task_pid_vnr(t[1]));
	KUNIT_EXPECT_EQ(test, cgt_write(a, "cgroup.procs", buf),
			(ssize_t)strlen(buf));
	KUNIT_EXPECT_EQ(test, cgt_count_in(t, 2, a), 2);

	of = cgroup_file_open(gone, cgt_file(gone, "cgroup.procs"), false);
	KUNIT_ASSERT_FALSE(test, IS_ERR(of));
	KUNIT_EXPECT_EQ(test, cgt_rmdir(gone), 0);
	snprintf(buf, sizeof(buf), "%d", task_pid_vnr(t[0]));
	KUNIT_EXPECT_EQ(test, cgroup_file_write(of, (const char __user *)buf,
						strlen(buf)), (ssize_t)-ENODEV);
	cgroup_file_release(of);
	KUNIT_EXPECT_EQ(test, cgt_count_in(t, 2, a), 2);

	cgt_reap_group(test, t, 2);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

struct cgt_other_fork {
	struct task_struct *other;	/* another process */
	struct task_struct *mover;	/* the process being moved */
	long other_tid, plain_pid;
	bool locked;
};

static long cgt_plain_fork_fn(void *arg)
{
	struct kernel_clone_args args = {
		.exit_signal = SIGCHLD,
		.name = "cgt",
	};

	return kernel_clone(&args);
}

static void cgt_other_fork_action(struct task_struct *tsk, void *arg)
{
	struct cgt_other_fork *of = arg;

	of->locked = rwsem_is_locked(&of->mover->signal->threadgroup_fork_lock);
	of->other_tid = task_call(of->other, cgt_clone_thread_fn, NULL);
	of->plain_pid = task_call(of->mover, cgt_plain_fork_fn, NULL);
}

/*
 * f.51: while a process is being moved (its fork lock held for write),
 * another process creates a thread and the moved process itself forks
 * a new process: neither waits.  The new process is not part of the
 * move (g.10) and stays where its parent was when it forked.
 */
static void cgroup_attach_proc_other_process_forks(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "none,name=o");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct cgt_other_fork of = { };
	struct task_struct *t[2], *o[1], *thread, *child;

	cgt_spawn_group(test, t, 2);
	cgt_spawn_group(test, o, 1);
	of.other = o[0];
	of.mover = t[0];
	cgt_point_arm(CGROUP_PROC_COMMIT, cgt_other_fork_action, &of);
	KUNIT_EXPECT_GT(test, cgt_write_procs(a, task_pid_vnr(t[0])), 0L);
	KUNIT_EXPECT_TRUE(test, of.locked);
	KUNIT_ASSERT_GT(test, of.other_tid, 0L);
	KUNIT_ASSERT_GT(test, of.plain_pid, 0L);
	KUNIT_EXPECT_EQ(test, cgt_count_in(t, 2, a), 2);
	thread = find_get_task_by_vpid(of.other_tid);
	child = find_get_task_by_vpid(of.plain_pid);
	KUNIT_ASSERT_NOT_NULL(test, thread);
	KUNIT_ASSERT_NOT_NULL(test, child);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(thread, root),
			    &root->top_cgroup);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(child, root),
			    &root->top_cgroup);

	put_task_struct(thread);
	cgt_reap(test, o[0]);
	KUNIT_EXPECT_EQ(test, ksys_kill(of.plain_pid, SIGKILL), 0);
	cgt_reap_group(test, t, 2);
	/* the child was re-parented to init when t[0] died; init reaps it */
	while (pid_alive(child))
		usleep_range(1000, 2000);
	put_task_struct(child);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

/* Threads of @leader's group, not exiting, that are not in @cgrp. */
static int cgt_escaped(struct task_struct *leader, struct cgroup *cgrp,
		       int *total)
{
	struct task_struct *tsk;
	int escaped = 0;

	*total = 0;
	mutex_lock(&cgroup_mutex);
	read_lock(&tasklist_lock);
	for_each_thread(leader, tsk) {
		if (READ_ONCE(tsk->flags) & PF_EXITING)
			continue;
		(*total)++;
		if (task_cgroup_from_root(tsk, cgrp->root) != cgrp)
			escaped++;
	}
	read_unlock(&tasklist_lock);
	mutex_unlock(&cgroup_mutex);
	return escaped;
}

struct cgt_self_fork {
	struct task_struct *forker;	/* a thread of the process */
	atomic_t stop;
	atomic_t forks;
};

static int cgt_self_fork_thread(void *data)
{
	struct cgt_self_fork *sf = data;
	struct task_struct *tsk;
	long tid;

	while (!atomic_read(&sf->stop)) {
		tid = task_call(sf->forker, cgt_clone_thread_fn, NULL);
		if (tid <= 0)
			continue;
		atomic_inc(&sf->forks);
		/* keep the group small: the new thread exits at once */
		tsk = find_get_task_by_vpid(tid);
		if (tsk) {
			task_call(tsk, cgt_exit_fn, NULL);
			put_task_struct(tsk);
		}
	}
	return 0;
}

/*
 * f.61: a thread moves its own process ("0") again and again while
 * another thread of it keeps creating threads: the writer holds the
 * fork lock the forks wait for, and must not wait for them; every
 * write succeeds and leaves no thread behind.
 */
static void cgroup_attach_proc_self_move_while_forking(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "none,name=s");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct cgroup *b = cgt_mkdir(test, &root->top_cgroup, "b");
	struct cgt_self_fork sf = { };
	struct task_struct *t[3], *k;
	int i, ok = 0, escaped = 0, total;

	cgt_spawn_group(test, t, 3);
	sf.forker = t[1];
	k = kthread_run(cgt_self_fork_thread, &sf, "cgt-forker");
	KUNIT_ASSERT_FALSE(test, IS_ERR(k));
	get_task_struct(k);
	while (!atomic_read(&sf.forks))
		usleep_range(100, 200);
	/* at least 1000 writes, and at least 100 forks among them */
	for (i = 0; i < 1000 || (atomic_read(&sf.forks) < 100 && i < 1000000);
	     i++) {
		struct cgroup *to = i & 1 ? b : a;

		if (task_call(t[2], cgt_write_procs_self_fn, to) != 1)
			continue;
		ok++;
		escaped += cgt_escaped(t[0], to, &total);
	}
	atomic_set(&sf.stop, 1);
	kthread_stop(k);
	put_task_struct(k);
	kunit_info(test, "%d writes, %d forks meanwhile", ok,
		   atomic_read(&sf.forks));
	KUNIT_EXPECT_EQ(test, ok, i);
	KUNIT_EXPECT_GE(test, atomic_read(&sf.forks), 100);
	KUNIT_EXPECT_EQ(test, escaped, 0);

	cgt_reap_group(test, t, 3);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(b), 0);
	cgroup_put_root(root);
}

/*
 * f.52: CLONE_THREAD forks that fail, after cgroup_fork() or before,
 * leave the fork lock free: a procs write right after each one moves
 * the group without waiting.
 */
static void cgroup_attach_proc_after_failed_fork(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "none,name=ff");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct cgroup *b = cgt_mkdir(test, &root->top_cgroup, "b");
	struct task_struct *t[2];
	int nth, failures = 0;
	long tid = 0;

	cgt_spawn_group(test, t, 2);
	for (nth = 1; nth < 100; nth++) {
		struct cgroup *to = nth & 1 ? b : a;

		fail_nth_set(nth);
		tid = task_call(t[1], cgt_clone_thread_fn, NULL);
		fail_nth_set(0);
		if (tid > 0)
			break;
		failures++;
		KUNIT_EXPECT_EQ(test, tid, (long)-ENOMEM);
		KUNIT_EXPECT_GT(test, cgt_write_procs(to, task_pid_vnr(t[0])),
				0L);
		KUNIT_EXPECT_EQ(test, cgt_count_in(t, 2, to), 2);
	}
	KUNIT_EXPECT_GE(test, failures, 2);
	KUNIT_EXPECT_GT(test, tid, 0L);

	cgt_reap_group(test, t, 2);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(b), 0);
	cgroup_put_root(root);
}

struct cgt_racer {
	struct cgroup *cgrp;
	pid_t pid;
	bool procs;
	int ok;
	struct completion done;
};

static int cgt_racer_thread(void *data)
{
	struct cgt_racer *r = data;
	char buf[16];
	int i;

	snprintf(buf, sizeof(buf), "%d", r->pid);
	for (i = 0; i < 500; i++)
		r->ok += cgt_write(r->cgrp, r->procs ? "cgroup.procs" : "tasks",
				   buf) > 0;
	complete(&r->done);
	return 0;
}

/*
 * f.58, f.59: procs writes of one process to two cgroups, and tasks
 * writes of one of its threads, race: they are serialized, every one
 * succeeds, and at the end the group is wholly in one cgroup but for
 * the thread the tasks writes moved last.
 */
static void cgroup_attach_proc_concurrent_writers(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "mock0");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct cgroup *b = cgt_mkdir(test, &root->top_cgroup, "b");
	struct cgroup *c = cgt_mkdir(test, &root->top_cgroup, "c");
	struct cgt_racer r[3] = {
		{ .cgrp = a, .procs = true },
		{ .cgrp = b, .procs = true },
		{ .cgrp = c, .procs = false },
	};
	struct task_struct *t[4], *k[3];
	struct cgroup *where;
	int i;

	cgt_spawn_group(test, t, 4);
	r[0].pid = task_pid_vnr(t[1]);
	r[1].pid = task_tgid_vnr(t[0]);
	r[2].pid = task_pid_vnr(t[3]);
	for (i = 0; i < 3; i++) {
		init_completion(&r[i].done);
		/*
		 * The racer returns on its own: hold a reference from
		 * before it can run, so kthread_stop() never meets a
		 * freed task.
		 */
		k[i] = kthread_create(cgt_racer_thread, &r[i], "cgt-racer");
		KUNIT_ASSERT_FALSE(test, IS_ERR(k[i]));
		get_task_struct(k[i]);
		wake_up_process(k[i]);
	}
	for (i = 0; i < 3; i++) {
		wait_for_completion(&r[i].done);
		kthread_stop(k[i]);
		put_task_struct(k[i]);
		KUNIT_EXPECT_EQ(test, r[i].ok, 500);
	}
	where = cgt_task_cgroup(t[0], root);
	KUNIT_EXPECT_TRUE(test, where == a || where == b);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(t[1], root), where);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(t[2], root), where);
	where = cgt_task_cgroup(t[3], root);
	KUNIT_EXPECT_TRUE(test, where == a || where == b || where == c);

	cgt_reap_group(test, t, 4);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(b), 0);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(c), 0);
	cgroup_put_root(root);
}

/* f.11: a large group moves with one write. */
static void cgroup_attach_proc_large_group(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "none,name=l");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct task_struct *leader = cgt_spawn(test), *tsk;
	int i, n = 5000, in = 0, total = 0;
	u64 ns;

	for (i = 1; i < n; i++)
		KUNIT_ASSERT_GT(test, task_call(leader, cgt_clone_thread_fn,
						NULL), 0L);
	ns = ktime_get_ns();
	KUNIT_EXPECT_GT(test, cgt_write_procs(a, task_pid_vnr(leader)), 0L);
	ns = ktime_get_ns() - ns;
	/* information only; make bench measures (never a timed test) */
	kunit_info(test, "%d threads moved in %llu us (%llu ns/thread)", n,
		   ns / 1000, ns / n);
	mutex_lock(&cgroup_mutex);
	read_lock(&tasklist_lock);
	for_each_thread(leader, tsk) {
		total++;
		in += task_cgroup_from_root(tsk, root) == a;
	}
	read_unlock(&tasklist_lock);
	mutex_unlock(&cgroup_mutex);
	KUNIT_EXPECT_EQ(test, total, n);
	KUNIT_EXPECT_EQ(test, in, n);

	cgt_reap(test, leader);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

/*
 * f.50, the mission's churn criterion: a process whose threads clone
 * and exit without pause (the workload generator's churn) is moved back
 * and forth 10,000 times; after every successful write no live thread
 * of it is left outside the destination.
 */
static void cgroup_attach_proc_churn(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "none,name=c");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct cgroup *b = cgt_mkdir(test, &root->top_cgroup, "b");
	struct task_struct *leader;
	int i, ok = 0, escaped = 0, total, threads = 0;
	long forks;
	pid_t pid;

	pid = spawn_process(current, 8, true);
	KUNIT_ASSERT_GT(test, pid, 0);
	leader = find_get_task_by_vpid(pid);
	KUNIT_ASSERT_NOT_NULL(test, leader);
	forks = spawn_forks(pid);
	for (i = 0; i < 10000; i++) {
		struct cgroup *to = i & 1 ? b : a;

		if (cgt_write_procs(to, pid) <= 0)
			continue;
		ok++;
		escaped += cgt_escaped(leader, to, &total);
		threads += total;
	}
	forks = spawn_forks(pid) - forks;
	kunit_info(test, "%d writes, %d thread checks, %ld forks meanwhile",
		   ok, threads, forks);
	KUNIT_EXPECT_EQ(test, ok, 10000);
	KUNIT_EXPECT_EQ(test, escaped, 0);
	KUNIT_EXPECT_GT(test, forks, 0L);

	KUNIT_EXPECT_EQ(test, ksys_kill(pid, SIGKILL), 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(pid, NULL, __WALL), pid);
	spawn_wait_driver(pid);
	put_task_struct(leader);
	cgt_settle();
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(b), 0);
	cgroup_put_root(root);
}

static struct kunit_case cgroup_attach_proc_cases[] = {
	KUNIT_CASE(cgroup_attach_proc_moves_group),
	KUNIT_CASE(cgroup_attach_proc_zero_is_writer_group),
	KUNIT_CASE(cgroup_attach_proc_hook_order),
	KUNIT_CASE(cgroup_attach_proc_split_group),
	KUNIT_CASE(cgroup_attach_proc_split_to_new_cgroup),
	KUNIT_CASE(cgroup_attach_proc_cancel_rules),
	KUNIT_CASE(cgroup_attach_proc_alloc_faults),
	KUNIT_CASE(cgroup_attach_proc_exec_race),
	KUNIT_CASE(cgroup_attach_proc_exit_after_snapshot),
	KUNIT_CASE(cgroup_attach_proc_zombies),
	KUNIT_CASE(cgroup_attach_proc_permissions),
	KUNIT_CASE(cgroup_attach_proc_errnos),
	KUNIT_CASE(cgroup_attach_proc_other_process_forks),
	KUNIT_CASE(cgroup_attach_proc_self_move_while_forking),
	KUNIT_CASE(cgroup_attach_proc_after_failed_fork),
	KUNIT_CASE(cgroup_attach_proc_concurrent_writers),
	KUNIT_CASE(cgroup_attach_proc_large_group),
	KUNIT_CASE(cgroup_attach_proc_churn),
	{}
};

static struct kunit_suite cgroup_attach_proc_suite = {
	.name = "cgroup_attach_proc",
	.init = cgt_proc_init,
	.exit = cgt_proc_exit,
	.test_cases = cgroup_attach_proc_cases,
};

kunit_test_suite(cgroup_hierarchy_suite);
kunit_test_suite(cgroup_css_set_suite);
kunit_test_suite(cgroup_attach_task_suite);
kunit_test_suite(cgroup_files_suite);
kunit_test_suite(cgroup_attach_proc_suite);
