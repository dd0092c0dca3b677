# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS
# cgroups.txt 2.2.1 and 3.2.3 from a shell: cgroup.procs writes while threads
# of the process clone and exit (--churn), and also exec (--exec), and
# while its leader writes "0" as its other threads come and go.  After
# every write the whole process is in the destination: once the churn
# stopped, the cgroup it left lists nothing.
mkdir /dev/cgroup
mount -t cgroup -o none,name=c none /dev/cgroup
mkdir /dev/cgroup/s
mkdir /dev/cgroup/c
spawn -t 8 --churn
echo $! > /dev/cgroup/s/cgroup.procs
echo $! > /dev/cgroup/c/cgroup.procs
echo $! > /dev/cgroup/s/cgroup.procs
echo $! > /dev/cgroup/c/cgroup.procs
echo $! > /dev/cgroup/s/cgroup.procs
echo $! > /dev/cgroup/c/cgroup.procs
thread $! write /dev/cgroup/s/cgroup.procs 0
thread $! write /dev/cgroup/c/cgroup.procs 0
thread $! write /dev/cgroup/s/cgroup.procs 0
thread $! write /dev/cgroup/c/cgroup.procs 0
spawn --stop $!
echo exit churn: s lists nothing, c the process
cat /dev/cgroup/s/tasks
cat /dev/cgroup/c/cgroup.procs
kill $!
echo 25000 > /proc/sys/kernel/ns_last_pid
spawn -t 8 --churn --exec
echo $! > /dev/cgroup/s/cgroup.procs
echo $! > /dev/cgroup/c/cgroup.procs
echo $! > /dev/cgroup/s/cgroup.procs
echo $! > /dev/cgroup/c/cgroup.procs
echo $! > /dev/cgroup/s/cgroup.procs
echo $! > /dev/cgroup/c/cgroup.procs
echo $! > /dev/cgroup/s/cgroup.procs
echo $! > /dev/cgroup/c/cgroup.procs
spawn --stop $!
echo exec churn: s lists nothing, c the process
cat /dev/cgroup/s/tasks
cat /dev/cgroup/c/cgroup.procs
kill $!
sleep 0.5
rmdir /dev/cgroup/s
rmdir /dev/cgroup/c
umount /dev/cgroup
