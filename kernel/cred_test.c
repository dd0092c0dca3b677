// SPDX-License-Identifier: GPL-2.0
/*
 * cred_test.c - KUnit suite "cred": setresuid() permission rules and
 * capability fix-ups, copy-on-write credentials at fork, capable().
 * Credentials change inside a child process (through task_call()), never
 * in the case thread.
 */
#include <kunit/test.h>
#include <linux/sched.h>
#include <linux/cred.h>
#include <linux/capability.h>
#include "task_test.h"

struct cred_step {
	uid_t r, e, s;
};

static long cred_setresuid_fn(void *arg)
{
	struct cred_step *st = arg;

	return do_setresuid(st->r, st->e, st->s);
}

static long cred_capable_fn(void *arg)
{
	return capable((long)arg);
}

static long cred_setresuid(struct task_struct *p, uid_t r, uid_t e, uid_t s)
{
	struct cred_step st = { r, e, s };

	return task_call(p, cred_setresuid_fn, &st);
}

static bool cred_capable(struct task_struct *p, int cap)
{
	return task_call(p, cred_capable_fn, (void *)(long)cap);
}

static void cred_root_drops_to_user(struct kunit *test)
{
	struct task_struct *p = tt_fork(current);
	const struct cred *cred;

	KUNIT_ASSERT_FALSE(test, IS_ERR(p));
	KUNIT_EXPECT_TRUE(test, cred_capable(p, CAP_SYS_ADMIN));
	KUNIT_EXPECT_TRUE(test, cred_capable(p, CAP_SYS_NICE));

	KUNIT_EXPECT_EQ(test, cred_setresuid(p, 1000, 1000, 1000), 0);
	cred = get_task_cred(p);
	KUNIT_EXPECT_EQ(test, cred->uid, 1000u);
	KUNIT_EXPECT_EQ(test, cred->euid, 1000u);
	KUNIT_EXPECT_EQ(test, cred->suid, 1000u);
	KUNIT_EXPECT_EQ(test, cred->fsuid, 1000u);
	KUNIT_EXPECT_TRUE(test, cap_isclear(cred->cap_permitted));
	KUNIT_EXPECT_TRUE(test, cap_isclear(cred->cap_effective));
	put_cred(cred);
	KUNIT_EXPECT_FALSE(test, cred_capable(p, CAP_SYS_ADMIN));

	/* no way back, nor to a stranger */
	KUNIT_EXPECT_EQ(test, cred_setresuid(p, 0, 0, 0), (long)-EPERM);
	KUNIT_EXPECT_EQ(test, cred_setresuid(p, -1, 2000, -1), (long)-EPERM);
	KUNIT_EXPECT_EQ(test, cred_setresuid(p, -1, 1000, -1), 0);

	/* the parent's credentials did not change */
	KUNIT_EXPECT_EQ(test, current_euid(), 0u);

	tt_exit_group(p, 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(p->pid, NULL, 0), p->pid);
	put_task_struct(p);
}

static void cred_euid_only_keeps_permitted(struct kunit *test)
{
	struct task_struct *p = tt_fork(current);
	const struct cred *cred;

	KUNIT_ASSERT_FALSE(test, IS_ERR(p));
	/* euid 1000, ruid and suid stay 0 */
	KUNIT_EXPECT_EQ(test, cred_setresuid(p, -1, 1000, -1), 0);
	cred = get_task_cred(p);
	KUNIT_EXPECT_TRUE(test, cap_isclear(cred->cap_effective));
	KUNIT_EXPECT_FALSE(test, cap_isclear(cred->cap_permitted));
	put_cred(cred);
	KUNIT_EXPECT_FALSE(test, cred_capable(p, CAP_KILL));

	/* back to euid 0 (the saved uid allows it): effective = permitted */
	KUNIT_EXPECT_EQ(test, cred_setresuid(p, -1, 0, -1), 0);
	KUNIT_EXPECT_TRUE(test, cred_capable(p, CAP_KILL));

	tt_exit_group(p, 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(p->pid, NULL, 0), p->pid);
	put_task_struct(p);
}

static void cred_unprivileged_permutations(struct kunit *test)
{
	struct task_struct *p = tt_fork(current);

	KUNIT_ASSERT_FALSE(test, IS_ERR(p));
	KUNIT_EXPECT_EQ(test, cred_setresuid(p, 1000, 2000, 3000), 0);
	KUNIT_EXPECT_FALSE(test, cred_capable(p, CAP_SETUID));
	/* any permutation of the three ids is allowed */
	KUNIT_EXPECT_EQ(test, cred_setresuid(p, 3000, 1000, 2000), 0);
	KUNIT_EXPECT_EQ(test, cred_setresuid(p, 2000, 2000, 2000), 0);
	/* 1000 and 3000 are gone now */
	KUNIT_EXPECT_EQ(test, cred_setresuid(p, 1000, -1, -1), (long)-EPERM);
	KUNIT_EXPECT_EQ(test, cred_setresuid(p, -1, -1, 3000), (long)-EPERM);

	tt_exit_group(p, 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(p->pid, NULL, 0), p->pid);
	put_task_struct(p);
}

static void cred_fork_shares_and_copies(struct kunit *test)
{
	struct task_struct *p = tt_fork(current), *t, *c;

	KUNIT_ASSERT_FALSE(test, IS_ERR(p));
	KUNIT_EXPECT_EQ(test, cred_setresuid(p, 1000, 1000, 1000), 0);
	t = tt_thread(p);
	KUNIT_ASSERT_FALSE(test, IS_ERR(t));
	c = tt_fork(p);
	KUNIT_ASSERT_FALSE(test, IS_ERR(c));

	/* a thread shares the cred, a process gets its own copy */
	KUNIT_EXPECT_PTR_EQ(test, rcu_access_pointer(t->real_cred),
			    rcu_access_pointer(p->real_cred));
	KUNIT_EXPECT_PTR_NE(test, rcu_access_pointer(c->real_cred),
			    rcu_access_pointer(p->real_cred));
	KUNIT_EXPECT_EQ(test, task_euid(c), 1000u);

	tt_exit_group(c, 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(c->pid, NULL, 0), (long)-ECHILD);
	tt_exit_group(p, 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(p->pid, NULL, 0), p->pid);
	put_task_struct(c);
	put_task_struct(t);
	put_task_struct(p);
}

static struct kunit_case cred_test_cases[] = {
	KUNIT_CASE(cred_root_drops_to_user),
	KUNIT_CASE(cred_euid_only_keeps_permitted),
	KUNIT_CASE(cred_unprivileged_permutations),
	KUNIT_CASE(cred_fork_shares_and_copies),
	{}
};

static struct kunit_suite cred_test_suite = {
	.name = "cred",
	.test_cases = cred_test_cases,
};

kunit_test_suite(cred_test_suite);
