// SPDX-License-Identifier: GPL-2.0
/*
 * ops_user.c - host_ops, the single object through which the kernel
 * reaches its host.  Every member of struct host_operations is filled in;
 * the functions live in the *_user.c file named in host-internal.h.
 * The table is const: nothing changes it after the program is loaded.
 */
#include "host-internal.h"

const struct host_operations host_ops = {
	.mem_alloc		= host_mem_alloc,
	.mem_free		= host_mem_free,
	.mem_size		= host_mem_size,
	.mem_live		= host_mem_live,
	.mem_bytes		= host_mem_bytes,
	.mem_peak_bytes		= host_mem_peak_bytes,

#ifdef CONFIG_FAILSLAB
	.fault_fail_nth		= host_fault_fail_nth,
	.fault_fail_site	= host_fault_fail_site,
	.fault_call_nth		= host_fault_call_nth,
	.fault_fail_random	= host_fault_fail_random,
	.fault_injected		= host_fault_injected,
	.fault_armed		= host_fault_armed,
	.fault_sites		= host_fault_sites,
#endif

	.futex_wait		= host_futex_wait,
	.futex_wake		= host_futex_wake,
	.cpu_relax		= host_cpu_relax,
	.yield			= host_yield,

	.rcu_read_lock		= host_rcu_read_lock,
	.rcu_read_unlock	= host_rcu_read_unlock,
	.synchronize_rcu	= host_synchronize_rcu,
	.call_rcu		= host_call_rcu,
	.rcu_barrier		= host_rcu_barrier,
	.rcu_quiesce		= host_rcu_quiesce,

	.thread_create		= host_thread_create,
	.thread_join		= host_thread_join,
	.thread_detach		= host_thread_detach,
	.thread_exit		= host_thread_exit,
	.thread_self_id		= host_thread_self_id,
	.threads_running	= host_threads_running,
	.threads_wait		= host_threads_wait,
	.thread_pin_cpu		= host_thread_pin_cpu,

	.time_ns		= host_time_ns,
	.thread_cpu_ns		= host_thread_cpu_ns,
	.sleep_ns		= host_sleep_ns,
	.random_seed		= host_random_seed,

	.print			= host_print,
	.console_write		= host_console_write,
	.console_read_line	= host_console_read_line,
	.console_is_tty		= host_console_is_tty,

	.fuse_start		= host_fuse_start,
	.fuse_stop		= host_fuse_stop,

	.panic			= host_panic,
	.halt			= host_halt,
};
