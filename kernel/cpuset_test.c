// SPDX-License-Identifier: GPL-2.0
/*
 * cpuset_test.c - KUnit suite "cpuset": the cpuset controller through
 * its files and through tasks/cgroup.procs writes (the real VFS paths:
 * ksys_open/ksys_write on a mounted cpuset hierarchy).
 *
 * It #includes cpuset.c to read the masks and statics directly.  Every
 * case mounts its own hierarchy with -o cpuset, removes what it made and
 * unmounts; processes are made and reaped with the cgroup KUnit harness
 * (cgroup_kunit.h).  The refusals and the procs move of cpusets.txt
 * section 3 and the 1,000-thread procs move (every mask changed, the mm
 * rebound once) are here.
 *
 * Locks: the ones cpuset.c takes; the helpers take none of their own.
 */
#include "cpuset.c"

#include <kunit/test.h>
#include <linux/memcontrol.h>
#include <linux/fault-inject.h>
#include <linux/fcntl.h>
#include <linux/fs.h>
#include <linux/kthread.h>
#include <linux/signal.h>
#include <linux/syscalls.h>
#include <linux/spawn.h>
#include <linux/delay.h>
#include "cgroup_kunit.h"
#include "cgroup_mock.h"

#define CST_MNT		"/dev/cpuset_test"
#define CST_BUF		512

/* ------------------------------------------------------------------ */
/* Helpers */

static struct cpuset *cst_task_cs(struct task_struct *tsk)
{
	struct cpuset *cs;

	rcu_read_lock();
	cs = task_cs(tsk);
	rcu_read_unlock();
	return cs;
}

static void cst_task_masks(struct task_struct *tsk, cpumask_t *cpus,
			   nodemask_t *mems)
{
	task_lock(tsk);
	cpumask_copy(cpus, &tsk->cpus_allowed);
	*mems = tsk->mems_allowed;
	task_unlock(tsk);
}

/* __cst_task_in() - cst_task_in() with task_lock(@tsk) held */
static bool __cst_task_in(struct task_struct *tsk, struct cpuset *cs)
	__must_hold(&tsk->alloc_lock)
{
	cpumask_t want;

	if (task_cs(tsk) != cs)
		return false;
	cpuset_task_cpus(cs, &want);
	return cpumask_equal(&tsk->cpus_allowed, &want) &&
	       nodes_equal(tsk->mems_allowed,
			   cs == &top_cpuset ? node_possible_map :
			   cs->mems_allowed);
}

/* Is @tsk in @cs with exactly @cs's masks? */
static bool cst_task_in(struct task_struct *tsk, struct cpuset *cs)
{
	bool in;

	task_lock(tsk);
	in = __cst_task_in(tsk, cs);
	task_unlock(tsk);
	return in;
}

/* The cpuset of the directory @path of the test hierarchy. */
static struct cpuset *cst_cs(struct kunit *test, const char *name)
{
	struct cgroup *top = top_cpuset.css.cgroup, *child;
	struct cpuset *cs = NULL;

	cgroup_lock();
	list_for_each_entry(child, &top->children, sibling) {
		if (!strcmp(child->name, name))
			cs = cgroup_cs(child);
	}
	cgroup_unlock();
	KUNIT_ASSERT_NOT_NULL(test, cs);
	return cs;
}

/* ------------------------------------------------------------------ */
/* cpuset files */

static void cpuset_files_defaults(struct kunit *test)
{
	char want[64];

	cgk_mount(test, CST_MNT, "cpuset");
	cgk_mkdir(test, CST_MNT "/a");
	snprintf(want, sizeof(want), "0-%u\n", nr_cpu_ids - 1);
	cgk_expect_file(test, CST_MNT "/cpuset.cpus", want);
	snprintf(want, sizeof(want), "0-%u\n", nr_node_ids - 1);
	cgk_expect_file(test, CST_MNT "/cpuset.mems", want);
	cgk_expect_file(test, CST_MNT "/cpuset.cpu_exclusive", "1\n");
	cgk_expect_file(test, CST_MNT "/cpuset.memory_pressure_enabled",
			"0\n");
	/* a new cpuset starts empty */
	cgk_expect_file(test, CST_MNT "/a/cpuset.cpus", "\n");
	cgk_expect_file(test, CST_MNT "/a/cpuset.mems", "\n");
	cgk_expect_file(test, CST_MNT "/a/cpuset.cpu_exclusive", "0\n");
	cgk_expect_file(test, CST_MNT "/a/cpuset.sched_load_balance", "1\n");
	cgk_expect_file(test, CST_MNT "/a/cpuset.memory_migrate", "0\n");
	cgk_expect_file(test, CST_MNT "/a/cpuset.sched_relax_domain_level",
			"-1\n");
	cgk_expect_file(test, CST_MNT "/a/cpuset.memory_pressure", "0\n");
	KUNIT_EXPECT_EQ(test, cgk_write(CST_MNT "/a/cpuset.memory_pressure_enabled",
					"1"), -ENOENT);
	cgk_expect_rmdir(test, CST_MNT "/a");
	cgk_umount(test, CST_MNT);
}

static void cpuset_files_list_syntax(struct kunit *test)
{
	static const char *const bad[] = {
		"abc", "0-", "-1", "1-0", "0-1x", "4", "0-4", "99",
	};
	unsigned int i;

	KUNIT_ASSERT_EQ(test, nr_cpu_ids, 4U);
	cgk_mount(test, CST_MNT, "cpuset");
	cgk_mkdir(test, CST_MNT "/a");
	KUNIT_EXPECT_EQ(test, cgk_write(CST_MNT "/a/cpuset.cpus", "0-1,3\n"),
			6L);
	cgk_expect_file(test, CST_MNT "/a/cpuset.cpus", "0-1,3\n");
	KUNIT_EXPECT_EQ(test, cgk_write(CST_MNT "/a/cpuset.mems", "0,2"), 3L);
	cgk_expect_file(test, CST_MNT "/a/cpuset.mems", "0,2\n");

	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		KUNIT_EXPECT_EQ_MSG(test,
				    cgk_write(CST_MNT "/a/cpuset.cpus", bad[i]),
				    -EINVAL, "cpus \"%s\"", bad[i]);
		KUNIT_EXPECT_EQ_MSG(test,
				    cgk_write(CST_MNT "/a/cpuset.mems", bad[i]),
				    -EINVAL, "mems \"%s\"", bad[i]);
	}
	/* nothing changed */
	cgk_expect_file(test, CST_MNT "/a/cpuset.cpus", "0-1,3\n");
	cgk_expect_file(test, CST_MNT "/a/cpuset.mems", "0,2\n");

	/* the top cpuset is the machine: read-only (2.6.38: EACCES) */
	KUNIT_EXPECT_EQ(test, cgk_write(CST_MNT "/cpuset.cpus", "0"), -EACCES);
	KUNIT_EXPECT_EQ(test, cgk_write(CST_MNT "/cpuset.mems", "0"), -EACCES);

	/* an empty write empties an unpopulated cpuset */
	KUNIT_EXPECT_EQ(test, cgk_write(CST_MNT "/a/cpuset.cpus", "\n"), 1L);
	cgk_expect_file(test, CST_MNT "/a/cpuset.cpus", "\n");

	KUNIT_EXPECT_EQ(test, cgk_write(CST_MNT "/a/cpuset.sched_relax_domain_level",
					"7"), -EINVAL);
	KUNIT_EXPECT_EQ(test, cgk_write(CST_MNT "/a/cpuset.sched_relax_domain_level",
					"2"), 1L);
	cgk_expect_file(test, CST_MNT "/a/cpuset.sched_relax_domain_level",
			"2\n");
	cgk_expect_rmdir(test, CST_MNT "/a");
	cgk_umount(test, CST_MNT);
}

static void cpuset_files_parent_subset(struct kunit *test)
{
	cgk_mount(test, CST_MNT, "cpuset");
	cgk_mkdir(test, CST_MNT "/a");
	cgk_mkdir(test, CST_MNT "/a/b");
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.cpus", "0-1"), 0L);
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.mems", "1"), 0L);
	/* outside the parent's: EINVAL, nothing changes */
	KUNIT_EXPECT_EQ(test, cgk_write(CST_MNT "/a/b/cpuset.cpus", "1-2"),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, cgk_write(CST_MNT "/a/b/cpuset.mems", "0"),
			-EINVAL);
	cgk_expect_file(test, CST_MNT "/a/b/cpuset.cpus", "\n");
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/b/cpuset.cpus", "1"), 0L);
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/b/cpuset.mems", "1"), 0L);
	/* the parent may not shrink below a child: EBUSY */
	KUNIT_EXPECT_EQ(test, cgk_write(CST_MNT "/a/cpuset.cpus", "0"),
			-EBUSY);
	cgk_expect_file(test, CST_MNT "/a/cpuset.cpus", "0-1\n");
	/* exclusive only inside an exclusive parent */
	KUNIT_EXPECT_EQ(test, cgk_write(CST_MNT "/a/b/cpuset.cpu_exclusive",
					"1"), -EINVAL);
	cgk_expect_rmdir(test, CST_MNT "/a/b");
	cgk_expect_rmdir(test, CST_MNT "/a");
	cgk_umount(test, CST_MNT);
}

static void cpuset_files_exclusive(struct kunit *test)
{
	cgk_mount(test, CST_MNT, "cpuset");
	cgk_mkdir(test, CST_MNT "/a");
	cgk_mkdir(test, CST_MNT "/b");
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.cpus", "0-1"), 0L);
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.mems", "0"), 0L);
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.cpu_exclusive",
					"1"), 0L);
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.mem_exclusive",
					"1"), 0L);
	cgk_expect_file(test, CST_MNT "/a/cpuset.cpu_exclusive", "1\n");
	/* overlapping an exclusive sibling: EINVAL */
	KUNIT_EXPECT_EQ(test, cgk_write(CST_MNT "/b/cpuset.cpus", "1-2"),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, cgk_write(CST_MNT "/b/cpuset.mems", "0-1"),
			-EINVAL);
	cgk_expect_file(test, CST_MNT "/b/cpuset.cpus", "\n");
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/b/cpuset.cpus", "2-3"), 0L);
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/b/cpuset.mems", "1"), 0L);
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/b/cpuset.cpu_exclusive",
					"1"), 0L);
	/* an exclusive cpuset may not grow into a sibling */
	KUNIT_EXPECT_EQ(test, cgk_write(CST_MNT "/a/cpuset.cpus", "0-2"),
			-EINVAL);
	/* turning exclusive off is always allowed */
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/b/cpuset.cpu_exclusive",
					"0"), 0L);
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.cpu_exclusive",
					"0"), 0L);
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.cpus", "0-2"), 0L);
	/* and on again is refused while they overlap */
	KUNIT_EXPECT_EQ(test, cgk_write(CST_MNT "/a/cpuset.cpu_exclusive",
					"1"), -EINVAL);
	cgk_expect_file(test, CST_MNT "/a/cpuset.cpu_exclusive", "0\n");
	cgk_expect_rmdir(test, CST_MNT "/a");
	cgk_expect_rmdir(test, CST_MNT "/b");
	cgk_umount(test, CST_MNT);
}

static void cpuset_files_clone_children(struct kunit *test)
{
	cgk_mount(test, CST_MNT, "cpuset");
	cgk_mkdir(test, CST_MNT "/a");
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.cpus", "1-2"), 0L);
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.mems", "3"), 0L);
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cgroup.clone_children",
					"1"), 0L);
	cgk_mkdir(test, CST_MNT "/a/b");
	cgk_expect_file(test, CST_MNT "/a/b/cpuset.cpus", "1-2\n");
	cgk_expect_file(test, CST_MNT "/a/b/cpuset.mems", "3\n");
	cgk_expect_rmdir(test, CST_MNT "/a/b");
	cgk_expect_rmdir(test, CST_MNT "/a");
	cgk_umount(test, CST_MNT);
}

/* Every allocation of a write path fails once: -ENOMEM, nothing changes. */
static void cpuset_files_alloc_faults(struct kunit *test)
{
	static const struct {
		const char *file, *val, *before, *after;
	} w[] = {
		{ "cpuset.cpus", "2-3", "0-1\n", "2-3\n" },
		{ "cpuset.mems", "1", "0\n", "1\n" },
		{ "cpuset.memory_migrate", "1", "0\n", "1\n" },
	};
	char path[64];
	unsigned int i;

	cgk_mount(test, CST_MNT, "cpuset");
	cgk_mkdir(test, CST_MNT "/a");
	for (i = 0; i < ARRAY_SIZE(w); i++) {
		int nth, failed = 0;
		long ret, fd;

		snprintf(path, sizeof(path), CST_MNT "/a/%s", w[i].file);
		KUNIT_EXPECT_GT(test, cgk_write(path, w[i].before), 0L);
		for (nth = 1; nth < 20; nth++) {
			fd = ksys_open(path, O_WRONLY, 0);
			KUNIT_ASSERT_GE(test, fd, 0L);
			fail_nth_set(nth);
			ret = ksys_write(fd, w[i].val, strlen(w[i].val));
			fail_nth_set(0);
			ksys_close(fd);
			if (ret != -ENOMEM)
				break;
			failed++;
			cgk_expect_file(test, path, w[i].before);
		}
		KUNIT_EXPECT_EQ(test, ret, (long)strlen(w[i].val));
		KUNIT_EXPECT_GE_MSG(test, failed, 1, "%s", w[i].file);
		cgk_expect_file(test, path, w[i].after);
	}
	cgk_expect_rmdir(test, CST_MNT "/a");
	cgk_umount(test, CST_MNT);
}

/* mkdir under fault injection: a failure leaves no directory, no leak. */
static void cpuset_files_mkdir_faults(struct kunit *test)
{
	int nth, failed = 0;
	long ret;

	cgk_mount(test, CST_MNT, "cpuset");
	for (nth = 1; nth < 200; nth++) {
		fail_nth_set(nth);
		ret = ksys_mkdir(CST_MNT "/a", 0755);
		fail_nth_set(0);
		if (!ret)
			break;
		KUNIT_EXPECT_EQ(test, ret, -ENOMEM);
		KUNIT_EXPECT_EQ(test, ksys_rmdir(CST_MNT "/a"), -ENOENT);
		failed++;
	}
	KUNIT_EXPECT_EQ(test, ret, 0L);
	KUNIT_EXPECT_GE(test, failed, 1);
	cgk_expect_file(test, CST_MNT "/a/cpuset.cpus", "\n");
	cgk_expect_rmdir(test, CST_MNT "/a");
	cgk_umount(test, CST_MNT);
}

/* ------------------------------------------------------------------ */
/* Attach */

#define CST_THREADS	3

/* cpusets.txt 3: empty cpus or mems -> ENOSPC, every thread stays. */
static void cpuset_attach_empty_enospc(struct kunit *test)
{
	struct task_struct *leader, *threads[CST_THREADS];
	int i;

	cgk_mount(test, CST_MNT, "cpuset");
	cgk_mkdir(test, CST_MNT "/a");
	leader = cgk_spawn(test);
	cgk_threads(test, leader, threads, CST_THREADS);

	KUNIT_EXPECT_EQ(test, cgk_write_pid(CST_MNT "/a/cgroup.procs",
					    leader->pid), -ENOSPC);
	KUNIT_EXPECT_EQ(test, cgk_write_pid(CST_MNT "/a/tasks",
					    threads[0]->pid), -ENOSPC);
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.cpus", "1"), 0L);
	KUNIT_EXPECT_EQ(test, cgk_write_pid(CST_MNT "/a/cgroup.procs",
					    threads[1]->pid), -ENOSPC);
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.cpus", "\n"), 0L);
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.mems", "1"), 0L);
	KUNIT_EXPECT_EQ(test, cgk_write_pid(CST_MNT "/a/cgroup.procs",
					    leader->pid), -ENOSPC);

	KUNIT_EXPECT_TRUE(test, cst_task_in(leader, &top_cpuset));
	for (i = 0; i < CST_THREADS; i++)
		KUNIT_EXPECT_TRUE(test, cst_task_in(threads[i], &top_cpuset));
	cgk_expect_file(test, CST_MNT "/a/tasks", "");

	cgk_put_tasks(threads, CST_THREADS);
	cgk_reap(test, leader);
	cgk_expect_rmdir(test, CST_MNT "/a");
	cgk_umount(test, CST_MNT);
}

/*
 * A procs write under fault injection: every failure (-ENOMEM) leaves
 * every thread in the top cpuset with its masks; then it succeeds and
 * every thread has the new ones.
 */
static void cpuset_attach_alloc_faults(struct kunit *test)
{
	struct task_struct *leader, *threads[CST_THREADS];
	int i, nth, failed = 0, bad = 0;
	struct cpuset *cs;
	long ret, fd;
	char buf[16];

	cgk_mount(test, CST_MNT, "cpuset");
	cgk_mkdir(test, CST_MNT "/a");
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.cpus", "1"), 0L);
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.mems", "2"), 0L);
	cs = cst_cs(test, "a");
	leader = cgk_spawn(test);
	cgk_threads(test, leader, threads, CST_THREADS);
	snprintf(buf, sizeof(buf), "%d\n", leader->pid);

	for (nth = 1; nth < 100; nth++) {
		fd = ksys_open(CST_MNT "/a/cgroup.procs", O_WRONLY, 0);
		KUNIT_ASSERT_GE(test, fd, 0L);
		fail_nth_set(nth);
		ret = ksys_write(fd, buf, strlen(buf));
		fail_nth_set(0);
		ksys_close(fd);
		if (ret != -ENOMEM)
			break;
		failed++;
		bad += !cst_task_in(leader, &top_cpuset);
		for (i = 0; i < CST_THREADS; i++)
			bad += !cst_task_in(threads[i], &top_cpuset);
	}
	KUNIT_EXPECT_EQ(test, ret, (long)strlen(buf));
	KUNIT_EXPECT_GE(test, failed, 1);
	KUNIT_EXPECT_EQ(test, bad, 0);
	KUNIT_EXPECT_TRUE(test, cst_task_in(leader, cs));
	for (i = 0; i < CST_THREADS; i++)
		KUNIT_EXPECT_TRUE(test, cst_task_in(threads[i], cs));

	cgk_put_tasks(threads, CST_THREADS);
	cgk_reap(test, leader);
	cgk_expect_rmdir(test, CST_MNT "/a");
	cgk_umount(test, CST_MNT);
}

static int cst_bound_fn(void *unused)
{
	wait_event(*kthread_wait_queue(current), kthread_should_stop());
	return 0;
}

/* cpusets.txt 3: a PF_THREAD_BOUND kernel thread -> EINVAL. */
static void cpuset_attach_thread_bound(struct kunit *test)
{
	struct task_struct *k;
	cpumask_t cpus;
	nodemask_t mems;

	cgk_mount(test, CST_MNT, "cpuset");
	cgk_mkdir(test, CST_MNT "/a");
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.cpus", "0-3"), 0L);
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.mems", "0"), 0L);

	k = kthread_create_on_cpu(cst_bound_fn, NULL, 1, "cst_bound/%u");
	KUNIT_ASSERT_FALSE(test, IS_ERR(k));
	get_task_struct(k);
	wake_up_process(k);
	KUNIT_EXPECT_TRUE(test, READ_ONCE(k->flags) & PF_THREAD_BOUND);

	KUNIT_EXPECT_EQ(test, cgk_write_pid(CST_MNT "/a/tasks", k->pid),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, cgk_write_pid(CST_MNT "/a/cgroup.procs", k->pid),
			-EINVAL);
	KUNIT_EXPECT_PTR_EQ(test, cst_task_cs(k), &top_cpuset);
	cst_task_masks(k, &cpus, &mems);
	KUNIT_EXPECT_EQ(test, cpumask_weight(&cpus), 1U);
	KUNIT_EXPECT_TRUE(test, cpumask_test_cpu(1, &cpus));
	cgk_expect_file(test, CST_MNT "/a/tasks", "");

	kthread_stop(k);
	put_task_struct(k);
	cgk_expect_rmdir(test, CST_MNT "/a");
	cgk_umount(test, CST_MNT);
}

/*
 * Map @pages[node] pages on each node into @mm, which maps none yet,
 * through the memory controller's mapping path (so the charges follow).
 */
static void cst_set_pages(struct kunit *test, struct mm_struct *mm,
			  const unsigned long *pages)
{
	int node;

	for (node = 0; node < MAX_NUMNODES; node++)
		if (pages[node])
			KUNIT_EXPECT_EQ(test, mem_cgroup_map(mm, node,
							     pages[node]), 0);
}

static unsigned long cst_pages_on(struct mm_struct *mm, int node)
{
	unsigned long n;

	spin_lock(&mm->page_table_lock);
	n = mm->node_pages[node];
	spin_unlock(&mm->page_table_lock);
	return n;
}

/*
 * Mount the test hierarchy (@opts: cpuset and what else) with a cpuset
 * "a" of @cpus and @mems that migrates its tasks' pages (memory_migrate).
 */
static void cst_mount_migrating(struct kunit *test, const char *opts,
				const char *cpus, const char *mems)
{
	cgk_mount(test, CST_MNT, opts);
	cgk_mkdir(test, CST_MNT "/a");
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.cpus", cpus), 0L);
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.mems", mems), 0L);
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.memory_migrate",
					"1"), 0L);
}

#define CST_BIG_GROUP	1000

/*
 * cpusets.txt section 3: one procs write of a 1,000-thread process changes
 * every thread's masks, rebinds the mm exactly once and, with memory_migrate,
 * migrates its pages once.
 */
static void cpuset_attach_procs_big_group(struct kunit *test)
{
	const unsigned long pages[MAX_NUMNODES] = { 10, 0, 5 };
	struct task_struct *leader, **threads;
	long rebinds, migrations, moved;
	struct cpuset *cs;
	int i, bad = 0;

	threads = kunit_kcalloc(test, CST_BIG_GROUP - 1, sizeof(*threads),
				GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, threads);
	cst_mount_migrating(test, "cpuset", "1-2", "1");
	cs = cst_cs(test, "a");

	leader = cgk_spawn(test);
	cgk_threads(test, leader, threads, CST_BIG_GROUP - 1);
	KUNIT_ASSERT_NOT_NULL(test, leader->mm);
	cst_set_pages(test, leader->mm, pages);

	rebinds = atomic_long_read(&migrate_stats.mm_rebind);
	migrations = atomic_long_read(&migrate_stats.mm_migrate);
	moved = atomic_long_read(&migrate_stats.pages);
	KUNIT_EXPECT_GT(test, cgk_write_pid(CST_MNT "/a/cgroup.procs",
					    threads[500]->pid), 0L);
	KUNIT_EXPECT_EQ(test, atomic_long_read(&migrate_stats.mm_rebind) -
			rebinds, 1L);
	KUNIT_EXPECT_EQ(test, atomic_long_read(&migrate_stats.mm_migrate) -
			migrations, 1L);
	KUNIT_EXPECT_EQ(test, atomic_long_read(&migrate_stats.pages) - moved,
			15L);

	KUNIT_EXPECT_TRUE(test, cst_task_in(leader, cs));
	for (i = 0; i < CST_BIG_GROUP - 1; i++)
		bad += !cst_task_in(threads[i], cs);
	KUNIT_EXPECT_EQ(test, bad, 0);
	/* from the top cpuset's nodes 0-3 to node 1: all pages on node 1 */
	KUNIT_EXPECT_EQ(test, cst_pages_on(leader->mm, 0), 0UL);
	KUNIT_EXPECT_EQ(test, cst_pages_on(leader->mm, 1), 15UL);

	/* without memory_migrate, moving back rebinds but moves no page */
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.memory_migrate",
					"0"), 0L);
	cgk_mkdir(test, CST_MNT "/b");
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/b/cpuset.cpus", "3"), 0L);
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/b/cpuset.mems", "2"), 0L);
	rebinds = atomic_long_read(&migrate_stats.mm_rebind);
	migrations = atomic_long_read(&migrate_stats.mm_migrate);
	KUNIT_EXPECT_GT(test, cgk_write_pid(CST_MNT "/b/cgroup.procs",
					    leader->pid), 0L);
	KUNIT_EXPECT_EQ(test, atomic_long_read(&migrate_stats.mm_rebind) -
			rebinds, 1L);
	KUNIT_EXPECT_EQ(test, atomic_long_read(&migrate_stats.mm_migrate) -
			migrations, 0L);
	KUNIT_EXPECT_EQ(test, cst_pages_on(leader->mm, 1), 15UL);
	cs = cst_cs(test, "b");
	bad = !cst_task_in(leader, cs);
	for (i = 0; i < CST_BIG_GROUP - 1; i++)
		bad += !cst_task_in(threads[i], cs);
	KUNIT_EXPECT_EQ(test, bad, 0);

	cgk_put_tasks(threads, CST_BIG_GROUP - 1);
	cgk_reap(test, leader);
	cgk_expect_rmdir(test, CST_MNT "/a");
	cgk_expect_rmdir(test, CST_MNT "/b");
	cgk_umount(test, CST_MNT);
}

/* A tasks write moves one thread: only its masks change. */
static void cpuset_attach_tasks_one_thread(struct kunit *test)
{
	struct task_struct *leader, *threads[CST_THREADS];
	struct cpuset *cs;

	cgk_mount(test, CST_MNT, "cpuset");
	cgk_mkdir(test, CST_MNT "/a");
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.cpus", "2"), 0L);
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.mems", "3"), 0L);
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.memory_spread_page",
					"1"), 0L);
	cs = cst_cs(test, "a");
	leader = cgk_spawn(test);
	cgk_threads(test, leader, threads, CST_THREADS);

	KUNIT_EXPECT_GT(test, cgk_write_pid(CST_MNT "/a/tasks",
					    threads[1]->pid), 0L);
	KUNIT_EXPECT_TRUE(test, cst_task_in(threads[1], cs));
	KUNIT_EXPECT_TRUE(test, test_bit(PFA_SPREAD_PAGE,
					 &threads[1]->atomic_flags));
	KUNIT_EXPECT_FALSE(test, test_bit(PFA_SPREAD_SLAB,
					  &threads[1]->atomic_flags));
	KUNIT_EXPECT_TRUE(test, cst_task_in(leader, &top_cpuset));
	KUNIT_EXPECT_TRUE(test, cst_task_in(threads[0], &top_cpuset));
	KUNIT_EXPECT_TRUE(test, cst_task_in(threads[2], &top_cpuset));
	KUNIT_EXPECT_FALSE(test, test_bit(PFA_SPREAD_PAGE,
					  &leader->atomic_flags));

	/* the spread flags follow the file for tasks already inside */
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.memory_spread_slab",
					"1"), 0L);
	KUNIT_EXPECT_TRUE(test, test_bit(PFA_SPREAD_SLAB,
					 &threads[1]->atomic_flags));

	cgk_put_tasks(threads, CST_THREADS);
	cgk_reap(test, leader);
	cgk_expect_rmdir(test, CST_MNT "/a");
	cgk_umount(test, CST_MNT);
}

/* Changing a populated cpuset's cpus or mems changes every task. */
static void cpuset_attach_change_populated(struct kunit *test)
{
	const unsigned long pages[MAX_NUMNODES] = { 0, 7, 0, 0 };
	struct task_struct *leader, *threads[CST_THREADS], *child, *thread;
	long rebinds, migrations, pid;
	struct cpuset *cs;
	int i;

	cgk_mount(test, CST_MNT, "cpuset");
	cgk_mkdir(test, CST_MNT "/a");
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.cpus", "0-1"), 0L);
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.mems", "1"), 0L);
	cs = cst_cs(test, "a");
	leader = cgk_spawn(test);
	cgk_threads(test, leader, threads, CST_THREADS);
	KUNIT_EXPECT_GT(test, cgk_write_pid(CST_MNT "/a/cgroup.procs",
					    leader->pid), 0L);
	cst_set_pages(test, leader->mm, pages);

	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.cpus", "2-3"), 0L);
	KUNIT_EXPECT_TRUE(test, cst_task_in(leader, cs));
	for (i = 0; i < CST_THREADS; i++)
		KUNIT_EXPECT_TRUE(test, cst_task_in(threads[i], cs));

	/* emptying a populated cpuset is refused, nothing changes */
	KUNIT_EXPECT_EQ(test, cgk_write(CST_MNT "/a/cpuset.cpus", "\n"),
			-ENOSPC);
	KUNIT_EXPECT_EQ(test, cgk_write(CST_MNT "/a/cpuset.mems", "\n"),
			-ENOSPC);
	cgk_expect_file(test, CST_MNT "/a/cpuset.cpus", "2-3\n");
	for (i = 0; i < CST_THREADS; i++)
		KUNIT_EXPECT_TRUE(test, cst_task_in(threads[i], cs));

	/* mems: every thread, one rebind, one migration with the flag */
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.memory_migrate",
					"1"), 0L);
	rebinds = atomic_long_read(&migrate_stats.mm_rebind);
	migrations = atomic_long_read(&migrate_stats.mm_migrate);
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.mems", "2"), 0L);
	KUNIT_EXPECT_EQ(test, atomic_long_read(&migrate_stats.mm_rebind) -
			rebinds, 1L);
	KUNIT_EXPECT_EQ(test, atomic_long_read(&migrate_stats.mm_migrate) -
			migrations, 1L);
	KUNIT_EXPECT_EQ(test, cst_pages_on(leader->mm, 2), 7UL);
	KUNIT_EXPECT_TRUE(test, cst_task_in(leader, cs));
	for (i = 0; i < CST_THREADS; i++)
		KUNIT_EXPECT_TRUE(test, cst_task_in(threads[i], cs));

	/* a new thread and a new process of a task inside get its masks */
	cgk_threads(test, leader, &thread, 1);
	KUNIT_EXPECT_TRUE(test, cst_task_in(thread, cs));
	pid = cgk_as_clone(leader, 0);
	KUNIT_ASSERT_GT(test, pid, 0L);
	child = find_get_task_by_vpid(pid);
	KUNIT_ASSERT_NOT_NULL(test, child);
	KUNIT_EXPECT_TRUE(test, cst_task_in(child, cs));
	put_task_struct(child);
	cgk_reap_child(test, leader, pid);
	put_task_struct(thread);

	cgk_put_tasks(threads, CST_THREADS);
	cgk_reap(test, leader);
	cgk_expect_rmdir(test, CST_MNT "/a");
	cgk_umount(test, CST_MNT);
}

/*
 * cgroups.txt 5.2 with cpuset (cpusets.txt section 4): the leader is a
 * zombie, its threads live.
 * The procs write moves the live threads, and the mm (which the zombie
 * no longer has) is still rebound and migrated once, found through a
 * live thread.
 */
static void cpuset_attach_zombie_leader(struct kunit *test)
{
	const unsigned long pages[MAX_NUMNODES] = { 4, 0, 0, 0 };
	struct task_struct *leader, *threads[CST_THREADS];
	struct mm_struct *mm;
	long rebinds, migrations;
	struct cpuset *cs;
	int i;

	cst_mount_migrating(test, "cpuset", "3", "3");
	cs = cst_cs(test, "a");
	leader = cgk_spawn(test);
	cgk_threads(test, leader, threads, CST_THREADS);
	mm = threads[0]->mm;
	mmgrab(mm);
	cst_set_pages(test, mm, pages);
	cgk_as_exit(leader);
	KUNIT_EXPECT_NULL(test, READ_ONCE(leader->mm));

	rebinds = atomic_long_read(&migrate_stats.mm_rebind);
	migrations = atomic_long_read(&migrate_stats.mm_migrate);
	KUNIT_EXPECT_GT(test, cgk_write_pid(CST_MNT "/a/cgroup.procs",
					    leader->pid), 0L);
	KUNIT_EXPECT_EQ(test, atomic_long_read(&migrate_stats.mm_rebind) -
			rebinds, 1L);
	KUNIT_EXPECT_EQ(test, atomic_long_read(&migrate_stats.mm_migrate) -
			migrations, 1L);
	for (i = 0; i < CST_THREADS; i++)
		KUNIT_EXPECT_TRUE(test, cst_task_in(threads[i], cs));
	/* the threads came from the top cpuset (nodes 0-3): node 0 -> 3 */
	KUNIT_EXPECT_EQ(test, cst_pages_on(mm, 3), 4UL);
	mmdrop(mm);

	cgk_put_tasks(threads, CST_THREADS);
	cgk_reap(test, leader);
	cgk_expect_rmdir(test, CST_MNT "/a");
	cgk_umount(test, CST_MNT);
}

#ifdef CONFIG_CGROUP_MOCK	/* the hook of mock0 makes the exec */
static long cst_exec_fn(void *arg)
{
	return ksys_execve("/bin/" CGK_COMM "-exec");
}

struct cst_exec {
	struct task_struct *execer;
	struct mm_struct *mm;		/* the new program's, grabbed */
	struct kunit *test;
};

/* After the snapshot (mock0's can_attach): exec, and map 4 pages */
static void cst_exec_action(struct task_struct *tsk, void *arg)
{
	const unsigned long pages[MAX_NUMNODES] = { 4, 0, 0, 0 };
	struct cst_exec *ce = arg;

	/* no assertion here: the writer holds cgroup_mutex */
	KUNIT_EXPECT_EQ(ce->test, task_call(ce->execer, cst_exec_fn, NULL),
			0L);
	ce->mm = ce->execer->mm;
	mmgrab(ce->mm);
	cst_set_pages(ce->test, ce->mm, pages);
}

/*
 * cpusets.txt section 4: a thread execs after a procs write took its
 * snapshot (inside the write, at mock0's can_attach, which runs after
 * cpuset's).  attach then gets the old leader, which de_thread() released:
 * it has no mm and leads no thread list; the process runs on the new
 * program's mm, which the thread that exec'ed (in the snapshot) brings
 * into the cpuset.  That mm is rebound and migrated, once.
 */
static void cpuset_attach_exec_replaced_leader(struct kunit *test)
{
	struct cst_exec ce = { .test = test };
	long rebinds, migrations;
	struct task_struct *t[3];
	struct cpuset *cs;

	mock_subsys_enable(true);
	cst_mount_migrating(test, "cpuset,mock0", "3", "3");
	cs = cst_cs(test, "a");
	cgk_spawn_group(test, t, 3);
	ce.execer = t[2];
	mock_act_on(0, MOCK_CAN_ATTACH, cst_exec_action, &ce);

	rebinds = atomic_long_read(&migrate_stats.mm_rebind);
	migrations = atomic_long_read(&migrate_stats.mm_migrate);
	KUNIT_EXPECT_GT(test, cgk_write_pid(CST_MNT "/a/cgroup.procs",
					    t[0]->pid), 0L);
	KUNIT_ASSERT_EQ(test, mock_act_hits(), 1);
	KUNIT_EXPECT_TRUE(test, thread_group_leader(t[2]));
	KUNIT_EXPECT_TRUE(test, cst_task_in(t[2], cs));
	KUNIT_EXPECT_EQ(test, atomic_long_read(&migrate_stats.mm_rebind) -
			rebinds, 1L);
	KUNIT_EXPECT_EQ(test, atomic_long_read(&migrate_stats.mm_migrate) -
			migrations, 1L);
	/* the thread came from the top cpuset (nodes 0-3): node 0 -> 3 */
	KUNIT_EXPECT_EQ(test, cst_pages_on(ce.mm, 3), 4UL);
	mmdrop(ce.mm);

	mock_reset();
	cgk_put_tasks(t, 2);
	cgk_reap(test, t[2]);
	cgk_expect_rmdir(test, CST_MNT "/a");
	cgk_umount(test, CST_MNT);
	mock_subsys_enable(false);
}
#endif /* CONFIG_CGROUP_MOCK */

/* /proc/<pid>/status shows the masks. */
static void cpuset_proc_status(struct kunit *test)
{
	struct task_struct *leader;
	char path[64], *buf;

	buf = kunit_kzalloc(test, CST_BUF, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, buf);
	cgk_mount(test, CST_MNT, "cpuset");
	cgk_mkdir(test, CST_MNT "/a");
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.cpus", "0,2-3"),
			0L);
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.mems", "1-2"), 0L);
	leader = cgk_spawn(test);
	KUNIT_EXPECT_GT(test, cgk_write_pid(CST_MNT "/a/cgroup.procs",
					    leader->pid), 0L);
	snprintf(path, sizeof(path), "/proc/%d/status", leader->pid);
	KUNIT_EXPECT_GT(test, cgk_read_buf(path, buf, CST_BUF), 0L);
	KUNIT_EXPECT_NOT_NULL(test, strstr(buf, "Cpus_allowed_list:\t0,2-3\n"));
	KUNIT_EXPECT_NOT_NULL(test, strstr(buf, "Mems_allowed_list:\t1-2\n"));

	cgk_reap(test, leader);
	cgk_expect_rmdir(test, CST_MNT "/a");
	cgk_umount(test, CST_MNT);
}

/* ------------------------------------------------------------------ */
/* cgroup_scan_tasks() and the cpuset walk on it */

#define CST_SCAN_THREADS	40	/* more than CGROUP_SCAN_BATCH */

struct cst_scan {
	struct task_struct *tasks[CST_SCAN_THREADS + 1];
	int calls[CST_SCAN_THREADS + 1];
	int others;			/* processed, not one of ours */
};

static int cst_scan_index(struct cst_scan *sc, struct task_struct *p)
{
	int i;

	for (i = 0; i <= CST_SCAN_THREADS; i++)
		if (sc->tasks[i] == p)
			return i;
	return -1;
}

/* Each task of ours needs the work until it had it once. */
static bool cst_scan_test(struct task_struct *p, struct cgroup_scanner *scan)
{
	struct cst_scan *sc = scan->data;
	int i = cst_scan_index(sc, p);

	return i < 0 ? true : !sc->calls[i];
}

static void cst_scan_process(struct task_struct *p,
			     struct cgroup_scanner *scan)
{
	struct cst_scan *sc = scan->data;
	int i = cst_scan_index(sc, p);

	might_sleep();		/* the point: no spinning lock is held */
	if (i < 0)
		sc->others++;
	else
		sc->calls[i]++;
}

/*
 * cgroup_scan_tasks() visits exactly the tasks of its cgroup, each once
 * (test_task then says no), with the work outside every spinning lock;
 * also in passes of CGROUP_SCAN_BATCH when the batch buffer cannot be
 * allocated.
 */
static void cpuset_scan_tasks_once(struct kunit *test)
{
	struct cst_scan *sc = kunit_kzalloc(test, sizeof(*sc), GFP_KERNEL);
	struct task_struct *outside;
	struct cgroup_scanner scan = {
		.test_task = cst_scan_test,
		.process_task = cst_scan_process,
		.data = sc,
	};
	int pass, i;

	KUNIT_ASSERT_NOT_NULL(test, sc);
	cgk_mount(test, CST_MNT, "cpuset");
	cgk_mkdir(test, CST_MNT "/a");
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.cpus", "0-1"), 0L);
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.mems", "0"), 0L);
	sc->tasks[0] = cgk_spawn(test);
	cgk_threads(test, sc->tasks[0], &sc->tasks[1], CST_SCAN_THREADS);
	KUNIT_EXPECT_GT(test, cgk_write_pid(CST_MNT "/a/cgroup.procs",
					    sc->tasks[0]->pid), 0L);
	outside = cgk_spawn(test);	/* stays in the top cpuset */
	scan.cg = cst_cs(test, "a")->css.cgroup;

	for (pass = 0; pass < 2; pass++) {
		memset(sc->calls, 0, sizeof(sc->calls));
		sc->others = 0;
		/* second pass: no batch buffer, so several passes of 16 */
		if (pass)
			host_ops.fault_fail_nth(1);
		cgroup_lock();
		KUNIT_EXPECT_EQ(test, cgroup_scan_tasks(&scan), 0);
		cgroup_unlock();
		host_ops.fault_fail_nth(0);
		for (i = 0; i <= CST_SCAN_THREADS; i++)
			KUNIT_EXPECT_EQ_MSG(test, sc->calls[i], 1,
					    "pass %d task %d", pass, i);
		KUNIT_EXPECT_EQ(test, sc->others, 0);
	}

	cgk_reap(test, outside);
	cgk_reap_group(test, sc->tasks, CST_SCAN_THREADS + 1);
	cgk_expect_rmdir(test, CST_MNT "/a");
	cgk_umount(test, CST_MNT);
}

static int cst_mover_fn(void *arg)
{
	pid_t pid = (pid_t)(long)arg;
	int k = 0;

	while (!kthread_should_stop()) {
		cgk_write_pid(k++ & 1 ? CST_MNT "/a/cgroup.procs" :
				       CST_MNT "/b/cgroup.procs", pid);
		usleep_range(100, 200);
	}
	return 0;
}

/*
 * Every thread of the process @pid has the masks of the cpuset it is in.
 * The fork lock (write) waits for forks in progress, whose threads are
 * linked before cpuset_fork() gives them their masks, and keeps new ones
 * out; cgroup_mutex keeps the cpusets and the membership still.
 */
static void cst_expect_process_in_line(struct kunit *test, pid_t pid)
{
	struct task_struct *leader, *t;
	int bad = 0, n = 0;

	leader = find_get_task_by_vpid(pid);
	KUNIT_ASSERT_NOT_NULL(test, leader);
	cgroup_lock();
	threadgroup_fork_write_lock(leader);
	rcu_read_lock();
	for_each_thread(leader, t) {
		bool exiting, in;

		/*
		 * An exit sets PF_EXITING, and later moves the thread to the
		 * top cpuset, each under task_lock: hold it across the test
		 * and the check, or a thread seen live is checked exited.
		 */
		task_lock(t);
		exiting = t->flags & PF_EXITING;
		in = exiting || __cst_task_in(t, task_cs(t));
		task_unlock(t);
		if (exiting)
			continue;
		n++;
		if (!in)
			bad++;
	}
	rcu_read_unlock();
	threadgroup_fork_write_unlock(leader);
	cgroup_unlock();
	KUNIT_EXPECT_GT(test, n, 0);
	KUNIT_EXPECT_EQ_MSG(test, bad, 0, "%d of %d threads of %d out of line",
			    bad, n, pid);
	put_task_struct(leader);
}

/*
 * Changes of cpus and mems while a process of the cpuset keeps forking
 * and ending threads and another is moved in and out of it between the
 * changes: after each change, every thread of both has its cpuset's
 * masks.  A task the walk missed would keep the old ones.
 */
static void cpuset_scan_tasks_churn(struct kunit *test)
{
	static const char *const cpus[] = { "0-1", "2-3", "1", "0,3" };
	static const char *const mems[] = { "0", "1-2", "3", "0,2" };
	struct task_struct *mover;
	pid_t churner, moved;
	int i;

	cgk_mount(test, CST_MNT, "cpuset");
	cgk_mkdir(test, CST_MNT "/a");
	cgk_mkdir(test, CST_MNT "/b");
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.cpus", "0-1"), 0L);
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.mems", "0"), 0L);
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/b/cpuset.cpus", "2"), 0L);
	KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/b/cpuset.mems", "1"), 0L);
	churner = spawn_process(current, 8, true);
	moved = spawn_process(current, 4, false);
	KUNIT_ASSERT_GT(test, churner, 0);
	KUNIT_ASSERT_GT(test, moved, 0);
	KUNIT_EXPECT_GT(test, cgk_write_pid(CST_MNT "/a/cgroup.procs",
					    churner), 0L);
	mover = kthread_run(cst_mover_fn, (void *)(long)moved, "cst_mover");
	KUNIT_ASSERT_FALSE(test, IS_ERR(mover));
	get_task_struct(mover);

	for (i = 0; i < 64; i++) {
		KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.cpus",
						cpus[i % 4]), 0L);
		KUNIT_EXPECT_GT(test, cgk_write(CST_MNT "/a/cpuset.mems",
						mems[(i / 2) % 4]), 0L);
		cst_expect_process_in_line(test, churner);
		cst_expect_process_in_line(test, moved);
		KUNIT_EXPECT_EQ(test, spawn_wait_forks(churner,
						       spawn_forks(churner) + 4),
				0);
	}
	kthread_stop(mover);
	put_task_struct(mover);

	KUNIT_EXPECT_EQ(test, ksys_kill(moved, SIGKILL), 0L);
	KUNIT_EXPECT_EQ(test, kernel_wait4(moved, NULL, __WALL), (long)moved);
	KUNIT_EXPECT_EQ(test, ksys_kill(churner, SIGKILL), 0L);
	KUNIT_EXPECT_EQ(test, kernel_wait4(churner, NULL, __WALL),
			(long)churner);
	KUNIT_EXPECT_EQ(test, spawn_wait_driver(churner), 0);
	rcu_barrier();
	cgk_expect_rmdir(test, CST_MNT "/a");
	cgk_expect_rmdir(test, CST_MNT "/b");
	cgk_umount(test, CST_MNT);
}

static struct kunit_case cpuset_cases[] = {
	KUNIT_CASE(cpuset_files_defaults),
	KUNIT_CASE(cpuset_files_list_syntax),
	KUNIT_CASE(cpuset_files_parent_subset),
	KUNIT_CASE(cpuset_files_exclusive),
	KUNIT_CASE(cpuset_files_clone_children),
	KUNIT_CASE(cpuset_files_alloc_faults),
	KUNIT_CASE(cpuset_files_mkdir_faults),
	KUNIT_CASE(cpuset_attach_empty_enospc),
	KUNIT_CASE(cpuset_attach_alloc_faults),
	KUNIT_CASE(cpuset_attach_thread_bound),
	KUNIT_CASE(cpuset_attach_procs_big_group),
	KUNIT_CASE(cpuset_attach_tasks_one_thread),
	KUNIT_CASE(cpuset_attach_change_populated),
	KUNIT_CASE(cpuset_attach_zombie_leader),
#ifdef CONFIG_CGROUP_MOCK
	KUNIT_CASE(cpuset_attach_exec_replaced_leader),
#endif
	KUNIT_CASE(cpuset_proc_status),
	KUNIT_CASE(cpuset_scan_tasks_once),
	KUNIT_CASE(cpuset_scan_tasks_churn),
	{}
};

static struct kunit_suite cpuset_suite = {
	.name = "cpuset",
	.test_cases = cpuset_cases,
};

kunit_test_suite(cpuset_suite);

/*
 * The contract (kernel/cgroup_contract_test.c): a cpuset's masks and
 * flags; a task's CPUs, nodes and spread flags.  A new cpuset has no CPU
 * and no node, so the suite gives its cgroups CPUs 0-1 and node 0; the
 * modes: a cpuset of CPU 1 only (a move, or the change inside a fork,
 * changes the tasks' CPUs), and memory_migrate (a move migrates pages).
 */
static void cpuset_contract_snapshot(struct cgk_state *st,
				     struct cgroup_subsys *ss,
				     struct cgroup *cgrp,
				     struct task_struct *tsk)
{
	struct cpuset *cs;

	mutex_lock(&callback_mutex);
	if (cgrp) {
		cs = cgroup_cs(cgrp);
		cgk_state_printf(st, "cpus %lx mems %lx flags %lx relax %d",
				 cpumask_bits(&cs->cpus_allowed)[0],
				 cs->mems_allowed.bits[0], cs->flags,
				 cs->relax_domain_level);
	} else {
		task_lock(tsk);
		cgk_state_printf(st, "cpus %lx mems %lx spread %d%d",
				 cpumask_bits(&tsk->cpus_allowed)[0],
				 tsk->mems_allowed.bits[0],
				 test_bit(PFA_SPREAD_PAGE, &tsk->atomic_flags),
				 test_bit(PFA_SPREAD_SLAB, &tsk->atomic_flags));
		task_unlock(tsk);
	}
	mutex_unlock(&callback_mutex);
}

static const struct cgk_setting cpuset_contract_prepare[] = {
	{ "cpuset.cpus", "0-1" },
	{ "cpuset.mems", "0" },
	{ }
};

static const struct cgk_setting cpuset_contract_modes[] = {
	{ "cpuset.cpus", "1", "0-1" },
	{ "cpuset.memory_migrate", "1", "0" },
	{ }
};

CGROUP_CONTRACT(cpuset, .snapshot = cpuset_contract_snapshot,
		.prepare = cpuset_contract_prepare,
		.modes = cpuset_contract_modes);
