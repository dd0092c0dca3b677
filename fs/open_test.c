// SPDX-License-Identifier: GPL-2.0
/*
 * open_test.c - KUnit suite "vfs_open": permission checks at open
 * (mode, owner, EACCES), chmod/chown and delegation, writes handed to the
 * handler whole, bad user buffers, and open files outliving rmdir.
 */
#include <kunit/test.h>
#include <linux/fs.h>
#include <linux/namei.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#include "vfs_kunit.h"

static void open_checks_mode_bits(struct kunit *test)
{
	long fd;

	KUNIT_ASSERT_EQ(test, vfs_kunit_write("/tmp/open_m", "x"), 1);
	KUNIT_ASSERT_EQ(test, ksys_chmod("/tmp/open_m", 0644), 0);
	KUNIT_ASSERT_EQ(test, vfs_kunit_become(1000, 1000), 0);
	KUNIT_EXPECT_EQ(test, ksys_open("/tmp/open_m", O_WRONLY, 0), -EACCES);
	KUNIT_EXPECT_EQ(test, ksys_open("/tmp/open_m", O_RDWR, 0), -EACCES);
	fd = ksys_open("/tmp/open_m", O_RDONLY, 0);
	KUNIT_EXPECT_GE(test, fd, 0);
	KUNIT_EXPECT_EQ(test, ksys_close(fd), 0);
	/* other: no bits at all */
	KUNIT_ASSERT_EQ(test, vfs_kunit_become(0, 0), 0);
	KUNIT_ASSERT_EQ(test, ksys_chmod("/tmp/open_m", 0640), 0);
	KUNIT_ASSERT_EQ(test, vfs_kunit_become(1000, 1000), 0);
	KUNIT_EXPECT_EQ(test, ksys_open("/tmp/open_m", O_RDONLY, 0), -EACCES);
	/* group bits for the file's group */
	KUNIT_ASSERT_EQ(test, vfs_kunit_become(1000, 0), 0);
	fd = ksys_open("/tmp/open_m", O_RDONLY, 0);
	KUNIT_EXPECT_GE(test, fd, 0);
	KUNIT_EXPECT_EQ(test, ksys_close(fd), 0);
	/* root passes read/write checks whatever the bits */
	KUNIT_ASSERT_EQ(test, vfs_kunit_become(0, 0), 0);
	KUNIT_ASSERT_EQ(test, ksys_chmod("/tmp/open_m", 0), 0);
	fd = ksys_open("/tmp/open_m", O_RDWR, 0);
	KUNIT_EXPECT_GE(test, fd, 0);
	KUNIT_EXPECT_EQ(test, ksys_close(fd), 0);
	KUNIT_EXPECT_EQ(test, ksys_unlink("/tmp/open_m"), 0);
}

static void open_chown_delegates_and_chmod_needs_owner(struct kunit *test)
{
	struct kstat st;
	long fd;

	KUNIT_ASSERT_EQ(test, vfs_kunit_write("/tmp/open_c", "x"), 1);
	KUNIT_ASSERT_EQ(test, vfs_kunit_become(1000, 1000), 0);
	KUNIT_EXPECT_EQ(test, ksys_open("/tmp/open_c", O_WRONLY, 0), -EACCES);
	KUNIT_EXPECT_EQ(test, ksys_chmod("/tmp/open_c", 0666), -EPERM);
	KUNIT_EXPECT_EQ(test, ksys_chown("/tmp/open_c", 1000, -1), -EPERM);

	KUNIT_ASSERT_EQ(test, vfs_kunit_become(0, 0), 0);
	KUNIT_ASSERT_EQ(test, ksys_chown("/tmp/open_c", 1000, 1000), 0);
	KUNIT_ASSERT_EQ(test, ksys_newstat("/tmp/open_c", &st), 0);
	KUNIT_EXPECT_EQ(test, st.uid, 1000);
	KUNIT_EXPECT_EQ(test, st.gid, 1000);

	KUNIT_ASSERT_EQ(test, vfs_kunit_become(1000, 1000), 0);
	fd = ksys_open("/tmp/open_c", O_WRONLY, 0);
	KUNIT_EXPECT_GE(test, fd, 0);
	KUNIT_EXPECT_EQ(test, ksys_close(fd), 0);
	/* the owner may chmod, but not give the file away */
	KUNIT_EXPECT_EQ(test, ksys_chmod("/tmp/open_c", 0600), 0);
	KUNIT_EXPECT_EQ(test, ksys_chown("/tmp/open_c", 0, -1), -EPERM);
	KUNIT_ASSERT_EQ(test, vfs_kunit_become(2000, 2000), 0);
	KUNIT_EXPECT_EQ(test, ksys_open("/tmp/open_c", O_RDONLY, 0), -EACCES);

	KUNIT_ASSERT_EQ(test, vfs_kunit_become(0, 0), 0);
	KUNIT_EXPECT_EQ(test, ksys_unlink("/tmp/open_c"), 0);
}

static void open_create_excl_trunc_append(struct kunit *test)
{
	char buf[16];
	long fd;

	fd = ksys_open("/tmp/open_t", O_WRONLY | O_CREAT | O_EXCL, 0600);
	KUNIT_ASSERT_GE(test, fd, 0);
	KUNIT_EXPECT_EQ(test, ksys_write(fd, "hello", 5), 5);
	KUNIT_EXPECT_EQ(test, ksys_close(fd), 0);
	KUNIT_EXPECT_EQ(test, ksys_open("/tmp/open_t", O_CREAT | O_EXCL, 0600),
			-EEXIST);
	fd = ksys_open("/tmp/open_t", O_WRONLY | O_APPEND, 0);
	KUNIT_ASSERT_GE(test, fd, 0);
	KUNIT_EXPECT_EQ(test, ksys_write(fd, "!", 1), 1);
	KUNIT_EXPECT_EQ(test, ksys_close(fd), 0);
	KUNIT_EXPECT_EQ(test, vfs_kunit_read("/tmp/open_t", buf, sizeof(buf)),
			6);
	KUNIT_EXPECT_STREQ(test, buf, "hello!");
	KUNIT_EXPECT_EQ(test, vfs_kunit_write("/tmp/open_t", "ab"), 2);
	KUNIT_EXPECT_EQ(test, vfs_kunit_read("/tmp/open_t", buf, sizeof(buf)),
			2);
	KUNIT_EXPECT_STREQ(test, buf, "ab");
	KUNIT_EXPECT_EQ(test, ksys_open("/tmp", O_WRONLY, 0), -EISDIR);
	KUNIT_EXPECT_EQ(test, ksys_open("/tmp/open_t", O_DIRECTORY, 0),
			-ENOTDIR);
	KUNIT_EXPECT_EQ(test, ksys_unlink("/tmp/open_t"), 0);
}

/* A pseudo file that records its writes and refuses them once removed. */
static int probe_writes;
static size_t probe_last_count;

static ssize_t probe_write(struct file *file, const char __user *buf,
			   size_t count, loff_t *pos)
{
	char kbuf[8];

	if (d_unhashed(file->f_path.dentry))
		return -ENODEV;
	probe_writes++;
	probe_last_count = count;
	if (copy_from_user(kbuf, buf, min(count, sizeof(kbuf))))
		return -EFAULT;
	return count;
}

static const struct file_operations probe_fops = {
	.write = probe_write,
};

static int probe_rmdir(struct inode *dir, struct dentry *dentry)
{
	/* a cgroup-like directory: busy while "populated" */
	return dentry->d_inode->i_private ? -EBUSY : 0;
}

static const struct inode_operations probe_dir_iops = {
	.lookup	= simple_lookup,
	.rmdir	= probe_rmdir,
};

/*
 * /tmp/open_probe/ (rmdir of its children is probe_rmdir) holding
 * victim/ctl; "victim" is busy when @busy is not NULL.
 */
static struct dentry *make_probe_dir(struct kunit *test, void *busy)
{
	struct dentry *top, *victim;
	struct path tmp;

	if (kern_path("/tmp", 0, &tmp))
		return NULL;
	top = simple_create_dir(tmp.dentry, "open_probe", 0755,
				&probe_dir_iops, NULL);
	path_put(&tmp);
	if (IS_ERR(top))
		return NULL;
	victim = simple_create_dir(top, "victim", 0755, &probe_dir_iops, busy);
	if (IS_ERR(victim) ||
	    IS_ERR(simple_create_file(victim, "ctl", 0644, &probe_fops,
				      NULL))) {
		simple_remove(top);
		return NULL;
	}
	return top;
}

static void open_write_reaches_handler_whole(struct kunit *test)
{
	char *big = kunit_kzalloc(test, 1000, GFP_KERNEL);
	struct dentry *dir = make_probe_dir(test, NULL);
	long fd;

	KUNIT_ASSERT_NOT_NULL(test, big);
	KUNIT_ASSERT_NOT_NULL(test, dir);
	fd = ksys_open("/tmp/open_probe/victim/ctl", O_WRONLY, 0);
	KUNIT_ASSERT_GE(test, fd, 0);
	probe_writes = 0;
	KUNIT_EXPECT_EQ(test, ksys_write(fd, big, 1000), 1000);
	KUNIT_EXPECT_EQ(test, probe_writes, 1);
	KUNIT_EXPECT_EQ(test, probe_last_count, 1000);
	KUNIT_EXPECT_EQ(test, ksys_write(fd, big, 0), 0);
	KUNIT_EXPECT_EQ(test, probe_writes, 2);
	KUNIT_EXPECT_EQ(test, probe_last_count, 0);
	/* bad user pointers fault before the handler runs */
	KUNIT_EXPECT_EQ(test, ksys_write(fd, NULL, 4), -EFAULT);
	KUNIT_EXPECT_EQ(test, ksys_write(fd, (const char *)16, 4), -EFAULT);
	uaccess_set_bad_range(big, 1000);
	KUNIT_EXPECT_EQ(test, ksys_write(fd, big + 10, 4), -EFAULT);
	uaccess_set_bad_range(NULL, 0);
	KUNIT_EXPECT_EQ(test, probe_writes, 2);
	KUNIT_EXPECT_EQ(test, ksys_read(fd, big, 4), -EBADF);
	KUNIT_EXPECT_EQ(test, ksys_write(fd + 100, big, 4), -EBADF);
	KUNIT_EXPECT_EQ(test, ksys_close(fd), 0);
	KUNIT_EXPECT_EQ(test, ksys_close(fd), -EBADF);
	simple_remove(dir);
}

static void open_fd_outlives_rmdir(struct kunit *test)
{
	struct dentry *dir = make_probe_dir(test, NULL);
	struct path p;
	long fd;

	KUNIT_ASSERT_NOT_NULL(test, dir);
	fd = ksys_open("/tmp/open_probe/victim/ctl", O_WRONLY, 0);
	KUNIT_ASSERT_GE(test, fd, 0);
	KUNIT_EXPECT_EQ(test, ksys_write(fd, "1", 1), 1);
	/* the fs decides: empty of "tasks", so the rmdir succeeds */
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/open_probe/victim"), 0);
	KUNIT_EXPECT_EQ(test, kern_path("/tmp/open_probe/victim/ctl", 0, &p),
			-ENOENT);
	KUNIT_EXPECT_EQ(test, kern_path("/tmp/open_probe/victim", 0, &p),
			-ENOENT);
	/* the open file still works and its handler sees the removal */
	KUNIT_EXPECT_EQ(test, ksys_write(fd, "1", 1), -ENODEV);
	KUNIT_EXPECT_EQ(test, ksys_close(fd), 0);
	simple_remove(dir);
}

static void open_rmdir_refused_by_fs(struct kunit *test)
{
	struct dentry *dir = make_probe_dir(test, (void *)1);
	long fd;

	KUNIT_ASSERT_NOT_NULL(test, dir);
	KUNIT_EXPECT_EQ(test, ksys_rmdir("/tmp/open_probe/victim"), -EBUSY);
	fd = ksys_open("/tmp/open_probe/victim/ctl", O_WRONLY, 0);
	KUNIT_EXPECT_GE(test, fd, 0);
	KUNIT_EXPECT_EQ(test, ksys_write(fd, "1", 1), 1);
	KUNIT_EXPECT_EQ(test, ksys_close(fd), 0);
	simple_remove(dir);
}

static void open_fds_are_lowest_free_and_grow(struct kunit *test)
{
	long fds[100];
	int i;

	for (i = 0; i < ARRAY_SIZE(fds); i++) {
		fds[i] = ksys_open("/", O_RDONLY, 0);
		KUNIT_ASSERT_GE(test, fds[i], 0);
	}
	KUNIT_EXPECT_EQ(test, ksys_close(fds[3]), 0);
	KUNIT_EXPECT_EQ(test, ksys_open("/", O_RDONLY, 0), fds[3]);
	for (i = 0; i < ARRAY_SIZE(fds); i++)
		KUNIT_EXPECT_EQ(test, ksys_close(fds[i]), 0);
}

static struct kunit_case open_cases[] = {
	KUNIT_CASE(open_checks_mode_bits),
	KUNIT_CASE(open_chown_delegates_and_chmod_needs_owner),
	KUNIT_CASE(open_create_excl_trunc_append),
	KUNIT_CASE(open_write_reaches_handler_whole),
	KUNIT_CASE(open_fd_outlives_rmdir),
	KUNIT_CASE(open_rmdir_refused_by_fs),
	KUNIT_CASE(open_fds_are_lowest_free_and_grow),
	{}
};

static struct kunit_suite open_suite = {
	.name = "vfs_open",
	.test_cases = open_cases,
};

kunit_test_suite(open_suite);
