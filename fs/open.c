// SPDX-License-Identifier: GPL-2.0
/*
 * open.c - open, close, chmod, chown, chdir and stat.
 *
 * Open checks the opener's fsuid/fsgid against the file's mode and owner
 * (inode_permission) and fails with -EACCES; the file system's ->open
 * runs after that check.  O_CREAT makes a file through the directory's
 * i_op->create under its i_mutex.
 *
 * Locks taken and their ordering: a directory's i_mutex (O_CREAT), then
 * whatever the file system's ->create and ->open take.
 */
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/namei.h>
#include <linux/cred.h>
#include <linux/err.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#include "internal.h"

static int acc_mode(int flags)
{
	switch (flags & O_ACCMODE) {
	case O_RDONLY:
		return MAY_READ;
	case O_WRONLY:
		return MAY_WRITE;
	default:
		return MAY_READ | MAY_WRITE;
	}
}

/**
 * may_open() - the checks open(2) makes on an existing file
 * @path: what is being opened
 * @acc_mode: MAY_READ / MAY_WRITE
 * @flag: open flags
 *
 * Context: process.
 * Return: 0, -EISDIR (directory opened for writing), -ENOTDIR
 *	(O_DIRECTORY on a file), -EACCES.
 */
int may_open(const struct path *path, int acc_mode, int flag)
{
	struct inode *inode = path->dentry->d_inode;

	if (S_ISDIR(READ_ONCE(inode->i_mode))) {
		if (acc_mode & MAY_WRITE)
			return -EISDIR;
	} else if (flag & O_DIRECTORY) {
		return -ENOTDIR;
	}
	return inode_permission(inode, acc_mode);
}

/* O_CREAT: find or make the last component, then may_open() it. */
static int open_create(const char *name, int flags, umode_t mode,
		       struct path *path)
{
	struct path parent;
	struct dentry *dentry;
	struct inode *dir;
	struct qstr last;
	int ret;

	ret = kern_path_parent(name, &parent, &last);
	if (ret)
		return ret;
	if (last.len == 1 && last.name[0] == '.') {
		path_put(&parent);
		return -EISDIR;
	}
	dir = parent.dentry->d_inode;
	inode_lock(dir);
	dentry = lookup_hash_locked(&last, parent.dentry);
	if (IS_ERR(dentry)) {
		ret = PTR_ERR(dentry);
		goto out_unlock;
	}
	if (dentry->d_inode) {
		if (flags & O_EXCL)
			ret = -EEXIST;
	} else {
		ret = inode_permission(dir, MAY_WRITE | MAY_EXEC);
		if (!ret && (!dir->i_op || !dir->i_op->create))
			ret = -EACCES;
		if (!ret)
			ret = dir->i_op->create(dir, dentry,
					(mode & S_IALLUGO & ~current_umask()) |
					S_IFREG, flags & O_EXCL);
		if (ret)
			d_delete(dentry);
	}
	if (ret) {
		dput(dentry);
		goto out_unlock;
	}
	inode_unlock(dir);
	path->mnt = mntget(parent.mnt);
	path->dentry = dentry;
	path_put(&parent);
	return 0;

out_unlock:
	inode_unlock(dir);
	path_put(&parent);
	return ret;
}

/**
 * do_filp_open() - open @name for the current task
 * @name: the path (kernel memory)
 * @flags: O_* flags
 * @mode: permission bits for O_CREAT
 *
 * Context: process.
 * Return: the open file or an ERR_PTR.
 */
struct file *do_filp_open(const char *name, int flags, umode_t mode)
{
	struct path path;
	struct file *file;
	int ret;

	if (flags & O_CREAT)
		ret = open_create(name, flags, mode, &path);
	else
		ret = kern_path(name, LOOKUP_FOLLOW, &path);
	if (ret)
		return ERR_PTR(ret);
	ret = may_open(&path, acc_mode(flags), flags);
	if (ret) {
		path_put(&path);
		return ERR_PTR(ret);
	}
	file = alloc_file(&path, flags);	/* takes its own references */
	path_put(&path);
	return file;
}

/**
 * filp_open() - open a file from kernel code, as the current task
 * @filename: the path
 * @flags: O_* flags
 * @mode: permission bits for O_CREAT
 *
 * Context: process.
 * Return: the file (fput() or filp_close() it) or an ERR_PTR.
 */
struct file *filp_open(const char *filename, int flags, umode_t mode)
{
	return do_filp_open(filename, flags, mode);
}

/**
 * filp_close() - drop the reference filp_open() gave
 * @file: the file
 *
 * Context: process.
 * Return: 0.
 */
int filp_close(struct file *file)
{
	fput(file);
	return 0;
}

/**
 * ksys_open() - open(2)
 * @filename: the path
 * @flags: O_* flags
 * @mode: permission bits for O_CREAT
 *
 * Context: process.
 * Return: the new fd, or -errno (-ENOENT, -EACCES, -EISDIR, -EMFILE, ...).
 */
long ksys_open(const char *filename, int flags, umode_t mode)
{
	struct file *file;
	char *name;
	int fd;

	name = strndup_user((const char __force __user *)filename, PATH_MAX);
	if (IS_ERR(name))
		return PTR_ERR(name);
	fd = get_unused_fd_flags(flags);
	if (fd < 0)
		goto out_free;
	file = do_filp_open(name, flags, mode);
	if (IS_ERR(file)) {
		put_unused_fd(fd);
		fd = PTR_ERR(file);
		goto out_free;
	}
	fd_install(fd, file);
out_free:
	kfree(name);
	return fd;
}

/**
 * ksys_close() - close(2)
 * @fd: the descriptor
 *
 * Context: process.
 * Return: 0 or -EBADF.
 */
long ksys_close(unsigned int fd)
{
	return close_fd(fd);
}

static long setattr_path(const char *filename, struct iattr *attr)
{
	struct path path;
	long ret;

	ret = user_path((const char __force __user *)filename, LOOKUP_FOLLOW,
			&path);
	if (ret)
		return ret;
	ret = notify_change(path.dentry, attr);
	path_put(&path);
	return ret;
}

/**
 * ksys_chmod() - chmod(2)
 * @filename: the path
 * @mode: the new permission bits
 *
 * Context: process.
 * Return: 0 or -errno (-EPERM unless owner or root).
 */
long ksys_chmod(const char *filename, umode_t mode)
{
	struct iattr attr = {
		.ia_valid = ATTR_MODE,
		.ia_mode = mode & S_IALLUGO,
	};

	return setattr_path(filename, &attr);
}

/**
 * ksys_chown() - chown(2)
 * @filename: the path
 * @user: the new owner, or (uid_t)-1 to keep it
 * @group: the new group, or (gid_t)-1 to keep it
 *
 * Context: process.
 * Return: 0 or -errno (-EPERM: only root gives files away).
 */
long ksys_chown(const char *filename, uid_t user, gid_t group)
{
	struct iattr attr = { .ia_valid = 0 };

	if (user != (uid_t)-1) {
		attr.ia_valid |= ATTR_UID;
		attr.ia_uid = user;
	}
	if (group != (gid_t)-1) {
		attr.ia_valid |= ATTR_GID;
		attr.ia_gid = group;
	}
	return setattr_path(filename, &attr);
}

/**
 * ksys_newstat() - stat(2)
 * @filename: the path
 * @stat: output (kernel memory)
 *
 * Context: process.
 * Return: 0 or -errno.
 */
long ksys_newstat(const char *filename, struct kstat *stat)
{
	struct path path;
	long ret;

	ret = user_path((const char __force __user *)filename, LOOKUP_FOLLOW,
			&path);
	if (ret)
		return ret;
	generic_fillattr(path.dentry->d_inode, stat);
	path_put(&path);
	return 0;
}
