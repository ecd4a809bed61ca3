/* heapstore.c — heap snapshots in the database (snapshot.h, schema.sql version 2): reserving
 * ids, handing graphs to the writer, encoding them into packed chunks, writing them in
 * one transaction, and loading them back.
 *
 * Encoding is columnar only in the sense of the schema's comment: nodes, edges and
 * locations of CHUNK_NODES consecutive nodes per row, each a run of LEB128 varints.
 * Ids, dominators and edge targets are stored as differences (zigzag) because the
 * walker numbers nodes in breadth-first order, so most are small.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define CHUNK_NODES 16384
#define STRING_CHUNK_BYTES (256 * 1024)

/* ---- byte buffers and varints ---- */

typedef struct buf {
	unsigned char *p;
	size_t n, cap;
} buf;

static int buf_room(buf *b, size_t more)
{
	size_t cap;
	unsigned char *p;
	if (b->n + more <= b->cap)
		return 0;
	cap = b->cap ? b->cap : 4096;
	while (cap < b->n + more)
		cap *= 2;
	if (!(p = realloc(b->p, cap)))
		return -1;
	b->p = p;
	b->cap = cap;
	return 0;
}

/* Callers reserve room for a record first (at most 10 bytes a varint). */
static inline void put_uv(buf *b, uint64_t v)
{
	while (v >= 0x80) {
		b->p[b->n++] = (unsigned char)(v | 0x80);
		v >>= 7;
	}
	b->p[b->n++] = (unsigned char)v;
}

static inline void put_zz(buf *b, int64_t v)
{
	put_uv(b, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63));
}

typedef struct reader {
	const unsigned char *p, *end;
	int bad;
} reader;

static inline uint64_t get_uv(reader *r)
{
	uint64_t v = 0;
	int shift = 0;
	while (r->p < r->end && shift < 64) {
		unsigned char c = *r->p++;
		v |= (uint64_t)(c & 0x7f) << shift;
		if (!(c & 0x80))
			return v;
		shift += 7;
	}
	r->bad = 1;
	return 0;
}

static inline int64_t get_zz(reader *r)
{
	uint64_t v = get_uv(r);
	return (int64_t)(v >> 1) ^ -(int64_t)(v & 1);
}

/* ---- a queued snapshot ---- */

struct store__snap {
	store_heap *g;
	int prepared;
	int64_t queued_ns;	/* when it was handed over (for commit_us) */
	uint64_t self_size;	/* sum over the nodes (the graph is freed once encoded) */
	/* encoded: per chunk, its three blobs one after the other in `data` */
	buf data;
	struct chunk { size_t nodes, edges, locs; uint32_t first, count, nedges; } *chunks;
	uint32_t nchunks;
	buf strings;
	struct schunk { size_t len; uint32_t first, count; } *schunks;
	uint32_t nschunks;
};

/* The writer's prepared statements for snapshots (made on first use). */
enum { H_SNAPSHOT, H_CHUNK, H_STRINGS, H_RESERVE, H__COUNT };
static const char *const HSQL[H__COUNT] = {
	[H_SNAPSHOT] = "INSERT OR REPLACE INTO snapshots (id, run_id, state, t_us, label, trigger,"
		" node_count, edge_count, string_count, self_size, heap_used, max_id, pause_us,"
		" commit_us) VALUES (?1, ?2, 1, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
	[H_CHUNK] = "INSERT INTO heap_chunks (snapshot_id, first_node, node_count, edge_count,"
		" nodes, edges, locations) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
	[H_STRINGS] = "INSERT INTO heap_strings (snapshot_id, first, count, data)"
		" VALUES (?1, ?2, ?3, ?4)",
	[H_RESERVE] = "INSERT INTO snapshots (run_id, state) VALUES (?1, 0)",
};

struct store__heapw {
	sqlite3_stmt *st[H__COUNT];
};

static sqlite3_stmt *stmt(store *s, int k)
{
	if (!s->hw && !(s->hw = calloc(1, sizeof *s->hw)))
		return NULL;
	if (!s->hw->st[k] && sqlite3_prepare_v3(s->db, HSQL[k], -1, SQLITE_PREPARE_PERSISTENT,
		&s->hw->st[k], NULL) != SQLITE_OK)
		return NULL;
	return s->hw->st[k];
}

void store__heapw_free(store *s)
{
	int i;
	if (!s->hw)
		return;
	for (i = 0; i < H__COUNT; i++)
		sqlite3_finalize(s->hw->st[i]);
	free(s->hw);
	s->hw = NULL;
}

/* ---- the recording thread ---- */

int64_t store_snapshot_reserve(store *s)
{
	int64_t id;
	int err;
	if (s->readonly)
		return STORE_EREADONLY;
	pthread_mutex_lock(&s->lock);
	s->snap_err = 0;
	while (!s->snap_npool && !(err = atomic_load(&s->error)) && !s->snap_err &&
	       s->thread_started) {
		s->snap_want = 1;
		s->kick = 1;
		pthread_cond_signal(&s->wake);
		pthread_cond_wait(&s->snap_cond, &s->lock);
	}
	if (s->snap_npool) {
		id = s->snap_pool[0];
		memmove(s->snap_pool, s->snap_pool + 1, --s->snap_npool * sizeof *s->snap_pool);
		if (s->snap_npool < STORE_SNAPSHOT_RESERVE / 2) {
			s->snap_want = 1;	/* top up at the writer's next round */
			s->kick = 1;
			pthread_cond_signal(&s->wake);
		}
	} else {
		err = atomic_load(&s->error);
		id = err ? err : s->snap_err ? s->snap_err : STORE_EIO;
	}
	pthread_mutex_unlock(&s->lock);
	return id;
}

int store_snapshot_commit(store *s, store_heap *g)
{
	store__snap *snap;
	store__rec_snapshot *r;
	if (!g)
		return STORE_EINVAL;
	if (s->readonly || g->id <= 0) {
		store_heap_free(g);
		return s->readonly ? STORE_EREADONLY : STORE_EINVAL;
	}
	if (!(snap = calloc(1, sizeof *snap))) {
		store_heap_free(g);
		return STORE_ENOMEM;
	}
	snap->g = g;
	snap->queued_ns = (int64_t)store__mono_ns();
	r = store__rec_begin(s, STORE__REC_SNAPSHOT, sizeof *r, 0);
	if (!r) {
		int err = atomic_load(&s->error);
		free(snap);
		store_heap_free(g);
		return err ? err : STORE_ENOMEM;
	}
	r->snap = snap;
	atomic_fetch_add(&s->snap_pending, 1);
	store__rec_end(s, &r->h);
	store__wake(s);
	return 0;
}

int store_snapshots_pending(const store *s)
{
	return atomic_load(&((store *)s)->snap_pending);
}

/* ---- the writer thread ---- */

void store__snapshot_refill(store *s)
{
	sqlite3_stmt *st;
	int need, rc = SQLITE_OK, n = 0, err = 0;
	int64_t ids[STORE_SNAPSHOT_RESERVE];
	pthread_mutex_lock(&s->lock);
	need = s->snap_want ? STORE_SNAPSHOT_RESERVE - s->snap_npool : 0;
	pthread_mutex_unlock(&s->lock);
	if (need <= 0 || atomic_load(&s->error))
		goto done;
	if (!(st = stmt(s, H_RESERVE))) {
		err = store__error(s->db, sqlite3_errcode(s->db));
		goto done;
	}
	rc = sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	for (; rc == SQLITE_OK && n < need; n++) {
		sqlite3_bind_int64(st, 1, s->run_id);
		rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc == SQLITE_DONE)
			rc = SQLITE_OK;
		ids[n] = sqlite3_last_insert_rowid(s->db);
	}
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
	if (rc != SQLITE_OK) {
		err = store__error(s->db, rc);
		if (!sqlite3_get_autocommit(s->db))
			sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		n = 0;
		if (!err)
			err = STORE_EIO;
	}
done:
	pthread_mutex_lock(&s->lock);
	if (n) {
		memcpy(s->snap_pool + s->snap_npool, ids, (size_t)n * sizeof *ids);
		s->snap_npool += n;
		s->snap_want = 0;
	}
	if (err)
		s->snap_err = err;
	if (need > 0 || err)
		pthread_cond_broadcast(&s->snap_cond);
	pthread_mutex_unlock(&s->lock);
}

static int encode(store *s, store__snap *snap)
{
	const store_heap *g = snap->g;
	uint32_t i, c, li = 0;
	size_t cap = (g->nnodes + CHUNK_NODES - 1) / CHUNK_NODES;
	snap->chunks = calloc(cap ? cap : 1, sizeof *snap->chunks);
	if (!snap->chunks)
		return -1;
	for (c = 0; c * (size_t)CHUNK_NODES < g->nnodes; c++) {
		struct chunk *ch = &snap->chunks[snap->nchunks++];
		uint32_t first = c * CHUNK_NODES, end = first + CHUNK_NODES, prev_loc = first;
		uint64_t prev_id = 0;
		size_t start;
		if (end > g->nnodes)
			end = g->nnodes;
		ch->first = first;
		ch->count = end - first;
		start = snap->data.n;
		for (i = first; i < end; i++) {
			const store_heap_node *n = &g->nodes[i];
			int64_t frame = n->site ? store__frame_db_id(s, n->site) : 0;
			if (buf_room(&snap->data, 10 * 10))
				return -1;
			put_uv(&snap->data, n->type);
			put_uv(&snap->data, n->flags);
			put_zz(&snap->data, (int64_t)(n->id - prev_id));
			put_uv(&snap->data, n->name);
			put_uv(&snap->data, n->self_size);
			put_uv(&snap->data, n->retained_size);
			put_zz(&snap->data, n->dominator == STORE_HEAP_NONE ? 0 :
				(int64_t)n->dominator - (int64_t)i);
			put_uv(&snap->data, n->distance == STORE_HEAP_NONE ? 0 :
				(uint64_t)n->distance + 1);
			put_uv(&snap->data, (uint64_t)frame);
			put_uv(&snap->data, n->edge_count);
			prev_id = n->id;
		}
		ch->nodes = snap->data.n - start;
		start = snap->data.n;
		for (i = first; i < end; i++) {
			const store_heap_node *n = &g->nodes[i];
			uint32_t e;
			for (e = n->first_edge; e < n->first_edge + n->edge_count; e++) {
				const store_heap_edge *ed = &g->edges[e];
				if (buf_room(&snap->data, 30))
					return -1;
				put_uv(&snap->data, ed->type);
				put_uv(&snap->data, ed->name);
				put_zz(&snap->data, (int64_t)ed->to - (int64_t)i);
			}
			ch->nedges += n->edge_count;
		}
		ch->edges = snap->data.n - start;
		start = snap->data.n;
		/* locations are in node order (the walker adds them as it goes) */
		for (; li < g->nlocs && g->locs[li].node < end; li++) {
			const store_heap_location *l = &g->locs[li];
			if (l->node < first)
				continue;
			if (buf_room(&snap->data, 40))
				return -1;
			put_zz(&snap->data, (int64_t)l->node - (int64_t)prev_loc);
			put_uv(&snap->data, l->file);
			put_uv(&snap->data, l->line);
			put_uv(&snap->data, l->col);
			prev_loc = l->node;
		}
		ch->locs = snap->data.n - start;
	}
	/* strings, in chunks of about STRING_CHUNK_BYTES */
	cap = g->text_len / STRING_CHUNK_BYTES + 2;
	if (!(snap->schunks = calloc(cap, sizeof *snap->schunks)))
		return -1;
	for (i = 0; i < g->nstrings;) {
		struct schunk *sc;
		size_t start = snap->strings.n;
		if (snap->nschunks == cap) {
			void *p = realloc(snap->schunks, (cap *= 2) * sizeof *snap->schunks);
			if (!p)
				return -1;
			snap->schunks = p;
		}
		sc = &snap->schunks[snap->nschunks++];
		sc->first = i;
		while (i < g->nstrings && snap->strings.n - start < STRING_CHUNK_BYTES) {
			const char *t = store_heap_str(g, i);
			size_t len = strlen(t);
			if (buf_room(&snap->strings, len + 10))
				return -1;
			put_uv(&snap->strings, len);
			memcpy(snap->strings.p + snap->strings.n, t, len);
			snap->strings.n += len;
			i++;
		}
		sc->count = i - sc->first;
		sc->len = snap->strings.n - start;
	}
	return 0;
}

int store__snapshot_prepare(store *s, store__snap *snap)
{
	if (snap->prepared)
		return SQLITE_OK;
	if (snap->g->finish && !snap->g->has_dominators)
		snap->g->finish(snap->g);
	if (encode(s, snap))
		return SQLITE_NOMEM;
	/* only the counts and the label are needed from here on: give the memory back */
	{
		store_heap *g = snap->g;
		uint32_t i;
		for (i = 0; i < g->nnodes; i++)
			snap->self_size += g->nodes[i].self_size;
		free(g->nodes);
		free(g->edges);
		free(g->locs);
		free(g->text);
		free(g->off);
		free(g->slots);
		g->nodes = NULL;
		g->edges = NULL;
		g->locs = NULL;
		g->text = NULL;
		g->off = NULL;
		g->slots = NULL;
	}
	snap->prepared = 1;
	return SQLITE_OK;
}

static void bind_text_or_null(sqlite3_stmt *st, int i, const char *t)
{
	if (t && *t)
		sqlite3_bind_text(st, i, t, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

int store__snapshot_write(store *s, store__snap *snap)
{
	const store_heap *g = snap->g;
	sqlite3_stmt *st;
	uint64_t self = snap->self_size;
	size_t off = 0;
	uint32_t i;
	int rc;
	if (!snap->prepared)
		return SQLITE_MISUSE;
	if (!(st = stmt(s, H_SNAPSHOT)))
		return sqlite3_errcode(s->db);
	sqlite3_bind_int64(st, 1, g->id);
	sqlite3_bind_int64(st, 2, s->run_id);
	sqlite3_bind_int64(st, 3, g->t_us);
	bind_text_or_null(st, 4, g->label);
	bind_text_or_null(st, 5, g->trigger);
	sqlite3_bind_int64(st, 6, g->nnodes);
	sqlite3_bind_int64(st, 7, g->nedges);
	sqlite3_bind_int64(st, 8, g->nstrings);
	sqlite3_bind_int64(st, 9, (int64_t)self);
	sqlite3_bind_int64(st, 10, (int64_t)g->heap_used);
	sqlite3_bind_int64(st, 11, (int64_t)g->max_id);
	sqlite3_bind_int64(st, 12, g->pause_us);
	sqlite3_bind_int64(st, 13, ((int64_t)store__mono_ns() - snap->queued_ns) / 1000);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return rc;
	if (!(st = stmt(s, H_CHUNK)))
		return sqlite3_errcode(s->db);
	for (i = 0; i < snap->nchunks; i++) {
		const struct chunk *ch = &snap->chunks[i];
		sqlite3_bind_int64(st, 1, g->id);
		sqlite3_bind_int64(st, 2, ch->first);
		sqlite3_bind_int64(st, 3, ch->count);
		sqlite3_bind_int64(st, 4, ch->nedges);
		sqlite3_bind_blob(st, 5, snap->data.p + off, (int)ch->nodes, SQLITE_STATIC);
		off += ch->nodes;
		sqlite3_bind_blob(st, 6, ch->edges ? snap->data.p + off : (const void *)"",
			(int)ch->edges, SQLITE_STATIC);
		off += ch->edges;
		sqlite3_bind_blob(st, 7, ch->locs ? snap->data.p + off : (const void *)"",
			(int)ch->locs, SQLITE_STATIC);
		off += ch->locs;
		rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			return rc;
	}
	if (!(st = stmt(s, H_STRINGS)))
		return sqlite3_errcode(s->db);
	for (off = 0, i = 0; i < snap->nschunks; i++) {
		const struct schunk *sc = &snap->schunks[i];
		sqlite3_bind_int64(st, 1, g->id);
		sqlite3_bind_int64(st, 2, sc->first);
		sqlite3_bind_int64(st, 3, sc->count);
		sqlite3_bind_blob(st, 4, snap->strings.p + off, (int)sc->len, SQLITE_STATIC);
		off += sc->len;
		rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			return rc;
	}
	/* the blobs are bound SQLITE_STATIC: nothing may keep pointing into them */
	sqlite3_clear_bindings(stmt(s, H_CHUNK));
	sqlite3_clear_bindings(stmt(s, H_STRINGS));
	return SQLITE_OK;
}

void store__snapshot_done(store *s, store__snap *snap)
{
	store_heap_free(snap->g);
	free(snap->data.p);
	free(snap->chunks);
	free(snap->strings.p);
	free(snap->schunks);
	free(snap);
	atomic_fetch_sub(&s->snap_pending, 1);
}

/* ---- loading ---- */

static int load_strings(sqlite3 *db, int64_t id, store_heap *g, uint32_t count)
{
	sqlite3_stmt *st;
	int rc, err = 0;
	uint32_t next = 0;
	free(g->slots);		/* a loaded graph is not interned into: no hash set */
	g->slots = NULL;
	g->slot_mask = 0;
	g->nstrings = 0;
	g->text_len = 0;
	if ((g->off = realloc(g->off, (size_t)(count ? count : 1) * sizeof *g->off)) == NULL)
		return STORE_ENOMEM;
	g->off_cap = count ? count : 1;
	rc = sqlite3_prepare_v2(db, "SELECT first, count, data FROM heap_strings"
		" WHERE snapshot_id = ?1 ORDER BY first", -1, &st, NULL);
	if (rc != SQLITE_OK)
		return store__error(db, rc);
	sqlite3_bind_int64(st, 1, id);
	while (!err && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		reader r;
		uint32_t k, n = (uint32_t)sqlite3_column_int64(st, 1);
		r.p = sqlite3_column_blob(st, 2);
		r.end = r.p + sqlite3_column_bytes(st, 2);
		r.bad = 0;
		if ((uint32_t)sqlite3_column_int64(st, 0) != next || next + (uint64_t)n > count) {
			err = STORE_ECORRUPT;
			break;
		}
		for (k = 0; k < n; k++) {
			uint64_t len = get_uv(&r);
			if (r.bad || len > (uint64_t)(r.end - r.p)) {
				err = STORE_ECORRUPT;
				break;
			}
			if (g->text_len + len + 1 > g->text_cap) {
				size_t cap = g->text_cap ? g->text_cap : 4096;
				char *t;
				while (cap < g->text_len + len + 1)
					cap *= 2;
				if (!(t = realloc(g->text, cap))) {
					err = STORE_ENOMEM;
					break;
				}
				g->text = t;
				g->text_cap = cap;
			}
			memcpy(g->text + g->text_len, r.p, len);
			g->text[g->text_len + len] = 0;
			g->off[next++] = (uint32_t)g->text_len;
			g->text_len += len + 1;
			r.p += len;
		}
	}
	if (!err && rc != SQLITE_DONE && rc != SQLITE_ROW)
		err = store__error(db, rc);
	sqlite3_finalize(st);
	if (!err && next != count)
		err = STORE_ECORRUPT;
	g->nstrings = next;
	return err;
}

static int load_chunk(sqlite3_stmt *st, store_heap *g)
{
	uint32_t first = (uint32_t)sqlite3_column_int64(st, 0);
	uint32_t count = (uint32_t)sqlite3_column_int64(st, 1), i, e;
	uint64_t prev_id = 0;
	reader nr, er, lr;
	int64_t loc = first;
	if (first != g->nnodes || (uint64_t)first + count > g->nodes_cap)
		return STORE_ECORRUPT;
	nr.p = sqlite3_column_blob(st, 3);
	nr.end = nr.p + sqlite3_column_bytes(st, 3);
	er.p = sqlite3_column_blob(st, 4);
	er.end = er.p + sqlite3_column_bytes(st, 4);
	lr.p = sqlite3_column_blob(st, 5);
	lr.end = lr.p + sqlite3_column_bytes(st, 5);
	nr.bad = er.bad = lr.bad = 0;
	for (i = first; i < first + count; i++) {
		store_heap_node *n = &g->nodes[i];
		int64_t d;
		uint64_t dist;
		n->type = (uint8_t)get_uv(&nr);
		n->flags = (uint8_t)get_uv(&nr);
		n->id = prev_id + (uint64_t)get_zz(&nr);
		prev_id = n->id;
		n->name = (uint32_t)get_uv(&nr);
		n->self_size = get_uv(&nr);
		n->retained_size = get_uv(&nr);
		d = get_zz(&nr) + (int64_t)i;
		dist = get_uv(&nr);
		n->site = (uint32_t)get_uv(&nr);
		n->edge_count = (uint32_t)get_uv(&nr);
		n->dominator = (uint32_t)d;
		n->distance = dist ? (uint32_t)(dist - 1) : STORE_HEAP_NONE;
		n->first_edge = g->nedges;
		if (nr.bad || n->name >= g->nstrings || d < 0 ||
		    (uint64_t)g->nedges + n->edge_count > g->edges_cap)
			return STORE_ECORRUPT;
		for (e = 0; e < n->edge_count; e++) {
			store_heap_edge *ed = &g->edges[g->nedges++];
			int64_t to;
			ed->type = (uint8_t)get_uv(&er);
			ed->name = (uint32_t)get_uv(&er);
			to = get_zz(&er) + (int64_t)i;
			ed->to = (uint32_t)to;
			if (er.bad || to < 0 || (uint64_t)to >= g->nodes_cap)
				return STORE_ECORRUPT;
		}
		if (n->id > g->max_id)
			g->max_id = n->id;
		g->nnodes++;
	}
	while (lr.p < lr.end) {
		uint32_t node, file, line, col;
		loc += get_zz(&lr);
		file = (uint32_t)get_uv(&lr);
		line = (uint32_t)get_uv(&lr);
		col = (uint32_t)get_uv(&lr);
		node = (uint32_t)loc;
		if (lr.bad || loc < first || loc >= (int64_t)(first + count) || file >= g->nstrings)
			return STORE_ECORRUPT;
		if (store_heap_add_location(g, node, file, line, col))
			return STORE_ENOMEM;
	}
	return 0;
}

int store_heap_load(sqlite3 *db, int64_t id, store_heap **out)
{
	sqlite3_stmt *st;
	store_heap *g;
	int rc, err = 0;
	int64_t nnodes, nedges, nstrings;
	uint32_t i;
	*out = NULL;
	rc = sqlite3_prepare_v2(db, "SELECT node_count, edge_count, string_count, t_us, label,"
		" trigger, heap_used, max_id, pause_us FROM snapshots WHERE id = ?1 AND state = 1",
		-1, &st, NULL);
	if (rc != SQLITE_OK)
		return store__error(db, rc);
	sqlite3_bind_int64(st, 1, id);
	if ((rc = sqlite3_step(st)) != SQLITE_ROW) {
		sqlite3_finalize(st);
		return rc == SQLITE_DONE ? STORE_EINVAL : store__error(db, rc);
	}
	nnodes = sqlite3_column_int64(st, 0);
	nedges = sqlite3_column_int64(st, 1);
	nstrings = sqlite3_column_int64(st, 2);
	if (nnodes < 1 || nnodes >= UINT32_MAX || nedges < 0 || nedges >= UINT32_MAX ||
	    nstrings < 1 || nstrings >= UINT32_MAX || !(g = store_heap_new())) {
		sqlite3_finalize(st);
		return nnodes < 1 || nedges < 0 || nstrings < 1 ? STORE_ECORRUPT : STORE_ENOMEM;
	}
	g->id = id;
	g->t_us = sqlite3_column_int64(st, 3);
	if (sqlite3_column_type(st, 4) == SQLITE_TEXT)
		g->label = strdup((const char *)sqlite3_column_text(st, 4));
	if (sqlite3_column_type(st, 5) == SQLITE_TEXT)
		snprintf(g->trigger, sizeof g->trigger, "%s", sqlite3_column_text(st, 5));
	g->heap_used = (uint64_t)sqlite3_column_int64(st, 6);
	g->pause_us = sqlite3_column_int64(st, 8);
	sqlite3_finalize(st);
	g->has_dominators = 1;
	err = load_strings(db, id, g, (uint32_t)nstrings);
	if (!err) {
		g->nodes = malloc((size_t)nnodes * sizeof *g->nodes);
		g->edges = malloc((size_t)(nedges ? nedges : 1) * sizeof *g->edges);
		if (!g->nodes || !g->edges)
			err = STORE_ENOMEM;
		g->nodes_cap = (uint32_t)nnodes;
		g->edges_cap = (uint32_t)nedges;
	}
	if (!err) {
		rc = sqlite3_prepare_v2(db, "SELECT first_node, node_count, edge_count, nodes,"
			" edges, locations FROM heap_chunks WHERE snapshot_id = ?1"
			" ORDER BY first_node", -1, &st, NULL);
		if (rc != SQLITE_OK)
			err = store__error(db, rc);
	}
	if (!err) {
		sqlite3_bind_int64(st, 1, id);
		while (!err && (rc = sqlite3_step(st)) == SQLITE_ROW)
			err = load_chunk(st, g);
		if (!err && rc != SQLITE_DONE)
			err = store__error(db, rc);
		sqlite3_finalize(st);
	}
	if (!err && (g->nnodes != nnodes || g->nedges != nedges))
		err = STORE_ECORRUPT;
	for (i = 0; !err && i < g->nnodes; i++)
		if (g->nodes[i].dominator >= g->nnodes)
			err = STORE_ECORRUPT;
	if (err) {
		store_heap_free(g);
		return err;
	}
	*out = g;
	return 0;
}
