# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS
# cgroups.txt 2.2, 2.2.3 from a shell: a multi-threaded process whose own
# threads write to tasks and cgroup.procs: "0" names the writing thread
# (tasks) or its whole process (cgroup.procs), a tid names that thread
# or its process; errors are the writer's as anyone's.
mkdir /dev/cgroup
mount -t cgroup -o none,name=t none /dev/cgroup
mkdir /dev/cgroup/a
mkdir /dev/cgroup/b
spawn -t 3
thread 12 write /dev/cgroup/a/tasks 0
thread 13 write /dev/cgroup/a/tasks 11
echo a: 12 wrote 0, 13 wrote its leader
cat /dev/cgroup/a/tasks
cat /dev/cgroup/a/cgroup.procs
thread 13 write /dev/cgroup/b/cgroup.procs 0
echo b: 13 wrote 0 to cgroup.procs
cat /dev/cgroup/b/tasks
thread 11 write /dev/cgroup/a/cgroup.procs 13
echo a: the leader wrote a thread of its own
cat /dev/cgroup/a/tasks
thread 12 write /dev/cgroup/tasks 0
thread 12 write /dev/cgroup/b/tasks 13
echo root: 12, b: 13, a: 11
cat /proc/11/task/12/cgroup
cat /dev/cgroup/b/tasks
cat /dev/cgroup/a/tasks
echo errors
thread 12 write /dev/cgroup/a/tasks 99999
thread 12 write /dev/cgroup/a/cgroup.procs abc
thread 12 write /dev/cgroup/nosuch/tasks 0
thread 99 write /dev/cgroup/a/tasks 0
thread 12 jump
kill $!
rmdir /dev/cgroup/a
rmdir /dev/cgroup/b
umount /dev/cgroup
