// SPDX-License-Identifier: GPL-2.0
/*
 * genhd.c - the machine's fixed disk table (<linux/genhd.h>).
 *
 * Locks: none; the table is constant.
 */
#include <linux/kernel.h>
#include <linux/genhd.h>

static struct gendisk disks[NR_DISKS] = {
	{
		.major		= 8,
		.first_minor	= 0,
		.minors		= 16,
		.index		= 0,
		.disk_name	= "sda",
		.capacity	= 2097152,	/* 1 GiB */
	},
	{
		.major		= 8,
		.first_minor	= 16,
		.minors		= 16,
		.index		= 1,
		.disk_name	= "sdb",
		.capacity	= 2097152,
	},
};

/**
 * get_gendisk() - the disk a device number belongs to
 * @dev: a disk or partition device number
 * @partno: set to the partition number (0: the whole disk)
 * Context: any.
 * Return: the disk, or NULL when no disk owns @dev.
 */
struct gendisk *get_gendisk(dev_t dev, int *partno)
{
	int i;

	for (i = 0; i < NR_DISKS; i++) {
		struct gendisk *disk = &disks[i];

		if (MAJOR(dev) == disk->major &&
		    MINOR(dev) >= disk->first_minor &&
		    MINOR(dev) < disk->first_minor + disk->minors) {
			*partno = MINOR(dev) - disk->first_minor;
			return disk;
		}
	}
	return NULL;
}

/**
 * disk_by_index() - the disk at position @index of the table
 * @index: 0..NR_DISKS-1
 * Context: any.
 * Return: the disk, or NULL if @index is out of range.
 */
struct gendisk *disk_by_index(int index)
{
	if (index < 0 || index >= NR_DISKS)
		return NULL;
	return &disks[index];
}
