// SPDX-License-Identifier: GPL-2.0
/*
 * vsprintf.c - formatted output to a buffer.
 *
 * Conversions: %d %i %u %x %X %o %c %s %p %%, with the flags '-', '0',
 * '+', ' ' and '#', a field width and a precision (either may be '*'),
 * and the length modifiers hh, h, l, ll, j, z and t.  Integer conversions
 * follow C99 (a precision disables '0' padding; "%.0d" of 0 prints
 * nothing; '#' adds "0x" only to non-zero values).
 *
 * %p prints the address as 16 zero-padded hex digits, as Linux's %px
 * does: this kernel runs as a program, so there is nothing to hide.
 * Letters directly after %p (Linux's extensions: %pS, %px, ...) are
 * consumed and ignored.  %n is not supported.
 *
 * The writers follow one pattern: @buf advances for every byte the
 * output would have, but bytes are stored only while @buf < @end, so
 * the return value is always the untruncated length.
 *
 * No locks.
 */
#include <linux/ctype.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>

#include "lib-internal.h"

#define ZEROPAD	0x01	/* pad with zeros rather than spaces */
#define SIGN	0x02	/* the value is signed */
#define PLUS	0x04	/* show '+' on non-negative values */
#define SPACE	0x08	/* show ' ' on non-negative values */
#define LEFT	0x10	/* left-justify in the field */
#define SMALL	0x20	/* lower-case hex digits and prefix */
#define SPECIAL	0x40	/* '#': radix prefix */

/* One parsed conversion specification. */
struct printf_spec {
	unsigned int flags;
	int field_width;	/* -1: none */
	int precision;		/* -1: none */
	unsigned int base;
};

static char *put_char(char *buf, char *end, char c)
{
	if (buf < end)
		*buf = c;
	return buf + 1;
}

static char *put_repeat(char *buf, char *end, char c, int n)
{
	while (n-- > 0)
		buf = put_char(buf, end, c);
	return buf;
}

static char *number(char *buf, char *end, unsigned long long num,
		    struct printf_spec spec)
{
	static const char digits[] = "0123456789ABCDEF";
	char locase = (spec.flags & SMALL) ? 0x20 : 0;
	char tmp[24];	/* 22 octal digits for 2^64 - 1 */
	const char *prefix = "";
	char sign = 0;
	int ndigits = 0, zeros, pad;

	if (spec.flags & SIGN) {
		if ((long long)num < 0) {
			sign = '-';
			num = 0 - num;
		} else if (spec.flags & PLUS) {
			sign = '+';
		} else if (spec.flags & SPACE) {
			sign = ' ';
		}
	}
	if ((spec.flags & SPECIAL) && num && spec.base == 16)
		prefix = locase ? "0x" : "0X";

	while (num) {
		tmp[ndigits++] = digits[num % spec.base] | locase;
		num /= spec.base;
	}
	/* C99: value 0 with precision 0 prints no digits at all */
	if (!ndigits && spec.precision != 0)
		tmp[ndigits++] = '0';
	zeros = spec.precision > ndigits ? spec.precision - ndigits : 0;
	/* "%#o": the first digit printed must be a zero */
	if ((spec.flags & SPECIAL) && spec.base == 8 && !zeros &&
	    (!ndigits || tmp[ndigits - 1] != '0'))
		prefix = "0";
	pad = spec.field_width - ndigits - zeros - !!sign -
	      (int)strlen(prefix);
	if ((spec.flags & ZEROPAD) && !(spec.flags & LEFT) &&
	    spec.precision < 0) {
		zeros += pad > 0 ? pad : 0;
		pad = 0;
	}

	if (!(spec.flags & LEFT))
		buf = put_repeat(buf, end, ' ', pad);
	if (sign)
		buf = put_char(buf, end, sign);
	while (*prefix)
		buf = put_char(buf, end, *prefix++);
	buf = put_repeat(buf, end, '0', zeros);
	while (ndigits)
		buf = put_char(buf, end, tmp[--ndigits]);
	if (spec.flags & LEFT)
		buf = put_repeat(buf, end, ' ', pad);
	return buf;
}

static char *string(char *buf, char *end, const char *s,
		    struct printf_spec spec)
{
	size_t len;
	int pad;

	if (!s)
		s = "(null)";
	len = spec.precision >= 0 ? strnlen(s, spec.precision) : strlen(s);
	pad = spec.field_width > (int)len ? spec.field_width - (int)len : 0;
	if (!(spec.flags & LEFT))
		buf = put_repeat(buf, end, ' ', pad);
	while (len--)
		buf = put_char(buf, end, *s++);
	if (spec.flags & LEFT)
		buf = put_repeat(buf, end, ' ', pad);
	return buf;
}

static char *pointer(char *buf, char *end, const void *ptr,
		     struct printf_spec spec)
{
	spec.flags &= ~(SIGN | PLUS | SPACE | SPECIAL);
	spec.flags |= SMALL;
	spec.base = 16;
	spec.precision = -1;
	if (spec.field_width < 0) {
		spec.field_width = 2 * sizeof(ptr);
		spec.flags |= ZEROPAD;
	}
	return number(buf, end, (unsigned long)ptr, spec);
}

/* Parse "*" or digits at *@fmt; a '*' takes the next int argument. */
static int read_count(const char **fmt, va_list *args)
{
	int n = 0;

	if (**fmt == '*') {
		(*fmt)++;
		return va_arg(*args, int);
	}
	while (isdigit(**fmt)) {
		if (n < INT_MAX / 10)
			n = n * 10 + (**fmt - '0');
		(*fmt)++;
	}
	return n;
}

/* The integer argument of a conversion, widened to 64 bits. */
static unsigned long long read_integer(va_list *args, int qualifier,
				       bool is_signed)
{
	switch (qualifier) {
	case 'H':	/* hh */
		return is_signed ? (unsigned long long)(signed char)
				   va_arg(*args, int) :
				   (unsigned char)va_arg(*args, unsigned int);
	case 'h':
		return is_signed ? (unsigned long long)(short)
				   va_arg(*args, int) :
				   (unsigned short)va_arg(*args, unsigned int);
	case 'l':
		return is_signed ? (unsigned long long)va_arg(*args, long) :
				   va_arg(*args, unsigned long);
	case 'L':	/* ll, j */
		return va_arg(*args, unsigned long long);
	case 'z':
		return is_signed ? (unsigned long long)va_arg(*args, ssize_t) :
				   va_arg(*args, size_t);
	case 't':
		return (unsigned long long)va_arg(*args, ptrdiff_t);
	default:
		return is_signed ? (unsigned long long)va_arg(*args, int) :
				   va_arg(*args, unsigned int);
	}
}

static int format_to(char *buf, size_t size, const char *fmt, va_list args)
{
	char *start = buf, *end = buf + size;
	va_list ap;

	va_copy(ap, args);
	while (*fmt) {
		struct printf_spec spec = {
			.field_width = -1,
			.precision = -1,
			.base = 10,
		};
		int qualifier = 0;
		bool done = false;

		if (*fmt != '%') {
			buf = put_char(buf, end, *fmt++);
			continue;
		}
		fmt++;

		/* flags */
		while (!done) {
			switch (*fmt) {
			case '-':
				spec.flags |= LEFT;
				break;
			case '+':
				spec.flags |= PLUS;
				break;
			case ' ':
				spec.flags |= SPACE;
				break;
			case '#':
				spec.flags |= SPECIAL;
				break;
			case '0':
				spec.flags |= ZEROPAD;
				break;
			default:
				done = true;
				continue;
			}
			fmt++;
		}

		/* field width: a negative '*' means left-justify */
		if (isdigit(*fmt) || *fmt == '*') {
			spec.field_width = read_count(&fmt, &ap);
			if (spec.field_width < 0) {
				spec.flags |= LEFT;
				spec.field_width = spec.field_width == INT_MIN ?
						   INT_MAX : -spec.field_width;
			}
		}

		/* precision: a negative '*' means none */
		if (*fmt == '.') {
			fmt++;
			spec.precision = read_count(&fmt, &ap);
			if (spec.precision < 0)
				spec.precision = -1;
		}

		/* length modifier */
		switch (*fmt) {
		case 'h':
			qualifier = 'h';
			if (*++fmt == 'h') {
				qualifier = 'H';
				fmt++;
			}
			break;
		case 'l':
			qualifier = 'l';
			if (*++fmt == 'l') {
				qualifier = 'L';
				fmt++;
			}
			break;
		case 'j':
		case 'L':
		case 'q':
			qualifier = 'L';
			fmt++;
			break;
		case 'z':
		case 't':
			qualifier = *fmt++;
			break;
		}

		switch (*fmt) {
		case 'c':
			spec.precision = -1;
			if (!(spec.flags & LEFT))
				buf = put_repeat(buf, end, ' ',
						 spec.field_width - 1);
			buf = put_char(buf, end, (char)va_arg(ap, int));
			if (spec.flags & LEFT)
				buf = put_repeat(buf, end, ' ',
						 spec.field_width - 1);
			fmt++;
			continue;
		case 's':
			buf = string(buf, end, va_arg(ap, const char *), spec);
			fmt++;
			continue;
		case 'p':
			buf = pointer(buf, end, va_arg(ap, const void *), spec);
			fmt++;
			while (isalnum(*fmt))
				fmt++;
			continue;
		case '%':
			buf = put_char(buf, end, '%');
			fmt++;
			continue;
		case 'd':
		case 'i':
			spec.flags |= SIGN;
			break;
		case 'u':
			break;
		case 'x':
			spec.flags |= SMALL;
			fallthrough;
		case 'X':
			spec.base = 16;
			break;
		case 'o':
			spec.base = 8;
			break;
		case '\0':
			/* a lone '%' at the end: print it */
			buf = put_char(buf, end, '%');
			continue;
		default:
			/* unknown conversion: print it as it was written */
			buf = put_char(buf, end, '%');
			buf = put_char(buf, end, *fmt++);
			continue;
		}
		buf = number(buf, end, read_integer(&ap, qualifier,
						    spec.flags & SIGN), spec);
		fmt++;
	}
	va_end(ap);

	if (size) {
		if (buf < end)
			*buf = '\0';
		else
			end[-1] = '\0';
	}
	return buf - start;
}

/**
 * vsnprintf - format a string into a sized buffer
 * @buf: the buffer; may be NULL when @size is 0
 * @size: the size of @buf, including room for the NUL
 * @fmt: the format (see the top of this file)
 * @args: the arguments
 *
 * The output is always NUL-terminated when @size is not zero.
 *
 * Context: Any context.
 * Return: the length the output would have had with unlimited space,
 * excluding the NUL; a return value >= @size means it was truncated.
 */
int vsnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	if (WARN_ON_ONCE(size > INT_MAX))
		return 0;
	return format_to(buf, size, fmt, args);
}

/**
 * vscnprintf - format a string, returning what was stored
 * @buf: the buffer
 * @size: the size of @buf, including room for the NUL
 * @fmt: the format
 * @args: the arguments
 *
 * Context: Any context.
 * Return: the number of bytes stored in @buf, excluding the NUL; 0 when
 * @size is 0.
 */
int vscnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	int len;

	if (!size)
		return 0;
	len = vsnprintf(buf, size, fmt, args);
	return len < (int)size ? len : (int)size - 1;
}

/**
 * snprintf - format a string into a sized buffer
 * @buf: the buffer
 * @size: the size of @buf, including room for the NUL
 * @fmt: the format
 * @...: the arguments
 *
 * Context: Any context.
 * Return: as vsnprintf().
 */
int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int len;

	va_start(args, fmt);
	len = vsnprintf(buf, size, fmt, args);
	va_end(args);
	return len;
}

/**
 * scnprintf - format a string, returning what was stored
 * @buf: the buffer
 * @size: the size of @buf, including room for the NUL
 * @fmt: the format
 * @...: the arguments
 *
 * The usual way to append to a buffer: `len += scnprintf(buf + len,
 * size - len, ...)` never runs past @size.
 *
 * Context: Any context.
 * Return: as vscnprintf().
 */
int scnprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int len;

	va_start(args, fmt);
	len = vscnprintf(buf, size, fmt, args);
	va_end(args);
	return len;
}

/**
 * sprintf - format a string into a buffer known to be large enough
 * @buf: the buffer
 * @fmt: the format
 * @...: the arguments
 *
 * Prefer snprintf(): this one trusts the caller about the size.
 *
 * Context: Any context.
 * Return: the number of bytes stored, excluding the NUL.
 */
int sprintf(char *buf, const char *fmt, ...)
{
	va_list args;
	int len;

	va_start(args, fmt);
	len = vsnprintf(buf, INT_MAX, fmt, args);
	va_end(args);
	return len;
}

/**
 * kvasprintf - format a string into a newly allocated buffer
 * @gfp: allocation flags
 * @fmt: the format
 * @args: the arguments
 *
 * Context: May sleep if @gfp allows it.
 * Return: the string, to be freed with kfree(), or NULL when out of memory.
 */
char *kvasprintf(gfp_t gfp, const char *fmt, va_list args)
{
	va_list aq;
	char *p;
	int len;

	va_copy(aq, args);
	len = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);

	p = kmalloc(len + 1, gfp);
	if (!p)
		return NULL;
	vsnprintf(p, len + 1, fmt, args);
	return p;
}

/**
 * kasprintf - format a string into a newly allocated buffer
 * @gfp: allocation flags
 * @fmt: the format
 * @...: the arguments
 *
 * Context: May sleep if @gfp allows it.
 * Return: the string, to be freed with kfree(), or NULL when out of memory.
 */
char *kasprintf(gfp_t gfp, const char *fmt, ...)
{
	va_list args;
	char *p;

	va_start(args, fmt);
	p = kvasprintf(gfp, fmt, args);
	va_end(args);
	return p;
}

/**
 * simple_strtoull - parse an unsigned number at the start of a string
 * @cp: the string
 * @endp: if not NULL, set to the first byte after the number
 * @base: 0 to auto-detect "0x"/"0" prefixes, or 2 to 16
 *
 * Lenient, unlike kstrtoull(): stops at the first byte that is not a
 * digit, and does not detect overflow (the value wraps).  New code
 * should use kstrtoull().
 *
 * Context: Any context.
 * Return: the value parsed, 0 if there were no digits.
 */
unsigned long long simple_strtoull(const char *cp, char **endp,
				   unsigned int base)
{
	unsigned long long result;
	unsigned int rv;

	cp = _parse_integer_fixup_radix(cp, &base);
	rv = _parse_integer(cp, base, &result);
	cp += rv & ~KSTRTOX_OVERFLOW;
	if (endp)
		*endp = (char *)cp;
	return result;
}

/**
 * simple_strtol - parse a signed number at the start of a string
 * @cp: the string; a leading '-' negates
 * @endp: if not NULL, set to the first byte after the number
 * @base: as for simple_strtoull()
 *
 * Context: Any context.
 * Return: the value parsed.
 */
long simple_strtol(const char *cp, char **endp, unsigned int base)
{
	if (*cp == '-')
		return -(long)simple_strtoull(cp + 1, endp, base);
	return simple_strtoull(cp, endp, base);
}
