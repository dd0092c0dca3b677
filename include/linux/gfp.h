/* SPDX-License-Identifier: GPL-2.0 */
/*
 * gfp.h - allocation flags.  The host allocator has no zones or reclaim,
 * so only __GFP_ZERO changes what an allocation does; the others record
 * the caller's context (may it sleep?) as Linux code states it.
 */
#ifndef _LINUX_GFP_H
#define _LINUX_GFP_H

#include <linux/types.h>

#define __GFP_HIGH		((__force gfp_t)0x001u)
#define __GFP_IO		((__force gfp_t)0x002u)
#define __GFP_FS		((__force gfp_t)0x004u)
#define __GFP_DIRECT_RECLAIM	((__force gfp_t)0x008u)
#define __GFP_KSWAPD_RECLAIM	((__force gfp_t)0x010u)
#define __GFP_NOWARN		((__force gfp_t)0x020u)
#define __GFP_NORETRY		((__force gfp_t)0x040u)
#define __GFP_ACCOUNT		((__force gfp_t)0x080u)
#define __GFP_ZERO		((__force gfp_t)0x100u)
#define __GFP_RECLAIM	(__GFP_DIRECT_RECLAIM | __GFP_KSWAPD_RECLAIM)

#define GFP_ATOMIC	(__GFP_HIGH | __GFP_KSWAPD_RECLAIM)
#define GFP_NOWAIT	(__GFP_KSWAPD_RECLAIM)
#define GFP_NOIO	(__GFP_RECLAIM)
#define GFP_NOFS	(__GFP_RECLAIM | __GFP_IO)
#define GFP_KERNEL	(__GFP_RECLAIM | __GFP_IO | __GFP_FS)
#define GFP_KERNEL_ACCOUNT	(GFP_KERNEL | __GFP_ACCOUNT)
#define GFP_USER	GFP_KERNEL

static inline bool gfpflags_allow_blocking(const gfp_t gfp_flags)
{
	return !!(gfp_flags & __GFP_DIRECT_RECLAIM);
}

#endif /* _LINUX_GFP_H */
