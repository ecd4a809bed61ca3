/* ticks.c — binding.ticks: process.nextTick in C, appending to the queue that
 * lib/internal/tasks.js keeps and drains (Node's task_queues split: a cheap push, the
 * draining loop in JS).
 *
 *   setup(queue, invalid)   queue: tasks.js's tickQueue, flat pairs [callback, args]
 *                           (args an array, or undefined when there were none);
 *                           invalid(value) throws Node's ERR_INVALID_ARG_TYPE for a
 *                           callback that is not a function. Called again with the new
 *                           array whenever tasks.js replaces its queue.
 *   nextTick(callback, ...args)
 *                           appends [callback, args], or does nothing once
 *                           process._exiting is true (Node's check). Made with declared
 *                           length 0 so that mujs passes exactly the arguments given
 *                           (js_gettop tells how many); tasks.js defines its 'length'
 *                           as Node's 1.
 *
 * Why C: in JS, nextTick cost ~19k instructions a tick (callgrind, bench/js/ticks.js),
 * most of it the `arguments` object (which makes the function keep every local in a
 * heap scope) and name lookups through that scope. Here it is one registry lookup and a
 * few array reads and writes. State lives in the registry array RT_TICKS = [queue,
 * invalid, process]; process is looked up on first use (tasks.js loads before it
 * exists).
 */
#include "internal.h"

#define RT_TICKS "rt.ticks"

enum { T_QUEUE, T_INVALID, T_PROCESS };

/* nextTick(callback, ...args) */
static void t_nextTick(js_State *J)
{
	int top = js_gettop(J), n, i, exiting = 0;

	js_getregistry(J, RT_TICKS);
	if (!js_isobject(J, -1))
		js_error(J, "process.nextTick used before internal/tasks set it up");
	if (!js_iscallable(J, 1)) {
		js_getindex(J, -1, T_INVALID);
		js_pushundefined(J);
		js_copy(J, 1);	/* undefined when not given */
		js_call(J, 1);	/* throws */
		js_pushundefined(J);
		return;
	}
	js_getindex(J, -1, T_PROCESS);
	if (!js_isobject(J, -1)) {
		js_pop(J, 1);
		js_getglobal(J, "process");
		if (js_isobject(J, -1)) {
			js_copy(J, -1);
			js_setindex(J, -3, T_PROCESS);
		}
	}
	if (js_isobject(J, -1)) {
		js_getproperty(J, -1, "_exiting");
		exiting = js_toboolean(J, -1);
		js_pop(J, 1);
	}
	js_pop(J, 1);
	if (exiting) {
		js_pushundefined(J);
		return;
	}
	js_getindex(J, -1, T_QUEUE);
	n = js_getlength(J, -1);
	js_copy(J, 1);
	js_setindex(J, -2, n);
	if (top > 2) {
		js_newarray(J);
		for (i = 2; i < top; i++) {
			js_copy(J, i);
			js_setindex(J, -2, i - 2);
		}
	} else {
		js_pushundefined(J);
	}
	js_setindex(J, -2, n + 1);
	js_pushundefined(J);
}

/* setup(queue, invalid): invalid may be omitted to keep the one set before. */
static void t_setup(js_State *J)
{
	js_getregistry(J, RT_TICKS);
	if (!js_isobject(J, -1)) {
		js_pop(J, 1);
		js_newarray(J);
		js_copy(J, -1);
		js_setregistry(J, RT_TICKS);
	}
	if (!js_isarray(J, 1))
		js_typeerror(J, "ticks.setup: the queue must be an array");
	js_copy(J, 1);
	js_setindex(J, -2, T_QUEUE);
	if (js_iscallable(J, 2)) {
		js_copy(J, 2);
		js_setindex(J, -2, T_INVALID);
	}
	js_pushundefined(J);
}

/* Adds binding.ticks to the binding object on top of the stack. */
void rt__ticks_init(rt_runtime *rt)
{
	js_State *J = rt->J;
	js_newobject(J);
	js_newcfunction(J, t_setup, "setup", 2);
	js_setproperty(J, -2, "setup");
	js_newcfunction(J, t_nextTick, "nextTick", 0);
	js_setproperty(J, -2, "nextTick");
	js_setproperty(J, -2, "ticks");
}
