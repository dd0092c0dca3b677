// SPDX-License-Identifier: GPL-2.0
/*
 * rcu_test.c - KUnit suite "rcu": grace periods, callbacks, kfree_rcu(),
 * rcu_quiesce() and the read-side nesting that rcu_read_lock_held() reports.
 *
 * A reader host thread holds rcu_read_lock() until the case lets it go
 * (a completion it polls: a reader may not sleep), so "the grace period
 * cannot end yet" is checked by state, never by time.
 *
 * Locks taken and their ordering: rcu_test_lock only, a leaf.
 */
#include <kunit/test.h>
#include <linux/completion.h>
#include <linux/kernel.h>
#include <linux/mutex.h>
#include <linux/rcupdate.h>
#include <linux/slab.h>
#include <host_ops.h>

struct rcu_test_obj {
	int value;
	struct rcu_head rcu;
};

struct rcu_test_ctx {
	struct completion reader_in;	/* the reader is inside its section */
	struct completion reader_go;	/* the reader may leave */
	struct completion sync_done;	/* synchronize_rcu() returned */
	int reader_left;		/* set just before rcu_read_unlock() */
	int left_when_synced;		/* reader_left seen after the sync */
	int callback_ran;
	int callback_saw_reader_left;
};

/* rcu_test_lock protects rcu_test_ptr's updates. */
static DEFINE_MUTEX(rcu_test_lock);
static struct rcu_test_obj __rcu *rcu_test_ptr;
static struct rcu_test_ctx *rcu_test_cb_ctx;

static void rcu_test_reader(void *arg)
{
	struct rcu_test_ctx *ctx = arg;

	rcu_read_lock();
	complete(&ctx->reader_in);
	/* A reader may not sleep (might_sleep()): it polls, yielding. */
	while (!try_wait_for_completion(&ctx->reader_go))
		host_ops.cpu_relax();
	WRITE_ONCE(ctx->reader_left, 1);
	rcu_read_unlock();
}

static void rcu_test_syncer(void *arg)
{
	struct rcu_test_ctx *ctx = arg;

	synchronize_rcu();
	WRITE_ONCE(ctx->left_when_synced, READ_ONCE(ctx->reader_left));
	complete(&ctx->sync_done);
}

static struct rcu_test_ctx *rcu_test_ctx_new(struct kunit *test)
{
	struct rcu_test_ctx *ctx = kunit_kzalloc(test, sizeof(*ctx),
						 GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, ctx);
	init_completion(&ctx->reader_in);
	init_completion(&ctx->reader_go);
	init_completion(&ctx->sync_done);
	return ctx;
}

/* synchronize_rcu() returns only after a pre-existing reader left. */
static void rcu_synchronize_waits_for_reader(struct kunit *test)
{
	struct rcu_test_ctx *ctx = rcu_test_ctx_new(test);
	struct host_thread *reader, *syncer;

	reader = host_ops.thread_create(rcu_test_reader, ctx, 0);
	KUNIT_ASSERT_NOT_NULL(test, reader);
	wait_for_completion(&ctx->reader_in);

	syncer = host_ops.thread_create(rcu_test_syncer, ctx, 0);
	if (syncer) {
		host_ops.sleep_ns(100000);
		KUNIT_EXPECT_FALSE(test, completion_done(&ctx->sync_done));
	}
	complete(&ctx->reader_go);
	host_ops.thread_join(reader);
	if (syncer)
		host_ops.thread_join(syncer);

	KUNIT_EXPECT_NOT_NULL(test, syncer);
	KUNIT_EXPECT_TRUE(test, completion_done(&ctx->sync_done));
	KUNIT_EXPECT_EQ(test, READ_ONCE(ctx->left_when_synced), 1);
}

static void rcu_test_callback(struct rcu_head *head)
{
	struct rcu_test_obj *obj = container_of(head, struct rcu_test_obj,
						rcu);
	struct rcu_test_ctx *ctx = READ_ONCE(rcu_test_cb_ctx);

	WRITE_ONCE(ctx->callback_saw_reader_left, READ_ONCE(ctx->reader_left));
	WRITE_ONCE(ctx->callback_ran, 1);
	kfree(obj);
}

/* A call_rcu() callback runs after the grace period, not before. */
static void rcu_call_rcu_after_grace_period(struct kunit *test)
{
	struct rcu_test_ctx *ctx = rcu_test_ctx_new(test);
	struct rcu_test_obj *obj;
	struct host_thread *reader;

	obj = kzalloc(sizeof(*obj), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, obj);
	WRITE_ONCE(rcu_test_cb_ctx, ctx);

	reader = host_ops.thread_create(rcu_test_reader, ctx, 0);
	if (!reader) {
		kfree(obj);
		KUNIT_ASSERT_NOT_NULL(test, reader);
	}
	wait_for_completion(&ctx->reader_in);
	call_rcu(&obj->rcu, rcu_test_callback);
	host_ops.sleep_ns(100000);
	KUNIT_EXPECT_EQ(test, READ_ONCE(ctx->callback_ran), 0);

	complete(&ctx->reader_go);
	host_ops.thread_join(reader);
	rcu_barrier();
	KUNIT_EXPECT_EQ(test, READ_ONCE(ctx->callback_ran), 1);
	KUNIT_EXPECT_EQ(test, READ_ONCE(ctx->callback_saw_reader_left), 1);
}

/* kfree_rcu() frees after a grace period: rcu_barrier() waits for it. */
static void rcu_kfree_rcu_frees(struct kunit *test)
{
	long live = host_ops.mem_live();
	struct rcu_test_obj *obj;
	int i;

	for (i = 0; i < 10; i++) {
		obj = kzalloc(sizeof(*obj), GFP_KERNEL);
		KUNIT_ASSERT_NOT_NULL(test, obj);
		kfree_rcu(obj, rcu);
	}
	rcu_barrier();
	KUNIT_EXPECT_EQ(test, host_ops.mem_live(), live);
}

/* A callback that queues itself again until its hops run out. */
struct rcu_test_chain {
	struct rcu_head rcu;
	int hops;
	int *ran;
};

static void rcu_test_chain_hop(struct rcu_head *head)
{
	struct rcu_test_chain *chain =
		container_of(head, struct rcu_test_chain, rcu);

	WRITE_ONCE(*chain->ran, *chain->ran + 1);
	if (--chain->hops)
		call_rcu(&chain->rcu, rcu_test_chain_hop);
	else
		kfree(chain);
}

/*
 * rcu_quiesce() waits for callbacks that callbacks queue, where
 * rcu_barrier() waits only for those queued before it: the chain frees
 * its memory in its last hop, so the count is back only after all.
 */
static void rcu_quiesce_runs_chains(struct kunit *test)
{
	long live = host_ops.mem_live();
	struct rcu_test_chain *chain;
	int ran = 0;

	chain = kzalloc(sizeof(*chain), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, chain);
	chain->hops = 20;
	chain->ran = &ran;
	call_rcu(&chain->rcu, rcu_test_chain_hop);
	rcu_quiesce();
	KUNIT_EXPECT_EQ(test, READ_ONCE(ran), 20);
	KUNIT_EXPECT_EQ(test, host_ops.mem_live(), live);
}

/* Publication and the read-side checks of rcu_dereference_check(). */
static void rcu_read_side_checks(struct kunit *test)
	__no_context_analysis	/* nested sections: not reentrant in clang 14 */
{
	struct rcu_test_obj *obj, *seen;

	KUNIT_EXPECT_FALSE(test, rcu_read_lock_held());
	rcu_read_lock();
	rcu_read_lock();
	KUNIT_EXPECT_TRUE(test, rcu_read_lock_held());
	rcu_read_unlock();
	KUNIT_EXPECT_TRUE(test, rcu_read_lock_held());
	rcu_read_unlock();
	KUNIT_EXPECT_FALSE(test, rcu_read_lock_held());

	obj = kzalloc(sizeof(*obj), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, obj);
	obj->value = 42;
	mutex_lock(&rcu_test_lock);
	rcu_assign_pointer(rcu_test_ptr, obj);
	/* The update lock is enough: no WARN. */
	seen = rcu_dereference_check(rcu_test_ptr,
				     lockdep_is_held(&rcu_test_lock));
	mutex_unlock(&rcu_test_lock);
	KUNIT_EXPECT_PTR_EQ(test, seen, obj);

	rcu_read_lock();
	seen = rcu_dereference(rcu_test_ptr);
	KUNIT_EXPECT_EQ(test, seen ? seen->value : 0, 42);
	rcu_read_unlock();

	mutex_lock(&rcu_test_lock);
	seen = rcu_replace_pointer(rcu_test_ptr, NULL,
				   lockdep_is_held(&rcu_test_lock));
	mutex_unlock(&rcu_test_lock);
	KUNIT_EXPECT_PTR_EQ(test, seen, obj);
	KUNIT_EXPECT_NULL(test, rcu_access_pointer(rcu_test_ptr));
	synchronize_rcu();
	kfree(obj);
}

static struct kunit_case rcu_cases[] = {
	KUNIT_CASE(rcu_synchronize_waits_for_reader),
	KUNIT_CASE(rcu_call_rcu_after_grace_period),
	KUNIT_CASE(rcu_kfree_rcu_frees),
	KUNIT_CASE(rcu_quiesce_runs_chains),
	KUNIT_CASE(rcu_read_side_checks),
	{}
};

static struct kunit_suite rcu_suite = {
	.name = "rcu",
	.test_cases = rcu_cases,
};

kunit_test_suite(rcu_suite);
