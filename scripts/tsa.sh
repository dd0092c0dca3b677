#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# tsa.sh - `make tsa`: clang's thread-safety analysis over the kernel side.
#
#	scripts/tsa.sh KERNEL_CPPFLAGS... -- FILE.c...
#
# Every file is compiled with clang -fsyntax-only -Wthread-safety -Werror
# and -DWARN_CONTEXT_ANALYSIS, under which <linux/compiler.h> turns
# __must_hold/__acquires/__releases/__guarded_by into clang capability
# attributes.  Any diagnostic fails the gate.  Extra flags: TSAFLAGS=...

set -uo pipefail

cppflags=()
while [ $# -gt 0 ] && [ "$1" != -- ]; do
	cppflags+=("$1")
	shift
done
[ "${1:-}" = -- ] && shift
[ $# -gt 0 ] || { echo "tsa: no files"; exit 0; }
command -v clang >/dev/null ||
	{ echo "tsa.sh: clang not installed; run 'make deps'" >&2; exit 1; }

one()
{
	local out

	out=$(clang -fsyntax-only -std=gnu11 -ffreestanding \
		-fno-strict-aliasing -DWARN_CONTEXT_ANALYSIS \
		-Wthread-safety -Werror ${TSAFLAGS:-} "${cppflags[@]}" "$1" 2>&1)
	if [ $? -ne 0 ] || [ -n "$out" ]; then
		printf '%s\n' "$out"
		echo "tsa: $1: FAILED"
		return 1
	fi
}
export -f one
export TSAFLAGS="${TSAFLAGS:-}"

# xargs runs `one` with the flags as its positional parameters.
fail=0
printf '%s\n' "$@" |
	xargs -d '\n' -P "$(nproc)" -I{} bash -c \
		'cppflags=("$@"); one {}' _ "${cppflags[@]}" || fail=1
if [ $fail -ne 0 ]; then
	echo "tsa: FAILED (clang -Wthread-safety)"
	exit 1
fi
echo "tsa: $# files clean"
