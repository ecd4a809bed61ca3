/* heapgraph.h (analysis) — algorithms on a heap snapshot's graph (storage/snapshot.h's
 * store_heap), shared by the recorder (which computes dominators before a snapshot is
 * committed), the read commands (`leakscope snapshots`, `retainers`, `export
 * --heapsnapshot`) and the diff tool.
 *
 * Contract
 * - an_heap_dominators() fills every node's dominator (immediate dominator's index; the
 *   root's is itself), retained_size (self plus what it dominates) and distance (edges
 *   on a shortest path from the root), and sets has_dominators. The graph is unchanged
 *   otherwise. As DevTools does: weak edges never keep anything alive or make a path,
 *   and shortcut edges count for dominance only when they leave the root. A node the
 *   root cannot reach that way is dominated by the root and has distance
 *   STORE_HEAP_NONE. Lengauer–Tarjan (O(E log N)), iterative: no recursion on deep
 *   graphs (a linked list of a million nodes is fine).
 * - an_heap_retainer_path() gives a shortest path from the root to a node, as the edge
 *   indices taken (root's edge first), over the edges that count for distance.
 * - an_heap_write_v8() writes the graph as V8's .heapsnapshot JSON (what Node's
 *   v8.writeHeapSnapshot writes, Node 20's meta): top-level keys in V8's order, node 0
 *   the root, strings[0] = "<dummy>" and the snapshot's strings after it, `locations`
 *   for closures, empty trace/sample sections. Loads in Chrome DevTools' Memory panel.
 * All return 0 or a negative STORE_E* code (STORE_ENOMEM; STORE_EIO for a write error).
 */
#ifndef LEAKSCOPE_ANALYSIS_HEAPGRAPH_H
#define LEAKSCOPE_ANALYSIS_HEAPGRAPH_H

#include <stdio.h>

#include "snapshot.h"

int an_heap_dominators(store_heap *g);

/* *edges (malloc'd, the caller frees) gets *n edge indices; n = 0 for the root. Returns
 * STORE_EINVAL for a node out of range or not reachable. */
int an_heap_retainer_path(const store_heap *g, uint32_t node, uint32_t **edges, uint32_t *n);

/* The index of the node with stable id `id`, or STORE_HEAP_NONE. */
uint32_t an_heap_find(const store_heap *g, uint64_t id);

int an_heap_write_v8(const store_heap *g, FILE *f);

#endif
