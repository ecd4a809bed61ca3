/* listeners.c — listener counts over time, one series per (emitter, event), from
 * listener_events. A series whose count grew by at least min_growth since its first
 * recorded change is flagged: "monotonic" when the count never went down (a listener
 * added per request and never removed), "rising" when it went down at times but not as
 * often as up. Each series keeps its registration sites (adds per site) and the stack
 * of its latest add.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

typedef struct lst_priv {
	an__pool pool;
} lst_priv;

const char *an_trend_name(int trend)
{
	switch (trend) {
	case AN_TREND_MONOTONIC:
		return "monotonic";
	case AN_TREND_RISING:
		return "rising";
	default:
		return "stable";
	}
}

static int cmp_series(const void *x, const void *y)
{
	const an_lseries *a = x, *b = y;
	if (a->trend != b->trend)
		return b->trend - a->trend;
	if (a->count - a->start != b->count - b->start)
		return a->count - a->start > b->count - b->start ? -1 : 1;
	if (a->max != b->max)
		return a->max > b->max ? -1 : 1;
	if (a->emitter != b->emitter)
		return a->emitter < b->emitter ? -1 : 1;
	return strcmp(a->event, b->event);
}

static int cmp_sites(const void *x, const void *y)
{
	const an_lsite *a = x, *b = y;
	if (a->adds != b->adds)
		return a->adds > b->adds ? -1 : 1;
	return a->loc.frame < b->loc.frame ? -1 : a->loc.frame > b->loc.frame;
}

/* Per-series work state while its events stream by. */
struct cur {
	an_lseries *s;
	int64_t prev;
	int down;
	int64_t latest_add_stack;
	int64_t *last;		/* count after the last change in each bucket, or INT64_MIN */
	size_t sites_cap;
};

static int add_site(an__pool *pool, struct cur *c, sqlite3_stmt *q)
{
	an_lseries *s = c->s;
	int64_t frame = sqlite3_column_int64(q, 7);
	an_lsite *site;
	size_t i;
	for (i = 0; i < s->nsites; i++)
		if (s->sites[i].loc.frame == frame) {
			s->sites[i].adds++;
			return 0;
		}
	if (an__grow(&s->sites, &c->sites_cap, s->nsites + 1, sizeof *s->sites))
		return AN_ENOMEM;
	site = &s->sites[s->nsites++];
	memset(site, 0, sizeof *site);
	site->adds = 1;
	site->loc.frame = frame;
	if (frame && sqlite3_column_type(q, 9) != SQLITE_NULL) {
		site->loc.kind = sqlite3_column_int(q, 9) == STORE_FRAME_NATIVE ? AN_LOC_NATIVE :
			AN_LOC_JS;
		site->loc.name = an__pstr(pool, an__col_text(q, 10));
		site->loc.file = an__pstr(pool, an__col_text(q, 11));
		site->loc.line = sqlite3_column_int(q, 12);
		site->loc.fn_line = sqlite3_column_int(q, 13);
	} else {
		site->loc.frame = 0;
		site->loc.kind = AN_LOC_PSEUDO;
		site->loc.name = an__pstr(pool, "");
		site->loc.file = an__pstr(pool, "");
	}
	return site->loc.name && site->loc.file ? 0 : AN_ENOMEM;
}

static void finish(an_listeners *l, struct cur *c)
{
	an_lseries *s = c->s;
	int64_t v = s->start, growth = s->count - s->start;
	int k;
	for (k = 0; k < l->buckets; k++) {
		if (c->last[k] != INT64_MIN)
			v = c->last[k];
		s->timeline[k] = v;
	}
	if (growth >= l->min_growth)
		s->trend = c->down ? AN_TREND_RISING : AN_TREND_MONOTONIC;
	qsort(s->sites, s->nsites, sizeof *s->sites, cmp_sites);
	s->stack.n = 0;
	c->s = NULL;
}

int an_listeners_read(an_db *db, int64_t run, int buckets, int64_t min_growth,
	an_listeners *out)
{
	static const char sql[] =
		"SELECT l.seq, l.t_us, l.op, l.emitter, l.emitter_ctor, l.event, l.count,"
		" l.frame_id, l.stack_id, f.kind, f.name, f.file, f.line, f.fn_line"
		" FROM listener_events AS l LEFT JOIN frames AS f ON f.id = l.frame_id"
		" WHERE l.run_id = ?1 ORDER BY l.emitter, l.event, l.seq";
	static const char latest_adds[] =
		"SELECT stack_id FROM listener_events WHERE run_id = ?1 AND seq IN"
		" (SELECT max(seq) FROM listener_events WHERE run_id = ?1 AND op > 0"
		"  GROUP BY emitter, event) AND stack_id IS NOT NULL";
	lst_priv *pv;
	an__stacks st;
	struct cur c;
	sqlite3_stmt *q = NULL;
	size_t cap = 0, scap = 0, i;
	int64_t *stacks = NULL;	/* per series: its latest add's stack id */
	int rc, err = 0, k;

	memset(out, 0, sizeof *out);
	memset(&st, 0, sizeof st);
	memset(&c, 0, sizeof c);
	pv = out->priv = calloc(1, sizeof *pv);
	if (!pv)
		return AN_ENOMEM;
	out->run = run;
	out->buckets = buckets > 0 ? buckets : 10;
	out->min_growth = min_growth > 0 ? min_growth : 3;
	out->end_us = an__int(db, "SELECT max(coalesce((SELECT duration_us FROM runs"
		" WHERE id = ?1), 0), coalesce((SELECT max(t_us) FROM listener_events"
		" WHERE run_id = ?1), 0))", run, 0);
	c.last = malloc((size_t)out->buckets * sizeof *c.last);
	q = an__prepare(db, sql, run);
	if (!c.last || !q) {
		err = c.last ? AN_ESQL : AN_ENOMEM;
		goto done;
	}
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		int64_t t = sqlite3_column_int64(q, 1), op = sqlite3_column_int64(q, 2);
		int64_t emitter = sqlite3_column_int64(q, 3), count = sqlite3_column_int64(q, 6);
		const char *event = an__col_text(q, 5);
		an_lseries *s = c.s;
		if (!s || s->emitter != emitter || strcmp(s->event, event)) {
			size_t prev_n = out->n;
			if (s) {
				finish(out, &c);
				stacks[prev_n - 1] = c.latest_add_stack;
			}
			if (an__grow(&out->v, &cap, out->n + 1, sizeof *out->v) ||
			    an__grow(&stacks, &scap, out->n + 1, sizeof *stacks))
				goto nomem;
			s = c.s = &out->v[out->n++];
			memset(s, 0, sizeof *s);
			s->emitter = emitter;
			s->ctor = an__pstr(&pv->pool, an__col_text(q, 4));
			s->event = an__pstr(&pv->pool, event);
			s->timeline = an__palloc(&pv->pool,
				(size_t)out->buckets * sizeof *s->timeline);
			if (!s->ctor || !s->event || !s->timeline)
				goto nomem;
			s->first_us = t;
			s->start = count - (op > 0 ? 1 : op < 0 ? -1 : 0);
			if (s->start < 0)
				s->start = 0;
			s->min = s->max = s->start;
			c.prev = s->start;
			c.down = 0;
			c.latest_add_stack = 0;
			c.sites_cap = 0;
			for (k = 0; k < out->buckets; k++)
				c.last[k] = INT64_MIN;
		}
		s->last_us = t;
		s->count = count;
		if (count < s->min)
			s->min = count;
		if (count > s->max)
			s->max = count;
		if (count < c.prev)
			c.down = 1;
		c.prev = count;
		if (op > 0) {
			s->adds++;
			c.latest_add_stack = sqlite3_column_int64(q, 8);
			if (add_site(&pv->pool, &c, q))
				goto nomem;
		} else if (op < 0) {
			s->removes++;
		}
		/* the bucket this change falls in: the first whose end is not before t */
		k = out->end_us > 0 ?
			(int)((t * out->buckets + out->end_us - 1) / out->end_us) - 1 : 0;
		if (k < 0)
			k = 0;
		if (k >= out->buckets)
			k = out->buckets - 1;
		c.last[k] = count;
	}
	if (rc != SQLITE_DONE) {
		err = AN_ESQL;
		goto done;
	}
	if (c.s) {
		finish(out, &c);
		stacks[out->n - 1] = c.latest_add_stack;
	}
	err = an__stacks_load(db, &st, &pv->pool, latest_adds, run);
	if (err)
		goto done;
	for (i = 0; i < out->n; i++) {
		err = an__stacks_get(&st, stacks[i], &pv->pool, &out->v[i].stack);
		if (err)
			goto done;
	}
	qsort(out->v, out->n, sizeof *out->v, cmp_series);
	goto done;
nomem:
	err = AN_ENOMEM;
done:
	sqlite3_finalize(q);
	free(c.last);
	free(stacks);
	an__stacks_free(&st);
	if (err)
		an_listeners_free(out);
	return err;
}

void an_listeners_free(an_listeners *l)
{
	lst_priv *pv = l->priv;
	size_t i;
	for (i = 0; i < l->n; i++)
		free(l->v[i].sites);
	free(l->v);
	if (pv) {
		an__pool_free(&pv->pool);
		free(pv);
	}
	memset(l, 0, sizeof *l);
}

json_t *an_listeners_json(const an_listeners *l, size_t limit)
{
	json_t *o = json_object(), *a = json_array(), *ends = json_array();
	size_t i, j, n = limit && limit < l->n ? limit : l->n;
	int k;
	for (k = 0; k < l->buckets; k++)
		json_array_append_new(ends, json_integer(l->end_us * (k + 1) / l->buckets));
	for (i = 0; i < n; i++) {
		const an_lseries *s = &l->v[i];
		json_t *e = json_object(), *tl = json_array(), *sites = json_array();
		for (k = 0; k < l->buckets; k++)
			json_array_append_new(tl, json_integer(s->timeline[k]));
		for (j = 0; j < s->nsites; j++) {
			json_t *site = an_loc_json(&s->sites[j].loc);
			json_object_set_new(site, "adds", json_integer(s->sites[j].adds));
			json_array_append_new(sites, site);
		}
		json_object_set_new(e, "emitter", json_integer(s->emitter));
		json_object_set_new(e, "constructor", an__jstr(s->ctor));
		json_object_set_new(e, "event", an__jstr(s->event));
		json_object_set_new(e, "first_us", json_integer(s->first_us));
		json_object_set_new(e, "last_us", json_integer(s->last_us));
		json_object_set_new(e, "start", json_integer(s->start));
		json_object_set_new(e, "count", json_integer(s->count));
		json_object_set_new(e, "growth", json_integer(s->count - s->start));
		json_object_set_new(e, "min", json_integer(s->min));
		json_object_set_new(e, "max", json_integer(s->max));
		json_object_set_new(e, "adds", json_integer(s->adds));
		json_object_set_new(e, "removes", json_integer(s->removes));
		json_object_set_new(e, "trend", json_string(an_trend_name(s->trend)));
		json_object_set_new(e, "flagged", json_boolean(s->trend != AN_TREND_STABLE));
		json_object_set_new(e, "timeline", tl);
		json_object_set_new(e, "sites", sites);
		json_object_set_new(e, "stack", an_stack_json(&s->stack));
		json_array_append_new(a, e);
	}
	json_object_set_new(o, "command", json_string("listeners"));
	json_object_set_new(o, "version", json_integer(1));
	json_object_set_new(o, "run", json_integer(l->run));
	json_object_set_new(o, "end_us", json_integer(l->end_us));
	json_object_set_new(o, "min_growth", json_integer(l->min_growth));
	json_object_set_new(o, "timeline_us", ends);
	json_object_set_new(o, "series_total", json_integer((json_int_t)l->n));
	json_object_set_new(o, "series", a);
	return o;
}
