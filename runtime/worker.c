/* worker.c — worker threads (binding.worker): each worker is one more runtime (its own
 * js_State and uv_loop_t) on its own thread, as DESIGN.md wants.
 *
 * The parent makes an rt_worker with everything the thread needs, copied (options,
 * argv, env strings, workerData as a serialized message, the worker's end of a
 * MessagePort channel: message_port.c), and starts the thread. Nothing of one js_State
 * is ever touched by another thread. The thread builds its runtime, tells the parent it
 * is online, runs it, and reports its exit code; an uncaught exception comes as a
 * serialized error first. The parent sees all of it through a uv_async_t on its loop
 * (a WorkerHandle userdata): ononline(), onerror(json, blobs, ports), onexit(code).
 * rt_worker's mutex guards what both threads touch (the flags below "under mu").
 *
 * Ending a worker from inside (process.exit, an uncaught exception) or from the parent
 * (terminate) puts its runtime in `exiting` mode: its loop stops, every call into JS is
 * skipped, and JS still running is thrown out of at the next instruction: js_requestgc
 * (mujs patch 0030) makes the interpreter's check point call the GC hook, which throws
 * (runtime.c) again at every instruction until the stack is unwound. A worker stuck in
 * a blocking system call ends when the call returns.
 *
 * The embedder's rt_worker_hooks (the recorder) run on the worker's thread around its
 * runtime, so a recording follows every thread. When a runtime is freed, or the main
 * one ends by process.exit(), the workers it started are terminated and joined first.
 */
#include "internal.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#define WORKER_PROTO "rt.worker.proto"
#define WORKER_TAG "WorkerHandle"
#define DEFAULT_STACK (64u << 20)	/* address space; pages are touched only when used */

static atomic_int next_thread_id = 1;

typedef struct rt_worker rt_worker;

struct rt_worker {
	pthread_mutex_t mu;
	int refs;		/* the parent's handle and the thread */
	pthread_t thread;
	int joined;

	/* set by the parent before the thread starts, read-only afterwards */
	rt_options opts;
	char **strs;		/* every string opts points to, to free */
	int nstrs;
	char **env;		/* "NAME=value", NULL-ended */
	int thread_id;
	char *name;		/* the script's path or "[worker eval]" */
	size_t stack_size;
	rt_worker_hooks hooks;
	void *parent_cookie;

	/* the worker thread's own */
	rt_port *port;		/* its end of the parent channel, until binding.worker takes it */
	rt_msg *data;		/* workerData, until JS takes it */
	uv_async_t ctl;		/* on the worker's loop: the parent asked to terminate */
	int has_ctl;

	/* under mu */
	rt_runtime *rt;		/* the worker's runtime while it runs */
	int terminate;
	int online;
	rt_msg *error;		/* its uncaught exception, serialized */
	int exited, exit_code;
	int oom;		/* it ended over its heap limit */
	struct worker_handle *h;	/* the parent's handle, NULL once gone */
};

typedef struct worker_handle {
	uv_async_t async;
	rt_runtime *rt;		/* the parent */
	rt_worker *w;
	int slot;		/* the JS object while the handle is open */
	int closing, closed, orphan;
	int online_sent, exit_sent;
	struct worker_handle *prev, *next;	/* rt->workers */
} worker_handle;

static void worker_release(rt_worker *w)
{
	int last, i;
	pthread_mutex_lock(&w->mu);
	last = --w->refs == 0;
	pthread_mutex_unlock(&w->mu);
	if (!last)
		return;
	rt__msg_free(w->error);
	rt__msg_free(w->data);
	if (w->port)
		rt__port_release(w->port);
	for (i = 0; i < w->nstrs; i++)
		free(w->strs[i]);
	free(w->strs);
	free(w->opts.argv);
	free(w->env);
	pthread_mutex_destroy(&w->mu);
	free(w);
}

/* ---- the worker's side */

/* Puts rt in exiting mode (see the top); the first code wins. Worker thread only. */
static void begin_exit(rt_runtime *rt, int code)
{
	if (!rt->exiting) {
		rt->exiting = 1;
		rt->exit_code = code;
	}
	uv_stop(&rt->loop);
	if (rt->J)
		js_requestgc(rt->J);
}

int rt__worker_exit(rt_runtime *rt, int code)
{
	if (!rt->worker)
		return -1;
	begin_exit(rt, code);
	return 0;
}

int rt__worker_out_of_memory(rt_runtime *rt)
{
	rt_worker *w = rt->worker;
	if (!w)
		return -1;
	pthread_mutex_lock(&w->mu);
	w->oom = 1;
	pthread_mutex_unlock(&w->mu);
	begin_exit(rt, 1);
	return 0;
}

/* The GC hook's question at a check point: must JS stop here? */
int rt__worker_must_stop(rt_runtime *rt)
{
	rt_worker *w = rt->worker;
	if (!w || !rt->running)
		return 0;
	if (!rt->exiting) {
		int t;
		pthread_mutex_lock(&w->mu);
		t = w->terminate;
		pthread_mutex_unlock(&w->mu);
		if (!t)
			return 0;
		begin_exit(rt, 1);
	}
	return 1;
}

static void on_ctl(uv_async_t *a)
{
	rt_worker *w = a->data;
	int t;
	pthread_mutex_lock(&w->mu);
	t = w->terminate;
	pthread_mutex_unlock(&w->mu);
	if (t && w->rt)
		begin_exit(w->rt, 1);
}

static void notify_parent(rt_worker *w)
{
	/* under w->mu */
	if (w->h && !w->h->closing)
		uv_async_send(&w->h->async);
}

static void *worker_main(void *arg)
{
	rt_worker *w = arg;
	rt_runtime *rt;
	void *cookie = NULL;
	int err, code = 1, terminate;

	rt = rt__new(&w->opts, w, &err);
	if (rt) {
		rt->worker_hooks = w->hooks;
		if (w->hooks.start) {
			rt_worker_info info = { w->thread_id, w->name, w->parent_cookie };
			cookie = w->hooks.start(w->hooks.data, rt, &info);
		}
		rt->worker_cookie = cookie;
		pthread_mutex_lock(&w->mu);
		w->rt = rt;
		terminate = w->terminate;
		if (!terminate) {
			w->online = 1;
			notify_parent(w);
		}
		pthread_mutex_unlock(&w->mu);
		if (terminate)
			begin_exit(rt, 1);
		code = rt_run(rt);
		if (rt->exiting)
			code = rt->exit_code;
		pthread_mutex_lock(&w->mu);
		w->rt = NULL;
		pthread_mutex_unlock(&w->mu);
		if (w->hooks.stop)
			w->hooks.stop(w->hooks.data, cookie, code);
		rt_free(rt);
		if (w->hooks.end)
			w->hooks.end(w->hooks.data, cookie);
	}
	pthread_mutex_lock(&w->mu);
	w->exited = 1;
	w->exit_code = code;
	notify_parent(w);
	pthread_mutex_unlock(&w->mu);
	worker_release(w);
	return NULL;
}

/* reportError(json, blobs): the worker's uncaught exception, for the parent's 'error'. */
static void b_reportError(js_State *J)
{
	rt_worker *w = rt__from(J)->worker;
	rt_msg *m;
	if (!w)
		js_error(J, "not a worker");
	m = rt__msg_from_args(J, 1, NULL);
	pthread_mutex_lock(&w->mu);
	if (!w->error) {
		w->error = m;
		m = NULL;
	}
	pthread_mutex_unlock(&w->mu);
	rt__msg_free(m);
	js_pushundefined(J);
}

/* port(): the worker's end of the parent channel, once. */
static void b_port(js_State *J)
{
	rt_worker *w = rt__from(J)->worker;
	rt_port *p = w ? w->port : NULL;
	if (!p) {
		js_pushnull(J);
		return;
	}
	w->port = NULL;
	rt__port_push(J, p);
}

/* data(): [json, blobs, ports] of workerData, once. */
static void b_data(js_State *J)
{
	rt_worker *w = rt__from(J)->worker;
	rt_msg *m = w ? w->data : NULL;
	if (!m) {
		js_pushnull(J);
		return;
	}
	w->data = NULL;
	js_newarray(J);
	if (js_try(J)) {
		rt__msg_free(m);
		js_throw(J);
	}
	rt__msg_push(J, m);	/* json blobs ports */
	js_endtry(J);
	rt__msg_free(m);
	js_setindex(J, -4, 2);
	js_setindex(J, -3, 1);
	js_setindex(J, -2, 0);
}

/* env(): the worker's environment as an object (process.env of a worker is its own). */
static void b_env(js_State *J)
{
	rt_worker *w = rt__from(J)->worker;
	char **e;
	js_newobject(J);
	for (e = w ? w->env : NULL; e && *e; e++) {
		const char *eq = strchr(*e, '=');
		char name[1024];
		size_t n;
		if (!eq || (n = (size_t)(eq - *e)) >= sizeof name || n == 0)
			continue;
		memcpy(name, *e, n);
		name[n] = 0;
		js_pushstring(J, eq + 1);
		js_setproperty(J, -2, name);
	}
}

/* ---- the parent's side */

static void handle_unlink(worker_handle *h)
{
	rt_runtime *rt = h->rt;
	if (h->prev)
		h->prev->next = h->next;
	else if (rt->workers == h)
		rt->workers = h->next;
	if (h->next)
		h->next->prev = h->prev;
	h->prev = h->next = NULL;
}

static void on_handle_closed(uv_handle_t *uh)
{
	worker_handle *h = uh->data;
	rt_runtime *rt = h->rt;
	h->closed = 1;
	if (rt->J && h->slot >= 0) {
		rt__slot_free(rt, h->slot);
		h->slot = -1;
	}
	if (h->orphan)
		free(h);
}

/* Asks w's thread to end (any thread; takes w->mu). */
static void request_terminate(rt_worker *w)
{
	pthread_mutex_lock(&w->mu);
	w->terminate = 1;
	if (w->rt && w->has_ctl) {
		js_requestgc(w->rt->J);
		uv_async_send(&w->ctl);
	}
	pthread_mutex_unlock(&w->mu);
}

static void join(rt_worker *w)
{
	if (!w->joined) {
		pthread_join(w->thread, NULL);
		w->joined = 1;
	}
}

/* Detaches h from its worker and closes it (no more JS callbacks). */
static void handle_close(worker_handle *h)
{
	rt_worker *w = h->w;
	if (h->closing)
		return;
	h->closing = 1;
	handle_unlink(h);
	if (w) {
		pthread_mutex_lock(&w->mu);
		w->h = NULL;
		pthread_mutex_unlock(&w->mu);
		h->w = NULL;
		join(w);
		worker_release(w);
	}
	uv_close((uv_handle_t *)&h->async, on_handle_closed);
}

static int push_cb(worker_handle *h, const char *name)
{
	js_State *J = h->rt->J;
	rt__slot_push(h->rt, h->slot);
	js_getproperty(J, -1, name);
	if (!js_iscallable(J, -1)) {
		js_pop(J, 2);
		return -1;
	}
	js_rot2(J);
	return 0;
}

static void on_handle_async(uv_async_t *a)
{
	worker_handle *h = a->data;
	rt_worker *w = h->w;
	rt_runtime *rt = h->rt;
	js_State *J = rt->J;
	rt_msg *err;
	int online, exited, code, oom;
	if (!w || !J || h->closing)
		return;
	pthread_mutex_lock(&w->mu);
	online = w->online && !h->online_sent;
	err = w->error;
	w->error = NULL;
	exited = w->exited;
	code = w->exit_code;
	oom = w->oom;
	pthread_mutex_unlock(&w->mu);
	if (online) {
		h->online_sent = 1;
		if (push_cb(h, "ononline") == 0) {
			rt__call_io(rt, 0);
			js_pop(J, 1);
		}
	}
	if (err) {
		if (!h->closing && push_cb(h, "onerror") == 0) {
			if (js_try(J)) {
				js_pop(J, 3);
			} else {
				rt__msg_push(J, err);
				js_endtry(J);
				rt__call_io(rt, 3);
				js_pop(J, 1);
			}
		}
		rt__msg_free(err);
	}
	if (exited && !h->exit_sent && !h->closing) {
		h->exit_sent = 1;
		join(w);
		if (push_cb(h, "onexit") == 0) {
			js_pushnumber(J, code);
			js_pushboolean(J, oom);
			rt__call_io(rt, 2);
			js_pop(J, 1);
		}
		handle_close(h);
	}
}

static void handle_finalize(js_State *J, void *p)
{
	worker_handle *h = p;
	(void)J;
	h->orphan = 1;
	if (h->closed) {
		free(h);
		return;
	}
	if (h->w)
		request_terminate(h->w);
	handle_close(h);
}

/* Terminates and joins every worker rt started (before rt_free, or process.exit()). */
void rt__workers_shutdown(rt_runtime *rt)
{
	worker_handle *h;
	for (h = rt->workers; h; h = h->next)
		if (h->w)
			request_terminate(h->w);
	for (h = rt->workers; h; h = h->next)
		if (h->w)
			join(h->w);
}

static char *keep(rt_worker *w, js_State *J, const char *s)
{
	char *d = strdup(s);
	if (!d)
		js_rangeerror(J, "out of memory");
	w->strs[w->nstrs++] = d;
	return d;
}

static int length_of(js_State *J, int idx, const char *name)
{
	int n;
	js_getproperty(J, idx, name);
	n = js_isarray(J, -1) ? js_getlength(J, -1) : 0;
	js_pop(J, 1);
	return n;
}

/* Fills w from create()'s options object at idx (may throw: the caller frees w). */
static void read_options(js_State *J, rt_worker *w, int idx, const rt_options *parent)
{
	int argc = length_of(J, idx, "argv"), envc = length_of(J, idx, "env"), i;
	double mb;
	w->strs = calloc((size_t)(argc + envc + 8), sizeof *w->strs);
	w->opts.argv = calloc((size_t)argc + 2, sizeof *w->opts.argv);
	w->env = calloc((size_t)envc + 1, sizeof *w->env);
	if (!w->strs || !w->opts.argv || !w->env)
		js_rangeerror(J, "out of memory");
	w->opts.exec_path = parent->exec_path ? keep(w, J, parent->exec_path) : NULL;
	w->opts.argv0 = parent->argv0 ? keep(w, J, parent->argv0) : NULL;
	w->opts.versions = parent->versions;	/* static in every embedder */
	w->opts.expose_gc = parent->expose_gc;
	js_getproperty(J, idx, "eval");
	if (js_isstring(J, -1)) {
		w->opts.eval = keep(w, J, js_tostring(J, -1));
		w->name = keep(w, J, "[worker eval]");
	}
	js_pop(J, 1);
	js_getproperty(J, idx, "filename");
	if (!w->opts.eval) {
		w->opts.script = keep(w, J, js_tostring(J, -1));
		w->name = (char *)w->opts.script;
	}
	js_pop(J, 1);
	w->opts.argv[w->opts.argc++] = w->name;
	js_getproperty(J, idx, "argv");
	for (i = 0; i < argc; i++) {
		js_getindex(J, -1, i);
		w->opts.argv[w->opts.argc++] = keep(w, J, js_tostring(J, -1));
		js_pop(J, 1);
	}
	js_pop(J, 1);
	js_getproperty(J, idx, "env");
	for (i = 0; i < envc; i++) {
		js_getindex(J, -1, i);
		w->env[i] = keep(w, J, js_tostring(J, -1));
		js_pop(J, 1);
	}
	js_pop(J, 1);
	js_getproperty(J, idx, "maxHeapMb");
	mb = js_isnumber(J, -1) ? js_tonumber(J, -1) : 0;
	js_pop(J, 1);
	if (mb > 0)
		w->opts.max_heap = (size_t)(mb * 1024 * 1024);
	js_getproperty(J, idx, "stackSizeMb");
	mb = js_isnumber(J, -1) ? js_tonumber(J, -1) : 0;
	js_pop(J, 1);
	w->stack_size = mb > 0 ? (size_t)(mb * 1024 * 1024) : DEFAULT_STACK;
	if (w->stack_size < (256u << 10))
		w->stack_size = 256u << 10;
}

/* create({filename | eval, argv, env, data: [json, blobs, ports], maxHeapMb,
 * stackSizeMb}) → a WorkerHandle whose thread has started; port() on it gives the
 * parent's end of the channel. Throws (ERR_WORKER_INIT_FAILED's message) if the
 * thread cannot start. */
static void b_create(js_State *J)
{
	rt_runtime *rt = rt__from(J);
	rt_worker *w = calloc(1, sizeof *w);
	worker_handle *h;
	rt_port *mine = NULL;
	pthread_attr_t attr;
	int r;

	if (!w)
		js_rangeerror(J, "out of memory");
	pthread_mutex_init(&w->mu, NULL);
	w->refs = 1;
	if (rt__port_pair(&mine, &w->port)) {
		worker_release(w);
		js_rangeerror(J, "out of memory");
	}
	if (js_try(J)) {
		rt__port_release(mine);
		worker_release(w);
		js_throw(J);
	}
	read_options(J, w, 1, rt->opts);
	js_getproperty(J, 1, "data");
	js_getindex(J, -1, 0);
	js_getindex(J, -2, 1);
	js_getindex(J, -3, 2);
	w->data = rt__msg_from_args(J, -3, NULL);
	js_pop(J, 4);
	w->thread_id = atomic_fetch_add(&next_thread_id, 1);
	w->hooks = rt->worker_hooks;
	w->parent_cookie = rt->worker_cookie;

	h = calloc(1, sizeof *h);
	if (!h)
		js_rangeerror(J, "out of memory");
	h->rt = rt;
	h->w = w;
	h->slot = -1;
	js_getregistry(J, WORKER_PROTO);
	js_newuserdata(J, WORKER_TAG, h, handle_finalize);
	js_endtry(J);

	uv_async_init(&rt->loop, &h->async, on_handle_async);
	h->async.data = h;
	js_copy(J, -1);
	h->slot = rt__slot_put(rt);
	h->next = rt->workers;
	if (h->next)
		h->next->prev = h;
	rt->workers = h;
	w->h = h;
	w->refs = 2;

	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, w->stack_size);
	r = pthread_create(&w->thread, &attr, worker_main, w);
	pthread_attr_destroy(&attr);
	if (r) {
		w->refs = 1;
		w->joined = 1;
		rt__port_release(mine);
		handle_close(h);
		js_error(J, "ERR_WORKER_INIT_FAILED: cannot start a thread");
	}
	/* the parent's end of the channel, as property port */
	rt__port_push(J, mine);
	js_setproperty(J, -2, "port");
	js_pushnumber(J, w->thread_id);
	js_setproperty(J, -2, "threadId");
}

static worker_handle *handle_self(js_State *J)
{
	return js_touserdata(J, 0, WORKER_TAG);
}

static void h_terminate(js_State *J)
{
	worker_handle *h = handle_self(J);
	if (h->w)
		request_terminate(h->w);
	js_pushundefined(J);
}

static void h_ref(js_State *J)
{
	worker_handle *h = handle_self(J);
	if (!h->closing)
		uv_ref((uv_handle_t *)&h->async);
	js_pushundefined(J);
}

static void h_unref(js_State *J)
{
	worker_handle *h = handle_self(J);
	if (!h->closing)
		uv_unref((uv_handle_t *)&h->async);
	js_pushundefined(J);
}

static void h_hasRef(js_State *J)
{
	worker_handle *h = handle_self(J);
	js_pushboolean(J, !h->closing && uv_has_ref((uv_handle_t *)&h->async));
}

/* Adds binding.worker to the binding object on top of the stack: create() everywhere,
 * and in a worker isWorker, threadId, name, port(), data(), env(), reportError(). */
void rt__worker_init(rt_runtime *rt)
{
	js_State *J = rt->J;
	rt_worker *w = rt->worker;

	js_newobject(J);
	rt__setfn(J, "terminate", h_terminate, 0);
	rt__setfn(J, "ref", h_ref, 0);
	rt__setfn(J, "unref", h_unref, 0);
	rt__setfn(J, "hasRef", h_hasRef, 0);
	js_setregistry(J, WORKER_PROTO);

	js_newobject(J);
	rt__setfn(J, "create", b_create, 1);
	js_pushboolean(J, w != NULL);
	js_setproperty(J, -2, "isWorker");
	rt__setnum(J, "threadId", w ? w->thread_id : 0);
	if (w) {
		rt__setstr(J, "name", w->name);
		rt__setnum(J, "maxHeapMb", (double)w->opts.max_heap / (1024 * 1024));
		rt__setnum(J, "stackSizeMb", (double)w->stack_size / (1024 * 1024));
		rt__setfn(J, "port", b_port, 0);
		rt__setfn(J, "data", b_data, 0);
		rt__setfn(J, "env", b_env, 0);
		rt__setfn(J, "reportError", b_reportError, 2);
		uv_async_init(&rt->loop, &w->ctl, on_ctl);
		w->ctl.data = w;
		uv_unref((uv_handle_t *)&w->ctl);
		pthread_mutex_lock(&w->mu);
		w->has_ctl = 1;
		pthread_mutex_unlock(&w->mu);
	}
	js_setproperty(J, -2, "worker");
}

