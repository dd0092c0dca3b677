#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# checkpatch.sh - `make checkpatch`: checkpatch.pl --strict --no-tree -f
# over every tracked .c/.h file (or over the files given as arguments).
#
# checkpatch.pl comes from Debian's linux-source-6.1 at check time
# (scripts/get-kernel-tools.sh); it is never committed.  Any report fails
# the gate: errors, warnings and --strict checks alike.  Per-file
# exceptions live in scripts/checkpatch.exceptions, each with its reason.
#
# checkpatch writes a CamelCase cache file into its working directory and
# seeds it from git or from include/; it runs in a fresh directory under
# .tools/ (ignored), where a symlink per top-level directory keeps the
# reported paths relative to the top of the tree, and --root makes the
# seeding read this tree's include/ whatever the git state.

set -euo pipefail
. "$(dirname "$0")/checks-common.sh"

tools=$(scripts/get-kernel-tools.sh)
exceptions=scripts/checkpatch.exceptions

if [ $# -gt 0 ]; then
	files=("$@")
else
	mapfile -t files < <(c_files)
fi
[ ${#files[@]} -gt 0 ] || { echo "checkpatch: no files"; exit 0; }

run=$(mktemp -d "$srctree/.tools/checkpatch-run.XXXXXX")
out=$(mktemp)
trap 'rm -rf "$run" "$out"' EXIT
for top in $(printf '%s\n' "${files[@]}" | cut -d/ -f1 | sort -u); do
	ln -s "$srctree/$top" "$run/$top"
done

# ignores_for PATH: the comma-separated types excepted for PATH.
ignores_for()
{
	local glob types rest out=

	while read -r glob types rest; do
		case "$glob" in '' | '#'*) continue ;; esac
		# shellcheck disable=SC2254
		case "$1" in $glob) out="$out${out:+,}$types" ;; esac
	done <"$exceptions"
	printf '%s' "$out"
}

# Group the files by their exception set: one checkpatch run per group.
declare -A group
for f in "${files[@]}"; do
	key=k:$(ignores_for "$f")
	group[$key]+="$f"$'\n'
done

for key in "${!group[@]}"; do
	args=(--strict --no-tree --root="$srctree" --show-types --terse
	      --no-summary --quiet --color=never -f)
	[ "$key" != k: ] && args+=(--ignore "${key#k:}")
	# -n 25: one perl start-up per 25 files, two at a time.
	printf '%s' "${group[$key]}" |
		(cd "$run" && xargs -d '\n' -n 25 -P 2 \
			perl "$tools/checkpatch.pl" "${args[@]}") \
		>>"$out" 2>&1 || true
done

if [ -s "$out" ]; then
	LC_ALL=C sort -t: -k1,1 -k2,2n "$out"
	n=$(grep -c . "$out")
	echo "checkpatch: $n report(s) in ${#files[@]} files"
	echo "checkpatch: FAILED (fix the code; a genuinely inapplicable" \
		"rule goes in $exceptions with its reason)"
	exit 1
fi
echo "checkpatch: ${#files[@]} files clean"
