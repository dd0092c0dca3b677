// SPDX-License-Identifier: GPL-2.0
/*
 * cgroup_torture_check.c - the cgroup torture test's oracle at rest: at
 * every stutter pause (all actors parked) and at the end, the global
 * invariants over every task, css_set and cgroup, read back through the
 * tasks and cgroup.procs files as user space sees them, then each
 * controller's own (Documentation/torture.txt section 6).  The rest of
 * the framework is kernel/cgroup_torture.c.
 *
 * Locks taken and their ordering: tasklist_lock (read) -> RCU while the
 * tasks are counted; none while the files are read.
 */
#include <linux/cgroup.h>
#include <linux/fcntl.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/pid_namespace.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/sort.h>
#include <linux/string.h>
#include <linux/syscalls.h>

#include "cgroup_torture.h"

/* quiescent checks made (the stats line) */
atomic_long_t cgt_quiesced;

/**
 * cgt_read_pids() - read a tasks or cgroup.procs file
 * @path: the file
 * @out: its ids, in a kmalloc()ed array the caller frees (NULL on error)
 *
 * Context: process; no lock held.
 * Return: 0 or -errno.
 */
int cgt_read_pids(const char *path, struct cgt_pids *out)
{
	size_t size = 4096, len = 0;
	char *buf, *s, *next;
	long fd, ret;
	int n = 0;

	out->pids = NULL;
	out->nr = 0;
	fd = ksys_open(path, O_RDONLY, 0);
	if (fd < 0)
		return fd;
	buf = kmalloc(size, GFP_KERNEL);
	if (!buf) {
		ksys_close(fd);
		return -ENOMEM;
	}
	for (;;) {
		if (len + 1 >= size) {
			char *bigger = kmalloc(size * 2, GFP_KERNEL);

			if (!bigger) {
				ret = -ENOMEM;
				goto out_free;
			}
			memcpy(bigger, buf, len);
			kfree(buf);
			buf = bigger;
			size *= 2;
		}
		ret = ksys_read(fd, buf + len, size - len - 1);
		if (ret < 0)
			goto out_free;
		if (!ret)
			break;
		len += ret;
	}
	buf[len] = '\0';
	for (s = buf; *s; s++)
		n += *s == '\n';
	out->pids = kcalloc(n + 1, sizeof(pid_t), GFP_KERNEL);
	if (!out->pids) {
		ret = -ENOMEM;
		goto out_free;
	}
	for (s = buf; *s; s = next) {
		next = strchr(s, '\n');
		if (!next)
			break;
		*next++ = '\0';
		if (kstrtoint(s, 10, &out->pids[out->nr]) == 0)
			out->nr++;
	}
	ret = 0;
out_free:
	kfree(buf);
	ksys_close(fd);
	return ret;
}

/* ------------------------------------------------------------------ */
/* ------------------------------------------------------------------ */
/* The quiescent check: every actor parked (stutter) or stopped (end) */

struct cgt_cg_count {
	struct css_set *cg;
	int users;
};

static int cmp_pid(const void *a, const void *b)
{
	pid_t x = *(const pid_t *)a, y = *(const pid_t *)b;

	return x < y ? -1 : x > y;
}

/* cgroup.procs of a cgroup must be the tgids of its tasks, sorted, unique */
static void cgt_check_procs_file(const char *path, struct cgt_pids *tasks,
				 struct cgt_pids *procs)
{
	pid_t *want;
	int i, n = 0;

	want = kcalloc(tasks->nr + 1, sizeof(pid_t), GFP_KERNEL);
	if (!want)
		return;
	rcu_read_lock();
	for (i = 0; i < tasks->nr; i++) {
		struct task_struct *t = find_task_by_vpid(tasks->pids[i]);

		if (t)
			want[n++] = t->tgid;
	}
	rcu_read_unlock();
	sort(want, n, sizeof(pid_t), cmp_pid, NULL);
	for (i = 0; i < n; i++)
		if (i && want[i] == want[i - 1])
			want[i - 1] = 0;
	for (i = 0; i < n; i++)
		if (!want[i])
			memmove(&want[i], &want[i + 1],
				(--n - i) * sizeof(pid_t)), i--;
	if (n != procs->nr || memcmp(want, procs->pids, n * sizeof(pid_t)))
		torture_fail("quiescent: %s lists %d tgid(s), its tasks %d",
			     path, procs->nr, n);
	kfree(want);
}

static void cgt_count_css_set(struct cgt_cg_count *cc, int *nr,
			      struct css_set *cg, bool ref)
{
	int i;

	for (i = 0; i < *nr; i++)
		if (cc[i].cg == cg)
			break;
	if (i == *nr) {
		if (*nr == CGT_MAX_CSS_SETS)
			return;
		cc[i].cg = cg;
		cc[i].users = 0;
		(*nr)++;
	}
	cc[i].users += ref;
}

/**
 * cgt_quiesced_check() - the global invariants at rest
 *
 * Every live task is listed exactly once per hierarchy, in the cgroup it
 * is in; cgroup.procs agrees with tasks; css_set refcounts equal their
 * users; each cgroup's count equals its css_sets; an empty target can be
 * removed; and every controller's own invariant holds (its entry's
 * quiesced() and task_check()).  Each violation is a torture_fail().
 *
 * Context: a quiescent point (every actor parked or stopped); takes
 * tasklist_lock (read) and RCU.
 */
void cgt_quiesced_check(void)
{
	struct cgt_pids tasks[CGT_NR_HIER][CGT_MAX_CG + 1] = {};
	struct cgt_pids procs;
	struct cgt_cg_count *cc;
	u8 *where[CGT_NR_HIER] = {}, *count[CGT_NR_HIER] = {};
	struct task_struct *p, *t;
	int h, k, i, nr_cc = 0, live = 0, listed = 0;
	const char *why;
	char path[96];

	atomic_long_inc(&cgt_quiesced);
	cgt_subsys_quiesced();
	cc = kcalloc(CGT_MAX_CSS_SETS, sizeof(*cc), GFP_KERNEL);
	for (h = 0; h < CGT_NR_HIER; h++) {
		where[h] = kmalloc(pid_max + 1, GFP_KERNEL);
		count[h] = kzalloc(pid_max + 1, GFP_KERNEL);
	}
	if (!cc || !where[0] || !where[1] || !count[0] || !count[1]) {
		pr_alert("cgroup-torture: ??? quiescent check: out of memory\n");
		goto out_free;
	}

	for (h = 0; h < CGT_NR_HIER; h++) {
		memset(where[h], 0xff, pid_max + 1);
		for (k = 0; k <= cgt_nr_targets(); k++) {
			cgt_path(path, sizeof(path), h, k, "tasks");
			if (cgt_read_pids(path, &tasks[h][k]))
				continue;
			for (i = 0; i < tasks[h][k].nr; i++) {
				pid_t pid = tasks[h][k].pids[i];

				if (pid <= 0 || pid > pid_max)
					continue;
				count[h][pid]++;
				where[h][pid] = k;
				listed++;
			}
			cgt_path(path, sizeof(path), h, k, "cgroup.procs");
			if (!cgt_read_pids(path, &procs)) {
				cgt_check_procs_file(path, &tasks[h][k],
						     &procs);
				kfree(procs.pids);
			}
		}
	}

	read_lock(&tasklist_lock);
	rcu_read_lock();
	cgt_count_css_set(cc, &nr_cc, rcu_dereference(init_task.cgroups),
			  true);
	for_each_process(p) {
		for_each_thread(p, t) {
			struct css_set *cg = rcu_dereference(t->cgroups);
			bool exiting = READ_ONCE(t->flags) & PF_EXITING;
			pid_t pid = task_pid_nr(t);

			/* after cgroup_exit() a task holds no reference */
			cgt_count_css_set(cc, &nr_cc, cg, !exiting);
			if (exiting) {
				for (h = 0; h < CGT_NR_HIER; h++) {
					if (!count[h][pid])
						continue;
					torture_fail("quiescent: exiting tid %d listed in %d",
						     pid, h);
				}
				continue;
			}
			live++;
			for (h = 0; h < CGT_NR_HIER; h++)
				if (count[h][pid] != 1)
					torture_fail("quiescent: tid %d listed %d times in %d",
						     pid, count[h][pid], h);
			k = cgt_task_index(t);
			if (k != where[0][pid])
				torture_fail("quiescent: tid %d is in %d, listed in %d",
					     pid, k, where[0][pid]);
			if (cgroup_is_removed(task_cgroup(t, debug_subsys_id)))
				torture_fail("quiescent: tid %d in a removed cgroup",
					     pid);
			why = cgt_subsys_task_check(t);
			if (why)
				torture_fail("quiescent: tid %d %s", pid, why);
		}
	}
	for (i = 0; i < nr_cc; i++) {
		int want = cc[i].users + (cc[i].cg == &init_css_set);
		int got = atomic_read(&cc[i].cg->refcount);

		if (got != want)
			torture_fail("quiescent: css_set %d has refcount %d, %d users",
				     i, got, want);
	}
	for (i = 0; i < nr_cc; i++) {
		struct cgroup *cgrp = cc[i].cg->subsys[debug_subsys_id]->cgroup;
		int j, nr = 0;

		for (j = 0; j < nr_cc; j++)
			nr += cc[j].cg->subsys[debug_subsys_id]->cgroup ==
			      cgrp;
		if (atomic_read(&cgrp->count) != nr)
			torture_fail("quiescent: cgroup %d is linked by %d css_set(s), count %d",
				     cgt_cgroup_index(cgrp), nr,
				     atomic_read(&cgrp->count));
	}
	rcu_read_unlock();
	read_unlock(&tasklist_lock);

	if (listed != live * CGT_NR_HIER)
		torture_fail("quiescent: %d tids listed for %d live tasks in %d hierarchies",
			     listed, live, CGT_NR_HIER);

	/* an empty target holds no reference: rmdir must work */
	for (h = 0; h < CGT_NR_HIER; h++) {
		for (k = 0; k < cgt_nr_targets(); k++) {
			long ret;

			if (!tasks[h][k].pids || tasks[h][k].nr)
				continue;
			cgt_path(path, sizeof(path), h, k, NULL);
			ret = ksys_rmdir(path);
			if (ret)
				torture_fail("quiescent: rmdir of empty %s: %ld",
					     path, ret);
			else if (!torture_must_stop())
				ksys_mkdir(path, 0755);
		}
	}

out_free:
	for (h = 0; h < CGT_NR_HIER; h++) {
		for (k = 0; k <= cgt_nr_targets(); k++)
			kfree(tasks[h][k].pids);
		kfree(where[h]);
		kfree(count[h]);
	}
	kfree(cc);
}

