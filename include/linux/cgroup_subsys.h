/* SPDX-License-Identifier: GPL-2.0 */
/*
 * cgroup_subsys.h - the list of cgroup subsystems.
 *
 * This file has no include guard on purpose: it is an x-macro, included
 * with a different definition of SUBSYS() each time.  <linux/cgroup.h>
 * expands it for the subsystem ids (enum cgroup_subsys_id) and the extern
 * declarations of the subsystem objects, kernel/cgroup.c for the pointer
 * table subsys[].  The position in this list is the subsystem id, and ids
 * are also the order in which the core calls a hierarchy's subsystems.
 *
 * Add a subsystem with one SUBSYS() line here, one .c file defining
 * `struct cgroup_subsys <name>_subsys` and one Makefile line.  Surround
 * each entry by a line of comment markers so that patches adding
 * subsystems do not collide.
 */

/* */

#ifdef CONFIG_CPUSETS
SUBSYS(cpuset)
#endif

/* */

#ifdef CONFIG_CGROUP_DEBUG
SUBSYS(debug)
#endif

/* */

#ifdef CONFIG_CGROUP_NS
SUBSYS(ns)
#endif

/* */

#ifdef CONFIG_CGROUP_SCHED
SUBSYS(cpu_cgroup)
#endif

/* */

#ifdef CONFIG_CGROUP_CPUACCT
SUBSYS(cpuacct)
#endif

/* */

#ifdef CONFIG_CGROUP_MEM_RES_CTLR
SUBSYS(mem_cgroup)
#endif

/* */

#ifdef CONFIG_CGROUP_DEVICE
SUBSYS(devices)
#endif

/* */

#ifdef CONFIG_CGROUP_FREEZER
SUBSYS(freezer)
#endif

/* */

#ifdef CONFIG_BLK_CGROUP
SUBSYS(blkio)
#endif

/* */

/* The sample subsystem (samples/cgroup/nice_cgroup.c) */
#ifdef CONFIG_SAMPLE_CGROUP_NICE
SUBSYS(nice)
#endif

/* */

/*
 * Three instances of the KUnit mock subsystem (kernel/cgroup_mock.c), so
 * tests can fail a hook in the first, a middle and the last position.
 */
#ifdef CONFIG_CGROUP_MOCK
SUBSYS(mock0)
SUBSYS(mock1)
SUBSYS(mock2)
#endif

/* */
