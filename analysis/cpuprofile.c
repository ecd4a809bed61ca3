/* cpuprofile.c — a run's CPU samples as a Chrome DevTools .cpuprofile (the JSON of V8's
 * Profiler.Profile, which `node --cpu-prof` writes): the sample's JS stack picks its node,
 * samples outside JS go to V8's pseudo nodes, as top.c counts them.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ptree.h"

static int cmp_tick(const void *x, const void *y)
{
	const struct an__tick *a = x, *b = y;
	return a->line - b->line;
}

static int write_node(an__ptree *t, uint32_t k, FILE *out, int first)
{
	an__pnode *n = &t->v[k];
	json_t *o = json_object();
	uint32_t c;
	int err;
	json_object_set_new(o, "id", json_integer(n->id));
	json_object_set_new(o, "callFrame", an__ptree_callframe(t, k));
	json_object_set_new(o, "hitCount", json_integer(n->hits));
	if (n->first != UINT32_MAX) {
		json_t *a = json_array();
		for (c = n->first; c != UINT32_MAX; c = t->v[c].next)
			json_array_append_new(a, json_integer(t->v[c].id));
		json_object_set_new(o, "children", a);
	}
	if (n->nticks) {
		json_t *a = json_array();
		uint32_t i;
		qsort(n->ticks, n->nticks, sizeof *n->ticks, cmp_tick);
		for (i = 0; i < n->nticks; i++)
			json_array_append_new(a, json_pack("{s:i,s:I}", "line", n->ticks[i].line,
				"ticks", (json_int_t)n->ticks[i].n));
		json_object_set_new(o, "positionTicks", a);
	}
	if (!first)
		fputc(',', out);
	err = json_dumpf(o, out, JSON_COMPACT);
	json_decref(o);
	return err ? AN_EWRITE : 0;
}

int an_cpuprofile(an_db *db, int64_t run, FILE *out)
{
	return an_cpuprofile_range(db, run, 0, INT64_MAX, out);
}

int an_cpuprofile_range(an_db *db, int64_t run, int64_t from_us, int64_t to_us, FILE *out)
{
	char ids[256], rows[256];
	an__ptree t;
	int64_t pseudo[STORE_STATE_PROGRAM + 1], started, end_us, prev = 0;
	uint32_t *snode = NULL, *order = NULL;
	int64_t *stime = NULL;
	size_t ns = 0, cap = 0, tcap = 0, i;
	sqlite3_stmt *q = NULL;
	int rc, err;

	/* the bounds are numbers, so printing them into the SQL is safe */
	snprintf(ids, sizeof ids, "SELECT DISTINCT stack_id FROM samples WHERE run_id = ?1"
		" AND stack_id IS NOT NULL AND state = 0 AND t_us BETWEEN %lld AND %lld",
		(long long)from_us, (long long)to_us);
	snprintf(rows, sizeof rows, "SELECT t_us, stack_id, state FROM samples WHERE run_id = ?1"
		" AND t_us BETWEEN %lld AND %lld ORDER BY t_us, seq", (long long)from_us,
		(long long)to_us);
	err = an__ptree_init(&t, db, ids, run);
	if (err)
		goto done;
	err = AN_ENOMEM;
	/* V8's order under (root): (program), (idle), (garbage collector) come first */
	pseudo[STORE_STATE_PROGRAM] = an__ptree_pseudo(&t, "(program)");
	pseudo[STORE_STATE_IDLE] = an__ptree_pseudo(&t, "(idle)");
	pseudo[STORE_STATE_GC] = an__ptree_pseudo(&t, "(garbage collector)");
	pseudo[STORE_STATE_RUNNING] = pseudo[STORE_STATE_PROGRAM];
	if (pseudo[STORE_STATE_PROGRAM] < 0 || pseudo[STORE_STATE_IDLE] < 0 ||
	    pseudo[STORE_STATE_GC] < 0)
		goto done;

	err = AN_ESQL;
	/* in time order: a sampler that replays missed timer expirations may record a
	 * sample stamped before the one it committed just earlier, and DevTools wants
	 * timeDeltas >= 0 */
	q = an__prepare(db, rows, run);
	if (!q)
		goto done;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		int64_t sid = sqlite3_column_int64(q, 1), node = -1;
		int state = sqlite3_column_int(q, 2), line = 0;
		if (state < 0 || state > STORE_STATE_PROGRAM)
			state = STORE_STATE_PROGRAM;
		if (state == STORE_STATE_RUNNING && sid)
			node = an__ptree_stack(&t, sid, &line);
		if (node < 0)
			node = pseudo[state];
		if (an__grow(&snode, &cap, ns + 1, sizeof *snode) ||
		    an__grow(&stime, &tcap, ns + 1, sizeof *stime) ||
		    an__ptree_tick(&t, (uint32_t)node, line)) {
			err = AN_ENOMEM;
			goto done;
		}
		t.v[node].hits++;
		snode[ns] = (uint32_t)node;
		stime[ns++] = sqlite3_column_int64(q, 0);
	}
	if (rc != SQLITE_DONE)
		goto done;
	err = AN_ENOMEM;
	order = an__ptree_number(&t);
	if (!order)
		goto done;

	started = an__int(db, "SELECT started_at FROM runs WHERE id = ?1", run, 0);
	end_us = an__int(db, "SELECT duration_us FROM runs WHERE id = ?1", run, 0);
	if (ns && stime[ns - 1] > end_us)
		end_us = stime[ns - 1];
	if (to_us != INT64_MAX) {	/* a window: its own start, deltas from there */
		started += from_us;
		end_us = to_us - from_us;
		prev = from_us;
	}
	err = 0;
	fputs("{\"nodes\":[", out);
	for (i = 0; i < t.n && !err; i++)
		err = write_node(&t, order[i], out, i == 0);
	fprintf(out, "],\"startTime\":%lld,\"endTime\":%lld,\"samples\":[",
		(long long)started, (long long)(started + end_us));
	for (i = 0; i < ns; i++)
		fprintf(out, i ? ",%u" : "%u", t.v[snode[i]].id);
	fputs("],\"timeDeltas\":[", out);
	for (i = 0; i < ns; i++) {
		fprintf(out, i ? ",%lld" : "%lld", (long long)(stime[i] - prev));
		prev = stime[i];
	}
	fputs("]}\n", out);
	if (!err && (fflush(out) || ferror(out)))
		err = AN_EWRITE;
done:
	sqlite3_finalize(q);
	free(snode);
	free(stime);
	free(order);
	an__ptree_free(&t);
	return err;
}
