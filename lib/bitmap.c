// SPDX-License-Identifier: GPL-2.0
/*
 * bitmap.c - bitmap operations, the find_*_bit() searches, and the
 * list format parser and printer ("0-3,5").
 *
 * No locks: callers own or lock the bitmaps they pass.
 */
#include <linux/bitmap.h>
#include <linux/ctype.h>
#include <linux/errno.h>
#include <linux/kernel.h>

#include "lib-internal.h"

/* Search for a set bit in the words of @addr XORed with @invert. */
static unsigned long find_next(const unsigned long *addr, unsigned long size,
			       unsigned long offset, unsigned long invert)
{
	unsigned long word;

	if (offset >= size)
		return size;
	word = (addr[BIT_WORD(offset)] ^ invert) &
	       (~0UL << (offset % BITS_PER_LONG));
	offset -= offset % BITS_PER_LONG;
	while (!word) {
		offset += BITS_PER_LONG;
		if (offset >= size)
			return size;
		word = addr[BIT_WORD(offset)] ^ invert;
	}
	offset += __ffs(word);
	return offset < size ? offset : size;
}

/**
 * find_next_bit - the next set bit at or after an offset
 * @addr: the bitmap
 * @size: its size in bits
 * @offset: where to start searching
 *
 * Context: Any context.
 * Return: the index of the next set bit, or @size if there is none.
 */
unsigned long find_next_bit(const unsigned long *addr, unsigned long size,
			    unsigned long offset)
{
	return find_next(addr, size, offset, 0);
}

/**
 * find_next_zero_bit - the next clear bit at or after an offset
 * @addr: the bitmap
 * @size: its size in bits
 * @offset: where to start searching
 *
 * Context: Any context.
 * Return: the index of the next clear bit, or @size if there is none.
 */
unsigned long find_next_zero_bit(const unsigned long *addr,
				 unsigned long size, unsigned long offset)
{
	return find_next(addr, size, offset, ~0UL);
}

/**
 * bitmap_and - @dst = @src1 & @src2
 * @dst: the result
 * @src1: an operand
 * @src2: an operand
 * @nbits: the bitmaps' size in bits
 *
 * Context: Any context.
 * Return: true if the result has any bit set.
 */
bool bitmap_and(unsigned long *dst, const unsigned long *src1,
		const unsigned long *src2, unsigned int nbits)
{
	unsigned int k, lim = BITS_TO_LONGS(nbits);
	unsigned long any = 0;

	for (k = 0; k < lim; k++)
		dst[k] = src1[k] & src2[k];
	for (k = 0; k + 1 < lim; k++)
		any |= dst[k];
	if (lim)
		any |= dst[lim - 1] & BITMAP_LAST_WORD_MASK(nbits);
	return any != 0;
}

/**
 * bitmap_or - @dst = @src1 | @src2
 * @dst: the result
 * @src1: an operand
 * @src2: an operand
 * @nbits: the bitmaps' size in bits
 *
 * Context: Any context.
 */
void bitmap_or(unsigned long *dst, const unsigned long *src1,
	       const unsigned long *src2, unsigned int nbits)
{
	unsigned int k;

	for (k = 0; k < BITS_TO_LONGS(nbits); k++)
		dst[k] = src1[k] | src2[k];
}

/**
 * bitmap_xor - @dst = @src1 ^ @src2
 * @dst: the result
 * @src1: an operand
 * @src2: an operand
 * @nbits: the bitmaps' size in bits
 *
 * Context: Any context.
 */
void bitmap_xor(unsigned long *dst, const unsigned long *src1,
		const unsigned long *src2, unsigned int nbits)
{
	unsigned int k;

	for (k = 0; k < BITS_TO_LONGS(nbits); k++)
		dst[k] = src1[k] ^ src2[k];
}

/**
 * bitmap_andnot - @dst = @src1 & ~@src2
 * @dst: the result
 * @src1: an operand
 * @src2: the bits to remove
 * @nbits: the bitmaps' size in bits
 *
 * Context: Any context.
 * Return: true if the result has any bit set.
 */
bool bitmap_andnot(unsigned long *dst, const unsigned long *src1,
		   const unsigned long *src2, unsigned int nbits)
{
	unsigned int k;

	for (k = 0; k < BITS_TO_LONGS(nbits); k++)
		dst[k] = src1[k] & ~src2[k];
	return !bitmap_empty(dst, nbits);
}

/**
 * bitmap_complement - @dst = ~@src
 * @dst: the result
 * @src: the operand
 * @nbits: the bitmaps' size in bits
 *
 * Context: Any context.
 */
void bitmap_complement(unsigned long *dst, const unsigned long *src,
		       unsigned int nbits)
{
	unsigned int k;

	for (k = 0; k < BITS_TO_LONGS(nbits); k++)
		dst[k] = ~src[k];
}

/* How bitmap_any() combines a word of each operand. */
enum bitmap_op {
	BITMAP_OP_XOR,		/* a bit differs */
	BITMAP_OP_AND,		/* a bit is in both */
	BITMAP_OP_ANDNOT,	/* a bit is in @src1 only */
};

/*
 * Does @op yield a set bit among the first @nbits?  The last word is
 * masked, so bits beyond @nbits never count.
 */
static bool bitmap_any(const unsigned long *src1, const unsigned long *src2,
		       unsigned int nbits, enum bitmap_op op)
{
	unsigned int k, lim = BITS_TO_LONGS(nbits);

	for (k = 0; k < lim; k++) {
		unsigned long word;

		switch (op) {
		case BITMAP_OP_XOR:
			word = src1[k] ^ src2[k];
			break;
		case BITMAP_OP_AND:
			word = src1[k] & src2[k];
			break;
		default:
			word = src1[k] & ~src2[k];
			break;
		}
		if (k == lim - 1)
			word &= BITMAP_LAST_WORD_MASK(nbits);
		if (word)
			return true;
	}
	return false;
}

/**
 * bitmap_equal - are two bitmaps equal?
 * @src1: a bitmap
 * @src2: a bitmap
 * @nbits: their size in bits
 *
 * Context: Any context.
 * Return: true if the first @nbits bits are equal.
 */
bool bitmap_equal(const unsigned long *src1, const unsigned long *src2,
		  unsigned int nbits)
{
	return !bitmap_any(src1, src2, nbits, BITMAP_OP_XOR);
}

/**
 * bitmap_intersects - do two bitmaps share a set bit?
 * @src1: a bitmap
 * @src2: a bitmap
 * @nbits: their size in bits
 *
 * Context: Any context.
 * Return: true if some bit is set in both.
 */
bool bitmap_intersects(const unsigned long *src1, const unsigned long *src2,
		       unsigned int nbits)
{
	return bitmap_any(src1, src2, nbits, BITMAP_OP_AND);
}

/**
 * bitmap_subset - is every bit of @src1 also set in @src2?
 * @src1: the candidate subset
 * @src2: the candidate superset
 * @nbits: their size in bits
 *
 * Context: Any context.
 * Return: true if @src1 is a subset of @src2.
 */
bool bitmap_subset(const unsigned long *src1, const unsigned long *src2,
		   unsigned int nbits)
{
	return !bitmap_any(src1, src2, nbits, BITMAP_OP_ANDNOT);
}

/**
 * bitmap_empty - is no bit set?
 * @src: the bitmap
 * @nbits: its size in bits
 *
 * Context: Any context.
 * Return: true if none of the first @nbits bits is set.
 */
bool bitmap_empty(const unsigned long *src, unsigned int nbits)
{
	return find_first_bit(src, nbits) >= nbits;
}

/**
 * bitmap_full - is every bit set?
 * @src: the bitmap
 * @nbits: its size in bits
 *
 * Context: Any context.
 * Return: true if all of the first @nbits bits are set.
 */
bool bitmap_full(const unsigned long *src, unsigned int nbits)
{
	return find_first_zero_bit(src, nbits) >= nbits;
}

/**
 * bitmap_weight - count the set bits
 * @src: the bitmap
 * @nbits: its size in bits
 *
 * Context: Any context.
 * Return: the number of set bits among the first @nbits.
 */
unsigned int bitmap_weight(const unsigned long *src, unsigned int nbits)
{
	unsigned int k, w = 0;

	for (k = 0; k < nbits / BITS_PER_LONG; k++)
		w += hweight_long(src[k]);
	if (nbits % BITS_PER_LONG)
		w += hweight_long(src[k] & BITMAP_LAST_WORD_MASK(nbits));
	return w;
}

/**
 * bitmap_set - set a range of bits
 * @map: the bitmap
 * @start: the first bit to set
 * @len: the number of bits to set
 *
 * Context: Any context.
 */
void bitmap_set(unsigned long *map, unsigned int start, unsigned int len)
{
	while (len--)
		__set_bit(start++, map);
}

/**
 * bitmap_clear - clear a range of bits
 * @map: the bitmap
 * @start: the first bit to clear
 * @len: the number of bits to clear
 *
 * Context: Any context.
 */
void bitmap_clear(unsigned long *map, unsigned int start, unsigned int len)
{
	while (len--)
		__clear_bit(start++, map);
}

/*
 * One region of a list: start[-end[:used/group_len]], meaning "in
 * start..end, the first @used bits of every @group_len".
 */
struct region {
	unsigned int start;
	unsigned int end;
	unsigned int used;
	unsigned int group_len;
};

static bool end_of_list(char c)
{
	return c == '\0' || c == '\n';
}

static bool end_of_region(char c)
{
	return end_of_list(c) || c == ',' || isspace(c);
}

/*
 * Parse a decimal number, or "N" for the last bit.  -EINVAL when there
 * is no number, -ERANGE when it does not fit in 32 bits.
 */
static int get_number(const char **str, unsigned int lastbit,
		      unsigned int *num)
{
	unsigned long long n;
	unsigned int len;

	if (**str == 'N') {
		*num = lastbit;
		(*str)++;
		return 0;
	}
	len = _parse_integer(*str, 10, &n);
	if (!len)
		return -EINVAL;
	if ((len & KSTRTOX_OVERFLOW) || n > U32_MAX)
		return -ERANGE;
	*num = n;
	*str += len;
	return 0;
}

static int parse_region(const char **str, struct region *r,
			unsigned int lastbit)
{
	int ret;

	ret = get_number(str, lastbit, &r->start);
	if (ret)
		return ret;
	r->end = r->start;
	r->used = 1;
	r->group_len = 1;
	if (**str == '-') {
		(*str)++;
		ret = get_number(str, lastbit, &r->end);
		if (ret)
			return ret;
		r->group_len = r->end - r->start + 1;
		r->used = r->group_len;
		if (**str == ':') {
			(*str)++;
			ret = get_number(str, lastbit, &r->used);
			if (ret)
				return ret;
			if (**str != '/')
				return -EINVAL;
			(*str)++;
			ret = get_number(str, lastbit, &r->group_len);
			if (ret)
				return ret;
		}
	}
	if (!end_of_region(**str))
		return -EINVAL;
	if (r->start > r->end || r->group_len == 0 || r->used > r->group_len)
		return -EINVAL;
	return 0;
}

/**
 * bitmap_parselist - parse a list of bits and ranges into a bitmap
 * @buf: the list, e.g. "0-3,5" or "0-15:2/4" (the first 2 of every 4 in
 *	0-15); "N" names the last bit; regions are separated by commas and
 *	may be surrounded by whitespace; an optional newline ends the list
 * @maskp: the bitmap, cleared and then filled
 * @nmaskbits: its size in bits
 *
 * An empty list is valid and yields an empty bitmap.
 *
 * Context: Any context.
 * Return: 0, -EINVAL for a syntax error or a backwards range ("3-1"), or
 * -ERANGE when a bit is beyond @nmaskbits.  On error @maskp holds the
 * regions parsed before the bad one.
 */
int bitmap_parselist(const char *buf, unsigned long *maskp, int nmaskbits)
{
	unsigned int lastbit = nmaskbits > 0 ? nmaskbits - 1 : 0;
	struct region r;
	unsigned int bit;
	int ret;

	bitmap_zero(maskp, nmaskbits);
	for (;;) {
		while (!end_of_list(*buf) && end_of_region(*buf))
			buf++;
		if (end_of_list(*buf))
			return 0;
		ret = parse_region(&buf, &r, lastbit);
		if (ret)
			return ret;
		if (r.end >= (unsigned int)nmaskbits)
			return -ERANGE;
		for (bit = r.start; bit <= r.end; bit++)
			if ((bit - r.start) % r.group_len < r.used)
				__set_bit(bit, maskp);
	}
}

/**
 * bitmap_print_list - print a bitmap in list format
 * @buf: the output buffer, always NUL-terminated when @size is not zero
 * @size: its size
 * @maskp: the bitmap
 * @nmaskbits: its size in bits
 *
 * Prints "0-3,5" (ranges of consecutive bits); an empty bitmap prints "".
 * No trailing newline.
 *
 * Context: Any context.
 * Return: the number of bytes stored, excluding the NUL (as scnprintf()).
 */
int bitmap_print_list(char *buf, size_t size, const unsigned long *maskp,
		      unsigned int nmaskbits)
{
	unsigned int start, end;
	int len = 0;

	if (size)
		buf[0] = '\0';
	start = find_first_bit(maskp, nmaskbits);
	while (start < nmaskbits) {
		end = find_next_zero_bit(maskp, nmaskbits, start + 1) - 1;
		if (len)
			len += scnprintf(buf + len, size - len, ",");
		if (start == end)
			len += scnprintf(buf + len, size - len, "%u", start);
		else
			len += scnprintf(buf + len, size - len, "%u-%u",
					 start, end);
		start = find_next_bit(maskp, nmaskbits, end + 1);
	}
	return len;
}

/**
 * bitmap_print_mask - print a bitmap as hex words
 * @buf: the output buffer, always NUL-terminated when @size is not zero
 * @size: its size
 * @maskp: the bitmap
 * @nmaskbits: its size in bits
 *
 * Prints 32-bit groups in hex, most significant first, separated by
 * commas, the first group only as wide as @nmaskbits needs: for 4 bits
 * with bits 0 and 1 set, "3"; for 40 bits all set, "ff,ffffffff".
 *
 * Context: Any context.
 * Return: the number of bytes stored, excluding the NUL.
 */
int bitmap_print_mask(char *buf, size_t size, const unsigned long *maskp,
		      unsigned int nmaskbits)
{
	int chunk, nchunks = DIV_ROUND_UP(nmaskbits, 32);
	int len = 0;

	if (size)
		buf[0] = '\0';
	for (chunk = nchunks - 1; chunk >= 0; chunk--) {
		unsigned int bit = chunk * 32;
		unsigned int width = min(32U, nmaskbits - bit);
		u32 val = (maskp[BIT_WORD(bit)] >> (bit % BITS_PER_LONG)) &
			  (width == 32 ? U32_MAX : (1U << width) - 1);

		len += scnprintf(buf + len, size - len, "%s%0*x",
				 len ? "," : "",
				 (int)DIV_ROUND_UP(width, 4), val);
	}
	return len;
}
