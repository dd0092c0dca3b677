// SPDX-License-Identifier: GPL-2.0
/*
 * memcontrol_test.c - KUnit suite "memcg": charges, limits, hierarchy,
 * fork and exit, move_charge_at_immigrate through real writes on
 * cgroup.procs and tasks (memory.txt 6.1, 6.2), force_empty and
 * rmdir, and fault injection.  After every case (and every injected
 * failure) the conservation invariant must hold.
 *
 * Includes memcontrol.c to read the move state (mc.moves counts the
 * moves attach made).  Processes are made by the case's task and run
 * their system calls through task_call().
 */
#include "memcontrol.c"

#include <kunit/test.h>
#include <linux/fault-inject.h>
#include <linux/fs.h>
#include <linux/fcntl.h>
#include <linux/kstrtox.h>
#include <linux/syscalls.h>
#include <host_ops.h>
#include "../kernel/cgroup_kunit.h"

#define MCG_ROOT	"/tmp/memcg_test"
#define PG		PAGE_SIZE

/* ------------------------------------------------------------------ */
/* Files */

/* memory.<name> of cgroup @cg ("" is the root) as a number */
static u64 mcg_val(struct kunit *test, const char *cg, const char *name)
{
	char path[128], buf[64];
	u64 val = 0;

	snprintf(path, sizeof(path), MCG_ROOT "%s%s/memory.%s",
		 *cg ? "/" : "", cg, name);
	KUNIT_ASSERT_GT_MSG(test, cgk_read_buf(path, buf, sizeof(buf)), 0,
			    "read %s", path);
	KUNIT_EXPECT_EQ(test, kstrtoull(strim(buf), 10, &val), 0);
	return val;
}

/* write @val to @cg's file @name: 0 or -errno */
static long mcg_set(const char *cg, const char *name, const char *val)
{
	char path[128];
	long ret;

	snprintf(path, sizeof(path), MCG_ROOT "%s%s/%s", *cg ? "/" : "", cg,
		 name);
	ret = cgk_write(path, val);
	return ret < 0 ? ret : 0;
}

static long mcg_move(const char *cg, const char *file, pid_t pid)
{
	char buf[16];

	snprintf(buf, sizeof(buf), "%d", pid);
	return mcg_set(cg, file, buf);
}

static void mcg_mkdir(struct kunit *test, const char *cg)
{
	char path[128];

	snprintf(path, sizeof(path), MCG_ROOT "/%s", cg);
	KUNIT_ASSERT_EQ(test, ksys_mkdir(path, 0755), 0);
}

static long mcg_rmdir(const char *cg)
{
	char path[128];

	snprintf(path, sizeof(path), MCG_ROOT "/%s", cg);
	return ksys_rmdir(path);
}

/* Is @tsk's memcg the one of cgroup @cg? */
static bool mcg_in(struct task_struct *tsk, const char *cg)
{
	struct cgroup *cgrp;
	bool ret;

	rcu_read_lock();
	cgrp = mem_cgroup_from_task(tsk)->css.cgroup;
	ret = !strcmp(cgrp->name, cg);
	rcu_read_unlock();
	return ret;
}

/* ------------------------------------------------------------------ */
/* Processes */

struct mcg_map_args {
	unsigned long npages;
	unsigned long nth;	/* fail_nth_set() inside the call; 0: none */
	bool unmap;
};

static long mcg_map_fn(void *arg)
{
	struct mcg_map_args *a = arg;
	long ret;

	fail_nth_set(a->nth);
	ret = a->unmap ? ksys_munmap(a->npages) : ksys_mmap(a->npages);
	fail_nth_set(0);
	return ret;
}

static long mcg_map(struct task_struct *tsk, unsigned long npages)
{
	struct mcg_map_args a = { .npages = npages };

	return task_call(tsk, mcg_map_fn, &a);
}

static long mcg_unmap(struct task_struct *tsk, unsigned long npages)
{
	struct mcg_map_args a = { .npages = npages, .unmap = true };

	return task_call(tsk, mcg_map_fn, &a);
}

static unsigned long mcg_mm_pages(struct task_struct *tsk)
{
	struct mm_struct *mm = get_task_mm(tsk);
	unsigned long n = 0;

	if (mm) {
		n = mm_pages(mm);
		mmput(mm);
	}
	return n;
}

/* pages of @tsk's mm on the first node of its mems_allowed */
static unsigned long mcg_first_node_pages(struct task_struct *tsk)
{
	struct mm_struct *mm = get_task_mm(tsk);
	unsigned long n = 0;
	int node;

	task_lock(tsk);
	node = first_node(tsk->mems_allowed);
	task_unlock(tsk);
	if (mm) {
		spin_lock(&mm->page_table_lock);
		if (node < MAX_NUMNODES)
			n = mm->node_pages[node];
		spin_unlock(&mm->page_table_lock);
		mmput(mm);
	}
	return n;
}

/* ------------------------------------------------------------------ */
/* Suite setup: a memory hierarchy at MCG_ROOT for every case */

static int mcg_init(struct kunit *test)
{
	cgk_mount(test, MCG_ROOT, "memory");
	return 0;
}

static void mcg_exit(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, mem_cgroup_check_conservation(), 0);
	KUNIT_EXPECT_PTR_EQ(test, mc.to, NULL);
	KUNIT_EXPECT_PTR_EQ(test, mc.mm, NULL);
	cgk_umount(test, MCG_ROOT);
	if (IS_ENABLED(CONFIG_LOCKDEP))
		KUNIT_EXPECT_FALSE(test, cgroup_lock_is_held());
}

#define MCG_CHECK(test) \
	KUNIT_EXPECT_EQ(test, mem_cgroup_check_conservation(), 0)

/* ------------------------------------------------------------------ */
/* Cases */

/* The files, their parsing and their errors. */
static void memcg_files(struct kunit *test)
{
	mcg_mkdir(test, "a");
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "limit_in_bytes"),
			RESOURCE_MAX);
	KUNIT_EXPECT_EQ(test, mcg_set("a", "memory.limit_in_bytes", "4k"), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "limit_in_bytes"), 4096);
	KUNIT_EXPECT_EQ(test, mcg_set("a", "memory.limit_in_bytes", "2M"), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "limit_in_bytes"), 2 << 20);
	KUNIT_EXPECT_EQ(test, mcg_set("a", "memory.limit_in_bytes", "1g"), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "limit_in_bytes"), 1 << 30);
	/* rounded up to a page */
	KUNIT_EXPECT_EQ(test, mcg_set("a", "memory.limit_in_bytes", "5000"),
			0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "limit_in_bytes"), 8192);
	KUNIT_EXPECT_EQ(test, mcg_set("a", "memory.limit_in_bytes", "12x"),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, mcg_set("a", "memory.limit_in_bytes", "abc"),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, mcg_set("a", "memory.limit_in_bytes", "-2"),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "limit_in_bytes"), 8192);
	KUNIT_EXPECT_EQ(test, mcg_set("a", "memory.limit_in_bytes", "-1"), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "limit_in_bytes"),
			RESOURCE_MAX);
	/* the root has no limit */
	KUNIT_EXPECT_EQ(test, mcg_set("", "memory.limit_in_bytes", "1m"),
			-EINVAL);

	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "move_charge_at_immigrate"),
			0);
	KUNIT_EXPECT_EQ(test, mcg_set("a", "memory.move_charge_at_immigrate",
				      "4"), -EINVAL);
	KUNIT_EXPECT_EQ(test, mcg_set("a", "memory.move_charge_at_immigrate",
				      "3"), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "move_charge_at_immigrate"),
			3);
	KUNIT_EXPECT_EQ(test, mcg_set("a", "memory.use_hierarchy", "2"),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "use_hierarchy"), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "failcnt"), 0);
	KUNIT_EXPECT_EQ(test, mcg_rmdir("a"), 0);
}

/* mmap charges the owner's memcg; over the limit ENOMEM and failcnt. */
static void memcg_map_limit(struct kunit *test)
{
	struct task_struct *p;

	mcg_mkdir(test, "a");
	p = cgk_spawn(test);
	KUNIT_ASSERT_EQ(test, mcg_move("a", "tasks", p->pid), 0);
	KUNIT_EXPECT_EQ(test, mcg_map(p, 10), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 10 * PG);
	/* new pages go on the first node of mems_allowed */
	KUNIT_EXPECT_EQ(test, mcg_first_node_pages(p), 10);
	KUNIT_EXPECT_EQ(test, mcg_unmap(p, 4), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 6 * PG);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "max_usage_in_bytes"),
			10 * PG);
	KUNIT_EXPECT_EQ(test, mcg_unmap(p, 7), -EINVAL);
	KUNIT_EXPECT_EQ(test, mcg_unmap(p, 0), -EINVAL);
	KUNIT_EXPECT_EQ(test, mcg_map(p, 0), -EINVAL);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 6 * PG);
	MCG_CHECK(test);

	/* a limit below the usage: no reclaim here, EBUSY */
	KUNIT_EXPECT_EQ(test, mcg_set("a", "memory.limit_in_bytes", "20k"),
			-EBUSY);
	KUNIT_EXPECT_EQ(test, mcg_set("a", "memory.limit_in_bytes", "32k"), 0);
	KUNIT_EXPECT_EQ(test, mcg_map(p, 3), -ENOMEM);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "failcnt"), 1);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 6 * PG);
	KUNIT_EXPECT_EQ(test, mcg_mm_pages(p), 6);
	KUNIT_EXPECT_EQ(test, mcg_map(p, 2), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 8 * PG);
	MCG_CHECK(test);
	KUNIT_EXPECT_EQ(test, mcg_set("a", "memory.failcnt", "0"), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "failcnt"), 0);
	KUNIT_EXPECT_EQ(test, mcg_set("a", "memory.max_usage_in_bytes", "0"),
			0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "max_usage_in_bytes"),
			8 * PG);

	/* exit uncharges */
	cgk_reap(test, p);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 0);
	MCG_CHECK(test);
	KUNIT_EXPECT_EQ(test, mcg_rmdir("a"), 0);
}

/* fork charges the child's memcg; over the limit fork fails cleanly. */
static void memcg_fork_exit(struct kunit *test)
{
	struct task_struct *p, *c;
	int tasks;
	long pid;

	mcg_mkdir(test, "a");
	p = cgk_spawn(test);
	KUNIT_ASSERT_EQ(test, mcg_move("a", "cgroup.procs", p->pid), 0);
	KUNIT_EXPECT_EQ(test, mcg_map(p, 5), 0);
	pid = cgk_as_clone(p, 0);
	KUNIT_ASSERT_GT(test, pid, 0);
	c = find_get_task_by_vpid(pid);
	KUNIT_ASSERT_NOT_NULL(test, c);
	KUNIT_EXPECT_EQ(test, mcg_mm_pages(c), 5);
	KUNIT_EXPECT_PTR_EQ(test, READ_ONCE(c->mm->owner), c);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 10 * PG);
	MCG_CHECK(test);

	/* the next copy does not fit: ENOMEM, no task, nothing charged */
	KUNIT_EXPECT_EQ(test, mcg_set("a", "memory.limit_in_bytes", "48k"), 0);
	tasks = nr_tasks();
	KUNIT_EXPECT_EQ(test, cgk_as_clone(p, 0), -ENOMEM);
	KUNIT_EXPECT_EQ(test, nr_tasks(), tasks);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 10 * PG);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "failcnt"), 1);
	MCG_CHECK(test);

	/* the child exits: its copy is uncharged */
	KUNIT_EXPECT_EQ(test, cgk_as_exit(c), 0);
	KUNIT_EXPECT_EQ(test, cgk_as_wait(p, pid),
			pid);
	put_task_struct(c);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 5 * PG);
	MCG_CHECK(test);
	cgk_reap(test, p);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 0);
	KUNIT_EXPECT_EQ(test, mcg_rmdir("a"), 0);
}

/* use_hierarchy: charges and limits up the chain; rules for changing it. */
static void memcg_hierarchy(struct kunit *test)
{
	struct task_struct *p;

	mcg_mkdir(test, "a");
	KUNIT_EXPECT_EQ(test, mcg_set("a", "memory.use_hierarchy", "1"), 0);
	mcg_mkdir(test, "a/b");
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a/b", "use_hierarchy"), 1);
	KUNIT_EXPECT_EQ(test, mcg_set("a", "memory.use_hierarchy", "0"),
			-EBUSY);
	KUNIT_EXPECT_EQ(test, mcg_set("a/b", "memory.use_hierarchy", "0"),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, mcg_set("a", "memory.limit_in_bytes", "16k"), 0);

	p = cgk_spawn(test);
	KUNIT_ASSERT_EQ(test, mcg_move("a/b", "cgroup.procs", p->pid), 0);
	KUNIT_EXPECT_EQ(test, mcg_map(p, 3), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a/b", "usage_in_bytes"), 3 * PG);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 3 * PG);
	/* b has no limit, a's refuses */
	KUNIT_EXPECT_EQ(test, mcg_map(p, 2), -ENOMEM);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "failcnt"), 1);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a/b", "failcnt"), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a/b", "usage_in_bytes"), 3 * PG);
	MCG_CHECK(test);

	/* the owner leaves b without its charges; rmdir b gives them to a */
	KUNIT_ASSERT_EQ(test, mcg_move("", "cgroup.procs", p->pid), 0);
	KUNIT_EXPECT_EQ(test, mcg_rmdir("a/b"), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 3 * PG);
	MCG_CHECK(test);
	/* unmapping uncharges a, where the record now points */
	KUNIT_EXPECT_EQ(test, mcg_unmap(p, 3), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 0);
	MCG_CHECK(test);
	cgk_reap(test, p);
	KUNIT_EXPECT_EQ(test, mcg_rmdir("a"), 0);
}

/* force_empty and rmdir without hierarchy: charges go to the parent. */
static void memcg_force_empty(struct kunit *test)
{
	struct task_struct *p;
	u64 root;

	mcg_mkdir(test, "a");
	mcg_mkdir(test, "a/b");
	p = cgk_spawn(test);
	KUNIT_ASSERT_EQ(test, mcg_move("a/b", "cgroup.procs", p->pid), 0);
	KUNIT_EXPECT_EQ(test, mcg_map(p, 4), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 0);
	KUNIT_EXPECT_EQ(test, mcg_set("a/b", "memory.force_empty", "0"),
			-EBUSY);
	KUNIT_EXPECT_EQ(test, mcg_set("a", "memory.force_empty", "0"),
			-EBUSY);
	KUNIT_ASSERT_EQ(test, mcg_move("", "cgroup.procs", p->pid), 0);
	/* a has no room: nothing moves */
	KUNIT_EXPECT_EQ(test, mcg_set("a", "memory.limit_in_bytes", "8k"), 0);
	KUNIT_EXPECT_EQ(test, mcg_set("a/b", "memory.force_empty", "1"),
			-ENOMEM);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a/b", "usage_in_bytes"), 4 * PG);
	MCG_CHECK(test);
	KUNIT_EXPECT_EQ(test, mcg_set("a", "memory.limit_in_bytes", "-1"), 0);
	KUNIT_EXPECT_EQ(test, mcg_set("a/b", "memory.force_empty", "1"), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a/b", "usage_in_bytes"), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 4 * PG);
	MCG_CHECK(test);
	KUNIT_EXPECT_EQ(test, mcg_rmdir("a/b"), 0);
	/* rmdir of a moves them on to the root, even over nothing */
	root = mcg_val(test, "", "usage_in_bytes");
	KUNIT_EXPECT_EQ(test, mcg_rmdir("a"), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "", "usage_in_bytes"),
			root + 4 * PG);
	MCG_CHECK(test);
	cgk_reap(test, p);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "", "usage_in_bytes"), root);
}

/*
 * memory.txt 6.2: a procs move with move_charge_at_immigrate moves the
 * mm's charges exactly once; moving a non-owner thread through tasks
 * moves none; the owner moved through tasks does.
 */
static void memcg_move_charge_once(struct kunit *test)
{
	struct task_struct *p, *t[3];
	unsigned long moves;
	int i;

	mcg_mkdir(test, "a");
	mcg_mkdir(test, "b");
	KUNIT_EXPECT_EQ(test, mcg_set("b", "memory.move_charge_at_immigrate",
				      "1"), 0);
	KUNIT_EXPECT_EQ(test, mcg_set("a", "memory.move_charge_at_immigrate",
				      "1"), 0);
	p = cgk_spawn(test);
	KUNIT_ASSERT_EQ(test, mcg_move("a", "cgroup.procs", p->pid), 0);
	for (i = 0; i < ARRAY_SIZE(t); i++)
		t[i] = cgk_thread(test, p, 0);
	KUNIT_EXPECT_EQ(test, mcg_map(t[1], 10), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 10 * PG);

	/* procs write of a non-leader's id: the whole group, charges once */
	moves = mc.moves;
	KUNIT_EXPECT_EQ(test, mcg_move("b", "cgroup.procs", t[2]->pid), 0);
	KUNIT_EXPECT_EQ(test, mc.moves, moves + 1);
	KUNIT_EXPECT_TRUE(test, mcg_in(p, "b"));
	for (i = 0; i < ARRAY_SIZE(t); i++)
		KUNIT_EXPECT_TRUE(test, mcg_in(t[i], "b"));
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "b", "usage_in_bytes"), 10 * PG);
	MCG_CHECK(test);

	/* the group is already there: no hook, nothing moves */
	KUNIT_EXPECT_EQ(test, mcg_move("b", "cgroup.procs", p->pid), 0);
	KUNIT_EXPECT_EQ(test, mc.moves, moves + 1);

	/* a non-owner thread through tasks: it moves, the charges stay */
	KUNIT_EXPECT_EQ(test, mcg_move("a", "tasks", t[0]->pid), 0);
	KUNIT_EXPECT_TRUE(test, mcg_in(t[0], "a"));
	KUNIT_EXPECT_EQ(test, mc.moves, moves + 1);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "b", "usage_in_bytes"), 10 * PG);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 0);
	/* its new mappings go to the owner's memcg */
	KUNIT_EXPECT_EQ(test, mcg_map(t[0], 1), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "b", "usage_in_bytes"), 11 * PG);
	MCG_CHECK(test);

	/* the owner through tasks: the charges follow it, once */
	KUNIT_EXPECT_EQ(test, mcg_move("a", "tasks", p->pid), 0);
	KUNIT_EXPECT_EQ(test, mc.moves, moves + 2);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 11 * PG);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "b", "usage_in_bytes"), 0);
	MCG_CHECK(test);

	/* the procs write with the leader already in a: 3.0's VM_BUG_ON */
	KUNIT_EXPECT_EQ(test, mcg_move("a", "cgroup.procs", p->pid), 0);
	KUNIT_EXPECT_EQ(test, mc.moves, moves + 2);
	for (i = 0; i < ARRAY_SIZE(t); i++) {
		KUNIT_EXPECT_TRUE(test, mcg_in(t[i], "a"));
		put_task_struct(t[i]);
	}
	MCG_CHECK(test);
	cgk_reap(test, p);
	KUNIT_EXPECT_EQ(test, mcg_rmdir("a"), 0);
	KUNIT_EXPECT_EQ(test, mcg_rmdir("b"), 0);
}

/*
 * Without move_charge_at_immigrate nothing moves; charges of several
 * memcgs in one mm are uncharged from the right ones, newest first.
 */
static void memcg_records(struct kunit *test)
{
	struct task_struct *p;
	unsigned long moves = mc.moves;

	mcg_mkdir(test, "a");
	mcg_mkdir(test, "b");
	p = cgk_spawn(test);
	KUNIT_ASSERT_EQ(test, mcg_move("a", "cgroup.procs", p->pid), 0);
	KUNIT_EXPECT_EQ(test, mcg_map(p, 3), 0);
	KUNIT_ASSERT_EQ(test, mcg_move("b", "cgroup.procs", p->pid), 0);
	KUNIT_EXPECT_EQ(test, mc.moves, moves);
	KUNIT_EXPECT_EQ(test, mcg_map(p, 2), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 3 * PG);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "b", "usage_in_bytes"), 2 * PG);
	KUNIT_EXPECT_EQ(test, mcg_unmap(p, 3), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 2 * PG);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "b", "usage_in_bytes"), 0);
	MCG_CHECK(test);
	/* the owner moves back with move_charge: only b's part would move */
	KUNIT_EXPECT_EQ(test, mcg_map(p, 4), 0);
	KUNIT_EXPECT_EQ(test, mcg_set("a", "memory.move_charge_at_immigrate",
				      "1"), 0);
	KUNIT_ASSERT_EQ(test, mcg_move("a", "cgroup.procs", p->pid), 0);
	KUNIT_EXPECT_EQ(test, mc.moves, moves + 1);
	KUNIT_EXPECT_EQ(test, mc.moved_pages >= 4, true);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 6 * PG);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "b", "usage_in_bytes"), 0);
	MCG_CHECK(test);
	cgk_reap(test, p);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 0);
	KUNIT_EXPECT_EQ(test, mcg_rmdir("a"), 0);
	KUNIT_EXPECT_EQ(test, mcg_rmdir("b"), 0);
}

/*
 * memory.txt 6.1: the target cannot take the precharge: ENOMEM, no
 * thread moved, no charge moved, the precharge undone, failcnt counted.
 */
static void memcg_move_charge_no_room(struct kunit *test)
{
	struct task_struct *p, *t[2];
	unsigned long moves = mc.moves;
	int i;

	mcg_mkdir(test, "a");
	mcg_mkdir(test, "b");
	KUNIT_EXPECT_EQ(test, mcg_set("b", "memory.move_charge_at_immigrate",
				      "1"), 0);
	KUNIT_EXPECT_EQ(test, mcg_set("b", "memory.limit_in_bytes", "16k"), 0);
	p = cgk_spawn(test);
	KUNIT_ASSERT_EQ(test, mcg_move("a", "cgroup.procs", p->pid), 0);
	for (i = 0; i < ARRAY_SIZE(t); i++)
		t[i] = cgk_thread(test, p, 0);
	KUNIT_EXPECT_EQ(test, mcg_map(p, 10), 0);

	KUNIT_EXPECT_EQ(test, mcg_move("b", "cgroup.procs", p->pid), -ENOMEM);
	KUNIT_EXPECT_TRUE(test, mcg_in(p, "a"));
	for (i = 0; i < ARRAY_SIZE(t); i++)
		KUNIT_EXPECT_TRUE(test, mcg_in(t[i], "a"));
	KUNIT_EXPECT_EQ(test, mc.moves, moves);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 10 * PG);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "b", "usage_in_bytes"), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "b", "failcnt"), 1);
	MCG_CHECK(test);

	/* the same through tasks, with the owner */
	KUNIT_EXPECT_EQ(test, mcg_move("b", "tasks", p->pid), -ENOMEM);
	KUNIT_EXPECT_TRUE(test, mcg_in(p, "a"));
	/* a non-owner thread moves: nothing to precharge */
	KUNIT_EXPECT_EQ(test, mcg_move("b", "tasks", t[0]->pid), 0);
	KUNIT_EXPECT_TRUE(test, mcg_in(t[0], "b"));
	KUNIT_EXPECT_EQ(test, mcg_val(test, "b", "usage_in_bytes"), 0);
	MCG_CHECK(test);

	/* with room, the immediate retry succeeds */
	KUNIT_EXPECT_EQ(test, mcg_set("b", "memory.limit_in_bytes", "-1"), 0);
	KUNIT_EXPECT_EQ(test, mcg_move("b", "cgroup.procs", p->pid), 0);
	KUNIT_EXPECT_EQ(test, mc.moves, moves + 1);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "b", "usage_in_bytes"), 10 * PG);
	for (i = 0; i < ARRAY_SIZE(t); i++)
		put_task_struct(t[i]);
	cgk_reap(test, p);
	KUNIT_EXPECT_EQ(test, mcg_rmdir("a"), 0);
	KUNIT_EXPECT_EQ(test, mcg_rmdir("b"), 0);
}

struct mcg_eintr {
	pid_t target;
	long ret;
};

/* the writer has a fatal signal pending when it writes */
static long mcg_eintr_fn(void *arg)
{
	struct mcg_eintr *e = arg;

	ksys_kill(ksys_getpid(), SIGKILL);
	e->ret = mcg_move("b", "cgroup.procs", e->target);
	return 0;
}

/* memory.txt 6.1: interrupted precharge: EINTR, nothing moved. */
static void memcg_move_charge_eintr(struct kunit *test)
{
	struct task_struct *p, *w;
	struct mcg_eintr e;
	int status;

	mcg_mkdir(test, "a");
	mcg_mkdir(test, "b");
	KUNIT_EXPECT_EQ(test, mcg_set("b", "memory.move_charge_at_immigrate",
				      "1"), 0);
	p = cgk_spawn(test);
	w = cgk_spawn(test);
	KUNIT_ASSERT_EQ(test, mcg_move("a", "cgroup.procs", p->pid), 0);
	KUNIT_EXPECT_EQ(test, mcg_map(p, 3), 0);
	e.target = p->pid;
	e.ret = 1;
	task_call(w, mcg_eintr_fn, &e);
	KUNIT_EXPECT_EQ(test, e.ret, -EINTR);
	KUNIT_EXPECT_TRUE(test, mcg_in(p, "a"));
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 3 * PG);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "b", "usage_in_bytes"), 0);
	MCG_CHECK(test);
	KUNIT_EXPECT_EQ(test, kernel_wait4(w->pid, &status, __WALL), w->pid);
	put_task_struct(w);
	cgk_reap(test, p);
	KUNIT_EXPECT_EQ(test, mcg_rmdir("a"), 0);
	KUNIT_EXPECT_EQ(test, mcg_rmdir("b"), 0);
}

/*
 * memory.txt 6.2: the owner exits its mm and a live thread takes over; the
 * leader is then a zombie with no mm.  A procs move, by the zombie's tgid,
 * still moves the process's charges, once, from the new owner's memcg (3.0
 * asked the leader for its mm and moved nothing).
 */
static void memcg_move_charge_zombie_leader(struct kunit *test)
{
	struct task_struct *p, *t;
	unsigned long moves = mc.moves;

	mcg_mkdir(test, "a");
	mcg_mkdir(test, "b");
	KUNIT_EXPECT_EQ(test, mcg_set("b", "memory.move_charge_at_immigrate",
				      "1"), 0);
	p = cgk_spawn(test);
	KUNIT_ASSERT_EQ(test, mcg_move("a", "cgroup.procs", p->pid), 0);
	t = cgk_thread(test, p, 0);
	KUNIT_EXPECT_EQ(test, mcg_map(p, 2), 0);
	KUNIT_EXPECT_PTR_EQ(test, READ_ONCE(t->mm->owner), p);
	KUNIT_EXPECT_EQ(test, cgk_as_exit(p), 0);
	KUNIT_EXPECT_PTR_EQ(test, READ_ONCE(t->mm->owner), t);
	KUNIT_EXPECT_EQ(test, mcg_move("b", "cgroup.procs", p->pid), 0);
	KUNIT_EXPECT_TRUE(test, mcg_in(t, "b"));
	KUNIT_EXPECT_EQ(test, mc.moves, moves + 1);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "b", "usage_in_bytes"), 2 * PG);
	/* new mappings go to the new owner's memcg */
	KUNIT_EXPECT_EQ(test, mcg_map(t, 1), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "b", "usage_in_bytes"), 3 * PG);
	MCG_CHECK(test);
	/* the last thread exits: everything is uncharged */
	KUNIT_EXPECT_EQ(test, cgk_as_exit(t), 0);
	put_task_struct(t);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "b", "usage_in_bytes"), 0);
	MCG_CHECK(test);
	cgk_reap(test, p);
	KUNIT_EXPECT_EQ(test, mcg_rmdir("a"), 0);
	KUNIT_EXPECT_EQ(test, mcg_rmdir("b"), 0);
}

static long mcg_exec_fn(void *arg)
{
	return ksys_execve("/bin/" CGK_COMM "-exec");
}

/*
 * memory.txt 6.2: a thread execs after a procs write took its snapshot, so
 * the hooks get the old leader, which de_thread() released: it has no mm,
 * and the process runs on the new program's mm, owned by the thread that
 * exec'ed.  can_attach and attach are called here as cgroup_attach_proc()
 * calls them then (no hook of another subsystem runs before memcg's
 * can_attach, so no real write can put the exec there): the new mm's
 * charges move, once (3.0: none, the leader had no mm).
 */
static void memcg_move_charge_exec_replaced(struct kunit *test)
{
	struct cgroup_subsys *ss = &mem_cgroup_subsys;
	struct task_struct *t[3];
	struct cgroup *a, *b;
	unsigned long moves;
	pid_t tgid;

	mcg_mkdir(test, "a");
	mcg_mkdir(test, "b");
	KUNIT_EXPECT_EQ(test, mcg_set("b", "memory.move_charge_at_immigrate",
				      "1"), 0);
	a = cgk_cgroup(test, MCG_ROOT "/a");
	b = cgk_cgroup(test, MCG_ROOT "/b");
	cgk_spawn_group(test, t, 3);
	tgid = task_tgid_vnr(t[0]);
	KUNIT_ASSERT_EQ(test, mcg_move("a", "cgroup.procs", tgid), 0);
	KUNIT_EXPECT_EQ(test, mcg_map(t[0], 2), 0);
	KUNIT_ASSERT_EQ(test, task_call(t[2], mcg_exec_fn, NULL), 0L);
	KUNIT_ASSERT_TRUE(test, thread_group_leader(t[2]));
	KUNIT_EXPECT_NULL(test, READ_ONCE(t[0]->mm));
	KUNIT_EXPECT_EQ(test, mcg_map(t[2], 3), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 3 * PG);

	moves = mc.moves;
	cgroup_lock();
	KUNIT_EXPECT_EQ(test, ss->can_attach(ss, b, t[0]), 0);
	ss->attach(ss, b, a, t[0]);
	cgroup_unlock();
	KUNIT_EXPECT_EQ(test, mc.moves, moves + 1);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 0);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "b", "usage_in_bytes"), 3 * PG);
	MCG_CHECK(test);

	cgk_put_tasks(t, 2);
	cgk_reap(test, t[2]);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "b", "usage_in_bytes"), 0);
	MCG_CHECK(test);
	KUNIT_EXPECT_EQ(test, mcg_rmdir("a"), 0);
	KUNIT_EXPECT_EQ(test, mcg_rmdir("b"), 0);
}

/*
 * Fail each allocation of mmap, fork, mkdir and the procs path in turn:
 * -ENOMEM, nothing charged or moved, no leak, the invariant holds.
 */
static void memcg_fault_sweep(struct kunit *test)
{
	struct mcg_map_args a = { .npages = 3 };
	struct task_struct *p;
	unsigned long moves;
	int nth, failures;
	long ret, live;
	u64 usage;

	mcg_mkdir(test, "a");
	mcg_mkdir(test, "b");
	KUNIT_EXPECT_EQ(test, mcg_set("b", "memory.move_charge_at_immigrate",
				      "1"), 0);
	p = cgk_spawn(test);
	KUNIT_ASSERT_EQ(test, mcg_move("a", "cgroup.procs", p->pid), 0);
	KUNIT_EXPECT_EQ(test, mcg_map(p, 2), 0);

	for (nth = 1, failures = 0; nth < 64; nth++) {
		a.nth = nth;
		ret = task_call(p, mcg_map_fn, &a);
		if (!ret)
			break;
		failures++;
		KUNIT_EXPECT_EQ(test, ret, -ENOMEM);
		KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"),
				2 * PG);
		MCG_CHECK(test);
	}
	KUNIT_EXPECT_GE(test, failures, 1);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 5 * PG);

	for (nth = 1, failures = 0; nth < 256; nth++) {
		ret = cgk_as_clone_nth(p, 0, nth);
		if (ret > 0) {
			KUNIT_EXPECT_EQ(test, mcg_val(test, "a",
						      "usage_in_bytes"),
					10 * PG);
			cgk_reap_child(test, p, ret);
			break;
		}
		failures++;
		KUNIT_EXPECT_EQ(test, ret, -ENOMEM);
		KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"),
				5 * PG);
		MCG_CHECK(test);
	}
	KUNIT_EXPECT_GE(test, failures, 2);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 5 * PG);

	for (nth = 1, failures = 0; nth < 64; nth++) {
		live = kunit_live_objects();
		fail_nth_set(nth);
		ret = ksys_mkdir(MCG_ROOT "/c", 0755);
		fail_nth_set(0);
		if (!ret)
			break;
		failures++;
		KUNIT_EXPECT_EQ(test, ret, -ENOMEM);
		KUNIT_EXPECT_EQ(test, kunit_live_objects(), live);
		MCG_CHECK(test);
	}
	KUNIT_EXPECT_GE(test, failures, 2);
	KUNIT_EXPECT_EQ(test, mcg_rmdir("c"), 0);

	usage = mcg_val(test, "a", "usage_in_bytes");
	for (nth = 1, failures = 0; nth < 64; nth++) {
		moves = mc.moves;
		fail_nth_set(nth);
		ret = mcg_move("b", "cgroup.procs", p->pid);
		fail_nth_set(0);
		if (!ret)
			break;
		failures++;
		KUNIT_EXPECT_EQ(test, ret, -ENOMEM);
		KUNIT_EXPECT_TRUE(test, mcg_in(p, "a"));
		KUNIT_EXPECT_EQ(test, mc.moves, moves);
		KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"),
				usage);
		KUNIT_EXPECT_EQ(test, mcg_val(test, "b", "usage_in_bytes"), 0);
		MCG_CHECK(test);
	}
	KUNIT_EXPECT_GE(test, failures, 1);
	KUNIT_EXPECT_TRUE(test, mcg_in(p, "b"));
	KUNIT_EXPECT_EQ(test, mc.moves, moves + 1);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "b", "usage_in_bytes"), usage);
	KUNIT_EXPECT_EQ(test, mcg_val(test, "a", "usage_in_bytes"), 0);
	MCG_CHECK(test);
	cgk_reap(test, p);
	KUNIT_EXPECT_EQ(test, mcg_rmdir("a"), 0);
	KUNIT_EXPECT_EQ(test, mcg_rmdir("b"), 0);
}

static struct kunit_case memcg_cases[] = {
	KUNIT_CASE(memcg_files),
	KUNIT_CASE(memcg_map_limit),
	KUNIT_CASE(memcg_fork_exit),
	KUNIT_CASE(memcg_hierarchy),
	KUNIT_CASE(memcg_force_empty),
	KUNIT_CASE(memcg_records),
	KUNIT_CASE(memcg_move_charge_once),
	KUNIT_CASE(memcg_move_charge_no_room),
	KUNIT_CASE(memcg_move_charge_eintr),
	KUNIT_CASE(memcg_move_charge_zombie_leader),
	KUNIT_CASE(memcg_move_charge_exec_replaced),
	KUNIT_CASE(memcg_fault_sweep),
	{}
};

static struct kunit_suite memcg_suite = {
	.name = "memcg",
	.init = mcg_init,
	.exit = mcg_exit,
	.test_cases = memcg_cases,
};

kunit_test_suite(memcg_suite);

/*
 * The contract (kernel/cgroup_contract_test.c): each memcg's usage, pages
 * and move setting; at the top, the charge move in progress (mc), which
 * must be empty between two moves.  With move_charge_at_immigrate, a move
 * precharges the target in can_attach, which cancel_attach must give back.
 */
static void mem_cgroup_contract_snapshot(struct cgk_state *st,
					 struct cgroup_subsys *ss,
					 struct cgroup *cgrp,
					 struct task_struct *tsk)
{
	struct mem_cgroup *memcg;

	if (!cgrp)
		return;
	memcg = mem_cgroup_from_cont(cgrp);
	spin_lock(&memcg_charge_lock);
	cgk_state_printf(st, "usage %llu pages %lu move %lu",
			 res_counter_read_u64(&memcg->res, RES_USAGE),
			 memcg->nr_pages, memcg->move_charge_at_immigrate);
	if (!cgrp->parent)
		cgk_state_printf(st, " mc: to %s from %s precharge %lu mm %s spare %s",
				 mc.to ? mc.to->css.cgroup->name : "-",
				 mc.from ? mc.from->css.cgroup->name : "-",
				 mc.precharge, mc.mm ? "set" : "-",
				 mc.spare ? "set" : "-");
	spin_unlock(&memcg_charge_lock);
}

static const struct cgk_setting mem_cgroup_contract_modes[] = {
	{ "memory.move_charge_at_immigrate", "3", "0" },
	{ }
};

/* memory.txt 3.1: "any write resets it", "write (anything)" */
static const char *const mem_cgroup_contract_triggers[] = {
	"memory.max_usage_in_bytes",
	"memory.failcnt",
	"memory.force_empty",
	NULL
};

CGROUP_CONTRACT(mem_cgroup, .snapshot = mem_cgroup_contract_snapshot,
		.modes = mem_cgroup_contract_modes,
		.triggers = mem_cgroup_contract_triggers);
