// SPDX-License-Identifier: GPL-2.0
/*
 * bsearch.c - binary search in a sorted array.  No locks.
 */
#include <linux/bsearch.h>

/**
 * bsearch - find an element in a sorted array
 * @key: what to look for, passed as @cmp's first argument
 * @base: the first element of an array sorted by @cmp
 * @num: the number of elements
 * @size: the size of one element in bytes
 * @cmp: compares @key with an element
 *
 * Context: Any context.
 * Return: a matching element (any one, if several match), or NULL.
 */
void *bsearch(const void *key, const void *base, size_t num, size_t size,
	      cmp_func_t cmp)
{
	const char *lo = base;

	while (num > 0) {
		const char *mid = lo + (num / 2) * size;
		int result = cmp(key, mid);

		if (result == 0)
			return (void *)mid;
		if (result > 0) {
			lo = mid + size;
			num -= num / 2 + 1;
		} else {
			num /= 2;
		}
	}
	return NULL;
}
