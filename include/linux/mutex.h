/* SPDX-License-Identifier: GPL-2.0 */
/*
 * mutex.h - struct mutex: a sleeping lock with an owner.
 *
 * A futex lock that spins briefly before sleeping (kernel/locking/mutex.c).
 * Its owner is the host thread holding it (dep_map.owner), so
 * lockdep_assert_held(&m) is a real check: it fails on a thread that does
 * not hold the mutex even while another thread does.  There are no
 * signals to interrupt a sleeping host thread, so the _interruptible and
 * _killable variants always take the lock and return 0.
 */
#ifndef _LINUX_MUTEX_H
#define _LINUX_MUTEX_H

#include <linux/compiler.h>
#include <linux/types.h>
#include <linux/lockdep.h>

/**
 * struct mutex - a sleeping mutual exclusion lock
 * @val: futex word: 0 unlocked, 1 locked, 2 locked and maybe waiters
 * @dep_map: lockdep-lite state; dep_map.owner is the holder's token
 */
struct mutex {
	unsigned int val;
	struct lockdep_map dep_map;
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
	{ .val = 0, .dep_map = STATIC_LOCKDEP_MAP_INIT(#lockname, NULL) }

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

void mutex_lock(struct mutex *lock) __acquires(lock);
int _mutex_trylock(struct mutex *lock) __try_acquires(lock);
void mutex_unlock(struct mutex *lock) __releases(lock);

#define mutex_trylock(lock)	__cond_lock(lock, _mutex_trylock(lock))
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
