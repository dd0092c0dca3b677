# SPDX-License-Identifier: GPL-2.0
# Plain files and directories on the in-memory root file system.
ls /
echo hi > /tmp/x
cat /tmp/x
echo more >> /tmp/x
cat /tmp/x
echo replaced > /tmp/x; cat /tmp/x
mkdir /tmp/d /tmp/d/sub
echo f > /tmp/d/file
ls /tmp/d
ls -l /tmp/d
ls /tmp/d/file
mkdir -p /tmp/p/q/r && ls /tmp/p/q
rmdir /tmp/p/q/r /tmp/p/q /tmp/p
rmdir /tmp/d
echo status $?
rm /tmp/d/file
rmdir /tmp/d/sub /tmp/d
ls /tmp
rm /tmp/x
ls /tmp
cd /tmp; mkdir rel; ls; rmdir rel; cd /
ls /sys/fs
