/* SPDX-License-Identifier: GPL-2.0 */
/*
 * cache.h - the cache line, as Linux's <linux/cache.h>: its size and
 * the attribute that starts a structure member (or a variable) on a
 * line of its own.  Data written often by one CPU and read by others
 * goes on a different line from data the others write, so that one
 * CPU's writes do not take the line away from the other (false
 * sharing).  Static and stack objects get the alignment; kmalloc()
 * aligns to 16 bytes only (<linux/slab.h>), so in a heap object such a
 * member starts at the right offset but not always on a line boundary.
 */
#ifndef _LINUX_CACHE_H
#define _LINUX_CACHE_H

#include <linux/compiler.h>

/* The hosts we run on (x86-64, arm64) have 64-byte lines. */
#define L1_CACHE_SHIFT		6
#define L1_CACHE_BYTES		(1 << L1_CACHE_SHIFT)
#define SMP_CACHE_BYTES		L1_CACHE_BYTES

#define ____cacheline_aligned	__aligned(SMP_CACHE_BYTES)

#endif /* _LINUX_CACHE_H */
