// SPDX-License-Identifier: GPL-2.0
/*
 * root.c - the proc file system type and the /proc directory:
 * static entries, "self", and one directory per process.
 *
 * /proc has one super block, shared by every mount of "proc".  Its
 * dentries are not pinned: they are made by lookups and leave the tree
 * when unused, so a process that is gone disappears from /proc.
 *
 * Locks taken and their ordering: see generic.c and base.c.
 */
#include <linux/fs.h>
#include <linux/magic.h>
#include <linux/err.h>
#include <linux/init.h>
#include <linux/proc_fs.h>
#include <linux/slab.h>
#include <linux/string.h>

#include "internal.h"

static void proc_evict_inode(struct inode *inode)
{
	struct proc_inode_info *info = PROC_I(inode);

	if (!info)
		return;
	if (info->pde)
		pde_put(info->pde);
	kfree(info);
}

static const struct super_operations proc_sops = {
	.evict_inode	= proc_evict_inode,
	.statfs		= simple_statfs,
};

static struct dentry *proc_root_lookup(struct inode *dir,
				       struct dentry *dentry,
				       unsigned int flags)
{
	struct dentry *ret = proc_lookup_de(&proc_root, dir, dentry);

	if (ret || dentry->d_inode)
		return ret;
	return proc_pid_lookup(dir, dentry);
}

static int proc_root_readdir(struct file *file, struct dir_context *ctx)
{
	loff_t nr_static = proc_count_subdirs(&proc_root);
	int ret;

	if (ctx->pos < 2 + nr_static) {
		ret = proc_readdir_de(&proc_root, file, ctx, 2);
		if (ret)
			return ret;
		if (ctx->pos < 2 + nr_static)
			return 0;	/* the buffer is full */
	}
	return proc_pid_readdir(file, ctx, 2 + nr_static);
}

static const struct inode_operations proc_root_inode_operations = {
	.lookup		= proc_root_lookup,
};

static const struct file_operations proc_root_operations = {
	.iterate	= proc_root_readdir,
};

static int proc_test_super(struct super_block *sb, void *data)
{
	return 1;	/* one instance for every mount */
}

static int proc_fill_super(struct super_block *sb)
{
	struct proc_inode_info *info = proc_alloc_info(PROC_PDE);
	struct inode *root;

	if (!info)
		return -ENOMEM;
	sb->s_op = &proc_sops;
	sb->s_magic = PROC_SUPER_MAGIC;
	root = simple_new_inode(sb, S_IFDIR | 0555,
				&proc_root_inode_operations,
				&proc_root_operations, info);
	if (!root) {
		kfree(info);
		return -ENOMEM;
	}
	root->i_uid = 0;
	root->i_gid = 0;
	atomic_inc(&proc_root.count);
	info->pde = &proc_root;
	sb->s_root = d_make_root(root);
	return sb->s_root ? 0 : -ENOMEM;
}

static struct dentry *proc_mount(struct file_system_type *fs_type,
				 int flags, const char *dev_name, void *data)
{
	struct super_block *sb;
	int ret;

	sb = sget(fs_type, proc_test_super, NULL, flags, NULL);
	if (IS_ERR(sb))
		return ERR_CAST(sb);
	if (!sb->s_root) {
		ret = proc_fill_super(sb);
		if (ret) {
			deactivate_super(sb);
			return ERR_PTR(ret);
		}
	}
	return dget(sb->s_root);
}

static struct file_system_type proc_fs_type = {
	.name		= "proc",
	.mount		= proc_mount,
	.kill_sb	= kill_litter_super,
};

/**
 * proc_root_init() - register procfs and make its static entries
 *
 * Context: boot (mnt_init(), before /proc is mounted).
 */
void __init proc_root_init(void)
{
	if (register_filesystem(&proc_fs_type))
		pr_err("proc: cannot register the file system\n");
	proc_sys_init();
}
