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
 *
 * libFuzzer's -timeout counts the wall time of an input, so a fuzzer
 * stopped (SIGSTOP, while the machine is wanted for a benchmark) or
 * starved of the CPU for longer than that would report the input it was
 * running as a hang when it goes on.  The time the process did not run
 * does not count here: a thread ticks every TICK_MS, every gap between
 * two ticks longer than GAP_MS is time lost, and libFuzzer's SIGALRM
 * handler is called only once the input has run for the time-out
 * without it (alarm_handler()).
 */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

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

#define TICK_MS		100
#define GAP_MS		1000

/* libFuzzer's -timeout, in ms (1200 s unless given) */
static long long timeout_ms = 1200 * 1000;
/*
 * Both are (ms lost << 32 | ms), one word so that a signal handler
 * reads them whole: the ticker's last tick and the time lost before it;
 * the start of the current input and the time lost before it.
 */
static unsigned long long tick_state, unit_state;
static struct sigaction libfuzzer_alarm;
static struct timespec time_zero;

/* ms since the harness started; async-signal-safe */
static unsigned int now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (ts.tv_sec - time_zero.tv_sec) * 1000 +
	       (ts.tv_nsec - time_zero.tv_nsec) / 1000000;
}

/* ms lost since the start, up to @now: the ticks' gaps and the current one */
static unsigned int lost_ms(unsigned int now)
{
	unsigned long long s = __atomic_load_n(&tick_state, __ATOMIC_ACQUIRE);
	unsigned int last = (unsigned int)s, lost = s >> 32;

	if (now - last > GAP_MS)
		lost += now - last - TICK_MS;
	return lost;
}

static void *ticker(void *unused)
{
	struct timespec tick = { 0, TICK_MS * 1000000L };
	unsigned int now, lost;
	sigset_t all;

	(void)unused;
	/* never runs alarm_handler(), which reads what this writes */
	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, NULL);
	for (;;) {
		nanosleep(&tick, NULL);
		now = now_ms();
		lost = lost_ms(now);
		__atomic_store_n(&tick_state,
				 (unsigned long long)lost << 32 | now,
				 __ATOMIC_RELEASE);
	}
	return NULL;
}

/*
 * SIGALRM, in place of libFuzzer's time-out handler: the input has run
 * for the time since its start less the time lost meanwhile; libFuzzer's
 * handler (which reports the hang) only once that reaches the time-out.
 */
static void alarm_handler(int sig, siginfo_t *info, void *ctx)
{
	unsigned long long u = __atomic_load_n(&unit_state, __ATOMIC_ACQUIRE);
	unsigned int now = now_ms();
	long long ran;

	ran = (long long)(now - (unsigned int)u) -
	      (long long)(lost_ms(now) - (unsigned int)(u >> 32));
	if (ran < timeout_ms)
		return;
	libfuzzer_alarm.sa_sigaction(sig, info, ctx);
}

/* put alarm_handler() in front of libFuzzer's, if it set one */
static void alarm_wrap(void)
{
	struct sigaction sa;
	pthread_t thread;

	if (sigaction(SIGALRM, NULL, &libfuzzer_alarm) ||
	    !(libfuzzer_alarm.sa_flags & SA_SIGINFO) ||
	    !libfuzzer_alarm.sa_sigaction)
		return;
	__atomic_store_n(&tick_state, now_ms(), __ATOMIC_RELEASE);
	if (pthread_create(&thread, NULL, ticker, NULL)) {
		fprintf(stderr, "fuzz: cannot start the ticker\n");
		exit(1);
	}
	pthread_detach(thread);
	sa = libfuzzer_alarm;
	sa.sa_sigaction = alarm_handler;
	sigaction(SIGALRM, &sa, NULL);
}

/* the start of an input, for alarm_handler() */
static void unit_start(void)
{
	unsigned int now = now_ms();

	__atomic_store_n(&unit_state,
			 (unsigned long long)lost_ms(now) << 32 | now,
			 __ATOMIC_RELEASE);
}

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
	int i;

	clock_gettime(CLOCK_MONOTONIC, &time_zero);
	for (i = 1; i < *argc; i++)
		if (!strncmp((*argv)[i], "-timeout=", 9))
			timeout_ms = atoll((*argv)[i] + 9) * 1000;
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
		/* libFuzzer has set its handlers before the first input */
		alarm_wrap();
		unit_start();
		fuzz_server_wait();
		profile_phase("boot", "progs");
	}
	unit_start();
	if (fuzz_server_exec(data, size))
		abort();
	return 0;
}
