// SPDX-License-Identifier: GPL-2.0
/*
 * blk-cgroup.c - the blkio cgroup subsystem.
 *
 * As Linux 2.6.38/3.0 with the per-thread callbacks of the 2011 series:
 *
 *  - blkio.weight (100..1000, default 500) and blkio.weight_device
 *    ("MAJ:MIN WEIGHT"; weight 0 removes the rule) per cgroup.  The
 *    machine has no I/O scheduler, so weights are recorded and shown,
 *    not applied;
 *  - an io_context is bound to one blkio cgroup, the one its I/O is
 *    charged to.  A thread whose io_context is shared with other threads
 *    (CLONE_IO, nr_tasks > 1) cannot move: can_attach_task refuses it
 *    (-EINVAL), so a cgroup.procs write of its group moves nothing.  A
 *    thread with a private one moves, and attach_task marks its
 *    io_context cgroup_changed; the next I/O submission rebinds it to
 *    the task's new cgroup (CFQ did this lazily in Linux);
 *  - blkio.io_serviced, blkio.io_service_bytes and blkio.sectors: per
 *    disk, charged at submission to the bound cgroup; blkio.reset_stats
 *    clears them.
 *
 * Documentation/cgroups/blkio-controller.txt has the files' formats.
 *
 * Locks taken and their ordering:
 *   task_lock(tsk)		(tsk->io_context: can_attach_task,
 *				 attach_task)
 *     ioc->lock		(the io_context's binding and cgroup_changed)
 *   blkcg->lock		(a cgroup's weights, rules and statistics;
 *				 taken alone, never with the above)
 * The hooks run under cgroup_mutex; the submission path takes none of
 * the cgroup core's locks, only rcu_read_lock() to find current's cgroup.
 *
 * Lifetime: struct blkio_cgroup has a reference count of its own, one
 * for the cgroup (dropped by destroy) and one per io_context bound to
 * it, so an io_context may outlive the cgroup its last I/O went to.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/spinlock.h>
#include <linux/refcount.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/cgroup.h>
#include <linux/seq_file.h>
#include <linux/kstrtox.h>
#include <linux/genhd.h>
#include <linux/iocontext.h>
#include <linux/blk-cgroup.h>

/* the columns of io_serviced and io_service_bytes */
enum blkio_stat_sub_type {
	BLKIO_STAT_READ,
	BLKIO_STAT_WRITE,
	BLKIO_STAT_SYNC,
	BLKIO_STAT_ASYNC,
	BLKIO_STAT_NR,
};

static const char *const blkio_stat_names[BLKIO_STAT_NR] = {
	[BLKIO_STAT_READ]	= "Read",
	[BLKIO_STAT_WRITE]	= "Write",
	[BLKIO_STAT_SYNC]	= "Sync",
	[BLKIO_STAT_ASYNC]	= "Async",
};

/* which statistics file a cftype shows (cftype::private) */
enum blkio_stat_file {
	BLKIO_FILE_SERVICED,
	BLKIO_FILE_SERVICE_BYTES,
	BLKIO_FILE_SECTORS,
};

/**
 * struct blkio_group_stats - one cgroup's statistics for one disk
 * @present: the cgroup has a group for the disk (Linux creates it at
 *	the first I/O; the root has one for every disk from boot)
 * @serviced: requests, per sub type
 * @service_bytes: bytes, per sub type
 * @sectors: sectors transferred
 */
struct blkio_group_stats {
	bool present;
	u64 serviced[BLKIO_STAT_NR];
	u64 service_bytes[BLKIO_STAT_NR];
	u64 sectors;
};

/**
 * struct blkio_policy_node - one blkio.weight_device rule
 * @node: entry in blkio_cgroup::policy_list (newest first, as 2.6.38)
 * @dev: the disk
 * @weight: BLKIO_WEIGHT_MIN..BLKIO_WEIGHT_MAX
 */
struct blkio_policy_node {
	struct list_head node;
	dev_t dev;
	unsigned int weight;
};

/**
 * struct blkio_cgroup - the blkio state of one cgroup
 * @css: the core's part
 * @refcnt: one for the cgroup, one per io_context bound here
 * @lock: protects @weight, @policy_list and @stats
 * @weight: blkio.weight
 * @policy_list: blkio.weight_device rules
 * @stats: per disk, indexed by gendisk::index
 */
struct blkio_cgroup {
	struct cgroup_subsys_state css;
	refcount_t refcnt;
	spinlock_t lock;	/* @weight, @policy_list, @stats */
	unsigned int weight;
	struct list_head policy_list;
	struct blkio_group_stats stats[NR_DISKS];
};

static struct blkio_cgroup *cgroup_to_blkio_cgroup(struct cgroup *cgrp)
{
	return container_of(cgroup_subsys_state(cgrp, blkio_subsys_id),
			    struct blkio_cgroup, css);
}

static void blkcg_get(struct blkio_cgroup *blkcg)
{
	refcount_inc(&blkcg->refcnt);
}

static void blkcg_put(struct blkio_cgroup *blkcg)
{
	struct blkio_policy_node *pn, *next;

	if (!blkcg || !refcount_dec_and_test(&blkcg->refcnt))
		return;
	list_for_each_entry_safe(pn, next, &blkcg->policy_list, node) {
		list_del(&pn->node);
		kfree(pn);
	}
	kfree(blkcg);
}

/* ------------------------------------------------------------------ */
/* Binding io_contexts and charging I/O */

/*
 * current's blkio cgroup, referenced.  current is in it, so it cannot
 * be removed before rcu_read_unlock(): rmdir waits for a grace period
 * before destroy() drops the cgroup's reference.
 */
static struct blkio_cgroup *blkcg_of_current(void)
{
	struct blkio_cgroup *blkcg;

	rcu_read_lock();
	blkcg = container_of(task_subsys_state(current, blkio_subsys_id),
			     struct blkio_cgroup, css);
	blkcg_get(blkcg);
	rcu_read_unlock();
	return blkcg;
}

/**
 * blkiocg_submit_io() - charge one request to @ioc's blkio cgroup
 * @ioc: the submitting task's io_context, referenced
 * @disk: the disk
 * @sectors: size in sectors
 * @rw: READ or WRITE
 *
 * An io_context never bound, or marked cgroup_changed by attach_task
 * since its last I/O, is first (re)bound to current's cgroup.  Every
 * submission is synchronous here, so it counts as Sync.
 * Context: process, in task context; takes ioc->lock, then blkcg->lock.
 */
void blkiocg_submit_io(struct io_context *ioc, struct gendisk *disk,
		       unsigned long sectors, int rw)
{
	struct blkio_cgroup *cur = blkcg_of_current();
	struct blkio_cgroup *old = NULL, *blkcg;
	struct blkio_group_stats *stats;
	u64 bytes = (u64)sectors << SECTOR_SHIFT;
	int dir = rw == WRITE ? BLKIO_STAT_WRITE : BLKIO_STAT_READ;

	spin_lock(&ioc->lock);
	if (!ioc->blkcg || ioc->cgroup_changed) {
		if (ioc->cgroup_changed)
			ioc->blkcg_rebinds++;
		old = ioc->blkcg;
		blkcg_get(cur);
		ioc->blkcg = cur;
		ioc->cgroup_changed = 0;
	}
	blkcg = ioc->blkcg;
	blkcg_get(blkcg);
	spin_unlock(&ioc->lock);
	blkcg_put(old);
	blkcg_put(cur);

	spin_lock(&blkcg->lock);
	stats = &blkcg->stats[disk->index];
	stats->present = true;
	stats->serviced[dir]++;
	stats->serviced[BLKIO_STAT_SYNC]++;
	stats->service_bytes[dir] += bytes;
	stats->service_bytes[BLKIO_STAT_SYNC] += bytes;
	stats->sectors += sectors;
	spin_unlock(&blkcg->lock);
	blkcg_put(blkcg);
}

/**
 * blkio_ioc_release() - @ioc is being freed: unbind it
 * @ioc: the io_context, last reference gone
 * Context: any; no lock held.
 */
void blkio_ioc_release(struct io_context *ioc)
{
	blkcg_put(ioc->blkcg);
	ioc->blkcg = NULL;
}

/* ------------------------------------------------------------------ */
/* Attach hooks */

/*
 * A thread whose io_context other threads share (CLONE_IO) cannot move:
 * the context would be charged to two cgroups.  task_lock keeps
 * exit_io_context() from clearing it meanwhile.
 */
static int blkiocg_can_attach_task(struct cgroup *cgrp,
				   struct task_struct *tsk)
{
	struct io_context *ioc;
	int ret = 0;

	task_lock(tsk);
	ioc = tsk->io_context;
	if (ioc && atomic_read(&ioc->nr_tasks) > 1)
		ret = -EINVAL;
	task_unlock(tsk);
	return ret;
}

/* The thread moved: its next submission rebinds its io_context. */
static void blkiocg_attach_task(struct cgroup *cgrp, struct task_struct *tsk)
{
	struct io_context *ioc;

	task_lock(tsk);
	ioc = tsk->io_context;
	if (ioc) {
		spin_lock(&ioc->lock);
		ioc->cgroup_changed = 1;
		spin_unlock(&ioc->lock);
	}
	task_unlock(tsk);
}

/* ------------------------------------------------------------------ */
/* Files */

static u64 blkiocg_weight_read(struct cgroup *cgrp, struct cftype *cft)
{
	struct blkio_cgroup *blkcg = cgroup_to_blkio_cgroup(cgrp);
	unsigned int weight;

	spin_lock(&blkcg->lock);
	weight = blkcg->weight;
	spin_unlock(&blkcg->lock);
	return weight;
}

static int blkiocg_weight_write(struct cgroup *cgrp, struct cftype *cft,
				u64 val)
{
	struct blkio_cgroup *blkcg = cgroup_to_blkio_cgroup(cgrp);

	if (val < BLKIO_WEIGHT_MIN || val > BLKIO_WEIGHT_MAX)
		return -EINVAL;
	spin_lock(&blkcg->lock);
	blkcg->weight = val;
	spin_unlock(&blkcg->lock);
	return 0;
}

/* A rule's device must be a whole disk (2.6.38: -ENODEV otherwise). */
static int blkio_check_dev_num(dev_t dev)
{
	int partno = 0;

	if (!get_gendisk(dev, &partno) || partno)
		return -ENODEV;
	return 0;
}

/*
 * "MAJ:MIN WEIGHT", fields separated by single spaces (empty fields
 * skipped), as 2.6.38's blkio_policy_parse_and_set(): anything else is
 * -EINVAL, an unknown device or a partition -ENODEV, a weight outside
 * 100..1000 other than 0 -EINVAL.
 */
static int blkio_policy_parse(char *buf, dev_t *dev, unsigned int *weight)
{
	char *s[3] = { }, *p, *major_s, *minor_s;
	unsigned int major, minor;
	unsigned long val;
	int i = 0, ret;

	while ((p = strsep(&buf, " ")) != NULL) {
		if (!*p)
			continue;
		s[i++] = p;
		if (i == 3)
			break;
	}
	if (i != 2)
		return -EINVAL;

	minor_s = s[0];
	major_s = strsep(&minor_s, ":");
	if (!major_s || !minor_s)
		return -EINVAL;
	if (kstrtouint(major_s, 10, &major) || kstrtouint(minor_s, 10, &minor))
		return -EINVAL;
	if (major > MAJOR(~0U) || minor > MINORMASK)
		return -ENODEV;
	*dev = MKDEV(major, minor);
	ret = blkio_check_dev_num(*dev);
	if (ret)
		return ret;

	if (kstrtoul(s[1], 10, &val))
		return -EINVAL;
	if ((val < BLKIO_WEIGHT_MIN && val > 0) || val > BLKIO_WEIGHT_MAX)
		return -EINVAL;
	*weight = val;
	return 0;
}

static struct blkio_policy_node *blkio_policy_find(struct blkio_cgroup *blkcg,
						   dev_t dev)
	__must_hold(&blkcg->lock)
{
	struct blkio_policy_node *pn;

	lockdep_assert_held(&blkcg->lock);
	list_for_each_entry(pn, &blkcg->policy_list, node) {
		if (pn->dev == dev)
			return pn;
	}
	return NULL;
}

static int blkiocg_weight_device_write(struct cgroup *cgrp,
				       struct cftype *cft, const char *buffer)
{
	struct blkio_cgroup *blkcg = cgroup_to_blkio_cgroup(cgrp);
	struct blkio_policy_node *pn, *new;
	unsigned int weight;
	char *buf;
	dev_t dev;
	int ret;

	buf = kstrdup(buffer, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	ret = blkio_policy_parse(buf, &dev, &weight);
	kfree(buf);
	if (ret)
		return ret;

	/* allocated before the lock; freed unused when a rule exists */
	new = weight ? kzalloc(sizeof(*new), GFP_KERNEL) : NULL;
	if (weight && !new)
		return -ENOMEM;

	spin_lock(&blkcg->lock);
	pn = blkio_policy_find(blkcg, dev);
	if (!weight) {
		if (pn)
			list_del(&pn->node);
	} else if (pn) {
		pn->weight = weight;
		pn = NULL;
	} else {
		new->dev = dev;
		new->weight = weight;
		list_add(&new->node, &blkcg->policy_list);
		new = NULL;
	}
	spin_unlock(&blkcg->lock);
	/* @pn: a removed rule; @new: not needed */
	if (!weight)
		kfree(pn);
	kfree(new);
	return 0;
}

static int blkiocg_weight_device_read(struct cgroup *cgrp, struct cftype *cft,
				      struct seq_file *m)
{
	struct blkio_cgroup *blkcg = cgroup_to_blkio_cgroup(cgrp);
	struct blkio_policy_node *pn;

	spin_lock(&blkcg->lock);
	list_for_each_entry(pn, &blkcg->policy_list, node)
		seq_printf(m, "%u:%u\t%u\n", MAJOR(pn->dev), MINOR(pn->dev),
			   pn->weight);
	spin_unlock(&blkcg->lock);
	return 0;
}

/*
 * io_serviced and io_service_bytes: per disk with a group, one line per
 * sub type and the disk's Total (Read + Write), then the cgroup's
 * "Total"; sectors: one line per disk.  Disks in table order.
 */
static int blkiocg_stats_read(struct cgroup *cgrp, struct cftype *cft,
			      struct seq_file *m)
{
	struct blkio_cgroup *blkcg = cgroup_to_blkio_cgroup(cgrp);
	struct blkio_group_stats snap[NR_DISKS];
	u64 total = 0;
	int i, t;

	spin_lock(&blkcg->lock);
	memcpy(snap, blkcg->stats, sizeof(snap));
	spin_unlock(&blkcg->lock);

	for (i = 0; i < NR_DISKS; i++) {
		struct gendisk *disk = disk_by_index(i);
		const u64 *val;

		if (!snap[i].present)
			continue;
		if (cft->private == BLKIO_FILE_SECTORS) {
			seq_printf(m, "%d:%d %llu\n", disk->major,
				   disk->first_minor, snap[i].sectors);
			continue;
		}
		val = cft->private == BLKIO_FILE_SERVICED ?
		      snap[i].serviced : snap[i].service_bytes;
		for (t = 0; t < BLKIO_STAT_NR; t++)
			seq_printf(m, "%d:%d %s %llu\n", disk->major,
				   disk->first_minor, blkio_stat_names[t],
				   val[t]);
		seq_printf(m, "%d:%d Total %llu\n", disk->major,
			   disk->first_minor,
			   val[BLKIO_STAT_READ] + val[BLKIO_STAT_WRITE]);
		total += val[BLKIO_STAT_READ] + val[BLKIO_STAT_WRITE];
	}
	if (cft->private != BLKIO_FILE_SECTORS)
		seq_printf(m, "Total %llu\n", total);
	return 0;
}

/* Any number written clears the statistics; the groups stay. */
static int blkiocg_reset_stats(struct cgroup *cgrp, struct cftype *cft,
			       u64 val)
{
	struct blkio_cgroup *blkcg = cgroup_to_blkio_cgroup(cgrp);
	int i;

	spin_lock(&blkcg->lock);
	for (i = 0; i < NR_DISKS; i++) {
		struct blkio_group_stats *stats = &blkcg->stats[i];
		bool present = stats->present;

		memset(stats, 0, sizeof(*stats));
		stats->present = present;
	}
	spin_unlock(&blkcg->lock);
	return 0;
}

static const struct cftype blkio_files[] = {
	{
		.name = "weight_device",
		.read_seq_string = blkiocg_weight_device_read,
		.write_string = blkiocg_weight_device_write,
	},
	{
		.name = "weight",
		.read_u64 = blkiocg_weight_read,
		.write_u64 = blkiocg_weight_write,
	},
	{
		.name = "sectors",
		.private = BLKIO_FILE_SECTORS,
		.read_seq_string = blkiocg_stats_read,
	},
	{
		.name = "io_service_bytes",
		.private = BLKIO_FILE_SERVICE_BYTES,
		.read_seq_string = blkiocg_stats_read,
	},
	{
		.name = "io_serviced",
		.private = BLKIO_FILE_SERVICED,
		.read_seq_string = blkiocg_stats_read,
	},
	{
		.name = "reset_stats",
		.write_u64 = blkiocg_reset_stats,
	},
};

/* ------------------------------------------------------------------ */
/* Subsystem */

static struct cgroup_subsys_state *blkiocg_create(struct cgroup_subsys *ss,
						  struct cgroup *cgrp)
{
	struct blkio_cgroup *blkcg = kzalloc(sizeof(*blkcg), GFP_KERNEL);
	int i;

	if (!blkcg)
		return ERR_PTR(-ENOMEM);
	refcount_set(&blkcg->refcnt, 1);
	spin_lock_init(&blkcg->lock);
	blkcg->weight = BLKIO_WEIGHT_DEFAULT;
	INIT_LIST_HEAD(&blkcg->policy_list);
	/* the root's groups exist from boot, as CFQ's root groups do */
	if (!cgrp->parent) {
		for (i = 0; i < NR_DISKS; i++)
			blkcg->stats[i].present = true;
	}
	return &blkcg->css;
}

static void blkiocg_destroy(struct cgroup_subsys *ss, struct cgroup *cgrp)
{
	blkcg_put(cgroup_to_blkio_cgroup(cgrp));
}

static int blkiocg_populate(struct cgroup_subsys *ss, struct cgroup *cgrp)
{
	return cgroup_add_files(cgrp, ss, blkio_files,
				ARRAY_SIZE(blkio_files));
}

struct cgroup_subsys blkio_subsys = {
	.name = "blkio",
	.subsys_id = blkio_subsys_id,
	.create = blkiocg_create,
	.destroy = blkiocg_destroy,
	.populate = blkiocg_populate,
	.can_attach_task = blkiocg_can_attach_task,
	.attach_task = blkiocg_attach_task,
};
