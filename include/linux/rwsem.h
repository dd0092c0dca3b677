/* SPDX-License-Identifier: GPL-2.0 */
/*
 * rwsem.h - struct rw_semaphore: a sleeping reader/writer lock.
 *
 * Built on the phase-fair, writer-preferring core described in rwlock.h
 * (kernel/locking/rwbase.c): a stream of readers cannot starve a writer,
 * which is what threadgroup_fork_lock needs, and a stream of writers
 * cannot starve readers.
 *
 * Optimistic spinning follows mutex.h's rule: a contended down_read() or
 * down_write() spins while the writer that holds the semaphore runs (or,
 * when readers hold it, for a short while) before it queues and sleeps.
 * A spinner only ever takes the lock through the fast path, which is
 * closed while anyone is queued, so spinning never overtakes a queued
 * waiter and the fairness rule above is kept.  The writer's owner field
 * is lock_owner_token(); CONFIG_DEBUG_RWSEMS WARNs on an up_write() by
 * another thread.
 */
#ifndef _LINUX_RWSEM_H
#define _LINUX_RWSEM_H

#include <linux/compiler.h>
#include <linux/types.h>
#include <linux/lockdep.h>
#include <linux/rwlock.h>

/**
 * struct rw_semaphore - a sleeping reader/writer lock
 * @rwbase: the fair reader/writer core
 * @owner: lock_owner_token() of the writer, 0 when no writer holds it
 *	(relaxed atomic: written by the writer, read by spinners and reports)
 * @dep_map: CONFIG_DEBUG_LOCK_ALLOC: lockdep-lite state
 */
struct rw_semaphore {
	struct rwbase rwbase;
	unsigned long owner;
#ifdef CONFIG_DEBUG_LOCK_ALLOC
	struct lockdep_map dep_map;
#endif
} __capability("rw_semaphore");

#if defined(__clang__) && defined(WARN_CONTEXT_ANALYSIS) && !defined(__CHECKER__)
static inline void __rwsem_assume_held(struct rw_semaphore *lock) __asserts_held(lock)
	__no_context_analysis
{
}

# undef LOCKDEP_ASSUME_RWSEM
# define LOCKDEP_ASSUME_RWSEM(l, next)					\
	LOCKDEP_ASSUME_CASE(l, struct rw_semaphore, __rwsem_assume_held, next)
#endif

#define __RWSEM_INITIALIZER(name)					\
	{ .rwbase = __RWBASE_INITIALIZER __DEP_MAP_INIT(name) }

#define DECLARE_RWSEM(name)						\
	struct rw_semaphore name = __RWSEM_INITIALIZER(name)

void __init_rwsem(struct rw_semaphore *sem, const char *name,
		  struct lock_class_key *key);

#define init_rwsem(sem) do {						\
	static struct lock_class_key __key;				\
									\
	__init_rwsem((sem), #sem, &__key);				\
} while (0)

void _down_read(struct rw_semaphore *sem, const char *site)
	__acquires_shared(sem);
int _down_read_trylock(struct rw_semaphore *sem, const char *site)
	__try_acquires_shared(sem);
void up_read(struct rw_semaphore *sem) __releases_shared(sem);
void _down_write(struct rw_semaphore *sem, const char *site)
	__acquires(sem);
int _down_write_trylock(struct rw_semaphore *sem, const char *site)
	__try_acquires(sem);
void up_write(struct rw_semaphore *sem) __releases(sem);
#if defined(__clang__) && defined(WARN_CONTEXT_ANALYSIS) && !defined(__CHECKER__)
void downgrade_write(struct rw_semaphore *sem)
	__releases(sem) __acquires_shared(sem);
#else
void downgrade_write(struct rw_semaphore *sem);
#endif

#define down_read(sem)		_down_read(sem, LOCK_SITE)
#define down_write(sem)		_down_write(sem, LOCK_SITE)
#define down_read_trylock(sem)						\
	__cond_lock(sem, _down_read_trylock(sem, LOCK_SITE))
#define down_write_trylock(sem)						\
	__cond_lock(sem, _down_write_trylock(sem, LOCK_SITE))
#define down_read_nested(sem, subclass)		down_read(sem)
#define down_write_nested(sem, subclass)	down_write(sem)
#define down_read_killable(sem)		({ down_read(sem); 0; })
#define down_write_killable(sem)	({ down_write(sem); 0; })

/**
 * rwsem_is_locked - is the semaphore held by anyone?
 * @sem: the semaphore
 *
 * Context: any; the answer may be stale by the time it is used.
 * Return: nonzero if a reader or a writer holds @sem.
 */
static inline int rwsem_is_locked(struct rw_semaphore *sem)
{
	return rwbase_is_locked(&sem->rwbase);
}

/**
 * rwsem_is_contended - does anyone wait for the semaphore?
 * @sem: the semaphore
 *
 * Context: any; the answer may be stale by the time it is used.
 * Return: nonzero if a reader or a writer is queued on @sem.
 */
static inline int rwsem_is_contended(struct rw_semaphore *sem)
{
	return rwbase_has_waiters(&sem->rwbase);
}

#endif /* _LINUX_RWSEM_H */
