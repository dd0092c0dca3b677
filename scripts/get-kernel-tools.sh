#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# get-kernel-tools.sh - unpack checkpatch.pl, kernel-doc and their data
# files from Debian's linux-source-6.1 tarball into .tools/ (ignored by
# git; never committed), and print the directory that holds them.
#
# The tarball is 140 MB of xz: unpacking four members takes ~10 s, so the
# result is cached and reused while the tarball is unchanged (a stamp file
# records its size and mtime).  Concurrent callers (make -j) serialise on
# a lock.

set -euo pipefail

srctree=$(cd "$(dirname "$0")/.." && pwd)
tarball=${LINUX_SOURCE_TARBALL:-/usr/src/linux-source-6.1.tar.xz}
top=linux-source-6.1
dest=$srctree/.tools/$top
members=(
	scripts/checkpatch.pl
	scripts/spelling.txt
	scripts/const_structs.checkpatch
	scripts/kernel-doc
)

if [ ! -f "$tarball" ]; then
	echo "get-kernel-tools: $tarball not found; run 'make deps'" \
		"(package linux-source-6.1)" >&2
	exit 1
fi

mkdir -p "$srctree/.tools"
exec 9>"$srctree/.tools/.lock"
flock 9

stamp="$(stat -c '%s %Y' "$tarball") ${members[*]}"
if [ -f "$dest/.stamp" ] && [ "$(cat "$dest/.stamp")" = "$stamp" ]; then
	echo "$dest/scripts"
	exit 0
fi

rm -rf "$dest" "$dest.tmp"
mkdir -p "$dest.tmp"
echo "get-kernel-tools: unpacking ${members[*]} from $tarball" >&2
tar -xJf "$tarball" -C "$dest.tmp" --strip-components=1 \
	"${members[@]/#/$top/}"
for m in "${members[@]}"; do
	[ -f "$dest.tmp/$m" ] || {
		echo "get-kernel-tools: $m missing from $tarball" >&2
		exit 1
	}
done
echo "$stamp" >"$dest.tmp/.stamp"
mv "$dest.tmp" "$dest"
echo "$dest/scripts"
