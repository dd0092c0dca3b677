// SPDX-License-Identifier: GPL-2.0
/*
 * vsprintf_test.c - KUnit tests for the printf family.
 */
#include <kunit/test.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>

/*
 * Format into a buffer larger than needed and into every shorter size,
 * checking the text, the return value and the NUL termination.
 */
static void __printf(4, 5)
check_fmt(struct kunit *test, int line, const char *expect,
	  const char *fmt, ...)
{
	size_t elen = strlen(expect), size;
	char buf[128];
	va_list args;
	int ret;

	va_start(args, fmt);
	ret = vsnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	KUNIT_EXPECT_EQ_MSG(test, ret, (int)elen, "line %d: \"%s\"", line, fmt);
	KUNIT_EXPECT_STREQ_MSG(test, buf, expect, "line %d: \"%s\"", line,
			       fmt);

	for (size = 0; size <= elen; size++) {
		memset(buf, 'X', sizeof(buf));
		va_start(args, fmt);
		ret = vsnprintf(buf, size, fmt, args);
		va_end(args);
		KUNIT_EXPECT_EQ_MSG(test, ret, (int)elen, "line %d", line);
		if (size) {
			KUNIT_EXPECT_EQ_MSG(test, buf[size - 1], '\0',
					    "line %d", line);
			KUNIT_EXPECT_EQ_MSG(test, strncmp(buf, expect, size - 1),
					    0, "line %d", line);
		}
		KUNIT_EXPECT_EQ_MSG(test, buf[size], 'X',
				    "line %d: wrote past size %zu", line, size);
	}
}

#define CHECK(expect, fmt, ...) \
	check_fmt(test, __LINE__, expect, fmt, ##__VA_ARGS__)

/* Not literals: the compilers would (rightly) question the arguments. */
static const char *narrow_char_fmt = "%hhd %hhu";
static const char *narrow_short_fmt = "%hd %hu";

static void vsprintf_integers(struct kunit *test)
{
	CHECK("42", "%d", 42);
	CHECK("-42", "%i", -42);
	CHECK("4294967295", "%u", -1);
	CHECK("2a 2A 52", "%x %X %o", 42, 42, 42);
	CHECK("-2147483648", "%d", INT_MIN);
	CHECK("-9223372036854775808", "%lld", -S64_MAX - 1);
	CHECK("18446744073709551615", "%llu", ULLONG_MAX);
	CHECK("ffffffffffffffff", "%lx", ULONG_MAX);
	/* the callee narrows: an int argument prints as its low bits */
	CHECK("-1 255", narrow_char_fmt, 255, 255);
	CHECK("-1 65535", narrow_short_fmt, 65535, 65535);
	CHECK("7 -7 -5", "%zu %zd %td", (size_t)7, (ssize_t)-7,
	      (ptrdiff_t)-5);
}

static const char *zero_flag_with_precision = "[%05.3d]";

static void vsprintf_flags_width_precision(struct kunit *test)
{
	CHECK("[   42]", "[%5d]", 42);
	CHECK("[42   ]", "[%-5d]", 42);
	CHECK("[00042]", "[%05d]", 42);
	CHECK("[-0042]", "[%05d]", -42);
	CHECK("[+42]", "[%+d]", 42);
	CHECK("[ 42]", "[% d]", 42);
	CHECK("[0x2a]", "[%#x]", 42);
	CHECK("[0X2A]", "[%#X]", 42);
	CHECK("[0]", "[%#x]", 0);
	CHECK("[052]", "[%#o]", 42);
	CHECK("[0x0000002a]", "[%#010x]", 42);
	CHECK("[  042]", "[%5.3d]", 42);
	/* a literal would draw gcc's "'0' flag ignored" warning */
	CHECK("[  042]", zero_flag_with_precision, 42);
	CHECK("[]", "[%.0d]", 0);
	CHECK("[   ]", "[%3.0d]", 0);
	CHECK("[   42]", "[%*d]", 5, 42);
	CHECK("[42   ]", "[%*d]", -5, 42);
	CHECK("[00042]", "[%.*d]", 5, 42);
	CHECK("[42]", "[%.*d]", -1, 42);
}

static void vsprintf_strings_chars(struct kunit *test)
{
	const char *null_string = NULL;

	/* hide the NULL from gcc's format checker: printing it is the test */
	__asm__("" : "+r" (null_string));
	CHECK("abc", "%s", "abc");
	CHECK("[  abc]", "[%5s]", "abc");
	CHECK("[abc  ]", "[%-5s]", "abc");
	CHECK("[ab]", "[%.2s]", "abc");
	CHECK("[   ab]", "[%5.2s]", "abc");
	CHECK("(null)", "%s", null_string);
	CHECK("[x]", "[%c]", 'x');
	CHECK("[  x]", "[%3c]", 'x');
	CHECK("[x  ]", "[%-3c]", 'x');
	CHECK("100%", "%d%%", 100);
	CHECK("", "%s", "");
}

static void vsprintf_pointers(struct kunit *test)
{
	CHECK("0000000000001234", "%p", (void *)0x1234);
	CHECK("0000000000000000", "%p", NULL);
	CHECK("[ffffffffffffffea]", "[%p]", ERR_PTR(-22));
	CHECK("00000000deadbeef", "%px", (void *)0xdeadbeefUL);
}

static void scnprintf_returns_stored_length(struct kunit *test)
{
	char buf[8];
	int len = 0;

	KUNIT_EXPECT_EQ(test, scnprintf(buf, sizeof(buf), "%s", "hello world"),
			7);
	KUNIT_EXPECT_STREQ(test, buf, "hello w");
	KUNIT_EXPECT_EQ(test, scnprintf(buf, 0, "%d", 1), 0);
	KUNIT_EXPECT_EQ(test, snprintf(buf, sizeof(buf), "%s", "hello world"),
			11);

	/* appending never runs past the end */
	len += scnprintf(buf + len, sizeof(buf) - len, "%d,", 123);
	len += scnprintf(buf + len, sizeof(buf) - len, "%d,", 456);
	len += scnprintf(buf + len, sizeof(buf) - len, "%d,", 789);
	KUNIT_EXPECT_EQ(test, len, 7);
	KUNIT_EXPECT_STREQ(test, buf, "123,456");
	KUNIT_EXPECT_EQ(test, sprintf(buf, "%u", 12345U), 5);
	KUNIT_EXPECT_STREQ(test, buf, "12345");
}

static void kasprintf_allocates(struct kunit *test)
{
	char *s = kasprintf(GFP_KERNEL, "%s-%d", "cgroup", 42);

	KUNIT_ASSERT_NOT_NULL(test, s);
	KUNIT_EXPECT_STREQ(test, s, "cgroup-42");
	kfree(s);
}

static struct kunit_case vsprintf_cases[] = {
	KUNIT_CASE(vsprintf_integers),
	KUNIT_CASE(vsprintf_flags_width_precision),
	KUNIT_CASE(vsprintf_strings_chars),
	KUNIT_CASE(vsprintf_pointers),
	KUNIT_CASE(scnprintf_returns_stored_length),
	KUNIT_CASE(kasprintf_allocates),
	{}
};

static struct kunit_suite vsprintf_suite = {
	.name = "vsprintf",
	.test_cases = vsprintf_cases,
};

kunit_test_suite(vsprintf_suite);
