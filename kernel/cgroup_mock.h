/* SPDX-License-Identifier: GPL-2.0 */
/*
 * cgroup_mock.h - the interface of the mock subsystem (kernel/cgroup_mock.c)
 * for the core's KUnit suites: its hooks, its log of calls, and the
 * functions that arm, record and render it.
 */
#ifndef _KERNEL_CGROUP_MOCK_H
#define _KERNEL_CGROUP_MOCK_H

#include <linux/cgroup.h>
#include <linux/spinlock.h>
#include <linux/types.h>

enum mock_hook {
	MOCK_CREATE,
	MOCK_DESTROY,
	MOCK_CAN_ATTACH,
	MOCK_CAN_ATTACH_TASK,
	MOCK_CANCEL_ATTACH,
	MOCK_PRE_ATTACH,
	MOCK_ATTACH_TASK,
	MOCK_ATTACH,
	MOCK_FORK,
	MOCK_EXIT,
	MOCK_POPULATE,
	MOCK_POST_CLONE,
	MOCK_BIND,
	MOCK_NR_HOOKS,
};

/**
 * struct mock_call - one recorded hook call
 * @n: mock instance (0, 1, 2)
 * @hook: which hook
 * @cgrp: its cgroup argument
 * @old_cgrp: attach/exit: the old cgroup
 * @tsk: its task argument, or NULL
 * @linked: fork: the task was on its css_set's task list
 */
struct mock_call {
	int n;
	enum mock_hook hook;
	struct cgroup *cgrp;
	struct cgroup *old_cgrp;
	struct task_struct *tsk;
	bool linked;
};

#define MOCK_LOG_MAX	128

/**
 * struct mock_log - the calls recorded since mock_record()
 * @recording: mock_record() was called, mock_reset() not since
 * @nr: calls in @calls
 * @dropped: calls past MOCK_LOG_MAX, not recorded
 * @calls: the calls, in order
 *
 * Protected by mock_lock: a case reads @calls under it.
 */
struct mock_log {
	bool recording;
	int nr;
	int dropped;
	struct mock_call calls[MOCK_LOG_MAX];
};

/**
 * struct mock_css - a mock instance's state of one cgroup
 * @css: the core's part
 * @val: the value of the instance's "val" file
 */
struct mock_css {
	struct cgroup_subsys_state css;
	u64 val;
};

/* An action run inside a hook call: the hook's task argument, @arg */
typedef void (*mock_action_fn)(struct task_struct *tsk, void *arg);

extern spinlock_t mock_lock;
extern struct mock_log mock_log;

void mock_subsys_enable(bool on);
void mock_reset(void);
void mock_record(void);
void mock_fail_on(int n, enum mock_hook hook, struct task_struct *tsk,
		  int err);
void mock_act_on(int n, enum mock_hook hook, mock_action_fn fn, void *arg);
int mock_act_hits(void);
const char *mock_trace(char *buf, size_t size, unsigned long mask);

#define MOCK_ATTACH_HOOKS						\
	((1UL << MOCK_CAN_ATTACH) | (1UL << MOCK_CAN_ATTACH_TASK) |	\
	 (1UL << MOCK_CANCEL_ATTACH) | (1UL << MOCK_PRE_ATTACH) |		\
	 (1UL << MOCK_ATTACH_TASK) | (1UL << MOCK_ATTACH))
#define MOCK_ALL_HOOKS	((1UL << MOCK_NR_HOOKS) - 1)

#endif /* _KERNEL_CGROUP_MOCK_H */
