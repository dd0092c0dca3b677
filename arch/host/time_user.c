// SPDX-License-Identifier: GPL-2.0
/*
 * time_user.c - the host's clocks and entropy: a monotonic clock for
 * ktime_get_ns() and jiffies, the calling host thread's CPU time (for the
 * benchmarks), sleeping for msleep(), and a seed for the torture tests'
 * pseudo-random generators.
 */
#include <errno.h>
#include <sys/random.h>
#include <time.h>

#include "host-internal.h"

unsigned long long host_time_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (unsigned long long)ts.tv_sec * 1000000000ULL + ts.tv_nsec;
}

unsigned long long host_thread_cpu_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (unsigned long long)ts.tv_sec * 1000000000ULL + ts.tv_nsec;
}

void host_sleep_ns(unsigned long long ns)
{
	struct timespec ts = {
		.tv_sec = ns / 1000000000ULL,
		.tv_nsec = ns % 1000000000ULL,
	};

	/* Sleep the whole interval even when a signal interrupts it. */
	while (nanosleep(&ts, &ts) && errno == EINTR)
		;
}

unsigned long long host_random_seed(void)
{
	unsigned long long seed;

	if (getrandom(&seed, sizeof(seed), 0) == sizeof(seed))
		return seed;
	/* No entropy source: the clock still differs from run to run. */
	return host_time_ns() ^ 0x9e3779b97f4a7c15ULL;
}
