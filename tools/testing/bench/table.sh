#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# table.sh - the tables of `make bench` from its results.csv:
#
#	tools/testing/bench/table.sh results.csv [machine.txt]
#
# Every figure is "median [min..max]" of the runs; ratios are taken
# between figures of the same program run (hosted with hosted, Linux with
# Linux), except the hosted/Linux column, which sets two runs side by side.

set -u
export LC_ALL=C
csv=${1:?usage: table.sh results.csv [machine.txt]}
[ $# -ge 2 ] && [ -f "$2" ] && { cat "$2"; echo; }

awk -F, '
NR == 1 { next }
{
	k = $1 "|" $2 "|" $3 "|" $4
	med[k] = $5; lo[k] = $6; hi[k] = $7; runs[k] = $9
	if ($4 == "missing")
		why[$1 "|" $2] = $8
	if ($1 == "write" && $4 == "procs")
		sizes[$3 + 0] = 1
}
function has(k) { return k in med }
function us(v) {
	if (v >= 1e7) return sprintf("%.0f ms", v / 1e6)
	if (v >= 1e6) return sprintf("%.2f ms", v / 1e6)
	if (v >= 1e4) return sprintf("%.0f us", v / 1e3)
	return sprintf("%.1f us", v / 1e3)
}
function fig(k, f) {
	if (!has(k)) return "-"
	if (f == "us") return us(med[k]) " [" us(lo[k]) ".." us(hi[k]) "]"
	if (f == "pm") return sprintf("%.0f%% [%.0f..%.0f]", med[k] / 10, lo[k] / 10, hi[k] / 10)
	return med[k] " [" lo[k] ".." hi[k] "]"
}
function miss(s, impl) {
	return (s "|" impl) in why ? "missing: " why[s "|" impl] : ""
}
END {
	n = 0
	for (s in sizes) list[++n] = s + 0
	for (i = 1; i <= n; i++)
		for (j = i + 1; j <= n; j++)
			if (list[j] < list[i]) { t = list[i]; list[i] = list[j]; list[j] = t }

	print "1. One cgroup.procs write of a process of N threads (median [min..max])"
	printf "%-7s %-28s %-10s %-28s %-28s %-28s\n", "N", "hosted (in kernel)", "per thread", "hosted via console", "hosted via FUSE", "Linux"
	for (i = 1; i <= n; i++) {
		N = list[i]
		pt = has("write|hosted|" N "|procs_per_thread") ? med["write|hosted|" N "|procs_per_thread"] " ns" : "-"
		printf "%-7s %-28s %-10s %-28s %-28s %-28s\n", N, fig("write|hosted|" N "|procs", "us"), pt,
			fig("write|hosted-console|" N "|procs", "us"), fig("write|hosted-fuse|" N "|procs", "us"),
			fig("write|linux|" N "|procs", "us")
	}
	print ""
	print "   Per thread (ns; median): one procs write against one tasks write per thread (the old way)"
	printf "%-7s %-12s %-14s %-12s %-14s %-16s %-14s %-12s\n", "N", "hosted procs", "hosted tasks", "Linux procs", "Linux tasks", "hosted/Linux", "peak B/thread", "list walk"
	for (i = 1; i <= n; i++) {
		N = list[i]
		a = "write|hosted|" N "|procs_per_thread"; b = "write|linux|" N "|procs_per_thread"
		r = has(a) && has(b) && med[b] > 0 ? sprintf("%.2f", med[a] / med[b]) : "-"
		printf "%-7s %-12s %-14s %-12s %-14s %-16s %-14s %-12s\n", N,
			has(a) ? med[a] : "-",
			has("write|hosted|" N "|tasks_oldway_per_thread") ? med["write|hosted|" N "|tasks_oldway_per_thread"] : "-",
			has(b) ? med[b] : "-",
			has("write|linux|" N "|tasks_oldway_per_thread") ? med["write|linux|" N "|tasks_oldway_per_thread"] : "-",
			r,
			has("write|hosted|" N "|peak_bytes_per_thread") ? med["write|hosted|" N "|peak_bytes_per_thread"] : "-",
			has("write|hosted|" N "|walk_per_thread") ? med["write|hosted|" N "|walk_per_thread"] : "-"
	}
	big = list[n]
	if (has("write|hosted|1000|procs") && big > 1000)
		printf "   growth: hosted t(%d)/t(1000) = %.1f (linear: %d)\n", big,
			med["write|hosted|" big "|procs"] / med["write|hosted|1000|procs"], big / 1000
	for (i = n; i >= 1; i--)
		if (has("write|linux|" list[i] "|procs")) break
	if (i >= 1 && has("write|linux|1000|procs") && list[i] > 1000)
		printf "   growth: Linux t(%d)/t(1000) = %.1f (linear: %d)\n", list[i],
			med["write|linux|" list[i] "|procs"] / med["write|linux|1000|procs"], list[i] / 1000
	for (i = n; i >= 1; i--)
		if (has("write|hosted-callgrind|" list[i] "|ir_per_thread")) break
	if (i >= 1 && has("write|hosted-callgrind|1000|ir_per_thread") && list[i] > 1000)
		printf "   instructions per thread moved (callgrind): %d at N=1000, %d at N=%d (ratio %.2f)\n",
			med["write|hosted-callgrind|1000|ir_per_thread"], med["write|hosted-callgrind|" list[i] "|ir_per_thread"], list[i],
			med["write|hosted-callgrind|" list[i] "|ir_per_thread"] / med["write|hosted-callgrind|1000|ir_per_thread"]
	if (has("write|hosted|" big "|bytes_per_thread"))
		printf "   working set: %d bytes of kernel memory per thread (task_struct, pid, ...): %.0f MiB at N=%d\n",
			med["write|hosted|" big "|bytes_per_thread"], med["write|hosted|" big "|bytes_per_thread"] * big / 1048576, big
	if (has("write|hosted|" big "|peak_bytes"))
		printf "   memory: peak kernel memory of the %d-thread move: %d bytes (%d per thread)\n", big,
			med["write|hosted|" big "|peak_bytes"], med["write|hosted|" big "|peak_bytes_per_thread"]
	for (k in why) if (k ~ /^write\|/) print "   " k ": missing: " why[k]
	print ""

	print "2. Lone writes, 100 ms apart (process of 10 threads)"
	printf "   hosted: %s\n   Linux:  %s %s\n\n", fig("lone|hosted|10|procs", "us"),
		fig("lone|linux|10|procs", "us"), miss("lone", "linux")

	print "3. CLONE_THREAD fork+exit throughput of one process: per second of wall time (% of alone,"
	print "   pair by pair in the same run), and per second of CPU time used by the forker"
	printf "%-38s %-22s %-15s %-14s %-20s %-15s %-14s\n", "", "hosted /s", "hosted %", "hosted /CPU-s", "Linux /s", "Linux %", "Linux /CPU-s"
	split("alone busy other same beside", xs, " ")
	split("alone|next to CPU burners (control)|another process being moved|itself being moved|in the moved process cgroup", ds, "|")
	for (i = 1; i <= 5; i++) {
		x = xs[i]
		printf "%-38s %-22s %-15s %-14s %-20s %-15s %-14s\n", "(" x ") " ds[i],
			fig("fork|hosted|" x "|forks_per_s"), x == "alone" ? "100%" : fig("fork|hosted|" x "|ratio_to_alone", "pm"),
			has("fork|hosted|" x "|forks_per_cpu_s") ? med["fork|hosted|" x "|forks_per_cpu_s"] : "-",
			fig("fork|linux|" x "|forks_per_s"), x == "alone" ? "100%" : fig("fork|linux|" x "|ratio_to_alone", "pm"),
			has("fork|linux|" x "|forks_per_cpu_s") ? med["fork|linux|" x "|forks_per_cpu_s"] : "-"
	}
	split("other beside", xs, " ")
	for (i = 1; i <= 2; i++) {
		x = xs[i]
		printf "   (%s) against the control (busy), pair by pair: hosted %s of wall time, %s of CPU time;\n     Linux %s, %s\n", x,
			fig("fork|hosted|" x "|ratio_to_busy", "pm"), fig("fork|hosted|" x "|cpu_ratio_to_busy", "pm"),
			fig("fork|linux|" x "|ratio_to_busy", "pm"), fig("fork|linux|" x "|cpu_ratio_to_busy", "pm")
	}
	printf "   writes/s by the writers: hosted %s, Linux %s\n", fig("fork|hosted|writers|writes_per_s"), fig("fork|linux|writers|writes_per_s")
	a = "fork|hosted-alt|alone|forks_per_s"; b = "fork|hosted-nocg-alt|alone|forks_per_s"
	if (has(a) && has(b))
		printf "   alone, runs alternated: with cgroups %s forks/s, with CONFIG_CGROUPS=n %s;\n   with cgroups/without, pair by pair: %s of wall time, %s of CPU time\n",
			fig(a), fig(b), fig("fork|hosted-alt|alone|ratio_to_nocg", "pm"), fig("fork|hosted-alt|alone|cpu_ratio_to_nocg", "pm")
	a = "fork|hosted-callgrind|alone|ir_per_fork_exit"; b = "fork|hosted-nocg-callgrind|alone|ir_per_fork_exit"
	if (has(a) && has(b))
		printf "   instructions per fork+exit (callgrind): %d with cgroups, %d without (+%d, +%.1f%%);\n   of the difference, one read-lock pair (down_read + up_read): %d\n",
			med[a], med[b], med[a] - med[b], 100 * (med[a] - med[b]) / med[b],
			med["fork|hosted-callgrind|read_lock_pair|ir"]
	c = "fork|hosted-callgrind|"; d = "|ir_per_fork_exit"
	if (has(c "cgroup_post_fork" d)) {
		printf "   the cgroup hooks, instructions per fork+exit (inclusive): cgroup_fork %d, cgroup_post_fork %d\n",
			med[c "cgroup_fork" d], med[c "cgroup_post_fork" d]
		printf "     (of which cpuset_fork %d, cpu_cgroup_fork %d, freezer_fork %d), cgroup_exit %d (cpu_cgroup_exit %d),\n",
			med[c "cpuset_fork" d], med[c "cpu_cgroup_fork" d], med[c "freezer_fork" d],
			med[c "cgroup_exit" d], med[c "cpu_cgroup_exit" d]
		printf "     cpuacct_charge %d (2 system calls); mm_fork_owner %d (%d without cgroups), copy_io %d (%d)\n",
			med[c "cpuacct_charge" d], med[c "mm_fork_owner" d], med["fork|hosted-nocg-callgrind|mm_fork_owner" d],
			med[c "copy_io" d], med["fork|hosted-nocg-callgrind|copy_io" d]
	}
	l = "fork|hosted-lockstat|"
	if (has(l "other|contended_ppm")) {
		printf "   lock_stat (its own run, CONFIG_LOCK_STAT=y): the forker: lock acquisitions per fork+exit %.1f;\n", med[l "alone|acquisitions_per_fork_x1000"] / 1000
		printf "   of them contended (waited for a holder): alone %s, busy %s, other %s, beside %s per million;\n",
			fig(l "alone|contended_ppm"), fig(l "busy|contended_ppm"), fig(l "other|contended_ppm"),
			fig(l "beside|contended_ppm")
		printf "   its wait per fork+exit while another process is moved: %.0f ns [%.0f..%.0f]\n",
			med[l "other|wait_ns_per_fork_x1000"] / 1000, lo[l "other|wait_ns_per_fork_x1000"] / 1000, hi[l "other|wait_ns_per_fork_x1000"] / 1000
		hs = ""
		for (k in med)
			if (index(k, l "holder:") == 1) {
				split(k, kk, "|"); site = substr(kk[3], 8)
				hs = hs sprintf(" %s (%d)", site, med[k])
			}
		if (hs != "")
			printf "   call sites of the holders (contending points of the classes it waited on, every \"other\" window):%s\n", hs
	}
	if (has("fork|hosted|read_lock_pair|ns_x1000"))
		printf "   the read side alone (down_read + up_read, uncontended): %.1f ns\n", med["fork|hosted|read_lock_pair|ns_x1000"] / 1000
	if (miss("fork", "linux") != "") print "   Linux: " miss("fork", "linux")
	print ""

	print "4. Writer latency while other processes fork and exit threads (median of runs [min..max])"
	printf "%-8s %-10s %-30s %-30s\n", "", "", "hosted", "Linux"
	split("quiet storm", ss, " ")
	for (i = 1; i <= 2; i++)
		for (m = 1; m <= 3; m++) {
			mt = m == 1 ? "p50" : m == 2 ? "p99" : "max"
			printf "%-8s %-10s %-30s %-30s\n", m == 1 ? ss[i] : "", mt,
				fig("storm|hosted|" ss[i] "|" mt, "us"), fig("storm|linux|" ss[i] "|" mt, "us")
		}
	if (miss("storm", "linux") != "") print "   Linux: " miss("storm", "linux")
}' "$csv"
