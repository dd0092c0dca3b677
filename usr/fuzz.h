/* SPDX-License-Identifier: GPL-2.0 */
/*
 * fuzz.h - the system-call fuzzer's programs (usr/fuzz_prog.c) and their
 * executor (usr/fuzz.c).  Documentation/dev-tools/fuzzing.txt describes
 * both.
 *
 * A program is a list of calls.  Each call is made by one of FZ_TASKS
 * task slots (the tasks the program created) on one of FZ_WORKERS worker
 * threads; the workers run their calls at the same time (collide mode),
 * each in program order.
 */
#ifndef _USR_FUZZ_H
#define _USR_FUZZ_H

#include <linux/types.h>

#define FZ_HIERS	3	/* mount points /fuzz/h0.. */
#define FZ_TASKS	8	/* task slots t0..; t0 is made by the harness */
#define FZ_FDS		8	/* descriptor slots fd0.. */
#define FZ_DEVS		3	/* device nodes /fuzz/d0.. */
#define FZ_WORKERS	3	/* worker threads w0.. */
#define FZ_MAX_CALLS	64
#define FZ_STR		64	/* longest string argument, NUL included */

enum fz_op {
	FZ_MOUNT, FZ_REMOUNT, FZ_UMOUNT, FZ_MKDIR, FZ_RMDIR,
	FZ_WRITEF, FZ_READF, FZ_OPEN, FZ_READ, FZ_WRITE, FZ_CLOSE, FZ_LSEEK,
	FZ_READDIR, FZ_CLONE, FZ_EXIT, FZ_EXIT_GROUP, FZ_EXEC, FZ_SETUID,
	FZ_SETGID, FZ_KILL, FZ_CHRT, FZ_MMAP, FZ_MUNMAP, FZ_MKNOD, FZ_DEVIO,
	FZ_BIO, FZ_UNSHARE, FZ_CHOWN, FZ_CHMOD, FZ_PROC, FZ_DELAY,
	FZ_FAIL, FZ_WRITEL, FZ_RENAME, FZ_STATFS, FZ_PROCW,
	FZ_NR_OPS
};

/* What a written value is: a task slot's pid or tgid, or a string. */
enum fz_val_kind { FZ_VAL_PID, FZ_VAL_TGID, FZ_VAL_STR };

/**
 * struct fz_call - one system call of a program
 * @op: enum fz_op
 * @worker: the worker thread that makes it
 * @task: the task slot it is made as
 * @arg: small arguments; which ones an op uses is fz_op_sig[op]
 *	(0: hierarchy, task or device slot; 1: cgroup; 2: file; 3: fd or
 *	task slot, or a second cgroup)
 * @num: flags, ids, sizes
 * @kind: enum fz_val_kind of a written value
 * @slot: the task slot of a FZ_VAL_PID or FZ_VAL_TGID value
 * @len: length of @str
 * @str: a written value or mount options (NUL-terminated too)
 */
struct fz_call {
	u8 op;
	u8 worker;
	u8 task;
	u8 arg[4];
	u32 num;
	u8 kind;
	u8 slot;
	u8 len;
	char str[FZ_STR];
};

/**
 * struct fz_prog - a program
 * @nr: number of calls
 * @calls: the calls
 */
struct fz_prog {
	int nr;
	struct fz_call calls[FZ_MAX_CALLS];
};

/* Names the decoder and the printer share: filled in at start-up. */
#define FZ_MAX_FILES	128
#define FZ_MAX_SUBSYS	16
extern const char *fz_files[FZ_MAX_FILES];
extern int fz_nr_files;
extern const char *fz_subsys[FZ_MAX_SUBSYS];
extern int fz_nr_subsys;
extern const char *const fz_nodes[];
extern const int fz_nr_nodes;
extern const char *const fz_op_name[FZ_NR_OPS];
extern const char *const fz_op_sig[FZ_NR_OPS];

void fz_decode(struct fz_prog *prog, const u8 *data, size_t size);
size_t fz_encode(const struct fz_prog *prog, u8 *buf, size_t size);
int fz_print_call(const struct fz_call *call, char *buf, size_t size);
int fz_parse_call(struct fz_call *call, char *line);
const char *fz_proc_file(const struct fz_call *call);
bool fz_proc_global(const struct fz_call *call);
const char *fz_exec_name(const struct fz_call *call);

/* The libFuzzer harness's entry points (called from a host thread) */
int fuzz_server_exec(const u8 *data, size_t size);
void fuzz_server_wait(void);
void fuzz_server_stop(void);

#endif /* _USR_FUZZ_H */
