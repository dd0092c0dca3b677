// SPDX-License-Identifier: GPL-2.0
/*
 * sort.c - heapsort for arrays of any element size.
 *
 * Heapsort needs no memory and has no quadratic worst case, which is why
 * the kernel uses it: a pid list sorted for cgroup.procs may be large and
 * adversarially ordered.  It is not stable.
 *
 * No locks: the caller owns the array.
 */
#include <linux/kernel.h>
#include <linux/sort.h>

static void swap_words_64(void *a, void *b, int size)
{
	u64 *x = a, *y = b, t;

	for (; size > 0; size -= 8, x++, y++) {
		t = *x;
		*x = *y;
		*y = t;
	}
}

static void swap_words_32(void *a, void *b, int size)
{
	u32 *x = a, *y = b, t;

	for (; size > 0; size -= 4, x++, y++) {
		t = *x;
		*x = *y;
		*y = t;
	}
}

static void swap_bytes(void *a, void *b, int size)
{
	char *x = a, *y = b, t;

	for (; size > 0; size--, x++, y++) {
		t = *x;
		*x = *y;
		*y = t;
	}
}

/* Pick the widest swap the element size and the base alignment allow. */
static swap_func_t default_swap(const void *base, size_t size)
{
	unsigned long align = (unsigned long)base | size;

	if (!(align & 7))
		return swap_words_64;
	if (!(align & 3))
		return swap_words_32;
	return swap_bytes;
}

struct sort_ops {
	cmp_func_t cmp;
	cmp_r_func_t cmp_r;
	const void *priv;
};

static int do_cmp(const struct sort_ops *ops, const void *a, const void *b)
{
	if (ops->cmp)
		return ops->cmp(a, b);
	return ops->cmp_r(a, b, ops->priv);
}

/* Move the element at index @root down the max-heap of @n elements. */
static void sift_down(char *base, size_t root, size_t n, size_t size,
		      const struct sort_ops *ops, swap_func_t swap_func)
{
	for (;;) {
		size_t child = 2 * root + 1;

		if (child >= n)
			return;
		if (child + 1 < n &&
		    do_cmp(ops, base + child * size,
			   base + (child + 1) * size) < 0)
			child++;
		if (do_cmp(ops, base + root * size, base + child * size) >= 0)
			return;
		swap_func(base + root * size, base + child * size, size);
		root = child;
	}
}

static void heapsort(void *base, size_t num, size_t size,
		     const struct sort_ops *ops, swap_func_t swap_func)
{
	size_t i;

	if (num < 2 || !size)
		return;
	if (!swap_func)
		swap_func = default_swap(base, size);

	for (i = num / 2; i-- > 0;)
		sift_down(base, i, num, size, ops, swap_func);
	for (i = num - 1; i > 0; i--) {
		swap_func(base, (char *)base + i * size, size);
		sift_down(base, 0, i, size, ops, swap_func);
	}
}

/**
 * sort - sort an array in place
 * @base: the first element
 * @num: the number of elements
 * @size: the size of one element in bytes
 * @cmp_func: the comparison
 * @swap_func: how to exchange two elements, or NULL for a byte-wise (or
 *	word-wise, when aligned) exchange
 *
 * Context: Any context; does not sleep or allocate.
 */
void sort(void *base, size_t num, size_t size, cmp_func_t cmp_func,
	  swap_func_t swap_func)
{
	struct sort_ops ops = { .cmp = cmp_func };

	heapsort(base, num, size, &ops, swap_func);
}

/**
 * sort_r - sort an array in place, with a private argument for @cmp_func
 * @base: the first element
 * @num: the number of elements
 * @size: the size of one element in bytes
 * @cmp_func: the comparison, passed @priv
 * @swap_func: as for sort()
 * @priv: passed to every @cmp_func call
 *
 * Context: Any context; does not sleep or allocate.
 */
void sort_r(void *base, size_t num, size_t size, cmp_r_func_t cmp_func,
	    swap_func_t swap_func, const void *priv)
{
	struct sort_ops ops = { .cmp_r = cmp_func, .priv = priv };

	heapsort(base, num, size, &ops, swap_func);
}
