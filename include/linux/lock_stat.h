/* SPDX-License-Identifier: GPL-2.0 */
/*
 * lock_stat.h - lock statistics (CONFIG_LOCK_STAT): what /proc/lock_stat
 * prints, and the same numbers for kernel code that wants to read them
 * itself (the benchmarks, usr/cgroup_bench.c).
 *
 * Per lock class (kernel/locking/lockdep.c keeps them, lockdep_proc.c
 * prints them; Documentation/locking/lockstat.txt):
 *  - waittime: how long acquisitions that found the lock held waited;
 *    its count is the class's contentions;
 *  - holdtime: how long the lock was held; its count is the class's
 *    acquisitions;
 *  - bounces: acquisitions (and contentions) where the previous holder
 *    was another host thread (host threads are our CPUs);
 *  - contention points: the call sites that waited for the lock;
 *    contending points: the call sites of the holders they waited for.
 *
 * Per host thread: a thread may count its own acquisitions into a
 * struct lock_stat_thread of its caller's (lock_stat_thread_attach()),
 * which another thread reads with lock_stat_thread_read().  This is how a
 * benchmark asks "how many of this thread's acquisitions found a lock
 * held, how long did it wait, and on which classes" around a window.
 *
 * Times are in nanoseconds of host_ops.time_ns().
 */
#ifndef _LINUX_LOCK_STAT_H
#define _LINUX_LOCK_STAT_H

#include <linux/types.h>

#define LOCKSTAT_POINTS		4
#define LOCK_STAT_THREAD_CLASSES	8

/**
 * struct lock_time - a set of durations
 * @min: shortest (ns), 0 while @nr is 0
 * @max: longest (ns)
 * @total: sum (ns)
 * @nr: how many
 */
struct lock_time {
	u64 min;
	u64 max;
	u64 total;
	unsigned long nr;
};

enum bounce_type {
	bounce_acquired_write,
	bounce_acquired_read,
	bounce_contended_write,
	bounce_contended_read,
	nr_bounce_types,
};

/**
 * struct lock_class_stats - lock_stat of one lock class
 * @contention_point: call sites that waited for the lock ("file:line")
 * @contention_count: waits at each of @contention_point
 * @contending_point: call sites of the holders that were waited for
 * @contending_count: waits for each of @contending_point
 * @read_waittime: waits of shared acquisitions
 * @write_waittime: waits of exclusive acquisitions
 * @read_holdtime: shared holds
 * @write_holdtime: exclusive holds
 * @bounces: counts by enum bounce_type
 *
 * Every member is a relaxed atomic; readers take a snapshot with
 * lock_stat_class_read().
 */
struct lock_class_stats {
	const char *contention_point[LOCKSTAT_POINTS];
	unsigned long contention_count[LOCKSTAT_POINTS];
	const char *contending_point[LOCKSTAT_POINTS];
	unsigned long contending_count[LOCKSTAT_POINTS];
	struct lock_time read_waittime;
	struct lock_time write_waittime;
	struct lock_time read_holdtime;
	struct lock_time write_holdtime;
	unsigned long bounces[nr_bounce_types];
};

/**
 * struct lock_stat_thread - the lock_stat of one host thread's acquisitions
 * @acquisitions: locks taken (trylocks included)
 * @contentions: acquisitions that found the lock held and waited
 * @waittime_total: time those waited, ns
 * @waittime_max: the longest of those waits, ns
 * @classes: per class, the first LOCK_STAT_THREAD_CLASSES classes the
 *	thread waited for (@class_idx 0: unused; lockdep_class_name() names
 *	it), with their contentions and wait time; waits on further classes
 *	are in the totals only
 * @classes.class_idx: the class
 * @classes.contentions: waits for it
 * @classes.waittime: their time, ns
 *
 * Written by its thread with relaxed atomics; read by anyone through
 * lock_stat_thread_read().
 */
struct lock_stat_thread {
	unsigned long acquisitions;
	unsigned long contentions;
	u64 waittime_total;
	u64 waittime_max;
	struct {
		unsigned int class_idx;
		unsigned long contentions;
		u64 waittime;
	} classes[LOCK_STAT_THREAD_CLASSES];
};

#ifdef CONFIG_LOCK_STAT
unsigned int lock_stat_nr_classes(void);
bool lock_stat_class_read(unsigned int class_idx,
			  struct lock_class_stats *snap);
bool lock_stat_read_by_name(const char *name, struct lock_class_stats *sum);
void lock_stat_clear(void);
void lock_stat_thread_attach(struct lock_stat_thread *st);
void lock_stat_thread_detach(void);
void lock_stat_thread_read(const struct lock_stat_thread *st,
			   struct lock_stat_thread *snap);
#endif

#endif /* _LINUX_LOCK_STAT_H */
