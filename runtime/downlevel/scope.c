/* scope.c — name resolution for the transforms, run only on files that need lowering.
 *
 * Three walks over the AST:
 *  1. declare: builds the scope tree (functions, blocks, loop heads, catch clauses,
 *     classes, field initializers) and its bindings, var and function hoisted to the
 *     function scope, let/const/class in their block;
 *  2. resolve: points every identifier reference at its binding (NULL: global), and
 *     records what the ES5 output needs: `this`/`arguments` read by arrows (a temp in
 *     the enclosing function), use before initialization in the same function (TDZ),
 *     writes to const, bindings captured by closures;
 *  3. finalize: decides renames and per-iteration loop functions, then marks every node
 *     whose printing changed with DL__F_MODERN (and its ancestors), so the emitter
 *     copies the rest verbatim.
 *
 * let/const become var. A block-level binding keeps its name unless hoisting it to the
 * function would clash: another declaration of the name in the same function, or a
 * reference in the function (or one nested in it) that means an outer binding of that
 * name. Then it becomes name$N. Lookups use one hash table keyed by (scope, name). */
#include <stdio.h>
#include <string.h>

#include "internal.h"

typedef struct entry {
	const void *scope;
	const char *name;
	uint32_t len;
	uint32_t count;		/* declarations of the name in that function */
	int pass;		/* a reference in the function means an outer binding */
	dl__binding *b;
} entry;

typedef struct table {
	entry *e;
	uint32_t cap, n;
} table;

typedef struct sc {
	dl__ctx *c;
	table bind;		/* (scope, name) -> binding */
	table fnames;		/* (function scope, name) -> counts */
	dl__binding *blocklex;	/* block-level let/const/class, for rename decisions */
	dl__binding **blocklex_tail;
} sc;

static uint32_t name_hash(const char *s, uint32_t n)
{
	uint32_t h = 2166136261u, i;
	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* (scope, name) from the name's hash, so a lookup up the scope chain hashes the name once */
static uint32_t mix(const void *scope, uint32_t nh)
{
	uint32_t h = nh ^ (uint32_t)((uintptr_t)scope >> 4) * 0x9E3779B1u;
	return h ^ (h >> 15);
}

static uint32_t hash(const void *scope, const char *s, uint32_t n)
{
	return mix(scope, name_hash(s, n));
}

static entry *lookup_h(sc *s, table *t, const void *scope, const char *name, uint32_t len, int create, uint32_t nh);

static entry *lookup(sc *s, table *t, const void *scope, const char *name, uint32_t len, int create)
{
	return lookup_h(s, t, scope, name, len, create, name_hash(name, len));
}

static entry *lookup_h(sc *s, table *t, const void *scope, const char *name, uint32_t len, int create, uint32_t nh)
{
	uint32_t h, i;
	if (create && (t->n + 1) * 2 > t->cap) {
		table nt;
		uint32_t k;
		nt.cap = t->cap ? t->cap * 2 : 256;
		nt.n = t->n;
		nt.e = dl__alloc(&s->c->arena, nt.cap * sizeof(entry));
		for (k = 0; k < t->cap; k++) {
			entry *o = &t->e[k];
			if (!o->name)
				continue;
			i = hash(o->scope, o->name, o->len) & (nt.cap - 1);
			while (nt.e[i].name)
				i = (i + 1) & (nt.cap - 1);
			nt.e[i] = *o;
		}
		*t = nt;
	}
	if (!t->cap)
		return NULL;
	h = mix(scope, nh);
	for (i = h & (t->cap - 1); t->e[i].name; i = (i + 1) & (t->cap - 1)) {
		entry *e = &t->e[i];
		if (e->scope == scope && e->len == len && memcmp(e->name, name, len) == 0)
			return e;
	}
	if (!create)
		return NULL;
	t->n++;
	t->e[i].scope = scope;
	t->e[i].name = name;
	t->e[i].len = len;
	return &t->e[i];
}

static const char *name_of(sc *s, dl__node *id)
{
	return s->c->src + id->start;
}

static uint32_t len_of(dl__node *id)
{
	return id->end - id->start;
}

static dl__scope *new_scope(sc *s, dl__scope *parent, dl__node *node, int is_func)
{
	dl__scope *x = dl__alloc(&s->c->arena, sizeof *x);
	x->parent = parent;
	x->node = node;
	x->is_func = is_func;
	x->func = is_func ? x : parent->func;
	node->u.scope = x;
	return x;
}

static uint32_t new_temp(dl__ctx *c)
{
	return ++c->ntemp;
}

/* ---- 1. declare ---- */

static dl__binding *declare_name(sc *s, dl__scope *scope, dl__node *id, int kind, uint32_t decl_pos)
{
	const char *name = name_of(s, id);
	uint32_t len = len_of(id);
	entry *e = lookup(s, &s->bind, scope, name, len, 1);
	entry *f;
	dl__binding *b = e->b;
	if (!b) {
		b = dl__alloc(&s->c->arena, sizeof *b);
		b->name = name;
		b->len = len;
		b->kind = kind;
		b->scope = scope;
		b->decl_pos = decl_pos;
		e->b = b;
		b->next = scope->bindings;
		scope->bindings = b;
		f = lookup(s, &s->fnames, scope->func, name, len, 1);
		f->count++;
		if ((kind == B_LET || kind == B_CONST || kind == B_CLASS) && !scope->is_func) {
			*s->blocklex_tail = b;
			s->blocklex_tail = &b->out_next;
		}
	}
	id->u.ref = b;
	return b;
}

/* pos: where the declaration is complete. Inside a pattern (pat_end != 0) a binding is
 * initialized at the end of its element (elem_end): a later element's default may read
 * it (const { a = 1, b = a * 2 } = o), its own default and the initializer may not. */
static void declare_pattern_in(sc *s, dl__scope *scope, dl__node *p, int kind, uint32_t pos,
	uint32_t elem_end, uint32_t pat_end)
{
	dl__node *x;
	dl__binding *b;
	if (!p)
		return;
	switch (p->kind) {
	case N_IDENT:
		b = declare_name(s, scope, p, kind, pos);
		if (pat_end) {
			b->elem_end = elem_end;
			b->pat_end = pat_end;
		}
		break;
	case N_ASSIGN_PAT:
		declare_pattern_in(s, scope, p->a, kind, pos, elem_end, pat_end);
		break;
	case N_REST:
		declare_pattern_in(s, scope, p->a, kind, pos, elem_end, pat_end);
		break;
	case N_ARR_PAT:
		if (!pat_end)
			pat_end = p->end;
		for (x = p->a; x; x = x->next)
			declare_pattern_in(s, scope, x, kind, pos, x->end, pat_end);
		break;
	case N_OBJ_PAT:
		if (!pat_end)
			pat_end = p->end;
		for (x = p->a; x; x = x->next)
			declare_pattern_in(s, scope, x->kind == N_REST ? x : x->b, kind, pos, x->end, pat_end);
		break;
	default:
		break;
	}
}

static void declare_pattern(sc *s, dl__scope *scope, dl__node *p, int kind, uint32_t pos)
{
	declare_pattern_in(s, scope, p, kind, pos, 0, 0);
}

static void declare(sc *s, dl__node *n, dl__scope *scope);

static void declare_list(sc *s, dl__node *n, dl__scope *scope)
{
	for (; n; n = n->next)
		declare(s, n, scope);
}

static void declare_function(sc *s, dl__node *n, dl__scope *scope)
{
	dl__scope *f = new_scope(s, scope, n, 1);
	dl__node *p;
	f->is_arrow = n->kind == N_ARROW;
	if (n->kind == N_FUNC_EXPR && n->a)
		declare_name(s, f, n->a, B_FUNC, n->start);
	for (p = n->b; p; p = p->next) {
		declare_pattern(s, f, p, B_PARAM, 0);
		declare(s, p, f);	/* defaults may hold functions */
	}
	if (n->c && n->c->kind == N_BLOCK && !(n->flags & DL__F_EXPR_BODY)) {
		n->c->u.scope = f;
		declare_list(s, n->c->a, f);
	} else {
		declare(s, n->c, f);
	}
}

static void declare(sc *s, dl__node *n, dl__scope *scope)
{
	dl__scope *x;
	if (!n)
		return;
	switch (n->kind) {
	case N_FUNC_DECL:
		if (n->a)
			declare_name(s, scope->func, n->a, B_FUNC, 0);
		declare_function(s, n, scope);
		return;
	case N_FUNC_EXPR: case N_ARROW:
		declare_function(s, n, scope);
		return;
	case N_VAR: {
		dl__node *d;
		int kind = n->op == K_VAR ? B_VAR : n->op == K_LET ? B_LET : B_CONST;
		for (d = n->a; d; d = d->next) {
			declare_pattern(s, kind == B_VAR ? scope->func : scope, d->a, kind, d->end);
			declare(s, d->a, scope);
			declare(s, d->b, scope);
		}
		return;
	}
	case N_PROPERTY:
		if (n->flags & DL__F_COMPUTED)
			declare(s, n->a, scope);
		declare(s, n->b, scope);
		/* a method's function knows its key (the name of lower_generator.c's inner
		 * function) */
		if ((n->flags & DL__F_METHOD) && !(n->flags & DL__F_COMPUTED) && n->a->kind == N_IDENT &&
		    n->b->kind == N_FUNC_EXPR && n->b->u.scope)
			n->b->u.scope->method_key = n->a;
		return;
	case N_CLASS_DECL: case N_CLASS_EXPR: {
		dl__node *m;
		if (n->kind == N_CLASS_DECL && n->a)
			declare_name(s, scope, n->a, B_CLASS, n->end);
		x = new_scope(s, scope, n, 0);
		if (n->kind == N_CLASS_EXPR && n->a)
			declare_name(s, x, n->a, B_CLASS_INNER, n->start);
		declare(s, n->b, scope);
		for (m = n->c; m; m = m->next) {
			if (m->flags & DL__F_COMPUTED)
				declare(s, m->a, x);
			if (m->kind == N_METHOD) {
				declare(s, m->b, x);
				if (!(m->flags & DL__F_COMPUTED) && m->a->kind == N_IDENT)
					m->b->u.scope->method_key = m->a;
				if ((m->flags & DL__F_CTOR) && n->b) {
					m->b->u.scope->derived_ctor = 1;
					m->b->u.scope->this_id = new_temp(s->c);
				}
			} else if (m->kind == N_FIELD || m->kind == N_STATIC_BLOCK) {
				/* an initializer runs as a method of its own */
				dl__scope *f = new_scope(s, x, m, 1);
				if (m->kind == N_FIELD)
					declare(s, m->b, f);
				else
					declare_list(s, m->a->a, f);
			}
		}
		return;
	}
	case N_BLOCK:
		x = new_scope(s, scope, n, 0);
		declare_list(s, n->a, x);
		return;
	case N_FOR: case N_FOR_IN: case N_FOR_OF: case N_WHILE: case N_DO_WHILE:
		x = new_scope(s, scope, n, 0);
		declare(s, n->a, x);
		declare(s, n->b, x);
		declare(s, n->c, x);
		declare(s, n->d, x);
		return;
	case N_SWITCH:
		declare(s, n->a, scope);
		x = new_scope(s, scope, n, 0);
		declare_list(s, n->b, x);
		return;
	case N_CASE:
		declare(s, n->a, scope);
		declare_list(s, n->b, scope);
		return;
	case N_IMPORT: {
		dl__node *sp;
		for (sp = n->a; sp; sp = sp->next)
			dl__module_import(s->c, sp, declare_name(s, scope, sp->b, B_IMPORT, 0));
		return;
	}
	case N_TRY:
		declare(s, n->a, scope);
		if (n->c) {
			x = new_scope(s, scope, n->c, 0);
			declare_pattern(s, x, n->b, B_CATCH, 0);
			declare(s, n->b, x);
			declare_list(s, n->c->a, x);
		}
		declare(s, n->d, scope);
		return;
	default:
		break;
	}
	{
		dl__node *k;
		for (k = n->a; k; k = k->next)
			declare(s, k, scope);
		for (k = n->b; k; k = k->next)
			declare(s, k, scope);
		for (k = n->c; k; k = k->next)
			declare(s, k, scope);
		for (k = n->d; k; k = k->next)
			declare(s, k, scope);
	}
}

/* ---- 2. resolve ---- */

static dl__scope *nonarrow(dl__scope *f)
{
	while (f->is_arrow && f->parent)
		f = f->parent->func;
	return f;
}

static void ref(sc *s, dl__node *id, dl__scope *scope, int write)
{
	const char *name = name_of(s, id);
	uint32_t len = len_of(id);
	dl__scope *x, *f;
	dl__binding *b = NULL;
	uint32_t nh = name_hash(name, len);
	for (x = scope; x; x = x->parent) {
		entry *e = lookup_h(s, &s->bind, x, name, len, 0, nh);
		if (e) {
			b = e->b;
			break;
		}
	}
	id->u.ref = b;
	/* functions between the reference and the binding see a name from outside */
	for (f = scope->func; f && (!b || f != b->scope->func); f = f->parent ? f->parent->func : NULL) {
		if (f->method_key && len_of(f->method_key) == len &&
		    memcmp(name_of(s, f->method_key), name, len) == 0)
			f->node->flags |= DL__F_NAME_UNSAFE;
		if (f->has_block_lex) {
			entry *e = lookup(s, &s->fnames, f, name, len, 1);
			e->pass = 1;
		}
	}
	if (!b) {
		if (len == 9 && memcmp(name, "arguments", 9) == 0 && scope->func->is_arrow) {
			dl__scope *g = nonarrow(scope->func);
			if (g->node->kind != N_PROGRAM) {
				if (!g->args_id)
					g->args_id = new_temp(s->c);
				id->temp = g->args_id;
			}
		}
		return;
	}
	if (b->scope->func != scope->func)
		b->captured = 1;
	if ((b->kind == B_LET || b->kind == B_CONST || b->kind == B_CLASS) &&
	    b->scope->func == scope->func && id->start < b->decl_pos &&
	    !(b->pat_end && id->start >= b->elem_end && id->start < b->pat_end))
		id->op = 1;	/* TDZ */
	else if (write && (b->kind == B_CONST || b->kind == B_CLASS_INNER || b->kind == B_IMPORT))
		id->op = 2;	/* assignment to a constant */
	if (write) {
		b->assigned = 1;
		b->last_write = id->start;
	}
}

static void resolve(sc *s, dl__node *n, dl__scope *scope);

static void resolve_list(sc *s, dl__node *n, dl__scope *scope)
{
	for (; n; n = n->next)
		resolve(s, n, scope);
}

/* a pattern: binding names are declarations (already resolved) or, for assignment
 * patterns, write references; defaults and computed keys are reads */
static void resolve_pattern(sc *s, dl__node *p, dl__scope *scope, int write)
{
	dl__node *x;
	if (!p)
		return;
	switch (p->kind) {
	case N_IDENT:
		if (write)
			ref(s, p, scope, 1);
		return;
	case N_PAREN:
		resolve_pattern(s, p->a, scope, write);
		return;
	case N_ASSIGN_PAT:
		resolve_pattern(s, p->a, scope, write);
		resolve(s, p->b, scope);
		return;
	case N_REST:
		resolve_pattern(s, p->a, scope, write);
		return;
	case N_ARR_PAT:
		for (x = p->a; x; x = x->next)
			resolve_pattern(s, x, scope, write);
		return;
	case N_OBJ_PAT:
		for (x = p->a; x; x = x->next) {
			if (x->kind == N_REST) {
				resolve_pattern(s, x->a, scope, write);
				continue;
			}
			if (x->flags & DL__F_COMPUTED)
				resolve(s, x->a, scope);
			resolve_pattern(s, x->b, scope, write);
		}
		return;
	default:
		resolve(s, p, scope);
	}
}

static void resolve_this(sc *s, dl__node *n, dl__scope *scope)
{
	dl__scope *f = scope->func, *g = nonarrow(f);
	if (g->derived_ctor || (f->is_arrow && g->node->kind != N_PROGRAM)) {
		if (!g->this_id)
			g->this_id = new_temp(s->c);
		n->temp = g->this_id;
	} else if (f->is_arrow) {
		/* top level: `this` is the same everywhere in the program */
		if (!g->this_id)
			g->this_id = new_temp(s->c);
		n->temp = g->this_id;
	}
}

static void resolve(sc *s, dl__node *n, dl__scope *scope)
{
	dl__node *x;
	if (!n)
		return;
	switch (n->kind) {
	case N_IDENT:
		ref(s, n, scope, 0);
		return;
	case N_SUPER:
		nonarrow(scope->func)->node->flags |= DL__F_USES_SUPER;
		resolve_this(s, n, scope);
		return;
	case N_THIS:
		resolve_this(s, n, scope);
		return;
	case N_LITERAL: case N_NUMBER: case N_PRIVATE_NAME: case N_META: case N_HOLE:
	case N_DEBUGGER: case N_EMPTY: case N_BREAK: case N_CONTINUE:
		return;
	case N_FUNC_DECL: case N_FUNC_EXPR: case N_ARROW: {
		dl__scope *f = n->u.scope;
		for (x = n->b; x; x = x->next)
			resolve_pattern(s, x, f, 0);
		if (n->c && n->c->kind == N_BLOCK && !(n->flags & DL__F_EXPR_BODY))
			resolve_list(s, n->c->a, f);
		else
			resolve(s, n->c, f);
		return;
	}
	case N_CLASS_DECL: case N_CLASS_EXPR: {
		dl__scope *cs = n->u.scope;
		resolve(s, n->b, scope);
		for (x = n->c; x; x = x->next) {
			if (x->flags & DL__F_COMPUTED)
				resolve(s, x->a, cs);
			if (x->kind == N_METHOD)
				resolve(s, x->b, cs);
			else if (x->kind == N_FIELD)
				resolve(s, x->b, x->u.scope);
			else if (x->kind == N_STATIC_BLOCK)
				resolve_list(s, x->a->a, x->u.scope);
		}
		return;
	}
	case N_VAR:
		for (x = n->a; x; x = x->next) {
			resolve_pattern(s, x->a, scope, 0);
			resolve(s, x->b, scope);
		}
		return;
	case N_BLOCK:
		resolve_list(s, n->a, n->u.scope ? n->u.scope : scope);
		return;
	case N_FOR: case N_FOR_IN: case N_FOR_OF: case N_WHILE: case N_DO_WHILE: {
		dl__scope *ls = n->u.scope;
		if ((n->kind == N_FOR_IN || n->kind == N_FOR_OF) && n->a->kind != N_VAR)
			resolve_pattern(s, n->a, ls, 1);
		else
			resolve(s, n->a, ls);
		resolve(s, n->b, ls);
		resolve(s, n->c, ls);
		resolve(s, n->d, ls);
		return;
	}
	case N_SWITCH:
		resolve(s, n->a, scope);
		resolve_list(s, n->b, n->u.scope);
		return;
	case N_TRY:
		resolve(s, n->a, scope);
		if (n->c) {
			resolve_pattern(s, n->b, n->c->u.scope, 0);
			resolve_list(s, n->c->a, n->c->u.scope);
		}
		resolve(s, n->d, scope);
		return;
	case N_LABELED:
		resolve(s, n->d, scope);
		return;
	case N_MEMBER:
		resolve(s, n->a, scope);
		if (n->flags & DL__F_COMPUTED)
			resolve(s, n->b, scope);
		return;
	case N_PROPERTY:
		if (n->flags & DL__F_COMPUTED)
			resolve(s, n->a, scope);
		resolve(s, n->b, scope);
		return;
	case N_ASSIGN:
		if (n->a->kind == N_OBJ_PAT || n->a->kind == N_ARR_PAT)
			resolve_pattern(s, n->a, scope, 1);
		else {
			dl__node *t = dl__unparen(n->a);
			if (t->kind == N_IDENT)
				ref(s, t, scope, 1);
			else
				resolve(s, n->a, scope);
		}
		resolve(s, n->b, scope);
		return;
	case N_UPDATE: {
		dl__node *t = dl__unparen(n->a);
		if (t->kind == N_IDENT)
			ref(s, t, scope, 1);
		else
			resolve(s, n->a, scope);
		return;
	}
	case N_IMPORT: case N_SPECIFIER:
		return;
	case N_EXPORT:
		if (!n->c && n->op != T_STAR)	/* export {x}: x is a local name */
			for (x = n->a; x; x = x->next)
				if (x->a->kind == N_IDENT)
					ref(s, x->a, scope, 0);
		resolve(s, n->b, scope);
		resolve(s, n->c, scope);
		return;
	default:
		break;
	}
	for (x = n->a; x; x = x->next)
		resolve(s, x, scope);
	for (x = n->b; x; x = x->next)
		resolve(s, x, scope);
	for (x = n->c; x; x = x->next)
		resolve(s, x, scope);
	for (x = n->d; x; x = x->next)
		resolve(s, x, scope);
}

/* ---- 3. finalize ---- */

static int is_loop(dl__node *n)
{
	return n->kind == N_FOR || n->kind == N_FOR_IN || n->kind == N_FOR_OF ||
		n->kind == N_WHILE || n->kind == N_DO_WHILE;
}

/* prints b as name$N from now on */
static void rename_binding(sc *s, dl__binding *b)
{
	char buf[32];
	int k = snprintf(buf, sizeof buf, "%u", ++s->c->ntemp);
	char *o = dl__alloc(&s->c->arena, b->len + (size_t)k + 2);
	memcpy(o, b->name, b->len);
	o[b->len] = '$';
	memcpy(o + b->len + 1, buf, (size_t)k);
	b->out = o;
	b->outlen = b->len + 1 + (uint32_t)k;
}

static void decide(sc *s)
{
	dl__binding *b;
	for (b = s->blocklex; b; b = b->out_next) {
		entry *e = lookup(s, &s->fnames, b->scope->func, b->name, b->len, 0);
		dl__scope *x;
		if (e && (e->count > 1 || e->pass))
			rename_binding(s, b);
		if (!b->captured)
			continue;
		for (x = b->scope; x && !x->is_func; x = x->parent) {
			if (is_loop(x->node)) {
				x->node->flags |= DL__F_LOOP_IIFE;
				break;
			}
		}
	}
}

/* state of the finalize walk */
typedef struct fin {
	dl__scope *func;	/* the function the statements belong to in the output */
	int in_iife;		/* inside a per-iteration function of `func` */
	int in_for_of;		/* inside a for-of of `func`: jumps and returns close iterators */
} fin;

static int finalize(sc *s, dl__node *n, fin *st);

static int finalize_list(sc *s, dl__node *n, fin *st)
{
	int m = 0;
	for (; n; n = n->next)
		m |= finalize(s, n, st);
	return m;
}

static int finalize(sc *s, dl__node *n, fin *st)
{
	int m = 0;
	fin inner;
	if (!n)
		return 0;
	switch (n->kind) {
	case N_IDENT:
		if ((n->u.ref && n->u.ref->out) || n->op || n->temp)
			n->flags |= DL__F_MODERN;
		else if (st->in_iife && !n->u.ref && n->end - n->start == 9 &&
			 memcmp(s->c->src + n->start, "arguments", 9) == 0) {
			dl__scope *g = nonarrow(st->func);
			if (g->node->kind != N_PROGRAM) {
				if (!g->args_id)
					g->args_id = new_temp(s->c);
				n->temp = g->args_id;
				n->flags |= DL__F_MODERN;
			}
		}
		return (n->flags & DL__F_MODERN) != 0;
	case N_THIS: case N_SUPER:
		if (!n->temp && st->in_iife) {
			dl__scope *g = nonarrow(st->func);
			if (!g->this_id)
				g->this_id = new_temp(s->c);
			n->temp = g->this_id;
		}
		if (n->temp)
			n->flags |= DL__F_MODERN;
		return (n->flags & DL__F_MODERN) != 0;
	case N_FUNC_DECL: case N_FUNC_EXPR: case N_ARROW: case N_FIELD: case N_STATIC_BLOCK:
		inner.func = n->u.scope;
		inner.in_iife = 0;
		inner.in_for_of = 0;
		if (n->kind == N_ARROW) {
			/* an arrow inside a per-iteration function reads the outer this */
			inner.in_iife = st->in_iife;
			inner.func = st->in_iife ? st->func : n->u.scope;
		}
		if (n->kind == N_FIELD || n->kind == N_STATIC_BLOCK)
			inner.func = n->u.scope;
		if (n->flags & (DL__F_GENERATOR | DL__F_ASYNC)) {
			/* the body runs in a state-machine function of its own
			 * (lower_generator.c): this, arguments, var, return and jumps
			 * are printed for it */
			inner.in_iife = 1;
			if (n->kind != N_ARROW || !st->in_iife)
				inner.func = n->u.scope;
		}
		if (n->kind == N_FUNC_DECL && st->in_iife)
			m = 1;	/* hoisted out of a generator body */
		m |= finalize(s, n->a, &inner) | finalize_list(s, n->b, &inner) |
			finalize(s, n->c, &inner);
		if (n->u.scope && (n->u.scope->this_id || n->u.scope->args_id))
			m = 1;
		break;
	case N_MEMBER:
		m = finalize(s, n->a, st);
		if (n->flags & DL__F_COMPUTED)
			m |= finalize(s, n->b, st);
		break;
	case N_PROPERTY: case N_METHOD:
		if (n->flags & DL__F_COMPUTED)
			m |= finalize(s, n->a, st);
		m |= finalize(s, n->b, st);
		break;
	case N_TRY:
		/* a catch parameter in a generator body may become a variable of the
		 * outer function (lower_generator.c): a name of its own */
		if (st->in_iife && n->b && n->b->kind == N_IDENT && n->b->u.ref && !n->b->u.ref->out &&
		    (st->func->node->flags & (DL__F_GENERATOR | DL__F_ASYNC)))
			rename_binding(s, n->b->u.ref);
		m = finalize(s, n->a, st) | finalize(s, n->b, st) | finalize(s, n->c, st) |
			finalize(s, n->d, st);
		break;
	case N_LABELED: case N_BREAK: 
		if (n->kind == N_LABELED) {
			m = finalize(s, n->d, st);
			break;
		}
		if (st->in_iife || st->in_for_of)
			m = 1;
		break;
	case N_VAR:
		if (st->in_iife && n->op == K_VAR)
			m = 1;
		m |= finalize_list(s, n->a, st);
		break;
	case N_RETURN: case N_CONTINUE:
		if (st->in_iife || st->in_for_of)
			m = 1;
		if (n->kind == N_RETURN)
			m |= finalize(s, n->a, st);
		break;
	case N_FOR: case N_FOR_IN: case N_FOR_OF: case N_WHILE: case N_DO_WHILE:
		if (n->flags & DL__F_LOOP_IIFE) {
			m = 1;
			m |= finalize(s, n->a, st) | finalize(s, n->b, st) | finalize(s, n->c, st);
			inner = *st;
			inner.in_iife = 1;
			inner.in_for_of |= n->kind == N_FOR_OF;
			finalize(s, n->d, &inner);
			break;
		}
		if (n->kind == N_FOR_OF) {
			m = 1;
			m |= finalize(s, n->a, st) | finalize(s, n->b, st);
			inner = *st;
			inner.in_for_of = 1;
			finalize(s, n->d, &inner);
			break;
		}
		/* fall through */
	default: {
		dl__node *x;
		for (x = n->a; x; x = x->next)
			m |= finalize(s, x, st);
		for (x = n->b; x; x = x->next)
			m |= finalize(s, x, st);
		for (x = n->c; x; x = x->next)
			m |= finalize(s, x, st);
		for (x = n->d; x; x = x->next)
			m |= finalize(s, x, st);
	}
	}
	if (m)
		n->flags |= DL__F_MODERN;
	return (n->flags & DL__F_MODERN) != 0;
}

/* functions with block-level lexical bindings need the pass-through names */
static void mark_block_lex(sc *s)
{
	dl__binding *b;
	for (b = s->blocklex; b; b = b->out_next)
		b->scope->func->has_block_lex = 1;
}

void dl__scope_resolve(dl__ctx *c, dl__node *prog)
{
	sc s;
	dl__scope *top;
	fin st;
	memset(&s, 0, sizeof s);
	s.c = c;
	s.blocklex_tail = &s.blocklex;
	top = new_scope(&s, NULL, prog, 1);
	declare_list(&s, prog->a, top);
	mark_block_lex(&s);
	resolve_list(&s, prog->a, top);
	decide(&s);
	st.func = top;
	st.in_for_of = 0;
	st.in_iife = c->module;	/* a module's top level runs in chunk functions (lower_module.c) */
	finalize(&s, prog, &st);
}
