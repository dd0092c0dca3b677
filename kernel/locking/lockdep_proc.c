// SPDX-License-Identifier: GPL-2.0
/*
 * lockdep_proc.c - /proc/lock_stat (CONFIG_LOCK_STAT), in Linux's format
 * ("lock_stat version 0.4"); Documentation/locking/lockstat.txt explains
 * every column.
 *
 * Reading prints every lock class that was acquired, most contended
 * first, with its contention points (call sites that waited) and
 * contending points (call sites of the holders they waited for).
 * Writing "0" clears the statistics.  Times are printed in microseconds
 * with two decimals, as Linux prints them.
 *
 * Locks: none of its own; the numbers are relaxed atomics (lockdep.c).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/lockdep.h>
#include <linux/lock_stat.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/sort.h>
#include <linux/uaccess.h>

struct lock_stat_data {
	unsigned int class_idx;
	struct lock_class_stats stats;
};

static unsigned long lock_stat_contentions(const struct lock_class_stats *st)
{
	return st->read_waittime.nr + st->write_waittime.nr;
}

static int lock_stat_cmp(const void *a, const void *b)
{
	unsigned long na = lock_stat_contentions(&((const struct lock_stat_data *)a)->stats);
	unsigned long nb = lock_stat_contentions(&((const struct lock_stat_data *)b)->stats);

	return na < nb ? 1 : na > nb ? -1 : 0;
}

/* ns as Linux prints usecs: "%.2f" */
static void seq_time(struct seq_file *m, u64 ns)
{
	seq_printf(m, " %11llu.%02llu", ns / 1000, (ns % 1000) / 10);
}

static void seq_lock_time(struct seq_file *m, const struct lock_time *lt)
{
	seq_printf(m, "%14lu", lt->nr);
	seq_time(m, lt->min);
	seq_time(m, lt->max);
	seq_time(m, lt->total);
	seq_time(m, lt->nr ? lt->total / lt->nr : 0);
}

static void seq_line(struct seq_file *m, char c, int offset, int length)
{
	int i;

	for (i = 0; i < offset; i++)
		seq_putc(m, ' ');
	for (i = 0; i < length; i++)
		seq_putc(m, c);
	seq_putc(m, '\n');
}

static void seq_points(struct seq_file *m, const char *name,
		       const char *const *points, const unsigned long *counts)
{
	int i;

	for (i = 0; i < LOCKSTAT_POINTS && points[i]; i++)
		seq_printf(m, "%40s %14lu          %s\n", name, counts[i],
			   points[i]);
}

static void seq_stats(struct seq_file *m, const struct lock_stat_data *data)
{
	const struct lock_class_stats *st = &data->stats;
	const char *name = lockdep_class_name(data->class_idx);
	char tag[128];

	if (st->write_holdtime.nr) {
		snprintf(tag, sizeof(tag), "%s%s:", name,
			 st->read_holdtime.nr ? "-W" : "");
		seq_printf(m, "%40s %14lu", tag,
			   st->bounces[bounce_contended_write]);
		seq_lock_time(m, &st->write_waittime);
		seq_printf(m, " %14lu", st->bounces[bounce_acquired_write]);
		seq_lock_time(m, &st->write_holdtime);
		seq_putc(m, '\n');
	}
	if (st->read_holdtime.nr) {
		snprintf(tag, sizeof(tag), "%s-R:", name);
		seq_printf(m, "%40s %14lu", tag,
			   st->bounces[bounce_contended_read]);
		seq_lock_time(m, &st->read_waittime);
		seq_printf(m, " %14lu", st->bounces[bounce_acquired_read]);
		seq_lock_time(m, &st->read_holdtime);
		seq_putc(m, '\n');
	}
	if (st->read_waittime.nr + st->write_waittime.nr) {
		seq_line(m, '-', 40, 15);
		seq_points(m, name, st->contention_point,
			   st->contention_count);
		if (st->contending_point[0]) {
			seq_line(m, '-', 40, 15);
			seq_points(m, name, st->contending_point,
				   st->contending_count);
		}
	}
	seq_putc(m, '\n');
	seq_line(m, '.', 0, 40 + 1 + 12 * (14 + 1));
	seq_putc(m, '\n');
}

static int lock_stat_show(struct seq_file *m, void *v)
{
	unsigned int nr = lock_stat_nr_classes(), idx, n = 0, i;
	struct lock_stat_data *data;

	seq_puts(m, "lock_stat version 0.4\n");
	seq_line(m, '-', 0, 40 + 1 + 12 * (14 + 1));
	seq_printf(m, "%40s %14s %14s %14s %14s %14s %14s %14s %14s %14s %14s %14s %14s\n",
		   "class name", "con-bounces", "contentions",
		   "waittime-min", "waittime-max", "waittime-total",
		   "waittime-avg", "acq-bounces", "acquisitions",
		   "holdtime-min", "holdtime-max", "holdtime-total",
		   "holdtime-avg");
	seq_line(m, '-', 0, 40 + 1 + 12 * (14 + 1));
	seq_putc(m, '\n');

	data = kmalloc_array(nr, sizeof(*data), GFP_KERNEL);
	if (!data)
		return -ENOMEM;
	for (idx = 1; idx < nr; idx++) {
		if (!lock_stat_class_read(idx, &data[n].stats))
			continue;
		if (!data[n].stats.read_holdtime.nr &&
		    !data[n].stats.write_holdtime.nr)
			continue;	/* never acquired since the last clear */
		data[n++].class_idx = idx;
	}
	sort(data, n, sizeof(*data), lock_stat_cmp, NULL);
	for (i = 0; i < n; i++)
		seq_stats(m, &data[i]);
	kfree(data);
	return 0;
}

static int lock_stat_open(struct inode *inode, struct file *file)
{
	return single_open(file, lock_stat_show, NULL);
}

/* Writing "0" (with or without a newline) clears the statistics. */
static ssize_t lock_stat_write(struct file *file, const char __user *buf,
			       size_t count, loff_t *ppos)
{
	char c;

	if (!count)
		return 0;
	if (copy_from_user(&c, buf, 1))
		return -EFAULT;
	if (c != '0')
		return count;	/* as Linux: anything else is ignored */
	lock_stat_clear();
	return count;
}

static const struct file_operations lock_stat_fops = {
	.open		= lock_stat_open,
	.read		= seq_read,
	.write		= lock_stat_write,
	.llseek		= seq_lseek,
	.release	= single_release,
};

static int __init lockdep_proc_init(void)
{
	if (!proc_create("lock_stat", 0600, NULL, &lock_stat_fops))
		return -ENOMEM;
	return 0;
}
late_initcall(lockdep_proc_init);
