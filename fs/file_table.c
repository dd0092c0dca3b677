// SPDX-License-Identifier: GPL-2.0
/*
 * file_table.c - struct file: allocation and the last fput().
 *
 * Locks taken and their ordering: none held across ->release.
 */
#include <linux/fs.h>
#include <linux/cred.h>
#include <linux/mount.h>
#include <linux/err.h>
#include <linux/mutex.h>
#include <linux/sched.h>
#include <linux/slab.h>

#include "internal.h"

/**
 * alloc_file() - open @path: make the struct file and call ->open
 * @path: what to open; the file takes its own references
 * @flags: O_* flags
 *
 * Context: process (the file records current's credentials).
 * Return: the file with one reference, or an ERR_PTR (->open's error).
 */
struct file *alloc_file(const struct path *path, int flags)
{
	struct inode *inode = path->dentry->d_inode;
	struct file *file;
	int ret;

	file = kzalloc(sizeof(*file), GFP_KERNEL);
	if (!file)
		return ERR_PTR(-ENOMEM);
	atomic_long_set(&file->f_count, 1);
	mutex_init(&file->f_pos_lock);
	file->f_path = *path;
	path_get(path);
	file->f_inode = inode;
	file->f_op = inode->i_fop;
	file->f_flags = flags;
	switch (flags & O_ACCMODE) {
	case O_RDONLY:
		file->f_mode = FMODE_READ;
		break;
	case O_WRONLY:
		file->f_mode = FMODE_WRITE;
		break;
	default:
		file->f_mode = FMODE_READ | FMODE_WRITE;
		break;
	}
	file->f_cred = get_cred(current_cred());
	if (file->f_op && file->f_op->open) {
		ret = file->f_op->open(inode, file);
		if (ret) {
			put_cred(file->f_cred);
			path_put(&file->f_path);
			kfree(file);
			return ERR_PTR(ret);
		}
	}
	return file;
}

/**
 * get_file() - take another reference on an open file
 * @file: the file; the caller holds a reference
 *
 * Context: any.
 * Return: @file.
 */
struct file *get_file(struct file *file)
{
	atomic_long_inc(&file->f_count);
	return file;
}

/**
 * fput() - drop a reference on an open file; the last one releases it
 * @file: the file
 *
 * The file system's ->release runs in the caller's context, then the
 * file's dentry and mount references are dropped.
 *
 * Context: process.
 */
void fput(struct file *file)
{
	if (!atomic_long_dec_and_test(&file->f_count))
		return;
	if (file->f_op && file->f_op->release)
		file->f_op->release(file->f_inode, file);
	put_cred(file->f_cred);
	path_put(&file->f_path);
	kfree(file);
}
