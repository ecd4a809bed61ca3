/* writer.c — the writer thread: takes records off the queue and commits them in batches,
 * one IMMEDIATE transaction each, every flush_ms or when the producer has filled
 * STORE__WAKE_CHUNKS chunks.
 *
 * Guarantees
 * - Records reach the database in the order they were appended; a transaction holds a
 *   prefix of what is still uncommitted, so after a crash the file holds exactly the
 *   batches committed before it.
 * - App-side handles become database ids here. A frame or stack node is inserted unless
 *   the file has it (frames and stacks are shared by every run of the file, and other
 *   processes may write the same file) and looked up only then; the handle -> id maps are plain arrays. A rolled-back batch rolls
 *   the maps and the per-run sequence numbers back with it and is retried whole.
 * - Loop iterations (one per event-loop turn, the most frequent record of an I/O-bound
 *   app) are packed: up to STORE_LOOP_BATCH consecutive ones become one loop_batches row
 *   (schema.sql, version 5), in loopbatch.h's format. A batch is inserted when
 *   full, at a gap in n and before every COMMIT, so transactions stay whole. Allocation
 *   site totals and CPU samples are held back the same way and inserted SITE_ROWS per
 *   statement, and up to SAMPLE_ROWS in one INSERT … SELECT from a virtual table over
 *   the writer's array.
 * - A busy database (another process writing) is retried on the next tick with the
 *   records kept; any other failure (disk full, I/O error) is sticky: the store stops
 *   writing, discards what is queued and reports the error (store_status, store_close).
 * - The thread blocks every signal: the app's handlers never run on it.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "internal.h"
#include "loopbatch.h"

#define MAX_BATCH 100000	/* records per transaction at most */
#define WRITER_BUSY_MS 5000	/* default wait for another writer, per attempt */
#define SITE_ROWS 16		/* allocation sites per multi-row statement */
#define SITE_COLS 6		/* parameters of one site row, in either table */
#define SAMPLE_ROWS 256		/* CPU samples per INSERT … SELECT from the feed */

enum {
	S_BEGIN, S_COMMIT,
	S_FRAME_JS, S_FRAME_NATIVE, S_FRAME_NAME, S_FRAME_INSERT,
	S_STACK_FIND, S_STACK_INSERT,
	S_SAMPLE, S_ITERATION, S_SLOW, S_LISTENER, S_GC,
	S_SITE, S_SITE_SERIES, S_ALLOC, S_ALLOC_FREE,
	S__COUNT,
	S_SITES = S__COUNT,	/* S_SITE and S_SITE_SERIES with SITE_ROWS rows, built by */
	S_SITES_SERIES,		/* prepare_rows */
	S__ALL
};

static const char *const SQL[S__COUNT] = {
	[S_BEGIN] = "BEGIN IMMEDIATE",
	[S_COMMIT] = "COMMIT",
	[S_FRAME_JS] = "SELECT id FROM frames WHERE kind = 0 AND name = ?1 AND file = ?2"
		" AND line = ?3 AND col = ?4 AND fn_line = ?5",
	[S_FRAME_NATIVE] = "SELECT id, name IS NULL FROM frames WHERE kind = 1 AND file = ?1"
		" AND addr = ?2",
	[S_FRAME_NAME] = "UPDATE frames SET name = ?1 WHERE id = ?2",
	[S_FRAME_INSERT] = "INSERT OR IGNORE INTO frames (kind, name, file, line, col,"
		" fn_line, addr) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
	[S_STACK_FIND] = "SELECT id FROM stacks WHERE parent IS ?1 AND frame = ?2",
	[S_STACK_INSERT] = "INSERT OR IGNORE INTO stacks (parent, frame) VALUES (?1, ?2)",
	[S_SAMPLE] = "INSERT INTO samples (run_id, seq, t_us, stack_id, native_stack_id,"
		" phase, cb_kind, state) SELECT ?1, seq, t_us, stack_id, native_stack_id, phase,"
		" cb_kind, state FROM leakscope_pending_samples",
	[S_ITERATION] = "INSERT INTO loop_batches (run_id, first_n, count, start_us,"
		" iterations) VALUES (?1, ?2, ?3, ?4, ?5)",
	[S_SLOW] = "INSERT INTO slow_callbacks (run_id, seq, t_us, duration_us, phase,"
		" cb_kind, stack_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
	[S_LISTENER] = "INSERT INTO listener_events (run_id, seq, t_us, op, emitter,"
		" emitter_ctor, event, count, frame_id, stack_id)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
	[S_GC] = "INSERT INTO gc_events (run_id, seq, t_us, duration_us, bytes_before,"
		" bytes_after) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
	[S_SITE] = "INSERT INTO alloc_sites (run_id, frame_id, count, bytes, live_bytes,"
		" updated_us) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (run_id, frame_id)"
		" DO UPDATE SET count = excluded.count, bytes = excluded.bytes,"
		" live_bytes = excluded.live_bytes, updated_us = excluded.updated_us",
	[S_SITE_SERIES] = "INSERT OR REPLACE INTO alloc_site_series (run_id, frame_id, t_us,"
		" count, bytes, live_bytes) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
	[S_ALLOC] = "INSERT OR REPLACE INTO alloc_samples (run_id, id, t_us, size, frame_id,"
		" stack_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
	[S_ALLOC_FREE] = "UPDATE alloc_samples SET freed_us = ?1 WHERE run_id = ?2 AND id = ?3",
};

/* Handle -> database id, with what the current batch added (for its rollback). */
typedef struct idmap {
	int64_t *v;
	uint32_t cap;
	uint32_t ok, hi;	/* highest handle set at the last commit / so far */
} idmap;

enum { SEQ_SAMPLE, SEQ_SLOW, SEQ_LISTENER, SEQ_GC, SEQ__COUNT };

/* The loop iterations not inserted yet: a batch being written. */
typedef struct loop_batch {
	int count;		/* 0: empty */
	uint64_t first_n;
	int64_t start_us;
	size_t len;
	char text[STORE_LOOP_BATCH * (STORE_LOOP_MAX_TEXT + 1) + 2];
} loop_batch;

/* An allocation site's totals not inserted yet. */
typedef struct site_row {
	int64_t frame, t_us, count, bytes, live;
} site_row;

/* A CPU sample not inserted yet, with its database ids. */
typedef struct sample_row {
	int64_t seq, t_us, stack, native;
	int phase, cb_kind, state;
} sample_row;

struct store__writer {
	sqlite3_stmt *st[S__ALL];	/* prepared at first use (stmt) */
	int prep_rc;			/* why the last stmt() returned NULL */
	loop_batch loop;
	site_row sites[SITE_ROWS];
	int nsites;
	sample_row samples[SAMPLE_ROWS];
	int nsamples;
	idmap frames, stacks;
	int64_t seq[SEQ__COUNT], seq_ok[SEQ__COUNT];
};

static int64_t map_get(const idmap *m, store_id h)
{
	return h < m->cap ? m->v[h] : 0;
}

static int map_set(idmap *m, store_id h, int64_t id)
{
	if (h >= m->cap) {
		uint32_t cap = m->cap ? m->cap : 1024;
		int64_t *v;
		while (cap <= h)
			cap *= 2;
		v = realloc(m->v, cap * sizeof *v);
		if (!v)
			return SQLITE_NOMEM;
		memset(v + m->cap, 0, (cap - m->cap) * sizeof *v);
		m->v = v;
		m->cap = cap;
	}
	m->v[h] = id;
	if (h > m->hi)
		m->hi = h;
	return SQLITE_OK;
}

static void map_commit(idmap *m)
{
	m->ok = m->hi;
}

static void map_rollback(idmap *m)
{
	uint32_t h;
	for (h = m->ok + 1; h <= m->hi && h < m->cap; h++)
		m->v[h] = 0;
	m->hi = m->ok;
}

static int prepare_rows(store *s, int from, int to, int rows, int cols);

/* Statement k, prepared at its first use, so that a run prepares only what it writes:
 * preparing all of them at start cost ~2.1M instructions on the opening thread (each
 * multi-row statement ~0.46M), more than an I/O-bound script's recording otherwise
 * costs there. NULL on failure, w->prep_rc saying why. */
static sqlite3_stmt *stmt(store *s, int k)
{
	struct store__writer *w = s->w;
	int rc;
	if (w->st[k])
		return w->st[k];
	switch (k) {
	case S_SITES: rc = prepare_rows(s, S_SITE, k, SITE_ROWS, SITE_COLS); break;
	case S_SITES_SERIES: rc = prepare_rows(s, S_SITE_SERIES, k, SITE_ROWS, SITE_COLS); break;
	default:
		rc = sqlite3_prepare_v3(s->db, SQL[k], -1, SQLITE_PREPARE_PERSISTENT, &w->st[k],
			NULL);
	}
	if (rc != SQLITE_OK || !w->st[k]) {
		w->prep_rc = rc != SQLITE_OK ? rc : SQLITE_ERROR;
		return NULL;
	}
	return w->st[k];
}

static void bind_id(sqlite3_stmt *st, int i, int64_t id)
{
	if (id)
		sqlite3_bind_int64(st, i, id);
	else
		sqlite3_bind_null(st, i);
}

/* Steps st once and resets it; SQLITE_OK for a statement that ran to completion. */
static int run(sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Inserts r unless the file has it (frames_js / frames_native make a second insert a
 * no-op), and looks it up only then: in a new file most frames are new, and the insert
 * does the unique lookup that a SELECT first would repeat. */
static int put_frame(store *s, const store__rec_frame *r)
{
	struct store__writer *w = s->w;
	const char *name = r->text, *file = r->text + (r->name_len > 0 ? r->name_len : 0);
	sqlite3_stmt *st = stmt(s, S_FRAME_INSERT);
	int64_t id = 0;
	int rc, unnamed = 0;
	if (!st)
		return w->prep_rc;
	sqlite3_bind_int(st, 1, r->kind);
	if (r->name_len >= 0)
		sqlite3_bind_text(st, 2, name, r->name_len, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, 2);
	sqlite3_bind_text(st, 3, file, r->file_len, SQLITE_STATIC);
	sqlite3_bind_int(st, 4, r->line);
	sqlite3_bind_int(st, 5, r->col);
	sqlite3_bind_int(st, 6, r->fn_line);
	sqlite3_bind_int64(st, 7, (int64_t)r->addr);
	if ((rc = run(st)) != SQLITE_OK)
		return rc;
	if (sqlite3_changes(s->db))
		return map_set(&w->frames, r->id, sqlite3_last_insert_rowid(s->db));
	if (r->kind == STORE_FRAME_NATIVE) {
		if (!(st = stmt(s, S_FRAME_NATIVE)))
			return w->prep_rc;
		sqlite3_bind_text(st, 1, file, r->file_len, SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, (int64_t)r->addr);
	} else {
		if (!(st = stmt(s, S_FRAME_JS)))
			return w->prep_rc;
		sqlite3_bind_text(st, 1, name, r->name_len > 0 ? r->name_len : 0, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, file, r->file_len, SQLITE_STATIC);
		sqlite3_bind_int(st, 3, r->line);
		sqlite3_bind_int(st, 4, r->col);
		sqlite3_bind_int(st, 5, r->fn_line);
	}
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		unnamed = r->kind == STORE_FRAME_NATIVE && sqlite3_column_int(st, 1);
		rc = SQLITE_OK;
	} else if (rc == SQLITE_DONE) {
		rc = SQLITE_OK;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_OK)
		return rc;
	if (!id)
		return SQLITE_CORRUPT;	/* ignored as a duplicate, yet not found */
	if (unnamed && r->name_len >= 0) {
		if (!(st = stmt(s, S_FRAME_NAME)))
			return w->prep_rc;
		sqlite3_bind_text(st, 1, name, r->name_len, SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, id);
		if ((rc = run(st)) != SQLITE_OK)
			return rc;
	}
	return map_set(&w->frames, r->id, id);
}

/* As put_frame, insert first; except for an outermost node (parent NULL), which
 * stacks_parent_frame cannot keep unique (NULLs differ), looked up first as before. */
static int put_stack(store *s, const store__rec_stack *r)
{
	struct store__writer *w = s->w;
	int64_t parent = map_get(&w->stacks, r->parent), frame = map_get(&w->frames, r->frame);
	int64_t id = 0;
	sqlite3_stmt *st;
	int rc, tried = 0;
	if (!frame || (r->parent && !parent))
		return SQLITE_OK;	/* its frame was never queued (out of memory): no node */
	if (parent) {
		if (!(st = stmt(s, S_STACK_INSERT)))
			return w->prep_rc;
		sqlite3_bind_int64(st, 1, parent);
		sqlite3_bind_int64(st, 2, frame);
		if ((rc = run(st)) != SQLITE_OK)
			return rc;
		if (sqlite3_changes(s->db))
			return map_set(&w->stacks, r->id, sqlite3_last_insert_rowid(s->db));
		tried = 1;
	}
	if (!(st = stmt(s, S_STACK_FIND)))
		return w->prep_rc;
	bind_id(st, 1, parent);
	sqlite3_bind_int64(st, 2, frame);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		rc = SQLITE_OK;
	} else if (rc == SQLITE_DONE) {
		rc = SQLITE_OK;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_OK)
		return rc;
	if (!id && tried)
		return SQLITE_CORRUPT;	/* ignored as a duplicate, yet not found */
	if (!id) {
		if (!(st = stmt(s, S_STACK_INSERT)))
			return w->prep_rc;
		bind_id(st, 1, parent);
		sqlite3_bind_int64(st, 2, frame);
		if ((rc = run(st)) != SQLITE_OK)
			return rc;
		id = sqlite3_last_insert_rowid(s->db);
	}
	return map_set(&w->stacks, r->id, id);
}

static void bind_cb(sqlite3_stmt *st, int i, int cb_kind)
{
	if (cb_kind >= 0)
		sqlite3_bind_int(st, i, cb_kind);
	else
		sqlite3_bind_null(st, i);
}

/* ---- leakscope_pending_samples: the samples held back (w->samples[0 .. nsamples)) as
 * rows, for flush_samples' INSERT … SELECT. An eponymous virtual table registered on the
 * recording connection only (store__writer_start); nothing of it is in the file. */
typedef struct feed_vtab {
	sqlite3_vtab base;
	const struct store__writer *w;
} feed_vtab;

typedef struct feed_cursor {
	sqlite3_vtab_cursor base;
	const struct store__writer *w;
	int i;
} feed_cursor;

static int feed_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
	sqlite3_vtab **out, char **err)
{
	feed_vtab *t;
	int rc = sqlite3_declare_vtab(db, "CREATE TABLE x(seq, t_us, stack_id,"
		" native_stack_id, phase, cb_kind, state)");
	(void)argc;
	(void)argv;
	(void)err;
	if (rc != SQLITE_OK)
		return rc;
	if (!(t = sqlite3_malloc(sizeof *t)))
		return SQLITE_NOMEM;
	memset(t, 0, sizeof *t);
	t->w = aux;
	*out = &t->base;
	return SQLITE_OK;
}

static int feed_disconnect(sqlite3_vtab *t)
{
	sqlite3_free(t);
	return SQLITE_OK;
}

static int feed_best_index(sqlite3_vtab *t, sqlite3_index_info *ii)
{
	(void)t;
	ii->estimatedCost = SAMPLE_ROWS;
	ii->estimatedRows = SAMPLE_ROWS;
	return SQLITE_OK;
}

static int feed_open(sqlite3_vtab *t, sqlite3_vtab_cursor **out)
{
	feed_cursor *c = sqlite3_malloc(sizeof *c);
	if (!c)
		return SQLITE_NOMEM;
	memset(c, 0, sizeof *c);
	c->w = ((feed_vtab *)t)->w;
	*out = &c->base;
	return SQLITE_OK;
}

static int feed_close(sqlite3_vtab_cursor *c)
{
	sqlite3_free(c);
	return SQLITE_OK;
}

static int feed_filter(sqlite3_vtab_cursor *c, int idx, const char *idx_str, int argc,
	sqlite3_value **argv)
{
	(void)idx;
	(void)idx_str;
	(void)argc;
	(void)argv;
	((feed_cursor *)c)->i = 0;
	return SQLITE_OK;
}

static int feed_next(sqlite3_vtab_cursor *c)
{
	((feed_cursor *)c)->i++;
	return SQLITE_OK;
}

static int feed_eof(sqlite3_vtab_cursor *c)
{
	return ((feed_cursor *)c)->i >= ((feed_cursor *)c)->w->nsamples;
}

/* Columns as the one-row statement bound them: a 0 stack and a negative callback kind
 * are NULL (no result set). */
static int feed_column(sqlite3_vtab_cursor *c, sqlite3_context *ctx, int k)
{
	const sample_row *r = &((feed_cursor *)c)->w->samples[((feed_cursor *)c)->i];
	switch (k) {
	case 0: sqlite3_result_int64(ctx, r->seq); break;
	case 1: sqlite3_result_int64(ctx, r->t_us); break;
	case 2: if (r->stack) sqlite3_result_int64(ctx, r->stack); break;
	case 3: if (r->native) sqlite3_result_int64(ctx, r->native); break;
	case 4: sqlite3_result_int(ctx, r->phase); break;
	case 5: if (r->cb_kind >= 0) sqlite3_result_int(ctx, r->cb_kind); break;
	case 6: sqlite3_result_int(ctx, r->state); break;
	}
	return SQLITE_OK;
}

static int feed_rowid(sqlite3_vtab_cursor *c, sqlite3_int64 *rowid)
{
	*rowid = ((feed_cursor *)c)->i;
	return SQLITE_OK;
}

static const sqlite3_module FEED = {
	.iVersion = 0,
	.xCreate = NULL,	/* eponymous only */
	.xConnect = feed_connect,
	.xBestIndex = feed_best_index,
	.xDisconnect = feed_disconnect,
	.xDestroy = feed_disconnect,
	.xOpen = feed_open,
	.xClose = feed_close,
	.xFilter = feed_filter,
	.xNext = feed_next,
	.xEof = feed_eof,
	.xColumn = feed_column,
	.xRowid = feed_rowid,
};

/* Inserts the samples held back, all in one statement that reads them from the writer's
 * array through the virtual table leakscope_pending_samples (below): no parameters to
 * bind per row and no many-row statement to prepare (the 16-row VALUES one cost ~0.5M
 * instructions to prepare, and ~15% more per row; tmp microbenchmark, 8,192 rows).
 * Called when full and before every COMMIT. */
static int flush_samples(store *s)
{
	struct store__writer *w = s->w;
	sqlite3_stmt *st;
	int rc;
	if (!w->nsamples)
		return SQLITE_OK;
	if (!(st = stmt(s, S_SAMPLE))) {
		w->nsamples = 0;
		return w->prep_rc;
	}
	sqlite3_bind_int64(st, 1, s->run_id);
	rc = run(st);
	w->nsamples = 0;
	return rc;
}

static int put_sample(store *s, const store__rec_sample *r)
{
	struct store__writer *w = s->w;
	sample_row *row = &w->samples[w->nsamples++];
	row->seq = ++w->seq[SEQ_SAMPLE];
	row->t_us = r->t_us;
	row->stack = map_get(&w->stacks, r->stack);
	row->native = map_get(&w->stacks, r->native_stack);
	row->phase = r->phase;
	row->cb_kind = r->cb_kind;
	row->state = r->state;
	return w->nsamples == SAMPLE_ROWS ? flush_samples(s) : SQLITE_OK;
}

/* Inserts the batch of iterations held back, if any, as one loop_batches row. Called
 * when it is full, at a gap and before every COMMIT, so a transaction holds all of its
 * records. */
static int flush_iterations(store *s)
{
	struct store__writer *w = s->w;
	loop_batch *b = &w->loop;
	sqlite3_stmt *st;
	int n = b->count;
	if (!n)
		return SQLITE_OK;
	if (!(st = stmt(s, S_ITERATION)))
		return w->prep_rc;
	b->count = 0;
	b->text[b->len++] = ']';
	sqlite3_bind_int64(st, 1, s->run_id);
	sqlite3_bind_int64(st, 2, (int64_t)b->first_n);
	sqlite3_bind_int(st, 3, n);
	sqlite3_bind_int64(st, 4, b->start_us);
	sqlite3_bind_text(st, 5, b->text, (int)b->len, SQLITE_STATIC);
	return run(st);
}

/* Appends it to the batch (loopbatch.h), inserting the batch first when full or at a
 * gap in n. */
static int put_iteration(store *s, const store_iteration *it)
{
	loop_batch *b = &s->w->loop;
	int rc;
	if (b->count && (b->count == STORE_LOOP_BATCH ||
	    it->n != b->first_n + (uint64_t)b->count) && (rc = flush_iterations(s)) != SQLITE_OK)
		return rc;
	if (!b->count) {
		b->first_n = it->n;
		b->start_us = it->start_us;
		b->len = 0;
		b->text[b->len++] = '[';
	} else {
		b->text[b->len++] = ',';
	}
	b->len = (size_t)(store_loop_encode(b->text + b->len, it, b->start_us) - b->text);
	b->count++;
	return SQLITE_OK;
}

static int put_slow(store *s, const store__rec_slow *r)
{
	struct store__writer *w = s->w;
	sqlite3_stmt *st = stmt(s, S_SLOW);
	if (!st)
		return w->prep_rc;
	sqlite3_bind_int64(st, 1, s->run_id);
	sqlite3_bind_int64(st, 2, ++w->seq[SEQ_SLOW]);
	sqlite3_bind_int64(st, 3, r->t_us);
	sqlite3_bind_int64(st, 4, r->duration_us);
	sqlite3_bind_int(st, 5, r->phase);
	bind_cb(st, 6, r->cb_kind);
	bind_id(st, 7, map_get(&w->stacks, r->stack));
	return run(st);
}

static int put_listener(store *s, const store__rec_listener *r)
{
	struct store__writer *w = s->w;
	sqlite3_stmt *st = stmt(s, S_LISTENER);
	int clen = r->ctor_len > 0 ? r->ctor_len : 0;
	if (!st)
		return w->prep_rc;
	sqlite3_bind_int64(st, 1, s->run_id);
	sqlite3_bind_int64(st, 2, ++w->seq[SEQ_LISTENER]);
	sqlite3_bind_int64(st, 3, r->t_us);
	sqlite3_bind_int(st, 4, r->op);
	sqlite3_bind_int64(st, 5, r->emitter);
	if (r->ctor_len >= 0)
		sqlite3_bind_text(st, 6, r->text, clen, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, 6);
	sqlite3_bind_text(st, 7, r->text + clen, r->event_len, SQLITE_STATIC);
	sqlite3_bind_int(st, 8, r->count);
	bind_id(st, 9, map_get(&w->frames, r->site));
	bind_id(st, 10, map_get(&w->stacks, r->stack));
	return run(st);
}

static int put_gc(store *s, const store__rec_gc *r)
{
	struct store__writer *w = s->w;
	sqlite3_stmt *st = stmt(s, S_GC);
	if (!st)
		return w->prep_rc;
	sqlite3_bind_int64(st, 1, s->run_id);
	sqlite3_bind_int64(st, 2, ++w->seq[SEQ_GC]);
	sqlite3_bind_int64(st, 3, r->t_us);
	sqlite3_bind_int64(st, 4, r->duration_us);
	sqlite3_bind_int64(st, 5, (int64_t)r->before);
	sqlite3_bind_int64(st, 6, (int64_t)r->after);
	return run(st);
}

/* Binds site row r at parameter i of S_SITE (k 0) or S_SITE_SERIES (k 1). */
static void bind_site(store *s, sqlite3_stmt *st, int k, int i, const site_row *r)
{
	sqlite3_bind_int64(st, i, s->run_id);
	sqlite3_bind_int64(st, i + 1, r->frame);
	sqlite3_bind_int64(st, i + (k ? 2 : 5), r->t_us);
	sqlite3_bind_int64(st, i + (k ? 3 : 2), r->count);
	sqlite3_bind_int64(st, i + (k ? 4 : 3), r->bytes);
	sqlite3_bind_int64(st, i + (k ? 5 : 4), r->live);
}

/* Inserts the site totals held back: SITE_ROWS in one statement per table (as for loop
 * iterations, a statement's fixed cost was much of a row's), fewer one by one. Called
 * when full and before every COMMIT. Rows for one site keep their order, so the last
 * totals win as before. */
static int flush_sites(store *s)
{
	struct store__writer *w = s->w;
	int j, k, n = w->nsites, rc = SQLITE_OK;
	sqlite3_stmt *st;
	w->nsites = 0;
	for (k = 0; k < 2 && n && rc == SQLITE_OK; k++) {
		if (!(st = stmt(s, n == SITE_ROWS ? S_SITES + k : S_SITE + k)))
			return w->prep_rc;
		if (n == SITE_ROWS) {
			for (j = 0; j < n; j++)
				bind_site(s, st, k, 1 + j * SITE_COLS, &w->sites[j]);
			rc = run(st);
			continue;
		}
		for (j = 0; j < n && rc == SQLITE_OK; j++) {
			bind_site(s, st, k, 1, &w->sites[j]);
			rc = run(st);
		}
	}
	return rc;
}

static int put_site(store *s, const store__rec_site *r)
{
	struct store__writer *w = s->w;
	int64_t frame = map_get(&w->frames, r->site);
	site_row *row;
	if (!frame)
		return SQLITE_OK;
	row = &w->sites[w->nsites++];
	row->frame = frame;
	row->t_us = r->t_us;
	row->count = (int64_t)r->count;
	row->bytes = (int64_t)r->bytes;
	row->live = r->live;
	return w->nsites == SITE_ROWS ? flush_sites(s) : SQLITE_OK;
}

static int put_alloc(store *s, const store__rec_alloc *r)
{
	struct store__writer *w = s->w;
	sqlite3_stmt *st = stmt(s, S_ALLOC);
	if (!st)
		return w->prep_rc;
	sqlite3_bind_int64(st, 1, s->run_id);
	sqlite3_bind_int64(st, 2, (int64_t)r->id);
	sqlite3_bind_int64(st, 3, r->t_us);
	sqlite3_bind_int64(st, 4, (int64_t)r->size);
	bind_id(st, 5, map_get(&w->frames, r->site));
	bind_id(st, 6, map_get(&w->stacks, r->stack));
	return run(st);
}

static int put_free(store *s, const store__rec_free *r)
{
	sqlite3_stmt *st = stmt(s, S_ALLOC_FREE);
	if (!st)
		return s->w->prep_rc;
	sqlite3_bind_int64(st, 1, r->t_us);
	sqlite3_bind_int64(st, 2, s->run_id);
	sqlite3_bind_int64(st, 3, (int64_t)r->id);
	return run(st);
}

static int apply(store *s, const store__rec *r)
{
	switch (r->type) {
	case STORE__REC_FRAME: return put_frame(s, (const store__rec_frame *)r);
	case STORE__REC_STACK: return put_stack(s, (const store__rec_stack *)r);
	case STORE__REC_SAMPLE: return put_sample(s, (const store__rec_sample *)r);
	case STORE__REC_ITERATION: return put_iteration(s, &((const store__rec_iteration *)r)->it);
	case STORE__REC_SLOW: return put_slow(s, (const store__rec_slow *)r);
	case STORE__REC_LISTENER: return put_listener(s, (const store__rec_listener *)r);
	case STORE__REC_GC: return put_gc(s, (const store__rec_gc *)r);
	case STORE__REC_SITE: return put_site(s, (const store__rec_site *)r);
	case STORE__REC_ALLOC: return put_alloc(s, (const store__rec_alloc *)r);
	case STORE__REC_ALLOC_FREE: return put_free(s, (const store__rec_free *)r);
	case STORE__REC_SNAPSHOT:
		return store__snapshot_write(s, ((const store__rec_snapshot *)r)->snap);
	}
	abort();	/* a record type the producer never writes: memory corruption */
}

int64_t store__frame_db_id(store *s, store_id h)
{
	return map_get(&s->w->frames, h);
}

static void discard(store *s)
{
	const store__rec *r;
	while ((r = store__queue_next(&s->q)) != NULL)
		if (r->type == STORE__REC_SNAPSHOT)
			store__snapshot_done(s, ((const store__rec_snapshot *)r)->snap);
	store__queue_release(&s->q);
}

/* Commits everything queued, in transactions of at most MAX_BATCH records. Returns 0
 * when caught up, STORE_ELOCKED when another writer kept the file (records kept for the
 * next try), or the sticky error after a failure. */
static int drain(store *s)
{
	struct store__writer *w = s->w;
	for (;;) {
		const store__rec *r;
		store__snap *snap;
		sqlite3_stmt *st;
		int rc, n = 0, err;
		if ((err = atomic_load(&s->error))) {
			discard(s);
			return err;
		}
		if (!(r = store__queue_next(&s->q)))
			return 0;
		/* A heap snapshot is written alone in its own transaction: its dominators and
		 * encoding are done first, outside it, and a batch stops before one. */
		snap = r->type == STORE__REC_SNAPSHOT ? ((const store__rec_snapshot *)r)->snap : NULL;
		if (snap && store__snapshot_prepare(s, snap) != SQLITE_OK) {
			/* out of memory for this one snapshot: drop it, keep recording */
			store__snapshot_done(s, snap);
			store__queue_release(&s->q);
			continue;
		}
		rc = (st = stmt(s, S_BEGIN)) ? run(st) : w->prep_rc;
		if (rc == SQLITE_OK) {
			do {
				if (n && r->type == STORE__REC_SNAPSHOT) {
					store__queue_unread(&s->q, r);
					break;
				}
				rc = apply(s, r);
			} while (rc == SQLITE_OK && ++n < MAX_BATCH && !snap &&
				 (r = store__queue_next(&s->q)));
			if (rc == SQLITE_OK)
				rc = flush_iterations(s);
			if (rc == SQLITE_OK)
				rc = flush_sites(s);
			if (rc == SQLITE_OK)
				rc = flush_samples(s);
			if (rc == SQLITE_OK)
				rc = (st = stmt(s, S_COMMIT)) ? run(st) : w->prep_rc;
		}
		if (rc == SQLITE_OK) {
			store__queue_release(&s->q);
			if (snap)
				store__snapshot_done(s, snap);
			map_commit(&w->frames);
			map_commit(&w->stacks);
			memcpy(w->seq_ok, w->seq, sizeof w->seq);
			atomic_fetch_add(&s->committed, (uint64_t)n);
			atomic_fetch_add(&s->batches, 1);
			continue;
		}
		err = store__error(s->db, rc);
		w->loop.count = 0;	/* the batch is read again */
		w->nsites = 0;
		w->nsamples = 0;
		if (!sqlite3_get_autocommit(s->db))
			sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		store__queue_rewind(&s->q);
		map_rollback(&w->frames);
		map_rollback(&w->stacks);
		memcpy(w->seq, w->seq_ok, sizeof w->seq);
		if (err == STORE_ELOCKED)
			return err;
		if (!err)
			err = STORE_EIO;
		atomic_store(&s->error, err);
	}
}

static void *writer_main(void *arg)
{
	store *s = arg;
	pthread_mutex_lock(&s->lock);
	for (;;) {
		uint64_t req;
		int stop, err;
		if (!s->stop && !s->kick && s->flush_req == s->flush_done) {
			struct timespec until;
			clock_gettime(CLOCK_MONOTONIC, &until);
			until.tv_sec += s->flush_ms / 1000;
			until.tv_nsec += (long)(s->flush_ms % 1000) * 1000000;
			if (until.tv_nsec >= 1000000000) {
				until.tv_sec++;
				until.tv_nsec -= 1000000000;
			}
			pthread_cond_timedwait(&s->wake, &s->lock, &until);
		}
		req = s->flush_req;
		stop = s->stop;
		s->kick = 0;
		pthread_mutex_unlock(&s->lock);
		err = drain(s);
		store__snapshot_refill(s);
		if (err == STORE_ELOCKED && stop) {
			err = drain(s);		/* one more wait for the lock */
			if (err == STORE_ELOCKED) {
				atomic_store(&s->error, err);
				discard(s);
			}
		}
		pthread_mutex_lock(&s->lock);
		if (req != s->flush_done) {
			s->flush_done = req;
			s->flush_err = err;
			pthread_cond_broadcast(&s->flushed);
		}
		if (stop)
			break;
	}
	pthread_mutex_unlock(&s->lock);
	return NULL;
}

/* st[to]: SQL[from]'s INSERT with `rows` rows of `cols` parameters (the text after its
 * row, an upsert clause, kept). */
static int prepare_rows(store *s, int from, int to, int rows, int cols)
{
	const char *one = SQL[from], *values = strstr(one, " VALUES (");
	const char *tail = strchr(values, ')') + 1;
	size_t head = (size_t)(values - one) + 7;
	char *sql = malloc(head + (size_t)(rows * cols) * 8 + strlen(tail) + 1), *e;
	int k, c, rc;
	if (!sql)
		return SQLITE_NOMEM;
	memcpy(sql, one, head);
	e = sql + head;
	for (k = 0; k < rows; k++)
		for (c = 0; c < cols; c++)
			e += sprintf(e, "%s?%d%s", c ? ", " : k ? ", (" : " (",
				k * cols + c + 1, c == cols - 1 ? ")" : "");
	strcpy(e, tail);
	rc = sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s->w->st[to], NULL);
	free(sql);
	return rc;
}

int store__writer_start(store *s)
{
	struct store__writer *w = calloc(1, sizeof *w);
	sigset_t all, old;
	int rc;
	if (!w)
		return STORE_ENOMEM;
	s->w = w;
	rc = sqlite3_create_module(s->db, "leakscope_pending_samples", &FEED, w);
	if (rc != SQLITE_OK)
		return store__error(s->db, rc);
	sqlite3_busy_timeout(s->db, s->busy_ms ? (int)s->busy_ms : WRITER_BUSY_MS);
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	rc = pthread_create(&s->thread, NULL, writer_main, s);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (rc)
		return STORE_ETHREAD;
	s->thread_started = 1;
	return 0;
}

int store__writer_stop(store *s)
{
	if (!s->thread_started)
		return atomic_load(&s->error);
	pthread_mutex_lock(&s->lock);
	s->stop = 1;
	s->flush_req++;
	pthread_cond_signal(&s->wake);
	pthread_mutex_unlock(&s->lock);
	pthread_join(s->thread, NULL);
	s->thread_started = 0;
	return atomic_load(&s->error);
}

void store__writer_free(store *s)
{
	struct store__writer *w = s->w;
	int i;
	if (!w)
		return;
	for (i = 0; i < S__ALL; i++)
		sqlite3_finalize(w->st[i]);
	store__heapw_free(s);
	free(w->frames.v);
	free(w->stacks.v);
	free(w);
	s->w = NULL;
}

void store__wake(store *s)
{
	pthread_mutex_lock(&s->lock);
	s->kick = 1;
	pthread_cond_signal(&s->wake);
	pthread_mutex_unlock(&s->lock);
}
