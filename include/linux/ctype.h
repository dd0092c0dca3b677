/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ctype.h - character classes for the C locale, without a table.
 *
 * The kernel parses only ASCII (command lines, numbers written to files),
 * so every class is a short range test.  Each macro evaluates its argument
 * once, through an inline function, and accepts any int (a char that is
 * negative because char is signed simply matches no class).
 */
#ifndef _LINUX_CTYPE_H
#define _LINUX_CTYPE_H

#include <linux/types.h>

static inline bool isdigit(int c)
{
	return c >= '0' && c <= '9';
}

static inline bool islower(int c)
{
	return c >= 'a' && c <= 'z';
}

static inline bool isupper(int c)
{
	return c >= 'A' && c <= 'Z';
}

static inline bool isalpha(int c)
{
	return islower(c) || isupper(c);
}

static inline bool isalnum(int c)
{
	return isalpha(c) || isdigit(c);
}

static inline bool isxdigit(int c)
{
	return isdigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Space, \t, \n, \v, \f and \r, as in the C locale. */
static inline bool isspace(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static inline bool iscntrl(int c)
{
	return (c >= 0 && c < ' ') || c == 0x7f;
}

static inline bool isprint(int c)
{
	return c >= ' ' && c < 0x7f;
}

static inline bool isgraph(int c)
{
	return c > ' ' && c < 0x7f;
}

static inline bool ispunct(int c)
{
	return isgraph(c) && !isalnum(c);
}

static inline int tolower(int c)
{
	return isupper(c) ? c - 'A' + 'a' : c;
}

static inline int toupper(int c)
{
	return islower(c) ? c - 'a' + 'A' : c;
}

/* Fold ASCII letters to lower case quickly: only valid for letters/digits. */
static inline char _tolower(const char c)
{
	return c | 0x20;
}

#endif /* _LINUX_CTYPE_H */
