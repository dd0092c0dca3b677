/* SPDX-License-Identifier: GPL-2.0 */
/*
 * internal.h - what the files of procfs share.
 */
#ifndef _FS_PROC_INTERNAL_H
#define _FS_PROC_INTERNAL_H

#include <linux/fs.h>
#include <linux/proc_fs.h>
#include <linux/spinlock.h>

struct task_struct;

/* Longest name of a static /proc entry */
#define NAME_MAX_PROC	64

/**
 * struct pid_entry - a file of every /proc/<pid>/ (and task/<tid>/)
 * @name: its name
 * @mode: permission bits
 * @show: prints it for one task
 * @write: takes one write(2) of @count bytes (kernel copy in @buf) for
 *	the task; returns bytes taken or -errno.  NULL: writes are EINVAL.
 */
struct pid_entry {
	const char *name;
	umode_t mode;
	proc_pid_show_t show;
	ssize_t (*write)(struct task_struct *task, const char *buf,
			 size_t count);
};

/* What a proc inode is about; inode->i_private, freed at eviction. */
enum proc_inode_kind {
	PROC_PDE,		/* a static entry: @pde */
	PROC_PID_DIR,		/* /proc/<pid>, task/<tid>: @tgid/@tid */
	PROC_TASK_DIR,		/* /proc/<pid>/task */
	PROC_PID_FILE,		/* a pid_entry file of @tid */
};

/**
 * struct proc_inode_info - inode->i_private of every procfs inode
 * @kind: what the inode is
 * @pde: the static entry (PROC_PDE), with a reference
 * @tgid: the process
 * @tid: the thread (== @tgid for /proc/<pid>)
 * @in_task_dir: a task/<tid> directory (no "task" subdirectory)
 * @entry: the file's entry (PROC_PID_FILE)
 */
struct proc_inode_info {
	enum proc_inode_kind kind;
	struct proc_dir_entry *pde;
	pid_t tgid;
	pid_t tid;
	bool in_task_dir;
	const struct pid_entry *entry;
};

static inline struct proc_inode_info *PROC_I(const struct inode *inode)
{
	return inode->i_private;
}

/* generic.c */
extern struct proc_dir_entry proc_root;
extern spinlock_t proc_subdir_lock;
struct inode *proc_get_inode(struct super_block *sb,
			     struct proc_dir_entry *pde);
struct dentry *proc_lookup_de(struct proc_dir_entry *dir,
			      struct inode *dir_inode, struct dentry *dentry);
int proc_readdir_de(struct proc_dir_entry *dir, struct file *file,
		    struct dir_context *ctx, loff_t first);
int proc_count_subdirs(struct proc_dir_entry *dir);
void pde_put(struct proc_dir_entry *pde);
struct proc_inode_info *proc_alloc_info(enum proc_inode_kind kind);

/* base.c */
struct dentry *proc_pid_lookup(struct inode *dir, struct dentry *dentry);
int proc_pid_readdir(struct file *file, struct dir_context *ctx,
		     loff_t first);

/* array.c */
int proc_pid_status(struct seq_file *m, struct task_struct *task);
int proc_pid_stat(struct seq_file *m, struct task_struct *task);

/* proc_sys.c */
void proc_sys_init(void);

#endif /* _FS_PROC_INTERNAL_H */
