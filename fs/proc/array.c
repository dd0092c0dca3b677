// SPDX-License-Identifier: GPL-2.0
/*
 * array.c - /proc/<pid>/status and /proc/<pid>/stat (and the same files
 * of /proc/<pid>/task/<tid>/).
 *
 * Locks taken: RCU for the credentials; task fields are read with
 * READ_ONCE() (a snapshot, as in Linux, not an atomic picture).
 */
#include <linux/fs.h>
#include <linux/cred.h>
#include <linux/kernel.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/seq_file.h>
#include <linux/freezer.h>
#include <linux/mm_types.h>
#include <linux/mman.h>
#include <linux/signal.h>

#include "internal.h"

/* The State: line, from the task's run state and exit state. */
static const char *task_state_name(struct task_struct *task)
{
	int exit_state = READ_ONCE(task->exit_state);
	long state = READ_ONCE(task->state);

	if (exit_state & EXIT_ZOMBIE)
		return "Z (zombie)";
	if (exit_state & EXIT_DEAD)
		return "X (dead)";
	/* the task reading its own status is running, whatever it waits on */
	if (task == current)
		return "R (running)";
	/* frozen (refrigerator or marked in user space): Linux shows D */
	if (frozen(task))
		return "D (disk sleep)";
	if (state & TASK_DEAD)
		return "X (dead)";
	if (state & TASK_STOPPED)
		return "T (stopped)";
	if (state & TASK_UNINTERRUPTIBLE)
		return "D (disk sleep)";
	if (state & TASK_INTERRUPTIBLE)
		return "S (sleeping)";
	return "R (running)";
}

/**
 * proc_task_cpus_allowed() - print a task's Cpus_allowed_list value
 * @m: the seq_file
 * @task: the task
 *
 * task->cpus_allowed, in list format ("0-3,5"), read under task_lock.
 *
 * Context: process; takes task_lock(@task).
 */
void proc_task_cpus_allowed(struct seq_file *m, struct task_struct *task)
{
	char buf[8 * CONFIG_NR_CPUS + 8];

	task_lock(task);
	cpulist_scnprintf(buf, sizeof(buf), &task->cpus_allowed);
	task_unlock(task);
	seq_puts(m, buf);
}

/* The Mems_allowed_list value: task->mems_allowed as a node list. */
static void proc_task_mems_allowed(struct seq_file *m, struct task_struct *task)
{
	char buf[8 * MAX_NUMNODES + 8];

	task_lock(task);
	nodelist_scnprintf(buf, sizeof(buf), task->mems_allowed);
	task_unlock(task);
	seq_puts(m, buf);
}

/**
 * proc_pid_status() - print /proc/<pid>/status
 * @m: the seq_file
 * @task: the task (a reference is held)
 *
 * Context: process.
 * Return: 0.
 */
int proc_pid_status(struct seq_file *m, struct task_struct *task)
{
	char comm[TASK_COMM_LEN];
	const struct cred *cred;
	kuid_t uid, euid, suid, fsuid;
	kgid_t gid, egid, sgid, fsgid;
	pid_t ppid = pid_alive(task) ? task_ppid_nr(task) : 0;

	get_task_comm(comm, sizeof(comm), task);
	rcu_read_lock();
	cred = __task_cred(task);
	uid = cred->uid;
	euid = cred->euid;
	suid = cred->suid;
	fsuid = cred->fsuid;
	gid = cred->gid;
	egid = cred->egid;
	sgid = cred->sgid;
	fsgid = cred->fsgid;
	rcu_read_unlock();

	seq_printf(m, "Name:\t%s\n", comm);
	seq_printf(m, "State:\t%s\n", task_state_name(task));
	seq_printf(m, "Tgid:\t%d\n", task_tgid_nr(task));
	seq_printf(m, "Pid:\t%d\n", task_pid_nr(task));
	seq_printf(m, "PPid:\t%d\n", ppid);
	seq_printf(m, "Uid:\t%u\t%u\t%u\t%u\n", uid, euid, suid, fsuid);
	seq_printf(m, "Gid:\t%u\t%u\t%u\t%u\n", gid, egid, sgid, fsgid);
	seq_printf(m, "Threads:\t%d\n", get_nr_threads(task));
	seq_puts(m, "Cpus_allowed_list:\t");
	proc_task_cpus_allowed(m, task);
	seq_putc(m, '\n');
	seq_puts(m, "Mems_allowed_list:\t");
	proc_task_mems_allowed(m, task);
	seq_putc(m, '\n');
	return 0;
}

/*
 * The fields of /proc/<pid>/stat that this kernel has no source for are
 * printed as Linux prints them for a task that never used the resource:
 * fault counts, CPU times, the start time, code and stack addresses,
 * wchan and the signal dispositions are 0, tty_nr 0 and tpgid -1 (no
 * terminals), rsslim RLIM_INFINITY.
 */
#define PROC_STAT_RLIM_INFINITY	(~0UL)

/**
 * proc_pid_stat() - print /proc/<pid>/stat or /proc/<pid>/task/<tid>/stat
 * @m: the seq_file
 * @task: the task (a reference is held)
 *
 * Linux 2.6.38's do_task_stat() line, 44 fields: pid (comm) state ppid
 * pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime
 * stime cutime cstime priority nice num_threads itrealvalue starttime
 * vsize rss rsslim startcode endcode startstack kstkesp kstkeip signal
 * blocked sigignore sigcatch wchan nswap cnswap exit_signal processor
 * rt_priority policy delayacct_blkio_ticks guest_time cguest_time.
 * There are no process groups or sessions here: every user process is in
 * init's (1, as init is a session leader in Linux), kernel threads in 0.
 *
 * Context: process; takes task_lock(@task).
 * Return: 0.
 */
int proc_pid_stat(struct seq_file *m, struct task_struct *task)
{
	char comm[TASK_COMM_LEN];
	unsigned long vsize = 0, rss = 0;
	struct mm_struct *mm;
	int prio, static_prio, cpu, pgrp;
	unsigned int flags, policy, rt_priority;

	get_task_comm(comm, sizeof(comm), task);
	task_lock(task);
	prio = task->prio;
	static_prio = task->static_prio;
	policy = task->policy;
	rt_priority = task->rt_priority;
	flags = task->flags;
	task_unlock(task);
	cpu = task->bound_cpu >= 0 ? task->bound_cpu : 0;
	pgrp = flags & PF_KTHREAD ? 0 : 1;
	mm = get_task_mm(task);
	if (mm) {
		rss = mm_pages(mm);
		vsize = rss * PAGE_SIZE;
		mmput(mm);
	}

	seq_printf(m, "%d (%s) %c %d %d %d %d %d %u %lu %lu %lu %lu %lu %lu ",
		   task_pid_nr(task), comm, task_state_name(task)[0],
		   pid_alive(task) ? task_ppid_nr(task) : 0, pgrp, pgrp,
		   0, -1, flags, 0UL, 0UL, 0UL, 0UL, 0UL, 0UL);
	seq_printf(m, "%ld %ld %d %d %d 0 %llu %lu %lu %lu ",
		   0L, 0L, prio - MAX_RT_PRIO, static_prio - DEFAULT_PRIO,
		   get_nr_threads(task), 0ULL, vsize, rss,
		   PROC_STAT_RLIM_INFINITY);
	seq_printf(m, "%lu %lu %lu %lu %lu %lu %lu %lu %lu %lu %lu %lu ",
		   0UL, 0UL, 0UL, 0UL, 0UL,
		   READ_ONCE(task->pending) & 0x7fffffffUL, 0UL, 0UL, 0UL,
		   0UL, 0UL, 0UL);
	seq_printf(m, "%d %d %u %u %llu %lu %ld\n",
		   READ_ONCE(task->exit_signal), cpu,
		   rt_priority, policy, 0ULL, 0UL, 0L);
	return 0;
}
