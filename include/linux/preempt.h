/* SPDX-License-Identifier: GPL-2.0 */
/*
 * preempt.h - atomic context, and might_sleep().
 *
 * A host thread is in atomic context while it holds a spinning lock
 * (spinlock_t, rwlock_t) or is inside preempt_disable(); sleeping there
 * is a bug in kernel code meant to run on Linux, even though our
 * spinning locks can sleep on a futex and would not hang.  Nor may code
 * sleep inside rcu_read_lock().
 *
 * With CONFIG_DEBUG_ATOMIC_SLEEP every primitive that can sleep (mutex,
 * rwsem, GFP_KERNEL allocations, waits, completions, mmput(), page
 * migration, task_call(), ...) starts with might_sleep(), which WARNs
 * "sleeping function called from invalid context" when the calling host
 * thread is in atomic context or in an RCU read section, and says which
 * spinning locks it holds and where each was taken.  preempt_count()
 * counts the spinning locks held plus the preempt_disable() nesting; the
 * first PREEMPT_SITES of them are remembered with their call sites
 * (kernel/locking/spinlock.c).  Without the option might_sleep() is
 * empty and preempt_count() is 0.
 */
#ifndef _LINUX_PREEMPT_H
#define _LINUX_PREEMPT_H

#include <linux/compiler.h>
#include <linux/types.h>
#include <linux/lockdep.h>

#define PREEMPT_SITES	8

#ifdef CONFIG_DEBUG_ATOMIC_SLEEP
/* Spinning locks held plus preempt_disable() depth; per host thread. */
extern __thread int __preempt_count;

void preempt_count_add_site(const void *lock, const char *site);
void preempt_count_sub_site(void);
void __might_sleep(const char *file, int line);

static inline int preempt_count(void)
{
	return __preempt_count;
}

#define might_sleep()	__might_sleep(__FILE__, __LINE__)
#define preempt_disable()	preempt_count_add_site(NULL, LOCK_SITE)
#define preempt_enable()	preempt_count_sub_site()
#else
static inline int preempt_count(void)
{
	return 0;
}

static inline void preempt_count_add_site(const void *lock,
					  const char *site)
{
}

static inline void preempt_count_sub_site(void)
{
}

#define might_sleep()		do { } while (0)
#define preempt_disable()	do { } while (0)
#define preempt_enable()	do { } while (0)
#endif

/* might_sleep() if @cond: for primitives that sleep only sometimes. */
#define might_sleep_if(cond) do {					\
	if (cond)							\
		might_sleep();						\
} while (0)

#endif /* _LINUX_PREEMPT_H */
