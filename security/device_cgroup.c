// SPDX-License-Identifier: GPL-2.0
/*
 * device_cgroup.c - the devices cgroup subsystem: a whitelist per cgroup
 * of the device nodes its tasks may read, write and make (mknod), as in
 * Linux 2.6.38/3.0 (Documentation/cgroups/devices.txt).
 *
 * Each cgroup has a list of entries "TYPE MAJOR:MINOR ACCESS": TYPE is a
 * (all devices), b (block) or c (char), MAJOR and MINOR are numbers or *,
 * ACCESS a subset of rwm.  The root cgroup starts with "a *:* rwm"; a new
 * cgroup copies its parent's list.  devices.allow adds an entry (only one
 * the parent's list covers: a child is never wider than its parent),
 * devices.deny takes access bits away from every entry it overlaps and
 * drops entries left with none; both need CAP_SYS_ADMIN.  devices.list
 * prints the list.
 *
 * The VFS asks __devcgroup_inode_permission() when a device node is opened
 * (read needs r, write needs w) and devcgroup_inode_mknod() when one is
 * made (m); a refusal is -EPERM.
 *
 * With the 2011 series, can_attach gets the task the write names, which
 * on the cgroup.procs path is the thread-group leader: moving a task other
 * than current needs CAP_SYS_ADMIN, so a non-leader thread writing its own
 * tgid (or "0") to cgroup.procs needs it too (devices.txt section 4).
 *
 * Locks taken and their ordering:
 *   cgroup_mutex -> devcgroup_mutex.
 *   A whitelist is changed under devcgroup_mutex (and cgroup_mutex, which
 *   keeps the cgroup from being removed meanwhile; create() runs under it
 *   already).  Permission checks walk the list of current's cgroup under
 *   rcu_read_lock(): entries are unlinked with list_del_rcu() and freed
 *   with kfree_rcu(), and an entry's access bits are written with
 *   WRITE_ONCE() and read with READ_ONCE().
 */
#include <linux/cgroup.h>
#include <linux/capability.h>
#include <linux/ctype.h>
#include <linux/device_cgroup.h>
#include <linux/err.h>
#include <linux/kernel.h>
#include <linux/kstrtox.h>
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/rculist.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/string.h>

/* access bits of an entry */
#define ACC_MKNOD	1
#define ACC_READ	2
#define ACC_WRITE	4
#define ACC_MASK	(ACC_MKNOD | ACC_READ | ACC_WRITE)

/* entry types */
#define DEV_BLOCK	1
#define DEV_CHAR	2
#define DEV_ALL		4	/* every device, block and char */

/* a major or minor that matches every number: "*" */
#define DEV_WILDCARD	(~0U)

/* the two files that change the list: cftype::private */
enum devcgroup_filetype {
	DEVCG_ALLOW,
	DEVCG_DENY,
	DEVCG_LIST,
};

/*
 * devcgroup_mutex - serialises changes of every whitelist and the copy
 * made at create(); nests inside cgroup_mutex.
 */
static DEFINE_MUTEX(devcgroup_mutex);

/**
 * struct dev_whitelist_item - one entry of a whitelist
 * @major: major number or DEV_WILDCARD
 * @minor: minor number or DEV_WILDCARD
 * @type: DEV_BLOCK, DEV_CHAR or DEV_ALL
 * @access: ACC_* bits (devcgroup_mutex; READ_ONCE under RCU)
 * @list: entry in dev_cgroup::whitelist
 * @rcu: for kfree_rcu()
 */
struct dev_whitelist_item {
	u32 major, minor;
	short type;
	short access;
	struct list_head list;
	struct rcu_head rcu;
};

/**
 * struct dev_cgroup - the devices state of one cgroup
 * @css: the subsystem state
 * @whitelist: struct dev_whitelist_item entries (devcgroup_mutex; RCU)
 */
struct dev_cgroup {
	struct cgroup_subsys_state css;
	struct list_head whitelist;
};

static inline struct dev_cgroup *
css_to_devcgroup(struct cgroup_subsys_state *css)
{
	return container_of(css, struct dev_cgroup, css);
}

static inline struct dev_cgroup *cgroup_to_devcgroup(struct cgroup *cgrp)
{
	return css_to_devcgroup(cgroup_subsys_state(cgrp, devices_subsys_id));
}

/* Free every entry of @dev_cgroup's list at once (not visible to RCU). */
static void dev_whitelist_free(struct list_head *whitelist)
{
	struct dev_whitelist_item *wh, *tmp;

	list_for_each_entry_safe(wh, tmp, whitelist, list) {
		list_del(&wh->list);
		kfree(wh);
	}
}

/*
 * Copy @orig into the empty list @dest, which nobody else can see yet.
 * On -ENOMEM @dest is left empty.
 */
static int dev_whitelist_copy(struct list_head *dest, struct list_head *orig)
	__must_hold(&devcgroup_mutex)
{
	struct dev_whitelist_item *wh, *new;

	lockdep_assert_held(&devcgroup_mutex);
	list_for_each_entry(wh, orig, list) {
		new = kmemdup(wh, sizeof(*wh), GFP_KERNEL);
		if (!new)
			goto out_free;
		list_add_tail(&new->list, dest);
	}
	return 0;

out_free:
	dev_whitelist_free(dest);
	return -ENOMEM;
}

/* Does @wh's type include every device of type @type? */
static bool type_covers(short wh_type, short type)
{
	return (wh_type & DEV_ALL) || wh_type == type;
}

static bool num_covers(u32 wh_num, u32 num)
{
	return wh_num == DEV_WILDCARD || wh_num == num;
}

/*
 * Does the entry @wh allow everything @ref asks for: every device @ref
 * names, with every access bit of @ref?
 */
static bool whitelist_item_covers(const struct dev_whitelist_item *wh,
				  const struct dev_whitelist_item *ref)
{
	if (!type_covers(wh->type, ref->type))
		return false;
	if (!(wh->type & DEV_ALL) &&
	    (!num_covers(wh->major, ref->major) ||
	     !num_covers(wh->minor, ref->minor)))
		return false;
	return !(ref->access & ~READ_ONCE(wh->access));
}

/* Do @a and @b name at least one device in common? */
static bool whitelist_items_overlap(const struct dev_whitelist_item *a,
				    const struct dev_whitelist_item *b)
{
	if ((a->type & DEV_ALL) || (b->type & DEV_ALL))
		return true;
	if (a->type != b->type)
		return false;
	return (a->major == DEV_WILDCARD || b->major == DEV_WILDCARD ||
		a->major == b->major) &&
	       (a->minor == DEV_WILDCARD || b->minor == DEV_WILDCARD ||
		a->minor == b->minor);
}

/*
 * Is @ref, all of it, allowed by one entry of @dev_cgroup's list?
 * Context: devcgroup_mutex or rcu_read_lock().
 */
static bool may_access_whitelist(struct dev_cgroup *dev_cgroup,
				 const struct dev_whitelist_item *ref)
{
	struct dev_whitelist_item *wh;

	list_for_each_entry_rcu(wh, &dev_cgroup->whitelist, list,
				lockdep_is_held(&devcgroup_mutex)) {
		if (whitelist_item_covers(wh, ref))
			return true;
	}
	return false;
}

/*
 * Add @ref to the list: an entry for the same devices gains @ref's access
 * bits, else a copy of @ref is appended.  The copy is made first, so an
 * -ENOMEM changes nothing.
 */
static int dev_whitelist_add(struct dev_cgroup *dev_cgroup,
			     const struct dev_whitelist_item *ref)
	__must_hold(&devcgroup_mutex)
{
	struct dev_whitelist_item *wh, *new;

	lockdep_assert_held(&devcgroup_mutex);
	new = kmemdup(ref, sizeof(*ref), GFP_KERNEL);
	if (!new)
		return -ENOMEM;
	list_for_each_entry(wh, &dev_cgroup->whitelist, list) {
		if (wh->type == ref->type && wh->major == ref->major &&
		    wh->minor == ref->minor) {
			/* partner: READ_ONCE() in whitelist_item_covers() */
			WRITE_ONCE(wh->access, wh->access | ref->access);
			kfree(new);
			return 0;
		}
	}
	list_add_tail_rcu(&new->list, &dev_cgroup->whitelist);
	return 0;
}

/*
 * Take @ref's access bits away from every entry that names a device @ref
 * names; drop the entries left with no access.  Cannot fail.
 */
static void dev_whitelist_rm(struct dev_cgroup *dev_cgroup,
			     const struct dev_whitelist_item *ref)
	__must_hold(&devcgroup_mutex)
{
	struct dev_whitelist_item *wh, *tmp;

	lockdep_assert_held(&devcgroup_mutex);
	list_for_each_entry_safe(wh, tmp, &dev_cgroup->whitelist, list) {
		short access;

		if (!whitelist_items_overlap(wh, ref))
			continue;
		access = wh->access & ~ref->access;
		/* partner: READ_ONCE() in whitelist_item_covers() */
		WRITE_ONCE(wh->access, access);
		if (!access) {
			list_del_rcu(&wh->list);
			kfree_rcu(wh, rcu);
		}
	}
}

/* ------------------------------------------------------------------ */
/* The subsystem's hooks */

static struct cgroup_subsys_state *devcgroup_create(struct cgroup_subsys *ss,
						    struct cgroup *cgrp)
{
	struct dev_cgroup *dev_cgroup, *parent;
	struct dev_whitelist_item *wh;
	int ret;

	dev_cgroup = kzalloc(sizeof(*dev_cgroup), GFP_KERNEL);
	if (!dev_cgroup)
		return ERR_PTR(-ENOMEM);
	INIT_LIST_HEAD(&dev_cgroup->whitelist);

	if (!cgrp->parent) {
		/* a hierarchy's root (and the dummy root): everything */
		wh = kzalloc(sizeof(*wh), GFP_KERNEL);
		if (!wh)
			goto out_free_dev_cgroup;
		wh->type = DEV_ALL;
		wh->major = DEV_WILDCARD;
		wh->minor = DEV_WILDCARD;
		wh->access = ACC_MASK;
		list_add(&wh->list, &dev_cgroup->whitelist);
		return &dev_cgroup->css;
	}

	parent = cgroup_to_devcgroup(cgrp->parent);
	mutex_lock(&devcgroup_mutex);
	ret = dev_whitelist_copy(&dev_cgroup->whitelist, &parent->whitelist);
	mutex_unlock(&devcgroup_mutex);
	if (ret)
		goto out_free_dev_cgroup;
	return &dev_cgroup->css;

out_free_dev_cgroup:
	kfree(dev_cgroup);
	return ERR_PTR(-ENOMEM);
}

/*
 * rmdir (or unmount) calls this after an RCU grace period, when no task
 * and no reader of the list is left.
 */
static void devcgroup_destroy(struct cgroup_subsys *ss, struct cgroup *cgrp)
{
	struct dev_cgroup *dev_cgroup = cgroup_to_devcgroup(cgrp);

	dev_whitelist_free(&dev_cgroup->whitelist);
	kfree(dev_cgroup);
}

/*
 * Only the thread-independent check (devices.txt section 4): moving any task
 * but the writer itself needs CAP_SYS_ADMIN.  On the cgroup.procs path @tsk is
 * the group leader, whatever thread wrote.
 */
static int devcgroup_can_attach(struct cgroup_subsys *ss, struct cgroup *cgrp,
				struct task_struct *tsk)
{
	if (current != tsk && !capable(CAP_SYS_ADMIN))
		return -EPERM;
	return 0;
}

/* ------------------------------------------------------------------ */
/* devices.allow, devices.deny, devices.list */

static char type_to_char(short type)
{
	if (type == DEV_ALL)
		return 'a';
	if (type == DEV_CHAR)
		return 'c';
	if (type == DEV_BLOCK)
		return 'b';
	return 'X';
}

/* "*" or the number, into @str (at least 11 bytes) */
static void set_majmin(char *str, unsigned int m)
{
	if (m == DEV_WILDCARD)
		strscpy(str, "*", 2);
	else
		sprintf(str, "%u", m);
}

/* the access bits as "rwm" letters, into @acc (at least 4 bytes) */
static void set_access(char *acc, short access)
{
	int idx = 0;

	if (access & ACC_READ)
		acc[idx++] = 'r';
	if (access & ACC_WRITE)
		acc[idx++] = 'w';
	if (access & ACC_MKNOD)
		acc[idx++] = 'm';
	acc[idx] = '\0';
}

static int devcgroup_seq_read(struct cgroup *cgrp, struct cftype *cft,
			      struct seq_file *m)
{
	struct dev_whitelist_item *wh;
	char maj[12], min[12], acc[4];
	int ret = 0;

	/* cgroup_mutex: the list goes away at rmdir */
	cgroup_lock();
	if (cgroup_is_removed(cgrp)) {
		ret = -ENODEV;
		goto out_unlock;
	}
	mutex_lock(&devcgroup_mutex);
	list_for_each_entry(wh, &cgroup_to_devcgroup(cgrp)->whitelist, list) {
		set_access(acc, wh->access);
		set_majmin(maj, wh->major);
		set_majmin(min, wh->minor);
		seq_printf(m, "%c %s:%s %s\n", type_to_char(wh->type), maj, min,
			   acc);
	}
	mutex_unlock(&devcgroup_mutex);
out_unlock:
	cgroup_unlock();
	return ret;
}

/*
 * One major or minor: "*" or a decimal number (no sign, no overflow).
 * Advances *@bp past it.
 */
static int parse_majmin(const char **bp, u32 *num)
{
	const char *b = *bp;
	char digits[11];
	size_t len = 0;
	unsigned int val;

	if (*b == '*') {
		*num = DEV_WILDCARD;
		*bp = b + 1;
		return 0;
	}
	while (isdigit(b[len])) {
		if (len >= sizeof(digits) - 1)
			return -EINVAL;
		digits[len] = b[len];
		len++;
	}
	if (!len)
		return -EINVAL;
	digits[len] = '\0';
	if (kstrtouint(digits, 10, &val) || val == DEV_WILDCARD)
		return -EINVAL;
	*num = val;
	*bp = b + len;
	return 0;
}

/*
 * Parse one whitelist line into @wh: "a", or "TYPE MAJ:MIN ACCESS" with
 * TYPE b or c, MAJ and MIN a number or "*", ACCESS one to three of r, w
 * and m.  The core has stripped surrounding white space.  As 3.0, what
 * follows "a" and white space is ignored.
 */
static int parse_whitelist_item(const char *b, struct dev_whitelist_item *wh)
{
	int count;

	memset(wh, 0, sizeof(*wh));
	switch (*b) {
	case 'a':
		if (b[1] && !isspace(b[1]))
			return -EINVAL;
		wh->type = DEV_ALL;
		wh->major = DEV_WILDCARD;
		wh->minor = DEV_WILDCARD;
		wh->access = ACC_MASK;
		return 0;
	case 'b':
		wh->type = DEV_BLOCK;
		break;
	case 'c':
		wh->type = DEV_CHAR;
		break;
	default:
		return -EINVAL;
	}
	b++;
	if (!isspace(*b))
		return -EINVAL;
	b++;
	if (parse_majmin(&b, &wh->major))
		return -EINVAL;
	if (*b != ':')
		return -EINVAL;
	b++;
	if (parse_majmin(&b, &wh->minor))
		return -EINVAL;
	if (!isspace(*b))
		return -EINVAL;
	b++;
	for (count = 0; *b; count++, b++) {
		if (count == 3)
			return -EINVAL;
		switch (*b) {
		case 'r':
			wh->access |= ACC_READ;
			break;
		case 'w':
			wh->access |= ACC_WRITE;
			break;
		case 'm':
			wh->access |= ACC_MKNOD;
			break;
		default:
			return -EINVAL;
		}
	}
	return wh->access ? 0 : -EINVAL;
}

/*
 * Apply one line to @cgrp's list.  Checked in this order: CAP_SYS_ADMIN
 * (EPERM), the grammar (EINVAL), then for an allow that the parent's
 * list covers the new entry (EPERM).
 */
static int devcgroup_update_access(struct cgroup *cgrp, int filetype,
				   const char *buffer)
	__must_hold(&devcgroup_mutex)
{
	struct dev_cgroup *dev_cgroup = cgroup_to_devcgroup(cgrp);
	struct dev_whitelist_item wh;
	int ret;

	lockdep_assert_held(&devcgroup_mutex);
	if (!capable(CAP_SYS_ADMIN))
		return -EPERM;
	ret = parse_whitelist_item(buffer, &wh);
	if (ret)
		return ret;
	switch (filetype) {
	case DEVCG_ALLOW:
		if (cgrp->parent &&
		    !may_access_whitelist(cgroup_to_devcgroup(cgrp->parent),
					  &wh))
			return -EPERM;
		return dev_whitelist_add(dev_cgroup, &wh);
	case DEVCG_DENY:
		dev_whitelist_rm(dev_cgroup, &wh);
		return 0;
	default:
		return -EINVAL;
	}
}

static int devcgroup_access_write(struct cgroup *cgrp, struct cftype *cft,
				  const char *buffer)
{
	int ret;

	cgroup_lock();
	if (cgroup_is_removed(cgrp)) {
		ret = -ENODEV;
	} else {
		mutex_lock(&devcgroup_mutex);
		ret = devcgroup_update_access(cgrp, cft->private, buffer);
		mutex_unlock(&devcgroup_mutex);
	}
	cgroup_unlock();
	return ret;
}

static const struct cftype dev_cgroup_files[] = {
	{
		.name = "allow",
		.write_string = devcgroup_access_write,
		.private = DEVCG_ALLOW,
	},
	{
		.name = "deny",
		.write_string = devcgroup_access_write,
		.private = DEVCG_DENY,
	},
	{
		.name = "list",
		.read_seq_string = devcgroup_seq_read,
		.private = DEVCG_LIST,
	},
};

/* Called by the core with cgroup_mutex held. */
static int devcgroup_populate(struct cgroup_subsys *ss, struct cgroup *cgrp)
{
	return cgroup_add_files(cgrp, ss, dev_cgroup_files,
				ARRAY_SIZE(dev_cgroup_files));
}

struct cgroup_subsys devices_subsys = {
	.name = "devices",
	.subsys_id = devices_subsys_id,
	.create = devcgroup_create,
	.destroy = devcgroup_destroy,
	.can_attach = devcgroup_can_attach,
	.populate = devcgroup_populate,
};

/* ------------------------------------------------------------------ */
/* The VFS's questions */

/*
 * May current, by its devices cgroup, access @ref?  Before cgroup_init()
 * the subsystem has no state yet: everything is allowed.
 */
static int devcgroup_check(const struct dev_whitelist_item *ref)
{
	struct cgroup_subsys_state *css;
	int ret = 0;

	rcu_read_lock();
	css = task_subsys_state(current, devices_subsys_id);
	if (css && !may_access_whitelist(css_to_devcgroup(css), ref))
		ret = -EPERM;
	rcu_read_unlock();
	return ret;
}

/**
 * __devcgroup_inode_permission() - may current open device node @inode?
 * @inode: a character or block device node
 * @mask: MAY_READ needs "r", MAY_WRITE needs "w"
 *
 * Context: process; takes rcu_read_lock().
 * Return: 0 or -EPERM.
 */
int __devcgroup_inode_permission(struct inode *inode, int mask)
{
	struct dev_whitelist_item ref = {
		.type = S_ISBLK(READ_ONCE(inode->i_mode)) ? DEV_BLOCK :
							    DEV_CHAR,
		.major = imajor(inode),
		.minor = iminor(inode),
	};

	if (mask & MAY_READ)
		ref.access |= ACC_READ;
	if (mask & MAY_WRITE)
		ref.access |= ACC_WRITE;
	return devcgroup_check(&ref);
}

/**
 * devcgroup_inode_mknod() - may current make a device node?
 * @mode: the new node's type and permission bits
 * @dev: its device number
 *
 * Only character and block nodes are checked; they need "m".
 *
 * Context: process; takes rcu_read_lock().
 * Return: 0 or -EPERM.
 */
int devcgroup_inode_mknod(int mode, dev_t dev)
{
	struct dev_whitelist_item ref = {
		.major = MAJOR(dev),
		.minor = MINOR(dev),
		.access = ACC_MKNOD,
	};

	if (!S_ISBLK(mode) && !S_ISCHR(mode))
		return 0;
	ref.type = S_ISBLK(mode) ? DEV_BLOCK : DEV_CHAR;
	return devcgroup_check(&ref);
}
