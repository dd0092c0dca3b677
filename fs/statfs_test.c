// SPDX-License-Identifier: GPL-2.0
/*
 * statfs_test.c - KUnit suite "vfs_statfs": statfs(2) and fstatfs(2) on
 * each file system of the tree, and their errors.
 */
#include <kunit/test.h>
#include <linux/fs.h>
#include <linux/fcntl.h>
#include <linux/magic.h>
#include <linux/namei.h>
#include <linux/statfs.h>

#include "vfs_kunit.h"

/* Every in-memory file system: its magic, a page, NAME_MAX, no blocks. */
static void statfs_reports_each_magic(struct kunit *test)
{
	static const struct {
		const char *path;
		long magic;
	} cases[] = {
		{ "/", RAMFS_MAGIC },
		{ "/tmp", RAMFS_MAGIC },
		{ "/proc", PROC_SUPER_MAGIC },
		{ "/proc/self/status", PROC_SUPER_MAGIC },
		{ "/proc/mounts", PROC_SUPER_MAGIC },
	};
	struct kstatfs st;
	int i;

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		memset(&st, 0xff, sizeof(st));
		KUNIT_ASSERT_EQ_MSG(test, ksys_statfs(cases[i].path, &st), 0L,
				    "%s", cases[i].path);
		KUNIT_EXPECT_EQ_MSG(test, st.f_type, cases[i].magic, "%s",
				    cases[i].path);
		KUNIT_EXPECT_EQ(test, st.f_bsize, 4096L);
		KUNIT_EXPECT_EQ(test, st.f_frsize, 4096L);
		KUNIT_EXPECT_EQ(test, st.f_namelen, (long)NAME_MAX);
		KUNIT_EXPECT_EQ(test, st.f_blocks, 0ULL);
		KUNIT_EXPECT_EQ(test, st.f_files, 0ULL);
		KUNIT_EXPECT_EQ(test, st.f_fsid.val[0], 0);
		KUNIT_EXPECT_EQ(test, st.f_flags, (long)ST_VALID);
	}
}

/* A tmpfs mounted read-only: RAMFS_MAGIC, and ST_RDONLY in f_flags. */
static void statfs_tmpfs_and_mount_flags(struct kunit *test)
{
	struct kstatfs st;
	long fd;

	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/statfs_t", 0755), 0L);
	KUNIT_ASSERT_EQ(test, ksys_mount("none", "/tmp/statfs_t", "tmpfs",
					 MS_RDONLY | MS_NOSUID, NULL), 0L);
	KUNIT_EXPECT_EQ(test, ksys_statfs("/tmp/statfs_t", &st), 0L);
	KUNIT_EXPECT_EQ(test, st.f_type, (long)RAMFS_MAGIC);
	KUNIT_EXPECT_EQ(test, st.f_flags,
			(long)(ST_VALID | ST_RDONLY | ST_NOSUID));
	fd = ksys_open("/tmp/statfs_t", O_RDONLY | O_DIRECTORY, 0);
	KUNIT_ASSERT_GE(test, fd, 0L);
	KUNIT_EXPECT_EQ(test, ksys_fstatfs(fd, &st), 0L);
	KUNIT_EXPECT_EQ(test, st.f_type, (long)RAMFS_MAGIC);
	ksys_close(fd);
	KUNIT_EXPECT_EQ(test, ksys_umount("/tmp/statfs_t", 0), 0L);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/statfs_t"), 0L);
}

/* The path walk's errors, and fstatfs of a closed descriptor. */
static void statfs_errnos(struct kunit *test)
{
	struct kstatfs st;

	KUNIT_EXPECT_EQ(test, ksys_statfs("/nonexistent", &st), -ENOENT);
	KUNIT_EXPECT_EQ(test, ksys_statfs("", &st), -ENOENT);
	KUNIT_EXPECT_EQ(test, ksys_statfs("/proc/mounts/x", &st), -ENOTDIR);
	KUNIT_EXPECT_EQ(test, ksys_statfs((const char *)16, &st), -EFAULT);
	KUNIT_EXPECT_EQ(test, ksys_fstatfs(999, &st), -EBADF);
	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/statfs_p", 0700), 0L);
	KUNIT_ASSERT_EQ(test, vfs_kunit_become(1000, 1000), 0);
	KUNIT_EXPECT_EQ(test, ksys_statfs("/tmp/statfs_p/x", &st), -EACCES);
	/* the directory itself needs no permission on it */
	KUNIT_EXPECT_EQ(test, ksys_statfs("/tmp/statfs_p", &st), 0L);
	KUNIT_ASSERT_EQ(test, vfs_kunit_become(0, 0), 0);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/statfs_p"), 0L);
}

static struct kunit_case statfs_cases[] = {
	KUNIT_CASE(statfs_reports_each_magic),
	KUNIT_CASE(statfs_tmpfs_and_mount_flags),
	KUNIT_CASE(statfs_errnos),
	{}
};

static struct kunit_suite statfs_suite = {
	.name = "vfs_statfs",
	.test_cases = statfs_cases,
};

kunit_test_suite(statfs_suite);
