// SPDX-License-Identifier: GPL-2.0
/*
 * pid.c - pid numbers and struct pid.
 *
 * Numbers come from a bitmap, as in Linux: allocation continues upward
 * from ns->last_pid, wraps to RESERVED_PIDS (300) after pid_max and skips
 * numbers in use.  A struct pid is hashed by number so that RCU readers
 * can look it up (find_pid_ns()); it lists the tasks using it
 * (pid->tasks[]), and it is freed after an RCU grace period once the last
 * task detached and the last get_pid() user put it.  The number itself
 * is released at once when the last task detaches (free_pid()).
 *
 * Locks taken and their ordering:
 *  - pidmap_lock (spinlock, innermost): the bitmap, the hash chains,
 *    ns->last_pid and ns->nr_pids.  Taken under tasklist_lock by
 *    detach_pid() and alone by alloc_pid().
 *  - tasklist_lock (write), held by the callers of attach_pid(),
 *    detach_pid() and change_pid(): pid->tasks[] and task->pids[].
 *  - RCU: find_pid_ns(), pid_task() and find_task_by_*() readers.
 */
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/rcupdate.h>
#include <linux/rculist.h>
#include <linux/lockdep.h>
#include <linux/pid.h>
#include <linux/pid_namespace.h>
#include <linux/sched.h>
#include <linux/init.h>

#define PIDHASH_BITS	12
#define PIDHASH_SIZE	BIT(PIDHASH_BITS)

int pid_max = PID_MAX_DEFAULT;
int pid_max_min = RESERVED_PIDS + 1;
int pid_max_max = PID_MAX_LIMIT;

/*
 * pidmap_lock - protects pidmap[], pid_hash[], init_pid_ns.last_pid and
 * init_pid_ns.nr_pids.  Innermost: nothing is taken under it.
 */
static DEFINE_SPINLOCK(pidmap_lock);

/* One bit per pid number, set while the number is in use. (pidmap_lock) */
static unsigned long pidmap[PID_MAX_LIMIT / BITS_PER_LONG];

/* Hash of struct pid by number. (pidmap_lock to write; RCU to read) */
static struct hlist_head pid_hash[PIDHASH_SIZE];

struct pid_namespace init_pid_ns = {
	.last_pid	= 0,
	.nr_pids	= 1,		/* pid 0, init_task's */
	.level		= 0,
	.child_reaper	= &init_task,
};

/* The idle task's pid 0: static, never hashed, never freed. */
struct pid init_struct_pid = {
	.count		= REFCOUNT_INIT(1),
	.nr		= 0,
	.tasks		= { { .first = NULL } },
};

static unsigned int pid_hashfn(int nr)
{
	return ((unsigned int)nr * 0x9e370001U) >> (32 - PIDHASH_BITS);
}

static bool pidmap_test(int nr)
{
	return pidmap[nr / BITS_PER_LONG] & (1UL << (nr % BITS_PER_LONG));
}

static void pidmap_set(int nr)
{
	pidmap[nr / BITS_PER_LONG] |= 1UL << (nr % BITS_PER_LONG);
}

static void pidmap_clear(int nr)
{
	pidmap[nr / BITS_PER_LONG] &= ~(1UL << (nr % BITS_PER_LONG));
}

/* First free number in [start, end), or -1. */
static int pidmap_find_free(int start, int end)
{
	int nr = start;

	while (nr < end) {
		unsigned long word = pidmap[nr / BITS_PER_LONG];

		if (word == ~0UL) {
			nr = ALIGN(nr + 1, BITS_PER_LONG);
			continue;
		}
		if (!(word & (1UL << (nr % BITS_PER_LONG))))
			return nr;
		nr++;
	}
	return -1;
}

/*
 * alloc_pidmap() - take the next free number after ns->last_pid.
 *
 * Context: pidmap_lock held.
 * Return: the number, or -EAGAIN when every number is in use.
 */
static int alloc_pidmap(struct pid_namespace *ns)
	__must_hold(&pidmap_lock)
{
	int max = READ_ONCE(pid_max);
	int start = ns->last_pid + 1;
	int nr;

	lockdep_assert_held(&pidmap_lock);

	if (start >= max)
		start = RESERVED_PIDS;
	nr = pidmap_find_free(start, max);
	if (nr < 0 && start > RESERVED_PIDS)
		nr = pidmap_find_free(RESERVED_PIDS, start);
	if (nr < 0)
		return -EAGAIN;
	pidmap_set(nr);
	ns->nr_pids++;
	/* partner: READ_ONCE() in get_ns_last_pid() */
	WRITE_ONCE(ns->last_pid, nr);
	return nr;
}

/**
 * alloc_pid() - allocate a struct pid with the next free number
 * @ns: the namespace (init_pid_ns)
 *
 * The new pid has one reference, dropped by free_pid() after the last
 * task detached.
 * Context: process; takes pidmap_lock.
 * Return: the pid, ERR_PTR(-ENOMEM) or ERR_PTR(-EAGAIN) (no free number).
 */
struct pid *alloc_pid(struct pid_namespace *ns)
{
	struct pid *pid;
	enum pid_type type;
	int nr;

	pid = kmalloc(sizeof(*pid), GFP_KERNEL);
	if (!pid)
		return ERR_PTR(-ENOMEM);

	refcount_set(&pid->count, 1);
	for (type = 0; type < PIDTYPE_MAX; type++)
		INIT_HLIST_HEAD(&pid->tasks[type]);

	spin_lock(&pidmap_lock);
	nr = alloc_pidmap(ns);
	if (nr < 0) {
		spin_unlock(&pidmap_lock);
		kfree(pid);
		return ERR_PTR(nr);
	}
	pid->nr = nr;
	hlist_add_head_rcu(&pid->pid_chain, &pid_hash[pid_hashfn(nr)]);
	spin_unlock(&pidmap_lock);
	return pid;
}

/**
 * put_pid() - drop a reference on a struct pid
 * @pid: the pid, or NULL
 * Context: any.
 */
void put_pid(struct pid *pid)
{
	if (!pid)
		return;
	if (refcount_dec_and_test(&pid->count)) {
		if (WARN_ON_ONCE(pid == &init_struct_pid))
			return;
		kfree(pid);
	}
}

static void delayed_put_pid(struct rcu_head *rhp)
{
	put_pid(container_of(rhp, struct pid, rcu));
}

/**
 * free_pid() - release the number of @pid and unhash it
 * @pid: a pid no task uses any more
 *
 * The number may be handed out again at once; the struct is put after
 * an RCU grace period, so concurrent find_pid_ns() readers stay safe.
 * Context: any; takes pidmap_lock.
 */
void free_pid(struct pid *pid)
{
	if (WARN_ON_ONCE(pid == &init_struct_pid))
		return;

	spin_lock(&pidmap_lock);
	hlist_del_rcu(&pid->pid_chain);
	pidmap_clear(pid->nr);
	init_pid_ns.nr_pids--;
	spin_unlock(&pidmap_lock);

	call_rcu(&pid->rcu, delayed_put_pid);
}

/**
 * find_pid_ns() - look a number up
 * @nr: the number
 * @ns: the namespace
 * Context: rcu_read_lock() held (the result is valid until it ends).
 * Return: the struct pid, or NULL.
 */
struct pid *find_pid_ns(int nr, struct pid_namespace *ns)
{
	struct pid *pid;

	if (nr <= 0)
		return NULL;
	hlist_for_each_entry_rcu(pid, &pid_hash[pid_hashfn(nr)], pid_chain)
		if (pid->nr == nr)
			return pid;
	return NULL;
}

/**
 * find_vpid() - find_pid_ns() in the caller's namespace
 * @nr: the number
 * Context: rcu_read_lock() held.
 * Return: the struct pid, or NULL.
 */
struct pid *find_vpid(int nr)
{
	return find_pid_ns(nr, &init_pid_ns);
}

/**
 * find_get_pid() - find_vpid() and take a reference
 * @nr: the number
 * Context: process.
 * Return: the struct pid with a reference (put_pid() it), or NULL.
 */
struct pid *find_get_pid(int nr)
{
	struct pid *pid;

	rcu_read_lock();
	pid = get_pid(find_vpid(nr));
	rcu_read_unlock();
	return pid;
}

/**
 * pid_task() - the first task using @pid as @type
 * @pid: the pid, or NULL
 * @type: PIDTYPE_PID
 * Context: rcu_read_lock() or tasklist_lock held.
 * Return: the task, or NULL.
 */
struct task_struct *pid_task(struct pid *pid, enum pid_type type)
{
	struct hlist_node *first;

	if (!pid)
		return NULL;
	first = rcu_dereference_check(hlist_first_rcu(&pid->tasks[type]),
				      lockdep_is_held(&tasklist_lock));
	if (!first)
		return NULL;
	return hlist_entry(first, struct task_struct, pids[type].node);
}

/**
 * get_pid_task() - pid_task() and take a task reference
 * @pid: the pid
 * @type: PIDTYPE_PID
 * Context: process.
 * Return: the task with a reference (put_task_struct() it), or NULL.
 */
struct task_struct *get_pid_task(struct pid *pid, enum pid_type type)
{
	struct task_struct *task;

	rcu_read_lock();
	task = pid_task(pid, type);
	if (task)
		get_task_struct(task);
	rcu_read_unlock();
	return task;
}

/**
 * find_task_by_pid_ns() - the task whose pid is @nr
 * @nr: the number
 * @ns: the namespace
 * Context: rcu_read_lock() held; get_task_struct() the result before
 *	leaving the read-side section if it is used afterwards.
 * Return: the task, or NULL.
 */
struct task_struct *find_task_by_pid_ns(pid_t nr, struct pid_namespace *ns)
{
	return pid_task(find_pid_ns(nr, ns), PIDTYPE_PID);
}

/**
 * find_task_by_vpid() - find_task_by_pid_ns() in the caller's namespace
 * @nr: the number
 * Context: rcu_read_lock() held.
 * Return: the task, or NULL.
 */
struct task_struct *find_task_by_vpid(pid_t nr)
{
	return find_task_by_pid_ns(nr, &init_pid_ns);
}

/**
 * find_get_task_by_vpid() - find_task_by_vpid() with a reference
 * @nr: the number
 * Context: process.
 * Return: the task with a reference, or NULL.
 */
struct task_struct *find_get_task_by_vpid(pid_t nr)
{
	struct task_struct *task;

	rcu_read_lock();
	task = find_task_by_vpid(nr);
	if (task)
		get_task_struct(task);
	rcu_read_unlock();
	return task;
}

/**
 * attach_pid() - make @task use @pid as @type
 * @task: the task
 * @type: PIDTYPE_PID
 * @pid: the pid
 * Context: tasklist_lock held for write.
 */
void attach_pid(struct task_struct *task, enum pid_type type,
		struct pid *pid)
	__must_hold(&tasklist_lock)
{
	struct pid_link *link = &task->pids[type];

	lockdep_assert_held_write(&tasklist_lock);
	/* partner: READ_ONCE() in pid_alive() */
	WRITE_ONCE(link->pid, pid);
	hlist_add_head_rcu(&link->node, &pid->tasks[type]);
}

static void __change_pid(struct task_struct *task, enum pid_type type,
			 struct pid *new)
	__must_hold(&tasklist_lock)
{
	struct pid_link *link = &task->pids[type];
	struct pid *pid = link->pid;
	enum pid_type tmp;

	lockdep_assert_held_write(&tasklist_lock);
	hlist_del_rcu(&link->node);
	WRITE_ONCE(link->pid, new);

	for (tmp = 0; tmp < PIDTYPE_MAX; tmp++)
		if (!hlist_empty(&pid->tasks[tmp]))
			return;
	free_pid(pid);
}

/**
 * detach_pid() - stop @task using its @type pid; free it if unused
 * @task: the task
 * @type: PIDTYPE_PID
 * Context: tasklist_lock held for write.
 */
void detach_pid(struct task_struct *task, enum pid_type type)
	__must_hold(&tasklist_lock)
{
	__change_pid(task, type, NULL);
}

/**
 * change_pid() - move @task from its @type pid to @pid
 * @task: the task
 * @type: PIDTYPE_PID
 * @pid: the new pid
 * Context: tasklist_lock held for write.
 */
void change_pid(struct task_struct *task, enum pid_type type,
		struct pid *pid)
	__must_hold(&tasklist_lock)
{
	__change_pid(task, type, pid);
	attach_pid(task, type, pid);
}

/**
 * task_ppid_nr() - the tgid of @tsk's real parent
 * @tsk: the task
 * Context: any.
 * Return: the parent's tgid, or 0 once @tsk is released.
 */
pid_t task_ppid_nr(struct task_struct *tsk)
{
	pid_t ppid = 0;

	rcu_read_lock();
	if (pid_alive(tsk))
		ppid = rcu_dereference(tsk->real_parent)->tgid;
	rcu_read_unlock();
	return ppid;
}

/**
 * set_ns_last_pid() - set the number allocation continues after
 * @ns: the namespace
 * @last_pid: 0 <= last_pid < pid_max; the next pid is the first free
 *	number above it
 *
 * The caller checks permission (CAP_SYS_ADMIN for ns_last_pid).
 * Context: process; takes pidmap_lock.
 * Return: 0 or -EINVAL.
 */
int set_ns_last_pid(struct pid_namespace *ns, int last_pid)
{
	if (last_pid < 0 || last_pid >= READ_ONCE(pid_max))
		return -EINVAL;
	spin_lock(&pidmap_lock);
	WRITE_ONCE(ns->last_pid, last_pid);
	spin_unlock(&pidmap_lock);
	return 0;
}

/**
 * get_ns_last_pid() - the last number handed out
 * @ns: the namespace
 * Context: any.
 * Return: ns->last_pid.
 */
int get_ns_last_pid(struct pid_namespace *ns)
{
	/* partner: WRITE_ONCE() in alloc_pidmap() and set_ns_last_pid() */
	return READ_ONCE(ns->last_pid);
}

/**
 * set_pid_max() - change pid_max (kernel.pid_max)
 * @max: pid_max_min..pid_max_max
 *
 * Numbers already handed out above a lowered limit stay valid.
 * Context: process.
 * Return: 0 or -EINVAL.
 */
int set_pid_max(int max)
{
	if (max < pid_max_min || max > pid_max_max)
		return -EINVAL;
	spin_lock(&pidmap_lock);
	WRITE_ONCE(pid_max, max);
	spin_unlock(&pidmap_lock);
	return 0;
}

/**
 * pid_ns_nr_pids() - numbers in use, including pid 0
 * @ns: the namespace
 * Context: process; takes pidmap_lock.
 * Return: the count.
 */
int pid_ns_nr_pids(struct pid_namespace *ns)
{
	int nr;

	spin_lock(&pidmap_lock);
	nr = ns->nr_pids;
	spin_unlock(&pidmap_lock);
	return nr;
}

/**
 * pidmap_init() - reserve pid 0 for the idle task
 * Context: boot, single-threaded.
 */
void __init pidmap_init(void)
{
	pidmap_set(0);
	BUILD_BUG_ON(PID_MAX_DEFAULT > PID_MAX_LIMIT);
	WARN_ON_ONCE(pidmap_test(1));
}
