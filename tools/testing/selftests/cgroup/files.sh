# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS CONFIG_CGROUP_DEBUG CONFIG_CGROUP_DEVICE
# Control files (cgroups.txt 2.4, 2.5): the mode shows what a file
# supports; reading a file without a read handler, or writing one
# without a write handler, is EINVAL.  /proc/mounts shows the
# hierarchy's own options on every mount of it; mounting it again on the
# same mount point is EBUSY.
mkdir /dev/cgroup
mount -t cgroup -o devices,debug none /dev/cgroup
mkdir /dev/cgroup/a
stat -c '%a %F %n' /dev/cgroup /dev/cgroup/a /dev/cgroup/tasks
stat -c '%a %n' /dev/cgroup/a/devices.allow /dev/cgroup/a/devices.deny
stat -c '%a %n' /dev/cgroup/a/devices.list /dev/cgroup/release_agent
stat -c '%a %n' /dev/cgroup/a/debug.taskcount
cat /dev/cgroup/a/devices.allow
cat /dev/cgroup/a/devices.deny
echo a > /dev/cgroup/a/devices.list
echo 1 > /dev/cgroup/a/debug.taskcount
echo a > /dev/cgroup/a/devices.deny
cat /dev/cgroup/a/devices.list
echo the hierarchy options, the same on every mount
mkdir /mnt
mount -t cgroup -o devices,debug none /mnt
cat /proc/mounts
mount -t cgroup -o debug,devices none /dev/cgroup
umount /mnt
rmdir /dev/cgroup/a
umount /dev/cgroup
