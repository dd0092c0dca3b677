// SPDX-License-Identifier: GPL-2.0
/*
 * generic.c - the static part of /proc: a tree of struct
 * proc_dir_entry made by proc_mkdir()/proc_create*(), and the inodes,
 * lookups and listings that present it.
 *
 * Locks taken and their ordering: proc_subdir_lock (a leaf spinlock)
 * protects every entry's subdir/sibling links.
 */
#include <linux/fs.h>
#include <linux/err.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>

#include "internal.h"

/* proc_subdir_lock protects the subdir and sibling lists of all entries. */
DEFINE_SPINLOCK(proc_subdir_lock);

struct proc_dir_entry proc_root = {
	.name		= "/proc",
	.mode		= S_IFDIR | 0555,
	.count		= ATOMIC_INIT(1),
	.subdir		= LIST_HEAD_INIT(proc_root.subdir),
	.sibling	= LIST_HEAD_INIT(proc_root.sibling),
};

/**
 * pde_put() - drop a reference on an entry; the last one frees it
 * @pde: the entry
 *
 * Context: any.
 */
void pde_put(struct proc_dir_entry *pde)
{
	if (atomic_dec_and_test(&pde->count) && pde != &proc_root)
		kfree(pde);
}

static struct proc_dir_entry *pde_alloc(const char *name, umode_t mode,
					struct proc_dir_entry *parent)
{
	size_t len = strlen(name);
	struct proc_dir_entry *pde;

	if (!len || len > NAME_MAX_PROC || strchr(name, '/'))
		return NULL;
	pde = kzalloc(sizeof(*pde) + len + 1, GFP_KERNEL);
	if (!pde)
		return NULL;
	memcpy(pde + 1, name, len + 1);
	pde->name = (const char *)(pde + 1);
	pde->mode = mode;
	atomic_set(&pde->count, 1);
	INIT_LIST_HEAD(&pde->subdir);
	INIT_LIST_HEAD(&pde->sibling);
	pde->parent = parent ? parent : &proc_root;
	return pde;
}

static struct proc_dir_entry *__pde_find(struct proc_dir_entry *dir,
					 const char *name, unsigned int len)
	__must_hold(&proc_subdir_lock)
{
	struct proc_dir_entry *pde;

	lockdep_assert_held(&proc_subdir_lock);
	list_for_each_entry(pde, &dir->subdir, sibling)
		if (strlen(pde->name) == len && !memcmp(pde->name, name, len))
			return pde;
	return NULL;
}

static struct proc_dir_entry *pde_register(struct proc_dir_entry *pde)
{
	struct proc_dir_entry *parent = pde->parent;

	spin_lock(&proc_subdir_lock);
	if (__pde_find(parent, pde->name, strlen(pde->name))) {
		spin_unlock(&proc_subdir_lock);
		kfree(pde);
		return NULL;
	}
	list_add_tail(&pde->sibling, &parent->subdir);
	spin_unlock(&proc_subdir_lock);
	return pde;
}

/**
 * proc_mkdir() - make a directory in /proc
 * @name: its name
 * @parent: the directory it goes in (NULL: /proc)
 *
 * Context: process.
 * Return: the entry, or NULL (no memory, name taken).
 */
struct proc_dir_entry *proc_mkdir(const char *name,
				  struct proc_dir_entry *parent)
{
	struct proc_dir_entry *pde = pde_alloc(name, S_IFDIR | 0555, parent);

	return pde ? pde_register(pde) : NULL;
}

/**
 * proc_create_data() - make a file in /proc with its own file operations
 * @name: its name
 * @mode: permission bits
 * @parent: the directory (NULL: /proc)
 * @fops: the file's operations
 * @data: PDE_DATA(inode) for the operations
 *
 * Context: process.
 * Return: the entry or NULL.
 */
struct proc_dir_entry *proc_create_data(const char *name, umode_t mode,
					struct proc_dir_entry *parent,
					const struct file_operations *fops,
					void *data)
{
	struct proc_dir_entry *pde;

	pde = pde_alloc(name, S_IFREG | (mode & S_IALLUGO ? mode & S_IALLUGO :
					 0444), parent);
	if (!pde)
		return NULL;
	pde->proc_fops = fops;
	pde->data = data;
	return pde_register(pde);
}

/**
 * proc_create() - proc_create_data() without data
 * @name: its name
 * @mode: permission bits
 * @parent: the directory (NULL: /proc)
 * @fops: the file's operations
 *
 * Context: process.
 * Return: the entry or NULL.
 */
struct proc_dir_entry *proc_create(const char *name, umode_t mode,
				   struct proc_dir_entry *parent,
				   const struct file_operations *fops)
{
	return proc_create_data(name, mode, parent, fops, NULL);
}

static int proc_single_open(struct inode *inode, struct file *file)
{
	struct proc_dir_entry *pde = PROC_I(inode)->pde;

	return single_open(file, pde->show, pde->data);
}

static const struct file_operations proc_single_fops = {
	.open		= proc_single_open,
	.read		= seq_read,
	.llseek		= seq_lseek,
	.release	= single_release,
};

/**
 * proc_create_single() - make a read-only file printed by @show
 * @name: its name
 * @mode: permission bits
 * @parent: the directory (NULL: /proc)
 * @show: prints the whole file (m->private is NULL)
 *
 * Context: process.
 * Return: the entry or NULL.
 */
struct proc_dir_entry *proc_create_single(const char *name, umode_t mode,
					  struct proc_dir_entry *parent,
					  int (*show)(struct seq_file *m, void *v))
{
	struct proc_dir_entry *pde;

	pde = pde_alloc(name, S_IFREG | (mode & S_IALLUGO ? mode & S_IALLUGO :
					 0444), parent);
	if (!pde)
		return NULL;
	pde->proc_fops = &proc_single_fops;
	pde->show = show;
	return pde_register(pde);
}

/**
 * remove_proc_entry() - remove an entry (and hide it from new lookups)
 * @name: its name
 * @parent: the directory (NULL: /proc)
 *
 * Open files and cached dentries keep the entry's memory until they go.
 *
 * Context: process.
 */
void remove_proc_entry(const char *name, struct proc_dir_entry *parent)
{
	struct proc_dir_entry *pde;

	if (!parent)
		parent = &proc_root;
	spin_lock(&proc_subdir_lock);
	pde = __pde_find(parent, name, strlen(name));
	if (pde)
		list_del_init(&pde->sibling);
	spin_unlock(&proc_subdir_lock);
	if (pde)
		pde_put(pde);
}

/**
 * PDE_DATA() - the data given to proc_create_data()
 * @inode: the inode of a /proc file
 *
 * Context: any.
 * Return: the data.
 */
void *PDE_DATA(const struct inode *inode)
{
	struct proc_inode_info *info = PROC_I(inode);

	return info && info->pde ? info->pde->data : NULL;
}

/**
 * proc_alloc_info() - a zeroed inode info of @kind
 * @kind: what the inode is
 *
 * Context: process.
 * Return: the info or NULL.
 */
struct proc_inode_info *proc_alloc_info(enum proc_inode_kind kind)
{
	struct proc_inode_info *info = kzalloc(sizeof(*info), GFP_KERNEL);

	if (info)
		info->kind = kind;
	return info;
}

static struct dentry *proc_lookup(struct inode *dir, struct dentry *dentry,
				  unsigned int flags)
{
	return proc_lookup_de(PROC_I(dir)->pde, dir, dentry);
}

static int proc_readdir(struct file *file, struct dir_context *ctx)
{
	return proc_readdir_de(PROC_I(file_inode(file))->pde, file, ctx, 2);
}

static const struct inode_operations proc_dir_inode_operations = {
	.lookup		= proc_lookup,
};

static const struct file_operations proc_dir_operations = {
	.iterate	= proc_readdir,
};

/**
 * proc_get_inode() - an inode presenting @pde
 * @sb: the proc super block
 * @pde: the entry; the inode takes a reference
 *
 * Context: process.
 * Return: the inode or NULL.
 */
struct inode *proc_get_inode(struct super_block *sb,
			     struct proc_dir_entry *pde)
{
	struct proc_inode_info *info = proc_alloc_info(PROC_PDE);
	struct inode *inode;

	if (!info)
		return NULL;
	if (S_ISDIR(pde->mode))
		inode = simple_new_inode(sb, pde->mode,
					 &proc_dir_inode_operations,
					 &proc_dir_operations, info);
	else
		inode = simple_new_inode(sb, pde->mode, NULL, pde->proc_fops,
					 info);
	if (!inode) {
		kfree(info);
		return NULL;
	}
	inode->i_uid = 0;
	inode->i_gid = 0;
	atomic_inc(&pde->count);
	info->pde = pde;
	return inode;
}

/**
 * proc_lookup_de() - i_op->lookup among @dir's static entries
 * @dir: the entry of the directory
 * @dir_inode: its inode
 * @dentry: the negative dentry to fill
 *
 * Context: process; holds @dir_inode's i_mutex.
 * Return: NULL (found or not: @dentry says) or ERR_PTR(-ENOMEM).
 */
struct dentry *proc_lookup_de(struct proc_dir_entry *dir,
			      struct inode *dir_inode, struct dentry *dentry)
{
	struct proc_dir_entry *pde;
	struct inode *inode;

	spin_lock(&proc_subdir_lock);
	pde = __pde_find(dir, dentry->d_name.name, dentry->d_name.len);
	if (pde)
		atomic_inc(&pde->count);
	spin_unlock(&proc_subdir_lock);
	if (!pde)
		return NULL;
	inode = proc_get_inode(dir_inode->i_sb, pde);
	pde_put(pde);
	if (!inode)
		return ERR_PTR(-ENOMEM);
	d_add(dentry, inode);
	return NULL;
}

/**
 * proc_count_subdirs() - how many static entries @dir has
 * @dir: the directory entry
 *
 * Context: any.
 * Return: the count.
 */
int proc_count_subdirs(struct proc_dir_entry *dir)
{
	struct proc_dir_entry *pde;
	int n = 0;

	spin_lock(&proc_subdir_lock);
	list_for_each_entry(pde, &dir->subdir, sibling)
		n++;
	spin_unlock(&proc_subdir_lock);
	return n;
}

/**
 * proc_readdir_de() - list @dir's static entries
 * @dir: the directory entry
 * @file: the open directory
 * @ctx: the listing; positions @first.. are the entries ("." and ".."
 *	come first when @first is 2)
 * @first: position of the first entry
 *
 * Context: process.
 * Return: 0.
 */
int proc_readdir_de(struct proc_dir_entry *dir, struct file *file,
		    struct dir_context *ctx, loff_t first)
{
	char name[NAME_MAX_PROC + 1];

	if (first == 2 && ctx->pos < 2) {
		if (ctx->pos == 0) {
			if (!dir_emit(ctx, ".", 1, 1, DT_DIR))
				return 0;
			ctx->pos++;
		}
		if (!dir_emit(ctx, "..", 2, 1, DT_DIR))
			return 0;
		ctx->pos++;
	}
	for (;;) {
		struct proc_dir_entry *pde;
		loff_t n = ctx->pos - first;
		unsigned int type = DT_UNKNOWN;
		bool found = false;

		spin_lock(&proc_subdir_lock);
		list_for_each_entry(pde, &dir->subdir, sibling) {
			if (n-- == 0) {
				strscpy(name, pde->name, sizeof(name));
				type = S_ISDIR(pde->mode) ? DT_DIR : DT_REG;
				found = true;
				break;
			}
		}
		spin_unlock(&proc_subdir_lock);
		if (!found)
			return 0;
		if (!dir_emit(ctx, name, strlen(name), 1, type))
			return 0;
		ctx->pos++;
	}
}
