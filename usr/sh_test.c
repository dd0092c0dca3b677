// SPDX-License-Identifier: GPL-2.0
/*
 * sh_test.c - KUnit suite "console": the shell's tokenizer, command
 * splitting, expansion, redirection, globbing and error messages.
 *
 * It #includes sh.c to reach its static functions; the shell's output and
 * errors go to a capture buffer instead of the console.
 */
#include <kunit/test.h>

#include <linux/namei.h>

#include "sh.c"

#include "../fs/vfs_kunit.h"

#define CAPTURE_SIZE	4096

static struct sh *test_sh(struct kunit *test)
{
	struct sh *sh = kunit_kzalloc(test, sizeof(*sh), GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, sh);
	sh_init(sh);
	sh->capture = kunit_kzalloc(test, CAPTURE_SIZE, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, sh->capture);
	sh->capture_size = CAPTURE_SIZE;
	return sh;
}

/* Run @line; the captured output, reset for the next line. */
static const char *run(struct kunit *test, struct sh *sh, const char *line)
{
	char *out = kunit_kzalloc(test, CAPTURE_SIZE, GFP_KERNEL);

	sh->capture_len = 0;
	sh->capture[0] = '\0';
	sh_run_line(sh, line);
	if (out)
		memcpy(out, sh->capture, sh->capture_len + 1);
	return out ? out : "";
}

static void console_tokenizes_quotes_and_operators(struct kunit *test)
{
	struct sh_tokens *toks = kunit_kzalloc(test, sizeof(*toks), GFP_KERNEL);
	struct sh *sh = test_sh(test);

	KUNIT_ASSERT_NOT_NULL(test, toks);
	sh->status = 3;
	KUNIT_ASSERT_EQ(test, sh_tokenize(sh, "echo 'a b' \"c $? \\\"d\\\"\" e\\ f>>x # no",
					  toks), 0);
	KUNIT_ASSERT_EQ(test, toks->nr, 6);
	KUNIT_EXPECT_STREQ(test, toks->tok[0].word, "echo");
	KUNIT_EXPECT_STREQ(test, toks->tok[1].word, "a b");
	KUNIT_EXPECT_STREQ(test, toks->tok[2].word, "c 3 \"d\"");
	KUNIT_EXPECT_STREQ(test, toks->tok[3].word, "e f");
	KUNIT_EXPECT_EQ(test, toks->tok[4].type, TOK_REDIR_APPEND);
	KUNIT_EXPECT_STREQ(test, toks->tok[5].word, "x");
	sh_tokens_free(toks);

	KUNIT_ASSERT_EQ(test, sh_tokenize(sh, "ls /proc/*/task '$?*'", toks), 0);
	KUNIT_ASSERT_EQ(test, toks->nr, 3);
	KUNIT_EXPECT_TRUE(test, toks->tok[1].glob);
	KUNIT_EXPECT_FALSE(test, toks->tok[2].glob);
	KUNIT_EXPECT_STREQ(test, toks->tok[2].word, "$?*");
	sh_tokens_free(toks);

	KUNIT_EXPECT_EQ(test, sh_tokenize(sh, "echo 'open", toks), -EINVAL);
	KUNIT_EXPECT_EQ(test, toks->nr, 0);
}

static void console_splits_commands(struct kunit *test)
{
	enum sh_token_type op;
	const char *next;

	KUNIT_EXPECT_EQ(test, sh_next_command("a 'x;y' ; b", &op, &next), 8);
	KUNIT_EXPECT_EQ(test, op, TOK_SEMI);
	KUNIT_EXPECT_STREQ(test, next, " b");
	KUNIT_EXPECT_EQ(test, sh_next_command("a&&b", &op, &next), 1);
	KUNIT_EXPECT_EQ(test, op, TOK_AND);
	KUNIT_EXPECT_EQ(test, sh_next_command("a||b", &op, &next), 1);
	KUNIT_EXPECT_EQ(test, op, TOK_OR);
	KUNIT_EXPECT_EQ(test, sh_next_command("a #; b", &op, &next), 2);
	KUNIT_EXPECT_NULL(test, next);
	KUNIT_EXPECT_EQ(test, sh_next_command("a#b;c", &op, &next), 3);
	KUNIT_EXPECT_STREQ(test, next, "c");
}

static void console_expands_status_and_pids(struct kunit *test)
{
	struct sh *sh = test_sh(test);
	char want[32];

	KUNIT_EXPECT_STREQ(test, run(test, sh, "false; echo $?"), "1\n");
	KUNIT_EXPECT_STREQ(test, run(test, sh, "true; echo $? '$?'"),
			   "0 $?\n");
	KUNIT_EXPECT_STREQ(test, run(test, sh, "echo x$!y"), "xy\n");
	sh->last_bg = 42;
	KUNIT_EXPECT_STREQ(test, run(test, sh, "echo $!"), "42\n");
	snprintf(want, sizeof(want), "%d\n", task_tgid_vnr(current));
	KUNIT_EXPECT_STREQ(test, run(test, sh, "echo $$"), want);
	KUNIT_EXPECT_STREQ(test, run(test, sh, "false && echo a || echo b"),
			   "b\n");
	KUNIT_EXPECT_STREQ(test, run(test, sh, "echo -n a; echo b"), "ab\n");
}

static void console_redirects_and_reports_errors(struct kunit *test)
{
	struct sh *sh = test_sh(test);

	KUNIT_EXPECT_STREQ(test, run(test, sh, "echo hi > /tmp/sh_t; cat /tmp/sh_t"),
			   "hi\n");
	KUNIT_EXPECT_STREQ(test, run(test, sh, "echo more >> /tmp/sh_t; cat /tmp/sh_t"),
			   "hi\nmore\n");
	KUNIT_EXPECT_STREQ(test, run(test, sh, "echo > /tmp/sh_t x; cat /tmp/sh_t"),
			   "x\n");
	KUNIT_EXPECT_STREQ(test, run(test, sh, "rm /tmp/sh_t; cat /tmp/sh_t"),
			   "cat: /tmp/sh_t: No such file or directory\n");
	KUNIT_EXPECT_EQ(test, sh->status, 1);
	KUNIT_EXPECT_STREQ(test, run(test, sh, "echo hi > /x/y"),
			   "sh: /x/y: No such file or directory\n");
	KUNIT_EXPECT_EQ(test, sh->status, 1);
	KUNIT_EXPECT_STREQ(test, run(test, sh, "mkdir /tmp"),
			   "mkdir: cannot create directory '/tmp': File exists\n");
	KUNIT_EXPECT_STREQ(test, run(test, sh, "rmdir /"),
			   "rmdir: failed to remove '/': Device or resource busy\n");
	KUNIT_EXPECT_STREQ(test, run(test, sh, "nosuchcmd"),
			   "sh: nosuchcmd: command not found\n");
	KUNIT_EXPECT_EQ(test, sh->status, 127);
	KUNIT_EXPECT_STREQ(test, run(test, sh, "echo >"),
			   "sh: syntax error near unexpected token `newline'\n");
	KUNIT_EXPECT_EQ(test, sh->status, 2);
}

static ssize_t esrch_write(struct file *file, const char __user *buf,
			   size_t count, loff_t *pos)
{
	return -ESRCH;
}

static const struct file_operations esrch_fops = {
	.write = esrch_write,
};

static void console_echo_write_error(struct kunit *test)
{
	struct sh *sh = test_sh(test);
	struct dentry *file;
	struct path tmp;

	KUNIT_ASSERT_EQ(test, kern_path("/tmp", 0, &tmp), 0);
	file = simple_create_file(tmp.dentry, "sh_esrch", 0644, &esrch_fops,
				  NULL);
	path_put(&tmp);
	KUNIT_ASSERT_FALSE(test, IS_ERR(file));
	KUNIT_EXPECT_STREQ(test, run(test, sh, "echo 31337 > /tmp/sh_esrch"),
			   "sh: echo: write error: No such process\n");
	KUNIT_EXPECT_EQ(test, sh->status, 1);
	simple_remove(file);
}

static void console_globs_sorted(struct kunit *test)
{
	struct sh *sh = test_sh(test);

	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/sh_g", 0755), 0);
	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/sh_g/b2", 0755), 0);
	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/sh_g/a1", 0755), 0);
	KUNIT_ASSERT_EQ(test, ksys_mkdir("/tmp/sh_g/c", 0755), 0);
	KUNIT_ASSERT_EQ(test, vfs_kunit_write("/tmp/sh_g/a1/f", ""), 0);
	KUNIT_EXPECT_STREQ(test, run(test, sh, "echo /tmp/sh_g/?[0-9]"),
			   "/tmp/sh_g/a1 /tmp/sh_g/b2\n");
	KUNIT_EXPECT_STREQ(test, run(test, sh, "echo /tmp/sh_g/*/f"),
			   "/tmp/sh_g/a1/f\n");
	KUNIT_EXPECT_STREQ(test, run(test, sh, "echo /tmp/sh_g/z*"),
			   "/tmp/sh_g/z*\n");
	KUNIT_EXPECT_STREQ(test, run(test, sh, "ls /tmp/sh_g"),
			   "a1\nb2\nc\n");
	KUNIT_EXPECT_STREQ(test, run(test, sh,
				     "rm /tmp/sh_g/a1/f; rmdir /tmp/sh_g/*; "
				     "rmdir /tmp/sh_g; ls /tmp/sh_g"),
			   "ls: cannot access '/tmp/sh_g': No such file or directory\n");
	KUNIT_EXPECT_EQ(test, sh->status, 2);
}

static void console_chown_chmod_and_su(struct kunit *test)
{
	struct sh *sh = test_sh(test);

	KUNIT_EXPECT_STREQ(test, run(test, sh,
				     "echo x > /tmp/sh_p; chmod 640 /tmp/sh_p; "
				     "chown 5:6 /tmp/sh_p; ls -l /tmp/sh_p"),
			   "-rw-r----- 1 5 6 2 /tmp/sh_p\n");
	KUNIT_EXPECT_STREQ(test, run(test, sh, "chmod 9 /tmp/sh_p"),
			   "chmod: invalid mode: '9'\n");
	KUNIT_EXPECT_STREQ(test, run(test, sh, "chown x /tmp/sh_p"),
			   "chown: invalid user: 'x'\n");
	KUNIT_EXPECT_STREQ(test, run(test, sh, "su 1000; cat /tmp/sh_p; echo y > /tmp/sh_p"),
			   "cat: /tmp/sh_p: Permission denied\n"
			   "sh: /tmp/sh_p: Permission denied\n");
	KUNIT_EXPECT_STREQ(test, run(test, sh, "chmod 666 /tmp/sh_p; rm /tmp/sh_p"),
			   "chmod: changing permissions of '/tmp/sh_p': Operation not permitted\n"
			   "rm: cannot remove '/tmp/sh_p': Operation not permitted\n");
	KUNIT_EXPECT_STREQ(test, run(test, sh, "su 0"),
			   "sh: su: Operation not permitted\n");
	KUNIT_ASSERT_EQ(test, vfs_kunit_become(0, 0), 0);
	KUNIT_EXPECT_EQ(test, ksys_unlink("/tmp/sh_p"), 0);
}

static void console_exec_keeps_descriptors(struct kunit *test)
{
	struct sh *sh = test_sh(test);

	KUNIT_EXPECT_STREQ(test, run(test, sh,
				     "exec 3> /tmp/sh_fd; echo a >&3; "
				     "rm /tmp/sh_fd; echo b >&3"),
			   "");
	KUNIT_EXPECT_GE(test, sh->fds[3], 0);
	KUNIT_EXPECT_STREQ(test, run(test, sh, "exec 3>&-; echo c >&3"),
			   "sh: 3: Bad file descriptor\n");
	KUNIT_EXPECT_EQ(test, sh->fds[3], -1);
	KUNIT_EXPECT_STREQ(test, run(test, sh,
				     "exec 4> /tmp/sh_fd; echo d >&4; "
				     "exec 4>> /tmp/sh_fd; echo e >&4; "
				     "cat /tmp/sh_fd; exec 4>&-"),
			   "d\ne\n");
	KUNIT_EXPECT_STREQ(test, run(test, sh, "echo f >&1; exec 1> /tmp/x"),
			   "f\nsh: 1: redirection not supported\n");
	KUNIT_EXPECT_EQ(test, ksys_unlink("/tmp/sh_fd"), 0);
}

static void console_strerror_texts(struct kunit *test)
{
	KUNIT_EXPECT_STREQ(test, strerror(ESRCH), "No such process");
	KUNIT_EXPECT_STREQ(test, strerror(-ENODEV), "No such device");
	KUNIT_EXPECT_STREQ(test, strerror(E2BIG), "Argument list too long");
	KUNIT_EXPECT_STREQ(test, strerror(EBUSY), "Device or resource busy");
	KUNIT_EXPECT_STREQ(test, strerror(ENOTSUPP), "Unknown error 524");
}

static struct kunit_case console_cases[] = {
	KUNIT_CASE(console_tokenizes_quotes_and_operators),
	KUNIT_CASE(console_splits_commands),
	KUNIT_CASE(console_expands_status_and_pids),
	KUNIT_CASE(console_redirects_and_reports_errors),
	KUNIT_CASE(console_echo_write_error),
	KUNIT_CASE(console_globs_sorted),
	KUNIT_CASE(console_chown_chmod_and_su),
	KUNIT_CASE(console_exec_keeps_descriptors),
	KUNIT_CASE(console_strerror_texts),
	{}
};

static struct kunit_suite console_suite = {
	.name = "console",
	.test_cases = console_cases,
};

kunit_test_suite(console_suite);
