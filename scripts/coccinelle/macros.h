/* SPDX-License-Identifier: GPL-2.0 */
/*
 * macros.h - macros coccinelle should expand while parsing our tree
 * (scripts/coccicheck passes it with --macro-file, on top of coccinelle's
 * own standard.h, which knows Linux's common ones).  Without these,
 * spatch cannot parse a function whose prototype carries one of our lock
 * annotations and silently skips it.
 */
#define __must_hold_shared(x)
#define __acquires_shared(x)
#define __releases_shared(x)
#define __guarded_by(x)
#define __pt_guarded_by(x)
#define __asserts_held(x)
#define __asserts_held_shared(x)
#define __no_context_analysis
#define __capability(x)
#define __must_check
#define __printf(a, b)
#define __noreturn
#define __cold
