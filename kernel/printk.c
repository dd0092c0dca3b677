// SPDX-License-Identifier: GPL-2.0
/*
 * printk.c - the kernel log.
 *
 * Each printk() is formatted into a buffer on the caller's stack and
 * written with one host_ops.print() call, so records of concurrent host
 * threads never interleave.  The KERN_<level> prefix is stripped; a
 * record is printed when its level is below console_loglevel (Linux's
 * rule), by default 5: errors and warnings show, pr_notice/pr_info/
 * pr_debug do not.  A record without a level has LOGLEVEL_DEFAULT (4).
 * A record that does not end in a newline gets one, except a KERN_CONT
 * fragment, which is written as it is with the level of the calling
 * thread's previous record.
 */
#include <linux/kernel.h>
#include <host_ops.h>

#define CONSOLE_LOGLEVEL_DEFAULT	5
#define PRINTK_BUF_SIZE			1024

/*
 * Records below this level are printed.  Written at boot (kernel command
 * line) or by tests; read racily by every printk, hence READ_ONCE.
 */
int console_loglevel = CONSOLE_LOGLEVEL_DEFAULT;

/* Level of the calling thread's last record, for KERN_CONT fragments. */
static __thread int printk_last_level = LOGLEVEL_DEFAULT;

/**
 * vprintk - write a record to the kernel log
 * @fmt: KERN_<level> (optional) then a printf-style format
 * @args: its arguments
 *
 * Context: any host thread.
 * Return: the number of bytes written (0 when the level is filtered).
 */
int vprintk(const char *fmt, va_list args)
{
	char buf[PRINTK_BUF_SIZE];
	int level = LOGLEVEL_DEFAULT;
	bool cont = false;
	int len;

	if (fmt[0] == KERN_SOH[0] && fmt[1]) {
		if (fmt[1] >= '0' && fmt[1] <= '7')
			level = fmt[1] - '0';
		else if (fmt[1] == 'c')
			cont = true;
		fmt += 2;
	}
	if (cont)
		level = printk_last_level;
	printk_last_level = level;
	if (level >= READ_ONCE(console_loglevel))
		return 0;

	/* Leave room for a newline. */
	len = vscnprintf(buf, sizeof(buf) - 1, fmt, args);
	if (!cont && (len == 0 || buf[len - 1] != '\n'))
		buf[len++] = '\n';
	host_ops.print(buf, len);
	return len;
}

/**
 * printk - write a record to the kernel log
 * @fmt: KERN_<level> (optional) then a printf-style format
 *
 * Context: any host thread.
 * Return: the number of bytes written (0 when the level is filtered).
 */
int printk(const char *fmt, ...)
{
	va_list args;
	int len;

	va_start(args, fmt);
	len = vprintk(fmt, args);
	va_end(args);
	return len;
}
