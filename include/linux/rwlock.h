/* SPDX-License-Identifier: GPL-2.0 */
/*
 * rwlock.h - rwlock_t, and struct rwbase: the fair reader/writer core that
 * rwlock_t and struct rw_semaphore share (kernel/locking/rwbase.c).
 *
 * The core is phase-fair and writer-preferring: once a writer waits, new
 * readers queue behind it; when a writer releases the lock, every reader
 * waiting at that moment enters together (one read phase), then the next
 * writer.  Neither side can starve: a writer waits for at most the read
 * phase in progress plus, per writer ahead of it, one write phase and one
 * read phase; a reader waits for at most the write phase in progress.
 *
 * rwlock_t is a spinning lock (see spinlock.h: holders may not sleep;
 * waiters spin while it is held, then sleep).  Unlike Linux's rwlock_t,
 * readers are not recursive: a thread that takes
 * the read lock twice can deadlock against a writer queued in between,
 * and lockdep-lite reports it ("recursive locking").
 */
#ifndef _LINUX_RWLOCK_H
#define _LINUX_RWLOCK_H

#include <linux/compiler.h>
#include <linux/types.h>
#include <linux/lockdep.h>

struct rwbase_waiter;

/**
 * struct rwbase - the reader/writer lock word and its wait queues
 * @state: active reader count, RWBASE_WRITER, RWBASE_QUEUED (atomic)
 * @wait_lock: futex lock word protecting the two queues below
 * @read_waiters: readers waiting for the next read phase (unordered)
 * @write_head: first waiting writer (FIFO), NULL if none
 * @write_tail: last waiting writer, valid while @write_head is set
 */
struct rwbase {
	unsigned int state;
	unsigned int wait_lock;
	struct rwbase_waiter *read_waiters;
	struct rwbase_waiter *write_head;
	struct rwbase_waiter *write_tail;
};

#define __RWBASE_INITIALIZER	{ .state = 0 }

/* The state word (kernel/locking/rwbase.c has the protocol). */
#define RWBASE_READERS	0x3fffffffU	/* readers holding the lock */
#define RWBASE_QUEUED	0x40000000U	/* a waiter is queued */
#define RWBASE_WRITER	0x80000000U	/* a writer holds the lock */

void rwbase_init(struct rwbase *rwb);
void rwbase_read_lock(struct rwbase *rwb, int spins,
		      const unsigned long *owner);
void rwbase_read_unlock_slow(struct rwbase *rwb);
void rwbase_write_lock(struct rwbase *rwb, int spins,
		       const unsigned long *owner);
void rwbase_write_unlock(struct rwbase *rwb);
void rwbase_write_downgrade(struct rwbase *rwb);

/*
 * The fast paths, inline: one atomic operation each while nobody waits
 * (the threadgroup_fork_lock read pair of every CLONE_THREAD fork).
 */

/**
 * rwbase_read_trylock - join the readers if no writer holds or waits
 * @rwb: the core
 *
 * Context: any host thread; never sleeps.
 * Return: 1 if the read lock was taken, 0 otherwise.
 */
static inline int rwbase_read_trylock(struct rwbase *rwb)
{
	unsigned int c = __atomic_load_n(&rwb->state, __ATOMIC_RELAXED);

	while (!(c & (RWBASE_WRITER | RWBASE_QUEUED))) {
		if (WARN_ON_ONCE((c & RWBASE_READERS) == RWBASE_READERS))
			return 0;
		if (__atomic_compare_exchange_n(&rwb->state, &c, c + 1, true,
						__ATOMIC_ACQUIRE,
						__ATOMIC_RELAXED))
			return 1;
	}
	return 0;
}

/**
 * rwbase_read_unlock - leave the readers
 * @rwb: the core, read-held by the caller
 *
 * ACQ_REL: see "Memory ordering" in rwbase.c.
 *
 * Context: the caller holds the read lock.
 */
static inline void rwbase_read_unlock(struct rwbase *rwb)
{
	unsigned int old;

	old = __atomic_fetch_sub(&rwb->state, 1, __ATOMIC_ACQ_REL);
	WARN_ON_ONCE(!(old & RWBASE_READERS));
	if (unlikely((old & RWBASE_QUEUED) && (old & RWBASE_READERS) == 1))
		rwbase_read_unlock_slow(rwb);
}

/**
 * rwbase_write_trylock - take the write lock if nobody holds or waits
 * @rwb: the core
 *
 * Context: any host thread; never sleeps.
 * Return: 1 if the write lock was taken, 0 otherwise.
 */
static inline int rwbase_write_trylock(struct rwbase *rwb)
{
	unsigned int unlocked = 0;

	return __atomic_compare_exchange_n(&rwb->state, &unlocked,
					   RWBASE_WRITER, false,
					   __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}

int rwbase_is_locked(const struct rwbase *rwb);
int rwbase_has_waiters(const struct rwbase *rwb);

/**
 * typedef rwlock_t - a short-hold reader/writer lock
 * @rwbase: the fair reader/writer core
 * @owner: CONFIG_DEBUG_SPINLOCK: lock_owner_token() of the writer, 0 when
 *	no writer holds it (relaxed atomic)
 * @dep_map: CONFIG_DEBUG_LOCK_ALLOC: lockdep-lite state
 */
typedef struct rwlock {
	struct rwbase rwbase;
#ifdef CONFIG_DEBUG_SPINLOCK
	unsigned long owner;
#endif
#ifdef CONFIG_DEBUG_LOCK_ALLOC
	struct lockdep_map dep_map;
#endif
} __capability("rwlock") rwlock_t;

#if defined(__clang__) && defined(WARN_CONTEXT_ANALYSIS) && !defined(__CHECKER__)
static inline void __rwlock_assume_held(rwlock_t *lock) __asserts_held(lock)
	__no_context_analysis
{
}

# undef LOCKDEP_ASSUME_RWLOCK
# define LOCKDEP_ASSUME_RWLOCK(l, next)					\
	LOCKDEP_ASSUME_CASE(l, rwlock_t, __rwlock_assume_held, next)
#endif

#define __RW_LOCK_UNLOCKED(lockname)					\
	{ .rwbase = __RWBASE_INITIALIZER __DEP_MAP_INIT(lockname) }

#define DEFINE_RWLOCK(x)	rwlock_t x = __RW_LOCK_UNLOCKED(x)

void __rwlock_init(rwlock_t *lock, const char *name,
		   struct lock_class_key *key);

#define rwlock_init(lock) do {						\
	static struct lock_class_key __key;				\
									\
	__rwlock_init((lock), #lock, &__key);				\
} while (0)

void _read_lock(rwlock_t *lock, const char *site) __acquires_shared(lock);
void read_unlock(rwlock_t *lock) __releases_shared(lock);
void _write_lock(rwlock_t *lock, const char *site) __acquires(lock);
void write_unlock(rwlock_t *lock) __releases(lock);
int _read_trylock(rwlock_t *lock, const char *site)
	__try_acquires_shared(lock);
int _write_trylock(rwlock_t *lock, const char *site) __try_acquires(lock);

#define read_lock(lock)		_read_lock(lock, LOCK_SITE)
#define write_lock(lock)	_write_lock(lock, LOCK_SITE)
#define read_trylock(lock)	__cond_lock(lock, _read_trylock(lock, LOCK_SITE))
#define write_trylock(lock)	__cond_lock(lock, _write_trylock(lock, LOCK_SITE))

#define read_lock_irq(lock)		read_lock(lock)
#define read_unlock_irq(lock)		read_unlock(lock)
#define write_lock_irq(lock)		write_lock(lock)
#define write_unlock_irq(lock)		write_unlock(lock)
#define read_lock_bh(lock)		read_lock(lock)
#define read_unlock_bh(lock)		read_unlock(lock)
#define write_lock_bh(lock)		write_lock(lock)
#define write_unlock_bh(lock)		write_unlock(lock)
#define read_lock_irqsave(lock, flags)					\
	do { (flags) = 0; read_lock(lock); } while (0)
#define read_unlock_irqrestore(lock, flags)				\
	do { (void)(flags); read_unlock(lock); } while (0)
#define write_lock_irqsave(lock, flags)					\
	do { (flags) = 0; write_lock(lock); } while (0)
#define write_unlock_irqrestore(lock, flags)				\
	do { (void)(flags); write_unlock(lock); } while (0)

#endif /* _LINUX_RWLOCK_H */
