// SPDX-License-Identifier: GPL-2.0
/*
 * seq_file.c - files generated record by record.
 *
 * A pass over the records (start, show, next, ..., stop) fills m->buf
 * with the whole text; the pass runs again with a bigger buffer when the
 * text did not fit.  A read at position 0 starts a new pass; reads at
 * later positions are served from the text of the last pass, so one
 * reader sees one snapshot even across many small reads.
 *
 * Locks taken and their ordering: the caller (read) holds f_pos_lock,
 * which also protects the struct seq_file; ->start/->stop take whatever
 * the user's records need.
 */
#include <linux/seq_file.h>
#include <linux/fs.h>
#include <linux/err.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>

#define SEQ_BUF_INITIAL	4096
#define SEQ_BUF_MAX	(64UL << 20)

/**
 * seq_open() - start a seq_file on an open file (from ->open)
 * @file: the file; file->private_data becomes the struct seq_file
 * @op: the record iterator
 *
 * Context: process.
 * Return: 0 or -ENOMEM.
 */
int seq_open(struct file *file, const struct seq_operations *op)
{
	struct seq_file *m = kzalloc(sizeof(*m), GFP_KERNEL);

	if (!m)
		return -ENOMEM;
	m->op = op;
	m->file = file;
	file->private_data = m;
	return 0;
}

/* One pass over the records into m->buf; grows the buffer as needed. */
static int seq_fill(struct seq_file *m)
{
	for (;;) {
		loff_t pos = 0;
		void *p;
		int ret = 0;

		if (!m->buf) {
			m->size = m->size ? m->size : SEQ_BUF_INITIAL;
			m->buf = kmalloc(m->size, GFP_KERNEL);
			if (!m->buf)
				return -ENOMEM;
		}
		m->count = 0;
		m->overflow = false;
		p = m->op->start(m, &pos);
		while (p && !IS_ERR(p)) {
			ret = m->op->show(m, p);
			if (ret < 0 || m->overflow)
				break;
			p = m->op->next(m, p, &pos);
		}
		if (IS_ERR(p))
			ret = PTR_ERR(p);
		m->op->stop(m, p);
		if (ret < 0)
			return ret;
		if (!m->overflow)
			return 0;
		kfree(m->buf);
		m->buf = NULL;
		if (m->size >= SEQ_BUF_MAX)
			return -ENOMEM;
		m->size *= 2;
	}
}

/**
 * seq_read() - ->read of a seq_file
 * @file: the file
 * @buf: user buffer
 * @count: its size
 * @ppos: position; advanced
 *
 * Context: process; holds file->f_pos_lock.
 * Return: bytes read, 0 at the end, or -errno from the records.
 */
ssize_t seq_read(struct file *file, char __user *buf, size_t count,
		 loff_t *ppos)
{
	struct seq_file *m = file->private_data;

	if (*ppos == 0 || !m->buf) {
		int ret = seq_fill(m);

		if (ret)
			return ret;
	}
	return simple_read_from_buffer(buf, count, ppos, m->buf, m->count);
}

/**
 * seq_lseek() - ->llseek of a seq_file (SEEK_SET/SEEK_CUR)
 * @file: the file
 * @offset: offset
 * @whence: SEEK_*
 *
 * Context: process; holds file->f_pos_lock.
 * Return: the new position or -EINVAL.
 */
loff_t seq_lseek(struct file *file, loff_t offset, int whence)
{
	if (whence == SEEK_END)
		return -EINVAL;
	return generic_file_llseek(file, offset, whence);
}

/**
 * seq_release() - ->release of a seq_file
 * @inode: the inode
 * @file: the file
 *
 * Context: process.
 * Return: 0.
 */
int seq_release(struct inode *inode, struct file *file)
{
	struct seq_file *m = file->private_data;

	kfree(m->buf);
	kfree(m);
	return 0;
}

/**
 * seq_printf() - print into the current pass
 * @m: the seq_file
 * @fmt: format
 *
 * Context: inside ->show.
 */
void seq_printf(struct seq_file *m, const char *fmt, ...)
{
	size_t room = m->size - m->count;
	va_list args;
	int len;

	if (m->overflow)
		return;
	va_start(args, fmt);
	len = vsnprintf(m->buf + m->count, room, fmt, args);
	va_end(args);
	if (len < 0 || (size_t)len >= room)
		m->overflow = true;
	else
		m->count += len;
}

/**
 * seq_write() - append bytes to the current pass
 * @m: the seq_file
 * @data: bytes
 * @len: how many
 *
 * Context: inside ->show.
 */
void seq_write(struct seq_file *m, const void *data, size_t len)
{
	if (m->overflow || len > m->size - m->count) {
		m->overflow = true;
		return;
	}
	memcpy(m->buf + m->count, data, len);
	m->count += len;
}

/**
 * seq_puts() - append a string
 * @m: the seq_file
 * @s: the string
 *
 * Context: inside ->show.
 */
void seq_puts(struct seq_file *m, const char *s)
{
	seq_write(m, s, strlen(s));
}

/**
 * seq_putc() - append a character
 * @m: the seq_file
 * @c: the character
 *
 * Context: inside ->show.
 */
void seq_putc(struct seq_file *m, char c)
{
	seq_write(m, &c, 1);
}

static void *single_start(struct seq_file *m, loff_t *pos)
{
	return *pos ? NULL : SEQ_START_TOKEN;
}

static void *single_next(struct seq_file *m, void *v, loff_t *pos)
{
	++*pos;
	return NULL;
}

static void single_stop(struct seq_file *m, void *v)
{
}

/* The show function of a single_open() file and its data. */
struct single_data {
	struct seq_operations op;
	int (*show)(struct seq_file *m, void *v);
};

static int single_show(struct seq_file *m, void *v)
{
	const struct single_data *sd =
		container_of(m->op, const struct single_data, op);

	return sd->show(m, v);
}

/**
 * single_open() - a seq_file of one record printed by @show
 * @file: the file (from ->open)
 * @show: prints the whole file; m->private is @data
 * @data: the caller's data
 *
 * Context: process.
 * Return: 0 or -ENOMEM.
 */
int single_open(struct file *file, int (*show)(struct seq_file *m, void *v),
		void *data)
{
	struct single_data *sd = kzalloc(sizeof(*sd), GFP_KERNEL);
	int ret;

	if (!sd)
		return -ENOMEM;
	sd->op.start = single_start;
	sd->op.next = single_next;
	sd->op.stop = single_stop;
	sd->op.show = single_show;
	sd->show = show;
	ret = seq_open(file, &sd->op);
	if (ret) {
		kfree(sd);
		return ret;
	}
	((struct seq_file *)file->private_data)->private = data;
	return 0;
}

/**
 * single_release() - ->release of a single_open() file
 * @inode: the inode
 * @file: the file
 *
 * Context: process.
 * Return: 0.
 */
int single_release(struct inode *inode, struct file *file)
{
	struct seq_file *m = file->private_data;
	const struct seq_operations *op = m->op;

	seq_release(inode, file);
	kfree(container_of(op, const struct single_data, op));
	return 0;
}

/**
 * seq_escape() - print a string, escaping some characters
 * @m: the seq_file
 * @s: the string
 * @esc: the characters to print as a backslash and three octal digits
 *	(Linux's: " \t\n\\" for the names in /proc/mounts)
 *
 * Context: as the show function.
 */
void seq_escape(struct seq_file *m, const char *s, const char *esc)
{
	for (; *s; s++) {
		unsigned char c = *s;

		if (strchr(esc, c))
			seq_printf(m, "\\%03o", c);
		else
			seq_putc(m, c);
	}
}
