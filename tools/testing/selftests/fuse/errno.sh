# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS CONFIG_CGROUP_DEBUG
# Every errno of cgroups.txt 2.2.3 that a write to tasks or cgroup.procs
# can show without a vetoing subsystem: the console's error text here,
# and bash's through the FUSE mount (fuse/run.sh), must both equal
# errno.expected.  (Empty write: see tasks_bad_input; bash never makes
# one.)
mkdir /dev/cgroup
mount -t cgroup -o debug none /dev/cgroup
mkdir /dev/cgroup/a
spawn -t 2
echo EINVAL: garbage, trailing garbage, signs
echo abc > /dev/cgroup/a/tasks
echo 12abc > /dev/cgroup/a/tasks
echo -1 > /dev/cgroup/a/tasks
echo +5 > /dev/cgroup/a/tasks
echo E2BIG: 64 bytes
echo 1111111111111111111111111111111111111111111111111111111111111111 > /dev/cgroup/a/tasks
echo ESRCH: no such task
echo 30000 > /dev/cgroup/a/tasks
echo EBUSY: rmdir of a populated cgroup
echo $! > /dev/cgroup/a/tasks && echo moved
rmdir /dev/cgroup/a
echo $! > /dev/cgroup/tasks && echo moved back
echo cgroup.procs: the same rows for a whole-group write
echo abc > /dev/cgroup/a/cgroup.procs
echo +5 > /dev/cgroup/a/cgroup.procs
echo 1111111111111111111111111111111111111111111111111111111111111111 > /dev/cgroup/a/cgroup.procs
echo 30000 > /dev/cgroup/a/cgroup.procs
echo $! > /dev/cgroup/a/cgroup.procs && echo moved the group
rmdir /dev/cgroup/a
echo $! > /dev/cgroup/cgroup.procs && echo moved the group back
echo ENODEV: the cgroup was removed while a descriptor stayed open
mkdir /dev/cgroup/b
exec 3> /dev/cgroup/b/tasks
rmdir /dev/cgroup/b && echo removed
echo $! >&3
exec 3>&-
kill $!
echo EACCES: open by a non-owner, then a target owned by another user
mkdir /dev/cgroup/c
chown 1000 /dev/cgroup/c/tasks
chown 1000 /dev/cgroup/c/cgroup.procs
su 1000
echo 2 > /dev/cgroup/a/tasks
echo 2 > /dev/cgroup/c/tasks
echo 2 > /dev/cgroup/a/cgroup.procs
echo 2 > /dev/cgroup/c/cgroup.procs
rmdir /dev/cgroup/a
mkdir /dev/cgroup/c/d
cat /dev/cgroup/c/tasks
echo done
