/* SPDX-License-Identifier: GPL-2.0 */
/*
 * rculist.h - list and hlist operations that RCU readers may traverse
 * concurrently.
 *
 * Updaters serialise among themselves (a lock) and publish new entries
 * with a RELEASE store of the link readers follow; readers traverse under
 * rcu_read_lock() (or the update lock, given as the optional lockdep
 * condition) loading every link with an ACQUIRE load.  A removed entry
 * keeps its forward link, so a reader standing on it can go on; it may be
 * freed only after a grace period.
 */
#ifndef _LINUX_RCULIST_H
#define _LINUX_RCULIST_H

#include <linux/list.h>
#include <linux/rcupdate.h>

/* The ->next link as the __rcu pointer readers follow. */
#define list_next_rcu(list)	(*((struct list_head __rcu **)(&(list)->next)))
#define hlist_first_rcu(head)	(*((struct hlist_node __rcu **)(&(head)->first)))
#define hlist_next_rcu(node)	(*((struct hlist_node __rcu **)(&(node)->next)))
#define hlist_pprev_rcu(node)	(*((struct hlist_node __rcu **)((node)->pprev)))

/* Optional lockdep condition of the _rcu iterators. */
#define __list_check_rcu(dummy, cond, extra...)				\
	RCU_LOCKDEP_WARN(!(cond) && !rcu_read_lock_held(),		\
			 "RCU-list traversed outside a read section")

static inline void __list_add_rcu(struct list_head *new,
				  struct list_head *prev,
				  struct list_head *next)
{
	new->next = next;
	new->prev = prev;
	rcu_assign_pointer(list_next_rcu(prev), new);
	next->prev = new;
}

static inline void list_add_rcu(struct list_head *new, struct list_head *head)
{
	__list_add_rcu(new, head, head->next);
}

static inline void list_add_tail_rcu(struct list_head *new,
				     struct list_head *head)
{
	__list_add_rcu(new, head->prev, head);
}

/* Unlink @entry; readers on it still reach the rest of the list. */
static inline void list_del_rcu(struct list_head *entry)
{
	__list_del_entry(entry);
	entry->prev = LIST_POISON2;
}

static inline void list_replace_rcu(struct list_head *old,
				    struct list_head *new)
{
	new->next = old->next;
	new->prev = old->prev;
	rcu_assign_pointer(list_next_rcu(new->prev), new);
	new->next->prev = new;
	old->prev = LIST_POISON2;
}

#define list_entry_rcu(ptr, type, member)				\
	container_of(__atomic_load_n(&(ptr), __ATOMIC_CONSUME), type, member)

#define list_first_or_null_rcu(ptr, type, member) ({			\
	struct list_head *__ptr = (ptr);				\
	struct list_head *__next =					\
		__atomic_load_n(&__ptr->next, __ATOMIC_CONSUME);	\
	likely(__ptr != __next) ? list_entry(__next, type, member) : NULL; \
})

/* Walk an RCU list; @cond (optional) names a lock that also allows it. */
#define list_for_each_entry_rcu(pos, head, member, cond...)		\
	for (__list_check_rcu(dummy, ## cond, 0),			\
	     pos = list_entry_rcu((head)->next, typeof(*pos), member);	\
	     &pos->member != (head);					\
	     pos = list_entry_rcu(pos->member.next, typeof(*pos), member))

static inline void hlist_add_head_rcu(struct hlist_node *n,
				      struct hlist_head *h)
{
	struct hlist_node *first = h->first;

	n->next = first;
	WRITE_ONCE(n->pprev, &h->first);
	rcu_assign_pointer(hlist_first_rcu(h), n);
	if (first)
		WRITE_ONCE(first->pprev, &n->next);
}

static inline void hlist_del_rcu(struct hlist_node *n)
{
	__hlist_del(n);
	WRITE_ONCE(n->pprev, LIST_POISON2);
}

static inline void hlist_del_init_rcu(struct hlist_node *n)
{
	if (!hlist_unhashed(n)) {
		__hlist_del(n);
		WRITE_ONCE(n->pprev, NULL);
	}
}

#define hlist_entry_rcu_safe(ptr, type, member) ({			\
	struct hlist_node *____ptr =					\
		__atomic_load_n(&(ptr), __ATOMIC_CONSUME);		\
	____ptr ? hlist_entry(____ptr, type, member) : NULL;		\
})

#define hlist_for_each_entry_rcu(pos, head, member, cond...)		\
	for (__list_check_rcu(dummy, ## cond, 0),			\
	     pos = hlist_entry_rcu_safe((head)->first, typeof(*(pos)),	\
					member);			\
	     pos;							\
	     pos = hlist_entry_rcu_safe((pos)->member.next,		\
					typeof(*(pos)), member))

#endif /* _LINUX_RCULIST_H */
