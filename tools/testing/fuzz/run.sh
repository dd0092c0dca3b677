#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# run.sh - the system-call fuzzer (Documentation/dev-tools/fuzzing.txt).
#
#	tools/testing/fuzz/run.sh build		build out-fuzz/fuzz
#	tools/testing/fuzz/run.sh fuzz		`make fuzz`: build, seed, fuzz
#	tools/testing/fuzz/run.sh seeds		the seed corpus only
#	tools/testing/fuzz/run.sh coverage	line coverage of the corpus
#	tools/testing/fuzz/run.sh minimize FILE	a crash input to a program
#
# Environment: FUZZ_SECONDS (60), FUZZ_JOBS (1), FUZZ_MINIMIZE (1: minimize
# a crash; 0: print it as a program), FUZZ_CORPUS (the corpus
# directory, out-fuzz/corpus), FUZZ_ARGS (more libFuzzer flags), JOBS
# (make -j, 2).
#
# `fuzz` runs libFuzzer on out-fuzz/corpus, seeded with the console
# selftests (seeds.sh).  A crash (a finding of the kernel's oracle, a
# sanitizer report, a hang) stops it; the input is minimized and decoded
# into out-fuzz/findings/NAME.prog, the text program to be committed
# under tools/testing/fuzz/reproducers/ with the fix; exit status 1.

set -euo pipefail
cd "$(dirname "$0")/../../.."

OUT=out-fuzz
# the text form's tools (fuzz encode and decode) run in a plain kernel of
# the same configuration, so that both have the same tables
ENC=out-fuzz-enc
# arch/host/defconfig, then these (Documentation/kbuild/kconfig.txt)
FRAGMENTS="kernel/configs/debug.config tools/testing/fuzz/config"
JOBS=${JOBS:-2}
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
FUZZ_JOBS=${FUZZ_JOBS:-1}
CORPUS=${FUZZ_CORPUS:-$OUT/corpus}
CLANG_FLAGS="-Wno-unknown-warning-option -fno-sanitize-recover=all"

# The kernel, ASan+UBSan and libFuzzer's coverage, built with clang.
build()
{
	make -j"$JOBS" CC=clang O=$OUT SANITIZE=address,undefined \
		KCONFIG_FRAGMENTS="$FRAGMENTS" \
		KERNEL_CFLAGS_EXTRA="-fsanitize=fuzzer-no-link $CLANG_FLAGS" \
		HOST_CFLAGS_EXTRA="$CLANG_FLAGS" $OUT/fuzz
	make -j"$JOBS" O=$ENC KCONFIG_FRAGMENTS="$FRAGMENTS" $ENC/vmlinux
}

export ASAN_OPTIONS="detect_leaks=0:halt_on_error=1:abort_on_error=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:abort_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"

# hex < bytes; bytes < hex
tohex() { od -An -v -tx1 | tr -d ' \n'; echo; }
unhex() { perl -ne 'chomp; print pack("H*", $_)'; }

seeds()
{
	local f name

	mkdir -p "$CORPUS" $OUT/seeds
	for f in tools/testing/selftests/*/*.sh; do
		case $f in */run.sh|*/run_real_kernel.sh) continue ;; esac
		name=$(basename "$(dirname "$f")")-$(basename "$f" .sh)
		tools/testing/fuzz/seeds.sh "$f" >$OUT/seeds/$name.prog
		[ -s $OUT/seeds/$name.prog ] || continue
		./$ENC/vmlinux fuzz encode <$OUT/seeds/$name.prog \
			2>/dev/null >$OUT/seeds/$name.hex || continue
		tr -d '\n' <$OUT/seeds/$name.hex | unhex >"$CORPUS/seed-$name"
	done
	# hand-written seeds: every file of every controller, good and bad
	# contents, mount options, races
	for f in tools/testing/fuzz/seeds/*.prog; do
		./$ENC/vmlinux fuzz encode <"$f" 2>/dev/null >$OUT/seeds/hand.hex ||
			continue
		tr -d '\n' <$OUT/seeds/hand.hex |
			unhex >"$CORPUS/hand-$(basename "$f" .prog)"
	done
	for f in tools/testing/fuzz/reproducers/*.prog; do
		[ -e "$f" ] || continue
		./$ENC/vmlinux fuzz encode <"$f" >$OUT/seeds/repro.hex || continue
		tr -d '\n' <$OUT/seeds/repro.hex |
			unhex >"$CORPUS/repro-$(basename "$f" .prog)"
	done
}

# minimize CRASH: the smallest input that still crashes, as a program.
minimize()
{
	local crash=$1 name min

	name=$(basename "$crash")
	min=$OUT/findings/$name.min
	mkdir -p $OUT/findings
	./$OUT/fuzz -minimize_crash=1 -max_total_time=300 -timeout=60 \
		-exact_artifact_path="$min" "$crash" >$OUT/findings/$name.minlog 2>&1 ||
		true
	[ -s "$min" ] || cp "$crash" "$min"
	{
		echo "# finding: $(grep -m1 -E 'FINDING|ERROR: AddressSanitizer|runtime error|deadly signal' \
			$OUT/findings/$name.log 2>/dev/null || echo unknown)"
		tohex <"$min" | ./$ENC/vmlinux fuzz decode
	} >$OUT/findings/$name.prog
	echo "fuzz: finding written to $OUT/findings/$name.prog"
}

fuzz()
{
	local rc=0 args=() crash

	build
	seeds
	mkdir -p $OUT/crashes
	args=(-max_total_time="$FUZZ_SECONDS" -timeout=60 -rss_limit_mb=4096
	      -detect_leaks=0 -print_final_stats=1
	      -artifact_prefix=$OUT/crashes/)
	[ "$FUZZ_JOBS" -gt 1 ] && args+=(-fork="$FUZZ_JOBS")
	rm -f $OUT/crashes/*
	./$OUT/fuzz "${args[@]}" ${FUZZ_ARGS:-} "$CORPUS" \
		>$OUT/fuzz.log 2>&1 || rc=$?
	# fork mode (FUZZ_JOBS > 1) prints "#N: cov: ..." per job and no
	# stat:: lines: a clean run may match nothing, which is no failure
	grep -E '^#[0-9]+.*(DONE|pulse)|^#[0-9]+: cov|INFO: exiting|stat::|FINDING|ERROR|runtime error' \
		$OUT/fuzz.log | tail -n 20 || true
	# slow-unit-*: an input slower than libFuzzer's -report_slow_units
	# (a loaded or stopped machine); the hangs are timeout-* and the
	# harness's own watchdog
	for crash in $OUT/crashes/slow-unit-*; do
		[ -e "$crash" ] && echo "fuzz: slow input (not a finding): $crash"
	done
	for crash in $OUT/crashes/{crash,timeout,oom,leak}-*; do
		[ -e "$crash" ] || continue
		cp $OUT/fuzz.log $OUT/findings/"$(basename "$crash")".log 2>/dev/null ||
			{ mkdir -p $OUT/findings; cp $OUT/fuzz.log \
				$OUT/findings/"$(basename "$crash")".log; }
		if [ "${FUZZ_MINIMIZE:-1}" = 1 ]; then
			minimize "$crash"
		else
			tohex <"$crash" | ./$ENC/vmlinux fuzz decode
		fi
		rc=1
	done
	if [ $rc -ne 0 ]; then
		tail -n 60 $OUT/fuzz.log
		echo "fuzz: FAILED (exit status $rc; the log is $OUT/fuzz.log)"
		return 1
	fi
	echo "fuzz: ${FUZZ_SECONDS}s, no finding"
}

# coverage: the corpus through a kernel built for llvm-cov, without
# KUnit (the objects of the product, not the test units that #include
# them).  The counters of the boot, of the inputs and of the shutdown go
# to three files (libfuzzer.c); the report that counts is the inputs'
# alone, $cov/report.txt, and $cov/report-all.txt has all three phases.
coverage()
{
	local cov=out-fuzz-cov files

	make -j"$JOBS" CC=clang O=$cov SANITIZE=address \
		KCONFIG_FRAGMENTS="$FRAGMENTS" \
		KERNEL_CFLAGS_EXTRA="-fprofile-instr-generate -fcoverage-mapping -Wno-unknown-warning-option" \
		HOST_CFLAGS_EXTRA="-Wno-unknown-warning-option" \
		LDFLAGS="-fsanitize=address -fprofile-instr-generate" $cov/fuzz
	rm -f $cov/*.profraw $cov/*.profdata
	# an input that crashes ends the replay: a finding, to be fixed first
	if ! FUZZ_PROFILE_PREFIX=$cov/fuzz \
		LLVM_PROFILE_FILE=$cov/fuzz-boot.profraw \
		./$cov/fuzz -runs=0 -timeout=60 -detect_leaks=0 \
		-artifact_prefix=$cov/ "$CORPUS" >$cov/run.log 2>&1; then
		grep -E 'FINDING|ERROR|runtime error' $cov/run.log | head -n 5
		echo "coverage: an input crashed (a finding; $cov/run.log)"
		return 1
	fi
	llvm-profdata-14 merge -o $cov/progs.profdata $cov/fuzz-progs.profraw
	llvm-profdata-14 merge -o $cov/all.profdata $cov/fuzz-boot.profraw \
		$cov/fuzz-progs.profraw $cov/fuzz-shutdown.profraw
	files="kernel/cgroup.c kernel/cpuset.c kernel/ns_cgroup.c
	       kernel/sched_group.c kernel/sched_cpuacct.c mm/memcontrol.c
	       security/device_cgroup.c kernel/cgroup_freezer.c
	       block/blk-cgroup.c kernel/cgroup_debug.c"
	# shellcheck disable=SC2086
	llvm-cov-14 report ./$cov/fuzz -instr-profile=$cov/all.profdata \
		$files >$cov/report-all.txt
	# shellcheck disable=SC2086
	llvm-cov-14 report ./$cov/fuzz -instr-profile=$cov/progs.profdata \
		$files | tee $cov/report.txt
	# shellcheck disable=SC2086
	llvm-cov-14 show ./$cov/fuzz -instr-profile=$cov/progs.profdata \
		-format=text $files >$cov/show.txt
	# shellcheck disable=SC2086
	llvm-cov-14 show ./$cov/fuzz -instr-profile=$cov/all.profdata \
		-format=text $files >$cov/show-all.txt
	echo "coverage: the inputs alone; boot and shutdown included in" \
		"$cov/report-all.txt; per-line listings in $cov/show.txt" \
		"and $cov/show-all.txt"
}

case ${1:-fuzz} in
build) build ;;
fuzz) fuzz ;;
seeds) make -j"$JOBS" O=$ENC KCONFIG_FRAGMENTS="$FRAGMENTS" $ENC/vmlinux &&
	seeds ;;
coverage) coverage ;;
minimize) minimize "$2" ;;
*) echo "usage: $0 build|fuzz|seeds|coverage|minimize FILE" >&2; exit 2 ;;
esac
