// SPDX-License-Identifier: GPL-2.0
/*
 * kthread.c - kernel threads.
 *
 * As in Linux, kernel threads are children of kthreadd (pid 2):
 * kthread_create() queues a request on kthread_create_list and waits;
 * kthreadd forks the task (copy_process() with args.kthread, so it is
 * PF_KTHREAD, has no mm and is detached: it is released as soon as it
 * exits) and starts a host thread for it.  That host thread runs as the
 * task for its whole life (task_call_own()): it waits for
 * wake_up_process(), runs the thread function and ends in
 * kthread_exit(), which does the task's exit and ends the host thread.
 *
 * The per-thread record, struct kthread, is freed with the task_struct
 * (free_kthread_struct()), so kthread_stop() may look at it as long as
 * it holds a task reference.
 *
 * Locks taken and their ordering:
 *  - kthread_create_lock (spinlock): kthread_create_list.  Alone.
 *  - the kthread's own slot (sched.c) for its whole life.
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/spinlock.h>
#include <linux/wait.h>
#include <linux/completion.h>
#include <linux/sched.h>
#include <linux/kthread.h>
#include <linux/ktime.h>
#include <linux/rcupdate.h>
#include <host_ops.h>

#define KTHREAD_SHOULD_STOP	0x1UL
#define KTHREAD_NO_START	0x2UL	/* stopped before it was ever woken */

/**
 * struct kthread - what a kernel thread's task carries besides the task
 * @flags: KTHREAD_SHOULD_STOP, KTHREAD_NO_START (atomic)
 * @threadfn: the thread function
 * @data: its argument
 * @result: what it returned (kthread_stop()'s return value)
 * @exited: completed by kthread_exit() once the task's exit is done
 * @wait: where the thread sleeps; kthread_stop() wakes it
 */
struct kthread {
	unsigned long flags;
	int (*threadfn)(void *data);
	void *data;
	int result;
	struct completion exited;
	wait_queue_head_t wait;
};

/* A request to kthreadd. */
struct kthread_create_info {
	int (*threadfn)(void *data);
	void *data;
	char name[TASK_COMM_LEN];
	struct task_struct *result;
	struct completion done;
	struct list_head list;
};

struct task_struct *kthreadd_task;

/* kthread_create_lock - protects kthread_create_list.  Innermost. */
static DEFINE_SPINLOCK(kthread_create_lock);
static LIST_HEAD(kthread_create_list);

static struct kthread *to_kthread(struct task_struct *k)
{
	WARN_ON_ONCE(!(READ_ONCE(k->flags) & PF_KTHREAD) || !k->kthread);
	return k->kthread;
}

/**
 * free_kthread_struct() - free @k's struct kthread, with the task
 * @k: a task being freed
 * Context: any.
 */
void free_kthread_struct(struct task_struct *k)
{
	kfree(k->kthread);
	k->kthread = NULL;
}

/**
 * kthread_should_stop() - has kthread_stop() been called on current?
 * Context: a kernel thread.
 * Return: true if the thread should return from its function.
 */
bool kthread_should_stop(void)
{
	return READ_ONCE(to_kthread(current)->flags) & KTHREAD_SHOULD_STOP;
}

/**
 * kthread_wait_queue() - the queue kthread_stop() wakes for @k
 * @k: a kernel thread
 * Context: any.
 * Return: the wait queue head.
 */
struct wait_queue_head *kthread_wait_queue(struct task_struct *k)
{
	return &to_kthread(k)->wait;
}

/**
 * kthread_exit() - end the current kernel thread
 * @result: the value kthread_stop() returns
 *
 * Does the task's exit (it is detached: released at once), tells
 * kthread_stop(), drops the host thread's task reference and ends the
 * host thread.
 * Context: a kernel thread, no locks held.
 */
void __noreturn kthread_exit(long result)
{
	struct task_struct *tsk = current;
	struct kthread *kthread = to_kthread(tsk);

	kthread->result = result;
	do_exit(result);
	complete(&kthread->exited);
	task_call_disown(tsk, NULL);
	put_task_struct(tsk);
	host_ops.thread_exit();
}

/* The host thread of a kernel thread. */
static void kthread_host_fn(void *arg)
{
	struct task_struct *tsk = arg;
	struct kthread *kthread = tsk->kthread;
	int ret = -EINTR;

	task_call_own(tsk);
	wait_event(tsk->call_wait, READ_ONCE(tsk->state) == TASK_RUNNING);
	/*
	 * Once woken, the function runs even if kthread_stop() came right
	 * after (it sees kthread_should_stop()); only a thread stopped
	 * before anyone woke it never runs it, and kthread_stop() gets
	 * -EINTR, as in Linux.
	 */
	if (!(READ_ONCE(kthread->flags) & KTHREAD_NO_START))
		ret = kthread->threadfn(kthread->data);
	kthread_exit(ret);
}

static long kthread_abort_fn(void *arg)
{
	do_exit(-ENOMEM);
	return 0;
}

/*
 * create_kthread() - fork a kernel thread as current (kthreadd, or the
 * idle task at boot for kthreadd itself) and start its host thread.
 */
static struct task_struct *create_kthread(int (*threadfn)(void *data),
					  void *data, const char *name)
{
	struct kernel_clone_args args = {
		.flags		= CLONE_FS | CLONE_FILES,
		.exit_signal	= -1,
		.kthread	= true,
		.name		= name,
	};
	struct host_thread *host;
	struct kthread *kthread;
	struct task_struct *p;

	kthread = kzalloc(sizeof(*kthread), GFP_KERNEL);
	if (!kthread)
		return ERR_PTR(-ENOMEM);
	kthread->threadfn = threadfn;
	kthread->data = data;
	init_completion(&kthread->exited);
	init_waitqueue_head(&kthread->wait);

	p = copy_process(&args);
	if (IS_ERR(p)) {
		kfree(kthread);
		return p;
	}
	/* nobody can see p->kthread before the host thread starts */
	p->kthread = kthread;

	/* the host thread's own reference, dropped in kthread_exit() */
	get_task_struct(p);
	host = host_ops.thread_create(kthread_host_fn, p, 0);
	if (!host) {
		put_task_struct(p);
		task_call(p, kthread_abort_fn, NULL);
		put_task_struct(p);
		return ERR_PTR(-ENOMEM);
	}
	host_ops.thread_detach(host);
	/* the caller's reference from copy_process() is returned */
	return p;
}

static void kthreadd_wake(void)
{
	if (kthreadd_task)
		wake_up_all(&to_kthread(kthreadd_task)->wait);
}

/**
 * kthread_create_on_node() - create a kernel thread (not yet running)
 * @threadfn: its function; its return value is the thread's result
 * @data: the argument
 * @node: ignored (no NUMA)
 * @namefmt: printf-style name
 *
 * The thread starts on wake_up_process() (or kthread_run()).
 * Context: process; sleeps until kthreadd has created the thread.
 * Return: the task (the caller does not own a reference beyond the
 *	thread's life: use get_task_struct() to keep it past kthread_stop()),
 *	or ERR_PTR(-ENOMEM).
 */
struct task_struct *kthread_create_on_node(int (*threadfn)(void *data),
					   void *data, int node,
					   const char namefmt[], ...)
{
	struct kthread_create_info create;
	va_list args;

	va_start(args, namefmt);
	vsnprintf(create.name, sizeof(create.name), namefmt, args);
	va_end(args);
	create.threadfn = threadfn;
	create.data = data;
	init_completion(&create.done);

	spin_lock(&kthread_create_lock);
	list_add_tail(&create.list, &kthread_create_list);
	spin_unlock(&kthread_create_lock);
	kthreadd_wake();

	wait_for_completion(&create.done);
	return create.result;
}

/**
 * kthread_bind() - bind a not yet running kernel thread to @cpu
 * @k: the thread
 * @cpu: the CPU
 *
 * Marks it PF_THREAD_BOUND: cpusets may not move it.
 * Context: process; before wake_up_process(@k).
 */
void kthread_bind(struct task_struct *k, unsigned int cpu)
{
	task_lock(k);
	k->bound_cpu = cpu;
	cpumask_clear(&k->cpus_allowed);
	cpumask_set_cpu(cpu, &k->cpus_allowed);
	WRITE_ONCE(k->flags, k->flags | PF_THREAD_BOUND);
	task_unlock(k);
}

/**
 * kthread_create_on_cpu() - create a kernel thread bound to @cpu
 * @threadfn: its function
 * @data: the argument
 * @cpu: the CPU
 * @namefmt: the name, with one %u for the CPU ("ksoftirqd/%u")
 * Context: process; sleeps.
 * Return: the task or ERR_PTR().
 */
struct task_struct *kthread_create_on_cpu(int (*threadfn)(void *data),
					  void *data, unsigned int cpu,
					  const char *namefmt)
{
	struct task_struct *p;

	p = kthread_create_on_node(threadfn, data, -1, namefmt, cpu);
	if (!IS_ERR(p))
		kthread_bind(p, cpu);
	return p;
}

/**
 * kthread_stop() - stop a kernel thread and wait for it
 * @k: the thread, created by kthread_create() and not yet stopped
 *
 * Sets kthread_should_stop(), wakes the thread (also if it never ran:
 * then its function is not called) and waits for kthread_exit().
 * Context: process; sleeps.
 * Return: the thread function's result, or -EINTR if it never ran.
 */
int kthread_stop(struct task_struct *k)
{
	struct kthread *kthread;
	int ret;

	get_task_struct(k);
	kthread = to_kthread(k);
	if (READ_ONCE(k->state) != TASK_RUNNING)
		__atomic_fetch_or(&kthread->flags, KTHREAD_NO_START,
				  __ATOMIC_SEQ_CST);
	__atomic_fetch_or(&kthread->flags, KTHREAD_SHOULD_STOP,
			  __ATOMIC_SEQ_CST);
	wake_up_all(&kthread->wait);
	wake_up_process(k);
	wait_for_completion(&kthread->exited);
	ret = kthread->result;
	put_task_struct(k);
	return ret;
}

static bool kthreadd_has_work(void)
{
	bool ret;

	spin_lock(&kthread_create_lock);
	ret = !list_empty(&kthread_create_list);
	spin_unlock(&kthread_create_lock);
	return ret;
}

/**
 * kthreadd() - pid 2: creates the kernel threads others ask for
 * @unused: nothing
 * Context: its own kernel thread.
 * Return: 0 when stopped.
 */
int kthreadd(void *unused)
{
	struct kthread *self = to_kthread(current);

	for (;;) {
		wait_event(self->wait, kthreadd_has_work() ||
			   kthread_should_stop());
		if (!kthreadd_has_work() && kthread_should_stop())
			break;

		spin_lock(&kthread_create_lock);
		while (!list_empty(&kthread_create_list)) {
			struct kthread_create_info *create;
			struct task_struct *p;

			create = list_first_entry(&kthread_create_list,
						  struct kthread_create_info,
						  list);
			list_del_init(&create->list);
			spin_unlock(&kthread_create_lock);

			p = create_kthread(create->threadfn, create->data,
					   create->name);
			if (!IS_ERR(p))
				put_task_struct(p);
			create->result = p;
			complete(&create->done);

			spin_lock(&kthread_create_lock);
		}
		spin_unlock(&kthread_create_lock);
	}
	return 0;
}

/**
 * kthreadd_start() - create and start kthreadd, as current (the idle
 *	task), right after init got pid 1
 * Context: boot.
 * Return: 0 or -ENOMEM.
 */
int kthreadd_start(void)
{
	struct task_struct *p;

	p = create_kthread(kthreadd, NULL, "kthreadd");
	if (IS_ERR(p))
		return PTR_ERR(p);
	kthreadd_task = p;	/* keeps copy_process()'s reference */
	wake_up_process(p);
	return 0;
}

/**
 * kthreadd_stop() - stop kthreadd at shutdown
 * Context: shutdown, after every other kernel thread was stopped.
 */
void kthreadd_stop(void)
{
	struct task_struct *p = kthreadd_task;

	if (!p)
		return;
	kthread_stop(p);
	kthreadd_task = NULL;
	put_task_struct(p);
}

/**
 * kthreads_quiesce() - wait until nothing that was started still runs
 * @threads: how many host threads may go on running (those that ran
 *	before the work began: the caller's helpers, kthreadd, ...)
 * @timeout_ms: how long the others may take to end
 *
 * Kernel code runs on the caller's host thread, on host threads the
 * kernel started (kernel threads; tests' host_ops.thread_create()
 * threads) or in RCU callbacks.  This waits until at most @threads of
 * the started ones run, then until no RCU callback is queued or running:
 * threads first, because an ending thread queues its task's free while
 * a callback never starts a thread.  Afterwards only the caller and the
 * remaining threads can allocate or free, so host_ops.mem_live(), task
 * and css_set counts stand still until they act: a count taken now and
 * one taken after the next quiesce differ by exactly what was done in
 * between.  Tests, torture and shutdown count leaks this way.
 *
 * Context: process context, no locks held, outside RCU; sleeps.
 * Return: how many threads beyond @threads still ran after @timeout_ms
 * (0 when quiet); the RCU wait is done in either case.
 */
long kthreads_quiesce(long threads, unsigned int timeout_ms)
{
	long running;

	running = host_ops.threads_wait(threads,
					(unsigned long long)timeout_ms *
					NSEC_PER_MSEC);
	rcu_quiesce();
	return running > threads ? running - threads : 0;
}
