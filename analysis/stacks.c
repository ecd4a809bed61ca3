/* stacks.c — stacks and functions as the reports see them. The stack trie of the
 * schema is loaded for just the stacks a report needs (and their ancestors), frames
 * become an_loc with interned strings, and frames are grouped into functions by
 * (kind, name, file, fn_line) — the schema's per-function grouping.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static uint64_t id_hash(int64_t id)
{
	return an__hash(0x5bd1e995, (uint64_t)id);
}

static int node_eq(const void *ctx, uint32_t idx, const void *key)
{
	const an__stacks *st = ctx;
	return st->nodes[idx].id == *(const int64_t *)key;
}

static int frame_eq(const void *ctx, uint32_t idx, const void *key)
{
	const an__stacks *st = ctx;
	return st->frames[idx].frame == *(const int64_t *)key;
}

int64_t an__stacks_node(const an__stacks *st, int64_t stack_id)
{
	return an__hset_find(&st->node_ix, id_hash(stack_id), node_eq, st, &stack_id);
}

static int64_t frame_index(an__stacks *st, sqlite3_stmt *q)
{
	int64_t fid = sqlite3_column_int64(q, 2);
	int64_t ix = an__hset_find(&st->frame_ix, id_hash(fid), frame_eq, st, &fid);
	an_loc *l;
	if (ix >= 0)
		return ix;
	if (an__grow(&st->frames, &st->capf, st->nf + 1, sizeof *st->frames))
		return -1;
	l = &st->frames[st->nf];
	memset(l, 0, sizeof *l);
	l->frame = fid;
	l->kind = sqlite3_column_int(q, 3) == STORE_FRAME_NATIVE ? AN_LOC_NATIVE : AN_LOC_JS;
	l->name = an__pstr(st->pool, an__col_text(q, 4));
	l->file = an__pstr(st->pool, an__col_text(q, 5));
	l->line = sqlite3_column_int(q, 6);
	l->fn_line = sqlite3_column_int(q, 7);
	if (!l->name || !l->file || an__hset_add(&st->frame_ix, id_hash(fid), (uint32_t)st->nf))
		return -1;
	return (int64_t)st->nf++;
}

int an__stacks_load(an_db *db, an__stacks *st, an__pool *pool, const char *ids_sql,
	int64_t run)
{
	static const char pre[] =
		"WITH RECURSIVE r(id) AS (";
	static const char post[] =
		" UNION SELECT s.parent FROM stacks AS s JOIN r ON s.id = r.id"
		" WHERE s.parent IS NOT NULL)"
		" SELECT s.id, s.parent, s.frame, f.kind, f.name, f.file, f.line, f.fn_line"
		" FROM r JOIN stacks AS s ON s.id = r.id JOIN frames AS f ON f.id = s.frame";
	size_t len = strlen(ids_sql);
	char *sql = malloc(sizeof pre + len + sizeof post);
	sqlite3_stmt *q;
	size_t i;
	int rc;

	st->pool = pool;
	if (!sql)
		return AN_ENOMEM;
	memcpy(sql, pre, sizeof pre - 1);
	memcpy(sql + sizeof pre - 1, ids_sql, len);
	memcpy(sql + sizeof pre - 1 + len, post, sizeof post);
	q = an__prepare(db, sql, run);
	free(sql);
	if (!q)
		return AN_ESQL;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		an__node *n;
		int64_t f = frame_index(st, q);
		if (f < 0 || an__grow(&st->nodes, &st->cap, st->n + 1, sizeof *st->nodes))
			goto nomem;
		n = &st->nodes[st->n];
		n->id = sqlite3_column_int64(q, 0);
		n->parent_id = sqlite3_column_int64(q, 1);	/* NULL reads as 0 */
		n->frame = (uint32_t)f;
		if (an__hset_add(&st->node_ix, id_hash(n->id), (uint32_t)st->n))
			goto nomem;
		st->n++;
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return AN_ESQL;
	for (i = 0; i < st->n; i++) {
		int64_t p = st->nodes[i].parent_id ?
			an__stacks_node(st, st->nodes[i].parent_id) : -1;
		st->nodes[i].parent = p < 0 ? UINT32_MAX : (uint32_t)p;
	}
	return 0;
nomem:
	sqlite3_finalize(q);
	return AN_ENOMEM;
}

int an__stacks_get(const an__stacks *st, int64_t stack_id, an__pool *pool, an_stack *out)
{
	int64_t ix = stack_id ? an__stacks_node(st, stack_id) : -1;
	uint32_t i;
	int n = 0;
	out->frames = NULL;
	out->n = 0;
	if (ix < 0)
		return 0;
	for (i = (uint32_t)ix; i != UINT32_MAX; i = st->nodes[i].parent)
		n++;
	out->frames = an__palloc(pool, (size_t)n * sizeof *out->frames);
	if (!out->frames)
		return AN_ENOMEM;
	for (i = (uint32_t)ix; i != UINT32_MAX; i = st->nodes[i].parent)
		out->frames[out->n++] = st->frames[st->nodes[i].frame];
	return 0;
}

void an__stacks_free(an__stacks *st)
{
	free(st->nodes);
	free(st->frames);
	an__hset_free(&st->node_ix);
	an__hset_free(&st->frame_ix);
	memset(st, 0, sizeof *st);
}

/* ---- functions ---- */

static uint64_t fn_hash(const an_loc *l)
{
	uint64_t h = an__hash(0x2545f491, (uint64_t)l->kind);
	h = an__hash(h, (uint64_t)(uintptr_t)l->name);
	h = an__hash(h, (uint64_t)(uintptr_t)l->file);
	return an__hash(h, (uint64_t)(uint32_t)l->fn_line);
}

static int fn_eq(const void *ctx, uint32_t idx, const void *key)
{
	const an__funcs *f = ctx;
	const an_loc *a = &f->v[idx], *b = key;
	/* strings are interned in one pool: pointers compare */
	return a->kind == b->kind && a->name == b->name && a->file == b->file &&
		a->fn_line == b->fn_line;
}

static int64_t func_add(an__funcs *f, const an_loc *key)
{
	uint64_t h = fn_hash(key);
	int64_t ix = an__hset_find(&f->ix, h, fn_eq, f, key);
	if (ix >= 0)
		return ix;
	if (an__grow(&f->v, &f->cap, f->n + 1, sizeof *f->v) ||
	    an__hset_add(&f->ix, h, (uint32_t)f->n))
		return -1;
	f->v[f->n] = *key;
	return (int64_t)f->n++;
}

int64_t an__func_of(an__funcs *f, const an_loc *frame)
{
	an_loc key = *frame;
	key.frame = 0;
	key.line = key.fn_line;
	return func_add(f, &key);
}

int64_t an__func_pseudo(an__funcs *f, an__pool *pool, const char *name)
{
	an_loc key;
	memset(&key, 0, sizeof key);
	key.kind = AN_LOC_PSEUDO;
	key.name = an__pstr(pool, name);
	key.file = an__pstr(pool, "");
	if (!key.name || !key.file)
		return -1;
	return func_add(f, &key);
}

void an__funcs_free(an__funcs *f)
{
	free(f->v);
	an__hset_free(&f->ix);
	memset(f, 0, sizeof *f);
}

const char *an__state_pseudo(int state)
{
	switch (state) {
	case STORE_STATE_RUNNING:
		return NULL;
	case STORE_STATE_IDLE:
		return "(idle)";
	case STORE_STATE_GC:
		return "(garbage collector)";
	default:
		return "(program)";
	}
}
