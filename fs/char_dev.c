// SPDX-License-Identifier: GPL-2.0
/*
 * char_dev.c - the character device registry: which driver answers for
 * which major number, and the open of a character device node.
 *
 * A driver calls register_chrdev(major, name, fops) and gets every minor
 * of that major; it tells its minors apart in its own ->open (as
 * drivers/char/mem.c does).  init_special_inode() gives a character
 * device node def_chr_fops, whose ->open (chrdev_open) looks the node's
 * major up here and replaces the file's f_op with the driver's.  A node
 * whose major no driver registered opens with -ENXIO, as in Linux.
 * Drivers are built in and never go away, so a file keeps its driver's
 * file_operations without a reference.
 *
 * Locks taken and their ordering: chrdevs_lock only, a leaf; never held
 * across a driver's ->open.
 */
#include <linux/fs.h>
#include <linux/cdev.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/mutex.h>
#include <linux/string.h>

/**
 * struct char_device_struct - one registered major
 * @name: the driver's name (NULL: the major is free)
 * @fops: the driver's file operations
 */
struct char_device_struct {
	const char *name;
	const struct file_operations *fops;
};

/* chrdevs_lock - protects chrdevs[]; a leaf lock. */
static DEFINE_MUTEX(chrdevs_lock);
static struct char_device_struct chrdevs[CHRDEV_MAJOR_MAX];

/**
 * register_chrdev() - make a driver answer for every minor of a major
 * @major: the major, or 0 for the highest free one
 * @name: the driver's name (kept, not copied)
 * @fops: its file operations
 *
 * Context: process; takes chrdevs_lock.
 * Return: the major (when @major was 0) or 0; -EINVAL for a major out of
 *	range, -EBUSY when it is taken (or none is free).
 */
int register_chrdev(unsigned int major, const char *name,
		    const struct file_operations *fops)
{
	int ret = 0;

	if (major >= CHRDEV_MAJOR_MAX || !name || !fops)
		return -EINVAL;
	mutex_lock(&chrdevs_lock);
	if (!major) {
		for (major = CHRDEV_MAJOR_MAX - 1; major > 0; major--)
			if (!chrdevs[major].name)
				break;
		if (!major) {
			ret = -EBUSY;
			goto out_unlock;
		}
		ret = major;
	}
	if (chrdevs[major].name) {
		ret = -EBUSY;
		goto out_unlock;
	}
	chrdevs[major].name = name;
	chrdevs[major].fops = fops;
out_unlock:
	mutex_unlock(&chrdevs_lock);
	return ret;
}

/**
 * unregister_chrdev() - undo register_chrdev()
 * @major: the major
 * @name: the name it was registered with; a mismatch changes nothing
 *
 * Files already open keep working: their file_operations are static.
 *
 * Context: process; takes chrdevs_lock.
 */
void unregister_chrdev(unsigned int major, const char *name)
{
	if (WARN_ON_ONCE(major >= CHRDEV_MAJOR_MAX))
		return;
	mutex_lock(&chrdevs_lock);
	if (!WARN_ON_ONCE(!chrdevs[major].name ||
			  strcmp(chrdevs[major].name, name))) {
		chrdevs[major].name = NULL;
		chrdevs[major].fops = NULL;
	}
	mutex_unlock(&chrdevs_lock);
}

/**
 * chrdev_open() - def_chr_fops.open: hand the file to the node's driver
 * @inode: the character device node
 * @filp: the file being opened
 *
 * Context: process; takes chrdevs_lock (not held across the driver's
 * ->open).
 * Return: 0, -ENXIO when no driver has the node's major, or the
 *	driver's ->open error.
 */
int chrdev_open(struct inode *inode, struct file *filp)
{
	const struct file_operations *fops = NULL;
	unsigned int major = imajor(inode);

	mutex_lock(&chrdevs_lock);
	if (major < CHRDEV_MAJOR_MAX)
		fops = chrdevs[major].fops;
	mutex_unlock(&chrdevs_lock);
	if (!fops)
		return -ENXIO;
	filp->f_op = fops;
	if (fops->open)
		return fops->open(inode, filp);
	return 0;
}

/* What a character device node's inode opens with. */
const struct file_operations def_chr_fops = {
	.open = chrdev_open,
};
