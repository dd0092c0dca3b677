# SPDX-License-Identifier: GPL-2.0
# mount and umount: crossing mounts, EBUSY while in use.
mkdir /tmp/m
echo underneath > /tmp/m/hidden
mount -t tmpfs none /tmp/m
ls /tmp/m
echo on top > /tmp/m/file
cat /tmp/m/file
rmdir /tmp/m
mkdir /tmp/m/in
mount -t ramfs none /tmp/m/in
mount
umount /tmp/m
echo status $?
umount /tmp/m/in
cd /tmp/m
umount /tmp/m
cd /
umount /tmp/m
ls /tmp/m
cat /tmp/m/hidden
umount /tmp/m
mount -t nosuchfs none /tmp/m
mount -t proc none /nope
umount /
mkdir /dev/cgroup
ls /dev
