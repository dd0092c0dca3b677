// SPDX-License-Identifier: GPL-2.0
/*
 * base.c - /proc/<pid>/, /proc/<pid>/task/<tid>/ and the files in
 * them.
 *
 * Directories are made on lookup for tasks that exist at that moment;
 * a file looks its task up again at open and holds a reference on it
 * while open, so reading a file of a task that exited shows the task as
 * it was (a zombie, or dead) instead of another task that reused the pid.
 *
 * Subsystems add files to every per-process and per-thread directory
 * with proc_pid_register_entry() (cgroup's /proc/<pid>/cgroup).
 *
 * Locks taken and their ordering: pid_entries_lock (a leaf spinlock) for
 * registration; RCU for task lookups and thread walks.
 */
#include <linux/fs.h>
#include <linux/err.h>
#include <linux/kernel.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/cred.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/sort.h>
#include <linux/string.h>
#include <linux/mman.h>
#include <linux/mm_types.h>
#include <linux/uaccess.h>

#include "internal.h"

#define MAX_PID_ENTRIES	16

/*
 * pid_entries_lock serialises proc_pid_register_entry(); readers take
 * nr_pid_entries with an acquire load and see every entry below it
 * (entries are appended, never changed or removed).
 */
static DEFINE_SPINLOCK(pid_entries_lock);
static int proc_pid_cmdline(struct seq_file *m, struct task_struct *task);
static int proc_pid_comm(struct seq_file *m, struct task_struct *task);
static ssize_t proc_pid_comm_write(struct task_struct *task, const char *buf,
				   size_t count);

static struct pid_entry pid_entries[MAX_PID_ENTRIES] = {
	{ .name = "status", .mode = 0444, .show = proc_pid_status },
	{ .name = "stat", .mode = 0444, .show = proc_pid_stat },
	{ .name = "cmdline", .mode = 0444, .show = proc_pid_cmdline },
	{ .name = "comm", .mode = 0644, .show = proc_pid_comm,
	  .write = proc_pid_comm_write },
};

static int nr_pid_entries = 4;

static int pid_entries_count(void)
{
	/* partner: smp_store_release() in proc_pid_register_entry() */
	return smp_load_acquire(&nr_pid_entries);
}

/**
 * proc_pid_register_entry() - add a file to every /proc/<pid>/ and
 *	/proc/<pid>/task/<tid>/
 * @name: the file's name
 * @mode: permission bits
 * @show: prints it for a task
 *
 * Context: process (boot, typically).
 * Return: 0, -EEXIST, or -ENOSPC when the table is full.
 */
int proc_pid_register_entry(const char *name, umode_t mode,
			    proc_pid_show_t show)
{
	int i, nr, ret = 0;

	spin_lock(&pid_entries_lock);
	nr = nr_pid_entries;
	for (i = 0; i < nr; i++)
		if (!strcmp(pid_entries[i].name, name))
			ret = -EEXIST;
	if (!ret && nr == MAX_PID_ENTRIES)
		ret = -ENOSPC;
	if (!ret) {
		pid_entries[nr].name = name;
		pid_entries[nr].mode = mode & S_IALLUGO;
		pid_entries[nr].show = show;
		/* partner: smp_load_acquire() in pid_entries_count() */
		smp_store_release(&nr_pid_entries, nr + 1);
	}
	spin_unlock(&pid_entries_lock);
	return ret;
}

/* A decimal pid without sign or leading zeros; -1 if @name is not one. */
static pid_t name_to_pid(const struct qstr *name)
{
	unsigned int i;
	long nr = 0;

	if (!name->len || name->len > 9 ||
	    (name->name[0] == '0' && name->len > 1))
		return -1;
	for (i = 0; i < name->len; i++) {
		char c = name->name[i];

		if (c < '0' || c > '9')
			return -1;
		nr = nr * 10 + (c - '0');
	}
	return nr ? nr : -1;
}

/* The task @tid, if it exists and belongs to @tgid; with a reference. */
static struct task_struct *get_proc_task(pid_t tgid, pid_t tid)
{
	struct task_struct *task = find_get_task_by_vpid(tid);

	if (task && task->tgid != tgid) {
		put_task_struct(task);
		task = NULL;
	}
	return task;
}

static int proc_pid_file_show(struct seq_file *m, void *v)
{
	struct proc_inode_info *info = PROC_I(file_inode(m->file));

	return info->entry->show(m, m->private);
}

static int proc_pid_file_open(struct inode *inode, struct file *file)
{
	struct proc_inode_info *info = PROC_I(inode);
	struct task_struct *task = get_proc_task(info->tgid, info->tid);
	int ret;

	if (!task)
		return -ENOENT;
	ret = single_open(file, proc_pid_file_show, task);
	if (ret)
		put_task_struct(task);
	return ret;
}

/*
 * One write(2) to a per-pid file with a write hook (comm): at most a
 * page is taken from user space; the hook sees the open file's task.
 */
static ssize_t proc_pid_file_write(struct file *file, const char __user *buf,
				   size_t count, loff_t *ppos)
{
	struct proc_inode_info *info = PROC_I(file_inode(file));
	struct seq_file *m = file->private_data;
	ssize_t ret;
	char *kbuf;

	if (!info->entry->write)
		return -EINVAL;
	if (count > PAGE_SIZE)
		count = PAGE_SIZE;
	kbuf = kmalloc(count + 1, GFP_KERNEL);
	if (!kbuf)
		return -ENOMEM;
	if (copy_from_user(kbuf, buf, count)) {
		kfree(kbuf);
		return -EFAULT;
	}
	kbuf[count] = '\0';
	ret = info->entry->write(m->private, kbuf, count);
	kfree(kbuf);
	return ret;
}

static int proc_pid_file_release(struct inode *inode, struct file *file)
{
	struct seq_file *m = file->private_data;

	put_task_struct(m->private);
	return single_release(inode, file);
}

static const struct file_operations proc_pid_file_operations = {
	.open		= proc_pid_file_open,
	.read		= seq_read,
	.write		= proc_pid_file_write,
	.llseek		= seq_lseek,
	.release	= proc_pid_file_release,
};

/*
 * /proc/<pid>/cmdline: the argument strings of the task's last exec,
 * NUL-separated, at most a page (as 2.6.38's proc_pid_cmdline()); empty
 * for kernel threads and for a task that has exited (no mm).
 */
static int proc_pid_cmdline(struct seq_file *m, struct task_struct *task)
{
	struct mm_struct *mm = get_task_mm(task);

	if (!mm)
		return 0;
	if (mm->arg_buf)
		seq_write(m, mm->arg_buf, min_t(unsigned long, mm->arg_len,
						PAGE_SIZE));
	mmput(mm);
	return 0;
}

/* /proc/<pid>/comm: the task's name and a newline. */
static int proc_pid_comm(struct seq_file *m, struct task_struct *task)
{
	char comm[TASK_COMM_LEN];

	seq_printf(m, "%s\n", get_task_comm(comm, sizeof(comm), task));
	return 0;
}

/*
 * Writing /proc/<pid>/comm renames a thread of the writer's own process
 * (else EINVAL), as 2.6.38's comm_write(): the first TASK_COMM_LEN - 1
 * bytes are taken as they are, a newline included (`echo x > comm` names
 * it "x\n", in Linux too), and that many bytes are reported written.
 */
static ssize_t proc_pid_comm_write(struct task_struct *task, const char *buf,
				   size_t count)
{
	if (count > TASK_COMM_LEN - 1)
		count = TASK_COMM_LEN - 1;
	if (task->signal != current->signal)
		return -EINVAL;
	set_task_comm(task, buf);	/* truncates to TASK_COMM_LEN - 1 */
	return count;
}

static const struct inode_operations proc_pid_dir_inode_operations;
static const struct file_operations proc_pid_dir_operations;
static const struct inode_operations proc_task_inode_operations;
static const struct file_operations proc_task_operations;

/* A new inode of @kind for (@tgid, @tid), owned by @task's euid. */
static struct inode *proc_pid_inode(struct super_block *sb,
				    enum proc_inode_kind kind,
				    struct task_struct *task, pid_t tgid,
				    pid_t tid, umode_t mode)
{
	struct proc_inode_info *info = proc_alloc_info(kind);
	const struct inode_operations *iop = NULL;
	const struct file_operations *fop = &proc_pid_file_operations;
	const struct cred *cred;
	struct inode *inode;

	if (!info)
		return NULL;
	if (kind == PROC_PID_DIR) {
		iop = &proc_pid_dir_inode_operations;
		fop = &proc_pid_dir_operations;
	} else if (kind == PROC_TASK_DIR) {
		iop = &proc_task_inode_operations;
		fop = &proc_task_operations;
	}
	inode = simple_new_inode(sb, mode, iop, fop, info);
	if (!inode) {
		kfree(info);
		return NULL;
	}
	info->tgid = tgid;
	info->tid = tid;
	rcu_read_lock();
	cred = __task_cred(task);
	inode->i_uid = cred->euid;
	inode->i_gid = cred->egid;
	rcu_read_unlock();
	return inode;
}

/* Fill @dentry with the directory of thread @tid of process @tgid. */
static struct dentry *proc_pid_instantiate(struct inode *dir,
					   struct dentry *dentry, pid_t tgid,
					   pid_t tid, bool in_task_dir)
{
	struct task_struct *task = get_proc_task(tgid, tid);
	struct inode *inode;

	if (!task)
		return NULL;
	inode = proc_pid_inode(dir->i_sb, PROC_PID_DIR, task, tgid, tid,
			       S_IFDIR | 0555);
	put_task_struct(task);
	if (!inode)
		return ERR_PTR(-ENOMEM);
	PROC_I(inode)->in_task_dir = in_task_dir;
	d_add(dentry, inode);
	return NULL;
}

/**
 * proc_pid_lookup() - look up "self" or a pid in /proc
 * @dir: the /proc inode
 * @dentry: the name
 *
 * Context: process; holds @dir's i_mutex.
 * Return: NULL (@dentry filled or left negative) or an ERR_PTR.
 */
struct dentry *proc_pid_lookup(struct inode *dir, struct dentry *dentry)
{
	bool self = dentry->d_name.len == 4 &&
		    !memcmp(dentry->d_name.name, "self", 4);
	struct task_struct *task;
	struct dentry *ret;
	pid_t nr, tgid;

	nr = self ? task_tgid_vnr(current) : name_to_pid(&dentry->d_name);
	if (nr <= 0)
		return NULL;
	rcu_read_lock();
	task = find_task_by_vpid(nr);
	tgid = task ? task->tgid : 0;
	rcu_read_unlock();
	if (!tgid)
		return NULL;
	ret = proc_pid_instantiate(dir, dentry, tgid, nr, false);
	/*
	 * "self" means a different process to every walker: keep this one
	 * out of the tree so that nobody else finds it by name.
	 */
	if (self)
		d_delete(dentry);
	return ret;
}

static int cmp_pid(const void *a, const void *b)
{
	pid_t x = *(const pid_t *)a, y = *(const pid_t *)b;

	return x < y ? -1 : x > y;
}

/*
 * The sorted pids of every process (@leader NULL) or of every thread of
 * @leader's process; a kmalloc()ed array in *@pids.
 */
static int collect_pids(struct task_struct *leader, pid_t **pids)
{
	struct task_struct *p;
	int n, max;
	pid_t *arr;

	for (;;) {
		max = 0;
		rcu_read_lock();
		if (leader) {
			for_each_thread(leader, p)
				max++;
		} else {
			for_each_process(p)
				max++;
		}
		rcu_read_unlock();
		max += 16;
		arr = kmalloc_array(max, sizeof(*arr), GFP_KERNEL);
		if (!arr)
			return -ENOMEM;
		n = 0;
		rcu_read_lock();
		if (leader) {
			for_each_thread(leader, p)
				if (n < max)
					arr[n++] = task_pid_vnr(p);
		} else {
			for_each_process(p)
				if (n < max)
					arr[n++] = task_tgid_vnr(p);
		}
		rcu_read_unlock();
		if (n < max)
			break;
		kfree(arr);	/* it grew meanwhile: count again */
	}
	sort(arr, n, sizeof(*arr), cmp_pid, NULL);
	*pids = arr;
	return n;
}

/* Emit "<pid>" entries from position @first on, from a sorted list. */
static int emit_pids(struct dir_context *ctx, loff_t first, pid_t *pids,
		     int n)
{
	char name[16];

	while (ctx->pos - first < n) {
		pid_t nr = pids[ctx->pos - first];
		int len = snprintf(name, sizeof(name), "%d", nr);

		if (!dir_emit(ctx, name, len, nr, DT_DIR))
			break;
		ctx->pos++;
	}
	return 0;
}

/**
 * proc_pid_readdir() - list "self" and the processes, in pid order
 * @file: the open /proc
 * @ctx: the listing
 * @first: position of "self"; processes follow
 *
 * Context: process.
 * Return: 0 or -ENOMEM.
 */
int proc_pid_readdir(struct file *file, struct dir_context *ctx,
		     loff_t first)
{
	pid_t *pids;
	int n;

	if (ctx->pos == first) {
		if (!dir_emit(ctx, "self", 4, 1, DT_DIR))
			return 0;
		ctx->pos++;
	}
	n = collect_pids(NULL, &pids);
	if (n < 0)
		return n;
	emit_pids(ctx, first + 1, pids, n);
	kfree(pids);
	return 0;
}

/* /proc/<pid>/ and task/<tid>/: "task" (processes only) and the files */
static struct dentry *proc_pid_dir_lookup(struct inode *dir,
					  struct dentry *dentry,
					  unsigned int flags)
{
	struct proc_inode_info *info = PROC_I(dir);
	const struct pid_entry *entry = NULL;
	struct task_struct *task;
	struct inode *inode;
	int i, nr = pid_entries_count();

	if (!info->in_task_dir && dentry->d_name.len == 4 &&
	    !memcmp(dentry->d_name.name, "task", 4)) {
		task = get_proc_task(info->tgid, info->tid);
		if (!task)
			return NULL;
		inode = proc_pid_inode(dir->i_sb, PROC_TASK_DIR, task,
				       info->tgid, info->tid, S_IFDIR | 0555);
		put_task_struct(task);
		if (!inode)
			return ERR_PTR(-ENOMEM);
		d_add(dentry, inode);
		return NULL;
	}
	for (i = 0; i < nr; i++) {
		if (strlen(pid_entries[i].name) == dentry->d_name.len &&
		    !memcmp(pid_entries[i].name, dentry->d_name.name,
			    dentry->d_name.len)) {
			entry = &pid_entries[i];
			break;
		}
	}
	if (!entry)
		return NULL;
	task = get_proc_task(info->tgid, info->tid);
	if (!task)
		return NULL;
	inode = proc_pid_inode(dir->i_sb, PROC_PID_FILE, task, info->tgid,
			       info->tid, S_IFREG | entry->mode);
	put_task_struct(task);
	if (!inode)
		return ERR_PTR(-ENOMEM);
	PROC_I(inode)->entry = entry;
	d_add(dentry, inode);
	return NULL;
}

static int proc_pid_dir_readdir(struct file *file, struct dir_context *ctx)
{
	struct proc_inode_info *info = PROC_I(file_inode(file));
	int nr = pid_entries_count();
	loff_t first = 2;

	if (ctx->pos == 0) {
		if (!dir_emit(ctx, ".", 1, 1, DT_DIR))
			return 0;
		ctx->pos++;
	}
	if (ctx->pos == 1) {
		if (!dir_emit(ctx, "..", 2, 1, DT_DIR))
			return 0;
		ctx->pos++;
	}
	if (!info->in_task_dir) {
		if (ctx->pos == 2) {
			if (!dir_emit(ctx, "task", 4, 1, DT_DIR))
				return 0;
			ctx->pos++;
		}
		first = 3;
	}
	while (ctx->pos - first < nr) {
		const struct pid_entry *entry = &pid_entries[ctx->pos - first];

		if (!dir_emit(ctx, entry->name, strlen(entry->name), 1,
			      DT_REG))
			return 0;
		ctx->pos++;
	}
	return 0;
}

static const struct inode_operations proc_pid_dir_inode_operations = {
	.lookup		= proc_pid_dir_lookup,
};

static const struct file_operations proc_pid_dir_operations = {
	.iterate	= proc_pid_dir_readdir,
};

/* /proc/<pid>/task/: one directory per thread */
static struct dentry *proc_task_lookup(struct inode *dir,
				       struct dentry *dentry,
				       unsigned int flags)
{
	struct proc_inode_info *info = PROC_I(dir);
	pid_t tid = name_to_pid(&dentry->d_name);

	if (tid <= 0)
		return NULL;
	return proc_pid_instantiate(dir, dentry, info->tgid, tid, true);
}

static int proc_task_readdir(struct file *file, struct dir_context *ctx)
{
	struct proc_inode_info *info = PROC_I(file_inode(file));
	struct task_struct *leader;
	pid_t *pids;
	int n;

	if (ctx->pos == 0) {
		if (!dir_emit(ctx, ".", 1, 1, DT_DIR))
			return 0;
		ctx->pos++;
	}
	if (ctx->pos == 1) {
		if (!dir_emit(ctx, "..", 2, 1, DT_DIR))
			return 0;
		ctx->pos++;
	}
	leader = get_proc_task(info->tgid, info->tgid);
	if (!leader)
		return 0;
	n = collect_pids(leader, &pids);
	put_task_struct(leader);
	if (n < 0)
		return n;
	emit_pids(ctx, 2, pids, n);
	kfree(pids);
	return 0;
}

static const struct inode_operations proc_task_inode_operations = {
	.lookup		= proc_task_lookup,
};

static const struct file_operations proc_task_operations = {
	.iterate	= proc_task_readdir,
};
