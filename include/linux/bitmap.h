/* SPDX-License-Identifier: GPL-2.0 */
/*
 * bitmap.h - operations on bitmaps of any length (arrays of unsigned
 * long, bit 0 in the low bit of word 0).
 *
 * Bits at or above @nbits in the last word are "don't care": the
 * operations never report them (weight, empty, equal, ...), although
 * some may write them.  None of these is atomic except the single-bit
 * set_bit()/clear_bit() family from <linux/bitops.h>; callers provide
 * locking.
 *
 * The list format ("0-3,5,8-15:2/4") is the one of cpuset.cpus and
 * /proc/<pid>/status Cpus_allowed_list.
 */
#ifndef _LINUX_BITMAP_H
#define _LINUX_BITMAP_H

#include <linux/bitops.h>
#include <linux/string.h>
#include <linux/types.h>

#define DECLARE_BITMAP(name, bits) unsigned long name[BITS_TO_LONGS(bits)]

/* Mask of the valid bits in the last word of an @nbits bitmap. */
#define BITMAP_LAST_WORD_MASK(nbits) (~0UL >> (-(nbits) & (BITS_PER_LONG - 1)))

static inline void bitmap_zero(unsigned long *dst, unsigned int nbits)
{
	memset(dst, 0, BITS_TO_LONGS(nbits) * sizeof(unsigned long));
}

static inline void bitmap_fill(unsigned long *dst, unsigned int nbits)
{
	memset(dst, 0xff, BITS_TO_LONGS(nbits) * sizeof(unsigned long));
}

static inline void bitmap_copy(unsigned long *dst, const unsigned long *src,
			       unsigned int nbits)
{
	memcpy(dst, src, BITS_TO_LONGS(nbits) * sizeof(unsigned long));
}

bool bitmap_and(unsigned long *dst, const unsigned long *src1,
		const unsigned long *src2, unsigned int nbits);
void bitmap_or(unsigned long *dst, const unsigned long *src1,
	       const unsigned long *src2, unsigned int nbits);
void bitmap_xor(unsigned long *dst, const unsigned long *src1,
		const unsigned long *src2, unsigned int nbits);
bool bitmap_andnot(unsigned long *dst, const unsigned long *src1,
		   const unsigned long *src2, unsigned int nbits);
void bitmap_complement(unsigned long *dst, const unsigned long *src,
		       unsigned int nbits);
bool bitmap_equal(const unsigned long *src1, const unsigned long *src2,
		  unsigned int nbits);
bool bitmap_intersects(const unsigned long *src1, const unsigned long *src2,
		       unsigned int nbits);
bool bitmap_subset(const unsigned long *src1, const unsigned long *src2,
		   unsigned int nbits);
bool bitmap_empty(const unsigned long *src, unsigned int nbits);
bool bitmap_full(const unsigned long *src, unsigned int nbits);
unsigned int bitmap_weight(const unsigned long *src, unsigned int nbits);
void bitmap_set(unsigned long *map, unsigned int start, unsigned int len);
void bitmap_clear(unsigned long *map, unsigned int start, unsigned int len);

int bitmap_parselist(const char *buf, unsigned long *maskp, int nmaskbits);
int bitmap_print_list(char *buf, size_t size, const unsigned long *maskp,
		      unsigned int nmaskbits);
int bitmap_print_mask(char *buf, size_t size, const unsigned long *maskp,
		      unsigned int nmaskbits);

/* The 2011 name of bitmap_print_list(), kept for code of that era. */
static inline int bitmap_scnlistprintf(char *buf, unsigned int buflen,
				       const unsigned long *maskp,
				       int nmaskbits)
{
	return bitmap_print_list(buf, buflen, maskp, nmaskbits);
}

#endif /* _LINUX_BITMAP_H */
