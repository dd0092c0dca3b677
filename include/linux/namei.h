/* SPDX-License-Identifier: GPL-2.0 */
/*
 * namei.h - path walk: turning a name into a struct path.
 *
 * Walks start at current->fs->root ("/...") or current->fs->pwd, follow
 * "." and "..", cross mount points, and need search (x) permission on every
 * directory passed through.
 */
#ifndef _LINUX_NAMEI_H
#define _LINUX_NAMEI_H

#include <linux/fs.h>

#define PATH_MAX	4096
#define NAME_MAX	255

/* lookup flags */
#define LOOKUP_FOLLOW		0x0001
#define LOOKUP_DIRECTORY	0x0002

int kern_path(const char *name, unsigned int flags, struct path *path);
int kern_path_parent(const char *name, struct path *parent,
		     struct qstr *last);
struct dentry *lookup_one_len(const char *name, struct dentry *base,
			      int len);
struct dentry *lookup_child(struct dentry *parent, const struct qstr *name);
int vfs_mkdir(struct inode *dir, struct dentry *dentry, umode_t mode);
int vfs_mknod(struct inode *dir, struct dentry *dentry, umode_t mode,
	      dev_t dev);
int vfs_rmdir(struct inode *dir, struct dentry *dentry);
int vfs_rename(struct inode *old_dir, struct dentry *old_dentry,
	       struct inode *new_dir, struct dentry *new_dentry);

#endif /* _LINUX_NAMEI_H */
