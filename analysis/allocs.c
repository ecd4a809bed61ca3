/* allocs.c — allocation sites of a run: the latest totals of alloc_sites (allocated
 * count and bytes, live bytes) with each site's location and its sampled allocations,
 * ordered by allocated bytes and, separately, by live bytes.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

typedef struct allocs_priv {
	an__pool pool;
} allocs_priv;

struct live_key {
	int64_t live, bytes, frame;
	size_t ix;
};

static int cmp_live(const void *x, const void *y)
{
	const struct live_key *a = x, *b = y;
	if (a->live != b->live)
		return a->live > b->live ? -1 : 1;
	if (a->bytes != b->bytes)
		return a->bytes > b->bytes ? -1 : 1;
	return a->frame < b->frame ? -1 : a->frame > b->frame;
}

/* Fills a->by_live: site indices by live bytes, then allocated bytes, then frame id. */
static int sort_live(an_allocs *a)
{
	struct live_key *k = malloc((a->n + 1) * sizeof *k);
	size_t i;
	a->by_live = malloc((a->n + 1) * sizeof *a->by_live);
	if (!k || !a->by_live) {
		free(k);
		return AN_ENOMEM;
	}
	for (i = 0; i < a->n; i++) {
		k[i].live = a->v[i].live_bytes;
		k[i].bytes = a->v[i].bytes;
		k[i].frame = a->v[i].loc.frame;
		k[i].ix = i;
	}
	qsort(k, a->n, sizeof *k, cmp_live);
	for (i = 0; i < a->n; i++)
		a->by_live[i] = k[i].ix;
	free(k);
	return 0;
}

int an_allocs_read(an_db *db, int64_t run, an_allocs *out)
{
	static const char sql[] =
		"SELECT a.frame_id, a.count, a.bytes, a.live_bytes, a.updated_us,"
		" f.kind, f.name, f.file, f.line, f.fn_line,"
		" coalesce(s.n, 0), coalesce(s.live, 0)"
		" FROM alloc_sites AS a JOIN frames AS f ON f.id = a.frame_id"
		" LEFT JOIN (SELECT frame_id, count(*) AS n,"
		"  count(*) FILTER (WHERE freed_us IS NULL) AS live"
		"  FROM alloc_samples WHERE run_id = ?1 GROUP BY frame_id) AS s"
		"  ON s.frame_id = a.frame_id"
		" WHERE a.run_id = ?1 ORDER BY a.bytes DESC, a.count DESC, a.frame_id";
	allocs_priv *pv;
	sqlite3_stmt *q;
	size_t cap = 0;
	int rc, err = 0;

	memset(out, 0, sizeof *out);
	pv = out->priv = calloc(1, sizeof *pv);
	if (!pv)
		return AN_ENOMEM;
	out->run = run;
	q = an__prepare(db, sql, run);
	if (!q) {
		an_allocs_free(out);
		return AN_ESQL;
	}
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		an_site *s;
		if (an__grow(&out->v, &cap, out->n + 1, sizeof *out->v)) {
			err = AN_ENOMEM;
			break;
		}
		s = &out->v[out->n++];
		memset(s, 0, sizeof *s);
		s->loc.frame = sqlite3_column_int64(q, 0);
		s->count = sqlite3_column_int64(q, 1);
		s->bytes = sqlite3_column_int64(q, 2);
		s->live_bytes = sqlite3_column_int64(q, 3);
		if (sqlite3_column_int64(q, 4) > out->updated_us)
			out->updated_us = sqlite3_column_int64(q, 4);
		s->loc.kind = sqlite3_column_int(q, 5) == STORE_FRAME_NATIVE ? AN_LOC_NATIVE :
			AN_LOC_JS;
		s->loc.name = an__pstr(&pv->pool, an__col_text(q, 6));
		s->loc.file = an__pstr(&pv->pool, an__col_text(q, 7));
		s->loc.line = sqlite3_column_int(q, 8);
		s->loc.fn_line = sqlite3_column_int(q, 9);
		s->samples = sqlite3_column_int64(q, 10);
		s->live_samples = sqlite3_column_int64(q, 11);
		if (!s->loc.name || !s->loc.file) {
			err = AN_ENOMEM;
			break;
		}
		out->count += s->count;
		out->bytes += s->bytes;
		out->live_bytes += s->live_bytes;
	}
	if (!err && rc != SQLITE_DONE)
		err = AN_ESQL;
	sqlite3_finalize(q);
	if (!err) {
		q = an__prepare(db, "SELECT count(*), count(*) FILTER (WHERE freed_us IS NULL)"
			" FROM alloc_samples WHERE run_id = ?1", run);
		if (q && sqlite3_step(q) == SQLITE_ROW) {
			out->samples = sqlite3_column_int64(q, 0);
			out->live_samples = sqlite3_column_int64(q, 1);
		} else {
			err = AN_ESQL;
		}
		sqlite3_finalize(q);
	}
	if (!err)
		err = sort_live(out);
	if (err)
		an_allocs_free(out);
	return err;
}

void an_allocs_free(an_allocs *a)
{
	allocs_priv *pv = a->priv;
	free(a->v);
	free(a->by_live);
	if (pv) {
		an__pool_free(&pv->pool);
		free(pv);
	}
	memset(a, 0, sizeof *a);
}

static json_t *site_json(const an_site *s)
{
	json_t *o = an_loc_json(&s->loc);
	json_object_set_new(o, "count", json_integer(s->count));
	json_object_set_new(o, "bytes", json_integer(s->bytes));
	json_object_set_new(o, "live_bytes", json_integer(s->live_bytes));
	json_object_set_new(o, "samples", json_integer(s->samples));
	json_object_set_new(o, "live_samples", json_integer(s->live_samples));
	return o;
}

json_t *an_allocs_json(const an_allocs *a, size_t limit)
{
	json_t *o = json_object(), *by_bytes = json_array(), *by_live = json_array();
	size_t i, n = limit && limit < a->n ? limit : a->n;
	for (i = 0; i < n; i++)
		json_array_append_new(by_bytes, site_json(&a->v[i]));
	for (i = 0; i < n; i++)
		json_array_append_new(by_live, site_json(&a->v[a->by_live[i]]));
	json_object_set_new(o, "command", json_string("allocs"));
	json_object_set_new(o, "version", json_integer(1));
	json_object_set_new(o, "run", json_integer(a->run));
	json_object_set_new(o, "sites_total", json_integer((json_int_t)a->n));
	json_object_set_new(o, "count", json_integer(a->count));
	json_object_set_new(o, "bytes", json_integer(a->bytes));
	json_object_set_new(o, "live_bytes", json_integer(a->live_bytes));
	json_object_set_new(o, "updated_us", json_integer(a->updated_us));
	json_object_set_new(o, "samples", json_integer(a->samples));
	json_object_set_new(o, "live_samples", json_integer(a->live_samples));
	json_object_set_new(o, "by_bytes", by_bytes);
	json_object_set_new(o, "by_live_bytes", by_live);
	return o;
}
