/* SPDX-License-Identifier: GPL-2.0 */
/*
 * seq_file.h - files whose contents are generated record by record.
 *
 * The whole output is generated into a buffer on the first read at
 * position 0 (or after a seek back to 0) and served from it, so a reader
 * sees one consistent snapshot per pass; the buffer grows as needed.
 */
#ifndef _LINUX_SEQ_FILE_H
#define _LINUX_SEQ_FILE_H

#include <linux/types.h>
#include <linux/mutex.h>

struct file;
struct inode;
struct seq_file;

#define SEQ_START_TOKEN ((void *)1)

/**
 * struct seq_operations - a record iterator
 * @start: return the record at *@pos, or NULL at the end
 * @stop: release what @start took (called once per pass)
 * @next: advance *@pos and return the next record, or NULL
 * @show: print one record with seq_printf() and friends
 */
struct seq_operations {
	void *(*start)(struct seq_file *m, loff_t *pos);
	void (*stop)(struct seq_file *m, void *v);
	void *(*next)(struct seq_file *m, void *v, loff_t *pos);
	int (*show)(struct seq_file *m, void *v);
};

/**
 * struct seq_file - an open seq_file (file->private_data)
 * @buf: generated text
 * @size: allocated size of @buf
 * @count: bytes of @buf in use
 * @overflow: set when a write into @buf did not fit
 * @op: the iterator
 * @private: the user's data (single_open's @data; a pid list ...)
 * @file: the open file
 */
struct seq_file {
	char *buf;
	size_t size;
	size_t count;
	bool overflow;
	const struct seq_operations *op;
	void *private;
	struct file *file;
};

int seq_open(struct file *file, const struct seq_operations *op);
ssize_t seq_read(struct file *file, char __user *buf, size_t count,
		 loff_t *ppos);
loff_t seq_lseek(struct file *file, loff_t offset, int whence);
int seq_release(struct inode *inode, struct file *file);
void seq_printf(struct seq_file *m, const char *fmt, ...) __printf(2, 3);
void seq_puts(struct seq_file *m, const char *s);
void seq_putc(struct seq_file *m, char c);
void seq_write(struct seq_file *m, const void *data, size_t len);
void seq_escape(struct seq_file *m, const char *s, const char *esc);
int single_open(struct file *file, int (*show)(struct seq_file *m, void *v),
		void *data);
int single_release(struct inode *inode, struct file *file);

#endif /* _LINUX_SEQ_FILE_H */
