/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kunit-internal.h - what the KUnit runner's files share.
 */
#ifndef _LIB_KUNIT_INTERNAL_H
#define _LIB_KUNIT_INTERNAL_H

#include <kunit/test.h>
#include <linux/spinlock.h>

/**
 * struct kunit_run - one run of suites: where its KTAP output goes and
 *	what it counted
 * @lock: serialises appends to the output, so that lines written by
 *	concurrent threads of a case do not interleave; protects @log_len
 * @log: the output buffer of a nested run, or NULL for the console
 * @log_size: the size of @log
 * @log_len: bytes used in @log (always NUL-terminated)
 * @quiet: discard the output (a nested run without a buffer)
 * @totals: cases passed, failed, skipped so far (runner thread only)
 */
struct kunit_run {
	spinlock_t lock;	/* output appends, log_len */
	char *log;
	size_t log_size;
	size_t log_len;
	bool quiet;
	struct kunit_totals totals;
};

/* The suites registered with kunit_test_suites(), in link order. */
extern struct kunit_suite * const __start_kunit_test_suites[] __weak;
extern struct kunit_suite * const __stop_kunit_test_suites[] __weak;

/* The default of kunit.timeout=, in seconds per case (as in Linux). */
#define KUNIT_DEFAULT_TIMEOUT_SECS	300

/* test.c */
void kunit_set_timeout(unsigned int secs, struct kunit_run *top);
void kunit_run_init(struct kunit_run *run, char *log, size_t log_size);
void kunit_emit(struct kunit_run *run, const char *fmt, ...) __printf(2, 3);
unsigned int kunit_suite_count_cases(struct kunit_suite *suite,
				     const char *case_glob);
enum kunit_status kunit_run_suite(struct kunit_run *run,
				  struct kunit_suite *suite,
				  const char *case_glob, unsigned int index);

#endif /* _LIB_KUNIT_INTERNAL_H */
