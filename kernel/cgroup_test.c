// SPDX-License-Identifier: GPL-2.0
/*
 * cgroup_test.c - the KUnit suites of the cgroup core, in one translation
 * unit that includes kernel/cgroup.c to reach its static functions (the
 * Makefile drops cgroup.o when this file is built: kunit-wraps-y), the
 * way tools/testing/vma builds its tests around mm/vma.c.  The suites
 * live in files of their own, #included here in this order (none is
 * built alone):
 *
 *   cgroup_test_hierarchy.c	cgroup_hierarchy, cgroup_css_set
 *   cgroup_test_attach.c	cgroup_attach_task, cgroup_files
 *   cgroup_test_procs.c	cgroup_attach_proc
 *
 * This file holds what they share: the core-level helpers below (cgt_*:
 * mount, mkdir, read and write a file of a struct cgroup without the
 * VFS, the baseline checks each case's init and exit make).  Tasks,
 * processes and files through the VFS come from the cgroup KUnit harness
 * (kernel/cgroup_kunit.h); the hooks are watched and failed through the
 * mock subsystem (kernel/cgroup_mock.h).
 *
 * Test tasks are real tasks made by the harness: processes forked by the
 * case's own task and threads cloned by them, all named CGK_COMM, so the
 * mock records only their fork and exit.  Every case kills and reaps what
 * it made and waits for pending RCU frees, so the runner's leak check
 * sees the baseline.
 *
 * Locks taken and their ordering: the core's (see kernel/cgroup.c), plus
 * the mock's mock_lock, innermost.
 */

/*
 * The one race point of a cgroup.procs write that no hook reaches (the
 * leader looked up, its fork lock not yet taken) calls cgt_looked_up() in
 * this translation unit (see the cgroup_attach_proc suite); built alone,
 * cgroup.c makes it an empty statement.
 */
struct task_struct;
static void cgt_looked_up(struct task_struct *tsk);
#define cgroup_procs_looked_up(tsk)	cgt_looked_up(tsk)

#include "cgroup.c"
#include "cgroup_kunit.h"
#include "cgroup_mock.h"

#include <kunit/test.h>
#include <linux/fault-inject.h>
#include <linux/kthread.h>
#include <linux/syscalls.h>
#include <linux/completion.h>
#include <linux/delay.h>
#include <linux/ktime.h>
#include <linux/spawn.h>

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
	of = cgroup_file_open(cgrp, cft, NULL, false);
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
	of = cgroup_file_open(cgrp, cft, NULL, true);
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
/* The suites */

#include "cgroup_test_hierarchy.c"
#include "cgroup_test_attach.c"
#include "cgroup_test_procs.c"

kunit_test_suite(cgroup_hierarchy_suite);
kunit_test_suite(cgroup_css_set_suite);
kunit_test_suite(cgroup_attach_task_suite);
kunit_test_suite(cgroup_files_suite);
kunit_test_suite(cgroup_attach_proc_suite);
