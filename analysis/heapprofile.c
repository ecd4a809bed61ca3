/* heapprofile.c — sampled allocations as Node's --heap-prof output (the JSON of V8's
 * HeapProfiler.SamplingHeapProfile): a nested tree under "head" and one sample per
 * allocation with its scaled size, its node and its ordinal.
 *
 * V8 turns each sample into an estimate of the bytes it stands for: with Poisson
 * sampling every `interval` bytes on average, an allocation of `size` bytes is sampled
 * with probability 1 - exp(-size / interval), so it counts round(1 / that) times
 * (SamplingHeapProfiler::ScaleSample). Our recorder samples the same way.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ptree.h"

struct hsample {
	int64_t ordinal;
	uint64_t size;
	uint32_t node;
};

uint64_t an__heap_scale(uint64_t size, uint64_t interval)
{
	double scale;
	if (!size)
		return 0;
	scale = 1.0 / (1.0 - exp(-(double)size / (double)interval));
	return size * (uint64_t)(scale + 0.5);
}

/* The node for a sample without a stack: its site under (root), or (program). */
static int64_t site_node(an__ptree *t, an_db *db, int64_t frame)
{
	sqlite3_stmt *q;
	an_loc l;
	int64_t f = -1;
	if (!frame)
		return an__ptree_pseudo(t, "(program)");
	q = an__prepare(db, "SELECT kind, name, file, line, fn_line FROM frames WHERE id = ?1",
		frame);
	if (q && sqlite3_step(q) == SQLITE_ROW) {
		memset(&l, 0, sizeof l);
		l.frame = frame;
		l.kind = sqlite3_column_int(q, 0) == STORE_FRAME_NATIVE ? AN_LOC_NATIVE : AN_LOC_JS;
		l.name = an__pstr(&t->pool, an__col_text(q, 1));
		l.file = an__pstr(&t->pool, an__col_text(q, 2));
		l.line = sqlite3_column_int(q, 3);
		l.fn_line = sqlite3_column_int(q, 4);
		if (l.name && l.file)
			f = an__func_of(&t->fn, &l);
	}
	sqlite3_finalize(q);
	if (f < 0)
		return an__ptree_pseudo(t, "(program)");
	return an__ptree_child(t, 0, f);
}

int an_heapprofile(an_db *db, int64_t run, uint64_t interval, int include_freed,
	FILE *out)
{
	const char *live = include_freed ? "" : " AND freed_us IS NULL";
	char ids[256], sql[256];
	an__ptree t;
	struct hsample *s = NULL;
	json_t **kids = NULL, *head = NULL;
	uint32_t *order = NULL;
	size_t ns = 0, cap = 0, i;
	sqlite3_stmt *q = NULL;
	int rc, err;

	if (!interval)
		interval = 512 * 1024;
	snprintf(ids, sizeof ids, "SELECT DISTINCT stack_id FROM alloc_samples WHERE run_id = ?1"
		" AND stack_id IS NOT NULL%s", live);
	snprintf(sql, sizeof sql, "SELECT id, size, stack_id, frame_id FROM alloc_samples"
		" WHERE run_id = ?1%s ORDER BY id", live);
	err = an__ptree_init(&t, db, ids, run);
	if (err)
		goto done;
	err = AN_ESQL;
	q = an__prepare(db, sql, run);
	if (!q)
		goto done;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		int64_t sid = sqlite3_column_int64(q, 2), node = -1;
		if (sid)
			node = an__ptree_stack(&t, sid, NULL);
		if (node < 0)
			node = site_node(&t, db, sqlite3_column_int64(q, 3));
		if (node < 0 || an__grow(&s, &cap, ns + 1, sizeof *s)) {
			err = AN_ENOMEM;
			goto done;
		}
		s[ns].ordinal = sqlite3_column_int64(q, 0);
		s[ns].size = an__heap_scale((uint64_t)sqlite3_column_int64(q, 1), interval);
		s[ns].node = (uint32_t)node;
		t.v[node].self += (int64_t)s[ns].size;
		ns++;
	}
	if (rc != SQLITE_DONE)
		goto done;

	err = AN_ENOMEM;
	order = an__ptree_number(&t);
	kids = calloc(t.n, sizeof *kids);
	if (!order || !kids)
		goto done;
	/* preorder: a parent's children array exists before its children are made */
	for (i = 0; i < t.n; i++) {
		uint32_t k = order[i];
		json_t *o = json_object();
		json_object_set_new(o, "callFrame", an__ptree_callframe(&t, k));
		json_object_set_new(o, "selfSize", json_integer(t.v[k].self));
		json_object_set_new(o, "id", json_integer(t.v[k].id));
		kids[k] = json_array();
		json_object_set(o, "children", kids[k]);
		if (t.v[k].parent == UINT32_MAX)
			head = o;
		else
			json_array_append_new(kids[t.v[k].parent], o);
	}
	fputs("{\"head\":", out);
	err = head && !json_dumpf(head, out, JSON_COMPACT) ? 0 : AN_EWRITE;
	fputs(",\"samples\":[", out);
	for (i = 0; i < ns; i++)
		fprintf(out, "%s{\"size\":%llu,\"nodeId\":%u,\"ordinal\":%lld}", i ? "," : "",
			(unsigned long long)s[i].size, t.v[s[i].node].id, (long long)s[i].ordinal);
	fputs("]}\n", out);
	if (!err && (fflush(out) || ferror(out)))
		err = AN_EWRITE;
done:
	sqlite3_finalize(q);
	if (kids)
		for (i = 0; i < t.n; i++)
			json_decref(kids[i]);
	free(kids);
	json_decref(head);
	free(order);
	free(s);
	an__ptree_free(&t);
	return err;
}
