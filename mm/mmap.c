// SPDX-License-Identifier: GPL-2.0
/*
 * mmap.c - struct mm_struct lifetime.  An address space here has no
 * pages to map; it is the object CLONE_VM shares and exec replaces, and
 * what memcg charges will hang off.
 *
 * Locks: none of its own; mm->page_table_lock protects total_vm
 * and node_pages.  The
 * counters are atomics: mm_users (tasks) and mm_count (the struct).
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/spinlock.h>
#include <linux/mm_types.h>

/**
 * mm_alloc() - a new, empty address space
 * Context: process.
 * Return: the mm with one user, or NULL.
 */
struct mm_struct *mm_alloc(void)
{
	struct mm_struct *mm = kzalloc(sizeof(*mm), GFP_KERNEL);

	if (!mm)
		return NULL;
	atomic_set(&mm->mm_users, 1);
	atomic_set(&mm->mm_count, 1);
	spin_lock_init(&mm->page_table_lock);
	return mm;
}

/**
 * dup_mm() - a copy of @oldmm for @tsk (fork without CLONE_VM)
 * @tsk: the new owner
 * @oldmm: the parent's mm
 * Context: process.
 * Return: the new mm with one user, or NULL.
 */
struct mm_struct *dup_mm(struct task_struct *tsk, struct mm_struct *oldmm)
{
	struct mm_struct *mm = mm_alloc();

	if (!mm)
		return NULL;
	spin_lock(&oldmm->page_table_lock);
	mm->total_vm = oldmm->total_vm;
	memcpy(mm->node_pages, oldmm->node_pages, sizeof(mm->node_pages));
	spin_unlock(&oldmm->page_table_lock);
	mm->owner = tsk;
	return mm;
}

/**
 * mmdrop() - drop a reference to the struct
 * @mm: the mm
 * Context: any.
 */
void mmdrop(struct mm_struct *mm)
{
	if (atomic_dec_and_test(&mm->mm_count))
		kfree(mm);
}

/**
 * mmput() - a task stops using @mm
 * @mm: the mm
 * Context: process.
 */
void mmput(struct mm_struct *mm)
{
	if (atomic_dec_and_test(&mm->mm_users))
		mmdrop(mm);
}
