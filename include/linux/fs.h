/* SPDX-License-Identifier: GPL-2.0 */
/*
 * fs.h - the virtual file system: file system types, super blocks, inodes,
 * open files, the generic helpers a pseudo file system (procfs, cgroupfs)
 * is built from, and the VFS system calls.
 *
 * Every file system here is in memory.  Its tree is a tree of dentries
 * (<linux/dcache.h>) each pointing at an inode; a pseudo file system makes
 * its files with simple_create_file()/simple_create_dir(), or from its
 * own inode_operations (mkdir) with simple_new_inode() + d_instantiate()
 * + d_pin(), and reads/writes them through its file_operations.
 *
 * Contracts the VFS keeps for a file system:
 *  - i_op->mkdir/create run with the parent directory's i_mutex held and a
 *    negative dentry already linked under it; on success the fs has
 *    instantiated and pinned it (d_instantiate + d_pin).
 *  - i_op->rmdir runs with the parent's and the victim's i_mutex held and
 *    decides (cgroupfs: -EBUSY while the cgroup has tasks or children).
 *    On success the VFS unhashes the directory and every file still in it
 *    (d_genocide); open files keep their dentry and inode alive and can see
 *    the removal with d_unhashed(file->f_path.dentry).
 *  - A write(2) of N bytes is handed to f_op->write in ONE call of N bytes.
 *  - Open checks the opener's fsuid/fsgid against the inode's mode and
 *    owner (generic_permission) and fails with -EACCES; fsuid 0 passes.
 *
 * Locks taken and their ordering (see fs/namei.c, fs/namespace.c):
 *   namespace_sem (mount/umount) -> parent i_mutex -> child i_mutex ->
 *   inode->i_lock -> mount_lock -> dcache_lock
 *   files->file_lock and fs->lock are leaves.
 */
#ifndef _LINUX_FS_H
#define _LINUX_FS_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/atomic.h>
#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/dcache.h>
#include <linux/stat.h>
#include <linux/fcntl.h>
#include <linux/kdev_t.h>

struct cred;
struct file;
struct inode;
struct kstat;
struct kstatfs;
struct super_block;
struct vfsmount;
struct seq_file;
struct task_struct;

/**
 * struct path - a place in the mounted tree
 * @mnt: the mount
 * @dentry: the dentry inside @mnt
 */
struct path {
	struct vfsmount *mnt;
	struct dentry *dentry;
};

void path_get(const struct path *path);
void path_put(const struct path *path);

/* Mount flags (mount(2)); MS_RDONLY and MS_REMOUNT are honoured. */
#define MS_RDONLY	1
#define MS_NOSUID	2
#define MS_NODEV	4
#define MS_NOEXEC	8
#define MS_REMOUNT	32	/* change the options of a mounted super block */

/* umount(2) flags */
#define MNT_FORCE	1
#define MNT_DETACH	2

/* Permission masks for inode_permission() */
#define MAY_EXEC	0x01
#define MAY_WRITE	0x02
#define MAY_READ	0x04

/* file->f_mode */
#define FMODE_READ	0x1
#define FMODE_WRITE	0x2

/* i_mutex nesting for lockdep: a parent is locked before its child */
enum inode_i_mutex_lock_class {
	I_MUTEX_NORMAL,
	I_MUTEX_PARENT,
	I_MUTEX_CHILD,
};

/* inode->i_flags */
#define S_DEAD		0x1	/* removed directory */

/* setattr: attr->ia_valid */
#define ATTR_MODE	0x1
#define ATTR_UID	0x2
#define ATTR_GID	0x4

/**
 * struct iattr - attribute changes for setattr (chmod, chown)
 * @ia_valid: ATTR_* bits saying which fields are set
 * @ia_mode: new permission bits (the file type bits are kept)
 * @ia_uid: new owner
 * @ia_gid: new group
 */
struct iattr {
	unsigned int ia_valid;
	umode_t ia_mode;
	uid_t ia_uid;
	gid_t ia_gid;
};

/**
 * struct kstat - what stat() returns
 * @ino: inode number
 * @mode: type and permission bits
 * @nlink: link count
 * @uid: owner
 * @gid: group
 * @size: size in bytes (0 for pseudo files)
 * @rdev: the device of a character or block device node
 * @dev: the device of the file system the file is on (its super block's
 *	s_dev: 0:N for every in-memory file system)
 */
struct kstat {
	u64 ino;
	umode_t mode;
	unsigned int nlink;
	uid_t uid;
	gid_t gid;
	loff_t size;
	dev_t rdev;
	dev_t dev;
};

/* Directory entry types, as in linux_dirent64.d_type */
#define DT_UNKNOWN	0
#define DT_CHR		2
#define DT_DIR		4
#define DT_BLK		6
#define DT_REG		8

/* The DT_* of a file of type @mode (the S_IFMT bits). */
static inline unsigned int fs_umode_to_dtype(umode_t mode)
{
	if (S_ISDIR(mode))
		return DT_DIR;
	if (S_ISCHR(mode))
		return DT_CHR;
	if (S_ISBLK(mode))
		return DT_BLK;
	return S_ISREG(mode) ? DT_REG : DT_UNKNOWN;
}

struct dir_context;
typedef bool (*filldir_t)(struct dir_context *ctx, const char *name,
			  int namelen, loff_t pos, u64 ino, unsigned int type);

/**
 * struct dir_context - a readdir in progress
 * @actor: called once per entry; returns false to stop (buffer full)
 * @pos: the position of the next entry to emit; f_op->iterate advances it
 *	past every entry @actor accepted
 */
struct dir_context {
	filldir_t actor;
	loff_t pos;
};

static inline bool dir_emit(struct dir_context *ctx, const char *name,
			    int namelen, u64 ino, unsigned int type)
{
	return ctx->actor(ctx, name, namelen, ctx->pos, ino, type);
}

/**
 * struct linux_dirent64 - one record of getdents64()
 * @d_ino: inode number
 * @d_off: position of the next record
 * @d_reclen: size of this record
 * @d_type: DT_*
 * @d_name: NUL-terminated name
 */
struct linux_dirent64 {
	u64 d_ino;
	s64 d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[];
};

/**
 * struct file_operations - what a file does when used
 * @llseek: change f_pos (NULL: generic_file_llseek)
 * @read: read up to @count bytes at *@pos into @buf; advance *@pos
 * @write: write @count bytes from @buf; called once per write(2) with the
 *	whole buffer; returns bytes taken or -errno
 * @iterate: list a directory (dcache_readdir for in-memory directories)
 * @open: called after the permission check; may set file->private_data
 * @release: called when the last reference to the open file goes
 */
struct file_operations {
	loff_t (*llseek)(struct file *file, loff_t offset, int whence);
	ssize_t (*read)(struct file *file, char __user *buf, size_t count,
			loff_t *pos);
	ssize_t (*write)(struct file *file, const char __user *buf,
			 size_t count, loff_t *pos);
	int (*iterate)(struct file *file, struct dir_context *ctx);
	int (*open)(struct inode *inode, struct file *file);
	int (*release)(struct inode *inode, struct file *file);
};

/**
 * struct inode_operations - what the VFS may ask of an inode
 * @lookup: find @dentry's name in @dir (called for names not in the
 *	dentry tree, with a new negative @dentry); d_add() it and return
 *	NULL, or return an ERR_PTR.  NULL hook: the name does not exist.
 * @create: make a regular file (open with O_CREAT)
 * @mkdir: make a directory
 * @mknod: make a regular file or a character or block device node
 *	(@dev: the device number); mknod(2)
 * @rmdir: remove an empty-enough directory; the fs decides
 * @unlink: remove a file
 * @rename: give @old_dentry (in @old_dir) the name of @new_dentry (in
 *	@new_dir; negative, or the existing target); both directories'
 *	i_mutexes are held.  On success the VFS moves the dentry (d_move()).
 *	NULL: the file system cannot rename (-EPERM).
 * @setattr: chmod/chown; NULL: simple_setattr
 * @permission: replaces generic_permission when set
 */
struct inode_operations {
	struct dentry *(*lookup)(struct inode *dir, struct dentry *dentry,
				 unsigned int flags);
	int (*create)(struct inode *dir, struct dentry *dentry, umode_t mode,
		      bool excl);
	int (*mkdir)(struct inode *dir, struct dentry *dentry, umode_t mode);
	int (*mknod)(struct inode *dir, struct dentry *dentry, umode_t mode,
		     dev_t dev);
	int (*rmdir)(struct inode *dir, struct dentry *dentry);
	int (*unlink)(struct inode *dir, struct dentry *dentry);
	int (*rename)(struct inode *old_dir, struct dentry *old_dentry,
		      struct inode *new_dir, struct dentry *new_dentry);
	int (*setattr)(struct dentry *dentry, struct iattr *attr);
	int (*permission)(struct inode *inode, int mask);
};

/**
 * struct inode - a file's object
 * @i_mode: type and permission bits (i_lock)
 * @i_uid: owner (i_lock)
 * @i_gid: group (i_lock)
 * @i_flags: S_DEAD once the directory was removed (i_mutex)
 * @i_ino: inode number, unique per super block
 * @i_nlink: link count (informational)
 * @i_size: size of a ramfs file (i_mutex)
 * @i_rdev: the device of a character or block device node; fixed
 * @i_count: references (ihold/iput)
 * @i_lock: protects i_mode, i_uid and i_gid
 * @i_mutex: serialises directory operations on this inode and setattr;
 *	ramfs file contents
 * @i_op: inode operations
 * @i_fop: file operations given to files opened on it
 * @i_sb: the super block
 * @i_private: file system private data (cgroupfs: the cftype/cgroup)
 */
struct inode {
	umode_t i_mode;
	uid_t i_uid;
	gid_t i_gid;
	unsigned int i_flags;
	unsigned long i_ino;
	unsigned int i_nlink;
	loff_t i_size;
	dev_t i_rdev;
	atomic_t i_count;
	spinlock_t i_lock;		/* i_mode, i_uid, i_gid */
	struct mutex i_mutex;		/* directory ops, setattr, data */
	const struct inode_operations *i_op;
	const struct file_operations *i_fop;
	struct super_block *i_sb;
	void *i_private;
};

/**
 * struct file - an open file
 * @f_path: where it was opened (holds a mount and a dentry reference)
 * @f_inode: f_path.dentry->d_inode, cached
 * @f_op: operations (from the inode's i_fop)
 * @f_count: references (fget/fput); the fd table holds one
 * @f_flags: O_* flags given to open
 * @f_mode: FMODE_READ / FMODE_WRITE
 * @f_pos_lock: serialises read/write/llseek on this file (and f_pos)
 * @f_pos: the file position (f_pos_lock)
 * @f_cred: the opener's credentials
 * @private_data: the file's own data (seq_file, pid list, ...)
 */
struct file {
	struct path f_path;
	struct inode *f_inode;
	const struct file_operations *f_op;
	atomic_long_t f_count;
	unsigned int f_flags;
	unsigned int f_mode;
	struct mutex f_pos_lock;	/* f_pos; one read/write at a time */
	loff_t f_pos;
	const struct cred *f_cred;
	void *private_data;
};

#define f_dentry	f_path.dentry

static inline struct inode *file_inode(const struct file *file)
{
	return file->f_inode;
}

static inline unsigned int imajor(const struct inode *inode)
{
	return MAJOR(inode->i_rdev);
}

static inline unsigned int iminor(const struct inode *inode)
{
	return MINOR(inode->i_rdev);
}

/**
 * struct super_operations - super block hooks
 * @evict_inode: the inode's last reference is going; free i_private if the
 *	fs owns it.  The VFS frees the inode itself afterwards.
 * @put_super: the super block is going (from generic_shutdown_super)
 * @remount_fs: mount(2) with MS_REMOUNT on a mount of @sb: apply the new
 *	option string @data (and *@flags); 0 or -errno.  NULL: remounting
 *	changes nothing and succeeds.
 * @statfs: fill @buf (zeroed by the VFS) for statfs(2) on @dentry;
 *	simple_statfs() for in-memory file systems.  NULL: -ENOSYS.
 * @show_options: print the super block's options for /proc/mounts and
 *	mountinfo of @mnt, each preceded by a comma; 0 or -errno.  NULL:
 *	the option string the mount was given.  Called with namespace_sem
 *	held for read; may sleep.
 */
struct super_operations {
	void (*evict_inode)(struct inode *inode);
	void (*put_super)(struct super_block *sb);
	int (*remount_fs)(struct super_block *sb, int *flags, char *data);
	int (*statfs)(struct dentry *dentry, struct kstatfs *buf);
	int (*show_options)(struct seq_file *m, struct vfsmount *mnt);
};

/**
 * struct super_block - one instance of a file system
 * @s_type: its type
 * @s_root: root dentry (NULL while a new super block is being filled)
 * @s_op: super block hooks
 * @s_d_op: dentry hooks given to every dentry of this super block
 * @s_fs_info: file system private data (cgroupfs: the cgroupfs_root)
 * @s_active: active references: one per mount (deactivate_super)
 * @s_flags: MS_* flags
 * @s_magic: the f_type statfs(2) reports (<linux/magic.h>)
 * @s_dev: its anonymous device number, 0:N with the lowest free N >= 1
 *	(stat's st_dev, /proc/<pid>/mountinfo); fixed
 * @s_instances: link in s_type->fs_supers (sb_lock)
 * @s_next_ino: next inode number (atomic)
 * @s_vfs_rename_mutex: serialises renames between two directories of
 *	this super block, so that their parents are locked in one order
 */
struct super_block {
	struct file_system_type *s_type;
	struct dentry *s_root;
	const struct super_operations *s_op;
	const struct dentry_operations *s_d_op;
	void *s_fs_info;
	atomic_t s_active;
	unsigned long s_flags;
	unsigned long s_magic;
	dev_t s_dev;
	struct list_head s_instances;
	atomic_long_t s_next_ino;
	struct mutex s_vfs_rename_mutex;	/* cross-directory renames */
};

/**
 * struct file_system_type - a kind of file system (register_filesystem)
 * @name: the name given to mount -t
 * @mount: make or find a super block for (@flags, @dev_name, @data) and
 *	return its root dentry with a reference, holding one s_active
 *	reference for the new mount; ERR_PTR on failure.  @data is the -o
 *	option string (may be NULL).
 * @kill_sb: the last mount of @sb went away: tear it down
 *	(kill_litter_super() for in-memory file systems)
 * @next: link in the list of registered types (file_systems_lock)
 * @fs_supers: super blocks of this type (sb_lock)
 */
struct file_system_type {
	const char *name;
	struct dentry *(*mount)(struct file_system_type *fs_type, int flags,
				const char *dev_name, void *data);
	void (*kill_sb)(struct super_block *sb);
	struct file_system_type *next;
	struct list_head fs_supers;
};

int register_filesystem(struct file_system_type *fs);
int unregister_filesystem(struct file_system_type *fs);
struct file_system_type *get_fs_type(const char *name);

/* Super blocks (fs/super.c) */
struct super_block *sget(struct file_system_type *type,
			 int (*test)(struct super_block *sb, void *data),
			 int (*set)(struct super_block *sb, void *data),
			 int flags, void *data);
struct dentry *mount_nodev(struct file_system_type *fs_type, int flags,
			   void *data,
			   int (*fill_super)(struct super_block *sb,
					     void *data, int silent));
void deactivate_super(struct super_block *sb);
void kill_litter_super(struct super_block *sb);
void generic_shutdown_super(struct super_block *sb);

/* Inodes (fs/inode.c) */
struct inode *new_inode(struct super_block *sb);
struct inode *simple_new_inode(struct super_block *sb, umode_t mode,
			       const struct inode_operations *iop,
			       const struct file_operations *fop,
			       void *data);
void ihold(struct inode *inode);
void iput(struct inode *inode);
void inode_lock(struct inode *inode);
void inode_unlock(struct inode *inode);
int inode_permission(struct inode *inode, int mask);
int generic_permission(struct inode *inode, int mask);
int simple_setattr(struct dentry *dentry, struct iattr *attr);
int notify_change(struct dentry *dentry, struct iattr *attr);
void generic_fillattr(struct inode *inode, struct kstat *stat);
void init_special_inode(struct inode *inode, umode_t mode, dev_t rdev);

/* File system statistics (fs/statfs.c) */
int vfs_statfs(const struct path *path, struct kstatfs *buf);

/* Helpers for in-memory file systems (fs/libfs.c) */
struct dentry *simple_create_file(struct dentry *parent, const char *name,
				  umode_t mode,
				  const struct file_operations *fops,
				  void *data);
struct dentry *simple_create_dir(struct dentry *parent, const char *name,
				 umode_t mode,
				 const struct inode_operations *iops,
				 void *data);
void simple_remove(struct dentry *dentry);
struct dentry *simple_lookup(struct inode *dir, struct dentry *dentry,
			     unsigned int flags);
int dcache_readdir(struct file *file, struct dir_context *ctx);
ssize_t simple_read_from_buffer(void __user *to, size_t count, loff_t *ppos,
				const void *from, size_t available);
ssize_t simple_write_to_buffer(void *to, size_t available, loff_t *ppos,
			       const void __user *from, size_t count);
loff_t generic_file_llseek(struct file *file, loff_t offset, int whence);
int simple_open(struct inode *inode, struct file *file);
int simple_statfs(struct dentry *dentry, struct kstatfs *buf);

extern const struct file_operations simple_dir_operations;
extern const struct inode_operations simple_dir_inode_operations;

/* Open files (fs/file_table.c, fs/open.c) */
struct file *fget(unsigned int fd);
struct file *get_file(struct file *file);
void fput(struct file *file);
struct file *filp_open(const char *filename, int flags, umode_t mode);
int filp_close(struct file *file);
ssize_t kernel_read(struct file *file, void *buf, size_t count, loff_t *pos);
ssize_t kernel_write(struct file *file, const void *buf, size_t count,
		     loff_t *pos);

/* Boot (fs/namespace.c): the root file system and its standard mounts */
void mnt_init(void);

/*
 * VFS system calls.  Each runs in the calling task's context (current),
 * with its credentials, fd table (current->files) and root/cwd
 * (current->fs), and returns -errno on failure.  Pointers marked
 * are checked like user memory (a NULL or low pointer gives -EFAULT).
 */
long ksys_open(const char *filename, int flags, umode_t mode);
long ksys_close(unsigned int fd);
ssize_t ksys_read(unsigned int fd, char *buf, size_t count);
ssize_t ksys_write(unsigned int fd, const char *buf, size_t count);
loff_t ksys_lseek(unsigned int fd, loff_t offset, unsigned int whence);
long ksys_mkdir(const char *pathname, umode_t mode);
long ksys_mknod(const char *filename, umode_t mode, dev_t dev);
long ksys_rmdir(const char *pathname);
long ksys_unlink(const char *pathname);
long ksys_rename(const char *oldname, const char *newname);
long ksys_mount(const char *dev_name, const char *dir_name,
		const char *type, unsigned long flags,
		void *data);
long ksys_umount(const char *name, int flags);
long ksys_chown(const char *filename, uid_t user, gid_t group);
long ksys_chmod(const char *filename, umode_t mode);
long ksys_chdir(const char *filename);
long ksys_getdents64(unsigned int fd, struct linux_dirent64 *dirent,
		     unsigned int count);
long ksys_newstat(const char *filename, struct kstat *stat);
long ksys_statfs(const char *pathname, struct kstatfs *buf);
long ksys_fstatfs(unsigned int fd, struct kstatfs *buf);

/* lseek whence */
#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2

#endif /* _LINUX_FS_H */
