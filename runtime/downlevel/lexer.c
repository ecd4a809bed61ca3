/* lexer.c — JavaScript tokens, one at a time, as the parser asks for them.
 *
 * The lexer does not know whether a / starts a regular expression or whether a } ends
 * a template substitution: the parser does, and asks (dl__lex_regex re-scans a / or /=
 * token as a regex; dl__lex_template scans the template part after a `}`). Lines are
 * counted here (\n, \r\n, \r, U+2028, U+2029), once per byte: the lexer is linear and
 * allocates nothing. Non-ASCII bytes outside the Unicode spaces and line terminators are
 * taken as identifier characters (the engine that compiles the output checks them).
 * ES2015+ literal forms (0b/0o numbers, numeric separators, BigInt literals `123n`,
 * \u{...} escapes) set tok.modern so the parser marks the literal for lowering. */
#include <string.h>

#include "internal.h"

enum { C_OTHER, C_ID, C_DIGIT, C_SPACE, C_NL };
static unsigned char cls[256];
static int cls_ready;

static void init_cls(void)
{
	int i;
	for (i = 0; i < 256; i++)
		cls[i] = i >= 0x80 ? C_ID : C_OTHER;
	for (i = 'a'; i <= 'z'; i++)
		cls[i] = C_ID;
	for (i = 'A'; i <= 'Z'; i++)
		cls[i] = C_ID;
	cls['$'] = cls['_'] = C_ID;
	for (i = '0'; i <= '9'; i++)
		cls[i] = C_DIGIT;
	cls[' '] = cls['\t'] = cls['\v'] = cls['\f'] = C_SPACE;
	cls['\n'] = cls['\r'] = C_NL;
	cls_ready = 1;	/* benign race: every thread writes the same bytes */
}

void dl__lex_init(dl__lexer *lx, const char *src, size_t len)
{
	if (!cls_ready)
		init_cls();
	lx->src = src;
	lx->len = (uint32_t)len;
	lx->pos = 0;
	lx->line = 1;
	lx->line_start = 0;
	lx->nl = 0;
}

static int at(dl__lexer *lx, uint32_t i)
{
	return i < lx->len ? (unsigned char)lx->src[i] : -1;
}

static void newline(dl__lexer *lx, uint32_t next)
{
	lx->line++;
	lx->line_start = next;
	lx->nl = 1;
}

/* Unicode whitespace / line terminators that start with a non-ASCII byte: returns the
 * byte length (0: not one) and sets *is_nl. */
static int uspace(dl__lexer *lx, uint32_t i, int *is_nl)
{
	int b0 = at(lx, i), b1 = at(lx, i + 1), b2 = at(lx, i + 2);
	*is_nl = 0;
	if (b0 == 0xC2 && b1 == 0xA0)
		return 2;
	if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF)
		return 3;
	if (b0 == 0xE2 && b1 == 0x80 && (b2 == 0xA8 || b2 == 0xA9)) {
		*is_nl = 1;
		return 3;
	}
	if (b0 == 0xE2 && b1 == 0x80 && ((b2 >= 0x80 && b2 <= 0x8A) || b2 == 0xAF))
		return 3;
	if (b0 == 0xE2 && b1 == 0x81 && b2 == 0x9F)
		return 3;
	if (b0 == 0xE3 && b1 == 0x80 && b2 == 0x80)
		return 3;
	if (b0 == 0xE1 && b1 == 0x9A && b2 == 0x80)
		return 3;
	return 0;
}

static void fail_at(dl__ctx *c, uint32_t pos, const char *msg)
{
	dl__fail(c, DL_ESYNTAX, pos, "%s", msg);
}

/* Skips whitespace and comments; sets lx->nl when a line break was crossed. */
static void skip(dl__ctx *c)
{
	dl__lexer *lx = &c->lx;
	const unsigned char *s = (const unsigned char *)lx->src;
	uint32_t i = lx->pos, n = lx->len;
	for (;;) {
		if (i >= n)
			break;
		switch (cls[s[i]]) {
		case C_SPACE:
			i++;
			continue;
		case C_NL:
			if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
				i++;
			i++;
			newline(lx, i);
			continue;
		default:
			break;
		}
		if (s[i] == '/' && i + 1 < n && s[i + 1] == '/') {
			i += 2;
			while (i < n && s[i] != '\n' && s[i] != '\r') {
				int nl;
				if (s[i] >= 0x80 && uspace(lx, i, &nl) && nl)
					break;
				i++;
			}
			continue;
		}
		if (s[i] == '/' && i + 1 < n && s[i + 1] == '*') {
			uint32_t open = i;
			i += 2;
			for (;;) {
				if (i >= n)
					fail_at(c, open, "Invalid or unexpected token");
				if (s[i] == '*' && i + 1 < n && s[i + 1] == '/') {
					i += 2;
					break;
				}
				if (s[i] == '\n' || s[i] == '\r') {
					if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
						i++;
					newline(lx, i + 1);
				} else if (s[i] >= 0x80) {
					int nl, k = uspace(lx, i, &nl);
					if (nl) {
						newline(lx, i + k);
						i += k;
						continue;
					}
				}
				i++;
			}
			continue;
		}
		/* <!-- and --> at the start of a line are comments in scripts (Annex B) */
		if (!c->module && s[i] == '<' && i + 3 < n && s[i + 1] == '!' && s[i + 2] == '-' && s[i + 3] == '-') {
			while (i < n && s[i] != '\n' && s[i] != '\r')
				i++;
			continue;
		}
		if (!c->module && s[i] == '-' && (lx->nl || i == 0) && i + 2 < n && s[i + 1] == '-' && s[i + 2] == '>') {
			while (i < n && s[i] != '\n' && s[i] != '\r')
				i++;
			continue;
		}
		if (s[i] >= 0x80) {
			int nl, k = uspace(lx, i, &nl);
			if (k) {
				i += k;
				if (nl)
					newline(lx, i);
				continue;
			}
		}
		break;
	}
	lx->pos = i;
}

/* Keywords and contextual names, by first letter: first[c - 'a'] .. first[c - 'a' + 1]
 * are the words starting with c (a linear search of all of them was ~6% of the time). */
static const struct { const char *w; uint32_t n; int kw; } words[] = {
	{ "await", 5, K_AWAIT }, { "async", 5, K_ASYNC }, { "as", 2, K_AS },
	{ "arguments", 9, K_ARGUMENTS }, { "break", 5, K_BREAK }, { "case", 4, K_CASE },
	{ "catch", 5, K_CATCH }, { "class", 5, K_CLASS }, { "const", 5, K_CONST },
	{ "continue", 8, K_CONTINUE }, { "constructor", 11, K_CONSTRUCTOR },
	{ "debugger", 8, K_DEBUGGER }, { "default", 7, K_DEFAULT }, { "delete", 6, K_DELETE },
	{ "do", 2, K_DO }, { "else", 4, K_ELSE }, { "export", 6, K_EXPORT },
	{ "extends", 7, K_EXTENDS }, { "enum", 4, K_ENUM }, { "eval", 4, K_EVAL },
	{ "finally", 7, K_FINALLY }, { "for", 3, K_FOR }, { "function", 8, K_FUNCTION },
	{ "false", 5, K_FALSE }, { "from", 4, K_FROM }, { "get", 3, K_GET },
	{ "if", 2, K_IF }, { "import", 6, K_IMPORT }, { "in", 2, K_IN },
	{ "instanceof", 10, K_INSTANCEOF }, { "let", 3, K_LET }, { "meta", 4, K_META },
	{ "new", 3, K_NEW }, { "null", 4, K_NULL }, { "of", 2, K_OF },
	{ "return", 6, K_RETURN }, { "super", 5, K_SUPER }, { "switch", 6, K_SWITCH },
	{ "static", 6, K_STATIC }, { "set", 3, K_SET }, { "this", 4, K_THIS },
	{ "throw", 5, K_THROW }, { "try", 3, K_TRY }, { "typeof", 6, K_TYPEOF },
	{ "true", 4, K_TRUE }, { "target", 6, K_TARGET }, { "var", 3, K_VAR },
	{ "void", 4, K_VOID }, { "while", 5, K_WHILE }, { "with", 4, K_WITH },
	{ "yield", 5, K_YIELD }, { NULL, 0, 0 }
};
static const unsigned char first[27] = {
	0, 4, 5, 11, 15, 20, 25, 26, 26, 30, 30, 30, 31, 32, 34, 35, 35, 35, 36, 40, 46, 46, 48, 50,
	50, 51, 51
};

static int keyword(const char *s, uint32_t n)
{
	int i, e;
	if (n < 2 || n > 11 || s[0] < 'a' || s[0] > 'z')
		return K_NONE;
	for (i = first[s[0] - 'a'], e = first[s[0] - 'a' + 1]; i < e; i++)
		if (words[i].n == n && memcmp(words[i].w, s, n) == 0)
			return words[i].kw;
	return K_NONE;
}

static uint32_t scan_name(dl__ctx *c, uint32_t i, dl__token *t)
{
	dl__lexer *lx = &c->lx;
	const unsigned char *s = (const unsigned char *)lx->src;
	for (;;) {
		if (i < lx->len && (cls[s[i]] == C_ID || cls[s[i]] == C_DIGIT)) {
			if (s[i] >= 0x80) {
				int nl;
				if (uspace(lx, i, &nl))
					break;
			}
			i++;
		} else if (i < lx->len && s[i] == '\\') {
			if (at(lx, i + 1) != 'u')
				fail_at(c, i, "Invalid or unexpected token");
			t->escaped = 1;
			i += 2;
			if (at(lx, i) == '{') {
				while (i < lx->len && s[i] != '}')
					i++;
				i++;
				t->modern = 1;
			} else {
				i += 4;
			}
			if (i > lx->len)
				fail_at(c, i - 1, "Invalid Unicode escape sequence");
		} else {
			break;
		}
	}
	return i;
}

static uint32_t scan_digits(dl__ctx *c, uint32_t i, int base, dl__token *t)
{
	dl__lexer *lx = &c->lx;
	for (;;) {
		int ch = at(lx, i), v;
		if (ch == '_') {
			t->modern = 1;
			i++;
			continue;
		}
		if (ch >= '0' && ch <= '9')
			v = ch - '0';
		else if (ch >= 'a' && ch <= 'z')
			v = ch - 'a' + 10;
		else if (ch >= 'A' && ch <= 'Z')
			v = ch - 'A' + 10;
		else
			break;
		if (v >= base)
			break;
		i++;
	}
	return i;
}

static uint32_t scan_number(dl__ctx *c, uint32_t i, dl__token *t)
{
	dl__lexer *lx = &c->lx;
	int ch = at(lx, i), nx = at(lx, i + 1), integer = 1;
	if (ch == '0' && (nx == 'x' || nx == 'X' || nx == 'o' || nx == 'O' || nx == 'b' || nx == 'B')) {
		int base = (nx | 0x20) == 'x' ? 16 : (nx | 0x20) == 'o' ? 8 : 2;
		uint32_t d = i + 2;
		i = scan_digits(c, d, base, t);
		if (i == d)
			fail_at(c, i, "Invalid or unexpected token");
		if (base != 16)
			t->modern = 1;
	} else if (ch == '0' && nx >= '0' && nx <= '9') {
		i++;	/* legacy octal (or decimal with 8/9): ES5 engines read it */
		while (at(lx, i) >= '0' && at(lx, i) <= '9')
			i++;
		integer = 0;
	} else {
		if (ch != '.')
			i = scan_digits(c, i, 10, t);
		if (at(lx, i) == '.' || at(lx, i) == 'e' || at(lx, i) == 'E')
			integer = 0;
		if (at(lx, i) == '.') {
			i = scan_digits(c, i + 1, 10, t);
		}
		ch = at(lx, i);
		if (ch == 'e' || ch == 'E') {
			uint32_t e = i + 1;
			if (at(lx, e) == '+' || at(lx, e) == '-')
				e++;
			i = scan_digits(c, e, 10, t);
			if (i == e)
				fail_at(c, i, "Invalid or unexpected token");
		}
	}
	if (at(lx, i) == 'n') {
		/* a BigInt literal: emitter.c's number() prints it as a call */
		if (!integer)
			fail_at(c, i, "Invalid or unexpected token");
		t->modern = 1;
		i++;
	}
	ch = at(lx, i);
	if (ch >= 0 && (cls[ch] == C_ID || cls[ch] == C_DIGIT))
		fail_at(c, i, "Invalid or unexpected token");
	return i;
}

/* a string body from i (after the quote); returns the index after the closing quote */
static uint32_t scan_string(dl__ctx *c, uint32_t i, int q, dl__token *t)
{
	dl__lexer *lx = &c->lx;
	const unsigned char *s = (const unsigned char *)lx->src;
	uint32_t open = i - 1;
	for (;;) {
		if (i >= lx->len)
			fail_at(c, open, "Invalid or unexpected token");
		if (s[i] == q)
			return i + 1;
		if (s[i] == '\n' || s[i] == '\r')
			fail_at(c, open, "Invalid or unexpected token");
		if (s[i] == '\\') {
			i++;
			if (i >= lx->len)
				fail_at(c, open, "Invalid or unexpected token");
			if (s[i] == '\r' || s[i] == '\n') {
				if (s[i] == '\r' && at(lx, i + 1) == '\n')
					i++;
				newline(lx, i + 1);
				lx->nl = 0;
			} else if (s[i] == 'u' && at(lx, i + 1) == '{') {
				t->modern = 1;
			} else if (s[i] == 0xE2 && at(lx, i + 1) == 0x80 && (at(lx, i + 2) == 0xA8 || at(lx, i + 2) == 0xA9)) {
				newline(lx, i + 3);
				lx->nl = 0;
				i += 2;
			}
		} else if (s[i] == 0xE2 && at(lx, i + 1) == 0x80 && (at(lx, i + 2) == 0xA8 || at(lx, i + 2) == 0xA9)) {
			newline(lx, i + 3);	/* allowed in strings since ES2019 */
			lx->nl = 0;
			t->modern = 1;
			i += 2;
		}
		i++;
	}
}

/* A template part from i (just after ` or }): up to and including ` or ${. */
static uint32_t scan_template(dl__ctx *c, uint32_t i, dl__token *t)
{
	dl__lexer *lx = &c->lx;
	const unsigned char *s = (const unsigned char *)lx->src;
	uint32_t open = i - 1;
	for (;;) {
		if (i >= lx->len)
			fail_at(c, open, "Unterminated template literal");
		if (s[i] == '`') {
			t->tail = 1;
			return i + 1;
		}
		if (s[i] == '$' && at(lx, i + 1) == '{') {
			t->tail = 0;
			return i + 2;
		}
		if (s[i] == '\\') {
			i++;
			if (i >= lx->len)
				continue;
		}
		if (s[i] == '\n' || s[i] == '\r') {
			if (s[i] == '\r' && at(lx, i + 1) == '\n')
				i++;
			newline(lx, i + 1);
			lx->nl = 0;
		} else if (s[i] == 0xE2 && at(lx, i + 1) == 0x80 && (at(lx, i + 2) == 0xA8 || at(lx, i + 2) == 0xA9)) {
			newline(lx, i + 3);
			lx->nl = 0;
			i += 2;
		}
		i++;
	}
}

static void finish(dl__lexer *lx, dl__token *t, int type, uint32_t start, uint32_t end)
{
	t->type = type;
	t->start = start;
	t->end = end;
	lx->pos = end;
}

void dl__lex_next(dl__ctx *c, dl__token *t)
{
	dl__lexer *lx = &c->lx;
	const unsigned char *s;
	uint32_t i;
	int ch;
	lx->nl = 0;
	skip(c);
	s = (const unsigned char *)lx->src;
	i = lx->pos;
	memset(t, 0, sizeof *t);
	t->nl_before = lx->nl;
	t->line = lx->line;
	t->col = i - lx->line_start + 1;
	t->start = i;
	if (i >= lx->len) {
		finish(lx, t, T_EOF, i, i);
		return;
	}
	ch = s[i];
	if (cls[ch] == C_ID || ch == '\\') {
		uint32_t e = scan_name(c, i, t);
		finish(lx, t, T_NAME, i, e);
		if (!t->escaped)
			t->kw = keyword(lx->src + i, e - i);
		return;
	}
	if (cls[ch] == C_DIGIT || (ch == '.' && at(lx, i + 1) >= '0' && at(lx, i + 1) <= '9')) {
		finish(lx, t, T_NUM, i, scan_number(c, i, t));
		return;
	}
	if (ch == '"' || ch == '\'') {
		finish(lx, t, T_STR, i, scan_string(c, i + 1, ch, t));
		return;
	}
	if (ch == '`') {
		finish(lx, t, T_TEMPLATE, i, scan_template(c, i + 1, t));
		return;
	}
	if (ch == '#') {
		uint32_t e = scan_name(c, i + 1, t);
		if (e == i + 1)
			fail_at(c, i, "Invalid or unexpected token");
		finish(lx, t, T_PRIVATE, i, e);
		return;
	}
#define P(n, ty) do { finish(lx, t, ty, i, i + (n)); return; } while (0)
	{
		int c1 = at(lx, i + 1), c2 = at(lx, i + 2), c3 = at(lx, i + 3);
		switch (ch) {
		case '{': P(1, T_LBRACE);
		case '}': P(1, T_RBRACE);
		case '(': P(1, T_LPAREN);
		case ')': P(1, T_RPAREN);
		case '[': P(1, T_LBRACK);
		case ']': P(1, T_RBRACK);
		case ';': P(1, T_SEMI);
		case ',': P(1, T_COMMA);
		case ':': P(1, T_COLON);
		case '~': P(1, T_TILDE);
		case '.':
			if (c1 == '.' && c2 == '.')
				P(3, T_ELLIPSIS);
			P(1, T_DOT);
		case '?':
			if (c1 == '?')
				{ if (c2 == '=') P(3, T_NULLISH_A); P(2, T_NULLISH); }
			if (c1 == '.' && !(c2 >= '0' && c2 <= '9'))
				P(2, T_QDOT);
			P(1, T_QUESTION);
		case '<':
			if (c1 == '<')
				{ if (c2 == '=') P(3, T_SHL_A); P(2, T_SHL); }
			if (c1 == '=')
				P(2, T_LE);
			P(1, T_LT);
		case '>':
			if (c1 == '>' && c2 == '>')
				{ if (c3 == '=') P(4, T_SHR_A); P(3, T_SHR); }
			if (c1 == '>')
				{ if (c2 == '=') P(3, T_SAR_A); P(2, T_SAR); }
			if (c1 == '=')
				P(2, T_GE);
			P(1, T_GT);
		case '=':
			if (c1 == '=')
				{ if (c2 == '=') P(3, T_SEQ); P(2, T_EQ); }
			if (c1 == '>')
				P(2, T_ARROW);
			P(1, T_ASSIGN);
		case '!':
			if (c1 == '=')
				{ if (c2 == '=') P(3, T_SNE); P(2, T_NE); }
			P(1, T_NOT);
		case '+':
			if (c1 == '+')
				P(2, T_INC);
			if (c1 == '=')
				P(2, T_ADD_A);
			P(1, T_PLUS);
		case '-':
			if (c1 == '-')
				P(2, T_DEC);
			if (c1 == '=')
				P(2, T_SUB_A);
			P(1, T_MINUS);
		case '*':
			if (c1 == '*')
				{ if (c2 == '=') P(3, T_POW_A); P(2, T_STARSTAR); }
			if (c1 == '=')
				P(2, T_MUL_A);
			P(1, T_STAR);
		case '/':
			if (c1 == '=')
				P(2, T_DIV_A);
			P(1, T_SLASH);
		case '%':
			if (c1 == '=')
				P(2, T_MOD_A);
			P(1, T_PERCENT);
		case '&':
			if (c1 == '&')
				{ if (c2 == '=') P(3, T_LAND_A); P(2, T_AND); }
			if (c1 == '=')
				P(2, T_AND_A);
			P(1, T_AMP);
		case '|':
			if (c1 == '|')
				{ if (c2 == '=') P(3, T_LOR_A); P(2, T_OR); }
			if (c1 == '=')
				P(2, T_OR_A);
			P(1, T_BAR);
		case '^':
			if (c1 == '=')
				P(2, T_XOR_A);
			P(1, T_CARET);
		}
	}
#undef P
	fail_at(c, i, "Invalid or unexpected token");
}

void dl__lex_regex(dl__ctx *c, dl__token *t)
{
	dl__lexer *lx = &c->lx;
	const unsigned char *s = (const unsigned char *)lx->src;
	uint32_t i = t->start + 1;
	int in_class = 0;
	for (;;) {
		if (i >= lx->len || s[i] == '\n' || s[i] == '\r')
			fail_at(c, t->start, "Invalid regular expression: missing /");
		if (s[i] == '\\') {
			i += 2;
			continue;
		}
		if (s[i] == '[')
			in_class = 1;
		else if (s[i] == ']')
			in_class = 0;
		else if (s[i] == '/' && !in_class)
			break;
		i++;
	}
	i++;
	while (i < lx->len && (cls[s[i]] == C_ID || cls[s[i]] == C_DIGIT))
		i++;
	finish(lx, t, T_REGEX, t->start, i);
}

void dl__lex_template(dl__ctx *c, dl__token *t)
{
	dl__lexer *lx = &c->lx;
	uint32_t start = t->start;	/* the } */
	int line = t->line;
	memset(t, 0, sizeof *t);
	t->line = line;
	finish(lx, t, T_TEMPLATE, start, scan_template(c, start + 1, t));
}

const char *dl__tok_name(int type)
{
	static const char *names[T__COUNT] = {
		"end of input", "identifier", "private name", "number", "string", "regular expression",
		"template string",
		"{", "}", "(", ")", "[", "]", ";", ",", ".", "...", "?.", "?", ":", "=>",
		"<", ">", "<=", ">=", "==", "!=", "===", "!==",
		"+", "-", "*", "/", "%", "**", "++", "--",
		"<<", ">>", ">>>", "&", "|", "^", "!", "~",
		"&&", "||", "??",
		"=", "+=", "-=", "*=", "/=", "%=", "**=",
		"<<=", ">>=", ">>>=", "&=", "|=", "^=",
		"&&=", "||=", "?\?="
	};
	return type >= 0 && type < T__COUNT ? names[type] : "?";
}
