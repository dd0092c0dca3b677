// SPDX-License-Identifier: GPL-2.0
/*
 * wait.c - wait queues on a sequence-counter futex word (see wait.h).
 *
 * Why no wakeup is lost.  A waiter runs
 *	s = load_acquire(seq); if (cond) done; sleepers++; futex_wait(seq, s)
 * and a waker runs
 *	make cond true; seq++; if (sleepers) futex_wake(seq, all).
 * If the waiter's load of seq already sees the waker's increment, the
 * ACQUIRE pairs with the increment (a SEQ_CST RMW, so also a RELEASE) and
 * the waiter's test sees cond true.  Otherwise the waiter tested cond
 * before the increment; its futex_wait() then either sees seq != s and
 * returns at once, or is already asleep when the waker reads sleepers.
 * The waker cannot read sleepers == 0 while the waiter sleeps: sleepers++
 * and seq++ are SEQ_CST RMWs and the waker's read of sleepers is SEQ_CST,
 * so if the waker misses the waiter's increment, its own seq++ came first
 * in the total order and the kernel's compare in futex_wait() sees it.
 *
 * Spurious returns (signals, wakeups meant for another queue, see
 * rwbase.c) are harmless: every caller loops and re-tests its condition.
 */
#include <linux/kernel.h>
#include <linux/wait.h>
#include <linux/sched.h>
#include <host_ops.h>

/**
 * wait_queue_seq - read a queue's wakeup sequence before testing a
 * condition
 * @wq_head: the queue
 *
 * Context: any host thread.
 * Return: the sequence number to pass to wait_queue_sleep().
 */
unsigned int wait_queue_seq(struct wait_queue_head *wq_head)
{
	/* ACQUIRE pairs with the increment in __wake_up(). */
	return __atomic_load_n(&wq_head->seq, __ATOMIC_ACQUIRE);
}

/**
 * wait_queue_sleep - sleep unless the queue was woken since @seq was read
 * @wq_head: the queue
 * @seq: what wait_queue_seq() returned before the condition was tested
 * @timeout_ns: longest sleep in nanoseconds; 0 for none
 *
 * Context: any host thread; sleeps.
 * Return: host_ops.futex_wait()'s result (0 woken, -1 already woken,
 * -2 timed out).
 */
int wait_queue_sleep(struct wait_queue_head *wq_head, unsigned int seq,
		     u64 timeout_ns)
{
	int ret;

	__atomic_fetch_add(&wq_head->sleepers, 1, __ATOMIC_SEQ_CST);
	host_wait_begin();
	ret = host_ops.futex_wait(&wq_head->seq, seq, timeout_ns);
	host_wait_end();
	__atomic_fetch_sub(&wq_head->sleepers, 1, __ATOMIC_RELAXED);
	return ret;
}

/**
 * __wake_up - wake every thread sleeping on a queue
 * @wq_head: the queue
 *
 * The condition the sleepers wait for must already be true.
 *
 * Context: any host thread.
 */
void __wake_up(struct wait_queue_head *wq_head)
{
	__atomic_fetch_add(&wq_head->seq, 1, __ATOMIC_SEQ_CST);
	if (__atomic_load_n(&wq_head->sleepers, __ATOMIC_SEQ_CST))
		host_ops.futex_wake(&wq_head->seq, INT_MAX);
}
