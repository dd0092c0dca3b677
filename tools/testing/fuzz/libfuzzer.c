// SPDX-License-Identifier: GPL-2.0
/*
 * libfuzzer.c - the host side of the system-call fuzzer: libFuzzer's
 * entry points around the hosted kernel (Documentation/dev-tools/
 * fuzzing.txt).  Linked instead of arch/host/boot_user.o, with
 * -fsanitize=fuzzer, into out-fuzz/fuzz by `make fuzz`.
 *
 * LLVMFuzzerInitialize() boots the kernel once, on a host thread of its
 * own, with init running the program "fuzz server" (usr/fuzz.c).  Each
 * LLVMFuzzerTestOneInput() hands the input to that server and waits for
 * it to run the program and check the kernel; a finding (printed by the
 * kernel) aborts, which libFuzzer reports as a crash and saves.  At exit
 * the server is told to return, so that the kernel shuts down before
 * the host program ends (and coverage counters are written).
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <stddef.h>
#include <stdint.h>

int start_kernel(int argc, char **argv);
int fuzz_server_exec(const uint8_t *data, size_t size);
void fuzz_server_stop(void);

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static pthread_t kernel_thread;

static void *kernel_main(void *unused)
{
	static char *argv[] = { "vmlinux", "loglevel=4", "fuzz", "server",
				NULL };

	(void)unused;
	start_kernel(4, argv);
	return NULL;
}

static void stop_kernel(void)
{
	fuzz_server_stop();
	pthread_join(kernel_thread, NULL);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	pthread_attr_t attr;

	(void)argc;
	(void)argv;
	setvbuf(stderr, NULL, _IONBF, 0);
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 8 << 20);
	if (pthread_create(&kernel_thread, &attr, kernel_main, NULL)) {
		fprintf(stderr, "fuzz: cannot start the kernel\n");
		exit(1);
	}
	pthread_attr_destroy(&attr);
	atexit(stop_kernel);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (fuzz_server_exec(data, size))
		abort();
	return 0;
}
