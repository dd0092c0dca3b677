// SPDX-License-Identifier: GPL-2.0
/*
 * lockdep.c - lockdep-lite: held-lock tracking and lock-order checking.
 *
 * Held locks: each host thread keeps a stack of the locks it holds
 * (held_locks[], MAX_LOCK_DEPTH entries, kernel-side __thread storage).
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
 * Locks taken and their ordering:
 *  lockdep_graph_lock (a futex lock word, not itself tracked) protects
 *  class creation and edge insertion; it is a leaf.
 */
#include <linux/kernel.h>
#include <linux/lockdep.h>
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
	unsigned int class_idx;
	unsigned char read;
	unsigned char trylock;
};

static __thread struct held_lock held_locks[MAX_LOCK_DEPTH];
static __thread int lockdep_depth;
/* Acquisitions not recorded because the stack was full. */
static __thread int lockdep_overflow;
/* Its address is the calling thread's lock owner token. */
static __thread char lockdep_owner_anchor;

/* lockdep_graph_lock protects everything down to lock_reported. */
static unsigned int lockdep_graph_lock;
static struct lock_class lock_classes[MAX_LOCKDEP_CLASSES];
static unsigned int lock_class_count = 1;	/* index 0 is "no class" */
/* Class index by key hash; 0 = empty.  Written once per slot. */
static unsigned int lock_class_hash[LOCKDEP_HASH_SIZE];
/* lock_order[a] has bit b set when a -> b was seen (written under lock). */
static unsigned long lock_order[MAX_LOCKDEP_CLASSES][LOCKDEP_BITMAP_LONGS];
/* lock_reported[a] has bit b set once "b taken under a" was reported. */
static unsigned long lock_reported[MAX_LOCKDEP_CLASSES][LOCKDEP_BITMAP_LONGS];
/* Scratch space of lockdep_reaches(), used under lockdep_graph_lock. */
static unsigned long lockdep_visited[LOCKDEP_BITMAP_LONGS];
static unsigned int lockdep_queue[MAX_LOCKDEP_CLASSES];

static unsigned long lockdep_inversion_count;

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
		idx = lock_class_count++;
		lock_classes[idx].key = key;
		lock_classes[idx].name = name ? name : "(unnamed)";
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
	map->owner = 0;
}

/**
 * lock_acquire - note that the calling thread takes (or is about to wait
 * for) a lock
 * @map: the lock's dep_map
 * @trylock: the lock was taken by a trylock (no ordering is implied)
 * @read: it is a shared (read) hold
 *
 * Called before blocking, so that an inversion is reported instead of
 * deadlocking silently.
 *
 * Context: any host thread.
 */
void lock_acquire(struct lockdep_map *map, int trylock, int read)
{
	unsigned int idx = lockdep_map_class(map);
	struct held_lock *hl;
	int i;

	for (i = 0; i < lockdep_depth; i++) {
		hl = &held_locks[i];
		if (hl->map == map) {
			WARN_ONCE(!trylock,
				  "possible recursive locking: %s already held\n",
				  map->name);
			continue;
		}
		if (trylock || !idx || !hl->class_idx || hl->class_idx == idx)
			continue;
		if (!lockdep_add_order(hl->class_idx, idx))
			lockdep_report_inversion(hl->class_idx, idx);
	}

	if (lockdep_depth >= MAX_LOCK_DEPTH) {
		WARN_ONCE(1, "lockdep: more than %d locks held\n",
			  MAX_LOCK_DEPTH);
		lockdep_overflow++;
		return;
	}
	hl = &held_locks[lockdep_depth++];
	hl->map = map;
	hl->class_idx = idx;
	hl->read = !!read;
	hl->trylock = !!trylock;
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
 * lock_owner_token - identify the calling host thread as a lock owner
 *
 * Context: any host thread.
 * Return: a nonzero value unique to the calling host thread while it
 * lives (the address of a thread-local variable).
 */
unsigned long lock_owner_token(void)
{
	return (unsigned long)&lockdep_owner_anchor;
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
	WARN(1, "%d lock(s) held, innermost %s\n",
	     lockdep_depth + lockdep_overflow,
	     lockdep_depth ? held_locks[lockdep_depth - 1].map->name : "?");
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
