// SPDX-License-Identifier: GPL-2.0
/*
 * ns_cgroup_test.c - KUnit suite "ns_cgroup": the ns subsystem through
 * the real paths: unshare(2) and clone(CLONE_NEW*) made by processes,
 * write(2) on tasks and cgroup.procs of a mounted "ns" hierarchy, and
 * mkdir(2) in it.
 *
 * ns-subsystem.txt section 2: a destination that is not at or below the
 * thread's cgroup, or not below the writer's when it moves another task, is
 * EPERM; moving another task needs CAP_SYS_ADMIN (EPERM); a refused
 * cgroup.procs write moves no thread.  Allocation failures during unshare and
 * clone leave no namespace, no cgroup and no leak.
 */
#include <kunit/test.h>
#include <linux/cred.h>
#include <linux/fault-inject.h>
#include <linux/nsproxy.h>
#include <linux/kdev_t.h>
#include <linux/blk-cgroup.h>
#include <linux/syscalls.h>
#include "cgroup_kunit.h"
#include "cgroup_mock.h"
#include "../fs/vfs_kunit.h"

#define NT_DIR		"/tmp/ns_test"

/* @tsk drops to uid/gid 1000 without capabilities */
static long nt_drop_caps_fn(void *arg)
{
	return vfs_kunit_become(1000, 1000);
}

static void nt_drop_caps(struct kunit *test, struct task_struct *tsk)
{
	KUNIT_ASSERT_EQ(test, task_call(tsk, nt_drop_caps_fn, NULL), 0L);
}

/* cgroups in the ns hierarchy, from /proc/cgroups */
static int nt_nr_cgroups(struct kunit *test)
{
	char *list = cgk_read(test, "/proc/cgroups");
	char *line = strstr(list, "\nns\t");
	unsigned int hier, nr = 0;
	char *p;

	KUNIT_ASSERT_NOT_NULL(test, line);
	p = strchr(line + 4, '\t');
	KUNIT_ASSERT_NOT_NULL(test, p);
	*strchr(p + 1, '\t') = '\0';
	*p = '\0';
	KUNIT_EXPECT_EQ(test, kstrtouint(line + 4, 10, &hier), 0);
	KUNIT_EXPECT_EQ(test, kstrtouint(p + 1, 10, &nr), 0);
	return nr;
}

static unsigned long nt_mnt_ns(struct task_struct *tsk)
{
	unsigned long id;

	task_lock(tsk);
	id = tsk->nsproxy->mnt_ns;
	task_unlock(tsk);
	return id;
}

static void ns_unshare_creates_cgroup(struct kunit *test)
{
	struct task_struct *p;
	unsigned long mnt_ns;
	char *dir, *sub;

	cgk_mount(test, NT_DIR, "ns");
	p = cgk_spawn(test);
	mnt_ns = nt_mnt_ns(p);
	KUNIT_EXPECT_EQ(test, nt_mnt_ns(current), mnt_ns);

	KUNIT_EXPECT_EQ(test, cgk_as_unshare(p, CLONE_NEWNS), 0L);
	KUNIT_EXPECT_NE(test, nt_mnt_ns(p), mnt_ns);
	KUNIT_EXPECT_EQ(test, p->nsproxy->uts_ns, current->nsproxy->uts_ns);
	dir = cgk_path(test, NT_DIR "/%d", p->pid);
	KUNIT_EXPECT_TRUE(test, cgk_in(test, dir, p));
	KUNIT_EXPECT_FALSE(test, cgk_in(test, NT_DIR, p));
	KUNIT_EXPECT_EQ(test, nt_nr_cgroups(test), 2);

	/* again: a child of where it is now */
	KUNIT_EXPECT_EQ(test, cgk_as_unshare(p, CLONE_NEWUTS | CLONE_NEWIPC), 0L);
	KUNIT_EXPECT_NE(test, p->nsproxy->uts_ns, current->nsproxy->uts_ns);
	sub = cgk_path(test, "%s/%d", dir, p->pid);
	KUNIT_EXPECT_TRUE(test, cgk_in(test, sub, p));
	KUNIT_EXPECT_EQ(test, nt_nr_cgroups(test), 3);

	/* nothing to unshare: no cgroup */
	KUNIT_EXPECT_EQ(test, cgk_as_unshare(p, 0), 0L);
	KUNIT_EXPECT_EQ(test, nt_nr_cgroups(test), 3);

	cgk_reap(test, p);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(sub), 0L);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(dir), 0L);
	cgk_umount(test, NT_DIR);
}

static void ns_unshare_not_mounted(struct kunit *test)
{
	struct task_struct *p = cgk_spawn(test);
	unsigned long mnt_ns = nt_mnt_ns(p);

	KUNIT_EXPECT_EQ(test, cgk_as_unshare(p, CLONE_NEWNS | CLONE_NEWNET), 0L);
	KUNIT_EXPECT_NE(test, nt_mnt_ns(p), mnt_ns);
	KUNIT_EXPECT_NE(test, p->nsproxy->net_ns, current->nsproxy->net_ns);
	cgk_reap(test, p);
}

static void ns_unshare_errors(struct kunit *test)
{
	struct task_struct *p, *q;
	unsigned long mnt_ns;
	char *dir;

	cgk_mount(test, NT_DIR, "ns");
	p = cgk_spawn(test);
	mnt_ns = nt_mnt_ns(p);
	KUNIT_EXPECT_EQ(test, cgk_as_unshare(p, CLONE_FS), (long)-EINVAL);
	KUNIT_EXPECT_EQ(test, cgk_as_unshare(p, CLONE_NEWNS | CLONE_THREAD),
			(long)-EINVAL);

	/* the cgroup "<pid>" is in the way */
	dir = cgk_path(test, NT_DIR "/%d", p->pid);
	KUNIT_ASSERT_EQ(test, ksys_mkdir(dir, 0755), 0L);
	KUNIT_EXPECT_EQ(test, cgk_as_unshare(p, CLONE_NEWNS), (long)-EEXIST);
	KUNIT_EXPECT_EQ(test, nt_mnt_ns(p), mnt_ns);
	KUNIT_EXPECT_TRUE(test, cgk_in(test, NT_DIR, p));
	KUNIT_EXPECT_EQ(test, ksys_rmdir(dir), 0L);

	/* without CAP_SYS_ADMIN */
	q = cgk_spawn(test);
	nt_drop_caps(test, q);
	mnt_ns = nt_mnt_ns(q);
	KUNIT_EXPECT_EQ(test, cgk_as_unshare(q, CLONE_NEWNS), (long)-EPERM);
	KUNIT_EXPECT_EQ(test, nt_mnt_ns(q), mnt_ns);
	KUNIT_EXPECT_TRUE(test, cgk_in(test, NT_DIR, q));
	KUNIT_EXPECT_EQ(test, nt_nr_cgroups(test), 1);

	cgk_reap(test, q);
	cgk_reap(test, p);
	cgk_umount(test, NT_DIR);
}

static void ns_clone_moves_child(struct kunit *test)
{
	struct task_struct *p, *c;
	long pid;
	char *dir;

	cgk_mount(test, NT_DIR, "ns");
	p = cgk_spawn(test);
	pid = cgk_as_clone(p, CLONE_NEWNS);
	KUNIT_ASSERT_GT(test, pid, 0L);
	c = find_get_task_by_vpid(pid);
	KUNIT_ASSERT_NOT_NULL(test, c);
	dir = cgk_path(test, NT_DIR "/%ld", pid);
	KUNIT_EXPECT_TRUE(test, cgk_in(test, dir, c));
	KUNIT_EXPECT_TRUE(test, cgk_in(test, NT_DIR, p));
	KUNIT_EXPECT_NE(test, nt_mnt_ns(c), nt_mnt_ns(p));

	/* a plain fork of the child stays with it */
	pid = cgk_as_clone(c, 0);
	KUNIT_EXPECT_GT(test, pid, 0L);
	KUNIT_EXPECT_EQ(test, nt_nr_cgroups(test), 2);

	/* threads do not get namespaces; a fork of its own fs neither */
	KUNIT_EXPECT_EQ(test, cgk_as_clone(p, TT_THREAD_FLAGS | CLONE_NEWNS),
			(long)-EINVAL);
	KUNIT_EXPECT_EQ(test, cgk_as_clone(p, CLONE_FS | CLONE_NEWNS),
			(long)-EINVAL);
	nt_drop_caps(test, p);
	KUNIT_EXPECT_EQ(test, cgk_as_clone(p, CLONE_NEWUTS), (long)-EPERM);
	KUNIT_EXPECT_EQ(test, nt_nr_cgroups(test), 2);

	/* the grandchild is reaped by the child, the child by p */
	cgk_reap_child(test, c, pid);
	cgk_reap_child(test, p, c->pid);
	put_task_struct(c);
	cgk_reap(test, p);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(dir), 0L);
	cgk_umount(test, NT_DIR);
}

/*
 * ns-subsystem.txt section 2, destination rules.  Writers are processes of
 * their own, so that "the writer's cgroup" can be placed.
 */
static void ns_attach_destination_below(struct kunit *test)
{
	struct task_struct *l, *t1, *t2, *w;

	cgk_mount(test, NT_DIR, "ns");
	KUNIT_ASSERT_EQ(test, ksys_mkdir(NT_DIR "/a", 0755), 0L);
	KUNIT_ASSERT_EQ(test, ksys_mkdir(NT_DIR "/a/b", 0755), 0L);
	KUNIT_ASSERT_EQ(test, ksys_mkdir(NT_DIR "/c", 0755), 0L);
	l = cgk_spawn(test);
	t1 = cgk_thread(test, l, 0);
	t2 = cgk_thread(test, l, 0);

	/* down is fine, for one thread */
	KUNIT_EXPECT_GT(test, cgk_write_pid(NT_DIR "/a/b/tasks", t1->pid), 0L);
	/* not up, not sideways */
	KUNIT_EXPECT_EQ(test, cgk_write_pid(NT_DIR "/a/tasks", t1->pid),
			(long)-EPERM);
	KUNIT_EXPECT_EQ(test, cgk_write_pid(NT_DIR "/tasks", t1->pid),
			(long)-EPERM);
	KUNIT_EXPECT_EQ(test, cgk_write_pid(NT_DIR "/c/tasks", t1->pid),
			(long)-EPERM);
	KUNIT_EXPECT_TRUE(test, cgk_in(test, NT_DIR "/a/b", t1));

	/*
	 * The whole group to /a: allowed for L and T2 (in the root), not
	 * for T1 (in /a/b): EPERM, and nobody moved.
	 */
	KUNIT_EXPECT_EQ(test, cgk_write_pid(NT_DIR "/a/cgroup.procs", l->pid),
			(long)-EPERM);
	KUNIT_EXPECT_TRUE(test, cgk_in(test, NT_DIR, l));
	KUNIT_EXPECT_TRUE(test, cgk_in(test, NT_DIR, t2));
	KUNIT_EXPECT_TRUE(test, cgk_in(test, NT_DIR "/a/b", t1));
	KUNIT_EXPECT_STREQ(test, cgk_read(test, NT_DIR "/a/tasks"), "");
	/* to /a/b every thread goes down (or stays): all move */
	KUNIT_EXPECT_GT(test, cgk_write_pid(NT_DIR "/a/b/cgroup.procs",
					    t2->pid), 0L);
	KUNIT_EXPECT_TRUE(test, cgk_in(test, NT_DIR "/a/b", l));
	KUNIT_EXPECT_TRUE(test, cgk_in(test, NT_DIR "/a/b", t2));

	/* a writer in /c may not put another task outside /c */
	w = cgk_spawn(test);
	KUNIT_ASSERT_GT(test, cgk_write_pid(NT_DIR "/c/tasks", w->pid), 0L);
	KUNIT_ASSERT_EQ(test, ksys_mkdir(NT_DIR "/a/b/d", 0755), 0L);
	KUNIT_EXPECT_EQ(test, cgk_as_write_pid(w, NT_DIR "/a/b/d/cgroup.procs",
					       l->pid), (long)-EPERM);
	KUNIT_EXPECT_EQ(test, cgk_as_write_pid(w, NT_DIR "/a/b/d/tasks", t1->pid),
			(long)-EPERM);
	KUNIT_EXPECT_STREQ(test, cgk_read(test, NT_DIR "/a/b/d/tasks"), "");
	/* ... but may move itself down ("0" and its own pid) */
	KUNIT_ASSERT_EQ(test, ksys_mkdir(NT_DIR "/c/e", 0755), 0L);
	KUNIT_EXPECT_GT(test, cgk_as_write_pid(w, NT_DIR "/c/e/tasks", 0), 0L);
	KUNIT_EXPECT_TRUE(test, cgk_in(test, NT_DIR "/c/e", w));

	put_task_struct(t1);
	put_task_struct(t2);
	cgk_reap(test, l);
	cgk_reap(test, w);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(NT_DIR "/c/e"), 0L);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(NT_DIR "/c"), 0L);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(NT_DIR "/a/b/d"), 0L);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(NT_DIR "/a/b"), 0L);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(NT_DIR "/a"), 0L);
	cgk_umount(test, NT_DIR);
}

/*
 * ns-subsystem.txt section 2, capability: a writer with the target's uid passes
 * the core's credential check but, without CAP_SYS_ADMIN, not ns's.
 */
static void ns_attach_foreign_needs_cap(struct kunit *test)
{
	struct task_struct *p, *t1, *w;

	cgk_mount(test, NT_DIR, "ns");
	KUNIT_ASSERT_EQ(test, ksys_mkdir(NT_DIR "/a", 0755), 0L);
	KUNIT_ASSERT_EQ(test, ksys_chown(NT_DIR "/a/tasks", 1000, 1000), 0L);
	KUNIT_ASSERT_EQ(test, ksys_chown(NT_DIR "/a/cgroup.procs", 1000, 1000),
			0L);
	p = cgk_spawn(test);
	nt_drop_caps(test, p);
	t1 = cgk_thread(test, p, 0);	/* with p's new credentials */
	w = cgk_spawn(test);
	nt_drop_caps(test, w);

	KUNIT_EXPECT_EQ(test, cgk_as_write_pid(w, NT_DIR "/a/cgroup.procs", p->pid),
			(long)-EPERM);
	KUNIT_EXPECT_EQ(test, cgk_as_write_pid(w, NT_DIR "/a/tasks", t1->pid),
			(long)-EPERM);
	KUNIT_EXPECT_STREQ(test, cgk_read(test, NT_DIR "/a/tasks"), "");
	KUNIT_EXPECT_TRUE(test, cgk_in(test, NT_DIR, p));
	KUNIT_EXPECT_TRUE(test, cgk_in(test, NT_DIR, t1));
	/* itself it may move, without the capability */
	KUNIT_EXPECT_GT(test, cgk_as_write_pid(w, NT_DIR "/a/tasks", w->pid), 0L);
	KUNIT_EXPECT_TRUE(test, cgk_in(test, NT_DIR "/a", w));
	/* with it (root here), the others go too */
	KUNIT_EXPECT_GT(test, cgk_write_pid(NT_DIR "/a/cgroup.procs", p->pid),
			0L);
	KUNIT_EXPECT_TRUE(test, cgk_in(test, NT_DIR "/a", p));
	KUNIT_EXPECT_TRUE(test, cgk_in(test, NT_DIR "/a", t1));

	put_task_struct(t1);
	cgk_reap(test, p);
	cgk_reap(test, w);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(NT_DIR "/a"), 0L);
	cgk_umount(test, NT_DIR);
}

/* mkdir: CAP_SYS_ADMIN, and never with clone_children set */
static void ns_mkdir_rules(struct kunit *test)
{
	struct task_struct *q;

	cgk_mount(test, NT_DIR, "ns");
	KUNIT_ASSERT_EQ(test, ksys_mkdir(NT_DIR "/a", 0755), 0L);
	KUNIT_ASSERT_EQ(test, ksys_chown(NT_DIR "/a", 1000, 1000), 0L);
	q = cgk_spawn(test);
	nt_drop_caps(test, q);
	KUNIT_EXPECT_EQ(test, cgk_as_mkdir(q, NT_DIR "/a/x"),
			(long)-EPERM);
	KUNIT_EXPECT_FALSE(test, cgk_exists(NT_DIR "/a/x"));

	KUNIT_EXPECT_EQ(test, cgk_write(NT_DIR "/a/cgroup.clone_children",
					"1"), 1L);
	KUNIT_EXPECT_EQ(test, ksys_mkdir(NT_DIR "/a/y", 0755), (long)-EINVAL);
	KUNIT_EXPECT_FALSE(test, cgk_exists(NT_DIR "/a/y"));
	KUNIT_EXPECT_EQ(test, nt_nr_cgroups(test), 2);

	cgk_reap(test, q);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(NT_DIR "/a"), 0L);
	cgk_umount(test, NT_DIR);
}

/*
 * Every allocation of unshare(2) fails once in turn: each failure
 * returns -ENOMEM with the namespaces, the cgroups and the task's
 * cgroup unchanged (the runner checks for leaks after the case).
 */
struct nt_fault {
	unsigned long nth;
	unsigned long flags;
};

static long nt_fault_fn(void *arg)
{
	struct nt_fault *f = arg;
	long ret;

	fail_nth_set(f->nth);
	ret = ksys_unshare(f->flags);
	fail_nth_set(0);
	return ret;
}

static void ns_unshare_alloc_faults(struct kunit *test)
{
	struct nt_fault f = { .flags = CLONE_NEWNS };
	struct task_struct *p;
	unsigned long mnt_ns;
	long ret = -ENOMEM;
	char *dir;

	cgk_mount(test, NT_DIR, "ns");
	p = cgk_spawn(test);
	mnt_ns = nt_mnt_ns(p);
	dir = cgk_path(test, NT_DIR "/%d", p->pid);
	for (f.nth = 1; ret == -ENOMEM && f.nth < 100; f.nth++) {
		ret = task_call(p, nt_fault_fn, &f);
		if (ret != -ENOMEM)
			break;
		KUNIT_EXPECT_EQ(test, nt_mnt_ns(p), mnt_ns);
		KUNIT_EXPECT_FALSE(test, cgk_exists(dir));
		KUNIT_EXPECT_TRUE(test, cgk_in(test, NT_DIR, p));
		KUNIT_EXPECT_EQ(test, nt_nr_cgroups(test), 1);
	}
	KUNIT_EXPECT_EQ(test, ret, 0L);
	KUNIT_EXPECT_GT(test, f.nth, 2UL);
	KUNIT_EXPECT_TRUE(test, cgk_in(test, dir, p));
	cgk_reap(test, p);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(dir), 0L);
	cgk_umount(test, NT_DIR);
}

#ifdef CONFIG_CGROUP_MOCK	/* mock0 beside ns, and its hook */
/* The creator is killed while the clone attaches its child. */
static void nt_kill_action(struct task_struct *tsk, void *arg)
{
	struct task_struct *creator = arg;

	WARN_ON_ONCE(ksys_kill(task_tgid_vnr(creator), SIGKILL));
}

/*
 * Every failure point of clone(CLONE_NEWNS) with ns mounted (mock0 beside
 * it): each allocation in turn, then the one failure after the clone that
 * no allocation reaches, a fatal signal for the creator arriving while
 * the clone attaches the child (copy_process() then fails with EINTR).
 * Each leaves no child, no cgroup and no leak; after the attach, the
 * child leaves the clone's cgroup through the exit hooks (ns-subsystem.txt
 * 3), and the cgroup is destroyed.
 */
static void ns_clone_alloc_faults(struct kunit *test)
{
	struct task_struct *p;
	long ret = -ENOMEM;
	char buf[256];
	int nth, status;
	pid_t pid;

	mock_subsys_enable(true);
	cgk_mount(test, NT_DIR, "ns,mock0");
	p = cgk_spawn(test);
	for (nth = 1; ret == -ENOMEM && nth < 200; nth++) {
		ret = cgk_as_clone_nth(p, CLONE_NEWNS, nth);
		if (ret != -ENOMEM)
			break;
		KUNIT_EXPECT_EQ(test, nt_nr_cgroups(test), 1);
		KUNIT_EXPECT_EQ(test, cgk_as_wait(p, -1), (long)-ECHILD);
	}
	KUNIT_ASSERT_GT(test, ret, 0L);
	KUNIT_EXPECT_GT(test, nth, 2);
	KUNIT_EXPECT_EQ(test, nt_nr_cgroups(test), 2);
	cgk_reap_child(test, p, ret);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(cgk_path(test, NT_DIR "/%ld", ret)),
			0L);

	mock_record();
	mock_act_on(0, MOCK_ATTACH, nt_kill_action, p);
	pid = task_tgid_vnr(p);
	KUNIT_EXPECT_EQ(test, cgk_as_clone(p, CLONE_NEWNS), (long)-EINTR);
	KUNIT_EXPECT_EQ(test, mock_act_hits(), 1);
	KUNIT_EXPECT_EQ(test, nt_nr_cgroups(test), 1);
	/* the child's exit hooks, its cgroup's end, then the creator's exit */
	KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf),
					    BIT(MOCK_ATTACH) | BIT(MOCK_EXIT) |
					    BIT(MOCK_DESTROY)),
			   "0:attach 0:exit 1:exit 2:exit 0:destroy 0:exit 1:exit 2:exit");
	mock_reset();
	KUNIT_EXPECT_EQ(test, kernel_wait4(pid, &status, __WALL), (long)pid);
	put_task_struct(p);
	cgk_umount(test, NT_DIR);
	mock_subsys_enable(false);
}
#endif /* CONFIG_CGROUP_MOCK */

static long nt_io_fn(void *arg)
{
	return ksys_submit_io(MKDEV(8, 0), 1, READ);
}

/*
 * cgroup_clone() attaches through cgroup_attach_task(), so the other
 * subsystems of the ns hierarchy may veto: with blkio, a task sharing
 * its io_context (CLONE_IO) cannot unshare or be cloned with new
 * namespaces (EINVAL), and the cgroup made for it is removed again.
 */
static void ns_clone_vetoed_by_blkio(struct kunit *test)
{
	struct task_struct *p, *t;
	unsigned long mnt_ns;
	pid_t pid;

	if (!IS_ENABLED(CONFIG_BLK_CGROUP))
		kunit_skip(test, "needs CONFIG_BLK_CGROUP");
	cgk_mount(test, NT_DIR, "ns,blkio");
	p = cgk_spawn(test);
	KUNIT_ASSERT_EQ(test, task_call(p, nt_io_fn, NULL), 512L);
	t = cgk_thread(test, p, CLONE_IO);
	mnt_ns = nt_mnt_ns(p);

	KUNIT_EXPECT_EQ(test, cgk_as_unshare(p, CLONE_NEWNS), (long)-EINVAL);
	KUNIT_EXPECT_EQ(test, nt_mnt_ns(p), mnt_ns);
	KUNIT_EXPECT_FALSE(test, cgk_exists(cgk_path(test, NT_DIR "/%d",
						     p->pid)));
	KUNIT_EXPECT_EQ(test, cgk_as_clone(p, CLONE_NEWNS | CLONE_IO),
			(long)-EINVAL);
	KUNIT_EXPECT_EQ(test, nt_nr_cgroups(test), 1);
	KUNIT_EXPECT_TRUE(test, cgk_in(test, NT_DIR, p));
	KUNIT_EXPECT_TRUE(test, cgk_in(test, NT_DIR, t));

	/* without the sharer, both work */
	KUNIT_EXPECT_EQ(test, tt_exit(t, 0), 0L);
	put_task_struct(t);
	KUNIT_EXPECT_EQ(test, cgk_as_unshare(p, CLONE_NEWNS), 0L);
	KUNIT_EXPECT_TRUE(test, cgk_in(test, cgk_path(test, NT_DIR "/%d",
						      p->pid), p));
	pid = p->pid;		/* reaping drops our reference on p */
	cgk_reap(test, p);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(cgk_path(test, NT_DIR "/%d", pid)),
			0L);
	cgk_umount(test, NT_DIR);
}

static struct kunit_case ns_cgroup_test_cases[] = {
	KUNIT_CASE(ns_unshare_creates_cgroup),
	KUNIT_CASE(ns_unshare_not_mounted),
	KUNIT_CASE(ns_unshare_errors),
	KUNIT_CASE(ns_clone_moves_child),
	KUNIT_CASE(ns_attach_destination_below),
	KUNIT_CASE(ns_attach_foreign_needs_cap),
	KUNIT_CASE(ns_mkdir_rules),
	KUNIT_CASE(ns_unshare_alloc_faults),
#ifdef CONFIG_CGROUP_MOCK
	KUNIT_CASE(ns_clone_alloc_faults),
#endif
	KUNIT_CASE(ns_clone_vetoed_by_blkio),
	{}
};

static struct kunit_suite ns_cgroup_test_suite = {
	.name = "ns_cgroup",
	.test_cases = ns_cgroup_test_cases,
};

kunit_test_suite(ns_cgroup_test_suite);

/*
 * The contract (kernel/cgroup_contract_test.c): the ns subsystem keeps no
 * state but the cgroup tree itself, which the core keeps; its snapshot
 * is empty, and the suite checks its hooks' calls and balance.
 */
static void ns_contract_snapshot(struct cgk_state *st,
				 struct cgroup_subsys *ss,
				 struct cgroup *cgrp, struct task_struct *tsk)
{
}

CGROUP_CONTRACT(ns, .snapshot = ns_contract_snapshot);
