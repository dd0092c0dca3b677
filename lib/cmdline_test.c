// SPDX-License-Identifier: GPL-2.0
/*
 * cmdline_test.c - KUnit tests for "name=value" parameter parsing.
 */
#include <kunit/test.h>
#include <linux/moduleparam.h>
#include <linux/string.h>

static void next_arg_splits_words(struct kunit *test)
{
	char buf[] = "  nprocs=8 verbose  name=\"a b\" \"q=x y\" last";
	char *args = buf, *param, *val;

	args = next_arg(args, &param, &val);
	KUNIT_EXPECT_STREQ(test, param, "nprocs");
	KUNIT_EXPECT_STREQ(test, val, "8");
	args = next_arg(args, &param, &val);
	KUNIT_EXPECT_STREQ(test, param, "verbose");
	KUNIT_EXPECT_NULL(test, val);
	args = next_arg(args, &param, &val);
	KUNIT_EXPECT_STREQ(test, param, "name");
	KUNIT_EXPECT_STREQ(test, val, "a b");
	args = next_arg(args, &param, &val);
	KUNIT_EXPECT_STREQ(test, param, "q");
	KUNIT_EXPECT_STREQ(test, val, "x y");
	args = next_arg(args, &param, &val);
	KUNIT_EXPECT_STREQ(test, param, "last");
	KUNIT_EXPECT_NULL(test, val);
	KUNIT_EXPECT_STREQ(test, args, "");
}

struct torture_args {
	int nprocs;
	unsigned long duration;
	bool verbose;
	char *type;
};

static void parse_args_sets_variables(struct kunit *test)
{
	struct torture_args a = { .nprocs = 1, .duration = 5 };
	const struct kernel_param params[] = {
		KERNEL_PARAM("nprocs", int, a.nprocs),
		KERNEL_PARAM("duration", ulong, a.duration),
		KERNEL_PARAM("verbose", bool, a.verbose),
		KERNEL_PARAM("torture_type", charp, a.type),
	};
	char good[] = "nprocs=8 duration=0x1e verbose torture-type=procs";
	char unknown[] = "nprocs=2 bogus=1";
	char bad[] = "nprocs=eight";
	char range[] = "nprocs=4294967296";
	char line[128];

	KUNIT_EXPECT_EQ(test, parse_args("torture", good, params,
					 ARRAY_SIZE(params), NULL, NULL), 0);
	KUNIT_EXPECT_EQ(test, a.nprocs, 8);
	KUNIT_EXPECT_EQ(test, a.duration, 30UL);
	KUNIT_EXPECT_TRUE(test, a.verbose);
	KUNIT_EXPECT_STREQ(test, a.type, "procs");

	param_print(line, sizeof(line), params, ARRAY_SIZE(params));
	KUNIT_EXPECT_STREQ(test, line,
			   "nprocs=8 duration=30 verbose=Y torture_type=procs");

	KUNIT_EXPECT_EQ(test, parse_args("torture", unknown, params,
					 ARRAY_SIZE(params), NULL, NULL),
			-ENOENT);
	KUNIT_EXPECT_EQ(test, a.nprocs, 2);
	KUNIT_EXPECT_EQ(test, parse_args("torture", bad, params,
					 ARRAY_SIZE(params), NULL, NULL),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, parse_args("torture", range, params,
					 ARRAY_SIZE(params), NULL, NULL),
			-ERANGE);
	KUNIT_EXPECT_EQ(test, a.nprocs, 2);
}

static void parse_argv_sets_variables(struct kunit *test)
{
	int nprocs = 0;
	bool verbose = true;
	const struct kernel_param params[] = {
		KERNEL_PARAM("nprocs", int, nprocs),
		KERNEL_PARAM("verbose", bool, verbose),
	};
	char a0[] = "nprocs=-3", a1[] = "verbose=n", a2[] = "nope";
	char *argv[3];

	argv[0] = a0;
	argv[1] = a1;
	argv[2] = a2;
	KUNIT_EXPECT_EQ(test, parse_argv(2, argv, params, ARRAY_SIZE(params)),
			0);
	KUNIT_EXPECT_EQ(test, nprocs, -3);
	KUNIT_EXPECT_FALSE(test, verbose);
	/* parsing wrote NULs into the words: give it fresh ones */
	strscpy(a0, "nprocs=5", sizeof(a0));
	strscpy(a1, "verbose", sizeof(a1));
	KUNIT_EXPECT_EQ(test, parse_argv(3, argv, params, ARRAY_SIZE(params)),
			-ENOENT);
	KUNIT_EXPECT_EQ(test, nprocs, 5);
	KUNIT_EXPECT_TRUE(test, verbose);
}

static void get_option_and_memparse(struct kunit *test)
{
	char list[] = "1,-2,0x10-";
	char *s = list;
	char *end;
	int v;

	KUNIT_EXPECT_EQ(test, get_option(&s, &v), 2);
	KUNIT_EXPECT_EQ(test, v, 1);
	KUNIT_EXPECT_EQ(test, get_option(&s, &v), 2);
	KUNIT_EXPECT_EQ(test, v, -2);
	KUNIT_EXPECT_EQ(test, get_option(&s, &v), 3);
	KUNIT_EXPECT_EQ(test, v, 16);
	KUNIT_EXPECT_EQ(test, memparse("64K", &end), 65536ULL);
	KUNIT_EXPECT_EQ(test, *end, '\0');
	KUNIT_EXPECT_EQ(test, memparse("2m", NULL), 2ULL << 20);
	KUNIT_EXPECT_EQ(test, memparse("0x10G", NULL), 16ULL << 30);
	KUNIT_EXPECT_EQ(test, memparse("4096x", &end), 4096ULL);
	KUNIT_EXPECT_EQ(test, *end, 'x');
}

static struct kunit_case cmdline_cases[] = {
	KUNIT_CASE(next_arg_splits_words),
	KUNIT_CASE(parse_args_sets_variables),
	KUNIT_CASE(parse_argv_sets_variables),
	KUNIT_CASE(get_option_and_memparse),
	{}
};

static struct kunit_suite cmdline_suite = {
	.name = "cmdline",
	.test_cases = cmdline_cases,
};

kunit_test_suite(cmdline_suite);
