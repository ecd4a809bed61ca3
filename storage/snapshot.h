/* snapshot.h — heap snapshots in storage: the in-memory graph every part shares (the
 * profiler's walker builds it, the writer commits it, readers load it back), and the
 * calls that store and load it. Part of storage's public face (with storage.h); like
 * the rest of storage it knows nothing of mujs.
 *
 * The graph (store_heap)
 * - Nodes and edges in V8's shape, so a .heapsnapshot is a straight rendering: node and
 *   edge types are V8's numbering (STORE_HEAP_*), node 0 is the synthetic root, a node's
 *   edges are the edge_count edges that follow those of the node before it (edges are
 *   grouped by source in node order, as in V8's flat arrays).
 * - Names are indices into one string table per snapshot (store_heap_intern). Index 0
 *   is always "". An element or hidden edge's name is its index, not a string.
 * - Node ids are stable across the snapshots of one run and never reused (the producer's
 *   business); max_id is the highest id a snapshot contains, so "allocated after
 *   snapshot A" is "id > A.max_id".
 * - dominator/retained_size/distance are filled by whoever computes them (analysis/'s
 *   dominator tree, through the `finish` callback before the commit); has_dominators
 *   tells they are there.
 *
 * Storing (recording side; see schema.sql, version 2, for the tables)
 * - store_snapshot_reserve() gives the id of the next snapshot at once (ids are rows of
 *   `snapshots` the writer reserves ahead, so two processes recording into one file
 *   never collide). Called on the recording thread; it waits for the writer only when
 *   more than STORE_SNAPSHOT_RESERVE snapshots were taken faster than it reserves ids.
 * - store_snapshot_commit() queues the graph like any record (never dropped) and takes
 *   ownership of it. The writer thread, when it reaches it, commits what was queued
 *   before, runs g->finish(g) (the dominators), encodes the graph and writes it in one
 *   transaction of its own: a crash leaves the earlier snapshots whole and this one
 *   absent (its row stays `state = 0`). Allocation-site handles (node.site) are mapped
 *   to frames.id there.
 * - store_snapshots_pending() says how many are queued and not yet committed, so a
 *   producer taking snapshots on an interval can skip one rather than pile up graphs.
 *
 * Loading (read side): store_heap_load() rebuilds the graph of a committed snapshot
 * from a database handle (a reader's store_db(), or any sqlite3 connection).
 */
#ifndef LEAKSCOPE_STORAGE_SNAPSHOT_H
#define LEAKSCOPE_STORAGE_SNAPSHOT_H

#include <stddef.h>
#include <stdint.h>

#include "storage.h"

/* Node types: V8's HeapGraphNode::Type numbering (table heap_node_types). */
enum {
	STORE_HEAP_HIDDEN,	/* runtime-internal structure */
	STORE_HEAP_ARRAY,
	STORE_HEAP_STRING,
	STORE_HEAP_OBJECT,	/* also environments ("system / Context") */
	STORE_HEAP_CODE,	/* compiled function code */
	STORE_HEAP_CLOSURE,
	STORE_HEAP_REGEXP,
	STORE_HEAP_NUMBER,
	STORE_HEAP_NATIVE,	/* C memory: a Buffer's bytes, a userdata's struct */
	STORE_HEAP_SYNTHETIC,	/* roots */
	STORE_HEAP_CONS_STRING,
	STORE_HEAP_SLICED_STRING,
	STORE_HEAP_SYMBOL,
	STORE_HEAP_BIGINT,
	STORE_HEAP_OBJECT_SHAPE,
	STORE_HEAP_WASM,
	STORE_HEAP__NODE_TYPES
};

/* Edge types: V8's HeapGraphEdge::Type numbering (table heap_edge_types). */
enum {
	STORE_HEAP_CONTEXT,	/* a closure scope's variable (name: the variable) */
	STORE_HEAP_ELEMENT,	/* array index (name: the index) */
	STORE_HEAP_PROPERTY,	/* named property */
	STORE_HEAP_INTERNAL,	/* engine link: __proto__, context, code, outer scope */
	STORE_HEAP_EDGE_HIDDEN,	/* runtime bookkeeping (name: an index) */
	STORE_HEAP_SHORTCUT,	/* a link that skips an intermediate (Map -> entry) */
	STORE_HEAP_WEAK,	/* does not keep its target alive */
	STORE_HEAP__EDGE_TYPES
};

/* Node flags. */
enum {
	STORE_HEAP_F_INTERNAL = 1,	/* the runtime's own (bootstrap, node: modules, roots) */
	STORE_HEAP_F_ROOT = 2		/* a synthetic root or root category */
};

#define STORE_HEAP_NONE UINT32_MAX	/* no dominator / unreachable distance */
#define STORE_SNAPSHOT_RESERVE 4	/* ids the writer keeps reserved ahead */

typedef struct store_heap_node {
	uint64_t id;		/* stable for the run */
	uint64_t self_size;	/* bytes the allocator gave it (native: its C memory) */
	uint64_t retained_size;	/* self + everything it dominates */
	uint32_t name;		/* string index */
	uint32_t first_edge;	/* index of its first edge */
	uint32_t edge_count;
	uint32_t dominator;	/* node index of the immediate dominator (root: itself) */
	uint32_t distance;	/* edges on a shortest path from the root (weak ones not
				 * counted as paths); STORE_HEAP_NONE when only weakly reachable */
	uint32_t site;		/* allocation site: a frame handle (store_intern_frame) in a
				 * graph being recorded, a frames.id in a loaded one; 0 unknown */
	uint8_t type;		/* STORE_HEAP_* node type */
	uint8_t flags;		/* STORE_HEAP_F_* */
} store_heap_node;

typedef struct store_heap_edge {
	uint32_t to;		/* node index */
	uint32_t name;		/* string index, or the index for element/hidden edges */
	uint8_t type;		/* STORE_HEAP_* edge type */
} store_heap_edge;

/* Where a closure's function was defined (V8's `locations`). */
typedef struct store_heap_location {
	uint32_t node;		/* the closure's node index */
	uint32_t file;		/* string index of the script's name */
	uint32_t line, col;	/* 0-based, as V8's */
} store_heap_location;

typedef struct store_heap store_heap;
struct store_heap {
	store_heap_node *nodes;
	uint32_t nnodes, nodes_cap;
	store_heap_edge *edges;
	uint32_t nedges, edges_cap;
	store_heap_location *locs;
	uint32_t nlocs, locs_cap;

	/* strings: text[off[i]] is string i, NUL-terminated; a hash set for interning */
	char *text;
	size_t text_len, text_cap;
	uint32_t *off;
	uint32_t nstrings, off_cap;
	uint32_t *slots;	/* open addressing: string index + 1, 0 empty */
	uint32_t slot_mask;

	/* what the snapshot is */
	int64_t id;		/* snapshots.id (store_snapshot_reserve), 0 if none */
	int64_t t_us;		/* when the walk began, µs since the run began */
	char *label;		/* malloc'd, or NULL */
	char trigger[24];	/* "api", "interval", "signal", "exit", "near-heap-limit" */
	uint64_t heap_used;	/* the allocator's live bytes when it was taken */
	uint64_t max_id;
	int64_t pause_us;	/* how long the app was paused for the walk */
	int has_dominators;

	/* Run on the writer's thread before the graph is stored (the producer computes the
	 * dominator tree there, off its own thread). May be NULL. */
	void (*finish)(store_heap *g);
};

/* ---- building a graph (any thread; one graph, one thread) ---- */

/* An empty graph with string 0 = "". NULL when out of memory. */
store_heap *store_heap_new(void);
void store_heap_free(store_heap *g);

/* The index of string s (n bytes, need not be terminated), adding it the first time.
 * STORE_HEAP_NONE only when out of memory. */
uint32_t store_heap_intern(store_heap *g, const char *s, size_t n);
static inline const char *store_heap_str(const store_heap *g, uint32_t i)
{
	return g->text + g->off[i];
}

/* Room for one more node / edge / location (returned zeroed apart from what the caller
 * sets), or NULL when out of memory. Nodes must be added in order, each followed by
 * its edges: store_heap_add_node sets first_edge to the current edge count and
 * store_heap_add_edge bumps the edge_count of the last node. */
store_heap_node *store_heap_add_node(store_heap *g, uint8_t type, uint32_t name,
	uint64_t id, uint64_t self_size);
store_heap_edge *store_heap_add_edge(store_heap *g, uint8_t type, uint32_t name,
	uint32_t to);
int store_heap_add_location(store_heap *g, uint32_t node, uint32_t file, uint32_t line,
	uint32_t col);

/* Names of the node and edge types, V8's spelling ("closure", "property"...). */
const char *store_heap_node_type_name(int type);
const char *store_heap_edge_type_name(int type);

/* ---- storing (recording thread) ---- */

/* The id for the next snapshot, or a negative STORE_E* code (the store failed, or the
 * database stayed locked while reserving). */
int64_t store_snapshot_reserve(store *s);

/* Queues g for the writer (see above) and takes it over, even on failure. g->id must
 * come from store_snapshot_reserve on this store. 0 or a STORE_E* code. */
int store_snapshot_commit(store *s, store_heap *g);

/* Snapshots queued and not yet committed (any thread). */
int store_snapshots_pending(const store *s);

/* ---- loading (read side) ---- */

/* The graph of committed snapshot `id` in *out; STORE_EINVAL when there is no such
 * complete snapshot, STORE_ECORRUPT for a blob that does not decode. */
int store_heap_load(sqlite3 *db, int64_t id, store_heap **out);

/* Registers the table-valued functions heap_nodes(snapshot) and heap_edges(snapshot)
 * (rows of the packed graph; see storage/heapvtab.c for the columns) on db.
 * store_open_readonly() does it on its own connections. 0 or a STORE_E* code. */
int store_heap_register(sqlite3 *db);

#endif
