# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS CONFIG_CGROUP_SCHED
# /proc: a spawned process, its threads, ns_last_pid, /proc/self.
echo 31336 > /proc/sys/kernel/ns_last_pid
cat /proc/sys/kernel/ns_last_pid
spawn -t 4
cat /proc/$!/status
ls /proc/$!/task
cat /proc/31339/task/31339/status
ls /proc/$!
spawn
cat /proc/sys/kernel/ns_last_pid
cat /proc/31341/status
kill -9 31337 31341
sleep 0.5
cat /proc/31337/status
ls /proc/31341
cat /proc/$$/status
ls /proc/self/task
