// SPDX-License-Identifier: GPL-2.0
/*
 * mutex.c - struct mutex on the futex lock word of locking-internal.h,
 * which also gives the memory-ordering argument (ACQUIRE on the taking
 * CAS/swap, RELEASE on the unlocking swap) and the spinning rule: a
 * waiter spins while the owner runs (optimistic spinning), then sleeps.
 *
 * The owner field is written after the lock is taken and cleared before
 * it is released, by the holder only; spinners read it to decide how
 * long to spin, never to decide who holds the lock (that is the lock
 * word's job).  With CONFIG_DEBUG_MUTEXES an unlock by another thread
 * WARNs.
 */
#include <linux/kernel.h>
#include <linux/lockdep.h>
#include <linux/mutex.h>

#include "locking-internal.h"

/**
 * __mutex_init - initialise a mutex
 * @lock: the mutex
 * @name: its name for lockdep reports
 * @key: its lock class
 *
 * Context: @lock is not in use.
 */
void __mutex_init(struct mutex *lock, const char *name,
		  struct lock_class_key *key)
{
	lock->val = 0;
	lock->owner = 0;
	dep_init(lock, name, key);
}

/**
 * _mutex_lock - take a mutex (use mutex_lock())
 * @lock: the mutex
 * @site: the caller's call site (LOCK_SITE)
 *
 * Context: any host thread; may sleep.  Not recursive.
 */
void _mutex_lock(struct mutex *lock, const char *site) __acquires(lock)
	__no_context_analysis
{
	might_sleep();
	dep_acquire(lock, 0, 0, site);
	if (unlikely(!futex_lock_trylock(&lock->val))) {
		stat_contended(lock, site);
		futex_lock_slowpath(&lock->val, OWNER_SPIN_MAX, &lock->owner);
	}
	stat_acquired(lock);
	lock_set_owner(&lock->owner);
	__acquire(lock);
}

/**
 * _mutex_trylock - take a mutex if it is free (use mutex_trylock())
 * @lock: the mutex
 * @site: the caller's call site (LOCK_SITE)
 *
 * Context: any host thread; never sleeps.
 * Return: 1 if the mutex was taken, 0 otherwise.
 */
int _mutex_trylock(struct mutex *lock, const char *site)
	__no_context_analysis
{
	if (!futex_lock_trylock(&lock->val))
		return 0;
	dep_acquire(lock, 1, 0, site);
	stat_acquired(lock);
	lock_set_owner(&lock->owner);
	return 1;
}

/**
 * mutex_unlock - release a mutex
 * @lock: the mutex, held by the calling host thread
 *
 * Context: the caller holds @lock (WARNs otherwise, with
 * CONFIG_DEBUG_MUTEXES).
 */
void mutex_unlock(struct mutex *lock) __releases(lock)
	__no_context_analysis
{
#ifdef CONFIG_DEBUG_MUTEXES
	WARN_ON_ONCE(READ_ONCE(lock->owner) != __lock_owner_token());
#endif
	WRITE_ONCE(lock->owner, 0UL);
	dep_release(lock);
	futex_unlock(&lock->val);
	__release(lock);
}
