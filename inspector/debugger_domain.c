/* debugger_domain.c — enough of CDP's Debugger domain for DevTools' Sources panel:
 * scriptParsed for every file in the module cache (on enable, and for files loaded
 * since, each time the session's messages are handled from the loop), getScriptSource
 * (the file as it is on disk), and the opening handshake's settings accepted. No
 * breakpoints or stepping: mujs has no debugger hook.
 *
 * One pause exists: --inspect-brk's, before the main script's first line, as Node
 * makes it (insp_wait): once a client has sent Runtime.runIfWaitingForDebugger, every
 * session with Debugger enabled gets scriptParsed for the main script and
 * Debugger.paused (reason "Break on start", one call frame at its line 0 whose only
 * scope is the global object; a session enabling Debugger meanwhile gets them too),
 * and the script starts at Debugger.resume — or at stepInto/stepOver/stepOut, which can
 * only resume here — or when no session with Debugger enabled is left. While paused,
 * Runtime.evaluate and Debugger.evaluateOnCallFrame evaluate in the global scope.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mujs.h>

#include "internal.h"

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t cap = 0, n = 0, r;
	if (!f)
		return NULL;
	do {
		if (n + 65536 + 1 > cap) {
			char *b = realloc(buf, cap = (n + 65536 + 1) * 2);
			if (!b) {
				free(buf);
				fclose(f);
				return NULL;
			}
			buf = b;
		}
		r = fread(buf + n, 1, cap - n - 1, f);
		n += r;
	} while (r > 0);
	fclose(f);
	buf[n] = 0;
	*len = n;
	return buf;
}

/* scriptParsed for s ({scriptId, url, file}) unless this session has been told. */
static void parsed(insp__conn *c, json_t *s)
{
	long sid = atol(json_string_value(json_object_get(s, "scriptId")));
	const char *file = json_string_value(json_object_get(s, "file"));
	size_t len = 0, k;
	int lines = 0, lastcol = 0;
	char *src;
	json_t *p;
	char *ps;
	if (sid <= c->scripts_sent || !file)
		return;
	src = read_file(file, &len);
	for (k = 0; src && k < len; k++, lastcol++)
		if (src[k] == '\n')
			lines++, lastcol = -1;
	free(src);
	p = json_pack("{s:O,s:O,s:i,s:i,s:i,s:i,s:i,s:s,s:b,s:s,s:b,s:b,s:I,s:s,s:O}",
		"scriptId", json_object_get(s, "scriptId"), "url", json_object_get(s, "url"),
		"startLine", 0, "startColumn", 0, "endLine", lines, "endColumn", lastcol,
		"executionContextId", 1, "hash", "", "isLiveEdit", 0, "sourceMapURL", "",
		"hasSourceURL", 0, "isModule", 0, "length", (json_int_t)len,
		"scriptLanguage", "JavaScript", "embedderName", json_object_get(s, "url"));
	ps = p ? json_dumps(p, JSON_COMPACT) : NULL;
	json_decref(p);
	if (ps)
		insp__event(c, "Debugger.scriptParsed", ps);
	free(ps);
	c->scripts_sent = sid;
}

/* scriptParsed for the module cache's files this session has not been told of. */
static void announce(insp__conn *c)
{
	char *err = NULL, *list = insp__js_call(c->in, "scripts", &err, "");
	json_t *a = list ? json_loads(list, 0, NULL) : NULL, *s;
	size_t i;
	free(list);
	free(err);
	json_array_foreach(a, i, s)
		parsed(c, s);
	json_decref(a);
}

/* The start pause to one session: the main script, then Debugger.paused. */
static void tell_paused(insp__conn *c)
{
	insp *in = c->in;
	json_t *f, *ev;
	char *s;
	if (!in->pause_frame || c->state != INSP__WS || !c->debugger_on)
		return;
	f = json_loads(in->pause_frame, 0, NULL);
	if (!f)
		return;
	parsed(c, f);
	ev = json_pack("{s:O,s:s,s:[]}", "callFrames", json_object_get(f, "callFrames"),
		"reason", "Break on start", "hitBreakpoints");
	s = ev ? json_dumps(ev, JSON_COMPACT) : NULL;
	if (s)
		insp__event(c, "Debugger.paused", s);
	free(s);
	json_decref(ev);
	json_decref(f);
}

int insp__debugger_wanted(insp *in)
{
	insp__conn *c;
	for (c = in->conns; c; c = c->next)
		if (c->state == INSP__WS && c->debugger_on)
			return 1;
	return 0;
}

int insp__debugger_break(insp *in)
{
	char *err = NULL;
	insp__conn *c, *next;
	if (!in->o.script)
		return -1;
	in->pause_frame = insp__js_call(in, "startFrame", &err, "s", in->o.script);
	free(err);
	if (!in->pause_frame)
		return -1;
	in->paused = 1;
	for (c = in->conns; c; c = next) {
		next = c->next;
		tell_paused(c);
	}
	return 0;
}

static void resume(insp *in)
{
	insp__conn *c, *next;
	in->paused = 0;
	free(in->pause_frame);
	in->pause_frame = NULL;
	for (c = in->conns; c; c = next) {
		next = c->next;
		if (c->state == INSP__WS && c->debugger_on)
			insp__event(c, "Debugger.resumed", "{}");
	}
}

void insp__debugger_rescan(insp__conn *c)
{
	if (c->debugger_on && c->state == INSP__WS)
		announce(c);
}

int insp__debugger_call(insp__conn *c, const char *m, int64_t id, json_t *params,
	int safepoint)
{
	static const char *const accepted[] = { "setPauseOnExceptions", "setAsyncCallStackDepth",
		"setBlackboxPatterns", "setBreakpointsActive", "setSkipAllPauses",
		"setBlackboxedRanges", "setInstrumentationBreakpoint", NULL };
	const char *const *a;

	if (!strcmp(m, "enable")) {
		char b[96];
		if (safepoint)
			return 1;
		c->debugger_on = 1;
		announce(c);
		snprintf(b, sizeof b, "{\"debuggerId\":\"%s\"}", c->in->uuid);
		insp__reply(c, id, b);
		if (c->in->paused)
			tell_paused(c);
		return 0;
	}
	if (!strcmp(m, "resume") || !strcmp(m, "stepInto") || !strcmp(m, "stepOver") ||
	    !strcmp(m, "stepOut")) {
		if (!c->in->paused)
			return insp__error(c, id, -32000, "Can only perform operation while paused."), 0;
		insp__reply(c, id, "{}");
		resume(c->in);
		return 0;
	}
	if (!strcmp(m, "evaluateOnCallFrame")) {
		if (!c->in->paused)
			return insp__error(c, id, -32000, "Can only perform operation while paused."), 0;
		return insp__runtime_call(c, "evaluate", id, params, safepoint);
	}
	if (!strcmp(m, "disable")) {
		c->debugger_on = 0;
		c->scripts_sent = 0;
		return insp__reply(c, id, "{}"), 0;
	}
	for (a = accepted; *a; a++)
		if (!strcmp(m, *a))
			return insp__reply(c, id, "{}"), 0;
	if (!strcmp(m, "getScriptSource")) {
		const char *sid = json_string_value(json_object_get(params, "scriptId"));
		char *err = NULL, *file, *src, msg[160];
		size_t len;
		json_t *r;
		if (!sid)
			return insp__error(c, id, -32602, "Invalid parameters"), 0;
		if (safepoint)
			return 1;
		file = insp__js_call(c->in, "scriptFile", &err, "s", sid);
		free(err);
		src = file ? read_file(file, &len) : NULL;
		free(file);
		if (!src) {
			snprintf(msg, sizeof msg, "No script for id: %.64s", sid);
			return insp__error(c, id, -32000, msg), 0;
		}
		r = json_pack("{s:s%}", "scriptSource", src, len);
		free(src);
		if (!r)	/* not UTF-8 */
			r = json_pack("{s:s}", "scriptSource", "");
		return insp__reply_json(c, id, r), 0;
	}
	return INSP__UNKNOWN;
}
