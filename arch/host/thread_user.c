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
 */
#include <pthread.h>
#include <stdlib.h>

#include "host-internal.h"

struct host_thread {
	pthread_t pthread;
	void (*fn)(void *arg);
	void *arg;
	int refs;	/* atomic: creator handle + running trampoline */
};

static unsigned long thread_next_id;
static __thread unsigned long thread_id;

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
	pthread_exit(NULL);
}
