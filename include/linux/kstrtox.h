/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_KSTRTOX_H
#define _LINUX_KSTRTOX_H

#include <linux/compiler.h>
#include <linux/types.h>

/*
 * kstrto*() parse a whole string: an optional trailing newline is allowed,
 * anything else after the digits is -EINVAL, overflow is -ERANGE.  Base 0
 * auto-detects "0x" (hex) and "0" (octal).
 */
int __must_check kstrtoull(const char *s, unsigned int base, unsigned long long *res);
int __must_check kstrtoll(const char *s, unsigned int base, long long *res);
int __must_check kstrtoul(const char *s, unsigned int base, unsigned long *res);
int __must_check kstrtol(const char *s, unsigned int base, long *res);
int __must_check kstrtouint(const char *s, unsigned int base, unsigned int *res);
int __must_check kstrtoint(const char *s, unsigned int base, int *res);
int __must_check kstrtou64(const char *s, unsigned int base, u64 *res);
int __must_check kstrtos64(const char *s, unsigned int base, s64 *res);
int __must_check kstrtobool(const char *s, bool *res);

#endif /* _LINUX_KSTRTOX_H */
