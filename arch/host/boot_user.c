// SPDX-License-Identifier: GPL-2.0
/*
 * boot_user.c - main(): the host program that is the kernel.
 *
 * Sets up stdio the way a kernel log wants it (stderr unbuffered, the
 * console line-buffered so prompts and replies keep their order), hands
 * the command line to start_kernel() and exits with what it returns: the
 * exit status of the first program pid 1 ran.
 *
 * SIGINT and SIGTERM keep their default action (end the program) until
 * the FUSE bridge needs an orderly unmount.
 */
#include <stdio.h>
#include <stdlib.h>

#include "host-internal.h"

int main(int argc, char **argv)
{
	int status;

	setvbuf(stderr, NULL, _IONBF, 0);
	setvbuf(stdout, NULL, _IOLBF, 0);

	status = start_kernel(argc, argv);

	fflush(stdout);
	return status;
}
