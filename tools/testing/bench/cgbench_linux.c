// SPDX-License-Identifier: GPL-2.0
/*
 * cgbench_linux.c - the host side of `make bench`: the same scenarios as
 * usr/cgroup_bench.c, run against the host's Linux kernel, the
 * cgroup.procs writes through the hosted kernel's FUSE mount, and what an
 * IPI costs on this machine.
 *
 *	cgbench_linux linux [maxthreads=N reps=N lone_ms=N window_ms=N
 *			     nwriters=N moved_threads=N storm_procs=N
 *			     storm_ms=N what=write,lone,fork,storm]
 *	cgbench_linux fuse DIR REPS N:PID...
 *	cgbench_linux ipi [REPS]
 *
 * linux: creates its own child cgroup under the cpu hierarchy of cgroup
 * v1, /sys/fs/cgroup/cpu/bench.PID with children a and b, moves only
 * processes it forked itself (real threads: pthreads with small stacks,
 * one write(2) on cgroup.procs), and removes the cgroups at the end, on
 * SIGINT/SIGTERM too.  If it cannot, it prints why (a "missing" line).
 *
 * fuse: times write(2) of each PID to DIR/a/cgroup.procs and
 * DIR/b/cgroup.procs in turn, REPS times (the hosted kernel serves DIR).
 *
 * ipi: what one IPI of membarrier(2) costs the CPU that takes it, the IPI
 * every grace period of the hosted kernel's RCU (liburcu's memb flavor)
 * sends to each other CPU running one of its threads.  A thread on CPU 0
 * reads the clock in a loop and adds up the gaps between two reads longer
 * than IPI_GAP_NS (the time it did not run); a thread on CPU 1 calls
 * MEMBARRIER_CMD_PRIVATE_EXPEDITED IPI_RATE times a second in one window
 * and not in the next.  The cost of one IPI is the gap time of the window
 * with, less that of the window without (scaled to the same length), over
 * the calls made; REPS pairs of windows.
 *
 * Output: the lines of usr/cgroup_bench.c,
 *	csv,SCENARIO,IMPL,X,METRIC,MEDIAN,MIN,MAX,UNIT,RUNS
 * with IMPL "linux" or "hosted-fuse", and comments starting with '#'.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/membarrier.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define CPU_HIER	"/sys/fs/cgroup/cpu"
#define STACK_SIZE	(64 * 1024)
#define MAX_CHILDREN	64
#define MAX_SAMPLES	2000000

static int maxthreads = 10000;
static int reps = 5;
static int lone_ms = 100;
static int window_ms = 300;
static int nwriters = 1;
static int moved_threads = 4;
static int storm_procs = 2;
static int storm_ms = 1000;
static const char *what = "write,lone,fork,storm";

static char cg_root[64];
static char cg_dir[2][300];
static pid_t children[MAX_CHILDREN];
static int nchildren;

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ULL + ts.tv_nsec;
}

static void sleep_ms(int ms)
{
	struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000L };

	while (nanosleep(&ts, &ts) && errno == EINTR)
		;
}

/* Run the calling thread on host CPU @cpu only. */
static void pin_self(int cpu)
{
	cpu_set_t cpus;

	CPU_ZERO(&cpus);
	CPU_SET(cpu, &cpus);
	sched_setaffinity(0, sizeof(cpus), &cpus);
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

static void report(const char *scen, const char *impl, const char *x,
		   const char *metric, uint64_t *v, unsigned int n,
		   const char *unit)
{
	uint64_t med;

	if (!n)
		return;
	qsort(v, n, sizeof(*v), cmp_u64);
	med = n & 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
	printf("csv,%s,%s,%s,%s,%llu,%llu,%llu,%s,%u\n", scen, impl, x, metric,
	       (unsigned long long)med, (unsigned long long)v[0],
	       (unsigned long long)v[n - 1], unit, n);
	fflush(stdout);
}

static void report_missing(const char *scen, const char *why)
{
	printf("csv,%s,linux,-,missing,0,0,0,%s,0\n", scen, why);
	fflush(stdout);
}

static bool wants(const char *name)
{
	size_t len = strlen(name);
	const char *p = what;

	while ((p = strstr(p, name))) {
		if ((p == what || p[-1] == ',') && (p[len] == ',' || !p[len]))
			return true;
		p += len;
	}
	return false;
}

/* One write(2) of "@pid\n" to @path.  Return: ns, or -errno. */
static int64_t write_pid(const char *path, pid_t pid)
{
	char buf[24];
	uint64_t t0, t1;
	ssize_t ret;
	int fd, len;

	fd = open(path, O_WRONLY);
	if (fd < 0)
		return -errno;
	len = snprintf(buf, sizeof(buf), "%d\n", pid);
	t0 = now_ns();
	ret = write(fd, buf, len);
	t1 = now_ns();
	if (ret < 0)
		ret = -errno;
	close(fd);
	if (ret < 0)
		return ret;
	return ret == len ? (int64_t)(t1 - t0) : -EIO;
}

static int64_t move(int k, pid_t pid)
{
	char path[340];

	snprintf(path, sizeof(path), "%.300s/cgroup.procs", cg_dir[k & 1]);
	return write_pid(path, pid);
}

/* ------------------------------------------------------------------ */
/* Children: processes with idle threads, forkers */

static void *idle_thread(void *arg)
{
	for (;;)
		pause();
	return NULL;
}

static void *empty_thread(void *arg)
{
	return NULL;
}

static pthread_attr_t small_stack;

static void forget_child(pid_t pid)
{
	int i;

	for (i = 0; i < nchildren; i++)
		if (children[i] == pid) {
			children[i] = children[nchildren - 1];
			nchildren--;
			break;
		}
}

static void kill_child(pid_t pid)
{
	if (pid <= 0)
		return;
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	forget_child(pid);
}

/*
 * Fork a child with @nthreads threads in all (idle), then @body (if any)
 * on its main thread.  The parent returns when all threads exist.
 * Return: the child's pid, or -1.
 */
static pid_t fork_child(int nthreads, void (*body)(void *), void *arg)
{
	int pfd[2], i;
	char c = 0;
	pid_t pid;

	if (nchildren == MAX_CHILDREN || pipe(pfd))
		return -1;
	pid = fork();
	if (pid < 0)
		return -1;
	if (!pid) {
		pthread_t t;

		close(pfd[0]);
		for (i = 1; i < nthreads; i++)
			if (pthread_create(&t, &small_stack, idle_thread, NULL)) {
				c = 1;
				break;
			}
		if (write(pfd[1], &c, 1) != 1)
			_exit(1);
		close(pfd[1]);
		if (body && !c)
			body(arg);
		for (;;)
			pause();
	}
	close(pfd[1]);
	children[nchildren++] = pid;
	if (read(pfd[0], &c, 1) != 1 || c) {
		close(pfd[0]);
		fprintf(stderr, "# linux: a child could not create %d threads\n",
			nthreads);
		kill_child(pid);
		return -1;
	}
	close(pfd[0]);
	return pid;
}

/*
 * Shared with the forker children.  Every 64 pairs the forker publishes
 * its process's CPU time with its count, under the seqcount @seq.
 */
struct forker_shm {
	atomic_long count;
	atomic_int stop;
	atomic_uint seq;
	long cpu_count;
	uint64_t cpu_ns;
};

static void forker_publish(struct forker_shm *s, long count)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	atomic_fetch_add(&s->seq, 1);
	s->cpu_count = count;
	s->cpu_ns = (uint64_t)ts.tv_sec * 1000000000ULL + ts.tv_nsec;
	atomic_fetch_add(&s->seq, 1);
}

static void forker_sample(struct forker_shm *s, long *count, uint64_t *ns)
{
	unsigned int seq;

	do {
		seq = atomic_load(&s->seq);
		*count = s->cpu_count;
		*ns = s->cpu_ns;
	} while ((seq & 1) || atomic_load(&s->seq) != seq);
}

/*
 * Forks and joins threads until stopped, on CPU 0 only: unpinned, the
 * new thread starts on the other CPU and every join waits for a
 * cross-CPU wake-up, which on this VM costs more than the fork itself
 * and swamps what is measured.
 */
static void forker_body(void *arg)
{
	struct forker_shm *s = arg;
	pthread_t t;

	pin_self(0);

	while (!atomic_load_explicit(&s->stop, memory_order_relaxed)) {
		long count = atomic_load_explicit(&s->count,
						  memory_order_relaxed);

		if (!(count & 63))
			forker_publish(s, count);
		if (pthread_create(&t, &small_stack, empty_thread, NULL))
			continue;
		pthread_join(t, NULL);
		atomic_fetch_add_explicit(&s->count, 1, memory_order_relaxed);
	}
	for (;;)
		pause();
}

/* ------------------------------------------------------------------ */
/* The cgroups */

static void cleanup(void)
{
	int k, tries;

	while (nchildren > 0)
		kill_child(children[nchildren - 1]);
	if (!cg_root[0])
		return;
	for (tries = 0; tries < 100; tries++) {
		for (k = 0; k < 2; k++)
			rmdir(cg_dir[k]);
		if (!rmdir(cg_root) || errno == ENOENT)
			break;
		sleep_ms(20);	/* exiting threads still charged */
	}
	if (tries == 100)
		fprintf(stderr, "# linux: cannot remove %s: %s\n", cg_root,
			strerror(errno));
	cg_root[0] = '\0';
}

static void on_signal(int sig)
{
	cleanup();
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Return: NULL, or why the cgroups cannot be made. */
static const char *setup_cgroups(void)
{
	static char why[128];
	int k;

	if (access(CPU_HIER "/cgroup.procs", W_OK)) {
		snprintf(why, sizeof(why), "no_writable_cgroup_v1_cpu_hierarchy");
		return why;
	}
	snprintf(cg_root, sizeof(cg_root), CPU_HIER "/bench.%d", getpid());
	if (mkdir(cg_root, 0755)) {
		snprintf(why, sizeof(why), "mkdir_%s:%s", cg_root,
			 strerror(errno));
		cg_root[0] = '\0';
		return why;
	}
	for (k = 0; k < 2; k++) {
		snprintf(cg_dir[k], sizeof(cg_dir[k]), "%s/%c", cg_root,
			 'a' + k);
		if (mkdir(cg_dir[k], 0755)) {
			snprintf(why, sizeof(why), "mkdir_child:%s",
				 strerror(errno));
			return why;
		}
	}
	return NULL;
}

/* ------------------------------------------------------------------ */
/* 1. Write latency against group size */

static int tids_of(pid_t pid, pid_t *tids, int max)
{
	char path[64];
	struct dirent *de;
	DIR *d;
	int n = 0;

	snprintf(path, sizeof(path), "/proc/%d/task", pid);
	d = opendir(path);
	if (!d)
		return 0;
	while ((de = readdir(d)) && n < max)
		if (de->d_name[0] != '.')
			tids[n++] = atoi(de->d_name);
	closedir(d);
	return n;
}

static int64_t move_oldway(int k, const pid_t *tids, int n)
{
	char path[340], buf[24];
	uint64_t t0, t1;
	int fd, i, len;

	snprintf(path, sizeof(path), "%s/tasks", cg_dir[k & 1]);
	fd = open(path, O_WRONLY);
	if (fd < 0)
		return -errno;
	t0 = now_ns();
	for (i = 0; i < n; i++) {
		len = snprintf(buf, sizeof(buf), "%d\n", tids[i]);
		if (write(fd, buf, len) < 0 && errno != ESRCH)
			break;
	}
	t1 = now_ns();
	close(fd);
	return i == n ? (int64_t)(t1 - t0) : -errno;
}

static void bench_write(void)
{
	uint64_t *v = calloc(reps + 3, sizeof(*v));
	uint64_t *w = calloc(reps + 3, sizeof(*w));
	pid_t *tids = calloc(maxthreads, sizeof(*tids));
	uint64_t t0, t1;
	int nthreads, i, n;
	char x[16];
	int64_t t;
	pid_t pid;

	for (nthreads = 1; nthreads <= maxthreads; nthreads *= 10) {
		snprintf(x, sizeof(x), "%d", nthreads);
		t0 = now_ns();
		pid = fork_child(nthreads, NULL, NULL);
		t1 = now_ns();
		if (pid < 0)
			break;
		v[0] = t1 - t0;
		report("write", "linux", x, "spawn", v, 1, "ns");
		move(0, pid);
		move(1, pid);
		for (i = 0, n = 0; i < reps; i++) {
			t = move(i, pid);
			if (t < 0) {
				printf("# linux: procs write: %s\n",
				       strerror((int)-t));
				break;
			}
			v[n] = t;
			w[n++] = t / nthreads;
		}
		report("write", "linux", x, "procs", v, n, "ns");
		report("write", "linux", x, "procs_per_thread", w, n, "ns");

		n = tids_of(pid, tids, nthreads);
		for (i = 0; i < (nthreads >= 10000 ? 3 : reps); i++) {
			t = move_oldway(i, tids, n);
			if (t < 0)
				break;
			v[i] = t;
			w[i] = t / nthreads;
		}
		report("write", "linux", x, "tasks_oldway", v, i, "ns");
		report("write", "linux", x, "tasks_oldway_per_thread", w, i,
		       "ns");
		kill_child(pid);
	}
	free(tids);
	free(w);
	free(v);
}

/* ------------------------------------------------------------------ */
/* 2. Lone writes */

static void bench_lone(void)
{
	uint64_t *v = calloc(reps, sizeof(*v));
	pid_t pid = fork_child(10, NULL, NULL);
	int i, n = 0;
	int64_t t;

	if (pid < 0)
		return;
	move(1, pid);
	for (i = 0; i < reps; i++) {
		sleep_ms(lone_ms);
		t = move(i, pid);
		if (t >= 0)
			v[n++] = t;
	}
	report("lone", "linux", "10", "procs", v, n, "ns");
	kill_child(pid);
	free(v);
}

/* ------------------------------------------------------------------ */
/* 3. Fork cost of the lock */

struct writer {
	pthread_t thread;
	pid_t pid;		/* 0: only burn CPU (the control) */
	atomic_int stop;
	atomic_long writes;
};

/* The writers' array: a writer's index is its CPU's */
static struct writer *writers_base;

/*
 * Writers and burners run on the CPUs after the forker's (CPU 0), as in
 * the hosted kernel: the same placement on both sides, chosen by us and
 * not by the host's scheduler.
 */
static void *writer_fn(void *arg)
{
	struct writer *w = arg;
	long ncpus = sysconf(_SC_NPROCESSORS_ONLN);
	int k = 0;

	pin_self(ncpus > 1 ? 1 + (int)(w - writers_base) % (ncpus - 1) : 0);

	while (!atomic_load_explicit(&w->stop, memory_order_relaxed)) {
		if (!w->pid)
			continue;	/* the control: only burn the CPU */
		if (move(k++, w->pid) >= 0)
			atomic_fetch_add_explicit(&w->writes, 1,
						  memory_order_relaxed);
	}
	return NULL;
}

static void writers_start(struct writer *w, pid_t pid)
{
	int i;

	writers_base = w;
	for (i = 0; i < nwriters; i++) {
		w[i].pid = pid;
		atomic_store(&w[i].stop, 0);
		atomic_store(&w[i].writes, 0);
		pthread_create(&w[i].thread, NULL, writer_fn, &w[i]);
	}
}

static long writers_stop(struct writer *w)
{
	long writes = 0;
	int i;

	for (i = 0; i < nwriters; i++) {
		atomic_store(&w[i].stop, 1);
		pthread_join(w[i].thread, NULL);
		writes += atomic_load(&w[i].writes);
	}
	return writes;
}

/* Forks per second of wall time; in *@cpu, per second of its CPU time. */
static uint64_t fork_window(struct forker_shm *s, uint64_t *cpu)
{
	long c0, c1, k0, k1;
	uint64_t t0, t1, n0, n1;

	forker_sample(s, &k0, &n0);
	c0 = atomic_load(&s->count);
	t0 = now_ns();
	sleep_ms(window_ms);
	c1 = atomic_load(&s->count);
	t1 = now_ns();
	forker_sample(s, &k1, &n1);
	*cpu = n1 > n0 ? (uint64_t)(k1 - k0) * 1000000000ULL / (n1 - n0) : 0;
	return (uint64_t)(c1 - c0) * 1000000000ULL / (t1 - t0);
}

/*
 * The phases of one run, in the hosted kernel's order (usr/cgroup_bench.c):
 * who the writers move (NOBODY: no writers; 0: CPU burners) and where the
 * forker sits: in the bench's parent cgroup, a cgroup of its own, except
 * in "same", where it is the process moved, and in "beside", where it
 * sits in a while the other process is moved between a and b.
 */
enum { PH_ALONE, PH_BUSY, PH_OTHER, PH_SAME, PH_BESIDE, NR_PHASES };
#define NOBODY	(-1)

static const char *const phase_name[NR_PHASES] = {
	"alone", "busy", "other", "same", "beside",
};

/* One phase's samples, one per run (as struct bench_phase_samples). */
struct phase_samples {
	uint64_t *rate, *cpu, *to_alone, *to_busy, *cpu_to_busy;
};

static uint64_t permille(uint64_t a, uint64_t b)
{
	return a * 1000 / (b ? b : 1);
}

static void bench_fork(void)
{
	struct phase_samples p[NR_PHASES];
	uint64_t *wr = calloc(NR_PHASES * reps, 8);
	struct writer *w = calloc(nwriters, sizeof(*w));
	char root_procs[128];
	struct forker_shm *s;
	pid_t fpid, mpid, target;
	int i, ph, nw = 0, ok = wr && w;
	uint64_t t0;

	for (ph = 0; ph < NR_PHASES; ph++) {
		p[ph].rate = calloc(reps, 8);
		p[ph].cpu = calloc(reps, 8);
		p[ph].to_alone = calloc(reps, 8);
		p[ph].to_busy = calloc(reps, 8);
		p[ph].cpu_to_busy = calloc(reps, 8);
		ok = ok && p[ph].rate && p[ph].cpu && p[ph].to_alone &&
		     p[ph].to_busy && p[ph].cpu_to_busy;
	}
	s = mmap(NULL, sizeof(*s), PROT_READ | PROT_WRITE,
		 MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (!ok || s == MAP_FAILED)
		goto out_free;
	fpid = fork_child(1, forker_body, s);
	mpid = fork_child(moved_threads, NULL, NULL);
	if (fpid < 0 || mpid < 0)
		goto out;
	snprintf(root_procs, sizeof(root_procs), "%s/cgroup.procs", cg_root);
	sleep_ms(50);
	for (i = 0; i < reps; i++) {
		for (ph = 0; ph < NR_PHASES; ph++) {
			target = ph == PH_ALONE ? NOBODY :
				 ph == PH_BUSY ? 0 :
				 ph == PH_SAME ? fpid : mpid;
			if ((ph == PH_BESIDE && move(0, fpid) < 0) ||
			    (ph != PH_BESIDE && ph != PH_SAME &&
			     write_pid(root_procs, fpid) < 0))
				goto out;
			if (target != NOBODY) {
				writers_start(w, target);
				sleep_ms(20);
			}
			t0 = now_ns();
			p[ph].rate[i] = fork_window(s, &p[ph].cpu[i]);
			if (target == NOBODY)
				continue;
			if (target)
				wr[nw++] = writers_stop(w) * 1000000000ULL /
					   (now_ns() - t0);
			else
				writers_stop(w);
		}
		for (ph = 0; ph < NR_PHASES; ph++) {
			p[ph].to_alone[i] = permille(p[ph].rate[i],
						     p[PH_ALONE].rate[i]);
			/* against the control: the same CPUs, no cgroup work */
			p[ph].to_busy[i] = permille(p[ph].rate[i],
						    p[PH_BUSY].rate[i]);
			p[ph].cpu_to_busy[i] = permille(p[ph].cpu[i],
							p[PH_BUSY].cpu[i]);
		}
	}
	for (ph = 0; ph < NR_PHASES; ph++) {
		report("fork", "linux", phase_name[ph], "forks_per_s",
		       p[ph].rate, reps, "1/s");
		report("fork", "linux", phase_name[ph], "forks_per_cpu_s",
		       p[ph].cpu, reps, "1/s");
		if (ph != PH_ALONE)
			report("fork", "linux", phase_name[ph],
			       "ratio_to_alone", p[ph].to_alone, reps,
			       "permille");
		if (ph >= PH_OTHER) {
			report("fork", "linux", phase_name[ph],
			       "ratio_to_busy", p[ph].to_busy, reps,
			       "permille");
			report("fork", "linux", phase_name[ph],
			       "cpu_ratio_to_busy", p[ph].cpu_to_busy, reps,
			       "permille");
		}
	}
	report("fork", "linux", "writers", "writes_per_s", wr, nw, "1/s");
out:
	atomic_store(&s->stop, 1);
	kill_child(mpid);
	kill_child(fpid);
	munmap(s, sizeof(*s));
out_free:
	for (ph = 0; ph < NR_PHASES; ph++) {
		free(p[ph].cpu_to_busy);
		free(p[ph].to_busy);
		free(p[ph].to_alone);
		free(p[ph].cpu);
		free(p[ph].rate);
	}
	free(w);
	free(wr);
}

/* ------------------------------------------------------------------ */
/* 4. Writer tail latency under a fork storm */

static void bench_storm(void)
{
	uint64_t *lat = calloc(MAX_SAMPLES, 8);
	uint64_t *p50 = calloc(reps, 8), *p99 = calloc(reps, 8);
	uint64_t *pmax = calloc(reps, 8);
	struct forker_shm *s;
	pid_t churn[16];
	int st, i, j, n, nchurn;
	uint64_t end;
	int64_t t;
	pid_t pid;

	s = mmap(NULL, sizeof(*s), PROT_READ | PROT_WRITE,
		 MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (s == MAP_FAILED)
		return;
	for (st = 0; st < 2; st++) {
		const char *x = st ? "storm" : "quiet";

		for (i = 0; i < reps; i++) {
			nchurn = 0;
			pid = fork_child(10, NULL, NULL);
			for (j = 0; st && j < storm_procs && j < 16; j++) {
				churn[j] = fork_child(8, forker_body, s);
				if (churn[j] > 0)
					nchurn++;
			}
			sleep_ms(50);
			end = now_ns() + (uint64_t)storm_ms * 1000000ULL;
			for (n = 0; n < MAX_SAMPLES && now_ns() < end;) {
				t = move(n, pid);
				if (t < 0)
					break;
				lat[n++] = t;
			}
			if (n) {
				qsort(lat, n, 8, cmp_u64);
				p50[i] = lat[n / 2];
				p99[i] = lat[(uint64_t)n * 99 / 100];
				pmax[i] = lat[n - 1];
			}
			printf("# storm: run %d (%s): %d writes, %d forking processes\n",
			       i, x, n, nchurn);
			for (j = 0; j < nchurn; j++)
				kill_child(churn[j]);
			kill_child(pid);
		}
		report("storm", "linux", x, "p50", p50, reps, "ns");
		report("storm", "linux", x, "p99", p99, reps, "ns");
		report("storm", "linux", x, "max", pmax, reps, "ns");
	}
	munmap(s, sizeof(*s));
	free(pmax);
	free(p99);
	free(p50);
	free(lat);
}

/* ------------------------------------------------------------------ */
/* fuse: the hosted kernel's cgroup.procs through its FUSE mount */

static int fuse_writes(int argc, char **argv)
{
	int nreps = atoi(argv[3]), i, a, n;
	uint64_t *v = calloc(nreps, 8), *w = calloc(nreps, 8);
	char x[16], pathbuf[2][512];

	for (a = 0; a < 2; a++)
		snprintf(pathbuf[a], sizeof(pathbuf[a]), "%s/%c/cgroup.procs",
			 argv[2], 'a' + a);
	for (a = 4; a < argc; a++) {
		long nthreads = strtol(argv[a], NULL, 10);
		pid_t pid = atoi(strchr(argv[a], ':') + 1);
		int64_t t;

		snprintf(x, sizeof(x), "%ld", nthreads);
		write_pid(pathbuf[0], pid);
		write_pid(pathbuf[1], pid);
		for (i = 0, n = 0; i < nreps; i++) {
			t = write_pid(pathbuf[i & 1], pid);
			if (t < 0) {
				printf("# fuse: write %s: %s\n", pathbuf[i & 1],
				       strerror((int)-t));
				break;
			}
			v[n] = t;
			w[n++] = t / nthreads;
		}
		report("write", "hosted-fuse", x, "procs", v, n, "ns");
		report("write", "hosted-fuse", x, "procs_per_thread", w, n,
		       "ns");
	}
	free(w);
	free(v);
	return 0;
}

/* ------------------------------------------------------------------ */
/* ipi: the cost of a membarrier(2) IPI to the CPU that takes it */

#define IPI_WINDOW_NS	200000000ULL
#define IPI_RATE	20000
#define IPI_GAP_NS	500

struct ipi_sender {
	atomic_int on;		/* send while set */
	atomic_int stop;
	atomic_long sent;	/* membarrier(2) calls so far */
};

static void *ipi_sender_fn(void *arg)
{
	struct ipi_sender *s = arg;
	uint64_t next = now_ns();

	pin_self(1);
	while (!atomic_load(&s->stop)) {
		if (!atomic_load(&s->on)) {
			next = now_ns();
			continue;
		}
		syscall(__NR_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0);
		atomic_fetch_add(&s->sent, 1);
		next += 1000000000ULL / IPI_RATE;
		while (now_ns() < next && !atomic_load(&s->stop))
			;
	}
	return NULL;
}

/* Spin on CPU 0 for one window; return the ns spent in gaps, and @len. */
static uint64_t ipi_window(uint64_t *len)
{
	uint64_t start = now_ns(), prev = start, t, lost = 0;

	do {
		t = now_ns();
		if (t - prev > IPI_GAP_NS)
			lost += t - prev;
		prev = t;
	} while (t - start < IPI_WINDOW_NS);
	*len = t - start;
	return lost;
}

static int ipi_cost(int argc, char **argv)
{
	int nreps = argc > 2 ? atoi(argv[2]) : 5, i, n = 0;
	struct ipi_sender s = { 0 };
	uint64_t *v, lost_off, lost_on, len_off, len_on;
	long sent;
	pthread_t t;

	if (sysconf(_SC_NPROCESSORS_ONLN) < 2) {
		report_missing("machine", "one CPU");
		return 0;
	}
	if (syscall(__NR_membarrier,
		    MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0)) {
		report_missing("machine", "no membarrier(2)");
		return 0;
	}
	v = calloc(nreps > 0 ? nreps : 1, sizeof(*v));
	if (!v)
		return 1;
	pin_self(0);
	if (pthread_create(&t, NULL, ipi_sender_fn, &s)) {
		free(v);
		return 1;
	}
	for (i = 0; i < nreps; i++) {
		lost_off = ipi_window(&len_off);
		sent = atomic_load(&s.sent);
		atomic_store(&s.on, 1);
		lost_on = ipi_window(&len_on);
		atomic_store(&s.on, 0);
		sent = atomic_load(&s.sent) - sent;
		lost_off = lost_off * len_on / len_off;
		if (sent > 0)
			v[n++] = lost_on > lost_off ?
				 (lost_on - lost_off) / sent : 0;
	}
	atomic_store(&s.stop, 1);
	pthread_join(t, NULL);
	report("machine", "linux", "membarrier", "ipi_cost", v, n, "ns");
	free(v);
	return 0;
}

static const struct {
	const char *name;
	int *val;
} params[] = {
	{ "maxthreads", &maxthreads }, { "reps", &reps },
	{ "lone_ms", &lone_ms }, { "window_ms", &window_ms },
	{ "nwriters", &nwriters }, { "moved_threads", &moved_threads },
	{ "storm_procs", &storm_procs }, { "storm_ms", &storm_ms },
	{ NULL, NULL }
};

int main(int argc, char **argv)
{
	const typeof(params[0]) *p;
	const char *why;
	int i;

	setvbuf(stdout, NULL, _IOLBF, 0);
	pthread_attr_init(&small_stack);
	pthread_attr_setstacksize(&small_stack, STACK_SIZE);
	if (argc >= 4 && !strcmp(argv[1], "fuse"))
		return fuse_writes(argc, argv);
	if (argc >= 2 && !strcmp(argv[1], "ipi"))
		return ipi_cost(argc, argv);
	if (argc < 2 || strcmp(argv[1], "linux")) {
		fprintf(stderr,
			"usage: %s linux [param=value...] | fuse DIR REPS N:PID... | ipi [REPS]\n",
			argv[0]);
		return 2;
	}
	for (i = 2; i < argc; i++) {
		char *val = strchr(argv[i], '=');

		if (!val)
			continue;
		*val++ = '\0';
		if (!strcmp(argv[i], "what")) {
			what = val;
			continue;
		}
		for (p = params; p->name; p++)
			if (!strcmp(argv[i], p->name))
				*p->val = atoi(val);
	}
	if (reps < 1 || nwriters < 1 || maxthreads < 1)
		return 2;

	why = setup_cgroups();
	if (why) {
		cleanup();
		if (wants("write"))
			report_missing("write", why);
		if (wants("lone"))
			report_missing("lone", why);
		if (wants("fork"))
			report_missing("fork", why);
		if (wants("storm"))
			report_missing("storm", why);
		return 0;
	}
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
	signal(SIGHUP, on_signal);
	printf("# linux: %s, cgroups %s/{a,b}\n", CPU_HIER, cg_root);
	if (wants("write"))
		bench_write();
	if (wants("lone"))
		bench_lone();
	if (wants("fork"))
		bench_fork();
	if (wants("storm"))
		bench_storm();
	cleanup();
	printf("# linux: done\n");
	return 0;
}
