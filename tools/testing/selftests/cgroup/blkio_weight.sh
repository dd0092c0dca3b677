# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS CONFIG_BLK_CGROUP
# blkio.weight (100..1000, else EINVAL) and blkio.weight_device
# ("MAJ:MIN WEIGHT", weight 0 removes the rule; an unknown device or a
# partition is ENODEV), with 2.6.38's read-back format.
mkdir /dev/cgroup
mount -t cgroup -o blkio none /dev/cgroup
mkdir /dev/cgroup/a
cat /dev/cgroup/a/blkio.weight
echo 1000 > /dev/cgroup/a/blkio.weight
echo 99 > /dev/cgroup/a/blkio.weight
echo 1001 > /dev/cgroup/a/blkio.weight
cat /dev/cgroup/a/blkio.weight
echo "8:0 300" > /dev/cgroup/a/blkio.weight_device
echo "8:16 200" > /dev/cgroup/a/blkio.weight_device
cat /dev/cgroup/a/blkio.weight_device
echo "8:0 700" > /dev/cgroup/a/blkio.weight_device
echo "8:1 300" > /dev/cgroup/a/blkio.weight_device
echo "8:32 300" > /dev/cgroup/a/blkio.weight_device
echo "8:0 50" > /dev/cgroup/a/blkio.weight_device
echo "8:0" > /dev/cgroup/a/blkio.weight_device
echo "sda 300" > /dev/cgroup/a/blkio.weight_device
cat /dev/cgroup/a/blkio.weight_device
echo "8:16 0" > /dev/cgroup/a/blkio.weight_device
cat /dev/cgroup/a/blkio.weight_device
ls -l /dev/cgroup/a
rmdir /dev/cgroup/a
umount /dev/cgroup
