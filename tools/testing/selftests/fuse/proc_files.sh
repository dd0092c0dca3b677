# SPDX-License-Identifier: GPL-2.0
# /proc/<pid>/stat, /proc/<pid>/task/<tid>/stat, comm, cmdline and
# mountinfo in Linux's formats (vfs.txt 5.1, 5.2), read by the console
# and by a host bash through the mount alike; a zombie leader's.
echo 31336 > /proc/sys/kernel/ns_last_pid
spawn -t 3
cat /proc/31337/stat
cat /proc/31337/task/31339/stat
cat /proc/31337/comm
cat /proc/31337/cmdline; echo
cat /proc/1/cmdline; echo
cat /proc/2/stat
cat /proc/2/comm
echo comm: a thread renames its process, others may not
thread 31338 write /proc/31337/comm worker
cat /proc/31337/comm
cat /proc/31337/task/31338/comm
echo other > /proc/31337/comm
echo the leader exits, its threads live on
thread 31337 exit
cat /proc/31337/stat
cat /proc/31337/cmdline; echo
cat /proc/31337/task/31338/cmdline; echo
cat /proc/31337/mounts
cat /proc/31338/mountinfo
kill 31337
