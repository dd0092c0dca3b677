// SPDX-License-Identifier: GPL-2.0
/*
 * slab.c - kmalloc() and kmem_cache on the host allocator.
 *
 * There are no slabs: every object is one host allocation, so ASan sees
 * each one and the host's live-object counter counts each one.  Every
 * entry point takes the call site of the kmalloc()-style macro that
 * called it (ALLOC_SITE) and hands it to host_ops.mem_alloc(), which is
 * where the fault injector decides to fail a call.  A kmem_cache is a
 * name, an object size, an optional constructor and a count of objects
 * allocated from it and not freed, checked when the cache is destroyed.
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/preempt.h>
#include <linux/lockdep.h>
#include <host_ops.h>

/**
 * struct kmem_cache - a named pool of same-sized objects
 * @name: for reports
 * @size: object size in bytes
 * @flags: SLAB_* flags given at creation
 * @ctor: called on every new object, or NULL
 * @live: objects allocated from the cache and not yet freed (atomic)
 */
struct kmem_cache {
	const char *name;
	unsigned int size;
	unsigned long flags;
	void (*ctor)(void *obj);
	long live;
};

/**
 * __kmalloc - allocate memory (use kmalloc() and kzalloc())
 * @size: bytes to allocate
 * @flags: GFP flags; __GFP_ZERO zeroes the memory
 * @site: call site, "file:line"
 *
 * Context: any host thread.
 * Return: the memory, or NULL if the host is out of memory or the fault
 * injector failed this call.
 */
void *__kmalloc(size_t size, gfp_t flags, const char *site)
{
	might_sleep_if(gfpflags_allow_blocking(flags));
	return host_ops.mem_alloc(size, !!(flags & __GFP_ZERO), site);
}

/**
 * __kmalloc_array - allocate an array (use kmalloc_array() and kcalloc())
 * @n: number of elements
 * @size: size of one element
 * @flags: GFP flags; __GFP_ZERO zeroes the memory
 * @site: call site, "file:line"
 *
 * Context: any host thread.
 * Return: the memory, or NULL if @n * @size overflows, the host is out
 * of memory or the fault injector failed this call.
 */
void *__kmalloc_array(size_t n, size_t size, gfp_t flags, const char *site)
{
	size_t bytes;

	if (unlikely(__builtin_mul_overflow(n, size, &bytes)))
		return NULL;
	return __kmalloc(bytes, flags, site);
}

/**
 * kfree - free memory from the kmalloc() family
 * @objp: the memory, or NULL
 *
 * Context: any host thread.
 */
void kfree(const void *objp)
{
	/* CONFIG_DEBUG_LOCK_ALLOC: no lock the caller holds is freed. */
	if (IS_ENABLED(CONFIG_DEBUG_LOCK_ALLOC) && objp)
		debug_check_no_locks_freed(objp, host_ops.mem_size(objp));
	host_ops.mem_free((void *)objp);
}

/**
 * __kstrdup - copy a string into new memory (use kstrdup())
 * @s: the string, or NULL
 * @gfp: GFP flags
 * @site: call site, "file:line"
 *
 * Context: any host thread.
 * Return: the copy, or NULL if @s is NULL or allocation failed.
 */
char *__kstrdup(const char *s, gfp_t gfp, const char *site)
{
	size_t len;
	char *buf;

	if (!s)
		return NULL;
	len = strlen(s) + 1;
	buf = __kmalloc(len, gfp, site);
	if (buf)
		memcpy(buf, s, len);
	return buf;
}

/**
 * __kstrndup - copy at most @max bytes of a string (use kstrndup())
 * @s: the string, or NULL
 * @max: most bytes to copy, the terminating NUL not counted
 * @gfp: GFP flags
 * @site: call site, "file:line"
 *
 * Context: any host thread.
 * Return: the NUL-terminated copy, or NULL if @s is NULL or allocation
 * failed.
 */
char *__kstrndup(const char *s, size_t max, gfp_t gfp, const char *site)
{
	size_t len;
	char *buf;

	if (!s)
		return NULL;
	len = strnlen(s, max);
	buf = __kmalloc(len + 1, gfp, site);
	if (buf) {
		memcpy(buf, s, len);
		buf[len] = '\0';
	}
	return buf;
}

/**
 * __kmemdup - copy memory into new memory (use kmemdup())
 * @src: what to copy
 * @len: how many bytes
 * @gfp: GFP flags
 * @site: call site, "file:line"
 *
 * Context: any host thread.
 * Return: the copy, or NULL if allocation failed.
 */
void *__kmemdup(const void *src, size_t len, gfp_t gfp, const char *site)
{
	void *p = __kmalloc(len, gfp, site);

	if (p)
		memcpy(p, src, len);
	return p;
}

/**
 * __kmem_cache_create - create a cache (use kmem_cache_create())
 * @name: the cache's name, which must outlive it
 * @size: object size
 * @align: object alignment; at most ARCH_KMALLOC_MINALIGN
 * @flags: SLAB_* flags; with SLAB_PANIC a failure panics
 * @ctor: constructor run on each new object, or NULL
 * @site: call site, "file:line"
 *
 * Context: any host thread.
 * Return: the cache, or NULL on failure.
 */
struct kmem_cache *__kmem_cache_create(const char *name, unsigned int size,
				       unsigned int align, unsigned long flags,
				       void (*ctor)(void *), const char *site)
{
	struct kmem_cache *cachep;

	if (WARN_ON_ONCE(align > ARCH_KMALLOC_MINALIGN))
		goto out_fail;
	cachep = __kmalloc(sizeof(*cachep), GFP_KERNEL | __GFP_ZERO, site);
	if (!cachep)
		goto out_fail;
	cachep->name = name;
	cachep->size = size;
	cachep->flags = flags;
	cachep->ctor = ctor;
	return cachep;

out_fail:
	if (flags & SLAB_PANIC)
		panic("kmem_cache_create: cannot create cache %s", name);
	return NULL;
}

/**
 * __kmem_cache_alloc - allocate an object (use kmem_cache_alloc())
 * @cachep: the cache
 * @flags: GFP flags; __GFP_ZERO zeroes the object (before the ctor)
 * @site: call site, "file:line"
 *
 * Context: any host thread.
 * Return: the object, or NULL on failure.
 */
void *__kmem_cache_alloc(struct kmem_cache *cachep, gfp_t flags,
			 const char *site)
{
	void *obj = __kmalloc(cachep->size, flags, site);

	if (!obj)
		return NULL;
	__atomic_fetch_add(&cachep->live, 1, __ATOMIC_RELAXED);
	if (cachep->ctor)
		cachep->ctor(obj);
	return obj;
}

/**
 * kmem_cache_free - free an object of a cache
 * @cachep: the cache it came from
 * @objp: the object, or NULL
 *
 * Context: any host thread.
 */
void kmem_cache_free(struct kmem_cache *cachep, void *objp)
{
	if (!objp)
		return;
	__atomic_fetch_sub(&cachep->live, 1, __ATOMIC_RELAXED);
	debug_check_no_locks_freed(objp, cachep->size);
	host_ops.mem_free(objp);
}

/**
 * kmem_cache_destroy - destroy a cache whose objects were all freed
 * @cachep: the cache, or NULL
 *
 * Context: any host thread.  WARNs if objects are still allocated (they
 * leak, as in Linux).
 */
void kmem_cache_destroy(struct kmem_cache *cachep)
{
	long live;

	if (!cachep)
		return;
	live = __atomic_load_n(&cachep->live, __ATOMIC_RELAXED);
	WARN(live, "%s %s: %ld objects remaining\n", __func__,
	     cachep->name, live);
	host_ops.mem_free(cachep);
}
