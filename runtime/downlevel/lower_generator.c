/* lower_generator.c — generator functions, async functions and async generators as
 * state machines (the regenerator design), line for line.
 *
 *   function* g(a) { var x = yield a; try { yield x; } finally { done(); } }
 *   -> function g(a) { return __ls.gen(function g(_ls$c) { _ls$w: while (1)
 *        switch (_ls$c.p = _ls$c.n) { case 0: _ls$c.n = 1; return a; case 1: x = _ls$c.s;
 *        _ls$c.p = 2; _ls$c.n = 5; return x; case 5: _ls$c.n = 3; break;
 *        case 3: done(); return _ls$c.f(0, 4); case 4: return _ls$c.r(); } },
 *        [[0, 0, 1, 3, 1, 0], [-1, 3, 0]]); var x; }
 * The outer function keeps the parameters, `this` and `arguments` (as _this$N and
 * _arguments$N, scope.c) and every local (var, let, const, class, catch parameters and
 * functions declared in blocks become assignments to names declared at its end). The
 * inner function runs from state _ls$c.n until it suspends: it returns the value to
 * yield or await, or a sentinel from the context's methods: r(v) return, j(L) a jump
 * out of an exploded try-finally, f(E, L) the end of a finally block, d(x) yield*.
 *
 * Only statements that hold a yield/await (DL__F_LEAP, marked per function by mark())
 * are split into states; the others are printed as they are, in the state they fall
 * in. Expressions are split the same way: children evaluated before a suspension are
 * kept in temps of the outer function (node->sub), and a yield's result is the sent
 * value _ls$c.s. States are numbered in the order they are made; a table gives, for
 * each state, the innermost exploded try and the part of it (try, catch, finally) it
 * lies in, and for each try its catch and finally states and where the try itself is:
 * the runtime (runtime/lib/internal/generator.js) walks it for exceptions, returns and
 * jumps. Function declarations at the top of the body stay declarations of the outer
 * function: the inner function is cut into segments around them (_ls$S.push(...)).
 * Everything is printed in source order, so every construct keeps its line.
 *
 * Not supported (named, never miscompiled): yield/await in optional chains past their
 * head ((await f())?.x is supported), class
 * heritage or computed keys, destructuring defaults and `with`; a loop holding a
 * yield/await whose let bindings are captured by closures. */
#include <stdio.h>
#include <string.h>

#include "internal.h"

enum { G_GEN = 1, G_ASYNC = 2, G_ASYNC_GEN = 3 };

typedef struct gjump {
	struct gjump *outer;
	dl__node *labels;	/* the outermost N_LABELED naming this statement, or NULL */
	uint32_t brk, cont;	/* states; cont 0: not a loop */
	int breakable;		/* an unlabeled break may target it */
	uint32_t depth;		/* exploded tries open around it */
	uint32_t cdepth;	/* ... around its continue state (inside a for-of's own) */
} gjump;

typedef struct gtry {
	struct gtry *outer;
	uint32_t id;
} gtry;

/* an exploded loop whose let/const bindings closures capture: they live in a fresh
 * object per iteration (the box), and each closure made in the loop takes the boxes
 * open around it as parameters of a wrapper, so it keeps its iteration's bindings */
typedef struct gbox {
	struct gbox *outer;
	uint32_t temp;
} gbox;

typedef struct dl__gen {
	dl__node *fn;
	int kind;
	uint32_t nlabels, caplabels;
	uint32_t *code;		/* per state: try code (entry * 3 + part + 1, 0: none) */
	uint32_t *seg;		/* per state: segment */
	uint32_t nseg;
	uint32_t ntries, captries;
	int32_t *tries;		/* per try: catch state, finally state (-1: none), code of the try */
	uint32_t now;		/* try code where printing is */
	uint32_t depth;		/* exploded tries open */
	gtry *try_;
	gjump *jumps;
	int has_try;		/* some try is exploded: states record p */
	int segmented;
	uint32_t segs_temp;	/* _ls$S */
	int seg_open;
	uint32_t seg_next;	/* state the next segment starts with */
	gbox *boxes;		/* per-iteration boxes open */
	dl__node *name;		/* the inner function's name, or NULL */
	dl__node *wrapping;	/* the closure being printed inside its wrapper */
} dl__gen;

static void explode_stmt(dl__ctx *c, dl__node *n);
static void explode_expr(dl__ctx *c, dl__node *n);
static void wrap_open(dl__ctx *c);
static void wrap_close(dl__ctx *c);

static void unsupported(dl__ctx *c, dl__node *n, const char *what)
{
	dl__fail(c, DL_EUNSUPPORTED, n->start, "%s not supported by leakscope yet", what);
}

static int leaps(dl__node *n)
{
	return n && (n->flags & DL__F_LEAP);
}

/* ---- marking: which nodes hold a yield/await of this function ---- */

static int mark_list(dl__gen *g, dl__node *x);

static int mark(dl__gen *g, dl__node *n)
{
	int m = 0;
	dl__node *x;
	if (!n)
		return 0;
	switch (n->kind) {
	case N_FUNC_DECL: case N_FUNC_EXPR: case N_ARROW: case N_METHOD: case N_FIELD:
	case N_STATIC_BLOCK:
		return 0;
	case N_YIELD: case N_AWAIT:
		mark(g, n->a);
		m = 1;
		break;
	case N_RETURN:
		/* an async generator's `return v` awaits v: a suspension */
		m = mark(g, n->a) | (g->kind == G_ASYNC_GEN && n->a);
		break;
	case N_CLASS_DECL: case N_CLASS_EXPR:
		m = mark(g, n->b);
		for (x = n->c; x; x = x->next)
			if (x->flags & DL__F_COMPUTED)
				m |= mark(g, x->a);
		break;
	case N_PROPERTY:
		if (n->flags & DL__F_COMPUTED)
			m = mark(g, n->a);
		m |= mark(g, n->b);
		break;
	case N_MEMBER:
		m = mark(g, n->a);
		if (n->flags & DL__F_COMPUTED)
			m |= mark(g, n->b);
		break;
	default:
		m = mark_list(g, n->a) | mark_list(g, n->b) | mark_list(g, n->c) | mark_list(g, n->d);
		if (n->kind == N_FOR_OF && (n->flags & DL__F_AWAIT))
			m = 1;
		if (m && (n->kind == N_TRY || n->kind == N_FOR_OF))
			g->has_try = 1;	/* a for-of is a try: its finally closes the iterator */
		break;
	}
	if (m)
		n->flags |= DL__F_LEAP;
	return m;
}

static int mark_list(dl__gen *g, dl__node *x)
{
	int m = 0;
	for (; x; x = x->next)
		m |= mark(g, x);
	return m;
}

/* does an identifier spelled like the function's name appear in it (then the inner
 * function cannot take that name: it would shadow the binding) */
static int mentions(dl__ctx *c, dl__node *n, dl__node *name)
{
	dl__node *x;
	uint32_t len = name->end - name->start;
	if (!n)
		return 0;
	if (n->kind == N_IDENT && n->end - n->start == len &&
	    memcmp(c->src + n->start, c->src + name->start, len) == 0)
		return 1;
	if ((n->kind == N_MEMBER || n->kind == N_PROPERTY || n->kind == N_METHOD) &&
	    !(n->flags & DL__F_COMPUTED))
		return mentions(c, n->kind == N_MEMBER ? n->a : n->b, name);
	for (x = n->a; x; x = x->next)
		if (mentions(c, x, name))
			return 1;
	for (x = n->b; x; x = x->next)
		if (mentions(c, x, name))
			return 1;
	for (x = n->c; x; x = x->next)
		if (mentions(c, x, name))
			return 1;
	for (x = n->d; x; x = x->next)
		if (mentions(c, x, name))
			return 1;
	return 0;
}

/* ---- states ---- */

static uint32_t label(dl__ctx *c, dl__gen *g)
{
	if (g->nlabels == g->caplabels) {
		uint32_t cap = g->caplabels ? g->caplabels * 2 : 32;
		uint32_t *code = dl__alloc(&c->arena, cap * sizeof *code);
		uint32_t *seg = dl__alloc(&c->arena, cap * sizeof *seg);
		if (g->nlabels) {
			memcpy(code, g->code, g->nlabels * sizeof *code);
			memcpy(seg, g->seg, g->nlabels * sizeof *seg);
		}
		g->code = code;
		g->seg = seg;
		g->caplabels = cap;
	}
	return g->nlabels++;
}

/* the state starts here */
static void place(dl__ctx *c, dl__gen *g, uint32_t l)
{
	g->code[l] = g->now;
	g->seg[l] = g->nseg ? g->nseg - 1 : 0;
	dl__putf(c, " case %u:", l);
}

/* a jump from the top level of a state */
static void go(dl__ctx *c, uint32_t l)
{
	dl__putf(c, " _ls$c.n = %u; break;", l);
}

static dl__gen *gen(dl__ctx *c)
{
	return c->fn->gen;
}

/* ---- expressions ---- */

void dl__gen_sub(dl__ctx *c, dl__node *n)
{
	if (n->sub == DL__SENT)
		dl__puts(c, "_ls$c.s");
	else
		dl__put_temp(c, n->sub);
}

/* n (and the parentheses around it) printed structurally: a child gets a temp */
static void structural(dl__node *n)
{
	for (;;) {
		n->flags |= DL__F_MODERN;
		if (n->kind != N_PAREN)
			return;
		n = n->a;
	}
}

/* values that cannot change while the function is suspended */
static int stable(dl__node *n)
{
	n = dl__unparen(n);
	switch (n->kind) {
	case N_LITERAL: case N_NUMBER: case N_THIS: case N_FUNC_EXPR: case N_ARROW:
		return 1;
	case N_TEMPLATE:
		return n->b == NULL;
	case N_IDENT:
		return n->u.ref && n->u.ref->kind == B_CONST && !n->op && !n->temp;
	default:
		return 0;
	}
}

/* n's value is needed after a later suspension: compute it now */
static void save(dl__ctx *c, dl__node *n)
{
	uint32_t t;
	explode_expr(c, n);
	if ((n->sub && n->sub != DL__SENT) || (!n->sub && stable(n)))
		return;
	t = dl__temp(c);
	dl__put(c, " ", 1);
	dl__put_temp(c, t);
	dl__puts(c, " = ");
	dl__expr(c, n);
	dl__put(c, ";", 1);
	n->sub = t;
}

/* children in evaluation order: those before the last that suspends are saved */
static void children(dl__ctx *c, dl__node **k, int nk)
{
	int last = -1, i;
	for (i = 0; i < nk; i++)
		if (leaps(k[i]))
			last = i;
	for (i = 0; i < last; i++)
		if (k[i])
			save(c, k[i]);
	if (last >= 0)
		explode_expr(c, k[last]);
}

static int count(dl__node *x)
{
	int n = 0;
	for (; x; x = x->next)
		n++;
	return n;
}

/* the elements of a list (spread and holes as their argument / nothing) */
static int add_list(dl__node **k, int nk, dl__node *x)
{
	for (; x; x = x->next) {
		if (x->kind == N_HOLE)
			continue;
		k[nk++] = x->kind == N_SPREAD ? x->a : x;
	}
	return nk;
}

/* `return expr` where expr may start on a later line */
static void return_value(dl__ctx *c, const char *head, dl__node *v, const char *tail)
{
	dl__puts(c, head);
	if (v && v->line > c->out.line && !v->sub) {
		dl__put(c, "(", 1);
		dl__expr(c, v);
		dl__put(c, ")", 1);
	} else if (v) {
		dl__expr(c, v);
	} else {
		dl__puts(c, "void 0");
	}
	dl__puts(c, tail);
}

/* yield, yield*, await: suspend; the expression's value is then the sent value */
static void suspend(dl__ctx *c, dl__node *n)
{
	dl__gen *g = gen(c);
	uint32_t k;
	if (n->a)
		explode_expr(c, n->a);
	k = label(c, g);
	dl__sync(c, n->line);
	dl__putf(c, " _ls$c.n = %u;", k);
	if (n->kind == N_AWAIT && g->kind == G_ASYNC_GEN)
		dl__puts(c, " _ls$c.w = 1;");
	if (n->kind == N_YIELD && n->op == 1)
		return_value(c, " return _ls$c.d(", n->a, ");");
	else
		return_value(c, " return ", n->a, ";");
	place(c, g, k);
	n->sub = DL__SENT;
}

static uint32_t new_temp_for(dl__ctx *c, dl__node *n)
{
	uint32_t t = dl__temp(c);
	dl__sync(c, n->line);
	return t;
}

static void put_assign_temp(dl__ctx *c, uint32_t t, dl__node *v)
{
	dl__put(c, " ", 1);
	dl__put_temp(c, t);
	dl__puts(c, " = ");
	dl__expr(c, v);
	dl__put(c, ";", 1);
}

/* a && b, a || b, a ?? b with a suspension in b */
static void logical(dl__ctx *c, dl__node *n)
{
	dl__gen *g = gen(c);
	uint32_t t, end;
	if (!leaps(n->b)) {
		explode_expr(c, n->a);
		return;
	}
	explode_expr(c, n->a);
	t = new_temp_for(c, n);
	put_assign_temp(c, t, n->a);
	end = label(c, g);
	dl__puts(c, " if (");
	if (n->op == T_AND)
		dl__put(c, "!", 1);
	dl__put_temp(c, t);
	if (n->op == T_NULLISH)
		dl__puts(c, " != null");
	dl__puts(c, ") {");
	go(c, end);
	dl__put(c, "}", 1);
	explode_expr(c, n->b);
	put_assign_temp(c, t, n->b);
	place(c, g, end);
	n->sub = t;
}

static void conditional(dl__ctx *c, dl__node *n)
{
	dl__gen *g = gen(c);
	uint32_t t, els, end;
	explode_expr(c, n->a);
	if (!leaps(n->b) && !leaps(n->c))
		return;
	t = new_temp_for(c, n);
	els = label(c, g);
	end = label(c, g);
	dl__puts(c, " if (!(");
	dl__expr(c, n->a);
	dl__puts(c, ")) {");
	go(c, els);
	dl__put(c, "}", 1);
	explode_expr(c, n->b);
	put_assign_temp(c, t, n->b);
	go(c, end);
	place(c, g, els);
	explode_expr(c, n->c);
	put_assign_temp(c, t, n->c);
	place(c, g, end);
	n->sub = t;
}

/* the parts of an assignment target, saved */
static void save_target(dl__ctx *c, dl__node *t)
{
	if (t->kind != N_MEMBER)
		return;
	if (t->a->kind == N_SUPER)
		unsupported(c, t, "await/yield in an assignment to a super property is");
	save(c, t->a);
	if ((t->flags & DL__F_COMPUTED) && t->b->kind != N_PRIVATE_NAME)
		save(c, t->b);
}

static void assign(dl__ctx *c, dl__node *n)
{
	dl__node *t = dl__unparen(n->a);
	dl__gen *g = gen(c);
	if (n->a->kind == N_OBJ_PAT || n->a->kind == N_ARR_PAT) {
		if (leaps(n->a))
			unsupported(c, n->a, "await/yield in a destructuring pattern is");
		explode_expr(c, n->b);
		return;
	}
	if (n->op == T_ASSIGN || !leaps(n->b)) {
		dl__node *k[3];
		int nk = 0;
		if (t->kind == N_MEMBER) {
			if (t->a->kind == N_SUPER && leaps(n))
				unsupported(c, t, "await/yield in an assignment to a super property is");
			structural(n->a);
			k[nk++] = t->a;
			if (t->flags & DL__F_COMPUTED)
				k[nk++] = t->b;
		}
		k[nk++] = n->b;
		children(c, k, nk);
		return;
	}
	/* compound assignment whose right side suspends: read the target first */
	{
		uint32_t v, end = 0;
		structural(n->a);
		save_target(c, t);
		v = new_temp_for(c, n);
		dl__put(c, " ", 1);
		dl__put_temp(c, v);
		dl__puts(c, " = ");
		dl__expr(c, t);
		dl__put(c, ";", 1);
		if (n->op == T_LAND_A || n->op == T_LOR_A || n->op == T_NULLISH_A) {
			end = label(c, g);
			dl__puts(c, " if (");
			if (n->op == T_LAND_A)
				dl__put(c, "!", 1);
			dl__put_temp(c, v);
			if (n->op == T_NULLISH_A)
				dl__puts(c, " != null");
			dl__puts(c, ") {");
			go(c, end);
			dl__put(c, "}", 1);
		}
		explode_expr(c, n->b);
		dl__put(c, " ", 1);
		dl__put_temp(c, v);
		dl__puts(c, " = (");
		dl__expr(c, t);
		dl__puts(c, " = ");
		if (end) {
			dl__expr(c, n->b);
		} else if (n->op == T_POW_A) {
			dl__puts(c, "__ls.pow(");
			dl__put_temp(c, v);
			dl__puts(c, ", ");
			dl__expr(c, n->b);
			dl__put(c, ")", 1);
		} else {
			const char *op = dl__tok_name(n->op);
			dl__put_temp(c, v);
			dl__put(c, " ", 1);
			dl__put(c, op, strlen(op) - 1);	/* += -> + */
			dl__put(c, " ", 1);
			dl__expr(c, n->b);
		}
		dl__puts(c, ");");
		if (end)
			place(c, g, end);
		n->sub = v;
	}
}

static void call(dl__ctx *c, dl__node *n)
{
	dl__node *callee = dl__unparen(n->a), **k;
	int nk = 0, args_leap = 0;
	dl__node *x;
	for (x = n->b; x; x = x->next)
		if (leaps(x))
			args_leap = 1;
	k = dl__alloc(&c->arena, (size_t)(count(n->b) + 2) * sizeof *k);
	if (n->kind == N_CALL && args_leap && callee->kind == N_MEMBER && callee->a->kind != N_SUPER) {
		/* o.m(..., await x): o and o.m are read before the arguments */
		uint32_t f, r;
		structural(n->a);
		save(c, callee->a);
		if ((callee->flags & DL__F_COMPUTED) && callee->b->kind != N_PRIVATE_NAME)
			save(c, callee->b);
		f = new_temp_for(c, n);
		put_assign_temp(c, f, callee);
		nk = add_list(k, 0, n->b);
		children(c, k, nk);
		r = dl__temp(c);
		dl__put(c, " ", 1);
		dl__put_temp(c, r);
		dl__puts(c, " = ");
		dl__put_temp(c, f);
		if (dl__has_spread(n->b)) {
			dl__node arr;
			memset(&arr, 0, sizeof arr);
			arr.kind = N_ARRAY;
			arr.flags = DL__F_MODERN;
			arr.a = n->b;
			arr.line = n->line;
			dl__puts(c, ".apply(");
			dl__expr(c, callee->a);
			dl__puts(c, ", ");
			dl__expr(c, &arr);
		} else {
			dl__puts(c, ".call(");
			dl__expr(c, callee->a);
			for (x = n->b; x; x = x->next) {
				dl__puts(c, ", ");
				dl__expr(c, x);
			}
		}
		dl__puts(c, ");");
		n->sub = r;
		return;
	}
	if (n->kind == N_NEW || !(callee->kind == N_SUPER ||
				 (callee->kind == N_MEMBER && callee->a->kind == N_SUPER))) {
		k[nk++] = n->a;
		if (args_leap)
			structural(n->a);
	}
	nk = add_list(k, nk, n->b);
	children(c, k, nk);
}

static void explode_expr(dl__ctx *c, dl__node *n)
{
	dl__node **k, *x;
	int nk = 0;
	if (!leaps(n))
		return;
	switch (n->kind) {
	case N_PAREN: case N_SPREAD: case N_UNARY:
		explode_expr(c, n->a);
		return;
	case N_YIELD: case N_AWAIT:
		suspend(c, n);
		return;
	case N_LOGICAL:
		logical(c, n);
		return;
	case N_COND:
		conditional(c, n);
		return;
	case N_ASSIGN:
		assign(c, n);
		return;
	case N_CALL: case N_NEW:
		if (n->flags & DL__F_OPTIONAL)
			break;
		call(c, n);
		return;
	case N_UPDATE: {
		dl__node *t = dl__unparen(n->a), *kk[2];
		if (t->kind != N_MEMBER)
			break;
		structural(n->a);
		kk[nk++] = t->a;
		if (t->flags & DL__F_COMPUTED)
			kk[nk++] = t->b;
		children(c, kk, nk);
		return;
	}
	case N_MEMBER: {
		dl__node *kk[2];
		if (n->flags & DL__F_OPTIONAL)
			break;
		kk[nk++] = n->a;
		if (n->flags & DL__F_COMPUTED)
			kk[nk++] = n->b;
		children(c, kk, nk);
		return;
	}
	case N_BINARY: {
		dl__node *kk[2];
		kk[0] = n->a;
		kk[1] = n->b;
		children(c, kk, 2);
		return;
	}
	case N_SEQ: case N_ARRAY:
		k = dl__alloc(&c->arena, (size_t)count(n->a) * sizeof *k);
		nk = add_list(k, 0, n->a);
		children(c, k, nk);
		return;
	case N_TEMPLATE:
		k = dl__alloc(&c->arena, (size_t)count(n->b) * sizeof *k);
		nk = add_list(k, 0, n->b);
		children(c, k, nk);
		return;
	case N_TAGGED:
		if (dl__unparen(n->a)->kind == N_MEMBER && leaps(n->b))
			break;
		k = dl__alloc(&c->arena, (size_t)(count(n->b->b) + 1) * sizeof *k);
		k[nk++] = n->a;
		nk = add_list(k, nk, n->b->b);
		children(c, k, nk);
		return;
	case N_CHAIN: {
		/* a suspension in the chain's head only ((await f())?.x): the head is
		 * evaluated before any ?. can short-circuit, so it is exploded alone */
		dl__node *h = n->a;
		int tail = 0;
		while (h->kind == N_MEMBER || h->kind == N_CALL) {
			if (h->kind == N_MEMBER && (h->flags & DL__F_COMPUTED) && leaps(h->b))
				tail = 1;
			if (h->kind == N_CALL)
				for (x = h->b; x; x = x->next)
					if (leaps(x))
						tail = 1;
			h = h->a;
		}
		if (tail || h->kind == N_SUPER)
			break;
		children(c, &h, 1);
		return;
	}
	case N_OBJECT:
		k = dl__alloc(&c->arena, (size_t)(2 * count(n->a)) * sizeof *k);
		for (x = n->a; x; x = x->next) {
			if (x->kind == N_SPREAD) {
				k[nk++] = x->a;
				continue;
			}
			if (x->flags & DL__F_COMPUTED)
				k[nk++] = x->a;
			if (!(x->flags & (DL__F_METHOD | DL__F_GET | DL__F_SET)))
				k[nk++] = x->b;
		}
		children(c, k, nk);
		return;
	default:
		break;
	}
	unsupported(c, n, n->kind == N_CHAIN || (n->flags & DL__F_OPTIONAL) ? "await/yield inside an optional chain is" :
		    n->kind == N_CLASS_EXPR ? "await/yield in a class heritage or computed key is" :
		    n->kind == N_TAGGED ? "await/yield in a tagged template with a method tag is" :
		    "await/yield in this expression is");
}

/* ---- jumps ---- */

static int same_name(dl__ctx *c, dl__node *a, dl__node *b)
{
	uint32_t n = a->end - a->start;
	return n == b->end - b->start && memcmp(c->src + a->start, c->src + b->start, n) == 0;
}

static int has_label(dl__ctx *c, dl__node *labels, dl__node *name)
{
	for (; labels && labels->kind == N_LABELED; labels = labels->d)
		if (same_name(c, labels->a, name))
			return 1;
	return 0;
}

/* the exploded statement a break/continue goes to, or NULL (a native one) */
static gjump *target(dl__ctx *c, dl__node *n)
{
	dl__gen *g = gen(c);
	gjump *j;
	int brk = n->kind == N_BREAK;
	if (n->a) {
		if (dl__label_inside(c, n->a))
			return NULL;
	} else if (brk ? c->fn->iife_brk : c->fn->iife_cont) {
		return NULL;
	}
	for (j = g->jumps; j; j = j->outer) {
		if (n->a ? has_label(c, j->labels, n->a) && (brk || j->cont) : brk ? j->breakable : j->cont != 0)
			return j;
	}
	unsupported(c, n, "this jump is");
	return NULL;
}

static void jump(dl__ctx *c, dl__node *n)
{
	dl__gen *g = gen(c);
	gjump *j = target(c, n);
	uint32_t to;
	int closes;
	if (!j) {
		/* within the statement being printed natively */
		closes = dl__close_iterators(c, n, 0);
		if (closes) {
			dl__put(c, "{", 1);
			dl__close_iterators(c, n, 1);
			dl__put(c, " ", 1);
		}
		dl__puts(c, n->kind == N_BREAK ? "break" : "continue");
		if (n->a) {
			dl__put(c, " ", 1);
			dl__put(c, c->src + n->a->start, n->a->end - n->a->start);
		}
		dl__put(c, ";", 1);
		if (closes)
			dl__puts(c, " }");
		return;
	}
	/* out of every native for-of around; exploded ones close as the runtime leaves
	 * their try entries */
	to = n->kind == N_BREAK ? j->brk : j->cont;
	dl__put(c, "{", 1);
	dl__close_iterators(c, NULL, 1);
	if (g->depth > (n->kind == N_BREAK ? j->depth : j->cdepth))
		dl__putf(c, " return _ls$c.j(%u); }", to);
	else
		dl__putf(c, " _ls$c.n = %u; continue _ls$w; }", to);
}

static void ret(dl__ctx *c, dl__node *n)
{
	int iters = dl__close_iterators(c, NULL, 0);
	if (iters && n->a) {
		uint32_t t = dl__temp(c);
		dl__put(c, "{", 1);
		put_assign_temp(c, t, n->a);
		dl__close_iterators(c, NULL, 1);
		dl__puts(c, " return _ls$c.r(");
		dl__put_temp(c, t);
		dl__puts(c, "); }");
		return;
	}
	if (iters) {
		dl__put(c, "{", 1);
		dl__close_iterators(c, NULL, 1);
		dl__put(c, " ", 1);
	}
	if (n->a)
		return_value(c, "return _ls$c.r(", n->a, ");");
	else
		dl__puts(c, "return _ls$c.r();");
	if (iters)
		dl__puts(c, " }");
}

void dl__gen_iife_return(dl__ctx *c, uint32_t r)
{
	dl__puts(c, " if (");
	dl__put_temp(c, r);
	dl__puts(c, ") return _ls$c.r(");
	dl__put_temp(c, r);
	dl__puts(c, ".v);");
}

/* ---- declarations ---- */

static void var_decl(dl__ctx *c, dl__node *n)
{
	dl__node *d;
	for (d = n->a; d; d = d->next) {
		dl__node *t = d->a;
		if (leaps(d->a))
			unsupported(c, d->a, "await/yield in a destructuring pattern is");
		explode_expr(c, d->b);
		dl__hoist_pattern(c, t);
		if (t->kind == N_IDENT) {
			if (!d->b && n->op == K_VAR)
				continue;
			dl__put(c, " ", 1);
			dl__decl_name(c, t);
			dl__puts(c, " = ");
			if (d->b) {
				if ((d->b->kind == N_CLASS_EXPR && !d->b->a) ||
						(dl__anonymous_fn(d->b) && dl__fn_kind(d->b)))
					c->name_hint = t;
				dl__expr(c, d->b);
				c->name_hint = NULL;
			} else {
				dl__puts(c, "void 0");
			}
			dl__put(c, ";", 1);
			continue;
		}
		dl__put(c, " ", 1);
		dl__lower_pattern(c, t, d->b, 0, 0);
		dl__put(c, ";", 1);
	}
}

void dl__gen_stmt(dl__ctx *c, dl__node *n)
{
	switch (n->kind) {
	case N_VAR:
		var_decl(c, n);
		return;
	case N_RETURN:
		ret(c, n);
		return;
	case N_BREAK: case N_CONTINUE:
		jump(c, n);
		return;
	case N_FUNC_DECL: case N_CLASS_DECL:
		/* an assignment at the place of the declaration (for a function in a block:
		 * Annex B) */
		dl__hoist_pattern(c, n->a);
		dl__decl_name(c, n->a);
		dl__puts(c, " = ");
		if (gen(c)->boxes)
			wrap_open(c);
		if (n->kind == N_FUNC_DECL)
			dl__function(c, n, 1);
		else
			dl__lower_class(c, n, 0);
		if (gen(c)->boxes)
			wrap_close(c);
		dl__put(c, ";", 1);
		return;
	default:
		dl__stmt(c, n);
	}
}

/* ---- statements ---- */

static void push_jump(dl__ctx *c, gjump *j, dl__node *labels, uint32_t brk, uint32_t cont, int breakable)
{
	dl__gen *g = gen(c);
	memset(j, 0, sizeof *j);
	j->outer = g->jumps;
	j->labels = labels;
	j->brk = brk;
	j->cont = cont;
	j->breakable = breakable;
	j->depth = j->cdepth = g->depth;
	g->jumps = j;
}

static void pop_jump(dl__ctx *c)
{
	dl__gen *g = gen(c);
	g->jumps = g->jumps->outer;
}

/* `if (!(test)) goto to;` with the test's suspensions first */
static void test_or_go(dl__ctx *c, dl__node *test, uint32_t to, int when)
{
	explode_expr(c, test);
	dl__sync(c, test->line);
	dl__puts(c, when ? " if (" : " if (!(");
	dl__expr(c, test);
	dl__puts(c, when ? ") {" : ")) {");
	go(c, to);
	dl__put(c, "}", 1);
}

/* ---- per-iteration bindings ---- */

static void box_ident(dl__ctx *c, dl__node *id, uint32_t box, int *k)
{
	dl__binding *b = id->u.ref;
	char buf[32];
	int n;
	char *o;
	const char *name;
	uint32_t len;
	if (!b || !b->captured || (b->kind != B_LET && b->kind != B_CONST && b->kind != B_CLASS))
		return;
	if (b->out && memchr(b->out, '.', b->outlen))
		return;
	name = b->out ? b->out : b->name;
	len = b->out ? b->outlen : b->len;
	n = snprintf(buf, sizeof buf, "_ls$%u.", box);
	o = dl__alloc(&c->arena, (size_t)n + len + 1);
	memcpy(o, buf, (size_t)n);
	memcpy(o + n, name, len);
	b->out = o;
	b->outlen = (uint32_t)n + len;
	(*k)++;
}

static void box_pattern(dl__ctx *c, dl__node *p, uint32_t box, int *k)
{
	dl__node *x;
	if (!p)
		return;
	switch (p->kind) {
	case N_IDENT:
		box_ident(c, p, box, k);
		return;
	case N_ASSIGN_PAT: case N_REST:
		box_pattern(c, p->a, box, k);
		return;
	case N_ARR_PAT:
		for (x = p->a; x; x = x->next)
			box_pattern(c, x, box, k);
		return;
	case N_OBJ_PAT:
		for (x = p->a; x; x = x->next)
			box_pattern(c, x->kind == N_REST ? x->a : x->b, box, k);
		return;
	default:
		return;
	}
}

/* the let/const/class declarations of a loop (its head and body, not nested loops or
 * functions) that closures capture move into the box */
static void box_walk(dl__ctx *c, dl__node *n, uint32_t box, int *k, int top)
{
	dl__node *x;
	if (!n)
		return;
	switch (n->kind) {
	case N_FUNC_DECL: case N_FUNC_EXPR: case N_ARROW: case N_CLASS_EXPR:
		return;
	case N_FOR: case N_FOR_IN: case N_FOR_OF: case N_WHILE: case N_DO_WHILE:
		if (!top)
			return;
		break;
	case N_VAR:
		if (n->op != K_VAR)
			for (x = n->a; x; x = x->next)
				box_pattern(c, x->a, box, k);
		return;
	case N_CLASS_DECL:
		box_ident(c, n->a, box, k);
		return;
	default:
		break;
	}
	for (x = n->a; x; x = x->next)
		box_walk(c, x, box, k, 0);
	for (x = n->b; x; x = x->next)
		box_walk(c, x, box, k, 0);
	for (x = n->c; x; x = x->next)
		box_walk(c, x, box, k, 0);
	for (x = n->d; x; x = x->next)
		box_walk(c, x, box, k, 0);
}

/* the references to boxed bindings, and what holds them, are printed structurally */
static int mark_boxed(dl__node *n)
{
	dl__node *x;
	int m = 0;
	if (!n)
		return 0;
	if (n->kind == N_IDENT) {
		dl__binding *b = n->u.ref;
		m = b && b->out && memchr(b->out, '.', b->outlen) != NULL;
	} else {
		for (x = n->a; x; x = x->next)
			m |= mark_boxed(x);
		for (x = n->b; x; x = x->next)
			m |= mark_boxed(x);
		for (x = n->c; x; x = x->next)
			m |= mark_boxed(x);
		for (x = n->d; x; x = x->next)
			m |= mark_boxed(x);
	}
	if (m)
		n->flags |= DL__F_MODERN;
	return m;
}

/* opens the box of loop n (0: it needs none) */
static uint32_t box_open(dl__ctx *c, dl__node *n, gbox *bx)
{
	dl__gen *g = gen(c);
	uint32_t t;
	int k = 0;
	if (!(n->flags & DL__F_LOOP_IIFE))
		return 0;
	t = dl__temp(c);
	box_walk(c, n, t, &k, 1);
	if (!k)
		return 0;
	mark_boxed(n);
	bx->outer = g->boxes;
	bx->temp = t;
	g->boxes = bx;
	return t;
}

static void box_close(dl__ctx *c, uint32_t t)
{
	if (t)
		gen(c)->boxes = gen(c)->boxes->outer;
}

/* a fresh box: ` _ls$b = {};` */
static void box_new(dl__ctx *c, uint32_t t)
{
	if (!t)
		return;
	dl__put(c, " ", 1);
	dl__put_temp(c, t);
	dl__puts(c, " = {};");
}

/* for (let ...): the next iteration's box starts as a copy of the head's bindings */
static void box_copy(dl__ctx *c, uint32_t t, dl__node *head)
{
	dl__node *d;
	int first = 1;
	if (!t)
		return;
	dl__put(c, " ", 1);
	dl__put_temp(c, t);
	dl__puts(c, " = {");
	for (d = head && head->kind == N_VAR ? head->a : NULL; d; d = d->next) {
		dl__binding *b = d->a->kind == N_IDENT ? d->a->u.ref : NULL;
		if (!b || !b->out || !memchr(b->out, '.', b->outlen))
			continue;
		if (!first)
			dl__puts(c, ", ");
		first = 0;
		dl__putf(c, "\"%s\": ", strchr(b->out, '.') + 1);
		dl__put(c, b->out, b->outlen);
	}
	dl__puts(c, "};");
}

/* the boxes' temps, comma-separated: the wrapper's parameters and its arguments */
static void put_boxes(dl__ctx *c)
{
	gbox *b;
	for (b = gen(c)->boxes; b; b = b->outer) {
		dl__put_temp(c, b->temp);
		if (b->outer)
			dl__puts(c, ", ");
	}
}

static void wrap_open(dl__ctx *c)
{
	dl__puts(c, "(function (");
	put_boxes(c);
	dl__puts(c, ") { return ");
}

static void wrap_close(dl__ctx *c)
{
	dl__puts(c, "; }(");
	put_boxes(c);
	dl__puts(c, "))");
}

int dl__gen_wrap(dl__ctx *c, dl__node *n)
{
	dl__gen *g = gen(c);
	dl__node *saved, *p;
	if (!g->boxes || g->wrapping == n)
		return 0;
	switch (n->kind) {
	case N_FUNC_EXPR: case N_ARROW: case N_CLASS_EXPR:
		break;
	case N_OBJECT:
		for (p = n->a; p; p = p->next)
			if (p->flags & (DL__F_METHOD | DL__F_GET | DL__F_SET))
				break;
		if (!p)
			return 0;
		break;
	default:
		return 0;
	}
	saved = g->wrapping;
	g->wrapping = n;
	dl__sync(c, n->line);
	wrap_open(c);
	dl__expr(c, n);
	wrap_close(c);
	g->wrapping = saved;
	return 1;
}

static void loop_while(dl__ctx *c, dl__node *n, dl__node *labels)
{
	dl__gen *g = gen(c);
	uint32_t top = label(c, g), end = label(c, g), box;
	gjump j;
	gbox bx;
	box = box_open(c, n, &bx);
	place(c, g, top);
	test_or_go(c, n->a, end, 0);
	box_new(c, box);
	push_jump(c, &j, labels, end, top, 1);
	explode_stmt(c, n->d);
	pop_jump(c);
	go(c, top);
	box_close(c, box);
	place(c, g, end);
}

static void loop_do(dl__ctx *c, dl__node *n, dl__node *labels)
{
	dl__gen *g = gen(c);
	uint32_t body = label(c, g), test = label(c, g), end = label(c, g), box;
	gjump j;
	gbox bx;
	box = box_open(c, n, &bx);
	place(c, g, body);
	box_new(c, box);
	push_jump(c, &j, labels, end, test, 1);
	explode_stmt(c, n->d);
	pop_jump(c);
	place(c, g, test);
	test_or_go(c, n->a, body, 1);
	box_close(c, box);
	place(c, g, end);
}

/* for (init; test; update) body. The update is printed before the test (jumped over
 * the first time), or, when the head spans lines, after it (the test then jumps to the
 * body), so each part stays on its line. */
static void loop_for(dl__ctx *c, dl__node *n, dl__node *labels)
{
	dl__gen *g = gen(c);
	uint32_t update = n->c ? label(c, g) : 0, test = label(c, g), end = label(c, g), box, next;
	uint32_t body = 0;
	int split = n->b && n->c && n->c->line > n->b->line;
	gjump j;
	gbox bx;
	box = box_open(c, n, &bx);
	box_new(c, box);
	if (n->a) {
		if (n->a->kind == N_VAR) {
			var_decl(c, n->a);
		} else {
			explode_expr(c, n->a);
			dl__put(c, " ", 1);
			dl__expr(c, n->a);
			dl__put(c, ";", 1);
		}
	}
	if (n->c && !split) {
		go(c, test);
		place(c, g, update);
		box_copy(c, box, n->a);
		explode_expr(c, n->c);
		dl__put(c, " ", 1);
		dl__expr(c, n->c);
		dl__put(c, ";", 1);
	}
	place(c, g, test);
	if (n->b)
		test_or_go(c, n->b, end, 0);
	if (split) {
		body = label(c, g);
		go(c, body);
		place(c, g, update);
		box_copy(c, box, n->a);
		explode_expr(c, n->c);
		dl__put(c, " ", 1);
		dl__expr(c, n->c);
		dl__put(c, ";", 1);
		go(c, test);
		place(c, g, body);
	}
	next = n->c ? update : box ? label(c, g) : test;
	push_jump(c, &j, labels, end, next, 1);
	explode_stmt(c, n->d);
	pop_jump(c);
	go(c, next);
	if (!n->c && box) {
		place(c, g, next);
		box_copy(c, box, n->a);
		go(c, test);
	}
	box_close(c, box);
	place(c, g, end);
}

/* the loop variable of a for-in/of from the value text `_ls$step.value` */
static void loop_binding(dl__ctx *c, dl__node *left, uint32_t value, const char *prop)
{
	dl__node *t = left->kind == N_VAR ? left->a->a : left;
	uint32_t v = dl__temp(c);
	if (leaps(left))
		unsupported(c, left, "await/yield in a loop head's target is");
	if (left->kind == N_VAR)
		dl__hoist_pattern(c, t);
	dl__put(c, " ", 1);
	dl__put_temp(c, v);
	dl__puts(c, " = ");
	dl__put_temp(c, value);
	dl__puts(c, prop);
	dl__puts(c, ", ");
	dl__lower_pattern(c, t, NULL, v, 0);
	dl__put(c, ";", 1);
}

static uint32_t new_try(dl__ctx *c, dl__gen *g);

/* for-of, for await, for-in (over __ls.forIn's key iterator). A for-of loop is an
 * exploded try whose finally closes the iterator: a jump, return or exception leaving
 * the body (or a return() arriving at a yield in it) passes through it. */
static void loop_of(dl__ctx *c, dl__node *n, dl__node *labels)
{
	dl__gen *g = gen(c);
	uint32_t top, end, it = dl__temp(c), step = dl__temp(c), k = 0, e = 0, t, fi = 0, outer = g->now;
	int aw = (n->flags & DL__F_AWAIT) != 0, close = n->kind != N_FOR_IN;
	gjump j;
	gbox bx;
	uint32_t box = box_open(c, n, &bx);
	explode_expr(c, n->b);
	dl__sync(c, n->b->line);
	dl__put(c, " ", 1);
	dl__put_temp(c, it);
	dl__puts(c, " = ");
	dl__helper(c, n->kind == N_FOR_IN ? "forIn(" : aw ? "asyncIter(" : "iter(");
	dl__expr(c, n->b);
	if (n->kind != N_FOR_IN && !aw)
		dl__iter_name(c, n->b, 0);
	dl__puts(c, ");");
	if (close) {
		e = new_try(c, g);
		t = label(c, g);
		fi = label(c, g);
		g->has_try = 1;
		g->depth++;
		g->now = e * 3 + 1;
		g->code[t] = g->now;
		g->seg[t] = g->nseg ? g->nseg - 1 : 0;
		dl__putf(c, " _ls$c.p = %u;", t);
	}
	top = label(c, g);
	end = label(c, g);
	place(c, g, top);
	if (aw) {
		/* await it.next() */
		k = label(c, g);
		dl__putf(c, " _ls$c.n = %u;", k);
		if (g->kind == G_ASYNC_GEN)
			dl__puts(c, " _ls$c.w = 1;");
		dl__puts(c, " return ");
		dl__put_temp(c, it);
		dl__puts(c, ".next();");
		place(c, g, k);
		dl__put(c, " ", 1);
		dl__helper(c, "step(");
		dl__put_temp(c, step);
		dl__puts(c, " = _ls$c.s);");
		dl__puts(c, " if (");
		dl__put_temp(c, step);
		dl__puts(c, ".done) {");
	} else {
		dl__puts(c, " if ((");
		dl__put_temp(c, step);
		dl__puts(c, " = ");
		dl__put_temp(c, it);
		dl__puts(c, ".next()).done) {");
	}
	go(c, end);
	dl__put(c, "}", 1);
	box_new(c, box);
	loop_binding(c, n->a, step, ".value");
	push_jump(c, &j, labels, end, top, 1);
	if (close)
		j.depth = g->depth - 1;
	explode_stmt(c, n->d);
	pop_jump(c);
	go(c, top);
	if (close) {
		g->tries[e * 3 + 1] = (int32_t)fi;
		g->now = e * 3 + 3;
		place(c, g, fi);
		if (aw) {
			k = label(c, g);
			dl__putf(c, " if (_ls$c.ar(%u, ", e);
			dl__put_temp(c, it);
			dl__putf(c, ")) { _ls$c.n = %u;", k);
			if (g->kind == G_ASYNC_GEN)
				dl__puts(c, " _ls$c.w = 1;");
			dl__putf(c, " return _ls$c.t; } return _ls$c.f(%u, %u);", e, end);
			place(c, g, k);
			dl__putf(c, " _ls$c.ac(%u, _ls$c.s);", e);
		} else {
			dl__putf(c, " _ls$c.x(%u, ", e);
			dl__put_temp(c, it);
			dl__puts(c, ");");
		}
		dl__putf(c, " return _ls$c.f(%u, %u);", e, end);
		g->now = outer;
		g->depth--;
	}
	box_close(c, box);
	place(c, g, end);
}

/* switch: each case's test is checked at its own line, in order */
static void switch_stmt(dl__ctx *c, dl__node *n, dl__node *labels)
{
	dl__gen *g = gen(c);
	uint32_t d, end = label(c, g), deflt = 0, ntests = 0, i;
	uint32_t *tests, *bodies;
	dl__node *cs;
	gjump j;
	int ncases = count(n->b);
	tests = dl__alloc(&c->arena, (size_t)(ncases + 1) * sizeof *tests);
	bodies = dl__alloc(&c->arena, (size_t)(ncases + 1) * sizeof *bodies);
	for (i = 0, cs = n->b; cs; cs = cs->next, i++) {
		bodies[i] = label(c, g);
		if (cs->a)
			tests[ntests++] = label(c, g);
		else
			deflt = bodies[i];
	}
	tests[ntests] = deflt ? deflt : end;
	explode_expr(c, n->a);
	d = new_temp_for(c, n);
	put_assign_temp(c, d, n->a);
	go(c, tests[0]);
	push_jump(c, &j, labels, end, 0, 1);
	ntests = 0;
	for (i = 0, cs = n->b; cs; cs = cs->next, i++) {
		dl__node *s;
		if (cs->a) {
			/* not reached by falling through: the previous body jumps over it */
			if (i > 0)
				go(c, bodies[i]);
			dl__sync(c, cs->line);
			place(c, g, tests[ntests]);
			explode_expr(c, cs->a);
			dl__puts(c, " if (");
			dl__put_temp(c, d);
			dl__puts(c, " === ");
			dl__expr(c, cs->a);
			dl__puts(c, ") {");
			go(c, bodies[i]);
			dl__put(c, "}", 1);
			go(c, tests[ntests + 1]);
			ntests++;
		}
		place(c, g, bodies[i]);
		for (s = cs->b; s; s = s->next)
			explode_stmt(c, s);
	}
	pop_jump(c);
	place(c, g, end);
}

static uint32_t new_try(dl__ctx *c, dl__gen *g)
{
	if (g->ntries == g->captries) {
		uint32_t cap = g->captries ? g->captries * 2 : 8;
		int32_t *t = dl__alloc(&c->arena, cap * 3 * sizeof *t);
		if (g->ntries)
			memcpy(t, g->tries, g->ntries * 3 * sizeof *t);
		g->tries = t;
		g->captries = cap;
	}
	g->tries[g->ntries * 3] = -1;
	g->tries[g->ntries * 3 + 1] = -1;
	g->tries[g->ntries * 3 + 2] = (int32_t)g->now;
	return g->ntries++;
}

static void try_stmt(dl__ctx *c, dl__node *n)
{
	dl__gen *g = gen(c);
	uint32_t e = new_try(c, g), outer = g->now;
	uint32_t t = label(c, g), ca = n->c ? label(c, g) : 0, fi = n->d ? label(c, g) : 0;
	uint32_t after = label(c, g);
	gtry tr;
	tr.outer = g->try_;
	tr.id = e;
	g->try_ = &tr;
	g->depth++;
	g->now = e * 3 + 1;
	g->code[t] = g->now;
	g->seg[t] = g->nseg ? g->nseg - 1 : 0;
	dl__putf(c, " _ls$c.p = %u;", t);
	explode_stmt(c, n->a);
	go(c, n->d ? fi : after);
	if (n->c) {
		g->tries[e * 3] = (int32_t)ca;
		g->now = e * 3 + 2;
		dl__sync(c, n->c->line);
		place(c, g, ca);
		if (n->b) {
			dl__node *p = n->b;
			dl__hoist_pattern(c, p);
			{
				uint32_t v = dl__temp(c);
				dl__put(c, " ", 1);
				dl__put_temp(c, v);
				dl__puts(c, " = _ls$c.e, ");
				dl__lower_pattern(c, p, NULL, v, 0);
				dl__put(c, ";", 1);
			}
		}
		explode_stmt(c, n->c);
		go(c, n->d ? fi : after);
	}
	if (n->d) {
		g->tries[e * 3 + 1] = (int32_t)fi;
		g->now = e * 3 + 3;
		dl__sync(c, n->d->line);
		place(c, g, fi);
		explode_stmt(c, n->d);
		dl__putf(c, " return _ls$c.f(%u, %u);", e, after);
	}
	g->now = outer;
	g->depth--;
	g->try_ = tr.outer;
	place(c, g, after);
}

/* Prints loop or switch s with its labels (NULL: none); 0 when s is neither. */
static int loop_or_switch(dl__ctx *c, dl__node *s, dl__node *labels)
{
	switch (s->kind) {
	case N_WHILE:
		loop_while(c, s, labels);
		return 1;
	case N_DO_WHILE:
		loop_do(c, s, labels);
		return 1;
	case N_FOR:
		loop_for(c, s, labels);
		return 1;
	case N_FOR_OF: case N_FOR_IN:
		loop_of(c, s, labels);
		return 1;
	case N_SWITCH:
		switch_stmt(c, s, labels);
		return 1;
	default:
		return 0;
	}
}

/* a labeled statement: its labels go to the loop, or name the statement itself */
static void labeled(dl__ctx *c, dl__node *n)
{
	dl__node *s = n;
	while (s->kind == N_LABELED)
		s = s->d;
	if (!leaps(s)) {
		dl__stmt(c, n);
		return;
	}
	if (!loop_or_switch(c, s, n)) {
		dl__gen *g = gen(c);
		uint32_t end = label(c, g);
		gjump j;
		push_jump(c, &j, n, end, 0, 0);
		explode_stmt(c, s);
		pop_jump(c);
		place(c, g, end);
	}
}

static void explode_stmt(dl__ctx *c, dl__node *n)
{
	dl__gen *g = gen(c);
	dl__node *s;
	if (!leaps(n)) {
		dl__put(c, " ", 1);
		dl__stmt(c, n);
		return;
	}
	dl__sync(c, n->line);
	switch (n->kind) {
	case N_BLOCK:
		for (s = n->a; s; s = s->next)
			explode_stmt(c, s);
		return;
	case N_EXPR_STMT:
		explode_expr(c, n->a);
		if (dl__unparen(n->a)->sub)
			return;	/* nothing left to evaluate */
		dl__put(c, " ", 1);
		dl__expr(c, n->a);
		dl__put(c, ";", 1);
		return;
	case N_VAR:
		var_decl(c, n);
		return;
	case N_RETURN:
		explode_expr(c, n->a);
		dl__put(c, " ", 1);
		ret(c, n);
		return;
	case N_THROW:
		explode_expr(c, n->a);
		return_value(c, " throw ", n->a, ";");
		return;
	case N_IF: {
		uint32_t els = label(c, g), end = n->c ? label(c, g) : els;
		test_or_go(c, n->a, els, 0);
		explode_stmt(c, n->b);
		if (n->c) {
			go(c, end);
			place(c, g, els);
			explode_stmt(c, n->c);
		}
		place(c, g, end);
		return;
	}
	case N_WHILE: case N_DO_WHILE: case N_FOR: case N_FOR_OF: case N_FOR_IN: case N_SWITCH:
		loop_or_switch(c, n, NULL);
		return;
	case N_TRY:
		try_stmt(c, n);
		return;
	case N_LABELED:
		labeled(c, n);
		return;
	case N_CLASS_DECL:
		unsupported(c, n, "await/yield in a class heritage or computed key is");
		return;
	default:
		unsupported(c, n, "await/yield in this statement is");
	}
}

/* ---- the function ---- */

/* the name the inner function takes (for stack traces): the function's or the method
 * key's, unless the body mentions it (the inner name would shadow it) */
static dl__node *inner_name(dl__ctx *c, dl__node *fn)
{
	dl__node *name = NULL;
	if (fn->kind != N_ARROW && fn->a && fn->a->kind == N_IDENT)
		name = fn->a;
	else if (fn->u.scope && fn->u.scope->method_key)
		name = fn->u.scope->method_key;
	if (!name || !dl__fn_name_ok(c, name))
		return NULL;
	if (name->end - name->start == 5 && !memcmp(c->src + name->start, "await", 5))
		return NULL;
	if (mentions(c, fn->c, name))
		return NULL;
	return name;
}

static void open_segment(dl__ctx *c, dl__gen *g, dl__node *fn, uint32_t first)
{
	dl__node *name = g->name;
	(void)fn;
	dl__puts(c, "function ");
	if (name)
		dl__put(c, c->src + name->start, name->end - name->start);
	dl__puts(c, g->has_try ? "(_ls$c) { _ls$w: while (1) switch (_ls$c.p = _ls$c.n) {" :
		 "(_ls$c) { _ls$w: while (1) switch (_ls$c.n) {");
	g->nseg++;
	g->seg_open = 1;
	place(c, g, first);
}

static void close_segment(dl__ctx *c, dl__gen *g)
{
	dl__puts(c, " } }");
	g->seg_open = 0;
}

static void put_tables(dl__ctx *c, dl__gen *g)
{
	uint32_t i;
	dl__fn *top = c->fn;
	uint32_t t;
	if (!g->ntries && g->nseg < 2)
		return;
	/* made once, in a temp of the file's top level */
	while (top->outer)
		top = top->outer;
	t = dl__temp_in(c, top);
	dl__puts(c, ", ");
	dl__put_temp(c, t);
	dl__puts(c, " || (");
	dl__put_temp(c, t);
	dl__puts(c, " = [[");
	if (g->ntries) {
		for (i = 0; i < g->nlabels; i++)
			dl__putf(c, i ? ",%u" : "%u", g->code[i]);
	}
	dl__puts(c, "], [");
	for (i = 0; i < g->ntries * 3; i++)
		dl__putf(c, i ? ",%d" : "%d", (int)g->tries[i]);
	dl__puts(c, "]");
	if (g->nseg > 1) {
		dl__puts(c, ", [");
		for (i = 0; i < g->nlabels; i++)
			dl__putf(c, i ? ",%u" : "%u", g->seg[i]);
		dl__puts(c, "]");
	}
	dl__puts(c, "])");
}

/* a generator's runner gets the function being called (mujs patch 0116 compiles
 * _ls$callee as it): its generator objects inherit from its 'prototype' */
static const char *runner(dl__gen *g)
{
	return g->kind == G_GEN ? "gen(_ls$callee, " : g->kind == G_ASYNC ? "async(" : "agen(_ls$callee, ";
}

/* the top-level statements; function declarations among them cut segments */
static void top_level(dl__ctx *c, dl__gen *g, dl__node *fn, dl__node *list)
{
	dl__node *s;
	for (s = list; s; s = s->next) {
		if (g->segmented && s->kind == N_FUNC_DECL) {
			if (g->seg_open) {
				g->seg_next = label(c, g);
				dl__putf(c, " _ls$c.n = %u; return _ls$c.K;", g->seg_next);
				close_segment(c, g);
				dl__puts(c, ");");
			}
			dl__put(c, " ", 1);
			dl__function(c, s, 1);
			continue;
		}
		if (g->segmented && !g->seg_open) {
			dl__put(c, " ", 1);
			dl__put_temp(c, g->segs_temp);
			dl__puts(c, ".push(");
			open_segment(c, g, fn, g->seg_next);
		}
		explode_stmt(c, s);
	}
}

void dl__gen_body(dl__ctx *c, dl__node *fn)
{
	dl__gen g;
	dl__node *s;
	int expr = (fn->flags & DL__F_EXPR_BODY) != 0;
	memset(&g, 0, sizeof g);
	g.fn = fn;
	g.kind = (fn->flags & DL__F_GENERATOR) ? ((fn->flags & DL__F_ASYNC) ? G_ASYNC_GEN : G_GEN) : G_ASYNC;
	if (expr)
		mark(&g, fn->c);
	else
		mark_list(&g, fn->c->a);
	if (!expr)
		for (s = fn->c->a; s; s = s->next)
			if (s->kind == N_FUNC_DECL)
				g.segmented = 1;
	c->fn->gen = &g;
	g.name = inner_name(c, fn);
	label(c, &g);	/* state 0: the start */
	if (g.segmented) {
		g.segs_temp = dl__temp(c);
		dl__puts(c, " ");
		dl__put_temp(c, g.segs_temp);
		dl__puts(c, " = [];");
		top_level(c, &g, fn, fn->c->a);
		if (!g.seg_open) {
			dl__put(c, " ", 1);
			dl__put_temp(c, g.segs_temp);
			dl__puts(c, ".push(");
			open_segment(c, &g, fn, g.seg_next);
		}
		dl__puts(c, " return _ls$c.r();");
		close_segment(c, &g);
		dl__puts(c, "); return ");
		dl__helper(c, runner(&g));
		dl__put_temp(c, g.segs_temp);
	} else {
		dl__puts(c, " return ");
		dl__helper(c, runner(&g));
		open_segment(c, &g, fn, 0);
		if (expr) {
			explode_expr(c, fn->c);
			return_value(c, " return _ls$c.r(", fn->c, ");");
		} else {
			top_level(c, &g, fn, fn->c->a);
			dl__puts(c, " return _ls$c.r();");
		}
		close_segment(c, &g);
	}
	put_tables(c, &g);
	dl__puts(c, ");");
	c->fn->gen = NULL;
}
