// SPDX-License-Identifier: GPL-2.0
/*
 * test.c - the KUnit runner: runs suites and cases, checks
 * expectations, and writes KTAP version 1.
 *
 * Every case runs in a kernel thread of its own ("kunit_try_catch"), so
 * a failed assertion can end it with kthread_exit() while the runner,
 * waiting on a completion, carries on.  The suite's exit hook runs the
 * same way in a second thread.  Around each case the runner measures the
 * live object count and the WARN count, and fails the case when either
 * moved (see include/kunit/test.h).
 *
 * Output goes to the console (host stdout), one write per line, or, for
 * a nested run (kunit_run_suite_nested()), into a caller's buffer.
 *
 * Locks taken and their ordering: none nest.
 *  - kunit_run.lock: one line of output at a time;
 *  - kunit.lock: a case's status and resource list, updated by any
 *    thread of the case.
 * Neither is held across a call out of this file except kfree() and
 * host_ops.console_write().
 */
#include <kunit/test.h>
#include <linux/completion.h>
#include <linux/delay.h>
#include <linux/glob.h>
#include <linux/jiffies.h>
#include <linux/kernel.h>
#include <linux/kthread.h>
#include <linux/lockdep.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>

#include <host_ops.h>

#include "kunit-internal.h"

/* Longest line of output; longer diagnostics are cut. */
#define KUNIT_LINE_MAX		512
/* How long a case's threads may take to end before they are a leak. */
#define KUNIT_SETTLE_MS		1000

/*
 * How long a case (or its exit hook) may run, in seconds; set once by
 * the executor before the first case ("kunit.timeout=").
 */
static unsigned int kunit_timeout_secs = KUNIT_DEFAULT_TIMEOUT_SECS;

/* The executor's run, for the totals printed when a case hangs. */
static struct kunit_run *kunit_top_run;

/**
 * struct kunit_try_catch - one thread running part of a case
 * @test: the case
 * @fn: what the thread runs (the case, or its exit hook)
 * @done: completed by the thread when @fn returned or an assertion
 *	ended it; @test and this record live on the runner's stack and
 *	must not be touched by the thread afterwards
 */
struct kunit_try_catch {
	struct kunit *test;
	void (*fn)(struct kunit *test);
	struct completion done;
};

/* A case's memory or deferred action, freed or run after the case. */
struct kunit_resource {
	struct list_head node;
	void (*action)(void *ctx);	/* NULL: memory following the record */
	void *ctx;
} __aligned(16);

static void kunit_append(struct kunit_run *run, const char *line, size_t len)
{
	spin_lock(&run->lock);
	if (run->quiet) {
		/* a nested run whose caller wants no output */
	} else if (!run->log) {
		host_ops.console_write(line, len);
	} else if (run->log_len + 1 < run->log_size) {
		size_t room = run->log_size - 1 - run->log_len;

		if (len > room)
			len = room;
		memcpy(run->log + run->log_len, line, len);
		run->log_len += len;
		run->log[run->log_len] = '\0';
	}
	spin_unlock(&run->lock);
}

/**
 * kunit_run_init - prepare a run
 * @run: the run
 * @log: where its output goes, or NULL for the console
 * @log_size: the size of @log
 *
 * Context: Process context.
 */
void kunit_run_init(struct kunit_run *run, char *log, size_t log_size)
{
	memset(run, 0, sizeof(*run));
	spin_lock_init(&run->lock);
	run->log = log;
	run->log_size = log_size;
	if (log && log_size)
		log[0] = '\0';
}

/**
 * kunit_emit - write one line of KTAP output
 * @run: the run
 * @fmt: the line, without its newline
 * @...: its arguments
 *
 * Context: Process context.
 */
void kunit_emit(struct kunit_run *run, const char *fmt, ...)
{
	char line[KUNIT_LINE_MAX];
	va_list args;
	int len;

	va_start(args, fmt);
	len = vscnprintf(line, sizeof(line) - 1, fmt, args);
	va_end(args);
	line[len++] = '\n';
	kunit_append(run, line, len);
}

/* Diagnostics of a case sit one level deeper than its "ok" line. */
static const char *kunit_indent(struct kunit *test)
{
	return test->param_value ? "        " : "    ";
}

/* Emit @text as "# " lines, one per line of @text. */
static void kunit_emit_diag(struct kunit *test, const char *text)
{
	const char *indent = kunit_indent(test);

	while (*text) {
		size_t n = strcspn(text, "\n");

		kunit_emit(test->run, "%s# %.*s", indent, (int)n, text);
		text += n;
		if (*text)
			text++;
	}
}

/**
 * kunit_log_msg - add a diagnostic line to a case's output
 * @test: the case
 * @lvl: the KERN_ level (informational only)
 * @fmt: the message
 * @...: its arguments
 *
 * Printed as "# case_name: message" within the case's KTAP block.
 *
 * Context: Process context, any thread of the case.
 */
void kunit_log_msg(struct kunit *test, const char *lvl, const char *fmt, ...)
{
	char msg[KUNIT_LINE_MAX];
	va_list args;
	int len;

	len = scnprintf(msg, sizeof(msg), "%s: ", test->name);
	va_start(args, fmt);
	len += vscnprintf(msg + len, sizeof(msg) - len, fmt, args);
	va_end(args);
	/* a message's own trailing newline is not an empty line */
	if (len && msg[len - 1] == '\n')
		msg[len - 1] = '\0';
	kunit_emit_diag(test, msg);
}

/**
 * kunit_set_failure - mark a case failed
 * @test: the case
 *
 * Context: Process context, any thread of the case.
 */
void kunit_set_failure(struct kunit *test)
{
	spin_lock(&test->lock);
	test->status = KUNIT_FAILURE;
	spin_unlock(&test->lock);
}

/**
 * kunit_mark_skipped - mark a case skipped and carry on
 * @test: the case
 * @fmt: the reason, shown after "# SKIP"
 * @...: its arguments
 *
 * A failure, earlier or later, still wins over the skip.
 *
 * Context: Process context, any thread of the case.
 */
void kunit_mark_skipped(struct kunit *test, const char *fmt, ...)
{
	char reason[KUNIT_STATUS_COMMENT_SIZE];
	va_list args;

	va_start(args, fmt);
	vscnprintf(reason, sizeof(reason), fmt, args);
	va_end(args);

	spin_lock(&test->lock);
	if (test->status != KUNIT_FAILURE)
		test->status = KUNIT_SKIPPED;
	strscpy(test->status_comment, reason, sizeof(test->status_comment));
	spin_unlock(&test->lock);
}

/**
 * kunit_expect_warns - announce the WARNs a case causes on purpose
 * @test: the case
 * @count: how many WARNs the whole case will cause
 *
 * The runner then fails the case unless warn_count() moved by exactly
 * @count; by default any WARN fails it.
 *
 * Context: Process context, any thread of the case.
 */
void kunit_expect_warns(struct kunit *test, unsigned long count)
{
	WRITE_ONCE(test->expected_warns, (long)count);
}

/**
 * kunit_rcu_drain() - wait until every deferred free has run
 *
 * A call_rcu() callback may queue another (a task's own reference goes a
 * grace period after release_task(), its memory one more after that, its
 * creds after that), so one rcu_barrier() does not settle the live-object
 * count; rcu_quiesce() waits for the whole chain.  A case calls this
 * before each host_ops.mem_live() it compares, with no other thread of
 * its own still queueing callbacks (it would wait for them to stop).
 *
 * Context: Process context; no locks held; sleeps.
 */
void kunit_rcu_drain(void)
{
	rcu_quiesce();
}

/**
 * kunit_live_objects() - the number of live objects, deferred frees done
 *
 * What a case compares around a step that must leave nothing behind:
 * kunit_rcu_drain(), then host_ops.mem_live().  Read both counts with it,
 * before and after the step: a step earlier in the case may have queued
 * frees (a kfree_rcu() of a list entry, a task's last reference) that
 * would otherwise land in the middle of the measured one
 * (Documentation/dev-tools/kunit.txt, section 3.4).
 *
 * Context: Process context; no locks held; no other thread of the case
 * queueing callbacks; sleeps.
 * Return: host_ops.mem_live() once no deferred free is pending.
 */
long kunit_live_objects(void)
{
	kunit_rcu_drain();
	return host_ops.mem_live();
}

/*
 * End the calling thread's part of the case, if it is the thread the
 * runner waits for; any other thread just returns to its caller.
 */
static void kunit_try_abort(struct kunit *test)
{
	struct kunit_try_catch *try = test->try_catch;

	if (!try || current != test->task)
		return;
	complete(&try->done);
	kthread_exit(0);
}

/**
 * kunit_skip_abort - end a skipped case now (the tail of kunit_skip())
 * @test: the case
 *
 * Context: Process context.  In the case's own thread it does not
 * return; in any other thread it returns at once.
 */
void kunit_skip_abort(struct kunit *test)
{
	kunit_try_abort(test);
}

/* Record a failed check with its detail and message; abort if asserting. */
static void kunit_fail(struct kunit *test, const struct kunit_loc *loc,
		       const char *detail, const char *fmt, va_list args)
{
	char msg[KUNIT_LINE_MAX];

	kunit_set_failure(test);
	scnprintf(msg, sizeof(msg), "%s: %s FAILED at %s:%d", test->name,
		  loc->type == KUNIT_ASSERTION ? "ASSERTION" : "EXPECTATION",
		  loc->file, loc->line);
	kunit_emit_diag(test, msg);
	if (detail && *detail)
		kunit_emit_diag(test, detail);
	vscnprintf(msg, sizeof(msg), fmt, args);
	if (*msg)
		kunit_emit_diag(test, msg);
	if (loc->type == KUNIT_ASSERTION)
		kunit_try_abort(test);
}

/**
 * __kunit_fail_msg - KUNIT_FAIL() and friends
 * @test: the case
 * @loc: where the check is written
 * @fmt: the message
 * @...: its arguments
 *
 * Context: Process context, any thread of the case.
 */
void __kunit_fail_msg(struct kunit *test, const struct kunit_loc *loc,
		      const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	kunit_fail(test, loc, NULL, fmt, args);
	va_end(args);
}

/**
 * __kunit_fail_unary - a failed KUNIT_*_TRUE() or KUNIT_*_FALSE()
 * @test: the case
 * @loc: where the check is written
 * @text: the condition as written
 * @expected: the value it should have had
 * @fmt: the message of a _MSG check, else ""
 * @...: its arguments
 *
 * Context: Process context, any thread of the case.
 */
void __kunit_fail_unary(struct kunit *test, const struct kunit_loc *loc,
			const char *text, bool expected, const char *fmt, ...)
{
	char detail[KUNIT_LINE_MAX];
	va_list args;

	scnprintf(detail, sizeof(detail), "Expected %s to be %s, but is %s",
		  text, expected ? "true" : "false",
		  expected ? "false" : "true");
	va_start(args, fmt);
	kunit_fail(test, loc, detail, fmt, args);
	va_end(args);
}

static int kunit_format_int(char *buf, size_t size, const char *text,
			    u64 val, bool is_signed)
{
	if (is_signed)
		return scnprintf(buf, size, "    %s == %lld (0x%llx)", text,
				 (long long)val, val);
	return scnprintf(buf, size, "    %s == %llu (0x%llx)", text, val, val);
}

/**
 * __kunit_fail_int - a failed integer comparison (KUNIT_*_EQ() ...)
 * @test: the case
 * @loc: where the check is written
 * @op: the operator as written ("==")
 * @ltext: the left operand as written
 * @lval: its value, as 64 bits
 * @lsigned: whether its type is signed
 * @rtext: the right operand as written
 * @rval: its value
 * @rsigned: whether its type is signed
 * @fmt: the message of a _MSG check, else ""
 * @...: its arguments
 *
 * Context: Process context, any thread of the case.
 */
void __kunit_fail_int(struct kunit *test, const struct kunit_loc *loc,
		      const char *op, const char *ltext, u64 lval,
		      bool lsigned, const char *rtext, u64 rval,
		      bool rsigned, const char *fmt, ...)
{
	char detail[KUNIT_LINE_MAX];
	va_list args;
	int len;

	len = scnprintf(detail, sizeof(detail), "Expected %s %s %s, but\n",
			ltext, op, rtext);
	len += kunit_format_int(detail + len, sizeof(detail) - len, ltext,
				lval, lsigned);
	len += scnprintf(detail + len, sizeof(detail) - len, "\n");
	kunit_format_int(detail + len, sizeof(detail) - len, rtext, rval,
			 rsigned);
	va_start(args, fmt);
	kunit_fail(test, loc, detail, fmt, args);
	va_end(args);
}

/**
 * __kunit_fail_ptr - a failed pointer comparison (KUNIT_*_PTR_EQ(), NULL)
 * @test: the case
 * @loc: where the check is written
 * @op: the operator as written
 * @ltext: the left operand as written
 * @lval: its value
 * @rtext: the right operand as written
 * @rval: its value
 * @fmt: the message of a _MSG check, else ""
 * @...: its arguments
 *
 * Context: Process context, any thread of the case.
 */
void __kunit_fail_ptr(struct kunit *test, const struct kunit_loc *loc,
		      const char *op, const char *ltext, const void *lval,
		      const char *rtext, const void *rval,
		      const char *fmt, ...)
{
	char detail[KUNIT_LINE_MAX];
	va_list args;

	scnprintf(detail, sizeof(detail),
		  "Expected %s %s %s, but\n    %s == %p\n    %s == %p",
		  ltext, op, rtext, ltext, lval, rtext, rval);
	va_start(args, fmt);
	kunit_fail(test, loc, detail, fmt, args);
	va_end(args);
}

/**
 * __kunit_fail_str - a failed string comparison (KUNIT_*_STREQ())
 * @test: the case
 * @loc: where the check is written
 * @op: the operator as written
 * @ltext: the left operand as written
 * @lval: its value
 * @rtext: the right operand as written
 * @rval: its value
 * @fmt: the message of a _MSG check, else ""
 * @...: its arguments
 *
 * Context: Process context, any thread of the case.
 */
void __kunit_fail_str(struct kunit *test, const struct kunit_loc *loc,
		      const char *op, const char *ltext, const char *lval,
		      const char *rtext, const char *rval,
		      const char *fmt, ...)
{
	char detail[KUNIT_LINE_MAX];
	va_list args;

	scnprintf(detail, sizeof(detail),
		  "Expected %s %s %s, but\n    %s == \"%s\"\n    %s == \"%s\"",
		  ltext, op, rtext, ltext, lval, rtext, rval);
	va_start(args, fmt);
	kunit_fail(test, loc, detail, fmt, args);
	va_end(args);
}

static int kunit_hexdump(char *buf, size_t size, const char *text,
			 const u8 *mem, size_t len, size_t first_diff)
{
	size_t i, shown = min_t(size_t, len, 16);
	int n;

	if (!mem)
		return scnprintf(buf, size, "    %s == (null)", text);
	n = scnprintf(buf, size, "    %s ==", text);
	for (i = 0; i < shown; i++)
		n += scnprintf(buf + n, size - n, i == first_diff ?
			       " <%02x>" : " %02x", mem[i]);
	if (shown < len)
		n += scnprintf(buf + n, size - n, " ...");
	return n;
}

/**
 * __kunit_fail_mem - a failed memory comparison (KUNIT_*_MEMEQ())
 * @test: the case
 * @loc: where the check is written
 * @op: the operator as written
 * @ltext: the left operand as written
 * @lval: its value
 * @rtext: the right operand as written
 * @rval: its value
 * @size: the number of bytes compared
 * @fmt: the message of a _MSG check, else ""
 * @...: its arguments
 *
 * The first differing byte is shown in <angle brackets>.
 *
 * Context: Process context, any thread of the case.
 */
void __kunit_fail_mem(struct kunit *test, const struct kunit_loc *loc,
		      const char *op, const char *ltext, const void *lval,
		      const char *rtext, const void *rval, size_t size,
		      const char *fmt, ...)
{
	char detail[KUNIT_LINE_MAX];
	const u8 *l = lval, *r = rval;
	size_t diff = SIZE_MAX, i;
	va_list args;
	int len;

	for (i = 0; l && r && i < size; i++) {
		if (l[i] != r[i]) {
			diff = i;
			break;
		}
	}
	len = scnprintf(detail, sizeof(detail),
			"Expected %s %s %s (%zu bytes), but\n",
			ltext, op, rtext, size);
	len += kunit_hexdump(detail + len, sizeof(detail) - len, ltext, l,
			     size, diff);
	len += scnprintf(detail + len, sizeof(detail) - len, "\n");
	kunit_hexdump(detail + len, sizeof(detail) - len, rtext, r, size,
		      diff);
	va_start(args, fmt);
	kunit_fail(test, loc, detail, fmt, args);
	va_end(args);
}

/**
 * __kunit_fail_err_or_null - a failed KUNIT_*_NOT_ERR_OR_NULL()
 * @test: the case
 * @loc: where the check is written
 * @text: the pointer expression as written
 * @ptr: its value, NULL or an ERR_PTR()
 * @fmt: the message of a _MSG check, else ""
 * @...: its arguments
 *
 * Context: Process context, any thread of the case.
 */
void __kunit_fail_err_or_null(struct kunit *test, const struct kunit_loc *loc,
			      const char *text, const void *ptr,
			      const char *fmt, ...)
{
	char detail[KUNIT_LINE_MAX];
	va_list args;

	if (ptr)
		scnprintf(detail, sizeof(detail),
			  "Expected %s is not error, but is: %ld",
			  text, PTR_ERR(ptr));
	else
		scnprintf(detail, sizeof(detail),
			  "Expected %s is not null, but is", text);
	va_start(args, fmt);
	kunit_fail(test, loc, detail, fmt, args);
	va_end(args);
}

static void kunit_add_resource(struct kunit *test, struct kunit_resource *res)
{
	spin_lock(&test->lock);
	list_add(&res->node, &test->resources);
	spin_unlock(&test->lock);
}

/**
 * kunit_kmalloc - allocate memory that is freed when the case ends
 * @test: the case
 * @size: the size
 * @gfp: allocation flags (__GFP_ZERO zeroes)
 *
 * The memory is freed after the case and its exit hook, before the
 * runner's leak check; kunit_kfree() frees it earlier.
 *
 * Context: Process context, any thread of the case.
 * Return: the memory, or NULL.
 */
void *kunit_kmalloc(struct kunit *test, size_t size, gfp_t gfp)
{
	struct kunit_resource *res;

	if (size > SIZE_MAX - sizeof(*res))
		return NULL;
	res = kmalloc(sizeof(*res) + size, gfp);
	if (!res)
		return NULL;
	res->action = NULL;
	res->ctx = res + 1;
	kunit_add_resource(test, res);
	return res + 1;
}

/**
 * kunit_kfree - free kunit_kmalloc() memory before the case ends
 * @test: the case
 * @ptr: the memory; NULL is ignored
 *
 * Context: Process context, any thread of the case.  Freeing memory that
 * kunit_kmalloc() did not return for @test fails the case.
 */
void kunit_kfree(struct kunit *test, const void *ptr)
{
	struct kunit_resource *res, *found = NULL;

	if (!ptr)
		return;
	spin_lock(&test->lock);
	list_for_each_entry(res, &test->resources, node) {
		if (!res->action && res->ctx == ptr) {
			list_del(&res->node);
			found = res;
			break;
		}
	}
	spin_unlock(&test->lock);
	if (!found) {
		kunit_err(test, "%s(%p): not kunit_kmalloc() memory",
			  __func__, ptr);
		kunit_set_failure(test);
		return;
	}
	kfree(found);
}

/**
 * kunit_kstrdup - duplicate a string into memory freed when the case ends
 * @test: the case
 * @str: the string; NULL gives NULL
 * @gfp: allocation flags
 *
 * Context: Process context, any thread of the case.
 * Return: the copy, or NULL.
 */
char *kunit_kstrdup(struct kunit *test, const char *str, gfp_t gfp)
{
	size_t len;
	char *copy;

	if (!str)
		return NULL;
	len = strlen(str) + 1;
	copy = kunit_kmalloc(test, len, gfp);
	if (copy)
		memcpy(copy, str, len);
	return copy;
}

/**
 * kunit_add_action - run a function when the case ends
 * @test: the case
 * @action: the function, called after the case and its exit hook
 * @ctx: its argument
 *
 * Actions and kunit_kmalloc() memory are released newest first.
 *
 * Context: Process context, any thread of the case.
 * Return: 0, or -ENOMEM (then @action is not called at all).
 */
int kunit_add_action(struct kunit *test, void (*action)(void *ctx),
		     void *ctx)
{
	struct kunit_resource *res;

	res = kmalloc(sizeof(*res), GFP_KERNEL);
	if (!res)
		return -ENOMEM;
	res->action = action;
	res->ctx = ctx;
	kunit_add_resource(test, res);
	return 0;
}

static void kunit_release_resources(struct kunit *test)
{
	struct kunit_resource *res, *next;
	LIST_HEAD(list);

	spin_lock(&test->lock);
	list_splice_init(&test->resources, &list);
	spin_unlock(&test->lock);

	list_for_each_entry_safe(res, next, &list, node) {
		list_del(&res->node);
		if (res->action)
			res->action(res->ctx);
		kfree(res);
	}
}

/**
 * kunit_set_timeout - bound the time of every case
 * @secs: seconds a case or its exit hook may run; 0 keeps the default
 * @top: the executor's run, whose totals are printed if a case hangs
 *
 * Context: Before the first case runs.
 */
void kunit_set_timeout(unsigned int secs, struct kunit_run *top)
{
	if (secs)
		kunit_timeout_secs = secs;
	kunit_top_run = top;
}

/*
 * A case did not finish in time.  Its thread cannot be stopped and still
 * points into the runner's stack, so the run cannot go on: report the
 * case, bail out of the KTAP stream, print the summary line and end the
 * kernel with status 1.
 */
static void __noreturn kunit_bail_out(struct kunit *test)
{
	struct kunit_run *top = kunit_top_run ? kunit_top_run : test->run;

	kunit_err(test, "timed out after %u s; stopping the run",
		  kunit_timeout_secs);
	kunit_emit(top, "Bail out! %s.%s timed out", test->suite->name,
		   test->name);
	kunit_emit(top, "%u passed, %u failed, %u skipped",
		   top->totals.passed, top->totals.failed + 1,
		   top->totals.skipped);
	host_ops.halt(1);
}

static int kunit_try_thread(void *data)
{
	struct kunit_try_catch *try = data;
	struct kunit *test = try->test;
	int held;

	test->task = current;
	try->fn(test);

	held = lock_is_held_count();
	if (held) {
		kunit_err(test, "returned holding %d lock%s", held,
			  held == 1 ? "" : "s");
		kunit_set_failure(test);
	}
	complete(&try->done);
	return 0;
}

/*
 * Run @fn(@test) in a kernel thread of its own and wait until it returns
 * or an assertion ends it.
 */
static void kunit_try_catch_run(struct kunit *test,
				void (*fn)(struct kunit *test))
{
	unsigned long timeout = (unsigned long)kunit_timeout_secs * HZ;
	struct kunit_try_catch try = { .test = test, .fn = fn };
	struct task_struct *task;

	init_completion(&try.done);
	test->try_catch = &try;
	task = kthread_create(kunit_try_thread, &try, "kunit_try_catch");
	if (IS_ERR(task)) {
		kunit_err(test, "cannot start a thread for the case: %ld",
			  PTR_ERR(task));
		kunit_set_failure(test);
	} else {
		/*
		 * The thread may run, end and be reaped before
		 * wake_up_process() returns: hold it across the wake-up.
		 */
		get_task_struct(task);
		wake_up_process(task);
		put_task_struct(task);
		if (!wait_for_completion_timeout(&try.done, timeout))
			kunit_bail_out(test);
	}
	test->try_catch = NULL;
	test->task = NULL;
}

/* The case thread: the suite's init, then the case. */
static void kunit_case_body(struct kunit *test)
{
	int ret;

	if (test->suite->init) {
		ret = test->suite->init(test);
		if (ret) {
			kunit_err(test, "failed to initialize: %d", ret);
			kunit_set_failure(test);
			return;
		}
	}
	test->init_ok = true;
	test->test_case->run_case(test);
}

static void kunit_case_exit(struct kunit *test)
{
	test->suite->exit(test);
}

/* Run one case (or one parameter of it) and print its result line. */
static enum kunit_status kunit_run_one(struct kunit_run *run,
				       struct kunit_suite *suite,
				       struct kunit_case *test_case,
				       const void *param, const char *name,
				       unsigned int index)
{
	struct kunit test = {
		.name = test_case->name,
		.param_value = param,
		.suite = suite,
		.run = run,
		.status = KUNIT_SUCCESS,
		.expected_warns = -1,
	};
	char comment[KUNIT_STATUS_COMMENT_SIZE];
	unsigned long warns_before, warns;
	long threads_before, live_before, leaked, left, expected;
	enum kunit_status status;
	const char *indent = param ? "    " : "";

	spin_lock_init(&test.lock);
	INIT_LIST_HEAD(&test.resources);

	/*
	 * Every count is compared between two quiesced points, so it moved
	 * by exactly what the case did (kthreads_quiesce()): nothing an
	 * earlier case or the suite started still runs or frees.
	 */
	threads_before = host_ops.threads_running();
	kthreads_quiesce(threads_before, KUNIT_SETTLE_MS);
	live_before = host_ops.mem_live();
	warns_before = warn_count();

	test.test_case = test_case;
	kunit_try_catch_run(&test, kunit_case_body);
	/* init_ok was written by the case thread before complete() */
	if (suite->exit && test.init_ok)
		kunit_try_catch_run(&test, kunit_case_exit);
	kunit_release_resources(&test);

	left = kthreads_quiesce(threads_before, KUNIT_SETTLE_MS);
	if (left) {
		kunit_err(&test, "left %ld thread%s running", left,
			  left == 1 ? "" : "s");
		kunit_set_failure(&test);
	}
	leaked = host_ops.mem_live() - live_before;
	if (leaked > 0) {
		kunit_err(&test, "leaked %ld object%s", leaked,
			  leaked == 1 ? "" : "s");
		kunit_set_failure(&test);
	} else if (leaked < 0) {
		kunit_err(&test, "freed %ld object%s it did not allocate",
			  -leaked, leaked == -1 ? "" : "s");
		kunit_set_failure(&test);
	}
	warns = warn_count() - warns_before;
	expected = READ_ONCE(test.expected_warns);
	if (expected < 0 && warns) {
		kunit_err(&test, "WARN during case (%lu)", warns);
		kunit_set_failure(&test);
	} else if (expected >= 0 && warns != (unsigned long)expected) {
		kunit_err(&test, "expected %ld WARN%s, saw %lu", expected,
			  expected == 1 ? "" : "s", warns);
		kunit_set_failure(&test);
	}

	/* the case's threads are done, but take the lock as they did */
	spin_lock(&test.lock);
	status = test.status;
	strscpy(comment, test.status_comment, sizeof(comment));
	spin_unlock(&test.lock);

	switch (status) {
	case KUNIT_SUCCESS:
		kunit_emit(run, "%s    ok %u %s", indent, index, name);
		break;
	case KUNIT_SKIPPED:
		kunit_emit(run, "%s    ok %u %s # SKIP %s", indent, index, name,
			   comment);
		break;
	case KUNIT_FAILURE:
		kunit_emit(run, "%s    not ok %u %s", indent, index, name);
		break;
	}
	return status;
}

static unsigned int kunit_count_params(struct kunit_case *test_case)
{
	char desc[KUNIT_PARAM_DESC_SIZE];
	const void *param = NULL;
	unsigned int n = 0;

	while ((param = test_case->generate_params(param, desc)))
		n++;
	return n;
}

/* A KUNIT_CASE_PARAM() case: a subtest with one result per parameter. */
static enum kunit_status kunit_run_params(struct kunit_run *run,
					  struct kunit_suite *suite,
					  struct kunit_case *test_case)
{
	unsigned int n = kunit_count_params(test_case), i = 0;
	unsigned int passed = 0, failed = 0, skipped = 0;
	char desc[KUNIT_PARAM_DESC_SIZE];
	const void *param = NULL;

	kunit_emit(run, "        KTAP version 1");
	kunit_emit(run, "        # Subtest: %s", test_case->name);
	kunit_emit(run, "        1..%u", n);
	while (i < n && (param = test_case->generate_params(param, desc))) {
		/* a description is one KTAP line */
		strreplace(desc, '\n', ' ');
		switch (kunit_run_one(run, suite, test_case, param, desc,
				      ++i)) {
		case KUNIT_SUCCESS:
			passed++;
			break;
		case KUNIT_FAILURE:
			failed++;
			break;
		case KUNIT_SKIPPED:
			skipped++;
			break;
		}
	}
	kunit_emit(run, "        # %s: pass:%u fail:%u skip:%u total:%u",
		   test_case->name, passed, failed, skipped, n);
	if (failed || i != n)
		return KUNIT_FAILURE;
	if (skipped == n)
		return KUNIT_SKIPPED;
	return KUNIT_SUCCESS;
}

static bool kunit_case_matches(struct kunit_case *test_case,
			       const char *case_glob)
{
	return !case_glob || glob_match(case_glob, test_case->name);
}

/**
 * kunit_suite_count_cases - how many cases of a suite a filter selects
 * @suite: the suite
 * @case_glob: a glob on case names, or NULL for all
 *
 * Context: Any context.
 * Return: the number of selected cases.
 */
unsigned int kunit_suite_count_cases(struct kunit_suite *suite,
				     const char *case_glob)
{
	struct kunit_case *test_case;
	unsigned int n = 0;

	for (test_case = suite->test_cases; test_case->run_case; test_case++)
		n += kunit_case_matches(test_case, case_glob);
	return n;
}

/**
 * kunit_run_suite - run a suite and print it as one KTAP subtest
 * @run: the run (output and totals)
 * @suite: the suite
 * @case_glob: a glob on case names, or NULL for all
 * @index: the suite's number in the run's plan
 *
 * Context: Process context, as a task that may create kernel threads.
 * Return: the suite's status: failed if any case failed, skipped if all
 * were skipped.
 */
enum kunit_status kunit_run_suite(struct kunit_run *run,
				  struct kunit_suite *suite,
				  const char *case_glob, unsigned int index)
{
	unsigned int n = kunit_suite_count_cases(suite, case_glob);
	struct kunit_totals *sum = &run->totals, before = run->totals;
	struct kunit_case *test_case;
	unsigned int i = 0;
	int ret = 0;

	kunit_emit(run, "    KTAP version 1");
	kunit_emit(run, "    # Subtest: %s", suite->name);
	kunit_emit(run, "    1..%u", n);

	if (suite->suite_init) {
		ret = suite->suite_init(suite);
		if (ret)
			kunit_emit(run, "    # %s: suite_init failed: %d",
				   suite->name, ret);
	}

	for (test_case = suite->test_cases; test_case->run_case; test_case++) {
		if (!kunit_case_matches(test_case, case_glob))
			continue;
		i++;
		if (ret)
			test_case->status = KUNIT_FAILURE;
		else if (test_case->generate_params)
			test_case->status = kunit_run_params(run, suite,
							     test_case);
		else
			test_case->status = kunit_run_one(run, suite, test_case,
							  NULL, test_case->name,
							  i);
		switch (test_case->status) {
		case KUNIT_SUCCESS:
			sum->passed++;
			if (test_case->generate_params)
				kunit_emit(run, "    ok %u %s", i,
					   test_case->name);
			break;
		case KUNIT_SKIPPED:
			sum->skipped++;
			if (test_case->generate_params)
				kunit_emit(run, "    ok %u %s # SKIP", i,
					   test_case->name);
			break;
		case KUNIT_FAILURE:
			sum->failed++;
			if (test_case->generate_params || ret)
				kunit_emit(run, "    not ok %u %s", i,
					   test_case->name);
			break;
		}
	}

	if (suite->suite_exit && !ret)
		suite->suite_exit(suite);

	kunit_emit(run, "    # %s: pass:%u fail:%u skip:%u total:%u",
		   suite->name, sum->passed - before.passed,
		   sum->failed - before.failed, sum->skipped - before.skipped, n);

	if (sum->failed != before.failed || ret) {
		kunit_emit(run, "not ok %u %s", index, suite->name);
		return KUNIT_FAILURE;
	}
	if (n && sum->skipped - before.skipped == n) {
		kunit_emit(run, "ok %u %s # SKIP", index, suite->name);
		return KUNIT_SKIPPED;
	}
	kunit_emit(run, "ok %u %s", index, suite->name);
	return KUNIT_SUCCESS;
}

/**
 * kunit_run_suite_nested - run a suite from inside a case, quietly
 * @test: the case running it (for context; its result is not touched)
 * @suite: the suite to run, typically one made to fail on purpose
 * @log: where its KTAP output goes (NUL-terminated); may be NULL
 * @log_size: the size of @log
 * @totals: filled with the nested run's case counts
 *
 * The nested suite's cases get all the runner's checks (threads, leak
 * and WARN checks); their failures do not fail @test.  This is how the
 * framework tests itself (lib/kunit/kunit_test.c).
 *
 * Context: Process context, in a case.
 * Return: the number of failed cases of the nested run.
 */
int kunit_run_suite_nested(struct kunit *test, struct kunit_suite *suite,
			   char *log, size_t log_size,
			   struct kunit_totals *totals)
{
	struct kunit_run run;

	kunit_run_init(&run, log, log_size);
	run.quiet = !log;
	kunit_emit(&run, "KTAP version 1");
	kunit_emit(&run, "1..1");
	kunit_run_suite(&run, suite, NULL, 1);
	*totals = run.totals;
	return run.totals.failed;
}
