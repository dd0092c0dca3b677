# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS CONFIG_CGROUP_NS
# ns subsystem: unshare(2) moves the caller, clone(CLONE_NEWNS) the
# child, into a new cgroup named after its pid, below the cgroup it was
# in; nothing happens in the ns hierarchy while ns is not mounted.  If
# the cgroup "<pid>" already exists, unshare or clone fails EEXIST and
# nothing changes.
unshare -m
mkdir /dev/cgroup
mount -t cgroup -o ns none /dev/cgroup
ls /dev/cgroup
echo $$
unshare -u -i
cat /proc/$$/cgroup
cat /dev/cgroup/1/tasks
spawn -t 2 --newns
cat /proc/$!/task/*/cgroup
spawn
cat /proc/$!/cgroup
unshare -x
unshare -m -p
mkdir /dev/cgroup/1/14
spawn --newns
ls /dev/cgroup/1
cat /dev/cgroup/1/14/tasks
mkdir /dev/cgroup/1/1
unshare -n
cat /proc/$$/cgroup
kill 11
kill 13
rmdir /dev/cgroup/1/11 /dev/cgroup/1/14 /dev/cgroup/1/1
ls /dev/cgroup/1
