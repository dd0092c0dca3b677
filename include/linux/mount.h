/* SPDX-License-Identifier: GPL-2.0 */
/*
 * mount.h - mounts: a super block's tree grafted onto a dentry.
 *
 * Each mount holds a reference on its root dentry and one s_active
 * reference on the super block.  mnt_count counts the users of the mount
 * (open files, working directories, walks in progress, and one for being
 * mounted); umount fails with -EBUSY while anyone else uses it or while
 * something is mounted below it.
 */
#ifndef _LINUX_MOUNT_H
#define _LINUX_MOUNT_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/atomic.h>

struct dentry;
struct super_block;

/**
 * struct vfsmount - one mount
 * @mnt_root: root of the mounted tree
 * @mnt_sb: its super block
 * @mnt_parent: the mount it sits on (itself for the root mount)
 * @mnt_mountpoint: the dentry in @mnt_parent it covers
 * @mnt_count: users (mntget/mntput)
 * @mnt_flags: MS_* flags
 * @mnt_list: link in the global mount list (mount_lock)
 * @mnt_devname: the device name given to mount
 * @mnt_opts: the option string given to mount ("" for none)
 * @mnt_id: its number in /proc/<pid>/mountinfo; unique, never reused
 */
struct vfsmount {
	struct dentry *mnt_root;
	struct super_block *mnt_sb;
	struct vfsmount *mnt_parent;
	struct dentry *mnt_mountpoint;
	atomic_t mnt_count;
	int mnt_flags;
	struct list_head mnt_list;
	char *mnt_devname;
	char *mnt_opts;
	int mnt_id;
};

struct vfsmount *mntget(struct vfsmount *mnt);
void mntput(struct vfsmount *mnt);
struct vfsmount *kern_mount(struct file_system_type *type);
struct vfsmount *lookup_mnt(struct vfsmount *mnt, struct dentry *dentry);

#endif /* _LINUX_MOUNT_H */
