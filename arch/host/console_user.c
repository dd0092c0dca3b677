// SPDX-License-Identifier: GPL-2.0
/*
 * console_user.c - the kernel log (stderr), the console (stdin/stdout) and
 * the end of the program.
 *
 * The kernel formats each log record into one buffer and prints it with
 * one host_print() call; a single write(2) of the whole buffer keeps
 * records of concurrent host threads from interleaving.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "host-internal.h"

static void host_write_all(int fd, const char *buf, unsigned long len)
{
	while (len) {
		ssize_t n = write(fd, buf, len);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			return;
		}
		buf += n;
		len -= n;
	}
}

void host_print(const char *buf, unsigned long len)
{
	host_write_all(STDERR_FILENO, buf, len);
}

void host_console_write(const char *buf, unsigned long len)
{
	/* Through stdio, so it stays ordered with the shell's prompt. */
	fwrite(buf, 1, len, stdout);
	fflush(stdout);
}

long host_console_read_line(char *buf, unsigned long size)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;

	if (!size)
		return -1;
	len = getline(&line, &cap, stdin);
	if (len < 0) {
		free(line);
		return -1;
	}
	if (len && line[len - 1] == '\n')
		len--;
	if ((unsigned long)len > size - 1)
		len = size - 1;
	memcpy(buf, line, len);
	buf[len] = '\0';
	free(line);
	return len;
}

int host_console_is_tty(void)
{
	return isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
}

void host_panic(void)
{
	fflush(stdout);
	_exit(2);
}

void host_halt(int status)
{
	fflush(stdout);
	fflush(stderr);
	_exit(status);
}
