// SPDX-License-Identifier: GPL-2.0
/// Every threadgroup_fork_write_lock(x) / threadgroup_fork_read_lock(x)
/// taken in a function is released by the matching
/// threadgroup_fork_write_unlock(x) / threadgroup_fork_read_unlock(x) on
/// every path out of that function, is not taken twice on one path (a
/// self-deadlock: the rwsem is not recursive), and is not released with
/// the unlock of the other kind.
///
/// A lock taken under `if (C)` (copy_process() takes the read lock only
/// for CLONE_THREAD) is taken to be released on the paths that test C
/// again: the rule cannot correlate conditions, so a path that re-tests
/// the same expression is assumed to re-take the same branch.
///
/// False positives: a function that returns with the lock held on
/// purpose.  Such a function says so with __acquires() on its prototype;
/// one with "lock" as a word of its name, or named *_start() or
/// *_begin(), is skipped.
///
// Confidence: Moderate
// Options: --no-includes --include-headers

virtual report
virtual org

@initialize:python@
@@
import re
# Functions that hand the lock to their caller by design.
hands_over = re.compile(r'(^|_)(try)?lock(_|$)|_(start|begin|acquire)$')

// --- a path out of the function that skips the unlock -------------------

@cond@
expression E, C;
position p;
@@

if (C)
(
threadgroup_fork_write_lock@p(E);
|
threadgroup_fork_read_lock@p(E);
)

@missing exists@
identifier f;
expression E, C;
position p1 != cond.p;
position p2;
@@

f(...) {
<+...
(
if (C) threadgroup_fork_write_lock@p2(E);
... when != threadgroup_fork_write_unlock(E)
    when != C
|
if (C) threadgroup_fork_read_lock@p2(E);
... when != threadgroup_fork_read_unlock(E)
    when != C
|
threadgroup_fork_write_lock@p1(E);
... when != threadgroup_fork_write_unlock(E)
|
threadgroup_fork_read_lock@p1(E);
... when != threadgroup_fork_read_unlock(E)
)
...+>
}

// --- taken twice on one path --------------------------------------------

@twice exists@
expression E;
position p1, p2;
@@

(
threadgroup_fork_write_lock@p1(E);
... when != threadgroup_fork_write_unlock(E)
(
threadgroup_fork_write_lock@p2(E);
|
threadgroup_fork_read_lock@p2(E);
)
|
threadgroup_fork_read_lock@p1(E);
... when != threadgroup_fork_read_unlock(E)
(
threadgroup_fork_write_lock@p2(E);
|
threadgroup_fork_read_lock@p2(E);
)
)

// --- released with the other kind of unlock -----------------------------

@mismatch exists@
expression E;
position p1, p2;
@@

(
threadgroup_fork_write_lock@p1(E);
... when != threadgroup_fork_write_unlock(E)
threadgroup_fork_read_unlock@p2(E);
|
threadgroup_fork_read_lock@p1(E);
... when != threadgroup_fork_read_unlock(E)
threadgroup_fork_write_unlock@p2(E);
)

@script:python depends on report@
p1 << missing.p1;
f << missing.f;
@@
if not hands_over.search(f):
	coccilib.report.print_report(p1[0],
		"threadgroup_fork lock taken here is not released on some path out of %s()" % f)

@script:python depends on report@
p2 << missing.p2;
f << missing.f;
@@
if not hands_over.search(f):
	coccilib.report.print_report(p2[0],
		"threadgroup_fork lock taken here is not released on some path out of %s() (a path that does not test the lock's condition again)" % f)

@script:python depends on org@
p1 << missing.p1;
f << missing.f;
@@
if not hands_over.search(f):
	cocci.print_main("threadgroup_fork lock not released", p1)

@script:python depends on org@
p2 << missing.p2;
f << missing.f;
@@
if not hands_over.search(f):
	cocci.print_main("threadgroup_fork lock not released", p2)

@script:python depends on report@
p1 << twice.p1;
p2 << twice.p2;
@@
coccilib.report.print_report(p2[0],
	"threadgroup_fork lock taken again; already taken on line %s" % p1[0].line)

@script:python depends on org@
p1 << twice.p1;
p2 << twice.p2;
@@
cocci.print_main("threadgroup_fork lock taken twice", p2)
cocci.print_secs("first taken", p1)

@script:python depends on report@
p1 << mismatch.p1;
p2 << mismatch.p2;
@@
coccilib.report.print_report(p2[0],
	"threadgroup_fork unlock of the wrong kind for the lock taken on line %s" % p1[0].line)

@script:python depends on org@
p1 << mismatch.p1;
p2 << mismatch.p2;
@@
cocci.print_main("threadgroup_fork unlock of the wrong kind", p2)
cocci.print_secs("lock", p1)
