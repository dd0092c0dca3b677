# SPDX-License-Identifier: GPL-2.0
#
# Kbuild-lite for the hosted kernel.
#
# The kernel is configured as Linux is, with Kconfig (Kconfig,
# init/Kconfig, arch/host/Kconfig, lib/Kconfig.debug, ...) and Debian's
# kconfig-frontends: `make menuconfig` or `make defconfig` writes
# $(O)/.config, and the build reads $(O)/include/config/auto.conf and
# includes $(O)/include/generated/autoconf.h.  A tree without a .config
# builds arch/host/defconfig.  Documentation/kbuild/kconfig.txt.
#
# Kernel-side directories list their objects in a Makefile of their own,
# as Kbuild does:
#
#	obj-y			+= fork.o
#	obj-$(CONFIG_CGROUPS)	+= cgroup.o
#	kunit-y			+= pid_test.o	(linked only with CONFIG_KUNIT)
#	kunit-wraps-y		+= fork.o	(fork_test.c #includes fork.c, so
#						 fork.o is dropped when it is in)
#
# arch/host/Makefile lists host-y: the only objects compiled against the
# host's headers (libc, pthread, liburcu, libfuse).  Everything else is
# built with -nostdinc -ffreestanding and reaches the host only through
# host_ops (arch/host/include/host_ops.h); `make check` verifies that.
#
# Targets (make help): all (./vmlinux, from out/), run, check, kunit,
# selftest, torture, bench, buildbot, deps, the configuration targets of
# scripts/kconfig/Makefile, C=1 (sparse on every kernel-side file),
# coccicheck, checkpatch, kerneldoc, clean.  kunit, selftest, torture and
# check build and run the test kernel: arch/host/defconfig with
# TEST_CONFIGS on top, in out-test/.  SANITIZE=thread or
# SANITIZE=address,undefined builds the test kernel into its own output
# directory.  O=DIR builds in DIR.  V=1 shows the commands.

MAKEFLAGS += --no-print-directory -rR
.DEFAULT_GOAL := all
SHELL := /bin/bash
.SUFFIXES:

ifeq ($(V),1)
Q :=
quiet = @:
else
Q := @
quiet = @printf '  %-8s %s\n'
endif

srctree := .
SANITIZE ?=
ifeq ($(SANITIZE),)
O ?= out
else
O ?= out-$(subst $(comma),-,$(SANITIZE))
endif
comma := ,

CC	?= gcc
ifeq ($(origin CC),default)
CC	:= gcc
endif
LD	:= $(CC)
NM	?= nm
ifeq ($(origin NM),default)
NM	:= nm
endif

# ---------------------------------------------------------------------------
# Configuration (scripts/kconfig/Makefile, Documentation/kbuild/kconfig.txt)
SRCARCH := host
export SRCARCH

# The test kernel: arch/host/defconfig and these fragments, merged in
# this order.  `make kunit`, selftest, torture and check build it into
# out-test/ (out-thread/, out-address-undefined/ with SANITIZE=); any
# build with SANITIZE= is a test kernel.
TEST_CONFIGS := kernel/configs/debug.config \
	tools/testing/kunit/configs/all_tests.config \
	tools/testing/selftests/cgroup/config \
	tools/testing/selftests/console/config \
	tools/testing/torture/config
ifneq ($(SANITIZE),)
KCONFIG_FRAGMENTS ?= $(TEST_CONFIGS)
endif
ifneq ($(filter command line environment,$(origin O)),)
TEST_O := $(O)
else
TEST_O := $(if $(SANITIZE),$(O),out-test)
endif

# `make CONFIG_CGROUPS=n` configured the tree before Kconfig did; say so
# rather than build something else than what was asked for.
cmdline-config-vars := $(foreach v,$(filter CONFIG_%,$(.VARIABLES)),\
	$(if $(filter command line,$(origin $(v))),$(v)))
ifneq ($(strip $(cmdline-config-vars)),)
$(error $(strip $(cmdline-config-vars)) on the command line: options are \
	set in $(O)/.config, e.g. kconfig-tweak --file $(O)/.config \
	--disable CGROUPS and make olddefconfig, or a fragment with \
	KCONFIG_FRAGMENTS=; see Documentation/kbuild/kconfig.txt)
endif

include scripts/kconfig/Makefile

# Which goals need $(O)/.config, as Linux's top Makefile decides: the
# configuration targets write it, and the goals below run sub-makes of
# their own (or need no configuration); every other goal reads it.
config-goals := $(filter $(simple-config-targets) %.config,$(MAKECMDGOALS))
no-dot-config-goals := clean help deps run check kunit kunit-stress selftest test-vmlinux \
	test-configs \
	selftest-fuse selftest-real torture bench buildbot coccicheck \
	coccicheck-selftest checkpatch kerneldoc lint checks-print-lists
mixed-goals :=
dot-config := 1
ifneq ($(config-goals),)
ifneq ($(filter-out $(config-goals),$(MAKECMDGOALS)),)
mixed-goals := 1
else
dot-config :=
endif
endif
ifneq ($(MAKECMDGOALS),)
ifeq ($(filter-out $(no-dot-config-goals),$(MAKECMDGOALS)),)
dot-config :=
endif
endif

# ---------------------------------------------------------------------------
# Flags
WARNINGS := -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare \
	-Wno-missing-field-initializers -Wshadow=local -Wvla \
	-Wstrict-prototypes -Wmissing-prototypes -Werror=implicit-function-declaration
ifneq ($(W),0)
WARNINGS += -Werror
endif

OPTFLAGS ?= -O2 -g
SANFLAGS := $(if $(SANITIZE),-fsanitize=$(SANITIZE) -fno-omit-frame-pointer)

KERNEL_CPPFLAGS := -D__KERNEL__ -nostdinc -Iinclude -Iarch/host/include \
	-I$(O)/include -include $(O)/include/generated/autoconf.h \
	-include include/linux/kconfig.h
KERNEL_CFLAGS := -std=gnu11 -ffreestanding -fno-strict-aliasing -fno-common \
	-fno-delete-null-pointer-checks $(WARNINGS) $(OPTFLAGS) $(SANFLAGS) \
	$(KERNEL_CFLAGS_EXTRA)
HOST_CPPFLAGS := -D_GNU_SOURCE -Iarch/host/include -I$(O)/include \
	-include $(O)/include/generated/autoconf.h
HOST_CFLAGS := -std=gnu11 -pthread $(WARNINGS) $(OPTFLAGS) $(SANFLAGS) \
	$(HOST_CFLAGS_EXTRA)
HOST_LIBS := -pthread -lurcu-memb -lurcu-common -lfuse3
LDFLAGS := $(SANFLAGS)

# ---------------------------------------------------------------------------
# Object lists, collected from each directory's Makefile, for the options
# of $(O)/include/config/auto.conf.
ifeq ($(mixed-goals),1)
# `make O=x defconfig debug.config vmlinux`: one goal after the other,
# each in a make of its own (the first ones change what the last reads).
.PHONY: $(MAKECMDGOALS) __build_one_by_one
$(filter-out __build_one_by_one,$(MAKECMDGOALS)): __build_one_by_one
	@:
__build_one_by_one:
	$(Q)set -e; for goal in $(MAKECMDGOALS); do $(MAKE) $$goal; done
else

ifeq ($(dot-config),1)
-include $(O)/include/config/auto.conf
endif

KERNEL_DIRS := init kernel kernel/locking mm block security fs fs/proc lib \
	lib/kunit usr drivers/char samples/cgroup arch/host

define collect_dir
obj-y :=
kunit-y :=
kunit-wraps-y :=
host-y :=
include $(1)/Makefile
dir-obj := $$(addprefix $(1)/,$$(obj-y))
dir-kunit := $$(addprefix $(1)/,$$(kunit-y))
dir-wraps := $$(addprefix $(1)/,$$(kunit-wraps-y))
ifeq ($(CONFIG_KUNIT),y)
kernel-objs += $$(filter-out $$(dir-wraps),$$(dir-obj)) $$(dir-kunit)
else
kernel-objs += $$(dir-obj)
endif
host-objs += $$(addprefix $(1)/,$$(host-y))
endef

kernel-objs :=
host-objs :=
$(foreach d,$(KERNEL_DIRS),$(eval $(call collect_dir,$(d))))
kernel-objs := $(addprefix $(O)/,$(kernel-objs))
host-objs := $(addprefix $(O)/,$(host-objs))

# ---------------------------------------------------------------------------
# Rules
.PHONY: all
all: vmlinux

$(O)/%.o: %.c $(O)/include/generated/autoconf.h
	@mkdir -p $(dir $@)
	$(quiet) CC $<
	$(Q)$(if $(filter $@,$(host-objs)),\
		$(CC) $(HOST_CPPFLAGS) $(HOST_CFLAGS) -MMD -MP -c -o $@ $<,\
		$(CC) $(KERNEL_CPPFLAGS) $(KERNEL_CFLAGS) -MMD -MP -c -o $@ $<)
ifeq ($(C),1)
	$(Q)$(if $(filter $@,$(host-objs)),,\
		scripts/sparse.sh $(KERNEL_CPPFLAGS) $<)
endif

# CONFIG_IKCONFIG: $(O)/.config, gzipped, as a C string between the
# markers scripts/extract-ikconfig looks for (kernel/configs.c).
$(O)/include/generated/config_data.h: $(O)/.config
	$(quiet) GZIP $@
	$(Q){ echo '/* $(O)/.config, gzip -n -9: generated, do not edit */'; \
	  echo '#define KERNEL_CONFIG_DATA \'; \
	  gzip -n -9 <$< | od -An -v -tx1 | \
	  sed 's/ /\\x/g; s/^/\t"/; s/$$/" \\/'; \
	  echo '	""'; } >$@.tmp
	$(Q)mv -f $@.tmp $@
$(O)/kernel/configs.o: $(O)/include/generated/config_data.h

# The kernel as one relocatable object: its undefined symbols are exactly
# what it asks of the host (scripts/check-seam.sh).
$(O)/kernel.o: $(kernel-objs)
	$(quiet) LD $@
	$(Q)$(LD) -r -nostdlib -o $@ $^

$(O)/vmlinux: $(O)/kernel.o $(host-objs)
	$(quiet) LD $@
	$(Q)$(LD) $(LDFLAGS) -o $@ $^ $(HOST_LIBS)

# ./vmlinux is out/vmlinux, the kernel of out/.config.  Copy then rename:
# ./vmlinux may be running ("Text file busy").
vmlinux: $(O)/vmlinux
	$(Q)$(if $(filter out,$(O)),cp $< $@.tmp && mv -f $@.tmp $@)

-include $(kernel-objs:.o=.d) $(host-objs:.o=.d)

# ---------------------------------------------------------------------------
# Set-up, running and testing
.PHONY: help deps run check kunit kunit-stress selftest selftest-fuse selftest-real torture bench clean checkseam \
	coccicheck checkpatch kerneldoc lint buildbot test-vmlinux test-configs FORCE
FORCE:

deps:
	$(Q)scripts/install-deps.sh

run: deps
	$(Q)$(MAKE) vmlinux
	$(Q){ cat tools/run/cover-letter.sh; if [ -t 0 ]; then cat; fi; } | \
		$(O)/vmlinux $(if $(FUSE),--fuse $(FUSE)) $(RUNARGS)

# The test kernel, in $(TEST_O) (out-test/ unless O= or SANITIZE=).
test-vmlinux:
	$(Q)$(MAKE) O=$(TEST_O) \
		KCONFIG_FRAGMENTS="$(or $(KCONFIG_FRAGMENTS),$(TEST_CONFIGS))" \
		$(TEST_O)/vmlinux

# The test kernel's fragments, for scripts (scripts/check.sh).
test-configs:
	@echo $(TEST_CONFIGS)

kunit: test-vmlinux
	$(Q)$(TEST_O)/vmlinux kunit$(if $(SUITE),=$(SUITE))

# The whole suite RUNS times on each build, alone and beside CPU burners.
kunit-stress:
	$(Q)RUNS=$(or $(RUNS),10) tools/testing/kunit/kunit-stress.sh

# Black-box console scripts: each tools/testing/selftests/*/NAME.sh runs in
# a fresh test kernel and its output must equal NAME.expected.
selftest: test-vmlinux
	$(Q)tools/testing/selftests/run.sh $(TEST_O)/vmlinux

checkseam: $(O)/kernel.o
	$(Q)scripts/check-seam.sh $(O)/kernel.o $(if $(SANITIZE),--sanitized)

check: deps
	$(Q)O=$(TEST_O) KCONFIG_FRAGMENTS="$(or $(KCONFIG_FRAGMENTS),$(TEST_CONFIGS))" \
		scripts/check.sh

# Every configuration a kernel builder might pick: allnoconfig,
# defconfig, allyesconfig and randconfigs, each built, booted and tested
# (scripts/buildbot.sh).  BUILDBOT="randconfig:0x1234 allnoconfig" runs
# those.
buildbot: deps
	$(Q)scripts/buildbot.sh $(BUILDBOT)

# The torture test (Documentation/torture.txt).  TORTURE_SHORT=1: the
# short run of `make check`; DURATION= seconds; TORTURE_ARGS= more
# parameters (later words win).
TORTURE_SHORT_ARGS = nprocs=6 nthreads=16 duration=$(or $(DURATION),60) stutter=4
TORTURE_LONG_ARGS = nprocs=8 nthreads=64 duration=$(or $(DURATION),60)
torture: test-vmlinux
	$(Q)set -o pipefail; $(TEST_O)/vmlinux torture \
		$(if $(TORTURE_SHORT),$(TORTURE_SHORT_ARGS),$(TORTURE_LONG_ARGS)) \
		$(TORTURE_ARGS) 2>&1 | tee $(TEST_O)/torture-run.log; \
	tools/testing/torture/parse-console.sh $(TEST_O)/torture-run.log

clean:
	$(Q)rm -rf out out-* vmlinux vmlinux.tmp

help:
	@echo 'Configuration targets (on $$(O)/.config; O=out unless given):'
	@echo '  defconfig menuconfig nconfig config oldconfig olddefconfig'
	@echo '  listnewconfig savedefconfig allnoconfig allyesconfig'
	@echo '  alldefconfig randconfig (KCONFIG_SEED=0x...)'
	@echo '  foo.config       merge kernel/configs/foo.config into .config'
	@echo '  KCONFIG_FRAGMENTS="a b"  .config = arch/host/defconfig + fragments'
	@echo 'Building and testing:'
	@echo '  all (./vmlinux from out/), run, kunit [SUITE=glob], selftest,'
	@echo '  selftest-fuse, selftest-real, torture, check, buildbot'
	@echo '  [BUILDBOT="randconfig:0x..."], bench, kunit-stress, deps, clean'
	@echo '  SANITIZE=thread|address,undefined, C=1, V=1, O=DIR'
	@echo 'Static checks: sparse tsa coccicheck checkpatch kerneldoc lint'
	@echo 'README and Documentation/kbuild/kconfig.txt say more.'

# The benchmarks (Documentation/cgroups/benchmarks.txt): the hosted
# kernel, the same without cgroups, through FUSE, and the host's Linux
# side by side.  BENCH=full for the long version.  It builds its own
# kernels (without KUnit) and writes its results under out/bench/.
bench:
	$(Q)BENCH=$(or $(BENCH),quick) tools/testing/bench/run.sh

# The selftests again, through the FUSE mount, from a host bash.
selftest-fuse: test-vmlinux
	$(Q)tools/testing/selftests/fuse/run.sh $(TEST_O)/vmlinux

# test_procs_atomic on a real Linux kernel: Debian's user-mode-linux.
selftest-real:
	$(Q)tools/testing/selftests/cgroup/run_real_kernel.sh

# The static gates: sparse, tsa, coccicheck, checkpatch, kerneldoc, lint,
# checkstatic (all of them), coccicheck-selftest.
include scripts/Makefile.checks

endif # mixed-goals
