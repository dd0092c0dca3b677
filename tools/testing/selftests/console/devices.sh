# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS CONFIG_CGROUP_DEVICE
# Device nodes: /dev/null and /dev/zero made at boot, mknod (CAP_MKNOD),
# and the devices cgroup's checks at open (r, w) and mknod (m): EPERM.
# Nodes without a driver open with ENXIO.
ls -l /dev
cat /dev/null && echo read null
echo hello > /dev/null && echo wrote null
mkdir /dev/cgroup
mount -t cgroup -o devices none /dev/cgroup
mkdir /dev/cgroup/a
echo a > /dev/cgroup/a/devices.deny
echo 'c 1:3 r' > /dev/cgroup/a/devices.allow
echo 'b *:* m' > /dev/cgroup/a/devices.allow
echo 0 > /dev/cgroup/a/tasks
cat /dev/null && echo read null
echo hello > /dev/null
cat /dev/zero
mknod /tmp/null c 1 3
mknod /tmp/sda b 8 0 && ls -l /tmp
cat /tmp/sda
echo 0 > /dev/cgroup/tasks
cat /tmp/sda
mknod /tmp/null c 1 3 && cat /tmp/null && echo read my null
mknod /tmp/null c 1 3
mknod /tmp/x q 1 3
mknod /tmp/x c 1
mknod /tmp/x c one 3
mknod /tmp/tty c 5 0 && cat /tmp/tty
su 1000
mknod /tmp/zero c 1 5
