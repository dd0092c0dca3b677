#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Black-box console selftests.  Every tools/testing/selftests/*/NAME.sh that
# has a NAME.expected beside it is fed to a fresh hosted kernel on stdin
# (the console then runs it as a script, without prompts); everything the
# console prints, stdout and stderr together, must equal NAME.expected.
#
# A test that needs kernel options says so in a line of its script,
#	# needs: CONFIG_CGROUPS CONFIG_CPUSETS
# and is skipped ("ok N name # SKIP") by a kernel built without one of
# them: the options are read from include/config/auto.conf in VMLINUX's
# output directory, or from $KCONFIG_AUTOCONFIG (without either, every
# test runs).
#
# Usage: run.sh VMLINUX [GLOB]	(GLOB filters on DIR/NAME, e.g. 'cgroup/*')
# Output: TAP 13, then a line "N passed, N failed" (", N skipped" when
# some were).  Exit 0 when none failed.

set -u
vmlinux=${1:?usage: run.sh VMLINUX [GLOB]}
filter=${2:-*}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

autoconf=${KCONFIG_AUTOCONFIG:-$(dirname "$vmlinux")/include/config/auto.conf}

# The options of the script's "# needs:" lines that the kernel lacks.
unmet()
{
	local opt

	[ -f "$autoconf" ] || return 0
	for opt in $(sed -n 's/^# needs://p' "$1"); do
		grep -qx "$opt=y" "$autoconf" 2>/dev/null || printf ' %s' "$opt"
	done
}

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
skip=0
n=0
for script in "${tests[@]}"; do
	n=$((n + 1))
	name=${script#"$here"/}
	name=${name%.sh}
	missing=$(unmet "$script")
	if [ -n "$missing" ]; then
		echo "ok $n $name # SKIP needs$missing"
		skip=$((skip + 1))
		continue
	fi
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
if [ "$skip" -gt 0 ]; then
	echo "$pass passed, $fail failed, $skip skipped"
else
	echo "$pass passed, $fail failed"
fi
[ "$fail" -eq 0 ]
