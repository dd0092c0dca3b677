// SPDX-License-Identifier: GPL-2.0
/*
 * barrier.c - the word that smp_mb() and friends touch in a
 * ThreadSanitizer build (see <linux/atomic.h>): TSan does not model
 * stand-alone fences, so there a barrier is a sequentially consistent
 * read-modify-write of this one shared word.  Unused otherwise.
 */
#include <linux/atomic.h>

int smp_barrier_word;
