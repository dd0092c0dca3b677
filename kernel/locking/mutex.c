// SPDX-License-Identifier: GPL-2.0
/*
 * mutex.c - struct mutex on the futex lock word of locking-internal.h,
 * which also gives the memory-ordering argument (ACQUIRE on the taking
 * CAS/swap, RELEASE on the unlocking swap).
 *
 * The owner (dep_map.owner) is written after the lock is taken and
 * cleared before it is released, by the holder only; other threads read
 * it with READ_ONCE for reports, never to decide anything.
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
	lockdep_init_map(&lock->dep_map, name, key);
}

/**
 * mutex_lock - take a mutex
 * @lock: the mutex
 *
 * Context: any host thread; may sleep.  Not recursive.
 */
void mutex_lock(struct mutex *lock) __acquires(lock)
	__no_context_analysis
{
	lock_acquire(&lock->dep_map, 0, 0);
	futex_lock(&lock->val, MUTEX_SPINS);
	lockdep_set_owner(&lock->dep_map);
	__acquire(lock);
}

/**
 * _mutex_trylock - take a mutex if it is free
 * @lock: the mutex
 *
 * Context: any host thread; never sleeps.
 * Return: 1 if the mutex was taken, 0 otherwise.
 */
int _mutex_trylock(struct mutex *lock)
	__no_context_analysis
{
	if (!futex_lock_trylock(&lock->val))
		return 0;
	lock_acquire(&lock->dep_map, 1, 0);
	lockdep_set_owner(&lock->dep_map);
	return 1;
}

/**
 * mutex_unlock - release a mutex
 * @lock: the mutex, held by the calling host thread
 *
 * Context: the caller holds @lock (WARNs otherwise).
 */
void mutex_unlock(struct mutex *lock) __releases(lock)
	__no_context_analysis
{
	WARN_ON_ONCE(READ_ONCE(lock->dep_map.owner) != lock_owner_token());
	lockdep_clear_owner(&lock->dep_map);
	lock_release(&lock->dep_map);
	futex_unlock(&lock->val);
	__release(lock);
}
