// SPDX-License-Identifier: GPL-2.0
/*
 * sys.c - small system calls about the calling task: its ids, its
 * credentials (wrapping kernel/cred.c) and its scheduling policy by pid.
 *
 * Locks: rcu_read_lock for the pid lookups; none of its own.
 */
#include <linux/kernel.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/cred.h>
#include <linux/syscalls.h>

/**
 * ksys_getpid() - getpid(2): the caller's process id (its tgid)
 * Context: in task context.
 * Return: the tgid.
 */
long ksys_getpid(void)
{
	return task_tgid_vnr(current);
}

/**
 * ksys_gettid() - gettid(2): the caller's thread id
 * Context: in task context.
 * Return: the pid.
 */
long ksys_gettid(void)
{
	return task_pid_vnr(current);
}

/**
 * ksys_getppid() - getppid(2): the parent's process id
 * Context: in task context.
 * Return: the parent's tgid.
 */
long ksys_getppid(void)
{
	return task_ppid_nr(current);
}

/**
 * ksys_setresuid() - setresuid(2)
 * @ruid: real uid or -1
 * @euid: effective uid or -1
 * @suid: saved uid or -1
 * Context: in task context.
 * Return: 0, -EPERM or -ENOMEM.
 */
long ksys_setresuid(uid_t ruid, uid_t euid, uid_t suid)
{
	return do_setresuid(ruid, euid, suid);
}

/**
 * ksys_setresgid() - setresgid(2)
 * @rgid: real gid or -1
 * @egid: effective gid or -1
 * @sgid: saved gid or -1
 * Context: in task context.
 * Return: 0, -EPERM or -ENOMEM.
 */
long ksys_setresgid(gid_t rgid, gid_t egid, gid_t sgid)
{
	return do_setresgid(rgid, egid, sgid);
}

/**
 * ksys_sched_setscheduler() - sched_setscheduler(2) by pid
 * @pid: the thread, 0 for the caller
 * @policy: SCHED_*
 * @param: the priority
 * Context: in task context.
 * Return: 0, -EINVAL, -ESRCH or -EPERM.
 */
long ksys_sched_setscheduler(pid_t pid, int policy,
			     const struct sched_param *param)
{
	struct task_struct *p;
	long ret;

	if (!param || pid < 0)
		return -EINVAL;
	if (!pid)
		p = get_task_struct(current);
	else
		p = find_get_task_by_vpid(pid);
	if (!p)
		return -ESRCH;
	ret = sched_setscheduler(p, policy, param);
	put_task_struct(p);
	return ret;
}
