// SPDX-License-Identifier: GPL-2.0
/*
 * lockdep.c - lockdep-lite: held-lock tracking (CONFIG_LOCKDEP), lock-order
 * checking (CONFIG_PROVE_LOCKING) and lock statistics (CONFIG_LOCK_STAT;
 * the numbers are kept here, /proc/lock_stat is lockdep_proc.c).
 *
 * Held locks: each host thread keeps a stack of the locks it holds
 * (held_locks[], MAX_LOCK_DEPTH entries, kernel-side __thread storage),
 * each with the call site that took it.
 * lock_acquire() pushes an entry before the thread may block on the lock,
 * lock_release() removes it (from anywhere in the stack: locks need not
 * be released in order).  lock_is_held_type() looks up the stack, which
 * makes lockdep_assert_held() exact: it asks about the calling thread.
 *
 * Order: classes are interned in lock_classes[] (index 0 is "no class")
 * through an open-addressing hash on the class key.  lock_order[a] is a
 * bitmap of the classes taken while a class-a lock was held.  Taking a
 * lock of class B (not by trylock, which cannot deadlock) while holding
 * one of class A adds the edge A -> B unless B already reaches A, which
 * would close a cycle: that is a possible deadlock, reported by WARN the
 * first time for each ordered pair of classes (so a test can provoke one
 * with fresh classes and expect exactly one WARN) and counted in
 * lockdep_inversions() every time.  The edge
 * is then not added, so the graph stays acyclic.  Nesting two locks of
 * one class adds no edge (Linux would want a subclass annotation).
 *
 * The fast path is lock-free: a known class is found by an ACQUIRE load
 * of its hash slot, a known edge by a relaxed load of its bitmap word.
 * Only a new class or a new edge takes lockdep_graph_lock.
 *
 * Statistics: lock_acquire() stamps the held lock; lock_contended() is
 * called by a lock that has to wait, lock_acquired() once it has the
 * lock, lock_release() ends the hold.  Each class's struct
 * lock_class_stats is updated with relaxed atomics (min/max by CAS), so
 * no lock is taken and the figures of one class are each exact but not
 * a consistent snapshot of each other.  A thread may also count its own
 * acquisitions into a struct lock_stat_thread (lock_stat_thread_attach()).
 *
 * Locks taken and their ordering:
 *  lockdep_graph_lock (a futex lock word, not itself tracked) protects
 *  class creation and edge insertion; it is a leaf.
 */
#include <linux/kernel.h>
#include <linux/lockdep.h>
#include <linux/lock_stat.h>
#include <host_ops.h>

#include "locking-internal.h"

#define LOCKDEP_HASH_SIZE	(2 * MAX_LOCKDEP_CLASSES)
#define LOCKDEP_BITMAP_LONGS	(MAX_LOCKDEP_CLASSES / BITS_PER_LONG)

struct lock_class {
	const void *key;	/* immutable after publication */
	const char *name;	/* immutable after publication */
};

struct held_lock {
	struct lockdep_map *map;
	const char *site;		/* where it was taken */
	unsigned int class_idx;
	unsigned char read;
	unsigned char trylock;
#ifdef CONFIG_LOCK_STAT
	unsigned char contended;	/* lock_contended() was called */
	u64 waittime_stamp;		/* when the wait began */
	u64 holdtime_stamp;		/* when the hold began */
#endif
};

static __thread struct held_lock held_locks[MAX_LOCK_DEPTH];
static __thread int lockdep_depth;
/* Acquisitions not recorded because the stack was full. */
static __thread int lockdep_overflow;

/* lockdep_graph_lock protects everything down to lock_reported. */
static unsigned int lockdep_graph_lock;
static struct lock_class lock_classes[MAX_LOCKDEP_CLASSES];
/* Index 0 is "no class"; written under the lock, read with ACQUIRE. */
static unsigned int lock_class_count = 1;
/* Class index by key hash; 0 = empty.  Written once per slot. */
static unsigned int lock_class_hash[LOCKDEP_HASH_SIZE];
#ifdef CONFIG_PROVE_LOCKING
/* lock_order[a] has bit b set when a -> b was seen (written under lock). */
static unsigned long lock_order[MAX_LOCKDEP_CLASSES][LOCKDEP_BITMAP_LONGS];
/* lock_reported[a] has bit b set once "b taken under a" was reported. */
static unsigned long lock_reported[MAX_LOCKDEP_CLASSES][LOCKDEP_BITMAP_LONGS];
/* Scratch space of lockdep_reaches(), used under lockdep_graph_lock. */
static unsigned long lockdep_visited[LOCKDEP_BITMAP_LONGS];
static unsigned int lockdep_queue[MAX_LOCKDEP_CLASSES];

static unsigned long lockdep_inversion_count;
#endif

#ifdef CONFIG_LOCK_STAT
static struct lock_class_stats lock_stats[MAX_LOCKDEP_CLASSES];
static __thread struct lock_stat_thread *lock_stat_self;
static void lock_stat_hold_begin(struct held_lock *hl);
static void lock_stat_hold_end(struct held_lock *hl);
#else
static inline void lock_stat_hold_begin(struct held_lock *hl)
{
}

static inline void lock_stat_hold_end(struct held_lock *hl)
{
}
#endif

static void lockdep_graph_lock_acquire(void)
{
	futex_lock(&lockdep_graph_lock, SPINLOCK_SPINS);
}

static void lockdep_graph_lock_release(void)
{
	futex_unlock(&lockdep_graph_lock);
}

static unsigned long lockdep_key_hash(const void *key)
{
	unsigned long h = (unsigned long)key;

	h ^= h >> 15;
	h *= 0x9e3779b97f4a7c15UL;
	return (h >> 32) % LOCKDEP_HASH_SIZE;
}

/*
 * Find the class of @key; create it (named @name) when @create.
 * Returns 0 when the table is full or the class is unknown.
 */
static unsigned int lockdep_class_lookup(const void *key, const char *name,
					 bool create)
{
	unsigned long slot = lockdep_key_hash(key);
	unsigned int idx, tries;

	for (tries = 0; tries < LOCKDEP_HASH_SIZE; tries++) {
		/* Pairs with the RELEASE store that publishes a class. */
		idx = __atomic_load_n(&lock_class_hash[slot], __ATOMIC_ACQUIRE);
		if (!idx)
			break;
		if (lock_classes[idx].key == key)
			return idx;
		slot = (slot + 1) % LOCKDEP_HASH_SIZE;
	}
	if (!create)
		return 0;

	lockdep_graph_lock_acquire();
	/* Someone may have created it meanwhile: look again, under lock. */
	slot = lockdep_key_hash(key);
	for (tries = 0; tries < LOCKDEP_HASH_SIZE; tries++) {
		idx = lock_class_hash[slot];
		if (!idx || lock_classes[idx].key == key)
			break;
		slot = (slot + 1) % LOCKDEP_HASH_SIZE;
	}
	if (!idx && lock_class_count < MAX_LOCKDEP_CLASSES) {
		idx = lock_class_count;
		lock_classes[idx].key = key;
		lock_classes[idx].name = name ? name : "(unnamed)";
		/* Both pair with ACQUIRE loads of readers outside the lock. */
		__atomic_store_n(&lock_class_count, idx + 1, __ATOMIC_RELEASE);
		__atomic_store_n(&lock_class_hash[slot], idx,
				 __ATOMIC_RELEASE);
	}
	lockdep_graph_lock_release();
	WARN_ONCE(!idx, "lockdep: more than %d lock classes, order checks off\n",
		  MAX_LOCKDEP_CLASSES);
	return idx;
}

static unsigned int lockdep_map_class(struct lockdep_map *map)
{
	unsigned int idx = READ_ONCE(map->class_idx);
	const void *key;

	if (likely(idx))
		return idx;
	key = map->key ? (const void *)map->key : (const void *)map;
	idx = lockdep_class_lookup(key, map->name, true);
	/* Every writer stores the same value. */
	WRITE_ONCE(map->class_idx, idx);
	return idx;
}

#ifdef CONFIG_PROVE_LOCKING
static bool lockdep_edge(unsigned int from, unsigned int to)
{
	unsigned long word;

	word = __atomic_load_n(&lock_order[from][to / BITS_PER_LONG],
			       __ATOMIC_RELAXED);
	return word & (1UL << (to % BITS_PER_LONG));
}

/* Is @to reachable from @from in the order graph?  Under the graph lock. */
static bool lockdep_reaches(unsigned int from, unsigned int to)
{
	unsigned int head = 0, tail = 0, cur, next, w;
	unsigned long bits;

	__builtin_memset(lockdep_visited, 0, sizeof(lockdep_visited));
	lockdep_visited[from / BITS_PER_LONG] |= 1UL << (from % BITS_PER_LONG);
	lockdep_queue[tail++] = from;
	while (head < tail) {
		cur = lockdep_queue[head++];
		if (cur == to)
			return true;
		for (w = 0; w < LOCKDEP_BITMAP_LONGS; w++) {
			bits = lock_order[cur][w] & ~lockdep_visited[w];
			lockdep_visited[w] |= bits;
			while (bits) {
				next = w * BITS_PER_LONG + __builtin_ctzl(bits);
				bits &= bits - 1;
				lockdep_queue[tail++] = next;
			}
		}
	}
	return false;
}

/*
 * Record "@prev held while @next taken".  Returns false, without adding
 * the edge, when @next already reaches @prev: a possible deadlock.
 */
static bool lockdep_add_order(unsigned int prev, unsigned int next)
{
	bool cycle = false;

	if (lockdep_edge(prev, next))
		return true;

	lockdep_graph_lock_acquire();
	if (lockdep_reaches(next, prev)) {
		cycle = true;
		lockdep_inversion_count++;
	} else {
		__atomic_fetch_or(&lock_order[prev][next / BITS_PER_LONG],
				  1UL << (next % BITS_PER_LONG),
				  __ATOMIC_RELAXED);
	}
	lockdep_graph_lock_release();
	return !cycle;
}

static void lockdep_report_inversion(unsigned int prev, unsigned int next)
{
	unsigned long bit = 1UL << (next % BITS_PER_LONG);
	unsigned long *word = &lock_reported[prev][next / BITS_PER_LONG];
	bool first;

	lockdep_graph_lock_acquire();
	first = !(*word & bit);
	*word |= bit;
	lockdep_graph_lock_release();

	if (first)
		WARN(1, "possible circular locking dependency: %s taken while holding %s, but %s -> ... -> %s was seen before\n",
		     lock_classes[next].name, lock_classes[prev].name,
		     lock_classes[next].name, lock_classes[prev].name);
	else
		pr_err("lockdep: possible circular locking dependency: %s -> %s\n",
		       lock_classes[prev].name, lock_classes[next].name);
}

/* Check and record the order of @idx after every lock held. */
static void lockdep_check_order(unsigned int idx)
{
	struct held_lock *hl;
	int i;

	if (!idx)
		return;
	for (i = 0; i < lockdep_depth; i++) {
		hl = &held_locks[i];
		if (!hl->class_idx || hl->class_idx == idx)
			continue;
		if (!lockdep_add_order(hl->class_idx, idx))
			lockdep_report_inversion(hl->class_idx, idx);
	}
}
#else
static inline void lockdep_check_order(unsigned int idx)
{
}
#endif /* CONFIG_PROVE_LOCKING */

/**
 * lockdep_init_map - set up the lockdep state of a lock
 * @map: the lock's dep_map
 * @name: the lock's name, for reports
 * @key: the class key of the lock's init site
 *
 * Context: the lock is not in use.
 */
void lockdep_init_map(struct lockdep_map *map, const char *name,
		      struct lock_class_key *key)
{
	map->name = name;
	map->key = key;
	map->class_idx = 0;
#ifdef CONFIG_LOCK_STAT
	map->site = NULL;
	map->cpu = 0;
#endif
}

/**
 * lock_acquire - note that the calling thread takes (or is about to wait
 * for) a lock
 * @map: the lock's dep_map
 * @trylock: the lock was taken by a trylock (no ordering is implied)
 * @read: it is a shared (read) hold
 * @site: the call site taking it (LOCK_SITE)
 *
 * Called before blocking, so that an inversion is reported instead of
 * deadlocking silently.
 *
 * Context: any host thread.
 */
void lock_acquire(struct lockdep_map *map, int trylock, int read,
		  const char *site)
{
	unsigned int idx = lockdep_map_class(map);
	struct held_lock *hl;
	int i;

	for (i = 0; i < lockdep_depth; i++) {
		if (held_locks[i].map == map)
			WARN_ONCE(!trylock,
				  "possible recursive locking: %s already held (taken at %s), again at %s\n",
				  map->name, held_locks[i].site, site);
	}
	if (!trylock)
		lockdep_check_order(idx);

	if (lockdep_depth >= MAX_LOCK_DEPTH) {
		WARN_ONCE(1, "lockdep: more than %d locks held\n",
			  MAX_LOCK_DEPTH);
		lockdep_overflow++;
		return;
	}
	hl = &held_locks[lockdep_depth++];
	hl->map = map;
	hl->site = site;
	hl->class_idx = idx;
	hl->read = !!read;
	hl->trylock = !!trylock;
	lock_stat_hold_begin(hl);
}

/**
 * lock_release - note that the calling thread released a lock
 * @map: the lock's dep_map
 *
 * Context: the calling thread holds the lock (WARNs once otherwise).
 */
void lock_release(struct lockdep_map *map)
{
	int i;

	for (i = lockdep_depth - 1; i >= 0; i--) {
		if (held_locks[i].map != map)
			continue;
		lock_stat_hold_end(&held_locks[i]);
		for (; i < lockdep_depth - 1; i++)
			held_locks[i] = held_locks[i + 1];
		lockdep_depth--;
		return;
	}
	if (lockdep_overflow) {
		lockdep_overflow--;
		return;
	}
	WARN_ONCE(1, "bad unlock balance: %s is not held by this thread\n",
		  map->name);
}

/**
 * lock_downgrade - note that an exclusive hold became a shared one
 * @map: the lock's dep_map, held exclusively by the calling thread
 *
 * Context: the calling thread holds the lock.
 */
void lock_downgrade(struct lockdep_map *map)
{
	int i;

	for (i = lockdep_depth - 1; i >= 0; i--) {
		if (held_locks[i].map == map) {
			WARN_ON_ONCE(held_locks[i].read);
			held_locks[i].read = 1;
			return;
		}
	}
	WARN_ONCE(!lockdep_overflow, "downgrade of %s, not held\n", map->name);
}

/**
 * lock_is_held_type - does the calling thread hold a lock?
 * @map: the lock's dep_map
 * @read: LOCKDEP_HELD_ANY, LOCKDEP_HELD_WRITE or LOCKDEP_HELD_READ
 *
 * Context: any host thread.
 * Return: 1 if the calling host thread holds the lock in the given way.
 */
int lock_is_held_type(const struct lockdep_map *map, int read)
{
	int i;

	for (i = lockdep_depth - 1; i >= 0; i--) {
		if (held_locks[i].map != map)
			continue;
		return read == LOCKDEP_HELD_ANY || held_locks[i].read == read;
	}
	/* Lost track after an overflow: do not fail assertions. */
	return lockdep_overflow ? 1 : 0;
}

/**
 * lock_is_held_count - how many locks does the calling thread hold?
 *
 * Context: any host thread.
 * Return: the number of locks the calling host thread holds.
 */
int lock_is_held_count(void)
{
	return lockdep_depth + lockdep_overflow;
}

/**
 * debug_check_no_locks_held - WARN if the calling thread holds a lock
 *
 * Used at the system-call boundary and at the end of each test.
 *
 * Context: any host thread.
 */
void debug_check_no_locks_held(void)
{
	if (!lockdep_depth && !lockdep_overflow)
		return;
	WARN(1, "%d lock(s) held, innermost %s taken at %s\n",
	     lockdep_depth + lockdep_overflow,
	     lockdep_depth ? held_locks[lockdep_depth - 1].map->name : "?",
	     lockdep_depth ? held_locks[lockdep_depth - 1].site : "?");
}

/**
 * lockdep_print_held_locks - print the locks the calling thread holds
 *
 * One line per lock, outermost first, with the call site that took it.
 *
 * Context: any host thread.
 */
void lockdep_print_held_locks(void)
{
	int i;

	if (!lockdep_depth) {
		pr_err("no locks held by this thread\n");
		return;
	}
	pr_err("%d lock%s held by this thread:\n", lockdep_depth,
	       lockdep_depth == 1 ? "" : "s");
	for (i = 0; i < lockdep_depth; i++)
		pr_err(" #%d: %s%s, at: %s\n", i, held_locks[i].map->name,
		       held_locks[i].read ? " (read)" : "",
		       held_locks[i].site);
}

#ifdef CONFIG_DEBUG_LOCK_ALLOC
/**
 * debug_check_no_locks_freed - WARN if memory being freed holds a lock
 *	the calling thread holds
 * @mem: start of the memory
 * @len: its length in bytes
 *
 * Called by kfree() and kmem_cache_free() (CONFIG_DEBUG_LOCK_ALLOC).
 *
 * Context: any host thread.
 */
void debug_check_no_locks_freed(const void *mem, unsigned long len)
{
	unsigned long start = (unsigned long)mem;
	unsigned long addr;
	int i;

	for (i = 0; i < lockdep_depth; i++) {
		addr = (unsigned long)held_locks[i].map;
		if (addr >= start && addr - start < len) {
			WARN(1, "freeing memory at %p that holds %s, held since %s\n",
			     mem, held_locks[i].map->name, held_locks[i].site);
			return;
		}
	}
}
#endif

/**
 * lockdep_class_name - the name of a lock class
 * @class_idx: a class number (struct lock_stat_thread, lock_stat)
 *
 * Context: any.
 * Return: the name of the class's first lock, or "(none)".
 */
const char *lockdep_class_name(unsigned int class_idx)
{
	unsigned int count;

	/* Pairs with the RELEASE store that publishes a class. */
	count = __atomic_load_n(&lock_class_count, __ATOMIC_ACQUIRE);
	if (!class_idx || class_idx >= count)
		return "(none)";
	return lock_classes[class_idx].name;
}

#ifdef CONFIG_PROVE_LOCKING
/**
 * lockdep_declare_order - record a documented lock order (use
 *	lock_order_declare())
 * @before: a lock of the class taken first
 * @after: a lock of the class taken inside it
 *
 * Adds the edge @before -> @after to the order graph as if a thread had
 * taken them so; if the graph already has @after -> ... -> @before (the
 * code took them the other way), that is reported as an inversion.
 *
 * Context: any host thread.
 */
void lockdep_declare_order(struct lockdep_map *before,
			   struct lockdep_map *after)
{
	unsigned int prev = lockdep_map_class(before);
	unsigned int next = lockdep_map_class(after);

	if (!prev || !next || prev == next)
		return;
	if (!lockdep_add_order(prev, next))
		lockdep_report_inversion(prev, next);
}

/**
 * lockdep_inversions - how many lock-order inversions were detected
 *
 * Context: any.
 * Return: the number of times taking a lock would have closed a cycle in
 * the lock-order graph, since boot.
 */
unsigned long lockdep_inversions(void)
{
	unsigned long n;

	lockdep_graph_lock_acquire();
	n = lockdep_inversion_count;
	lockdep_graph_lock_release();
	return n;
}
#endif

#ifdef CONFIG_LOCK_STAT
/* lock_stat: relaxed atomics throughout (see the file header). */
static u64 lockstat_clock(void)
{
	return host_ops.time_ns();
}

static void lock_time_add(struct lock_time *lt, u64 time)
{
	u64 old;

	old = __atomic_load_n(&lt->max, __ATOMIC_RELAXED);
	while (time > old &&
	       !__atomic_compare_exchange_n(&lt->max, &old, time, true,
					    __ATOMIC_RELAXED, __ATOMIC_RELAXED))
		;
	/* min is 0 until the first sample: treat 0 as "none yet". */
	old = __atomic_load_n(&lt->min, __ATOMIC_RELAXED);
	while ((!old || time < old) &&
	       !__atomic_compare_exchange_n(&lt->min, &old, time ? time : 1,
					    true, __ATOMIC_RELAXED,
					    __ATOMIC_RELAXED))
		;
	__atomic_fetch_add(&lt->total, time, __ATOMIC_RELAXED);
	__atomic_fetch_add(&lt->nr, 1, __ATOMIC_RELAXED);
}

/* Count one event at @site in a points table; the first 4 sites win. */
static void lock_point_add(const char **points, unsigned long *counts,
			   const char *site)
{
	const char *cur;
	int i;

	if (!site)
		return;
	for (i = 0; i < LOCKSTAT_POINTS; i++) {
		cur = __atomic_load_n(&points[i], __ATOMIC_RELAXED);
		if (!cur &&
		    __atomic_compare_exchange_n(&points[i], &cur, site, false,
						__ATOMIC_RELAXED,
						__ATOMIC_RELAXED))
			cur = site;
		if (cur == site) {
			__atomic_fetch_add(&counts[i], 1, __ATOMIC_RELAXED);
			return;
		}
	}
}

static struct held_lock *lockdep_find_held(struct lockdep_map *map)
{
	int i;

	for (i = lockdep_depth - 1; i >= 0; i--)
		if (held_locks[i].map == map)
			return &held_locks[i];
	return NULL;
}

static void lock_stat_hold_begin(struct held_lock *hl)
{
	struct lock_stat_thread *st = lock_stat_self;

	hl->contended = 0;
	hl->holdtime_stamp = lockstat_clock();
	if (st)
		__atomic_fetch_add(&st->acquisitions, 1, __ATOMIC_RELAXED);
}

static void lock_stat_hold_end(struct held_lock *hl)
{
	struct lock_class_stats *stats = &lock_stats[hl->class_idx];
	u64 now = lockstat_clock();

	if (!hl->class_idx)
		return;
	lock_time_add(hl->read ? &stats->read_holdtime :
				 &stats->write_holdtime,
		      now - hl->holdtime_stamp);
}

static void lock_stat_thread_wait(unsigned int class_idx, u64 waittime)
{
	struct lock_stat_thread *st = lock_stat_self;
	unsigned int cur;
	u64 max;
	int i;

	if (!st)
		return;
	__atomic_fetch_add(&st->contentions, 1, __ATOMIC_RELAXED);
	__atomic_fetch_add(&st->waittime_total, waittime, __ATOMIC_RELAXED);
	/* Only this thread writes *st: load, compare, store is enough. */
	max = __atomic_load_n(&st->waittime_max, __ATOMIC_RELAXED);
	if (waittime > max)
		__atomic_store_n(&st->waittime_max, waittime, __ATOMIC_RELAXED);
	for (i = 0; i < LOCK_STAT_THREAD_CLASSES; i++) {
		cur = __atomic_load_n(&st->classes[i].class_idx,
				      __ATOMIC_RELAXED);
		if (!cur) {
			cur = class_idx;
			__atomic_store_n(&st->classes[i].class_idx, cur,
					 __ATOMIC_RELAXED);
		}
		if (cur != class_idx)
			continue;
		__atomic_fetch_add(&st->classes[i].contentions, 1,
				   __ATOMIC_RELAXED);
		__atomic_fetch_add(&st->classes[i].waittime, waittime,
				   __ATOMIC_RELAXED);
		return;
	}
}

/**
 * lock_contended - note that the calling thread waits for a lock
 * @map: the lock's dep_map; lock_acquire() was called for it
 * @site: the waiting call site (the contention point)
 *
 * Records the contention point, the holder's call site (the contending
 * point) and a bounce if another host thread took the lock last; starts
 * the wait clock that lock_acquired() stops.
 *
 * Context: any host thread, before it waits.
 */
void lock_contended(struct lockdep_map *map, const char *site)
{
	struct held_lock *hl = lockdep_find_held(map);
	struct lock_class_stats *stats;
	unsigned long cpu;

	if (!hl || !hl->class_idx)
		return;
	stats = &lock_stats[hl->class_idx];
	hl->contended = 1;
	hl->waittime_stamp = lockstat_clock();
	lock_point_add(stats->contention_point, stats->contention_count, site);
	lock_point_add(stats->contending_point, stats->contending_count,
		       READ_ONCE(map->site));
	cpu = READ_ONCE(map->cpu);
	if (cpu && cpu != host_ops.thread_self_id())
		__atomic_fetch_add(&stats->bounces[bounce_contended_write +
						   hl->read], 1,
				   __ATOMIC_RELAXED);
}

/**
 * lock_acquired - note that the calling thread now holds a lock
 * @map: the lock's dep_map; lock_acquire() was called for it
 *
 * Ends the wait that lock_contended() started, if any, starts the hold,
 * and makes the caller the lock's latest holder (call site, host thread)
 * for the next contention and bounce.
 *
 * Context: any host thread, right after taking the lock.
 */
void lock_acquired(struct lockdep_map *map)
{
	struct held_lock *hl = lockdep_find_held(map);
	unsigned long self = host_ops.thread_self_id();
	struct lock_class_stats *stats;
	u64 now, waittime;

	if (!hl || !hl->class_idx)
		return;
	stats = &lock_stats[hl->class_idx];
	now = lockstat_clock();
	if (hl->contended) {
		waittime = now - hl->waittime_stamp;
		lock_time_add(hl->read ? &stats->read_waittime :
					 &stats->write_waittime, waittime);
		lock_stat_thread_wait(hl->class_idx, waittime);
	}
	hl->holdtime_stamp = now;
	if (READ_ONCE(map->cpu) != self) {
		if (READ_ONCE(map->cpu))
			__atomic_fetch_add(&stats->bounces[bounce_acquired_write +
							   hl->read], 1,
					   __ATOMIC_RELAXED);
		WRITE_ONCE(map->cpu, self);
	}
	WRITE_ONCE(map->site, hl->site);
}

/**
 * lock_stat_nr_classes - how many lock classes exist
 *
 * Context: any.
 * Return: one more than the highest class number (class 0 is none).
 */
unsigned int lock_stat_nr_classes(void)
{
	/* Pairs with the RELEASE store that publishes a class. */
	return __atomic_load_n(&lock_class_count, __ATOMIC_ACQUIRE);
}

static void lock_time_read(const struct lock_time *src, struct lock_time *dst)
{
	dst->min = __atomic_load_n(&src->min, __ATOMIC_RELAXED);
	dst->max = __atomic_load_n(&src->max, __ATOMIC_RELAXED);
	dst->total = __atomic_load_n(&src->total, __ATOMIC_RELAXED);
	dst->nr = __atomic_load_n(&src->nr, __ATOMIC_RELAXED);
}

/**
 * lock_stat_class_read - a snapshot of one class's lock_stat
 * @class_idx: the class (1 .. lock_stat_nr_classes() - 1)
 * @snap: where to put it
 *
 * Context: any.
 * Return: false if there is no such class.
 */
bool lock_stat_class_read(unsigned int class_idx,
			  struct lock_class_stats *snap)
{
	const struct lock_class_stats *stats;
	int i;

	if (!class_idx || class_idx >= lock_stat_nr_classes())
		return false;
	stats = &lock_stats[class_idx];
	for (i = 0; i < LOCKSTAT_POINTS; i++) {
		snap->contention_point[i] =
			__atomic_load_n(&stats->contention_point[i],
					__ATOMIC_RELAXED);
		snap->contention_count[i] =
			__atomic_load_n(&stats->contention_count[i],
					__ATOMIC_RELAXED);
		snap->contending_point[i] =
			__atomic_load_n(&stats->contending_point[i],
					__ATOMIC_RELAXED);
		snap->contending_count[i] =
			__atomic_load_n(&stats->contending_count[i],
					__ATOMIC_RELAXED);
	}
	lock_time_read(&stats->read_waittime, &snap->read_waittime);
	lock_time_read(&stats->write_waittime, &snap->write_waittime);
	lock_time_read(&stats->read_holdtime, &snap->read_holdtime);
	lock_time_read(&stats->write_holdtime, &snap->write_holdtime);
	for (i = 0; i < nr_bounce_types; i++)
		snap->bounces[i] = __atomic_load_n(&stats->bounces[i],
						   __ATOMIC_RELAXED);
	return true;
}

static void lock_time_sum(struct lock_time *dst, const struct lock_time *src)
{
	if (!src->nr)
		return;
	if (!dst->nr || src->min < dst->min)
		dst->min = src->min;
	if (src->max > dst->max)
		dst->max = src->max;
	dst->total += src->total;
	dst->nr += src->nr;
}

/**
 * lock_stat_read_by_name - the lock_stat of every class with a name, summed
 * @name: the class name, as /proc/lock_stat prints it ("css_set_lock")
 * @sum: where to put the sum; its points are the first class's
 *
 * Context: any.
 * Return: false if no class has that name (@sum is then all zero).
 */
bool lock_stat_read_by_name(const char *name, struct lock_class_stats *sum)
{
	struct lock_class_stats snap;
	unsigned int idx, nr = lock_stat_nr_classes();
	bool found = false;
	int i;

	__builtin_memset(sum, 0, sizeof(*sum));
	for (idx = 1; idx < nr; idx++) {
		if (__builtin_strcmp(lock_classes[idx].name, name) ||
		    !lock_stat_class_read(idx, &snap))
			continue;
		if (!found)
			__builtin_memcpy(sum, &snap, sizeof(*sum));
		if (found) {
			lock_time_sum(&sum->read_waittime, &snap.read_waittime);
			lock_time_sum(&sum->write_waittime,
				      &snap.write_waittime);
			lock_time_sum(&sum->read_holdtime, &snap.read_holdtime);
			lock_time_sum(&sum->write_holdtime,
				      &snap.write_holdtime);
			for (i = 0; i < nr_bounce_types; i++)
				sum->bounces[i] += snap.bounces[i];
		}
		found = true;
	}
	return found;
}

/**
 * lock_stat_clear - set every class's lock_stat to zero
 *
 * What writing 0 to /proc/lock_stat does.  Acquisitions in progress are
 * counted (their holds end after the clear).
 *
 * Context: any.
 */
void lock_stat_clear(void)
{
	unsigned int idx, nr = lock_stat_nr_classes();
	unsigned long *word;
	size_t i;

	for (idx = 0; idx < nr; idx++) {
		/* Word by word, relaxed: updaters race with it harmlessly. */
		BUILD_BUG_ON(sizeof(struct lock_class_stats) %
			     sizeof(unsigned long));
		word = (unsigned long *)&lock_stats[idx];
		for (i = 0; i < sizeof(lock_stats[idx]) / sizeof(*word); i++)
			__atomic_store_n(&word[i], 0UL, __ATOMIC_RELAXED);
	}
}

/**
 * lock_stat_thread_attach - count the calling thread's acquisitions
 * @st: where to count them, zeroed by the caller; it must stay valid
 *	until lock_stat_thread_detach()
 *
 * Context: any host thread.
 */
void lock_stat_thread_attach(struct lock_stat_thread *st)
{
	lock_stat_self = st;
}

/**
 * lock_stat_thread_detach - stop lock_stat_thread_attach()'s counting
 *
 * Context: the host thread that attached.
 */
void lock_stat_thread_detach(void)
{
	lock_stat_self = NULL;
}

/**
 * lock_stat_thread_read - a snapshot of a thread's lock_stat
 * @st: what that thread counts into (lock_stat_thread_attach())
 * @snap: where to put the snapshot
 *
 * Each figure is exact; they may be a few acquisitions apart.
 *
 * Context: any host thread.
 */
void lock_stat_thread_read(const struct lock_stat_thread *st,
			   struct lock_stat_thread *snap)
{
	int i;

	snap->acquisitions = __atomic_load_n(&st->acquisitions,
					     __ATOMIC_RELAXED);
	snap->contentions = __atomic_load_n(&st->contentions,
					    __ATOMIC_RELAXED);
	snap->waittime_total = __atomic_load_n(&st->waittime_total,
					       __ATOMIC_RELAXED);
	snap->waittime_max = __atomic_load_n(&st->waittime_max,
					     __ATOMIC_RELAXED);
	for (i = 0; i < LOCK_STAT_THREAD_CLASSES; i++) {
		snap->classes[i].class_idx =
			__atomic_load_n(&st->classes[i].class_idx,
					__ATOMIC_RELAXED);
		snap->classes[i].contentions =
			__atomic_load_n(&st->classes[i].contentions,
					__ATOMIC_RELAXED);
		snap->classes[i].waittime =
			__atomic_load_n(&st->classes[i].waittime,
					__ATOMIC_RELAXED);
	}
}
#endif /* CONFIG_LOCK_STAT */
