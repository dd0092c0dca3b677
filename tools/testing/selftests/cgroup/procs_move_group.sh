# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS
# cgroups.txt 2.2, 2.2.2, 2.2.3: a cgroup.procs write of any thread's id moves
# the whole thread group; "0" moves the writer's group; a write that
# finds the group in place succeeds; bad input and unknown ids fail.
mkdir /dev/cgroup
mount -t cgroup -o none,name=x none /dev/cgroup
mkdir /dev/cgroup/a
mkdir /dev/cgroup/b
spawn -t 3
echo leader $!
echo 12 > /dev/cgroup/a/cgroup.procs
echo a/tasks:
cat /dev/cgroup/a/tasks
echo a/cgroup.procs:
cat /dev/cgroup/a/cgroup.procs
echo root/cgroup.procs:
cat /dev/cgroup/cgroup.procs
cat /proc/$!/task/*/cgroup
echo 13 > /dev/cgroup/b/tasks
echo $! > /dev/cgroup/a/cgroup.procs
echo split group, moved whole: $?
cat /proc/$!/task/*/cgroup
echo 11 > /dev/cgroup/b/cgroup.procs
cat /proc/$!/task/*/cgroup
echo 0 > /dev/cgroup/a/cgroup.procs
cat /proc/self/cgroup
echo 0 > /dev/cgroup/cgroup.procs
echo abc > /dev/cgroup/a/cgroup.procs
echo -1 > /dev/cgroup/a/cgroup.procs
echo 99999 > /dev/cgroup/a/cgroup.procs
kill $!
rmdir /dev/cgroup/a && rmdir /dev/cgroup/b && ls /dev/cgroup
umount /dev/cgroup
