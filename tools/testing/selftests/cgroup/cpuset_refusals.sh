# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS CONFIG_CPUSETS
# cpusets.txt section 3, and the cpuset files' errors: a cpuset with
# no CPUs or no memory nodes refuses tasks (ENOSPC), a per-CPU kernel
# thread (PF_THREAD_BOUND, ksoftirqd/0 is pid 3) never moves (EINVAL),
# and each refusal leaves every thread where it was, with its masks.
mkdir /dev/cpuset
mount -t cgroup -o cpuset none /dev/cpuset
mkdir /dev/cpuset/a
spawn -t 2
echo leader $!
echo $! > /dev/cpuset/a/cgroup.procs
echo 12 > /dev/cpuset/a/tasks
echo 1-2 > /dev/cpuset/a/cpuset.cpus
echo $! > /dev/cpuset/a/cgroup.procs
echo no mems: $?
cat /dev/cpuset/a/tasks
cat /proc/$!/task/*/cgroup
cat /proc/$!/task/*/status
echo 1 > /dev/cpuset/a/cpuset.mems
echo 3 > /dev/cpuset/a/tasks
echo 3 > /dev/cpuset/a/cgroup.procs
cat /proc/3/cgroup
cat /proc/3/status
cat /dev/cpuset/a/tasks
echo $! > /dev/cpuset/a/cgroup.procs
echo moved: $?
cat /proc/$!/task/*/cgroup
echo abc > /dev/cpuset/a/cpuset.cpus
echo 0-7 > /dev/cpuset/a/cpuset.cpus
echo 0-1 > /dev/cpuset/cpuset.cpus
mkdir /dev/cpuset/a/b
echo 3 > /dev/cpuset/a/b/cpuset.cpus
echo > /dev/cpuset/a/cpuset.cpus
echo > /dev/cpuset/a/cpuset.mems
cat /dev/cpuset/a/cpuset.cpus
cat /dev/cpuset/a/cpuset.mems
kill $!
rmdir /dev/cpuset/a/b
rmdir /dev/cpuset/a
umount /dev/cpuset
