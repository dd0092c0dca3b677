/* SPDX-License-Identifier: GPL-2.0 */
/*
 * cpumask.h - sets of CPUs.
 *
 * A struct cpumask is a bitmap of CONFIG_NR_CPUS bits; the operations
 * look only at the first nr_cpu_ids of them (the CPUs this boot has).
 * The host's threads are the real CPUs, so "CPU" here is the cpuset
 * controller's model of one: every possible CPU is online, and
 * cpu_possible_mask == cpu_online_mask == the first nr_cpu_ids bits.
 *
 * nr_cpu_ids is set once at boot (set_nr_cpu_ids()) before any task but
 * init runs, and read-only afterwards, so it needs no lock.
 */
#ifndef _LINUX_CPUMASK_H
#define _LINUX_CPUMASK_H

#include <linux/bitmap.h>
#include <linux/kernel.h>
#include <linux/types.h>

#define NR_CPUS CONFIG_NR_CPUS
/* The size of every cpumask, whatever nr_cpu_ids is. */
#define large_cpumask_bits ((unsigned int)NR_CPUS)

/**
 * struct cpumask - a set of CPUs
 * @bits: one bit per CPU, CPU 0 in bit 0
 */
typedef struct cpumask {
	DECLARE_BITMAP(bits, large_cpumask_bits);
} cpumask_t;

extern unsigned int nr_cpu_ids;
#define nr_cpumask_bits nr_cpu_ids

extern struct cpumask __cpu_possible_mask;
extern struct cpumask __cpu_online_mask;
#define cpu_possible_mask ((const struct cpumask *)&__cpu_possible_mask)
#define cpu_online_mask   ((const struct cpumask *)&__cpu_online_mask)

int set_nr_cpu_ids(unsigned int nr);

#define cpumask_bits(maskp) ((maskp)->bits)
#define to_cpumask(bitmap) ((struct cpumask *)(bitmap))

static inline void cpumask_set_cpu(unsigned int cpu, struct cpumask *dstp)
{
	set_bit(cpu, cpumask_bits(dstp));
}

static inline void __cpumask_set_cpu(unsigned int cpu, struct cpumask *dstp)
{
	__set_bit(cpu, cpumask_bits(dstp));
}

static inline void cpumask_clear_cpu(unsigned int cpu, struct cpumask *dstp)
{
	clear_bit(cpu, cpumask_bits(dstp));
}

static inline bool cpumask_test_cpu(int cpu, const struct cpumask *cpumask)
{
	return test_bit(cpu, cpumask_bits(cpumask));
}

static inline void cpumask_setall(struct cpumask *dstp)
{
	bitmap_zero(cpumask_bits(dstp), large_cpumask_bits);
	bitmap_set(cpumask_bits(dstp), 0, nr_cpumask_bits);
}

static inline void cpumask_clear(struct cpumask *dstp)
{
	bitmap_zero(cpumask_bits(dstp), large_cpumask_bits);
}

static inline bool cpumask_and(struct cpumask *dstp,
			       const struct cpumask *src1p,
			       const struct cpumask *src2p)
{
	return bitmap_and(cpumask_bits(dstp), cpumask_bits(src1p),
			  cpumask_bits(src2p), nr_cpumask_bits);
}

static inline void cpumask_or(struct cpumask *dstp,
			      const struct cpumask *src1p,
			      const struct cpumask *src2p)
{
	bitmap_or(cpumask_bits(dstp), cpumask_bits(src1p),
		  cpumask_bits(src2p), nr_cpumask_bits);
}

static inline bool cpumask_andnot(struct cpumask *dstp,
				  const struct cpumask *src1p,
				  const struct cpumask *src2p)
{
	return bitmap_andnot(cpumask_bits(dstp), cpumask_bits(src1p),
			     cpumask_bits(src2p), nr_cpumask_bits);
}

static inline void cpumask_copy(struct cpumask *dstp,
				const struct cpumask *srcp)
{
	bitmap_copy(cpumask_bits(dstp), cpumask_bits(srcp), large_cpumask_bits);
}

static inline bool cpumask_equal(const struct cpumask *src1p,
				 const struct cpumask *src2p)
{
	return bitmap_equal(cpumask_bits(src1p), cpumask_bits(src2p),
			    nr_cpumask_bits);
}

static inline bool cpumask_intersects(const struct cpumask *src1p,
				      const struct cpumask *src2p)
{
	return bitmap_intersects(cpumask_bits(src1p), cpumask_bits(src2p),
				 nr_cpumask_bits);
}

static inline bool cpumask_subset(const struct cpumask *src1p,
				  const struct cpumask *src2p)
{
	return bitmap_subset(cpumask_bits(src1p), cpumask_bits(src2p),
			     nr_cpumask_bits);
}

static inline bool cpumask_empty(const struct cpumask *srcp)
{
	return bitmap_empty(cpumask_bits(srcp), nr_cpumask_bits);
}

static inline bool cpumask_full(const struct cpumask *srcp)
{
	return bitmap_full(cpumask_bits(srcp), nr_cpumask_bits);
}

static inline unsigned int cpumask_weight(const struct cpumask *srcp)
{
	return bitmap_weight(cpumask_bits(srcp), nr_cpumask_bits);
}

/* The first CPU in @srcp, or >= nr_cpu_ids if it is empty. */
static inline unsigned int cpumask_first(const struct cpumask *srcp)
{
	return find_first_bit(cpumask_bits(srcp), nr_cpumask_bits);
}

/* The next CPU after @n in @srcp (-1 starts), or >= nr_cpu_ids. */
static inline unsigned int cpumask_next(int n, const struct cpumask *srcp)
{
	return find_next_bit(cpumask_bits(srcp), nr_cpumask_bits, n + 1);
}

/* Any CPU in both masks, or >= nr_cpu_ids if they do not intersect. */
static inline unsigned int cpumask_any_and(const struct cpumask *src1p,
					   const struct cpumask *src2p)
{
	unsigned int cpu;

	for (cpu = cpumask_first(src1p); cpu < nr_cpu_ids;
	     cpu = cpumask_next(cpu, src1p))
		if (cpumask_test_cpu(cpu, src2p))
			break;
	return cpu;
}

#define cpumask_any(srcp) cpumask_first(srcp)

#define for_each_cpu(cpu, mask)					\
	for ((cpu) = -1; (cpu) = cpumask_next((cpu), (mask)),	\
	     (cpu) < nr_cpu_ids;)

#define for_each_possible_cpu(cpu) for_each_cpu((cpu), cpu_possible_mask)
#define for_each_online_cpu(cpu)   for_each_cpu((cpu), cpu_online_mask)

#define num_possible_cpus()	cpumask_weight(cpu_possible_mask)
#define num_online_cpus()	cpumask_weight(cpu_online_mask)
#define cpu_online(cpu)		cpumask_test_cpu((cpu), cpu_online_mask)
#define cpu_possible(cpu)	cpumask_test_cpu((cpu), cpu_possible_mask)

/**
 * cpulist_parse - parse a CPU list ("0-3,5") into a cpumask
 * @buf: the list, in bitmap_parselist() format
 * @dstp: the mask to fill
 *
 * Context: Any context.
 * Return: 0, -EINVAL on a syntax error, -ERANGE for a CPU at or beyond
 * nr_cpu_ids.
 */
static inline int cpulist_parse(const char *buf, struct cpumask *dstp)
{
	cpumask_clear(dstp);
	return bitmap_parselist(buf, cpumask_bits(dstp), nr_cpumask_bits);
}

/**
 * cpulist_scnprintf - print a cpumask in list format ("0-3,5")
 * @buf: the output buffer
 * @len: its size
 * @srcp: the mask
 *
 * Context: Any context.
 * Return: the number of bytes stored, excluding the NUL.
 */
static inline int cpulist_scnprintf(char *buf, int len,
				    const struct cpumask *srcp)
{
	return bitmap_print_list(buf, len, cpumask_bits(srcp),
				 nr_cpumask_bits);
}

/**
 * cpumask_scnprintf - print a cpumask as a hex mask ("f")
 * @buf: the output buffer
 * @len: its size
 * @srcp: the mask
 *
 * Context: Any context.
 * Return: the number of bytes stored, excluding the NUL.
 */
static inline int cpumask_scnprintf(char *buf, int len,
				    const struct cpumask *srcp)
{
	return bitmap_print_mask(buf, len, cpumask_bits(srcp),
				 nr_cpumask_bits);
}

#endif /* _LINUX_CPUMASK_H */
