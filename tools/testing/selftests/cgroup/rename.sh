# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS
# rename(2) of a cgroup directory (cgroups.txt 2.4): within its parent
# it keeps the cgroup, its tasks and its state, /proc/<pid>/cgroup shows
# the new path; a control file is ENOTDIR, an existing name EEXIST,
# another parent EIO; mv's own checks come first, as coreutils'.
mkdir /dev/cgroup
mount -t cgroup -o none,name=r none /dev/cgroup
mkdir /dev/cgroup/a
mkdir /dev/cgroup/a/c
mkdir /dev/cgroup/b
spawn -t 2
echo $! > /dev/cgroup/a/cgroup.procs
echo 1 > /dev/cgroup/a/notify_on_release
mv /dev/cgroup/a /dev/cgroup/x
ls /dev/cgroup
ls /dev/cgroup/x
cat /dev/cgroup/x/tasks
cat /dev/cgroup/x/notify_on_release
cat /proc/$!/cgroup
cat /proc/$!/task/12/cgroup
echo a renamed child takes tasks
mv /dev/cgroup/x/c /dev/cgroup/x/d
echo 12 > /dev/cgroup/x/d/tasks
cat /proc/$!/task/12/cgroup
echo ENOTDIR: a control file
mv /dev/cgroup/x/tasks /dev/cgroup/x/t2
echo EEXIST: onto an existing cgroup
mv -T /dev/cgroup/x /dev/cgroup/b
echo EIO: into another parent
mv /dev/cgroup/x /dev/cgroup/b
echo mv: a directory onto a file, a file onto a directory
mv /dev/cgroup/x /dev/cgroup/tasks
mv -T /dev/cgroup/tasks /dev/cgroup/x
echo EINVAL: into itself
mv /dev/cgroup/x /dev/cgroup/x/y
mv /dev/cgroup/nosuch /dev/cgroup/y
echo nothing changed
ls /dev/cgroup
ls /dev/cgroup/x
cat /dev/cgroup/x/cgroup.procs
kill $!
rmdir /dev/cgroup/x/d
rmdir /dev/cgroup/x
rmdir /dev/cgroup/b
umount /dev/cgroup
