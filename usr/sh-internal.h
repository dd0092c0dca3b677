/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sh-internal.h - what the console's parser (usr/sh.c) and its commands
 * (usr/sh_cmds.c) share: the shell's state, string lists, output and the
 * command table.
 */
#ifndef _USR_SH_INTERNAL_H
#define _USR_SH_INTERNAL_H

#include <linux/types.h>
#include <linux/compiler.h>

#define SH_LINE_MAX	4096
#define SH_OUTBUF	1024

/* Descriptors the shell keeps for scripts: exec N> file, cmd >&N */
#define SH_NR_FDS	10

/**
 * struct sh_list - a growable list of kmalloc()ed strings (argv, names)
 * @v: the strings, NULL-terminated
 * @nr: how many
 * @max: room in @v, not counting the NULL
 */
struct sh_list {
	char **v;
	int nr;
	int max;
};

/**
 * struct sh - the shell's state
 * @status: $?
 * @last_bg: $! (0: nothing spawned yet)
 * @exiting: `exit` or `exec` ran: stop reading commands
 * @reap: reap finished children before each command (init's console)
 * @out_fd: where command output goes: an fd (redirection) or -1 for the
 *	console
 * @fds: descriptors opened by `exec N> file` (-1: none; 1 is the console)
 * @capture: tests: collect output and errors here instead of the console
 * @capture_len: bytes in @capture
 * @capture_size: its size
 */
struct sh {
	int status;
	pid_t last_bg;
	bool exiting;
	bool reap;
	int out_fd;
	long fds[SH_NR_FDS];
	char *capture;
	size_t capture_len;
	size_t capture_size;
};

/**
 * struct sh_cmd - one command of the console
 * @name: what the user types
 * @fn: runs it: @argc words in @argv (argv[0] is @name); returns the
 *	command's status ($?), after printing any error with sh_err()
 * @help: its line in `help`: the synopsis, a colon, what it does
 */
struct sh_cmd {
	const char *name;
	int (*fn)(struct sh *sh, int argc, char **argv);
	const char *help;
};

/* sh.c */
int sh_write(struct sh *sh, const char *buf, size_t len);
__printf(2, 3) int sh_printf(struct sh *sh, const char *fmt, ...);
__printf(2, 3) void sh_err(struct sh *sh, const char *fmt, ...);
int sh_list_add(struct sh_list *list, const char *s);
void sh_list_free(struct sh_list *list);
void sh_list_sort(struct sh_list *list, int from);
int sh_read_dir(const char *path, struct sh_list *names);
char *sh_join(const char *dir, const char *name);

/* sh_cmds.c */
const struct sh_cmd *sh_find_cmd(const char *name);

#endif /* _USR_SH_INTERNAL_H */
