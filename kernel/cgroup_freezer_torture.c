// SPDX-License-Identifier: GPL-2.0
/*
 * cgroup_freezer_torture.c - the freezer's entry in the cgroup torture
 * test (kernel/cgroup_torture.h): bound to hierarchy 0, its actor
 * freezes and thaws targets while moves run (moves into and out of them
 * fail with EBUSY and move nothing), and its invariant is "a thread is
 * marked iff its cgroup is frozen".
 *
 * Locks taken and their ordering: cgroup_mutex -> tasklist_lock (read)
 * -> RCU in freezer_torture_violations().
 */
#include <linux/cgroup.h>
#include <linux/delay.h>
#include <linux/fcntl.h>
#include <linux/fs.h>
#include <linux/freezer.h>
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/syscalls.h>

#include "cgroup_torture.h"

/* Write @str through the open file @fd.  Return: 0 or -errno. */
static long freezer_torture_write_fd(long fd, const char *str)
{
	int len = strlen(str);
	long ret = ksys_write(fd, str, len);

	if (ret < 0)
		return ret;
	return ret == len ? 0 : -EIO;
}

/* freezer.state of target @k into @buf (no newline).  Return: 0 or -errno. */
static long freezer_torture_state(int k, char *buf, size_t size)
{
	char path[96];
	long fd, ret;

	cgt_path(path, sizeof(path), 0, k, "freezer.state");
	fd = ksys_open(path, O_RDONLY, 0);
	if (fd < 0)
		return fd;
	ret = ksys_read(fd, buf, size - 1);
	ksys_close(fd);
	if (ret < 0)
		return ret;
	buf[ret] = '\0';
	strim(buf);
	return 0;
}

/*
 * The freezer invariant, a thread is marked iff its cgroup is frozen,
 * under cgroup_mutex (no move, no state change, no rmdir meanwhile):
 *  - a task of a FREEZING/FROZEN cgroup is marked, unless its creator
 *    still holds it (a fork between linking and the fork hook: its call
 *    slot is held until wake_up_new_task()) - so every task whose slot
 *    is free must be;
 *  - a task of a THAWED cgroup is never marked.
 * Exiting tasks are left out (they move to the root on the way out).
 * Return: the number of tasks breaking it (each one reported).
 */
static int freezer_torture_violations(const char *when)
{
	struct task_struct *p, *t;
	int bad = 0;

	cgroup_lock();
	read_lock(&tasklist_lock);
	rcu_read_lock();
	for_each_process(p) {
		for_each_thread(p, t) {
			bool cg_frozen, marked, running;

			if (READ_ONCE(t->flags) & PF_EXITING)
				continue;
			/*
			 * The slot first: a creator releases a child's slot
			 * (seq_cst) only after the fork hook marked it, so a
			 * slot seen free here orders the mark before the
			 * read of it below.
			 */
			running = task_call_running(t);
			marked = freezing(t);
			cg_frozen = cgroup_freezing_or_frozen(t);
			if (cg_frozen == marked || (cg_frozen && running))
				continue;
			if (bad++ < 4)
				torture_fail("%s: tid %d (tgid %d, flags %#x, exit %d) %s in t%d",
					     when, task_pid_nr(t), t->tgid,
					     READ_ONCE(t->flags),
					     READ_ONCE(t->exit_state),
					     marked ? "marked" : "not marked",
					     cgt_task_index(t));
		}
	}
	rcu_read_unlock();
	read_unlock(&tasklist_lock);
	cgroup_unlock();
	return bad;
}

/*
 * The freezer actor: freeze a target of hierarchy 0 while everything
 * else runs (moves into and out of it fail with EBUSY and move nothing;
 * other actors' calls into its threads park in the refrigerator), check
 * that every thread of it was marked, read the state, thaw it and check
 * that no mark is left.  It always thaws before it returns, so no actor
 * stays parked across a stutter pause or the end of the run.
 *
 * mkdir_rmdir may remove the target (once empty) and make it again at
 * any time: the writes go through one open file, which names the
 * cgroup it was opened on (-ENODEV once that is removed), and a state
 * read by path counts only if that cgroup was still there after it.
 */
static void freezer_torture_actor(struct cgt_actor *a)
{
	int k = cgt_random_target(a);
	char path[96], state[16];
	long fd, ret, read_ret;

	cgt_path(path, sizeof(path), 0, k, "freezer.state");
	cgt_set_state(a, "freeze", 0);
	fd = ksys_open(path, O_WRONLY, 0);
	if (fd == -ENOENT || cgt_injected(fd)) {
		cgt_expected(a, "open freezer.state", fd);
		return;
	}
	if (fd < 0) {
		cgt_error(a, "open %s: %ld", path, fd);
		return;
	}
	ret = freezer_torture_write_fd(fd, "FROZEN");
	/* the checks and the thaw run without injected failures */
	cgt_fault_off(a);
	if (ret && ret != -ENODEV && !cgt_injected(ret))
		cgt_error(a, "write FROZEN to t%d: %ld", k, ret);
	cgt_set_state(a, "check frozen", 0);
	if (freezer_torture_violations("freezer after FROZEN"))
		cgt_error(a, "t%d: marks do not match the states", k);
	read_ret = freezer_torture_state(k, state, sizeof(state));
	if (!ret && !read_ret && !freezer_torture_write_fd(fd, "FROZEN") &&
	    strcmp(state, "FREEZING") && strcmp(state, "FROZEN"))
		cgt_error(a, "t%d reads %s after FROZEN", k, state);
	cgt_set_state(a, "hold frozen", 0);
	usleep_range(100, 100 + torture_random(&a->rand) % 2000);

	cgt_set_state(a, "thaw", 0);
	ret = freezer_torture_write_fd(fd, "THAWED");
	ksys_close(fd);
	if (ret && ret != -ENODEV)
		cgt_error(a, "write THAWED to t%d: %ld", k, ret);
	if (freezer_torture_violations("freezer after THAWED"))
		cgt_error(a, "t%d: marks do not match the states", k);
	if (ret)
		cgt_expected(a, "thaw", ret);
	else
		cgt_ok(a);
}

/* Quiescent: every target THAWED (the actor thaws), no task marked. */
static void freezer_torture_quiesced(void)
{
	char state[16];
	int k;

	for (k = 0; k < cgt_nr_targets(); k++) {
		if (freezer_torture_state(k, state, sizeof(state)))
			continue;	/* removed: made again later */
		if (strcmp(state, "THAWED"))
			torture_fail("quiescent: t%d is %s", k, state);
	}
	freezer_torture_violations("quiescent");
}

static bool freezer_torture_move_refused(long err)
{
	return err == -EBUSY;
}

const struct cgt_subsys freezer_torture = {
	.name = "freezer",
	.hier = 0,
	.mount_opts = "freezer",
	.actor = { "freezer", freezer_torture_actor, NULL, NULL, 1, 1000 },
	.quiesced = freezer_torture_quiesced,
	.move_refused = freezer_torture_move_refused,
};
