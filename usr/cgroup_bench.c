// SPDX-License-Identifier: GPL-2.0
/*
 * cgroup_bench.c - the benchmarks of the per-process threadgroup fork
 * lock (Documentation/cgroups/benchmarks.txt), run as the first program:
 *
 *	./vmlinux pid_max=262144 bench[=WHAT] [param=value...]
 *
 * WHAT is a comma-separated list of scenarios (default: all of them):
 *  write  one cgroup.procs write of a process with N = 1, 10, ...,
 *	   maxthreads threads, timed around write(2) in the kernel, and
 *	   through the console's interpreter (`sh -c 'echo PID > FILE'`),
 *	   against the old way (one tasks write per thread); the peak of
 *	   kernel memory during the move;
 *  lone   writes spaced lone_ms apart;
 *  fork   CLONE_THREAD fork+exit throughput of one process alone, next
 *	   to as many CPU-burning threads as there are writers (the
 *	   control: the CPUs are shared), while writers move another
 *	   process, while writers move the same process; and the cost of
 *	   the read side alone.  The forker runs on host CPU 0, writer or
 *	   burner i on CPU 1 + i (pin=0: where the host puts them);
 *  storm  the writer's latency (p50, p99, max) while other processes
 *	   fork and exit threads without pause, and without them;
 *  serve  for the FUSE measurement: spawn one process of each size,
 *	   print their pids, wait for a line on the console, clean up.
 *
 * Results go to the console (stdout), one line each:
 *	csv,SCENARIO,IMPL,X,METRIC,MEDIAN,MIN,MAX,UNIT,RUNS
 * and tools/testing/bench/run.sh turns them into tables and plots.
 * Times come from the host's monotonic clock (ktime_get_ns()).  Without
 * CONFIG_CGROUPS only the fork scenario runs (the "nocg" baseline).
 *
 * The program is always built: it costs nothing until it is run, and the
 * normal build (so `make check`) keeps it compiling in both configs.
 *
 * Locks taken and their ordering: none of its own.  The fork scenario's
 * read-side measurement takes current->signal->threadgroup_fork_lock for
 * read, alone.
 */
#define MODULE_PARAM_PREFIX "cgroup_bench."

#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/atomic.h>
#include <linux/spinlock.h>
#include <linux/delay.h>
#include <linux/ktime.h>
#include <linux/sort.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/syscalls.h>
#include <linux/kthread.h>
#include <linux/fs.h>
#include <linux/fcntl.h>
#include <linux/spawn.h>
#include <linux/rcupdate.h>
#include <linux/moduleparam.h>
#include <linux/torture.h>
#include <linux/pid_namespace.h>
#include <linux/cpumask.h>
#include <linux/lockdep.h>
#include <linux/lock_stat.h>
#include <host_ops.h>

torture_param(int, minthreads, 1, "smallest group size");
torture_param(int, maxthreads, 100000, "largest group size (powers of ten from minthreads)");
torture_param(int, reps, 5, "repeated runs of each measurement");
torture_param(int, oldway_max, 100000, "largest group moved the old way (tasks)");
torture_param(int, lone_ms, 100, "spacing of the lone writes (ms)");
torture_param(int, window_ms, 300, "length of one fork-throughput window (ms)");
torture_param(int, nwriters, 1, "writer threads in the fork scenario");
torture_param(int, fork_phases, 31, "fork phases run: 1 alone, 2 busy, 4 other, 8 same, 16 beside");
torture_param(int, moved_threads, 4, "threads of the process moved in the fork scenario");
torture_param(int, storm_procs, 2, "forking processes in the storm");
torture_param(int, storm_threads, 8, "threads of each forking process");
torture_param(int, storm_ms, 1000, "length of one storm run (ms)");
torture_param(int, lock_loops, 1000000, "read-lock pairs timed");
torture_param(bool, console, true, "also time the writes through the console");
torture_param(bool, pin, true, "fork scenario: forker on host CPU 0, writer/burner i on CPU 1+i");

#define BENCH_MNT	"/dev/bench"
#define BENCH_OPTS	"none,name=bench"
#define BENCH_MAX_SAMPLES 200000

static const char *const bench_cg[2] = { BENCH_MNT "/a", BENCH_MNT "/b" };

/* ------------------------------------------------------------------ */
/* Output */

static __printf(1, 2) void bench_out(const char *fmt, ...)
{
	char buf[256];
	va_list ap;
	int len;

	va_start(ap, fmt);
	len = vscnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	host_ops.console_write(buf, len);
}

static int bench_cmp_u64(const void *a, const void *b)
{
	u64 x = *(const u64 *)a, y = *(const u64 *)b;

	return x < y ? -1 : x > y;
}

/* Sort @v and print its median, min and max as one csv line. */
static void bench_report(const char *scen, const char *impl, const char *x,
			 const char *metric, u64 *v, unsigned int n,
			 const char *unit)
{
	u64 med;

	if (!n)
		return;
	sort(v, n, sizeof(*v), bench_cmp_u64, NULL);
	med = n & 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
	bench_out("csv,%s,%s,%s,%s,%llu,%llu,%llu,%s,%u\n", scen, impl, x,
		  metric, med, v[0], v[n - 1], unit, n);
}

static void bench_missing(const char *scen, const char *why)
{
	bench_out("csv,%s,hosted,-,missing,0,0,0,%s,0\n", scen, why);
}

/* ------------------------------------------------------------------ */
/* What user space would do */

/* Write "@pid\n" to @path with one write(2).  Return: ns, or -errno. */
static s64 bench_write_pid(const char *path, pid_t pid)
{
	char buf[24];
	long fd, ret;
	u64 t0, t1;
	int len;

	fd = ksys_open(path, O_WRONLY, 0);
	if (fd < 0)
		return fd;
	len = snprintf(buf, sizeof(buf), "%d\n", pid);
	t0 = ktime_get_ns();
	ret = ksys_write(fd, buf, len);
	t1 = ktime_get_ns();
	ksys_close(fd);
	if (ret < 0)
		return ret;
	return ret == len ? (s64)(t1 - t0) : -EIO;
}

/* The same through the console: sh -c 'echo PID > FILE'.  Return: ns. */
static s64 bench_console_write(const char *path, pid_t pid)
{
	const struct user_program *sh = find_user_program("sh");
	char name[] = "sh", opt[] = "-c", cmd[128];
	char *argv[4];
	u64 t0, t1;
	int ret;

	if (!sh)
		return -ENOENT;
	snprintf(cmd, sizeof(cmd), "echo %d > %s/cgroup.procs", pid, path);
	argv[0] = name;
	argv[1] = opt;
	argv[2] = cmd;
	argv[3] = NULL;
	t0 = ktime_get_ns();
	ret = sh->main(3, argv);
	t1 = ktime_get_ns();
	return ret ? -EIO : (s64)(t1 - t0);
}

/* Not inlined: run.sh counts its instructions with callgrind. */
static noinline s64 bench_move(int k, pid_t pid)
{
	char path[64];

	snprintf(path, sizeof(path), "%s/cgroup.procs", bench_cg[k & 1]);
	return bench_write_pid(path, pid);
}

static void bench_kill(pid_t pid)
{
	int status;

	if (pid <= 0)
		return;
	ksys_kill(pid, SIGKILL);
	kernel_wait4(pid, &status, __WALL);
}

/* The tids of process @pid, at most @max, into @tids.  Return: count. */
static unsigned int bench_tids(pid_t pid, pid_t *tids, unsigned int max)
{
	struct task_struct *p, *t;
	unsigned int n = 0;

	rcu_read_lock();
	p = find_task_by_vpid(pid);
	if (p) {
		for_each_thread(p, t) {
			if (n == max)
				break;
			tids[n++] = task_pid_nr(t);
		}
	}
	rcu_read_unlock();
	return n;
}

/*
 * The control for the growth of a move: walk the thread list of @pid
 * once, reading what a move reads first of every thread (its pid and its
 * css_set pointer).  Return: ns.
 */
static noinline s64 bench_walk(pid_t pid)
{
	struct task_struct *p, *t;
	unsigned long sum = 0;
	u64 t0, t1;

	rcu_read_lock();
	t0 = ktime_get_ns();
	p = find_task_by_vpid(pid);
	if (p) {
		for_each_thread(p, t) {
			sum += READ_ONCE(t->pid);
#ifdef CONFIG_CGROUPS
			sum += (unsigned long)rcu_access_pointer(t->cgroups);
#endif
		}
	}
	t1 = ktime_get_ns();
	rcu_read_unlock();
	return sum ? (s64)(t1 - t0) : -ESRCH;
}

/* The old way: one tasks write per thread, one open.  Return: ns. */
static s64 bench_move_oldway(int k, const pid_t *tids, unsigned int n)
{
	char path[64], buf[24];
	u64 t0, t1;
	long fd, ret;
	unsigned int i;
	int len;

	snprintf(path, sizeof(path), "%s/tasks", bench_cg[k & 1]);
	fd = ksys_open(path, O_WRONLY, 0);
	if (fd < 0)
		return fd;
	t0 = ktime_get_ns();
	for (i = 0; i < n; i++) {
		len = snprintf(buf, sizeof(buf), "%d\n", tids[i]);
		ret = ksys_write(fd, buf, len);
		if (ret < 0 && ret != -ESRCH)
			break;
	}
	t1 = ktime_get_ns();
	ksys_close(fd);
	return i == n ? (s64)(t1 - t0) : ret;
}

/* ------------------------------------------------------------------ */
/* Set-up */

static int bench_setup(void)
{
	long ret;
	int k;

	ret = ksys_mkdir(BENCH_MNT, 0755);
	if (ret && ret != -EEXIST)
		return ret;
	ret = ksys_mount("none", BENCH_MNT, "cgroup", 0, (void *)BENCH_OPTS);
	if (ret)
		goto out_rmdir;
	for (k = 0; k < 2; k++) {
		ret = ksys_mkdir(bench_cg[k], 0755);
		if (ret)
			goto out_umount;
	}
	return 0;

out_umount:
	while (--k >= 0)
		ksys_rmdir(bench_cg[k]);
	ksys_umount(BENCH_MNT, 0);
out_rmdir:
	ksys_rmdir(BENCH_MNT);
	return ret;
}

static void bench_teardown(void)
{
	int k;

	for (k = 0; k < 2; k++)
		ksys_rmdir(bench_cg[k]);
	ksys_umount(BENCH_MNT, 0);
	ksys_rmdir(BENCH_MNT);
}

static u64 *bench_samples(unsigned int n)
{
	return kcalloc(n, sizeof(u64), GFP_KERNEL);
}

/* ------------------------------------------------------------------ */
/* 1. Write latency against group size */

static void bench_one_size(unsigned int nthreads, u64 *v, u64 *w,
			   pid_t *tids)
{
	char x[16];
	unsigned int i, n, runs;
	long base, peak;
	u64 t0, t1;
	pid_t pid;
	s64 t;

	snprintf(x, sizeof(x), "%u", nthreads);
	/*
	 * The threads of the size before are freed two grace periods after
	 * their exit (release_task(), then the last put): frees that landed
	 * during the spawn would count against it.
	 */
	rcu_quiesce();
	base = host_ops.mem_bytes();
	t0 = ktime_get_ns();
	pid = spawn_process(current, nthreads, false);
	t1 = ktime_get_ns();
	if (pid < 0) {
		bench_out("# write: spawning %u threads: %d\n", nthreads, pid);
		return;
	}
	v[0] = t1 - t0;
	bench_report("write", "hosted", x, "spawn", v, 1, "ns");
	/* what one thread occupies: the working set a move walks */
	v[0] = max(host_ops.mem_bytes() - base, 0L) / nthreads;
	bench_report("write", "hosted", x, "bytes_per_thread", v, 1, "bytes");

	/* warm up (first attach allocates the css_sets), then measure */
	bench_move(0, pid);
	bench_move(1, pid);
	for (i = 0, n = 0; i < reps; i++) {
		t = bench_move(i, pid);
		if (t < 0) {
			bench_out("# write: procs write: %lld\n", t);
			goto out_kill;
		}
		v[n] = t;
		w[n++] = t / nthreads;
	}
	bench_report("write", "hosted", x, "procs", v, n, "ns");
	bench_report("write", "hosted", x, "procs_per_thread", w, n, "ns");
	for (i = 0, n = 0; i < reps; i++) {
		t = bench_walk(pid);
		if (t >= 0)
			w[n++] = t / nthreads;
	}
	bench_report("write", "hosted", x, "walk_per_thread", w, n, "ns");

	/* peak kernel memory of one move, above what was live before it */
	rcu_barrier();
	base = host_ops.mem_bytes();
	host_ops.mem_peak_bytes(1);
	bench_move(n, pid);
	peak = host_ops.mem_peak_bytes(0);
	v[0] = peak > base ? peak - base : 0;
	w[0] = v[0] / nthreads;
	bench_report("write", "hosted", x, "peak_bytes", v, 1, "bytes");
	bench_report("write", "hosted", x, "peak_bytes_per_thread", w, 1,
		     "bytes");

	if (console) {
		for (i = 0, n = 0; i < reps; i++) {
			t = bench_console_write(bench_cg[i & 1], pid);
			if (t >= 0)
				v[n++] = t;
		}
		bench_report("write", "hosted-console", x, "procs", v, n, "ns");
	}

	if (nthreads <= oldway_max) {
		n = bench_tids(pid, tids, nthreads);
		runs = nthreads >= 10000 ? min(reps, 3) : reps;
		for (i = 0; i < runs; i++) {
			t = bench_move_oldway(i, tids, n);
			if (t < 0) {
				bench_out("# write: tasks write: %lld\n", t);
				break;
			}
			v[i] = t;
			w[i] = t / nthreads;
		}
		bench_report("write", "hosted", x, "tasks_oldway", v, i, "ns");
		bench_report("write", "hosted", x, "tasks_oldway_per_thread",
			     w, i, "ns");
	}
out_kill:
	bench_kill(pid);
}

static void bench_write_sizes(void)
{
	pid_t *tids = kcalloc(maxthreads, sizeof(*tids), GFP_KERNEL);
	u64 *v = bench_samples(max(reps, 3));
	u64 *w = bench_samples(max(reps, 3));
	unsigned int nthreads;

	if (tids && v && w)
		for (nthreads = minthreads; nthreads <= maxthreads;
		     nthreads *= 10)
			bench_one_size(nthreads, v, w, tids);
	kfree(w);
	kfree(v);
	kfree(tids);
}

/* ------------------------------------------------------------------ */
/* 2. Lone writes */

static void bench_lone(void)
{
	u64 *v = bench_samples(reps);
	unsigned int i, n = 0;
	pid_t pid;
	s64 t;

	pid = spawn_process(current, 10, false);
	if (!v || pid < 0)
		goto out;
	bench_move(1, pid);
	for (i = 0; i < reps; i++) {
		msleep(lone_ms);
		t = bench_move(i, pid);
		if (t >= 0)
			v[n++] = t;
	}
	bench_report("lone", "hosted", "10", "procs", v, n, "ns");
out:
	bench_kill(pid);
	kfree(v);
}

/* ------------------------------------------------------------------ */
/* 3. Fork cost of the lock */

/**
 * struct bench_forker - the host thread forking and ending threads of
 *	one process, as fast as it can
 * @leader: the process's leader, referenced
 * @count: fork+exit pairs done (atomic)
 * @errors: failed forks (atomic)
 * @stop: set to end the loop (atomic)
 * @lock: protects @cpu_count and @cpu_ns
 * @cpu_count: @count when the forker last read its CPU time
 * @cpu_ns: that CPU time of the forker's host thread
 * @ls: with CONFIG_LOCK_STAT, the forker's own lock acquisitions and
 *	waits (lock_stat_thread_attach())
 */
struct bench_forker {
	struct task_struct *leader;
	atomic_long_t count;
	atomic_long_t errors;
	atomic_t stop;
	spinlock_t lock;		/* protects cpu_count and cpu_ns */
	long cpu_count;
	u64 cpu_ns;
#ifdef CONFIG_LOCK_STAT
	struct lock_stat_thread ls;
#endif
};

static long bench_clone_fn(void *arg)
{
	struct kernel_clone_args args = {
		.flags = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND |
			 CLONE_THREAD,
	};
	struct task_struct **child = arg;
	struct task_struct *p = copy_process(&args);

	if (IS_ERR(p))
		return PTR_ERR(p);
	*child = p;
	return 0;
}

static long bench_exit_fn(void *arg)
{
	return ksys_exit(0);
}

/* Publish the forker's CPU time with its count, every 64 pairs. */
static void bench_forker_cpu(struct bench_forker *f, long count)
{
	u64 ns = host_ops.thread_cpu_ns();

	spin_lock(&f->lock);
	f->cpu_count = count;
	f->cpu_ns = ns;
	spin_unlock(&f->lock);
}

/*
 * Pin the calling host thread to host CPU @cpu (modulo the host's), if
 * asked: the fork scenario measures the kernel, not where the host's
 * scheduler puts a lone forker or a writer.
 */
static void bench_pin(int cpu)
{
	int ret;

	if (!pin)
		return;
	ret = host_ops.thread_pin_cpu(cpu);
	if (ret)
		bench_out("# fork: cannot pin to CPU %d: %d\n", cpu, ret);
}

static void bench_forker_fn(void *arg)
{
	struct bench_forker *f = arg;
	struct task_struct *child;

	bench_pin(0);
#ifdef CONFIG_LOCK_STAT
	lock_stat_thread_attach(&f->ls);
#endif
	while (!atomic_read(&f->stop)) {
		long count = atomic_long_read(&f->count);

		if (!(count & 63))
			bench_forker_cpu(f, count);
		if (task_call(f->leader, bench_clone_fn, &child)) {
			atomic_long_inc(&f->errors);
			host_ops.sleep_ns(10000);
			continue;
		}
		task_call(child, bench_exit_fn, NULL);
		put_task_struct(child);
		atomic_long_inc(&f->count);
	}
#ifdef CONFIG_LOCK_STAT
	lock_stat_thread_detach();
#endif
}

struct bench_writer {
	pid_t pid;
	int cpu;
	atomic_long_t writes;
	struct task_struct *task;
};

static int bench_writer_fn(void *arg)
{
	struct bench_writer *w = arg;
	int k = 0;

	bench_pin(w->cpu);
	while (!kthread_should_stop()) {
		if (!w->pid)		/* the control: only burn the CPU */
			host_ops.cpu_relax();
		else if (bench_move(k++, w->pid) >= 0)
			atomic_long_inc(&w->writes);
	}
	return 0;
}

/* Start nwriters writers moving @pid; 0 or -errno. */
static int bench_writers_start(struct bench_writer *w, pid_t pid)
{
	struct task_struct *t;
	int i;

	for (i = 0; i < nwriters; i++) {
		w[i].pid = pid;
		w[i].cpu = 1 + i;
		atomic_long_set(&w[i].writes, 0);
		t = kthread_run(bench_writer_fn, &w[i], "bench_writer/%d", i);
		if (IS_ERR(t)) {
			w[i].task = NULL;
			return PTR_ERR(t);
		}
		w[i].task = get_task_struct(t);
	}
	return 0;
}

static long bench_writers_stop(struct bench_writer *w)
{
	long writes = 0;
	int i;

	for (i = 0; i < nwriters; i++) {
		if (!w[i].task)
			continue;
		kthread_stop(w[i].task);
		put_task_struct(w[i].task);
		w[i].task = NULL;
		writes += atomic_long_read(&w[i].writes);
	}
	return writes;
}

static void bench_forker_sample(struct bench_forker *f, long *count,
				u64 *ns)
{
	spin_lock(&f->lock);
	*count = f->cpu_count;
	*ns = f->cpu_ns;
	spin_unlock(&f->lock);
}

/**
 * struct bench_lockstat - what lock_stat says of one fork window
 * @acq: the forker's lock acquisitions per fork+exit (x1000)
 * @ppm: of those, the ones that found the lock held and waited, per
 *	million acquisitions
 * @wait: the forker's wait per fork+exit, ns (x1000)
 */
struct bench_lockstat {
	u64 *acq;
	u64 *ppm;
	u64 *wait;
};

#ifdef CONFIG_LOCK_STAT
/*
 * The forker's waits of one window, per class, with the call sites of
 * the holders it waited for (the contending points of the class, which
 * lock_stat_clear() at the window's start limited to this window).
 */
static void bench_lockstat_classes(const char *phase, unsigned int run,
				   const struct lock_stat_thread *a,
				   const struct lock_stat_thread *b)
{
	struct lock_class_stats cs;
	unsigned long n;
	const char *name;
	int i, j, k;

	for (i = 0; i < LOCK_STAT_THREAD_CLASSES; i++) {
		if (!b->classes[i].class_idx)
			continue;
		n = b->classes[i].contentions;
		for (j = 0; j < LOCK_STAT_THREAD_CLASSES; j++)
			if (a->classes[j].class_idx == b->classes[i].class_idx)
				n -= a->classes[j].contentions;
		if (!n)
			continue;
		name = lockdep_class_name(b->classes[i].class_idx);
		bench_out("# lockstat: %s run %u: the forker waited %lu times for %s; its holders:",
			  phase, run, n, name);
		if (lock_stat_read_by_name(name, &cs))
			for (k = 0; k < LOCKSTAT_POINTS; k++)
				if (cs.contending_point[k])
					bench_out(" %s (%lu)",
						  cs.contending_point[k],
						  cs.contending_count[k]);
		bench_out("\n");
	}
}
#endif

/*
 * Forks per second of @f over one window, of wall time, and in *@cpu of
 * the forker's own CPU time (which the other users of a shared machine
 * do not take away).  With CONFIG_LOCK_STAT, the forker's acquisitions
 * and waits of the window go to @ls[run].
 */
static u64 bench_fork_window(struct bench_forker *f, u64 *cpu,
			     struct bench_lockstat *ls, const char *phase,
			     unsigned int run)
{
	long c0, c1, k0, k1;
	u64 t0, t1, n0, n1;
#ifdef CONFIG_LOCK_STAT
	struct lock_stat_thread a, b;

	lock_stat_clear();
	lock_stat_thread_read(&f->ls, &a);
#endif
	bench_forker_sample(f, &k0, &n0);
	c0 = atomic_long_read(&f->count);
	t0 = ktime_get_ns();
	msleep(window_ms);
	c1 = atomic_long_read(&f->count);
	t1 = ktime_get_ns();
	bench_forker_sample(f, &k1, &n1);
#ifdef CONFIG_LOCK_STAT
	lock_stat_thread_read(&f->ls, &b);
	b.acquisitions -= a.acquisitions;
	b.contentions -= a.contentions;
	b.waittime_total -= a.waittime_total;
	ls->acq[run] = b.acquisitions * 1000 / max(c1 - c0, 1L);
	ls->ppm[run] = (u64)b.contentions * 1000000 /
		       max(b.acquisitions, 1UL);
	ls->wait[run] = b.waittime_total * 1000 / max(c1 - c0, 1L);
	bench_lockstat_classes(phase, run, &a, &b);
#endif
	*cpu = (u64)(k1 - k0) * NSEC_PER_SEC / max(n1 - n0, 1ULL);
	return (u64)(c1 - c0) * NSEC_PER_SEC / max(t1 - t0, 1ULL);
}

#ifdef CONFIG_CGROUPS
/*
 * The threadgroup_fork_lock read pair, one definition for the time and
 * for the instructions (Documentation/cgroups/benchmarks.txt section 4):
 * threadgroup_fork_read_lock(current) + threadgroup_fork_read_unlock(),
 * the calls copy_process() makes, less the loop that repeats them.
 * bench_read_lock_pair() runs lock_loops pairs, bench_read_lock_loop()
 * the same loop around nothing; the pair is the difference per
 * iteration: in ns (x1000) here, in instructions from their inclusive
 * callgrind counts (tools/testing/bench/run.sh).  Not inlined, so that
 * callgrind counts each apart.
 */
static noinline u64 bench_read_lock_pair(void)
{
	u64 t0, t1;
	int i;

	t0 = ktime_get_ns();
	for (i = 0; i < lock_loops; i++) {
		threadgroup_fork_read_lock(current);
		threadgroup_fork_read_unlock(current);
	}
	t1 = ktime_get_ns();
	return (t1 - t0) * 1000 / max(lock_loops, 1);
}

/* The loop of bench_read_lock_pair() alone, in ns (x1000) per iteration. */
static noinline u64 bench_read_lock_loop(void)
{
	u64 t0, t1;
	int i;

	t0 = ktime_get_ns();
	for (i = 0; i < lock_loops; i++) {
		/* the pair's argument, which the fork path has at hand */
		(void)READ_ONCE(current);
		barrier();
	}
	t1 = ktime_get_ns();
	return (t1 - t0) * 1000 / max(lock_loops, 1);
}
#endif

/*
 * The phases of one run of the fork scenario, in this order: who the
 * writers move (BENCH_NOBODY: no writers; 0: CPU burners instead) and
 * where the forker is.  The forker sits in the hierarchy's root, a
 * cgroup of its own, except in "same", where it is the process moved,
 * and in "beside", where it sits in cgroup a while the writers move the
 * other process between a and b: each move then has the forker's
 * css_set as its source or its destination.
 */
enum {
	BENCH_ALONE, BENCH_BUSY, BENCH_OTHER, BENCH_SAME, BENCH_BESIDE,
	BENCH_NR_PHASES
};

#define BENCH_NOBODY	(-1)

static const char *const bench_phase[BENCH_NR_PHASES] = {
	"alone", "busy", "other", "same", "beside",
};

/*
 * Put the forker @fpid where phase @ph wants it: cgroup a for "beside",
 * the root otherwise ("same" moves it from there).  Return: 0 or -errno.
 */
static int bench_place_forker(int ph, pid_t fpid)
{
	s64 ret;

	if (!IS_ENABLED(CONFIG_CGROUPS) || ph == BENCH_SAME)
		return 0;
	if (ph == BENCH_BESIDE)
		ret = bench_move(0, fpid);
	else
		ret = bench_write_pid(BENCH_MNT "/cgroup.procs", fpid);
	return ret < 0 ? (int)ret : 0;
}

/**
 * struct bench_phase_samples - one fork phase, one sample per run
 * @rate: forks per second of wall time
 * @cpu: forks per second of the forker's CPU time
 * @to_alone: @rate against (alone) of the same run, permille
 * @to_busy: @rate against the control (busy) of the same run, permille
 * @cpu_to_busy: @cpu against the control's, permille
 * @ls: what lock_stat says (CONFIG_LOCK_STAT)
 */
struct bench_phase_samples {
	u64 *rate;
	u64 *cpu;
	u64 *to_alone;
	u64 *to_busy;
	u64 *cpu_to_busy;
	struct bench_lockstat ls;
};

static bool bench_phase_alloc(struct bench_phase_samples *p)
{
	p->rate = bench_samples(reps);
	p->cpu = bench_samples(reps);
	p->to_alone = bench_samples(reps);
	p->to_busy = bench_samples(reps);
	p->cpu_to_busy = bench_samples(reps);
	p->ls.acq = bench_samples(reps);
	p->ls.ppm = bench_samples(reps);
	p->ls.wait = bench_samples(reps);
	return p->rate && p->cpu && p->to_alone && p->to_busy &&
	       p->cpu_to_busy && p->ls.acq && p->ls.ppm && p->ls.wait;
}

static void bench_phase_free(struct bench_phase_samples *p)
{
	kfree(p->ls.wait);
	kfree(p->ls.ppm);
	kfree(p->ls.acq);
	kfree(p->cpu_to_busy);
	kfree(p->to_busy);
	kfree(p->to_alone);
	kfree(p->cpu);
	kfree(p->rate);
}

/* Was phase @ph run?  The phases that move need cgroups. */
static bool bench_phase_ran(int ph)
{
	return (fork_phases & BIT(ph)) &&
	       (ph < BENCH_OTHER || IS_ENABLED(CONFIG_CGROUPS));
}

static u64 bench_permille(u64 a, u64 b)
{
	return a * 1000 / max(b, 1ULL);
}

static void bench_fork_report(const char *impl,
			      const struct bench_phase_samples *p,
			      u64 *wr, unsigned int nw)
{
	const char *x;
	int ph;

	for (ph = 0; ph < BENCH_NR_PHASES; ph++) {
		if (!bench_phase_ran(ph))
			continue;
		x = bench_phase[ph];
		if (IS_ENABLED(CONFIG_LOCK_STAT)) {
			bench_report("fork", "hosted-lockstat", x,
				     "acquisitions_per_fork_x1000", p[ph].ls.acq,
				     reps, "1/1000");
			bench_report("fork", "hosted-lockstat", x,
				     "contended_ppm", p[ph].ls.ppm, reps, "ppm");
			bench_report("fork", "hosted-lockstat", x,
				     "wait_ns_per_fork_x1000", p[ph].ls.wait,
				     reps, "ns/1000");
		}
		bench_report("fork", impl, x, "forks_per_s", p[ph].rate, reps,
			     "1/s");
		bench_report("fork", impl, x, "forks_per_cpu_s", p[ph].cpu,
			     reps, "1/s");
		if (ph != BENCH_ALONE && bench_phase_ran(BENCH_ALONE))
			bench_report("fork", impl, x, "ratio_to_alone",
				     p[ph].to_alone, reps, "permille");
		/* against the control: the same CPUs taken, no cgroup work */
		if (ph >= BENCH_OTHER && bench_phase_ran(BENCH_BUSY)) {
			bench_report("fork", impl, x, "ratio_to_busy",
				     p[ph].to_busy, reps, "permille");
			bench_report("fork", impl, x, "cpu_ratio_to_busy",
				     p[ph].cpu_to_busy, reps, "permille");
		}
	}
	bench_report("fork", impl, "writers", "writes_per_s", wr, nw, "1/s");
}

static void bench_fork(void)
{
	const char *impl = IS_ENABLED(CONFIG_CGROUPS) ? "hosted" : "hosted-nocg";
	struct bench_phase_samples p[BENCH_NR_PHASES] = { };
	u64 *wr = bench_samples(BENCH_NR_PHASES * reps);
	struct bench_writer *w = kcalloc(nwriters, sizeof(*w), GFP_KERNEL);
	struct bench_forker f = { };
	struct host_thread *ft = NULL;
	pid_t fpid = -1, mpid = -1, target;
	unsigned int i, nw = 0;
	long writes;
	int ph;
	u64 t0;

	for (ph = 0; ph < BENCH_NR_PHASES; ph++)
		if (!bench_phase_alloc(&p[ph]))
			goto out;
	if (!wr || !w)
		goto out;
	fpid = spawn_process(current, 1, false);
	mpid = spawn_process(current, max(moved_threads, 1), false);
	if (fpid < 0 || mpid < 0)
		goto out;
	rcu_read_lock();
	f.leader = find_task_by_vpid(fpid);
	if (f.leader)
		get_task_struct(f.leader);
	rcu_read_unlock();
	if (!f.leader)
		goto out;
	spin_lock_init(&f.lock);
	ft = host_ops.thread_create(bench_forker_fn, &f, 0);
	if (!ft)
		goto out_put;
	msleep(50);

	/* the phases interleaved, so that each ratio compares neighbours */
	for (i = 0; i < reps; i++) {
		for (ph = 0; ph < BENCH_NR_PHASES; ph++) {
			if (!bench_phase_ran(ph))
				continue;
			target = ph == BENCH_ALONE ? BENCH_NOBODY :
				 ph == BENCH_BUSY ? 0 :
				 ph == BENCH_SAME ? fpid : mpid;
			if (bench_place_forker(ph, fpid))
				goto out_stop;
			if (target != BENCH_NOBODY) {
				if (bench_writers_start(w, target))
					goto out_stop;
				msleep(20);
			}
			t0 = ktime_get_ns();
			p[ph].rate[i] = bench_fork_window(&f, &p[ph].cpu[i],
							  &p[ph].ls,
							  bench_phase[ph], i);
			if (target == BENCH_NOBODY)
				continue;
			writes = bench_writers_stop(w);
			if (target)
				wr[nw++] = (u64)writes * NSEC_PER_SEC /
					   (ktime_get_ns() - t0);
		}
		for (ph = 0; ph < BENCH_NR_PHASES; ph++) {
			struct bench_phase_samples *q = &p[ph];

			q->to_alone[i] = bench_permille(q->rate[i],
							p[BENCH_ALONE].rate[i]);
			q->to_busy[i] = bench_permille(q->rate[i],
						       p[BENCH_BUSY].rate[i]);
			q->cpu_to_busy[i] = bench_permille(q->cpu[i],
							   p[BENCH_BUSY].cpu[i]);
		}
	}
	bench_fork_report(impl, p, wr, nw);
#ifdef CONFIG_CGROUPS
	/* after the report: the forks' samples are free to hold the pairs */
	for (i = 0; i < reps; i++) {
		u64 pair = bench_read_lock_pair();
		u64 loop = bench_read_lock_loop();

		p[BENCH_ALONE].rate[i] = pair > loop ? pair - loop : 0;
	}
	bench_report("fork", impl, "read_lock_pair", "ns_x1000",
		     p[BENCH_ALONE].rate, reps, "ns/1000");
#endif

out_stop:
	bench_writers_stop(w);
	atomic_set(&f.stop, 1);
	host_ops.thread_join(ft);
	/* after the join: callgrind's per-pair figures divide by this */
	bench_out("# fork: %ld fork+exit pairs, %ld failed forks\n",
		  atomic_long_read(&f.count), atomic_long_read(&f.errors));
out_put:
	put_task_struct(f.leader);
out:
	bench_kill(mpid);
	bench_kill(fpid);
	kfree(w);
	kfree(wr);
	for (ph = 0; ph < BENCH_NR_PHASES; ph++)
		bench_phase_free(&p[ph]);
}

/* ------------------------------------------------------------------ */
/* 4. Writer tail latency under a fork storm */

static void bench_storm_run(bool storm, u64 *lat, u64 *p50, u64 *p99,
			    u64 *pmax, unsigned int run)
{
	pid_t *churn = kcalloc(max(storm_procs, 1), sizeof(*churn), GFP_KERNEL);
	unsigned int n = 0;
	pid_t pid = -1;
	int i, nchurn = 0;
	u64 end;
	s64 t;

	if (!churn)
		return;
	pid = spawn_process(current, 10, false);
	if (pid < 0)
		goto out;
	for (i = 0; storm && i < storm_procs; i++) {
		churn[i] = spawn_process(current, storm_threads, true);
		if (churn[i] < 0)
			break;
		nchurn++;
	}
	msleep(50);
	end = ktime_get_ns() + (u64)storm_ms * NSEC_PER_MSEC;
	while (n < BENCH_MAX_SAMPLES && ktime_get_ns() < end) {
		t = bench_move(n, pid);
		if (t < 0)
			break;
		lat[n++] = t;
	}
	if (n) {
		sort(lat, n, sizeof(*lat), bench_cmp_u64, NULL);
		p50[run] = lat[n / 2];
		p99[run] = lat[(u64)n * 99 / 100];
		pmax[run] = lat[n - 1];
	}
	bench_out("# storm: run %u (%s): %u writes, %d forking processes\n",
		  run, storm ? "storm" : "quiet", n, nchurn);
out:
	for (i = 0; i < nchurn; i++)
		bench_kill(churn[i]);
	bench_kill(pid);
	kfree(churn);
}

static void bench_storm(void)
{
	u64 *lat = bench_samples(BENCH_MAX_SAMPLES);
	u64 *p50 = bench_samples(reps), *p99 = bench_samples(reps);
	u64 *pmax = bench_samples(reps);
	unsigned int i;
	int s;

	if (!lat || !p50 || !p99 || !pmax)
		goto out;
	for (s = 0; s < 2; s++) {
		const char *x = s ? "storm" : "quiet";

		for (i = 0; i < reps; i++)
			bench_storm_run(s, lat, p50, p99, pmax, i);
		bench_report("storm", "hosted", x, "p50", p50, reps, "ns");
		bench_report("storm", "hosted", x, "p99", p99, reps, "ns");
		bench_report("storm", "hosted", x, "max", pmax, reps, "ns");
	}
out:
	kfree(pmax);
	kfree(p99);
	kfree(p50);
	kfree(lat);
}

/* ------------------------------------------------------------------ */
/* serve: processes for the writes through the FUSE mount */

static void bench_serve(void)
{
	pid_t pids[8];
	unsigned int nthreads;
	char line[64];
	int i, n = 0;

	for (nthreads = 1; nthreads <= maxthreads && n < ARRAY_SIZE(pids);
	     nthreads *= 10) {
		pids[n] = spawn_process(current, nthreads, false);
		if (pids[n] < 0) {
			bench_out("# serve: spawning %u threads: %d\n",
				  nthreads, pids[n]);
			break;
		}
		bench_out("serve %u %d\n", nthreads, pids[n++]);
	}
	bench_out("serve ready %s\n", BENCH_MNT);
	host_ops.console_read_line(line, sizeof(line));
	for (i = 0; i < n; i++)
		bench_kill(pids[i]);
}

/* ------------------------------------------------------------------ */

static bool bench_wants(const char *what, const char *name)
{
	size_t len = strlen(name);
	const char *p = what;

	if (!what || !*what)
		return strcmp(name, "serve");
	while ((p = strstr(p, name))) {
		if ((p == what || p[-1] == ',') &&
		    (p[len] == ',' || !p[len]))
			return true;
		p += len;
	}
	return false;
}

static int bench_main(int argc, char **argv)
{
	const char *what = strchr(argv[0], '=');
	int ret;

	if (argc > 1 && !strcmp(argv[1], "help")) {
		torture_print_help(MODULE_PARAM_PREFIX);
		return 0;
	}
	ret = torture_parse_args(MODULE_PARAM_PREFIX, argc, argv);
	if (ret)
		return 1;
	if (what)
		what++;
	if (minthreads < 1 || maxthreads < minthreads ||
	    maxthreads > SPAWN_MAX_THREADS || reps < 1 ||
	    window_ms < 1 || storm_ms < 1 || nwriters < 1 || nwriters > 64) {
		pr_err("bench: bad parameters\n");
		return 1;
	}
	torture_print_params(MODULE_PARAM_PREFIX, "bench");
	bench_out("# bench: pid_max %d, %u CPUs\n", pid_max, nr_cpu_ids);

	if (IS_ENABLED(CONFIG_CGROUPS)) {
		ret = bench_setup();
		if (ret) {
			bench_out("# bench: cannot mount %s: %d\n", BENCH_MNT,
				  ret);
			return 1;
		}
	}
	if (!IS_ENABLED(CONFIG_CGROUPS)) {
		if (bench_wants(what, "write"))
			bench_missing("write", "CONFIG_CGROUPS=n");
	} else if (bench_wants(what, "write")) {
		bench_write_sizes();
	}
	if (IS_ENABLED(CONFIG_CGROUPS) && bench_wants(what, "lone"))
		bench_lone();
	if (bench_wants(what, "fork"))
		bench_fork();
	if (IS_ENABLED(CONFIG_CGROUPS) && bench_wants(what, "storm"))
		bench_storm();
	if (IS_ENABLED(CONFIG_CGROUPS) && bench_wants(what, "serve"))
		bench_serve();
	if (IS_ENABLED(CONFIG_CGROUPS))
		bench_teardown();
	bench_out("# bench: done\n");
	return 0;
}

USER_PROGRAM("bench", bench_main);
