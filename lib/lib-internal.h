/* SPDX-License-Identifier: GPL-2.0 */
/*
 * lib-internal.h - prototypes shared between files of lib/ only.
 */
#ifndef _LIB_LIB_INTERNAL_H
#define _LIB_LIB_INTERNAL_H

#include <linux/bitops.h>
#include <linux/types.h>

/* kstrtox.c */

/* Set in the return value of _parse_integer() when the value overflowed. */
#define KSTRTOX_OVERFLOW	BIT(31)

const char *_parse_integer_fixup_radix(const char *s, unsigned int *base);
unsigned int _parse_integer_limit(const char *s, unsigned int base,
				  unsigned long long *res, size_t max_chars);
unsigned int _parse_integer(const char *s, unsigned int base,
			    unsigned long long *res);

#endif /* _LIB_LIB_INTERNAL_H */
