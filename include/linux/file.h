/* SPDX-License-Identifier: GPL-2.0 */
/* file.h - file descriptors of the current task. */
#ifndef _LINUX_FILE_H
#define _LINUX_FILE_H

#include <linux/types.h>

struct file;

struct file *fget(unsigned int fd);
void fput(struct file *file);
int get_unused_fd_flags(unsigned int flags);
void put_unused_fd(unsigned int fd);
void fd_install(unsigned int fd, struct file *file);
int close_fd(unsigned int fd);

#endif /* _LINUX_FILE_H */
