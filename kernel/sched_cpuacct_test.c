// SPDX-License-Identifier: GPL-2.0
/*
 * sched_cpuacct_test.c - KUnit suite cpuacct: CPU accounting of system
 * calls (kernel/sched_cpuacct.c, included here to reach its state).
 *
 * Every case mounts a hierarchy with "cpuacct" at /tmp/cpuacct_cg,
 * moves test processes with write(2) on tasks and cgroup.procs, makes
 * them run system calls with task_call() and reads cpuacct.* back.
 * Values are compared with each other (a parent's usage covers its
 * children's), never with a time.  The last case measures what the
 * charge costs per task_call() and logs it (no assertion on it).
 *
 * Locks taken and their ordering: those of the code under test.
 */
#include "sched_cpuacct.c"

#define SGT_MNT		"/tmp/cpuacct_cg"
#include "sched_test.h"

#define CAT_CALLS	1000

static u64 cat_usage(struct kunit *test, const char *dir)
{
	char file[SGT_BUF];
	unsigned long long v;

	snprintf(file, sizeof(file), "%s%scpuacct.usage", dir,
		 *dir ? "/" : "");
	KUNIT_EXPECT_EQ(test, kstrtoull(strim(sgt_read(test, file)), 10, &v),
			0);
	return v;
}

static void cat_reset(struct kunit *test, const char *dir)
{
	char file[SGT_BUF];

	snprintf(file, sizeof(file), "%s%scpuacct.usage", dir,
		 *dir ? "/" : "");
	sgt_expect_write(test, file, "0");
}

static long cat_getpid_fn(void *arg)
{
	return ksys_getpid();
}

/* @n system calls as @tsk */
static void cat_calls(struct kunit *test, struct task_struct *tsk, int n)
{
	int i;

	for (i = 0; i < n; i++)
		KUNIT_ASSERT_EQ(test, task_call(tsk, cat_getpid_fn, NULL),
				(long)task_tgid_vnr(tsk));
}

static struct cpuacct *cat_dir_ca(struct kunit *test, const char *path)
{
	return cgroup_ca(cgk_cgroup(test, path));
}

/* Charges go to the group and all its ancestors, not to siblings. */
static void cpuacct_usage_hierarchical(struct kunit *test)
{
	struct task_struct *t[2];
	u64 b, a, c;

	cgk_mount(test, SGT_MNT, "cpuacct");
	cgk_mkdir(test, SGT_MNT "/a");
	cgk_mkdir(test, SGT_MNT "/a/b");
	cgk_mkdir(test, SGT_MNT "/c");
	cgk_spawn_group(test, t, 2);
	KUNIT_EXPECT_GT(test, sgt_write_id("a/b/cgroup.procs",
					   task_tgid_vnr(t[0])), 0L);
	cat_reset(test, "a/b");
	cat_reset(test, "a");
	cat_reset(test, "c");
	KUNIT_EXPECT_EQ(test, cat_usage(test, "a/b"), 0ULL);

	cat_calls(test, t[1], CAT_CALLS);
	b = cat_usage(test, "a/b");
	a = cat_usage(test, "a");
	c = cat_usage(test, "c");
	KUNIT_EXPECT_GT(test, b, 0ULL);
	/* only a/b's tasks charge a: exactly the same sum */
	KUNIT_EXPECT_EQ(test, a, b);
	KUNIT_EXPECT_GE(test, cat_usage(test, ""), a);
	KUNIT_EXPECT_EQ(test, c, 0ULL);

	/* a task of the parent itself charges the parent only */
	KUNIT_EXPECT_GT(test, sgt_write_id("a/tasks", task_pid_vnr(t[1])), 0L);
	cat_calls(test, t[1], CAT_CALLS);
	KUNIT_EXPECT_EQ(test, cat_usage(test, "a/b"), b);
	KUNIT_EXPECT_GT(test, cat_usage(test, "a"), a);
	KUNIT_EXPECT_EQ(test, cat_usage(test, "c"), 0ULL);

	cgk_reap_group(test, t, 2);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(SGT_MNT "/a/b"), 0L);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(SGT_MNT "/a"), 0L);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(SGT_MNT "/c"), 0L);
	cgk_umount(test, SGT_MNT);
}

/* After a move (tasks, then procs) the charges follow the task. */
static void cpuacct_follows_moved_task(struct kunit *test)
{
	struct task_struct *t[3];
	u64 a;

	cgk_mount(test, SGT_MNT, "cpuacct");
	cgk_mkdir(test, SGT_MNT "/a");
	cgk_mkdir(test, SGT_MNT "/b");
	cgk_spawn_group(test, t, 3);
	KUNIT_EXPECT_GT(test, sgt_write_id("a/cgroup.procs",
					   task_tgid_vnr(t[0])), 0L);
	cat_calls(test, t[2], CAT_CALLS);
	a = cat_usage(test, "a");
	KUNIT_EXPECT_GT(test, a, 0ULL);
	KUNIT_EXPECT_EQ(test, cat_usage(test, "b"), 0ULL);

	KUNIT_EXPECT_GT(test, sgt_write_id("b/tasks", task_pid_vnr(t[2])), 0L);
	cat_calls(test, t[2], CAT_CALLS);
	KUNIT_EXPECT_EQ(test, cat_usage(test, "a"), a);
	KUNIT_EXPECT_GT(test, cat_usage(test, "b"), 0ULL);

	cat_reset(test, "b");
	KUNIT_EXPECT_GT(test, sgt_write_id("b/cgroup.procs",
					   task_tgid_vnr(t[0])), 0L);
	cat_calls(test, t[1], CAT_CALLS);
	KUNIT_EXPECT_EQ(test, cat_usage(test, "a"), a);
	KUNIT_EXPECT_GT(test, cat_usage(test, "b"), 0ULL);

	cgk_reap_group(test, t, 3);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(SGT_MNT "/a"), 0L);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(SGT_MNT "/b"), 0L);
	cgk_umount(test, SGT_MNT);
}

/* cpuacct.usage takes only 0; usage_percpu adds up; stat's format. */
static void cpuacct_file_rules(struct kunit *test)
{
	struct task_struct *t[1];
	unsigned long long sum = 0, v;
	char want[64];
	char *list, *p, *end;
	unsigned int n = 0;

	cgk_mount(test, SGT_MNT, "cpuacct");
	cgk_mkdir(test, SGT_MNT "/a");
	cgk_spawn_group(test, t, 1);
	KUNIT_EXPECT_GT(test, sgt_write_id("a/tasks", task_pid_vnr(t[0])), 0L);
	cat_calls(test, t[0], CAT_CALLS);
	v = cat_usage(test, "a");
	KUNIT_EXPECT_GT(test, v, 0ULL);

	sgt_expect_refused(test, "a/cpuacct.usage", "5", -EINVAL);
	sgt_expect_refused(test, "a/cpuacct.usage", "-1", -EINVAL);
	sgt_expect_refused(test, "a/cpuacct.usage", "x", -EINVAL);

	/* one number per CPU, then a newline; they add up to usage */
	list = sgt_read(test, "a/cpuacct.usage_percpu");
	for (p = list; *p && *p != '\n'; p = end + 1) {
		end = strchr(p, ' ');
		KUNIT_ASSERT_NOT_NULL(test, end);
		*end = '\0';
		KUNIT_EXPECT_EQ(test, kstrtoull(p, 10, &v), 0);
		sum += v;
		n++;
	}
	KUNIT_EXPECT_STREQ(test, p, "\n");
	KUNIT_EXPECT_EQ(test, n, nr_cpu_ids);
	KUNIT_EXPECT_EQ(test, sum, cat_usage(test, "a"));

	/* user is always 0; system is usage in USER_HZ ticks, never reset */
	list = sgt_read(test, "a/cpuacct.stat");
	snprintf(want, sizeof(want), "user 0\nsystem %llu\n",
		 sum / (NSEC_PER_SEC / USER_HZ));
	KUNIT_EXPECT_STREQ(test, list, want);

	cat_reset(test, "a");
	KUNIT_EXPECT_EQ(test, cat_usage(test, "a"), 0ULL);
	KUNIT_EXPECT_STREQ(test, sgt_read(test, "a/cpuacct.stat"), list);

	cgk_reap_group(test, t, 1);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(SGT_MNT "/a"), 0L);
	cgk_umount(test, SGT_MNT);
}

/* fail_nth on mkdir of a cpuacct cgroup: ENOMEM, nothing made, no leak */
static void cpuacct_mkdir_faults(struct kunit *test)
{
	cgk_mount(test, SGT_MNT, "cpuacct");
	cgk_mkdir_faults(test, SGT_MNT "/a");
	KUNIT_EXPECT_PTR_EQ(test, cat_dir_ca(test, SGT_MNT "/a")->parent,
			    &root_cpuacct);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(SGT_MNT "/a"), 0L);
	cgk_umount(test, SGT_MNT);
}

/* A task leaves its group and removes it inside one system call. */
static long cat_rmdir_fn(void *arg)
{
	struct task_struct *tsk = arg;
	char buf[16];

	/* leave a and remove it from inside the call, as @tsk */
	snprintf(buf, sizeof(buf), "%d", task_pid_vnr(tsk));
	if (sgt_write("tasks", buf) <= 0)
		return -EIO;
	return ksys_rmdir(SGT_MNT "/a");
}

static void cpuacct_group_removed_during_call(struct kunit *test)
{
	struct task_struct *t[1];

	cgk_mount(test, SGT_MNT, "cpuacct");
	cgk_mkdir(test, SGT_MNT "/a");
	cgk_spawn_group(test, t, 1);
	KUNIT_EXPECT_GT(test, sgt_write_id("a/tasks", task_pid_vnr(t[0])), 0L);
	KUNIT_EXPECT_EQ(test, task_call(t[0], cat_rmdir_fn, t[0]), 0L);
	cat_calls(test, t[0], 10);
	cgk_reap_group(test, t, 1);
	cgk_umount(test, SGT_MNT);
}

/*
 * What the charge costs: a tight loop of trivial task_call()s, and the
 * charge alone (two clock reads and the walk) at depth 1 and 3.  Logged
 * only; no assertion on a time.
 */
static long cat_nop_fn(void *arg)
{
	return 0;
}

enum cat_loop { CAT_TASK_CALL, CAT_CLOCK, CAT_CHARGE, CAT_NR_LOOPS };

/* ns per iteration of loop @which, the best of a few runs */
static u64 cat_loop_ns(struct task_struct *tsk, enum cat_loop which)
{
	const int n = 50000, runs = 5;
	u64 best = U64_MAX;
	int i, r;

	for (r = 0; r < runs; r++) {
		u64 start = ktime_get_ns();

		for (i = 0; i < n; i++) {
			switch (which) {
			case CAT_TASK_CALL:
				task_call(tsk, cat_nop_fn, NULL);
				break;
			case CAT_CLOCK:
				ktime_get_ns();
				break;
			default:
				cpuacct_call_end(tsk, cpuacct_call_start());
				break;
			}
		}
		best = min_t(u64, best, (ktime_get_ns() - start) / n);
	}
	return best;
}

static void cpuacct_call_cost(struct kunit *test)
{
	struct task_struct *t[1];
	u64 calls, clock, charge_root, charge_deep;

	cgk_mount(test, SGT_MNT, "cpuacct");
	cgk_mkdir(test, SGT_MNT "/a");
	cgk_mkdir(test, SGT_MNT "/a/b");
	cgk_spawn_group(test, t, 1);

	calls = cat_loop_ns(t[0], CAT_TASK_CALL);
	clock = cat_loop_ns(t[0], CAT_CLOCK);
	charge_root = cat_loop_ns(t[0], CAT_CHARGE);
	KUNIT_EXPECT_GT(test, sgt_write_id("a/b/tasks", task_pid_vnr(t[0])),
			0L);
	charge_deep = cat_loop_ns(t[0], CAT_CHARGE);

	kunit_info(test,
		   "cpuacct: task_call() %llu ns (charge included); clock read %llu ns; charge (2 clock reads + walk) %llu ns at depth 1, %llu ns at depth 3\n",
		   (unsigned long long)calls, (unsigned long long)clock,
		   (unsigned long long)charge_root,
		   (unsigned long long)charge_deep);
	KUNIT_EXPECT_GT(test, cat_usage(test, "a/b"), 0ULL);

	cgk_reap_group(test, t, 1);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(SGT_MNT "/a/b"), 0L);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(SGT_MNT "/a"), 0L);
	cgk_umount(test, SGT_MNT);
}

static struct kunit_case cpuacct_cases[] = {
	KUNIT_CASE(cpuacct_usage_hierarchical),
	KUNIT_CASE(cpuacct_follows_moved_task),
	KUNIT_CASE(cpuacct_file_rules),
	KUNIT_CASE(cpuacct_mkdir_faults),
	KUNIT_CASE(cpuacct_group_removed_during_call),
	KUNIT_CASE(cpuacct_call_cost),
	{}
};

static struct kunit_suite cpuacct_suite = {
	.name = "cpuacct",
	.test_cases = cpuacct_cases,
};

kunit_test_suite(cpuacct_suite);

/*
 * The contract (kernel/cgroup_contract_test.c): where a cgroup's usage
 * goes up to (its parent).  The usage itself grows with every system
 * call, so it is not state the contract compares; nothing per task.
 */
static void cpuacct_contract_snapshot(struct cgk_state *st,
				      struct cgroup_subsys *ss,
				      struct cgroup *cgrp,
				      struct task_struct *tsk)
{
	struct cpuacct *ca;

	if (!cgrp)
		return;
	ca = cgroup_ca(cgrp);
	cgk_state_printf(st, "parent %s",
			 !ca->parent ? "-" :
			 ca->parent == &root_cpuacct ? "/" :
			 ca->parent->css.cgroup->name);
}

CGROUP_CONTRACT(cpuacct, .snapshot = cpuacct_contract_snapshot);
