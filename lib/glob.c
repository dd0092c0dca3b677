// SPDX-License-Identifier: GPL-2.0
/*
 * glob.c - shell-style wildcard matching.
 *
 * Supports '*' (any run of bytes, including none), '?' (any one byte) and
 * bracket expressions "[abc]", "[a-z]", "[!a-z]" ('^' also negates).  A
 * backslash is not special: patterns here name suites and tests, which
 * contain no wildcard characters.  No locks.
 */
#include <linux/glob.h>

/*
 * Match one byte @c against the bracket expression starting just after
 * '['.  Sets *@next past the closing ']'.  A ']' directly after the
 * opening bracket (or after the negation) is a literal; a '-' at either
 * end is a literal.  Returns true if @c is in the class, honouring
 * negation.  An unterminated class is treated as a literal '['.
 */
static bool match_class(const char *pat, unsigned char c, const char **next,
			bool *valid)
{
	bool negate = false, found = false;
	const char *p = pat;

	if (*p == '!' || *p == '^') {
		negate = true;
		p++;
	}
	do {
		unsigned char lo = *p, hi;

		if (!lo) {
			*valid = false;
			return false;
		}
		hi = lo;
		if (p[1] == '-' && p[2] && p[2] != ']') {
			hi = p[2];
			p += 2;
		}
		if (lo <= c && c <= hi)
			found = true;
		p++;
	} while (*p != ']');
	*next = p + 1;
	*valid = true;
	return found != negate;
}

/**
 * glob_match - match a string against a shell-style pattern
 * @pat: the pattern: '*', '?' and bracket classes are special
 * @str: the string to match, as a whole
 *
 * Backtracks only to the most recent '*', so it runs in O(len(pat) *
 * len(str)) time and constant space, and never recurses.
 *
 * Context: Any context.
 * Return: true if all of @str matches all of @pat.
 */
bool glob_match(const char *pat, const char *str)
{
	const char *back_pat = NULL, *back_str = NULL;

	for (;;) {
		unsigned char c = *str++;
		unsigned char d = *pat++;
		const char *next;
		bool valid;

		switch (d) {
		case '?':
			if (!c)
				return false;
			break;
		case '*':
			if (!*pat)
				return true;
			back_pat = pat;
			back_str = --str;
			break;
		case '[':
			if (!c)
				return false;
			if (match_class(pat, c, &next, &valid)) {
				pat = next;
				break;
			}
			if (valid)
				goto backtrack;
			/* an unterminated '[' matches itself */
			if (c != '[')
				goto backtrack;
			break;
		default:
			if (c == d) {
				if (!d)
					return true;
				break;
			}
backtrack:
			if (!c || !back_pat)
				return false;
			/* let the last '*' swallow one more byte */
			pat = back_pat;
			str = ++back_str;
			break;
		}
	}
}
