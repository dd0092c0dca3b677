// SPDX-License-Identifier: GPL-2.0
/*
 * locking_test.c - KUnit suites for the kernel's locks and lockdep-lite.
 *
 * The contention cases run raw host threads (host_ops.thread_create()),
 * which have no current task: the locks must work on any host thread.
 * Every assertion is about counts and orders of events, never about time:
 * where a case must wait for another thread to reach a state, it polls
 * that state, sleeping briefly between looks.
 *
 * Successful trylocks are written as `if (_x_trylock(l)) { __acquire(l);
 * ... }`: sparse 0.6.4 cannot follow the context of __cond_lock() into a
 * branch, and this form states the same thing in a way it can check.
 *
 * Locks taken and their ordering: each case takes only its own locks;
 * locking_lockdep_inversion takes two mutexes in both orders on purpose.
 */
#include <kunit/test.h>
#include <linux/completion.h>
#include <linux/kernel.h>
#include <linux/lockdep.h>
#include <linux/mutex.h>
#include <linux/preempt.h>
#include <linux/rcupdate.h>
#include <linux/rwsem.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/wait.h>
#include <linux/sched.h>
#include <linux/kthread.h>
#include <host_ops.h>

#include "locking-internal.h"

#define LT_THREADS	4
#define LT_ITERS	20000

struct lt_ctx {
	struct kunit *test;
	/* The locks under test; each guards counter and shadow. */
	spinlock_t spin;
	/* See spin. */
	rwlock_t rwlock;
	/* See spin. */
	struct mutex mutex;
	/* See spin. */
	struct rw_semaphore sem;
	/* Guarded by the lock under test; equal whenever it is free. */
	unsigned long counter;
	unsigned long shadow;
	/* Atomic counters of the threads. */
	unsigned long reads;
	unsigned long torn;
	unsigned long overtakes;
	unsigned long writer_acqs;
	unsigned long order_seq;
	unsigned long seen_queued;
	int stop;
	/* Order stamps of the rwsem ordering cases. */
	unsigned long writer_stamp;
	unsigned long reader_stamp;
	int other_held;
	int flag;
};

static struct lt_ctx *lt_ctx_new(struct kunit *test)
{
	struct lt_ctx *ctx = kunit_kzalloc(test, sizeof(*ctx), GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, ctx);
	ctx->test = test;
	spin_lock_init(&ctx->spin);
	rwlock_init(&ctx->rwlock);
	mutex_init(&ctx->mutex);
	init_rwsem(&ctx->sem);
	return ctx;
}

/* Run @fn(@ctx) on @n new host threads and wait for all of them. */
static void lt_run_threads(struct kunit *test, int n, void (*fn)(void *),
			   struct lt_ctx *ctx)
{
	struct host_thread *threads[LT_THREADS + 1];
	int i, started = 0;

	for (i = 0; i < n && i < (int)ARRAY_SIZE(threads); i++) {
		threads[i] = host_ops.thread_create(fn, ctx, 0);
		if (threads[i])
			started++;
	}
	for (i = 0; i < started; i++)
		host_ops.thread_join(threads[i]);
	KUNIT_EXPECT_EQ(test, started, n);
}

/* Let other host threads run while polling for a state. */
static void lt_pause(void)
{
	host_ops.sleep_ns(10000);
}

static unsigned long lt_stamp(struct lt_ctx *ctx)
{
	return __atomic_add_fetch(&ctx->order_seq, 1, __ATOMIC_SEQ_CST);
}

static void lt_spin_worker(void *arg)
{
	struct lt_ctx *ctx = arg;
	int i;

	for (i = 0; i < LT_ITERS; i++) {
		spin_lock(&ctx->spin);
		ctx->counter++;
		spin_unlock(&ctx->spin);
	}
}

static void locking_spinlock_mutual_exclusion(struct kunit *test)
{
	struct lt_ctx *ctx = lt_ctx_new(test);

	lt_run_threads(test, LT_THREADS, lt_spin_worker, ctx);
	KUNIT_EXPECT_EQ(test, ctx->counter, (unsigned long)LT_THREADS * LT_ITERS);
}

static void lt_spin_trylock_other(void *arg)
{
	struct lt_ctx *ctx = arg;

	if (_spin_trylock(&ctx->spin, LOCK_SITE)) {
		__acquire(&ctx->spin);
		WRITE_ONCE(ctx->other_held, 1);
		spin_unlock(&ctx->spin);
	}
}

static void locking_spinlock_trylock(struct kunit *test)
{
	struct lt_ctx *ctx = lt_ctx_new(test);

	spin_lock(&ctx->spin);
	KUNIT_EXPECT_TRUE(test, lockdep_is_held(&ctx->spin));
	lt_run_threads(test, 1, lt_spin_trylock_other, ctx);
	KUNIT_EXPECT_EQ(test, READ_ONCE(ctx->other_held), 0);
	spin_unlock(&ctx->spin);
	if (IS_ENABLED(CONFIG_LOCKDEP))
		KUNIT_EXPECT_FALSE(test, lockdep_is_held(&ctx->spin));

	lt_run_threads(test, 1, lt_spin_trylock_other, ctx);
	KUNIT_EXPECT_EQ(test, READ_ONCE(ctx->other_held), 1);
}

static struct kunit_case locking_spinlock_cases[] = {
	KUNIT_CASE(locking_spinlock_mutual_exclusion),
	KUNIT_CASE(locking_spinlock_trylock),
	{}
};

static struct kunit_suite locking_spinlock_suite = {
	.name = "locking_spinlock",
	.test_cases = locking_spinlock_cases,
};

static void lt_mutex_worker(void *arg)
{
	struct lt_ctx *ctx = arg;
	int i;

	for (i = 0; i < LT_ITERS; i++) {
		mutex_lock(&ctx->mutex);
		ctx->counter++;
		mutex_unlock(&ctx->mutex);
	}
}

static void locking_mutex_mutual_exclusion(struct kunit *test)
{
	struct lt_ctx *ctx = lt_ctx_new(test);

	lt_run_threads(test, LT_THREADS, lt_mutex_worker, ctx);
	KUNIT_EXPECT_EQ(test, ctx->counter, (unsigned long)LT_THREADS * LT_ITERS);
	KUNIT_EXPECT_FALSE(test, mutex_is_locked(&ctx->mutex));
}

/* Runs while the case thread holds ctx->mutex. */
static void lt_mutex_other(void *arg)
{
	struct lt_ctx *ctx = arg;
	int held = 0;

	if (IS_ENABLED(CONFIG_LOCKDEP) && lockdep_is_held(&ctx->mutex))
		held |= 1;
	if (READ_ONCE(ctx->mutex.owner) == lock_owner_token())
		held |= 2;
	if (_mutex_trylock(&ctx->mutex, LOCK_SITE)) {
		__acquire(&ctx->mutex);
		held |= 4;
		mutex_unlock(&ctx->mutex);
	}
	WRITE_ONCE(ctx->other_held, held);
}

static void locking_mutex_owner(struct kunit *test)
{
	struct lt_ctx *ctx = lt_ctx_new(test);

	KUNIT_EXPECT_EQ(test, READ_ONCE(ctx->mutex.owner), 0UL);
	mutex_lock(&ctx->mutex);
	KUNIT_EXPECT_TRUE(test, mutex_is_locked(&ctx->mutex));
	KUNIT_EXPECT_TRUE(test, lockdep_is_held(&ctx->mutex));
	KUNIT_EXPECT_EQ(test, READ_ONCE(ctx->mutex.owner),
			lock_owner_token());
	/* Another host thread neither holds it nor can take it. */
	ctx->other_held = -1;
	lt_run_threads(test, 1, lt_mutex_other, ctx);
	KUNIT_EXPECT_EQ(test, READ_ONCE(ctx->other_held), 0);
	mutex_unlock(&ctx->mutex);

	KUNIT_EXPECT_FALSE(test, mutex_is_locked(&ctx->mutex));
	if (IS_ENABLED(CONFIG_LOCKDEP))
		KUNIT_EXPECT_FALSE(test, lockdep_is_held(&ctx->mutex));
	KUNIT_EXPECT_EQ(test, READ_ONCE(ctx->mutex.owner), 0UL);
	lt_run_threads(test, 1, lt_mutex_other, ctx);
	KUNIT_EXPECT_EQ(test, READ_ONCE(ctx->other_held), 4);
}

#ifdef CONFIG_LOCKDEP
/* lockdep_assert_held() on a mutex the thread does not hold WARNs. */
static void locking_mutex_assert_held(struct kunit *test)
{
	struct lt_ctx *ctx = lt_ctx_new(test);
	unsigned long warns = warn_count();

	mutex_lock(&ctx->mutex);
	lockdep_assert_held(&ctx->mutex);
	mutex_unlock(&ctx->mutex);
	KUNIT_EXPECT_EQ(test, warn_count(), warns);

	kunit_expect_warns(test, 1);
	lockdep_assert_held(&ctx->mutex);
	KUNIT_EXPECT_EQ(test, warn_count(), warns + 1);
}
#endif

struct lt_owner_ctx {
	struct completion ready;
	struct completion go;
	struct mutex mutex;	/* held by the owner thread while it waits */
	unsigned long token;
};

static int lt_owner_fn(void *arg)
{
	struct lt_owner_ctx *oc = arg;

	mutex_lock(&oc->mutex);
	oc->token = READ_ONCE(oc->mutex.owner);
	complete(&oc->ready);
	wait_for_completion(&oc->go);	/* a host wait, holding the mutex */
	mutex_unlock(&oc->mutex);
	return 0;
}

/*
 * The spinning rule (locking-internal.h): spin while the owner's call
 * slot is held and it is not in a host wait; stop at once when it
 * waits; an owner that is not a task gets OWNER_SPIN_UNKNOWN spins.
 */
static void locking_mutex_spin_on_owner(struct kunit *test)
{
	struct lt_owner_ctx *oc = kunit_kzalloc(test, sizeof(*oc), GFP_KERNEL);
	struct task_struct *owner;
	unsigned long token;
	int unknown = 0, i;

	KUNIT_ASSERT_NOT_NULL(test, oc);
	init_completion(&oc->ready);
	init_completion(&oc->go);
	mutex_init(&oc->mutex);

	/* This thread runs: spinning on it goes on. */
	token = lock_owner_token();
	KUNIT_EXPECT_EQ(test, token, (unsigned long)current);
	rcu_read_lock();
	KUNIT_EXPECT_TRUE(test, lock_spin_on_owner(&token, &unknown));
	rcu_read_unlock();
	KUNIT_EXPECT_EQ(test, unknown, 0);

	/* An owner blocked in a host wait: stop spinning at once. */
	owner = kthread_run(lt_owner_fn, oc, "lt_owner");
	KUNIT_ASSERT_FALSE(test, IS_ERR(owner));
	wait_for_completion(&oc->ready);
	KUNIT_EXPECT_EQ(test, oc->token, (unsigned long)owner);
	while (!READ_ONCE(owner->host_waits))
		host_ops.cpu_relax();	/* until it sleeps on oc->go */
	rcu_read_lock();
	KUNIT_EXPECT_FALSE(test, lock_spin_on_owner(&oc->mutex.owner,
						    &unknown));
	rcu_read_unlock();
	KUNIT_EXPECT_EQ(test, unknown, 0);
	complete(&oc->go);
	mutex_lock(&oc->mutex);		/* the owner lets go */
	mutex_unlock(&oc->mutex);

	/* Not a task (or not yet recorded): a few spins, then sleep. */
	token = 0x1000 | LOCK_OWNER_THREAD;
	rcu_read_lock();
	for (i = 0; i < OWNER_SPIN_UNKNOWN; i++)
		KUNIT_EXPECT_TRUE(test, lock_spin_on_owner(&token, &unknown));
	KUNIT_EXPECT_FALSE(test, lock_spin_on_owner(&token, &unknown));
	rcu_read_unlock();
}

static struct kunit_case locking_mutex_cases[] = {
	KUNIT_CASE(locking_mutex_mutual_exclusion),
	KUNIT_CASE(locking_mutex_owner),
	KUNIT_CASE(locking_mutex_spin_on_owner),
#ifdef CONFIG_LOCKDEP
	KUNIT_CASE(locking_mutex_assert_held),
#endif
	{}
};

static struct kunit_suite locking_mutex_suite = {
	.name = "locking_mutex",
	.test_cases = locking_mutex_cases,
};

/* Writers keep counter == shadow; readers check it is never torn. */
static void lt_rwlock_worker(void *arg)
{
	struct lt_ctx *ctx = arg;
	int i;

	for (i = 0; i < LT_ITERS; i++) {
		if (i % 4 == 0) {
			write_lock(&ctx->rwlock);
			ctx->counter++;
			ctx->shadow++;
			write_unlock(&ctx->rwlock);
			continue;
		}
		read_lock(&ctx->rwlock);
		if (READ_ONCE(ctx->counter) != READ_ONCE(ctx->shadow))
			__atomic_fetch_add(&ctx->torn, 1, __ATOMIC_RELAXED);
		__atomic_fetch_add(&ctx->reads, 1, __ATOMIC_RELAXED);
		read_unlock(&ctx->rwlock);
	}
}

static void locking_rwlock_mutual_exclusion(struct kunit *test)
{
	struct lt_ctx *ctx = lt_ctx_new(test);

	lt_run_threads(test, LT_THREADS, lt_rwlock_worker, ctx);
	KUNIT_EXPECT_EQ(test, ctx->counter,
			(unsigned long)LT_THREADS * (LT_ITERS / 4));
	KUNIT_EXPECT_EQ(test, ctx->shadow, ctx->counter);
	KUNIT_EXPECT_EQ(test, ctx->torn, 0UL);
	KUNIT_EXPECT_EQ(test, ctx->reads,
			(unsigned long)LT_THREADS * (LT_ITERS - LT_ITERS / 4));
}

static void lt_rwlock_try_other(void *arg)
{
	struct lt_ctx *ctx = arg;
	int held = 0;

	if (_read_trylock(&ctx->rwlock, LOCK_SITE)) {
		__acquire_shared(&ctx->rwlock);
		held |= 1;
		read_unlock(&ctx->rwlock);
	}
	if (_write_trylock(&ctx->rwlock, LOCK_SITE)) {
		__acquire(&ctx->rwlock);
		held |= 2;
		write_unlock(&ctx->rwlock);
	}
	WRITE_ONCE(ctx->other_held, held);
}

static void locking_rwlock_trylock(struct kunit *test)
{
	struct lt_ctx *ctx = lt_ctx_new(test);

	read_lock(&ctx->rwlock);
	KUNIT_EXPECT_TRUE(test, lockdep_is_held_type(&ctx->rwlock,
						     LOCKDEP_HELD_READ));
	lt_run_threads(test, 1, lt_rwlock_try_other, ctx);
	KUNIT_EXPECT_EQ(test, READ_ONCE(ctx->other_held), 1);
	read_unlock(&ctx->rwlock);

	write_lock(&ctx->rwlock);
	KUNIT_EXPECT_TRUE(test, lockdep_is_held_type(&ctx->rwlock,
						     LOCKDEP_HELD_WRITE));
	lt_run_threads(test, 1, lt_rwlock_try_other, ctx);
	KUNIT_EXPECT_EQ(test, READ_ONCE(ctx->other_held), 0);
	write_unlock(&ctx->rwlock);

	lt_run_threads(test, 1, lt_rwlock_try_other, ctx);
	KUNIT_EXPECT_EQ(test, READ_ONCE(ctx->other_held), 3);
}

static struct kunit_case locking_rwlock_cases[] = {
	KUNIT_CASE(locking_rwlock_mutual_exclusion),
	KUNIT_CASE(locking_rwlock_trylock),
	{}
};

static struct kunit_suite locking_rwlock_suite = {
	.name = "locking_rwlock",
	.test_cases = locking_rwlock_cases,
};

static void lt_rwsem_worker(void *arg)
{
	struct lt_ctx *ctx = arg;
	int i;

	for (i = 0; i < LT_ITERS; i++) {
		if (i % 4 == 0) {
			down_write(&ctx->sem);
			ctx->counter++;
			ctx->shadow++;
			if (i % 8 == 0) {
				/* Keep a read hold: no writer slips in. */
				downgrade_write(&ctx->sem);
				if (READ_ONCE(ctx->counter) !=
				    READ_ONCE(ctx->shadow))
					__atomic_fetch_add(&ctx->torn, 1,
							   __ATOMIC_RELAXED);
				up_read(&ctx->sem);
			} else {
				up_write(&ctx->sem);
			}
			continue;
		}
		down_read(&ctx->sem);
		if (READ_ONCE(ctx->counter) != READ_ONCE(ctx->shadow))
			__atomic_fetch_add(&ctx->torn, 1, __ATOMIC_RELAXED);
		up_read(&ctx->sem);
	}
}

static void locking_rwsem_mutual_exclusion(struct kunit *test)
{
	struct lt_ctx *ctx = lt_ctx_new(test);

	lt_run_threads(test, LT_THREADS, lt_rwsem_worker, ctx);
	KUNIT_EXPECT_EQ(test, ctx->counter,
			(unsigned long)LT_THREADS * (LT_ITERS / 4));
	KUNIT_EXPECT_EQ(test, ctx->torn, 0UL);
	KUNIT_EXPECT_FALSE(test, rwsem_is_locked(&ctx->sem));
	KUNIT_EXPECT_FALSE(test, rwsem_is_contended(&ctx->sem));
}

static void lt_rwsem_writer(void *arg)
{
	struct lt_ctx *ctx = arg;

	down_write(&ctx->sem);
	ctx->writer_stamp = lt_stamp(ctx);
	up_write(&ctx->sem);
}

static void lt_rwsem_reader(void *arg)
{
	struct lt_ctx *ctx = arg;

	down_read(&ctx->sem);
	ctx->reader_stamp = lt_stamp(ctx);
	up_read(&ctx->sem);
}

static void lt_wait_until_queued(struct rw_semaphore *sem, bool writer)
{
	/* Polls a state, not a time: returns once the waiter is queued. */
	while (!(writer ? READ_ONCE(sem->rwbase.write_head) :
			  READ_ONCE(sem->rwbase.read_waiters)))
		lt_pause();
}

/*
 * Once a writer waits, new readers queue behind it: with a read hold
 * kept by the case, a queued writer makes down_read_trylock() fail and a
 * new reader get the lock only after the writer had it.
 */
static void locking_rwsem_writer_preferred(struct kunit *test)
	__no_context_analysis	/* a trylock under our own read hold */
{
	struct lt_ctx *ctx = lt_ctx_new(test);
	struct host_thread *writer, *reader;

	down_read(&ctx->sem);
	writer = host_ops.thread_create(lt_rwsem_writer, ctx, 0);
	KUNIT_ASSERT_NOT_NULL(test, writer);
	lt_wait_until_queued(&ctx->sem, true);

	KUNIT_EXPECT_TRUE(test, rwsem_is_contended(&ctx->sem));
	if (_down_read_trylock(&ctx->sem, LOCK_SITE)) {
		__acquire_shared(&ctx->sem);
		KUNIT_FAIL(test, "a reader overtook a queued writer");
		up_read(&ctx->sem);
	}
	reader = host_ops.thread_create(lt_rwsem_reader, ctx, 0);
	up_read(&ctx->sem);

	host_ops.thread_join(writer);
	if (reader)
		host_ops.thread_join(reader);
	KUNIT_EXPECT_NOT_NULL(test, reader);
	KUNIT_EXPECT_NE(test, ctx->writer_stamp, 0UL);
	KUNIT_EXPECT_LT(test, ctx->writer_stamp, ctx->reader_stamp);
}

/*
 * Phase fairness: readers queued while a writer holds the lock enter
 * when it releases, before a writer that queued earlier than them.
 */
static void locking_rwsem_reader_phase(struct kunit *test)
{
	struct lt_ctx *ctx = lt_ctx_new(test);
	struct host_thread *writer, *reader;

	down_write(&ctx->sem);
	writer = host_ops.thread_create(lt_rwsem_writer, ctx, 0);
	KUNIT_ASSERT_NOT_NULL(test, writer);
	lt_wait_until_queued(&ctx->sem, true);
	reader = host_ops.thread_create(lt_rwsem_reader, ctx, 0);
	if (reader)
		lt_wait_until_queued(&ctx->sem, false);
	up_write(&ctx->sem);

	host_ops.thread_join(writer);
	if (reader)
		host_ops.thread_join(reader);
	KUNIT_EXPECT_NOT_NULL(test, reader);
	KUNIT_EXPECT_NE(test, ctx->reader_stamp, 0UL);
	KUNIT_EXPECT_LT(test, ctx->reader_stamp, ctx->writer_stamp);
}

/*
 * Readers re-take the read lock in a loop.  A reader that saw the
 * writer queued before calling down_read() must not get the lock before
 * that writer did (it would be an overtake): the bound on reader
 * acquisitions while a writer waits is zero.
 */
static void lt_rwsem_looping_reader(void *arg)
{
	struct lt_ctx *ctx = arg;
	unsigned long acqs_before;
	bool queued;

	while (!READ_ONCE(ctx->stop)) {
		acqs_before = __atomic_load_n(&ctx->writer_acqs,
					      __ATOMIC_SEQ_CST);
		queued = !!READ_ONCE(ctx->sem.rwbase.write_head);
		down_read(&ctx->sem);
		if (queued) {
			__atomic_fetch_add(&ctx->seen_queued, 1,
					   __ATOMIC_RELAXED);
			if (READ_ONCE(ctx->writer_acqs) == acqs_before)
				__atomic_fetch_add(&ctx->overtakes, 1,
						   __ATOMIC_RELAXED);
		}
		__atomic_fetch_add(&ctx->reads, 1, __ATOMIC_RELAXED);
		up_read(&ctx->sem);
	}
}

static void locking_rwsem_writer_not_starved(struct kunit *test)
{
	struct lt_ctx *ctx = lt_ctx_new(test);
	struct host_thread *readers[LT_THREADS];
	int i, started = 0;

	for (i = 0; i < LT_THREADS; i++) {
		readers[i] = host_ops.thread_create(lt_rwsem_looping_reader,
						    ctx, 0);
		if (readers[i])
			started++;
	}
	/* Let the readers get going: wait for some acquisitions. */
	while (started && READ_ONCE(ctx->reads) < 100)
		lt_pause();

	for (i = 0; i < 500; i++) {
		down_write(&ctx->sem);
		__atomic_fetch_add(&ctx->writer_acqs, 1, __ATOMIC_SEQ_CST);
		up_write(&ctx->sem);
	}
	WRITE_ONCE(ctx->stop, 1);
	for (i = 0; i < LT_THREADS; i++)
		if (readers[i])
			host_ops.thread_join(readers[i]);

	KUNIT_EXPECT_EQ(test, started, LT_THREADS);
	KUNIT_EXPECT_EQ(test, ctx->writer_acqs, 500UL);
	KUNIT_EXPECT_EQ(test, ctx->overtakes, 0UL);
	kunit_info(test, "%lu reads, %lu after seeing a queued writer\n",
		   ctx->reads, ctx->seen_queued);
}

static struct kunit_case locking_rwsem_cases[] = {
	KUNIT_CASE(locking_rwsem_mutual_exclusion),
	KUNIT_CASE(locking_rwsem_writer_preferred),
	KUNIT_CASE(locking_rwsem_reader_phase),
	KUNIT_CASE(locking_rwsem_writer_not_starved),
	{}
};

static struct kunit_suite locking_rwsem_suite = {
	.name = "locking_rwsem",
	.test_cases = locking_rwsem_cases,
};

#ifdef CONFIG_LOCKDEP
/* Held-lock tracking works for all four lock types, per thread. */
static void locking_lockdep_held(struct kunit *test)
{
	struct lt_ctx *ctx = lt_ctx_new(test);
	int depth = lock_is_held_count();

	/* Sleeping locks first: nothing may sleep under a spinning one. */
	mutex_lock(&ctx->mutex);
	down_write(&ctx->sem);
	spin_lock(&ctx->spin);
	read_lock(&ctx->rwlock);
	KUNIT_EXPECT_EQ(test, lock_is_held_count(), depth + 4);
	KUNIT_EXPECT_TRUE(test, lockdep_is_held(&ctx->spin));
	KUNIT_EXPECT_TRUE(test, lockdep_is_held(&ctx->rwlock));
	KUNIT_EXPECT_TRUE(test, lockdep_is_held(&ctx->mutex));
	KUNIT_EXPECT_TRUE(test, lockdep_is_held(&ctx->sem));
	KUNIT_EXPECT_TRUE(test, lockdep_is_held_type(&ctx->rwlock,
						     LOCKDEP_HELD_READ));
	KUNIT_EXPECT_FALSE(test, lockdep_is_held_type(&ctx->rwlock,
						      LOCKDEP_HELD_WRITE));
	KUNIT_EXPECT_TRUE(test, lockdep_is_held_type(&ctx->sem,
						     LOCKDEP_HELD_WRITE));
	downgrade_write(&ctx->sem);
	KUNIT_EXPECT_TRUE(test, lockdep_is_held_type(&ctx->sem,
						     LOCKDEP_HELD_READ));
	/* Out-of-order release is allowed. */
	spin_unlock(&ctx->spin);
	KUNIT_EXPECT_FALSE(test, lockdep_is_held(&ctx->spin));
	KUNIT_EXPECT_TRUE(test, lockdep_is_held(&ctx->mutex));
	up_read(&ctx->sem);
	mutex_unlock(&ctx->mutex);
	read_unlock(&ctx->rwlock);
	KUNIT_EXPECT_EQ(test, lock_is_held_count(), depth);
	KUNIT_EXPECT_FALSE(test, lockdep_is_held(&ctx->rwlock));
	KUNIT_EXPECT_FALSE(test, lockdep_is_held(&ctx->sem));
}

/*
 * CONFIG_DEBUG_LOCK_ALLOC: kfree() of memory holding a lock the caller
 * holds WARNs (the check kfree() and kmem_cache_free() make, called
 * directly: the memory cannot really be freed under the held lock);
 * memory that holds none, and the lock once released, do not.
 */
static void locking_lockdep_free_held(struct kunit *test)
{
	struct lt_ctx *ctx = kzalloc(sizeof(*ctx), GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, ctx);
	mutex_init(&ctx->mutex);
	mutex_lock(&ctx->mutex);
	debug_check_no_locks_freed(&ctx->counter, sizeof(ctx->counter));
	kunit_expect_warns(test, 1);
	debug_check_no_locks_freed(ctx, host_ops.mem_size(ctx));
	mutex_unlock(&ctx->mutex);
	kfree(ctx);
}

#ifdef CONFIG_PROVE_LOCKING
/* A -> B, then B -> A: one inversion, reported by exactly one WARN. */
static void locking_lockdep_inversion(struct kunit *test)
{
	struct mutex *first, *second;
	unsigned long inversions = lockdep_inversions();

	first = kunit_kzalloc(test, sizeof(*first), GFP_KERNEL);
	second = kunit_kzalloc(test, sizeof(*second), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, first);
	KUNIT_ASSERT_NOT_NULL(test, second);
	mutex_init(first);
	mutex_init(second);

	mutex_lock(first);
	mutex_lock(second);
	mutex_unlock(second);
	mutex_unlock(first);
	KUNIT_EXPECT_EQ(test, lockdep_inversions(), inversions);

	kunit_expect_warns(test, 1);
	mutex_lock(second);
	mutex_lock(first);
	mutex_unlock(first);
	mutex_unlock(second);
	KUNIT_EXPECT_EQ(test, lockdep_inversions(), inversions + 1);
}

/* A trylock cannot deadlock: it adds no order and reports nothing. */
static void locking_lockdep_trylock_no_order(struct kunit *test)
{
	struct lt_ctx *ctx = lt_ctx_new(test);
	unsigned long inversions = lockdep_inversions();

	mutex_lock(&ctx->mutex);
	if (_spin_trylock(&ctx->spin, LOCK_SITE)) {
		__acquire(&ctx->spin);
		spin_unlock(&ctx->spin);
	} else {
		KUNIT_FAIL(test, "spin_trylock failed on a free lock");
	}
	mutex_unlock(&ctx->mutex);

	spin_lock(&ctx->spin);
	if (_mutex_trylock(&ctx->mutex, LOCK_SITE)) {
		__acquire(&ctx->mutex);
		mutex_unlock(&ctx->mutex);
	} else {
		KUNIT_FAIL(test, "mutex_trylock failed on a free mutex");
	}
	spin_unlock(&ctx->spin);
	KUNIT_EXPECT_EQ(test, lockdep_inversions(), inversions);
}

/*
 * A declared order is known before any code runs it: the first path
 * that takes the two the other way WARNs; declaring the reverse of a
 * known order WARNs too.
 */
static void locking_lockdep_declared_order(struct kunit *test)
{
	struct mutex *outer, *inner;
	unsigned long inversions = lockdep_inversions();

	outer = kunit_kzalloc(test, sizeof(*outer), GFP_KERNEL);
	inner = kunit_kzalloc(test, sizeof(*inner), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, outer);
	KUNIT_ASSERT_NOT_NULL(test, inner);
	mutex_init(outer);
	mutex_init(inner);
	lock_order_declare(outer, inner);
	KUNIT_EXPECT_EQ(test, lockdep_inversions(), inversions);

	kunit_expect_warns(test, 1);
	mutex_lock(inner);
	mutex_lock(outer);
	mutex_unlock(outer);
	mutex_unlock(inner);
	KUNIT_EXPECT_EQ(test, lockdep_inversions(), inversions + 1);
	lock_order_declare(inner, outer);	/* reported, not a new WARN */
	KUNIT_EXPECT_EQ(test, lockdep_inversions(), inversions + 2);
}
#endif /* CONFIG_PROVE_LOCKING */

static struct kunit_case locking_lockdep_cases[] = {
	KUNIT_CASE(locking_lockdep_held),
	KUNIT_CASE(locking_lockdep_free_held),
#ifdef CONFIG_PROVE_LOCKING
	KUNIT_CASE(locking_lockdep_declared_order),
	KUNIT_CASE(locking_lockdep_inversion),
	KUNIT_CASE(locking_lockdep_trylock_no_order),
#endif
	{}
};

static struct kunit_suite locking_lockdep_suite = {
	.name = "locking_lockdep",
	.test_cases = locking_lockdep_cases,
};
#endif /* CONFIG_LOCKDEP */

#ifdef CONFIG_DEBUG_ATOMIC_SLEEP
/*
 * might_sleep(): a sleeping primitive under a spinning lock or inside
 * rcu_read_lock() WARNs once per call; the same primitive outside, or a
 * non-sleeping one inside, does not.  preempt_count() counts the
 * spinning locks held, released in any order.
 */
static void locking_atomic_sleep_warns(struct kunit *test)
{
	struct lt_ctx *ctx = lt_ctx_new(test);
	unsigned long warns = warn_count();
	struct mutex *inner;	/* protects nothing: only taken */
	void *p;

	/* A class of its own: only ever taken under the spinlock. */
	inner = kunit_kzalloc(test, sizeof(*inner), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, inner);
	mutex_init(inner);
	KUNIT_EXPECT_EQ(test, preempt_count(), 0);
	mutex_lock(&ctx->mutex);		/* fine: nothing held */
	spin_lock(&ctx->spin);
	read_lock(&ctx->rwlock);
	KUNIT_EXPECT_EQ(test, preempt_count(), 2);
	p = kmalloc(16, GFP_ATOMIC);		/* fine: may not sleep */
	kfree(p);
	spin_unlock(&ctx->spin);		/* out of order */
	KUNIT_EXPECT_EQ(test, preempt_count(), 1);
	read_unlock(&ctx->rwlock);
	mutex_unlock(&ctx->mutex);
	KUNIT_EXPECT_EQ(test, preempt_count(), 0);
	KUNIT_EXPECT_EQ(test, warn_count(), warns);

	kunit_expect_warns(test, 3);
	spin_lock(&ctx->spin);
	mutex_lock(inner);			/* 1: a mutex under a spinlock */
	mutex_unlock(inner);
	spin_unlock(&ctx->spin);
	read_lock(&ctx->rwlock);
	p = kmalloc(16, GFP_KERNEL);		/* 2: GFP_KERNEL under rwlock */
	kfree(p);
	read_unlock(&ctx->rwlock);
	rcu_read_lock();
	down_read(&ctx->sem);			/* 3: an rwsem inside RCU */
	up_read(&ctx->sem);
	rcu_read_unlock();
	KUNIT_EXPECT_EQ(test, warn_count(), warns + 3);
	KUNIT_EXPECT_EQ(test, preempt_count(), 0);
}

static struct kunit_case locking_atomic_sleep_cases[] = {
	KUNIT_CASE(locking_atomic_sleep_warns),
	{}
};

static struct kunit_suite locking_atomic_sleep_suite = {
	.name = "locking_atomic_sleep",
	.test_cases = locking_atomic_sleep_cases,
};
#endif /* CONFIG_DEBUG_ATOMIC_SLEEP */

struct lt_wait_ctx {
	struct wait_queue_head wq;
	struct completion done;
	int flag;
	int woken;
};

static void lt_waiter(void *arg)
{
	struct lt_wait_ctx *wctx = arg;

	wait_event(wctx->wq, READ_ONCE(wctx->flag));
	__atomic_fetch_add(&wctx->woken, 1, __ATOMIC_RELAXED);
	complete(&wctx->done);
}

/* wait_event() sleepers all wake on one wake_up(); completions count. */
static void locking_wait_event_complete(struct kunit *test)
{
	struct lt_wait_ctx *wctx = kunit_kzalloc(test, sizeof(*wctx),
						 GFP_KERNEL);
	struct host_thread *threads[LT_THREADS];
	int i, started = 0;

	KUNIT_ASSERT_NOT_NULL(test, wctx);
	init_waitqueue_head(&wctx->wq);
	init_completion(&wctx->done);
	for (i = 0; i < LT_THREADS; i++) {
		threads[i] = host_ops.thread_create(lt_waiter, wctx, 0);
		if (threads[i])
			started++;
	}
	/* Nobody may pass before the condition is true. */
	KUNIT_EXPECT_FALSE(test, try_wait_for_completion(&wctx->done));
	KUNIT_EXPECT_EQ(test, wait_for_completion_timeout(&wctx->done, 1),
			0UL);
	WRITE_ONCE(wctx->flag, 1);
	wake_up(&wctx->wq);
	for (i = 0; i < started; i++)
		wait_for_completion(&wctx->done);
	for (i = 0; i < LT_THREADS; i++)
		if (threads[i])
			host_ops.thread_join(threads[i]);
	KUNIT_EXPECT_EQ(test, started, LT_THREADS);
	KUNIT_EXPECT_EQ(test, READ_ONCE(wctx->woken), started);
	KUNIT_EXPECT_FALSE(test, completion_done(&wctx->done));

	complete_all(&wctx->done);
	wait_for_completion(&wctx->done);
	KUNIT_EXPECT_TRUE(test, completion_done(&wctx->done));
	KUNIT_EXPECT_NE(test, wait_event_timeout(wctx->wq, 1, 10), 0L);
	KUNIT_EXPECT_EQ(test, wait_event_timeout(wctx->wq, 0, 1), 0L);
}

static struct kunit_case locking_wait_cases[] = {
	KUNIT_CASE(locking_wait_event_complete),
	{}
};

static struct kunit_suite locking_wait_suite = {
	.name = "locking_wait",
	.test_cases = locking_wait_cases,
};

kunit_test_suites(&locking_spinlock_suite, &locking_mutex_suite,
		  &locking_rwlock_suite, &locking_rwsem_suite,
		  &locking_wait_suite);
#ifdef CONFIG_LOCKDEP
kunit_test_suites(&locking_lockdep_suite);
#endif
#ifdef CONFIG_DEBUG_ATOMIC_SLEEP
kunit_test_suites(&locking_atomic_sleep_suite);
#endif
