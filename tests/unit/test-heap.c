/* test-heap.c — heap snapshot graphs without a runtime: dominators, retained sizes,
 * distances and retainer paths on small graphs of known shape (a chain, a diamond,
 * cycles, weak edges), checked against hand-computed values and, on random graphs,
 * against a naive dominator computation; the storage round trip (reserve, commit,
 * load: every field, allocation sites mapped to frames, a version-1 file upgraded);
 * and the V8 .heapsnapshot writer's layout and string escaping. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../storage/internal.h"
#include "heapgraph.h"
#include "storage-util.h"

/* A graph from a compact description: sizes[i] is node i's self size, edges are
 * (from, to, type) triples sorted by `from`. */
typedef struct tedge { uint32_t from, to; uint8_t type; } tedge;

static store_heap *build(const uint64_t *sizes, uint32_t n, const tedge *e, uint32_t ne)
{
	store_heap *g = store_heap_new();
	uint32_t i, k = 0;
	char name[16];
	ASSERT(g != NULL);
	for (i = 0; i < n; i++) {
		snprintf(name, sizeof name, "n%u", i);
		ASSERT(store_heap_add_node(g, i ? STORE_HEAP_OBJECT : STORE_HEAP_SYNTHETIC,
			store_heap_intern(g, name, strlen(name)), 100 + i, sizes[i]) != NULL);
		for (; k < ne && e[k].from == i; k++)
			ASSERT(store_heap_add_edge(g, e[k].type,
				e[k].type == STORE_HEAP_ELEMENT ? k : store_heap_intern(g, "e", 1),
				e[k].to) != NULL);
	}
	ASSERT_EQ(k, ne);	/* edges sorted by source */
	return g;
}

#define P STORE_HEAP_PROPERTY
#define W STORE_HEAP_WEAK
#define S STORE_HEAP_SHORTCUT

TEST_IMPL(heap_dominators_diamond)
{
	/* 0 -> 1 -> {2, 3} -> 4 -> 5: 4 is reached through 2 and through 3, so 1 alone
	 * dominates it */
	static const uint64_t sizes[] = { 0, 10, 20, 30, 40, 50 };
	static const tedge e[] = {
		{ 0, 1, P }, { 1, 2, P }, { 1, 3, P }, { 2, 4, P }, { 3, 4, P }, { 4, 5, P }
	};
	store_heap *g = build(sizes, 6, e, 6);
	ASSERT_EQ(an_heap_dominators(g), 0);
	ASSERT_EQ(g->has_dominators, 1);
	ASSERT_EQ(g->nodes[0].dominator, 0);
	ASSERT_EQ(g->nodes[1].dominator, 0);
	ASSERT_EQ(g->nodes[2].dominator, 1);
	ASSERT_EQ(g->nodes[3].dominator, 1);
	ASSERT_EQ(g->nodes[4].dominator, 1);
	ASSERT_EQ(g->nodes[5].dominator, 4);
	ASSERT_EQ(g->nodes[5].retained_size, 50);
	ASSERT_EQ(g->nodes[4].retained_size, 90);
	ASSERT_EQ(g->nodes[2].retained_size, 20);	/* not 110: 4 is shared */
	ASSERT_EQ(g->nodes[3].retained_size, 30);
	ASSERT_EQ(g->nodes[1].retained_size, 150);
	ASSERT_EQ(g->nodes[0].retained_size, 150);
	ASSERT_EQ(g->nodes[0].distance, 0);
	ASSERT_EQ(g->nodes[1].distance, 1);
	ASSERT_EQ(g->nodes[4].distance, 3);
	ASSERT_EQ(g->nodes[5].distance, 4);
	store_heap_free(g);
	return 0;
}

TEST_IMPL(heap_dominators_cycles)
{
	/* a cycle entered once: 0 -> 1 -> 2 -> 3 -> 1; everything hangs off 1.
	 * a cycle entered twice: 0 -> 4 -> 6, 0 -> 5 -> 7, 6 <-> 7: only the root
	 * dominates 6 and 7 */
	static const uint64_t sizes[] = { 0, 1, 2, 4, 8, 16, 32, 64 };
	static const tedge e[] = {
		{ 0, 1, P }, { 0, 4, P }, { 0, 5, P },
		{ 1, 2, P }, { 2, 3, P }, { 3, 1, P },
		{ 4, 6, P }, { 5, 7, P }, { 6, 7, P }, { 7, 6, P }
	};
	store_heap *g = build(sizes, 8, e, 10);
	ASSERT_EQ(an_heap_dominators(g), 0);
	ASSERT_EQ(g->nodes[2].dominator, 1);
	ASSERT_EQ(g->nodes[3].dominator, 2);
	ASSERT_EQ(g->nodes[1].retained_size, 1 + 2 + 4);
	ASSERT_EQ(g->nodes[2].retained_size, 2 + 4);
	ASSERT_EQ(g->nodes[6].dominator, 0);
	ASSERT_EQ(g->nodes[7].dominator, 0);
	ASSERT_EQ(g->nodes[4].retained_size, 8);
	ASSERT_EQ(g->nodes[5].retained_size, 16);
	ASSERT_EQ(g->nodes[6].retained_size, 32);
	ASSERT_EQ(g->nodes[0].retained_size, 127);
	store_heap_free(g);
	return 0;
}

TEST_IMPL(heap_dominators_weak_shortcut)
{
	/* 0 -> 1 -weak-> 2, 0 -> 3 -> 2: the weak edge neither retains nor makes a path.
	 * 1 -weak-> 4 and nothing else: 4 hangs off the root with no distance.
	 * 3 -shortcut-> 5 and 0 -> 6 -> 5: a shortcut counts for paths, not dominance. */
	static const uint64_t sizes[] = { 0, 1, 2, 4, 8, 16, 32 };
	static const tedge e[] = {
		{ 0, 1, P }, { 0, 3, P }, { 0, 6, P },
		{ 1, 2, W }, { 1, 4, W }, { 3, 2, P }, { 3, 5, S }, { 6, 5, P }
	};
	store_heap *g = build(sizes, 7, e, 8);
	uint32_t *path, n;
	ASSERT_EQ(an_heap_dominators(g), 0);
	ASSERT_EQ(g->nodes[2].dominator, 3);
	ASSERT_EQ(g->nodes[1].retained_size, 1);
	ASSERT_EQ(g->nodes[3].retained_size, 4 + 2);
	ASSERT_EQ(g->nodes[4].dominator, 0);
	ASSERT_EQ(g->nodes[4].distance, STORE_HEAP_NONE);
	ASSERT_EQ(g->nodes[5].dominator, 6);
	ASSERT_EQ(g->nodes[6].retained_size, 32 + 16);
	ASSERT_EQ(g->nodes[5].distance, 2);
	ASSERT_EQ(g->nodes[0].retained_size, 63);
	/* retainer path to 2: root -> 3 -> 2 (the weak edge from 1 is no path) */
	ASSERT_EQ(an_heap_retainer_path(g, 2, &path, &n), 0);
	ASSERT_EQ(n, 2);
	ASSERT_EQ(g->edges[path[0]].to, 3);
	ASSERT_EQ(g->edges[path[1]].to, 2);
	free(path);
	ASSERT_EQ(an_heap_retainer_path(g, 4, &path, &n), STORE_EINVAL);
	ASSERT_EQ(an_heap_retainer_path(g, 0, &path, &n), 0);
	ASSERT_EQ(n, 0);
	ASSERT_EQ(an_heap_find(g, 105), 5);
	ASSERT_EQ(an_heap_find(g, 99), STORE_HEAP_NONE);
	store_heap_free(g);
	return 0;
}

TEST_IMPL(heap_dominators_long_chain)
{
	/* a million-node linked list: no recursion anywhere */
	uint32_t n = 1000000, i;
	store_heap *g = store_heap_new();
	for (i = 0; i < n; i++) {
		ASSERT(store_heap_add_node(g, STORE_HEAP_OBJECT, 0, i + 1, 1) != NULL);
		if (i + 1 < n)
			ASSERT(store_heap_add_edge(g, P, 0, i + 1) != NULL);
	}
	ASSERT_EQ(an_heap_dominators(g), 0);
	ASSERT_EQ(g->nodes[0].retained_size, n);
	ASSERT_EQ(g->nodes[n / 2].retained_size, n - n / 2);
	ASSERT_EQ(g->nodes[n - 1].dominator, n - 2);
	ASSERT_EQ(g->nodes[n - 1].distance, n - 1);
	store_heap_free(g);
	return 0;
}

/* Naive dominators: d dominates v iff v is unreachable from the root once d is gone. */
static int reaches_without(const store_heap *g, uint32_t v, uint32_t gone, uint8_t *seen,
	uint32_t *stack)
{
	uint32_t top = 0, e;
	memset(seen, 0, g->nnodes);
	if (gone == 0)
		return 0;
	stack[top++] = 0;
	seen[0] = 1;
	while (top) {
		uint32_t u = stack[--top];
		if (u == v)
			return 1;
		for (e = g->nodes[u].first_edge; e < g->nodes[u].first_edge + g->nodes[u].edge_count; e++) {
			uint32_t t = g->edges[e].to;
			if (t != gone && !seen[t]) {
				seen[t] = 1;
				stack[top++] = t;
			}
		}
	}
	return 0;
}

TEST_IMPL(heap_dominators_random)
{
	uint64_t rng = 12345;
	int round;
	for (round = 0; round < 40; round++) {
		uint32_t n = 5 + round * 3, i, k;
		store_heap *g = store_heap_new();
		uint8_t *seen = malloc(n);
		uint32_t *stack = malloc(n * 8 * sizeof *stack);
		for (i = 0; i < n; i++) {
			uint32_t deg;
			ASSERT(store_heap_add_node(g, STORE_HEAP_OBJECT, 0, i + 1, i + 1) != NULL);
			rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
			deg = (uint32_t)(rng >> 60) % 4;
			if (i + 1 < n && i % 3 == 0)
				ASSERT(store_heap_add_edge(g, P, 0, i + 1) != NULL);	/* a spine */
			for (k = 0; k < deg; k++) {
				rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
				ASSERT(store_heap_add_edge(g, P, 0, (uint32_t)(rng >> 33) % n) != NULL);
			}
		}
		ASSERT_EQ(an_heap_dominators(g), 0);
		for (i = 1; i < n; i++) {
			uint32_t d = g->nodes[i].dominator, a;
			uint64_t sum = 0;
			if (!reaches_without(g, i, n + 1, seen, stack)) {
				ASSERT_EQ(d, 0);	/* unreachable: hung off the root */
				continue;
			}
			/* the immediate dominator dominates it... */
			ASSERT(d == 0 || !reaches_without(g, i, d, seen, stack));
			/* ...and every other dominator of it dominates d too (it is the closest) */
			for (a = 1; a < n; a++)
				if (a != i && a != d && !reaches_without(g, i, a, seen, stack))
					ASSERT(!reaches_without(g, d, a, seen, stack));
			/* retained size: self plus the retained sizes of its dominator-children */
			for (a = 1; a < n; a++)
				if (g->nodes[a].dominator == i && a != i)
					sum += g->nodes[a].retained_size;
			ASSERT_EQ(g->nodes[i].retained_size, g->nodes[i].self_size + sum);
		}
		free(seen);
		free(stack);
		store_heap_free(g);
	}
	return 0;
}

/* ---- storage ---- */

static store_heap *sample_graph(store *s)
{
	store_heap *g = store_heap_new();
	store_heap_node *n;
	uint32_t file = store_heap_intern(g, "/srv/app/app.js", 15);
	ASSERT(g != NULL);
	n = store_heap_add_node(g, STORE_HEAP_SYNTHETIC, 0, 7, 0);
	n->flags = STORE_HEAP_F_ROOT | STORE_HEAP_F_INTERNAL;
	store_heap_add_edge(g, STORE_HEAP_ELEMENT, 1, 1);
	n = store_heap_add_node(g, STORE_HEAP_CLOSURE, store_heap_intern(g, "hold", 4), 1000, 64);
	n->site = js_frame(s, "make", "/srv/app/app.js", 3, 1);
	store_heap_add_edge(g, STORE_HEAP_INTERNAL, store_heap_intern(g, "context", 7), 2);
	store_heap_add_location(g, 1, file, 2, 0);
	store_heap_add_node(g, STORE_HEAP_OBJECT, store_heap_intern(g, "system / Context", 16),
		999, 48);
	store_heap_add_edge(g, STORE_HEAP_CONTEXT, store_heap_intern(g, "secret", 6), 3);
	/* ids go down as well as up */
	store_heap_add_node(g, STORE_HEAP_STRING, store_heap_intern(g, "caf\xc3\xa9 \x01", 7),
		5, 4000000000ull);
	store_heap_add_edge(g, STORE_HEAP_WEAK, store_heap_intern(g, "entry", 5), 1);
	ASSERT_EQ(an_heap_dominators(g), 0);
	g->heap_used = 123456;
	g->pause_us = 77;
	g->t_us = 5000;
	g->label = strdup("after-load");
	snprintf(g->trigger, sizeof g->trigger, "api");
	return g;
}

static void same_graph(const store_heap *a, const store_heap *b)
{
	uint32_t i;
	ASSERT_EQ(a->nnodes, b->nnodes);
	ASSERT_EQ(a->nedges, b->nedges);
	ASSERT_EQ(a->nstrings, b->nstrings);
	ASSERT_EQ(a->nlocs, b->nlocs);
	ASSERT_EQ(a->max_id, b->max_id);
	for (i = 0; i < a->nstrings; i++)
		ASSERT_STR_EQ(store_heap_str(a, i), store_heap_str(b, i));
	for (i = 0; i < a->nnodes; i++) {
		const store_heap_node *x = &a->nodes[i], *y = &b->nodes[i];
		ASSERT_EQ(x->id, y->id);
		ASSERT_EQ(x->type, y->type);
		ASSERT_EQ(x->flags, y->flags);
		ASSERT_EQ(x->name, y->name);
		ASSERT_EQ(x->self_size, y->self_size);
		ASSERT_EQ(x->retained_size, y->retained_size);
		ASSERT_EQ(x->dominator, y->dominator);
		ASSERT_EQ(x->distance, y->distance);
		ASSERT_EQ(x->first_edge, y->first_edge);
		ASSERT_EQ(x->edge_count, y->edge_count);
	}
	for (i = 0; i < a->nedges; i++) {
		ASSERT_EQ(a->edges[i].type, b->edges[i].type);
		ASSERT_EQ(a->edges[i].name, b->edges[i].name);
		ASSERT_EQ(a->edges[i].to, b->edges[i].to);
	}
	for (i = 0; i < a->nlocs; i++) {
		ASSERT_EQ(a->locs[i].node, b->locs[i].node);
		ASSERT_EQ(a->locs[i].file, b->locs[i].file);
		ASSERT_EQ(a->locs[i].line, b->locs[i].line);
		ASSERT_EQ(a->locs[i].col, b->locs[i].col);
	}
}

TEST_IMPL(heap_store_roundtrip)
{
	const char *path = tmp_path("heap.db");
	store_run_info run = test_run();
	store *s, *r;
	store_heap *g, *copy, *loaded;
	int64_t id, id2;
	sqlite3 *db;
	ASSERT_EQ(store_open(&s, path, &run, NULL), 0);
	g = sample_graph(s);
	copy = sample_graph(s);	/* the store frees what it commits */
	id = store_snapshot_reserve(s);
	id2 = store_snapshot_reserve(s);
	ASSERT(id > 0 && id2 == id + 1);
	g->id = id;
	ASSERT_EQ(store_snapshot_commit(s, g), 0);
	ASSERT_EQ(store_flush(s), 0);
	ASSERT_EQ(store_snapshots_pending(s), 0);
	ASSERT_EQ(store_close(s, 0), 0);

	db = db_open(path);
	ASSERT_EQ(q_int(db, "PRAGMA user_version"), 5);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM snapshots"), 1);	/* id2 unused: gone */
	ASSERT_STR_EQ(q_text(db, "SELECT state || ' ' || run_id || ' ' || t_us || ' ' || label"
		" || ' ' || trigger || ' ' || node_count || ' ' || edge_count || ' ' || self_size"
		" || ' ' || heap_used || ' ' || max_id || ' ' || pause_us FROM snapshots"),
		"1 1 5000 after-load api 4 4 4000000112 123456 1000 77");
	ASSERT_EQ(q_int(db, "SELECT commit_us >= 0 FROM snapshots"), 1);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM heap_chunks"), 1);
	sqlite3_close(db);

	ASSERT_EQ(store_open_readonly(&r, path), 0);
	ASSERT_EQ(store_heap_load(store_db(r), id, &loaded), 0);
	same_graph(copy, loaded);
	/* the allocation site's handle became the frame's row */
	ASSERT_EQ(loaded->nodes[1].site, q_int(store_db(r), "SELECT id FROM frames WHERE"
		" name = 'make' AND line = 3"));
	ASSERT_EQ(loaded->nodes[0].site, 0);
	ASSERT_STR_EQ(loaded->label, "after-load");
	ASSERT_STR_EQ(loaded->trigger, "api");
	ASSERT_EQ(loaded->heap_used, 123456);
	ASSERT_EQ(store_heap_load(store_db(r), id + 7, &g), STORE_EINVAL);
	store_heap_free(loaded);
	/* the same graph as rows */
	db = store_db(r);
	ASSERT_STR_EQ(q_text(db, "SELECT group_concat(idx || ':' || id || ':' || type || ':' ||"
		" name || ':' || self_size || ':' || retained_size || ':' || dominator || ':' ||"
		" coalesce(distance, '-') || ':' || internal || ':' || edge_count, ' ')"
		" FROM heap_nodes(1)"),
		"0:7:9::0:4000000112:7:0:1:1 1:1000:5:hold:64:4000000112:7:1:0:1"
		" 2:999:3:system / Context:48:4000000048:1000:2:0:1"
		" 3:5:2:caf\xc3\xa9 \x01:4000000000:4000000000:999:3:0:1");
	ASSERT_STR_EQ(q_text(db, "SELECT group_concat(from_id || ':' || seq || ':' || type || ':'"
		" || coalesce(name, '#' || idx) || ':' || to_id, ' ') FROM heap_edges(1)"),
		"7:0:1:#1:1000 1000:0:3:context:999 999:0:0:secret:5 5:0:6:entry:1000");
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM heap_nodes(1) a JOIN heap_nodes(1) b"
		" ON a.dominator = b.id"), 4);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM heap_nodes(99)"), 0);
	store_close(r, 0);

	/* a second run's snapshots get ids of their own */
	ASSERT_EQ(store_open(&s, path, &run, NULL), 0);
	id2 = store_snapshot_reserve(s);
	ASSERT(id2 > id);
	store_close(s, 0);
	store_heap_free(copy);
	tmp_cleanup();
	return 0;
}

TEST_IMPL(heap_store_corrupt_blob)
{
	const char *path = tmp_path("corrupt.db");
	store_run_info run = test_run();
	store *s;
	store_heap *g;
	sqlite3 *db;
	int64_t id;
	ASSERT_EQ(store_open(&s, path, &run, NULL), 0);
	g = sample_graph(s);
	id = g->id = store_snapshot_reserve(s);
	ASSERT_EQ(store_snapshot_commit(s, g), 0);
	ASSERT_EQ(store_close(s, 0), 0);
	db = db_open(path);
	ASSERT_EQ(sqlite3_exec(db, "UPDATE heap_chunks SET edges = x'ffffff'", NULL, NULL, NULL),
		SQLITE_OK);
	ASSERT_EQ(store_heap_load(db, id, &g), STORE_ECORRUPT);
	ASSERT_EQ(sqlite3_exec(db, "UPDATE snapshots SET state = 0", NULL, NULL, NULL), SQLITE_OK);
	ASSERT_EQ(store_heap_load(db, id, &g), STORE_EINVAL);	/* never committed */
	sqlite3_close(db);
	tmp_cleanup();
	return 0;
}

/* The whole of a file (NUL-terminated, length in *len). */
static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;
	ASSERT(f != NULL);
	ASSERT_EQ(fseek(f, 0, SEEK_END), 0);
	n = ftell(f);
	ASSERT(n > 0);
	rewind(f);
	buf = malloc((size_t)n + 1);
	ASSERT(buf != NULL);
	ASSERT_EQ(fread(buf, 1, (size_t)n, f), (size_t)n);
	buf[n] = 0;
	fclose(f);
	*len = (size_t)n;
	return buf;
}

/* A file of version 1 (before heap snapshots) is read as it is by a reader (its runs,
 * empty snapshot tables; the file stays at version 1, byte for byte) and upgraded when
 * recorded into. */
TEST_IMPL(heap_store_upgrade_v1)
{
	const char *path = tmp_path("v1.db");
	const char *end = strstr(store__sql_schema, "\n-- @version 2");
	store_run_info run = test_run();
	char *v1, *before, *after;
	size_t nbefore, nafter;
	sqlite3 *db;
	store *s;
	ASSERT(end != NULL);
	v1 = strndup(store__sql_schema, (size_t)(end - store__sql_schema) + 1);
	ASSERT_EQ(sqlite3_open(path, &db), SQLITE_OK);
	ASSERT_EQ(sqlite3_exec(db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL), SQLITE_OK);
	ASSERT_EQ(store__migrate(db, v1), 0);
	ASSERT_EQ(sqlite3_exec(db, "INSERT INTO runs (id, pid, argv, started_at)"
		" VALUES (7, 4242, '[\"v1.js\"]', 1000)", NULL, NULL, NULL), SQLITE_OK);
	ASSERT_EQ(q_int(db, "PRAGMA user_version"), 1);
	sqlite3_close(db);
	free(v1);
	before = slurp(path, &nbefore);
	ASSERT_EQ(store_open_readonly(&s, path), 0);
	db = store_db(s);
	ASSERT_EQ(q_int(db, "SELECT pid FROM runs WHERE id = 7"), 4242);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM snapshots"), 0);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM heap_nodes(1)"), 0);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM heap_node_types"), 16);
	store_close(s, 0);
	after = slurp(path, &nafter);
	ASSERT_EQ(nafter, nbefore);
	ASSERT(memcmp(before, after, nbefore) == 0);	/* the file was not written */
	free(before);
	free(after);
	db = db_open(path);
	ASSERT_EQ(q_int(db, "PRAGMA user_version"), 1);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'snapshots'"), 0);
	sqlite3_close(db);
	ASSERT_EQ(store_open(&s, path, &run, NULL), 0);
	ASSERT(store_snapshot_reserve(s) > 0);
	store_close(s, 0);
	db = db_open(path);
	ASSERT_EQ(q_int(db, "PRAGMA user_version"), 5);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM heap_node_types"), 16);
	ASSERT_STR_EQ(q_text(db, "SELECT name FROM heap_edge_types WHERE id = 5"), "shortcut");
	sqlite3_close(db);
	tmp_cleanup();
	return 0;
}

/* ---- the V8 writer ---- */

TEST_IMPL(heap_v8_writer)
{
	store_heap *g = store_heap_new();
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	/* mujs's forms: U+0000 as C0 80, a lone surrogate as ED A0 80, and a stray byte */
	static const char odd[] = "a\"b\\c\nd\xc0\x80" "e\xed\xa0\x80" "f\xff" "g\xe2\x82\xac";
	store_heap_add_node(g, STORE_HEAP_SYNTHETIC, 0, 1, 0);
	store_heap_add_edge(g, STORE_HEAP_ELEMENT, 3, 1);
	store_heap_add_edge(g, STORE_HEAP_PROPERTY, store_heap_intern(g, "p", 1), 2);
	store_heap_add_node(g, STORE_HEAP_CLOSURE, store_heap_intern(g, "f", 1), 3, 40);
	store_heap_add_location(g, 1, store_heap_intern(g, "app.js", 6), 9, 0);
	store_heap_add_node(g, STORE_HEAP_STRING, store_heap_intern(g, odd, strlen(odd)), 5, 24);
	ASSERT_EQ(an_heap_write_v8(g, f), 0);
	fclose(f);
	ASSERT(!strncmp(buf, "{\"snapshot\":{\"meta\":{\"node_fields\":[\"type\",\"name\",\"id\","
		"\"self_size\",\"edge_count\",\"trace_node_id\",\"detachedness\"]", 98));
	ASSERT(strstr(buf, "\"node_count\":3,\"edge_count\":2,\"trace_function_count\":0},") != NULL);
	/* nodes: root, "f" (string 1 + 1 = 2), the odd string */
	ASSERT(strstr(buf, "\"nodes\":[9,1,1,0,2,0,0\n,5,3,3,40,0,0,0\n,2,") != NULL);
	/* edges: element index as is, property name shifted past "<dummy>", to_node * 7 */
	ASSERT(strstr(buf, "\"edges\":[1,3,7\n,2,2,14],") != NULL);
	ASSERT(strstr(buf, "\"trace_function_infos\":[],\n\"trace_tree\":[],\n\"samples\":[],"
		"\n\"locations\":[7,3,9,0],") != NULL);
	ASSERT(strstr(buf, "\"strings\":[\"<dummy>\",\n\"\",\n\"p\",\n\"f\",\n\"app.js\",\n"
		"\"a\\\"b\\\\c\\nd\\u0000e\\ud800f\\ufffdg\xe2\x82\xac\"]}\n") != NULL);
	free(buf);
	store_heap_free(g);
	return 0;
}
