/* SPDX-License-Identifier: GPL-2.0 */
/*
 * migrate.h - moving an address space's pages between memory nodes
 * (mm/migrate.c), and the memory-policy rebind the cpuset controller
 * does when a process changes cpuset.
 *
 * Pages here are counts: mm->node_pages[node] under mm->page_table_lock.
 * The counters below count the operations, so tests can check that a
 * move did each one exactly once; /proc/vmstat prints them.
 */
#ifndef _LINUX_MIGRATE_H
#define _LINUX_MIGRATE_H

#include <linux/atomic.h>
#include <linux/nodemask.h>

struct mm_struct;

/**
 * struct migrate_stats - what mm/migrate.c did since boot
 * @mm_rebind: mpol_rebind_mm() calls
 * @mm_migrate: do_migrate_pages() calls
 * @pages: pages moved to another node
 */
struct migrate_stats {
	atomic_long_t mm_rebind;
	atomic_long_t mm_migrate;
	atomic_long_t pages;
};

extern struct migrate_stats migrate_stats;

void mpol_rebind_mm(struct mm_struct *mm, const nodemask_t *new);
unsigned long do_migrate_pages(struct mm_struct *mm, const nodemask_t *from,
			       const nodemask_t *to);

#endif /* _LINUX_MIGRATE_H */
