/* SPDX-License-Identifier: GPL-2.0 */
/*
 * mm_types.h - struct mm_struct, an address space.  There are no page
 * tables here; the address space is an accounting object shared by the
 * tasks created with CLONE_VM (memcg charges hang off it later).
 * @mm_users counts tasks (mmget/mmput), @mm_count the struct itself
 * (mmgrab/mmdrop), as in Linux.
 */
#ifndef _LINUX_MM_TYPES_H
#define _LINUX_MM_TYPES_H

#include <linux/atomic.h>
#include <linux/spinlock.h>
#include <linux/nodemask.h>

struct task_struct;

/**
 * struct mm_struct - an address space
 * @mm_users: tasks using it
 * @mm_count: references to the struct (one for all of @mm_users)
 * @page_table_lock: protects @total_vm and @node_pages
 * @total_vm: pages mapped (mmap accounting; mm/mmap.c)
 * @node_pages: of @total_vm, the pages on each memory node
 * @owner: the task that owns it, for memcg: a live task using it, or
 *	NULL when there is none (written under the new owner's task_lock,
 *	see mm_update_next_owner(); read with READ_ONCE under RCU)
 * @mmlist: entry in the list of all mms (mmlist_lock)
 * @memcg_charges: memcg's record of where @total_vm is charged, most
 *	recent charge first (mm/memcontrol.c, its charge lock)
 * @arg_buf: the argument strings exec was given, each NUL-terminated,
 *	one after the other (Linux's arg_start..arg_end; what
 *	/proc/<pid>/cmdline shows); NULL: none.  Set before the mm is
 *	used and never changed; freed with the last user.
 * @arg_len: bytes in @arg_buf
 */
struct mm_struct {
	atomic_t mm_users;
	atomic_t mm_count;
	spinlock_t page_table_lock;	/* @total_vm, @node_pages */
	unsigned long total_vm;
	unsigned long node_pages[MAX_NUMNODES];
	struct task_struct *owner;
	struct list_head mmlist;
	struct list_head memcg_charges;
	char *arg_buf;
	unsigned long arg_len;
};

/* every mm_struct with users, through mm_struct::mmlist */
extern struct list_head mmlist;
extern spinlock_t mmlist_lock;	/* mmlist; nests inside memcg's charge lock */

struct mm_struct *mm_alloc(void);
struct mm_struct *dup_mm(struct task_struct *tsk, struct mm_struct *oldmm);
void mmput(struct mm_struct *mm);
void mmdrop(struct mm_struct *mm);
struct mm_struct *get_task_mm(struct task_struct *tsk);
struct mm_struct *get_group_mm(struct task_struct *tsk);
void mm_update_next_owner(struct mm_struct *mm);
void mm_fork_owner(struct task_struct *tsk);

/* page accounting, mm/mmap.c; callers serialize with memcg's charge lock */
void mm_add_pages(struct mm_struct *mm, int node, unsigned long npages);
int mm_sub_pages(struct mm_struct *mm, unsigned long npages);
unsigned long mm_copy_pages(struct mm_struct *mm, struct mm_struct *oldmm);
void mm_clear_pages(struct mm_struct *mm);
unsigned long mm_pages(struct mm_struct *mm);

static inline void mmget(struct mm_struct *mm)
{
	atomic_inc(&mm->mm_users);
}

static inline void mmgrab(struct mm_struct *mm)
{
	atomic_inc(&mm->mm_count);
}

#endif /* _LINUX_MM_TYPES_H */
