#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# run.sh - boot Debian's user-mode-linux kernel and run a cgroup selftest
# binary inside it, on a cgroup v1 hierarchy without controllers, on one
# with the cpu controller, and on cgroup v2 (see init.sh).
#
#	run.sh [-n ITER] [-t THREADS] [-T SECONDS] TEST_BINARY
#
# The guest sees the host's / read-only through hostfs (so the binary and
# its libraries are simply there), a tmpfs on /run, and one host directory
# read-write for the results.  Prints one TAP 13 stream: a test per
# hierarchy, the guest's own TAP nested (indented) under each.
#
# Exit: 0 all passed; 1 a test failed, the guest timed out or crashed;
# 4 (skip) when UML is missing or cannot boot here, with the reason.
#
# UML is /usr/bin/linux.uml (package user-mode-linux), or $UML.  It keeps
# its memory in $TMPDIR, /dev/shm when that is writable.

set -u

iters=500
threads=64
timeout=900
usage="usage: $0 [-n ITER] [-t THREADS] [-T SECONDS] TEST_BINARY"
while getopts n:t:T: opt; do
	case $opt in
	n) iters=$OPTARG ;;
	t) threads=$OPTARG ;;
	T) timeout=$OPTARG ;;
	*) echo "$usage" >&2; exit 1 ;;
	esac
done
shift $((OPTIND - 1))
[ $# -eq 1 ] || { echo "$usage" >&2; exit 1; }
test_bin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)

skip()
{
	echo "TAP version 13"
	echo "1..0 # SKIP $*"
	exit 4
}

uml=${UML:-$(command -v linux.uml || command -v linux || true)}
if [ -z "$uml" ] || [ ! -x "$uml" ]; then
	skip "user-mode-linux is not installed (Debian package user-mode-linux)"
fi
[ -x "$test_bin" ] || { echo "$0: $test_bin is not executable" >&2; exit 1; }
case "$test_bin$here" in
*[[:space:]]*) skip "paths with spaces cannot go on the UML command line" ;;
/run/*) skip "the tree is under /run, which the guest mounts over" ;;
esac

if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
	export TMPDIR=/dev/shm
fi
out=$(mktemp -d "${TMPDIR:-/tmp}/procs_atomic_uml.XXXXXX") ||
	skip "no writable directory for UML's memory and results"
trap 'rm -rf "$out"' EXIT

# UML runs in its own process group under timeout(1), which kills the
# whole group (UML's helper processes too) when the guest hangs.  The
# guest's own test timeout is shorter, so a hang inside it still leaves
# results.
guest_timeout=$((timeout - 60 > 60 ? timeout - 60 : 60))
timeout -k 10 "$timeout" "$uml" mem=512M \
	rootfstype=hostfs rootflags=/ ro init="$here/init.sh" \
	con=null con0=null,fd:1 quiet \
	UML_OUT="$out" UML_TEST="$test_bin" UML_ITERS="$iters" \
	UML_THREADS="$threads" UML_TIMEOUT="$guest_timeout" \
	</dev/null >"$out/console.log" 2>&1
uml_rc=$?

if [ ! -f "$out/booted" ]; then
	reason=$(grep -v '^[[:space:]]*$' "$out/console.log" | tail -n 3 |
		tr '\n' ' ')
	skip "user-mode-linux did not boot here (exit $uml_rc): ${reason:-no output}"
fi

echo "TAP version 13"
echo "# user-mode-linux $(cat "$out/booted") ($uml)"
echo "1..3"
n=0
fail=0
pass=0
for name in v1-named v1-cpu v2; do
	n=$((n + 1))
	if [ -f "$out/$name.tap" ]; then
		sed 's/^/    /' "$out/$name.tap"
	fi
	rc=$(cat "$out/$name.rc" 2>/dev/null || echo none)
	case $rc in
	0) echo "ok $n uml $name"; pass=$((pass + 1)) ;;
	4) echo "ok $n uml $name # SKIP $(grep -m1 'SKIP' "$out/$name.tap" |
		sed 's/.*# SKIP //')" ;;
	none) echo "not ok $n uml $name # no result (guest exit $uml_rc)"
		fail=$((fail + 1)) ;;
	*) echo "not ok $n uml $name"; fail=$((fail + 1)) ;;
	esac
done
if [ ! -f "$out/done" ]; then
	echo "# guest did not finish (exit $uml_rc); last console lines:"
	tail -n 20 "$out/console.log" | sed 's/^/# /'
fi
echo "# Totals: pass:$pass fail:$fail skip:$((n - pass - fail))"
[ $fail -eq 0 ] || exit 1
[ $pass -gt 0 ] || exit 4
exit 0
