/* SPDX-License-Identifier: GPL-2.0 */
/*
 * cred.h - task credentials.
 *
 * A struct cred is immutable once published: a task changes its
 * credentials by prepare_creds() (a private copy), editing the copy and
 * commit_creds() (publishes it with rcu_assign_pointer and drops the
 * old one after RCU), or abort_creds().  Other tasks read a task's cred
 * under rcu_read_lock() (__task_cred()) or take a reference
 * (get_task_cred()).  Only the task itself replaces its cred, so it
 * reads its own without RCU (current_cred()).
 */
#ifndef _LINUX_CRED_H
#define _LINUX_CRED_H

#include <linux/types.h>
#include <linux/atomic.h>
#include <linux/rcupdate.h>
#include <linux/capability.h>
#include <linux/uidgid.h>
#include <asm/current.h>

struct task_struct;

/**
 * struct cred - the security context of a task
 * @usage: references
 * @uid: real user id
 * @gid: real group id
 * @suid: saved user id
 * @sgid: saved group id
 * @euid: effective user id
 * @egid: effective group id
 * @fsuid: user id for file access
 * @fsgid: group id for file access
 * @cap_permitted: capabilities the task may assume
 * @cap_effective: capabilities the task has now
 * @rcu: for the delayed free
 */
struct cred {
	atomic_t usage;
	kuid_t uid;
	kgid_t gid;
	kuid_t suid;
	kgid_t sgid;
	kuid_t euid;
	kgid_t egid;
	kuid_t fsuid;
	kgid_t fsgid;
	kernel_cap_t cap_permitted;
	kernel_cap_t cap_effective;
	struct rcu_head rcu;
};

extern struct cred init_cred;

void __put_cred(struct cred *cred);
struct cred *prepare_creds(void);
int commit_creds(struct cred *new);
void abort_creds(struct cred *new);
int copy_creds(struct task_struct *p, unsigned long clone_flags);
void exit_creds(struct task_struct *tsk);
const struct cred *get_task_cred(struct task_struct *task);
void cred_init(void);
long do_setresuid(uid_t ruid, uid_t euid, uid_t suid);
long do_setresgid(gid_t rgid, gid_t egid, gid_t sgid);
long cred_live(void);

static inline const struct cred *get_cred(const struct cred *cred)
{
	struct cred *nonconst_cred = (struct cred *)cred;

	atomic_inc(&nonconst_cred->usage);
	return cred;
}

static inline void put_cred(const struct cred *cred)
{
	struct cred *nonconst_cred = (struct cred *)cred;

	if (cred && atomic_dec_and_test(&nonconst_cred->usage))
		__put_cred(nonconst_cred);
}

/*
 * __task_cred() - @task's objective credentials.  Context: rcu_read_lock()
 * held (or @task is current).
 */
#define __task_cred(task)	rcu_dereference((task)->real_cred)

/*
 * current_cred() - current's subjective credentials.  Only current
 * replaces them, so no RCU is needed.
 */
#define current_cred()	rcu_dereference_protected(current->cred, 1)

/* task_cred_xxx(task, field): one field of @task's cred, under RCU. */
#define task_cred_xxx(task, xxx)			\
({							\
	__typeof__(((struct cred *)NULL)->xxx) ___val;	\
	rcu_read_lock();				\
	___val = __task_cred((task))->xxx;		\
	rcu_read_unlock();				\
	___val;						\
})

#define task_uid(task)		(task_cred_xxx((task), uid))
#define task_euid(task)		(task_cred_xxx((task), euid))

#define current_cred_xxx(xxx)	(current_cred()->xxx)
#define current_uid()		(current_cred_xxx(uid))
#define current_gid()		(current_cred_xxx(gid))
#define current_euid()		(current_cred_xxx(euid))
#define current_egid()		(current_cred_xxx(egid))
#define current_suid()		(current_cred_xxx(suid))
#define current_fsuid()		(current_cred_xxx(fsuid))
#define current_fsgid()		(current_cred_xxx(fsgid))

#endif /* _LINUX_CRED_H */
