/* SPDX-License-Identifier: GPL-2.0 */
/*
 * dcache.h - directory entries: the in-memory name tree that IS the file
 * system here (every file system is ramfs-like: its dentries and inodes
 * live only in memory).
 *
 * Lifetime rules:
 *  - d_count counts references (dget/dput).  A child linked into its
 *    parent's d_subdirs holds one reference on the parent.
 *  - A dentry a file system wants to keep in the tree (ramfs files,
 *    cgroupfs files and directories) is "pinned": it carries one extra
 *    reference and DCACHE_PINNED until d_delete() unhashes it.
 *  - An unpinned dentry (procfs) leaves the tree when its last reference
 *    is dropped.
 *  - Open files and working directories hold references, so a dentry and
 *    its inode outlive d_delete() for as long as someone uses them; a
 *    removed dentry has DCACHE_UNHASHED set (d_unhashed()).
 *
 * Locks: d_subdirs, d_child, d_count, d_flags and d_inode of every dentry
 * are protected by the global dcache_lock (fs/dcache.c).
 */
#ifndef _LINUX_DCACHE_H
#define _LINUX_DCACHE_H

#include <linux/types.h>
#include <linux/list.h>

struct inode;
struct super_block;

#define DNAME_INLINE_LEN	256	/* NAME_MAX + 1 */

/**
 * struct qstr - a name component
 * @name: the bytes, not necessarily NUL-terminated
 * @len: number of bytes
 */
struct qstr {
	const char *name;
	unsigned int len;
};

#define QSTR_INIT(n, l) { .name = (n), .len = (l) }

struct dentry;

/**
 * struct dentry_operations - per-file-system dentry hooks (sb->s_d_op)
 * @d_iput: called when the dentry is freed and lets go of its inode
 *	(instead of iput()); the hook must iput() the inode itself.  cgroupfs
 *	frees its cgroup here, after the last open file is closed.
 * @d_release: called just before the dentry is freed.
 */
struct dentry_operations {
	void (*d_iput)(struct dentry *dentry, struct inode *inode);
	void (*d_release)(struct dentry *dentry);
};

/* d_flags */
#define DCACHE_PINNED		0x0001	/* the fs keeps it in the tree */
#define DCACHE_UNHASHED		0x0002	/* removed from its parent */
#define DCACHE_MOUNTED		0x0004	/* something is mounted on it */

/**
 * struct dentry - one name in the tree
 * @d_count: references; see the lifetime rules above (dcache_lock)
 * @d_flags: DCACHE_* (dcache_lock)
 * @d_inode: the inode, NULL for a negative dentry (dcache_lock to change;
 *	stable once set for as long as the caller holds a reference)
 * @d_parent: the parent; the root is its own parent.  Never changes.
 * @d_name: the name, pointing at @d_iname; changed only by d_move(),
 *	under dcache_lock and the parent's i_mutex, so read it under either
 * @d_sb: the super block it belongs to
 * @d_op: hooks, copied from d_sb->s_d_op at allocation
 * @d_fsdata: file system private data (cgroupfs: the cgroup or cftype)
 * @d_child: link in the parent's @d_subdirs (dcache_lock)
 * @d_subdirs: the children, in creation order (dcache_lock)
 * @d_mounted: number of mounts on this dentry (mount_lock)
 * @d_iname: storage for the name
 */
struct dentry {
	unsigned int d_count;
	unsigned int d_flags;
	struct inode *d_inode;
	struct dentry *d_parent;
	struct qstr d_name;
	struct super_block *d_sb;
	const struct dentry_operations *d_op;
	void *d_fsdata;
	struct list_head d_child;
	struct list_head d_subdirs;
	int d_mounted;
	char d_iname[DNAME_INLINE_LEN];
};

struct dentry *d_alloc(struct dentry *parent, const struct qstr *name);
struct dentry *d_alloc_name(struct dentry *parent, const char *name);
struct dentry *d_make_root(struct inode *root_inode);
void d_instantiate(struct dentry *dentry, struct inode *inode);
void d_add(struct dentry *dentry, struct inode *inode);
void d_pin(struct dentry *dentry);
void d_delete(struct dentry *dentry);
void d_genocide(struct dentry *dentry);
void d_move(struct dentry *dentry, struct dentry *target);
struct dentry *d_lookup(struct dentry *parent, const struct qstr *name);
struct dentry *dget(struct dentry *dentry);
void dput(struct dentry *dentry);
bool d_unhashed(struct dentry *dentry);
bool d_is_dir(struct dentry *dentry);
int d_path_name(struct dentry *dentry, char *buf, int buflen);

#endif /* _LINUX_DCACHE_H */
