#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The console selftests, run by a real bash on the host through the FUSE
# mount of `vmlinux --fuse DIR` (Documentation/filesystems/fuse-export.txt).
#
# Each test boots a fresh kernel with --fuse on a temporary directory,
# its console reading a fifo.  The test's console script is then played
# line by line, each line either
#  - to the console, when only the console can do it (mount, umount,
#    spawn, kill, wait, ps, sleep, su, setuid, exit, mmap, munmap, bio,
#    unshare, chrt, mknod, thread, help; `stat -f`, whose file system
#    type through the mount is FUSE's; and `echo 0 > FILE`, since "0" names the
#    writer, which through the mount is the kernel's FUSE worker task and
#    not the console; and `echo -n > FILE`, an empty write, which bash
#    does not make and the host kernel would not pass to FUSE anyway), or
#  - to a persistent host bash, with every word that is an absolute path
#    rewritten into the mount, $! and $$ replaced by the console's values;
#    `su UID[:GID]` also restarts that bash as the host user UID (setpriv),
#    so the kernel sees the host caller's credentials.
# The transcript (bash's messages normalised: "bash: line N: " -> "sh: ",
# the mount directory removed) must equal
#  - NAME.expected, for every tools/testing/selftests/*/NAME.sh that has
#    one (the console selftests themselves, and fuse/*.sh), and
#  - for fuse/NAME.cmp scripts (no fixed expectation), the transcript of
#    the same script played to the console alone in a fresh kernel;
#  - for fuse/NAME.fuse scripts, played through the mount only (they use
#    host programs the console does not have, e.g. getfattr),
#    NAME.expected.
#
# Usage: run.sh VMLINUX [GLOB]	(GLOB filters on DIR/NAME; default
#	'@(cgroup|fuse)/*': console/* test the console shell itself, whose
#	$?, quoting and ls format bash does not share)
# Output: TAP 13, then "N passed, N failed".  Exit 0 when none failed,
# 4 (kselftest's skip) when /dev/fuse or fusermount3 is not usable.
#
# The kernel must also end well: a test fails when its kernel exits with
# a non-zero status (a sanitizer halting it, a crash, the `timeout`
# around it) or prints a sanitizer report, at shutdown included (the
# unmount, the end of the FUSE loop).  With a sanitizer build the
# sanitizers run with the options of `make check` (scripts/check.sh).

set -u
shopt -s extglob
export LC_ALL=C
trap '' PIPE		# a console that died must not kill us: EPIPE instead
vmlinux=$(realpath "${1:?usage: run.sh VMLINUX [GLOB]}")
# sanitizer_options, sanitizer_report (it changes to the top directory)
. "$(dirname "$0")/../../../../scripts/checks-common.sh"
sanitizer_options
# console/* test the console shell itself ($?, quoting, its ls format):
# by default only the file-level tests run through the mount.
filter=${2:-@(cgroup|fuse)/*}
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
chmod 755 "$tmp"		# other host users reach the mount through it
vpid=
hpid=

skip()
{
	echo "TAP version 13"
	echo "1..0 # SKIP $*"
	rm -rf "$tmp"
	exit 4
}

# ------------------------------------------------------------------
# Is FUSE usable here?

[ -c /dev/fuse ] || skip "no /dev/fuse"
{ exec 9<>/dev/fuse; } 2>/dev/null || skip "/dev/fuse cannot be opened"
exec 9>&-
if [ "$(id -u)" != 0 ] && ! command -v fusermount3 >/dev/null; then
	skip "not root and no fusermount3"
fi
command -v setpriv >/dev/null || skip "no setpriv (util-linux)"

# ------------------------------------------------------------------
# One kernel with its console on a fifo and the mount on $mnt

is_mounted()
{
	grep -q " $1 fuse" /proc/mounts
}

boot()
{
	mnt=$tmp/mnt
	mkdir -p "$mnt"
	rm -f "$tmp/con.in" "$tmp/con.out"
	mkfifo "$tmp/con.in"
	timeout 300 "$vmlinux" --fuse "$mnt" < "$tmp/con.in" \
		> "$tmp/con.out" 2>&1 &
	vpid=$!
	exec 3> "$tmp/con.in"
	conpos=0
	sync_n=0
	for _ in $(seq 100); do
		is_mounted "$mnt" && return 0
		kill -0 "$vpid" 2>/dev/null || break
		sleep 0.1
	done
	return 1
}

# End the kernel (end of its input) and wait for it.  A non-zero exit
# status or a sanitizer report anywhere in its output, shutdown included,
# goes into the transcript, failing the test.
shutdown()
{
	local status=0

	stop_host
	if [ -n "$vpid" ]; then
		exec 3>&-		# end of input: the console exits
		wait "$vpid" || status=$?
		vpid=
		if [ "$status" -ne 0 ]; then
			echo "# the kernel exited with status $status" \
				>> "$tmp/transcript"
		fi
		if grep -qE "$sanitizer_report" "$tmp/con.out"; then
			echo "# sanitizer report in the kernel's output:" \
				>> "$tmp/transcript"
			grep -E -A30 "$sanitizer_report" "$tmp/con.out" |
				head -n 60 | sed 's/^/#   /' >> "$tmp/transcript"
		fi
	fi
	if is_mounted "$mnt"; then
		echo "# mount left on $mnt after exit" >> "$tmp/transcript"
		fusermount3 -u -z "$mnt" 2>/dev/null || umount -l "$mnt"
	fi
}

# Wait for a line equal to $2 in file $1 after line $3; print its number.
wait_line()
{
	local file=$1 marker=$2 from=$3 n i

	for i in $(seq 3000); do
		if ! kill -0 "$vpid" 2>/dev/null; then
			sleep 0.1	# its last words
		fi
		n=$(awk -v m="$marker" -v f="$from" \
			'NR > f && $0 == m { print NR; exit }' "$file")
		if [ -n "$n" ]; then
			echo "$n"
			return 0
		fi
		kill -0 "$vpid" 2>/dev/null || return 1
		sleep 0.01
	done
	return 1
}

# Run one line on the console; append what it printed to the transcript.
con()
{
	local end

	sync_n=$((sync_n + 1))
	printf '%s\necho __sync_%d\n' "$1" "$sync_n" >&3
	end=$(wait_line "$tmp/con.out" "__sync_$sync_n" "$conpos") || {
		echo "# console did not answer: $1" >> "$tmp/transcript"
		return 1
	}
	if [ "$end" -gt $((conpos + 1)) ]; then
		sed -n "$((conpos + 1)),$((end - 1))p" "$tmp/con.out" \
			>> "$tmp/transcript"
	fi
	conpos=$end
}

# The console's value of $! or $$, into $value.
con_value()
{
	local end

	value=
	sync_n=$((sync_n + 1))
	printf 'echo %s\necho __sync_%d\n' "$1" "$sync_n" >&3
	end=$(wait_line "$tmp/con.out" "__sync_$sync_n" "$conpos") || return 1
	value=$(sed -n "$((end - 1))p" "$tmp/con.out")
	conpos=$end
}

start_host()
{
	local uid=${1:-0} gid=${2:-${1:-0}}

	rm -f "$tmp/host.in"
	: > "$tmp/host.out"
	mkfifo "$tmp/host.in"
	if [ "$uid" = 0 ] && [ "$gid" = 0 ]; then
		bash < "$tmp/host.in" > "$tmp/host.out" 2>&1 &
	else
		setpriv --reuid="$uid" --regid="$gid" --clear-groups \
			bash < "$tmp/host.in" > "$tmp/host.out" 2>&1 &
	fi
	hpid=$!
	exec 4> "$tmp/host.in"
	hostpos=0
}

stop_host()
{
	if [ -n "$hpid" ]; then
		exec 4>&-
		wait "$hpid"
		hpid=
	fi
}

# Run one line in the host bash; append its output, normalised.
host()
{
	local end

	sync_n=$((sync_n + 1))
	printf '%s\necho __sync_%d\n' "$1" "$sync_n" >&4
	end=$(wait_line "$tmp/host.out" "__sync_$sync_n" "$hostpos") || {
		echo "# host bash did not answer: $1" >> "$tmp/transcript"
		return 1
	}
	if [ "$end" -gt $((hostpos + 1)) ]; then
		sed -n "$((hostpos + 1)),$((end - 1))p" "$tmp/host.out" |
			sed -E "s|^bash: line [0-9]+: |sh: |; s|$mnt||g" \
			>> "$tmp/transcript"
	fi
	hostpos=$end
}

# Console-only lines: commands only the console has, and writes of "0"
# (which name the writer itself: through the mount, the writer is the
# FUSE worker, not the console).
console_only()
{
	case $1 in
	mount|umount|spawn|kill|wait|ps|sleep|su|setuid|exit|mmap|munmap|\
	bio|unshare|chrt|mknod|thread|help)
		return 0 ;;
	esac
	case $2 in
	"echo 0 >"*|"echo 0 >>"*|"echo -n >"*|"stat -f"*)
		return 0 ;;
	esac
	return 1
}

# A console line as host bash: absolute paths into the mount.
to_host()
{
	local line=$1 bang=$2 dollar=$3

	line=${line//\$!/$bang}
	line=${line//\$\$/$dollar}
	# a '/' starting a word or a redirection target
	sed -E "s#(^|[ \t>])/#\1$mnt/#g" <<<"$line"
}

# ------------------------------------------------------------------
# Playing a script

# play SCRIPT through the mount; transcript in $tmp/transcript.  A line
# that reads $? goes with the line before it, to the same side, in one
# batch: the sync marker between two batches would reset $?.
play_fuse()
{
	local script=$1 line first bang dollar i next
	local -a lines

	: > "$tmp/transcript"
	boot || { echo "# no mount" >> "$tmp/transcript"; shutdown; return 1; }
	start_host 0 0
	con_value '$$'
	dollar=$value
	mapfile -t lines < "$script"
	for ((i = 0; i < ${#lines[@]}; i++)); do
		line=${lines[i]}
		first=${line%%[ 	]*}
		case $line in
		''|'#'*)
			con "$line"; continue ;;
		esac
		next=
		if [[ ${lines[i + 1]-} == *'$?'* ]]; then
			next=${lines[i + 1]}
			i=$((i + 1))
		fi
		if console_only "$first" "$line"; then
			con "$line${next:+$'\n'$next}"
			if [ "$first" = su ] || [ "$first" = setuid ]; then
				local id=${line#* } u g
				u=${id%%:*}
				g=${id#*:}
				[ "$first" = setuid ] && g=
				stop_host
				start_host "$u" "${g:-$u}"
			fi
			continue
		fi
		con_value '$!'
		bang=$value
		line=$(to_host "$line" "$bang" "$dollar")
		[ -n "$next" ] && line+=$'\n'$(to_host "$next" "$bang" "$dollar")
		host "$line"
	done
	shutdown
}

# play SCRIPT to the console alone (a kernel booted the same way).
play_console()
{
	local script=$1 line

	: > "$tmp/transcript"
	boot || { echo "# no mount" >> "$tmp/transcript"; shutdown; return 1; }
	while IFS= read -r line || [ -n "$line" ]; do
		con "$line"
	done < "$script"
	shutdown
}

# ------------------------------------------------------------------
# The tests

tests=()
for script in "$here"/*/*.sh "$here"/fuse/*.cmp "$here"/fuse/*.fuse; do
	[ -f "$script" ] || continue
	case $script in
	*.sh) [ -f "${script%.sh}.expected" ] || continue ;;
	*.fuse) [ -f "${script%.fuse}.expected" ] || continue ;;
	esac
	name=${script#"$here"/}
	# shellcheck disable=SC2053
	[[ ${name%.*} == $filter ]] || continue
	case ${name%.*} in
	cgroup/procs_move_group)
		# It lists the root cgroup's processes, among which the FUSE
		# worker doing the mount's requests stands, and writes "0",
		# which through the mount names that worker.
		continue
		;;
	cgroup/blkio_weight)
		# ls -l, whose format the console does not share with
		# coreutils.
		continue
		;;
	cgroup/ns_permissions)
		# ns checks the destination against the writer's own
		# cgroup: through the mount the writer is the FUSE worker.
		continue
		;;
	cgroup/freezer_shutdown)
		# It ends the kernel with exit, which gives no sync marker.
		continue
		;;
	esac
	tests+=("$script")
done

# Can we mount at all?  (A kernel that cannot end well fails below.)
mnt=$tmp/mnt
if ! boot; then
	shutdown >/dev/null 2>&1
	skip "vmlinux --fuse could not mount ($(head -c 200 "$tmp/con.out"))"
fi
: > "$tmp/transcript"
shutdown
boot_transcript=$(cat "$tmp/transcript")
rm -f "$tmp/transcript"

echo "TAP version 13"
echo "1..$((${#tests[@]} + 1))"
pass=0
fail=0
n=1
if [ -z "$boot_transcript" ]; then
	echo "ok 1 boot and shutdown"
	pass=1
else
	echo "not ok 1 boot and shutdown"
	sed 's/^/# /' <<<"$boot_transcript"
	fail=1
fi
for script in "${tests[@]}"; do
	n=$((n + 1))
	name=${script#"$here"/}
	case $script in
	*.sh)
		want=${script%.sh}.expected ;;
	*.fuse)
		want=${script%.fuse}.expected ;;
	*.cmp)
		play_console "$script"
		want=$tmp/console.transcript
		mv "$tmp/transcript" "$want" ;;
	esac
	play_fuse "$script"
	if diff -u "$want" "$tmp/transcript" > "$tmp/diff"; then
		echo "ok $n ${name%.*}"
		pass=$((pass + 1))
	else
		echo "not ok $n ${name%.*}"
		sed 's/^/# /' "$tmp/diff"
		fail=$((fail + 1))
	fi
done
echo "$pass passed, $fail failed"
cd / && rm -rf "$tmp"
[ "$fail" -eq 0 ]
