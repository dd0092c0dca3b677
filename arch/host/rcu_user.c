// SPDX-License-Identifier: GPL-2.0
/*
 * rcu_user.c - RCU for the hosted kernel, on liburcu's memb flavor.
 *
 * Readers: urcu_memb_read_lock()/unlock() need a registered thread.  A host
 * thread is registered lazily, on its first rcu_read_lock() (or call_rcu()),
 * so threads the kernel did not create (FUSE workers) need no set-up; a
 * pthread key destructor unregisters it when it exits.
 *
 * Callbacks: call_rcu() queues the record on a FIFO served by one worker
 * host thread, started on first use.  The worker takes the whole queue,
 * waits for one grace period (urcu_memb_synchronize_rcu()) and runs the
 * batch in order.  A grace period costs every CPU an interrupt (liburcu's
 * sys_membarrier()), so the worker lets a batch grow before it starts one:
 * from the first record, for up to RCU_CB_BATCH_NS or RCU_CB_BATCH_MAX
 * records, whichever comes first, and not at all while rcu_barrier() or
 * rcu_quiesce() waits (each wakes the worker and makes it go at once), so
 * neither waits longer than it did.  call_rcu() wakes the worker only when
 * it is idle or the batch is full: queueing stays one uncontended lock.  rcu_barrier() waits until every batch holding a record
 * queued before it has run; rcu_quiesce() waits until the queue is empty
 * and no batch is running, so it also waits for records that callbacks
 * queue while it waits (a task's last reference queues its free).  Our
 * own worker, rather than liburcu's call_rcu(), lets us tell
 * ThreadSanitizer about the grace period before each callback (below)
 * and keeps struct host_rcu_head ours.
 *
 * ThreadSanitizer does not see inside liburcu, so it would report the
 * free-after-grace-period pattern (a reader's load, then the updater's
 * kfree() after synchronize_rcu()) as a race.  We model a grace period as
 * a release/acquire pair on one address, rcu_tsan_gp: every
 * rcu_read_unlock() releases it, and synchronize_rcu() and the callback
 * worker acquire it after the grace period ended.  That orders every
 * read-side critical section that ended before the grace period before
 * what follows it, which is exactly RCU's guarantee.
 *
 * Locks taken and their ordering:
 *  rcu_cb_lock protects the callback queue and the two batch counters;
 *  it is a leaf (no callback runs under it).
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>
#include <urcu/urcu-memb.h>

#include "host-internal.h"

/* Only its address matters: the TSan sync object of grace periods. */
static char rcu_tsan_gp;

static pthread_key_t rcu_thread_key;
static pthread_once_t rcu_thread_key_once = PTHREAD_ONCE_INIT;
static __thread int rcu_thread_registered;

static void rcu_thread_unregister(void *unused)
{
	if (rcu_thread_registered) {
		urcu_memb_unregister_thread();
		rcu_thread_registered = 0;
	}
}

static void rcu_thread_key_create(void)
{
	if (pthread_key_create(&rcu_thread_key, rcu_thread_unregister)) {
		fputs("host: rcu: no pthread key\n", stderr);
		_exit(2);
	}
}

static void rcu_thread_register(void)
{
	if (__builtin_expect(rcu_thread_registered, 1))
		return;
	pthread_once(&rcu_thread_key_once, rcu_thread_key_create);
	urcu_memb_register_thread();
	rcu_thread_registered = 1;
	/* Any non-NULL value makes the destructor run at thread exit. */
	pthread_setspecific(rcu_thread_key, &rcu_thread_registered);
}

void host_rcu_read_lock(void)
{
	rcu_thread_register();
	urcu_memb_read_lock();
}

void host_rcu_read_unlock(void)
{
	host_tsan_release(&rcu_tsan_gp);
	urcu_memb_read_unlock();
}

void host_synchronize_rcu(void)
{
	urcu_memb_synchronize_rcu();
	host_tsan_acquire(&rcu_tsan_gp);
}

/* How long, and to how many records, a batch may grow (see above). */
#define RCU_CB_BATCH_NS		1000000L
#define RCU_CB_BATCH_MAX	4096UL

/* rcu_cb_lock protects everything down to rcu_cb_waiters. */
static pthread_mutex_t rcu_cb_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t rcu_cb_work;	/* CLOCK_MONOTONIC */
static pthread_cond_t rcu_cb_done = PTHREAD_COND_INITIALIZER;
static struct host_rcu_head *rcu_cb_head;
static struct host_rcu_head **rcu_cb_tail = &rcu_cb_head;
static unsigned long rcu_cb_queued;	/* records ever queued */
static unsigned long rcu_cb_completed;	/* of which have run */
static unsigned long rcu_cb_batch;	/* records in rcu_cb_head's queue */
static int rcu_cb_idle;			/* the worker waits for a record */
static int rcu_cb_waiters;		/* in rcu_barrier(), rcu_quiesce() */
static pthread_once_t rcu_cb_worker_once = PTHREAD_ONCE_INIT;

/*
 * With rcu_cb_lock held and a record queued: let the batch grow until
 * RCU_CB_BATCH_NS after now, RCU_CB_BATCH_MAX records, or a waiter.
 */
static void rcu_cb_let_grow(void)
{
	struct timespec until;

	clock_gettime(CLOCK_MONOTONIC, &until);
	until.tv_nsec += RCU_CB_BATCH_NS;
	if (until.tv_nsec >= 1000000000L) {
		until.tv_sec++;
		until.tv_nsec -= 1000000000L;
	}
	while (!rcu_cb_waiters && rcu_cb_batch < RCU_CB_BATCH_MAX)
		if (pthread_cond_timedwait(&rcu_cb_work, &rcu_cb_lock,
					   &until) == ETIMEDOUT)
			break;
}

static void *rcu_cb_worker(void *unused)
{
	struct host_rcu_head *batch, *next;
	unsigned long batch_end;

	for (;;) {
		pthread_mutex_lock(&rcu_cb_lock);
		rcu_cb_idle = 1;
		while (!rcu_cb_head)
			pthread_cond_wait(&rcu_cb_work, &rcu_cb_lock);
		rcu_cb_idle = 0;
		rcu_cb_let_grow();
		batch = rcu_cb_head;
		rcu_cb_batch = 0;
		rcu_cb_head = NULL;
		rcu_cb_tail = &rcu_cb_head;
		batch_end = rcu_cb_queued;
		pthread_mutex_unlock(&rcu_cb_lock);

		host_synchronize_rcu();

		for (; batch; batch = next) {
			next = batch->next;
			batch->func(batch);
		}

		pthread_mutex_lock(&rcu_cb_lock);
		rcu_cb_completed = batch_end;
		pthread_cond_broadcast(&rcu_cb_done);
		pthread_mutex_unlock(&rcu_cb_lock);
	}
	return NULL;
}

static pthread_once_t rcu_cb_work_once = PTHREAD_ONCE_INIT;

/* rcu_cb_let_grow() waits on CLOCK_MONOTONIC. */
static void rcu_cb_work_init(void)
{
	pthread_condattr_t attr;

	pthread_condattr_init(&attr);
	pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
	pthread_cond_init(&rcu_cb_work, &attr);
	pthread_condattr_destroy(&attr);
}

static void rcu_cb_worker_start(void)
{
	pthread_t worker;

	pthread_once(&rcu_cb_work_once, rcu_cb_work_init);

	if (pthread_create(&worker, NULL, rcu_cb_worker, NULL)) {
		fputs("host: rcu: cannot start the callback worker\n", stderr);
		_exit(2);
	}
	pthread_detach(worker);
}

void host_call_rcu(struct host_rcu_head *head,
		   void (*func)(struct host_rcu_head *head))
{
	pthread_once(&rcu_cb_worker_once, rcu_cb_worker_start);

	head->next = NULL;
	head->func = func;
	pthread_mutex_lock(&rcu_cb_lock);
	*rcu_cb_tail = head;
	rcu_cb_tail = &head->next;
	rcu_cb_queued++;
	rcu_cb_batch++;
	if (rcu_cb_idle || rcu_cb_batch == RCU_CB_BATCH_MAX)
		pthread_cond_signal(&rcu_cb_work);
	pthread_mutex_unlock(&rcu_cb_lock);
}

/* Make the worker start its grace period now (rcu_cb_lock held). */
static void rcu_cb_waiter_enter(void)
{
	pthread_once(&rcu_cb_work_once, rcu_cb_work_init);
	rcu_cb_waiters++;
	pthread_cond_signal(&rcu_cb_work);
}

/* Must not be called from a callback: it would wait for itself. */
void host_rcu_barrier(void)
{
	unsigned long target;

	pthread_mutex_lock(&rcu_cb_lock);
	target = rcu_cb_queued;
	rcu_cb_waiter_enter();
	while (rcu_cb_completed < target)
		pthread_cond_wait(&rcu_cb_done, &rcu_cb_lock);
	rcu_cb_waiters--;
	pthread_mutex_unlock(&rcu_cb_lock);
}

/*
 * Wait until every record ever queued has run.  A callback that queues
 * another bumps rcu_cb_queued before its own batch completes, so the
 * counters are equal only when no callback is queued or running.
 * Must not be called from a callback.
 */
void host_rcu_quiesce(void)
{
	pthread_mutex_lock(&rcu_cb_lock);
	rcu_cb_waiter_enter();
	while (rcu_cb_completed != rcu_cb_queued)
		pthread_cond_wait(&rcu_cb_done, &rcu_cb_lock);
	rcu_cb_waiters--;
	pthread_mutex_unlock(&rcu_cb_lock);
}
