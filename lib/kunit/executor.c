// SPDX-License-Identifier: GPL-2.0
/*
 * executor.c - the "kunit" program: run the registered suites.
 *
 *	./vmlinux kunit			every suite
 *	./vmlinux kunit=GLOB		suites whose name matches GLOB
 *	./vmlinux kunit=SUITE.CASE	cases matching CASE in suites
 *					matching SUITE (both globs)
 *
 * "kunit.filter_glob=GLOB" is accepted as well, as in Linux, and
 * "kunit.timeout=SECONDS" bounds each case (default 300): a case that
 * hangs ends the run with "Bail out!", the summary line and status 1.  The output
 * is KTAP version 1 on the console, then a "# Totals:" line, then, as
 * the very last line, "N passed, N failed" (", N skipped" appended when
 * some were).  The exit status is 0 when no case failed, 1 otherwise.
 *
 * Runs in init's task, one suite at a time; no locks of its own.
 */
#include <kunit/test.h>
#include <linux/glob.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/string.h>

#include "kunit-internal.h"

#define KUNIT_GLOB_MAX	256

static void kunit_warmup_case(struct kunit *test)
{
}

static struct kunit_case kunit_warmup_cases[] = {
	KUNIT_CASE(kunit_warmup_case),
	{}
};

/*
 * Run one empty case with no output before the real ones, so that
 * whatever the first kernel thread allocates once and keeps (pid maps,
 * lockdep classes, ...) is not charged to the first real case as a leak.
 */
static struct kunit_suite kunit_warmup_suite = {
	.name = "kunit_warmup",
	.test_cases = kunit_warmup_cases,
};

static void kunit_warmup(void)
{
	struct kunit_run run;

	kunit_run_init(&run, NULL, 0);
	run.quiet = true;
	kunit_run_suite(&run, &kunit_warmup_suite, NULL, 1);
}

/* The per-case timeout from the command line: 0 when absent. */
static unsigned int kunit_timeout_arg(int argc, char **argv)
{
	unsigned int secs = 0;
	size_t n;
	int i;

	for (i = 0; i < argc; i++) {
		n = str_has_prefix(argv[i], "kunit.timeout=");
		if (!n)
			n = str_has_prefix(argv[i], "timeout=");
		if (n && kstrtouint(argv[i] + n, 10, &secs))
			pr_err("kunit: bad timeout: %s\n", argv[i]);
	}
	return secs;
}

/* The filter from the command line: NULL when absent. */
static const char *kunit_filter_arg(int argc, char **argv)
{
	const char *filter = NULL;
	int i;

	for (i = 0; i < argc; i++) {
		static const char * const prefixes[] = {
			"kunit=", "kunit.filter_glob=", "filter_glob=",
		};
		const char *arg = argv[i];
		size_t j, n = 0;

		for (j = 0; j < ARRAY_SIZE(prefixes) && !n; j++)
			n = str_has_prefix(arg, prefixes[j]);
		if (n)
			filter = arg + n;
		else if (i > 0 && !strchr(arg, '='))
			filter = arg;
	}
	return filter && *filter ? filter : NULL;
}

static bool kunit_suite_selected(struct kunit_suite *suite,
				 const char *suite_glob, const char *case_glob)
{
	if (suite_glob && !glob_match(suite_glob, suite->name))
		return false;
	/* with a filter, a suite left with no case is not run at all */
	if (suite_glob && !kunit_suite_count_cases(suite, case_glob))
		return false;
	return true;
}

static int kunit_main(int argc, char **argv)
{
	struct kunit_suite * const *suites = __start_kunit_test_suites;
	struct kunit_suite * const *end = __stop_kunit_test_suites;
	char glob[KUNIT_GLOB_MAX];
	const char *suite_glob = NULL, *case_glob = NULL;
	const char *filter = kunit_filter_arg(argc, argv);
	struct kunit_suite * const *s;
	unsigned int n = 0, index = 0;
	struct kunit_run run;
	char *dot;

	if (!suites) {
		suites = NULL;
		end = NULL;
	}
	if (filter) {
		if (strscpy(glob, filter, sizeof(glob)) < 0) {
			pr_err("kunit: filter too long: %s\n", filter);
			return 1;
		}
		suite_glob = glob;
		dot = strchr(glob, '.');
		if (dot) {
			*dot = '\0';
			case_glob = dot + 1;
		}
	}

	for (s = suites; s < end; s++)
		n += kunit_suite_selected(*s, suite_glob, case_glob);

	kunit_run_init(&run, NULL, 0);
	kunit_set_timeout(kunit_timeout_arg(argc, argv), &run);
	kunit_warmup();
	kunit_emit(&run, "KTAP version 1");
	kunit_emit(&run, "1..%u", n);
	for (s = suites; s < end; s++)
		if (kunit_suite_selected(*s, suite_glob, case_glob))
			kunit_run_suite(&run, *s, case_glob, ++index);

	kunit_emit(&run, "# Totals: pass:%u fail:%u skip:%u total:%u",
		   run.totals.passed, run.totals.failed, run.totals.skipped,
		   run.totals.passed + run.totals.failed + run.totals.skipped);
	if (run.totals.skipped)
		kunit_emit(&run, "%u passed, %u failed, %u skipped",
			   run.totals.passed, run.totals.failed,
			   run.totals.skipped);
	else
		kunit_emit(&run, "%u passed, %u failed", run.totals.passed,
			   run.totals.failed);
	return run.totals.failed ? 1 : 0;
}

USER_PROGRAM("kunit", kunit_main);
