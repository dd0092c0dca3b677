// SPDX-License-Identifier: GPL-2.0
/*
 * random_test.c - KUnit tests for get_random_*() and struct rnd_state.
 */
#include <kunit/test.h>
#include <linux/random.h>
#include <linux/string.h>

static void prandom_is_reproducible(struct kunit *test)
{
	struct rnd_state a, b;
	u8 buf_a[13], buf_b[13];
	int i;

	prandom_seed_state(&a, 1234);
	prandom_seed_state(&b, 1234);
	for (i = 0; i < 100; i++)
		KUNIT_ASSERT_EQ(test, prandom_u32_state(&a),
				prandom_u32_state(&b));
	prandom_bytes_state(&a, buf_a, sizeof(buf_a));
	prandom_bytes_state(&b, buf_b, sizeof(buf_b));
	KUNIT_EXPECT_MEMEQ(test, buf_a, buf_b, sizeof(buf_a));

	prandom_seed_state(&b, 1235);
	KUNIT_EXPECT_NE(test, prandom_u32_state(&a), prandom_u32_state(&b));
}

static void prandom_below_stays_below(struct kunit *test)
{
	unsigned int hits[10] = { 0 };
	struct rnd_state rnd;
	int i;

	prandom_seed_state(&rnd, 7);
	for (i = 0; i < 10000; i++) {
		u32 v = prandom_u32_below_state(&rnd, 10);

		KUNIT_ASSERT_LT(test, v, 10U);
		hits[v]++;
	}
	/* each bucket expects 1000; a fair generator stays well inside */
	for (i = 0; i < 10; i++) {
		KUNIT_EXPECT_GT(test, hits[i], 800U);
		KUNIT_EXPECT_LT(test, hits[i], 1200U);
	}
	KUNIT_EXPECT_EQ(test, prandom_u32_below_state(&rnd, 0), 0U);
}

static void get_random_bounds(struct kunit *test)
{
	u64 or = 0, and = ~0ULL;
	int i;

	for (i = 0; i < 1000; i++) {
		u64 v = get_random_u64();

		or |= v;
		and &= v;
		KUNIT_ASSERT_LT(test, get_random_u32_below(3), 3U);
		KUNIT_ASSERT_LT(test, get_random_u32_below(0x80000001U),
				0x80000001U);
	}
	/* every bit took both values */
	KUNIT_EXPECT_EQ(test, or, ~0ULL);
	KUNIT_EXPECT_EQ(test, and, 0ULL);
	KUNIT_EXPECT_EQ(test, get_random_u32_below(1), 0U);
	KUNIT_EXPECT_EQ(test, get_random_u32_below(0), 0U);
}

static void get_random_bytes_fills(struct kunit *test)
{
	u8 buf[37];
	int i, nonzero = 0;

	memset(buf, 0, sizeof(buf));
	get_random_bytes(buf, sizeof(buf));
	for (i = 0; i < (int)sizeof(buf); i++)
		nonzero += buf[i] != 0;
	/* 37 zero bytes by chance: about 2^-296 */
	KUNIT_EXPECT_GT(test, nonzero, 20);
}

static struct kunit_case random_cases[] = {
	KUNIT_CASE(prandom_is_reproducible),
	KUNIT_CASE(prandom_below_stays_below),
	KUNIT_CASE(get_random_bounds),
	KUNIT_CASE(get_random_bytes_fills),
	{}
};

static struct kunit_suite random_suite = {
	.name = "random",
	.test_cases = random_cases,
};

kunit_test_suite(random_suite);
