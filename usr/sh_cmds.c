// SPDX-License-Identifier: GPL-2.0
/*
 * sh_cmds.c - the console's commands (cat, echo, ls, mount, spawn, ...)
 * and their table.  The shell (usr/sh.c) finds a command with
 * sh_find_cmd() and runs it with its words; a command prints with
 * sh_write()/sh_printf() and its errors with sh_err(), in bash's and
 * coreutils' words, and returns its status.
 *
 * Adding a command: a function `static int sh_<name>(struct sh *sh, int
 * argc, char **argv)` here, one line in sh_cmds[] (sorted by name, with
 * its `help` line: synopsis, colon, what it does), its
 * line in README's list of console commands, and a case in
 * usr/sh_test.c or a selftest script.
 *
 * Locks: none; the shell is one task.
 */
#include <linux/kernel.h>
#include <linux/delay.h>
#include <linux/err.h>
#include <linux/fs.h>
#include <linux/genhd.h>
#include <linux/blk-cgroup.h>
#include <linux/nsproxy.h>
#include <linux/glob.h>
#include <linux/init.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/sort.h>
#include <linux/spawn.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/statfs.h>
#include <linux/magic.h>
#include <linux/kdev_t.h>
#include <host_ops.h>

#include "sh-internal.h"
#include "strerror.h"

static int sh_cat(struct sh *sh, int argc, char **argv)
{
	char *buf = kmalloc(4096, GFP_KERNEL);
	int i, status = 0;

	if (!buf)
		return 1;
	for (i = 1; i < argc; i++) {
		long fd = ksys_open(argv[i], O_RDONLY, 0);
		ssize_t n;

		if (fd < 0) {
			sh_err(sh, "cat: %s: %s\n", argv[i], strerror(fd));
			status = 1;
			continue;
		}
		while ((n = ksys_read(fd, buf, 4096)) > 0) {
			int ret = sh_write(sh, buf, n);

			if (ret) {
				sh_err(sh, "cat: write error: %s\n",
				       strerror(ret));
				status = 1;
				break;
			}
		}
		if (n < 0) {
			sh_err(sh, "cat: %s: %s\n", argv[i], strerror(n));
			status = 1;
		}
		ksys_close(fd);
	}
	kfree(buf);
	return status;
}

static int sh_echo(struct sh *sh, int argc, char **argv)
{
	char *buf = kmalloc(SH_LINE_MAX + 2, GFP_KERNEL);
	bool newline = true;
	int i = 1, len = 0, ret;

	if (!buf)
		return 1;
	if (argc > 1 && !strcmp(argv[1], "-n")) {
		newline = false;
		i++;
	}
	for (; i < argc; i++) {
		len += scnprintf(buf + len, SH_LINE_MAX - len, "%s%s",
				 argv[i], i + 1 < argc ? " " : "");
	}
	if (newline)
		buf[len++] = '\n';
	/* the whole text in one write(), as bash's echo does */
	ret = sh_write(sh, buf, len);
	kfree(buf);
	if (ret) {
		sh_err(sh, "sh: echo: write error: %s\n", strerror(ret));
		return 1;
	}
	return 0;
}

static void sh_mode_string(umode_t mode, char *s)
{
	static const char rwx[] = "rwxrwxrwx";
	int i;

	s[0] = S_ISDIR(mode) ? 'd' : S_ISCHR(mode) ? 'c' :
	       S_ISBLK(mode) ? 'b' : '-';
	for (i = 0; i < 9; i++)
		s[i + 1] = mode & (1 << (8 - i)) ? rwx[i] : '-';
	if (mode & S_ISVTX)
		s[9] = mode & 0001 ? 't' : 'T';
	s[10] = '\0';
}

static int sh_ls_one(struct sh *sh, const char *path, const char *name,
		     bool longfmt)
{
	struct kstat st;
	char mode[11];
	long ret;

	if (!longfmt)
		return sh_printf(sh, "%s\n", name);
	ret = ksys_newstat(path, &st);
	if (ret)
		return sh_printf(sh, "?????????? ? ? ? %s\n", name);
	sh_mode_string(st.mode, mode);
	if (S_ISCHR(st.mode) || S_ISBLK(st.mode))
		return sh_printf(sh, "%s %u %u %u %u, %u %s\n", mode, st.nlink,
				 st.uid, st.gid, MAJOR(st.rdev),
				 MINOR(st.rdev), name);
	return sh_printf(sh, "%s %u %u %u %lld %s\n", mode, st.nlink, st.uid,
			 st.gid, (long long)st.size, name);
}

static int sh_ls(struct sh *sh, int argc, char **argv)
{
	bool longfmt = false, all = false;
	int i, first, nargs, status = 0, ret = 0;

	for (first = 1; first < argc && argv[first][0] == '-' &&
	     argv[first][1]; first++) {
		const char *o;

		for (o = argv[first] + 1; *o; o++) {
			if (*o == 'l') {
				longfmt = true;
			} else if (*o == 'a') {
				all = true;
			} else {
				sh_err(sh, "ls: invalid option -- '%c'\n", *o);
				return 2;
			}
		}
	}
	nargs = argc - first;
	for (i = nargs ? first : 0; !ret && i < (nargs ? argc : 1); i++) {
		const char *path = nargs ? argv[i] : ".";
		struct sh_list names = { };
		struct kstat st;
		long err;
		int j;

		err = ksys_newstat(path, &st);
		if (err) {
			sh_err(sh, "ls: cannot access '%s': %s\n", path,
			       strerror(err));
			status = 2;
			continue;
		}
		if (!S_ISDIR(st.mode)) {
			ret = sh_ls_one(sh, path, path, longfmt);
			continue;
		}
		err = sh_read_dir(path, &names);
		if (err) {
			sh_err(sh, "ls: cannot open directory '%s': %s\n",
			       path, strerror(err));
			status = 2;
			sh_list_free(&names);
			continue;
		}
		sh_list_sort(&names, 0);
		if (nargs > 1)
			ret = sh_printf(sh, "%s%s:\n", i > first ? "\n" : "",
					path);
		for (j = 0; !ret && j < names.nr; j++) {
			char *child;

			if (!all && names.v[j][0] == '.')
				continue;
			child = sh_join(path, names.v[j]);
			if (!child) {
				ret = -ENOMEM;
				break;
			}
			ret = sh_ls_one(sh, child, names.v[j], longfmt);
			kfree(child);
		}
		sh_list_free(&names);
	}
	if (ret) {
		sh_err(sh, "ls: write error: %s\n", strerror(ret));
		return 2;
	}
	return status;
}

static int sh_mkdir(struct sh *sh, int argc, char **argv)
{
	bool parents = false;
	int i = 1, status = 0;

	if (argc > 1 && !strcmp(argv[1], "-p")) {
		parents = true;
		i++;
	}
	if (i == argc) {
		sh_err(sh, "mkdir: missing operand\n");
		return 1;
	}
	for (; i < argc; i++) {
		long ret;

		if (parents) {
			char *p, *path = kstrdup(argv[i], GFP_KERNEL);

			if (!path)
				return 1;
			for (p = path + 1; *p; p++) {
				if (*p != '/')
					continue;
				*p = '\0';
				ret = ksys_mkdir(path, 0777);
				*p = '/';
				if (ret && ret != -EEXIST)
					break;
			}
			kfree(path);
		}
		ret = ksys_mkdir(argv[i], 0777);
		if (ret && !(parents && ret == -EEXIST)) {
			sh_err(sh, "mkdir: cannot create directory '%s': %s\n",
			       argv[i], strerror(ret));
			status = 1;
		}
	}
	return status;
}

/* mknod PATH c|u|b MAJOR MINOR, or mknod PATH (a regular file) */
static int sh_mknod(struct sh *sh, int argc, char **argv)
{
	unsigned int major = 0, minor = 0;
	umode_t type;
	long ret;

	if (argc < 3) {
		sh_err(sh, "mknod: missing operand\n");
		return 1;
	}
	if (!strcmp(argv[2], "c") || !strcmp(argv[2], "u")) {
		type = S_IFCHR;
	} else if (!strcmp(argv[2], "b")) {
		type = S_IFBLK;
	} else {
		sh_err(sh, "mknod: invalid device type '%s'\n", argv[2]);
		return 1;
	}
	if (argc < 5) {
		sh_err(sh, "mknod: missing operand after '%s'\n",
		       argv[argc - 1]);
		return 1;
	}
	if (argc > 5) {
		sh_err(sh, "mknod: extra operand '%s'\n", argv[5]);
		return 1;
	}
	if (kstrtouint(argv[3], 0, &major) || major > MAJOR(~0U)) {
		sh_err(sh, "mknod: invalid major device number '%s'\n",
		       argv[3]);
		return 1;
	}
	if (kstrtouint(argv[4], 0, &minor) || minor > MINORMASK) {
		sh_err(sh, "mknod: invalid minor device number '%s'\n",
		       argv[4]);
		return 1;
	}
	ret = ksys_mknod(argv[1], type | 0666, MKDEV(major, minor));
	if (ret) {
		sh_err(sh, "mknod: %s: %s\n", argv[1], strerror(ret));
		return 1;
	}
	return 0;
}

static int sh_rmdir(struct sh *sh, int argc, char **argv)
{
	int i, status = 0;

	if (argc < 2) {
		sh_err(sh, "rmdir: missing operand\n");
		return 1;
	}
	for (i = 1; i < argc; i++) {
		long ret = ksys_rmdir(argv[i]);

		if (ret) {
			sh_err(sh, "rmdir: failed to remove '%s': %s\n",
			       argv[i], strerror(ret));
			status = 1;
		}
	}
	return status;
}

static int sh_rm(struct sh *sh, int argc, char **argv)
{
	int i, status = 0;

	if (argc < 2) {
		sh_err(sh, "rm: missing operand\n");
		return 1;
	}
	for (i = 1; i < argc; i++) {
		long ret = ksys_unlink(argv[i]);

		if (ret) {
			sh_err(sh, "rm: cannot remove '%s': %s\n", argv[i],
			       strerror(ret));
			status = 1;
		}
	}
	return status;
}

static int sh_mount(struct sh *sh, int argc, char **argv)
{
	const char *type = NULL, *opts = NULL, *dev = NULL, *dir = NULL;
	unsigned long flags = 0;
	long ret;
	int i;

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-t") && i + 1 < argc) {
			type = argv[++i];
		} else if (!strcmp(argv[i], "-o") && i + 1 < argc) {
			opts = argv[++i];
		} else if (!dev) {
			dev = argv[i];
		} else if (!dir) {
			dir = argv[i];
		} else {
			dir = NULL;
			break;
		}
	}
	if (argc == 1) {
		static const char *const args[] = { "cat", "/proc/mounts", NULL };

		/* sh_cat() only reads its argv */
		return sh_cat(sh, 2, (char **)args);
	}
	/* mount -o remount[,OPTIONS] DIR, as util-linux takes it */
	if (opts && !strncmp(opts, "remount", 7) &&
	    (opts[7] == ',' || !opts[7])) {
		flags |= MS_REMOUNT;
		opts = opts[7] ? opts + 8 : "";
		if (dev && !dir) {
			dir = dev;
			dev = "none";
		}
	}
	if (!dev || !dir) {
		sh_err(sh, "Usage: mount [-t type] [-o options] device dir\n");
		return 1;
	}
	ret = ksys_mount(dev, dir, type, flags, (void *)opts);
	if (ret) {
		sh_err(sh, "mount: %s: %s\n", dir, strerror(ret));
		return 32;	/* util-linux: mount failure */
	}
	return 0;
}

static int sh_umount(struct sh *sh, int argc, char **argv)
{
	int i, status = 0;

	for (i = 1; i < argc; i++) {
		long ret = ksys_umount(argv[i], 0);

		if (ret == -EBUSY)
			sh_err(sh, "umount: %s: target is busy.\n", argv[i]);
		else if (ret == -EINVAL)
			sh_err(sh, "umount: %s: not mounted.\n", argv[i]);
		else if (ret)
			sh_err(sh, "umount: %s: %s\n", argv[i], strerror(ret));
		if (ret)
			status = 32;
	}
	return status;
}

static int sh_chown(struct sh *sh, int argc, char **argv)
{
	unsigned int uid, gid = (gid_t)-1;
	char *owner, *colon;
	int i, status = 0;

	if (argc < 3) {
		sh_err(sh, "chown: missing operand\n");
		return 1;
	}
	owner = kstrdup(argv[1], GFP_KERNEL);
	if (!owner)
		return 1;
	colon = strchr(owner, ':');
	if (colon)
		*colon++ = '\0';
	if (kstrtouint(owner, 10, &uid) ||
	    (colon && *colon && kstrtouint(colon, 10, &gid))) {
		sh_err(sh, "chown: invalid user: '%s'\n", argv[1]);
		kfree(owner);
		return 1;
	}
	kfree(owner);
	for (i = 2; i < argc; i++) {
		long ret = ksys_chown(argv[i], uid, gid);

		if (ret) {
			sh_err(sh, "chown: changing ownership of '%s': %s\n",
			       argv[i], strerror(ret));
			status = 1;
		}
	}
	return status;
}

/*
 * chrt, util-linux style, on an existing thread only:
 *	chrt -p TID			print its policy and priority
 *	chrt -f|-r|-o|-b|-i -p PRIO TID	set them
 */
static const char *const sh_chrt_policies[] = {
	[SCHED_NORMAL] = "SCHED_OTHER",
	[SCHED_FIFO] = "SCHED_FIFO",
	[SCHED_RR] = "SCHED_RR",
	[SCHED_BATCH] = "SCHED_BATCH",
	[SCHED_IDLE] = "SCHED_IDLE",
};

static int sh_chrt_usage(struct sh *sh)
{
	sh_err(sh, "chrt: bad usage\nTry 'chrt --help' for more information.\n");
	return 1;
}

static int sh_chrt_show(struct sh *sh, int pid)
{
	struct sched_param param;
	long policy = ksys_sched_getscheduler(pid);

	if (policy >= 0)
		policy = ksys_sched_getparam(pid, &param) ?: policy;
	if (policy < 0) {
		sh_err(sh, "chrt: failed to get pid %d's policy: %s\n", pid,
		       strerror(policy));
		return 1;
	}
	return sh_printf(sh, "pid %d's current scheduling policy: %s\n"
			 "pid %d's current scheduling priority: %d\n", pid,
			 policy < ARRAY_SIZE(sh_chrt_policies) &&
			 sh_chrt_policies[policy] ? sh_chrt_policies[policy] :
			 "unknown", pid, param.sched_priority) < 0;
}

static int sh_chrt(struct sh *sh, int argc, char **argv)
{
	struct sched_param param;
	int i, pid, policy = -1;
	bool by_pid = false;
	long ret;

	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		const char *o;

		for (o = argv[i] + 1; *o; o++) {
			switch (*o) {
			case 'p':
				by_pid = true;
				break;
			case 'f':
				policy = SCHED_FIFO;
				break;
			case 'r':
				policy = SCHED_RR;
				break;
			case 'o':
				policy = SCHED_NORMAL;
				break;
			case 'b':
				policy = SCHED_BATCH;
				break;
			case 'i':
				policy = SCHED_IDLE;
				break;
			default:
				sh_err(sh, "chrt: invalid option -- '%c'\n", *o);
				return sh_chrt_usage(sh);
			}
		}
	}
	/* without -p chrt would run a command: not in this shell */
	if (!by_pid || argc - i != (policy < 0 ? 1 : 2))
		return sh_chrt_usage(sh);
	if (kstrtoint(argv[argc - 1], 10, &pid) || pid < 0) {
		sh_err(sh, "chrt: invalid PID argument: '%s'\n", argv[argc - 1]);
		return 1;
	}
	if (policy < 0)
		return sh_chrt_show(sh, pid);
	if (kstrtoint(argv[i], 10, &param.sched_priority)) {
		sh_err(sh, "chrt: invalid priority argument: '%s'\n", argv[i]);
		return 1;
	}
	ret = ksys_sched_setscheduler(pid, policy, &param);
	if (ret) {
		sh_err(sh, "chrt: failed to set pid %d's policy: %s\n", pid,
		       strerror(ret));
		return 1;
	}
	return 0;
}

static int sh_chmod(struct sh *sh, int argc, char **argv)
{
	unsigned int mode;
	int i, status = 0;

	if (argc < 3) {
		sh_err(sh, "chmod: missing operand\n");
		return 1;
	}
	if (kstrtouint(argv[1], 8, &mode) || mode > 07777) {
		sh_err(sh, "chmod: invalid mode: '%s'\n", argv[1]);
		return 1;
	}
	for (i = 2; i < argc; i++) {
		long ret = ksys_chmod(argv[i], mode);

		if (ret) {
			sh_err(sh, "chmod: changing permissions of '%s': %s\n",
			       argv[i], strerror(ret));
			status = 1;
		}
	}
	return status;
}

/* The value of "Key:\t..." in a status text, copied into @val. */
static void sh_status_field(const char *text, const char *key, char *val,
			    size_t size)
{
	size_t klen = strlen(key);
	const char *p = text;

	val[0] = '\0';
	while (p && *p) {
		if (!strncmp(p, key, klen) && p[klen] == ':') {
			const char *v = p + klen + 1;
			size_t n;

			while (*v == '\t' || *v == ' ')
				v++;
			n = strcspn(v, "\n");
			if (n >= size)
				n = size - 1;
			memcpy(val, v, n);
			val[n] = '\0';
			return;
		}
		p = strchr(p, '\n');
		if (p)
			p++;
	}
}

static int sh_ps(struct sh *sh, int argc, char **argv)
{
	struct sh_list names = { };
	char *text = kmalloc(4096, GFP_KERNEL);
	int i, ret;

	if (!text)
		return 1;
	ret = sh_read_dir("/proc", &names);
	if (ret) {
		sh_err(sh, "ps: /proc: %s\n", strerror(ret));
		kfree(text);
		return 1;
	}
	ret = sh_printf(sh, "  PID  PPID   THR S CMD\n");
	for (i = 0; !ret && i < names.nr; i++) {
		char path[64], name[32], state[32], ppid[16], thr[16];
		unsigned int pid;
		long fd, n;

		if (kstrtouint(names.v[i], 10, &pid))
			continue;
		snprintf(path, sizeof(path), "/proc/%u/status", pid);
		fd = ksys_open(path, O_RDONLY, 0);
		if (fd < 0)
			continue;
		n = ksys_read(fd, text, 4095);
		ksys_close(fd);
		if (n <= 0)
			continue;
		text[n] = '\0';
		sh_status_field(text, "Name", name, sizeof(name));
		sh_status_field(text, "State", state, sizeof(state));
		sh_status_field(text, "PPid", ppid, sizeof(ppid));
		sh_status_field(text, "Threads", thr, sizeof(thr));
		ret = sh_printf(sh, "%5u %5s %5s %c %s\n", pid, ppid, thr,
				state[0] ? state[0] : '?', name);
	}
	sh_list_free(&names);
	kfree(text);
	return ret ? 1 : 0;
}

static int sh_kill(struct sh *sh, int argc, char **argv)
{
	int i = 1, sig = SIGTERM, status = 0;

	if (argc > 1 && argv[1][0] == '-') {
		const char *s = argv[1] + 1;

		if (!strcmp(s, "KILL") || !strcmp(s, "SIGKILL")) {
			sig = SIGKILL;
		} else if (!strcmp(s, "TERM") || !strcmp(s, "SIGTERM")) {
			sig = SIGTERM;
		} else if (kstrtoint(s, 10, &sig) || sig < 0 || sig >= _NSIG) {
			sh_err(sh, "sh: kill: %s: invalid signal specification\n",
			       s);
			return 1;
		}
		i++;
	}
	if (i == argc) {
		sh_err(sh, "kill: usage: kill [-s sigspec | -n signum | -sigspec] pid\n");
		return 2;
	}
	for (; i < argc; i++) {
		int pid;
		long ret;

		if (kstrtoint(argv[i], 10, &pid)) {
			sh_err(sh, "sh: kill: %s: arguments must be process or job IDs\n",
			       argv[i]);
			status = 1;
			continue;
		}
		ret = ksys_kill(pid, sig);
		if (ret) {
			sh_err(sh, "sh: kill: (%d) - %s\n", pid, strerror(ret));
			status = 1;
		}
	}
	return status;
}

/*
 * mmap PAGES [PID] / munmap PAGES [PID]: map or unmap PAGES pages in the
 * shell's process, or in process PID's (the system call runs as PID's
 * task).  The pages are charged to the memory cgroup of the mm's owner.
 */
static long sh_mmap_fn(void *arg)
{
	return ksys_mmap(*(unsigned long *)arg);
}

static long sh_munmap_fn(void *arg)
{
	return ksys_munmap(*(unsigned long *)arg);
}

static int sh_map_pages(struct sh *sh, int argc, char **argv)
{
	bool unmap = !strcmp(argv[0], "munmap");
	unsigned long npages;
	struct task_struct *tsk;
	long ret;
	int pid;

	if (argc < 2 || argc > 3) {
		sh_err(sh, "sh: %s: usage: %s pages [pid]\n", argv[0], argv[0]);
		return 2;
	}
	if (kstrtoul(argv[1], 10, &npages)) {
		sh_err(sh, "sh: %s: %s: invalid number of pages\n", argv[0],
		       argv[1]);
		return 1;
	}
	if (argc == 2) {
		ret = unmap ? ksys_munmap(npages) : ksys_mmap(npages);
	} else {
		if (kstrtoint(argv[2], 10, &pid)) {
			sh_err(sh, "sh: %s: %s: arguments must be process IDs\n",
			       argv[0], argv[2]);
			return 1;
		}
		tsk = pid > 0 ? find_get_task_by_vpid(pid) : NULL;
		if (!tsk) {
			sh_err(sh, "sh: %s: (%d) - %s\n", argv[0], pid,
			       strerror(-ESRCH));
			return 1;
		}
		ret = task_call(tsk, unmap ? sh_munmap_fn : sh_mmap_fn,
				&npages);
		put_task_struct(tsk);
	}
	if (ret < 0) {
		sh_err(sh, "sh: %s: %s\n", argv[0], strerror(ret));
		return 1;
	}
	return 0;
}

static int sh_sleep(struct sh *sh, int argc, char **argv)
{
	unsigned long long ms = 0;
	const char *p;
	int i, digits = 0;

	if (argc != 2) {
		sh_err(sh, "sleep: missing operand\n");
		return 1;
	}
	for (p = argv[1]; *p >= '0' && *p <= '9'; p++, digits++)
		ms = ms * 10 + (*p - '0');
	ms *= 1000;
	if (*p == '.') {
		unsigned int scale = 100;

		for (p++, i = 0; *p >= '0' && *p <= '9'; p++, i++, digits++) {
			ms += (*p - '0') * scale;
			scale /= 10;
		}
	}
	if (*p || !digits) {
		sh_err(sh, "sleep: invalid time interval '%s'\n", argv[1]);
		return 1;
	}
	msleep(ms);
	return 0;
}

static int sh_su(struct sh *sh, int argc, char **argv)
{
	unsigned int uid, gid;
	char *arg, *colon;
	long ret;

	if (argc != 2) {
		sh_err(sh, "sh: %s: usage: %s UID[:GID]\n", argv[0], argv[0]);
		return 2;
	}
	arg = kstrdup(argv[1], GFP_KERNEL);
	if (!arg)
		return 1;
	colon = strchr(arg, ':');
	if (colon)
		*colon++ = '\0';
	if (kstrtouint(arg, 10, &uid) ||
	    (colon && kstrtouint(colon, 10, &gid))) {
		sh_err(sh, "sh: %s: %s: invalid user\n", argv[0], argv[1]);
		kfree(arg);
		return 1;
	}
	kfree(arg);
	if (!colon)
		gid = uid;
	/* the group first: changing it needs the privileges we may drop */
	ret = strcmp(argv[0], "setuid") ? ksys_setresgid(gid, gid, gid) : 0;
	if (!ret)
		ret = ksys_setresuid(uid, uid, uid);
	if (ret) {
		sh_err(sh, "sh: %s: %s\n", argv[0], strerror(ret));
		return 1;
	}
	return 0;
}

/* spawn --stop PID: the churn of PID ends; the process stays. */
static int sh_spawn_stop(struct sh *sh, const char *arg)
{
	pid_t pid;
	int ret;

	if (kstrtoint(arg, 10, &pid)) {
		sh_err(sh, "sh: spawn: %s: not a pid\n", arg);
		return 2;
	}
	ret = spawn_churn_stop(pid);
	if (ret) {
		sh_err(sh, "sh: spawn: %d: no churning process\n", pid);
		return 1;
	}
	return 0;
}

static int sh_spawn(struct sh *sh, int argc, char **argv)
{
	unsigned int threads = 1;
	bool churn = false;
	u64 flags = 0;
	long pid;
	int i;

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-t") && i + 1 < argc) {
			if (kstrtouint(argv[++i], 0, &threads) || !threads) {
				sh_err(sh, "sh: spawn: %s: invalid thread count\n",
				       argv[i]);
				return 2;
			}
		} else if (!strcmp(argv[i], "--churn")) {
			churn = true;
		} else if (!strcmp(argv[i], "--exec")) {
			flags |= SPAWN_CHURN_EXEC;
		} else if (!strcmp(argv[i], "--stop") && argc == 3) {
			return sh_spawn_stop(sh, argv[++i]);
		} else if (!strcmp(argv[i], "--clone-io")) {
			flags |= CLONE_IO;
		} else if (!strcmp(argv[i], "--newns")) {
			flags |= CLONE_NEWNS;
		} else {
			sh_err(sh, "sh: spawn: usage: spawn [-t THREADS] [--churn [--exec]] [--clone-io] [--newns] | --stop PID\n");
			return 2;
		}
	}
	if ((flags & SPAWN_CHURN_EXEC) && !churn) {
		sh_err(sh, "sh: spawn: --exec needs --churn\n");
		return 2;
	}
	pid = spawn_process_flags(current, threads, churn, flags);
	if (pid < 0) {
		sh_err(sh, "sh: spawn: %s\n", strerror(pid));
		return 1;
	}
	sh->last_bg = pid;
	sh_printf(sh, "%ld\n", pid);
	return 0;
}

static int sh_wait(struct sh *sh, int argc, char **argv)
{
	int pid = -1, status = 0, ws;
	long ret;

	if (argc > 1 && kstrtoint(argv[1], 10, &pid)) {
		sh_err(sh, "sh: wait: `%s': not a pid or valid job spec\n",
		       argv[1]);
		return 2;
	}
	do {
		ret = kernel_wait4(pid, &ws, 0);
		if (ret > 0)
			status = WIFEXITED(ws) ? WEXITSTATUS(ws) :
				 128 + WTERMSIG(ws);
	} while (ret > 0 && pid == -1);
	if (ret < 0 && pid != -1) {
		sh_err(sh, "sh: wait: pid %d is not a child of this shell\n",
		       pid);
		return 127;
	}
	return status;
}

static int sh_cd(struct sh *sh, int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : "/";
	long ret = ksys_chdir(dir);

	if (ret) {
		sh_err(sh, "sh: cd: %s: %s\n", dir, strerror(ret));
		return 1;
	}
	return 0;
}

static int sh_exit(struct sh *sh, int argc, char **argv)
{
	int status = sh->status;

	if (argc > 1 && kstrtoint(argv[1], 10, &status)) {
		sh_err(sh, "sh: exit: %s: numeric argument required\n",
		       argv[1]);
		status = 2;
	}
	sh->exiting = true;
	return status & 0xff;
}

static int sh_exec(struct sh *sh, int argc, char **argv)
{
	const struct user_program *prog;
	long ret;

	if (argc < 2)
		return 0;
	prog = find_user_program(argv[1]);
	if (!prog) {
		sh_err(sh, "sh: exec: %s: not found\n", argv[1]);
		return 127;
	}
	ret = ksys_execve(argv[1]);
	if (ret) {
		sh_err(sh, "sh: exec: %s: %s\n", argv[1], strerror(ret));
		return 126;
	}
	sh->exiting = true;
	return prog->main(argc - 1, argv + 1);
}

/*
 * unshare [-m] [-u] [-i] [-n]: the shell itself gets new mount, UTS,
 * IPC or network namespaces (util-linux's unshare without a program).
 */
static int sh_unshare(struct sh *sh, int argc, char **argv)
{
	unsigned long flags = 0;
	long ret;
	int i;

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-m")) {
			flags |= CLONE_NEWNS;
		} else if (!strcmp(argv[i], "-u")) {
			flags |= CLONE_NEWUTS;
		} else if (!strcmp(argv[i], "-i")) {
			flags |= CLONE_NEWIPC;
		} else if (!strcmp(argv[i], "-n")) {
			flags |= CLONE_NEWNET;
		} else {
			/* util-linux's words; a program to run is not supported */
			sh_err(sh, "unshare: invalid option -- '%s'\n",
			       argv[i][0] == '-' ? argv[i] + 1 : argv[i]);
			sh_err(sh, "Try 'unshare --help' for more information.\n");
			return 1;
		}
	}
	ret = ksys_unshare(flags);
	if (ret) {
		sh_err(sh, "unshare: unshare failed: %s\n", strerror(ret));
		return 1;
	}
	return 0;
}

/* "sda", "sdb1" or "8:0" */
static int sh_parse_dev(const char *s, dev_t *dev)
{
	unsigned int major, minor, i;
	const char *colon = strchr(s, ':');
	char buf[16];

	if (colon) {
		if (colon - s >= sizeof(buf))
			return -EINVAL;
		memcpy(buf, s, colon - s);
		buf[colon - s] = '\0';
		if (kstrtouint(buf, 10, &major) ||
		    kstrtouint(colon + 1, 10, &minor) ||
		    major > MAJOR(~0U) || minor > MINORMASK)
			return -EINVAL;
		*dev = MKDEV(major, minor);
		return 0;
	}
	for (i = 0; i < NR_DISKS; i++) {
		struct gendisk *disk = disk_by_index(i);
		size_t len = strlen(disk->disk_name);
		unsigned int part = 0;

		if (strncmp(s, disk->disk_name, len))
			continue;
		if (s[len] && (kstrtouint(s + len, 10, &part) || !part ||
			       part >= disk->minors))
			continue;
		*dev = MKDEV(disk->major, disk->first_minor + part);
		return 0;
	}
	return -ENXIO;
}

struct sh_bio {
	dev_t dev;
	unsigned long sectors;
	int rw;
};

static long sh_bio_fn(void *arg)
{
	struct sh_bio *bio = arg;

	return ksys_submit_io(bio->dev, bio->sectors, bio->rw);
}

/*
 * bio [-w] [-p PID] DEV SECTORS: submit one request of SECTORS 512-byte
 * sectors to DEV (sda, sdb2, 8:16), a read unless -w; with -p, task PID
 * submits it (a workload thread), otherwise the shell.
 */
static int sh_bio(struct sh *sh, int argc, char **argv)
{
	struct sh_bio bio = { .rw = READ };
	struct task_struct *tsk = NULL;
	int pid = 0, i = 1, ret;
	long n;

	for (; i < argc && argv[i][0] == '-'; i++) {
		if (!strcmp(argv[i], "-w")) {
			bio.rw = WRITE;
		} else if (!strcmp(argv[i], "-p") && i + 1 < argc &&
			   !kstrtoint(argv[i + 1], 10, &pid) && pid > 0) {
			i++;
		} else {
			i = argc;
			break;
		}
	}
	if (argc - i != 2) {
		sh_err(sh, "bio: usage: bio [-w] [-p PID] DEV SECTORS\n");
		return 1;
	}
	ret = sh_parse_dev(argv[i], &bio.dev);
	if (ret) {
		sh_err(sh, "bio: %s: %s\n", argv[i], strerror(ret));
		return 1;
	}
	if (kstrtoul(argv[i + 1], 10, &bio.sectors)) {
		sh_err(sh, "bio: invalid number of sectors: '%s'\n",
		       argv[i + 1]);
		return 1;
	}
	if (pid) {
		tsk = find_get_task_by_vpid(pid);
		if (!tsk) {
			sh_err(sh, "bio: %d: %s\n", pid, strerror(-ESRCH));
			return 1;
		}
		n = task_call(tsk, sh_bio_fn, &bio);
		put_task_struct(tsk);
	} else {
		n = sh_bio_fn(&bio);
	}
	if (n < 0) {
		sh_err(sh, "bio: %s: %s\n", argv[i], strerror(n));
		return 1;
	}
	return 0;
}

/*
 * mv [-T] SOURCE DEST: rename(2), with coreutils' checks and messages,
 * so that a script reads the same through the FUSE mount (a host mv):
 * without -T an existing directory DEST means DEST/basename(SOURCE).
 */
static int sh_mv(struct sh *sh, int argc, char **argv)
{
	struct kstat src_st, dst_st;
	bool no_target_dir = false;
	const char *src, *dst, *base;
	char *target = NULL;
	long ret;
	int i = 1;

	if (argc > 1 && !strcmp(argv[1], "-T")) {
		no_target_dir = true;
		i++;
	}
	if (argc - i != 2) {
		sh_err(sh, "mv: usage: mv [-T] SOURCE DEST\n");
		return 1;
	}
	src = argv[i];
	dst = argv[i + 1];
	ret = ksys_newstat(src, &src_st);
	if (ret) {
		sh_err(sh, "mv: cannot stat '%s': %s\n", src, strerror(ret));
		return 1;
	}
	if (!no_target_dir && !ksys_newstat(dst, &dst_st) &&
	    S_ISDIR(dst_st.mode)) {
		base = strrchr(src, '/');
		target = sh_join(dst, base ? base + 1 : src);
		if (!target)
			return 1;
		dst = target;
	}
	ret = 0;
	if (!ksys_newstat(dst, &dst_st)) {
		if (dst_st.ino == src_st.ino && dst_st.dev == src_st.dev) {
			sh_err(sh, "mv: '%s' and '%s' are the same file\n", src,
			       dst);
			ret = 1;
		} else if (S_ISDIR(src_st.mode) && !S_ISDIR(dst_st.mode)) {
			sh_err(sh, "mv: cannot overwrite non-directory '%s' with directory '%s'\n",
			       dst, src);
			ret = 1;
		} else if (!S_ISDIR(src_st.mode) && S_ISDIR(dst_st.mode)) {
			sh_err(sh, "mv: cannot overwrite directory '%s' with non-directory\n",
			       dst);
			ret = 1;
		}
	}
	if (!ret) {
		ret = ksys_rename(src, dst);
		if (ret == -EINVAL)
			sh_err(sh, "mv: cannot move '%s' to a subdirectory of itself, '%s'\n",
			       src, dst);
		else if (ret)
			sh_err(sh, "mv: cannot move '%s' to '%s': %s\n", src, dst,
			       strerror(ret));
		ret = !!ret;
	}
	kfree(target);
	return ret;
}

/* coreutils' name for a file type (stat %F) */
static const char *sh_file_type(const struct kstat *st)
{
	if (S_ISDIR(st->mode))
		return "directory";
	if (S_ISCHR(st->mode))
		return "character special file";
	if (S_ISBLK(st->mode))
		return "block special file";
	return st->size ? "regular file" : "regular empty file";
}

/* No passwd database here: root is named, everyone else UNKNOWN. */
static const char *sh_user_name(unsigned int id)
{
	return id ? "UNKNOWN" : "root";
}

/* coreutils' name for a file system type (stat -f %T) */
static const char *sh_fs_type(long magic)
{
	switch (magic) {
	case RAMFS_MAGIC:
		return "ramfs";
	case PROC_SUPER_MAGIC:
		return "proc";
	case CGROUP_SUPER_MAGIC:
		return "cgroupfs";
	default:
		return "UNKNOWN";
	}
}

/* One stat -c sequence %@c of file @st, @path; false if unknown. */
static bool sh_stat_seq(struct sh *sh, char c, const char *path,
			const struct kstat *st)
{
	char mode[11];

	switch (c) {
	case 'n':
		sh_printf(sh, "%s", path);
		break;
	case 'N':
		sh_printf(sh, "'%s'", path);
		break;
	case 'a':
		sh_printf(sh, "%o", st->mode & 07777);
		break;
	case 'A':
		sh_mode_string(st->mode, mode);
		sh_printf(sh, "%s", mode);
		break;
	case 'F':
		sh_printf(sh, "%s", sh_file_type(st));
		break;
	case 's':
		sh_printf(sh, "%lld", (long long)st->size);
		break;
	case 'u':
		sh_printf(sh, "%u", st->uid);
		break;
	case 'g':
		sh_printf(sh, "%u", st->gid);
		break;
	case 'U':
		sh_printf(sh, "%s", sh_user_name(st->uid));
		break;
	case 'G':
		sh_printf(sh, "%s", sh_user_name(st->gid));
		break;
	case 'i':
		sh_printf(sh, "%llu", (unsigned long long)st->ino);
		break;
	case 'h':
		sh_printf(sh, "%u", st->nlink);
		break;
	default:
		return false;
	}
	return true;
}

/* One stat -f -c sequence %@c of the file system of @path. */
static bool sh_statfs_seq(struct sh *sh, char c, const char *path,
			  const struct kstatfs *st)
{
	switch (c) {
	case 'n':
		sh_printf(sh, "%s", path);
		break;
	case 't':
		sh_printf(sh, "%lx", st->f_type);
		break;
	case 'T':
		sh_printf(sh, "%s", sh_fs_type(st->f_type));
		break;
	case 's':
		sh_printf(sh, "%ld", st->f_bsize);
		break;
	case 'S':
		sh_printf(sh, "%ld", st->f_frsize);
		break;
	case 'l':
		sh_printf(sh, "%ld", st->f_namelen);
		break;
	case 'b':
		sh_printf(sh, "%llu", (unsigned long long)st->f_blocks);
		break;
	case 'f':
		sh_printf(sh, "%llu", (unsigned long long)st->f_bfree);
		break;
	case 'a':
		sh_printf(sh, "%llu", (unsigned long long)st->f_bavail);
		break;
	case 'c':
		sh_printf(sh, "%llu", (unsigned long long)st->f_files);
		break;
	case 'd':
		sh_printf(sh, "%llu", (unsigned long long)st->f_ffree);
		break;
	case 'i':
		sh_printf(sh, "%llx", (unsigned long long)(u32)st->f_fsid.val[1] << 32 |
			  (u32)st->f_fsid.val[0]);
		break;
	default:
		return false;
	}
	return true;
}

/* Print @fmt for one file (@st) or file system (@sfs), then a newline. */
static void sh_stat_format(struct sh *sh, const char *fmt, const char *path,
			   const struct kstat *st, const struct kstatfs *sfs)
{
	const char *p;

	for (p = fmt; *p; p++) {
		bool known;

		if (*p != '%' || !p[1]) {
			sh_printf(sh, "%c", *p);
			continue;
		}
		p++;
		if (*p == '%') {
			sh_printf(sh, "%%");
			continue;
		}
		known = sfs ? sh_statfs_seq(sh, *p, path, sfs) :
			      sh_stat_seq(sh, *p, path, st);
		if (!known)
			sh_printf(sh, "?");
	}
	sh_printf(sh, "\n");
}

/*
 * stat [-f] [-c FORMAT] FILE...: coreutils' stat of a file (its first
 * four lines: there are no times here) or, with -f, of its file system.
 */
static int sh_stat(struct sh *sh, int argc, char **argv)
{
	const char *fmt = NULL;
	bool fs = false;
	int i, status = 0;

	for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (!strcmp(argv[i], "-f")) {
			fs = true;
		} else if (!strcmp(argv[i], "-c") && i + 1 < argc) {
			fmt = argv[++i];
		} else {
			sh_err(sh, "stat: usage: stat [-f] [-c FORMAT] FILE...\n");
			return 1;
		}
	}
	if (i == argc) {
		sh_err(sh, "stat: missing operand\n");
		return 1;
	}
	for (; i < argc; i++) {
		struct kstatfs sfs;
		struct kstat st;
		char mode[11];
		long ret;

		ret = fs ? ksys_statfs(argv[i], &sfs) :
			   ksys_newstat(argv[i], &st);
		if (ret) {
			if (fs)
				sh_err(sh, "stat: cannot read file system information for '%s': %s\n",
				       argv[i], strerror(ret));
			else
				sh_err(sh, "stat: cannot statx '%s': %s\n",
				       argv[i], strerror(ret));
			status = 1;
			continue;
		}
		if (fmt) {
			sh_stat_format(sh, fmt, argv[i], fs ? NULL : &st,
				       fs ? &sfs : NULL);
		} else if (fs) {
			sh_printf(sh, "  File: \"%s\"\n", argv[i]);
			sh_printf(sh, "    ID: %-8x Namelen: %-7ld Type: %s\n",
				  sfs.f_fsid.val[0], sfs.f_namelen,
				  sh_fs_type(sfs.f_type));
			sh_printf(sh, "Block size: %-10ld Fundamental block size: %ld\n",
				  sfs.f_bsize, sfs.f_frsize);
			sh_printf(sh, "Blocks: Total: %-10llu Free: %-10llu Available: %llu\n",
				  (unsigned long long)sfs.f_blocks,
				  (unsigned long long)sfs.f_bfree,
				  (unsigned long long)sfs.f_bavail);
			sh_printf(sh, "Inodes: Total: %-10llu Free: %llu\n",
				  (unsigned long long)sfs.f_files,
				  (unsigned long long)sfs.f_ffree);
		} else {
			sh_mode_string(st.mode, mode);
			sh_printf(sh, "  File: %s\n", argv[i]);
			sh_printf(sh, "  Size: %-10lld\tBlocks: %-10d IO Block: %-6d %s\n",
				  (long long)st.size, 0, 4096,
				  sh_file_type(&st));
			sh_printf(sh, "Device: %u,%u\tInode: %-11llu Links: %u\n",
				  MAJOR(st.dev), MINOR(st.dev),
				  (unsigned long long)st.ino, st.nlink);
			sh_printf(sh, "Access: (%04o/%s)  Uid: (%5u/%8s)   Gid: (%5u/%8s)\n",
				  st.mode & 07777, mode, st.uid,
				  sh_user_name(st.uid), st.gid,
				  sh_user_name(st.gid));
		}
	}
	return status;
}

/*
 * thread TID exit | exec [NAME] | write FILE VALUE: one thread of a
 * process does something as itself (<linux/spawn.h>): exits alone (a
 * leader then stays a zombie while its other threads live on), execs
 * (NAME: default "spawn"), or opens FILE and writes "VALUE\n" in one
 * write(2), so that "0" written to tasks or cgroup.procs names it.
 */
static int sh_thread(struct sh *sh, int argc, char **argv)
{
	const char *what = argc > 2 ? argv[2] : "";
	char *buf;
	pid_t tid;
	long ret;

	if (argc < 3 || kstrtoint(argv[1], 10, &tid) || tid <= 0 ||
	    !((!strcmp(what, "exit") && argc == 3) ||
	      (!strcmp(what, "exec") && argc <= 4) ||
	      (!strcmp(what, "write") && argc == 5))) {
		sh_err(sh, "thread: usage: thread TID exit | exec [NAME] | write FILE VALUE\n");
		return 2;
	}
	if (!strcmp(what, "exit")) {
		ret = spawn_thread_exit(tid);
	} else if (!strcmp(what, "exec")) {
		ret = spawn_thread_exec(tid, argc == 4 ? argv[3] : "spawn");
	} else {
		buf = kasprintf(GFP_KERNEL, "%s\n", argv[4]);
		if (!buf)
			return 1;
		ret = spawn_thread_write(tid, argv[3], buf, strlen(buf));
		kfree(buf);
		if (ret < 0) {
			sh_err(sh, "thread: %d: %s: %s\n", tid, argv[3],
			       strerror(ret));
			return 1;
		}
	}
	if (ret < 0) {
		sh_err(sh, "thread: %d: %s\n", tid, strerror(ret));
		return 1;
	}
	return 0;
}

static int sh_true(struct sh *sh, int argc, char **argv)
{
	return 0;
}

static int sh_false(struct sh *sh, int argc, char **argv)
{
	return 1;
}

static int sh_help(struct sh *sh, int argc, char **argv);

/* Sorted by name; help: the synopsis, then what it does, on one line. */
static const struct sh_cmd sh_cmds[] = {
	{ "bio", sh_bio, "bio [-w] [-p PID] DEV SECTORS: submit I/O (blkio)" },
	{ "cat", sh_cat, "cat FILE...: print files" },
	{ "cd", sh_cd, "cd [DIR]: change the working directory" },
	{ "chmod", sh_chmod, "chmod MODE PATH: change a file's mode" },
	{ "chown", sh_chown, "chown UID[:GID] PATH: change a file's owner" },
	{ "chrt", sh_chrt,
	  "chrt [-f|-r|-o|-b|-i] -p [PRIO] TID: scheduling policy (cpu)" },
	{ "echo", sh_echo, "echo [-n] ARGS: print ARGS (> FILE: one write)" },
	{ "exec", sh_exec,
	  "exec NAME | N> FILE | N>&-: run a program; keep a descriptor" },
	{ "exit", sh_exit, "exit [N]: leave the shell" },
	{ "false", sh_false, "false: fail" },
	{ "help", sh_help, "help: this list" },
	{ "kill", sh_kill, "kill [-9|-15] PID...: send a signal" },
	{ "ls", sh_ls, "ls [-l] [-a] [DIR]: list a directory" },
	{ "mkdir", sh_mkdir, "mkdir [-p] DIR...: make directories" },
	{ "mknod", sh_mknod, "mknod PATH c|b MAJ MIN: a device node" },
	{ "mmap", sh_map_pages, "mmap PAGES [PID]: map memory (memcg)" },
	{ "mount", sh_mount,
	  "mount [-t TYPE] [-o OPTS] DEV DIR: mount (no arguments: list)" },
	{ "munmap", sh_map_pages, "munmap PAGES [PID]: unmap memory (memcg)" },
	{ "mv", sh_mv, "mv [-T] SOURCE DEST: rename" },
	{ "ps", sh_ps, "ps: list processes" },
	{ "rm", sh_rm, "rm FILE...: remove files" },
	{ "rmdir", sh_rmdir, "rmdir DIR...: remove directories" },
	{ "setuid", sh_su, "setuid UID: set the user ids" },
	{ "sleep", sh_sleep, "sleep SECS: wait" },
	{ "spawn", sh_spawn,
	  "spawn [-t N] [--churn [--exec]] [--clone-io] [--newns] | --stop PID: start a process" },
	{ "stat", sh_stat, "stat [-f] [-c FORMAT] FILE...: file or file system status" },
	{ "su", sh_su, "su UID[:GID]: become another user" },
	{ "thread", sh_thread,
	  "thread TID exit | exec [NAME] | write FILE VALUE: act as one thread" },
	{ "true", sh_true, "true: succeed" },
	{ "umount", sh_umount, "umount DIR: unmount" },
	{ "unshare", sh_unshare, "unshare [-m] [-u] [-i] [-n]: new namespaces" },
	{ "wait", sh_wait, "wait [PID]: wait for a child" },
};

/**
 * sh_find_cmd() - the command called @name
 * @name: the first word of a command line
 *
 * Context: any.
 * Return: its entry in the table, or NULL (the shell says "command not
 * found").
 */
const struct sh_cmd *sh_find_cmd(const char *name)
{
	int i;

	for (i = 0; i < ARRAY_SIZE(sh_cmds); i++)
		if (!strcmp(sh_cmds[i].name, name))
			return &sh_cmds[i];
	return NULL;
}

/* help: every command, one line each, in the table's (name) order. */
static int sh_help(struct sh *sh, int argc, char **argv)
{
	int i;

	for (i = 0; i < ARRAY_SIZE(sh_cmds); i++)
		sh_printf(sh, "%s\n", sh_cmds[i].help);
	return 0;
}
