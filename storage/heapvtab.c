/* heapvtab.c — the packed heap snapshots of schema.sql (version 2) as rows, for SQL:
 * table-valued functions heap_nodes(snapshot) and heap_edges(snapshot), registered on
 * every connection storage opens for reading (store_open_readonly) or through
 * store_heap_register(). For example, what was allocated after snapshot 1 and is
 * still alive in snapshot 3:
 *   SELECT n.* FROM heap_nodes(3) n
 *    WHERE n.id > (SELECT max_id FROM snapshots WHERE id = 1);
 *
 * heap_nodes(snapshot): idx (node index), id, type (heap_node_types.id), name,
 *   self_size, retained_size, dominator (its id; the root's is its own), distance
 *   (NULL when not reachable by strong edges), internal (0/1), frame_id (allocation
 *   site, NULL unknown), edge_count.
 * heap_edges(snapshot): from_id, seq (0.. among the edges of from_id), type
 *   (heap_edge_types.id), name (text; NULL for element and hidden edges), idx (the index
 *   of element and hidden edges, else NULL), to_id.
 * The last snapshot loaded stays cached in the table; every cursor holds a reference
 * to the graph it reads, so a join of two snapshots reads two graphs safely.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

enum { V_NODES, V_EDGES };

typedef struct shared {
	store_heap *g;
	int64_t id;
	int refs;
} shared;

static void release(shared *sh)
{
	if (sh && --sh->refs == 0) {
		store_heap_free(sh->g);
		sqlite3_free(sh);
	}
}

typedef struct vtab {
	sqlite3_vtab base;
	sqlite3 *db;
	int kind;
	shared *cache;		/* the last snapshot loaded */
} vtab;

typedef struct cursor {
	sqlite3_vtab_cursor base;
	shared *sh;		/* the graph it reads (a reference) */
	store_heap *g;
	uint32_t row, node;	/* nodes: row = node; edges: row = edge, node = its source */
	int64_t snap;
	int eof;
} cursor;

static const char *const SCHEMA[] = {
	"CREATE TABLE x(idx, id, type, name, self_size, retained_size, dominator, distance,"
	" internal, frame_id, edge_count, snapshot HIDDEN)",
	"CREATE TABLE x(from_id, seq, type, name, idx, to_id, snapshot HIDDEN)"
};
static const int SNAP_COL[] = { 11, 6 };

static int x_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
	sqlite3_vtab **out, char **err)
{
	int kind = (int)(intptr_t)aux, rc;
	vtab *v;
	rc = sqlite3_declare_vtab(db, SCHEMA[kind]);
	if (rc != SQLITE_OK)
		return rc;
	if (!(v = sqlite3_malloc(sizeof *v)))
		return SQLITE_NOMEM;
	memset(v, 0, sizeof *v);
	v->db = db;
	v->kind = kind;
	*out = &v->base;
	return SQLITE_OK;
}

static int x_disconnect(sqlite3_vtab *base)
{
	vtab *v = (vtab *)base;
	release(v->cache);
	sqlite3_free(v);
	return SQLITE_OK;
}

/* The snapshot argument is required: an equality constraint on the hidden column. */
static int x_best_index(sqlite3_vtab *base, sqlite3_index_info *info)
{
	vtab *v = (vtab *)base;
	int i;
	for (i = 0; i < info->nConstraint; i++) {
		const struct sqlite3_index_constraint *c = &info->aConstraint[i];
		if (c->iColumn == SNAP_COL[v->kind] && c->op == SQLITE_INDEX_CONSTRAINT_EQ) {
			if (!c->usable)
				return SQLITE_CONSTRAINT;
			info->aConstraintUsage[i].argvIndex = 1;
			info->aConstraintUsage[i].omit = 1;
			info->idxNum = 1;
			info->estimatedCost = 1000;
			return SQLITE_OK;
		}
	}
	info->idxNum = 0;
	info->estimatedCost = 1e12;
	return SQLITE_OK;
}

static int x_open(sqlite3_vtab *base, sqlite3_vtab_cursor **out)
{
	cursor *c = sqlite3_malloc(sizeof *c);
	if (!c)
		return SQLITE_NOMEM;
	memset(c, 0, sizeof *c);
	c->eof = 1;
	*out = &c->base;
	return SQLITE_OK;
}

static int x_close(sqlite3_vtab_cursor *cur)
{
	release(((cursor *)cur)->sh);
	sqlite3_free(cur);
	return SQLITE_OK;
}

/* Skips edge rows to the source node of c->row. */
static void edge_source(cursor *c)
{
	while (c->node < c->g->nnodes &&
	       c->row >= c->g->nodes[c->node].first_edge + c->g->nodes[c->node].edge_count)
		c->node++;
}

static int x_filter(sqlite3_vtab_cursor *cur, int idx_num, const char *idx_str, int argc,
	sqlite3_value **argv)
{
	cursor *c = (cursor *)cur;
	vtab *v = (vtab *)cur->pVtab;
	int64_t id;
	int err;
	c->eof = 1;
	c->row = c->node = 0;
	release(c->sh);
	c->sh = NULL;
	c->g = NULL;
	if (idx_num != 1 || argc < 1) {
		sqlite3_free(v->base.zErrMsg);
		v->base.zErrMsg = sqlite3_mprintf("%s needs a snapshot id: %s(ID)",
			v->kind == V_NODES ? "heap_nodes" : "heap_edges",
			v->kind == V_NODES ? "heap_nodes" : "heap_edges");
		return SQLITE_ERROR;
	}
	id = sqlite3_value_int64(argv[0]);
	if (!v->cache || v->cache->id != id) {
		store_heap *g;
		shared *sh;
		err = store_heap_load(v->db, id, &g);
		if (err == STORE_EINVAL)
			return SQLITE_OK;	/* no such snapshot: no rows */
		if (err) {
			sqlite3_free(v->base.zErrMsg);
			v->base.zErrMsg = sqlite3_mprintf("heap snapshot %lld: %s", (long long)id,
				store_strerror(err));
			return err == STORE_ENOMEM ? SQLITE_NOMEM : SQLITE_CORRUPT;
		}
		if (!(sh = sqlite3_malloc(sizeof *sh))) {
			store_heap_free(g);
			return SQLITE_NOMEM;
		}
		sh->g = g;
		sh->id = id;
		sh->refs = 1;
		release(v->cache);
		v->cache = sh;
	}
	c->sh = v->cache;
	c->sh->refs++;
	c->g = c->sh->g;
	c->snap = id;
	c->eof = v->kind == V_NODES ? c->g->nnodes == 0 : c->g->nedges == 0;
	if (v->kind == V_EDGES)
		edge_source(c);
	return SQLITE_OK;
}

static int x_next(sqlite3_vtab_cursor *cur)
{
	cursor *c = (cursor *)cur;
	vtab *v = (vtab *)cur->pVtab;
	c->row++;
	if (v->kind == V_NODES) {
		c->eof = c->row >= c->g->nnodes;
	} else {
		c->eof = c->row >= c->g->nedges;
		edge_source(c);
	}
	return SQLITE_OK;
}

static int x_eof(sqlite3_vtab_cursor *cur)
{
	cursor *c = (cursor *)cur;
	return c->eof || !c->g;
}

static int x_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col)
{
	cursor *c = (cursor *)cur;
	vtab *v = (vtab *)cur->pVtab;
	const store_heap *g = c->g;
	if (v->kind == V_NODES) {
		const store_heap_node *n = &g->nodes[c->row];
		switch (col) {
		case 0: sqlite3_result_int64(ctx, c->row); break;
		case 1: sqlite3_result_int64(ctx, (int64_t)n->id); break;
		case 2: sqlite3_result_int(ctx, n->type); break;
		case 3: sqlite3_result_text(ctx, store_heap_str(g, n->name), -1, SQLITE_TRANSIENT); break;
		case 4: sqlite3_result_int64(ctx, (int64_t)n->self_size); break;
		case 5: sqlite3_result_int64(ctx, (int64_t)n->retained_size); break;
		case 6: sqlite3_result_int64(ctx, (int64_t)g->nodes[n->dominator].id); break;
		case 7:
			if (n->distance == STORE_HEAP_NONE)
				sqlite3_result_null(ctx);
			else
				sqlite3_result_int64(ctx, n->distance);
			break;
		case 8: sqlite3_result_int(ctx, (n->flags & STORE_HEAP_F_INTERNAL) != 0); break;
		case 9:
			if (n->site)
				sqlite3_result_int64(ctx, n->site);
			else
				sqlite3_result_null(ctx);
			break;
		case 10: sqlite3_result_int64(ctx, n->edge_count); break;
		default: sqlite3_result_int64(ctx, c->snap);
		}
	} else {
		const store_heap_edge *e = &g->edges[c->row];
		int indexed = e->type == STORE_HEAP_ELEMENT || e->type == STORE_HEAP_EDGE_HIDDEN;
		switch (col) {
		case 0: sqlite3_result_int64(ctx, (int64_t)g->nodes[c->node].id); break;
		case 1: sqlite3_result_int64(ctx, c->row - g->nodes[c->node].first_edge); break;
		case 2: sqlite3_result_int(ctx, e->type); break;
		case 3:
			if (indexed)
				sqlite3_result_null(ctx);
			else
				sqlite3_result_text(ctx, store_heap_str(g, e->name), -1, SQLITE_TRANSIENT);
			break;
		case 4:
			if (indexed)
				sqlite3_result_int64(ctx, e->name);
			else
				sqlite3_result_null(ctx);
			break;
		case 5: sqlite3_result_int64(ctx, (int64_t)g->nodes[e->to].id); break;
		default: sqlite3_result_int64(ctx, c->snap);
		}
	}
	return SQLITE_OK;
}

static int x_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid)
{
	*rowid = ((cursor *)cur)->row;
	return SQLITE_OK;
}

static const sqlite3_module MODULE = {
	.iVersion = 0,
	.xCreate = NULL,	/* eponymous only */
	.xConnect = x_connect,
	.xBestIndex = x_best_index,
	.xDisconnect = x_disconnect,
	.xDestroy = x_disconnect,
	.xOpen = x_open,
	.xClose = x_close,
	.xFilter = x_filter,
	.xNext = x_next,
	.xEof = x_eof,
	.xColumn = x_column,
	.xRowid = x_rowid,
};

int store_heap_register(sqlite3 *db)
{
	int rc = sqlite3_create_module(db, "heap_nodes", &MODULE, (void *)(intptr_t)V_NODES);
	if (rc == SQLITE_OK)
		rc = sqlite3_create_module(db, "heap_edges", &MODULE, (void *)(intptr_t)V_EDGES);
	return rc == SQLITE_OK ? 0 : store__error(db, rc);
}
