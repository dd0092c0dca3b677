/* SPDX-License-Identifier: GPL-2.0 */
/*
 * init.h - boot-time annotations, initcalls and the program registry.
 *
 * Initcalls: core_initcall(fn), subsys_initcall(fn), fs_initcall(fn) and
 * late_initcall(fn) put a pointer to `int fn(void)` in the linker section
 * "initcall1".."initcall4"; start_kernel() runs the levels in that order
 * and, inside a level, in link order.  A nonzero return is logged and
 * boot goes on, as in Linux.
 *
 * Programs: the in-kernel "user space" programs register with
 * USER_PROGRAM("name", main_fn), `int main_fn(int argc, char **argv)`,
 * in section "user_programs".  init (pid 1) runs the one the command
 * line names (default "sh"); ksys_execve() looks programs up here too.
 */
#ifndef _LINUX_INIT_H
#define _LINUX_INIT_H

#include <linux/compiler.h>

/* Boot-only code and data: kept (no freeing of init memory here). */
#define __init
#define __initdata
#define __exit

typedef int (*initcall_t)(void);

#define __define_initcall(fn, level)					\
	static const initcall_t __PASTE(__initcall_##fn, level)		\
	__used __section("initcall" #level) __aligned(sizeof(void *)) = fn

#define core_initcall(fn)	__define_initcall(fn, 1)
#define subsys_initcall(fn)	__define_initcall(fn, 2)
#define fs_initcall(fn)		__define_initcall(fn, 3)
#define late_initcall(fn)	__define_initcall(fn, 4)
#define device_initcall(fn)	late_initcall(fn)

/**
 * struct user_program - a program init or exec can run
 * @name: the name on the command line ("sh", "kunit")
 * @main: its entry point; the return value is the exit status
 */
struct user_program {
	const char *name;
	int (*main)(int argc, char **argv);
};

#define USER_PROGRAM(_name, _fn)					\
	static const struct user_program __user_program_##_fn		\
	__used __section("user_programs") __aligned(sizeof(void *)) = {	\
		.name = _name,						\
		.main = _fn,						\
	}

const struct user_program *find_user_program(const char *name);

/* The sections' bounds, from the linker (weak: a section may be empty). */
extern const struct user_program __start_user_programs[] __weak;
extern const struct user_program __stop_user_programs[] __weak;
extern const initcall_t __start_initcall1[] __weak;
extern const initcall_t __stop_initcall1[] __weak;
extern const initcall_t __start_initcall2[] __weak;
extern const initcall_t __stop_initcall2[] __weak;
extern const initcall_t __start_initcall3[] __weak;
extern const initcall_t __stop_initcall3[] __weak;
extern const initcall_t __start_initcall4[] __weak;
extern const initcall_t __stop_initcall4[] __weak;

/* start_kernel() is declared in <host_ops.h>: the host calls it. */
extern char *saved_command_line;

#endif /* _LINUX_INIT_H */
