// SPDX-License-Identifier: GPL-2.0
/*
 * fuzz.c - the system-call fuzzer's executor and oracle, as the program
 * "fuzz" (Documentation/dev-tools/fuzzing.txt):
 *
 *	./vmlinux fuzz run [N] < prog	run a text program N times (1),
 *					print each call's result; exit 1
 *					on a finding
 *	./vmlinux fuzz encode < prog	the program as hex bytes
 *	./vmlinux fuzz decode < hex	hex bytes as a text program
 *	fuzz server			init's program in the libFuzzer
 *					binary: runs what fuzz_server_exec()
 *					hands it (tools/testing/fuzz/)
 *
 * One execution: the harness forks task slot t0 from init; FZ_WORKERS
 * worker kernel threads make the program's calls, each its own calls in
 * order, all at the same time, each call through task_call() as the
 * call's task slot.  Then the harness puts the kernel back as it found
 * it: thaws every cgroup, kills every process and reaps it, removes
 * every cgroup and unmounts every hierarchy under /fuzz, removes the
 * device nodes.  The oracle: each of these steps succeeds, and then the
 * number of tasks, of live allocations (host_ops.mem_live() after RCU
 * callbacks ran), of WARNs and of lockdep reports, and the text of
 * /proc/cgroups and /proc/mounts, are what they were before the program.
 * A worker that has not finished after FZ_SOFT_MS is helped (everything
 * thawed and killed, which ends any call waiting on a task); one that has
 * not finished after FZ_HARD_MS more (counted in one-second waits, each
 * of which a stop of the process ends) is a hang.  Anything else wrong is a
 * crash of the host program, seen by the sanitizers or by libFuzzer.
 *
 * A call as a task marked to freeze is not made (it would wait in the
 * refrigerator until a later call thaws it, which the same worker
 * cannot make); it returns -EAGAIN.
 *
 * Locks taken and their ordering:
 *  - fz_slot_lock (spinlock): the task slots and fd slots; a leaf, never
 *    held across a system call.
 *  - the workers' wait queues; the mailbox words are futexes of the host,
 *    waited on with no lock held.
 *  - no lock for the program and the results: the harness publishes the
 *    program with a release store of fz_gen, which each worker loads
 *    with acquire; each worker's fully ordered decrement of fz_running,
 *    read with acquire, hands back its results (fz_ret[]).
 *  - tasklist_lock (read) only to take references on every task for the
 *    cpuset check, which then reads each task's cpuset (the cpuset's
 *    mutex) and, after it, the task's masks under its task_lock.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/atomic.h>
#include <linux/delay.h>
#include <linux/jiffies.h>
#include <linux/wait.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/syscalls.h>
#include <linux/kthread.h>
#include <linux/fs.h>
#include <linux/fcntl.h>
#include <linux/stat.h>
#include <linux/kdev_t.h>
#include <linux/mman.h>
#include <linux/blk-cgroup.h>
#include <linux/nsproxy.h>
#include <linux/lockdep.h>
#include <linux/freezer.h>
#include <linux/rcupdate.h>
#include <linux/sort.h>
#include <linux/cpuset.h>
#include <linux/memcontrol.h>
#include <linux/fault-inject.h>
#include <linux/statfs.h>
#include <host_ops.h>

#include "fuzz.h"

#define FZ_ROOT		"/fuzz"
#define FZ_PATH		192
#define FZ_SOFT_MS	2000
#define FZ_HARD_MS	30000
#define FZ_SETTLE_MS	3000
#define FZ_SNAP		2048
#define FZ_FINDING	1024

static const char *const fz_mnt[FZ_HIERS] = {
	FZ_ROOT "/h0", FZ_ROOT "/h1", FZ_ROOT "/h2",
};

static const char *const fz_dev[FZ_DEVS] = {
	FZ_ROOT "/d0", FZ_ROOT "/d1", FZ_ROOT "/d2",
};

/* fz_slot_lock protects the slots below. */
static DEFINE_SPINLOCK(fz_slot_lock);
static struct task_struct *fz_slot[FZ_TASKS];	/* referenced */
static pid_t fz_slot_pid[FZ_TASKS];	/* kept after the task died */
static pid_t fz_slot_tgid[FZ_TASKS];
static int fz_fd[FZ_FDS];		/* -1: none */

/* The program being run and the results of its calls. */
static struct fz_prog *fz_cur;
static long fz_ret[FZ_MAX_CALLS];

struct fz_worker {
	struct task_struct *task;
	int id;
	unsigned long gen;
	int cur;		/* call index being made, -1 when idle */
	unsigned int fail_nth;	/* a fail call's count for the next call */
};

/* A call as its worker makes it: with the fault to inject, if any. */
struct fz_exec {
	const struct fz_call *call;
	unsigned int fail_nth;
};

/*
 * fail X: the next call of the worker fails its (X % FZ_FAIL_MAX + 1)th
 * allocation
 */
#define FZ_FAIL_MAX	256
/*
 * writel: the value repeated to (X & FZ_LONG_MASK) bytes; FZ_LONG_BAD:
 * from a buffer that faults (the first page) instead
 */
#define FZ_LONG_MASK	0x1fff
#define FZ_LONG_BAD	0x8000
#define FZ_BAD_PTR	((const char *)16)

static struct fz_worker fz_workers[FZ_WORKERS];
static DECLARE_WAIT_QUEUE_HEAD(fz_done_wait);
static unsigned long fz_gen;		/* bumped to start the workers */
static atomic_t fz_running;

/* ------------------------------------------------------------------ */
/* Small helpers */

static void fz_path(char *buf, const struct fz_call *call, const char *file)
{
	const char *node = fz_nodes[call->arg[1]];

	if (!strcmp(node, "."))
		snprintf(buf, FZ_PATH, "%s%s%s", fz_mnt[call->arg[0]],
			 file ? "/" : "", file ?: "");
	else
		snprintf(buf, FZ_PATH, "%s/%s%s%s", fz_mnt[call->arg[0]], node,
			 file ? "/" : "", file ?: "");
}

/* The value a call writes, as text. */
static int fz_value(const struct fz_call *call, char *buf, size_t size)
{
	pid_t pid;

	if (call->kind == FZ_VAL_STR) {
		memcpy(buf, call->str, call->len);
		return call->len;
	}
	spin_lock(&fz_slot_lock);
	pid = call->kind == FZ_VAL_PID ? fz_slot_pid[call->slot] :
					 fz_slot_tgid[call->slot];
	spin_unlock(&fz_slot_lock);
	return scnprintf(buf, size, "%d\n", pid);
}

static pid_t fz_target_pid(int slot, bool tgid)
{
	pid_t pid;

	spin_lock(&fz_slot_lock);
	pid = tgid ? fz_slot_tgid[slot] : fz_slot_pid[slot];
	spin_unlock(&fz_slot_lock);
	return pid;
}

static int fz_get_fd(int slot)
{
	int fd;

	spin_lock(&fz_slot_lock);
	fd = fz_fd[slot];
	spin_unlock(&fz_slot_lock);
	return fd;
}

static void fz_set_fd(int slot, int fd)
{
	spin_lock(&fz_slot_lock);
	fz_fd[slot] = fd;
	spin_unlock(&fz_slot_lock);
}

/* Put @tsk (referenced by the caller; may be NULL) in @slot. */
static void fz_set_slot(int slot, struct task_struct *tsk, pid_t pid,
			pid_t tgid)
{
	struct task_struct *old;

	spin_lock(&fz_slot_lock);
	old = fz_slot[slot];
	fz_slot[slot] = tsk;
	fz_slot_pid[slot] = pid;
	fz_slot_tgid[slot] = tgid;
	spin_unlock(&fz_slot_lock);
	if (old)
		put_task_struct(old);
}

static struct task_struct *fz_get_slot(int slot)
{
	struct task_struct *tsk;

	spin_lock(&fz_slot_lock);
	tsk = fz_slot[slot];
	if (tsk)
		get_task_struct(tsk);
	spin_unlock(&fz_slot_lock);
	return tsk;
}

static long fz_read_file(const char *path, char *buf, size_t size);

/*
 * The ns subsystem never lets a task move up or sideways
 * (ns_can_attach_task()): init, a kernel thread or a fuzz worker that a
 * program put in a child cgroup of a hierarchy with ns would stay there
 * for good, and no clean-up could remove the cgroup or the hierarchy.  A
 * write that would make such a move (to a tasks or cgroup.procs file
 * below a root, or through a descriptor, while a hierarchy with ns is
 * mounted under /fuzz) is not made: it returns -EPERM.  @path: the file,
 * or NULL for a descriptor.  The value is read as cgroup_write_X64()
 * reads it.
 */
static bool fz_would_pin(const char *path, const char *val, size_t len)
{
	char buf[64], *start, *line, *pos, *mounts;
	struct task_struct *tsk;
	bool persistent, ns = false;
	const char *base;
	long n;
	u64 pid;
	int h;

	if (!len || len >= sizeof(buf))
		return false;
	memcpy(buf, val, len);
	buf[len] = '\0';
	start = strim(buf);
	if (!*start || *start == '+' || *start == '-' ||
	    kstrtoull(start, 0, &pid) || !pid || pid > INT_MAX)
		return false;
	tsk = find_get_task_by_vpid(pid);
	if (!tsk)
		return false;
	persistent = is_global_init(tsk) || (tsk->flags & PF_KTHREAD);
	put_task_struct(tsk);
	if (!persistent)
		return false;
	if (path) {
		base = strrchr(path, '/');
		if (!base || (strcmp(base, "/tasks") &&
			      strcmp(base, "/cgroup.procs")))
			return false;
		for (h = 0; h < FZ_HIERS; h++)
			if (base - path == strlen(fz_mnt[h]) &&
			    !strncmp(path, fz_mnt[h], base - path))
				return false;	/* a root */
	}
	/*
	 * Not knowing what is mounted (a fail call fails an allocation of
	 * the whole call, this check's included; or more mounts than the
	 * buffer holds), assume ns is.
	 */
	mounts = kmalloc(FZ_SNAP, GFP_KERNEL);
	if (!mounts)
		return true;
	n = fz_read_file("/proc/mounts", mounts, FZ_SNAP);
	if (n < 0 || n >= FZ_SNAP - 1) {
		kfree(mounts);
		return true;
	}
	pos = mounts;
	while (!ns && (line = strsep(&pos, "\n"))) {
		char *dev = strsep(&line, " "), *dir = strsep(&line, " ");
		char *type = strsep(&line, " "), *opts = strsep(&line, " ");
		char *opt;

		if (!dev || !dir || !type || !opts ||
		    strncmp(dir, FZ_ROOT "/", strlen(FZ_ROOT) + 1))
			continue;
		while ((opt = strsep(&opts, ",")))
			if (!strcmp(opt, "ns"))
				ns = true;
	}
	kfree(mounts);
	return ns;
}

static long fz_write_file(const char *path, const char *buf, size_t len)
{
	long fd, ret;

	fd = ksys_open(path, O_WRONLY, 0);
	if (fd < 0)
		return fd;
	ret = ksys_write(fd, buf, len);
	ksys_close(fd);
	return ret;
}

static long fz_read_file(const char *path, char *buf, size_t size)
{
	long fd, n, total = 0;

	fd = ksys_open(path, O_RDONLY, 0);
	if (fd < 0)
		return fd;
	while (total < size - 1) {
		n = ksys_read(fd, buf + total, size - 1 - total);
		if (n <= 0) {
			if (n < 0)
				total = n;
			break;
		}
		total += n;
	}
	ksys_close(fd);
	if (total >= 0)
		buf[total] = '\0';
	return total;
}

static long fz_readdir(const char *path)
{
	char *buf = kmalloc(1024, GFP_KERNEL);
	long fd, n, total = 0;

	if (!buf)
		return -ENOMEM;
	fd = ksys_open(path, O_RDONLY | O_DIRECTORY, 0);
	if (fd < 0) {
		kfree(buf);
		return fd;
	}
	while ((n = ksys_getdents64(fd, (void *)buf, 1024)) > 0)
		total += n;
	ksys_close(fd);
	kfree(buf);
	return n < 0 ? n : total;
}

/* ------------------------------------------------------------------ */
/* The calls, each made as the call's task */

static const uid_t fz_ids[] = { 0, 1, 1000, 65534, 2, 0, (uid_t)-1, 100 };

static long fz_clone(const struct fz_call *call)
{
	const u64 thread = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND |
			   CLONE_THREAD;
	const u64 mask = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND |
			 CLONE_PARENT | CLONE_THREAD | CLONE_NEWNS |
			 CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWNET | CLONE_IO;
	pid_t tid = 0;
	struct kernel_clone_args args = {
		.exit_signal = (call->num & 2) ? 0 : SIGCHLD,
		.parent_tid = &tid,
	};
	struct task_struct *child;
	long ret;

	if (call->num & 1)
		args.flags = thread | (call->num & (CLONE_IO | CLONE_NEWNS));
	else
		args.flags = call->num & mask;
	args.flags |= CLONE_PARENT_SETTID;
	ret = kernel_clone(&args);
	if (ret < 0)
		return ret;
	child = find_get_task_by_vpid(ret);
	fz_set_slot(call->arg[3], child, ret,
		    child ? task_tgid_nr(child) : ret);
	return ret;
}

static long fz_kill(const struct fz_call *call)
{
	static const int sigs[] = { SIGKILL, SIGTERM, 0, 1, SIGKILL, -1 };
	int sig = sigs[(call->num >> 2) % ARRAY_SIZE(sigs)];

	switch (call->num & 3) {
	case 0:
		return ksys_kill(fz_target_pid(call->arg[0], false), sig);
	case 1:
		return ksys_tgkill(fz_target_pid(call->arg[0], true),
				   fz_target_pid(call->arg[0], false), sig);
	case 2:
		return ksys_kill(0, sig);
	default:
		return ksys_kill(-1, sig);
	}
}

static long fz_chrt(const struct fz_call *call)
{
	static const int policies[] = {
		SCHED_NORMAL, SCHED_FIFO, SCHED_RR, SCHED_BATCH, SCHED_IDLE, 7,
	};
	struct sched_param param = {
		.sched_priority = (call->num >> 8) % 101,
	};
	pid_t pid = (call->num & 0x80) ? 0 : fz_target_pid(call->arg[0], false);

	return ksys_sched_setscheduler(pid,
				       policies[call->num % ARRAY_SIZE(policies)],
				       &param);
}

static unsigned long fz_pages(const struct fz_call *call)
{
	return (call->num & 0x80000000) ? call->num & 0x7fffffff :
					  call->num % 512;
}

static long fz_mknod(const struct fz_call *call)
{
	static const unsigned int majors[] = { 1, 8, 1, 7, 10, 0 };
	umode_t mode = ((call->num & 1) ? S_IFBLK : S_IFCHR) | 0600;
	unsigned int major = majors[(call->num >> 1) % ARRAY_SIZE(majors)];

	return ksys_mknod(fz_dev[call->arg[0]], mode,
			  MKDEV(major, (call->num >> 8) & 0x1f));
}

static long fz_devio(const struct fz_call *call)
{
	static const char *const paths[] = { "/dev/null", "/dev/zero" };
	const char *path = (call->num & 4) ? paths[(call->num >> 3) & 1] :
					     fz_dev[call->arg[0]];
	char buf[16] = "fuzz";
	long fd, ret;

	fd = ksys_open(path, (call->num & 3) == 3 ? O_RDWR : call->num & 3,
		       0);
	if (fd < 0)
		return fd;
	ret = ksys_read(fd, buf, sizeof(buf));
	if (ret >= 0)
		ret = ksys_write(fd, buf, sizeof(buf));
	ksys_close(fd);
	return ret;
}

static long fz_bio(const struct fz_call *call)
{
	static const unsigned int majors[] = { 8, 8, 9, 1 };
	static const unsigned int minors[] = { 0, 1, 16, 17, 32 };
	dev_t dev = MKDEV(majors[(call->num >> 1) % ARRAY_SIZE(majors)],
			  minors[(call->num >> 4) % ARRAY_SIZE(minors)]);

	return ksys_submit_io(dev, (call->num >> 8) % 64,
			      (call->num & 1) ? WRITE : READ);
}

static void fz_proc_path(char *path, const struct fz_call *call)
{
	const char *file = fz_proc_file(call);

	if (fz_proc_global(call))
		snprintf(path, FZ_PATH, "/proc/%s", file);
	else
		snprintf(path, FZ_PATH, "/proc/%d/%s",
			 fz_target_pid(call->arg[0], false), file);
}

static long fz_proc(const struct fz_call *call)
{
	char path[FZ_PATH], val[FZ_STR + 16], *buf;
	long ret, len;

	fz_proc_path(path, call);
	if (call->op == FZ_PROCW) {
		len = fz_value(call, val, sizeof(val));
		return fz_write_file(path, val, len);
	}
	if (!strcmp(fz_proc_file(call), "task"))
		return fz_readdir(path);
	buf = kmalloc(4096, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	ret = fz_read_file(path, buf, 4096);
	kfree(buf);
	return ret;
}

/* writel: a value too long for any control file, or a bad buffer. */
static long fz_write_long(const struct fz_call *call, const char *path)
{
	size_t size = call->num & FZ_LONG_MASK, i;
	char val[FZ_STR + 16], *buf;
	long len, ret;

	if (call->num & FZ_LONG_BAD)
		return fz_write_file(path, FZ_BAD_PTR, size);
	len = fz_value(call, val, sizeof(val));
	buf = kmalloc(size + 1, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	for (i = 0; i < size; i++)
		buf[i] = len ? val[i % len] : 'x';
	if (fz_would_pin(path, buf, size))
		ret = -EPERM;
	else
		ret = fz_write_file(path, buf, size);
	kfree(buf);
	return ret;
}

static long fz_call_file(const struct fz_call *call)
{
	char path[FZ_PATH], val[FZ_STR + 16], *buf;
	long ret, len;

	fz_path(path, call, fz_files[call->arg[2]]);
	switch (call->op) {
	case FZ_WRITEF:
		len = fz_value(call, val, sizeof(val));
		if (fz_would_pin(path, val, len))
			return -EPERM;
		return fz_write_file(path, val, len);
	case FZ_WRITEL:
		return fz_write_long(call, path);
	case FZ_READF:
		buf = kmalloc(4096, GFP_KERNEL);
		if (!buf)
			return -ENOMEM;
		ret = fz_read_file(path, buf, 4096);
		kfree(buf);
		return ret;
	case FZ_OPEN:
		ret = ksys_open(path, call->num & (O_ACCMODE | O_APPEND |
						   O_TRUNC | O_DIRECTORY), 0);
		if (ret >= 0)
			fz_set_fd(call->arg[3], ret);
		return ret;
	case FZ_CHOWN:
		return ksys_chown(path, fz_ids[call->num & 7],
				  fz_ids[(call->num >> 3) & 7]);
	default:	/* FZ_CHMOD */
		return ksys_chmod(path, call->num & 07777);
	}
}

/*
 * rename hH CG CG2 X: CG to CG2's name; X & 1: CG2 in the next
 * hierarchy (EXDEV), X & 2: the file tasks of CG instead (ENOTDIR).
 */
static long fz_rename(const struct fz_call *call)
{
	struct fz_call to = *call;
	char from[FZ_PATH], path[FZ_PATH];

	fz_path(from, call, (call->num & 2) ? "tasks" : NULL);
	to.arg[1] = call->arg[3];
	if (call->num & 1)
		to.arg[0] = (call->arg[0] + 1) % FZ_HIERS;
	fz_path(path, &to, NULL);
	return ksys_rename(from, path);
}

/*
 * statfs hH CG X: of CG (X & 2: of its file tasks); X & 1: fstatfs of
 * descriptor slot X >> 2 instead.
 */
static long fz_statfs(const struct fz_call *call)
{
	struct kstatfs st;
	char path[FZ_PATH];

	if (call->num & 1)
		return ksys_fstatfs(fz_get_fd((call->num >> 2) % FZ_FDS), &st);
	fz_path(path, call, (call->num & 2) ? "tasks" : NULL);
	return ksys_statfs(path, &st);
}

static long fz_call_fd(const struct fz_call *call)
{
	int fd = fz_get_fd(call->arg[3]);
	char buf[512];
	long ret, len;

	switch (call->op) {
	case FZ_READ:
		return ksys_read(fd, buf, call->num % sizeof(buf) + 1);
	case FZ_WRITE:
		len = fz_value(call, buf, sizeof(buf));
		if (fz_would_pin(NULL, buf, len))
			return -EPERM;
		return ksys_write(fd, buf, len);
	case FZ_CLOSE:
		ret = ksys_close(fd);
		if (!ret)
			fz_set_fd(call->arg[3], -1);
		return ret;
	default:	/* FZ_LSEEK */
		return ksys_lseek(fd, (call->num >> 2) % 4096, call->num & 3);
	}
}

static long fz_call_op(const struct fz_call *call)
{
	char path[FZ_PATH];

	switch (call->op) {
	case FZ_MOUNT:
	case FZ_REMOUNT:
		return ksys_mount("cgroup", fz_mnt[call->arg[0]], "cgroup",
				  call->op == FZ_REMOUNT ? MS_REMOUNT : 0,
				  (void *)call->str);
	case FZ_UMOUNT:
		return ksys_umount(fz_mnt[call->arg[0]], 0);
	case FZ_MKDIR:
		fz_path(path, call, NULL);
		return ksys_mkdir(path, 0755);
	case FZ_RMDIR:
		fz_path(path, call, NULL);
		return ksys_rmdir(path);
	case FZ_READDIR:
		fz_path(path, call, NULL);
		return fz_readdir(path);
	case FZ_WRITEF:
	case FZ_WRITEL:
	case FZ_READF:
	case FZ_OPEN:
	case FZ_CHOWN:
	case FZ_CHMOD:
		return fz_call_file(call);
	case FZ_READ:
	case FZ_WRITE:
	case FZ_CLOSE:
	case FZ_LSEEK:
		return fz_call_fd(call);
	case FZ_CLONE:
		return fz_clone(call);
	case FZ_EXIT:
		return ksys_exit(0);
	case FZ_EXIT_GROUP:
		return ksys_exit_group(call->num & 0xff);
	case FZ_EXEC:
		return ksys_execve(fz_exec_name(call));
	case FZ_SETUID:
		return ksys_setresuid(fz_ids[call->num & 7],
				      fz_ids[(call->num >> 3) & 7],
				      fz_ids[(call->num >> 6) & 7]);
	case FZ_SETGID:
		return ksys_setresgid(fz_ids[call->num & 7],
				      fz_ids[(call->num >> 3) & 7],
				      fz_ids[(call->num >> 6) & 7]);
	case FZ_KILL:
		return fz_kill(call);
	case FZ_CHRT:
		return fz_chrt(call);
	case FZ_MMAP:
		return ksys_mmap(fz_pages(call));
	case FZ_MUNMAP:
		return ksys_munmap(fz_pages(call));
	case FZ_MKNOD:
		return fz_mknod(call);
	case FZ_DEVIO:
		return fz_devio(call);
	case FZ_BIO:
		return fz_bio(call);
	case FZ_UNSHARE:
		return ksys_unshare(call->num);
	case FZ_PROC:
	case FZ_PROCW:
		return fz_proc(call);
	case FZ_RENAME:
		return fz_rename(call);
	case FZ_STATFS:
		return fz_statfs(call);
	default:	/* FZ_DELAY; FZ_FAIL is the worker's */
		udelay(call->num % 2000);
		return 0;
	}
}

/*
 * The call, as its task, on the worker's host thread: a fault armed by a
 * fail call fails an allocation of this call and of nothing else.
 */
static long fz_call_fn(void *arg)
{
	const struct fz_exec *exec = arg;
	long ret;

	if (exec->fail_nth)
		fail_nth_set(exec->fail_nth);
	ret = fz_call_op(exec->call);
	if (exec->fail_nth)
		fail_nth_set(0);
	return ret;
}

static long fz_make_call(const struct fz_call *call, unsigned int fail_nth)
{
	struct task_struct *tsk = fz_get_slot(call->task);
	struct fz_exec exec = { .call = call, .fail_nth = fail_nth };
	long ret;

	if (!tsk)
		return -ESRCH;
	if (freezing(tsk))
		ret = -EAGAIN;
	else
		ret = task_call(tsk, fz_call_fn, &exec);
	put_task_struct(tsk);
	return ret;
}

/* ------------------------------------------------------------------ */
/* The workers */

static int fz_worker_fn(void *arg)
{
	struct fz_worker *w = arg;
	int i;

	for (;;) {
		wait_event(*kthread_wait_queue(current),
			   READ_ONCE(fz_gen) != w->gen ||
			   kthread_should_stop());
		if (kthread_should_stop())
			break;
		/* pairs with the release in fz_run_prog(): fz_cur, fz_ret */
		w->gen = smp_load_acquire(&fz_gen);
		w->fail_nth = 0;
		for (i = 0; i < fz_cur->nr; i++) {
			const struct fz_call *call = &fz_cur->calls[i];

			if (call->worker != w->id)
				continue;
			WRITE_ONCE(w->cur, i);
			if (call->op == FZ_FAIL) {
				w->fail_nth = call->num % FZ_FAIL_MAX + 1;
				fz_ret[i] = 0;
				continue;
			}
			fz_ret[i] = fz_make_call(call, w->fail_nth);
			w->fail_nth = 0;
		}
		WRITE_ONCE(w->cur, -1);
		if (atomic_dec_and_test(&fz_running))
			wake_up(&fz_done_wait);
	}
	return 0;
}

static int fz_start_workers(void)
{
	int i;

	for (i = 0; i < FZ_WORKERS; i++) {
		struct fz_worker *w = &fz_workers[i];
		struct task_struct *tsk;

		w->id = i;
		w->cur = -1;
		tsk = kthread_run(fz_worker_fn, w, "fuzz/%d", i);
		if (IS_ERR(tsk))
			return PTR_ERR(tsk);
		w->task = tsk;
	}
	return 0;
}

static void fz_stop_workers(void)
{
	int i;

	for (i = 0; i < FZ_WORKERS; i++) {
		if (fz_workers[i].task)
			kthread_stop(fz_workers[i].task);
		fz_workers[i].task = NULL;
	}
}

/* ------------------------------------------------------------------ */
/* Putting the kernel back */

typedef void (*fz_dir_fn)(const char *dir, void *arg);

/* Call @fn on every directory under @path (@path last), deepest first. */
static void fz_walk(char *path, size_t size, fz_dir_fn fn, void *arg)
{
	size_t len = strlen(path);
	char *buf, *names, *name;
	long fd, n, used = 0;

	buf = kmalloc(1024, GFP_KERNEL);
	names = kzalloc(2048, GFP_KERNEL);
	if (!buf || !names)
		goto out;
	fd = ksys_open(path, O_RDONLY | O_DIRECTORY, 0);
	if (fd < 0)
		goto out;
	while ((n = ksys_getdents64(fd, (void *)buf, 1024)) > 0) {
		long off = 0;

		while (off < n) {
			struct linux_dirent64 *d = (void *)(buf + off);

			off += d->d_reclen;
			if (d->d_type != DT_DIR || !strcmp(d->d_name, ".") ||
			    !strcmp(d->d_name, ".."))
				continue;
			if (used + strlen(d->d_name) + 2 > 2048)
				continue;
			memcpy(names + used, d->d_name,
			       strlen(d->d_name) + 1);
			used += strlen(d->d_name) + 1;
		}
	}
	ksys_close(fd);
	for (name = names; name < names + used; name += strlen(name) + 1) {
		if (len + strlen(name) + 2 > size)
			continue;
		snprintf(path + len, size - len, "/%s", name);
		fz_walk(path, size, fn, arg);
		path[len] = '\0';
	}
out:
	kfree(names);
	kfree(buf);
	fn(path, arg);
}

static void fz_thaw_dir(const char *dir, void *arg)
{
	char path[FZ_PATH];

	snprintf(path, sizeof(path), "%s/freezer.state", dir);
	fz_write_file(path, "THAWED", 6);
	snprintf(path, sizeof(path), "%s/state", dir);
	fz_write_file(path, "THAWED", 6);
}

/*
 * A program may move any task, init and kernel threads included: move
 * whatever is in @dir back to the hierarchy's root @root.
 */
static void fz_move_tasks(const char *dir, const char *root)
{
	char *buf = kmalloc(FZ_SNAP, GFP_KERNEL), *pos, *pid;
	char path[FZ_PATH];

	if (!buf)
		return;
	snprintf(path, sizeof(path), "%s/tasks", dir);
	if (fz_read_file(path, buf, FZ_SNAP) > 0) {
		snprintf(path, sizeof(path), "%s/tasks", root);
		pos = buf;
		while ((pid = strsep(&pos, "\n")))
			if (*pid)
				fz_write_file(path, pid, strlen(pid));
	}
	kfree(buf);
}

struct fz_rmdir_ctx {
	const char *root;
	char *finding;
};

static void fz_rmdir_dir(const char *dir, void *arg)
{
	struct fz_rmdir_ctx *ctx = arg;
	long ret;

	if (!strcmp(dir, ctx->root))
		return;
	fz_move_tasks(dir, ctx->root);
	ret = ksys_rmdir(dir);
	if (ret && !ctx->finding[0])
		snprintf(ctx->finding, FZ_FINDING,
			 "cgroup %s left over: rmdir: %ld", dir, ret);
}

/* Thaw and kill everything the program made; reap it. */
static void fz_kill_all(void)
{
	char path[FZ_PATH];
	int h;

	for (h = 0; h < FZ_HIERS; h++) {
		strscpy(path, fz_mnt[h], sizeof(path));
		fz_walk(path, sizeof(path), fz_thaw_dir, NULL);
	}
	kernel_kill_every_process(SIGKILL);
}

static void fz_reap(void)
{
	int status, i;

	while (kernel_wait4(-1, &status, 0) > 0)
		;
	for (i = 0; i < FZ_TASKS; i++)
		fz_set_slot(i, NULL, 0, 0);
	for (i = 0; i < FZ_FDS; i++)
		fz_set_fd(i, -1);
}

/*
 * Remove every cgroup under mount point @h and unmount it, repeatedly:
 * each mount call of a program may stack one more mount on @h, and the
 * directories a program made on the mount point itself, under them, go
 * last.
 */
static void fz_clear_hier(int h, char *finding)
{
	struct fz_rmdir_ctx ctx = { .root = fz_mnt[h], .finding = finding };
	char path[FZ_PATH];
	long ret;
	int i;

	for (i = 0; i <= FZ_MAX_CALLS + 1; i++) {
		strscpy(path, fz_mnt[h], sizeof(path));
		fz_walk(path, sizeof(path), fz_rmdir_dir, &ctx);
		ret = ksys_umount(fz_mnt[h], 0);
		/* not mounted, or the program removed the mount point */
		if (ret == -EINVAL || ret == -ENOENT)
			break;
		if (ret && !finding[0])
			snprintf(finding, FZ_FINDING, "umount %s: %ld",
				 fz_mnt[h], ret);
	}
}

/* Mount @opts on h0 and clear it: a hierarchy unmounted with children. */
static bool fz_reattach(const char *opts, char *finding)
{
	if (ksys_mount("cgroup", fz_mnt[0], "cgroup", 0, (void *)opts))
		return false;
	fz_clear_hier(0, finding);
	return true;
}

/*
 * A hierarchy unmounted while it had children stays, out of sight, until
 * it is mounted again: by its name, or by its subsystems, which
 * /proc/cgroups shows.
 */
static void fz_recover(const struct fz_prog *prog, char *finding)
{
	char *buf = kmalloc(FZ_SNAP, GFP_KERNEL), opts[FZ_STR + 8];
	char *line, *pos, *name, *hier;
	int i, id, last, round, n;
	bool again = true;

	if (!buf)
		return;
	for (round = 0; round < 4 && again; round++) {
		again = false;
		for (i = 0; i < prog->nr; i++) {
			const struct fz_call *call = &prog->calls[i];

			if (call->op != FZ_MOUNT && call->op != FZ_REMOUNT)
				continue;
			name = strstr(call->str, "name=");
			if (!name || !name[5] || name[5] == ',')
				continue;
			snprintf(opts, sizeof(opts), "%s", name);
			opts[strcspn(opts, ",")] = '\0';
			again |= fz_reattach(opts, finding);
		}
		/*
		 * Every hierarchy with a subsystem, in the order of its id
		 * (ids are not reused soon: they grow past any bound a
		 * table of them could have)
		 */
		for (last = 0;; last = id) {
			if (fz_read_file("/proc/cgroups", buf, FZ_SNAP) < 0)
				break;
			id = INT_MAX;
			for (pos = buf; (line = strsep(&pos, "\n"));) {
				int hid;

				strsep(&line, "\t");
				hier = strsep(&line, "\t");
				if (hier && !kstrtoint(hier, 10, &hid) &&
				    hid > last && hid < id)
					id = hid;
			}
			if (id == INT_MAX ||
			    fz_read_file("/proc/cgroups", buf, FZ_SNAP) < 0)
				break;
			opts[0] = '\0';
			for (pos = buf; (line = strsep(&pos, "\n"));) {
				char *ss = strsep(&line, "\t");
				int hid;

				hier = strsep(&line, "\t");
				if (!hier || kstrtoint(hier, 10, &hid) ||
				    hid != id)
					continue;
				n = strlen(opts);
				scnprintf(opts + n, sizeof(opts) - n, "%s%s",
					  n ? "," : "", ss);
			}
			if (opts[0])
				again |= fz_reattach(opts, finding);
		}
	}
	kfree(buf);
}

/*
 * The state of a subsystem's root (its top cgroup's settings) is not
 * freed with a hierarchy: it is the subsystem's, made at boot, and a
 * program's writes to a root's files stay for every later program (as
 * in 2.6.38).  The clean-up puts back what the server saw at start-up:
 * the scalar files below, the devices whitelist ("a", all devices) and
 * no per-device blkio weight.
 */
static const char *const fz_root_files[] = {
	"cpuset.cpu_exclusive", "cpuset.mem_exclusive", "cpuset.mem_hardwall",
	"cpuset.sched_load_balance", "cpuset.sched_relax_domain_level",
	"cpuset.memory_migrate", "cpuset.memory_spread_page",
	"cpuset.memory_spread_slab", "cpuset.memory_pressure_enabled",
	"cpu.shares", "cpu.rt_period_us", "cpu.rt_runtime_us",
	"memory.use_hierarchy", "memory.move_charge_at_immigrate",
	"blkio.weight",
};

#define FZ_VAL		32
static char fz_root_vals[ARRAY_SIZE(fz_root_files)][FZ_VAL];

/* Read the root's settings (at start-up) or put them back and check. */
static void fz_root_state(bool save, char *finding)
{
	char path[FZ_PATH], val[FZ_VAL], *buf, *line, *pos;
	int i;

	for (i = 0; i < ARRAY_SIZE(fz_root_files); i++) {
		snprintf(path, sizeof(path), "%s/%s", fz_mnt[0],
			 fz_root_files[i]);
		if (save) {
			if (fz_read_file(path, fz_root_vals[i], FZ_VAL) < 0)
				fz_root_vals[i][0] = '\0';
			continue;
		}
		if (!fz_root_vals[i][0])
			continue;
		fz_write_file(path, fz_root_vals[i], strlen(fz_root_vals[i]));
		if (fz_read_file(path, val, sizeof(val)) < 0 ||
		    strcmp(val, fz_root_vals[i])) {
			if (!finding[0])
				snprintf(finding, FZ_FINDING,
					 "root %s is %s, was %s", fz_root_files[i],
					 val, fz_root_vals[i]);
		}
	}
	if (save)
		return;
	snprintf(path, sizeof(path), "%s/devices.deny", fz_mnt[0]);
	fz_write_file(path, "a", 1);
	snprintf(path, sizeof(path), "%s/devices.allow", fz_mnt[0]);
	fz_write_file(path, "a", 1);
	buf = kmalloc(FZ_SNAP, GFP_KERNEL);
	if (!buf)
		return;
	snprintf(path, sizeof(path), "%s/blkio.weight_device", fz_mnt[0]);
	if (fz_read_file(path, buf, FZ_SNAP) > 0) {
		pos = buf;
		while ((line = strsep(&pos, "\n"))) {
			if (!*line)
				continue;
			line[strcspn(line, "\t ")] = '\0';
			snprintf(val, sizeof(val), "%s 0", line);
			fz_write_file(path, val, strlen(val));
		}
	}
	kfree(buf);
}

/* A program that writes may have changed a root's settings: put them back. */
static void fz_reset_roots(const struct fz_prog *prog, char *finding)
{
	long ret;
	int i;

	for (i = 0; i < prog->nr; i++)
		if (prog->calls[i].op == FZ_WRITEF ||
		    prog->calls[i].op == FZ_WRITEL ||
		    prog->calls[i].op == FZ_WRITE)
			break;
	if (i == prog->nr)
		return;
	ret = ksys_mount("cgroup", fz_mnt[0], "cgroup", 0, "");
	if (ret) {
		if (!finding[0])
			snprintf(finding, FZ_FINDING,
				 "mount of every subsystem after clean-up: %ld",
				 ret);
		return;
	}
	fz_root_state(false, finding);
	ret = ksys_umount(fz_mnt[0], 0);
	if (ret && !finding[0])
		snprintf(finding, FZ_FINDING, "umount %s: %ld", fz_mnt[0],
			 ret);
}

/* Remove the cgroups, the hierarchies and the nodes; @finding on error. */
static void fz_unmount_all(const struct fz_prog *prog, char *finding)
{
	int h, i;

	for (h = 0; h < FZ_HIERS; h++)
		fz_clear_hier(h, finding);
	/* "rmdir h0 ." on an unmounted h0 removes the mount point */
	ksys_mkdir(FZ_ROOT, 0755);
	for (h = 0; h < FZ_HIERS; h++)
		ksys_mkdir(fz_mnt[h], 0755);
	fz_recover(prog, finding);
	for (i = 0; i < FZ_DEVS; i++)
		ksys_unlink(fz_dev[i]);
	fz_reset_roots(prog, finding);
}

/* ------------------------------------------------------------------ */
/* The oracle */

struct fz_snap {
	int tasks;
	long live;
	unsigned long warns;
	unsigned long inversions;
	char cgroups[FZ_SNAP];
	char mounts[FZ_SNAP];
};

static void fz_snapshot(struct fz_snap *s)
{
	rcu_barrier();
	s->tasks = nr_tasks();
	s->live = host_ops.mem_live();
	s->warns = warn_count();
	s->inversions = lockdep_inversions();
	if (fz_read_file("/proc/cgroups", s->cgroups, FZ_SNAP) < 0)
		s->cgroups[0] = '\0';
	if (fz_read_file("/proc/mounts", s->mounts, FZ_SNAP) < 0)
		s->mounts[0] = '\0';
}

#define FZ_CHECK_TASKS	512

/*
 * Every live task has exactly its cpuset's CPUs and nodes.  Per-CPU
 * kernel threads keep their one CPU; a task that started exiting is
 * left out (the flag is written under task_lock, and exit moves the
 * task to the root cpuset).
 */
static void fz_check_cpuset_masks(char *finding)
{
	struct task_struct **tasks, *p, *t;
	nodemask_t want_mems;
	bool cpus_ok, mems_ok, exiting;
	cpumask_t want;
	int nr = 0, i;

	tasks = kmalloc_array(FZ_CHECK_TASKS, sizeof(*tasks), GFP_KERNEL);
	if (!tasks)
		return;
	read_lock(&tasklist_lock);
	for_each_process(p)
		for_each_thread(p, t)
			if (nr < FZ_CHECK_TASKS)
				tasks[nr++] = get_task_struct(t);
	read_unlock(&tasklist_lock);
	for (i = 0; i < nr; i++) {
		t = tasks[i];
		cpuset_cpus_allowed(t, &want);
		want_mems = cpuset_mems_allowed(t);
		task_lock(t);
		exiting = t->flags & (PF_EXITING | PF_THREAD_BOUND);
		cpus_ok = cpumask_equal(&t->cpus_allowed, &want);
		mems_ok = nodes_equal(t->mems_allowed, want_mems);
		task_unlock(t);
		if (!exiting && (!cpus_ok || !mems_ok) && !finding[0])
			snprintf(finding, FZ_FINDING,
				 "tid %d: %s differ from its cpuset's",
				 task_pid_nr(t), cpus_ok ? "mems" : "cpus");
		put_task_struct(t);
	}
	kfree(tasks);
}

/*
 * What holds at any time, checked once the calls returned, while the
 * program's tasks and cgroups still exist: the memory controller's
 * charges add up, and tasks have their cpuset's masks.
 */
static void fz_check_invariants(char *finding)
{
	if (IS_ENABLED(CONFIG_CGROUP_MEM_RES_CTLR) &&
	    mem_cgroup_check_conservation() && !finding[0])
		snprintf(finding, FZ_FINDING,
			 "memcg charges differ from the pages mapped");
	if (IS_ENABLED(CONFIG_CPUSETS))
		fz_check_cpuset_masks(finding);
}

/* Compare with @before; describe the first difference in @finding. */
static bool fz_differs(const struct fz_snap *before, struct fz_snap *after,
		       char *finding)
{
	if (after->warns != before->warns)
		snprintf(finding, FZ_FINDING, "%lu WARN(s)",
			 after->warns - before->warns);
	else if (after->inversions != before->inversions)
		snprintf(finding, FZ_FINDING, "%lu lockdep report(s)",
			 after->inversions - before->inversions);
	else if (after->tasks != before->tasks)
		snprintf(finding, FZ_FINDING, "%d task(s) left over (%d before)",
			 after->tasks - before->tasks, before->tasks);
	else if (strcmp(after->cgroups, before->cgroups))
		snprintf(finding, FZ_FINDING, "/proc/cgroups differs:\n%s",
			 after->cgroups);
	else if (strcmp(after->mounts, before->mounts))
		snprintf(finding, FZ_FINDING, "/proc/mounts differs:\n%s",
			 after->mounts);
	else if (after->live != before->live)
		snprintf(finding, FZ_FINDING, "%ld allocation(s) left over",
			 after->live - before->live);
	else
		return false;
	return true;
}

/* The program, with results: to the console, or to the log (@log). */
static void fz_print_prog(const struct fz_prog *prog, bool results, bool log)
{
	const size_t size = FZ_STR * 4 + 160;
	char *line = kmalloc(size, GFP_KERNEL);
	int i, n;

	if (!line)
		return;
	for (i = 0; i < prog->nr; i++) {
		n = fz_print_call(&prog->calls[i], line, size - 32);
		if (results)
			n += scnprintf(line + n, size - n, "\t# %ld",
				       fz_ret[i]);
		if (log) {
			pr_err("%s\n", line);
		} else {
			line[n++] = '\n';
			host_ops.console_write(line, n);
		}
	}
	kfree(line);
}

static struct fz_snap *fz_before, *fz_after;

/*
 * Every worker has made its calls.  An acquire load: the workers' results
 * (fz_ret[]) and their last reads of the program happen before what the
 * harness does next; each worker's atomic_dec_and_test() is fully
 * ordered, and atomic_read() is not.
 */
static bool fz_workers_done(void)
{
	/* pairs with each worker's atomic_dec_and_test() of fz_running */
	return !smp_load_acquire(&fz_running.counter);
}

/**
 * fz_run_prog() - run a program once and check the kernel after it
 * @prog: the program
 * @verbose: print every call with its result
 *
 * Context: init's program (the harness forks from and reaps as init).
 * Return: 0, or 1 after printing a finding.
 */
static int fz_run_prog(struct fz_prog *prog, bool verbose)
{
	char finding[FZ_FINDING] = "";
	struct task_struct *t0;
	long pid, left;
	int i;

	fz_snapshot(fz_before);

	pid = kernel_clone(&(struct kernel_clone_args){
			.exit_signal = SIGCHLD, .name = "fuzz" });
	if (pid < 0) {
		snprintf(finding, sizeof(finding), "fork of t0: %ld", pid);
		goto report;
	}
	t0 = find_get_task_by_vpid(pid);
	fz_set_slot(0, t0, pid, pid);
	for (i = 0; i < prog->nr; i++)
		fz_ret[i] = -ESRCH;

	fz_cur = prog;
	atomic_set(&fz_running, FZ_WORKERS);
	/* publishes the program to the workers (their acquire of fz_gen) */
	smp_store_release(&fz_gen, fz_gen + 1);
	for (i = 0; i < FZ_WORKERS; i++)
		wake_up(kthread_wait_queue(fz_workers[i].task));
	left = wait_event_timeout(fz_done_wait, fz_workers_done(),
				  msecs_to_jiffies(FZ_SOFT_MS));
	if (!left)
		fz_kill_all();
	/*
	 * The hard limit in one-second waits, so that a process stopped or
	 * starved for a while (jiffies are wall time) loses one of them, not
	 * the whole limit.
	 */
	for (i = 0; !left && i < FZ_HARD_MS / 1000; i++)
		left = wait_event_timeout(fz_done_wait, fz_workers_done(),
					  msecs_to_jiffies(1000));
	if (!left) {
		pr_err("fuzz: FINDING: hang: a worker did not return\n");
		for (i = 0; i < FZ_WORKERS; i++)
			pr_err("fuzz: worker %d is in call %d\n", i,
			       READ_ONCE(fz_workers[i].cur));
		fz_print_prog(prog, false, true);
		host_ops.panic();
	}

	fz_check_invariants(finding);
	fz_kill_all();
	fz_reap();
	fz_unmount_all(prog, finding);
	if (!finding[0])
		fz_check_invariants(finding);
	if (finding[0])
		goto report;

	for (i = 0; i < FZ_SETTLE_MS / 20; i++) {
		fz_snapshot(fz_after);
		if (!fz_differs(fz_before, fz_after, finding))
			break;
		if (fz_after->warns != fz_before->warns ||
		    fz_after->inversions != fz_before->inversions)
			break;
		finding[0] = '\0';
		msleep(20);
	}
	if (i == FZ_SETTLE_MS / 20)
		fz_differs(fz_before, fz_after, finding);

report:
	if (verbose)
		fz_print_prog(prog, true, false);
	if (!finding[0])
		return 0;
	if (!verbose)
		fz_print_prog(prog, true, true);
	pr_err("fuzz: FINDING: %s\n", finding);
	return 1;
}

/* ------------------------------------------------------------------ */
/* Start-up: the directories and the name tables */

static int fz_cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void fz_add_file(const char *name)
{
	int i;

	if (fz_nr_files >= FZ_MAX_FILES)
		return;
	for (i = 0; i < fz_nr_files; i++)
		if (!strcmp(fz_files[i], name))
			return;
	fz_files[fz_nr_files] = kstrdup(name, GFP_KERNEL);
	if (fz_files[fz_nr_files])
		fz_nr_files++;
}

/* Add the names of the files in @dir (and without their prefix). */
static void fz_list_files(const char *dir, char *buf)
{
	long fd, n, off;

	fd = ksys_open(dir, O_RDONLY | O_DIRECTORY, 0);
	if (fd < 0)
		return;
	while ((n = ksys_getdents64(fd, (void *)buf, 4096)) > 0) {
		for (off = 0; off < n;) {
			struct linux_dirent64 *d = (void *)(buf + off);
			char *dot = strchr(d->d_name, '.');

			off += d->d_reclen;
			if (d->d_type == DT_DIR)
				continue;
			fz_add_file(d->d_name);
			if (dot && strncmp(d->d_name, "cgroup.", 7))
				fz_add_file(dot + 1);
		}
	}
	ksys_close(fd);
}

/*
 * The subsystems from /proc/cgroups (enabled ones), the file names from
 * a hierarchy with all of them, also without their prefix (noprefix),
 * and a few names no cgroup has.
 */
static int fz_setup_tables(void)
{
	static const char *const made_up[] = {
		"nosuchfile", "cgroup.nosuch", "tasks.", "cpuset.",
	};
	char *buf = kmalloc(4096, GFP_KERNEL), *line, *pos;
	char child[FZ_PATH];
	int i;

	if (!buf)
		return -ENOMEM;
	if (fz_read_file("/proc/cgroups", buf, 4096) < 0)
		goto fail;
	pos = buf;
	while ((line = strsep(&pos, "\n")) && fz_nr_subsys < FZ_MAX_SUBSYS) {
		char *name = strsep(&line, "\t");
		char *enabled = line ? strrchr(line, '\t') : NULL;

		if (!*name || *name == '#' || !enabled || strcmp(enabled, "\t1"))
			continue;
		fz_subsys[fz_nr_subsys] = kstrdup(name, GFP_KERNEL);
		if (fz_subsys[fz_nr_subsys])
			fz_nr_subsys++;
	}

	if (ksys_mount("cgroup", fz_mnt[0], "cgroup", 0, ""))
		goto fail;
	snprintf(child, sizeof(child), "%s/a", fz_mnt[0]);
	ksys_mkdir(child, 0755);
	fz_list_files(fz_mnt[0], buf);
	fz_list_files(child, buf);
	fz_root_state(true, NULL);
	ksys_rmdir(child);
	ksys_umount(fz_mnt[0], 0);
	for (i = 0; i < ARRAY_SIZE(made_up); i++)
		fz_add_file(made_up[i]);
	sort(fz_files, fz_nr_files, sizeof(fz_files[0]), fz_cmp_str, NULL);
	kfree(buf);
	return fz_nr_files ? 0 : -ENOENT;
fail:
	kfree(buf);
	return -ENOENT;
}

static int fz_init(void)
{
	int i, ret;

	ksys_mkdir(FZ_ROOT, 0755);
	for (i = 0; i < FZ_HIERS; i++)
		ksys_mkdir(fz_mnt[i], 0755);
	for (i = 0; i < FZ_FDS; i++)
		fz_fd[i] = -1;
	fz_before = kzalloc(sizeof(*fz_before), GFP_KERNEL);
	fz_after = kzalloc(sizeof(*fz_after), GFP_KERNEL);
	if (!fz_before || !fz_after)
		return -ENOMEM;
	ret = fz_setup_tables();
	if (ret) {
		pr_err("fuzz: cannot list the cgroup files: %d\n", ret);
		return ret;
	}
	return fz_start_workers();
}

/* ------------------------------------------------------------------ */
/* The libFuzzer server: a mailbox of host futex words */

static unsigned int fz_ready;		/* 1 once the server waits */
static unsigned int fz_mbox;		/* 0 idle, 1 posted, 2 answered */
static const u8 *fz_mbox_data;
static size_t fz_mbox_size;
static bool fz_mbox_stop;
static int fz_mbox_ret;

static void fz_futex_set(unsigned int *word, unsigned int val)
{
	__atomic_store_n(word, val, __ATOMIC_SEQ_CST);
	host_ops.futex_wake(word, INT_MAX);
}

static void fz_futex_wait_for(unsigned int *word, unsigned int val)
{
	unsigned int now;

	while ((now = __atomic_load_n(word, __ATOMIC_SEQ_CST)) != val)
		host_ops.futex_wait(word, now, 0);
}

static void fz_futex_wait_while(unsigned int *word, unsigned int val)
{
	while (__atomic_load_n(word, __ATOMIC_SEQ_CST) == val)
		host_ops.futex_wait(word, val, 0);
}

/**
 * fuzz_server_exec() - run one input in the kernel's fuzz server
 * @data: the input bytes (any)
 * @size: their number
 *
 * Called by the libFuzzer harness (tools/testing/fuzz/libfuzzer.c) on
 * its own host thread, which is no task: it hands the input to init's
 * program "fuzz server" and waits for the answer.
 * Context: a host thread outside the kernel; one caller at a time.
 * Return: 0, or 1 if the input produced a finding (printed).
 */
int fuzz_server_exec(const u8 *data, size_t size)
{
	fz_futex_wait_for(&fz_ready, 1);
	fz_mbox_data = data;
	fz_mbox_size = size;
	fz_futex_set(&fz_mbox, 1);
	fz_futex_wait_while(&fz_mbox, 1);
	__atomic_store_n(&fz_mbox, 0, __ATOMIC_SEQ_CST);
	return fz_mbox_ret;
}

/**
 * fuzz_server_wait() - wait until the fuzz server is up
 *
 * Returns once the kernel has booted and the server (init's program) has
 * set up and waits for inputs.
 * Context: as fuzz_server_exec().
 */
void fuzz_server_wait(void)
{
	fz_futex_wait_for(&fz_ready, 1);
}

/**
 * fuzz_server_stop() - let the fuzz server return, so that the kernel
 *	shuts down
 *
 * Context: as fuzz_server_exec().
 */
void fuzz_server_stop(void)
{
	fz_futex_wait_for(&fz_ready, 1);
	fz_mbox_stop = true;
	fz_futex_set(&fz_mbox, 1);
}

static int fz_server(void)
{
	struct fz_prog *prog = kmalloc(sizeof(*prog), GFP_KERNEL);

	if (!prog)
		return 1;
	fz_futex_set(&fz_ready, 1);
	for (;;) {
		fz_futex_wait_for(&fz_mbox, 1);
		if (fz_mbox_stop)
			break;
		fz_decode(prog, fz_mbox_data, fz_mbox_size);
		fz_mbox_ret = fz_run_prog(prog, false);
		fz_futex_set(&fz_mbox, 2);
	}
	kfree(prog);
	return 0;
}

/* ------------------------------------------------------------------ */
/* The console modes */

#define FZ_LINE		512

/*
 * Read a text program from the console; 0, or 2 on a bad line.  With
 * @lenient (fuzz encode, for seeds), a line that is not a call (a file
 * this kernel does not have) and calls past FZ_MAX_CALLS are left out.
 */
static int fz_read_prog(struct fz_prog *prog, bool lenient)
{
	char *line = kmalloc(FZ_LINE, GFP_KERNEL);
	int lineno = 0, ret = 0;

	if (!line)
		return 2;
	prog->nr = 0;
	while (host_ops.console_read_line(line, FZ_LINE) >= 0) {
		char *s = skip_spaces(line), *hash;

		lineno++;
		hash = strstr(s, "\t#");
		if (hash)
			*hash = '\0';
		if (!*s || *s == '#')
			continue;
		if (prog->nr == FZ_MAX_CALLS ||
		    fz_parse_call(&prog->calls[prog->nr], s)) {
			pr_err("fuzz: line %d: not a call: %s\n", lineno, s);
			if (lenient)
				continue;
			ret = 2;
			break;
		}
		prog->nr++;
	}
	kfree(line);
	return ret;
}

static int fz_encode_main(struct fz_prog *prog)
{
	size_t size = FZ_MAX_CALLS * (11 + FZ_STR), n, i;
	u8 *buf = kmalloc(size, GFP_KERNEL);
	char hex[3];

	if (!buf)
		return 1;
	n = fz_encode(prog, buf, size);
	for (i = 0; i < n; i++) {
		snprintf(hex, sizeof(hex), "%02x", buf[i]);
		host_ops.console_write(hex, 2);
		if (i % 32 == 31 || i == n - 1)
			host_ops.console_write("\n", 1);
	}
	kfree(buf);
	return 0;
}

static int fz_hex(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/*
 * fuzz decode: an input, as hex on any number of lines, as a text
 * program.  Input longer than libFuzzer's largest (4096 bytes), or a
 * line the console would cut, is refused (exit status 2): a decoded
 * part of an input is another program, not the one that ran.
 */
static int fz_decode_main(struct fz_prog *prog)
{
	const size_t size = 4096, room = 2 * size + 2;
	char *line = kmalloc(room, GFP_KERNEL);
	u8 *buf = kmalloc(size, GFP_KERNEL);
	size_t n = 0;
	long len;
	int i, ret = 1;

	if (!line || !buf)
		goto out;
	ret = 2;
	while ((len = host_ops.console_read_line(line, room)) >= 0) {
		if (len >= room - 1)
			goto too_long;
		for (i = 0; line[i] && line[i + 1]; i += 2) {
			if (fz_hex(line[i]) < 0 || fz_hex(line[i + 1]) < 0)
				continue;
			if (n == size)
				goto too_long;
			buf[n++] = fz_hex(line[i]) << 4 | fz_hex(line[i + 1]);
		}
	}
	ret = 0;
	fz_decode(prog, buf, n);
	for (i = 0; i < prog->nr; i++) {
		n = fz_print_call(&prog->calls[i], line, room - 1);
		line[n++] = '\n';
		host_ops.console_write(line, n);
	}
	goto out;
too_long:
	pr_err("fuzz: decode: more than %zu bytes of input\n", size);
out:
	kfree(buf);
	kfree(line);
	return ret;
}

static int fz_main(int argc, char **argv)
{
	struct fz_prog *prog = NULL;
	unsigned int runs = 1, i;
	int ret = 1;

	if (argc < 2) {
		pr_err("usage: fuzz run [N] | encode | decode | server\n");
		return 2;
	}
	if (fz_init())
		goto out;
	prog = kmalloc(sizeof(*prog), GFP_KERNEL);
	if (!prog)
		goto out;
	if (!strcmp(argv[1], "server")) {
		ret = fz_server();
	} else if (!strcmp(argv[1], "decode")) {
		ret = fz_decode_main(prog);
	} else if (fz_read_prog(prog, !strcmp(argv[1], "encode"))) {
		ret = 2;
	} else if (!strcmp(argv[1], "encode")) {
		ret = fz_encode_main(prog);
	} else if (!strcmp(argv[1], "run")) {
		if (argc > 2 && kstrtouint(argv[2], 0, &runs))
			runs = 1;
		ret = 0;
		for (i = 0; i < runs && !ret; i++)
			ret = fz_run_prog(prog, i == 0);
		if (!ret) {
			char msg[48];
			int n = scnprintf(msg, sizeof(msg),
					  "fuzz: %u run(s), no finding\n", runs);

			host_ops.console_write(msg, n);
		}
	} else {
		pr_err("fuzz: unknown mode %s\n", argv[1]);
		ret = 2;
	}
out:
	fz_stop_workers();
	kfree(prog);
	return ret;
}

USER_PROGRAM("fuzz", fz_main);
