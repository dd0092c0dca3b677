/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sched_test.h - the files of the hierarchy the cpu_cgroup and cpuacct
 * KUnit suites mount at SGT_MNT (defined by the includer), by their
 * names relative to it.  Everything else comes from the cgroup KUnit
 * harness, cgroup_kunit.h.  None may be called with a lock held.
 */
#ifndef _KERNEL_SCHED_TEST_H
#define _KERNEL_SCHED_TEST_H

#include <kunit/test.h>
#include <linux/fault-inject.h>
#include <linux/fs.h>
#include <linux/namei.h>
#include <linux/dcache.h>
#include <linux/syscalls.h>
#include <linux/cgroup.h>
#include "cgroup_kunit.h"

#define SGT_BUF		256

/* write(2) of @s to SGT_MNT/@file: bytes or -errno */
static long sgt_write(const char *file, const char *s)
{
	char path[SGT_BUF];

	snprintf(path, sizeof(path), SGT_MNT "/%s", file);
	return cgk_write(path, s);
}

/* A write of @val to SGT_MNT/@file that must succeed */
static void sgt_expect_write(struct kunit *test, const char *file,
			     const char *val)
{
	cgk_expect_write(test, cgk_path(test, SGT_MNT "/%s", file), val);
}

static long sgt_write_id(const char *file, pid_t id)
{
	char path[SGT_BUF];

	snprintf(path, sizeof(path), SGT_MNT "/%s", file);
	return cgk_write_pid(path, id);
}

/* The contents of SGT_MNT/@file, in a test-managed buffer */
static char *sgt_read(struct kunit *test, const char *file)
{
	return cgk_read(test, cgk_path(test, SGT_MNT "/%s", file));
}

/* A write refused with @err leaves SGT_MNT/@file as it was. */
static void sgt_expect_refused(struct kunit *test, const char *file,
			       const char *val, long err)
{
	cgk_expect_refused(test, cgk_path(test, SGT_MNT "/%s", file), val,
			   err);
}

#endif /* _KERNEL_SCHED_TEST_H */
