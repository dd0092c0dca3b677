/* SPDX-License-Identifier: GPL-2.0 */
/*
 * statfs.h - what statfs(2) returns (Linux's struct kstatfs).
 */
#ifndef _LINUX_STATFS_H
#define _LINUX_STATFS_H

#include <linux/types.h>

/**
 * struct kstatfs - a file system's statistics
 * @f_type: the file system's magic number (<linux/magic.h>)
 * @f_bsize: optimal transfer block size
 * @f_blocks: total data blocks (0: an in-memory file system)
 * @f_bfree: free blocks
 * @f_bavail: free blocks for an unprivileged user
 * @f_files: total inodes (0: not counted)
 * @f_ffree: free inodes
 * @f_fsid: file system id (0 for the in-memory file systems, as Linux's
 *	simple_statfs() leaves it)
 * @f_namelen: longest file name
 * @f_frsize: fragment size (f_bsize when the file system gives none)
 * @f_flags: ST_* flags of the mount
 */
struct kstatfs {
	long f_type;
	long f_bsize;
	u64 f_blocks;
	u64 f_bfree;
	u64 f_bavail;
	u64 f_files;
	u64 f_ffree;
	struct {
		int val[2];
	} f_fsid;
	long f_namelen;
	long f_frsize;
	long f_flags;
};

/* f_flags (Linux's values) */
#define ST_RDONLY	0x0001
#define ST_NOSUID	0x0002
#define ST_NODEV	0x0004
#define ST_NOEXEC	0x0008
#define ST_VALID	0x0020	/* f_flags is filled in */

#endif /* _LINUX_STATFS_H */
