/* binding.c — the native object handed to runtime/lib modules as `binding`.
 *
 * Everything JS needs from C for the core runtime: stdio, the loop's timer/immediate
 * controls, process facts, module loading primitives, signals and the trace switches.
 * Each function validates its arguments and throws a JS error rather than crash; a
 * libuv failure becomes an Error with Node's code/errno/syscall/path and message.
 */
#include "internal.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern char **environ;

void rt__push_uv_error(js_State *J, int err, const char *syscall, const char *path,
	const char *dest)
{
	char msg[8192];
	int n = snprintf(msg, sizeof msg, "%s: %s, %s", uv_err_name(err), uv_strerror(err),
		syscall);
	if (path && n >= 0 && (size_t)n < sizeof msg)
		n += snprintf(msg + n, sizeof msg - (size_t)n, " '%s'", path);
	if (dest && n >= 0 && (size_t)n < sizeof msg)
		snprintf(msg + n, sizeof msg - (size_t)n, " -> '%s'", dest);
	js_newerror(J, msg);
	js_pushnumber(J, err);
	js_setproperty(J, -2, "errno");
	js_pushstring(J, uv_err_name(err));
	js_setproperty(J, -2, "code");
	js_pushstring(J, syscall);
	js_setproperty(J, -2, "syscall");
	if (path) {
		js_pushstring(J, path);
		js_setproperty(J, -2, "path");
	}
	if (dest) {
		js_pushstring(J, dest);
		js_setproperty(J, -2, "dest");
	}
}

void rt__throw_uv(js_State *J, int err, const char *syscall, const char *path)
{
	rt__push_uv_error(J, err, syscall, path, NULL);
	js_throw(J);
}

static void b_writeSync(js_State *J)
{
	int fd = js_tointeger(J, 1);
	const char *s = js_tostring(J, 2);
	size_t n = strlen(s), off = 0;
	if (fd == 1)
		fflush(stdout);
	while (off < n) {
		ssize_t w = write(fd, s + off, n - off);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			if (errno == EAGAIN) {
				usleep(100);
				continue;
			}
			if (errno == EPIPE)
				break;
			rt__throw_uv(J, uv_translate_sys_error(errno), "write", NULL);
		}
		off += (size_t)w;
	}
	js_pushundefined(J);
}

static void b_getLibuvNow(js_State *J)
{
	js_pushnumber(J, (double)rt__now(rt__from(J)));
}

static void b_scheduleTimer(js_State *J)
{
	rt__schedule_timer(rt__from(J), js_tonumber(J, 1));
	js_pushundefined(J);
}

static void b_toggleTimerRef(js_State *J)
{
	rt__toggle_timer_ref(rt__from(J), js_toboolean(J, 1));
	js_pushundefined(J);
}

static void b_toggleImmediateRef(js_State *J)
{
	rt__toggle_immediate_ref(rt__from(J), js_toboolean(J, 1));
	js_pushundefined(J);
}

/* setHooks({processTimers, ...}): keep the loop's JS entry points in the registry. */
static void b_setHooks(js_State *J)
{
	static const struct { const char *prop, *key; } hooks[] = {
		{ "processTimers", RT_HOOK_TIMERS },
		{ "processImmediate", RT_HOOK_IMMEDIATE },
		{ "processTicksAndRejections", RT_HOOK_TICKS },
		{ "fatalException", RT_HOOK_FATAL },
		{ "emitBeforeExit", RT_HOOK_BEFORE_EXIT },
		{ "emitExit", RT_HOOK_EXIT },
		{ "emitSignal", RT_HOOK_SIGNAL },
		{ "immediateInfo", RT_IMMEDIATE_INFO },
		{ "runMain", RT_HOOK_MAIN },
	};
	size_t i;
	for (i = 0; i < sizeof hooks / sizeof hooks[0]; i++) {
		if (js_hasproperty(J, 1, hooks[i].prop))
			js_setregistry(J, hooks[i].key);
	}
	js_pushundefined(J);
}

/* triggerUncaughtException(err, fromPromise): report now, as Node's function of that
 * name does; returns only if a listener handled it. */
static void b_triggerUncaughtException(js_State *J)
{
	int from_promise = js_toboolean(J, 2);
	js_copy(J, 1);
	rt__report_uncaught(rt__from(J), from_promise);
	js_pushundefined(J);
}

static void b_reallyExit(js_State *J)
{
	rt__exit(rt__from(J), js_tointeger(J, 1));
	/* a worker's: out of its JS (runtime.c's GC hook throws again at every check point) */
	js_pushliteral(J, "worker exit");
	js_throw(J);
}

static void b_hrtime(js_State *J)
{
	uint64_t t = uv_hrtime();
	js_newarray(J);
	js_pushnumber(J, (double)(t / 1000000000u));
	js_setindex(J, -2, 0);
	js_pushnumber(J, (double)(t % 1000000000u));
	js_setindex(J, -2, 1);
}

static void b_uptime(js_State *J)
{
	rt_runtime *rt = rt__from(J);
	js_pushnumber(J, (double)(uv_hrtime() - rt->hrtime_base) / 1e9);
}

/* Milliseconds the loop has spent blocked in poll (the loop runs with
 * UV_METRICS_IDLE_TIME): performance.eventLoopUtilization(). */
static void b_loopIdleTime(js_State *J)
{
	js_pushnumber(J, (double)uv_metrics_idle_time(&rt__from(J)->loop) / 1e6);
}

static void b_cwd(js_State *J)
{
	char buf[4096];
	size_t n = sizeof buf;
	int r = uv_cwd(buf, &n);
	if (r)
		rt__throw_uv(J, r, "uv_cwd", NULL);
	js_pushstring(J, buf);
}

static void b_chdir(js_State *J)
{
	const char *dir = js_tostring(J, 1);
	int r = uv_chdir(dir);
	if (r)
		rt__throw_uv(J, r, "chdir", dir);
	js_pushundefined(J);
}

static void b_memoryUsage(js_State *J)
{
	rt_runtime *rt = rt__from(J);
	size_t rss = 0;
	uv_resident_set_memory(&rss);
	js_newobject(J);
	rt__setnum(J, "rss", (double)rss);
	/* heapTotal: what the blocks cost malloc, headers included (an estimate). */
	rt__setnum(J, "heapTotal", (double)(rt->mem.heap_used + rt->mem.blocks * 16));
	rt__setnum(J, "heapUsed", (double)rt->mem.heap_used);
	rt__setnum(J, "external", (double)rt->mem.external);
	rt__setnum(J, "arrayBuffers", (double)rt->mem.array_buffers);
}

static void b_rss(js_State *J)
{
	size_t rss = 0;
	uv_resident_set_memory(&rss);
	js_pushnumber(J, (double)rss);
}

/* compile(source, filename[, module[, prefix]]): compile a script and return the value it evaluates to
 * (module true: an ES module, which evaluates to the function internal/esm instantiates)
 * (the module loader passes "(function (...) {" + source + "\n})", one line up front,
 * so line numbers are the user's; prefix is that text's length, so a syntax error's
 * column counts in the user's first line). A syntax error is thrown as a SyntaxError
 * whose message names file and line, with its column hidden (RT_HIDDEN_SYNTAX_COL). */
/* mujs reports a syntax error as "file:line: message". Node's SyntaxError carries only
 * the message; where it happened goes into the uncaught-exception header. Move the
 * location into stackTrace ("\n\tat file:line"), where the printer looks for it. */
static void locate_syntax_error(js_State *J, const char *file)
{
	const char *msg, *rest;
	size_t n = strlen(file);
	char buf[1024], trace[1200];
	long line;
	if (!js_iserror(J, -1))
		return;
	js_getproperty(J, -1, "message");
	msg = js_tostring(J, -1);
	if (strncmp(msg, file, n) != 0 || msg[n] != ':') {
		js_pop(J, 1);
		return;
	}
	line = strtol(msg + n + 1, (char **)&rest, 10);
	if (rest[0] != ':' || rest[1] != ' ') {
		js_pop(J, 1);
		return;
	}
	snprintf(buf, sizeof buf, "%s", rest + 2);
	if (buf[0] >= 'a' && buf[0] <= 'z')
		buf[0] = (char)(buf[0] - 'a' + 'A');
	snprintf(trace, sizeof trace, "\n\tat %s:%ld", file, line);
	js_pop(J, 1);
	js_pushstring(J, buf);
	js_setproperty(J, -2, "message");
	js_pushstring(J, trace);
	js_setproperty(J, -2, "stackTrace");
	/* mujs patch 0041: the token's column, for the caret lib/internal/uncaught.js prints */
	if (js_gethidden(J, -1, JS_HIDDEN_SYNTAXCOL))
		js_sethidden(J, -2, RT_HIDDEN_SYNTAX_COL);
}

/* A syntax error on line 1 of a wrapped source (the module wrapper's prefix precedes the
 * user's first line): its column counts from the user's first byte. */
static void unwrap_syntax_column(js_State *J, double prefix)
{
	const char *trace;
	size_t n;
	double col;
	if (prefix <= 0 || !js_iserror(J, -1))
		return;
	js_getproperty(J, -1, "stackTrace");
	trace = js_isstring(J, -1) ? js_tostring(J, -1) : "";
	n = strlen(trace);
	if (n < 2 || strcmp(trace + n - 2, ":1") != 0 || !js_gethidden(J, -2, RT_HIDDEN_SYNTAX_COL)) {
		js_pop(J, 1);
		return;
	}
	col = js_tonumber(J, -1) - prefix;
	js_pop(J, 2);
	js_pushnumber(J, col < 1 ? 1 : col);
	js_sethidden(J, -2, RT_HIDDEN_SYNTAX_COL);
}

static void b_compile(js_State *J)
{
	const char *src = js_tostring(J, 1);
	const char *file = js_tostring(J, 2);
	int module = js_toboolean(J, 3);	/* an ES module (compile.c) */
	double prefix = js_isnumber(J, 4) ? js_tonumber(J, 4) : 0;	/* bytes of wrapper before line 1 */
	if (module ? rt__compile_module(J, file, src) : rt__compile(J, file, src)) {
		locate_syntax_error(J, file);
		unwrap_syntax_column(J, prefix);
		js_throw(J);
	}
	js_pushundefined(J);
	js_call(J, 0);
}

/* Reads a whole file into a malloc'd, NUL-ended buffer. Returns 0 or a uv error code,
 * with *syscall naming the call that failed. */
static int slurp(const char *path, char **out, size_t *outlen, const char **syscall)
{
	uv_fs_t req;
	uv_buf_t buf;
	char *data = NULL, *p;
	size_t len = 0, cap = 0;
	int fd = uv_fs_open(NULL, &req, path, UV_FS_O_RDONLY, 0, NULL);
	uv_fs_req_cleanup(&req);
	*syscall = "open";
	if (fd < 0)
		return fd;
	*syscall = "read";
	for (;;) {
		ssize_t n;
		if (cap - len < 65536) {
			p = realloc(data, cap = cap ? cap * 2 : 65536 * 2);
			if (!p) {
				n = UV_ENOMEM;
				goto fail;
			}
			data = p;
		}
		buf = uv_buf_init(data + len, (unsigned)(cap - len - 1));
		n = uv_fs_read(NULL, &req, fd, &buf, 1, -1, NULL);
		uv_fs_req_cleanup(&req);
		if (n < 0) {
fail:
			free(data);
			uv_fs_close(NULL, &req, fd, NULL);
			uv_fs_req_cleanup(&req);
			return (int)n;
		}
		if (n == 0)
			break;
		len += (size_t)n;
	}
	uv_fs_close(NULL, &req, fd, NULL);
	uv_fs_req_cleanup(&req);
	data[len] = 0;
	*out = data;
	*outlen = len;
	return 0;
}

/* Pushes the whole file as a string, or throws Node's fs error. */
void rt__read_file_sync(js_State *J, const char *path)
{
	char *data = NULL;
	size_t len = 0;
	const char *syscall;
	int r = slurp(path, &data, &len, &syscall);
	if (r)
		rt__throw_uv(J, r, syscall, path);
	if (js_try(J)) {
		free(data);
		js_throw(J);
	}
	js_pushlstring(J, data, (int)len);
	js_endtry(J);
	free(data);
}

static void b_readFileUtf8(js_State *J)
{
	rt__read_file_sync(J, js_tostring(J, 1));
}

/* statKind(path) → 0 file, 1 directory, -1 missing or other. */
static void b_statKind(js_State *J)
{
	uv_fs_t req;
	int r = uv_fs_stat(NULL, &req, js_tostring(J, 1), NULL);
	int kind = -1;
	if (r == 0) {
		if ((req.statbuf.st_mode & S_IFMT) == S_IFDIR)
			kind = 1;
		else if ((req.statbuf.st_mode & S_IFMT) == S_IFREG)
			kind = 0;
	}
	uv_fs_req_cleanup(&req);
	js_pushnumber(J, kind);
}

static void b_realpath(js_State *J)
{
	const char *path = js_tostring(J, 1);
	uv_fs_t req;
	int r = uv_fs_realpath(NULL, &req, path, NULL);
	if (r) {
		uv_fs_req_cleanup(&req);
		rt__throw_uv(J, r, "realpath", path);
	}
	if (js_try(J)) {
		uv_fs_req_cleanup(&req);
		js_throw(J);
	}
	js_pushstring(J, req.ptr);
	js_endtry(J);
	uv_fs_req_cleanup(&req);
}

/* loadNative(name) → the embedded module's source, or undefined. */
static void b_nativeSource(js_State *J)
{
	const rt_native *n = rt__native_find(js_tostring(J, 1));
	if (n)
		js_pushstring(J, n->source);
	else
		js_pushundefined(J);
}

static void b_gc(js_State *J)
{
	js_gc(J, 0);
	js_pushundefined(J);
}

/* process.env: assignments become strings and reach the real environment (for child
 * processes), deletions too, as in Node. The value being stored is on top of the stack;
 * the hook converts it in place and lets mujs store it as an ordinary property. */
static int env_put(js_State *J, void *data, const char *name)
{
	const char *v = js_tostring(J, -1);
	setenv(name, v, 1);
	js_pushstring(J, v);
	js_replace(J, -2);
	return 0;
}

static int env_delete(js_State *J, void *data, const char *name)
{
	unsetenv(name);
	return 0;
}

static void b_env(js_State *J)
{
	char **e;
	js_getglobal(J, "Object");
	js_getproperty(J, -1, "prototype");
	js_remove(J, -2);
	/* tagged "Object": Object.prototype.toString shows the tag ([object Object] in Node) */
	js_newuserdatax(J, "Object", NULL, NULL, env_put, env_delete, NULL);
	for (e = environ; *e; e++) {
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

static const struct { const char *name; int num; } signames[] = {
	{ "SIGHUP", SIGHUP }, { "SIGINT", SIGINT }, { "SIGQUIT", SIGQUIT },
	{ "SIGUSR1", SIGUSR1 }, { "SIGUSR2", SIGUSR2 }, { "SIGPIPE", SIGPIPE },
	{ "SIGALRM", SIGALRM }, { "SIGTERM", SIGTERM }, { "SIGCHLD", SIGCHLD },
	{ "SIGCONT", SIGCONT }, { "SIGWINCH", SIGWINCH }, { "SIGBREAK", -1 },
};

static int signum_of(const char *name)
{
	size_t i;
	for (i = 0; i < sizeof signames / sizeof signames[0]; i++)
		if (!strcmp(signames[i].name, name))
			return signames[i].num;
	return -1;
}

static void on_signal(uv_signal_t *h, int signum)
{
	rt_runtime *rt = h->loop->data;
	size_t i;
	for (i = 0; i < sizeof signames / sizeof signames[0]; i++) {
		if (signames[i].num == signum && rt__push_hook(rt, RT_HOOK_SIGNAL) == 0) {
			js_pushstring(rt->J, signames[i].name);
			rt__call_hook(rt, 1, RT_CB_SIGNAL);
			js_pop(rt->J, 1);
			return;
		}
	}
}

static void on_signal_closed(uv_handle_t *h)
{
	free(h);
}

/* Closes every signal watcher (at shutdown: they are unref'd, so still open). */
void rt__signals_close(rt_runtime *rt)
{
	size_t i;
	for (i = 0; i < sizeof rt->signals / sizeof rt->signals[0]; i++)
		if (rt->signals[i]) {
			uv_close((uv_handle_t *)rt->signals[i], on_signal_closed);
			rt->signals[i] = NULL;
		}
}

/* watchSignal(name, on) → true if name is a signal we can watch. */
static void b_watchSignal(js_State *J)
{
	rt_runtime *rt = rt__from(J);
	int sig = signum_of(js_tostring(J, 1));
	int on = js_toboolean(J, 2);
	if (sig <= 0 || sig >= (int)(sizeof rt->signals / sizeof rt->signals[0])) {
		js_pushboolean(J, 0);
		return;
	}
	if (on && !rt->signals[sig]) {
		uv_signal_t *h = malloc(sizeof *h);
		if (!h)
			js_error(J, "out of memory");
		uv_signal_init(&rt->loop, h);
		uv_signal_start(h, on_signal, sig);
		/* as Node's: a signal listener alone does not keep the process alive */
		uv_unref((uv_handle_t *)h);
		rt->signals[sig] = h;
	} else if (!on && rt->signals[sig]) {
		uv_close((uv_handle_t *)rt->signals[sig], on_signal_closed);
		rt->signals[sig] = NULL;
	}
	js_pushboolean(J, 1);
}

static void b_kill(js_State *J)
{
	int pid = js_tointeger(J, 1);
	int sig = js_isstring(J, 2) ? signum_of(js_tostring(J, 2)) : js_tointeger(J, 2);
	int r = uv_kill(pid, sig);
	if (r)
		rt__throw_uv(J, r, "kill", NULL);
	js_pushboolean(J, 1);
}

static void b_traceCallback(js_State *J)
{
	static const struct { const char *name; rt_cbkind kind; } kinds[] = {
		{ "timer", RT_CB_TIMER }, { "immediate", RT_CB_IMMEDIATE },
		{ "tick", RT_CB_TICK }, { "microtask", RT_CB_MICROTASK },
	};
	rt_runtime *rt = rt__from(J);
	const char *k = js_tostring(J, 1);
	size_t i;
	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
		if (!strcmp(k, kinds[i].name)) {
			if (js_toboolean(J, 2))
				rt__cb_enter(rt, kinds[i].kind);
			else
				rt__cb_leave(rt, kinds[i].kind);
		}
	}
	js_pushundefined(J);
}

/* record(op, emitter, eventName, countAfter, listener), from the events module. */
static void b_traceListener(js_State *J)
{
	rt_runtime *rt = rt__from(J);
	rt_event kind = js_toboolean(J, 1) ? RT_EV_LISTENER_ADD : RT_EV_LISTENER_REMOVE;
	if (rt_trace_on(&rt->bus, kind)) {
		rt_trace_event ev = { .kind = kind, .J = J };
		ev.u.listener.emitter = 2;
		ev.u.listener.listener = 5;
		/* a symbol names the event by its key, as before (ToString of it throws) */
		ev.u.listener.name = js_tokey(J, 3);
		ev.u.listener.count = js_tointeger(J, 4);
		ev.u.listener.ctor = "Object";
		js_getproperty(J, 2, "constructor");
		if (js_iscallable(J, -1)) {
			js_getproperty(J, -1, "name");
			if (js_isstring(J, -1))
				ev.u.listener.ctor = js_tostring(J, -1);
		}
		rt_trace__emit(&rt->bus, &ev);
	}
	js_pushundefined(J);
}

/* Bring binding.trace.enabled and binding.listenerTrace.enabled in line with the bus. */
void rt_trace_sync(rt_runtime *rt)
{
	js_State *J = rt->J;
	js_getregistry(J, RT_BINDING);
	js_getproperty(J, -1, "trace");
	js_pushboolean(J, rt_trace_on(&rt->bus, RT_EV_CALLBACK_ENTER));
	js_setproperty(J, -2, "enabled");
	js_pop(J, 1);
	js_getproperty(J, -1, "listenerTrace");
	js_pushboolean(J, rt_trace_on(&rt->bus, RT_EV_LISTENER_ADD) ||
		rt_trace_on(&rt->bus, RT_EV_LISTENER_REMOVE));
	js_setproperty(J, -2, "enabled");
	js_pop(J, 2);
}

/* Leaves the binding object on the stack and in the registry. */
void rt__binding_init(rt_runtime *rt)
{
	js_State *J = rt->J;
	const rt_options *o = rt->opts;
	char buf[64];
	int i;

	js_newobject(J);
	rt__setfn(J, "writeSync", b_writeSync, 2);
	rt__setfn(J, "getLibuvNow", b_getLibuvNow, 0);
	rt__setfn(J, "scheduleTimer", b_scheduleTimer, 1);
	rt__setfn(J, "toggleTimerRef", b_toggleTimerRef, 1);
	rt__setfn(J, "toggleImmediateRef", b_toggleImmediateRef, 1);
	rt__setfn(J, "setHooks", b_setHooks, 1);
	rt__setfn(J, "reallyExit", b_reallyExit, 1);
	rt__setfn(J, "triggerUncaughtException", b_triggerUncaughtException, 2);
	rt__setfn(J, "hrtime", b_hrtime, 0);
	rt__setfn(J, "uptime", b_uptime, 0);
	rt__setfn(J, "loopIdleTime", b_loopIdleTime, 0);
	rt__setfn(J, "cwd", b_cwd, 0);
	rt__setfn(J, "chdir", b_chdir, 1);
	rt__setfn(J, "memoryUsage", b_memoryUsage, 0);
	rt__setfn(J, "rss", b_rss, 0);
	rt__setfn(J, "compile", b_compile, 4);
	rt__setfn(J, "readFileUtf8", b_readFileUtf8, 1);
	rt__setfn(J, "statKind", b_statKind, 1);
	rt__setfn(J, "realpath", b_realpath, 1);
	rt__setfn(J, "nativeSource", b_nativeSource, 1);
	rt__setfn(J, "gc", b_gc, 0);
	rt__setfn(J, "env", b_env, 0);
	rt__setfn(J, "watchSignal", b_watchSignal, 2);
	rt__setfn(J, "kill", b_kill, 2);
	rt__buffer_init(rt);
	rt__fs_init(rt);
	rt__os_init(rt);
	rt__stdio_init(rt);
	rt__zlib_init(rt);
	rt__crypto_init(rt);
	rt__tcp_init(rt);
	rt__http_parser_init(rt);
	rt__collections_init(rt);
	rt__ticks_init(rt);
	rt__es_builtins_init(rt);
	rt__bigint_init(rt);
	rt__weakref_init(rt);
	rt__heap_init(rt);
	rt__message_port_init(rt);
	rt__worker_init(rt);
	rt__process_wrap_init(rt);

	js_newobject(J);
	js_pushboolean(J, 0);
	js_setproperty(J, -2, "enabled");
	rt__setfn(J, "callback", b_traceCallback, 2);
	js_setproperty(J, -2, "trace");
	js_newobject(J);
	js_pushboolean(J, 0);
	js_setproperty(J, -2, "enabled");
	rt__setfn(J, "record", b_traceListener, 5);
	js_setproperty(J, -2, "listenerTrace");

	/* process facts */
	js_newarray(J);
	js_pushstring(J, o->exec_path);
	js_setindex(J, -2, 0);
	for (i = 0; i < o->argc; i++) {
		js_pushstring(J, o->argv[i]);
		js_setindex(J, -2, i + 1);
	}
	js_setproperty(J, -2, "argv");
	js_newarray(J);
	for (i = 0; i < o->exec_argc; i++) {
		js_pushstring(J, o->exec_argv[i]);
		js_setindex(J, -2, i);
	}
	js_setproperty(J, -2, "execArgv");
	rt__setstr(J, "argv0", o->argv0 ? o->argv0 : "leakscope");
	rt__setstr(J, "execPath", o->exec_path);
	if (o->script)
		rt__setstr(J, "mainScript", o->script);
	if (o->eval)
		rt__setstr(J, "evalSource", o->eval);
	js_pushboolean(J, o->print_eval);
	js_setproperty(J, -2, "printEval");
	js_pushboolean(J, o->expose_gc);
	js_setproperty(J, -2, "exposeGC");
	rt__setnum(J, "pid", uv_os_getpid());
	rt__setnum(J, "ppid", uv_os_getppid());
	rt__setstr(J, "version", "v" LEAKSCOPE_VERSION);
	js_newobject(J);
	rt__setstr(J, "leakscope", LEAKSCOPE_VERSION);
	rt__setstr(J, "mujs", "1.3.6");
	rt__setstr(J, "uv", uv_version_string());
	for (i = 0; o->versions && o->versions[i].name; i++)
		rt__setstr(J, o->versions[i].name, o->versions[i].value);
	js_setproperty(J, -2, "versions");
	snprintf(buf, sizeof buf, "%s", "linux");
	rt__setstr(J, "platform", buf);
#if defined(__x86_64__)
	rt__setstr(J, "arch", "x64");
#elif defined(__aarch64__)
	rt__setstr(J, "arch", "arm64");
#else
	rt__setstr(J, "arch", "unknown");
#endif
	js_copy(J, -1);
	js_setregistry(J, RT_BINDING);
}
