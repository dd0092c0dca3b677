// SPDX-License-Identifier: GPL-2.0
/*
 * super.c - file system types and super blocks.
 *
 * Locks taken and their ordering:
 *   file_systems_lock and sb_lock are leaf spinlocks.  ->kill_sb and
 *   ->fill_super run with no VFS spinlock held.
 */
#include <linux/fs.h>
#include <linux/err.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/bitops.h>
#include <linux/bitmap.h>
#include <linux/kdev_t.h>

#include "internal.h"

/* file_systems_lock protects the file_systems list (->next links). */
static DEFINE_SPINLOCK(file_systems_lock);
static struct file_system_type *file_systems;

/*
 * sb_lock protects every type's fs_supers list (sb->s_instances) and
 * the anonymous device minors in use (unnamed_dev_map).
 */
static DEFINE_SPINLOCK(sb_lock);

/*
 * Every super block here is of an in-memory file system and gets an
 * anonymous device 0:N, the lowest free N >= 1, as 2.6.38's
 * set_anon_super() gave (minor 0 went to its internal sysfs mount);
 * out of minors, a new super block is -EMFILE.
 */
#define UNNAMED_DEV_MINORS	4096
static unsigned long unnamed_dev_map[BITS_TO_LONGS(UNNAMED_DEV_MINORS)];

static int alloc_unnamed_dev(dev_t *dev)
	__must_hold(&sb_lock)
{
	unsigned long minor;

	lockdep_assert_held(&sb_lock);
	minor = find_next_zero_bit(unnamed_dev_map, UNNAMED_DEV_MINORS, 1);
	if (minor >= UNNAMED_DEV_MINORS)
		return -EMFILE;
	__set_bit(minor, unnamed_dev_map);
	*dev = MKDEV(0, minor);
	return 0;
}

static void free_unnamed_dev(dev_t dev)
{
	spin_lock(&sb_lock);
	__clear_bit(MINOR(dev), unnamed_dev_map);
	spin_unlock(&sb_lock);
}

static struct file_system_type **find_filesystem(const char *name)
	__must_hold(&file_systems_lock)
{
	struct file_system_type **p;

	lockdep_assert_held(&file_systems_lock);
	for (p = &file_systems; *p; p = &(*p)->next)
		if (!strcmp((*p)->name, name))
			break;
	return p;
}

/**
 * register_filesystem() - make a file system type mountable
 * @fs: the type; must stay valid until unregistered
 *
 * Context: process.
 * Return: 0, or -EBUSY when a type of that name is registered.
 */
int register_filesystem(struct file_system_type *fs)
{
	struct file_system_type **p;
	int ret = 0;

	if (WARN_ON_ONCE(fs->next))
		return -EBUSY;
	INIT_LIST_HEAD(&fs->fs_supers);
	spin_lock(&file_systems_lock);
	p = find_filesystem(fs->name);
	if (*p)
		ret = -EBUSY;
	else
		*p = fs;
	spin_unlock(&file_systems_lock);
	return ret;
}

/**
 * unregister_filesystem() - undo register_filesystem()
 * @fs: the type; it must have no super blocks left
 *
 * Context: process.
 * Return: 0 or -EINVAL if it was not registered.
 */
int unregister_filesystem(struct file_system_type *fs)
{
	struct file_system_type **p;

	spin_lock(&file_systems_lock);
	for (p = &file_systems; *p; p = &(*p)->next) {
		if (*p == fs) {
			*p = fs->next;
			fs->next = NULL;
			spin_unlock(&file_systems_lock);
			return 0;
		}
	}
	spin_unlock(&file_systems_lock);
	return -EINVAL;
}

/**
 * get_fs_type() - find a registered file system type by name
 * @name: the name given to mount -t
 *
 * Types are never freed while registered, and this tree never
 * unregisters a type that has mounts.
 *
 * Context: any.
 * Return: the type or NULL.
 */
struct file_system_type *get_fs_type(const char *name)
{
	struct file_system_type *fs;

	spin_lock(&file_systems_lock);
	fs = *find_filesystem(name);
	spin_unlock(&file_systems_lock);
	return fs;
}

/**
 * sget() - find or make a super block
 * @type: the file system type
 * @test: returns nonzero when an existing super block matches @data
 *	(NULL: always make a new one)
 * @set: initialises a new super block from @data (s_fs_info); runs under
 *	a spinlock, so it must not sleep
 * @flags: MS_* flags
 * @data: the caller's key
 *
 * A found super block comes with a new s_active reference.  A new one has
 * s_root == NULL and s_active 1; the caller fills it in (or calls
 * deactivate_super() to give up).
 *
 * Context: process.
 * Return: the super block or an ERR_PTR.
 */
struct super_block *sget(struct file_system_type *type,
			 int (*test)(struct super_block *sb, void *data),
			 int (*set)(struct super_block *sb, void *data),
			 int flags, void *data)
{
	struct super_block *sb, *old;
	int ret = 0;

	sb = kzalloc(sizeof(*sb), GFP_KERNEL);
	if (!sb)
		return ERR_PTR(-ENOMEM);
	sb->s_type = type;
	sb->s_flags = flags;
	atomic_set(&sb->s_active, 1);
	INIT_LIST_HEAD(&sb->s_instances);
	mutex_init(&sb->s_vfs_rename_mutex);

	spin_lock(&sb_lock);
	if (test) {
		list_for_each_entry(old, &type->fs_supers, s_instances) {
			if (test(old, data) &&
			    atomic_inc_not_zero(&old->s_active)) {
				spin_unlock(&sb_lock);
				kfree(sb);
				return old;
			}
		}
	}
	if (set)
		ret = set(sb, data);
	if (!ret)
		ret = alloc_unnamed_dev(&sb->s_dev);
	if (!ret)
		list_add_tail(&sb->s_instances, &type->fs_supers);
	spin_unlock(&sb_lock);
	if (ret) {
		kfree(sb);
		return ERR_PTR(ret);
	}
	return sb;
}

/**
 * generic_shutdown_super() - remove a super block's tree and free it
 * @sb: the super block, no longer mounted anywhere
 *
 * Context: process.
 */
void generic_shutdown_super(struct super_block *sb)
{
	struct dentry *root = sb->s_root;

	if (root) {
		sb->s_root = NULL;
		d_genocide(root);
		dput(root);
	}
	if (sb->s_op && sb->s_op->put_super)
		sb->s_op->put_super(sb);
	free_unnamed_dev(sb->s_dev);
	kfree(sb);
}

/**
 * kill_litter_super() - ->kill_sb of an in-memory file system
 * @sb: the super block
 *
 * Context: process.
 */
void kill_litter_super(struct super_block *sb)
{
	generic_shutdown_super(sb);
}

/**
 * deactivate_super() - drop an active reference; the last one kills @sb
 * @sb: the super block
 *
 * Context: process.
 */
void deactivate_super(struct super_block *sb)
{
	if (!atomic_dec_and_test(&sb->s_active))
		return;
	spin_lock(&sb_lock);
	list_del_init(&sb->s_instances);
	spin_unlock(&sb_lock);
	if (sb->s_type->kill_sb)
		sb->s_type->kill_sb(sb);
	else
		kill_litter_super(sb);
}

/**
 * mount_nodev() - ->mount for a file system with a new instance per mount
 * @fs_type: the type
 * @flags: MS_* flags
 * @data: option string, passed to @fill_super
 * @fill_super: sets sb->s_root (and s_op, s_fs_info)
 *
 * Context: process.
 * Return: the root dentry with a reference, or an ERR_PTR.
 */
struct dentry *mount_nodev(struct file_system_type *fs_type, int flags,
			   void *data,
			   int (*fill_super)(struct super_block *sb,
					     void *data, int silent))
{
	struct super_block *sb = sget(fs_type, NULL, NULL, flags, NULL);
	int ret;

	if (IS_ERR(sb))
		return ERR_CAST(sb);
	ret = fill_super(sb, data, 0);
	if (!ret && !sb->s_root)
		ret = -ENOMEM;
	if (ret) {
		deactivate_super(sb);
		return ERR_PTR(ret);
	}
	return dget(sb->s_root);
}
