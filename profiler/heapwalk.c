/* heapwalk.c — the mujs heap walked into a graph (heapwalk.h).
 *
 * Breadth-first from a synthetic root: a heap thing (object, environment, function
 * code, heap string, native store) gets its node the moment it is first seen. It is
 * found again by its id (every mujs block gets one in its tag at its first walk, see
 * heapwalk.h) in a two-level array id -> node of our own (the walk never touches
 * gcmark). Ids are handed out in the order things are first met, so that array is
 * written and read almost in sequence: a hash table keyed by address cost a cache miss
 * per object (80% of the walk on a million objects). Native stores, which have no
 * tag, go through a small hash table. The node
 * array is the queue: until a node is emitted, fields it does not use yet hold its
 * thing (Q_PTR, Q_KIND). Nodes are then filled in order, each followed by all its
 * edges, so the graph comes out in V8's flat layout with no second pass and no queue
 * beside it. Breadth-first also keeps neighbours' numbers close, which the database's
 * delta encoding likes. Big arrays grow by realloc, which moves whole pages (mremap)
 * rather than copying them.
 *
 * Names and ids: a property edge names the property (an array index becomes an element
 * edge); hidden properties (mujs patch 0010, "\x01" names) are the runtime's
 * bookkeeping and become internal edges without the prefix. Map/Set keep their entries
 * in hidden arrays (lib/internal/collections.js): those arrays stay nodes, and the
 * collection also gets one edge per entry (a string key names the value's edge; an
 * object key gives "key"/"value" internal edges; a Set's values are elements). A
 * WeakMap keeps nothing: its value sits on the key under "\x01wm<n>"; the key's edge to
 * it is named as V8 names ephemeron edges, and once the walk is done every WeakMap
 * gets a weak edge to each of its keys (late edges, merged into the flat arrays).
 * A WeakRef (mujs patch 0100) has a weak edge 'target'; a FinalizationRegistry strong
 * edges to its callback and held values, weak ones to its registrations' targets and
 * unregister tokens. Weak edges lead only to what a strong path reaches: the graph is
 * the one V8 shows after the collection it runs before a snapshot (resolve_weak).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/mman.h>

#include <jsi.h>

#include "heapwalk.h"

#define NAME_MAX_BYTES 1024	/* V8's limit for a string node's name */

enum { K_OBJ, K_ENV, K_FUN, K_STR, K_NATIVE, K_SYNTH };

/* synthetic nodes */
enum { S_ROOT, S_HOLDER, S_GLOBAL, S_STACK, S_SCOPES, S_REGISTRY, S_PROTOS, S_STRINGS, S_FRAME };

/* A node waiting in the queue (not emitted yet): its thing (for S_HOLDER the holder's
 * value slot), K_* | internal << 8 (seen from internal code: a closure's scope), and
 * for K_SYNTH the S_* kind. A native node's self_size is set when it is queued. */
#define Q_PTR(n) ((n)->retained_size)
#define Q_KIND(n) ((n)->dominator)
#define Q_AUX(n) ((n)->distance)

typedef struct slot {
	uint32_t idx1;		/* node index + 1; 0: empty */
	uint32_t hash;
} slot;

#define PAGE_BITS 12	/* ids per page of the id -> node array: 4096 (16 KiB) */
#define PREFETCH 8	/* things fetched ahead: a walk is memory-bound (a miss a thing) */

/* A late edge: from node `from` (weak edges of WeakMaps). */
typedef struct late {
	uint32_t from;
	store_heap_edge e;
} late;

struct prof_heap {
	rt_runtime *rt;
	js_State *J;
	uint32_t boot_max;	/* ids up to this one were alive at boot */
	/* ids of synthetic nodes, by name, for the walker's life */
	struct { char *name; uint64_t id; } *syn;
	int nsyn, syn_cap;
	/* native stores seen by the last walk: address -> id */
	struct { const void *p; uint64_t id; } *nat, *nat_next;
	uint32_t nat_mask, nat_next_mask, nat_next_n;
};

/* ---- one walk ---- */

typedef struct walk {
	prof_heap *h;
	js_State *J;
	store_heap *g;
	uint32_t cur;		/* the node being emitted */
	uint32_t **pages;	/* id -> node index + 1, by pages of 1 << PAGE_BITS ids */
	uint32_t npages;
	slot *map;		/* native stores: address -> node */
	uint32_t mask, nmap;
	late *late;
	uint32_t nlate, late_cap;
	/* weak edges to things not walked yet: kept only if a strong path reaches them */
	struct { uint32_t from, name; void *to; } *wpend;
	uint32_t nwpend, wpend_cap;
	/* WeakMap names: "\x01wm3" string index -> WeakMap node; keys carrying one */
	struct { uint32_t name, node; } *weak_owner, *weak_key;
	uint32_t nowner, owner_cap, nkey, key_cap;
	/* constructor names by prototype */
	struct { const js_Object *proto; uint32_t name; } *ctor;
	uint32_t ctor_mask, nctor;
	int oom;
	/* frequent strings */
	uint32_t s_proto, s_context, s_code, s_previous, s_system_context, s_key, s_value,
		s_target, s_weak_pair, s_entry, s_store_name, s_backing, s_inner, s_global,
		s_extension, s_first, s_second;
	js_String **ropestack;	/* JS_ROPEDEPTH + 1 entries, for rope names */
} walk;

static uint32_t intern(walk *w, const char *s)
{
	uint32_t i = store_heap_intern(w->g, s, strlen(s));
	if (i == STORE_HEAP_NONE) {
		w->oom = 1;
		return 0;
	}
	return i;
}

static uint32_t intern_n(walk *w, const char *s, size_t n)
{
	uint32_t i = store_heap_intern(w->g, s, n);
	if (i == STORE_HEAP_NONE) {
		w->oom = 1;
		return 0;
	}
	return i;
}

static inline uint32_t phash(const void *p)
{
	uint64_t x = (uint64_t)(uintptr_t)p;
	x ^= x >> 4;
	x *= 0x9e3779b97f4a7c15ULL;
	return (uint32_t)(x >> 32);
}

static int map_grow(walk *w)
{
	uint32_t size = (w->mask + 1) * 2, i;
	slot *m = calloc(size, sizeof *m);
	if (!m)
		return -1;
	for (i = 0; i <= w->mask; i++) {
		uint32_t j;
		if (!w->map[i].idx1)
			continue;
		j = w->map[i].hash & (size - 1);
		while (m[j].idx1)
			j = (j + 1) & (size - 1);
		m[j] = w->map[i];
	}
	free(w->map);
	w->map = m;
	w->mask = size - 1;
	return 0;
}

/* A new node at the end of the array (the queue), zeroed apart from the queue fields. */
static store_heap_node *queue(walk *w, int kind, const void *p, uint32_t aux, int internal)
{
	store_heap *g = w->g;
	store_heap_node *n;
	if (g->nnodes == g->nodes_cap) {
		uint32_t cap = g->nodes_cap * 2;
		n = realloc(g->nodes, (size_t)cap * sizeof *n);
		if (!n) {
			w->oom = 1;
			return NULL;
		}
		g->nodes = n;
		g->nodes_cap = cap;
	}
	n = &g->nodes[g->nnodes++];
	memset(n, 0, sizeof *n);
	Q_PTR(n) = (uint64_t)(uintptr_t)p;
	Q_KIND(n) = (uint32_t)kind | (uint32_t)(internal != 0) << 8;
	Q_AUX(n) = aux;
	return n;
}

/* The node index of a native store, queueing it the first time. */
static uint32_t visit_native(walk *w, void *p, uint64_t size)
{
	uint32_t h = phash(p), j = h & w->mask;
	store_heap_node *n;
	while (w->map[j].idx1) {
		if (w->map[j].hash == h &&
		    Q_PTR(&w->g->nodes[w->map[j].idx1 - 1]) == (uint64_t)(uintptr_t)p)
			return w->map[j].idx1 - 1;
		j = (j + 1) & w->mask;
	}
	if (!(n = queue(w, K_NATIVE, p, 0, 0)))
		return STORE_HEAP_NONE;
	n->self_size = size;
	w->map[j].idx1 = w->g->nnodes;
	w->map[j].hash = h;
	if (++w->nmap * 2 > w->mask && map_grow(w))
		w->oom = 1;
	return w->g->nnodes - 1;
}

/* The stable id of a block: the tag's high half, given the first time. */
static inline uint64_t block_id(walk *w, void *p)
{
	uint64_t *tag = rt_alloc_tag(p), id = *tag >> 32;
	if (!id) {
		id = rt_new_object_id(w->h->rt);
		*tag |= id << 32;
	}
	return id;
}

static uint32_t *id_slot(walk *w, uint64_t id)
{
	uint64_t pg = id >> PAGE_BITS;
	if (pg >= w->npages) {
		uint64_t n = w->npages ? w->npages : 256;
		uint32_t **v;
		while (n <= pg)
			n *= 2;
		if (!(v = realloc(w->pages, (size_t)n * sizeof *v)))
			return NULL;
		memset(v + w->npages, 0, (size_t)(n - w->npages) * sizeof *v);
		w->pages = v;
		w->npages = (uint32_t)n;
	}
	if (!w->pages[pg] && !(w->pages[pg] = calloc(1u << PAGE_BITS, sizeof **w->pages)))
		return NULL;
	return &w->pages[pg][id & ((1u << PAGE_BITS) - 1)];
}

/* The node index of a heap block (object, environment, function, string), queueing
 * it the first time. STORE_HEAP_NONE when out of memory. */
static uint32_t visit(walk *w, int kind, void *p, int internal)
{
	uint64_t id = block_id(w, p);
	uint32_t *slot = id_slot(w, id);
	if (!slot) {
		w->oom = 1;
		return STORE_HEAP_NONE;
	}
	if (*slot)
		return *slot - 1;
	if (!queue(w, kind, p, 0, internal))
		return STORE_HEAP_NONE;
	*slot = w->g->nnodes;
	return w->g->nnodes - 1;
}

static void synth(walk *w, int skind, const char *name, const void *p)
{
	store_heap_node *n = queue(w, K_SYNTH, p, (uint32_t)skind, 1);
	if (n)
		n->name = intern(w, name);
}

static inline void edge(walk *w, uint8_t type, uint32_t name, uint32_t to)
{
	store_heap *g = w->g;
	store_heap_edge *e;
	if (to == STORE_HEAP_NONE)
		return;
	if (g->nedges == g->edges_cap) {
		uint32_t cap = g->edges_cap ? g->edges_cap * 2 : 1 << 16;
		e = realloc(g->edges, (size_t)cap * sizeof *e);
		if (!e) {
			w->oom = 1;
			return;
		}
		g->edges = e;
		g->edges_cap = cap;
	}
	e = &g->edges[g->nedges++];
	e->type = type;
	e->name = name;
	e->to = to;
	g->nodes[w->cur].edge_count++;
}

/* The first NAME_MAX_BYTES of a heap string's text, as a name. A rope (mujs patch 0020)
 * is read in place: the walk must not flatten (allocate) it. */
static uint32_t str_name(walk *w, js_String *s)
{
	char buf[NAME_MAX_BYTES];
	const char *t;
	if (s->rope == JS_ROPE) {
		if (!w->ropestack &&
		    !(w->ropestack = malloc((JS_ROPEDEPTH + 1) * sizeof *w->ropestack))) {
			w->oom = 1;
			return 0;
		}
		return intern_n(w, buf, jsV_strprefix(s, buf, sizeof buf, w->ropestack));
	}
	t = s->rope == JS_ROPEFLAT ? jsV_rope(s)->flat : s->p;
	return intern_n(w, t, strnlen(t, NAME_MAX_BYTES));
}

/* The node of a value, or STORE_HEAP_NONE for one that is not a heap thing. */
static inline uint32_t value_node(walk *w, const js_Value *v)
{
	if (v->t.type == JS_TOBJECT)
		return visit(w, K_OBJ, v->u.object, 0);
	if (v->t.type == JS_TMEMSTR)
		return visit(w, K_STR, v->u.memstr, 0);
	return STORE_HEAP_NONE;
}

/* An array index ("0", "17"; not "01" or "-1") below 2^32 - 1. */
static int array_index(const char *s, uint32_t *out)
{
	uint64_t v = 0;
	if (*s < '0' || *s > '9' || (s[0] == '0' && s[1]))
		return 0;
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return 0;
		v = v * 10 + (uint64_t)(*s - '0');
		if (v >= 0xffffffffu)
			return 0;
	}
	*out = (uint32_t)v;
	return 1;
}

static inline size_t bsize(const void *p)
{
	return p ? rt_alloc_size((void *)p) : 0;
}

static uint64_t synth_id(walk *w, const char *name)
{
	prof_heap *h = w->h;
	int i;
	for (i = 0; i < h->nsyn; i++)
		if (!strcmp(h->syn[i].name, name))
			return h->syn[i].id;
	if (h->nsyn == h->syn_cap) {
		int cap = h->syn_cap ? h->syn_cap * 2 : 16;
		void *v = realloc(h->syn, (size_t)cap * sizeof *h->syn);
		if (!v)
			return 0;
		h->syn = v;
		h->syn_cap = cap;
	}
	h->syn[h->nsyn].name = strdup(name);
	if (!h->syn[h->nsyn].name)
		return 0;
	h->syn[h->nsyn].id = rt_new_object_id(h->rt);
	return h->syn[h->nsyn++].id;
}

/* Native stores keep their id from one walk to the next while their address is seen. */
static uint64_t native_id(walk *w, const void *p)
{
	prof_heap *h = w->h;
	uint64_t id = 0;
	uint32_t j;
	if (h->nat) {
		for (j = phash(p) & h->nat_mask; h->nat[j].p; j = (j + 1) & h->nat_mask)
			if (h->nat[j].p == p) {
				id = h->nat[j].id;
				break;
			}
	}
	if (!id)
		id = rt_new_object_id(h->rt);
	if (h->nat_next) {
		if (h->nat_next_n * 2 >= h->nat_next_mask) {
			uint32_t size = (h->nat_next_mask + 1) * 2, i;
			__typeof__(h->nat_next) m = calloc(size, sizeof *m);
			if (!m)
				return id;
			for (i = 0; i <= h->nat_next_mask; i++) {
				if (!h->nat_next[i].p)
					continue;
				for (j = phash(h->nat_next[i].p) & (size - 1); m[j].p; j = (j + 1) & (size - 1))
					;
				m[j] = h->nat_next[i];
			}
			free(h->nat_next);
			h->nat_next = m;
			h->nat_next_mask = size - 1;
		}
		for (j = phash(p) & h->nat_next_mask; h->nat_next[j].p; j = (j + 1) & h->nat_next_mask)
			;
		h->nat_next[j].p = p;
		h->nat_next[j].id = id;
		h->nat_next_n++;
	}
	return id;
}

/* Constructor name of an object, cached by prototype. */
static uint32_t ctor_name(walk *w, js_Object *o)
{
	uint32_t j;
	if (o->type == JS_CARRAY)
		return intern(w, "Array");
	j = phash(o->prototype) & w->ctor_mask;
	while (w->ctor[j].name) {
		if (w->ctor[j].proto == o->prototype)
			return w->ctor[j].name;
		j = (j + 1) & w->ctor_mask;
	}
	{
		uint32_t name = intern(w, jsV_constructorname(w->J, o));
		if (name && w->nctor * 2 < w->ctor_mask) {	/* past half full: stop caching */
			w->ctor[j].proto = o->prototype;
			w->ctor[j].name = name;
			w->nctor++;
		}
		return name;
	}
}

static const char *class_name(js_Object *o)
{
	switch (o->type) {
	case JS_CDATE: return "Date";
	case JS_CMATH: return "Math";
	case JS_CJSON: return "JSON";
	case JS_CARGUMENTS: return "Arguments";
	case JS_CITERATOR: return "(for-in iterator)";
	default: return NULL;
	}
}

/* The walk's small lists (late edges, weak edges pending, WeakMap owners and keys):
 * v, holding n of *cap elements of size bytes, with room for one more: v itself, or a
 * larger copy (*cap doubled, from 64); NULL with w->oom set when out of memory. */
static void *room(walk *w, void *v, uint32_t n, uint32_t *cap, size_t size)
{
	uint32_t c;
	if (n < *cap)
		return v;
	c = *cap ? *cap * 2 : 64;
	if (!(v = realloc(v, (size_t)c * size))) {
		w->oom = 1;
		return NULL;
	}
	*cap = c;
	return v;
}

static void add_late(walk *w, uint32_t from, uint8_t type, uint32_t name, uint32_t to)
{
	late *v = room(w, w->late, w->nlate, &w->late_cap, sizeof *v);
	if (!v)
		return;
	w->late = v;
	w->late[w->nlate].from = from;
	w->late[w->nlate].e.type = type;
	w->late[w->nlate].e.name = name;
	w->late[w->nlate].e.to = to;
	w->nlate++;
}

/* A weak edge from node `from` to a heap object, decided when the walk is done
 * (resolve_weak): as after the collection V8 runs before a snapshot, a thing that only
 * weak edges reach is not in the graph (mujs has not collected it yet, or it is kept
 * for now, and a walk that followed the weak edge showed it growing under its holder:
 * the leak gate flagged a WeakRef cache that leaks nothing). */
static void weak_later(walk *w, uint32_t from, uint32_t name, void *to)
{
	void *v = room(w, w->wpend, w->nwpend, &w->wpend_cap, sizeof *w->wpend);
	if (!v)
		return;
	w->wpend = v;
	w->wpend[w->nwpend].from = from;
	w->wpend[w->nwpend].name = name;
	w->wpend[w->nwpend].to = to;
	w->nwpend++;
}

static void resolve_weak(walk *w)
{
	uint32_t k, *slot;
	for (k = 0; k < w->nwpend && !w->oom; k++) {
		uint64_t id = *rt_alloc_tag(w->wpend[k].to) >> 32;
		if (!id || !(slot = id_slot(w, id)) || !*slot)
			continue;	/* no strong path reached it in this walk */
		add_late(w, w->wpend[k].from, STORE_HEAP_WEAK, w->wpend[k].name, *slot - 1);
	}
}

static void weak_note(walk *w, int owner, uint32_t name, uint32_t node)
{
	__typeof__(w->weak_key) *v = owner ? &w->weak_owner : &w->weak_key;
	uint32_t *n = owner ? &w->nowner : &w->nkey, *cap = owner ? &w->owner_cap : &w->key_cap;
	void *p = room(w, *v, *n, cap, sizeof **v);
	if (!p)
		return;
	*v = p;
	(*v)[*n].name = name;
	(*v)[*n].node = node;
	(*n)++;
}

/* Element i of an array (flat storage or "i" property), or NULL. */
static const js_Value *element(js_State *J, js_Object *a, int i)
{
	char buf[16];
	js_Property *p;
	if (a->type != JS_CARRAY)
		return NULL;
	if (a->u.a.simple)
		return i < a->u.a.flat_length ? &a->u.a.array[i] : NULL;
	snprintf(buf, sizeof buf, "%d", i);
	p = jsV_getownproperty(J, a, buf);
	return p ? &p->value : NULL;
}

/* lib/internal/collections.js's HOLE marker: { hole: true }. */
static int is_hole(const js_Value *v)
{
	const js_Object *o;
	if (v->t.type != JS_TOBJECT)
		return 0;
	o = v->u.object;
	return o->count == 1 && o->first && !strcmp(o->first->name, "hole");
}

/* The entries of a Map (values non-NULL) or Set as edges from the collection. */
static void collection_edges(walk *w, js_Object *keys, js_Object *values)
{
	int n = keys->type == JS_CARRAY ? keys->u.a.length : 0, i;
	for (i = 0; i < n && !w->oom; i++) {
		const js_Value *k = element(w->J, keys, i), *v;
		uint32_t to;
		if (!k || is_hole(k))
			continue;
		if (!values) {
			edge(w, STORE_HEAP_ELEMENT, (uint32_t)i, value_node(w, k));
			continue;
		}
		v = element(w->J, values, i);
		if (!v)
			continue;
		to = value_node(w, v);
		switch (k->t.type) {
		case JS_TOBJECT:
			edge(w, STORE_HEAP_INTERNAL, w->s_key, visit(w, K_OBJ, k->u.object, 0));
			edge(w, STORE_HEAP_INTERNAL, w->s_value, to);
			break;
		case JS_TSHRSTR:
			edge(w, STORE_HEAP_PROPERTY, intern(w, k->u.shrstr), to);
			break;
		case JS_TLITSTR:
			edge(w, STORE_HEAP_PROPERTY, intern(w, k->u.litstr), to);
			break;
		case JS_TMEMSTR:
			edge(w, STORE_HEAP_PROPERTY, str_name(w, k->u.memstr), to);
			break;
		default: {
			char buf[32];
			const char *s = k->t.type == JS_TNUMBER ?
				jsV_numbertostring(w->J, buf, k->u.number) :
				k->t.type == JS_TBOOLEAN ? (k->u.boolean ? "true" : "false") :
				k->t.type == JS_TNULL ? "null" : "undefined";
			edge(w, STORE_HEAP_PROPERTY, intern(w, s), to);
		}
		}
	}
}

static size_t props_size(js_Object *o)
{
	js_Property *p;
	size_t n = 0;
	for (p = o->first; p; p = p->next)
		n += bsize(p);
	return n;
}

/* Property edges of o (its own properties in insertion order); returns the bytes of
 * its property blocks (part of its self size: one pass over them). */
static size_t property_edges(walk *w, js_Object *o, uint32_t self)
{
	size_t bytes = 0;
	js_Property *p;
	js_Object *keys = NULL, *values = NULL, *state = NULL;
	int is_map = 0;
	for (p = o->first; p && !w->oom; p = p->next) {
		const char *name = p->name;
		uint32_t idx, to = value_node(w, &p->value);
		bytes += bsize(p);
		if (name[0] == JS_HIDDENPREFIX) {
			const char *n = name + 1;
			if (p->value.t.type == JS_TOBJECT) {
				if (!strcmp(n, "keys"))
					keys = p->value.u.object;
				else if (!strcmp(n, "values"))
					values = p->value.u.object;
				else if (!strcmp(n, "map") || !strcmp(n, "set")) {
					state = p->value.u.object;
					is_map = n[0] == 'm';
				} else if (!strcmp(n, "weak")) {
					js_Property *sn = jsV_getownproperty(w->J, p->value.u.object, "name");
					if (sn && (sn->value.t.type == JS_TMEMSTR ||
						   sn->value.t.type == JS_TSHRSTR || sn->value.t.type == JS_TLITSTR))
						weak_note(w, 1, intern(w, jsV_tostring(w->J, &sn->value)), self);
				}
			}
			if (!strncmp(n, "wm", 2) || !strncmp(n, "ws", 2)) {
				/* this object is a key of WeakMap/WeakSet "\x01wm<n>" */
				weak_note(w, 0, intern(w, name), self);
				edge(w, STORE_HEAP_INTERNAL, w->s_weak_pair, to);
			} else if (to != STORE_HEAP_NONE) {
				edge(w, STORE_HEAP_INTERNAL, intern(w, n), to);
			}
		} else if (to == STORE_HEAP_NONE) {
			/* a primitive: no node, no edge (and no name to intern) */
		} else if (array_index(name, &idx)) {
			edge(w, STORE_HEAP_ELEMENT, idx, to);
		} else {
			edge(w, STORE_HEAP_PROPERTY, intern(w, name), to);
		}
		if (p->getter || p->setter) {
			char buf[256];
			if (p->getter) {
				snprintf(buf, sizeof buf, "get %s", name);
				edge(w, STORE_HEAP_INTERNAL, intern(w, buf), visit(w, K_OBJ, p->getter, 0));
			}
			if (p->setter) {
				snprintf(buf, sizeof buf, "set %s", name);
				edge(w, STORE_HEAP_INTERNAL, intern(w, buf), visit(w, K_OBJ, p->setter, 0));
			}
		}
	}
	/* a Map or Set of collections.js: entries as edges from the collection */
	if (state && keys && (!is_map || values)) {
		js_Property *self_ref = jsV_getownproperty(w->J, state, "self");
		if (self_ref && self_ref->value.t.type == JS_TOBJECT && self_ref->value.u.object == o)
			collection_edges(w, keys, is_map ? values : NULL);
	}
	return bytes;
}

/* A WeakRef or FinalizationRegistry (mujs patch 0100): its C block and registrations. */
static uint64_t weakref_size(const js_Weak *wk)
{
	const js_WeakCell *c;
	uint64_t n = bsize(wk);
	for (c = wk->cells; c; c = c->next)
		n += bsize(c);
	for (c = wk->dead; c; c = c->next)
		n += bsize(c);
	return n;
}

/* A WeakRef's target is a weak edge, as in V8's snapshots; a registry's callback and
 * held values are strong, its registrations' targets and unregister tokens weak. Weak
 * edges come after the node's others, and only to what a strong path reaches
 * (weak_later). */
static void weakref_edges(walk *w, uint32_t self, const js_Weak *wk)
{
	const js_WeakCell *c;
	int pass;
	if (wk->target)
		weak_later(w, self, w->s_target, wk->target);
	if (wk->cleanup)
		edge(w, STORE_HEAP_INTERNAL, intern(w, "cleanup"), visit(w, K_OBJ, wk->cleanup, 0));
	for (pass = 0; pass < 2; pass++) {
		for (c = pass ? wk->dead : wk->cells; c && !w->oom; c = c->next) {
			uint32_t to = value_node(w, &c->held);
			if (to != STORE_HEAP_NONE)
				edge(w, STORE_HEAP_INTERNAL, intern(w, "holdings"), to);
			if (c->target)
				weak_later(w, self, w->s_target, c->target);
			if (c->token)
				weak_later(w, self, intern(w, "unregister_token"), c->token);
		}
	}
}

/* A script function's name: the compiler's, else (an anonymous function) its own 'name'
 * when it is a string. The down-leveler wraps an async or generator function in
 * __ls.fnKind(fn, kind, "key"), which gives it the name mujs would have inferred from
 * the key or binding ({ async onLoad() {} }), as V8 names it in its snapshots. */
static const char *fn_name(walk *w, js_Object *o, js_Function *f)
{
	js_Property *p;
	if (f && f->name && f->name[0])
		return f->name;
	p = jsV_getownproperty(w->J, o, "name");
	if (p && !p->getter && (p->value.t.type == JS_TMEMSTR || p->value.t.type == JS_TSHRSTR ||
	    p->value.t.type == JS_TLITSTR))
		return jsV_tostring(w->J, &p->value);
	return "";
}

/* Node i (the one being emitted) gets its final fields; the pointer is valid until the
 * next visit() (which may move the array). */
static store_heap_node *fill(walk *w, uint32_t i, uint8_t type, uint32_t name, uint64_t id,
	uint64_t self)
{
	store_heap_node *n = &w->g->nodes[i];
	n->type = type;
	n->name = name;
	n->id = id;
	n->self_size = self;
	if (id > w->g->max_id)
		w->g->max_id = id;
	return n;
}

static void emit_object(walk *w, uint32_t i, js_Object *o, int from_internal)
{
	store_heap_node *n;
	const char *cname = class_name(o);
	uint64_t self = bsize(o);	/* + the property blocks, counted with the edges */
	uint8_t type = STORE_HEAP_OBJECT;
	uint32_t name;
	const void *shared = NULL;
	size_t own = 0, shared_size = 0;
	uint64_t id = block_id(w, o);
	int internal = from_internal || id <= w->h->boot_max;
	size_t pbytes;
	char buf[256];

	switch (o->type) {
	case JS_CFUNCTION:
	case JS_CSCRIPT: {
		js_Function *f = o->u.f.function;
		type = STORE_HEAP_CLOSURE;
		name = intern(w, fn_name(w, o, f));
		if (f && f->filename && !strncmp(f->filename, "node:", 5))
			internal = 1;
		break;
	}
	case JS_CCFUNCTION:
		type = STORE_HEAP_CLOSURE;
		name = intern(w, o->u.c.name ? o->u.c.name : "");
		break;
	case JS_CREGEXP: {
		struct { void *start, *end, *cclass; } *prog = o->u.r.prog;
		type = STORE_HEAP_REGEXP;
		snprintf(buf, sizeof buf, "/%s/", o->u.r.source ? o->u.r.source : "");
		name = intern(w, buf);
		self += bsize(o->u.r.source);
		if (prog)
			self += bsize(prog) + bsize(prog->start) + bsize(prog->cclass);
		break;
	}
	case JS_CSTRING:
		name = intern(w, "String");
		if (o->u.s.string && o->u.s.string != o->u.s.shrstr)
			self += bsize(o->u.s.string);
		break;
	case JS_CARRAY:
		name = intern(w, "Array");
		if (o->u.a.simple)
			self += bsize(o->u.a.array);
		break;
	case JS_CITERATOR: {
		js_Iterator *it;
		type = STORE_HEAP_HIDDEN;
		name = intern(w, cname);
		for (it = o->u.iter.head; it; it = it->next)
			self += bsize(it);
		break;
	}
	case JS_CUSERDATA:
		name = intern(w, o->u.user.tag ? o->u.user.tag : "userdata");
		if (jsW_isweak(o))
			self += weakref_size(o->u.user.data);
		else if (rt_userdata_memory(o->u.user.tag, o->u.user.data, &own, &shared,
			&shared_size) == 0)
			self += own;
		break;
	default:
		name = cname ? intern(w, cname) : ctor_name(w, o);
	}
	n = fill(w, i, type, name, id, self);
	n->flags = internal ? STORE_HEAP_F_INTERNAL : 0;
	n->site = (uint32_t)(*rt_alloc_tag(o) & 0x7fffffffu);
	if (type == STORE_HEAP_CLOSURE && o->type != JS_CCFUNCTION && o->u.f.function) {
		js_Function *f = o->u.f.function;
		if (f->filename)
			store_heap_add_location(w->g, i, intern(w, f->filename),
				f->line > 0 ? (uint32_t)f->line - 1 : 0, 0);
	}

	/* edges: properties, then the engine's links */
	pbytes = property_edges(w, o, i);	/* may move the node array */
	w->g->nodes[i].self_size += pbytes;
	switch (o->type) {
	case JS_CARRAY:
		if (o->u.a.simple) {
			int k;
			for (k = 0; k < o->u.a.flat_length && !w->oom; k++) {
				/* visit reads each element's header: fetch those ahead */
				if (k + PREFETCH < o->u.a.flat_length &&
				    o->u.a.array[k + PREFETCH].t.type == JS_TOBJECT)
					__builtin_prefetch(rt_alloc_tag(o->u.a.array[k + PREFETCH].u.object));
				edge(w, STORE_HEAP_ELEMENT, (uint32_t)k,
					value_node(w, &o->u.a.array[k]));
			}
		}
		break;
	case JS_CFUNCTION:
	case JS_CSCRIPT:
		if (o->u.f.scope)
			edge(w, STORE_HEAP_INTERNAL, w->s_context,
				visit(w, K_ENV, o->u.f.scope, internal));
		if (o->u.f.function)
			edge(w, STORE_HEAP_INTERNAL, w->s_code,
				visit(w, K_FUN, o->u.f.function, internal));
		break;
	case JS_CITERATOR:
		if (o->u.iter.target)
			edge(w, STORE_HEAP_INTERNAL, w->s_target,
				visit(w, K_OBJ, o->u.iter.target, 0));
		break;
	case JS_CUSERDATA:
		if (shared)
			edge(w, STORE_HEAP_INTERNAL, w->s_backing,
				visit_native(w, (void *)shared, shared_size));
		if (jsW_isweak(o))
			weakref_edges(w, i, o->u.user.data);
		break;
	default:
		break;
	}
	if (o->prototype)
		edge(w, STORE_HEAP_PROPERTY, w->s_proto, visit(w, K_OBJ, o->prototype, 0));
}

/* A scope: its variables object is folded into it when private to it (what mujs makes
 * for a call: no prototype); the global object or a with() object stays its own node. */
static int private_vars(walk *w, js_Environment *e)
{
	return e->variables && e->variables != w->J->G && !e->variables->prototype &&
		e->variables->type == JS_COBJECT;
}

static void emit_env(walk *w, uint32_t i, js_Environment *e, int internal)
{
	int priv = private_vars(w, e);
	uint64_t self = bsize(e), id = block_id(w, e);
	store_heap_node *n;
	js_Property *p;
	if (priv)
		self += bsize(e->variables) + props_size(e->variables);
	if (id <= w->h->boot_max)
		internal = 1;
	n = fill(w, i, STORE_HEAP_OBJECT, w->s_system_context, id, self);
	n->flags = internal ? STORE_HEAP_F_INTERNAL : 0;
	n->site = (uint32_t)(*rt_alloc_tag(e) & 0x7fffffffu);
	if (priv) {
		for (p = e->variables->first; p && !w->oom; p = p->next)
			edge(w, STORE_HEAP_CONTEXT, intern(w, p->name), value_node(w, &p->value));
	} else if (e->variables) {
		edge(w, STORE_HEAP_INTERNAL, e->variables == w->J->G ? w->s_global : w->s_extension,
			visit(w, K_OBJ, e->variables, 0));
	}
	if (e->outer)
		edge(w, STORE_HEAP_INTERNAL, w->s_previous, visit(w, K_ENV, e->outer, internal));
}

static void emit_fun(walk *w, uint32_t i, js_Function *f, int internal)
{
	uint64_t self = bsize(f) + bsize(f->code) + bsize(f->funtab) + bsize(f->vartab);
	store_heap_node *n = fill(w, i, STORE_HEAP_CODE, intern(w, f->name ? f->name : ""),
		block_id(w, f), self);
	int k;
	if (internal || (f->filename && !strncmp(f->filename, "node:", 5)) ||
	    n->id <= w->h->boot_max)
		internal = 1;
	n->flags = internal ? STORE_HEAP_F_INTERNAL : 0;
	for (k = 0; k < f->funlen && !w->oom; k++)
		edge(w, STORE_HEAP_INTERNAL, w->s_inner, visit(w, K_FUN, f->funtab[k], internal));
}

/* A string; a rope not yet flattened is V8's "concatenated string", retaining its
 * halves, and a flattened one owns its text's block as well as its own. */
static void emit_str(walk *w, uint32_t i, js_String *s)
{
	store_heap_node *n = fill(w, i, s->rope == JS_ROPE ? STORE_HEAP_CONS_STRING :
		STORE_HEAP_STRING, str_name(w, s), block_id(w, s),
		bsize(s) + (s->rope == JS_ROPEFLAT ? bsize(jsV_rope(s)->flat) : 0));
	if (n->id <= w->h->boot_max)
		n->flags = STORE_HEAP_F_INTERNAL;
	n->site = (uint32_t)(*rt_alloc_tag(s) & 0x7fffffffu);
	if (s->rope == JS_ROPE) {
		edge(w, STORE_HEAP_INTERNAL, w->s_first, visit(w, K_STR, jsV_rope(s)->left, 0));
		edge(w, STORE_HEAP_INTERNAL, w->s_second, visit(w, K_STR, jsV_rope(s)->right, 0));
	}
}

static void emit_native(walk *w, uint32_t i, const void *p)
{
	fill(w, i, STORE_HEAP_NATIVE, w->s_store_name, native_id(w, p), w->g->nodes[i].self_size);
}

/* A holder's value: the value, or for [holder, key] the variable `key` of a closure's
 * scope chain or property `key` of an object. */
static const js_Value *holder_value(walk *w, const js_Value *v)
{
	const js_Value *target, *key;
	js_Object *t;
	const char *k;
	if (v->t.type != JS_TOBJECT || v->u.object->type != JS_CARRAY ||
	    v->u.object->u.a.length != 2)
		return v;
	target = element(w->J, v->u.object, 0);
	key = element(w->J, v->u.object, 1);
	if (!target || !key || target->t.type != JS_TOBJECT ||
	    (key->t.type != JS_TSHRSTR && key->t.type != JS_TLITSTR && key->t.type != JS_TMEMSTR))
		return v;
	t = target->u.object;
	if (key->t.type == JS_TMEMSTR && key->u.memstr->rope == JS_ROPE)
		return v;	/* not a name the runtime wrote */
	k = key->t.type == JS_TSHRSTR ? key->u.shrstr : key->t.type == JS_TLITSTR ?
		key->u.litstr : key->u.memstr->rope ? jsV_rope(key->u.memstr)->flat :
		key->u.memstr->p;
	if (t->type == JS_CFUNCTION) {
		js_Environment *e;
		for (e = t->u.f.scope; e; e = e->outer) {
			js_Property *p = e->variables ? jsV_getownproperty(w->J, e->variables, k) : NULL;
			if (p)
				return &p->value;
		}
		return NULL;
	} else {
		js_Property *p = jsV_getownproperty(w->J, t, k);
		return p ? &p->value : NULL;
	}
}

/* The frames of lightweight functions on the value stack. mujs gives a function that
 * defines no function (and uses no eval, arguments, with) no environment: its `this`,
 * parameters and variables live on the value stack (STACK[BOT - 1] the function,
 * STACK[BOT] this, STACK[BOT + 1 + i] vartab[i]), so a module whose top level defines
 * no function keeps its variables there; so does a function that defines closures for
 * the variables they do not use (mujs patch 0071). Each running function's trace entry
 * holds its frame's BOT (patch 0071): a frame is a trace entry whose callee, below that
 * BOT, is a lightweight function with room above it for its variables (a copy of the
 * function elsewhere on the stack, e.g. the `this` of Function.prototype.call, is not
 * one); each is queued as a scope (S_FRAME, "system / Context") whose context edges
 * name the variables, like an environment's, under the scope chain. */
static void lw_frames(walk *w)
{
	js_State *J = w->J;
	int k, t;
	for (t = 1; t <= J->tracetop && !w->oom; t++) {
		const js_Value *v;
		js_Function *F;
		store_heap_node *n;
		k = J->trace[t].bot - 1;
		if (k < 0 || k + 1 >= J->top)
			continue;
		v = &J->stack[k];
		if (v->t.type != JS_TOBJECT || v->u.object->type != JS_CFUNCTION)
			continue;
		F = v->u.object->u.f.function;
		if (!F || !F->lightweight || k + 2 + F->varlen > J->top ||
		    J->trace[t].name != F->name || J->trace[t].file != F->filename)
			continue;
		n = queue(w, K_SYNTH, v, S_FRAME, 0);
		if (!n)
			return;
		n->name = intern(w, "system / Context");
		edge(w, STORE_HEAP_ELEMENT, (uint32_t)k, w->g->nnodes - 1);
	}
}

/* A lightweight function's frame (see lw_frames). */
static void emit_frame(walk *w, uint32_t i, const js_Value *fv)
{
	js_State *J = w->J;
	js_Function *F = fv->u.object->u.f.function;
	int base = (int)(fv - J->stack), k;
	char key[320];
	store_heap_node *n;
	snprintf(key, sizeof key, "(frame %d %.280s)", base, F->filename ? F->filename : "");
	n = fill(w, i, STORE_HEAP_OBJECT, w->g->nodes[i].name, synth_id(w, key), 0);
	n->flags = F->filename && !strncmp(F->filename, "node:", 5) ? STORE_HEAP_F_INTERNAL : 0;
	for (k = 0; k < F->varlen && !w->oom; k++)
		edge(w, STORE_HEAP_CONTEXT, intern(w, F->vartab[k]),
			value_node(w, &J->stack[base + 2 + k]));
}

static void emit_synth(walk *w, uint32_t i, const void *p, int skind)
{
	js_State *J = w->J;
	uint32_t name = w->g->nodes[i].name;
	uint64_t self = 0;
	store_heap_node *n;
	int k;
	if (skind == S_FRAME) {
		emit_frame(w, i, p);
		return;
	} else if (skind == S_STACK) {
		self = bsize(J->stack);
	} else if (skind == S_SCOPES) {
		self = bsize(J);	/* js_State: environment, trace and try stacks */
	} else if (skind == S_STRINGS) {
		/* mujs's interned strings (names, literals; kept for the state's life): the
		 * hash table and the blocks they are carved from, a list through their
		 * first word (jsintern.c's js_StringBlock) */
		struct block { struct block *next; } *b;
		self = bsize(J->strings);
		for (b = (struct block *)J->strblock; b; b = b->next)
			self += bsize(b);
	}
	n = fill(w, i, STORE_HEAP_SYNTHETIC, name, synth_id(w, store_heap_str(w->g, name)), self);
	n->flags = STORE_HEAP_F_INTERNAL | STORE_HEAP_F_ROOT;
	switch (skind) {
	case S_ROOT: {
		/* the categories were queued right after the root, in order */
		uint32_t c;
		for (c = 1; c < w->g->nnodes && (Q_KIND(&w->g->nodes[c]) & 0xff) == K_SYNTH; c++)
			edge(w, STORE_HEAP_ELEMENT, c, c);
		break;
	}
	case S_HOLDER: {
		const js_Value *v = holder_value(w, (const js_Value *)p);
		if (v)
			edge(w, STORE_HEAP_INTERNAL, w->s_value, value_node(w, v));
		break;
	}
	case S_GLOBAL:
		edge(w, STORE_HEAP_SHORTCUT, w->s_global, visit(w, K_OBJ, J->G, 0));
		break;
	case S_STACK:
		for (k = 0; k < J->top && !w->oom; k++)
			edge(w, STORE_HEAP_ELEMENT, (uint32_t)k, value_node(w, &J->stack[k]));
		break;
	case S_SCOPES:
		if (J->E)
			edge(w, STORE_HEAP_INTERNAL, intern(w, "current"), visit(w, K_ENV, J->E, 0));
		if (J->GE)
			edge(w, STORE_HEAP_INTERNAL, w->s_global, visit(w, K_ENV, J->GE, 0));
		for (k = 0; k < J->envtop && !w->oom; k++)
			edge(w, STORE_HEAP_ELEMENT, (uint32_t)k, visit(w, K_ENV, J->envstack[k], 0));
		lw_frames(w);
		break;
	case S_REGISTRY:
		edge(w, STORE_HEAP_INTERNAL, intern(w, "registry"), visit(w, K_OBJ, J->R, 1));
		/* the WeakRef targets deref'd in this job (KeepDuringJob), held until it ends */
		if (J->weakkept)
			edge(w, STORE_HEAP_INTERNAL, intern(w, "kept during job"),
				visit(w, K_OBJ, J->weakkept, 1));
		break;
	case S_PROTOS: {
		static const char *const names[] = {
			"Object.prototype", "Array.prototype", "Function.prototype",
			"Boolean.prototype", "Number.prototype", "String.prototype",
			"RegExp.prototype", "Date.prototype", "Error.prototype",
			"EvalError.prototype", "RangeError.prototype", "ReferenceError.prototype",
			"SyntaxError.prototype", "TypeError.prototype", "URIError.prototype"
		};
		js_Object *protos[] = {
			J->Object_prototype, J->Array_prototype, J->Function_prototype,
			J->Boolean_prototype, J->Number_prototype, J->String_prototype,
			J->RegExp_prototype, J->Date_prototype, J->Error_prototype,
			J->EvalError_prototype, J->RangeError_prototype, J->ReferenceError_prototype,
			J->SyntaxError_prototype, J->TypeError_prototype, J->URIError_prototype
		};
		for (k = 0; k < (int)(sizeof protos / sizeof *protos); k++)
			if (protos[k])
				edge(w, STORE_HEAP_PROPERTY, intern(w, names[k]),
					visit(w, K_OBJ, protos[k], 1));
		break;
	}
	}
}

/* The late (weak) edges, merged into the flat edge array after their source's edges. */
static int merge_late(walk *w)
{
	store_heap *g = w->g;
	uint32_t i, k, *count, total;
	store_heap_edge *edges;
	if (!w->nlate)
		return 0;
	count = calloc(g->nnodes, sizeof *count);
	total = g->nedges + w->nlate;
	edges = malloc((size_t)total * sizeof *edges);
	if (!count || !edges) {
		free(count);
		free(edges);
		return -1;
	}
	for (k = 0; k < w->nlate; k++)
		count[w->late[k].from]++;
	/* lay out: each node's old edges, then its late ones (in the order noted) */
	{
		uint32_t pos = 0, *start = count;	/* reuse: becomes the late cursor */
		for (i = 0; i < g->nnodes; i++) {
			store_heap_node *n = &g->nodes[i];
			uint32_t extra = count[i];
			memcpy(edges + pos, g->edges + n->first_edge, (size_t)n->edge_count * sizeof *edges);
			n->first_edge = pos;
			pos += n->edge_count;
			start[i] = pos;
			n->edge_count += extra;
			pos += extra;
		}
		for (k = 0; k < w->nlate; k++)
			edges[start[w->late[k].from]++] = w->late[k].e;
	}
	free(count);
	free(g->edges);
	g->edges = edges;
	g->nedges = g->edges_cap = total;
	return 0;
}

static void weak_edges(walk *w)
{
	uint32_t k, j;
	/* few WeakMaps: a linear look-up per key is fine */
	for (k = 0; k < w->nkey && !w->oom; k++)
		for (j = 0; j < w->nowner; j++)
			if (w->weak_owner[j].name == w->weak_key[k].name) {
				add_late(w, w->weak_owner[j].node, STORE_HEAP_WEAK, w->s_entry,
					w->weak_key[k].node);
				break;
			}
}

/* malloc for the big arrays, asking for transparent huge pages: a walk of a million
 * objects otherwise takes ~20,000 page faults for its fresh memory. */
static void *big_alloc(size_t n)
{
	void *p = malloc(n);
#ifdef MADV_HUGEPAGE
	if (p && n >= (4u << 20)) {
		uintptr_t a = ((uintptr_t)p + (2u << 20) - 1) & ~(uintptr_t)((2u << 20) - 1);
		uintptr_t e = ((uintptr_t)p + n) & ~(uintptr_t)((2u << 20) - 1);
		if (e > a)
			madvise((void *)a, e - a, MADV_HUGEPAGE);
	}
#endif
	return p;
}

static int64_t mono_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

void prof_heap_collect(prof_heap *h)
{
	js_gc(h->J, 0);
}

int prof_heap_walk(prof_heap *h, store_heap **out)
{
	js_State *J = h->J;
	int64_t t0 = mono_us();
	walk w;
	store_heap *g;
	uint32_t i, size = 1 << 12;
	const rt_memory *mem = rt_mem(h->rt);
	int err = 0;

	*out = NULL;
	memset(&w, 0, sizeof w);
	w.h = h;
	w.J = J;
	if (!(g = w.g = store_heap_new()))
		return STORE_ENOMEM;
	w.mask = size - 1;	/* natives: grows as needed */
	w.map = calloc(size, sizeof *w.map);
	w.ctor_mask = 255;
	w.ctor = calloc(w.ctor_mask + 1, sizeof *w.ctor);
	/* every block could be a thing, but objects have property blocks too: a third of
	 * the blocks is a good first guess; arrays grow (by mremap) if not */
	g->nodes_cap = mem->blocks / 3 > (1 << 12) ? (uint32_t)(mem->blocks / 3) : 1 << 12;
	g->nodes = big_alloc((size_t)g->nodes_cap * sizeof *g->nodes);
	g->edges_cap = g->nodes_cap * 2;
	g->edges = big_alloc((size_t)g->edges_cap * sizeof *g->edges);
	h->nat_next_mask = 255;
	h->nat_next_n = 0;
	h->nat_next = calloc(h->nat_next_mask + 1, sizeof *h->nat_next);
	if (!w.map || !w.ctor || !g->nodes || !g->edges || !h->nat_next) {
		err = STORE_ENOMEM;
		goto done;
	}
	w.s_proto = intern(&w, "__proto__");
	w.s_context = intern(&w, "context");
	w.s_code = intern(&w, "code");
	w.s_previous = intern(&w, "previous");
	w.s_system_context = intern(&w, "system / Context");
	w.s_key = intern(&w, "key");
	w.s_value = intern(&w, "value");
	w.s_target = intern(&w, "target");
	w.s_weak_pair = intern(&w, "part of key -> value pair in WeakMap");
	w.s_entry = intern(&w, "entry");
	w.s_store_name = intern(&w, "system / JSArrayBufferData");
	w.s_backing = intern(&w, "backing_store");
	w.s_inner = intern(&w, "inner");
	w.s_global = intern(&w, "global");
	w.s_extension = intern(&w, "extension");
	w.s_first = intern(&w, "first");
	w.s_second = intern(&w, "second");

	/* the root and its categories: the runtime's holders first, so they are what a
	 * shortest retainer path goes through for their contents. Synthetic nodes are not
	 * in the table: no heap thing has their "address". */
	synth(&w, S_ROOT, "", NULL);
	{
		js_Property *hp = jsV_getownproperty(J, J->R, RT_HEAP_HOLDERS);
		if (hp && hp->value.t.type == JS_TOBJECT) {
			js_Property *p;
			for (p = hp->value.u.object->first; p; p = p->next) {
				char name[160];
				snprintf(name, sizeof name, "(%s)", p->name);
				synth(&w, S_HOLDER, name, &p->value);
			}
		}
	}
	synth(&w, S_GLOBAL, "(Global object)", NULL);
	synth(&w, S_STACK, "(Value stack)", NULL);
	synth(&w, S_SCOPES, "(Scope chain)", NULL);
	synth(&w, S_REGISTRY, "(Registry)", NULL);
	synth(&w, S_PROTOS, "(Builtin prototypes)", NULL);
	synth(&w, S_STRINGS, "(Interned strings)", NULL);

	for (w.cur = 0; w.cur < g->nnodes && !w.oom; w.cur++) {
		store_heap_node *n = &g->nodes[w.cur];
		/* the things met long ago are out of the cache by now: fetch them ahead, an
		 * object PREFETCH * 2 nodes ahead, its first two property blocks (whose
		 * addresses it holds) PREFETCH and PREFETCH / 2 ahead */
		if (w.cur + PREFETCH * 2 < g->nnodes) {
			const char *ahead = (const char *)(uintptr_t)Q_PTR(&g->nodes[w.cur + PREFETCH * 2]);
			__builtin_prefetch(ahead - 16);
			__builtin_prefetch(ahead + 48);
		}
		if (w.cur + PREFETCH < g->nnodes &&
		    (Q_KIND(&g->nodes[w.cur + PREFETCH]) & 0xff) == K_OBJ) {
			const js_Object *o = (const js_Object *)(uintptr_t)Q_PTR(&g->nodes[w.cur + PREFETCH]);
			if (o->first)
				__builtin_prefetch((const char *)o->first - 16);
		}
		if (w.cur + PREFETCH / 2 < g->nnodes &&
		    (Q_KIND(&g->nodes[w.cur + PREFETCH / 2]) & 0xff) == K_OBJ) {
			const js_Object *o = (const js_Object *)(uintptr_t)Q_PTR(&g->nodes[w.cur + PREFETCH / 2]);
			if (o->first && o->first->next)
				__builtin_prefetch((const char *)o->first->next - 16);
		}
		void *p = (void *)(uintptr_t)Q_PTR(n);
		int kind = (int)(Q_KIND(n) & 0xff), internal = (int)(Q_KIND(n) >> 8);
		uint32_t aux = Q_AUX(n);
		n->first_edge = g->nedges;
		n->edge_count = 0;
		switch (kind) {
		case K_SYNTH: emit_synth(&w, w.cur, p, (int)aux); break;
		case K_OBJ: emit_object(&w, w.cur, p, internal); break;
		case K_ENV: emit_env(&w, w.cur, p, internal); break;
		case K_FUN: emit_fun(&w, w.cur, p, internal); break;
		case K_STR: emit_str(&w, w.cur, p); break;
		case K_NATIVE: emit_native(&w, w.cur, p); break;
		}
	}
	/* the queue fields become what they say: nothing computed yet */
	for (i = 0; i < g->nnodes; i++) {
		g->nodes[i].retained_size = 0;
		g->nodes[i].dominator = STORE_HEAP_NONE;
		g->nodes[i].distance = STORE_HEAP_NONE;
	}
	weak_edges(&w);
	resolve_weak(&w);
	if (w.oom || merge_late(&w))
		err = STORE_ENOMEM;
done:
	free(w.ropestack);
	free(w.map);
	for (i = 0; i < w.npages; i++)
		free(w.pages[i]);
	free(w.pages);
	free(w.ctor);
	free(w.late);
	free(w.wpend);
	free(w.weak_owner);
	free(w.weak_key);
	/* native ids: what this walk saw becomes the table for the next one */
	free(h->nat);
	h->nat = h->nat_next;
	h->nat_mask = h->nat_next_mask;
	h->nat_next = NULL;
	if (err) {
		store_heap_free(g);
		return err;
	}
	g->heap_used = mem->heap_used;
	g->pause_us = mono_us() - t0;
	*out = g;
	return 0;
}

/* ---- the walker's life ---- */

int prof_heap_new(prof_heap **out, rt_runtime *rt)
{
	prof_heap *h = calloc(1, sizeof *h);
	*out = NULL;
	if (!h)
		return -ENOMEM;
	h->rt = rt;
	h->J = rt_js(rt);
	*out = h;
	return 0;
}

void prof_heap_free(prof_heap *h)
{
	int i;
	if (!h)
		return;
	for (i = 0; i < h->nsyn; i++)
		free(h->syn[i].name);
	free(h->syn);
	free(h->nat);
	free(h->nat_next);
	free(h);
}

void prof_heap_mark_boot(prof_heap *h)
{
	js_State *J = h->J;
	js_Object *o;
	js_Environment *e;
	js_Function *f;
	js_String *s;
	uint64_t *tag;
#define MARK(p) do { tag = rt_alloc_tag(p); if (!(*tag >> 32)) \
		*tag |= (uint64_t)rt_new_object_id(h->rt) << 32; } while (0)
	for (o = J->gcobj; o; o = o->gcnext)
		MARK(o);
	for (e = J->gcenv; e; e = e->gcnext)
		MARK(e);
	for (f = J->gcfun; f; f = f->gcnext)
		MARK(f);
	for (s = J->gcstr; s; s = s->gcnext)
		MARK(s);
#undef MARK
	h->boot_max = rt_new_object_id(h->rt);
}

void prof_heap_request_safepoint(prof_heap *h)
{
	/* a collection at the next check point (mujs patch 0114: even where the CPU
	 * sampler's safepoint is served first) */
	js_requestgc(h->J);
}
