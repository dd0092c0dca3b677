/* SPDX-License-Identifier: GPL-2.0 */
/*
 * random.h - random numbers.
 *
 * get_random_*() are fast, not cryptographic: each host thread has its
 * own xoshiro256** generator, seeded on first use from the host's
 * entropy (host_ops.random_seed), so they take no lock and never race.
 *
 * struct rnd_state is a small generator the caller owns and seeds, for
 * reproducible sequences (torture runs print their seed).
 */
#ifndef _LINUX_RANDOM_H
#define _LINUX_RANDOM_H

#include <linux/types.h>

u64 get_random_u64(void);
u32 get_random_u32(void);
u32 get_random_u32_below(u32 ceil);
void get_random_bytes(void *buf, size_t len);

static inline unsigned long get_random_long(void)
{
	return get_random_u64();
}

/**
 * struct rnd_state - a seedable pseudo-random generator (xoshiro128**)
 * @s1: state word
 * @s2: state word
 * @s3: state word
 * @s4: state word
 *
 * Not thread-safe: one per thread, or under the owner's lock.
 */
struct rnd_state {
	u32 s1, s2, s3, s4;
};

void prandom_seed_state(struct rnd_state *state, u64 seed);
u32 prandom_u32_state(struct rnd_state *state);
void prandom_bytes_state(struct rnd_state *state, void *buf, size_t bytes);

/**
 * prandom_u32_below_state - a uniform number in [0, @ceil)
 * @state: the generator
 * @ceil: the bound; 0 yields 0
 *
 * Context: Any context.
 * Return: the number.
 */
static inline u32 prandom_u32_below_state(struct rnd_state *state, u32 ceil)
{
	return (u32)(((u64)prandom_u32_state(state) * ceil) >> 32);
}

#endif /* _LINUX_RANDOM_H */
