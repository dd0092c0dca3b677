# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS
# cgroups.txt 2.2, 2.2.4: a tasks write moves one thread; the process
# is then listed by both cgroups' cgroup.procs; a populated cgroup
# cannot be removed.
mkdir /dev/cgroup
mount -t cgroup -o none,name=x none /dev/cgroup
mkdir /dev/cgroup/a
spawn -t 3
echo leader $!
ls /proc/$!/task
echo $! > /dev/cgroup/a/tasks
echo a/tasks:
cat /dev/cgroup/a/tasks
echo a/cgroup.procs:
cat /dev/cgroup/a/cgroup.procs
cat /proc/$!/task/*/cgroup
mkdir /dev/cgroup/b
echo 13 > /dev/cgroup/b/tasks
echo 12 > /dev/cgroup/b/tasks
echo b/tasks:
cat /dev/cgroup/b/tasks
echo b/cgroup.procs:
cat /dev/cgroup/b/cgroup.procs
cat /proc/$!/task/*/cgroup
rmdir /dev/cgroup/a
rmdir /dev/cgroup/b
kill $!
echo a/tasks after exit:
cat /dev/cgroup/a/tasks
cat /dev/cgroup/b/cgroup.procs
rmdir /dev/cgroup/a && rmdir /dev/cgroup/b && ls /dev/cgroup
umount /dev/cgroup
