#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# lint.sh - `make lint`: the tree's grep gates.
#
#	scripts/lint.sh [GATE...]	(default: all of them, in this order)
#
#   host-includes  no kernel-side file includes a host header.  Kernel
#		   side is everything but arch/host/*_user.c and tools/;
#		   `#include <...>` there may name only linux/, asm/,
#		   asm-generic/, uapi/, kunit/, generated/ or host_ops.h,
#		   and `#include "..."` never a libc/pthread/urcu/fuse
#		   header (Documentation/process/style.txt 1).
#   file-list	   host objects are arch/host/*_user.o, listed as host-y in
#		   arch/host/Makefile and nowhere else; every *_user.c is
#		   so listed; every .c outside tools/ is built by some
#		   directory Makefile in KERNEL_DIRS, or #included by a
#		   file of its directory that is (a test translation unit's
#		   pieces) (style.txt 1: an orphan file escapes every
#		   gate).
#   ifdef-test	   no `#ifdef ...TEST` in kernel code: tests reach statics
#		   by #including the .c (style.txt 9.2).
#   doc-hooks	   every hook of struct cgroup_subsys in
#		   include/linux/cgroup.h is described in section 3.3 of
#		   Documentation/cgroups/cgroups.txt (style.txt 8); quiet while
#		   cgroup.h does not exist.
#   selftest-needs a console selftest that mounts cgroupfs names, in its
#		   "# needs:" line, CONFIG_CGROUPS and the option of every
#		   subsystem it binds (`-o cpuset,...`): kernels without
#		   them skip it (Documentation/kbuild/kconfig.txt section 5).
#   citations	   nothing cites a document outside the tree, and every
#		   citation of a section of a document of Documentation/
#		   ("cgroups.txt 2.2.3", "memory.txt section 6") names a
#		   numbered heading that exists in it (style.txt 8).
#   names	   scripts/checknames.sh (style.txt 3).
#   maintainers	   scripts/checkmaintainers.sh (style.txt 11).

set -euo pipefail
. "$(dirname "$0")/checks-common.sh"

# The lists the Makefiles build from, by asking make itself.
lists()
{
	if grep -q '^include scripts/Makefile.checks' Makefile; then
		make -s --no-print-directory checks-print-lists
	else
		make -s --no-print-directory -f Makefile \
			-f scripts/Makefile.checks checks-print-lists
	fi
}

fail=0
report()
{
	printf '%s\n' "$*"
	fail=1
}
failed_gates=()

gate_host_includes()
{
	local ok='(linux|asm|asm-generic|uapi|kunit|generated)/[^>]+|host_ops\.h'
	local hostre='(std[a-z]*|pthread|urcu[^">]*|fuse[^">]*|unistd|errno|string|strings|limits|time|signal|sched|setjmp|assert|ctype|inttypes|fcntl|dirent|dlfcn|poll|semaphore|malloc|alloca|math|locale|wchar|threads|execinfo|features|sys/[^">]*|bits/[^">]*|sanitizer/[^">]*)\.h'

	c_files | grep -vE '^(tools/|arch/host/[^/]*_user\.c$)' >"$tmp.list" || true
	{
		xargs -d '\n' -r grep -HnE \
			'^[[:space:]]*#[[:space:]]*include[[:space:]]*<' <"$tmp.list" |
			grep -vE "<($ok)>" || true
		xargs -d '\n' -r grep -HnE \
			"^[[:space:]]*#[[:space:]]*include[[:space:]]*\"$hostre\"" \
			<"$tmp.list" || true
	} | sed 's/$/   <- host header on the kernel side/' >"$tmp"
	if [ -s "$tmp" ]; then
		cat "$tmp"
		report "host-includes: kernel-side files include host headers" \
			"(only arch/host/*_user.c and tools/ may)"
	fi
}

# Is @1 a piece of a test translation unit: #included by a file of the
# same directory that a Makefile builds (kernel/cgroup_test.c includes
# its suites, as tools/testing/vma does)?  Its gates run through the
# includer.
included_by_built()
{
	local f=$1 d=${1%/*} b

	for b in "${built[@]}"; do
		[ "${b%/*}" = "$d" ] || continue
		grep -qxF "#include \"${f##*/}\"" "$b" && return 0
	done
	return 1
}

gate_file_list()
{
	local kind path dirs=() built=() host=() f d

	lists >"$tmp" || { report "file-list: cannot list the Makefiles' objects"; return; }
	while read -r kind path; do
		case "$kind" in
		dir) dirs+=("$path") ;;
		kernel) built+=("$path") ;;
		host) host+=("$path") ;;
		esac
	done <"$tmp"

	for f in "${host[@]}"; do
		case "$f" in
		arch/host/*_user.c) ;;
		arch/host/*) report "file-list: $f: host-y objects must be named *_user.o" ;;
		*) report "file-list: $f: host-y is allowed in arch/host/Makefile only" ;;
		esac
		[ -f "$f" ] || report "file-list: $f: listed in host-y but missing"
	done
	for f in "${built[@]}"; do
		case "$f" in
		*_user.c) report "file-list: $f: a *_user.c file must be host-y, not kernel-side" ;;
		esac
		[ -f "$f" ] || report "file-list: $f: listed in a Makefile but missing"
	done

	while IFS= read -r f; do
		case "$f" in
		tools/* | scripts/*) continue ;;
		*.c) ;;
		*) continue ;;
		esac
		case "$f" in
		*_user.c)
			case "$f" in
			arch/host/*) ;;
			*) report "file-list: $f: host-side files live in arch/host/" ;;
			esac
			grep -qxF "$f" < <(printf '%s\n' "${host[@]}") ||
				report "file-list: $f: not listed in arch/host/Makefile host-y"
			continue ;;
		esac
		# grep -q stops reading early: not in a pipe, where
		# pipefail would see printf's SIGPIPE as a failure
		if ! grep -qxF "$f" < <(printf '%s\n' "${built[@]}") &&
		   ! included_by_built "$f"; then
			d=${f%/*}
			if grep -qxF "$d" < <(printf '%s\n' "${dirs[@]}"); then
				report "file-list: $f: not listed in $d/Makefile"
			else
				report "file-list: $f: directory $d is not in KERNEL_DIRS of the top Makefile"
			fi
		fi
	done < <(c_files)
}

gate_ifdef_test()
{
	# Header guards (_KUNIT_TEST_H) are not test switches.
	kernel_c_files | xargs -d '\n' -r grep -HnE \
		'^[[:space:]]*#[[:space:]]*(ifn?def|if|elif)\b.*TEST' |
		grep -vE '#[[:space:]]*(ifndef|define)[[:space:]]+_[A-Z0-9_]+_H[[:space:]]*$' \
		>"$tmp" || true
	if [ -s "$tmp" ]; then
		cat "$tmp"
		report "ifdef-test: kernel code changes under a TEST macro;" \
			"#include the .c from its _test.c instead (style.txt 9.2)"
	fi
}

gate_doc_hooks()
{
	local h=include/linux/cgroup.h doc=Documentation/cgroups/cgroups.txt
	local hooks hook section

	[ -f "$h" ] || return 0
	# Function-pointer members of struct cgroup_subsys: `(*name)(`.
	hooks=$(sed -n '/^struct cgroup_subsys {/,/^};/p' "$h" |
		grep -oE '\(\*[a-z_0-9]+\)\(' | sed -E 's/\(\*([a-z_0-9]+)\)\(/\1/')
	if [ -z "$hooks" ]; then
		report "doc-hooks: no hooks found in struct cgroup_subsys ($h)"
		return
	fi
	if [ ! -f "$doc" ]; then
		report "doc-hooks: $doc missing (it documents the hooks of $h)"
		return
	fi
	# Section 3.3 runs from its heading to the next numbered heading.
	section=$(awk '/^3\.3[ .]/ { on = 1; next }
		on && /^([0-9]+\.)+[0-9]* *[A-Z]/ { exit }
		on' "$doc")
	if [ -z "$section" ]; then
		report "doc-hooks: $doc has no section 3.3 (Subsystem API)"
		return
	fi
	for hook in $hooks; do
		grep -qE "\\b$hook\\(" <<<"$section" ||
			report "doc-hooks: cgroup_subsys hook $hook() is not described in $doc section 3.3"
	done
}

gate_citations()
{
	# Built from pieces so that this file does not match itself.
	local outside="\\bSP""EC\\b|DES""IGN\\.md|STY""LE\\.md|shared/(reference|hooks)"

	all_files | grep -vE '\.(expected|png|csv)$' |
		xargs -d '\n' -r grep -HnE "$outside" >"$tmp" 2>/dev/null || true
	if [ -s "$tmp" ]; then
		cat "$tmp"
		report "citations: the lines above cite a document that is not" \
			"in the tree; cite the section of Documentation/ that" \
			"states the rule"
	fi

	all_files | grep -vE '\.(expected|png|csv)$' | perl -e '
	use strict;
	use warnings;
	my %doc;
	for my $f (split /\n/, `git ls-files Documentation`) {
		next unless $f =~ m{([^/]+\.txt)$};
		$doc{$1} = $f;
	}
	my %heads;
	sub heads {
		my ($name) = @_;
		return $heads{$name} if $heads{$name};
		my %h;
		open(my $fh, "<", $doc{$name}) or die "$doc{$name}: $!";
		while (<$fh>) {
			$h{$1} = 1 if /^(\d+(?:\.\d+)*)\.?\s+\S/;
		}
		close($fh);
		return $heads{$name} = \%h;
	}
	my $bad = 0;
	while (my $f = <STDIN>) {
		chomp $f;
		open(my $fh, "<", $f) or next;
		while (my $line = <$fh>) {
			while ($line =~ /\b([a-z0-9-]+\.txt),?\s+(?:section\s+)?(\d+(?:\.\d+)*)\b/g) {
				my ($name, $sec) = ($1, $2);
				next unless $doc{$name};
				next if heads($name)->{$sec};
				print "$f:$.: $name has no section $sec\n";
				$bad = 1;
			}
		}
		close($fh);
	}
	exit $bad;
	' || report "citations: a citation names a section its document" \
		"does not have (renumbered? update the citation)"
}

# The option each subsystem name of a mount's -o list needs
# (include/linux/cgroup_subsys.h, and each subsystem's .name).
declare -A subsys_option=(
	[cpuset]=CONFIG_CPUSETS [debug]=CONFIG_CGROUP_DEBUG
	[ns]=CONFIG_CGROUP_NS [cpu]=CONFIG_CGROUP_SCHED
	[cpuacct]=CONFIG_CGROUP_CPUACCT [memory]=CONFIG_CGROUP_MEM_RES_CTLR
	[devices]=CONFIG_CGROUP_DEVICE [freezer]=CONFIG_CGROUP_FREEZER
	[blkio]=CONFIG_BLK_CGROUP [mock0]=CONFIG_CGROUP_MOCK
	[mock1]=CONFIG_CGROUP_MOCK [mock2]=CONFIG_CGROUP_MOCK
)

gate_selftest_needs()
{
	local script needs want word

	all_files | grep -E '^tools/testing/selftests/[^/]+/[^/]+\.sh$' |
	while IFS= read -r script; do
		[ -f "${script%.sh}.expected" ] || [ -f "${script%.sh}.cmp" ] ||
			continue
		grep -qE '^mount .*(-t cgroup|-o remount)' "$script" || continue
		needs=" $(sed -n 's/^# needs://p' "$script" | tr '\n' ' ') "
		want=CONFIG_CGROUPS
		for word in $(grep -E '^mount .*(-t cgroup|-o remount)' "$script" |
			      grep -oE -- '-o [^ ]+' | cut -c4- | tr ',' ' '); do
			[ -n "${subsys_option[$word]:-}" ] &&
				want+=" ${subsys_option[$word]}"
		done
		for word in $(tr ' ' '\n' <<<"$want" | sort -u); do
			[[ $needs == *" $word "* ]] ||
				echo "$script: mounts cgroupfs but has no '# needs: ... $word'"
		done
	done >"$tmp"
	if [ -s "$tmp" ]; then
		cat "$tmp"
		report "selftest-needs: a selftest needs options it does not name"
	fi
}

tmp=$(mktemp)
trap 'rm -f "$tmp" "$tmp.list"' EXIT

gates=("$@")
[ ${#gates[@]} -gt 0 ] ||
	gates=(host-includes file-list ifdef-test doc-hooks selftest-needs
	       citations names maintainers)
for g in "${gates[@]}"; do
	before=$fail
	fail=0
	case "$g" in
	host-includes) gate_host_includes ;;
	file-list) gate_file_list ;;
	ifdef-test) gate_ifdef_test ;;
	doc-hooks) gate_doc_hooks ;;
	selftest-needs) gate_selftest_needs ;;
	citations) gate_citations ;;
	names) scripts/checknames.sh || fail=1 ;;
	maintainers) scripts/checkmaintainers.sh || fail=1 ;;
	*) die "unknown gate $g" ;;
	esac
	[ $fail -ne 0 ] && failed_gates+=("$g")
	fail=$((fail | before))
done
if [ $fail -ne 0 ]; then
	echo "lint: FAILED: ${failed_gates[*]} (of ${gates[*]})"
	exit 1
fi
echo "lint: ${gates[*]}: clean"
