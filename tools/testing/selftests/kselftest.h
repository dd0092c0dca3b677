/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kselftest.h - the TAP 13 vocabulary of our user-space selftests.
 *
 * A selftest prints a header, a plan, one result line per test and exits
 * with one of the KSFT_* codes, so that any kselftest-aware runner (and
 * any TAP consumer) can read it:
 *
 *	ksft_print_header();
 *	ksft_set_plan(2);
 *	ksft_test_result_pass("first\n");
 *	ksft_test_result_skip("second: no cgroup v2\n");
 *	ksft_finished();
 *
 * Diagnostics are "# " lines (ksft_print_msg()).  A test that cannot run
 * at all calls ksft_exit_skip("reason\n") before or after the plan.
 *
 * The counters are plain statics: one test program, one thread printing
 * results.  Nothing here is async-signal-safe.
 */
#ifndef _KSELFTEST_H
#define _KSELFTEST_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

/* Exit codes understood by the kselftest runner. */
#define KSFT_PASS	0
#define KSFT_FAIL	1
#define KSFT_XFAIL	2
#define KSFT_XPASS	3
#define KSFT_SKIP	4

#ifndef ARRAY_SIZE
#define ARRAY_SIZE(arr)	(sizeof(arr) / sizeof((arr)[0]))
#endif

#define KSFT_PRINTF(f, a)	__attribute__((format(printf, f, a)))

struct ksft_count {
	unsigned int pass;
	unsigned int fail;
	unsigned int xfail;
	unsigned int xpass;
	unsigned int skip;
};

static struct ksft_count ksft_cnt;
static unsigned int ksft_plan;

static inline unsigned int ksft_test_num(void)
{
	return ksft_cnt.pass + ksft_cnt.fail + ksft_cnt.xfail +
	       ksft_cnt.xpass + ksft_cnt.skip + 1;
}

static inline void ksft_print_header(void)
{
	printf("TAP version 13\n");
	fflush(stdout);
}

static inline void ksft_set_plan(unsigned int plan)
{
	ksft_plan = plan;
	printf("1..%u\n", plan);
	fflush(stdout);
}

static inline void ksft_print_cnts(void)
{
	printf("# Totals: pass:%u fail:%u xfail:%u xpass:%u skip:%u error:0\n",
	       ksft_cnt.pass, ksft_cnt.fail, ksft_cnt.xfail, ksft_cnt.xpass,
	       ksft_cnt.skip);
	fflush(stdout);
}

/* Print one "# " diagnostic line; @fmt should end with a newline. */
static inline KSFT_PRINTF(1, 2) void ksft_print_msg(const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	printf("# ");
	vprintf(fmt, args);
	va_end(args);
	fflush(stdout);
}

static inline void ksft_vresult(const char *result, const char *directive,
				const char *fmt, va_list args)
{
	printf("%s %u %s", result, ksft_test_num(), directive);
	vprintf(fmt, args);
	fflush(stdout);
}

static inline KSFT_PRINTF(1, 2) void ksft_test_result_pass(const char *fmt,
							   ...)
{
	va_list args;

	va_start(args, fmt);
	ksft_vresult("ok", "", fmt, args);
	va_end(args);
	ksft_cnt.pass++;
}

static inline KSFT_PRINTF(1, 2) void ksft_test_result_fail(const char *fmt,
							   ...)
{
	va_list args;

	va_start(args, fmt);
	ksft_vresult("not ok", "", fmt, args);
	va_end(args);
	ksft_cnt.fail++;
}

static inline KSFT_PRINTF(1, 2) void ksft_test_result_xfail(const char *fmt,
							    ...)
{
	va_list args;

	va_start(args, fmt);
	ksft_vresult("ok", "# XFAIL ", fmt, args);
	va_end(args);
	ksft_cnt.xfail++;
}

static inline KSFT_PRINTF(1, 2) void ksft_test_result_skip(const char *fmt,
							   ...)
{
	va_list args;

	va_start(args, fmt);
	ksft_vresult("ok", "# SKIP ", fmt, args);
	va_end(args);
	ksft_cnt.skip++;
}

/* Report one test by its KSFT_* code (what a T(x) table loop returns). */
static inline void ksft_test_result_code(int code, const char *name)
{
	switch (code) {
	case KSFT_PASS:
		ksft_test_result_pass("%s\n", name);
		break;
	case KSFT_SKIP:
		ksft_test_result_skip("%s\n", name);
		break;
	case KSFT_XFAIL:
		ksft_test_result_xfail("%s\n", name);
		break;
	default:
		ksft_test_result_fail("%s\n", name);
		break;
	}
}

static inline int ksft_exit_pass(void)
{
	ksft_print_cnts();
	exit(KSFT_PASS);
}

static inline int ksft_exit_fail(void)
{
	ksft_print_cnts();
	exit(KSFT_FAIL);
}

static inline KSFT_PRINTF(1, 2) int ksft_exit_fail_msg(const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	printf("Bail out! ");
	vprintf(fmt, args);
	va_end(args);
	ksft_print_cnts();
	exit(KSFT_FAIL);
}

/*
 * ksft_exit_skip - skip the whole program with a reason.  Before any plan
 * this prints the "1..0 # SKIP reason" form TAP 13 defines for it.
 */
static inline KSFT_PRINTF(1, 2) int ksft_exit_skip(const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	if (!ksft_plan && ksft_test_num() == 1) {
		printf("1..0 # SKIP ");
		vprintf(fmt, args);
	} else {
		printf("# SKIP ");
		vprintf(fmt, args);
		ksft_print_cnts();
	}
	va_end(args);
	fflush(stdout);
	exit(KSFT_SKIP);
}

/*
 * ksft_finished - exit with the code the results so far call for: any
 * failure fails; otherwise pass unless every test was skipped.
 */
static inline int ksft_finished(void)
{
	ksft_print_cnts();
	if (ksft_cnt.fail || ksft_test_num() - 1 != ksft_plan)
		exit(KSFT_FAIL);
	if (ksft_cnt.skip && ksft_cnt.skip == ksft_plan)
		exit(KSFT_SKIP);
	exit(KSFT_PASS);
}

#endif /* _KSELFTEST_H */
