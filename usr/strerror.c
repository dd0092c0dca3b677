// SPDX-License-Identifier: GPL-2.0
/*
 * strerror.c - the texts glibc's strerror() gives for every errno of
 * <linux/errno.h>, so that the console prints errors exactly as bash and
 * coreutils do on Linux.
 *
 * Locks: none (read-only table; the unknown-errno buffer is per call
 * site: the console is one task).
 */
#include <linux/errno.h>
#include <linux/kernel.h>

#include "strerror.h"

static const char * const errno_text[] = {
	[0]		= "Success",
	[EPERM]		= "Operation not permitted",
	[ENOENT]	= "No such file or directory",
	[ESRCH]		= "No such process",
	[EINTR]		= "Interrupted system call",
	[EIO]		= "Input/output error",
	[ENXIO]		= "No such device or address",
	[E2BIG]		= "Argument list too long",
	[ENOEXEC]	= "Exec format error",
	[EBADF]		= "Bad file descriptor",
	[ECHILD]	= "No child processes",
	[EAGAIN]	= "Resource temporarily unavailable",
	[ENOMEM]	= "Cannot allocate memory",
	[EACCES]	= "Permission denied",
	[EFAULT]	= "Bad address",
	[ENOTBLK]	= "Block device required",
	[EBUSY]		= "Device or resource busy",
	[EEXIST]	= "File exists",
	[EXDEV]		= "Invalid cross-device link",
	[ENODEV]	= "No such device",
	[ENOTDIR]	= "Not a directory",
	[EISDIR]	= "Is a directory",
	[EINVAL]	= "Invalid argument",
	[ENFILE]	= "Too many open files in system",
	[EMFILE]	= "Too many open files",
	[ENOTTY]	= "Inappropriate ioctl for device",
	[ETXTBSY]	= "Text file busy",
	[EFBIG]		= "File too large",
	[ENOSPC]	= "No space left on device",
	[ESPIPE]	= "Illegal seek",
	[EROFS]		= "Read-only file system",
	[EMLINK]	= "Too many links",
	[EPIPE]		= "Broken pipe",
	[EDOM]		= "Numerical argument out of domain",
	[ERANGE]	= "Numerical result out of range",
	[EDEADLK]	= "Resource deadlock avoided",
	[ENAMETOOLONG]	= "File name too long",
	[ENOLCK]	= "No locks available",
	[ENOSYS]	= "Function not implemented",
	[ENOTEMPTY]	= "Directory not empty",
	[ELOOP]		= "Too many levels of symbolic links",
	[EOPNOTSUPP]	= "Operation not supported",
	[ETIMEDOUT]	= "Connection timed out",
};

/**
 * strerror() - glibc's text for an errno
 * @errnum: the errno (positive; a negative one is negated)
 *
 * Context: any; the "Unknown error N" text of an errno without a message
 *	lives in a static buffer, valid until the next such call.
 * Return: the text.
 */
const char *strerror(int errnum)
{
	static char unknown[32];

	if (errnum < 0)
		errnum = -errnum;
	if (errnum < ARRAY_SIZE(errno_text) && errno_text[errnum])
		return errno_text[errnum];
	snprintf(unknown, sizeof(unknown), "Unknown error %d", errnum);
	return unknown;
}
