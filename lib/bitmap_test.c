// SPDX-License-Identifier: GPL-2.0
/*
 * bitmap_test.c - KUnit tests for bitmaps, cpumasks and nodemasks,
 * above all the list format that cpuset.cpus and cpuset.mems use.
 */
#include <kunit/test.h>
#include <linux/bitmap.h>
#include <linux/cpumask.h>
#include <linux/nodemask.h>

static void bitmap_bit_ops(struct kunit *test)
{
	DECLARE_BITMAP(map, 130);
	unsigned long bit, n = 0;

	bitmap_zero(map, 130);
	KUNIT_EXPECT_TRUE(test, bitmap_empty(map, 130));
	set_bit(0, map);
	__set_bit(64, map);
	set_bit(129, map);
	KUNIT_EXPECT_TRUE(test, test_bit(64, map));
	KUNIT_EXPECT_FALSE(test, test_bit(63, map));
	KUNIT_EXPECT_EQ(test, bitmap_weight(map, 130), 3U);
	KUNIT_EXPECT_EQ(test, find_first_bit(map, 130), 0UL);
	KUNIT_EXPECT_EQ(test, find_next_bit(map, 130, 1), 64UL);
	KUNIT_EXPECT_EQ(test, find_next_bit(map, 130, 65), 129UL);
	KUNIT_EXPECT_EQ(test, find_next_bit(map, 129, 65), 129UL);
	KUNIT_EXPECT_EQ(test, find_first_zero_bit(map, 130), 1UL);
	for_each_set_bit(bit, map, 130)
		n += bit;
	KUNIT_EXPECT_EQ(test, n, 193UL);
	KUNIT_EXPECT_TRUE(test, test_and_clear_bit(64, map));
	KUNIT_EXPECT_FALSE(test, test_and_clear_bit(64, map));
	KUNIT_EXPECT_FALSE(test, __test_and_set_bit(5, map));
	KUNIT_EXPECT_TRUE(test, __test_and_set_bit(5, map));
	clear_bit(129, map);
	__clear_bit(0, map);
	__clear_bit(5, map);
	KUNIT_EXPECT_TRUE(test, bitmap_empty(map, 130));
	KUNIT_EXPECT_EQ(test, find_first_bit(map, 130), 130UL);
}

static void bitmap_set_ops(struct kunit *test)
{
	DECLARE_BITMAP(a, 70);
	DECLARE_BITMAP(b, 70);
	DECLARE_BITMAP(d, 70);

	bitmap_zero(a, 70);
	bitmap_zero(b, 70);
	bitmap_set(a, 0, 10);		/* 0-9 */
	bitmap_set(b, 5, 65);		/* 5-69 */
	KUNIT_EXPECT_TRUE(test, bitmap_and(d, a, b, 70));
	KUNIT_EXPECT_EQ(test, bitmap_weight(d, 70), 5U);
	bitmap_or(d, a, b, 70);
	KUNIT_EXPECT_TRUE(test, bitmap_full(d, 70));
	KUNIT_EXPECT_TRUE(test, bitmap_andnot(d, a, b, 70));
	KUNIT_EXPECT_EQ(test, bitmap_weight(d, 70), 5U);
	KUNIT_EXPECT_FALSE(test, bitmap_andnot(d, a, a, 70));
	KUNIT_EXPECT_TRUE(test, bitmap_intersects(a, b, 70));
	KUNIT_EXPECT_FALSE(test, bitmap_subset(a, b, 70));
	bitmap_clear(a, 0, 5);
	KUNIT_EXPECT_TRUE(test, bitmap_subset(a, b, 70));
	bitmap_copy(d, b, 70);
	KUNIT_EXPECT_TRUE(test, bitmap_equal(d, b, 70));
	/* bits beyond nbits are don't-care */
	__set_bit(75, d);
	KUNIT_EXPECT_TRUE(test, bitmap_equal(d, b, 70));
	bitmap_fill(d, 70);
	KUNIT_EXPECT_TRUE(test, bitmap_full(d, 70));
	KUNIT_EXPECT_EQ(test, bitmap_weight(d, 70), 70U);
	bitmap_complement(d, d, 70);
	KUNIT_EXPECT_TRUE(test, bitmap_empty(d, 70));
}

struct parselist_case {
	const char *list;
	int ret;
	const char *printed;	/* bitmap_print_list() of the result */
};

static const struct parselist_case parselist_cases[] = {
	{ "",			0,	  "" },
	{ "\n",			0,	  "" },
	{ "0",			0,	  "0" },
	{ "0-3,5",		0,	  "0-3,5" },
	{ "5,0-3\n",		0,	  "0-3,5" },
	{ " 1 , 3 ",		0,	  "1,3" },
	{ "0,,2",		0,	  "0,2" },
	{ "0-3,2-5",		0,	  "0-5" },
	{ "0-31",		0,	  "0-31" },
	{ "0-15:2/4",		0,	  "0-1,4-5,8-9,12-13" },
	{ "N",			0,	  "31" },
	{ "28-N",		0,	  "28-31" },
	{ "32",			-ERANGE,  NULL },
	{ "0-32",		-ERANGE,  NULL },
	{ "4294967296",		-ERANGE,  NULL },
	{ "3-1",		-EINVAL,  NULL },
	{ "a",			-EINVAL,  NULL },
	{ "1a",			-EINVAL,  NULL },
	{ "-1",			-EINVAL,  NULL },
	{ "1-",			-EINVAL,  NULL },
	{ "1--2",		-EINVAL,  NULL },
	{ "1-2:",		-EINVAL,  NULL },
	{ "0-7:2",		-EINVAL,  NULL },
	{ "0-7:3/2",		-EINVAL,  NULL },
	{ "0-7:1/0",		-EINVAL,  NULL },
	{ "+1",			-EINVAL,  NULL },
};

static void parselist_desc(const struct parselist_case *c, char *desc)
{
	size_t len = strcspn(c->list, "\n");

	snprintf(desc, KUNIT_PARAM_DESC_SIZE, "\"%.*s%s\"", (int)len, c->list,
		 c->list[len] ? "\\n" : "");
}

KUNIT_ARRAY_PARAM(parselist, parselist_cases, parselist_desc);

static void bitmap_parselist_table(struct kunit *test)
{
	const struct parselist_case *c = test->param_value;
	DECLARE_BITMAP(map, 32);
	char buf[64];

	KUNIT_EXPECT_EQ(test, bitmap_parselist(c->list, map, 32), c->ret);
	if (c->ret)
		return;
	bitmap_print_list(buf, sizeof(buf), map, 32);
	KUNIT_EXPECT_STREQ(test, buf, c->printed);
}

static void bitmap_print_formats(struct kunit *test)
{
	DECLARE_BITMAP(map, 40);
	char small[5];
	char buf[32];

	bitmap_zero(map, 40);
	KUNIT_EXPECT_EQ(test, bitmap_print_list(buf, sizeof(buf), map, 40), 0);
	KUNIT_EXPECT_STREQ(test, buf, "");
	bitmap_set(map, 0, 2);
	bitmap_set(map, 7, 1);
	bitmap_set(map, 36, 4);
	KUNIT_EXPECT_EQ(test, bitmap_print_list(buf, sizeof(buf), map, 40), 11);
	KUNIT_EXPECT_STREQ(test, buf, "0-1,7,36-39");
	/* truncated output stays terminated and reports what it stored */
	KUNIT_EXPECT_EQ(test, bitmap_print_list(small, sizeof(small), map, 40),
			4);
	KUNIT_EXPECT_STREQ(test, small, "0-1,");
	bitmap_print_mask(buf, sizeof(buf), map, 40);
	KUNIT_EXPECT_STREQ(test, buf, "f0,00000083");
	bitmap_print_mask(buf, sizeof(buf), map, 4);
	KUNIT_EXPECT_STREQ(test, buf, "3");
}

static void cpumask_over_nr_cpu_ids(struct kunit *test)
{
	struct cpumask mask, other;
	char buf[32];
	int cpu, n = 0;

	KUNIT_EXPECT_GE(test, nr_cpu_ids, 1U);
	KUNIT_EXPECT_LE(test, nr_cpu_ids, large_cpumask_bits);
	KUNIT_EXPECT_EQ(test, num_online_cpus(), nr_cpu_ids);
	KUNIT_EXPECT_TRUE(test, cpumask_full(cpu_possible_mask));

	cpumask_setall(&mask);
	KUNIT_EXPECT_TRUE(test, cpumask_equal(&mask, cpu_online_mask));
	KUNIT_EXPECT_EQ(test, cpumask_weight(&mask), nr_cpu_ids);
	for_each_cpu(cpu, &mask)
		n++;
	KUNIT_EXPECT_EQ(test, (unsigned int)n, nr_cpu_ids);

	KUNIT_EXPECT_EQ(test, cpulist_parse("0", &mask), 0);
	KUNIT_EXPECT_TRUE(test, cpumask_test_cpu(0, &mask));
	KUNIT_EXPECT_EQ(test, cpumask_weight(&mask), 1U);
	KUNIT_EXPECT_EQ(test, cpumask_first(&mask), 0U);
	snprintf(buf, sizeof(buf), "%u", nr_cpu_ids);
	KUNIT_EXPECT_EQ(test, cpulist_parse(buf, &other), -ERANGE);
	KUNIT_EXPECT_EQ(test, cpulist_parse("0-", &other), -EINVAL);
	cpumask_clear(&other);
	KUNIT_EXPECT_TRUE(test, cpumask_empty(&other));
	KUNIT_EXPECT_FALSE(test, cpumask_intersects(&mask, &other));
	KUNIT_EXPECT_TRUE(test, cpumask_subset(&other, &mask));
	cpumask_set_cpu(nr_cpu_ids - 1, &other);
	cpumask_or(&other, &other, &mask);
	cpulist_scnprintf(buf, sizeof(buf), &other);
	if (nr_cpu_ids == 1)
		KUNIT_EXPECT_STREQ(test, buf, "0");
	else if (nr_cpu_ids == 2)
		KUNIT_EXPECT_STREQ(test, buf, "0-1");
	else
		KUNIT_EXPECT_EQ(test, buf[0], '0');
	KUNIT_EXPECT_FALSE(test, cpumask_andnot(&other, &mask, &mask));
}

static void nodemask_macros(struct kunit *test)
{
	nodemask_t nodes = NODE_MASK_NONE, all = NODE_MASK_ALL;
	char buf[16];
	int node, n = 0;

	KUNIT_EXPECT_EQ(test, MAX_NUMNODES, 4);
	KUNIT_EXPECT_TRUE(test, nodes_empty(nodes));
	KUNIT_EXPECT_TRUE(test, nodes_full(all));
	KUNIT_EXPECT_TRUE(test, nodes_equal(all, node_online_map));
	KUNIT_EXPECT_EQ(test, num_online_nodes(), 4U);
	node_set(2, nodes);
	KUNIT_EXPECT_TRUE(test, node_isset(2, nodes));
	KUNIT_EXPECT_EQ(test, first_node(nodes), 2);
	KUNIT_EXPECT_TRUE(test, nodes_subset(nodes, all));
	for_each_node_mask(node, all)
		n++;
	KUNIT_EXPECT_EQ(test, n, 4);
	KUNIT_EXPECT_EQ(test, nodelist_parse("0-1,3", nodes), 0);
	KUNIT_EXPECT_EQ(test, nodes_weight(nodes), 3U);
	nodelist_scnprintf(buf, sizeof(buf), nodes);
	KUNIT_EXPECT_STREQ(test, buf, "0-1,3");
	KUNIT_EXPECT_EQ(test, nodelist_parse("4", nodes), -ERANGE);
	KUNIT_EXPECT_EQ(test, nodelist_parse("x", nodes), -EINVAL);
}

static struct kunit_case bitmap_cases[] = {
	KUNIT_CASE(bitmap_bit_ops),
	KUNIT_CASE(bitmap_set_ops),
	KUNIT_CASE_PARAM(bitmap_parselist_table, parselist_gen_params),
	KUNIT_CASE(bitmap_print_formats),
	KUNIT_CASE(cpumask_over_nr_cpu_ids),
	KUNIT_CASE(nodemask_macros),
	{}
};

static struct kunit_suite bitmap_suite = {
	.name = "bitmap",
	.test_cases = bitmap_cases,
};

kunit_test_suite(bitmap_suite);
