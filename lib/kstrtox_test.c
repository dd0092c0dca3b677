// SPDX-License-Identifier: GPL-2.0
/*
 * kstrtox_test.c - KUnit tests for kstrto*() and simple_strto*().
 *
 * The cases follow the parsing rules a cgroup write relies on (cgroups.txt
 * 2.2.2): the kstrto*() functions themselves take no whitespace except one
 * trailing newline, auto-detect the radix with base 0, accept a '+' as
 * Linux does, and report garbage as -EINVAL and overflow as -ERANGE.
 */
#include <kunit/test.h>
#include <linux/kernel.h>
#include <linux/kstrtox.h>

struct kstrtoull_case {
	const char *str;
	unsigned int base;
	int ret;
	unsigned long long val;
};

static const struct kstrtoull_case kstrtoull_cases[] = {
	{ "42",			0,  0,       42 },
	{ "42\n",		0,  0,       42 },
	{ "0x2a",		0,  0,       42 },
	{ "0X2A",		0,  0,       42 },
	{ "052",		0,  0,       42 },
	{ "0",			0,  0,        0 },
	{ "00",			0,  0,        0 },
	{ "+5",			0,  0,        5 },
	{ "2a",			16, 0,       42 },
	{ "0x2a",		16, 0,       42 },
	{ "52",			8,  0,       42 },
	{ "101010",		2,  0,       42 },
	{ "18446744073709551615", 0, 0, ULLONG_MAX },
	{ "0xffffffffffffffff",	0,  0, ULLONG_MAX },
	{ "18446744073709551616", 0, -ERANGE, 0 },
	{ "0x10000000000000000", 0, -ERANGE, 0 },
	{ "99999999999999999999999", 10, -ERANGE, 0 },
	{ "",			0,  -EINVAL, 0 },
	{ "\n",			0,  -EINVAL, 0 },
	{ " 42",		0,  -EINVAL, 0 },
	{ " 42\n",		0,  -EINVAL, 0 },
	{ "42 ",		0,  -EINVAL, 0 },
	{ "42\n\n",		0,  -EINVAL, 0 },
	{ "abc",		0,  -EINVAL, 0 },
	{ "12abc",		0,  -EINVAL, 0 },
	{ "-1",			0,  -EINVAL, 0 },
	{ "-0",			0,  -EINVAL, 0 },
	{ "++5",		0,  -EINVAL, 0 },
	{ "+",			0,  -EINVAL, 0 },
	{ "0x",			0,  -EINVAL, 0 },
	{ "0x",			16, -EINVAL, 0 },
	{ "08",			0,  -EINVAL, 0 },
	{ "9",			8,  -EINVAL, 0 },
	{ "2",			2,  -EINVAL, 0 },
};

static void kstrtoull_case_desc(const struct kstrtoull_case *c, char *desc)
{
	char shown[32];
	int i, n = 0;

	for (i = 0; c->str[i] && n < (int)sizeof(shown) - 3; i++) {
		if (c->str[i] == '\n') {
			shown[n++] = '\\';
			shown[n++] = 'n';
		} else {
			shown[n++] = c->str[i];
		}
	}
	shown[n] = '\0';
	snprintf(desc, KUNIT_PARAM_DESC_SIZE, "\"%s\" base %u", shown,
		 c->base);
}

KUNIT_ARRAY_PARAM(kstrtoull, kstrtoull_cases, kstrtoull_case_desc);

static void kstrtoull_table(struct kunit *test)
{
	const struct kstrtoull_case *c = test->param_value;
	unsigned long long val = 0xdeadbeef;
	int ret;

	ret = kstrtoull(c->str, c->base, &val);
	KUNIT_EXPECT_EQ(test, ret, c->ret);
	if (!c->ret)
		KUNIT_EXPECT_EQ(test, val, c->val);
	else
		KUNIT_EXPECT_EQ_MSG(test, val, 0xdeadbeefULL,
				    "the result must be untouched on error");
}

static void kstrtoll_signs_and_limits(struct kunit *test)
{
	long long val;

	KUNIT_EXPECT_EQ(test, kstrtoll("-1", 0, &val), 0);
	KUNIT_EXPECT_EQ(test, val, -1LL);
	KUNIT_EXPECT_EQ(test, kstrtoll("+7\n", 0, &val), 0);
	KUNIT_EXPECT_EQ(test, val, 7LL);
	KUNIT_EXPECT_EQ(test, kstrtoll("-0x10", 0, &val), 0);
	KUNIT_EXPECT_EQ(test, val, -16LL);
	KUNIT_EXPECT_EQ(test, kstrtoll("9223372036854775807", 10, &val), 0);
	KUNIT_EXPECT_EQ(test, val, S64_MAX);
	KUNIT_EXPECT_EQ(test, kstrtoll("-9223372036854775808", 10, &val), 0);
	KUNIT_EXPECT_EQ(test, val, -S64_MAX - 1);
	KUNIT_EXPECT_EQ(test, kstrtoll("9223372036854775808", 10, &val),
			-ERANGE);
	KUNIT_EXPECT_EQ(test, kstrtoll("-9223372036854775809", 10, &val),
			-ERANGE);
	KUNIT_EXPECT_EQ(test, kstrtoll("--1", 10, &val), -EINVAL);
	KUNIT_EXPECT_EQ(test, kstrtoll("-+1", 10, &val), -EINVAL);
	KUNIT_EXPECT_EQ(test, kstrtoll("-", 10, &val), -EINVAL);
}

static void kstrtoint_range(struct kunit *test)
{
	unsigned int u;
	int i;

	KUNIT_EXPECT_EQ(test, kstrtoint("2147483647", 0, &i), 0);
	KUNIT_EXPECT_EQ(test, i, INT_MAX);
	KUNIT_EXPECT_EQ(test, kstrtoint("-2147483648", 0, &i), 0);
	KUNIT_EXPECT_EQ(test, i, INT_MIN);
	KUNIT_EXPECT_EQ(test, kstrtoint("2147483648", 0, &i), -ERANGE);
	KUNIT_EXPECT_EQ(test, kstrtoint("-2147483649", 0, &i), -ERANGE);
	KUNIT_EXPECT_EQ(test, kstrtouint("4294967295", 0, &u), 0);
	KUNIT_EXPECT_EQ(test, u, UINT_MAX);
	KUNIT_EXPECT_EQ(test, kstrtouint("4294967296", 0, &u), -ERANGE);
	KUNIT_EXPECT_EQ(test, kstrtouint("-1", 0, &u), -EINVAL);
}

static void kstrtoul_and_u64(struct kunit *test)
{
	unsigned long ul;
	long l;
	u64 v;
	s64 sv;

	KUNIT_EXPECT_EQ(test, kstrtoul("0x2a\n", 0, &ul), 0);
	KUNIT_EXPECT_EQ(test, ul, 42UL);
	KUNIT_EXPECT_EQ(test, kstrtol("-052", 0, &l), 0);
	KUNIT_EXPECT_EQ(test, l, -42L);
	KUNIT_EXPECT_EQ(test, kstrtou64("052", 0, &v), 0);
	KUNIT_EXPECT_EQ(test, v, 42ULL);
	KUNIT_EXPECT_EQ(test, kstrtos64("-42", 10, &sv), 0);
	KUNIT_EXPECT_EQ(test, sv, -42LL);
	KUNIT_EXPECT_EQ(test, kstrtou64("", 10, &v), -EINVAL);
}

static void kstrtobool_words(struct kunit *test)
{
	static const char * const yes[] = { "1", "y", "Y", "yes", "on", "ON",
					    "On\n" };
	static const char * const no[] = { "0", "n", "N", "no", "off", "OFF",
					   "of" };
	static const char * const bad[] = { "", "o", "x", "2", "true" };
	unsigned int i;
	bool val;

	for (i = 0; i < ARRAY_SIZE(yes); i++) {
		val = false;
		KUNIT_EXPECT_EQ_MSG(test, kstrtobool(yes[i], &val), 0,
				    "\"%s\"", yes[i]);
		KUNIT_EXPECT_TRUE_MSG(test, val, "\"%s\"", yes[i]);
	}
	for (i = 0; i < ARRAY_SIZE(no); i++) {
		val = true;
		KUNIT_EXPECT_EQ_MSG(test, kstrtobool(no[i], &val), 0,
				    "\"%s\"", no[i]);
		KUNIT_EXPECT_FALSE_MSG(test, val, "\"%s\"", no[i]);
	}
	for (i = 0; i < ARRAY_SIZE(bad); i++)
		KUNIT_EXPECT_EQ_MSG(test, kstrtobool(bad[i], &val), -EINVAL,
				    "\"%s\"", bad[i]);
}

static void simple_strtoull_stops_at_garbage(struct kunit *test)
{
	char *end;

	KUNIT_EXPECT_EQ(test, simple_strtoull("0x1fz", &end, 0), 31ULL);
	KUNIT_EXPECT_EQ(test, *end, 'z');
	KUNIT_EXPECT_EQ(test, simple_strtoull("017 ", &end, 0), 15ULL);
	KUNIT_EXPECT_EQ(test, *end, ' ');
	KUNIT_EXPECT_EQ(test, simple_strtoull("abc", &end, 10), 0ULL);
	KUNIT_EXPECT_EQ(test, *end, 'a');
	KUNIT_EXPECT_EQ(test, simple_strtol("-12x", &end, 10), -12L);
	KUNIT_EXPECT_EQ(test, *end, 'x');
	KUNIT_EXPECT_EQ(test, simple_strtoull("42", NULL, 10), 42ULL);
}

static struct kunit_case kstrtox_cases[] = {
	KUNIT_CASE_PARAM(kstrtoull_table, kstrtoull_gen_params),
	KUNIT_CASE(kstrtoll_signs_and_limits),
	KUNIT_CASE(kstrtoint_range),
	KUNIT_CASE(kstrtoul_and_u64),
	KUNIT_CASE(kstrtobool_words),
	KUNIT_CASE(simple_strtoull_stops_at_garbage),
	{}
};

static struct kunit_suite kstrtox_suite = {
	.name = "kstrtox",
	.test_cases = kstrtox_cases,
};

kunit_test_suite(kstrtox_suite);
