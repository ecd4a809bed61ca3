/* cmd_retainers.c — `leakscope retainers DB SNAP NODE`: why a node of a heap snapshot
 * is alive. The node itself (type, name, self and retained size, distance, allocation
 * site), a shortest path from the root to it (breadth-first over the edges that count
 * for distance: not weak ones), its dominator chain (each of those alone keeps it
 * alive) and every edge that points to it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "heapgraph.h"
#include "report.h"

#define SHOW_STRING 40	/* characters of a string node's text shown */

/* "Foo @123", "function hold @45", "\"text\" @67" */
static const char *node_label(const store_heap *g, uint32_t i)
{
	static char buf[4][256];
	static int k;
	char *b = buf[k++ & 3];
	const store_heap_node *n = &g->nodes[i];
	const char *name = store_heap_str(g, n->name);
	switch (n->type) {
	case STORE_HEAP_CLOSURE:
		snprintf(b, 256, "function %s @%llu", *name ? name : "(anonymous)",
			(unsigned long long)n->id);
		break;
	case STORE_HEAP_STRING:
		snprintf(b, 256, "\"%.*s%s\" @%llu", SHOW_STRING, name,
			strlen(name) > SHOW_STRING ? "..." : "", (unsigned long long)n->id);
		break;
	case STORE_HEAP_SYNTHETIC:
		snprintf(b, 256, "%s", i == 0 ? "(root)" : name);
		break;
	default:
		snprintf(b, 256, "%s @%llu", *name ? name : store_heap_node_type_name(n->type),
			(unsigned long long)n->id);
	}
	return b;
}

/* How an edge reads in a path: .name, [3], <context> … */
static const char *edge_label(const store_heap *g, const store_heap_edge *e)
{
	static char buf[4][300];
	static int k;
	char *b = buf[k++ & 3];
	const char *name = e->type == STORE_HEAP_ELEMENT || e->type == STORE_HEAP_EDGE_HIDDEN ?
		"" : store_heap_str(g, e->name);
	switch (e->type) {
	case STORE_HEAP_ELEMENT:
	case STORE_HEAP_EDGE_HIDDEN:
		snprintf(b, 300, "[%u]", e->name);
		break;
	case STORE_HEAP_CONTEXT:
		snprintf(b, 300, "(variable %s)", name);
		break;
	case STORE_HEAP_INTERNAL:
		snprintf(b, 300, "<%s>", name);
		break;
	case STORE_HEAP_WEAK:
		snprintf(b, 300, "(weak %s)", name);
		break;
	default:
		snprintf(b, 300, ".%s", name);
	}
	return b;
}

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

static json_t *node_json(const store_heap *g, uint32_t i)
{
	const store_heap_node *n = &g->nodes[i];
	return json_pack("{s:I, s:s, s:s, s:I, s:I, s:i, s:b}",
		"id", (json_int_t)n->id,
		"type", store_heap_node_type_name(n->type),
		"name", store_heap_str(g, n->name),
		"self_size", (json_int_t)n->self_size,
		"retained_size", (json_int_t)n->retained_size,
		"distance", n->distance == STORE_HEAP_NONE ? -1 : (int)n->distance,
		"internal", (n->flags & STORE_HEAP_F_INTERNAL) != 0);
}

static json_t *edge_json(const store_heap *g, const store_heap_edge *e)
{
	int named = e->type != STORE_HEAP_ELEMENT && e->type != STORE_HEAP_EDGE_HIDDEN;
	json_t *j = json_pack("{s:s}", "type", store_heap_edge_type_name(e->type));
	json_object_set_new(j, "name", named ? json_string(store_heap_str(g, e->name)) :
		json_integer(e->name));
	return j;
}

/* The allocation site of a loaded node (frames.id), "" when unknown. */
static const char *site_text(an_db *db, const cli_opts *o, uint32_t frame, json_t **j)
{
	static char buf[512];
	sqlite3_stmt *st;
	buf[0] = 0;
	*j = NULL;
	if (!frame || sqlite3_prepare_v2(an_sqlite(db), "SELECT name, file, line FROM frames"
		" WHERE id = ?1", -1, &st, NULL) != SQLITE_OK)
		return buf;
	sqlite3_bind_int64(st, 1, frame);
	if (sqlite3_step(st) == SQLITE_ROW) {
		an_loc l;
		memset(&l, 0, sizeof l);
		l.name = (const char *)sqlite3_column_text(st, 0);
		l.file = (const char *)sqlite3_column_text(st, 1);
		l.line = sqlite3_column_int(st, 2);
		if (!l.name)
			l.name = "";
		if (!l.file)
			l.file = "";
		snprintf(buf, sizeof buf, "%s in %s", f_where(o, &l), f_func(&l));
		*j = json_pack("{s:s, s:s, s:i}", "function", l.name, "file", l.file, "line", l.line);
	}
	sqlite3_finalize(st);
	return buf;
}

int cmd_retainers(an_db *db, const cli_opts *o)
{
	store_heap *g;
	char *end;
	const char *node_arg = o->pos[1];
	long long snap = strtoll(o->pos[0], &end, 10);
	unsigned long long id;
	uint32_t i, e, *path = NULL, npath = 0, shown = 0, total = 0, d;
	json_t *out = NULL, *site_j = NULL, *arr;
	const char *site;
	int err;
	const store_heap_node *n;

	if (*end || snap <= 0) {
		fprintf(stderr, "leakscope retainers: %s: not a snapshot id (see leakscope"
			" snapshots)\n", o->pos[0]);
		return 9;
	}
	if (*node_arg == '@')
		node_arg++;
	id = strtoull(node_arg, &end, 10);
	if (*end || !*node_arg) {
		fprintf(stderr, "leakscope retainers: %s: not a node id (@123 or 123)\n", o->pos[1]);
		return 9;
	}
	err = store_heap_load(an_sqlite(db), snap, &g);
	if (err == STORE_EINVAL) {
		fprintf(stderr, "leakscope retainers: no heap snapshot %lld in %s (see leakscope"
			" snapshots)\n", snap, o->db);
		return 1;
	}
	if (err)
		return cli_fail(o, o->db, err);
	i = an_heap_find(g, id);
	if (i == STORE_HEAP_NONE) {
		fprintf(stderr, "leakscope retainers: no node @%llu in heap snapshot %lld\n", id, snap);
		store_heap_free(g);
		return 1;
	}
	n = &g->nodes[i];
	site = site_text(db, o, n->site, &site_j);
	if (an_heap_retainer_path(g, i, &path, &npath) == STORE_ENOMEM) {
		store_heap_free(g);
		json_decref(site_j);
		return cli_fail(o, o->db, AN_ENOMEM);
	}

	if (o->json) {
		out = json_pack("{s:I, s:o}", "snapshot", (json_int_t)snap, "node", node_json(g, i));
		if (site_j)
			json_object_set_new(json_object_get(out, "node"), "site", site_j);
		arr = json_array();
		for (e = 0; e < npath; e++) {
			json_t *step = edge_json(g, &g->edges[path[e]]);
			json_object_set_new(step, "from", node_json(g, source_of(g, path[e])));
			json_object_set_new(step, "to", node_json(g, g->edges[path[e]].to));
			json_array_append_new(arr, step);
		}
		json_object_set_new(out, "path", arr);
		arr = json_array();
		for (d = n->dominator; i && d != STORE_HEAP_NONE; d = g->nodes[d].dominator) {
			json_array_append_new(arr, node_json(g, d));
			if (!d)
				break;
		}
		json_object_set_new(out, "dominators", arr);
		arr = json_array();
	} else {
		printf("heap snapshot %lld: %s\n", snap, node_label(g, i));
		printf("  %s, self %s, retained %s, distance %d%s\n",
			store_heap_node_type_name(n->type), f_bytes((int64_t)n->self_size),
			f_bytes((int64_t)n->retained_size),
			n->distance == STORE_HEAP_NONE ? -1 : (int)n->distance,
			(n->flags & STORE_HEAP_F_INTERNAL) ? " (the runtime's own)" : "");
		if (*site)
			printf("  allocated at %s\n", site);
		printf("\nshortest path from the root:\n  (root)\n");
		for (e = 0; e < npath; e++)
			printf("  %*s%s %s\n", (int)(e < 20 ? e * 2 : 40), "",
				edge_label(g, &g->edges[path[e]]), node_label(g, g->edges[path[e]].to));
		printf("\ndominators (each alone keeps it alive), nearest first:\n");
		for (d = n->dominator; i && d != STORE_HEAP_NONE; d = g->nodes[d].dominator) {
			printf("  %s  retained %s\n", node_label(g, d),
				f_bytes((int64_t)g->nodes[d].retained_size));
			if (!d)
				break;
		}
		printf("\nretainers (edges to it):\n");
		arr = NULL;
	}
	for (e = 0; e < g->nedges; e++) {
		const store_heap_edge *ed = &g->edges[e];
		uint32_t from;
		if (ed->to != i)
			continue;
		total++;
		if (o->limit && shown >= o->limit)
			continue;
		shown++;
		from = source_of(g, e);
		if (arr) {
			json_t *r = edge_json(g, ed);
			json_object_set_new(r, "from", node_json(g, from));
			json_array_append_new(arr, r);
		} else {
			printf("  %s %s (%s edge)\n", node_label(g, from), edge_label(g, ed),
				store_heap_edge_type_name(ed->type));
		}
	}
	if (arr) {
		json_object_set_new(out, "retainers", arr);
		json_object_set_new(out, "retainer_count", json_integer(total));
	} else if (total > shown) {
		printf("  ... %u more (--limit 0 shows all)\n", total - shown);
	} else if (!total) {
		printf("  none: it is a root\n");
	}
	if (!o->json)
		json_decref(site_j);	/* only the JSON output takes it over */
	free(path);
	store_heap_free(g);
	return out ? cli_print_json(out) : 0;
}
