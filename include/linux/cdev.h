/* SPDX-License-Identifier: GPL-2.0 */
/*
 * cdev.h - the character device registry (fs/char_dev.c): a driver
 * registers its file_operations for a major number; opening a character
 * device node finds them by the node's major (chrdev_open) and hands the
 * open file over to the driver, which tells its minors apart itself.
 */
#ifndef _LINUX_CDEV_H
#define _LINUX_CDEV_H

#include <linux/fs.h>
#include <linux/kdev_t.h>

/* Majors 1..CHRDEV_MAJOR_MAX - 1 can be registered; 0 asks for a free one. */
#define CHRDEV_MAJOR_MAX	256

int register_chrdev(unsigned int major, const char *name,
		    const struct file_operations *fops);
void unregister_chrdev(unsigned int major, const char *name);
int chrdev_open(struct inode *inode, struct file *filp);

extern const struct file_operations def_chr_fops;

#endif /* _LINUX_CDEV_H */
