/* SPDX-License-Identifier: GPL-2.0 */
/*
 * mman.h - mapping memory: the page size and the two system calls of the
 * mm model (mm/mmap.c).  There are no addresses: a process maps and
 * unmaps a number of pages, which is all memcg needs to charge them.
 */
#ifndef _LINUX_MMAN_H
#define _LINUX_MMAN_H

#include <linux/types.h>
#include <linux/bitops.h>

#define PAGE_SHIFT	12
#define PAGE_SIZE	BIT(PAGE_SHIFT)
#define PAGE_MASK	(~(PAGE_SIZE - 1))
#define PAGE_ALIGN(x)	(((x) + PAGE_SIZE - 1) & PAGE_MASK)

/* the most pages one call maps (a sanity bound; 4 TiB) */
#define MMAP_MAX_PAGES	BIT(30)

long ksys_mmap(unsigned long npages);
long ksys_munmap(unsigned long npages);

#endif /* _LINUX_MMAN_H */
