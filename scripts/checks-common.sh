# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash
#
# checks-common.sh - helpers shared by the check scripts (sourced, not run).
#
# The file lists come from git (tracked files plus untracked files that are
# not ignored, so a gate sees a new file before it is committed), or from
# find(1) outside a git work tree.  Generated trees (out*/, .tools/) never
# appear: they are ignored by .gitignore, and the find fallback skips them.

# Run from the top of the tree whatever the caller's directory.
srctree=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$srctree" || exit 1

# all_files: every source file of the tree, one a line, sorted.
all_files()
{
	if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
		git ls-files --cached --others --exclude-standard
	else
		find . -path ./.git -prune -o -path './out*' -prune \
			-o -path ./.tools -prune -o -type f -print |
			sed 's|^\./||'
	fi | while IFS= read -r f; do
		# A file deleted from the work tree but still in the index.
		[ -f "$f" ] && printf '%s\n' "$f"
	done | LC_ALL=C sort -u
}

# is_host_file PATH: host-side source, allowed to include host headers
# (arch/host/**/*_user.[ch], tools/**).
is_host_file()
{
	case "$1" in
	tools/*) return 0 ;;
	arch/host/*_user.c | arch/host/*_user.h) return 0 ;;
	esac
	return 1
}

# c_files: every .c/.h file, except the deliberately bad examples that
# test our coccinelle rules.  kernel_c_files: the kernel-side ones (not
# host side, and not scripts/: coccinelle's macro file is no kernel code).
c_files()
{
	all_files | grep -E '\.[ch]$' |
		grep -v '^scripts/coccinelle/tests/' || true
}

kernel_c_files()
{
	local f

	c_files | while IFS= read -r f; do
		case "$f" in scripts/*) continue ;; esac
		is_host_file "$f" || printf '%s\n' "$f"
	done
}

# sanitizer_options: export the run-time options every dynamic test of a
# sanitizer build runs with (the first report stops the program with a
# non-zero exit status: TSan 66, ASan and LSan 67, UBSan 68), and set
# sanitizer_report, the regex of a report in the program's output.
sanitizer_options()
{
	local supp=$srctree/tools/testing/sanitizers

	export TSAN_OPTIONS="halt_on_error=1 exitcode=66 second_deadlock_stack=1 report_signal_unsafe=0 suppressions=$supp/tsan.supp${TSAN_OPTIONS:+ $TSAN_OPTIONS}"
	export ASAN_OPTIONS="halt_on_error=1:exitcode=67:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
	export LSAN_OPTIONS="exitcode=67:suppressions=$supp/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
	export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:exitcode=68${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
	sanitizer_report='WARNING: ThreadSanitizer|ERROR: AddressSanitizer|ERROR: LeakSanitizer|runtime error:|SUMMARY: (Thread|Address|Leak|UndefinedBehavior)Sanitizer'
}

# header NAME: the line every gate prints when it starts.
header()
{
	printf '\n==== %s\n' "$*"
}

die()
{
	printf '%s: %s\n' "${0##*/}" "$*" >&2
	exit 1
}
