/* SPDX-License-Identifier: GPL-2.0 */
/*
 * wait.h - wait queues: sleep until a condition becomes true.
 *
 * A wait queue head is a sequence counter that doubles as a futex word,
 * plus a count of sleepers (kernel/locking/wait.c).  wait_event() reads
 * the sequence, tests the condition, and sleeps only if the sequence is
 * still the one it read; wake_up() bumps the sequence and wakes every
 * sleeper, which then re-tests its condition.  A wakeup between the test
 * and the sleep is therefore never lost.  wake_up() wakes all sleepers:
 * there are no exclusive waits, which is correct (if not minimal) for
 * every caller.
 *
 * The condition must be made true before wake_up() is called, with the
 * caller's own synchronisation (a lock, or an atomic/WRITE_ONCE that the
 * condition reads with READ_ONCE).
 *
 * Host threads cannot be interrupted by signals, so the _interruptible
 * and _killable variants wait like the plain ones and return 0.
 */
#ifndef _LINUX_WAIT_H
#define _LINUX_WAIT_H

#include <linux/compiler.h>
#include <linux/types.h>
#include <linux/jiffies.h>
#include <linux/preempt.h>

/**
 * struct wait_queue_head - where threads wait for a condition
 * @seq: wakeup sequence number, the futex word sleepers wait on (atomic)
 * @sleepers: number of threads inside futex_wait() or about to be (atomic)
 */
struct wait_queue_head {
	unsigned int seq;
	unsigned int sleepers;
};

typedef struct wait_queue_head wait_queue_head_t;

#define __WAIT_QUEUE_HEAD_INITIALIZER(name)	{ .seq = 0, .sleepers = 0 }
#define DECLARE_WAIT_QUEUE_HEAD(name)					\
	struct wait_queue_head name = __WAIT_QUEUE_HEAD_INITIALIZER(name)

static inline void init_waitqueue_head(struct wait_queue_head *wq_head)
{
	wq_head->seq = 0;
	wq_head->sleepers = 0;
}

unsigned int wait_queue_seq(struct wait_queue_head *wq_head);
int wait_queue_sleep(struct wait_queue_head *wq_head, unsigned int seq,
		     u64 timeout_ns);
void __wake_up(struct wait_queue_head *wq_head);

#define wake_up(wq_head)		__wake_up(wq_head)
#define wake_up_all(wq_head)		__wake_up(wq_head)
#define wake_up_interruptible(wq_head)	__wake_up(wq_head)
#define wake_up_interruptible_all(wq_head)	__wake_up(wq_head)

/**
 * wq_has_sleeper - is anyone sleeping on the queue?
 * @wq_head: the queue
 *
 * Context: any; the answer may be stale.
 * Return: true if a thread sleeps or is about to sleep on @wq_head.
 */
static inline bool wq_has_sleeper(struct wait_queue_head *wq_head)
{
	return __atomic_load_n(&wq_head->sleepers, __ATOMIC_SEQ_CST) != 0;
}

#define wait_event(wq_head, condition) do {				\
	might_sleep();							\
	for (;;) {							\
		unsigned int __seq = wait_queue_seq(&(wq_head));	\
									\
		if (condition)						\
			break;						\
		wait_queue_sleep(&(wq_head), __seq, 0);			\
	}								\
} while (0)

/*
 * wait_event_timeout - sleep until @condition or @timeout jiffies.
 * Returns 0 if the condition was still false when the time ran out,
 * otherwise the jiffies left (at least 1).
 */
#define wait_event_timeout(wq_head, condition, timeout) ({		\
	u64 __deadline = ktime_get_ns() + jiffies_to_nsecs(timeout);	\
	long __ret;							\
									\
	might_sleep();							\
	for (;;) {							\
		unsigned int __seq = wait_queue_seq(&(wq_head));	\
		u64 __now;						\
									\
		if (condition) {					\
			__now = ktime_get_ns();				\
			__ret = __now < __deadline ?			\
				nsecs_to_jiffies(__deadline - __now) : 0; \
			if (!__ret)					\
				__ret = 1;				\
			break;						\
		}							\
		__now = ktime_get_ns();					\
		if (__now >= __deadline) {				\
			__ret = 0;					\
			break;						\
		}							\
		wait_queue_sleep(&(wq_head), __seq, __deadline - __now); \
	}								\
	__ret;								\
})

#define wait_event_interruptible(wq_head, condition) ({			\
	wait_event(wq_head, condition);					\
	0;								\
})

#define wait_event_killable(wq_head, condition)				\
	wait_event_interruptible(wq_head, condition)

#define wait_event_interruptible_timeout(wq_head, condition, timeout)	\
	wait_event_timeout(wq_head, condition, timeout)

#endif /* _LINUX_WAIT_H */
