/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kref.h - a reference count with a release function, on refcount_t
 * (whose ordering rules apply: the final put is ordered after every
 * earlier put, so release() sees the object as the last user left it).
 */
#ifndef _LINUX_KREF_H
#define _LINUX_KREF_H

#include <linux/compiler.h>
#include <linux/refcount.h>

/**
 * struct kref - a reference count
 * @refcount: the count
 */
struct kref {
	refcount_t refcount;
};

#define KREF_INIT(n)	{ .refcount = REFCOUNT_INIT(n) }

static inline void kref_init(struct kref *kref)
{
	refcount_set(&kref->refcount, 1);
}

static inline unsigned int kref_read(const struct kref *kref)
{
	return refcount_read(&kref->refcount);
}

static inline void kref_get(struct kref *kref)
{
	refcount_inc(&kref->refcount);
}

/**
 * kref_put - drop a reference, calling @release on the last one
 * @kref: the count
 * @release: called with @kref when the count reaches zero
 *
 * Context: any; @release runs in the caller's context.
 * Return: 1 if @release ran, 0 otherwise.
 */
static inline int kref_put(struct kref *kref,
			   void (*release)(struct kref *kref))
{
	if (refcount_dec_and_test(&kref->refcount)) {
		release(kref);
		return 1;
	}
	return 0;
}

/**
 * kref_get_unless_zero - take a reference unless the count is zero
 * @kref: the count, in an object found under RCU or a lookup lock
 *
 * Context: any.
 * Return: nonzero if a reference was taken.
 */
static inline int __must_check kref_get_unless_zero(struct kref *kref)
{
	return refcount_inc_not_zero(&kref->refcount);
}

#endif /* _LINUX_KREF_H */
