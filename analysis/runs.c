/* runs.c — the runs of a recording: the `runs` row of each, plus how much each recorded
 * and how far its events reach (the length of a run that died before closing).
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "internal.h"
#include "loopbatch.h"

#define STR_(x) #x
#define STR(x) STR_(x)

/* Loop iterations are counted and the last one found in their batches (schema version
 * 5, storage/loopbatch.h): the loop_iterations view would unpack every one of them. */
static const char runs_sql[] =
	"SELECT id, pid, ppid, argv, cwd, started_at, ended_at, duration_us, exit_code,"
	" leakscope_version, mujs_version, libuv_version, sqlite_version,"
	" sample_interval_us, dropped,"
	" (SELECT count(*) FROM samples WHERE run_id = r.id),"
	" (SELECT coalesce(sum(count), 0) FROM loop_batches WHERE run_id = r.id),"
	" (SELECT count(*) FROM slow_callbacks WHERE run_id = r.id),"
	" (SELECT count(*) FROM listener_events WHERE run_id = r.id),"
	" (SELECT count(*) FROM gc_events WHERE run_id = r.id),"
	" (SELECT count(*) FROM alloc_sites WHERE run_id = r.id),"
	" (SELECT count(*) FROM alloc_samples WHERE run_id = r.id),"
	" max(coalesce((SELECT t_us FROM samples WHERE run_id = r.id"
	"   ORDER BY seq DESC LIMIT 1), 0),"
	"  coalesce((SELECT start_us + (iterations -> (count - 1) ->> " STR(STORE_LOOP_START) ")"
	"   + (iterations -> (count - 1) ->> " STR(STORE_LOOP_DURATION) ")"
	"   FROM loop_batches WHERE run_id = r.id"
	"   ORDER BY first_n DESC LIMIT 1), 0),"
	"  coalesce((SELECT t_us + duration_us FROM slow_callbacks WHERE run_id = r.id"
	"   ORDER BY seq DESC LIMIT 1), 0),"
	"  coalesce((SELECT t_us FROM listener_events WHERE run_id = r.id"
	"   ORDER BY seq DESC LIMIT 1), 0),"
	"  coalesce((SELECT t_us + duration_us FROM gc_events WHERE run_id = r.id"
	"   ORDER BY seq DESC LIMIT 1), 0),"
	"  coalesce((SELECT max(updated_us) FROM alloc_sites WHERE run_id = r.id), 0)),"
	" parent_run_id, thread_id, kind"
	" FROM runs AS r";

static char *dup_col(sqlite3_stmt *st, int col)
{
	const char *t = (const char *)sqlite3_column_text(st, col);
	return t ? strdup(t) : NULL;
}

static int64_t col_int(sqlite3_stmt *st, int col, int64_t null)
{
	return sqlite3_column_type(st, col) == SQLITE_NULL ? null : sqlite3_column_int64(st, col);
}

static int read_argv(an_run *r, const char *text)
{
	json_t *a = text ? json_loads(text, 0, NULL) : NULL;
	size_t i, n;
	if (!json_is_array(a)) {
		json_decref(a);
		return 0;	/* not what the schema says: show no command line */
	}
	n = json_array_size(a);
	r->argv = calloc(n + 1, sizeof *r->argv);
	if (!r->argv) {
		json_decref(a);
		return AN_ENOMEM;
	}
	for (i = 0; i < n; i++) {
		const char *s = json_string_value(json_array_get(a, i));
		r->argv[r->argc] = strdup(s ? s : "");
		if (!r->argv[r->argc]) {
			json_decref(a);
			return AN_ENOMEM;
		}
		r->argc++;
	}
	json_decref(a);
	return 0;
}

static int read_row(sqlite3_stmt *st, an_run *r)
{
	memset(r, 0, sizeof *r);
	r->id = sqlite3_column_int64(st, 0);
	r->pid = sqlite3_column_int(st, 1);
	r->ppid = (int)col_int(st, 2, 0);
	r->cwd = dup_col(st, 4);
	r->started_at = sqlite3_column_int64(st, 5);
	r->ended_at = col_int(st, 6, 0);
	r->duration_us = col_int(st, 7, -1);
	r->has_exit_code = sqlite3_column_type(st, 8) != SQLITE_NULL;
	r->exit_code = sqlite3_column_int(st, 8);
	r->leakscope_version = dup_col(st, 9);
	r->mujs_version = dup_col(st, 10);
	r->libuv_version = dup_col(st, 11);
	r->sqlite_version = dup_col(st, 12);
	r->sample_interval_us = col_int(st, 13, 0);
	r->dropped = sqlite3_column_int64(st, 14);
	r->samples = sqlite3_column_int64(st, 15);
	r->iterations = sqlite3_column_int64(st, 16);
	r->slow_callbacks = sqlite3_column_int64(st, 17);
	r->listener_events = sqlite3_column_int64(st, 18);
	r->gc_events = sqlite3_column_int64(st, 19);
	r->alloc_sites = sqlite3_column_int64(st, 20);
	r->alloc_samples = sqlite3_column_int64(st, 21);
	r->last_us = sqlite3_column_int64(st, 22);
	r->parent_run_id = col_int(st, 23, 0);
	r->thread_id = (int)col_int(st, 24, 0);
	r->kind = dup_col(st, 25);
	return read_argv(r, (const char *)sqlite3_column_text(st, 3));
}

static int query_runs(an_db *db, const char *where, int64_t id, an_run **out, size_t *n)
{
	char sql[sizeof runs_sql + 64];
	sqlite3_stmt *st;
	an_run *v = NULL;
	size_t cap = 0;
	int rc, err = 0;
	*out = NULL;
	*n = 0;
	snprintf(sql, sizeof sql, "%s%s ORDER BY id", runs_sql, where);
	st = an__prepare(db, sql, id);
	if (!st)
		return AN_ESQL;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (an__grow(&v, &cap, *n + 1, sizeof *v)) {
			err = AN_ENOMEM;
			break;
		}
		err = read_row(st, &v[(*n)++]);
		if (err)
			break;
	}
	sqlite3_finalize(st);
	if (!err && rc != SQLITE_DONE)
		err = AN_ESQL;
	if (err) {
		an_runs_free(v, *n);
		*n = 0;
		return err;
	}
	*out = v;
	return 0;
}

int an_runs(an_db *db, an_run **out, size_t *n)
{
	return query_runs(db, "", -1, out, n);
}

int an_run_get(an_db *db, int64_t id, an_run *out)
{
	an_run *v;
	size_t n;
	int err = query_runs(db, " WHERE id = ?1", id, &v, &n);
	memset(out, 0, sizeof *out);
	if (err)
		return err;
	if (!n) {
		free(v);
		return AN_ENORUN;
	}
	*out = v[0];
	free(v);
	return 0;
}

void an_run_free(an_run *r)
{
	int i;
	if (!r)
		return;
	for (i = 0; i < r->argc; i++)
		free(r->argv[i]);
	free(r->argv);
	free(r->cwd);
	free(r->leakscope_version);
	free(r->mujs_version);
	free(r->libuv_version);
	free(r->sqlite_version);
	free(r->kind);
	memset(r, 0, sizeof *r);
}

void an_runs_free(an_run *v, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		an_run_free(&v[i]);
	free(v);
}

static json_t *opt_str(const char *s)
{
	return s ? an__jstr(s) : json_null();
}

/* RFC 3339 in UTC with microseconds, from µs since the epoch. */
static json_t *iso_time(int64_t us)
{
	char buf[64];
	struct tm tm;
	time_t t = (time_t)(us / 1000000);
	if (!gmtime_r(&t, &tm))
		return json_null();
	strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(buf + strlen(buf), sizeof buf - strlen(buf), ".%06dZ", (int)(us % 1000000));
	return json_string(buf);
}

json_t *an_run_json(const an_run *r)
{
	json_t *o = json_object(), *argv = json_array();
	int i;
	for (i = 0; i < r->argc; i++)
		json_array_append_new(argv, an__jstr(r->argv[i]));
	json_object_set_new(o, "id", json_integer(r->id));
	json_object_set_new(o, "pid", json_integer(r->pid));
	json_object_set_new(o, "ppid", json_integer(r->ppid));
	json_object_set_new(o, "kind", opt_str(r->kind));
	json_object_set_new(o, "thread_id", json_integer(r->thread_id));
	json_object_set_new(o, "parent_run_id",
		r->parent_run_id ? json_integer(r->parent_run_id) : json_null());
	json_object_set_new(o, "argv", argv);
	json_object_set_new(o, "cwd", opt_str(r->cwd));
	json_object_set_new(o, "started_at", json_integer(r->started_at));
	json_object_set_new(o, "started", iso_time(r->started_at));
	json_object_set_new(o, "ended_at", r->ended_at ? json_integer(r->ended_at) : json_null());
	json_object_set_new(o, "duration_us",
		r->duration_us >= 0 ? json_integer(r->duration_us) : json_null());
	json_object_set_new(o, "complete", json_boolean(r->ended_at != 0));
	json_object_set_new(o, "exit_code",
		r->has_exit_code ? json_integer(r->exit_code) : json_null());
	json_object_set_new(o, "last_event_us", json_integer(r->last_us));
	json_object_set_new(o, "leakscope_version", opt_str(r->leakscope_version));
	json_object_set_new(o, "mujs_version", opt_str(r->mujs_version));
	json_object_set_new(o, "libuv_version", opt_str(r->libuv_version));
	json_object_set_new(o, "sqlite_version", opt_str(r->sqlite_version));
	json_object_set_new(o, "sample_interval_us", json_integer(r->sample_interval_us));
	json_object_set_new(o, "dropped", json_integer(r->dropped));
	json_object_set_new(o, "samples", json_integer(r->samples));
	json_object_set_new(o, "iterations", json_integer(r->iterations));
	json_object_set_new(o, "slow_callbacks", json_integer(r->slow_callbacks));
	json_object_set_new(o, "listener_events", json_integer(r->listener_events));
	json_object_set_new(o, "gc_events", json_integer(r->gc_events));
	json_object_set_new(o, "alloc_sites", json_integer(r->alloc_sites));
	json_object_set_new(o, "alloc_samples", json_integer(r->alloc_samples));
	return o;
}

json_t *an_runs_json(const an_run *v, size_t n)
{
	json_t *o = json_object(), *a = json_array();
	size_t i;
	for (i = 0; i < n; i++)
		json_array_append_new(a, an_run_json(&v[i]));
	json_object_set_new(o, "command", json_string("runs"));
	json_object_set_new(o, "version", json_integer(1));
	json_object_set_new(o, "runs", a);
	return o;
}
