# SPDX-License-Identifier: GPL-2.0
# Mode and owner checks at open, chmod/chown, and a shell that su's.
echo secret > /tmp/root-only
chmod 600 /tmp/root-only
echo shared > /tmp/shared
chmod 644 /tmp/shared
mkdir /tmp/deleg
echo 1 > /tmp/deleg/ctl
chown 1000:1000 /tmp/deleg/ctl
ls -l /tmp
su 1000
cat /tmp/root-only
cat /tmp/shared
echo x > /tmp/shared
echo status $?
echo 2 > /tmp/deleg/ctl && cat /tmp/deleg/ctl
chmod 666 /tmp/shared
chown 1000 /tmp/shared
mkdir /tmp/deleg/sub
rm /tmp/shared
mkdir /tmp/mine && rmdir /tmp/mine && echo made and removed my own dir
echo 5 > /proc/sys/kernel/ns_last_pid
mount -t ramfs none /tmp/deleg
cat /proc/self/status
su 0
