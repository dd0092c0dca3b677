/* SPDX-License-Identifier: GPL-2.0 */
/*
 * uidgid.h - user and group ids as the kernel holds them.  There is one
 * user namespace, so a kuid_t is the plain number (Linux 2011's shape)
 * and the helpers below are identities, kept for Linux's vocabulary.
 */
#ifndef _LINUX_UIDGID_H
#define _LINUX_UIDGID_H

#include <linux/types.h>

typedef uid_t kuid_t;
typedef gid_t kgid_t;

#define GLOBAL_ROOT_UID		((kuid_t)0)
#define GLOBAL_ROOT_GID		((kgid_t)0)
#define INVALID_UID		((kuid_t)-1)
#define INVALID_GID		((kgid_t)-1)

static inline bool uid_eq(kuid_t left, kuid_t right)
{
	return left == right;
}

static inline bool gid_eq(kgid_t left, kgid_t right)
{
	return left == right;
}

static inline bool uid_valid(kuid_t uid)
{
	return uid != INVALID_UID;
}

static inline bool gid_valid(kgid_t gid)
{
	return gid != INVALID_GID;
}

#endif /* _LINUX_UIDGID_H */
