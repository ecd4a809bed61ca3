/* compile.c — how the runtime compiles user code: the down-leveler (runtime/downlevel/)
 * turns ES2015+ syntax into ES5 that keeps every line where it was, then mujs
 * compiles that. Plain ES5 sources come back untouched from the down-leveler's fast
 * path and are compiled from the caller's buffer. The runtime's own embedded files
 * (named "node:...") are ES5 and skip the down-leveler entirely.
 *
 * rt__compile(J, file, src) behaves like js_ploadstring: 0 with the compiled script
 * pushed, or non-zero with the error pushed. A syntax error found by the down-leveler
 * is a SyntaxError with Node's message and `stackTrace` "\n\tat file:line", the layout
 * binding.c's locate_syntax_error gives mujs's own syntax errors, and the hidden
 * property RT_HIDDEN_SYNTAX_COL: the 1-based byte column of the offending token in its
 * line, where lib/internal/uncaught.js puts the caret. The first file whose
 * output changed loads runtime/lib/internal/es2015.js (the global `__ls` and the Symbol
 * shim, which modern code may use without calling a helper). The down-leveler is called
 * through dlcache.c, which reads a file's output back from a cache keyed by its content.
 *
 * User code is compiled with js_ploadstringsrc (mujs patch 0117): its functions keep the
 * text as written for Function.prototype.toString, the down-leveler's spans (r.fns,
 * r.copies) turning a span of the ES5 output back into one of the source. The runtime's
 * own files keep no text.
 *
 * rt_compile(rt, file, src) is rt__compile for embedders (runtime.h): always down-leveled.
 *
 * rt__compile_module(J, file, src) compiles an ES module the same way: the down-leveler
 * always prints it, as the expression `(function (_ls$m) {...})` described in
 * downlevel/lower_module.c, so running the compiled script gives the loader
 * (lib/internal/esm.js) the function that instantiates the module. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "downlevel/downlevel.h"
#include "internal.h"

static int load_helpers(js_State *J)
{
	const rt_native *n;
	static const char head[] = "(function (exports, require, module, binding) {";
	static const char tail[] = "\n})";
	char *wrapped;
	size_t len;
	int rc;
	js_getglobal(J, "__ls");
	rc = js_isundefined(J, -1);
	js_pop(J, 1);
	if (!rc)
		return 0;
	n = rt__native_find("internal/es2015");
	if (!n) {
		js_pushstring(J, "leakscope: internal/es2015 is missing");
		return 1;
	}
	len = strlen(n->source);
	wrapped = malloc(sizeof head + len + sizeof tail);
	if (!wrapped) {
		js_pushstring(J, "out of memory");
		return 1;
	}
	memcpy(wrapped, head, sizeof head - 1);
	memcpy(wrapped + sizeof head - 1, n->source, len);
	memcpy(wrapped + sizeof head - 1 + len, tail, sizeof tail);
	rc = js_ploadstring(J, "node:internal/es2015", wrapped);
	free(wrapped);
	if (rc)
		return rc;
	js_pushundefined(J);
	if (js_pcall(J, 0))
		return 1;
	/* the module function: fn(exports, require, module, binding); the binding lets it
	 * load internal/generator when down-leveled code first needs it */
	js_pushundefined(J);
	js_newobject(J);
	js_pushundefined(J);
	js_newobject(J);
	js_getregistry(J, RT_BINDING);
	if (js_pcall(J, 4))
		return 1;
	js_pop(J, 1);
	return 0;
}

/* map for js_ploadstringsrc: a function's span [*beg, *end) in the down-leveler's output
 * made its span in the source as written: the down-leveler's record of a function it
 * printed (found by where it ends), else the verbatim copy that holds it. 0 for a
 * function the down-leveler made (a generator's state machine, a helper wrapper). */
static int source_span(void *ud, int *beg, int *end)
{
	const dl_result *r = ud;
	const dl_span *s;
	uint32_t b = (uint32_t)*beg, e = (uint32_t)*end;
	size_t lo = 0, hi = r->nfns, mid;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (r->fns[mid].out < e)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < r->nfns && r->fns[lo].out == e) {
		*beg = (int)r->fns[lo].in;
		*end = (int)(r->fns[lo].in + r->fns[lo].len);
		return 1;
	}
	lo = 0;
	hi = r->ncopies;
	while (lo < hi) {	/* the last copy starting at or before b */
		mid = lo + (hi - lo) / 2;
		if (r->copies[mid].out <= b)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return 0;
	s = &r->copies[lo - 1];
	if (e > s->out + s->len)
		return 0;
	*beg = (int)(s->in + (b - s->out));
	*end = (int)(s->in + (e - s->out));
	return 1;
}

static int compile(js_State *J, const char *file, const char *src, int flags)
{
	dl_result r;
	size_t len = strlen(src);
	int e, rc;
	e = rt__dl_transform(src, len, flags, &r);
	if (e == DL_ESYNTAX || e == DL_EUNSUPPORTED) {
		char trace[1200];
		js_newsyntaxerror(J, r.msg);
		snprintf(trace, sizeof trace, "\n\tat %s:%u", file, r.line);
		js_pushstring(J, trace);
		js_defproperty(J, -2, "stackTrace", JS_DONTENUM);
		js_pushnumber(J, r.col);
		js_sethidden(J, -2, RT_HIDDEN_SYNTAX_COL);
		return 1;
	}
	if (e != DL_OK) {
		js_newerror(J, r.msg[0] ? r.msg : "down-leveler failed");
		return 1;
	}
	/* functions keep the text as written, for Function.prototype.toString */
	if (!r.changed)
		return len > INT_MAX ? js_ploadstring(J, file, src) :
			js_ploadstringsrc(J, file, src, src, (int)len, NULL, NULL);
	/* any modern file gets the helpers: they also bring Symbol */
	if (load_helpers(J)) {
		dl_result_free(&r);
		return 1;
	}
	rc = len > INT_MAX ? js_ploadstring(J, file, r.out) :
		js_ploadstringsrc(J, file, r.out, src, (int)len, source_span, &r);
	dl_result_free(&r);
	return rc;
}

int rt__compile(js_State *J, const char *file, const char *src)
{
	if (strncmp(file, "node:", 5) == 0)
		return js_ploadstring(J, file, src);
	return compile(J, file, src, 0);
}

int rt_compile(rt_runtime *rt, const char *file, const char *src)
{
	return compile(rt_js(rt), file, src, 0);
}

int rt__compile_module(js_State *J, const char *file, const char *src)
{
	return compile(J, file, src, DL_MODULE);
}
