/* lower_pattern.c — destructuring and non-simple parameters as ES5.
 *
 * A pattern becomes a list of `target = value` pieces separated by commas, printed as
 * declarators after `var` (decl) or as a comma expression (assignment):
 *   var {a, b: [c], d = 1, ...r} = o
 *   -> var _ls$1 = o, a = _ls$1.a, _ls$2 = __ls.toArray(_ls$1.b, 1), c = _ls$2[0],
 *          _ls$3 = _ls$1.d, d = _ls$3 === void 0 ? 1 : _ls$3, r = __ls.objectRest(_ls$1, ["a", "b", "d"])
 * Array patterns read through __ls.toArray(value, n), which takes n items from the
 * iterator (all for a rest element) and returns arrays as they are. Temps of a
 * declaration are declarators of the same `var`; those of an assignment are declared
 * at the end of the function. Parameters after the first default or rest are read
 * from `arguments`, so fn.length stays what ES2015 says. */
#include <string.h>

#include "internal.h"

enum { V_NODE, V_TEMP, V_PROP, V_INDEX, V_SLICE, V_OREST, V_ARG, V_ARGREST };

typedef struct val {
	int kind;
	dl__node *node;		/* V_NODE; V_PROP: the property (key in ->a); V_OREST: pattern */
	uint32_t t;		/* the temp the value is read from */
	uint32_t index;
} val;

static uint32_t newtemp(dl__ctx *c, int decl)
{
	return decl ? ++c->ntemp : dl__temp(c);
}

static void put_key_access(dl__ctx *c, dl__node *p)
{
	dl__node *k = p->a;
	if (p->flags & DL__F_COMPUTED) {
		dl__put(c, "[", 1);
		if (p->temp) {
			dl__put(c, "(", 1);
			dl__put_temp(c, p->temp);
			dl__puts(c, " = ");
			dl__expr(c, k);
			dl__put(c, ")", 1);
		} else {
			dl__expr(c, k);
		}
		dl__put(c, "]", 1);
	} else if (k->kind == N_IDENT) {
		dl__put(c, ".", 1);
		dl__put(c, c->src + k->start, k->end - k->start);
	} else {
		dl__put(c, "[", 1);
		dl__expr(c, k);
		dl__put(c, "]", 1);
	}
}

static void put_val(dl__ctx *c, val *v)
{
	switch (v->kind) {
	case V_NODE:
		dl__expr(c, v->node);
		return;
	case V_TEMP:
		dl__put_temp(c, v->t);
		return;
	case V_PROP:
		dl__put_temp(c, v->t);
		put_key_access(c, v->node);
		return;
	case V_INDEX:
		dl__put_temp(c, v->t);
		dl__putf(c, "[%u]", v->index);
		return;
	case V_SLICE:
		dl__put_temp(c, v->t);
		dl__putf(c, ".slice(%u)", v->index);
		return;
	case V_OREST: {
		dl__node *p;
		int first = 1;
		dl__helper(c, "objectRest(");
		dl__put_temp(c, v->t);
		dl__puts(c, ", [");
		for (p = v->node->a; p && p->kind != N_REST; p = p->next) {
			if (!first)
				dl__puts(c, ", ");
			first = 0;
			if (p->flags & DL__F_COMPUTED)
				dl__put_temp(c, p->temp);
			else if (p->a->kind == N_IDENT)
				dl__key_string(c, p->a);
			else
				dl__expr(c, p->a);
		}
		dl__puts(c, "])");
		return;
	}
	case V_ARG:
		dl__putf(c, "arguments[%u]", v->index);
		return;
	case V_ARGREST:
		dl__putf(c, "[].slice.call(arguments, %u)", v->index);
		return;
	}
}

/* c->pat_first: no comma before the next piece */

static void sep(dl__ctx *c)
{
	if (!c->pat_first)
		dl__puts(c, ", ");
	c->pat_first = 0;
}

static void put_target(dl__ctx *c, dl__node *t, int decl)
{
	t = dl__unparen(t);
	if (t->kind == N_IDENT) {
		if (!decl && t->op == 2) {
			dl__helper(c, "constAssign()");
			dl__puts(c, ", ");
		}
		if (decl || t->op != 1) {
			dl__binding *b = t->u.ref;
			dl__sync(c, t->line);
			if (b && b->kind == B_IMPORT && !decl) {
				/* never assigned: constAssign() threw; an l-value for the parser */
				dl__puts(c, "_ls$i.");
				dl__put(c, b->name, b->len);
			} else if (b && b->out)
				dl__put(c, b->out, b->outlen);
			else
				dl__put(c, c->src + t->start, t->end - t->start);
		} else {
			dl__ident(c, t);
		}
		return;
	}
	dl__expr(c, t);
}

static void pattern(dl__ctx *c, dl__node *target, val *v, int decl);

/* the value in a temp (or already one) */
static uint32_t in_temp(dl__ctx *c, val *v, int decl)
{
	uint32_t t;
	if (v->kind == V_TEMP)
		return v->t;
	t = newtemp(c, decl);
	sep(c);
	dl__put_temp(c, t);
	dl__puts(c, " = ");
	put_val(c, v);
	return t;
}

static void pattern(dl__ctx *c, dl__node *target, val *v, int decl)
{
	dl__node *x;
	uint32_t t;
	val sub;
	switch (target->kind) {
	case N_ASSIGN_PAT: {
		uint32_t d = in_temp(c, v, decl);
		dl__node *inner = dl__unparen(target->a);
		sep(c);
		if (inner->kind == N_IDENT || inner->kind == N_MEMBER) {
			put_target(c, inner, decl);
		} else {
			dl__put_temp(c, d);
		}
		dl__puts(c, " = ");
		dl__put_temp(c, d);
		dl__puts(c, " === void 0 ? ");
		dl__expr(c, target->b);
		dl__puts(c, " : ");
		dl__put_temp(c, d);
		if (inner->kind != N_IDENT && inner->kind != N_MEMBER) {
			sub.kind = V_TEMP;
			sub.t = d;
			pattern(c, inner, &sub, decl);
		}
		return;
	}
	case N_OBJ_PAT: {
		int has_rest = 0;
		for (x = target->a; x; x = x->next)
			if (x->kind == N_REST)
				has_rest = 1;
		if (!target->a) {
			/* {} = v still requires an object-coercible value */
			sep(c);
			if (decl) {
				dl__put_temp(c, newtemp(c, decl));
				dl__puts(c, " = ");
			}
			dl__helper(c, "objectRest(");
			put_val(c, v);
			dl__puts(c, ", [])");
			return;
		}
		int top = v->kind == V_NODE || v->kind == V_TEMP || v->kind == V_ARG;
		t = in_temp(c, v, decl);
		if (top && target->a->kind != N_REST) {
			/* V8's message for a null/undefined value names the first property (a
			 * nested pattern's is the plain property read's) */
			sep(c);
			if (decl) {
				dl__put_temp(c, newtemp(c, decl));
				dl__puts(c, " = ");
			}
			dl__put_temp(c, t);
			dl__puts(c, " == null && ");
			dl__helper(c, "destructureError(");
			dl__put_temp(c, t);
			if (!(target->a->flags & DL__F_COMPUTED)) {
				dl__puts(c, ", ");
				dl__key_string(c, target->a->a);
			}
			dl__put(c, ")", 1);
		}
		for (x = target->a; x; x = x->next) {
			if (x->kind == N_REST) {
				sub.kind = V_OREST;
				sub.t = t;
				sub.node = target;
				pattern(c, x->a, &sub, decl);
				continue;
			}
			if (has_rest && (x->flags & DL__F_COMPUTED)) {
				x->temp = newtemp(c, decl);
				if (decl) {
					/* declared as a declarator so the access can assign it */
					sep(c);
					dl__put_temp(c, x->temp);
					dl__puts(c, " = void 0");
				}
			} else {
				x->temp = 0;
			}
			sub.kind = V_PROP;
			sub.t = t;
			sub.node = x;
			pattern(c, x->b, &sub, decl);
		}
		return;
	}
	case N_ARR_PAT: {
		uint32_t n = 0, i = 0;
		int rest = 0;
		for (x = target->a; x; x = x->next) {
			if (x->kind == N_REST)
				rest = 1;
			else
				n++;
		}
		t = newtemp(c, decl);
		sep(c);
		dl__put_temp(c, t);
		dl__puts(c, " = ");
		dl__helper(c, "toArray(");
		put_val(c, v);
		if (rest)
			dl__puts(c, ", -1");
		else
			dl__putf(c, ", %u", n);
		if (v->kind == V_NODE)
			dl__iter_name(c, v->node, 1);
		dl__put(c, ")", 1);
		for (x = target->a; x; x = x->next, i++) {
			if (x->kind == N_HOLE)
				continue;
			sub.t = t;
			sub.index = i;
			if (x->kind == N_REST) {
				sub.kind = V_SLICE;
				pattern(c, x->a, &sub, decl);
				continue;
			}
			sub.kind = V_INDEX;
			pattern(c, x, &sub, decl);
		}
		return;
	}
	default:
		sep(c);
		put_target(c, target, decl);
		dl__puts(c, " = ");
		put_val(c, v);
		return;
	}
}

void dl__lower_pattern(dl__ctx *c, dl__node *target, dl__node *value, uint32_t value_temp, int decl)
{
	val v;
	int saved = c->pat_first;
	if (value) {
		v.kind = V_NODE;
		v.node = value;
	} else {
		v.kind = V_TEMP;
		v.t = value_temp;
	}
	c->pat_first = 1;
	pattern(c, target, &v, decl);
	c->pat_first = saved;
}

/* ({a, b} = o) -> (_ls$1 = o, a = _ls$1.a, b = _ls$1.b, _ls$1) */
void dl__lower_assign_pattern(dl__ctx *c, dl__node *n)
{
	uint32_t t = dl__temp(c);
	int saved = c->pat_first;
	val v;
	dl__put(c, "(", 1);
	dl__put_temp(c, t);
	dl__puts(c, " = ");
	dl__expr(c, n->b);
	v.kind = V_TEMP;
	v.t = t;
	c->pat_first = 0;
	pattern(c, n->a, &v, 0);
	dl__puts(c, ", ");
	dl__put_temp(c, t);
	dl__put(c, ")", 1);
	c->pat_first = saved;
}

/* after `{`: the parameters the printed list did not take */
void dl__lower_params(dl__ctx *c, dl__node *fn)
{
	dl__node *p;
	uint32_t i = 0;
	int tail = 0;
	int saved = c->pat_first;
	for (p = fn->b; p; p = p->next, i++) {
		val v;
		if (p->kind == N_ASSIGN_PAT || p->kind == N_REST)
			tail = 1;
		if (!tail && p->kind == N_IDENT)
			continue;
		dl__puts(c, " var ");
		c->pat_first = 1;
		if (!tail) {
			v.kind = V_TEMP;
			v.t = p->temp;
			pattern(c, p, &v, 1);
		} else if (p->kind == N_REST) {
			v.kind = V_ARGREST;
			v.index = i;
			pattern(c, p->a, &v, 1);
		} else {
			v.kind = V_ARG;
			v.index = i;
			pattern(c, p, &v, 1);
		}
		dl__put(c, ";", 1);
	}
	c->pat_first = saved;
}
