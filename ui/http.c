/* http.c — the HTTP/1.1 server of `leakscope ui` (contract in http.h): libuv TCP,
 * http-parser for the requests, zlib for gzip. One connection = one parser. A complete
 * request is handed to libuv's thread pool (uv_queue_work) and its connection's parser
 * paused, the bytes read meanwhile kept, until the answer is on its way: pipelined
 * requests come back in order, while other connections' requests are answered at once.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <http_parser.h>
#include <zlib.h>

#include "http.h"

struct ui_http {
	uv_tcp_t tcp;
	uv_loop_t *loop;
	ui_handler handler;
	void *ctx;
	struct conn *conns;	/* open connections, to close them all */
	int closing;
};

typedef struct conn {
	uv_tcp_t tcp;
	http_parser parser;
	ui_http *server;
	struct conn *next, **prev;
	char url[UI_HTTP_MAX_URL + 1];
	size_t url_len;
	int url_too_long;
	int last;		/* 1: a header field was read last, 2: a value */
	int in_accept_encoding;	/* the value being read is Accept-Encoding's */
	char field[32];
	size_t field_len;
	int accepts_gzip;
	int closing;		/* uv_close was called */
	int closed;		/* ...and its callback ran: freed unless busy */
	int busy;		/* a request is being answered on the pool */
	char *rest;		/* bytes read after that request, parsed once it is answered */
	size_t rest_len;
} conn;

/* A request being answered on the thread pool. */
typedef struct job {
	uv_work_t w;
	conn *c;
	ui_req req;
	ui_resp resp;
	int keep;
	char path[UI_HTTP_MAX_URL + 1];
	char query[UI_HTTP_MAX_URL + 1];
} job;

typedef struct wreq {
	uv_write_t w;
	char *head;
	char *body;		/* free()d when owned */
	int owned;
	int close_after;
} wreq;

static http_parser_settings settings;

static const char *reason(int status)
{
	switch (status) {
	case 200: return "OK";
	case 304: return "Not Modified";
	case 400: return "Bad Request";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 414: return "URI Too Long";
	case 500: return "Internal Server Error";
	case 503: return "Service Unavailable";
	default: return "Unknown";
	}
}

int ui_gzip(const void *buf, size_t len, char **out, size_t *outlen)
{
	z_stream z;
	uLong cap;
	char *o;
	memset(&z, 0, sizeof z);
	if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
		return -1;
	cap = deflateBound(&z, (uLong)len) + 32;
	if (!(o = malloc(cap))) {
		deflateEnd(&z);
		return -1;
	}
	z.next_in = (Bytef *)buf;
	z.avail_in = (uInt)len;
	z.next_out = (Bytef *)o;
	z.avail_out = (uInt)cap;
	if (deflate(&z, Z_FINISH) != Z_STREAM_END) {
		deflateEnd(&z);
		free(o);
		return -1;
	}
	*out = o;
	*outlen = z.total_out;
	deflateEnd(&z);
	return 0;
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Percent-decodes s[0..n) into buf (cap bytes with the NUL); -1 if it does not fit or
 * has a bad escape or a NUL. plus: '+' is a space (query strings). */
static int decode(const char *s, size_t n, char *buf, size_t cap, int plus)
{
	size_t i, o = 0;
	for (i = 0; i < n; i++) {
		int c = (unsigned char)s[i];
		if (c == '%') {
			int h, l;
			if (i + 2 >= n || (h = hexval(s[i + 1])) < 0 || (l = hexval(s[i + 2])) < 0)
				return -1;
			c = h * 16 + l;
			i += 2;
			if (!c)
				return -1;
		} else if (c == '+' && plus) {
			c = ' ';
		}
		if (o + 1 >= cap)
			return -1;
		buf[o++] = (char)c;
	}
	buf[o] = 0;
	return 0;
}

const char *ui_query(const char *query, const char *name, char *buf, size_t cap)
{
	size_t nl = strlen(name);
	const char *p = query;
	while (p && *p) {
		const char *amp = strchr(p, '&');
		size_t len = amp ? (size_t)(amp - p) : strlen(p);
		if (len >= nl && !strncmp(p, name, nl) && (len == nl || p[nl] == '=')) {
			const char *v = len == nl ? p + nl : p + nl + 1;
			size_t vl = len == nl ? 0 : len - nl - 1;
			if (decode(v, vl, buf, cap, 1))
				buf[0] = 0;	/* present but unreadable: "" */
			return buf;
		}
		p = amp ? amp + 1 : NULL;
	}
	return NULL;
}

static void on_closed(uv_handle_t *h)
{
	free(h->data);
}

static void on_conn_closed(uv_handle_t *h)
{
	conn *c = h->data;
	c->closed = 1;
	if (!c->busy) {
		free(c->rest);
		free(c);
	}
}

static void conn_close(conn *c)
{
	if (c->closing)
		return;
	c->closing = 1;
	if (c->next)
		c->next->prev = c->prev;
	*c->prev = c->next;
	uv_close((uv_handle_t *)&c->tcp, on_conn_closed);
}

static void on_written(uv_write_t *w, int status)
{
	wreq *r = (wreq *)w;
	conn *c = w->data;
	free(r->head);
	if (r->owned)
		free(r->body);
	if ((status || r->close_after) && !c->closing)
		conn_close(c);
	free(r);
}

/* resp's body gzip-compressed when req accepts it and it is worth it. */
static void maybe_gzip(const ui_req *req, ui_resp *resp)
{
	char *z;
	size_t zl;
	if (resp->encoding || !req || !req->accepts_gzip || resp->len < UI_HTTP_GZIP_MIN ||
	    ui_gzip(resp->body, resp->len, &z, &zl))
		return;
	if (resp->owned)
		free(resp->body);
	resp->body = z;
	resp->len = zl;
	resp->owned = 1;
	resp->encoding = "gzip";
}

/* Sends resp on c (takes its body); closes c afterwards when close_after. */
static void respond(conn *c, const ui_req *req, ui_resp *resp, int close_after)
{
	wreq *r = calloc(1, sizeof *r);
	uv_buf_t bufs[2];
	int n = 1;
	if (!r) {
		if (resp->owned)
			free(resp->body);
		conn_close(c);
		return;
	}
	maybe_gzip(req, resp);
	r->head = malloc(512);
	if (!r->head) {
		if (resp->owned)
			free(resp->body);
		free(r);
		conn_close(c);
		return;
	}
	snprintf(r->head, 512,
		"HTTP/1.1 %d %s\r\n"
		"Content-Type: %s\r\n"
		"Content-Length: %zu\r\n"
		"%s%s%s"
		"Cache-Control: %s\r\n"
		"Vary: Accept-Encoding\r\n"
		"X-Content-Type-Options: nosniff\r\n"
		"Connection: %s\r\n"
		"\r\n",
		resp->status, reason(resp->status), resp->type ? resp->type : "text/plain",
		resp->len,
		resp->encoding ? "Content-Encoding: " : "", resp->encoding ? resp->encoding : "",
		resp->encoding ? "\r\n" : "",
		resp->cache ? resp->cache : "no-store",
		close_after ? "close" : "keep-alive");
	r->body = resp->body;
	r->owned = resp->owned;
	r->close_after = close_after;
	bufs[0] = uv_buf_init(r->head, (unsigned)strlen(r->head));
	if (resp->len && !(req && req->head))
		bufs[n++] = uv_buf_init(resp->body, (unsigned)resp->len);
	r->w.data = c;
	if (uv_write(&r->w, (uv_stream_t *)&c->tcp, bufs, (unsigned)n, on_written)) {
		free(r->head);
		if (r->owned)
			free(r->body);
		free(r);
		conn_close(c);
	}
}

/* A JSON error response {"error": msg, "status": N}. */
static void respond_error(conn *c, int status, const char *msg, int close_after)
{
	ui_resp resp = { 0 };
	char *b = malloc(256);
	if (b)
		snprintf(b, 256, "{\"error\": \"%s\", \"status\": %d}\n", msg, status);
	resp.status = status;
	resp.type = "application/json";
	resp.body = b;
	resp.len = b ? strlen(b) : 0;
	resp.owned = 1;
	respond(c, NULL, &resp, close_after);
}

static int on_message_begin(http_parser *p)
{
	conn *c = p->data;
	c->url_len = 0;
	c->url_too_long = 0;
	c->accepts_gzip = 0;
	c->field_len = 0;
	c->in_accept_encoding = 0;
	c->last = 0;
	return 0;
}

static int on_url(http_parser *p, const char *at, size_t len)
{
	conn *c = p->data;
	if (c->url_len + len > UI_HTTP_MAX_URL) {
		c->url_too_long = 1;
		return 0;
	}
	memcpy(c->url + c->url_len, at, len);
	c->url_len += len;
	return 0;
}

static int on_header_field(http_parser *p, const char *at, size_t len)
{
	conn *c = p->data;
	if (c->last != 1)
		c->field_len = 0;
	c->last = 1;
	if (c->field_len + len < sizeof c->field) {
		memcpy(c->field + c->field_len, at, len);
		c->field_len += len;
	} else {
		c->field_len = sizeof c->field;	/* too long to be one we read */
	}
	return 0;
}

static int on_header_value(http_parser *p, const char *at, size_t len)
{
	conn *c = p->data;
	size_t i;
	if (c->last != 2) {
		c->in_accept_encoding = c->field_len == 15 &&
			!strncasecmp(c->field, "accept-encoding", 15);
		c->last = 2;
	}
	if (c->in_accept_encoding)
		for (i = 0; i + 4 <= len; i++)
			if (!strncasecmp(at + i, "gzip", 4))
				c->accepts_gzip = 1;
	return 0;
}

/* On a thread of the pool: the handler, and gzip. */
static void job_work(uv_work_t *w)
{
	job *j = w->data;
	j->c->server->handler(j->c->server->ctx, &j->req, &j->resp);
	maybe_gzip(&j->req, &j->resp);
}

static void feed(conn *c, const char *data, size_t n);
static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf);
static void on_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf);

/* Back on the loop: the answer is sent and the connection's next request parsed. */
static void job_done(uv_work_t *w, int status)
{
	job *j = w->data;
	conn *c = j->c;
	char *rest;
	size_t len;
	(void)status;
	c->busy = 0;
	if (c->closing) {
		if (j->resp.owned)
			free(j->resp.body);
		if (c->closed) {
			free(c->rest);
			free(c);
		}
		free(j);
		return;
	}
	respond(c, &j->req, &j->resp, !j->keep);
	free(j);
	if (c->closing)
		return;
	http_parser_pause(&c->parser, 0);
	rest = c->rest;
	len = c->rest_len;
	c->rest = NULL;
	c->rest_len = 0;
	if (len)
		feed(c, rest, len);
	free(rest);
	if (!c->busy && !c->closing)
		uv_read_start((uv_stream_t *)&c->tcp, on_alloc, on_read);
}

static int on_message_complete(http_parser *p)
{
	conn *c = p->data;
	int keep = http_should_keep_alive(p);
	char path[UI_HTTP_MAX_URL + 1];
	struct http_parser_url u;
	job *j;

	if (c->url_too_long) {
		respond_error(c, 414, "request target too long", 1);
		return 0;
	}
	if (p->method != HTTP_GET && p->method != HTTP_HEAD) {
		respond_error(c, 405, "only GET and HEAD", !keep);
		return 0;
	}
	c->url[c->url_len] = 0;
	http_parser_url_init(&u);
	if (http_parser_parse_url(c->url, c->url_len, 0, &u) || !(u.field_set & (1 << UF_PATH)) ||
	    decode(c->url + u.field_data[UF_PATH].off, u.field_data[UF_PATH].len, path,
		sizeof path, 0)) {
		respond_error(c, 400, "malformed request target", !keep);
		return 0;
	}
	if (u.field_set & (1 << UF_QUERY))
		c->url[u.field_data[UF_QUERY].off + u.field_data[UF_QUERY].len] = 0;
	if (!(j = calloc(1, sizeof *j))) {
		respond_error(c, 503, "out of memory", 1);
		return 0;
	}
	strcpy(j->path, path);
	strcpy(j->query, (u.field_set & (1 << UF_QUERY)) ? c->url + u.field_data[UF_QUERY].off :
		"");
	j->req.head = p->method == HTTP_HEAD;
	j->req.path = j->path;
	j->req.query = j->query;
	j->req.accepts_gzip = c->accepts_gzip;
	j->keep = keep;
	j->c = c;
	j->w.data = j;
	if (uv_queue_work(c->server->loop, &j->w, job_work, job_done)) {
		free(j);
		respond_error(c, 503, "cannot answer now", 1);
		return 0;
	}
	/* nothing more is parsed on this connection until it is answered */
	c->busy = 1;
	uv_read_stop((uv_stream_t *)&c->tcp);
	http_parser_pause(p, 1);
	return 0;
}

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf)
{
	static char slab[65536];	/* the loop reads one connection at a time */
	(void)h;
	(void)suggested;
	*buf = uv_buf_init(slab, sizeof slab);
}

/* Parses n bytes read on c; what follows a request sent to the pool is kept. */
static void feed(conn *c, const char *data, size_t n)
{
	size_t done = http_parser_execute(&c->parser, &settings, data, n);
	if (c->parser.upgrade) {
		respond_error(c, 400, "no upgrades here", 1);
		uv_read_stop((uv_stream_t *)&c->tcp);
	} else if (HTTP_PARSER_ERRNO(&c->parser) == HPE_PAUSED) {
		char *r;
		if (done >= n)
			return;
		if (!(r = realloc(c->rest, c->rest_len + n - done))) {
			conn_close(c);
			return;
		}
		memcpy(r + c->rest_len, data + done, n - done);
		c->rest = r;
		c->rest_len += n - done;
	} else if (HTTP_PARSER_ERRNO(&c->parser) != HPE_OK || done != n) {
		respond_error(c, 400, "malformed HTTP request", 1);
		uv_read_stop((uv_stream_t *)&c->tcp);
	}
}

static void on_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf)
{
	conn *c = s->data;
	if (n < 0) {
		if (!c->busy)
			conn_close(c);
		else
			uv_read_stop(s);	/* the client is done sending: answer first */
		return;
	}
	if (!n || c->closing)
		return;
	feed(c, buf->base, (size_t)n);
}

static void on_connection(uv_stream_t *server, int status)
{
	ui_http *s = server->data;
	conn *c;
	if (status || s->closing || !(c = calloc(1, sizeof *c)))
		return;
	c->server = s;
	uv_tcp_init(s->loop, &c->tcp);
	c->tcp.data = c;
	c->next = s->conns;
	if (c->next)
		c->next->prev = &c->next;
	c->prev = &s->conns;
	s->conns = c;
	http_parser_init(&c->parser, HTTP_REQUEST);
	c->parser.data = c;
	if (uv_accept(server, (uv_stream_t *)&c->tcp) ||
	    uv_read_start((uv_stream_t *)&c->tcp, on_alloc, on_read))
		conn_close(c);
}

int ui_http_listen(ui_http **out, uv_loop_t *loop, const char *host, int port,
	ui_handler h, void *ctx, int *bound)
{
	struct sockaddr_storage addr;
	int len = sizeof addr, err;
	ui_http *s;

	if (uv_ip4_addr(host, port, (struct sockaddr_in *)&addr) &&
	    uv_ip6_addr(host, port, (struct sockaddr_in6 *)&addr))
		return UV_EINVAL;
	http_parser_settings_init(&settings);
	settings.on_message_begin = on_message_begin;
	settings.on_url = on_url;
	settings.on_header_field = on_header_field;
	settings.on_header_value = on_header_value;
	settings.on_message_complete = on_message_complete;
	if (!(s = calloc(1, sizeof *s)))
		return UV_ENOMEM;
	s->loop = loop;
	s->handler = h;
	s->ctx = ctx;
	uv_tcp_init(loop, &s->tcp);
	s->tcp.data = s;
	if ((err = uv_tcp_bind(&s->tcp, (struct sockaddr *)&addr, 0)) ||
	    (err = uv_listen((uv_stream_t *)&s->tcp, 64, on_connection)) ||
	    (err = uv_tcp_getsockname(&s->tcp, (struct sockaddr *)&addr, &len))) {
		s->tcp.data = s;
		uv_close((uv_handle_t *)&s->tcp, on_closed);
		return err;
	}
	*bound = ntohs(addr.ss_family == AF_INET6 ? ((struct sockaddr_in6 *)&addr)->sin6_port :
		((struct sockaddr_in *)&addr)->sin_port);
	*out = s;
	return 0;
}

void ui_http_close(ui_http *s)
{
	s->closing = 1;
	while (s->conns)
		conn_close(s->conns);
	uv_close((uv_handle_t *)&s->tcp, on_closed);
}
