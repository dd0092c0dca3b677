/* SPDX-License-Identifier: GPL-2.0 */
/*
 * uaccess.h - copying to and from "user" memory.
 *
 * User space here is code in the same address space (the console, KUnit
 * cases, the FUSE bridge), so user memory is ordinary memory.  What stays
 * real is the fault: a pointer in the first page (NULL included), or one
 * inside the range a test marked bad with uaccess_set_bad_range(), cannot
 * be copied and the system call returns -EFAULT (cgroups.txt 2.2.2).
 */
#ifndef _LINUX_UACCESS_H
#define _LINUX_UACCESS_H

#include <linux/types.h>

/* Lowest address user memory may have: the first page always faults. */
#define USER_MIN_ADDR	4096UL

bool access_ok(const void __user *addr, size_t size);
unsigned long copy_to_user(void __user *to, const void *from,
			   unsigned long n);
unsigned long copy_from_user(void *to, const void __user *from,
			     unsigned long n);
long strncpy_from_user(char *dst, const char __user *src, long count);
void uaccess_set_bad_range(const void *start, size_t len);

#endif /* _LINUX_UACCESS_H */
