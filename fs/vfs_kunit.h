/* SPDX-License-Identifier: GPL-2.0 */
/*
 * vfs_kunit.h - helpers shared by the VFS KUnit suites (the test files of
 * fs/ and fs/proc/, kernel/cgroupfs_test.c, usr/sh_test.c): switching the
 * case's credentials, reading and writing a whole file, finding a line.
 */
#ifndef _FS_VFS_KUNIT_H
#define _FS_VFS_KUNIT_H

#include <linux/cred.h>
#include <linux/fs.h>
#include <linux/string.h>

/*
 * Become @uid/@gid (real, effective, saved, fs) without capabilities, or
 * root with all of them.  Each KUnit case is a task of its own, so the
 * change ends with the case.
 */
static inline int vfs_kunit_become(uid_t uid, gid_t gid)
{
	struct cred *new = prepare_creds();

	if (!new)
		return -ENOMEM;
	new->uid = uid;
	new->euid = uid;
	new->suid = uid;
	new->fsuid = uid;
	new->gid = gid;
	new->egid = gid;
	new->sgid = gid;
	new->fsgid = gid;
	new->cap_effective = uid ? CAP_EMPTY_SET : CAP_FULL_SET;
	new->cap_permitted = new->cap_effective;
	return commit_creds(new);
}

/* Read @path into @buf (NUL-terminated); bytes read or -errno. */
static inline long vfs_kunit_read(const char *path, char *buf, size_t size)
{
	long fd = ksys_open(path, O_RDONLY, 0);
	long n, total = 0;

	if (fd < 0)
		return fd;
	while (total < size - 1 &&
	       (n = ksys_read(fd, buf + total, size - 1 - total)) > 0)
		total += n;
	ksys_close(fd);
	buf[total] = '\0';
	return n < 0 ? n : total;
}

/*
 * Open @path with @flags (creating it 0644 with O_CREAT), write @s in
 * one write() and close it: bytes written or -errno.
 */
static inline long vfs_kunit_write_flags(const char *path, const char *s,
					 int flags)
{
	long fd = ksys_open(path, flags, 0644);
	long n;

	if (fd < 0)
		return fd;
	n = ksys_write(fd, s, strlen(s));
	ksys_close(fd);
	return n;
}

/* Write @s to @path (created or truncated) in one write(). */
static inline long vfs_kunit_write(const char *path, const char *s)
{
	return vfs_kunit_write_flags(path, s, O_WRONLY | O_CREAT | O_TRUNC);
}

/* The line of @text that contains @needle, in @line; false if none. */
static inline bool vfs_kunit_line(const char *text, const char *needle,
				  char *line, size_t size)
{
	const char *p = strstr(text, needle), *start, *end;

	if (!p)
		return false;
	for (start = p; start > text && start[-1] != '\n'; start--)
		;
	end = strchr(p, '\n');
	if (!end)
		end = p + strlen(p);
	strscpy(line, start, min_t(size_t, end - start + 1, size));
	return true;
}

#endif /* _FS_VFS_KUNIT_H */
