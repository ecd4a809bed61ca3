/* lower_expr.c — ES2015+ expressions as ES5: template literals and tagged templates,
 * object literals (shorthand, methods, computed keys, spread), array/call/new spread,
 * super calls and properties, optional chaining, ??, ||= &&= ??=, **.
 *
 * Evaluation order and single evaluation are kept with temps (_ls$N); each lowered
 * form is parenthesized so it can stand wherever the original expression stood. */
#include <string.h>

#include "internal.h"

/* ---- templates ---- */

/* `a${x}b` -> ("a".concat(x, "b")): concat converts with ToString, as templates do */
void dl__lower_template(dl__ctx *c, dl__node *n)
{
	dl__node *q = n->a, *e = n->b;
	if (!e) {
		dl__template_string(c, q);
		return;
	}
	dl__put(c, "(", 1);
	dl__template_string(c, q);
	dl__puts(c, ".concat(");
	for (q = q->next; e; e = e->next, q = q->next) {
		dl__expr(c, e);
		if (q->end > q->start || !q->next) {
			dl__puts(c, ", ");
			dl__template_string(c, q);
		}
		if (e->next)
			dl__puts(c, ", ");
	}
	dl__puts(c, "))");
}

static void raw_string(dl__ctx *c, dl__node *q)
{
	const char *s = c->src + q->start;
	uint32_t n = q->end - q->start, i;
	dl__put(c, "\"", 1);
	for (i = 0; i < n; i++) {
		if (s[i] == '\\' || s[i] == '"') {
			dl__put(c, "\\", 1);
			dl__put(c, s + i, 1);
		} else if (s[i] == '\r' || s[i] == '\n') {
			if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
				i++;
			dl__put(c, "\\n\\\n", 4);
		} else {
			dl__put(c, s + i, 1);
		}
	}
	dl__put(c, "\"", 1);
}

/* tag`a${x}` -> tag(_ls$N || (_ls$N = __ls.tpl(["a", ""], ["a", ""])), x): the strings
 * object is made once per call site, as in ES2015 */
void dl__lower_tagged(dl__ctx *c, dl__node *n)
{
	dl__fn *top = c->fn;
	dl__node *q, *e;
	uint32_t t;
	int first;
	while (top->outer)
		top = top->outer;
	t = dl__temp_in(c, top);
	dl__expr(c, n->a);
	dl__put(c, "(", 1);
	dl__put_temp(c, t);
	dl__puts(c, " || (");
	dl__put_temp(c, t);
	dl__puts(c, " = ");
	dl__helper(c, "tpl([");
	for (first = 1, q = n->b->a; q; q = q->next, first = 0) {
		if (!first)
			dl__puts(c, ", ");
		if (dl__template_malformed(c, q))
			dl__puts(c, "void 0");
		else
			dl__template_string(c, q);
	}
	dl__puts(c, "], [");
	for (first = 1, q = n->b->a; q; q = q->next, first = 0) {
		if (!first)
			dl__puts(c, ", ");
		raw_string(c, q);
	}
	dl__puts(c, "]))");
	for (e = n->b->b; e; e = e->next) {
		dl__puts(c, ", ");
		dl__expr(c, e);
	}
	dl__put(c, ")", 1);
}

/* ---- object literals ---- */

/* an anonymous function, arrow or class expression: named after the key or binding
 * it is assigned to (the spec's IsAnonymousFunctionDefinition) */
int dl__anonymous_fn(const dl__node *x)
{
	return x && (x->kind == N_ARROW ||
		((x->kind == N_FUNC_EXPR || x->kind == N_CLASS_EXPR) && !x->a));
}

/* a method's function: anonymous (the engine names it from the key), so that a
 * reference to an outer binding of the same name inside it still means that binding */
static void method_value(dl__ctx *c, dl__node *fn)
{
	dl__sync(c, fn->line);
	dl__fn_kind_open(c, fn);
	dl__puts(c, "function ");
	dl__function_tail(c, fn, NULL);
	dl__fn_kind_close(c, fn);
}

static void plain_prop(dl__ctx *c, dl__node *p)
{
	dl__sync(c, p->line);
	if (p->flags & (DL__F_GET | DL__F_SET)) {
		dl__puts(c, p->flags & DL__F_GET ? "get " : "set ");
		dl__expr(c, p->a);
		dl__put(c, " ", 1);
		dl__function_tail(c, p->b, NULL);
		return;
	}
	if (p->a->kind == N_IDENT)
		dl__put(c, c->src + p->a->start, p->a->end - p->a->start);
	else
		dl__expr(c, p->a);
	dl__puts(c, ": ");
	if (p->a->kind == N_IDENT && dl__fn_kind(p->b) &&
			((p->flags & DL__F_METHOD) || dl__anonymous_fn(p->b)))
		c->name_hint = p->a;	/* named after its key (dl__fn_kind_close) */
	if (p->flags & DL__F_METHOD)
		method_value(c, p->b);
	else
		dl__expr(c, p->b);
}

/* a method or accessor that uses super: it needs its home object (the literal) */
static int homed(const dl__node *p)
{
	return p->kind != N_SPREAD && (p->flags & (DL__F_METHOD | DL__F_GET | DL__F_SET)) &&
		p->b && (p->b->flags & DL__F_USES_SUPER);
}

/* (function (_ls$H) { return function () {...}; })(_ls$t): the method sees the object
 * made by this evaluation of the literal as its home (super looks up from its prototype) */
static void homed_method_value(dl__ctx *c, dl__node *fn, uint32_t t)
{
	uint32_t h = ++c->ntemp;
	dl__puts(c, "(function (");
	dl__put_temp(c, h);
	dl__puts(c, ") { return ");
	c->fn->pending_home = h;
	method_value(c, fn);
	c->fn->pending_home = 0;
	dl__puts(c, "; })(");
	dl__put_temp(c, t);
	dl__put(c, ")", 1);
}

void dl__lower_object(dl__ctx *c, dl__node *n)
{
	dl__node *p, *split = NULL;
	uint32_t t;
	int first = 1;
	for (p = n->a; p; p = p->next)
		if (p->kind == N_SPREAD || (p->flags & (DL__F_COMPUTED | DL__F_PROTO)) || homed(p) ||
		    (p->a && p->a->kind == N_NUMBER && c->src[p->a->end - 1] == 'n')) {
			/* (a BigInt key { 1n: v } is the call of a BigInt literal: defined after) */
			split = p;
			break;
		}
	if (!split) {
		dl__put(c, "{", 1);
		for (p = n->a; p; p = p->next) {
			if (!first)
				dl__puts(c, ", ");
			first = 0;
			plain_prop(c, p);
		}
		dl__put(c, "}", 1);
		return;
	}
	t = dl__temp(c);
	dl__put(c, "(", 1);
	dl__put_temp(c, t);
	dl__puts(c, " = {");
	for (p = n->a; p != split; p = p->next) {
		if (!first)
			dl__puts(c, ", ");
		first = 0;
		plain_prop(c, p);
	}
	dl__put(c, "}", 1);
	for (p = split; p; p = p->next) {
		dl__puts(c, ", ");
		dl__sync(c, p->line);
		if (p->kind == N_SPREAD) {
			dl__helper(c, "spreadProps(");
			dl__put_temp(c, t);
			dl__puts(c, ", ");
			dl__expr(c, p->a);
			dl__put(c, ")", 1);
			continue;
		}
		if (p->flags & DL__F_PROTO) {
			dl__helper(c, "protoProp(");
			dl__put_temp(c, t);
			dl__puts(c, ", ");
			dl__expr(c, p->b);
			dl__put(c, ")", 1);
			continue;
		}
		dl__helper(c, p->flags & (DL__F_GET | DL__F_SET) ? "defineAccessor(" : "defineProp(");
		dl__put_temp(c, t);
		dl__puts(c, ", ");
		if (p->flags & DL__F_COMPUTED)
			dl__expr(c, p->a);
		else
			dl__key_string(c, p->a);
		dl__puts(c, ", ");
		if (p->flags & (DL__F_GET | DL__F_SET)) {
			if (p->flags & DL__F_SET)
				dl__puts(c, "void 0, ");
			if (homed(p))
				homed_method_value(c, p->b, t);
			else
				method_value(c, p->b);
		} else if (p->flags & DL__F_METHOD) {
			if (homed(p))
				homed_method_value(c, p->b, t);
			else
				method_value(c, p->b);
			dl__puts(c, ", 1");	/* named after its key at run time */
		} else {
			dl__expr(c, p->b);
			if (dl__anonymous_fn(p->b))
				dl__puts(c, ", 1");
		}
		dl__put(c, ")", 1);
	}
	dl__puts(c, ", ");
	dl__put_temp(c, t);
	dl__put(c, ")", 1);
}

/* ---- what V8 names in "x is not iterable" ---- */

typedef struct namebuf { char s[128]; size_t n; int ok; } namebuf;

static void nb_put(namebuf *b, const char *s, size_t n)
{
	size_t i;
	if (!b->ok || b->n + n >= sizeof b->s) {
		b->ok = 0;
		return;
	}
	for (i = 0; i < n; i++)
		if (s[i] == '\\' || s[i] == '"' || (unsigned char)s[i] < ' ')
			b->ok = 0;
	memcpy(b->s + b->n, s, n);
	b->n += n;
}

/* identifiers, this, a.b, a[0] chains as V8's call printer renders them */
static void nb_ref(dl__ctx *c, namebuf *b, dl__node *x)
{
	switch (x->kind) {
	case N_IDENT: case N_THIS:
		nb_put(b, c->src + x->start, x->end - x->start);
		return;
	case N_OBJECT:
		if (x->a)
			nb_put(b, "{(intermediate value)}", 22);
		else
			nb_put(b, "{}", 2);
		return;
	case N_MEMBER:
		if (x->flags & DL__F_OPTIONAL || x->a->kind == N_SUPER) {
			b->ok = 0;
			return;
		}
		nb_ref(c, b, x->a);
		if (x->b->kind == N_PRIVATE_NAME) {
			b->ok = 0;
		} else if (x->flags & DL__F_COMPUTED) {
			if (x->b->kind == N_LITERAL && x->b->end - x->b->start > 2 &&
			    (c->src[x->b->start] == '"' || c->src[x->b->start] == '\'')) {
				nb_put(b, ".", 1);	/* o['k'] is printed o.k */
				nb_put(b, c->src + x->b->start + 1, x->b->end - x->b->start - 2);
				return;
			}
			if (x->b->kind != N_NUMBER) {
				b->ok = 0;
				return;
			}
			nb_put(b, "[", 1);
			nb_put(b, c->src + x->b->start, x->b->end - x->b->start);
			nb_put(b, "]", 1);
		} else {
			nb_put(b, ".", 1);
			nb_put(b, c->src + x->b->start, x->b->end - x->b->start);
		}
		return;
	default:
		b->ok = 0;
	}
}

/* `, "name"` after the value given to __ls.iter/spread/toArray when V8 would name the
 * expression in its "... is not iterable" TypeError: a reference (not in a destructuring,
 * `pattern`, where only a plain name is), a number or boolean, a call of a reference
 * ("f is not a function or its return value") */
void dl__iter_name(dl__ctx *c, dl__node *x, int pattern)
{
	namebuf b;
	b.n = 0;
	b.ok = 1;
	x = dl__unparen(x);
	if (x->kind == N_CALL) {
		if (x->a->kind == N_SUPER)
			return;
		nb_ref(c, &b, x->a);
		nb_put(&b, " is not a function or its return value", 38);
	} else if (x->kind == N_NUMBER || (x->kind == N_LITERAL && ((x->end - x->start == 4 &&
			(memcmp(c->src + x->start, "true", 4) == 0 || memcmp(c->src + x->start, "null", 4) == 0)) ||
			(x->end - x->start == 5 && memcmp(c->src + x->start, "false", 5) == 0)))) {
		nb_put(&b, c->src + x->start, x->end - x->start);
	} else if (pattern) {
		if (x->kind != N_IDENT && x->kind != N_THIS && x->kind != N_OBJECT)
			return;
		nb_ref(c, &b, x);
	} else {
		nb_ref(c, &b, x);
	}
	if (!b.ok)
		return;
	dl__puts(c, ", \"");
	dl__put(c, b.s, b.n);
	dl__put(c, "\"", 1);
}

/* ---- spread ---- */

static void element(dl__ctx *c, dl__node *x)
{
	if (x->kind == N_HOLE)
		dl__puts(c, "void 0");
	else
		dl__expr(c, x);
}

/* spread's arguments after the value: the expression's name (mode 1, an array literal),
 * or a call's (mode 2) name or void 0 and 1 */
static void spread_name(dl__ctx *c, dl__node *x, int mode)
{
	size_t len = c->out.len;
	dl__iter_name(c, x, 0);
	if (mode == 2) {
		if (c->out.len == len)
			dl__puts(c, ", void 0");
		dl__puts(c, ", 1");
	}
}

/* elements with spreads as one array: [a].concat(__ls.spread(b), [c]); concat adds
 * the elements of each array argument, so a literal run stays one piece */
static void spread_array(dl__ctx *c, dl__node *el, int name)
{
	dl__node *x = el, *y;
	int first = 1;
	if (el->kind == N_SPREAD && !el->next) {
		dl__helper(c, "spread(");
		dl__expr(c, el->a);
		spread_name(c, el->a, name);
		dl__put(c, ")", 1);
		return;
	}
	if (el->kind == N_SPREAD) {
		dl__puts(c, "[].concat(");
	} else {
		dl__put(c, "[", 1);
		for (; x && x->kind != N_SPREAD; x = x->next) {
			if (x != el)
				dl__puts(c, ", ");
			element(c, x);
		}
		dl__puts(c, "].concat(");
	}
	while (x) {
		if (!first)
			dl__puts(c, ", ");
		first = 0;
		if (x->kind == N_SPREAD) {
			dl__helper(c, "spread(");
			dl__expr(c, x->a);
			spread_name(c, x->a, name);
			dl__put(c, ")", 1);
			x = x->next;
			continue;
		}
		dl__put(c, "[", 1);
		for (y = x; x && x->kind != N_SPREAD; x = x->next) {
			if (x != y)
				dl__puts(c, ", ");
			element(c, x);
		}
		dl__put(c, "]", 1);
	}
	dl__put(c, ")", 1);
}

void dl__lower_array(dl__ctx *c, dl__node *n)
{
	dl__put(c, "(", 1);
	spread_array(c, n->a, 1);
	dl__put(c, ")", 1);
}

static void args_array(dl__ctx *c, dl__node *args)
{
	dl__node *x;
	int spread = 0, first = 1;
	for (x = args; x; x = x->next)
		if (x->kind == N_SPREAD)
			spread = 1;
	if (spread) {
		spread_array(c, args, 2);
		return;
	}
	dl__put(c, "[", 1);
	for (x = args; x; x = x->next) {
		if (!first)
			dl__puts(c, ", ");
		first = 0;
		dl__expr(c, x);
	}
	dl__put(c, "]", 1);
}

static void args_list(dl__ctx *c, dl__node *args)
{
	dl__node *x;
	for (x = args; x; x = x->next) {
		dl__puts(c, ", ");
		dl__expr(c, x);
	}
}

/* the property part of member m: [key], or .name */
static void member_tail(dl__ctx *c, dl__node *m)
{
	if (m->b->kind == N_PRIVATE_NAME) {
		dl__put(c, "[", 1);
		dl__key_string(c, m->b);
		dl__put(c, "]", 1);
	} else if (m->flags & DL__F_COMPUTED) {
		dl__put(c, "[", 1);
		dl__expr(c, m->b);
		dl__put(c, "]", 1);
	} else {
		dl__put(c, ".", 1);
		dl__put(c, c->src + m->b->start, m->b->end - m->b->start);
	}
}

/* _super.prototype (instance side) or _super (static side) */
static void super_base(dl__ctx *c, dl__node *at)
{
	dl__fn *f = c->fn;
	if (f->home) {
		dl__helper(c, "homeProto(");
		dl__put_temp(c, f->home);
		dl__put(c, ")", 1);
		return;
	}
	if (!f->cls)
		dl__fail(c, DL_ESYNTAX, at->start, "'super' keyword unexpected here");
	if (!f->cls->b) {	/* no extends: Object.prototype, Function.prototype */
		dl__puts(c, f->is_static ? "Function.prototype" : "Object.prototype");
		return;
	}
	dl__put_temp(c, f->cls->temp);
	if (!f->is_static)
		dl__puts(c, ".prototype");
}

/* super.x's key: "x", the computed key, or the temp it was saved in */
static void super_key(dl__ctx *c, dl__node *m, uint32_t kt)
{
	if (kt)
		dl__put_temp(c, kt);
	else if (m->flags & DL__F_COMPUTED)
		dl__expr(c, m->b);
	else
		dl__key_string(c, m->b);
}

/* super.x, super[k] read: __ls.superGet(base, key, this) (a getter gets this) */
static void super_get(dl__ctx *c, dl__node *m, uint32_t kt)
{
	dl__helper(c, "superGet(");
	super_base(c, m->a);
	dl__puts(c, ", ");
	super_key(c, m, kt);
	dl__puts(c, ", ");
	dl__this(c, m->a);
	dl__put(c, ")", 1);
}

static void super_member(dl__ctx *c, dl__node *m)
{
	super_get(c, m, 0);
}

/* super.x = v, super.x op= v: __ls.superSet(base, key, value, this), which calls a
 * setter up the chain with this, else writes the property of this */
void dl__lower_super_assign(dl__ctx *c, dl__node *n)
{
	dl__node *m = dl__unparen(n->a);
	uint32_t kt = 0;
	dl__put(c, "(", 1);
	if (n->op != T_ASSIGN && (m->flags & DL__F_COMPUTED)) {
		kt = dl__temp(c);
		dl__put_temp(c, kt);
		dl__puts(c, " = ");
		dl__expr(c, m->b);
		dl__puts(c, ", ");
	}
	dl__helper(c, "superSet(");
	super_base(c, m->a);
	dl__puts(c, ", ");
	super_key(c, m, kt);
	dl__puts(c, ", ");
	if (n->op != T_ASSIGN) {
		const char *op = dl__tok_name(n->op);
		super_get(c, m, kt);
		dl__put(c, " ", 1);
		dl__put(c, op, strlen(op) - 1);
		dl__puts(c, " (");
		dl__expr(c, n->b);
		dl__put(c, ")", 1);
	} else {
		dl__expr(c, n->b);
	}
	dl__puts(c, ", ");
	dl__this(c, m->a);
	dl__puts(c, "))");
}

/* calls and news with spread, super(...), super.m(...), super.x */
void dl__lower_call(dl__ctx *c, dl__node *n)
{
	dl__node *callee;
	if (n->kind == N_MEMBER) {	/* super.x */
		super_member(c, n);
		return;
	}
	callee = n->a;
	if (callee->kind == N_SUPER) {
		dl__fn *f = c->fn;
		if (!f->cls || !f->in_ctor_derived)
			dl__fail(c, DL_ESYNTAX, callee->start, "'super' keyword unexpected here");
		dl__put(c, "(", 1);
		dl__putf(c, "_this$%u", callee->temp);	/* the binding itself */
		dl__puts(c, " = ");
		dl__helper(c, "superCall(this, ");
		dl__put_temp(c, f->cls->temp);
		dl__puts(c, ", ");
		args_array(c, n->b);
		dl__put(c, ")", 1);
		{
			dl__node *m;
			for (m = f->cls->c; m; m = m->next)
				if (m->kind == N_FIELD && !(m->flags & DL__F_STATIC))
					break;
			if (m) {
				dl__puts(c, ", ");
				dl__put_temp(c, f->cls->temp + 2);
				dl__puts(c, ".call(");
				dl__this(c, callee);
				dl__puts(c, "), ");
				dl__this(c, callee);
			}
		}
		dl__put(c, ")", 1);
		return;
	}
	if (callee->kind == N_MEMBER && callee->a->kind == N_SUPER) {
		super_get(c, callee, 0);
		dl__puts(c, dl__has_spread(n->b) ? ".apply(" : ".call(");
		dl__this(c, callee->a);
		if (dl__has_spread(n->b)) {
			dl__puts(c, ", ");
			args_array(c, n->b);
		} else {
			args_list(c, n->b);
		}
		dl__put(c, ")", 1);
		return;
	}
	if (n->kind == N_NEW) {
		namebuf b;
		dl__helper(c, "construct(");
		dl__expr(c, callee);
		dl__puts(c, ", ");
		args_array(c, n->b);
		b.n = 0;	/* the callee as V8 names it in "o.f is not a constructor" */
		b.ok = 1;
		nb_ref(c, &b, dl__unparen(callee));
		if (b.ok) {
			dl__puts(c, ", \"");
			dl__put(c, b.s, b.n);
			dl__put(c, "\"", 1);
		}
		dl__put(c, ")", 1);
		return;
	}
	{
		dl__node *cal = dl__unparen(callee);
		if (cal->kind == N_MEMBER) {
			uint32_t t = dl__temp(c);
			dl__puts(c, "(");
			dl__put_temp(c, t);
			dl__puts(c, " = ");
			dl__expr(c, cal->a);
			dl__put(c, ")", 1);
			member_tail(c, cal);
			dl__puts(c, ".apply(");
			dl__put_temp(c, t);
		} else {
			dl__expr(c, callee);
			dl__puts(c, ".apply(void 0");
		}
		dl__puts(c, ", ");
		args_array(c, n->b);
		dl__put(c, ")", 1);
	}
}

/* ---- optional chaining ---- */

static dl__node *last_optional(dl__node *n)
{
	for (; n && (n->kind == N_MEMBER || n->kind == N_CALL); n = n->a)
		if (n->flags & DL__F_OPTIONAL)
			return n;
	return NULL;
}

static void chain_print(dl__ctx *c, dl__node *n);

static void call_args(dl__ctx *c, dl__node *args)
{
	dl__node *x;
	int first = 1;
	dl__put(c, "(", 1);
	for (x = args; x; x = x->next) {
		if (x->kind == N_SPREAD)
			dl__fail(c, DL_EUNSUPPORTED, x->start, "spread arguments in an optional chain are not supported by leakscope yet");
		if (!first)
			dl__puts(c, ", ");
		first = 0;
		dl__expr(c, x);
	}
	dl__put(c, ")", 1);
}

/* prints chain element n, with the optional link L replaced by its temp form */
static void chain_part(dl__ctx *c, dl__node *n, dl__node *L, uint32_t t, uint32_t u)
{
	if (n == L) {
		dl__put_temp(c, t);
		if (n->kind == N_MEMBER) {
			member_tail(c, n);
		} else if (u) {
			dl__puts(c, ".call(");
			dl__put_temp(c, u);
			{
				dl__node *x;
				for (x = n->b; x; x = x->next) {
					if (x->kind == N_SPREAD)
						dl__fail(c, DL_EUNSUPPORTED, x->start, "spread arguments in an optional chain are not supported by leakscope yet");
					dl__puts(c, ", ");
					dl__expr(c, x);
				}
			}
			dl__put(c, ")", 1);
		} else {
			call_args(c, n->b);
		}
		return;
	}
	chain_part(c, n->a, L, t, u);
	if (n->kind == N_MEMBER)
		member_tail(c, n);
	else
		call_args(c, n->b);
}

/* prints the link's object into temps: t = object (or, for a?.() on a member,
 * t = (u = obj).m) */
static void chain_head(dl__ctx *c, dl__node *L, uint32_t *t, uint32_t *u)
{
	dl__node *o = L->a;
	*t = dl__temp(c);
	*u = 0;
	dl__put(c, "(", 1);
	dl__put_temp(c, *t);
	dl__puts(c, " = ");
	if (L->kind == N_CALL && o->kind == N_MEMBER && o->a->kind != N_SUPER) {
		*u = dl__temp(c);
		dl__put(c, "(", 1);
		dl__put_temp(c, *u);
		dl__puts(c, " = ");
		chain_print(c, o->a);
		dl__put(c, ")", 1);
		member_tail(c, o);
	} else {
		chain_print(c, o);
	}
	dl__put(c, ")", 1);
}

static void chain_print(dl__ctx *c, dl__node *n)
{
	dl__node *L = last_optional(n);
	uint32_t t, u;
	if (!L) {
		if (n->kind == N_MEMBER || n->kind == N_CALL) {
			/* a non-optional link whose object may hold optional links */
			if (last_optional(n->a)) {
				chain_print(c, n->a);
				if (n->kind == N_MEMBER)
					member_tail(c, n);
				else
					call_args(c, n->b);
				return;
			}
		}
		dl__expr(c, n);
		return;
	}
	dl__put(c, "(", 1);
	chain_head(c, L, &t, &u);
	dl__puts(c, " == null ? void 0 : ");
	chain_part(c, n, L, t, u);
	dl__put(c, ")", 1);
}

void dl__lower_chain(dl__ctx *c, dl__node *n)
{
	if (n->kind == N_UNARY) {	/* delete a?.b */
		dl__node *ch = dl__unparen(n->a)->a, *L = last_optional(ch);
		uint32_t t, u;
		dl__put(c, "(", 1);
		chain_head(c, L, &t, &u);
		dl__puts(c, " == null ? true : delete ");
		chain_part(c, ch, L, t, u);
		dl__put(c, ")", 1);
		return;
	}
	chain_print(c, n->a);
}

/* ---- ?? ||= &&= ??= ** ---- */

static int local_ident(dl__node *n)
{
	return n->kind == N_IDENT && n->u.ref && !n->op;
}

void dl__lower_nullish(dl__ctx *c, dl__node *n)
{
	dl__node *a = dl__unparen(n->a);
	dl__put(c, "(", 1);
	if (local_ident(a)) {
		dl__expr(c, a);
		dl__puts(c, " != null ? ");
		dl__expr(c, a);
	} else {
		uint32_t t = dl__temp(c);
		dl__put(c, "(", 1);
		dl__put_temp(c, t);
		dl__puts(c, " = ");
		dl__expr(c, n->a);
		dl__puts(c, ") != null ? ");
		dl__put_temp(c, t);
	}
	dl__puts(c, " : ");
	dl__expr(c, n->b);
	dl__put(c, ")", 1);
}

/* a target read then written once: o.p -> (t = o).p ... t.p */
typedef struct target { dl__node *n; uint32_t t, u; } target;

static void target_first(dl__ctx *c, target *tg)
{
	dl__node *m = tg->n;
	if (m->kind == N_IDENT) {
		dl__expr(c, m);
		return;
	}
	if (m->a->kind == N_SUPER)
		dl__fail(c, DL_EUNSUPPORTED, m->start, "compound assignment to super properties is not supported by leakscope yet");
	tg->t = dl__temp(c);
	dl__put(c, "(", 1);
	dl__put_temp(c, tg->t);
	dl__puts(c, " = ");
	dl__expr(c, m->a);
	dl__put(c, ")", 1);
	if ((m->flags & DL__F_COMPUTED) && m->b->kind != N_PRIVATE_NAME) {
		tg->u = dl__temp(c);
		dl__put(c, "[", 1);
		dl__put_temp(c, tg->u);
		dl__puts(c, " = ");
		dl__expr(c, m->b);
		dl__put(c, "]", 1);
	} else {
		member_tail(c, m);
	}
}

static void target_again(dl__ctx *c, target *tg)
{
	dl__node *m = tg->n;
	if (m->kind == N_IDENT) {
		dl__ident(c, m);
		return;
	}
	dl__put_temp(c, tg->t);
	if (tg->u) {
		dl__put(c, "[", 1);
		dl__put_temp(c, tg->u);
		dl__put(c, "]", 1);
	} else {
		member_tail(c, m);
	}
}

static void const_check(dl__ctx *c, dl__node *t)
{
	if (t->kind == N_IDENT && t->op == 2) {
		dl__helper(c, "constAssign()");
		dl__puts(c, ", ");
	}
}

void dl__lower_logical_assign(dl__ctx *c, dl__node *n)
{
	target tg = { dl__unparen(n->a), 0, 0 };
	dl__put(c, "(", 1);
	if (n->op == T_NULLISH_A) {
		uint32_t v = dl__temp(c);
		dl__put(c, "(", 1);
		dl__put_temp(c, v);
		dl__puts(c, " = ");
		target_first(c, &tg);
		dl__puts(c, ") != null ? ");
		dl__put_temp(c, v);
		dl__puts(c, " : (");
	} else {
		target_first(c, &tg);
		dl__puts(c, n->op == T_LOR_A ? " || (" : " && (");
	}
	const_check(c, tg.n);
	target_again(c, &tg);
	dl__puts(c, " = ");
	dl__expr(c, n->b);
	dl__puts(c, "))");
}

void dl__lower_pow(dl__ctx *c, dl__node *n)
{
	if (n->kind == N_BINARY) {
		dl__puts(c, "__ls.pow(");
		dl__expr(c, n->a);
		dl__puts(c, ", ");
		dl__expr(c, n->b);
		dl__put(c, ")", 1);
		return;
	}
	{
		target tg = { dl__unparen(n->a), 0, 0 };
		dl__put(c, "(", 1);
		const_check(c, tg.n);
		if (tg.n->kind == N_IDENT) {
			dl__ident(c, tg.n);
			dl__puts(c, " = __ls.pow(");
			dl__ident(c, tg.n);
		} else {
			target_first(c, &tg);
			dl__puts(c, " = __ls.pow(");
			target_again(c, &tg);
		}
		dl__puts(c, ", ");
		dl__expr(c, n->b);
		dl__puts(c, "))");
	}
}
