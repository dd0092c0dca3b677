// SPDX-License-Identifier: GPL-2.0
/*
 * statfs.c - statfs(2) and fstatfs(2).
 *
 * As Linux 2.6.38's statfs_by_dentry() and vfs_statfs(): the super
 * block's ->statfs fills a zeroed struct kstatfs (no ->statfs: -ENOSYS),
 * f_frsize defaults to f_bsize, and f_flags is ST_VALID plus the mount's
 * flags.  The magic numbers are in <linux/magic.h>: rootfs, ramfs and
 * tmpfs report RAMFS_MAGIC, /proc PROC_SUPER_MAGIC, cgroupfs
 * CGROUP_SUPER_MAGIC.
 *
 * Locks taken: none of its own; the path walk's and the file system's.
 */
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/mount.h>
#include <linux/namei.h>
#include <linux/err.h>
#include <linux/slab.h>
#include <linux/statfs.h>
#include <linux/string.h>

#include "internal.h"

/* The mount's MS_* flags as statfs's ST_* flags (same bit values). */
static long calculate_f_flags(const struct vfsmount *mnt)
{
	return ST_VALID | (mnt->mnt_flags &
			   (ST_RDONLY | ST_NOSUID | ST_NODEV | ST_NOEXEC));
}

/**
 * vfs_statfs() - the statistics of the file system @path is on
 * @path: a place in the tree, referenced by the caller
 * @buf: output
 *
 * Context: process.
 * Return: 0, -ENOSYS (the file system has no ->statfs), or its error.
 */
int vfs_statfs(const struct path *path, struct kstatfs *buf)
{
	struct super_block *sb = path->dentry->d_sb;
	int ret;

	memset(buf, 0, sizeof(*buf));
	if (!sb->s_op || !sb->s_op->statfs)
		return -ENOSYS;
	ret = sb->s_op->statfs(path->dentry, buf);
	if (ret)
		return ret;
	if (!buf->f_frsize)
		buf->f_frsize = buf->f_bsize;
	buf->f_flags = calculate_f_flags(path->mnt);
	return 0;
}

/**
 * ksys_statfs() - statfs(2)
 * @pathname: any file of the file system
 * @buf: output (kernel memory)
 *
 * Context: process.
 * Return: 0 or -errno (the path walk's: -ENOENT, -ENOTDIR, -EACCES,
 *	-ENAMETOOLONG, -EFAULT; then vfs_statfs()'s).
 */
long ksys_statfs(const char *pathname, struct kstatfs *buf)
{
	struct path path;
	long ret;

	ret = user_path((const char __force __user *)pathname, LOOKUP_FOLLOW,
			&path);
	if (ret)
		return ret;
	ret = vfs_statfs(&path, buf);
	path_put(&path);
	return ret;
}

/**
 * ksys_fstatfs() - fstatfs(2)
 * @fd: an open file of current's
 * @buf: output (kernel memory)
 *
 * Context: process.
 * Return: 0, -EBADF, or vfs_statfs()'s error.
 */
long ksys_fstatfs(unsigned int fd, struct kstatfs *buf)
{
	struct file *file = fget(fd);
	long ret;

	if (!file)
		return -EBADF;
	ret = vfs_statfs(&file->f_path, buf);
	fput(file);
	return ret;
}
