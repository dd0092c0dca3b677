/* SPDX-License-Identifier: GPL-2.0 */
/*
 * internal.h - what the files of fs/ share with each other and nobody
 * else: the fd table, the root/cwd record, the mount tree's globals.
 */
#ifndef _FS_INTERNAL_H
#define _FS_INTERNAL_H

#include <linux/fs.h>
#include <linux/mount.h>
#include <linux/rwsem.h>

struct task_struct;

#define NR_OPEN_DEFAULT	64
#define NR_OPEN_MAX	1024

/**
 * struct files_struct - a task's open files; threads share it (CLONE_FILES)
 * @count: users (tasks)
 * @file_lock: protects @max_fds and @fd (the array and its slots)
 * @max_fds: size of @fd
 * @fd: the open files; NULL slots are free
 */
struct files_struct {
	atomic_t count;
	spinlock_t file_lock;		/* max_fds, fd[] */
	unsigned int max_fds;
	struct file **fd;
};

/**
 * struct fs_struct - a task's root, working directory and umask (CLONE_FS)
 * @users: tasks sharing it (atomic)
 * @lock: protects @root and @pwd
 * @umask: file creation mask (READ_ONCE/WRITE_ONCE)
 * @root: "/" for path walks (a NULL mnt means the global root)
 * @pwd: the working directory (a NULL mnt means the global root)
 */
struct fs_struct {
	atomic_t users;
	spinlock_t lock;		/* root, pwd */
	int umask;
	struct path root;
	struct path pwd;
};

/* dcache.c */
extern spinlock_t dcache_lock;
struct dentry *__d_lookup(struct dentry *parent, const struct qstr *name)
	__must_hold(&dcache_lock);
bool d_has_positive_child(struct dentry *dentry);
struct dentry *d_alloc_excl(struct dentry *parent, const struct qstr *name);

/* namespace.c */
extern struct rw_semaphore namespace_sem;
extern spinlock_t mount_lock;
void get_root_path(struct path *root);

/* file.c */
void get_fs_root(struct fs_struct *fs, struct path *root);
void get_fs_pwd(struct fs_struct *fs, struct path *pwd);
int current_umask(void);
struct files_struct *files_alloc(void);
void put_files_struct(struct files_struct *files);

/* file_table.c */
struct file *alloc_file(const struct path *path, int flags);

/* namei.c */
int may_open(const struct path *path, int acc_mode, int flag);
struct dentry *lookup_hash_locked(const struct qstr *name,
				  struct dentry *base);
int user_path(const char __user *name, unsigned int flags, struct path *path);
int user_path_parent(const char __user *name, struct path *parent,
		     struct qstr *last, char **tmp);

/* open.c */
struct file *do_filp_open(const char *name, int flags, umode_t mode);

/* ramfs.c */
int init_ramfs_fs(void);
extern struct file_system_type rootfs_fs_type;

/* uaccess.c */
char *strndup_user(const char __user *s, long n);

#endif /* _FS_INTERNAL_H */
