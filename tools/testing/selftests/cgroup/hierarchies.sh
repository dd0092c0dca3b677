# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS CONFIG_CGROUP_DEBUG
# Hierarchies: a subsystem in one hierarchy only, sharing by options,
# moves in one hierarchy leave the others alone (cgroups.txt 1.1), a
# hierarchy with children survives its umount, /proc/<pid>/cgroup.
mkdir /dev/cg1
mkdir /dev/cg2
mkdir /dev/cg3
mount -t cgroup -o debug none /dev/cg1
mount -t cgroup -o debug,name=other none /dev/cg2
mount -t cgroup -o none none /dev/cg2
mount -t cgroup -o bogus none /dev/cg2
mount -t cgroup -o none,name=x none /dev/cg2
mkdir /dev/cg1/a
mkdir /dev/cg1/a/deeper
mkdir /dev/cg2/b
mkdir /dev/cg2/b
cat /proc/$$/cgroup
echo $$ > /dev/cg1/a/deeper/tasks
echo $$ > /dev/cg2/b/tasks
cat /proc/$$/cgroup
echo $$ > /dev/cg1/tasks
cat /proc/$$/cgroup
cat /dev/cg1/a/deeper/tasks
echo same options share the hierarchy:
mount -t cgroup -o none,name=x none /dev/cg3
ls /dev/cg3
umount /dev/cg3
echo a hierarchy with children outlives its umount:
umount /dev/cg2
cat /proc/$$/cgroup
mount -t cgroup -o name=x none /dev/cg3
ls /dev/cg3/b
cat /dev/cg3/b/tasks
echo $$ > /dev/cg3/tasks
rmdir /dev/cg3/b
umount /dev/cg3
rmdir /dev/cg1/a
rmdir /dev/cg1/a/deeper
rmdir /dev/cg1/a
umount /dev/cg1
cat /proc/$$/cgroup
echo done
