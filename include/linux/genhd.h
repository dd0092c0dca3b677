/* SPDX-License-Identifier: GPL-2.0 */
/*
 * genhd.h - the machine's disks (block/genhd.c).
 *
 * The hosted machine has a fixed table of disks, each with a block of
 * minors for its partitions, as SCSI disks have: sda is 8:0 (8:1..8:15
 * its partitions), sdb is 8:16.  They hold no data: I/O submitted to
 * them (ksys_submit_io()) is only accounted, which is what the blkio
 * cgroup subsystem needs.  The table never changes after boot, so it
 * needs no lock.
 */
#ifndef _LINUX_GENHD_H
#define _LINUX_GENHD_H

#include <linux/types.h>
#include <linux/kdev_t.h>

#define DISK_NAME_LEN	32
#define SECTOR_SHIFT	9

/**
 * struct gendisk - one disk
 * @major: its major number
 * @first_minor: the minor of the whole disk
 * @minors: minors it owns (the disk and its partitions)
 * @index: position in the table, 0..nr_disks()-1
 * @disk_name: "sda", ...
 * @capacity: size in 512-byte sectors
 */
struct gendisk {
	int major;
	int first_minor;
	int minors;
	int index;
	char disk_name[DISK_NAME_LEN];
	u64 capacity;
};

/* Number of entries in the disk table (fixed at build time). */
#define NR_DISKS	2

struct gendisk *get_gendisk(dev_t dev, int *partno);
struct gendisk *disk_by_index(int index);

static inline dev_t disk_devt(const struct gendisk *disk)
{
	return MKDEV(disk->major, disk->first_minor);
}

#endif /* _LINUX_GENHD_H */
