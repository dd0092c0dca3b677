#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# init.sh - pid 1 inside the user-mode-linux guest that run.sh boots.
#
# The guest's root is the host's / through hostfs, read-only.  This script
# mounts proc, sysfs and a tmpfs on /run, mounts the host's result
# directory (UML_OUT, from the kernel command line) read-write on
# /run/out, then runs the test binary (UML_TEST) once per hierarchy:
#
#	v1-named  cgroup v1, no controller: -o none,name=procs_atomic
#	v1-cpu    cgroup v1 with the cpu controller
#	v2        cgroup v2 (no controller enabled)
#
# For each it leaves NAME.tap (the test's output) and NAME.rc (its exit
# code) in the result directory, then powers the guest off.  The kernel
# passes UML_OUT, UML_TEST, UML_ITERS, UML_THREADS and UML_TIMEOUT to
# init as environment variables.

PATH=/usr/sbin:/usr/bin:/sbin:/bin
export PATH

power_off()
{
	sync
	echo o >/proc/sysrq-trigger
	sleep 5
	poweroff -f
}

mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t tmpfs -o mode=0755 tmpfs /run || power_off
mkdir -p /run/out
if ! mount -t hostfs -o "$UML_OUT" hostfs /run/out; then
	echo "uml init: cannot mount $UML_OUT"
	power_off
fi
uname -r >/run/out/booted

run_one()
{
	name=$1
	shift
	mkdir -p "/run/$name"
	if mount -t "$@" "/run/$name" 2>"/run/out/$name.mount"; then
		"$UML_TEST" -n "$UML_ITERS" -t "$UML_THREADS" \
			-T "$UML_TIMEOUT" "/run/$name" \
			>"/run/out/$name.tap" 2>&1
		echo $? >"/run/out/$name.rc"
		umount "/run/$name"
	else
		echo "1..0 # SKIP cannot mount $*: $(cat "/run/out/$name.mount")" \
			>"/run/out/$name.tap"
		echo 4 >"/run/out/$name.rc"
	fi
}

run_one v1-named cgroup -o none,name=procs_atomic cgroup
run_one v1-cpu cgroup -o cpu cgroup
run_one v2 cgroup2 cgroup2
echo finished >/run/out/done
umount /run/out
power_off
