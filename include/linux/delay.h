/* SPDX-License-Identifier: GPL-2.0 */
/*
 * delay.h - sleeping for a while.  Host threads are preemptible, so even
 * the "delay" (busy-wait in Linux) variants sleep on the host, through
 * kernel_sleep_ns() (kernel/sched.c), which might_sleep()s and marks the
 * task as waiting in the host for lock spinners.
 */
#ifndef _LINUX_DELAY_H
#define _LINUX_DELAY_H

#include <linux/types.h>
#include <linux/ktime.h>
#include <linux/preempt.h>

void kernel_sleep_ns(u64 ns);

static inline void msleep(unsigned int msecs)
{
	kernel_sleep_ns((unsigned long long)msecs * NSEC_PER_MSEC);
}

static inline void ssleep(unsigned int seconds)
{
	kernel_sleep_ns((unsigned long long)seconds * NSEC_PER_SEC);
}

/* Sleeps at least @min microseconds; @max is not needed on the host. */
static inline void usleep_range(unsigned long min, unsigned long max)
{
	kernel_sleep_ns((unsigned long long)min * NSEC_PER_USEC);
}

static inline void fsleep(unsigned long usecs)
{
	kernel_sleep_ns((unsigned long long)usecs * NSEC_PER_USEC);
}

static inline void udelay(unsigned long usecs)
{
	kernel_sleep_ns((unsigned long long)usecs * NSEC_PER_USEC);
}

static inline void ndelay(unsigned long nsecs)
{
	kernel_sleep_ns(nsecs);
}

static inline void mdelay(unsigned long msecs)
{
	kernel_sleep_ns((unsigned long long)msecs * NSEC_PER_MSEC);
}

#endif /* _LINUX_DELAY_H */
