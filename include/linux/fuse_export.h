/* SPDX-License-Identifier: GPL-2.0 */
/*
 * fuse_export.h - export the kernel's file tree on a host directory
 * through FUSE (arch/host/fuse_kern.c, Documentation/filesystems/
 * fuse-export.txt).  start_kernel() starts it for `--fuse DIR`.
 */
#ifndef _LINUX_FUSE_EXPORT_H
#define _LINUX_FUSE_EXPORT_H

int fuse_export_start(const char *dir);
void fuse_export_stop(void);

#endif /* _LINUX_FUSE_EXPORT_H */
