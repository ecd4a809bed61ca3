/* lower_module.c — an ES module as one ES5 function expression, which the loader
 * (runtime/lib/internal/esm.js) calls once to instantiate the module.
 *
 *   import { count, increment } from './counter.mjs';
 *   console.log(count);
 *   export let total = 0;
 *   export function f() {}
 * ->
 *   (function (_ls$m) {"use strict"; var _ls$i = _ls$m.d(["./counter.mjs"],
 *     [0, "count", "count", 1, 0, "increment", "increment", 1],
 *     {"total": function (_ls$n) { return _ls$1 ? total : __ls.tdz(_ls$n || "total"); },
 *      "f": function () { return f; }}, [], [], []);
 *   _ls$m.c(function () {console.log((0, _ls$i.count));
 *   total = 0; _ls$1 = 1;
 *   }); function f() {}
 *    var _ls$1, total;})
 * (the first two lines of the output are one line: everything before the user's first
 * statement is on line 1, and every statement stays on its own line).
 *
 * Contract with the loader:
 * - Calling the function instantiates the module and runs none of its code.
 *   `_ls$m.d(requests, imports, exports, indirect, stars, attributes)` declares the
 *   module record and returns the import object `_ls$i`, which the loader fills at link
 *   time with one getter per imported local name (for `* as ns`, the namespace object).
 *   Function declarations are hoisted by the function itself, so they exist before any
 *   module evaluates (cycles). Each run of top-level statements between two top-level function
 *   declarations is a chunk `_ls$m.c(function () {...})`; the loader calls the chunks in
 *   order, with `this` undefined, when the module evaluates.
 * - requests: the module specifiers in source order, each once.
 *   imports: flat [request index, imported name ("*": namespace), local name, line]...
 *   exports: export name -> getter of the local binding (so live). A getter of an
 *     exported let/const/class, and of `export default <expression>`, throws Node's
 *     ReferenceError until the declaration has run; it takes the name to report (the
 *     importer's local name), else reports the binding's own.
 *   indirect: flat [export name, request index, imported name ("*": namespace), line]...
 *     from `export {a as b} from`, `export * as ns from` and `export {x}` of an import.
 *   stars: the request indices of `export * from`.
 *   attributes: flat [request index, key, value]... of `with { type: 'json' }` (a request
 *     is a specifier with its attribute list: the same specifier with other attributes is
 *     another request).
 * - Every top-level declaration is hoisted to the module function: var/let/const/class
 *   become assignments in the chunks (each chunk is printed as a per-iteration loop
 *   function is, so a `var` anywhere outside nested functions goes to the module
 *   function too), so chunks, function declarations and getters share one set of names.
 * - An imported name reads as `(0, _ls$i.name)` (live through the getter; a call through
 *   it gets no `this`), a namespace import as `_ls$i.ns`; assigning either throws
 *   "Assignment to constant variable." (scope.c treats imports as constants).
 * - import.meta is `_ls$m.meta`; import(x[, options]) is `_ls$m.i(x[, options])` in a
 *   module and `__lsImport(x, __filename[, options])` in a script (the global is the
 *   loader's, see main.js).
 *   An anonymous `export default` function or class is named 'default' by `_ls$m.n(f)`.
 * - Top-level await: a chunk holding one is the body of an async function
 *   (lower_generator.c prints it; see async_chunk below), so calling the chunk returns a
 *   promise, and the loader waits for it; `_ls$m.d(..., 1)` says the module awaits.
 * Errors with Node's text: `export {x}` of an undeclared x, a duplicate export name, an
 * import whose local name is declared again. */
#include <stdio.h>
#include <string.h>

#include "internal.h"

typedef struct dl__module {
	dl__fn *top;		/* the module function */
	dl__fn chunk;		/* the chunk being printed */
	int in_chunk;
	dl__node **req;		/* request literals, each once per attribute list */
	dl__node **attrs;	/* their import attributes (N_PROPERTY lists) */
	uint32_t nreq, capreq;
	uint32_t def_value, def_flag;	/* temps of an `export default` without a name */
	int tla;		/* the module awaits at its top level */
	dl__node *prog;
} dl__module;

static void put_src(dl__ctx *c, dl__node *n)
{
	dl__put(c, c->src + n->start, n->end - n->start);
}

/* a name (identifier or string literal node) as a JS string literal */
static void put_name(dl__ctx *c, dl__node *n)
{
	if (n->kind == N_IDENT) {
		dl__put(c, "\"", 1);
		put_src(c, n);
		dl__put(c, "\"", 1);
		return;
	}
	if (n->flags & DL__F_MODERN)
		dl__fail(c, DL_EUNSUPPORTED, n->start, "\\u{...} escapes in module names and specifiers are not supported by leakscope yet");
	put_src(c, n);
}

static int same_name(dl__ctx *c, dl__node *a, dl__node *b)
{
	uint32_t sa = a->start, ea = a->end, sb = b->start, eb = b->end;
	if (a->kind != N_IDENT) {
		sa++;
		ea--;
	}
	if (b->kind != N_IDENT) {
		sb++;
		eb--;
	}
	return ea - sa == eb - sb && memcmp(c->src + sa, c->src + sb, ea - sa) == 0;
}

/* two attribute lists are the same when they have the same keys and values in order */
static int same_attrs(dl__ctx *c, dl__node *a, dl__node *b)
{
	for (; a && b; a = a->next, b = b->next)
		if (!same_name(c, a->a, b->a) || !same_name(c, a->b, b->b))
			return 0;
	return !a && !b;
}

static uint32_t request(dl__ctx *c, dl__module *m, dl__node *lit, dl__node *attrs)
{
	uint32_t i;
	for (i = 0; i < m->nreq; i++)
		if (same_name(c, m->req[i], lit) && same_attrs(c, m->attrs[i], attrs))
			return i;
	if (m->nreq == m->capreq) {
		uint32_t cap = m->capreq ? m->capreq * 2 : 8;
		dl__node **r = dl__alloc(&c->arena, cap * sizeof *r);
		dl__node **at = dl__alloc(&c->arena, cap * sizeof *at);
		if (m->nreq) {
			memcpy(r, m->req, m->nreq * sizeof *r);
			memcpy(at, m->attrs, m->nreq * sizeof *at);
		}
		m->req = r;
		m->attrs = at;
		m->capreq = cap;
	}
	m->req[m->nreq] = lit;
	m->attrs[m->nreq] = attrs;
	return m->nreq++;
}

/* the source of an `export ... from` statement, or NULL */
static dl__node *export_source(dl__node *n)
{
	return n->op == K_DEFAULT ? NULL : n->c;
}

/* ---- scope.c calls this for each imported name ---- */

void dl__module_import(dl__ctx *c, dl__node *spec, dl__binding *b)
{
	uint32_t n = spec->b->end - spec->b->start;
	int ns = spec->op == T_STAR;
	char *o;
	if (b->kind != B_IMPORT || b->out)
		dl__fail(c, DL_ESYNTAX, spec->b->start, "Identifier '%.*s' has already been declared",
			 (int)n, c->src + spec->b->start);
	o = dl__alloc(&c->arena, n + 16);
	b->outlen = (uint32_t)snprintf(o, n + 16, ns ? "_ls$i.%.*s" : "(0, _ls$i.%.*s)", (int)n,
				       c->src + spec->b->start);
	b->out = o;
}

/* ---- checks ---- */

static int is_function(dl__node *n)
{
	return n->kind == N_FUNC_DECL || n->kind == N_FUNC_EXPR || n->kind == N_ARROW;
}

/* an await (or for await) outside every function: top-level await */
static dl__node *top_await(dl__node *n)
{
	dl__node *x, *r;
	if (!n || is_function(n))
		return NULL;
	if (n->kind == N_AWAIT || ((n->flags & DL__F_AWAIT) && n->kind == N_FOR_OF))
		return n;
	if (n->kind == N_CLASS_DECL || n->kind == N_CLASS_EXPR) {
		/* only the heritage and computed keys run at top level */
		if ((r = top_await(n->b)))
			return r;
		for (x = n->c; x; x = x->next)
			if ((x->flags & DL__F_COMPUTED) && (r = top_await(x->a)))
				return r;
		return NULL;
	}
	for (x = n->a; x; x = x->next)
		if ((r = top_await(x)))
			return r;
	for (x = n->b; x; x = x->next)
		if ((r = top_await(x)))
			return r;
	for (x = n->c; x; x = x->next)
		if ((r = top_await(x)))
			return r;
	for (x = n->d; x; x = x->next)
		if ((r = top_await(x)))
			return r;
	return NULL;
}

/* export names, for the duplicate check; NULL stands for `export default` */
typedef struct names { dl__node **v; uint32_t *pos, n, cap; } names;

static int is_default(dl__ctx *c, dl__node *name)
{
	uint32_t s, e;
	if (!name)
		return 1;
	s = name->kind == N_IDENT ? name->start : name->start + 1;
	e = name->kind == N_IDENT ? name->end : name->end - 1;
	return e - s == 7 && memcmp(c->src + s, "default", 7) == 0;
}

/* a second export of a name is Node's SyntaxError, at the later of the two */
static void add_export_name(dl__ctx *c, names *ns, dl__node *name, uint32_t pos)
{
	uint32_t i;
	for (i = 0; i < ns->n; i++) {
		dl__node *o = ns->v[i];
		if ((!name || !o) ? is_default(c, o) && is_default(c, name) : same_name(c, o, name)) {
			uint32_t s = !name ? 0 : name->kind == N_IDENT ? name->start : name->start + 1;
			uint32_t e = !name ? 7 : name->kind == N_IDENT ? name->end : name->end - 1;
			dl__fail(c, DL_ESYNTAX, pos > ns->pos[i] ? pos : ns->pos[i], "Duplicate export of '%.*s'",
				 (int)(e - s), name ? c->src + s : "default");
		}
	}
	if (ns->n == ns->cap) {
		uint32_t cap = ns->cap ? ns->cap * 2 : 16;
		dl__node **v = dl__alloc(&c->arena, cap * sizeof *v);
		uint32_t *p = dl__alloc(&c->arena, cap * sizeof *p);
		if (ns->n) {
			memcpy(v, ns->v, ns->n * sizeof *v);
			memcpy(p, ns->pos, ns->n * sizeof *p);
		}
		ns->v = v;
		ns->pos = p;
		ns->cap = cap;
	}
	ns->pos[ns->n] = pos;
	ns->v[ns->n++] = name;
}

/* ---- the prologue: the module record on line 1 ---- */

static int lexical(dl__binding *b)
{
	return b && (b->kind == B_LET || b->kind == B_CONST || b->kind == B_CLASS);
}

static void put_binding(dl__ctx *c, dl__binding *b)
{
	if (b->out)
		dl__put(c, b->out, b->outlen);
	else
		dl__put(c, b->name, b->len);
}

/* "name": getter of local binding b (name NULL: "default") */
static void getter(dl__ctx *c, int *first, dl__node *name, dl__binding *b)
{
	dl__puts(c, *first ? "" : ", ");
	*first = 0;
	if (name)
		put_name(c, name);
	else
		dl__puts(c, "\"default\"");
	if (lexical(b)) {
		if (!b->tdz_flag)
			b->tdz_flag = dl__temp_in(c, c->mod->top);
		dl__puts(c, ": function (_ls$n) { return ");
		dl__put_temp(c, b->tdz_flag);
		dl__puts(c, " ? ");
		put_binding(c, b);
		dl__puts(c, " : ");
		dl__helper(c, "tdz(_ls$n || \"");
		dl__put(c, b->name, b->len);
		dl__puts(c, "\"); }");
		return;
	}
	dl__puts(c, ": function () { return ");
	put_binding(c, b);
	dl__puts(c, "; }");
}

/* the names a declaration binds, as getters */
static void pattern_getters(dl__ctx *c, int *first, names *ns, dl__node *p)
{
	dl__node *x;
	if (!p)
		return;
	switch (p->kind) {
	case N_IDENT:
		add_export_name(c, ns, p, p->start);
		getter(c, first, p, p->u.ref);
		return;
	case N_ASSIGN_PAT: case N_REST:
		pattern_getters(c, first, ns, p->a);
		return;
	case N_ARR_PAT:
		for (x = p->a; x; x = x->next)
			pattern_getters(c, first, ns, x);
		return;
	case N_OBJ_PAT:
		for (x = p->a; x; x = x->next)
			pattern_getters(c, first, ns, x->kind == N_REST ? x->a : x->b);
		return;
	default:
		return;
	}
}

/* the import specifier that declared binding b */
static dl__node *import_of(dl__module *m, dl__binding *b, dl__node **stmt)
{
	dl__node *s, *sp;
	for (s = m->prog->a; s; s = s->next) {
		if (s->kind != N_IMPORT)
			continue;
		for (sp = s->a; sp; sp = sp->next) {
			if (sp->b && sp->b->u.ref == b) {
				*stmt = s;
				return sp;
			}
		}
	}
	return NULL;
}

static void put_imported_name(dl__ctx *c, dl__node *sp)
{
	if (sp->op == K_DEFAULT)
		dl__puts(c, "\"default\"");
	else if (sp->op == T_STAR)
		dl__puts(c, "\"*\"");
	else
		put_name(c, sp->a);
}

static int anonymous_definition(dl__node *e)
{
	e = dl__unparen(e);
	return ((e->kind == N_FUNC_EXPR || e->kind == N_CLASS_EXPR) && !e->a) || e->kind == N_ARROW;
}

void dl__module_prologue(dl__ctx *c, dl__node *prog)
{
	dl__module *m = dl__alloc(&c->arena, sizeof *m);
	dl__node *s, *sp, *aw;
	names ns;
	int first;
	uint32_t i;
	memset(&ns, 0, sizeof ns);
	c->mod = m;
	m->top = c->fn;
	m->prog = prog;
	for (s = prog->a; s; s = s->next) {
		if ((aw = top_await(s)))
			m->tla = 1;
		if (s->kind == N_IMPORT)
			s->temp = request(c, m, s->b, s->d);
		else if (s->kind == N_EXPORT && export_source(s))
			s->temp = request(c, m, export_source(s), s->d);
	}
	dl__puts(c, "(function (_ls$m) {\"use strict\"; var _ls$i = _ls$m.d([");
	for (i = 0; i < m->nreq; i++) {
		if (i)
			dl__puts(c, ", ");
		put_name(c, m->req[i]);
	}
	/* imports */
	dl__puts(c, "], [");
	first = 1;
	for (s = prog->a; s; s = s->next) {
		if (s->kind != N_IMPORT)
			continue;
		for (sp = s->a; sp; sp = sp->next) {
			dl__putf(c, "%s%u, ", first ? "" : ", ", s->temp);
			first = 0;
			put_imported_name(c, sp);
			dl__puts(c, ", ");
			put_name(c, sp->b);
			dl__putf(c, ", %u", sp->line);
		}
	}
	/* local exports */
	dl__puts(c, "], {");
	first = 1;
	for (s = prog->a; s; s = s->next) {
		dl__node *d;
		if (s->kind != N_EXPORT)
			continue;
		d = s->b;
		if (s->op == K_DEFAULT) {
			add_export_name(c, &ns, NULL, s->start);
			if (d && (d->kind == N_FUNC_DECL || d->kind == N_CLASS_DECL) && d->a) {
				getter(c, &first, NULL, d->a->u.ref);
				continue;
			}
			dl__puts(c, first ? "" : ", ");
			first = 0;
			m->def_value = dl__temp_in(c, m->top);
			dl__puts(c, "\"default\": function (_ls$n) { return ");
			if (d && is_function(d)) {
				/* a hoisted function declaration named by the temp */
				dl__put_temp(c, m->def_value);
				dl__puts(c, "; }");
				continue;
			}
			m->def_flag = dl__temp_in(c, m->top);
			dl__put_temp(c, m->def_flag);
			dl__puts(c, " ? ");
			dl__put_temp(c, m->def_value);
			dl__puts(c, " : ");
			dl__helper(c, "tdz(_ls$n || \"default\"); }");
			continue;
		}
		if (d) {
			if (d->kind == N_VAR) {
				dl__node *x;
				for (x = d->a; x; x = x->next)
					pattern_getters(c, &first, &ns, x->a);
			} else {
				pattern_getters(c, &first, &ns, d->a);
			}
			continue;
		}
		if (export_source(s) || s->op == T_STAR)
			continue;
		for (sp = s->a; sp; sp = sp->next) {
			dl__binding *b;
			dl__node *is;
			if (sp->a->kind != N_IDENT)
				dl__unexpected(c, &c->tok);
			b = sp->a->u.ref;
			if (!b || b->scope->node != prog)
				dl__fail(c, DL_ESYNTAX, sp->a->start, "Export '%.*s' is not defined in module",
					 (int)(sp->a->end - sp->a->start), c->src + sp->a->start);
			add_export_name(c, &ns, sp->b, sp->b->start);
			if (b->kind == B_IMPORT && import_of(m, b, &is))
				continue;	/* an indirect export, below */
			getter(c, &first, sp->b, b);
		}
	}
	/* indirect exports */
	dl__puts(c, "}, [");
	first = 1;
	for (s = prog->a; s; s = s->next) {
		if (s->kind != N_EXPORT || s->op == K_DEFAULT || s->b)
			continue;
		if (s->op == T_STAR) {
			if (!s->a)
				continue;
			add_export_name(c, &ns, s->a, s->a->start);
			dl__puts(c, first ? "" : ", ");
			first = 0;
			put_name(c, s->a);
			dl__putf(c, ", %u, \"*\", %u", s->temp, s->line);
			continue;
		}
		for (sp = s->a; sp; sp = sp->next) {
			if (export_source(s)) {
				add_export_name(c, &ns, sp->b, sp->b->start);
				dl__puts(c, first ? "" : ", ");
				first = 0;
				put_name(c, sp->b);
				dl__putf(c, ", %u, ", s->temp);
				put_name(c, sp->a);
				dl__putf(c, ", %u", sp->line);
			} else {
				dl__binding *b = sp->a->u.ref;
				dl__node *is, *isp;
				if (!b || b->kind != B_IMPORT || !(isp = import_of(m, b, &is)))
					continue;
				dl__puts(c, first ? "" : ", ");
				first = 0;
				put_name(c, sp->b);
				dl__putf(c, ", %u, ", is->temp);
				put_imported_name(c, isp);
				dl__putf(c, ", %u", sp->line);
			}
		}
	}
	/* star exports */
	dl__puts(c, "], [");
	first = 1;
	for (s = prog->a; s; s = s->next) {
		if (s->kind == N_EXPORT && s->op == T_STAR && !s->a) {
			dl__putf(c, "%s%u", first ? "" : ", ", s->temp);
			first = 0;
		}
	}
	/* import attributes */
	dl__puts(c, "], [");
	first = 1;
	for (i = 0; i < m->nreq; i++) {
		dl__node *p;
		for (p = m->attrs[i]; p; p = p->next) {
			dl__putf(c, "%s%u, ", first ? "" : ", ", i);
			first = 0;
			put_name(c, p->a);
			dl__puts(c, ", ");
			put_name(c, p->b);
		}
	}
	dl__puts(c, m->tla ? "], 1);" : "]);");
	/* an anonymous default function declaration, hoisted under its temp's name */
	for (s = prog->a; s; s = s->next)
		if (s->kind == N_EXPORT && s->op == K_DEFAULT && s->b && is_function(s->b) && !s->b->a)
			dl__putf(c, " _ls$m.n(_ls$%u);", m->def_value);
}

/* ---- the body: chunks and function declarations ---- */

static void chunk(dl__ctx *c)
{
	dl__module *m = c->mod;
	if (m->in_chunk)
		return;
	dl__puts(c, " _ls$m.c(function () {");
	memset(&m->chunk, 0, sizeof m->chunk);
	m->chunk.outer = m->top;
	m->chunk.node = m->prog;
	m->chunk.iife = 1;	/* `var` is hoisted out, as from a per-iteration function */
	c->fn = &m->chunk;
	m->in_chunk = 1;
}

static void outer(dl__ctx *c)
{
	dl__module *m = c->mod;
	uint32_t i;
	if (!m->in_chunk)
		return;
	for (i = 0; i < m->chunk.ntemps; i++) {
		dl__puts(c, i ? ", " : " var ");
		dl__put_temp(c, m->chunk.temps[i]);
	}
	if (m->chunk.ntemps)
		dl__put(c, ";", 1);
	c->fn = m->top;
	dl__puts(c, "});");
	m->in_chunk = 0;
}

static void hoist(dl__ctx *c, dl__node *id)
{
	dl__hoist *h = dl__alloc(&c->arena, sizeof *h);
	h->id = id;
	h->next = c->mod->top->hoist;
	c->mod->top->hoist = h;
}

/* ` _ls$F = 1;` for each initialized binding an exported getter guards */
static void set_flags(dl__ctx *c, dl__node *p)
{
	dl__node *x;
	if (!p)
		return;
	switch (p->kind) {
	case N_IDENT:
		if (p->u.ref && p->u.ref->tdz_flag) {
			dl__put(c, " ", 1);
			dl__put_temp(c, p->u.ref->tdz_flag);
			dl__puts(c, " = 1;");
		}
		return;
	case N_ASSIGN_PAT: case N_REST:
		set_flags(c, p->a);
		return;
	case N_ARR_PAT:
		for (x = p->a; x; x = x->next)
			set_flags(c, x);
		return;
	case N_OBJ_PAT:
		for (x = p->a; x; x = x->next)
			set_flags(c, x->kind == N_REST ? x->a : x->b);
		return;
	default:
		return;
	}
}

static void top_var(dl__ctx *c, dl__node *n)
{
	dl__node *d;
	chunk(c);
	dl__sync(c, n->line);
	dl__declarators(c, n, 1);
	dl__put(c, ";", 1);
	for (d = n->a; d; d = d->next)
		set_flags(c, d->a);
}

/* a class declaration (or an anonymous default class, named by def) */
static void top_class(dl__ctx *c, dl__node *n)
{
	dl__module *m = c->mod;
	chunk(c);
	dl__sync(c, n->line);
	if (n->a) {
		dl__decl_name(c, n->a);
		hoist(c, n->a);
		dl__puts(c, " = ");
		dl__lower_class(c, n, 0);
		dl__put(c, ";", 1);
		set_flags(c, n->a);
		return;
	}
	dl__put_temp(c, m->def_value);
	dl__puts(c, " = _ls$m.n(");
	dl__lower_class(c, n, 0);
	dl__puts(c, ");");
	dl__put(c, " ", 1);
	dl__put_temp(c, m->def_flag);
	dl__puts(c, " = 1;");
}

static void top_function(dl__ctx *c, dl__node *n)
{
	outer(c);
	dl__stmt(c, n);
}

static void export_stmt(dl__ctx *c, dl__node *n)
{
	dl__module *m = c->mod;
	dl__node *d = n->b;
	if (n->op == K_DEFAULT) {
		if (d && is_function(d)) {
			if (d->a) {
				top_function(c, d);
				return;
			}
			outer(c);
			dl__sync(c, d->line);
			dl__puts(c, "function ");
			dl__put_temp(c, m->def_value);
			dl__function_tail(c, d, NULL);
			return;
		}
		if (d) {
			top_class(c, d);
			return;
		}
		chunk(c);
		dl__sync(c, n->line);
		dl__put_temp(c, m->def_value);
		dl__puts(c, " = ");
		if (anonymous_definition(n->c)) {
			dl__puts(c, "_ls$m.n(");
			dl__expr(c, n->c);
			dl__put(c, ")", 1);
		} else {
			dl__expr(c, n->c);
		}
		dl__puts(c, "; ");
		dl__put_temp(c, m->def_flag);
		dl__puts(c, " = 1;");
		return;
	}
	if (!d)
		return;		/* export {...} [from], export * from: the prologue has them */
	if (d->kind == N_VAR)
		top_var(c, d);
	else if (d->kind == N_FUNC_DECL)
		top_function(c, d);
	else
		top_class(c, d);
}

/* ---- top-level await: a chunk as the body of an async function ---- */

/* an identifier node printing `text` (a name the down-leveler made) */
static dl__node *made_ident(dl__ctx *c, const char *text, dl__node *at)
{
	dl__binding *b = dl__alloc(&c->arena, sizeof *b);
	dl__node *n = dl__alloc(&c->arena, sizeof *n);
	b->name = b->out = text;
	b->len = b->outlen = (uint32_t)strlen(text);
	n->kind = N_IDENT;
	n->flags = DL__F_MODERN;
	n->u.ref = b;
	n->start = n->end = at->start;
	n->line = at->line;
	return n;
}

static const char *temp_name(dl__ctx *c, uint32_t t)
{
	char *s = dl__alloc(&c->arena, 16);
	snprintf(s, 16, "_ls$%u", t);
	return s;
}

static dl__node *made_node(dl__ctx *c, int kind, dl__node *at, dl__node *a, dl__node *b)
{
	dl__node *n = dl__alloc(&c->arena, sizeof *n);
	n->kind = (uint16_t)kind;
	n->flags = DL__F_MODERN;
	n->start = at->start;
	n->end = at->end;
	n->line = at->line;
	n->a = a;
	n->b = b;
	return n;
}

/* `target = value;` */
static dl__node *made_assign(dl__ctx *c, dl__node *at, dl__node *target, dl__node *value)
{
	dl__node *as = made_node(c, N_ASSIGN, at, target, value);
	as->op = T_ASSIGN;
	if (value->flags & DL__F_LEAP)
		as->flags |= DL__F_LEAP;
	return made_node(c, N_EXPR_STMT, at, as, NULL);
}

typedef struct stmts { dl__node *head, **tail; } stmts;

static void add_stmt(stmts *l, dl__node *n)
{
	n->next = NULL;
	*l->tail = n;
	l->tail = &n->next;
}

/* `_ls$F = 1;` for the TDZ flag of each binding p declares */
static void add_flags(dl__ctx *c, stmts *l, dl__node *p, dl__node *at)
{
	dl__node *x;
	if (!p)
		return;
	switch (p->kind) {
	case N_IDENT:
		if (p->u.ref && p->u.ref->tdz_flag)
			add_stmt(l, made_assign(c, at, made_ident(c, temp_name(c, p->u.ref->tdz_flag), at),
						made_ident(c, "1", at)));
		return;
	case N_ASSIGN_PAT: case N_REST:
		add_flags(c, l, p->a, at);
		return;
	case N_ARR_PAT:
		for (x = p->a; x; x = x->next)
			add_flags(c, l, x, at);
		return;
	case N_OBJ_PAT:
		for (x = p->a; x; x = x->next)
			add_flags(c, l, x->kind == N_REST ? x->a : x->b, at);
		return;
	default:
		return;
	}
}

static void add_decl(dl__ctx *c, stmts *l, dl__node *d)
{
	dl__node *x;
	add_stmt(l, d);
	if (d->kind == N_VAR) {
		for (x = d->a; x; x = x->next)
			add_flags(c, l, x->a, d);
	} else if (d->a) {
		add_flags(c, l, d->a, d);
	}
}

/* The statements of a chunk that awaits, as the body of an async function printed by
 * lower_generator.c: declarations become assignments to the module function's names
 * there too (the chunk is a per-iteration-like function, so `var_fn` is the module
 * function), exports lose their wrappers, and the TDZ flags and the default's temp are
 * set by statements made here. The chunk's function returns the async function's
 * promise, which the loader waits for. */
static void async_chunk(dl__ctx *c, dl__node **v, uint32_t n)
{
	dl__module *m = c->mod;
	stmts l;
	dl__node fn, body;
	uint32_t i;
	l.head = NULL;
	l.tail = &l.head;
	for (i = 0; i < n; i++) {
		dl__node *s = v[i], *d = s->b, *val;
		switch (s->kind) {
		case N_IMPORT:
			continue;
		case N_VAR: case N_CLASS_DECL:
			add_decl(c, &l, s);
			continue;
		case N_EXPORT:
			if (s->op != K_DEFAULT) {
				if (d)
					add_decl(c, &l, d);
				continue;
			}
			if (d && d->a) {	/* export default class C {} */
				add_decl(c, &l, d);
				continue;
			}
			if (d) {		/* export default class {} */
				d->kind = N_CLASS_EXPR;
				val = d;
			} else {
				val = s->c;
			}
			if (!d && !anonymous_definition(val)) {
				add_stmt(&l, made_assign(c, s, made_ident(c, temp_name(c, m->def_value), s), val));
			} else {
				dl__node *call = made_node(c, N_CALL, s, made_ident(c, "_ls$m.n", s), val);
				if (val->flags & DL__F_LEAP)
					call->flags |= DL__F_LEAP;
				add_stmt(&l, made_assign(c, s, made_ident(c, temp_name(c, m->def_value), s), call));
			}
			add_stmt(&l, made_assign(c, s, made_ident(c, temp_name(c, m->def_flag), s),
						 made_ident(c, "1", s)));
			continue;
		default:
			add_stmt(&l, s);
		}
	}
	memset(&fn, 0, sizeof fn);
	memset(&body, 0, sizeof body);
	fn.kind = N_FUNC_EXPR;
	fn.flags = DL__F_ASYNC | DL__F_MODERN;
	fn.start = v[0]->start;
	fn.line = v[0]->line;
	body.kind = N_BLOCK;
	body.flags = DL__F_MODERN;
	body.a = l.head;
	fn.c = &body;
	chunk(c);
	dl__gen_body(c, &fn);
	outer(c);
}

/* a top-level statement that stays a declaration of the module function */
static int hoisted_function(dl__node *s)
{
	if (s->kind == N_FUNC_DECL)
		return 1;
	return s->kind == N_EXPORT && s->b && is_function(s->b);
}

void dl__module_body(dl__ctx *c, dl__node *prog)
{
	dl__node *s, **v;
	uint32_t n = 0, i, j;
	for (s = prog->a; s; s = s->next)
		n++;
	v = dl__alloc(&c->arena, (n + 1) * sizeof *v);
	for (i = 0, s = prog->a; s; s = s->next) {
		v[i++] = s;
		/* generator and async declarations: marked before any statement runs */
		if (s->kind == N_FUNC_DECL)
			dl__mark_fn_decl(c, s);
		else if (s->kind == N_EXPORT && s->b && s->b->kind == N_FUNC_DECL)
			dl__mark_fn_decl(c, s->b);
	}
	for (i = 0; i < n; i++) {
		s = v[i];
		if (c->mod->tla && !hoisted_function(s)) {
			/* a run of statements between function declarations: one chunk */
			int awaits = 0;
			for (j = i; j < n && !hoisted_function(v[j]); j++)
				if (top_await(v[j]))
					awaits = 1;
			if (awaits) {
				outer(c);
				async_chunk(c, v + i, j - i);
				i = j - 1;
				continue;
			}
		}
		switch (s->kind) {
		case N_IMPORT:
			break;
		case N_EXPORT:
			export_stmt(c, s);
			break;
		case N_FUNC_DECL:
			top_function(c, s);
			break;
		case N_VAR:
			top_var(c, s);
			break;
		case N_CLASS_DECL:
			top_class(c, s);
			break;
		default:
			chunk(c);
			dl__stmt(c, s);
		}
	}
	outer(c);
}

void dl__module_import_call(dl__ctx *c, dl__node *n)
{
	dl__sync(c, n->line);
	if (c->module) {
		dl__puts(c, "_ls$m.i(");
		dl__expr(c, n->a);
		if (n->b) {
			dl__puts(c, ", ");
			dl__expr(c, n->b);
		}
		dl__put(c, ")", 1);
		return;
	}
	dl__puts(c, "__lsImport(");
	dl__expr(c, n->a);
	dl__puts(c, ", typeof __filename === \"string\" ? __filename : void 0");
	if (n->b) {
		dl__puts(c, ", ");
		dl__expr(c, n->b);
	}
	dl__put(c, ")", 1);
}
