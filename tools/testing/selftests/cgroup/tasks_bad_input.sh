# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS CONFIG_CGROUP_DEBUG
# cgroups.txt 2.2.2 and 2.2.3 (tasks half): parsing of writes, unknown
# ids, removed cgroups.
mkdir /dev/cgroup
mount -t cgroup -o debug none /dev/cgroup
mkdir /dev/cgroup/a
echo -n > /dev/cgroup/a/tasks
echo abc > /dev/cgroup/a/tasks
echo 12abc > /dev/cgroup/a/tasks
echo -1 > /dev/cgroup/a/tasks
echo +5 > /dev/cgroup/a/tasks
echo 1111111111111111111111111111111111111111111111111111111111111111 > /dev/cgroup/a/tasks
echo 30000 > /dev/cgroup/a/tasks
echo 4294967297 > /dev/cgroup/a/tasks
echo a/tasks, nothing moved:
cat /dev/cgroup/a/tasks
spawn
echo " $! " > /dev/cgroup/a/tasks && echo whitespace stripped
cat /dev/cgroup/a/tasks
# pid 1 is this shell (init runs sh)
echo 0x1 > /dev/cgroup/a/tasks && echo hex accepted
echo 01 > /dev/cgroup/a/tasks && echo octal accepted
cat /dev/cgroup/a/debug.taskcount
kill $!
cat /dev/cgroup/a/debug.taskcount
echo 0 > /dev/cgroup/a/tasks && echo moved myself
cat /proc/$$/cgroup
echo 0 > /dev/cgroup/tasks
rmdir /dev/cgroup/a && echo removed
ls /dev/cgroup/a
echo $$ > /dev/cgroup/a/tasks
