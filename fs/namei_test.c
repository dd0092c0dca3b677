// SPDX-License-Identifier: GPL-2.0
/*
 * namei_test.c - KUnit suite "vfs_namei": path walk, mkdir/rmdir,
 * mounts and directory listing.
 *
 * Every case works under its own directory in /tmp and removes it.
 */
#include <kunit/test.h>
#include <linux/fs.h>
#include <linux/mount.h>
#include <linux/namei.h>
#include <linux/delay.h>
#include <linux/kthread.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>

#include "vfs_kunit.h"

static void namei_walks_dot_dotdot_and_slashes(struct kunit *test)
{
	struct path root, tmp, p;

	KUNIT_ASSERT_EQ(test, kern_path("/", 0, &root), 0);
	KUNIT_EXPECT_PTR_EQ(test, root.dentry, root.mnt->mnt_root);
	KUNIT_ASSERT_EQ(test, kern_path("/tmp", 0, &tmp), 0);
	KUNIT_EXPECT_EQ(test, kern_path("//tmp/../tmp/./", 0, &p), 0);
	KUNIT_EXPECT_PTR_EQ(test, p.dentry, tmp.dentry);
	path_put(&p);
	/* ".." at the root stays at the root */
	KUNIT_EXPECT_EQ(test, kern_path("/../../", 0, &p), 0);
	KUNIT_EXPECT_PTR_EQ(test, p.dentry, root.dentry);
	path_put(&p);
	path_put(&tmp);
	path_put(&root);
}

static void namei_reports_walk_errors(struct kunit *test)
{
	char *longname = kunit_kzalloc(test, NAME_MAX + 8, GFP_KERNEL);
	struct path p;

	KUNIT_ASSERT_NOT_NULL(test, longname);
	KUNIT_EXPECT_EQ(test, kern_path("/nonexistent", 0, &p), -ENOENT);
	KUNIT_EXPECT_EQ(test, kern_path("", 0, &p), -ENOENT);
	KUNIT_ASSERT_EQ(test, vfs_kunit_write("/tmp/namei_file", "x"), 1);
	KUNIT_EXPECT_EQ(test, kern_path("/tmp/namei_file/x", 0, &p),
			-ENOTDIR);
	KUNIT_EXPECT_EQ(test, kern_path("/tmp/namei_file", LOOKUP_DIRECTORY,
					&p), -ENOTDIR);
	memset(longname, 'a', NAME_MAX + 2);
	longname[0] = '/';
	KUNIT_EXPECT_EQ(test, kern_path(longname, 0, &p), -ENAMETOOLONG);
	KUNIT_EXPECT_EQ(test, ksys_unlink("/tmp/namei_file"), 0);
	KUNIT_EXPECT_EQ(test, kern_path("/tmp/namei_file", 0, &p), -ENOENT);
}

static void namei_mkdir_rmdir(struct kunit *test)
{
	struct path p;

	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/namei_d", 0755), 0);
	KUNIT_EXPECT_EQ(test, ksys_mkdir("/tmp/namei_d", 0755), -EEXIST);
	KUNIT_EXPECT_EQ(test, ksys_mkdir("/tmp/namei_d/a/b", 0755), -ENOENT);
	KUNIT_EXPECT_EQ(test, ksys_mkdir("/tmp/namei_d/a", 0755), 0);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/namei_d"), -ENOTEMPTY);
	KUNIT_ASSERT_EQ(test, vfs_kunit_write("/tmp/namei_d/f", "x"), 1);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/namei_d/f"), -ENOTDIR);
	KUNIT_EXPECT_EQ(test, ksys_unlink("/tmp/namei_d/a"), -EISDIR);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/"), -EBUSY);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/namei_d/."), -EINVAL);
	KUNIT_EXPECT_EQ(test, ksys_unlink("/tmp/namei_d/f"), 0);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/namei_d/a/"), 0);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/namei_d"), 0);
	KUNIT_EXPECT_EQ(test, kern_path("/tmp/namei_d", 0, &p), -ENOENT);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/namei_d"), -ENOENT);
}

static void namei_mkdir_applies_umask_and_owner(struct kunit *test)
{
	struct kstat st;

	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/namei_m", 0777), 0);
	KUNIT_ASSERT_EQ(test, ksys_newstat("/tmp/namei_m", &st), 0);
	KUNIT_EXPECT_EQ(test, st.mode, S_IFDIR | 0755);
	KUNIT_EXPECT_EQ(test, st.uid, 0);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/namei_m"), 0);
}

/* Count the entries getdents64() returns for @path, checking order. */
static int list_dir(struct kunit *test, const char *path,
		    const char * const *want,
		    int nr_want)
{
	char *buf = kunit_kzalloc(test, 512, GFP_KERNEL);
	long fd, n;
	int seen = 0;

	if (!buf)
		return -ENOMEM;
	fd = ksys_open(path, O_RDONLY | O_DIRECTORY, 0);
	if (fd < 0)
		return fd;
	/* a small buffer forces several calls */
	while ((n = ksys_getdents64(fd, (void *)buf, 64)) > 0) {
		long off = 0;

		while (off < n) {
			struct linux_dirent64 *d = (void *)(buf + off);

			off += d->d_reclen;
			if (seen < nr_want)
				KUNIT_EXPECT_STREQ(test, d->d_name, want[seen]);
			seen++;
		}
	}
	KUNIT_EXPECT_EQ(test, n, 0);
	ksys_close(fd);
	return seen;
}

static void namei_getdents_lists_in_creation_order(struct kunit *test)
{
	static const char * const want[] = { ".", "..", "zz", "aa", "mm" };

	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/namei_l", 0755), 0);
	KUNIT_EXPECT_EQ(test, ksys_mkdir("/tmp/namei_l/zz", 0755), 0);
	KUNIT_EXPECT_EQ(test, vfs_kunit_write("/tmp/namei_l/aa", ""), 0);
	KUNIT_EXPECT_EQ(test, ksys_mkdir("/tmp/namei_l/mm", 0755), 0);
	KUNIT_EXPECT_EQ(test, list_dir(test, "/tmp/namei_l", want, 5), 5);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/namei_l/zz"), 0);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/namei_l/mm"), 0);
	KUNIT_EXPECT_EQ(test, ksys_unlink("/tmp/namei_l/aa"), 0);
	KUNIT_EXPECT_EQ(test, list_dir(test, "/tmp/namei_l", want, 2), 2);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/namei_l"), 0);
}

static void namei_mount_cross_and_umount_busy(struct kunit *test)
{
	struct path mp, inside, up;
	char *buf;
	long fd;

	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/namei_mnt", 0755), 0);
	KUNIT_ASSERT_EQ(test, ksys_mount("none", "/tmp/namei_mnt", "ramfs", 0,
					 NULL), 0);
	KUNIT_EXPECT_EQ(test, ksys_mount("none", "/tmp/namei_mnt", "nofs", 0,
					 NULL), -ENODEV);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/namei_mnt"), -EBUSY);
	KUNIT_ASSERT_EQ(test, vfs_kunit_write("/tmp/namei_mnt/f", "data"), 4);

	/* the walk crossed into the new mount, and ".." crosses back */
	KUNIT_ASSERT_EQ(test, kern_path("/tmp/namei_mnt", 0, &inside), 0);
	KUNIT_EXPECT_PTR_EQ(test, inside.dentry, inside.mnt->mnt_root);
	KUNIT_ASSERT_EQ(test, kern_path("/tmp/namei_mnt/..", 0, &up), 0);
	KUNIT_ASSERT_EQ(test, kern_path("/tmp", 0, &mp), 0);
	KUNIT_EXPECT_PTR_EQ(test, up.dentry, mp.dentry);
	KUNIT_EXPECT_PTR_EQ(test, up.mnt, mp.mnt);
	path_put(&mp);
	path_put(&up);
	path_put(&inside);

	buf = kunit_kzalloc(test, 1024, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, buf);
	KUNIT_EXPECT_GT(test, vfs_kunit_read("/proc/mounts", buf, 1024), 0);
	KUNIT_EXPECT_NOT_NULL(test, strstr(buf,
					   "\nnone /tmp/namei_mnt ramfs rw 0 0\n"));

	fd = ksys_open("/tmp/namei_mnt/f", O_RDONLY, 0);
	KUNIT_ASSERT_GE(test, fd, 0);
	KUNIT_EXPECT_EQ(test, ksys_umount("/tmp/namei_mnt", 0), -EBUSY);
	KUNIT_EXPECT_EQ(test, ksys_close(fd), 0);
	KUNIT_EXPECT_EQ(test, ksys_umount("/tmp/namei_mnt/f", 0), -EINVAL);
	KUNIT_EXPECT_EQ(test, ksys_umount("/tmp/namei_mnt", 0), 0);
	KUNIT_EXPECT_EQ(test, ksys_umount("/tmp/namei_mnt", 0), -EINVAL);
	KUNIT_EXPECT_EQ(test, kern_path("/tmp/namei_mnt/f", 0, &mp), -ENOENT);
	KUNIT_EXPECT_GT(test, vfs_kunit_read("/proc/mounts", buf, 1024), 0);
	KUNIT_EXPECT_NULL(test, strstr(buf, "/tmp/namei_mnt"));
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/namei_mnt"), 0);
}

static void namei_umount_busy_with_submount(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/namei_sub", 0755), 0);
	KUNIT_ASSERT_EQ(test, ksys_mount(NULL, "/tmp/namei_sub", "tmpfs", 0,
					 NULL), 0);
	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/namei_sub/in", 0755), 0);
	KUNIT_ASSERT_EQ(test, ksys_mount(NULL, "/tmp/namei_sub/in", "ramfs",
					 0, NULL), 0);
	KUNIT_EXPECT_EQ(test, ksys_umount("/tmp/namei_sub", 0), -EBUSY);
	KUNIT_EXPECT_EQ(test, ksys_umount("/tmp/namei_sub/in", 0), 0);
	KUNIT_EXPECT_EQ(test, ksys_umount("/tmp/namei_sub", 0), 0);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/namei_sub"), 0);
}

static void namei_mount_needs_cap_sys_admin(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/namei_cap", 0777), 0);
	KUNIT_ASSERT_EQ(test, vfs_kunit_become(1000, 1000), 0);
	KUNIT_EXPECT_EQ(test, ksys_mount(NULL, "/tmp/namei_cap", "ramfs", 0,
					 NULL), -EPERM);
	KUNIT_EXPECT_EQ(test, ksys_umount("/tmp", 0), -EPERM);
	/* search permission is checked on the way */
	KUNIT_ASSERT_EQ(test, vfs_kunit_become(0, 0), 0);
	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/namei_cap/x", 0755), 0);
	KUNIT_ASSERT_EQ(test, ksys_chmod("/tmp/namei_cap", 0700), 0);
	KUNIT_ASSERT_EQ(test, vfs_kunit_become(1000, 1000), 0);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/namei_cap/x"), -EACCES);
	KUNIT_ASSERT_EQ(test, vfs_kunit_become(0, 0), 0);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/namei_cap/x"), 0);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/namei_cap"), 0);
}

static void namei_chdir_and_relative_paths(struct kunit *test)
{
	struct path a, b;

	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/namei_cwd", 0755), 0);
	KUNIT_ASSERT_EQ(test, ksys_chdir("/tmp/namei_cwd"), 0);
	KUNIT_EXPECT_EQ(test, ksys_mkdir("sub", 0755), 0);
	KUNIT_ASSERT_EQ(test, kern_path("sub", 0, &a), 0);
	KUNIT_ASSERT_EQ(test, kern_path("/tmp/namei_cwd/sub", 0, &b), 0);
	KUNIT_EXPECT_PTR_EQ(test, a.dentry, b.dentry);
	path_put(&a);
	path_put(&b);
	KUNIT_EXPECT_EQ(test, ksys_chdir("nope"), -ENOENT);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("sub"), 0);
	KUNIT_EXPECT_EQ(test, ksys_chdir(".."), 0);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("namei_cwd"), 0);
	KUNIT_EXPECT_EQ(test, ksys_chdir("/"), 0);
}

#define STRESS_THREADS	4
#define STRESS_ROUNDS	200

/*
 * One stress thread: make, use and remove its own directory and file in
 * a shared parent, look up its siblings', and chmod a shared file.
 * Returns the number of unexpected results.
 */
static int namei_stress_fn(void *data)
{
	long id = (long)data, fd;
	char dir[48], file[64], other[48];
	int i, bad = 0;
	struct path p;

	snprintf(dir, sizeof(dir), "/tmp/namei_stress/d%ld", id);
	snprintf(file, sizeof(file), "%s/f", dir);
	snprintf(other, sizeof(other), "/tmp/namei_stress/d%ld/f",
		 (id + 1) % STRESS_THREADS);
	for (i = 0; i < STRESS_ROUNDS; i++) {
		bad += ksys_mkdir(dir, 0755) != 0;
		fd = ksys_open(file, O_RDWR | O_CREAT, 0644);
		bad += fd < 0;
		if (fd >= 0) {
			bad += ksys_write(fd, "x", 1) != 1;
			bad += ksys_close(fd) != 0;
		}
		if (!kern_path(other, 0, &p))	/* may or may not exist */
			path_put(&p);
		bad += ksys_chmod("/tmp/namei_stress/shared",
				  i & 1 ? 0600 : 0644) != 0;
		bad += ksys_rmdir(dir) != -ENOTEMPTY;
		bad += ksys_unlink(file) != 0;
		bad += ksys_rmdir(dir) != 0;
	}
	while (!kthread_should_stop())
		msleep(20);
	return bad;
}

static void namei_concurrent_tree_changes(struct kunit *test)
{
	struct task_struct *threads[STRESS_THREADS];
	long i;

	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/namei_stress", 0755), 0);
	KUNIT_ASSERT_EQ(test, vfs_kunit_write("/tmp/namei_stress/shared", "s"),
			1);
	for (i = 0; i < STRESS_THREADS; i++) {
		/*
		 * The threads return on their own: hold a reference from
		 * before they can run, so kthread_stop() never meets a
		 * freed task.
		 */
		threads[i] = kthread_create(namei_stress_fn, (void *)i,
					    "namei_stress/%ld", i);
		KUNIT_ASSERT_FALSE(test, IS_ERR(threads[i]));
		get_task_struct(threads[i]);
		wake_up_process(threads[i]);
	}
	for (i = 0; i < STRESS_THREADS; i++) {
		KUNIT_EXPECT_EQ(test, kthread_stop(threads[i]), 0);
		put_task_struct(threads[i]);
	}
	KUNIT_EXPECT_EQ(test, ksys_unlink("/tmp/namei_stress/shared"), 0);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/namei_stress"), 0);
}

static struct kunit_case namei_cases[] = {
	KUNIT_CASE(namei_walks_dot_dotdot_and_slashes),
	KUNIT_CASE(namei_reports_walk_errors),
	KUNIT_CASE(namei_mkdir_rmdir),
	KUNIT_CASE(namei_mkdir_applies_umask_and_owner),
	KUNIT_CASE(namei_getdents_lists_in_creation_order),
	KUNIT_CASE(namei_mount_cross_and_umount_busy),
	KUNIT_CASE(namei_umount_busy_with_submount),
	KUNIT_CASE(namei_mount_needs_cap_sys_admin),
	KUNIT_CASE(namei_chdir_and_relative_paths),
	KUNIT_CASE(namei_concurrent_tree_changes),
	{}
};

static struct kunit_suite namei_suite = {
	.name = "vfs_namei",
	.test_cases = namei_cases,
};

kunit_test_suite(namei_suite);
