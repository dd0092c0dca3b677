#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# parse-console.sh - judge the console output of a torture run, as
# tools/testing/selftests/rcutorture/bin/parse-console.sh does for Linux.
#
# Usage: parse-console.sh LOG [TYPE]
#	LOG	the run's output (stdout and stderr)
#	TYPE	the test's name ("cgroup": lines start with "cgroup-torture:")
#
# Exits 0 when the last torture line is "TYPE-torture: --- End of test:
# SUCCESS" and the log has no WARNING, BUG, "!!!" marker or sanitizer
# report; otherwise prints what it found and exits 1.  "???" lines
# (suspicious counts) are shown but do not fail the run.

set -u

log=${1:?usage: parse-console.sh LOG [TYPE]}
type=${2:-cgroup}
fail=0

if [ ! -r "$log" ]; then
	echo "parse-console: cannot read $log"
	exit 1
fi

final=$(grep -a "^$type-torture: --- End of test:" "$log" | tail -n 1)
if [ -z "$final" ]; then
	echo "parse-console: no '$type-torture: --- End of test' line (crash or hang?)"
	tail -n 20 "$log"
	fail=1
elif [ "$final" != "$type-torture: --- End of test: SUCCESS" ]; then
	echo "parse-console: $final"
	fail=1
fi

# Anything after the final line other than the kernel's own shutdown?
last=$(grep -a -n "^$type-torture: --- End of test:" "$log" | tail -n 1 |
       cut -d: -f1)
if [ -n "$last" ]; then
	after=$(tail -n +"$((last + 1))" "$log" | grep -a -E 'WARNING|BUG|!!!')
	if [ -n "$after" ]; then
		echo "parse-console: after the final line:"
		echo "$after"
		fail=1
	fi
fi

bad=$(grep -a -E 'WARNING|BUG|!!!|ERROR: (Address|Thread|Leak)Sanitizer|runtime error:' \
	"$log" | head -n 20)
if [ -n "$bad" ]; then
	echo "parse-console: problems reported:"
	echo "$bad"
	fail=1
fi

grep -a -F '???' "$log" | head -n 5 | sed 's/^/parse-console: suspicious: /'

if [ "$fail" -eq 0 ]; then
	echo "parse-console: $final"
fi
exit "$fail"
