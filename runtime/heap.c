/* heap.c — what the runtime offers heap snapshots without knowing who takes them
 * (runtime.h: rt_heap_hooks, RT_HEAP_HOLDERS, rt_new_object_id).
 *
 * binding.heap, for lib/leakscope.js and lib/v8.js:
 *   snapshot(label) -> id         the embedder's snapshot hook (throws without one)
 *   writeSnapshot(path)           the embedder's V8-file hook (throws without one)
 *   limit()                       --max-heap in bytes (0: none)
 *   holder(name, value[, key])    names a runtime-internal holder for the walker: the
 *                                 registry object RT_HEAP_HOLDERS gets name -> value, or
 *                                 name -> [value, key] (variable `key` of closure
 *                                 `value`'s scope, or property `key` of object `value`)
 * A JS call into C is a safe point: the hooks may walk the heap, which is consistent
 * and cannot be collected under them as long as they do not allocate through mujs.
 */
#include "internal.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void rt_set_heap_hooks(rt_runtime *rt, const rt_heap_hooks *hooks)
{
	if (hooks)
		rt->heap_hooks = *hooks;
	else
		memset(&rt->heap_hooks, 0, sizeof rt->heap_hooks);
}

uint32_t rt_new_object_id(rt_runtime *rt)
{
	return ++rt->next_object_id;
}

int rt_userdata_memory(const char *tag, void *data, size_t *own, const void **shared,
	size_t *shared_size)
{
	*own = 0;
	*shared = NULL;
	*shared_size = 0;
	if (!tag || !data)
		return -1;
	if (rt__buffer_memory(tag, data, own, shared, shared_size) == 0)
		return 0;
	if (rt__bigint_memory(tag, data, own) == 0)
		return 0;
	return rt__zlib_memory(tag, data, own);
}

/* heap_trip starts at 0 (calloc): the first allocation lands in rt__heap_trip, which
 * sets it. */
static void update_trip(rt_runtime *rt)
{
	size_t trip = rt->heap_watermark_fn ? rt->heap_watermark : SIZE_MAX;
	size_t max = rt->opts ? rt->opts->max_heap : 0;
	if (max && max < trip)
		trip = max;
	rt->heap_trip = trip;
}

void rt_set_heap_watermark(rt_runtime *rt, size_t bytes, void (*fn)(void *data), void *data)
{
	rt->heap_watermark = bytes;
	rt->heap_watermark_fn = fn;
	rt->heap_watermark_data = data;
	update_trip(rt);
}

/* Node 20's last words at its heap limit (without its native stack dump). */
static void out_of_memory(rt_runtime *rt)
{
	static const char msg[] = "\n<--- Last few GCs --->\n\n<--- JS stacktrace --->\n\n"
		"FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n";
	if (rt->heap_hooks.out_of_memory)
		rt->heap_hooks.out_of_memory(rt->heap_hooks.data);
	fflush(stdout);
	if (write(2, msg, sizeof msg - 1) < 0) {
		/* nothing left to do about it */
	}
	abort();
}

void rt__heap_trip(rt_runtime *rt)
{
	size_t used = rt->mem.heap_used;
	if (rt->heap_watermark_fn && used > rt->heap_watermark) {
		void (*fn)(void *) = rt->heap_watermark_fn;
		rt->heap_watermark_fn = NULL;	/* once */
		fn(rt->heap_watermark_data);
	}
	if (rt->opts && rt->opts->max_heap && used > rt->opts->max_heap) {
		/* a worker over resourceLimits.maxOldGenerationSizeMb ends alone, with
		 * ERR_WORKER_OUT_OF_MEMORY (its JS sees it at the next check point) */
		if (rt__worker_out_of_memory(rt) == 0) {
			rt->heap_trip = SIZE_MAX;
			return;
		}
		out_of_memory(rt);
	}
	update_trip(rt);
}

static void h_snapshot(js_State *J)
{
	rt_runtime *rt = rt__from(J);
	const char *label = js_isdefined(J, 1) ? js_tostring(J, 1) : "";
	const char *msg = NULL;
	int64_t id;
	if (!rt->heap_hooks.snapshot)
		js_error(J, "heap snapshots are not available in this runtime");
	id = rt->heap_hooks.snapshot(rt->heap_hooks.data, label, &msg);
	if (id < 0)
		js_error(J, "%s", msg ? msg : "the heap snapshot failed");
	js_pushnumber(J, (double)id);
}

static void h_writeSnapshot(js_State *J)
{
	rt_runtime *rt = rt__from(J);
	const char *path = js_tostring(J, 1);
	const char *msg = NULL;
	int err;
	if (!rt->heap_hooks.write_snapshot)
		js_error(J, "heap snapshots are not available in this runtime");
	err = rt->heap_hooks.write_snapshot(rt->heap_hooks.data, path, &msg);
	if (err < 0 && !msg)
		rt__throw_uv(J, err, "open", path);	/* as Node's: ENOENT ... open 'x' */
	if (err < 0)
		js_error(J, "%s", msg);
	js_pushundefined(J);
}

/* Pushes the registry object RT_HEAP_HOLDERS (name -> what it holds), made on first use. */
void rt__push_heap_holders(js_State *J)
{
	js_getregistry(J, RT_HEAP_HOLDERS);
	if (js_isundefined(J, -1)) {
		js_pop(J, 1);
		js_newobject(J);
		js_copy(J, -1);
		js_setregistry(J, RT_HEAP_HOLDERS);
	}
}

/* holder(name, value[, key]) */
static void h_holder(js_State *J)
{
	const char *name = js_tostring(J, 1);
	rt__push_heap_holders(J);
	if (js_isdefined(J, 3)) {
		js_newarray(J);
		js_copy(J, 2);
		js_setindex(J, -2, 0);
		js_copy(J, 3);
		js_setindex(J, -2, 1);
	} else {
		js_copy(J, 2);
	}
	js_setproperty(J, -2, name);
	js_pop(J, 1);
	js_pushundefined(J);
}

/* limit(): --max-heap in bytes, 0 for none */
static void h_limit(js_State *J)
{
	js_pushnumber(J, (double)rt__from(J)->opts->max_heap);
}

void rt__heap_init(rt_runtime *rt)
{
	js_State *J = rt->J;
	js_newobject(J);
	js_newcfunction(J, h_snapshot, "snapshot", 1);
	js_setproperty(J, -2, "snapshot");
	js_newcfunction(J, h_writeSnapshot, "writeSnapshot", 1);
	js_setproperty(J, -2, "writeSnapshot");
	js_newcfunction(J, h_holder, "holder", 3);
	js_setproperty(J, -2, "holder");
	js_newcfunction(J, h_limit, "limit", 0);
	js_setproperty(J, -2, "limit");
	js_setproperty(J, -2, "heap");
}
