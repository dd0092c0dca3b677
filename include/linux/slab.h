/* SPDX-License-Identifier: GPL-2.0 */
/*
 * slab.h - kmalloc() and kmem_cache, on the host allocator (mm/slab.c).
 *
 * Every allocating call is a macro that passes its call site,
 * "file:line" (ALLOC_SITE), down to host_ops.mem_alloc(), so the fault
 * injector (<linux/fault-inject.h>) can fail one named site and the site
 * registry can list every site a code path reached.  A site is the line
 * of the kmalloc() call itself, so a test can name the site of an
 * allocation it makes with ALLOC_SITE on the same line.
 *
 * All allocations count as live objects until freed: host_ops.mem_live()
 * is how KUnit checks that a test case leaked nothing.
 */
#ifndef _LINUX_SLAB_H
#define _LINUX_SLAB_H

#include <linux/compiler.h>
#include <linux/types.h>
#include <linux/gfp.h>

/* The call site of the expansion, as the fault injector names it. */
#define ALLOC_SITE	__FILE__ ":" __stringify(__LINE__)

/* Flags of kmem_cache_create(); alignment is the host's (16 bytes). */
#define SLAB_HWCACHE_ALIGN	0x00002000UL
#define SLAB_PANIC		0x00040000UL
#define SLAB_ACCOUNT		0x04000000UL

#define ARCH_KMALLOC_MINALIGN	16

struct kmem_cache;

void *__kmalloc(size_t size, gfp_t flags, const char *site) __must_check;
void *__kmalloc_array(size_t n, size_t size, gfp_t flags, const char *site)
	__must_check;
char *__kstrdup(const char *s, gfp_t gfp, const char *site);
char *__kstrndup(const char *s, size_t max, gfp_t gfp, const char *site);
void *__kmemdup(const void *src, size_t len, gfp_t gfp, const char *site);
void kfree(const void *objp);

#define kmalloc(size, flags)	__kmalloc(size, flags, ALLOC_SITE)
#define kzalloc(size, flags)	__kmalloc(size, (flags) | __GFP_ZERO, ALLOC_SITE)
#define kmalloc_array(n, size, flags)					\
	__kmalloc_array(n, size, flags, ALLOC_SITE)
#define kcalloc(n, size, flags)						\
	__kmalloc_array(n, size, (flags) | __GFP_ZERO, ALLOC_SITE)
#define kstrdup(s, gfp)		__kstrdup(s, gfp, ALLOC_SITE)
#define kstrndup(s, max, gfp)	__kstrndup(s, max, gfp, ALLOC_SITE)
#define kmemdup(src, len, gfp)	__kmemdup(src, len, gfp, ALLOC_SITE)

/* No vmalloc area here: the kv* variants are the k* ones. */
#define kvmalloc(size, flags)	kmalloc(size, flags)
#define kvzalloc(size, flags)	kzalloc(size, flags)
#define kvmalloc_array(n, size, flags)	kmalloc_array(n, size, flags)
#define kvcalloc(n, size, flags)	kcalloc(n, size, flags)
#define kvfree(p)		kfree(p)

struct kmem_cache *__kmem_cache_create(const char *name, unsigned int size,
				       unsigned int align, unsigned long flags,
				       void (*ctor)(void *), const char *site);
void *__kmem_cache_alloc(struct kmem_cache *cachep, gfp_t flags,
			 const char *site);
void kmem_cache_free(struct kmem_cache *cachep, void *objp);
void kmem_cache_destroy(struct kmem_cache *cachep);

#define kmem_cache_create(name, size, align, flags, ctor)		\
	__kmem_cache_create(name, size, align, flags, ctor, ALLOC_SITE)
#define kmem_cache_alloc(cachep, flags)					\
	__kmem_cache_alloc(cachep, flags, ALLOC_SITE)
#define kmem_cache_zalloc(cachep, flags)				\
	__kmem_cache_alloc(cachep, (flags) | __GFP_ZERO, ALLOC_SITE)

/* A cache named after, and sized for, struct @__struct. */
#define KMEM_CACHE(__struct, __flags)					\
	kmem_cache_create(#__struct, sizeof(struct __struct),		\
			  __alignof__(struct __struct), (__flags), NULL)

#endif /* _LINUX_SLAB_H */
