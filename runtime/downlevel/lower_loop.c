/* lower_loop.c — for-of, and loops whose block-scoped bindings are captured by
 * closures (a function per iteration, so each iteration has its own bindings).
 *
 *   for (const x of xs) body
 *   -> for (var _ls$1 = __ls.iter(xs), _ls$2; !(_ls$2 = _ls$1.next()).done;) {
 *        var x = _ls$2.value; body }
 *   for (let i = 0; i < n; i++) { fns.push(() => i); }
 *   -> for (var i = 0; i < n; i++) { _ls$3 = function (i) { fns.push(function () {
 *        return i; }); }(i); }
 * Inside the per-iteration function, `continue` is `return;`, a `break` of the loop is
 * `return 1;` and `return x` is `return { v: x };`, dispatched after the call; `var`
 * declarations become assignments to names declared in the enclosing function, and
 * `this`/`arguments` were renamed to the enclosing function's (scope.c); a body that
 * assigns the loop's let binding ends in try/finally copying it back out. An unlabeled
 * for-of is wrapped in try { } catch (e) { __ls.closeThrow(it, step, e); }, so a throw
 * from its body closes the iterator. Not yet: labeled jumps to outer loops. */
#include <string.h>

#include "internal.h"

static dl__fn *var_fn(dl__ctx *c)
{
	dl__fn *f = c->fn;
	while (f->iife)
		f = f->outer;
	return f;
}

/* the binding of a for-of/for-in head from the value text `src_temp.value` */
static void of_binding(dl__ctx *c, dl__node *left, uint32_t step)
{
	dl__node *target = left->kind == N_VAR ? left->a->a : left;
	dl__put(c, " ", 1);
	if (left->kind == N_VAR && left->op == K_VAR && dl__hoisting(c)) {
		/* a var of a generator body or loop function is declared outside it */
		dl__hoist_pattern(c, target);
		left = target;
	}
	if (left->kind == N_VAR && target->kind == N_IDENT) {
		dl__puts(c, "var ");
		dl__decl_name(c, target);
		dl__puts(c, " = ");
		dl__put_temp(c, step);
		dl__puts(c, ".value;");
		return;
	}
	{
		/* a pattern: the value in a temp (a var declares its own), then the pattern */
		int decl = left->kind == N_VAR;
		uint32_t v = decl ? ++c->ntemp : dl__temp(c);
		if (decl)
			dl__puts(c, "var ");
		dl__put_temp(c, v);
		dl__puts(c, " = ");
		dl__put_temp(c, step);
		dl__puts(c, ".value, ");
		dl__lower_pattern(c, target, NULL, v, decl);
		dl__put(c, ";", 1);
	}
}

static void body_stmts(dl__ctx *c, dl__node *body)
{
	dl__node *s;
	if (body->kind == N_BLOCK && (body->flags & DL__F_MODERN)) {
		for (s = body->a; s; s = s->next)
			dl__stmt(c, s);
	} else {
		dl__put(c, " ", 1);
		dl__stmt(c, body);
	}
}

/* the names of the per-iteration bindings in params (their targets), comma-separated:
 * the iteration function's parameters and the arguments it is called with */
static void names(dl__ctx *c, dl__node *params)
{
	dl__node *d;
	for (d = params; d; d = d->next) {
		if (d != params)
			dl__puts(c, ", ");
		dl__decl_name(c, d->a);
	}
}

/* { var _r = function (params) { [of binding] body }(args); dispatch }; when the body
 * assigns a binding (writeback), the function ends in try { body } finally { _w = i; }
 * and the loop's variable takes _w after the call: the next iteration starts from it */
static void iife(dl__ctx *c, dl__node *loop, dl__node *params, dl__node *of_left, uint32_t step, uint32_t it,
		 int writeback)
{
	dl__fn f;
	dl__fn *outer = c->fn;
	dl__node *label = c->loop_label;
	uint32_t r = dl__temp_in(c, var_fn(c)), w = 0;
	dl__node *d;
	c->loop_label = NULL;
	if (writeback) {
		w = c->ntemp + 1;
		for (d = params; d; d = d->next)
			(void)dl__temp_in(c, var_fn(c));
	}
	dl__puts(c, " { ");
	dl__put_temp(c, r);
	dl__puts(c, " = function (");
	names(c, params);
	dl__puts(c, ") {");
	if (writeback)
		dl__puts(c, " try {");
	memset(&f, 0, sizeof f);
	f.outer = outer;
	f.node = outer->node;
	f.cls = outer->cls;
	f.home = outer->home;
	f.is_static = outer->is_static;
	f.in_ctor_derived = outer->in_ctor_derived;
	f.iife = 1;
	f.iife_label = label;
	c->fn = &f;
	if (of_left)
		of_binding(c, of_left, step);
	body_stmts(c, loop->d);
	if (writeback) {
		uint32_t k = w;
		dl__puts(c, " } finally {");
		for (d = params; d; d = d->next, k++) {
			dl__put(c, " ", 1);
			dl__put_temp(c, k);
			dl__puts(c, " = ");
			dl__decl_name(c, d->a);
			dl__put(c, ";", 1);
		}
		dl__puts(c, " }");
	}
	/* end of the iteration function (its temps and hoisted names) */
	{
		uint32_t i;
		int fst = 1;
		for (i = 0; i < f.ntemps; i++) {
			dl__puts(c, fst ? " var " : ", ");
			fst = 0;
			dl__put_temp(c, f.temps[i]);
		}
		if (!fst)
			dl__put(c, ";", 1);
	}
	c->fn = outer;
	dl__puts(c, " }(");
	names(c, params);
	dl__puts(c, ");");
	if (writeback) {
		uint32_t k = w;
		for (d = params; d; d = d->next, k++) {
			dl__put(c, " ", 1);
			dl__decl_name(c, d->a);
			dl__puts(c, " = ");
			dl__put_temp(c, k);
			dl__put(c, ";", 1);
		}
	}
	if (f.iife_used_break) {
		dl__puts(c, " if (");
		dl__put_temp(c, r);
		dl__puts(c, " === 1) {");
		if (it) {
			dl__put(c, " ", 1);
			dl__helper(c, "close(");
			dl__put_temp(c, it);
			dl__puts(c, ");");
		}
		dl__puts(c, " break; }");
	}
	if (f.iife_used_return && it) {
		/* returning out of the loop closes its iterator */
		dl__puts(c, " if (");
		dl__put_temp(c, r);
		dl__puts(c, ") ");
		dl__helper(c, "close(");
		dl__put_temp(c, it);
		dl__puts(c, ");");
	}
	if (f.iife_used_return && outer->gen) {
		dl__gen_iife_return(c, r);
	} else if (f.iife_used_return) {
		dl__puts(c, " if (");
		dl__put_temp(c, r);
		dl__puts(c, ") return ");
		dl__put_temp(c, r);
		dl__puts(c, outer->iife ? ";" : ".v;");
	}
	dl__puts(c, " }");
}

/* 1 when the body assigns one of the bindings (the iteration function writes it back) */
static int check_params(dl__ctx *c, dl__node *loop, dl__node *params)
{
	dl__node *d;
	int writes = 0;
	for (d = params; d; d = d->next) {
		dl__binding *b;
		if (d->a->kind != N_IDENT)
			dl__fail(c, DL_EUNSUPPORTED, d->start, "destructuring in a loop head whose bindings are captured by closures is not supported by leakscope yet");
		b = d->a->u.ref;
		if (b && b->last_write >= loop->d->start && b->last_write < loop->d->end)
			writes = 1;
	}
	return writes;
}

void dl__lower_loop_iife(dl__ctx *c, dl__node *n)
{
	dl__node *params = NULL;
	int wb;
	switch (n->kind) {
	case N_FOR:
		if (n->a && n->a->kind == N_VAR && n->a->op != K_VAR)
			params = n->a->a;
		wb = check_params(c, n, params);
		c->loop_label = c->loop_label;
		dl__for_head(c, n);
		iife(c, n, params, NULL, 0, 0, wb);
		return;
	case N_FOR_IN:
		dl__puts(c, "for (");
		if (n->a->kind == N_VAR) {
			dl__puts(c, "var ");
			dl__decl_name(c, n->a->a->a);
			if (n->a->op != K_VAR)
				params = n->a->a;
		} else {
			dl__expr(c, n->a);
		}
		dl__puts(c, " in ");
		dl__expr(c, n->b);
		dl__put(c, ")", 1);
		wb = check_params(c, n, params);
		iife(c, n, params, NULL, 0, 0, wb);
		return;
	case N_WHILE:
		dl__puts(c, "while (");
		dl__expr(c, n->a);
		dl__put(c, ")", 1);
		iife(c, n, NULL, NULL, 0, 0, 0);
		return;
	case N_DO_WHILE:
		dl__puts(c, "do");
		iife(c, n, NULL, NULL, 0, 0, 0);
		dl__puts(c, " while (");
		dl__expr(c, n->a);
		dl__puts(c, ");");
		return;
	default:
		return;
	}
}

/* the end of the try around a for-of: } catch (e) { __ls.closeThrow(it, step, e); } */
static void guard_end(dl__ctx *c, uint32_t it, uint32_t step)
{
	uint32_t e = ++c->ntemp;
	dl__puts(c, " } catch (");
	dl__put_temp(c, e);
	dl__puts(c, ") { ");
	dl__helper(c, "closeThrow(");
	dl__put_temp(c, it);
	dl__puts(c, ", ");
	dl__put_temp(c, step);
	dl__puts(c, ", ");
	dl__put_temp(c, e);
	dl__puts(c, "); }");
}

void dl__lower_for_of(dl__ctx *c, dl__node *n)
{
	uint32_t it, step;
	int guard;
	dl__fn *vf = var_fn(c);
	dl__node *label = c->loop_label;
	if (n->flags & DL__F_AWAIT)
		dl__fail(c, DL_EUNSUPPORTED, n->start, "for await is not supported by leakscope yet");
	it = dl__temp_in(c, vf);
	step = dl__temp_in(c, vf);
	/* unlabeled: a throw from the body or the binding closes the iterator (the step
	 * is null while next() runs: its throw does not) */
	guard = !label;
	if (guard)
		dl__puts(c, "try { ");
	dl__puts(c, "for (");
	if (guard) {
		dl__put_temp(c, step);
		dl__puts(c, " = null, ");
	}
	dl__put_temp(c, it);
	dl__puts(c, " = ");
	dl__helper(c, "iter(");
	dl__expr(c, n->b);
	dl__iter_name(c, n->b, 0);
	dl__puts(c, "); !(");
	dl__put_temp(c, step);
	dl__puts(c, " = ");
	if (guard) {
		dl__puts(c, "null, ");
		dl__put_temp(c, step);
		dl__puts(c, " = ");
	}
	dl__put_temp(c, it);
	dl__puts(c, ".next()).done;)");
	if (n->flags & DL__F_LOOP_IIFE) {
		c->loop_label = label;
		iife(c, n, NULL, n->a, step, it, 0);
		if (guard)
			guard_end(c, it, step);
		return;
	}
	c->loop_label = NULL;
	dl__puts(c, " {");
	of_binding(c, n->a, step);
	{
		dl__fn *f = c->fn;
		dl__brk b;
		if (f->iife || f->gen) {
			f->iife_brk++;
			f->iife_cont++;
		}
		dl__brk_push(c, &b, DL__BRK_LOOP, NULL, it);
		body_stmts(c, n->d);
		dl__brk_pop(c);
		if (f->iife || f->gen) {
			f->iife_brk--;
			f->iife_cont--;
		}
	}
	dl__puts(c, " }");
	if (guard)
		guard_end(c, it, step);
}
