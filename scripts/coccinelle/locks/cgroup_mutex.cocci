// SPDX-License-Identifier: GPL-2.0
/// cgroup_mutex is paired: every mutex_lock(&cgroup_mutex) or
/// cgroup_lock() in a function is followed by mutex_unlock(&cgroup_mutex)
/// or cgroup_unlock() on every path out of that function, it is never
/// taken twice on one path (struct mutex is not recursive: a
/// self-deadlock), and it is never released twice on one path.
///
/// A lock taken under `if (C)` is taken to be released on the paths that
/// test C again (the rule cannot correlate conditions).
///
/// False positives: functions that return with cgroup_mutex held, or
/// release one their caller took, on purpose.  They carry __acquires() or
/// __releases() on the prototype; a function with "lock", "trylock" or
/// "unlock" as a word of its name (cgroup_lock_live_group()), or named
/// *_start(), *_begin(), *_end() or *_finish(), is skipped.
/// The conditional lockers (mutex_trylock(), cgroup_lock_live_group())
/// are not followed.
///
// Confidence: Moderate
// Options: --no-includes --include-headers

virtual report
virtual org

@initialize:python@
@@
import re
# Functions that hand the lock to their caller, or take it back, by design.
hands_over = re.compile(r'(^|_)(try|un)?lock(_|$)|_(start|begin|acquire|end|finish|release)$')

@cond@
symbol cgroup_mutex;
expression C;
position p;
@@

if (C)
(
mutex_lock@p(&cgroup_mutex);
|
cgroup_lock@p();
)

@missing exists@
symbol cgroup_mutex;
identifier f;
expression C;
position p1 != cond.p;
position p2;
@@

f(...) {
<+...
(
if (C)
\(mutex_lock@p2(&cgroup_mutex);\|cgroup_lock@p2();\)
... when != mutex_unlock(&cgroup_mutex)
    when != cgroup_unlock()
    when != C
|
\(mutex_lock@p1(&cgroup_mutex);\|cgroup_lock@p1();\)
... when != mutex_unlock(&cgroup_mutex)
    when != cgroup_unlock()
)
...+>
}

@twice exists@
symbol cgroup_mutex;
position p1, p2;
@@

\(mutex_lock@p1(&cgroup_mutex);\|cgroup_lock@p1();\)
... when != mutex_unlock(&cgroup_mutex)
    when != cgroup_unlock()
\(mutex_lock@p2(&cgroup_mutex);\|cgroup_lock@p2();\)

@unlocked_twice exists@
symbol cgroup_mutex;
identifier f;
position p1, p2;
@@

f(...) {
<+...
\(mutex_unlock@p1(&cgroup_mutex);\|cgroup_unlock@p1();\)
... when != mutex_lock(&cgroup_mutex)
    when != cgroup_lock()
    when != cgroup_lock_live_group(...)
    when != mutex_trylock(&cgroup_mutex)
\(mutex_unlock@p2(&cgroup_mutex);\|cgroup_unlock@p2();\)
...+>
}

@script:python depends on report@
p1 << missing.p1;
f << missing.f;
@@
if not hands_over.search(f):
	coccilib.report.print_report(p1[0],
		"cgroup_mutex taken here is not released on some path out of %s()" % f)

@script:python depends on report@
p2 << missing.p2;
f << missing.f;
@@
if not hands_over.search(f):
	coccilib.report.print_report(p2[0],
		"cgroup_mutex taken here is not released on some path out of %s() (a path that does not test the lock's condition again)" % f)

@script:python depends on report@
p1 << twice.p1;
p2 << twice.p2;
@@
coccilib.report.print_report(p2[0],
	"cgroup_mutex taken again (self-deadlock); already taken on line %s" % p1[0].line)

@script:python depends on report@
p1 << unlocked_twice.p1;
p2 << unlocked_twice.p2;
f << unlocked_twice.f;
@@
if not hands_over.search(f):
	coccilib.report.print_report(p2[0],
		"cgroup_mutex released again; already released on line %s" % p1[0].line)

@script:python depends on org@
p1 << missing.p1;
f << missing.f;
@@
if not hands_over.search(f):
	cocci.print_main("cgroup_mutex not released", p1)

@script:python depends on org@
p2 << missing.p2;
f << missing.f;
@@
if not hands_over.search(f):
	cocci.print_main("cgroup_mutex not released", p2)

@script:python depends on org@
p1 << twice.p1;
p2 << twice.p2;
@@
cocci.print_main("cgroup_mutex taken twice", p2)
cocci.print_secs("first taken", p1)

@script:python depends on org@
p1 << unlocked_twice.p1;
p2 << unlocked_twice.p2;
f << unlocked_twice.f;
@@
if not hands_over.search(f):
	cocci.print_main("cgroup_mutex released twice", p2)
	cocci.print_secs("first released", p1)
