/* SPDX-License-Identifier: GPL-2.0 */
/*
 * glob.h - shell-style wildcard matching (kunit=GLOB, later cgroup
 * selectors).
 */
#ifndef _LINUX_GLOB_H
#define _LINUX_GLOB_H

#include <linux/types.h>

bool __pure glob_match(const char *pat, const char *str);

#endif /* _LINUX_GLOB_H */
