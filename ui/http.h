/* http.h — the small HTTP/1.1 server `leakscope ui` runs on (http.c): libuv TCP, requests
 * parsed by http-parser, one handler called for each complete request. Internal to ui/.
 *
 * Contract
 * - GET and HEAD only (anything else: 405); a request target over UI_HTTP_MAX_URL bytes
 *   is 414, a malformed request 400 and the connection closed. Keep-alive as the client
 *   asks (HTTP/1.1 default on); pipelined requests are answered in order.
 * - The handler runs on a thread of libuv's pool (uv_queue_work), so requests on
 *   different connections are answered at once: it must be thread-safe. It fills a
 *   ui_resp. A body it marks `owned` is free()d after it was written; otherwise it must
 *   outlive the server (embedded assets). ui_http_close() lets answers being prepared
 *   finish (the loop runs until they are done) and drops them.
 * - A response body of at least UI_HTTP_GZIP_MIN bytes is gzip-compressed (on the pool
 *   too) when the client accepts gzip and the handler did not already encode it (zlib,
 *   level 6).
 */
#ifndef LEAKSCOPE_UI_HTTP_H
#define LEAKSCOPE_UI_HTTP_H

#include <stddef.h>

#include <uv.h>

#define UI_HTTP_MAX_URL 4096
#define UI_HTTP_GZIP_MIN 1024

typedef struct ui_req {
	int head;		/* HEAD: headers only */
	const char *path;	/* percent-decoded, without the query */
	const char *query;	/* raw, without '?' ("" if none) */
	int accepts_gzip;
} ui_req;

typedef struct ui_resp {
	int status;
	const char *type;	/* Content-Type */
	char *body;
	size_t len;
	int owned;		/* free(body) once written */
	const char *encoding;	/* Content-Encoding the body already has, or NULL */
	const char *cache;	/* Cache-Control, or NULL for no-store */
} ui_resp;

typedef void (*ui_handler)(void *ctx, const ui_req *req, ui_resp *resp);

typedef struct ui_http ui_http;

/* Listens on host:port (port 0: any free port; *bound gets the port). 0 or a libuv error. */
int ui_http_listen(ui_http **out, uv_loop_t *loop, const char *host, int port,
	ui_handler h, void *ctx, int *bound);
/* Stops listening and closes every connection (the loop then runs out). */
void ui_http_close(ui_http *s);

/* gzip of buf (a malloc'd buffer in *out), 0 or -1. */
int ui_gzip(const void *buf, size_t len, char **out, size_t *outlen);

/* The value of `name` in a query string, percent-decoded into buf (cap > 0 bytes); NULL
 * if absent, "" if longer than cap or badly escaped. */
const char *ui_query(const char *query, const char *name, char *buf, size_t cap);

#endif
