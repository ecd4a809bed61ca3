/* downlevel.h — the down-leveler: ES2015+ JavaScript source in, ES5 source out, for mujs.
 *
 * Contract:
 * - dl_transform() parses `src` (len bytes, UTF-8, need not be NUL-ended) as a script
 *   (or a module with DL_MODULE) and returns ES5 source that behaves the same under the
 *   runtime's helpers (runtime/lib/internal/es2015.js, reached through the global
 *   `__ls`). Line N of the output is line N of the input: every construct stays on the
 *   line it was written on (several may share one output line; lines are padded with
 *   newlines where the output is shorter), so errors, traces and allocation sites name
 *   the user's lines.
 * - Fast path: when the source uses no ES2015+ syntax, r->out is NULL and r->changed 0:
 *   the caller compiles its own buffer. The parse itself decides; nothing is copied.
 * - On a syntax error, returns DL_ESYNTAX and fills r->line, r->col (1-based) and
 *   r->msg with Node's text ("Unexpected token '}'"). Syntax the down-leveler does not
 *   handle yet returns DL_EUNSUPPORTED with a message naming it: it is never miscompiled.
 * - r->uses_helpers is set when the output calls `__ls` (the caller loads the helpers).
 * - Linear in the input; all memory comes from one arena freed before return, except
 *   r->out (malloc'd, NUL-ended; release with dl_result_free()).
 * - Thread-safe: no global state.
 */
#ifndef LEAKSCOPE_DOWNLEVEL_H
#define LEAKSCOPE_DOWNLEVEL_H

#include <stddef.h>
#include <stdint.h>

enum {
	DL_OK = 0,
	DL_ESYNTAX = -1,	/* a syntax error: r->line, r->col, r->msg */
	DL_EUNSUPPORTED = -2,	/* valid syntax the down-leveler cannot lower yet */
	DL_ENOMEM = -3
};

/* flags for dl_transform */
enum {
	DL_MODULE = 1,		/* parse as an ES module (import/export allowed, strict) */
	DL_PARSE_ONLY = 2,	/* parse and check, produce no output (fuzzer, tests) */
	DL_FORCE = 4		/* print the output even when the source is plain ES5 */
};

/* Where the output's text came from, for Function.prototype.toString (the runtime keeps
 * the input and shows a function's text as written): */
typedef struct dl_span {
	uint32_t out, in, len;
} dl_span;

typedef struct dl_result {
	char *out;		/* ES5 source (malloc'd, NUL-ended), or NULL: use the input */
	size_t len;
	/* fns: a function the down-leveler printed (an arrow, method, async function,
	 * generator, or one whose body it changed) ends at output offset `out` (past its
	 * '}') and was written as input [in, in + len). copies: output [out, out + len) is
	 * input [in, in + len) copied verbatim. Both sorted by out (malloc'd; NULL when
	 * out is). */
	dl_span *fns, *copies;
	size_t nfns, ncopies;
	int changed;		/* 1 when out holds a transformed program */
	int uses_helpers;	/* the output refers to the global __ls */
	unsigned line, col;	/* where the error is (1-based) */
	char msg[256];		/* Node-like message, e.g. "Unexpected token '}'" */
} dl_result;

int dl_transform(const char *src, size_t len, int flags, dl_result *r);
void dl_result_free(dl_result *r);

#endif
