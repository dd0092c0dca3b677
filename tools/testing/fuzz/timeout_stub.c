// SPDX-License-Identifier: GPL-2.0
/*
 * timeout_stub.c - the kernel's side of libfuzzer.c, stubbed, for
 * timeout_test.sh: no kernel, and every input takes TIMEOUT_STUB_MS
 * (10) milliseconds of running, busy, so that the test controls how long
 * an input runs and whether it is stopped meanwhile.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

int start_kernel(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

void fuzz_server_wait(void)
{
}

void fuzz_server_stop(void)
{
}

static long long ms_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

int fuzz_server_exec(const uint8_t *data, size_t size)
{
	const char *env = getenv("TIMEOUT_STUB_MS");
	long long end = ms_now() + (env ? atoll(env) : 10);

	(void)data;
	(void)size;
	while (ms_now() < end)
		;
	return 0;
}
