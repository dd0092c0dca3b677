// SPDX-License-Identifier: GPL-2.0
/*
 * thread_user.c - host threads: the CPUs of the hosted kernel.
 *
 * A struct host_thread wraps a pthread and the function it runs.  It has
 * two references: the creator's handle (dropped by host_thread_join() or
 * host_thread_detach()) and the new thread's (dropped by the trampoline as
 * soon as it has read fn and arg), so neither side can free it under the
 * other.
 *
 * thread_self_id() hands out small numbers from a counter: unique while
 * the thread lives, never 0, never reused.
 *
 * thread_pin_cpu() numbers the CPUs the program was allowed to run on
 * when it was first called (the process's affinity then, read once),
 * so that "CPU 1" means the second of those whatever their host numbers.
 *
 * threads_running counts the threads started here from creation until
 * their function returns or they call host_thread_exit(), which is after
 * the last kernel code they run, so that a test can wait until every
 * thread it caused has finished (threads_wait()).
 *
 * Locks taken and their ordering:
 *  threads_lock protects threads_running and is a leaf.
 */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "host-internal.h"

struct host_thread {
	pthread_t pthread;
	void (*fn)(void *arg);
	void *arg;
	int refs;	/* atomic: creator handle + running trampoline */
};

static unsigned long thread_next_id;
static __thread unsigned long thread_id;

/* threads_lock protects threads_running; threads_gone is its condition. */
static pthread_mutex_t threads_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t threads_gone;
static pthread_once_t threads_gone_once = PTHREAD_ONCE_INIT;
static long threads_running;

/* threads_gone waits on CLOCK_MONOTONIC, as host_time_ns() counts. */
static void threads_gone_init(void)
{
	pthread_condattr_t attr;

	pthread_condattr_init(&attr);
	pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
	pthread_cond_init(&threads_gone, &attr);
	pthread_condattr_destroy(&attr);
}

static void threads_running_add(long n)
{
	pthread_once(&threads_gone_once, threads_gone_init);
	pthread_mutex_lock(&threads_lock);
	threads_running += n;
	if (n < 0)
		pthread_cond_broadcast(&threads_gone);
	pthread_mutex_unlock(&threads_lock);
}

long host_threads_running(void)
{
	long n;

	pthread_mutex_lock(&threads_lock);
	n = threads_running;
	pthread_mutex_unlock(&threads_lock);
	return n;
}

long host_threads_wait(long max, unsigned long long timeout_ns)
{
	struct timespec deadline;
	long n;

	pthread_once(&threads_gone_once, threads_gone_init);
	clock_gettime(CLOCK_MONOTONIC, &deadline);
	deadline.tv_sec += timeout_ns / 1000000000ULL;
	deadline.tv_nsec += timeout_ns % 1000000000ULL;
	if (deadline.tv_nsec >= 1000000000L) {
		deadline.tv_sec++;
		deadline.tv_nsec -= 1000000000L;
	}

	pthread_mutex_lock(&threads_lock);
	while (threads_running > max) {
		if (!timeout_ns)
			pthread_cond_wait(&threads_gone, &threads_lock);
		else if (pthread_cond_timedwait(&threads_gone, &threads_lock,
						&deadline) == ETIMEDOUT)
			break;
	}
	n = threads_running;
	pthread_mutex_unlock(&threads_lock);
	return n;
}

unsigned long host_thread_self_id(void)
{
	if (!thread_id)
		thread_id = __atomic_add_fetch(&thread_next_id, 1,
					       __ATOMIC_RELAXED);
	return thread_id;
}

static void host_thread_put(struct host_thread *thread)
{
	/* acq_rel: the last one to drop sees every use of the record. */
	if (__atomic_sub_fetch(&thread->refs, 1, __ATOMIC_ACQ_REL) == 0)
		free(thread);
}

static void *host_thread_trampoline(void *data)
{
	struct host_thread *thread = data;
	void (*fn)(void *arg) = thread->fn;
	void *arg = thread->arg;

	host_thread_put(thread);
	fn(arg);
	threads_running_add(-1);
	return NULL;
}

struct host_thread *host_thread_create(void (*fn)(void *arg), void *arg,
				       unsigned long stack_size)
{
	struct host_thread *thread;
	pthread_attr_t attr;
	int ret;

	thread = malloc(sizeof(*thread));
	if (!thread)
		return NULL;
	thread->fn = fn;
	thread->arg = arg;
	thread->refs = 2;
	/* counted before it can run, so that it never counts below zero */
	threads_running_add(1);

	if (pthread_attr_init(&attr))
		goto out_free_thread;
	if (stack_size && pthread_attr_setstacksize(&attr, stack_size))
		goto out_destroy_attr;
	ret = pthread_create(&thread->pthread, &attr, host_thread_trampoline,
			     thread);
	if (ret)
		goto out_destroy_attr;
	pthread_attr_destroy(&attr);
	return thread;

out_destroy_attr:
	pthread_attr_destroy(&attr);
out_free_thread:
	threads_running_add(-1);
	free(thread);
	return NULL;
}

void host_thread_join(struct host_thread *thread)
{
	pthread_join(thread->pthread, NULL);
	host_thread_put(thread);
}

void host_thread_detach(struct host_thread *thread)
{
	pthread_detach(thread->pthread);
	host_thread_put(thread);
}

void host_thread_exit(void)
{
	threads_running_add(-1);
	pthread_exit(NULL);
}

static cpu_set_t thread_allowed_cpus;
static int thread_nr_allowed;
static pthread_once_t thread_allowed_once = PTHREAD_ONCE_INIT;

static void host_thread_read_allowed(void)
{
	if (sched_getaffinity(getpid(), sizeof(thread_allowed_cpus),
			      &thread_allowed_cpus))
		CPU_ZERO(&thread_allowed_cpus);
	thread_nr_allowed = CPU_COUNT(&thread_allowed_cpus);
}

int host_thread_pin_cpu(int cpu)
{
	cpu_set_t set;
	int i, n = 0;

	pthread_once(&thread_allowed_once, host_thread_read_allowed);
	if (!thread_nr_allowed)
		return -EINVAL;	/* no CPU to run on: cannot happen */
	if (cpu < 0) {
		set = thread_allowed_cpus;
	} else {
		cpu %= thread_nr_allowed;
		CPU_ZERO(&set);
		for (i = 0; i < CPU_SETSIZE; i++) {
			if (CPU_ISSET(i, &thread_allowed_cpus) && n++ == cpu) {
				CPU_SET(i, &set);
				break;
			}
		}
	}
	if (sched_setaffinity(0, sizeof(set), &set))
		return -errno;
	return 0;
}
