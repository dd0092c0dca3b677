// SPDX-License-Identifier: GPL-2.0
/*
 * cred.c - credential management: copy-on-write struct cred, and the
 * setresuid()/setresgid() system calls with Linux's permission rules and
 * capability fix-ups.
 *
 * Locks: none of its own.  A cred is immutable once published; the task
 * that owns it replaces it with commit_creds() (rcu_assign_pointer), and
 * the old one is freed after an RCU grace period, so readers only need
 * rcu_read_lock() (or a reference from get_task_cred()).
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/rcupdate.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/cred.h>
#include <linux/capability.h>

/* Live struct cred objects other than init_cred (tests read it). */
static atomic_long_t cred_count = ATOMIC_LONG_INIT(0);

/* The credentials of init_task and of everything it starts: root. */
struct cred init_cred = {
	.usage		= ATOMIC_INIT(4),
	.uid		= GLOBAL_ROOT_UID,
	.gid		= GLOBAL_ROOT_GID,
	.suid		= GLOBAL_ROOT_UID,
	.sgid		= GLOBAL_ROOT_GID,
	.euid		= GLOBAL_ROOT_UID,
	.egid		= GLOBAL_ROOT_GID,
	.fsuid		= GLOBAL_ROOT_UID,
	.fsgid		= GLOBAL_ROOT_GID,
	.cap_permitted	= CAP_FULL_SET,
	.cap_effective	= CAP_FULL_SET,
};

static void put_cred_rcu(struct rcu_head *rcu)
{
	struct cred *cred = container_of(rcu, struct cred, rcu);

	if (WARN_ON_ONCE(atomic_read(&cred->usage) != 0))
		return;
	kfree(cred);
	atomic_long_dec(&cred_count);
}

/**
 * __put_cred() - free a cred whose last reference went away
 * @cred: the cred
 * Context: any; the memory goes after an RCU grace period.
 */
void __put_cred(struct cred *cred)
{
	if (WARN_ON_ONCE(cred == &init_cred))
		return;
	call_rcu(&cred->rcu, put_cred_rcu);
}

/**
 * cred_live() - number of dynamically allocated creds alive
 * Context: any.
 * Return: the count.
 */
long cred_live(void)
{
	return atomic_long_read(&cred_count);
}

/**
 * prepare_creds() - a private, modifiable copy of current's credentials
 * Context: process, in task context.
 * Return: the copy (one reference), or NULL on -ENOMEM.
 */
struct cred *prepare_creds(void)
{
	const struct cred *old = current_cred();
	struct cred *new;

	new = kmalloc(sizeof(*new), GFP_KERNEL);
	if (!new)
		return NULL;
	/*
	 * Everything but the count, which other holders of @old change
	 * while we copy (a thread sharing it exits, an RCU callback frees
	 * a task): it is only ever read with an atomic.
	 */
	BUILD_BUG_ON(offsetof(struct cred, usage) != 0);
	memcpy(&new->uid, &old->uid, sizeof(*new) - offsetof(struct cred, uid));
	atomic_set(&new->usage, 1);
	atomic_long_inc(&cred_count);
	return new;
}

/**
 * commit_creds() - install @new as current's credentials
 * @new: from prepare_creds(); its reference is consumed
 * Context: process, in task context.
 * Return: 0.
 */
int commit_creds(struct cred *new)
{
	struct task_struct *task = current;
	const struct cred *old = rcu_dereference_protected(task->real_cred, 1);
	const struct cred *subj = rcu_dereference_protected(task->cred, 1);

	WARN_ON_ONCE(subj != old);

	/* prepare_creds()'s reference and this one: one per pointer */
	get_cred(new);
	rcu_assign_pointer(task->real_cred, new);
	rcu_assign_pointer(task->cred, new);

	put_cred(old);
	put_cred(old);
	return 0;
}

/**
 * abort_creds() - discard credentials from prepare_creds()
 * @new: the unused copy
 * Context: any.
 */
void abort_creds(struct cred *new)
{
	WARN_ON_ONCE(atomic_read(&new->usage) < 1);
	put_cred(new);
}

/**
 * copy_creds() - credentials for a new task
 * @p: the new task (its cred pointers are copies of the parent's)
 * @clone_flags: CLONE_THREAD shares the parent's cred; otherwise the
 *	child gets its own copy
 * Context: process, in the parent's context.
 * Return: 0 or -ENOMEM.
 */
int copy_creds(struct task_struct *p, unsigned long clone_flags)
{
	const struct cred *shared;
	struct cred *new;

	if (clone_flags & CLONE_THREAD) {
		/* p's pointers are copies of current's: take their refs */
		shared = rcu_dereference_protected(p->cred, 1);
		get_cred(shared);
		get_cred(shared);
		return 0;
	}

	new = prepare_creds();
	if (!new)
		return -ENOMEM;
	get_cred(new);
	RCU_INIT_POINTER(p->real_cred, new);
	RCU_INIT_POINTER(p->cred, new);
	return 0;
}

/**
 * exit_creds() - drop a dead task's credentials
 * @tsk: the task, being freed
 * Context: any.
 */
void exit_creds(struct task_struct *tsk)
{
	const struct cred *cred;

	cred = rcu_dereference_protected(tsk->real_cred, 1);
	tsk->real_cred = NULL;
	put_cred(cred);

	cred = rcu_dereference_protected(tsk->cred, 1);
	tsk->cred = NULL;
	put_cred(cred);
}

/**
 * get_task_cred() - a reference on @task's objective credentials
 * @task: the task
 * Context: any.
 * Return: the cred; put_cred() it.
 */
const struct cred *get_task_cred(struct task_struct *task)
{
	const struct cred *cred;

	rcu_read_lock();
	cred = get_cred(__task_cred(task));
	rcu_read_unlock();
	return cred;
}

/*
 * cap_emulate_setxuid() - Linux's default capability fix-up after a uid
 * change (no SECURE_NO_SETUID_FIXUP):
 *  - dropping every root uid (real, effective and saved) clears the
 *    permitted and effective sets;
 *  - euid root -> non-root clears the effective set;
 *  - euid non-root -> root restores effective from permitted.
 */
static void cap_emulate_setxuid(struct cred *new, const struct cred *old)
{
	kuid_t root = GLOBAL_ROOT_UID;

	if ((uid_eq(old->uid, root) || uid_eq(old->euid, root) ||
	     uid_eq(old->suid, root)) &&
	    (!uid_eq(new->uid, root) && !uid_eq(new->euid, root) &&
	     !uid_eq(new->suid, root))) {
		cap_clear(new->cap_permitted);
		cap_clear(new->cap_effective);
	}
	if (uid_eq(old->euid, root) && !uid_eq(new->euid, root))
		cap_clear(new->cap_effective);
	if (!uid_eq(old->euid, root) && uid_eq(new->euid, root))
		new->cap_effective = new->cap_permitted;
}

/* May an unprivileged caller switch to @id? It must be one it has. */
static bool uid_allowed(kuid_t id, const struct cred *old)
{
	return uid_eq(id, old->uid) || uid_eq(id, old->euid) ||
	       uid_eq(id, old->suid);
}

static bool gid_allowed(kgid_t id, const struct cred *old)
{
	return gid_eq(id, old->gid) || gid_eq(id, old->egid) ||
	       gid_eq(id, old->sgid);
}

/**
 * do_setresuid() - setresuid(2) for current
 * @ruid: new real uid, or -1 to keep
 * @euid: new effective uid, or -1
 * @suid: new saved uid, or -1
 *
 * Without CAP_SETUID each new id must be one of the current real,
 * effective or saved uids.  fsuid follows euid; capabilities are fixed
 * up as Linux does by default.
 * Context: process, in task context.
 * Return: 0, -EPERM or -ENOMEM.
 */
long do_setresuid(uid_t ruid, uid_t euid, uid_t suid)
{
	const struct cred *old = current_cred();
	struct cred *new;

	if (!capable(CAP_SETUID)) {
		if ((ruid != (uid_t)-1 && !uid_allowed(ruid, old)) ||
		    (euid != (uid_t)-1 && !uid_allowed(euid, old)) ||
		    (suid != (uid_t)-1 && !uid_allowed(suid, old)))
			return -EPERM;
	}

	new = prepare_creds();
	if (!new)
		return -ENOMEM;
	if (ruid != (uid_t)-1)
		new->uid = ruid;
	if (euid != (uid_t)-1)
		new->euid = euid;
	if (suid != (uid_t)-1)
		new->suid = suid;
	new->fsuid = new->euid;

	cap_emulate_setxuid(new, old);
	return commit_creds(new);
}

/**
 * do_setresgid() - setresgid(2) for current
 * @rgid: new real gid, or -1 to keep
 * @egid: new effective gid, or -1
 * @sgid: new saved gid, or -1
 *
 * Without CAP_SETGID each new id must be one of the current gids.
 * Context: process, in task context.
 * Return: 0, -EPERM or -ENOMEM.
 */
long do_setresgid(gid_t rgid, gid_t egid, gid_t sgid)
{
	const struct cred *old = current_cred();
	struct cred *new;

	if (!capable(CAP_SETGID)) {
		if ((rgid != (gid_t)-1 && !gid_allowed(rgid, old)) ||
		    (egid != (gid_t)-1 && !gid_allowed(egid, old)) ||
		    (sgid != (gid_t)-1 && !gid_allowed(sgid, old)))
			return -EPERM;
	}

	new = prepare_creds();
	if (!new)
		return -ENOMEM;
	if (rgid != (gid_t)-1)
		new->gid = rgid;
	if (egid != (gid_t)-1)
		new->egid = egid;
	if (sgid != (gid_t)-1)
		new->sgid = sgid;
	new->fsgid = new->egid;
	return commit_creds(new);
}

/**
 * cred_init() - boot-time set-up of the credential code
 * Context: boot.
 */
void __init cred_init(void)
{
	atomic_long_set(&cred_count, 0);
}
