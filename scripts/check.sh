#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# check.sh - what `make check` runs (after `make deps`), and what CI runs
# three times (.ci/run): plain, SANITIZE=thread, SANITIZE=address,undefined.
#
# The dynamic gates run the test kernel: arch/host/defconfig with the
# fragments of TEST_CONFIGS (the top Makefile) on top, built by `make
# test-vmlinux` in OUT = out-test (out-thread, out-address-undefined
# with SANITIZE=).  out/ and ./vmlinux, the user's own configuration,
# are left alone.
#
# Gates, in order; each prints a "==== [n/N] name" header:
#
#   build	make -j2 test-vmlinux (-Werror is the Makefile's default)
#   seam	scripts/check-seam.sh OUT/kernel.o: nm -u through host_ops
#		only, no host header on the kernel side, file-list lint
#   nolockdebug	the test kernel without lock debugging (its fragments and
#		kernel/configs/nolockdebug.config, in out-nolockdebug/): no
#		lockdep-lite, lock_stat or might_sleep checks, as the
#		benchmarks and a distribution build it; must build, keep
#		the seam, pass KUnit and a short torture run	[plain only]
#   samples	the test kernel with every sample of samples/ (off in the
#		defconfig) built in: samples/configs/samples.config on
#		top, in out-samples/ (out-samples-thread, ... with
#		SANITIZE=); the samples' KUnit suites and the cgroup
#		contract suite, which then covers them, must pass, and a
#		short torture run with their entries
#   kunit	OUT/vmlinux kunit, through tools/testing/kunit/ktap_check.sh
#		when it exists; the last "N passed, M failed" line must say
#		0 failed, and the program must exit 0
#   selftest	make selftest: every selftest passes, and none is skipped
#		(TEST_CONFIGS has every option a "# needs:" line names)
#   torture	make torture (a short run; skipped while there is no rule)
#   fuzzreplay	every fuzzer reproducer (tools/testing/fuzz/replay.sh) in
#		./OUT/vmlinux
#   fuzz	a short run of the system-call fuzzer (make fuzz,
#		FUZZ_CHECK_SECONDS, default 60; it builds out-fuzz/ with
#		clang), after tools/testing/fuzz/timeout_test.sh (the
#		harness's time-out ignores stops), then
#		tools/testing/fuzz/decode_test.sh	[plain only]
#   fuse	tools/testing/selftests/fuse/run.sh: the selftests through the
#		FUSE mount, each kernel's exit status and output checked
#		(skipped without /dev/fuse)
#   realkernel	test_procs_atomic on Linux 6.1 (user-mode-linux)
#						[plain only]
#   configs	scripts/buildbot.sh: allnoconfig, defconfig, allyesconfig
#		and BUILDBOT_RANDCONFIGS (3) randconfigs, each built
#		without a warning, booted, and passing its KUnit suites
#		and the selftests it has the options for; the seeds are
#		printed				[plain only]
#   coccirules	scripts/coccicheck --selftest (our rules fire on their bad
#		examples and stay silent on the good ones)	[plain only]
#   sparse, tsa, coccicheck, checkpatch, kerneldoc, lint
#		the static gates of scripts/Makefile.checks, on the test
#		kernel's configuration		[plain only]
#
# With SANITIZE=thread or SANITIZE=address,undefined the test kernel is
# built in its own output directory (out-thread, out-address-undefined)
# and the dynamic gates (kunit, selftest, torture, fuse) run with the
# sanitizer options below: the first report stops the program with a
# non-zero exit status, and any report in the output fails the gate even
# if it did not (the FUSE selftests check every kernel they boot,
# shutdown included).  The static gates, the build bot and the
# real-kernel test are not repeated.
#
# The run stops at the first failing gate.  CHECK_KEEP_GOING=1 runs every
# gate anyway (gates that need OUT/vmlinux are skipped when the build
# failed) and fails at the end.  A summary table ends the output, and
# the kunit line "N passed, M failed" is repeated as the last line (and
# written to OUT/kunit.summary).
#
# A gate function returns 0 (pass), 77 (skip) or anything else (fail).
#
# Environment: SANITIZE, O, JOBS (default 2), CHECK_KEEP_GOING,
# KUNIT_TIMEOUT (seconds; default 600, 900 sanitized), CHECK_GATES (a
# space-separated subset of the gates to run, for debugging).

set -euo pipefail
. "$(dirname "$0")/checks-common.sh"

SANITIZE=${SANITIZE:-}
san_suffix=${SANITIZE//,/-}
if [ -n "$SANITIZE" ]; then
	O=${O:-out-$san_suffix}
else
	O=${O:-out-test}
fi
JOBS=${JOBS:-2}
keep_going=${CHECK_KEEP_GOING:-0}
if [ -n "$SANITIZE" ]; then
	KUNIT_TIMEOUT=${KUNIT_TIMEOUT:-900}
else
	KUNIT_TIMEOUT=${KUNIT_TIMEOUT:-600}
fi
export SANITIZE O

# Called from `make check`: our sub-makes get their own -j, not a
# jobserver this recipe never received.
MAKEFLAGS=$(sed -E 's/(^| )--jobserver-(auth|fds)=[^ ]*//g; s/(^| )-j[0-9]*( |$)/ /g' \
	<<<"${MAKEFLAGS:-}")
export MAKEFLAGS

# make with the check targets, included by the top Makefile or not (yet).
mk()
{
	if grep -q '^include scripts/Makefile.checks' Makefile; then
		make "$@"
	else
		make -f Makefile -f scripts/Makefile.checks "$@"
	fi
}

has_rule()
{
	grep -qE "^$1:" Makefile scripts/Makefile.* 2>/dev/null
}

# --- sanitizer run-time options --------------------------------------------
sanitizer_options
# --- gates -------------------------------------------------------------------
gate_build()
{
	make -j"$JOBS" test-vmlinux || {
		echo "check: the build failed (see the first error above)"
		return 1
	}
}

gate_seam()
{
	scripts/check-seam.sh ${SANITIZE:+--sanitized} "$O/kernel.o"
}

# The build bot (scripts/buildbot.sh); its own output directories.
gate_configs()
{
	scripts/buildbot.sh
}

# The samples (samples/, off in arch/host/defconfig): built in, their
# suites, the contract suite and a short torture run on that kernel,
# sanitized too with SANITIZE=.
SAMPLE_SUITES=(nice_cgroup cgroup_contract)
SAMPLE_TORTURE="nprocs=4 nthreads=8 duration=15 stutter=4"

gate_samples()
{
	local dir=out-samples${SANITIZE:+-$san_suffix} suite log line

	make -j"$JOBS" O="$dir" KCONFIG_FRAGMENTS="$SAMPLES_FRAGMENTS" \
		"$dir/vmlinux" || {
		echo "samples: the build failed"
		return 1
	}
	scripts/check-seam.sh --no-lint ${SANITIZE:+--sanitized} \
		"$dir/kernel.o" || return 1
	for suite in "${SAMPLE_SUITES[@]}"; do
		log=$dir/kunit-$suite.log
		timeout -k 10 "$KUNIT_TIMEOUT" "./$dir/vmlinux" kunit="$suite" \
			</dev/null >"$log" 2>&1 || {
			tail -n 60 "$log"
			echo "samples: ./$dir/vmlinux kunit=$suite failed"
			return 1
		}
		line=$(tail -n 1 "$log")
		echo "samples: $suite: $line"
		case $line in
		[1-9]*" passed, 0 failed") ;;
		*) grep -vE '^[[:space:]]*ok ' "$log" | tail -n 60; return 1 ;;
		esac
		if grep -qE "$sanitizer_report" "$log"; then
			grep -E -A20 "$sanitizer_report" "$log" | head -n 60
			echo "samples: $suite: sanitizer report (SANITIZE=$SANITIZE)"
			return 1
		fi
	done
	log=$dir/torture.log
	"./$dir/vmlinux" torture $SAMPLE_TORTURE </dev/null >"$log" 2>&1 || true
	tools/testing/torture/parse-console.sh "$log" || {
		tail -n 40 "$log"
		echo "samples: torture failed"
		return 1
	}
	if grep -qE "$sanitizer_report" "$log"; then
		grep -E -A20 "$sanitizer_report" "$log" | head -n 60
		echo "samples: torture: sanitizer report (SANITIZE=$SANITIZE)"
		return 1
	fi
}

gate_nolockdebug()
{
	local dir=out-nolockdebug rc=0 line

	make -j"$JOBS" O="$dir" \
		KCONFIG_FRAGMENTS="$(make -s test-configs) kernel/configs/nolockdebug.config" \
		"$dir/vmlinux" || {
		echo "nolockdebug: the build failed"
		return 1
	}
	scripts/check-seam.sh --no-lint "$dir/kernel.o" || return 1
	timeout -k 10 "$KUNIT_TIMEOUT" "./$dir/vmlinux" kunit </dev/null \
		>"$dir/kunit.log" 2>&1 || rc=$?
	line=$(tail -n 1 "$dir/kunit.log")
	if [ $rc -ne 0 ] || ! [[ $line =~ ^[0-9]+\ passed,\ 0\ failed ]]; then
		grep -E 'not ok|FAILED|WARNING' "$dir/kunit.log" | head -n 50
		echo "nolockdebug: kunit: ${line:-no summary} (exit status $rc)"
		return 1
	fi
	echo "nolockdebug: kunit: $line"
	# Not through make torture, which would copy this kernel to
	# ./vmlinux.
	"./$dir/vmlinux" torture nprocs=6 nthreads=16 duration=20 stutter=4 \
		</dev/null >"$dir/torture.log" 2>&1 &&
		tools/testing/torture/parse-console.sh "$dir/torture.log" \
		>/dev/null || {
		tail -n 100 "$dir/torture.log"
		echo "nolockdebug: torture FAILED"
		return 1
	}
	grep -q 'End of test: SUCCESS' "$dir/torture.log" || {
		echo "nolockdebug: torture: no 'End of test: SUCCESS' line"
		return 1
	}
	echo "nolockdebug: torture: $(grep -o 'End of test: SUCCESS.*' "$dir/torture.log")"
}

gate_kunit()
{
	local log=$O/kunit.log err=$O/kunit.stderr rc=0 krc=0 line passed failed
	local ktap=tools/testing/kunit/ktap_check.sh

	rm -f "$O/kunit.summary"
	echo "$O/vmlinux kunit (timeout ${KUNIT_TIMEOUT}s)"
	timeout -k 10 "$KUNIT_TIMEOUT" "$O/vmlinux" kunit </dev/null \
		>"$log" 2>"$err" || rc=$?
	# The output, short enough to read in CI: everything but passing
	# cases when it is long.  Then stderr (WARNs, sanitizer reports).
	if [ "$(wc -l <"$log")" -gt 400 ]; then
		grep -vE '^[[:space:]]*ok [0-9]+ ' "$log" | tail -n 300
	else
		cat "$log"
	fi
	if [ -s "$err" ]; then
		echo "---- stderr of $O/vmlinux kunit:"
		tail -n 300 "$err"
	fi

	# The KTAP stream on stdout must parse (H3's checker) when present.
	if [ -f "$ktap" ]; then
		sh "$ktap" "$log" || krc=$?
		case $krc in
		0) ;;
		1) echo "kunit: $ktap: a case or suite failed" ;;
		*) echo "kunit: $ktap: the KTAP output is malformed" ;;
		esac
	fi

	line=$(tail -n 1 "$log" | grep -oE '[0-9]+ passed, [0-9]+ failed' || true)
	if [ -z "$line" ]; then
		# No summary as the last line: take the last one anywhere.
		line=$(grep -oE '[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1 || true)
		[ -n "$line" ] && echo "kunit: the summary line is not the last line"
		krc=${krc/#0/2}
	fi
	if [ -n "$line" ]; then
		passed=${line%% passed*}
		failed=${line#*passed, }
		failed=${failed%% failed*}
		if [ $rc -ne 0 ] && [ "$failed" -eq 0 ]; then
			# The program failed after or around its tests (a
			# sanitizer exit, a crash): that is a failure too.
			failed=1
		fi
		echo "$passed passed, $failed failed" >"$O/kunit.summary"
	else
		echo "0 passed, 1 failed" >"$O/kunit.summary"
	fi

	if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
		echo "kunit: timed out after ${KUNIT_TIMEOUT}s"
		return 1
	fi
	if grep -qE "$sanitizer_report" "$log" "$err"; then
		echo "kunit: sanitizer report (see above; SANITIZE=$SANITIZE)"
		return 1
	fi
	if [ -z "$line" ]; then
		echo "kunit: no 'N passed, M failed' summary line (exit status $rc)"
		return 1
	fi
	if [ "$failed" -ne 0 ] || [ $rc -ne 0 ] || [ $krc -ne 0 ]; then
		echo "kunit: $line; exit status $rc"
		return 1
	fi
	[ "$passed" -gt 0 ] || { echo "kunit: no test ran"; return 1; }
	echo "kunit: $line"
}

gate_selftest()
{
	local n

	if ! has_rule selftest; then
		echo "selftest: SKIP (no selftest rule in the Makefile yet)"
		return 77
	fi
	n=$(all_files | grep -cE '^tools/testing/selftests/[^/]+/' || true)
	if [ "$n" -eq 0 ]; then
		echo "selftest: SKIP (tools/testing/selftests/ has no tests yet)"
		return 77
	fi
	make selftest >"$O/selftest.log" 2>&1 || {
		cat "$O/selftest.log"
		echo "selftest: FAILED"
		return 1
	}
	cat "$O/selftest.log"
	if grep -qE "$sanitizer_report" "$O/selftest.log"; then
		echo "selftest: sanitizer report (SANITIZE=$SANITIZE)"
		return 1
	fi
	if grep -q '# SKIP' "$O/selftest.log"; then
		echo "selftest: the test kernel lacks an option a selftest needs" \
			"(add it to the fragments of TEST_CONFIGS)"
		return 1
	fi
}

gate_torture()
{
	if ! has_rule torture; then
		echo "torture: SKIP (no torture rule in the Makefile yet)"
		return 77
	fi
	# A short run: TORTURE_SHORT=1 is for the torture rule to honour.
	make torture TORTURE_SHORT=1 >"$O/torture.log" 2>&1 || {
		tail -n 200 "$O/torture.log"
		echo "torture: FAILED"
		return 1
	}
	tail -n 40 "$O/torture.log"
	if grep -qE "$sanitizer_report" "$O/torture.log"; then
		echo "torture: sanitizer report (SANITIZE=$SANITIZE)"
		return 1
	fi
	grep -q 'End of test: SUCCESS' "$O/torture.log" || {
		echo "torture: no 'End of test: SUCCESS' line"
		return 1
	}
}

# The fuzzer's reproducers: every finding fixed stays fixed.
gate_fuzzreplay()
{
	tools/testing/fuzz/replay.sh "./$O/vmlinux"
}

# A short fuzzing run (Documentation/dev-tools/fuzzing.txt), from the
# seeds alone: out-fuzz/corpus, which long runs grow, would make the gate
# as long as replaying it.
gate_fuzz()
{
	tools/testing/fuzz/timeout_test.sh || return 1
	rm -rf out-fuzz/check-corpus
	FUZZ_SECONDS=${FUZZ_CHECK_SECONDS:-60} FUZZ_MINIMIZE=0 \
		FUZZ_CORPUS=out-fuzz/check-corpus tools/testing/fuzz/run.sh fuzz ||
		return 1
	tools/testing/fuzz/decode_test.sh
}

# The selftests through the FUSE mount (skipped without /dev/fuse).
gate_fuse()
{
	local rc=0

	tools/testing/selftests/fuse/run.sh "$O/vmlinux" || rc=$?
	[ "$rc" -eq 4 ] && return 77
	return "$rc"
}

# test_procs_atomic (tools/testing/selftests/cgroup) on a real Linux
# kernel: Debian's user-mode-linux 6.1, booted as a process.
gate_realkernel()
{
	local rc=0

	tools/testing/selftests/cgroup/run_real_kernel.sh \
		>"$O/realkernel.log" 2>&1 || rc=$?
	cat "$O/realkernel.log"
	case $rc in
	0) ;;
	4)
		echo "realkernel: SKIP ($(grep -m1 '# SKIP' "$O/realkernel.log" |
			sed 's/.*# SKIP //'))"
		return 77
		;;
	*)
		echo "realkernel: FAILED"
		return 1
		;;
	esac
}

gate_coccirules()	{ scripts/coccicheck --selftest; }
# sparse and clang read every kernel-side file, the samples' too: in the
# samples gate's configuration (the test kernel with the samples).
SAMPLES_FRAGMENTS="$(make -s test-configs) samples/configs/samples.config"
gate_sparse()	{ mk sparse O=out-samples KCONFIG_FRAGMENTS="$SAMPLES_FRAGMENTS"; }
gate_tsa()	{ mk tsa O=out-samples KCONFIG_FRAGMENTS="$SAMPLES_FRAGMENTS"; }
gate_coccicheck()	{ mk coccicheck; }
gate_checkpatch()	{ mk checkpatch; }
gate_kerneldoc()	{ mk kerneldoc; }
gate_lint()		{ mk lint; }

# --- driver ------------------------------------------------------------------
needs_vmlinux=" seam kunit selftest fuse torture fuzzreplay "
gates=(build seam)
[ -z "$SANITIZE" ] && gates+=(nolockdebug)
gates+=(samples)
gates+=(kunit selftest torture fuzzreplay fuse)
[ -z "$SANITIZE" ] && gates+=(fuzz realkernel configs)
[ -z "$SANITIZE" ] &&
	gates+=(coccirules sparse tsa coccicheck checkpatch kerneldoc lint)
if [ -n "${CHECK_GATES:-}" ]; then
	read -r -a gates <<<"$CHECK_GATES"
fi

declare -A result took
failed_gates=()
build_ok=1
start_all=$SECONDS
i=0
for g in "${gates[@]}"; do
	i=$((i + 1))
	header "[$i/${#gates[@]}] $g${SANITIZE:+ (SANITIZE=$SANITIZE)}"
	if [ $build_ok -eq 0 ] && [[ $needs_vmlinux == *" $g "* ]]; then
		echo "$g: SKIP (the build failed)"
		result[$g]=SKIP
		took[$g]=0
		continue
	fi
	t0=$SECONDS
	rc=0
	"gate_$g" || rc=$?
	took[$g]=$((SECONDS - t0))
	case $rc in
	0) result[$g]=PASS ;;
	77) result[$g]=SKIP ;;
	*)
		result[$g]=FAIL
		failed_gates+=("$g")
		[ "$g" = build ] && build_ok=0
		if [ "$keep_going" != 1 ]; then
			echo
			echo "check: gate '$g' FAILED; stopping (CHECK_KEEP_GOING=1 runs the rest)"
			break
		fi
		;;
	esac
done

header "summary${SANITIZE:+ (SANITIZE=$SANITIZE)}: $((SECONDS - start_all))s"
for g in "${gates[@]}"; do
	printf '  %-12s %-4s %s\n' "$g" "${result[$g]:-----}" \
		"${took[$g]:+${took[$g]}s}"
done
if [ ${#failed_gates[@]} -ne 0 ]; then
	echo "check: FAILED: ${failed_gates[*]}"
else
	echo "check: all gates passed"
fi
if [ -f "$O/kunit.summary" ] && [ "${result[kunit]:-}" != "" ]; then
	cat "$O/kunit.summary"
fi
[ ${#failed_gates[@]} -eq 0 ]
