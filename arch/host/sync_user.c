// SPDX-License-Identifier: GPL-2.0
/*
 * sync_user.c - the host's one synchronisation primitive: the futex.
 *
 * Every sleeping lock, wait queue and completion of the kernel is built on
 * these two calls (kernel/locking/); the host keeps no lock state of its
 * own.  The futexes are process-private (FUTEX_*_PRIVATE), which is what
 * a single program with many threads needs and the cheapest kind.
 */
#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <sched.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "host-internal.h"

int host_futex_wait(unsigned int *uaddr, unsigned int val,
		    unsigned long long timeout_ns)
{
	struct timespec ts, *tsp = NULL;
	long ret;

	if (timeout_ns) {
		ts.tv_sec = timeout_ns / 1000000000ULL;
		ts.tv_nsec = timeout_ns % 1000000000ULL;
		tsp = &ts;
	}
	ret = syscall(SYS_futex, uaddr, FUTEX_WAIT_PRIVATE, val, tsp, NULL, 0);
	if (ret == 0)
		return 0;
	switch (errno) {
	case EAGAIN:
		return -1;
	case ETIMEDOUT:
		return -2;
	default:
		/* EINTR: a signal; callers treat it as a spurious wakeup. */
		return 0;
	}
}

int host_futex_wake(unsigned int *uaddr, int nr)
{
	long ret;

	if (nr <= 0)
		nr = INT_MAX;
	ret = syscall(SYS_futex, uaddr, FUTEX_WAKE_PRIVATE, nr, NULL, NULL, 0);
	return ret < 0 ? 0 : (int)ret;
}

void host_cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
	__builtin_ia32_pause();
#elif defined(__aarch64__)
	__asm__ __volatile__("yield" ::: "memory");
#else
	__asm__ __volatile__("" ::: "memory");
#endif
}

void host_yield(void)
{
	sched_yield();
}
