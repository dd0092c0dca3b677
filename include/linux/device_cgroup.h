/* SPDX-License-Identifier: GPL-2.0 */
/*
 * device_cgroup.h - the devices cgroup subsystem (security/device_cgroup.c):
 * which device nodes the tasks of a cgroup may open (read, write) and
 * make (mknod).  The VFS asks it from inode_permission() and vfs_mknod();
 * without CONFIG_CGROUP_DEVICE every device is allowed.
 */
#ifndef _LINUX_DEVICE_CGROUP_H
#define _LINUX_DEVICE_CGROUP_H

#include <linux/fs.h>

#ifdef CONFIG_CGROUP_DEVICE
int __devcgroup_inode_permission(struct inode *inode, int mask);
int devcgroup_inode_mknod(int mode, dev_t dev);

/**
 * devcgroup_inode_permission() - may current access a device node?
 * @inode: any inode; only character and block device nodes are checked
 * @mask: MAY_READ and/or MAY_WRITE
 *
 * Context: process; takes rcu_read_lock().
 * Return: 0, or -EPERM when current's devices cgroup does not allow the
 *	access.
 */
static inline int devcgroup_inode_permission(struct inode *inode, int mask)
{
	umode_t mode = READ_ONCE(inode->i_mode);

	if (!S_ISBLK(mode) && !S_ISCHR(mode))
		return 0;
	return __devcgroup_inode_permission(inode, mask);
}
#else
static inline int devcgroup_inode_permission(struct inode *inode, int mask)
{
	return 0;
}

static inline int devcgroup_inode_mknod(int mode, dev_t dev)
{
	return 0;
}
#endif

#endif /* _LINUX_DEVICE_CGROUP_H */
