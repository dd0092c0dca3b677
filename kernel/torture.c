// SPDX-License-Identifier: GPL-2.0
/*
 * The common machinery of the torture tests, after Linux's torture
 * core (locktorture and rcutorture share it there): the stop flag,
 * per-actor random numbers, stutter, actor kernel threads, the monitor
 * (periodic stats line and watchdog), failure bookkeeping and the final
 * "End of test" line.  One torture test runs at a time (the "torture"
 * program).
 *
 * Stutter: every stutter_s seconds the stutter thread asks the actors to
 * park (stutter_wait()); once every actor is parked it runs the test's
 * quiesced() check, in a system where no actor is in the middle of an
 * operation, then lets them go.  A pause that cannot gather every actor
 * within STUTTER_GATHER_S seconds is skipped and reported with "???".
 *
 * Watchdog: actors call torture_progress() after each operation; when
 * nothing progressed for stall_s seconds the monitor prints the stall,
 * the test's dump() (every actor's state), the final FAILURE line, and
 * ends the program with exit status 1: a hang becomes a failure.
 *
 * Locks taken and their ordering:
 *  - torture_fail_lock (spinlock): the first failure reason; a leaf.
 * Everything else is atomics, with the partner named at each access.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/spinlock.h>
#include <linux/atomic.h>
#include <linux/wait.h>
#include <linux/delay.h>
#include <linux/ktime.h>
#include <linux/sched.h>
#include <linux/kthread.h>
#include <linux/lockdep.h>
#include <linux/random.h>
#include <linux/moduleparam.h>
#include <linux/torture.h>
#include <host_ops.h>

#define STUTTER_GATHER_S	10

static const char *torture_type = "torture";
static int fullstop;			/* READ_ONCE/WRITE_ONCE */
static u64 torture_seed_val;		/* set before any actor starts */
static atomic_t torture_seq = ATOMIC_INIT(0);
static atomic_long_t torture_nerrors = ATOMIC_LONG_INIT(0);
static unsigned long warn_count_at_start;
static unsigned long inversions_at_start;
static u64 last_progress_ns;		/* READ_ONCE/WRITE_ONCE */

/* torture_fail_lock - protects torture_fail_reason; a leaf lock. */
static DEFINE_SPINLOCK(torture_fail_lock);
static char torture_fail_reason[160];

/* ------------------------------------------------------------------ */
/* Random numbers */

/**
 * torture_seed() - the run's seed
 * Context: any.
 * Return: the seed given to torture_init_begin().
 */
u64 torture_seed(void)
{
	return torture_seed_val;
}

/**
 * torture_random() - the next random number of one actor
 * @trsp: the actor's state (DEFINE_TORTURE_RANDOM)
 *
 * The first call seeds @trsp from the run's seed and the order in which
 * actors first asked, so a run is repeatable as far as the host's
 * scheduling allows.
 * Context: the owner of @trsp.
 * Return: 32 random bits.
 */
unsigned long torture_random(struct torture_random_state *trsp)
{
	if (!trsp->trs_seeded) {
		u64 salt = (u64)atomic_inc_return(&torture_seq);

		prandom_seed_state(&trsp->trs_state, torture_seed_val ^
				   (salt * 0x9e3779b97f4a7c15ULL));
		trsp->trs_seeded = true;
	}
	return prandom_u32_state(&trsp->trs_state);
}

/**
 * torture_random_delay() - sleep a little, sometimes
 * @trsp: the actor's random state
 * @one_in: sleep with probability 1/@one_in (0: never)
 * @max_us: up to this many microseconds
 * Context: process; sleeps.
 */
void torture_random_delay(struct torture_random_state *trsp,
			  unsigned int one_in, unsigned int max_us)
{
	if (!one_in || !max_us || torture_random(trsp) % one_in)
		return;
	usleep_range(1, 1 + torture_random(trsp) % max_us);
}

/* ------------------------------------------------------------------ */
/* Parameters */

/**
 * torture_parse_args() - set parameters from the program's arguments
 * @prefix: the test's MODULE_PARAM_PREFIX ("cgroup_torture.")
 * @argc: argument count, argv[0] being the program name
 * @argv: "name=value" words (or "name" for a bool); modified in place
 * Context: process, before the actors start.
 * Return: 0, or -ENOENT/-EINVAL/-ERANGE for the first bad word.
 */
int torture_parse_args(const char *prefix, int argc, char **argv)
{
	const struct kernel_param *kp;
	char full[96];
	int i, ret;

	for (i = 1; i < argc; i++) {
		char *val = strchr(argv[i], '=');

		if (val)
			*val++ = '\0';
		snprintf(full, sizeof(full), "%s%s", prefix, argv[i]);
		kp = find_kernel_param(full);
		if (!kp) {
			pr_err("torture: unknown parameter '%s'\n", argv[i]);
			return -ENOENT;
		}
		ret = kp->ops->set(val, kp);
		if (ret) {
			pr_err("torture: bad value '%s' for '%s'\n",
			       val ? val : "", argv[i]);
			return ret;
		}
	}
	return 0;
}

/**
 * torture_print_params() - echo the parameters, as locktorture does at
 *	its start and end
 * @prefix: the test's MODULE_PARAM_PREFIX
 * @tag: "Start of test" or "End of test"
 * Context: process.
 */
void torture_print_params(const char *prefix, const char *tag)
{
	const struct kernel_param *kp;
	size_t plen = strlen(prefix);
	char line[768], value[64];
	int len = 0;

	line[0] = '\0';
	if (__start___param) {
		for (kp = __start___param; kp < __stop___param; kp++) {
			if (strncmp(kp->name, prefix, plen))
				continue;
			kp->ops->get(value, kp);
			len += scnprintf(line + len, sizeof(line) - len,
					 "%s%s=%s", len ? " " : "",
					 kp->name + plen, value);
		}
	}
	pr_alert("%s-torture:--- %s: %s\n", torture_type, tag, line);
}

/**
 * torture_print_help() - list the parameters with their descriptions
 * @prefix: the test's MODULE_PARAM_PREFIX
 * Context: process.
 */
void torture_print_help(const char *prefix)
{
	const struct kernel_param *kp;
	size_t plen = strlen(prefix);
	char value[64];

	if (!__start___param)
		return;
	for (kp = __start___param; kp < __stop___param; kp++) {
		if (strncmp(kp->name, prefix, plen))
			continue;
		kp->ops->get(value, kp);
		pr_alert("  %s=%s\t%s\n", kp->name + plen, value,
			 kp->desc ? kp->desc : "");
	}
}

/* ------------------------------------------------------------------ */
/* Start, stop, failures */

/**
 * torture_init_begin() - start a torture test
 * @ttype: the test's name, prefix of every line ("cgroup")
 * @seed: the run's seed (0: one from the host)
 * Context: process; once per run.
 * Return: true.
 */
bool torture_init_begin(const char *ttype, unsigned long long seed)
{
	torture_type = ttype;
	WRITE_ONCE(fullstop, 0);
	torture_seed_val = seed ? seed : host_ops.random_seed();
	warn_count_at_start = warn_count();
	inversions_at_start = lockdep_inversions();
	torture_progress();
	return true;
}

/**
 * torture_init_end() - the test finished starting
 * Context: process.
 */
void torture_init_end(void)
{
	torture_progress();
}

/**
 * torture_must_stop() - should actors stop?
 * Context: any.
 * Return: true once the test asked its actors to stop.
 */
bool torture_must_stop(void)
{
	/* partner: WRITE_ONCE() in torture_request_stop() */
	return READ_ONCE(fullstop);
}

/**
 * torture_request_stop() - ask every actor to stop after its operation
 * Context: any.
 */
void torture_request_stop(void)
{
	WRITE_ONCE(fullstop, 1);
}

/**
 * torture_cleanup_begin() - the test is stopping its actors
 * Context: process.
 */
void torture_cleanup_begin(void)
{
	torture_request_stop();
	torture_progress();
}

/**
 * torture_fail() - record a failure
 * @fmt: the reason, printf-style
 *
 * Prints the reason with "!!!" and keeps the first one for the final
 * line.
 * Context: any; takes torture_fail_lock.
 */
void torture_fail(const char *fmt, ...)
{
	char buf[160];
	va_list args;

	va_start(args, fmt);
	vscnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	atomic_long_inc(&torture_nerrors);
	pr_alert("%s-torture: !!! %s\n", torture_type, buf);
	spin_lock(&torture_fail_lock);
	if (!torture_fail_reason[0])
		strscpy(torture_fail_reason, buf, sizeof(torture_fail_reason));
	spin_unlock(&torture_fail_lock);
}

/**
 * torture_failed() - did anything fail so far?
 * Context: any.
 * Return: true after a torture_fail().
 */
bool torture_failed(void)
{
	return atomic_long_read(&torture_nerrors) != 0;
}

/**
 * torture_errors() - failures recorded so far
 * Context: any.
 * Return: the count.
 */
unsigned long torture_errors(void)
{
	return atomic_long_read(&torture_nerrors);
}

/*
 * The checks common to every test: no WARN, no lock-order inversion and
 * no lock held by the caller, who is the test's main thread.
 */
static void torture_common_checks(void)
{
	unsigned long warns = warn_count() - warn_count_at_start;
	unsigned long inversions = lockdep_inversions() - inversions_at_start;

	if (warns)
		torture_fail("%lu WARNING(s) during the test", warns);
	if (inversions)
		torture_fail("%lu lock-order inversion(s)", inversions);
	if (lock_is_held_count()) {
		torture_fail("%d lock(s) held at the end", lock_is_held_count());
		debug_check_no_locks_held();
	}
}

/**
 * torture_end() - print the final line
 *
 * "<type>-torture: --- End of test: SUCCESS" or
 * "<type>-torture: --- End of test: FAILURE: <first reason>".
 * Context: process, the test's main thread, after its cleanup.
 * Return: 0 on success, 1 on failure (the program's exit status).
 */
int torture_end(void)
{
	char reason[sizeof(torture_fail_reason)];

	torture_common_checks();
	spin_lock(&torture_fail_lock);
	strscpy(reason, torture_fail_reason, sizeof(reason));
	spin_unlock(&torture_fail_lock);
	if (!torture_failed()) {
		pr_alert("%s-torture: --- End of test: SUCCESS\n",
			 torture_type);
		return 0;
	}
	pr_alert("%s-torture: --- End of test: FAILURE: %s\n", torture_type,
		 reason);
	return 1;
}

/* ------------------------------------------------------------------ */
/* Actors */

/**
 * torture_create_kthread() - start an actor
 * @fn: its function; it loops until torture_must_stop()
 * @arg: its argument
 * @name: its name ("procs_writer")
 * @id: its number among actors of that name
 * @tp: where to store the task
 * Context: process.
 * Return: 0 or -errno.
 */
int torture_create_kthread(int (*fn)(void *arg), void *arg, const char *name,
			   int id, struct task_struct **tp)
{
	struct task_struct *tsk;

	tsk = kthread_run(fn, arg, "%s/%d", name, id);
	if (IS_ERR(tsk)) {
		pr_alert("%s-torture: cannot start %s/%d: %ld\n",
			 torture_type, name, id, PTR_ERR(tsk));
		*tp = NULL;
		return PTR_ERR(tsk);
	}
	*tp = tsk;
	return 0;
}

/**
 * torture_stop_kthread() - stop an actor and wait for it
 * @name: its name, for the log
 * @tp: where torture_create_kthread() stored it; cleared
 * Context: process; sleeps.
 */
void torture_stop_kthread(const char *name, struct task_struct **tp)
{
	if (!*tp)
		return;
	kthread_stop(*tp);
	*tp = NULL;
	torture_progress();
}

/**
 * torture_kthread_stopping() - an actor's last words: wait for
 *	kthread_stop()
 * @title: the actor's name
 * Context: the actor.
 */
void torture_kthread_stopping(const char *title)
{
	while (!kthread_should_stop())
		usleep_range(1000, 2000);
}

/**
 * torture_progress() - tell the watchdog something happened
 * Context: any.
 */
void torture_progress(void)
{
	/* partner: READ_ONCE() in torture_monitor(); a racy max is fine */
	WRITE_ONCE(last_progress_ns, ktime_get_ns());
}

/* ------------------------------------------------------------------ */
/* Stutter */

static struct task_struct *stutter_task;
static unsigned int stutter_interval_s;
static unsigned int stutter_nr_actors;
static void (*stutter_quiesced)(void);
static atomic_t stutter_pause = ATOMIC_INIT(0);
static atomic_t stutter_parked = ATOMIC_INIT(0);
static DECLARE_WAIT_QUEUE_HEAD(stutter_wq);

/**
 * stutter_wait() - park while the stutter thread pauses the test
 * @title: the caller's name (for symmetry with Linux; unused)
 * Context: an actor, between operations, no locks held; sleeps.
 */
void stutter_wait(const char *title)
{
	/* partner: atomic_set() in torture_stutter() */
	if (!atomic_read(&stutter_pause))
		return;
	atomic_inc(&stutter_parked);
	wait_event(stutter_wq, !atomic_read(&stutter_pause) ||
		   torture_must_stop());
	atomic_dec(&stutter_parked);
}

/**
 * torture_stutter_paused() - is a stutter pause in progress?
 * Context: any.
 * Return: true while actors are asked to park.
 */
bool torture_stutter_paused(void)
{
	return atomic_read(&stutter_pause);
}

/* Sleep up to @ms milliseconds; false if the test is stopping. */
static bool torture_sleep_ms(unsigned int ms)
{
	while (ms && !torture_must_stop() && !kthread_should_stop()) {
		unsigned int step = ms < 50 ? ms : 50;

		msleep(step);
		ms -= step;
	}
	return !torture_must_stop() && !kthread_should_stop();
}

static int torture_stutter(void *arg)
{
	unsigned int waited;

	while (torture_sleep_ms(stutter_interval_s * 1000)) {
		/* every actor left the previous pause */
		while (atomic_read(&stutter_parked) && torture_sleep_ms(1))
			;
		atomic_set(&stutter_pause, 1);
		for (waited = 0; waited < STUTTER_GATHER_S * 1000; waited++) {
			if ((unsigned int)atomic_read(&stutter_parked) ==
			    stutter_nr_actors || !torture_sleep_ms(1))
				break;
		}
		if (torture_must_stop() || kthread_should_stop()) {
			/* the actors leave on their own */
		} else if ((unsigned int)atomic_read(&stutter_parked) ==
			   stutter_nr_actors) {
			if (stutter_quiesced)
				stutter_quiesced();
			torture_progress();
		} else {
			pr_alert("%s-torture: ??? stutter: %d of %u actors parked, check skipped\n",
				 torture_type, atomic_read(&stutter_parked),
				 stutter_nr_actors);
		}
		atomic_set(&stutter_pause, 0);
		wake_up_all(&stutter_wq);
	}
	atomic_set(&stutter_pause, 0);
	wake_up_all(&stutter_wq);
	torture_kthread_stopping("torture_stutter");
	return 0;
}

/**
 * torture_stutter_init() - start the stutter thread
 * @stutter_s: run this many seconds between pauses (0: no stutter)
 * @nr_actors: how many actors call stutter_wait()
 * @quiesced: run while all of them are parked (may be NULL)
 * Context: process, before the actors start.
 * Return: 0 or -errno.
 */
int torture_stutter_init(unsigned int stutter_s, unsigned int nr_actors,
			 void (*quiesced)(void))
{
	if (!stutter_s)
		return 0;
	stutter_interval_s = stutter_s;
	stutter_nr_actors = nr_actors;
	stutter_quiesced = quiesced;
	return torture_create_kthread(torture_stutter, NULL, "torture_stutter",
				      0, &stutter_task);
}

/**
 * torture_stutter_stop() - stop the stutter thread
 * Context: process, after torture_cleanup_begin().
 */
void torture_stutter_stop(void)
{
	torture_stop_kthread("torture_stutter", &stutter_task);
}

/* ------------------------------------------------------------------ */
/* The monitor: stats and watchdog */

static struct task_struct *monitor_task;
static unsigned int monitor_stat_interval_s;
static unsigned int monitor_stall_s;
static void (*monitor_stats)(void);
static void (*monitor_dump)(void);

static int torture_monitor(void *arg)
{
	u64 stall_ns = (u64)monitor_stall_s * NSEC_PER_SEC;
	u64 prev = ktime_get_ns(), since = prev;
	u64 next_stats = prev + (u64)monitor_stat_interval_s * NSEC_PER_SEC;

	while (!kthread_should_stop()) {
		u64 now, last;

		msleep(100);
		now = ktime_get_ns();
		/*
		 * The monitor itself did not run for half a stall (the whole
		 * program was stopped, by SIGSTOP or a suspended machine):
		 * no actor could progress either.  Count the stall from now.
		 */
		if (now - prev >= stall_ns / 2)
			since = now;
		prev = now;
		if (monitor_stat_interval_s && now >= next_stats &&
		    !torture_must_stop()) {
			monitor_stats();
			next_stats = now +
				(u64)monitor_stat_interval_s * NSEC_PER_SEC;
		}
		/* partner: WRITE_ONCE() in torture_progress() */
		last = max(READ_ONCE(last_progress_ns), since);
		if (!monitor_stall_s || now < last || now - last < stall_ns)
			continue;

		torture_fail("watchdog: no progress for %u s", monitor_stall_s);
		if (monitor_dump)
			monitor_dump();
		if (monitor_stats)
			monitor_stats();
		torture_end();
		host_ops.halt(1);
	}
	return 0;
}

/**
 * torture_monitor_init() - start the stats printer and watchdog
 * @stat_interval_s: print stats() this often (0: never)
 * @stall_s: fail the test after this many seconds without progress (0:
 *	no watchdog)
 * @stats: prints the stats line
 * @dump: prints every actor's state when the watchdog fires
 * Context: process.
 * Return: 0 or -errno.
 */
int torture_monitor_init(unsigned int stat_interval_s, unsigned int stall_s,
			 void (*stats)(void), void (*dump)(void))
{
	monitor_stat_interval_s = stat_interval_s;
	monitor_stall_s = stall_s;
	monitor_stats = stats;
	monitor_dump = dump;
	return torture_create_kthread(torture_monitor, NULL, "torture_monitor",
				      0, &monitor_task);
}

/**
 * torture_monitor_stop() - stop the stats printer and the watchdog
 * Context: process, at the very end of the test.
 */
void torture_monitor_stop(void)
{
	torture_stop_kthread("torture_monitor", &monitor_task);
}
