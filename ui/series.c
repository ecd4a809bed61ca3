/* series.c — the run overview's time series and the event-loop timeline, aggregated by
 * SQL into at most a few thousand points whatever the run's length (the browser never
 * gets a table whole).
 *
 * /series?buckets=N (default 200): the run cut into N equal buckets; per bucket the CPU
 *   use (samples not idle / samples), event-loop utilization (1 - time blocked in poll /
 *   loop time), the longest busy stretch of one iteration (what a timer due then waited
 *   at most: the delay), iterations; every GC (heap before/after, bucketed to the
 *   largest "before" and smallest "after" when there are more than 4N) and every
 *   snapshot (heap used at the walk).
 * /iterations?from=US&to=US&max=N (default the whole run, 1500): each iteration's
 *   phase durations when at most N fall in [from, to), else per time bucket the mean per
 *   iteration and the longest; the slow callbacks in the range.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "internal.h"
#include "loopbatch.h"

static const char *const PHASES[] = { "timers", "pending", "idle", "prepare", "poll",
	"check", "close" };

static sqlite3_stmt *prep(ui_ctx *x, const char *sql)
{
	sqlite3_stmt *st;
	return sqlite3_prepare_v2(an_sqlite(x->db), sql, -1, &st, NULL) == SQLITE_OK ? st : NULL;
}

static int64_t run_end(ui_ctx *x, int64_t run)
{
	an_run r;
	int64_t end;
	if (an_run_get(x->db, run, &r))
		return 0;
	end = r.duration_us > r.last_us ? r.duration_us : r.last_us;
	an_run_free(&r);
	return end;
}

/* an array of `n` nulls */
static json_t *nulls(int64_t n)
{
	json_t *a = json_array();
	int64_t i;
	for (i = 0; i < n; i++)
		json_array_append_new(a, json_null());
	return a;
}

int ui__series(ui_ctx *x, int64_t run, const char *q, json_t **out, char *msg)
{
	int64_t buckets, end, w, i, ngc;
	json_t *t, *cpu, *elu, *delay, *iters, *gc, *snaps, *o;
	sqlite3_stmt *st;

	if (ui__qint(q, "buckets", 200, 2, 5000, &buckets, msg))
		return 400;
	end = run_end(x, run);
	w = end / buckets + 1;
	buckets = end / w + 1;
	t = json_array();
	for (i = 0; i < buckets; i++)
		json_array_append_new(t, json_integer(i * w));
	cpu = nulls(buckets);
	elu = nulls(buckets);
	delay = nulls(buckets);
	iters = nulls(buckets);
	o = json_pack("{s:I, s:I, s:I, s:o, s:o, s:o, s:o, s:o}", "run", (json_int_t)run,
		"bucket_us", (json_int_t)w, "end_us", (json_int_t)end, "t_us", t, "cpu", cpu,
		"elu", elu, "delay_us", delay, "iterations", iters);

	if (!(st = prep(x, "SELECT t_us / ?2, count(*), sum(state = 1) FROM samples"
		" WHERE run_id = ?1 GROUP BY 1")))
		goto sql;
	sqlite3_bind_int64(st, 1, run);
	sqlite3_bind_int64(st, 2, w);
	while (sqlite3_step(st) == SQLITE_ROW) {
		int64_t b = sqlite3_column_int64(st, 0), n = sqlite3_column_int64(st, 1);
		if (b >= 0 && b < buckets && n)
			json_array_set_new(cpu, (size_t)b, json_real(
				(double)(n - sqlite3_column_int64(st, 2)) / (double)n));
	}
	sqlite3_finalize(st);

	if (!(st = prep(x, "SELECT start_us / ?2, sum(duration_us), sum(poll_idle_us),"
		" max(duration_us - poll_idle_us), count(*) FROM loop_iterations"
		" WHERE run_id = ?1 GROUP BY 1")))
		goto sql;
	sqlite3_bind_int64(st, 1, run);
	sqlite3_bind_int64(st, 2, w);
	while (sqlite3_step(st) == SQLITE_ROW) {
		int64_t b = sqlite3_column_int64(st, 0), d = sqlite3_column_int64(st, 1);
		if (b < 0 || b >= buckets)
			continue;
		if (d > 0)
			json_array_set_new(elu, (size_t)b, json_real(
				1.0 - (double)sqlite3_column_int64(st, 2) / (double)d));
		json_array_set_new(delay, (size_t)b, json_integer(sqlite3_column_int64(st, 3)));
		json_array_set_new(iters, (size_t)b, json_integer(sqlite3_column_int64(st, 4)));
	}
	sqlite3_finalize(st);

	/* GCs: every one, or per bucket when there are many */
	if (!(st = prep(x, "SELECT count(*) FROM gc_events WHERE run_id = ?1")))
		goto sql;
	sqlite3_bind_int64(st, 1, run);
	ngc = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_finalize(st);
	st = prep(x, ngc > 4 * buckets ?
		"SELECT min(t_us), sum(duration_us), max(bytes_before), min(bytes_after), count(*)"
		" FROM gc_events WHERE run_id = ?1 GROUP BY t_us / ?2 ORDER BY 1" :
		"SELECT t_us, duration_us, bytes_before, bytes_after, 1 FROM gc_events"
		" WHERE run_id = ?1 AND ?2 > 0 ORDER BY seq");
	if (!st)
		goto sql;
	sqlite3_bind_int64(st, 1, run);
	sqlite3_bind_int64(st, 2, w);
	{
		json_t *gt = json_array(), *gd = json_array(), *gb = json_array(), *ga = json_array(),
			*gn = json_array();
		while (sqlite3_step(st) == SQLITE_ROW) {
			json_array_append_new(gt, json_integer(sqlite3_column_int64(st, 0)));
			json_array_append_new(gd, json_integer(sqlite3_column_int64(st, 1)));
			json_array_append_new(gb, json_integer(sqlite3_column_int64(st, 2)));
			json_array_append_new(ga, json_integer(sqlite3_column_int64(st, 3)));
			json_array_append_new(gn, json_integer(sqlite3_column_int64(st, 4)));
		}
		gc = json_pack("{s:I, s:o, s:o, s:o, s:o, s:o}", "count", (json_int_t)ngc,
			"t_us", gt, "duration_us", gd, "before", gb, "after", ga, "collections", gn);
		json_object_set_new(o, "gc", gc);
	}
	sqlite3_finalize(st);

	if (!(st = prep(x, "SELECT id, t_us, heap_used, label, trigger, node_count"
		" FROM snapshots WHERE run_id = ?1 AND state = 1 ORDER BY id")))
		goto sql;
	sqlite3_bind_int64(st, 1, run);
	snaps = json_array();
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *label = (const char *)sqlite3_column_text(st, 3);
		const char *trig = (const char *)sqlite3_column_text(st, 4);
		json_array_append_new(snaps, json_pack("{s:I, s:I, s:I, s:s?, s:s, s:I}",
			"id", (json_int_t)sqlite3_column_int64(st, 0),
			"t_us", (json_int_t)sqlite3_column_int64(st, 1),
			"heap_used", (json_int_t)sqlite3_column_int64(st, 2),
			"label", label, "trigger", trig ? trig : "",
			"nodes", (json_int_t)sqlite3_column_int64(st, 5)));
	}
	sqlite3_finalize(st);
	json_object_set_new(o, "snapshots", snaps);
	*out = o;
	return 200;
sql:
	json_decref(o);
	return ui__fail(msg, 500, "a query failed: %s", sqlite3_errmsg(an_sqlite(x->db)));
}

/* Iterations of run ?1 starting in [?2, ?3), from only the loop_batches that can hold
 * them (schema version 5): the loop_iterations view cannot push a time range down to its
 * batches, so a zoomed window read through it unpacked the whole run. A batch's start_us
 * is its first iteration's, and batches follow each other in time. */
static const char WINDOW_FROM[] =
	" FROM loop_batches AS b, json_each(b.iterations) AS i"
	" WHERE b.run_id = ?1 AND b.start_us < ?3 AND b.first_n >= coalesce((SELECT"
	" max(first_n) FROM loop_batches WHERE run_id = ?1 AND start_us <= ?2), 0))"
	" WHERE start_us >= ?2 AND start_us < ?3";

/* Prepares head + " FROM (" the window's iterations ")" + tail; elements are addressed
 * by storage/loopbatch.h. */
static sqlite3_stmt *prep_window(ui_ctx *x, const char *head, const char *tail)
{
	static const char *const us[STORE_PHASE__COUNT] = { NULL, "timers_us", "pending_us",
		"idle_us", "prepare_us", "poll_us", "check_us", "close_us" };
	char sql[2048];
	size_t len;
	int p;
	len = (size_t)snprintf(sql, sizeof sql, "%s FROM (SELECT b.first_n + i.key AS n,"
		" b.start_us + (i.value ->> %d) AS start_us, i.value ->> %d AS duration_us,"
		" i.value ->> %d AS poll_idle_us", head, STORE_LOOP_START, STORE_LOOP_DURATION,
		STORE_LOOP_POLL_IDLE);
	for (p = STORE_PHASE_TIMERS; p < STORE_PHASE__COUNT; p++)
		len += (size_t)snprintf(sql + len, sizeof sql - len, ", i.value ->> %d AS %s",
			store_loop_elem(p, STORE_LOOP_US), us[p]);
	if (len + sizeof WINDOW_FROM + strlen(tail) >= sizeof sql)
		return NULL;
	snprintf(sql + len, sizeof sql - len, "%s%s", WINDOW_FROM, tail);
	return prep(x, sql);
}

int ui__iterations(ui_ctx *x, int64_t run, const char *q, json_t **out, char *msg)
{
	int64_t from, to, max, count, w = 0;
	json_t *o, *cols[10], *slow;
	sqlite3_stmt *st;
	int i;

	if (ui__qint(q, "from", 0, 0, INT64_MAX / 4, &from, msg) ||
	    ui__qint(q, "to", INT64_MAX / 4, 0, INT64_MAX / 4, &to, msg) ||
	    ui__qint(q, "max", 1500, 10, 20000, &max, msg))
		return 400;
	if (to <= from)
		return ui__fail(msg, 400, "to must be after from");
	if (!(st = prep_window(x, "SELECT count(*), min(start_us), max(start_us + duration_us)",
		"")))
		goto sql;
	sqlite3_bind_int64(st, 1, run);
	sqlite3_bind_int64(st, 2, from);
	sqlite3_bind_int64(st, 3, to);
	sqlite3_step(st);
	count = sqlite3_column_int64(st, 0);
	if (count > max) {
		int64_t lo = sqlite3_column_int64(st, 1), hi = sqlite3_column_int64(st, 2);
		w = (hi - lo) / max + 1;
	}
	sqlite3_finalize(st);

	/* columns: t, the seven phases (poll without its idle time), poll idle, max */
	for (i = 0; i < 10; i++)
		cols[i] = json_array();
	st = w ? prep_window(x,
		"SELECT min(start_us),"
		" avg(coalesce(timers_us, 0)), avg(coalesce(pending_us, 0)),"
		" avg(coalesce(idle_us, 0)), avg(coalesce(prepare_us, 0)),"
		" avg(coalesce(poll_us, 0) - poll_idle_us), avg(coalesce(check_us, 0)),"
		" avg(coalesce(close_us, 0)), avg(poll_idle_us), max(duration_us), count(*)",
		" GROUP BY start_us / ?4 ORDER BY 1") : prep_window(x,
		"SELECT start_us, coalesce(timers_us, 0), coalesce(pending_us, 0),"
		" coalesce(idle_us, 0), coalesce(prepare_us, 0), coalesce(poll_us, 0) - poll_idle_us,"
		" coalesce(check_us, 0), coalesce(close_us, 0), poll_idle_us, duration_us, n",
		" AND ?4 = 0 ORDER BY n");
	if (!st) {
		for (i = 0; i < 10; i++)
			json_decref(cols[i]);
		goto sql;
	}
	sqlite3_bind_int64(st, 1, run);
	sqlite3_bind_int64(st, 2, from);
	sqlite3_bind_int64(st, 3, to);
	sqlite3_bind_int64(st, 4, w);
	{
		json_t *ns = json_array();
		while (sqlite3_step(st) == SQLITE_ROW) {
			json_array_append_new(cols[0], json_integer(sqlite3_column_int64(st, 0)));
			for (i = 1; i < 10; i++)
				json_array_append_new(cols[i], json_integer(
					(json_int_t)llround(sqlite3_column_double(st, i))));
			json_array_append_new(ns, json_integer(sqlite3_column_int64(st, 10)));
		}
		sqlite3_finalize(st);
		o = json_pack("{s:I, s:I, s:I, s:I, s:o, s:o}", "run", (json_int_t)run,
			"iterations", (json_int_t)count, "bucket_us", (json_int_t)w,
			"max", (json_int_t)max, "t_us", cols[0],
			w ? "per_bucket" : "n", ns);
	}
	for (i = 0; i < 7; i++)
		json_object_set_new(o, PHASES[i], cols[i + 1]);
	json_object_set_new(o, "poll_idle", cols[8]);
	json_object_set_new(o, "duration", cols[9]);
	json_object_set_new(o, "aggregated", json_boolean(w != 0));

	if (!(st = prep(x, "SELECT s.t_us, s.duration_us, p.name, coalesce(k.name, '')"
		" FROM slow_callbacks s JOIN phases p ON p.id = s.phase"
		" LEFT JOIN callback_kinds k ON k.id = s.cb_kind"
		" WHERE s.run_id = ?1 AND s.t_us >= ?2 AND s.t_us < ?3"
		" ORDER BY s.duration_us DESC LIMIT 500"))) {
		json_decref(o);
		goto sql;
	}
	sqlite3_bind_int64(st, 1, run);
	sqlite3_bind_int64(st, 2, from);
	sqlite3_bind_int64(st, 3, to);
	slow = json_array();
	while (sqlite3_step(st) == SQLITE_ROW)
		json_array_append_new(slow, json_pack("{s:I, s:I, s:s, s:s}",
			"t_us", (json_int_t)sqlite3_column_int64(st, 0),
			"duration_us", (json_int_t)sqlite3_column_int64(st, 1),
			"phase", (const char *)sqlite3_column_text(st, 2),
			"kind", (const char *)sqlite3_column_text(st, 3)));
	sqlite3_finalize(st);
	json_object_set_new(o, "slow", slow);
	*out = o;
	return 200;
sql:
	return ui__fail(msg, 500, "a query failed: %s", sqlite3_errmsg(an_sqlite(x->db)));
}
