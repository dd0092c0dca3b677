/* SPDX-License-Identifier: GPL-2.0 */
/*
 * res_counter.h - resource counters, as in Linux 3.0: a usage that may
 * not exceed a limit, the highest usage seen, the number of refused
 * charges, and a parent so that a charge is checked and counted at
 * every level of a hierarchy (memcg with use_hierarchy).
 *
 * Each counter has its own spinlock; a charge takes the locks of the
 * chain one at a time, child first, and undoes the levels it charged if
 * a higher one refuses.
 */
#ifndef _LINUX_RES_COUNTER_H
#define _LINUX_RES_COUNTER_H

#include <linux/types.h>
#include <linux/spinlock.h>

/* "no limit": the largest value the counter can hold */
#define RESOURCE_MAX	((unsigned long long)S64_MAX)

/**
 * struct res_counter - one resource counter
 * @usage: what is charged now
 * @max_usage: the highest @usage since creation or the last reset
 * @limit: @usage may not exceed it
 * @failcnt: charges refused because of @limit
 * @lock: protects the four fields above
 * @parent: the counter a charge propagates to, or NULL
 */
struct res_counter {
	unsigned long long usage;
	unsigned long long max_usage;
	unsigned long long limit;
	unsigned long long failcnt;
	spinlock_t lock;		/* the fields above; a leaf */
	struct res_counter *parent;
};

/* which member res_counter_read_u64() and res_counter_reset_*() touch */
enum {
	RES_USAGE,
	RES_MAX_USAGE,
	RES_LIMIT,
	RES_FAILCNT,
};

void res_counter_init(struct res_counter *counter, struct res_counter *parent);
int res_counter_charge(struct res_counter *counter, unsigned long val,
		       struct res_counter **limit_fail_at);
int res_counter_charge_nofail(struct res_counter *counter, unsigned long val);
void res_counter_uncharge(struct res_counter *counter, unsigned long val);
void res_counter_uncharge_until(struct res_counter *counter,
				struct res_counter *top, unsigned long val);
u64 res_counter_read_u64(struct res_counter *counter, int member);
int res_counter_set_limit(struct res_counter *counter,
			  unsigned long long limit);
void res_counter_reset_max(struct res_counter *counter);
void res_counter_reset_failcnt(struct res_counter *counter);

#endif /* _LINUX_RES_COUNTER_H */
