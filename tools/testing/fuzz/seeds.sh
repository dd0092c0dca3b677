#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# seeds.sh SCRIPT - a console selftest as a fuzzer program (the text form
# of usr/fuzz_prog.c), for the seed corpus (run.sh seeds).
#
# The shell's own commands become calls of task slot t0 on worker w0;
# each `spawn` a process in the next task slot (t1, ...) with its threads
# in the slots after it; mount points become hierarchies h0.., cgroups
# the fuzzer's cgroup names by depth and order of appearance; `echo X >
# FILE` a writef whose value is a task slot's pid when X names one.
# Commands the fuzzer has no call for are left out: a seed only has to
# start the fuzzer near the paths the tests take.

exec awk '
function slot_of_num(n) { return (n in numslot) ? numslot[n] : "" }
function value(v,   s) {
	if (v == "$!") return "tgid:t" last
	if (v == "$$" || v == "0") return "\"" v "\""
	s = slot_of_num(v)
	if (s != "") return "pid:t" s
	# quotes of the shell are not part of the value
	if (v ~ /^\047.*\047$/ || v ~ /^".*"$/) v = substr(v, 2, length(v) - 2)
	v = substr(v, 1, 60)
	gsub(/\\/, "\\\\", v); gsub(/"/, "\\\"", v)
	return "\"" v "\""
}
# split PATH into hierarchy and node; sets H, NODE, FILE
function locate(p, want_file,   m, rest, n, parts, i, depth, key, dir) {
	H = ""; NODE = "."; FILE = ""
	for (m in mnt) {
		if (p == m || index(p, m "/") == 1) {
			H = mnt[m]; rest = substr(p, length(m) + 2)
			break
		}
	}
	if (H == "") return 0
	n = split(rest, parts, "/")
	if (want_file && n > 0) { FILE = parts[n]; n-- }
	dir = ""
	for (i = 1; i <= n; i++) {
		key = H ":" dir "/" parts[i]
		if (!(key in node)) {
			depth = i
			cnt[H ":" depth]++
			node[key] = pick(depth, cnt[H ":" depth], NODE)
		}
		NODE = node[key]; dir = dir "/" parts[i]
	}
	return 1
}
function pick(depth, k, parent) {
	if (depth == 1) return k == 1 ? "a" : (k == 2 ? "b" : "a/x")
	if (depth == 2) return parent == "b" ? "b/d" : "a/c"
	return "a/c/e"
}
function call(s) { print "w0 t0 " s }
{
	sub(/^[ \t]+/, "")
	if ($0 ~ /^#/ || $0 == "") next
	gsub(/ *(&&|\|\||;) */, "\n")
	nl = split($0, cmds, "\n")
	for (c = 1; c <= nl; c++) one(cmds[c])
}
function one(line,   w, n, i, opts, dir, nthreads, pid, sig, v) {
	n = split(line, w, /[ \t]+/)
	if (w[1] == "mount") {
		opts = ""; dir = w[n]
		for (i = 2; i < n; i++) if (w[i] == "-o") opts = w[i + 1]
		if (opts ~ /remount/) {
			if (locate(dir, 0)) {
				sub(/remount,?/, "", opts)
				call("remount " H " \"" opts "\"")
			}
			return
		}
		if (!(dir in mnt)) { mnt[dir] = "h" (nmnt++ % 3) }
		call("mount " mnt[dir] " \"" opts "\"")
	} else if (w[1] == "umount") {
		if (w[2] in mnt) call("umount " mnt[w[2]])
	} else if (w[1] == "mkdir" || w[1] == "rmdir" || w[1] == "ls") {
		if (locate(w[n], 0))
			call((w[1] == "ls" ? "readdir" : w[1]) " " H " " NODE)
	} else if (w[1] == "echo" && w[n - 1] ~ /^>>?$/) {
		if (!locate(w[n], 1) || FILE == "") return
		v = w[2]
		for (i = 3; i < n - 1; i++) v = v " " w[i]
		call("writef " H " " NODE " " FILE " " value(v))
	} else if (w[1] == "cat") {
		for (i = 2; i <= n; i++) {
			if (w[i] ~ /^\/proc\//) { call("proc t" last " cgroup"); continue }
			if (locate(w[i], 1) && FILE != "")
				call("readf " H " " NODE " " FILE)
		}
	} else if (w[1] == "spawn") {
		nthreads = 1
		for (i = 2; i <= n; i++) if (w[i] == "-t") nthreads = w[i + 1]
		if (next_slot > 7) return
		last = ++next_slot
		print "w0 t0 clone 0x0 t" last
		numslot[pid_guess] = last; pid = pid_guess++
		for (i = 1; i < nthreads && next_slot < 7; i++) {
			print "w0 t" last " clone 0x1 t" (++next_slot)
			numslot[pid_guess++] = next_slot
		}
	} else if (w[1] == "kill") {
		sig = (w[2] == "-15") ? "0x4" : "0x0"
		call("kill t" last " " sig)
	} else if (w[1] == "su") {
		call("setresuid 0x" sprintf("%x", w[2] == "0" ? 0 : 146))
	} else if (w[1] == "chrt") {
		call("chrt t" last " 0x" sprintf("%x", 1 + 256 * (w[n - 1] + 0)))
	} else if (w[1] == "mmap" || w[1] == "munmap") {
		call(w[1] " 0x" sprintf("%x", w[2] + 0))
	} else if (w[1] == "unshare") {
		call("unshare 0x20000")
	} else if (w[1] == "mknod") {
		call("mknod d0 0x" sprintf("%x", (w[3] == "b" ? 3 : 0)))
	} else if (w[1] == "bio") {
		call("bio 0x801")
	} else if (w[1] == "chown" || w[1] == "chmod") {
		if (locate(w[n], 1) && FILE != "")
			call(w[1] " " H " " NODE " " FILE " 0x12")
	} else if (w[1] == "exec" && n == 2 && w[2] !~ /[<>]/) {
		call("exec 0x0")
	}
}
BEGIN { pid_guess = 11; last = 0 }
' "$1"
