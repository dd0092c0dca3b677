# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS CONFIG_CGROUP_SCHED
# cpu.txt section 3: a process with one SCHED_FIFO thread cannot move through
# cgroup.procs into a cpu cgroup without RT runtime (EINVAL) and none of
# its threads moves; its SCHED_OTHER threads still move one at a time
# through tasks, the FIFO one does not; an RT thread pins its group's
# runtime (EBUSY) and sched_setscheduler into RT needs runtime (EPERM).
mkdir /dev/cgroup
mount -t cgroup -o cpu none /dev/cgroup
mkdir /dev/cgroup/src
mkdir /dev/cgroup/dst
echo 10000 > /dev/cgroup/src/cpu.rt_runtime_us
cat /dev/cgroup/dst/cpu.rt_runtime_us
spawn -t 4
echo leader $!
echo $! > /dev/cgroup/src/cgroup.procs
chrt -f -p 10 13
chrt -p 13
echo $! > /dev/cgroup/dst/cgroup.procs
echo 14 > /dev/cgroup/dst/cgroup.procs
echo dst/tasks:
cat /dev/cgroup/dst/tasks
echo src/tasks:
cat /dev/cgroup/src/tasks
cat /proc/$!/task/*/cgroup
cat /proc/$!/task/*/sched
echo 11 > /dev/cgroup/dst/tasks
echo 12 > /dev/cgroup/dst/tasks
echo 13 > /dev/cgroup/dst/tasks
echo 14 > /dev/cgroup/dst/tasks
echo dst/tasks:
cat /dev/cgroup/dst/tasks
echo src/tasks:
cat /dev/cgroup/src/tasks
cat /proc/$!/task/*/sched
chrt -r -p 5 12
chrt -p 12
echo 0 > /dev/cgroup/src/cpu.rt_runtime_us
cat /dev/cgroup/src/cpu.rt_runtime_us
chrt -o -p 0 13
echo 0 > /dev/cgroup/src/cpu.rt_runtime_us
cat /dev/cgroup/src/cpu.rt_runtime_us
echo 13 > /dev/cgroup/dst/tasks
cat /proc/$!/task/*/cgroup
kill $!
rmdir /dev/cgroup/src && rmdir /dev/cgroup/dst && ls /dev/cgroup
umount /dev/cgroup
