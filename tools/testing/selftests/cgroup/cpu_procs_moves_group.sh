# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS CONFIG_CGROUP_SCHED
# cpu.txt section 3 and cgroups.txt 5.1: after a cgroup.procs move every
# thread runs in the destination's task group (the 3.0/3.1 bug left them
# in the old one); a thread created afterwards is born there; exit
# returns a thread to the root group and a group can be removed once its
# tasks are gone.
mkdir /dev/cgroup
mount -t cgroup -o cpu none /dev/cgroup
ls /dev/cgroup
spawn -t 4
echo leader $!
cat /proc/$!/task/*/sched
mkdir /dev/cgroup/a
mkdir /dev/cgroup/b
echo $! > /dev/cgroup/a/cgroup.procs
cat /proc/$!/task/*/sched
echo 13 > /dev/cgroup/b/tasks
echo 14 > /dev/cgroup/b/cgroup.procs
echo b/tasks:
cat /dev/cgroup/b/tasks
cat /proc/$!/task/*/sched
echo a/tasks:
cat /dev/cgroup/a/tasks
echo 0 > /dev/cgroup/b/cpu.shares
cat /dev/cgroup/b/cpu.shares
echo 512 > /dev/cgroup/b/cpu.shares
cat /dev/cgroup/b/cpu.shares
echo 2048 > /dev/cgroup/cpu.shares
echo 0 > /dev/cgroup/b/cpu.rt_period_us
echo 1000001 > /dev/cgroup/b/cpu.rt_runtime_us
echo 960000 > /dev/cgroup/cpu.rt_runtime_us
echo -1 > /dev/cgroup/b/cpu.rt_runtime_us
echo 400000 > /dev/cgroup/b/cpu.rt_runtime_us
echo 600000 > /dev/cgroup/a/cpu.rt_runtime_us
echo 500000 > /dev/cgroup/a/cpu.rt_runtime_us
cat /dev/cgroup/b/cpu.rt_runtime_us /dev/cgroup/a/cpu.rt_runtime_us
rmdir /dev/cgroup/b
kill $!
rmdir /dev/cgroup/a && rmdir /dev/cgroup/b && ls /dev/cgroup
umount /dev/cgroup
