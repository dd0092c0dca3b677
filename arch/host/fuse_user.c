// SPDX-License-Identifier: GPL-2.0
/*
 * fuse_user.c - the host side of the FUSE export: libfuse3's high-level
 * API, multithreaded, serving the kernel's file tree on a host directory.
 *
 * Every request goes into the kernel through the struct host_fs_bridge
 * the kernel handed to host_fuse_start() (arch/host/fuse_kern.c), with
 * the requesting host process's uid and gid.  Nothing is cached: entry,
 * negative and attribute timeouts are 0 and every open file is direct_io,
 * so each read(2) reaches the kernel's read handler and each write(2)
 * reaches its write handler whole (up to FUSE's max_write, 128 KiB,
 * far above anything a kernel file accepts).  The mount is allow_other
 * when we may (root, or user_allow_other in /etc/fuse.conf), so other
 * host users reach the kernel with their own credentials; the kernel,
 * not FUSE, checks permissions (no default_permissions).
 *
 * Threads: libfuse's loop runs on fuse_loop_thread and starts its own
 * workers (all signals blocked in them).  fuse_signal_thread waits on a
 * self-pipe written by the SIGINT/SIGTERM handler: it unmounts, then
 * re-raises the signal with its default action, so the program still
 * ends "killed by SIGINT".
 *
 * Stopping: the loop first, then the device.  The loop's threads read
 * /dev/fuse until the kernel says the mount is gone (ENODEV), so the
 * stop unmounts the directory (fuse_detach()), as umount(8) would end
 * any FUSE server, and joins the loop; only then does fuse_unmount()
 * close /dev/fuse, which nobody reads any more.  (Closing it first, as
 * this file once did, closed a descriptor other threads were reading:
 * they could read a recycled one, and ThreadSanitizer reported it.)
 *
 * Locks taken and their ordering:
 *  fuse_lock (pthread mutex) protects fuse_fs, fuse_dir and
 *  fuse_mounted: start, stop and the signal thread's stop.  Leaf; the
 *  loop never takes it.
 */
#define FUSE_USE_VERSION 312

#include <errno.h>
#include <fcntl.h>
#include <fuse3/fuse.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <unistd.h>

#include "host-internal.h"

/* fuse_lock - protects the fields below it; see the file comment. */
static pthread_mutex_t fuse_lock = PTHREAD_MUTEX_INITIALIZER;
static struct fuse *fuse_fs;
static char *fuse_dir;		/* the mount point, malloc()ed */
static int fuse_mounted;
static pthread_t fuse_loop_thread;

/* Set once before the mount; read-only while it is served. */
static const struct host_fs_bridge *fuse_bridge;

static int fuse_signal_pipe[2] = { -1, -1 };

/* ------------------------------------------------------------------ */
/* Translation between the host and the kernel */

static void fuse_caller(unsigned int *uid, unsigned int *gid)
{
	struct fuse_context *ctx = fuse_get_context();

	*uid = ctx->uid;
	*gid = ctx->gid;
}

/* Linux's O_* values, which the bridge speaks. */
static const struct {
	int host;
	int kernel;
} fuse_open_flags[] = {
	{ O_WRONLY,	00000001 },
	{ O_RDWR,	00000002 },
	{ O_CREAT,	00000100 },
	{ O_EXCL,	00000200 },
	{ O_TRUNC,	00001000 },
	{ O_APPEND,	00002000 },
	{ O_DIRECTORY,	00200000 },
};

static int fuse_kernel_flags(int flags)
{
	unsigned int i;
	int ret = 0;

	for (i = 0; i < ARRAY_SIZE(fuse_open_flags); i++)
		if ((flags & fuse_open_flags[i].host) == fuse_open_flags[i].host)
			ret |= fuse_open_flags[i].kernel;
	return ret;
}

static void fuse_fill_stat(struct stat *st, const struct host_fs_stat *hs)
{
	memset(st, 0, sizeof(*st));
	st->st_ino = hs->ino;
	st->st_mode = hs->mode;
	st->st_nlink = hs->nlink ? hs->nlink : 1;
	st->st_uid = hs->uid;
	st->st_gid = hs->gid;
	st->st_size = hs->size;
	st->st_blksize = 4096;
}

static void *fuse_cookie(const struct fuse_file_info *fi)
{
	return (void *)(uintptr_t)fi->fh;
}

/* ------------------------------------------------------------------ */
/* struct fuse_operations */

static void *fuse_op_init(struct fuse_conn_info *conn, struct fuse_config *cfg)
{
	cfg->entry_timeout = 0;
	cfg->negative_timeout = 0;
	cfg->attr_timeout = 0;
	cfg->ac_attr_timeout_set = 1;
	cfg->ac_attr_timeout = 0;
	cfg->direct_io = 1;
	cfg->kernel_cache = 0;
	cfg->use_ino = 1;
	cfg->hard_remove = 1;
	/* no writeback caching: a write(2) is one request */
	conn->want &= ~FUSE_CAP_WRITEBACK_CACHE;
	return NULL;
}

static int fuse_op_getattr(const char *path, struct stat *st,
			   struct fuse_file_info *fi)
{
	struct host_fs_stat hs = { 0 };
	unsigned int uid, gid;
	int ret;

	fuse_caller(&uid, &gid);
	ret = fuse_bridge->getattr(uid, gid, path, &hs);
	if (!ret)
		fuse_fill_stat(st, &hs);
	return ret;
}

struct fuse_dir_ctx {
	void *buf;
	fuse_fill_dir_t filler;
};

static int fuse_dir_fill(void *data, const char *name,
			 const struct host_fs_stat *hs)
{
	struct fuse_dir_ctx *ctx = data;
	struct stat st;

	fuse_fill_stat(&st, hs);
	return ctx->filler(ctx->buf, name, &st, 0, 0);
}

static int fuse_op_readdir(const char *path, void *buf, fuse_fill_dir_t filler,
			   off_t off, struct fuse_file_info *fi,
			   enum fuse_readdir_flags flags)
{
	struct fuse_dir_ctx ctx = { .buf = buf, .filler = filler };
	unsigned int uid, gid;

	fuse_caller(&uid, &gid);
	return fuse_bridge->readdir(uid, gid, path, fuse_dir_fill, &ctx);
}

static int fuse_do_open(const char *path, int flags, mode_t mode,
			struct fuse_file_info *fi)
{
	unsigned int uid, gid;
	void *cookie = NULL;
	int ret;

	fuse_caller(&uid, &gid);
	ret = fuse_bridge->open(uid, gid, path, fuse_kernel_flags(flags),
				mode & 07777, &cookie);
	if (ret)
		return ret;
	fi->fh = (uintptr_t)cookie;
	fi->direct_io = 1;
	fi->keep_cache = 0;
	return 0;
}

static int fuse_op_open(const char *path, struct fuse_file_info *fi)
{
	return fuse_do_open(path, fi->flags, 0, fi);
}

static int fuse_op_create(const char *path, mode_t mode,
			  struct fuse_file_info *fi)
{
	return fuse_do_open(path, fi->flags | O_CREAT, mode, fi);
}

static int fuse_op_read(const char *path, char *buf, size_t size, off_t off,
			struct fuse_file_info *fi)
{
	unsigned int uid, gid;

	fuse_caller(&uid, &gid);
	return fuse_bridge->read(uid, gid, fuse_cookie(fi), buf, size, off);
}

static int fuse_op_write(const char *path, const char *buf, size_t size,
			 off_t off, struct fuse_file_info *fi)
{
	unsigned int uid, gid;

	fuse_caller(&uid, &gid);
	return fuse_bridge->write(uid, gid, fuse_cookie(fi), buf, size, off);
}

static int fuse_op_release(const char *path, struct fuse_file_info *fi)
{
	fuse_bridge->release(fuse_cookie(fi));
	return 0;
}

static int fuse_op_mkdir(const char *path, mode_t mode)
{
	unsigned int uid, gid;

	fuse_caller(&uid, &gid);
	return fuse_bridge->mkdir(uid, gid, path, mode & 07777);
}

static int fuse_op_rmdir(const char *path)
{
	unsigned int uid, gid;

	fuse_caller(&uid, &gid);
	return fuse_bridge->rmdir(uid, gid, path);
}

static int fuse_op_unlink(const char *path)
{
	unsigned int uid, gid;

	fuse_caller(&uid, &gid);
	return fuse_bridge->unlink(uid, gid, path);
}

static int fuse_op_chown(const char *path, uid_t owner, gid_t group,
			 struct fuse_file_info *fi)
{
	unsigned int uid, gid;

	fuse_caller(&uid, &gid);
	return fuse_bridge->chown(uid, gid, path, owner, group);
}

static int fuse_op_chmod(const char *path, mode_t mode,
			 struct fuse_file_info *fi)
{
	unsigned int uid, gid;

	fuse_caller(&uid, &gid);
	return fuse_bridge->chmod(uid, gid, path, mode & 07777);
}

static int fuse_op_truncate(const char *path, off_t size,
			    struct fuse_file_info *fi)
{
	unsigned int uid, gid;

	/* ftruncate() of a file we opened: the open did the check */
	if (fi)
		return size ? -EINVAL : 0;
	fuse_caller(&uid, &gid);
	return fuse_bridge->truncate(uid, gid, path, size);
}

/*
 * rename(2) within the export.  The kernel's rename has no flags (as
 * 2.6.38): RENAME_NOREPLACE and RENAME_EXCHANGE are EINVAL, so callers
 * such as coreutils' mv fall back to a plain rename.
 */
static int fuse_op_rename(const char *from, const char *to, unsigned int flags)
{
	unsigned int uid, gid;

	if (flags)
		return -EINVAL;
	fuse_caller(&uid, &gid);
	return fuse_bridge->rename(uid, gid, from, to);
}

/*
 * statfs(2): the kernel's figures.  The host kernel replaces f_type by
 * FUSE's own magic, so the kernel's is offered as the extended attribute
 * FUSE_XATTR_F_TYPE below.
 */
static int fuse_op_statfs(const char *path, struct statvfs *st)
{
	struct host_fs_statfs hs = { 0 };
	unsigned int uid, gid;
	int ret;

	fuse_caller(&uid, &gid);
	ret = fuse_bridge->statfs(uid, gid, path, &hs);
	if (ret)
		return ret;
	memset(st, 0, sizeof(*st));
	st->f_bsize = hs.bsize;
	st->f_frsize = hs.frsize;
	st->f_blocks = hs.blocks;
	st->f_bfree = hs.bfree;
	st->f_bavail = hs.bavail;
	st->f_files = hs.files;
	st->f_ffree = hs.ffree;
	st->f_namemax = hs.namelen;
	return 0;
}

/*
 * The one extended attribute of the export: the f_type statfs(2) gives
 * inside the kernel for the file system @path is on, as "0x" and hex
 * digits (0x27e0eb for cgroupfs).  It is read-only; other names do not
 * exist.
 */
#define FUSE_XATTR_F_TYPE	"user.statfs.f_type"

static int fuse_op_getxattr(const char *path, const char *name, char *value,
			    size_t size)
{
	struct host_fs_statfs hs = { 0 };
	unsigned int uid, gid;
	char buf[32];
	int ret, len;

	if (strcmp(name, FUSE_XATTR_F_TYPE))
		return -ENODATA;
	fuse_caller(&uid, &gid);
	ret = fuse_bridge->statfs(uid, gid, path, &hs);
	if (ret)
		return ret;
	len = snprintf(buf, sizeof(buf), "0x%lx", hs.type);
	if (!size)
		return len;
	if (size < (size_t)len)
		return -ERANGE;
	memcpy(value, buf, len);
	return len;
}

static int fuse_op_listxattr(const char *path, char *list, size_t size)
{
	size_t len = sizeof(FUSE_XATTR_F_TYPE);	/* with its NUL */

	if (!size)
		return len;
	if (size < len)
		return -ERANGE;
	memcpy(list, FUSE_XATTR_F_TYPE, len);
	return len;
}

static int fuse_op_setxattr(const char *path, const char *name,
			    const char *value, size_t size, int flags)
{
	return strcmp(name, FUSE_XATTR_F_TYPE) ? -ENOTSUP : -EPERM;
}

static int fuse_op_removexattr(const char *path, const char *name)
{
	return strcmp(name, FUSE_XATTR_F_TYPE) ? -ENODATA : -EPERM;
}

static const struct fuse_operations fuse_ops = {
	.init		= fuse_op_init,
	.getattr	= fuse_op_getattr,
	.readdir	= fuse_op_readdir,
	.open		= fuse_op_open,
	.create		= fuse_op_create,
	.read		= fuse_op_read,
	.write		= fuse_op_write,
	.release	= fuse_op_release,
	.mkdir		= fuse_op_mkdir,
	.rmdir		= fuse_op_rmdir,
	.unlink		= fuse_op_unlink,
	.chown		= fuse_op_chown,
	.chmod		= fuse_op_chmod,
	.truncate	= fuse_op_truncate,
	.rename		= fuse_op_rename,
	.statfs		= fuse_op_statfs,
	.getxattr	= fuse_op_getxattr,
	.listxattr	= fuse_op_listxattr,
	.setxattr	= fuse_op_setxattr,
	.removexattr	= fuse_op_removexattr,
};

/* ------------------------------------------------------------------ */
/* Mount, loop, unmount */

/*
 * fusermount3 -u -z @dir: the setuid helper unmounts a FUSE mount of
 * ours without root.  Return: 0 when it succeeded.
 */
static int fuse_fusermount_lazy(const char *dir)
{
	char *argv[] = { "fusermount3", "-u", "-z", (char *)dir, NULL };
	pid_t pid;
	int status;

	if (posix_spawnp(&pid, "fusermount3", NULL, NULL, argv, environ))
		return -1;
	if (waitpid(pid, &status, 0) != pid)
		return -1;
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

/* A mount left by a killed run answers ENOTCONN: detach it. */
static void fuse_clear_stale(const char *dir)
{
	struct stat st;

	if (stat(dir, &st) == 0 || errno != ENOTCONN)
		return;
	fprintf(stderr, "fuse: clearing a stale mount on %s\n", dir);
	if (umount2(dir, MNT_DETACH) == 0)
		return;
	fuse_fusermount_lazy(dir);
}

/* allow_other needs root or user_allow_other in /etc/fuse.conf. */
static int fuse_may_allow_other(void)
{
	char line[256];
	FILE *conf;
	int ret = 0;

	if (geteuid() == 0)
		return 1;
	conf = fopen("/etc/fuse.conf", "r");
	if (!conf)
		return 0;
	while (fgets(line, sizeof(line), conf))
		if (!strncmp(line, "user_allow_other", 16))
			ret = 1;
	fclose(conf);
	return ret;
}

static void *fuse_loop_fn(void *unused)
{
	struct fuse_loop_config *config = fuse_loop_cfg_create();

	if (!config)
		return NULL;
	fuse_loop_cfg_set_clone_fd(config, 0);
	fuse_loop_cfg_set_idle_threads(config, 4);
	fuse_loop_mt(fuse_fs, config);
	fuse_loop_cfg_destroy(config);
	return NULL;
}

/*
 * Unmount @dir on the host's side.  Once the mount is no longer in use
 * the kernel destroys it and aborts the connection: every read of
 * /dev/fuse, blocked or future, fails with ENODEV, which ends libfuse's
 * loop.  A mount still in use (a host process with a file open in it)
 * is detached now and destroyed when its last user lets go.
 */
static void fuse_detach(const char *dir)
{
	if (umount2(dir, 0) == 0)
		return;
	if (errno == EBUSY && umount2(dir, MNT_DETACH) == 0)
		return;
	/* not root: the setuid helper may (the mount is ours) */
	if (fuse_fusermount_lazy(dir))
		fprintf(stderr, "fuse: cannot unmount %s\n", dir);
}

static void fuse_stop_locked(void)
{
	if (!fuse_mounted)
		return;
	/* step 1: end the loop; its threads exit on ENODEV */
	fuse_detach(fuse_dir);
	pthread_join(fuse_loop_thread, NULL);
	/* step 2: nobody reads /dev/fuse now: close it (already unmounted) */
	fuse_unmount(fuse_fs);
	fuse_destroy(fuse_fs);
	fuse_fs = NULL;
	free(fuse_dir);
	fuse_dir = NULL;
	fuse_mounted = 0;
}

void host_fuse_stop(void)
{
	pthread_mutex_lock(&fuse_lock);
	fuse_stop_locked();
	pthread_mutex_unlock(&fuse_lock);
}

static void fuse_signal_handler(int sig)
{
	unsigned char byte = sig;
	int saved = errno;

	if (write(fuse_signal_pipe[1], &byte, 1) < 0)
		_exit(128 + sig);
	errno = saved;
}

/* Unmount, then die of the signal as if we had never caught it. */
static void *fuse_signal_fn(void *unused)
{
	unsigned char byte;
	sigset_t set;
	ssize_t n;

	do {
		n = read(fuse_signal_pipe[0], &byte, 1);
	} while (n < 0 && errno == EINTR);
	if (n != 1)
		return NULL;
	host_fuse_stop();
	fflush(stdout);
	signal(byte, SIG_DFL);
	sigemptyset(&set);
	sigaddset(&set, byte);
	pthread_sigmask(SIG_UNBLOCK, &set, NULL);
	raise(byte);
	_exit(128 + byte);
}

static int fuse_catch_signals(void)
{
	struct sigaction sa;
	pthread_attr_t attr;
	pthread_t thread;
	sigset_t all, old;
	int ret;

	if (fuse_signal_pipe[0] >= 0)
		return 0;
	if (pipe2(fuse_signal_pipe, O_CLOEXEC))
		return -errno;

	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, &old);
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	ret = pthread_create(&thread, &attr, fuse_signal_fn, NULL);
	pthread_attr_destroy(&attr);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (ret)
		return -ret;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = fuse_signal_handler;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	return 0;
}

int host_fuse_start(const char *dir, const struct host_fs_bridge *bridge)
{
	char opts[128];
	char *argv[] = { "vmlinux", "-o", opts, NULL };
	struct fuse_args args = FUSE_ARGS_INIT(3, argv);
	sigset_t all, old;
	int ret;

	pthread_mutex_lock(&fuse_lock);
	if (fuse_mounted) {
		ret = -EBUSY;
		goto out_unlock;
	}
	fuse_dir = strdup(dir);
	if (!fuse_dir) {
		ret = -ENOMEM;
		goto out_unlock;
	}
	snprintf(opts, sizeof(opts), "fsname=vmlinux,subtype=hosted%s",
		 fuse_may_allow_other() ? ",allow_other" : "");
	fuse_bridge = bridge;
	fuse_clear_stale(dir);

	fuse_fs = fuse_new(&args, &fuse_ops, sizeof(fuse_ops), NULL);
	if (!fuse_fs) {
		ret = -EINVAL;
		goto out_free_args;
	}
	if (fuse_mount(fuse_fs, dir)) {
		ret = -EIO;
		goto out_destroy_fs;
	}
	ret = fuse_catch_signals();
	if (ret)
		goto out_unmount;

	/* the loop's threads inherit a mask with every signal blocked */
	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, &old);
	ret = -pthread_create(&fuse_loop_thread, NULL, fuse_loop_fn, NULL);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (ret)
		goto out_unmount;
	fuse_mounted = 1;
	fuse_opt_free_args(&args);
	pthread_mutex_unlock(&fuse_lock);
	return 0;

out_unmount:
	fuse_unmount(fuse_fs);
out_destroy_fs:
	fuse_destroy(fuse_fs);
	fuse_fs = NULL;
out_free_args:
	fuse_opt_free_args(&args);
	free(fuse_dir);
	fuse_dir = NULL;
out_unlock:
	pthread_mutex_unlock(&fuse_lock);
	return ret;
}
