/* ptree.h — the profile tree shared by the .cpuprofile and .heapprofile exports
 * (ptree.c). Internal to analysis/.
 */
#ifndef LEAKSCOPE_ANALYSIS_PTREE_H
#define LEAKSCOPE_ANALYSIS_PTREE_H

#include "internal.h"

typedef struct an__pnode {
	int64_t func;		/* index into the tree's functions */
	uint32_t parent;	/* UINT32_MAX for (root) */
	uint32_t first, last, next;	/* children in creation order */
	uint32_t id;		/* preorder number, from an__ptree_number */
	int64_t hits;		/* CPU samples ending here */
	int64_t self;		/* bytes (heap profile) */
	struct an__tick { int line; int64_t n; } *ticks;
	uint32_t nticks, capticks;
} an__pnode;

typedef struct an__ptree {
	an__pool pool;
	an__stacks st;
	an__funcs fn;
	an__pnode *v;		/* v[0] is (root) */
	size_t n, cap;
	an__hset ix;		/* (parent, func) -> node */
	uint32_t *memo;		/* stack trie node -> profile node */
	const char **scripts;	/* files in scriptId order (scriptId = index + 1) */
	size_t nscripts, scripts_cap;
	an__hset script_ix;
} an__ptree;

/* Loads the stacks of ids_sql (see an__stacks_load) and makes (root). */
int an__ptree_init(an__ptree *t, an_db *db, const char *ids_sql, int64_t run);
/* The child of `parent` for function `func`, made if new; -1 when out of memory. */
int64_t an__ptree_child(an__ptree *t, uint32_t parent, int64_t func);
/* A pseudo function's node under (root). */
int64_t an__ptree_pseudo(an__ptree *t, const char *name);
/* The node of a stack (a loaded stack id), -1 if unknown; *line: its innermost line. */
int64_t an__ptree_stack(an__ptree *t, int64_t stack_id, int *line);
/* One more hit at a line of the node (positionTicks); line <= 0 is ignored. */
int an__ptree_tick(an__ptree *t, uint32_t node, int line);
/* Numbers the nodes in preorder; returns node indices in that order (free() it). */
uint32_t *an__ptree_number(an__ptree *t);
/* V8's callFrame of a node, giving script ids on first use. */
json_t *an__ptree_callframe(an__ptree *t, uint32_t node);
void an__ptree_free(an__ptree *t);

/* V8's scaled size of a Poisson-sampled allocation (heapprofile.c). */
uint64_t an__heap_scale(uint64_t size, uint64_t interval);

#endif
