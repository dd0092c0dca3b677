# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS CONFIG_BLK_CGROUP
# blkio-controller.txt section 5: blkio refuses a thread whose
# io_context is shared (CLONE_IO): a cgroup.procs write of its group
# fails EINVAL and no thread moves.  A process whose threads have
# io_contexts of their own moves, and its next I/O is charged to the new
# cgroup.
mkdir /dev/cgroup
mount -t cgroup -o blkio none /dev/cgroup
mkdir /dev/cgroup/a
spawn -t 3 --clone-io
echo $! > /dev/cgroup/a/cgroup.procs
echo 13 > /dev/cgroup/a/cgroup.procs
echo 12 > /dev/cgroup/a/tasks
echo a/tasks:
cat /dev/cgroup/a/tasks
cat /proc/$!/task/*/cgroup
spawn -t 2
bio -p $! sda 8
echo $! > /dev/cgroup/a/cgroup.procs && echo moved
cat /proc/$!/task/*/cgroup
echo a/tasks:
cat /dev/cgroup/a/tasks
cat /dev/cgroup/a/blkio.sectors
bio -w -p 15 sdb 4
bio -p 14 sda1 2
cat /dev/cgroup/a/blkio.sectors
cat /dev/cgroup/a/blkio.io_serviced
cat /dev/cgroup/blkio.sectors
kill 11
kill 14
rmdir /dev/cgroup/a && echo removed
