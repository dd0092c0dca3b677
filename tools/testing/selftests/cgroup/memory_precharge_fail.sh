# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS CONFIG_CGROUP_MEM_RES_CTLR
# memory.txt 6.1: the target of a move with move_charge_at_immigrate
# cannot take the precharge: the cgroup.procs write fails with ENOMEM,
# no thread moves, no charge moves, the precharge is given back and the
# target's failcnt counts it; the immediate retry with room succeeds.
mkdir /dev/mem
mount -t cgroup -o memory none /dev/mem
mkdir /dev/mem/a
mkdir /dev/mem/b
echo 1 > /dev/mem/b/memory.move_charge_at_immigrate
echo 16k > /dev/mem/b/memory.limit_in_bytes
cat /dev/mem/b/memory.limit_in_bytes
spawn -t 2
echo $! > /dev/mem/a/cgroup.procs
mmap 10 $!
echo $! > /dev/mem/b/cgroup.procs
echo refused: $?
cat /proc/$!/task/*/cgroup
echo a: && cat /dev/mem/a/memory.usage_in_bytes
echo b: && cat /dev/mem/b/memory.usage_in_bytes
echo b failcnt: && cat /dev/mem/b/memory.failcnt
echo the owner through tasks, refused too:
echo $! > /dev/mem/b/tasks
cat /proc/$!/cgroup
echo b: && cat /dev/mem/b/memory.usage_in_bytes
echo with room:
echo -1 > /dev/mem/b/memory.limit_in_bytes
cat /dev/mem/b/memory.limit_in_bytes
echo $! > /dev/mem/b/cgroup.procs
cat /proc/$!/task/*/cgroup
echo a: && cat /dev/mem/a/memory.usage_in_bytes
echo b: && cat /dev/mem/b/memory.usage_in_bytes
kill $!
echo b: && cat /dev/mem/b/memory.usage_in_bytes
rmdir /dev/mem/a && rmdir /dev/mem/b
umount /dev/mem
