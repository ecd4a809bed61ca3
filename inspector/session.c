/* session.c — CDP on one WebSocket connection: parsing each message (jansson), routing
 * "Domain.method" to its domain, and the answers: {"id", "result"} or V8's errors
 * (-32700 not JSON, -32600 no id or method, -32601 "'X' wasn't found", -32602 bad
 * params, -32000 a handler's failure). Also events to one session or to every session
 * that enabled a domain, and the /json/protocol description of what is implemented.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

int insp__reply(insp__conn *c, int64_t id, const char *result_json)
{
	size_t n = strlen(result_json);
	char *s = malloc(n + 48);
	int len, err;
	if (!s)
		return -1;
	len = snprintf(s, 48, "{\"id\":%lld,\"result\":", (long long)id);
	memcpy(s + len, result_json, n);
	s[len + n] = '}';
	err = insp__send(c, s, (size_t)len + n + 1);
	free(s);
	return err;
}

int insp__reply_json(insp__conn *c, int64_t id, json_t *result)
{
	char *s = result ? json_dumps(result, JSON_COMPACT) : NULL;
	int err;
	json_decref(result);
	if (!s)
		return insp__error(c, id, -32000, "out of memory");
	err = insp__reply(c, id, s);
	free(s);
	return err;
}

static int send_json(insp__conn *c, json_t *m)
{
	char *s = json_dumps(m, JSON_COMPACT);
	int err = -1;
	json_decref(m);
	if (s) {
		err = insp__send(c, s, strlen(s));
		free(s);
	}
	return err;
}

int insp__error(insp__conn *c, int64_t id, int code, const char *message)
{
	json_t *m = json_pack("{s:{s:i,s:s}}", "error", "code", code, "message", message);
	if (id >= 0)
		json_object_set_new(m, "id", json_integer(id));
	return send_json(c, m);
}

int insp__event(insp__conn *c, const char *method, const char *params_json)
{
	size_t n = strlen(method), p = strlen(params_json);
	char *s = malloc(n + p + 32);
	int len, err;
	if (!s)
		return -1;
	len = sprintf(s, "{\"method\":\"%s\",\"params\":", method);
	memcpy(s + len, params_json, p);
	s[len + p] = '}';
	err = insp__send(c, s, (size_t)len + p + 1);
	free(s);
	return err;
}

void insp__broadcast(insp *in, int domain, const char *method, const char *params_json)
{
	insp__conn *c, *next;
	for (c = in->conns; c; c = next) {
		next = c->next;
		if (c->state != INSP__WS)
			continue;
		if ((domain == INSP__D_RUNTIME && c->runtime_on) ||
		    (domain == INSP__D_DEBUGGER && c->debugger_on) ||
		    (domain == INSP__D_PROFILER && c->profiler_on) ||
		    (domain == INSP__D_HEAP && c->heap_on))
			insp__event(c, method, params_json);
	}
}

/* One message: 0 done (answered, or answered with an error), 1 it must wait for JS. */
static int handle(insp__conn *c, const insp__msg *m, int safepoint)
{
	json_error_t jerr;
	json_t *msg = json_loadb(m->text, m->len, 0, &jerr), *jid, *jm, *params;
	const char *method, *dot;
	int64_t id;
	int r;
	char buf[300];

	if (!msg || !json_is_object(msg)) {
		json_decref(msg);
		insp__error(c, -1, -32700, "Message must be a valid JSON");
		return 0;
	}
	jid = json_object_get(msg, "id");
	jm = json_object_get(msg, "method");
	if (!json_is_integer(jid)) {
		json_decref(msg);
		insp__error(c, -1, -32600, "Message must have integer 'id' property");
		return 0;
	}
	id = json_integer_value(jid);
	if (!json_is_string(jm)) {
		json_decref(msg);
		insp__error(c, id, -32600, "Message must have string 'method' property");
		return 0;
	}
	method = json_string_value(jm);
	params = json_object_get(msg, "params");
	if (params && !json_is_object(params)) {
		json_decref(msg);
		insp__error(c, id, -32602, "Invalid parameters");
		return 0;
	}
	dot = strchr(method, '.');
	r = INSP__UNKNOWN;
	if (dot) {
		size_t dl = (size_t)(dot - method);
		if (dl == 7 && !strncmp(method, "Runtime", 7))
			r = insp__runtime_call(c, dot + 1, id, params, safepoint);
		else if (dl == 8 && !strncmp(method, "Debugger", 8))
			r = insp__debugger_call(c, dot + 1, id, params, safepoint);
		else if (dl == 8 && !strncmp(method, "Profiler", 8))
			r = insp__profiler_call(c, dot + 1, id, params, safepoint);
		else if (dl == 12 && !strncmp(method, "HeapProfiler", 12))
			r = insp__heap_call(c, dot + 1, id, params, safepoint);
		else if (dl < 32) {
			char d[32];
			memcpy(d, method, dl);
			d[dl] = 0;
			r = insp__node_call(c, d, dot + 1, id, params, safepoint);
		}
	}
	if (r == INSP__UNKNOWN) {
		snprintf(buf, sizeof buf, "'%.256s' wasn't found", method);
		insp__error(c, id, -32601, buf);
		r = 0;
	} else if (r < 0) {
		insp__error(c, id, -32000, "Internal error");
		r = 0;
	}
	json_decref(msg);
	return r;
}

void insp__dispatch(insp__conn *c, int safepoint)
{
	c->busy++;
	while (c->inbox && c->state == INSP__WS) {
		insp__msg *m = c->inbox;
		if (handle(c, m, safepoint) == 1)
			break;	/* needs JS: the loop picks it up */
		c->inbox = m->next;
		if (!c->inbox)
			c->inbox_tail = &c->inbox;
		free(m);
	}
	if (!safepoint)
		insp__debugger_rescan(c);
	c->busy--;
	if (!c->busy && c->state == INSP__CLOSING)
		insp__conn_close(c);
}

/* ---- /json/protocol: the domains and methods this inspector implements ---- */

static json_t *domain(const char *name, const char *desc, const char *const *cmds,
	const char *const *events)
{
	json_t *d = json_pack("{s:s,s:s,s:[],s:[]}", "domain", name, "description", desc,
		"commands", "events");
	for (; *cmds; cmds++)
		json_array_append_new(json_object_get(d, "commands"), json_pack("{s:s}", "name", *cmds));
	for (; *events; events++)
		json_array_append_new(json_object_get(d, "events"), json_pack("{s:s}", "name", *events));
	return d;
}

json_t *insp__protocol(void)
{
	static const char *const rt_cmds[] = { "enable", "disable", "evaluate",
		"callFunctionOn", "getProperties", "releaseObject", "releaseObjectGroup",
		"runIfWaitingForDebugger", "getIsolateId", "getHeapUsage",
		"discardConsoleEntries", "compileScript", "runScript", "globalLexicalScopeNames",
		"addBinding", "removeBinding", NULL };
	static const char *const rt_ev[] = { "executionContextCreated",
		"consoleAPICalled", "exceptionThrown", "bindingCalled", NULL };
	static const char *const dbg_cmds[] = { "enable", "disable", "getScriptSource",
		"setPauseOnExceptions", "setAsyncCallStackDepth", "setBlackboxPatterns",
		"setBreakpointsActive", "setSkipAllPauses", "setBlackboxedRanges",
		"setInstrumentationBreakpoint", "resume", "stepInto", "stepOver", "stepOut",
		"evaluateOnCallFrame", NULL };
	static const char *const dbg_ev[] = { "scriptParsed", "paused", "resumed", NULL };
	static const char *const noderuntime_cmds[] = { "enable", "disable",
		"notifyWhenWaitingForDisconnect", NULL };
	static const char *const on_off[] = { "enable", "disable", NULL };
	static const char *const prof_cmds[] = { "enable", "disable", "setSamplingInterval",
		"start", "stop", NULL };
	static const char *const none[] = { NULL };
	static const char *const heap_cmds[] = { "enable", "disable", "takeHeapSnapshot",
		"collectGarbage", "startSampling", "stopSampling", "getSamplingProfile",
		"getObjectByHeapObjectId", "getHeapObjectId", "addInspectedHeapObject",
		"startTrackingHeapObjects", "stopTrackingHeapObjects", NULL };
	static const char *const heap_ev[] = { "addHeapSnapshotChunk",
		"reportHeapSnapshotProgress", "resetProfiles", NULL };
	json_t *p = json_pack("{s:{s:s,s:s},s:[]}", "version", "major", "1", "minor", "3",
		"domains");
	json_t *d = json_object_get(p, "domains");
	json_array_append_new(d, domain("Runtime", "Evaluation, remote objects, console"
		" calls and uncaught exceptions of the app's one execution context.", rt_cmds, rt_ev));
	json_array_append_new(d, domain("Debugger", "Loaded scripts and their sources;"
		" --inspect-brk's pause before the first line (no breakpoints or stepping).",
		dbg_cmds, dbg_ev));
	json_array_append_new(d, domain("Profiler", "Sampling CPU profiles in V8's"
		" Profile format, from leakscope's sampler.", prof_cmds, none));
	json_array_append_new(d, domain("HeapProfiler", "Heap snapshots in V8's format"
		" with stable object ids, garbage collection, sampled allocations.", heap_cmds,
		heap_ev));
	json_array_append_new(d, domain("NodeRuntime", "Accepted as Node accepts it; the"
		" process is not held open for a client at exit.", noderuntime_cmds, none));
	json_array_append_new(d, domain("NodeWorker", "Accepted as Node accepts it; no"
		" worker is reported.", on_off, none));
	json_array_append_new(d, domain("Network", "Accepted as Node 20 accepts it; no"
		" network events.", on_off, none));
	return p;
}
