/* SPDX-License-Identifier: GPL-2.0 */
/*
 * completion.h - "this happened" events: complete() lets one waiter
 * through, complete_all() lets every present and future waiter through
 * (until reinit_completion()).
 *
 * The count of unconsumed completions is itself the futex word waiters
 * sleep on (kernel/locking/completion.c).  complete() is a RELEASE
 * operation and a successful wait an ACQUIRE one: what the completer did
 * before complete() is visible to the waiter after it returns.
 */
#ifndef _LINUX_COMPLETION_H
#define _LINUX_COMPLETION_H

#include <linux/compiler.h>
#include <linux/types.h>

/**
 * struct completion - an event that threads can wait for
 * @done: completions not yet consumed; UINT_MAX after complete_all()
 *	(atomic; the futex word waiters sleep on while it is 0)
 */
struct completion {
	unsigned int done;
};

#define COMPLETION_INITIALIZER(work)	{ .done = 0 }
#define DECLARE_COMPLETION(work)					\
	struct completion work = COMPLETION_INITIALIZER(work)
#define DECLARE_COMPLETION_ONSTACK(work)	DECLARE_COMPLETION(work)

static inline void init_completion(struct completion *x)
{
	x->done = 0;
}

/* Make a completed completion waitable again; nobody may wait on it. */
static inline void reinit_completion(struct completion *x)
{
	__atomic_store_n(&x->done, 0, __ATOMIC_RELAXED);
}

void wait_for_completion(struct completion *x);
unsigned long wait_for_completion_timeout(struct completion *x,
					  unsigned long timeout);
bool try_wait_for_completion(struct completion *x);
bool completion_done(struct completion *x);
void complete(struct completion *x);
void complete_all(struct completion *x);

/* Nothing interrupts a host thread: these wait like the plain ones. */
#define wait_for_completion_interruptible(x)	\
	({ wait_for_completion(x); 0; })
#define wait_for_completion_killable(x)		\
	({ wait_for_completion(x); 0; })

#endif /* _LINUX_COMPLETION_H */
