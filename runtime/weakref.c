/* weakref.c — the runtime's half of WeakRef and FinalizationRegistry (mujs patch 0100).
 *
 * The collector clears WeakRefs and queues the registrations whose target died; it runs
 * no JavaScript. After a collection that left cleanup pending, rt__weakref_after_gc
 * wakes the loop through an async handle, so the callbacks run as a task of their own in
 * the poll phase, as V8's cleanup task does in Node (after the timers that are due,
 * before setImmediate's). The handle is unreferenced: pending cleanup does not keep the
 * process alive (Node does not run it at exit either). A task serves one registry: its
 * callbacks run back to back, then nextTicks and microtasks drain, and the next dirty
 * registry waits for the next loop iteration, as in Node. A callback that throws is an
 * uncaught exception and ends the task; what is left waits for the next iteration.
 *
 * binding.weakKept is the array of targets that new WeakRef() and deref() keep alive
 * until the current job ends (V8's KeepDuringJob): lib/internal/promise.js empties it at
 * the end of each microtask checkpoint.
 */
#include "internal.h"

static void on_cleanup(uv_async_t *a)
{
	rt_runtime *rt = a->data;
	js_State *J = rt->J;
	int r;
	if (rt->exiting)
		return;
	while ((r = js_pushcleanup(J)) > 0) {
		rt__cb_enter(rt, RT_CB_IO);
		r = rt__pcall(rt, 1);
		rt__cb_leave(rt, RT_CB_IO);
		js_pop(J, 1);
		if (r)
			break;
	}
	if (r == 0)
		rt__drain_ticks(rt);	/* the registry's task ends with a checkpoint */
	/* the next registry (or what a throwing callback left) in the next iteration */
	if (js_hascleanup(J))
		uv_async_send(a);
}

/* Called by the GC hook after every collection: no JavaScript here. */
void rt__weakref_after_gc(rt_runtime *rt)
{
	if (rt->weak_async.data && js_hascleanup(rt->J))
		uv_async_send(&rt->weak_async);
}

void rt__weakref_init(rt_runtime *rt)
{
	js_State *J = rt->J;
	if (uv_async_init(&rt->loop, &rt->weak_async, on_cleanup) == 0) {
		rt->weak_async.data = rt;
		uv_unref((uv_handle_t *)&rt->weak_async);
	}
	js_pushweakkept(J);
	js_setproperty(J, -2, "weakKept");
}
