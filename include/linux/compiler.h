/* SPDX-License-Identifier: GPL-2.0 */
/*
 * compiler.h - compiler attributes and the lock annotations, defined once.
 *
 * The lock annotations mean three things depending on who reads them:
 *  - sparse (__CHECKER__): context() attributes, so `make C=1` reports
 *    a lock taken on one path and not released on another;
 *  - clang with WARN_CONTEXT_ANALYSIS: capability attributes for
 *    -Wthread-safety, so holding rules are checked at compile time;
 *  - anything else: nothing.
 */
#ifndef _LINUX_COMPILER_H
#define _LINUX_COMPILER_H

#ifdef __CHECKER__
/* sparse */
# define __user		__attribute__((noderef, address_space(__user)))
# define __kernel	__attribute__((address_space(0)))
# define __rcu		__attribute__((noderef, address_space(__rcu)))
# define __force	__attribute__((force))
# define __nocast	__attribute__((nocast))
# define __bitwise	__attribute__((bitwise))
# define __must_hold(x)	__attribute__((context(x, 1, 1)))
# define __acquires(x)	__attribute__((context(x, 0, 1)))
# define __releases(x)	__attribute__((context(x, 1, 0)))
# define __acquire(x)	__context__(x, 1)
# define __release(x)	__context__(x, -1)
# define __cond_lock(x, c)	((c) ? ({ __acquire(x); 1; }) : 0)
# define __must_hold_shared(x)	__must_hold(x)
# define __acquires_shared(x)	__acquires(x)
# define __releases_shared(x)	__releases(x)
# define __acquire_shared(x)	__acquire(x)
# define __release_shared(x)	__release(x)
# define __guarded_by(x)
# define __pt_guarded_by(x)
# define __capability(name)
# define __asserts_held(x)
# define __asserts_held_shared(x)
# define __no_context_analysis
#else
# define __user
# define __kernel
# define __rcu
# define __force
# define __nocast
# define __bitwise
# if defined(__clang__) && defined(WARN_CONTEXT_ANALYSIS)
/* clang -Wthread-safety: locks are capabilities */
#  define __capability(name)	__attribute__((capability(name)))
#  define __must_hold(x)	__attribute__((requires_capability(x)))
#  define __must_hold_shared(x)	__attribute__((requires_shared_capability(x)))
#  define __acquires(x)	__attribute__((acquire_capability(x)))
#  define __acquires_shared(x)	__attribute__((acquire_shared_capability(x)))
#  define __releases(x)	__attribute__((release_capability(x)))
#  define __releases_shared(x)	__attribute__((release_shared_capability(x)))
#  define __guarded_by(x)	__attribute__((guarded_by(x)))
#  define __pt_guarded_by(x)	__attribute__((pt_guarded_by(x)))
#  define __asserts_held(x)	__attribute__((assert_capability(x)))
#  define __asserts_held_shared(x) __attribute__((assert_shared_capability(x)))
#  define __no_context_analysis	__attribute__((no_thread_safety_analysis))
# else
#  define __capability(name)
#  define __must_hold(x)
#  define __must_hold_shared(x)
#  define __acquires(x)
#  define __acquires_shared(x)
#  define __releases(x)
#  define __releases_shared(x)
#  define __guarded_by(x)
#  define __pt_guarded_by(x)
#  define __asserts_held(x)
#  define __asserts_held_shared(x)
#  define __no_context_analysis
# endif
# define __acquire(x)	((void)0)
# define __release(x)	((void)0)
# define __acquire_shared(x)	((void)0)
# define __release_shared(x)	((void)0)
# define __cond_lock(x, c)	(c)
#endif

#define likely(x)	__builtin_expect(!!(x), 1)
#define unlikely(x)	__builtin_expect(!!(x), 0)

#define __always_inline	inline __attribute__((__always_inline__))
#define noinline	__attribute__((__noinline__))
#define __noreturn	__attribute__((__noreturn__))
#define __maybe_unused	__attribute__((__unused__))
#define __always_unused	__attribute__((__unused__))
#define __used		__attribute__((__used__))
#define __weak		__attribute__((__weak__))
#define __packed	__attribute__((__packed__))
#define __aligned(x)	__attribute__((__aligned__(x)))
#define __section(s)	__attribute__((__section__(s)))
#define __printf(a, b)	__attribute__((__format__(printf, a, b)))
#define __must_check	__attribute__((__warn_unused_result__))
#define __cold		__attribute__((__cold__))
#define __pure		__attribute__((__pure__))
#define __fallthrough	__attribute__((__fallthrough__))
#define fallthrough	__fallthrough

#define barrier()	__asm__ __volatile__("" : : : "memory")

#define __same_type(a, b) __builtin_types_compatible_p(typeof(a), typeof(b))

/*
 * READ_ONCE()/WRITE_ONCE(): one untorn access the compiler may not merge,
 * repeat or elide.  They are relaxed atomics, so the sanitizers see them
 * as intended races; each use names its partner in a comment.
 */
#define READ_ONCE(x)	__atomic_load_n(&(x), __ATOMIC_RELAXED)
#define WRITE_ONCE(x, val)	__atomic_store_n(&(x), (val), __ATOMIC_RELAXED)

#define __stringify_1(x...)	#x
#define __stringify(x...)	__stringify_1(x)

#define ___PASTE(a, b)	a##b
#define __PASTE(a, b)	___PASTE(a, b)
#define __UNIQUE_ID(prefix)	__PASTE(__PASTE(__UNIQUE_ID_, prefix), __COUNTER__)

#endif /* _LINUX_COMPILER_H */
