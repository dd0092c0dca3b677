// SPDX-License-Identifier: GPL-2.0
/*
 * cmdline.c - parse "name=value" parameters and small option strings.
 *
 * The boot command line and the built-in programs' arguments are lists
 * of "name=value" words (see <linux/moduleparam.h>).  Parsing happens in
 * the task that owns the string and the variables: no locks.
 */
#include <linux/ctype.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/kstrtox.h>
#include <linux/moduleparam.h>
#include <linux/string.h>

#include "lib-internal.h"

static int param_set_int(const char *val, const struct kernel_param *kp)
{
	return val ? kstrtoint(val, 0, kp->arg) : -EINVAL;
}

static int param_get_int(char *buffer, const struct kernel_param *kp)
{
	return scnprintf(buffer, 64, "%d", *(int *)kp->arg);
}

static int param_set_uint(const char *val, const struct kernel_param *kp)
{
	return val ? kstrtouint(val, 0, kp->arg) : -EINVAL;
}

static int param_get_uint(char *buffer, const struct kernel_param *kp)
{
	return scnprintf(buffer, 64, "%u", *(unsigned int *)kp->arg);
}

static int param_set_long(const char *val, const struct kernel_param *kp)
{
	return val ? kstrtol(val, 0, kp->arg) : -EINVAL;
}

static int param_get_long(char *buffer, const struct kernel_param *kp)
{
	return scnprintf(buffer, 64, "%ld", *(long *)kp->arg);
}

static int param_set_ulong(const char *val, const struct kernel_param *kp)
{
	return val ? kstrtoul(val, 0, kp->arg) : -EINVAL;
}

static int param_get_ulong(char *buffer, const struct kernel_param *kp)
{
	return scnprintf(buffer, 64, "%lu", *(unsigned long *)kp->arg);
}

static int param_set_ullong(const char *val, const struct kernel_param *kp)
{
	return val ? kstrtoull(val, 0, kp->arg) : -EINVAL;
}

static int param_get_ullong(char *buffer, const struct kernel_param *kp)
{
	return scnprintf(buffer, 64, "%llu", *(unsigned long long *)kp->arg);
}

/* A bare "name" means name=1, as in Linux. */
static int param_set_bool(const char *val, const struct kernel_param *kp)
{
	return val ? kstrtobool(val, kp->arg) : (*(bool *)kp->arg = true, 0);
}

static int param_get_bool(char *buffer, const struct kernel_param *kp)
{
	return scnprintf(buffer, 64, "%c", *(bool *)kp->arg ? 'Y' : 'N');
}

static int param_set_charp(const char *val, const struct kernel_param *kp)
{
	*(const char **)kp->arg = val ? val : "";
	return 0;
}

static int param_get_charp(char *buffer, const struct kernel_param *kp)
{
	const char *s = *(const char **)kp->arg;

	return scnprintf(buffer, 64, "%s", s ? s : "(null)");
}

#define PARAM_OPS(type)							\
const struct kernel_param_ops param_ops_##type = {			\
	.set = param_set_##type,					\
	.get = param_get_##type,					\
}

PARAM_OPS(int);
PARAM_OPS(uint);
PARAM_OPS(long);
PARAM_OPS(ulong);
PARAM_OPS(ullong);
PARAM_OPS(bool);
PARAM_OPS(charp);

/* Parameter names match with '-' and '_' treated as the same. */
static bool param_name_eq(const char *a, const char *b)
{
	for (; *a && *b; a++, b++) {
		char ca = *a == '-' ? '_' : *a;
		char cb = *b == '-' ? '_' : *b;

		if (ca != cb)
			return false;
	}
	return *a == *b;
}

/**
 * next_arg - split off the next "name[=value]" word of a string
 * @args: the string, modified in place (NULs are written)
 * @param: set to the name
 * @val: set to the value, or NULL when there was no '='
 *
 * Words are separated by whitespace; a value may be double-quoted to
 * contain spaces ("name=\"a b\"" or "\"name=a b\""); the quotes are
 * removed.
 *
 * Context: Any context.
 * Return: the rest of the string, after the word and following spaces.
 */
char *next_arg(char *args, char **param, char **val)
{
	bool in_quote = false, quoted = false;
	char *equals = NULL, *next;
	size_t i;

	args = skip_spaces(args);
	if (*args == '"') {
		args++;
		in_quote = true;
		quoted = true;
	}
	for (i = 0; args[i]; i++) {
		if (isspace((unsigned char)args[i]) && !in_quote)
			break;
		if (!equals && args[i] == '=')
			equals = args + i;
		if (args[i] == '"')
			in_quote = !in_quote;
	}

	*param = args;
	if (!equals) {
		*val = NULL;
	} else {
		*equals = '\0';
		*val = equals + 1;
		/* drop the quotes of name="value" */
		if (**val == '"') {
			(*val)++;
			if (i > 0 && args[i - 1] == '"')
				args[i - 1] = '\0';
		}
	}
	if (quoted && i > 0 && args[i - 1] == '"')
		args[i - 1] = '\0';

	if (args[i]) {
		args[i] = '\0';
		next = args + i + 1;
	} else {
		next = args + i;
	}
	return skip_spaces(next);
}

static int parse_one(char *param, char *val, const char *doing,
		     const struct kernel_param *params, unsigned int num,
		     int (*unknown)(char *param, char *val, const char *doing,
				    void *arg),
		     void *arg)
{
	unsigned int i;
	int ret;

	for (i = 0; i < num; i++) {
		if (!param_name_eq(param, params[i].name))
			continue;
		ret = params[i].ops->set(val, &params[i]);
		if (ret)
			pr_err("%s: bad value '%s' for parameter '%s'\n",
			       doing, val ? val : "", param);
		return ret;
	}
	if (unknown)
		return unknown(param, val, doing, arg);
	pr_err("%s: unknown parameter '%s'\n", doing, param);
	return -ENOENT;
}

/**
 * parse_args - set parameters from a command-line string
 * @doing: what is being parsed, for error messages ("torture")
 * @args: the string of "name=value" words, modified in place
 * @params: the known parameters
 * @num: the number of entries in @params
 * @unknown: called for a name not in @params (may be NULL: -ENOENT)
 * @arg: passed to @unknown
 *
 * Stops at the first error.  "--" ends the parameters.
 *
 * Context: Process context; the caller owns the variables being set.
 * Return: 0, or the first error: -ENOENT for an unknown name, or the
 * parser's -EINVAL/-ERANGE for a bad value.
 */
int parse_args(const char *doing, char *args,
	       const struct kernel_param *params, unsigned int num,
	       int (*unknown)(char *param, char *val, const char *doing,
			      void *arg),
	       void *arg)
{
	char *param, *val;
	int ret;

	args = skip_spaces(args);
	while (*args) {
		args = next_arg(args, &param, &val);
		if (!val && !strcmp(param, "--"))
			return 0;
		ret = parse_one(param, val, doing, params, num, unknown, arg);
		if (ret)
			return ret;
	}
	return 0;
}

/**
 * parse_argv - set parameters from an argument vector
 * @argc: the number of words
 * @argv: the words, each "name=value" or "name"; modified in place
 * @params: the known parameters
 * @num: the number of entries in @params
 *
 * Context: Process context; the caller owns the variables being set.
 * Return: 0, -ENOENT for an unknown name, or -EINVAL/-ERANGE for a bad
 * value (the first error stops parsing).
 */
int parse_argv(int argc, char **argv, const struct kernel_param *params,
	       unsigned int num)
{
	int i, ret;

	for (i = 0; i < argc; i++) {
		char *val = strchr(argv[i], '=');

		if (val)
			*val++ = '\0';
		ret = parse_one(argv[i], val, "parameters", params, num,
				NULL, NULL);
		if (ret)
			return ret;
	}
	return 0;
}

/**
 * find_kernel_param - look up a parameter declared with module_param()
 * @name: its full name, prefix included ("torture.nprocs")
 *
 * Context: Any context.
 * Return: the parameter, or NULL.
 */
const struct kernel_param *find_kernel_param(const char *name)
{
	const struct kernel_param *kp;

	if (!__start___param)
		return NULL;
	for (kp = __start___param; kp < __stop___param; kp++)
		if (param_name_eq(kp->name, name))
			return kp;
	return NULL;
}

/**
 * param_print - print parameters as "name=value" words
 * @buf: the output buffer
 * @size: its size
 * @params: the parameters
 * @num: their number
 *
 * For echoing a test's parameters at its start and end, as locktorture
 * does.
 *
 * Context: Any context.
 * Return: the number of bytes stored, excluding the NUL.
 */
int param_print(char *buf, size_t size, const struct kernel_param *params,
		unsigned int num)
{
	char value[64];
	unsigned int i;
	int len = 0;

	if (size)
		buf[0] = '\0';
	for (i = 0; i < num; i++) {
		params[i].ops->get(value, &params[i]);
		len += scnprintf(buf + len, size - len, "%s%s=%s",
				 i ? " " : "", params[i].name, value);
	}
	return len;
}

/**
 * get_option - parse one integer from a comma-separated list
 * @str: in: the list; out: advanced past the integer and its comma
 * @pint: where to store the integer
 *
 * Context: Any context.
 * Return: 0 if there was no integer, 1 if it was the last one, 2 if a
 * comma follows, 3 if a '-' follows (a range).
 */
int get_option(char **str, int *pint)
{
	char *cur = *str;
	bool negative;
	unsigned long long val;
	unsigned int base = 0, len;

	if (!cur || !*cur)
		return 0;
	negative = *cur == '-';
	cur += negative;
	cur = (char *)_parse_integer_fixup_radix(cur, &base);
	len = _parse_integer(cur, base, &val) & ~KSTRTOX_OVERFLOW;
	if (!len)
		return 0;
	*pint = (int)(negative ? 0 - val : val);
	*str = cur + len;
	if (**str == ',') {
		(*str)++;
		return 2;
	}
	if (**str == '-')
		return 3;
	return 1;
}

/**
 * memparse - parse a size with an optional K, M, G, T suffix
 * @ptr: the string ("64K", "0x100M", "4096")
 * @retptr: if not NULL, set to the first byte after the size
 *
 * Context: Any context.
 * Return: the size in bytes (binary multiples).
 */
unsigned long long memparse(const char *ptr, char **retptr)
{
	unsigned long long ret;
	unsigned int base = 0;
	char *endptr;

	ptr = _parse_integer_fixup_radix(ptr, &base);
	endptr = (char *)ptr + (_parse_integer(ptr, base, &ret) &
				~KSTRTOX_OVERFLOW);

	switch (*endptr) {
	case 'T':
	case 't':
		ret <<= 10;
		fallthrough;
	case 'G':
	case 'g':
		ret <<= 10;
		fallthrough;
	case 'M':
	case 'm':
		ret <<= 10;
		fallthrough;
	case 'K':
	case 'k':
		ret <<= 10;
		endptr++;
		break;
	default:
		break;
	}
	if (retptr)
		*retptr = endptr;
	return ret;
}
