// SPDX-License-Identifier: GPL-2.0
/*
 * fuzz_prog.c - the system-call fuzzer's programs: bytes to program
 * (fz_decode), program to bytes (fz_encode), program to text
 * (fz_print_call) and text to program (fz_parse_call).
 *
 * Bytes.  Any byte string is a program: each call is a 10-byte header
 *
 *	op  who  a0  a1  a2  a3  num (4 bytes, little-endian)
 *
 * (op modulo FZ_NR_OPS; who: worker in the high nibble, task slot in the
 * low one) followed, for an op that writes a value or mounts, by a value
 * byte v: v & 3 is 0 (the pid of task slot v >> 2), 1 (its tgid), 2 (the
 * (v >> 2)th word of fz_dict) or 3 (a raw string of v >> 2 bytes, which
 * follow).  Mount options are instead built from num's bits (subsystems,
 * then the option words of fz_mount_words) unless v & 3 is 3.  A partial
 * last call is dropped.
 *
 * Text.  One call a line, "wW tT OP ARGS", the arguments in the order of
 * fz_op_sig[OP]: h hierarchy (h0), n cgroup (a/c, "." for the root), f
 * file name, F descriptor slot (fd1), T and t task slot (t2), d device
 * slot (d0), p /proc file, x number (0x1f), v value (pid:t1, tgid:t1 or
 * a quoted string), s quoted mount options, m a second cgroup.  Quoted strings take \\, \"
 * and \xNN.  Reproducers under tools/testing/fuzz/reproducers/ are in
 * this form; the text names files and values, not table indexes, so it
 * keeps its meaning when the tables grow.
 *
 * Locks: none; the tables are written once at start-up, before any
 * program is decoded.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/ctype.h>
#include <linux/kstrtox.h>
#include <linux/errno.h>

#include "fuzz.h"

const char *fz_files[FZ_MAX_FILES];
int fz_nr_files;
const char *fz_subsys[FZ_MAX_SUBSYS];
int fz_nr_subsys;

/* Cgroups a program names, relative to a hierarchy's mount point. */
const char *const fz_nodes[] = {
	".", "a", "b", "a/c", "b/d", "a/c/e", "a/x",
};

const int fz_nr_nodes = ARRAY_SIZE(fz_nodes);

const char *const fz_op_name[FZ_NR_OPS] = {
	[FZ_MOUNT] = "mount",		[FZ_REMOUNT] = "remount",
	[FZ_UMOUNT] = "umount",		[FZ_MKDIR] = "mkdir",
	[FZ_RMDIR] = "rmdir",		[FZ_WRITEF] = "writef",
	[FZ_READF] = "readf",		[FZ_OPEN] = "open",
	[FZ_READ] = "read",		[FZ_WRITE] = "write",
	[FZ_CLOSE] = "close",		[FZ_LSEEK] = "lseek",
	[FZ_READDIR] = "readdir",	[FZ_CLONE] = "clone",
	[FZ_EXIT] = "exit",		[FZ_EXIT_GROUP] = "exit_group",
	[FZ_EXEC] = "exec",		[FZ_SETUID] = "setresuid",
	[FZ_SETGID] = "setresgid",	[FZ_KILL] = "kill",
	[FZ_CHRT] = "chrt",		[FZ_MMAP] = "mmap",
	[FZ_MUNMAP] = "munmap",		[FZ_MKNOD] = "mknod",
	[FZ_DEVIO] = "devio",		[FZ_BIO] = "bio",
	[FZ_UNSHARE] = "unshare",	[FZ_CHOWN] = "chown",
	[FZ_CHMOD] = "chmod",		[FZ_PROC] = "proc",
	[FZ_DELAY] = "delay",		[FZ_FAIL] = "fail",
	[FZ_WRITEL] = "writel",		[FZ_RENAME] = "rename",
	[FZ_STATFS] = "statfs",		[FZ_PROCW] = "procw",
};

const char *const fz_op_sig[FZ_NR_OPS] = {
	[FZ_MOUNT] = "hs",	[FZ_REMOUNT] = "hs",	[FZ_UMOUNT] = "h",
	[FZ_MKDIR] = "hn",	[FZ_RMDIR] = "hn",	[FZ_WRITEF] = "hnfv",
	[FZ_READF] = "hnf",	[FZ_OPEN] = "hnfxF",	[FZ_READ] = "Fx",
	[FZ_WRITE] = "Fv",	[FZ_CLOSE] = "F",	[FZ_LSEEK] = "Fx",
	[FZ_READDIR] = "hn",	[FZ_CLONE] = "xT",	[FZ_EXIT] = "",
	[FZ_EXIT_GROUP] = "",	[FZ_EXEC] = "x",	[FZ_SETUID] = "x",
	[FZ_SETGID] = "x",	[FZ_KILL] = "tx",	[FZ_CHRT] = "tx",
	[FZ_MMAP] = "x",	[FZ_MUNMAP] = "x",	[FZ_MKNOD] = "dx",
	[FZ_DEVIO] = "dx",	[FZ_BIO] = "x",		[FZ_UNSHARE] = "x",
	[FZ_CHOWN] = "hnfx",	[FZ_CHMOD] = "hnfx",	[FZ_PROC] = "tp",
	[FZ_DELAY] = "x",	[FZ_FAIL] = "x",	[FZ_WRITEL] = "hnfvx",
	[FZ_RENAME] = "hnmx",	[FZ_STATFS] = "hnx",	[FZ_PROCW] = "tpv",
};

/* Values worth writing to some control file. */
static const char *const fz_dict[] = {
	"0", "1", "2", "-1", "FROZEN", "THAWED", "FREEZING", "a *:* rwm",
	"c 1:3 rw", "b 8:0 r", "a", "c *:* m", "b *:* w", "0-3", "0-1", "1",
	"4096", "1M", "64k", "100", "950000", "1000000", "1024", "8:0 500",
	"8:16 100", "", " ", "abc", "99999", "2147483648", "0x10", "-",
	"/sbin/agent", "100 200", "1\n2\n", "9999999999999999999", "10",
	"+1", "4294967296", "0,2", "3-1", "500", "2000000", "c 10:200 rwm",
	"b 1:1 m",
};

/* Mount option words after the subsystems, selected by num's bits. */
static const char *const fz_mount_words[] = {
	"none", "noprefix", "clone_children", "name=fzA", "name=fzB",
	"release_agent=/sbin/agent", "nosuchopt", "all", "name=",
};

#define FZ_MOUNT_WORD_SHIFT	16

/* /proc/PID/ files, then (from FZ_PROC_GLOBAL on) files of /proc/ */
static const char *const fz_proc_files[] = {
	"cgroup", "status", "sched", "task", "cgroups", "mounts",
	"self/cgroup", "vmstat", "stat", "comm", "cmdline", "mountinfo",
	"sys/kernel/ns_last_pid", "self/mountinfo",
};

/* Which of fz_proc_files[] are files of /proc/ rather than of a pid. */
static const char *const fz_proc_global_files[] = {
	"cgroups", "mounts", "self/cgroup", "vmstat", "sys/kernel/ns_last_pid",
	"self/mountinfo",
};

static const char *const fz_exec_names[] = { "idle", "sh", "" };

/**
 * fz_proc_file() - the /proc file a FZ_PROC call reads
 * @call: the call
 * Context: any.
 * Return: its name under /proc/PID/ (or /proc/ from "cgroups" on).
 */
const char *fz_proc_file(const struct fz_call *call)
{
	return fz_proc_files[call->arg[2] % ARRAY_SIZE(fz_proc_files)];
}

/**
 * fz_exec_name() - the program a FZ_EXEC call execs
 * @call: the call
 * Context: any.
 * Return: a program name ("" fails with ENOENT).
 */
const char *fz_exec_name(const struct fz_call *call)
{
	return fz_exec_names[call->num % ARRAY_SIZE(fz_exec_names)];
}

/**
 * fz_proc_global() - is a FZ_PROC or FZ_PROCW file one of /proc/ itself?
 * @call: the call
 * Context: any.
 * Return: true for /proc/NAME, false for /proc/PID/NAME.
 */
bool fz_proc_global(const struct fz_call *call)
{
	const char *file = fz_proc_file(call);
	int i;

	for (i = 0; i < ARRAY_SIZE(fz_proc_global_files); i++)
		if (!strcmp(file, fz_proc_global_files[i]))
			return true;
	return false;
}

static bool sig_has(u8 op, char c)
{
	return strchr(fz_op_sig[op], c);
}

static void set_str(struct fz_call *call, const char *s, size_t len)
{
	if (len > FZ_STR - 1)
		len = FZ_STR - 1;
	memcpy(call->str, s, len);
	call->str[len] = '\0';
	call->len = len;
}

static void append_word(struct fz_call *call, const char *word)
{
	char buf[FZ_STR];
	int n;

	n = scnprintf(buf, sizeof(buf), "%s%s%s", call->str,
		      call->len ? "," : "", word);
	set_str(call, buf, n);
}

static void build_mount_opts(struct fz_call *call)
{
	int i;

	call->kind = FZ_VAL_STR;
	set_str(call, "", 0);
	for (i = 0; i < fz_nr_subsys; i++)
		if (call->num & (1U << i))
			append_word(call, fz_subsys[i]);
	for (i = 0; i < ARRAY_SIZE(fz_mount_words); i++)
		if (call->num & (1U << (FZ_MOUNT_WORD_SHIFT + i)))
			append_word(call, fz_mount_words[i]);
}

/* Decode the value byte (and its string) at @data; returns bytes used. */
static size_t decode_value(struct fz_call *call, const u8 *data, size_t size)
{
	size_t used = 1, len;
	u8 v;

	if (!size) {
		call->kind = FZ_VAL_STR;
		set_str(call, "0", 1);
		return 0;
	}
	v = data[0];
	switch (v & 3) {
	case 0:
	case 1:
		call->kind = (v & 3) ? FZ_VAL_TGID : FZ_VAL_PID;
		call->slot = (v >> 2) % FZ_TASKS;
		break;
	case 2:
		call->kind = FZ_VAL_STR;
		set_str(call, fz_dict[(v >> 2) % ARRAY_SIZE(fz_dict)],
			strlen(fz_dict[(v >> 2) % ARRAY_SIZE(fz_dict)]));
		break;
	default:
		len = min_t(size_t, v >> 2, size - 1);
		call->kind = FZ_VAL_STR;
		set_str(call, (const char *)data + 1, len);
		used += len;
		break;
	}
	return used;
}

/**
 * fz_decode() - turn bytes into a program
 * @prog: filled in
 * @data: any bytes
 * @size: their number
 *
 * Every byte string decodes (see the file header); at most FZ_MAX_CALLS
 * calls.
 * Context: any; the name tables are set up.
 */
void fz_decode(struct fz_prog *prog, const u8 *data, size_t size)
{
	size_t pos = 0;

	prog->nr = 0;
	while (prog->nr < FZ_MAX_CALLS && size - pos >= 10) {
		struct fz_call *call = &prog->calls[prog->nr++];
		const u8 *h = data + pos;

		memset(call, 0, sizeof(*call));
		call->op = h[0] % FZ_NR_OPS;
		call->worker = (h[1] >> 4) % FZ_WORKERS;
		call->task = (h[1] & 15) % FZ_TASKS;
		call->arg[0] = h[2];
		call->arg[1] = h[3] % fz_nr_nodes;
		call->arg[2] = fz_nr_files ? h[4] % fz_nr_files : 0;
		call->arg[3] = h[5];
		call->num = h[6] | h[7] << 8 | h[8] << 16 | (u32)h[9] << 24;
		pos += 10;

		if (sig_has(call->op, 'h'))
			call->arg[0] %= FZ_HIERS;
		if (sig_has(call->op, 't'))
			call->arg[0] %= FZ_TASKS;
		if (sig_has(call->op, 'd'))
			call->arg[0] %= FZ_DEVS;
		if (sig_has(call->op, 'F'))
			call->arg[3] %= FZ_FDS;
		if (sig_has(call->op, 'T'))
			call->arg[3] %= FZ_TASKS;
		if (sig_has(call->op, 'm'))
			call->arg[3] %= fz_nr_nodes;
		if (sig_has(call->op, 'p'))
			call->arg[2] %= ARRAY_SIZE(fz_proc_files);
		if (sig_has(call->op, 'v')) {
			pos += decode_value(call, data + pos, size - pos);
		} else if (sig_has(call->op, 's')) {
			if (pos < size && (data[pos] & 3) == 3) {
				pos += decode_value(call, data + pos,
						    size - pos);
			} else {
				pos += pos < size;
				build_mount_opts(call);
			}
		}
	}
}

/**
 * fz_encode() - turn a program into bytes that decode to it
 * @prog: the program
 * @buf: where to write
 * @size: room in @buf
 * Context: any.
 * Return: the number of bytes written (a call that does not fit ends
 *	the encoding).
 */
size_t fz_encode(const struct fz_prog *prog, u8 *buf, size_t size)
{
	size_t pos = 0;
	int i;

	for (i = 0; i < prog->nr; i++) {
		const struct fz_call *call = &prog->calls[i];
		size_t need = 10;

		if (sig_has(call->op, 'v') || sig_has(call->op, 's'))
			need += 1 + (call->kind == FZ_VAL_STR ? call->len : 0);
		if (pos + need > size)
			break;
		buf[pos++] = call->op;
		buf[pos++] = call->worker << 4 | call->task;
		memcpy(buf + pos, call->arg, 4);
		pos += 4;
		buf[pos++] = call->num;
		buf[pos++] = call->num >> 8;
		buf[pos++] = call->num >> 16;
		buf[pos++] = call->num >> 24;
		if (!sig_has(call->op, 'v') && !sig_has(call->op, 's'))
			continue;
		if (call->kind == FZ_VAL_STR) {
			buf[pos++] = 3 | call->len << 2;
			memcpy(buf + pos, call->str, call->len);
			pos += call->len;
		} else {
			buf[pos++] = call->slot << 2 |
				     (call->kind == FZ_VAL_TGID);
		}
	}
	return pos;
}

static int print_quoted(char *buf, size_t size, const char *s, size_t len)
{
	int n = scnprintf(buf, size, "\"");
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = s[i];

		if (c == '"' || c == '\\')
			n += scnprintf(buf + n, size - n, "\\%c", c);
		else if (c < 0x20 || c >= 0x7f)
			n += scnprintf(buf + n, size - n, "\\x%02x", c);
		else
			n += scnprintf(buf + n, size - n, "%c", c);
	}
	return n + scnprintf(buf + n, size - n, "\"");
}

/**
 * fz_print_call() - one call as a line of text (no newline)
 * @call: the call
 * @buf: where to write
 * @size: room in @buf (FZ_STR * 4 + 128 is always enough)
 * Context: any.
 * Return: the length written.
 */
int fz_print_call(const struct fz_call *call, char *buf, size_t size)
{
	const char *sig;
	int n;

	n = scnprintf(buf, size, "w%u t%u %s", call->worker, call->task,
		      fz_op_name[call->op]);
	for (sig = fz_op_sig[call->op]; *sig; sig++) {
		n += scnprintf(buf + n, size - n, " ");
		switch (*sig) {
		case 'h':
			n += scnprintf(buf + n, size - n, "h%u", call->arg[0]);
			break;
		case 't':
			n += scnprintf(buf + n, size - n, "t%u", call->arg[0]);
			break;
		case 'd':
			n += scnprintf(buf + n, size - n, "d%u", call->arg[0]);
			break;
		case 'n':
			n += scnprintf(buf + n, size - n, "%s",
				       fz_nodes[call->arg[1]]);
			break;
		case 'f':
			n += scnprintf(buf + n, size - n, "%s",
				       fz_files[call->arg[2]]);
			break;
		case 'p':
			n += scnprintf(buf + n, size - n, "%s",
				       fz_proc_file(call));
			break;
		case 'F':
			n += scnprintf(buf + n, size - n, "fd%u", call->arg[3]);
			break;
		case 'T':
			n += scnprintf(buf + n, size - n, "t%u", call->arg[3]);
			break;
		case 'm':
			n += scnprintf(buf + n, size - n, "%s",
				       fz_nodes[call->arg[3]]);
			break;
		case 'x':
			n += scnprintf(buf + n, size - n, "0x%x", call->num);
			break;
		case 'v':
		case 's':
			if (call->kind == FZ_VAL_PID)
				n += scnprintf(buf + n, size - n, "pid:t%u",
					       call->slot);
			else if (call->kind == FZ_VAL_TGID)
				n += scnprintf(buf + n, size - n, "tgid:t%u",
					       call->slot);
			else
				n += print_quoted(buf + n, size - n, call->str,
						  call->len);
			break;
		}
	}
	return n;
}

static int hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Split off the next word of *@pos; quoted strings are unescaped. */
static char *next_word(char **pos, size_t *len)
{
	char *s = skip_spaces(*pos), *out, *start;

	if (!*s)
		return NULL;
	if (*s != '"') {
		start = s;
		while (*s && !isspace(*s))
			s++;
		*len = s - start;
		if (*s)
			*s++ = '\0';
		*pos = s;
		return start;
	}
	start = ++s;
	out = s;
	while (*s && *s != '"') {
		if (*s == '\\' && s[1] == 'x' && hex_digit(s[2]) >= 0 &&
		    hex_digit(s[3]) >= 0) {
			*out++ = hex_digit(s[2]) << 4 | hex_digit(s[3]);
			s += 4;
			continue;
		}
		if (*s == '\\' && s[1])
			s++;
		*out++ = *s++;
	}
	if (*s != '"')
		return NULL;
	*len = out - start;
	*pos = s + 1;
	return start;
}

static int parse_slot(const char *word, char prefix, unsigned int max,
		      u8 *out)
{
	unsigned int v;

	if (word[0] != prefix || kstrtouint(word + 1, 10, &v) || v >= max)
		return -EINVAL;
	*out = v;
	return 0;
}

static int parse_name(const char *word, const char *const *table, int nr,
		      u8 *out)
{
	int i;

	for (i = 0; i < nr; i++) {
		if (!strcmp(word, table[i])) {
			*out = i;
			return 0;
		}
	}
	return -EINVAL;
}

static int parse_value(struct fz_call *call, char *word, size_t len)
{
	if (!strncmp(word, "pid:", 4) || !strncmp(word, "tgid:", 5)) {
		call->kind = word[0] == 'p' ? FZ_VAL_PID : FZ_VAL_TGID;
		return parse_slot(strchr(word, ':') + 1, 't', FZ_TASKS,
				  &call->slot);
	}
	call->kind = FZ_VAL_STR;
	if (len > FZ_STR - 1 || len > 63)
		return -E2BIG;
	set_str(call, word, len);
	return 0;
}

/**
 * fz_parse_call() - read back a line fz_print_call() wrote
 * @call: filled in
 * @line: the line, without its newline; modified
 * Context: any; the name tables are set up.
 * Return: 0, or -EINVAL for a line that is not a call (a file name not
 *	in this kernel's tables included), -E2BIG for a string too long.
 */
int fz_parse_call(struct fz_call *call, char *line)
{
	char *pos = line, *word;
	const char *sig;
	size_t len;
	u8 op;
	int ret;

	memset(call, 0, sizeof(*call));
	word = next_word(&pos, &len);
	if (!word || parse_slot(word, 'w', FZ_WORKERS, &call->worker))
		return -EINVAL;
	word = next_word(&pos, &len);
	if (!word || parse_slot(word, 't', FZ_TASKS, &call->task))
		return -EINVAL;
	word = next_word(&pos, &len);
	if (!word || parse_name(word, fz_op_name, FZ_NR_OPS, &op))
		return -EINVAL;
	call->op = op;
	for (sig = fz_op_sig[op]; *sig; sig++) {
		word = next_word(&pos, &len);
		if (!word)
			return -EINVAL;
		switch (*sig) {
		case 'h':
			ret = parse_slot(word, 'h', FZ_HIERS, &call->arg[0]);
			break;
		case 't':
			ret = parse_slot(word, 't', FZ_TASKS, &call->arg[0]);
			break;
		case 'd':
			ret = parse_slot(word, 'd', FZ_DEVS, &call->arg[0]);
			break;
		case 'n':
			ret = parse_name(word, fz_nodes, fz_nr_nodes,
					 &call->arg[1]);
			break;
		case 'f':
			ret = parse_name(word, fz_files, fz_nr_files,
					 &call->arg[2]);
			break;
		case 'p':
			ret = parse_name(word, fz_proc_files,
					 ARRAY_SIZE(fz_proc_files),
					 &call->arg[2]);
			break;
		case 'F':
			ret = parse_slot(word + 1, 'd', FZ_FDS, &call->arg[3]);
			if (word[0] != 'f')
				ret = -EINVAL;
			break;
		case 'T':
			ret = parse_slot(word, 't', FZ_TASKS, &call->arg[3]);
			break;
		case 'm':
			ret = parse_name(word, fz_nodes, fz_nr_nodes,
					 &call->arg[3]);
			break;
		case 'x':
			ret = kstrtouint(word, 0, &call->num);
			break;
		default:	/* 'v', 's' */
			ret = parse_value(call, word, len);
			if (!ret && *sig == 's' && call->kind != FZ_VAL_STR)
				ret = -EINVAL;
			break;
		}
		if (ret)
			return ret;
	}
	return skip_spaces(pos)[0] ? -EINVAL : 0;
}
