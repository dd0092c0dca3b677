// SPDX-License-Identifier: GPL-2.0
/*
 * cgroup_debug_test.c - the debug subsystem's declaration for the
 * contract suite (kernel/cgroup_contract_test.c); its files are tested
 * with the core's (cgroup_files).  It #includes cgroup_debug.c, as every
 * controller's test file includes its controller, so that the snapshot
 * could see its state; the debug subsystem keeps none but an empty state
 * per cgroup, so its snapshot is empty and the suite checks its hooks'
 * calls, their balance and its files.
 */
#include "cgroup_debug.c"
#include "cgroup_kunit.h"

static void debug_contract_snapshot(struct cgk_state *st,
				    struct cgroup_subsys *ss,
				    struct cgroup *cgrp, struct task_struct *tsk)
{
}

CGROUP_CONTRACT(debug, .snapshot = debug_contract_snapshot);
