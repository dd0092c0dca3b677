// SPDX-License-Identifier: GPL-2.0
/*
 * spinlock.c - spinlock_t and rwlock_t, and the futex lock word under
 * spinlock_t and struct mutex.  The futex lock's algorithm and
 * memory-ordering argument are in locking-internal.h; rwlock_t is the
 * phase-fair core of rwbase.c, which carries its own argument.
 *
 * Every acquisition is reported to lockdep-lite before the thread may
 * block (so an ABBA deadlock is reported instead of hanging silently) and
 * every exclusive hold records its owner in dep_map.owner.
 */
#include <linux/kernel.h>
#include <linux/lockdep.h>
#include <linux/rwlock.h>
#include <linux/spinlock.h>

#include "locking-internal.h"

/**
 * futex_lock_slowpath - take a contended futex lock word
 * @word: the lock word (see locking-internal.h)
 * @spins: how many times to retry before sleeping
 *
 * Context: any host thread; may sleep.
 */
void futex_lock_slowpath(unsigned int *word, int spins)
{
	unsigned int c;
	int i;

	for (i = 0; i < spins; i++) {
		/* Relaxed: only a hint; the CAS below orders. */
		c = __atomic_load_n(word, __ATOMIC_RELAXED);
		if (c == 0 && futex_lock_trylock(word))
			return;
		if (c == 2)
			break;	/* others already sleep: queue behind them */
		host_ops.cpu_relax();
	}

	c = __atomic_exchange_n(word, 2, __ATOMIC_ACQUIRE);
	while (c != 0) {
		host_ops.futex_wait(word, 2, 0);
		c = __atomic_exchange_n(word, 2, __ATOMIC_ACQUIRE);
	}
}

/**
 * __spin_lock_init - initialise a spinlock_t
 * @lock: the lock
 * @name: its name for lockdep reports
 * @key: its lock class
 *
 * Context: @lock is not in use.
 */
void __spin_lock_init(spinlock_t *lock, const char *name,
		      struct lock_class_key *key)
{
	lock->val = 0;
	lockdep_init_map(&lock->dep_map, name, key);
}

/**
 * spin_lock - take a spinlock
 * @lock: the lock
 *
 * Context: any host thread, with or without a current task.  Spins
 * briefly, then sleeps until the lock is free.
 */
void spin_lock(spinlock_t *lock) __acquires(lock)
	__no_context_analysis
{
	lock_acquire(&lock->dep_map, 0, 0);
	futex_lock(&lock->val, SPINLOCK_SPINS);
	lockdep_set_owner(&lock->dep_map);
	__acquire(lock);
}

/**
 * _spin_trylock - take a spinlock if it is free
 * @lock: the lock
 *
 * Context: any host thread; never sleeps.
 * Return: 1 if the lock was taken, 0 otherwise.
 */
int _spin_trylock(spinlock_t *lock)
	__no_context_analysis
{
	if (!futex_lock_trylock(&lock->val))
		return 0;
	lock_acquire(&lock->dep_map, 1, 0);
	lockdep_set_owner(&lock->dep_map);
	return 1;
}

/**
 * spin_unlock - release a spinlock
 * @lock: the lock, held by the calling host thread
 *
 * Context: the caller holds @lock.
 */
void spin_unlock(spinlock_t *lock) __releases(lock)
	__no_context_analysis
{
	lockdep_clear_owner(&lock->dep_map);
	lock_release(&lock->dep_map);
	futex_unlock(&lock->val);
	__release(lock);
}

/**
 * __rwlock_init - initialise a rwlock_t
 * @lock: the lock
 * @name: its name for lockdep reports
 * @key: its lock class
 *
 * Context: @lock is not in use.
 */
void __rwlock_init(rwlock_t *lock, const char *name,
		   struct lock_class_key *key)
{
	rwbase_init(&lock->rwbase);
	lockdep_init_map(&lock->dep_map, name, key);
}

/**
 * read_lock - take a rwlock_t for reading
 * @lock: the lock
 *
 * Queues behind a waiting writer; not recursive (see rwlock.h).
 *
 * Context: any host thread; spins briefly, then sleeps.
 */
void read_lock(rwlock_t *lock) __acquires_shared(lock)
	__no_context_analysis
{
	lock_acquire(&lock->dep_map, 0, 1);
	rwbase_read_lock(&lock->rwbase, SPINLOCK_SPINS);
	__acquire_shared(lock);
}

/**
 * _read_trylock - take a rwlock_t for reading if no writer holds or waits
 * @lock: the lock
 *
 * Context: any host thread; never sleeps.
 * Return: 1 if the read lock was taken, 0 otherwise.
 */
int _read_trylock(rwlock_t *lock)
	__no_context_analysis
{
	if (!rwbase_read_trylock(&lock->rwbase))
		return 0;
	lock_acquire(&lock->dep_map, 1, 1);
	return 1;
}

/**
 * read_unlock - release a read hold of a rwlock_t
 * @lock: the lock, read-held by the caller
 *
 * Context: the caller holds @lock for reading.
 */
void read_unlock(rwlock_t *lock) __releases_shared(lock)
	__no_context_analysis
{
	lock_release(&lock->dep_map);
	rwbase_read_unlock(&lock->rwbase);
	__release_shared(lock);
}

/**
 * write_lock - take a rwlock_t for writing
 * @lock: the lock
 *
 * Context: any host thread; spins briefly, then sleeps.
 */
void write_lock(rwlock_t *lock) __acquires(lock)
	__no_context_analysis
{
	lock_acquire(&lock->dep_map, 0, 0);
	rwbase_write_lock(&lock->rwbase, SPINLOCK_SPINS);
	lockdep_set_owner(&lock->dep_map);
	__acquire(lock);
}

/**
 * _write_trylock - take a rwlock_t for writing if it is free
 * @lock: the lock
 *
 * Context: any host thread; never sleeps.
 * Return: 1 if the write lock was taken, 0 otherwise.
 */
int _write_trylock(rwlock_t *lock)
	__no_context_analysis
{
	if (!rwbase_write_trylock(&lock->rwbase))
		return 0;
	lock_acquire(&lock->dep_map, 1, 0);
	lockdep_set_owner(&lock->dep_map);
	return 1;
}

/**
 * write_unlock - release the write hold of a rwlock_t
 * @lock: the lock, write-held by the caller
 *
 * Context: the caller holds @lock for writing.
 */
void write_unlock(rwlock_t *lock) __releases(lock)
	__no_context_analysis
{
	lockdep_clear_owner(&lock->dep_map);
	lock_release(&lock->dep_map);
	rwbase_write_unlock(&lock->rwbase);
	__release(lock);
}
