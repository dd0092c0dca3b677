// SPDX-License-Identifier: GPL-2.0
/*
 * ramfs.c - ramfs: the in-memory file system of / (rootfs) and of any
 * "mount -t ramfs" or "-t tmpfs".  Plain files keep their bytes in a
 * kmalloc()ed buffer hanging off i_private.
 *
 * Locks taken and their ordering:
 *   inode->i_mutex protects a file's buffer (i_private) and i_size; the
 *   VFS already holds the parent directory's i_mutex around
 *   create/mkdir/rmdir/unlink.
 */
#include <linux/fs.h>
#include <linux/magic.h>
#include <linux/err.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#include "internal.h"

/* A file may grow to this size; more is -EFBIG. */
#define RAMFS_MAX_SIZE	(1024L * 1024)

static const struct inode_operations ramfs_dir_inode_operations;
static const struct file_operations ramfs_file_operations;

static int ramfs_mknod(struct inode *dir, struct dentry *dentry,
		       umode_t mode, dev_t dev)
{
	const struct inode_operations *iop = NULL;
	const struct file_operations *fop = &ramfs_file_operations;
	struct inode *inode;

	if (S_ISDIR(mode)) {
		iop = &ramfs_dir_inode_operations;
		fop = NULL;
	} else if (S_ISCHR(mode) || S_ISBLK(mode)) {
		fop = NULL;
	}
	inode = simple_new_inode(dir->i_sb, mode, iop, fop, NULL);
	if (!inode)
		return -ENOMEM;
	if (S_ISCHR(mode) || S_ISBLK(mode))
		init_special_inode(inode, mode, dev);
	d_instantiate(dentry, inode);
	d_pin(dentry);
	return 0;
}

static int ramfs_create(struct inode *dir, struct dentry *dentry,
			umode_t mode, bool excl)
{
	return ramfs_mknod(dir, dentry, (mode & ~S_IFMT) | S_IFREG, 0);
}

static int ramfs_mkdir(struct inode *dir, struct dentry *dentry,
		       umode_t mode)
{
	return ramfs_mknod(dir, dentry, (mode & ~S_IFMT) | S_IFDIR, 0);
}

/* The VFS unhashes the victim (d_genocide) once we said yes. */
static int ramfs_rmdir(struct inode *dir, struct dentry *dentry)
{
	if (d_has_positive_child(dentry))
		return -ENOTEMPTY;
	return 0;
}

static int ramfs_unlink(struct inode *dir, struct dentry *dentry)
{
	return 0;
}

static const struct inode_operations ramfs_dir_inode_operations = {
	.lookup		= simple_lookup,
	.create		= ramfs_create,
	.mkdir		= ramfs_mkdir,
	.mknod		= ramfs_mknod,
	.rmdir		= ramfs_rmdir,
	.unlink		= ramfs_unlink,
};

static int ramfs_open(struct inode *inode, struct file *file)
{
	if ((file->f_flags & O_TRUNC) && (file->f_mode & FMODE_WRITE)) {
		inode_lock(inode);
		WRITE_ONCE(inode->i_size, 0);
		inode_unlock(inode);
	}
	return 0;
}

static ssize_t ramfs_read(struct file *file, char __user *buf, size_t count,
			  loff_t *pos)
{
	struct inode *inode = file_inode(file);
	ssize_t ret;

	inode_lock(inode);
	ret = simple_read_from_buffer(buf, count, pos, inode->i_private,
				      inode->i_size);
	inode_unlock(inode);
	return ret;
}

static ssize_t ramfs_write(struct file *file, const char __user *buf,
			   size_t count, loff_t *pos)
{
	struct inode *inode = file_inode(file);
	loff_t end;
	ssize_t ret;
	char *data;

	inode_lock(inode);
	if (file->f_flags & O_APPEND)
		*pos = inode->i_size;
	end = *pos + count;
	if (*pos < 0 || end > RAMFS_MAX_SIZE) {
		ret = *pos < 0 ? -EINVAL : -EFBIG;
		goto out_unlock;
	}
	data = inode->i_private;
	/* the buffer is exactly i_size bytes long: grow it to @end */
	if (end > inode->i_size) {
		char *bigger = kzalloc(end, GFP_KERNEL);

		if (!bigger) {
			ret = -ENOMEM;
			goto out_unlock;
		}
		if (data)
			memcpy(bigger, data, inode->i_size);
		kfree(data);
		data = bigger;
		inode->i_private = data;
	}
	ret = simple_write_to_buffer(data, end, pos, buf, count);
	if (ret > 0 && *pos > inode->i_size)
		WRITE_ONCE(inode->i_size, *pos);
out_unlock:
	inode_unlock(inode);
	return ret;
}

static const struct file_operations ramfs_file_operations = {
	.open		= ramfs_open,
	.read		= ramfs_read,
	.write		= ramfs_write,
	.llseek		= generic_file_llseek,
};

static void ramfs_evict_inode(struct inode *inode)
{
	/* only a regular file has a buffer in i_private */
	if (S_ISREG(READ_ONCE(inode->i_mode)))
		kfree(inode->i_private);
}

static const struct super_operations ramfs_super_operations = {
	.evict_inode	= ramfs_evict_inode,
	.statfs		= simple_statfs,
};

static int ramfs_fill_super(struct super_block *sb, void *data, int silent)
{
	struct inode *inode;

	sb->s_op = &ramfs_super_operations;
	sb->s_magic = RAMFS_MAGIC;
	inode = simple_new_inode(sb, S_IFDIR | 0755,
				 &ramfs_dir_inode_operations, NULL, NULL);
	if (!inode)
		return -ENOMEM;
	inode->i_uid = 0;
	inode->i_gid = 0;
	sb->s_root = d_make_root(inode);
	return sb->s_root ? 0 : -ENOMEM;
}

static struct dentry *ramfs_mount(struct file_system_type *fs_type,
				  int flags, const char *dev_name, void *data)
{
	return mount_nodev(fs_type, flags, data, ramfs_fill_super);
}

struct file_system_type rootfs_fs_type = {
	.name		= "rootfs",
	.mount		= ramfs_mount,
	.kill_sb	= kill_litter_super,
};

static struct file_system_type ramfs_fs_type = {
	.name		= "ramfs",
	.mount		= ramfs_mount,
	.kill_sb	= kill_litter_super,
};

static struct file_system_type tmpfs_fs_type = {
	.name		= "tmpfs",
	.mount		= ramfs_mount,
	.kill_sb	= kill_litter_super,
};

/**
 * init_ramfs_fs() - register rootfs, ramfs and tmpfs
 *
 * Context: boot.
 * Return: 0 or -EBUSY.
 */
int init_ramfs_fs(void)
{
	return register_filesystem(&rootfs_fs_type) ?:
	       register_filesystem(&ramfs_fs_type) ?:
	       register_filesystem(&tmpfs_fs_type);
}
