# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS
# cgroups.txt 2.2.3 (zombie leaders) from a shell: a process whose
# leader exited while its other threads live on (a zombie leader).  A tasks write of the
# leader's pid is ESRCH (it is exiting); a cgroup.procs write of it, or
# of any live thread's tid, moves the live threads; a thread of the
# process writing "0" to cgroup.procs moves them all, to tasks itself.
mkdir /dev/cgroup
mount -t cgroup -o none,name=z none /dev/cgroup
mkdir /dev/cgroup/a
mkdir /dev/cgroup/b
spawn -t 3
thread 11 exit
cat /proc/11/status
ls /proc/11/task
echo 11 > /dev/cgroup/a/tasks
echo 11 > /dev/cgroup/a/cgroup.procs
echo a: tasks, procs
cat /dev/cgroup/a/tasks
cat /dev/cgroup/a/cgroup.procs
echo 12 > /dev/cgroup/b/tasks
echo 13 > /dev/cgroup/b/cgroup.procs
echo b: tasks
cat /dev/cgroup/b/tasks
thread 12 write /dev/cgroup/a/cgroup.procs 0
echo a: after thread 12 wrote 0 to cgroup.procs
cat /dev/cgroup/a/tasks
thread 13 write /dev/cgroup/b/tasks 0
echo b: after thread 13 wrote 0 to tasks
cat /dev/cgroup/b/tasks
cat /proc/11/task/12/cgroup
cat /proc/11/task/13/cgroup
echo the zombie leader itself cannot act
thread 11 write /dev/cgroup/b/tasks 0
thread 11 exit
echo the last threads exit: the process is gone
thread 12 exit
thread 13 exit
ls /proc/11
cat /dev/cgroup/a/cgroup.procs
cat /dev/cgroup/b/cgroup.procs
rmdir /dev/cgroup/a
rmdir /dev/cgroup/b
umount /dev/cgroup
