/* SPDX-License-Identifier: GPL-2.0 */
/*
 * bug.h - BUG(), WARN() and friends.
 *
 * A WARN prints "WARNING: at file:line" with a backtrace-free report and
 * bumps a counter (warn_count()) that KUnit cases and the torture test
 * read: a test that causes a WARN fails.  BUG() prints "kernel BUG at
 * file:line" and panics; it is for invariants after a commit point only.
 */
#ifndef _LINUX_BUG_H
#define _LINUX_BUG_H

#include <linux/compiler.h>

void __warn(const char *file, int line, const char *cond, const char *fmt,
	    ...) __printf(4, 5) __cold;
void __noreturn __bug(const char *file, int line, const char *cond) __cold;
void __noreturn panic(const char *fmt, ...) __printf(1, 2) __cold;
unsigned long warn_count(void);

#define BUG()		__bug(__FILE__, __LINE__, NULL)
#define BUG_ON(cond)	do { if (unlikely(cond)) __bug(__FILE__, __LINE__, #cond); } while (0)

#define WARN(cond, fmt...) ({						\
	int __ret_warn = !!(cond);					\
	if (unlikely(__ret_warn))					\
		__warn(__FILE__, __LINE__, #cond, fmt);			\
	unlikely(__ret_warn);						\
})

#define WARN_ON(cond) ({						\
	int __ret_warn_on = !!(cond);					\
	if (unlikely(__ret_warn_on))					\
		__warn(__FILE__, __LINE__, #cond, NULL);		\
	unlikely(__ret_warn_on);					\
})

#define WARN_ONCE(cond, fmt...) ({					\
	static bool __warned;						\
	int __ret_warn_once = !!(cond);					\
	if (unlikely(__ret_warn_once) &&				\
	    !__atomic_exchange_n(&__warned, true, __ATOMIC_RELAXED))	\
		__warn(__FILE__, __LINE__, #cond, fmt);			\
	unlikely(__ret_warn_once);					\
})

#define WARN_ON_ONCE(cond) ({						\
	static bool __warned;						\
	int __ret_warn_once = !!(cond);					\
	if (unlikely(__ret_warn_once) &&				\
	    !__atomic_exchange_n(&__warned, true, __ATOMIC_RELAXED))	\
		__warn(__FILE__, __LINE__, #cond, NULL);		\
	unlikely(__ret_warn_once);					\
})

#define BUILD_BUG_ON(cond)	_Static_assert(!(cond), "BUILD_BUG_ON: " #cond)
#define BUILD_BUG_ON_MSG(cond, msg) _Static_assert(!(cond), msg)

#endif /* _LINUX_BUG_H */
