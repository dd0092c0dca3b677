# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS CONFIG_CGROUP_DEVICE
# The devices whitelist files: devices.list, allow and deny with good
# and bad lines (EINVAL), a child never wider than its parent (EPERM),
# CAP_SYS_ADMIN to change a list (EPERM).  The checks at open and mknod
# of device nodes are in console/devices.sh.
mkdir /dev/cgroup
mount -t cgroup -o devices none /dev/cgroup
cat /dev/cgroup/devices.list
mkdir /dev/cgroup/a
cat /dev/cgroup/a/devices.list
echo a > /dev/cgroup/a/devices.deny
cat /dev/cgroup/a/devices.list
echo 'c 1:3 rw' > /dev/cgroup/a/devices.allow
echo 'b *:* m' > /dev/cgroup/a/devices.allow
echo 'c 1:3 m' > /dev/cgroup/a/devices.allow
echo 'c 1:3 x' > /dev/cgroup/a/devices.allow
echo 'c 1:3' > /dev/cgroup/a/devices.allow
echo 'c 1:3 rwmr' > /dev/cgroup/a/devices.allow
echo 'z 1:3 r' > /dev/cgroup/a/devices.deny
cat /dev/cgroup/a/devices.list
mkdir /dev/cgroup/a/b
cat /dev/cgroup/a/b/devices.list
echo 'c 1:5 r' > /dev/cgroup/a/b/devices.allow
echo 'c *:3 r' > /dev/cgroup/a/b/devices.allow
echo a > /dev/cgroup/a/b/devices.allow
echo 'c 1:3 w' > /dev/cgroup/a/b/devices.deny
cat /dev/cgroup/a/b/devices.list
echo 'c 1:3 w' > /dev/cgroup/a/b/devices.allow
cat /dev/cgroup/a/b/devices.list
echo a > /dev/cgroup/a/b/devices.deny
cat /dev/cgroup/a/b/devices.list
chown 1000 /dev/cgroup/a/devices.allow
su 1000
echo 'c 1:3 r' > /dev/cgroup/a/devices.allow
cat /dev/cgroup/a/devices.list
