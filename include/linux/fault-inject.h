/* SPDX-License-Identifier: GPL-2.0 */
/*
 * fault-inject.h - make allocations fail on purpose, for tests
 * (CONFIG_FAILSLAB, lib/Kconfig.debug; the KUnit suites depend on it).
 * Without CONFIG_FAILSLAB these compile to nothing, and no allocation
 * fails on purpose.
 *
 * The injector lives in the host allocator and is per host thread: it
 * fails allocations made by the thread that armed it, and no other.
 *
 *	fail_nth_set(n)		the n-th allocation from now fails (1: the
 *				next one); 0 disarms.  As Linux's
 *				/proc/self/fail-nth.
 *	fail_site_set(s, t)	allocations whose site (ALLOC_SITE of
 *				<linux/slab.h>, "file:line") equals s fail,
 *				t times (-1: until disarmed); NULL disarms.
 *	fail_random_set(seed, n, s)
 *				allocations fail at random, one in n, from
 *				a generator seeded with seed; at site s
 *				only, or at every site (s NULL); n 0
 *				disarms.  As Linux's failslab probability.
 *	fail_injected()		failures injected into this thread so far.
 *	fail_sites(buf, max)	the global site registry, sorted by name:
 *				calls and injected failures per site.
 *	fault_call_nth(n, fn, arg)
 *				at the n-th allocation from now, call
 *				fn(arg) on this thread, then allocate: a
 *				race forced at an exact point.
 */
#ifndef _LINUX_FAULT_INJECT_H
#define _LINUX_FAULT_INJECT_H

#include <linux/types.h>
#include <host_ops.h>

#ifdef CONFIG_FAILSLAB

/**
 * fail_nth_set - fail the n-th allocation of the calling host thread
 * @nth: 1 for the next allocation, 2 for the one after, ...; 0 disarms
 *
 * Context: any host thread.
 */
static inline void fail_nth_set(unsigned long nth)
{
	host_ops.fault_fail_nth(nth);
}

/**
 * fail_site_set - fail the calling thread's allocations from one site
 * @site: "file:line" of the allocation, as ALLOC_SITE makes it; NULL
 *	disarms
 * @times: how many allocations to fail; -1 for all until disarmed
 *
 * Context: any host thread.  @site must stay valid while armed.
 */
static inline void fail_site_set(const char *site, long times)
{
	host_ops.fault_fail_site(site, times);
}

/**
 * fault_call_nth - do something at the n-th allocation of this thread
 * @nth: 1 for the next allocation, 2 for the one after, ...; 0 disarms
 * @fn: called, on this thread, just before that allocation is made (the
 *	countdown is disarmed first, so @fn may allocate); NULL disarms
 * @arg: its argument
 *
 * A test sweeps n = 1, 2, ... to make an action (a move, a write to a
 * control file) land at each allocation point of a code path in turn,
 * as fail_nth_set() makes each of them fail.  @fn runs under whatever
 * locks the allocating code holds: it must not take them.
 *
 * Context: any host thread.
 */
static inline void fault_call_nth(unsigned long nth, void (*fn)(void *arg),
				  void *arg)
{
	host_ops.fault_call_nth(nth, fn, arg);
}

/**
 * fail_random_set - fail the calling thread's allocations at random
 * @seed: seeds this thread's generator: the same seed, over the same
 *	sequence of allocations, fails the same ones
 * @one_in: each allocation fails with probability 1/@one_in; 0 disarms
 * @site: only allocations of this site ("file:line") may fail; NULL:
 *	every site.  Must stay valid while armed.
 *
 * For torture runs (Documentation/torture.txt): every path that
 * allocates is exercised in its failure branch while the rest of the
 * system races with it.
 *
 * Context: any host thread.
 */
static inline void fail_random_set(unsigned long long seed,
				   unsigned long one_in, const char *site)
{
	host_ops.fault_fail_random(seed, one_in, site);
}

/**
 * fail_injected - failures the injector made in this thread
 *
 * Context: any host thread; about the calling thread only.
 * Return: how many allocations of this thread were failed on purpose
 *	since it started, by any mode.
 */
static inline unsigned long fail_injected(void)
{
	return host_ops.fault_injected();
}

/**
 * fault_injection_armed - is a fail-nth countdown, a site filter or
 *	random failures armed?
 *
 * Context: any host thread; about the calling thread only.
 * Return: nonzero while something is armed for the calling thread.
 */
static inline int fault_injection_armed(void)
{
	return host_ops.fault_armed();
}

/**
 * fail_sites - list the allocation sites seen since boot
 * @sites: where to copy up to @max entries, sorted by site name
 * @max: capacity of @sites
 *
 * Context: any host thread; may sleep.
 * Return: the number of distinct sites known (may exceed @max).
 */
static inline unsigned long fail_sites(struct host_fault_site *sites,
				       unsigned long max)
{
	return host_ops.fault_sites(sites, max);
}

#else /* !CONFIG_FAILSLAB */

/* Without the injector nothing is armed and no allocation fails. */
static inline void fail_nth_set(unsigned long nth)
{
}

static inline void fail_site_set(const char *site, long times)
{
}

static inline void fail_random_set(unsigned long long seed,
				   unsigned long one_in, const char *site)
{
}

static inline unsigned long fail_injected(void)
{
	return 0;
}

static inline void fault_call_nth(unsigned long nth, void (*fn)(void *arg),
				  void *arg)
{
}

static inline int fault_injection_armed(void)
{
	return 0;
}

static inline unsigned long fail_sites(struct host_fault_site *sites,
				       unsigned long max)
{
	return 0;
}

#endif /* !CONFIG_FAILSLAB */

#endif /* _LINUX_FAULT_INJECT_H */
