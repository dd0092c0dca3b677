// SPDX-License-Identifier: GPL-2.0
/*
 * dcache.c - the dentry tree.
 *
 * Every file system here lives in memory, so the dentry tree is not a
 * cache in front of a disk: it is the name space itself.  See
 * <linux/dcache.h> for the lifetime rules (pinned and unpinned dentries).
 *
 * Locks taken and their ordering:
 *   dcache_lock is a leaf spinlock; it is never held while calling into a
 *   file system (d_iput, d_release, iput run after it is dropped).
 */
#include <linux/dcache.h>
#include <linux/fs.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/err.h>

#include "internal.h"

/*
 * dcache_lock protects the shape of the tree: every dentry's d_subdirs,
 * d_child, d_count, d_flags, and the setting of d_inode.
 */
DEFINE_SPINLOCK(dcache_lock);

static struct dentry *__d_alloc(struct super_block *sb,
				const struct qstr *name)
{
	struct dentry *dentry;

	if (name->len >= DNAME_INLINE_LEN)
		return NULL;
	dentry = kzalloc(sizeof(*dentry), GFP_KERNEL);
	if (!dentry)
		return NULL;
	memcpy(dentry->d_iname, name->name, name->len);
	dentry->d_iname[name->len] = '\0';
	dentry->d_name.name = dentry->d_iname;
	dentry->d_name.len = name->len;
	dentry->d_count = 1;
	dentry->d_parent = dentry;
	dentry->d_sb = sb;
	dentry->d_op = sb ? sb->s_d_op : NULL;
	INIT_LIST_HEAD(&dentry->d_child);
	INIT_LIST_HEAD(&dentry->d_subdirs);
	return dentry;
}

/**
 * d_alloc() - make a negative dentry named @name under @parent
 * @parent: the directory; gets a reference from the child
 * @name: the name (copied)
 *
 * The dentry is linked into @parent at once, so lookups by the same name
 * find it; callers serialise creation under the parent's i_mutex.
 *
 * Context: process; takes dcache_lock.
 * Return: the dentry with one reference, or NULL (no memory, name too long).
 */
struct dentry *d_alloc(struct dentry *parent, const struct qstr *name)
{
	struct dentry *dentry = __d_alloc(parent->d_sb, name);

	if (!dentry)
		return NULL;
	spin_lock(&dcache_lock);
	parent->d_count++;
	dentry->d_parent = parent;
	list_add_tail(&dentry->d_child, &parent->d_subdirs);
	spin_unlock(&dcache_lock);
	return dentry;
}

/**
 * d_alloc_excl() - d_alloc(), unless the name is taken
 * @parent: the directory
 * @name: the name
 *
 * Checks for a child of the same name and links the new dentry in one
 * step under dcache_lock, so two creators of one name cannot both win.
 *
 * Context: process; takes dcache_lock.
 * Return: the new negative dentry, ERR_PTR(-EEXIST), ERR_PTR(-ENOENT)
 *	when @parent was removed, or ERR_PTR(-ENOMEM).
 */
struct dentry *d_alloc_excl(struct dentry *parent, const struct qstr *name)
{
	struct dentry *dentry = __d_alloc(parent->d_sb, name);
	struct dentry *old;

	if (!dentry)
		return ERR_PTR(name->len >= DNAME_INLINE_LEN ? -ENAMETOOLONG :
			       -ENOMEM);
	spin_lock(&dcache_lock);
	if (parent->d_flags & DCACHE_UNHASHED) {
		spin_unlock(&dcache_lock);
		kfree(dentry);
		return ERR_PTR(-ENOENT);
	}
	old = __d_lookup(parent, name);
	if (old) {
		old->d_count--;		/* cannot reach 0: it is linked */
		spin_unlock(&dcache_lock);
		kfree(dentry);
		return ERR_PTR(-EEXIST);
	}
	parent->d_count++;
	dentry->d_parent = parent;
	list_add_tail(&dentry->d_child, &parent->d_subdirs);
	spin_unlock(&dcache_lock);
	return dentry;
}

/**
 * d_alloc_name() - d_alloc() with a NUL-terminated name
 * @parent: the directory
 * @name: the name
 *
 * Context: process.
 * Return: the dentry, or NULL.
 */
struct dentry *d_alloc_name(struct dentry *parent, const char *name)
{
	struct qstr q = QSTR_INIT(name, strlen(name));

	return d_alloc(parent, &q);
}

/**
 * d_make_root() - make the root dentry of a super block
 * @root_inode: its inode; the reference passes to the dentry (and is
 *	dropped on failure)
 *
 * Context: process.
 * Return: the root dentry (its own parent) or NULL.
 */
struct dentry *d_make_root(struct inode *root_inode)
{
	static const struct qstr root_name = QSTR_INIT("/", 1);
	struct dentry *root;

	if (!root_inode)
		return NULL;
	root = __d_alloc(root_inode->i_sb, &root_name);
	if (!root) {
		iput(root_inode);
		return NULL;
	}
	root->d_inode = root_inode;
	return root;
}

/**
 * d_instantiate() - give a negative dentry its inode
 * @dentry: the dentry
 * @inode: the inode; the caller's reference passes to the dentry
 *
 * Context: process; takes dcache_lock.
 */
void d_instantiate(struct dentry *dentry, struct inode *inode)
{
	spin_lock(&dcache_lock);
	WARN_ON_ONCE(dentry->d_inode);
	/* partner: the lockless READ_ONCE()s in the path walk, d_is_dir() */
	WRITE_ONCE(dentry->d_inode, inode);
	spin_unlock(&dcache_lock);
}

/**
 * d_add() - d_instantiate() for an i_op->lookup() result
 * @dentry: the negative dentry the lookup was asked about
 * @inode: the inode found (NULL: leave it negative)
 *
 * Context: process.
 */
void d_add(struct dentry *dentry, struct inode *inode)
{
	if (inode)
		d_instantiate(dentry, inode);
}

/**
 * d_pin() - keep @dentry in the tree until d_delete()
 * @dentry: a dentry the file system owns (ramfs, cgroupfs)
 *
 * Takes the extra reference that holds an otherwise unused dentry in the
 * tree (Linux's "d_instantiate(); dget();" of in-memory file systems).
 *
 * Context: process; takes dcache_lock.
 */
void d_pin(struct dentry *dentry)
{
	spin_lock(&dcache_lock);
	if (!WARN_ON_ONCE(dentry->d_flags & DCACHE_PINNED)) {
		dentry->d_flags |= DCACHE_PINNED;
		dentry->d_count++;
	}
	spin_unlock(&dcache_lock);
}

/**
 * dget() - take a reference on a dentry
 * @dentry: the dentry (may be NULL); the caller holds a reference
 *
 * Context: any; takes dcache_lock.
 * Return: @dentry.
 */
struct dentry *dget(struct dentry *dentry)
{
	if (dentry) {
		spin_lock(&dcache_lock);
		dentry->d_count++;
		spin_unlock(&dcache_lock);
	}
	return dentry;
}

static void dentry_free(struct dentry *dentry)
{
	struct inode *inode = dentry->d_inode;

	if (inode) {
		if (dentry->d_op && dentry->d_op->d_iput)
			dentry->d_op->d_iput(dentry, inode);
		else
			iput(inode);
	}
	if (dentry->d_op && dentry->d_op->d_release)
		dentry->d_op->d_release(dentry);
	kfree(dentry);
}

/**
 * dput() - drop a reference on a dentry
 * @dentry: the dentry (may be NULL)
 *
 * The last reference takes the dentry out of the tree and frees it, its
 * inode reference and its reference on the parent (which may cascade).
 *
 * Context: process (the file system's d_iput may sleep); no VFS locks
 *	held except i_mutexes.
 */
void dput(struct dentry *dentry)
{
	while (dentry) {
		struct dentry *parent;

		spin_lock(&dcache_lock);
		if (WARN_ON_ONCE(!dentry->d_count)) {
			spin_unlock(&dcache_lock);
			return;
		}
		if (--dentry->d_count) {
			spin_unlock(&dcache_lock);
			return;
		}
		list_del_init(&dentry->d_child);
		dentry->d_flags |= DCACHE_UNHASHED;
		parent = dentry->d_parent == dentry ? NULL : dentry->d_parent;
		spin_unlock(&dcache_lock);

		dentry_free(dentry);
		dentry = parent;
	}
}

/**
 * d_delete() - take @dentry out of the tree
 * @dentry: the dentry; the caller holds a reference
 *
 * It is no longer found by name; users that hold references keep it (and
 * its inode) alive, and see d_unhashed() true.  A pinned dentry loses its
 * pin.
 *
 * Context: process; takes dcache_lock.
 */
void d_delete(struct dentry *dentry)
{
	bool pinned;

	spin_lock(&dcache_lock);
	if (dentry->d_flags & DCACHE_UNHASHED) {
		spin_unlock(&dcache_lock);
		return;
	}
	dentry->d_flags |= DCACHE_UNHASHED;
	list_del_init(&dentry->d_child);
	pinned = dentry->d_flags & DCACHE_PINNED;
	dentry->d_flags &= ~DCACHE_PINNED;
	spin_unlock(&dcache_lock);
	if (pinned)
		dput(dentry);
}

/**
 * d_genocide() - d_delete() @root and everything below it
 * @root: the top of the subtree; the caller holds a reference
 *
 * Context: process; takes dcache_lock.
 */
void d_genocide(struct dentry *root)
{
	for (;;) {
		struct dentry *child;

		spin_lock(&dcache_lock);
		child = list_first_entry_or_null(&root->d_subdirs,
						 struct dentry, d_child);
		if (child)
			child->d_count++;
		spin_unlock(&dcache_lock);
		if (!child)
			break;
		d_genocide(child);
		dput(child);
	}
	d_delete(root);
}

/**
 * d_move() - give @dentry the name of @target after a rename
 * @dentry: the renamed dentry (positive); the caller holds a reference
 * @target: the dentry of the new name, in the same directory: negative,
 *	or the replaced file; it leaves the tree
 *
 * Dentries never change parents in this tree: the only file system that
 * renames (cgroupfs) renames within a directory, so @dentry keeps its
 * place and takes the new name in place.  A rename between directories
 * is refused here (WARN) and changes nothing.
 *
 * Context: process; the parent's i_mutex is held (the VFS rename path);
 *	takes dcache_lock.
 */
void d_move(struct dentry *dentry, struct dentry *target)
{
	bool pinned = false;

	if (WARN_ON_ONCE(dentry->d_parent != target->d_parent))
		return;
	/* one step for lookups: the new name is never missing meanwhile */
	spin_lock(&dcache_lock);
	if (!(target->d_flags & DCACHE_UNHASHED)) {
		target->d_flags |= DCACHE_UNHASHED;
		list_del_init(&target->d_child);
		pinned = target->d_flags & DCACHE_PINNED;
		target->d_flags &= ~DCACHE_PINNED;
	}
	memcpy(dentry->d_iname, target->d_name.name, target->d_name.len);
	dentry->d_iname[target->d_name.len] = '\0';
	dentry->d_name.len = target->d_name.len;
	spin_unlock(&dcache_lock);
	if (pinned)
		dput(target);
}

/**
 * __d_lookup() - find a child by name
 * @parent: the directory
 * @name: the name
 *
 * Context: holds dcache_lock.
 * Return: the child (positive or negative) with a new reference, or NULL.
 */
struct dentry *__d_lookup(struct dentry *parent, const struct qstr *name)
	__must_hold(&dcache_lock)
{
	struct dentry *child;

	lockdep_assert_held(&dcache_lock);
	list_for_each_entry(child, &parent->d_subdirs, d_child) {
		if (child->d_name.len == name->len &&
		    !memcmp(child->d_name.name, name->name, name->len)) {
			child->d_count++;
			return child;
		}
	}
	return NULL;
}

/**
 * d_lookup() - find a child by name
 * @parent: the directory
 * @name: the name
 *
 * Context: process; takes dcache_lock.
 * Return: the child (possibly negative) with a reference, or NULL.
 */
struct dentry *d_lookup(struct dentry *parent, const struct qstr *name)
{
	struct dentry *child;

	spin_lock(&dcache_lock);
	child = __d_lookup(parent, name);
	spin_unlock(&dcache_lock);
	return child;
}

/**
 * d_unhashed() - was @dentry removed from the tree?
 * @dentry: a dentry the caller holds a reference on
 *
 * Context: any; takes dcache_lock.  The answer can only go from false to
 *	true.
 * Return: true once d_delete() (or the last dput()) took it out.
 */
bool d_unhashed(struct dentry *dentry)
{
	bool ret;

	spin_lock(&dcache_lock);
	ret = dentry->d_flags & DCACHE_UNHASHED;
	spin_unlock(&dcache_lock);
	return ret;
}

/**
 * d_is_dir() - is @dentry a positive directory dentry?
 * @dentry: a dentry the caller holds a reference on
 *
 * Context: any.
 * Return: true for a directory.
 */
bool d_is_dir(struct dentry *dentry)
{
	struct inode *inode = READ_ONCE(dentry->d_inode);

	/* partner: d_instantiate(); i_mode's type bits never change */
	return inode && S_ISDIR(READ_ONCE(inode->i_mode));
}

/**
 * d_has_positive_child() - does a directory still contain something?
 * @dentry: the directory
 *
 * Context: process; takes dcache_lock.
 * Return: true if a positive child is linked under @dentry.
 */
bool d_has_positive_child(struct dentry *dentry)
{
	struct dentry *child;
	bool ret = false;

	spin_lock(&dcache_lock);
	list_for_each_entry(child, &dentry->d_subdirs, d_child) {
		if (child->d_inode) {
			ret = true;
			break;
		}
	}
	spin_unlock(&dcache_lock);
	return ret;
}

/**
 * d_path_name() - the path of @dentry from its super block's root
 * @dentry: the dentry
 * @buf: output
 * @buflen: size of @buf
 *
 * Context: process; takes dcache_lock.
 * Return: length written (NUL-terminated), or -ENAMETOOLONG.
 */
int d_path_name(struct dentry *dentry, char *buf, int buflen)
{
	char *end = buf + buflen;
	char *p = end;
	int len;

	if (buflen < 2)
		return -ENAMETOOLONG;
	*--p = '\0';
	spin_lock(&dcache_lock);
	while (dentry->d_parent != dentry) {
		len = dentry->d_name.len;
		if (p - buf < len + 1) {
			spin_unlock(&dcache_lock);
			return -ENAMETOOLONG;
		}
		p -= len;
		memcpy(p, dentry->d_name.name, len);
		*--p = '/';
		dentry = dentry->d_parent;
	}
	spin_unlock(&dcache_lock);
	if (p == end - 1)
		*--p = '/';
	len = end - p - 1;
	memmove(buf, p, len + 1);
	return len;
}
