// SPDX-License-Identifier: GPL-2.0
/*
 * completion.c - completions on a futex word that counts unconsumed
 * completions (see completion.h).
 *
 * complete() adds one (RELEASE) and wakes one sleeper; complete_all()
 * sets UINT_MAX (RELEASE) and wakes all.  A waiter consumes one with an
 * ACQUIRE CAS (or just returns, with an ACQUIRE load, after complete_all())
 * and sleeps while the count is 0.  A woken waiter whose completion was
 * taken by a newcomer sleeps again: every completion is consumed by
 * exactly one waiter, and each complete() wakes one.
 */
#include <linux/kernel.h>
#include <linux/completion.h>
#include <linux/jiffies.h>
#include <linux/sched.h>
#include <host_ops.h>

#define COMPLETION_ALL	UINT_MAX

/* Consume one completion if there is one; true if the caller may go. */
static bool completion_consume(struct completion *x)
{
	unsigned int done = __atomic_load_n(&x->done, __ATOMIC_ACQUIRE);

	while (done) {
		if (done == COMPLETION_ALL)
			return true;
		if (__atomic_compare_exchange_n(&x->done, &done, done - 1,
						true, __ATOMIC_ACQUIRE,
						__ATOMIC_ACQUIRE))
			return true;
	}
	return false;
}

/**
 * wait_for_completion - wait until @x is completed
 * @x: the completion
 *
 * Context: any host thread; sleeps.
 */
void wait_for_completion(struct completion *x)
{
	might_sleep();
	while (!completion_consume(x)) {
		host_wait_begin();
		host_ops.futex_wait(&x->done, 0, 0);
		host_wait_end();
	}
}

/**
 * wait_for_completion_timeout - wait until @x is completed, or time out
 * @x: the completion
 * @timeout: the longest wait, in jiffies
 *
 * Context: any host thread; sleeps.
 * Return: 0 on timeout, otherwise the jiffies left (at least 1).
 */
unsigned long wait_for_completion_timeout(struct completion *x,
					  unsigned long timeout)
{
	u64 deadline = ktime_get_ns() + jiffies_to_nsecs(timeout);
	u64 now;

	might_sleep();
	while (!completion_consume(x)) {
		now = ktime_get_ns();
		if (now >= deadline)
			return 0;
		host_wait_begin();
		host_ops.futex_wait(&x->done, 0, deadline - now);
		host_wait_end();
	}
	now = ktime_get_ns();
	return now < deadline ? max(nsecs_to_jiffies(deadline - now), 1UL) : 1;
}

/**
 * try_wait_for_completion - consume a completion without waiting
 * @x: the completion
 *
 * Context: any host thread; never sleeps.
 * Return: true if a completion was consumed (or @x is completed for all).
 */
bool try_wait_for_completion(struct completion *x)
{
	return completion_consume(x);
}

/**
 * completion_done - are there completions nobody consumed yet?
 * @x: the completion
 *
 * Context: any; the answer may be stale.
 * Return: true if a wait on @x would not sleep.
 */
bool completion_done(struct completion *x)
{
	return __atomic_load_n(&x->done, __ATOMIC_ACQUIRE) != 0;
}

/**
 * complete - let one waiter of @x through
 * @x: the completion
 *
 * Context: any host thread.
 */
void complete(struct completion *x)
{
	unsigned int done = __atomic_load_n(&x->done, __ATOMIC_RELAXED);

	do {
		if (done >= COMPLETION_ALL - 1)
			return;	/* completed for all, or saturated */
	} while (!__atomic_compare_exchange_n(&x->done, &done, done + 1, true,
					      __ATOMIC_RELEASE,
					      __ATOMIC_RELAXED));
	/* @x may be gone if a waiter returned: a spurious wake is harmless. */
	host_ops.futex_wake(&x->done, 1);
}

/**
 * complete_all - let every present and future waiter of @x through
 * @x: the completion
 *
 * Context: any host thread.
 */
void complete_all(struct completion *x)
{
	__atomic_store_n(&x->done, COMPLETION_ALL, __ATOMIC_RELEASE);
	host_ops.futex_wake(&x->done, INT_MAX);
}
