/* runtime.h — leakscope's JavaScript runtime: one js_State and one uv_loop_t on one
 * thread, running a Node-style program with Node's event-loop order.
 *
 * Contract: rt_new() builds a runtime that has run no user code; observers subscribe to
 * rt_trace_bus(rt) before rt_run(). rt_run() runs the main script (or eval code), drains
 * nextTicks and microtasks, runs the loop until nothing ref'd is left, fires 'beforeExit'
 * and 'exit', and returns the process exit code. process.exit() inside the app runs the
 * 'exit' handlers, flushes stdio and ends the process from where it stands (as Node's
 * reallyExit does).
 * Nothing here is global: several runtimes may live on several threads.
 */
#ifndef LEAKSCOPE_RUNTIME_H
#define LEAKSCOPE_RUNTIME_H

#include <stddef.h>
#include <stdint.h>

#include "trace.h"

#define LEAKSCOPE_VERSION "0.1.0"
#define RT_MUJS_VERSION "1.3.6"	/* the mujs built by runtime/mujs/mujs.cmake */

typedef struct rt_runtime rt_runtime;

typedef struct rt_options {
	int argc;		/* process.argv after argv[0]: script path then its arguments */
	char **argv;
	const char *argv0;	/* as typed by the user */
	const char *exec_path;	/* absolute path of the leakscope binary */
	int exec_argc;		/* leakscope's own options before the script (process.execArgv) */
	char **exec_argv;
	const char *script;	/* path of the main script, or NULL with eval */
	const char *eval;	/* -e CODE */
	int print_eval;		/* -p: print the result of eval */
	int expose_gc;		/* --expose-gc: global.gc() */
	const struct rt_version { const char *name, *value; } *versions;
				/* extra process.versions entries, {NULL} ended */
} rt_options;

typedef struct rt_memory {
	size_t heap_used;	/* bytes mujs holds right now, exact (size headers) */
	size_t heap_peak;
	size_t blocks;		/* live blocks */
	uint64_t allocs, frees;	/* counts since start */
	size_t external;	/* native memory owned by JS objects (Buffers) */
	size_t array_buffers;	/* the part of external in Buffer/ArrayBuffer stores */
} rt_memory;

/* Returns NULL and sets *err (negative errno-style code) on failure. */
rt_runtime *rt_new(const rt_options *opts, int *err);
int rt_run(rt_runtime *rt);
void rt_free(rt_runtime *rt);

rt_trace_bus *rt_bus(rt_runtime *rt);
const rt_memory *rt_mem(const rt_runtime *rt);
js_State *rt_js(rt_runtime *rt);
/* The runtime's libuv loop, for observers that need its metrics or a handle of their
 * own (unref'd: an observer must never keep the loop alive). */
struct uv_loop_s *rt_loop(rt_runtime *rt);
/* The observer word in the header of a block the runtime's allocator handed to mujs
 * (ptr as mujs got it, e.g. a js_Object): what RT_EV_ALLOC/FREE's mem.tag points to. */
uint64_t *rt_alloc_tag(void *ptr);
/* Call after subscribing to the bus once JS runs, at a safe point between callbacks,
 * so the JS-side switches (callback and listener tracing) follow the bus. */
void rt_trace_sync(rt_runtime *rt);

#endif
