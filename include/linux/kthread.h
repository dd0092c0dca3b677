/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kthread.h - kernel threads.  Each kernel thread is a task with its own
 * host thread, which runs as the task for its whole life.  They are
 * created by kthreadd (pid 2), as in Linux: kthread_create() queues a
 * request and waits for kthreadd to fork the task.  A new kernel thread
 * waits until wake_up_process() (kthread_run() does both), runs its
 * function, and ends with kthread_exit(); kthread_stop() asks it to stop
 * and waits for it.
 *
 * A kernel thread that sleeps must wake up for kthread_stop(): sleep on
 * kthread_wait_queue(current) with kthread_should_stop() in the
 * condition, or poll it.
 *
 * As in Linux, kthread_stop() needs the task to exist: for a thread that
 * may return on its own, take a reference before it can run -
 * kthread_create(), get_task_struct(), wake_up_process() - and put it
 * after kthread_stop().  kthread_run() followed by get_task_struct()
 * races with a thread that finishes at once.
 */
#ifndef _LINUX_KTHREAD_H
#define _LINUX_KTHREAD_H

#include <linux/compiler.h>
#include <linux/types.h>
#include <linux/err.h>

struct task_struct;
struct wait_queue_head;

__printf(4, 5)
struct task_struct *kthread_create_on_node(int (*threadfn)(void *data),
					   void *data, int node,
					   const char namefmt[], ...);

#define kthread_create(threadfn, data, namefmt, arg...) \
	kthread_create_on_node(threadfn, data, -1, namefmt, ##arg)

struct task_struct *kthread_create_on_cpu(int (*threadfn)(void *data),
					  void *data, unsigned int cpu,
					  const char *namefmt);

#define kthread_run(threadfn, data, namefmt, ...)			\
({									\
	struct task_struct *__k;					\
									\
	__k = kthread_create(threadfn, data, namefmt, ## __VA_ARGS__);	\
	if (!IS_ERR(__k))						\
		wake_up_process(__k);					\
	__k;								\
})

void kthread_bind(struct task_struct *k, unsigned int cpu);
int kthread_stop(struct task_struct *k);
bool kthread_should_stop(void);
struct wait_queue_head *kthread_wait_queue(struct task_struct *k);
void __noreturn kthread_exit(long result);
void free_kthread_struct(struct task_struct *k);
int kthreadd(void *unused);
int kthreadd_start(void);
void kthreadd_stop(void);
long kthreads_quiesce(long threads, unsigned int timeout_ms);

extern struct task_struct *kthreadd_task;

#endif /* _LINUX_KTHREAD_H */
