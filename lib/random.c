// SPDX-License-Identifier: GPL-2.0
/*
 * random.c - fast pseudo-random numbers.
 *
 * get_random_*() use one xoshiro256** generator per host thread, seeded
 * lazily from host_ops.random_seed() mixed with the thread's id, so that
 * threads never share state: no lock, no atomics.  These numbers are for
 * hashing, test workloads and jitter; this kernel has no use for
 * cryptographic randomness.
 *
 * struct rnd_state (prandom_*) is a generator the caller owns, seeded
 * explicitly, for sequences that must be reproducible.
 */
#include <linux/kernel.h>
#include <linux/random.h>
#include <linux/string.h>

#include <host_ops.h>

/* SplitMix64: expands one seed into well-mixed state words. */
static u64 splitmix64(u64 *x)
{
	u64 z = (*x += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static inline u64 rotl64(u64 x, int k)
{
	return (x << k) | (x >> (64 - k));
}

static inline u32 rotl32(u32 x, int k)
{
	return (x << k) | (x >> (32 - k));
}

/* This host thread's generator; all zero until first use. */
static __thread u64 thread_rng[4];
static __thread bool thread_rng_seeded;

static void seed_thread_rng(void)
{
	u64 x = host_ops.random_seed() ^
		((u64)host_ops.thread_self_id() << 32) ^ host_ops.time_ns();
	int i;

	for (i = 0; i < 4; i++)
		thread_rng[i] = splitmix64(&x);
	thread_rng_seeded = true;
}

/**
 * get_random_u64 - a random 64-bit number
 *
 * Context: Any context; lock-free and per host thread.
 * Return: the number.
 */
u64 get_random_u64(void)
{
	u64 *s = thread_rng;
	u64 result, t;

	if (unlikely(!thread_rng_seeded))
		seed_thread_rng();
	result = rotl64(s[1] * 5, 7) * 9;
	t = s[1] << 17;
	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl64(s[3], 45);
	return result;
}

/**
 * get_random_u32 - a random 32-bit number
 *
 * Context: Any context.
 * Return: the number.
 */
u32 get_random_u32(void)
{
	return get_random_u64() >> 32;
}

/**
 * get_random_u32_below - a uniform random number in [0, @ceil)
 * @ceil: the exclusive bound; 0 yields 0
 *
 * Uses Lemire's multiply-and-reject method, so there is no modulo bias.
 *
 * Context: Any context.
 * Return: the number.
 */
u32 get_random_u32_below(u32 ceil)
{
	u64 mult;
	u32 threshold;

	if (!ceil)
		return 0;
	mult = (u64)get_random_u32() * ceil;
	if (unlikely((u32)mult < ceil)) {
		threshold = (0U - ceil) % ceil;
		while ((u32)mult < threshold)
			mult = (u64)get_random_u32() * ceil;
	}
	return mult >> 32;
}

/**
 * get_random_bytes - fill a buffer with random bytes
 * @buf: the buffer
 * @len: its size
 *
 * Context: Any context.
 */
void get_random_bytes(void *buf, size_t len)
{
	u8 *p = buf;

	while (len) {
		u64 v = get_random_u64();
		size_t n = len < sizeof(v) ? len : sizeof(v);

		memcpy(p, &v, n);
		p += n;
		len -= n;
	}
}

/**
 * prandom_seed_state - seed a caller-owned generator
 * @state: the generator
 * @seed: the seed; the same seed always gives the same sequence
 *
 * Context: Any context.
 */
void prandom_seed_state(struct rnd_state *state, u64 seed)
{
	u64 a = splitmix64(&seed), b = splitmix64(&seed);

	state->s1 = a;
	state->s2 = a >> 32;
	state->s3 = b;
	state->s4 = b >> 32;
	/* xoshiro's one bad state: all zero (SplitMix64 never gives it) */
	if (!(state->s1 | state->s2 | state->s3 | state->s4))
		state->s1 = 1;
}

/**
 * prandom_u32_state - the next number of a caller-owned generator
 * @state: the generator, seeded with prandom_seed_state()
 *
 * Context: Any context; the caller serialises use of @state.
 * Return: the number.
 */
u32 prandom_u32_state(struct rnd_state *state)
{
	u32 result = rotl32(state->s2 * 5, 7) * 9;
	u32 t = state->s2 << 9;

	state->s3 ^= state->s1;
	state->s4 ^= state->s2;
	state->s2 ^= state->s3;
	state->s1 ^= state->s4;
	state->s3 ^= t;
	state->s4 = rotl32(state->s4, 11);
	return result;
}

/**
 * prandom_bytes_state - fill a buffer from a caller-owned generator
 * @state: the generator
 * @buf: the buffer
 * @bytes: its size
 *
 * Context: Any context; the caller serialises use of @state.
 */
void prandom_bytes_state(struct rnd_state *state, void *buf, size_t bytes)
{
	u8 *p = buf;

	while (bytes) {
		u32 v = prandom_u32_state(state);
		size_t n = bytes < sizeof(v) ? bytes : sizeof(v);

		memcpy(p, &v, n);
		p += n;
		bytes -= n;
	}
}
