/* internal.h — what ui/'s files share: the server's state and the API's endpoints, each
 * of which answers one GET with a JSON document or an HTTP error. Internal to ui/.
 */
#ifndef LEAKSCOPE_UI_INTERNAL_H
#define LEAKSCOPE_UI_INTERNAL_H

#include <pthread.h>
#include <stdint.h>

#include <jansson.h>

#include "analysis.h"
#include "http.h"
#include "snapshot.h"

#define UI_HEAP_CACHE 6		/* loaded snapshot graphs kept for the next request */
#define UI_DB_POOL 8		/* read connections: requests answered at once */

/* A cached snapshot graph. A slot being loaded has loading set (its loader fills it
 * and broadcasts); refs counts the requests reading g, which is not evicted meanwhile. */
typedef struct ui_heap_slot {
	int64_t id;
	store_heap *g;
	uint64_t used;
	int refs, loading, err;
} ui_heap_slot;

/* What every request shares: the recording's path, the read connections (one per
 * request being answered, opened on demand) and the graph cache; lock guards all of it
 * (and the last leak diff kept by diff.c). */
typedef struct ui_shared {
	const char *db_path;
	pthread_mutex_t lock;
	pthread_cond_t changed;	/* a connection was given back, a graph loaded */
	an_db *dbs[UI_DB_POOL];	/* idle connections */
	int nidle, nopen, max_open;
	ui_heap_slot heaps[UI_HEAP_CACHE];
	uint64_t tick;
	int warming;		/* threads loading graphs ahead (heap.c) */
} ui_shared;

/* One request's view: its own connection for the time it is answered. */
typedef struct ui_ctx {
	an_db *db;
	const char *db_path;
	ui_shared *sh;
} ui_ctx;

/* server.c: the shared state (opens the first connection: 0 or an analysis error) */
int ui__shared_init(ui_shared *sh, const char *path);
void ui__shared_free(ui_shared *sh);
/* A connection for one request (waits while all UI_DB_POOL are in use): 0 or an
 * analysis error; ui__db_give returns it. */
int ui__db_take(ui_shared *sh, an_db **db);
void ui__db_give(ui_shared *sh, an_db *db);

/* An endpoint: 200 with *out, or an HTTP status with msg (at most UI_MSG bytes). */
#define UI_MSG 200
typedef int (*ui_endpoint)(ui_ctx *x, int64_t run, const char *query, json_t **out,
	char *msg);

/* api.c: routes /api/… to the endpoints; fills resp (JSON, or a JSON error). */
void ui__api(ui_shared *sh, const ui_req *req, ui_resp *resp);

/* A query parameter as an integer in [min, max]: 0 (dflt when absent), -1 when present
 * but not such a number (msg says so). */
int ui__qint(const char *query, const char *name, int64_t dflt, int64_t min, int64_t max,
	int64_t *out, char *msg);
/* The ids= parameter: up to max distinct snapshot ids into ids[0..*n) (*n = 0 when
 * absent); 0, or 400 with msg. */
int ui__ids(const char *query, int64_t *ids, int max, int *n, char *msg);
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
/* Snapshot graphs held by one request: g[k] is snapshot ids[k]'s, in cache slot[k] or,
 * when every slot was held, loaded for this request alone (slot -1). */
typedef struct ui_heaps {
	int n;
	store_heap *g[UI_HEAP_CACHE];
	int slot[UI_HEAP_CACHE];
} ui_heaps;
/* The graphs of snapshots ids[0..n) (n <= UI_HEAP_CACHE, distinct), loaded side by
 * side where not cached (one being loaded for another request is waited for) and held
 * until ui__heaps_release: 0, or the first error with its snapshot in *bad (nothing
 * held then). */
int ui__heaps_acquire(ui_ctx *x, const int64_t *ids, int n, ui_heaps *h, int64_t *bad);
void ui__heaps_release(ui_ctx *x, ui_heaps *h);
/* Starts loading ids[0..n) in the background (for a comparison about to be asked). */
void ui__heaps_warm(ui_shared *sh, const int64_t *ids, int n);
void ui__heaps_free(ui_shared *sh);
/* diff.c: the leak suspects of `leakscope diff` (analysis/leaks.h) */
int ui__diff(ui_ctx *x, int64_t run, const char *query, json_t **out, char *msg);
void ui__diff_free(void);
/* heap.c: an HTTP status for an error loading snapshot id (404 when it is missing). */
int ui__heap_fail(char *msg, int64_t id, int err);

/* assets.c: the embedded front end (web-ui, built by esbuild at build time) */
int ui__assets_built(void);
void ui__asset(const ui_req *req, ui_resp *resp);

#endif
