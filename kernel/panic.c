// SPDX-License-Identifier: GPL-2.0
/*
 * panic.c - WARN, BUG and panic.
 *
 * A WARN prints one record, "WARNING: at file:line cond" and the optional
 * message, and bumps warn_count(), which KUnit and the torture test read:
 * a WARN fails the test that caused it.  BUG prints "kernel BUG at
 * file:line!" and panics; panic prints "Kernel panic - not syncing: ..."
 * and ends the program with exit status 2.
 */
#include <linux/kernel.h>
#include <host_ops.h>

#define WARN_BUF_SIZE	512

/* WARNs since boot (atomic). */
static unsigned long warn_counter;
/* Set by the first panic(); a nested panic() only stops the program. */
static int panic_in_progress;

/**
 * __warn - report a WARN() (use the WARN macros of <linux/bug.h>)
 * @file: source file of the WARN
 * @line: its line
 * @cond: the condition's text, or NULL
 * @fmt: optional printf-style message, or NULL
 *
 * Context: any host thread.
 */
void __warn(const char *file, int line, const char *cond, const char *fmt,
	    ...)
{
	char msg[WARN_BUF_SIZE];
	va_list args;

	__atomic_fetch_add(&warn_counter, 1, __ATOMIC_RELAXED);

	msg[0] = '\0';
	if (fmt) {
		va_start(args, fmt);
		vscnprintf(msg, sizeof(msg), fmt, args);
		va_end(args);
	}
	pr_warn("WARNING: at %s:%d %s (host thread %lu)\n%s",
		file, line, cond ? cond : "", host_ops.thread_self_id(), msg);
}

/**
 * warn_count - how many WARNs fired since boot
 *
 * Context: any.
 * Return: the number of WARN()s and WARN_ON()s that fired.
 */
unsigned long warn_count(void)
{
	return __atomic_load_n(&warn_counter, __ATOMIC_RELAXED);
}

/**
 * __bug - report a BUG() and panic (use BUG() and BUG_ON())
 * @file: source file of the BUG
 * @line: its line
 * @cond: the condition's text, or NULL
 *
 * Context: any host thread.  Does not return.
 */
void __bug(const char *file, int line, const char *cond)
{
	pr_crit("kernel BUG at %s:%d!%s%s\n", file, line,
		cond ? " " : "", cond ? cond : "");
	panic("BUG");
}

/**
 * panic - report a fatal error and stop the whole program (exit status 2)
 * @fmt: printf-style message
 *
 * Context: any host thread.  Does not return.
 */
void panic(const char *fmt, ...)
{
	char msg[WARN_BUF_SIZE];
	va_list args;

	if (__atomic_exchange_n(&panic_in_progress, 1, __ATOMIC_RELAXED))
		host_ops.panic();

	va_start(args, fmt);
	vscnprintf(msg, sizeof(msg), fmt, args);
	va_end(args);
	/* "Kernel panic - not syncing: ...", as Linux words it. */
	pr_emerg("Kernel %s - not syncing: %s\n", __func__, msg);
	host_ops.panic();
}
