// SPDX-License-Identifier: GPL-2.0
/*
 * rwsem.c - struct rw_semaphore on the phase-fair reader/writer core of
 * rwbase.c (where the fairness and memory-ordering arguments are, and the
 * spinning of include/linux/rwsem.h), plus the writer's owner field and
 * the lock-debugging hooks of locking-internal.h: with
 * CONFIG_DEBUG_LOCK_ALLOC every acquisition is reported before the
 * thread may block; with CONFIG_DEBUG_RWSEMS an up_write() by another
 * thread WARNs.
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
	sem->owner = 0;
	dep_init(sem, name, key);
}

/**
 * _down_read - take the semaphore for reading (use down_read())
 * @sem: the semaphore
 * @site: the caller's call site (LOCK_SITE)
 *
 * Queues behind a waiting writer (writers are never starved).
 *
 * Context: any host thread; may sleep.  Not recursive.
 */
void _down_read(struct rw_semaphore *sem, const char *site)
	__acquires_shared(sem) __no_context_analysis
{
	might_sleep();
	dep_acquire(sem, 0, 1, site);
	if (unlikely(!rwbase_read_trylock(&sem->rwbase))) {
		stat_contended(sem, site);
		rwbase_read_lock(&sem->rwbase, OWNER_SPIN_MAX, &sem->owner);
	}
	stat_acquired(sem);
	__acquire_shared(sem);
}

/**
 * _down_read_trylock - take the semaphore for reading if no writer holds
 * or waits for it (use down_read_trylock())
 * @sem: the semaphore
 * @site: the caller's call site (LOCK_SITE)
 *
 * Context: any host thread; never sleeps.
 * Return: 1 if the read lock was taken, 0 otherwise.
 */
int _down_read_trylock(struct rw_semaphore *sem, const char *site)
	__no_context_analysis
{
	if (!rwbase_read_trylock(&sem->rwbase))
		return 0;
	dep_acquire(sem, 1, 1, site);
	stat_acquired(sem);
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
	dep_release(sem);
	rwbase_read_unlock(&sem->rwbase);
	__release_shared(sem);
}

/**
 * _down_write - take the semaphore for writing (use down_write())
 * @sem: the semaphore
 * @site: the caller's call site (LOCK_SITE)
 *
 * Context: any host thread; may sleep.
 */
void _down_write(struct rw_semaphore *sem, const char *site)
	__acquires(sem) __no_context_analysis
{
	might_sleep();
	dep_acquire(sem, 0, 0, site);
	if (unlikely(!rwbase_write_trylock(&sem->rwbase))) {
		stat_contended(sem, site);
		rwbase_write_lock(&sem->rwbase, OWNER_SPIN_MAX, &sem->owner);
	}
	stat_acquired(sem);
	lock_set_owner(&sem->owner);
	__acquire(sem);
}

/**
 * _down_write_trylock - take the semaphore for writing if it is free
 *	(use down_write_trylock())
 * @sem: the semaphore
 * @site: the caller's call site (LOCK_SITE)
 *
 * Context: any host thread; never sleeps.
 * Return: 1 if the write lock was taken, 0 otherwise.
 */
int _down_write_trylock(struct rw_semaphore *sem, const char *site)
	__no_context_analysis
{
	if (!rwbase_write_trylock(&sem->rwbase))
		return 0;
	dep_acquire(sem, 1, 0, site);
	stat_acquired(sem);
	lock_set_owner(&sem->owner);
	return 1;
}

/**
 * up_write - release the write lock
 * @sem: the semaphore, write-held by the caller
 *
 * Context: the caller holds @sem for writing (WARNs otherwise, with
 * CONFIG_DEBUG_RWSEMS).
 */
void up_write(struct rw_semaphore *sem) __releases(sem)
	__no_context_analysis
{
#ifdef CONFIG_DEBUG_RWSEMS
	WARN_ON_ONCE(READ_ONCE(sem->owner) != __lock_owner_token());
#endif
	WRITE_ONCE(sem->owner, 0UL);
	dep_release(sem);
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
	WRITE_ONCE(sem->owner, 0UL);
	dep_downgrade(sem);
	rwbase_write_downgrade(&sem->rwbase);
}
