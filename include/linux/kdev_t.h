/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kdev_t.h - device numbers: a dev_t holds a 12-bit major and a 20-bit
 * minor, as in Linux (MAJOR, MINOR, MKDEV).
 */
#ifndef _LINUX_KDEV_T_H
#define _LINUX_KDEV_T_H

#include <linux/types.h>

#define MINORBITS	20
#define MINORMASK	((1U << MINORBITS) - 1)

#define MAJOR(dev)	((unsigned int)((dev) >> MINORBITS))
#define MINOR(dev)	((unsigned int)((dev) & MINORMASK))
#define MKDEV(ma, mi)	((dev_t)(((ma) << MINORBITS) | (mi)))

#endif /* _LINUX_KDEV_T_H */
