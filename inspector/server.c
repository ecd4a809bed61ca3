/* server.c — the inspector's TCP server on the runtime's loop: accepting connections,
 * reading HTTP requests with http-parser, answering /json, /json/list, /json/version
 * and /json/protocol as Node does, refusing a Host that is not localhost or an IP
 * literal (DNS rebinding), and handing a WebSocket upgrade on /UUID to ws.c. Also the
 * inspector's life cycle (insp_start, insp_use, insp_wait, insp_stop, insp_free).
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

/* ---- addresses ---- */

int insp_parse_address(const char *s, insp_options *o)
{
	const char *colon, *port = NULL;
	char *end;
	long n;
	size_t hl;

	if (!o->host[0])
		snprintf(o->host, sizeof o->host, "%s", INSP_DEFAULT_HOST);
	if (!s || !*s)
		return 0;
	if (s[0] == '[') {	/* [v6]:port */
		const char *close = strchr(s, ']');
		if (!close || (close[1] && close[1] != ':'))
			return -EINVAL;
		hl = (size_t)(close - s - 1);
		if (hl >= sizeof o->host)
			return -EINVAL;
		memcpy(o->host, s + 1, hl);
		o->host[hl] = 0;
		port = close[1] ? close + 2 : NULL;
	} else if ((colon = strrchr(s, ':'))) {
		hl = (size_t)(colon - s);
		if (hl >= sizeof o->host || strchr(s, ':') != colon)
			return -EINVAL;
		memcpy(o->host, s, hl);
		o->host[hl] = 0;
		port = colon + 1;
	} else {
		/* a number is a port, anything else a host */
		for (end = (char *)s; isdigit((unsigned char)*end); end++)
			;
		if (*end) {
			if (strlen(s) >= sizeof o->host)
				return -EINVAL;
			snprintf(o->host, sizeof o->host, "%s", s);
			return 0;
		}
		port = s;
	}
	if (port) {
		errno = 0;
		n = strtol(port, &end, 10);
		if (errno || end == port || *end || n < 0 || n > 65535)
			return -EINVAL;
		o->port = (int)n;
	}
	if (!o->host[0])
		snprintf(o->host, sizeof o->host, "%s", INSP_DEFAULT_HOST);
	return 0;
}

/* Node's check (inspector_socket.cc): "localhost" or an IP literal, with an optional
 * port; anything else could be a rebound DNS name. */
int insp__host_ok(const char *host)
{
	char h[256];
	const char *colon;
	unsigned char buf[16];
	size_t n;
	if (!host || !*host)
		return 0;
	if (host[0] == '[') {
		const char *close = strchr(host, ']');
		if (!close || (close[1] && close[1] != ':'))
			return 0;
		n = (size_t)(close - host - 1);
		if (n >= sizeof h)
			return 0;
		memcpy(h, host + 1, n);
		h[n] = 0;
		return inet_pton(AF_INET6, h, buf) == 1;
	}
	colon = strchr(host, ':');
	n = colon ? (size_t)(colon - host) : strlen(host);
	if (n >= sizeof h)
		return 0;
	memcpy(h, host, n);
	h[n] = 0;
	if (colon) {
		const char *p = colon + 1;
		if (!*p)
			return 0;
		for (; *p; p++)
			if (!isdigit((unsigned char)*p))
				return 0;
	}
	return !strcasecmp(h, "localhost") || inet_pton(AF_INET, h, buf) == 1;
}

static int is_loopback(const char *host)
{
	struct in_addr a4;
	struct in6_addr a6;
	if (!strcasecmp(host, "localhost"))
		return 1;
	if (inet_pton(AF_INET, host, &a4) == 1)
		return (ntohl(a4.s_addr) >> 24) == 127;
	if (inet_pton(AF_INET6, host, &a6) == 1)
		return IN6_IS_ADDR_LOOPBACK(&a6);
	return 0;
}

/* ---- connections ---- */

static void on_closed(uv_handle_t *h)
{
	insp__conn *c = h->data;
	insp__msg *m, *next;
	insp__ws_free(c);
	for (m = c->inbox; m; m = next) {
		next = m->next;
		free(m);
	}
	free(c->stream.buf);
	free(c);
}

void insp__conn_close(insp__conn *c)
{
	insp__conn **pp;
	insp *in = c->in;
	if (c->state != INSP__CLOSING) {
		if (c->state == INSP__WS && !in->stopped)
			fprintf(stderr, "Debugger ending on ws://%s:%d/%s\n"
				"For help, see: https://nodejs.org/en/docs/inspector\n",
				in->shown_host, in->port, in->uuid);
		c->state = INSP__CLOSING;
		for (pp = &c->in->conns; *pp; pp = &(*pp)->next)
			if (*pp == c) {
				*pp = c->next;
				break;
			}
		insp__watch_update(c->in);
	}
	if (c->busy || c->closed)
		return;	/* dispatch closes it when it returns */
	c->closed = 1;
	uv_close((uv_handle_t *)&c->tcp, on_closed);
}

/* A plain HTTP answer is the connection's last word: close once it is written. */
static void on_http_written(uv_write_t *req, int status)
{
	insp__conn *c = req->data;
	free(req);
	insp__conn_close(c);
}

/* Writes text as one HTTP/1.0 response and closes the connection after it. */
static void http_respond(insp__conn *c, const char *status, const char *type,
	const char *body)
{
	size_t n = strlen(body);
	uv_write_t *req;
	char *buf;
	int len;
	buf = malloc(sizeof *req + 256 + n);
	if (!buf) {
		insp__conn_close(c);
		return;
	}
	req = (uv_write_t *)buf;
	len = snprintf(buf + sizeof *req, 256, "HTTP/1.0 %s\r\nContent-Type: %s; charset=UTF-8\r\n"
		"Cache-Control: no-cache\r\nContent-Length: %zu\r\n\r\n", status, type, n);
	memcpy(buf + sizeof *req + len, body, n);
	{
		uv_buf_t b = uv_buf_init(buf + sizeof *req, (unsigned)(len + n));
		req->data = c;
		uv_read_stop((uv_stream_t *)&c->tcp);
		if (uv_write(req, (uv_stream_t *)&c->tcp, &b, 1, on_http_written)) {
			free(buf);
			insp__conn_close(c);
		}
	}
	c->responded = 1;
}

static const char *title(insp *in, char *buf, size_t n)
{
	if (in->o.script)
		snprintf(buf, n, "%s", in->o.script);
	else
		snprintf(buf, n, "leakscope[%d]", (int)getpid());
	return buf;
}

static json_t *target(insp *in)
{
	char t[1024], url[4200], ws[512], fe[1024], fec[1024], abs[4096];
	const char *script = in->o.script;
	json_t *o;
	snprintf(ws, sizeof ws, "%s:%d/%s", in->shown_host, in->port, in->uuid);
	if (script && script[0] != '/' && getcwd(abs, sizeof abs)) {
		size_t l = strlen(abs);
		snprintf(abs + l, sizeof abs - l, "/%s", script);
		script = abs;
	}
	snprintf(url, sizeof url, "file://%s", script ? script : "");
	snprintf(fe, sizeof fe, "devtools://devtools/bundled/js_app.html?experiments=true"
		"&v8only=true&ws=%s", ws);
	snprintf(fec, sizeof fec, "devtools://devtools/bundled/inspector.html?experiments=true"
		"&v8only=true&ws=%s", ws);
	o = json_object();
	json_object_set_new(o, "description", json_string("node.js instance"));
	json_object_set_new(o, "devtoolsFrontendUrl", json_string(fe));
	json_object_set_new(o, "devtoolsFrontendUrlCompat", json_string(fec));
	json_object_set_new(o, "faviconUrl",
		json_string("https://nodejs.org/static/images/favicons/favicon.ico"));
	json_object_set_new(o, "id", json_string(in->uuid));
	json_object_set_new(o, "title", json_string(title(in, t, sizeof t)));
	json_object_set_new(o, "type", json_string("node"));
	json_object_set_new(o, "url", json_string(url));
	snprintf(t, sizeof t, "ws://%s", ws);
	json_object_set_new(o, "webSocketDebuggerUrl", json_string(t));
	return o;
}

static void http_json(insp__conn *c, json_t *j)
{
	char *s = j ? json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER) : NULL;
	json_decref(j);
	http_respond(c, "200 OK", "application/json", s ? s : "{}");
	free(s);
}

static void http_request(insp__conn *c)
{
	insp *in = c->in;
	char path[512];
	char *q;
	snprintf(path, sizeof path, "%s", c->url);
	if ((q = strchr(path, '?')))
		*q = 0;
	if (!insp__host_ok(c->host)) {
		http_respond(c, "400 Bad Request", "text/html",
			"WebSockets request was expected\n");
		return;
	}
	if (c->upgrade) {
		if (path[0] == '/' && !strcmp(path + 1, in->uuid) && c->key_len)
			return;	/* on_read hands the connection to ws.c */
		http_respond(c, "400 Bad Request", "text/html",
			"WebSockets request was expected\n");
		return;
	}
	if (!strcmp(path, "/json") || !strcmp(path, "/json/list")) {
		json_t *a = json_array();
		json_array_append_new(a, target(in));
		http_json(c, a);
	} else if (!strcmp(path, "/json/version")) {
		char b[64];
		snprintf(b, sizeof b, "node.js/v%s", "20.20.2");
		http_json(c, json_pack("{s:s,s:s}", "Browser", b, "Protocol-Version", "1.1"));
	} else if (!strcmp(path, "/json/protocol")) {
		http_json(c, insp__protocol());
	} else if (!strcmp(path, "/json/activate/") || !strncmp(path, "/json/activate/", 15)) {
		http_respond(c, "200 OK", "text/html", "Target activated");
	} else {
		http_respond(c, "400 Bad Request", "text/html",
			"WebSockets request was expected\n");
	}
}

/* ---- http-parser callbacks ---- */

static int append(char *dst, size_t *len, size_t cap, const char *at, size_t n)
{
	if (*len + n >= cap)
		return -1;
	memcpy(dst + *len, at, n);
	*len += n;
	dst[*len] = 0;
	return 0;
}

static int on_url(http_parser *p, const char *at, size_t n)
{
	insp__conn *c = p->data;
	return append(c->url, &c->url_len, sizeof c->url, at, n);
}

static int on_field(http_parser *p, const char *at, size_t n)
{
	insp__conn *c = p->data;
	if (c->in_value) {
		c->in_value = 0;
		c->field_len = 0;
		c->field[0] = 0;
	}
	if (append(c->field, &c->field_len, sizeof c->field, at, n))
		c->field_len = sizeof c->field;	/* too long: no header we want */
	return 0;
}

static int on_value(http_parser *p, const char *at, size_t n)
{
	insp__conn *c = p->data;
	if (!c->in_value) {
		c->in_value = 1;
		c->which = c->field_len >= sizeof c->field ? 0 :
			!strcasecmp(c->field, "host") ? 1 :
			!strcasecmp(c->field, "sec-websocket-key") ? 2 : 0;
	}
	if (c->which == 1)
		return append(c->host, &c->host_len, sizeof c->host, at, n);
	if (c->which == 2)
		return append(c->key, &c->key_len, sizeof c->key, at, n);
	return 0;
}

static int on_headers_complete(http_parser *p)
{
	insp__conn *c = p->data;
	c->upgrade = p->upgrade;
	return 0;
}

static int on_message_complete(http_parser *p)
{
	insp__conn *c = p->data;
	c->done = 1;
	return 0;
}

static const http_parser_settings settings = {
	.on_url = on_url,
	.on_header_field = on_field,
	.on_header_value = on_value,
	.on_headers_complete = on_headers_complete,
	.on_message_complete = on_message_complete,
};

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf)
{
	static char slab[64 * 1024];	/* one loop thread; consumed before the next read */
	buf->base = slab;
	buf->len = sizeof slab;
}

static void on_read(uv_stream_t *s, ssize_t nread, const uv_buf_t *buf)
{
	insp__conn *c = s->data;
	size_t used;
	atomic_fetch_add(&c->in->loop_ticks, 1);
	if (nread < 0) {
		insp__conn_close(c);
		return;
	}
	if (nread == 0 || c->state == INSP__CLOSING)
		return;
	if (c->state == INSP__WS) {
		insp__ws_feed(c, buf->base, (size_t)nread);
		return;
	}
	used = http_parser_execute(&c->hp, &settings, buf->base, (size_t)nread);
	if (c->hp.upgrade) {
		c->upgrade = 1;
		http_request(c);
		if (!c->responded && c->state == INSP__HTTP) {
			if (insp__ws_open(c, buf->base + used, (size_t)nread - used))
				insp__conn_close(c);
		}
		return;
	}
	if (HTTP_PARSER_ERRNO(&c->hp) != HPE_OK) {
		http_respond(c, "400 Bad Request", "text/html", "Bad request\n");
		return;
	}
	if (c->done)
		http_request(c);
}

static void on_connection(uv_stream_t *server, int status)
{
	insp *in = server->data;
	insp__conn *c;
	if (status < 0)
		return;
	c = calloc(1, sizeof *c);
	if (!c)
		return;
	c->in = in;
	uv_tcp_init(in->loop, &c->tcp);
	c->tcp.data = c;
	if (uv_accept(server, (uv_stream_t *)&c->tcp)) {
		uv_close((uv_handle_t *)&c->tcp, on_closed);
		return;
	}
	uv_unref((uv_handle_t *)&c->tcp);
	if (in->waiting)
		uv_ref((uv_handle_t *)&c->tcp);
	uv_tcp_nodelay(&c->tcp, 1);
	http_parser_init(&c->hp, HTTP_REQUEST);
	c->hp.data = c;
	c->inbox_tail = &c->inbox;
	c->next = in->conns;
	in->conns = c;
	uv_read_start((uv_stream_t *)&c->tcp, on_alloc, on_read);
}

/* ---- life cycle ---- */

static void make_uuid(char *out)
{
	unsigned char b[16];
	int i, k = 0;
	if (uv_random(NULL, NULL, b, sizeof b, 0, NULL)) {
		uint64_t t = uv_hrtime() ^ ((uint64_t)getpid() << 20);
		for (i = 0; i < 16; i++, t = t * 6364136223846793005u + 1442695040888963407u)
			b[i] = (unsigned char)(t >> 56);
	}
	b[6] = (b[6] & 0x0f) | 0x40;
	b[8] = (b[8] & 0x3f) | 0x80;
	for (i = 0; i < 16; i++) {
		if (i == 4 || i == 6 || i == 8 || i == 10)
			out[k++] = '-';
		k += sprintf(out + k, "%02x", b[i]);
	}
	out[k] = 0;
}

int insp_start(insp **out, rt_runtime *rt, const insp_options *o)
{
	insp *in = calloc(1, sizeof *in);
	struct sockaddr_storage ss;
	int err, len;
	*out = NULL;
	if (!in)
		return UV_ENOMEM;
	in->rt = rt;
	in->J = rt_js(rt);
	in->loop = rt_loop(rt);
	in->o = *o;
	in->bus_sub = -1;
	in->wake[0] = in->wake[1] = -1;
	if (!in->o.host[0])
		snprintf(in->o.host, sizeof in->o.host, "%s", INSP_DEFAULT_HOST);
	make_uuid(in->uuid);

	err = uv_ip4_addr(!strcasecmp(in->o.host, "localhost") ? "127.0.0.1" : in->o.host,
		in->o.port, (struct sockaddr_in *)&ss);
	if (err)
		err = uv_ip6_addr(in->o.host, in->o.port, (struct sockaddr_in6 *)&ss);
	if (!err)
		err = uv_tcp_init(in->loop, &in->server);
	if (err) {
		fprintf(stderr, "Starting inspector on %s:%d failed: %s\n", in->o.host,
			in->o.port, uv_strerror(err));
		free(in);
		return err;
	}
	in->server.data = in;
	err = uv_tcp_bind(&in->server, (struct sockaddr *)&ss, 0);
	if (!err)
		err = uv_listen((uv_stream_t *)&in->server, 128, on_connection);
	if (err) {
		fprintf(stderr, "Starting inspector on %s:%d failed: %s\n", in->o.host,
			in->o.port, uv_strerror(err));
		uv_close((uv_handle_t *)&in->server, NULL);
		uv_run(in->loop, UV_RUN_NOWAIT);
		free(in);
		return err;
	}
	uv_unref((uv_handle_t *)&in->server);
	in->listening = 1;
	len = sizeof ss;
	if (uv_tcp_getsockname(&in->server, (struct sockaddr *)&ss, &len) == 0)
		in->port = ntohs(ss.ss_family == AF_INET6 ?
			((struct sockaddr_in6 *)&ss)->sin6_port :
			((struct sockaddr_in *)&ss)->sin_port);
	snprintf(in->shown_host, sizeof in->shown_host, strchr(in->o.host, ':') ? "[%s]" : "%s",
		in->o.host);
	if (insp__js_init(in))
		fprintf(stderr, "leakscope: inspector: the Runtime domain could not start\n");
	fprintf(stderr, "Debugger listening on ws://%s:%d/%s\n", in->shown_host, in->port,
		in->uuid);
	fprintf(stderr, "For help, see: https://nodejs.org/en/docs/inspector\n");
	if (!is_loopback(in->o.host))
		fprintf(stderr, "leakscope: warning: the inspector listens on %s, which is not a"
			" loopback address: anyone who can reach it can run code in this process\n",
			in->o.host);
	insp__watch_start(in);
	*out = in;
	return 0;
}

int insp_port(const insp *in)
{
	return in && in->listening ? in->port : -1;
}

void insp_use(insp *in, prof_heap *heap, store *recording, const char *recording_path)
{
	if (!in)
		return;
	in->heap = heap;
	in->rec = recording;
	in->rec_path = recording_path;
}

void insp_wait(insp *in)
{
	insp__conn *c;
	if (!in || !in->o.wait)
		return;
	in->waiting = 1;
	uv_ref((uv_handle_t *)&in->server);
	for (c = in->conns; c; c = c->next)
		uv_ref((uv_handle_t *)&c->tcp);
	while (in->waiting && uv_run(in->loop, UV_RUN_ONCE))
		;
	in->waiting = 0;
	if (in->o.wait == INSP_BRK && insp__debugger_wanted(in) && !insp__debugger_break(in))
		while (in->paused && insp__debugger_wanted(in) && uv_run(in->loop, UV_RUN_ONCE))
			;
	in->paused = 0;
	free(in->pause_frame);
	in->pause_frame = NULL;
	uv_unref((uv_handle_t *)&in->server);
	for (c = in->conns; c; c = c->next)
		uv_unref((uv_handle_t *)&c->tcp);
}

void insp_stop(insp *in)
{
	if (!in || in->stopped)
		return;
	in->stopped = 1;
	insp__watch_stop(in);
	insp__profiler_stop_all(in);
	while (in->conns)
		insp__conn_close(in->conns);
	if (in->listening)
		uv_close((uv_handle_t *)&in->server, NULL);
	in->listening = 0;
}

void insp_free(insp *in)
{
	if (!in)
		return;
	insp__keep_free(in);
	insp__profiler_free(in);
	free(in);
}
