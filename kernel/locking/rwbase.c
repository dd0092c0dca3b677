// SPDX-License-Identifier: GPL-2.0
/*
 * rwbase.c - the phase-fair, writer-preferring reader/writer core under
 * rwlock_t and struct rw_semaphore.
 *
 * State word (rwb->state, atomic):
 *
 *	bits 0-29  RWBASE_READERS: number of readers holding the lock
 *	bit 30     RWBASE_QUEUED: a waiter is queued; fast paths are closed
 *	bit 31     RWBASE_WRITER: a writer holds the lock
 *
 * Fast paths (no waiter queued) are one atomic operation:
 *	read lock:    CAS state -> state + 1 while WRITER and QUEUED are clear
 *	read unlock:  fetch_sub 1; if it was the last reader and QUEUED was
 *		      set, run the grant step under wait_lock
 *	write lock:   CAS 0 -> WRITER
 *	write unlock: CAS WRITER -> 0; if QUEUED was set, clear WRITER and run
 *		      the grant step under wait_lock
 *
 * Spinning (the rule in locking-internal.h): before it queues, a thread
 * that cannot take the lock spins, retrying the fast path, while no
 * waiter is queued and the holder runs: for a spinning lock (rwlock_t)
 * while the lock is held, up to @spins times; for a semaphore while the
 * writer named by @owner runs, or OWNER_SPIN_UNKNOWN times while readers
 * hold it.  The fast paths are closed while a waiter is queued, so a
 * spinner never overtakes one.  A queued waiter too spins on its granted
 * word (up to @spins times for a spinning lock, RWBASE_GRANT_SPINS for a
 * semaphore) before it sleeps; it announces the sleep in the word, so
 * that the granter makes the futex_wake() system call only for a
 * sleeper.
 *
 * Slow paths run under wait_lock (a futex lock word, locking-internal.h).
 * A thread that cannot take the lock sets QUEUED with a CAS that also
 * re-validates the rest of the state, queues a waiter record on its
 * stack and sleeps on the record's futex word.  Ownership is handed over:
 * the grant step changes the state on the waiter's behalf (adds the
 * readers, or sets WRITER) and only then sets waiter->granted, so a woken
 * thread never competes for the lock again.
 *
 * Grant step (rwbase_grant(), under wait_lock), run whenever the lock may
 * have become available to a waiter:
 *  - nothing while a writer holds the lock;
 *  - after a writer released it, every queued reader enters at once (a
 *    read phase), even if writers wait;
 *  - otherwise, when no reader holds it, the first queued writer enters;
 *  - QUEUED is cleared when both queues are empty.
 * New readers queue whenever a writer holds the lock or waits, so:
 *  - a writer waits for at most the read phase in progress, then for each
 *    writer ahead of it one write phase and one read phase;
 *  - a reader waits for at most the write phase in progress plus the
 *    read phase draining in front of the first waiting writer.
 * Neither side starves (phase-fair locking, Brandenburg and Anderson).
 *
 * Invariants (hold whenever wait_lock is free):
 *  - QUEUED is set iff a queue is non-empty (set before queueing by a
 *    CAS, so a fast-path unlock racing with it fails and takes the slow
 *    path; cleared by the grant step only);
 *  - readers queue only while a writer holds the lock or waits, so
 *    read_waiters non-empty implies WRITER or write_head;
 *  - WRITER and a non-zero reader count never coexist.
 *
 * Memory ordering:
 *  - lock fast paths are ACQUIRE CASes, unlock fast paths RELEASE
 *    operations, so one holder's critical section happens before the next
 *    holder's when the lock passes through the state word;
 *  - the read unlock is ACQ_REL: the last reader's decrement reads the
 *    release sequence of every earlier reader's decrement, so all the
 *    readers' critical sections happen before the grant it performs;
 *  - a handed-over lock: the releaser's RELEASE on state (or its own
 *    program order, for a writer), the grant step's ACQUIRE load of
 *    state, then the RELEASE store of waiter->granted read by the
 *    waiter's ACQUIRE load: the previous holders happen before the new
 *    one;
 *  - wait_lock orders the queue fields; waiters read only their own
 *    record's granted word.
 *
 * The granter reads waiter->next before setting granted (after which the
 * record, on the waiter's stack, may vanish).  It then calls futex_wake()
 * on the granted word, which may by then belong to another frame: that
 * can cause a spurious wakeup elsewhere, and every futex_wait() caller in
 * the tree loops on its condition.
 *
 * Locks taken and their ordering:
 *  wait_lock protects read_waiters, write_head and write_tail.  It is a
 *  leaf: nothing else is taken under it.
 */
#include <linux/kernel.h>
#include <linux/rwlock.h>
#include <linux/sched.h>
#include <linux/rcupdate.h>

#include "locking-internal.h"

/* How long a waiter spins on its granted word before sleeping. */
#define RWBASE_GRANT_SPINS	50

/* The granted word of a waiter. */
#define RWBASE_WAITING	0U	/* queued, spinning */
#define RWBASE_GRANTED	1U	/* the lock is the waiter's */
#define RWBASE_SLEEPING	2U	/* queued, asleep (or about to be) */

struct rwbase_waiter {
	struct rwbase_waiter *next;	/* (w) queue link */
	unsigned int granted;		/* futex word: RWBASE_* above */
};

/**
 * rwbase_init - initialise a reader/writer core
 * @rwb: the core, not in use
 *
 * Context: any.
 */
void rwbase_init(struct rwbase *rwb)
{
	rwb->state = 0;
	rwb->wait_lock = 0;
	rwb->read_waiters = NULL;
	rwb->write_head = NULL;
	rwb->write_tail = NULL;
}

static void rwbase_wait_granted(struct rwbase_waiter *waiter, int spins)
{
	unsigned int waiting = RWBASE_WAITING;
	int i;

	/* ACQUIRE pairs with the RELEASE exchange in rwbase_wake(). */
	for (i = 0; i < spins; i++) {
		if (__atomic_load_n(&waiter->granted, __ATOMIC_ACQUIRE) ==
		    RWBASE_GRANTED)
			return;
		host_ops.cpu_relax();
	}
	if (!__atomic_compare_exchange_n(&waiter->granted, &waiting,
					 RWBASE_SLEEPING, false,
					 __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE))
		return;		/* granted meanwhile */
	host_wait_begin();
	while (__atomic_load_n(&waiter->granted, __ATOMIC_ACQUIRE) !=
	       RWBASE_GRANTED)
		host_ops.futex_wait(&waiter->granted, RWBASE_SLEEPING, 0);
	host_wait_end();
}

static void rwbase_wake(struct rwbase_waiter *waiter)
{
	unsigned int old;

	/* After this exchange the waiter may return and its record vanish. */
	old = __atomic_exchange_n(&waiter->granted, RWBASE_GRANTED,
				  __ATOMIC_RELEASE);
	if (old == RWBASE_SLEEPING)
		host_ops.futex_wake(&waiter->granted, 1);
}

/*
 * Spin before queueing (see the file header).  Returns true with the lock
 * taken through the fast path.
 */
static bool rwbase_spin_loop(struct rwbase *rwb, bool write, int spins,
			     const unsigned long *owner)
{
	int i, unknown = 0;
	unsigned int state;

	for (i = 0; i < spins; i++) {
		state = __atomic_load_n(&rwb->state, __ATOMIC_RELAXED);
		if (state & RWBASE_QUEUED)
			return false;	/* waiters: queue behind them */
		if (write ? rwbase_write_trylock(rwb) :
			    rwbase_read_trylock(rwb))
			return true;
		if (owner && !((state & RWBASE_WRITER) ?
			       lock_spin_on_owner(owner, &unknown) :
			       ++unknown <= OWNER_SPIN_UNKNOWN))
			return false;
		host_ops.cpu_relax();
	}
	return false;
}

static bool rwbase_spin(struct rwbase *rwb, bool write, int spins,
			const unsigned long *owner)
{
	bool taken;

	if (!owner)
		return rwbase_spin_loop(rwb, write, spins, NULL);
	/* The owner's task_struct is freed after a grace period. */
	rcu_read_lock();
	taken = rwbase_spin_loop(rwb, write, spins, owner);
	rcu_read_unlock();
	return taken;
}

/* Hand the lock to whoever may have it now.  Caller holds wait_lock. */
static void rwbase_grant(struct rwbase *rwb, bool after_writer)
{
	struct rwbase_waiter *waiter, *next;
	unsigned int state, n = 0;

	/* ACQUIRE: see "Memory ordering" above. */
	state = __atomic_load_n(&rwb->state, __ATOMIC_ACQUIRE);
	if (state & RWBASE_WRITER)
		return;

	if (rwb->read_waiters && (after_writer || !rwb->write_head)) {
		waiter = rwb->read_waiters;
		WRITE_ONCE(rwb->read_waiters, NULL);
		for (next = waiter; next; next = next->next)
			n++;
		__atomic_fetch_add(&rwb->state, n, __ATOMIC_RELAXED);
		for (; waiter; waiter = next) {
			next = waiter->next;
			rwbase_wake(waiter);
		}
	} else if (rwb->write_head && !(state & RWBASE_READERS)) {
		waiter = rwb->write_head;
		WRITE_ONCE(rwb->write_head, waiter->next);
		__atomic_fetch_or(&rwb->state, RWBASE_WRITER,
				  __ATOMIC_RELAXED);
		rwbase_wake(waiter);
	}

	if (!rwb->read_waiters && !rwb->write_head)
		__atomic_fetch_and(&rwb->state, ~RWBASE_QUEUED,
				   __ATOMIC_RELAXED);
}

/**
 * rwbase_read_lock - take the read lock
 * @rwb: the core
 * @spins: how long to spin at most before sleeping
 * @owner: the semaphore's writer field, or NULL for a spinning lock
 *
 * Context: any host thread; may sleep.
 */
void rwbase_read_lock(struct rwbase *rwb, int spins,
		      const unsigned long *owner)
{
	struct rwbase_waiter waiter = { .granted = RWBASE_WAITING };
	unsigned int c;

	if (rwbase_spin(rwb, false, spins, owner))
		return;

	futex_lock(&rwb->wait_lock, SPINLOCK_SPINS);
	c = __atomic_load_n(&rwb->state, __ATOMIC_RELAXED);
	for (;;) {
		if (!(c & RWBASE_WRITER) && !rwb->write_head) {
			/* No writer holds or waits: join the read phase. */
			if (__atomic_compare_exchange_n(&rwb->state, &c, c + 1,
							false,
							__ATOMIC_ACQUIRE,
							__ATOMIC_RELAXED)) {
				futex_unlock(&rwb->wait_lock);
				return;
			}
			continue;
		}
		if (__atomic_compare_exchange_n(&rwb->state, &c,
						c | RWBASE_QUEUED, false,
						__ATOMIC_RELAXED,
						__ATOMIC_RELAXED))
			break;
	}
	waiter.next = rwb->read_waiters;
	WRITE_ONCE(rwb->read_waiters, &waiter);
	futex_unlock(&rwb->wait_lock);

	rwbase_wait_granted(&waiter, owner ? RWBASE_GRANT_SPINS : spins);
}

/**
 * rwbase_read_unlock_slow - the last reader leaves while a waiter is
 *	queued: grant (rwbase_read_unlock(), rwlock.h)
 * @rwb: the core
 *
 * Context: the caller just left the readers.
 */
void rwbase_read_unlock_slow(struct rwbase *rwb)
{
	futex_lock(&rwb->wait_lock, SPINLOCK_SPINS);
	rwbase_grant(rwb, false);
	futex_unlock(&rwb->wait_lock);
}

/**
 * rwbase_write_lock - take the write lock
 * @rwb: the core
 * @spins: how long to spin at most before sleeping
 * @owner: the semaphore's writer field, or NULL for a spinning lock
 *
 * Context: any host thread; may sleep.
 */
void rwbase_write_lock(struct rwbase *rwb, int spins,
		       const unsigned long *owner)
{
	struct rwbase_waiter waiter = {
		.next = NULL, .granted = RWBASE_WAITING,
	};
	unsigned int c;

	if (rwbase_spin(rwb, true, spins, owner))
		return;

	futex_lock(&rwb->wait_lock, SPINLOCK_SPINS);
	c = __atomic_load_n(&rwb->state, __ATOMIC_RELAXED);
	for (;;) {
		if (!(c & (RWBASE_WRITER | RWBASE_READERS)) &&
		    !rwb->write_head && !rwb->read_waiters) {
			if (__atomic_compare_exchange_n(&rwb->state, &c,
							c | RWBASE_WRITER,
							false,
							__ATOMIC_ACQUIRE,
							__ATOMIC_RELAXED)) {
				futex_unlock(&rwb->wait_lock);
				return;
			}
			continue;
		}
		if (__atomic_compare_exchange_n(&rwb->state, &c,
						c | RWBASE_QUEUED, false,
						__ATOMIC_RELAXED,
						__ATOMIC_RELAXED))
			break;
	}
	if (rwb->write_head)
		rwb->write_tail->next = &waiter;
	else
		WRITE_ONCE(rwb->write_head, &waiter);
	rwb->write_tail = &waiter;
	futex_unlock(&rwb->wait_lock);

	rwbase_wait_granted(&waiter, owner ? RWBASE_GRANT_SPINS : spins);
}

/**
 * rwbase_write_unlock - release the write lock
 * @rwb: the core, write-held by the caller
 *
 * Context: the caller holds the write lock.
 */
void rwbase_write_unlock(struct rwbase *rwb)
{
	unsigned int c = RWBASE_WRITER;

	if (__atomic_compare_exchange_n(&rwb->state, &c, 0, false,
					__ATOMIC_RELEASE, __ATOMIC_RELAXED))
		return;

	WARN_ON_ONCE(!(c & RWBASE_WRITER));
	futex_lock(&rwb->wait_lock, SPINLOCK_SPINS);
	__atomic_fetch_and(&rwb->state, ~RWBASE_WRITER, __ATOMIC_RELEASE);
	rwbase_grant(rwb, true);
	futex_unlock(&rwb->wait_lock);
}

/**
 * rwbase_write_downgrade - turn the caller's write lock into a read lock
 * @rwb: the core, write-held by the caller
 *
 * Waiting readers join the new read phase; waiting writers keep waiting.
 *
 * Context: the caller holds the write lock.
 */
void rwbase_write_downgrade(struct rwbase *rwb)
{
	futex_lock(&rwb->wait_lock, SPINLOCK_SPINS);
	/* WRITER -> one reader, in one step: nobody can slip in between. */
	__atomic_fetch_add(&rwb->state, 1 - RWBASE_WRITER, __ATOMIC_RELEASE);
	rwbase_grant(rwb, true);
	futex_unlock(&rwb->wait_lock);
}

/**
 * rwbase_is_locked - is the core held by anyone?
 * @rwb: the core
 *
 * Context: any; the answer may be stale.
 * Return: nonzero if a reader or a writer holds @rwb.
 */
int rwbase_is_locked(const struct rwbase *rwb)
{
	unsigned int state = __atomic_load_n(&rwb->state, __ATOMIC_RELAXED);

	return (state & (RWBASE_WRITER | RWBASE_READERS)) != 0;
}

/**
 * rwbase_has_waiters - is anyone queued on the core?
 * @rwb: the core
 *
 * Context: any; the answer may be stale.
 * Return: nonzero if a reader or writer is queued.
 */
int rwbase_has_waiters(const struct rwbase *rwb)
{
	unsigned int state = __atomic_load_n(&rwb->state, __ATOMIC_RELAXED);

	return (state & RWBASE_QUEUED) != 0;
}
