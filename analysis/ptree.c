/* ptree.c — the profile tree both DevTools exports are made of: V8's ProfileNode /
 * SamplingHeapProfileNode shape, one node per function in its calling context. Stack
 * trie nodes map onto it (several trie nodes — one function at several lines — land on
 * one profile node); node ids are given in preorder, (root) = 1.
 */
#include <stdlib.h>
#include <string.h>

#include "ptree.h"

struct child_key {
	uint32_t parent;
	int64_t func;
};

static uint64_t child_hash(uint32_t parent, int64_t func)
{
	return an__hash(an__hash(0x6a09e667, parent), (uint64_t)func);
}

static int child_eq(const void *ctx, uint32_t idx, const void *key)
{
	const an__ptree *t = ctx;
	const struct child_key *k = key;
	return t->v[idx].parent == k->parent && t->v[idx].func == k->func;
}

int64_t an__ptree_child(an__ptree *t, uint32_t parent, int64_t func)
{
	struct child_key k = { parent, func };
	uint64_t h = child_hash(parent, func);
	int64_t ix = an__hset_find(&t->ix, h, child_eq, t, &k);
	an__pnode *n;
	if (ix >= 0)
		return ix;
	if (an__grow(&t->v, &t->cap, t->n + 1, sizeof *t->v) ||
	    an__hset_add(&t->ix, h, (uint32_t)t->n))
		return -1;
	n = &t->v[t->n];
	memset(n, 0, sizeof *n);
	n->func = func;
	n->parent = parent;
	n->first = n->last = n->next = UINT32_MAX;
	if (parent != UINT32_MAX) {
		an__pnode *p = &t->v[parent];
		if (p->last == UINT32_MAX)
			p->first = (uint32_t)t->n;
		else
			t->v[p->last].next = (uint32_t)t->n;
		p->last = (uint32_t)t->n;
	}
	return (int64_t)t->n++;
}

int64_t an__ptree_pseudo(an__ptree *t, const char *name)
{
	int64_t f = an__func_pseudo(&t->fn, &t->pool, name);
	return f < 0 ? -1 : an__ptree_child(t, 0, f);
}

int an__ptree_init(an__ptree *t, an_db *db, const char *ids_sql, int64_t run)
{
	size_t i;
	int64_t root;
	int err;
	memset(t, 0, sizeof *t);
	err = an__stacks_load(db, &t->st, &t->pool, ids_sql, run);
	if (err)
		return err;
	t->memo = malloc((t->st.n + 1) * sizeof *t->memo);
	if (!t->memo)
		return AN_ENOMEM;
	for (i = 0; i < t->st.n; i++)
		t->memo[i] = UINT32_MAX;
	root = an__func_pseudo(&t->fn, &t->pool, "(root)");
	if (root < 0 || an__ptree_child(t, UINT32_MAX, root) != 0)
		return AN_ENOMEM;
	return 0;
}

int64_t an__ptree_stack(an__ptree *t, int64_t stack_id, int *line)
{
	int64_t ix = an__stacks_node(&t->st, stack_id);
	uint32_t chain[512], k, parent;
	int n = 0;
	if (ix < 0)
		return -1;
	if (line)
		*line = t->st.frames[t->st.nodes[ix].frame].line;
	/* climb to the nearest mapped ancestor, then map downwards */
	for (k = (uint32_t)ix; k != UINT32_MAX && t->memo[k] == UINT32_MAX;
	     k = t->st.nodes[k].parent) {
		if (n == (int)(sizeof chain / sizeof *chain)) {
			/* deeper than any recorded stack can be: map the upper part first */
			if (an__ptree_stack(t, t->st.nodes[k].id, NULL) < 0)
				return -1;
			break;
		}
		chain[n++] = k;
	}
	parent = k == UINT32_MAX ? 0 : t->memo[k];
	while (n-- > 0) {
		const an_loc *fr = &t->st.frames[t->st.nodes[chain[n]].frame];
		int64_t f = an__func_of(&t->fn, fr), c;
		if (f < 0 || (c = an__ptree_child(t, parent, f)) < 0)
			return -1;
		parent = t->memo[chain[n]] = (uint32_t)c;
	}
	return t->memo[ix];
}

int an__ptree_tick(an__ptree *t, uint32_t node, int line)
{
	an__pnode *n = &t->v[node];
	uint32_t i;
	if (line <= 0)
		return 0;
	for (i = 0; i < n->nticks; i++)
		if (n->ticks[i].line == line) {
			n->ticks[i].n++;
			return 0;
		}
	if (n->nticks == n->capticks) {
		uint32_t cap = n->capticks ? n->capticks * 2 : 4;
		void *v = realloc(n->ticks, cap * sizeof *n->ticks);
		if (!v)
			return AN_ENOMEM;
		n->ticks = v;
		n->capticks = cap;
	}
	n->ticks[n->nticks].line = line;
	n->ticks[n->nticks++].n = 1;
	return 0;
}

uint32_t *an__ptree_number(an__ptree *t)
{
	uint32_t *order = malloc((t->n + 1) * sizeof *order), next = 1, k = 0;
	size_t m = 0;
	if (!order)
		return NULL;
	/* iterative preorder over first-child / next-sibling links */
	while (k != UINT32_MAX) {
		t->v[k].id = next++;
		order[m++] = k;
		if (t->v[k].first != UINT32_MAX) {
			k = t->v[k].first;
			continue;
		}
		while (k != UINT32_MAX && t->v[k].next == UINT32_MAX)
			k = t->v[k].parent;
		if (k != UINT32_MAX)
			k = t->v[k].next;
	}
	return order;
}

static int script_eq(const void *ctx, uint32_t idx, const void *key)
{
	const an__ptree *t = ctx;
	return t->scripts[idx] == key;
}

/* A path as a file:// URL (RFC 8089), percent-encoding what a URL path cannot hold. */
static json_t *file_url(const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t n = strlen(path), i, o = 0;
	char *u = malloc(7 + n * 3 + 1);
	json_t *j;
	if (!u)
		return json_string("");
	memcpy(u, "file://", 7);
	o = 7;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)path[i];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    strchr("/-._~!$&'()*+,;=:@", c)) {
			u[o++] = (char)c;
		} else {
			u[o++] = '%';
			u[o++] = hex[c >> 4];
			u[o++] = hex[c & 15];
		}
	}
	u[o] = 0;
	j = json_string(u);
	free(u);
	return j;
}

json_t *an__ptree_callframe(an__ptree *t, uint32_t node)
{
	const an_loc *f = &t->fn.v[t->v[node].func];
	json_t *o = json_object();
	int native = f->kind != AN_LOC_JS || !f->file[0] || !strcmp(f->file, "native");
	char sid[24];
	json_object_set_new(o, "functionName", an__jstr(f->name));
	if (native) {
		json_object_set_new(o, "scriptId", json_string("0"));
		json_object_set_new(o, "url", json_string(""));
		json_object_set_new(o, "lineNumber", json_integer(-1));
		json_object_set_new(o, "columnNumber", json_integer(-1));
		return o;
	}
	{
		uint64_t h = an__hash(0x3c6ef372, (uint64_t)(uintptr_t)f->file);
		int64_t ix = an__hset_find(&t->script_ix, h, script_eq, t, f->file);
		if (ix < 0) {
			if (!an__grow(&t->scripts, &t->scripts_cap, t->nscripts + 1,
			    sizeof *t->scripts) && !an__hset_add(&t->script_ix, h,
			    (uint32_t)t->nscripts)) {
				t->scripts[t->nscripts] = f->file;
				ix = (int64_t)t->nscripts++;
			}
		}
		snprintf(sid, sizeof sid, "%lld", (long long)(ix + 1));
	}
	json_object_set_new(o, "scriptId", json_string(sid));
	json_object_set_new(o, "url", f->file[0] == '/' ? file_url(f->file) : an__jstr(f->file));
	json_object_set_new(o, "lineNumber", json_integer(f->fn_line > 0 ? f->fn_line - 1 : -1));
	json_object_set_new(o, "columnNumber", json_integer(f->fn_line > 0 ? 0 : -1));
	return o;
}

void an__ptree_free(an__ptree *t)
{
	size_t i;
	for (i = 0; i < t->n; i++)
		free(t->v[i].ticks);
	free(t->v);
	free(t->memo);
	free(t->scripts);
	an__hset_free(&t->ix);
	an__hset_free(&t->script_ix);
	an__stacks_free(&t->st);
	an__funcs_free(&t->fn);
	an__pool_free(&t->pool);
	memset(t, 0, sizeof *t);
}
