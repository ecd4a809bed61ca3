/* diff.c — what keeps growing between the heap snapshots of a run (leaks.h).
 *
 * Each snapshot is loaded in turn, walked breadth-first from the root, and every node
 * is given a key: its abstracted shortest path, interned in one trie shared by all the
 * snapshots (a key is (parent key, step)). Counting nodes and self bytes per key per
 * snapshot gives every group's series; growth is read from those series. Only the last
 * snapshot stays loaded, for paths, categories and sites. One pass over the nodes per
 * snapshot and a few arrays of 4 bytes a node: a million objects in well under a
 * second once loaded.
 */
#include <stdlib.h>
#include <string.h>

#include "heapgraph.h"
#include "internal.h"
#include "leaks.h"

#define NONE UINT32_MAX
#define AN_SITE_RUNTIME 99	/* site_push: an allocation site even in the runtime's code */
#define FOLD_MAX 4		/* longest repeated step sequence folded */
#define EXTEND_MAX 4		/* steps a path goes past its holder into what grows */
#define SITES_MAX 6
#define HIST_MAX 256		/* distinct sites counted per suspect */

typedef struct key {
	uint32_t parent;	/* key index (the root key is its own parent) */
	const char *step;	/* interned; "[]" for an abstracted step */
	uint32_t rep;		/* last snapshot: first node (BFS order) with this key */
	uint16_t depth;
	uint8_t etype;		/* edge type of the step */
	uint8_t kind;		/* growth: 0 none, 1 items (count), 2 value (bytes) */
	int32_t sus;		/* suspect whose holder is this key (or above it), -1 */
} key;

typedef struct hist {
	int64_t k1, k2;		/* frame id, or string index + line for closures */
	int64_t count;
} hist;

typedef struct suspect {
	uint32_t holder;	/* key */
	uint32_t grow;		/* the growing key with the largest growth under it */
	int kind;		/* 1 items, 2 value */
	int merged_into;	/* -1, or the suspect that absorbed it (-2: dropped) */
	int second_path;	/* merged as another path to that suspect's objects */
	int fn_items;		/* its items are functions not counted themselves */
	uint32_t emitter;	/* a listener list's emitter node (make_leak), NONE */
	int64_t *items, *items_b;	/* per snapshot: nodes of its growing keys */
	int64_t new_nodes, new_closures;
	hist *alloc, *clos;
	size_t nalloc, nclos;
} suspect;

typedef struct ctx {
	an_db *db;
	an__pool pool;
	an__hset kset;
	key *keys;
	size_t nkeys, kcap;
	size_t ns;		/* snapshots */
	int64_t *cnt, *byt;	/* [key * ns + snapshot]: own nodes and bytes */
	int64_t *sub;		/* subtree bytes, same layout (after all snapshots) */
	const char *s_elem, *s_proto, *s_global;
	/* the last snapshot */
	store_heap *g;
	int g_lent;		/* g is the caller's (an_leak_opts.graphs): not freed */
	/* the snapshot being walked: per string, what the walk asks of it (S_*), and its
	 * interned copy, worked out once instead of per node and edge */
	uint8_t *sfl;
	const char **sint;
	uint32_t *kid, *pnode, *pedge, *loc;
	uint32_t global;	/* the global object's node, NONE */
	uint64_t base_max;
	int64_t t_first, t_last;	/* when the first and the last snapshot were taken */
	suspect *sus;
	size_t nsus, scap;
} ctx;

const char *an_leak_category_name(int c)
{
	static const char *names[] = { "listener", "global", "closure", "cache", "other" };
	return c >= 0 && c <= AN_LEAK_OTHER ? names[c] : "other";
}

/* ---- keys ---- */

typedef struct kq {
	uint32_t parent;
	const char *step;
	uint8_t etype;
} kq;

static uint64_t khash(uint32_t parent, const char *step, uint8_t etype)
{
	return an__hash(an__hash(an__hash(0x9e37, parent), (uint64_t)(uintptr_t)step), etype);
}

static int keq(const void *c, uint32_t idx, const void *k)
{
	const ctx *x = c;
	const kq *q = k;
	const key *e = &x->keys[idx];
	return e->parent == q->parent && e->step == q->step && e->etype == q->etype;
}

static int grow_series(ctx *x, size_t need)
{
	size_t cap = x->kcap;
	if (need <= cap)
		return 0;
	if (an__grow(&x->keys, &x->kcap, need, sizeof *x->keys))
		return AN_ENOMEM;
	{
		int64_t *c = realloc(x->cnt, x->kcap * x->ns * sizeof *c);
		int64_t *b = c ? realloc(x->byt, x->kcap * x->ns * sizeof *b) : NULL;
		if (c)
			x->cnt = c;
		if (!b)
			return AN_ENOMEM;
		x->byt = b;
		memset(c + cap * x->ns, 0, (x->kcap - cap) * x->ns * sizeof *c);
		memset(b + cap * x->ns, 0, (x->kcap - cap) * x->ns * sizeof *b);
	}
	return 0;
}

/* The key of a node reached from key `parent` by a step; NONE when out of memory. A
 * step that repeats the last L steps (L <= FOLD_MAX) folds onto the key L steps up. */
static uint32_t key_child(ctx *x, uint32_t parent, const char *step, uint8_t etype)
{
	kq q = { parent, step, etype };
	uint64_t h = khash(parent, step, etype);
	int64_t f = an__hset_find(&x->kset, h, keq, x, &q);
	uint32_t chain[2 * FOLD_MAX], k;
	const char *steps[2 * FOLD_MAX];
	uint8_t types[2 * FOLD_MAX];
	int n = 0, L, j;
	key *e;

	if (f >= 0)
		return (uint32_t)f;
	/* steps[0] is the new one, steps[i] the step into chain[i] (parent's ancestors) */
	steps[n] = step;
	types[n] = etype;
	chain[n++] = NONE;
	for (k = parent; n < 2 * FOLD_MAX && k != 0; k = x->keys[k].parent) {
		steps[n] = x->keys[k].step;
		types[n] = x->keys[k].etype;
		chain[n++] = k;
	}
	for (L = 1; L <= FOLD_MAX && 2 * L <= n; L++) {
		int named = 0;
		for (j = 0; j < L; j++) {
			if (steps[j] != steps[j + L] || types[j] != types[j + L])
				break;
			named |= steps[j] != x->s_elem;
		}
		/* a repeat with a name in it (next.next, a scope's variable) is a chain;
		 * indices alone ([][]) are nested arrays, kept apart */
		if (j == L && named)
			return L == 1 ? parent : chain[L - 1];
	}
	if (grow_series(x, x->nkeys + 1))
		return NONE;
	k = (uint32_t)x->nkeys;
	e = &x->keys[k];
	memset(e, 0, sizeof *e);
	e->parent = parent;
	e->step = step;
	e->etype = etype;
	e->depth = (uint16_t)(x->keys[parent].depth < UINT16_MAX ? x->keys[parent].depth + 1 :
		UINT16_MAX);
	e->rep = NONE;
	e->sus = -1;
	if (an__hset_add(&x->kset, h, k))
		return NONE;
	x->nkeys++;
	return k;
}

/* ---- what a node is ---- */

enum { S_DONE = 1, S_COLL = 2, S_CONTEXT = 4, S_KEYS = 8, S_PROTO = 16, S_IDENT = 32 };

static int is_ident(const char *s);

/* The S_* flags of string i of the snapshot being walked. */
static unsigned sflags(const ctx *x, const store_heap *g, uint32_t i)
{
	const char *t;
	if (x->sfl[i])
		return x->sfl[i];
	t = store_heap_str(g, i);
	x->sfl[i] = (uint8_t)(S_DONE |
		(!strcmp(t, "Map") || !strcmp(t, "Set") || !strcmp(t, "WeakMap") ||
		 !strcmp(t, "WeakSet") ? S_COLL : 0) |
		(!strcmp(t, "system / Context") ? S_CONTEXT : 0) |
		(!strcmp(t, "keys") ? S_KEYS : 0) |
		(!strcmp(t, "__proto__") ? S_PROTO : 0) |
		(is_ident(t) ? S_IDENT : 0));
	return x->sfl[i];
}

/* String i of the snapshot being walked, interned; NULL when out of memory. */
static const char *sintern(ctx *x, const store_heap *g, uint32_t i)
{
	if (!x->sint[i])
		x->sint[i] = an__pstr(&x->pool, store_heap_str(g, i));
	return x->sint[i];
}

static const char *nname(const store_heap *g, uint32_t i)
{
	return store_heap_str(g, g->nodes[i].name);
}

static int is_ident(const char *s)
{
	size_t i;
	if (!*s || strlen(s) > 64 || !((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
	    *s == '_' || *s == '$'))
		return 0;
	for (i = 1; s[i]; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
		    (s[i] >= '0' && s[i] <= '9') || s[i] == '_' || s[i] == '$'))
			return 0;
	return 1;
}

/* A variable as the source names it: the down-leveler keeps an arrow function's
 * `this` and `arguments` in variables _this$N and _arguments$N of the enclosing
 * function. */
static const char *source_name(const char *v)
{
	const char *d = NULL;
	if (!strncmp(v, "_this$", 6))
		d = v + 6;
	else if (!strncmp(v, "_arguments$", 11))
		d = v + 11;
	if (!d || !*d || strspn(d, "0123456789") != strlen(d))
		return v;
	return v[1] == 't' ? "this" : "arguments";
}

/* The function a bound function (mujs's "[bind]", fn.bind(...)) calls, NONE. */
static uint32_t bound_target(const store_heap *g, uint32_t i)
{
	uint32_t e;
	if (g->nodes[i].type != STORE_HEAP_CLOSURE || strcmp(nname(g, i), "[bind]"))
		return NONE;
	for (e = g->nodes[i].first_edge; e < g->nodes[i].first_edge + g->nodes[i].edge_count; e++)
		if (g->edges[e].type == STORE_HEAP_PROPERTY &&
		    g->nodes[g->edges[e].to].type == STORE_HEAP_CLOSURE &&
		    !strcmp(store_heap_str(g, g->edges[e].name), "__TargetFunction__"))
			return g->edges[e].to;
	return NONE;
}

/* Map, Set and their weak kinds keep entries as edges named by their keys; an object
 * with many named properties is a dictionary. Both are abstracted to "[]". */
static int is_dict(const ctx *x, const store_heap *g, uint32_t u)
{
	const store_heap_node *n = &g->nodes[u];
	uint32_t e, props = 0;
	if (n->type != STORE_HEAP_OBJECT || u == x->global || (n->flags & STORE_HEAP_F_ROOT))
		return 0;
	if (sflags(x, g, n->name) & S_COLL)
		return 1;
	for (e = n->first_edge; e < n->first_edge + n->edge_count; e++) {
		const store_heap_edge *ed = &g->edges[e];
		if (ed->type == STORE_HEAP_INTERNAL && sflags(x, g, ed->name) & S_KEYS)
			return 1;	/* a collection of a subclass */
		if (ed->type == STORE_HEAP_PROPERTY && ++props > AN_LEAK_DICT_PROPS)
			return 1;
	}
	return 0;
}

/* The file of a function defined in scope u (a closure of one of its variables whose
 * own scope is u), NULL. */
static const char *scope_file(const ctx *x, const store_heap *g, uint32_t u)
{
	const store_heap_node *n = &g->nodes[u];
	uint32_t e, f;
	for (e = n->first_edge; e < n->first_edge + n->edge_count; e++) {
		uint32_t c = g->edges[e].to;
		const store_heap_node *cn = &g->nodes[c];
		if (g->edges[e].type != STORE_HEAP_CONTEXT || cn->type != STORE_HEAP_CLOSURE ||
		    x->loc[c] == NONE)
			continue;
		for (f = cn->first_edge; f < cn->first_edge + cn->edge_count; f++)
			if (g->edges[f].type == STORE_HEAP_INTERNAL && g->edges[f].to == u)
				return store_heap_str(g, g->locs[x->loc[c]].file);
	}
	return NULL;
}

/* A CommonJS module's top-level scope: the wrapper's variables (module, and
 * __filename for the file). A short __filename (mujs keeps strings of up to 15 bytes
 * inside the value, so it is no node of the graph) is read from a function the module
 * defines instead. */
static int is_module_scope(const ctx *x, const store_heap *g, uint32_t u, const char **file)
{
	const store_heap_node *n = &g->nodes[u];
	uint32_t e;
	int module = 0, exports = 0, esm = 0;
	const char *f = NULL;
	if (n->type != STORE_HEAP_OBJECT || !(sflags(x, g, n->name) & S_CONTEXT))
		return 0;
	for (e = n->first_edge; e < n->first_edge + n->edge_count; e++) {
		const store_heap_edge *ed = &g->edges[e];
		const char *nm;
		if (ed->type != STORE_HEAP_CONTEXT)
			continue;
		nm = store_heap_str(g, ed->name);
		if (!strcmp(nm, "_ls$m") || !strcmp(nm, "_ls$i"))
			esm++;	/* an ES module's function (runtime/downlevel/lower_module.c) */
		else if (!strcmp(nm, "module"))
			module = 1;
		else if (!strcmp(nm, "exports") || !strcmp(nm, "require"))
			exports++;
		else if (!strcmp(nm, "__filename") && g->nodes[ed->to].type == STORE_HEAP_STRING)
			f = nname(g, ed->to);
	}
	if (module && !f && exports == 2)
		f = scope_file(x, g, u);
	if (esm == 2 && !module) {
		/* its file from a function it defines (its chunks, export getters) */
		module = 1;
		f = scope_file(x, g, u);
	}
	if (file)
		*file = f;
	return module && f;
}

/* A class's private field #x: the down-leveler keeps it as a hidden property, which the
 * heap walker gives as an internal edge named "#x"; to a reader it is a field like any
 * other (V8 shows it as a property), so its path names it and a growing array in it is
 * held by the field, not by its object. The same for a symbol-keyed property. */
static int is_private_field(const store_heap *g, const store_heap_edge *e)
{
	const char *nm, *at;
	if (e->type != STORE_HEAP_INTERNAL)
		return 0;
	nm = store_heap_str(g, e->name);
	if (nm[0] == '#' && is_ident(nm + 1))
		return 1;
	/* so is a symbol-keyed property: the runtime's symbols are keys
	 * "\1Symbol(desc)@N" (internal/es2015.js) */
	at = strrchr(nm, '@');
	return !strncmp(nm, "Symbol(", 7) && at && at > nm + 7 && at[-1] == ')' && at[1] &&
		strspn(at + 1, "0123456789") == strlen(at + 1);
}

/* A symbol-keyed property's name as V8 shows it: "<symbol desc>"; else NULL. */
static const char *symbol_step(ctx *x, const store_heap *g, const store_heap_edge *e)
{
	const char *nm = store_heap_str(g, e->name), *at;
	char buf[300];
	if (!is_private_field(g, e) || nm[0] == '#')
		return NULL;
	at = strrchr(nm, '@');
	snprintf(buf, sizeof buf, "<symbol %.*s>", (int)(at - 1 - (nm + 7)), nm + 7);
	return an__pstr(&x->pool, buf);
}

/* The step for edge `e` of node u: its interned text and whether it was abstracted. */
static const char *step_of(ctx *x, const store_heap *g, uint32_t u, int dict,
	const store_heap_edge *e, int *abstracted)
{
	unsigned fl;
	*abstracted = 0;
	if (g->nodes[u].flags & STORE_HEAP_F_ROOT && g->nodes[e->to].flags & STORE_HEAP_F_ROOT)
		return sintern(x, g, g->nodes[e->to].name);
	switch (e->type) {
	case STORE_HEAP_ELEMENT:
	case STORE_HEAP_EDGE_HIDDEN:
		*abstracted = 1;
		return x->s_elem;
	case STORE_HEAP_PROPERTY:
	case STORE_HEAP_SHORTCUT:
		fl = sflags(x, g, e->name);
		if (fl & S_PROTO)
			return x->s_proto;
		if (dict || !(fl & S_IDENT)) {
			*abstracted = 1;
			return x->s_elem;
		}
		return sintern(x, g, e->name);
	default:
		return sintern(x, g, e->name);
	}
}

/* The file of a CommonJS Module object (its filename), NULL when u is none. */
static const char *module_object_file(const store_heap *g, uint32_t u)
{
	uint32_t e;
	if (g->nodes[u].type != STORE_HEAP_OBJECT || strcmp(nname(g, u), "Module"))
		return NULL;
	for (e = g->nodes[u].first_edge; e < g->nodes[u].first_edge + g->nodes[u].edge_count; e++)
		if (g->edges[e].type == STORE_HEAP_PROPERTY &&
		    g->nodes[g->edges[e].to].type == STORE_HEAP_STRING &&
		    !strcmp(store_heap_str(g, g->edges[e].name), "filename"))
			return nname(g, g->edges[e].to);
	return NULL;
}

/* "module /path/app.js" for a module's top-level scope, "global" for the global
 * object (interned), else NULL. */
static const char *anchor_of(ctx *x, const store_heap *g, uint32_t v)
{
	const char *file;
	char buf[1100];
	if (v == x->global)
		return x->s_global;
	if (g->nodes[v].type != STORE_HEAP_OBJECT || !is_module_scope(x, g, v, &file))
		return NULL;
	snprintf(buf, sizeof buf, "module %s", file);
	return an__pstr(&x->pool, buf);
}

static int app_file(const char *f);

/* anchor_of() for an app module's scope or the global object only. The runtime's own
 * modules (node:*) are not seeded: seeds are taken in node order, which changes from one
 * snapshot to the next, and the runtime's modules share what they hold (the module
 * registry behind their require, the timer lists), so whichever of them came first
 * named it: the registry's contents or a pending Timeout jumped from "module writable →
 * ..." to "module promise → require: requireNative → natives[]", a group from nothing,
 * a suspect from a path change alone. Left to the walk, they are reached from the
 * roots in edge order, the same in every snapshot. */
static const char *app_anchor(ctx *x, const store_heap *g, uint32_t v)
{
	const char *file;
	if (v == x->global)
		return x->s_global;
	if (!is_module_scope(x, g, v, &file) || !app_file(file))
		return NULL;
	return anchor_of(x, g, v);
}

/* Whether key k is the runtime's registry of built-in modules or under it: an object
 * made by runtime/lib/internal/bootstrap.js's BuiltinModuleRegistry. It grows as the app
 * first requires a built-in (a lazy require('zlib') in the third round), never past the
 * built-ins there are, so it is never a leak. Reached by way of requireNative or of a
 * scope that holds it, its path differs; the object is the same. */
static int in_native_registry(const ctx *x, uint32_t k)
{
	for (; k != 0; k = x->keys[k].parent) {
		uint32_t rep = x->keys[k].rep;
		if (rep != NONE && x->g->nodes[rep].type == STORE_HEAP_OBJECT &&
		    !strcmp(nname(x->g, rep), "BuiltinModuleRegistry"))
			return 1;
	}
	return 0;
}

/* ---- one snapshot ---- */

static uint32_t find_global(const store_heap *g)
{
	uint32_t i, e;
	for (i = 0; i < g->nnodes && i < 64; i++) {
		const store_heap_node *n = &g->nodes[i];
		if (!(n->flags & STORE_HEAP_F_ROOT) || strcmp(nname(g, i), "(Global object)"))
			continue;
		for (e = n->first_edge; e < n->first_edge + n->edge_count; e++)
			if (!strcmp(store_heap_str(g, g->edges[e].name), "global"))
				return g->edges[e].to;
	}
	return NONE;
}

/* The global object and the app's modules' top-level scopes go first, right after the
 * root: what a global or a module variable holds is named from it (module poller.js →
 * poller (Poller) → history[]) even where a shorter way in runs through a timer's or a
 * handle's closure and its scope. Each gets the first edge that reaches it as its way
 * in. */
static int seed_modules(ctx *x, store_heap *g, uint32_t *kid, uint32_t *queue,
	uint32_t *tail, uint32_t *pnode, uint32_t *pedge)
{
	uint32_t i, e, nseed = 0, o;
	for (o = 0; o <= g->nnodes; o++) {
		const char *step;
		uint32_t k;
		/* the global object first: what it holds reads as global.x */
		i = o == 0 ? x->global : o;
		if (i == NONE || i == 0 || (o > 0 && i == x->global) || i >= g->nnodes)
			continue;
		if (i == x->global) {
			step = x->s_global;
		} else if (g->nodes[i].type != STORE_HEAP_OBJECT ||
		    (g->nodes[i].flags & (STORE_HEAP_F_INTERNAL | STORE_HEAP_F_ROOT)) ||
		    !(sflags(x, g, g->nodes[i].name) & S_CONTEXT) || !(step = app_anchor(x, g, i)))
			continue;
		k = key_child(x, 0, step, STORE_HEAP_INTERNAL);
		if (k == NONE)
			return AN_ENOMEM;
		kid[i] = k;
		queue[(*tail)++] = i;
		if (pnode) {
			pnode[i] = 0;
			pedge[i] = NONE;
		}
		nseed++;
	}
	if (!nseed || !pnode)
		return 0;
	for (e = 0; e < g->nedges; e++) {
		uint32_t t = g->edges[e].to;
		if (t < g->nnodes && pnode[t] == 0 && pedge[t] == NONE && kid[t] != NONE &&
		    g->edges[e].type != STORE_HEAP_WEAK)
			pedge[t] = e;
	}
	return 0;
}

static int walk(ctx *x, store_heap *g, size_t si, int last)
{
	uint32_t nn = g->nnodes, head = 0, tail = 0, i, stack = NONE, stack_edge = 0;
	uint32_t *kid = malloc((size_t)nn * sizeof *kid);
	uint32_t *queue = malloc((size_t)nn * sizeof *queue);
	uint32_t *pnode = last ? malloc((size_t)nn * sizeof *pnode) : NULL;
	uint32_t *pedge = last ? malloc((size_t)nn * sizeof *pedge) : NULL;
	/* __proto__ edges met on the way, taken only once nothing else is left: an
	 * object reached by a name as well (a constructor's prototype, its memo) is
	 * named by it, not through whichever instance the walk met first (a module
	 * variable t holding the last Tokenizer: 't (Tokenizer) → __proto__ → memo');
	 * one per node at most */
	uint32_t *deferred = malloc((size_t)(nn ? nn : 1) * 2 * sizeof *deferred), ndef = 0, idef = 0;
	int err = 0;

	if (!kid || !queue || !deferred || (last && (!pnode || !pedge))) {
		free(kid);
		free(queue);
		free(pnode);
		free(pedge);
		free(deferred);
		return AN_ENOMEM;
	}
	/* each node's function location and the strings' flags, for this snapshot (kept
	 * with the last one) */
	free(x->loc);
	free(x->sfl);
	free(x->sint);
	x->loc = malloc((size_t)(nn ? nn : 1) * sizeof *x->loc);
	x->sfl = calloc((size_t)g->nstrings + 1, sizeof *x->sfl);
	x->sint = calloc((size_t)g->nstrings + 1, sizeof *x->sint);
	if (!x->loc || !x->sfl || !x->sint) {
		free(kid);
		free(queue);
		free(pnode);
		free(pedge);
		return AN_ENOMEM;
	}
	memset(x->loc, 0xff, (size_t)nn * sizeof *x->loc);
	for (i = 0; i < g->nlocs; i++)
		if (g->locs[i].node < nn)
			x->loc[g->locs[i].node] = i;
	x->global = find_global(g);
	memset(kid, 0xff, (size_t)nn * sizeof *kid);
	if (nn) {
		kid[0] = 0;
		queue[tail++] = 0;
		if (last)
			pnode[0] = pedge[0] = NONE;
		err = seed_modules(x, g, kid, queue, &tail, pnode, pedge);
	}
	for (;;) {
	while (head == tail && idef < ndef && !err) {
		uint32_t u = deferred[2 * idef], e = deferred[2 * idef + 1], t = g->edges[e].to, k;
		int abs;
		idef++;
		if (kid[t] != NONE)
			continue;
		k = key_child(x, kid[u], step_of(x, g, u, is_dict(x, g, u), &g->edges[e], &abs),
			STORE_HEAP_PROPERTY);
		if (k == NONE) {
			err = AN_ENOMEM;
			break;
		}
		kid[t] = k;
		queue[tail++] = t;
		if (last) {
			pnode[t] = u;
			pedge[t] = e;
		}
	}
	if (head == tail && stack != NONE && kid[stack] == NONE && !err) {
		/* last, what only the value stack holds (see below) */
		const store_heap_edge *ed = &g->edges[stack_edge];
		uint32_t k = key_child(x, 0, an__pstr(&x->pool, nname(g, ed->to)), ed->type);
		if (k == NONE) {
			err = AN_ENOMEM;
			break;
		}
		kid[stack] = k;
		queue[tail++] = stack;
		if (last) {
			pnode[stack] = 0;
			pedge[stack] = stack_edge;
		}
	}
	if (head == tail || err)
		break;
	while (head < tail && !err) {
		uint32_t u = queue[head++], e;
		const store_heap_node *n = &g->nodes[u];
		int dict = is_dict(x, g, u);
		if (!(n->flags & (STORE_HEAP_F_INTERNAL | STORE_HEAP_F_ROOT))) {
			size_t at = (size_t)kid[u] * x->ns + si;
			x->cnt[at]++;
			x->byt[at] += (int64_t)n->self_size;
		}
		if (last && x->keys[kid[u]].rep == NONE)
			x->keys[kid[u]].rep = u;
		for (e = n->first_edge; e < n->first_edge + n->edge_count; e++) {
			const store_heap_edge *ed = &g->edges[e];
			const char *step;
			int abs;
			uint32_t k;
			if (ed->type == STORE_HEAP_WEAK || kid[ed->to] != NONE)
				continue;
			if (ed->type == STORE_HEAP_PROPERTY && u != 0 &&
			    (sflags(x, g, ed->name) & S_PROTO)) {
				if (ndef < nn) {
					deferred[2 * ndef] = u;
					deferred[2 * ndef++ + 1] = e;
				}
				continue;
			}
			if (u == 0 && (g->nodes[ed->to].flags & STORE_HEAP_F_ROOT) &&
			    !strcmp(nname(g, ed->to), "(Value stack)")) {
				/* the values being worked on when the snapshot was taken (a
				 * variable's array being pushed to) are held for that instant:
				 * an object's path is the one from the other roots, and the stack
				 * keys only what nothing else holds */
				stack = ed->to;
				stack_edge = e;
				continue;
			}
			step = anchor_of(x, g, ed->to);
			if (step) {
				/* a module's scope and the global object are keyed by what they
				 * are, not by the way the walk came to them (a timer that kept the
				 * scope reachable can be gone by the next snapshot) */
				k = key_child(x, 0, step, STORE_HEAP_INTERNAL);
			} else {
				step = step_of(x, g, u, dict, ed, &abs);
				k = step ? key_child(x, kid[u], step, abs ? STORE_HEAP_ELEMENT :
					is_private_field(g, ed) ? STORE_HEAP_PROPERTY : ed->type) : NONE;
			}
			if (k == NONE) {
				err = AN_ENOMEM;
				break;
			}
			kid[ed->to] = k;
			queue[tail++] = ed->to;
			if (last) {
				pnode[ed->to] = u;
				pedge[ed->to] = e;
			}
		}
	}
	}
	free(queue);
	free(deferred);
	if (!last || err) {
		free(kid);
		free(pnode);
		free(pedge);
		return err;
	}
	x->kid = kid;
	x->pnode = pnode;
	x->pedge = pedge;
	return 0;
}

/* ---- growth ---- */

/* 1: grew in every interval; 2: a clear trend (>= 3 intervals, all but one grew, the
 * last did, it ends above where it began, and the other one fell by less than the
 * average growth of an interval); 3: a staircase (>= 4 intervals, never fell, and never
 * two intervals in a row without growth: a leak that grows every other round, where a
 * cache filling up to its bound stays flat for good); 4: a late onset (>= 5 intervals,
 * the last three or more grew, and each one before them moved by less than their
 * average growth: steady state, then a leak, as a pool that is exhausted only once the
 * load rises; the reverse of a cache that fills up and then stays flat); 0: no. */
static int trend(const int64_t *v, size_t n)
{
	size_t i, up = 0, flat = 0, maxflat = 0, last = 0;
	for (i = 1; i < n; i++) {
		up += v[i] > v[i - 1];
		flat = v[i] > v[i - 1] ? 0 : flat + 1;
		last = v[i] > v[i - 1] ? last + 1 : 0;
		if (flat > maxflat)
			maxflat = flat;
	}
	if (up == n - 1)
		return 1;
	if (n >= 6 && last >= 3) {
		int64_t rise = v[n - 1] - v[n - 1 - last];
		for (i = 1; i < n - last; i++)
			if ((v[i] > v[i - 1] ? v[i] - v[i - 1] : v[i - 1] - v[i]) * (int64_t)last >= rise)
				break;
		if (i == n - last)
			return 4;
	}
	if (n >= 5 && maxflat <= 1) {
		for (i = 1; i < n && v[i] >= v[i - 1]; i++)
			;
		if (i == n)
			return 3;
	}
	if (n >= 4 && up >= n - 2 && v[n - 1] > v[n - 2] && v[n - 1] > v[0]) {
		/* the interval that did not grow gives back less than an interval's average
		 * growth: up, down, up by as much (what was in flight when a signal or an
		 * interval took each snapshot) is no trend */
		for (i = 1; i < n; i++)
			if (v[i] < v[i - 1] && (v[i - 1] - v[i]) * (int64_t)(n - 1) >= v[n - 1] - v[0])
				return 0;
		return 2;
	}
	return 0;
}

static int is_under(const ctx *x, uint32_t k, uint32_t anc)
{
	while (k != anc && k != 0)
		k = x->keys[k].parent;
	return k == anc;
}

static int add_suspect(ctx *x, uint32_t holder, uint32_t grow, int kind)
{
	size_t i;
	suspect *s;
	for (i = 0; i < x->nsus; i++)
		if (x->sus[i].holder == holder) {
			s = &x->sus[i];
			goto add;
		}
	if (an__grow(&x->sus, &x->scap, x->nsus + 1, sizeof *x->sus))
		return AN_ENOMEM;
	s = &x->sus[x->nsus++];
	memset(s, 0, sizeof *s);
	s->holder = holder;
	s->grow = grow;
	s->kind = kind;
	s->merged_into = -1;
	s->emitter = NONE;
	s->items = calloc(x->ns, sizeof *s->items);
	s->items_b = calloc(x->ns, sizeof *s->items_b);
	if (!s->items || !s->items_b)
		return AN_ENOMEM;
add:
	if (kind == 1 && s->kind == 2) {
		/* items growing under a holder that grows in place too (an array's storage):
		 * the items are what is reported */
		memset(s->items, 0, x->ns * sizeof *s->items);
		memset(s->items_b, 0, x->ns * sizeof *s->items_b);
		s->kind = 1;
		s->grow = grow;
	} else if (kind == 2 && s->kind == 1) {
		return 0;
	}
	for (i = 0; i < x->ns; i++) {
		s->items[i] += x->cnt[(size_t)grow * x->ns + i];
		s->items_b[i] += x->byt[(size_t)grow * x->ns + i];
	}
	{
		int64_t a = x->sub[(size_t)grow * x->ns + x->ns - 1] - x->sub[(size_t)grow * x->ns];
		int64_t b = x->sub[(size_t)s->grow * x->ns + x->ns - 1] - x->sub[(size_t)s->grow * x->ns];
		if (a > b)
			s->grow = grow;
	}
	x->keys[grow].kind = (uint8_t)kind;
	return 0;
}

/* Every key under a holder belongs to its suspect (keys come after their parent). */
static void assign(ctx *x)
{
	size_t i, k;
	for (k = 0; k < x->nkeys; k++)
		x->keys[k].sus = -1;
	for (i = 0; i < x->nsus; i++)
		if (x->sus[i].merged_into == -1)
			x->keys[x->sus[i].holder].sus = (int32_t)i;
	for (i = 0; i < x->nsus; i++)
		if (x->sus[i].second_path)
			x->keys[x->sus[i].holder].sus = x->sus[i].merged_into;
	for (k = 1; k < x->nkeys; k++)
		if (x->keys[k].sus < 0)
			x->keys[k].sus = x->keys[x->keys[k].parent].sus;
}

/* One leak reached through two paths: a holder that grows in place (no new objects
 * of its own under it) while most of the new objects it points to are charged to
 * another suspect (its shortest path runs through the other holder) is that leak seen
 * from a second path. Its growth is added to that suspect, not reported again. */
static int second_paths(ctx *x)
{
	const store_heap *g = x->g;
	size_t i;
	int changed = 0;
	for (i = 0; i < x->nsus; i++) {
		suspect *s = &x->sus[i];
		uint32_t h = x->keys[s->holder].rep, e;
		size_t j, best = 0;
		int64_t fresh = 0, *votes;
		if (s->merged_into != -1 || s->kind != 2 || h == NONE)
			continue;
		votes = calloc(x->nsus, sizeof *votes);
		if (!votes)
			return AN_ENOMEM;
		for (e = g->nodes[h].first_edge; e < g->nodes[h].first_edge + g->nodes[h].edge_count;
		     e++) {
			uint32_t t = g->edges[e].to;
			int32_t o;
			if (g->edges[e].type == STORE_HEAP_WEAK || g->nodes[t].id <= x->base_max ||
			    (g->nodes[t].flags & STORE_HEAP_F_INTERNAL) || x->kid[t] == NONE)
				continue;
			fresh++;
			o = x->keys[x->kid[t]].sus;
			if (o >= 0 && (size_t)o != i)
				votes[o]++;
		}
		for (j = 0; j < x->nsus; j++)
			if (votes[j] > votes[best])
				best = j;
		if (fresh > 0 && votes[best] * 2 > fresh) {
			s->merged_into = (int)best;
			s->second_path = 1;
			changed = 1;
		}
		free(votes);
	}
	if (changed)
		assign(x);
	return 0;
}

/* An object used as a dictionary under names that look like fields (byCustomer.c0,
 * .c1, ... each an array that grows): SIBLING_MIN or more suspects whose holders are
 * named properties of one ordinary object (not a module's scope, the global object or
 * a root, whose variables are independent), each holding items under the same step
 * ("[]"), are one leak: the object is their holder. */
#define SIBLING_MIN 3
static int sibling_holders(ctx *x)
{
	const store_heap *g = x->g;
	size_t i, j;
	for (i = 0; i < x->nsus; i++) {
		suspect *s = &x->sus[i];
		uint32_t p = x->keys[s->holder].parent, rep;
		size_t same = 0;
		if (s->merged_into != -1 || s->kind != 1 || p == 0 || x->keys[p].parent == 0 ||
		    x->keys[s->holder].etype != STORE_HEAP_PROPERTY)
			continue;
		rep = x->keys[p].rep;
		if (rep == NONE || g->nodes[rep].type != STORE_HEAP_OBJECT ||
		    (sflags(x, g, g->nodes[rep].name) & (S_CONTEXT | S_COLL)) ||
		    (g->nodes[rep].flags & STORE_HEAP_F_ROOT) || rep == x->global)
			continue;
		for (j = 0; j < x->nsus; j++) {
			const suspect *o = &x->sus[j];
			same += o->merged_into == -1 && o->kind == 1 &&
				x->keys[o->holder].parent == p &&
				x->keys[o->holder].etype == STORE_HEAP_PROPERTY &&
				x->keys[o->grow].step == x->keys[s->grow].step;
		}
		if (same < SIBLING_MIN)
			continue;
		for (j = 0; j < x->nsus; j++) {
			suspect *o = &x->sus[j];
			size_t k;
			if (j == i || o->merged_into != -1 || o->kind != 1 ||
			    x->keys[o->holder].parent != p ||
			    x->keys[o->holder].etype != STORE_HEAP_PROPERTY ||
			    x->keys[o->grow].step != x->keys[s->grow].step)
				continue;
			for (k = 0; k < x->ns; k++) {
				s->items[k] += o->items[k];
				s->items_b[k] += o->items_b[k];
			}
			o->merged_into = (int)i;
		}
		s->holder = p;
		s->grow = p;
	}
	return 0;
}

/* A function's "prototype" object: one per function made, so it grows as the
 * functions do. When the functions themselves are not counted (the runtime's own, a
 * promise's resolving functions pushed onto an app's array), what holds them is the
 * holder, not each function. */
static int is_fn_prototype(const ctx *x, uint32_t k)
{
	uint32_t p = x->keys[k].parent, rep = x->keys[p].rep;
	return p != 0 && rep != NONE && x->g->nodes[rep].type == STORE_HEAP_CLOSURE &&
		x->keys[k].etype == STORE_HEAP_PROPERTY && !strcmp(x->keys[k].step, "prototype");
}

static uint32_t fn_holder(const ctx *x, uint32_t k)
{
	uint32_t p = x->keys[k].parent;
	if (is_fn_prototype(x, k) && (x->g->nodes[x->keys[p].rep].flags & STORE_HEAP_F_INTERNAL))
		return x->keys[p].parent;
	return p;
}

static int find_suspects(ctx *x, int64_t min_bytes)
{
	size_t k, i, ns = x->ns;
	int err;
	x->sub = malloc(x->nkeys * ns * sizeof *x->sub);
	if (!x->sub)
		return AN_ENOMEM;
	memcpy(x->sub, x->byt, x->nkeys * ns * sizeof *x->sub);
	for (k = x->nkeys; k-- > 1;)
		for (i = 0; i < ns; i++)
			x->sub[(size_t)x->keys[k].parent * ns + i] += x->sub[k * ns + i];
	for (k = 1; k < x->nkeys; k++) {
		const int64_t *c = &x->cnt[k * ns], *b = &x->byt[k * ns];
		int constant = 1;
		for (i = 1; i < ns; i++)
			if (c[i] != c[0])
				constant = 0;
		if (trend(c, ns)) {
			uint32_t h = fn_holder(x, (uint32_t)k);
			err = add_suspect(x, h, (uint32_t)k, 1);
			for (i = 0; !err && h != x->keys[k].parent && i < x->nsus; i++)
				if (x->sus[i].holder == h)
					x->sus[i].fn_items = 1;
		}
		else if (constant && c[0] > 0 && trend(b, ns)) {
			/* a collection's storage (an internal edge) grows as the collection */
			uint32_t h = (uint32_t)k;
			while (x->keys[h].etype == STORE_HEAP_INTERNAL && x->keys[h].parent != 0)
				h = x->keys[h].parent;
			/* a root, or a scope (its size is its function's variables), grows in
			 * place only as what runs at the instant changes: the scopes under
			 * "(Scope chain)" are other functions' from one snapshot to the next
			 * when a signal, an interval or the app takes them from elsewhere */
			if (x->keys[h].rep != NONE && ((x->g->nodes[x->keys[h].rep].flags & STORE_HEAP_F_ROOT) ||
			    (x->keys[k].rep != NONE && sflags(x, x->g, x->g->nodes[x->keys[k].rep].name) & S_CONTEXT &&
			     x->g->nodes[x->keys[k].rep].type == STORE_HEAP_OBJECT)))
				continue;
			err = add_suspect(x, h, (uint32_t)k, 2);
		}
		else
			continue;
		if (err)
			return err;
	}
	/* the holder's retained bytes must grow too, beyond the floor; and a holder reached
	 * only through what runs at the instant (a scope of "(Scope chain)" that is no
	 * module's, "(Value stack)") must have been there at the first snapshot and grow
	 * in every interval (a loop that keeps running): else it is whatever ran when a
	 * signal or an interval took the snapshot, not memory kept */
	for (i = 0; i < x->nsus; i++) {
		suspect *s = &x->sus[i];
		const int64_t *r = &x->sub[(size_t)s->holder * ns];
		uint32_t top = s->holder, rep = x->keys[s->holder].rep;
		while (x->keys[top].parent != 0 && top != 0)
			top = x->keys[top].parent;
		if (!trend(r, ns) || r[ns - 1] - r[0] < min_bytes || in_native_registry(x, s->holder))
			s->merged_into = -2;	/* dropped */
		else if (top != 0 && (!strcmp(x->keys[top].step, "(Scope chain)") ||
		    !strcmp(x->keys[top].step, "(Value stack)")) &&
		    ((rep != NONE && x->g->nodes[rep].id > x->base_max) || trend(r, ns) != 1 ||
		     (s->kind == 1 && trend(s->items, ns) != 1)))
			s->merged_into = -2;
	}
	/* one leak seen from below: a suspect under another's holder joins it */
	for (i = 0; i < x->nsus; i++) {
		size_t j;
		if (x->sus[i].merged_into != -1)
			continue;
		for (j = 0; j < x->nsus; j++) {
			if (j == i || x->sus[j].merged_into != -1 ||
			    !is_under(x, x->sus[i].holder, x->sus[j].holder) ||
			    (x->sus[i].holder == x->sus[j].holder && j > i))
				continue;
			x->sus[i].merged_into = (int)j;
			break;
		}
	}
	err = sibling_holders(x);
	if (err)
		return err;
	assign(x);
	return second_paths(x);
}

/* ---- sites ---- */

static int hist_add(hist **h, size_t *n, int64_t k1, int64_t k2)
{
	size_t i, cap;
	for (i = 0; i < *n; i++)
		if ((*h)[i].k1 == k1 && (*h)[i].k2 == k2) {
			(*h)[i].count++;
			return 0;
		}
	if (*n >= HIST_MAX)
		return 0;
	cap = *n;
	if (an__grow(h, &cap, *n + 1, sizeof **h))
		return AN_ENOMEM;
	(*h)[*n].k1 = k1;
	(*h)[*n].k2 = k2;
	(*h)[*n].count = 1;
	(*n)++;
	return 0;
}

static int hist_cmp(const void *a, const void *b)
{
	const hist *x = a, *y = b;
	return x->count < y->count ? 1 : x->count > y->count ? -1 :
		x->k1 < y->k1 ? -1 : x->k1 > y->k1;
}

/* New nodes (allocated after the baseline) under each suspect: their sites. */
static int collect_sites(ctx *x)
{
	const store_heap *g = x->g;
	uint32_t i;
	for (i = 0; i < g->nnodes; i++) {
		const store_heap_node *n = &g->nodes[i];
		suspect *s;
		int32_t si;
		if (x->kid[i] == NONE || (si = x->keys[x->kid[i]].sus) < 0 ||
		    (n->flags & STORE_HEAP_F_INTERNAL) || n->id <= x->base_max)
			continue;
		s = &x->sus[si];
		s->new_nodes++;
		if (n->site && hist_add(&s->alloc, &s->nalloc, n->site, 0))
			return AN_ENOMEM;
		/* a closure kept only in the scope of a runtime's function (the executor
		 * of new Promise(), kept by mujs in the scope of the promise's resolving
		 * functions; V8 keeps none) is no closure the app piles up */
		if (n->type == STORE_HEAP_CLOSURE && x->pnode[i] != NONE && x->pedge[i] != NONE &&
		    g->edges[x->pedge[i]].type == STORE_HEAP_CONTEXT &&
		    (g->nodes[x->pnode[i]].flags & STORE_HEAP_F_INTERNAL))
			continue;
		if (n->type == STORE_HEAP_CLOSURE && (x->loc[i] != NONE ||
		    (bound_target(g, i) != NONE && x->loc[bound_target(g, i)] != NONE))) {
			/* a bound function is a closure of its target's site */
			const store_heap_location *l = &g->locs[x->loc[i] != NONE ? x->loc[i] :
				x->loc[bound_target(g, i)]];
			s->new_closures++;
			if (hist_add(&s->clos, &s->nclos, l->file, l->line))
				return AN_ENOMEM;
		}
	}
	for (i = 0; i < x->nsus; i++) {
		if (x->sus[i].nalloc)
			qsort(x->sus[i].alloc, x->sus[i].nalloc, sizeof (hist), hist_cmp);
		if (x->sus[i].nclos)
			qsort(x->sus[i].clos, x->sus[i].nclos, sizeof (hist), hist_cmp);
	}
	return 0;
}

static int app_file(const char *f)
{
	return f && *f && strncmp(f, "node:", 5) && strcmp(f, "native");
}

static int site_push(an_leak *l, int kind, const char *file, const char *func, int line,
	int64_t count)
{
	an_leak_site *v;
	size_t i;
	if (!file || !*file || (!app_file(file) && (l->nsites || kind != AN_SITE_RUNTIME)) ||
	    l->nsites >= SITES_MAX)
		return 0;
	if (kind == AN_SITE_RUNTIME)
		kind = AN_SITE_ALLOC;
	for (i = 0; i < l->nsites; i++)
		if (l->sites[i].line == line && !strcmp(l->sites[i].file, file)) {
			/* one line, two roles (a listener added where its closure is made):
			 * the first role's count stands, counts of different things are not
			 * compared */
			if (l->sites[i].kind == kind && l->sites[i].count < count)
				l->sites[i].count = count;
			return 0;
		}
	v = realloc(l->sites, (l->nsites + 1) * sizeof *v);
	if (!v)
		return AN_ENOMEM;
	l->sites = v;
	v += l->nsites;
	v->kind = kind;
	v->file = strdup(file);
	v->func = strdup(func ? func : "");
	v->line = line;
	v->count = count;
	if (!v->file || !v->func)
		return AN_ENOMEM;
	l->nsites++;
	return 0;
}

static int frame_site(ctx *x, an_leak *l, int kind, int64_t frame, int64_t count)
{
	sqlite3_stmt *st = an__prepare(x->db, "SELECT name, file, line FROM frames WHERE id = ?1",
		frame);
	int err = 0;
	if (!st)
		return AN_ESQL;
	if (sqlite3_step(st) == SQLITE_ROW)
		err = site_push(l, kind, an__col_text(st, 1), an__col_text(st, 0),
			sqlite3_column_int(st, 2), count);
	sqlite3_finalize(st);
	return err;
}

/* Where listeners for `event` were added to emitter `emitter` (its node id; 0: any)
 * between the first and the last snapshot: the most frequent registration lines, with
 * how many were added there in that span. */
static int listener_sites(ctx *x, an_leak *l, int64_t run, int64_t emitter, const char *event)
{
	sqlite3_stmt *st = an__prepare(x->db, "SELECT frame_id, count(*) AS c FROM listener_events"
		" WHERE run_id = ?1 AND op = 1 AND event = ?2 AND (?3 = 0 OR emitter = ?3)"
		" AND t_us > ?4 AND t_us <= ?5"
		" AND frame_id IS NOT NULL GROUP BY frame_id ORDER BY c DESC LIMIT 2", run);
	int64_t f[2], c[2];
	int n = 0, i, err = 0;
	if (!st)
		return AN_ESQL;
	sqlite3_bind_text(st, 2, event, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 3, emitter);
	sqlite3_bind_int64(st, 4, x->t_first);
	sqlite3_bind_int64(st, 5, x->t_last);
	while (n < 2 && sqlite3_step(st) == SQLITE_ROW) {
		f[n] = sqlite3_column_int64(st, 0);
		c[n++] = sqlite3_column_int64(st, 1);
	}
	sqlite3_finalize(st);
	for (i = 0; i < n && !err; i++)
		err = frame_site(x, l, AN_SITE_LISTENER, f[i], c[i]);
	return err;
}

/* ---- readable paths ---- */

typedef struct sbuf {
	char *p;
	size_t n, cap;
	int oom;
} sbuf;

static void sb_put(sbuf *b, const char *s)
{
	size_t len = strlen(s);
	if (b->oom)
		return;
	if (b->n + len + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 128;
		char *p;
		while (cap < b->n + len + 1)
			cap *= 2;
		if (!(p = realloc(b->p, cap))) {
			b->oom = 1;
			return;
		}
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->n, s, len + 1);
	b->n += len;
}

static const char *base_name(const char *f)
{
	const char *s = strrchr(f, '/');
	return s ? s + 1 : f;
}

/* " (file:line)" of a closure, or "" */
static void put_loc(ctx *x, sbuf *b, uint32_t i)
{
	char buf[64];
	const store_heap_location *l;
	if (x->loc[i] == NONE)
		return;
	l = &x->g->locs[x->loc[i]];
	sb_put(b, " (");
	sb_put(b, base_name(store_heap_str(x->g, l->file)));
	snprintf(buf, sizeof buf, ":%u)", l->line + 1);
	sb_put(b, buf);
}

/* A listener's wrapper (events' once: a bound function whose .listener is the
 * function given to once(), as rawListeners() shows): that function, else NONE. */
static uint32_t once_listener(const store_heap *g, uint32_t i)
{
	uint32_t e;
	if (bound_target(g, i) == NONE)
		return NONE;
	for (e = g->nodes[i].first_edge; e < g->nodes[i].first_edge + g->nodes[i].edge_count; e++)
		if (g->edges[e].type == STORE_HEAP_PROPERTY &&
		    g->nodes[g->edges[e].to].type == STORE_HEAP_CLOSURE &&
		    !strcmp(store_heap_str(g, g->edges[e].name), "listener"))
			return g->edges[e].to;
	return NONE;
}

/* What a node is, after the step that reached it. */
static void put_node(ctx *x, sbuf *b, uint32_t i, int named)
{
	const store_heap_node *n = &x->g->nodes[i];
	const char *name = nname(x->g, i);
	uint32_t target = bound_target(x->g, i), once = once_listener(x->g, i);
	if (once != NONE) {
		/* the listener is what the app knows: "once onDrain (app.js:7)" */
		const char *ln = nname(x->g, once);
		sb_put(b, named ? ": once " : " → once ");
		sb_put(b, *ln ? ln : "closure");
		put_loc(x, b, once);
		return;
	}
	if (target != NONE) {
		/* "bound handle (app.js:3)", as V8 names it */
		const char *tn = nname(x->g, target);
		sb_put(b, named ? ": bound " : " → bound ");
		sb_put(b, *tn ? tn : "function");
		put_loc(x, b, target);
		return;
	}
	if (n->type == STORE_HEAP_CLOSURE) {
		size_t len = strlen(name);
		if (!named) {
			sb_put(b, " → ");
			sb_put(b, *name ? name : "closure");
		} else if (len && !b->oom && (b->n < len || memcmp(b->p + b->n - len, name, len))) {
			/* held under another name: "_onTimeout: refreshToken (app.js:13)" */
			sb_put(b, ": ");
			sb_put(b, name);
		}
		put_loc(x, b, i);
	} else if (n->type == STORE_HEAP_STRING || n->type == STORE_HEAP_CONS_STRING ||
	    n->type == STORE_HEAP_SLICED_STRING) {
		sb_put(b, " (string)");
	} else if (n->type == STORE_HEAP_NATIVE) {
		sb_put(b, " (native)");
	} else if (*name && strcmp(name, "Object") && strcmp(name, "Array") &&
	    strcmp(name, "system / Context")) {
		sb_put(b, " (");
		sb_put(b, name);
		sb_put(b, ")");
	}
}

enum { A_NONE, A_GLOBAL, A_MODULE, A_ROOT };

typedef struct pathinfo {
	int anchor;		/* A_* */
	int via_scope;		/* runs through a closure's own scope */
	int running;		/* leaves a running function's scope by a variable */
	int listener;		/* the path runs through an event's listener list */
	int reactions;		/* through a pending promise's reactions (callbacks) */
	uint32_t list;		/* that list's node, NONE */
	uint32_t emitter;	/* its emitter's node, NONE (process's table) */
	const char *event;
} pathinfo;

/* A promise's state lives in a record behind one hidden property (runtime/lib/internal/
 * promise.js): p (the promise), s, v (result), rh/rt (first/last pending reaction),
 * and each reaction holds n (next), f/r (the handlers), d (the derived promise's record)
 * and c (a foreign capability). V8 keeps the same in the JSPromise and its
 * PromiseReaction list, so a path through them reads as DevTools would show it:
 * "dbReady (Promise) → reactions[] → closure (app.js:11)". */
#define PROMISE_SLOT "__leakscopePromise"

/* The readable step for edge `name` of a promise record (rec) or of a reaction on a
 * record's list (!rec); NULL: left out of the path (a list's own link). */
static const char *promise_step(const char *name, int rec)
{
	if (rec)
		return !strcmp(name, "rh") || !strcmp(name, "rt") ? " → reactions[]" :
			!strcmp(name, "v") ? " → result" : !strcmp(name, "p") ? " → promise" :
			NULL;
	return !strcmp(name, "n") || !strcmp(name, "f") || !strcmp(name, "r") ? NULL :
		!strcmp(name, "d") ? " → promise" : !strcmp(name, "c") ? " → capability" :
		!strcmp(name, "a") ? " → argument" : NULL;
}

/* Whether node r is a promise's record (its "p" is a promise whose PROMISE_SLOT is r):
 * what the runtime's resolving functions keep in their scope. */
static int is_promise_record(const store_heap *g, uint32_t r)
{
	uint32_t e, f;
	for (e = g->nodes[r].first_edge; e < g->nodes[r].first_edge + g->nodes[r].edge_count; e++) {
		uint32_t q = g->edges[e].to;
		if (g->edges[e].type != STORE_HEAP_PROPERTY || strcmp(store_heap_str(g, g->edges[e].name), "p"))
			continue;
		for (f = g->nodes[q].first_edge; f < g->nodes[q].first_edge + g->nodes[q].edge_count; f++)
			if (g->edges[f].type == STORE_HEAP_PROPERTY && g->edges[f].to == r &&
			    !strcmp(store_heap_str(g, g->edges[f].name), PROMISE_SLOT))
				return 1;
	}
	return 0;
}

/* The async function an await continuation (a closure of internal/generator over its
 * Ctx) resumes: the Ctx's fn (or sg) closure, NONE. */
static uint32_t await_target(const store_heap *g, uint32_t c)
{
	uint32_t e, f, h;
	for (e = g->nodes[c].first_edge; e < g->nodes[c].first_edge + g->nodes[c].edge_count; e++) {
		uint32_t sc = g->edges[e].to;
		if (g->edges[e].type != STORE_HEAP_INTERNAL)
			continue;
		for (f = g->nodes[sc].first_edge; f < g->nodes[sc].first_edge +
		     g->nodes[sc].edge_count; f++) {
			uint32_t cx = g->edges[f].to;
			if (g->edges[f].type != STORE_HEAP_CONTEXT ||
			    strcmp(store_heap_str(g, g->edges[f].name), "ctx") ||
			    strcmp(nname(g, cx), "Ctx"))
				continue;
			for (h = g->nodes[cx].first_edge; h < g->nodes[cx].first_edge +
			     g->nodes[cx].edge_count; h++) {
				const char *nm = store_heap_str(g, g->edges[h].name);
				if (g->edges[h].type == STORE_HEAP_PROPERTY &&
				    (!strcmp(nm, "fn") || !strcmp(nm, "sg")) &&
				    g->nodes[g->edges[h].to].type == STORE_HEAP_CLOSURE)
					return g->edges[h].to;
			}
		}
	}
	return NONE;
}

/* The async (or generator) function whose scope u is, NONE: the down-leveler's body
 * closure, defined in the function's own scope and kept in its state (a Ctx's fn, or
 * a segment of its sg), is named after the function. What names a scope the
 * execution state holds: an async function running when the snapshot was taken. */
static uint32_t running_function(const ctx *x, const store_heap *g, uint32_t u)
{
	uint32_t i, e, f;
	if (g->nodes[u].type != STORE_HEAP_OBJECT || !(sflags(x, g, g->nodes[u].name) & S_CONTEXT))
		return NONE;
	for (i = 0; i < g->nnodes; i++) {
		if (g->nodes[i].type != STORE_HEAP_OBJECT || strcmp(nname(g, i), "Ctx"))
			continue;
		for (e = g->nodes[i].first_edge; e < g->nodes[i].first_edge + g->nodes[i].edge_count; e++) {
			uint32_t c = g->edges[e].to;
			const char *nm = store_heap_str(g, g->edges[e].name);
			if (g->edges[e].type != STORE_HEAP_PROPERTY || strcmp(nm, "fn") ||
			    g->nodes[c].type != STORE_HEAP_CLOSURE || x->loc[c] == NONE ||
			    (g->nodes[c].flags & STORE_HEAP_F_INTERNAL))
				continue;
			for (f = g->nodes[c].first_edge; f < g->nodes[c].first_edge + g->nodes[c].edge_count; f++)
				if (g->edges[f].type == STORE_HEAP_INTERNAL && g->edges[f].to == u)
					return c;
		}
	}
	return NONE;
}

/* On a path from the root nodes[start] of the execution state ("(Scope chain)",
 * "(Value stack)"): the index of the scope of a running function (no module's) that
 * the path leaves by one of its variables, reached from the root through scope links
 * only, NONE. */
static uint32_t running_scope(const ctx *x, const store_heap *g, const uint32_t *nodes,
	uint32_t n, uint32_t start)
{
	uint32_t k;
	if (strcmp(nname(g, nodes[start]), "(Scope chain)") &&
	    strcmp(nname(g, nodes[start]), "(Value stack)"))
		return NONE;
	for (k = start + 1; k + 1 < n; k++) {
		const store_heap_node *u = &g->nodes[nodes[k]];
		uint8_t et = g->edges[x->pedge[nodes[k + 1]]].type;
		if (u->type != STORE_HEAP_OBJECT || !(sflags(x, g, u->name) & S_CONTEXT) ||
		    is_module_scope(x, g, nodes[k], NULL))
			return NONE;
		if (et == STORE_HEAP_CONTEXT)
			return k;
		if (et != STORE_HEAP_INTERNAL)
			return NONE;
	}
	return NONE;
}

/* The readable path to node t of the last snapshot (see leaks.h). */
static char *render(ctx *x, uint32_t t, pathinfo *pi)
{
	const store_heap *g = x->g;
	uint32_t *nodes = NULL, n = 0, cap = 0, v, j, start = 0;
	uint32_t events = NONE, list = NONE, prec = NONE, react = NONE, awaiter = NONE;
	uint32_t actx = NONE, etstate = NONE, gctx = NONE;
	int anchor = A_NONE, first = 1, et_list = 0;
	uint32_t fn, rs = NONE;
	sbuf b = { 0 };
	const char *file;

	memset(pi, 0, sizeof *pi);
	pi->emitter = NONE;
	pi->list = NONE;
	for (v = t; v != NONE; v = x->pnode[v]) {
		if (n == cap) {
			uint32_t *p = realloc(nodes, (cap = cap ? cap * 2 : 64) * sizeof *p);
			if (!p) {
				free(nodes);
				return NULL;
			}
			nodes = p;
		}
		nodes[n++] = v;
	}
	/* root first */
	for (j = 0; j < n / 2; j++) {
		v = nodes[j];
		nodes[j] = nodes[n - 1 - j];
		nodes[n - 1 - j] = v;
	}
	for (j = 1; j < n; j++)
		if (nodes[j - 1] == x->global &&
		    g->edges[x->pedge[nodes[j]]].type == STORE_HEAP_PROPERTY &&
		    !(g->nodes[nodes[j]].flags & STORE_HEAP_F_INTERNAL)) {
			anchor = A_GLOBAL;
			start = j;
			break;
		}
	if (!anchor)
		for (j = n; j-- > 1;)
			if (is_module_scope(x, g, nodes[j], &file) ||
			    (file = module_object_file(g, nodes[j])) != NULL) {
				/* a module's top level, or its Module object (require.cache's:
				 * "module store.js → exports (Store) → items[]") */
				anchor = A_MODULE;
				start = j;
				break;
			}
	if (!anchor)
		for (j = n; j-- > 1;)
			if (g->nodes[nodes[j]].flags & STORE_HEAP_F_ROOT) {
				anchor = A_ROOT;
				start = j;
				break;
			}
	pi->anchor = anchor;
	if (anchor == A_GLOBAL) {
		sb_put(&b, "global.");
		sb_put(&b, store_heap_str(g, g->edges[x->pedge[nodes[start]]].name));
		put_node(x, &b, nodes[start], 1);
	} else if (anchor == A_MODULE) {
		sb_put(&b, "module ");
		sb_put(&b, base_name(file));
	} else if (anchor == A_ROOT && !strcmp(nname(g, nodes[start]), "(process listeners)")) {
		sb_put(&b, "process (EventEmitter)");
		if (start + 1 < n)
			events = nodes[start + 1];
	} else if (anchor == A_ROOT && (rs = running_scope(x, g, nodes, n, start)) != NONE &&
	    (fn = running_function(x, g, nodes[rs])) != NONE) {
		/* a running async function's scope: "(Scope chain) → main (app.js:40) →
		 * scope.client (Client)", not the chain's slot */
		sb_put(&b, nname(g, nodes[start]));
		put_node(x, &b, fn, 0);
		start = rs;
	} else if (anchor == A_ROOT) {
		sb_put(&b, nname(g, nodes[start]));
	} else {
		sb_put(&b, "(root)");
	}
	/* a running function's variable: no closure's scope, no runtime holder's list */
	pi->running = rs != NONE;
	for (j = start + 1; j < n; j++) {
		uint32_t u = nodes[j - 1], w = nodes[j], k;
		const store_heap_edge *e = &g->edges[x->pedge[w]];
		const char *name = e->type == STORE_HEAP_ELEMENT || e->type == STORE_HEAP_EDGE_HIDDEN ?
			"" : store_heap_str(g, e->name);
		int abs, named = 0, u_module = is_module_scope(x, g, u, NULL);
		for (k = start + 1; k < j; k++)
			if (x->kid[nodes[k]] == x->kid[w])
				break;
		if (k < j) {
			sb_put(&b, " → …");
			break;
		}
		if (u == awaiter && e->type == STORE_HEAP_INTERNAL)
			awaiter = w;	/* into the continuation's scope */
		if (e->type == STORE_HEAP_INTERNAL && (sflags(x, g, g->nodes[u].name) & S_COLL) &&
		    (!strcmp(name, "key") || !strcmp(name, "value"))) {
			/* an entry under an object key (a Map's value, a Set's member: "[]"; a
			 * Map's key object: "→ key") */
			sb_put(&b, !strcmp(name, "key") && !strcmp(nname(g, u), "Map") ? " → key" : "[]");
			first = 0;
			put_node(x, &b, w, name[0] == 'k');
			continue;
		}
		if (e->type == STORE_HEAP_INTERNAL && !strcmp(name, "gen") &&
		    !strcmp(nname(g, w), "Ctx")) {
			/* a down-leveled generator object's state: "(generator)", then
			 * the generator function whose scope it keeps */
			sb_put(&b, " (generator)");
			gctx = w;
			continue;
		} else if (u == gctx && e->type == STORE_HEAP_PROPERTY &&
		    (!strcmp(name, "fn") || !strcmp(name, "sg"))) {
			put_node(x, &b, w, 0);
			continue;
		}
		if ((e->type == STORE_HEAP_INTERNAL && !is_private_field(g, e)) ||
		    (u == events && e->type != STORE_HEAP_PROPERTY))
			continue;
		if (u == awaiter && e->type == STORE_HEAP_CONTEXT) {
			actx = w;	/* the async function's state (Ctx) */
			continue;
		} else if (u == actx && e->type == STORE_HEAP_PROPERTY &&
		    (!strcmp(name, "fn") || !strcmp(name, "sg"))) {
			continue;	/* the async function's body, shown with the await */
		}
		if (e->type == STORE_HEAP_PROPERTY && !strcmp(name, PROMISE_SLOT)) {
			prec = w;	/* the record is the promise's own state */
			continue;
		} else if (e->type == STORE_HEAP_CONTEXT && is_promise_record(g, w)) {
			/* a resolving function's promise (its scope keeps the record) */
			sb_put(&b, " → promise");
			prec = w;
			first = 0;
			continue;
		} else if ((u == prec || u == react) && e->type == STORE_HEAP_PROPERTY) {
			const char *st = promise_step(name, u == prec);
			first = 0;
			if (u == prec && (!strcmp(name, "rh") || !strcmp(name, "rt"))) {
				react = w;
				pi->reactions = 1;
				sb_put(&b, st);
				continue;
			}
			if (u == react && !strcmp(name, "n")) {
				react = w;
				continue;
			}
			if (u == react && !strcmp(name, "d"))
				prec = w;
			if (u == react && (!strcmp(name, "f") || !strcmp(name, "r"))) {
				uint32_t fn = x->loc[w] != NONE && !app_file(store_heap_str(g,
					g->locs[x->loc[w]].file)) ? await_target(g, w) : NONE;
				if (fn != NONE) {
					/* the runtime's await continuation (internal/generator):
					 * the async function it resumes is what the path shows */
					sb_put(&b, " → await");
					put_node(x, &b, fn, 0);
					awaiter = w;
				} else {
					put_node(x, &b, w, 0);	/* "closure (app.js:11)" */
				}
				continue;
			}
			if (u == react && !strcmp(name, "d")) {
				prec = w;	/* the derived promise's record */
				sb_put(&b, st);
				continue;
			}
			if (st) {
				sb_put(&b, st);
			} else {
				sb_put(&b, " → ");
				sb_put(&b, name);
			}
			put_node(x, &b, w, 1);
			continue;
		}
		if (e->type == STORE_HEAP_PROPERTY && once_listener(g, u) == w) {
			continue;	/* shown with its once wrapper */
		} else if (e->type == STORE_HEAP_CONTEXT) {
			sb_put(&b, u_module ? " → " : " → scope.");
			sb_put(&b, source_name(name));
			/* a closure's scope (not a module's, not one the execution state
			 * holds: a function running at the snapshot's instant) */
			if (!u_module && !(rs != NONE && u == nodes[rs]))
				pi->via_scope = 1;
			named = 1;
		} else if (e->type == STORE_HEAP_PROPERTY && !strcmp(name, "_events")) {
			events = w;
			pi->emitter = u;
			continue;
		} else if (e->type == STORE_HEAP_PROPERTY && !strcmp(name, "__eventTarget")) {
			/* an EventTarget's state (internal/event_target.js): events[type] is
			 * a list {size, next} of Listener records, each with its .listener */
			etstate = w;
			pi->emitter = u;
			continue;
		} else if (u == etstate && e->type == STORE_HEAP_PROPERTY && !strcmp(name, "events")) {
			events = w;
			et_list = 1;
			continue;
		} else if (et_list && u == list && e->type == STORE_HEAP_PROPERTY &&
		    !strcmp(name, "next")) {
			list = w;	/* the next record of the list */
			continue;
		} else if (u == events) {
			sb_put(&b, " → '");
			sb_put(&b, name);
			sb_put(&b, "' listeners");
			list = w;
			pi->list = w;
			pi->listener = 1;
			pi->event = name;
			if (g->nodes[w].type == STORE_HEAP_CLOSURE)
				put_node(x, &b, w, 0);
			continue;
		} else if (u == list) {
			put_node(x, &b, w, 0);
			continue;
		} else {
			step_of(x, g, u, is_dict(x, g, u), e, &abs);
			if (abs) {
				sb_put(&b, "[]");
			} else {
				sb_put(&b, anchor == A_GLOBAL && first ? "." : " → ");
				/* a bound function's parts, by V8's names */
				const char *sym = symbol_step(x, g, e);
				sb_put(&b, sym ? sym : !strcmp(name, "__BoundArguments__") ? "bound_arguments" :
					!strcmp(name, "__BoundThis__") ? "bound_this" :
					!strcmp(name, "__TargetFunction__") ? "bound_function" :
					!strcmp(name, "__abortController") ? "signal" : name);
				named = 1;
			}
		}
		first = 0;
		put_node(x, &b, w, named);
	}
	free(nodes);
	if (b.oom) {
		free(b.p);
		return NULL;
	}
	return b.p;
}

/* ---- building the report ---- */

static int leak_cmp(const void *a, const void *b)
{
	const an_leak *x = a, *y = b;
	return x->growth_bytes < y->growth_bytes ? 1 : x->growth_bytes > y->growth_bytes ? -1 :
		strcmp(x->path ? x->path : "", y->path ? y->path : "");
}

/* Whether object u is a promise's reaction record (runtime/lib/internal/promise.js's
 * performThen: f, r, d, c, n, and x, k, a — one-letter fields only). */
static int is_reaction(const store_heap *g, uint32_t u)
{
	uint32_t e;
	int props = 0;
	for (e = g->nodes[u].first_edge; e < g->nodes[u].first_edge + g->nodes[u].edge_count; e++) {
		const char *nm = store_heap_str(g, g->edges[e].name);
		if (g->edges[e].type != STORE_HEAP_PROPERTY || !strcmp(nm, "__proto__"))
			continue;
		if (!nm[0] || nm[1] || !strchr("frdcnxka", nm[0]))
			return 0;
		props++;
	}
	return props > 0;
}

/* Key k is a reaction's handler (f, r): the function given to then(), or the runtime's
 * await continuation. */
static int reaction_handler_step(const ctx *x, uint32_t k)
{
	const char *st = x->keys[k].step;
	return x->keys[k].etype == STORE_HEAP_PROPERTY && (!strcmp(st, "f") || !strcmp(st, "r"));
}

/* Key k is what a reaction keeps of the then() call rather than of its handlers: the
 * derived promise's record (d), a foreign capability (c), the async context frame (x).
 * V8 keeps a JSPromise of 32 bytes there; here a derived promise and its record weigh
 * as much as a small closure and its scope (about 800 bytes), so a handler weighed
 * against them alone fell below half of the reaction's growth once arrows and methods
 * lost their 'prototype' object (mujs patch 0116), and the path stopped at
 * "reactions[]". */
static int reaction_record_step(const ctx *x, uint32_t k)
{
	const char *st = x->keys[k].step;
	return x->keys[k].etype == STORE_HEAP_PROPERTY &&
		(!strcmp(st, "d") || !strcmp(st, "c") || !strcmp(st, "x"));
}

/* Whether key k is reached from an app's own anchor (a module's scope, the global
 * object) rather than from a runtime holder (the handle slots, the timer lists). */
static int from_app_anchor(const ctx *x, uint32_t k)
{
	while (k != 0 && x->keys[k].parent != 0)
		k = x->keys[k].parent;
	return k != 0 && (x->keys[k].step == x->s_global || !strncmp(x->keys[k].step, "module ", 7));
}

/* The key to render: past the holder into what grows, while one child carries most of
 * the growth (a listener's closure and its scope, a Timeout's callback). */
static uint32_t extend(const ctx *x, uint32_t k)
{
	size_t ns = x->ns, c;
	int steps, into_scope = 0;
	uint32_t rep, prep;
	for (steps = 0; steps < EXTEND_MAX; steps++) {
		int64_t best = -1, total = x->sub[(size_t)k * ns + ns - 1] - x->sub[(size_t)k * ns];
		int64_t kids = 0, then_rec = 0, hbest = 0;
		uint32_t bk = NONE, hk = NONE;
		int reaction = x->keys[k].rep != NONE && is_reaction(x->g, x->keys[k].rep);
		/* a Map's key object: what it holds is the key's, not the Map's */
		if (x->keys[k].etype == STORE_HEAP_INTERNAL && !strcmp(x->keys[k].step, "key"))
			break;
		for (c = (size_t)k + 1; c < x->nkeys; c++) {
			int64_t gr;
			if (x->keys[c].parent != k || x->keys[c].rep == NONE)
				continue;
			/* never into a runtime's function under an app's property or variable
			 * (a promise's resolve kept in an app's record): what it keeps is the
			 * runtime's, not what the app piles up; a pending promise's reaction
			 * leads on to what awaits it */
			if (x->g->nodes[x->keys[c].rep].type == STORE_HEAP_CLOSURE &&
			    (x->g->nodes[x->keys[c].rep].flags & STORE_HEAP_F_INTERNAL) &&
			    (x->keys[c].etype == STORE_HEAP_PROPERTY ||
			     x->keys[c].etype == STORE_HEAP_CONTEXT) && x->keys[k].rep != NONE &&
			    !is_reaction(x->g, x->keys[k].rep))
				continue;
			gr = x->sub[c * ns + ns - 1] - x->sub[c * ns];
			kids += gr;
			if (reaction && reaction_record_step(x, (uint32_t)c))
				then_rec += gr;
			if (reaction && reaction_handler_step(x, (uint32_t)c) && gr > hbest) {
				hbest = gr;
				hk = (uint32_t)c;
			}
			if (gr > best) {
				best = gr;
				bk = (uint32_t)c;
			}
		}
		/* a pending reaction's growing handler (a function made per then(): the
		 * app's closure, or the await continuation) is what the path goes into,
		 * weighed against what else the reaction keeps, not against the reaction
		 * itself and the promise then() derived: those are the runtime's record of
		 * the call, one per reaction whatever the handler keeps. A handler that
		 * does not grow (one function for every then()) leaves the choice to the
		 * rest (a derived promise whose own reactions grow). */
		if (hk != NONE) {
			bk = hk;
			best = hbest;
			total = kids - then_rec;
		}
		if (bk == NONE || best * 2 < total || best <= 0 || is_fn_prototype(x, bk))
			break;
		/* an app's object kept as an item of a collection (a Span in a Map, a
		 * Readable in an array) is what piles up: its own fields (#attributes, a
		 * stream's _readableState, an error's stack) are its, not the path; a
		 * function it keeps (a generator's body, a Timeout's _onTimeout) still
		 * shows what that keeps, and so does an engine link (a down-leveled
		 * generator's state); a runtime holder's item (a handle slot's
		 * StreamHandle) leads on to what the app knows (its owner, a Socket) */
		rep = x->keys[k].rep;
		if (rep != NONE && x->keys[k].etype == STORE_HEAP_ELEMENT && from_app_anchor(x, k) &&
		    x->keys[bk].etype != STORE_HEAP_INTERNAL &&
		    x->g->nodes[rep].type == STORE_HEAP_OBJECT &&
		    !(x->g->nodes[rep].flags & STORE_HEAP_F_INTERNAL) &&
		    !(sflags(x, x->g, x->g->nodes[rep].name) & S_CONTEXT) &&
		    !is_reaction(x->g, rep) &&
		    x->g->nodes[x->keys[bk].rep].type != STORE_HEAP_CLOSURE)
			break;
		k = bk;
		if (into_scope)
			break;
		/* into a closure's scope: one variable further shows what the closure
		 * keeps (scope.req), the objects beyond it (its socket, a function on it)
		 * are that variable's, not the leak's */
		rep = x->keys[k].rep;
		prep = x->keys[x->keys[k].parent].rep;
		into_scope = rep != NONE && prep != NONE &&
			x->g->nodes[prep].type == STORE_HEAP_CLOSURE &&
			!(x->g->nodes[prep].flags & STORE_HEAP_F_INTERNAL) &&
			(sflags(x, x->g, x->g->nodes[rep].name) & S_CONTEXT);
	}
	return k;
}

/* The node that shows key k past its holder: one allocated since the baseline when the
 * key has any (the group's first node can be an old one — the listening server's handle
 * among the sockets that pile up beside it), else its first. */
static uint32_t shown_rep(const ctx *x, uint32_t k)
{
	const store_heap *g = x->g;
	uint32_t i, rep = x->keys[k].rep, best = NONE;
	if (rep == NONE || g->nodes[rep].id > x->base_max)
		return rep;
	uint32_t bd = UINT32_MAX;
	for (i = 0; i < g->nnodes; i++)
		if (x->kid[i] == k && g->nodes[i].id > x->base_max &&
		    !(g->nodes[i].flags & STORE_HEAP_F_INTERNAL)) {
			/* the nearest to the root whose path shows it (no link of a
			 * linked list followed twice) */
			uint32_t d = 0, u = i, chain[64], j;
			int folds = 0;
			while (u != NONE && u != 0 && d < bd && d < 64 && !folds) {
				for (j = 0; j < d; j++)
					folds |= x->kid[chain[j]] == x->kid[u];
				chain[d++] = u;
				u = x->pnode[u];
			}
			if (!folds && d < 64 && d < bd) {
				bd = d;
				best = i;
			}
		}
	return best != NONE ? best : rep;
}

static int make_leak(ctx *x, int64_t run, suspect *s, an_leak *l)
{
	size_t i, ns = x->ns;
	uint32_t grow = s->grow, target, hrep = x->keys[s->holder].rep;
	pathinfo hp, tp;

	char *hpath;
	int err = 0;

	l->per = calloc(ns, sizeof *l->per);
	if (!l->per)
		return AN_ENOMEM;
	for (i = 0; i < ns; i++) {
		l->per[i].count = s->items[i];
		l->per[i].bytes = s->items_b[i];
		l->per[i].retained = x->sub[(size_t)s->holder * ns + i];
	}
	l->growth_count = s->items[ns - 1] - s->items[0];
	l->growth_bytes = l->per[ns - 1].retained - l->per[0].retained;
	l->retained_bytes = l->per[ns - 1].retained;
	l->monotonic = trend(s->items, ns) == 1 &&
		trend(&x->sub[(size_t)s->holder * ns], ns) == 1;
	if (s->kind == 2)
		l->monotonic = trend(&x->sub[(size_t)s->holder * ns], ns) == 1;

	/* other paths to the same objects */
	for (i = 0; i < x->nsus; i++) {
		const suspect *o = &x->sus[i];
		size_t k;
		char **v;
		pathinfo op;
		if (!o->second_path || &x->sus[o->merged_into] != s ||
		    x->keys[o->holder].rep == NONE)
			continue;
		for (k = 0; k < ns; k++)
			l->per[k].retained += x->sub[(size_t)o->holder * ns + k];
		v = realloc(l->also, (l->nalso + 1) * sizeof *v);
		if (!v)
			return AN_ENOMEM;
		l->also = v;
		if (!(v[l->nalso] = render(x, x->keys[o->holder].rep, &op)))
			return AN_ENOMEM;
		l->nalso++;
	}
	l->growth_bytes = l->per[ns - 1].retained - l->per[0].retained;
	l->retained_bytes = l->per[ns - 1].retained;

	/* the holder's own path decides listener/global; the extended one is shown */
	if (hrep == NONE)
		return 0;
	hpath = render(x, hrep, &hp);
	if (!hpath)
		return AN_ENOMEM;
	/* what grows is functions: shown from the function, into what it keeps */
	target = extend(x, is_fn_prototype(x, grow) ? x->keys[grow].parent : grow);
	if (x->keys[target].rep == NONE)
		target = grow;
	if (x->keys[target].rep != NONE && target != s->holder) {
		l->path = render(x, shown_rep(x, target), &tp);
		if (!l->path) {
			free(hpath);
			return AN_ENOMEM;
		}
		free(hpath);
	} else {
		l->path = hpath;
	}
	{
		/* what grows: a collection, an array or an object (cache), or anything else —
		 * a string getting longer, flat or as a rope of pieces (other) */
		uint8_t t = x->g->nodes[hrep].type;
		l->category = t == STORE_HEAP_OBJECT || t == STORE_HEAP_ARRAY ||
			(t == STORE_HEAP_CLOSURE && s->kind == 1) ? AN_LEAK_CACHE : AN_LEAK_OTHER;
		/* a runtime holder's own list (open handles, pending requests: sockets
		 * never closed) is no collection of the app's */
		if (hp.anchor == A_ROOT && !hp.running)
			l->category = AN_LEAK_OTHER;
	}
	if (hp.list == hrep && s->kind == 1) {
		l->category = AN_LEAK_LISTENER;
		s->emitter = hp.emitter;
		l->event = strdup(hp.event);
		if (!l->event)
			return AN_ENOMEM;
	} else if (hp.anchor == A_GLOBAL) {
		l->category = AN_LEAK_GLOBAL;
	} else if ((s->nclos && app_file(store_heap_str(x->g, (uint32_t)s->clos[0].k1)) &&
		    s->clos[0].count * 2 >= s->new_closures &&
		    s->new_closures * 2 >= l->growth_count && s->new_closures > 0 && s->kind == 1) ||
		   hp.via_scope || ((hp.reactions || s->fn_items) && s->kind == 1)) {
		/* (a promise's reactions are callbacks, the runtime's own for race, all,
		 * a resolved thenable, and so are the runtime's functions on an app's
		 * list, a promise's resolve: what piles up there is closures) */
		l->category = AN_LEAK_CLOSURE;
	}

	/* sites: where the growing objects were made, where their closures were defined,
	 * where the listeners were added */
	if (l->category == AN_LEAK_LISTENER)
		err = listener_sites(x, l, run, hp.emitter != NONE && hp.listener ?
			(int64_t)x->g->nodes[hp.emitter].id : 0, l->event);
	for (i = 0; i < s->nalloc && !err; i++)
		err = frame_site(x, l, AN_SITE_ALLOC, s->alloc[i].k1, s->alloc[i].count);
	for (i = 0; i < s->nclos && i < 2 && !err; i++)
		err = site_push(l, AN_SITE_CLOSURE, store_heap_str(x->g, (uint32_t)s->clos[i].k1),
			"", (int)s->clos[i].k2 + 1, s->clos[i].count);
	/* nothing made on an app line (sockets the runtime's net module made): the
	 * runtime's line that made most of them says at least what they are */
	/* what grows in place (a dictionary gaining properties, a string getting longer):
	 * the line that made the object, new or not */
	if (!err && !l->nsites && s->kind == 2 && x->g->nodes[hrep].site)
		err = frame_site(x, l, AN_SITE_ALLOC, x->g->nodes[hrep].site, 1);
	if (!err && !l->nsites && s->nalloc) {
		hist *h = NULL;
		size_t nh = 0;
		uint32_t n, item = s->grow;
		while (x->keys[item].parent != s->holder && x->keys[item].parent != 0)
			item = x->keys[item].parent;
		if (x->keys[item].parent != s->holder)
			item = s->grow;
		for (n = 0; n < x->g->nnodes && !err; n++)
			if (x->kid[n] == item && x->g->nodes[n].site &&
			    x->g->nodes[n].id > x->base_max &&
			    hist_add(&h, &nh, x->g->nodes[n].site, 0))
				err = AN_ENOMEM;
		if (!err && nh) {
			qsort(h, nh, sizeof *h, hist_cmp);
			err = frame_site(x, l, AN_SITE_RUNTIME, h[0].k1, h[0].count);
		}
		free(h);
		if (!err && !l->nsites)
			err = frame_site(x, l, AN_SITE_RUNTIME, s->alloc[0].k1, s->alloc[0].count);
	}
	return err;
}

static const an_leak_site *listener_site(const an_leak *l)
{
	size_t i;
	for (i = 0; i < l->nsites; i++)
		if (l->sites[i].kind == AN_SITE_LISTENER)
			return &l->sites[i];
	return NULL;
}

static void leak_free(an_leak *k)
{
	size_t j;
	free(k->path);
	for (j = 0; j < k->nalso; j++)
		free(k->also[j]);
	free(k->also);
	free(k->event);
	free(k->per);
	for (j = 0; j < k->nsites; j++) {
		free(k->sites[j].file);
		free(k->sites[j].func);
	}
	free(k->sites);
	memset(k, 0, sizeof *k);
}

/* One leak seen as several listener lists: one emitter's lists for several events
 * that grow from the same registering line (a pipe() into a long-lived stream adds
 * 'error', 'close', 'finish' and 'unpipe' listeners; a helper that subscribes to a few
 * events) are one suspect, reported as its largest list with the others in `also`.
 * out->v[i] was made from the i-th unmerged suspect (emitters[i]). */
static int same_registration(ctx *x, an_leaks *out)
{
	size_t i, j, k, m = 0, ns = x->ns;
	uint32_t *em = malloc((out->n ? out->n : 1) * sizeof *em);
	if (!em)
		return AN_ENOMEM;
	for (i = 0; i < x->nsus; i++)
		if (x->sus[i].merged_into == -1)
			em[m++] = x->sus[i].emitter;
	for (i = 0; i < out->n; i++) {
		const an_leak_site *si;
		if (em[i] == NONE || !(si = listener_site(&out->v[i])))
			continue;
		for (j = i + 1; j < out->n; j++) {
			an_leak *a, *b, t;
			const an_leak_site *sj;
			char **v;
			if (em[j] != em[i] || !(sj = listener_site(&out->v[j])) ||
			    sj->line != si->line || strcmp(sj->file, si->file))
				continue;
			a = &out->v[i];
			b = &out->v[j];
			if (b->growth_bytes > a->growth_bytes) {
				t = *a;
				*a = *b;
				*b = t;
			}
			v = realloc(a->also, (a->nalso + b->nalso + 1) * sizeof *v);
			if (!v) {
				free(em);
				return AN_ENOMEM;
			}
			a->also = v;
			a->also[a->nalso++] = b->path;
			b->path = NULL;
			for (k = 0; k < b->nalso; k++)
				a->also[a->nalso++] = b->also[k];
			b->nalso = 0;
			for (k = 0; k < ns; k++) {
				a->per[k].count += b->per[k].count;
				a->per[k].bytes += b->per[k].bytes;
				a->per[k].retained += b->per[k].retained;
			}
			a->growth_count += b->growth_count;
			a->growth_bytes = a->per[ns - 1].retained - a->per[0].retained;
			a->retained_bytes = a->per[ns - 1].retained;
			a->monotonic = a->monotonic && b->monotonic;
			leak_free(b);
			memmove(b, b + 1, (out->n - j - 1) * sizeof *b);
			memmove(&em[j], &em[j + 1], (out->n - j - 1) * sizeof *em);
			out->n--;
			j--;
			si = listener_site(a);
			if (!si)
				break;
		}
	}
	free(em);
	return 0;
}

static int build(ctx *x, int64_t run, an_leaks *out)
{
	size_t i;
	int64_t total = 0;
	int err = 0;
	for (i = 0; i < x->nsus; i++)
		if (x->sus[i].merged_into == -1)
			out->n++;
	out->v = calloc(out->n ? out->n : 1, sizeof *out->v);
	if (!out->v)
		return AN_ENOMEM;
	out->n = 0;
	for (i = 0; i < x->nsus && !err; i++) {
		suspect *s = &x->sus[i];
		if (s->merged_into != -1)
			continue;
		err = make_leak(x, run, s, &out->v[out->n++]);
	}
	if (err)
		return err;
	if ((err = same_registration(x, out)))
		return err;
	for (i = 0; i < out->n; i++)
		total += out->v[i].growth_bytes > 0 ? out->v[i].growth_bytes : 0;
	for (i = 0; i < out->n; i++)
		out->v[i].score = total > 0 && out->v[i].growth_bytes > 0 ?
			(double)out->v[i].growth_bytes / (double)total : 0;
	qsort(out->v, out->n, sizeof *out->v, leak_cmp);
	return 0;
}

int an_leak_snapshots(an_db *db, int64_t *run, int64_t **ids, size_t *n)
{
	sqlite3_stmt *st;
	size_t cap = 0;
	int last_exit = 0;
	*ids = NULL;
	*n = 0;
	if (!*run)
		*run = an__int(db, "SELECT max(run_id) FROM snapshots WHERE state = 1", -1, 0);
	if (!*run)
		return AN_ENORUNS;
	st = an__prepare(db, "SELECT id, coalesce(trigger = 'exit', 0) FROM snapshots"
		" WHERE state = 1 AND run_id = ?1 ORDER BY id", *run);
	if (!st)
		return AN_ESQL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (an__grow(ids, &cap, *n + 1, sizeof **ids)) {
			sqlite3_finalize(st);
			return AN_ENOMEM;
		}
		(*ids)[(*n)++] = sqlite3_column_int64(st, 0);
		last_exit = sqlite3_column_int(st, 1);
	}
	sqlite3_finalize(st);
	/* the snapshot at exit is taken once the app's work is over and its top level
	 * released: with three or more taken while it ran, it tells how the app ended,
	 * not what grew while it ran */
	if (last_exit && *n >= 4)
		(*n)--;
	return 0;
}

static void ctx_free(ctx *x)
{
	size_t i;
	for (i = 0; i < x->nsus; i++) {
		free(x->sus[i].items);
		free(x->sus[i].items_b);
		free(x->sus[i].alloc);
		free(x->sus[i].clos);
	}
	free(x->sus);
	free(x->keys);
	free(x->cnt);
	free(x->byt);
	free(x->sub);
	free(x->kid);
	free(x->pnode);
	free(x->pedge);
	free(x->loc);
	free(x->sfl);
	free(x->sint);
	an__hset_free(&x->kset);
	an__pool_free(&x->pool);
	if (x->g && !x->g_lent)
		store_heap_free(x->g);
}

int an_leaks_find(an_db *db, const int64_t *snaps, size_t n, const an_leak_opts *o,
	an_leaks *out)
{
	ctx x;
	size_t i;
	int err = 0;
	int64_t run = 0, min_bytes = o && o->min_bytes > 0 ? o->min_bytes : 1024;

	memset(out, 0, sizeof *out);
	if (n < 2)
		return STORE_EINVAL;
	memset(&x, 0, sizeof x);
	x.db = db;
	x.ns = n;
	x.s_elem = an__pstr(&x.pool, "[]");
	x.s_proto = an__pstr(&x.pool, "__proto__");
	x.s_global = an__pstr(&x.pool, "(global object)");
	if (!x.s_elem || !x.s_proto || !x.s_global || grow_series(&x, 1)) {
		ctx_free(&x);
		return AN_ENOMEM;
	}
	memset(&x.keys[0], 0, sizeof x.keys[0]);
	x.keys[0].step = an__pstr(&x.pool, "(root)");
	x.keys[0].rep = NONE;
	x.keys[0].sus = -1;
	x.nkeys = 1;
	out->snapshots = malloc(n * sizeof *out->snapshots);
	if (!out->snapshots) {
		ctx_free(&x);
		return AN_ENOMEM;
	}
	for (i = 0; i < n && !err; i++) {
		store_heap *g;
		int64_t r;
		int lent;
		out->snapshots[i] = snaps[i];
		if (o && o->progress)
			o->progress(o->ud, (int)i, (int)n);
		lent = o && o->graphs && o->graphs[i];
		if (lent)
			g = o->graphs[i];
		else if ((err = store_heap_load(an_sqlite(db), snaps[i], &g)))
			break;
		r = an__int(db, "SELECT run_id FROM snapshots WHERE id = ?1", snaps[i], 0);
		if (i == n - 1)
			x.t_last = an__int(db, "SELECT t_us FROM snapshots WHERE id = ?1", snaps[i], 0);
		if (i == 0) {
			run = r;
			x.base_max = g->max_id;
			x.t_first = an__int(db, "SELECT t_us FROM snapshots WHERE id = ?1", snaps[i], 0);
		} else if (r != run) {
			if (!lent)
				store_heap_free(g);
			err = STORE_EINVAL;
			break;
		}
		err = walk(&x, g, i, i == n - 1);
		if (i == n - 1 && !err) {
			x.g = g;
			x.g_lent = lent;
		} else if (!lent) {
			store_heap_free(g);
		}
	}
	out->nsnapshots = n;
	out->run = run;
	out->baseline_max_id = (int64_t)x.base_max;
	if (!err)
		err = find_suspects(&x, min_bytes);
	if (!err)
		err = collect_sites(&x);
	if (!err)
		err = build(&x, run, out);
	if (o && o->progress)
		o->progress(o->ud, (int)n, (int)n);
	ctx_free(&x);
	if (err)
		an_leaks_free(out);
	return err;
}

void an_leaks_free(an_leaks *l)
{
	size_t i;
	for (i = 0; l->v && i < l->n; i++)
		leak_free(&l->v[i]);
	free(l->v);
	free(l->snapshots);
	memset(l, 0, sizeof *l);
}

const char *an_leak_site_text(const an_leak_site *s, char *buf, size_t size)
{
	snprintf(buf, size, "%s:%d", base_name(s->file), s->line);
	return buf;
}

json_t *an_leaks_json(const an_leaks *l)
{
	static const char *kinds[] = { "allocation", "closure", "listener" };
	json_t *j = json_object(), *snaps = json_array(), *leaks = json_array();
	size_t i, k;
	char buf[512];
	if (!j || !snaps || !leaks) {
		json_decref(j);
		json_decref(snaps);
		json_decref(leaks);
		return NULL;
	}
	json_object_set_new(j, "command", json_string("diff"));
	json_object_set_new(j, "version", json_integer(AN_LEAK_VERSION));
	json_object_set_new(j, "run", json_integer(l->run));
	for (i = 0; i < l->nsnapshots; i++)
		json_array_append_new(snaps, json_integer(l->snapshots[i]));
	json_object_set_new(j, "snapshots", snaps);
	for (i = 0; i < l->n; i++) {
		const an_leak *e = &l->v[i];
		json_t *o = json_object(), *per = json_array(), *sites = json_array();
		json_object_set_new(o, "category", json_string(an_leak_category_name(e->category)));
		json_object_set_new(o, "path", an__jstr(e->path));
		if (e->nalso) {
			json_t *p = json_array();
			for (k = 0; k < e->nalso; k++)
				json_array_append_new(p, an__jstr(e->also[k]));
			json_object_set_new(o, "also_reached_through", p);
		}
		json_object_set_new(o, "site", e->nsites ?
			json_string(an_leak_site_text(&e->sites[0], buf, sizeof buf)) : json_null());
		for (k = 0; k < e->nsites; k++)
			json_array_append_new(sites, json_pack("{s:s, s:o, s:i, s:o, s:I}",
				"kind", kinds[e->sites[k].kind], "file", an__jstr(e->sites[k].file),
				"line", e->sites[k].line, "function", an__jstr(e->sites[k].func),
				"count", (json_int_t)e->sites[k].count));
		json_object_set_new(o, "sites", sites);
		if (e->event)
			json_object_set_new(o, "event", an__jstr(e->event));
		json_object_set_new(o, "growth_bytes", json_integer(e->growth_bytes));
		json_object_set_new(o, "growth_count", json_integer(e->growth_count));
		for (k = 0; k < l->nsnapshots; k++)
			json_array_append_new(per, json_pack("{s:I, s:I, s:I, s:I}",
				"snapshot", (json_int_t)l->snapshots[k],
				"count", (json_int_t)e->per[k].count,
				"bytes", (json_int_t)e->per[k].bytes,
				"retained_bytes", (json_int_t)e->per[k].retained));
		json_object_set_new(o, "per_snapshot", per);
		json_object_set_new(o, "monotonic", json_boolean(e->monotonic));
		json_object_set_new(o, "retained_bytes", json_integer(e->retained_bytes));
		json_object_set_new(o, "score", json_real(e->score));
		json_array_append_new(leaks, o);
	}
	json_object_set_new(j, "leaks", leaks);
	return j;
}
