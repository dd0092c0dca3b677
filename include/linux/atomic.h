/* SPDX-License-Identifier: GPL-2.0 */
/*
 * atomic.h - atomic_t, atomic_long_t and atomic64_t on the compiler's
 * __atomic builtins.  As in Linux: operations that return a value are
 * fully ordered, the others (atomic_inc, atomic_set, atomic_read) are
 * relaxed.  smp_mb() and friends are fences.
 */
#ifndef _LINUX_ATOMIC_H
#define _LINUX_ATOMIC_H

#include <linux/compiler.h>
#include <linux/types.h>

typedef struct { int counter; } atomic_t;
typedef struct { long counter; } atomic_long_t;
typedef struct { s64 counter; } atomic64_t;

#define ATOMIC_INIT(i)		{ (i) }
#define ATOMIC_LONG_INIT(i)	{ (i) }
#define ATOMIC64_INIT(i)	{ (i) }

/* Touched by the barriers of a ThreadSanitizer build (kernel/locking/barrier.c). */
extern int smp_barrier_word;

#ifndef __SANITIZE_THREAD__
#define smp_mb()	__atomic_thread_fence(__ATOMIC_SEQ_CST)
#define smp_rmb()	__atomic_thread_fence(__ATOMIC_ACQUIRE)
#define smp_wmb()	__atomic_thread_fence(__ATOMIC_RELEASE)
#else
/*
 * ThreadSanitizer does not model stand-alone fences (gcc refuses them
 * under -fsanitize=thread).  A sequentially consistent read-modify-write
 * of one shared word is at least as strong a barrier on every host CPU,
 * and TSan sees it as an acquire+release pair, so the orderings that the
 * barriers' partners rely on are visible to it.
 */
#define smp_mb()	((void)__atomic_fetch_add(&smp_barrier_word, 0, __ATOMIC_SEQ_CST))
#define smp_rmb()	smp_mb()
#define smp_wmb()	smp_mb()
#endif
#define smp_mb__before_atomic()	smp_mb()
#define smp_mb__after_atomic()	smp_mb()

#define smp_load_acquire(p)	__atomic_load_n(p, __ATOMIC_ACQUIRE)
#define smp_store_release(p, v)	__atomic_store_n(p, v, __ATOMIC_RELEASE)

#define __ATOMIC_OPS(pfx, type)						\
static inline type pfx##_read(const pfx##_t *v)				\
{									\
	return __atomic_load_n(&v->counter, __ATOMIC_RELAXED);		\
}									\
static inline void pfx##_set(pfx##_t *v, type i)			\
{									\
	__atomic_store_n(&v->counter, i, __ATOMIC_RELAXED);		\
}									\
static inline void pfx##_add(type i, pfx##_t *v)			\
{									\
	__atomic_fetch_add(&v->counter, i, __ATOMIC_RELAXED);		\
}									\
static inline void pfx##_sub(type i, pfx##_t *v)			\
{									\
	__atomic_fetch_sub(&v->counter, i, __ATOMIC_RELAXED);		\
}									\
static inline void pfx##_inc(pfx##_t *v)				\
{									\
	pfx##_add(1, v);						\
}									\
static inline void pfx##_dec(pfx##_t *v)				\
{									\
	pfx##_sub(1, v);						\
}									\
static inline type pfx##_add_return(type i, pfx##_t *v)			\
{									\
	return __atomic_add_fetch(&v->counter, i, __ATOMIC_SEQ_CST);	\
}									\
static inline type pfx##_sub_return(type i, pfx##_t *v)			\
{									\
	return __atomic_sub_fetch(&v->counter, i, __ATOMIC_SEQ_CST);	\
}									\
static inline type pfx##_inc_return(pfx##_t *v)				\
{									\
	return pfx##_add_return(1, v);					\
}									\
static inline type pfx##_dec_return(pfx##_t *v)				\
{									\
	return pfx##_sub_return(1, v);					\
}									\
static inline bool pfx##_dec_and_test(pfx##_t *v)			\
{									\
	return pfx##_sub_return(1, v) == 0;				\
}									\
static inline bool pfx##_inc_and_test(pfx##_t *v)			\
{									\
	return pfx##_add_return(1, v) == 0;				\
}									\
static inline type pfx##_fetch_add(type i, pfx##_t *v)			\
{									\
	return __atomic_fetch_add(&v->counter, i, __ATOMIC_SEQ_CST);	\
}									\
static inline type pfx##_xchg(pfx##_t *v, type new)			\
{									\
	return __atomic_exchange_n(&v->counter, new, __ATOMIC_SEQ_CST);	\
}									\
static inline type pfx##_cmpxchg(pfx##_t *v, type old, type new)	\
{									\
	__atomic_compare_exchange_n(&v->counter, &old, new, false,	\
				    __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);\
	return old;							\
}									\
static inline bool pfx##_try_cmpxchg(pfx##_t *v, type *old, type new)	\
{									\
	return __atomic_compare_exchange_n(&v->counter, old, new, false,\
				    __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);\
}									\
/* Add @a unless the counter is @u; true if it added. */		\
static inline bool pfx##_add_unless(pfx##_t *v, type a, type u)		\
{									\
	type c = pfx##_read(v);						\
									\
	do {								\
		if (c == u)						\
			return false;					\
	} while (!pfx##_try_cmpxchg(v, &c, c + a));			\
	return true;							\
}									\
static inline bool pfx##_inc_not_zero(pfx##_t *v)			\
{									\
	return pfx##_add_unless(v, 1, 0);				\
}

__ATOMIC_OPS(atomic, int)
__ATOMIC_OPS(atomic_long, long)
__ATOMIC_OPS(atomic64, s64)

#undef __ATOMIC_OPS

#define xchg(ptr, v)	__atomic_exchange_n(ptr, v, __ATOMIC_SEQ_CST)
#define cmpxchg(ptr, o, n) ({						\
	typeof(ptr) __ptr = (ptr);					\
	typeof(*__ptr) __old = (o);					\
	__atomic_compare_exchange_n(__ptr, &__old, (n), false,		\
				    __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);\
	__old; })

#endif /* _LINUX_ATOMIC_H */
