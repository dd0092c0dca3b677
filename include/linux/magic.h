/* SPDX-License-Identifier: GPL-2.0 */
/*
 * magic.h - the f_type values statfs(2) reports for each file system
 * (Linux's uapi/linux/magic.h values).
 */
#ifndef _LINUX_MAGIC_H
#define _LINUX_MAGIC_H

#define RAMFS_MAGIC		0x858458f6	/* rootfs, ramfs, tmpfs */
#define PROC_SUPER_MAGIC	0x9fa0
#define CGROUP_SUPER_MAGIC	0x27e0eb

#endif /* _LINUX_MAGIC_H */
