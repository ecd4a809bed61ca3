/* internal.h — what ui/'s files share: the server's state and the API's endpoints, each
 * of which answers one GET with a JSON document or an HTTP error. Internal to ui/.
 */
#ifndef LEAKSCOPE_UI_INTERNAL_H
#define LEAKSCOPE_UI_INTERNAL_H

#include <stdint.h>

#include <jansson.h>

#include "analysis.h"
#include "http.h"
#include "snapshot.h"

#define UI_HEAP_CACHE 6		/* loaded snapshot graphs kept for the next request */

typedef struct ui_ctx {
	an_db *db;
	const char *db_path;
	struct ui_heap_slot { int64_t id; store_heap *g; uint64_t used; } heaps[UI_HEAP_CACHE];
	uint64_t tick;
} ui_ctx;

/* An endpoint: 200 with *out, or an HTTP status with msg (at most UI_MSG bytes). */
#define UI_MSG 200
typedef int (*ui_endpoint)(ui_ctx *x, int64_t run, const char *query, json_t **out,
	char *msg);

/* api.c: routes /api/… to the endpoints; fills resp (JSON, or a JSON error). */
void ui__api(ui_ctx *x, const ui_req *req, ui_resp *resp);

/* A query parameter as an integer in [min, max]: 0 (dflt when absent), -1 when present
 * but not such a number (msg says so). */
int ui__qint(const char *query, const char *name, int64_t dflt, int64_t min, int64_t max,
	int64_t *out, char *msg);
/* 400/404/500 with a message; returns the status. */
int ui__fail(char *msg, int status, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* An analysis error code as a status (AN_ENORUN: 404, else 500) with its message. */
int ui__an_fail(char *msg, int err);

/* series.c: the run overview's time series and the loop's iterations */
int ui__series(ui_ctx *x, int64_t run, const char *query, json_t **out, char *msg);
int ui__iterations(ui_ctx *x, int64_t run, const char *query, json_t **out, char *msg);
/* flame.c: the CPU flame graph (normal or inverted) and per-line samples of a file */
int ui__flame(ui_ctx *x, int64_t run, const char *query, json_t **out, char *msg);
int ui__source(ui_ctx *x, int64_t run, const char *query, json_t **out, char *msg);
/* heap.c: snapshots, their comparison and a node's retainers */
int ui__snapshots(ui_ctx *x, int64_t run, const char *query, json_t **out, char *msg);
int ui__compare(ui_ctx *x, int64_t run, const char *query, json_t **out, char *msg);
int ui__retainers(ui_ctx *x, int64_t run, const char *query, json_t **out, char *msg);
void ui__heaps_free(ui_ctx *x);
/* diff.c: the leak suspects of `leakscope diff` (analysis/leaks.h) */
int ui__diff(ui_ctx *x, int64_t run, const char *query, json_t **out, char *msg);
void ui__diff_free(void);

/* assets.c: the embedded front end (web-ui, built by esbuild at build time) */
int ui__assets_built(void);
void ui__asset(const ui_req *req, ui_resp *resp);

#endif
