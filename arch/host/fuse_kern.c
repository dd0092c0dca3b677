// SPDX-License-Identifier: GPL-2.0
/*
 * fuse_kern.c - the kernel side of the FUSE export: `./vmlinux --fuse DIR`
 * shows the kernel's whole file tree on the host (arch/host/fuse_user.c
 * serves the mount and calls the bridge below).
 *
 * Every request runs as a task, through the system-call boundary
 * (task_call()), so the VFS sees an ordinary system call: current's
 * credentials decide permissions, and the file handlers (cgroup.procs,
 * /proc) see a writer with a pid.  The tasks are "fuse workers": one
 * process per host (uid, gid) pair, created on first use, whose
 * credentials are exactly that pair (capabilities: full for uid 0, none
 * otherwise).  Worker processes have no host thread of their own: they
 * sit "in user space" until a FUSE thread enters them.  Requests of one
 * host user therefore run one at a time; different users run in
 * parallel.
 *
 * The first worker, for root, is forked by init when the export starts
 * and exec's "fuse"; the others are cloned from a live worker with
 * CLONE_PARENT, so every worker is a child of init (the console reaps
 * the ones that die) and a killed worker is simply replaced: a request
 * that finds its worker dead before its system call ran is retried once
 * on a new one.  Open files are kept as struct file references (the
 * FUSE file handle), not descriptors, so any worker of the right user may
 * read or write them.
 *
 * Locks taken and their ordering:
 *  - fuse_worker_lock (mutex): fuse_workers and each worker record.  It
 *    is held across task_call() into a worker while creating one (the
 *    calls made under it never take it), never while a request runs.
 *  - file->f_pos_lock, inside task_call(), around read and write.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/sched.h>
#include <linux/pid_namespace.h>
#include <linux/signal.h>
#include <linux/cred.h>
#include <linux/capability.h>
#include <linux/syscalls.h>
#include <linux/fs.h>
#include <linux/fcntl.h>
#include <linux/stat.h>
#include <linux/statfs.h>
#include <linux/fuse_export.h>
#include <host_ops.h>

/**
 * struct fuse_worker - the task that runs one host user's requests
 * @list: link in fuse_workers (fuse_worker_lock)
 * @uid: the host uid it stands for
 * @gid: the host gid it stands for
 * @tsk: the process (its only thread), referenced
 */
struct fuse_worker {
	struct list_head list;
	uid_t uid;
	gid_t gid;
	struct task_struct *tsk;
};

/* fuse_worker_lock - protects fuse_workers; see the file comment. */
static DEFINE_MUTEX(fuse_worker_lock);
static LIST_HEAD(fuse_workers);
static bool fuse_running;	/* fuse_worker_lock */

static bool fuse_worker_alive(struct task_struct *tsk)
{
	/* racy by design: a worker dying later is caught by task_call() */
	return !(READ_ONCE(tsk->flags) & PF_EXITING) &&
	       !(READ_ONCE(tsk->signal->flags) & SIGNAL_GROUP_EXIT);
}

/* ------------------------------------------------------------------ */
/* Creating workers */

struct fuse_clone {
	struct task_struct *child;	/* referenced on success */
};

/*
 * Workers take their pids from the top of the pid space, so the console
 * sees the same pid sequence with or without the export (its transcripts
 * and selftests do not change).  A fork elsewhere between the two
 * set_ns_last_pid() calls may get a high pid too; that is harmless.
 */
#define FUSE_PID_RESERVE	64

static struct task_struct *fuse_fork(unsigned long flags)
{
	struct kernel_clone_args args = {
		.flags		= flags,
		.exit_signal	= SIGCHLD,
	};
	struct task_struct *p;
	int last = get_ns_last_pid(&init_pid_ns);
	int high = READ_ONCE(pid_max) - FUSE_PID_RESERVE;

	if (high > last)
		set_ns_last_pid(&init_pid_ns, high);
	p = copy_process(&args);
	if (high > last)
		set_ns_last_pid(&init_pid_ns, last);
	return p;
}

static long fuse_clone_fn(void *arg)
{
	struct fuse_clone *fc = arg;
	struct task_struct *p = fuse_fork(CLONE_PARENT);

	if (IS_ERR(p))
		return PTR_ERR(p);
	fc->child = p;
	return 0;
}

struct fuse_ids {
	uid_t uid;
	gid_t gid;
};

/* In the new worker: become exactly (uid, gid). */
static long fuse_setcred_fn(void *arg)
{
	struct fuse_ids *ids = arg;
	struct cred *new = prepare_creds();

	if (!new)
		return -ENOMEM;
	new->uid = ids->uid;
	new->euid = ids->uid;
	new->suid = ids->uid;
	new->fsuid = ids->uid;
	new->gid = ids->gid;
	new->egid = ids->gid;
	new->sgid = ids->gid;
	new->fsgid = ids->gid;
	if (ids->uid == 0) {
		new->cap_permitted = init_cred.cap_permitted;
		new->cap_effective = init_cred.cap_effective;
	} else {
		new->cap_permitted = CAP_EMPTY_SET;
		new->cap_effective = CAP_EMPTY_SET;
	}
	return commit_creds(new);
}

static long fuse_exec_fn(void *arg)
{
	return ksys_execve(arg);
}

static long fuse_exit_fn(void *arg)
{
	return ksys_exit_group(1);
}

/*
 * A new worker for (uid, gid), cloned from a live worker.  Returns it
 * referenced, or an ERR_PTR.
 */
static struct task_struct *fuse_worker_create(uid_t uid, gid_t gid)
	__must_hold(&fuse_worker_lock)
{
	struct fuse_ids ids = { .uid = uid, .gid = gid };
	struct fuse_clone fc = { };
	struct fuse_worker *w;
	long ret = -ESRCH;

	lockdep_assert_held(&fuse_worker_lock);
	list_for_each_entry(w, &fuse_workers, list) {
		if (!fuse_worker_alive(w->tsk))
			continue;
		ret = task_call(w->tsk, fuse_clone_fn, &fc);
		if (!ret)
			break;
	}
	if (ret)
		return ERR_PTR(ret);

	ret = task_call(fc.child, fuse_setcred_fn, &ids);
	if (ret) {
		task_call(fc.child, fuse_exit_fn, NULL);
		put_task_struct(fc.child);
		return ERR_PTR(ret);
	}
	return fc.child;
}

/* The worker for (uid, gid), referenced; creates or replaces it. */
static struct task_struct *fuse_worker_get(uid_t uid, gid_t gid)
{
	struct fuse_worker *w, *found = NULL;
	struct task_struct *tsk;

	mutex_lock(&fuse_worker_lock);
	if (!fuse_running) {
		tsk = ERR_PTR(-EIO);
		goto out_unlock;
	}
	list_for_each_entry(w, &fuse_workers, list) {
		if (w->uid == uid && w->gid == gid) {
			found = w;
			break;
		}
	}
	if (found && fuse_worker_alive(found->tsk)) {
		tsk = get_task_struct(found->tsk);
		goto out_unlock;
	}

	tsk = fuse_worker_create(uid, gid);
	if (IS_ERR(tsk))
		goto out_unlock;
	if (!found) {
		found = kzalloc(sizeof(*found), GFP_KERNEL);
		if (!found) {
			task_call(tsk, fuse_exit_fn, NULL);
			put_task_struct(tsk);
			tsk = ERR_PTR(-ENOMEM);
			goto out_unlock;
		}
		found->uid = uid;
		found->gid = gid;
		list_add_tail(&found->list, &fuse_workers);
	} else {
		put_task_struct(found->tsk);
	}
	found->tsk = get_task_struct(tsk);
out_unlock:
	mutex_unlock(&fuse_worker_lock);
	return tsk;
}

/* ------------------------------------------------------------------ */
/* Running a request */

/**
 * struct fuse_req - one bridge call on its way into a worker
 * @fn: the system call, run as the worker
 * @ran: set by fuse_req_fn() once @fn started
 * @path: the path argument, if any
 * @file: the open file, if any
 * @buf: data buffer (read/write)
 * @size: its size
 * @off: file offset (read/write); new size (truncate)
 * @flags: open flags
 * @mode: permission bits (open, mkdir, chmod)
 * @owner: chown's new owner
 * @group: chown's new group
 * @to: rename's new name
 * @st: getattr's result
 * @sfs: statfs's result
 * @fill: readdir's callback
 * @ctx: @fill's argument
 */
struct fuse_req {
	long (*fn)(struct fuse_req *req);
	bool ran;
	const char *path;
	struct file *file;
	char *buf;
	unsigned long size;
	long long off;
	int flags;
	unsigned int mode;
	unsigned int owner;
	unsigned int group;
	const char *to;
	struct host_fs_stat *st;
	struct host_fs_statfs *sfs;
	int (*fill)(void *ctx, const char *name,
		    const struct host_fs_stat *st);
	void *ctx;
};

static long fuse_req_fn(void *arg)
{
	struct fuse_req *req = arg;

	req->ran = true;
	return req->fn(req);
}

/*
 * Run @req as the worker of (uid, gid).  A worker found dead before the
 * request ran (task_call()'s own -ESRCH/-EINTR) is replaced once; an
 * errno the system call itself returned is passed on untouched.
 */
static long fuse_run(unsigned int uid, unsigned int gid, struct fuse_req *req)
{
	struct task_struct *tsk;
	int attempt;
	long ret = -EIO;

	for (attempt = 0; attempt < 2; attempt++) {
		tsk = fuse_worker_get(uid, gid);
		if (IS_ERR(tsk))
			return PTR_ERR(tsk);
		req->ran = false;
		ret = task_call(tsk, fuse_req_fn, req);
		put_task_struct(tsk);
		if (req->ran)
			return ret;
	}
	return ret == -ESRCH || ret == -EINTR ? -EIO : ret;
}

/* ------------------------------------------------------------------ */
/* The system calls, as the worker */

static long fuse_getattr_fn(struct fuse_req *req)
{
	struct kstat stat = { };
	long ret = ksys_newstat(req->path, &stat);

	if (ret)
		return ret;
	req->st->ino = stat.ino;
	req->st->mode = stat.mode;
	req->st->nlink = stat.nlink;
	req->st->uid = stat.uid;
	req->st->gid = stat.gid;
	req->st->size = stat.size;
	return 0;
}

#define FUSE_DIRENT_BUF	4096

static long fuse_readdir_fn(struct fuse_req *req)
{
	struct host_fs_stat st = { };
	struct linux_dirent64 *d;
	char *buf;
	long fd, n, off, ret = 0;

	buf = kmalloc(FUSE_DIRENT_BUF, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	fd = ksys_open(req->path, O_RDONLY | O_DIRECTORY, 0);
	if (fd < 0) {
		ret = fd;
		goto out_free_buf;
	}
	while ((n = ksys_getdents64(fd, (void *)buf, FUSE_DIRENT_BUF)) > 0) {
		for (off = 0; off < n; off += d->d_reclen) {
			d = (struct linux_dirent64 *)(buf + off);
			st.ino = d->d_ino;
			st.mode = d->d_type == DT_DIR ? S_IFDIR : S_IFREG;
			if (req->fill(req->ctx, d->d_name, &st))
				goto out_close;
		}
	}
	if (n < 0)
		ret = n;
out_close:
	ksys_close(fd);
out_free_buf:
	kfree(buf);
	return ret;
}

static long fuse_open_fn(struct fuse_req *req)
{
	struct file *file = filp_open(req->path, req->flags, req->mode);

	if (IS_ERR(file))
		return PTR_ERR(file);
	req->file = file;
	return 0;
}

static long fuse_read_fn(struct fuse_req *req)
{
	loff_t pos = req->off;
	long ret;

	mutex_lock(&req->file->f_pos_lock);
	ret = kernel_read(req->file, req->buf, req->size, &pos);
	mutex_unlock(&req->file->f_pos_lock);
	return ret;
}

static long fuse_write_fn(struct fuse_req *req)
{
	loff_t pos = req->off;
	long ret;

	mutex_lock(&req->file->f_pos_lock);
	ret = kernel_write(req->file, req->buf, req->size, &pos);
	mutex_unlock(&req->file->f_pos_lock);
	return ret;
}

static long fuse_mkdir_fn(struct fuse_req *req)
{
	return ksys_mkdir(req->path, req->mode);
}

static long fuse_rmdir_fn(struct fuse_req *req)
{
	return ksys_rmdir(req->path);
}

static long fuse_unlink_fn(struct fuse_req *req)
{
	return ksys_unlink(req->path);
}

static long fuse_chown_fn(struct fuse_req *req)
{
	return ksys_chown(req->path, req->owner, req->group);
}

static long fuse_chmod_fn(struct fuse_req *req)
{
	return ksys_chmod(req->path, req->mode);
}

static long fuse_rename_fn(struct fuse_req *req)
{
	return ksys_rename(req->path, req->to);
}

static long fuse_statfs_fn(struct fuse_req *req)
{
	struct kstatfs st;
	long ret = ksys_statfs(req->path, &st);

	if (ret)
		return ret;
	req->sfs->type = st.f_type;
	req->sfs->bsize = st.f_bsize;
	req->sfs->frsize = st.f_frsize;
	req->sfs->blocks = st.f_blocks;
	req->sfs->bfree = st.f_bfree;
	req->sfs->bavail = st.f_bavail;
	req->sfs->files = st.f_files;
	req->sfs->ffree = st.f_ffree;
	req->sfs->namelen = st.f_namelen;
	return 0;
}

/* Pseudo files have no size to change: check the write permission. */
static long fuse_truncate_fn(struct fuse_req *req)
{
	struct file *file;

	if (req->off)
		return -EINVAL;
	file = filp_open(req->path, O_WRONLY, 0);
	if (IS_ERR(file))
		return PTR_ERR(file);
	filp_close(file);
	return 0;
}

/* ------------------------------------------------------------------ */
/* The bridge (struct host_fs_bridge) */

static int fuse_getattr(unsigned int uid, unsigned int gid, const char *path,
			struct host_fs_stat *st)
{
	struct fuse_req req = { .fn = fuse_getattr_fn, .path = path, .st = st };

	return fuse_run(uid, gid, &req);
}

static int fuse_readdir(unsigned int uid, unsigned int gid, const char *path,
			int (*fill)(void *ctx, const char *name,
				    const struct host_fs_stat *st),
			void *ctx)
{
	struct fuse_req req = {
		.fn	= fuse_readdir_fn,
		.path	= path,
		.fill	= fill,
		.ctx	= ctx,
	};

	return fuse_run(uid, gid, &req);
}

static int fuse_open(unsigned int uid, unsigned int gid, const char *path,
		     int flags, unsigned int mode, void **file)
{
	struct fuse_req req = {
		.fn	= fuse_open_fn,
		.path	= path,
		.flags	= flags,
		.mode	= mode,
	};
	long ret = fuse_run(uid, gid, &req);

	if (!ret)
		*file = req.file;
	return ret;
}

static long fuse_read(unsigned int uid, unsigned int gid, void *file,
		      char *buf, unsigned long size, long long off)
{
	struct fuse_req req = {
		.fn	= fuse_read_fn,
		.file	= file,
		.buf	= buf,
		.size	= size,
		.off	= off,
	};

	return fuse_run(uid, gid, &req);
}

static long fuse_write(unsigned int uid, unsigned int gid, void *file,
		       const char *buf, unsigned long size, long long off)
{
	struct fuse_req req = {
		.fn	= fuse_write_fn,
		.file	= file,
		.buf	= (char *)buf,
		.size	= size,
		.off	= off,
	};

	return fuse_run(uid, gid, &req);
}

/* The last fput() needs no task context of its own. */
static void fuse_release(void *file)
{
	filp_close(file);
}

static int fuse_mkdir(unsigned int uid, unsigned int gid, const char *path,
		      unsigned int mode)
{
	struct fuse_req req = { .fn = fuse_mkdir_fn, .path = path,
				.mode = mode };

	return fuse_run(uid, gid, &req);
}

static int fuse_rmdir(unsigned int uid, unsigned int gid, const char *path)
{
	struct fuse_req req = { .fn = fuse_rmdir_fn, .path = path };

	return fuse_run(uid, gid, &req);
}

static int fuse_unlink(unsigned int uid, unsigned int gid, const char *path)
{
	struct fuse_req req = { .fn = fuse_unlink_fn, .path = path };

	return fuse_run(uid, gid, &req);
}

static int fuse_chown(unsigned int uid, unsigned int gid, const char *path,
		      unsigned int owner, unsigned int group)
{
	struct fuse_req req = {
		.fn	= fuse_chown_fn,
		.path	= path,
		.owner	= owner,
		.group	= group,
	};

	return fuse_run(uid, gid, &req);
}

static int fuse_chmod(unsigned int uid, unsigned int gid, const char *path,
		      unsigned int mode)
{
	struct fuse_req req = { .fn = fuse_chmod_fn, .path = path,
				.mode = mode };

	return fuse_run(uid, gid, &req);
}

static int fuse_truncate(unsigned int uid, unsigned int gid, const char *path,
			 long long size)
{
	struct fuse_req req = { .fn = fuse_truncate_fn, .path = path,
				.off = size };

	return fuse_run(uid, gid, &req);
}

static int fuse_rename(unsigned int uid, unsigned int gid, const char *from,
		       const char *to)
{
	struct fuse_req req = { .fn = fuse_rename_fn, .path = from, .to = to };

	return fuse_run(uid, gid, &req);
}

static int fuse_statfs(unsigned int uid, unsigned int gid, const char *path,
		       struct host_fs_statfs *st)
{
	struct fuse_req req = { .fn = fuse_statfs_fn, .path = path, .sfs = st };

	return fuse_run(uid, gid, &req);
}

static const struct host_fs_bridge fuse_bridge = {
	.getattr	= fuse_getattr,
	.readdir	= fuse_readdir,
	.open		= fuse_open,
	.read		= fuse_read,
	.write		= fuse_write,
	.release	= fuse_release,
	.mkdir		= fuse_mkdir,
	.rmdir		= fuse_rmdir,
	.unlink		= fuse_unlink,
	.chown		= fuse_chown,
	.chmod		= fuse_chmod,
	.truncate	= fuse_truncate,
	.rename		= fuse_rename,
	.statfs		= fuse_statfs,
};

/* ------------------------------------------------------------------ */
/* Start and stop */

/**
 * fuse_export_start() - mount the kernel's file tree on a host directory
 * @dir: the host directory
 *
 * Forks the root worker ("fuse", a child of init) and asks the host to
 * mount and serve.
 * Context: init, before it runs its program; no locks held.
 * Return: 0 or -errno (nothing is mounted then).
 */
int fuse_export_start(const char *dir)
{
	struct fuse_worker *w;
	struct task_struct *p;
	long ret;

	if (!host_ops.fuse_start || !host_ops.fuse_stop) {
		pr_err("fuse: this host has no FUSE export\n");
		return -ENODEV;
	}
	w = kzalloc(sizeof(*w), GFP_KERNEL);
	if (!w)
		return -ENOMEM;
	p = fuse_fork(0);
	if (IS_ERR(p)) {
		ret = PTR_ERR(p);
		goto out_free_worker;
	}
	ret = task_call(p, fuse_exec_fn, "fuse");
	if (ret)
		goto out_kill_worker;

	w->tsk = p;
	mutex_lock(&fuse_worker_lock);
	list_add(&w->list, &fuse_workers);
	fuse_running = true;
	mutex_unlock(&fuse_worker_lock);

	ret = host_ops.fuse_start(dir, &fuse_bridge);
	if (ret) {
		pr_err("fuse: cannot export on %s: error %ld\n", dir, ret);
		fuse_export_stop();
		return ret;
	}
	pr_info("fuse: kernel file tree mounted on %s\n", dir);
	return 0;

out_kill_worker:
	task_call(p, fuse_exit_fn, NULL);
	put_task_struct(p);
out_free_worker:
	kfree(w);
	return ret;
}

/**
 * fuse_export_stop() - unmount and forget the workers
 *
 * The host unmounts and waits for requests in flight; then each worker
 * process exits (init reaps it).
 * Context: init; no locks held.
 */
void fuse_export_stop(void)
{
	struct fuse_worker *w, *tmp;

	host_ops.fuse_stop();
	mutex_lock(&fuse_worker_lock);
	fuse_running = false;
	list_for_each_entry_safe(w, tmp, &fuse_workers, list) {
		list_del(&w->list);
		/* it exits itself: init may no longer have the right to kill */
		task_call(w->tsk, fuse_exit_fn, NULL);
		put_task_struct(w->tsk);
		kfree(w);
	}
	mutex_unlock(&fuse_worker_lock);
}
