/* SPDX-License-Identifier: GPL-2.0 */
/*
 * lockdep.h - lockdep-lite: which locks the calling host thread holds,
 * and in which order lock classes are taken.
 *
 * Every lock (spinlock_t, rwlock_t, struct mutex, struct rw_semaphore)
 * embeds a struct lockdep_map named dep_map, so lockdep_is_held(&lock)
 * and lockdep_assert_held(&lock) work on all four, as in Linux.
 *
 * A lock's class is its init site: the static struct lock_class_key that
 * spin_lock_init() and friends declare, or the lock itself for statically
 * defined locks.  The class's name is the lock's name string ("&sig->lock").
 *
 * Held locks are kept per host thread, in a stack of MAX_LOCK_DEPTH
 * entries (kernel/locking/lockdep.c).  A lock-order graph between classes
 * records "A was held while B was taken"; taking B under A when B -> ... ->
 * A is already known is reported once with WARN ("possible circular
 * locking dependency") and counted in lockdep_inversions().
 */
#ifndef _LINUX_LOCKDEP_H
#define _LINUX_LOCKDEP_H

#include <linux/compiler.h>
#include <linux/types.h>
#include <linux/bug.h>

#define MAX_LOCK_DEPTH		48
#define MAX_LOCKDEP_CLASSES	1024

/**
 * struct lock_class_key - identity of a lock class
 * @dummy: gives the key a size, so that two keys never share an address
 *
 * Only its address is used.  The init macros declare one static key per
 * call site.
 */
struct lock_class_key {
	char dummy;
};

/**
 * struct lockdep_map - what lockdep knows about one lock
 * @name: the lock's name, for reports ("&cgrp->mutex")
 * @key: its class key; NULL for statically defined locks, whose class is
 *	the map itself
 * @class_idx: cached class number, 0 until the first acquisition
 *	(relaxed atomic: written by any acquirer, always the same value)
 * @owner: lock_owner_token() of the exclusive holder, 0 when not held
 *	exclusively (relaxed atomic: written by the holder only, read by
 *	anyone for reports and mutex_is_locked()-style checks)
 */
struct lockdep_map {
	const char *name;
	struct lock_class_key *key;
	unsigned int class_idx;
	unsigned long owner;
};

#define STATIC_LOCKDEP_MAP_INIT(_name, _key)				\
	{ .name = (_name), .key = (_key) }

/* Which kind of hold lock_is_held_type() asks about. */
#define LOCKDEP_HELD_ANY	-1
#define LOCKDEP_HELD_WRITE	0
#define LOCKDEP_HELD_READ	1

void lockdep_init_map(struct lockdep_map *map, const char *name,
		      struct lock_class_key *key);
void lock_acquire(struct lockdep_map *map, int trylock, int read);
void lock_release(struct lockdep_map *map);
void lock_downgrade(struct lockdep_map *map);
int lock_is_held_type(const struct lockdep_map *map, int read);
unsigned long lock_owner_token(void);
int lock_is_held_count(void);
void debug_check_no_locks_held(void);
unsigned long lockdep_inversions(void);

/* Record @map as exclusively held by the calling host thread. */
static inline void lockdep_set_owner(struct lockdep_map *map)
{
	WRITE_ONCE(map->owner, lock_owner_token());
}

static inline void lockdep_clear_owner(struct lockdep_map *map)
{
	WRITE_ONCE(map->owner, 0UL);
}

#define lockdep_is_held(lock)						\
	lock_is_held_type(&(lock)->dep_map, LOCKDEP_HELD_ANY)
#define lockdep_is_held_type(lock, r)					\
	lock_is_held_type(&(lock)->dep_map, (r))

#if defined(__clang__) && defined(WARN_CONTEXT_ANALYSIS) && !defined(__CHECKER__)
/* A trylock: holds the capability @x when it returns nonzero. */
# define __try_acquires(x)	__attribute__((try_acquire_capability(1, x)))
# define __try_acquires_shared(x)					\
	__attribute__((try_acquire_shared_capability(1, x)))
/*
 * For clang's -Wthread-safety: after lockdep_assert_held(l) the analysis
 * may assume l is held.  Each lock header redefines its
 * LOCKDEP_ASSUME_<TYPE>(l, next) with LOCKDEP_ASSUME_CASE(), which
 * selects a helper with the assert_capability attribute for a pointer to
 * its own capability type and @next for anything else; a type whose
 * header is not included passes @next through.  The chain ends in a
 * no-op.  _Generic() does not evaluate @l.
 */
# define LOCKDEP_ASSUME_CASE(l, type, fn, next)			\
	_Generic((l), type * : (fn), default : (next))
# define LOCKDEP_ASSUME_SPINLOCK(l, next)	(next)
# define LOCKDEP_ASSUME_RWLOCK(l, next)		(next)
# define LOCKDEP_ASSUME_MUTEX(l, next)		(next)
# define LOCKDEP_ASSUME_RWSEM(l, next)		(next)
static inline void __lockdep_assume_nothing(const void *lock)
{
}

# define __lockdep_assume_held(l)					\
	LOCKDEP_ASSUME_SPINLOCK(l, LOCKDEP_ASSUME_RWLOCK(l,		\
		LOCKDEP_ASSUME_MUTEX(l, LOCKDEP_ASSUME_RWSEM(l,		\
			__lockdep_assume_nothing))))(l)
# define __lockdep_assume_held_shared(l)	__lockdep_assume_held(l)
#else
# define __try_acquires(x)
# define __try_acquires_shared(x)
# define __lockdep_assume_held(l)		((void)(l))
# define __lockdep_assume_held_shared(l)	((void)(l))
#endif

#define lockdep_assert_held(l) do {					\
	WARN_ON(!lock_is_held_type(&(l)->dep_map, LOCKDEP_HELD_ANY));	\
	__lockdep_assume_held(l);					\
} while (0)

#define lockdep_assert_held_write(l) do {				\
	WARN_ON(!lock_is_held_type(&(l)->dep_map, LOCKDEP_HELD_WRITE));	\
	__lockdep_assume_held(l);					\
} while (0)

#define lockdep_assert_held_read(l) do {				\
	WARN_ON(!lock_is_held_type(&(l)->dep_map, LOCKDEP_HELD_READ));	\
	__lockdep_assume_held_shared(l);				\
} while (0)

#define lockdep_assert_not_held(l)					\
	WARN_ON(lock_is_held_type(&(l)->dep_map, LOCKDEP_HELD_ANY))

#define lockdep_assert_no_locks_held()	debug_check_no_locks_held()

#endif /* _LINUX_LOCKDEP_H */
