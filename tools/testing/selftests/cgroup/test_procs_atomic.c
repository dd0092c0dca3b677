// SPDX-License-Identifier: GPL-2.0
/*
 * test_procs_atomic.c - does cgroup.procs move a whole thread group
 * atomically on the running kernel?
 *
 *	test_procs_atomic [-n ITER] [-t THREADS] [-T SECONDS] CGROUP_DIR
 *
 * CGROUP_DIR is a writable cgroup directory, v1 or v2 (detected).  The
 * test creates procs_atomic.<pid>/ in it, its own children below that,
 * and removes them all when it is done, also when it fails or is killed
 * by SIGINT, SIGTERM, SIGHUP or its own timeout.  Only processes it forks
 * itself are ever moved; it never moves itself.  Without CGROUP_DIR, or
 * when it is not a writable cgroup directory, the test is skipped.
 *
 * The tests:
 *   test_cgcore_proc_migration   THREADS threads, one cgroup.procs write:
 *                                all THREADS + 1 are in the destination.
 *   test_procs_any_tid           writing a non-leader tid to cgroup.procs
 *                                moves the whole group.
 *   test_procs_atomic_churn      a process whose threads clone and exit
 *                                continuously is moved back and forth ITER
 *                                times; after every write, the source must
 *                                list no live, non-exiting thread of it.
 *   test_tasks_loop_stragglers   the same moved the old way, one tasks (v1)
 *                                or cgroup.threads (v2) write per thread of
 *                                /proc/PID/task; stragglers are expected
 *                                and only reported.
 *   test_procs_bad_input         "abc" gives EINVAL and an unused pid
 *                                ESRCH; inputs on which kernel versions
 *                                differ are reported, not judged.
 *
 * Threads that had started exiting (PF_EXITING) when the write ran are
 * not moved by any kernel version: a listed thread only counts as left
 * behind when /proc shows it alive and not exiting after the read.
 *
 * On v2, whole processes move between plain domain cgroups with no
 * controllers enabled; single threads can only move inside a threaded
 * subtree, so the tasks loop runs in one (a domain with two threaded
 * children).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../kselftest.h"
#include "cgroup_util.h"

static int nr_iters = 500;
static int nr_threads = 64;
static int timeout_secs = 900;

/* Stragglers reported line by line before the test only counts them. */
#define MAX_REPORTED	5

/* Priority of the workload, and the test's pause after each move. */
#define WORKLOAD_NICE		10
#define CHURN_PAUSE_NS		1000000L

/* Stack of each workload thread: they do nothing but clone or sleep. */
#define WORKLOAD_STACK	(64 * 1024)

/*
 * Everything the test created and has not removed yet, so that a signal
 * or an early exit can still clean up.  Written by the main thread only;
 * read by the signal handler and the atexit handler on that same thread.
 */
#define MAX_TRACKED	16
static char tracked_cgroup[MAX_TRACKED][CG_PATH_MAX];
static int tracked_cgroup_used[MAX_TRACKED];
static pid_t tracked_child[MAX_TRACKED];

/*
 * The flags and pids above are read and written with these (lock-free,
 * so async-signal-safe) atomics: the handler may interrupt an update.
 */
#define TRACK_GET(x)		__atomic_load_n(&(x), __ATOMIC_SEQ_CST)
#define TRACK_SET(x, v)		__atomic_store_n(&(x), (v), __ATOMIC_SEQ_CST)

static void track_cgroup(const char *cgroup)
{
	int i;

	for (i = 0; i < MAX_TRACKED; i++) {
		if (!TRACK_GET(tracked_cgroup_used[i])) {
			snprintf(tracked_cgroup[i], CG_PATH_MAX, "%s", cgroup);
			TRACK_SET(tracked_cgroup_used[i], 1);
			return;
		}
	}
	ksft_print_msg("too many cgroups to track: %s\n", cgroup);
}

static void untrack_cgroup(const char *cgroup)
{
	int i;

	for (i = 0; i < MAX_TRACKED; i++)
		if (TRACK_GET(tracked_cgroup_used[i]) &&
		    !strcmp(tracked_cgroup[i], cgroup))
			TRACK_SET(tracked_cgroup_used[i], 0);
}

static void track_child(pid_t pid)
{
	int i;

	for (i = 0; i < MAX_TRACKED; i++) {
		if (!TRACK_GET(tracked_child[i])) {
			TRACK_SET(tracked_child[i], pid);
			return;
		}
	}
}

static void untrack_child(pid_t pid)
{
	int i;

	for (i = 0; i < MAX_TRACKED; i++)
		if (TRACK_GET(tracked_child[i]) == pid)
			TRACK_SET(tracked_child[i], 0);
}

/*
 * Kill and reap every child still tracked, then remove every cgroup still
 * tracked, deepest first (several passes: a parent goes once its children
 * are gone).  Only async-signal-safe calls: it runs from signal handlers.
 */
static void emergency_cleanup(void)
{
	struct timespec pause_ts = { .tv_sec = 0, .tv_nsec = 10000000L };
	int i, pass, left;
	pid_t pid;

	for (i = 0; i < MAX_TRACKED; i++) {
		pid = TRACK_GET(tracked_child[i]);
		if (pid > 0) {
			kill(pid, SIGKILL);
			waitpid(pid, NULL, 0);
			TRACK_SET(tracked_child[i], 0);
		}
	}
	for (pass = 0; pass < 500; pass++) {
		left = 0;
		for (i = 0; i < MAX_TRACKED; i++) {
			if (!TRACK_GET(tracked_cgroup_used[i]))
				continue;
			if (!rmdir(tracked_cgroup[i]) || errno == ENOENT)
				TRACK_SET(tracked_cgroup_used[i], 0);
			else
				left++;
		}
		if (!left)
			break;
		nanosleep(&pause_ts, NULL);
	}
}

static void fatal_signal(int sig)
{
	static const char timeout_msg[] = "Bail out! timeout\n";
	static const char signal_msg[] = "Bail out! killed by a signal\n";

	if (sig == SIGALRM)
		write(STDOUT_FILENO, timeout_msg, sizeof(timeout_msg) - 1);
	else
		write(STDOUT_FILENO, signal_msg, sizeof(signal_msg) - 1);
	emergency_cleanup();
	_exit(KSFT_FAIL);
}

/* cg_create() + track_cgroup(): the test's way to make a cgroup. */
static int test_cg_create(char *path, const char *parent, const char *name)
{
	int ret;

	ret = cg_name(path, CG_PATH_MAX, parent, name);
	if (ret)
		return ret;
	ret = cg_create(path);
	if (ret) {
		ksft_print_msg("mkdir %s: %s\n", path, strerror(-ret));
		return ret;
	}
	track_cgroup(path);
	return 0;
}

/* cg_destroy() + untrack_cgroup(); an empty @path is a no-op. */
static void test_cg_destroy(char *path)
{
	int ret;

	if (!path[0])
		return;
	ret = cg_destroy(path);
	if (ret)
		ksft_print_msg("rmdir %s: %s\n", path, strerror(-ret));
	else
		untrack_cgroup(path);
	path[0] = '\0';
}

/*
 * The workload: a child process that waits for "go", then starts its
 * threads and reports "ready".  It dies with the test (PDEATHSIG).
 *
 * WORKLOAD_STABLE: @threads sleeping threads, so the process has @threads + 1
 *	of them.
 * WORKLOAD_CHURN: @threads / 2 chains; each thread of a chain clones its
 *	successor and exits at once: from @threads / 2 to @threads of them
 *	(plus the sleeping leader) are alive at any time, while new ones
 *	are created and old ones exit continuously.
 *
 * The workload runs at nice WORKLOAD_NICE: on a one-CPU machine
 * (user-mode-linux) its always-runnable threads would otherwise starve the
 * test's writes.  The test pauses briefly after every move (let_it_churn())
 * so that the workload runs between writes everywhere, and each write
 * starts by preempting it at some random point, often inside a clone.
 */
enum workload_kind {
	WORKLOAD_STABLE,
	WORKLOAD_CHURN,
};

/**
 * struct workload_shared - shared memory between the test and a workload.
 * @created: threads the workload created so far (atomic builtins).
 * @clone_errors: pthread_create() failures, retried (atomic builtins).
 */
struct workload_shared {
	unsigned long created;
	unsigned long clone_errors;
};

/**
 * struct workload - one workload process, seen from the test.
 * @pid: its pid (the leader's tid), 0 when not running.
 * @shared: its counters (MAP_SHARED).
 */
struct workload {
	pid_t pid;
	struct workload_shared *shared;
};

/* Only used inside a workload child, set before its first thread. */
static struct workload_shared *workload_counters;
static pthread_attr_t workload_attr;

static void *workload_sleep_fn(void *arg)
{
	for (;;)
		pause();
	return NULL;
}

static void *workload_churn_fn(void *arg)
{
	struct timespec backoff = { .tv_sec = 0, .tv_nsec = 1000000L };
	pthread_t next;

	while (pthread_create(&next, &workload_attr, workload_churn_fn, NULL)) {
		__atomic_add_fetch(&workload_counters->clone_errors, 1,
				   __ATOMIC_RELAXED);
		nanosleep(&backoff, NULL);
	}
	__atomic_add_fetch(&workload_counters->created, 1, __ATOMIC_RELAXED);
	return NULL;
}

static void __attribute__((noreturn))
workload_main(enum workload_kind kind, int threads, pid_t parent,
	      int go_fd, int ready_fd)
{
	void *(*fn)(void *) = kind == WORKLOAD_CHURN ? workload_churn_fn :
						       workload_sleep_fn;
	int i, nr = kind == WORKLOAD_CHURN ? (threads + 1) / 2 : threads;
	pthread_t thread;
	char c;

	prctl(PR_SET_PDEATHSIG, SIGKILL);
	if (getppid() != parent)
		_exit(1);
	if (read(go_fd, &c, 1) != 1)
		_exit(1);
	if (setpriority(PRIO_PROCESS, 0, WORKLOAD_NICE))
		_exit(1);

	pthread_attr_init(&workload_attr);
	pthread_attr_setdetachstate(&workload_attr, PTHREAD_CREATE_DETACHED);
	pthread_attr_setstacksize(&workload_attr, WORKLOAD_STACK);
	for (i = 0; i < nr; i++) {
		if (pthread_create(&thread, &workload_attr, fn, NULL))
			_exit(2);
		__atomic_add_fetch(&workload_counters->created, 1,
				   __ATOMIC_RELAXED);
	}
	c = 'r';
	if (write(ready_fd, &c, 1) != 1)
		_exit(1);
	for (;;)
		pause();
}

/*
 * workload_start - fork a workload, put it (still single-threaded) into
 * @cgroup with a cgroup.procs write, then let it start its threads.
 * Returns 0 or -errno; nothing is left running on failure.
 */
static int workload_start(struct workload *wl, enum workload_kind kind,
			  int threads, const char *cgroup)
{
	int go[2], ready[2], ret;
	pid_t parent = getpid();
	char c;

	wl->pid = 0;
	wl->shared = mmap(NULL, sizeof(*wl->shared), PROT_READ | PROT_WRITE,
			  MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (wl->shared == MAP_FAILED) {
		wl->shared = NULL;
		return -errno;
	}
	if (pipe2(go, O_CLOEXEC)) {
		ret = -errno;
		goto out_unmap;
	}
	if (pipe2(ready, O_CLOEXEC)) {
		ret = -errno;
		goto out_close_go;
	}

	fflush(stdout);
	wl->pid = fork();
	if (wl->pid < 0) {
		ret = -errno;
		wl->pid = 0;
		goto out_close_ready;
	}
	if (!wl->pid) {
		workload_counters = wl->shared;
		close(go[1]);
		close(ready[0]);
		workload_main(kind, threads, parent, go[0], ready[1]);
	}
	track_child(wl->pid);

	ret = cg_procs_write(cgroup, wl->pid);
	if (ret) {
		ksft_print_msg("moving workload %d into %s: %s\n", wl->pid,
			       cgroup, strerror(-ret));
		goto out_kill;
	}
	c = 'g';
	if (write(go[1], &c, 1) != 1 || read(ready[0], &c, 1) != 1) {
		ksft_print_msg("workload %d did not start\n", wl->pid);
		ret = -ECHILD;
		goto out_kill;
	}
	close(ready[0]);
	close(ready[1]);
	close(go[0]);
	close(go[1]);
	return 0;

out_kill:
	kill(wl->pid, SIGKILL);
	waitpid(wl->pid, NULL, 0);
	untrack_child(wl->pid);
	wl->pid = 0;
out_close_ready:
	close(ready[0]);
	close(ready[1]);
out_close_go:
	close(go[0]);
	close(go[1]);
out_unmap:
	munmap(wl->shared, sizeof(*wl->shared));
	wl->shared = NULL;
	return ret;
}

/* Kill and reap a workload (no-op when it is not running). */
static void workload_stop(struct workload *wl)
{
	if (wl->pid > 0) {
		kill(wl->pid, SIGKILL);
		waitpid(wl->pid, NULL, 0);
		untrack_child(wl->pid);
	}
	wl->pid = 0;
	if (wl->shared)
		munmap(wl->shared, sizeof(*wl->shared));
	wl->shared = NULL;
}

/* Sleep a moment, so that the workload runs even on one CPU. */
static void let_it_churn(void)
{
	struct timespec ts = { .tv_sec = 0, .tv_nsec = CHURN_PAUSE_NS };

	nanosleep(&ts, NULL);
}

static unsigned long workload_created(struct workload *wl)
{
	return __atomic_load_n(&wl->shared->created, __ATOMIC_RELAXED);
}

/*
 * expect_whole_group_in - after a move of @wl to @dst from @src: @dst
 * lists @nr live threads of it, @src none.  Returns KSFT_PASS or KSFT_FAIL.
 */
static int expect_whole_group_in(struct workload *wl, const char *dst,
				 const char *src, int nr)
{
	struct cg_census census;
	int ret;

	ret = cg_count_threads_in(dst, wl->pid, &census);
	if (ret) {
		ksft_print_msg("reading %s: %s\n", dst, strerror(-ret));
		return KSFT_FAIL;
	}
	if (census.live != nr) {
		ksft_print_msg("%s lists %d threads of %d, expected %d\n",
			       dst, census.live, wl->pid, nr);
		return KSFT_FAIL;
	}
	ret = cg_count_threads_in(src, wl->pid, &census);
	if (ret) {
		ksft_print_msg("reading %s: %s\n", src, strerror(-ret));
		return KSFT_FAIL;
	}
	if (census.listed) {
		ksft_print_msg("%s still lists %d threads of %d\n",
			       src, census.listed, wl->pid);
		return KSFT_FAIL;
	}
	if (!cg_lists(dst, "cgroup.procs", wl->pid)) {
		ksft_print_msg("%s/cgroup.procs does not list %d\n",
			       dst, wl->pid);
		return KSFT_FAIL;
	}
	return KSFT_PASS;
}

/*
 * THREADS sleeping threads plus their leader, one cgroup.procs write:
 * the destination lists all THREADS + 1, the source none.
 */
static int test_cgcore_proc_migration(const char *root)
{
	char src[CG_PATH_MAX] = "", dst[CG_PATH_MAX] = "";
	struct workload wl = { 0 };
	int ret = KSFT_FAIL, err;

	if (test_cg_create(src, root, "proc_migration_src") ||
	    test_cg_create(dst, root, "proc_migration_dst"))
		goto cleanup;
	err = workload_start(&wl, WORKLOAD_STABLE, nr_threads, src);
	if (err)
		goto cleanup;

	err = cg_procs_write(dst, wl.pid);
	if (err) {
		ksft_print_msg("cgroup.procs <- %d: %s\n", wl.pid,
			       strerror(-err));
		goto cleanup;
	}
	ret = expect_whole_group_in(&wl, dst, src, nr_threads + 1);

cleanup:
	workload_stop(&wl);
	test_cg_destroy(dst);
	test_cg_destroy(src);
	return ret;
}

/* A non-leader tid written to cgroup.procs moves the whole group. */
static int test_procs_any_tid(const char *root)
{
	char src[CG_PATH_MAX] = "", dst[CG_PATH_MAX] = "";
	struct workload wl = { 0 };
	int ret = KSFT_FAIL, err;
	struct cg_ids tids;
	pid_t tid = 0;
	size_t i;

	if (test_cg_create(src, root, "any_tid_src") ||
	    test_cg_create(dst, root, "any_tid_dst"))
		goto cleanup;
	err = workload_start(&wl, WORKLOAD_STABLE, 8, src);
	if (err)
		goto cleanup;

	err = proc_read_tids(wl.pid, &tids);
	if (err) {
		ksft_print_msg("reading /proc/%d/task: %s\n", wl.pid,
			       strerror(-err));
		goto cleanup;
	}
	for (i = 0; i < tids.nr; i++)
		if (tids.ids[i] != wl.pid)
			tid = tids.ids[i];
	cg_ids_free(&tids);
	if (!tid) {
		ksft_print_msg("workload %d has no second thread\n", wl.pid);
		goto cleanup;
	}

	err = cg_procs_write(dst, tid);
	if (err) {
		ksft_print_msg("cgroup.procs <- %d (a thread of %d): %s\n",
			       tid, wl.pid, strerror(-err));
		goto cleanup;
	}
	ret = expect_whole_group_in(&wl, dst, src, 8 + 1);

cleanup:
	workload_stop(&wl);
	test_cg_destroy(dst);
	test_cg_destroy(src);
	return ret;
}

/**
 * struct churn_stats - what a back-and-forth run saw.
 * @moves: writes that returned success.
 * @left_behind: writes after which the source kept a live thread.
 * @stragglers: live threads found in the source, summed over all writes.
 * @exiting: listed threads that were exiting or gone by the check.
 * @vanished: single-thread writes that got ESRCH (the thread had exited).
 * @max_drain_us: longest wait for exiting threads to leave the source.
 */
struct churn_stats {
	int moves;
	int left_behind;
	long stragglers;
	long exiting;
	long vanished;
	long max_drain_us;
};

/* How long exiting threads get to leave the source after a move. */
#define DRAIN_TIMEOUT_US	(30 * 1000 * 1000L)

static long now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000L + ts.tv_nsec / 1000;
}

/*
 * wait_for_drain - wait until @from lists no thread of @wl.  Threads that
 * were exiting when they were listed leave within milliseconds; a churn
 * chain left behind never does, since each of its threads clones its
 * successor (in its own cgroup) before it exits.  Returns 0 once @from is
 * empty of @wl, -ETIMEDOUT (with @census the last count) or -errno.
 */
static int wait_for_drain(struct workload *wl, const char *from,
			  struct cg_census *census, struct churn_stats *stats)
{
	struct timespec pause_ts = { .tv_sec = 0, .tv_nsec = 200000L };
	long start = now_us(), waited;
	int ret;

	for (;;) {
		ret = cg_count_threads_in(from, wl->pid, census);
		if (ret)
			return ret;
		waited = now_us() - start;
		if (!census->listed) {
			if (waited > stats->max_drain_us)
				stats->max_drain_us = waited;
			return 0;
		}
		if (waited > DRAIN_TIMEOUT_US)
			return -ETIMEDOUT;
		nanosleep(&pause_ts, NULL);
	}
}

/*
 * check_source - after a write that moved @wl from @from to @to: count
 * the live threads @from still lists, and check that @to has the
 * (sleeping) leader.  With @drain, also wait for the listed exiting
 * threads to leave @from: any thread still there after that was left
 * behind.  Returns 0 (stragglers are counted in @stats, and reported
 * when @drain is set) or -errno when a file cannot be read; @label
 * names the write in reports.
 */
static int check_source(struct workload *wl, const char *from, const char *to,
			int iter, const char *label, bool drain,
			struct churn_stats *stats)
{
	struct cg_census census;
	int ret;

	ret = cg_count_threads_in(from, wl->pid, &census);
	if (ret) {
		ksft_print_msg("reading %s: %s\n", from, strerror(-ret));
		return ret;
	}
	stats->exiting += census.listed - census.live;
	if (drain && census.listed && !census.live) {
		ret = wait_for_drain(wl, from, &census, stats);
		if (ret && ret != -ETIMEDOUT) {
			ksft_print_msg("reading %s: %s\n", from,
				       strerror(-ret));
			return ret;
		}
		if (ret == -ETIMEDOUT && !census.live)
			census.live = census.listed;
	}
	if (census.live) {
		if (drain && stats->left_behind < MAX_REPORTED)
			ksft_print_msg("%s %d: %d live threads of %d left in %s (first: %d)\n",
				       label, iter, census.live, wl->pid, from,
				       census.first_live);
		stats->left_behind++;
		stats->stragglers += census.live;
	}
	if (!cg_lists(to, cg_threads_file(to), wl->pid)) {
		ksft_print_msg("%s %d: leader %d is not in %s\n", label, iter,
			       wl->pid, to);
		return -ENOENT;
	}
	return 0;
}

/*
 * The series' promise: a process whose threads clone and exit all the time
 * is moved by cgroup.procs back and forth ITER times, and after every
 * write the source lists no live, non-exiting thread of it.
 */
static int test_procs_atomic_churn(const char *root)
{
	char a[CG_PATH_MAX] = "", b[CG_PATH_MAX] = "";
	struct churn_stats stats = { 0 };
	struct workload wl = { 0 };
	int ret = KSFT_FAIL, err, i;
	unsigned long created;
	const char *from, *to;

	if (test_cg_create(a, root, "churn_a") ||
	    test_cg_create(b, root, "churn_b"))
		goto cleanup;
	err = workload_start(&wl, WORKLOAD_CHURN, nr_threads, a);
	if (err)
		goto cleanup;

	created = workload_created(&wl);
	for (i = 0; i < nr_iters; i++) {
		from = i % 2 ? b : a;
		to = i % 2 ? a : b;
		err = cg_procs_write(to, wl.pid);
		if (err) {
			ksft_print_msg("write %d: cgroup.procs <- %d: %s\n",
				       i, wl.pid, strerror(-err));
			goto cleanup;
		}
		stats.moves++;
		let_it_churn();
		if (check_source(&wl, from, to, i, "write", true, &stats))
			goto cleanup;
	}
	created = workload_created(&wl) - created;

	ksft_print_msg("churn: %d cgroup.procs writes, %lu clones meanwhile\n",
		       stats.moves, created);
	ksft_print_msg("churn: %ld exiting threads listed, gone in %ld us\n",
		       stats.exiting, stats.max_drain_us);
	if (stats.left_behind) {
		ksft_print_msg("churn: %d writes left %ld live threads behind\n",
			       stats.left_behind, stats.stragglers);
		goto cleanup;
	}
	if (!created) {
		ksft_print_msg("churn: the workload created no threads during the moves\n");
		goto cleanup;
	}
	ret = KSFT_PASS;

cleanup:
	workload_stop(&wl);
	test_cg_destroy(b);
	test_cg_destroy(a);
	return ret;
}

/* Move every thread /proc/PID/task lists now, one write each. */
static int tasks_loop_move(struct workload *wl, const char *to,
			   struct churn_stats *stats)
{
	struct cg_ids tids;
	size_t i;
	int ret;

	ret = proc_read_tids(wl->pid, &tids);
	if (ret) {
		ksft_print_msg("reading /proc/%d/task: %s\n", wl->pid,
			       strerror(-ret));
		return ret;
	}
	for (i = 0; i < tids.nr; i++) {
		ret = cg_tasks_write(to, tids.ids[i]);
		if (ret == -ESRCH) {
			stats->vanished++;
			continue;
		}
		if (ret) {
			ksft_print_msg("%s <- %d: %s\n", cg_threads_file(to),
				       tids.ids[i], strerror(-ret));
			break;
		}
	}
	cg_ids_free(&tids);
	return ret == -ESRCH ? 0 : ret;
}

/*
 * The old way, for comparison: move each thread through the tasks file
 * (cgroup.threads on v2, inside a threaded subtree).  Threads cloned by a
 * not yet moved thread stay behind; that is the race the series closed,
 * so stragglers are reported, never failed on.  The test fails only when
 * the writes themselves fail.
 */
static int test_tasks_loop_stragglers(const char *root)
{
	char dom[CG_PATH_MAX] = "", a[CG_PATH_MAX] = "", b[CG_PATH_MAX] = "";
	struct churn_stats stats = { 0 };
	struct workload wl = { 0 };
	int ret = KSFT_FAIL, err, i;
	const char *from, *to;
	bool v2 = cg_version(root) == 2;

	if (test_cg_create(dom, root, "tasks_loop"))
		goto cleanup;
	if (test_cg_create(a, dom, "a") || test_cg_create(b, dom, "b"))
		goto cleanup;
	if (v2) {
		err = cg_write(a, "cgroup.type", "threaded");
		if (!err)
			err = cg_write(b, "cgroup.type", "threaded");
		if (err) {
			ksft_print_msg("cgroup.type <- threaded: %s\n",
				       strerror(-err));
			goto cleanup;
		}
	}
	err = workload_start(&wl, WORKLOAD_CHURN, nr_threads, a);
	if (err)
		goto cleanup;

	for (i = 0; i < nr_iters; i++) {
		from = i % 2 ? b : a;
		to = i % 2 ? a : b;
		if (tasks_loop_move(&wl, to, &stats))
			goto cleanup;
		stats.moves++;
		let_it_churn();
		if (check_source(&wl, from, to, i, "loop", false, &stats))
			goto cleanup;
	}

	ksft_print_msg("tasks loop: %d of %d loops left %ld stragglers behind\n",
		       stats.left_behind, stats.moves, stats.stragglers);
	ksft_print_msg("tasks loop: %ld threads exited before their write\n",
		       stats.vanished);
	ksft_print_msg("tasks loop: stragglers are expected here, not a failure\n");
	ret = KSFT_PASS;

cleanup:
	workload_stop(&wl);
	test_cg_destroy(b);
	test_cg_destroy(a);
	test_cg_destroy(dom);
	return ret;
}

/* The errno names the reports use; strerrorname_np() is glibc-only. */
static const char *errno_name(int err)
{
	switch (err) {
	case EINVAL:
		return "EINVAL";
	case ESRCH:
		return "ESRCH";
	case E2BIG:
		return "E2BIG";
	case ERANGE:
		return "ERANGE";
	case EACCES:
		return "EACCES";
	case EPERM:
		return "EPERM";
	case ENODEV:
		return "ENODEV";
	case EBUSY:
		return "EBUSY";
	case EOPNOTSUPP:
		return "EOPNOTSUPP";
	case EIO:
		return "EIO (short write)";
	default:
		return strerror(err);
	}
}

/*
 * A write that may move @wl between @src and @dst (or fail): report what
 * the kernel did with @input and what Linux 3.0 did.
 */
static void report_input(struct workload *wl, const char *src,
			 const char *dst, const char *shown,
			 const char *input, size_t len, int v3_errno)
{
	int err = cg_write_len(dst, "cgroup.procs", input, len);

	if (!err && !v3_errno)
		ksft_print_msg("cgroup.procs <- %s: accepted (as Linux 3.0)\n",
			       shown);
	else if (!err)
		ksft_print_msg("cgroup.procs <- %s: accepted (Linux 3.0: %s)\n",
			       shown, errno_name(v3_errno));
	else if (-err == v3_errno)
		ksft_print_msg("cgroup.procs <- %s: %s (as Linux 3.0)\n",
			       shown, errno_name(-err));
	else
		ksft_print_msg("cgroup.procs <- %s: %s (Linux 3.0: %s)\n",
			       shown, errno_name(-err),
			       v3_errno ? errno_name(v3_errno) :
					  "accepted");
	/* Put it back where the next input expects it. */
	if (!err)
		cg_procs_write(src, wl->pid);
}

/* A pid no process has: that of a child we forked and reaped. */
static pid_t unused_pid(void)
{
	int tries;
	pid_t pid;

	for (tries = 0; tries < 10; tries++) {
		fflush(stdout);
		pid = fork();
		if (pid < 0)
			return -errno;
		if (!pid)
			_exit(0);
		waitpid(pid, NULL, 0);
		if (kill(pid, 0) && errno == ESRCH)
			return pid;
	}
	return -EAGAIN;
}

/*
 * Bad input.  Every kernel version rejects "abc" with EINVAL and an
 * unused pid with ESRCH; those two are checked.  The rest changed over
 * time (modern kernels accept a '+' sign and writes of a page), so what
 * this kernel does with them is reported only.  Every id written is the
 * workload's own.
 */
static int test_procs_bad_input(const char *root)
{
	char src[CG_PATH_MAX] = "", dst[CG_PATH_MAX] = "";
	char input[128], shown[160];
	struct workload wl = { 0 };
	int ret = KSFT_FAIL, err;
	pid_t nobody;

	if (test_cg_create(src, root, "bad_input_src") ||
	    test_cg_create(dst, root, "bad_input_dst"))
		goto cleanup;
	err = workload_start(&wl, WORKLOAD_STABLE, 1, src);
	if (err)
		goto cleanup;

	err = cg_write(dst, "cgroup.procs", "abc");
	if (err != -EINVAL) {
		ksft_print_msg("cgroup.procs <- \"abc\": %s, expected EINVAL\n",
			       err ? errno_name(-err) : "accepted");
		goto cleanup;
	}
	nobody = unused_pid();
	if (nobody < 0) {
		ksft_print_msg("no unused pid found: %s\n",
			       strerror(-nobody));
		goto cleanup;
	}
	err = cg_procs_write(dst, nobody);
	if (err != -ESRCH) {
		ksft_print_msg("cgroup.procs <- %d (unused): %s, expected ESRCH\n",
			       nobody, err ? errno_name(-err) : "accepted");
		goto cleanup;
	}

	report_input(&wl, src, dst, "\"\" (empty)", "", 0, EINVAL);
	report_input(&wl, src, dst, "\"12abc\"", "12abc", 5, EINVAL);
	report_input(&wl, src, dst, "\"-1\"", "-1", 2, EINVAL);
	snprintf(input, sizeof(input), "+%d", wl.pid);
	snprintf(shown, sizeof(shown), "\"%s\"", input);
	report_input(&wl, src, dst, shown, input, strlen(input), EINVAL);
	snprintf(input, sizeof(input), " %d\n", wl.pid);
	snprintf(shown, sizeof(shown), "\" %d\\n\"", wl.pid);
	report_input(&wl, src, dst, shown, input, strlen(input), 0);
	snprintf(input, sizeof(input), "0x%x", wl.pid);
	snprintf(shown, sizeof(shown), "\"%s\"", input);
	report_input(&wl, src, dst, shown, input, strlen(input), 0);
	snprintf(input, sizeof(input), "0%o", wl.pid);
	snprintf(shown, sizeof(shown), "\"%s\"", input);
	report_input(&wl, src, dst, shown, input, strlen(input), 0);
	snprintf(input, sizeof(input), "%70d", wl.pid);
	snprintf(shown, sizeof(shown), "%d spaces + \"%d\" (70 bytes)",
		 70 - snprintf(NULL, 0, "%d", wl.pid), wl.pid);
	report_input(&wl, src, dst, shown, input, strlen(input), E2BIG);
	ret = KSFT_PASS;

cleanup:
	workload_stop(&wl);
	test_cg_destroy(dst);
	test_cg_destroy(src);
	return ret;
}

#define T(x) { x, #x }
static const struct cgtest {
	int (*fn)(const char *root);
	const char *name;
} tests[] = {
	T(test_cgcore_proc_migration),
	T(test_procs_any_tid),
	T(test_procs_atomic_churn),
	T(test_tasks_loop_stragglers),
	T(test_procs_bad_input),
};

#undef T

static void print_usage(const char *prog)
{
	fprintf(stderr,
		"usage: %s [-n ITER] [-t THREADS] [-T SECONDS] CGROUP_DIR\n"
		"  CGROUP_DIR  a writable cgroup (v1 or v2) directory; the test\n"
		"              creates and removes its own children in it\n"
		"  -n ITER     moves in each churn test (default %d)\n"
		"  -t THREADS  threads per workload (default %d)\n"
		"  -T SECONDS  give up and clean up after this long (default %d)\n",
		prog, nr_iters, nr_threads, timeout_secs);
}

static int positive_arg(const char *arg, int *val)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(arg, &end, 10);
	if (errno || *end || v <= 0 || v > 1000000)
		return -EINVAL;
	*val = v;
	return 0;
}

int main(int argc, char **argv)
{
	char base[CG_PATH_MAX], name[64];
	struct sigaction sa = { 0 };
	const char *root;
	size_t i;
	int opt, version, err;

	while ((opt = getopt(argc, argv, "n:t:T:h")) != -1) {
		switch (opt) {
		case 'n':
			if (positive_arg(optarg, &nr_iters))
				goto bad_usage;
			break;
		case 't':
			if (positive_arg(optarg, &nr_threads) || nr_threads < 2)
				goto bad_usage;
			break;
		case 'T':
			if (positive_arg(optarg, &timeout_secs))
				goto bad_usage;
			break;
		case 'h':
			print_usage(argv[0]);
			return KSFT_PASS;
		default:
			goto bad_usage;
		}
	}
	if (optind < argc - 1)
		goto bad_usage;

	ksft_print_header();
	if (optind == argc)
		ksft_exit_skip("no cgroup directory given (see %s -h)\n",
			       argv[0]);
	root = argv[optind];
	version = cg_version(root);
	if (version < 0)
		ksft_exit_skip("%s is not a cgroup directory: %s\n", root,
			       strerror(-version));
	if (access(root, W_OK))
		ksft_exit_skip("%s is not writable: %s\n", root,
			       strerror(errno));

	sa.sa_handler = fatal_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGALRM, &sa, NULL);
	atexit(emergency_cleanup);

	snprintf(name, sizeof(name), "procs_atomic.%d", (int)getpid());
	err = cg_name(base, sizeof(base), root, name);
	if (!err)
		err = cg_create(base);
	if (err == -EACCES || err == -EPERM || err == -EROFS)
		ksft_exit_skip("cannot create a cgroup in %s: %s\n", root,
			       strerror(-err));
	if (err)
		ksft_exit_fail_msg("mkdir %s: %s\n", base, strerror(-err));
	track_cgroup(base);
	alarm(timeout_secs);

	ksft_print_msg("cgroup v%d at %s; %d threads, %d moves, timeout %d s\n",
		       version, base, nr_threads, nr_iters, timeout_secs);
	ksft_set_plan(ARRAY_SIZE(tests));
	for (i = 0; i < ARRAY_SIZE(tests); i++)
		ksft_test_result_code(tests[i].fn(base), tests[i].name);

	alarm(0);
	err = cg_destroy(base);
	if (err)
		ksft_print_msg("rmdir %s: %s\n", base, strerror(-err));
	else
		untrack_cgroup(base);
	ksft_finished();
	return KSFT_FAIL;

bad_usage:
	print_usage(argv[0]);
	return KSFT_FAIL;
}
