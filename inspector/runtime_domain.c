/* runtime_domain.c — CDP's Runtime domain: the JS side (remote.js, compiled once at
 * insp_start and kept in the registry), its native helpers, evaluate (down-leveled as
 * the app's code is, with Node's command line API `require` when asked), compileScript
 * and runScript, callFunctionOn, getProperties, releaseObject(Group), addBinding and
 * removeBinding, executionContextCreated, consoleAPICalled (every
 * console call, through wrappers put on the global console) and exceptionThrown
 * (through a wrapper around the runtime's uncaught-exception hook, RT_FATAL_HOOK).
 *
 * Console calls made while no session has Runtime enabled are kept (the last
 * INSP__CONSOLE_KEEP, described without object ids so nothing is retained for nobody)
 * and sent to the next session that enables Runtime, as V8 does.
 *
 * Everything here calls JS, so it runs from the loop (a socket read), never at a safe
 * point inside JS: a method called there answers 1 and waits.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <mujs.h>

#include "internal.h"

#define API "insp.api"

extern const char insp__remote_js[];

static void keep(insp *in, const char *event)
{
	char *s = strdup(event);
	if (!s)
		return;
	if (!in->console_keep) {
		in->console_keep = calloc(INSP__CONSOLE_KEEP, sizeof *in->console_keep);
		if (!in->console_keep) {
			free(s);
			return;
		}
	}
	if (in->nkeep < INSP__CONSOLE_KEEP) {
		in->console_keep[(in->keep_first + in->nkeep++) % INSP__CONSOLE_KEEP] = s;
	} else {
		free(in->console_keep[in->keep_first]);
		in->console_keep[in->keep_first] = s;
		in->keep_first = (in->keep_first + 1) % INSP__CONSOLE_KEEP;
	}
}

static void keep_clear(insp *in)
{
	size_t i;
	for (i = 0; i < in->nkeep; i++)
		free(in->console_keep[(in->keep_first + i) % INSP__CONSOLE_KEEP]);
	in->nkeep = in->keep_first = 0;
}

void insp__keep_free(insp *in)
{
	if (!in->console_keep)
		return;
	keep_clear(in);
	free(in->console_keep);
	in->console_keep = NULL;
}

static int runtime_wanted(insp *in)
{
	insp__conn *c;
	for (c = in->conns; c; c = c->next)
		if (c->state == INSP__WS && c->runtime_on)
			return 1;
	return 0;
}

/* ---- natives for remote.js ---- */

static void n_compile(js_State *J)
{
	insp *in = js_currentfunctiondata(J);
	const char *src = js_tostring(J, 1);
	const char *file = js_isdefined(J, 2) ? js_tostring(J, 2) : "[inspector]";
	if (rt_compile(in->rt, file, src))
		js_throw(J);
}

/* emit(method, params, keep): to the sessions with Runtime enabled; with none, kept for
 * the next one when keep is true (console calls, exceptions), else dropped. */
static void n_emit(js_State *J)
{
	insp *in = js_currentfunctiondata(J);
	const char *method = js_tostring(J, 1), *params = js_tostring(J, 2);
	if (runtime_wanted(in)) {
		insp__broadcast(in, INSP__D_RUNTIME, method, params);
	} else if (js_toboolean(J, 3)) {
		char *ev = malloc(strlen(method) + strlen(params) + 32);
		if (ev) {
			sprintf(ev, "{\"method\":\"%s\",\"params\":%s}", method, params);
			keep(in, ev);
			free(ev);
		}
	}
	js_pushundefined(J);
}

static void n_wanted(js_State *J)
{
	js_pushboolean(J, runtime_wanted(js_currentfunctiondata(J)));
}

static void n_holders(js_State *J)
{
	js_getregistry(J, RT_HEAP_HOLDERS);
}

static void n_now(js_State *J)
{
	uv_timeval64_t tv;
	uv_gettimeofday(&tv);
	js_pushnumber(J, (double)tv.tv_sec * 1000 + (double)tv.tv_usec / 1000);
}

/* Calls api[fn](args...) with the api as this; leaves the result on the stack.
 * 0, or nonzero with the error on the stack. */
static int call_api(insp *in, const char *fn, const char *fmt, va_list ap)
{
	js_State *J = in->J;
	int n = 0;
	js_getregistry(J, API);
	js_getproperty(J, -1, fn);
	js_rot2(J);	/* fn, api(this) */
	for (; *fmt; fmt++, n++) {
		switch (*fmt) {
		case 's': {
			const char *s = va_arg(ap, const char *);
			if (s)
				js_pushstring(J, s);
			else
				js_pushundefined(J);
			break;
		}
		case 'b':
			js_pushboolean(J, va_arg(ap, int));
			break;
		default:
			js_pushnumber(J, va_arg(ap, double));
		}
	}
	return js_pcall(J, n);
}

char *insp__js_call(insp *in, const char *fn, char **err, const char *fmt, ...)
{
	js_State *J = in->J;
	va_list ap;
	char *out = NULL;
	int r;
	*err = NULL;
	if (!in->js_ready) {
		*err = strdup("the inspector's JS side is not available");
		return NULL;
	}
	va_start(ap, fmt);
	r = call_api(in, fn, fmt, ap);
	va_end(ap);
	if (r) {
		const char *m = js_trystring(J, -1, "error");
		*err = strdup(m);
	} else if (js_isstring(J, -1)) {
		out = strdup(js_tostring(J, -1));
	}
	js_pop(J, 1);
	return out;
}

int insp__js_init(insp *in)
{
	static const char head[] = "(function (native) {";
	static const char tail[] = "\n})";
	js_State *J = in->J;
	size_t n = strlen(insp__remote_js);
	char *src = malloc(sizeof head + n + sizeof tail);
	if (!src)
		return -1;
	memcpy(src, head, sizeof head - 1);
	memcpy(src + sizeof head - 1, insp__remote_js, n);
	memcpy(src + sizeof head - 1 + n, tail, sizeof tail);
	if (js_ploadstring(J, "node:internal/inspector", src)) {
		free(src);
		fprintf(stderr, "leakscope: inspector: %s\n", js_trystring(J, -1, "?"));
		js_pop(J, 1);
		return -1;
	}
	free(src);
	js_pushundefined(J);
	if (js_pcall(J, 0))
		goto fail;
	/* the compiled expression is the function: call it with (native) */
	js_pushundefined(J);
	js_newobject(J);
	js_newcfunctionx(J, n_compile, "compile", 2, in, NULL);
	js_setproperty(J, -2, "compile");
	js_newcfunctionx(J, n_emit, "emit", 3, in, NULL);
	js_setproperty(J, -2, "emit");
	js_newcfunctionx(J, n_wanted, "wanted", 0, in, NULL);
	js_setproperty(J, -2, "wanted");
	js_newcfunctionx(J, n_now, "now", 0, in, NULL);
	js_setproperty(J, -2, "now");
	js_newcfunctionx(J, n_holders, "holders", 0, in, NULL);
	js_setproperty(J, -2, "holders");
	if (js_pcall(J, 1))
		goto fail;
	js_setregistry(J, API);
	in->js_ready = 1;

	/* console.* report to the sessions */
	js_getregistry(J, API);
	js_getproperty(J, -1, "wrapConsole");
	js_rot2(J);
	js_getglobal(J, "console");
	if (js_pcall(J, 1))
		goto fail;
	js_pop(J, 1);
	/* uncaught exceptions too */
	js_getregistry(J, API);
	js_getproperty(J, -1, "wrapFatal");
	js_rot2(J);
	js_getregistry(J, RT_FATAL_HOOK);
	if (js_pcall(J, 1))
		goto fail;
	js_setregistry(J, RT_FATAL_HOOK);
	return 0;
fail:
	fprintf(stderr, "leakscope: inspector: %s\n", js_trystring(J, -1, "?"));
	js_pop(J, 1);
	return -1;
}

/* executionContextCreated and the kept console messages, to a session enabling
 * Runtime. */
void insp__runtime_enabled(insp__conn *c)
{
	insp *in = c->in;
	char ctx[256];
	size_t i;
	snprintf(ctx, sizeof ctx, "{\"context\":{\"id\":1,\"origin\":\"\",\"name\":"
		"\"node[%d]\",\"uniqueId\":\"%s-1\",\"auxData\":{\"isDefault\":true}}}",
		(int)getpid(), in->uuid);
	insp__event(c, "Runtime.executionContextCreated", ctx);
	for (i = 0; i < in->nkeep; i++) {
		const char *ev = in->console_keep[(in->keep_first + i) % INSP__CONSOLE_KEEP];
		insp__send(c, ev, strlen(ev));
	}
}

static const char *str(json_t *params, const char *key)
{
	return json_string_value(json_object_get(params, key));
}

static int flag(json_t *params, const char *key)
{
	return json_is_true(json_object_get(params, key));
}

/* Answers with the JS result, or the error it threw as a CDP error. */
static int answer(insp__conn *c, int64_t id, char *result, char *err)
{
	if (result)
		insp__reply(c, id, result);
	else
		insp__error(c, id, -32000, err ? err : "no result");
	free(result);
	free(err);
	return 0;
}

int insp__runtime_call(insp__conn *c, const char *m, int64_t id, json_t *params,
	int safepoint)
{
	insp *in = c->in;
	char *err = NULL, *r;

	if (!strcmp(m, "enable")) {
		if (safepoint)
			return 1;	/* kept messages must come after what runs first */
		if (!c->runtime_on) {
			c->runtime_on = 1;
			insp__runtime_enabled(c);
		}
		return insp__reply(c, id, "{}"), 0;
	}
	if (!strcmp(m, "disable")) {
		c->runtime_on = 0;
		return insp__reply(c, id, "{}"), 0;
	}
	if (!strcmp(m, "runIfWaitingForDebugger")) {
		in->waiting = 0;
		return insp__reply(c, id, "{}"), 0;
	}
	if (!strcmp(m, "getIsolateId")) {
		char b[96];
		snprintf(b, sizeof b, "{\"id\":\"%s\"}", in->uuid);
		return insp__reply(c, id, b), 0;
	}
	if (!strcmp(m, "getHeapUsage")) {
		const rt_memory *mem = rt_mem(in->rt);
		char b[128];
		snprintf(b, sizeof b, "{\"usedSize\":%zu,\"totalSize\":%zu}", mem->heap_used,
			mem->heap_peak);
		return insp__reply(c, id, b), 0;
	}
	if (!strcmp(m, "discardConsoleEntries")) {
		keep_clear(in);
		return insp__reply(c, id, "{}"), 0;
	}
	if (!strcmp(m, "globalLexicalScopeNames"))
		return insp__reply(c, id, "{\"names\":[]}"), 0;
	if (!strcmp(m, "evaluate")) {
		const char *expr = str(params, "expression");
		if (!expr)
			return insp__error(c, id, -32602, "Invalid parameters"), 0;
		if (safepoint)
			return 1;
		r = insp__js_call(in, "evaluate", &err, "ssbbb", expr, str(params, "objectGroup"),
			flag(params, "returnByValue"), flag(params, "includeCommandLineAPI"),
			flag(params, "throwOnSideEffect"));
		return answer(c, id, r, err);
	}
	if (!strcmp(m, "compileScript") || !strcmp(m, "runScript")) {
		const char *arg = str(params, m[0] == 'c' ? "expression" : "scriptId");
		if (!arg)
			return insp__error(c, id, -32602, "Invalid parameters"), 0;
		if (!c->runtime_on)	/* V8 wants the agent enabled for these two */
			return insp__error(c, id, -32000, "Runtime agent is not enabled"), 0;
		if (safepoint)
			return 1;
		if (m[0] == 'c')
			r = insp__js_call(in, "compileScript", &err, "ssb", arg,
				str(params, "sourceURL"), flag(params, "persistScript"));
		else
			r = insp__js_call(in, "runScript", &err, "ssbb", arg,
				str(params, "objectGroup"), flag(params, "returnByValue"),
				flag(params, "includeCommandLineAPI"));
		return answer(c, id, r, err);
	}
	if (!strcmp(m, "addBinding") || !strcmp(m, "removeBinding")) {
		const char *name = str(params, "name");
		if (!name)
			return insp__error(c, id, -32602, "Invalid parameters"), 0;
		if (safepoint)
			return 1;
		free(insp__js_call(in, m, &err, "s", name));
		if (err)
			return answer(c, id, NULL, err);
		return insp__reply(c, id, "{}"), 0;
	}
	if (!strcmp(m, "callFunctionOn")) {
		const char *decl = str(params, "functionDeclaration");
		json_t *args = json_object_get(params, "arguments");
		char *a = args ? json_dumps(args, JSON_COMPACT) : NULL;
		if (!decl) {
			free(a);
			return insp__error(c, id, -32602, "Invalid parameters"), 0;
		}
		if (safepoint) {
			free(a);
			return 1;
		}
		r = insp__js_call(in, "callFunctionOn", &err, "ssssb", decl,
			str(params, "objectId"), a, str(params, "objectGroup"),
			flag(params, "returnByValue"));
		free(a);
		return answer(c, id, r, err);
	}
	if (!strcmp(m, "getProperties")) {
		const char *oid = str(params, "objectId");
		if (!oid)
			return insp__error(c, id, -32602, "Invalid parameters"), 0;
		if (safepoint)
			return 1;
		r = insp__js_call(in, "getProperties", &err, "sbb", oid,
			flag(params, "ownProperties"), flag(params, "accessorPropertiesOnly"));
		return answer(c, id, r, err);
	}
	if (!strcmp(m, "releaseObject") || !strcmp(m, "releaseObjectGroup")) {
		const char *arg = str(params, m[13] ? "objectGroup" : "objectId");
		if (!arg)
			return insp__error(c, id, -32602, "Invalid parameters"), 0;
		if (safepoint)
			return 1;
		r = insp__js_call(in, m, &err, "s", arg);
		free(r);
		if (err)
			return answer(c, id, NULL, err);
		return insp__reply(c, id, "{}"), 0;
	}
	return INSP__UNKNOWN;
}
