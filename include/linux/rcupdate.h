/* SPDX-License-Identifier: GPL-2.0 */
/*
 * rcupdate.h - read-copy update, on the host's RCU (liburcu).
 *
 * Readers: rcu_read_lock()/rcu_read_unlock() nest; rcu_read_lock_held()
 * is exact for the calling host thread (a kernel-side __thread nesting
 * counter, kernel/rcu.c).  Pointers that readers follow are marked
 * __rcu; sparse (make C=1) rejects any access to them other than through
 * the accessors below.
 *
 * Updaters publish with rcu_assign_pointer() (a RELEASE store) and readers
 * load with rcu_dereference() (an ACQUIRE load: the compiler's "consume"),
 * so a reader sees the object as it was initialised before publication.
 * An object unlinked from every reader-visible place may be freed after
 * synchronize_rcu(), or by call_rcu()/kfree_rcu() after a grace period.
 *
 * rcu_dereference_check(p, c) is rcu_dereference() that is also valid
 * when c is true (typically lockdep_is_held(&the_update_lock)); outside
 * both it WARNs once, as Linux's CONFIG_PROVE_RCU does.
 */
#ifndef _LINUX_RCUPDATE_H
#define _LINUX_RCUPDATE_H

#include <linux/compiler.h>
#include <linux/types.h>
#include <linux/bug.h>
#include <linux/stddef.h>
#include <host_ops.h>

#if defined(__clang__) && defined(WARN_CONTEXT_ANALYSIS) && !defined(__CHECKER__)
/* The capability that rcu_read_lock() acquires, for -Wthread-safety. */
struct __capability("RCU") rcu_context_token {
	char dummy;
};

extern const struct rcu_context_token RCU;
#endif

typedef void (*rcu_callback_t)(struct rcu_head *head);

/* Read-side nesting depth of the calling host thread (kernel/rcu.c). */
extern __thread int rcu_read_lock_nesting;

static inline void rcu_read_lock(void)
	__acquires_shared(RCU) __no_context_analysis
{
	host_ops.rcu_read_lock();
	rcu_read_lock_nesting++;
	__acquire_shared(RCU);
}

static inline void rcu_read_unlock(void)
	__releases_shared(RCU) __no_context_analysis
{
	WARN_ON_ONCE(rcu_read_lock_nesting <= 0);
	rcu_read_lock_nesting--;
	host_ops.rcu_read_unlock();
	__release_shared(RCU);
}

/**
 * rcu_read_lock_held - is the calling thread in an RCU read section?
 *
 * Context: any host thread.
 * Return: nonzero inside rcu_read_lock()/rcu_read_unlock().
 */
static inline int rcu_read_lock_held(void)
{
	return rcu_read_lock_nesting > 0;
}

void synchronize_rcu(void);
void call_rcu(struct rcu_head *head, rcu_callback_t func);
void rcu_barrier(void);
void rcu_quiesce(void);
void __kfree_rcu(struct rcu_head *head, unsigned long offset);

/* kfree(ptr) after a grace period; @rhf is ptr's struct rcu_head field. */
#define kfree_rcu(ptr, rhf) do {					\
	typeof(ptr) ___p = (ptr);					\
									\
	if (___p)							\
		__kfree_rcu(&___p->rhf, offsetof(typeof(*___p), rhf));	\
} while (0)

#ifdef __CHECKER__
#define rcu_check_sparse(p, space)					\
	((void)(((typeof(*(p)) space *)p) == p))
#else
#define rcu_check_sparse(p, space)
#endif

#define RCU_LOCKDEP_WARN(c, s)	WARN_ONCE((c), "%s\n", (s))

#define __rcu_access_pointer(p, local, space) ({			\
	typeof(*(p)) *local = (typeof(*(p)) *__force)READ_ONCE(p);		\
	rcu_check_sparse(p, space);					\
	((typeof(*(p)) __force __kernel *)(local));			\
})

#define __rcu_dereference_check(p, local, c, space) ({			\
	/* ACQUIRE: pairs with rcu_assign_pointer()'s RELEASE. */	\
	typeof(*(p)) *local = (typeof(*(p)) *__force)			\
		__atomic_load_n(&(p), __ATOMIC_CONSUME);		\
	RCU_LOCKDEP_WARN(!(c), "suspicious rcu_dereference_check() usage"); \
	rcu_check_sparse(p, space);					\
	((typeof(*(p)) __force __kernel *)(local));			\
})

#define __rcu_dereference_protected(p, local, c, space) ({		\
	RCU_LOCKDEP_WARN(!(c), "suspicious rcu_dereference_protected() usage"); \
	rcu_check_sparse(p, space);					\
	((typeof(*(p)) __force __kernel *)(p));				\
})

#define __rcu_dereference_raw(p, local) ({				\
	typeof(p) local = (typeof(p) __force)				\
		__atomic_load_n(&(p), __ATOMIC_CONSUME);		\
	((typeof(*(p)) __force __kernel *)(local));			\
})

/* A pointer value, not to be dereferenced: no read section needed. */
#define rcu_access_pointer(p)						\
	__rcu_access_pointer((p), __UNIQUE_ID(rcu), __rcu)

#define rcu_dereference_check(p, c)					\
	__rcu_dereference_check((p), __UNIQUE_ID(rcu),			\
				(c) || rcu_read_lock_held(), __rcu)

#define rcu_dereference(p)	rcu_dereference_check(p, 0)

/* The update-side lock @c is held: no ordering needed, no read section. */
#define rcu_dereference_protected(p, c)					\
	__rcu_dereference_protected((p), __UNIQUE_ID(rcu), (c), __rcu)

#define rcu_dereference_raw(p)	__rcu_dereference_raw(p, __UNIQUE_ID(rcu))

#define RCU_INITIALIZER(v)	((typeof(*(v)) __force __rcu *)(v))

/* Publish @v at @p: what @v points to was initialised before. */
#define rcu_assign_pointer(p, v)					\
	__atomic_store_n(&(p), RCU_INITIALIZER(v), __ATOMIC_RELEASE)

/* Set @p where no reader can see it yet, or to NULL. */
#define RCU_INIT_POINTER(p, v) do {					\
	rcu_check_sparse(p, __rcu);					\
	WRITE_ONCE(p, RCU_INITIALIZER(v));				\
} while (0)

/* Replace @rcu_ptr by @ptr under the update lock (@c); returns the old. */
#define rcu_replace_pointer(rcu_ptr, ptr, c) ({				\
	typeof(ptr) __tmp = rcu_dereference_protected((rcu_ptr), (c));	\
	rcu_assign_pointer((rcu_ptr), (ptr));				\
	__tmp;								\
})

#endif /* _LINUX_RCUPDATE_H */
