# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS CONFIG_CGROUP_DEVICE
# devices.txt section 4: with the devices subsystem in the hierarchy,
# moving a task other than the writer needs CAP_SYS_ADMIN (EPERM,
# nothing moved), even when the core's credential check passes; moving
# oneself does not. (The non-leader thread writing "0" to cgroup.procs
# is in the KUnit suite device_cgroup: the console cannot write as a
# non-leader thread.)
mkdir /dev/cgroup
mount -t cgroup -o devices none /dev/cgroup
mkdir /dev/cgroup/a
chown 1000 /dev/cgroup/a/tasks
chown 1000 /dev/cgroup/a/cgroup.procs
chown 1000 /dev/cgroup/cgroup.procs
spawn -t 2
echo $! > /dev/cgroup/a/cgroup.procs && echo root moves anyone
cat /proc/$!/cgroup
echo $! > /dev/cgroup/cgroup.procs && echo and back
su 1000
spawn -t 2
echo $! > /dev/cgroup/a/cgroup.procs
echo $! > /dev/cgroup/a/tasks
cat /proc/$!/cgroup
cat /dev/cgroup/a/tasks
echo 0 > /dev/cgroup/a/tasks && echo moved myself
cat /proc/$$/cgroup
echo 0 > /dev/cgroup/cgroup.procs && echo moved my group
echo 0 > /dev/cgroup/a/cgroup.procs && echo and back
cat /proc/$$/cgroup
cat /dev/cgroup/a/cgroup.procs
