/* internal.h — what the runtime's own files share. Nothing outside runtime/ includes it. */
#ifndef LEAKSCOPE_RUNTIME_INTERNAL_H
#define LEAKSCOPE_RUNTIME_INTERNAL_H

#include <mujs.h>
#include <uv.h>

#include "runtime.h"

/* Registry keys of the JS hooks the loop calls (set by bootstrap via binding.setHooks). */
#define RT_HOOK_TIMERS "rt.processTimers"
#define RT_HOOK_IMMEDIATE "rt.processImmediate"
#define RT_HOOK_TICKS "rt.processTicksAndRejections"
#define RT_HOOK_FATAL "rt.fatalException"
#define RT_HOOK_BEFORE_EXIT "rt.emitBeforeExit"
#define RT_HOOK_EXIT "rt.emitExit"
#define RT_HOOK_SIGNAL "rt.emitSignal"
#define RT_IMMEDIATE_INFO "rt.immediateInfo"
#define RT_HOOK_MAIN "rt.runMain"
#define RT_BINDING "rt.binding"
/* hidden property (mujs patch 0010) of a SyntaxError from compiling user code: the
 * 1-based byte column of the offending token in its line (lib/internal/uncaught.js) */
#define RT_HIDDEN_SYNTAX_COL "\x01syntaxCol"

struct rt_runtime {
	js_State *J;
	uv_loop_t loop;
	const rt_options *opts;
	rt_trace_bus bus;
	rt_memory mem;

	uv_timer_t timer;	/* the one libuv timer behind every JS timer */
	uv_prepare_t prepare;	/* marks prepare → poll */
	uv_check_t check;	/* runs immediates; marks poll → check */
	uv_idle_t idle;		/* active while ref'd immediates wait: poll must not block */

	rt_phase phase;
	int iter_open;		/* an iteration has begun and its check phase not yet run */
	uint64_t iterations;
	uint64_t timer_base;	/* uv_now at start: JS sees times relative to it */
	uint64_t hrtime_base;

	int exiting;		/* process.exit() called: unwind, run no more JS */
	int exit_code;
	int in_fatal;		/* reporting an uncaught exception */
	void *stack_limit;
	uv_signal_t *signals[65];	/* watched signals, by number */
	int slot_free;		/* head of the free list in rt.slots, -1 if none */
	int slots_used;
	int pending_reqs;	/* I/O requests in flight (for leak checks at exit) */
	size_t buffer_pressure;	/* Buffer bytes made since the last forced collection */
	struct rt_stdio *stdio;	/* stdio.c's readers, made on first use */
	rt_heap_hooks heap_hooks;	/* heap.c: snapshots asked for by JS */
	uint32_t next_object_id;	/* rt_new_object_id */
	size_t heap_trip;		/* alloc.c calls rt__heap_trip above this (SIZE_MAX: never) */
	void *pool[17];			/* alloc.c: freed small blocks by 16-byte class */
	size_t pool_bytes;		/* what the pool holds */
	size_t heap_watermark;		/* rt_set_heap_watermark */
	void (*heap_watermark_fn)(void *data);
	void *heap_watermark_data;
	int running;			/* rt_run has begun */
	struct rt_worker *worker;	/* worker.c: this runtime's worker, NULL on the main thread */
	struct worker_handle *workers;	/* worker.c: the workers this runtime started */
	rt_worker_hooks worker_hooks;	/* inherited by the workers it starts */
	void *worker_cookie;		/* what worker_hooks.start returned for this runtime */
	uv_async_t weak_async;		/* weakref.c: FinalizationRegistry cleanup pending */
};

/* runtime.c: rt_new for a worker's runtime (worker NULL: the main one). */
rt_runtime *rt__new(const rt_options *opts, struct rt_worker *worker, int *err);

/* alloc.c: mujs's allocator; counts every byte into rt->mem and emits ALLOC/FREE. */
void *rt__alloc(void *actx, void *ptr, int size);
void rt__alloc_release(rt_runtime *rt);	/* frees the pool: after js_freestate */

/* call.c */
/* for hooks whose JS brackets each user callback itself (timers, immediates) */
#define RT_CB_BRACKETED_IN_JS ((rt_cbkind)-1)
int rt__pcall(rt_runtime *rt, int nargs);
void rt__report_uncaught(rt_runtime *rt, int from_promise);
int rt__push_hook(rt_runtime *rt, const char *hook);
int rt__call_hook(rt_runtime *rt, int nargs, rt_cbkind kind);
void rt__drain_ticks(rt_runtime *rt);
void rt__exit(rt_runtime *rt, int code);

/* slots.c: JS values held by C across loop turns */
int rt__slot_put(rt_runtime *rt);
void rt__slot_push(rt_runtime *rt, int idx);
void rt__slot_free(rt_runtime *rt, int idx);

/* fs.c */
void rt__fs_init(rt_runtime *rt);
void rt__read_file_sync(js_State *J, const char *path);

/* buffer.c: byte arrays in C memory (Buffer, Uint8Array, ArrayBuffer). */
void rt__buffer_init(rt_runtime *rt);
/* Pushes a new Buffer of len uninitialised bytes and returns its memory (valid while the
 * Buffer lives). Throws a RangeError when out of memory. */
unsigned char *rt__buffer_push(js_State *J, size_t len);
/* The bytes of the Buffer/Uint8Array/ArrayBuffer at idx and their count, or NULL. */
unsigned char *rt__buffer_data(js_State *J, int idx, size_t *len);

/* stdio.c: binding.stdio; rt__stdio_free after the loop has closed its handles;
 * rt__stdio_reserve opens closed fds 0-2 on /dev/null (before the loop exists). */
void rt__stdio_reserve(void);
void rt__stdio_init(rt_runtime *rt);
void rt__stdio_free(rt_runtime *rt);

/* os.c */
void rt__os_init(rt_runtime *rt);

/* zlib.c: compression handles (binding.zlib) on the system's zlib. */
void rt__zlib_init(rt_runtime *rt);
/* crypto.c: hashes, HMACs, random bytes (binding.crypto) on nettle. */
void rt__crypto_init(rt_runtime *rt);

/* es_builtins.c: the ES2015+ standard library (Object.assign, Array.from, Reflect, ...)
 * on mujs's built-ins; stubs load lib/internal/es_*.js through binding.requireNative. */
void rt__es_builtins_init(rt_runtime *rt);

/* stream_wrap.c: libuv stream handles as JS objects (the layer under net.Socket); the
 * kinds (tcp.c) make their prototypes with rt__stream_methods() plus their own. */
#define RT_STREAM_TAG "StreamHandle"
enum { RT_STREAM_NEW, RT_STREAM_OPEN, RT_STREAM_CLOSING, RT_STREAM_CLOSED };
typedef struct rt_stream {
	union {
		uv_handle_t handle;
		uv_stream_t stream;
		uv_tcp_t tcp;
		uv_pipe_t pipe;
	} u;
	rt_runtime *rt;
	int state;		/* RT_STREAM_* */
	int orphan;		/* the JS object was finalized */
	int slot;		/* the JS object, held while the handle is open */
	int close_slot;		/* close()'s callback, -1 if none */
	size_t write_queue;	/* bytes queued in libuv */
	uint64_t bytes_read, bytes_written;
	const struct rt_stream_consumer *consumer;	/* takes the reads instead of onread */
	void *consumer_data;
} rt_stream;
/* A C consumer of a stream's reads (http_parser.c's parser, as Node's consume()):
 * read() gets each read (nread > 0 bytes, or a negative libuv code) and returns 1 if it
 * took it, 0 to hand it to JS's onread as usual; detach() when the handle closes. */
typedef struct rt_stream_consumer {
	int (*read)(rt_stream *s, void *data, ssize_t nread, const char *buf);
	void (*detach)(rt_stream *s, void *data);
} rt_stream_consumer;
/* Pushes a new handle object (prototype: registry[proto_key]) for a handle the caller
 * then initialises (uv_tcp_init...) and announces with rt__stream_opened. */
rt_stream *rt__stream_push_new(js_State *J, const char *proto_key);
void rt__stream_opened(js_State *J, rt_stream *s, int idx);
rt_stream *rt__stream_self(js_State *J, int idx);	/* throws unless open */
int rt__stream_push_method(rt_stream *s, const char *name);
void rt__stream_on_close(uv_handle_t *h);
void rt__stream_accept(uv_stream_t *server, int status, rt_stream *(*try_push)(js_State *J));
/* A connect request on a stream handle (tcp.c, process_wrap.c's pipes): the caller sets
 * cbslot to the JS callback, which rt__stream_on_connect calls with (status) as an I/O
 * callback (`this` the handle while open, as a write's) before it frees the request;
 * calloc'd, js_rangeerror when out of memory. */
typedef struct rt_stream_connect {
	uv_connect_t req;
	rt_stream *s;
	int cbslot;
} rt_stream_connect;
rt_stream_connect *rt__stream_connect_new(js_State *J, rt_stream *s);
void rt__stream_on_connect(uv_connect_t *req, int status);
void rt__stream_methods(js_State *J);
void rt__stream_errinfo(js_State *J);
/* tcp.c: binding.tcp */
void rt__tcp_init(rt_runtime *rt);
/* http_parser.c: binding.http (HTTP/1.x parsing on the system's http-parser) */
void rt__http_parser_init(rt_runtime *rt);

/* message_port.c: MessagePort channels between runtimes (binding.messaging). A message
 * is JSON text plus copied byte blobs and transferred ends; see the file's header. */
typedef struct rt_port rt_port;
typedef struct rt_msg {
	struct rt_msg *next;
	char *json;
	int nblobs;
	struct rt_blob { unsigned char *data; size_t len; } *blobs;
	int nports;
	rt_port **ports;
} rt_msg;
void rt__message_port_init(rt_runtime *rt);
int rt__port_pair(rt_port **a, rt_port **b);
void rt__port_release(rt_port *p);	/* p's owner is done with it: the channel closes */
int rt__port_post(rt_port *from, rt_msg *m);
void rt__port_push(js_State *J, rt_port *p);	/* a handle owning p on this runtime */
/* A message from (json, [Buffer...], [port handle...]) at stack index idx..idx+2 (the
 * ports are detached from this runtime); me: the posting port's wrap, or NULL. */
rt_msg *rt__msg_from_args(js_State *J, int idx, void *me);
void rt__msg_push(js_State *J, rt_msg *m);	/* pushes json, blobs, ports; takes the ports */
void rt__msg_free(rt_msg *m);

/* worker.c: worker threads (binding.worker). */
void rt__worker_init(rt_runtime *rt);
/* A worker's runtime starts ending with code (the first one wins): returns 0, or -1 on
 * the main thread (where the caller ends the process). */
int rt__worker_exit(rt_runtime *rt, int code);
int rt__worker_out_of_memory(rt_runtime *rt);	/* the same, for ERR_WORKER_OUT_OF_MEMORY */
int rt__worker_must_stop(rt_runtime *rt);	/* GC hook: throw out of JS now */
void rt__workers_shutdown(rt_runtime *rt);	/* terminate and join rt's workers */

/* process_wrap.c: child processes and pipes (binding.process, binding.pipe). */
void rt__process_wrap_init(rt_runtime *rt);

/* collections.c */
void rt__collections_init(rt_runtime *rt);
/* bigint.c: BigInt values (mujs patch 0090); pushes a 64-bit one */
void rt__bigint_init(rt_runtime *rt);
void rt__bigint_push64(js_State *J, uint64_t v, int sign);
/* weakref.c: FinalizationRegistry cleanup tasks, binding.weakKept (mujs patch 0100) */
void rt__weakref_init(rt_runtime *rt);
void rt__weakref_after_gc(rt_runtime *rt);

/* dlcache.c: dl_transform through the output cache (see there for where it lives and
 * LEAKSCOPE_CACHE_DIR / LEAKSCOPE_NO_CACHE). */
struct dl_result;
int rt__dl_transform(const char *src, size_t len, int flags, struct dl_result *r);

/* ticks.c: binding.ticks, process.nextTick's C half (lib/internal/tasks.js). */
void rt__ticks_init(rt_runtime *rt);

/* heap.c: binding.heap (snapshot, writeHeapSnapshot, holder) for lib/leakscope.js,
 * lib/v8.js and the holders the runtime's own modules register. */
void rt__heap_init(rt_runtime *rt);
/* The heap passed heap_trip: fire the watermark, or die at max_heap (never returns then). */
void rt__heap_trip(rt_runtime *rt);
/* Pushes the registry object RT_HEAP_HOLDERS (holder name -> value), made on first use. */
void rt__push_heap_holders(js_State *J);
/* rt_userdata_memory's per-module parts (buffer.c, zlib.c): -1 for another tag. */
int rt__buffer_memory(const char *tag, void *p, size_t *own, const void **shared,
	size_t *shared_size);
int rt__zlib_memory(const char *tag, void *p, size_t *own);
int rt__bigint_memory(const char *tag, void *p, size_t *own);

/* loop.c */
int rt__call_io(rt_runtime *rt, int nargs);
int rt__loop_init(rt_runtime *rt);
int rt__loop_run(rt_runtime *rt);
void rt__loop_close(rt_runtime *rt);
void rt__phase_enter(rt_runtime *rt, rt_phase p);
void rt__phase_leave(rt_runtime *rt, rt_phase p);
uint64_t rt__now(rt_runtime *rt);
void rt__cb_enter(rt_runtime *rt, rt_cbkind kind);
void rt__cb_leave(rt_runtime *rt, rt_cbkind kind);
void rt__schedule_timer(rt_runtime *rt, double ms);
void rt__toggle_timer_ref(rt_runtime *rt, int on);
void rt__toggle_immediate_ref(rt_runtime *rt, int on);

/* binding.c: the native object handed to runtime/lib as `binding`. */
void rt__binding_init(rt_runtime *rt);
/* Pushes (does not throw) Node's error for a failed libuv call: message
 * "CODE: description, syscall 'path' -> 'dest'", own properties errno (negative),
 * code, syscall, path, dest in that order; path and dest may be NULL. */
void rt__push_uv_error(js_State *J, int err, const char *syscall, const char *path,
	const char *dest);
/* The same error (no dest), thrown. */
void rt__throw_uv(js_State *J, int err, const char *syscall, const char *path);
void rt__signals_close(rt_runtime *rt);

/* compile.c: down-level (ES2015+ -> ES5) and compile user code, like js_ploadstring. */
int rt__compile(js_State *J, const char *file, const char *src);
int rt__compile_module(js_State *J, const char *file, const char *src);	/* an ES module */

/* natives (generated): the embedded runtime/lib sources. */
typedef struct rt_native { const char *name; const char *source; } rt_native;
extern const rt_native rt_natives[];
const rt_native *rt__native_find(const char *name);

static inline rt_runtime *rt__from(js_State *J)
{
	return (rt_runtime *)js_getcontext(J);
}

/* Setting up a binding object: obj[name] = a C function (nargs its .length), a number
 * or a string (NULL: null), for the object on top of the stack. */
static inline void rt__setfn(js_State *J, const char *name, js_CFunction fn, int nargs)
{
	js_newcfunction(J, fn, name, nargs);
	js_setproperty(J, -2, name);
}

static inline void rt__setnum(js_State *J, const char *name, double v)
{
	js_pushnumber(J, v);
	js_setproperty(J, -2, name);
}

static inline void rt__setstr(js_State *J, const char *name, const char *v)
{
	if (v)
		js_pushstring(J, v);
	else
		js_pushnull(J);
	js_setproperty(J, -2, name);
}

#endif
