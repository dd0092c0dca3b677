// SPDX-License-Identifier: GPL-2.0
/*
 * string_test.c - KUnit tests for lib/string.c, lib/glob.c and
 * <linux/ctype.h>.
 */
#include <kunit/test.h>
#include <linux/ctype.h>
#include <linux/glob.h>
#include <linux/string.h>

static void string_lengths_and_compare(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, strlen(""), 0UL);
	KUNIT_EXPECT_EQ(test, strlen("cgroup"), 6UL);
	KUNIT_EXPECT_EQ(test, strnlen("cgroup", 3), 3UL);
	KUNIT_EXPECT_EQ(test, strnlen("cg", 8), 2UL);

	KUNIT_EXPECT_EQ(test, strcmp("a", "a"), 0);
	KUNIT_EXPECT_LT(test, strcmp("a", "b"), 0);
	KUNIT_EXPECT_GT(test, strcmp("b", "a"), 0);
	KUNIT_EXPECT_LT(test, strcmp("a", "ab"), 0);
	/* bytes compare unsigned, as in C */
	KUNIT_EXPECT_GT(test, strcmp("\xff", "a"), 0);
	KUNIT_EXPECT_EQ(test, strncmp("abcd", "abcx", 3), 0);
	KUNIT_EXPECT_NE(test, strncmp("abcd", "abcx", 4), 0);
	KUNIT_EXPECT_EQ(test, strncmp("ab", "ab", 10), 0);
	KUNIT_EXPECT_EQ(test, strcasecmp("CgRoUp", "cgroup"), 0);
	KUNIT_EXPECT_NE(test, strcasecmp("cgroup", "cgroups"), 0);
	KUNIT_EXPECT_EQ(test, strncasecmp("TASKS", "tasksX", 5), 0);
}

static void string_search(struct kunit *test)
{
	static const char aaab[] = "aaab";
	const char *s = "cgroup.procs";

	KUNIT_EXPECT_PTR_EQ(test, strchr(s, '.'), s + 6);
	KUNIT_EXPECT_PTR_EQ(test, strchr(s, '\0'), s + 12);
	KUNIT_EXPECT_NULL(test, strchr(s, 'x'));
	KUNIT_EXPECT_PTR_EQ(test, strrchr(s, 'c'), s + 10);
	KUNIT_EXPECT_NULL(test, strrchr(s, 'z'));
	KUNIT_EXPECT_PTR_EQ(test, strchrnul(s, 'x'), s + 12);
	KUNIT_EXPECT_PTR_EQ(test, strnchr(s, 3, 'r'), s + 2);
	KUNIT_EXPECT_NULL(test, strnchr(s, 2, 'r'));
	KUNIT_EXPECT_PTR_EQ(test, strstr(s, "procs"), s + 7);
	KUNIT_EXPECT_PTR_EQ(test, strstr(s, ""), s);
	KUNIT_EXPECT_NULL(test, strstr(s, "tasks"));
	KUNIT_EXPECT_NULL(test, strnstr(s, "procs", 11));
	KUNIT_EXPECT_PTR_EQ(test, strnstr(s, "procs", 12), s + 7);
	KUNIT_EXPECT_PTR_EQ(test, strpbrk(s, "./"), s + 6);
	KUNIT_EXPECT_NULL(test, strpbrk(s, "xyz"));
	KUNIT_EXPECT_EQ(test, strspn("  \t42", " \t"), 3UL);
	KUNIT_EXPECT_EQ(test, strcspn("name=value", "="), 4UL);
	KUNIT_EXPECT_EQ(test, strcspn("name", "="), 4UL);
	KUNIT_EXPECT_PTR_EQ(test, memchr(s, '.', 12), s + 6);
	KUNIT_EXPECT_NULL(test, memchr(s, '.', 6));
	KUNIT_EXPECT_PTR_EQ(test, memchr_inv(aaab, 'a', 4), &aaab[3]);
	KUNIT_EXPECT_TRUE(test, strstarts(s, "cgroup."));
	KUNIT_EXPECT_FALSE(test, strstarts(s, "tasks"));
	KUNIT_EXPECT_EQ(test, str_has_prefix(s, "cgroup."), 7UL);
	KUNIT_EXPECT_EQ(test, str_has_prefix(s, "x"), 0UL);
}

static void strscpy_truncates(struct kunit *test)
{
	char buf[6];

	memset(buf, 'X', sizeof(buf));
	KUNIT_EXPECT_EQ(test, strscpy(buf, "abc", sizeof(buf)), 3L);
	KUNIT_EXPECT_STREQ(test, buf, "abc");
	KUNIT_EXPECT_EQ(test, buf[4], 'X');	/* no padding */
	KUNIT_EXPECT_EQ(test, strscpy(buf, "abcde", sizeof(buf)), 5L);
	KUNIT_EXPECT_STREQ(test, buf, "abcde");
	KUNIT_EXPECT_EQ(test, strscpy(buf, "abcdef", sizeof(buf)), -E2BIG);
	KUNIT_EXPECT_STREQ(test, buf, "abcde");
	KUNIT_EXPECT_EQ(test, strscpy(buf, "abc", 0), -E2BIG);
	KUNIT_EXPECT_EQ(test, strscpy(buf, "", sizeof(buf)), 0L);
	KUNIT_EXPECT_STREQ(test, buf, "");
}

static void strim_and_skip_spaces(struct kunit *test)
{
	char a[] = "  \t 42\v\n";
	char b[] = "42";
	char c[] = "\n\t\r";
	char d[] = "";

	KUNIT_EXPECT_STREQ(test, strim(a), "42");
	KUNIT_EXPECT_STREQ(test, strim(b), "42");
	KUNIT_EXPECT_STREQ(test, strim(c), "");
	KUNIT_EXPECT_STREQ(test, strim(d), "");
	KUNIT_EXPECT_STREQ(test, skip_spaces("\t\n x "), "x ");
	KUNIT_EXPECT_STREQ(test, skip_spaces(""), "");
}

static void strsep_keeps_empty_fields(struct kunit *test)
{
	char buf[] = "cpuset,,freezer";
	char *rest = buf;

	KUNIT_EXPECT_STREQ(test, strsep(&rest, ","), "cpuset");
	KUNIT_EXPECT_STREQ(test, strsep(&rest, ","), "");
	KUNIT_EXPECT_STREQ(test, strsep(&rest, ","), "freezer");
	KUNIT_EXPECT_NULL(test, rest);
	KUNIT_EXPECT_NULL(test, strsep(&rest, ","));
}

static void string_misc(struct kunit *test)
{
	static const char * const names[] = { "cpuset", "freezer", "devices" };
	char buf[] = "a/b/c";

	KUNIT_EXPECT_TRUE(test, sysfs_streq("FROZEN", "FROZEN\n"));
	KUNIT_EXPECT_TRUE(test, sysfs_streq("FROZEN\n", "FROZEN"));
	KUNIT_EXPECT_TRUE(test, sysfs_streq("FROZEN", "FROZEN"));
	KUNIT_EXPECT_FALSE(test, sysfs_streq("FROZEN", "FROZE"));
	KUNIT_EXPECT_FALSE(test, sysfs_streq("FROZEN\n\n", "FROZEN"));
	KUNIT_EXPECT_EQ(test, match_string(names, ARRAY_SIZE(names),
					   "devices"), 2);
	KUNIT_EXPECT_EQ(test, match_string(names, ARRAY_SIZE(names), "cpu"),
			-EINVAL);
	strreplace(buf, '/', '!');
	KUNIT_EXPECT_STREQ(test, buf, "a!b!c");
}

static void ctype_classes(struct kunit *test)
{
	KUNIT_EXPECT_TRUE(test, isspace(' ') && isspace('\t') &&
			  isspace('\n') && isspace('\v') && isspace('\f') &&
			  isspace('\r'));
	KUNIT_EXPECT_FALSE(test, isspace('x') || isspace('\0'));
	KUNIT_EXPECT_TRUE(test, isdigit('0') && isdigit('9'));
	KUNIT_EXPECT_FALSE(test, isdigit('a') || isdigit('/'));
	KUNIT_EXPECT_TRUE(test, isxdigit('f') && isxdigit('F') &&
			  isxdigit('7'));
	KUNIT_EXPECT_FALSE(test, isxdigit('g'));
	KUNIT_EXPECT_TRUE(test, isalpha('q') && isalpha('Q'));
	KUNIT_EXPECT_FALSE(test, isalpha('1') || isalpha(-1));
	KUNIT_EXPECT_EQ(test, tolower('Q'), 'q');
	KUNIT_EXPECT_EQ(test, tolower('1'), '1');
	KUNIT_EXPECT_EQ(test, toupper('q'), 'Q');
}

static void glob_match_patterns(struct kunit *test)
{
	KUNIT_EXPECT_TRUE(test, glob_match("cgroup_*", "cgroup_attach"));
	KUNIT_EXPECT_FALSE(test, glob_match("cgroup_*", "cgroup"));
	KUNIT_EXPECT_TRUE(test, glob_match("*", ""));
	KUNIT_EXPECT_TRUE(test, glob_match("", ""));
	KUNIT_EXPECT_FALSE(test, glob_match("", "a"));
	KUNIT_EXPECT_TRUE(test, glob_match("a*b*c", "aXXbYYc"));
	KUNIT_EXPECT_FALSE(test, glob_match("a*b*c", "aXXbYYcd"));
	KUNIT_EXPECT_TRUE(test, glob_match("*procs", "cgroup.procs"));
	KUNIT_EXPECT_TRUE(test, glob_match("f?rk", "fork"));
	KUNIT_EXPECT_FALSE(test, glob_match("f?rk", "frk"));
	KUNIT_EXPECT_TRUE(test, glob_match("[a-c]x", "bx"));
	KUNIT_EXPECT_FALSE(test, glob_match("[a-c]x", "dx"));
	KUNIT_EXPECT_TRUE(test, glob_match("[!a-c]x", "dx"));
	KUNIT_EXPECT_FALSE(test, glob_match("[!a-c]x", "ax"));
	KUNIT_EXPECT_TRUE(test, glob_match("[]]", "]"));
	KUNIT_EXPECT_TRUE(test, glob_match("[a-]", "-"));
	KUNIT_EXPECT_TRUE(test, glob_match("a[", "a["));
	KUNIT_EXPECT_TRUE(test, glob_match("**a", "ba"));
	KUNIT_EXPECT_TRUE(test, glob_match("*a*a*a*a*b", "aaaaaaaaaab"));
	KUNIT_EXPECT_FALSE(test, glob_match("*a*a*a*a*b", "aaaaaaaaaaa"));
}

static struct kunit_case string_cases[] = {
	KUNIT_CASE(string_lengths_and_compare),
	KUNIT_CASE(string_search),
	KUNIT_CASE(strscpy_truncates),
	KUNIT_CASE(strim_and_skip_spaces),
	KUNIT_CASE(strsep_keeps_empty_fields),
	KUNIT_CASE(string_misc),
	KUNIT_CASE(ctype_classes),
	KUNIT_CASE(glob_match_patterns),
	{}
};

static struct kunit_suite string_suite = {
	.name = "string",
	.test_cases = string_cases,
};

kunit_test_suite(string_suite);
