#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Console selftests.  Every console/NAME.sh is fed to a fresh hosted
# kernel on stdin and everything the console prints, stdout and stderr
# together, must equal NAME.expected.  Then `./vmlinux -c 'cmds'` is
# checked for its output and its exit status (the last command's).
#
# Usage: run.sh [VMLINUX]	(default: ./out/vmlinux)
# Output: TAP 13 ("ok N name" / "not ok N name"), then "N passed, N failed".
# Exit status 0 when nothing failed.

set -u
vmlinux=${1:-./out/vmlinux}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# -c cases: name, commands, expected output, expected exit status
c_cases=(
	"c_spawn_pid"	'echo 31336 > /proc/sys/kernel/ns_last_pid; spawn'
			'31337'	0
	"c_threads"	'spawn -t 4 > /tmp/pid; ls /proc/$!/task > /tmp/t; cat /proc/$!/status > /tmp/s; ls /tmp'
			$'pid\ns\nt'	0
	"c_last_status"	'true; false'	''	1
	"c_exit"	'exit 3; echo not reached'	''	3
	"c_write_error"	'echo -5 > /proc/sys/kernel/ns_last_pid'
			'sh: echo: write error: Invalid argument'	1
	"c_not_found"	'true; nosuchcommand'
			'sh: nosuchcommand: command not found'	127
	"c_newlines"	$'echo a\necho b'	$'a\nb'	0
)

scripts=("$here"/*.sh)
total=$(( ${#c_cases[@]} / 4 ))
for script in "${scripts[@]}"; do
	[ -f "${script%.sh}.expected" ] && total=$((total + 1))
done

echo "TAP version 13"
echo "1..$total"
n=0
pass=0
fail=0

report() {	# name ok [diagnostics file]
	n=$((n + 1))
	if [ "$2" = 1 ]; then
		echo "ok $n $1"
		pass=$((pass + 1))
	else
		echo "not ok $n $1"
		[ -n "${3:-}" ] && sed 's/^/# /' "$3"
		fail=$((fail + 1))
	fi
}

for script in "${scripts[@]}"; do
	expected=${script%.sh}.expected
	[ -f "$expected" ] || continue
	name=console/$(basename "${script%.sh}")
	timeout 120 "$vmlinux" < "$script" > "$tmp/out" 2>&1
	if diff -u "$expected" "$tmp/out" > "$tmp/diff"; then
		report "$name" 1
	else
		report "$name" 0 "$tmp/diff"
	fi
done

for ((i = 0; i < ${#c_cases[@]}; i += 4)); do
	name=console/${c_cases[i]}
	timeout 120 "$vmlinux" -c "${c_cases[i + 1]}" > "$tmp/out" 2>&1
	status=$?
	printf '%s\n' "${c_cases[i + 2]}" | sed '/^$/d' > "$tmp/want"
	if diff -u "$tmp/want" "$tmp/out" > "$tmp/diff" &&
	   [ "$status" -eq "${c_cases[i + 3]}" ]; then
		report "$name" 1
	else
		echo "exit status $status, want ${c_cases[i + 3]}" >> "$tmp/diff"
		report "$name" 0 "$tmp/diff"
	fi
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
