/* SPDX-License-Identifier: GPL-2.0 */
/*
 * host_ops.h - the one seam between the kernel and the host it runs on.
 *
 * The kernel side (everything outside the arch/host *_user.c files and
 * tools/) is built with -nostdinc and may reach the host only through the
 * single object declared here, host_ops.  This header is included from both
 * sides, so it may include nothing at all: it uses only C's own types.
 *
 * Contract for every operation:
 *  - it may be called from any host thread, including threads the kernel
 *    did not create (FUSE workers); such a thread is registered with the
 *    host's RCU lazily, on its first rcu_read_lock();
 *  - it never calls back into the kernel, except thread_create's @fn,
 *    call_rcu's @func and fuse_start's @bridge, which run on host threads
 *    of the host's choosing;
 *  - it never fails unless its description says how.
 *
 * The host keeps no kernel state: locks, tasks and wait queues are built
 * by the kernel on top of futex_wait()/futex_wake() (kernel/locking/).
 */
#ifndef _HOST_OPS_H
#define _HOST_OPS_H

/* Opaque handles: only the arch/host *_user.c files know their layout. */
struct host_thread;

/*
 * struct host_rcu_head - the callback record of call_rcu().
 *
 * Layout-compatible with the host RCU library's own record (a link word
 * followed by the function), which the host checks at build time.  The
 * kernel's struct rcu_head is this type.
 */
struct host_rcu_head {
	struct host_rcu_head *next;
	void (*func)(struct host_rcu_head *head);
};

/**
 * struct host_fault_site - one allocation call site seen by the injector
 * @site: "file:line" of the kmalloc() call, a string literal
 * @calls: allocations attempted from this site since boot
 * @failed: allocations the injector failed at this site
 */
struct host_fault_site {
	const char *site;
	unsigned long calls;
	unsigned long failed;
};

/**
 * struct host_fs_stat - a file's attributes, as the FUSE bridge passes them
 * @ino: inode number
 * @mode: type and permission bits (Linux's S_IF* and permission values)
 * @nlink: link count
 * @uid: owner
 * @gid: group
 * @size: size in bytes (0 for pseudo files: read them to the end)
 */
struct host_fs_stat {
	unsigned long long ino;
	unsigned int mode;
	unsigned int nlink;
	unsigned int uid;
	unsigned int gid;
	long long size;
};

/**
 * struct host_fs_statfs - a file system's statistics, as the FUSE bridge
 *	passes them (the kernel's struct kstatfs)
 * @type: the kernel file system's magic number (f_type)
 * @bsize: block size
 * @frsize: fragment size
 * @blocks: total blocks
 * @bfree: free blocks
 * @bavail: free blocks for unprivileged users
 * @files: total inodes
 * @ffree: free inodes
 * @namelen: longest name
 */
struct host_fs_statfs {
	unsigned long type;
	unsigned long bsize;
	unsigned long frsize;
	unsigned long long blocks;
	unsigned long long bfree;
	unsigned long long bavail;
	unsigned long long files;
	unsigned long long ffree;
	unsigned long namelen;
};

/**
 * struct host_fs_bridge - the kernel's file operations, as the FUSE
 *	export calls them
 *
 * The kernel hands this table to @fuse_start; the host calls its members
 * from its FUSE worker threads (host threads the kernel did not create),
 * any number at once.  Each member runs the operation inside the kernel
 * as a task whose credentials are @uid/@gid (the host caller's), through
 * the system-call boundary, and returns 0 (or a count) or -errno with
 * Linux's errno values.  Paths are absolute in the kernel's file tree.
 * Open flags are Linux's O_* values.  A @file cookie comes from @open
 * and is valid until @release; the host never looks inside it.
 *
 * @getattr: stat(@path) into @st.
 * @readdir: list the directory @path: @fill(@ctx, name, st) once per
 *	entry ("." and ".." included; only @st->ino and the type bits of
 *	@st->mode are set); @fill returns nonzero to stop.  @fill is the
 *	host's and never calls back into the kernel.
 * @open: open @path with @flags (@mode when creating); stores the cookie
 *	in *@file.
 * @read: read up to @size bytes at offset @off of an open file into @buf.
 *	Returns the byte count (0 at the end) or -errno.
 * @write: hand @size bytes from @buf to the file's write handler in one
 *	call, at offset @off.  Returns the handler's byte count or -errno.
 * @release: drop the cookie @open gave; never fails.
 * @mkdir: mkdir(@path, @mode).
 * @rmdir: rmdir(@path).
 * @unlink: unlink(@path).
 * @chown: chown(@path, @owner, @group); (unsigned int)-1 keeps a field.
 * @chmod: chmod(@path, @mode) (permission bits only).
 * @truncate: truncate(@path, @size): the kernel's pseudo files ignore it,
 *	after the same open-for-writing permission check.
 * @rename: rename(@from, @to).
 * @statfs: statfs(@path) into @st.
 */
struct host_fs_bridge {
	int (*getattr)(unsigned int uid, unsigned int gid, const char *path,
		       struct host_fs_stat *st);
	int (*readdir)(unsigned int uid, unsigned int gid, const char *path,
		       int (*fill)(void *ctx, const char *name,
				   const struct host_fs_stat *st),
		       void *ctx);
	int (*open)(unsigned int uid, unsigned int gid, const char *path,
		    int flags, unsigned int mode, void **file);
	long (*read)(unsigned int uid, unsigned int gid, void *file,
		     char *buf, unsigned long size, long long off);
	long (*write)(unsigned int uid, unsigned int gid, void *file,
		      const char *buf, unsigned long size, long long off);
	void (*release)(void *file);
	int (*mkdir)(unsigned int uid, unsigned int gid, const char *path,
		     unsigned int mode);
	int (*rmdir)(unsigned int uid, unsigned int gid, const char *path);
	int (*unlink)(unsigned int uid, unsigned int gid, const char *path);
	int (*chown)(unsigned int uid, unsigned int gid, const char *path,
		     unsigned int owner, unsigned int group);
	int (*chmod)(unsigned int uid, unsigned int gid, const char *path,
		     unsigned int mode);
	int (*truncate)(unsigned int uid, unsigned int gid, const char *path,
			long long size);
	int (*rename)(unsigned int uid, unsigned int gid, const char *from,
		      const char *to);
	int (*statfs)(unsigned int uid, unsigned int gid, const char *path,
		      struct host_fs_statfs *st);
};

/**
 * struct host_operations - everything the kernel asks of its host
 *
 * Memory
 * @mem_alloc: allocate @size bytes, zeroed when @zero.  @site names the
 *	call site ("kernel/cgroup.c:1234").  Returns NULL when the host is out
 *	of memory or when the fault injector chose to fail this call (see
 *	@fault_fail_nth and @fault_fail_site).  Counts the object as live.
 * @mem_free: free what @mem_alloc returned; NULL is ignored.
 * @mem_size: the usable size of what @mem_alloc returned (at least the
 *	size asked for); 0 for NULL.  For the freeing checks of lock
 *	debugging.
 * @mem_live: number of live objects (allocated and not yet freed).
 * @mem_bytes: bytes of the live objects (as malloc_usable_size() counts).
 * @mem_peak_bytes: the highest @mem_bytes since the last call with @reset
 *	nonzero (or since start); with @reset, the peak restarts from the
 *	current @mem_bytes after being read.  For the benchmarks.
 *
 * Fault injection (CONFIG_FAILSLAB; per host thread unless said otherwise)
 * @fault_fail_nth: fail the @nth allocation made by this host thread from
 *	now on (1 = the next one); 0 disarms.  Mirrors Linux's
 *	/proc/self/fail-nth.
 * @fault_fail_site: fail every allocation of this host thread whose site
 *	equals @site, @times times (-1: until disarmed); NULL disarms.
 * @fault_call_nth: at the @nth allocation made by this host thread from
 *	now on, disarm and call @fn(@arg) on this thread, then allocate as
 *	usual: a test makes something happen at an exact point of a code
 *	path (a race forced at each allocation in turn).  @fn runs with the
 *	locks the allocating code holds and may allocate itself.  0 disarms.
 * @fault_fail_random: fail allocations of this host thread at random,
 *	each with probability 1/@one_in, drawn from a generator of this
 *	thread seeded with @seed (the same seed and the same allocations
 *	fail the same ones); only those whose site equals @site, unless
 *	@site is NULL.  @one_in 0 disarms.  The other modes are checked
 *	first.
 * @fault_injected: how many allocations of this host thread the injector
 *	failed since the thread started, whatever the mode.
 * @fault_armed: nonzero while any mode of this thread's injector is
 *	armed.
 * @fault_sites: copy up to @max entries of the (global) site registry into
 *	@sites, sorted by site name; returns the number of sites known.
 *
 * Synchronisation
 * @futex_wait: if *@uaddr still equals @val, sleep until futex_wake() on
 *	@uaddr, a spurious wakeup, or @timeout_ns elapses (0: no timeout).
 *	Returns 0 on wakeup, -1 on a value mismatch, -2 on timeout.
 * @futex_wake: wake up to @nr sleepers on @uaddr; returns how many.
 * @cpu_relax: pause briefly inside a spin loop.
 * @yield: give the host CPU to another host thread.
 *
 * RCU (liburcu underneath)
 * @rcu_read_lock: begin a read-side critical section; nests.
 * @rcu_read_unlock: end the innermost read-side critical section.
 * @synchronize_rcu: wait for every reader that began before the call.
 * @call_rcu: run @head->func(@head) after a grace period, on a host thread
 *	registered as an RCU reader.  @head is a struct host_rcu_head.
 * @rcu_barrier: wait until every call_rcu() callback queued so far ran.
 * @rcu_quiesce: wait until no call_rcu() callback is queued or running,
 *	including callbacks that callbacks queue meanwhile.  Waits forever
 *	while other threads keep queueing.
 *
 * Threads
 * @thread_create: start @fn(@arg) on a new host thread with @stack_size
 *	bytes of stack (0: default).  Returns NULL on failure.
 * @thread_join: wait for @thread to return from its function and free it.
 * @thread_detach: let @thread free itself when its function returns.
 * @thread_exit: end the calling host thread now, as if its function had
 *	returned (kthread_exit() uses it after the task's own exit work).
 * @thread_self_id: a small number unique to the calling host thread while
 *	it lives (never 0); lock owners and printk use it.
 * @threads_running: how many host threads started by @thread_create have
 *	not yet returned from their function or called @thread_exit.  A
 *	thread stops counting after the last kernel code it runs.
 * @threads_wait: wait until @threads_running is at most @max, or
 *	@timeout_ns elapses (0: no timeout); returns @threads_running.
 * @thread_pin_cpu: run the calling host thread only on host CPU @cpu,
 *	counted among the CPUs the program may use (modulo their number);
 *	a negative @cpu lets it run on all of them again.  For the
 *	benchmarks, which must not measure the host's scheduler.  Returns
 *	0, or -errno (the host refused; nothing changed).
 *
 * Time
 * @time_ns: monotonic time in nanoseconds.
 * @thread_cpu_ns: CPU time the calling host thread has used, in
 *	nanoseconds (for the benchmarks).
 * @sleep_ns: sleep for @ns nanoseconds.
 * @random_seed: a seed from the host's entropy, for torture tests.
 *
 * Console and output
 * @print: write @len bytes to the kernel log (stderr).
 * @console_write: write @len bytes to the console output (stdout).
 * @console_read_line: read one line of at most @size - 1 bytes into @buf,
 *	NUL-terminated, without the newline.  Returns its length, or -1 at
 *	end of input.
 * @console_is_tty: nonzero when the console is a terminal.
 *
 * FUSE export (arch/host/fuse_user.c; kernel side arch/host/fuse_kern.c)
 * @fuse_start: mount the kernel's file tree on the host directory @dir
 *	with libfuse3 and serve it from host threads of the host's own, each
 *	request through @bridge (which must stay valid until @fuse_stop
 *	returns).  A dead mount left on @dir by a killed run is cleared
 *	first.  From now on SIGINT and SIGTERM unmount before the program
 *	ends.  Returns 0, or -errno (the mount failed; nothing is served).
 * @fuse_stop: unmount, wait until no request is inside @bridge any more,
 *	and free the session.  Nothing happens if nothing is mounted.
 *
 * Lifetime
 * @panic: print nothing more, flush, and end the whole program with
 *	exit status 2.  Does not return.
 * @halt: end the whole program with exit status @status after flushing.
 */
struct host_operations {
	void *(*mem_alloc)(unsigned long size, int zero, const char *site);
	void (*mem_free)(void *ptr);
	unsigned long (*mem_size)(const void *ptr);
	long (*mem_live)(void);
	long (*mem_bytes)(void);
	long (*mem_peak_bytes)(int reset);

#ifdef CONFIG_FAILSLAB
	void (*fault_fail_nth)(unsigned long nth);
	void (*fault_fail_site)(const char *site, long times);
	void (*fault_call_nth)(unsigned long nth, void (*fn)(void *arg),
			       void *arg);
	void (*fault_fail_random)(unsigned long long seed,
				  unsigned long one_in, const char *site);
	unsigned long (*fault_injected)(void);
	int (*fault_armed)(void);
	unsigned long (*fault_sites)(struct host_fault_site *sites,
				     unsigned long max);
#endif

	int (*futex_wait)(unsigned int *uaddr, unsigned int val,
			  unsigned long long timeout_ns);
	int (*futex_wake)(unsigned int *uaddr, int nr);
	void (*cpu_relax)(void);
	void (*yield)(void);

	void (*rcu_read_lock)(void);
	void (*rcu_read_unlock)(void);
	void (*synchronize_rcu)(void);
	void (*call_rcu)(struct host_rcu_head *head,
			 void (*func)(struct host_rcu_head *head));
	void (*rcu_barrier)(void);
	void (*rcu_quiesce)(void);

	struct host_thread *(*thread_create)(void (*fn)(void *arg), void *arg,
					     unsigned long stack_size);
	void (*thread_join)(struct host_thread *thread);
	void (*thread_detach)(struct host_thread *thread);
	void (*thread_exit)(void) __attribute__((noreturn));
	unsigned long (*thread_self_id)(void);
	long (*threads_running)(void);
	long (*threads_wait)(long max, unsigned long long timeout_ns);
	int (*thread_pin_cpu)(int cpu);

	unsigned long long (*time_ns)(void);
	unsigned long long (*thread_cpu_ns)(void);
	void (*sleep_ns)(unsigned long long ns);
	unsigned long long (*random_seed)(void);

	void (*print)(const char *buf, unsigned long len);
	void (*console_write)(const char *buf, unsigned long len);
	long (*console_read_line)(char *buf, unsigned long size);
	int (*console_is_tty)(void);

	int (*fuse_start)(const char *dir,
			  const struct host_fs_bridge *bridge);
	void (*fuse_stop)(void);

	void (*panic)(void) __attribute__((noreturn));
	void (*halt)(int status) __attribute__((noreturn));
};

/* Filled in by arch/host before start_kernel() runs; read-only after. */
extern const struct host_operations host_ops;

/*
 * Entry from the host: arch/host/boot_user.c calls this once, on the boot
 * host thread, with the command line split as main() received it.
 * Returns the exit status of the program.
 */
int start_kernel(int argc, char **argv);

#endif /* _HOST_OPS_H */
