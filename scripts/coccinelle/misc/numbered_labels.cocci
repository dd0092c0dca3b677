// SPDX-License-Identifier: GPL-2.0
/// Error-path labels are named for what they undo (out_free_group:,
/// out_cancel_attach:, bad_fork_cleanup_cgroup:), never numbered: err1:,
/// out2:, fail3:, error1:, bad2:, exit1: and the like are rejected
/// (Documentation/process/style.txt 6; Linux's coding-style.rst, chapter 7).
///
// Confidence: High
// Options: --no-includes --include-headers

virtual report
virtual org

@numbered@
identifier l =~ "^(err|error|out|fail|failed|bad|exit|cleanup|free|undo|unwind|abort|done|label|l)_?[0-9]+$";
position p;
@@

l@p:

@script:python depends on report@
p << numbered.p;
l << numbered.l;
@@
coccilib.report.print_report(p[0],
	"numbered label '%s': name it for what it undoes (e.g. out_free_group)" % l)

@script:python depends on org@
p << numbered.p;
l << numbered.l;
@@
cocci.print_main("numbered label %s" % l, p)
