# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS
# cgroups.txt 2.2.3, EACCES (tasks half): the open permission, then the
# core check (euid 0, or the target's uid or suid), and "0" without a
# check.
mkdir /dev/cgroup
mount -t cgroup -o none,name=perm none /dev/cgroup
mkdir /dev/cgroup/a
chown 1000 /dev/cgroup/a/tasks
mkdir /dev/cgroup/b
spawn
echo $! > /dev/cgroup/b/tasks && echo root moves anyone
su 1000
echo $! > /dev/cgroup/b/tasks
echo $! > /dev/cgroup/a/tasks
cat /proc/$!/cgroup
echo 0 > /dev/cgroup/a/tasks && echo moved myself
cat /proc/$$/cgroup
echo $$ > /dev/cgroup/a/tasks && echo same uid
