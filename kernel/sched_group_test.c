// SPDX-License-Identifier: GPL-2.0
/*
 * sched_group_test.c - KUnit suite cpu_cgroup: the cpu cgroup subsystem
 * (kernel/sched_group.c, included here to reach its state).
 *
 * Every case mounts a hierarchy with "cpu" at /tmp/cpu_cg and drives it
 * as user space would: mkdir, rmdir, and write(2) on cpu.* files,
 * tasks and cgroup.procs through ksys_open()/ksys_write().  Test
 * processes are real tasks (task_test.h); every case checks each
 * thread's task_struct::sched_task_group against the task group of its
 * cgroup, kills and reaps what it made, unmounts, and waits for RCU
 * frees so the runner's leak check sees the baseline.
 *
 * Locks taken and their ordering: those of the code under test;
 * sgt_tg() takes task_lock().
 */
#include "sched_group.c"

#define SGT_MNT		"/tmp/cpu_cg"
#include "sched_test.h"

#define SGT_GROUP	8

/* ------------------------------------------------------------------ */
/* Helpers */

static struct task_group *sgt_dir_tg(struct kunit *test, const char *path)
{
	return cgroup_tg(cgk_cgroup(test, path));
}

static struct task_group *sgt_tg(struct task_struct *tsk)
{
	struct task_group *tg;

	task_lock(tsk);
	tg = tsk->sched_task_group;
	task_unlock(tsk);
	return tg;
}

/* The task group @tsk's cgroup says it has */
static struct task_group *sgt_css_tg(struct task_struct *tsk)
{
	struct task_group *tg;

	task_lock(tsk);
	tg = task_css_tg(tsk);
	task_unlock(tsk);
	return tg;
}

static int sgt_set_policy(struct task_struct *tsk, int policy, int prio)
{
	struct sched_param param = { .sched_priority = prio };

	return sched_setscheduler(tsk, policy, &param);
}

/* /proc/<tid>/sched's task_group line for @tsk */
static char *sgt_proc_group(struct kunit *test, struct task_struct *tsk)
{
	char path[64];
	char *buf = kunit_kzalloc(test, SGT_BUF, GFP_KERNEL);
	char *line;

	KUNIT_ASSERT_NOT_NULL(test, buf);
	snprintf(path, sizeof(path), "/proc/%d/task/%d/sched",
		 task_tgid_vnr(tsk), task_pid_vnr(tsk));
	KUNIT_EXPECT_GT(test, cgk_read_buf(path, buf, SGT_BUF), 0L);
	line = strstr(buf, "task_group: ");
	KUNIT_ASSERT_NOT_NULL(test, line);
	line += strlen("task_group: ");
	*strchrnul(line, '\n') = '\0';
	return line;
}

/* ------------------------------------------------------------------ */
/* Files */

static void cpu_cgroup_file_defaults(struct kunit *test)
{
	cgk_mount(test, SGT_MNT, "cpu");
	cgk_mkdir(test, SGT_MNT "/a");
	KUNIT_EXPECT_STREQ(test, sgt_read(test, "cpu.shares"), "1024\n");
	KUNIT_EXPECT_STREQ(test, sgt_read(test, "cpu.rt_runtime_us"),
			   "950000\n");
	KUNIT_EXPECT_STREQ(test, sgt_read(test, "cpu.rt_period_us"),
			   "1000000\n");
	KUNIT_EXPECT_STREQ(test, sgt_read(test, "a/cpu.shares"), "1024\n");
	KUNIT_EXPECT_STREQ(test, sgt_read(test, "a/cpu.rt_runtime_us"), "0\n");
	KUNIT_EXPECT_STREQ(test, sgt_read(test, "a/cpu.rt_period_us"),
			   "1000000\n");
	KUNIT_EXPECT_PTR_EQ(test, sgt_dir_tg(test, SGT_MNT),
			    &root_task_group);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(SGT_MNT "/a"), 0L);
	cgk_umount(test, SGT_MNT);
}

static void cpu_cgroup_shares(struct kunit *test)
{
	static const struct {
		const char *in;
		long ret;
		const char *out;
	} cases[] = {
		{ "512", 0, "512\n" },
		{ "1", 0, "2\n" },		/* MIN_SHARES */
		{ "0", 0, "2\n" },
		{ "262144", 0, "262144\n" },	/* MAX_SHARES */
		{ "262145", 0, "262144\n" },
		{ "0x400", 0, "1024\n" },
		{ "-1", -EINVAL, "1024\n" },
		{ "abc", -EINVAL, "1024\n" },
		{ "", -EINVAL, "1024\n" },
	};
	int i;

	cgk_mount(test, SGT_MNT, "cpu");
	cgk_mkdir(test, SGT_MNT "/a");
	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		long want = cases[i].ret ?: (long)strlen(cases[i].in);

		KUNIT_EXPECT_EQ_MSG(test, sgt_write("a/cpu.shares",
						    cases[i].in),
				    want, "write '%s'", cases[i].in);
		KUNIT_EXPECT_STREQ_MSG(test, sgt_read(test, "a/cpu.shares"),
				       cases[i].out, "after '%s'",
				       cases[i].in);
		if (!cases[i].ret)
			sgt_expect_write(test, "a/cpu.shares", "1024");
	}
	/* the root's weight is fixed */
	KUNIT_EXPECT_EQ(test, sgt_write("cpu.shares", "2048"), (long)-EINVAL);
	KUNIT_EXPECT_STREQ(test, sgt_read(test, "cpu.shares"), "1024\n");
	KUNIT_EXPECT_EQ(test, ksys_rmdir(SGT_MNT "/a"), 0L);
	cgk_umount(test, SGT_MNT);
}

static void cpu_cgroup_rt_bandwidth_rules(struct kunit *test)
{
	cgk_mount(test, SGT_MNT, "cpu");
	cgk_mkdir(test, SGT_MNT "/a");
	cgk_mkdir(test, SGT_MNT "/a/b");
	cgk_mkdir(test, SGT_MNT "/a/c");

	/* period 0, runtime > period, bad numbers */
	sgt_expect_refused(test, "a/cpu.rt_period_us", "0", -EINVAL);
	sgt_expect_refused(test, "a/cpu.rt_runtime_us", "1000001", -EINVAL);
	sgt_expect_refused(test, "a/cpu.rt_runtime_us", "+5", -EINVAL);
	sgt_expect_refused(test, "a/cpu.rt_runtime_us", "5x", -EINVAL);
	sgt_expect_refused(test, "a/cpu.rt_runtime_us", "", -EINVAL);

	/* a child cannot have more than its parent (0 here) */
	sgt_expect_refused(test, "a/b/cpu.rt_runtime_us", "1", -EINVAL);
	sgt_expect_write(test, "a/cpu.rt_runtime_us", "500000");
	sgt_expect_write(test, "a/b/cpu.rt_runtime_us", "300000");
	/* the children's sum must fit: 300000 + 300000 > 500000 */
	sgt_expect_refused(test, "a/c/cpu.rt_runtime_us", "300000", -EINVAL);
	sgt_expect_write(test, "a/c/cpu.rt_runtime_us", "200000");
	/* nor can the parent shrink below them */
	sgt_expect_refused(test, "a/cpu.rt_runtime_us", "499999", -EINVAL);
	/* a child's ratio counts, not its runtime: 300000/600000 = 0.5 */
	sgt_expect_refused(test, "a/b/cpu.rt_period_us", "600000", -EINVAL);
	sgt_expect_write(test, "a/cpu.rt_runtime_us", "700000");
	sgt_expect_write(test, "a/b/cpu.rt_period_us", "600000");
	sgt_expect_refused(test, "a/cpu.rt_runtime_us", "699999", -EINVAL);
	/* runtime above a shorter period */
	sgt_expect_refused(test, "a/b/cpu.rt_period_us", "299999", -EINVAL);
	/* the siblings' total above the root's 0.95 */
	sgt_expect_refused(test, "a/cpu.rt_runtime_us", "960000", -EINVAL);
	/* -1 is unlimited: more than any parent has */
	sgt_expect_refused(test, "a/c/cpu.rt_runtime_us", "-1", -EINVAL);
	/* and more than the global limit, for the root too */
	sgt_expect_refused(test, "cpu.rt_runtime_us", "-1", -EINVAL);
	sgt_expect_refused(test, "cpu.rt_runtime_us", "960000", -EINVAL);
	/* the root cannot drop below its children either */
	sgt_expect_refused(test, "cpu.rt_runtime_us", "600000", -EINVAL);
	sgt_expect_write(test, "cpu.rt_runtime_us", "700000");
	sgt_expect_write(test, "cpu.rt_runtime_us", "950000");
	KUNIT_EXPECT_STREQ(test, sgt_read(test, "a/b/cpu.rt_runtime_us"),
			   "300000\n");
	KUNIT_EXPECT_STREQ(test, sgt_read(test, "a/b/cpu.rt_period_us"),
			   "600000\n");

	KUNIT_EXPECT_EQ(test, ksys_rmdir(SGT_MNT "/a/b"), 0L);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(SGT_MNT "/a/c"), 0L);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(SGT_MNT "/a"), 0L);
	cgk_umount(test, SGT_MNT);
}

/* An RT task pins its group's runtime; setscheduler needs runtime. */
static void cpu_cgroup_rt_tasks_need_runtime(struct kunit *test)
{
	struct task_struct *t[2];
	struct task_group *a;

	cgk_mount(test, SGT_MNT, "cpu");
	cgk_mkdir(test, SGT_MNT "/a");
	a = sgt_dir_tg(test, SGT_MNT "/a");
	cgk_spawn_group(test, t, 2);
	KUNIT_EXPECT_GT(test, sgt_write_id("a/tasks", task_pid_vnr(t[1])), 0L);
	KUNIT_EXPECT_PTR_EQ(test, sgt_tg(t[1]), a);

	/* no runtime: a user may not make the task RT (Linux 3.0: EPERM) */
	KUNIT_EXPECT_EQ(test, sgt_set_policy(t[1], SCHED_FIFO, 10), -EPERM);
	KUNIT_EXPECT_EQ(test, READ_ONCE(t[1]->policy), (unsigned int)SCHED_NORMAL);
	KUNIT_EXPECT_EQ(test, atomic_read(&a->nr_rt_tasks), 0);

	sgt_expect_write(test, "a/cpu.rt_runtime_us", "10000");
	KUNIT_EXPECT_EQ(test, sgt_set_policy(t[1], SCHED_FIFO, 10), 0);
	KUNIT_EXPECT_EQ(test, atomic_read(&a->nr_rt_tasks), 1);
	/* now the runtime cannot go */
	sgt_expect_refused(test, "a/cpu.rt_runtime_us", "0", -EBUSY);
	/* a child of an RT thread is RT and counted in the group */
	{
		struct task_struct *c = tt_thread(t[1]);

		KUNIT_ASSERT_FALSE(test, IS_ERR(c));
		KUNIT_EXPECT_EQ(test, READ_ONCE(c->policy),
				(unsigned int)SCHED_FIFO);
		KUNIT_EXPECT_PTR_EQ(test, sgt_tg(c), a);
		KUNIT_EXPECT_EQ(test, atomic_read(&a->nr_rt_tasks), 2);
		tt_exit(c, 0);
		KUNIT_EXPECT_PTR_EQ(test, sgt_tg(c), &root_task_group);
		KUNIT_EXPECT_EQ(test, atomic_read(&a->nr_rt_tasks), 1);
		put_task_struct(c);
	}
	/* back to SCHED_OTHER: the runtime may go */
	KUNIT_EXPECT_EQ(test, sgt_set_policy(t[1], SCHED_NORMAL, 0), 0);
	KUNIT_EXPECT_EQ(test, atomic_read(&a->nr_rt_tasks), 0);
	sgt_expect_write(test, "a/cpu.rt_runtime_us", "0");

	cgk_reap_group(test, t, 2);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(SGT_MNT "/a"), 0L);
	cgk_umount(test, SGT_MNT);
}

/* ------------------------------------------------------------------ */
/* Attach: cpu.txt section 3 (the RT refusal, every thread's group) */

/* Each of t[0..n) is in cgroup @dir and in its task group. */
static void sgt_expect_all_in(struct kunit *test, struct task_struct **t,
			      int n, const char *dir, const char *name)
{
	struct cgroup *cgrp = cgk_cgroup(test, dir);
	int i;

	for (i = 0; i < n; i++) {
		KUNIT_EXPECT_PTR_EQ_MSG(test, sgt_css_tg(t[i]), cgroup_tg(cgrp),
					"thread %d not in %s", i, dir);
		KUNIT_EXPECT_PTR_EQ_MSG(test, sgt_tg(t[i]), cgroup_tg(cgrp),
					"thread %d's task_group not %s", i,
					dir);
		KUNIT_EXPECT_STREQ(test, sgt_proc_group(test, t[i]), name);
	}
}

/* cpu.txt 3: after a procs move every thread's task_group is the target's */
static void cpu_cgroup_procs_moves_task_group(struct kunit *test)
{
	struct task_struct *t[SGT_GROUP];

	cgk_mount(test, SGT_MNT, "cpu");
	cgk_mkdir(test, SGT_MNT "/a");
	cgk_mkdir(test, SGT_MNT "/b");
	cgk_spawn_group(test, t, SGT_GROUP);
	sgt_expect_all_in(test, t, SGT_GROUP, SGT_MNT, "/");

	/* by the leader, by another thread, back to the root */
	KUNIT_EXPECT_GT(test, sgt_write_id("a/cgroup.procs",
					   task_tgid_vnr(t[0])), 0L);
	sgt_expect_all_in(test, t, SGT_GROUP, SGT_MNT "/a", "/a");
	KUNIT_EXPECT_GT(test, sgt_write_id("b/cgroup.procs",
					   task_pid_vnr(t[5])), 0L);
	sgt_expect_all_in(test, t, SGT_GROUP, SGT_MNT "/b", "/b");

	/* a split group (one thread elsewhere) joins up */
	KUNIT_EXPECT_GT(test, sgt_write_id("a/tasks", task_pid_vnr(t[3])), 0L);
	KUNIT_EXPECT_PTR_EQ(test, sgt_tg(t[3]), sgt_dir_tg(test, SGT_MNT "/a"));
	KUNIT_EXPECT_GT(test, sgt_write_id("a/cgroup.procs",
					   task_tgid_vnr(t[0])), 0L);
	sgt_expect_all_in(test, t, SGT_GROUP, SGT_MNT "/a", "/a");

	KUNIT_EXPECT_GT(test, sgt_write_id("cgroup.procs",
					   task_tgid_vnr(t[0])), 0L);
	sgt_expect_all_in(test, t, SGT_GROUP, SGT_MNT, "/");

	/* a new thread of a moved group is born in its group */
	KUNIT_EXPECT_GT(test, sgt_write_id("b/cgroup.procs",
					   task_tgid_vnr(t[0])), 0L);
	put_task_struct(t[SGT_GROUP - 1]);
	t[SGT_GROUP - 1] = tt_thread(t[2]);
	KUNIT_ASSERT_FALSE(test, IS_ERR(t[SGT_GROUP - 1]));
	sgt_expect_all_in(test, t, SGT_GROUP, SGT_MNT "/b", "/b");

	cgk_reap_group(test, t, SGT_GROUP);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(SGT_MNT "/a"), 0L);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(SGT_MNT "/b"), 0L);
	cgk_umount(test, SGT_MNT);
}

/*
 * cpu.txt section 3: one SCHED_FIFO thread and a target without RT runtime:
 * the procs write fails with EINVAL and no thread moves; the SCHED_OTHER
 * threads can still move one at a time through tasks, the FIFO one not.
 */
static void cpu_cgroup_procs_refuses_rt_thread(struct kunit *test)
{
	struct task_struct *t[4];
	int i;

	cgk_mount(test, SGT_MNT, "cpu");
	cgk_mkdir(test, SGT_MNT "/src");
	cgk_mkdir(test, SGT_MNT "/dst");
	sgt_expect_write(test, "src/cpu.rt_runtime_us", "10000");
	cgk_spawn_group(test, t, 4);
	KUNIT_EXPECT_GT(test, sgt_write_id("src/cgroup.procs",
					   task_tgid_vnr(t[0])), 0L);
	KUNIT_EXPECT_EQ(test, sgt_set_policy(t[2], SCHED_FIFO, 1), 0);

	for (i = 0; i < 4; i++) {
		KUNIT_EXPECT_EQ(test, sgt_write_id("dst/cgroup.procs",
						   task_pid_vnr(t[i])),
				(long)-EINVAL);
		sgt_expect_all_in(test, t, 4, SGT_MNT "/src", "/src");
	}
	KUNIT_EXPECT_STREQ(test, sgt_read(test, "dst/tasks"), "");

	/* the SCHED_OTHER threads, one at a time */
	for (i = 0; i < 4; i++) {
		long want = i == 2 ? -EINVAL : 0;
		long ret = sgt_write_id("dst/tasks", task_pid_vnr(t[i]));

		if (!want)
			KUNIT_EXPECT_GT(test, ret, 0L);
		else
			KUNIT_EXPECT_EQ(test, ret, want);
		sgt_expect_all_in(test, &t[i], 1,
				  i == 2 ? SGT_MNT "/src" : SGT_MNT "/dst",
				  i == 2 ? "/src" : "/dst");
	}
	KUNIT_EXPECT_EQ(test, atomic_read(&sgt_dir_tg(test, SGT_MNT
						      "/src")->nr_rt_tasks), 1);

	/* with runtime in the target the whole group moves */
	sgt_expect_write(test, "dst/cpu.rt_runtime_us", "10000");
	KUNIT_EXPECT_GT(test, sgt_write_id("dst/cgroup.procs",
					   task_tgid_vnr(t[0])), 0L);
	sgt_expect_all_in(test, t, 4, SGT_MNT "/dst", "/dst");
	KUNIT_EXPECT_EQ(test, atomic_read(&sgt_dir_tg(test, SGT_MNT
						      "/src")->nr_rt_tasks), 0);
	KUNIT_EXPECT_EQ(test, atomic_read(&sgt_dir_tg(test, SGT_MNT
						      "/dst")->nr_rt_tasks), 1);
	/* and the target's runtime is pinned now */
	sgt_expect_refused(test, "dst/cpu.rt_runtime_us", "0", -EBUSY);

	cgk_reap_group(test, t, 4);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(SGT_MNT "/src"), 0L);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(SGT_MNT "/dst"), 0L);
	cgk_umount(test, SGT_MNT);
}

/* A process forked in a group is born there; exit returns to the root. */
static void cpu_cgroup_fork_and_exit(struct kunit *test)
{
	struct task_struct *t[3], *child;
	struct task_group *a;

	cgk_mount(test, SGT_MNT, "cpu");
	cgk_mkdir(test, SGT_MNT "/a");
	a = sgt_dir_tg(test, SGT_MNT "/a");
	sgt_expect_write(test, "a/cpu.rt_runtime_us", "10000");
	cgk_spawn_group(test, t, 3);
	KUNIT_EXPECT_GT(test, sgt_write_id("a/cgroup.procs",
					   task_tgid_vnr(t[0])), 0L);
	KUNIT_EXPECT_EQ(test, sgt_set_policy(t[1], SCHED_RR, 5), 0);

	child = tt_fork(t[2]);
	KUNIT_ASSERT_FALSE(test, IS_ERR(child));
	KUNIT_EXPECT_PTR_EQ(test, sgt_tg(child), a);
	tt_exit_group(child, 0);
	KUNIT_EXPECT_PTR_EQ(test, sgt_tg(child), &root_task_group);
	KUNIT_EXPECT_EQ(test, cgk_as_wait(t[2], task_tgid_vnr(child)),
			(long)task_tgid_vnr(child));
	put_task_struct(child);

	/* the RT thread exits: uncounted, in the root group */
	KUNIT_EXPECT_EQ(test, atomic_read(&a->nr_rt_tasks), 1);
	tt_exit(t[1], 0);
	KUNIT_EXPECT_PTR_EQ(test, sgt_tg(t[1]), &root_task_group);
	KUNIT_EXPECT_FALSE(test, t[1]->sched_rt_counted);
	KUNIT_EXPECT_EQ(test, atomic_read(&a->nr_rt_tasks), 0);
	sgt_expect_write(test, "a/cpu.rt_runtime_us", "0");

	/* rmdir once empty */
	KUNIT_EXPECT_EQ(test, ksys_rmdir(SGT_MNT "/a"), (long)-EBUSY);
	cgk_reap_group(test, t, 3);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(SGT_MNT "/a"), 0L);
	cgk_umount(test, SGT_MNT);
}

/* fail_nth on mkdir of a cpu cgroup: ENOMEM, nothing made, no leak. */
static void cpu_cgroup_mkdir_faults(struct kunit *test)
{
	cgk_mount(test, SGT_MNT, "cpu");
	cgk_mkdir_faults(test, SGT_MNT "/a");
	KUNIT_EXPECT_STREQ(test, sgt_read(test, "a/cpu.rt_runtime_us"), "0\n");
	KUNIT_EXPECT_EQ(test, ksys_rmdir(SGT_MNT "/a"), 0L);
	cgk_umount(test, SGT_MNT);
}

/* fail_nth on reading /proc/<pid>/sched: ENOMEM or the file, no leak */
static void cpu_cgroup_proc_sched_faults(struct kunit *test)
{
	char *buf = kunit_kzalloc(test, SGT_BUF, GFP_KERNEL);
	int nth, failures = 0;
	long ret = -ENOMEM, live;

	KUNIT_ASSERT_NOT_NULL(test, buf);
	/* a first read fills what the VFS caches for good */
	KUNIT_ASSERT_GT(test, cgk_read_buf("/proc/self/sched", buf, SGT_BUF),
			0L);
	for (nth = 1; nth < 32; nth++) {
		live = kunit_live_objects();
		fail_nth_set(nth);
		ret = cgk_read_buf("/proc/self/sched", buf, SGT_BUF);
		fail_nth_set(0);
		KUNIT_EXPECT_EQ_MSG(test, kunit_live_objects(), live, "nth %d",
				    nth);
		if (ret > 0)
			break;
		failures++;
		KUNIT_EXPECT_EQ(test, ret, (long)-ENOMEM);
	}
	KUNIT_EXPECT_GT(test, ret, 0L);
	KUNIT_EXPECT_GE(test, failures, 1);
	KUNIT_EXPECT_NOT_NULL(test, strstr(buf, "task_group: /\n"));
}

/* fail_nth on a cgroup.procs write: all or nothing. */
static void cpu_cgroup_attach_faults(struct kunit *test)
{
	struct task_struct *t[4];
	struct task_group *a;
	int nth, i;
	long ret = -ENOMEM;

	cgk_mount(test, SGT_MNT, "cpu");
	cgk_mkdir(test, SGT_MNT "/a");
	a = sgt_dir_tg(test, SGT_MNT "/a");
	cgk_spawn_group(test, t, 4);
	for (nth = 1; nth < 64; nth++) {
		fail_nth_set(nth);
		ret = sgt_write_id("a/cgroup.procs", task_tgid_vnr(t[0]));
		fail_nth_set(0);
		if (ret > 0)
			break;
		KUNIT_EXPECT_EQ(test, ret, (long)-ENOMEM);
		for (i = 0; i < 4; i++)
			KUNIT_EXPECT_PTR_EQ(test, sgt_tg(t[i]),
					    &root_task_group);
	}
	KUNIT_EXPECT_GT(test, ret, 0L);
	for (i = 0; i < 4; i++)
		KUNIT_EXPECT_PTR_EQ(test, sgt_tg(t[i]), a);
	cgk_reap_group(test, t, 4);
	KUNIT_EXPECT_EQ(test, ksys_rmdir(SGT_MNT "/a"), 0L);
	cgk_umount(test, SGT_MNT);
}

/* cpu shares a hierarchy with others; unmounted, tasks go to the root */
static void cpu_cgroup_umount_and_rebind(struct kunit *test)
{
	struct task_struct *t[2];

	if (!IS_ENABLED(CONFIG_CGROUP_DEBUG))
		kunit_skip(test, "needs CONFIG_CGROUP_DEBUG");
	cgk_mount(test, SGT_MNT, "cpu,debug");
	cgk_mkdir(test, SGT_MNT "/a");
	cgk_spawn_group(test, t, 2);
	KUNIT_EXPECT_GT(test, sgt_write_id("a/cgroup.procs",
					   task_tgid_vnr(t[0])), 0L);
	sgt_expect_all_in(test, t, 2, SGT_MNT "/a", "/a");
	KUNIT_EXPECT_GT(test, sgt_write_id("cgroup.procs",
					   task_tgid_vnr(t[0])), 0L);
	sgt_expect_all_in(test, t, 2, SGT_MNT, "/");
	KUNIT_EXPECT_EQ(test, ksys_rmdir(SGT_MNT "/a"), 0L);
	cgk_umount(test, SGT_MNT);
	/* unbound: the dummy root's group is the root group */
	KUNIT_EXPECT_PTR_EQ(test, sgt_tg(t[0]), &root_task_group);
	KUNIT_EXPECT_PTR_EQ(test, sgt_css_tg(t[1]), &root_task_group);
	cgk_reap_group(test, t, 2);
	rcu_barrier();
}

static struct kunit_case cpu_cgroup_cases[] = {
	KUNIT_CASE(cpu_cgroup_file_defaults),
	KUNIT_CASE(cpu_cgroup_shares),
	KUNIT_CASE(cpu_cgroup_rt_bandwidth_rules),
	KUNIT_CASE(cpu_cgroup_rt_tasks_need_runtime),
	KUNIT_CASE(cpu_cgroup_procs_moves_task_group),
	KUNIT_CASE(cpu_cgroup_procs_refuses_rt_thread),
	KUNIT_CASE(cpu_cgroup_fork_and_exit),
	KUNIT_CASE(cpu_cgroup_mkdir_faults),
	KUNIT_CASE(cpu_cgroup_attach_faults),
	KUNIT_CASE(cpu_cgroup_proc_sched_faults),
	KUNIT_CASE(cpu_cgroup_umount_and_rebind),
	{}
};

static struct kunit_suite cpu_cgroup_suite = {
	.name = "cpu_cgroup",
	.test_cases = cpu_cgroup_cases,
};

kunit_test_suite(cpu_cgroup_suite);

/*
 * The contract (kernel/cgroup_contract_test.c): a group's shares, RT
 * bandwidth and count of RT tasks; a task's group and policy.
 */
static void cpu_cgroup_contract_snapshot(struct cgk_state *st,
					 struct cgroup_subsys *ss,
					 struct cgroup *cgrp,
					 struct task_struct *tsk)
{
	struct task_group *tg;

	if (cgrp) {
		tg = cgroup_tg(cgrp);
		cgk_state_printf(st, "shares %lu rt %lld/%llu rt tasks %d",
				 tg->shares,
				 (long long)tg->rt_bandwidth.rt_runtime,
				 (unsigned long long)tg->rt_bandwidth.rt_period,
				 atomic_read(&tg->nr_rt_tasks));
		return;
	}
	task_lock(tsk);
	tg = tsk->sched_task_group;
	cgk_state_printf(st, "group %s policy %d rt counted %d",
			 tg == &root_task_group ? "/" : tg->css.cgroup->name,
			 tsk->policy, tsk->sched_rt_counted);
	task_unlock(tsk);
}

/* real-time tasks (the suite has one) may join only a group with runtime */
static const struct cgk_setting cpu_cgroup_contract_prepare[] = {
	{ "cpu.rt_runtime_us", "1000" },
	{ }
};

CGROUP_CONTRACT(cpu_cgroup, .snapshot = cpu_cgroup_contract_snapshot,
		.prepare = cpu_cgroup_contract_prepare);
