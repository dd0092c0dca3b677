// SPDX-License-Identifier: GPL-2.0
/*
 * slab_test.c - KUnit suite "slab": the kmalloc() family, kmem_cache,
 * the live-object counter and the fault injector.
 *
 * The injector is per host thread, so a case arms it for itself and
 * checks that a helper host thread is not affected.
 */
#include <kunit/test.h>
#include <linux/fault-inject.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <host_ops.h>

/* One allocation site; *@site gets its name (same line, same site). */
#define slab_test_site_alloc(site)	({ *(site) = ALLOC_SITE; kmalloc(16, GFP_KERNEL); })

static const char *slab_test_alloc(void **p)
{
	const char *site;

	*p = slab_test_site_alloc(&site);
	return site;
}

/* fail_nth_set(2) fails exactly the second allocation of this thread. */
static void slab_fail_nth(struct kunit *test)
{
	long live = host_ops.mem_live();
	void *p1, *p2, *p3;

	fail_nth_set(2);
	KUNIT_EXPECT_TRUE(test, fault_injection_armed());
	p1 = kmalloc(8, GFP_KERNEL);
	p2 = kmalloc(8, GFP_KERNEL);
	p3 = kmalloc(8, GFP_KERNEL);
	KUNIT_EXPECT_FALSE(test, fault_injection_armed());
	KUNIT_EXPECT_NOT_NULL(test, p1);
	KUNIT_EXPECT_NULL(test, p2);
	KUNIT_EXPECT_NOT_NULL(test, p3);
	kfree(p1);
	kfree(p2);
	kfree(p3);

	fail_nth_set(1);
	fail_nth_set(0);
	KUNIT_EXPECT_FALSE(test, fault_injection_armed());
	p1 = kmalloc(8, GFP_KERNEL);
	KUNIT_EXPECT_NOT_NULL(test, p1);
	kfree(p1);
	KUNIT_EXPECT_EQ(test, host_ops.mem_live(), live);
}

struct slab_call {
	long live_at_call;	/* objects live when the action ran */
	int calls;
	void *p;		/* the action's own allocation */
};

static void slab_call_fn(void *arg)
{
	struct slab_call *sc = arg;

	sc->live_at_call = host_ops.mem_live();
	sc->calls++;
	sc->p = kmalloc(8, GFP_KERNEL);	/* may allocate: disarmed */
}

/*
 * fault_call_nth(2, ...) runs the action once, just before the second
 * allocation of this thread, which then succeeds.
 */
static void slab_call_nth(struct kunit *test)
{
	long live = host_ops.mem_live();
	struct slab_call sc = { };
	void *p1, *p2, *p3;

	fault_call_nth(2, slab_call_fn, &sc);
	p1 = kmalloc(8, GFP_KERNEL);
	KUNIT_EXPECT_EQ(test, sc.calls, 0);
	p2 = kmalloc(8, GFP_KERNEL);
	KUNIT_EXPECT_EQ(test, sc.calls, 1);
	KUNIT_EXPECT_EQ(test, sc.live_at_call, live + 1);
	p3 = kmalloc(8, GFP_KERNEL);
	KUNIT_EXPECT_EQ(test, sc.calls, 1);
	KUNIT_EXPECT_TRUE(test, p1 && p2 && p3 && sc.p);
	kfree(p1);
	kfree(p2);
	kfree(p3);
	kfree(sc.p);

	fault_call_nth(1, slab_call_fn, &sc);
	fault_call_nth(0, NULL, NULL);
	p1 = kmalloc(8, GFP_KERNEL);
	KUNIT_EXPECT_EQ(test, sc.calls, 1);
	kfree(p1);
	KUNIT_EXPECT_EQ(test, host_ops.mem_live(), live);
}

static void slab_test_other_thread(void *arg)
{
	void **p = arg;

	*p = kmalloc(8, GFP_KERNEL);
}

/* The injector of one host thread does not fail another's allocations. */
static void slab_fail_nth_per_thread(struct kunit *test)
{
	struct host_thread *thread;
	void *theirs = NULL, *mine;

	fail_nth_set(1);
	thread = host_ops.thread_create(slab_test_other_thread, &theirs, 0);
	if (thread)
		host_ops.thread_join(thread);
	mine = kmalloc(8, GFP_KERNEL);
	KUNIT_EXPECT_NOT_NULL(test, thread);
	KUNIT_EXPECT_NOT_NULL(test, theirs);
	KUNIT_EXPECT_NULL(test, mine);
	kfree(theirs);
	kfree(mine);
}

/* fail_site_set() fails that site only, the given number of times. */
static void slab_fail_site(struct kunit *test)
{
	long live = host_ops.mem_live();
	const char *site;
	void *p, *other;
	int i, failed = 0;

	site = slab_test_alloc(&p);
	KUNIT_ASSERT_NOT_NULL(test, p);
	kfree(p);

	fail_site_set(site, 2);
	for (i = 0; i < 4; i++) {
		other = kmalloc(8, GFP_KERNEL);
		KUNIT_EXPECT_NOT_NULL(test, other);
		kfree(other);
		slab_test_alloc(&p);
		if (!p)
			failed++;
		kfree(p);
	}
	KUNIT_EXPECT_EQ(test, failed, 2);
	KUNIT_EXPECT_FALSE(test, fault_injection_armed());

	fail_site_set(site, -1);
	for (i = 0; i < 3; i++) {
		slab_test_alloc(&p);
		KUNIT_EXPECT_NULL(test, p);
	}
	KUNIT_EXPECT_TRUE(test, fault_injection_armed());
	fail_site_set(NULL, 0);
	KUNIT_EXPECT_FALSE(test, fault_injection_armed());
	slab_test_alloc(&p);
	KUNIT_EXPECT_NOT_NULL(test, p);
	kfree(p);
	KUNIT_EXPECT_EQ(test, host_ops.mem_live(), live);
}

#define SLAB_RANDOM_N	400

/*
 * @n kmalloc()s from slab_test_alloc()'s site with fail_random_set(@seed,
 * 4, @site) armed, a kmalloc() from another site between each two;
 * failed[i] says whether the i-th failed.  Return: how many failed.
 */
static int slab_random_run(struct kunit *test, unsigned long long seed,
			   const char *site, bool *failed)
{
	unsigned long injected = fail_injected();
	int i, n = 0;
	void *p, *other;

	fail_random_set(seed, 4, site);
	KUNIT_EXPECT_TRUE(test, fault_injection_armed());
	for (i = 0; i < SLAB_RANDOM_N; i++) {
		slab_test_alloc(&p);
		failed[i] = !p;
		n += failed[i];
		kfree(p);
		other = kmalloc(8, GFP_KERNEL);
		if (site)
			KUNIT_EXPECT_NOT_NULL(test, other);
		n += !other;
		kfree(other);
	}
	fail_random_set(0, 0, NULL);
	KUNIT_EXPECT_FALSE(test, fault_injection_armed());
	KUNIT_EXPECT_EQ(test, fail_injected() - injected, (unsigned long)n);
	return n;
}

/*
 * fail_random_set(): the same seed fails the same allocations; a site
 * filter spares every other site; the failures are counted by
 * fail_injected(); disarmed, nothing fails.  (The counts are exact for a
 * seed: the generator is this thread's alone, and only this case
 * allocates on it.)
 */
static void slab_fail_random(struct kunit *test)
{
	bool *first, *again;
	const char *site;
	int n, i;
	long live;
	void *p;

	first = kunit_kcalloc(test, SLAB_RANDOM_N, sizeof(bool), GFP_KERNEL);
	again = kunit_kcalloc(test, SLAB_RANDOM_N, sizeof(bool), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, first);
	KUNIT_ASSERT_NOT_NULL(test, again);
	live = host_ops.mem_live();
	site = slab_test_alloc(&p);
	kfree(p);

	/* every site: both kinds of allocation fail now and then */
	n = slab_random_run(test, 42, NULL, first);
	KUNIT_EXPECT_GT(test, n, 0);
	KUNIT_EXPECT_LT(test, n, 2 * SLAB_RANDOM_N);
	/* one site; the same seed again: the same pattern */
	n = slab_random_run(test, 7, site, first);
	KUNIT_EXPECT_GT(test, n, 0);
	KUNIT_EXPECT_LT(test, n, SLAB_RANDOM_N);
	KUNIT_EXPECT_EQ(test, slab_random_run(test, 7, site, again), n);
	for (i = 0; i < SLAB_RANDOM_N; i++)
		KUNIT_EXPECT_EQ_MSG(test, first[i], again[i], "alloc %d", i);
	/* another seed: another pattern */
	slab_random_run(test, 8, site, again);
	KUNIT_EXPECT_NE(test, memcmp(first, again, SLAB_RANDOM_N), 0);

	slab_test_alloc(&p);
	KUNIT_EXPECT_NOT_NULL(test, p);
	kfree(p);
	KUNIT_EXPECT_EQ(test, host_ops.mem_live(), live);
}

/* The site registry lists a site with its calls and failures. */
static void slab_fail_sites_registry(struct kunit *test)
{
	struct host_fault_site *sites;
	unsigned long n, i, max;
	const char *site;
	void *p;
	bool found = false;

	site = slab_test_alloc(&p);
	kfree(p);
	fail_nth_set(1);
	slab_test_alloc(&p);
	KUNIT_EXPECT_NULL(test, p);

	max = fail_sites(NULL, 0) + 16;
	sites = kcalloc(max, sizeof(*sites), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, sites);
	n = fail_sites(sites, max);
	KUNIT_EXPECT_LE(test, n, max);
	for (i = 0; i < n && i < max; i++) {
		if (i)
			KUNIT_EXPECT_LT(test, strcmp(sites[i - 1].site,
						     sites[i].site), 0);
		if (strcmp(sites[i].site, site))
			continue;
		found = true;
		KUNIT_EXPECT_GE(test, sites[i].calls, 2UL);
		KUNIT_EXPECT_GE(test, sites[i].failed, 1UL);
	}
	KUNIT_EXPECT_TRUE(test, found);
	kfree(sites);
}

static void slab_kmalloc_family(struct kunit *test)
{
	long live = host_ops.mem_live();
	static const char text[] = "cgroup.procs";
	unsigned char *zeroed;
	char *copy;
	int i;

	KUNIT_EXPECT_NULL(test, kmalloc_array(SIZE_MAX / 2, 4, GFP_KERNEL));
	KUNIT_EXPECT_NULL(test, kcalloc(SIZE_MAX / 8, 16, GFP_KERNEL));

	zeroed = kcalloc(64, 1, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, zeroed);
	for (i = 0; i < 64; i++)
		KUNIT_EXPECT_EQ(test, zeroed[i], 0);
	kfree(zeroed);

	copy = kstrdup(text, GFP_KERNEL);
	KUNIT_EXPECT_STREQ(test, copy ? copy : "", text);
	kfree(copy);
	copy = kstrndup(text, 6, GFP_KERNEL);
	KUNIT_EXPECT_STREQ(test, copy ? copy : "", "cgroup");
	kfree(copy);
	copy = kmemdup(text, sizeof(text), GFP_KERNEL);
	KUNIT_EXPECT_STREQ(test, copy ? copy : "", text);
	kfree(copy);
	KUNIT_EXPECT_NULL(test, kstrdup(NULL, GFP_KERNEL));
	kfree(NULL);
	KUNIT_EXPECT_EQ(test, host_ops.mem_live(), live);
}

struct slab_test_obj {
	int magic;
	char pad[20];
};

static void slab_test_ctor(void *obj)
{
	((struct slab_test_obj *)obj)->magic = 0x5ab;
}

static void slab_kmem_cache(struct kunit *test)
{
	long live = host_ops.mem_live();
	struct kmem_cache *cache;
	struct slab_test_obj *a, *b;

	cache = kmem_cache_create("slab_test_obj",
				  sizeof(struct slab_test_obj), 0, 0,
				  slab_test_ctor);
	KUNIT_ASSERT_NOT_NULL(test, cache);
	a = kmem_cache_alloc(cache, GFP_KERNEL);
	b = kmem_cache_zalloc(cache, GFP_KERNEL);
	KUNIT_EXPECT_EQ(test, a ? a->magic : 0, 0x5ab);
	KUNIT_EXPECT_EQ(test, b ? b->magic : 0, 0x5ab);
	KUNIT_EXPECT_EQ(test, host_ops.mem_live(), live + 3);
	kmem_cache_free(cache, a);
	kmem_cache_free(cache, b);
	kmem_cache_destroy(cache);
	KUNIT_EXPECT_EQ(test, host_ops.mem_live(), live);

	cache = KMEM_CACHE(slab_test_obj, 0);
	KUNIT_ASSERT_NOT_NULL(test, cache);
	fail_nth_set(1);
	KUNIT_EXPECT_NULL(test, kmem_cache_alloc(cache, GFP_KERNEL));
	kmem_cache_destroy(cache);
	KUNIT_EXPECT_EQ(test, host_ops.mem_live(), live);
}

static struct kunit_case slab_cases[] = {
	KUNIT_CASE(slab_fail_nth),
	KUNIT_CASE(slab_fail_nth_per_thread),
	KUNIT_CASE(slab_call_nth),
	KUNIT_CASE(slab_fail_site),
	KUNIT_CASE(slab_fail_sites_registry),
	KUNIT_CASE(slab_fail_random),
	KUNIT_CASE(slab_kmalloc_family),
	KUNIT_CASE(slab_kmem_cache),
	{}
};

static struct kunit_suite slab_suite = {
	.name = "slab",
	.test_cases = slab_cases,
};

kunit_test_suite(slab_suite);
