/* SPDX-License-Identifier: GPL-2.0 */
/*
 * moduleparam.h - "name=value" parameters for built-in programs.
 *
 * A parameter is a struct kernel_param: a name, the ops that parse and
 * print its type, and the variable it sets.  Two ways to declare them:
 *
 *  - a table, for a program that parses its own argv:
 *	static const struct kernel_param params[] = {
 *		KERNEL_PARAM("nprocs", int, nprocs),
 *		KERNEL_PARAM("verbose", bool, verbose),
 *	};
 *	ret = parse_argv(argc - 1, argv + 1, params, ARRAY_SIZE(params));
 *
 *  - module_param(name, type, perm) at file scope, which also records
 *    the parameter in the "__param" section under MODULE_PARAM_PREFIX
 *    (define it before including this header, e.g. "torture.") so that
 *    find_kernel_param() and the boot command line can reach it.
 *
 * Types: int, uint, long, ulong, ullong, bool, charp (points into the
 * parsed string: it must outlive the parameter's use).
 */
#ifndef _LINUX_MODULEPARAM_H
#define _LINUX_MODULEPARAM_H

#include <linux/compiler.h>
#include <linux/types.h>

#ifndef MODULE_PARAM_PREFIX
#define MODULE_PARAM_PREFIX ""
#endif

struct kernel_param;

/**
 * struct kernel_param_ops - how to set and show one parameter type
 * @set: parse @val (NULL when the parameter was given without '=')
 *	into the variable; returns 0 or -EINVAL/-ERANGE
 * @get: print the variable into @buffer (at most 64 bytes, NUL
 *	included); returns the length printed
 */
struct kernel_param_ops {
	int (*set)(const char *val, const struct kernel_param *kp);
	int (*get)(char *buffer, const struct kernel_param *kp);
};

/**
 * struct kernel_param - one named parameter
 * @name: its name on the command line
 * @ops: its type's operations
 * @arg: the variable it sets
 * @desc: one line of description, or NULL
 */
struct kernel_param {
	const char *name;
	const struct kernel_param_ops *ops;
	void *arg;
	const char *desc;
};

extern const struct kernel_param_ops param_ops_int;
extern const struct kernel_param_ops param_ops_uint;
extern const struct kernel_param_ops param_ops_long;
extern const struct kernel_param_ops param_ops_ulong;
extern const struct kernel_param_ops param_ops_ullong;
extern const struct kernel_param_ops param_ops_bool;
extern const struct kernel_param_ops param_ops_charp;

/* Parameters declared with module_param(), collected by the linker. */
extern const struct kernel_param __start___param[] __weak;
extern const struct kernel_param __stop___param[] __weak;

#define KERNEL_PARAM(_name, _type, _var)				\
	{ .name = (_name), .ops = &param_ops_##_type, .arg = &(_var) }

#define module_param_named(name, value, type, perm)			\
	static const struct kernel_param __param_##name			\
	__used __section("__param") __aligned(sizeof(void *)) = {	\
		.name = MODULE_PARAM_PREFIX #name,			\
		.ops = &param_ops_##type,				\
		.arg = &(value),					\
	}
#define module_param(name, type, perm) module_param_named(name, name, type, perm)
#define MODULE_PARM_DESC(name, text)

char *next_arg(char *args, char **param, char **val);
int parse_args(const char *doing, char *args,
	       const struct kernel_param *params, unsigned int num,
	       int (*unknown)(char *param, char *val, const char *doing,
			      void *arg),
	       void *arg);
int parse_argv(int argc, char **argv, const struct kernel_param *params,
	       unsigned int num);
const struct kernel_param *find_kernel_param(const char *name);
int param_print(char *buf, size_t size, const struct kernel_param *params,
		unsigned int num);
int get_option(char **str, int *pint);
unsigned long long memparse(const char *ptr, char **retptr);

#endif /* _LINUX_MODULEPARAM_H */
