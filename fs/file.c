// SPDX-License-Identifier: GPL-2.0
/*
 * file.c - per-task file state: the fd table (struct files_struct,
 * shared by threads with CLONE_FILES) and root/cwd/umask (struct
 * fs_struct, shared with CLONE_FS), their copying at fork and release at
 * exit.
 *
 * Locks taken and their ordering:
 *   task_lock(tsk) -> files->file_lock / fs->lock (leaves).  fput() and
 *   path_put() run after these are dropped.
 */
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/fdtable.h>
#include <linux/namei.h>
#include <linux/err.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/uaccess.h>

#include "internal.h"

/**
 * files_alloc() - an empty fd table
 *
 * Context: process.
 * Return: the table with one user, or NULL.
 */
struct files_struct *files_alloc(void)
{
	struct files_struct *files = kzalloc(sizeof(*files), GFP_KERNEL);

	if (!files)
		return NULL;
	files->fd = kcalloc(NR_OPEN_DEFAULT, sizeof(*files->fd), GFP_KERNEL);
	if (!files->fd) {
		kfree(files);
		return NULL;
	}
	atomic_set(&files->count, 1);
	spin_lock_init(&files->file_lock);
	files->max_fds = NR_OPEN_DEFAULT;
	return files;
}

/**
 * put_files_struct() - drop a user of an fd table; the last closes all
 * @files: the table (may be NULL)
 *
 * Context: process.
 */
void put_files_struct(struct files_struct *files)
{
	unsigned int fd;

	if (!files || !atomic_dec_and_test(&files->count))
		return;
	for (fd = 0; fd < files->max_fds; fd++)
		if (!IS_ERR_OR_NULL(files->fd[fd]))
			fput(files->fd[fd]);
	kfree(files->fd);
	kfree(files);
}

/* current's fd table; a task that never had one gets an empty one. */
static struct files_struct *current_files(void)
{
	struct files_struct *files = current->files;

	if (files)
		return files;
	files = files_alloc();
	if (!files)
		return NULL;
	task_lock(current);
	if (!current->files) {
		current->files = files;
		files = NULL;
	}
	task_unlock(current);
	put_files_struct(files);
	return current->files;
}

static struct files_struct *dup_fd(struct files_struct *old)
{
	struct files_struct *files = files_alloc();
	struct file **fds = NULL;
	unsigned int max, fd;

	if (!files)
		return NULL;
	/* size the copy outside the lock, then re-check under it */
	for (;;) {
		max = READ_ONCE(old->max_fds);
		if (max > files->max_fds) {
			fds = kcalloc(max, sizeof(*fds), GFP_KERNEL);
			if (!fds) {
				put_files_struct(files);
				return NULL;
			}
			kfree(files->fd);
			files->fd = fds;
			files->max_fds = max;
		}
		spin_lock(&old->file_lock);
		if (old->max_fds <= files->max_fds)
			break;
		spin_unlock(&old->file_lock);
	}
	for (fd = 0; fd < old->max_fds; fd++)
		if (!IS_ERR_OR_NULL(old->fd[fd]))
			files->fd[fd] = get_file(old->fd[fd]);
	spin_unlock(&old->file_lock);
	return files;
}

/**
 * copy_files() - fork: share or copy current's fd table for @tsk
 * @clone_flags: CLONE_FILES shares it
 * @tsk: the new task
 *
 * Context: process (current is the parent).
 * Return: 0 or -ENOMEM (tsk->files left as found).
 */
int copy_files(unsigned long clone_flags, struct task_struct *tsk)
{
	struct files_struct *old = current->files;
	struct files_struct *files;

	if (!old)
		return 0;	/* it gets an empty table on first use */
	if (clone_flags & CLONE_FILES) {
		atomic_inc(&old->count);
		tsk->files = old;
		return 0;
	}
	files = dup_fd(old);
	if (!files)
		return -ENOMEM;
	tsk->files = files;
	return 0;
}

/**
 * exit_files() - drop @tsk's fd table
 * @tsk: the exiting task
 *
 * Context: process.
 */
void exit_files(struct task_struct *tsk)
{
	struct files_struct *files;

	task_lock(tsk);
	files = tsk->files;
	tsk->files = NULL;
	task_unlock(tsk);
	put_files_struct(files);
}

/**
 * get_unused_fd_flags() - reserve the lowest free descriptor
 * @flags: open flags (unused)
 *
 * The slot is reserved with a placeholder until fd_install() or
 * put_unused_fd().
 *
 * Context: process.
 * Return: the fd, -EMFILE or -ENOMEM.
 */
int get_unused_fd_flags(unsigned int flags)
{
	struct files_struct *files = current_files();
	struct file **bigger;
	unsigned int fd, max;

	if (!files)
		return -ENOMEM;
	for (;;) {
		spin_lock(&files->file_lock);
		for (fd = 0; fd < files->max_fds; fd++) {
			if (!files->fd[fd]) {
				files->fd[fd] = ERR_PTR(-EBADF);
				spin_unlock(&files->file_lock);
				return fd;
			}
		}
		max = files->max_fds;
		spin_unlock(&files->file_lock);
		if (max >= NR_OPEN_MAX)
			return -EMFILE;
		bigger = kcalloc(max * 2, sizeof(*bigger), GFP_KERNEL);
		if (!bigger)
			return -ENOMEM;
		spin_lock(&files->file_lock);
		if (files->max_fds == max) {
			memcpy(bigger, files->fd, max * sizeof(*bigger));
			swap(bigger, files->fd);
			files->max_fds = max * 2;
		}
		spin_unlock(&files->file_lock);
		kfree(bigger);
	}
}

/**
 * put_unused_fd() - give back a reserved descriptor
 * @fd: what get_unused_fd_flags() returned
 *
 * Context: process.
 */
void put_unused_fd(unsigned int fd)
{
	struct files_struct *files = current->files;

	spin_lock(&files->file_lock);
	files->fd[fd] = NULL;
	spin_unlock(&files->file_lock);
}

/**
 * fd_install() - publish @file at the reserved @fd
 * @fd: what get_unused_fd_flags() returned
 * @file: the file; the table takes over the caller's reference
 *
 * Context: process.
 */
void fd_install(unsigned int fd, struct file *file)
{
	struct files_struct *files = current->files;

	spin_lock(&files->file_lock);
	files->fd[fd] = file;
	spin_unlock(&files->file_lock);
}

/**
 * fget() - the open file behind one of current's descriptors
 * @fd: the descriptor
 *
 * Context: process.
 * Return: the file with a reference, or NULL.
 */
struct file *fget(unsigned int fd)
{
	struct files_struct *files = current->files;
	struct file *file = NULL;

	if (!files)
		return NULL;
	spin_lock(&files->file_lock);
	if (fd < files->max_fds && !IS_ERR_OR_NULL(files->fd[fd]))
		file = get_file(files->fd[fd]);
	spin_unlock(&files->file_lock);
	return file;
}

/**
 * close_fd() - close one of current's descriptors
 * @fd: the descriptor
 *
 * Context: process.
 * Return: 0 or -EBADF.
 */
int close_fd(unsigned int fd)
{
	struct files_struct *files = current->files;
	struct file *file = NULL;

	if (!files)
		return -EBADF;
	spin_lock(&files->file_lock);
	if (fd < files->max_fds && !IS_ERR_OR_NULL(files->fd[fd])) {
		file = files->fd[fd];
		files->fd[fd] = NULL;
	}
	spin_unlock(&files->file_lock);
	if (!file)
		return -EBADF;
	fput(file);
	return 0;
}

/* ---------------------------------------------------------------- */
/* fs_struct: root, cwd, umask */

static struct fs_struct *fs_alloc(void)
{
	struct fs_struct *fs = kzalloc(sizeof(*fs), GFP_KERNEL);

	if (!fs)
		return NULL;
	atomic_set(&fs->users, 1);
	spin_lock_init(&fs->lock);
	fs->umask = 0022;
	return fs;
}

static void put_fs_struct(struct fs_struct *fs)
{
	if (!fs || !atomic_dec_and_test(&fs->users))
		return;
	if (fs->root.mnt)
		path_put(&fs->root);
	if (fs->pwd.mnt)
		path_put(&fs->pwd);
	kfree(fs);
}

/**
 * get_fs_root() - a task's root, with references
 * @fs: the task's fs_struct
 * @root: output (the global root when @fs has none)
 *
 * Context: process.
 */
void get_fs_root(struct fs_struct *fs, struct path *root)
{
	spin_lock(&fs->lock);
	*root = fs->root;
	if (root->mnt)
		path_get(root);
	spin_unlock(&fs->lock);
	if (!root->mnt)
		get_root_path(root);
}

/**
 * get_fs_pwd() - a task's working directory, with references
 * @fs: the task's fs_struct
 * @pwd: output (the global root when @fs has none)
 *
 * Context: process.
 */
void get_fs_pwd(struct fs_struct *fs, struct path *pwd)
{
	spin_lock(&fs->lock);
	*pwd = fs->pwd;
	if (pwd->mnt)
		path_get(pwd);
	spin_unlock(&fs->lock);
	if (!pwd->mnt)
		get_root_path(pwd);
}

/**
 * current_umask() - the calling task's umask
 *
 * Context: process.
 * Return: the umask (022 for tasks without an fs_struct).
 */
int current_umask(void)
{
	struct fs_struct *fs = current->fs;

	/* partner: WRITE_ONCE() in a future umask(2) */
	return fs ? READ_ONCE(fs->umask) : 0022;
}

/**
 * copy_fs() - fork: share or copy current's root/cwd for @tsk
 * @clone_flags: CLONE_FS shares it
 * @tsk: the new task
 *
 * Context: process (current is the parent).
 * Return: 0 or -ENOMEM.
 */
int copy_fs(unsigned long clone_flags, struct task_struct *tsk)
{
	struct fs_struct *old = current->fs;
	struct fs_struct *fs;

	if (old && (clone_flags & CLONE_FS)) {
		atomic_inc(&old->users);
		tsk->fs = old;
		return 0;
	}
	fs = fs_alloc();
	if (!fs)
		return -ENOMEM;
	if (old) {
		spin_lock(&old->lock);
		fs->umask = old->umask;
		fs->root = old->root;
		fs->pwd = old->pwd;
		if (fs->root.mnt)
			path_get(&fs->root);
		if (fs->pwd.mnt)
			path_get(&fs->pwd);
		spin_unlock(&old->lock);
	}
	tsk->fs = fs;
	return 0;
}

/**
 * exit_fs() - drop @tsk's root/cwd
 * @tsk: the exiting task
 *
 * Context: process.
 */
void exit_fs(struct task_struct *tsk)
{
	struct fs_struct *fs;

	task_lock(tsk);
	fs = tsk->fs;
	tsk->fs = NULL;
	task_unlock(tsk);
	put_fs_struct(fs);
}

/**
 * ksys_chdir() - chdir(2)
 * @filename: the new working directory
 *
 * Context: process.
 * Return: 0 or -errno (-ENOENT, -ENOTDIR, -EACCES, -ENOMEM).
 */
long ksys_chdir(const char *filename)
{
	struct fs_struct *fs = current->fs;
	struct path path, old;
	long ret;

	if (!fs) {
		fs = fs_alloc();
		if (!fs)
			return -ENOMEM;
		task_lock(current);
		if (!current->fs)
			swap(current->fs, fs);
		task_unlock(current);
		put_fs_struct(fs);
		fs = current->fs;
	}
	ret = user_path((const char __force __user *)filename,
			LOOKUP_FOLLOW | LOOKUP_DIRECTORY, &path);
	if (ret)
		return ret;
	ret = inode_permission(path.dentry->d_inode, MAY_EXEC);
	if (ret) {
		path_put(&path);
		return ret;
	}
	spin_lock(&fs->lock);
	old = fs->pwd;
	fs->pwd = path;
	spin_unlock(&fs->lock);
	if (old.mnt)
		path_put(&old);
	return 0;
}
