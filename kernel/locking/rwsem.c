// SPDX-License-Identifier: GPL-2.0
/*
 * rwsem.c - struct rw_semaphore on the phase-fair reader/writer core of
 * rwbase.c (where the fairness and memory-ordering arguments are), plus
 * lockdep-lite bookkeeping: every acquisition is reported before the
 * thread may block, and the writer records itself in dep_map.owner.
 */
#include <linux/kernel.h>
#include <linux/lockdep.h>
#include <linux/rwsem.h>

#include "locking-internal.h"

/**
 * __init_rwsem - initialise a reader/writer semaphore
 * @sem: the semaphore
 * @name: its name for lockdep reports
 * @key: its lock class
 *
 * Context: @sem is not in use.
 */
void __init_rwsem(struct rw_semaphore *sem, const char *name,
		  struct lock_class_key *key)
{
	rwbase_init(&sem->rwbase);
	lockdep_init_map(&sem->dep_map, name, key);
}

/**
 * down_read - take the semaphore for reading
 * @sem: the semaphore
 *
 * Queues behind a waiting writer (writers are never starved).
 *
 * Context: any host thread; may sleep.  Not recursive.
 */
void down_read(struct rw_semaphore *sem) __acquires_shared(sem)
	__no_context_analysis
{
	lock_acquire(&sem->dep_map, 0, 1);
	rwbase_read_lock(&sem->rwbase, MUTEX_SPINS);
	__acquire_shared(sem);
}

/**
 * _down_read_trylock - take the semaphore for reading if no writer holds
 * or waits for it
 * @sem: the semaphore
 *
 * Context: any host thread; never sleeps.
 * Return: 1 if the read lock was taken, 0 otherwise.
 */
int _down_read_trylock(struct rw_semaphore *sem)
	__no_context_analysis
{
	if (!rwbase_read_trylock(&sem->rwbase))
		return 0;
	lock_acquire(&sem->dep_map, 1, 1);
	return 1;
}

/**
 * up_read - release a read lock
 * @sem: the semaphore, read-held by the caller
 *
 * Context: the caller holds @sem for reading.
 */
void up_read(struct rw_semaphore *sem) __releases_shared(sem)
	__no_context_analysis
{
	lock_release(&sem->dep_map);
	rwbase_read_unlock(&sem->rwbase);
	__release_shared(sem);
}

/**
 * down_write - take the semaphore for writing
 * @sem: the semaphore
 *
 * Context: any host thread; may sleep.
 */
void down_write(struct rw_semaphore *sem) __acquires(sem)
	__no_context_analysis
{
	lock_acquire(&sem->dep_map, 0, 0);
	rwbase_write_lock(&sem->rwbase, MUTEX_SPINS);
	lockdep_set_owner(&sem->dep_map);
	__acquire(sem);
}

/**
 * _down_write_trylock - take the semaphore for writing if it is free
 * @sem: the semaphore
 *
 * Context: any host thread; never sleeps.
 * Return: 1 if the write lock was taken, 0 otherwise.
 */
int _down_write_trylock(struct rw_semaphore *sem)
	__no_context_analysis
{
	if (!rwbase_write_trylock(&sem->rwbase))
		return 0;
	lock_acquire(&sem->dep_map, 1, 0);
	lockdep_set_owner(&sem->dep_map);
	return 1;
}

/**
 * up_write - release the write lock
 * @sem: the semaphore, write-held by the caller
 *
 * Context: the caller holds @sem for writing (WARNs otherwise).
 */
void up_write(struct rw_semaphore *sem) __releases(sem)
	__no_context_analysis
{
	WARN_ON_ONCE(READ_ONCE(sem->dep_map.owner) != lock_owner_token());
	lockdep_clear_owner(&sem->dep_map);
	lock_release(&sem->dep_map);
	rwbase_write_unlock(&sem->rwbase);
	__release(sem);
}

/**
 * downgrade_write - turn the caller's write lock into a read lock
 * @sem: the semaphore, write-held by the caller
 *
 * No writer can take @sem in between; waiting readers join the caller.
 *
 * Context: the caller holds @sem for writing; holds it for reading after.
 */
void downgrade_write(struct rw_semaphore *sem)
	__no_context_analysis
{
	lockdep_clear_owner(&sem->dep_map);
	lock_downgrade(&sem->dep_map);
	rwbase_write_downgrade(&sem->rwbase);
}
