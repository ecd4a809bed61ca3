/* internal.h — the down-leveler's workshop: arena, tokens, AST, scopes, output buffer.
 * Shared by lexer.c, parser.c, scope.c, emitter.c and the lower_*.c transforms; nothing
 * outside runtime/downlevel/ includes it.
 *
 * Pipeline (dl_transform in downlevel.c):
 *   lexer.c   bytes -> tokens, on demand (the parser asks for regex / template parts)
 *   parser.c  tokens -> AST in the arena; every node knows its byte range and line, and
 *             carries DL__F_MODERN when it or anything under it is ES2015+ syntax
 *   scope.c   resolves names: renames of block-scoped bindings, captured this/arguments
 *             for arrows, per-iteration closures in loops, TDZ and const checks
 *   emitter.c prints the program: a node without DL__F_MODERN is copied verbatim from
 *             the source; the others are printed structurally by the lower_*.c files,
 *             newlines inserted before each node until the output is on the node's line.
 */
#ifndef LEAKSCOPE_DOWNLEVEL_INTERNAL_H
#define LEAKSCOPE_DOWNLEVEL_INTERNAL_H

#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>

#include "downlevel.h"

/* ---- arena.c: bump allocation in chunks; everything is freed at once ---- */
typedef struct dl__chunk dl__chunk;
typedef struct dl__arena {
	dl__chunk *head;
	char *p, *end;
	jmp_buf *oom;	/* longjmp target when malloc fails */
} dl__arena;
void *dl__alloc(dl__arena *a, size_t n);	/* zeroed, 8-aligned */
char *dl__strdup(dl__arena *a, const char *s, size_t n);
void dl__arena_free(dl__arena *a);

/* ---- lexer.c ---- */
enum dl__tok {
	T_EOF, T_NAME, T_PRIVATE, T_NUM, T_STR, T_REGEX,
	T_TEMPLATE,	/* a template part: tok.tail says whether it ends with ` (else ${) */
	/* punctuators */
	T_LBRACE, T_RBRACE, T_LPAREN, T_RPAREN, T_LBRACK, T_RBRACK, T_SEMI, T_COMMA,
	T_DOT, T_ELLIPSIS, T_QDOT, T_QUESTION, T_COLON, T_ARROW,
	T_LT, T_GT, T_LE, T_GE, T_EQ, T_NE, T_SEQ, T_SNE,
	T_PLUS, T_MINUS, T_STAR, T_SLASH, T_PERCENT, T_STARSTAR, T_INC, T_DEC,
	T_SHL, T_SAR, T_SHR, T_AMP, T_BAR, T_CARET, T_NOT, T_TILDE,
	T_AND, T_OR, T_NULLISH,
	T_ASSIGN, T_ADD_A, T_SUB_A, T_MUL_A, T_DIV_A, T_MOD_A, T_POW_A,
	T_SHL_A, T_SAR_A, T_SHR_A, T_AND_A, T_OR_A, T_XOR_A,
	T_LAND_A, T_LOR_A, T_NULLISH_A,
	T__COUNT
};

/* keywords and contextual words the parser asks about (tok.kw) */
enum dl__kw {
	K_NONE, K_BREAK, K_CASE, K_CATCH, K_CLASS, K_CONST, K_CONTINUE, K_DEBUGGER,
	K_DEFAULT, K_DELETE, K_DO, K_ELSE, K_EXPORT, K_EXTENDS, K_FINALLY, K_FOR,
	K_FUNCTION, K_IF, K_IMPORT, K_IN, K_INSTANCEOF, K_NEW, K_RETURN, K_SUPER,
	K_SWITCH, K_THIS, K_THROW, K_TRY, K_TYPEOF, K_VAR, K_VOID, K_WHILE, K_WITH,
	K_NULL, K_TRUE, K_FALSE, K_ENUM,
	K__RESERVED,	/* words above are reserved; below are contextual */
	K_LET, K_STATIC, K_YIELD, K_AWAIT, K_ASYNC, K_OF, K_GET, K_SET, K_FROM, K_AS,
	K_TARGET, K_META, K_ARGUMENTS, K_EVAL, K_CONSTRUCTOR
};

typedef struct dl__token {
	int type;
	int kw;			/* enum dl__kw for T_NAME */
	uint32_t start, end;	/* byte range in the source */
	uint32_t line, col;	/* 1-based, of start */
	unsigned nl_before : 1;	/* a line break precedes this token */
	unsigned escaped : 1;	/* a name with \u escapes */
	unsigned tail : 1;	/* T_TEMPLATE: ends with ` */
	unsigned modern : 1;	/* ES2015+ literal form (0b, 0o, separators, \u{}) */
} dl__token;

typedef struct dl__lexer {
	const char *src;
	uint32_t len, pos;
	uint32_t line, line_start;
	int nl;			/* a line break was skipped since the last token */
} dl__lexer;

struct dl__ctx;
void dl__lex_init(dl__lexer *lx, const char *src, size_t len);
void dl__lex_next(struct dl__ctx *c, dl__token *t);
void dl__lex_regex(struct dl__ctx *c, dl__token *t);	/* re-scan t (a / or /=) */
void dl__lex_template(struct dl__ctx *c, dl__token *t);	/* after the } of a ${ } */
const char *dl__tok_name(int type);

/* ---- parser.c: the AST ---- */
enum dl__kind {
	N_PROGRAM,
	/* statements */
	N_VAR, N_DECLARATOR, N_FUNC_DECL, N_CLASS_DECL, N_RETURN, N_IF, N_FOR, N_FOR_IN,
	N_FOR_OF, N_WHILE, N_DO_WHILE, N_BREAK, N_CONTINUE, N_THROW, N_TRY, N_SWITCH,
	N_CASE, N_LABELED, N_BLOCK, N_EMPTY, N_EXPR_STMT, N_DEBUGGER, N_WITH,
	N_IMPORT, N_EXPORT, N_SPECIFIER,
	/* expressions */
	N_IDENT, N_THIS, N_SUPER, N_LITERAL, N_NUMBER, N_TEMPLATE, N_TAGGED, N_ARRAY,
	N_OBJECT, N_PROPERTY, N_SPREAD, N_UNARY, N_UPDATE, N_BINARY, N_LOGICAL,
	N_ASSIGN, N_COND, N_CALL, N_NEW, N_MEMBER, N_CHAIN, N_SEQ, N_PAREN, N_FUNC_EXPR,
	N_ARROW, N_CLASS_EXPR, N_YIELD, N_AWAIT, N_META, N_IMPORT_CALL, N_HOLE,
	N_PRIVATE_NAME,
	/* class members */
	N_METHOD, N_FIELD, N_STATIC_BLOCK,
	/* patterns */
	N_OBJ_PAT, N_ARR_PAT, N_ASSIGN_PAT, N_REST,
	N__COUNT
};

/* node flags */
enum {
	DL__F_MODERN = 1 << 0,		/* this node or one under it needs lowering */
	DL__F_OPTIONAL = 1 << 1,	/* member/call: ?. */
	DL__F_COMPUTED = 1 << 2,	/* member o[x], property/method [k] */
	DL__F_STATIC = 1 << 3,		/* class member */
	DL__F_SHORTHAND = 1 << 4,	/* property {a} */
	DL__F_ASYNC = 1 << 5,
	DL__F_GENERATOR = 1 << 6,
	DL__F_EXPR_BODY = 1 << 7,	/* arrow with a concise body */
	DL__F_PREFIX = 1 << 8,		/* update ++x */
	DL__F_SEMI = 1 << 9,		/* statement ended with its own ; */
	DL__F_METHOD = 1 << 10,		/* property {m() {}} or function of a method */
	DL__F_GET = 1 << 11,
	DL__F_SET = 1 << 12,
	DL__F_CTOR = 1 << 13,		/* class constructor method */
	DL__F_USES_THIS = 1 << 14,	/* function: an arrow inside reads this */
	DL__F_USES_ARGS = 1 << 15,	/* function: an arrow inside reads arguments */
	DL__F_LOOP_IIFE = 1 << 16,	/* loop: body runs in a function per iteration */
	DL__F_SIMPLE_PARAMS = 1 << 17,	/* function: no default/rest/pattern params */
	DL__F_DECL_CONST = 1 << 18,	/* N_VAR kind const (op holds K_VAR/K_LET/K_CONST) */
	DL__F_AWAIT = 1 << 19,		/* for await */
	DL__F_HAS_SUPER_CALL = 1 << 20,
	DL__F_NAME_UNSAFE = 1 << 21,	/* method function refers to an outer binding named like its key */
	DL__F_LEAP = 1 << 22,		/* holds a yield/await of the generator being printed */
	DL__F_PROTO = 1 << 23,		/* property __proto__: v (sets the literal's prototype) */
	DL__F_USES_SUPER = 1 << 24	/* function: super.x in it (or in an arrow inside) */
};

typedef struct dl__node dl__node;
typedef struct dl__binding dl__binding;
typedef struct dl__scope dl__scope;

/* Children by kind (a, b, c, d):
 *   PROGRAM: a=body list                 VAR: a=declarators, op=K_VAR/K_LET/K_CONST
 *   DECLARATOR: a=target b=init          FUNC_*, ARROW: a=id b=params c=body(BLOCK|expr)
 *   CLASS_*: a=id b=super c=members      METHOD: a=key b=FUNC_EXPR
 *   FIELD: a=key b=value                 STATIC_BLOCK: a=body list
 *   RETURN/THROW: a=arg                  IF: a=test b=then c=else
 *   FOR: a=init b=test c=update d=body   FOR_IN/FOR_OF: a=left b=right d=body
 *   WHILE/DO_WHILE: a=test d=body        BREAK/CONTINUE: a=label
 *   TRY: a=block b=param c=handler d=finalizer
 *   SWITCH: a=disc b=cases               CASE: a=test(NULL=default) b=body list
 *   LABELED: a=label d=body              BLOCK: a=body list   EXPR_STMT: a=expr
 *   WITH: a=object d=body                IMPORT/EXPORT: a=specifiers b=source/decl c=expr
 *                                        d=import attributes (PROPERTY list)
 *   IMPORT_CALL: a=specifier b=options
 *   TEMPLATE: a=quasis (N_LITERAL ranges of raw text) b=expressions
 *   TAGGED: a=tag b=TEMPLATE             ARRAY: a=elements   OBJECT: a=properties
 *   PROPERTY: a=key b=value              SPREAD/REST: a=arg
 *   UNARY/UPDATE: a=arg op=token         BINARY/LOGICAL/ASSIGN: a=left b=right op=token
 *   COND: a=test b=then c=else           CALL/NEW: a=callee b=args
 *   MEMBER: a=object b=property          CHAIN/PAREN: a=expr   SEQ: a=list
 *   YIELD: a=arg (op=1 for yield*)        AWAIT: a=arg   META: op=K_TARGET/K_META
 *   OBJ_PAT/ARR_PAT: a=elements (PROPERTY/REST/HOLE/targets)
 *   ASSIGN_PAT: a=target b=default
 * Lists are linked through `next`. */
struct dl__node {
	uint16_t kind;
	int16_t op;
	uint32_t flags;
	uint32_t start, end;	/* byte range in the source */
	uint32_t line;		/* line of `start` */
	uint32_t text;		/* method function: where its source text starts (async, get,
				   set, the generator star or the key), as V8 prints it; 0: start */
	dl__node *a, *b, *c, *d;
	dl__node *next;
	union {
		dl__scope *scope;	/* functions, blocks, loops, catch, class */
		dl__binding *ref;	/* IDENT: what it resolves to (NULL: global) */
	} u;
	uint32_t temp;		/* emitter scratch */
	uint32_t sub;		/* lower_generator.c: printed as temp _ls$sub (DL__SENT: the sent value) */
};

#define DL__SENT 0xFFFFFFFFu

/* n without the parentheses around it */
static inline dl__node *dl__unparen(dl__node *n)
{
	while (n->kind == N_PAREN)
		n = n->a;
	return n;
}

/* whether a list (arguments, array elements) holds a spread */
static inline int dl__has_spread(dl__node *x)
{
	for (; x; x = x->next)
		if (x->kind == N_SPREAD)
			return 1;
	return 0;
}

/* ---- scope.c ---- */
enum { B_VAR, B_LET, B_CONST, B_CLASS, B_FUNC, B_PARAM, B_CATCH, B_CLASS_INNER,
	B_IMPORT };	/* B_IMPORT: an ES module's imported name (lower_module.c) */

struct dl__binding {
	const char *name;
	uint32_t len;
	int kind;
	uint32_t decl_pos;	/* byte offset where the binding is initialized */
	uint32_t elem_end;	/* in a destructuring declaration: the end of its element, */
	uint32_t pat_end;	/* and of the whole pattern (0: not in a pattern) */
	dl__scope *scope;
	dl__binding *next;	/* in its scope */
	const char *out;	/* printed name (renamed) or NULL */
	uint32_t outlen;
	dl__binding *out_next;	/* next block-level lexical binding (scope.c) */
	uint32_t last_write;	/* offset of the last write reference */
	uint32_t tdz_flag;	/* module: temp set once an exported let/const/class is initialized */
	unsigned captured : 1;	/* referenced from a nested function */
	unsigned assigned : 1;	/* written after its declaration */
};

struct dl__scope {
	dl__scope *parent;
	dl__node *node;		/* function/program/block/loop/catch/class */
	dl__scope *func;	/* nearest function (or program) scope */
	dl__binding *bindings;
	int is_func, is_arrow;
	int has_block_lex;	/* function: holds block-level let/const/class */
	int derived_ctor;	/* function: constructor of a class with extends */
	dl__node *method_key;	/* class method: its identifier key */
	uint32_t this_id, args_id;	/* temp ids of captured this/arguments (0: none) */
};

/* ---- emitter.c: the output ---- */
typedef struct dl__out {
	char *buf;
	size_t len, cap;
	uint32_t line;		/* current output line, 1-based */
} dl__out;

typedef struct dl__hoist { dl__node *id; struct dl__hoist *next; } dl__hoist;
typedef struct dl__label { dl__node *id; struct dl__label *next; } dl__label;

/* per-function state while printing */
typedef struct dl__fn {
	struct dl__fn *outer;
	dl__node *node;
	uint32_t ntemps, captemps;	/* temps declared at the end of the body */
	uint32_t *temps;
	uint32_t this_id, args_id;	/* names used for this / arguments (0: own) */
	uint32_t super_id;		/* class: the _super temp */
	dl__node *cls;			/* class whose method/ctor this is */
	dl__node *pending_cls;		/* class being printed: its methods' cls */
	int pending_static;
	void (*pending_epilogue)(struct dl__ctx *, dl__node *);
	int in_ctor_derived;
	int is_static;
	uint32_t home;			/* object literal method: the temp holding its home object */
	uint32_t pending_home;		/* printing such a method: its home temp */
	dl__hoist *hoist;		/* var names declared at the end of the body */
	void (*epilogue)(struct dl__ctx *, dl__node *);
	/* a per-iteration loop function (lower_loop.c) */
	int iife;
	int iife_brk, iife_cont;	/* breakable / continuable statements entered */
	int iife_used_break, iife_used_return;
	dl__node *iife_label;		/* label of the loop, if any */
	dl__label *labels;		/* labels declared inside the loop function */
	struct dl__gen *gen;		/* printing a generator/async body (lower_generator.c) */
} dl__fn;

/* a breakable statement being printed (emitter.c), innermost first: which for-of loops
 * (whose iterators a jump or return must close) a break, continue or return leaves */
enum { DL__BRK_LOOP = 1, DL__BRK_SWITCH, DL__BRK_LABEL };
typedef struct dl__brk {
	struct dl__brk *outer;
	dl__fn *fn;		/* the function printing it */
	int kind;
	dl__node *label;	/* DL__BRK_LABEL: the label */
	uint32_t iter;		/* a for-of loop: the temp holding its iterator */
} dl__brk;

typedef struct dl__ctx {
	const char *src;
	size_t len;
	int flags;
	dl__arena arena;
	jmp_buf fail;
	int err;
	dl_result *r;
	/* lexer + parser */
	dl__lexer lx;
	dl__token tok, prev;
	int in_func, in_generator, in_async, in_class_field, strict, module;
	int top_level;		/* parser: the statement being parsed is a module's top level */
	uint32_t nmodern;
	dl__node *labels;
	/* emitter */
	dl__out out;
	size_t capfns, capcopies;	/* of r->fns, r->copies (dl__span_add) */
	dl__fn *fn;
	uint32_t ntemp;		/* file-wide temp counter: names _ls$N never collide */
	dl__node *subst_node;	/* print subst_text in place of this node */
	uint32_t subst_temp;
	int uses_helpers;
	int pat_first;		/* lower_pattern.c: no comma before the next piece */
	dl__node *loop_label;	/* label of the loop statement being printed */
	dl__node *name_hint;	/* var X = class {}: the constructor's name */
	dl__brk *brk;		/* breakable statements being printed */
	struct dl__module *mod;	/* lower_module.c: an ES module being printed */
} dl__ctx;

void dl__fail(dl__ctx *c, int err, uint32_t pos, const char *fmt, ...);
void dl__unexpected(dl__ctx *c, const dl__token *t);

dl__node *dl__parse(dl__ctx *c);
void dl__scope_resolve(dl__ctx *c, dl__node *program);

/* emitter.c */
void dl__emit_program(dl__ctx *c, dl__node *prog);
void dl__put(dl__ctx *c, const char *s, size_t n);
void dl__puts(dl__ctx *c, const char *s);
void dl__putf(dl__ctx *c, const char *fmt, ...);
void dl__sync(dl__ctx *c, uint32_t line);	/* newlines until the output is on line */
void dl__expr(dl__ctx *c, dl__node *n);		/* print an expression */
void dl__stmt(dl__ctx *c, dl__node *n);		/* print a statement */
void dl__verbatim(dl__ctx *c, dl__node *n);
/* record a span in *a (r->fns or r->copies), merging a copy that continues the last */
void dl__span_add(dl__ctx *c, dl_span **a, size_t *n, size_t *cap, uint32_t out, uint32_t in, uint32_t len);
void dl__ident(dl__ctx *c, dl__node *id);	/* an identifier, renamed if needed */
void dl__key(dl__ctx *c, dl__node *key);	/* a property key as a string/expression */
void dl__key_string(dl__ctx *c, dl__node *key);	/* a non-computed key, quoted */
int dl__fn_name_ok(dl__ctx *c, dl__node *id);	/* usable as a function's own name */
uint32_t dl__temp(dl__ctx *c);			/* a new temp declared in this function */
void dl__put_temp(dl__ctx *c, uint32_t id);
void dl__body(dl__ctx *c, dl__node *fn, dl__node *body, void (*prologue)(dl__ctx *, dl__node *));
void dl__function(dl__ctx *c, dl__node *fn, int named);
int dl__fn_kind(const dl__node *fn);
void dl__fn_kind_open(dl__ctx *c, dl__node *fn);
void dl__fn_kind_close(dl__ctx *c, dl__node *fn);
void dl__mark_fn_decl(dl__ctx *c, dl__node *decl);
void dl__helper(dl__ctx *c, const char *name);	/* "__ls.name" */
void dl__template_string(dl__ctx *c, dl__node *quasi);
void dl__declarators(dl__ctx *c, dl__node *var, int assign_only);
void dl__for_head(dl__ctx *c, dl__node *n);
void dl__loop_body(dl__ctx *c, dl__node *body);
int dl__label_inside(dl__ctx *c, dl__node *label);
void dl__function_tail(dl__ctx *c, dl__node *fn, void (*prologue)(dl__ctx *, dl__node *));
uint32_t dl__temp_in(dl__ctx *c, dl__fn *f);
void dl__this(dl__ctx *c, dl__node *at);
void dl__class_name(dl__ctx *c, dl__node *cls);
void dl__decl_name(dl__ctx *c, dl__node *id);	/* `this` as seen from at (SUPER/THIS) */
int dl__is_simple(dl__node *n);

/* lower_*.c: one feature each */
void dl__lower_template(dl__ctx *c, dl__node *n);
void dl__lower_tagged(dl__ctx *c, dl__node *n);
void dl__lower_object(dl__ctx *c, dl__node *n);
int dl__anonymous_fn(const dl__node *x);
void dl__lower_array(dl__ctx *c, dl__node *n);
void dl__lower_call(dl__ctx *c, dl__node *n);
void dl__lower_super_assign(dl__ctx *c, dl__node *n);
int dl__template_malformed(dl__ctx *c, dl__node *quasi);
void dl__iter_name(dl__ctx *c, dl__node *x, int pattern);
void dl__lower_chain(dl__ctx *c, dl__node *n);
void dl__lower_logical_assign(dl__ctx *c, dl__node *n);
void dl__lower_pow(dl__ctx *c, dl__node *n);
void dl__lower_nullish(dl__ctx *c, dl__node *n);
/* destructuring: print `target = value` as declarators or assignments */
void dl__lower_pattern(dl__ctx *c, dl__node *target, dl__node *value, uint32_t value_temp, int decl);
void dl__lower_assign_pattern(dl__ctx *c, dl__node *n);
void dl__lower_params(dl__ctx *c, dl__node *fn);
void dl__lower_class(dl__ctx *c, dl__node *n, int decl);
void dl__lower_for_of(dl__ctx *c, dl__node *n);
void dl__lower_loop_iife(dl__ctx *c, dl__node *n);
/* generators and async functions: the body as a state machine; the statements whose
 * printing differs inside one (var, return, break, continue, function, class) */
void dl__gen_body(dl__ctx *c, dl__node *fn);
void dl__gen_stmt(dl__ctx *c, dl__node *n);
void dl__gen_sub(dl__ctx *c, dl__node *n);
void dl__gen_iife_return(dl__ctx *c, uint32_t r);
int dl__gen_wrap(dl__ctx *c, dl__node *n);	/* a closure capturing per-iteration bindings */
void dl__hoist_pattern(dl__ctx *c, dl__node *p);	/* declare p's names at the end of the var function */
int dl__hoisting(dl__ctx *c);	/* `var` here must become an assignment plus a hoisted name */
void dl__brk_push(dl__ctx *c, dl__brk *b, int kind, dl__node *label, uint32_t iter);
void dl__brk_pop(dl__ctx *c);
/* `__ls.close(it);` for each for-of loop of this function a break/continue leaves; for a
 * return (n NULL), every one: the count (print 0: count only, 1: statements, 2: `x, `) */
int dl__close_iterators(dl__ctx *c, dl__node *n, int print);

/* lower_module.c: an ES module as `(function (_ls$m) { ... })` (see the file's header) */
void dl__module_import(dl__ctx *c, dl__node *spec, dl__binding *b);	/* scope.c: an import's binding */
void dl__module_prologue(dl__ctx *c, dl__node *prog);
void dl__module_body(dl__ctx *c, dl__node *prog);
void dl__module_import_call(dl__ctx *c, dl__node *n);	/* import(x), in modules and scripts */

#endif
