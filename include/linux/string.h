/* SPDX-License-Identifier: GPL-2.0 */
/*
 * string.h - the kernel's string and memory functions.
 *
 * The str*() functions are implemented in lib/string.c: the kernel side
 * must not reference libc's, so that the only host symbols it needs are
 * host_ops and the four mem*() functions the compiler itself may emit
 * calls to.  Those four are routed through the compiler's builtins, which
 * inline small constant-size copies and otherwise call the host's
 * memcpy/memmove/memset/memcmp.
 *
 * kstrdup() and friends allocate, so they live with the allocator in
 * <linux/slab.h>.  strcpy(), strcat() and strncpy() are deliberately
 * absent: use strscpy().
 */
#ifndef _LINUX_STRING_H
#define _LINUX_STRING_H

#include <linux/compiler.h>
#include <linux/types.h>

void *memcpy(void *dest, const void *src, size_t count);
void *memmove(void *dest, const void *src, size_t count);
void *memset(void *s, int c, size_t count);
int memcmp(const void *a, const void *b, size_t count);

#define memcpy(dest, src, count)	__builtin_memcpy(dest, src, count)
#define memmove(dest, src, count)	__builtin_memmove(dest, src, count)
#define memset(s, c, count)		__builtin_memset(s, c, count)
#define memcmp(a, b, count)		__builtin_memcmp(a, b, count)

void *memchr(const void *s, int c, size_t n);
void *memchr_inv(const void *s, int c, size_t n);

size_t strlen(const char *s);
size_t strnlen(const char *s, size_t count);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t count);
int strcasecmp(const char *a, const char *b);
int strncasecmp(const char *a, const char *b, size_t count);
char *strchr(const char *s, int c);
char *strchrnul(const char *s, int c);
char *strnchr(const char *s, size_t count, int c);
char *strrchr(const char *s, int c);
char *strstr(const char *haystack, const char *needle);
char *strnstr(const char *haystack, const char *needle, size_t len);
char *strpbrk(const char *s, const char *accept);
size_t strspn(const char *s, const char *accept);
size_t strcspn(const char *s, const char *reject);
char *strsep(char **stringp, const char *delim);
ssize_t strscpy(char *dest, const char *src, size_t count);
char *skip_spaces(const char *str);
char *strim(char *s);
char *strreplace(char *str, char old, char new);
bool sysfs_streq(const char *a, const char *b);
int match_string(const char * const *array, size_t n, const char *string);

/**
 * strstarts - does @str start with @prefix?
 * @str: the string to examine
 * @prefix: the prefix to look for
 *
 * Context: Any context.
 * Return: true if @str begins with @prefix.
 */
static inline bool strstarts(const char *str, const char *prefix)
{
	return strncmp(str, prefix, strlen(prefix)) == 0;
}

/**
 * str_has_prefix - test for a prefix and learn its length
 * @str: the string to examine
 * @prefix: the prefix to look for
 *
 * Context: Any context.
 * Return: strlen(@prefix) if @str begins with @prefix, 0 otherwise, so
 * that `str += str_has_prefix(str, "x=")` skips a matched prefix.
 */
static inline size_t str_has_prefix(const char *str, const char *prefix)
{
	size_t len = strlen(prefix);

	return strncmp(str, prefix, len) == 0 ? len : 0;
}

#endif /* _LINUX_STRING_H */
