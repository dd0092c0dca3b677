// SPDX-License-Identifier: GPL-2.0
/*
 * pid_test.c - KUnit suite "pid": number allocation order, wrap-around
 * to RESERVED_PIDS, ns_last_pid, no reuse of a live number, exhaustion,
 * and the RCU-delayed free of struct pid.
 *
 * Cases work far above the pids the boot used and restore last_pid and
 * pid_max; they allocate struct pid directly (no tasks).
 */
#include <kunit/test.h>
#include <linux/pid.h>
#include <linux/pid_namespace.h>
#include <linux/rcupdate.h>
#include <linux/slab.h>
#include <host_ops.h>

#define PT_BASE		20000

static void pid_alloc_order(struct kunit *test)
{
	int saved = get_ns_last_pid(&init_pid_ns);
	struct pid *a, *b, *c;

	KUNIT_ASSERT_EQ(test, set_ns_last_pid(&init_pid_ns, PT_BASE), 0);
	a = alloc_pid(&init_pid_ns);
	b = alloc_pid(&init_pid_ns);
	c = alloc_pid(&init_pid_ns);
	KUNIT_ASSERT_FALSE(test, IS_ERR(a) || IS_ERR(b) || IS_ERR(c));
	KUNIT_EXPECT_EQ(test, pid_nr(a), PT_BASE + 1);
	KUNIT_EXPECT_EQ(test, pid_nr(b), PT_BASE + 2);
	KUNIT_EXPECT_EQ(test, pid_nr(c), PT_BASE + 3);
	KUNIT_EXPECT_EQ(test, get_ns_last_pid(&init_pid_ns), PT_BASE + 3);

	rcu_read_lock();
	KUNIT_EXPECT_PTR_EQ(test, find_vpid(PT_BASE + 2), b);
	rcu_read_unlock();

	free_pid(a);
	free_pid(b);
	free_pid(c);
	set_ns_last_pid(&init_pid_ns, saved);
}

static void pid_wraps_to_reserved(struct kunit *test)
{
	int saved = get_ns_last_pid(&init_pid_ns);
	struct pid *pid;

	KUNIT_ASSERT_EQ(test, set_ns_last_pid(&init_pid_ns, pid_max - 1), 0);
	pid = alloc_pid(&init_pid_ns);
	KUNIT_ASSERT_FALSE(test, IS_ERR(pid));
	KUNIT_EXPECT_EQ(test, pid_nr(pid), RESERVED_PIDS);
	free_pid(pid);
	set_ns_last_pid(&init_pid_ns, saved);
}

static void pid_set_last_then_next(struct kunit *test)
{
	int saved = get_ns_last_pid(&init_pid_ns);
	struct pid *pid;

	KUNIT_EXPECT_EQ(test, set_ns_last_pid(&init_pid_ns, -1), -EINVAL);
	KUNIT_EXPECT_EQ(test, set_ns_last_pid(&init_pid_ns, pid_max), -EINVAL);
	KUNIT_ASSERT_EQ(test, set_ns_last_pid(&init_pid_ns, PT_BASE + 500), 0);
	KUNIT_EXPECT_EQ(test, get_ns_last_pid(&init_pid_ns), PT_BASE + 500);
	pid = alloc_pid(&init_pid_ns);
	KUNIT_ASSERT_FALSE(test, IS_ERR(pid));
	KUNIT_EXPECT_EQ(test, pid_nr(pid), PT_BASE + 501);
	free_pid(pid);
	set_ns_last_pid(&init_pid_ns, saved);
}

static void pid_no_reuse_of_live(struct kunit *test)
{
	int saved = get_ns_last_pid(&init_pid_ns);
	struct pid *a, *b;

	set_ns_last_pid(&init_pid_ns, PT_BASE + 1000);
	a = alloc_pid(&init_pid_ns);
	KUNIT_ASSERT_FALSE(test, IS_ERR(a));
	set_ns_last_pid(&init_pid_ns, PT_BASE + 1000);
	b = alloc_pid(&init_pid_ns);
	KUNIT_ASSERT_FALSE(test, IS_ERR(b));
	KUNIT_EXPECT_EQ(test, pid_nr(a), PT_BASE + 1001);
	KUNIT_EXPECT_EQ(test, pid_nr(b), PT_BASE + 1002);
	free_pid(a);
	free_pid(b);
	set_ns_last_pid(&init_pid_ns, saved);
}

static void pid_exhaustion(struct kunit *test)
{
	int saved_last = get_ns_last_pid(&init_pid_ns);
	int saved_max = pid_max;
	int range = 400 - RESERVED_PIDS, n = 0, i;
	struct pid **pids;
	struct pid *pid;

	pids = kcalloc(range + 1, sizeof(*pids), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, pids);
	KUNIT_ASSERT_EQ(test, set_pid_max(400), 0);
	KUNIT_EXPECT_EQ(test, set_pid_max(RESERVED_PIDS), -EINVAL);
	set_ns_last_pid(&init_pid_ns, RESERVED_PIDS - 1);
	for (;;) {
		pid = alloc_pid(&init_pid_ns);
		if (IS_ERR(pid) || n == range)
			break;
		pids[n++] = pid;
	}
	KUNIT_EXPECT_TRUE(test, IS_ERR(pid));
	if (IS_ERR(pid))
		KUNIT_EXPECT_EQ(test, PTR_ERR(pid), -EAGAIN);
	else
		free_pid(pid);
	KUNIT_EXPECT_EQ(test, n, range);
	for (i = 0; i < n; i++)
		free_pid(pids[i]);
	kfree(pids);
	KUNIT_EXPECT_EQ(test, set_pid_max(saved_max), 0);
	set_ns_last_pid(&init_pid_ns, saved_last);
}

static void pid_free_after_rcu(struct kunit *test)
{
	int saved = get_ns_last_pid(&init_pid_ns);
	struct pid *pid, *again;
	long live;
	int nr;

	set_ns_last_pid(&init_pid_ns, PT_BASE + 2000);
	pid = alloc_pid(&init_pid_ns);
	KUNIT_ASSERT_FALSE(test, IS_ERR(pid));
	nr = pid_nr(pid);
	get_pid(pid);
	live = kunit_live_objects();

	free_pid(pid);
	rcu_read_lock();
	KUNIT_EXPECT_NULL(test, find_vpid(nr));
	rcu_read_unlock();
	/* the number is free at once ... */
	set_ns_last_pid(&init_pid_ns, nr - 1);
	again = alloc_pid(&init_pid_ns);
	KUNIT_ASSERT_FALSE(test, IS_ERR(again));
	KUNIT_EXPECT_EQ(test, pid_nr(again), nr);
	free_pid(again);
	/* ... the struct only once the grace period and our ref are gone */
	KUNIT_EXPECT_EQ(test, kunit_live_objects(), live);
	put_pid(pid);
	KUNIT_EXPECT_EQ(test, kunit_live_objects(), live - 1);
	set_ns_last_pid(&init_pid_ns, saved);
}

static struct kunit_case pid_test_cases[] = {
	KUNIT_CASE(pid_alloc_order),
	KUNIT_CASE(pid_wraps_to_reserved),
	KUNIT_CASE(pid_set_last_then_next),
	KUNIT_CASE(pid_no_reuse_of_live),
	KUNIT_CASE(pid_exhaustion),
	KUNIT_CASE(pid_free_after_rcu),
	{}
};

static struct kunit_suite pid_test_suite = {
	.name = "pid",
	.test_cases = pid_test_cases,
};

kunit_test_suite(pid_test_suite);
