/* internal.h — what analysis/'s files share: a string pool, a hash index, statement
 * helpers, the stack loader and function grouping. Nothing outside analysis/ includes
 * this file.
 */
#ifndef LEAKSCOPE_ANALYSIS_INTERNAL_H
#define LEAKSCOPE_ANALYSIS_INTERNAL_H

#include <sqlite3.h>

#include "analysis.h"

struct an_db {
	store *s;
	sqlite3 *db;
};

/* ---- pool: memory freed all at once; interned strings compare by pointer ---- */
typedef struct an__chunk an__chunk;
typedef struct an__pool {
	an__chunk *chunks;
	char **strs;		/* interned strings, open addressing */
	uint32_t smask, sn;
} an__pool;

void *an__palloc(an__pool *p, size_t n);		/* zeroed; NULL when out of memory */
const char *an__pstr(an__pool *p, const char *s);	/* interned copy; NULL -> "" */
void an__pool_free(an__pool *p);

/* ---- hset: a set of indices (0..) into the caller's array, found by hash + eq ---- */
typedef struct an__hset {
	struct an__hslot { uint64_t hash; uint32_t idx; } *slot;	/* idx 0: empty */
	uint32_t mask, n;
} an__hset;

/* The index of the entry equal to `key` (eq(ctx, idx, key) != 0), or -1. */
int64_t an__hset_find(const an__hset *h, uint64_t hash,
	int (*eq)(const void *ctx, uint32_t idx, const void *key), const void *ctx,
	const void *key);
int an__hset_add(an__hset *h, uint64_t hash, uint32_t idx);	/* 0 or AN_ENOMEM */
void an__hset_free(an__hset *h);
uint64_t an__hash(uint64_t h, uint64_t v);

/* a growing array: an__grow(&v, &cap, n + 1, sizeof *v) before v[n++] = … */
int an__grow(void *v, size_t *cap, size_t need, size_t size);

/* ---- SQL ---- */
/* Prepares sql and binds ?1 = run (when run >= 0). NULL on error. */
sqlite3_stmt *an__prepare(an_db *db, const char *sql, int64_t run);
int64_t an__int(an_db *db, const char *sql, int64_t run, int64_t dflt);	/* first value */
const char *an__col_text(sqlite3_stmt *st, int col);	/* NULL -> "" */

/* A JSON string of s (NULL -> ""); bytes of invalid UTF-8 become '?'. */
json_t *an__jstr(const char *s);

/* ---- stacks: trie nodes and their frames, loaded for a set of stack ids ---- */
typedef struct an__node {
	int64_t id;
	int64_t parent_id;	/* 0: outermost */
	uint32_t parent;	/* node index, UINT32_MAX outermost */
	uint32_t frame;		/* index into frames */
} an__node;

typedef struct an__stacks {
	an__pool *pool;		/* the caller's: strings of the frames */
	an__node *nodes;
	size_t n, cap;
	an__hset node_ix;
	an_loc *frames;
	size_t nf, capf;
	an__hset frame_ix;
} an__stacks;

/* Loads the stacks named by `ids_sql` (a SELECT of one column of stack ids, ?1 = run)
 * with all their ancestors and frames. */
int an__stacks_load(an_db *db, an__stacks *st, an__pool *pool, const char *ids_sql,
	int64_t run);
int64_t an__stacks_node(const an__stacks *st, int64_t stack_id);	/* index or -1 */
/* The stack ending at node `stack_id`, innermost first, locations in pool. */
int an__stacks_get(const an__stacks *st, int64_t stack_id, an__pool *pool, an_stack *out);
void an__stacks_free(an__stacks *st);

/* ---- functions: frames grouped by (kind, name, file, fn_line) ---- */
typedef struct an__funcs {
	an_loc *v;
	size_t n, cap;
	an__hset ix;
} an__funcs;

/* The index of the function a frame belongs to (its line becomes fn_line), or of a
 * pseudo entry (name interned in pool); -1 when out of memory. */
int64_t an__func_of(an__funcs *f, const an_loc *frame);
int64_t an__func_pseudo(an__funcs *f, an__pool *pool, const char *name);
void an__funcs_free(an__funcs *f);

/* The pseudo entry for a sample's state (STORE_STATE_*): "(idle)", "(garbage
 * collector)", "(program)"; NULL for STORE_STATE_RUNNING. */
const char *an__state_pseudo(int state);

#endif
