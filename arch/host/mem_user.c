// SPDX-License-Identifier: GPL-2.0
/*
 * mem_user.c - the kernel's memory: malloc() with a live-object counter,
 * and with CONFIG_FAILSLAB a fault injector and a registry of allocation
 * call sites.
 *
 * Every allocation names its call site ("kernel/cgroup.c:1234", a string
 * literal made by the kmalloc() macros).  The injector can fail:
 *  - the Nth allocation of the calling host thread (fail-nth, as Linux's
 *    /proc/self/fail-nth), or
 *  - the allocations of the calling host thread whose site equals a given
 *    string, a given number of times or until disarmed, or
 *  - allocations of the calling host thread at random, one in N on
 *    average, from a seeded generator of that thread, at every site or at
 *    one (as Linux's failslab with a probability, for the torture test).
 * All are per host thread, so a test arms them for itself only and other
 * threads (the RCU callback worker, torture threads) are never disturbed.
 * Each thread also counts the failures injected into it.
 *
 * The site registry counts calls and failures per site for the whole
 * program, so a test can list every site a code path reached and then
 * fail each one in turn.
 *
 * The live counts (objects, and bytes as malloc_usable_size() counts
 * them) are kept per host thread: every kmalloc() and kfree() of every
 * thread wrote two shared counters before, a cache line that all CPUs
 * fought over.  Each thread adds to and subtracts from its own struct
 * mem_counts (an object freed by another thread than its allocator's
 * makes one count go up and another down), and a reader sums them:
 *  - host_mem_live() and host_mem_bytes() add, under mem_threads_lock,
 *    the counts of every registered thread to those of the threads that
 *    have exited (mem_gone), into which a thread's counts are folded,
 *    under the same lock, when it exits (the destructor of a pthread key;
 *    a free or an allocation after that goes to mem_gone directly).  So a
 *    sum never misses a thread's counts nor counts them twice.
 *  - A count is written only by its thread, with relaxed atomic stores,
 *    and read by the summing thread with relaxed atomic loads.  The sum is
 *    exact when the threads that allocate and free are idle and their last
 *    update happened before the sum (the kthreads_quiesce() of the KUnit
 *    runner and of the torture test waits on locks the ending threads
 *    release, which orders their updates before it): what the leak
 *    checks count at (Documentation/dev-tools/kunit.txt section 3).  While
 *    threads allocate, it is a sum of counts each exact at some moment of
 *    the read, as the two shared counters' reads were.
 *  - The peak (host_mem_peak_bytes(), for the benchmarks' peak memory of
 *    one operation): each thread keeps the highest value of its own byte
 *    count since the last reset, and the peak is the total at the reset
 *    plus every thread's highest rise above its count at the reset.  That
 *    is exactly the peak when one thread allocates during the measured
 *    operation (the benchmark's writer; others only free, the RCU callback
 *    worker) and an upper bound otherwise.
 *
 * Locks taken and their ordering:
 *  site_registry_lock serialises insertions into site_table (lookups are
 *  lock-free: a bucket's chain only grows, by a release store of its head,
 *  and is read with acquire loads).  It nests inside nothing the kernel
 *  holds that could matter: it is a leaf taken by the host only.
 *  mem_threads_lock protects the list of registered threads, mem_gone and
 *  the reset state of the peak; a leaf too.
 */
#include <malloc.h>
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "host-internal.h"

/*
 * struct mem_counts - one host thread's share of the live counts
 * @objects: objects it allocated less those it freed (may be negative)
 * @bytes: the same in bytes, as malloc_usable_size() counts them
 * @peak: the highest @bytes since the reset of generation @peak_gen
 * @peak_gen: mem_peak_gen when @peak was last restarted
 * @reset_bytes: @bytes at the last reset (written by the resetter)
 * @next, @prev: mem_threads, under mem_threads_lock
 *
 * The first five are written by their thread only (@reset_bytes by the
 * resetter, under mem_threads_lock), with relaxed atomic stores.
 */
struct mem_counts {
	long objects;
	long bytes;
	long peak;
	unsigned long peak_gen;
	long reset_bytes;
	struct mem_counts *next, *prev;
};

enum { MEM_SELF_NEW, MEM_SELF_COUNTED, MEM_SELF_GONE };

static __thread struct mem_counts mem_self;
static __thread int mem_self_state;

static pthread_mutex_t mem_threads_lock = PTHREAD_MUTEX_INITIALIZER;
static struct mem_counts mem_threads = { .next = &mem_threads,
					 .prev = &mem_threads };
/*
 * The exited threads' counts, and what threads count after their exit
 * (atomics); @peak here is the highest rise of the exited threads since
 * the reset.
 */
static struct mem_counts mem_gone;
static unsigned long mem_peak_gen;	/* mem_threads_lock; read relaxed */
static long mem_reset_total;		/* mem_threads_lock */
static pthread_key_t mem_self_key;
static pthread_once_t mem_self_once = PTHREAD_ONCE_INIT;

static long mem_load(const long *p)
{
	return __atomic_load_n(p, __ATOMIC_RELAXED);
}

static void mem_store(long *p, long v)
{
	__atomic_store_n(p, v, __ATOMIC_RELAXED);
}

/* @c's rise above its count at the last reset, 0 if none (the lock). */
static long mem_rise(const struct mem_counts *c, unsigned long gen)
{
	long rise;

	if (__atomic_load_n(&c->peak_gen, __ATOMIC_RELAXED) != gen)
		return 0;
	rise = mem_load(&c->peak) - mem_load(&c->reset_bytes);
	return rise > 0 ? rise : 0;
}

/* The key's destructor: fold the exiting thread's counts into mem_gone. */
static void mem_self_fold(void *arg)
{
	struct mem_counts *c = arg;

	pthread_mutex_lock(&mem_threads_lock);
	c->prev->next = c->next;
	c->next->prev = c->prev;
	__atomic_fetch_add(&mem_gone.objects, mem_load(&c->objects),
			   __ATOMIC_RELAXED);
	__atomic_fetch_add(&mem_gone.bytes, mem_load(&c->bytes),
			   __ATOMIC_RELAXED);
	mem_gone.peak += mem_rise(c, mem_peak_gen);
	mem_self_state = MEM_SELF_GONE;
	pthread_mutex_unlock(&mem_threads_lock);
}

static void mem_self_key_create(void)
{
	if (pthread_key_create(&mem_self_key, mem_self_fold))
		abort();
}

/* This thread's counts, registered on first use; NULL once it exited. */
static struct mem_counts *mem_self_get(void)
{
	if (__builtin_expect(mem_self_state == MEM_SELF_COUNTED, 1))
		return &mem_self;
	if (mem_self_state == MEM_SELF_GONE)
		return NULL;
	pthread_once(&mem_self_once, mem_self_key_create);
	pthread_mutex_lock(&mem_threads_lock);
	mem_self.peak_gen = mem_peak_gen;
	mem_self.next = mem_threads.next;
	mem_self.prev = &mem_threads;
	mem_threads.next->prev = &mem_self;
	mem_threads.next = &mem_self;
	mem_self_state = MEM_SELF_COUNTED;
	pthread_mutex_unlock(&mem_threads_lock);
	/* after registering: a destructor that runs must find it listed */
	if (pthread_setspecific(mem_self_key, &mem_self))
		abort();
	return &mem_self;
}

/* Count @objects objects of @bytes bytes (negative: freed) for this thread. */
static void mem_count(long objects, long bytes)
{
	struct mem_counts *c = mem_self_get();
	unsigned long gen;
	long now;

	if (!c) {
		__atomic_fetch_add(&mem_gone.objects, objects,
				   __ATOMIC_RELAXED);
		__atomic_fetch_add(&mem_gone.bytes, bytes, __ATOMIC_RELAXED);
		return;
	}
	now = mem_load(&c->bytes) + bytes;
	mem_store(&c->objects, mem_load(&c->objects) + objects);
	mem_store(&c->bytes, now);
	if (bytes <= 0)
		return;
	gen = __atomic_load_n(&mem_peak_gen, __ATOMIC_RELAXED);
	if (c->peak_gen != gen) {
		mem_store(&c->peak, now);
		__atomic_store_n(&c->peak_gen, gen, __ATOMIC_RELAXED);
	} else if (now > mem_load(&c->peak)) {
		mem_store(&c->peak, now);
	}
}

/* The sum of every thread's @field, mem_gone's included (the lock). */
static long mem_sum(size_t offset)
{
	const struct mem_counts *c;
	long sum;

	sum = mem_load((const long *)((const char *)&mem_gone + offset));
	for (c = mem_threads.next; c != &mem_threads; c = c->next)
		sum += mem_load((const long *)((const char *)c + offset));
	return sum;
}

static long mem_sum_locked(size_t offset)
{
	long sum;

	pthread_mutex_lock(&mem_threads_lock);
	sum = mem_sum(offset);
	pthread_mutex_unlock(&mem_threads_lock);
	return sum;
}

#ifdef CONFIG_FAILSLAB
/* Per-host-thread fault injection state: only its own thread touches it. */
static __thread unsigned long fail_nth_countdown;
static __thread const char *fail_site_name;
static __thread long fail_site_times;
static __thread unsigned long call_nth_countdown;
static __thread void (*call_nth_fn)(void *arg);
static __thread void *call_nth_arg;
static __thread unsigned long fail_random_one_in;	/* 0: off */
static __thread unsigned long long fail_random_state;	/* xorshift64 */
static __thread const char *fail_random_site;		/* NULL: any */
static __thread unsigned long fail_injected;

struct site_entry {
	const char *site;		/* immutable after publication */
	unsigned long calls;		/* atomic, relaxed: a statistic */
	unsigned long failed;		/* atomic, relaxed: a statistic */
	struct site_entry *next;	/* immutable after publication */
};

#define SITE_HASH_BITS	12
#define SITE_HASH_SIZE	4096UL	/* 2^SITE_HASH_BITS */

/*
 * site_table is keyed by the address of the site string: the kmalloc()
 * macros pass a literal, so one call site has one address (a site in an
 * inline function may have several; host_fault_sites() merges them).
 */
static struct site_entry *site_table[SITE_HASH_SIZE];
/* site_registry_lock protects insertions into site_table and site_count. */
static pthread_mutex_t site_registry_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned long site_count;

static unsigned long site_hash(const char *site)
{
	unsigned long h = (unsigned long)site;

	h ^= h >> 17;
	h *= 0x9e3779b97f4a7c15UL;
	return h >> (64 - SITE_HASH_BITS);
}

static struct site_entry *site_lookup(struct site_entry **bucket,
				      const char *site)
{
	struct site_entry *e;

	/* Pairs with the release store in site_get(). */
	for (e = __atomic_load_n(bucket, __ATOMIC_ACQUIRE); e; e = e->next)
		if (e->site == site)
			return e;
	return NULL;
}

/* Find or create the registry entry of @site; NULL if out of memory. */
static struct site_entry *site_get(const char *site)
{
	struct site_entry **bucket = &site_table[site_hash(site)];
	struct site_entry *e;

	e = site_lookup(bucket, site);
	if (e)
		return e;

	pthread_mutex_lock(&site_registry_lock);
	e = site_lookup(bucket, site);
	if (!e) {
		e = calloc(1, sizeof(*e));
		if (e) {
			e->site = site;
			e->next = *bucket;
			/* Publish a fully built entry to site_lookup(). */
			__atomic_store_n(bucket, e, __ATOMIC_RELEASE);
			site_count++;
		}
	}
	pthread_mutex_unlock(&site_registry_lock);
	return e;
}

/* The next number of this thread's generator (Marsaglia's xorshift64). */
static unsigned long long fail_random_next(void)
{
	unsigned long long x = fail_random_state;

	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	fail_random_state = x;
	return x;
}

/* Decide whether the injector fails this allocation of this thread. */
static int fault_should_fail(const char *site)
{
	if (fail_nth_countdown && --fail_nth_countdown == 0)
		return 1;

	if (fail_site_name && fail_site_times &&
	    strcmp(fail_site_name, site) == 0) {
		if (fail_site_times > 0 && --fail_site_times == 0)
			fail_site_name = NULL;
		return 1;
	}

	if (fail_random_one_in &&
	    (!fail_random_site || strcmp(fail_random_site, site) == 0))
		return fail_random_next() % fail_random_one_in == 0;
	return 0;
}

/*
 * Count the call at @site and decide whether the injector fails it:
 * Linux's should_failslab().
 */
static int failslab(const char *site)
{
	struct site_entry *e = site_get(site);
	int fail;

	if (e)
		__atomic_fetch_add(&e->calls, 1, __ATOMIC_RELAXED);
	fail = fault_should_fail(site);
	if (fail) {
		if (e)
			__atomic_fetch_add(&e->failed, 1, __ATOMIC_RELAXED);
		fail_injected++;
	}
	return fail;
}

/* fault_call_nth(): the action at the nth allocation, before it */
static void fault_call(void)
{
	if (call_nth_countdown && --call_nth_countdown == 0) {
		void (*fn)(void *arg) = call_nth_fn;

		call_nth_fn = NULL;
		fn(call_nth_arg);
	}
}
#else /* !CONFIG_FAILSLAB */
static inline int failslab(const char *site)
{
	return 0;
}

static inline void fault_call(void)
{
}
#endif /* !CONFIG_FAILSLAB */

void *host_mem_alloc(unsigned long size, int zero, const char *site)
{
	void *ptr;

	fault_call(); /* first, with no lock of ours held: it may allocate */
	if (!site)
		site = "?";
	if (failslab(site))
		return NULL;

	/* malloc(0) may return NULL, which would read as a failure. */
	if (!size)
		size = 1;
	ptr = zero ? calloc(1, size) : malloc(size);
	if (ptr)
		mem_count(1, malloc_usable_size(ptr));
	return ptr;
}

void host_mem_free(void *ptr)
{
	if (!ptr)
		return;
	mem_count(-1, -(long)malloc_usable_size(ptr));
	free(ptr);
}

unsigned long host_mem_size(const void *ptr)
{
	return ptr ? malloc_usable_size((void *)ptr) : 0;
}

long host_mem_bytes(void)
{
	return mem_sum_locked(offsetof(struct mem_counts, bytes));
}

long host_mem_peak_bytes(int reset)
{
	struct mem_counts *c;
	long peak;

	pthread_mutex_lock(&mem_threads_lock);
	peak = mem_reset_total + mem_gone.peak;
	for (c = mem_threads.next; c != &mem_threads; c = c->next)
		peak += mem_rise(c, mem_peak_gen);
	if (reset) {
		__atomic_store_n(&mem_peak_gen, mem_peak_gen + 1,
				 __ATOMIC_RELAXED);
		mem_reset_total = mem_sum(offsetof(struct mem_counts, bytes));
		mem_gone.peak = 0;
		for (c = mem_threads.next; c != &mem_threads; c = c->next)
			mem_store(&c->reset_bytes, mem_load(&c->bytes));
	}
	pthread_mutex_unlock(&mem_threads_lock);
	return peak;
}

long host_mem_live(void)
{
	return mem_sum_locked(offsetof(struct mem_counts, objects));
}

#ifdef CONFIG_FAILSLAB
void host_fault_fail_nth(unsigned long nth)
{
	fail_nth_countdown = nth;
}

void host_fault_fail_site(const char *site, long times)
{
	fail_site_name = times ? site : NULL;
	fail_site_times = site ? times : 0;
}

void host_fault_call_nth(unsigned long nth, void (*fn)(void *arg), void *arg)
{
	call_nth_countdown = fn ? nth : 0;
	call_nth_fn = fn;
	call_nth_arg = arg;
}

void host_fault_fail_random(unsigned long long seed, unsigned long one_in,
			    const char *site)
{
	fail_random_one_in = one_in;
	fail_random_site = one_in ? site : NULL;
	/* xorshift64 never leaves 0: any seed, 0 included, starts elsewhere */
	fail_random_state = seed ^ 0x9e3779b97f4a7c15ULL;
	if (!fail_random_state)
		fail_random_state = 1;
}

unsigned long host_fault_injected(void)
{
	return fail_injected;
}

int host_fault_armed(void)
{
	return fail_nth_countdown || fail_site_name || fail_random_one_in;
}

static int site_entry_cmp(const void *a, const void *b)
{
	const struct site_entry *const *ea = a;
	const struct site_entry *const *eb = b;

	return strcmp((*ea)->site, (*eb)->site);
}

unsigned long host_fault_sites(struct host_fault_site *sites,
			       unsigned long max)
{
	struct site_entry **all, *e;
	unsigned long i, n = 0, distinct = 0;

	pthread_mutex_lock(&site_registry_lock);
	all = malloc((site_count ? site_count : 1) * sizeof(*all));
	if (!all) {
		pthread_mutex_unlock(&site_registry_lock);
		return 0;
	}
	for (i = 0; i < SITE_HASH_SIZE; i++)
		for (e = site_table[i]; e; e = e->next)
			all[n++] = e;
	pthread_mutex_unlock(&site_registry_lock);

	qsort(all, n, sizeof(*all), site_entry_cmp);
	for (i = 0; i < n; i++) {
		unsigned long calls, failed;

		calls = __atomic_load_n(&all[i]->calls, __ATOMIC_RELAXED);
		failed = __atomic_load_n(&all[i]->failed, __ATOMIC_RELAXED);
		/* The same site string at several addresses: one site. */
		if (i && strcmp(all[i - 1]->site, all[i]->site) == 0) {
			if (distinct <= max) {
				sites[distinct - 1].calls += calls;
				sites[distinct - 1].failed += failed;
			}
			continue;
		}
		if (distinct < max) {
			sites[distinct].site = all[i]->site;
			sites[distinct].calls = calls;
			sites[distinct].failed = failed;
		}
		distinct++;
	}
	free(all);
	return distinct;
}
#endif /* CONFIG_FAILSLAB */
