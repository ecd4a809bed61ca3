/* dominators.c — immediate dominators, retained sizes and distances of a heap graph
 * (analysis/heapgraph.h), and shortest retainer paths.
 *
 * Lengauer–Tarjan with path compression ("simple" version, O(E log N)), written with
 * explicit stacks so a graph shaped like a long linked list cannot overflow the C stack.
 * Vertices are renumbered in DFS preorder first; every array below is indexed by that
 * number (1-based, 0 = none). Retained sizes then add up children before parents in
 * reverse preorder, which is valid because a node's immediate dominator is one of its
 * DFS ancestors and so has a smaller preorder number.
 */
#include <stdlib.h>
#include <string.h>

#include "heapgraph.h"

/* Whether an edge leaving node `from` counts for dominance (DevTools' isEssentialEdge). */
static inline int essential(const store_heap_edge *e, uint32_t from)
{
	return e->type != STORE_HEAP_WEAK && (e->type != STORE_HEAP_SHORTCUT || from == 0);
}

static void distances(store_heap *g)
{
	uint32_t *queue = malloc((size_t)g->nnodes * sizeof *queue), head = 0, tail = 0, i;
	for (i = 0; i < g->nnodes; i++)
		g->nodes[i].distance = STORE_HEAP_NONE;
	if (!queue)
		return;
	g->nodes[0].distance = 0;
	queue[tail++] = 0;
	while (head < tail) {
		uint32_t v = queue[head++], e;
		const store_heap_node *n = &g->nodes[v];
		for (e = n->first_edge; e < n->first_edge + n->edge_count; e++) {
			const store_heap_edge *ed = &g->edges[e];
			if (ed->type == STORE_HEAP_WEAK || g->nodes[ed->to].distance != STORE_HEAP_NONE)
				continue;
			g->nodes[ed->to].distance = n->distance + 1;
			queue[tail++] = ed->to;
		}
	}
	free(queue);
}

/* eval() of Lengauer–Tarjan with path compression, iterative. */
static uint32_t eval(uint32_t v, uint32_t *ancestor, uint32_t *label, const uint32_t *semi,
	uint32_t *stack)
{
	uint32_t top = 0, u;
	if (!ancestor[v])
		return v;
	/* collect the path up to the node whose ancestor is a root of the forest */
	for (u = v; ancestor[ancestor[u]]; u = ancestor[u])
		stack[top++] = u;
	/* compress from the top down */
	while (top) {
		u = stack[--top];
		if (semi[label[ancestor[u]]] < semi[label[u]])
			label[u] = label[ancestor[u]];
		ancestor[u] = ancestor[ancestor[u]];
	}
	return label[v];
}

int an_heap_dominators(store_heap *g)
{
	uint32_t N = g->nnodes, i, n = 0;
	uint32_t *dfn, *vertex, *parent, *semi, *idom, *ancestor, *label, *bucket, *bnext;
	uint32_t *pred_off, *pred, *stack, *edge_pos;
	int err = 0;
	if (!N)
		return 0;
	/* one allocation for the per-vertex arrays, indexed 1..N (pred_off to N + 1) */
	dfn = calloc((size_t)(N + 2) * 12, sizeof *dfn);
	pred = NULL;
	if (!dfn)
		return STORE_ENOMEM;
	vertex = dfn + (N + 2);
	parent = vertex + (N + 2);
	semi = parent + (N + 2);
	idom = semi + (N + 2);
	ancestor = idom + (N + 2);
	label = ancestor + (N + 2);
	bucket = label + (N + 2);
	bnext = bucket + (N + 2);
	pred_off = bnext + (N + 2);
	stack = pred_off + (N + 2);
	edge_pos = stack + (N + 2);

	/* 1. DFS preorder from the root over essential edges: dfn[node + 1] = number */
	{
		uint32_t top = 1;
		n = 1;
		dfn[1] = 1;
		vertex[1] = 0;
		parent[1] = 0;
		stack[0] = 0;
		edge_pos[0] = g->nodes[0].first_edge;
		while (top) {
			uint32_t v = stack[top - 1];
			const store_heap_node *nd = &g->nodes[v];
			if (edge_pos[top - 1] < nd->first_edge + nd->edge_count) {
				const store_heap_edge *e = &g->edges[edge_pos[top - 1]++];
				if (!essential(e, v) || dfn[e->to + 1])
					continue;
				dfn[e->to + 1] = ++n;
				vertex[n] = e->to;
				parent[n] = dfn[v + 1];
				stack[top] = e->to;
				edge_pos[top] = g->nodes[e->to].first_edge;
				top++;
			} else {
				top--;
			}
		}
	}

	/* 2. predecessors of every reached vertex, as preorder numbers (CSR) */
	memset(pred_off, 0, (size_t)(n + 2) * sizeof *pred_off);
	for (i = 0; i < N; i++) {
		const store_heap_node *nd = &g->nodes[i];
		uint32_t e;
		if (!dfn[i + 1])
			continue;
		for (e = nd->first_edge; e < nd->first_edge + nd->edge_count; e++) {
			const store_heap_edge *ed = &g->edges[e];
			if (essential(ed, i) && dfn[ed->to + 1])
				pred_off[dfn[ed->to + 1] + 1]++;
		}
	}
	for (i = 1; i <= n + 1; i++)
		pred_off[i] += pred_off[i - 1];
	pred = malloc((size_t)(pred_off[n + 1] ? pred_off[n + 1] : 1) * sizeof *pred);
	if (!pred) {
		err = STORE_ENOMEM;
		goto done;
	}
	for (i = 0; i < N; i++) {
		const store_heap_node *nd = &g->nodes[i];
		uint32_t e;
		if (!dfn[i + 1])
			continue;
		for (e = nd->first_edge; e < nd->first_edge + nd->edge_count; e++) {
			const store_heap_edge *ed = &g->edges[e];
			if (essential(ed, i) && dfn[ed->to + 1])
				pred[pred_off[dfn[ed->to + 1]]++] = dfn[i + 1];
		}
	}
	/* pred_off[w] is now the end of w's list; its start is pred_off[w - 1] */

	/* 3. semidominators and implicit immediate dominators, in reverse preorder */
	for (i = 1; i <= n; i++) {
		semi[i] = i;
		label[i] = i;
		ancestor[i] = 0;
		bucket[i] = 0;
	}
	for (i = n; i >= 2; i--) {
		uint32_t w = i, p = parent[w], k, v;
		for (k = pred_off[w - 1]; k < pred_off[w]; k++) {
			uint32_t u = eval(pred[k], ancestor, label, semi, stack);
			if (semi[u] < semi[w])
				semi[w] = semi[u];
		}
		/* add w to the bucket of its semidominator */
		bnext[w] = bucket[semi[w]];
		bucket[semi[w]] = w;
		ancestor[w] = p;	/* link(parent, w) */
		for (v = bucket[p]; v; v = bnext[v]) {
			uint32_t u = eval(v, ancestor, label, semi, stack);
			idom[v] = semi[u] < semi[v] ? u : p;
		}
		bucket[p] = 0;
	}
	/* 4. explicit immediate dominators, in preorder */
	idom[1] = 1;
	for (i = 2; i <= n; i++)
		if (idom[i] != semi[i])
			idom[i] = idom[idom[i]];

	/* 5. back to node indices; retained sizes bottom-up */
	for (i = 0; i < N; i++) {
		store_heap_node *nd = &g->nodes[i];
		nd->retained_size = nd->self_size;
		nd->dominator = dfn[i + 1] ? vertex[idom[dfn[i + 1]]] : 0;
	}
	for (i = n; i >= 2; i--) {
		store_heap_node *nd = &g->nodes[vertex[i]];
		g->nodes[nd->dominator].retained_size += nd->retained_size;
	}
	/* unreachable by essential edges: hang them off the root, as DevTools does */
	for (i = 0; i < N; i++)
		if (!dfn[i + 1] && i)
			g->nodes[0].retained_size += g->nodes[i].self_size;
	g->nodes[0].dominator = 0;
	distances(g);
	g->has_dominators = 1;
done:
	free(pred);
	free(dfn);
	return err;
}

uint32_t an_heap_find(const store_heap *g, uint64_t id)
{
	uint32_t i;
	for (i = 0; i < g->nnodes; i++)
		if (g->nodes[i].id == id)
			return i;
	return STORE_HEAP_NONE;
}

int an_heap_retainer_path(const store_heap *g, uint32_t node, uint32_t **edges, uint32_t *n)
{
	uint32_t *via, *from, *queue, head = 0, tail = 0, len = 0, v, i;
	*edges = NULL;
	*n = 0;
	if (node >= g->nnodes)
		return STORE_EINVAL;
	via = malloc((size_t)g->nnodes * sizeof *via);
	from = malloc((size_t)g->nnodes * sizeof *from);
	queue = malloc((size_t)g->nnodes * sizeof *queue);
	if (!via || !from || !queue) {
		free(via);
		free(from);
		free(queue);
		return STORE_ENOMEM;
	}
	for (i = 0; i < g->nnodes; i++)
		via[i] = STORE_HEAP_NONE;
	via[0] = 0;	/* the root: reached */
	queue[tail++] = 0;
	while (head < tail && via[node] == STORE_HEAP_NONE) {
		uint32_t u = queue[head++], e;
		const store_heap_node *nd = &g->nodes[u];
		for (e = nd->first_edge; e < nd->first_edge + nd->edge_count; e++) {
			const store_heap_edge *ed = &g->edges[e];
			if (ed->type == STORE_HEAP_WEAK || via[ed->to] != STORE_HEAP_NONE)
				continue;
			via[ed->to] = e;
			from[ed->to] = u;
			queue[tail++] = ed->to;
		}
	}
	free(queue);
	if (via[node] == STORE_HEAP_NONE) {
		free(via);
		free(from);
		return STORE_EINVAL;
	}
	for (v = node; v != 0; v = from[v])
		len++;
	if (len && !(*edges = malloc(len * sizeof **edges))) {
		free(via);
		free(from);
		return STORE_ENOMEM;
	}
	for (v = node, i = len; v != 0; v = from[v])
		(*edges)[--i] = via[v];
	free(via);
	free(from);
	*n = len;
	return 0;
}
