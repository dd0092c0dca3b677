/* SPDX-License-Identifier: GPL-2.0 */
/*
 * test.h - KUnit: unit tests that run inside the kernel.
 *
 * The API is Linux's: a test file holds cases
 *
 *	static void foo_bar_works(struct kunit *test)
 *	{
 *		KUNIT_EXPECT_EQ(test, foo_bar(1), 2);
 *	}
 *
 * collected in a {}-terminated table of KUNIT_CASE(), a struct
 * kunit_suite named with underscores and no "test" (e.g. "cgroup_attach"),
 * registered with kunit_test_suite(suite).  `./vmlinux kunit[=GLOB]`
 * runs them (lib/kunit/executor.c) and prints KTAP version 1.
 *
 * Each case runs in a kernel thread of its own, so it is a real task
 * (current is valid; it may fork, exit, take locks).  KUNIT_EXPECT_*
 * records a failure and goes on; KUNIT_ASSERT_* records it and ends the
 * case at once (kthread_exit() of the case thread; an assertion failing
 * in any other thread is recorded but does not stop that thread).  After
 * each case the runner also fails it when
 *  - host_ops.mem_live() is not what it was before the case (a leak),
 *    both counted with nothing else running: every thread the case
 *    started has ended and every deferred free has run
 *    (kthreads_quiesce(); Documentation/dev-tools/kunit.txt);
 *  - a thread the case started still runs a second after it returned;
 *  - warn_count() changed, unless the case announced exactly that many
 *    WARNs with kunit_expect_warns();
 *  - the case thread returned holding a lock.
 * Memory from kunit_kmalloc() and friends is freed after the case (and
 * its exit hook), before the leak check.
 */
#ifndef _KUNIT_TEST_H
#define _KUNIT_TEST_H

#include <linux/compiler.h>
#include <linux/err.h>
#include <linux/gfp.h>
#include <linux/kernel.h>
#include <linux/list.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/types.h>

struct kunit;
struct kunit_run;
struct kunit_try_catch;
struct task_struct;

/* Longest description of one parameter of a KUNIT_CASE_PARAM() case. */
#define KUNIT_PARAM_DESC_SIZE	128
/* Longest reason kept by kunit_skip() / kunit_mark_skipped(). */
#define KUNIT_STATUS_COMMENT_SIZE	256

/**
 * enum kunit_status - the outcome of a case
 * @KUNIT_SUCCESS: every expectation held
 * @KUNIT_FAILURE: some expectation, assertion or runner check failed
 * @KUNIT_SKIPPED: the case was skipped (and nothing failed)
 */
enum kunit_status {
	KUNIT_SUCCESS,
	KUNIT_FAILURE,
	KUNIT_SKIPPED,
};

/**
 * struct kunit_case - one test case
 * @run_case: the function
 * @name: its name (KUNIT_CASE() uses the function's name)
 * @generate_params: for KUNIT_CASE_PARAM(): given the previous parameter
 *	(NULL at first), return the next one or NULL when done, and write
 *	its description into @desc (KUNIT_PARAM_DESC_SIZE bytes)
 * @status: the outcome, set by the runner
 */
struct kunit_case {
	void (*run_case)(struct kunit *test);
	const char *name;
	const void *(*generate_params)(const void *prev, char *desc);
	enum kunit_status status;
};

#define KUNIT_CASE(test_name)						\
	{ .run_case = test_name, .name = #test_name }
#define KUNIT_CASE_SLOW(test_name) KUNIT_CASE(test_name)
#define KUNIT_CASE_PARAM(test_name, gen_params)				\
	{ .run_case = test_name, .name = #test_name,			\
	  .generate_params = gen_params }

/*
 * KUNIT_ARRAY_PARAM(name, array, get_desc) defines name##_gen_params,
 * a generator walking @array; @get_desc(elem, desc) describes an element
 * (NULL: "param-N").
 */
#define KUNIT_ARRAY_PARAM(name, array, get_desc)			\
	static const void *name##_gen_params(const void *prev, char *desc)\
	{								\
		void (*__get_desc)(typeof(&(array)[0]), char *) = get_desc;\
		size_t __i = 0;						\
									\
		if (prev)						\
			__i = ((const char *)prev -			\
			       (const char *)(array)) /			\
			      sizeof((array)[0]) + 1;			\
		if (__i >= ARRAY_SIZE(array))				\
			return NULL;					\
		if (__get_desc)						\
			__get_desc(&(array)[__i], desc);		\
		else							\
			snprintf(desc, KUNIT_PARAM_DESC_SIZE,		\
				 "param-%zu", __i);			\
		return &(array)[__i];					\
	}

/**
 * struct kunit_suite - a set of related cases
 * @name: the suite's name: subsystem_area, underscores, no "test"
 * @suite_init: run once before the first case; nonzero fails every case
 * @suite_exit: run once after the last case
 * @init: run before each case, in the case's thread; nonzero fails it
 * @exit: run after each case (even one ended by an assertion) when
 *	@init succeeded, in a thread of its own
 * @test_cases: the cases, ended by an empty entry
 */
struct kunit_suite {
	const char *name;
	int (*suite_init)(struct kunit_suite *suite);
	void (*suite_exit)(struct kunit_suite *suite);
	int (*init)(struct kunit *test);
	void (*exit)(struct kunit *test);
	struct kunit_case *test_cases;
};

/**
 * struct kunit - the state of one running case, passed to every check
 * @priv: free for the suite's init and the case to use
 * @param_value: the current parameter of a KUNIT_CASE_PARAM() case
 * @name: the case's name
 * @suite: the suite it belongs to
 * @run: the run it reports to (output and totals); runner-private
 * @task: the thread running the case (or its exit hook); runner-private
 * @lock: protects @status, @status_comment and @resources, which any
 *	thread of the case may update
 * @status: the outcome so far (a failure is never undone)
 * @status_comment: the reason for a skip
 * @resources: kunit_kmalloc() memory and kunit_add_action() actions,
 *	newest first
 * @expected_warns: how many WARNs the case announced
 *	(kunit_expect_warns()); -1: none, so any WARN fails the case
 * @try_catch: the runner's record of the running thread; runner-private
 * @test_case: the case being run; runner-private
 * @init_ok: the suite's init hook succeeded for this case; runner-private
 */
struct kunit {
	void *priv;
	const void *param_value;
	const char *name;
	struct kunit_suite *suite;
	struct kunit_run *run;
	struct task_struct *task;
	spinlock_t lock;	/* status, status_comment, resources */
	enum kunit_status status;
	char status_comment[KUNIT_STATUS_COMMENT_SIZE];
	struct list_head resources;
	long expected_warns;
	struct kunit_try_catch *try_catch;
	struct kunit_case *test_case;
	bool init_ok;
};

/*
 * Registration: an array of suite pointers in the "kunit_test_suites"
 * section, which the executor walks from __start_ to __stop_.
 */
#define kunit_test_suites(__suites...)					\
	static struct kunit_suite *const				\
	__UNIQUE_ID(kunit_suites)[] __used				\
	__section("kunit_test_suites") __aligned(sizeof(void *)) = {	\
		__suites						\
	}
#define kunit_test_suite(suite)	kunit_test_suites(&(suite))

/* Logging into the KTAP stream, as a "# case: message" diagnostic. */
void kunit_log_msg(struct kunit *test, const char *lvl, const char *fmt, ...)
	__printf(3, 4);
#define kunit_log(lvl, test, fmt, ...)					\
	kunit_log_msg(test, lvl, fmt, ##__VA_ARGS__)
#define kunit_printk(lvl, test, fmt, ...)				\
	kunit_log_msg(test, lvl, fmt, ##__VA_ARGS__)
#define kunit_info(test, fmt, ...)					\
	kunit_log_msg(test, KERN_INFO, fmt, ##__VA_ARGS__)
#define kunit_warn(test, fmt, ...)					\
	kunit_log_msg(test, KERN_WARNING, fmt, ##__VA_ARGS__)
#define kunit_err(test, fmt, ...)					\
	kunit_log_msg(test, KERN_ERR, fmt, ##__VA_ARGS__)

/* Resources: freed (or run) after the case, newest first. */
void *kunit_kmalloc(struct kunit *test, size_t size, gfp_t gfp);
void kunit_kfree(struct kunit *test, const void *ptr);
char *kunit_kstrdup(struct kunit *test, const char *str, gfp_t gfp);
int kunit_add_action(struct kunit *test, void (*action)(void *ctx),
		     void *ctx);

#define kunit_kzalloc(test, size, gfp)					\
	kunit_kmalloc(test, size, (gfp) | __GFP_ZERO)
#define kunit_kmalloc_array(test, n, size, gfp) ({			\
	size_t __bytes;							\
	__builtin_mul_overflow((size_t)(n), (size_t)(size), &__bytes) ?	\
		NULL : kunit_kmalloc(test, __bytes, gfp); })
#define kunit_kcalloc(test, n, size, gfp)				\
	kunit_kmalloc_array(test, n, size, (gfp) | __GFP_ZERO)

void kunit_expect_warns(struct kunit *test, unsigned long count);
void kunit_rcu_drain(void);
long kunit_live_objects(void);
void kunit_set_failure(struct kunit *test);
void kunit_mark_skipped(struct kunit *test, const char *fmt, ...)
	__printf(2, 3);
void kunit_skip_abort(struct kunit *test);

/*
 * Skip the rest of the case, with a reason: "ok N case # SKIP reason".
 * In a thread other than the case's own, it marks the case and returns.
 */
#define kunit_skip(test, fmt, ...) do {					\
	struct kunit *__test = (test);					\
									\
	kunit_mark_skipped(__test, fmt, ##__VA_ARGS__);			\
	kunit_skip_abort(__test);					\
} while (0)

/* The runner (lib/kunit/test.c). */

/**
 * struct kunit_totals - case counts of a run
 * @passed: cases that passed
 * @failed: cases that failed
 * @skipped: cases that were skipped
 */
struct kunit_totals {
	unsigned int passed;
	unsigned int failed;
	unsigned int skipped;
};

int kunit_run_suite_nested(struct kunit *test, struct kunit_suite *suite,
			   char *log, size_t log_size,
			   struct kunit_totals *totals);

/* ------------------------------------------------------------------ */
/* Expectations and assertions.  Not for direct use: see KUNIT_*.      */

enum kunit_assert_type {
	KUNIT_EXPECTATION,
	KUNIT_ASSERTION,
};

/**
 * struct kunit_loc - where a check is written
 * @file: __FILE__
 * @line: __LINE__
 * @type: expectation or assertion
 */
struct kunit_loc {
	const char *file;
	int line;
	enum kunit_assert_type type;
};

#define KUNIT_LOC(_type)						\
	((const struct kunit_loc) { .file = __FILE__, .line = __LINE__,	\
				    .type = (_type) })

void __kunit_fail_unary(struct kunit *test, const struct kunit_loc *loc,
			const char *text, bool expected, const char *fmt, ...)
	__printf(5, 6);
void __kunit_fail_int(struct kunit *test, const struct kunit_loc *loc,
		      const char *op, const char *ltext, u64 lval,
		      bool lsigned, const char *rtext, u64 rval,
		      bool rsigned, const char *fmt, ...) __printf(10, 11);
void __kunit_fail_ptr(struct kunit *test, const struct kunit_loc *loc,
		      const char *op, const char *ltext, const void *lval,
		      const char *rtext, const void *rval,
		      const char *fmt, ...) __printf(8, 9);
void __kunit_fail_str(struct kunit *test, const struct kunit_loc *loc,
		      const char *op, const char *ltext, const char *lval,
		      const char *rtext, const char *rval,
		      const char *fmt, ...) __printf(8, 9);
void __kunit_fail_mem(struct kunit *test, const struct kunit_loc *loc,
		      const char *op, const char *ltext, const void *lval,
		      const char *rtext, const void *rval, size_t size,
		      const char *fmt, ...) __printf(9, 10);
void __kunit_fail_err_or_null(struct kunit *test, const struct kunit_loc *loc,
			      const char *text, const void *ptr,
			      const char *fmt, ...) __printf(5, 6);
void __kunit_fail_msg(struct kunit *test, const struct kunit_loc *loc,
		      const char *fmt, ...) __printf(3, 4);

/* Signedness of an integer expression's type, without evaluating it. */
#define __KUNIT_IS_SIGNED(x) ((typeof(x))-1 < (typeof(x))1)

/* The message of a non-_MSG check: empty, so nothing is printed. */
#define __KUNIT_NO_MSG "%s", ""

#define KUNIT_FAIL_ASSERTION(test, type, fmt, ...) do {			\
	const struct kunit_loc __loc = KUNIT_LOC(type);			\
									\
	__kunit_fail_msg(test, &__loc, fmt, ##__VA_ARGS__);		\
} while (0)

#define KUNIT_UNARY_ASSERTION(test, type, cond, expected, fmt, ...) do {\
	const bool __expected = (expected);				\
									\
	if ((bool)(cond) != __expected) {				\
		const struct kunit_loc __loc = KUNIT_LOC(type);		\
									\
		__kunit_fail_unary(test, &__loc, #cond, __expected,	\
				   fmt, ##__VA_ARGS__);			\
	}								\
} while (0)

#define KUNIT_BINARY_INT_ASSERTION(test, type, left, op, right, fmt, ...)\
do {									\
	const typeof(left) __left = (left);				\
	const typeof(right) __right = (right);				\
									\
	if (!(__left op __right)) {					\
		const struct kunit_loc __loc = KUNIT_LOC(type);		\
									\
		__kunit_fail_int(test, &__loc, #op,			\
				 #left, (u64)__left,			\
				 __KUNIT_IS_SIGNED(__left),		\
				 #right, (u64)__right,			\
				 __KUNIT_IS_SIGNED(__right),		\
				 fmt, ##__VA_ARGS__);			\
	}								\
} while (0)

#define KUNIT_BINARY_PTR_ASSERTION(test, type, left, op, right, fmt, ...)\
do {									\
	const void *__left = (left);					\
	const void *__right = (right);					\
									\
	if (!(__left op __right)) {					\
		const struct kunit_loc __loc = KUNIT_LOC(type);		\
									\
		__kunit_fail_ptr(test, &__loc, #op, #left, __left,	\
				 #right, __right, fmt, ##__VA_ARGS__);	\
	}								\
} while (0)

/* NULL strings compare equal only to NULL. */
static inline bool __kunit_streq(const char *l, const char *r)
{
	return l && r ? !strcmp(l, r) : l == r;
}

#define KUNIT_BINARY_STR_ASSERTION(test, type, left, op, right, fmt, ...)\
do {									\
	const char *__left = (left);					\
	const char *__right = (right);					\
									\
	if (!(__kunit_streq(__left, __right) op true)) {		\
		const struct kunit_loc __loc = KUNIT_LOC(type);		\
									\
		__kunit_fail_str(test, &__loc, #op, #left, __left,	\
				 #right, __right, fmt, ##__VA_ARGS__);	\
	}								\
} while (0)

#define KUNIT_MEM_ASSERTION(test, type, left, op, right, size, fmt, ...)\
do {									\
	const void *__left = (left);					\
	const void *__right = (right);					\
	const size_t __size = (size);					\
									\
	if (!((__left && __right ?					\
	       !memcmp(__left, __right, __size) : __left == __right)	\
	      op true)) {						\
		const struct kunit_loc __loc = KUNIT_LOC(type);		\
									\
		__kunit_fail_mem(test, &__loc, #op, #left, __left,	\
				 #right, __right, __size,		\
				 fmt, ##__VA_ARGS__);			\
	}								\
} while (0)

#define KUNIT_PTR_NOT_ERR_OR_NULL_ASSERTION(test, type, ptr, fmt, ...)	\
do {									\
	const void *__ptr = (ptr);					\
									\
	if (IS_ERR_OR_NULL(__ptr)) {					\
		const struct kunit_loc __loc = KUNIT_LOC(type);		\
									\
		__kunit_fail_err_or_null(test, &__loc, #ptr, __ptr,	\
					 fmt, ##__VA_ARGS__);		\
	}								\
} while (0)

/* KUNIT_FAIL: an expectation that always fails, with a message. */
#define KUNIT_FAIL(test, fmt, ...)					\
	KUNIT_FAIL_ASSERTION(test, KUNIT_EXPECTATION, fmt, ##__VA_ARGS__)

/* Expectations: record a failure and continue. */
#define KUNIT_EXPECT_TRUE(test, cond)					\
	KUNIT_UNARY_ASSERTION(test, KUNIT_EXPECTATION, cond, true,	\
			      __KUNIT_NO_MSG)
#define KUNIT_EXPECT_TRUE_MSG(test, cond, fmt, ...)			\
	KUNIT_UNARY_ASSERTION(test, KUNIT_EXPECTATION, cond, true,	\
			      fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_FALSE(test, cond)					\
	KUNIT_UNARY_ASSERTION(test, KUNIT_EXPECTATION, cond, false,	\
			      __KUNIT_NO_MSG)
#define KUNIT_EXPECT_FALSE_MSG(test, cond, fmt, ...)			\
	KUNIT_UNARY_ASSERTION(test, KUNIT_EXPECTATION, cond, false,	\
			      fmt, ##__VA_ARGS__)

#define __KUNIT_INT(type, test, l, op, r)				\
	KUNIT_BINARY_INT_ASSERTION(test, type, l, op, r, __KUNIT_NO_MSG)
#define __KUNIT_INT_MSG(type, test, l, op, r, fmt, ...)			\
	KUNIT_BINARY_INT_ASSERTION(test, type, l, op, r, fmt, ##__VA_ARGS__)

#define KUNIT_EXPECT_EQ(test, l, r) __KUNIT_INT(KUNIT_EXPECTATION, test, l, ==, r)
#define KUNIT_EXPECT_NE(test, l, r) __KUNIT_INT(KUNIT_EXPECTATION, test, l, !=, r)
#define KUNIT_EXPECT_LT(test, l, r) __KUNIT_INT(KUNIT_EXPECTATION, test, l, <, r)
#define KUNIT_EXPECT_LE(test, l, r) __KUNIT_INT(KUNIT_EXPECTATION, test, l, <=, r)
#define KUNIT_EXPECT_GT(test, l, r) __KUNIT_INT(KUNIT_EXPECTATION, test, l, >, r)
#define KUNIT_EXPECT_GE(test, l, r) __KUNIT_INT(KUNIT_EXPECTATION, test, l, >=, r)
#define KUNIT_EXPECT_EQ_MSG(test, l, r, fmt, ...) \
	__KUNIT_INT_MSG(KUNIT_EXPECTATION, test, l, ==, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_NE_MSG(test, l, r, fmt, ...) \
	__KUNIT_INT_MSG(KUNIT_EXPECTATION, test, l, !=, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_LT_MSG(test, l, r, fmt, ...) \
	__KUNIT_INT_MSG(KUNIT_EXPECTATION, test, l, <, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_LE_MSG(test, l, r, fmt, ...) \
	__KUNIT_INT_MSG(KUNIT_EXPECTATION, test, l, <=, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_GT_MSG(test, l, r, fmt, ...) \
	__KUNIT_INT_MSG(KUNIT_EXPECTATION, test, l, >, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_GE_MSG(test, l, r, fmt, ...) \
	__KUNIT_INT_MSG(KUNIT_EXPECTATION, test, l, >=, r, fmt, ##__VA_ARGS__)

#define KUNIT_EXPECT_PTR_EQ(test, l, r) \
	KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_EXPECTATION, l, ==, r, __KUNIT_NO_MSG)
#define KUNIT_EXPECT_PTR_NE(test, l, r) \
	KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_EXPECTATION, l, !=, r, __KUNIT_NO_MSG)
#define KUNIT_EXPECT_PTR_EQ_MSG(test, l, r, fmt, ...) \
	KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_EXPECTATION, l, ==, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_PTR_NE_MSG(test, l, r, fmt, ...) \
	KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_EXPECTATION, l, !=, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_NULL(test, p) \
	KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_EXPECTATION, p, ==, NULL, __KUNIT_NO_MSG)
#define KUNIT_EXPECT_NOT_NULL(test, p) \
	KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_EXPECTATION, p, !=, NULL, __KUNIT_NO_MSG)
#define KUNIT_EXPECT_NULL_MSG(test, p, fmt, ...) \
	KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_EXPECTATION, p, ==, NULL, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_NOT_NULL_MSG(test, p, fmt, ...) \
	KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_EXPECTATION, p, !=, NULL, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_NOT_ERR_OR_NULL(test, p) \
	KUNIT_PTR_NOT_ERR_OR_NULL_ASSERTION(test, KUNIT_EXPECTATION, p, __KUNIT_NO_MSG)
#define KUNIT_EXPECT_NOT_ERR_OR_NULL_MSG(test, p, fmt, ...) \
	KUNIT_PTR_NOT_ERR_OR_NULL_ASSERTION(test, KUNIT_EXPECTATION, p, fmt, ##__VA_ARGS__)

#define KUNIT_EXPECT_STREQ(test, l, r) \
	KUNIT_BINARY_STR_ASSERTION(test, KUNIT_EXPECTATION, l, ==, r, __KUNIT_NO_MSG)
#define KUNIT_EXPECT_STRNEQ(test, l, r) \
	KUNIT_BINARY_STR_ASSERTION(test, KUNIT_EXPECTATION, l, !=, r, __KUNIT_NO_MSG)
#define KUNIT_EXPECT_STREQ_MSG(test, l, r, fmt, ...) \
	KUNIT_BINARY_STR_ASSERTION(test, KUNIT_EXPECTATION, l, ==, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_STRNEQ_MSG(test, l, r, fmt, ...) \
	KUNIT_BINARY_STR_ASSERTION(test, KUNIT_EXPECTATION, l, !=, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_MEMEQ(test, l, r, size) \
	KUNIT_MEM_ASSERTION(test, KUNIT_EXPECTATION, l, ==, r, size, __KUNIT_NO_MSG)
#define KUNIT_EXPECT_MEMNEQ(test, l, r, size) \
	KUNIT_MEM_ASSERTION(test, KUNIT_EXPECTATION, l, !=, r, size, __KUNIT_NO_MSG)
#define KUNIT_EXPECT_MEMEQ_MSG(test, l, r, size, fmt, ...) \
	KUNIT_MEM_ASSERTION(test, KUNIT_EXPECTATION, l, ==, r, size, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_MEMNEQ_MSG(test, l, r, size, fmt, ...) \
	KUNIT_MEM_ASSERTION(test, KUNIT_EXPECTATION, l, !=, r, size, fmt, ##__VA_ARGS__)

/* Assertions: record a failure and end the case. */
#define KUNIT_ASSERT_FAILURE(test, fmt, ...)				\
	KUNIT_FAIL_ASSERTION(test, KUNIT_ASSERTION, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_TRUE(test, cond)					\
	KUNIT_UNARY_ASSERTION(test, KUNIT_ASSERTION, cond, true,	\
			      __KUNIT_NO_MSG)
#define KUNIT_ASSERT_TRUE_MSG(test, cond, fmt, ...)			\
	KUNIT_UNARY_ASSERTION(test, KUNIT_ASSERTION, cond, true,	\
			      fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_FALSE(test, cond)					\
	KUNIT_UNARY_ASSERTION(test, KUNIT_ASSERTION, cond, false,	\
			      __KUNIT_NO_MSG)
#define KUNIT_ASSERT_FALSE_MSG(test, cond, fmt, ...)			\
	KUNIT_UNARY_ASSERTION(test, KUNIT_ASSERTION, cond, false,	\
			      fmt, ##__VA_ARGS__)

#define KUNIT_ASSERT_EQ(test, l, r) __KUNIT_INT(KUNIT_ASSERTION, test, l, ==, r)
#define KUNIT_ASSERT_NE(test, l, r) __KUNIT_INT(KUNIT_ASSERTION, test, l, !=, r)
#define KUNIT_ASSERT_LT(test, l, r) __KUNIT_INT(KUNIT_ASSERTION, test, l, <, r)
#define KUNIT_ASSERT_LE(test, l, r) __KUNIT_INT(KUNIT_ASSERTION, test, l, <=, r)
#define KUNIT_ASSERT_GT(test, l, r) __KUNIT_INT(KUNIT_ASSERTION, test, l, >, r)
#define KUNIT_ASSERT_GE(test, l, r) __KUNIT_INT(KUNIT_ASSERTION, test, l, >=, r)
#define KUNIT_ASSERT_EQ_MSG(test, l, r, fmt, ...) \
	__KUNIT_INT_MSG(KUNIT_ASSERTION, test, l, ==, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_NE_MSG(test, l, r, fmt, ...) \
	__KUNIT_INT_MSG(KUNIT_ASSERTION, test, l, !=, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_LT_MSG(test, l, r, fmt, ...) \
	__KUNIT_INT_MSG(KUNIT_ASSERTION, test, l, <, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_LE_MSG(test, l, r, fmt, ...) \
	__KUNIT_INT_MSG(KUNIT_ASSERTION, test, l, <=, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_GT_MSG(test, l, r, fmt, ...) \
	__KUNIT_INT_MSG(KUNIT_ASSERTION, test, l, >, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_GE_MSG(test, l, r, fmt, ...) \
	__KUNIT_INT_MSG(KUNIT_ASSERTION, test, l, >=, r, fmt, ##__VA_ARGS__)

#define KUNIT_ASSERT_PTR_EQ(test, l, r) \
	KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_ASSERTION, l, ==, r, __KUNIT_NO_MSG)
#define KUNIT_ASSERT_PTR_NE(test, l, r) \
	KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_ASSERTION, l, !=, r, __KUNIT_NO_MSG)
#define KUNIT_ASSERT_PTR_EQ_MSG(test, l, r, fmt, ...) \
	KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_ASSERTION, l, ==, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_PTR_NE_MSG(test, l, r, fmt, ...) \
	KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_ASSERTION, l, !=, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_NULL(test, p) \
	KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_ASSERTION, p, ==, NULL, __KUNIT_NO_MSG)
#define KUNIT_ASSERT_NOT_NULL(test, p) \
	KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_ASSERTION, p, !=, NULL, __KUNIT_NO_MSG)
#define KUNIT_ASSERT_NULL_MSG(test, p, fmt, ...) \
	KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_ASSERTION, p, ==, NULL, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_NOT_NULL_MSG(test, p, fmt, ...) \
	KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_ASSERTION, p, !=, NULL, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_NOT_ERR_OR_NULL(test, p) \
	KUNIT_PTR_NOT_ERR_OR_NULL_ASSERTION(test, KUNIT_ASSERTION, p, __KUNIT_NO_MSG)
#define KUNIT_ASSERT_NOT_ERR_OR_NULL_MSG(test, p, fmt, ...) \
	KUNIT_PTR_NOT_ERR_OR_NULL_ASSERTION(test, KUNIT_ASSERTION, p, fmt, ##__VA_ARGS__)

#define KUNIT_ASSERT_STREQ(test, l, r) \
	KUNIT_BINARY_STR_ASSERTION(test, KUNIT_ASSERTION, l, ==, r, __KUNIT_NO_MSG)
#define KUNIT_ASSERT_STRNEQ(test, l, r) \
	KUNIT_BINARY_STR_ASSERTION(test, KUNIT_ASSERTION, l, !=, r, __KUNIT_NO_MSG)
#define KUNIT_ASSERT_STREQ_MSG(test, l, r, fmt, ...) \
	KUNIT_BINARY_STR_ASSERTION(test, KUNIT_ASSERTION, l, ==, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_STRNEQ_MSG(test, l, r, fmt, ...) \
	KUNIT_BINARY_STR_ASSERTION(test, KUNIT_ASSERTION, l, !=, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_MEMEQ(test, l, r, size) \
	KUNIT_MEM_ASSERTION(test, KUNIT_ASSERTION, l, ==, r, size, __KUNIT_NO_MSG)
#define KUNIT_ASSERT_MEMNEQ(test, l, r, size) \
	KUNIT_MEM_ASSERTION(test, KUNIT_ASSERTION, l, !=, r, size, __KUNIT_NO_MSG)
#define KUNIT_ASSERT_MEMEQ_MSG(test, l, r, size, fmt, ...) \
	KUNIT_MEM_ASSERTION(test, KUNIT_ASSERTION, l, ==, r, size, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_MEMNEQ_MSG(test, l, r, size, fmt, ...) \
	KUNIT_MEM_ASSERTION(test, KUNIT_ASSERTION, l, !=, r, size, fmt, ##__VA_ARGS__)

#endif /* _KUNIT_TEST_H */
