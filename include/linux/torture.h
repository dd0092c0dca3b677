/* SPDX-License-Identifier: GPL-2.0 */
/*
 * torture.h - common machinery of the torture tests (kernel/torture.c),
 * shaped like Linux's: parameters, per-thread random numbers, stutter,
 * the stop flag, actor threads, a periodic stats printer, a watchdog and
 * the final "End of test" line.
 *
 * A test (kernel/cgroup_torture.c) declares its parameters with
 * torture_param(), parses them with torture_parse_args(), starts its
 * actors with torture_create_kthread() and runs each of them as
 *
 *	DEFINE_TORTURE_RANDOM(rand);
 *	do {
 *		... one operation, then torture_progress() ...
 *		stutter_wait("name");
 *	} while (!torture_must_stop());
 *	torture_kthread_stopping("name");
 *
 * Failures are reported with torture_fail(); the first reason is what
 * the final line prints.  Documentation/torture.txt describes the output.
 */
#ifndef _LINUX_TORTURE_H
#define _LINUX_TORTURE_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/random.h>
#include <linux/moduleparam.h>

struct task_struct;

/*
 * torture_param() - a test parameter: a static variable with a default,
 * settable as "name=value" on the test's command line and, with the
 * test's MODULE_PARAM_PREFIX, on the kernel's ("cgroup_torture.name=v").
 * The record is module_param()'s, in section "__param", with @msg as its
 * description (torture_print_help()).  @type is a C type that is also a
 * param_ops name: int, long, bool.
 */
#define torture_param(type, name, init, msg)				\
	static type name = (init);					\
	static const struct kernel_param __torture_param_##name	\
	__used __section("__param") __aligned(sizeof(void *)) = {	\
		MODULE_PARAM_PREFIX #name, &param_ops_##type, &name, msg \
	}

/*
 * torture_param_charp() - a string parameter: a static char * (NULL
 * until given), pointing into the parsed command line.
 */
#define torture_param_charp(name, msg)					\
	static char *name;						\
	static const struct kernel_param __torture_param_##name	\
	__used __section("__param") __aligned(sizeof(void *)) = {	\
		MODULE_PARAM_PREFIX #name, &param_ops_charp, &name, msg	\
	}

/**
 * struct torture_random_state - one actor's random number generator
 * @trs_state: the generator
 * @trs_seeded: torture_random() seeded @trs_state from the run's seed
 *
 * Owned by one thread: no locking.
 */
struct torture_random_state {
	struct rnd_state trs_state;
	bool trs_seeded;
};

#define DEFINE_TORTURE_RANDOM(name)					\
	struct torture_random_state name = { .trs_seeded = false }

unsigned long torture_random(struct torture_random_state *trsp);
u64 torture_seed(void);

/* Parameters */
int torture_parse_args(const char *prefix, int argc, char **argv);
void torture_print_params(const char *prefix, const char *tag);
void torture_print_help(const char *prefix);

/* Start, stop, end */
bool torture_init_begin(const char *ttype, unsigned long long seed);
void torture_init_end(void);
bool torture_must_stop(void);
void torture_request_stop(void);
void torture_cleanup_begin(void);
int torture_end(void);

/* Failures */
__printf(1, 2) void torture_fail(const char *fmt, ...);
bool torture_failed(void);
unsigned long torture_errors(void);

/* Actors */
int torture_create_kthread(int (*fn)(void *arg), void *arg, const char *name,
			   int id, struct task_struct **tp);
void torture_stop_kthread(const char *name, struct task_struct **tp);
void torture_kthread_stopping(const char *title);
void torture_progress(void);
void torture_random_delay(struct torture_random_state *trsp,
			  unsigned int one_in, unsigned int max_us);

/* Stutter: periodic pauses, with an optional check while all are parked */
int torture_stutter_init(unsigned int stutter_s, unsigned int nr_actors,
			 void (*quiesced)(void));
void stutter_wait(const char *title);
void torture_stutter_stop(void);
bool torture_stutter_paused(void);

/* The monitor: stats every @stat_interval_s, watchdog after @stall_s */
int torture_monitor_init(unsigned int stat_interval_s, unsigned int stall_s,
			 void (*stats)(void), void (*dump)(void));
void torture_monitor_stop(void);

#endif /* _LINUX_TORTURE_H */
