#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# run.sh - `make bench`: the benchmarks of Documentation/cgroups/benchmarks.txt.
#
#	tools/testing/bench/run.sh [VMLINUX]	(BENCH=quick|full, BENCH_OUT=DIR)
#
# Runs, one after the other, on this machine:
#  1. ./vmlinux bench (usr/cgroup_bench.c): every scenario in the kernel;
#  2. the same kernel built with CONFIG_CGROUPS=n, fork scenario only
#     (the fork path without the read lock), into $BENCH_OUT/nocg/;
#  3. ./vmlinux --fuse DIR bench=serve, with the writes made by the host
#     through the mount (cgbench_linux fuse), if /dev/fuse is usable;
#  4. cgbench_linux linux: the same scenarios on the host's Linux kernel,
#     in its own child cgroup of the cgroup v1 cpu hierarchy.
# Then prints a table, writes results.csv, table.txt, machine.txt and
# write-latency.png (gnuplot) under $BENCH_OUT/<date>/ (and "latest").
# Quick (the default) stops at 10,000 threads and runs each figure 5
# times; full goes to 100,000 threads in the kernel (10,000 on Linux:
# see below) with 11 runs.

set -u
export LC_ALL=C
here=$(cd "$(dirname "$0")" && pwd)
srctree=$(cd "$here/../../.." && pwd)
vmlinux=$(realpath "${1:-$srctree/out/vmlinux}")
mode=${BENCH:-quick}
outroot=${BENCH_OUT:-$srctree/out/bench}

case "$mode" in
quick)
	kparams="maxthreads=10000 reps=5 window_ms=200 storm_ms=300"
	lparams="maxthreads=1000 reps=5 window_ms=200 storm_ms=300"
	;;
full)
	kparams="maxthreads=100000 reps=11 window_ms=500 storm_ms=1000"
	# The host's pid_max is 32768 here and is the machine's, not ours
	# to raise: 10,000 threads is as high as is safe next to the other
	# users of the machine.
	lparams="maxthreads=10000 reps=11 window_ms=500 storm_ms=1000"
	;;
*)
	echo "BENCH must be quick or full" >&2
	exit 2
	;;
esac

stamp=$(date -u +%Y%m%d-%H%M%S)
out=$outroot/$stamp
mkdir -p "$out"
ln -sfn "$stamp" "$outroot/latest"
log()
{
	printf '  %-8s %s\n' BENCH "$*" >&2
}

# ------------------------------------------------------------------
# The machine, and what was run

{
	echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "mode: $mode"
	echo "kernel: $(uname -sr)"
	echo "cpus: $(nproc) ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'))"
	echo "memory: $(free -g | awk '/^Mem:/ { print $2 " GiB" }')"
	echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "host pid_max: $(cat /proc/sys/kernel/pid_max), threads-max: $(cat /proc/sys/kernel/threads-max)"
	echo "commit: $(git -C "$srctree" describe --always --dirty 2>/dev/null)"
	echo "hosted: $vmlinux pid_max=262144 bench $kparams"
	echo "nocg:   nocg/vmlinux bench=fork $kparams"
	echo "linux:  cgbench_linux linux $lparams"
} > "$out/machine.txt"

# ------------------------------------------------------------------
# Builds: the host program, the kernel without cgroups

log "building cgbench_linux and the CONFIG_CGROUPS=n kernel"
gcc -std=gnu11 -O2 -g -Wall -pthread -o "$outroot/cgbench_linux" \
	"$here/cgbench_linux.c" || exit 1
make -C "$srctree" -s O="$outroot/nocg" CONFIG_CGROUPS=n \
	"$outroot/nocg/vmlinux" >&2 || exit 1

# ------------------------------------------------------------------
# 1, 2: in the kernel

log "hosted kernel: $kparams"
"$vmlinux" pid_max=262144 bench $kparams > "$out/hosted.txt" 2> "$out/hosted.log"
log "hosted kernel, CONFIG_CGROUPS=n: fork"
"$outroot/nocg/vmlinux" pid_max=262144 bench=fork $kparams \
	> "$out/nocg.txt" 2> "$out/nocg.log"

# ------------------------------------------------------------------
# 3: through the FUSE mount

fuse_run()
{
	local tmp mnt vpid pids n i

	if [ ! -c /dev/fuse ] || ! { exec 9<>/dev/fuse; } 2>/dev/null; then
		echo "csv,write,hosted-fuse,-,missing,0,0,0,no_usable_/dev/fuse,0"
		return
	fi
	exec 9>&-
	tmp=$(mktemp -d)
	mnt=$tmp/mnt
	mkdir "$mnt"
	mkfifo "$tmp/in"
	timeout 900 "$vmlinux" --fuse "$mnt" pid_max=262144 bench=serve \
		$kparams < "$tmp/in" > "$tmp/out" 2> "$tmp/log" &
	vpid=$!
	exec 8> "$tmp/in"
	for i in $(seq 3000); do
		grep -q '^serve ready' "$tmp/out" && break
		kill -0 "$vpid" 2>/dev/null || break
		sleep 0.1
	done
	if grep -q '^serve ready' "$tmp/out"; then
		pids=$(awk '$1 == "serve" && $2 ~ /^[0-9]+$/ { print $2 ":" $3 }' "$tmp/out")
		n=$(awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^reps=/) { sub("reps=", "", $i); print $i } }' <<< "$kparams")
		"$outroot/cgbench_linux" fuse "$mnt/dev/bench" "$n" $pids
	else
		echo "csv,write,hosted-fuse,-,missing,0,0,0,kernel_did_not_serve,0"
	fi
	echo quit >&8
	exec 8>&-
	wait "$vpid"
	rm -rf "$tmp"
}

log "hosted kernel through FUSE"
fuse_run > "$out/fuse.txt"

# ------------------------------------------------------------------
# 4: Linux

log "Linux $(uname -r): $lparams"
"$outroot/cgbench_linux" linux $lparams > "$out/linux.txt" 2> "$out/linux.log"

# ------------------------------------------------------------------
# Results

{
	echo "scenario,impl,x,metric,median,min,max,unit,runs"
	cat "$out"/hosted.txt "$out"/nocg.txt "$out"/fuse.txt "$out"/linux.txt |
		grep '^csv,' | sed 's/^csv,//'
} > "$out/results.csv"

"$here/table.sh" "$out/results.csv" "$out/machine.txt" | tee "$out/table.txt"

if command -v gnuplot > /dev/null; then
	for s in hosted,procs hosted-console,procs hosted-fuse,procs \
		 hosted,tasks_oldway linux,procs linux,tasks_oldway; do
		awk -F, -v s="$s" '$1 == "write" && $2 "," $4 == s {
			print $3, $5, $6, $7 }' "$out/results.csv" \
			> "$out/plot-${s/,/-}.dat"
	done
	(cd "$out" && gnuplot "$here/write-latency.gp") &&
		echo "plot: $out/write-latency.png"
else
	echo "plot: none (no gnuplot: apt-get install gnuplot-nox)"
fi
echo "results: $out/results.csv"
