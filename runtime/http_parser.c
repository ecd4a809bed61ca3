/* http_parser.c — binding.http: HTTP/1.x message parsing for lib/_http_common.js on the
 * system's http-parser (Debian's libhttp-parser, 2.9).
 *
 * binding.http.create(kind) (kind 0 request, 1 response) makes a parser object; its
 * methods:
 *   execute(buffer) → bytes parsed, or an Error (code 'HPE_…', bytesParsed) when the
 *                     input is not HTTP; calls the parser object's callbacks as the
 *                     message goes by (synchronously, inside execute):
 *     onHeadersComplete(major, minor, headers, method, url, statusCode, statusMessage,
 *                       upgrade, shouldKeepAlive, headersObject) → true to skip the
 *                       body (a response to HEAD), 2 to skip it and stop there as
 *                       at an upgrade (a response to CONNECT); headers a flat
 *                       [name, value, name, value...] array as received (names not
 *                       lower-cased);
 *                       headersObject the same fields as IncomingMessage.headers
 *                       without joinDuplicateHeaders (names lower-cased, Node's
 *                       duplicate rules), or undefined when a name is not ASCII;
 *     onBody(buffer)    a piece of the (de-chunked) body;
 *     onMessageComplete([trailers]) trailers: a flat array as headers, when the
 *                       chunked body ended with a trailer section
 *   finish()          the input ended (EOF): completes a message delimited by it, or
 *                     returns the Error for one cut short; else 0.
 *   reinitialize(kind), pause(on)
 *   consume(handle), unconsume(): parse a stream handle's reads in C (see below)
 *   messageAge(), headersDone(): how long the message being received has taken
 * A callback that throws stops the parser; execute rethrows its exception once
 * http-parser has returned (no longjmp through the library). Header names, values, the
 * URL and the status text may arrive in pieces across execute calls: they are gathered
 * in C until the headers are complete.
 */
#include "internal.h"

#include <http_parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TAG "HTTPParser"
#define REG_PROTO "rt.http.proto"

typedef struct hp_buf {
	char *p;
	size_t len, cap;
} hp_buf;

typedef struct hp {
	http_parser parser;
	js_State *J;
	int self;		/* stack index of the parser object during execute */
	int threw;		/* a JS callback threw: its exception is on the stack */
	int skip_body;
	hp_buf url, status;
	hp_buf fields;		/* names and values, each NUL-terminated */
	int nfields;		/* names + values so far */
	int last_was_value;
	int called;		/* a JS callback ran during this execute */
	uint64_t msg_start;	/* uv_now when the message began, 0 between messages */
	int headers_done;
	rt_stream *stream;	/* the stream consumed (consume()), or NULL */
	int slot, stream_slot;	/* the parser and handle objects, held while consuming */
	const char *in;		/* the read being parsed by a consumed execute */
	size_t in_len;
} hp;

static int buf_add(hp_buf *b, const char *p, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 256;
		char *q;
		while (cap < b->len + n + 1)
			cap *= 2;
		q = realloc(b->p, cap);
		if (!q)
			return -1;
		b->p = q;
		b->cap = cap;
	}
	memcpy(b->p + b->len, p, n);
	b->len += n;
	b->p[b->len] = 0;
	return 0;
}

static void reset_message(hp *h)
{
	h->url.len = h->status.len = h->fields.len = 0;
	h->nfields = 0;
	h->last_was_value = 0;
	h->skip_body = 0;
}

static int on_message_begin(http_parser *p)
{
	hp *h = p->data;
	reset_message(h);
	h->msg_start = uv_now(&rt__from(h->J)->loop);
	if (h->msg_start == 0)
		h->msg_start = 1;
	h->headers_done = 0;
	return 0;
}

static int on_url(http_parser *p, const char *at, size_t n)
{
	hp *h = p->data;
	return buf_add(&h->url, at, n);
}

static int on_status(http_parser *p, const char *at, size_t n)
{
	hp *h = p->data;
	return buf_add(&h->status, at, n);
}

/* A name or value piece: a new entry starts when the kind changes (the NUL ending the
 * previous one is kept in the buffer). */
static int on_header_piece(hp *h, const char *at, size_t n, int is_value)
{
	if (h->nfields == 0 || h->last_was_value != is_value) {
		if (h->nfields > 0)
			h->fields.len++;	/* keep the NUL */
		h->nfields++;
		h->last_was_value = is_value;
		if (buf_add(&h->fields, "", 0))
			return -1;
	}
	return buf_add(&h->fields, at, n);
}

static int on_header_field(http_parser *p, const char *at, size_t n)
{
	return on_header_piece(p->data, at, n, 0);
}

static int on_header_value(http_parser *p, const char *at, size_t n)
{
	return on_header_piece(p->data, at, n, 1);
}

/* Pushes the parser object's callback `name` and the parser as `this`; 0, or -1 when it
 * has none (nothing pushed). */
static int push_cb(hp *h, const char *name)
{
	js_State *J = h->J;
	js_getproperty(J, h->self, name);
	if (!js_iscallable(J, -1)) {
		js_pop(J, 1);
		return -1;
	}
	js_copy(J, h->self);
	h->called = 1;
	return 0;
}

/* Calls what push_cb pushed with nargs arguments; on an exception, keeps it on the
 * stack for execute to rethrow and returns -1 (http-parser then stops). The result is
 * left on the stack otherwise. */
static int call_cb(hp *h, int nargs)
{
	if (js_pcall(h->J, nargs)) {
		h->threw = 1;
		return -1;
	}
	return 0;
}

/* The fields that keep their first value when repeated (sorted). */
static const char *const single_fields[] = {
	"age", "authorization", "content-length", "content-type", "etag", "expires", "from",
	"host", "if-modified-since", "if-unmodified-since", "last-modified", "location",
	"max-forwards", "proxy-authorization", "referer", "retry-after", "server", "user-agent"
};

static int is_single(const char *name)
{
	size_t lo = 0, hi = sizeof single_fields / sizeof single_fields[0];
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(name, single_fields[mid]);
		if (c == 0)
			return 1;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

/* Lower-cases the names in h->fields in place (after they went into rawHeaders); 0, or
 * -1 (nothing changed) when a name is not ASCII: toLowerCase in JS decides those. */
static int lower_names(hp *h)
{
	char *f = h->fields.p, *q;
	int i;
	for (i = 0, q = f; i < h->nfields; i += 2) {
		for (; *q; q++)
			if ((unsigned char)*q >= 0x80)
				return -1;
		q++;	/* its value */
		if (i + 1 < h->nfields)
			q += strlen(q) + 1;
	}
	for (i = 0, q = f; i < h->nfields; i += 2) {
		for (; *q; q++)
			if (*q >= 'A' && *q <= 'Z')
				*q += 'a' - 'A';
		q++;
		if (i + 1 < h->nfields)
			q += strlen(q) + 1;
	}
	return 0;
}

/* Pushes the head's fields as IncomingMessage.headers (lib/_http_incoming.js
 * _addHeaderLine without joinDuplicateHeaders, the same steps on the same object):
 * names lower-cased, set-cookie collects an array, cookie joins with "; ", the single
 * fields keep their first value, any other repeated field joins with ", ". Pushes
 * undefined when a name is not ASCII. Can throw (a setter on Object.prototype). */
static void push_headers_object(js_State *J, hp *h)
{
	const char *f = h->fields.p, *name, *value;
	int i;
	if (h->nfields && lower_names(h)) {
		js_pushundefined(J);
		return;
	}
	js_newobject(J);
	for (i = 0; i < h->nfields; i += 2) {
		name = f;
		f += strlen(f) + 1;
		value = "";
		if (i + 1 < h->nfields) {
			value = f;
			f += strlen(f) + 1;
		}
		js_getproperty(J, -1, name);
		if (!strcmp(name, "set-cookie")) {
			if (js_isundefined(J, -1)) {
				js_pop(J, 1);
				js_newarray(J);
				js_pushstring(J, value);
				js_setindex(J, -2, 0);
				js_setproperty(J, -2, name);
			} else {
				/* dest['set-cookie'].push(value) */
				js_getproperty(J, -1, "push");
				js_rot2(J);
				js_pushstring(J, value);
				js_call(J, 1);
				js_pop(J, 1);
			}
		} else if (is_single(name)) {
			if (js_isundefined(J, -1)) {
				js_pop(J, 1);
				js_pushstring(J, value);
				js_setproperty(J, -2, name);
			} else {
				js_pop(J, 1);
			}
		} else if (js_isstring(J, -1)) {
			js_pushstring(J, strcmp(name, "cookie") ? ", " : "; ");
			js_concat(J);
			js_pushstring(J, value);
			js_concat(J);
			js_setproperty(J, -2, name);
		} else {
			js_pop(J, 1);
			js_pushstring(J, value);
			js_setproperty(J, -2, name);
		}
	}
}

static int on_headers_complete(http_parser *p)
{
	hp *h = p->data;
	js_State *J = h->J;
	const char *f = h->fields.p;
	int i, n = h->nfields, upgrade;
	h->headers_done = 1;
	if (push_cb(h, "onHeadersComplete"))
		return 0;
	js_pushnumber(J, p->http_major);
	js_pushnumber(J, p->http_minor);
	js_newarray(J);
	if (n % 2)
		n++;	/* a name without a value: its value is empty */
	for (i = 0; i < n; i++) {
		if (f && i < h->nfields) {
			js_pushstring(J, f);
			f += strlen(f) + 1;
		} else {
			js_pushliteral(J, "");
		}
		js_setindex(J, -2, i);
	}
	if (p->type == HTTP_REQUEST) {
		js_pushstring(J, http_method_str((enum http_method)p->method));
		js_pushstring(J, h->url.len ? h->url.p : "");
		js_pushundefined(J);
		js_pushundefined(J);
	} else {
		js_pushundefined(J);
		js_pushundefined(J);
		js_pushnumber(J, p->status_code);
		js_pushstring(J, h->status.len ? h->status.p : "");
	}
	js_pushboolean(J, p->upgrade);
	js_pushboolean(J, http_should_keep_alive(p));
	if (js_try(J)) {
		h->threw = 1;
		return -1;
	}
	push_headers_object(J, h);
	js_endtry(J);
	/* what comes next in h->fields is the trailer section of a chunked body */
	h->fields.len = 0;
	h->nfields = 0;
	h->last_was_value = 0;
	if (call_cb(h, 10))
		return -1;
	/* 2: skip the body and treat the message as an upgrade (http-parser's own
	 * convention; the response to a CONNECT) */
	upgrade = js_isnumber(J, -1) && js_tonumber(J, -1) == 2;
	h->skip_body = js_toboolean(J, -1);
	js_pop(J, 1);
	return upgrade ? 2 : h->skip_body ? 1 : 0;
}

static int on_body(http_parser *p, const char *at, size_t n)
{
	hp *h = p->data;
	js_State *J = h->J;
	if (push_cb(h, "onBody"))
		return 0;
	if (js_try(J)) {
		h->threw = 1;
		return -1;
	}
	memcpy(rt__buffer_push(J, n), at, n);
	js_endtry(J);
	if (call_cb(h, 1))
		return -1;
	js_pop(J, 1);
	return 0;
}

/* onMessageComplete([trailers]): trailers, when the chunked body ended with a trailer
 * section, as a flat [name, value...] array as received (Node's kOnHeaders before
 * kOnMessageComplete). */
static void push_fields(js_State *J, hp *h)
{
	const char *f = h->fields.p;
	int i, n = h->nfields + h->nfields % 2;	/* a last name's value is empty */
	js_newarray(J);
	for (i = 0; i < n; i++) {
		if (i < h->nfields) {
			js_pushstring(J, f);
			f += strlen(f) + 1;
		} else {
			js_pushliteral(J, "");
		}
		js_setindex(J, -2, i);
	}
}

static int on_message_complete(http_parser *p)
{
	hp *h = p->data;
	js_State *J = h->J;
	h->msg_start = 0;
	if (push_cb(h, "onMessageComplete"))
		return 0;
	if (h->headers_done && h->nfields > 0) {
		if (js_try(J)) {
			h->threw = 1;
			return -1;
		}
		push_fields(J, h);
		js_endtry(J);
		h->fields.len = 0;
		h->nfields = 0;
		if (call_cb(h, 1))
			return -1;
	} else if (call_cb(h, 0)) {
		return -1;
	}
	js_pop(J, 1);
	return 0;
}

static const http_parser_settings settings = {
	.on_message_begin = on_message_begin,
	.on_url = on_url,
	.on_status = on_status,
	.on_header_field = on_header_field,
	.on_header_value = on_header_value,
	.on_headers_complete = on_headers_complete,
	.on_body = on_body,
	.on_message_complete = on_message_complete,
};

static void hp_finalize(js_State *J, void *p)
{
	hp *h = p;
	(void)J;
	if (h->stream)	/* the runtime is ending: finalizers run in any order */
		h->stream->consumer = NULL;
	free(h->url.p);
	free(h->status.p);
	free(h->fields.p);
	free(h);
}

static void hp_init(hp *h, int kind)
{
	http_parser_init(&h->parser, kind == 1 ? HTTP_RESPONSE : HTTP_REQUEST);
	h->parser.data = h;
	h->msg_start = 0;
	h->headers_done = 0;
	reset_message(h);
}

static void h_create(js_State *J)
{
	hp *h = calloc(1, sizeof *h);
	if (!h)
		js_rangeerror(J, "out of memory");
	h->slot = h->stream_slot = -1;
	h->J = J;
	hp_init(h, js_tointeger(J, 1));
	js_getregistry(J, REG_PROTO);
	js_newuserdata(J, TAG, h, hp_finalize);
}

/* Pushes Node's parse error: "Parse Error: <what>", code HPE_<NAME>, bytesParsed. */
static void push_parse_error(js_State *J, hp *h, size_t parsed)
{
	enum http_errno e = HTTP_PARSER_ERRNO(&h->parser);
	char code[64];
	js_newerror(J, "Parse Error");
	js_pushstring(J, http_errno_description(e));
	js_setproperty(J, -2, "reason");
	snprintf(code, sizeof code, "HPE_%s", http_errno_name(e) + 4);	/* skip "HPE_" */
	js_pushstring(J, code);
	js_setproperty(J, -2, "code");
	js_pushnumber(J, (double)parsed);
	js_setproperty(J, -2, "bytesParsed");
}

/* Runs http-parser over n bytes (data NULL: EOF) with the parser object at stack 0. */
static void run(js_State *J, hp *h, const char *data, size_t n)
{
	size_t parsed;
	h->J = J;
	h->self = 0;
	h->threw = 0;
	parsed = http_parser_execute(&h->parser, &settings, data, n);
	if (h->threw) {
		js_copy(J, -1);	/* the exception the callback threw */
		js_throw(J);
	}
	if (HTTP_PARSER_ERRNO(&h->parser) != HPE_OK &&
	    HTTP_PARSER_ERRNO(&h->parser) != HPE_PAUSED) {
		push_parse_error(J, h, parsed);
		return;
	}
	js_pushnumber(J, (double)parsed);
}

static void h_execute(js_State *J)
{
	hp *h = js_touserdata(J, 0, TAG);
	size_t n;
	const char *p = (const char *)rt__buffer_data(J, 1, &n);
	if (!p)
		js_typeerror(J, "execute: data must be a Buffer");
	run(J, h, p, n);
}

static void h_finish(js_State *J)
{
	hp *h = js_touserdata(J, 0, TAG);
	/* a parser that already failed has nothing to finish (llhttp_finish's rule): the
	 * error was reported once, when execute met it */
	if (HTTP_PARSER_ERRNO(&h->parser) != HPE_OK) {
		js_pushnumber(J, 0);
		return;
	}
	run(J, h, NULL, 0);
}

/* ---- consuming a stream's reads (Node's parser.consume(handle)): each read is parsed
 * from the read buffer in C, with no Buffer, 'data' event or Readable in between. The
 * parser object's onExecute(ret, buffer) is called after a read only when JS has
 * something to do: ret an Error (buffer: the read, for rawPacket), an upgrade (the
 * bytes after ret are the new protocol's), or a read that called no other callback (a
 * piece of a head: the socket's timeout is refreshed there). EOF and errors go to the
 * handle's onread as usual. */

static void unconsume(hp *h)
{
	rt_runtime *rt = rt__from(h->J);
	if (!h->stream)
		return;
	h->stream->consumer = NULL;
	h->stream->consumer_data = NULL;
	h->stream = NULL;
	if (rt->J) {
		rt__slot_free(rt, h->slot);
		rt__slot_free(rt, h->stream_slot);
	}
	h->slot = h->stream_slot = -1;
}

static void consumer_detach(rt_stream *s, void *data)
{
	(void)s;
	unconsume(data);
}

/* The C function a consumed read calls as an I/O callback, `this` the parser. */
static void h_execute_read(js_State *J)
{
	hp *h = js_touserdata(J, 0, TAG);
	const char *in = h->in;
	size_t n = h->in_len;
	int is_error;
	h->in = NULL;
	h->in_len = 0;
	if (!in)
		js_error(J, "executeRead: no read to parse");
	h->called = 0;
	run(J, h, in, n);
	is_error = !js_isnumber(J, -1);
	if (!is_error && !h->parser.upgrade && h->called)
		return;
	js_getproperty(J, 0, "onExecute");
	if (!js_iscallable(J, -1)) {
		js_pop(J, 1);
		return;
	}
	js_copy(J, 0);
	js_copy(J, -3);
	memcpy(rt__buffer_push(J, n), in, n);
	js_call(J, 2);
	js_pop(J, 1);
}

static int consumer_read(rt_stream *s, void *data, ssize_t nread, const char *buf)
{
	hp *h = data;
	rt_runtime *rt = s->rt;
	js_State *J = rt->J;
	if (nread <= 0 || !J || h->slot < 0)
		return 0;
	js_getregistry(J, "rt.http.executeRead");
	rt__slot_push(rt, h->slot);
	h->in = buf;
	h->in_len = (size_t)nread;
	/* h is not touched after the call: the connection may close and its parser be
	 * collected while the ticks after it run */
	rt__call_io(rt, 0);
	js_pop(J, 1);
	return 1;
}

static const rt_stream_consumer consumer = { consumer_read, consumer_detach };

/* consume(handle): parse the stream handle's reads here from now on. */
static void h_consume(js_State *J)
{
	hp *h = js_touserdata(J, 0, TAG);
	rt_stream *s = rt__stream_self(J, 1);
	rt_runtime *rt = rt__from(J);
	if (s->consumer)
		js_error(J, "consume: the stream is consumed already");
	unconsume(h);
	h->J = J;
	js_copy(J, 0);
	h->slot = rt__slot_put(rt);
	js_copy(J, 1);
	h->stream_slot = rt__slot_put(rt);
	h->stream = s;
	s->consumer = &consumer;
	s->consumer_data = h;
	js_pushundefined(J);
}

static void h_unconsume(js_State *J)
{
	unconsume(js_touserdata(J, 0, TAG));
	js_pushundefined(J);
}

/* messageAge() → ms since the message being received began, or -1 between messages
 * (Node's headersTimeout/requestTimeout checks); headersDone() → its head is complete. */
static void h_messageAge(js_State *J)
{
	hp *h = js_touserdata(J, 0, TAG);
	uint64_t now = uv_now(&rt__from(J)->loop);
	js_pushnumber(J, h->msg_start ? (double)(now - h->msg_start) : -1);
}

static void h_headersDone(js_State *J)
{
	hp *h = js_touserdata(J, 0, TAG);
	js_pushboolean(J, h->headers_done);
}

static void h_reinitialize(js_State *J)
{
	hp *h = js_touserdata(J, 0, TAG);
	hp_init(h, js_tointeger(J, 1));
	js_pushundefined(J);
}

static void h_pause(js_State *J)
{
	hp *h = js_touserdata(J, 0, TAG);
	http_parser_pause(&h->parser, js_toboolean(J, 1));
	js_pushundefined(J);
}

/* Adds binding.http to the binding object on top of the stack. */
void rt__http_parser_init(rt_runtime *rt)
{
	js_State *J = rt->J;
	char ver[32];
	js_newobject(J);
	rt__setfn(J, "execute", h_execute, 1);
	rt__setfn(J, "finish", h_finish, 0);
	rt__setfn(J, "reinitialize", h_reinitialize, 1);
	rt__setfn(J, "pause", h_pause, 1);
	rt__setfn(J, "consume", h_consume, 1);
	rt__setfn(J, "unconsume", h_unconsume, 0);
	rt__setfn(J, "messageAge", h_messageAge, 0);
	rt__setfn(J, "headersDone", h_headersDone, 0);
	js_setregistry(J, REG_PROTO);
	js_newcfunction(J, h_execute_read, "executeRead", 0);
	js_setregistry(J, "rt.http.executeRead");

	js_newobject(J);
	rt__setfn(J, "create", h_create, 1);
	snprintf(ver, sizeof ver, "%d.%d.%d", HTTP_PARSER_VERSION_MAJOR,
		HTTP_PARSER_VERSION_MINOR, HTTP_PARSER_VERSION_PATCH);
	rt__setstr(J, "version", ver);
	js_setproperty(J, -2, "http");
}
