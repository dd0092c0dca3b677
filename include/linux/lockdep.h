/* SPDX-License-Identifier: GPL-2.0 */
/*
 * lockdep.h - lock debugging: lockdep-lite (which locks the calling host
 * thread holds, and in which order lock classes are taken) and lock
 * statistics.  Everything here is configuration, with Linux's names
 * (arch/host/defconfig):
 *
 *  CONFIG_LOCKDEP		the held-lock stack and the class table;
 *				selected by the three below, never set alone
 *  CONFIG_DEBUG_LOCK_ALLOC	every lock embeds a struct lockdep_map
 *				named dep_map; freeing memory that holds a
 *				lock the caller holds WARNs
 *  CONFIG_PROVE_LOCKING	the lock-order checker
 *  CONFIG_LOCK_STAT		/proc/lock_stat (Documentation/locking/
 *				lockstat.txt)
 *
 * With CONFIG_LOCKDEP, lockdep_is_held(&lock) and lockdep_assert_held(&lock)
 * are exact for the calling host thread on all four lock types
 * (spinlock_t, rwlock_t, struct mutex, struct rw_semaphore), as in Linux.
 * Without it they compile to nothing but still type-check their argument,
 * and lockdep_is_held() is true (so rcu_dereference_check(p,
 * lockdep_is_held(&m)) still builds and checks only the RCU side).
 *
 * A lock's class is its init site: the static struct lock_class_key that
 * spin_lock_init() and friends declare, or the lock itself for statically
 * defined locks.  The class's name is the lock's name string ("&sig->lock").
 *
 * Held locks are kept per host thread, in a stack of MAX_LOCK_DEPTH
 * entries (kernel/locking/lockdep.c).  With CONFIG_PROVE_LOCKING a
 * lock-order graph between classes records "A was held while B was taken";
 * taking B under A when B -> ... -> A is already known is reported once
 * with WARN ("possible circular locking dependency") and counted in
 * lockdep_inversions().
 *
 * Call sites.  Every lock operation that can wait passes its call site, a
 * "file:line" string (LOCK_SITE), to the lock code: lockdep-lite keeps it
 * with the held lock, lock_stat reports contention points by it, and the
 * sleeping-in-atomic check (CONFIG_DEBUG_ATOMIC_SLEEP, preempt.h) says
 * where the offending lock was taken.
 */
#ifndef _LINUX_LOCKDEP_H
#define _LINUX_LOCKDEP_H

#include <linux/compiler.h>
#include <linux/types.h>
#include <linux/bug.h>

#define MAX_LOCK_DEPTH		48
#define MAX_LOCKDEP_CLASSES	1024

/* The call site of a lock operation, for reports: "kernel/cgroup.c:123". */
#define LOCK_SITE	__FILE__ ":" __stringify(__LINE__)

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

/* Which kind of hold lock_is_held_type() asks about. */
#define LOCKDEP_HELD_ANY	-1
#define LOCKDEP_HELD_WRITE	0
#define LOCKDEP_HELD_READ	1

#ifdef CONFIG_LOCKDEP
/**
 * struct lockdep_map - what lockdep knows about one lock
 * @name: the lock's name, for reports ("&cgrp->mutex")
 * @key: its class key; NULL for statically defined locks, whose class is
 *	the map itself
 * @class_idx: cached class number, 0 until the first acquisition
 *	(relaxed atomic: written by any acquirer, always the same value)
 * @site: call site of the latest acquisition (relaxed atomic; lock_stat's
 *	"contending point" of whoever waits next)
 * @cpu: lock_stat: host thread id of the latest acquirer, to count
 *	bounces (relaxed atomic)
 */
struct lockdep_map {
	const char *name;
	struct lock_class_key *key;
	unsigned int class_idx;
#ifdef CONFIG_LOCK_STAT
	const char *site;
	unsigned long cpu;
#endif
};

#define STATIC_LOCKDEP_MAP_INIT(_name, _key)				\
	{ .name = (_name), .key = (_key) }

void lockdep_init_map(struct lockdep_map *map, const char *name,
		      struct lock_class_key *key);
void lock_acquire(struct lockdep_map *map, int trylock, int read,
		  const char *site);
void lock_release(struct lockdep_map *map);
void lock_downgrade(struct lockdep_map *map);
int lock_is_held_type(const struct lockdep_map *map, int read);
int lock_is_held_count(void);
void debug_check_no_locks_held(void);
void debug_check_no_locks_freed(const void *mem, unsigned long len);
void lockdep_print_held_locks(void);
const char *lockdep_class_name(unsigned int class_idx);

#define lockdep_is_held(lock)						\
	lock_is_held_type(&(lock)->dep_map, LOCKDEP_HELD_ANY)
#define lockdep_is_held_type(lock, r)					\
	lock_is_held_type(&(lock)->dep_map, (r))
#define __lockdep_check_held(l, r)					\
	WARN_ON(!lock_is_held_type(&(l)->dep_map, (r)))
#define lockdep_assert_not_held(l)					\
	WARN_ON(lock_is_held_type(&(l)->dep_map, LOCKDEP_HELD_ANY))
#define lockdep_assert_no_locks_held()	debug_check_no_locks_held()

#else /* !CONFIG_LOCKDEP */

static inline int lock_is_held_count(void)
{
	return 0;
}

static inline void debug_check_no_locks_held(void)
{
}

static inline void debug_check_no_locks_freed(const void *mem,
					      unsigned long len)
{
}

static inline void lockdep_print_held_locks(void)
{
}

/* Nothing is tracked: the checks type-check @l and are always true. */
#define lockdep_is_held(lock)		((void)sizeof(*(lock)), 1)
#define lockdep_is_held_type(lock, r)	((void)sizeof(*(lock)), (void)(r), 1)
#define __lockdep_check_held(l, r)	((void)sizeof(*(l)), (void)(r))
#define lockdep_assert_not_held(l)	((void)sizeof(*(l)))
#define lockdep_assert_no_locks_held()	do { } while (0)

#endif /* CONFIG_LOCKDEP */

#ifdef CONFIG_PROVE_LOCKING
unsigned long lockdep_inversions(void);
void lockdep_declare_order(struct lockdep_map *before,
			   struct lockdep_map *after);
/*
 * A documented lock order, told to the checker before any code runs it:
 * from then on, taking @b's class and then @a's WARNs as an inversion
 * even if no code path took them in the documented order yet.
 */
# define lock_order_declare(a, b)					\
	lockdep_declare_order(&(a)->dep_map, &(b)->dep_map)
#else
# define lock_order_declare(a, b)	((void)sizeof(*(a)), (void)sizeof(*(b)))
/* Nothing checks the order: nothing is found. */
static inline unsigned long lockdep_inversions(void)
{
	return 0;
}
#endif

/* The dep_map part of a static lock initializer. */
#ifdef CONFIG_DEBUG_LOCK_ALLOC
# define __DEP_MAP_INIT(lockname)					\
	, .dep_map = STATIC_LOCKDEP_MAP_INIT(#lockname, NULL)
#else
# define __DEP_MAP_INIT(lockname)
#endif

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
	__lockdep_check_held(l, LOCKDEP_HELD_ANY);			\
	__lockdep_assume_held(l);					\
} while (0)

#define lockdep_assert_held_write(l) do {				\
	__lockdep_check_held(l, LOCKDEP_HELD_WRITE);			\
	__lockdep_assume_held(l);					\
} while (0)

#define lockdep_assert_held_read(l) do {				\
	__lockdep_check_held(l, LOCKDEP_HELD_READ);			\
	__lockdep_assume_held_shared(l);				\
} while (0)

#ifdef CONFIG_LOCK_STAT
void lock_contended(struct lockdep_map *map, const char *site);
void lock_acquired(struct lockdep_map *map);
#endif

/**
 * lock_owner_token - identify the caller as the owner of a lock
 *
 * The owner field of struct mutex, of struct rw_semaphore (its writer)
 * and, with CONFIG_DEBUG_SPINLOCK, of spinlock_t and rwlock_t holds this
 * value while the caller holds the lock.
 *
 * Context: any host thread.
 * Return: current (as a number) when the host thread runs as a task;
 * otherwise a value unique to the host thread while it lives, with bit 0
 * set (LOCK_OWNER_THREAD).  Never 0.
 */
unsigned long lock_owner_token(void);

#define LOCK_OWNER_THREAD	1UL

#endif /* _LINUX_LOCKDEP_H */
