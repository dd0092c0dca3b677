#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# run.sh - `make bench`: the benchmarks of Documentation/cgroups/benchmarks.txt.
#
#	tools/testing/bench/run.sh		(BENCH=quick|full, BENCH_OUT=DIR)
#
# Builds two kernels of its own, as a production kernel would be built,
# without KUnit (whose mock subsystem hooks every fork and exit) or lock
# debugging: $BENCH_OUT/cg (arch/host/defconfig with the fragment
# tools/testing/bench/config) and $BENCH_OUT/nocg (also
# kernel/configs/nocgroups.config: CONFIG_CGROUPS off).  Then runs, one
# after the other:
#  1. cg/vmlinux bench (usr/cgroup_bench.c): every scenario in the kernel;
#  2. cg/vmlinux and nocg/vmlinux bench=fork, alternated: the fork path
#     without cgroups (so without the read lock) against with; and both
#     under callgrind, for instructions per fork+exit;
#  3. cg/vmlinux --fuse DIR bench=serve, with the writes made by the host
#     through the mount (cgbench_linux fuse), if /dev/fuse is usable;
#  4. cgbench_linux linux: the same scenarios on the host's Linux kernel,
#     in its own child cgroup of the cgroup v1 cpu hierarchy.
#  5. cgbench_linux ipi: what one IPI costs the CPU that takes it, the
#     price of a grace period to the other CPUs (host-layer.txt 5.2).
# Then prints a table, writes results.csv, table.txt, machine.txt and
# write-latency.png (gnuplot) under $BENCH_OUT/<date>/ (and "latest").
# Quick (the default) stops at 10,000 threads and runs each figure 5
# times; full goes to 100,000 threads in the kernel (10,000 on Linux:
# see below) with 11 runs.

set -u
export LC_ALL=C
here=$(cd "$(dirname "$0")" && pwd)
srctree=$(cd "$here/../../.." && pwd)
mode=${BENCH:-quick}
outroot=$(realpath -m "${BENCH_OUT:-$srctree/out/bench}")
vmlinux=$outroot/cg/vmlinux

case "$mode" in
quick)
	kparams="maxthreads=10000 reps=5 window_ms=200 storm_ms=300"
	nalt=5 altwin=200 cgmax=10000
	lparams="maxthreads=1000 reps=5 window_ms=200 storm_ms=300"
	;;
full)
	# 1 s fork windows: with the threads pinned, the control's runs
	# spread by a few percent on a quiet machine (benchmarks.txt).
	kparams="maxthreads=100000 reps=11 window_ms=1000 storm_ms=1000"
	nalt=11 altwin=1000 cgmax=100000
	# The host's pid_max is 32768 here and is the machine's, not ours
	# to raise: 10,000 threads is as high as is safe next to the other
	# users of the machine.
	lparams="maxthreads=10000 reps=11 window_ms=1000 storm_ms=1000"
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

# cpu_ticks: "busy total" jiffies of all CPUs so far (/proc/stat).
cpu_ticks()
{
	awk '$1 == "cpu" { t = 0; for (i = 2; i <= NF; i++) t += $i
		print t - $5 - $6, t; exit }' /proc/stat
}

# our_ticks: CPU jiffies of this script's finished children (/proc/PID/stat
# cutime + cstime): every benchmark and build is one.
our_ticks()
{
	awk '{ print $16 + $17 }' "/proc/$$/stat"
}

# How busy the machine is before we start: every CPU's busy share over
# 5 s of doing nothing.  The load average says the same more slowly (a
# one-minute average: a CI run that ended two minutes ago still shows).
log "measuring the machine's own load for 5 s"
read -r busy0 total0 < <(cpu_ticks)
sleep 5
read -r busy1 total1 < <(cpu_ticks)
busy_before=$(( total1 > total0 ? 100 * (busy1 - busy0) / (total1 - total0) : 0 ))
loadavg_start=$(cut -d' ' -f1-3 /proc/loadavg)
read -r busy_start total_start < <(cpu_ticks)
ours_start=$(our_ticks)

{
	echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "mode: $mode"
	echo "kernel: $(uname -sr)"
	echo "cpus: $(nproc) ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'))"
	echo "memory: $(free -g | awk '/^Mem:/ { print $2 " GiB" }')"
	echo "load: $loadavg_start (load average at start); $busy_before% of the CPUs busy over the 5 s before"
	echo "host pid_max: $(cat /proc/sys/kernel/pid_max), threads-max: $(cat /proc/sys/kernel/threads-max)"
	echo "commit: $(git -C "$srctree" describe --always --dirty 2>/dev/null)"
	echo "hosted: cg/vmlinux pid_max=262144 bench $kparams (make O=cg KCONFIG_FRAGMENTS=tools/testing/bench/config)"
	echo "nocg:   alternated with cg: {cg,nocg}/vmlinux bench=fork fork_phases=1 reps=1 window_ms=$altwin lock_loops=1, $nalt times (make O=nocg KCONFIG_FRAGMENTS=\"tools/testing/bench/config kernel/configs/nocgroups.config\")"
	echo "callgrind: valgrind --tool=callgrind {cg,nocg}/vmlinux bench=fork fork_phases=1 reps=1 window_ms=1000 lock_loops=100000"
	echo "lock_stat: lockstat/vmlinux bench=fork fork_phases=23 reps=$nalt window_ms=$altwin (make O=lockstat KCONFIG_FRAGMENTS=\"tools/testing/bench/config tools/testing/bench/lockstat.config\")"
	echo "pinning: fork scenario, forker on host CPU 0, writer/burner i on CPU 1+i (hosted and Linux); other scenarios unpinned"
	echo "linux:  cgbench_linux linux $lparams"
} > "$out/machine.txt"

# ------------------------------------------------------------------
# Builds: the host program, the kernel without cgroups

log "building cgbench_linux and the two kernels"
gcc -std=gnu11 -O2 -g -Wall -pthread -o "$outroot/cgbench_linux" \
	"$here/cgbench_linux.c" || exit 1
# build NAME [FRAGMENT...]: $outroot/NAME/vmlinux, configured by
# arch/host/defconfig, tools/testing/bench/config and the fragments.
build()
{
	make -C "$srctree" -j"$(nproc)" O="$outroot/$1" \
		KCONFIG_FRAGMENTS="tools/testing/bench/config ${*:2}" \
		"$outroot/$1/vmlinux" > "$outroot/$1.build.log" 2>&1 || {
		cat "$outroot/$1.build.log" >&2
		exit 1
	}
}
build cg
build nocg kernel/configs/nocgroups.config
# lock_stat costs (a clock read and counters on every acquisition): its
# own kernel, for its own run (2a below), never for the timed figures.
build lockstat tools/testing/bench/lockstat.config

grep -h '^#define CONFIG_' "$outroot/cg/include/generated/autoconf.h" |
	awk '{ printf "%s%s=%s", n++ ? " " : "config (cg): ", $2, $3 } END { print "" }' \
	>> "$out/machine.txt"

# ------------------------------------------------------------------
# 1, 2: in the kernel

log "hosted kernel: $kparams"
"$vmlinux" pid_max=262144 bench $kparams > "$out/hosted.txt" 2> "$out/hosted.log"
# The fork path with and without cgroups: two programs, so the ratio is
# taken between neighbouring runs, alternated, one window each.
log "hosted kernel with and without cgroups: fork, alternated $nalt times"
for i in $(seq "$nalt"); do
	for k in cg nocg; do
		"$outroot/$k/vmlinux" bench=fork fork_phases=1 reps=1 \
			window_ms="$altwin" lock_loops=1 2>> "$out/nocg.log" |
			awk -F, -v k="$k" '$1 == "csv" && $5 == "forks_per_s" { w = $6 }
				$1 == "csv" && $5 == "forks_per_cpu_s" { print k, w, $6 }'
	done
done | awk -v n="$nalt" '
	function stats(name, metric, unit, v, m,    i, j, t, med) {
		for (i = 1; i <= m; i++)
			for (j = i + 1; j <= m; j++)
				if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
		med = m % 2 ? v[(m + 1) / 2] : int((v[m / 2] + v[m / 2 + 1]) / 2)
		printf "csv,fork,%s,alone,%s,%d,%d,%d,%s,%d\n", name, metric, med, v[1], v[m], unit, m
	}
	$1 == "cg" { cg = $2; cgc = $3 }
	$1 == "nocg" && cg != "" {
		m++; a[m] = cg; b[m] = $2; r[m] = $2 ? int(1000 * cg / $2) : 0
		ac[m] = cgc; bc[m] = $3; rc[m] = $3 ? int(1000 * cgc / $3) : 0
		cg = ""
	}
	END {
		if (!m) exit
		stats("hosted-alt", "forks_per_s", "1/s", a, m)
		stats("hosted-nocg-alt", "forks_per_s", "1/s", b, m)
		stats("hosted-alt", "ratio_to_nocg", "permille", r, m)
		stats("hosted-alt", "forks_per_cpu_s", "1/s", ac, m)
		stats("hosted-nocg-alt", "forks_per_cpu_s", "1/s", bc, m)
		stats("hosted-alt", "cpu_ratio_to_nocg", "permille", rc, m)
	}' > "$out/nocg.txt"

# ------------------------------------------------------------------
# 2a: who waits for whom: the fork scenario on the lock_stat kernel,
# which reports, per window, the forker's own lock acquisitions, how
# many found the lock held (and waited), how long, and on which class,
# with the call sites of the holders (usr/cgroup_bench.c).

log "lock_stat kernel: fork, $nalt runs"
"$outroot/lockstat/vmlinux" bench=fork fork_phases=23 reps="$nalt" \
	window_ms="$altwin" lock_loops=1 > "$out/lockstat.raw" 2> "$out/lockstat.log"
grep '^csv,fork,hosted-lockstat,' "$out/lockstat.raw" > "$out/lockstat.txt"
# the holders the forker waited for, over every "other" window
awk '/^# lockstat: other / {
		n = split($0, f, " ")
		for (i = 1; i <= n; i++)
			if (f[i] ~ /^[a-z_\/]+\.[ch]:[0-9]+$/) {
				c = f[i + 1]; gsub(/[()]/, "", c); held[f[i]] += c
			}
		waits += $7
	}
	END {
		for (k in held)
			printf "csv,fork,hosted-lockstat,holder:%s,waits_in_other,%d,%d,%d,waits,%d\n", k, held[k], held[k], held[k], waits
	}' "$out/lockstat.raw" >> "$out/lockstat.txt"

# ------------------------------------------------------------------
# 2b: the fork path's cost in instructions (callgrind), which the load of
# a shared machine does not blur: fork+exit pairs of the "alone" phase,
# with and without cgroups, and the read-lock pair alone.

callgrind_run()
{
	local k=$1 impl=$2 f=$out/callgrind.$1.out pairs

	valgrind --tool=callgrind --callgrind-out-file="$f" \
		"$outroot/$k/vmlinux" bench=fork fork_phases=1 reps=1 \
		window_ms=1000 lock_loops=100000 \
		> "$out/callgrind.$k.txt" 2> "$out/callgrind.$k.log" || return
	pairs=$(sed -n 's/^# fork: \([0-9]*\) fork+exit pairs.*/\1/p' \
		"$out/callgrind.$k.txt")
	[ -n "$pairs" ] && [ "$pairs" -gt 0 ] || return
	# --threshold=100: every function, however small its share (the
	# default stops at 99% of the total and drops the small ones).
	# The hooks: every cgroup function on the fork and exit path, their
	# inclusive instructions per fork+exit pair.
	# Run from /: in the source tree it lists some functions twice,
	# under a relative and an absolute path, each with part of the
	# count (the counts below add every line of a function up).
	(cd / && callgrind_annotate --inclusive=yes --threshold=100 "$f") 2>/dev/null |
		awk -v impl="$impl" -v pairs="$pairs" '
		function ir(line) { split(line, a, " "); gsub(",", "", a[1]); return a[1] + 0 }
		/:bench_forker_fn \[/ { fork += ir($0) }
		/:bench_read_lock_pair \[/ { lock += ir($0) }
		/:bench_read_lock_loop \[/ { loop += ir($0) }
		match($0, /:(cgroup_fork|cgroup_post_fork|cgroup_exit|cpuset_fork|cpu_cgroup_fork|cpu_cgroup_exit|freezer_fork|cpuacct_charge|mm_fork_owner|copy_io) \[/) {
			h = substr($0, RSTART + 1, RLENGTH - 3)
			hook[h] += ir($0)
		}
		END {
			printf "csv,fork,%s,alone,ir_per_fork_exit,%d,%d,%d,Ir,%d\n", impl, fork / pairs, fork / pairs, fork / pairs, pairs
			# the pair less the loop (benchmarks.txt section 4)
			if (lock) {
				v = (lock - loop) / 100000
				printf "csv,fork,%s,read_lock_pair,ir,%d,%d,%d,Ir,100000\n", impl, v, v, v
			}
			for (h in hook) {
				v = hook[h] / pairs
				printf "csv,fork,%s,%s,ir_per_fork_exit,%d,%d,%d,Ir,%d\n", impl, h, v, v, v, pairs
			}
		}'
}

# Instructions per thread moved, one size per run: bench_move() is called
# reps + 3 times (two warm-up moves, reps timed, one for the peak memory).
callgrind_write()
{
	local n=$1 f=$out/callgrind.write.$1.out

	valgrind --tool=callgrind --callgrind-out-file="$f" \
		"$vmlinux" pid_max=262144 bench=write minthreads="$n" \
		maxthreads="$n" reps=1 console=0 oldway_max=0 \
		> "$out/callgrind.write.$n.txt" 2> "$out/callgrind.write.$n.log" ||
		return
	(cd / && callgrind_annotate --inclusive=yes --threshold=100 "$f") 2>/dev/null |
		awk -v n="$n" '/:bench_move \[/ {
			split($0, a, " "); gsub(",", "", a[1]); ir += a[1]
		}
		END {
			v = int(ir / 4 / n)
			printf "csv,write,hosted-callgrind,%d,ir_per_thread,%d,%d,%d,Ir,1\n", n, v, v, v
		}'
}

if command -v valgrind > /dev/null && command -v callgrind_annotate > /dev/null; then
	log "callgrind: instructions per fork+exit, with and without cgroups, and per thread moved"
	{
		callgrind_run cg hosted-callgrind
		callgrind_run nocg hosted-nocg-callgrind
		callgrind_write 1000
		callgrind_write "$cgmax"
	} > "$out/callgrind.txt"
else
	echo "csv,fork,hosted-callgrind,-,missing,0,0,0,no_valgrind,0" > "$out/callgrind.txt"
fi

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

# What an IPI costs the CPU that takes it: every grace period of the
# hosted kernel's RCU sends one to each other CPU (host-layer.txt 5.2).
log "the machine's IPI cost"
"$outroot/cgbench_linux" ipi "$nalt" > "$out/ipi.txt" 2>&1
awk -F, '$5 == "ipi_cost" { printf "ipi: one membarrier(2) IPI costs the CPU that takes it %d ns [%d..%d] (cgbench_linux ipi %d)\n", $6, $7, $8, $10 }' \
	"$out/ipi.txt" >> "$out/machine.txt"

# ------------------------------------------------------------------
# How quiet the machine was: the CPU time others used while we ran (all
# CPUs' busy time minus ours), and the load average at the end.

read -r busy_end total_end < <(cpu_ticks)
ours=$(( $(our_ticks) - ours_start ))
others=$(( busy_end - busy_start - ours ))
[ "$others" -lt 0 ] && others=0
busy_others=$(( total_end > total_start ? 100 * others / (total_end - total_start) : 0 ))
quiet=yes
[ "$busy_before" -ge 10 ] || [ "$busy_others" -ge 10 ] && quiet=no
{
	echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg); others used $busy_others% of the CPUs' time during the run"
	echo "quiet: $quiet (quiet: under 10% of the CPUs busy before the start and used by others during the run)"
} >> "$out/machine.txt"

# ------------------------------------------------------------------
# Results

{
	echo "scenario,impl,x,metric,median,min,max,unit,runs"
	cat "$out"/hosted.txt "$out"/nocg.txt "$out"/lockstat.txt "$out"/callgrind.txt \
		"$out"/fuse.txt "$out"/linux.txt "$out"/ipi.txt |
		grep '^csv,' | sed 's/^csv,//'
} > "$out/results.csv"

"$here/table.sh" "$out/results.csv" "$out/machine.txt" | tee "$out/table.txt"
if [ "$quiet" = no ]; then
	echo "NOTE: the machine was not quiet: $busy_before% of the CPUs were busy before the start, others used $busy_others% during the run (load average at start $loadavg_start): wall-clock figures are not results" |
		tee -a "$out/table.txt"
fi

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
