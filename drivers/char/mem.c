// SPDX-License-Identifier: GPL-2.0
/*
 * mem.c - the memory devices of major 1: /dev/null (1:3) and /dev/zero
 * (1:5), with Linux's behaviour.
 *
 *	/dev/null	read: end of file; write: takes every byte
 *	/dev/zero	read: as many zero bytes as asked for; write: as null
 *
 * Seeking either always succeeds and leaves the position at 0.  Other
 * minors of major 1 open with -ENXIO.  At boot the driver registers
 * major 1 and makes the nodes /dev/null and /dev/zero (mode 0666, as
 * devtmpfs would) when /dev exists.
 *
 * Locks: none of its own.
 */
#include <linux/cdev.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/uaccess.h>

#define MEM_MAJOR	1

static ssize_t read_null(struct file *file, char __user *buf, size_t count,
			 loff_t *ppos)
{
	return 0;
}

static ssize_t write_null(struct file *file, const char __user *buf,
			  size_t count, loff_t *ppos)
{
	return count;
}

/* null and zero: any seek succeeds, and the position stays 0 */
static loff_t null_lseek(struct file *file, loff_t offset, int whence)
{
	file->f_pos = 0;
	return 0;
}

static ssize_t read_zero(struct file *file, char __user *buf, size_t count,
			 loff_t *ppos)
{
	static const char zeros[256];
	size_t done = 0;

	while (done < count) {
		size_t chunk = min_t(size_t, count - done, sizeof(zeros));

		if (copy_to_user(buf + done, zeros, chunk))
			return done ? done : -EFAULT;
		done += chunk;
	}
	return done;
}

static const struct file_operations null_fops = {
	.llseek		= null_lseek,
	.read		= read_null,
	.write		= write_null,
};

static const struct file_operations zero_fops = {
	.llseek		= null_lseek,
	.read		= read_zero,
	.write		= write_null,
};

/**
 * struct memdev - one minor of the mem major
 * @name: node name under /dev
 * @minor: the minor number
 * @mode: the node's permission bits
 * @fops: what an open file of it does
 */
struct memdev {
	const char *name;
	unsigned int minor;
	umode_t mode;
	const struct file_operations *fops;
};

static const struct memdev devlist[] = {
	{ "null", 3, 0666, &null_fops },
	{ "zero", 5, 0666, &zero_fops },
};

/* The mem major's ->open: pick the minor's operations. */
static int memory_open(struct inode *inode, struct file *filp)
{
	unsigned int minor = iminor(inode);
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(devlist); i++) {
		if (devlist[i].minor != minor)
			continue;
		filp->f_op = devlist[i].fops;
		if (filp->f_op->open)
			return filp->f_op->open(inode, filp);
		return 0;
	}
	return -ENXIO;
}

static const struct file_operations memory_fops = {
	.open		= memory_open,
};

/* Make /dev/NAME for @dev, with exactly its mode (no umask). */
static int __init mem_make_node(const struct memdev *dev)
{
	char path[32];
	long ret;

	snprintf(path, sizeof(path), "/dev/%s", dev->name);
	ret = ksys_mknod(path, S_IFCHR | dev->mode,
			 MKDEV(MEM_MAJOR, dev->minor));
	if (ret == -ENOENT)
		return 0;	/* no /dev in this tree */
	if (ret)
		return ret;
	return ksys_chmod(path, dev->mode);
}

static int __init chr_dev_init(void)
{
	unsigned int i;
	int ret;

	ret = register_chrdev(MEM_MAJOR, "mem", &memory_fops);
	if (ret) {
		pr_err("unable to get major %d for memory devs\n", MEM_MAJOR);
		return ret;
	}
	for (i = 0; i < ARRAY_SIZE(devlist); i++) {
		ret = mem_make_node(&devlist[i]);
		if (ret)
			pr_warn("mem: cannot make /dev/%s: %d\n",
				devlist[i].name, ret);
	}
	return 0;
}
device_initcall(chr_dev_init);
