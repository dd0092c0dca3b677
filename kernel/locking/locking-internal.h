/* SPDX-License-Identifier: GPL-2.0 */
/*
 * locking-internal.h - the futex lock word shared by spinlock_t, struct
 * mutex and the wait_lock of struct rwbase.
 *
 * This is the three-state futex mutex of Drepper's "Futexes Are Tricky"
 * (mutex3), with a short spin before sleeping:
 *
 *	0  unlocked
 *	1  locked, nobody sleeps on it
 *	2  locked, somebody may sleep on it
 *
 * Lock: one CAS 0 -> 1.  If that fails, spin a little while the word is 1
 * (the holder is running and may release soon), then swap in 2 and sleep
 * in futex_wait(word, 2) until the swap returns 0.  A thread that got the
 * lock through that swap leaves the word at 2, which may cause one
 * unnecessary wakeup later but never a lost one.
 *
 * Unlock: swap in 0; if the old value was 2, wake one sleeper.
 *
 * Memory ordering: the CAS and the swaps that take the lock are ACQUIRE,
 * the unlocking swap is RELEASE; the unlocker's critical section therefore
 * happens before the next holder's.  futex_wait() compares the word with
 * 2 atomically with going to sleep, so a waker that swaps 2 -> 0 either
 * finds the sleeper queued (and wakes it) or makes futex_wait() return
 * at once.
 */
#ifndef _KERNEL_LOCKING_INTERNAL_H
#define _KERNEL_LOCKING_INTERNAL_H

#include <linux/compiler.h>
#include <linux/types.h>
#include <host_ops.h>

/* How long a contended lock spins before sleeping (host cpu_relax()es). */
#define SPINLOCK_SPINS		100
#define MUTEX_SPINS		40

static inline bool futex_lock_trylock(unsigned int *word)
{
	unsigned int unlocked = 0;

	return __atomic_compare_exchange_n(word, &unlocked, 1, false,
					   __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}

void futex_lock_slowpath(unsigned int *word, int spins);

static inline void futex_lock(unsigned int *word, int spins)
{
	if (!futex_lock_trylock(word))
		futex_lock_slowpath(word, spins);
}

static inline void futex_unlock(unsigned int *word)
{
	if (__atomic_exchange_n(word, 0, __ATOMIC_RELEASE) == 2)
		host_ops.futex_wake(word, 1);
}

#endif /* _KERNEL_LOCKING_INTERNAL_H */
