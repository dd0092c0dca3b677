# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS CONFIG_CGROUP_MEM_RES_CTLR
# memcg files: limit_in_bytes parsing (k/m/g, -1, rounding to a page,
# nothing for the root), mapping over the limit (ENOMEM, failcnt),
# max_usage and failcnt reset, a limit below the usage (EBUSY), fork
# charging the child's copy (ENOMEM over the limit), use_hierarchy and
# force_empty.
mkdir /dev/mem
mount -t cgroup -o memory none /dev/mem
mkdir /dev/mem/a
ls /dev/mem/a
cat /dev/mem/a/memory.limit_in_bytes
echo 64k > /dev/mem/a/memory.limit_in_bytes
cat /dev/mem/a/memory.limit_in_bytes
echo 1M > /dev/mem/a/memory.limit_in_bytes
cat /dev/mem/a/memory.limit_in_bytes
echo 5000 > /dev/mem/a/memory.limit_in_bytes
cat /dev/mem/a/memory.limit_in_bytes
echo 12x > /dev/mem/a/memory.limit_in_bytes
echo -2 > /dev/mem/a/memory.limit_in_bytes
echo 1m > /dev/mem/memory.limit_in_bytes
echo 32k > /dev/mem/a/memory.limit_in_bytes
echo 0 > /dev/mem/a/cgroup.procs
mmap 6
cat /dev/mem/a/memory.usage_in_bytes
mmap 3
echo over the limit: $?
cat /dev/mem/a/memory.failcnt
echo fork copies 6 pages, 2 fit:
spawn
echo with room: the copy is charged, then dropped by the exec of the child:
echo 64k > /dev/mem/a/memory.limit_in_bytes
spawn
cat /dev/mem/a/memory.usage_in_bytes
cat /dev/mem/a/memory.max_usage_in_bytes
kill $!
echo 0 > /dev/mem/a/memory.failcnt
cat /dev/mem/a/memory.failcnt
echo 0 > /dev/mem/a/memory.max_usage_in_bytes
cat /dev/mem/a/memory.max_usage_in_bytes
echo force_empty with tasks:
echo 1 > /dev/mem/a/memory.force_empty
echo 0 > /dev/mem/cgroup.procs
munmap 7
munmap 6
echo use_hierarchy:
echo 1 > /dev/mem/a/memory.use_hierarchy
mkdir /dev/mem/a/b
cat /dev/mem/a/b/memory.use_hierarchy
echo 0 > /dev/mem/a/memory.use_hierarchy
echo 0 > /dev/mem/a/b/memory.use_hierarchy
echo 0 > /dev/mem/a/b/cgroup.procs
mmap 3
cat /dev/mem/a/memory.usage_in_bytes
echo 0 > /dev/mem/cgroup.procs
echo 1 > /dev/mem/a/b/memory.force_empty
cat /dev/mem/a/b/memory.usage_in_bytes
cat /dev/mem/a/memory.usage_in_bytes
munmap 3
cat /dev/mem/a/memory.usage_in_bytes
rmdir /dev/mem/a/b && rmdir /dev/mem/a
umount /dev/mem
