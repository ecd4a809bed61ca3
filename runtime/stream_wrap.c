/* stream_wrap.c — libuv stream handles (uv_stream_t: TCP now, pipes and IPC later) as JS
 * objects, the layer under net.Socket (Node's StreamBase/HandleWrap).
 *
 * A handle is a userdata (tag RT_STREAM_TAG) whose prototype the kind's file makes
 * (tcp.c) with rt__stream_methods() plus its own methods. Its C state (rt_stream) lives
 * as long as libuv or JS needs it: while the handle is open, the JS object is held in a
 * slot, so it cannot be collected; once uv_close has called back, the slot goes and the
 * struct is freed by whichever comes last, the close callback or the finalizer (the
 * runtime frees the JS state before it closes the loop, so a finalizer can meet a handle
 * that is still open: it closes it, and the close callback frees it without JS).
 *
 * JS is called back through properties of the handle object, as in Node:
 *   onread(nread[, buffer])   nread > 0 with a Buffer of the bytes, or a negative libuv
 *                             code (UV_EOF at the end); an I/O callback (poll phase);
 *                             not called for what a C consumer (rt_stream_consumer, set
 *                             by http_parser.c's consume()) takes;
 *   cb(status)                of write/shutdown/connect, once, as an I/O callback
 *                             (write's and shutdown's with the handle as `this` while
 *                             it is open);
 *   cb()                      of close, in the close phase.
 * Methods return 0 or a negative libuv code (JS turns it into Node's error); write and
 * writev return 0 when every byte went out at once (the callback is not called: Node's
 * req.async false), 1 when the rest is queued (the callback comes), 2 when a string
 * holds U+0000 or a lone surrogate (mujs keeps those as non-UTF-8 bytes: JS passes
 * Buffer.from(string) instead; nothing was written).
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

#define READ_SIZE 65536

/* Each read gets its own buffer (malloc'd in on_alloc, freed in on_read): no static or
 * thread-local buffer, whose 64 KiB would be carved out of every thread's stack (glibc
 * places static TLS there: a small-stacked helper thread could not even start). */

typedef struct sw_write {
	uv_write_t req;
	rt_stream *s;
	int cbslot;
	size_t len;
	char data[];
} sw_write;

typedef struct sw_shutdown {
	uv_shutdown_t req;
	rt_stream *s;
	int cbslot;
} sw_shutdown;

static void sw_finalize(js_State *J, void *p)
{
	rt_stream *s = p;
	(void)J;
	s->orphan = 1;
	if (s->state == RT_STREAM_CLOSED || s->state == RT_STREAM_NEW)
		free(s);
	else if (s->state == RT_STREAM_OPEN) {
		s->state = RT_STREAM_CLOSING;
		uv_close(&s->u.handle, rt__stream_on_close);
	}
	/* CLOSING: the close callback frees it */
}

rt_stream *rt__stream_push_new(js_State *J, const char *proto_key)
{
	rt_stream *s = calloc(1, sizeof *s);
	if (!s)
		js_rangeerror(J, "out of memory");
	s->rt = rt__from(J);
	s->slot = -1;
	s->close_slot = -1;
	s->state = RT_STREAM_NEW;
	js_getregistry(J, proto_key);
	js_newuserdata(J, RT_STREAM_TAG, s, sw_finalize);
	s->u.handle.data = s;
	return s;
}

void rt__stream_opened(js_State *J, rt_stream *s, int idx)
{
	s->state = RT_STREAM_OPEN;
	s->u.handle.data = s;
	js_copy(J, idx);
	s->slot = rt__slot_put(s->rt);
}

rt_stream *rt__stream_self(js_State *J, int idx)
{
	rt_stream *s = js_touserdata(J, idx, RT_STREAM_TAG);
	if (s->state != RT_STREAM_OPEN)
		js_error(J, "stream handle is closed");
	return s;
}

/* Pushes onto the stack the handle's method `name` and the handle as `this`;
 * returns 0, or -1 (pushing nothing) when the JS side is gone or has no such method. */
int rt__stream_push_method(rt_stream *s, const char *name)
{
	js_State *J = s->rt->J;
	if (!J || s->slot < 0)
		return -1;
	rt__slot_push(s->rt, s->slot);
	js_getproperty(J, -1, name);
	if (!js_iscallable(J, -1)) {
		js_pop(J, 2);
		return -1;
	}
	js_rot2(J);	/* method handle */
	return 0;
}

/* A listening handle's connection callback (tcp.c's and process_wrap.c's pipes): accepts
 * the client onto a new handle pushed by try_push (NULL, nothing pushed, when out of
 * memory) and calls the server's onconnection(status, client), or onconnection(status)
 * when there is no client. */
void rt__stream_accept(uv_stream_t *server, int status, rt_stream *(*try_push)(js_State *J))
{
	rt_stream *s = server->data;
	rt_runtime *rt = s->rt;
	js_State *J = rt->J;
	rt_stream *c;
	if (!J || rt__stream_push_method(s, "onconnection"))
		return;
	if (status == 0) {
		c = try_push(J);
		if (!c) {
			status = UV_ENOMEM;
		} else if ((status = uv_accept(server, &c->u.stream)) != 0) {
			c->state = RT_STREAM_CLOSING;
			uv_close(&c->u.handle, rt__stream_on_close);
			js_pop(J, 1);
		} else {
			js_pushnumber(J, 0);
			js_rot2(J);	/* status client */
			rt__call_io(rt, 2);
			js_pop(J, 1);
			return;
		}
	}
	js_pushnumber(J, status);
	rt__call_io(rt, 1);
	js_pop(J, 1);
}

rt_stream_connect *rt__stream_connect_new(js_State *J, rt_stream *s)
{
	rt_stream_connect *c = calloc(1, sizeof *c);
	if (!c)
		js_rangeerror(J, "out of memory");
	c->s = s;
	c->req.data = c;
	return c;
}

/* Calls the JS callback held in slot with (status) as an I/O callback, then frees it;
 * `this` is the handle object while the handle is open, else undefined. */
static void call_status(rt_stream *s, int slot, int status)
{
	rt_runtime *rt = s->rt;
	js_State *J = rt->J;
	if (!J)
		return;
	rt__slot_push(rt, slot);
	rt__slot_free(rt, slot);
	if (s->slot >= 0)
		rt__slot_push(rt, s->slot);
	else
		js_pushundefined(J);
	js_pushnumber(J, status);
	rt__call_io(rt, 1);
	js_pop(J, 1);
}

void rt__stream_on_connect(uv_connect_t *req, int status)
{
	rt_stream_connect *c = req->data;
	c->s->rt->pending_reqs--;
	call_status(c->s, c->cbslot, status);
	free(c);
}

/* ---- reading */

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf)
{
	char *p = malloc(READ_SIZE);
	(void)h;
	(void)suggested;
	*buf = uv_buf_init(p, p ? READ_SIZE : 0);	/* 0 bytes: libuv reports UV_ENOBUFS */
}

/* Hands nread bytes of data (or the error nread < 0) to the handle's JS onread. */
static void deliver(rt_stream *s, ssize_t nread, const char *data)
{
	rt_runtime *rt = s->rt;
	js_State *J = rt->J;
	if (nread > 0)
		s->bytes_read += (uint64_t)nread;
	if (s->consumer && s->consumer->read(s, s->consumer_data, nread, data))
		return;
	if (rt__stream_push_method(s, "onread"))
		return;
	js_pushnumber(J, (double)nread);
	if (nread > 0) {
		if (js_try(J)) {
			js_pop(J, 4);
			return;
		}
		memcpy(rt__buffer_push(J, (size_t)nread), data, (size_t)nread);
		js_endtry(J);
		rt__call_io(rt, 2);
	} else {
		rt__call_io(rt, 1);
	}
	js_pop(J, 1);
}

static void on_read(uv_stream_t *st, ssize_t nread, const uv_buf_t *buf)
{
	if (nread != 0)
		deliver(st->data, nread, buf->base);
	free(buf->base);
}

static void s_readStart(js_State *J)
{
	rt_stream *s = rt__stream_self(J, 0);
	int r = uv_read_start(&s->u.stream, on_alloc, on_read);
	js_pushnumber(J, r == UV_EALREADY ? 0 : r);
}

static void s_readStop(js_State *J)
{
	rt_stream *s = rt__stream_self(J, 0);
	js_pushnumber(J, uv_read_stop(&s->u.stream));
}

/* ---- writing */

/* Does this mujs string hold U+0000 (kept as C0 80) or a lone surrogate (ED A0..BF)?
 * Then its bytes are not the UTF-8 Node would write. */
static int needs_encoding(const char *p, size_t n)
{
	const char *q;
	if (memchr(p, 0xC0, n))
		return 1;
	for (q = p; (q = memchr(q, 0xED, n - (size_t)(q - p))) != NULL; q++)
		if ((size_t)(q - p) + 1 < n && ((unsigned char)q[1] & 0xE0) == 0xA0)
			return 1;
	return 0;
}

/* The bytes of a Buffer or (UTF-8) string at idx; NULL when a string needs encoding. */
static const char *chunk_bytes(js_State *J, int idx, size_t *n)
{
	const char *p = (const char *)rt__buffer_data(J, idx, n);
	if (p)
		return p;
	p = js_tostring(J, idx);
	*n = strlen(p);
	return needs_encoding(p, *n) ? NULL : p;
}

static void on_write(uv_write_t *req, int status)
{
	sw_write *w = req->data;
	rt_stream *s = w->s;
	rt_runtime *rt = s->rt;
	s->write_queue -= w->len;
	rt->pending_reqs--;
	if (w->cbslot >= 0)
		call_status(s, w->cbslot, status);
	free(w);
}

/* Sends the n bytes gathered by the caller in bufs: tries them at once when nothing is
 * queued, queues the rest (copied) with cb (stack index cbidx) to call when written. */
static int write_bufs(js_State *J, rt_stream *s, uv_buf_t *bufs, int nbufs, int cbidx)
{
	size_t total = 0, done = 0, off;
	sw_write *w;
	int i, r;
	for (i = 0; i < nbufs; i++)
		total += bufs[i].len;
	if (s->write_queue == 0 && total > 0) {
		r = uv_try_write(&s->u.stream, bufs, (unsigned)nbufs);
		if (r >= 0)
			done = (size_t)r;
		else if (r != UV_EAGAIN && r != UV_ENOSYS)
			return r;
	}
	s->bytes_written += done;
	if (done == total)
		return 0;
	w = malloc(sizeof *w + (total - done));
	if (!w)
		return UV_ENOMEM;
	off = 0;
	for (i = 0; i < nbufs; i++) {
		size_t len = bufs[i].len;
		const char *b = bufs[i].base;
		if (done >= len) {
			done -= len;
			continue;
		}
		memcpy(w->data + off, b + done, len - done);
		off += len - done;
		done = 0;
	}
	w->s = s;
	w->len = off;
	w->req.data = w;
	{
		uv_buf_t one = uv_buf_init(w->data, (unsigned)off);
		r = uv_write(&w->req, &s->u.stream, &one, 1, on_write);
	}
	if (r) {
		free(w);
		return r;
	}
	s->bytes_written += off;
	s->write_queue += off;
	s->rt->pending_reqs++;
	w->cbslot = -1;
	if (js_iscallable(J, cbidx)) {
		js_copy(J, cbidx);
		w->cbslot = rt__slot_put(s->rt);
	}
	return 1;
}

/* write(chunk, cb): chunk a Buffer or a string (written as UTF-8). */
static void s_write(js_State *J)
{
	rt_stream *s = rt__stream_self(J, 0);
	uv_buf_t b;
	size_t n;
	const char *p = chunk_bytes(J, 1, &n);
	if (!p) {
		js_pushnumber(J, 2);
		return;
	}
	b = uv_buf_init((char *)p, (unsigned)n);
	js_pushnumber(J, write_bufs(J, s, &b, 1, 2));
}

/* writev(chunks, cb): every Buffer or UTF-8 string of the array, in one write. */
static void s_writev(js_State *J)
{
	rt_stream *s = rt__stream_self(J, 0);
	uv_buf_t stackbufs[16], *bufs = stackbufs;
	int i, n = js_getlength(J, 1), r;
	if (n > 16) {
		bufs = malloc(sizeof *bufs * (size_t)n);
		if (!bufs)
			js_rangeerror(J, "out of memory");
	}
	/* the chunks stay on the stack (reachable) until the bytes are copied or sent */
	for (i = 0; i < n; i++) {
		size_t len;
		const char *p;
		js_getindex(J, 1, i);
		p = chunk_bytes(J, -1, &len);
		if (!p) {
			if (bufs != stackbufs)
				free(bufs);
			js_pushnumber(J, 2);
			return;
		}
		bufs[i] = uv_buf_init((char *)p, (unsigned)len);
	}
	r = write_bufs(J, s, bufs, n, 2);
	if (bufs != stackbufs)
		free(bufs);
	js_pushnumber(J, r);
}

static void on_shutdown(uv_shutdown_t *req, int status)
{
	sw_shutdown *q = req->data;
	q->s->rt->pending_reqs--;
	call_status(q->s, q->cbslot, status);
	free(q);
}

/* shutdown(cb): end the writing side once queued writes are out; cb(status). */
static void s_shutdown(js_State *J)
{
	rt_stream *s = rt__stream_self(J, 0);
	sw_shutdown *q;
	int r;
	if (!js_iscallable(J, 1))
		js_typeerror(J, "shutdown: callback must be a function");
	q = calloc(1, sizeof *q);
	if (!q)
		js_rangeerror(J, "out of memory");
	q->s = s;
	q->req.data = q;
	r = uv_shutdown(&q->req, &s->u.stream, on_shutdown);
	if (r) {
		free(q);
		js_pushnumber(J, r);
		return;
	}
	s->rt->pending_reqs++;
	js_copy(J, 1);
	q->cbslot = rt__slot_put(s->rt);
	js_pushnumber(J, 0);
}

/* ---- closing */

/* Close callbacks run in libuv's closing-handles step after check: Node's close phase.
 * It belongs to the iteration whose check phase just ran. */
void rt__stream_on_close(uv_handle_t *h)
{
	rt_stream *s = h->data;
	rt_runtime *rt = s->rt;
	js_State *J = rt->J;
	s->state = RT_STREAM_CLOSED;
	if (s->consumer)
		s->consumer->detach(s, s->consumer_data);
	if (J && s->slot >= 0) {
		if (s->close_slot >= 0) {
			int open = rt->iter_open;
			rt_phase saved = rt->phase;
			rt__slot_push(rt, s->close_slot);
			rt__slot_free(rt, s->close_slot);
			s->close_slot = -1;
			js_pushundefined(J);
			rt->iter_open = 1;
			rt__phase_enter(rt, RT_PHASE_CLOSE);
			rt__call_hook(rt, 0, RT_CB_CLOSE);
			rt__phase_leave(rt, RT_PHASE_CLOSE);
			rt->iter_open = open;
			rt->phase = saved;
			js_pop(J, 1);
		}
		rt__slot_free(rt, s->slot);
		s->slot = -1;
	}
	if (s->orphan)
		free(s);
}

/* close([cb]): cb() once the handle is closed. Closing twice does nothing. */
static void s_close(js_State *J)
{
	rt_stream *s = js_touserdata(J, 0, RT_STREAM_TAG);
	if (s->state == RT_STREAM_OPEN) {
		if (js_iscallable(J, 1)) {
			js_copy(J, 1);
			s->close_slot = rt__slot_put(s->rt);
		}
		s->state = RT_STREAM_CLOSING;
		uv_close(&s->u.handle, rt__stream_on_close);
	}
	js_pushundefined(J);
}

static void s_ref(js_State *J)
{
	rt_stream *s = js_touserdata(J, 0, RT_STREAM_TAG);
	if (s->state == RT_STREAM_OPEN)
		uv_ref(&s->u.handle);
	js_pushundefined(J);
}

static void s_unref(js_State *J)
{
	rt_stream *s = js_touserdata(J, 0, RT_STREAM_TAG);
	if (s->state == RT_STREAM_OPEN)
		uv_unref(&s->u.handle);
	js_pushundefined(J);
}

static void s_hasRef(js_State *J)
{
	rt_stream *s = js_touserdata(J, 0, RT_STREAM_TAG);
	js_pushboolean(J, s->state == RT_STREAM_OPEN && uv_has_ref(&s->u.handle));
}

/* writeQueueSize(): bytes accepted but not yet handed to the kernel. */
static void s_writeQueueSize(js_State *J)
{
	rt_stream *s = js_touserdata(J, 0, RT_STREAM_TAG);
	js_pushnumber(J, (double)s->write_queue);
}

static void s_fd(js_State *J)
{
	rt_stream *s = js_touserdata(J, 0, RT_STREAM_TAG);
	uv_os_fd_t fd = -1;
	if (s->state != RT_STREAM_OPEN || uv_fileno(&s->u.handle, &fd))
		fd = -1;
	js_pushnumber(J, fd);
}

void rt__stream_methods(js_State *J)
{
	rt__setfn(J, "readStart", s_readStart, 0);
	rt__setfn(J, "readStop", s_readStop, 0);
	rt__setfn(J, "write", s_write, 2);
	rt__setfn(J, "writev", s_writev, 2);
	rt__setfn(J, "shutdown", s_shutdown, 1);
	rt__setfn(J, "close", s_close, 1);
	rt__setfn(J, "ref", s_ref, 0);
	rt__setfn(J, "unref", s_unref, 0);
	rt__setfn(J, "hasRef", s_hasRef, 0);
	rt__setfn(J, "writeQueueSize", s_writeQueueSize, 0);
	rt__setfn(J, "fd", s_fd, 0);
}

/* errInfo(code) → [name, message], e.g. ['ECONNREFUSED', 'connection refused']. */
void rt__stream_errinfo(js_State *J)
{
	int err = js_tointeger(J, 1);
	js_newarray(J);
	js_pushstring(J, uv_err_name(err));
	js_setindex(J, -2, 0);
	js_pushstring(J, uv_strerror(err));
	js_setindex(J, -2, 1);
}
