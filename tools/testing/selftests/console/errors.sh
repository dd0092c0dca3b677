# SPDX-License-Identifier: GPL-2.0
# Errors print what bash and coreutils print, and set $?.
cat /nope
echo status $?
echo hi > /nope/x
echo status $?
mkdir /tmp
echo status $?
mkdir /nope/a/b
rmdir /nope
rmdir /
rmdir /tmp/.
rm /tmp
cat /tmp
ls /nope
echo status $?
nosuchcommand arg
echo status $?
echo 'unterminated
echo status $?
echo > 
echo status $?
kill 99999
echo status $?
echo -5 > /proc/sys/kernel/ns_last_pid
echo status $?
echo x > /proc/sys/kernel/ns_last_pid || echo failed as expected
chmod 99 /tmp
chown nobody /tmp
true && echo and-ok; false && echo not-printed; false || echo or-ok
echo done # a comment; echo not run
