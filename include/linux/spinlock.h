/* SPDX-License-Identifier: GPL-2.0 */
/*
 * spinlock.h - spinlock_t and, through rwlock.h, rwlock_t.
 *
 * Host threads are preemptible, so a pure spinning lock would let a
 * waiter burn its time slice while the holder is descheduled.  spinlock_t
 * is therefore a futex lock that spins briefly before sleeping
 * (kernel/locking/spinlock.c).  Interrupts and bottom halves do not exist
 * here: the _irq, _irqsave and _bh variants are the plain operations.
 *
 * The lock is not recursive.  Sleeping while holding it is allowed by the
 * implementation but is still a bug in kernel code meant to run on Linux:
 * with CONFIG_DEBUG_ATOMIC_SLEEP, might_sleep() reports it (preempt.h).
 *
 * Spinning: a contended spin_lock() spins while the lock is held, since a
 * holder of a spinning lock runs (it may not sleep), and sleeps on the
 * futex only after SPINLOCK_SPIN_MAX spins (the host may have preempted
 * the holder's thread) or when the holder is known to sleep.  The rule
 * and its bounds are in kernel/locking/locking-internal.h.
 *
 * Debugging (arch/host/defconfig): CONFIG_DEBUG_SPINLOCK records the
 * exclusive holder in ->owner and WARNs on an unlock by another thread;
 * CONFIG_DEBUG_LOCK_ALLOC adds ->dep_map for lockdep-lite.
 */
#ifndef _LINUX_SPINLOCK_H
#define _LINUX_SPINLOCK_H

#include <linux/compiler.h>
#include <linux/types.h>
#include <linux/lockdep.h>
#include <linux/preempt.h>
#include <linux/atomic.h>
#include <linux/refcount.h>

/**
 * typedef spinlock_t - a short-hold mutual exclusion lock
 * @val: futex word: 0 unlocked, 1 locked, 2 locked and maybe waiters
 * @owner: CONFIG_DEBUG_SPINLOCK: lock_owner_token() of the holder, 0 when
 *	free (relaxed atomic: written by the holder, read by anyone)
 * @dep_map: CONFIG_DEBUG_LOCK_ALLOC: lockdep-lite state
 */
typedef struct spinlock {
	unsigned int val;
#ifdef CONFIG_DEBUG_SPINLOCK
	unsigned long owner;
#endif
#ifdef CONFIG_DEBUG_LOCK_ALLOC
	struct lockdep_map dep_map;
#endif
} __capability("spinlock") spinlock_t;

#if defined(__clang__) && defined(WARN_CONTEXT_ANALYSIS) && !defined(__CHECKER__)
static inline void __spin_assume_held(spinlock_t *lock) __asserts_held(lock)
	__no_context_analysis
{
}

# undef LOCKDEP_ASSUME_SPINLOCK
# define LOCKDEP_ASSUME_SPINLOCK(l, next)					\
	LOCKDEP_ASSUME_CASE(l, spinlock_t, __spin_assume_held, next)
#endif

#define __SPIN_LOCK_UNLOCKED(lockname)					\
	{ .val = 0 __DEP_MAP_INIT(lockname) }

#define DEFINE_SPINLOCK(x)	spinlock_t x = __SPIN_LOCK_UNLOCKED(x)

void __spin_lock_init(spinlock_t *lock, const char *name,
		      struct lock_class_key *key);

#define spin_lock_init(lock) do {					\
	static struct lock_class_key __key;				\
									\
	__spin_lock_init((lock), #lock, &__key);			\
} while (0)

void _spin_lock(spinlock_t *lock, const char *site) __acquires(lock);
int _spin_trylock(spinlock_t *lock, const char *site) __try_acquires(lock);
void spin_unlock(spinlock_t *lock) __releases(lock);

#define spin_lock(lock)		_spin_lock(lock, LOCK_SITE)
#define spin_trylock(lock)	__cond_lock(lock, _spin_trylock(lock, LOCK_SITE))

/* Subclasses are not tracked: nesting two locks of a class is allowed. */
#define spin_lock_nested(lock, subclass)	spin_lock(lock)

#define spin_lock_irq(lock)		spin_lock(lock)
#define spin_unlock_irq(lock)		spin_unlock(lock)
#define spin_lock_bh(lock)		spin_lock(lock)
#define spin_unlock_bh(lock)		spin_unlock(lock)
#define spin_lock_irqsave(lock, flags)					\
	do { (flags) = 0; spin_lock(lock); } while (0)
#define spin_unlock_irqrestore(lock, flags)				\
	do { (void)(flags); spin_unlock(lock); } while (0)
#define spin_trylock_irqsave(lock, flags)				\
	({ (flags) = 0; spin_trylock(lock); })

#ifdef CONFIG_DEBUG_SPINLOCK
/* The lock's holder, for reports: lock_owner_token() or 0. */
# define spin_lock_owner(lock)	READ_ONCE((lock)->owner)
#endif

static inline int spin_is_locked(spinlock_t *lock)
{
	/* A racy snapshot, as in Linux; only for assertions and reports. */
	return READ_ONCE(lock->val) != 0;
}

/* Stronger than Linux's "held by someone": held by this thread. */
#define assert_spin_locked(lock)	lockdep_assert_held(lock)

/**
 * _atomic_dec_and_lock - decrement, and take @lock if it reaches zero
 * @atomic: the counter
 * @lock: the lock guarding the object's removal
 * @site: the caller's call site (LOCK_SITE)
 *
 * Context: any host thread; may sleep on @lock.
 * Return: 1 with @lock held if the counter reached zero, 0 otherwise.
 */
static inline int _atomic_dec_and_lock(atomic_t *atomic, spinlock_t *lock,
				       const char *site)
	__try_acquires(lock) __no_context_analysis
{
	/* Not the last reference: drop it without the lock. */
	if (atomic_add_unless(atomic, -1, 1))
		return 0;
	_spin_lock(lock, site);
	if (atomic_dec_and_test(atomic))
		return 1;
	spin_unlock(lock);
	return 0;
}

/**
 * _refcount_dec_and_lock - drop a reference, and take @lock on the last one
 * @r: the count
 * @lock: the lock guarding the object's removal
 * @site: the caller's call site (LOCK_SITE)
 *
 * Context: any host thread; may sleep on @lock.
 * Return: true with @lock held if the count reached zero, false otherwise.
 */
static inline bool _refcount_dec_and_lock(refcount_t *r, spinlock_t *lock,
					  const char *site)
	__try_acquires(lock) __no_context_analysis
{
	if (refcount_dec_not_one(r))
		return false;
	_spin_lock(lock, site);
	if (refcount_dec_and_test(r))
		return true;
	spin_unlock(lock);
	return false;
}

#define atomic_dec_and_lock(atomic, lock)				\
	__cond_lock(lock, _atomic_dec_and_lock(atomic, lock, LOCK_SITE))
#define refcount_dec_and_lock(r, lock)					\
	__cond_lock(lock, _refcount_dec_and_lock(r, lock, LOCK_SITE))

#include <linux/rwlock.h>

#endif /* _LINUX_SPINLOCK_H */
