#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# kunit-stress.sh - run every KUnit suite many times in a row and report
# each failing case (make kunit-stress RUNS=N).
#
# For every build (plain, SANITIZE=thread, SANITIZE=address,undefined)
# and every load (alone; beside one CPU burner per host CPU), the whole
# suite runs RUNS times: OUT/vmlinux kunit on the test kernel, as `make
# check` runs it.  A run fails when a case fails, the program exits
# non-zero, a sanitizer reports, or the run times out.  Each failing
# run's output is kept in out/kunit-stress/ and its failing cases are
# printed with their first diagnostic lines.  The last line is
#
#	kunit-stress: R runs, F failed
#
# and the exit status is 1 if any run failed.  A case that fails once in
# such a run is a bug to find and fix, never one to retry or skip
# (Documentation/dev-tools/kunit.txt, "Counting without races").
#
# Environment:
#	RUNS		runs per build and load (default 10)
#	STRESS_BUILDS	builds, of "plain thread address,undefined" (default all)
#	STRESS_LOADS	loads, of "alone burn" (default both)
#	BURNERS		CPU burners in the "burn" load (default: nproc)
#	KUNIT_TIMEOUT	seconds a run may take (default 600)
#	JOBS		make -j for the builds (default 2)

set -uo pipefail
. "$(dirname "$0")/../../../scripts/checks-common.sh"

RUNS=${RUNS:-10}
STRESS_BUILDS=${STRESS_BUILDS:-plain thread address,undefined}
STRESS_LOADS=${STRESS_LOADS:-alone burn}
BURNERS=${BURNERS:-$(nproc)}
KUNIT_TIMEOUT=${KUNIT_TIMEOUT:-600}
JOBS=${JOBS:-2}
logdir=out/kunit-stress
burner_pids=()

sanitizer_options

stop_burners()
{
	[ ${#burner_pids[@]} -eq 0 ] && return
	kill "${burner_pids[@]}" 2>/dev/null
	wait "${burner_pids[@]}" 2>/dev/null
	burner_pids=()
}
trap stop_burners EXIT

start_burners()
{
	local i

	for ((i = 0; i < BURNERS; i++)); do
		bash -c 'while :; do :; done' &
		burner_pids+=($!)
	done
}

# outdir BUILD: the output directory of the test kernel of a build, as
# the Makefile names it (Documentation/kbuild/kconfig.txt).
outdir()
{
	case $1 in
	plain) echo out-test ;;
	*) echo "out-${1//,/-}" ;;
	esac
}

# failed_cases LOG: "suite.case: first diagnostics" for each failing case.
failed_cases()
{
	awk '
	/^    # Subtest: / { suite = $3 }
	/^        # Subtest: / { param = $3 }
	/^    #  *[a-z_0-9]+: / {
		if (!($2 in diag))
			diag[$2] = substr($0, index($0, $2) + length($2) + 1)
	}
	/^    not ok [0-9]+ / {
		name = $4
		printf "    %s.%s: %s\n", suite, name, diag[name ":"]
	}
	/^Bail out!/ { print "    " $0 }
	' "$1"
}

total=0
failed=0
summary=()
mkdir -p "$logdir"
for build in $STRESS_BUILDS; do
	out=$(outdir "$build")
	san=${build/#plain/}
	header "kunit-stress: build ${build} into $out/"
	if ! make -j"$JOBS" ${san:+SANITIZE=$san} test-vmlinux >/dev/null; then
		echo "kunit-stress: the $build build failed"
		exit 1
	fi
	for load in $STRESS_LOADS; do
		header "kunit-stress: $build, $load, $RUNS runs"
		[ "$load" = burn ] && start_burners
		bad=0
		for ((run = 1; run <= RUNS; run++)); do
			log=$logdir/${build//,/-}-$load-$run.log
			rc=0
			timeout -k 10 "$KUNIT_TIMEOUT" "./$out/vmlinux" kunit \
				</dev/null >"$log" 2>&1 || rc=$?
			line=$(grep -oE '^[0-9]+ passed, [0-9]+ failed' "$log" |
			       tail -n 1)
			if [ $rc -eq 0 ] && [[ $line == *" 0 failed" ]] &&
			   ! grep -qE "$sanitizer_report" "$log"; then
				rm -f "$log"
				continue
			fi
			bad=$((bad + 1))
			echo "run $run: ${line:-no summary}, exit status $rc ($log)"
			failed_cases "$log"
			grep -m 3 -E "$sanitizer_report" "$log" | sed 's/^/    /'
		done
		stop_burners
		total=$((total + RUNS))
		failed=$((failed + bad))
		summary+=("$(printf '%-20s %-6s %4d runs, %d failed' \
			"$build" "$load" "$RUNS" "$bad")")
		echo "$build, $load: $RUNS runs, $bad failed"
	done
done

header "kunit-stress summary ($(nproc) CPUs, load at the end: $(cut -d' ' -f1-3 /proc/loadavg))"
printf '  %s\n' "${summary[@]}"
echo "kunit-stress: $total runs, $failed failed"
[ "$failed" -eq 0 ]
