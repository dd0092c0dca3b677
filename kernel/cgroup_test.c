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

#include "cgroup.c"

#include <kunit/test.h>
#include <linux/fault-inject.h>
#include <linux/kthread.h>
#include <linux/syscalls.h>

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
	return __cgroup_create(parent, name, NULL, 0755);
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
	rcu_barrier();
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
	/* procs is read-only in this issue */
	KUNIT_EXPECT_EQ(test, cgt_write(a, "cgroup.procs", "1"),
			(ssize_t)-EINVAL);

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

kunit_test_suite(cgroup_hierarchy_suite);
kunit_test_suite(cgroup_css_set_suite);
kunit_test_suite(cgroup_attach_task_suite);
kunit_test_suite(cgroup_files_suite);
