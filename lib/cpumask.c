// SPDX-License-Identifier: GPL-2.0
/*
 * cpumask.c - the CPU and memory node maps of this boot.
 *
 * nr_cpu_ids, nr_node_ids and the masks are written only by
 * set_nr_cpu_ids() and set_nr_node_ids() during
 * boot, while a single task runs, and are read-only afterwards: no lock.
 */
#include <linux/cpumask.h>
#include <linux/errno.h>
#include <linux/nodemask.h>

/* The number of CPUs this boot models: CPUs 0 .. nr_cpu_ids - 1. */
unsigned int nr_cpu_ids = large_cpumask_bits;

#define CPU_BITS_ALL { [0 ... BITS_TO_LONGS(NR_CPUS) - 1] = ~0UL }

/* Every bit set: the masks are only ever read through nr_cpu_ids bits. */
struct cpumask __cpu_possible_mask = { .bits = CPU_BITS_ALL };
struct cpumask __cpu_online_mask = { .bits = CPU_BITS_ALL };

nodemask_t node_online_map = NODE_MASK_ALL;
nodemask_t node_possible_map = NODE_MASK_ALL;

/* The number of memory nodes this boot models: nodes 0 .. nr_node_ids - 1. */
unsigned int nr_node_ids = MAX_NUMNODES;

/**
 * set_nr_cpu_ids - choose how many CPUs this boot has
 * @nr: the number of CPUs, 1 to CONFIG_NR_CPUS
 *
 * Makes CPUs 0 .. @nr - 1 possible and online, and the rest neither.
 *
 * Context: Boot only, before a second task runs.
 * Return: 0, or -EINVAL if @nr is out of range.
 */
int set_nr_cpu_ids(unsigned int nr)
{
	if (nr < 1 || nr > large_cpumask_bits)
		return -EINVAL;
	nr_cpu_ids = nr;
	cpumask_clear(&__cpu_possible_mask);
	bitmap_set(cpumask_bits(&__cpu_possible_mask), 0, nr);
	cpumask_copy(&__cpu_online_mask, &__cpu_possible_mask);
	return 0;
}

/**
 * set_nr_node_ids - choose how many memory nodes this boot has
 * @nr: the number of nodes, 1 to MAX_NUMNODES
 *
 * Makes nodes 0 .. @nr - 1 possible and online, and the rest neither
 * (boot parameters numa=fake=N and nr_nodes=N).
 *
 * Context: Boot only, before a second task runs.
 * Return: 0, or -EINVAL if @nr is out of range.
 */
int set_nr_node_ids(unsigned int nr)
{
	if (nr < 1 || nr > MAX_NUMNODES)
		return -EINVAL;
	nr_node_ids = nr;
	nodes_clear(node_possible_map);
	bitmap_set(node_possible_map.bits, 0, nr);
	node_online_map = node_possible_map;
	return 0;
}
