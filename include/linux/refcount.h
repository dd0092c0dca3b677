/* SPDX-License-Identifier: GPL-2.0 */
/*
 * refcount.h - refcount_t: a reference count that refuses to wrap.
 *
 * As in Linux: incrementing from zero (a use after free) or overflowing,
 * and decrementing below zero, WARN once and leave the count saturated
 * at REFCOUNT_SATURATED, where it stays: the object leaks instead of
 * being freed while in use.
 *
 * Ordering: increments are relaxed (the caller already holds a reference
 * or the lookup's lock/RCU orders it).  Decrements are RELEASE, and the
 * decrement that reaches zero is also ACQUIRE (ACQ_REL, not a separate
 * fence, so ThreadSanitizer sees it), so the freeing path happens after
 * every other holder's last access.  inc_not_zero is ACQUIRE on success.
 */
#ifndef _LINUX_REFCOUNT_H
#define _LINUX_REFCOUNT_H

#include <linux/compiler.h>
#include <linux/types.h>
#include <linux/bug.h>
#include <linux/atomic.h>

/**
 * typedef refcount_t - a saturating reference count
 * @refs: the count (atomic)
 */
typedef struct refcount_struct {
	atomic_t refs;
} refcount_t;

#define REFCOUNT_INIT(n)	{ .refs = ATOMIC_INIT(n) }
#define REFCOUNT_MAX		INT_MAX
#define REFCOUNT_SATURATED	(INT_MIN / 2)

static inline void refcount_set(refcount_t *r, int n)
{
	atomic_set(&r->refs, n);
}

static inline unsigned int refcount_read(const refcount_t *r)
{
	return atomic_read(&r->refs);
}

/* A bad operation on @r: saturate it and report. */
static inline void refcount_warn_saturate(refcount_t *r, const char *what)
{
	atomic_set(&r->refs, REFCOUNT_SATURATED);
	WARN_ONCE(1, "refcount_t: %s\n", what);
}

static inline void refcount_add(int i, refcount_t *r)
{
	int old = __atomic_fetch_add(&r->refs.counter, i, __ATOMIC_RELAXED);

	if (unlikely(!old))
		refcount_warn_saturate(r, "addition on 0; use-after-free");
	else if (unlikely(old < 0 || old + i < 0))
		refcount_warn_saturate(r, "saturated; leaking memory");
}

static inline void refcount_inc(refcount_t *r)
{
	refcount_add(1, r);
}

static inline __must_check bool refcount_add_not_zero(int i, refcount_t *r)
{
	int old = atomic_read(&r->refs);

	do {
		if (!old)
			return false;
		if (unlikely(old < 0))
			return true;	/* saturated: stays saturated */
	} while (!__atomic_compare_exchange_n(&r->refs.counter, &old, old + i,
					      true, __ATOMIC_ACQUIRE,
					      __ATOMIC_RELAXED));
	if (unlikely(old + i < 0))
		refcount_warn_saturate(r, "saturated; leaking memory");
	return true;
}

static inline __must_check bool refcount_inc_not_zero(refcount_t *r)
{
	return refcount_add_not_zero(1, r);
}

static inline __must_check bool refcount_sub_and_test(int i, refcount_t *r)
{
	int old = __atomic_fetch_sub(&r->refs.counter, i, __ATOMIC_ACQ_REL);

	if (old == i)
		return true;
	if (unlikely(old < 0 || old - i < 0))
		refcount_warn_saturate(r, "underflow; use-after-free");
	return false;
}

static inline __must_check bool refcount_dec_and_test(refcount_t *r)
{
	return refcount_sub_and_test(1, r);
}

/* Drop a reference that is known not to be the last one. */
static inline void refcount_dec(refcount_t *r)
{
	int old = __atomic_fetch_sub(&r->refs.counter, 1, __ATOMIC_RELEASE);

	if (unlikely(old <= 1))
		refcount_warn_saturate(r, "decrement hit 0; leaking memory");
}

static inline __must_check bool refcount_dec_not_one(refcount_t *r)
{
	int old = atomic_read(&r->refs);

	do {
		if (unlikely(old == REFCOUNT_SATURATED))
			return true;
		if (old == 1)
			return false;
		if (unlikely(old <= 0)) {
			refcount_warn_saturate(r, "underflow; use-after-free");
			return true;
		}
	} while (!__atomic_compare_exchange_n(&r->refs.counter, &old, old - 1,
					      true, __ATOMIC_RELEASE,
					      __ATOMIC_RELAXED));
	return true;
}

#endif /* _LINUX_REFCOUNT_H */
