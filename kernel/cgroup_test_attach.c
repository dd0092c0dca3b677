// SPDX-License-Identifier: GPL-2.0
/*
 * cgroup_test_attach.c - KUnit suites cgroup_attach_task (the
 * tasks file: hook order, the cancel rule, allocation failures,
 * credentials, errnos) and cgroup_files (the write parser, pid lists,
 * flags, the debug files).
 *
 * #included by kernel/cgroup_test.c, after kernel/cgroup.c and the
 * helpers it shares (cgt_*, the harness, the mock); not built alone.
 */

/* ------------------------------------------------------------------ */
/* cgroup_attach_task */

static void cgroup_attach_task_hook_order(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "mock0,mock1,mock2");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct task_struct *tsk = cgk_spawn(test);
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

	cgk_reap(test, tsk);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

/*
 * Every refusal in every position: cancel_attach for exactly the
 * subsystems whose can_attach succeeded, in order, the refusing one
 * included when its can_attach_task refused (cgroups.txt 5.7); nothing moved,
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
	struct task_struct *tsk = cgk_spawn(test);
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

	cgk_reap(test, tsk);
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
	struct task_struct *tsk = cgk_spawn(test);
	struct css_set *cg = cgt_css_set(tsk);
	int ref = atomic_read(&cg->refcount);
	struct cgroup_open_file *of;
	long live;
	int count, nth, failures = 0;
	ssize_t ret;
	char buf[256];
	char pidbuf[16];

	snprintf(pidbuf, sizeof(pidbuf), "%d", task_pid_vnr(tsk));
	of = cgroup_file_open(a, cgt_file(a, "tasks"), NULL, false);
	KUNIT_ASSERT_FALSE(test, IS_ERR(of));
	for (nth = 1; nth < 20; nth++) {
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
		KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf),
						    MOCK_ATTACH_HOOKS),
				   "0:can_attach 0:can_attach_task 1:can_attach 1:can_attach_task 0:cancel_attach 1:cancel_attach");
		KUNIT_EXPECT_PTR_EQ(test, cgt_css_set(tsk), cg);
		KUNIT_EXPECT_EQ(test, atomic_read(&cg->refcount), ref);
		cgt_settle();
		KUNIT_EXPECT_EQ(test, css_set_count, count);
		KUNIT_EXPECT_EQ(test, kunit_live_objects(), live);
	}
	cgroup_file_release(of);
	/* the css_set and its two links: three allocations, each failed */
	KUNIT_EXPECT_EQ(test, failures, 3);
	KUNIT_EXPECT_EQ(test, ret, (ssize_t)strlen(pidbuf));
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(tsk, r1), a);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(tsk, r2), &r2->top_cgroup);

	cgk_reap(test, tsk);
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
	struct task_struct *leader = cgk_spawn(test);
	struct task_struct *thread = cgk_thread(test, leader, 0);

	KUNIT_EXPECT_EQ(test, task_call(thread, cgt_write_self_fn, a), 1L);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(thread, root), a);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(leader, root),
			    &root->top_cgroup);
	put_task_struct(thread);
	cgk_reap(test, leader);
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
	struct task_struct *writer = cgk_spawn(test);
	struct task_struct *target = cgk_spawn(test);
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
	cgk_reap(test, writer);

	/* euid == target suid: allowed */
	writer = cgk_spawn(test);
	arg.ruid = 1002;
	arg.euid = 1002;
	arg.suid = 1002;
	KUNIT_EXPECT_GT(test, task_call(writer, cgt_setresuid_write_fn, &arg),
			0L);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(target, root), a);
	cgk_reap(test, writer);

	/* euid == target uid: allowed (moving it back to the root) */
	writer = cgk_spawn(test);
	arg.ruid = 1000;
	arg.euid = 1000;
	arg.suid = 1000;
	arg.cgrp = &root->top_cgroup;
	KUNIT_EXPECT_GT(test, task_call(writer, cgt_setresuid_write_fn, &arg),
			0L);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(target, root),
			    &root->top_cgroup);
	cgk_reap(test, writer);

	/* euid 0 (the case's own task) always passes the core check */
	KUNIT_EXPECT_GT(test, cgt_write_pid(a, task_pid_vnr(target)), 0L);
	KUNIT_EXPECT_PTR_EQ(test, cgt_task_cgroup(target, root), a);

	cgk_reap(test, target);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

/* ESRCH for unknown, too large and reaped ids; ENODEV after rmdir. */
static void cgroup_attach_task_errnos(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "mock0");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct task_struct *tsk = cgk_spawn(test);
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

	cgk_reap(test, tsk);
	mock_record();
	KUNIT_EXPECT_EQ(test, cgt_write_pid(a, pid), (ssize_t)-ESRCH);
	KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf), MOCK_ALL_HOOKS),
			   "");

	/* an fd opened before rmdir: ENODEV, checked before parsing */
	of = cgroup_file_open(a, cgt_file(a, "tasks"), NULL, false);
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
	struct task_struct *tsk = cgk_spawn(test);
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

	cgk_reap(test, tsk);
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
	struct task_struct *tsk = cgk_spawn(test);
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
	cgk_reap(test, tsk);
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

/* The parser of cgroups.txt 2.2.2, through a mock u64 file (no task). */
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
	of = cgroup_file_open(top, cgt_file(top, "tasks"), NULL, false);
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
	struct task_struct *p1 = cgk_spawn(test);
	struct task_struct *t1 = cgk_thread(test, p1, 0);
	struct task_struct *t2 = cgk_thread(test, p1, 0);
	struct task_struct *p2 = cgk_spawn(test);
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
	KUNIT_EXPECT_TRUE(test, cgk_listed(cgt_read(test, &root->top_cgroup,
						    "cgroup.procs"), pid_p1));
	KUNIT_EXPECT_TRUE(test, cgk_listed(cgt_read(test, &root->top_cgroup,
						    "tasks"), pid_p1));
	KUNIT_EXPECT_FALSE(test, cgk_listed(cgt_read(test, &root->top_cgroup,
						     "tasks"), pid_t1));

	put_task_struct(t1);
	put_task_struct(t2);
	cgk_reap(test, p1);
	cgk_reap(test, p2);
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
	struct cgroupfs_root *root;
	struct cgroup *a;
	struct task_struct *t1, *t2;
	char expect[64];

	if (!IS_ENABLED(CONFIG_CGROUP_DEBUG))
		kunit_skip(test, "needs CONFIG_CGROUP_DEBUG");
	root = cgt_mount(test, "debug,name=dbg");
	a = cgt_mkdir(test, &root->top_cgroup, "a");
	t1 = cgk_spawn(test);
	t2 = cgk_spawn(test);

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
	cgk_reap(test, t1);
	cgk_reap(test, t2);
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
