/* heapgraph.c — the in-memory heap graph (snapshot.h): growing arrays of nodes, edges and
 * locations, and the snapshot's string table with interning.
 *
 * Interning is on the walker's path (every property edge names a string), so it is an
 * open-addressing set of string indices with a cheap hash; the text lives in one
 * growing buffer so a graph of a million nodes is a handful of allocations.
 */
#include <stdlib.h>
#include <string.h>

#include "snapshot.h"

static const char *const node_types[STORE_HEAP__NODE_TYPES] = {
	"hidden", "array", "string", "object", "code", "closure", "regexp", "number",
	"native", "synthetic", "concatenated string", "sliced string", "symbol", "bigint",
	"object shape", "wasm object"
};

static const char *const edge_types[STORE_HEAP__EDGE_TYPES] = {
	"context", "element", "property", "internal", "hidden", "shortcut", "weak"
};

const char *store_heap_node_type_name(int type)
{
	return type >= 0 && type < STORE_HEAP__NODE_TYPES ? node_types[type] : "hidden";
}

const char *store_heap_edge_type_name(int type)
{
	return type >= 0 && type < STORE_HEAP__EDGE_TYPES ? edge_types[type] : "internal";
}

/* Grows *v (elements of size sz, capacity *cap) to hold at least need; 0 or -1. */
static int grow(void **v, uint32_t *cap, uint32_t need, size_t sz)
{
	uint64_t c = *cap ? *cap : 64;
	void *n;
	if (need <= *cap)
		return 0;
	while (c < need)
		c *= 2;
	if (c > UINT32_MAX - 1)
		c = UINT32_MAX - 1;
	if (c < need)
		return -1;
	n = realloc(*v, (size_t)c * sz);
	if (!n)
		return -1;
	*v = n;
	*cap = (uint32_t)c;
	return 0;
}

static uint32_t hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;	/* FNV-1a: names are short */
	size_t i;
	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* the length of stored string i: strings lie in order, each followed by a NUL, so it is
 * the distance to the next one (a name may itself hold NULs: never strlen) */
static size_t stored_len(const store_heap *g, uint32_t i)
{
	size_t end = i + 1 < g->nstrings ? g->off[i + 1] : g->text_len;
	return end - g->off[i] - 1;
}

static int rehash(store_heap *g, uint32_t size)
{
	uint32_t *slots = calloc(size, sizeof *slots), i;
	if (!slots)
		return -1;
	for (i = 0; i < g->nstrings; i++) {
		uint32_t j = hash(g->text + g->off[i], stored_len(g, i)) & (size - 1);
		while (slots[j])
			j = (j + 1) & (size - 1);
		slots[j] = i + 1;
	}
	free(g->slots);
	g->slots = slots;
	g->slot_mask = size - 1;
	return 0;
}

store_heap *store_heap_new(void)
{
	store_heap *g = calloc(1, sizeof *g);
	if (!g)
		return NULL;
	if (rehash(g, 1024) || store_heap_intern(g, "", 0) != 0) {
		store_heap_free(g);
		return NULL;
	}
	return g;
}

void store_heap_free(store_heap *g)
{
	if (!g)
		return;
	free(g->nodes);
	free(g->edges);
	free(g->locs);
	free(g->text);
	free(g->off);
	free(g->slots);
	free(g->label);
	free(g);
}

uint32_t store_heap_intern(store_heap *g, const char *s, size_t n)
{
	uint32_t h = hash(s, n), j, k;
	if (!g->slots) {	/* a loaded graph: the set is built on first use */
		uint32_t size = 1024;
		while (size < g->nstrings * 2 + 2)
			size *= 2;
		if (rehash(g, size))
			return STORE_HEAP_NONE;
	}
	j = h & g->slot_mask;
	while ((k = g->slots[j]) != 0) {
		if (stored_len(g, k - 1) == n && !memcmp(g->text + g->off[k - 1], s, n))
			return k - 1;
		j = (j + 1) & g->slot_mask;
	}
	if (g->text_len + n + 1 > g->text_cap) {
		size_t cap = g->text_cap ? g->text_cap : 4096;
		char *t;
		while (cap < g->text_len + n + 1)
			cap *= 2;
		if (!(t = realloc(g->text, cap)))
			return STORE_HEAP_NONE;
		g->text = t;
		g->text_cap = cap;
	}
	if (g->text_len > UINT32_MAX - n - 1 ||
	    grow((void **)&g->off, &g->off_cap, g->nstrings + 1, sizeof *g->off))
		return STORE_HEAP_NONE;
	memcpy(g->text + g->text_len, s, n);
	g->text[g->text_len + n] = 0;
	g->off[g->nstrings] = (uint32_t)g->text_len;
	g->text_len += n + 1;
	g->slots[j] = ++g->nstrings;
	if (g->nstrings * 2 > g->slot_mask && rehash(g, (g->slot_mask + 1) * 2)) {
		g->nstrings--;	/* keep the set consistent: forget the new string */
		g->slots[j] = 0;
		return STORE_HEAP_NONE;
	}
	return g->nstrings - 1;
}

store_heap_node *store_heap_add_node(store_heap *g, uint8_t type, uint32_t name,
	uint64_t id, uint64_t self_size)
{
	store_heap_node *n;
	if (grow((void **)&g->nodes, &g->nodes_cap, g->nnodes + 1, sizeof *g->nodes))
		return NULL;
	n = &g->nodes[g->nnodes++];
	memset(n, 0, sizeof *n);
	n->type = type;
	n->name = name;
	n->id = id;
	n->self_size = self_size;
	n->first_edge = g->nedges;
	n->dominator = STORE_HEAP_NONE;
	n->distance = STORE_HEAP_NONE;
	if (id > g->max_id)
		g->max_id = id;
	return n;
}

store_heap_edge *store_heap_add_edge(store_heap *g, uint8_t type, uint32_t name,
	uint32_t to)
{
	store_heap_edge *e;
	if (!g->nnodes ||
	    grow((void **)&g->edges, &g->edges_cap, g->nedges + 1, sizeof *g->edges))
		return NULL;
	e = &g->edges[g->nedges++];
	e->type = type;
	e->name = name;
	e->to = to;
	g->nodes[g->nnodes - 1].edge_count++;
	return e;
}

int store_heap_add_location(store_heap *g, uint32_t node, uint32_t file, uint32_t line,
	uint32_t col)
{
	store_heap_location *l;
	if (grow((void **)&g->locs, &g->locs_cap, g->nlocs + 1, sizeof *g->locs))
		return -1;
	l = &g->locs[g->nlocs++];
	l->node = node;
	l->file = file;
	l->line = line;
	l->col = col;
	return 0;
}
