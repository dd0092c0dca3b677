/* SPDX-License-Identifier: GPL-2.0 */
/*
 * mutex.h - struct mutex: a sleeping lock with an owner.
 *
 * A futex lock (kernel/locking/mutex.c) whose owner field names its
 * holder (lock_owner_token(): the task, or the host thread when it runs
 * as none).  lockdep_assert_held(&m) asks lockdep-lite about the calling
 * thread (CONFIG_LOCKDEP), so it fails on a thread that does not hold
 * the mutex even while another thread does; CONFIG_DEBUG_MUTEXES WARNs
 * on an unlock by a thread that does not own it.  There are no signals
 * to interrupt a sleeping host thread, so the _interruptible and
 * _killable variants always take the lock and return 0.
 *
 * Optimistic spinning, as Linux's mutex: a contended mutex_lock() spins
 * while the owner runs on a host CPU, and sleeps on the futex as soon as
 * the owner does not, or after OWNER_SPIN_MAX spins.  "Runs" means: the
 * owner is a task whose call slot some host thread holds (task_call(),
 * kernel/sched.c) and which is not blocked in a host wait (futex, sleep,
 * grace period: task_struct->blocked, set by the sleeping primitives).
 * An owner that is a bare host thread (no task) is assumed to run for
 * OWNER_SPIN_UNKNOWN spins only.  The rule is implemented once, in
 * kernel/locking/locking-internal.h, for mutex and rw_semaphore.
 */
#ifndef _LINUX_MUTEX_H
#define _LINUX_MUTEX_H

#include <linux/compiler.h>
#include <linux/types.h>
#include <linux/lockdep.h>

/**
 * struct mutex - a sleeping mutual exclusion lock
 * @val: futex word: 0 unlocked, 1 locked, 2 locked and maybe waiters
 * @owner: lock_owner_token() of the holder, 0 while the lock is free or
 *	just being taken (relaxed atomic: written by the holder, read by
 *	spinners and reports)
 * @dep_map: CONFIG_DEBUG_LOCK_ALLOC: lockdep-lite state
 */
struct mutex {
	unsigned int val;
	unsigned long owner;
#ifdef CONFIG_DEBUG_LOCK_ALLOC
	struct lockdep_map dep_map;
#endif
} __capability("mutex");

#if defined(__clang__) && defined(WARN_CONTEXT_ANALYSIS) && !defined(__CHECKER__)
static inline void __mutex_assume_held(struct mutex *lock) __asserts_held(lock)
	__no_context_analysis
{
}

# undef LOCKDEP_ASSUME_MUTEX
# define LOCKDEP_ASSUME_MUTEX(l, next)					\
	LOCKDEP_ASSUME_CASE(l, struct mutex, __mutex_assume_held, next)
#endif

#define __MUTEX_INITIALIZER(lockname)					\
	{ .val = 0 __DEP_MAP_INIT(lockname) }

#define DEFINE_MUTEX(mutexname)						\
	struct mutex mutexname = __MUTEX_INITIALIZER(mutexname)

void __mutex_init(struct mutex *lock, const char *name,
		  struct lock_class_key *key);

#define mutex_init(mutex) do {						\
	static struct lock_class_key __key;				\
									\
	__mutex_init((mutex), #mutex, &__key);				\
} while (0)

static inline void mutex_destroy(struct mutex *lock)
{
}

void _mutex_lock(struct mutex *lock, const char *site) __acquires(lock);
int _mutex_trylock(struct mutex *lock, const char *site)
	__try_acquires(lock);
void mutex_unlock(struct mutex *lock) __releases(lock);

#define mutex_lock(lock)	_mutex_lock(lock, LOCK_SITE)
#define mutex_trylock(lock)	__cond_lock(lock, _mutex_trylock(lock, LOCK_SITE))
#define mutex_lock_nested(lock, subclass)	mutex_lock(lock)

/* Nothing can interrupt the wait: the lock is always taken. */
#define mutex_lock_interruptible(lock)	({ mutex_lock(lock); 0; })
#define mutex_lock_killable(lock)	({ mutex_lock(lock); 0; })

/**
 * mutex_is_locked - is the mutex held by anyone?
 * @lock: the mutex
 *
 * Context: any; the answer may be stale by the time it is used.
 * Return: true if some host thread holds @lock.
 */
static inline bool mutex_is_locked(struct mutex *lock)
{
	return READ_ONCE(lock->val) != 0;
}

#endif /* _LINUX_MUTEX_H */
