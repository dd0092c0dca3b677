// SPDX-License-Identifier: GPL-2.0
/*
 * rcu_user.c - RCU for the hosted kernel, on liburcu's memb flavor.
 *
 * Readers: urcu_memb_read_lock()/unlock() need a registered thread.  A host
 * thread is registered lazily, on its first rcu_read_lock() (or call_rcu()),
 * so threads the kernel did not create (FUSE workers) need no set-up; a
 * pthread key destructor unregisters it when it exits.
 *
 * Callbacks: as Linux queues a callback on the CPU that calls call_rcu()
 * and runs it there, each host CPU has a queue, a FIFO served by a worker
 * host thread pinned to that CPU (all started on first use); call_rcu()
 * queues on the queue of the CPU it runs on (sched_getcpu()).  So threads
 * on different CPUs share no lock to queue callbacks, and the frees a
 * thread defers run on its CPU, not on another thread's: free() of a
 * block takes the lock of the allocator arena of the thread that
 * allocated it, which a worker on another CPU would contend for with that
 * thread (the futex wake-ups were a fifth of a busy mover's time), while
 * a worker on the thread's CPU runs only when the thread does not.  A
 * worker takes its whole queue, waits for one grace period
 * (urcu_memb_synchronize_rcu()) and runs the batch in order.  A grace
 * period interrupts every other CPU that runs one of our threads
 * (liburcu's sys_membarrier() sends each an IPI), and in a virtual
 * machine an IPI costs the CPU that takes it some ten microseconds
 * (Documentation/cgroups/benchmarks.txt, section 3): a worker starting
 * one every millisecond slows a thread on another CPU by a few percent,
 * though that thread shares nothing with the one that queued the
 * records.  So a worker lets a batch grow before it starts one, for about
 * as long as a Linux grace period takes (which interrupts nobody): from the
 * first record, for up to RCU_CB_BATCH_NS or RCU_CB_BATCH_MAX records
 * (memory waiting to be freed), whichever comes first, and not at all
 * while rcu_barrier() or rcu_quiesce() waits (each wakes every worker and
 * makes it go at once), so neither waits longer than it would without.
 * call_rcu() wakes a worker only when it is idle or its batch is full.
 * rcu_barrier() waits until every batch holding a record queued before it
 * has run, on every queue; rcu_quiesce() waits until every queue is empty
 * and no batch is running, so it also waits for records that callbacks
 * queue while it waits (a task's last reference queues its free).  Our
 * own workers, rather than liburcu's call_rcu(), let us tell
 * ThreadSanitizer about the grace period before each callback (below)
 * and keep struct host_rcu_head ours.
 *
 * ThreadSanitizer does not see inside liburcu, so it would report the
 * free-after-grace-period pattern (a reader's load, then the updater's
 * kfree() after synchronize_rcu()) as a race.  We model a grace period as
 * a release/acquire pair on one address, rcu_tsan_gp: every
 * rcu_read_unlock() releases it, and synchronize_rcu() and the callback
 * workers acquire it after the grace period ended.  That orders every
 * read-side critical section that ended before the grace period before
 * what follows it, which is exactly RCU's guarantee.
 *
 * Locks taken and their ordering:
 *  each queue's lock protects that queue and its counters; it is a leaf
 *  (no callback runs under it, and no two are held at once).
 */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
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
#define RCU_CB_BATCH_NS		10000000L
#define RCU_CB_BATCH_MAX	4096UL
/* Queues (and workers) at most: one per host CPU up to this. */
#define RCU_CB_MAX_QUEUES	64

/*
 * struct rcu_cb_queue - one host CPU's callbacks and their worker
 * @lock: protects every other field
 * @work: the worker waits on it for records (CLOCK_MONOTONIC)
 * @done: rcu_barrier() and rcu_quiesce() wait on it for batches
 * @head, @tail: the records queued and not yet taken by the worker
 * @queued: records ever queued here
 * @completed: of which have run
 * @batch: records on @head's list
 * @idle: the worker waits for a first record
 * @waiters: rcu_barrier() and rcu_quiesce() calls waiting for this queue
 */
struct rcu_cb_queue {
	pthread_mutex_t lock;
	pthread_cond_t work;
	pthread_cond_t done;
	struct host_rcu_head *head, **tail;
	unsigned long queued, completed, batch;
	int idle, waiters;
} __attribute__((aligned(64)));

static struct rcu_cb_queue rcu_cb_queues[RCU_CB_MAX_QUEUES];
static int rcu_cb_nr_queues;	/* set once, before the workers start */
static pthread_once_t rcu_cb_once = PTHREAD_ONCE_INIT;

/*
 * With @q's lock held and a record queued: let the batch grow until
 * RCU_CB_BATCH_NS after now, RCU_CB_BATCH_MAX records, or a waiter.
 */
static void rcu_cb_let_grow(struct rcu_cb_queue *q)
{
	struct timespec until;

	clock_gettime(CLOCK_MONOTONIC, &until);
	until.tv_nsec += RCU_CB_BATCH_NS;
	if (until.tv_nsec >= 1000000000L) {
		until.tv_sec++;
		until.tv_nsec -= 1000000000L;
	}
	while (!q->waiters && q->batch < RCU_CB_BATCH_MAX)
		if (pthread_cond_timedwait(&q->work, &q->lock,
					   &until) == ETIMEDOUT)
			break;
}

static void *rcu_cb_worker(void *arg)
{
	struct rcu_cb_queue *q = arg;
	struct host_rcu_head *batch, *next;
	unsigned long batch_end;

	for (;;) {
		pthread_mutex_lock(&q->lock);
		q->idle = 1;
		while (!q->head)
			pthread_cond_wait(&q->work, &q->lock);
		q->idle = 0;
		rcu_cb_let_grow(q);
		batch = q->head;
		q->batch = 0;
		q->head = NULL;
		q->tail = &q->head;
		batch_end = q->queued;
		pthread_mutex_unlock(&q->lock);

		host_synchronize_rcu();

		for (; batch; batch = next) {
			next = batch->next;
			batch->func(batch);
		}

		pthread_mutex_lock(&q->lock);
		q->completed = batch_end;
		pthread_cond_broadcast(&q->done);
		pthread_mutex_unlock(&q->lock);
	}
	return NULL;
}

/* The queues, and a worker for each on its CPU (if it may run there). */
static void rcu_cb_init(void)
{
	pthread_condattr_t attr;
	long n = sysconf(_SC_NPROCESSORS_CONF);
	pthread_t worker;
	cpu_set_t set;
	int i;

	if (n < 1)
		n = 1;
	if (n > RCU_CB_MAX_QUEUES)
		n = RCU_CB_MAX_QUEUES;
	pthread_condattr_init(&attr);
	pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
	for (i = 0; i < n; i++) {
		struct rcu_cb_queue *q = &rcu_cb_queues[i];

		pthread_mutex_init(&q->lock, NULL);
		pthread_cond_init(&q->work, &attr);
		pthread_cond_init(&q->done, NULL);
		q->tail = &q->head;
	}
	pthread_condattr_destroy(&attr);
	rcu_cb_nr_queues = n;
	for (i = 0; i < n; i++) {
		if (pthread_create(&worker, NULL, rcu_cb_worker,
				   &rcu_cb_queues[i])) {
			fputs("host: rcu: cannot start a callback worker\n",
			      stderr);
			_exit(2);
		}
		/* a CPU outside the process's affinity: it runs anywhere */
		CPU_ZERO(&set);
		CPU_SET(i, &set);
		pthread_setaffinity_np(worker, sizeof(set), &set);
		pthread_detach(worker);
	}
}

/* The queue of the CPU the caller runs on. */
static struct rcu_cb_queue *rcu_cb_this_queue(void)
{
	int cpu = sched_getcpu();

	return &rcu_cb_queues[cpu < 0 ? 0 : cpu % rcu_cb_nr_queues];
}

void host_call_rcu(struct host_rcu_head *head,
		   void (*func)(struct host_rcu_head *head))
{
	struct rcu_cb_queue *q;

	pthread_once(&rcu_cb_once, rcu_cb_init);
	head->next = NULL;
	head->func = func;
	q = rcu_cb_this_queue();
	pthread_mutex_lock(&q->lock);
	*q->tail = head;
	q->tail = &head->next;
	q->queued++;
	q->batch++;
	if (q->idle || q->batch == RCU_CB_BATCH_MAX)
		pthread_cond_signal(&q->work);
	pthread_mutex_unlock(&q->lock);
}

/* Make every worker start its grace period at once, until the leave. */
static void rcu_cb_waiters_enter(void)
{
	int i;

	pthread_once(&rcu_cb_once, rcu_cb_init);
	for (i = 0; i < rcu_cb_nr_queues; i++) {
		struct rcu_cb_queue *q = &rcu_cb_queues[i];

		pthread_mutex_lock(&q->lock);
		q->waiters++;
		pthread_cond_signal(&q->work);
		pthread_mutex_unlock(&q->lock);
	}
}

static void rcu_cb_waiters_leave(void)
{
	int i;

	for (i = 0; i < rcu_cb_nr_queues; i++) {
		struct rcu_cb_queue *q = &rcu_cb_queues[i];

		pthread_mutex_lock(&q->lock);
		q->waiters--;
		pthread_mutex_unlock(&q->lock);
	}
}

/* Must not be called from a callback: it would wait for itself. */
void host_rcu_barrier(void)
{
	unsigned long target[RCU_CB_MAX_QUEUES];
	int i;

	rcu_cb_waiters_enter();
	for (i = 0; i < rcu_cb_nr_queues; i++) {
		pthread_mutex_lock(&rcu_cb_queues[i].lock);
		target[i] = rcu_cb_queues[i].queued;
		pthread_mutex_unlock(&rcu_cb_queues[i].lock);
	}
	for (i = 0; i < rcu_cb_nr_queues; i++) {
		struct rcu_cb_queue *q = &rcu_cb_queues[i];

		pthread_mutex_lock(&q->lock);
		while (q->completed < target[i])
			pthread_cond_wait(&q->done, &q->lock);
		pthread_mutex_unlock(&q->lock);
	}
	rcu_cb_waiters_leave();
}

/*
 * Wait until every record ever queued has run.  A callback that queues
 * another bumps its queue's count before its own batch completes, so a
 * queue's two counts are equal only when none of its records is queued
 * or running; but the new record may go to another queue, one already
 * found idle.  So the queues are checked in passes, until a pass finds
 * every queue idle and no queue's count moved since the pass before: no
 * record was queued anywhere in between (a record queued on an idle
 * queue would have moved its count), hence none is queued or running.
 * Must not be called from a callback.
 */
void host_rcu_quiesce(void)
{
	unsigned long seen[RCU_CB_MAX_QUEUES] = { 0 };
	int i, pass, settled;

	rcu_cb_waiters_enter();
	for (pass = 0;; pass++) {
		settled = pass > 0;
		for (i = 0; i < rcu_cb_nr_queues; i++) {
			struct rcu_cb_queue *q = &rcu_cb_queues[i];

			pthread_mutex_lock(&q->lock);
			while (q->completed != q->queued) {
				pthread_cond_wait(&q->done, &q->lock);
				settled = 0;
			}
			if (q->queued != seen[i])
				settled = 0;
			seen[i] = q->queued;
			pthread_mutex_unlock(&q->lock);
		}
		if (settled)
			break;
	}
	rcu_cb_waiters_leave();
}
