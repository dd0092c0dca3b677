// SPDX-License-Identifier: GPL-2.0
/*
 * libfs.c - helpers for in-memory and pseudo file systems: making and
 * removing files and directories, directory listing, buffer copies.
 *
 * Locks taken and their ordering: only dcache_lock (a leaf), through
 * fs/dcache.c.  The helpers here never take an i_mutex, so a file system
 * may call them from its own inode_operations (which run with i_mutex
 * held) and under its own locks (cgroup_mutex).
 */
#include <linux/fs.h>
#include <linux/namei.h>
#include <linux/statfs.h>
#include <linux/mman.h>
#include <linux/err.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#include "internal.h"

static struct dentry *simple_create(struct dentry *parent, const char *name,
				    umode_t mode,
				    const struct inode_operations *iops,
				    const struct file_operations *fops,
				    void *data)
{
	struct qstr q = QSTR_INIT(name, strlen(name));
	struct dentry *dentry;
	struct inode *inode;

	if (!parent || !d_is_dir(parent))
		return ERR_PTR(-ENOTDIR);
	dentry = d_alloc_excl(parent, &q);
	if (IS_ERR(dentry))
		return dentry;
	inode = simple_new_inode(parent->d_sb, mode, iops, fops, data);
	if (!inode) {
		dput(dentry);
		return ERR_PTR(-ENOMEM);
	}
	d_instantiate(dentry, inode);
	d_pin(dentry);
	dput(dentry);
	return dentry;
}

/**
 * simple_create_file() - make a file under @parent
 * @parent: the directory dentry
 * @name: the file's name
 * @mode: permission bits (S_IFREG is implied)
 * @fops: what the file does
 * @data: inode->i_private (file->f_inode->i_private in the handlers)
 *
 * The file stays in the tree until simple_remove() (or the removal of a
 * directory above it).  The caller gets no reference: the returned dentry
 * is valid until it is removed.  Like debugfs_create_file().
 *
 * Context: process; takes dcache_lock only.
 * Return: the dentry or an ERR_PTR (-EEXIST, -ENOENT, -ENOMEM).
 */
struct dentry *simple_create_file(struct dentry *parent, const char *name,
				  umode_t mode,
				  const struct file_operations *fops,
				  void *data)
{
	return simple_create(parent, name, (mode & ~S_IFMT) | S_IFREG, NULL,
			     fops, data);
}

/**
 * simple_create_dir() - make a directory under @parent
 * @parent: the directory dentry
 * @name: the new directory's name
 * @mode: permission bits (S_IFDIR is implied)
 * @iops: its inode operations (NULL: simple_dir_inode_operations)
 * @data: inode->i_private
 *
 * Context: process; takes dcache_lock only.
 * Return: the dentry (no reference given) or an ERR_PTR.
 */
struct dentry *simple_create_dir(struct dentry *parent, const char *name,
				 umode_t mode,
				 const struct inode_operations *iops,
				 void *data)
{
	return simple_create(parent, name, (mode & ~S_IFMT) | S_IFDIR, iops,
			     NULL, data);
}

/**
 * simple_remove() - remove a file or a directory with all it contains
 * @dentry: what simple_create_file()/simple_create_dir() returned
 *
 * Open files keep their dentry and inode until closed.
 *
 * Context: process; takes dcache_lock only.
 */
void simple_remove(struct dentry *dentry)
{
	if (IS_ERR_OR_NULL(dentry))
		return;
	dget(dentry);
	d_genocide(dentry);
	dput(dentry);
}

/**
 * simple_lookup() - i_op->lookup of a directory that only has what the
 *	tree already holds
 * @dir: the directory
 * @dentry: the name looked up
 * @flags: lookup flags
 *
 * Context: process.
 * Return: NULL (the dentry stays negative: -ENOENT).
 */
struct dentry *simple_lookup(struct inode *dir, struct dentry *dentry,
			     unsigned int flags)
{
	return NULL;
}

/* The @n-th positive child of @dir, with a reference; NULL past the end. */
static struct dentry *nth_positive_child(struct dentry *dir, loff_t n)
{
	struct dentry *child, *found = NULL;

	spin_lock(&dcache_lock);
	list_for_each_entry(child, &dir->d_subdirs, d_child) {
		if (!child->d_inode)
			continue;
		if (n-- == 0) {
			child->d_count++;
			found = child;
			break;
		}
	}
	spin_unlock(&dcache_lock);
	return found;
}

/**
 * dcache_readdir() - f_op->iterate for directories kept in the tree
 * @file: the open directory
 * @ctx: the listing; position 0 is ".", 1 is "..", then the children in
 *	creation order
 *
 * Context: process; holds file->f_pos_lock.
 * Return: 0.
 */
int dcache_readdir(struct file *file, struct dir_context *ctx)
{
	struct dentry *dir = file->f_path.dentry;
	struct dentry *child;

	if (ctx->pos == 0) {
		if (!dir_emit(ctx, ".", 1, dir->d_inode->i_ino, DT_DIR))
			return 0;
		ctx->pos++;
	}
	if (ctx->pos == 1) {
		if (!dir_emit(ctx, "..", 2, dir->d_parent->d_inode->i_ino,
			      DT_DIR))
			return 0;
		ctx->pos++;
	}
	while ((child = nth_positive_child(dir, ctx->pos - 2))) {
		struct inode *inode = child->d_inode;
		char name[DNAME_INLINE_LEN];
		unsigned int len;
		bool more;

		/* a rename (d_move()) may change the name: copy it locked */
		spin_lock(&dcache_lock);
		len = child->d_name.len;
		memcpy(name, child->d_name.name, len);
		spin_unlock(&dcache_lock);
		more = dir_emit(ctx, name, len, inode->i_ino,
				fs_umode_to_dtype(READ_ONCE(inode->i_mode)));
		dput(child);
		if (!more)
			break;
		ctx->pos++;
	}
	return 0;
}

/**
 * simple_read_from_buffer() - copy a kernel buffer's tail to user space
 * @to: user buffer
 * @count: its size
 * @ppos: the file position; advanced
 * @from: the data
 * @available: its size
 *
 * Context: any that may fault in user memory.
 * Return: bytes copied, 0 at the end, -EINVAL for a negative position,
 *	-EFAULT.
 */
ssize_t simple_read_from_buffer(void __user *to, size_t count, loff_t *ppos,
				const void *from, size_t available)
{
	loff_t pos = *ppos;
	size_t left;

	if (pos < 0)
		return -EINVAL;
	if (pos >= available || !count)
		return 0;
	if (count > available - pos)
		count = available - pos;
	left = copy_to_user(to, from + pos, count);
	if (left == count)
		return -EFAULT;
	count -= left;
	*ppos = pos + count;
	return count;
}

/**
 * simple_write_to_buffer() - copy user data into a kernel buffer
 * @to: the buffer
 * @available: its size
 * @ppos: position in it; advanced
 * @from: user data
 * @count: its size
 *
 * Context: any that may fault in user memory.
 * Return: bytes copied, -EINVAL, -EFAULT.
 */
ssize_t simple_write_to_buffer(void *to, size_t available, loff_t *ppos,
			       const void __user *from, size_t count)
{
	loff_t pos = *ppos;
	size_t left;

	if (pos < 0)
		return -EINVAL;
	if (pos >= available || !count)
		return 0;
	if (count > available - pos)
		count = available - pos;
	left = copy_from_user(to + pos, from, count);
	if (left == count)
		return -EFAULT;
	count -= left;
	*ppos = pos + count;
	return count;
}

/**
 * generic_file_llseek() - SEEK_SET/SEEK_CUR/SEEK_END on f_pos
 * @file: the file
 * @offset: the offset
 * @whence: SEEK_*
 *
 * Context: holds file->f_pos_lock.
 * Return: the new position or -EINVAL.
 */
loff_t generic_file_llseek(struct file *file, loff_t offset, int whence)
{
	loff_t pos;

	switch (whence) {
	case SEEK_SET:
		pos = offset;
		break;
	case SEEK_CUR:
		pos = file->f_pos + offset;
		break;
	case SEEK_END:
		pos = READ_ONCE(file->f_inode->i_size) + offset;
		break;
	default:
		return -EINVAL;
	}
	if (pos < 0)
		return -EINVAL;
	file->f_pos = pos;
	return pos;
}

/**
 * simple_open() - f_op->open that hands i_private to the file
 * @inode: the inode
 * @file: the file being opened
 *
 * Context: process.
 * Return: 0.
 */
int simple_open(struct inode *inode, struct file *file)
{
	file->private_data = inode->i_private;
	return 0;
}

/**
 * simple_statfs() - ->statfs of an in-memory file system
 * @dentry: any dentry of the file system
 * @buf: output, zeroed by the VFS
 *
 * As Linux's: the super block's magic, a page as the block size, NAME_MAX
 * as the longest name; no blocks and no inodes are counted.
 *
 * Context: any.
 * Return: 0.
 */
int simple_statfs(struct dentry *dentry, struct kstatfs *buf)
{
	buf->f_type = dentry->d_sb->s_magic;
	buf->f_bsize = PAGE_SIZE;
	buf->f_namelen = NAME_MAX;
	return 0;
}

const struct file_operations simple_dir_operations = {
	.iterate	= dcache_readdir,
};

const struct inode_operations simple_dir_inode_operations = {
	.lookup		= simple_lookup,
};
