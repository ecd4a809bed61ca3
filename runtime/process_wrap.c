/* process_wrap.c — child processes (binding.process) and pipes (binding.pipe), the layer
 * under lib/child_process.js (Node's ProcessWrap, PipeWrap and SyncProcessRunner).
 *
 * Options, as lib/child_process.js normalizes them: { file, args (argv, args[0] the
 * name the child sees), cwd, envPairs ['K=V'...], detached, uid, gid, stdio: [{ type:
 * 'pipe', handle } | { type: 'ignore' } | { type: 'fd', fd }] }.
 *
 * spawn(options) makes a ProcessHandle on the runtime's loop. It returns 0 or a
 * negative libuv code (ENOENT, EACCES...: JS reports them as Node does, on the next
 * tick). While the child runs, the handle keeps the loop alive (unless unref'd) and is
 * held in a slot; when it exits, onexit(exitStatus, signalNumber) is called as an I/O
 * callback and JS closes it. kill(sig) → 0 or a negative code.
 *
 * Pipes are stream handles (stream_wrap.c: readStart/write/shutdown/close...) over a
 * uv_pipe_t, made by pipe.create() and given to spawn as stdio {type: 'pipe'}, where
 * libuv connects them to the child; net.Socket wraps them as it wraps TCP handles.
 bind(path)/listen(backlog)/connect(path, cb) make Unix domain socket servers and
 * clients for net (see "pipe servers and clients" below).
 * pipe.create(true) makes an IPC pipe (fork's channel); open(fd) takes an inherited
 * descriptor (the child's end, NODE_CHANNEL_FD), ipcReadStart/writeHandle pass sockets
 * along with the bytes (see "IPC pipes" below). process.recordChild() tells
 * lib/child_process.js what a recording parent hands its forks (cli/record.c).
 *
 * spawnSync(options + { input: Buffer|null, timeout ms, maxBuffer, killSignal }) runs
 * the child to its end on a loop of its own (the caller's loop does not turn, as in
 * Node) and returns { pid, status, signal (number, 0 none), output: [null, Buffer|null,
 * Buffer|null], error (a negative libuv code, 0 none) }: ETIMEDOUT when it was killed
 * for the timeout, ENOBUFS when the outputs together passed maxBuffer (killed too,
 * and our pipe ends closed: see sync_kill).
 */
#include "internal.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>

#define PROC_PROTO "rt.process.proto"
#define PROC_TAG "ProcessHandle"
#define PIPE_PROTO "rt.pipe.proto"
#define MAX_STDIO 16

typedef struct proc {
	uv_process_t h;
	rt_runtime *rt;
	int slot;
	int state;	/* 0 new, 1 running, 2 closing, 3 closed */
	int orphan;
} proc;

/* ---- spawn options (shared by spawn and spawnSync) */

typedef struct spawn_opts {
	uv_process_options_t o;
	char **args;
	char **env;
	uv_stdio_container_t stdio[MAX_STDIO];
} spawn_opts;

static void opts_free(spawn_opts *so)
{
	int i;
	for (i = 0; so->args && so->args[i]; i++)
		free(so->args[i]);
	for (i = 0; so->env && so->env[i]; i++)
		free(so->env[i]);
	free(so->args);
	free(so->env);
	free((char *)so->o.file);
	free((char *)so->o.cwd);
	memset(so, 0, sizeof *so);
}

static char *dup_prop(js_State *J, int idx, const char *name)
{
	char *s = NULL;
	js_getproperty(J, idx, name);
	if (js_isstring(J, -1)) {
		s = strdup(js_tostring(J, -1));
		if (!s)
			js_rangeerror(J, "out of memory");
	}
	js_pop(J, 1);
	return s;
}

static char **dup_list(js_State *J, int idx, const char *name)
{
	char **v;
	int n, i;
	js_getproperty(J, idx, name);
	n = js_isarray(J, -1) ? js_getlength(J, -1) : 0;
	v = calloc((size_t)n + 1, sizeof *v);
	if (!v)
		js_rangeerror(J, "out of memory");
	for (i = 0; i < n; i++) {
		js_getindex(J, -1, i);
		v[i] = strdup(js_tostring(J, -1));
		js_pop(J, 1);
		if (!v[i]) {
			opts_free(&(spawn_opts){ .args = v });
			js_rangeerror(J, "out of memory");
		}
	}
	js_pop(J, 1);
	return v;
}

/* Reads the options at idx into so (so must be zeroed; free it with opts_free, also
 * after a throw). pipes[i] gets the stream of a 'pipe' entry (spawn), or, for
 * spawnSync (pipes NULL), the entry is left for the caller (flags set, stream NULL). */
static void opts_read(js_State *J, int idx, spawn_opts *so, rt_stream **pipes)
{
	int n, i;
	so->o.file = dup_prop(J, idx, "file");
	if (!so->o.file)
		js_typeerror(J, "spawn: file must be a string");
	so->o.cwd = dup_prop(J, idx, "cwd");
	so->args = dup_list(J, idx, "args");
	so->o.args = so->args;
	js_getproperty(J, idx, "envPairs");
	n = js_isarray(J, -1);
	js_pop(J, 1);
	if (n) {
		so->env = dup_list(J, idx, "envPairs");
		so->o.env = so->env;
	}
	js_getproperty(J, idx, "detached");
	if (js_toboolean(J, -1))
		so->o.flags |= UV_PROCESS_DETACHED;
	js_pop(J, 1);
	js_getproperty(J, idx, "uid");
	if (js_isnumber(J, -1)) {
		so->o.flags |= UV_PROCESS_SETUID;
		so->o.uid = (uv_uid_t)js_tointeger(J, -1);
	}
	js_pop(J, 1);
	js_getproperty(J, idx, "gid");
	if (js_isnumber(J, -1)) {
		so->o.flags |= UV_PROCESS_SETGID;
		so->o.gid = (uv_gid_t)js_tointeger(J, -1);
	}
	js_pop(J, 1);
	js_getproperty(J, idx, "stdio");
	n = js_isarray(J, -1) ? js_getlength(J, -1) : 0;
	if (n > MAX_STDIO)
		js_rangeerror(J, "spawn: at most %d stdio entries", MAX_STDIO);
	for (i = 0; i < n; i++) {
		const char *type;
		js_getindex(J, -1, i);
		js_getproperty(J, -1, "type");
		type = js_tostring(J, -1);
		if (!strcmp(type, "pipe") || !strcmp(type, "overlapped")) {
			so->stdio[i].flags = UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE;
			if (pipes) {
				js_getproperty(J, -2, "handle");
				pipes[i] = rt__stream_self(J, -1);
				js_pop(J, 1);
				so->stdio[i].data.stream = &pipes[i]->u.stream;
			}
		} else if (!strcmp(type, "fd") || !strcmp(type, "inherit")) {
			js_getproperty(J, -2, "fd");
			so->stdio[i].flags = UV_INHERIT_FD;
			so->stdio[i].data.fd = js_isnumber(J, -1) ? js_tointeger(J, -1) : i;
			js_pop(J, 1);
		} else {
			so->stdio[i].flags = UV_IGNORE;
		}
		js_pop(J, 2);
	}
	js_pop(J, 1);
	so->o.stdio = so->stdio;
	so->o.stdio_count = n;
}

/* ---- async */

static void on_proc_closed(uv_handle_t *h)
{
	proc *p = h->data;
	rt_runtime *rt = p->rt;
	p->state = 3;
	if (rt->J && p->slot >= 0) {
		rt__slot_free(rt, p->slot);
		p->slot = -1;
	}
	if (p->orphan)
		free(p);
}

static void on_proc_exit(uv_process_t *h, int64_t status, int sig)
{
	proc *p = h->data;
	rt_runtime *rt = p->rt;
	js_State *J = rt->J;
	if (!J || p->slot < 0)
		return;
	rt__slot_push(rt, p->slot);
	js_getproperty(J, -1, "onexit");
	if (!js_iscallable(J, -1)) {
		js_pop(J, 2);
		return;
	}
	js_rot2(J);
	js_pushnumber(J, (double)status);
	js_pushnumber(J, sig);
	rt__call_io(rt, 2);
	js_pop(J, 1);
}

static void proc_finalize(js_State *J, void *data)
{
	proc *p = data;
	(void)J;
	p->orphan = 1;
	if (p->state == 0 || p->state == 3)
		free(p);
	else if (p->state == 1) {
		p->state = 2;
		uv_close((uv_handle_t *)&p->h, on_proc_closed);
	}
}

static void pr_spawn(js_State *J)
{
	rt_runtime *rt = rt__from(J);
	rt_stream *pipes[MAX_STDIO] = { 0 };
	spawn_opts so;
	proc *p;
	int r;

	memset(&so, 0, sizeof so);
	if (js_try(J)) {
		opts_free(&so);
		js_throw(J);
	}
	opts_read(J, 1, &so, pipes);
	js_endtry(J);
	so.o.exit_cb = on_proc_exit;
	p = js_touserdata(J, 0, PROC_TAG);
	if (p->state != 0) {
		opts_free(&so);
		js_error(J, "spawn: this handle has already spawned");
	}
	r = uv_spawn(&rt->loop, &p->h, &so.o);
	opts_free(&so);
	if (r == 0) {
		p->state = 1;
		p->h.data = p;
		js_copy(J, 0);
		p->slot = rt__slot_put(rt);
	} else {
		/* libuv made a handle it must close even so */
		p->state = 2;
		p->h.data = p;
		uv_close((uv_handle_t *)&p->h, on_proc_closed);
	}
	js_pushnumber(J, r);
}

static proc *proc_self(js_State *J)
{
	return js_touserdata(J, 0, PROC_TAG);
}

static void pr_pid(js_State *J)
{
	proc *p = proc_self(J);
	if (p->state == 1)
		js_pushnumber(J, p->h.pid);
	else
		js_pushundefined(J);
}

static void pr_kill(js_State *J)
{
	proc *p = proc_self(J);
	if (p->state != 1) {
		js_pushnumber(J, UV_ESRCH);
		return;
	}
	js_pushnumber(J, uv_process_kill(&p->h, js_tointeger(J, 1)));
}

static void pr_close(js_State *J)
{
	proc *p = proc_self(J);
	if (p->state == 1) {
		p->state = 2;
		uv_close((uv_handle_t *)&p->h, on_proc_closed);
	}
	js_pushundefined(J);
}

static void pr_ref(js_State *J)
{
	proc *p = proc_self(J);
	if (p->state == 1)
		uv_ref((uv_handle_t *)&p->h);
	js_pushundefined(J);
}

static void pr_unref(js_State *J)
{
	proc *p = proc_self(J);
	if (p->state == 1)
		uv_unref((uv_handle_t *)&p->h);
	js_pushundefined(J);
}

static void pr_hasRef(js_State *J)
{
	proc *p = proc_self(J);
	js_pushboolean(J, p->state == 1 && uv_has_ref((uv_handle_t *)&p->h));
}

static void pr_create(js_State *J)
{
	proc *p = calloc(1, sizeof *p);
	if (!p)
		js_rangeerror(J, "out of memory");
	p->rt = rt__from(J);
	p->slot = -1;
	js_getregistry(J, PROC_PROTO);
	js_newuserdata(J, PROC_TAG, p, proc_finalize);
}

/* ---- pipes */

static void pipe_create(js_State *J)
{
	rt_runtime *rt = rt__from(J);
	rt_stream *s = rt__stream_push_new(J, PIPE_PROTO);
	int r = uv_pipe_init(&rt->loop, &s->u.pipe, js_toboolean(J, 1));
	if (r)
		rt__throw_uv(J, r, "uv_pipe_init", NULL);
	rt__stream_opened(J, s, -1);
}

static void pipe_bytesRead(js_State *J)
{
	rt_stream *s = js_touserdata(J, 0, RT_STREAM_TAG);
	js_pushnumber(J, (double)s->bytes_read);
}

static void pipe_bytesWritten(js_State *J)
{
	rt_stream *s = js_touserdata(J, 0, RT_STREAM_TAG);
	js_pushnumber(J, (double)s->bytes_written);
}

/* what net.Socket may ask of any handle: nothing to do for a pipe */
static void pipe_noop(js_State *J)
{
	js_pushnumber(J, 0);
}

static void pipe_noname(js_State *J)
{
	js_pushnumber(J, UV_ENOTSUP);
}

/* ---- IPC pipes (fork's channel: a pipe made with create(true), or opened on the
 * inherited NODE_CHANNEL_FD with open(fd)).
 *
 * ipcReadStart() reads like readStart but first hands JS every handle that came with
 * the bytes: onhandle(tcpHandle) per passed socket (a TCP handle accepted from the
 * pipe, as tcp.c makes them), then onread(nread[, buffer]) as usual.
 * writeHandle(string, handle, cb) writes the bytes with the handle's socket attached
 * (uv_write2: SCM_RIGHTS); cb(status) once written, after which the sender may close
 * its copy (the kernel holds the passed descriptor). Returns 0 or a negative code. */

#define TCP_PROTO "rt.tcp.proto"
#define IPC_READ_SIZE 65536

typedef struct ipc_write {
	uv_write_t req;
	rt_stream *s;
	int cbslot;
	int hslot;	/* the passed handle, kept reachable until written */
	size_t len;
	char data[];
} ipc_write;

static void ipc_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf)
{
	char *p = malloc(IPC_READ_SIZE);
	(void)h;
	(void)suggested;
	*buf = uv_buf_init(p, p ? IPC_READ_SIZE : 0);
}

/* Accepts each pending handle of the pipe into a new TCP handle and calls onhandle. */
static void ipc_take_handles(rt_stream *s)
{
	rt_runtime *rt = s->rt;
	js_State *J = rt->J;
	while (uv_pipe_pending_count(&s->u.pipe) > 0) {
		uv_handle_type t = uv_pipe_pending_type(&s->u.pipe);
		rt_stream *c;
		int r;
		if (t != UV_TCP || !J || rt__stream_push_method(s, "onhandle")) {
			/* nobody to take it: accept and drop it so the queue moves on */
			uv_tcp_t *tmp = malloc(sizeof *tmp);
			if (!tmp || uv_tcp_init(&rt->loop, tmp) || uv_accept(&s->u.stream,
				(uv_stream_t *)tmp)) {
				free(tmp);
				return;
			}
			uv_close((uv_handle_t *)tmp, (uv_close_cb)free);
			continue;
		}
		if (js_try(J)) {
			js_pop(J, 3);
			return;
		}
		c = rt__stream_push_new(J, TCP_PROTO);
		js_endtry(J);
		r = uv_tcp_init(&rt->loop, &c->u.tcp);
		if (r == 0)
			r = uv_accept(&s->u.stream, &c->u.stream);
		if (r) {
			js_pop(J, 3);
			return;
		}
		rt__stream_opened(J, c, -1);
		rt__call_io(rt, 1);
		js_pop(J, 1);
		if (s->state != RT_STREAM_OPEN)
			return;
	}
}

static void ipc_read(uv_stream_t *st, ssize_t nread, const uv_buf_t *buf)
{
	rt_stream *s = st->data;
	rt_runtime *rt = s->rt;
	js_State *J = rt->J;
	if (nread > 0)
		ipc_take_handles(s);
	if (nread != 0 && J && s->state == RT_STREAM_OPEN &&
		rt__stream_push_method(s, "onread") == 0) {
		js_pushnumber(J, (double)nread);
		if (nread > 0) {
			s->bytes_read += (uint64_t)nread;
			if (js_try(J)) {
				js_pop(J, 3);
				free(buf->base);
				return;
			}
			memcpy(rt__buffer_push(J, (size_t)nread), buf->base, (size_t)nread);
			js_endtry(J);
			rt__call_io(rt, 2);
		} else {
			rt__call_io(rt, 1);
		}
		js_pop(J, 1);
	}
	free(buf->base);
}

static void ipc_readStart(js_State *J)
{
	rt_stream *s = rt__stream_self(J, 0);
	int r = uv_read_start(&s->u.stream, ipc_alloc, ipc_read);
	js_pushnumber(J, r == UV_EALREADY ? 0 : r);
}

static void ipc_written(uv_write_t *req, int status)
{
	ipc_write *w = req->data;
	rt_runtime *rt = w->s->rt;
	js_State *J = rt->J;
	w->s->write_queue -= w->len;
	rt->pending_reqs--;
	if (w->hslot >= 0 && J)
		rt__slot_free(rt, w->hslot);
	if (w->cbslot >= 0 && J) {
		rt__slot_push(rt, w->cbslot);
		rt__slot_free(rt, w->cbslot);
		js_pushundefined(J);
		js_pushnumber(J, status);
		rt__call_io(rt, 1);
		js_pop(J, 1);
	}
	free(w);
}

/* writeHandle(string, handle|null, cb) */
static void ipc_writeHandle(js_State *J)
{
	rt_stream *s = rt__stream_self(J, 0);
	rt_stream *h = NULL;
	const char *p = js_tostring(J, 1);
	size_t n = strlen(p);
	ipc_write *w;
	uv_buf_t b;
	int r;
	if (!s->u.pipe.ipc)
		js_typeerror(J, "writeHandle: not an IPC pipe");
	if (js_isuserdata(J, 2, RT_STREAM_TAG)) {
		h = rt__stream_self(J, 2);
		if (h->u.handle.type != UV_TCP)
			js_typeerror(J, "writeHandle: only TCP handles can be passed");
	}
	w = malloc(sizeof *w + n);
	if (!w)
		js_rangeerror(J, "out of memory");
	memcpy(w->data, p, n);
	w->s = s;
	w->len = n;
	w->req.data = w;
	w->cbslot = -1;
	w->hslot = -1;
	b = uv_buf_init(w->data, (unsigned)n);
	r = uv_write2(&w->req, &s->u.stream, &b, 1, h ? &h->u.stream : NULL, ipc_written);
	if (r) {
		free(w);
		js_pushnumber(J, r);
		return;
	}
	s->rt->pending_reqs++;
	s->write_queue += n;
	s->bytes_written += n;
	if (h) {
		js_copy(J, 2);
		w->hslot = rt__slot_put(s->rt);
	}
	if (js_iscallable(J, 3)) {
		js_copy(J, 3);
		w->cbslot = rt__slot_put(s->rt);
	}
	js_pushnumber(J, 0);
}

/* ---- pipe servers and clients: net over a path (a Unix domain socket).
 *
 * bind(path), listen(backlog) → onconnection(status[, client]) per incoming connection
 * (client a new open pipe handle; an I/O callback), connect(path, cb) → cb(status)
 * once, as an I/O callback. Each returns 0 or a negative libuv code. */

static void pipe_bind(js_State *J)
{
	rt_stream *s = rt__stream_self(J, 0);
	js_pushnumber(J, uv_pipe_bind(&s->u.pipe, js_tostring(J, 1)));
}

/* A new pipe handle on top of the stack without throwing: NULL (nothing pushed) when
 * out of memory. */
static rt_stream *try_push_pipe(js_State *J)
{
	rt_runtime *rt = rt__from(J);
	rt_stream *c;
	int r;
	if (js_try(J)) {
		js_pop(J, 1);
		return NULL;
	}
	c = rt__stream_push_new(J, PIPE_PROTO);
	js_endtry(J);
	r = uv_pipe_init(&rt->loop, &c->u.pipe, 0);
	if (r) {
		js_pop(J, 1);
		return NULL;
	}
	rt__stream_opened(J, c, -1);
	return c;
}

static void on_pipe_connection(uv_stream_t *server, int status)
{
	rt__stream_accept(server, status, try_push_pipe);
}

static void pipe_listen(js_State *J)
{
	rt_stream *s = rt__stream_self(J, 0);
	js_pushnumber(J, uv_listen(&s->u.stream, js_tointeger(J, 1), on_pipe_connection));
}

static void pipe_connect_(js_State *J)
{
	rt_stream *s = rt__stream_self(J, 0);
	const char *path = js_tostring(J, 1);
	rt_stream_connect *c;
	if (!js_iscallable(J, 2))
		js_typeerror(J, "connect: callback must be a function");
	c = rt__stream_connect_new(J, s);
	js_copy(J, 2);
	c->cbslot = rt__slot_put(s->rt);
	s->rt->pending_reqs++;
	uv_pipe_connect(&c->req, &s->u.pipe, path, rt__stream_on_connect);
	js_pushnumber(J, 0);
}

/* open(fd): the pipe takes an inherited descriptor (the child's end of the channel). */
static void pipe_open(js_State *J)
{
	rt_stream *s = rt__stream_self(J, 0);
	js_pushnumber(J, uv_pipe_open(&s->u.pipe, js_tointeger(J, 1)));
}

/* ---- sync */

typedef struct sync_out {
	uv_pipe_t pipe;
	struct sync_run *run;
	unsigned char *data;
	size_t len, cap;
	int used;
} sync_out;

typedef struct sync_run {
	uv_loop_t loop;
	uv_process_t proc;
	uv_timer_t timer;
	sync_out pipes[MAX_STDIO];
	int npipes;
	uv_write_t write_req;
	uv_shutdown_t shutdown_req;
	uv_buf_t input;
	int64_t status;
	int term_signal;
	int exited;
	int error;
	int kill_signal;
	size_t max_buffer;
	size_t buffered;	/* bytes read from all outputs: maxBuffer bounds their sum */
	int killed;
	char buf[65536];
} sync_run;

/* Kills the child once (a timeout or an output past maxBuffer), as Node's
 * SyncProcessRunner::Kill: the signal goes to a child still running, then our ends of
 * the stdio pipes close and the timer stops, so a child that survives the signal (or a
 * grandchild holding a pipe) gets EPIPE instead of keeping spawnSync waiting. */
static void sync_kill(sync_run *run, int error)
{
	int i;
	if (!run->error)
		run->error = error;
	if (run->killed)
		return;
	run->killed = 1;
	if (!run->exited)
		uv_process_kill(&run->proc, run->kill_signal);
	for (i = 0; i < run->npipes; i++)
		if (run->pipes[i].used && !uv_is_closing((uv_handle_t *)&run->pipes[i].pipe))
			uv_close((uv_handle_t *)&run->pipes[i].pipe, NULL);
	if (!uv_is_closing((uv_handle_t *)&run->timer))
		uv_timer_stop(&run->timer);
}

static void sync_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf)
{
	sync_out *o = h->data;
	(void)suggested;
	*buf = uv_buf_init(o->run->buf, sizeof o->run->buf);
}

static void sync_read(uv_stream_t *st, ssize_t nread, const uv_buf_t *buf)
{
	sync_out *o = st->data;
	if (nread < 0) {
		uv_read_stop(st);
		return;
	}
	if (nread == 0)
		return;
	if (o->len + (size_t)nread > o->cap) {
		size_t cap = o->cap ? o->cap * 2 : 65536;
		unsigned char *d;
		while (cap < o->len + (size_t)nread)
			cap *= 2;
		d = realloc(o->data, cap);
		if (!d) {
			sync_kill(o->run, UV_ENOMEM);
			return;
		}
		o->data = d;
		o->cap = cap;
	}
	memcpy(o->data + o->len, buf->base, (size_t)nread);
	o->len += (size_t)nread;
	o->run->buffered += (size_t)nread;
	if (o->run->max_buffer && o->run->buffered > o->run->max_buffer)
		sync_kill(o->run, UV_ENOBUFS);
}

static void sync_exit(uv_process_t *h, int64_t status, int sig)
{
	sync_run *run = h->data;
	run->exited = 1;
	run->status = status;
	run->term_signal = sig;
	uv_close((uv_handle_t *)h, NULL);
	uv_close((uv_handle_t *)&run->timer, NULL);
}

static void sync_timeout(uv_timer_t *t)
{
	sync_kill(t->data, UV_ETIMEDOUT);
}

static void sync_shutdown(uv_shutdown_t *req, int status)
{
	(void)req;
	(void)status;
}

static void sync_written(uv_write_t *req, int status)
{
	sync_run *run = req->data;
	if (status < 0 || uv_is_closing((uv_handle_t *)&run->pipes[0].pipe))
		return;
	uv_shutdown(&run->shutdown_req, (uv_stream_t *)&run->pipes[0].pipe, sync_shutdown);
}

static void sync_close_all(uv_handle_t *h, void *arg)
{
	(void)arg;
	if (!uv_is_closing(h))
		uv_close(h, NULL);
}

static void pr_spawnSync(js_State *J)
{
	sync_run *run = calloc(1, sizeof *run);
	spawn_opts so;
	double timeout = 0;
	int r, i;
	size_t in_len = 0;
	unsigned char *in;

	if (!run)
		js_rangeerror(J, "out of memory");
	memset(&so, 0, sizeof so);
	if (js_try(J)) {
		opts_free(&so);
		free(run);
		js_throw(J);
	}
	opts_read(J, 1, &so, NULL);
	js_getproperty(J, 1, "timeout");
	timeout = js_isnumber(J, -1) ? js_tonumber(J, -1) : 0;
	js_pop(J, 1);
	js_getproperty(J, 1, "maxBuffer");
	run->max_buffer = js_isnumber(J, -1) && js_tonumber(J, -1) > 0 &&
		js_tonumber(J, -1) < 1e15 ? (size_t)js_tonumber(J, -1) : 0;
	js_pop(J, 1);
	js_getproperty(J, 1, "killSignal");
	run->kill_signal = js_isnumber(J, -1) ? js_tointeger(J, -1) : SIGTERM;
	js_pop(J, 1);
	js_getproperty(J, 1, "input");
	in = js_isobject(J, -1) ? rt__buffer_data(J, -1, &in_len) : NULL;
	if (in && in_len) {
		run->input.base = malloc(in_len);
		if (!run->input.base)
			js_rangeerror(J, "out of memory");
		memcpy(run->input.base, in, in_len);
		run->input.len = in_len;
	}
	js_pop(J, 1);
	js_endtry(J);

	uv_loop_init(&run->loop);
	run->npipes = so.o.stdio_count;
	for (i = 0; i < run->npipes; i++) {
		if (!(so.stdio[i].flags & UV_CREATE_PIPE))
			continue;
		uv_pipe_init(&run->loop, &run->pipes[i].pipe, 0);
		run->pipes[i].pipe.data = &run->pipes[i];
		run->pipes[i].run = run;
		run->pipes[i].used = 1;
		so.stdio[i].data.stream = (uv_stream_t *)&run->pipes[i].pipe;
	}
	so.o.exit_cb = sync_exit;
	run->proc.data = run;
	r = uv_spawn(&run->loop, &run->proc, &so.o);
	opts_free(&so);
	if (r == 0) {
		for (i = 0; i < run->npipes; i++) {
			if (!run->pipes[i].used)
				continue;
			if (i == 0) {
				if (run->input.len) {
					run->write_req.data = run;
					uv_write(&run->write_req, (uv_stream_t *)&run->pipes[0].pipe,
						&run->input, 1, sync_written);
				} else {
					uv_close((uv_handle_t *)&run->pipes[0].pipe, NULL);
				}
			} else {
				uv_read_start((uv_stream_t *)&run->pipes[i].pipe, sync_alloc,
					sync_read);
			}
		}
		uv_timer_init(&run->loop, &run->timer);
		run->timer.data = run;
		if (timeout > 0)
			uv_timer_start(&run->timer, sync_timeout, (uint64_t)timeout, 0);
		uv_run(&run->loop, UV_RUN_DEFAULT);
	} else {
		run->error = r;
	}
	uv_walk(&run->loop, sync_close_all, NULL);
	uv_run(&run->loop, UV_RUN_DEFAULT);
	uv_loop_close(&run->loop);

	js_newobject(J);
	if (r == 0) {
		js_pushnumber(J, run->proc.pid);
		js_setproperty(J, -2, "pid");
	} else {
		rt__setnum(J, "pid", 0);
	}
	rt__setnum(J, "status", (double)run->status);
	rt__setnum(J, "signal", run->term_signal);
	rt__setnum(J, "error", run->error);
	js_newarray(J);
	js_pushnull(J);
	js_setindex(J, -2, 0);
	for (i = 1; i < (run->npipes > 1 ? run->npipes : 1); i++) {
		if (run->pipes[i].used && r == 0)
			memcpy(rt__buffer_push(J, run->pipes[i].len), run->pipes[i].data ?
				(void *)run->pipes[i].data : (void *)"", run->pipes[i].len);
		else
			js_pushnull(J);
		js_setindex(J, -2, i);
	}
	js_setproperty(J, -2, "output");
	for (i = 0; i < MAX_STDIO; i++)
		free(run->pipes[i].data);
	free(run->input.base);
	free(run);
}

/* recordChild(): the real environment's LEAKSCOPE_RECORD_CHILD (set by a recording
 * CLI, cli/record.c, after process.env was made), or undefined. */
static void pr_recordChild(js_State *J)
{
	const char *v = getenv("LEAKSCOPE_RECORD_CHILD");
	if (v)
		js_pushstring(J, v);
	else
		js_pushundefined(J);
}

static void pr_errname(js_State *J)
{
	js_pushstring(J, uv_err_name(js_tointeger(J, 1)));
}

/* Adds binding.process and binding.pipe to the binding object on top of the stack. */
void rt__process_wrap_init(rt_runtime *rt)
{
	js_State *J = rt->J;
	js_newobject(J);
	rt__setfn(J, "spawn", pr_spawn, 1);
	rt__setfn(J, "pid", pr_pid, 0);
	rt__setfn(J, "kill", pr_kill, 1);
	rt__setfn(J, "close", pr_close, 0);
	rt__setfn(J, "ref", pr_ref, 0);
	rt__setfn(J, "unref", pr_unref, 0);
	rt__setfn(J, "hasRef", pr_hasRef, 0);
	js_setregistry(J, PROC_PROTO);

	js_newobject(J);
	rt__stream_methods(J);
	rt__setfn(J, "bytesRead", pipe_bytesRead, 0);
	rt__setfn(J, "bytesWritten", pipe_bytesWritten, 0);
	rt__setfn(J, "setNoDelay", pipe_noop, 1);
	rt__setfn(J, "setKeepAlive", pipe_noop, 2);
	rt__setfn(J, "getsockname", pipe_noname, 1);
	rt__setfn(J, "getpeername", pipe_noname, 1);
	rt__setfn(J, "open", pipe_open, 1);
	rt__setfn(J, "bind", pipe_bind, 1);
	rt__setfn(J, "listen", pipe_listen, 1);
	rt__setfn(J, "connect", pipe_connect_, 2);
	rt__setfn(J, "ipcReadStart", ipc_readStart, 0);
	rt__setfn(J, "writeHandle", ipc_writeHandle, 3);
	js_setregistry(J, PIPE_PROTO);

	js_newobject(J);
	rt__setfn(J, "create", pr_create, 0);
	rt__setfn(J, "spawnSync", pr_spawnSync, 1);
	rt__setfn(J, "errname", pr_errname, 1);
	rt__setfn(J, "recordChild", pr_recordChild, 0);
	rt__setnum(J, "ESRCH", UV_ESRCH);
	js_setproperty(J, -2, "process");

	js_newobject(J);
	rt__setfn(J, "create", pipe_create, 1);
	rt__setfn(J, "errInfo", rt__stream_errinfo, 1);
	js_setproperty(J, -2, "pipe");
}
