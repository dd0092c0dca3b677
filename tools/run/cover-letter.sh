# SPDX-License-Identifier: GPL-2.0
# cover-letter.sh - `make run`: replay the example of "[PATCH v8 0/3]
# cgroups: implement moving a threadgroup's threads atomically with
# cgroup.procs" on the hosted kernel, then the same with a process whose
# threads clone and exit without pause (the letter's "multithreaded build
# system"), then leave the console to the user.
#
# Fed to the console on stdin (no prompts there), so every command the
# letter shows is echoed first as "# command", as in the letter.  The
# set-up lines (mounting /dev/cgroup, choosing pid 31337 through
# /proc/sys/kernel/ns_last_pid, starting the processes) are not echoed.
# The hierarchy has every controller; clone_children gives a new cpuset
# its parent's CPUs and nodes (an empty cpuset refuses tasks with ENOSPC,
# Documentation/cgroups/cpusets.txt).  ns is left out: it refuses
# clone_children, and it would put every unshare() in a cgroup of its own.
mkdir /dev/cgroup
mount -t cgroup -o cpuset,cpu,cpuacct,memory,devices,freezer,blkio,clone_children none /dev/cgroup
echo 31336 > /proc/sys/kernel/ns_last_pid
spawn -t 3 > /tmp/pid
echo '# cat /dev/cgroup/tasks'
cat /dev/cgroup/tasks
echo '# mkdir /dev/cgroup/foo'
mkdir /dev/cgroup/foo
echo '# echo 31337 > /dev/cgroup/foo/cgroup.procs'
echo 31337 > /dev/cgroup/foo/cgroup.procs
echo '# cat /dev/cgroup/foo/tasks'
cat /dev/cgroup/foo/tasks
echo '#'
echo '# A build system that sucks up system resources: 64 threads that'
echo '# clone and exit all the time, moved all at once.'
echo 31999 > /proc/sys/kernel/ns_last_pid
spawn -t 64 --churn > /tmp/pid
echo '# mkdir /dev/cgroup/build'
mkdir /dev/cgroup/build
echo '# echo 32000 > /dev/cgroup/build/cgroup.procs'
echo 32000 > /dev/cgroup/build/cgroup.procs
echo '# cat /dev/cgroup/build/cgroup.procs'
cat /dev/cgroup/build/cgroup.procs
echo '# cat /dev/cgroup/cgroup.procs        (no thread of 32000 left behind)'
cat /dev/cgroup/cgroup.procs
echo '# kill 32000'
kill 32000
echo '#'
echo '# The console is yours (exit or Ctrl-D leaves).'
