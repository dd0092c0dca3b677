/* SPDX-License-Identifier: GPL-2.0 */
/*
 * strerror.h - glibc's message for an errno, for the console's error
 * output.
 */
#ifndef _USR_STRERROR_H
#define _USR_STRERROR_H

const char *strerror(int errnum);

#endif /* _USR_STRERROR_H */
