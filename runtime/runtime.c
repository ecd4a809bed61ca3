/* runtime.c — creating, running and freeing a runtime (see runtime.h). */
#include "internal.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


const rt_native *rt__native_find(const char *name)
{
	const rt_native *n;
	for (n = rt_natives; n->name; n++)
		if (!strcmp(n->name, name))
			return n;
	return NULL;
}

/* mujs's C-stack guard must know this thread's real stack, whatever its size. */
static void set_stack_limit(js_State *J)
{
	pthread_attr_t a;
	void *addr;
	size_t size;
	if (pthread_getattr_np(pthread_self(), &a) != 0)
		return;
	if (pthread_attr_getstack(&a, &addr, &size) == 0)
		js_setstacklimit(J, (char *)addr + 64 * 1024);	/* above the guard page */
	pthread_attr_destroy(&a);
}

/* GC begin/end onto the trace bus. */
static void on_gc(js_State *J, void *data, int end, int freed)
{
	rt_runtime *rt = data;
	rt_event kind = end ? RT_EV_GC_END : RT_EV_GC_BEGIN;
	/* A worker that is ending throws out of its JS here, at the interpreter's check
	 * point (mujs patch 0030; worker.c), before anything is collected. */
	if (!end && rt->worker && rt__worker_must_stop(rt)) {
		js_pushliteral(J, "worker terminated");
		js_throw(J);
	}
	if (rt_trace_on(&rt->bus, kind)) {
		rt_trace_event ev = { .kind = kind, .J = J };
		ev.u.gc.heap_used = rt->mem.heap_used;
		rt_trace__emit(&rt->bus, &ev);
	}
	if (end)
		rt__weakref_after_gc(rt);	/* FinalizationRegistry cleanup, as a task */
}

/* mujs reports parser warnings ("FILE:LINE: warning: function statements are not
 * standard", for a function declared in a block, which ES2015 allows) through the same
 * hook as its last-resort errors. Node prints nothing for valid code, so warnings are
 * dropped; everything else still goes to stderr. */
static void report(js_State *J, const char *msg)
{
	(void)J;
	if (strstr(msg, ": warning: "))
		return;
	fprintf(stderr, "%s\n", msg);
}

/* Compile runtime/lib/internal/bootstrap.js as a function of `binding` and run it. It
 * builds the globals and registers the loop hooks. */
static int bootstrap(rt_runtime *rt)
{
	js_State *J = rt->J;
	const rt_native *boot = rt__native_find("internal/bootstrap");
	static const char head[] = "(function (binding) {";
	static const char tail[] = "\n})";
	char *src;
	size_t n;

	if (!boot)
		return -1;
	n = strlen(boot->source);
	src = malloc(sizeof head + n + sizeof tail);
	if (!src)
		return -1;
	memcpy(src, head, sizeof head - 1);
	memcpy(src + sizeof head - 1, boot->source, n);
	memcpy(src + sizeof head - 1 + n, tail, sizeof tail);
	if (js_ploadstring(J, "node:internal/bootstrap", src)) {
		free(src);
		fprintf(stderr, "leakscope: bootstrap: %s\n", js_trystring(J, -1, "?"));
		js_pop(J, 1);
		return -1;
	}
	free(src);
	js_pushundefined(J);
	if (js_pcall(J, 0)) {
		fprintf(stderr, "leakscope: bootstrap: %s\n", js_trystring(J, -1, "?"));
		js_pop(J, 1);
		return -1;
	}
	/* the compiled expression: the bootstrap function */
	js_pushundefined(J);
	rt__binding_init(rt);
	if (js_pcall(J, 1)) {
		js_getproperty(J, -1, "stack");
		fprintf(stderr, "leakscope: bootstrap failed: %s\n",
			js_trystring(J, -1, js_trystring(J, -2, "?")));
		js_pop(J, 2);
		return -1;
	}
	js_pop(J, 1);
	return 0;
}

rt_runtime *rt_new(const rt_options *opts, int *err)
{
	return rt__new(opts, NULL, err);
}

rt_runtime *rt__new(const rt_options *opts, struct rt_worker *worker, int *err)
{
	rt_runtime *rt = calloc(1, sizeof *rt);
	int r;
	if (!rt) {
		*err = -ENOMEM;
		return NULL;
	}
	rt->opts = opts;
	rt->worker = worker;
	rt->slot_free = -1;
	rt__stdio_reserve();
	rt->hrtime_base = uv_hrtime();
	r = rt__loop_init(rt);
	if (r) {
		free(rt);
		*err = r;
		return NULL;
	}
	rt->J = js_newstate(rt__alloc, rt, 0);
	if (!rt->J) {
		rt__loop_close(rt);
		free(rt);
		*err = -ENOMEM;
		return NULL;
	}
	js_setcontext(rt->J, rt);
	js_setreport(rt->J, report);
	js_setgchook(rt->J, on_gc, rt);
	set_stack_limit(rt->J);
	if (bootstrap(rt)) {
		rt_free(rt);
		*err = -EINVAL;
		return NULL;
	}
	*err = 0;
	return rt;
}

int rt_run(rt_runtime *rt)
{
	rt_trace_sync(rt);
	rt->phase = RT_PHASE_NONE;
	rt->running = 1;
	if (rt__push_hook(rt, RT_HOOK_MAIN) == 0) {
		rt__call_hook(rt, 0, RT_CB_MAIN);
		js_pop(rt->J, 1);
	}
	return rt__loop_run(rt);
}

void rt_free(rt_runtime *rt)
{
	if (!rt)
		return;
	rt__workers_shutdown(rt);
	if (rt->J)
		js_freestate(rt->J);
	rt->J = NULL;
	rt__alloc_release(rt);
	rt__loop_close(rt);
	rt__stdio_free(rt);
	free(rt);
}

rt_trace_bus *rt_bus(rt_runtime *rt)
{
	return &rt->bus;
}

const rt_memory *rt_mem(const rt_runtime *rt)
{
	return &rt->mem;
}

void rt_set_worker_hooks(rt_runtime *rt, const rt_worker_hooks *hooks)
{
	if (hooks)
		rt->worker_hooks = *hooks;
	else
		memset(&rt->worker_hooks, 0, sizeof rt->worker_hooks);
}

js_State *rt_js(rt_runtime *rt)
{
	return rt->J;
}
