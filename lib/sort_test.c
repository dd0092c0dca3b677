// SPDX-License-Identifier: GPL-2.0
/*
 * sort_test.c - KUnit tests for sort() and bsearch().
 */
#include <kunit/test.h>
#include <linux/bsearch.h>
#include <linux/random.h>
#include <linux/sort.h>

#define SORT_N	1000

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

static int cmp_int_desc_r(const void *a, const void *b, const void *priv)
{
	int *calls = (int *)priv;

	(*calls)++;
	return cmp_int(b, a);
}

static void sort_random_ints(struct kunit *test)
{
	struct rnd_state rnd;
	int *a, i, sum = 0, sorted_sum = 0;

	a = kunit_kmalloc_array(test, SORT_N, sizeof(*a), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, a);
	prandom_seed_state(&rnd, 42);
	for (i = 0; i < SORT_N; i++) {
		a[i] = (int)prandom_u32_below_state(&rnd, 200) - 100;
		sum += a[i];
	}
	sort(a, SORT_N, sizeof(*a), cmp_int, NULL);
	for (i = 0; i < SORT_N; i++) {
		sorted_sum += a[i];
		if (i)
			KUNIT_ASSERT_LE(test, a[i - 1], a[i]);
	}
	KUNIT_EXPECT_EQ(test, sum, sorted_sum);
}

static void sort_edge_sizes(struct kunit *test)
{
	int one[1] = { 5 };
	int two[2] = { 2, 1 };
	int same[4] = { 3, 3, 3, 3 };
	int rev[5] = { 5, 4, 3, 2, 1 };
	int i;

	sort(one, 0, sizeof(int), cmp_int, NULL);
	sort(one, 1, sizeof(int), cmp_int, NULL);
	KUNIT_EXPECT_EQ(test, one[0], 5);
	sort(two, 2, sizeof(int), cmp_int, NULL);
	KUNIT_EXPECT_EQ(test, two[0], 1);
	KUNIT_EXPECT_EQ(test, two[1], 2);
	sort(same, 4, sizeof(int), cmp_int, NULL);
	for (i = 0; i < 4; i++)
		KUNIT_EXPECT_EQ(test, same[i], 3);
	sort(rev, 5, sizeof(int), cmp_int, NULL);
	for (i = 0; i < 5; i++)
		KUNIT_EXPECT_EQ(test, rev[i], i + 1);
}

struct odd_elem {
	char tag;
	short key;
	char pad[4];
} __packed;

static int cmp_odd(const void *a, const void *b)
{
	const struct odd_elem *x = a, *y = b;

	return x->key - y->key;
}

static void sort_odd_element_size(struct kunit *test)
{
	struct odd_elem e[7];
	int i;

	BUILD_BUG_ON(sizeof(e[0]) != 7);
	for (i = 0; i < 7; i++) {
		e[i].key = (i * 5) % 7;
		e[i].tag = 'a' + e[i].key;
	}
	sort(e, 7, sizeof(e[0]), cmp_odd, NULL);
	for (i = 0; i < 7; i++) {
		KUNIT_EXPECT_EQ(test, e[i].key, i);
		KUNIT_EXPECT_EQ(test, e[i].tag, 'a' + i);
	}
}

static void sort_r_passes_priv(struct kunit *test)
{
	int a[6] = { 1, 5, 2, 4, 3, 0 };
	int calls = 0, i;

	sort_r(a, 6, sizeof(int), cmp_int_desc_r, NULL, &calls);
	KUNIT_EXPECT_GT(test, calls, 0);
	for (i = 0; i < 6; i++)
		KUNIT_EXPECT_EQ(test, a[i], 5 - i);
}

static void bsearch_finds(struct kunit *test)
{
	int a[] = { 1, 3, 5, 7, 9, 11 };
	int key, i;

	for (i = 0; i < (int)ARRAY_SIZE(a); i++) {
		key = a[i];
		KUNIT_EXPECT_PTR_EQ(test, bsearch(&key, a, ARRAY_SIZE(a),
						  sizeof(int), cmp_int), &a[i]);
		key = a[i] + 1;
		KUNIT_EXPECT_NULL(test, bsearch(&key, a, ARRAY_SIZE(a),
						sizeof(int), cmp_int));
	}
	key = 0;
	KUNIT_EXPECT_NULL(test, bsearch(&key, a, ARRAY_SIZE(a), sizeof(int),
					cmp_int));
	KUNIT_EXPECT_NULL(test, bsearch(&key, a, 0, sizeof(int), cmp_int));
}

static struct kunit_case sort_cases[] = {
	KUNIT_CASE(sort_random_ints),
	KUNIT_CASE(sort_edge_sizes),
	KUNIT_CASE(sort_odd_element_size),
	KUNIT_CASE(sort_r_passes_priv),
	KUNIT_CASE(bsearch_finds),
	{}
};

static struct kunit_suite sort_suite = {
	.name = "sort",
	.test_cases = sort_cases,
};

kunit_test_suite(sort_suite);
