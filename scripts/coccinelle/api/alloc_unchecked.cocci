// SPDX-License-Identifier: GPL-2.0
/// The result of kmalloc(), kzalloc(), kcalloc(), kmalloc_array(),
/// kstrdup(), kmem_cache_alloc() or kmem_cache_zalloc() is checked for
/// NULL before it is used.  In this tree every one of them can fail: the
/// fault injector fails chosen call sites on purpose.
///
/// The first thing done with the result on every path must be a test of
/// it (`if (!p)`, `if (p == NULL)`, `if (p)`, `p ? ... : ...`, WARN_ON(!p),
/// a KUNIT_{ASSERT,EXPECT}_{NOT_,}NULL() or *_NOT_ERR_OR_NULL() in a
/// test, or a guard in the same expression: `p ? p->x : 0`, `p && p->x`),
/// or handing it on unexamined: `return p;`, storing it, or passing it
/// to kfree().  A dereference, an index or a call that takes it as an
/// argument comes after the check.
///
// Confidence: High
// Options: --no-includes --include-headers

virtual report
virtual org

// A use guarded by a test in the same expression is checked:
// `p ? p->x : 0`, `p && p->x`, `!p || p->x`.
@guarded@
expression x, E;
identifier fld;
position q;
@@

(
x ? <+... x->fld@q ...+> : E
|
x && <+... x->fld@q ...+>
|
!x || <+... x->fld@q ...+>
|
x != NULL && <+... x->fld@q ...+>
|
x == NULL || <+... x->fld@q ...+>
)

// The declaration form first (`struct foo *p = kmalloc(...);`), then the
// assignment.  The uses are indented: a `*` in column 0 is SmPL's context
// marker, not a dereference.
@unchecked exists@
expression x;
identifier y;
type T;
identifier alloc =~ "^(kmalloc|kzalloc|kcalloc|kmalloc_array|kstrdup|kmem_cache_alloc|kmem_cache_zalloc)$";
identifier fld, fn;
position p1;
position p2 != guarded.q;
@@

(
T y = alloc@p1(...);
... when != y
(
	y->fld@p2
|
	*y@p2
|
	y[...]@p2
|
	fn@p2(..., y, ...)
)
|
x = alloc@p1(...);
... when != x
(
	x->fld@p2
|
	*x@p2
|
	x[...]@p2
|
	fn@p2(..., x, ...)
)
)

@script:python depends on report@
p1 << unchecked.p1;
p2 << unchecked.p2;
fn << unchecked.fn = "";
alloc << unchecked.alloc;
@@
if fn not in ("kfree", "kmem_cache_free", "KUNIT_ASSERT_NOT_NULL",
	      "KUNIT_ASSERT_NULL", "KUNIT_EXPECT_NULL",
	      "KUNIT_ASSERT_NOT_ERR_OR_NULL", "KUNIT_EXPECT_NOT_NULL",
	      "KUNIT_EXPECT_NOT_ERR_OR_NULL", "WARN_ON", "WARN_ON_ONCE",
	      "IS_ERR_OR_NULL", "likely", "unlikely"):
	coccilib.report.print_report(p2[0],
		"result of %s() on line %s used without a NULL check" % (alloc, p1[0].line))

@script:python depends on org@
p1 << unchecked.p1;
p2 << unchecked.p2;
fn << unchecked.fn = "";
alloc << unchecked.alloc;
@@
if fn not in ("kfree", "kmem_cache_free", "KUNIT_ASSERT_NOT_NULL",
	      "KUNIT_ASSERT_NULL", "KUNIT_EXPECT_NULL",
	      "KUNIT_ASSERT_NOT_ERR_OR_NULL", "KUNIT_EXPECT_NOT_NULL",
	      "KUNIT_EXPECT_NOT_ERR_OR_NULL", "WARN_ON", "WARN_ON_ONCE",
	      "IS_ERR_OR_NULL", "likely", "unlikely"):
	cocci.print_main("used without a NULL check", p2)
	cocci.print_secs(alloc, p1)
