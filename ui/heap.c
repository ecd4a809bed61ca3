/* heap.c — the Snapshots view's data: the list, the comparison of 1-6 (UI_HEAP_CACHE) snapshots and why
 * one node is alive. Graphs are loaded once (store_heap_load) and the last
 * UI_HEAP_CACHE kept, since a committed snapshot never changes.
 *
 * /compare?ids=A,B,C[&limit=N]: a class summary — the nodes of each snapshot grouped
 *   by type and name (an object's constructor, a closure's function; strings, code and
 *   the runtime's bookkeeping as one group each), the runtime's own nodes left out —
 *   with per-snapshot counts and self sizes and the deltas from the first to the last.
 *   Groups that grew in every step come first ("growing"); for the GROWTH_SAMPLES
 *   biggest of them, the first node of the last snapshot allocated after the first one
 *   (id above its max_id) is shown with a shortest retainer path and its allocation site.
 * /retainers?snap=S&node=ID: the node, a shortest path from the root, its dominators,
 *   and the edges pointing to it (at most `limit`, default 20).
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "heapgraph.h"
#include "internal.h"

#define MAX_COMPARE UI_HEAP_CACHE
#define GROWTH_SAMPLES 8
#define PATH_MAX_STEPS 40

/* ---- the graph cache ---- */

static int heap_get(ui_ctx *x, int64_t id, store_heap **g)
{
	int i, lru = 0, err;
	for (i = 0; i < UI_HEAP_CACHE; i++) {
		if (x->heaps[i].g && x->heaps[i].id == id) {
			x->heaps[i].used = ++x->tick;
			*g = x->heaps[i].g;
			return 0;
		}
		if (x->heaps[i].used < x->heaps[lru].used)
			lru = i;
	}
	if ((err = store_heap_load(an_sqlite(x->db), id, g)))
		return err;
	store_heap_free(x->heaps[lru].g);
	x->heaps[lru].g = *g;
	x->heaps[lru].id = id;
	x->heaps[lru].used = ++x->tick;
	return 0;
}

/* Loads the graphs of ids[0..n) that are not cached yet, each on a thread of its own
 * with its own read-only connection (decoding a million-node snapshot takes ~0.3 s, so
 * three side by side take about the time of one on two cores), then caches them. The
 * first error (a missing snapshot) is returned; the caller then asks heap_get for the
 * message. */
typedef struct loader {
	pthread_t t;
	const char *path;
	int64_t id;
	store_heap *g;
	int err, started;
} loader;

static void *load_one(void *arg)
{
	loader *l = arg;
	sqlite3 *db;
	if (sqlite3_open_v2(l->path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		sqlite3_close(db);
		l->err = STORE_EIO;
		return NULL;
	}
	sqlite3_busy_timeout(db, 2000);
	l->err = store_heap_load(db, l->id, &l->g);
	sqlite3_close(db);
	return NULL;
}

static void heap_preload(ui_ctx *x, const int64_t *ids, int n)
{
	loader ls[UI_HEAP_CACHE];
	int k, i, m = 0;
	for (k = 0; k < n && m < UI_HEAP_CACHE; k++) {
		for (i = 0; i < UI_HEAP_CACHE; i++)
			if (x->heaps[i].g && x->heaps[i].id == ids[k])
				break;
		if (i < UI_HEAP_CACHE)
			continue;
		memset(&ls[m], 0, sizeof ls[m]);
		ls[m].path = x->db_path;
		ls[m].id = ids[k];
		ls[m].started = !pthread_create(&ls[m].t, NULL, load_one, &ls[m]);
		if (!ls[m].started)
			load_one(&ls[m]);
		m++;
	}
	if (m < 2) {	/* one graph: no thread needed, heap_get loads it */
		for (k = 0; k < m; k++) {
			if (ls[k].started)
				pthread_join(ls[k].t, NULL);
			store_heap_free(ls[k].g);
		}
		return;
	}
	for (k = 0; k < m; k++) {
		int lru = 0;
		if (ls[k].started)
			pthread_join(ls[k].t, NULL);
		if (ls[k].err || !ls[k].g)
			continue;
		for (i = 1; i < UI_HEAP_CACHE; i++)
			if (x->heaps[i].used < x->heaps[lru].used)
				lru = i;
		store_heap_free(x->heaps[lru].g);
		x->heaps[lru].g = ls[k].g;
		x->heaps[lru].id = ls[k].id;
		x->heaps[lru].used = ++x->tick;
	}
}

void ui__heaps_free(ui_ctx *x)
{
	int i;
	for (i = 0; i < UI_HEAP_CACHE; i++) {
		store_heap_free(x->heaps[i].g);
		x->heaps[i].g = NULL;
	}
}

static int heap_fail(char *msg, int64_t id, int err)
{
	if (err == STORE_EINVAL)
		return ui__fail(msg, 404, "no heap snapshot %lld in the recording", (long long)id);
	return ui__fail(msg, 500, "cannot load heap snapshot %lld (%s)", (long long)id,
		store_strerror(err));
}

/* ---- labels and paths ---- */

static json_t *str_json(const char *s)
{
	json_t *j = json_string(s);
	return j ? j : json_string("(not UTF-8)");
}

static json_t *node_json(const store_heap *g, uint32_t i)
{
	const store_heap_node *n = &g->nodes[i];
	json_t *o = json_pack("{s:I, s:s, s:I, s:I, s:i, s:b}",
		"id", (json_int_t)n->id,
		"type", store_heap_node_type_name(n->type),
		"self_size", (json_int_t)n->self_size,
		"retained_size", (json_int_t)n->retained_size,
		"distance", n->distance == STORE_HEAP_NONE ? -1 : (int)n->distance,
		"internal", (n->flags & STORE_HEAP_F_INTERNAL) != 0);
	const char *name = store_heap_str(g, n->name);
	char buf[84];
	if (n->type == STORE_HEAP_STRING && strlen(name) > 80) {
		snprintf(buf, sizeof buf, "%.77s...", name);
		name = buf;
	}
	json_object_set_new(o, "name", i == 0 ? json_string("(root)") : str_json(name));
	return o;
}

static json_t *edge_json(const store_heap *g, const store_heap_edge *e)
{
	int named = e->type != STORE_HEAP_ELEMENT && e->type != STORE_HEAP_EDGE_HIDDEN;
	json_t *j = json_pack("{s:s}", "edge_type", store_heap_edge_type_name(e->type));
	json_object_set_new(j, "edge", named ? str_json(store_heap_str(g, e->name)) :
		json_integer(e->name));
	return j;
}

/* The path as [{edge, edge_type, node}], root's edge first; the last PATH_MAX_STEPS
 * steps of a longer one (with "skipped"). */
static json_t *path_json(const store_heap *g, uint32_t node)
{
	uint32_t *path = NULL, n = 0, k;
	json_t *arr;
	if (an_heap_retainer_path(g, node, &path, &n))
		return json_null();
	arr = json_array();
	for (k = n > PATH_MAX_STEPS ? n - PATH_MAX_STEPS : 0; k < n; k++) {
		json_t *step = edge_json(g, &g->edges[path[k]]);
		json_object_set_new(step, "node", node_json(g, g->edges[path[k]].to));
		json_array_append_new(arr, step);
	}
	free(path);
	return json_pack("{s:i, s:o}", "skipped", n > PATH_MAX_STEPS ? (int)(n -
		PATH_MAX_STEPS) : 0, "steps", arr);
}

/* frames.id -> {function, file, line, frame} or null */
static json_t *site_json(ui_ctx *x, uint32_t frame)
{
	sqlite3_stmt *st;
	json_t *j = json_null();
	if (!frame || sqlite3_prepare_v2(an_sqlite(x->db), "SELECT coalesce(name, ''), file,"
		" line FROM frames WHERE id = ?1", -1, &st, NULL) != SQLITE_OK)
		return j;
	sqlite3_bind_int64(st, 1, frame);
	if (sqlite3_step(st) == SQLITE_ROW) {
		json_decref(j);
		j = json_pack("{s:o, s:o, s:i, s:I}",
			"function", str_json((const char *)sqlite3_column_text(st, 0)),
			"file", str_json((const char *)sqlite3_column_text(st, 1)),
			"line", sqlite3_column_int(st, 2), "frame", (json_int_t)frame);
	}
	sqlite3_finalize(st);
	return j;
}

/* ---- /snapshots ---- */

int ui__snapshots(ui_ctx *x, int64_t run, const char *q, json_t **out, char *msg)
{
	sqlite3_stmt *st;
	json_t *arr;
	if (sqlite3_prepare_v2(an_sqlite(x->db), "SELECT id, run_id, t_us, label, trigger,"
		" node_count, edge_count, self_size, heap_used, max_id, pause_us, commit_us"
		" FROM snapshots WHERE state = 1 AND (?1 = 0 OR run_id = ?1) ORDER BY id", -1, &st,
		NULL) != SQLITE_OK)
		return ui__fail(msg, 500, "a query failed");
	sqlite3_bind_int64(st, 1, run);
	arr = json_array();
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *label = (const char *)sqlite3_column_text(st, 3);
		const char *trig = (const char *)sqlite3_column_text(st, 4);
		json_t *o = json_pack("{s:I, s:I, s:I, s:s, s:I, s:I, s:I, s:I, s:I, s:I, s:I}",
			"id", (json_int_t)sqlite3_column_int64(st, 0),
			"run", (json_int_t)sqlite3_column_int64(st, 1),
			"t_us", (json_int_t)sqlite3_column_int64(st, 2),
			"trigger", trig ? trig : "",
			"nodes", (json_int_t)sqlite3_column_int64(st, 5),
			"edges", (json_int_t)sqlite3_column_int64(st, 6),
			"self_size", (json_int_t)sqlite3_column_int64(st, 7),
			"heap_used", (json_int_t)sqlite3_column_int64(st, 8),
			"max_id", (json_int_t)sqlite3_column_int64(st, 9),
			"pause_us", (json_int_t)sqlite3_column_int64(st, 10),
			"commit_us", (json_int_t)sqlite3_column_int64(st, 11));
		json_object_set_new(o, "label", label ? str_json(label) : json_null());
		json_array_append_new(arr, o);
	}
	sqlite3_finalize(st);
	*out = json_pack("{s:I, s:o}", "run", (json_int_t)run, "snapshots", arr);
	return 200;
}

/* ---- /compare ---- */

typedef struct group {
	uint8_t type;
	char *name;
	int64_t count[MAX_COMPARE], size[MAX_COMPARE];
	int64_t new_count;	/* nodes of the last snapshot allocated after the first */
	uint32_t sample;	/* the first of them (node index in the last), UINT32_MAX none */
	int growing;
} group;

typedef struct groups {
	group *v;
	size_t n, cap;
	size_t *slot;		/* open addressing over (type, name): index + 1 */
	size_t scap;
} groups;

static uint64_t hash_str(uint8_t type, const char *s)
{
	uint64_t h = 1469598103934665603ULL ^ type;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

/* The group of (type, name), made if new; NULL when out of memory. */
static group *group_get(groups *gs, uint8_t type, const char *name)
{
	uint64_t h = hash_str(type, name);
	size_t i;
	if ((gs->n + 1) * 2 > gs->scap) {
		size_t cap = gs->scap ? gs->scap * 2 : 1024, k;
		size_t *slot = calloc(cap, sizeof *slot);
		if (!slot)
			return NULL;
		for (k = 0; k < gs->n; k++) {
			for (i = hash_str(gs->v[k].type, gs->v[k].name) & (cap - 1); slot[i];
			     i = (i + 1) & (cap - 1))
				;
			slot[i] = k + 1;
		}
		free(gs->slot);
		gs->slot = slot;
		gs->scap = cap;
	}
	for (i = h & (gs->scap - 1); gs->slot[i]; i = (i + 1) & (gs->scap - 1)) {
		group *g = &gs->v[gs->slot[i] - 1];
		if (g->type == type && !strcmp(g->name, name))
			return g;
	}
	if (gs->n == gs->cap) {
		size_t cap = gs->cap ? gs->cap * 2 : 256;
		group *v = realloc(gs->v, cap * sizeof *v);
		if (!v)
			return NULL;
		gs->v = v;
		gs->cap = cap;
	}
	memset(&gs->v[gs->n], 0, sizeof *gs->v);
	gs->v[gs->n].type = type;
	gs->v[gs->n].sample = UINT32_MAX;
	if (!(gs->v[gs->n].name = strdup(name)))
		return NULL;
	gs->slot[i] = ++gs->n;
	return &gs->v[gs->n - 1];
}

/* What a node is grouped under: strings, code and bookkeeping are one group each. */
static const char *group_name(const store_heap *g, const store_heap_node *n)
{
	switch (n->type) {
	case STORE_HEAP_STRING:
	case STORE_HEAP_CONS_STRING:
	case STORE_HEAP_SLICED_STRING:
		return "(string)";
	case STORE_HEAP_CODE:
		return "(compiled code)";
	case STORE_HEAP_HIDDEN:
		return "(system)";
	case STORE_HEAP_NUMBER:
		return "(number)";
	case STORE_HEAP_CLOSURE:
		return *store_heap_str(g, n->name) ? store_heap_str(g, n->name) : "(anonymous)";
	default:
		return *store_heap_str(g, n->name) ? store_heap_str(g, n->name) :
			store_heap_node_type_name(n->type);
	}
}

static int64_t g_delta(const group *g, int last)
{
	return g->count[last] - g->count[0];
}

static int last_k;	/* the qsort comparator's view of the last snapshot's index */

static int cmp_group(const void *a, const void *b)
{
	const group *x = a, *y = b;
	int64_t dx = g_delta(x, last_k), dy = g_delta(y, last_k);
	int64_t sx = x->size[last_k] - x->size[0], sy = y->size[last_k] - y->size[0];
	if (x->growing != y->growing)
		return y->growing - x->growing;
	if (sx != sy && x->growing)
		return sy > sx ? 1 : -1;
	if (dx != dy)
		return dy > dx ? 1 : -1;
	if (x->size[last_k] != y->size[last_k])
		return y->size[last_k] > x->size[last_k] ? 1 : -1;
	return strcmp(x->name, y->name);
}

static json_t *i64_array(const int64_t *v, int n)
{
	json_t *a = json_array();
	int i;
	for (i = 0; i < n; i++)
		json_array_append_new(a, json_integer(v[i]));
	return a;
}

int ui__compare(ui_ctx *x, int64_t run, const char *q, json_t **out, char *msg)
{
	char buf[256], *p, *end;
	int64_t ids[MAX_COMPARE], limit;
	store_heap *gr[MAX_COMPARE];
	groups gs;
	json_t *snaps, *rows;
	int n = 0, k, err, samples = 0;
	size_t i;
	uint64_t first_max;

	if (!ui_query(q, "ids", buf, sizeof buf) || !buf[0])
		return ui__fail(msg, 400, "ids: required, snapshot ids separated by commas");
	if (ui__qint(q, "limit", 200, 1, 100000, &limit, msg))
		return 400;
	for (p = buf; *p; p = *end ? end + 1 : end) {
		long long id = strtoll(p, &end, 10);
		if (end == p || id <= 0 || (*end && *end != ','))
			return ui__fail(msg, 400, "ids: not a list of snapshot ids");
		if (n == MAX_COMPARE)
			return ui__fail(msg, 400, "ids: at most %d snapshots", MAX_COMPARE);
		ids[n++] = id;
	}
	heap_preload(x, ids, n);
	for (k = 0; k < n; k++) {
		/* load all first: the cache holds them while they are compared */
		if ((err = heap_get(x, ids[k], &gr[k])))
			return heap_fail(msg, ids[k], err);
	}
	for (k = 0; k < n; k++)	/* a later load may have evicted an earlier graph */
		if ((err = heap_get(x, ids[k], &gr[k])))
			return heap_fail(msg, ids[k], err);
	memset(&gs, 0, sizeof gs);
	first_max = gr[0]->max_id;
	for (k = 0; k < n; k++) {
		const store_heap *g = gr[k];
		group *cur = NULL;
		uint32_t last_name = UINT32_MAX;
		uint8_t last_type = 0;
		uint32_t j;
		for (j = 1; j < g->nnodes; j++) {
			const store_heap_node *nd = &g->nodes[j];
			if (nd->flags & (STORE_HEAP_F_INTERNAL | STORE_HEAP_F_ROOT) ||
			    nd->type == STORE_HEAP_SYNTHETIC)
				continue;
			if (!cur || nd->name != last_name || nd->type != last_type) {
				cur = group_get(&gs, nd->type, group_name(g, nd));
				if (!cur)
					goto oom;
				last_name = nd->name;
				last_type = nd->type;
			}
			cur->count[k]++;
			cur->size[k] += (int64_t)nd->self_size;
			if (k == n - 1 && n > 1 && nd->id > first_max) {
				/* the oldest: alive longest since the first snapshot */
				if (!cur->new_count++)
					cur->sample = j;
			}
		}
	}
	for (i = 0; i < gs.n; i++) {
		group *g = &gs.v[i];
		g->growing = n > 1 && g->count[n - 1] > g->count[0] && g->new_count > 0;
		for (k = 1; k < n && g->growing; k++)
			if (g->count[k] <= g->count[k - 1])
				g->growing = 0;
	}
	last_k = n - 1;
	qsort(gs.v, gs.n, sizeof *gs.v, cmp_group);

	snaps = json_array();
	for (k = 0; k < n; k++)
		json_array_append_new(snaps, json_pack("{s:I, s:I, s:I, s:I, s:I}",
			"id", (json_int_t)ids[k], "t_us", (json_int_t)gr[k]->t_us,
			"nodes", (json_int_t)gr[k]->nnodes, "heap_used", (json_int_t)gr[k]->heap_used,
			"max_id", (json_int_t)gr[k]->max_id));
	rows = json_array();
	for (i = 0; i < gs.n && i < (size_t)limit; i++) {
		group *g = &gs.v[i];
		json_t *r = json_pack("{s:s, s:o, s:o, s:o, s:I, s:I, s:I, s:b}",
			"type", store_heap_node_type_name(g->type), "name", str_json(g->name),
			"count", i64_array(g->count, n), "size", i64_array(g->size, n),
			"count_delta", (json_int_t)g_delta(g, n - 1),
			"size_delta", (json_int_t)(g->size[n - 1] - g->size[0]),
			"new", (json_int_t)g->new_count, "growing", g->growing);
		if (g->growing && g->sample != UINT32_MAX && samples < GROWTH_SAMPLES) {
			const store_heap *last = gr[n - 1];
			samples++;
			json_object_set_new(r, "sample", node_json(last, g->sample));
			json_object_set_new(r, "path", path_json(last, g->sample));
			json_object_set_new(r, "site", site_json(x, last->nodes[g->sample].site));
		}
		json_array_append_new(rows, r);
	}
	*out = json_pack("{s:o, s:I, s:I, s:o}", "snapshots", snaps,
		"groups_total", (json_int_t)gs.n, "growing", (json_int_t)0, "groups", rows);
	{
		json_int_t growing = 0;
		for (i = 0; i < gs.n; i++)
			growing += gs.v[i].growing;
		json_object_set_new(*out, "growing", json_integer(growing));
	}
	for (i = 0; i < gs.n; i++)
		free(gs.v[i].name);
	free(gs.v);
	free(gs.slot);
	return 200;
oom:
	for (i = 0; i < gs.n; i++)
		free(gs.v[i].name);
	free(gs.v);
	free(gs.slot);
	return ui__fail(msg, 500, "out of memory");
}

/* ---- /retainers ---- */

static uint32_t source_of(const store_heap *g, uint32_t e)
{
	uint32_t lo = 0, hi = g->nnodes - 1;
	while (lo < hi) {	/* the last node whose edges start at or before e */
		uint32_t mid = lo + (hi - lo + 1) / 2;
		if (g->nodes[mid].first_edge <= e)
			lo = mid;
		else
			hi = mid - 1;
	}
	return lo;
}

int ui__retainers(ui_ctx *x, int64_t run, const char *q, json_t **out, char *msg)
{
	int64_t snap, id, limit;
	store_heap *g;
	uint32_t i, e, d, shown = 0, total = 0;
	json_t *doms, *rets;
	int err;

	if (ui__qint(q, "snap", 0, 1, INT64_MAX, &snap, msg) ||
	    ui__qint(q, "node", -1, 0, INT64_MAX, &id, msg) ||
	    ui__qint(q, "limit", 20, 0, 10000, &limit, msg))
		return 400;
	if (!snap || id < 0)
		return ui__fail(msg, 400, "snap and node: required (a snapshot id, a node id)");
	if ((err = heap_get(x, snap, &g)))
		return heap_fail(msg, snap, err);
	i = an_heap_find(g, (uint64_t)id);
	if (i == STORE_HEAP_NONE)
		return ui__fail(msg, 404, "no node @%lld in heap snapshot %lld", (long long)id,
			(long long)snap);
	doms = json_array();
	for (d = g->nodes[i].dominator; i && d != STORE_HEAP_NONE; d = g->nodes[d].dominator) {
		json_array_append_new(doms, node_json(g, d));
		if (!d || json_array_size(doms) >= PATH_MAX_STEPS)
			break;
	}
	rets = json_array();
	for (e = 0; e < g->nedges; e++) {
		if (g->edges[e].to != i)
			continue;
		total++;
		if (limit && shown >= limit)
			continue;
		shown++;
		{
			json_t *r = edge_json(g, &g->edges[e]);
			json_object_set_new(r, "from", node_json(g, source_of(g, e)));
			json_array_append_new(rets, r);
		}
	}
	*out = json_pack("{s:I, s:o, s:o, s:o, s:o, s:o, s:I}", "snapshot", (json_int_t)snap,
		"node", node_json(g, i), "site", site_json(x, g->nodes[i].site),
		"path", path_json(g, i), "dominators", doms, "retainers", rets,
		"retainer_count", (json_int_t)total);
	return 200;
}
