/* SPDX-License-Identifier: GPL-2.0 */
/*
 * cache.h - the cache line, as Linux's <linux/cache.h>: its size and
 * the attribute that starts an object on a line of its own.  Data that
 * one CPU writes often and others only read goes on a different line
 * from what the others write, so that the writes of one do not take the
 * line away from the other (false sharing).
 *
 * ____cacheline_aligned is for variables.  On a structure member it
 * would make the whole structure require that alignment, which
 * kmalloc() does not give (16 bytes, <linux/slab.h>; UBSan reports the
 * misaligned objects): a structure that is also allocated pads its hot
 * fields to SMP_CACHE_BYTES instead (a union with a char array, as
 * struct css_set does), and its static instances are aligned.
 */
#ifndef _LINUX_CACHE_H
#define _LINUX_CACHE_H

#include <linux/compiler.h>
#include <linux/bitops.h>

/* The hosts we run on (x86-64, arm64) have 64-byte lines. */
#define L1_CACHE_SHIFT		6
#define L1_CACHE_BYTES		BIT(L1_CACHE_SHIFT)
#define SMP_CACHE_BYTES		L1_CACHE_BYTES

#define ____cacheline_aligned	__aligned(SMP_CACHE_BYTES)

#endif /* _LINUX_CACHE_H */
