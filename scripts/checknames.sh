#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# checknames.sh - one name per concept (Documentation/process/style.txt 3;
# part of `make lint`).
#
# In the cgroup code (kernel/cgroup*.c, include/linux/cgroup*.h) a
# variable, parameter or member of type struct cgroup * is `cgrp` (or a
# name that says which one: old_cgrp, parent, child, root...), and one of
# type struct css_set * is `cg` (the 2011 name).  The synonyms below are
# rejected: grp, cs, cset, proc, css_set, cgr and cgp.  (css->cgroup
# keeps its Linux name: a member called `cgroup` is fine.)

set -euo pipefail
. "$(dirname "$0")/checks-common.sh"

synonyms='grp|cs|cset|proc|css_set|cgr|cgp'
re="struct[[:space:]]+(cgroup|css_set)[[:space:]]*\\*+[[:space:]]*($synonyms)[[:space:]]*[,;)=\\[]"

mapfile -t files < <(all_files | grep -E '^(kernel/cgroup[^/]*\.c|include/linux/cgroup[^/]*\.h)$' || true)
[ ${#files[@]} -gt 0 ] || { echo "checknames: no cgroup files yet"; exit 0; }

out=$(grep -HnE "$re" "${files[@]}" || true)
if [ -n "$out" ]; then
	printf '%s\n' "$out"
	echo "checknames: FAILED: name a struct cgroup * 'cgrp' and a" \
		"struct css_set * 'cg' (style.txt 3)"
	exit 1
fi
echo "checknames: ${#files[@]} files use cgrp/cg"
