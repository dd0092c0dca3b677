/* SPDX-License-Identifier: GPL-2.0 */
/*
 * memcontrol.h - the memory cgroup subsystem (mm/memcontrol.c): pages
 * mapped by a process are charged to the memcg of its mm's owner.
 *
 * The mm model (mm/mmap.c) maps, unmaps, copies and tears down pages
 * only through these calls, so that a charge and the pages it is for
 * always change together.  Without CONFIG_CGROUP_MEM_RES_CTLR they only
 * count the pages.
 */
#ifndef _LINUX_MEMCONTROL_H
#define _LINUX_MEMCONTROL_H

#include <linux/types.h>
#include <linux/kconfig.h>
#include <linux/mm_types.h>

struct mm_struct;

#ifdef CONFIG_CGROUP_MEM_RES_CTLR

int mem_cgroup_map(struct mm_struct *mm, int node, unsigned long npages);
int mem_cgroup_unmap(struct mm_struct *mm, unsigned long npages);
int mem_cgroup_dup_mm(struct mm_struct *mm, struct mm_struct *oldmm);
void mem_cgroup_exit_mm(struct mm_struct *mm);
int mem_cgroup_check_conservation(void);

#else /* !CONFIG_CGROUP_MEM_RES_CTLR */

static inline int mem_cgroup_map(struct mm_struct *mm, int node,
				 unsigned long npages)
{
	mm_add_pages(mm, node, npages);
	return 0;
}

static inline int mem_cgroup_unmap(struct mm_struct *mm, unsigned long npages)
{
	return mm_sub_pages(mm, npages);
}

static inline int mem_cgroup_dup_mm(struct mm_struct *mm,
				    struct mm_struct *oldmm)
{
	mm_copy_pages(mm, oldmm);
	return 0;
}

static inline void mem_cgroup_exit_mm(struct mm_struct *mm)
{
	mm_clear_pages(mm);
}

static inline int mem_cgroup_check_conservation(void)
{
	return 0;
}

#endif /* CONFIG_CGROUP_MEM_RES_CTLR */

#endif /* _LINUX_MEMCONTROL_H */
