// SPDX-License-Identifier: GPL-2.0
/*
 * string.c - string functions for the kernel side.
 *
 * The kernel may not call libc, so every str*() function it uses is here,
 * written for clarity rather than word-at-a-time speed: none of them is
 * on a hot path.  memcpy/memmove/memset/memcmp come from the host through
 * the compiler builtins (see <linux/string.h>).
 *
 * No locks: every function works only on the memory it is given.
 */
#include <linux/ctype.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/string.h>

/**
 * strlen - length of a string
 * @s: the NUL-terminated string
 *
 * Context: Any context.
 * Return: the number of bytes before the terminating NUL.
 */
size_t strlen(const char *s)
{
	const char *p = s;

	while (*p)
		p++;
	return p - s;
}

/**
 * strnlen - length of a string, bounded
 * @s: the string
 * @count: the most bytes to examine
 *
 * Context: Any context.
 * Return: the number of bytes before the NUL, or @count if none was seen.
 */
size_t strnlen(const char *s, size_t count)
{
	size_t len = 0;

	while (len < count && s[len])
		len++;
	return len;
}

/**
 * strcmp - compare two strings
 * @a: one string
 * @b: another string
 *
 * Bytes compare as unsigned char, as in C.
 *
 * Context: Any context.
 * Return: <0, 0 or >0 as @a sorts before, equal to or after @b.
 */
int strcmp(const char *a, const char *b)
{
	unsigned char ca, cb;

	do {
		ca = *a++;
		cb = *b++;
		if (ca != cb)
			return ca < cb ? -1 : 1;
	} while (ca);
	return 0;
}

/**
 * strncmp - compare at most @count bytes of two strings
 * @a: one string
 * @b: another string
 * @count: the most bytes to compare
 *
 * Context: Any context.
 * Return: <0, 0 or >0 as for strcmp().
 */
int strncmp(const char *a, const char *b, size_t count)
{
	unsigned char ca, cb;

	while (count--) {
		ca = *a++;
		cb = *b++;
		if (ca != cb)
			return ca < cb ? -1 : 1;
		if (!ca)
			break;
	}
	return 0;
}

/**
 * strcasecmp - compare two strings, ignoring ASCII case
 * @a: one string
 * @b: another string
 *
 * Context: Any context.
 * Return: <0, 0 or >0 as for strcmp(), after folding letters to lower case.
 */
int strcasecmp(const char *a, const char *b)
{
	return strncasecmp(a, b, SIZE_MAX);
}

/**
 * strncasecmp - compare at most @count bytes, ignoring ASCII case
 * @a: one string
 * @b: another string
 * @count: the most bytes to compare
 *
 * Context: Any context.
 * Return: <0, 0 or >0 as for strcmp(), after folding letters to lower case.
 */
int strncasecmp(const char *a, const char *b, size_t count)
{
	int ca, cb;

	while (count--) {
		ca = tolower((unsigned char)*a++);
		cb = tolower((unsigned char)*b++);
		if (ca != cb)
			return ca < cb ? -1 : 1;
		if (!ca)
			break;
	}
	return 0;
}

/**
 * strchr - find the first occurrence of a character
 * @s: the string to search
 * @c: the character; the terminating NUL can be searched for
 *
 * Context: Any context.
 * Return: a pointer to the first @c in @s, or NULL.
 */
char *strchr(const char *s, int c)
{
	for (; *s != (char)c; s++)
		if (!*s)
			return NULL;
	return (char *)s;
}

/**
 * strchrnul - find a character, or the end of the string
 * @s: the string to search
 * @c: the character
 *
 * Context: Any context.
 * Return: a pointer to the first @c in @s, or to its terminating NUL.
 */
char *strchrnul(const char *s, int c)
{
	while (*s && *s != (char)c)
		s++;
	return (char *)s;
}

/**
 * strnchr - find a character in the first @count bytes of a string
 * @s: the string to search
 * @count: the most bytes to search
 * @c: the character
 *
 * Context: Any context.
 * Return: a pointer to the first @c, or NULL.
 */
char *strnchr(const char *s, size_t count, int c)
{
	for (; count-- && *s; s++)
		if (*s == (char)c)
			return (char *)s;
	return NULL;
}

/**
 * strrchr - find the last occurrence of a character
 * @s: the string to search
 * @c: the character
 *
 * Context: Any context.
 * Return: a pointer to the last @c in @s, or NULL.
 */
char *strrchr(const char *s, int c)
{
	const char *last = NULL;

	do {
		if (*s == (char)c)
			last = s;
	} while (*s++);
	return (char *)last;
}

/**
 * strstr - find the first occurrence of a substring
 * @haystack: the string to search
 * @needle: the string to look for; "" matches at @haystack
 *
 * Context: Any context.
 * Return: a pointer to the match in @haystack, or NULL.
 */
char *strstr(const char *haystack, const char *needle)
{
	return strnstr(haystack, needle, strlen(haystack));
}

/**
 * strnstr - find a substring in the first @len bytes of a string
 * @haystack: the string to search
 * @needle: the string to look for
 * @len: the most bytes of @haystack to search
 *
 * Context: Any context.
 * Return: a pointer to the match, which lies wholly within the first @len
 * bytes, or NULL.
 */
char *strnstr(const char *haystack, const char *needle, size_t len)
{
	size_t nlen = strlen(needle);

	if (!nlen)
		return (char *)haystack;
	len = strnlen(haystack, len);
	while (len >= nlen) {
		if (!memcmp(haystack, needle, nlen))
			return (char *)haystack;
		haystack++;
		len--;
	}
	return NULL;
}

/**
 * strpbrk - find the first byte that is one of a set
 * @s: the string to search
 * @accept: the set of bytes to look for
 *
 * Context: Any context.
 * Return: a pointer to the first byte of @s found in @accept, or NULL.
 */
char *strpbrk(const char *s, const char *accept)
{
	for (; *s; s++)
		if (strchr(accept, *s))
			return (char *)s;
	return NULL;
}

/**
 * strspn - length of the prefix made only of bytes from a set
 * @s: the string to examine
 * @accept: the allowed bytes
 *
 * Context: Any context.
 * Return: the number of leading bytes of @s that are in @accept.
 */
size_t strspn(const char *s, const char *accept)
{
	size_t n = 0;

	while (s[n] && strchr(accept, s[n]))
		n++;
	return n;
}

/**
 * strcspn - length of the prefix free of bytes from a set
 * @s: the string to examine
 * @reject: the bytes that end the prefix
 *
 * Context: Any context.
 * Return: the number of leading bytes of @s that are not in @reject.
 */
size_t strcspn(const char *s, const char *reject)
{
	size_t n = 0;

	while (s[n] && !strchr(reject, s[n]))
		n++;
	return n;
}

/**
 * strsep - split a string at the next delimiter
 * @stringp: in: the string to split; out: the rest after the delimiter,
 *	or NULL when no delimiter was left
 * @delim: the delimiter bytes
 *
 * The delimiter found is overwritten with a NUL.  Empty fields are
 * returned as empty strings, unlike strtok().
 *
 * Context: Any context.
 * Return: the token (the old *@stringp), or NULL when *@stringp was NULL.
 */
char *strsep(char **stringp, const char *delim)
{
	char *token = *stringp;
	char *end;

	if (!token)
		return NULL;
	end = token + strcspn(token, delim);
	if (*end) {
		*end = '\0';
		*stringp = end + 1;
	} else {
		*stringp = NULL;
	}
	return token;
}

/**
 * strscpy - copy a string into a sized buffer, always terminated
 * @dest: the destination buffer
 * @src: the string to copy
 * @count: the size of @dest in bytes
 *
 * Copies as much of @src as fits and always NUL-terminates @dest when
 * @count is not zero.  Unlike strncpy() it does not pad, and unlike
 * strlcpy() it never reads @src beyond @count bytes.
 *
 * Context: Any context.
 * Return: the number of bytes copied, excluding the NUL, or -E2BIG when
 * @src did not fit (then @dest holds its truncated prefix) or @count is 0.
 */
ssize_t strscpy(char *dest, const char *src, size_t count)
{
	size_t i;

	if (count == 0 || count > (size_t)LONG_MAX)
		return -E2BIG;
	for (i = 0; i < count; i++) {
		dest[i] = src[i];
		if (!src[i])
			return i;
	}
	dest[count - 1] = '\0';
	return -E2BIG;
}

/**
 * skip_spaces - skip leading whitespace
 * @str: the string
 *
 * Context: Any context.
 * Return: a pointer to the first byte of @str that is not a space.
 */
char *skip_spaces(const char *str)
{
	while (isspace((unsigned char)*str))
		str++;
	return (char *)str;
}

/**
 * strim - strip leading and trailing whitespace
 * @s: the string, modified in place
 *
 * Trailing whitespace is cut off by writing a NUL after the last
 * non-space byte; leading whitespace is skipped.
 *
 * Context: Any context.
 * Return: a pointer to the first non-space byte of @s (inside @s).
 */
char *strim(char *s)
{
	size_t len = strlen(s);
	char *end;

	if (!len)
		return s;
	end = s + len - 1;
	while (end >= s && isspace((unsigned char)*end))
		end--;
	end[1] = '\0';
	return skip_spaces(s);
}

/**
 * strreplace - replace every occurrence of a character
 * @str: the string, modified in place
 * @old: the character to replace
 * @new: its replacement
 *
 * Context: Any context.
 * Return: a pointer to the terminating NUL of @str.
 */
char *strreplace(char *str, char old, char new)
{
	for (; *str; str++)
		if (*str == old)
			*str = new;
	return str;
}

/**
 * sysfs_streq - compare strings, ignoring one trailing newline on either
 * @a: one string
 * @b: another string
 *
 * For matching the contents of a write(2) ("freeze\n") against a keyword.
 *
 * Context: Any context.
 * Return: true if the strings are equal up to a single trailing newline.
 */
bool sysfs_streq(const char *a, const char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	if (*a == *b)
		return true;
	if (*a == '\n' && !a[1] && !*b)
		return true;
	if (*b == '\n' && !b[1] && !*a)
		return true;
	return false;
}

/**
 * match_string - find a string in an array of strings
 * @array: the strings; a NULL entry ends the array early
 * @n: the number of entries in @array
 * @string: the string to look for
 *
 * Context: Any context.
 * Return: the index of the first entry equal to @string, or -EINVAL.
 */
int match_string(const char * const *array, size_t n, const char *string)
{
	size_t i;

	for (i = 0; i < n && array[i]; i++)
		if (!strcmp(array[i], string))
			return i;
	return -EINVAL;
}

/**
 * memchr - find a byte in a memory area
 * @s: the area
 * @c: the byte to look for
 * @n: the size of the area
 *
 * Context: Any context.
 * Return: a pointer to the first byte equal to @c, or NULL.
 */
void *memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;

	for (; n; n--, p++)
		if (*p == (unsigned char)c)
			return (void *)p;
	return NULL;
}

/**
 * memchr_inv - find a byte that differs from a value
 * @s: the area
 * @c: the expected value of every byte
 * @n: the size of the area
 *
 * Context: Any context.
 * Return: a pointer to the first byte not equal to @c, or NULL if every
 * byte equals @c.
 */
void *memchr_inv(const void *s, int c, size_t n)
{
	const unsigned char *p = s;

	for (; n; n--, p++)
		if (*p != (unsigned char)c)
			return (void *)p;
	return NULL;
}
