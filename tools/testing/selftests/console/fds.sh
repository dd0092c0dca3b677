# SPDX-License-Identifier: GPL-2.0
# Descriptors kept open across commands: exec N> file, cmd >&N, exec N>&-.
exec 3> /tmp/log
echo one >&3
echo two >&3
cat /tmp/log
exec 4>> /tmp/log
echo three >&4
exec 4>&-
echo four >&4
echo status $?
cat /tmp/log
# an open file outlives its name
rm /tmp/log
echo five >&3
echo status $?
ls /tmp
exec 3>&-
echo six >&3
echo to the console >&1
exec 3> /nope/x
