// SPDX-License-Identifier: GPL-2.0
/*
 * cgroup_util.c - helpers for the real-kernel cgroup selftests: create and
 * remove cgroups, read and write their control files, and count which
 * threads of a process a cgroup still lists.
 *
 * Plain user-space C: libc only, no state of its own, safe to call from
 * any thread of the test program (not from signal handlers).
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <time.h>
#include <unistd.h>

#include "cgroup_util.h"

#ifndef CGROUP_SUPER_MAGIC
#define CGROUP_SUPER_MAGIC	0x27e0eb
#endif
#ifndef CGROUP2_SUPER_MAGIC
#define CGROUP2_SUPER_MAGIC	0x63677270
#endif

/* How long cg_destroy() waits for exiting tasks to leave a cgroup. */
#define CG_DESTROY_TRIES	1000
#define CG_DESTROY_WAIT_NS	10000000L

static void cg_sleep_ns(long ns)
{
	struct timespec ts = { .tv_sec = 0, .tv_nsec = ns };

	while (nanosleep(&ts, &ts) && errno == EINTR)
		;
}

/**
 * cg_version() - which cgroup hierarchy version a directory belongs to.
 * @cgroup: a directory.
 *
 * Return: 1 (cgroup v1), 2 (cgroup v2), -ENOTDIR when @cgroup is on some
 * other filesystem, or -errno from statfs().
 */
int cg_version(const char *cgroup)
{
	struct statfs sfs;

	if (statfs(cgroup, &sfs))
		return -errno;
	if (sfs.f_type == CGROUP_SUPER_MAGIC)
		return 1;
	if (sfs.f_type == CGROUP2_SUPER_MAGIC)
		return 2;
	return -ENOTDIR;
}

/**
 * cg_name() - build the path of a child cgroup.
 * @buf: where the path goes.
 * @len: size of @buf.
 * @root: the parent cgroup's path.
 * @name: the child's name.
 *
 * Return: 0, or -ENAMETOOLONG when the path does not fit.
 */
int cg_name(char *buf, size_t len, const char *root, const char *name)
{
	int n = snprintf(buf, len, "%s/%s", root, name);

	if (n < 0 || (size_t)n >= len)
		return -ENAMETOOLONG;
	return 0;
}

/*
 * A new v1 cpuset starts with empty cpus and mems and refuses tasks with
 * ENOSPC; give it its parent's, as cgroup.clone_children would.
 */
static int cg_cpuset_inherit(const char *cgroup)
{
	static const char * const files[] = { "cpuset.cpus", "cpuset.mems" };
	char parent[CG_PATH_MAX], val[4096], *slash;
	size_t i;
	ssize_t n;
	int ret;

	if (snprintf(parent, sizeof(parent), "%s", cgroup) >=
	    (int)sizeof(parent))
		return -ENAMETOOLONG;
	slash = strrchr(parent, '/');
	if (!slash)
		return 0;
	*slash = '\0';

	for (i = 0; i < ARRAY_SIZE(files); i++) {
		n = cg_read(cgroup, files[i], val, sizeof(val));
		if (n == -ENOENT)
			return 0;	/* not a cpuset hierarchy */
		if (n < 0)
			return n;
		if (n > 1)
			continue;	/* already set */
		n = cg_read(parent, files[i], val, sizeof(val));
		if (n < 0)
			return n;
		ret = cg_write(cgroup, files[i], val);
		if (ret)
			return ret;
	}
	return 0;
}

/**
 * cg_create() - create a cgroup directory.
 * @cgroup: its path; the parent must exist.
 *
 * On a v1 cpuset hierarchy the new cgroup gets its parent's cpus and mems.
 *
 * Return: 0 or -errno (-EEXIST when it already exists).
 */
int cg_create(const char *cgroup)
{
	int ret;

	if (mkdir(cgroup, 0755))
		return -errno;
	if (cg_version(cgroup) == 1) {
		ret = cg_cpuset_inherit(cgroup);
		if (ret) {
			rmdir(cgroup);
			return ret;
		}
	}
	return 0;
}

/**
 * cg_destroy() - remove a cgroup directory.
 * @cgroup: its path.
 *
 * Retries for up to ten seconds while the cgroup is still populated
 * (EBUSY): tasks that were killed may take a moment to leave it.  It never
 * moves or kills anything itself.
 *
 * Return: 0 (also when @cgroup does not exist) or -errno.
 */
int cg_destroy(const char *cgroup)
{
	int tries;

	for (tries = 0; tries < CG_DESTROY_TRIES; tries++) {
		if (!rmdir(cgroup) || errno == ENOENT)
			return 0;
		if (errno != EBUSY)
			return -errno;
		cg_sleep_ns(CG_DESTROY_WAIT_NS);
	}
	return -EBUSY;
}

/**
 * cg_read() - read a control file.
 * @cgroup: the cgroup's path.
 * @control: the file's name.
 * @buf: where the contents go, NUL-terminated (truncated to @len - 1).
 * @len: size of @buf, at least 1.
 *
 * Return: the number of bytes stored (without the NUL), or -errno.
 */
ssize_t cg_read(const char *cgroup, const char *control, char *buf,
		size_t len)
{
	char path[CG_PATH_MAX];
	size_t got = 0;
	ssize_t n;
	int fd, ret;

	ret = cg_name(path, sizeof(path), cgroup, control);
	if (ret)
		return ret;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	while (got < len - 1) {
		n = read(fd, buf + got, len - 1 - got);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			ret = -errno;
			close(fd);
			return ret;
		}
		if (!n)
			break;
		got += n;
	}
	buf[got] = '\0';
	close(fd);
	return got;
}

static int ids_append(struct cg_ids *list, size_t *cap, pid_t id)
{
	pid_t *ids;

	if (list->nr == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		ids = realloc(list->ids, *cap * sizeof(*ids));
		if (!ids)
			return -ENOMEM;
		list->ids = ids;
	}
	list->ids[list->nr++] = id;
	return 0;
}

/**
 * cg_read_ids() - read a file of decimal ids, one a line.
 * @cgroup: the directory (a cgroup, or a /proc directory).
 * @control: the file's name ("tasks", "cgroup.procs", "cgroup.threads").
 * @list: filled with the ids; free with cg_ids_free().
 *
 * The whole file is read with one open, so the list is the kernel's one
 * snapshot of it.
 *
 * Return: 0 or -errno; @list is empty on failure.
 */
int cg_read_ids(const char *cgroup, const char *control, struct cg_ids *list)
{
	char path[CG_PATH_MAX];
	size_t cap = 0;
	FILE *f;
	long id;
	int ret;

	list->ids = NULL;
	list->nr = 0;
	ret = cg_name(path, sizeof(path), cgroup, control);
	if (ret)
		return ret;
	f = fopen(path, "re");
	if (!f)
		return -errno;
	while ((ret = fscanf(f, "%ld", &id)) == 1) {
		ret = ids_append(list, &cap, id);
		if (ret)
			goto out_free;
	}
	ret = ferror(f) ? -EIO : 0;
	if (ret)
		goto out_free;
	fclose(f);
	return 0;

out_free:
	fclose(f);
	cg_ids_free(list);
	return ret;
}

/**
 * cg_ids_free() - release a list filled by cg_read_ids()/proc_read_tids().
 * @list: the list; left empty.
 */
void cg_ids_free(struct cg_ids *list)
{
	free(list->ids);
	list->ids = NULL;
	list->nr = 0;
}

/**
 * cg_write_len() - one write(2) of exactly @len bytes to a control file.
 * @cgroup: the cgroup's path.
 * @control: the file's name.
 * @buf: the bytes.
 * @len: how many (0 is a real zero-length write).
 *
 * Return: 0 when the kernel took all @len bytes, -EIO on a short write,
 * otherwise the write's -errno (or open's).
 */
int cg_write_len(const char *cgroup, const char *control, const char *buf,
		 size_t len)
{
	char path[CG_PATH_MAX];
	ssize_t n;
	int fd, ret;

	ret = cg_name(path, sizeof(path), cgroup, control);
	if (ret)
		return ret;
	fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	do {
		n = write(fd, buf, len);
	} while (n < 0 && errno == EINTR);
	if (n < 0)
		ret = -errno;
	else if ((size_t)n != len)
		ret = -EIO;
	close(fd);
	return ret;
}

/**
 * cg_write() - write a string to a control file in one write(2).
 * @cgroup: the cgroup's path.
 * @control: the file's name.
 * @buf: a NUL-terminated string.
 *
 * Return: 0 or -errno, as cg_write_len().
 */
int cg_write(const char *cgroup, const char *control, const char *buf)
{
	return cg_write_len(cgroup, control, buf, strlen(buf));
}

/**
 * cg_write_pid() - write one id, in decimal, to a control file.
 * @cgroup: the cgroup's path.
 * @control: the file's name.
 * @pid: the id.
 *
 * Return: 0 or -errno, as cg_write_len().
 */
int cg_write_pid(const char *cgroup, const char *control, pid_t pid)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%d", (int)pid);
	return cg_write(cgroup, control, buf);
}

/**
 * cg_procs_write() - move the whole thread group of @pid into @cgroup.
 * @cgroup: the destination cgroup's path.
 * @pid: any thread id of the process.
 *
 * Return: 0 or the write's -errno.
 */
int cg_procs_write(const char *cgroup, pid_t pid)
{
	return cg_write_pid(cgroup, "cgroup.procs", pid);
}

/**
 * cg_enter_pid() - the name kselftest's cgroup tests use for the above.
 * @cgroup: the destination cgroup's path.
 * @pid: any thread id of the process.
 *
 * Return: 0 or the write's -errno.
 */
int cg_enter_pid(const char *cgroup, pid_t pid)
{
	return cg_procs_write(cgroup, pid);
}

/**
 * cg_threads_file() - the file that lists (and moves) single threads.
 * @cgroup: the cgroup's path.
 *
 * Return: "tasks" on v1, "cgroup.threads" on v2.
 */
const char *cg_threads_file(const char *cgroup)
{
	return cg_version(cgroup) == 2 ? "cgroup.threads" : "tasks";
}

/**
 * cg_tasks_write() - move the single thread @tid into @cgroup.
 * @cgroup: the destination cgroup's path.
 * @tid: the thread id.
 *
 * Return: 0 or the write's -errno.
 */
int cg_tasks_write(const char *cgroup, pid_t tid)
{
	return cg_write_pid(cgroup, cg_threads_file(cgroup), tid);
}

/**
 * cg_lists() - whether a control file lists an id.
 * @cgroup: the cgroup's path.
 * @control: the file's name.
 * @id: the id to look for.
 *
 * Return: true when it does; false when it does not or cannot be read.
 */
bool cg_lists(const char *cgroup, const char *control, pid_t id)
{
	struct cg_ids list;
	bool found = false;
	size_t i;

	if (cg_read_ids(cgroup, control, &list))
		return false;
	for (i = 0; i < list.nr; i++)
		if (list.ids[i] == id)
			found = true;
	cg_ids_free(&list);
	return found;
}

/**
 * proc_thread_live() - whether @tid is a live, not exiting thread of @pid.
 * @pid: the process (thread group) id.
 * @tid: the thread id.
 *
 * Reads /proc/@pid/task/@tid/stat: the state and the task flags.
 *
 * Return: 1 when @tid belongs to @pid, is not a zombie and has no
 * PF_EXITING; 0 when it is exiting, gone or not a thread of @pid; -errno
 * when /proc cannot be read for another reason.
 */
int proc_thread_live(pid_t pid, pid_t tid)
{
	char path[64], buf[1024], *close_paren;
	unsigned long flags;
	char state;
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), "/proc/%d/task/%d/stat", (int)pid,
		 (int)tid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return (errno == ENOENT || errno == ESRCH) ? 0 : -errno;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n < 0)
		return errno == ESRCH ? 0 : -errno;
	buf[n] = '\0';

	/* "tid (comm) S ppid pgrp session tty_nr tpgid flags ..." */
	close_paren = strrchr(buf, ')');
	if (!close_paren)
		return -EINVAL;
	if (sscanf(close_paren + 1, " %c %*d %*d %*d %*d %*d %lu",
		   &state, &flags) != 2)
		return -EINVAL;
	if (state == 'Z' || state == 'X' || state == 'x')
		return 0;
	return !(flags & CG_PF_EXITING);
}

/**
 * cg_count_threads_in() - which threads of @pid a cgroup lists.
 * @cgroup: the cgroup's path.
 * @pid: the process.
 * @census: filled in; see struct cg_census.
 *
 * Reads the cgroup's thread file once, then checks every listed id
 * against /proc/@pid/task.  A thread counted in @census->live was listed
 * and was, afterwards, still a live thread of @pid that had not started
 * to exit.
 *
 * Return: 0 or -errno.
 */
int cg_count_threads_in(const char *cgroup, pid_t pid,
			struct cg_census *census)
{
	struct cg_ids list;
	size_t i;
	int ret;

	census->listed = 0;
	census->live = 0;
	census->first_live = 0;
	ret = cg_read_ids(cgroup, cg_threads_file(cgroup), &list);
	if (ret)
		return ret;
	for (i = 0; i < list.nr; i++) {
		ret = proc_thread_live(pid, list.ids[i]);
		if (ret < 0)
			goto out_free;
		census->listed++;
		if (ret) {
			if (!census->live)
				census->first_live = list.ids[i];
			census->live++;
		}
	}
	ret = 0;

out_free:
	cg_ids_free(&list);
	return ret;
}

/**
 * proc_read_tids() - the thread ids /proc/@pid/task lists now.
 * @pid: the process.
 * @list: filled with the ids; free with cg_ids_free().
 *
 * Return: 0 or -errno; @list is empty on failure.
 */
int proc_read_tids(pid_t pid, struct cg_ids *list)
{
	char path[64];
	struct dirent *de;
	size_t cap = 0;
	DIR *dir;
	char *end;
	long id;
	int ret = 0;

	list->ids = NULL;
	list->nr = 0;
	snprintf(path, sizeof(path), "/proc/%d/task", (int)pid);
	dir = opendir(path);
	if (!dir)
		return -errno;
	while ((de = readdir(dir))) {
		id = strtol(de->d_name, &end, 10);
		if (*end || id <= 0)
			continue;
		ret = ids_append(list, &cap, id);
		if (ret) {
			cg_ids_free(list);
			break;
		}
	}
	closedir(dir);
	return ret;
}
