// SPDX-License-Identifier: GPL-2.0
/*
 * cgroup_test_hierarchy.c - KUnit suites cgroup_hierarchy (mount
 * options, sharing, mkdir and rmdir, remount, every allocation failed in
 * turn) and cgroup_css_set (sharing, reference counts, links, fork and
 * exit).
 *
 * #included by kernel/cgroup_test.c, after kernel/cgroup.c and the
 * helpers it shares (cgt_*, the harness, the mock); not built alone.
 */

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
	struct task_struct *tsk = cgk_spawn(test);
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

	cgk_reap(test, tsk);
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
		live = kunit_live_objects();
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
		KUNIT_EXPECT_EQ(test, kunit_live_objects(), live);
	}
	KUNIT_ASSERT_FALSE(test, IS_ERR(root));
	/* option copy, root, links, files of the top cgroup */
	KUNIT_EXPECT_GE(test, mount_failures, 4);

	for (nth = 1; nth < 64; nth++) {
		live = kunit_live_objects();
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
		KUNIT_EXPECT_EQ(test, kunit_live_objects(), live);
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
	struct task_struct *tsk = cgk_spawn(test);

	KUNIT_EXPECT_PTR_EQ(test, cgt_css_set(tsk), cg);
	KUNIT_EXPECT_EQ(test, atomic_read(&cg->refcount), before + 1);
	read_lock(&css_set_lock);
	KUNIT_EXPECT_FALSE(test, list_empty(&tsk->cg_list));
	read_unlock(&css_set_lock);
	cgk_reap(test, tsk);
	KUNIT_EXPECT_EQ(test, atomic_read(&cg->refcount), before);
}

static void cgroup_css_set_moved_tasks_share(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "mock0");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct task_struct *t1 = cgk_spawn(test);
	struct task_struct *t2 = cgk_spawn(test);
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

	cgk_reap(test, t1);
	cgk_reap(test, t2);
	KUNIT_EXPECT_EQ(test, cgt_rmdir(a), 0);
	cgroup_put_root(root);
}

/* Hierarchies without subsystems still tell css_sets apart. */
static void cgroup_css_set_named_hierarchy_distinct(struct kunit *test)
{
	struct cgroupfs_root *root = cgt_mount(test, "none,name=d");
	struct cgroup *a = cgt_mkdir(test, &root->top_cgroup, "a");
	struct cgroup *b = cgt_mkdir(test, &root->top_cgroup, "b");
	struct task_struct *t1 = cgk_spawn(test);
	struct task_struct *t2 = cgk_spawn(test);

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

	cgk_reap(test, t1);
	cgk_reap(test, t2);
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
	struct task_struct *tsk = cgk_spawn(test);
	struct css_set *cg;
	char buf[64];

	KUNIT_ASSERT_GT(test, cgt_write_pid(a, task_pid_vnr(tsk)), 0L);
	cg = cgt_css_set(tsk);
	KUNIT_EXPECT_EQ(test, atomic_read(&cg->refcount), 1);
	mock_record();
	cgk_reap(test, tsk);
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
	tsk = cgk_spawn(test);
	KUNIT_EXPECT_STREQ(test, mock_trace(buf, sizeof(buf), MOCK_ALL_HOOKS),
			   "0:fork 1:fork 2:fork");
	spin_lock(&mock_lock);
	for (i = 0; i < mock_log.nr; i++) {
		KUNIT_EXPECT_PTR_EQ(test, mock_log.calls[i].tsk, tsk);
		KUNIT_EXPECT_TRUE(test, mock_log.calls[i].linked);
	}
	spin_unlock(&mock_lock);
	cgk_reap(test, tsk);
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
			.name = CGK_COMM,
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

	worker = kthread_run(cgt_churn_fn, &churn, CGK_COMM "_churn");
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
