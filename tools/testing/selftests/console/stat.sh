# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS
# stat and stat -f (coreutils' formats, no times), mv outside cgroupfs,
# help.
mkdir /dev/cgroup
mount -t cgroup -o none,name=s none /dev/cgroup
stat /dev/cgroup /dev/cgroup/tasks
stat -f /dev/cgroup
stat -f /proc
stat -f /
stat -f -c '%n: %t %T %s %S %l %b %f %a %c %d %i' /dev/cgroup /proc/1 /tmp
stat -c '%n %a %A %F %s %u %g %U %G %h' /tmp /proc/1/status
chown 1000:1000 /dev/cgroup/tasks
stat -c '%u %g %U %G' /dev/cgroup/tasks
stat -c '%z %%' /tmp
stat /nosuch
stat -f /nosuch
stat
stat -x /tmp
echo mv: rootfs and proc cannot rename
mkdir /tmp/a
mv /tmp/a /tmp/b
mv /proc/1 /proc/x
mv /tmp/a /dev/cgroup/a
mv /tmp/a
help
umount /dev/cgroup
