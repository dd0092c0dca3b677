// SPDX-License-Identifier: GPL-2.0
/*
 * rcu.c - the kernel side of RCU: read-side nesting for
 * rcu_read_lock_held(), grace periods and callbacks on the host's RCU,
 * and kfree_rcu().
 *
 * kfree_rcu() cannot hand the host a callback per object type, so it
 * queues the object's rcu_head (with the head's offset in the object kept
 * in ->func) on kfree_rcu_pending.  One batch at a time waits for a grace
 * period through kfree_rcu_batch.rcu; when it ends, the batch's objects
 * are freed and the objects queued meanwhile become the next batch.
 *
 * Locks taken and their ordering:
 *  kfree_rcu_lock protects the kfree_rcu_* lists and kfree_rcu_busy; it
 *  is a leaf, taken from any context that may call kfree_rcu().
 */
#include <linux/kernel.h>
#include <linux/rcupdate.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/sched.h>

__thread int rcu_read_lock_nesting;

/**
 * synchronize_rcu - wait for every RCU reader that began before the call
 *
 * Context: any host thread outside an RCU read section; sleeps.
 */
void synchronize_rcu(void)
{
	might_sleep();
	if (WARN_ON_ONCE(rcu_read_lock_held()))
		return;	/* would wait for ourselves forever */
	host_wait_begin();
	host_ops.synchronize_rcu();
	host_wait_end();
}

/**
 * call_rcu - run @func(@head) after a grace period
 * @head: the record, in the object to be reclaimed
 * @func: the callback; runs on a host thread of the host's choosing,
 *	with no current task and no lock held
 *
 * Context: any host thread.
 */
void call_rcu(struct rcu_head *head, rcu_callback_t func)
{
	/* struct rcu_head is the host's record under a kernel name. */
	BUILD_BUG_ON(sizeof(struct rcu_head) != sizeof(struct host_rcu_head));
	BUILD_BUG_ON(offsetof(struct rcu_head, next) !=
		     offsetof(struct host_rcu_head, next));
	BUILD_BUG_ON(offsetof(struct rcu_head, func) !=
		     offsetof(struct host_rcu_head, func));

	host_ops.call_rcu((struct host_rcu_head *)head,
			  (void (*)(struct host_rcu_head *))func);
}

/* kfree_rcu_lock protects everything down to kfree_rcu_busy. */
static DEFINE_SPINLOCK(kfree_rcu_lock);
static struct rcu_head *kfree_rcu_pending;	/* waiting for a batch */
static struct rcu_head *kfree_rcu_inflight;	/* in the current batch */
static struct rcu_head kfree_rcu_batch;	/* the batch's call_rcu record */
static bool kfree_rcu_busy;		/* a batch waits for its grace period */

static void kfree_rcu_free_list(struct rcu_head *head)
{
	struct rcu_head *next;
	unsigned long offset;

	for (; head; head = next) {
		next = head->next;
		offset = (unsigned long)(void *)head->func;
		kfree((char *)head - offset);
	}
}

static void kfree_rcu_batch_done(struct rcu_head *unused)
{
	struct rcu_head *done;
	bool again;

	spin_lock(&kfree_rcu_lock);
	done = kfree_rcu_inflight;
	kfree_rcu_inflight = kfree_rcu_pending;
	kfree_rcu_pending = NULL;
	again = !!kfree_rcu_inflight;
	WRITE_ONCE(kfree_rcu_busy, again);
	spin_unlock(&kfree_rcu_lock);

	kfree_rcu_free_list(done);
	if (again)
		call_rcu(&kfree_rcu_batch, kfree_rcu_batch_done);
}

/**
 * __kfree_rcu - kfree() an object after a grace period (use kfree_rcu())
 * @head: the object's struct rcu_head
 * @offset: offset of @head in the object
 *
 * Context: any host thread.
 */
void __kfree_rcu(struct rcu_head *head, unsigned long offset)
{
	bool start;

	spin_lock(&kfree_rcu_lock);
	head->func = (rcu_callback_t)(void *)offset;
	head->next = kfree_rcu_pending;
	kfree_rcu_pending = head;
	start = !kfree_rcu_busy;
	if (start) {
		kfree_rcu_inflight = kfree_rcu_pending;
		kfree_rcu_pending = NULL;
		WRITE_ONCE(kfree_rcu_busy, true);
	}
	spin_unlock(&kfree_rcu_lock);

	if (start)
		call_rcu(&kfree_rcu_batch, kfree_rcu_batch_done);
}

/**
 * rcu_barrier - wait until every call_rcu() and kfree_rcu() queued so far
 * has run
 *
 * Context: any host thread outside an RCU read section and outside RCU
 * callbacks; sleeps.
 */
void rcu_barrier(void)
{
	WARN_ON_ONCE(rcu_read_lock_held());
	/* A finishing kfree_rcu() batch may queue the next: wait for it too. */
	do {
		host_ops.rcu_barrier();
	} while (READ_ONCE(kfree_rcu_busy));
}

/**
 * rcu_quiesce - wait until no call_rcu() callback or kfree_rcu() is pending
 *
 * Unlike rcu_barrier(), this also waits for callbacks that callbacks
 * queue meanwhile: a task's last reference, dropped a grace period after
 * release_task(), queues the task's free for another grace period, and
 * that free queues its credentials' for a third.  When it returns, every
 * deferred free queued before or during the call has run.  For tests
 * that count live objects; it waits as long as other threads keep
 * queueing.
 *
 * Context: any host thread outside an RCU read section and outside RCU
 * callbacks; sleeps.
 */
void rcu_quiesce(void)
{
	WARN_ON_ONCE(rcu_read_lock_held());
	/* kfree_rcu() batches are call_rcu() records: counted there. */
	host_ops.rcu_quiesce();
}
