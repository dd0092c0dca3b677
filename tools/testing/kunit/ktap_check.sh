#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# ktap_check.sh - check the KTAP output of `./vmlinux kunit`.
#
# Usage: ./vmlinux kunit | tools/testing/kunit/ktap_check.sh [-v] [FILE]
#
# Reads KTAP version 1 as lib/kunit prints it: a "KTAP version 1" header,
# a plan "1..N", and for each suite an indented subtest (4 spaces per
# level; KUNIT_CASE_PARAM() cases nest one level more) ending with an
# "ok N name" / "not ok N name" line at the parent's level; "# ..."
# lines are diagnostics.  The very last line must be the runner's
# summary "P passed, F failed" (optionally ", S skipped").
#
# Checks: every level starts with a plan before its results, results are
# numbered 1, 2, ... and their count matches the plan, the summary agrees
# with the case results (the first subtest level), and nothing else
# appears.  -v echoes the stream.
#
# A "Bail out!" line (the runner gave up, e.g. on a hung case) ends the
# checks of the structure: only the summary line may follow, and the
# result is a failure.
#
# Exit status: 0 if the stream is well-formed and nothing failed; 1 if it
# is well-formed but a case or suite failed, or bailed out; 2 if it is
# malformed.

verbose=0
if [ "$1" = "-v" ]; then
	verbose=1
	shift
fi

awk -v verbose="$verbose" '
function fail(msg) {
	printf("ktap_check: line %d: %s\n    %s\n", NR, msg, $0) > "/dev/stderr"
	malformed = 1
	exit 2
}

# Close every level deeper than lvl: each must have met its plan.
function close_levels(lvl,    l) {
	for (l = depth; l > lvl; l--) {
		if (plan[l] < 0)
			fail("subtest at level " l " has no plan")
		if (count[l] != plan[l])
			fail("subtest at level " l " planned " plan[l] \
			     " results but had " count[l])
		delete plan[l]
		delete count[l]
	}
	if (depth > lvl)
		depth = lvl
}

function indent_level(line,    n) {
	match(line, /^ */)
	n = RLENGTH
	if (n % 4)
		fail("indentation is not a multiple of 4")
	return n / 4
}

BEGIN {
	depth = -1
	summary_seen = 0
	malformed = 0
	cases_ok = cases_fail = cases_skip = 0
	top_fail = 0
}

{
	if (verbose)
		print
	if (summary_seen)
		fail("output after the summary line")
}

NR == 1 {
	if ($0 != "KTAP version 1")
		fail("first line is not \"KTAP version 1\"")
	depth = 0
	plan[0] = -1
	count[0] = 0
	next
}

/^[0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?$/ {
	summary_seen = 1
	sum_pass = $1
	sum_fail = $3
	sum_skip = (NF >= 6) ? $5 : 0
	next
}

/^ *$/ {
	fail("empty line")
}

bailed {
	fail("only the summary line may follow \"Bail out!\"")
}

/^ *Bail out!/ {
	bailed = 1
	next
}

/^ *#/ {
	next
}

/^ *KTAP version 1$/ {
	lvl = indent_level($0)
	if (lvl == 0)
		fail("a second top-level header")
	close_levels(lvl - 1)
	if (lvl != depth + 1)
		fail("subtest header at level " lvl " inside level " depth)
	depth = lvl
	plan[lvl] = -1
	count[lvl] = 0
	next
}

/^ *1\.\.[0-9]+$/ {
	lvl = indent_level($0)
	if (lvl != depth)
		fail("plan at level " lvl " but the open level is " depth)
	if (plan[lvl] >= 0)
		fail("second plan at level " lvl)
	if (count[lvl] > 0)
		fail("plan after results at level " lvl)
	line = $0
	sub(/^ *1\.\./, "", line)
	plan[lvl] = line + 0
	next
}

/^ *(not )?ok [0-9]+( |$)/ {
	lvl = indent_level($0)
	if (lvl > depth)
		fail("result at level " lvl " outside any subtest")
	close_levels(lvl)
	if (plan[lvl] < 0)
		fail("result before the plan at level " lvl)
	line = $0
	sub(/^ */, "", line)
	is_ok = (line ~ /^ok /)
	sub(/^(not )?ok /, "", line)
	num = line
	sub(/ .*/, "", num)
	if (num + 0 != count[lvl] + 1)
		fail("result number " num ", expected " (count[lvl] + 1))
	count[lvl]++
	skipped = (line ~ / # SKIP( |$)/)
	if (lvl == 1) {
		if (!is_ok)
			cases_fail++
		else if (skipped)
			cases_skip++
		else
			cases_ok++
	}
	if (lvl == 0 && !is_ok)
		top_fail++
	next
}

{
	fail("not a KTAP line")
}

END {
	if (malformed)
		exit 2
	if (NR == 0) {
		print "ktap_check: empty input" > "/dev/stderr"
		exit 2
	}
	if (bailed) {
		if (!summary_seen)
			fail("no summary line after \"Bail out!\"")
		print "ktap_check: the run bailed out" > "/dev/stderr"
		exit 1
	}
	close_levels(0)
	if (plan[0] < 0)
		fail("no top-level plan")
	if (count[0] != plan[0])
		fail("planned " plan[0] " suites but saw " count[0])
	if (!summary_seen)
		fail("no \"N passed, N failed\" summary as the last line")
	if (sum_pass != cases_ok || sum_fail != cases_fail || \
	    sum_skip != cases_skip)
		fail("summary says " sum_pass "/" sum_fail "/" sum_skip \
		     " passed/failed/skipped; results say " cases_ok "/" \
		     cases_fail "/" cases_skip)
	if (cases_fail || top_fail) {
		printf("ktap_check: %d case(s) failed\n", cases_fail) \
			> "/dev/stderr"
		exit 1
	}
	printf("ktap_check: ok: %d suites, %d passed, %d skipped\n", \
	       count[0], cases_ok, cases_skip) > "/dev/stderr"
	exit 0
}
' "$@"
