/* debugger_domain.c — enough of CDP's Debugger domain for DevTools' Sources panel:
 * scriptParsed for every file in the module cache (on enable, and for files loaded
 * since, each time the session's messages are handled from the loop), getScriptSource
 * (the file as it is on disk), and the opening handshake's settings accepted. No
 * breakpoints, pausing or stepping: mujs has no debugger hook.
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

/* scriptParsed for the module cache's files this session has not been told of. */
static void announce(insp__conn *c)
{
	char *err = NULL, *list = insp__js_call(c->in, "scripts", &err, "");
	json_t *a = list ? json_loads(list, 0, NULL) : NULL, *s;
	size_t i;
	free(list);
	free(err);
	json_array_foreach(a, i, s) {
		long sid = atol(json_string_value(json_object_get(s, "scriptId")));
		const char *file = json_string_value(json_object_get(s, "file"));
		size_t len = 0, k;
		int lines = 0, lastcol = 0;
		char *src;
		json_t *p;
		char *ps;
		if (sid <= c->scripts_sent || !file)
			continue;
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
	json_decref(a);
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
		return insp__reply(c, id, b), 0;
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
