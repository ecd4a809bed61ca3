/* top.c — CPU time per function: self (the function was the innermost frame) and total
 * (it was anywhere on the stack, counted once per sample however deeply it recursed),
 * each also per event-loop phase.
 *
 * Works on the distinct (stack, phase, state) triples of the run's samples with their
 * counts, so its cost follows the number of distinct stacks, not of samples.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

typedef struct top_priv {
	an__pool pool;
} top_priv;

static int by_self(const an_top_entry *a, const an_top_entry *b)
{
	if (a->self != b->self)
		return a->self > b->self ? -1 : 1;
	if (a->total != b->total)
		return a->total > b->total ? -1 : 1;
	return 0;
}

static int by_total(const an_top_entry *a, const an_top_entry *b)
{
	if (a->total != b->total)
		return a->total > b->total ? -1 : 1;
	if (a->self != b->self)
		return a->self > b->self ? -1 : 1;
	return 0;
}

static int tie(const an_top_entry *a, const an_top_entry *b)
{
	int c = strcmp(a->fn.name, b->fn.name);
	if (c)
		return c;
	c = strcmp(a->fn.file, b->fn.file);
	if (c)
		return c;
	return a->fn.line - b->fn.line;
}

static int cmp_self(const void *x, const void *y)
{
	int c = by_self(x, y);
	return c ? c : tie(x, y);
}

static int cmp_total(const void *x, const void *y)
{
	int c = by_total(x, y);
	return c ? c : tie(x, y);
}

int an_top_read(an_db *db, int64_t run, int by, an_top *out)
{
	static const char ids[] =
		"SELECT DISTINCT stack_id FROM samples WHERE run_id = ?1 AND stack_id IS NOT NULL";
	static const int states[] = { STORE_STATE_IDLE, STORE_STATE_GC, STORE_STATE_PROGRAM };
	top_priv *pv = calloc(1, sizeof *pv);
	int64_t pseudo[STORE_STATE_PROGRAM + 1];
	an__stacks st;
	an__funcs fn;
	sqlite3_stmt *q = NULL;
	int64_t *node_fn = NULL;	/* node index -> function index */
	uint32_t *stamp = NULL, gen = 0;
	size_t i, n;
	int rc, err;

	memset(out, 0, sizeof *out);
	memset(&st, 0, sizeof st);
	memset(&fn, 0, sizeof fn);
	if (!pv)
		return AN_ENOMEM;
	out->priv = pv;
	out->run = run;
	out->interval_us = an__int(db, "SELECT sample_interval_us FROM runs WHERE id = ?1", run, 0);

	err = an__stacks_load(db, &st, &pv->pool, ids, run);
	if (err)
		goto done;
	/* every function there can be, first: the loop below only adds up */
	err = AN_ENOMEM;
	node_fn = calloc(st.n + 1, sizeof *node_fn);
	if (!node_fn)
		goto done;
	for (i = 0; i < st.n; i++) {
		node_fn[i] = an__func_of(&fn, &st.frames[st.nodes[i].frame]);
		if (node_fn[i] < 0)
			goto done;
	}
	for (i = 0; i < sizeof states / sizeof *states; i++) {
		pseudo[states[i]] = an__func_pseudo(&fn, &pv->pool, an__state_pseudo(states[i]));
		if (pseudo[states[i]] < 0)
			goto done;
	}
	pseudo[STORE_STATE_RUNNING] = pseudo[STORE_STATE_PROGRAM];
	out->v = calloc(fn.n, sizeof *out->v);
	stamp = calloc(fn.n, sizeof *stamp);
	if (!out->v || !stamp)
		goto done;

	err = AN_ESQL;
	q = an__prepare(db, "SELECT stack_id, phase, state, count(*) FROM samples"
		" WHERE run_id = ?1 GROUP BY stack_id, phase, state", run);
	if (!q)
		goto done;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		int64_t sid = sqlite3_column_int64(q, 0), c = sqlite3_column_int64(q, 3), node;
		int phase = sqlite3_column_int(q, 1), state = sqlite3_column_int(q, 2);
		uint32_t k;
		if (phase < 0 || phase >= STORE_PHASE__COUNT)
			phase = STORE_PHASE_NONE;
		if (state < 0 || state > STORE_STATE_PROGRAM)
			state = STORE_STATE_PROGRAM;
		out->samples += c;
		out->phase[phase] += c;
		node = state == STORE_STATE_RUNNING && sid ? an__stacks_node(&st, sid) : -1;
		if (node < 0) {
			/* not running JS: V8's pseudo entries (a running sample without a
			 * stack is the runtime's own work: (program)) */
			an_top_entry *e = &out->v[pseudo[state]];
			e->self += c;
			e->total += c;
			e->self_phase[phase] += c;
			e->total_phase[phase] += c;
			continue;
		}
		k = (uint32_t)node;
		out->v[node_fn[k]].self += c;
		out->v[node_fn[k]].self_phase[phase] += c;
		gen++;
		for (; k != UINT32_MAX; k = st.nodes[k].parent) {
			an_top_entry *e = &out->v[node_fn[k]];
			if (stamp[node_fn[k]] == gen)
				continue;	/* recursion: once per sample */
			stamp[node_fn[k]] = gen;
			e->total += c;
			e->total_phase[phase] += c;
		}
	}
	if (rc != SQLITE_DONE)
		goto done;
	for (i = n = 0; i < fn.n; i++) {
		if (!out->v[i].total)
			continue;
		out->v[n] = out->v[i];
		out->v[n++].fn = fn.v[i];
	}
	out->n = n;
	qsort(out->v, out->n, sizeof *out->v, by == AN_BY_TOTAL ? cmp_total : cmp_self);
	err = 0;
done:
	sqlite3_finalize(q);
	free(node_fn);
	free(stamp);
	an__stacks_free(&st);
	an__funcs_free(&fn);
	if (err)
		an_top_free(out);
	return err;
}

void an_top_free(an_top *t)
{
	top_priv *pv = t->priv;
	free(t->v);
	if (pv) {
		an__pool_free(&pv->pool);
		free(pv);
	}
	memset(t, 0, sizeof *t);
}

static json_t *phase_obj(const int64_t *v)
{
	json_t *o = json_object();
	int p;
	for (p = 0; p < STORE_PHASE__COUNT; p++)
		json_object_set_new(o, an_phase_name(p), json_integer(v[p]));
	return o;
}

json_t *an_top_json(const an_top *t, size_t limit)
{
	json_t *o = json_object(), *a = json_array();
	size_t i, n = limit && limit < t->n ? limit : t->n;
	for (i = 0; i < n; i++) {
		const an_top_entry *e = &t->v[i];
		json_t *f = json_object();
		json_object_set_new(f, "function", an__jstr(e->fn.name));
		json_object_set_new(f, "file", an__jstr(e->fn.file));
		json_object_set_new(f, "fn_line", json_integer(e->fn.fn_line));
		json_object_set_new(f, "kind", json_string(e->fn.kind == AN_LOC_PSEUDO ? "pseudo" :
			e->fn.kind == AN_LOC_NATIVE ? "native" : "js"));
		json_object_set_new(f, "self_samples", json_integer(e->self));
		json_object_set_new(f, "total_samples", json_integer(e->total));
		json_object_set_new(f, "self_us", json_integer(e->self * t->interval_us));
		json_object_set_new(f, "total_us", json_integer(e->total * t->interval_us));
		json_object_set_new(f, "self_by_phase", phase_obj(e->self_phase));
		json_object_set_new(f, "total_by_phase", phase_obj(e->total_phase));
		json_array_append_new(a, f);
	}
	json_object_set_new(o, "command", json_string("top"));
	json_object_set_new(o, "version", json_integer(1));
	json_object_set_new(o, "run", json_integer(t->run));
	json_object_set_new(o, "sample_interval_us", json_integer(t->interval_us));
	json_object_set_new(o, "samples", json_integer(t->samples));
	json_object_set_new(o, "samples_by_phase", phase_obj(t->phase));
	json_object_set_new(o, "functions_total", json_integer((json_int_t)t->n));
	json_object_set_new(o, "functions", a);
	return o;
}
