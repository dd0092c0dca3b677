# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS CONFIG_CGROUP_FREEZER
# freezer-subsystem.txt section 4: freezer refusals are
# all-or-nothing.  One thread of a process sits in a FROZEN cgroup: a
# cgroup.procs write of the process elsewhere fails EBUSY and every
# thread stays where it was; moves into and out of the frozen cgroup
# fail the same way; once THAWED, one write moves every thread.  The root
# has no freezer.state.
mkdir /dev/freezer
mount -t cgroup -o freezer none /dev/freezer
mkdir /dev/freezer/a
mkdir /dev/freezer/b
ls /dev/freezer
ls /dev/freezer/a
cat /dev/freezer/a/freezer.state
spawn -t 3
echo leader $!
echo 12 > /dev/freezer/a/tasks
echo FROZEN > /dev/freezer/a/freezer.state
cat /dev/freezer/a/freezer.state
cat /dev/freezer/b/freezer.state
echo $! > /dev/freezer/b/cgroup.procs
echo procs write of the group: $?
cat /proc/$!/task/*/cgroup
echo 13 > /dev/freezer/b/cgroup.procs
echo 13 > /dev/freezer/a/tasks
echo 12 > /dev/freezer/b/tasks
echo 12 > /dev/freezer/cgroup.procs
echo nothing moved:
cat /proc/$!/task/*/cgroup
cat /dev/freezer/a/tasks
cat /dev/freezer/b/tasks
echo a thawed thread alone may move:
echo 13 > /dev/freezer/b/tasks
cat /proc/$!/task/*/cgroup
echo FREEZING > /dev/freezer/a/freezer.state
echo bogus > /dev/freezer/a/freezer.state
cat /dev/freezer/a/freezer.state
echo THAWED > /dev/freezer/a/freezer.state
cat /dev/freezer/a/freezer.state
echo $! > /dev/freezer/b/cgroup.procs
echo procs write after thaw: $?
cat /proc/$!/task/*/cgroup
echo FROZEN > /dev/freezer/b/freezer.state
cat /dev/freezer/b/freezer.state
echo $! > /dev/freezer/a/cgroup.procs
cat /proc/$!/task/*/cgroup
kill $!
cat /dev/freezer/b/tasks
cat /dev/freezer/b/freezer.state
echo THAWED > /dev/freezer/b/freezer.state
rmdir /dev/freezer/a && rmdir /dev/freezer/b && ls /dev/freezer
umount /dev/freezer
echo done
