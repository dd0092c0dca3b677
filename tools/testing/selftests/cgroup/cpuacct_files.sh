# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS CONFIG_CGROUP_SCHED CONFIG_CGROUP_CPUACCT
# cpuacct: the files of a new group, resetting usage (only 0 may be
# written), and cpu + cpuacct on one hierarchy.
mkdir /dev/cgroup
mount -t cgroup -o cpu,cpuacct none /dev/cgroup
mkdir /dev/cgroup/a
ls /dev/cgroup/a
cat /dev/cgroup/a/cpuacct.usage
cat /dev/cgroup/a/cpuacct.usage_percpu
cat /dev/cgroup/a/cpuacct.stat
echo 5 > /dev/cgroup/a/cpuacct.usage
echo -1 > /dev/cgroup/a/cpuacct.usage
echo 0 > /dev/cgroup/a/cpuacct.usage && cat /dev/cgroup/a/cpuacct.usage
echo 0 > /dev/cgroup/cpuacct.usage
rmdir /dev/cgroup/a
umount /dev/cgroup
