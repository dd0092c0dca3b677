// SPDX-License-Identifier: GPL-2.0
/*
 * cgroup_test_procs.c - KUnit suite cgroup_attach_proc (the
 * cgroup.procs file: whole-group moves, hook order, the cancel rule,
 * allocation failures, the races forced at exact points, zombies,
 * credentials, large and churning groups).
 *
 * #included by kernel/cgroup_test.c, after kernel/cgroup.c and the
 * helpers it shares (cgt_*, the harness, the mock); not built alone.
 */

/* ------------------------------------------------------------------ */
/* cgroup_attach_proc: writing cgroup.procs */

/*
 * Races forced at exact points of a write.  After the fork lock is taken
 * a case reaches them through the mock's hooks (mock_act_on()): right
 * after the snapshot (can_attach), inside the veto (can_attach_task),
 * right after the commit point (pre_attach).  Before it - the leader
 * looked up, the lock not yet taken - no hook runs: there cgroup.c calls
 * cgroup_procs_looked_up(), defined to cgt_looked_up() above the #include
 * of cgroup.c.  A case arms it with an action; the action runs once, on
 * the writer's host thread, with cgroup_mutex held.  Only the case's own
 * writes reach it while it is armed.
 */
static struct {
	bool armed;
	mock_action_fn action;
	void *arg;
	int hits;
	int passes;	/* armed or not */
} cgt_lookup = { };

static void cgt_looked_up(struct task_struct *tsk)
{
	cgt_lookup.passes++;
	if (!READ_ONCE(cgt_lookup.armed))
		return;
	WRITE_ONCE(cgt_lookup.armed, false);	/* once */
	cgt_lookup.hits++;
	cgt_lookup.action(tsk, cgt_lookup.arg);
}

static void cgt_lookup_arm(mock_action_fn action, void *arg)
{
	cgt_lookup.action = action;
	cgt_lookup.arg = arg;
	cgt_lookup.hits = 0;
	cgt_lookup.passes = 0;
	WRITE_ONCE(cgt_lookup.armed, true);
}

static int cgt_proc_init(struct kunit *test)
{
	WRITE_ONCE(cgt_lookup.armed, false);
	return cgt_init(test);
}

static void cgt_proc_exit(struct kunit *test)
{
	WRITE_ONCE(cgt_lookup.armed, false);
	cgt_exit(test);
}

static ssize_t cgt_write_procs(struct cgroup *cgrp, pid_t pid)
{
	char buf[16];

	snprintf(buf, sizeof(buf), "%d\n", pid);
	return cgt_write(cgrp, "cgroup.procs", buf);
}

#define CGT_GROUP_MAX	8

/* How many of t[0..n) sit in @cgrp. */
static int cgt_count_in(struct task_struct **t, int n, struct cgroup *cgrp)
{
	int i, in = 0;

	for (i = 0; i < n; i++)
		in += cgt_task_cgroup(t[i], cgrp->root) == cgrp;
	return in;
}

/* cgroups.txt 2.2: any thread's id moves the whole group, in one hierarchy */
static void cgroup_attach_proc_moves_group(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "none,name=p");
	struct cgroupfs_root *other = cgt_mount(test, "none,name=q");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct cgroup *b = cgt_mkdir(test, &root->top_cgroup, "b");
	struct task_struct *t[4];
	char *list, *top_list;
	int i;

	cgk_spawn_group(test, t, 4);
	KUNIT_EXPECT_EQ(test, cgt_write_procs(a, task_tgid_vnr(t[0])), 3L);
	KUNIT_EXPECT_EQ(test, cgt_count_in(t, 4, a), 4);
	list = cgt_read(test, a, "tasks");
	top_list = cgt_read(test, &root->top_cgroup, "tasks");
	for (i = 0; i < 4; i++) {
		KUNIT_EXPECT_TRUE(test, cgk_listed(list, task_pid_vnr(t[i])));
		KUNIT_EXPECT_FALSE(test, cgk_listed(top_list,
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

	cgk_reap_group(test, t, 4);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(b), 0);
	cgroup_put_root(other);
	cgroup_put_root(root);
}

static long cgt_write_procs_self_fn(void *arg)
{
	return cgt_write(arg, "cgroup.procs", "0");
}

/* cgroups.txt 2.2: "0" moves the writer's whole group, leader or not. */
static void cgroup_attach_proc_zero_is_writer_group(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "none,name=z");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct cgroup *b = cgt_mkdir(test, &root->top_cgroup, "b");
	struct task_struct *t[3];

	cgk_spawn_group(test, t, 3);
	KUNIT_EXPECT_EQ(test, task_call(t[0], cgt_write_procs_self_fn, a), 1L);
	KUNIT_EXPECT_EQ(test, cgt_count_in(t, 3, a), 3);
	KUNIT_EXPECT_EQ(test, task_call(t[2], cgt_write_procs_self_fn, b), 1L);
	KUNIT_EXPECT_EQ(test, cgt_count_in(t, 3, b), 3);

	cgk_reap_group(test, t, 3);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(b), 0);
	cgroup_put_root(root);
}

/*
 * cgroups.txt 3.3 on the procs path: per subsystem can_attach (with the
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

	cgk_spawn_group(test, t, 3);
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
			/* migrated before attach_task runs: cgroups.txt 5.1 */
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

	cgk_reap_group(test, t, 3);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

/*
 * cgroups.txt 5.6: a group split over two cgroups by tasks writes; only the
 * threads that move see per-thread hooks; attach() gets the leader's old
 * cgroup; the leader itself may already be in place.
 */
static void cgroup_attach_proc_split_group(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "mock0");
	struct cgroup *s2 = cgt_mkdir(test, &root->top_cgroup, "s2");
	struct cgroup *c = cgt_mkdir(test, &root->top_cgroup, "c");
	struct task_struct *t[4];
	char buf[512];
	int i;

	cgk_spawn_group(test, t, 4);
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

	cgk_reap_group(test, t, 4);
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

	cgk_spawn_group(test, t, 4);
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

	cgk_reap_group(test, t, 4);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(s2), 0);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(d), 0);
	cgroup_put_root(root);
}

/*
 * cgroups.txt 3.3 and 5.7: every refusal, by can_attach or by can_attach_task
 * on the second thread: cancel_attach for every subsystem whose can_attach
 * succeeded, the refusing one included when its can_attach_task refused;
 * nothing moves; no commit hook.
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

	cgk_spawn_group(test, t, 3);
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
		/* cgroups.txt 2.2.1: lock and mutex free, retry possible */
		KUNIT_EXPECT_FALSE(test, rwsem_is_locked(lock));
		KUNIT_EXPECT_FALSE(test, mutex_is_locked(&cgroup_mutex));
	}
	mock_reset();
	KUNIT_EXPECT_GT(test, cgt_write_procs(a, task_pid_vnr(t[0])), 0L);
	KUNIT_EXPECT_EQ(test, cgt_count_in(t, 3, a), 3);

	cgk_reap_group(test, t, 3);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

/*
 * cgroups.txt 3.2.3, style.txt 9.3: fail every allocation of the write in
 * turn.  One thread is in another cgroup of a second hierarchy, so the threads
 * have two old css_sets with two different targets and the prefetch allocates
 * two: the array (no hook ran yet: no hook at all), then each css_set and its
 * links (every subsystem said yes: all are cancelled; the first prefetched
 * css_set is released).  Nothing moves, nothing leaks.
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

	cgk_spawn_group(test, t, 3);
	KUNIT_ASSERT_GT(test, cgt_write_pid(s, task_pid_vnr(t[2])), 0L);
	snprintf(pidbuf, sizeof(pidbuf), "%d", task_pid_vnr(t[0]));
	of = cgroup_file_open(a, cgt_file(a, "cgroup.procs"), NULL, false);
	KUNIT_ASSERT_FALSE(test, IS_ERR(of));
	for (nth = 1; nth < 30; nth++) {
		cgt_settle();
		live = kunit_live_objects();
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
		KUNIT_EXPECT_EQ(test, kunit_live_objects(), live);
	}
	cgroup_file_release(of);
	/* the array, then two css_sets with two links each */
	KUNIT_EXPECT_EQ(test, failures, 7);
	KUNIT_EXPECT_EQ(test, ret, (ssize_t)strlen(pidbuf));
	KUNIT_EXPECT_EQ(test, cgt_count_in(t, 3, a), 3);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(t[0], r2), &r2->top_cgroup);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(t[2], r2), s);

	cgk_reap_group(test, t, 3);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(s), 0);
	cgroup_put_root(r2);
	cgroup_put_root(r1);
}

static long cgt_exec_fn(void *arg)
{
	return ksys_execve("/bin/" CGK_COMM "-exec");
}

static void cgt_exec_action(struct task_struct *tsk, void *arg)
{
	WARN_ON_ONCE(task_call(arg, cgt_exec_fn, NULL) != 0);
}

/*
 * cgroups.txt 3.2.2: a non-leader thread execs between the pid lookup and the
 * fork lock.  The old leader is no longer the leader: the attempt gives
 * -EAGAIN, the write looks the tgid up again and moves the new group; user
 * space sees one successful write.
 */
static void cgroup_attach_proc_exec_race(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "mock0,name=e");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct task_struct *t[3];
	char buf[128];
	pid_t tgid;

	cgk_spawn_group(test, t, 3);
	tgid = task_tgid_vnr(t[0]);
	cgt_lookup_arm(cgt_exec_action, t[2]);
	mock_record();
	KUNIT_EXPECT_GT(test, cgt_write_procs(a, tgid), 0L);
	KUNIT_EXPECT_EQ(test, cgt_lookup.hits, 1);
	/*
	 * exactly one retry: two lookups, one snapshot that went through
	 * (one can_attach follows it) and one commit (one pre_attach)
	 */
	KUNIT_EXPECT_EQ(test, cgt_lookup.passes, 2);
	KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf),
					    (1UL << MOCK_CAN_ATTACH) |
					    (1UL << MOCK_PRE_ATTACH)),
			   "0:can_attach 0:pre_attach");
	/* t[2] took over the leader's pid, alone and moved */
	KUNIT_EXPECT_TRUE(test, thread_group_leader(t[2]));
	KUNIT_EXPECT_EQ(test, task_pid_vnr(t[2]), tgid);
	KUNIT_EXPECT_EQ(test, get_nr_threads(t[2]), 1);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(t[2], root), a);

	put_task_struct(t[0]);
	put_task_struct(t[1]);
	cgk_reap(test, t[2]);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

/*
 * The second lookup of cgroup_attach_proc_subsys_eagain: let can_attach
 * succeed, so that a core that retries on a subsystem's -EAGAIN ends
 * (and the case fails) instead of spinning for ever.
 */
static void cgt_eagain_relent(struct task_struct *tsk, void *arg)
{
	mock_fail_on(0, MOCK_CAN_ATTACH, NULL, 0);
}

static void cgt_eagain_first_lookup(struct task_struct *tsk, void *arg)
{
	cgt_lookup.action = cgt_eagain_relent;
	WRITE_ONCE(cgt_lookup.armed, true);
}

/*
 * cgroups.txt 2.2.3: a subsystem that refuses with -EAGAIN is a refusal like
 * any other.  The write fails with EAGAIN after one attempt, moves nothing and
 * cancels; only the core's own "the leader changed" makes it look again.
 */
static void cgroup_attach_proc_subsys_eagain(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "mock0");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct task_struct *t[3];
	char buf[256];

	cgk_spawn_group(test, t, 3);
	mock_record();
	mock_fail_on(0, MOCK_CAN_ATTACH, NULL, -EAGAIN);
	cgt_lookup_arm(cgt_eagain_first_lookup, NULL);
	KUNIT_EXPECT_EQ(test, cgt_write_procs(a, task_pid_vnr(t[1])),
			(ssize_t)-EAGAIN);
	WRITE_ONCE(cgt_lookup.armed, false);
	KUNIT_EXPECT_EQ(test, cgt_lookup.passes, 1);
	KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf), MOCK_ALL_HOOKS),
			   "0:can_attach");
	KUNIT_EXPECT_EQ(test, cgt_count_in(t, 3, a), 0);
	/* the tasks file too */
	KUNIT_EXPECT_EQ(test, cgt_write_pid(a, task_pid_vnr(t[1])),
			(ssize_t)-EAGAIN);
	mock_reset();
	KUNIT_EXPECT_GT(test, cgt_write_procs(a, task_pid_vnr(t[1])), 0L);
	KUNIT_EXPECT_EQ(test, cgt_count_in(t, 3, a), 3);

	cgk_reap_group(test, t, 3);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

struct cgt_exec_kill {
	struct task_struct *execer;	/* a non-leader thread of the group */
	struct task_struct *writer;	/* the writing process */
	struct cgroup *cgrp;
	pid_t tgid;
};

/* An exec makes the write retry, and the writer is killed meanwhile. */
static void cgt_exec_kill_action(struct task_struct *tsk, void *arg)
{
	struct cgt_exec_kill *ek = arg;

	WARN_ON_ONCE(task_call(ek->execer, cgt_exec_fn, NULL) != 0);
	WARN_ON_ONCE(ksys_kill(task_tgid_vnr(ek->writer), SIGKILL) != 0);
}

static long cgt_exec_kill_write_fn(void *arg)
{
	struct cgt_exec_kill *ek = arg;

	return cgt_write_procs(ek->cgrp, ek->tgid);
}

/*
 * cgroups.txt 2.2.1: a write that has to look the id up again because of an
 * exec stops when its writer has a fatal signal pending: EINTR, nothing moved.
 */
static void cgroup_attach_proc_retry_killed(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "mock0,name=k");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct cgt_exec_kill ek = { .cgrp = a };
	struct task_struct *t[3];
	char buf[128];
	int status;
	pid_t pid;

	cgk_spawn_group(test, t, 3);
	ek.writer = cgk_spawn(test);
	ek.execer = t[2];
	ek.tgid = task_tgid_vnr(t[0]);
	pid = task_tgid_vnr(ek.writer);
	cgt_lookup_arm(cgt_exec_kill_action, &ek);
	mock_record();
	KUNIT_EXPECT_EQ(test, task_call(ek.writer, cgt_exec_kill_write_fn, &ek),
			(long)-EINTR);
	KUNIT_EXPECT_EQ(test, cgt_lookup.hits, 1);
	/* one lookup, and no snapshot went through (can_attach follows one) */
	KUNIT_EXPECT_EQ(test, cgt_lookup.passes, 1);
	KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf), MOCK_ATTACH_HOOKS),
			   "");
	/* the exec went through; the process it left did not move */
	KUNIT_EXPECT_TRUE(test, thread_group_leader(t[2]));
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(t[2], root),
			    &root->top_cgroup);
	KUNIT_EXPECT_EQ(test, kernel_wait4(pid, &status, __WALL), pid);
	put_task_struct(ek.writer);

	put_task_struct(t[0]);
	put_task_struct(t[1]);
	cgk_reap(test, t[2]);
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
 * cgroups.txt 5.2: a thread starts exiting after the snapshot - before the
 * veto, inside it, or after the prefetch.  The write succeeds, the other
 * threads move, the exiting one does not (it ends in init_css_set) and no
 * reference is lost.
 */
static void cgroup_attach_proc_exit_after_snapshot(struct kunit *test)
{
	/* right after the snapshot, inside the veto, after the commit point */
	static const enum mock_hook points[] = {
		MOCK_CAN_ATTACH, MOCK_CAN_ATTACH_TASK, MOCK_PRE_ATTACH,
	};
	struct cgroupfs_root *root = cgt_mount(test, "mock0");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct cgroup *b = cgt_mkdir(test, &root->top_cgroup, "b");
	struct task_struct *t[4];
	int i;

	for (i = 0; i < ARRAY_SIZE(points); i++) {
		struct cgroup *to = i & 1 ? b : a;

		cgk_spawn_group(test, t, 4);
		mock_act_on(0, points[i], cgt_exit_action, t[2]);
		KUNIT_EXPECT_GT_MSG(test, cgt_write_procs(to, task_tgid_vnr(t[0])),
				    0L, "point %d", i);
		KUNIT_EXPECT_EQ(test, mock_act_hits(), 1);
		KUNIT_EXPECT_TRUE(test, READ_ONCE(t[2]->flags) & PF_EXITING);
		KUNIT_EXPECT_PTR_EQ(test, cgt_css_set(t[2]), &init_css_set);
		KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(t[0], root), to);
		KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(t[1], root), to);
		KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(t[3], root), to);
		KUNIT_EXPECT_FALSE(test, cgk_listed(cgt_read(test, to, "tasks"),
						    task_pid_vnr(t[2])));
		cgk_reap_group(test, t, 4);
	}
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(b), 0);
	cgroup_put_root(root);
}

/*
 * cgroups.txt 5.2: the leader exited (a zombie) and its threads live on: a
 * write of the tgid or of a live tid moves the live threads, no crash. The
 * whole process is a zombie: success with no change and no hook; the tasks
 * file says ESRCH.
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

	cgk_spawn_group(test, t, 3);
	KUNIT_ASSERT_EQ(test, task_call(t[0], cgt_exit_fn, NULL), 0L);
	KUNIT_EXPECT_EQ(test, t[0]->exit_state, EXIT_ZOMBIE);
	KUNIT_EXPECT_GT(test, cgt_write_procs(a, task_tgid_vnr(t[0])), 0L);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(t[1], root), a);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(t[2], root), a);
	KUNIT_EXPECT_GT(test, cgt_write_procs(b, task_pid_vnr(t[2])), 0L);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(t[1], root), b);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(t[2], root), b);
	cgk_reap_group(test, t, 3);

	p = cgk_spawn(test);
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
 * cgroups.txt 2.2.3 (EACCES): credentials are checked against the leader only;
 * "0" is not checked; a refusal moves nothing and calls no hook.
 */
static void cgroup_attach_proc_permissions(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "mock0");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct cgt_procs_cred pc = { .cgrp = a };
	struct task_struct *t[3], *writer;
	char buf[256];

	writer = cgk_spawn(test);
	KUNIT_ASSERT_EQ(test, task_call(writer, cgt_setuid_fn, (void *)1000L),
			0L);
	cgk_spawn_group(test, t, 3);
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
	cgk_reap_group(test, t, 3);

	/* leader 1000, thread 2000: the whole group moves */
	cgk_spawn_group(test, t, 3);
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
	cgk_reap_group(test, t, 3);

	cgk_reap(test, writer);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

/* cgroups.txt 2.2.2, 2.2.3: the parser and the errnos of the procs file. */
static void cgroup_attach_proc_errnos(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "none,name=n");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct cgroup *gone = cgt_mkdir(test, &root->top_cgroup, "gone");
	struct task_struct *t[2];
	struct cgroup_open_file *of;
	char buf[24], big[65];

	cgk_spawn_group(test, t, 2);
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

	of = cgroup_file_open(gone, cgt_file(gone, "cgroup.procs"), NULL, false);
	KUNIT_ASSERT_FALSE(test, IS_ERR(of));
	KUNIT_EXPECT_EQ(test, cgt_rmdir(gone), 0);
	snprintf(buf, sizeof(buf), "%d", task_pid_vnr(t[0]));
	KUNIT_EXPECT_EQ(test, cgroup_file_write(of, (const char __user *)buf,
						strlen(buf)), (ssize_t)-ENODEV);
	cgroup_file_release(of);
	KUNIT_EXPECT_EQ(test, cgt_count_in(t, 2, a), 2);

	cgk_reap_group(test, t, 2);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

struct cgt_other_fork {
	struct task_struct *other;	/* another process */
	struct task_struct *mover;	/* the process being moved */
	long other_tid, plain_pid;
	bool locked;
};

static void cgt_other_fork_action(struct task_struct *tsk, void *arg)
{
	struct cgt_other_fork *of = arg;

	of->locked = rwsem_is_locked(&of->mover->signal->threadgroup_fork_lock);
	of->other_tid = cgk_as_clone(of->other, TT_THREAD_FLAGS);
	of->plain_pid = cgk_as_clone(of->mover, 0);
}

/*
 * cgroups.txt 3.2.1: while a process is being moved (its fork lock held for
 * write), another process creates a thread and the moved process itself forks
 * a new process: neither waits.  The new process is not part of the move
 * (cgroups.txt 5.10) and stays where its parent was when it forked.
 */
static void cgroup_attach_proc_other_process_forks(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "mock0,name=o");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct cgt_other_fork of = { };
	struct task_struct *t[2], *o[1], *thread, *child;

	cgk_spawn_group(test, t, 2);
	cgk_spawn_group(test, o, 1);
	of.other = o[0];
	of.mover = t[0];
	/* right after the commit point, the fork lock held */
	mock_act_on(0, MOCK_PRE_ATTACH, cgt_other_fork_action, &of);
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
	cgk_reap(test, o[0]);
	KUNIT_EXPECT_EQ(test, ksys_kill(of.plain_pid, SIGKILL), 0);
	cgk_reap_group(test, t, 2);
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
		tid = cgk_as_clone(sf->forker, TT_THREAD_FLAGS);
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
 * cgroups.txt 2.2 ("0"): a thread moves its own process again and again while
 * another thread of it keeps creating threads: the writer holds the fork lock
 * the forks wait for, and must not wait for them; every write succeeds and
 * leaves no thread behind.
 */
static void cgroup_attach_proc_self_move_while_forking(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "none,name=s");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct cgroup *b = cgt_mkdir(test, &root->top_cgroup, "b");
	struct cgt_self_fork sf = { };
	struct task_struct *t[3], *k;
	int i, ok = 0, escaped = 0, total;

	cgk_spawn_group(test, t, 3);
	sf.forker = t[1];
	k = kthread_run(cgt_self_fork_thread, &sf, CGK_COMM "-forker");
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

	cgk_reap_group(test, t, 3);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(b), 0);
	cgroup_put_root(root);
}

/*
 * cgroups.txt 3.2.1: CLONE_THREAD forks that fail, after cgroup_fork() or
 * before, leave the fork lock free: a procs write right after each one moves
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

	cgk_spawn_group(test, t, 2);
	for (nth = 1; nth < 100; nth++) {
		struct cgroup *to = nth & 1 ? b : a;

		fail_nth_set(nth);
		tid = cgk_as_clone(t[1], TT_THREAD_FLAGS);
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

	cgk_reap_group(test, t, 2);
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
 * cgroups.txt 2.2.1: procs writes of one process to two cgroups, and tasks
 * writes of one of its threads, race: they are serialized, every one succeeds,
 * and at the end the group is wholly in one cgroup but for the thread the
 * tasks writes moved last.
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

	cgk_spawn_group(test, t, 4);
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
		k[i] = kthread_create(cgt_racer_thread, &r[i], CGK_COMM "-racer");
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

	cgk_reap_group(test, t, 4);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(b), 0);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(c), 0);
	cgroup_put_root(root);
}

/* cgroups.txt 5.12: a large group moves with one write. */
static void cgroup_attach_proc_large_group(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "none,name=l");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct task_struct *leader = cgk_spawn(test), *tsk;
	int i, n = 5000, in = 0, total = 0;
	u64 ns;

	for (i = 1; i < n; i++)
		KUNIT_ASSERT_GT(test, cgk_as_clone(leader, TT_THREAD_FLAGS),
				0L);
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

	cgk_reap(test, leader);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

/*
 * cgroups.txt 2.2.1, the churn criterion: a process whose threads clone and
 * exit without pause (the workload generator's churn) is moved back and forth
 * 10,000 times; after every successful write no live thread of it is left
 * outside the destination.
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
	/*
	 * The churn runs before the first write, and the writes go on
	 * until it forked 100 times among them: on a loaded host its
	 * driver may start late or run seldom, and a test that counted on
	 * it running within 10000 writes would fail now and then.
	 */
	forks = spawn_forks(pid);
	while (spawn_forks(pid) == forks)
		usleep_range(100, 200);
	forks = spawn_forks(pid);
	for (i = 0; i < 10000 || spawn_forks(pid) - forks < 100; i++) {
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
	KUNIT_EXPECT_EQ(test, ok, i);
	KUNIT_EXPECT_EQ(test, escaped, 0);
	KUNIT_EXPECT_GE(test, forks, 100L);

	KUNIT_EXPECT_EQ(test, ksys_kill(pid, SIGKILL), 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(pid, NULL, __WALL), pid);
	spawn_wait_driver(pid);
	put_task_struct(leader);
	cgt_settle();
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(b), 0);
	cgroup_put_root(root);
}

/*
 * A move's hold of the global css_set lock and of the moved process's
 * task lists (what cgroup_attach_migrate() holds for a batch), kept by a
 * kernel thread until the case says so.
 */
struct cgt_held_move {
	struct css_set *cg;		/* the moved process's css_set */
	struct completion held;
	atomic_t release;
};

static int cgt_held_move_fn(void *data)
{
	struct cgt_held_move *hm = data;

	write_lock(&css_set_lock);
	spin_lock(&hm->cg->tasks_lock);
	complete(&hm->held);
	/* a spinning lock is held: spin, as a migration's batch would run */
	while (!atomic_read(&hm->release))
		host_ops.cpu_relax();
	spin_unlock(&hm->cg->tasks_lock);
	write_unlock(&css_set_lock);
	return 0;
}

/*
 * cgroups.txt 3.2.1, the task lists: the fork and the exit of a process
 * take no lock that a move of another process holds.  While a kernel
 * thread holds css_set_lock for write and the task list of a process in
 * another cgroup (as a move of that process does), the case's task
 * forks a process and a thread of it, both are linked where they belong,
 * and both exit and are reaped: all before the holder lets go.  (With
 * fork and exit on css_set_lock, the fork would wait for the holder,
 * which waits for the case: the case would never end.)
 */
static void cgroup_attach_proc_fork_beside_held_move(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "none,name=h");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct cgt_held_move hm = { };
	struct task_struct *moved, *holder, *t[2];

	moved = cgk_spawn(test);
	KUNIT_ASSERT_GT(test, cgt_write_procs(a, task_tgid_vnr(moved)), 0L);
	hm.cg = cgt_css_set(moved);
	KUNIT_ASSERT_PTR_NE(test, hm.cg, cgt_css_set(current));
	init_completion(&hm.held);
	holder = kthread_run(cgt_held_move_fn, &hm, CGK_COMM "_hold");
	KUNIT_ASSERT_FALSE(test, IS_ERR(holder));
	get_task_struct(holder);
	wait_for_completion(&hm.held);

	cgk_spawn_group(test, t, 2);
	KUNIT_EXPECT_TRUE(test, cgroup_task_linked(t[0]));
	KUNIT_EXPECT_TRUE(test, cgroup_task_linked(t[1]));
	KUNIT_EXPECT_PTR_EQ(test, cgt_css_set(t[1]), cgt_css_set(current));
	cgk_reap_group(test, t, 2);

	atomic_set(&hm.release, 1);
	KUNIT_EXPECT_EQ(test, kthread_stop(holder), 0);
	put_task_struct(holder);
	KUNIT_EXPECT_PTR_EQ(test, cgt_css_set(moved), hm.cg);
	cgk_reap(test, moved);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

/* The ids of a tasks or cgroup.procs listing, in @ids; how many. */
static int cgt_parse_ids(const char *buf, pid_t *ids, int max)
{
	int n = 0;

	while (*buf && n < max) {
		const char *nl = strchrnul(buf, '\n');
		size_t len = nl - buf;
		char num[16];
		int v;

		if (!len || len >= sizeof(num))
			break;
		memcpy(num, buf, len);
		num[len] = '\0';
		if (kstrtoint(num, 10, &v))
			break;
		ids[n++] = v;
		buf = *nl ? nl + 1 : nl;
	}
	return n;
}

#define CGT_IDS_MAX	256

/* Does the sorted listing @buf name an id twice? */
static bool cgt_ids_repeat(const char *buf, pid_t *ids)
{
	int i, n = cgt_parse_ids(buf, ids, CGT_IDS_MAX);

	for (i = 1; i < n; i++)
		if (ids[i] == ids[i - 1])
			return true;
	return false;
}

/*
 * Walk @cgrp's tasks with the core's iterator, as the freezer does,
 * taking and dropping a reference on each: every task returned must be
 * alive (ASan and the refcount checks see it otherwise) and belong to
 * @p or @u.  Returns how many tasks were not theirs.
 */
static int cgt_iter_strangers(struct cgroup *cgrp, pid_t p, pid_t u,
			      int *seen)
{
	struct cgroup_iter it;
	struct task_struct *t;
	int strangers = 0;

	cgroup_iter_start(cgrp, &it);
	while ((t = cgroup_iter_next(cgrp, &it))) {
		get_task_struct(t);
		if (task_tgid_nr(t) != p && task_tgid_nr(t) != u)
			strangers++;
		(*seen)++;
		put_task_struct(t);
	}
	cgroup_iter_end(cgrp, &it);
	return strangers;
}

/*
 * The task lists under churn: process P, whose threads clone and exit
 * without pause, is moved between a and b by cgroup.procs writes, while
 * process U, churning too, stays in a (so its forks and exits meet P's
 * moves into a on a's task list), and the case reads both cgroups' tasks
 * and cgroup.procs files and walks them with cgroup_iter.  After every
 * write no live thread of P is outside the destination; no listing names
 * a thread twice or a process other than P and U; U is always listed in
 * a; the walks meet only live tasks of P and U.  The writes go on until
 * both processes forked 100 times among them.  At the end every css_set
 * is back at rest (cgt_exit: refcounts equal the task lists' lengths).
 */
static void cgroup_attach_proc_task_lists_churn(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "none,name=l");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct cgroup *b = cgt_mkdir(test, &root->top_cgroup, "b");
	int i, ok = 0, escaped = 0, total, repeats = 0, strangers = 0;
	int u_missing = 0, seen = 0;
	struct task_struct *leader;
	long p_forks, u_forks;
	pid_t p, u, *ids;

	ids = kunit_kmalloc_array(test, CGT_IDS_MAX, sizeof(*ids),
				  GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, ids);
	p = spawn_process(current, 8, true);
	KUNIT_ASSERT_GT(test, p, 0);
	u = spawn_process(current, 8, true);
	KUNIT_ASSERT_GT(test, u, 0);
	leader = find_get_task_by_vpid(p);
	KUNIT_ASSERT_NOT_NULL(test, leader);
	KUNIT_ASSERT_GT(test, cgt_write_procs(a, u), 0L);

	/* both churns run before the first write (see the churn case) */
	p_forks = spawn_forks(p);
	u_forks = spawn_forks(u);
	while (spawn_forks(p) == p_forks || spawn_forks(u) == u_forks)
		usleep_range(100, 200);
	p_forks = spawn_forks(p);
	u_forks = spawn_forks(u);
	for (i = 0; i < 2000 || spawn_forks(p) - p_forks < 100 ||
	     spawn_forks(u) - u_forks < 100; i++) {
		struct cgroup *to = i & 1 ? b : a;
		char *list;
		int j, n;

		if (cgt_write_procs(to, p) <= 0)
			continue;
		ok++;
		escaped += cgt_escaped(leader, to, &total);
		if (i % 4)
			continue;
		repeats += cgt_ids_repeat(cgt_read(test, a, "tasks"), ids);
		repeats += cgt_ids_repeat(cgt_read(test, b, "tasks"), ids);
		list = cgt_read(test, a, "cgroup.procs");
		n = cgt_parse_ids(list, ids, CGT_IDS_MAX);
		for (j = 0; j < n && ids[j] != u; j++)
			;
		u_missing += j == n;
		for (j = 0; j < n; j++)
			strangers += ids[j] != p && ids[j] != u;
		strangers += cgt_iter_strangers(a, p, u, &seen);
		strangers += cgt_iter_strangers(b, p, u, &seen);
	}
	p_forks = spawn_forks(p) - p_forks;
	u_forks = spawn_forks(u) - u_forks;
	kunit_info(test, "%d writes, %ld and %ld forks meanwhile, %d tasks walked",
		   ok, p_forks, u_forks, seen);
	KUNIT_EXPECT_EQ(test, ok, i);
	KUNIT_EXPECT_EQ(test, escaped, 0);
	KUNIT_EXPECT_EQ(test, repeats, 0);
	KUNIT_EXPECT_EQ(test, strangers, 0);
	KUNIT_EXPECT_EQ(test, u_missing, 0);
	KUNIT_EXPECT_GT(test, seen, 0);
	KUNIT_EXPECT_GE(test, p_forks, 100L);
	KUNIT_EXPECT_GE(test, u_forks, 100L);

	KUNIT_EXPECT_EQ(test, ksys_kill(p, SIGKILL), 0);
	KUNIT_EXPECT_EQ(test, ksys_kill(u, SIGKILL), 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(p, NULL, __WALL), p);
	KUNIT_EXPECT_EQ(test, kernel_wait4(u, NULL, __WALL), u);
	spawn_wait_driver(p);
	spawn_wait_driver(u);
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
	KUNIT_CASE(cgroup_attach_proc_subsys_eagain),
	KUNIT_CASE(cgroup_attach_proc_retry_killed),
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
	KUNIT_CASE(cgroup_attach_proc_fork_beside_held_move),
	KUNIT_CASE(cgroup_attach_proc_task_lists_churn),
	{}
};

static struct kunit_suite cgroup_attach_proc_suite = {
	.name = "cgroup_attach_proc",
	.init = cgt_proc_init,
	.exit = cgt_proc_exit,
	.test_cases = cgroup_attach_proc_cases,
};
