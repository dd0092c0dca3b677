// SPDX-License-Identifier: GPL-2.0
/*
 * sh.c - the console: a tiny shell, the kernel's user space.  This file
 * is the shell itself (output, words, globbing, redirections, running
 * lines); its commands are in sh_cmds.c, what both share in
 * sh-internal.h.
 *
 * It runs as a task (init's program: `./vmlinux`, `./vmlinux -c 'cmds'`)
 * and does everything through system calls made in that task's context,
 * with its credentials, fd table and working directory.  Lines come from
 * the console (host_ops.console_read_line; prompt "# " on a terminal) or
 * from -c.
 *
 * Syntax: words separated by blanks; 'single' and "double" quotes and
 * backslash; $? $$ $! expanded (not inside single quotes); `;`, `&&`,
 * `||`; `> file` and `>> file`; `#` comments; `*` and `?` in a word are
 * matched against file names (sorted; left as written when nothing
 * matches).
 *
 * Output of a command is written with one write() per piece of text (echo
 * writes its whole line, newline included, in one write, like bash).
 * Errors go to the console's error stream in bash's and coreutils' words
 * (`sh: echo: write error: No such process`, `cat: x: No such file or
 * directory`) and set $? to 1 (2 for ls, 127 for unknown commands).
 *
 * Locks: none; the shell is one task.
 */
#include <linux/kernel.h>
#include <linux/delay.h>
#include <linux/err.h>
#include <linux/fs.h>
#include <linux/genhd.h>
#include <linux/blk-cgroup.h>
#include <linux/nsproxy.h>
#include <linux/glob.h>
#include <linux/init.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/sort.h>
#include <linux/spawn.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <host_ops.h>

#include "sh-internal.h"
#include "strerror.h"

#define SH_TOKENS_MAX	256

enum sh_token_type {
	TOK_WORD,
	TOK_SEMI,		/* ; */
	TOK_AND,		/* && */
	TOK_OR,			/* || */
	TOK_REDIR_OUT,		/* > */
	TOK_REDIR_APPEND,	/* >> */
	TOK_REDIR_DUP,		/* >&N, >&- */
};

/**
 * struct sh_token - one token of a line
 * @type: what it is
 * @word: TOK_WORD: the word after quote removal and $ expansion
 * @glob: TOK_WORD: it has an unquoted * or ?
 * @io: redirections: the shell descriptor redirected (1 unless "N>")
 */
struct sh_token {
	enum sh_token_type type;
	char *word;
	bool glob;
	int io;
};

/**
 * struct sh_tokens - a tokenized line
 * @tok: the tokens
 * @nr: how many
 */
struct sh_tokens {
	struct sh_token tok[SH_TOKENS_MAX];
	int nr;
};

/* ------------------------------------------------------------------ */
/* Output */

static void sh_capture(struct sh *sh, const char *buf, size_t len)
{
	size_t n = min(len, sh->capture_size - sh->capture_len - 1);

	memcpy(sh->capture + sh->capture_len, buf, n);
	sh->capture_len += n;
	sh->capture[sh->capture_len] = '\0';
}

/**
 * sh_write() - write command output in one write()
 * @sh: the shell
 * @buf: the text
 * @len: its length
 *
 * Output goes to the command's redirection if it has one, else to the
 * console (or to the capture buffer of a test).
 *
 * Context: process, as the shell's task.
 * Return: 0 or -errno.
 */
int sh_write(struct sh *sh, const char *buf, size_t len)
{
	ssize_t ret;

	if (sh->out_fd >= 0) {
		ret = ksys_write(sh->out_fd, buf, len);
		if (ret < 0)
			return ret;
		return ret == len ? 0 : -EIO;
	}
	if (sh->capture)
		sh_capture(sh, buf, len);
	else
		host_ops.console_write(buf, len);
	return 0;
}

/**
 * sh_printf() - formatted command output, in one sh_write()
 * @sh: the shell
 * @fmt: printf() format (at most SH_OUTBUF bytes of output)
 *
 * Context: process, as the shell's task.
 * Return: 0 or -errno.
 */
int sh_printf(struct sh *sh, const char *fmt, ...)
{
	char buf[SH_OUTBUF];
	va_list args;
	int len;

	va_start(args, fmt);
	len = vscnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	return sh_write(sh, buf, len);
}

/**
 * sh_err() - print to the error stream
 * @sh: the shell
 * @fmt: printf() format (at most SH_OUTBUF bytes of output)
 *
 * The error stream is the console's stderr (or a test's capture buffer);
 * it is never redirected.
 *
 * Context: process, as the shell's task.
 */
void sh_err(struct sh *sh, const char *fmt, ...)
{
	char buf[SH_OUTBUF];
	va_list args;
	int len;

	va_start(args, fmt);
	len = vscnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	if (sh->capture)
		sh_capture(sh, buf, len);
	else
		host_ops.print(buf, len);
}

/* ------------------------------------------------------------------ */
/* String lists */

/**
 * sh_list_add() - append a copy of @s to @list
 * @list: the list
 * @s: the string
 *
 * Context: process.
 * Return: 0 or -ENOMEM.
 */
int sh_list_add(struct sh_list *list, const char *s)
{
	char *copy;

	if (list->nr == list->max) {
		int max = list->max ? list->max * 2 : 16;
		char **v = kcalloc(max + 1, sizeof(*v), GFP_KERNEL);

		if (!v)
			return -ENOMEM;
		if (list->v)
			memcpy(v, list->v, list->nr * sizeof(*v));
		kfree(list->v);
		list->v = v;
		list->max = max;
	}
	copy = kstrdup(s, GFP_KERNEL);
	if (!copy)
		return -ENOMEM;
	list->v[list->nr++] = copy;
	list->v[list->nr] = NULL;
	return 0;
}

/**
 * sh_list_free() - free every string of @list and empty it
 * @list: the list
 *
 * Context: any.
 */
void sh_list_free(struct sh_list *list)
{
	int i;

	for (i = 0; i < list->nr; i++)
		kfree(list->v[i]);
	kfree(list->v);
	list->v = NULL;
	list->nr = 0;
	list->max = 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char * const *)a, *(char * const *)b);
}

/**
 * sh_list_sort() - sort the strings of @list from index @from on
 * @list: the list
 * @from: the first string to sort
 *
 * Context: any.
 */
void sh_list_sort(struct sh_list *list, int from)
{
	if (list->nr - from > 1)
		sort(list->v + from, list->nr - from, sizeof(char *), cmp_str,
		     NULL);
}

/**
 * sh_read_dir() - add the names in a directory to a list
 * @path: the directory
 * @names: the list ("." and ".." are left out)
 *
 * Context: process, as the shell's task.
 * Return: 0 or -errno.
 */
int sh_read_dir(const char *path, struct sh_list *names)
{
	char *buf = kmalloc(4096, GFP_KERNEL);
	long fd, n, ret = 0;

	if (!buf)
		return -ENOMEM;
	fd = ksys_open(path, O_RDONLY | O_DIRECTORY, 0);
	if (fd < 0) {
		kfree(buf);
		return fd;
	}
	while ((n = ksys_getdents64(fd, (void *)buf, 4096)) > 0) {
		long off = 0;

		while (off < n) {
			struct linux_dirent64 *d = (void *)(buf + off);

			off += d->d_reclen;
			if (!strcmp(d->d_name, ".") || !strcmp(d->d_name, ".."))
				continue;
			ret = sh_list_add(names, d->d_name);
			if (ret)
				goto out_close;
		}
	}
	if (n < 0)
		ret = n;
out_close:
	ksys_close(fd);
	kfree(buf);
	return ret;
}

/* ------------------------------------------------------------------ */
/* Tokens */

static void sh_tokens_free(struct sh_tokens *toks)
{
	int i;

	for (i = 0; i < toks->nr; i++)
		kfree(toks->tok[i].word);
	toks->nr = 0;
}

static int sh_push(struct sh_tokens *toks, enum sh_token_type type,
		   const char *word, bool glob, int io)
{
	struct sh_token *tok;

	if (toks->nr == SH_TOKENS_MAX)
		return -E2BIG;
	tok = &toks->tok[toks->nr];
	tok->type = type;
	tok->glob = glob;
	tok->io = io;
	tok->word = NULL;
	if (word) {
		tok->word = kstrdup(word, GFP_KERNEL);
		if (!tok->word)
			return -ENOMEM;
	}
	toks->nr++;
	return 0;
}

/* Append $? $$ $! at *@pp (just past the '$'); false if not one of them. */
static bool sh_expand(struct sh *sh, const char **pp, char *out, int *len,
		      int max)
{
	const char *p = *pp;
	int n;

	switch (*p) {
	case '?':
		n = scnprintf(out + *len, max - *len, "%d", sh->status);
		break;
	case '$':
		n = scnprintf(out + *len, max - *len, "%d",
			      task_tgid_vnr(current));
		break;
	case '!':
		n = sh->last_bg ?
		    scnprintf(out + *len, max - *len, "%d", sh->last_bg) : 0;
		break;
	default:
		return false;
	}
	*len += n;
	*pp = p + 1;
	return true;
}

static bool sh_is_break(const char *p)
{
	return !*p || *p == ' ' || *p == '\t' || *p == ';' || *p == '>' ||
	       (p[0] == '&' && p[1] == '&') || (p[0] == '|' && p[1] == '|');
}

/*
 * Split @line into tokens.  Returns 0, -EINVAL for an unterminated
 * quote, -E2BIG for too many tokens or too long a word, -ENOMEM.
 */
static int sh_tokenize(struct sh *sh, const char *line,
		       struct sh_tokens *toks)
{
	char *word = kmalloc(SH_LINE_MAX, GFP_KERNEL);
	const char *p = line;
	int ret = 0, io = 1;

	if (!word)
		return -ENOMEM;
	toks->nr = 0;
	while (!ret) {
		bool glob = false;
		int len = 0;

		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p || *p == '#')
			break;
		if (*p == ';') {
			ret = sh_push(toks, TOK_SEMI, NULL, false, 1);
			p++;
			continue;
		}
		if (p[0] == '&' && p[1] == '&') {
			ret = sh_push(toks, TOK_AND, NULL, false, 1);
			p += 2;
			continue;
		}
		if (p[0] == '|' && p[1] == '|') {
			ret = sh_push(toks, TOK_OR, NULL, false, 1);
			p += 2;
			continue;
		}
		/* "N>": a single digit right before '>' names the fd */
		if (*p >= '0' && *p <= '9' && p[1] == '>') {
			io = *p - '0';
			p++;
		}
		if (*p == '>' && p[1] == '&') {
			const char *target = p + 2;

			p = target;
			while (!sh_is_break(p) && p - target < 16)
				p++;
			memcpy(word, target, p - target);
			word[p - target] = '\0';
			ret = sh_push(toks, TOK_REDIR_DUP, word, false, io);
			io = 1;
			continue;
		}
		if (*p == '>') {
			bool append = p[1] == '>';

			ret = sh_push(toks, append ? TOK_REDIR_APPEND :
				      TOK_REDIR_OUT, NULL, false, io);
			io = 1;
			p += append ? 2 : 1;
			continue;
		}
		while (!sh_is_break(p)) {
			if (len >= SH_LINE_MAX - 16) {
				ret = -E2BIG;
				break;
			}
			if (*p == '\'') {
				const char *end = strchr(p + 1, '\'');

				if (!end || len + (end - p) >= SH_LINE_MAX) {
					ret = end ? -E2BIG : -EINVAL;
					break;
				}
				memcpy(word + len, p + 1, end - p - 1);
				len += end - p - 1;
				p = end + 1;
			} else if (*p == '"') {
				p++;
				while (*p && *p != '"' && len < SH_LINE_MAX - 16) {
					const char *q = p + 1;

					if (*p == '$' &&
					    sh_expand(sh, &q, word, &len,
						      SH_LINE_MAX)) {
						p = q;
						continue;
					}
					if (*p == '\\' && p[1] && strchr("\"\\$", p[1]))
						p++;
					word[len++] = *p++;
				}
				if (*p != '"') {
					ret = *p ? -E2BIG : -EINVAL;
					break;
				}
				p++;
			} else if (*p == '\\' && p[1]) {
				word[len++] = p[1];
				p += 2;
			} else if (*p == '$') {
				p++;
				if (!sh_expand(sh, &p, word, &len, SH_LINE_MAX))
					word[len++] = '$';
			} else {
				if (*p == '*' || *p == '?')
					glob = true;
				word[len++] = *p++;
			}
		}
		if (ret)
			break;
		word[len] = '\0';
		ret = sh_push(toks, TOK_WORD, word, glob, 1);
	}
	kfree(word);
	if (ret)
		sh_tokens_free(toks);
	return ret;
}

/* ------------------------------------------------------------------ */
/* Globbing */

static bool sh_has_glob(const char *s)
{
	return strpbrk(s, "*?");
}

/**
 * sh_join() - "@dir/@name" ("@name" when @dir is empty)
 * @dir: a directory
 * @name: a name in it
 *
 * Context: process.
 * Return: a kmalloc()ed path, or NULL.
 */
char *sh_join(const char *dir, const char *name)
{
	if (!*dir)
		return kstrdup(name, GFP_KERNEL);
	return kasprintf(GFP_KERNEL, "%s%s%s", dir,
			 dir[strlen(dir) - 1] == '/' ? "" : "/", name);
}

/* Expand @pattern into @out (sorted); the pattern itself if no match. */
static int sh_glob(const char *pattern, struct sh_list *out)
{
	struct sh_list cur = { }, next = { };
	char *pat = kstrdup(pattern, GFP_KERNEL);
	char *rest, *comp;
	int i, j, ret = 0, from = out->nr;

	if (!pat)
		return -ENOMEM;
	rest = pat;
	ret = sh_list_add(&cur, *pat == '/' ? "/" : "");
	while (!ret && (comp = strsep(&rest, "/"))) {
		if (!*comp)
			continue;
		for (i = 0; !ret && i < cur.nr; i++) {
			struct sh_list names = { };
			char *path;

			if (!sh_has_glob(comp)) {
				path = sh_join(cur.v[i], comp);
				ret = path ? sh_list_add(&next, path) : -ENOMEM;
				kfree(path);
				continue;
			}
			if (sh_read_dir(*cur.v[i] ? cur.v[i] : ".", &names))
				continue;
			sh_list_sort(&names, 0);
			for (j = 0; !ret && j < names.nr; j++) {
				if (names.v[j][0] == '.' && comp[0] != '.')
					continue;
				if (!glob_match(comp, names.v[j]))
					continue;
				path = sh_join(cur.v[i], names.v[j]);
				ret = path ? sh_list_add(&next, path) : -ENOMEM;
				kfree(path);
			}
			sh_list_free(&names);
		}
		sh_list_free(&cur);
		cur = next;
		next = (struct sh_list){ };
	}
	for (i = 0; !ret && i < cur.nr; i++) {
		struct kstat st;

		if (!ksys_newstat(cur.v[i], &st))
			ret = sh_list_add(out, cur.v[i]);
	}
	sh_list_free(&cur);
	kfree(pat);
	if (!ret && out->nr == from)
		ret = sh_list_add(out, pattern);
	return ret;
}

/* ------------------------------------------------------------------ */
/* Running lines */

/* Reap finished children, as bash's job table does between commands. */
static void sh_reap(struct sh *sh)
{
	int ws;

	if (!sh->reap)
		return;
	while (kernel_wait4(-1, &ws, WNOHANG) > 0)
		;
}

/**
 * struct sh_redir - the output redirection of one command
 * @type: TOK_REDIR_OUT, TOK_REDIR_APPEND or TOK_REDIR_DUP (0: none)
 * @io: the descriptor redirected
 * @target: the file, or for TOK_REDIR_DUP the descriptor ("3") or "-"
 */
struct sh_redir {
	enum sh_token_type type;
	int io;
	const char *target;
};

/* The descriptor named by "N" in >&N, -1 for the console, or -EBADF. */
static long sh_fd_of(struct sh *sh, const char *name)
{
	unsigned int n;

	if (kstrtouint(name, 10, &n) || n >= SH_NR_FDS)
		return -EBADF;
	if (n == 1)
		return -1;
	return sh->fds[n] >= 0 ? sh->fds[n] : -EBADF;
}

static long sh_open_redir(struct sh *sh, const struct sh_redir *redir)
{
	long fd = ksys_open(redir->target, O_WRONLY | O_CREAT |
			    (redir->type == TOK_REDIR_APPEND ? O_APPEND :
			     O_TRUNC), 0666);

	if (fd < 0)
		sh_err(sh, "sh: %s: %s\n", redir->target, strerror(fd));
	return fd;
}

/* `exec N> file`, `exec N>&-`: change the shell's own descriptors. */
static int sh_exec_redirect(struct sh *sh, const struct sh_redir *redir)
{
	long fd = -1;

	if (redir->io < 3 || redir->io >= SH_NR_FDS ||
	    (redir->type == TOK_REDIR_DUP && strcmp(redir->target, "-"))) {
		sh_err(sh, "sh: %d: redirection not supported\n", redir->io);
		return 1;
	}
	if (redir->type != TOK_REDIR_DUP) {
		fd = sh_open_redir(sh, redir);
		if (fd < 0)
			return 1;
	}
	if (sh->fds[redir->io] >= 0)
		ksys_close(sh->fds[redir->io]);
	sh->fds[redir->io] = fd;
	return 0;
}

/* One simple command: @argv with an optional output redirection. */
static int sh_run_simple(struct sh *sh, struct sh_list *argv,
			 const struct sh_redir *redir)
{
	const struct sh_cmd *cmd = NULL;
	bool close_after = false;
	int status = 0;
	long fd = -1;

	if (redir->type && argv->nr == 1 && !strcmp(argv->v[0], "exec"))
		return sh_exec_redirect(sh, redir);
	if (argv->nr) {
		cmd = sh_find_cmd(argv->v[0]);
		if (!cmd) {
			sh_err(sh, "sh: %s: command not found\n", argv->v[0]);
			return 127;
		}
	}
	if (redir->type && redir->io != 1) {
		sh_err(sh, "sh: %d: redirection not supported\n", redir->io);
		return 1;
	}
	if (redir->type == TOK_REDIR_DUP) {
		fd = sh_fd_of(sh, redir->target);
		if (fd == -EBADF) {
			sh_err(sh, "sh: %s: %s\n", redir->target,
			       strerror(EBADF));
			return 1;
		}
	} else if (redir->type) {
		fd = sh_open_redir(sh, redir);
		if (fd < 0)
			return 1;
		close_after = true;
	}
	sh->out_fd = fd;
	if (cmd)
		status = cmd->fn(sh, argv->nr, argv->v);
	sh->out_fd = -1;
	if (close_after)
		ksys_close(fd);
	return status;
}

/*
 * Length of the first command of @line: up to the first ;, && or || that
 * is not quoted, or to the end (a # starting a word ends the line).
 * Sets *@op to the separator found (TOK_SEMI at the end of the line) and
 * *@next to the text after it (NULL at the end).
 */
static size_t sh_next_command(const char *line, enum sh_token_type *op,
			      const char **next)
{
	const char *p = line;
	bool word_start = true;

	*op = TOK_SEMI;
	*next = NULL;
	while (*p) {
		if (*p == '\'' || *p == '"') {
			const char *end = strchr(p + 1, *p);

			if (!end)
				return strlen(line);	/* tokenizer reports it */
			p = end + 1;
			word_start = false;
			continue;
		}
		if (*p == '\\' && p[1]) {
			p += 2;
			word_start = false;
			continue;
		}
		if (*p == '#' && word_start)
			return p - line;
		if (*p == ';' || (p[0] == '&' && p[1] == '&') ||
		    (p[0] == '|' && p[1] == '|')) {
			*op = *p == ';' ? TOK_SEMI : *p == '&' ? TOK_AND :
			      TOK_OR;
			*next = p + (*p == ';' ? 1 : 2);
			return p - line;
		}
		word_start = *p == ' ' || *p == '\t' || *p == '>';
		p++;
	}
	return p - line;
}

/* Tokenize and run one simple command; nonzero: stop the line. */
static int sh_run_command(struct sh *sh, const char *text,
			  struct sh_tokens *toks)
{
	struct sh_redir redir = { };
	struct sh_list argv = { };
	int i, ret;

	ret = sh_tokenize(sh, text, toks);
	if (ret) {
		if (ret == -EINVAL)
			sh_err(sh, "sh: syntax error: unterminated quoted string\n");
		else
			sh_err(sh, "sh: %s\n", strerror(ret));
		sh->status = 2;
		return ret;
	}
	for (i = 0; !ret && i < toks->nr; i++) {
		struct sh_token *tok = &toks->tok[i];

		if (tok->type == TOK_WORD) {
			ret = tok->glob ? sh_glob(tok->word, &argv) :
			      sh_list_add(&argv, tok->word);
			continue;
		}
		redir.type = tok->type;
		redir.io = tok->io;
		if (tok->type == TOK_REDIR_DUP) {
			redir.target = tok->word;
			continue;
		}
		/* a redirection to a file: its name is the next word */
		if (i + 1 >= toks->nr || toks->tok[i + 1].type != TOK_WORD) {
			ret = -EINVAL;
			break;
		}
		redir.target = toks->tok[++i].word;
	}
	if (ret == -EINVAL)
		sh_err(sh, "sh: syntax error near unexpected token `newline'\n");
	else if (ret)
		sh_err(sh, "sh: %s\n", strerror(ret));
	if (ret) {
		sh->status = 2;
	} else if (argv.nr || redir.type) {
		sh_reap(sh);
		sh->status = sh_run_simple(sh, &argv, &redir);
	}
	sh_list_free(&argv);
	sh_tokens_free(toks);
	return ret;
}

/**
 * sh_run_line() - run one line of commands
 * @sh: the shell
 * @line: the text
 *
 * Context: process (the shell's task).
 * Return: the status of the last command run ($?).
 */
static int sh_run_line(struct sh *sh, const char *line)
{
	struct sh_tokens *toks = kzalloc(sizeof(*toks), GFP_KERNEL);
	enum sh_token_type op = TOK_SEMI, next_op;
	char *cmd = kmalloc(SH_LINE_MAX, GFP_KERNEL);
	const char *next;

	if (!toks || !cmd) {
		sh_err(sh, "sh: %s\n", strerror(-ENOMEM));
		kfree(cmd);
		kfree(toks);
		return sh->status = 1;
	}
	/*
	 * One command at a time: $! and $? expand to what the commands
	 * before it in the line left.
	 */
	for (; line && !sh->exiting; line = next, op = next_op) {
		size_t len = sh_next_command(line, &next_op, &next);
		bool skip = (op == TOK_AND && sh->status) ||
			    (op == TOK_OR && !sh->status);

		if (skip)
			continue;
		if (len >= SH_LINE_MAX) {
			sh_err(sh, "sh: %s\n", strerror(-E2BIG));
			sh->status = 2;
			break;
		}
		memcpy(cmd, line, len);
		cmd[len] = '\0';
		if (sh_run_command(sh, cmd, toks))
			break;
	}
	kfree(cmd);
	kfree(toks);
	return sh->status;
}

/* A shell with no descriptors of its own open. */
static void sh_init(struct sh *sh)
{
	int i;

	sh->out_fd = -1;
	for (i = 0; i < SH_NR_FDS; i++)
		sh->fds[i] = -1;
}

/* Run @text, which may hold several lines (-c). */
static int sh_run_text(struct sh *sh, const char *text)
{
	char *copy = kstrdup(text, GFP_KERNEL);
	char *rest = copy, *line;

	if (!copy)
		return 1;
	while (!sh->exiting && (line = strsep(&rest, "\n")))
		sh_run_line(sh, line);
	kfree(copy);
	return sh->status;
}

/**
 * sh_main() - the console's entry point (program "sh")
 * @argc: argument count
 * @argv: "sh" [-c COMMANDS...]
 *
 * Context: process: init's program, running as its task.
 * Return: the status of the last command.
 */
static int sh_main(int argc, char **argv)
{
	struct sh sh = { .reap = true };
	char *line;

	sh_init(&sh);
	if (argc >= 2 && !strcmp(argv[1], "-c")) {
		char *text;
		size_t len = 0;
		int i;

		for (i = 2; i < argc; i++)
			len += strlen(argv[i]) + 1;
		text = kzalloc(len + 1, GFP_KERNEL);
		if (!text)
			return 1;
		for (i = 2, len = 0; i < argc; i++) {
			if (i > 2)
				text[len++] = ' ';
			memcpy(text + len, argv[i], strlen(argv[i]));
			len += strlen(argv[i]);
		}
		sh_run_text(&sh, text);
		kfree(text);
		return sh.status;
	}

	line = kmalloc(SH_LINE_MAX, GFP_KERNEL);
	if (!line)
		return 1;
	while (!sh.exiting) {
		if (host_ops.console_is_tty())
			host_ops.console_write("# ", 2);
		if (host_ops.console_read_line(line, SH_LINE_MAX) < 0)
			break;
		sh_run_line(&sh, line);
	}
	kfree(line);
	return sh.status;
}

USER_PROGRAM("sh", sh_main);
