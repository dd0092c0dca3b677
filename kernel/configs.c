// SPDX-License-Identifier: GPL-2.0
/*
 * configs.c - the .config the kernel was built from, kept in the kernel
 * (CONFIG_IKCONFIG) and readable as /proc/config.gz (CONFIG_IKCONFIG_PROC),
 * as in Linux.
 *
 * The Makefile gzips $(O)/.config into <generated/config_data.h> when
 * .config changes; the kernel only hands the bytes out, so it needs no
 * compressor of its own.  The markers "IKCFG_ST" and "IKCFG_ED" around
 * the data let scripts/extract-ikconfig find it in a vmlinux file.
 *
 * Locks: none; the data is constant.
 */
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/proc_fs.h>
#include <generated/config_data.h>

#define MAGIC_START	"IKCFG_ST"
#define MAGIC_END	"IKCFG_ED"
#define MAGIC_SIZE	(sizeof(MAGIC_START) - 1)

/*
 * The markers and the gzipped .config in one object, in this order;
 * __used keeps it in the image without CONFIG_IKCONFIG_PROC too.
 */
static const char kernel_config_data[] __used =
	MAGIC_START KERNEL_CONFIG_DATA MAGIC_END;

/* Without the markers and the string's terminating NUL. */
#define kernel_config_data_size \
	(sizeof(kernel_config_data) - 1 - MAGIC_SIZE * 2)

#ifdef CONFIG_IKCONFIG_PROC
static ssize_t ikconfig_read_current(struct file *file, char __user *buf,
				     size_t len, loff_t *offset)
{
	return simple_read_from_buffer(buf, len, offset,
				       kernel_config_data + MAGIC_SIZE,
				       kernel_config_data_size);
}

static const struct file_operations ikconfig_file_ops = {
	.read		= ikconfig_read_current,
};

static int __init ikconfig_init(void)
{
	if (!proc_create("config.gz", 0444, NULL, &ikconfig_file_ops))
		return -ENOMEM;
	return 0;
}
late_initcall(ikconfig_init);
#endif /* CONFIG_IKCONFIG_PROC */
