/* lower_class.c — classes as ES5 constructor functions, each member on its own line.
 *
 *   class A extends B { constructor(x) { super(x); } m() {} static s() {} x = 1; }
 *   -> var A = function (_ls$1) { __ls.inherits(A, _ls$1); function A(x) {
 *        __ls.classCheck(this, A); var _this$4 = this; (_this$4 = __ls.superCall(this,
 *        _ls$1, [x]), _ls$3.call(_this$4), _this$4); return _this$4; }
 *        __ls.method(A.prototype, "m", function m() {}); __ls.method(A, "s", ...);
 *        function _ls$5() { __ls.defineField(this, "x", 1); }
 *        function _ls$3() { _ls$5.call(this); } return A; }(B);
 * The IIFE's function declarations are hoisted, so the constructor stays where it was
 * written. Temps of the class node: temp = the _super parameter, temp + 1 = the
 * constructor's name when the class has none, temp + 2 = the instance-field
 * initializer. Methods are named function expressions unless the body refers to an
 * outer binding of the key's name (scope.c sets DL__F_NAME_UNSAFE). */
#include <stdio.h>
#include <string.h>

#include "internal.h"

void dl__class_name(dl__ctx *c, dl__node *cls)
{
	if (cls->a)
		dl__put(c, c->src + cls->a->start, cls->a->end - cls->a->start);
	else if (cls->d)	/* name hint kept in d */
		dl__put(c, c->src + cls->d->start, cls->d->end - cls->d->start);
	else
		dl__put_temp(c, cls->temp + 1);
}

static int has_instance_fields(dl__node *cls)
{
	dl__node *m;
	for (m = cls->c; m; m = m->next)
		if (m->kind == N_FIELD && !(m->flags & DL__F_STATIC))
			return 1;
	return 0;
}

static void init_fields(dl__ctx *c, dl__node *cls, const char *self)
{
	if (!has_instance_fields(cls))
		return;
	dl__put(c, " ", 1);
	dl__put_temp(c, cls->temp + 2);
	dl__puts(c, ".call(");
	dl__puts(c, self);
	dl__puts(c, ");");
}

/* constructor prologue: called with `new`, fields of a base class */
static void ctor_prologue(dl__ctx *c, dl__node *fn)
{
	dl__node *cls = c->fn->cls;
	dl__puts(c, " ");
	dl__helper(c, "classCheck(this, ");
	dl__class_name(c, cls);
	dl__puts(c, ");");
	if (!cls->b)
		init_fields(c, cls, "this");
	(void)fn;
}

static void ctor_epilogue(dl__ctx *c, dl__node *fn)
{
	dl__putf(c, " return (_this$%u || __ls.noSuper());", fn->u.scope->this_id);
}

static void member_key(dl__ctx *c, dl__node *m)
{
	if (m->flags & DL__F_COMPUTED)
		dl__expr(c, m->a);
	else
		dl__key_string(c, m->a);
}

static void method(dl__ctx *c, dl__node *cls, dl__node *m)
{
	int st = (m->flags & DL__F_STATIC) != 0, named;
	dl__fn *f = c->fn;
	dl__sync(c, m->line);
	if (m->flags & (DL__F_GET | DL__F_SET))
		dl__helper(c, "accessor(");
	else
		dl__helper(c, "method(");
	dl__class_name(c, cls);
	if (!st)
		dl__puts(c, ".prototype");
	dl__puts(c, ", ");
	member_key(c, m);
	dl__puts(c, ", ");
	if (m->flags & DL__F_SET)
		dl__puts(c, "void 0, ");
	f->pending_cls = cls;
	f->pending_static = st;
	if (dl__fn_kind(m->b))
		dl__helper(c, "fnKind(");
	dl__puts(c, "function");
	named = !(m->flags & (DL__F_GET | DL__F_SET | DL__F_COMPUTED)) &&
		!(m->b->flags & DL__F_NAME_UNSAFE) && dl__fn_name_ok(c, m->a);
	dl__put(c, " ", 1);
	if (named)
		dl__put(c, c->src + m->a->start, m->a->end - m->a->start);
	dl__function_tail(c, m->b, NULL);
	if (dl__fn_kind(m->b))
		dl__putf(c, ", %d)", dl__fn_kind(m->b));
	f->pending_cls = NULL;
	if (!named && !(m->flags & (DL__F_GET | DL__F_SET)))
		dl__puts(c, ", 1");	/* named after its key at run time */
	dl__puts(c, ");");
}

static void ctor(dl__ctx *c, dl__node *cls, dl__node *m)
{
	dl__fn *f = c->fn;
	dl__sync(c, m->line);
	dl__puts(c, "function ");
	dl__class_name(c, cls);
	f->pending_cls = cls;
	f->pending_static = 0;
	f->pending_epilogue = ctor_epilogue;
	dl__function_tail(c, m->b, ctor_prologue);
	f->pending_cls = NULL;
	f->pending_epilogue = NULL;
}

/* a field or static block: function _ls$K() { ... } called later with the instance
 * (or the class) as this */
static void initializer(dl__ctx *c, dl__node *cls, dl__node *m, uint32_t id, uint32_t key)
{
	dl__fn *f = c->fn;
	dl__node *p;
	dl__sync(c, m->line);
	if (key) {
		dl__puts(c, "var ");
		dl__put_temp(c, key);
		dl__puts(c, " = ");
		dl__expr(c, m->a);
		dl__puts(c, "; ");
	}
	dl__puts(c, "function ");
	dl__put_temp(c, id);
	dl__puts(c, "() {");
	if (m->u.scope && m->u.scope->this_id)
		dl__putf(c, " var _this$%u = this;", m->u.scope->this_id);
	if (m->u.scope && m->u.scope->args_id)
		dl__putf(c, " var _arguments$%u = arguments;", m->u.scope->args_id);
	f->pending_cls = cls;
	f->pending_static = (m->flags & DL__F_STATIC) != 0;
	if (m->kind == N_STATIC_BLOCK) {
		for (p = m->a->a; p; p = p->next)
			dl__stmt(c, p);
	} else {
		dl__puts(c, " ");
		dl__helper(c, "defineField(this, ");
		if (key)
			dl__put_temp(c, key);
		else
			dl__key_string(c, m->a);
		dl__puts(c, ", ");
		if (m->b)
			dl__expr(c, m->b);
		else
			dl__puts(c, "void 0");
		if (dl__anonymous_fn(m->b))
			dl__puts(c, ", 1");
		dl__puts(c, ");");
	}
	f->pending_cls = NULL;
	dl__puts(c, " }");
}

/* __ls.classSource(C, "class C {...}"): the class's text for Function.prototype.toString
 * (mujs patch 0056), as one string literal on the current line */
static void class_source(dl__ctx *c, dl__node *n)
{
	const unsigned char *s = (const unsigned char *)c->src + n->start;
	const unsigned char *e = (const unsigned char *)c->src + n->end;
	char buf[8];
	dl__put(c, " ", 1);
	dl__helper(c, "classSource(");
	dl__class_name(c, n);
	dl__puts(c, ", \"");
	for (; s < e; s++) {
		if (*s == '"' || *s == '\\') {
			buf[0] = '\\';
			buf[1] = (char)*s;
			dl__put(c, buf, 2);
		} else if (*s == '\n') {
			dl__put(c, "\\n", 2);
		} else if (*s == '\r') {
			dl__put(c, "\\r", 2);
		} else if (*s == 0xE2 && s + 2 < e && s[1] == 0x80 && (s[2] == 0xA8 || s[2] == 0xA9)) {
			dl__puts(c, s[2] == 0xA8 ? "\\u2028" : "\\u2029");	/* line terminators in ES5 */
			s += 2;
		} else if (*s < 0x20) {
			snprintf(buf, sizeof buf, "\\x%02x", *s);
			dl__puts(c, buf);
		} else {
			dl__put(c, (const char *)s, 1);
		}
	}
	dl__puts(c, "\");");
}

void dl__lower_class(dl__ctx *c, dl__node *n, int decl)
{
	dl__node *m, *ctor_m = NULL;
	uint32_t base = c->ntemp + 1, ninit = 0, i;
	uint32_t *ids, *keys;
	int k;
	c->ntemp += 3;
	n->temp = base;
	if (!n->a && c->name_hint)
		n->d = c->name_hint;
	c->name_hint = NULL;
	for (m = n->c; m; m = m->next) {
		if (m->kind == N_FIELD || m->kind == N_STATIC_BLOCK)
			ninit++;
		if (m->kind == N_METHOD && (m->flags & DL__F_CTOR))
			ctor_m = m;
	}
	ids = dl__alloc(&c->arena, (ninit + 1) * sizeof *ids);
	keys = dl__alloc(&c->arena, (ninit + 1) * sizeof *keys);
	dl__sync(c, n->line);
	if (decl) {
		dl__puts(c, "var ");
		dl__decl_name(c, n->a);
		dl__puts(c, " = ");
	} else {
		dl__put(c, "(", 1);
	}
	dl__puts(c, "function (");
	dl__put_temp(c, base);
	dl__puts(c, ") {");
	if (n->b) {
		dl__puts(c, " ");
		dl__helper(c, "inherits(");
		dl__class_name(c, n);
		dl__puts(c, ", ");
		dl__put_temp(c, base);
		dl__puts(c, ");");
	}
	for (k = 0, m = n->c; m; m = m->next) {
		if (m->kind == N_METHOD) {
			dl__put(c, " ", 1);
			if (m == ctor_m)
				ctor(c, n, m);
			else
				method(c, n, m);
			continue;
		}
		ids[k] = ++c->ntemp;
		keys[k] = (m->kind == N_FIELD && (m->flags & DL__F_COMPUTED)) ? ++c->ntemp : 0;
		dl__put(c, " ", 1);
		initializer(c, n, m, ids[k], keys[k]);
		k++;
	}
	if (!ctor_m) {
		dl__puts(c, " function ");
		dl__class_name(c, n);
		dl__puts(c, "() { ");
		dl__helper(c, "classCheck(this, ");
		dl__class_name(c, n);
		dl__puts(c, ");");
		if (n->b) {
			dl__puts(c, " var _this = ");
			dl__helper(c, "superCall(this, ");
			dl__put_temp(c, base);
			dl__puts(c, ", arguments);");
			init_fields(c, n, "_this");
			dl__puts(c, " return _this; }");
		} else {
			init_fields(c, n, "this");
			dl__puts(c, " }");
		}
	}
	if (has_instance_fields(n)) {
		dl__puts(c, " function ");
		dl__put_temp(c, base + 2);
		dl__puts(c, "() {");
		for (i = 0, m = n->c; m; m = m->next) {
			if (m->kind != N_FIELD && m->kind != N_STATIC_BLOCK)
				continue;
			if (m->kind == N_FIELD && !(m->flags & DL__F_STATIC)) {
				dl__put(c, " ", 1);
				dl__put_temp(c, ids[i]);
				dl__puts(c, ".call(this);");
			}
			i++;
		}
		dl__puts(c, " }");
	}
	class_source(c, n);
	for (i = 0, m = n->c; m; m = m->next) {
		if (m->kind != N_FIELD && m->kind != N_STATIC_BLOCK)
			continue;
		if (m->kind == N_STATIC_BLOCK || (m->flags & DL__F_STATIC)) {
			dl__put(c, " ", 1);
			dl__put_temp(c, ids[i]);
			dl__puts(c, ".call(");
			dl__class_name(c, n);
			dl__puts(c, ");");
		}
		i++;
	}
	dl__puts(c, " return ");
	dl__class_name(c, n);
	dl__puts(c, "; }(");
	if (n->b)
		dl__expr(c, n->b);
	dl__put(c, ")", 1);
	dl__puts(c, decl ? ";" : ")");
}
