// SPDX-License-Identifier: GPL-2.0
/*
 * memcontrol_torture.c - the memory controller's entry in the cgroup
 * torture test (kernel/cgroup_torture.h): bound to hierarchy 1, its actor
 * maps and unmaps pages in the workload and changes the targets' limits
 * and move_charge_at_immigrate while moves run (a move there may then
 * fail with ENOMEM and move nothing), and its invariant is the
 * conservation of charges (Documentation/cgroups/memory.txt section 7).
 *
 * Locks: none of its own.
 */
#include <linux/cgroup.h>
#include <linux/fcntl.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/memcontrol.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/syscalls.h>

#include "../kernel/cgroup_torture.h"

/* the hierarchy memory is bound to */
#define MEMCG_TORTURE_HIER	1

static long memcg_torture_mmap_fn(void *arg)
{
	return ksys_mmap((unsigned long)arg);
}

static long memcg_torture_munmap_fn(void *arg)
{
	return ksys_munmap((unsigned long)arg);
}

/* Write @val to memory.@file of target @k of the memcg hierarchy. */
static long memcg_torture_write(int k, const char *file, const char *val)
{
	char path[96];
	long fd, ret;

	cgt_path(path, sizeof(path), MEMCG_TORTURE_HIER, k, file);
	fd = ksys_open(path, O_WRONLY, 0);
	if (fd < 0)
		return fd;
	ret = ksys_write(fd, val, strlen(val));
	ksys_close(fd);
	return ret < 0 ? ret : 0;
}

/*
 * memcg: map or unmap pages in a random thread of a random process
 * (charged to the owner's memcg), change a target's limit or its
 * move_charge_at_immigrate while the movers run, or check the
 * conservation invariant, which holds at all times.
 */
static void memcg_torture_actor(struct cgt_actor *a)
{
	static const char *const limits[] = { "-1", "-1", "1m", "256k", "64k" };
	unsigned int op = torture_random(&a->rand) % 10;
	int k = cgt_random_target(a);
	unsigned long npages = 1 + torture_random(&a->rand) % 16;
	struct cgt_proc *p;
	struct task_struct *t;
	char val[4];
	long ret;

	if (op < 6) {
		p = cgt_pick_proc(a);
		t = cgt_pick_thread(p, a, false);
		if (!t) {
			cgt_expected(a, "pick", -ESRCH);
			return;
		}
		cgt_set_state(a, op < 4 ? "mmap" : "munmap",
			      task_pid_nr(t));
		ret = task_call(t, op < 4 ? memcg_torture_mmap_fn : memcg_torture_munmap_fn,
				(void *)npages);
		put_task_struct(t);
		if (!ret)
			cgt_ok(a);
		else if (ret == -ENOMEM || ret == -EINVAL || ret == -ESRCH ||
			 ret == -EINTR)
			/* limit; unmapped too much or no mm; thread gone */
			cgt_expected(a, "mmap/munmap", ret);
		else
			cgt_error(a, "mmap/munmap of %lu: %ld", npages, ret);
	} else if (op < 8) {
		const char *file = op == 6 ? "memory.limit_in_bytes" :
					     "memory.move_charge_at_immigrate";
		unsigned long r = torture_random(&a->rand);

		if (op == 6) {
			ret = memcg_torture_write(k, file,
						  limits[r % ARRAY_SIZE(limits)]);
		} else {
			snprintf(val, sizeof(val), "%lu", r % 4);
			ret = memcg_torture_write(k, file, val);
		}
		if (!ret)
			cgt_ok(a);
		else if (ret == -EBUSY || ret == -ENOENT || ret == -ENODEV ||
			 cgt_injected(ret))
			/* limit below the usage; target removed; injected */
			cgt_expected(a, file, ret);
		else
			cgt_error(a, "write %s of %d: %ld", file, k, ret);
	} else {
		cgt_set_state(a, "memcg conservation", 0);
		if (mem_cgroup_check_conservation())
			cgt_error(a, "memcg conservation invariant broken");
		else
			cgt_ok(a);
	}
}

/* The pages charged to all memcgs are the pages mapped. */
static void memcg_torture_quiesced(void)
{
	if (mem_cgroup_check_conservation())
		torture_fail("quiescent: memcg charges differ from mapped pages");
}

/* A target that cannot take the charges of a move refuses it. */
static bool memcg_torture_move_refused(long err)
{
	return err == -ENOMEM;
}

const struct cgt_subsys memcg_torture = {
	.name = "memory",
	.hier = MEMCG_TORTURE_HIER,
	.mount_opts = "memory",
	.actor = { "memcg", memcg_torture_actor, NULL, NULL, 4, 200, true },
	.quiesced = memcg_torture_quiesced,
	.move_refused = memcg_torture_move_refused,
};
