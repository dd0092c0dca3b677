# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS CONFIG_CPUSETS
# cpusets.txt section 3: one cgroup.procs write moves every thread into the
# cpuset and sets every thread's Cpus_allowed_list and
# Mems_allowed_list; the process's mm is rebound once and, with
# memory_migrate, migrated once (/proc/vmstat counts both).  Changing
# cpuset.cpus and cpuset.mems of the populated cpuset changes every
# thread again.
mkdir /dev/cpuset
mount -t cgroup -o cpuset none /dev/cpuset
mkdir /dev/cpuset/a
echo 1-2 > /dev/cpuset/a/cpuset.cpus
echo 1 > /dev/cpuset/a/cpuset.mems
echo 1 > /dev/cpuset/a/cpuset.memory_migrate
cat /dev/cpuset/a/cpuset.cpus /dev/cpuset/a/cpuset.mems
spawn -t 3
echo leader $!
cat /proc/vmstat
echo 12 > /dev/cpuset/a/cgroup.procs
cat /dev/cpuset/a/tasks
cat /proc/$!/task/*/status
cat /proc/vmstat
echo 3 > /dev/cpuset/a/cpuset.cpus
echo 2-3 > /dev/cpuset/a/cpuset.mems
cat /proc/$!/task/*/status
cat /proc/vmstat
echo $! > /dev/cpuset/cgroup.procs
cat /proc/$!/task/*/status
kill $!
rmdir /dev/cpuset/a
umount /dev/cpuset
