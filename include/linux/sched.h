/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sched.h - tasks and processes: struct task_struct, struct signal_struct,
 * the global task list and the helpers that walk them.
 *
 * A task is a struct task_struct; a process (thread group) is the set of
 * tasks sharing one struct signal_struct.  Host threads are the CPUs: a
 * host thread runs kernel code as a task only inside task_call() (the
 * system-call boundary, kernel/sched.c) or, for kernel threads and init's
 * program, for its whole life.  A task no host thread runs is "in user
 * space"; kill and de_thread act on it on its behalf.
 *
 * Locks and what they protect (kernel/fork.c has the full picture):
 *  (t) tasklist_lock, write: the task list (tasks), parent/child links
 *      (real_parent, parent, children, sibling), the thread lists
 *      (thread_node), group_leader, pid, the pid -> task links and
 *      signal->nr_threads.  Readers walk them under tasklist_lock (read)
 *      or RCU (lists are _rcu; single fields with READ_ONCE()).
 *  (s) signal->siglock: pending, signal->flags, group_exit_code,
 *      group_exit_task, notify_count; nr_threads is written under (t)+(s).
 *  (a) task_lock(tsk) (alloc_lock): mm, files, fs, io_context, comm,
 *      cgroups, policy/prio, and flags (written only under it, by the task
 *      itself or by its creator before it runs; lockless readers use
 *      READ_ONCE()).
 *  (c) cred: RCU, replaced only by the task itself (commit_creds()).
 * Order (cgroups.txt 3.2.1): cgroup_mutex -> signal->threadgroup_fork_lock ->
 * tasklist_lock -> siglock -> css_set_lock -> task_lock.
 */
#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H

#include <linux/types.h>
#include <linux/err.h>
#include <linux/kernel.h>
#include <linux/list.h>
#include <linux/atomic.h>
#include <linux/refcount.h>
#include <linux/spinlock.h>
#include <linux/rwlock.h>
#include <linux/rwsem.h>
#include <linux/wait.h>
#include <linux/rcupdate.h>
#include <linux/rculist.h>
#include <linux/pid.h>
#include <linux/cpumask.h>
#include <linux/nodemask.h>
#include <asm/current.h>

struct cred;
struct mm_struct;
struct files_struct;
struct fs_struct;
struct io_context;
struct nsproxy;
struct css_set;
struct kthread;
struct user_program;

/* Task states (task_struct.state). */
#define TASK_RUNNING		0x0000
#define TASK_INTERRUPTIBLE	0x0001
#define TASK_UNINTERRUPTIBLE	0x0002
#define TASK_STOPPED		0x0004
#define TASK_DEAD		0x0080

/* task_struct.exit_state */
#define EXIT_DEAD		0x0010
#define EXIT_ZOMBIE		0x0020

/*
 * task_struct.thread_flags: bits other tasks set on a task, with atomic
 * bitops, so that task_struct.flags stays written by the task itself
 * (Linux keeps these in thread_info; same numbers).
 */
#define TIF_FREEZE		19	/* freeze at the next task_call() */

/*
 * task_struct.atomic_flags: per-task flags that another task sets (the
 * cpuset controller, when it moves the task), atomic bitops; Linux
 * moved them out of task_struct.flags for that reason in 4.2.
 */
#define PFA_SPREAD_PAGE		1	/* spread page cache over cpuset */
#define PFA_SPREAD_SLAB		2	/* spread some slab caches over cpuset */

/* task_struct.flags (per task, Linux's values) */
#define PF_IDLE			0x00000002	/* the idle task (pid 0) */
#define PF_EXITING		0x00000004	/* getting shut down */
#define PF_EXITPIDONE		0x00000008	/* exit work done, pid unhashing next */
#define PF_FORKNOEXEC		0x00000040	/* forked but did not exec */
#define PF_SUPERPRIV		0x00000100	/* used super-user privileges */
/* freezer (include/linux/freezer.h): written under (a) by the task */
#define PF_NOFREEZE		0x00008000	/* never frozen */
#define PF_FROZEN		0x00010000	/* in the refrigerator */
#define PF_KTHREAD		0x00200000	/* I am a kernel thread */
#define PF_THREAD_BOUND		0x04000000	/* bound to one CPU: no migration */

/* Scheduling policies (uapi/linux/sched.h) */
#define SCHED_NORMAL		0
#define SCHED_FIFO		1
#define SCHED_RR		2
#define SCHED_BATCH		3
#define SCHED_IDLE		5

#define MAX_USER_RT_PRIO	100
#define MAX_RT_PRIO		MAX_USER_RT_PRIO
#define MAX_PRIO		(MAX_RT_PRIO + 40)
#define DEFAULT_PRIO		(MAX_RT_PRIO + 20)

/* nice values and the static_prio they stand for, as in Linux */
#define MIN_NICE		-20
#define MAX_NICE		19
#define NICE_TO_PRIO(nice)	((nice) + DEFAULT_PRIO)
#define PRIO_TO_NICE(prio)	((prio) - DEFAULT_PRIO)

/**
 * struct sched_param - the scheduling parameter of sched_setscheduler()
 * @sched_priority: 1..99 for SCHED_FIFO/SCHED_RR, 0 otherwise
 */
struct sched_param {
	int sched_priority;
};

#define TASK_COMM_LEN		16

/* clone() flags (uapi/linux/sched.h values) */
#define CSIGNAL			0x000000ff	/* exit signal mask */
#define CLONE_VM		0x00000100
#define CLONE_FS		0x00000200
#define CLONE_FILES		0x00000400
#define CLONE_SIGHAND		0x00000800
#define CLONE_PARENT		0x00008000
#define CLONE_THREAD		0x00010000
#define CLONE_NEWNS		0x00020000
#define CLONE_PARENT_SETTID	0x00100000
/* namespaces (include/linux/nsproxy.h) */
#define CLONE_NEWUTS		0x04000000
#define CLONE_NEWIPC		0x08000000
#define CLONE_NEWNET		0x40000000
#define CLONE_IO		0x80000000

/* signal_struct.flags */
#define SIGNAL_GROUP_EXIT	0x00000004	/* group exit in progress */

/**
 * struct signal_struct - what the threads of one process share
 * @sigcnt: references: one per task_struct pointing here (dropped when
 *	the task_struct is freed, so after RCU).
 * @live: threads that have not yet started do_exit().
 * @nr_threads: threads linked on @thread_head. (t)+(s) to write.
 * @thread_head: the threads, linked by task_struct.thread_node. (t), RCU.
 * @siglock: protects the (s) fields here and tasks' pending masks.
 * @wait_chldexit: woken when a child of any thread becomes reapable;
 *	kernel_wait4() sleeps here.
 * @chld_seq: bumped before each wake-up of @wait_chldexit.
 * @group_exit_wait: woken for de_thread() when a thread exits or dies.
 * @group_exit_code: exit status of a group exit or fatal signal. (s)
 * @group_exit_task: the thread running de_thread(), or NULL. (s)
 * @notify_count: unused in this tree (kept for Linux's shape).
 * @flags: SIGNAL_GROUP_EXIT. (s)
 * @shared_pending: signals sent to the whole process. (s)
 * @threadgroup_fork_lock: held for read by copy_process() around the
 *	making of a CLONE_THREAD child (cgroup_fork() .. cgroup_post_fork()),
 *	for write by cgroup_attach_proc(), so that no thread can join the
 *	group while all its threads are moved to another cgroup.
 */
struct signal_struct {
	refcount_t sigcnt;
	atomic_t live;
	int nr_threads;
	struct list_head thread_head;
	spinlock_t siglock;		/* the (s) fields; see above */
	wait_queue_head_t wait_chldexit;
	atomic_t chld_seq;
	wait_queue_head_t group_exit_wait;
	int group_exit_code;
	struct task_struct *group_exit_task;
	int notify_count;
	unsigned int flags;
	unsigned long shared_pending;
#ifdef CONFIG_CGROUPS
	/*
	 * threadgroup_fork_lock - excludes CLONE_THREAD forks (read) while
	 * cgroup_attach_proc() moves the whole group (write).  Nests inside
	 * cgroup_mutex and outside tasklist_lock.
	 */
	struct rw_semaphore threadgroup_fork_lock;
#endif
};

/**
 * struct task_struct - one task (a thread; a process's threads share
 *	@signal)
 * @usage: references; the last put frees the task after RCU
 * @flags: PF_*; written under (a)
 * @thread_node: link in signal->thread_head (t), RCU
 * @alloc_lock: task_lock(): protects the (a) fields
 * @cgroups: the css_set (task_lock, and the task lists' locks of the
 *	old and new css_set while linked; RCU)
 * @cg_list: link in the css_set's task list (that css_set's tasks_lock)
 * @state: TASK_*; READ_ONCE/WRITE_ONCE
 * @thread_flags: TIF_*; atomic bitops, set by other tasks too
 * @atomic_flags: PFA_*; atomic bitops, set by other tasks too
 * @prio: effective priority (a)
 * @static_prio: nice-based priority (a)
 * @normal_prio: priority from policy and static_prio (a)
 * @rt_priority: 1..99 for SCHED_FIFO/SCHED_RR (a)
 * @policy: SCHED_* (a)
 * @bound_cpu: the CPU of a PF_THREAD_BOUND kernel thread, else -1
 * @cpus_allowed: CPUs the task may run on (a)
 * @mems_allowed: memory nodes the task may allocate pages on (a)
 * @tasks: link in the list of all processes (leaders only); (t), RCU
 * @mm: address space, NULL for kernel threads (a)
 * @active_mm: the address space in use (a)
 * @exit_state: EXIT_ZOMBIE or EXIT_DEAD once exited (t)
 * @exit_code: wait status given to do_exit() (t)
 * @exit_signal: signal to the parent at exit, -1: detached (t)
 * @pid: thread id (t); READ_ONCE lockless
 * @tgid: process id; fixed
 * @real_parent: the parent process's thread that created us (t), RCU
 * @parent: same as @real_parent (no ptrace) (t), RCU
 * @children: our children (process leaders) (t)
 * @sibling: link in the parent's @children (t)
 * @group_leader: the thread group leader (t); READ_ONCE lockless
 * @pids: links to our struct pid (t)
 * @real_cred: objective credentials (c)
 * @cred: subjective credentials (c)
 * @comm: name (a)
 * @fs: root and cwd (a)
 * @files: open files (a)
 * @signal: the process's shared state; fixed
 * @pending: pending signals, sigmask() bits (s)
 * @io_context: I/O context, shared with CLONE_IO (a)
 * @nsproxy: namespaces, shared until unshared (a); NULL after exit
 * @sched_task_group: the cpu controller's group, re-derived from
 *	@cgroups by attach, fork and exit (a)
 * @sched_rt_counted: counted as an RT task of @sched_task_group (a)
 * @call_owner: host thread id running as this task, 0 when none; atomic
 * @call_wait: task_call() waiters for @call_owner
 * @host_waits: nonzero while the host thread running as this task waits
 *	in the host (host_wait_begin()); written only by that thread, read
 *	by lock spinners (relaxed atomic)
 * @kthread: kernel threads: kthread.c's record
 * @program: the program exec loaded (NULL: none)
 * @rcu: for the RCU-delayed free
 *
 * The letters name the lock that protects a field (see the file header).
 */
struct task_struct {
	/*
	 * First, together, what a move of the thread group reads and
	 * writes of each thread (cgroups.txt 3.2.3): 56 bytes without
	 * lock debugging, so one or two cache lines where they were
	 * spread over four, which is what a move of 100,000 threads,
	 * whose task_structs are not in the caches, waits for.
	 */
	refcount_t usage;
	unsigned int flags;		/* PF_*; (a) to write */
	struct list_head thread_node;	/* on signal->thread_head; (t) + RCU */
	spinlock_t alloc_lock;		/* task_lock(): the (a) fields */
#ifdef CONFIG_CGROUPS
	/* task_lock, and the css_set tasks_lock(s) while linked */
	struct css_set __rcu *cgroups;
	/* cg_list protected by the tasks_lock of @cgroups */
	struct list_head cg_list;
#endif

	long state;			/* TASK_*; READ_ONCE/WRITE_ONCE */
	unsigned long thread_flags;	/* TIF_*; atomic bitops */
	unsigned long atomic_flags;	/* PFA_*; atomic bitops */

	int prio;			/* (a) */
	int static_prio;		/* (a) */
	int normal_prio;		/* (a) */
	unsigned int rt_priority;	/* (a) */
	unsigned int policy;		/* (a) */
	int bound_cpu;			/* CPU of a PF_THREAD_BOUND kthread */
	cpumask_t cpus_allowed;		/* (a) */
	nodemask_t mems_allowed;	/* (a) */

	struct list_head tasks;		/* all processes (leaders), (t) + RCU */

	struct mm_struct *mm;		/* (a) */
	struct mm_struct *active_mm;	/* (a) */

	int exit_state;			/* EXIT_ZOMBIE/EXIT_DEAD; (t) */
	int exit_code;			/* wait status; (t) */
	int exit_signal;		/* SIGCHLD for processes, -1: detached */

	pid_t pid;			/* (t); READ_ONCE for lockless readers */
	pid_t tgid;			/* fixed for the task's life */

	struct task_struct __rcu *real_parent;	/* (t) */
	struct task_struct __rcu *parent;	/* (t) */
	struct list_head children;	/* my children; (t) */
	struct list_head sibling;	/* link in parent's children; (t) */
	struct task_struct *group_leader;	/* (t); READ_ONCE lockless */

	struct pid_link pids[PIDTYPE_MAX];	/* (t) */

	const struct cred __rcu *real_cred;	/* (c) */
	const struct cred __rcu *cred;		/* (c) */

	char comm[TASK_COMM_LEN];	/* (a) */

	struct fs_struct *fs;		/* (a) */
	struct files_struct *files;	/* (a) */
	struct signal_struct *signal;	/* fixed for the task's life */
	unsigned long pending;		/* sigmask() bits; (s) to write */

	struct io_context *io_context;	/* (a) */
	struct nsproxy *nsproxy;	/* (a) */

#ifdef CONFIG_CGROUP_SCHED
	/* The cpu controller (kernel/sched_group.c) */
	struct task_group *sched_task_group;	/* (a); READ_ONCE lockless */
	bool sched_rt_counted;		/* (a): in its group's nr_rt_tasks */
#endif

	/* Hosted kernel: the system-call boundary (kernel/sched.c) */
	unsigned long call_owner;	/* host thread id running as me; atomic */
	wait_queue_head_t call_wait;	/* task_call() waiters for call_owner */
	int host_waits;			/* in a host wait; own thread writes */
	struct kthread *kthread;	/* kernel threads: kthread.c's record */
	const struct user_program *program;	/* what exec last loaded */

	struct rcu_head rcu;		/* put_task_struct() frees after RCU */
};

/*
 * tasklist_lock - the task list, parent/child and thread-group links.
 *
 * Writers (fork linking a task, exit_notify, release_task, de_thread's
 * leader swap, reparenting) take it for write; readers that need a stable
 * view of the tree (kernel_wait4, a cgroup thread-group snapshot) take it
 * for read.  Pure lookups use RCU instead.  It nests inside
 * signal->threadgroup_fork_lock and outside siglock, css_set_lock and
 * task_lock.
 */
extern rwlock_t tasklist_lock;

/* ---------------------------------------------------------------- */
/* Keeping a thread group from growing (cgroup.procs) */

#ifdef CONFIG_CGROUPS
/**
 * threadgroup_fork_read_lock() - keep @tsk's group open to new threads
 *	only for us: the read side, taken by copy_process() for CLONE_THREAD
 * @tsk: a thread of the group (the creator)
 * Context: process; may sleep while a cgroup.procs write holds the write
 *	side.  Not inside tasklist_lock or any spinlock.
 */
static inline void threadgroup_fork_read_lock(struct task_struct *tsk)
	__acquires_shared(&tsk->signal->threadgroup_fork_lock)
{
	down_read(&tsk->signal->threadgroup_fork_lock);
}

/**
 * threadgroup_fork_read_unlock() - release threadgroup_fork_read_lock()
 * @tsk: the same thread
 * Context: process.
 */
static inline void threadgroup_fork_read_unlock(struct task_struct *tsk)
	__releases_shared(&tsk->signal->threadgroup_fork_lock)
{
	up_read(&tsk->signal->threadgroup_fork_lock);
}

/**
 * threadgroup_fork_write_lock() - stop @tsk's group from creating threads
 * @tsk: a thread of the group (normally its leader)
 *
 * Waits for CLONE_THREAD forks in progress to finish; while held, the
 * thread list can only shrink.  signal_struct never changes for a task,
 * also across de_thread(), so the lock taken through a task that stops
 * being the leader is still the group's lock.
 * Context: process, under cgroup_mutex; may sleep.
 */
static inline void threadgroup_fork_write_lock(struct task_struct *tsk)
	__acquires(&tsk->signal->threadgroup_fork_lock)
{
	down_write(&tsk->signal->threadgroup_fork_lock);
}

/**
 * threadgroup_fork_write_unlock() - release threadgroup_fork_write_lock()
 * @tsk: the same thread
 * Context: process.
 */
static inline void threadgroup_fork_write_unlock(struct task_struct *tsk)
	__releases(&tsk->signal->threadgroup_fork_lock)
{
	up_write(&tsk->signal->threadgroup_fork_lock);
}
#else
static inline void threadgroup_fork_read_lock(struct task_struct *tsk) {}
static inline void threadgroup_fork_read_unlock(struct task_struct *tsk) {}
static inline void threadgroup_fork_write_lock(struct task_struct *tsk) {}
static inline void threadgroup_fork_write_unlock(struct task_struct *tsk) {}
#endif

extern struct task_struct init_task;
extern int nr_threads;			/* all tasks except idle; (t) */
extern struct task_struct *child_reaper;	/* init (pid 1) */

/* ---------------------------------------------------------------- */
/* References */

/**
 * get_task_struct() - take a reference on a task
 * @t: the task; the caller holds a reference or is inside RCU with @t
 *	found on an RCU list and still pid_alive() or linked
 * Context: any.
 * Return: @t.
 */
static inline struct task_struct *get_task_struct(struct task_struct *t)
{
	refcount_inc(&t->usage);
	return t;
}

void __put_task_struct(struct task_struct *t);

/**
 * put_task_struct() - drop a reference; the last one frees the task
 *	after an RCU grace period
 * @t: the task
 * Context: any; does not sleep.
 */
static inline void put_task_struct(struct task_struct *t)
{
	if (refcount_dec_and_test(&t->usage))
		__put_task_struct(t);
}

/* ---------------------------------------------------------------- */
/* task_lock */

/**
 * task_lock() - lock the (a) fields of @p
 * @p: the task
 *
 * Nests inside tasklist_lock, siglock and css_set_lock.
 * Context: any; spins.
 */
static inline void task_lock(struct task_struct *p)
	__acquires(&p->alloc_lock)
{
	spin_lock(&p->alloc_lock);
}

/**
 * task_unlock() - release task_lock()
 * @p: the task
 * Context: holds task_lock(@p).
 */
static inline void task_unlock(struct task_struct *p)
	__releases(&p->alloc_lock)
{
	spin_unlock(&p->alloc_lock);
}

/**
 * host_wait_begin() - current is about to wait in the host
 *
 * Every kernel primitive that sleeps in the host (futex waits, sleeps,
 * grace periods) brackets the wait with host_wait_begin() and
 * host_wait_end(), so that a lock spinner sees that the owner of the
 * lock it wants does not run (the rule in include/linux/mutex.h).
 * Context: any host thread; a no-op without a current task.
 */
static inline void host_wait_begin(void)
{
	struct task_struct *tsk = current;

	/* Only this thread writes it; spinners read it (relaxed). */
	if (tsk)
		WRITE_ONCE(tsk->host_waits, tsk->host_waits + 1);
}

/**
 * host_wait_end() - the wait of host_wait_begin() is over
 * Context: the same host thread, as the same task.
 */
static inline void host_wait_end(void)
{
	struct task_struct *tsk = current;

	if (tsk)
		WRITE_ONCE(tsk->host_waits, tsk->host_waits - 1);
}

/* ---------------------------------------------------------------- */
/* Thread groups */

/* True if @p leads its thread group (lockless: READ_ONCE). */
static inline bool thread_group_leader(struct task_struct *p)
{
	return READ_ONCE(p->group_leader) == p;
}

/* True if @p has the pid of its group leader (is or became the leader). */
static inline bool has_group_leader_pid(struct task_struct *p)
{
	return READ_ONCE(p->pid) == p->tgid;
}

static inline bool same_thread_group(struct task_struct *p1,
				     struct task_struct *p2)
{
	return p1->signal == p2->signal;
}

static inline int get_nr_threads(struct task_struct *tsk)
{
	/* partner: the (t)+(s) writers in fork.c and exit.c */
	return READ_ONCE(tsk->signal->nr_threads);
}

static inline bool thread_group_empty(struct task_struct *p)
{
	return get_nr_threads(p) <= 1;
}

/* The next thread of @p's group (circular); (t) or RCU. */
static inline struct task_struct *next_thread(const struct task_struct *p)
{
	struct list_head *n = READ_ONCE(p->thread_node.next);

	if (n == &p->signal->thread_head)
		n = READ_ONCE(n->next);
	return list_entry(n, struct task_struct, thread_node);
}

/* for_each_thread(p, t): every thread of @p's process; (t), (s) or RCU */
#define for_each_thread(p, t)						\
	list_for_each_entry_rcu(t, &(p)->signal->thread_head, thread_node, \
				lockdep_is_held(&tasklist_lock) ||	\
				lockdep_is_held(&(p)->signal->siglock))

static inline struct task_struct *next_task(struct task_struct *p)
{
	struct list_head *n;

	n = rcu_dereference_check(list_next_rcu(&p->tasks),
				  lockdep_is_held(&tasklist_lock));
	return list_entry(n, struct task_struct, tasks);
}

/* for_each_process(p): every process (its leader); (t) or RCU */
#define for_each_process(p) \
	for (p = &init_task; (p = next_task(p)) != &init_task; )

/* ---------------------------------------------------------------- */
/* Pids */

static inline struct pid *task_pid(struct task_struct *task)
{
	return task->pids[PIDTYPE_PID].pid;
}

/* The struct pid of @task's process: its leader's pid. (t) or RCU. */
static inline struct pid *task_tgid(struct task_struct *task)
{
	return READ_ONCE(task->group_leader)->pids[PIDTYPE_PID].pid;
}

static inline pid_t task_pid_nr(struct task_struct *tsk)
{
	return READ_ONCE(tsk->pid);
}

static inline pid_t task_tgid_nr(struct task_struct *tsk)
{
	return tsk->tgid;
}

/* Single-level pid namespace: the virtual number is the global one. */
static inline pid_t task_pid_vnr(struct task_struct *tsk)
{
	return task_pid_nr(tsk);
}

static inline pid_t task_tgid_vnr(struct task_struct *tsk)
{
	return task_tgid_nr(tsk);
}

pid_t task_ppid_nr(struct task_struct *tsk);

/**
 * pid_alive() - is @p still hashed (not yet released)?
 * @p: a task the caller holds a reference on
 * Context: any; the answer may change right after (RCU or (t) to rely
 *	on it).
 * Return: true until release_task() detached @p's pid.
 */
static inline bool pid_alive(const struct task_struct *p)
{
	return !!READ_ONCE(p->pids[PIDTYPE_PID].pid);
}

static inline bool is_global_init(struct task_struct *tsk)
{
	return tsk->tgid == 1;
}

struct task_struct *find_task_by_vpid(pid_t nr);
struct task_struct *find_task_by_pid_ns(pid_t nr, struct pid_namespace *ns);
struct task_struct *find_get_task_by_vpid(pid_t nr);

/* ---------------------------------------------------------------- */
/* Naming */

void __set_task_comm(struct task_struct *tsk, const char *buf, bool exec);

static inline void set_task_comm(struct task_struct *tsk, const char *from)
{
	__set_task_comm(tsk, from, false);
}

char *get_task_comm(char *buf, size_t len, struct task_struct *tsk);

/* ---------------------------------------------------------------- */
/* Fork, exit, exec (kernel/fork.c, exit.c, exec.c) */

/**
 * struct kernel_clone_args - what kernel_clone() is asked to create
 * @flags: CLONE_* flags
 * @exit_signal: signal sent to the parent when the child process dies
 *	(SIGCHLD; 0 or -1 for none); ignored for CLONE_THREAD
 * @parent_tid: with CLONE_PARENT_SETTID, the child's pid is stored here
 * @kthread: create a kernel thread (PF_KTHREAD); kthread.c sets it
 * @name: comm of the child (NULL: the parent's)
 */
struct kernel_clone_args {
	u64 flags;
	int exit_signal;
	pid_t *parent_tid;
	bool kthread;
	const char *name;
};

pid_t kernel_clone(struct kernel_clone_args *args);
struct task_struct *copy_process(struct kernel_clone_args *args);
void do_exit(long code);
void do_group_exit(int exit_code);
void release_task(struct task_struct *p);
long kernel_wait4(pid_t upid, int *stat_addr, int options);
unsigned long nr_forks(void);
int nr_tasks(void);

/* wait options */
#define WNOHANG		0x00000001
#define __WALL		0x40000000	/* wait for any child, thread or not */

/* wait status encoding, for callers of kernel_wait4() */
#define W_EXITCODE(ret, sig)	(((ret) << 8) | (sig))
#define WIFEXITED(status)	(((status) & 0x7f) == 0)
#define WEXITSTATUS(status)	(((status) >> 8) & 0xff)
#define WIFSIGNALED(status)	(((status) & 0x7f) != 0)
#define WTERMSIG(status)	((status) & 0x7f)

/* ---------------------------------------------------------------- */
/* Scheduling and the system-call boundary (kernel/sched.c) */

long task_call(struct task_struct *tsk, long (*fn)(void *arg), void *arg);
bool task_call_try(struct task_struct *tsk);
bool task_call_running(struct task_struct *tsk);
void task_call_own(struct task_struct *tsk);
unsigned long task_call_self_id(void);
void wake_up_new_task(struct task_struct *p);
void task_call_disown(struct task_struct *tsk, struct task_struct *prev);
int sched_setscheduler(struct task_struct *p, int policy,
		       const struct sched_param *param);
void set_user_nice(struct task_struct *p, long nice);
int sched_setscheduler_nocheck(struct task_struct *p, int policy,
			       const struct sched_param *param);
int wake_up_process(struct task_struct *p);
void sched_fork(struct task_struct *p);
int set_cpus_allowed_ptr(struct task_struct *p,
			 const struct cpumask *new_mask);

static inline bool rt_policy(int policy)
{
	return policy == SCHED_FIFO || policy == SCHED_RR;
}

/* ---------------------------------------------------------------- */
/* Signals (kernel/signal.c) */

#define SIGKILL		9
#define SIGTERM		15
#define SIGCHLD		17
#define _NSIG		64
#define sigmask(sig)	(1UL << ((sig) - 1))

static inline bool fatal_signal_pending(struct task_struct *p)
{
	/* partner: the siglock-held writers in signal.c */
	return READ_ONCE(p->pending) & sigmask(SIGKILL);
}

/*
 * signal_add_pending() - make @sig pending on @p.  Sequentially
 * consistent, as is the slot release in task_call(): the Dekker pair of
 * kernel/sched.c needs no fence.  Context: @p->signal->siglock held.
 */
static inline void signal_add_pending(struct task_struct *p, int sig)
{
	__atomic_fetch_or(&p->pending, sigmask(sig), __ATOMIC_SEQ_CST);
}

static inline bool signal_pending(struct task_struct *p)
{
	return READ_ONCE(p->pending) != 0;
}

static inline bool signal_group_exit(const struct signal_struct *sig)
{
	return (READ_ONCE(sig->flags) & SIGNAL_GROUP_EXIT) ||
	       !!READ_ONCE(sig->group_exit_task);
}

#endif /* _LINUX_SCHED_H */
