/* SPDX-License-Identifier: GPL-2.0 */
/*
 * blk-cgroup.h - the blkio cgroup subsystem (block/blk-cgroup.c): I/O
 * weights per cgroup and per device, and I/O statistics charged to the
 * cgroup an io_context is bound to.
 *
 * Locks: see block/blk-cgroup.c; callers here hold none.
 */
#ifndef _LINUX_BLK_CGROUP_H
#define _LINUX_BLK_CGROUP_H

#include <linux/types.h>

struct io_context;
struct gendisk;

/* blkio.weight and blkio.weight_device values (Linux 2.6.38) */
#define BLKIO_WEIGHT_MIN	100
#define BLKIO_WEIGHT_MAX	1000
#define BLKIO_WEIGHT_DEFAULT	500

/* the direction of a submission (ksys_submit_io()) */
#define READ	0
#define WRITE	1

#ifdef CONFIG_BLK_CGROUP
void blkio_ioc_release(struct io_context *ioc);
void blkiocg_submit_io(struct io_context *ioc, struct gendisk *disk,
		       unsigned long sectors, int rw);
#else
static inline void blkio_ioc_release(struct io_context *ioc) {}
static inline void blkiocg_submit_io(struct io_context *ioc,
				     struct gendisk *disk,
				     unsigned long sectors, int rw) {}
#endif

#endif /* _LINUX_BLK_CGROUP_H */
