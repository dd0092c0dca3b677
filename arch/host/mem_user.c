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
 * Locks taken and their ordering:
 *  site_registry_lock serialises insertions into site_table (lookups are
 *  lock-free: a bucket's chain only grows, by a release store of its head,
 *  and is read with acquire loads).  It nests inside nothing the kernel
 *  holds that could matter: it is a leaf taken by the host only.
 */
#include <malloc.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "host-internal.h"

/* Objects handed out by host_mem_alloc() and not yet freed. */
static long mem_live_objects;

/*
 * Their bytes, as malloc_usable_size() counts them (the request rounded
 * up to glibc's chunk size, without its 8-byte header), and the highest
 * value this reached since the last host_mem_peak_bytes(1): how the
 * benchmarks measure the peak memory of one operation.
 */
static long mem_live_bytes;
static long mem_peak_bytes;

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
	if (ptr) {
		long bytes = malloc_usable_size(ptr), now, peak;

		__atomic_fetch_add(&mem_live_objects, 1, __ATOMIC_RELAXED);
		now = __atomic_add_fetch(&mem_live_bytes, bytes,
					 __ATOMIC_RELAXED);
		peak = __atomic_load_n(&mem_peak_bytes, __ATOMIC_RELAXED);
		while (now > peak &&
		       !__atomic_compare_exchange_n(&mem_peak_bytes, &peak, now,
						    1, __ATOMIC_RELAXED,
						    __ATOMIC_RELAXED))
			;
	}
	return ptr;
}

void host_mem_free(void *ptr)
{
	if (!ptr)
		return;
	__atomic_fetch_sub(&mem_live_objects, 1, __ATOMIC_RELAXED);
	__atomic_fetch_sub(&mem_live_bytes, (long)malloc_usable_size(ptr),
			   __ATOMIC_RELAXED);
	free(ptr);
}

unsigned long host_mem_size(const void *ptr)
{
	return ptr ? malloc_usable_size((void *)ptr) : 0;
}

long host_mem_bytes(void)
{
	return __atomic_load_n(&mem_live_bytes, __ATOMIC_RELAXED);
}

long host_mem_peak_bytes(int reset)
{
	long peak = __atomic_load_n(&mem_peak_bytes, __ATOMIC_RELAXED);

	if (reset)
		__atomic_store_n(&mem_peak_bytes,
				 __atomic_load_n(&mem_live_bytes,
						 __ATOMIC_RELAXED),
				 __ATOMIC_RELAXED);
	return peak;
}

long host_mem_live(void)
{
	return __atomic_load_n(&mem_live_objects, __ATOMIC_RELAXED);
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
