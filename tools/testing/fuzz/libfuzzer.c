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
 *
 * Coverage (tools/testing/fuzz/run.sh coverage): in a kernel built with
 * -fprofile-instr-generate, FUZZ_PROFILE_PREFIX=P writes the counters
 * of three phases to three files: P-boot.profraw (the boot and the
 * server's set-up, up to the first input), P-progs.profraw (the inputs:
 * their calls and the oracle's clean-up after each) and
 * P-shutdown.profraw (the kernel's shutdown), so that the coverage of the
 * programs is measured apart from what every run of the kernel reaches.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <stddef.h>
#include <stdint.h>

int start_kernel(int argc, char **argv);
int fuzz_server_exec(const uint8_t *data, size_t size);
void fuzz_server_wait(void);
void fuzz_server_stop(void);

/* clang's profile runtime, linked only with -fprofile-instr-generate */
int __llvm_profile_write_file(void);
void __llvm_profile_reset_counters(void);
void __llvm_profile_set_filename(const char *name);
#pragma weak __llvm_profile_write_file
#pragma weak __llvm_profile_reset_counters
#pragma weak __llvm_profile_set_filename

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static pthread_t kernel_thread;
static char profile_name[4096];

/*
 * End a coverage phase: write the counters so far to the phase's file,
 * zero them, and name the next phase's file.
 */
static void profile_phase(const char *done, const char *next)
{
	const char *prefix = getenv("FUZZ_PROFILE_PREFIX");

	if (!prefix || !__llvm_profile_write_file)
		return;
	snprintf(profile_name, sizeof(profile_name), "%s-%s.profraw", prefix,
		 done);
	__llvm_profile_set_filename(profile_name);
	if (__llvm_profile_write_file()) {
		fprintf(stderr, "fuzz: cannot write %s\n", profile_name);
		exit(1);
	}
	__llvm_profile_reset_counters();
	snprintf(profile_name, sizeof(profile_name), "%s-%s.profraw", prefix,
		 next);
	__llvm_profile_set_filename(profile_name);
}

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
	fuzz_server_wait();
	profile_phase("progs", "shutdown");
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
	static int booted;

	if (!booted) {
		booted = 1;
		fuzz_server_wait();
		profile_phase("boot", "progs");
	}
	if (fuzz_server_exec(data, size))
		abort();
	return 0;
}
