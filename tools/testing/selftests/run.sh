#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Black-box console selftests.  Every tools/testing/selftests/*/NAME.sh that
# has a NAME.expected beside it is fed to a fresh hosted kernel on stdin
# (the console then runs it as a script, without prompts); everything the
# console prints, stdout and stderr together, must equal NAME.expected.
#
# Usage: run.sh VMLINUX [GLOB]	(GLOB filters on DIR/NAME, e.g. 'cgroup/*')
# Output: TAP 13, then a line "N passed, N failed".  Exit 0 when none failed.

set -u
vmlinux=${1:?usage: run.sh VMLINUX [GLOB]}
filter=${2:-*}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

tests=()
for script in "$here"/*/*.sh; do
	[ -f "${script%.sh}.expected" ] || continue
	name=${script#"$here"/}
	name=${name%.sh}
	# shellcheck disable=SC2053
	[[ $name == $filter ]] || continue
	tests+=("$script")
done

echo "TAP version 13"
echo "1..${#tests[@]}"
pass=0
fail=0
n=0
for script in "${tests[@]}"; do
	n=$((n + 1))
	name=${script#"$here"/}
	name=${name%.sh}
	out="$tmp/out"
	timeout 120 "$vmlinux" < "$script" > "$out" 2>&1
	status=$?
	if diff -u "${script%.sh}.expected" "$out" > "$tmp/diff"; then
		echo "ok $n $name"
		pass=$((pass + 1))
	else
		echo "not ok $n $name # exit status $status"
		sed 's/^/# /' "$tmp/diff"
		fail=$((fail + 1))
	fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
