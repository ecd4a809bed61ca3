/* emitter.c — prints the program as ES5, line for line.
 *
 * A node without DL__F_MODERN is copied from the source byte for byte (comments and
 * all). A node with it is printed structurally: the statement and expression forms
 * here, the ES2015+ ones by lower_*.c. Before a node is printed, newlines are added
 * until the output is on the node's source line (dl__sync); printing never goes back,
 * so when lowering moves text to a later point it may share a line with what follows.
 * Printed statements always end with `;` (a verbatim one that ended by ASI gets one),
 * so no statement can glue to the next. After a restricted keyword we print (return,
 * throw), an expression starting on a later line is parenthesized, so ASI cannot cut it.
 *
 * Temporaries are named _ls$N (N counts per file, so names never collide and nested
 * functions cannot shadow them) and declared by one `var` at the end of the function
 * that uses them (hoisting makes that valid) — no text has to be inserted backwards. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* ---- output ---- */

static void grow(dl__ctx *c, size_t n)
{
	size_t cap = c->out.cap ? c->out.cap : 4096;
	char *b;
	while (cap < c->out.len + n + 1)
		cap *= 2;
	b = realloc(c->out.buf, cap);
	if (!b)
		longjmp(*c->arena.oom, 1);
	c->out.buf = b;
	c->out.cap = cap;
}

/* Bytes that may end a line: \n, \r, and 0xE2 (the lead byte of U+2028/U+2029). */
static const unsigned char line_byte[256] = { ['\n'] = 1, ['\r'] = 1, [0xE2] = 1 };

/* Line terminators in s[0, n) (\r\n counting once). One table lookup a byte: this runs
 * over every byte printed (about an eighth of the down-leveler's time when it compared
 * each byte three times). */
static uint32_t count_lines(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *e = p + n;
	uint32_t k = 0;
	for (; p < e; p++) {
		if (!line_byte[*p])
			continue;
		if (*p == '\n')
			k++;
		else if (*p == '\r' && (p + 1 >= e || p[1] != '\n'))
			k++;
		else if (*p == 0xE2 && p + 2 < e && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9))
			k++;
	}
	return k;
}

void dl__put(dl__ctx *c, const char *s, size_t n)
{
	if (c->out.len + n + 1 > c->out.cap)
		grow(c, n);
	memcpy(c->out.buf + c->out.len, s, n);
	c->out.len += n;
	c->out.buf[c->out.len] = 0;
	c->out.line += count_lines(s, n);
}

void dl__puts(dl__ctx *c, const char *s)
{
	dl__put(c, s, strlen(s));
}

/* Formats of only text, %u and %s (nearly all: " _ls$c.n = %u;") are printed by hand;
 * through vsnprintf they were ~10% of the down-leveler's time. Others go to vsnprintf. */
void dl__putf(dl__ctx *c, const char *fmt, ...)
{
	char buf[512];
	const char *f, *t;
	int n, simple = 1;
	va_list ap;
	for (f = fmt; *f; f++) {
		if (*f == '%' && f[1] != 'u' && f[1] != 's') {
			simple = 0;
			break;
		}
		if (*f == '%')
			f++;
	}
	va_start(ap, fmt);
	if (simple) {
		for (f = fmt; *f; f = t) {
			for (t = f; *t && *t != '%'; t++)
				;
			if (t > f)
				dl__put(c, f, (size_t)(t - f));
			if (!*t)
				break;
			if (t[1] == 's') {
				const char *str = va_arg(ap, const char *);
				dl__put(c, str, strlen(str));
			} else {
				unsigned v = va_arg(ap, unsigned);
				int i = sizeof buf;
				do
					buf[--i] = (char)('0' + v % 10);
				while ((v /= 10) != 0);
				dl__put(c, buf + i, sizeof buf - (size_t)i);
			}
			t += 2;
		}
		va_end(ap);
		return;
	}
	n = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (n > 0)
		dl__put(c, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

void dl__sync(dl__ctx *c, uint32_t line)
{
	while (c->out.line < line)
		dl__put(c, "\n", 1);
}

void dl__span_add(dl__ctx *c, dl_span **a, size_t *n, size_t *cap, uint32_t out, uint32_t in, uint32_t len)
{
	dl_span *s;
	if (a == &c->r->copies && *n && (*a)[*n - 1].out + (*a)[*n - 1].len == out &&
	    (*a)[*n - 1].in + (*a)[*n - 1].len == in) {
		(*a)[*n - 1].len += len;
		return;
	}
	if (*n == *cap) {
		size_t k = *cap ? *cap * 2 : 64;
		s = realloc(*a, k * sizeof *s);
		if (!s)
			longjmp(*c->arena.oom, 1);
		*a = s;
		*cap = k;
	}
	s = &(*a)[(*n)++];
	s->out = out;
	s->in = in;
	s->len = len;
}

static void src(dl__ctx *c, dl__node *n)
{
	dl__span_add(c, &c->r->copies, &c->r->ncopies, &c->capcopies, (uint32_t)c->out.len, n->start,
		     n->end - n->start);
	dl__put(c, c->src + n->start, n->end - n->start);
}

void dl__verbatim(dl__ctx *c, dl__node *n)
{
	dl__sync(c, n->line);
	src(c, n);
}

void dl__helper(dl__ctx *c, const char *name)
{
	c->uses_helpers = 1;
	dl__puts(c, "__ls.");
	dl__puts(c, name);
}

static void unsupported(dl__ctx *c, dl__node *n, const char *what)
{
	dl__fail(c, DL_EUNSUPPORTED, n->start, "%s %s not supported by leakscope yet", what,
		 strchr(what, ' ') && what[strlen(what) - 1] == 's' ? "are" : "is");
}

/* ---- temps ---- */

uint32_t dl__temp(dl__ctx *c)
{
	return dl__temp_in(c, c->fn);
}

uint32_t dl__temp_in(dl__ctx *c, dl__fn *f)
{
	uint32_t id = ++c->ntemp;
	if (f->ntemps == f->captemps) {
		uint32_t cap = f->captemps ? f->captemps * 2 : 16;
		uint32_t *t = dl__alloc(&c->arena, cap * sizeof *t);
		if (f->ntemps)
			memcpy(t, f->temps, f->ntemps * sizeof *t);
		f->temps = t;
		f->captemps = cap;
	}
	f->temps[f->ntemps++] = id;
	return id;
}

/* "_ls$ID", formatted by hand: through dl__putf (vsnprintf) it was ~6% of the time. */
void dl__put_temp(dl__ctx *c, uint32_t id)
{
	char buf[16];
	int i = sizeof buf;
	do
		buf[--i] = (char)('0' + id % 10);
	while ((id /= 10) != 0);
	buf[--i] = '$';
	buf[--i] = 's';
	buf[--i] = 'l';
	buf[--i] = '_';
	dl__put(c, buf + i, sizeof buf - (size_t)i);
}

/* ---- names ---- */

void dl__ident(dl__ctx *c, dl__node *id)
{
	dl__binding *b = id->u.ref;
	dl__sync(c, id->line);
	if (id->temp && id->kind == N_IDENT) {
		dl__putf(c, "_arguments$%u", id->temp);
		return;
	}
	if (id->op == 1) {
		dl__helper(c, "tdz(\"");
		src(c, id);
		dl__puts(c, "\")");
		return;
	}
	if (b && b->out)
		dl__put(c, b->out, b->outlen);
	else
		src(c, id);
}

/* a binding name in a declaration (no TDZ check) */
void dl__decl_name(dl__ctx *c, dl__node *id)
{
	dl__binding *b = id->u.ref;
	dl__sync(c, id->line);
	if (b && b->out)
		dl__put(c, b->out, b->outlen);
	else
		src(c, id);
}

int dl__is_simple(dl__node *n)
{
	return n->kind == N_IDENT || n->kind == N_THIS || n->kind == N_LITERAL || n->kind == N_NUMBER;
}

/* A property key as a JS expression: "name", 'str', 42, [computed], "#priv" -> the
 * hidden key. */
void dl__key(dl__ctx *c, dl__node *key)
{
	dl__expr(c, key);
}

void dl__key_string(dl__ctx *c, dl__node *key)
{
	dl__sync(c, key->line);
	if (key->kind == N_IDENT) {
		dl__put(c, "\"", 1);
		src(c, key);
		dl__put(c, "\"", 1);
	} else if (key->kind == N_PRIVATE_NAME) {
		dl__puts(c, "\"\\u0001");
		src(c, key);
		dl__put(c, "\"", 1);
	} else {
		dl__expr(c, key);
	}
}

/* Whether id is an identifier the output may give a function expression as its own
 * name: plain ASCII (no escapes), not a reserved word in ES5 nor arguments, eval or
 * undefined. */
int dl__fn_name_ok(dl__ctx *c, dl__node *id)
{
	static const char *const reserved[] = {
		"break", "case", "catch", "class", "const", "continue", "debugger", "default",
		"delete", "do", "else", "enum", "export", "extends", "false", "finally", "for",
		"function", "if", "import", "in", "instanceof", "new", "null", "return", "super",
		"switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with",
		"implements", "interface", "let", "package", "private", "protected", "public",
		"static", "yield", "arguments", "eval", "undefined", NULL
	};
	uint32_t n = id->end - id->start, i;
	const char *s = c->src + id->start;
	if (id->kind != N_IDENT)
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] == '\\' || (unsigned char)s[i] >= 0x80)
			return 0;
	for (i = 0; reserved[i]; i++)
		if (strlen(reserved[i]) == n && memcmp(reserved[i], s, n) == 0)
			return 0;
	return 1;
}

/* ---- literals ---- */

static void number(dl__ctx *c, dl__node *n)
{
	const char *s = c->src + n->start;
	uint32_t len = n->end - n->start, i;
	dl__sync(c, n->line);
	if (s[len - 1] == 'n') {
		/* 123n, 0xFFn: the runtime's BigInt of the digits (runtime/bigint.c) */
		dl__puts(c, "__ls.big(\"");
		for (i = 0; i < len - 1; i++)
			if (s[i] != '_')
				dl__put(c, s + i, 1);
		dl__puts(c, "\")");
		return;
	}
	if (len > 2 && s[0] == '0' && ((s[1] | 0x20) == 'b' || (s[1] | 0x20) == 'o')) {
		int base = (s[1] | 0x20) == 'b' ? 2 : 8;
		double v = 0;
		for (i = 2; i < len; i++)
			if (s[i] != '_')
				v = v * base + (s[i] - '0');
		dl__putf(c, "%.17g", v);
		return;
	}
	for (i = 0; i < len; i++)
		if (s[i] != '_')
			dl__put(c, s + i, 1);
}

/* puts UTF-16 escapes for code point cp */
static void put_cp(dl__ctx *c, unsigned long cp)
{
	if (cp >= 0x10000) {
		cp -= 0x10000;
		dl__putf(c, "\\u%04lX\\u%04lX", 0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
	} else {
		dl__putf(c, "\\u%04lX", cp);
	}
}

/* the body of a string or template part as the inside of a "..." literal: escapes
 * kept (\u{...} rewritten), " escaped, raw newlines as \n plus a line continuation so
 * lines stay where they were */
static void string_body(dl__ctx *c, const char *s, uint32_t n, int template)
{
	uint32_t i, run = 0;
	for (i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		const char *rep = NULL;
		if (ch == '\\' && i + 1 < n) {
			if (s[i + 1] == 'u' && i + 2 < n && s[i + 2] == '{') {
				unsigned long cp = strtoul(s + i + 3, NULL, 16);
				uint32_t j = i + 3;
				dl__put(c, s + run, i - run);
				while (j < n && s[j] != '}')
					j++;
				if (j >= n) {	/* no closing brace: keep the text as it was */
					dl__put(c, s + i, n - i);
					return;
				}
				put_cp(c, cp);
				i = j;
				run = i + 1;
				continue;
			}
			if (template && (s[i + 1] == '`' || s[i + 1] == '$')) {
				dl__put(c, s + run, i - run);
				dl__put(c, s + i + 1, 1);
				i++;
				run = i + 1;
				continue;
			}
			if (s[i + 1] == '\r' || s[i + 1] == '\n') {
				i++;	/* a line continuation: keep it */
				if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
					i++;
				continue;
			}
			i++;
			continue;
		}
		if (template && ch == '"')
			rep = "\\\"";
		else if (ch == '\r' || ch == '\n') {
			dl__put(c, s + run, i - run);
			if (ch == '\r' && i + 1 < n && s[i + 1] == '\n')
				i++;
			dl__put(c, "\\n\\\n", 4);
			run = i + 1;
			continue;
		} else if (ch == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
			   ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9)) {
			dl__put(c, s + run, i - run);
			dl__puts(c, (unsigned char)s[i + 2] == 0xA8 ? "\\u2028\\\n" : "\\u2029\\\n");
			i += 2;
			run = i + 1;
			continue;
		}
		if (rep) {
			dl__put(c, s + run, i - run);
			dl__puts(c, rep);
			run = i + 1;
		}
	}
	dl__put(c, s + run, n - run);
}

static void string_literal(dl__ctx *c, dl__node *n)
{
	const char *s = c->src + n->start;
	uint32_t len = n->end - n->start;
	dl__sync(c, n->line);
	dl__put(c, s, 1);
	string_body(c, s + 1, len - 2, 0);
	dl__put(c, s, 1);
}

static int hex_at(const char *s, uint32_t i, uint32_t n)
{
	return i < n && ((s[i] >= '0' && s[i] <= '9') || ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'f'));
}

/* a template part with an escape that has no cooked value (\x, \u not followed by hex
 * digits, \1..\9, \0 before a digit): a tagged template's cooked string is undefined */
int dl__template_malformed(dl__ctx *c, dl__node *quasi)
{
	const char *s = c->src + quasi->start;
	uint32_t n = quasi->end - quasi->start, i, j;
	for (i = 0; i + 1 < n; i++) {
		if (s[i] != '\\')
			continue;
		i++;
		switch (s[i]) {
		case 'x':
			if (!hex_at(s, i + 1, n) || !hex_at(s, i + 2, n))
				return 1;
			break;
		case 'u':
			if (i + 1 < n && s[i + 1] == '{') {
				for (j = i + 2; hex_at(s, j, n); j++)
					;
				if (j == i + 2 || j >= n || s[j] != '}')
					return 1;
				break;
			}
			for (j = 1; j <= 4; j++)
				if (!hex_at(s, i + j, n))
					return 1;
			break;
		case '0':
			if (i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9')
				return 1;
			break;
		case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
			return 1;
		default:
			break;
		}
	}
	return 0;
}

void dl__template_string(dl__ctx *c, dl__node *quasi)
{
	dl__put(c, "\"", 1);
	string_body(c, c->src + quasi->start, quasi->end - quasi->start, 1);
	dl__put(c, "\"", 1);
}

/* ---- expressions ---- */

static void list(dl__ctx *c, dl__node *x)
{
	int first = 1;
	for (; x; x = x->next) {
		if (!first)
			dl__puts(c, ", ");
		first = 0;
		if (x->kind == N_HOLE)
			continue;
		dl__expr(c, x);
	}
}

static int has_kind(dl__node *x, int kind)
{
	for (; x; x = x->next)
		if (x->kind == kind)
			return 1;
	return 0;
}

static const char *unary_kw(int op)
{
	switch (-op) {
	case K_TYPEOF: return "typeof ";
	case K_VOID: return "void ";
	case K_DELETE: return "delete ";
	default: return NULL;
	}
}

static const char *op_text(int op)
{
	switch (-op) {
	case K_IN: return " in ";
	case K_INSTANCEOF: return " instanceof ";
	default: return NULL;
	}
}

static void binop(dl__ctx *c, int op)
{
	const char *kw = op_text(op);
	if (kw) {
		dl__puts(c, kw);
	} else {
		dl__put(c, " ", 1);
		dl__puts(c, dl__tok_name(op));
		dl__put(c, " ", 1);
	}
}

/* In place of a write to identifier t that must throw: __ls.tdz("t") for a binding
 * still in its TDZ (op 1), else __ls.constAssign() (a const), then the ")" that closes
 * the caller's "(value, " */
static void bad_write(dl__ctx *c, dl__node *t)
{
	if (t->op == 1) {
		dl__helper(c, "tdz(\"");
		src(c, t);
		dl__puts(c, "\"))");
	} else {
		dl__helper(c, "constAssign())");
	}
}

static void assign_expr(dl__ctx *c, dl__node *n)
{
	dl__node *t = dl__unparen(n->a);
	if (n->a->kind == N_OBJ_PAT || n->a->kind == N_ARR_PAT) {
		dl__lower_assign_pattern(c, n);
		return;
	}
	if (n->op == T_POW_A) {
		dl__lower_pow(c, n);
		return;
	}
	if (n->op == T_LAND_A || n->op == T_LOR_A || n->op == T_NULLISH_A) {
		dl__lower_logical_assign(c, n);
		return;
	}
	if (t->kind == N_MEMBER && t->a->kind == N_SUPER) {
		dl__lower_super_assign(c, n);
		return;
	}
	if (t->kind == N_IDENT && t->op) {
		dl__put(c, "(", 1);
		dl__expr(c, n->b);
		dl__puts(c, ", ");
		bad_write(c, t);
		return;
	}
	dl__expr(c, n->a);
	binop(c, n->op);
	dl__expr(c, n->b);
}

static void meta(dl__ctx *c, dl__node *n)
{
	dl__fn *f = c->fn;
	dl__sync(c, n->line);
	if (n->op == K_TARGET) {
		while (f && f->node && f->node->kind == N_ARROW)
			f = f->outer;
		if (f && f->cls) {
			dl__puts(c, "(this instanceof ");
			dl__class_name(c, f->cls);
			dl__puts(c, " ? this.constructor : void 0)");
			return;
		}
		if (f && f->node && f->node->a && f->node->kind != N_ARROW) {
			dl__puts(c, "(this instanceof ");
			dl__ident(c, f->node->a);
			dl__puts(c, " ? this.constructor : void 0)");
			return;
		}
		unsupported(c, n, "new.target in an anonymous function");
	}
	dl__puts(c, "_ls$m.meta");	/* the parser allows import.meta in modules only */
}

/* 1 generator, 2 async, 3 async generator, 0 an ordinary function */
int dl__fn_kind(const dl__node *fn)
{
	return ((fn->flags & DL__F_GENERATOR) ? 1 : 0) | ((fn->flags & DL__F_ASYNC) ? 2 : 0);
}

/* __ls.fnKind(FUNCTION, KIND[, "name"]) around a generator or async function
 * expression (nothing around others). Wrapped in a call, an anonymous one is no
 * longer named by mujs from the binding or key it is stored in: c->name_hint (set by
 * that declarator or property) gives the name */
void dl__fn_kind_open(dl__ctx *c, dl__node *fn)
{
	if (dl__fn_kind(fn))
		dl__helper(c, "fnKind(");
	else
		c->name_hint = NULL;
}

void dl__fn_kind_close(dl__ctx *c, dl__node *fn)
{
	dl__node *hint = c->name_hint;
	c->name_hint = NULL;
	if (!dl__fn_kind(fn))
		return;
	dl__putf(c, ", %d", dl__fn_kind(fn));
	if (hint && hint->kind == N_IDENT && dl__anonymous_fn(fn))
		dl__putf(c, ", \"%.*s\"", (int)(hint->end - hint->start), c->src + hint->start);
	dl__put(c, ")", 1);
}

void dl__expr(dl__ctx *c, dl__node *n)
{
	if (n->sub) {	/* evaluated earlier by a generator's state machine */
		dl__gen_sub(c, n);
		return;
	}
	if (c->fn->gen && dl__gen_wrap(c, n))
		return;
	if (c->subst_node == n) {
		dl__put_temp(c, c->subst_temp);
		return;
	}
	if (!(n->flags & DL__F_MODERN)) {
		dl__verbatim(c, n);
		return;
	}
	dl__sync(c, n->line);
	switch (n->kind) {
	case N_IDENT:
		dl__ident(c, n);
		return;
	case N_THIS:
		dl__this(c, n);
		return;
	case N_LITERAL:
		string_literal(c, n);
		return;
	case N_NUMBER:
		number(c, n);
		return;
	case N_PRIVATE_NAME:
		dl__key_string(c, n);
		return;
	case N_TEMPLATE:
		dl__lower_template(c, n);
		return;
	case N_TAGGED:
		dl__lower_tagged(c, n);
		return;
	case N_ARRAY:
		if (has_kind(n->a, N_SPREAD)) {
			dl__lower_array(c, n);
			return;
		}
		dl__put(c, "[", 1);
		list(c, n->a);
		dl__put(c, "]", 1);
		return;
	case N_OBJECT:
		dl__lower_object(c, n);
		return;
	case N_UNARY: {
		const char *kw = unary_kw(n->op);
		if (kw && -n->op == K_DELETE && dl__unparen(n->a)->kind == N_CHAIN) {
			dl__lower_chain(c, n);
			return;
		}
		if (kw)
			dl__puts(c, kw);
		else
			dl__puts(c, dl__tok_name(n->op));
		dl__expr(c, n->a);
		return;
	}
	case N_UPDATE: {
		dl__node *t = dl__unparen(n->a);
		if (t->kind == N_IDENT && t->op) {
			dl__puts(c, "(+");
			dl__decl_name(c, t);	/* an import reads through its getter */
			dl__puts(c, ", ");
			bad_write(c, t);
			return;
		}
		if (n->flags & DL__F_PREFIX) {
			dl__puts(c, dl__tok_name(n->op));
			dl__expr(c, n->a);
		} else {
			dl__expr(c, n->a);
			dl__puts(c, dl__tok_name(n->op));
		}
		return;
	}
	case N_BINARY: case N_LOGICAL:
		if (n->op == T_STARSTAR) {
			dl__lower_pow(c, n);
			return;
		}
		if (n->op == T_NULLISH) {
			dl__lower_nullish(c, n);
			return;
		}
		dl__expr(c, n->a);
		binop(c, n->op);
		dl__expr(c, n->b);
		return;
	case N_ASSIGN:
		assign_expr(c, n);
		return;
	case N_COND:
		dl__expr(c, n->a);
		dl__puts(c, " ? ");
		dl__expr(c, n->b);
		dl__puts(c, " : ");
		dl__expr(c, n->c);
		return;
	case N_SEQ:
		list(c, n->a);
		return;
	case N_PAREN:
		dl__put(c, "(", 1);
		dl__expr(c, n->a);
		dl__put(c, ")", 1);
		return;
	case N_CALL: case N_NEW:
		if (has_kind(n->b, N_SPREAD) || n->a->kind == N_SUPER ||
		    (n->a->kind == N_MEMBER && n->a->a->kind == N_SUPER)) {
			dl__lower_call(c, n);
			return;
		}
		if (n->kind == N_NEW)
			dl__puts(c, "new ");
		dl__expr(c, n->a);
		if (n->kind == N_NEW && n->op == 1)
			return;
		dl__put(c, "(", 1);
		list(c, n->b);
		dl__put(c, ")", 1);
		return;
	case N_MEMBER:
		if (n->a->kind == N_SUPER) {
			dl__lower_call(c, n);
			return;
		}
		dl__expr(c, n->a);
		if (n->b->kind == N_PRIVATE_NAME) {
			dl__put(c, "[", 1);
			dl__key_string(c, n->b);
			dl__put(c, "]", 1);
		} else if (n->flags & DL__F_COMPUTED) {
			dl__put(c, "[", 1);
			dl__expr(c, n->b);
			dl__put(c, "]", 1);
		} else {
			dl__put(c, ".", 1);
			dl__sync(c, n->b->line);
			src(c, n->b);
		}
		return;
	case N_CHAIN:
		dl__lower_chain(c, n);
		return;
	case N_FUNC_EXPR: case N_ARROW:
		dl__fn_kind_open(c, n);
		dl__function(c, n, 1);
		dl__fn_kind_close(c, n);
		return;
	case N_CLASS_EXPR:
		dl__lower_class(c, n, 0);
		return;
	case N_META:
		meta(c, n);
		return;
	case N_YIELD: case N_AWAIT:	/* lower_generator.c replaced every one it can */
		unsupported(c, n, n->kind == N_YIELD ? "yield here" : "await here");
		return;
	case N_IMPORT_CALL:
		dl__module_import_call(c, n);
		return;
	case N_SPREAD:
		unsupported(c, n, "spread here");
		return;
	default:
		dl__fail(c, DL_EUNSUPPORTED, n->start, "cannot print node kind %d", n->kind);
	}
}

/* an expression after return/throw: parenthesized when it starts on a later line */
static void restricted_expr(dl__ctx *c, dl__node *n)
{
	if (n->line > c->out.line) {
		dl__put(c, "(", 1);
		dl__expr(c, n);
		dl__put(c, ")", 1);
	} else {
		dl__expr(c, n);
	}
}

/* ---- functions ---- */

static void push_fn(dl__ctx *c, dl__fn *f, dl__node *node)
{
	memset(f, 0, sizeof *f);
	f->outer = c->fn;
	f->node = node;
	if (c->fn && node && node->kind == N_ARROW) {
		f->cls = c->fn->cls;
		f->home = c->fn->home;
		f->is_static = c->fn->is_static;
		f->in_ctor_derived = c->fn->in_ctor_derived;
	}
	c->fn = f;
}

static void end_fn(dl__ctx *c)
{
	dl__fn *f = c->fn;
	uint32_t i;
	dl__hoist *h;
	int first = 1;
	for (i = 0; i < f->ntemps; i++) {
		dl__puts(c, first ? " var " : ", ");
		first = 0;
		dl__put_temp(c, f->temps[i]);
	}
	for (h = f->hoist; h; h = h->next) {
		dl__puts(c, first ? " var " : ", ");
		first = 0;
		dl__decl_name(c, h->id);
	}
	if (!first)
		dl__put(c, ";", 1);
	c->fn = f->outer;
}

/* a generator or async function declaration is an ordinary function once lowered:
 * __ls.fnKind marks it (util.inspect prints [AsyncFunction: f], util.types) */
void dl__mark_fn_decl(dl__ctx *c, dl__node *s)
{
	if (s->kind == N_FUNC_DECL && s->a && dl__fn_kind(s)) {
		dl__put(c, " ", 1);
		dl__binding *b = s->a->u.ref;
		dl__helper(c, "fnKind(");
		if (b && b->out)	/* dl__decl_name without its line sync */
			dl__put(c, b->out, b->outlen);
		else
			dl__put(c, c->src + s->a->start, s->a->end - s->a->start);
		dl__putf(c, ", %d);", dl__fn_kind(s));
	}
}

/* hoisted: a function body or the program, whose declarations are marked before its
 * first statement runs (after the directive prologue: "use strict" stays one); in a
 * block, mujs binds a function statement where it stands: marked right after it */
static void body_list(dl__ctx *c, dl__node *s, int hoisted)
{
	dl__node *d;
	int pending = hoisted;
	for (; s; s = s->next) {
		if (pending && !(s->kind == N_EXPR_STMT && s->a && s->a->kind == N_LITERAL)) {
			for (d = s; d; d = d->next)
				dl__mark_fn_decl(c, d);
			pending = 0;
		}
		dl__stmt(c, s);
		if (!hoisted)
			dl__mark_fn_decl(c, s);
	}
}

/* an arrow, a method or accessor (not a class constructor), an async or a generator
 * function: not a constructor, and no 'prototype' object (a generator's is made by
 * __ls.fnKind) */
static int non_constructor(const dl__node *fn)
{
	return fn->kind == N_ARROW || (fn->flags & (DL__F_ASYNC | DL__F_GENERATOR)) ||
		(fn->kind == N_FUNC_EXPR && (fn->flags & DL__F_METHOD) && !(fn->flags & DL__F_CTOR));
}

void dl__body(dl__ctx *c, dl__node *fn, dl__node *body, void (*prologue)(dl__ctx *, dl__node *))
{
	dl__scope *sc = fn->u.scope;
	dl__node *d;
	dl__put(c, " {", 2);
	/* mujs's compiler takes this first statement as the mark (patch 0116) and drops it */
	if (fn->kind != N_PROGRAM && non_constructor(fn))
		dl__puts(c, " \"\\x01noctor\";");
	if (sc && sc->this_id && c->fn->in_ctor_derived && fn->kind != N_ARROW)
		dl__putf(c, " var _this$%u;", sc->this_id);	/* set by super() */
	else if (sc && sc->this_id)
		dl__putf(c, " var _this$%u = this;", sc->this_id);
	if (sc && sc->args_id)
		dl__putf(c, " var _arguments$%u = arguments;", sc->args_id);
	if (fn->kind != N_PROGRAM && !(fn->flags & DL__F_SIMPLE_PARAMS)) {
		/* an async function's parameter errors reject its promise */
		int reject = (fn->flags & (DL__F_ASYNC | DL__F_GENERATOR)) == DL__F_ASYNC;
		if (reject)
			dl__puts(c, " try {");
		dl__lower_params(c, fn);
		if (reject) {
			dl__puts(c, " } catch (_ls$e) { return ");
			dl__helper(c, "rejected(_ls$e); }");
		}
	}
	if (prologue)
		prologue(c, fn);
	if (fn->flags & (DL__F_GENERATOR | DL__F_ASYNC)) {
		if (!(fn->flags & DL__F_EXPR_BODY) && body)
			for (d = body->a; d; d = d->next)
				dl__mark_fn_decl(c, d);
		dl__gen_body(c, fn);
	} else if (fn->flags & DL__F_EXPR_BODY) {
		dl__puts(c, " return ");
		restricted_expr(c, body);
		dl__put(c, ";", 1);
	} else if (body) {
		body_list(c, body->a, 1);
	}
	if (c->fn->epilogue)
		c->fn->epilogue(c, fn);
}

void dl__function(dl__ctx *c, dl__node *n, int named)
{
	dl__sync(c, n->line);
	dl__puts(c, "function");
	if (named && n->a && n->kind != N_ARROW) {
		dl__put(c, " ", 1);
		dl__decl_name(c, n->a);
	} else {
		dl__put(c, " ", 1);
	}
	dl__function_tail(c, n, NULL);
}

/* this; in a derived constructor (and its arrows) the binding super() sets, read
 * through a check: (_this$N || __ls.noSuper()) throws V8's ReferenceError before it */
void dl__this(dl__ctx *c, dl__node *at)
{
	if (at->temp && c->fn->in_ctor_derived)
		dl__putf(c, "(_this$%u || __ls.noSuper())", at->temp);
	else if (at->temp)
		dl__putf(c, "_this$%u", at->temp);
	else
		dl__puts(c, "this");
}

/* (params) { body } of a function, method or accessor */
void dl__function_tail(dl__ctx *c, dl__node *n, void (*prologue)(dl__ctx *, dl__node *))
{
	dl__fn f;
	dl__node *p;
	uint32_t text;
	int first = 1;
	dl__put(c, "(", 1);
	push_fn(c, &f, n);
	if (c->fn->outer && c->fn->outer->pending_cls) {
		f.cls = c->fn->outer->pending_cls;
		f.is_static = c->fn->outer->pending_static;
		f.in_ctor_derived = (n->flags & DL__F_CTOR) && f.cls->b;
		if (f.in_ctor_derived)
			f.epilogue = c->fn->outer->pending_epilogue;
	}
	if (c->fn->outer && c->fn->outer->pending_home)
		f.home = c->fn->outer->pending_home;
	for (p = n->b; p; p = p->next) {
		if (p->kind == N_ASSIGN_PAT || p->kind == N_REST)
			break;
		if (!first)
			dl__puts(c, ", ");
		first = 0;
		if (p->kind == N_IDENT) {
			dl__decl_name(c, p);
		} else {
			p->temp = ++c->ntemp;
			dl__put_temp(c, p->temp);
		}
	}
	dl__put(c, ")", 1);
	dl__body(c, n, n->c, prologue);
	end_fn(c);
	dl__put(c, "}", 1);
	text = n->text ? n->text : n->start;
	dl__span_add(c, &c->r->fns, &c->r->nfns, &c->capfns, (uint32_t)c->out.len, text, n->end - text);
}

/* ---- statements ---- */

static int needs_semi(dl__node *n)
{
	switch (n->kind) {
	case N_EXPR_STMT: case N_VAR: case N_RETURN: case N_THROW: case N_BREAK:
	case N_CONTINUE: case N_DEBUGGER: case N_DO_WHILE:
		return !(n->flags & DL__F_SEMI);
	default:
		return 0;
	}
}

/* the nearest function that is not a per-iteration loop function */
static dl__fn *var_fn(dl__ctx *c)
{
	dl__fn *f = c->fn;
	while (f->iife)
		f = f->outer;
	return f;
}

int dl__hoisting(dl__ctx *c)
{
	return c->fn->iife || c->fn->gen;
}

void dl__hoist_pattern(dl__ctx *c, dl__node *p)
{
	dl__node *x;
	dl__fn *f;
	dl__hoist *h;
	if (!p)
		return;
	switch (p->kind) {
	case N_IDENT:
		if (p->u.ref && p->u.ref->out && memchr(p->u.ref->out, '.', p->u.ref->outlen))
			return;	/* a property of a per-iteration box (lower_generator.c) */
		f = var_fn(c);
		h = dl__alloc(&c->arena, sizeof *h);
		h->id = p;
		h->next = f->hoist;
		f->hoist = h;
		return;
	case N_ASSIGN_PAT: case N_REST:
		dl__hoist_pattern(c, p->a);
		return;
	case N_ARR_PAT:
		for (x = p->a; x; x = x->next)
			dl__hoist_pattern(c, x);
		return;
	case N_OBJ_PAT:
		for (x = p->a; x; x = x->next)
			dl__hoist_pattern(c, x->kind == N_REST ? x->a : x->b);
		return;
	default:
		return;
	}
}

/* declarators after `var ` (or as assignments when in_iife_var) */
void dl__declarators(dl__ctx *c, dl__node *n, int assign_only)
{
	dl__node *d;
	int first = 1;
	for (d = n->a; d; d = d->next) {
		if (assign_only && !d->b && d->a->kind == N_IDENT) {
			dl__hoist_pattern(c, d->a);
			continue;
		}
		if (!first)
			dl__puts(c, ", ");
		first = 0;
		if (d->a->kind == N_IDENT) {
			if (assign_only)
				dl__hoist_pattern(c, d->a);
			dl__decl_name(c, d->a);
			if (d->b) {
				dl__puts(c, " = ");
				if ((d->b->kind == N_CLASS_EXPR && !d->b->a) ||
						(dl__anonymous_fn(d->b) && dl__fn_kind(d->b)))
					c->name_hint = d->a;
				dl__expr(c, d->b);
				c->name_hint = NULL;
			} else if (n->op == K_LET) {
				dl__puts(c, " = void 0");
			}
		} else {
			if (assign_only)
				dl__hoist_pattern(c, d->a);
			dl__lower_pattern(c, d->a, d->b, 0, !assign_only);
		}
	}
	if (first && assign_only)
		dl__puts(c, "void 0");
}

static void var_stmt(dl__ctx *c, dl__node *n)
{
	dl__sync(c, n->line);
	if (c->fn->iife && n->op == K_VAR) {
		dl__declarators(c, n, 1);
		dl__put(c, ";", 1);
		return;
	}
	dl__puts(c, "var ");
	dl__declarators(c, n, 0);
	dl__put(c, ";", 1);
}

static void substmt(dl__ctx *c, dl__node *n)
{
	dl__put(c, " ", 1);
	dl__stmt(c, n);
}

/* ---- breakable statements: the iterators a jump leaves ---- */

void dl__brk_push(dl__ctx *c, dl__brk *b, int kind, dl__node *label, uint32_t iter)
{
	b->outer = c->brk;
	b->fn = c->fn;
	b->kind = kind;
	b->label = label;
	b->iter = iter;
	c->brk = b;
}

void dl__brk_pop(dl__ctx *c)
{
	c->brk = c->brk->outer;
}

static int same_label(dl__ctx *c, dl__node *a, dl__node *b)
{
	uint32_t n = a->end - a->start;
	return n == b->end - b->start && memcmp(c->src + a->start, c->src + b->start, n) == 0;
}

int dl__close_iterators(dl__ctx *c, dl__node *n, int print)
{
	dl__brk *b, *stop = NULL, *prev = NULL;
	int k = 0, incl = 1;
	if (n && n->a) {
		for (b = c->brk; b && b->fn == c->fn; prev = b, b = b->outer)
			if (b->kind == DL__BRK_LABEL && same_label(c, b->label, n->a))
				break;
		if (!b || b->fn != c->fn)
			return 0;
		stop = b;
		if (n->kind == N_CONTINUE) {	/* the loop named by the label stays */
			stop = prev;
			incl = 0;
		}
	} else if (n) {
		if (n->kind == N_CONTINUE)
			return 0;
		for (b = c->brk; b && b->fn == c->fn; b = b->outer)
			if (b->kind == DL__BRK_LOOP || b->kind == DL__BRK_SWITCH)
				break;
		if (!b || b->fn != c->fn)
			return 0;
		stop = b;
	}
	for (b = c->brk; b && b->fn == c->fn; b = b->outer) {
		if (b == stop && !incl)
			break;
		if (b->iter) {
			k++;
			if (print) {
				dl__put(c, " ", 1);
				dl__helper(c, "close(");
				dl__put_temp(c, b->iter);
				dl__puts(c, print == 2 ? ")," : ");");
			}
		}
		if (b == stop)
			break;
	}
	return k;
}

static void jump(dl__ctx *c, dl__node *n)
{
	dl__fn *f = c->fn;
	int brk = n->kind == N_BREAK;
	if (f->iife) {
		int to_loop;
		if (n->a)
			to_loop = f->iife_label && f->iife_label->end - f->iife_label->start == n->a->end - n->a->start &&
				memcmp(c->src + f->iife_label->start, c->src + n->a->start, n->a->end - n->a->start) == 0;
		else
			to_loop = brk ? f->iife_brk == 0 : f->iife_cont == 0;
		if (to_loop) {
			if (brk) {
				f->iife_used_break = 1;
				dl__puts(c, "return 1;");
			} else {
				dl__puts(c, "return;");
			}
			return;
		}
		if (n->a && !dl__label_inside(c, n->a))
			unsupported(c, n, "labeled jumps out of a loop whose let bindings are captured by closures");
	}
	if (dl__close_iterators(c, n, 0)) {
		dl__put(c, "{", 1);
		dl__close_iterators(c, n, 1);
		dl__put(c, " ", 1);
	}
	dl__puts(c, brk ? "break" : "continue");
	if (n->a) {
		dl__put(c, " ", 1);
		src(c, n->a);
	}
	dl__put(c, ";", 1);
	if (dl__close_iterators(c, n, 0))
		dl__puts(c, " }");
}

static void loop_body(dl__ctx *c, dl__node *body, int is_switch)
{
	dl__fn *f = c->fn;
	dl__brk b;
	if (f->iife || f->gen) {
		f->iife_brk++;
		if (!is_switch)
			f->iife_cont++;
	}
	dl__brk_push(c, &b, is_switch ? DL__BRK_SWITCH : DL__BRK_LOOP, NULL, 0);
	dl__stmt(c, body);
	dl__brk_pop(c);
	if (f->iife || f->gen) {
		f->iife_brk--;
		if (!is_switch)
			f->iife_cont--;
	}
}

static void case_list(dl__ctx *c, dl__node *cs)
{
	for (; cs; cs = cs->next) {
		dl__sync(c, cs->line);
		if (cs->a) {
			dl__puts(c, "case ");
			dl__expr(c, cs->a);
			dl__put(c, ":", 1);
		} else {
			dl__puts(c, "default:");
		}
		body_list(c, cs->b, 0);
	}
}

static void try_stmt(dl__ctx *c, dl__node *n)
{
	dl__puts(c, "try ");
	dl__stmt(c, n->a);
	if (n->c) {
		dl__puts(c, " catch (");
		if (!n->b) {
			dl__put_temp(c, ++c->ntemp);
			dl__puts(c, ") {");
		} else if (n->b->kind == N_IDENT) {
			dl__decl_name(c, n->b);
			dl__puts(c, ") {");
		} else {
			uint32_t t = ++c->ntemp;
			dl__put_temp(c, t);
			dl__puts(c, ") { var ");
			dl__lower_pattern(c, n->b, NULL, t, 1);
			dl__put(c, ";", 1);
		}
		body_list(c, n->c->a, 0);
		dl__put(c, "}", 1);
	}
	if (n->d) {
		dl__puts(c, " finally ");
		dl__stmt(c, n->d);
	}
}

static void for_in(dl__ctx *c, dl__node *n)
{
	dl__node *left = n->a;
	if (left->kind == N_VAR && left->a->a->kind != N_IDENT)
		unsupported(c, n, "destructuring in for-in heads");
	if (left->kind == N_OBJ_PAT || left->kind == N_ARR_PAT)
		unsupported(c, n, "destructuring in for-in heads");
	if (n->flags & DL__F_LOOP_IIFE) {
		dl__lower_loop_iife(c, n);
		return;
	}
	dl__puts(c, "for (");
	if (left->kind == N_VAR) {
		if (left->op == K_VAR && dl__hoisting(c))
			dl__hoist_pattern(c, left->a->a);
		else
			dl__puts(c, "var ");
		dl__decl_name(c, left->a->a);
		if (left->a->b) {
			dl__puts(c, " = ");
			dl__expr(c, left->a->b);
		}
	} else {
		dl__expr(c, left);
	}
	dl__puts(c, " in ");
	dl__expr(c, n->b);
	dl__put(c, ")", 1);
	loop_body(c, n->d, 0);
}

void dl__for_head(dl__ctx *c, dl__node *n)
{
	dl__puts(c, "for (");
	if (n->a) {
		if (n->a->kind == N_VAR && n->a->op == K_VAR && dl__hoisting(c)) {
			dl__declarators(c, n->a, 1);
		} else if (n->a->kind == N_VAR) {
			dl__puts(c, "var ");
			dl__declarators(c, n->a, 0);
		} else {
			dl__expr(c, n->a);
		}
	}
	dl__puts(c, "; ");
	if (n->b)
		dl__expr(c, n->b);
	dl__puts(c, "; ");
	if (n->c)
		dl__expr(c, n->c);
	dl__put(c, ")", 1);
}

void dl__loop_body(dl__ctx *c, dl__node *body)
{
	loop_body(c, body, 0);
}

void dl__stmt(dl__ctx *c, dl__node *n)
{
	if (!(n->flags & DL__F_MODERN)) {
		dl__verbatim(c, n);
		if (needs_semi(n))
			dl__put(c, ";", 1);
		return;
	}
	dl__sync(c, n->line);
	if (c->fn->gen) {
		switch (n->kind) {
		case N_VAR: case N_RETURN: case N_BREAK: case N_CONTINUE: case N_FUNC_DECL:
		case N_CLASS_DECL:
			dl__gen_stmt(c, n);
			return;
		default:
			break;
		}
	}
	switch (n->kind) {
	case N_VAR:
		var_stmt(c, n);
		return;
	case N_FUNC_DECL:
		dl__function(c, n, 1);
		return;
	case N_CLASS_DECL:
		dl__lower_class(c, n, 1);
		return;
	case N_EXPR_STMT:
		dl__expr(c, n->a);
		dl__put(c, ";", 1);
		return;
	case N_RETURN:
		if (c->fn->iife) {
			dl__fn *f = c->fn;
			f->iife_used_return = 1;
			dl__puts(c, "return { v: ");
			if (n->a)
				dl__expr(c, n->a);
			else
				dl__puts(c, "void 0");
			dl__puts(c, " };");
			return;
		}
		if (dl__close_iterators(c, NULL, 0)) {
			/* leaving for-of loops: their iterators close after the value */
			if (n->a) {
				uint32_t t = dl__temp(c);
				dl__puts(c, "return (");
				dl__put_temp(c, t);
				dl__puts(c, " = ");
				dl__expr(c, n->a);
				dl__put(c, ",", 1);
				dl__close_iterators(c, NULL, 2);
				dl__put(c, " ", 1);
				dl__put_temp(c, t);
				dl__puts(c, ");");
			} else {
				dl__put(c, "{", 1);
				dl__close_iterators(c, NULL, 1);
				dl__puts(c, " return; }");
			}
			return;
		}
		dl__puts(c, "return");
		if (n->a) {
			dl__put(c, " ", 1);
			restricted_expr(c, n->a);
		} else if (c->fn->in_ctor_derived && c->fn->node && c->fn->node->kind != N_ARROW) {
			dl__putf(c, " (_this$%u || __ls.noSuper())", c->fn->node->u.scope->this_id);
		}
		dl__put(c, ";", 1);
		return;
	case N_THROW:
		dl__puts(c, "throw ");
		restricted_expr(c, n->a);
		dl__put(c, ";", 1);
		return;
	case N_IF:
		dl__puts(c, "if (");
		dl__expr(c, n->a);
		dl__put(c, ")", 1);
		substmt(c, n->b);
		if (n->c) {
			dl__puts(c, " else");
			substmt(c, n->c);
		}
		return;
	case N_FOR:
		if (n->flags & DL__F_LOOP_IIFE) {
			dl__lower_loop_iife(c, n);
			return;
		}
		dl__for_head(c, n);
		loop_body(c, n->d, 0);
		return;
	case N_FOR_IN:
		for_in(c, n);
		return;
	case N_FOR_OF:
		dl__lower_for_of(c, n);
		return;
	case N_WHILE:
		if (n->flags & DL__F_LOOP_IIFE) {
			dl__lower_loop_iife(c, n);
			return;
		}
		dl__puts(c, "while (");
		dl__expr(c, n->a);
		dl__put(c, ")", 1);
		loop_body(c, n->d, 0);
		return;
	case N_DO_WHILE:
		if (n->flags & DL__F_LOOP_IIFE) {
			dl__lower_loop_iife(c, n);
			return;
		}
		dl__puts(c, "do ");
		loop_body(c, n->d, 0);
		dl__puts(c, " while (");
		dl__expr(c, n->a);
		dl__puts(c, ");");
		return;
	case N_BREAK: case N_CONTINUE:
		jump(c, n);
		return;
	case N_TRY:
		try_stmt(c, n);
		return;
	case N_SWITCH:
		dl__puts(c, "switch (");
		dl__expr(c, n->a);
		dl__puts(c, ") {");
		if (c->fn->iife || c->fn->gen)
			c->fn->iife_brk++;
		{
			dl__brk b;
			dl__brk_push(c, &b, DL__BRK_SWITCH, NULL, 0);
			case_list(c, n->b);
			dl__brk_pop(c);
		}
		if (c->fn->iife || c->fn->gen)
			c->fn->iife_brk--;
		dl__put(c, "}", 1);
		return;
	case N_LABELED:
		src(c, n->a);
		dl__puts(c, ": ");
		c->loop_label = n->a;
		{
			dl__brk b;
			dl__brk_push(c, &b, DL__BRK_LABEL, n->a, 0);
			if (c->fn->iife || c->fn->gen) {
				dl__label *l = dl__alloc(&c->arena, sizeof *l);
				l->id = n->a;
				l->next = c->fn->labels;
				c->fn->labels = l;
				dl__stmt(c, n->d);
				c->fn->labels = l->next;
			} else {
				dl__stmt(c, n->d);
			}
			dl__brk_pop(c);
		}
		c->loop_label = NULL;
		return;
	case N_BLOCK:
		dl__put(c, "{", 1);
		body_list(c, n->a, 0);
		dl__put(c, "}", 1);
		return;
	case N_WITH:
		dl__puts(c, "with (");
		dl__expr(c, n->a);
		dl__put(c, ")", 1);
		substmt(c, n->d);
		return;
	case N_EMPTY:
		dl__put(c, ";", 1);
		return;
	case N_IMPORT: case N_EXPORT:
		unsupported(c, n, "import and export declarations (ES modules)");
		return;
	default:
		dl__fail(c, DL_EUNSUPPORTED, n->start, "cannot print statement kind %d", n->kind);
	}
}

int dl__label_inside(dl__ctx *c, dl__node *label)
{
	dl__label *l;
	uint32_t n = label->end - label->start;
	for (l = c->fn->labels; l; l = l->next)
		if (l->id->end - l->id->start == n && memcmp(c->src + l->id->start, c->src + label->start, n) == 0)
			return 1;
	return 0;
}

void dl__emit_program(dl__ctx *c, dl__node *prog)
{
	dl__fn f;
	dl__scope *sc = prog->u.scope;
	c->out.line = 1;
	grow(c, c->len + c->len / 8 + 64);
	push_fn(c, &f, prog);
	if (c->module)
		dl__module_prologue(c, prog);
	if (sc && sc->this_id)
		dl__putf(c, "var _this$%u = this;", sc->this_id);
	if (c->module)
		dl__module_body(c, prog);
	else
		body_list(c, prog->a, 1);
	end_fn(c);
	dl__sync(c, count_lines(c->src, c->len) + 1);
	if (c->module)
		dl__puts(c, "})");
}
