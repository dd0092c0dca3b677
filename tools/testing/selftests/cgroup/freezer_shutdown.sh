# SPDX-License-Identifier: GPL-2.0
# needs: CONFIG_CGROUPS CONFIG_CGROUP_FREEZER
# Shutdown with frozen processes must not hang: a churning process (its
# driver parks in the refrigerator at its next call) and a still one are
# frozen, then the console exits.  Shutdown switches the freezer off
# before it stops the drivers and kills every process.
mkdir /dev/freezer
mount -t cgroup -o freezer none /dev/freezer
mkdir /dev/freezer/a
spawn -t 2
spawn -t 4 --churn
echo 11 > /dev/freezer/a/cgroup.procs
echo $! > /dev/freezer/a/cgroup.procs
echo FROZEN > /dev/freezer/a/freezer.state
sleep 0.1
echo frozen, exiting
exit
