/* heap.c — the Snapshots view's data: the list, the comparison of 1-6 (UI_HEAP_CACHE)
 * snapshots and why one node is alive, and the graph cache these and the leak diff
 * (diff.c) share. Graphs are loaded once (store_heap_load), side by side, and the last
 * UI_HEAP_CACHE kept, since a committed snapshot never changes; requests on the thread
 * pool read them at once, and a graph being loaded for one is waited for by the others.
 *
 * /snapshots[?warm=1]: the list, and default_ids, the ones the view compares unless told
 *   (all, or UI_HEAP_CACHE spread over the run, the first and the last among them); with
 *   warm=1 a run's default_ids start loading at once, in the background, for the
 *   comparison and the diff the view asks for next.
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

/* Loading a graph happens outside the lock, each on a thread of its own with its own
 * read-only connection (decoding a million-node snapshot takes ~0.3 s, so three side by
 * side take about the time of one on two cores). */
typedef struct loader {
	pthread_t t;
	const char *path;
	int64_t id;
	store_heap *g;
	int err, started, slot;
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

static int slot_of(ui_shared *sh, int64_t id)
{
	int i;
	for (i = 0; i < UI_HEAP_CACHE; i++)
		if (sh->heaps[i].id == id && (sh->heaps[i].g || sh->heaps[i].loading))
			return i;
	return -1;
}

/* A slot to load into: empty, or the least recently used graph nobody holds; -1 when
 * every slot is held (the graph is then loaded for this request only). */
static int slot_claim(ui_shared *sh, int64_t id)
{
	int i, best = -1;
	for (i = 0; i < UI_HEAP_CACHE; i++) {
		ui_heap_slot *s = &sh->heaps[i];
		if (s->refs || s->loading)
			continue;
		if (best < 0 || !s->g || (sh->heaps[best].g && s->used < sh->heaps[best].used))
			best = i;
	}
	if (best >= 0) {
		ui_heap_slot *s = &sh->heaps[best];
		store_heap_free(s->g);
		s->g = NULL;
		s->id = id;
		s->loading = 1;
		s->err = 0;
	}
	return best;
}

int ui__heaps_acquire(ui_ctx *x, const int64_t *ids, int n, ui_heaps *h, int64_t *bad)
{
	ui_shared *sh = x->sh;
	loader ls[UI_HEAP_CACHE];
	int load[UI_HEAP_CACHE];	/* position k of ls[j]: load[j] = k */
	int k, j, m = 0, err = 0;

	memset(h, 0, sizeof *h);
	h->n = n;
	pthread_mutex_lock(&sh->lock);
	for (k = 0; k < n; k++) {
		int i = slot_of(sh, ids[k]);
		h->slot[k] = i;
		if (i >= 0) {
			sh->heaps[i].refs++;	/* held, or loading for another request */
			continue;
		}
		memset(&ls[m], 0, sizeof ls[m]);
		ls[m].path = sh->db_path;
		ls[m].id = ids[k];
		ls[m].slot = h->slot[k] = slot_claim(sh, ids[k]);
		if (ls[m].slot >= 0)
			sh->heaps[ls[m].slot].refs++;
		load[m++] = k;
	}
	pthread_mutex_unlock(&sh->lock);

	/* this thread loads the first, threads of their own the others */
	for (j = 1; j < m; j++)
		ls[j].started = !pthread_create(&ls[j].t, NULL, load_one, &ls[j]);
	for (j = 0; j < m; j++)
		if (!j || !ls[j].started)
			load_one(&ls[j]);
	for (j = 1; j < m; j++)
		if (ls[j].started)
			pthread_join(ls[j].t, NULL);

	pthread_mutex_lock(&sh->lock);
	for (j = 0; j < m; j++) {
		k = load[j];
		if (ls[j].slot < 0) {	/* every slot held: this request's own */
			h->g[k] = ls[j].g;
			if (!h->g[k] && !err) {
				err = ls[j].err ? ls[j].err : STORE_EIO;
				*bad = ids[k];
			}
			continue;
		}
		sh->heaps[ls[j].slot].g = ls[j].g;
		sh->heaps[ls[j].slot].err = ls[j].err;
		sh->heaps[ls[j].slot].loading = 0;
	}
	if (m)
		pthread_cond_broadcast(&sh->changed);
	for (k = 0; k < n; k++) {
		ui_heap_slot *s;
		if (h->slot[k] < 0)
			continue;
		s = &sh->heaps[h->slot[k]];
		while (s->loading)
			pthread_cond_wait(&sh->changed, &sh->lock);
		s->used = ++sh->tick;
		h->g[k] = s->g;
		if (!h->g[k] && !err) {
			err = s->err ? s->err : STORE_EIO;
			*bad = ids[k];
		}
	}
	pthread_mutex_unlock(&sh->lock);
	if (err)
		ui__heaps_release(x, h);
	return err;
}

void ui__heaps_release(ui_ctx *x, ui_heaps *h)
{
	ui_shared *sh = x->sh;
	int k;
	pthread_mutex_lock(&sh->lock);
	for (k = 0; k < h->n; k++) {
		if (h->slot[k] >= 0)
			sh->heaps[h->slot[k]].refs--;
		else
			store_heap_free(h->g[k]);
		h->g[k] = NULL;
	}
	h->n = 0;
	pthread_mutex_unlock(&sh->lock);
}

/* ---- warming: graphs loaded before they are asked for ---- */

typedef struct warm {
	ui_shared *sh;
	int n;
	int64_t ids[UI_HEAP_CACHE];
} warm;

static void *warm_run(void *arg)
{
	warm *w = arg;
	ui_ctx x = { NULL, w->sh->db_path, w->sh };
	ui_heaps h;
	int64_t bad;
	if (!ui__heaps_acquire(&x, w->ids, w->n, &h, &bad))
		ui__heaps_release(&x, &h);
	pthread_mutex_lock(&w->sh->lock);
	w->sh->warming--;
	pthread_cond_broadcast(&w->sh->changed);
	pthread_mutex_unlock(&w->sh->lock);
	free(w);
	return NULL;
}

void ui__heaps_warm(ui_shared *sh, const int64_t *ids, int n)
{
	pthread_t t;
	warm *w;
	int k;
	if (n < 1 || !(w = calloc(1, sizeof *w)))
		return;
	w->sh = sh;
	pthread_mutex_lock(&sh->lock);
	for (k = 0; k < n && w->n < UI_HEAP_CACHE; k++)
		if (slot_of(sh, ids[k]) < 0)
			w->ids[w->n++] = ids[k];
	if (w->n)
		sh->warming++;
	pthread_mutex_unlock(&sh->lock);
	if (!w->n) {
		free(w);
		return;
	}
	if (pthread_create(&t, NULL, warm_run, w)) {
		pthread_mutex_lock(&sh->lock);
		sh->warming--;
		pthread_mutex_unlock(&sh->lock);
		free(w);
		return;
	}
	pthread_detach(t);
}

void ui__heaps_free(ui_shared *sh)
{
	int i;
	pthread_mutex_lock(&sh->lock);
	while (sh->warming)
		pthread_cond_wait(&sh->changed, &sh->lock);
	pthread_mutex_unlock(&sh->lock);
	for (i = 0; i < UI_HEAP_CACHE; i++) {
		store_heap_free(sh->heaps[i].g);
		sh->heaps[i].g = NULL;
	}
}

int ui__heap_fail(char *msg, int64_t id, int err)
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
	json_t *arr, *dflt;
	int64_t warm, ids[UI_HEAP_CACHE];
	size_t n, i;
	int k = 0;
	if (ui__qint(q, "warm", 0, 0, 1, &warm, msg))
		return 400;
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
	/* the default comparison: every snapshot, or UI_HEAP_CACHE spread evenly */
	n = json_array_size(arr);
	dflt = json_array();
	for (i = 0; i < n && i < UI_HEAP_CACHE; i++) {
		size_t at = n <= UI_HEAP_CACHE ? i : (size_t)((double)i * (double)(n - 1) /
			(UI_HEAP_CACHE - 1) + 0.5);
		ids[k] = json_integer_value(json_object_get(json_array_get(arr, at), "id"));
		json_array_append_new(dflt, json_integer(ids[k++]));
	}
	if (warm && run && k > 1)
		ui__heaps_warm(x->sh, ids, k);
	*out = json_pack("{s:I, s:o, s:o}", "run", (json_int_t)run, "snapshots", arr,
		"default_ids", dflt);
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

static _Thread_local int last_k;	/* the qsort comparator's view of the last snapshot */

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
	int64_t ids[MAX_COMPARE], limit, bad;
	ui_heaps held;
	store_heap **gr;
	groups gs;
	json_t *snaps, *rows;
	int n = 0, k, err, samples = 0;
	size_t i;
	uint64_t first_max;

	if (ui__ids(q, ids, MAX_COMPARE, &n, msg))
		return 400;
	if (!n)
		return ui__fail(msg, 400, "ids: required, snapshot ids separated by commas");
	if (ui__qint(q, "limit", 200, 1, 100000, &limit, msg))
		return 400;
	if ((err = ui__heaps_acquire(x, ids, n, &held, &bad)))
		return ui__heap_fail(msg, bad, err);
	gr = held.g;
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
	ui__heaps_release(x, &held);
	return 200;
oom:
	for (i = 0; i < gs.n; i++)
		free(gs.v[i].name);
	free(gs.v);
	free(gs.slot);
	ui__heaps_release(x, &held);
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
	int64_t snap, id, limit, bad;
	ui_heaps held;
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
	if ((err = ui__heaps_acquire(x, &snap, 1, &held, &bad)))
		return ui__heap_fail(msg, bad, err);
	g = held.g[0];
	i = an_heap_find(g, (uint64_t)id);
	if (i == STORE_HEAP_NONE) {
		ui__heaps_release(x, &held);
		return ui__fail(msg, 404, "no node @%lld in heap snapshot %lld", (long long)id,
			(long long)snap);
	}
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
	ui__heaps_release(x, &held);
	return 200;
}
