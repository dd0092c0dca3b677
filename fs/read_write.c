// SPDX-License-Identifier: GPL-2.0
/*
 * read_write.c - read, write, lseek and getdents64.
 *
 * A write(2) of N bytes reaches the file's ->write as one call of N bytes,
 * as in Linux: pseudo files (cgroup.procs) parse exactly what was written.
 *
 * Locks taken and their ordering: file->f_pos_lock, then whatever the
 * file system's handlers take.
 */
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/err.h>
#include <linux/mutex.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#include "internal.h"

/**
 * kernel_read() - read from an open file into kernel memory
 * @file: the file
 * @buf: destination
 * @count: bytes wanted
 * @pos: position; advanced
 *
 * Context: process.
 * Return: bytes read or -errno.
 */
ssize_t kernel_read(struct file *file, void *buf, size_t count, loff_t *pos)
{
	if (!(file->f_mode & FMODE_READ))
		return -EBADF;
	if (S_ISDIR(READ_ONCE(file->f_inode->i_mode)))
		return -EISDIR;
	if (!file->f_op || !file->f_op->read)
		return -EINVAL;
	return file->f_op->read(file, (char __force __user *)buf, count, pos);
}

/**
 * kernel_write() - write kernel memory to an open file, in one handler
 *	call
 * @file: the file
 * @buf: the data
 * @count: its size
 * @pos: position; advanced
 *
 * Context: process.
 * Return: bytes written or -errno.
 */
ssize_t kernel_write(struct file *file, const void *buf, size_t count,
		     loff_t *pos)
{
	if (!(file->f_mode & FMODE_WRITE))
		return -EBADF;
	if (!file->f_op || !file->f_op->write)
		return -EINVAL;
	return file->f_op->write(file, (const char __force __user *)buf, count,
				pos);
}

/**
 * ksys_read() - read(2)
 * @fd: the descriptor
 * @buf: user buffer
 * @count: its size
 *
 * Context: process.
 * Return: bytes read, 0 at end of file, or -errno (-EBADF, -EISDIR,
 *	-EFAULT, the handler's error).
 */
ssize_t ksys_read(unsigned int fd, char *buf, size_t count)
{
	struct file *file = fget(fd);
	ssize_t ret;

	if (!file)
		return -EBADF;
	if (!access_ok((const void __force __user *)buf, count)) {
		ret = -EFAULT;
		goto out_put;
	}
	mutex_lock(&file->f_pos_lock);
	ret = kernel_read(file, buf, count, &file->f_pos);
	mutex_unlock(&file->f_pos_lock);
out_put:
	fput(file);
	return ret;
}

/**
 * ksys_write() - write(2)
 * @fd: the descriptor
 * @buf: user buffer
 * @count: its size
 *
 * Context: process.
 * Return: bytes written, or -errno (-EBADF, -EFAULT, the handler's error).
 */
ssize_t ksys_write(unsigned int fd, const char *buf, size_t count)
{
	struct file *file = fget(fd);
	ssize_t ret;

	if (!file)
		return -EBADF;
	if (!access_ok((const void __force __user *)buf, count)) {
		ret = -EFAULT;
		goto out_put;
	}
	mutex_lock(&file->f_pos_lock);
	ret = kernel_write(file, buf, count, &file->f_pos);
	mutex_unlock(&file->f_pos_lock);
out_put:
	fput(file);
	return ret;
}

/**
 * ksys_lseek() - lseek(2)
 * @fd: the descriptor
 * @offset: offset
 * @whence: SEEK_*
 *
 * Context: process.
 * Return: the new position or -errno.
 */
loff_t ksys_lseek(unsigned int fd, loff_t offset, unsigned int whence)
{
	struct file *file = fget(fd);
	loff_t ret;

	if (!file)
		return -EBADF;
	mutex_lock(&file->f_pos_lock);
	if (file->f_op && file->f_op->llseek)
		ret = file->f_op->llseek(file, offset, whence);
	else
		ret = generic_file_llseek(file, offset, whence);
	mutex_unlock(&file->f_pos_lock);
	fput(file);
	return ret;
}

struct getdents_callback64 {
	struct dir_context ctx;
	struct linux_dirent64 __user *current_dir;
	int prev_reclen;
	int count;
	int error;
};

static bool filldir64(struct dir_context *ctx, const char *name, int namlen,
		      loff_t offset, u64 ino, unsigned int d_type)
{
	struct getdents_callback64 *buf =
		container_of(ctx, struct getdents_callback64, ctx);
	int reclen = ALIGN(offsetof(struct linux_dirent64, d_name) +
			   namlen + 1, sizeof(u64));
	struct linux_dirent64 *dirent;

	if (reclen > buf->count) {
		buf->error = -EINVAL;	/* only matters for the first one */
		return false;
	}
	/* user memory is this address space: access_ok() checked it */
	dirent = (struct linux_dirent64 __force *)buf->current_dir;
	dirent->d_ino = ino;
	dirent->d_off = offset + 1;
	dirent->d_reclen = reclen;
	dirent->d_type = d_type;
	memcpy(dirent->d_name, name, namlen);
	dirent->d_name[namlen] = '\0';
	buf->current_dir = (void __user *)((char __force *)dirent + reclen);
	buf->prev_reclen = reclen;
	buf->count -= reclen;
	return true;
}

/**
 * ksys_getdents64() - getdents64(2): list a directory
 * @fd: an open directory
 * @dirent: user buffer of linux_dirent64 records
 * @count: its size
 *
 * Context: process.
 * Return: bytes filled, 0 at the end, or -errno (-ENOTDIR, -EINVAL when
 *	not even one record fits, -EFAULT).
 */
long ksys_getdents64(unsigned int fd, struct linux_dirent64 *dirent,
		     unsigned int count)
{
	struct getdents_callback64 buf = {
		.ctx.actor = filldir64,
		.current_dir = (struct linux_dirent64 __force __user *)dirent,
		.count = count,
	};
	struct file *file;
	long ret;

	if (!access_ok((const void __force __user *)dirent, count))
		return -EFAULT;
	file = fget(fd);
	if (!file)
		return -EBADF;
	if (!S_ISDIR(READ_ONCE(file->f_inode->i_mode)) || !file->f_op ||
	    !file->f_op->iterate) {
		ret = -ENOTDIR;
		goto out_put;
	}
	mutex_lock(&file->f_pos_lock);
	buf.ctx.pos = file->f_pos;
	ret = file->f_op->iterate(file, &buf.ctx);
	file->f_pos = buf.ctx.pos;
	mutex_unlock(&file->f_pos_lock);
	if (!ret) {
		ret = count - buf.count;
		if (!ret)
			ret = buf.error;
	}
out_put:
	fput(file);
	return ret;
}
