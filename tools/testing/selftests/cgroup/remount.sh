# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS CONFIG_CGROUP_DEBUG
# remount.sh - mount -o remount of a cgroup hierarchy (2.6.38's rules):
# subsystems may be bound or unbound while the hierarchy has no child
# cgroups (EBUSY otherwise); the name may not change (EINVAL).
mkdir /dev/cgroup
mount -t cgroup -o none,name=x none /dev/cgroup
mount -o remount,debug /dev/cgroup
echo remount,debug: $?
ls /dev/cgroup
cat /proc/1/cgroup
mkdir /dev/cgroup/a
mount -o remount,none,name=x /dev/cgroup
echo with a child: $?
mount -o remount,name=y,debug /dev/cgroup
echo new name: $?
rmdir /dev/cgroup/a
mount -o remount,none,name=x /dev/cgroup
echo remount,none: $?
ls /dev/cgroup
cat /proc/1/cgroup
umount /dev/cgroup
