// SPDX-License-Identifier: GPL-2.0
/*
 * proc_sys.c - /proc/sys: the few sysctls this kernel has.
 *
 * /proc/sys/kernel/ns_last_pid: the last pid handed out in the reader's
 * pid name space; writing N (CAP_SYS_ADMIN) makes the next new task get
 * the first free pid above N.
 *
 * Locks: none of its own (set_ns_last_pid() takes pidmap_lock).
 */
#include <linux/fs.h>
#include <linux/errno.h>
#include <linux/capability.h>
#include <linux/kernel.h>
#include <linux/pid_namespace.h>
#include <linux/proc_fs.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#include "internal.h"

static ssize_t ns_last_pid_read(struct file *file, char __user *buf,
				size_t count, loff_t *ppos)
{
	char tmp[16];
	int len;

	len = snprintf(tmp, sizeof(tmp), "%d\n",
		       get_ns_last_pid(task_active_pid_ns(current)));
	return simple_read_from_buffer(buf, count, ppos, tmp, len);
}

static ssize_t ns_last_pid_write(struct file *file, const char __user *buf,
				 size_t count, loff_t *ppos)
{
	char tmp[24];
	int nr, ret;

	if (!capable(CAP_SYS_ADMIN))
		return -EPERM;
	if (!count || count >= sizeof(tmp))
		return -EINVAL;
	if (copy_from_user(tmp, buf, count))
		return -EFAULT;
	tmp[count] = '\0';
	ret = kstrtoint(strim(tmp), 10, &nr);
	if (ret)
		return ret;
	ret = set_ns_last_pid(task_active_pid_ns(current), nr);
	if (ret)
		return ret;
	*ppos += count;
	return count;
}

static const struct file_operations ns_last_pid_fops = {
	.read		= ns_last_pid_read,
	.write		= ns_last_pid_write,
};

/**
 * proc_sys_init() - make /proc/sys/kernel/ns_last_pid
 *
 * Context: boot.
 */
void proc_sys_init(void)
{
	struct proc_dir_entry *sys, *kernel;

	sys = proc_mkdir("sys", NULL);
	kernel = sys ? proc_mkdir("kernel", sys) : NULL;
	if (!kernel ||
	    !proc_create("ns_last_pid", 0666, kernel, &ns_last_pid_fops))
		pr_err("proc: cannot make /proc/sys/kernel/ns_last_pid\n");
}
