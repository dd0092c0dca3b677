// SPDX-License-Identifier: GPL-2.0
/*
 * blk-core.c - submitting I/O: the system call ksys_submit_io().
 *
 * The machine's disks (<linux/genhd.h>) store nothing; a submission is
 * checked, gives the calling task an io_context if it has none (as the
 * first I/O does in Linux), and is accounted to the blkio cgroup that
 * io_context is bound to (blkiocg_submit_io(), which first rebinds the
 * io_context if its task moved).  A submission to a partition counts
 * against the whole disk, as Linux accounts by request queue.
 *
 * Locks: none of its own; get_task_io_context() takes task_lock, the
 * blkio accounting takes ioc->lock and the cgroup's lock.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/gfp.h>
#include <linux/sched.h>
#include <linux/genhd.h>
#include <linux/iocontext.h>
#include <linux/blk-cgroup.h>
#include <linux/syscalls.h>

/**
 * ksys_submit_io() - submit one synchronous request
 * @dev: disk or partition device number (MKDEV(8, 0) is sda)
 * @sectors: request size in 512-byte sectors, 1..the disk's capacity
 * @rw: READ or WRITE
 *
 * Context: process, in task context; no lock held; may sleep.
 * Return: the bytes transferred (@sectors * 512); -EINVAL for a bad
 *	@rw or size; -ENXIO when no disk has @dev; -ENOMEM when the
 *	io_context cannot be allocated.  On error nothing is charged.
 */
long ksys_submit_io(dev_t dev, unsigned long sectors, int rw)
{
	struct io_context *ioc;
	struct gendisk *disk;
	int partno;

	if (rw != READ && rw != WRITE)
		return -EINVAL;
	disk = get_gendisk(dev, &partno);
	if (!disk)
		return -ENXIO;
	if (!sectors || sectors > disk->capacity)
		return -EINVAL;
	ioc = get_task_io_context(current, GFP_KERNEL);
	if (!ioc)
		return -ENOMEM;
	blkiocg_submit_io(ioc, disk, sectors, rw);
	put_io_context(ioc);
	return (long)sectors << SECTOR_SHIFT;
}
