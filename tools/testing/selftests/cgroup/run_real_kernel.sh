#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# run_real_kernel.sh - build test_procs_atomic and run it on a real Linux
# kernel: Debian's user-mode-linux 6.1, booted here by uml/run.sh, on a
# cgroup v1 hierarchy without controllers, one with cpu, and cgroup v2.
# `make check` calls it.
#
#	run_real_kernel.sh [-n ITER] [-t THREADS] [-T SECONDS]
#
# Defaults: 100 moves with 32 threads per hierarchy (UML runs on one
# CPU, with every system call a ptrace round trip), a 900 s cap per boot;
# PROCS_ATOMIC_ITERS, PROCS_ATOMIC_THREADS and PROCS_ATOMIC_TIMEOUT
# change them too.  To test the running kernel instead, run the binary
# directly on a writable cgroup directory:
#
#	out/selftests/cgroup/test_procs_atomic /sys/fs/cgroup/cpu/mine
#
# Prints TAP 13.  Exit 0 when the test passed, 1 when it failed, 4 (skip,
# with the reason) when UML is not installed or cannot boot here.

set -u

here=$(cd "$(dirname "$0")" && pwd)
srctree=$(cd "$here/../../../.." && pwd)
output=${OUTPUT:-$srctree/out/selftests/cgroup}
iters=${PROCS_ATOMIC_ITERS:-100}
threads=${PROCS_ATOMIC_THREADS:-32}
timeout=${PROCS_ATOMIC_TIMEOUT:-900}

while getopts n:t:T: opt; do
	case $opt in
	n) iters=$OPTARG ;;
	t) threads=$OPTARG ;;
	T) timeout=$OPTARG ;;
	*) echo "usage: $0 [-n ITER] [-t THREADS] [-T SECONDS]" >&2; exit 1 ;;
	esac
done

if ! make -s -C "$here" OUTPUT="$output" WERROR=1 >&2; then
	echo "run_real_kernel.sh: building test_procs_atomic failed" >&2
	exit 1
fi
exec "$here/uml/run.sh" -n "$iters" -t "$threads" -T "$timeout" \
	"$output/test_procs_atomic"
