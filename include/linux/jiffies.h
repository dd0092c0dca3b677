/* SPDX-License-Identifier: GPL-2.0 */
/*
 * jiffies.h - a tick count derived from the host's monotonic clock.
 *
 * There is no timer interrupt: jiffies is computed on each read from
 * host_ops.time_ns(), at HZ ticks per second.  It is an rvalue here.
 */
#ifndef _LINUX_JIFFIES_H
#define _LINUX_JIFFIES_H

#include <linux/types.h>
#include <linux/ktime.h>

#define HZ		1000
#define MAX_JIFFY_OFFSET	((LONG_MAX >> 1) - 1)

static inline unsigned long get_jiffies(void)
{
	return (unsigned long)(host_ops.time_ns() / (NSEC_PER_SEC / HZ));
}

#define jiffies		get_jiffies()
#define jiffies_64	((u64)get_jiffies())

#define time_after(a, b)	((long)((b) - (a)) < 0)
#define time_before(a, b)	time_after(b, a)
#define time_after_eq(a, b)	((long)((a) - (b)) >= 0)
#define time_before_eq(a, b)	time_after_eq(b, a)
#define time_is_before_jiffies(a)	time_after(jiffies, a)
#define time_is_after_jiffies(a)	time_before(jiffies, a)

static inline unsigned long msecs_to_jiffies(const unsigned int m)
{
	return (unsigned long)m * HZ / MSEC_PER_SEC;
}

static inline unsigned long usecs_to_jiffies(const unsigned int u)
{
	return (unsigned long)(((u64)u * HZ + USEC_PER_SEC - 1) / USEC_PER_SEC);
}

static inline unsigned long nsecs_to_jiffies(u64 n)
{
	return (unsigned long)(n / (NSEC_PER_SEC / HZ));
}

static inline unsigned int jiffies_to_msecs(const unsigned long j)
{
	return (unsigned int)(j * MSEC_PER_SEC / HZ);
}

static inline unsigned int jiffies_to_usecs(const unsigned long j)
{
	return (unsigned int)(j * USEC_PER_SEC / HZ);
}

static inline u64 jiffies_to_nsecs(const unsigned long j)
{
	return (u64)j * (NSEC_PER_SEC / HZ);
}

#endif /* _LINUX_JIFFIES_H */
