/* SPDX-License-Identifier: GPL-2.0 */
/*
 * proc_fs.h - the /proc file system.
 *
 * Static entries form a tree of struct proc_dir_entry made with
 * proc_mkdir()/proc_create*(); per-process directories /proc/<pid>/ and
 * /proc/<pid>/task/<tid>/ are generated on lookup.  Subsystems add a file
 * to every per-process (and per-thread) directory with
 * proc_pid_register_entry(), e.g. cgroup's /proc/<pid>/cgroup.
 */
#ifndef _LINUX_PROC_FS_H
#define _LINUX_PROC_FS_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/atomic.h>

struct inode;
struct seq_file;
struct task_struct;

/**
 * struct proc_dir_entry - a static /proc entry
 * @name: its name
 * @mode: type and permission bits
 * @proc_fops: file operations (regular files)
 * @show: single_open() show function (proc_create_single entries)
 * @data: the creator's data (PDE_DATA(inode))
 * @parent: the directory it is in
 * @subdir: children (proc_subdir_lock)
 * @sibling: link in @parent's @subdir (proc_subdir_lock)
 * @count: references: one for being linked, one per inode using it
 */
struct proc_dir_entry {
	const char *name;
	atomic_t count;
	umode_t mode;
	const struct file_operations *proc_fops;
	int (*show)(struct seq_file *m, void *v);
	void *data;
	struct proc_dir_entry *parent;
	struct list_head subdir;
	struct list_head sibling;
};

struct proc_dir_entry *proc_mkdir(const char *name,
				  struct proc_dir_entry *parent);
struct proc_dir_entry *proc_create_data(const char *name, umode_t mode,
					struct proc_dir_entry *parent,
					const struct file_operations *fops,
					void *data);
struct proc_dir_entry *proc_create(const char *name, umode_t mode,
				   struct proc_dir_entry *parent,
				   const struct file_operations *fops);
struct proc_dir_entry *proc_create_single(const char *name, umode_t mode,
					  struct proc_dir_entry *parent,
					  int (*show)(struct seq_file *m, void *v));
void remove_proc_entry(const char *name, struct proc_dir_entry *parent);
void *PDE_DATA(const struct inode *inode);

/**
 * typedef proc_pid_show_t - show function of a per-process file
 * @m: the seq_file to print into
 * @task: the task the directory is for (a reference is held)
 *
 * Return: 0 or -errno.
 */
typedef int (*proc_pid_show_t)(struct seq_file *m, struct task_struct *task);

int proc_pid_register_entry(const char *name, umode_t mode,
			    proc_pid_show_t show);

/* Cpus_allowed_list of /proc/<pid>/status; cpuset will refine it. */
void proc_task_cpus_allowed(struct seq_file *m, struct task_struct *task);

void proc_root_init(void);

#endif /* _LINUX_PROC_FS_H */
