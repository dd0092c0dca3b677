/* SPDX-License-Identifier: GPL-2.0 */
/*
 * cgroup_util.h - the vocabulary of the real-kernel cgroup selftests.
 *
 * Every helper takes a cgroup directory path (v1 or v2 alike) and, where
 * it names a control file, the file's name relative to that directory.
 * Helpers return 0 or a count on success and -errno on failure, so that a
 * test can compare the kernel's errno directly (-ESRCH, -EINVAL, ...).
 *
 * Thread files: a v1 cgroup lists its threads in "tasks", a v2 cgroup in
 * "cgroup.threads"; cg_threads_file() picks the one the directory has.
 */
#ifndef _CGROUP_UTIL_H
#define _CGROUP_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#ifndef ARRAY_SIZE
#define ARRAY_SIZE(arr)	(sizeof(arr) / sizeof((arr)[0]))
#endif

/* Large enough for any path the tests build under their root. */
#define CG_PATH_MAX	4096

/* PF_EXITING in the flags field of /proc/PID/task/TID/stat. */
#define CG_PF_EXITING	0x00000004

/**
 * struct cg_ids - a list of ids read from a cgroup or /proc file.
 * @ids: the ids, in the order the file gave them (malloc'ed).
 * @nr: number of valid entries in @ids.
 */
struct cg_ids {
	pid_t *ids;
	size_t nr;
};

/**
 * struct cg_census - the threads of one process found in one cgroup.
 * @listed: ids of the process's threads the cgroup's thread file listed.
 * @live: those of @listed that were, when checked after the read, still
 *	alive and not exiting (PF_EXITING clear).  Since PF_EXITING is never
 *	cleared, such a thread was not exiting at the time of the read either.
 * @first_live: the first thread counted in @live (0 when @live is 0).
 */
struct cg_census {
	int listed;
	int live;
	pid_t first_live;
};

int cg_version(const char *cgroup);
int cg_name(char *buf, size_t len, const char *root, const char *name);
int cg_create(const char *cgroup);
int cg_destroy(const char *cgroup);

ssize_t cg_read(const char *cgroup, const char *control, char *buf,
		size_t len);
int cg_read_ids(const char *cgroup, const char *control, struct cg_ids *list);
int cg_write(const char *cgroup, const char *control, const char *buf);
int cg_write_len(const char *cgroup, const char *control, const char *buf,
		 size_t len);
int cg_write_pid(const char *cgroup, const char *control, pid_t pid);
int cg_procs_write(const char *cgroup, pid_t pid);
int cg_tasks_write(const char *cgroup, pid_t tid);
int cg_enter_pid(const char *cgroup, pid_t pid);
const char *cg_threads_file(const char *cgroup);

bool cg_lists(const char *cgroup, const char *control, pid_t id);
int cg_count_threads_in(const char *cgroup, pid_t pid,
			struct cg_census *census);

int proc_read_tids(pid_t pid, struct cg_ids *list);
int proc_thread_live(pid_t pid, pid_t tid);

void cg_ids_free(struct cg_ids *list);

#endif /* _CGROUP_UTIL_H */
