// SPDX-License-Identifier: GPL-2.0
#include "device_cgroup.c"
