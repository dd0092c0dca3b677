// SPDX-License-Identifier: GPL-2.0
/*
 * namespace.c - the mount tree: mount(2), umount(2), and the root file
 * system made at boot (/dev, /proc with procfs mounted, /sys/fs/cgroup,
 * /tmp).
 *
 * There is one mount name space.  Each mount is a struct vfsmount on
 * mount_list; path walks cross into a mount with lookup_mnt() and out of
 * it through mnt_parent/mnt_mountpoint.
 *
 * Locks taken and their ordering:
 *   the mount point's i_mutex (mount) -> namespace_sem (write: mount,
 *   umount) -> mount_lock -> dcache_lock.
 *   ->mount and ->kill_sb of a file system run with neither spinlock held
 *   (->mount without namespace_sem too).
 */
#include <linux/fs.h>
#include <linux/mount.h>
#include <linux/namei.h>
#include <linux/capability.h>
#include <linux/err.h>
#include <linux/init.h>
#include <linux/proc_fs.h>
#include <linux/rwsem.h>
#include <linux/seq_file.h>
#include <linux/sched.h>
#include <linux/kdev_t.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#include "internal.h"

/* namespace_sem serialises changes of the mount tree (mount, umount). */
DECLARE_RWSEM(namespace_sem);

/*
 * mount_lock protects mount_list, every mount's mnt_parent/mnt_mountpoint
 * and dentries' d_mounted; umount's busy check and lookup_mnt()'s mntget()
 * are atomic with respect to each other under it.
 */
DEFINE_SPINLOCK(mount_lock);
static LIST_HEAD(mount_list);

/* The last mount id handed out: the root mount is 1 (the first made). */
static atomic_t mnt_id_next = ATOMIC_INIT(0);

/* The root mount; set once at boot, never unmounted. */
static struct vfsmount *root_mnt;

/**
 * mntget() - take a reference on a mount
 * @mnt: the mount (may be NULL); the caller holds a reference
 *
 * Context: any.
 * Return: @mnt.
 */
struct vfsmount *mntget(struct vfsmount *mnt)
{
	if (mnt)
		atomic_inc(&mnt->mnt_count);
	return mnt;
}

/**
 * mntput() - drop a reference on a mount; the last one (after umount)
 *	releases its root dentry and super block
 * @mnt: the mount (may be NULL)
 *
 * Context: process.
 */
void mntput(struct vfsmount *mnt)
{
	if (!mnt || !atomic_dec_and_test(&mnt->mnt_count))
		return;
	dput(mnt->mnt_root);
	deactivate_super(mnt->mnt_sb);
	kfree(mnt->mnt_opts);
	kfree(mnt->mnt_devname);
	kfree(mnt);
}

/**
 * path_get() - take references on both parts of a path
 * @path: the path
 *
 * Context: any.
 */
void path_get(const struct path *path)
{
	mntget(path->mnt);
	dget(path->dentry);
}

/**
 * path_put() - drop what path_get() took
 * @path: the path
 *
 * Context: process.
 */
void path_put(const struct path *path)
{
	dput(path->dentry);
	mntput(path->mnt);
}

/**
 * get_root_path() - the root of the mount tree
 * @root: output, with references
 *
 * Context: process.
 */
void get_root_path(struct path *root)
{
	root->mnt = root_mnt;
	root->dentry = root_mnt->mnt_root;
	path_get(root);
}

static struct vfsmount *__lookup_mnt(struct vfsmount *mnt,
				     struct dentry *dentry)
	__must_hold(&mount_lock)
{
	struct vfsmount *child;

	lockdep_assert_held(&mount_lock);
	list_for_each_entry(child, &mount_list, mnt_list)
		if (child->mnt_parent == mnt && child != mnt &&
		    child->mnt_mountpoint == dentry)
			return child;
	return NULL;
}

/**
 * lookup_mnt() - the mount sitting on (@mnt, @dentry)
 * @mnt: the parent mount
 * @dentry: the mount point
 *
 * Context: process; takes mount_lock.
 * Return: the mount with a reference, or NULL.
 */
struct vfsmount *lookup_mnt(struct vfsmount *mnt, struct dentry *dentry)
{
	struct vfsmount *child;

	spin_lock(&mount_lock);
	child = mntget(__lookup_mnt(mnt, dentry));
	spin_unlock(&mount_lock);
	return child;
}

static struct vfsmount *alloc_vfsmnt(struct dentry *root, const char *dev,
				     const char *opts)
{
	struct vfsmount *mnt = kzalloc(sizeof(*mnt), GFP_KERNEL);

	if (!mnt)
		return NULL;
	mnt->mnt_devname = kstrdup(dev ? dev : "none", GFP_KERNEL);
	mnt->mnt_opts = kstrdup(opts ? opts : "", GFP_KERNEL);
	if (!mnt->mnt_devname || !mnt->mnt_opts) {
		kfree(mnt->mnt_opts);
		kfree(mnt->mnt_devname);
		kfree(mnt);
		return NULL;
	}
	atomic_set(&mnt->mnt_count, 1);
	mnt->mnt_id = atomic_inc_return(&mnt_id_next);
	mnt->mnt_root = root;
	mnt->mnt_sb = root->d_sb;
	mnt->mnt_parent = mnt;
	mnt->mnt_mountpoint = root;
	INIT_LIST_HEAD(&mnt->mnt_list);
	return mnt;
}

/* Make a mount of @type; the caller attaches it somewhere. */
static struct vfsmount *vfs_kern_mount(struct file_system_type *type,
				       int flags, const char *dev, void *data)
{
	struct vfsmount *mnt;
	struct dentry *root;

	root = type->mount(type, flags, dev, data);
	if (IS_ERR(root))
		return ERR_CAST(root);
	mnt = alloc_vfsmnt(root, dev, data);
	if (!mnt) {
		struct super_block *sb = root->d_sb;

		dput(root);
		deactivate_super(sb);
		return ERR_PTR(-ENOMEM);
	}
	mnt->mnt_flags = flags;
	return mnt;
}

/**
 * kern_mount() - mount a file system for the kernel's own use (not
 *	attached to the tree)
 * @type: the file system type
 *
 * Context: process.
 * Return: the mount or an ERR_PTR.
 */
struct vfsmount *kern_mount(struct file_system_type *type)
{
	return vfs_kern_mount(type, 0, type->name, NULL);
}

/*
 * Graft @mnt onto @path; consumes the caller's reference on @mnt.
 *
 * Under the mount point's i_mutex, which vfs_rmdir() holds from its
 * check that nothing is mounted on the victim to the victim's removal
 * (S_DEAD, then unhashed): a directory is either mounted on first, and
 * rmdir sees it and fails with -EBUSY, or removed first, and the mount
 * sees S_DEAD and fails with -ENOENT, never both done (as Linux's
 * lock_mount() and cant_mount()).
 */
static int graft_tree(struct vfsmount *mnt, const struct path *path)
{
	struct inode *inode = path->dentry->d_inode;
	int ret = 0;

	inode_lock(inode);
	down_write(&namespace_sem);
	spin_lock(&mount_lock);
	if (d_unhashed(path->dentry) || (inode->i_flags & S_DEAD)) {
		ret = -ENOENT;
	} else if (__lookup_mnt(path->mnt, path->dentry)) {
		ret = -EBUSY;
	} else {
		mnt->mnt_parent = mntget(path->mnt);
		mnt->mnt_mountpoint = dget(path->dentry);
		/* partner: READ_ONCE() in the path walk (namei.c) */
		WRITE_ONCE(path->dentry->d_mounted,
			   path->dentry->d_mounted + 1);
		list_add_tail(&mnt->mnt_list, &mount_list);
	}
	spin_unlock(&mount_lock);
	up_write(&namespace_sem);
	inode_unlock(inode);
	if (ret)
		mntput(mnt);
	return ret;
}

static int do_new_mount(const struct path *path, const char *fstype,
			int flags, const char *dev, void *data)
{
	struct file_system_type *type;
	struct vfsmount *mnt;

	if (!fstype)
		return -EINVAL;
	type = get_fs_type(fstype);
	if (!type)
		return -ENODEV;
	if (!d_is_dir(path->dentry))
		return -ENOTDIR;
	mnt = vfs_kern_mount(type, flags, dev, data);
	if (IS_ERR(mnt))
		return PTR_ERR(mnt);
	/* refuse the same file system on the same mount point (2.6.38) */
	if (path->mnt->mnt_sb == mnt->mnt_sb &&
	    path->mnt->mnt_root == path->dentry) {
		mntput(mnt);
		return -EBUSY;
	}
	return graft_tree(mnt, path);
}

/*
 * do_remount() - mount(2) with MS_REMOUNT: hand the new options to the
 * super block of the mount whose root is @path.  Our reference on the
 * mount (from the path walk) keeps the super block alive meanwhile.
 */
static int do_remount(const struct path *path, int flags, char *data)
{
	struct super_block *sb = path->mnt->mnt_sb;

	if (path->dentry != path->mnt->mnt_root)
		return -EINVAL;
	if (!sb->s_op || !sb->s_op->remount_fs)
		return 0;
	return sb->s_op->remount_fs(sb, &flags, data);
}

/**
 * ksys_mount() - mount(2)
 * @dev_name: the device ("none" for pseudo file systems)
 * @dir_name: where to mount
 * @type: the file system type (-t)
 * @flags: MS_* flags; MS_REMOUNT changes the options of the mount at
 *	@dir_name instead (@dev_name and @type are then ignored)
 * @data: the option string (-o), handed to the type's ->mount (or to
 *	its super block's ->remount_fs)
 *
 * Context: process (current's credentials: needs CAP_SYS_ADMIN).
 * Return: 0 or -errno (-EPERM, -ENOENT, -ENOTDIR, -ENODEV, -EBUSY, the
 *	file system's error).
 */
long ksys_mount(const char *dev_name, const char *dir_name,
		const char *type, unsigned long flags, void *data)
{
	char *kdev = NULL, *kdir, *ktype = NULL, *kdata = NULL;
	struct path path;
	long ret;

	if (!capable(CAP_SYS_ADMIN))
		return -EPERM;
	kdir = strndup_user((const char __force __user *)dir_name, PATH_MAX);
	if (IS_ERR(kdir))
		return PTR_ERR(kdir);
	if (dev_name) {
		kdev = strndup_user((const char __force __user *)dev_name,
				    PATH_MAX);
		if (IS_ERR(kdev)) {
			ret = PTR_ERR(kdev);
			kdev = NULL;
			goto out_free;
		}
	}
	if (type) {
		ktype = strndup_user((const char __force __user *)type,
				     PATH_MAX);
		if (IS_ERR(ktype)) {
			ret = PTR_ERR(ktype);
			ktype = NULL;
			goto out_free;
		}
	}
	if (data) {
		kdata = strndup_user((const char __force __user *)data,
				     PATH_MAX);
		if (IS_ERR(kdata)) {
			ret = PTR_ERR(kdata);
			kdata = NULL;
			goto out_free;
		}
	}
	ret = kern_path(kdir, LOOKUP_FOLLOW, &path);
	if (ret)
		goto out_free;
	if (flags & MS_REMOUNT)
		ret = do_remount(&path, flags, kdata);
	else
		ret = do_new_mount(&path, ktype, flags, kdev, kdata);
	path_put(&path);
out_free:
	kfree(kdata);
	kfree(ktype);
	kfree(kdev);
	kfree(kdir);
	return ret;
}

static int do_umount(struct vfsmount *mnt)
{
	struct vfsmount *parent, *child;
	struct dentry *mountpoint;
	int ret = 0;

	if (mnt == root_mnt)
		return -EBUSY;
	down_write(&namespace_sem);
	spin_lock(&mount_lock);
	list_for_each_entry(child, &mount_list, mnt_list) {
		if (child->mnt_parent == mnt && child != mnt) {
			ret = -EBUSY;
			break;
		}
	}
	/* one reference for being mounted, one for the caller's path */
	if (!ret && atomic_read(&mnt->mnt_count) > 2)
		ret = -EBUSY;
	if (!ret && list_empty(&mnt->mnt_list))
		ret = -EINVAL;
	if (!ret) {
		list_del_init(&mnt->mnt_list);
		parent = mnt->mnt_parent;
		mountpoint = mnt->mnt_mountpoint;
		WRITE_ONCE(mountpoint->d_mounted, mountpoint->d_mounted - 1);
		mnt->mnt_parent = mnt;
		mnt->mnt_mountpoint = mnt->mnt_root;
	}
	spin_unlock(&mount_lock);
	up_write(&namespace_sem);
	if (ret)
		return ret;
	dput(mountpoint);
	mntput(parent);
	mntput(mnt);	/* the tree's reference */
	return 0;
}

/**
 * ksys_umount() - umount(2)
 * @name: the mount point
 * @flags: MNT_* (ignored)
 *
 * Context: process (needs CAP_SYS_ADMIN).
 * Return: 0, -EPERM, -ENOENT, -EINVAL (not a mount point), -EBUSY (files
 *	open in it, a working directory in it, or mounts below it).
 */
long ksys_umount(const char *name, int flags)
{
	struct path path;
	long ret;

	if (!capable(CAP_SYS_ADMIN))
		return -EPERM;
	ret = user_path((const char __force __user *)name, LOOKUP_FOLLOW,
			&path);
	if (ret)
		return ret;
	if (path.dentry != path.mnt->mnt_root)
		ret = -EINVAL;
	else
		ret = do_umount(path.mnt);
	path_put(&path);
	return ret;
}

/*
 * The path of @mnt's root from the root mount, in @buf.  The mount tree
 * changes only under namespace_sem held for write (graft_tree(),
 * do_umount()), so holding it for read keeps it still.
 */
static int mnt_path(struct vfsmount *mnt, char *buf, int len)
	__must_hold_shared(&namespace_sem)
{
	char *tmp = buf + len / 2;
	int n, used = 0;

	lockdep_assert_held_read(&namespace_sem);
	buf[0] = '\0';
	/* walk up to the root mount, prepending each mount point's path */
	while (mnt->mnt_parent != mnt) {
		n = d_path_name(mnt->mnt_mountpoint, tmp, len / 2);
		if (n < 0 || used + n >= len / 2)
			return -ENAMETOOLONG;
		if (n == 1)	/* "/": the parent's root itself */
			n = 0;
		memmove(buf + n, buf, used + 1);
		memcpy(buf, tmp, n);
		used += n;
		mnt = mnt->mnt_parent;
	}
	if (!used) {
		buf[0] = '/';
		buf[1] = '\0';
		used = 1;
	}
	return used;
}

/* The mount's per-mount flags, as 2.6.38's show_mnt_opts(). */
static void show_mnt_opts(struct seq_file *m, const struct vfsmount *mnt)
{
	if (mnt->mnt_flags & MS_NOSUID)
		seq_puts(m, ",nosuid");
	if (mnt->mnt_flags & MS_NODEV)
		seq_puts(m, ",nodev");
	if (mnt->mnt_flags & MS_NOEXEC)
		seq_puts(m, ",noexec");
}

/*
 * The super block's options: its ->show_options (cgroupfs prints its
 * hierarchy's), else the option string this mount was given (2.6.38's
 * generic_show_options(), which ramfs used).
 */
static int show_sb_options(struct seq_file *m, struct vfsmount *mnt)
{
	const struct super_operations *sop = mnt->mnt_sb->s_op;

	if (sop && sop->show_options)
		return sop->show_options(m, mnt);
	if (*mnt->mnt_opts) {
		seq_putc(m, ',');
		seq_escape(m, mnt->mnt_opts, " \t\n\\");
	}
	return 0;
}

/*
 * One line per mount of @m's file: /proc/mounts and /proc/<pid>/mounts
 * ("device mountpoint type rw|ro[,flags][,options] 0 0", 2.6.38's
 * show_vfsmnt()) or /proc/<pid>/mountinfo (show_mountinfo()).  Names
 * with a space, tab, newline or backslash are escaped as \ooo.
 */
static int show_mounts(struct seq_file *m, bool mountinfo)
{
	char *buf = kmalloc(PATH_MAX, GFP_KERNEL);
	struct vfsmount *mnt;
	int ret = 0;

	if (!buf)
		return -ENOMEM;
	down_read(&namespace_sem);
	list_for_each_entry(mnt, &mount_list, mnt_list) {
		struct super_block *sb = mnt->mnt_sb;
		const char *rw = mnt->mnt_flags & MS_RDONLY ? "ro" : "rw";

		if (mnt_path(mnt, buf, PATH_MAX) < 0)
			continue;
		if (mountinfo) {
			/* every mount here is of its super block's root */
			seq_printf(m, "%d %d %u:%u / ", mnt->mnt_id,
				   mnt->mnt_parent->mnt_id, MAJOR(sb->s_dev),
				   MINOR(sb->s_dev));
			seq_escape(m, buf, " \t\n\\");
			seq_printf(m, " %s", rw);
			show_mnt_opts(m, mnt);
			seq_printf(m, " - %s ", sb->s_type->name);
			seq_escape(m, mnt->mnt_devname, " \t\n\\");
			seq_puts(m, sb->s_flags & MS_RDONLY ? " ro" : " rw");
		} else {
			seq_escape(m, mnt->mnt_devname, " \t\n\\");
			seq_putc(m, ' ');
			seq_escape(m, buf, " \t\n\\");
			seq_printf(m, " %s %s", sb->s_type->name, rw);
			show_mnt_opts(m, mnt);
		}
		ret = show_sb_options(m, mnt);
		if (ret)
			break;
		seq_puts(m, mountinfo ? "\n" : " 0 0\n");
	}
	up_read(&namespace_sem);
	kfree(buf);
	return ret;
}

/* /proc/mounts */
static int mounts_show(struct seq_file *m, void *v)
{
	return show_mounts(m, false);
}

/*
 * /proc/<pid>/mounts and /proc/<pid>/mountinfo: there is one mount tree,
 * so every task shows the same mounts; a task that has exited has no
 * name space left to show (EINVAL, where Linux fails the open).
 */
static int proc_pid_mounts(struct seq_file *m, struct task_struct *task)
{
	return READ_ONCE(task->nsproxy) ? show_mounts(m, false) : -EINVAL;
}

static int proc_pid_mountinfo(struct seq_file *m, struct task_struct *task)
{
	return READ_ONCE(task->nsproxy) ? show_mounts(m, true) : -EINVAL;
}

/* Boot: make a directory in the root file system, no permission checks. */
static struct dentry *__init boot_mkdir(struct dentry *parent,
					const char *name, umode_t mode)
{
	const struct inode_operations *iops = parent->d_inode->i_op;
	struct dentry *dentry = d_alloc_name(parent, name);
	int ret;

	if (!dentry)
		return ERR_PTR(-ENOMEM);
	ret = iops->mkdir(parent->d_inode, dentry, S_IFDIR | mode);
	if (ret) {
		dput(dentry);
		return ERR_PTR(ret);
	}
	dput(dentry);
	return dentry;	/* pinned by the file system */
}

/* Boot: mount @type on @mountpoint of the root mount. */
static int __init boot_mount(const char *type, struct dentry *mountpoint)
{
	struct file_system_type *fs = get_fs_type(type);
	struct vfsmount *mnt;
	struct path path = { .mnt = root_mnt, .dentry = mountpoint };

	if (!fs)
		return -ENODEV;
	mnt = vfs_kern_mount(fs, 0, type, NULL);
	if (IS_ERR(mnt))
		return PTR_ERR(mnt);
	return graft_tree(mnt, &path);
}

/**
 * mnt_init() - build the root file system
 *
 * rootfs (ramfs) at /, with /dev, /proc (procfs mounted), /sys/fs/cgroup
 * and /tmp.
 *
 * Context: boot, before any task uses the VFS.
 */
void __init mnt_init(void)
{
	struct dentry *root, *sys, *fs, *d;
	struct vfsmount *mnt;

	init_ramfs_fs();
	proc_root_init();
	if (!proc_create_single("mounts", 0444, NULL, mounts_show) ||
	    proc_pid_register_entry("mounts", 0444, proc_pid_mounts) ||
	    proc_pid_register_entry("mountinfo", 0444, proc_pid_mountinfo))
		pr_err("VFS: cannot make /proc/mounts\n");

	mnt = vfs_kern_mount(&rootfs_fs_type, 0, "rootfs", NULL);
	if (IS_ERR(mnt))
		panic("VFS: cannot make the root file system: %ld\n",
		      PTR_ERR(mnt));
	spin_lock(&mount_lock);
	list_add_tail(&mnt->mnt_list, &mount_list);
	root_mnt = mnt;
	spin_unlock(&mount_lock);

	root = mnt->mnt_root;
	d = boot_mkdir(root, "dev", 0755);
	if (IS_ERR(d))
		goto out_fail;
	d = boot_mkdir(root, "proc", 0555);
	if (IS_ERR(d) || boot_mount("proc", d))
		goto out_fail;
	sys = boot_mkdir(root, "sys", 0555);
	if (IS_ERR(sys))
		goto out_fail;
	fs = boot_mkdir(sys, "fs", 0755);
	if (IS_ERR(fs))
		goto out_fail;
	d = boot_mkdir(fs, "cgroup", 0755);
	if (IS_ERR(d))
		goto out_fail;
	d = boot_mkdir(root, "tmp", 01777);
	if (IS_ERR(d))
		goto out_fail;
	return;

out_fail:
	panic("VFS: cannot populate the root file system\n");
}

/* The VFS comes up before any program runs. */
static int __init vfs_init(void)
{
	mnt_init();
	return 0;
}
fs_initcall(vfs_init);
