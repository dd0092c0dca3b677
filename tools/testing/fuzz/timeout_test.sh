#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# timeout_test.sh - the harness's time-out (tools/testing/fuzz/
# libfuzzer.c) counts the time an input ran, not the time the fuzzer was
# stopped: libfuzzer.c is linked with a stubbed kernel
# (timeout_stub.c), whose inputs run as long as the test says, into
# out-fuzz/timeout-test, and
#
# 1. inputs that run 3 s under -timeout=1 are reported as a time-out;
# 2. inputs that run 20 ms under -timeout=2, the process stopped three
#    times for 4 s, are not.
#
# Needs clang with libFuzzer (make deps).  Exit status 1 on a failure.

set -uo pipefail
cd "$(dirname "$0")/../../.."
out=out-fuzz/timeout-test
mkdir -p $out
clang -O1 -g -fsanitize=fuzzer -pthread -o $out/fuzz \
	tools/testing/fuzz/timeout_stub.c tools/testing/fuzz/libfuzzer.c || exit 1
fail=0

TIMEOUT_STUB_MS=3000 ./$out/fuzz -timeout=1 -runs=2 \
	-artifact_prefix=$out/ >$out/hang.log 2>&1
if grep -q 'ERROR: libFuzzer: timeout' $out/hang.log; then
	echo "ok 1 an input running longer than -timeout is a time-out"
else
	echo "not ok 1 an input running longer than -timeout is a time-out"
	fail=1
fi

# -rss_limit_mb=0: no thread of libFuzzer's own, so that its SIGALRM
# goes to the thread of the inputs, where libFuzzer's handler acts
TIMEOUT_STUB_MS=20 ./$out/fuzz -timeout=2 -max_total_time=20 \
	-rss_limit_mb=0 -artifact_prefix=$out/ >$out/stop.log 2>&1 &
pid=$!
sleep 2
for i in 1 2 3; do
	kill -STOP $pid 2>/dev/null
	sleep 4
	kill -CONT $pid 2>/dev/null
	sleep 1
done
wait $pid
rc=$?
if [ $rc -eq 0 ] && ! grep -q 'ERROR: libFuzzer: timeout' $out/stop.log; then
	echo "ok 2 a stop longer than -timeout is not a time-out"
else
	tail -n 5 $out/stop.log
	echo "not ok 2 a stop longer than -timeout is not a time-out (exit status $rc)"
	fail=1
fi
exit $fail
