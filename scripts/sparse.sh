#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# sparse.sh - run sparse on one kernel-side file: `make C=1` calls it for
# every kernel object it compiles, `make sparse` for every kernel-side .c
# file whether or not it needs rebuilding.
#
#	scripts/sparse.sh KERNEL_CPPFLAGS... FILE.c
#
# sparse exits 0 after most reports, so the gate is its output: anything
# sparse prints fails.  Flags: -Wsparse-error makes sparse's own exit code
# agree; -Wbitwise and -Wcontext (lock balance, from the __acquires/
# __releases/__must_hold context() attributes in <linux/compiler.h>) are
# on; -Wno-return-void accepts `return f();` in void functions, as Kbuild
# does.  Extra flags: SPARSEFLAGS=... (Kbuild's CF=...).

set -uo pipefail

[ $# -ge 1 ] || { echo "usage: $0 CPPFLAGS... FILE.c" >&2; exit 2; }
command -v sparse >/dev/null ||
	{ echo "sparse.sh: sparse not installed; run 'make deps'" >&2; exit 1; }

out=$(sparse -std=gnu11 -Wsparse-error -Wbitwise -Wcontext \
	-Wno-return-void ${SPARSEFLAGS:-} ${CF:-} "$@" 2>&1)
rc=$?
if [ -n "$out" ] || [ $rc -ne 0 ]; then
	printf '%s\n' "$out"
	echo "sparse: ${*: -1}: FAILED" >&2
	exit 1
fi
