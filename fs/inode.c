// SPDX-License-Identifier: GPL-2.0
/*
 * inode.c - inodes: allocation, reference counting, permission checks
 * and attribute changes (chmod, chown).
 *
 * Locks taken and their ordering:
 *   inode->i_mutex (directory operations, setattr) -> inode->i_lock
 *   (i_mode, i_uid, i_gid).  A parent directory's i_mutex is taken
 *   before a child's (I_MUTEX_PARENT before I_MUTEX_CHILD).
 */
#include <linux/fs.h>
#include <linux/errno.h>
#include <linux/cred.h>
#include <linux/capability.h>
#include <linux/cdev.h>
#include <linux/device_cgroup.h>
#include <linux/mutex.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/spinlock.h>

#include "internal.h"

/**
 * new_inode() - allocate an inode for @sb
 * @sb: the super block
 *
 * The inode is owned by the caller's fsuid/fsgid (root when there is no
 * current task yet, during boot), has mode 0 and one reference.
 *
 * Context: process.
 * Return: the inode or NULL.
 */
struct inode *new_inode(struct super_block *sb)
{
	struct inode *inode = kzalloc(sizeof(*inode), GFP_KERNEL);

	if (!inode)
		return NULL;
	atomic_set(&inode->i_count, 1);
	spin_lock_init(&inode->i_lock);
	mutex_init(&inode->i_mutex);
	inode->i_sb = sb;
	inode->i_nlink = 1;
	inode->i_ino = atomic_long_inc_return(&sb->s_next_ino);
	if (current && current->cred) {
		inode->i_uid = current_fsuid();
		inode->i_gid = current_fsgid();
	}
	return inode;
}

/**
 * simple_new_inode() - allocate and set up an inode in one go
 * @sb: the super block
 * @mode: type and permission bits
 * @iop: inode operations (NULL: simple_dir_inode_operations for a
 *	directory, none for a file)
 * @fop: file operations (NULL: simple_dir_operations for a directory)
 * @data: i_private
 *
 * Context: process.
 * Return: the inode or NULL.
 */
struct inode *simple_new_inode(struct super_block *sb, umode_t mode,
			       const struct inode_operations *iop,
			       const struct file_operations *fop,
			       void *data)
{
	struct inode *inode = new_inode(sb);
	static const struct inode_operations empty_iops;

	if (!inode)
		return NULL;
	inode->i_mode = mode;
	inode->i_private = data;
	if (S_ISDIR(mode)) {
		inode->i_op = iop ? iop : &simple_dir_inode_operations;
		inode->i_fop = fop ? fop : &simple_dir_operations;
		inode->i_nlink = 2;
	} else {
		inode->i_op = iop ? iop : &empty_iops;
		inode->i_fop = fop;
	}
	return inode;
}

/**
 * ihold() - take another reference on an inode
 * @inode: the inode; the caller holds a reference
 *
 * Context: any.
 */
void ihold(struct inode *inode)
{
	WARN_ON_ONCE(atomic_inc_return(&inode->i_count) < 2);
}

/**
 * iput() - drop a reference on an inode; the last one frees it
 * @inode: the inode (may be NULL)
 *
 * Context: process (evict_inode may sleep).
 */
void iput(struct inode *inode)
{
	if (!inode || !atomic_dec_and_test(&inode->i_count))
		return;
	if (inode->i_sb && inode->i_sb->s_op && inode->i_sb->s_op->evict_inode)
		inode->i_sb->s_op->evict_inode(inode);
	kfree(inode);
}

/**
 * inode_lock() - take the inode's i_mutex
 * @inode: the inode
 *
 * Context: process; sleeps.
 */
void inode_lock(struct inode *inode)
	__acquires(&inode->i_mutex)
{
	mutex_lock(&inode->i_mutex);
}

/**
 * inode_unlock() - release the inode's i_mutex
 * @inode: the inode
 *
 * Context: holds @inode->i_mutex.
 */
void inode_unlock(struct inode *inode)
	__releases(&inode->i_mutex)
{
	mutex_unlock(&inode->i_mutex);
}

/**
 * generic_permission() - check @mask against the inode's mode bits
 * @inode: the inode
 * @mask: MAY_READ | MAY_WRITE | MAY_EXEC
 *
 * The caller's fsuid picks the owner, group or other bits; fsuid 0
 * passes read and write checks, and exec checks when any x bit is set
 * (or for directories).
 *
 * Context: process; takes inode->i_lock.
 * Return: 0 or -EACCES.
 */
int generic_permission(struct inode *inode, int mask)
{
	kuid_t fsuid = current_fsuid();
	kgid_t fsgid = current_fsgid();
	umode_t mode;
	uid_t uid;
	gid_t gid;
	int perm;

	spin_lock(&inode->i_lock);
	mode = inode->i_mode;
	uid = inode->i_uid;
	gid = inode->i_gid;
	spin_unlock(&inode->i_lock);

	mask &= MAY_READ | MAY_WRITE | MAY_EXEC;
	if (uid_eq(fsuid, GLOBAL_ROOT_UID)) {
		if (!(mask & MAY_EXEC) || S_ISDIR(mode) || (mode & 0111))
			return 0;
		return -EACCES;
	}
	if (uid_eq(fsuid, uid))
		perm = mode >> 6;
	else if (gid_eq(fsgid, gid))
		perm = mode >> 3;
	else
		perm = mode;
	if ((mask & ~perm & 7) == 0)
		return 0;
	return -EACCES;
}

/**
 * inode_permission() - may the caller access @inode as @mask says?
 * @inode: the inode
 * @mask: MAY_* bits
 *
 * After the mode and owner check, a device node is checked against the
 * caller's devices cgroup (-EPERM), as Linux does.
 *
 * Context: process.
 * Return: 0, -EACCES, -EPERM (devices cgroup), or the file system's
 *	answer.
 */
int inode_permission(struct inode *inode, int mask)
{
	int ret;

	if (inode->i_op && inode->i_op->permission)
		ret = inode->i_op->permission(inode, mask);
	else
		ret = generic_permission(inode, mask);
	if (ret)
		return ret;
	return devcgroup_inode_permission(inode, mask);
}

/* Only the owner (or root) may chmod; only root may give a file away. */
static int setattr_prepare(struct inode *inode, struct iattr *attr)
{
	kuid_t fsuid = current_fsuid();
	bool root = uid_eq(fsuid, GLOBAL_ROOT_UID);
	uid_t uid;
	gid_t gid;

	spin_lock(&inode->i_lock);
	uid = inode->i_uid;
	gid = inode->i_gid;
	spin_unlock(&inode->i_lock);

	if ((attr->ia_valid & ATTR_UID) && attr->ia_uid != uid &&
	    !root && !capable(CAP_CHOWN))
		return -EPERM;
	if ((attr->ia_valid & ATTR_GID) && attr->ia_gid != gid && !root &&
	    !capable(CAP_CHOWN) &&
	    !(uid_eq(fsuid, uid) && gid_eq(current_fsgid(), attr->ia_gid)))
		return -EPERM;
	if ((attr->ia_valid & ATTR_MODE) && !root && !uid_eq(fsuid, uid) &&
	    !capable(CAP_FOWNER))
		return -EPERM;
	return 0;
}

/**
 * simple_setattr() - apply @attr to the dentry's inode
 * @dentry: the dentry
 * @attr: the change, already checked
 *
 * Context: process; holds the inode's i_mutex.
 * Return: 0.
 */
int simple_setattr(struct dentry *dentry, struct iattr *attr)
{
	struct inode *inode = dentry->d_inode;

	/*
	 * Under i_lock for the readers that want all three at once
	 * (permission checks); WRITE_ONCE() for the lockless readers of the
	 * type bits (S_ISDIR(READ_ONCE(inode->i_mode))) and of the sticky
	 * bit check in may_delete().
	 */
	spin_lock(&inode->i_lock);
	if (attr->ia_valid & ATTR_MODE)
		WRITE_ONCE(inode->i_mode, (inode->i_mode & S_IFMT) |
			   (attr->ia_mode & S_IALLUGO));
	if (attr->ia_valid & ATTR_UID)
		WRITE_ONCE(inode->i_uid, attr->ia_uid);
	if (attr->ia_valid & ATTR_GID)
		WRITE_ONCE(inode->i_gid, attr->ia_gid);
	spin_unlock(&inode->i_lock);
	return 0;
}

/**
 * notify_change() - chmod/chown: check the caller may, then apply
 * @dentry: the dentry whose inode changes
 * @attr: the change
 *
 * Context: process; takes the inode's i_mutex.
 * Return: 0, -EPERM, or the file system's error.
 */
int notify_change(struct dentry *dentry, struct iattr *attr)
{
	struct inode *inode = dentry->d_inode;
	int ret;

	inode_lock(inode);
	ret = setattr_prepare(inode, attr);
	if (!ret) {
		if (inode->i_op && inode->i_op->setattr)
			ret = inode->i_op->setattr(dentry, attr);
		else
			ret = simple_setattr(dentry, attr);
	}
	inode_unlock(inode);
	return ret;
}

/**
 * generic_fillattr() - fill a kstat from an inode
 * @inode: the inode
 * @stat: output
 *
 * Context: process; takes inode->i_lock.
 */
void generic_fillattr(struct inode *inode, struct kstat *stat)
{
	spin_lock(&inode->i_lock);
	stat->ino = inode->i_ino;
	stat->mode = inode->i_mode;
	stat->nlink = inode->i_nlink;
	stat->uid = inode->i_uid;
	stat->gid = inode->i_gid;
	spin_unlock(&inode->i_lock);
	stat->size = READ_ONCE(inode->i_size);
	stat->rdev = inode->i_rdev;
	stat->dev = inode->i_sb->s_dev;
}

/* No block device driver: a block device node opens with -ENXIO. */
static int no_blkdev_open(struct inode *inode, struct file *filp)
{
	return -ENXIO;
}

static const struct file_operations def_blk_fops = {
	.open = no_blkdev_open,
};

/**
 * init_special_inode() - make @inode a character or block device node
 * @inode: a new inode, not yet visible
 * @mode: type and permission bits (S_IFCHR or S_IFBLK)
 * @rdev: the device number
 *
 * A character node opens through the character device registry
 * (fs/char_dev.c); a block node has no driver and opens with -ENXIO.
 *
 * Context: process.
 */
void init_special_inode(struct inode *inode, umode_t mode, dev_t rdev)
{
	inode->i_mode = mode;
	inode->i_rdev = rdev;
	if (S_ISCHR(mode))
		inode->i_fop = &def_chr_fops;
	else if (WARN_ON_ONCE(!S_ISBLK(mode)))
		inode->i_fop = NULL;
	else
		inode->i_fop = &def_blk_fops;
}
