# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS CONFIG_CGROUP_MEM_RES_CTLR
# memory.txt 6.2: with memory.move_charge_at_immigrate set, a
# cgroup.procs move carries the process's charges exactly once, whichever
# thread's id is written; a thread that does not own the mm, moved
# through tasks, carries none; the owner moved through tasks carries
# them all.  Pages are mapped with `mmap PAGES [PID]`.
mkdir /dev/mem
mount -t cgroup -o memory none /dev/mem
mkdir /dev/mem/a
mkdir /dev/mem/b
echo 1 > /dev/mem/a/memory.move_charge_at_immigrate
echo 1 > /dev/mem/b/memory.move_charge_at_immigrate
cat /dev/mem/b/memory.move_charge_at_immigrate
spawn -t 3
echo $! > /dev/mem/a/cgroup.procs
mmap 10 $!
echo a: && cat /dev/mem/a/memory.usage_in_bytes
echo procs move by a thread id:
echo 13 > /dev/mem/b/cgroup.procs
cat /proc/$!/task/*/cgroup
echo a: && cat /dev/mem/a/memory.usage_in_bytes
echo b: && cat /dev/mem/b/memory.usage_in_bytes
echo again, in place:
echo $! > /dev/mem/b/cgroup.procs
echo b: && cat /dev/mem/b/memory.usage_in_bytes
echo non-owner thread through tasks:
echo 12 > /dev/mem/a/tasks
cat /proc/$!/task/*/cgroup
echo a: && cat /dev/mem/a/memory.usage_in_bytes
echo b: && cat /dev/mem/b/memory.usage_in_bytes
echo its pages go to the owner memcg:
mmap 1 12
echo b: && cat /dev/mem/b/memory.usage_in_bytes
echo the owner through tasks:
echo $! > /dev/mem/a/tasks
echo a: && cat /dev/mem/a/memory.usage_in_bytes
echo b: && cat /dev/mem/b/memory.usage_in_bytes
echo without move_charge_at_immigrate:
echo 0 > /dev/mem/b/memory.move_charge_at_immigrate
echo $! > /dev/mem/b/cgroup.procs
echo a: && cat /dev/mem/a/memory.usage_in_bytes
echo b: && cat /dev/mem/b/memory.usage_in_bytes
munmap 11 $!
echo a: && cat /dev/mem/a/memory.usage_in_bytes
echo 4 > /dev/mem/b/memory.move_charge_at_immigrate
echo x > /dev/mem/b/memory.move_charge_at_immigrate
cat /dev/mem/b/memory.move_charge_at_immigrate
kill $!
rmdir /dev/mem/a && rmdir /dev/mem/b
umount /dev/mem
