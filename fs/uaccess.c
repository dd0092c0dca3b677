// SPDX-License-Identifier: GPL-2.0
/*
 * uaccess.c - copy_to_user() and friends for a kernel whose user space
 * shares its address space.
 *
 * The only faults are the ones we define: the first page (NULL and small
 * integers used as pointers) and one range a test may mark bad.
 *
 * Locks: none; the bad range is a pair of atomics a test sets while no
 * copy is running.
 */
#include <linux/uaccess.h>
#include <linux/err.h>
#include <linux/slab.h>
#include <linux/string.h>

#include "internal.h"

/* The range a test marked bad; both written before the copies it tests. */
static unsigned long bad_start, bad_end;

/**
 * uaccess_set_bad_range() - make copies touching a range fault (tests)
 * @start: first byte (NULL with @len 0 clears the range)
 * @len: length
 *
 * Context: a test, while no other copy of that range runs.
 */
void uaccess_set_bad_range(const void *start, size_t len)
{
	/* partner: READ_ONCE() in access_ok() */
	WRITE_ONCE(bad_start, (unsigned long)start);
	WRITE_ONCE(bad_end, (unsigned long)start + len);
}

/**
 * access_ok() - may @size bytes at @addr be copied?
 * @addr: user pointer
 * @size: bytes
 *
 * Context: any.
 * Return: true if the whole range is valid user memory.
 */
bool access_ok(const void __user *addr, size_t size)
{
	unsigned long a = (unsigned long)addr;
	unsigned long bs = READ_ONCE(bad_start), be = READ_ONCE(bad_end);

	if (!size)
		return true;
	if (a < USER_MIN_ADDR || a + size < a)
		return false;
	if (bs < be && a < be && a + size > bs)
		return false;
	return true;
}

/**
 * copy_to_user() - copy kernel memory out
 * @to: user destination
 * @from: source
 * @n: bytes
 *
 * Context: any.
 * Return: bytes NOT copied (0 on success; @n on a fault).
 */
unsigned long copy_to_user(void __user *to, const void *from, unsigned long n)
{
	if (!access_ok(to, n))
		return n;
	memcpy((void __force *)to, from, n);
	return 0;
}

/**
 * copy_from_user() - copy user memory in
 * @to: kernel destination
 * @from: user source
 * @n: bytes
 *
 * Context: any.
 * Return: bytes NOT copied (0 on success; @n on a fault, with @to zeroed).
 */
unsigned long copy_from_user(void *to, const void __user *from,
			     unsigned long n)
{
	if (!access_ok(from, n)) {
		memset(to, 0, n);
		return n;
	}
	memcpy(to, (const void __force *)from, n);
	return 0;
}

/**
 * strncpy_from_user() - copy a NUL-terminated user string
 * @dst: destination of @count bytes
 * @src: user string
 * @count: size of @dst
 *
 * Context: any.
 * Return: the string's length (without NUL); @count if it did not fit
 *	(then @dst is not terminated); -EFAULT.
 */
long strncpy_from_user(char *dst, const char __user *src, long count)
{
	long i;

	if (!access_ok(src, 1))
		return -EFAULT;
	for (i = 0; i < count; i++) {
		if (!access_ok(src + i, 1))
			return -EFAULT;
		dst[i] = ((const char __force *)src)[i];
		if (!dst[i])
			return i;
	}
	return count;
}

/**
 * strndup_user() - a kmalloc()ed copy of a user string
 * @s: user string
 * @n: maximum size including the NUL
 *
 * Context: process.
 * Return: the copy, ERR_PTR(-EFAULT), ERR_PTR(-ENAMETOOLONG) when longer
 *	than @n - 1, ERR_PTR(-ENOMEM).
 */
char *strndup_user(const char __user *s, long n)
{
	char *p = kmalloc(n, GFP_KERNEL);
	long len;

	if (!p)
		return ERR_PTR(-ENOMEM);
	len = strncpy_from_user(p, s, n);
	if (len < 0) {
		kfree(p);
		return ERR_PTR(len);
	}
	if (len == n) {
		kfree(p);
		return ERR_PTR(-ENAMETOOLONG);
	}
	return p;
}
