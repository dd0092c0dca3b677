// SPDX-License-Identifier: GPL-2.0
/*
 * spinlock.c - spinlock_t and rwlock_t, the futex lock word under
 * spinlock_t and struct mutex with its spinning, lock owner tokens, and
 * the atomic-context bookkeeping of CONFIG_DEBUG_ATOMIC_SLEEP.  The
 * futex lock's algorithm, memory-ordering argument and spinning rule are
 * in locking-internal.h; rwlock_t is the phase-fair core of rwbase.c,
 * which carries its own argument.
 *
 * With CONFIG_DEBUG_LOCK_ALLOC every acquisition is reported to
 * lockdep-lite before the thread may block (so an ABBA deadlock is
 * reported instead of hanging silently); with CONFIG_DEBUG_SPINLOCK every
 * exclusive hold records its owner and an unlock by another thread WARNs.
 */
#include <linux/kernel.h>
#include <linux/lockdep.h>
#include <linux/rwlock.h>
#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/rcupdate.h>

#include "locking-internal.h"

__thread char lock_owner_anchor;

unsigned long lock_owner_token(void)
{
	return __lock_owner_token();
}

/**
 * lock_spin_on_owner - may a waiter go on spinning for a lock?
 * @owner: the lock's owner field
 * @unknown: spins granted so far to an owner that is not a task (the
 *	caller starts it at 0)
 *
 * Context: inside rcu_read_lock(), in a spinning waiter.
 * Return: true while the owner runs (the rule in locking-internal.h).
 */
bool lock_spin_on_owner(const unsigned long *owner, int *unknown)
{
	/* ACQUIRE pairs with the RELEASE in lock_set_owner(). */
	unsigned long token = __atomic_load_n(owner, __ATOMIC_ACQUIRE);
	struct task_struct *tsk;

	if (!token || (token & LOCK_OWNER_THREAD))
		return ++*unknown <= OWNER_SPIN_UNKNOWN;
	tsk = (struct task_struct *)token;
	/* Racy reads: a wrong answer costs one spin or one early sleep. */
	return __atomic_load_n(&tsk->call_owner, __ATOMIC_RELAXED) &&
	       !READ_ONCE(tsk->host_waits);
}

/* Spin for @word by the rule of locking-internal.h; true if taken. */
static bool futex_lock_spin(unsigned int *word, int spins,
			    const unsigned long *owner)
{
	int i, unknown = 0;
	unsigned int c;

	for (i = 0; i < spins; i++) {
		/* Relaxed: only a hint; the CAS orders. */
		c = __atomic_load_n(word, __ATOMIC_RELAXED);
		if (c == 0) {
			if (futex_lock_trylock(word))
				return true;
			continue;
		}
		if (owner && !lock_spin_on_owner(owner, &unknown))
			return false;
		host_ops.cpu_relax();
	}
	return false;
}

/**
 * futex_lock_slowpath - take a contended futex lock word
 * @word: the lock word (see locking-internal.h)
 * @spins: how many times to spin at most before sleeping
 * @owner: the lock's owner field, or NULL for a lock whose holder does
 *	not sleep (a spinning lock, an internal wait_lock)
 *
 * Context: any host thread; may sleep.
 */
void futex_lock_slowpath(unsigned int *word, int spins,
			 const unsigned long *owner)
{
	unsigned int c;
	bool taken;

	if (owner) {
		/* The owner's task_struct is freed after a grace period. */
		rcu_read_lock();
		taken = futex_lock_spin(word, spins, owner);
		rcu_read_unlock();
	} else {
		taken = futex_lock_spin(word, spins, NULL);
	}
	if (taken)
		return;

	c = __atomic_exchange_n(word, 2, __ATOMIC_ACQUIRE);
	if (c == 0)
		return;
	host_wait_begin();
	while (c != 0) {
		host_ops.futex_wait(word, 2, 0);
		c = __atomic_exchange_n(word, 2, __ATOMIC_ACQUIRE);
	}
	host_wait_end();
}

#ifdef CONFIG_DEBUG_ATOMIC_SLEEP
/* Spinning locks held plus preempt_disable() depth, per host thread. */
__thread int __preempt_count;
/* Where the first PREEMPT_SITES of them were taken. */
struct preempt_site {
	const void *lock;	/* NULL: preempt_disable() */
	const char *site;
};

static __thread struct preempt_site preempt_sites[PREEMPT_SITES];

/**
 * preempt_count_add_site - enter atomic context
 * @lock: the spinning lock taken, or NULL (preempt_disable())
 * @site: where
 *
 * Context: any host thread.
 */
void preempt_count_add_site(const void *lock, const char *site)
{
	int n = __preempt_count++;

	if (n < PREEMPT_SITES) {
		preempt_sites[n].lock = lock;
		preempt_sites[n].site = site;
	}
}

/**
 * preempt_count_sub_site - leave one level of atomic context
 *
 * Spinning locks need not be released in order: the sites kept are
 * those of the levels still held, approximately, after an out-of-order
 * release (the lockdep-lite report is exact).
 *
 * Context: any host thread in atomic context.
 */
void preempt_count_sub_site(void)
{
	if (WARN_ON_ONCE(__preempt_count <= 0))
		return;
	__preempt_count--;
}

/* Forget @lock's level: the innermost level is moved into its place. */
static void preempt_count_sub_lock(const void *lock)
{
	int n = __preempt_count - 1, i;

	if (WARN_ON_ONCE(n < 0))
		return;
	for (i = min(n, PREEMPT_SITES - 1); i >= 0; i--) {
		if (preempt_sites[i].lock != lock)
			continue;
		if (n < PREEMPT_SITES)
			preempt_sites[i] = preempt_sites[n];
		break;
	}
	__preempt_count = n;
}

/**
 * __might_sleep - WARN if the caller may not sleep here (use might_sleep())
 * @file: the sleeping primitive's caller's file
 * @line: and line
 *
 * The caller may not sleep while it holds a spinning lock, has
 * preemption disabled or is inside rcu_read_lock().  The report names
 * where each such lock was taken.
 *
 * Context: any host thread.
 */
void __might_sleep(const char *file, int line)
{
	int n = __preempt_count, i;

	if (likely(!n && !rcu_read_lock_held()))
		return;
	WARN(1, "sleeping function called from invalid context at %s:%d: in_atomic(): %d, rcu_read_lock_nesting: %d%s%s\n",
	     file, line, n, rcu_read_lock_nesting,
	     n ? ", atomic since " : "",
	     n ? preempt_sites[0].site : "");
	for (i = 0; i < min(n, PREEMPT_SITES); i++)
		pr_err(" spinning lock %p taken at %s\n", preempt_sites[i].lock,
		       preempt_sites[i].site);
	lockdep_print_held_locks();
}
#else
static inline void preempt_count_sub_lock(const void *lock)
{
}
#endif /* CONFIG_DEBUG_ATOMIC_SLEEP */

#ifdef CONFIG_DEBUG_SPINLOCK
/* @owner: the owner field of the lock being released */
static void spin_check_owner_of(const unsigned long *owner)
{
	WARN_ONCE(READ_ONCE(*owner) != __lock_owner_token(),
		  "bad unlock: the lock is not held by this thread (owner %#lx)\n",
		  READ_ONCE(*owner));
}

# define spin_set_owner(l)	WRITE_ONCE((l)->owner, __lock_owner_token())
# define spin_check_owner(l)	spin_check_owner_of(&(l)->owner)
# define spin_clear_owner(l)	WRITE_ONCE((l)->owner, 0UL)
#else
# define spin_set_owner(l)	do { } while (0)
# define spin_check_owner(l)	do { } while (0)
# define spin_clear_owner(l)	do { } while (0)
#endif

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
	spin_clear_owner(lock);
	dep_init(lock, name, key);
}

/**
 * _spin_lock - take a spinlock (use spin_lock())
 * @lock: the lock
 * @site: the caller's call site (LOCK_SITE)
 *
 * Context: any host thread, with or without a current task.  Spins
 * while the lock is held, then sleeps until it is free.
 */
void _spin_lock(spinlock_t *lock, const char *site) __acquires(lock)
	__no_context_analysis
{
	preempt_count_add_site(lock, site);
	dep_acquire(lock, 0, 0, site);
	if (unlikely(!futex_lock_trylock(&lock->val))) {
		stat_contended(lock, site);
		futex_lock_slowpath(&lock->val, SPINLOCK_SPIN_MAX, NULL);
	}
	stat_acquired(lock);
	spin_set_owner(lock);
	__acquire(lock);
}

/**
 * _spin_trylock - take a spinlock if it is free (use spin_trylock())
 * @lock: the lock
 * @site: the caller's call site (LOCK_SITE)
 *
 * Context: any host thread; never sleeps.
 * Return: 1 if the lock was taken, 0 otherwise.
 */
int _spin_trylock(spinlock_t *lock, const char *site)
	__no_context_analysis
{
	if (!futex_lock_trylock(&lock->val))
		return 0;
	preempt_count_add_site(lock, site);
	dep_acquire(lock, 1, 0, site);
	stat_acquired(lock);
	spin_set_owner(lock);
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
	spin_check_owner(lock);
	spin_clear_owner(lock);
	dep_release(lock);
	futex_unlock(&lock->val);
	preempt_count_sub_lock(lock);
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
	spin_clear_owner(lock);
	dep_init(lock, name, key);
}

/**
 * _read_lock - take a rwlock_t for reading (use read_lock())
 * @lock: the lock
 * @site: the caller's call site (LOCK_SITE)
 *
 * Queues behind a waiting writer; not recursive (see rwlock.h).
 *
 * Context: any host thread; spins while the lock is held, then sleeps.
 */
void _read_lock(rwlock_t *lock, const char *site) __acquires_shared(lock)
	__no_context_analysis
{
	preempt_count_add_site(lock, site);
	dep_acquire(lock, 0, 1, site);
	if (unlikely(!rwbase_read_trylock(&lock->rwbase))) {
		stat_contended(lock, site);
		rwbase_read_lock(&lock->rwbase, SPINLOCK_SPIN_MAX, NULL);
	}
	stat_acquired(lock);
	__acquire_shared(lock);
}

/**
 * _read_trylock - take a rwlock_t for reading if no writer holds or waits
 * @lock: the lock
 * @site: the caller's call site (LOCK_SITE)
 *
 * Context: any host thread; never sleeps.
 * Return: 1 if the read lock was taken, 0 otherwise.
 */
int _read_trylock(rwlock_t *lock, const char *site)
	__no_context_analysis
{
	if (!rwbase_read_trylock(&lock->rwbase))
		return 0;
	preempt_count_add_site(lock, site);
	dep_acquire(lock, 1, 1, site);
	stat_acquired(lock);
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
	dep_release(lock);
	rwbase_read_unlock(&lock->rwbase);
	preempt_count_sub_lock(lock);
	__release_shared(lock);
}

/**
 * _write_lock - take a rwlock_t for writing (use write_lock())
 * @lock: the lock
 * @site: the caller's call site (LOCK_SITE)
 *
 * Context: any host thread; spins while the lock is held, then sleeps.
 */
void _write_lock(rwlock_t *lock, const char *site) __acquires(lock)
	__no_context_analysis
{
	preempt_count_add_site(lock, site);
	dep_acquire(lock, 0, 0, site);
	if (unlikely(!rwbase_write_trylock(&lock->rwbase))) {
		stat_contended(lock, site);
		rwbase_write_lock(&lock->rwbase, SPINLOCK_SPIN_MAX, NULL);
	}
	stat_acquired(lock);
	spin_set_owner(lock);
	__acquire(lock);
}

/**
 * _write_trylock - take a rwlock_t for writing if it is free
 * @lock: the lock
 * @site: the caller's call site (LOCK_SITE)
 *
 * Context: any host thread; never sleeps.
 * Return: 1 if the write lock was taken, 0 otherwise.
 */
int _write_trylock(rwlock_t *lock, const char *site)
	__no_context_analysis
{
	if (!rwbase_write_trylock(&lock->rwbase))
		return 0;
	preempt_count_add_site(lock, site);
	dep_acquire(lock, 1, 0, site);
	stat_acquired(lock);
	spin_set_owner(lock);
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
	spin_check_owner(lock);
	spin_clear_owner(lock);
	dep_release(lock);
	rwbase_write_unlock(&lock->rwbase);
	preempt_count_sub_lock(lock);
	__release(lock);
}
