// SPDX-License-Identifier: GPL-2.0
/*
 * kstrtox.c - convert strings to integers, strictly.
 *
 * The kstrto*() family parses a whole string: optional sign (see each
 * function), optional radix prefix when base is 0 or 16, at least one
 * digit, then at most one newline.  Anything else is -EINVAL; a value
 * that does not fit the result type is -ERANGE.  Leading whitespace is
 * not skipped: callers that accept " 42\n" strip it first (strim()).
 *
 * As in Linux, the unsigned parsers accept one leading '+'; the signed
 * ones accept '+' or '-'.  A caller with stricter rules (the 2011
 * cgroup write handler rejects any sign) checks the first byte itself.
 *
 * No locks.
 */
#include <linux/ctype.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/kstrtox.h>
#include <linux/string.h>

#include "lib-internal.h"

/**
 * _parse_integer_fixup_radix - resolve the radix and skip its prefix
 * @s: the string, just after any sign
 * @base: in: 0 (auto-detect), 8, 10 or 16; out: the radix to use
 *
 * Base 0 picks 16 for "0x" followed by a hex digit, 8 for a leading "0"
 * and 10 otherwise.  Base 16 skips an "0x"/"0X" prefix.
 *
 * Context: Any context.
 * Return: @s advanced past the prefix that was consumed.
 */
const char *_parse_integer_fixup_radix(const char *s, unsigned int *base)
{
	if (*base == 0) {
		if (s[0] == '0') {
			if (_tolower(s[1]) == 'x' && isxdigit(s[2]))
				*base = 16;
			else
				*base = 8;
		} else {
			*base = 10;
		}
	}
	if (*base == 16 && s[0] == '0' && _tolower(s[1]) == 'x')
		s += 2;
	return s;
}

/**
 * _parse_integer_limit - accumulate digits of one radix
 * @s: the first digit
 * @base: the radix, 2 to 16
 * @res: the value of the digits, wrapped modulo 2^64 on overflow
 * @max_chars: the most bytes to consume
 *
 * Context: Any context.
 * Return: the number of digits consumed, with KSTRTOX_OVERFLOW set if
 * the value did not fit an unsigned long long.
 */
unsigned int _parse_integer_limit(const char *s, unsigned int base,
				  unsigned long long *res, size_t max_chars)
{
	unsigned long long val = 0;
	unsigned int n = 0;
	bool overflow = false;

	for (; max_chars && *s; s++, max_chars--) {
		unsigned int digit;
		unsigned char c = *s;

		if (isdigit(c))
			digit = c - '0';
		else if (_tolower(c) >= 'a' && _tolower(c) <= 'f')
			digit = _tolower(c) - 'a' + 10;
		else
			break;
		if (digit >= base)
			break;
		if (val > (ULLONG_MAX - digit) / base)
			overflow = true;
		val = val * base + digit;
		n++;
	}
	*res = val;
	return overflow ? n | KSTRTOX_OVERFLOW : n;
}

/**
 * _parse_integer - accumulate digits of one radix, unbounded
 * @s: the first digit
 * @base: the radix
 * @res: the value of the digits
 *
 * Context: Any context.
 * Return: as _parse_integer_limit().
 */
unsigned int _parse_integer(const char *s, unsigned int base,
			    unsigned long long *res)
{
	return _parse_integer_limit(s, base, res, SIZE_MAX);
}

/* The unsigned core: no sign, radix prefix, digits, optional newline. */
static int _kstrtoull(const char *s, unsigned int base,
		      unsigned long long *res)
{
	unsigned long long val;
	unsigned int rv;

	s = _parse_integer_fixup_radix(s, &base);
	rv = _parse_integer(s, base, &val);
	if (rv & KSTRTOX_OVERFLOW)
		return -ERANGE;
	if (rv == 0)
		return -EINVAL;
	s += rv;
	if (*s == '\n')
		s++;
	if (*s)
		return -EINVAL;
	*res = val;
	return 0;
}

/**
 * kstrtoull - parse an unsigned long long
 * @s: the string; may start with one '+' and end with one newline
 * @base: 0 to auto-detect "0x"/"0" prefixes, or 2 to 16
 * @res: where to store the value; untouched on error
 *
 * Context: Any context.
 * Return: 0, -EINVAL for a malformed string (including a '-' sign or an
 * empty string), or -ERANGE when the value does not fit.
 */
int kstrtoull(const char *s, unsigned int base, unsigned long long *res)
{
	if (s[0] == '+')
		s++;
	return _kstrtoull(s, base, res);
}

/**
 * kstrtoll - parse a long long
 * @s: the string; may start with '+' or '-' and end with one newline
 * @base: 0 to auto-detect, or 2 to 16
 * @res: where to store the value; untouched on error
 *
 * Context: Any context.
 * Return: 0, -EINVAL or -ERANGE as kstrtoull().
 */
int kstrtoll(const char *s, unsigned int base, long long *res)
{
	unsigned long long tmp;
	int ret;

	if (s[0] == '-') {
		ret = _kstrtoull(s + 1, base, &tmp);
		if (ret)
			return ret;
		if (tmp > (unsigned long long)S64_MAX + 1)
			return -ERANGE;
		*res = (long long)(0 - tmp);
		return 0;
	}
	ret = kstrtoull(s, base, &tmp);
	if (ret)
		return ret;
	if (tmp > S64_MAX)
		return -ERANGE;
	*res = tmp;
	return 0;
}

/**
 * kstrtoul - parse an unsigned long
 * @s: the string, as for kstrtoull()
 * @base: the radix, as for kstrtoull()
 * @res: where to store the value
 *
 * Context: Any context.
 * Return: as kstrtoull().
 */
int kstrtoul(const char *s, unsigned int base, unsigned long *res)
{
	unsigned long long tmp;
	int ret;

	BUILD_BUG_ON(sizeof(unsigned long) != sizeof(unsigned long long));
	ret = kstrtoull(s, base, &tmp);
	if (!ret)
		*res = tmp;
	return ret;
}

/**
 * kstrtol - parse a long
 * @s: the string, as for kstrtoll()
 * @base: the radix, as for kstrtoull()
 * @res: where to store the value
 *
 * Context: Any context.
 * Return: as kstrtoll().
 */
int kstrtol(const char *s, unsigned int base, long *res)
{
	long long tmp;
	int ret;

	ret = kstrtoll(s, base, &tmp);
	if (!ret)
		*res = tmp;
	return ret;
}

/**
 * kstrtouint - parse an unsigned int
 * @s: the string, as for kstrtoull()
 * @base: the radix, as for kstrtoull()
 * @res: where to store the value
 *
 * Context: Any context.
 * Return: as kstrtoull(); -ERANGE above UINT_MAX.
 */
int kstrtouint(const char *s, unsigned int base, unsigned int *res)
{
	unsigned long long tmp;
	int ret;

	ret = kstrtoull(s, base, &tmp);
	if (ret)
		return ret;
	if (tmp > UINT_MAX)
		return -ERANGE;
	*res = tmp;
	return 0;
}

/**
 * kstrtoint - parse an int
 * @s: the string, as for kstrtoll()
 * @base: the radix, as for kstrtoull()
 * @res: where to store the value
 *
 * Context: Any context.
 * Return: as kstrtoll(); -ERANGE outside INT_MIN..INT_MAX.
 */
int kstrtoint(const char *s, unsigned int base, int *res)
{
	long long tmp;
	int ret;

	ret = kstrtoll(s, base, &tmp);
	if (ret)
		return ret;
	if (tmp < INT_MIN || tmp > INT_MAX)
		return -ERANGE;
	*res = tmp;
	return 0;
}

/**
 * kstrtou64 - parse a u64
 * @s: the string, as for kstrtoull()
 * @base: the radix, as for kstrtoull()
 * @res: where to store the value
 *
 * Context: Any context.
 * Return: as kstrtoull().
 */
int kstrtou64(const char *s, unsigned int base, u64 *res)
{
	return kstrtoull(s, base, res);
}

/**
 * kstrtos64 - parse an s64
 * @s: the string, as for kstrtoll()
 * @base: the radix, as for kstrtoull()
 * @res: where to store the value
 *
 * Context: Any context.
 * Return: as kstrtoll().
 */
int kstrtos64(const char *s, unsigned int base, s64 *res)
{
	return kstrtoll(s, base, res);
}

/**
 * kstrtobool - parse a boolean
 * @s: the string: only its first one or two bytes are examined
 * @res: where to store the value
 *
 * True is '1', 'y', 'Y', "on" (any case); false is '0', 'n', 'N', "off"
 * (any case), as in Linux.
 *
 * Context: Any context.
 * Return: 0, or -EINVAL when @s is none of those.
 */
int kstrtobool(const char *s, bool *res)
{
	if (!s)
		return -EINVAL;
	switch (s[0]) {
	case 'y':
	case 'Y':
	case '1':
		*res = true;
		return 0;
	case 'n':
	case 'N':
	case '0':
		*res = false;
		return 0;
	case 'o':
	case 'O':
		switch (s[1]) {
		case 'n':
		case 'N':
			*res = true;
			return 0;
		case 'f':
		case 'F':
			*res = false;
			return 0;
		}
		break;
	}
	return -EINVAL;
}
