// SPDX-License-Identifier: GPL-2.0
/*
 * migrate.c - moving an address space's pages between memory nodes, and
 * rebinding its memory policy to a new set of nodes.
 *
 * An mm_struct here has no page tables: its pages are counts per node,
 * mm->node_pages[], under mm->page_table_lock.  Migrating moves counts
 * from the nodes of the old set to the nodes of the new one, by relative
 * position as Linux's do_migrate_pages() does (the n-th node of @from
 * goes to the n-th node of @to, wrapping around @to).  There is no
 * mempolicy object either: mpol_rebind_mm() is the point where Linux
 * rebinds the VMAs' policies, and here it only counts.
 *
 * migrate_stats counts both operations and the pages moved; /proc/vmstat
 * prints them ("nr_mm_rebind", "nr_mm_migrate", "pgmigrate_success").
 *
 * Locks: mm->page_table_lock, a leaf; the counters are atomic.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/mm_types.h>
#include <linux/migrate.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>

struct migrate_stats migrate_stats;

/**
 * mpol_rebind_mm() - rebind @mm's memory policy to the nodes @new
 * @mm: the address space (referenced by the caller)
 * @new: the nodes it may now use
 *
 * Context: process; the cpuset controller calls it under cgroup_mutex.
 */
void mpol_rebind_mm(struct mm_struct *mm, const nodemask_t *new)
{
	might_sleep();
	atomic_long_inc(&migrate_stats.mm_rebind);
}

/*
 * The node @node of @from maps to: the node of @to at the same position
 * (modulo the weight of @to).  @node itself if it is not in @from or @to
 * is empty.
 */
static int node_remap(int node, const nodemask_t *from, const nodemask_t *to)
{
	int n, pos = 0, target;

	if (!node_isset(node, *from) || nodes_empty(*to))
		return node;
	for_each_node_mask(n, *from) {
		if (n == node)
			break;
		pos++;
	}
	pos %= nodes_weight(*to);
	for_each_node_mask(target, *to) {
		if (!pos--)
			break;
	}
	return target;
}

/**
 * do_migrate_pages() - move @mm's pages on the nodes @from to @to
 * @mm: the address space (referenced by the caller)
 * @from: the nodes pages leave
 * @to: the nodes they go to
 *
 * Pages on nodes outside @from stay.  All of it happens in one
 * page_table_lock section, so a reader of node_pages[] sees the counts
 * before or after, never half moved; total_vm does not change.
 *
 * Context: process, may sleep (as Linux's); takes @mm->page_table_lock.
 * Return: the number of pages that changed node.
 */
unsigned long do_migrate_pages(struct mm_struct *mm, const nodemask_t *from,
			       const nodemask_t *to)
{
	unsigned long moved_to[MAX_NUMNODES] = { 0 };

	might_sleep();
	unsigned long moved = 0;
	int node;

	spin_lock(&mm->page_table_lock);
	for (node = 0; node < MAX_NUMNODES; node++) {
		int target = node_remap(node, from, to);

		moved_to[target] += mm->node_pages[node];
		if (target != node)
			moved += mm->node_pages[node];
	}
	memcpy(mm->node_pages, moved_to, sizeof(mm->node_pages));
	spin_unlock(&mm->page_table_lock);

	atomic_long_inc(&migrate_stats.mm_migrate);
	atomic_long_add(moved, &migrate_stats.pages);
	return moved;
}

static int vmstat_show(struct seq_file *m, void *v)
{
	seq_printf(m, "nr_mm_rebind %ld\n",
		   atomic_long_read(&migrate_stats.mm_rebind));
	seq_printf(m, "nr_mm_migrate %ld\n",
		   atomic_long_read(&migrate_stats.mm_migrate));
	seq_printf(m, "pgmigrate_success %ld\n",
		   atomic_long_read(&migrate_stats.pages));
	return 0;
}

static int __init migrate_proc_init(void)
{
	if (!proc_create_single("vmstat", 0444, NULL, vmstat_show))
		return -ENOMEM;
	return 0;
}
late_initcall(migrate_proc_init);
