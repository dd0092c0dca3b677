# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS CONFIG_CGROUP_NS
# ns-subsystem.txt section 2: a thread may only move to its cgroup or below
# (EPERM otherwise, for every thread of a cgroup.procs write, and then
# nothing moves); moving another task needs CAP_SYS_ADMIN and a
# destination below the writer's own cgroup; so does mkdir.
mkdir /dev/cgroup
mount -t cgroup -o ns none /dev/cgroup
mkdir /dev/cgroup/a
mkdir /dev/cgroup/a/b
mkdir /dev/cgroup/c
spawn -t 3
echo 12 > /dev/cgroup/a/b/tasks && echo down
echo 12 > /dev/cgroup/a/tasks
echo 12 > /dev/cgroup/tasks
echo 12 > /dev/cgroup/c/tasks
echo $! > /dev/cgroup/a/cgroup.procs
cat /proc/$!/task/*/cgroup
echo $! > /dev/cgroup/a/b/cgroup.procs && echo all down
cat /proc/$!/task/*/cgroup
spawn
echo 0 > /dev/cgroup/c/tasks && echo shell in c
echo 14 > /dev/cgroup/a/tasks
mkdir /dev/cgroup/c/d
echo 14 > /dev/cgroup/c/d/tasks && echo below the writer
cat /proc/14/cgroup
chown 1000 /dev/cgroup/c/d /dev/cgroup/c/d/tasks /dev/cgroup/c/d/cgroup.procs
su 1000
spawn -t 2
mkdir /dev/cgroup/c/d/e
echo 15 > /dev/cgroup/c/d/cgroup.procs
echo 16 > /dev/cgroup/c/d/tasks
cat /dev/cgroup/c/d/tasks
cat /proc/15/task/*/cgroup
echo 0 > /dev/cgroup/c/d/tasks && echo self without CAP_SYS_ADMIN
unshare -m
