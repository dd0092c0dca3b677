// SPDX-License-Identifier: GPL-2.0
/*
 * blk-cgroup_test.c - KUnit suite "blkio": the blkio subsystem through
 * the real paths (a mounted hierarchy, write(2) on its files, I/O
 * submitted with ksys_submit_io() by processes).
 *
 * blkio-controller.txt section 5: a thread sharing its io_context (CLONE_IO)
 * makes the whole cgroup.procs write fail EINVAL with every thread left where
 * it was; a thread with a private io_context moves and its next I/O
 * rebinds.  Also the weight files' grammar and errors, statistics following
 * the bound cgroup, and allocation failures.
 */
#include <kunit/test.h>
#include <linux/fault-inject.h>
#include <linux/genhd.h>
#include <linux/iocontext.h>
#include <linux/blk-cgroup.h>
#include <linux/syscalls.h>
#include "blk-cgroup.c"
#include "../kernel/cgroup_kunit.h"

#define BT_DIR		"/tmp/blkio_test"
#define BT_A		BT_DIR "/a"
#define SDA		MKDEV(8, 0)
#define SDB		MKDEV(8, 16)

struct bt_io {
	dev_t dev;
	unsigned long sectors;
	int rw;
};

static long bt_io_fn(void *arg)
{
	struct bt_io *io = arg;

	return ksys_submit_io(io->dev, io->sectors, io->rw);
}

/* @tsk submits one request; returns what the system call returned. */
static long bt_io(struct task_struct *tsk, dev_t dev, unsigned long sectors,
		  int rw)
{
	struct bt_io io = { .dev = dev, .sectors = sectors, .rw = rw };

	return task_call(tsk, bt_io_fn, &io);
}

/* @tsk's io_context's binding, read under its lock */
static void bt_ioc_state(struct task_struct *tsk, int *changed,
			 unsigned long *rebinds)
{
	struct io_context *ioc = get_task_io_context(tsk, GFP_KERNEL);

	*changed = -1;
	*rebinds = 0;
	if (!ioc)
		return;
	spin_lock(&ioc->lock);
	*changed = ioc->cgroup_changed;
	*rebinds = ioc->blkcg_rebinds;
	spin_unlock(&ioc->lock);
	put_io_context(ioc);
}

static int bt_init(struct kunit *test)
{
	cgk_mount(test, BT_DIR, "blkio");
	KUNIT_EXPECT_EQ(test, ksys_mkdir(BT_A, 0755), 0);
	return 0;
}

static void bt_exit(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, ksys_rmdir(BT_A), 0);
	cgk_umount(test, BT_DIR);
}

static void blkio_weight_range(struct kunit *test)
{
	static const char *const bad[] = {
		"99", "1001", "0", "-1", "+500", "abc", "500x", "",
	};
	int i;

	KUNIT_EXPECT_STREQ(test, cgk_read(test, BT_A "/blkio.weight"),
			   "500\n");
	KUNIT_EXPECT_EQ(test, cgk_write(BT_A "/blkio.weight", "100"), 3L);
	KUNIT_EXPECT_STREQ(test, cgk_read(test, BT_A "/blkio.weight"),
			   "100\n");
	KUNIT_EXPECT_EQ(test, cgk_write(BT_A "/blkio.weight", "1000\n"), 5L);
	for (i = 0; i < ARRAY_SIZE(bad); i++)
		KUNIT_EXPECT_EQ_MSG(test, cgk_write(BT_A "/blkio.weight",
						    bad[i]),
				    (long)-EINVAL, "weight '%s'", bad[i]);
	KUNIT_EXPECT_STREQ(test, cgk_read(test, BT_A "/blkio.weight"),
			   "1000\n");
	/* the root has its own */
	KUNIT_EXPECT_STREQ(test, cgk_read(test, BT_DIR "/blkio.weight"),
			   "500\n");
}

static void blkio_weight_device(struct kunit *test)
{
	static const struct {
		const char *in;
		long err;
	} bad[] = {
		{ "8:1 300", -ENODEV },		/* a partition */
		{ "9:0 300", -ENODEV },		/* no such disk */
		{ "8:32 300", -ENODEV },
		{ "8:0", -EINVAL },
		{ "8:0 300 1", -EINVAL },
		{ "8:0 99", -EINVAL },
		{ "8:0 1001", -EINVAL },
		{ "8:0 -5", -EINVAL },
		{ "8-0 300", -EINVAL },
		{ "8: 300", -EINVAL },
		{ ":0 300", -EINVAL },
		{ "a:0 300", -EINVAL },
		{ "8:0\t300", -EINVAL },	/* fields are space separated */
		{ "8:0 30x", -EINVAL },
	};
	const char *file = BT_A "/blkio.weight_device";
	int i;

	KUNIT_EXPECT_STREQ(test, cgk_read(test, file), "");
	KUNIT_EXPECT_EQ(test, cgk_write(file, "8:0 300"), 7L);
	KUNIT_EXPECT_STREQ(test, cgk_read(test, file), "8:0\t300\n");
	KUNIT_EXPECT_EQ(test, cgk_write(file, "  8:16   200  "), 14L);
	KUNIT_EXPECT_STREQ(test, cgk_read(test, file),
			   "8:16\t200\n8:0\t300\n");
	/* an update keeps its place */
	KUNIT_EXPECT_EQ(test, cgk_write(file, "8:0 1000"), 8L);
	KUNIT_EXPECT_STREQ(test, cgk_read(test, file),
			   "8:16\t200\n8:0\t1000\n");
	for (i = 0; i < ARRAY_SIZE(bad); i++)
		KUNIT_EXPECT_EQ_MSG(test, cgk_write(file, bad[i].in),
				    bad[i].err, "weight_device '%s'",
				    bad[i].in);
	KUNIT_EXPECT_STREQ(test, cgk_read(test, file),
			   "8:16\t200\n8:0\t1000\n");
	/* weight 0 removes the rule; removing a missing rule is fine */
	KUNIT_EXPECT_EQ(test, cgk_write(file, "8:16 0"), 6L);
	KUNIT_EXPECT_STREQ(test, cgk_read(test, file), "8:0\t1000\n");
	KUNIT_EXPECT_EQ(test, cgk_write(file, "8:16 0"), 6L);
	KUNIT_EXPECT_EQ(test, cgk_write(file, "8:0 0"), 5L);
	KUNIT_EXPECT_STREQ(test, cgk_read(test, file), "");
	/* blkio.weight is independent of the rules */
	KUNIT_EXPECT_STREQ(test, cgk_read(test, BT_A "/blkio.weight"),
			   "500\n");
}

static void blkio_weight_device_alloc_faults(struct kunit *test)
{
	const char *file = BT_A "/blkio.weight_device";
	long fd = ksys_open(file, O_WRONLY, 0);
	unsigned long nth;
	long ret = -ENOMEM;

	KUNIT_ASSERT_GE(test, fd, 0L);
	for (nth = 1; ret == -ENOMEM && nth < 20; nth++) {
		fail_nth_set(nth);
		ret = ksys_write(fd, "8:0 700", 7);
		fail_nth_set(0);
		if (ret == -ENOMEM)
			KUNIT_EXPECT_STREQ(test, cgk_read(test, file), "");
	}
	ksys_close(fd);
	KUNIT_EXPECT_EQ(test, ret, 7L);
	KUNIT_EXPECT_GT(test, nth, 2UL);
	KUNIT_EXPECT_STREQ(test, cgk_read(test, file), "8:0\t700\n");
}

static void blkio_submit_errors(struct kunit *test)
{
	struct task_struct *p = cgk_spawn(test);
	int changed;
	unsigned long rebinds;

	KUNIT_EXPECT_EQ(test, bt_io(p, SDA, 8, 2), (long)-EINVAL);
	KUNIT_EXPECT_EQ(test, bt_io(p, MKDEV(9, 0), 8, READ), (long)-ENXIO);
	KUNIT_EXPECT_EQ(test, bt_io(p, SDA, 0, READ), (long)-EINVAL);
	KUNIT_EXPECT_EQ(test, bt_io(p, SDA, 2097153, READ), (long)-EINVAL);
	/* none of these gave the process an io_context */
	task_lock(p);
	KUNIT_EXPECT_NULL(test, p->io_context);
	task_unlock(p);
	KUNIT_EXPECT_EQ(test, bt_io(p, MKDEV(8, 1), 1, READ), 512L);
	bt_ioc_state(p, &changed, &rebinds);
	KUNIT_EXPECT_EQ(test, changed, 0);
	KUNIT_EXPECT_EQ(test, rebinds, 0UL);
	cgk_reap(test, p);
}

static void blkio_stats_follow(struct kunit *test)
{
	struct task_struct *p = cgk_spawn(test);

	KUNIT_EXPECT_STREQ(test, cgk_read(test, BT_A "/blkio.io_serviced"),
			   "Total 0\n");
	KUNIT_EXPECT_STREQ(test, cgk_read(test, BT_A "/blkio.sectors"), "");
	KUNIT_ASSERT_GT(test, cgk_write_pid(BT_A "/tasks", p->pid), 0L);
	KUNIT_EXPECT_EQ(test, bt_io(p, SDA, 8, WRITE), 4096L);
	KUNIT_EXPECT_EQ(test, bt_io(p, SDA, 2, READ), 1024L);
	KUNIT_EXPECT_EQ(test, bt_io(p, SDB, 1, READ), 512L);
	KUNIT_EXPECT_STREQ(test, cgk_read(test, BT_A "/blkio.io_serviced"),
			   "8:0 Read 1\n8:0 Write 1\n8:0 Sync 2\n8:0 Async 0\n8:0 Total 2\n"
			   "8:16 Read 1\n8:16 Write 0\n8:16 Sync 1\n8:16 Async 0\n8:16 Total 1\n"
			   "Total 3\n");
	KUNIT_EXPECT_STREQ(test,
			   cgk_read(test, BT_A "/blkio.io_service_bytes"),
			   "8:0 Read 1024\n8:0 Write 4096\n8:0 Sync 5120\n8:0 Async 0\n8:0 Total 5120\n"
			   "8:16 Read 512\n8:16 Write 0\n8:16 Sync 512\n8:16 Async 0\n8:16 Total 512\n"
			   "Total 5632\n");
	KUNIT_EXPECT_STREQ(test, cgk_read(test, BT_A "/blkio.sectors"),
			   "8:0 10\n8:16 1\n");

	/* reset: counts go, the groups stay */
	KUNIT_EXPECT_EQ(test, cgk_write(BT_A "/blkio.reset_stats", "1"), 1L);
	KUNIT_EXPECT_STREQ(test, cgk_read(test, BT_A "/blkio.sectors"),
			   "8:0 0\n8:16 0\n");
	KUNIT_EXPECT_STREQ(test, cgk_read(test, BT_A "/blkio.io_serviced"),
			   "8:0 Read 0\n8:0 Write 0\n8:0 Sync 0\n8:0 Async 0\n8:0 Total 0\n"
			   "8:16 Read 0\n8:16 Write 0\n8:16 Sync 0\n8:16 Async 0\n8:16 Total 0\n"
			   "Total 0\n");
	cgk_reap(test, p);
}

/*
 * The root is charged nothing by I/O of a task in a child, and the
 * child nothing by I/O done before the task moved there.
 */
static void blkio_stats_charge_bound_cgroup(struct kunit *test)
{
	struct task_struct *p = cgk_spawn(test);
	char *before;

	KUNIT_EXPECT_EQ(test, bt_io(p, SDA, 4, WRITE), 2048L);
	before = cgk_read(test, BT_DIR "/blkio.sectors");
	KUNIT_ASSERT_GT(test, cgk_write_pid(BT_A "/tasks", p->pid), 0L);
	KUNIT_EXPECT_STREQ(test, cgk_read(test, BT_A "/blkio.sectors"), "");
	KUNIT_EXPECT_EQ(test, bt_io(p, SDB, 3, WRITE), 1536L);
	KUNIT_EXPECT_STREQ(test, cgk_read(test, BT_A "/blkio.sectors"),
			   "8:16 3\n");
	KUNIT_EXPECT_STREQ(test, cgk_read(test, BT_DIR "/blkio.sectors"),
			   before);
	cgk_reap(test, p);
}

/*
 * blkio-controller.txt section 5: leader L (private io_context), T1 without
 * one, T2 sharing L's (CLONE_IO).  The procs write fails EINVAL whichever
 * thread is named, and no thread moved; a tasks write of T1 moves it; of T2
 * or L is refused.
 */
static void blkio_procs_shared_ioc_refused(struct kunit *test)
{
	struct task_struct *l = cgk_spawn(test), *t1, *t2;
	struct io_context *ioc;

	KUNIT_ASSERT_EQ(test, bt_io(l, SDA, 1, READ), 512L);
	t1 = cgk_thread(test, l, 0);
	t2 = cgk_thread(test, l, CLONE_IO);
	task_lock(t2);
	ioc = t2->io_context;
	task_unlock(t2);
	KUNIT_ASSERT_NOT_NULL(test, ioc);
	KUNIT_EXPECT_PTR_EQ(test, ioc, l->io_context);
	KUNIT_EXPECT_EQ(test, atomic_read(&ioc->nr_tasks), 2);
	KUNIT_EXPECT_NULL(test, t1->io_context);

	KUNIT_EXPECT_EQ(test, cgk_write_pid(BT_A "/cgroup.procs", l->pid),
			(long)-EINVAL);
	KUNIT_EXPECT_EQ(test, cgk_write_pid(BT_A "/cgroup.procs", t1->pid),
			(long)-EINVAL);
	KUNIT_EXPECT_FALSE(test, cgk_in(test, BT_A, l));
	KUNIT_EXPECT_FALSE(test, cgk_in(test, BT_A, t1));
	KUNIT_EXPECT_FALSE(test, cgk_in(test, BT_A, t2));
	KUNIT_EXPECT_TRUE(test, cgk_in(test, BT_DIR, l));
	KUNIT_EXPECT_TRUE(test, cgk_in(test, BT_DIR, t1));
	KUNIT_EXPECT_TRUE(test, cgk_in(test, BT_DIR, t2));

	/* one at a time: the unshared thread may go, the sharers not */
	KUNIT_EXPECT_EQ(test, cgk_write_pid(BT_A "/tasks", t2->pid),
			(long)-EINVAL);
	KUNIT_EXPECT_EQ(test, cgk_write_pid(BT_A "/tasks", l->pid),
			(long)-EINVAL);
	KUNIT_EXPECT_GT(test, cgk_write_pid(BT_A "/tasks", t1->pid), 0L);
	KUNIT_EXPECT_TRUE(test, cgk_in(test, BT_A, t1));
	KUNIT_EXPECT_TRUE(test, cgk_in(test, BT_DIR, l));
	KUNIT_EXPECT_TRUE(test, cgk_in(test, BT_DIR, t2));

	/* once T2 is gone the io_context is private again: all move */
	KUNIT_EXPECT_EQ(test, tt_exit(t2, 0), 0L);
	KUNIT_EXPECT_EQ(test, atomic_read(&ioc->nr_tasks), 1);
	KUNIT_EXPECT_GT(test, cgk_write_pid(BT_A "/cgroup.procs", l->pid), 0L);
	KUNIT_EXPECT_TRUE(test, cgk_in(test, BT_A, l));
	KUNIT_EXPECT_TRUE(test, cgk_in(test, BT_A, t1));
	put_task_struct(t1);
	put_task_struct(t2);
	cgk_reap(test, l);
}

/* A moved thread's io_context is rebound by its next I/O, once. */
static void blkio_rebind_on_next_io(struct kunit *test)
{
	struct task_struct *l = cgk_spawn(test), *t1;
	unsigned long rebinds;
	int changed;

	t1 = cgk_thread(test, l, 0);
	KUNIT_ASSERT_EQ(test, bt_io(l, SDA, 1, READ), 512L);
	KUNIT_ASSERT_EQ(test, bt_io(t1, SDA, 1, READ), 512L);
	bt_ioc_state(l, &changed, &rebinds);
	KUNIT_EXPECT_EQ(test, changed, 0);
	KUNIT_EXPECT_EQ(test, rebinds, 0UL);

	KUNIT_ASSERT_GT(test, cgk_write_pid(BT_A "/cgroup.procs", l->pid), 0L);
	bt_ioc_state(l, &changed, &rebinds);
	KUNIT_EXPECT_EQ(test, changed, 1);
	KUNIT_EXPECT_EQ(test, rebinds, 0UL);
	bt_ioc_state(t1, &changed, &rebinds);
	KUNIT_EXPECT_EQ(test, changed, 1);

	KUNIT_EXPECT_EQ(test, bt_io(l, SDB, 2, WRITE), 1024L);
	bt_ioc_state(l, &changed, &rebinds);
	KUNIT_EXPECT_EQ(test, changed, 0);
	KUNIT_EXPECT_EQ(test, rebinds, 1UL);
	KUNIT_EXPECT_EQ(test, bt_io(l, SDB, 2, WRITE), 1024L);
	bt_ioc_state(l, &changed, &rebinds);
	KUNIT_EXPECT_EQ(test, rebinds, 1UL);
	/* T1 has not submitted since: still marked, not rebound */
	bt_ioc_state(t1, &changed, &rebinds);
	KUNIT_EXPECT_EQ(test, changed, 1);
	KUNIT_EXPECT_EQ(test, rebinds, 0UL);
	KUNIT_EXPECT_STREQ(test, cgk_read(test, BT_A "/blkio.sectors"),
			   "8:16 4\n");

	/* moving back marks it again */
	KUNIT_ASSERT_GT(test, cgk_write_pid(BT_DIR "/cgroup.procs", l->pid),
			0L);
	KUNIT_EXPECT_EQ(test, bt_io(l, SDB, 1, READ), 512L);
	bt_ioc_state(l, &changed, &rebinds);
	KUNIT_EXPECT_EQ(test, rebinds, 2UL);
	KUNIT_EXPECT_STREQ(test, cgk_read(test, BT_A "/blkio.sectors"),
			   "8:16 4\n");
	put_task_struct(t1);
	cgk_reap(test, l);
}

/*
 * An io_context may outlive the cgroup its I/O went to: the cgroup is
 * removed after its only task left without submitting again.
 */
static void blkio_rmdir_with_bound_ioc(struct kunit *test)
{
	struct task_struct *p = cgk_spawn(test);

	KUNIT_ASSERT_EQ(test, ksys_mkdir(BT_A "/b", 0755), 0);
	KUNIT_ASSERT_GT(test, cgk_write_pid(BT_A "/b/tasks", p->pid), 0L);
	KUNIT_EXPECT_EQ(test, bt_io(p, SDA, 1, WRITE), 512L);
	KUNIT_ASSERT_GT(test, cgk_write_pid(BT_A "/tasks", p->pid), 0L);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(BT_A "/b"), 0);
	KUNIT_EXPECT_EQ(test, bt_io(p, SDA, 1, WRITE), 512L);
	KUNIT_EXPECT_STREQ(test, cgk_read(test, BT_A "/blkio.sectors"),
			   "8:0 1\n");
	cgk_reap(test, p);
}

/* An allocation failure in a submission charges nothing. */
static void blkio_submit_alloc_faults(struct kunit *test)
{
	struct task_struct *p = cgk_spawn(test);
	struct bt_io io = { .dev = SDA, .sectors = 1, .rw = WRITE };
	unsigned long nth;
	long ret = -ENOMEM;

	KUNIT_ASSERT_GT(test, cgk_write_pid(BT_A "/tasks", p->pid), 0L);
	for (nth = 1; ret == -ENOMEM && nth < 20; nth++) {
		fail_nth_set(nth);
		ret = task_call(p, bt_io_fn, &io);
		fail_nth_set(0);
		if (ret == -ENOMEM)
			KUNIT_EXPECT_STREQ(test,
					   cgk_read(test, BT_A "/blkio.sectors"),
					   "");
	}
	KUNIT_EXPECT_EQ(test, ret, 512L);
	KUNIT_EXPECT_STREQ(test, cgk_read(test, BT_A "/blkio.sectors"),
			   "8:0 1\n");
	cgk_reap(test, p);
}

static struct kunit_case blkio_test_cases[] = {
	KUNIT_CASE(blkio_weight_range),
	KUNIT_CASE(blkio_weight_device),
	KUNIT_CASE(blkio_weight_device_alloc_faults),
	KUNIT_CASE(blkio_submit_errors),
	KUNIT_CASE(blkio_stats_follow),
	KUNIT_CASE(blkio_stats_charge_bound_cgroup),
	KUNIT_CASE(blkio_procs_shared_ioc_refused),
	KUNIT_CASE(blkio_rebind_on_next_io),
	KUNIT_CASE(blkio_rmdir_with_bound_ioc),
	KUNIT_CASE(blkio_submit_alloc_faults),
	{}
};

static struct kunit_suite blkio_test_suite = {
	.name = "blkio",
	.init = bt_init,
	.exit = bt_exit,
	.test_cases = blkio_test_cases,
};

kunit_test_suite(blkio_test_suite);

/*
 * The contract (kernel/cgroup_contract_test.c): each cgroup's weight and
 * per-disk weights.  The statistics grow with every I/O and are left out;
 * so is a task's io_context, whose cgroup_changed flag only asks the I/O
 * scheduler to look again.
 */
static void blkio_contract_snapshot(struct cgk_state *st,
				    struct cgroup_subsys *ss,
				    struct cgroup *cgrp, struct task_struct *tsk)
{
	struct blkio_cgroup *blkcg;
	struct blkio_policy_node *pn;

	if (!cgrp)
		return;
	blkcg = cgroup_to_blkio_cgroup(cgrp);
	spin_lock(&blkcg->lock);
	cgk_state_printf(st, "weight %u", blkcg->weight);
	list_for_each_entry(pn, &blkcg->policy_list, node)
		cgk_state_printf(st, " %u:%u=%u", MAJOR(pn->dev),
				 MINOR(pn->dev), pn->weight);
	spin_unlock(&blkcg->lock);
}

CGROUP_CONTRACT(blkio, .snapshot = blkio_contract_snapshot);
