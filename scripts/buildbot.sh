#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# buildbot.sh - build, boot and test the kernel in the configurations a
# kernel builder may pick, as a randconfig build bot does for Linux
# (`make buildbot`; the "configs" gate of `make check`).
#
#	scripts/buildbot.sh [CONFIG...]
#
# CONFIG is allnoconfig, defconfig, allyesconfig, randconfig (a new seed)
# or randconfig:SEED (KCONFIG_SEED=SEED).  The default is allnoconfig,
# defconfig, allyesconfig and $BUILDBOT_RANDCONFIGS (3) randconfigs.
# Each is configured by its make target in an output directory of its
# own, out-CONFIG (out-randconfig1, out-randconfig2, ...), then must:
#
#   build	make O=DIR DIR/vmlinux: no error and no warning (-Werror)
#   seam	scripts/check-seam.sh --no-lint DIR/kernel.o
#   boot	DIR/vmlinux -c true: boots, runs the console, shuts down,
#		exit status 0, nothing on stderr
#   config	with CONFIG_IKCONFIG, scripts/extract-ikconfig DIR/vmlinux
#		is DIR/.config; with CONFIG_IKCONFIG_PROC, so is
#		/proc/config.gz read through the console
#   kunit	with CONFIG_KUNIT, DIR/vmlinux kunit: every suite built in
#		passes ("N passed, 0 failed", exit status 0)
#   selftest	tools/testing/selftests/run.sh DIR/vmlinux: the console
#		selftests whose "# needs:" options are configured pass
#   savedefconfig  (defconfig only) make savedefconfig gives
#		arch/host/defconfig back: the file stays minimal and in
#		Kconfig's order
#
# A randconfig's seed is printed first, with the one command that
# repeats it: `make buildbot BUILDBOT=randconfig:0x1234abcd`.  A broken
# combination is fixed at its root (a Kconfig dependency, a missing
# stub), never by leaving it out of the bot.
#
# Environment: JOBS (default 2), BUILDBOT_RANDCONFIGS, KUNIT_TIMEOUT
# (seconds, default 600).  Exit status 0 when every configuration passed.

set -uo pipefail
. "$(dirname "$0")/checks-common.sh"

JOBS=${JOBS:-2}
KUNIT_TIMEOUT=${KUNIT_TIMEOUT:-600}
nrand=${BUILDBOT_RANDCONFIGS:-3}
# The configurations are the bot's own: no fragments, no sanitizer.
unset KCONFIG_FRAGMENTS SANITIZE O KCONFIG_ALLCONFIG KCONFIG_SEED

configs=("$@")
if [ ${#configs[@]} -eq 0 ]; then
	configs=(allnoconfig defconfig allyesconfig)
	for _ in $(seq "$nrand"); do
		configs+=(randconfig)
	done
fi

# Pick every random seed first, so that the list of what will run, with
# its seeds, is the first thing printed.
nr=0
for i in "${!configs[@]}"; do
	case ${configs[i]} in
	randconfig)
		configs[i]=randconfig:$(printf '0x%08x' \
			"$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')")
		;;
	randconfig:* | allnoconfig | defconfig | allyesconfig) ;;
	*)
		echo "buildbot: unknown configuration '${configs[i]}'" >&2
		exit 2
		;;
	esac
done
echo "buildbot: ${configs[*]}"
for c in "${configs[@]}"; do
	case $c in randconfig:*)
		echo "buildbot: $c; repeat it with: make buildbot BUILDBOT=$c"
	esac
done

# is_set DIR CONFIG_X: is the option built in?
is_set()
{
	grep -qx "$2=y" "$1/include/config/auto.conf"
}

# step NAME CMD...: run one step with its output in $log; print the tail
# and fail when it fails.
step()
{
	local name=$1

	shift
	if ! "$@" >"$log.$name" 2>&1; then
		echo "  $name: FAILED"
		tail -n 60 "$log.$name" | sed 's/^/    /'
		return 1
	fi
}

gen_config()
{
	case $cfg in
	randconfig:*)
		make -s O="$dir" KCONFIG_SEED="${cfg#randconfig:}" randconfig
		;;
	*)
		make -s O="$dir" "$cfg"
		;;
	esac
}

build()
{
	make -j"$JOBS" O="$dir" "$dir/vmlinux"
}

boot()
{
	local out rc=0

	out=$(timeout -k 10 60 "$dir/vmlinux" -c true 2>&1 >/dev/null) || rc=$?
	if [ $rc -ne 0 ] || [ -n "$out" ]; then
		echo "$dir/vmlinux -c true: exit status $rc"
		printf '%s\n' "$out"
		return 1
	fi
}

config()
{
	if is_set "$dir" CONFIG_IKCONFIG; then
		scripts/extract-ikconfig "$dir/vmlinux" | cmp - "$dir/.config" ||
			{ echo "extract-ikconfig: not $dir/.config"; return 1; }
	fi
	if is_set "$dir" CONFIG_IKCONFIG_PROC; then
		timeout -k 10 60 "$dir/vmlinux" -c 'cat /proc/config.gz' |
			zcat | cmp - "$dir/.config" ||
			{ echo "/proc/config.gz: not $dir/.config"; return 1; }
	fi
	return 0
}

kunit()
{
	local rc=0 line

	timeout -k 10 "$KUNIT_TIMEOUT" "$dir/vmlinux" kunit </dev/null \
		>"$dir/kunit.log" 2>"$dir/kunit.stderr" || rc=$?
	line=$(tail -n 1 "$dir/kunit.log")
	if [ $rc -ne 0 ] || ! [[ $line =~ ^[0-9]+\ passed,\ 0\ failed(,\ [0-9]+\ skipped)?$ ]]; then
		grep -vE '^[[:space:]]*ok [0-9]+ ' "$dir/kunit.log" | tail -n 100
		tail -n 40 "$dir/kunit.stderr"
		echo "kunit: exit status $rc, last line: $line"
		return 1
	fi
	if [ -f tools/testing/kunit/ktap_check.sh ]; then
		sh tools/testing/kunit/ktap_check.sh "$dir/kunit.log" || return 1
	fi
	echo "$line"
}

selftest()
{
	tools/testing/selftests/run.sh "$dir/vmlinux"
}

savedefconfig()
{
	make -s O="$dir" savedefconfig && diff -u arch/host/defconfig "$dir/defconfig"
}

declare -A result
failed=()
nrandom=0
for cfg in "${configs[@]}"; do
	case $cfg in
	randconfig:*)
		nrandom=$((nrandom + 1))
		dir=out-randconfig$nrandom
		;;
	*)
		dir=out-$cfg
		;;
	esac
	mkdir -p "$dir"
	log=$dir/buildbot
	t0=$SECONDS
	header "buildbot: $cfg in $dir/"
	rm -f "$log".*
	ok=1
	steps=(gen_config build seam boot config)
	for s in "${steps[@]}"; do
		case $s in
		seam) step seam scripts/check-seam.sh --no-lint "$dir/kernel.o" ;;
		*) step "$s" "$s" ;;
		esac || { ok=0; break; }
	done
	notes=
	if [ $ok -eq 1 ] && is_set "$dir" CONFIG_KUNIT; then
		if step kunit kunit; then
			notes+=" kunit: $(tail -n 1 "$log.kunit");"
		else
			ok=0
		fi
	fi
	if [ $ok -eq 1 ]; then
		if step selftest selftest; then
			notes+=" selftests: $(tail -n 1 "$log.selftest")"
		else
			ok=0
		fi
	fi
	if [ $ok -eq 1 ] && [ "$cfg" = defconfig ]; then
		step savedefconfig savedefconfig || ok=0
	fi
	if [ $ok -eq 1 ]; then
		result[$cfg]="PASS $((SECONDS - t0))s$notes"
	else
		result[$cfg]="FAIL $((SECONDS - t0))s (see above)"
		failed+=("$cfg")
	fi
	echo "  ${result[$cfg]}"
done

header "buildbot summary"
for cfg in "${configs[@]}"; do
	printf '  %-22s %s\n' "$cfg" "${result[$cfg]}"
done
if [ ${#failed[@]} -ne 0 ]; then
	echo "buildbot: FAILED: ${failed[*]}"
	echo "buildbot: repeat with: make buildbot BUILDBOT='${failed[*]}'"
	exit 1
fi
echo "buildbot: every configuration passed"
