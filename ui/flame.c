/* flame.c — the CPU view's data: the run's samples as a calling-context tree for a
 * flame graph (d3-flame-graph's {name, value, children} form), top-down or inverted
 * (innermost function at the root: where time is spent, "left heavy"), optionally for
 * one loop phase; and a recorded script's lines with their samples.
 *
 * Samples are attributed as `leakscope top` does: a sample running JS counts for its
 * stack's functions (frames of one function at different lines merge, keyed by name,
 * file and definition line), an idle one is (idle), one in a collection (garbage
 * collector), anything else (program). Nodes worth less than `min` per mille of all the
 * samples (default 0.5) are left out (their time stays in their parent's value), and at
 * most MAX_NODES are sent, so a deep profile stays a few hundred kilobytes.
 *
 * /source?frame=ID (or ?file=PATH) reads the file of JS frame ID as recorded in the
 * database — only a file some JS frame of the recording names: a path in the request
 * is looked up among the frames, never opened as such — with per-line samples: self (the line was running) and total (the line was
 * on the stack, once per sample).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "internal.h"

#define MAX_NODES 20000
#define MAX_SOURCE (4 << 20)

typedef struct func {
	char *name, *file;
	int fn_line, kind;
	int64_t frame;		/* one of its frames (for /source) */
} func;

typedef struct tnode {		/* a stacks-table trie node */
	int64_t id, parent_id;
	uint32_t func;
	uint32_t parent;	/* index, UINT32_MAX outermost */
	uint32_t flame;		/* top-down tree node, UINT32_MAX not yet */
	int64_t samples;	/* samples whose stack is this node */
} tnode;

typedef struct fnode {		/* a flame-graph node */
	uint32_t func;		/* UINT32_MAX: root; > nfuncs: pseudo */
	uint32_t first, next;	/* children */
	int64_t value, self;
	int keep;
} fnode;

typedef struct tree {
	func *f;
	size_t nf, capf;
	tnode *t;
	size_t nt, capt;
	fnode *v;
	size_t nv, capv;
	uint64_t *hk;		/* (parent << 32 | func) + 1 -> node, open addressing */
	uint32_t *hv;
	size_t hcap;
	const char *pseudo[3];
} tree;

static int grow(void **v, size_t *cap, size_t need, size_t size)
{
	void *n;
	size_t c = *cap ? *cap : 64;
	if (need <= *cap)
		return 0;
	while (c < need)
		c *= 2;
	if (!(n = realloc(*v, c * size)))
		return -1;
	*v = n;
	*cap = c;
	return 0;
}

static uint64_t mix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	return h;
}

static int new_node(tree *tr, uint32_t func)
{
	if (grow((void **)&tr->v, &tr->capv, tr->nv + 1, sizeof *tr->v))
		return -1;
	memset(&tr->v[tr->nv], 0, sizeof *tr->v);
	tr->v[tr->nv].func = func;
	tr->v[tr->nv].first = tr->v[tr->nv].next = UINT32_MAX;
	return (int)tr->nv++;
}

/* The child of parent for func, made if new; UINT32_MAX when out of memory. */
static uint32_t child(tree *tr, uint32_t parent, uint32_t func)
{
	uint64_t key = ((uint64_t)parent << 32 | func) + 1;
	size_t i;
	int n;
	if ((tr->nv + 1) * 2 > tr->hcap) {
		size_t cap = tr->hcap ? tr->hcap * 2 : 1024, k;
		uint64_t *hk = calloc(cap, sizeof *hk);
		uint32_t *hv = malloc(cap * sizeof *hv);
		if (!hk || !hv) {
			free(hk);
			free(hv);
			return UINT32_MAX;
		}
		for (k = 0; k < tr->hcap; k++) {
			if (!tr->hk[k])
				continue;
			for (i = mix(tr->hk[k]) & (cap - 1); hk[i]; i = (i + 1) & (cap - 1))
				;
			hk[i] = tr->hk[k];
			hv[i] = tr->hv[k];
		}
		free(tr->hk);
		free(tr->hv);
		tr->hk = hk;
		tr->hv = hv;
		tr->hcap = cap;
	}
	for (i = mix(key) & (tr->hcap - 1); tr->hk[i]; i = (i + 1) & (tr->hcap - 1))
		if (tr->hk[i] == key)
			return tr->hv[i];
	if ((n = new_node(tr, func)) < 0)
		return UINT32_MAX;
	tr->hk[i] = key;
	tr->hv[i] = (uint32_t)n;
	tr->v[n].next = tr->v[parent].first;
	tr->v[parent].first = (uint32_t)n;
	return (uint32_t)n;
}

static void tree_free(tree *tr)
{
	size_t i;
	for (i = 0; i < tr->nf; i++) {
		free(tr->f[i].name);
		free(tr->f[i].file);
	}
	free(tr->f);
	free(tr->t);
	free(tr->v);
	free(tr->hk);
	free(tr->hv);
}

static int cmp_tnode(const void *a, const void *b)
{
	int64_t x = ((const tnode *)a)->id, y = ((const tnode *)b)->id;
	return x < y ? -1 : x > y;
}

static int64_t find_t(const tree *tr, int64_t id)
{
	size_t lo = 0, hi = tr->nt;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (tr->t[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < tr->nt && tr->t[lo].id == id ? (int64_t)lo : -1;
}

static const char STACKS_SQL[] =
	"WITH RECURSIVE s(id) AS ("
	"  SELECT DISTINCT stack_id FROM samples WHERE run_id = ?1 AND state = 0"
	"   AND stack_id IS NOT NULL AND (?2 < 0 OR phase = ?2)"
	"  UNION SELECT t.parent FROM stacks t JOIN s ON t.id = s.id WHERE t.parent IS NOT NULL)"
	" SELECT st.id, coalesce(st.parent, 0), f.id, coalesce(f.name, ''), f.file, f.fn_line,"
	"  f.kind FROM s JOIN stacks st ON st.id = s.id JOIN frames f ON f.id = st.frame"
	" ORDER BY f.name, f.file, f.fn_line";

static const char COUNTS_SQL[] =
	"SELECT stack_id, state, count(*) FROM samples WHERE run_id = ?1"
	" AND (?2 < 0 OR phase = ?2) GROUP BY stack_id, state";

/* Loads the run's stacks and sample counts (phase < 0: all). pseudo[]: samples not
 * running JS, as (idle), (garbage collector), (program). */
static int load(ui_ctx *x, int64_t run, int64_t phase, tree *tr, int64_t pseudo[3],
	int64_t *total)
{
	sqlite3 *db = an_sqlite(x->db);
	sqlite3_stmt *st;
	size_t i;
	if (sqlite3_prepare_v2(db, STACKS_SQL, -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_int64(st, 1, run);
	sqlite3_bind_int64(st, 2, phase);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(st, 3);
		const char *file = (const char *)sqlite3_column_text(st, 4);
		int fn_line = sqlite3_column_int(st, 5);
		tnode *t;
		func *f = tr->nf ? &tr->f[tr->nf - 1] : NULL;
		if (!file)
			file = "";
		/* rows come sorted by function: a new one when it differs from the last */
		if (!f || strcmp(f->name, name) || strcmp(f->file, file) || f->fn_line != fn_line) {
			if (grow((void **)&tr->f, &tr->capf, tr->nf + 1, sizeof *tr->f))
				goto oom;
			f = &tr->f[tr->nf++];
			f->name = strdup(name);
			f->file = strdup(file);
			f->fn_line = fn_line;
			f->kind = sqlite3_column_int(st, 6);
			f->frame = sqlite3_column_int64(st, 2);
			if (!f->name || !f->file)
				goto oom;
		}
		if (grow((void **)&tr->t, &tr->capt, tr->nt + 1, sizeof *tr->t))
			goto oom;
		t = &tr->t[tr->nt++];
		memset(t, 0, sizeof *t);
		t->id = sqlite3_column_int64(st, 0);
		t->parent_id = sqlite3_column_int64(st, 1);
		t->func = (uint32_t)(tr->nf - 1);
		t->flame = UINT32_MAX;
	}
	sqlite3_finalize(st);
	qsort(tr->t, tr->nt, sizeof *tr->t, cmp_tnode);
	for (i = 0; i < tr->nt; i++) {
		int64_t p = tr->t[i].parent_id ? find_t(tr, tr->t[i].parent_id) : -1;
		tr->t[i].parent = p < 0 ? UINT32_MAX : (uint32_t)p;
	}
	if (sqlite3_prepare_v2(db, COUNTS_SQL, -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_int64(st, 1, run);
	sqlite3_bind_int64(st, 2, phase);
	*total = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		int state = sqlite3_column_int(st, 1);
		int64_t n = sqlite3_column_int64(st, 2), k = -1;
		*total += n;
		if (state == 0 && sqlite3_column_type(st, 0) != SQLITE_NULL)
			k = find_t(tr, sqlite3_column_int64(st, 0));
		if (k >= 0)
			tr->t[k].samples += n;
		else
			pseudo[state == 1 ? 0 : state == 2 ? 1 : 2] += n;
	}
	sqlite3_finalize(st);
	return 0;
oom:
	sqlite3_finalize(st);
	return -1;
}

/* The top-down node of trie node i, made with its ancestors' if new; UINT32_MAX when
 * out of memory. */
static uint32_t topdown(tree *tr, uint32_t i)
{
	uint32_t *chain = NULL, p = i, node;
	size_t n = 0, cap = 0;
	while (p != UINT32_MAX && tr->t[p].flame == UINT32_MAX) {
		if (grow((void **)&chain, &cap, n + 1, sizeof *chain)) {
			free(chain);
			return UINT32_MAX;
		}
		chain[n++] = p;
		p = tr->t[p].parent;
	}
	node = p == UINT32_MAX ? 0 : tr->t[p].flame;
	while (n) {
		p = chain[--n];
		if ((node = child(tr, node, tr->t[p].func)) == UINT32_MAX)
			break;
		tr->t[p].flame = node;
	}
	free(chain);
	return node == UINT32_MAX ? UINT32_MAX : tr->t[i].flame;
}

static json_t *node_json(tree *tr, uint32_t k, int64_t min)
{
	fnode *n = &tr->v[k];
	json_t *o, *kids = json_array();
	uint32_t c;
	if (n->func == UINT32_MAX) {
		o = json_pack("{s:s}", "name", "(all)");
	} else if (n->func >= tr->nf) {
		o = json_pack("{s:s, s:s}", "name", tr->pseudo[n->func - tr->nf], "kind", "pseudo");
	} else {
		func *f = &tr->f[n->func];
		o = json_pack("{s:s, s:s, s:i, s:I, s:s}", "name", *f->name ? f->name :
			"(anonymous)", "file", f->file, "fn_line", f->fn_line, "frame",
			(json_int_t)f->frame, "kind", f->kind ? "native" : "js");
		if (!o)	/* a name or file that is not UTF-8 */
			o = json_pack("{s:s, s:I}", "name", "(unreadable name)", "frame",
				(json_int_t)f->frame);
	}
	json_object_set_new(o, "value", json_integer(n->value));
	json_object_set_new(o, "self", json_integer(n->self));
	for (c = n->first; c != UINT32_MAX; c = tr->v[c].next)
		if (tr->v[c].keep)
			json_array_append_new(kids, node_json(tr, c, min));
	json_object_set_new(o, "children", kids);
	return o;
}

int ui__flame(ui_ctx *x, int64_t run, const char *q, json_t **out, char *msg)
{
	tree tr;
	int64_t phase, inverted, permille, pseudo[3] = { 0, 0, 0 }, total = 0, min, kept = 0;
	size_t i;
	uint32_t k;
	char pbuf[16];
	const char *pv = ui_query(q, "phase", pbuf, sizeof pbuf);

	phase = -1;
	if (pv && *pv && strcmp(pv, "all")) {
		for (phase = 0; phase < STORE_PHASE__COUNT; phase++)
			if (!strcmp(pv, an_phase_name((int)phase)))
				break;
		if (phase == STORE_PHASE__COUNT)
			return ui__fail(msg, 400, "phase: one of all, none, timers, pending, idle,"
				" prepare, poll, check, close");
	} else if (pv && !*pv) {
		return ui__fail(msg, 400, "phase: empty");
	}
	if (ui__qint(q, "inverted", 0, 0, 1, &inverted, msg) ||
	    ui__qint(q, "min", 5, 0, 1000, &permille, msg))
		return 400;
	memset(&tr, 0, sizeof tr);
	tr.pseudo[0] = "(idle)";
	tr.pseudo[1] = "(garbage collector)";
	tr.pseudo[2] = "(program)";
	if (load(x, run, phase, &tr, pseudo, &total) || new_node(&tr, UINT32_MAX) < 0)
		goto fail;
	for (i = 0; i < tr.nt; i++) {
		tnode *t = &tr.t[i];
		uint32_t cur, p;
		if (!t->samples)
			continue;
		if (!inverted) {
			if ((cur = topdown(&tr, (uint32_t)i)) == UINT32_MAX)
				goto fail;
			tr.v[cur].self += t->samples;
			continue;
		}
		cur = 0;
		for (p = (uint32_t)i; p != UINT32_MAX; p = tr.t[p].parent) {
			if ((cur = child(&tr, cur, tr.t[p].func)) == UINT32_MAX)
				goto fail;
			tr.v[cur].value += t->samples;
			if (p == i)
				tr.v[cur].self += t->samples;
		}
	}
	for (i = 0; i < 3; i++) {
		if (!pseudo[i])
			continue;
		if ((k = child(&tr, 0, (uint32_t)(tr.nf + i))) == UINT32_MAX)
			goto fail;
		tr.v[k].self = tr.v[k].value = pseudo[i];
	}
	if (!inverted) {
		/* values: a node's self plus its children's; every node was made after its
		 * parent, so adding up from the end sees children first */
		{
			int64_t *sum = calloc(tr.nv, sizeof *sum);
			uint32_t *parent = malloc(tr.nv * sizeof *parent);
			if (!sum || !parent) {
				free(sum);
				free(parent);
				goto fail;
			}
			for (i = 0; i < tr.nv; i++) {
				uint32_t c;
				for (c = tr.v[i].first; c != UINT32_MAX; c = tr.v[c].next)
					parent[c] = (uint32_t)i;
			}
			for (i = tr.nv; i-- > 1;) {
				tr.v[i].value = tr.v[i].self + sum[i];
				sum[parent[i]] += tr.v[i].value;
			}
			free(sum);
			free(parent);
		}
	}
	tr.v[0].value = total;
	min = total * permille / 10000;
	/* keep nodes worth at least min, at most MAX_NODES, biggest first within a level */
	tr.v[0].keep = 1;
	for (i = 1; i < tr.nv; i++) {
		tr.v[i].keep = tr.v[i].value > 0 && tr.v[i].value >= min && kept < MAX_NODES;
		kept += tr.v[i].keep;
	}
	*out = json_pack("{s:I, s:s, s:b, s:I, s:I, s:o}", "run", (json_int_t)run,
		"phase", phase < 0 ? "all" : an_phase_name((int)phase), "inverted", (int)inverted,
		"samples", (json_int_t)total, "nodes", (json_int_t)kept,
		"root", node_json(&tr, 0, min));
	tree_free(&tr);
	return 200;
fail:
	tree_free(&tr);
	return ui__fail(msg, 500, "cannot build the profile tree (out of memory or a failed"
		" query)");
}

static const char LINES_SELF_SQL[] =
	"SELECT f.line, count(*) FROM samples s JOIN stacks st ON st.id = s.stack_id"
	" JOIN frames f ON f.id = st.frame WHERE s.run_id = ?1 AND s.state = 0"
	" AND f.kind = 0 AND f.file = ?2 GROUP BY f.line";

static const char LINES_TOTAL_SQL[] =
	"WITH RECURSIVE c(stack, n) AS ("
	"  SELECT stack_id, count(*) FROM samples WHERE run_id = ?1 AND state = 0"
	"   AND stack_id IS NOT NULL GROUP BY stack_id),"
	" w(node, stack, n) AS (SELECT stack, stack, n FROM c"
	"  UNION ALL SELECT st.parent, w.stack, w.n FROM w JOIN stacks st ON st.id = w.node"
	"   WHERE st.parent IS NOT NULL)"
	" SELECT line, sum(n) FROM (SELECT DISTINCT w.stack, f.line, w.n FROM w"
	"  JOIN stacks st ON st.id = w.node JOIN frames f ON f.id = st.frame"
	"  WHERE f.kind = 0 AND f.file = ?2) GROUP BY line";

static json_t *line_counts(ui_ctx *x, const char *sql, int64_t run, const char *file)
{
	sqlite3_stmt *st;
	json_t *o = json_object();
	if (sqlite3_prepare_v2(an_sqlite(x->db), sql, -1, &st, NULL) != SQLITE_OK)
		return o;
	sqlite3_bind_int64(st, 1, run);
	sqlite3_bind_text(st, 2, file, -1, SQLITE_TRANSIENT);
	while (sqlite3_step(st) == SQLITE_ROW) {
		char key[24];
		snprintf(key, sizeof key, "%d", sqlite3_column_int(st, 0));
		json_object_set_new(o, key, json_integer(sqlite3_column_int64(st, 1)));
	}
	sqlite3_finalize(st);
	return o;
}

/* A JSON string of s[0..n), bytes of invalid UTF-8 turned into '?'. */
static json_t *text_json(char *s, size_t n)
{
	json_t *j = json_stringn(s, n);
	size_t i;
	if (j)
		return j;
	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			s[i] = '?';
	return json_stringn(s, n);
}

int ui__source(ui_ctx *x, int64_t run, const char *q, json_t **out, char *msg)
{
	int64_t frame;
	sqlite3_stmt *st;
	char *file = NULL, *buf = NULL;
	int line = 0, fn_line = 0;
	size_t n = 0, start, i;
	json_t *lines;
	FILE *f;

	char fbuf[1024];
	const char *fq = ui_query(q, "file", fbuf, sizeof fbuf);

	if (ui__qint(q, "frame", 0, 1, INT64_MAX, &frame, msg))
		return 400;
	if (!frame && !fq)
		return ui__fail(msg, 400, "frame or file: required (a frame id from the profile,"
			" or a file the recording names)");
	if (fq && !*fq)
		return ui__fail(msg, 400, "file: empty or too long");
	/* a file is only ever one that a JS frame of the recording names */
	if (sqlite3_prepare_v2(an_sqlite(x->db), frame ? "SELECT file, line, fn_line, id FROM"
		" frames WHERE id = ?1 AND kind = 0" : "SELECT file, 0, 0, min(id) FROM frames"
		" WHERE file = ?2 AND kind = 0 GROUP BY file", -1, &st, NULL) != SQLITE_OK)
		return ui__fail(msg, 500, "a query failed");
	sqlite3_bind_int64(st, 1, frame);
	sqlite3_bind_text(st, 2, fq ? fq : "", -1, SQLITE_TRANSIENT);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0)) {
		file = strdup((const char *)sqlite3_column_text(st, 0));
		line = sqlite3_column_int(st, 1);
		fn_line = sqlite3_column_int(st, 2);
		frame = sqlite3_column_int64(st, 3);
	}
	sqlite3_finalize(st);
	if (!file && fq)
		return ui__fail(msg, 404, "no JS frame of the recording is in that file");
	if (!file)
		return ui__fail(msg, 404, "no JS frame %lld in the recording", (long long)frame);
	if (file[0] != '/' || !(f = fopen(file, "rb"))) {
		*out = json_pack("{s:I, s:s, s:i, s:i, s:b, s:o, s:o, s:o}", "frame",
			(json_int_t)frame, "file", file, "line", line, "fn_line", fn_line,
			"available", 0, "lines", json_array(),
			"self", line_counts(x, LINES_SELF_SQL, run, file),
			"total", line_counts(x, LINES_TOTAL_SQL, run, file));
		free(file);
		return *out ? 200 : ui__fail(msg, 500, "out of memory");
	}
	buf = malloc(MAX_SOURCE + 1);
	if (buf)
		n = fread(buf, 1, MAX_SOURCE, f);
	fclose(f);
	if (!buf) {
		free(file);
		return ui__fail(msg, 500, "out of memory");
	}
	lines = json_array();
	for (start = 0, i = 0; i <= n; i++) {
		if (i == n || buf[i] == '\n') {
			if (i == n && start == n)
				break;
			json_array_append_new(lines, text_json(buf + start, i - start));
			start = i + 1;
		}
	}
	*out = json_pack("{s:I, s:s, s:i, s:i, s:b, s:b, s:o, s:o, s:o}", "frame",
		(json_int_t)frame, "file", file, "line", line, "fn_line", fn_line, "available", 1,
		"truncated", n == MAX_SOURCE, "lines", lines,
		"self", line_counts(x, LINES_SELF_SQL, run, file),
		"total", line_counts(x, LINES_TOTAL_SQL, run, file));
	free(buf);
	free(file);
	return *out ? 200 : ui__fail(msg, 500, "out of memory");
}
