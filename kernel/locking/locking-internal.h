/* SPDX-License-Identifier: GPL-2.0 */
/*
 * locking-internal.h - the futex lock word shared by spinlock_t, struct
 * mutex and the wait_lock of struct rwbase; the spinning rule of every
 * lock; the lock-debugging hooks, which compile to nothing without their
 * CONFIG_ options.
 *
 * The lock word is the three-state futex mutex of Drepper's "Futexes Are
 * Tricky" (mutex3), with spinning before sleeping:
 *
 *	0  unlocked
 *	1  locked, nobody sleeps on it
 *	2  locked, somebody may sleep on it
 *
 * Lock: one CAS 0 -> 1.  If that fails, spin (below) retrying the CAS
 * whenever the word reads 0, then swap in 2 and sleep in futex_wait(word,
 * 2) until the swap returns 0.  A thread that got the lock through that
 * swap leaves the word at 2, which may cause one unnecessary wakeup
 * later but never a lost one.  A spinner may take the lock (0 -> 1) ahead
 * of a sleeper that its release woke; the sleeper then finds the word
 * non-zero, sets 2 and sleeps again, so its wakeup is not lost, and every
 * spinner spins a bounded time before it queues itself as a sleeper.
 *
 * Unlock: swap in 0; if the old value was 2, wake one sleeper.
 *
 * Memory ordering: the CAS and the swaps that take the lock are ACQUIRE,
 * the unlocking swap is RELEASE; the unlocker's critical section therefore
 * happens before the next holder's.  futex_wait() compares the word with
 * 2 atomically with going to sleep, so a waker that swaps 2 -> 0 either
 * finds the sleeper queued (and wakes it) or makes futex_wait() return
 * at once.
 *
 * The spinning rule.  A waiter spins while the holder runs on a host CPU
 * and sleeps as soon as it does not:
 *  - spinning locks (spinlock_t, rwlock_t): their holders never sleep
 *    (CONFIG_DEBUG_ATOMIC_SLEEP enforces it), so a held spinning lock
 *    has a running holder: the waiter spins up to SPINLOCK_SPIN_MAX
 *    times, the bound being for a holder whose host thread the host
 *    preempted;
 *  - sleeping locks (struct mutex, struct rw_semaphore held by a writer):
 *    the owner field names the holder (lock_owner_token()); the waiter
 *    spins, up to OWNER_SPIN_MAX times, while that task's call slot is
 *    held and it is not in a host wait (task_struct->host_waits,
 *    host_wait_begin()), and stops at once when it is; an owner that is
 *    a bare host thread, or not yet recorded, earns OWNER_SPIN_UNKNOWN
 *    spins; a semaphore held by readers too (they are not recorded);
 *  - the spinner reads the owner's task_struct inside rcu_read_lock():
 *    tasks are freed after a grace period (__put_task_struct()).
 * A task that holds a lock and runs a nested task_call() as another task
 * sleeps, if it does, as that other task: spinners on its locks then spin
 * up to the bound.  Every host wait in the kernel brackets itself with
 * host_wait_begin()/host_wait_end(): the futex waits here and in
 * rwbase.c, wait.c and completion.c, msleep() and synchronize_rcu().
 */
#ifndef _KERNEL_LOCKING_INTERNAL_H
#define _KERNEL_LOCKING_INTERNAL_H

#include <linux/compiler.h>
#include <linux/types.h>
#include <linux/lockdep.h>
#include <linux/lock_stat.h>
#include <linux/preempt.h>
#include <asm/current.h>
#include <host_ops.h>

/* How long the internal futex words (wait_lock) spin before sleeping. */
#define SPINLOCK_SPINS		100
/* How long a spinning lock's waiter spins while the lock is held. */
#define SPINLOCK_SPIN_MAX	4000
/* How long a sleeping lock's waiter spins while its owner runs. */
#define OWNER_SPIN_MAX		4000
/* ... and while the owner is not known or readers hold the lock. */
#define OWNER_SPIN_UNKNOWN	40

static inline bool futex_lock_trylock(unsigned int *word)
{
	unsigned int unlocked = 0;

	return __atomic_compare_exchange_n(word, &unlocked, 1, false,
					   __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}

void futex_lock_slowpath(unsigned int *word, int spins,
			 const unsigned long *owner);
bool lock_spin_on_owner(const unsigned long *owner, int *unknown);

static inline void futex_lock(unsigned int *word, int spins)
{
	if (!futex_lock_trylock(word))
		futex_lock_slowpath(word, spins, NULL);
}

static inline void futex_unlock(unsigned int *word)
{
	if (__atomic_exchange_n(word, 0, __ATOMIC_RELEASE) == 2)
		host_ops.futex_wake(word, 1);
}

/* Its address is a host thread's owner token when it runs as no task. */
extern __thread char lock_owner_anchor;

/* The calling thread's owner token, inline for the fast paths. */
static inline unsigned long __lock_owner_token(void)
{
	struct task_struct *tsk = get_current();

	return tsk ? (unsigned long)tsk :
		     (unsigned long)&lock_owner_anchor | LOCK_OWNER_THREAD;
}

/*
 * Record the caller as the owner of a lock it just took.  RELEASE pairs
 * with the ACQUIRE load in lock_spin_on_owner(): a spinner that reads the
 * token may read the owner's task_struct, which was initialised before.
 */
static inline void lock_set_owner(unsigned long *owner)
{
	__atomic_store_n(owner, __lock_owner_token(), __ATOMIC_RELEASE);
}

/*
 * Lock debugging, by configuration.  @l is the lock; these expand to
 * nothing (evaluating nothing) when their option is off.
 */
#ifdef CONFIG_DEBUG_LOCK_ALLOC
# define dep_init(l, name, key)	lockdep_init_map(&(l)->dep_map, name, key)
# define dep_acquire(l, try, read, site)				\
	lock_acquire(&(l)->dep_map, try, read, site)
# define dep_release(l)		lock_release(&(l)->dep_map)
# define dep_downgrade(l)	lock_downgrade(&(l)->dep_map)
#else
# define dep_init(l, name, key)	do { } while (0)
# define dep_acquire(l, try, read, site)	do { } while (0)
# define dep_release(l)		do { } while (0)
# define dep_downgrade(l)	do { } while (0)
#endif

#ifdef CONFIG_LOCK_STAT
# define stat_contended(l, site)	lock_contended(&(l)->dep_map, site)
# define stat_acquired(l)	lock_acquired(&(l)->dep_map)
#else
# define stat_contended(l, site)	do { } while (0)
# define stat_acquired(l)	do { } while (0)
#endif

#endif /* _KERNEL_LOCKING_INTERNAL_H */
