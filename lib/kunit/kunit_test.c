// SPDX-License-Identifier: GPL-2.0
/*
 * kunit_test.c - KUnit's tests of itself.
 *
 * Each case runs a small suite made to fail in one particular way with
 * kunit_run_suite_nested(), which captures its KTAP output and counts,
 * and checks that the runner noticed: an expectation failure marks the
 * case failed and lets it go on, an assertion ends it, a leak or a WARN
 * fails it, a skip is reported as such.  The nested failures do not fail
 * the outer run.
 *
 * The nested cases report what they reached through the static flags
 * below; the outer case reads them after the nested run, which waited
 * for the nested case's thread (a completion orders the accesses).
 */
#include <kunit/test.h>
#include <linux/bug.h>
#include <linux/completion.h>
#include <linux/kthread.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>

#include <host_ops.h>

#define NESTED_LOG_SIZE	4096

static bool reached_after_check;
static int exit_calls;
static void *leaked_object;

static void nested_exit(struct kunit *test)
{
	exit_calls++;
}

static char *run_nested(struct kunit *test, struct kunit_suite *suite,
			struct kunit_totals *totals)
{
	char *log = kunit_kzalloc(test, NESTED_LOG_SIZE, GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, log);
	reached_after_check = false;
	exit_calls = 0;
	kunit_run_suite_nested(test, suite, log, NESTED_LOG_SIZE, totals);
	return log;
}

static void expect_log_has(struct kunit *test, const char *log,
			   const char *text)
{
	KUNIT_EXPECT_NOT_NULL_MSG(test, strstr(log, text),
				  "missing \"%s\" in:\n%s", text, log);
}

#define EXPECT_LOG_HAS(test, log, text) expect_log_has(test, log, text)

/* --- an expectation failure ------------------------------------------ */

static void nested_expect_fails(struct kunit *test)
{
	int one = 1, two = 2;

	KUNIT_EXPECT_EQ(test, one, two);
	reached_after_check = true;
}

static struct kunit_case expect_cases[] = {
	KUNIT_CASE(nested_expect_fails),
	{}
};

static struct kunit_suite expect_suite = {
	.name = "nested_expect",
	.exit = nested_exit,
	.test_cases = expect_cases,
};

static void kunit_expect_failure_continues(struct kunit *test)
{
	struct kunit_totals totals;
	char *log = run_nested(test, &expect_suite, &totals);

	KUNIT_EXPECT_EQ(test, totals.failed, 1U);
	KUNIT_EXPECT_EQ(test, totals.passed, 0U);
	KUNIT_EXPECT_TRUE(test, reached_after_check);
	KUNIT_EXPECT_EQ(test, exit_calls, 1);
	EXPECT_LOG_HAS(test, log,
		       "    # nested_expect_fails: EXPECTATION FAILED at "
		       __FILE__ ":");
	EXPECT_LOG_HAS(test, log, "    # Expected one == two, but\n");
	EXPECT_LOG_HAS(test, log, "    #     one == 1 (0x1)\n");
	EXPECT_LOG_HAS(test, log, "    #     two == 2 (0x2)\n");
	EXPECT_LOG_HAS(test, log, "    not ok 1 nested_expect_fails\n");
	EXPECT_LOG_HAS(test, log, "not ok 1 nested_expect\n");
}

/* --- an assertion failure -------------------------------------------- */

static void nested_assert_fails(struct kunit *test)
{
	const char *name = "freezer";

	KUNIT_ASSERT_STREQ_MSG(test, name, "cpuset", "subsystem %d", 3);
	reached_after_check = true;
}

static void nested_passes(struct kunit *test)
{
	KUNIT_EXPECT_TRUE(test, true);
}

static struct kunit_case assert_cases[] = {
	KUNIT_CASE(nested_assert_fails),
	KUNIT_CASE(nested_passes),
	{}
};

static struct kunit_suite assert_suite = {
	.name = "nested_assert",
	.exit = nested_exit,
	.test_cases = assert_cases,
};

static void kunit_assert_failure_stops_case(struct kunit *test)
{
	struct kunit_totals totals;
	char *log = run_nested(test, &assert_suite, &totals);

	KUNIT_EXPECT_EQ(test, totals.failed, 1U);
	KUNIT_EXPECT_EQ(test, totals.passed, 1U);
	KUNIT_EXPECT_FALSE(test, reached_after_check);
	/* the exit hook runs for the aborted case too */
	KUNIT_EXPECT_EQ(test, exit_calls, 2);
	EXPECT_LOG_HAS(test, log, "ASSERTION FAILED at " __FILE__ ":");
	EXPECT_LOG_HAS(test, log, "    #     name == \"freezer\"\n");
	EXPECT_LOG_HAS(test, log, "    # subsystem 3\n");
	EXPECT_LOG_HAS(test, log, "    not ok 1 nested_assert_fails\n");
	EXPECT_LOG_HAS(test, log, "    ok 2 nested_passes\n");
	EXPECT_LOG_HAS(test, log, "# nested_assert: pass:1 fail:1 skip:0 total:2");
}

/* --- a leak ----------------------------------------------------------- */

static void nested_leaks(struct kunit *test)
{
	leaked_object = kmalloc(16, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, leaked_object);
}

static void nested_kunit_alloc_is_freed(struct kunit *test)
{
	char *a = kunit_kzalloc(test, 64, GFP_KERNEL);
	char *b = kunit_kstrdup(test, "tasks", GFP_KERNEL);
	char *c = kunit_kmalloc(test, 8, GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, a);
	KUNIT_ASSERT_NOT_NULL(test, b);
	KUNIT_ASSERT_NOT_NULL(test, c);
	KUNIT_EXPECT_EQ(test, a[63], 0);
	KUNIT_EXPECT_STREQ(test, b, "tasks");
	kunit_kfree(test, c);
}

static struct kunit_case leak_cases[] = {
	KUNIT_CASE(nested_leaks),
	KUNIT_CASE(nested_kunit_alloc_is_freed),
	{}
};

static struct kunit_suite leak_suite = {
	.name = "nested_leak",
	.test_cases = leak_cases,
};

static void kunit_leak_is_detected(struct kunit *test)
{
	struct kunit_totals totals;
	char *log;

	leaked_object = NULL;
	log = run_nested(test, &leak_suite, &totals);
	kfree(leaked_object);

	KUNIT_EXPECT_NOT_NULL(test, leaked_object);
	KUNIT_EXPECT_EQ(test, totals.failed, 1U);
	KUNIT_EXPECT_EQ(test, totals.passed, 1U);
	EXPECT_LOG_HAS(test, log, "    # nested_leaks: leaked 1 object\n");
	EXPECT_LOG_HAS(test, log, "    not ok 1 nested_leaks\n");
	EXPECT_LOG_HAS(test, log, "    ok 2 nested_kunit_alloc_is_freed\n");
}

/* --- a case's teardown ends before the next case starts ---------------- */

#define OUTER_OBJECTS	1
static void *outer_objects[OUTER_OBJECTS];

/*
 * An object freed at the end of a chain of RCU callbacks, each queueing
 * the next and freeing nothing, as a reaped task's memory goes a grace
 * period after delayed_put_task_struct() dropped its last reference.
 */
#define CHAIN_HOPS	1000

struct rcu_chain {
	struct rcu_head rcu;
	int hops;
};

static void rcu_chain_hop(struct rcu_head *rhp)
{
	struct rcu_chain *chain = container_of(rhp, struct rcu_chain, rcu);

	if (--chain->hops)
		call_rcu(&chain->rcu, rcu_chain_hop);
	else
		kfree(chain);
}

/*
 * Frees what the outer case allocated and leaves an object of its own
 * to a long chain of callbacks: for most of the chain the count of live
 * objects is back at the runner's baseline (one foreign free against one
 * object still to be freed).  A runner that waited until the count was
 * back at its baseline, or for one rcu_barrier(), would stop waiting
 * there and let the chain's free land in the next case.
 */
static void nested_frees_foreign(struct kunit *test)
{
	struct rcu_chain *chain;
	int i;

	chain = kmalloc(sizeof(*chain), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, chain);
	chain->hops = CHAIN_HOPS;
	call_rcu(&chain->rcu, rcu_chain_hop);

	for (i = 0; i < OUTER_OBJECTS; i++) {
		kfree(outer_objects[i]);
		outer_objects[i] = NULL;
	}
}

/* Nothing frees under this case but the case itself. */
static void nested_counts_mid_case(struct kunit *test)
{
	long live = host_ops.mem_live();

	kunit_rcu_drain();
	KUNIT_EXPECT_EQ(test, host_ops.mem_live(), live);
}

static struct kunit_case quiesce_cases[] = {
	KUNIT_CASE(nested_frees_foreign),
	KUNIT_CASE(nested_counts_mid_case),
	{}
};

static struct kunit_suite quiesce_suite = {
	.name = "nested_quiesce",
	.test_cases = quiesce_cases,
};

static void kunit_case_starts_quiet(struct kunit *test)
{
	struct kunit_totals totals;
	char *log;
	int i;

	for (i = 0; i < OUTER_OBJECTS; i++) {
		outer_objects[i] = kmalloc(8, GFP_KERNEL);
		KUNIT_ASSERT_NOT_NULL(test, outer_objects[i]);
	}
	log = run_nested(test, &quiesce_suite, &totals);

	KUNIT_EXPECT_EQ(test, totals.failed, 1U);
	KUNIT_EXPECT_EQ(test, totals.passed, 1U);
	EXPECT_LOG_HAS(test, log,
		       "    # nested_frees_foreign: freed 1 object it did not allocate\n");
	EXPECT_LOG_HAS(test, log, "    ok 2 nested_counts_mid_case\n");
}

/* A thread that waits for the outer case: still running when the case ends. */
static DECLARE_COMPLETION(left_thread_go);

static int left_thread_fn(void *unused)
{
	wait_for_completion(&left_thread_go);
	return 0;
}

static void nested_leaves_thread(struct kunit *test)
{
	struct task_struct *k = kthread_run(left_thread_fn, NULL, "left");

	KUNIT_EXPECT_FALSE(test, IS_ERR(k));
}

static struct kunit_case left_cases[] = {
	KUNIT_CASE(nested_leaves_thread),
	{}
};

static struct kunit_suite left_suite = {
	.name = "nested_left_thread",
	.test_cases = left_cases,
};

static void kunit_thread_left_running_is_detected(struct kunit *test)
{
	long threads = host_ops.threads_running();
	struct kunit_totals totals;
	char *log;

	reinit_completion(&left_thread_go);
	log = run_nested(test, &left_suite, &totals);
	complete(&left_thread_go);
	/* its task, its memory: gone once the thread ended and RCU ran */
	KUNIT_EXPECT_EQ(test, host_ops.threads_wait(threads, 0), threads);
	kunit_rcu_drain();

	KUNIT_EXPECT_EQ(test, totals.failed, 1U);
	EXPECT_LOG_HAS(test, log,
		       "    # nested_leaves_thread: left 1 thread running\n");
}

/* --- WARNs ------------------------------------------------------------ */

static void nested_warns(struct kunit *test)
{
	WARN_ON(test);
}

static void nested_warns_as_announced(struct kunit *test)
{
	kunit_expect_warns(test, 1);
	WARN_ON(test);
}

static void nested_announced_warn_missing(struct kunit *test)
{
	kunit_expect_warns(test, 1);
}

static struct kunit_case warn_cases[] = {
	KUNIT_CASE(nested_warns),
	KUNIT_CASE(nested_warns_as_announced),
	KUNIT_CASE(nested_announced_warn_missing),
	{}
};

static struct kunit_suite warn_suite = {
	.name = "nested_warn",
	.test_cases = warn_cases,
};

static void kunit_warn_is_detected(struct kunit *test)
{
	struct kunit_totals totals;
	char *log;

	kunit_expect_warns(test, 2);
	log = run_nested(test, &warn_suite, &totals);
	KUNIT_EXPECT_EQ(test, totals.failed, 2U);
	KUNIT_EXPECT_EQ(test, totals.passed, 1U);
	EXPECT_LOG_HAS(test, log, "    # nested_warns: WARN during case (1)\n");
	EXPECT_LOG_HAS(test, log, "    not ok 1 nested_warns\n");
	EXPECT_LOG_HAS(test, log, "    ok 2 nested_warns_as_announced\n");
	EXPECT_LOG_HAS(test, log, "expected 1 WARN, saw 0\n");
	EXPECT_LOG_HAS(test, log, "    not ok 3 nested_announced_warn_missing\n");
}

/* --- skips and parameters -------------------------------------------- */

static void nested_skips(struct kunit *test)
{
	kunit_skip(test, "no %s here", "FUSE");
	reached_after_check = true;
}

static const int nested_params[] = { 1, 2, 3 };

static void nested_param_desc(const int *param, char *desc)
{
	snprintf(desc, KUNIT_PARAM_DESC_SIZE, "value %d", *param);
}

KUNIT_ARRAY_PARAM(nested, nested_params, nested_param_desc);

static void nested_param_case(struct kunit *test)
{
	const int *param = test->param_value;

	KUNIT_EXPECT_NE(test, *param, 2);
}

static struct kunit_case skip_cases[] = {
	KUNIT_CASE(nested_skips),
	KUNIT_CASE_PARAM(nested_param_case, nested_gen_params),
	{}
};

static struct kunit_suite skip_suite = {
	.name = "nested_skip",
	.test_cases = skip_cases,
};

static void kunit_skip_and_params(struct kunit *test)
{
	struct kunit_totals totals;
	char *log = run_nested(test, &skip_suite, &totals);

	KUNIT_EXPECT_EQ(test, totals.skipped, 1U);
	KUNIT_EXPECT_EQ(test, totals.failed, 1U);
	KUNIT_EXPECT_FALSE(test, reached_after_check);
	EXPECT_LOG_HAS(test, log, "    ok 1 nested_skips # SKIP no FUSE here\n");
	EXPECT_LOG_HAS(test, log, "        # Subtest: nested_param_case\n");
	EXPECT_LOG_HAS(test, log, "        1..3\n");
	EXPECT_LOG_HAS(test, log, "        ok 1 value 1\n");
	EXPECT_LOG_HAS(test, log, "        not ok 2 value 2\n");
	EXPECT_LOG_HAS(test, log, "        ok 3 value 3\n");
	EXPECT_LOG_HAS(test, log, "    not ok 2 nested_param_case\n");
}

/* --- init and exit hooks --------------------------------------------- */

static int nested_init_fails(struct kunit *test)
{
	return -ENOMEM;
}

static struct kunit_case init_cases[] = {
	KUNIT_CASE(nested_passes),
	{}
};

static struct kunit_suite init_suite = {
	.name = "nested_init",
	.init = nested_init_fails,
	.exit = nested_exit,
	.test_cases = init_cases,
};

static void kunit_init_failure_fails_case(struct kunit *test)
{
	struct kunit_totals totals;
	char *log = run_nested(test, &init_suite, &totals);

	KUNIT_EXPECT_EQ(test, totals.failed, 1U);
	/* exit is for undoing init: it does not run when init failed */
	KUNIT_EXPECT_EQ(test, exit_calls, 0);
	EXPECT_LOG_HAS(test, log, "    # nested_passes: failed to initialize: -12\n");
}

static void kunit_checks_pass_quietly(struct kunit *test)
{
	int *p = kunit_kmalloc_array(test, 4, sizeof(int), GFP_KERNEL);

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, p);
	KUNIT_EXPECT_EQ(test, 1 + 1, 2);
	KUNIT_EXPECT_NE(test, 1U, 2U);
	KUNIT_EXPECT_LT(test, -1, 0);
	KUNIT_EXPECT_LE(test, 0L, 0L);
	KUNIT_EXPECT_GT(test, 2ULL, 1ULL);
	KUNIT_EXPECT_GE(test, 'b', 'a');
	KUNIT_EXPECT_PTR_EQ(test, p, p);
	KUNIT_EXPECT_PTR_NE(test, p, NULL);
	KUNIT_EXPECT_NULL(test, NULL);
	KUNIT_EXPECT_NOT_NULL(test, p);
	KUNIT_EXPECT_STREQ(test, "a", "a");
	KUNIT_EXPECT_STRNEQ(test, "a", "b");
	KUNIT_EXPECT_MEMEQ(test, "abc", "abc", 3);
	KUNIT_EXPECT_MEMNEQ(test, "abc", "abd", 3);
	KUNIT_ASSERT_TRUE(test, true);
	KUNIT_ASSERT_FALSE(test, false);
	KUNIT_ASSERT_EQ_MSG(test, 3, 3, "never printed %d", 0);
}

static struct kunit_case kunit_cases[] = {
	KUNIT_CASE(kunit_expect_failure_continues),
	KUNIT_CASE(kunit_assert_failure_stops_case),
	KUNIT_CASE(kunit_leak_is_detected),
	KUNIT_CASE(kunit_case_starts_quiet),
	KUNIT_CASE(kunit_thread_left_running_is_detected),
	KUNIT_CASE(kunit_warn_is_detected),
	KUNIT_CASE(kunit_skip_and_params),
	KUNIT_CASE(kunit_init_failure_fails_case),
	KUNIT_CASE(kunit_checks_pass_quietly),
	{}
};

static struct kunit_suite kunit_suite = {
	.name = "kunit_runner",
	.test_cases = kunit_cases,
};

kunit_test_suite(kunit_suite);
