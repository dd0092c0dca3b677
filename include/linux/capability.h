/* SPDX-License-Identifier: GPL-2.0 */
/*
 * capability.h - POSIX capabilities: the numbers are Linux's, a set is a
 * 64-bit mask.  capable(cap) tests current's effective set
 * (kernel/capability.c); root's sets are full, and setresuid() away from
 * root clears them as Linux's default (non-SECURE_NO_SETUID_FIXUP) rules
 * say (kernel/cred.c).
 */
#ifndef _LINUX_CAPABILITY_H
#define _LINUX_CAPABILITY_H

#include <linux/types.h>

#define CAP_CHOWN		0
#define CAP_DAC_OVERRIDE	1
#define CAP_DAC_READ_SEARCH	2
#define CAP_FOWNER		3
#define CAP_FSETID		4
#define CAP_KILL		5
#define CAP_SETGID		6
#define CAP_SETUID		7
#define CAP_SETPCAP		8
#define CAP_NET_ADMIN		12
#define CAP_IPC_LOCK		14
#define CAP_SYS_MODULE		16
#define CAP_SYS_RAWIO		17
#define CAP_SYS_CHROOT		18
#define CAP_SYS_PTRACE		19
#define CAP_SYS_ADMIN		21
#define CAP_SYS_BOOT		22
#define CAP_SYS_NICE		23
#define CAP_SYS_RESOURCE	24
#define CAP_MKNOD		27
#define CAP_LAST_CAP		40

/* kernel_cap_t - a capability set, one bit per CAP_* */
typedef struct {
	u64 val;
} kernel_cap_t;

#define CAP_FULL_SET		((kernel_cap_t){ ((1ULL << (CAP_LAST_CAP + 1)) - 1) })
#define CAP_EMPTY_SET		((kernel_cap_t){ 0 })
#define CAP_TO_MASK(x)		(1ULL << (x))

static inline bool cap_valid(int cap)
{
	return cap >= 0 && cap <= CAP_LAST_CAP;
}

static inline bool cap_raised(kernel_cap_t c, int flag)
{
	return c.val & CAP_TO_MASK(flag);
}

static inline bool cap_isclear(kernel_cap_t c)
{
	return c.val == 0;
}

#define cap_raise(c, flag)	((c).val |= CAP_TO_MASK(flag))
#define cap_lower(c, flag)	((c).val &= ~CAP_TO_MASK(flag))
#define cap_clear(c)		((c).val = 0)

struct task_struct;

bool capable(int cap);
bool has_capability(struct task_struct *t, int cap);
bool has_capability_noaudit(struct task_struct *t, int cap);

#endif /* _LINUX_CAPABILITY_H */
