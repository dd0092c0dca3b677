#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# replay.sh VMLINUX - run every reproducer of tools/testing/fuzz/
# reproducers/ (`make fuzz-replay`, and a gate of `make check`): each
# NAME.prog is a text program of the fuzzer with a comment saying what it
# found; it must run FUZZ_REPLAY_RUNS times (default 20: most findings
# are races) without a finding, a sanitizer report or a hang.

set -uo pipefail
vmlinux=${1:?usage: replay.sh VMLINUX}
dir=$(dirname "$0")/reproducers
runs=${FUZZ_REPLAY_RUNS:-20}
pass=0
fail=0

for f in "$dir"/*.prog; do
	[ -e "$f" ] || continue
	name=$(basename "$f" .prog)
	out=$(timeout -k 10 300 "$vmlinux" fuzz run "$runs" <"$f" 2>&1)
	rc=$?
	if [ $rc -eq 0 ] && ! grep -qE 'FINDING|ERROR: AddressSanitizer|runtime error:|WARNING: ThreadSanitizer' <<<"$out"; then
		echo "ok $name"
		pass=$((pass + 1))
	else
		echo "$out" | tail -n 60
		echo "not ok $name (exit status $rc)"
		fail=$((fail + 1))
	fi
done
echo "fuzz-replay: $pass passed, $fail failed"
[ $fail -eq 0 ]
