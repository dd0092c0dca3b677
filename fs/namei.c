// SPDX-License-Identifier: GPL-2.0
/*
 * namei.c - path walk and the name-space system calls that create and
 * remove names (mkdir, mknod, rmdir, unlink).
 *
 * A walk starts at current->fs->root for "/..." and at current->fs->pwd
 * otherwise, needs search permission on every directory it passes, handles
 * "." and "..", crosses into mounts with lookup_mnt() and out of them at
 * a mount's root.  Names the dentry tree does not hold are asked of the
 * directory's i_op->lookup (procfs) under the directory's i_mutex.
 *
 * Locks taken and their ordering:
 *   parent i_mutex -> child i_mutex (rmdir) -> [file system locks] ->
 *   mount_lock -> dcache_lock.  vfs_rmdir() holds the victim's i_mutex
 *   from its d_mounted check to the removal, and graft_tree() mounts
 *   under the mount point's (fs/namespace.c): a directory is never both
 *   removed and mounted on.
 */
#include <linux/fs.h>
#include <linux/namei.h>
#include <linux/mount.h>
#include <linux/cred.h>
#include <linux/capability.h>
#include <linux/device_cgroup.h>
#include <linux/err.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#include "internal.h"

/* The mount on top of @path, if any, replaces it (repeatedly). */
static void follow_mount(struct path *path)
{
	/* partner: WRITE_ONCE() of d_mounted under mount_lock */
	while (READ_ONCE(path->dentry->d_mounted)) {
		struct vfsmount *mounted = lookup_mnt(path->mnt, path->dentry);

		if (!mounted)
			break;
		dput(path->dentry);
		mntput(path->mnt);
		path->mnt = mounted;
		path->dentry = dget(mounted->mnt_root);
	}
}

/* "..": up one level, crossing out of mounts, never above @root. */
static void follow_dotdot(struct path *path, const struct path *root)
{
	for (;;) {
		struct vfsmount *parent;
		struct dentry *mountpoint;

		if (path->dentry == root->dentry && path->mnt == root->mnt)
			return;
		if (path->dentry != path->mnt->mnt_root) {
			struct dentry *old = path->dentry;

			path->dentry = dget(old->d_parent);
			dput(old);
			break;
		}
		spin_lock(&mount_lock);
		parent = path->mnt->mnt_parent;
		if (parent == path->mnt) {
			spin_unlock(&mount_lock);
			return;		/* the root mount's root */
		}
		mntget(parent);
		mountpoint = dget(path->mnt->mnt_mountpoint);
		spin_unlock(&mount_lock);
		path_put(path);
		path->mnt = parent;
		path->dentry = mountpoint;
	}
	follow_mount(path);
}

/**
 * lookup_hash_locked() - find or look up @name in @base
 * @name: one component
 * @base: the directory, whose i_mutex the caller holds
 *
 * Context: process; holds @base->d_inode->i_mutex.
 * Return: a dentry with a reference, possibly negative (and then linked
 *	in @base, so a creator can instantiate it), or an ERR_PTR.
 */
struct dentry *lookup_hash_locked(const struct qstr *name,
				  struct dentry *base)
{
	struct inode *dir = base->d_inode;
	struct dentry *dentry, *old;

	lockdep_assert_held(&dir->i_mutex);
	if (dir->i_flags & S_DEAD)
		return ERR_PTR(-ENOENT);
	dentry = d_lookup(base, name);
	if (dentry)
		return dentry;
	dentry = d_alloc(base, name);
	if (!dentry)
		return ERR_PTR(name->len > NAME_MAX ? -ENAMETOOLONG : -ENOMEM);
	if (dir->i_op && dir->i_op->lookup) {
		old = dir->i_op->lookup(dir, dentry, 0);
		if (IS_ERR(old)) {
			d_delete(dentry);
			dput(dentry);
			return old;
		}
	}
	return dentry;
}

/* One component, positive or -ENOENT; takes the i_mutex if needed. */
static struct dentry *lookup_component(struct dentry *base,
				       const struct qstr *name)
{
	struct dentry *dentry = d_lookup(base, name);

	if (!dentry || !READ_ONCE(dentry->d_inode)) {
		struct inode *dir = base->d_inode;

		dput(dentry);
		inode_lock(dir);
		dentry = lookup_hash_locked(name, base);
		inode_unlock(dir);
		if (IS_ERR(dentry))
			return dentry;
	}
	if (!READ_ONCE(dentry->d_inode)) {
		dput(dentry);
		return ERR_PTR(-ENOENT);
	}
	return dentry;
}

/**
 * lookup_one_len() - look up one name in a directory (file systems' own
 *	use: cgroupfs populating a directory)
 * @name: the name (no '/')
 * @base: the directory; the caller holds its i_mutex
 * @len: length of @name
 *
 * Context: process; holds @base->d_inode->i_mutex.
 * Return: a dentry with a reference, possibly negative (linked in @base;
 *	instantiate it or dput() it), or an ERR_PTR.
 */
struct dentry *lookup_one_len(const char *name, struct dentry *base, int len)
{
	struct qstr q = QSTR_INIT(name, len);

	if (!len || memchr(name, '/', len))
		return ERR_PTR(-EACCES);
	return lookup_hash_locked(&q, base);
}

/**
 * lookup_child() - the positive child @name of @parent
 * @parent: the directory
 * @name: the name
 *
 * Context: process; takes @parent's i_mutex if the name is not in the
 *	tree.
 * Return: the child with a reference, or an ERR_PTR (-ENOENT).
 */
struct dentry *lookup_child(struct dentry *parent, const struct qstr *name)
{
	return lookup_component(parent, name);
}

static void get_start(const char *name, struct path *root, struct path *start)
{
	struct fs_struct *fs = current ? current->fs : NULL;

	if (fs)
		get_fs_root(fs, root);
	else
		get_root_path(root);
	if (*name == '/') {
		*start = *root;
		path_get(start);
	} else if (fs) {
		get_fs_pwd(fs, start);
	} else {
		get_root_path(start);
	}
}

/*
 * Walk @name; stop before the last component when @last is not NULL
 * (and store it there: it points into @name).  @path gets the result.
 */
static int path_walk(const char *name, struct path *path, struct qstr *last)
{
	struct path root;
	int ret = 0;

	if (!*name)
		return -ENOENT;
	get_start(name, &root, path);

	for (;;) {
		struct qstr this;
		struct dentry *child;
		struct inode *dir;

		while (*name == '/')
			name++;
		if (!*name) {
			/* "/" or trailing slashes: the path itself */
			if (last) {
				last->name = ".";
				last->len = 1;
			}
			break;
		}
		this.name = name;
		while (*name && *name != '/')
			name++;
		this.len = name - this.name;
		if (this.len > NAME_MAX) {
			ret = -ENAMETOOLONG;
			break;
		}

		dir = path->dentry->d_inode;
		if (!S_ISDIR(READ_ONCE(dir->i_mode))) {
			ret = -ENOTDIR;
			break;
		}
		if (last) {
			const char *rest = name;

			while (*rest == '/')
				rest++;
			if (!*rest) {
				*last = this;
				break;
			}
		}
		ret = inode_permission(dir, MAY_EXEC);
		if (ret)
			break;
		if (this.len == 1 && this.name[0] == '.')
			continue;
		if (this.len == 2 && this.name[0] == '.' &&
		    this.name[1] == '.') {
			follow_dotdot(path, &root);
			continue;
		}
		child = lookup_component(path->dentry, &this);
		if (IS_ERR(child)) {
			ret = PTR_ERR(child);
			break;
		}
		dput(path->dentry);
		path->dentry = child;
		follow_mount(path);
	}
	path_put(&root);
	if (ret)
		path_put(path);
	return ret;
}

/**
 * kern_path() - resolve a path name
 * @name: the name
 * @flags: LOOKUP_* (LOOKUP_DIRECTORY: must be a directory)
 * @path: output, with references on success
 *
 * Context: process (current's root, cwd and credentials).
 * Return: 0, -ENOENT, -ENOTDIR, -EACCES, -ENAMETOOLONG.
 */
int kern_path(const char *name, unsigned int flags, struct path *path)
{
	int ret = path_walk(name, path, NULL);

	if (!ret && (flags & LOOKUP_DIRECTORY) && !d_is_dir(path->dentry)) {
		path_put(path);
		ret = -ENOTDIR;
	}
	return ret;
}

/**
 * kern_path_parent() - resolve all but the last component
 * @name: the name
 * @parent: output: the directory, with references
 * @last: output: the last component (points into @name); "." for "/"
 *
 * Context: process.
 * Return: 0 or -errno; on success @parent is a directory.
 */
int kern_path_parent(const char *name, struct path *parent,
		     struct qstr *last)
{
	int ret = path_walk(name, parent, last);

	if (!ret && !d_is_dir(parent->dentry)) {
		path_put(parent);
		ret = -ENOTDIR;
	}
	return ret;
}

/**
 * user_path() - kern_path() on a user-space name
 * @name: user pointer to the name
 * @flags: LOOKUP_*
 * @path: output, with references on success
 *
 * Context: process.
 * Return: 0, -EFAULT, -ENAMETOOLONG, or kern_path()'s error.
 */
int user_path(const char __user *name, unsigned int flags, struct path *path)
{
	char *kname = strndup_user(name, PATH_MAX);
	int ret;

	if (IS_ERR(kname))
		return PTR_ERR(kname);
	ret = kern_path(kname, flags, path);
	kfree(kname);
	return ret;
}

/**
 * user_path_parent() - kern_path_parent() on a user-space name
 * @name: user pointer to the name
 * @parent: output
 * @last: output, pointing into *@tmp
 * @tmp: output: the kernel copy of the name; kfree() it when done with
 *	@last
 *
 * Context: process.
 * Return: 0 or -errno (nothing to free on error).
 */
int user_path_parent(const char __user *name, struct path *parent,
		     struct qstr *last, char **tmp)
{
	char *kname = strndup_user(name, PATH_MAX);
	int ret;

	if (IS_ERR(kname))
		return PTR_ERR(kname);
	ret = kern_path_parent(kname, parent, last);
	if (ret) {
		kfree(kname);
		return ret;
	}
	*tmp = kname;
	return 0;
}

/*
 * May the caller remove @victim from @dir?  Write and search permission on
 * the directory, and in a sticky directory (/tmp) only the owner of the
 * file or of the directory (or root) may.
 */
static int may_delete(struct inode *dir, struct inode *victim)
{
	kuid_t fsuid = current_fsuid();
	int ret = inode_permission(dir, MAY_WRITE | MAY_EXEC);

	if (ret)
		return ret;
	if (!(READ_ONCE(dir->i_mode) & S_ISVTX) ||
	    uid_eq(fsuid, GLOBAL_ROOT_UID))
		return 0;
	/* partner: simple_setattr() under i_lock; a snapshot is enough */
	if (uid_eq(fsuid, READ_ONCE(victim->i_uid)) ||
	    uid_eq(fsuid, READ_ONCE(dir->i_uid)))
		return 0;
	return -EPERM;
}

static bool is_dot_or_dotdot(const struct qstr *name)
{
	return name->name[0] == '.' &&
	       (name->len == 1 || (name->len == 2 && name->name[1] == '.'));
}

/**
 * vfs_mkdir() - ask @dir's file system to make a directory
 * @dir: the parent inode, whose i_mutex the caller holds
 * @dentry: the negative dentry to instantiate
 * @mode: permission bits
 *
 * Context: process; holds @dir->i_mutex.
 * Return: 0 or -errno.
 */
int vfs_mkdir(struct inode *dir, struct dentry *dentry, umode_t mode)
{
	int ret;

	lockdep_assert_held(&dir->i_mutex);
	ret = inode_permission(dir, MAY_WRITE | MAY_EXEC);
	if (ret)
		return ret;
	if (!dir->i_op || !dir->i_op->mkdir)
		return -EPERM;
	return dir->i_op->mkdir(dir, dentry, (mode & S_IALLUGO) | S_IFDIR);
}

/*
 * path_create() - the walk mkdir(2) and mknod(2) share: look the last
 * component of @pathname up in its locked parent and, if it is free, make
 * a directory (@is_dir) or a node there; a dentry left negative by a
 * failure is dropped.  "." and ".." and an existing name are -EEXIST.
 */
static long path_create(const char *pathname, umode_t mode, dev_t dev,
			bool is_dir)
{
	struct path parent;
	struct dentry *dentry;
	struct inode *dir;
	struct qstr last;
	char *tmp;
	long ret;

	ret = user_path_parent((const char __force __user *)pathname, &parent,
			       &last, &tmp);
	if (ret)
		return ret;
	dir = parent.dentry->d_inode;
	if (is_dot_or_dotdot(&last)) {
		ret = -EEXIST;
		goto out_put;
	}
	inode_lock(dir);
	dentry = lookup_hash_locked(&last, parent.dentry);
	if (IS_ERR(dentry)) {
		ret = PTR_ERR(dentry);
		goto out_unlock;
	}
	if (dentry->d_inode) {
		ret = -EEXIST;
	} else {
		mode &= ~current_umask();
		ret = is_dir ? vfs_mkdir(dir, dentry, mode) :
			       vfs_mknod(dir, dentry, mode, dev);
		if (ret)
			d_delete(dentry);
	}
	dput(dentry);
out_unlock:
	inode_unlock(dir);
out_put:
	path_put(&parent);
	kfree(tmp);
	return ret;
}

/**
 * ksys_mkdir() - mkdir(2)
 * @pathname: the new directory
 * @mode: permission bits (masked by the umask)
 *
 * Context: process.
 * Return: 0 or -errno (-EEXIST, -ENOENT, -EACCES, -EPERM, the file
 *	system's error).
 */
long ksys_mkdir(const char *pathname, umode_t mode)
{
	return path_create(pathname, mode, 0, true);
}

/**
 * vfs_mknod() - ask @dir's file system to make a file or device node
 * @dir: the parent inode, whose i_mutex the caller holds
 * @dentry: the negative dentry to instantiate
 * @mode: type (S_IFREG, S_IFCHR or S_IFBLK) and permission bits
 * @dev: the device number of a device node
 *
 * As Linux: write and search permission on @dir, CAP_MKNOD for a device
 * node, then the caller's devices cgroup must allow mknod ("m") of it.
 *
 * Context: process; holds @dir->i_mutex.
 * Return: 0 or -errno (-EACCES, -EPERM, the file system's error).
 */
int vfs_mknod(struct inode *dir, struct dentry *dentry, umode_t mode,
	      dev_t dev)
{
	int ret;

	lockdep_assert_held(&dir->i_mutex);
	ret = inode_permission(dir, MAY_WRITE | MAY_EXEC);
	if (ret)
		return ret;
	if ((S_ISCHR(mode) || S_ISBLK(mode)) && !capable(CAP_MKNOD))
		return -EPERM;
	if (!dir->i_op || !dir->i_op->mknod)
		return -EPERM;
	ret = devcgroup_inode_mknod(mode, dev);
	if (ret)
		return ret;
	return dir->i_op->mknod(dir, dentry, mode, dev);
}

/* The file types mknod(2) makes here: 0 means a regular file. */
static int may_mknod(umode_t mode)
{
	switch (mode & S_IFMT) {
	case S_IFREG:
	case S_IFCHR:
	case S_IFBLK:
		return 0;
	case S_IFDIR:
		return -EPERM;
	default:
		return -EINVAL;	/* FIFOs and sockets: not in this tree */
	}
}

/**
 * ksys_mknod() - mknod(2)
 * @filename: the new name
 * @mode: type (S_IFREG or 0, S_IFCHR, S_IFBLK) and permission bits
 *	(masked by the umask)
 * @dev: the device number (MKDEV(major, minor)) of a device node
 *
 * Context: process.
 * Return: 0 or -errno (-EEXIST, -ENOENT, -EACCES, -EPERM (a directory,
 *	no CAP_MKNOD, or the devices cgroup refuses), -EINVAL (FIFO,
 *	socket or unknown type)).
 */
long ksys_mknod(const char *filename, umode_t mode, dev_t dev)
{
	long ret;

	if (!(mode & S_IFMT))
		mode |= S_IFREG;
	ret = may_mknod(mode);
	if (ret)
		return ret;
	return path_create(filename, mode, dev, false);
}

/**
 * vfs_rmdir() - ask @dir's file system to remove directory @dentry
 * @dir: the parent inode, whose i_mutex the caller holds
 * @dentry: the victim (positive)
 *
 * On success the victim and everything left in it leave the tree; open
 * files on them stay usable objects whose handlers see the removal.
 *
 * Context: process; holds @dir->i_mutex; takes the victim's i_mutex.
 * Return: 0 or -errno.
 */
int vfs_rmdir(struct inode *dir, struct dentry *dentry)
{
	struct inode *inode = dentry->d_inode;
	int ret;

	lockdep_assert_held(&dir->i_mutex);
	if (!S_ISDIR(READ_ONCE(inode->i_mode)))
		return -ENOTDIR;
	ret = may_delete(dir, inode);
	if (ret)
		return ret;
	if (!dir->i_op || !dir->i_op->rmdir)
		return -EPERM;
	inode_lock(inode);	/* I_MUTEX_CHILD: inside the parent's */
	/* partner: WRITE_ONCE() of d_mounted under mount_lock */
	if (READ_ONCE(dentry->d_mounted)) {
		ret = -EBUSY;
	} else {
		ret = dir->i_op->rmdir(dir, dentry);
		if (!ret) {
			inode->i_flags |= S_DEAD;
			d_genocide(dentry);
		}
	}
	inode_unlock(inode);
	return ret;
}

/**
 * ksys_rmdir() - rmdir(2)
 * @pathname: the directory
 *
 * Context: process.
 * Return: 0 or -errno (-ENOENT, -ENOTDIR, -EBUSY (mount point, root,
 *	or the file system says so), -ENOTEMPTY, -EACCES, -EINVAL for ".").
 */
long ksys_rmdir(const char *pathname)
{
	struct path parent;
	struct dentry *dentry;
	struct inode *dir;
	struct qstr last;
	char *tmp;
	long ret;

	ret = user_path_parent((const char __force __user *)pathname, &parent,
			       &last, &tmp);
	if (ret)
		return ret;
	if (last.len == 1 && last.name[0] == '.') {
		/* "/" itself, or "x/." */
		ret = parent.dentry == parent.mnt->mnt_root &&
		      !strcmp(tmp, "/") ? -EBUSY : -EINVAL;
		goto out_put;
	}
	if (is_dot_or_dotdot(&last)) {
		ret = -ENOTEMPTY;
		goto out_put;
	}
	dir = parent.dentry->d_inode;
	inode_lock(dir);
	dentry = lookup_hash_locked(&last, parent.dentry);
	if (IS_ERR(dentry)) {
		ret = PTR_ERR(dentry);
		goto out_unlock;
	}
	if (!dentry->d_inode)
		ret = -ENOENT;
	else
		ret = vfs_rmdir(dir, dentry);
	dput(dentry);
out_unlock:
	inode_unlock(dir);
out_put:
	path_put(&parent);
	kfree(tmp);
	return ret;
}

/**
 * ksys_unlink() - unlink(2)
 * @pathname: the file
 *
 * Context: process.
 * Return: 0 or -errno (-ENOENT, -EISDIR, -EACCES, -EPERM, -EBUSY).
 */
long ksys_unlink(const char *pathname)
{
	struct path parent;
	struct dentry *dentry;
	struct inode *dir;
	struct qstr last;
	char *tmp;
	long ret;

	ret = user_path_parent((const char __force __user *)pathname, &parent,
			       &last, &tmp);
	if (ret)
		return ret;
	if (is_dot_or_dotdot(&last)) {
		ret = -EISDIR;
		goto out_put;
	}
	dir = parent.dentry->d_inode;
	inode_lock(dir);
	dentry = lookup_hash_locked(&last, parent.dentry);
	if (IS_ERR(dentry)) {
		ret = PTR_ERR(dentry);
		goto out_unlock;
	}
	if (!dentry->d_inode)
		ret = -ENOENT;
	else if (S_ISDIR(READ_ONCE(dentry->d_inode->i_mode)))
		ret = -EISDIR;
	else
		ret = may_delete(dir, dentry->d_inode);
	if (!ret)
		ret = dir->i_op && dir->i_op->unlink ?
		      dir->i_op->unlink(dir, dentry) : -EPERM;
	if (!ret)
		d_delete(dentry);
	dput(dentry);
out_unlock:
	inode_unlock(dir);
out_put:
	path_put(&parent);
	kfree(tmp);
	return ret;
}

/*
 * may_delete_victim() - may_delete() for rename's source and target, with
 * 2.6.38's type checks: a directory must replace a directory (-ENOTDIR),
 * a non-directory a non-directory (-EISDIR); a root cannot go (-EBUSY);
 * nothing is removed from a removed directory (-ENOENT).
 */
static int may_delete_victim(struct inode *dir, struct dentry *victim,
			     bool is_dir)
{
	struct inode *inode = victim->d_inode;
	int ret;

	ret = may_delete(dir, inode);
	if (ret)
		return ret;
	if (is_dir) {
		if (!S_ISDIR(READ_ONCE(inode->i_mode)))
			return -ENOTDIR;
		if (victim->d_parent == victim)
			return -EBUSY;
	} else if (S_ISDIR(READ_ONCE(inode->i_mode))) {
		return -EISDIR;
	}
	if (dir->i_flags & S_DEAD)
		return -ENOENT;
	return 0;
}

/* May the caller make a new name in @dir? */
static int may_create(struct inode *dir)
{
	if (dir->i_flags & S_DEAD)
		return -ENOENT;
	return inode_permission(dir, MAY_WRITE | MAY_EXEC);
}

/**
 * vfs_rename() - ask the file system to rename @old_dentry to @new_dentry
 * @old_dir: the source's parent inode
 * @old_dentry: the source (positive)
 * @new_dir: the target's parent inode
 * @new_dentry: the target: negative, or the name to replace
 *
 * The checks of Linux 2.6.38's vfs_rename(), in its order: the same inode
 * on both sides is a successful no-op; the source must be removable from
 * @old_dir and the target creatable in (or, if it exists, removable
 * from) @new_dir with the type rules of may_delete_victim(); the file
 * system must have ->rename (-EPERM); neither side may be a mount point
 * (-EBUSY).  On success the dentry takes the new name (d_move()).
 *
 * Context: process; holds both parents' i_mutex (once if they are one).
 * Return: 0 or -errno.
 */
int vfs_rename(struct inode *old_dir, struct dentry *old_dentry,
	       struct inode *new_dir, struct dentry *new_dentry)
{
	struct inode *source = old_dentry->d_inode;
	struct inode *target = new_dentry->d_inode;
	bool is_dir = S_ISDIR(READ_ONCE(source->i_mode));
	int ret;

	lockdep_assert_held(&old_dir->i_mutex);
	lockdep_assert_held(&new_dir->i_mutex);
	if (source == target)
		return 0;
	ret = may_delete_victim(old_dir, old_dentry, is_dir);
	if (ret)
		return ret;
	if (target)
		ret = may_delete_victim(new_dir, new_dentry, is_dir);
	else
		ret = may_create(new_dir);
	if (ret)
		return ret;
	if (!old_dir->i_op || !old_dir->i_op->rename)
		return -EPERM;
	/* moving a directory rewrites its ".." */
	if (is_dir && new_dir != old_dir) {
		ret = inode_permission(source, MAY_WRITE);
		if (ret)
			return ret;
	}
	/* partner: WRITE_ONCE() of d_mounted under mount_lock */
	if (READ_ONCE(old_dentry->d_mounted) ||
	    READ_ONCE(new_dentry->d_mounted))
		return -EBUSY;
	if (target)
		inode_lock(target);	/* I_MUTEX_CHILD */
	ret = old_dir->i_op->rename(old_dir, old_dentry, new_dir, new_dentry);
	if (!ret) {
		if (target && is_dir)
			target->i_flags |= S_DEAD;
		d_move(old_dentry, new_dentry);
	}
	if (target)
		inode_unlock(target);
	return ret;
}

/*
 * lock_rename() - lock the parents of a rename, ancestor first; two
 * unrelated directories are locked under the super block's rename mutex,
 * so that two renames never take them in opposite orders.  Returns the
 * child of the ancestor on the way to the other directory ("the trap":
 * the source may not be it, nor the target), or NULL.  Dentries never
 * change parents here (d_move() renames in place), so the walk up needs
 * no lock.
 */
static struct dentry *lock_rename(struct dentry *p1, struct dentry *p2)
	__acquires(&p1->d_sb->s_vfs_rename_mutex)
	__no_context_analysis	/* whether it is taken depends on p1, p2 */
{
	struct dentry *p;

	if (p1 == p2) {
		inode_lock(p1->d_inode);
		/* for the checkers: unlock_rename() releases it alike */
		__acquire(&p1->d_sb->s_vfs_rename_mutex);
		return NULL;
	}
	mutex_lock(&p1->d_sb->s_vfs_rename_mutex);
	for (p = p1; p->d_parent != p; p = p->d_parent) {
		if (p->d_parent == p2) {
			inode_lock(p2->d_inode);
			inode_lock(p1->d_inode);
			return p;
		}
	}
	for (p = p2; p->d_parent != p; p = p->d_parent) {
		if (p->d_parent == p1) {
			inode_lock(p1->d_inode);
			inode_lock(p2->d_inode);
			return p;
		}
	}
	inode_lock(p1->d_inode);
	inode_lock(p2->d_inode);
	return NULL;
}

static void unlock_rename(struct dentry *p1, struct dentry *p2)
	__releases(&p1->d_sb->s_vfs_rename_mutex)
	__no_context_analysis	/* as lock_rename() */
{
	inode_unlock(p1->d_inode);
	if (p1 != p2) {
		inode_unlock(p2->d_inode);
		mutex_unlock(&p1->d_sb->s_vfs_rename_mutex);
	} else {
		__release(&p1->d_sb->s_vfs_rename_mutex);
	}
}

/* Did the caller write @last with a trailing slash ("a/")? */
static bool has_trailing_slash(const struct qstr *last)
{
	return last->name[last->len] == '/';
}

/**
 * ksys_rename() - rename(2)
 * @oldname: the existing name
 * @newname: the new name
 *
 * Linux 2.6.38's do_rename(): both names on one mount (-EXDEV); "." or
 * ".." as either last component -EBUSY; a missing source -ENOENT; a
 * non-directory written with a trailing slash -ENOTDIR; a directory
 * moved below itself -EINVAL, onto one of its ancestors -ENOTEMPTY; then
 * vfs_rename() and the file system (cgroupfs: Documentation/cgroups/
 * cgroups.txt).
 *
 * Context: process.
 * Return: 0 or -errno.
 */
long ksys_rename(const char *oldname, const char *newname)
{
	struct path old_parent, new_parent;
	struct dentry *old_dir, *new_dir, *old_dentry, *new_dentry, *trap;
	struct qstr old_last, new_last;
	char *old_tmp, *new_tmp;
	long ret;

	ret = user_path_parent((const char __force __user *)oldname,
			       &old_parent, &old_last, &old_tmp);
	if (ret)
		return ret;
	ret = user_path_parent((const char __force __user *)newname,
			       &new_parent, &new_last, &new_tmp);
	if (ret)
		goto out_put_old;
	ret = -EXDEV;
	if (old_parent.mnt != new_parent.mnt)
		goto out_put_new;
	ret = -EBUSY;
	if (is_dot_or_dotdot(&old_last) || is_dot_or_dotdot(&new_last))
		goto out_put_new;

	old_dir = old_parent.dentry;
	new_dir = new_parent.dentry;
	trap = lock_rename(new_dir, old_dir);
	old_dentry = lookup_hash_locked(&old_last, old_dir);
	ret = PTR_ERR(old_dentry);
	if (IS_ERR(old_dentry))
		goto out_unlock;
	ret = -ENOENT;
	if (!old_dentry->d_inode)
		goto out_put_old_dentry;
	if (!S_ISDIR(READ_ONCE(old_dentry->d_inode->i_mode))) {
		ret = -ENOTDIR;
		if (has_trailing_slash(&old_last) ||
		    has_trailing_slash(&new_last))
			goto out_put_old_dentry;
	}
	ret = -EINVAL;
	if (old_dentry == trap)
		goto out_put_old_dentry;
	new_dentry = lookup_hash_locked(&new_last, new_dir);
	ret = PTR_ERR(new_dentry);
	if (IS_ERR(new_dentry))
		goto out_put_old_dentry;
	ret = -ENOTEMPTY;
	if (new_dentry != trap)
		ret = vfs_rename(old_dir->d_inode, old_dentry,
				 new_dir->d_inode, new_dentry);
	dput(new_dentry);
out_put_old_dentry:
	dput(old_dentry);
out_unlock:
	unlock_rename(new_dir, old_dir);
out_put_new:
	path_put(&new_parent);
	kfree(new_tmp);
out_put_old:
	path_put(&old_parent);
	kfree(old_tmp);
	return ret;
}
