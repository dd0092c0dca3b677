#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# replay.sh VMLINUX - run every reproducer of tools/testing/fuzz/
# reproducers/ (`make fuzz-replay`, and a gate of `make check`): each
# NAME.prog is a text program of the fuzzer with a comment saying what it
# found; it must run FUZZ_REPLAY_RUNS times (default 20: most findings
# are races) without a finding, a sanitizer report or a hang; a run
# still going after FUZZ_REPLAY_TIMEOUT seconds (300) is a hang.

set -uo pipefail
vmlinux=${1:?usage: replay.sh VMLINUX}
dir=$(dirname "$0")/reproducers
runs=${FUZZ_REPLAY_RUNS:-20}
limit=${FUZZ_REPLAY_TIMEOUT:-300}
pass=0
fail=0

# run_limited SECONDS IN CMD...: CMD with standard input IN, killed after
# SECONDS seconds of running.  Not timeout(1): the time the process group
# is stopped (SIGSTOP, while benchmarks run) must not count, or a stop
# longer than the limit makes a hang of a reproducer that was fine.  So
# the limit is counted in sleeps of 0.2 s, and a stop ends one of them.
run_limited()
{
	local secs=$1 in=$2 pid n=0
	shift 2
	"$@" <"$in" &
	pid=$!
	while kill -0 $pid 2>/dev/null; do
		sleep 0.2
		n=$((n + 1))
		if [ $n -ge $((secs * 5)) ]; then
			echo "replay: still running after ${secs}s; killed"
			kill -KILL $pid 2>/dev/null
			break
		fi
	done
	wait $pid
}

for f in "$dir"/*.prog; do
	[ -e "$f" ] || continue
	name=$(basename "$f" .prog)
	out=$(run_limited "$limit" "$f" "$vmlinux" fuzz run "$runs" 2>&1)
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
