/* SPDX-License-Identifier: GPL-2.0 */
/*
 * host-internal.h - prototypes shared by the arch/host *_user.c files.
 *
 * Host side only: these functions are reached by the kernel through
 * host_ops (ops_user.c), never by name.  Each group is implemented in the
 * file named by its banner.
 */
#ifndef _ARCH_HOST_HOST_INTERNAL_H
#define _ARCH_HOST_HOST_INTERNAL_H

#include <host_ops.h>

#if defined(__SANITIZE_THREAD__)
# define HOST_TSAN 1
#elif defined(__has_feature)
# if __has_feature(thread_sanitizer)
#  define HOST_TSAN 1
# endif
#endif

#ifdef HOST_TSAN
void __tsan_acquire(void *addr);
void __tsan_release(void *addr);
# define host_tsan_acquire(addr)	__tsan_acquire(addr)
# define host_tsan_release(addr)	__tsan_release(addr)
#else
# define host_tsan_acquire(addr)	((void)(addr))
# define host_tsan_release(addr)	((void)(addr))
#endif

/* mem_user.c */
void *host_mem_alloc(unsigned long size, int zero, const char *site);
void host_mem_free(void *ptr);
long host_mem_live(void);
unsigned long host_mem_size(const void *ptr);
long host_mem_bytes(void);
long host_mem_peak_bytes(int reset);
#ifdef CONFIG_FAILSLAB
void host_fault_fail_nth(unsigned long nth);
void host_fault_fail_site(const char *site, long times);
void host_fault_call_nth(unsigned long nth, void (*fn)(void *arg), void *arg);
void host_fault_fail_random(unsigned long long seed, unsigned long one_in,
			    const char *site);
unsigned long host_fault_injected(void);
int host_fault_armed(void);
unsigned long host_fault_sites(struct host_fault_site *sites,
			       unsigned long max);
#endif

/* sync_user.c */
int host_futex_wait(unsigned int *uaddr, unsigned int val,
		    unsigned long long timeout_ns);
int host_futex_wake(unsigned int *uaddr, int nr);
void host_cpu_relax(void);
void host_yield(void);

/* rcu_user.c */
void host_rcu_read_lock(void);
void host_rcu_read_unlock(void);
void host_synchronize_rcu(void);
void host_call_rcu(struct host_rcu_head *head,
		   void (*func)(struct host_rcu_head *head));
void host_rcu_barrier(void);
void host_rcu_quiesce(void);

/* thread_user.c */
struct host_thread *host_thread_create(void (*fn)(void *arg), void *arg,
				       unsigned long stack_size);
void host_thread_join(struct host_thread *thread);
void host_thread_detach(struct host_thread *thread);
__attribute__((noreturn)) void host_thread_exit(void);
long host_threads_running(void);
long host_threads_wait(long max, unsigned long long timeout_ns);
unsigned long host_thread_self_id(void);
int host_thread_pin_cpu(int cpu);

#define ARRAY_SIZE(arr)	(sizeof(arr) / sizeof((arr)[0]))

/* time_user.c */
unsigned long long host_time_ns(void);
unsigned long long host_thread_cpu_ns(void);
void host_sleep_ns(unsigned long long ns);
unsigned long long host_random_seed(void);

/* console_user.c */
void host_print(const char *buf, unsigned long len);
void host_console_write(const char *buf, unsigned long len);
long host_console_read_line(char *buf, unsigned long size);
int host_console_is_tty(void);
__attribute__((noreturn)) void host_panic(void);
__attribute__((noreturn)) void host_halt(int status);

/* fuse_user.c */
struct host_fs_bridge;
int host_fuse_start(const char *dir, const struct host_fs_bridge *bridge);
void host_fuse_stop(void);

#endif /* _ARCH_HOST_HOST_INTERNAL_H */
