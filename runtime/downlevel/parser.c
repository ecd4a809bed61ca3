/* parser.c — recursive descent over the ES2022 script (and module) grammar into an AST
 * in the arena.
 *
 * One token of lookahead (c->tok); a few productions peek one more (dl__peek). Arrow
 * functions and destructuring assignment are parsed with the cover grammar: a
 * parenthesized expression, array or object literal is parsed as an expression and
 * reinterpreted as parameters / a pattern when `=>` or `=` follows (to_pattern), so
 * nothing is parsed twice. Regular expressions and template continuations are lexed
 * when the grammar says they may appear. Every node gets its byte range and line, and
 * DL__F_MODERN when it (or a child) is syntax ES5 lacks: the count c->nmodern lets
 * dl_transform return the input untouched when it is 0.
 *
 * Errors longjmp out through dl__fail with Node's wording. */
#include <string.h>

#include "internal.h"

/* ---- tokens ---- */

static void next(dl__ctx *c)
{
	c->prev = c->tok;
	dl__lex_next(c, &c->tok);
}

static void peek(dl__ctx *c, dl__token *t)
{
	dl__lexer save = c->lx;
	dl__lex_next(c, t);
	c->lx = save;
}

static int is(dl__ctx *c, int type)
{
	return c->tok.type == type;
}

static int is_kw(dl__ctx *c, int kw)
{
	return c->tok.type == T_NAME && c->tok.kw == kw;
}

static int eat(dl__ctx *c, int type)
{
	if (c->tok.type != type)
		return 0;
	next(c);
	return 1;
}

static void expect(dl__ctx *c, int type)
{
	if (c->tok.type != type)
		dl__unexpected(c, &c->tok);
	next(c);
}

static void expect_kw(dl__ctx *c, int kw)
{
	if (!is_kw(c, kw))
		dl__unexpected(c, &c->tok);
	next(c);
}

/* ---- nodes ---- */

static dl__node *mk(dl__ctx *c, int kind, const dl__token *at)
{
	dl__node *n = dl__alloc(&c->arena, sizeof *n);
	n->kind = (uint16_t)kind;
	n->start = at->start;
	n->line = at->line;
	return n;
}

static dl__node *mk_at(dl__ctx *c, int kind, dl__node *from)
{
	dl__node *n = dl__alloc(&c->arena, sizeof *n);
	n->kind = (uint16_t)kind;
	n->start = from->start;
	n->line = from->line;
	return n;
}

static void modern(dl__ctx *c, dl__node *n)
{
	n->flags |= DL__F_MODERN;
	c->nmodern++;
}

static int any_modern(dl__node *x)
{
	for (; x; x = x->next)
		if (x->flags & DL__F_MODERN)
			return 1;
	return 0;
}

/* ends n at the previous token and inherits DL__F_MODERN from its children */
static dl__node *fin(dl__ctx *c, dl__node *n)
{
	n->end = c->prev.end;
	if (!(n->flags & DL__F_MODERN) &&
	    (any_modern(n->a) || any_modern(n->b) || any_modern(n->c) || any_modern(n->d)))
		n->flags |= DL__F_MODERN;
	return n;
}

typedef struct list { dl__node *head, **tail; } list;
static void list_init(list *l) { l->head = NULL; l->tail = &l->head; }
static void list_add(list *l, dl__node *n) { *l->tail = n; l->tail = &n->next; }

static dl__node *ident_here(dl__ctx *c)
{
	dl__node *n = mk(c, N_IDENT, &c->tok);
	next(c);
	return fin(c, n);
}

/* ---- errors ---- */

void dl__unexpected(dl__ctx *c, const dl__token *t)
{
	int n = (int)(t->end - t->start);
	switch (t->type) {
	case T_EOF:
		dl__fail(c, DL_ESYNTAX, t->start, "Unexpected end of input");
		break;
	case T_NAME:
		if (t->kw != K_NONE && t->kw < K__RESERVED)
			dl__fail(c, DL_ESYNTAX, t->start, "Unexpected token '%.*s'", n, c->src + t->start);
		if (c->strict && (t->kw == K_LET || t->kw == K_STATIC || t->kw == K_YIELD))
			dl__fail(c, DL_ESYNTAX, t->start, "Unexpected strict mode reserved word");
		dl__fail(c, DL_ESYNTAX, t->start, "Unexpected identifier '%.*s'", n, c->src + t->start);
		break;
	case T_NUM:
		dl__fail(c, DL_ESYNTAX, t->start, "Unexpected number");
		break;
	case T_STR:
		dl__fail(c, DL_ESYNTAX, t->start, "Unexpected string");
		break;
	case T_TEMPLATE:
		dl__fail(c, DL_ESYNTAX, t->start, "Unexpected template string");
		break;
	default:
		dl__fail(c, DL_ESYNTAX, t->start, "Unexpected token '%s'", dl__tok_name(t->type));
	}
}

/* identifiers that may name a binding here */
static int is_ident_name(dl__ctx *c, const dl__token *t)
{
	if (t->type != T_NAME)
		return 0;
	if (t->kw != K_NONE && t->kw < K__RESERVED)
		return 0;
	if (t->kw == K_YIELD && (c->in_generator || c->strict))
		return 0;
	if (t->kw == K_AWAIT && (c->in_async || c->module))
		return 0;
	return 1;
}

static dl__node *binding_ident(dl__ctx *c)
{
	if (!is_ident_name(c, &c->tok))
		dl__unexpected(c, &c->tok);
	if (c->tok.kw == K_LET && c->strict)
		dl__unexpected(c, &c->tok);
	return ident_here(c);
}

static void semicolon(dl__ctx *c, dl__node *n)
{
	if (is(c, T_SEMI)) {
		next(c);
		n->flags |= DL__F_SEMI;
		return;
	}
	if (is(c, T_RBRACE) || is(c, T_EOF) || c->tok.nl_before)
		return;
	dl__unexpected(c, &c->tok);
}

/* ---- expressions ---- */

static dl__node *expression(dl__ctx *c, int no_in);
static dl__node *assign(dl__ctx *c, int no_in);
static dl__node *unary(dl__ctx *c);
static dl__node *statement(dl__ctx *c);
static dl__node *function_rest(dl__ctx *c, dl__node *n, int kind_flags);
static dl__node *class_rest(dl__ctx *c, dl__node *n, int is_decl);
static dl__node *arrow_rest(dl__ctx *c, dl__node *n, dl__node *params);
static dl__node *binding_target(dl__ctx *c);
static dl__node *to_pattern(dl__ctx *c, dl__node *n, int binding);
static dl__node *arguments(dl__ctx *c, dl__node *call);

static dl__node *template(dl__ctx *c, int tagged)
{
	dl__node *n = mk(c, N_TEMPLATE, &c->tok);
	list q, e;
	list_init(&q);
	list_init(&e);
	modern(c, n);
	for (;;) {
		dl__node *part = mk(c, N_LITERAL, &c->tok);
		int tail = c->tok.tail;
		part->start = c->tok.start + 1;	/* after ` or } */
		part->end = c->tok.end - (tail ? 1 : 2);
		list_add(&q, part);
		if (tail) {
			next(c);
			break;
		}
		next(c);
		list_add(&e, expression(c, 0));
		if (!is(c, T_RBRACE))
			dl__unexpected(c, &c->tok);
		dl__lex_template(c, &c->tok);
	}
	(void)tagged;
	n->a = q.head;
	n->b = e.head;
	return fin(c, n);
}

static dl__node *property_key(dl__ctx *c, dl__node *prop)
{
	dl__node *k;
	switch (c->tok.type) {
	case T_NAME:
		return ident_here(c);
	case T_STR:
		k = mk(c, N_LITERAL, &c->tok);
		if (c->tok.modern)
			modern(c, k);
		next(c);
		return fin(c, k);
	case T_NUM:
		k = mk(c, N_NUMBER, &c->tok);
		if (c->tok.modern)
			modern(c, k);
		next(c);
		return fin(c, k);
	case T_PRIVATE:
		k = mk(c, N_PRIVATE_NAME, &c->tok);
		modern(c, k);
		next(c);
		return fin(c, k);
	case T_LBRACK:
		next(c);
		prop->flags |= DL__F_COMPUTED;
		modern(c, prop);
		k = assign(c, 0);
		expect(c, T_RBRACK);
		return k;
	default:
		dl__unexpected(c, &c->tok);
		return NULL;
	}
}

/* a method's function after its key: (params) { body }; its source text starts at text */
static dl__node *method_function(dl__ctx *c, int flags, uint32_t text)
{
	dl__node *f = mk(c, N_FUNC_EXPR, &c->tok);
	f->flags |= DL__F_METHOD;
	f->text = text;
	return function_rest(c, f, flags);
}

/* __proto__ or "__proto__" as a property key: `__proto__: v` sets the prototype */
static int is_proto_key(dl__ctx *c, dl__node *k)
{
	const char *s = c->src + k->start;
	uint32_t n = k->end - k->start;
	if (k->kind == N_IDENT)
		return n == 9 && !memcmp(s, "__proto__", 9);
	if (k->kind == N_LITERAL)	/* a string key (no escapes) */
		return n == 11 && (*s == '"' || *s == '\'') && !memcmp(s + 1, "__proto__", 9);
	return 0;
}

static dl__node *object_literal(dl__ctx *c)
{
	dl__node *n = mk(c, N_OBJECT, &c->tok);
	list props;
	list_init(&props);
	next(c);
	while (!is(c, T_RBRACE)) {
		dl__node *p = mk(c, N_PROPERTY, &c->tok);
		int fl = 0;
		if (is(c, T_ELLIPSIS)) {
			p->kind = N_SPREAD;
			next(c);
			p->a = assign(c, 0);
			modern(c, p);
			list_add(&props, fin(c, p));
			if (!eat(c, T_COMMA))
				break;
			continue;
		}
		if (is_kw(c, K_ASYNC) || is_kw(c, K_GET) || is_kw(c, K_SET)) {
			dl__token t;
			peek(c, &t);
			if (t.type != T_COMMA && t.type != T_COLON && t.type != T_LPAREN &&
			    t.type != T_RBRACE && t.type != T_ASSIGN && !(c->tok.kw == K_ASYNC && t.nl_before)) {
				fl = c->tok.kw == K_ASYNC ? DL__F_ASYNC : c->tok.kw == K_GET ? DL__F_GET : DL__F_SET;
				next(c);
			}
		}
		if (is(c, T_STAR)) {
			next(c);
			fl |= DL__F_GENERATOR;
		}
		p->a = property_key(c, p);
		if (fl & (DL__F_GET | DL__F_SET)) {
			p->flags |= fl;
			p->b = method_function(c, 0, p->start);
		} else if (fl || is(c, T_LPAREN)) {
			p->flags |= DL__F_METHOD;
			modern(c, p);
			p->b = method_function(c, fl, p->start);
		} else if (eat(c, T_COLON)) {
			p->b = assign(c, 0);
			if (!(p->flags & DL__F_COMPUTED) && is_proto_key(c, p->a)) {
				p->flags |= DL__F_PROTO;
				modern(c, p);
			}
		} else {
			/* shorthand {a} or cover-initialized {a = 1} (only valid as a pattern) */
			if (p->a->kind != N_IDENT || (p->flags & DL__F_COMPUTED) || !is_ident_name(c, &c->prev))
				dl__unexpected(c, &c->tok);
			p->flags |= DL__F_SHORTHAND;
			modern(c, p);
			p->b = p->a;
			if (is(c, T_ASSIGN)) {
				dl__node *as = mk_at(c, N_ASSIGN, p->a);
				next(c);
				as->op = T_ASSIGN;
				as->a = p->a;
				as->b = assign(c, 0);
				p->b = fin(c, as);
			}
		}
		list_add(&props, fin(c, p));
		if (!eat(c, T_COMMA))
			break;
	}
	expect(c, T_RBRACE);
	n->a = props.head;
	return fin(c, n);
}

static dl__node *array_literal(dl__ctx *c)
{
	dl__node *n = mk(c, N_ARRAY, &c->tok);
	list el;
	list_init(&el);
	next(c);
	while (!is(c, T_RBRACK)) {
		if (is(c, T_COMMA)) {
			dl__node *h = mk(c, N_HOLE, &c->tok);
			h->end = h->start;
			list_add(&el, h);
			next(c);
			continue;
		}
		if (is(c, T_ELLIPSIS)) {
			dl__node *s = mk(c, N_SPREAD, &c->tok);
			next(c);
			s->a = assign(c, 0);
			modern(c, s);
			list_add(&el, fin(c, s));
		} else {
			list_add(&el, assign(c, 0));
		}
		if (!eat(c, T_COMMA))
			break;
	}
	expect(c, T_RBRACK);
	n->a = el.head;
	return fin(c, n);
}

/* ( ... ): a parenthesized expression, or the parameters of an arrow function */
static dl__node *paren_or_arrow(dl__ctx *c, dl__node *async_tok)
{
	dl__node *n = mk(c, N_PAREN, &c->tok);
	list el;
	int arrow_only = 0, trailing = 0;
	list_init(&el);
	next(c);
	while (!is(c, T_RPAREN)) {
		if (is(c, T_ELLIPSIS)) {
			dl__node *r = mk(c, N_REST, &c->tok);
			next(c);
			r->a = binding_target(c);
			list_add(&el, fin(c, r));
			arrow_only = 1;
			break;
		}
		list_add(&el, assign(c, 0));
		if (!eat(c, T_COMMA))
			break;
		if (is(c, T_RPAREN))
			trailing = 1;
	}
	expect(c, T_RPAREN);
	if (is(c, T_ARROW) && !c->tok.nl_before) {
		dl__node *f = mk_at(c, N_ARROW, async_tok ? async_tok : n);
		dl__node *p;
		list params;
		list_init(&params);
		for (p = el.head; p; ) {
			dl__node *nx = p->next;
			p->next = NULL;
			list_add(&params, p->kind == N_REST ? p : to_pattern(c, p, 1));
			p = nx;
		}
		if (async_tok)
			f->flags |= DL__F_ASYNC;
		return arrow_rest(c, f, params.head);
	}
	if (!el.head || arrow_only || trailing)
		dl__unexpected(c, el.head ? &c->prev : &c->tok);
	if (el.head->next) {
		dl__node *s = mk_at(c, N_SEQ, el.head);
		dl__node *x = el.head;
		s->a = el.head;
		while (x->next)
			x = x->next;
		s->end = x->end;
		if (any_modern(s->a))
			s->flags |= DL__F_MODERN;
		n->a = s;
	} else {
		n->a = el.head;
	}
	return fin(c, n);
}

static dl__node *primary(dl__ctx *c)
{
	dl__token *t = &c->tok;
	dl__node *n;
	switch (t->type) {
	case T_NAME:
		switch (t->kw) {
		case K_THIS:
			n = mk(c, N_THIS, t);
			next(c);
			return fin(c, n);
		case K_NULL: case K_TRUE: case K_FALSE:
			n = mk(c, N_LITERAL, t);
			next(c);
			return fin(c, n);
		case K_FUNCTION:
			n = mk(c, N_FUNC_EXPR, t);
			next(c);
			return function_rest(c, n, 0);
		case K_CLASS:
			n = mk(c, N_CLASS_EXPR, t);
			next(c);
			return class_rest(c, n, 0);
		case K_NEW:
			break;
		case K_SUPER:
			n = mk(c, N_SUPER, t);
			modern(c, n);
			next(c);
			if (!is(c, T_LPAREN) && !is(c, T_DOT) && !is(c, T_LBRACK))
				dl__fail(c, DL_ESYNTAX, c->prev.start, "'super' keyword unexpected here");
			return fin(c, n);
		case K_IMPORT: {
			n = mk(c, N_IMPORT_CALL, t);
			next(c);
			modern(c, n);
			if (eat(c, T_DOT)) {
				n->kind = N_META;
				n->op = K_META;
				if (!is_kw(c, K_META) || !c->module)
					dl__fail(c, DL_ESYNTAX, n->start, "Cannot use 'import.meta' outside a module");
				next(c);
				return fin(c, n);
			}
			expect(c, T_LPAREN);
			n->a = assign(c, 0);
			if (eat(c, T_COMMA) && !is(c, T_RPAREN)) {	/* import(x, { with: {...} }) */
				n->b = assign(c, 0);
				eat(c, T_COMMA);
			}
			expect(c, T_RPAREN);
			return fin(c, n);
		}
		case K_ASYNC: {
			dl__token nt;
			peek(c, &nt);
			if (nt.type == T_NAME && nt.kw == K_FUNCTION && !nt.nl_before) {
				n = mk(c, N_FUNC_EXPR, t);
				next(c);
				next(c);
				return function_rest(c, n, DL__F_ASYNC);
			}
			if (nt.type == T_LPAREN && !nt.nl_before) {
				/* async(...): a call of a function named async, or the
				 * parameters of an async arrow when => follows */
				dl__node *id = ident_here(c), *call = mk_at(c, N_CALL, id), *p;
				call->a = id;
				call->b = arguments(c, call);
				if (is(c, T_ARROW) && !c->tok.nl_before) {
					list params;
					n = mk_at(c, N_ARROW, id);
					list_init(&params);
					for (p = call->b; p; ) {
						dl__node *nx = p->next;
						p->next = NULL;
						if (p->kind == N_SPREAD) {
							if (nx)
								dl__fail(c, DL_ESYNTAX, p->start, "Rest parameter must be last formal parameter");
							p->kind = N_REST;
							p->a = to_pattern(c, p->a, 1);
						} else {
							p = to_pattern(c, p, 1);
						}
						list_add(&params, p);
						p = nx;
					}
					n->flags |= DL__F_ASYNC;
					return arrow_rest(c, n, params.head);
				}
				return fin(c, call);
			}
			if (nt.type == T_NAME && !nt.nl_before && is_ident_name(c, &nt)) {
				/* async x => ... */
				dl__node *a = mk(c, N_ARROW, t), *p;
				next(c);
				p = binding_ident(c);
				if (!is(c, T_ARROW) || c->tok.nl_before)
					dl__unexpected(c, &c->tok);
				a->flags |= DL__F_ASYNC;
				return arrow_rest(c, a, p);
			}
			break;
		}
		default:
			break;
		}
		if (!is_ident_name(c, t))
			dl__unexpected(c, t);
		n = ident_here(c);
		if (is(c, T_ARROW) && !c->tok.nl_before) {
			dl__node *a = mk_at(c, N_ARROW, n);
			return arrow_rest(c, a, n);
		}
		return n;
	case T_NUM:
		n = mk(c, N_NUMBER, t);
		if (t->modern)
			modern(c, n);
		next(c);
		return fin(c, n);
	case T_STR:
		n = mk(c, N_LITERAL, t);
		if (t->modern)
			modern(c, n);
		next(c);
		return fin(c, n);
	case T_SLASH: case T_DIV_A:
		dl__lex_regex(c, t);
		n = mk(c, N_LITERAL, t);
		next(c);
		return fin(c, n);
	case T_TEMPLATE:
		return template(c, 0);
	case T_LPAREN:
		return paren_or_arrow(c, NULL);
	case T_LBRACK:
		return array_literal(c);
	case T_LBRACE:
		return object_literal(c);
	case T_PRIVATE: {
		/* #x in obj */
		n = mk(c, N_PRIVATE_NAME, t);
		modern(c, n);
		next(c);
		if (!is_kw(c, K_IN))
			dl__unexpected(c, &c->tok);
		return fin(c, n);
	}
	default:
		break;
	}
	dl__unexpected(c, t);
	return NULL;
}

static dl__node *arguments(dl__ctx *c, dl__node *call)
{
	list args;
	list_init(&args);
	expect(c, T_LPAREN);
	while (!is(c, T_RPAREN)) {
		if (is(c, T_ELLIPSIS)) {
			dl__node *s = mk(c, N_SPREAD, &c->tok);
			next(c);
			s->a = assign(c, 0);
			modern(c, s);
			list_add(&args, fin(c, s));
		} else {
			list_add(&args, assign(c, 0));
		}
		if (!eat(c, T_COMMA))
			break;
		if (is(c, T_RPAREN))
			modern(c, call);	/* f(a,) — ES2017 */
	}
	expect(c, T_RPAREN);
	return args.head;
}

/* member/call suffixes; allow_call = 0 inside `new X(...)`'s callee */
static dl__node *suffixes(dl__ctx *c, dl__node *n, int allow_call)
{
	int in_chain = 0;
	for (;;) {
		dl__node *m;
		if (is(c, T_QDOT)) {
			if (!allow_call)
				dl__fail(c, DL_ESYNTAX, c->tok.start, "Invalid optional chain from new expression");
			next(c);
			in_chain = 1;
			if (is(c, T_LPAREN)) {
				m = mk_at(c, N_CALL, n);
				m->flags |= DL__F_OPTIONAL;
				m->a = n;
				m->b = arguments(c, m);
				n = fin(c, m);
				continue;
			}
			if (is(c, T_LBRACK)) {
				next(c);
				m = mk_at(c, N_MEMBER, n);
				m->flags |= DL__F_OPTIONAL | DL__F_COMPUTED;
				m->a = n;
				m->b = expression(c, 0);
				expect(c, T_RBRACK);
				n = fin(c, m);
				continue;
			}
			if (is(c, T_TEMPLATE))
				dl__fail(c, DL_ESYNTAX, c->tok.start, "Invalid tagged template on optional chain");
			m = mk_at(c, N_MEMBER, n);
			m->flags |= DL__F_OPTIONAL;
			m->a = n;
			if (c->tok.type != T_NAME && c->tok.type != T_PRIVATE)
				dl__unexpected(c, &c->tok);
			m->b = c->tok.type == T_PRIVATE ? mk(c, N_PRIVATE_NAME, &c->tok) : mk(c, N_IDENT, &c->tok);
			if (m->b->kind == N_PRIVATE_NAME)
				modern(c, m->b);
			next(c);
			fin(c, m->b);
			n = fin(c, m);
			continue;
		}
		if (is(c, T_DOT)) {
			next(c);
			m = mk_at(c, N_MEMBER, n);
			m->a = n;
			if (c->tok.type == T_PRIVATE) {
				m->b = mk(c, N_PRIVATE_NAME, &c->tok);
				modern(c, m->b);
			} else if (c->tok.type == T_NAME) {
				m->b = mk(c, N_IDENT, &c->tok);
			} else {
				dl__unexpected(c, &c->tok);
			}
			next(c);
			fin(c, m->b);
			n = fin(c, m);
			continue;
		}
		if (is(c, T_LBRACK)) {
			next(c);
			m = mk_at(c, N_MEMBER, n);
			m->flags |= DL__F_COMPUTED;
			m->a = n;
			m->b = expression(c, 0);
			expect(c, T_RBRACK);
			n = fin(c, m);
			continue;
		}
		if (is(c, T_TEMPLATE)) {
			if (in_chain)
				dl__fail(c, DL_ESYNTAX, c->tok.start, "Invalid tagged template on optional chain");
			m = mk_at(c, N_TAGGED, n);
			modern(c, m);
			m->a = n;
			m->b = template(c, 1);
			n = fin(c, m);
			continue;
		}
		if (allow_call && is(c, T_LPAREN)) {
			m = mk_at(c, N_CALL, n);
			m->a = n;
			m->b = arguments(c, m);
			n = fin(c, m);
			continue;
		}
		break;
	}
	if (in_chain) {
		dl__node *ch = mk_at(c, N_CHAIN, n);
		ch->a = n;
		modern(c, ch);
		n = fin(c, ch);
	}
	return n;
}

static dl__node *new_expr(dl__ctx *c)
{
	dl__node *n = mk(c, N_NEW, &c->tok), *callee;
	next(c);
	if (is(c, T_DOT)) {
		next(c);
		if (!is_kw(c, K_TARGET))
			dl__unexpected(c, &c->tok);
		if (!c->in_func)
			dl__fail(c, DL_ESYNTAX, n->start, "new.target expression is not allowed here");
		next(c);
		n->kind = N_META;
		n->op = K_TARGET;
		modern(c, n);
		return fin(c, n);
	}
	if (is_kw(c, K_NEW))
		callee = new_expr(c);
	else
		callee = primary(c);
	if (callee->kind == N_IMPORT_CALL)
		dl__fail(c, DL_ESYNTAX, callee->start, "Cannot use new with import");
	callee = suffixes(c, callee, 0);
	n->a = callee;
	if (is(c, T_LPAREN))
		n->b = arguments(c, n);
	else
		n->op = 1;	/* no argument list: `new X` */
	return fin(c, n);
}

static dl__node *lhs(dl__ctx *c)
{
	dl__node *n = is_kw(c, K_NEW) ? new_expr(c) : primary(c);
	if (n->kind == N_ARROW)
		return n;
	return suffixes(c, n, 1);
}

static int is_simple_target(dl__node *n)
{
	n = dl__unparen(n);
	return n->kind == N_IDENT || n->kind == N_MEMBER;
}

static dl__node *postfix(dl__ctx *c)
{
	dl__node *n = lhs(c);
	if ((is(c, T_INC) || is(c, T_DEC)) && !c->tok.nl_before) {
		dl__node *u = mk_at(c, N_UPDATE, n);
		if (!is_simple_target(n))
			dl__fail(c, DL_ESYNTAX, n->start, "Invalid left-hand side expression in postfix operation");
		u->op = (int16_t)c->tok.type;
		u->a = n;
		next(c);
		return fin(c, u);
	}
	return n;
}

static dl__node *unary(dl__ctx *c)
{
	dl__token *t = &c->tok;
	dl__node *n;
	int ty = t->type;
	if (ty == T_NOT || ty == T_TILDE || ty == T_PLUS || ty == T_MINUS ||
	    (ty == T_NAME && (t->kw == K_TYPEOF || t->kw == K_VOID || t->kw == K_DELETE))) {
		n = mk(c, N_UNARY, t);
		n->op = (int16_t)(ty == T_NAME ? -t->kw : ty);
		next(c);
		n->a = unary(c);
		if (is(c, T_STARSTAR))
			dl__fail(c, DL_ESYNTAX, c->tok.start, "Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence");
		return fin(c, n);
	}
	if (ty == T_INC || ty == T_DEC) {
		n = mk(c, N_UPDATE, t);
		n->op = (int16_t)ty;
		n->flags |= DL__F_PREFIX;
		next(c);
		n->a = unary(c);
		if (!is_simple_target(n->a))
			dl__fail(c, DL_ESYNTAX, n->a->start, "Invalid left-hand side expression in prefix operation");
		return fin(c, n);
	}
	if (ty == T_NAME && t->kw == K_AWAIT && (c->in_async || (c->module && !c->in_func))) {
		n = mk(c, N_AWAIT, t);
		modern(c, n);
		next(c);
		n->a = unary(c);
		return fin(c, n);
	}
	return postfix(c);
}

static int binprec(dl__ctx *c, int no_in)
{
	switch (c->tok.type) {
	case T_NULLISH: return 1;
	case T_OR: return 2;
	case T_AND: return 3;
	case T_BAR: return 4;
	case T_CARET: return 5;
	case T_AMP: return 6;
	case T_EQ: case T_NE: case T_SEQ: case T_SNE: return 7;
	case T_LT: case T_GT: case T_LE: case T_GE: return 8;
	case T_NAME:
		if (c->tok.kw == K_INSTANCEOF)
			return 8;
		if (c->tok.kw == K_IN && !no_in)
			return 8;
		return 0;
	case T_SHL: case T_SAR: case T_SHR: return 9;
	case T_PLUS: case T_MINUS: return 10;
	case T_STAR: case T_SLASH: case T_PERCENT: return 11;
	case T_STARSTAR: return 12;
	default: return 0;
	}
}

static dl__node *binary(dl__ctx *c, int minprec, int no_in)
{
	dl__node *left = unary(c);
	for (;;) {
		int prec = binprec(c, no_in), op;
		dl__node *n;
		if (!prec || prec < minprec)
			break;
		op = c->tok.type == T_NAME ? -c->tok.kw : c->tok.type;
		if (left->kind == N_PRIVATE_NAME && op != -K_IN)
			dl__unexpected(c, &c->tok);
		n = mk_at(c, op == T_OR || op == T_AND || op == T_NULLISH ? N_LOGICAL : N_BINARY, left);
		n->op = (int16_t)op;
		next(c);
		n->a = left;
		/* ** is right-associative; the others left */
		n->b = binary(c, prec == 12 ? prec : prec + 1, no_in);
		if (op == T_STARSTAR || op == T_NULLISH)
			modern(c, n);
		if (op == T_NULLISH) {
			dl__node *x;
			for (x = n->b; x->kind == N_LOGICAL && x->op != T_NULLISH; x = x->a)
				;
			if ((n->a->kind == N_LOGICAL && n->a->op != T_NULLISH) ||
			    (n->b->kind == N_LOGICAL && n->b->op != T_NULLISH))
				dl__unexpected(c, &c->prev);
		} else if ((op == T_OR || op == T_AND) &&
			   ((n->a->kind == N_LOGICAL && n->a->op == T_NULLISH) ||
			    (n->b->kind == N_LOGICAL && n->b->op == T_NULLISH))) {
			dl__fail(c, DL_ESYNTAX, n->b->start, "Unexpected token '%s'", dl__tok_name(op));
		}
		left = fin(c, n);
	}
	return left;
}

static dl__node *conditional(dl__ctx *c, int no_in)
{
	dl__node *n = binary(c, 1, no_in);
	if (is(c, T_QUESTION)) {
		dl__node *q = mk_at(c, N_COND, n);
		next(c);
		q->a = n;
		q->b = assign(c, 0);
		expect(c, T_COLON);
		q->c = assign(c, no_in);
		return fin(c, q);
	}
	return n;
}

static int is_assign_op(int t)
{
	return t >= T_ASSIGN && t <= T_NULLISH_A;
}

static dl__node *yield_expr(dl__ctx *c, int no_in)
{
	dl__node *n = mk(c, N_YIELD, &c->tok);
	modern(c, n);
	next(c);
	if (c->in_class_field)
		dl__fail(c, DL_ESYNTAX, n->start, "Yield expression not allowed in formal parameter");
	if (!c->tok.nl_before) {
		if (eat(c, T_STAR)) {
			n->op = 1;
			n->a = assign(c, no_in);
		} else if (!is(c, T_RPAREN) && !is(c, T_RBRACK) && !is(c, T_RBRACE) && !is(c, T_COMMA) &&
			   !is(c, T_SEMI) && !is(c, T_COLON) && !is(c, T_EOF) && !(is_kw(c, K_IN))) {
			n->a = assign(c, no_in);
		}
	}
	return fin(c, n);
}

static dl__node *assign(dl__ctx *c, int no_in)
{
	dl__node *left, *n;
	int op;
	if (is_kw(c, K_YIELD) && c->in_generator)
		return yield_expr(c, no_in);
	left = conditional(c, no_in);
	if (left->kind == N_ARROW || !is_assign_op(c->tok.type))
		return left;
	op = c->tok.type;
	n = mk_at(c, N_ASSIGN, left);
	n->op = (int16_t)op;
	if (op == T_ASSIGN && (left->kind == N_OBJECT || left->kind == N_ARRAY)) {
		left = to_pattern(c, left, 0);
		modern(c, n);
	} else if (!is_simple_target(left)) {
		dl__fail(c, DL_ESYNTAX, left->start, "Invalid left-hand side in assignment");
	}
	if (op == T_POW_A || op == T_LAND_A || op == T_LOR_A || op == T_NULLISH_A)
		modern(c, n);
	next(c);
	n->a = left;
	n->b = assign(c, no_in);
	return fin(c, n);
}

static dl__node *expression(dl__ctx *c, int no_in)
{
	dl__node *n = assign(c, no_in), *s;
	list l;
	if (!is(c, T_COMMA))
		return n;
	s = mk_at(c, N_SEQ, n);
	list_init(&l);
	list_add(&l, n);
	while (eat(c, T_COMMA))
		list_add(&l, assign(c, no_in));
	s->a = l.head;
	return fin(c, s);
}

/* ---- patterns ---- */

/* Reinterprets an expression parsed by the cover grammar as a pattern. binding: for
 * parameters and declarations (only names as targets); else assignment targets
 * (members allowed). */
static dl__node *to_pattern(dl__ctx *c, dl__node *n, int binding)
{
	dl__node *x;
	switch (n->kind) {
	case N_IDENT:
		return n;
	case N_MEMBER:
		if (binding)
			break;
		return n;
	case N_PAREN:
		if (binding)
			break;
		if (n->a->kind == N_IDENT || n->a->kind == N_MEMBER)
			return n;
		break;
	case N_ASSIGN:
		if (n->op != T_ASSIGN)
			break;
		n->kind = N_ASSIGN_PAT;
		n->a = to_pattern(c, n->a, binding);
		modern(c, n);
		return n;
	case N_ARRAY:
		n->kind = N_ARR_PAT;
		modern(c, n);
		for (x = n->a; x; x = x->next) {
			dl__node *nx = x->next;
			if (x->kind == N_HOLE)
				continue;
			if (x->kind == N_SPREAD) {
				if (nx)
					dl__fail(c, DL_ESYNTAX, x->start, "Rest element must be last element");
				x->kind = N_REST;
				x->a = to_pattern(c, x->a, binding);
				continue;
			}
			*x = *to_pattern(c, x, binding);
			x->next = nx;
		}
		return n;
	case N_OBJECT:
		n->kind = N_OBJ_PAT;
		modern(c, n);
		for (x = n->a; x; x = x->next) {
			if (x->kind == N_SPREAD) {
				if (x->next)
					dl__fail(c, DL_ESYNTAX, x->start, "Rest element must be last element");
				x->kind = N_REST;
				x->a = to_pattern(c, x->a, binding);
				continue;
			}
			if (x->flags & (DL__F_METHOD | DL__F_GET | DL__F_SET))
				dl__fail(c, DL_ESYNTAX, x->start, "Invalid destructuring assignment target");
			x->b = to_pattern(c, x->b, binding);
		}
		return n;
	case N_ASSIGN_PAT: case N_ARR_PAT: case N_OBJ_PAT:
		return n;
	default:
		break;
	}
	dl__fail(c, DL_ESYNTAX, n->start, binding ? "Invalid destructuring assignment target" :
		 "Invalid left-hand side in assignment");
	return NULL;
}

/* a binding name or pattern, in declarations and parameters */
static dl__node *binding_target(dl__ctx *c)
{
	dl__node *n;
	if (is(c, T_LBRACK))
		return to_pattern(c, array_literal(c), 1);
	if (is(c, T_LBRACE))
		return to_pattern(c, object_literal(c), 1);
	n = binding_ident(c);
	return n;
}

/* target [= default] */
static dl__node *binding_element(dl__ctx *c)
{
	dl__node *t = binding_target(c);
	if (is(c, T_ASSIGN)) {
		dl__node *a = mk_at(c, N_ASSIGN_PAT, t);
		next(c);
		a->a = t;
		a->b = assign(c, 0);
		modern(c, a);
		return fin(c, a);
	}
	return t;
}

/* ---- functions ---- */

static dl__node *params(dl__ctx *c, dl__node *fn)
{
	list l;
	list_init(&l);
	expect(c, T_LPAREN);
	while (!is(c, T_RPAREN)) {
		if (is(c, T_ELLIPSIS)) {
			dl__node *r = mk(c, N_REST, &c->tok);
			next(c);
			r->a = binding_target(c);
			modern(c, r);
			list_add(&l, fin(c, r));
			if (!is(c, T_RPAREN))
				dl__fail(c, DL_ESYNTAX, c->tok.start, "Rest parameter must be last formal parameter");
			break;
		}
		list_add(&l, binding_element(c));
		if (!eat(c, T_COMMA))
			break;
		if (is(c, T_RPAREN))
			modern(c, fn);	/* function f(a,) — ES2017 */
	}
	expect(c, T_RPAREN);
	return l.head;
}

static int simple_params(dl__node *p)
{
	for (; p; p = p->next)
		if (p->kind != N_IDENT)
			return 0;
	return 1;
}

static dl__node *function_body(dl__ctx *c)
{
	dl__node *b = mk(c, N_BLOCK, &c->tok);
	list l;
	int strict = c->strict, first = 1;
	dl__node *labels = c->labels;
	list_init(&l);
	c->labels = NULL;
	expect(c, T_LBRACE);
	while (!is(c, T_RBRACE)) {
		dl__node *s;
		if (first && is(c, T_STR) && c->tok.end - c->tok.start == 12 &&
		    memcmp(c->src + c->tok.start + 1, "use strict", 10) == 0)
			c->strict = 1;
		if (is(c, T_EOF))
			dl__unexpected(c, &c->tok);
		s = statement(c);
		if (!(s->kind == N_EXPR_STMT && s->a->kind == N_LITERAL))
			first = 0;
		list_add(&l, s);
	}
	next(c);
	b->a = l.head;
	c->strict = strict;
	c->labels = labels;
	return fin(c, b);
}

/* after `function` (and `*`, name) or a method key: [*] [name] (params) { body } */
static dl__node *function_rest(dl__ctx *c, dl__node *n, int kind_flags)
{
	int gen = c->in_generator, as = c->in_async, fnc = c->in_func, field = c->in_class_field;
	n->flags |= (uint32_t)kind_flags;
	if (!(n->flags & DL__F_METHOD) && eat(c, T_STAR))
		n->flags |= DL__F_GENERATOR;
	if (!(n->flags & DL__F_METHOD) && !is(c, T_LPAREN)) {
		/* the name of a generator/async expression follows its own rules; of a
		 * declaration, the enclosing ones */
		if (n->kind == N_FUNC_EXPR) {
			c->in_generator = (n->flags & DL__F_GENERATOR) != 0;
			c->in_async = (n->flags & DL__F_ASYNC) != 0;
		}
		n->a = binding_ident(c);
	}
	c->in_generator = (n->flags & DL__F_GENERATOR) != 0;
	c->in_async = (n->flags & DL__F_ASYNC) != 0;
	c->in_func = 1;
	c->in_class_field = 0;
	if (n->flags & (DL__F_GENERATOR | DL__F_ASYNC))
		modern(c, n);
	n->b = params(c, n);
	if (simple_params(n->b))
		n->flags |= DL__F_SIMPLE_PARAMS;
	n->c = function_body(c);
	c->in_generator = gen;
	c->in_async = as;
	c->in_func = fnc;
	c->in_class_field = field;
	return fin(c, n);
}

static dl__node *arrow_rest(dl__ctx *c, dl__node *n, dl__node *p)
{
	int gen = c->in_generator, as = c->in_async, fnc = c->in_func;
	modern(c, n);
	expect(c, T_ARROW);
	n->b = p;
	if (simple_params(p))
		n->flags |= DL__F_SIMPLE_PARAMS;
	c->in_generator = 0;
	c->in_async = (n->flags & DL__F_ASYNC) != 0;
	c->in_func = 1;
	if (is(c, T_LBRACE)) {
		n->c = function_body(c);
	} else {
		n->flags |= DL__F_EXPR_BODY;
		n->c = assign(c, 0);
	}
	c->in_generator = gen;
	c->in_async = as;
	c->in_func = fnc;
	return fin(c, n);
}

/* ---- classes ---- */

static dl__node *class_rest(dl__ctx *c, dl__node *n, int is_decl)
{
	list members;
	int strict = c->strict;
	modern(c, n);
	c->strict = 1;
	if (is(c, T_NAME) && !is_kw(c, K_EXTENDS))
		n->a = binding_ident(c);
	else if (is_decl)
		dl__unexpected(c, &c->tok);
	if (is_kw(c, K_EXTENDS)) {
		next(c);
		n->b = suffixes(c, is_kw(c, K_NEW) ? new_expr(c) : primary(c), 1);
	}
	expect(c, T_LBRACE);
	list_init(&members);
	while (!is(c, T_RBRACE)) {
		dl__node *m;
		int fl = 0;
		uint32_t text;
		dl__token t;
		if (eat(c, T_SEMI))
			continue;
		m = mk(c, N_METHOD, &c->tok);
		if (is_kw(c, K_STATIC)) {
			peek(c, &t);
			if (t.type == T_LBRACE) {
				m->kind = N_STATIC_BLOCK;
				next(c);
				{
					int fnc = c->in_func;
					dl__node *body;
					c->in_func = 1;
					body = function_body(c);
					c->in_func = fnc;
					m->a = body;
				}
				list_add(&members, fin(c, m));
				continue;
			}
			if (t.type != T_LPAREN && t.type != T_ASSIGN && t.type != T_SEMI && t.type != T_RBRACE) {
				m->flags |= DL__F_STATIC;
				next(c);
			}
		}
		text = c->tok.start;	/* V8's text of a static method leaves out `static` */
		if (is_kw(c, K_ASYNC) || is_kw(c, K_GET) || is_kw(c, K_SET)) {
			peek(c, &t);
			if (t.type != T_LPAREN && t.type != T_ASSIGN && t.type != T_SEMI && t.type != T_RBRACE &&
			    !(c->tok.kw == K_ASYNC && t.nl_before) && !(t.nl_before && t.type != T_NAME && t.type != T_LBRACK && t.type != T_STR && t.type != T_NUM && t.type != T_PRIVATE && t.type != T_STAR)) {
				fl = c->tok.kw == K_ASYNC ? DL__F_ASYNC : c->tok.kw == K_GET ? DL__F_GET : DL__F_SET;
				next(c);
			}
		}
		if (is(c, T_STAR)) {
			next(c);
			fl |= DL__F_GENERATOR;
		}
		m->a = property_key(c, m);
		if (is(c, T_LPAREN)) {
			int is_ctor = !(m->flags & (DL__F_STATIC | DL__F_COMPUTED)) &&
				((m->a->kind == N_IDENT && c->src[m->a->start] == 'c' &&
				  m->a->end - m->a->start == 11 && memcmp(c->src + m->a->start, "constructor", 11) == 0) ||
				 (m->a->kind == N_LITERAL && m->a->end - m->a->start == 13 &&
				  memcmp(c->src + m->a->start + 1, "constructor", 11) == 0));
			if (is_ctor) {
				if (fl)
					dl__fail(c, DL_ESYNTAX, m->a->start, "Class constructor may not be a%s",
						 fl & DL__F_GET ? " getter" : fl & DL__F_SET ? " setter" :
						 fl & DL__F_ASYNC ? "n async method" : " generator");
				m->flags |= DL__F_CTOR;
			}
			m->flags |= fl & (DL__F_GET | DL__F_SET);
			m->b = method_function(c, fl & (DL__F_ASYNC | DL__F_GENERATOR), text);
			if (is_ctor)
				m->b->flags |= DL__F_CTOR;
		} else {
			if (fl)
				dl__unexpected(c, &c->tok);
			m->kind = N_FIELD;
			if (eat(c, T_ASSIGN)) {
				int fnc = c->in_func, field = c->in_class_field, gen = c->in_generator, as = c->in_async;
				c->in_func = 1;
				c->in_class_field = 1;
				c->in_generator = c->in_async = 0;
				m->b = assign(c, 0);
				c->in_func = fnc;
				c->in_class_field = field;
				c->in_generator = gen;
				c->in_async = as;
			}
			semicolon(c, m);
		}
		list_add(&members, fin(c, m));
	}
	next(c);
	n->c = members.head;
	c->strict = strict;
	return fin(c, n);
}

/* ---- statements ---- */

static dl__node *var_decl(dl__ctx *c, int kw, int no_in, int in_for)
{
	dl__node *n = mk(c, N_VAR, &c->tok);
	list l;
	n->op = (int16_t)kw;
	if (kw != K_VAR)
		modern(c, n);
	next(c);
	list_init(&l);
	for (;;) {
		dl__node *d = mk(c, N_DECLARATOR, &c->tok);
		d->a = binding_target(c);
		if (eat(c, T_ASSIGN))
			d->b = assign(c, no_in);
		else if (!in_for && (kw == K_CONST || d->a->kind != N_IDENT))
			dl__fail(c, DL_ESYNTAX, c->tok.start, kw == K_CONST && d->a->kind == N_IDENT ?
				 "Missing initializer in const declaration" : "Missing initializer in destructuring declaration");
		list_add(&l, fin(c, d));
		if (!eat(c, T_COMMA))
			break;
	}
	n->a = l.head;
	return fin(c, n);
}

/* `let` starts a declaration when followed by a name, [ or { */
static int let_decl(dl__ctx *c)
{
	dl__token t;
	if (!is_kw(c, K_LET))
		return 0;
	peek(c, &t);
	return t.type == T_LBRACK || t.type == T_LBRACE ||
		(t.type == T_NAME && (!t.nl_before || 1) && (t.kw == K_NONE || t.kw > K__RESERVED));
}

static dl__node *block(dl__ctx *c)
{
	dl__node *b = mk(c, N_BLOCK, &c->tok);
	list l;
	list_init(&l);
	expect(c, T_LBRACE);
	while (!is(c, T_RBRACE)) {
		if (is(c, T_EOF))
			dl__unexpected(c, &c->tok);
		list_add(&l, statement(c));
	}
	next(c);
	b->a = l.head;
	return fin(c, b);
}

static dl__node *for_stmt(dl__ctx *c)
{
	dl__node *n = mk(c, N_FOR, &c->tok), *init = NULL;
	next(c);
	if (is_kw(c, K_AWAIT)) {
		if (!c->in_async && !(c->module && !c->in_func))
			dl__unexpected(c, &c->tok);
		next(c);
		n->flags |= DL__F_AWAIT;
		modern(c, n);
	}
	expect(c, T_LPAREN);
	if (is(c, T_SEMI)) {
		;
	} else if (is_kw(c, K_VAR) || is_kw(c, K_CONST) || let_decl(c)) {
		init = var_decl(c, c->tok.kw, 1, 1);
	} else {
		int starts_let = is_kw(c, K_LET), starts_async = is_kw(c, K_ASYNC);
		init = expression(c, 1);
		if (is_kw(c, K_OF) && (starts_let || (starts_async && init->kind == N_IDENT)))
			dl__unexpected(c, &c->tok);
	}
	if (init && (is_kw(c, K_OF) || is_kw(c, K_IN))) {
		int of = is_kw(c, K_OF);
		if (init->kind == N_VAR) {
			if (init->a->next)
				dl__fail(c, DL_ESYNTAX, init->start, "Invalid left-hand side in for-%s loop: Must have a single binding.", of ? "of" : "in");
			if (init->a->b && (of || init->op != K_VAR || c->strict || init->a->a->kind != N_IDENT))
				dl__fail(c, DL_ESYNTAX, init->start, "for-%s loop variable declaration may not have an initializer.", of ? "of" : "in");
		} else if (init->kind == N_OBJECT || init->kind == N_ARRAY) {
			init = to_pattern(c, init, 0);
		} else if (!is_simple_target(init)) {
			dl__fail(c, DL_ESYNTAX, init->start, "Invalid left-hand side in for-%s loop", of ? "of" : "in");
		}
		n->kind = of ? N_FOR_OF : N_FOR_IN;
		if (of)
			modern(c, n);
		next(c);
		n->a = init;
		n->b = of ? assign(c, 0) : expression(c, 0);
		expect(c, T_RPAREN);
		n->d = statement(c);
		return fin(c, n);
	}
	if (n->flags & DL__F_AWAIT)
		dl__unexpected(c, &c->tok);
	if (init && init->kind == N_VAR) {
		dl__node *d;
		for (d = init->a; d; d = d->next)
			if (!d->b && (init->op == K_CONST || d->a->kind != N_IDENT))
				dl__fail(c, DL_ESYNTAX, d->end, init->op == K_CONST ? "Missing initializer in const declaration" : "Missing initializer in destructuring declaration");
	}
	n->a = init;
	expect(c, T_SEMI);
	if (!is(c, T_SEMI))
		n->b = expression(c, 0);
	expect(c, T_SEMI);
	if (!is(c, T_RPAREN))
		n->c = expression(c, 0);
	expect(c, T_RPAREN);
	n->d = statement(c);
	return fin(c, n);
}

/* `with { type: 'json' }` (or the older `assert { ... }`) after a module specifier: a
 * list of N_PROPERTY (a: key, b: string literal) in n->d */
static void import_attributes(dl__ctx *c, dl__node *n)
{
	list l;
	dl__node *p, *q;
	if (!is_kw(c, K_WITH) && !(is(c, T_NAME) && !c->tok.nl_before && c->tok.end - c->tok.start == 6 &&
				      memcmp(c->src + c->tok.start, "assert", 6) == 0))
		return;
	next(c);
	expect(c, T_LBRACE);
	list_init(&l);
	while (!is(c, T_RBRACE)) {
		p = mk(c, N_PROPERTY, &c->tok);
		if (!is(c, T_NAME) && !is(c, T_STR))
			dl__unexpected(c, &c->tok);
		p->a = mk(c, c->tok.type == T_STR ? N_LITERAL : N_IDENT, &c->tok);
		next(c);
		fin(c, p->a);
		for (q = l.head; q; q = q->next) {
			uint32_t ka = q->a->kind == N_IDENT ? 0 : 1, kb = p->a->kind == N_IDENT ? 0 : 1;
			uint32_t la = q->a->end - q->a->start - 2 * ka, lb = p->a->end - p->a->start - 2 * kb;
			if (la == lb && memcmp(c->src + q->a->start + ka, c->src + p->a->start + kb, la) == 0)
				dl__fail(c, DL_ESYNTAX, p->a->start, "Import attribute has duplicate key '%.*s'",
					 (int)lb, c->src + p->a->start + kb);
		}
		expect(c, T_COLON);
		if (!is(c, T_STR))
			dl__unexpected(c, &c->tok);
		p->b = mk(c, N_LITERAL, &c->tok);
		next(c);
		fin(c, p->b);
		list_add(&l, fin(c, p));
		if (!eat(c, T_COMMA))
			break;
	}
	expect(c, T_RBRACE);
	n->d = l.head;
}

/* ModuleExportName: an identifier name or a string (a specifier's imported or local
 * name) */
static dl__node *module_export_name(dl__ctx *c)
{
	dl__node *n;
	if (!is(c, T_NAME) && !is(c, T_STR))
		dl__unexpected(c, &c->tok);
	n = mk(c, c->tok.type == T_STR ? N_LITERAL : N_IDENT, &c->tok);
	next(c);
	return fin(c, n);
}

static dl__node *import_decl(dl__ctx *c, dl__node *n)
{
	list l;
	list_init(&l);
	next(c);
	if (is(c, T_STR)) {
		n->b = mk(c, N_LITERAL, &c->tok);
		next(c);
		fin(c, n->b);
		import_attributes(c, n);
		semicolon(c, n);
		return fin(c, n);
	}
	if (is(c, T_NAME)) {
		dl__node *s = mk(c, N_SPECIFIER, &c->tok);
		s->op = K_DEFAULT;
		s->b = binding_ident(c);
		list_add(&l, fin(c, s));
		eat(c, T_COMMA);
	}
	if (is(c, T_STAR)) {
		dl__node *s = mk(c, N_SPECIFIER, &c->tok);
		next(c);
		expect_kw(c, K_AS);
		s->op = T_STAR;
		s->b = binding_ident(c);
		list_add(&l, fin(c, s));
	} else if (eat(c, T_LBRACE)) {
		while (!is(c, T_RBRACE)) {
			dl__node *s = mk(c, N_SPECIFIER, &c->tok);
			s->a = module_export_name(c);
			if (is_kw(c, K_AS)) {
				next(c);
				s->b = binding_ident(c);
			} else {
				if (s->a->kind != N_IDENT || !is_ident_name(c, &c->prev))
					dl__unexpected(c, &c->tok);
				s->b = s->a;
			}
			list_add(&l, fin(c, s));
			if (!eat(c, T_COMMA))
				break;
		}
		expect(c, T_RBRACE);
	}
	expect_kw(c, K_FROM);
	if (!is(c, T_STR))
		dl__unexpected(c, &c->tok);
	n->b = mk(c, N_LITERAL, &c->tok);
	next(c);
	fin(c, n->b);
	n->a = l.head;
	import_attributes(c, n);
	semicolon(c, n);
	return fin(c, n);
}

static dl__node *export_decl(dl__ctx *c, dl__node *n)
{
	list l;
	list_init(&l);
	next(c);
	if (is_kw(c, K_DEFAULT)) {
		next(c);
		n->op = K_DEFAULT;
		if (is_kw(c, K_FUNCTION) || is_kw(c, K_CLASS)) {
			dl__node *d = mk(c, is_kw(c, K_FUNCTION) ? N_FUNC_DECL : N_CLASS_DECL, &c->tok);
			next(c);
			if (d->kind == N_FUNC_DECL) {
				if (!is(c, T_LPAREN) && !is(c, T_STAR))
					d->kind = N_FUNC_DECL;
				else if (is(c, T_LPAREN))
					d->kind = N_FUNC_EXPR;
				n->b = function_rest(c, d, 0);
			} else {
				n->b = class_rest(c, d, 0);
			}
			return fin(c, n);
		}
		n->c = assign(c, 0);
		semicolon(c, n);
		return fin(c, n);
	}
	if (is(c, T_STAR)) {
		next(c);
		n->op = T_STAR;
		if (is_kw(c, K_AS)) {
			next(c);
			n->a = is(c, T_STR) ? mk(c, N_LITERAL, &c->tok) : mk(c, N_IDENT, &c->tok);
			next(c);
			fin(c, n->a);
		}
		expect_kw(c, K_FROM);
		n->c = mk(c, N_LITERAL, &c->tok);
		expect(c, T_STR);
		fin(c, n->c);
		import_attributes(c, n);
		semicolon(c, n);
		return fin(c, n);
	}
	if (eat(c, T_LBRACE)) {
		while (!is(c, T_RBRACE)) {
			dl__node *s = mk(c, N_SPECIFIER, &c->tok);
			s->a = module_export_name(c);
			s->b = s->a;
			if (is_kw(c, K_AS)) {
				next(c);
				s->b = mk(c, c->tok.type == T_STR ? N_LITERAL : N_IDENT, &c->tok);
				next(c);
				fin(c, s->b);
			}
			list_add(&l, fin(c, s));
			if (!eat(c, T_COMMA))
				break;
		}
		expect(c, T_RBRACE);
		n->a = l.head;
		if (is_kw(c, K_FROM)) {
			next(c);
			n->c = mk(c, N_LITERAL, &c->tok);
			expect(c, T_STR);
			fin(c, n->c);
			import_attributes(c, n);
		}
		semicolon(c, n);
		return fin(c, n);
	}
	/* export declaration (`export let` always declares: `export let = 1` fails at =) */
	if (is_kw(c, K_LET)) {
		n->b = var_decl(c, K_LET, 0, 0);
		semicolon(c, n->b);
		fin(c, n->b);
		return fin(c, n);
	}
	n->b = statement(c);
	if (n->b->kind != N_VAR && n->b->kind != N_FUNC_DECL && n->b->kind != N_CLASS_DECL)
		dl__unexpected(c, &c->prev);
	return fin(c, n);
}

static dl__node *statement(dl__ctx *c)
{
	dl__token *t = &c->tok;
	dl__node *n;
	int top = c->top_level;	/* import/export only here */
	c->top_level = 0;
	switch (t->type) {
	case T_LBRACE:
		return block(c);
	case T_SEMI:
		n = mk(c, N_EMPTY, t);
		next(c);
		n->flags |= DL__F_SEMI;
		return fin(c, n);
	case T_NAME:
		switch (t->kw) {
		case K_VAR: case K_CONST:
			n = var_decl(c, t->kw, 0, 0);
			semicolon(c, n);
			return fin(c, n);
		case K_LET:
			if (let_decl(c)) {
				n = var_decl(c, K_LET, 0, 0);
				semicolon(c, n);
				return fin(c, n);
			}
			break;
		case K_FUNCTION:
			n = mk(c, N_FUNC_DECL, t);
			next(c);
			return function_rest(c, n, 0);
		case K_ASYNC: {
			dl__token nt;
			peek(c, &nt);
			if (nt.type == T_NAME && nt.kw == K_FUNCTION && !nt.nl_before) {
				n = mk(c, N_FUNC_DECL, t);
				next(c);
				next(c);
				return function_rest(c, n, DL__F_ASYNC);
			}
			break;
		}
		case K_CLASS:
			n = mk(c, N_CLASS_DECL, t);
			next(c);
			return class_rest(c, n, 1);
		case K_IF:
			n = mk(c, N_IF, t);
			next(c);
			expect(c, T_LPAREN);
			n->a = expression(c, 0);
			expect(c, T_RPAREN);
			n->b = statement(c);
			if (is_kw(c, K_ELSE)) {
				next(c);
				n->c = statement(c);
			}
			return fin(c, n);
		case K_FOR:
			return for_stmt(c);
		case K_WHILE:
			n = mk(c, N_WHILE, t);
			next(c);
			expect(c, T_LPAREN);
			n->a = expression(c, 0);
			expect(c, T_RPAREN);
			n->d = statement(c);
			return fin(c, n);
		case K_DO:
			n = mk(c, N_DO_WHILE, t);
			next(c);
			n->d = statement(c);
			expect_kw(c, K_WHILE);
			expect(c, T_LPAREN);
			n->a = expression(c, 0);
			expect(c, T_RPAREN);
			if (eat(c, T_SEMI))
				n->flags |= DL__F_SEMI;
			return fin(c, n);
		case K_BREAK: case K_CONTINUE:
			n = mk(c, t->kw == K_BREAK ? N_BREAK : N_CONTINUE, t);
			next(c);
			if (is(c, T_NAME) && !c->tok.nl_before && !(c->tok.kw && c->tok.kw < K__RESERVED))
				n->a = ident_here(c);
			semicolon(c, n);
			return fin(c, n);
		case K_RETURN:
			n = mk(c, N_RETURN, t);
			if (!c->in_func)
				dl__fail(c, DL_ESYNTAX, t->start, "Illegal return statement");
			next(c);
			if (!is(c, T_SEMI) && !is(c, T_RBRACE) && !is(c, T_EOF) && !c->tok.nl_before)
				n->a = expression(c, 0);
			semicolon(c, n);
			return fin(c, n);
		case K_THROW:
			n = mk(c, N_THROW, t);
			next(c);
			if (c->tok.nl_before)
				dl__fail(c, DL_ESYNTAX, c->prev.end, "Illegal newline after throw");
			n->a = expression(c, 0);
			semicolon(c, n);
			return fin(c, n);
		case K_TRY:
			n = mk(c, N_TRY, t);
			next(c);
			n->a = block(c);
			if (is_kw(c, K_CATCH)) {
				next(c);
				if (eat(c, T_LPAREN)) {
					n->b = binding_target(c);
					expect(c, T_RPAREN);
				} else {
					modern(c, n);	/* catch without a binding: ES2019 */
				}
				n->c = block(c);
			}
			if (is_kw(c, K_FINALLY)) {
				next(c);
				n->d = block(c);
			}
			if (!n->c && !n->d)
				dl__fail(c, DL_ESYNTAX, c->tok.start, "Missing catch or finally after try");
			return fin(c, n);
		case K_SWITCH: {
			list cases;
			int seen_default = 0;
			n = mk(c, N_SWITCH, t);
			next(c);
			expect(c, T_LPAREN);
			n->a = expression(c, 0);
			expect(c, T_RPAREN);
			expect(c, T_LBRACE);
			list_init(&cases);
			while (!is(c, T_RBRACE)) {
				dl__node *cs = mk(c, N_CASE, &c->tok);
				list body;
				if (is_kw(c, K_CASE)) {
					next(c);
					cs->a = expression(c, 0);
				} else if (is_kw(c, K_DEFAULT)) {
					if (seen_default)
						dl__fail(c, DL_ESYNTAX, c->tok.start, "More than one default clause in switch statement");
					seen_default = 1;
					next(c);
				} else {
					dl__unexpected(c, &c->tok);
				}
				expect(c, T_COLON);
				list_init(&body);
				while (!is(c, T_RBRACE) && !is_kw(c, K_CASE) && !is_kw(c, K_DEFAULT)) {
					if (is(c, T_EOF))
						dl__unexpected(c, &c->tok);
					list_add(&body, statement(c));
				}
				cs->b = body.head;
				list_add(&cases, fin(c, cs));
			}
			next(c);
			n->b = cases.head;
			return fin(c, n);
		}
		case K_DEBUGGER:
			n = mk(c, N_DEBUGGER, t);
			next(c);
			semicolon(c, n);
			return fin(c, n);
		case K_WITH:
			n = mk(c, N_WITH, t);
			if (c->strict)
				dl__fail(c, DL_ESYNTAX, t->start, "Strict mode code may not include a with statement");
			next(c);
			expect(c, T_LPAREN);
			n->a = expression(c, 0);
			expect(c, T_RPAREN);
			n->d = statement(c);
			return fin(c, n);
		case K_IMPORT: {
			dl__token nt;
			peek(c, &nt);
			if (nt.type == T_LPAREN || nt.type == T_DOT || (c->module && !top))
				break;
			if (!c->module)
				dl__fail(c, DL_ESYNTAX, t->start, "Cannot use import statement outside a module");
			n = mk(c, N_IMPORT, t);
			modern(c, n);
			return import_decl(c, n);
		}
		case K_EXPORT:
			if (!c->module || !top)
				dl__fail(c, DL_ESYNTAX, t->start, "Unexpected token 'export'");
			n = mk(c, N_EXPORT, t);
			modern(c, n);
			return export_decl(c, n);
		default: {
			/* label: */
			dl__token nt;
			if (is_ident_name(c, t)) {
				peek(c, &nt);
				if (nt.type == T_COLON) {
					n = mk(c, N_LABELED, t);
					n->a = ident_here(c);
					next(c);
					n->d = statement(c);
					return fin(c, n);
				}
			}
			break;
		}
		}
		break;
	default:
		break;
	}
	n = mk(c, N_EXPR_STMT, t);
	n->a = expression(c, 0);
	semicolon(c, n);
	return fin(c, n);
}

dl__node *dl__parse(dl__ctx *c)
{
	dl__node *p;
	list l;
	dl__lex_init(&c->lx, c->src, c->len);
	c->strict = c->module;
	dl__lex_next(c, &c->tok);
	p = mk(c, N_PROGRAM, &c->tok);
	p->start = 0;
	p->line = 1;
	list_init(&l);
	while (!is(c, T_EOF)) {
		c->top_level = c->module;
		list_add(&l, statement(c));
	}
	p->a = l.head;
	c->prev = c->tok;
	return fin(c, p);
}
