/* SPDX-License-Identifier: GPL-2.0 */
/*
 * nodemask.h - sets of memory nodes.
 *
 * As in Linux, the operations are macros taking the nodemask_t itself
 * (node_set(node, mask), nodes_and(dst, a, b)), not a pointer.  This
 * kernel models MAX_NUMNODES memory nodes (4 unless CONFIG_NODES_SHIFT
 * says otherwise), all of them online: the cpuset controller's mems
 * files parse and print against node_online_map.
 */
#ifndef _LINUX_NODEMASK_H
#define _LINUX_NODEMASK_H

#include <linux/bitmap.h>
#include <linux/kernel.h>
#include <linux/types.h>

#ifdef CONFIG_NODES_SHIFT
#define NODES_SHIFT	CONFIG_NODES_SHIFT
#else
#define NODES_SHIFT	2
#endif
#define MAX_NUMNODES	BIT(NODES_SHIFT)

/**
 * struct nodemask_s - a set of memory nodes
 * @bits: one bit per node
 */
typedef struct nodemask_s {
	DECLARE_BITMAP(bits, MAX_NUMNODES);
} nodemask_t;

extern nodemask_t node_online_map;
extern nodemask_t node_possible_map;
extern unsigned int nr_node_ids;

int set_nr_node_ids(unsigned int nr);

#define NODE_MASK_NONE ((nodemask_t) { .bits = { [0] = 0UL } })
#define NODE_MASK_ALL \
	((nodemask_t) { .bits = { [0] = BITMAP_LAST_WORD_MASK(MAX_NUMNODES) } })

#define node_set(node, dst)	__set_bit((node), (dst).bits)
#define node_clear(node, dst)	__clear_bit((node), (dst).bits)
#define node_isset(node, src)	test_bit((node), (src).bits)
#define nodes_setall(dst)	bitmap_fill((dst).bits, MAX_NUMNODES)
#define nodes_clear(dst)	bitmap_zero((dst).bits, MAX_NUMNODES)
#define nodes_and(dst, src1, src2) \
	bitmap_and((dst).bits, (src1).bits, (src2).bits, MAX_NUMNODES)
#define nodes_or(dst, src1, src2) \
	bitmap_or((dst).bits, (src1).bits, (src2).bits, MAX_NUMNODES)
#define nodes_andnot(dst, src1, src2) \
	bitmap_andnot((dst).bits, (src1).bits, (src2).bits, MAX_NUMNODES)
#define nodes_equal(src1, src2) \
	bitmap_equal((src1).bits, (src2).bits, MAX_NUMNODES)
#define nodes_intersects(src1, src2) \
	bitmap_intersects((src1).bits, (src2).bits, MAX_NUMNODES)
#define nodes_subset(src1, src2) \
	bitmap_subset((src1).bits, (src2).bits, MAX_NUMNODES)
#define nodes_empty(src)	bitmap_empty((src).bits, MAX_NUMNODES)
#define nodes_full(src)		bitmap_full((src).bits, MAX_NUMNODES)
#define nodes_weight(src)	bitmap_weight((src).bits, MAX_NUMNODES)
#define first_node(src) \
	((int)find_first_bit((src).bits, MAX_NUMNODES))
#define next_node(n, src) \
	((int)find_next_bit((src).bits, MAX_NUMNODES, (n) + 1))

#define for_each_node_mask(node, mask)				\
	for ((node) = first_node(mask); (node) < MAX_NUMNODES;	\
	     (node) = next_node((node), (mask)))
#define for_each_online_node(node) for_each_node_mask((node), node_online_map)
#define for_each_node(node) for_each_node_mask((node), node_possible_map)

#define node_online(node)	node_isset((node), node_online_map)
#define num_online_nodes()	nodes_weight(node_online_map)

/* Parse a node list ("0-1,3"): 0, -EINVAL or -ERANGE (>= MAX_NUMNODES). */
#define nodelist_parse(buf, dst) \
	bitmap_parselist((buf), (dst).bits, MAX_NUMNODES)
/* Print a node list; returns the bytes stored, as scnprintf(). */
#define nodelist_scnprintf(buf, len, src) \
	bitmap_print_list((buf), (len), (src).bits, MAX_NUMNODES)

#endif /* _LINUX_NODEMASK_H */
