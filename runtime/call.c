/* call.c — every call from C into JS goes through here.
 *
 * rt__pcall() is js_pcall() plus Node's uncaught-exception path: an exception is handed
 * to the JS hook fatalException (process 'uncaughtException' listeners, or print it and
 * run 'exit' handlers) and, when nobody handled it, the process ends with code 1 as in
 * Node. After a callback from the loop, rt__call_hook() drains nextTicks and microtasks
 * as Node's InternalCallbackScope does.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* In a worker, ends only that worker's runtime and returns (worker.c); on the main
 * thread, ends the process. */
void rt__exit(rt_runtime *rt, int code)
{
	if (rt__worker_exit(rt, code) == 0)
		return;
	rt__workers_shutdown(rt);
	if (rt_trace_on(&rt->bus, RT_EV_EXIT)) {
		rt_trace_event ev = { .kind = RT_EV_EXIT, .J = rt->J };
		ev.u.exit.code = code;
		rt_trace__emit(&rt->bus, &ev);
	}
	fflush(stdout);
	fflush(stderr);
	exit(code);
}

/* Last resort when the JS reporting machinery itself fails. */
static void print_raw(rt_runtime *rt, int idx)
{
	js_State *J = rt->J;
	const char *s = js_tryrepr(J, idx, "<unprintable exception>");
	fprintf(stderr, "Uncaught %s\n", s);
	if (js_isobject(J, idx)) {
		js_getproperty(J, idx, "stackTrace");
		if (js_isstring(J, -1))
			fprintf(stderr, "%s\n", js_tostring(J, -1));
		js_pop(J, 1);
	}
}

/* The exception is on top of the stack; consumes it. `from_promise` says it is an
 * unhandled rejection (origin 'unhandledRejection'). Returns only if a listener
 * handled it; otherwise the process ends with code 1 (7 if the handler threw). */
void rt__report_uncaught(rt_runtime *rt, int from_promise)
{
	js_State *J = rt->J;
	int handled = 0;

	if (rt->in_fatal) {
		/* The uncaughtException handler threw: Node exits with 7. */
		print_raw(rt, -1);
		rt__exit(rt, 7);
		js_pop(J, 1);	/* a worker's: it is ending */
		return;
	}
	rt->in_fatal = 1;
	js_getregistry(J, RT_HOOK_FATAL);
	if (js_iscallable(J, -1)) {
		js_pushundefined(J);
		js_copy(J, -3);
		js_pushboolean(J, from_promise);
		if (js_pcall(J, 2)) {
			print_raw(rt, -1);
			rt__exit(rt, 7);
		}
		handled = js_toboolean(J, -1);
	} else {
		print_raw(rt, -2);
	}
	js_pop(J, 2);
	rt->in_fatal = 0;
	if (!handled)
		rt__exit(rt, 1);
}

int rt__pcall(rt_runtime *rt, int nargs)
{
	js_State *J = rt->J;
	if (rt->exiting) {
		/* a worker that is ending runs no more JS */
		js_pop(J, nargs + 2);
		js_pushundefined(J);
		return -1;
	}
	if (js_pcall(J, nargs)) {
		if (rt->exiting) {
			js_pop(J, 1);
			js_pushundefined(J);
			return -1;
		}
		rt__report_uncaught(rt, 0);
		js_pushundefined(J);
		return -1;
	}
	return 0;
}

/* Runs processTicksAndRejections once. If a tick throws, the exception is reported
 * and the remaining ticks wait for the next drain point, as in Node. */
void rt__drain_ticks(rt_runtime *rt)
{
	js_State *J = rt->J;
	js_getregistry(J, RT_HOOK_TICKS);
	if (!js_iscallable(J, -1)) {
		js_pop(J, 1);
		return;
	}
	js_pushundefined(J);
	rt__pcall(rt, 0);
	js_pop(J, 1);
}

/* Pushes registry hook `hook` and an undefined `this`: push the arguments next, then
 * rt__call_hook(). Returns 0, or -1 (pushing nothing) when the hook is not set. */
int rt__push_hook(rt_runtime *rt, const char *hook)
{
	js_State *J = rt->J;
	js_getregistry(J, hook);
	if (!js_iscallable(J, -1)) {
		js_pop(J, 1);
		return -1;
	}
	js_pushundefined(J);
	return 0;
}

/* Calls the hook pushed by rt__push_hook() with nargs arguments, bracketed as a
 * callback of `kind` (unless RT_CB_BRACKETED_IN_JS), then, unless it threw, drains ticks
 * and microtasks. Leaves the result on the stack
 * (undefined if it threw). Returns 0, or -1 if it threw. */
int rt__call_hook(rt_runtime *rt, int nargs, rt_cbkind kind)
{
	int r;
	if (kind != RT_CB_BRACKETED_IN_JS)
		rt__cb_enter(rt, kind);
	r = rt__pcall(rt, nargs);
	if (kind != RT_CB_BRACKETED_IN_JS)
		rt__cb_leave(rt, kind);
	/* Node's InternalCallbackScope marks a scope whose callback threw as failed and
	 * then skips the tick drain: the queue waits for the next callback. The main
	 * script is the exception: Node drains after it whatever happened. */
	if (r == 0 || kind == RT_CB_MAIN)
		rt__drain_ticks(rt);
	return r;
}
