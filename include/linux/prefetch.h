/* SPDX-License-Identifier: GPL-2.0 */
/*
 * prefetch.h - hints that a cache line will be read (prefetch()) or
 * written (prefetchw()) soon, as Linux's <linux/prefetch.h>.  A hint
 * only: the address need not be valid, nothing faults, and the program
 * means the same without it.  For loops over arrays of pointers whose
 * targets miss the caches (cgroup_attach_proc() over a large thread
 * group), where the loop knows the next addresses long before it reads
 * them.
 */
#ifndef _LINUX_PREFETCH_H
#define _LINUX_PREFETCH_H

#define prefetch(x)	__builtin_prefetch(x)
#define prefetchw(x)	__builtin_prefetch(x, 1)

#endif /* _LINUX_PREFETCH_H */
