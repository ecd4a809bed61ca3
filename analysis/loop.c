/* loop.c — the event loop of a run: time per phase (from loop_iterations), utilization
 * and delay (storage's documented loop-utilization query, not a second implementation),
 * garbage collections, and the slowest callbacks with their stacks.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "loopbatch.h"

typedef struct loop_priv {
	an__pool pool;
} loop_priv;

/* The columns of loop_iterations for phases timers..close, in STORE_PHASE_* order. */
static const char *const cols[STORE_PHASE__COUNT] = {
	NULL, "timers", "pending", "idle", "prepare", "poll", "check", "close"
};

static int phases(an_db *db, int64_t run, an_loop *l)
{
	char sql[2048];
	size_t len;
	sqlite3_stmt *q;
	int p, c = 5, rc;
	len = (size_t)snprintf(sql, sizeof sql, "SELECT count(*), min(start_us),"
		" max(start_us + duration_us), coalesce(sum(duration_us), 0),"
		" coalesce(sum(poll_idle_us), 0)");
	for (p = 1; p < STORE_PHASE__COUNT; p++)
		len += (size_t)snprintf(sql + len, sizeof sql - len,
			", coalesce(sum(%s_us), 0), coalesce(max(%s_us), 0), count(%s_at),"
			" coalesce(sum(%s_cbs), 0)", cols[p], cols[p], cols[p], cols[p]);
	snprintf(sql + len, sizeof sql - len, " FROM loop_iterations WHERE run_id = ?1");
	q = an__prepare(db, sql, run);
	if (!q)
		return AN_ESQL;
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		l->iterations = sqlite3_column_int64(q, 0);
		l->loop_start_us = sqlite3_column_int64(q, 1);
		l->loop_end_us = sqlite3_column_int64(q, 2);
		l->loop_us = sqlite3_column_int64(q, 3);
		l->poll_idle_us = sqlite3_column_int64(q, 4);
		for (p = 1; p < STORE_PHASE__COUNT; p++, c += 4) {
			an_phase_stat *s = &l->phase[p];
			s->time_us = sqlite3_column_int64(q, c);
			s->max_us = sqlite3_column_int64(q, c + 1);
			s->entered = sqlite3_column_int64(q, c + 2);
			s->callbacks = sqlite3_column_int64(q, c + 3);
			s->active_us = s->time_us - (p == STORE_PHASE_POLL ? l->poll_idle_us : 0);
		}
	}
	sqlite3_finalize(q);
	return rc == SQLITE_ROW ? 0 : AN_ESQL;
}

static int utilization(an_db *db, int64_t run, an_loop *l)
{
	const char *sql = store_query("loop-utilization");
	sqlite3_stmt *q;
	int rc;
	if (!sql || sqlite3_prepare_v2(db->db, sql, -1, &q, NULL) != SQLITE_OK)
		return AN_ESQL;
	sqlite3_bind_int64(q, sqlite3_bind_parameter_index(q, ":run"), run);
	sqlite3_bind_int64(q, sqlite3_bind_parameter_index(q, ":resolution_us"), l->resolution_us);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		l->has_utilization = sqlite3_column_type(q, 4) != SQLITE_NULL;
		l->idle_us = sqlite3_column_int64(q, 2);
		l->active_us = sqlite3_column_int64(q, 3);
		l->utilization = sqlite3_column_double(q, 4);
		l->delay_count = sqlite3_column_int64(q, 5);
		l->delay_min_us = sqlite3_column_int64(q, 6);
		l->delay_max_us = sqlite3_column_int64(q, 7);
		l->delay_mean_us = sqlite3_column_double(q, 8);
		l->delay_p50_us = sqlite3_column_int64(q, 9);
		l->delay_p90_us = sqlite3_column_int64(q, 10);
		l->delay_p99_us = sqlite3_column_int64(q, 11);
	}
	sqlite3_finalize(q);
	return rc == SQLITE_ROW ? 0 : AN_ESQL;
}

static int slow(an_db *db, int64_t run, size_t limit, an_loop *l)
{
	loop_priv *pv = l->priv;
	char lim[32], ids[256], sql[256];
	an__stacks st;
	sqlite3_stmt *q;
	size_t cap = 0;
	int rc, err;

	l->slow_count = an__int(db, "SELECT count(*) FROM slow_callbacks WHERE run_id = ?1",
		run, 0);
	if (limit)
		snprintf(lim, sizeof lim, " LIMIT %zu", limit);
	else
		lim[0] = 0;
	snprintf(ids, sizeof ids, "SELECT stack_id FROM (SELECT stack_id FROM slow_callbacks"
		" WHERE run_id = ?1 ORDER BY duration_us DESC, seq%s) WHERE stack_id IS NOT NULL",
		lim);
	snprintf(sql, sizeof sql, "SELECT t_us, duration_us, phase, cb_kind, stack_id"
		" FROM slow_callbacks WHERE run_id = ?1 ORDER BY duration_us DESC, seq%s", lim);
	memset(&st, 0, sizeof st);
	err = an__stacks_load(db, &st, &pv->pool, ids, run);
	if (err) {
		an__stacks_free(&st);
		return err;
	}
	q = an__prepare(db, sql, run);
	if (!q) {
		an__stacks_free(&st);
		return AN_ESQL;
	}
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		an_slow *s;
		if (an__grow(&l->slow, &cap, l->nslow + 1, sizeof *l->slow)) {
			err = AN_ENOMEM;
			break;
		}
		s = &l->slow[l->nslow++];
		memset(s, 0, sizeof *s);
		s->t_us = sqlite3_column_int64(q, 0);
		s->duration_us = sqlite3_column_int64(q, 1);
		s->phase = sqlite3_column_int(q, 2);
		s->cb_kind = sqlite3_column_type(q, 3) == SQLITE_NULL ? STORE_CB_NONE :
			sqlite3_column_int(q, 3);
		err = an__stacks_get(&st, sqlite3_column_int64(q, 4), &pv->pool, &s->stack);
		if (err)
			break;
	}
	if (!err && rc != SQLITE_DONE)
		err = AN_ESQL;
	sqlite3_finalize(q);
	an__stacks_free(&st);
	return err;
}

/* The run's iterations in a temporary table named loop_iterations, indexed by (run_id, n):
 * SQLite resolves the name in temp before main, so the queries below (and the documented
 * loop-utilization query, which steps through the iterations by n) read it instead of
 * the version-5 view, whose every column is a JSON lookup (4 s to unpack 278,000
 * iterations that way; the batches parsed here take a tenth of that). Dropped by
 * unshadow(). The batches' format is storage/loopbatch.h's. */

/* View column (after run_id, n) -> element index (loopbatch.h): start, duration,
 * poll_idle, then at, us and cbs of each phase in STORE_PHASE_* order (timers..close). */
static void elem_of_col(int e[STORE_LOOP_VALUES])
{
	int p, f;
	e[0] = STORE_LOOP_START;
	e[1] = STORE_LOOP_DURATION;
	e[2] = STORE_LOOP_POLL_IDLE;
	for (p = STORE_PHASE_TIMERS; p < STORE_PHASE__COUNT; p++)
		for (f = 0; f < 3; f++)
			e[3 + 3 * (p - STORE_PHASE_TIMERS) + f] = store_loop_elem(p, f);
}

static int fill(an_db *db, int64_t run)
{
	sqlite3_stmt *b = an__prepare(db, "SELECT first_n, count, start_us, iterations"
		" FROM main.loop_batches WHERE run_id = ?1 ORDER BY first_n", run);
	sqlite3_stmt *ins = NULL;
	char sql[256];
	int rc, k, err = 0, elem[STORE_LOOP_VALUES];
	size_t len;
	elem_of_col(elem);
	len = (size_t)snprintf(sql, sizeof sql, "INSERT INTO temp.loop_iterations VALUES (?");
	for (k = 1; k < 26; k++)
		len += (size_t)snprintf(sql + len, sizeof sql - len, ",?");
	snprintf(sql + len, sizeof sql - len, ")");
	if (!b || sqlite3_prepare_v2(db->db, sql, -1, &ins, NULL) != SQLITE_OK) {
		sqlite3_finalize(b);
		return AN_ESQL;
	}
	while (!err && (rc = sqlite3_step(b)) == SQLITE_ROW) {
		int64_t n = sqlite3_column_int64(b, 0), count = sqlite3_column_int64(b, 1);
		int64_t t0 = sqlite3_column_int64(b, 2), i, v[STORE_LOOP_VALUES];
		const char *p = (const char *)sqlite3_column_text(b, 3);
		int has[STORE_LOOP_VALUES];
		if (!p || *p++ != '[')
			err = AN_ESQL;
		for (i = 0; !err && i < count; i++) {
			if (store_loop_parse(&p, v, has) < 0) {
				err = AN_ESQL;
				break;
			}
			if (*p == ',')
				p++;
			sqlite3_bind_int64(ins, 1, run);
			sqlite3_bind_int64(ins, 2, n + i);
			for (k = 0; k < STORE_LOOP_VALUES; k++) {
				int e = elem[k];
				if (!has[e])
					sqlite3_bind_null(ins, k + 3);
				else
					sqlite3_bind_int64(ins, k + 3, v[e] + (k == 0 ? t0 : 0));
			}
			if (sqlite3_step(ins) != SQLITE_DONE)
				err = AN_ESQL;
			sqlite3_reset(ins);
		}
	}
	if (!err && rc != SQLITE_DONE)
		err = AN_ESQL;
	sqlite3_finalize(ins);
	sqlite3_finalize(b);
	return err;
}

static int shadow(an_db *db, int64_t run)
{
	int err;
	if (sqlite3_exec(db->db, "DROP TABLE IF EXISTS temp.loop_iterations;"
			" CREATE TEMP TABLE loop_iterations AS SELECT * FROM main.loop_iterations"
			" WHERE 0; BEGIN", NULL, NULL, NULL) != SQLITE_OK)
		return AN_ESQL;
	err = fill(db, run);
	if (sqlite3_exec(db->db, err ? "ROLLBACK" : "CREATE INDEX temp.loop_iterations_n"
			" ON loop_iterations (run_id, n); COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		err = AN_ESQL;
	return err;
}

static void unshadow(an_db *db)
{
	sqlite3_exec(db->db, "DROP TABLE IF EXISTS temp.loop_iterations", NULL, NULL, NULL);
}

int an_loop_read(an_db *db, int64_t run, int64_t resolution_us, size_t limit, an_loop *out)
{
	sqlite3_stmt *q;
	int err;
	memset(out, 0, sizeof *out);
	out->priv = calloc(1, sizeof(loop_priv));
	if (!out->priv)
		return AN_ENOMEM;
	out->run = run;
	out->resolution_us = resolution_us > 0 ? resolution_us : 10000;
	err = shadow(db, run);
	if (!err)
		err = phases(db, run, out);
	if (!err)
		err = utilization(db, run, out);
	unshadow(db);
	if (!err) {
		q = an__prepare(db, "SELECT count(*), coalesce(sum(duration_us), 0),"
			" coalesce(max(duration_us), 0) FROM gc_events WHERE run_id = ?1", run);
		if (q && sqlite3_step(q) == SQLITE_ROW) {
			out->gc_count = sqlite3_column_int64(q, 0);
			out->gc_us = sqlite3_column_int64(q, 1);
			out->gc_max_us = sqlite3_column_int64(q, 2);
		} else {
			err = AN_ESQL;
		}
		sqlite3_finalize(q);
	}
	if (!err)
		err = slow(db, run, limit, out);
	if (err)
		an_loop_free(out);
	return err;
}

void an_loop_free(an_loop *l)
{
	loop_priv *pv = l->priv;
	free(l->slow);
	if (pv) {
		an__pool_free(&pv->pool);
		free(pv);
	}
	memset(l, 0, sizeof *l);
}

/* A share rounded to 4 decimals, so the JSON reads 0.25, not 0.25000000000000001. */
static json_t *ratio(int64_t part, int64_t whole)
{
	double r = whole > 0 ? (double)part / (double)whole : 0;
	return json_real((double)(int64_t)(r * 10000 + 0.5) / 10000);
}

json_t *an_loop_json(const an_loop *l)
{
	json_t *o = json_object(), *ph = json_array(), *u = json_object(), *d = json_object();
	json_t *gc = json_object(), *slow = json_array();
	size_t i;
	int p;
	for (p = 1; p < STORE_PHASE__COUNT; p++) {
		const an_phase_stat *s = &l->phase[p];
		json_t *e = json_object();
		json_object_set_new(e, "phase", json_string(an_phase_name(p)));
		json_object_set_new(e, "time_us", json_integer(s->time_us));
		json_object_set_new(e, "share", ratio(s->time_us, l->loop_us));
		json_object_set_new(e, "active_us", json_integer(s->active_us));
		json_object_set_new(e, "max_us", json_integer(s->max_us));
		json_object_set_new(e, "iterations", json_integer(s->entered));
		json_object_set_new(e, "callbacks", json_integer(s->callbacks));
		json_array_append_new(ph, e);
	}
	if (l->has_utilization) {
		json_object_set_new(u, "utilization",
			ratio(l->active_us, l->active_us + l->idle_us));
		json_object_set_new(u, "active_us", json_integer(l->active_us));
		json_object_set_new(u, "idle_us", json_integer(l->idle_us));
	}
	json_object_set_new(d, "resolution_us", json_integer(l->resolution_us));
	json_object_set_new(d, "count", json_integer(l->delay_count));
	if (l->delay_count) {
		json_object_set_new(d, "min_us", json_integer(l->delay_min_us));
		json_object_set_new(d, "mean_us",
			json_integer((json_int_t)(l->delay_mean_us + 0.5)));
		json_object_set_new(d, "p50_us", json_integer(l->delay_p50_us));
		json_object_set_new(d, "p90_us", json_integer(l->delay_p90_us));
		json_object_set_new(d, "p99_us", json_integer(l->delay_p99_us));
		json_object_set_new(d, "max_us", json_integer(l->delay_max_us));
	}
	json_object_set_new(gc, "count", json_integer(l->gc_count));
	json_object_set_new(gc, "time_us", json_integer(l->gc_us));
	json_object_set_new(gc, "max_us", json_integer(l->gc_max_us));
	for (i = 0; i < l->nslow; i++) {
		const an_slow *s = &l->slow[i];
		json_t *e = json_object();
		json_object_set_new(e, "t_us", json_integer(s->t_us));
		json_object_set_new(e, "duration_us", json_integer(s->duration_us));
		json_object_set_new(e, "phase", json_string(an_phase_name(s->phase)));
		json_object_set_new(e, "callback", s->cb_kind == STORE_CB_NONE ? json_null() :
			json_string(an_cb_kind_name(s->cb_kind)));
		json_object_set_new(e, "stack", an_stack_json(&s->stack));
		json_array_append_new(slow, e);
	}
	json_object_set_new(o, "command", json_string("loop"));
	json_object_set_new(o, "version", json_integer(1));
	json_object_set_new(o, "run", json_integer(l->run));
	json_object_set_new(o, "iterations", json_integer(l->iterations));
	json_object_set_new(o, "loop_start_us", json_integer(l->loop_start_us));
	json_object_set_new(o, "loop_end_us", json_integer(l->loop_end_us));
	json_object_set_new(o, "loop_us", json_integer(l->loop_us));
	json_object_set_new(o, "poll_idle_us", json_integer(l->poll_idle_us));
	json_object_set_new(o, "phases", ph);
	json_object_set_new(o, "utilization", l->has_utilization ? u : json_null());
	if (!l->has_utilization)
		json_decref(u);
	json_object_set_new(o, "delay", d);
	json_object_set_new(o, "gc", gc);
	json_object_set_new(o, "slow_callbacks_total", json_integer(l->slow_count));
	json_object_set_new(o, "slow_callbacks", slow);
	return o;
}
