// SPDX-License-Identifier: GPL-2.0
/*
 * res_counter.c - resource counters with a limit and a parent chain,
 * after Linux 3.0's resource counters.  memcg charges pages here.
 *
 * Locks taken and their ordering: each counter's ->lock is a leaf and
 * only one is held at a time; a charge walks the chain child first.
 * A concurrent reader may see a child charged before its parent: the
 * callers that need a consistent picture (memcg's conservation check)
 * serialize their charges with a lock of their own.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/spinlock.h>
#include <linux/res_counter.h>

/**
 * res_counter_init() - an empty counter without a limit
 * @counter: the counter
 * @parent: the counter charges propagate to, or NULL
 * Context: any; @counter is not yet shared.
 */
void res_counter_init(struct res_counter *counter, struct res_counter *parent)
{
	spin_lock_init(&counter->lock);
	counter->usage = 0;
	counter->max_usage = 0;
	counter->limit = RESOURCE_MAX;
	counter->failcnt = 0;
	counter->parent = parent;
}

/* charge one level; on refusal count it in failcnt */
static int res_counter_charge_locked(struct res_counter *counter,
				     unsigned long val)
	__must_hold(&counter->lock)
{
	lockdep_assert_held(&counter->lock);
	if (counter->usage + val > counter->limit ||
	    counter->usage + val < counter->usage) {
		counter->failcnt++;
		return -ENOMEM;
	}
	counter->usage += val;
	if (counter->usage > counter->max_usage)
		counter->max_usage = counter->usage;
	return 0;
}

static void res_counter_uncharge_locked(struct res_counter *counter,
					unsigned long val)
	__must_hold(&counter->lock)
{
	lockdep_assert_held(&counter->lock);
	if (WARN_ON_ONCE(counter->usage < val))
		val = counter->usage;
	counter->usage -= val;
}

/**
 * res_counter_uncharge_until() - uncharge @counter's chain below @top
 * @counter: the counter
 * @top: the first ancestor left alone (NULL: the whole chain)
 * @val: the amount
 * Context: any.
 */
void res_counter_uncharge_until(struct res_counter *counter,
				struct res_counter *top, unsigned long val)
{
	struct res_counter *c;

	for (c = counter; c != top; c = c->parent) {
		spin_lock(&c->lock);
		res_counter_uncharge_locked(c, val);
		spin_unlock(&c->lock);
	}
}

/**
 * res_counter_charge() - charge @val to @counter and its ancestors
 * @counter: the counter
 * @val: the amount
 * @limit_fail_at: if not NULL, set to the counter that refused
 *
 * All or nothing: when one level is over its limit, its failcnt is
 * counted and the levels below it are uncharged again.
 * Context: any; takes the counters' locks one at a time.
 * Return: 0, or -ENOMEM when a limit would be exceeded.
 */
int res_counter_charge(struct res_counter *counter, unsigned long val,
		       struct res_counter **limit_fail_at)
{
	struct res_counter *c;
	int ret = 0;

	if (limit_fail_at)
		*limit_fail_at = NULL;
	for (c = counter; c; c = c->parent) {
		spin_lock(&c->lock);
		ret = res_counter_charge_locked(c, val);
		spin_unlock(&c->lock);
		if (ret) {
			if (limit_fail_at)
				*limit_fail_at = c;
			res_counter_uncharge_until(counter, c, val);
			break;
		}
	}
	return ret;
}

/**
 * res_counter_charge_nofail() - charge even over the limit
 * @counter: the counter
 * @val: the amount
 *
 * For charges that cannot be refused (memcg moving a removed cgroup's
 * charges to its parent).  Every level over its limit counts failcnt.
 * Context: any.
 * Return: 0, or -ENOMEM if some level is now over its limit (the charge
 * is made anyway).
 */
int res_counter_charge_nofail(struct res_counter *counter, unsigned long val)
{
	struct res_counter *c;
	int ret = 0;

	for (c = counter; c; c = c->parent) {
		spin_lock(&c->lock);
		if (res_counter_charge_locked(c, val)) {
			ret = -ENOMEM;
			c->usage += val;
			if (c->usage > c->max_usage)
				c->max_usage = c->usage;
		}
		spin_unlock(&c->lock);
	}
	return ret;
}

/**
 * res_counter_uncharge() - uncharge @val from @counter and its ancestors
 * @counter: the counter
 * @val: the amount, as charged before
 * Context: any.
 */
void res_counter_uncharge(struct res_counter *counter, unsigned long val)
{
	res_counter_uncharge_until(counter, NULL, val);
}

/**
 * res_counter_read_u64() - one field of @counter
 * @counter: the counter
 * @member: RES_USAGE, RES_MAX_USAGE, RES_LIMIT or RES_FAILCNT
 * Context: any.
 * Return: the value, 0 for an unknown @member.
 */
u64 res_counter_read_u64(struct res_counter *counter, int member)
{
	u64 val = 0;

	spin_lock(&counter->lock);
	switch (member) {
	case RES_USAGE:
		val = counter->usage;
		break;
	case RES_MAX_USAGE:
		val = counter->max_usage;
		break;
	case RES_LIMIT:
		val = counter->limit;
		break;
	case RES_FAILCNT:
		val = counter->failcnt;
		break;
	default:
		WARN_ON_ONCE(1);
		break;
	}
	spin_unlock(&counter->lock);
	return val;
}

/**
 * res_counter_set_limit() - change the limit
 * @counter: the counter
 * @limit: the new limit
 *
 * Linux 3.0 reclaimed pages until the usage fitted; there is no reclaim
 * here, so a limit below the usage is refused.
 * Context: any.
 * Return: 0, or -EBUSY when @limit is below the current usage.
 */
int res_counter_set_limit(struct res_counter *counter,
			  unsigned long long limit)
{
	int ret = -EBUSY;

	spin_lock(&counter->lock);
	if (counter->usage <= limit) {
		counter->limit = limit;
		ret = 0;
	}
	spin_unlock(&counter->lock);
	return ret;
}

/**
 * res_counter_reset_max() - max_usage becomes the current usage
 * @counter: the counter
 * Context: any.
 */
void res_counter_reset_max(struct res_counter *counter)
{
	spin_lock(&counter->lock);
	counter->max_usage = counter->usage;
	spin_unlock(&counter->lock);
}

/**
 * res_counter_reset_failcnt() - failcnt back to zero
 * @counter: the counter
 * Context: any.
 */
void res_counter_reset_failcnt(struct res_counter *counter)
{
	spin_lock(&counter->lock);
	counter->failcnt = 0;
	spin_unlock(&counter->lock);
}
