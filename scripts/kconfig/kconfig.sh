#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# kconfig.sh - run Debian's kconfig-frontends (kconfig-conf, kconfig-mconf,
# kconfig-nconf, kconfig-merge) on this tree's Kconfig for one output
# directory, as Linux's scripts/kconfig/Makefile runs its own conf and
# mconf.  Called by the top Makefile (scripts/kconfig/Makefile); it
# parses nothing itself.
#
#	kconfig.sh OBJDIR TARGET [ARG...]
#
# OBJDIR holds .config and the generated files, as Linux's objtree does
# with O=: .config, include/config/auto.conf (read by the Makefile),
# include/generated/autoconf.h (included by every object) and
# include/config/auto.conf.cmd.  The tools run inside OBJDIR with
# srctree set, so every Kconfig and fragment path is relative to the
# source tree.
#
# TARGET is one of
#	config oldconfig olddefconfig listnewconfig allnoconfig
#	allyesconfig alldefconfig randconfig menuconfig nconfig
#			as Linux's targets of the same name
#	defconfig	.config from arch/host/defconfig
#	savedefconfig	the minimal .config to OBJDIR/defconfig
#	merge FRAGMENT...
#			merge the fragments into .config (kconfig-merge -m),
#			then olddefconfig: Linux's `make foo.config`
#	derive FRAGMENT...
#			.config from arch/host/defconfig and the fragments,
#			as merge does, and fail when a value a fragment asks
#			for did not make it (an unmet dependency)
#	sync		write auto.conf and autoconf.h from .config, as
#			Linux's syncconfig: new options (Kconfig changed
#			since .config was written) get their default and
#			are listed; autoconf.h is rewritten only when it
#			changes, so that nothing is rebuilt for nothing
#
# KCONFIG_SEED (randconfig), KCONFIG_ALLCONFIG (all*config, randconfig)
# and KCONFIG_PROBABILITY are passed to kconfig-conf as they are.

set -euo pipefail

objdir=${1:?usage: kconfig.sh OBJDIR TARGET [ARG...]}
target=${2:?usage: kconfig.sh OBJDIR TARGET [ARG...]}
shift 2

srctree=$(cd "$(dirname "$0")/../.." && pwd)
defconfig=arch/host/defconfig
quiet=${KCONFIG_QUIET:-}

for tool in kconfig-conf kconfig-merge; do
	if ! command -v "$tool" >/dev/null; then
		echo "kconfig: $tool not found: \`make deps\` installs kconfig-frontends-nox" >&2
		exit 1
	fi
done

mkdir -p "$objdir/include/config" "$objdir/include/generated"
cd "$objdir"

# The environment of every tool: the file names Linux's Makefile uses,
# whatever the caller's environment says.  CONFIG_ would change the
# symbol prefix.
export srctree SRCARCH=host
export KCONFIG_CONFIG=.config
export KCONFIG_AUTOCONFIG=include/config/auto.conf
export KCONFIG_AUTOHEADER=include/generated/autoconf.h
export KCONFIG_TRISTATE=include/config/tristate.conf
unset CONFIG_

conf()
{
	kconfig-conf "$@" Kconfig
}

need_config()
{
	if [ ! -f .config ]; then
		echo "kconfig: $objdir/.config does not exist (make O=$objdir defconfig)" >&2
		exit 1
	fi
}

# The CONFIG_ symbols a config file sets or unsets.
symbols()
{
	sed -n 's/^\(# \)\{0,1\}\(CONFIG_[A-Za-z0-9_]*\)[= ].*/\2/p' "$@"
}

# merge_fragments BASE FRAGMENT...: kconfig-merge -m, quiet unless V=1.
merge_fragments()
{
	local f files=()

	for f in "$@"; do
		if [ ! -r "$srctree/$f" ] && [ ! -r "$f" ]; then
			echo "kconfig: $f: no such fragment" >&2
			exit 1
		fi
		if [ -r "$srctree/$f" ]; then
			files+=("$srctree/$f")
		else
			files+=("$f")
		fi
	done
	if [ -n "$quiet" ]; then
		kconfig-merge -m "${files[@]}" >.config.merge.log ||
			{ cat .config.merge.log; exit 1; }
	else
		kconfig-merge -m "${files[@]}"
	fi
}

case $target in
config)
	conf --oldaskconfig
	;;
oldconfig|olddefconfig|listnewconfig)
	need_config
	conf "--$target"
	;;
allnoconfig|allyesconfig|alldefconfig|randconfig)
	conf ${quiet:+-s} "--$target"
	;;
defconfig)
	echo "*** Default configuration is based on '$defconfig'"
	conf ${quiet:+-s} --defconfig="$defconfig"
	;;
savedefconfig)
	need_config
	conf --savedefconfig=defconfig
	echo "kconfig: the minimal configuration is in $objdir/defconfig"
	;;
menuconfig)
	need_config
	kconfig-mconf Kconfig
	;;
nconfig)
	need_config
	kconfig-nconf Kconfig
	;;
merge)
	need_config
	cp .config .config.base
	merge_fragments .config.base "$@"
	rm -f .config.base
	conf -s --olddefconfig
	;;
derive)
	merge_fragments "$srctree/$defconfig" "$@"
	conf -s --olddefconfig
	# Every value a fragment asks for (the last one wins) must be in
	# .config; arch/host/defconfig's own may give way to a fragment's.
	bad=0
	for f in "$@"; do
		[ -r "$srctree/$f" ] && f=$srctree/$f
		grep -E '^(# )?CONFIG_[A-Za-z0-9_]+[= ]' "$f"
	done >.config.requested
	for sym in $(symbols .config.requested | sort -u); do
		want=$(grep -E "^(# )?$sym[= ]" .config.requested | tail -n 1)
		have=$(grep -E "^(# )?$sym[= ]" .config || true)
		[ "$want" = "$have" ] && continue
		# "is not set" is met by an option that cannot be set either.
		[ "$want" = "# $sym is not set" ] && [ -z "$have" ] && continue
		echo "kconfig: $objdir/.config: $want was asked for," \
			"but Kconfig made it ${have:-invisible} (unmet dependency?)" >&2
		bad=1
	done
	rm -f .config.requested
	if [ $bad -ne 0 ]; then
		rm -f .config
		exit 1
	fi
	;;
sync)
	need_config
	new=$(conf --listnewconfig | grep '^CONFIG_' || true)
	if [ -n "$new" ]; then
		conf -s --olddefconfig
		echo "*** $objdir/.config: new options, set to their defaults" \
			"(make oldconfig or menuconfig to choose):"
		for sym in $new; do
			grep -E "^(# )?$sym[= ]" .config | sed 's/^/***   /'
		done
	fi
	KCONFIG_AUTOHEADER=include/generated/autoconf.h.tmp \
		conf -s --silentoldconfig
	if cmp -s include/generated/autoconf.h.tmp include/generated/autoconf.h; then
		rm -f include/generated/autoconf.h.tmp
	else
		mv -f include/generated/autoconf.h.tmp include/generated/autoconf.h
	fi
	;;
*)
	echo "kconfig: unknown target $target" >&2
	exit 2
	;;
esac
