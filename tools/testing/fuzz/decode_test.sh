#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# decode_test.sh - `fuzz decode` (usr/fuzz.c) turns every byte of an
# input back into its program, however the hex is split into lines, and
# refuses an input it would have to cut (Documentation/dev-tools/
# fuzzing.txt section 7):
#
# 1. a program of 40 calls (more than 550 bytes) encoded, then decoded
#    from one line of hex and from lines of 32 digits, is the program;
# 2. 5000 bytes of input, more than libFuzzer's largest, are refused
#    with exit status 2.
#
# Needs out-fuzz-enc/vmlinux (tools/testing/fuzz/run.sh builds it).
# Exit status 1 on a failure.

set -uo pipefail
cd "$(dirname "$0")/../../.."
enc=./out-fuzz-enc/vmlinux
out=out-fuzz/decode-test
mkdir -p $out
fail=0

for i in $(seq 40); do
	printf 'w%d t0 writef h0 a tasks "%s"\n' $((i % 3)) \
		"$(printf 'v%.0s' $(seq $((i % 20 + 1))))"
done >$out/prog
$enc fuzz encode <$out/prog >$out/hex 2>/dev/null
tr -d '\n' <$out/hex | $enc fuzz decode >$out/one 2>/dev/null
fold -w 32 $out/hex | $enc fuzz decode >$out/split 2>/dev/null
if [ "$(wc -c <$out/hex)" -gt 1100 ] && cmp -s $out/prog $out/one &&
   cmp -s $out/prog $out/split; then
	echo "ok 1 a long input decodes to its whole program"
else
	echo "not ok 1 a long input decodes to its whole program"
	fail=1
fi

head -c 5000 /dev/zero | od -An -v -tx1 | tr -d ' \n' |
	$enc fuzz decode >/dev/null 2>&1
if [ $? -eq 2 ]; then
	echo "ok 2 an input longer than 4096 bytes is refused"
else
	echo "not ok 2 an input longer than 4096 bytes is refused"
	fail=1
fi
exit $fail
