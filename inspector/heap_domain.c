/* heap_domain.c — CDP's HeapProfiler domain: takeHeapSnapshot (the heap walker's graph
 * written as V8's .heapsnapshot by analysis/heapsnapshot.c, streamed in
 * addHeapSnapshotChunk messages of about 100 KB with reportHeapSnapshotProgress, and
 * committed to the recording as trigger "inspector" when there is one), collectGarbage,
 * startSampling/stopSampling/getSamplingProfile (sampled allocations recorded by a
 * private profiler, read back as Node's SamplingHeapProfile), getHeapObjectId and
 * getObjectByHeapObjectId (the stable ids snapshots show).
 *
 * A snapshot may be taken at a safe point inside JS (the walk needs no JS); collecting
 * and the Runtime-side lookups wait for the loop.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mujs.h>

#include "analysis.h"
#include "heapgraph.h"
#include "internal.h"

static void dominators(store_heap *g)
{
	an_heap_dominators(g);	/* on storage's writer thread */
}

static void progress(insp__conn *c, uint32_t done, uint32_t total, int finished)
{
	char b[128];
	snprintf(b, sizeof b, "{\"done\":%u,\"total\":%u%s}", done, total,
		finished ? ",\"finished\":true" : "");
	insp__event(c, "HeapProfiler.reportHeapSnapshotProgress", b);
}

static int take(insp__conn *c, int64_t id, json_t *params)
{
	insp *in = c->in;
	store_heap *g;
	char *buf = NULL;
	size_t len = 0;
	FILE *f;
	int err, report = json_is_true(json_object_get(params, "reportProgress"));
	int64_t t_us = in->rec ? store_now_us(in->rec) : 0;

	if (!in->heap)
		return insp__error(c, id, -32000, "Heap snapshots are not available"), 0;
	if (c->stream.buf)
		return insp__error(c, id, -32000, "A snapshot is already being sent"), 0;
	if ((err = prof_heap_walk(in->heap, &g)))
		return insp__error(c, id, -32000, store_strerror(err)), 0;
	if (report)
		progress(c, 0, g->nnodes, 0);
	f = open_memstream(&buf, &len);
	err = f ? an_heap_write_v8(g, f) : STORE_ENOMEM;
	if (f && fclose(f) && !err)
		err = STORE_ENOMEM;
	if (in->rec && !err) {
		int64_t sid = store_snapshot_reserve(in->rec);
		if (sid > 0) {
			g->id = sid;
			g->t_us = t_us;
			snprintf(g->trigger, sizeof g->trigger, "inspector");
			g->finish = dominators;
			store_snapshot_commit(in->rec, g);	/* takes g */
			g = NULL;
		}
	}
	if (g) {
		if (report && !err)
			progress(c, g->nnodes, g->nnodes, 1);
		store_heap_free(g);
	} else if (report) {
		progress(c, 1, 1, 1);
	}
	if (err) {
		free(buf);
		return insp__error(c, id, -32000, store_strerror(err)), 0;
	}
	c->stream.buf = buf;
	c->stream.len = len;
	c->stream.off = 0;
	c->stream.req_id = id;
	insp__stream_pump(c);
	return 0;
}

/* ---- sampling ---- */

static char *sampling_profile(insp *in)
{
	an_db *db;
	char *buf = NULL;
	size_t len = 0;
	FILE *f;
	int64_t run;
	int err;
	if (in->heapsamp.s)
		store_flush(in->heapsamp.s);
	if (an_open(&db, in->heapsamp.path))
		return NULL;
	f = open_memstream(&buf, &len);
	err = f ? an_run_pick(db, 0, &run) : AN_ENOMEM;
	if (!err)
		err = an_heapprofile(db, run, in->heap_interval, 0, f);
	if (f)
		fclose(f);
	an_close(db);
	if (err) {
		free(buf);
		return NULL;
	}
	while (len && (buf[len - 1] == '\n' || buf[len - 1] == ' '))
		buf[--len] = 0;
	return buf;
}

static int reply_profile(insp__conn *c, int64_t id, char *profile)
{
	char *r;
	if (!profile)
		return insp__error(c, id, -32000, "Cannot read the sampling profile"), 0;
	r = malloc(strlen(profile) + 16);
	if (r) {
		sprintf(r, "{\"profile\":%s}", profile);
		insp__reply(c, id, r);
	}
	free(r);
	free(profile);
	return r ? 0 : -1;
}

static int sampling(insp__conn *c, const char *m, int64_t id, json_t *params, int safepoint)
{
	insp *in = c->in;
	const char *msg = "";
	if (safepoint)
		return 1;	/* the profiler subscribes to the bus: not inside a bus event */
	if (!strcmp(m, "startSampling")) {
		json_t *v = json_object_get(params, "samplingInterval");
		if (in->heap_sampling)
			return insp__reply(c, id, "{}"), 0;
		in->heap_interval = json_is_number(v) && json_number_value(v) >= 1 ?
			(uint64_t)json_number_value(v) : 32768;	/* V8's default */
		if (insp__own_open(in, -1, in->heap_interval, &in->heapsamp, &msg)) {
			char b[200];
			snprintf(b, sizeof b, "Cannot start sampling: %s", msg);
			return insp__error(c, id, -32000, b), 0;
		}
		in->heap_sampling = 1;
		return insp__reply(c, id, "{}"), 0;
	}
	if (!in->heap_sampling)
		return insp__error(c, id, -32000, "Sampling heap profiler was not started."), 0;
	if (!strcmp(m, "getSamplingProfile"))
		return reply_profile(c, id, sampling_profile(in));
	/* stopSampling */
	{
		char *p = sampling_profile(in);
		insp__own_close(in, &in->heapsamp);
		insp__own_remove(&in->heapsamp);
		in->heap_sampling = 0;
		return reply_profile(c, id, p);
	}
}

int insp__heap_call(insp__conn *c, const char *m, int64_t id, json_t *params, int safepoint)
{
	insp *in = c->in;
	js_State *J = in->J;
	static const char *const accepted[] = { "startTrackingHeapObjects",
		"stopTrackingHeapObjects", "addInspectedHeapObject", NULL };
	const char *const *a;

	if (!strcmp(m, "enable") || !strcmp(m, "disable")) {
		c->heap_on = m[0] == 'e';
		return insp__reply(c, id, "{}"), 0;
	}
	for (a = accepted; *a; a++)
		if (!strcmp(m, *a))
			return insp__reply(c, id, "{}"), 0;
	if (!strcmp(m, "takeHeapSnapshot"))
		return take(c, id, params);
	if (!strcmp(m, "collectGarbage")) {
		if (safepoint)
			return 1;
		js_gc(J, 0);
		return insp__reply(c, id, "{}"), 0;
	}
	if (!strcmp(m, "startSampling") || !strcmp(m, "stopSampling") ||
	    !strcmp(m, "getSamplingProfile"))
		return sampling(c, m, id, params, safepoint);
	if (!strcmp(m, "getHeapObjectId")) {
		const char *oid = json_string_value(json_object_get(params, "objectId"));
		char b[96];
		uint64_t hid;
		if (!oid)
			return insp__error(c, id, -32602, "Invalid parameters"), 0;
		if (safepoint)
			return 1;
		js_getregistry(J, "insp.api");
		js_getproperty(J, -1, "lookup");
		js_rot2(J);
		js_pushstring(J, oid);
		if (js_pcall(J, 1)) {
			js_pop(J, 1);
			return insp__error(c, id, -32000, "Could not find object with given id"), 0;
		}
		hid = prof_heap_object_id(in->rt, -1);
		js_pop(J, 1);
		if (!hid)
			return insp__error(c, id, -32000, "Object is not a heap object"), 0;
		snprintf(b, sizeof b, "{\"heapSnapshotObjectId\":\"%llu\"}", (unsigned long long)hid);
		return insp__reply(c, id, b), 0;
	}
	if (!strcmp(m, "getObjectByHeapObjectId")) {
		const char *hs = json_string_value(json_object_get(params, "objectId"));
		const char *group = json_string_value(json_object_get(params, "objectGroup"));
		char *end, *r, *out;
		unsigned long long hid;
		if (!hs)
			return insp__error(c, id, -32602, "Invalid parameters"), 0;
		if (safepoint)
			return 1;
		hid = strtoull(hs, &end, 10);
		js_getregistry(J, "insp.api");
		js_getproperty(J, -1, "hold");
		js_rot2(J);	/* hold, api(this) */
		if (*end || prof_heap_push_object(in->rt, hid)) {
			js_pop(J, 2);
			return insp__error(c, id, -32000, "Object is not available"), 0;
		}
		if (group)
			js_pushstring(J, group);
		else
			js_pushundefined(J);
		if (js_pcall(J, 2)) {
			js_pop(J, 1);
			return insp__error(c, id, -32000, "Object is not available"), 0;
		}
		r = strdup(js_tostring(J, -1));
		js_pop(J, 1);
		out = r ? malloc(strlen(r) + 16) : NULL;
		if (out) {
			sprintf(out, "{\"result\":%s}", r);
			insp__reply(c, id, out);
		}
		free(out);
		free(r);
		return out ? 0 : -1;
	}
	return INSP__UNKNOWN;
}
