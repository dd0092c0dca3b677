#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# check-seam.sh - the kernel reaches the host only through host_ops
# (Documentation/process/style.txt 1; `make checkseam`, step (b) of
# `make check`).
#
#	scripts/check-seam.sh [--sanitized] OUT/kernel.o
#
# 1. `nm -u` of the relocatable kernel object (every kernel-side object
#    linked with ld -r) may list only:
#	host_*				the seam (host_ops)
#	memcpy memset memmove memcmp	what the compiler emits for struct
#					copies and initialisers
#	__stack_chk_fail		when the stack protector is on
#	__start_* __stop_*		linker-made section bounds (initcalls,
#					user_programs, kunit suites)
#	_GLOBAL_OFFSET_TABLE_		linker-made; named by objects that
#					use __thread variables
#    and, with --sanitized, the instrumentation's __asan_* __tsan_*
#    __ubsan_* __sanitizer_* __lsan_* entry points.
# 2. scripts/lint.sh host-includes: no host header on the kernel side.
# 3. scripts/lint.sh file-list: host files are arch/host/*_user.c, listed
#    as host-y, and every .c is built by some Makefile.
#
# --no-lint skips 2 and 3 (for a second kernel.o of the same tree).

set -euo pipefail

sanitized=0
lint=1
obj=
for arg; do
	case "$arg" in
	--sanitized) sanitized=1 ;;
	--no-lint) lint=0 ;;
	-*) echo "usage: $0 [--sanitized] OUT/kernel.o" >&2; exit 2 ;;
	*) obj=$arg ;;
	esac
done
[ -n "$obj" ] || { echo "usage: $0 [--sanitized] OUT/kernel.o" >&2; exit 2; }
[ -f "$obj" ] || { echo "check-seam: $obj missing: build it first (make $obj)" >&2; exit 1; }

allowed='^(host_[A-Za-z0-9_]*|memcpy|memset|memmove|memcmp|__stack_chk_fail|__start_[A-Za-z0-9_]+|__stop_[A-Za-z0-9_]+|_GLOBAL_OFFSET_TABLE_)$'
if [ $sanitized -eq 1 ]; then
	allowed="${allowed%)\$}|__(asan|tsan|ubsan|sanitizer|lsan)_[A-Za-z0-9_]+)\$"
fi

status=0
undef=$(${NM:-nm} -u "$obj" | awk '{ print $NF }' | sort -u)
bad=$(grep -vE "$allowed" <<<"$undef" || true)
if [ -n "$bad" ]; then
	echo "check-seam: $obj needs symbols the seam does not provide:"
	sed 's/^/	/' <<<"$bad"
	echo "check-seam: the kernel side may call the host only through" \
		"host_ops (arch/host/include/host_ops.h); define these in" \
		"the kernel, or add an operation to host_ops"
	status=1
else
	echo "check-seam: $obj: $(grep -c . <<<"$undef") undefined" \
		"symbols, all through the seam"
fi

if [ $lint -eq 1 ]; then
	"$(dirname "$0")"/lint.sh host-includes file-list || status=1
fi
exit $status
