#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# kerneldoc.sh - `make kerneldoc`: scripts/kernel-doc -none -v over every
# kernel-side .c/.h file (or the files given), from Debian's
# linux-source-6.1 (scripts/get-kernel-tools.sh).
#
# -none parses every /** comment and prints nothing but its complaints;
# -v adds the ones style.txt 7 cares about (no Return: description, no
# one-line summary).  Any output fails the gate, except -v's "contents
# before sections", which it prints for every function without
# parameters whose description precedes its Context:/Return: sections,
# the layout kernel-doc.rst itself shows.  kernel-doc only checks
# the comments that exist: a non-static function with no comment at all
# is for review (and for checkpatch's view of the prototype).

set -euo pipefail
. "$(dirname "$0")/checks-common.sh"

tools=$(scripts/get-kernel-tools.sh)
if [ $# -gt 0 ]; then
	files=("$@")
else
	mapfile -t files < <(kernel_c_files)
fi
[ ${#files[@]} -gt 0 ] || { echo "kerneldoc: no files"; exit 0; }

out=$(printf '%s\n' "${files[@]}" |
	xargs -d '\n' -n 50 perl "$tools/kernel-doc" -none -v 2>&1 |
	grep -Ev '^[0-9]+ (warnings|errors)$|: info: Scanning doc for |: warning: contents before sections$' || true)
if [ -n "$out" ]; then
	printf '%s\n' "$out"
	echo "kerneldoc: $(grep -c . <<<"$out") report(s) in ${#files[@]} files: FAILED"
	exit 1
fi
echo "kerneldoc: ${#files[@]} files clean"
