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
	size_t max_heap;	/* --max-heap: live bytes beyond which the process dies of
				 * "JavaScript heap out of memory", as node at its heap limit;
				 * 0: no limit */
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
/* Compiles src as a script named file the way the runtime compiles the app's own code:
 * down-leveled to ES5 (runtime/downlevel/), with the helpers loaded when the output
 * needs them. Like js_ploadstring: 0 with the script pushed (calling it runs it and
 * gives its completion value), or nonzero with the error pushed (a SyntaxError with
 * Node's message). For embedders that run code in the app: the inspector's evaluate. */
int rt_compile(rt_runtime *rt, const char *file, const char *src);
/* The runtime's libuv loop, for observers that need its metrics or a handle of their
 * own (unref'd: an observer must never keep the loop alive). */
struct uv_loop_s *rt_loop(rt_runtime *rt);
/* The observer word in the header of a block the runtime's allocator handed to mujs
 * (ptr as mujs got it, e.g. a js_Object): what RT_EV_ALLOC/FREE's mem.tag points to. */
uint64_t *rt_alloc_tag(void *ptr);
/* The size mujs asked for when it allocated the block at ptr (what heap_used counts). */
size_t rt_alloc_size(void *ptr);
/* The C memory behind a userdata (tag and data as js_touserdata gives them), for heap
 * snapshots: *own is what belongs to this object alone; *shared (NULL if none) is a
 * block several objects share (a Buffer's store, shared by its views) of *shared_size
 * bytes. Returns 0, or -1 for a userdata it knows nothing of (*own 0). */
int rt_userdata_memory(const char *tag, void *data, size_t *own, const void **shared,
	size_t *shared_size);
/* A new run-unique number for naming an object (1, 2, 3...; never reused): observers
 * that keep an id in a block's tag (heap snapshot node ids, listener emitter ids) draw
 * from this one counter so the same object has the same id everywhere. */
uint32_t rt_new_object_id(rt_runtime *rt);

/* Heap snapshots the app asks for (require('leakscope').snapshot(label),
 * require('v8').writeHeapSnapshot(path)) are taken by whoever embeds the runtime: the
 * runtime knows no profiler. The hooks run on the runtime's thread inside the JS call,
 * a safe point (the heap is consistent; nothing is collected unless the hook allocates
 * through the runtime, which it must not). They return >= 0 (snapshot: its id) or a
 * negative error with *msg set to a message for the JS exception. Without hooks the
 * calls throw. write_snapshot returns a negative libuv error code with *msg NULL for a
 * file it cannot write (thrown as Node's system error: code, errno, syscall "open",
 * path). The registry object RT_HEAP_HOLDERS maps a name ("timer lists",
 * "nextTick queue"...) to what the runtime's own JS holds there: a value, or an array
 * [holder, key] meaning variable `key` of closure `holder`'s scope (or property `key`
 * of object `holder`), so a walker can show them as named roots. */
#define RT_HEAP_HOLDERS "rt.heap.holders"
/* The registry entry holding the function the runtime calls with an exception nobody
 * caught, (er, fromPromise) -> true when an 'uncaughtException' listener handled it.
 * An embedder may replace it with a wrapper that calls it (the inspector does, to
 * report Runtime.exceptionThrown); internal.h's RT_HOOK_FATAL is the same entry. */
#define RT_FATAL_HOOK "rt.fatalException"
typedef struct rt_heap_hooks {
	int64_t (*snapshot)(void *data, const char *label, const char **msg);
	int (*write_snapshot)(void *data, const char *path, const char **msg);
	/* Called, if set, when the heap limit (max_heap) is exceeded, just before the
	 * process aborts: not a safe point (inside an allocation); for flushing what was
	 * recorded, not for walking the heap. */
	void (*out_of_memory)(void *data);
	void *data;
} rt_heap_hooks;
void rt_set_heap_hooks(rt_runtime *rt, const rt_heap_hooks *hooks);	/* NULL: none */
/* Calls fn(data) once, from inside the allocator (not a safe point: fn may only set
 * flags or ask for a safe point), the first time the heap's live bytes exceed `bytes`.
 * Setting it again re-arms it; fn NULL disarms. The check is one comparison per
 * allocation. */
void rt_set_heap_watermark(rt_runtime *rt, size_t bytes, void (*fn)(void *data), void *data);

/* Worker threads (require('worker_threads')) are runtimes of their own on threads of
 * their own. An embedder that observes runtimes (the recorder) sets these hooks on the
 * main runtime; every worker started from it (or from its workers) inherits them. All
 * three run on the worker's thread: start after its rt_new and before its rt_run (the
 * place to subscribe to its bus), returning a cookie; stop after its rt_run with its
 * exit code, before rt_free; end after rt_free. */
typedef struct rt_worker_info {
	int thread_id;		/* worker_threads.threadId (1, 2, 3...) */
	const char *name;	/* the worker's script path, or "[worker eval]" */
	void *parent_cookie;	/* start's cookie for the runtime that started this worker,
				 * NULL when that is the main runtime */
} rt_worker_info;
typedef struct rt_worker_hooks {
	void *(*start)(void *data, rt_runtime *worker, const rt_worker_info *info);
	void (*stop)(void *data, void *cookie, int exit_code);
	void (*end)(void *data, void *cookie);
	void *data;
} rt_worker_hooks;
void rt_set_worker_hooks(rt_runtime *rt, const rt_worker_hooks *hooks);	/* NULL: none */

/* Call after subscribing to the bus once JS runs, at a safe point between callbacks,
 * so the JS-side switches (callback and listener tracing) follow the bus. */
void rt_trace_sync(rt_runtime *rt);

#endif
