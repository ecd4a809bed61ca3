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
 * rt_compile(rt, file, src) is rt__compile for embedders (runtime.h): always down-leveled.
 *
 * rt__compile_module(J, file, src) compiles an ES module the same way: the down-leveler
 * always prints it, as the expression `(function (_ls$m) {...})` described in
 * downlevel/lower_module.c, so running the compiled script gives the loader
 * (lib/internal/esm.js) the function that instantiates the module. */
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

static int compile(js_State *J, const char *file, const char *src, int flags)
{
	dl_result r;
	int e, rc;
	e = rt__dl_transform(src, strlen(src), flags, &r);
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
	if (!r.changed)
		return js_ploadstring(J, file, src);
	/* any modern file gets the helpers: they also bring Symbol */
	if (load_helpers(J)) {
		dl_result_free(&r);
		return 1;
	}
	rc = js_ploadstring(J, file, r.out);
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
