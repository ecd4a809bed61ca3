/* api.c — the read-only JSON API of `leakscope ui` over one recording:
 *
 *   GET /api/info                         the file, whether the front end was built
 *   GET /api/runs                         every run (analysis/JSON.md's runs form)
 *   GET /api/runs/R                       one run; R is an id or "latest"
 *   GET /api/runs/R/series?buckets=N      CPU, utilization, delay, heap over time
 *   GET /api/runs/R/iterations?from=&to=&max=   loop iterations' phases (bucketed)
 *   GET /api/runs/R/loop                  `leakscope loop --json` (50 slow callbacks)
 *   GET /api/runs/R/top?limit=N           `leakscope top --json`
 *   GET /api/runs/R/flame?phase=P&inverted=1    the calling-context tree
 *   GET /api/runs/R/source?frame=ID|file=F   a recorded script's lines and samples
 *   GET /api/runs/R/allocs?limit=N        `leakscope allocs --json`
 *   GET /api/runs/R/listeners?buckets=N   `leakscope listeners --json`
 *   GET /api/runs/R/snapshots             the run's heap snapshots
 *   GET /api/runs/R/diff?ids=A,B,C        `leakscope diff --json`: the leak suspects
 *   GET /api/runs/R/gate?limit=N          the CI gate's verdicts (gate_results), newest first
 *   GET /api/compare?ids=A,B,C            snapshots compared: classes and growth
 *   GET /api/retainers?snap=S&node=ID     why a node is alive
 *
 * Everything is read through analysis/ and parameterized SQL. Unknown paths are 404, bad
 * parameters 400, both {"error": "...", "status": N}. The database is opened once; every
 * query sees what the recorder had committed when it began (WAL), so a reload shows new
 * data.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "internal.h"

int ui__fail(char *msg, int status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, UI_MSG, fmt, ap);
	va_end(ap);
	return status;
}

int ui__an_fail(char *msg, int err)
{
	return ui__fail(msg, err == AN_ENORUN || err == AN_ENORUNS ? 404 : 500, "%s",
		an_strerror(err));
}

int ui__qint(const char *query, const char *name, int64_t dflt, int64_t min, int64_t max,
	int64_t *out, char *msg)
{
	char buf[32], *end;
	const char *v = ui_query(query, name, buf, sizeof buf);
	long long n;
	if (!v) {
		*out = dflt;
		return 0;
	}
	n = strtoll(v, &end, 10);
	if (!*v || *end || n < min || n > max) {
		ui__fail(msg, 400, "%s: needs a whole number from %lld to %lld", name,
			(long long)min, (long long)max);
		return -1;
	}
	*out = n;
	return 0;
}

int ui__ids(const char *query, int64_t *ids, int max, int *n, char *msg)
{
	char buf[512], *p, *end;
	int k;
	*n = 0;
	if (!ui_query(query, "ids", buf, sizeof buf))
		return 0;
	if (!buf[0])
		return ui__fail(msg, 400, "ids: snapshot ids separated by commas");
	for (p = buf; *p; p = *end ? end + 1 : end) {
		long long id = strtoll(p, &end, 10);
		if (end == p || id <= 0 || (*end && *end != ','))
			return ui__fail(msg, 400, "ids: not a list of snapshot ids");
		if (*n == max)
			return ui__fail(msg, 400, "ids: at most %d snapshots", max);
		for (k = 0; k < *n; k++)
			if (ids[k] == id)
				return ui__fail(msg, 400, "ids: snapshot %lld given twice", id);
		ids[(*n)++] = id;
	}
	return 0;
}

static int ep_run(ui_ctx *x, int64_t run, const char *q, json_t **out, char *msg)
{
	an_run r;
	int err = an_run_get(x->db, run, &r);
	if (err)
		return ui__an_fail(msg, err);
	*out = json_pack("{s:o}", "run", an_run_json(&r));
	an_run_free(&r);
	return 200;
}

static int ep_top(ui_ctx *x, int64_t run, const char *q, json_t **out, char *msg)
{
	an_top t;
	int64_t limit;
	int err;
	if (ui__qint(q, "limit", 300, 0, 100000, &limit, msg))
		return 400;
	if ((err = an_top_read(x->db, run, AN_BY_SELF, &t)))
		return ui__an_fail(msg, err);
	*out = an_top_json(&t, (size_t)limit);
	an_top_free(&t);
	return 200;
}

static int ep_loop(ui_ctx *x, int64_t run, const char *q, json_t **out, char *msg)
{
	an_loop l;
	int64_t limit;
	int err;
	if (ui__qint(q, "limit", 50, 0, 10000, &limit, msg))
		return 400;
	if ((err = an_loop_read(x->db, run, 10000, (size_t)limit, &l)))
		return ui__an_fail(msg, err);
	*out = an_loop_json(&l);
	an_loop_free(&l);
	return 200;
}

static int ep_allocs(ui_ctx *x, int64_t run, const char *q, json_t **out, char *msg)
{
	an_allocs a;
	int64_t limit;
	int err;
	if (ui__qint(q, "limit", 100, 0, 100000, &limit, msg))
		return 400;
	if ((err = an_allocs_read(x->db, run, &a)))
		return ui__an_fail(msg, err);
	*out = an_allocs_json(&a, (size_t)limit);
	an_allocs_free(&a);
	return 200;
}

static int ep_listeners(ui_ctx *x, int64_t run, const char *q, json_t **out, char *msg)
{
	an_listeners l;
	int64_t buckets, limit;
	int err;
	if (ui__qint(q, "buckets", 40, 1, 1000, &buckets, msg) ||
	    ui__qint(q, "limit", 100, 0, 100000, &limit, msg))
		return 400;
	if ((err = an_listeners_read(x->db, run, (int)buckets, 0, &l)))
		return ui__an_fail(msg, err);
	*out = an_listeners_json(&l, (size_t)limit);
	an_listeners_free(&l);
	return 200;
}

/* The CI gate's verdicts on run R, newest first (at most `limit`, default 20), from
 * gate_results (storage/schema.sql, version 4; empty for a file of an older version):
 * {run, ran, results: [{id, at_us, passed, failing, suspects, max_leak_bytes,
 * max_leaks, snapshots, report}]}, report being the gate's JSON report. */
static int ep_gate(ui_ctx *x, int64_t run, const char *q, json_t **out, char *msg)
{
	sqlite3_stmt *st;
	json_t *arr;
	int64_t limit;
	int rc;
	if (ui__qint(q, "limit", 20, 1, 1000, &limit, msg))
		return 400;
	if (sqlite3_prepare_v2(an_sqlite(x->db), "SELECT id, at_us, passed, failing, suspects,"
		" max_leak_bytes, max_leaks, snapshots, report FROM gate_results WHERE run_id = ?1"
		" ORDER BY id DESC LIMIT ?2", -1, &st, NULL) != SQLITE_OK)
		return ui__fail(msg, 500, "cannot read gate_results");
	sqlite3_bind_int64(st, 1, run);
	sqlite3_bind_int64(st, 2, limit);
	arr = json_array();
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		json_t *snaps = json_loads((const char *)sqlite3_column_text(st, 7), 0, NULL);
		json_t *report = json_loads((const char *)sqlite3_column_text(st, 8), 0, NULL);
		json_array_append_new(arr, json_pack("{s:I, s:I, s:b, s:I, s:I, s:I, s:I, s:o, s:o}",
			"id", (json_int_t)sqlite3_column_int64(st, 0),
			"at_us", (json_int_t)sqlite3_column_int64(st, 1),
			"passed", sqlite3_column_int(st, 2) != 0,
			"failing", (json_int_t)sqlite3_column_int64(st, 3),
			"suspects", (json_int_t)sqlite3_column_int64(st, 4),
			"max_leak_bytes", (json_int_t)sqlite3_column_int64(st, 5),
			"max_leaks", (json_int_t)sqlite3_column_int64(st, 6),
			"snapshots", snaps ? snaps : json_null(),
			"report", report ? report : json_null()));
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		json_decref(arr);
		return ui__fail(msg, 500, "cannot read gate_results");
	}
	*out = json_pack("{s:I, s:b, s:o}", "run", (json_int_t)run, "ran",
		json_array_size(arr) > 0, "results", arr);
	return 200;
}

static const struct route {
	const char *name;
	ui_endpoint fn;
} run_routes[] = {
	{ "", ep_run },
	{ "series", ui__series },
	{ "iterations", ui__iterations },
	{ "loop", ep_loop },
	{ "top", ep_top },
	{ "flame", ui__flame },
	{ "source", ui__source },
	{ "allocs", ep_allocs },
	{ "listeners", ep_listeners },
	{ "snapshots", ui__snapshots },
	{ "diff", ui__diff },
	{ "gate", ep_gate },
};

static int route(ui_ctx *x, const char *path, const char *q, json_t **out, char *msg)
{
	const char *rest;
	char *end;
	int64_t run = 0;
	size_t i, n;
	int err;

	if (!strcmp(path, "/api/info")) {
		*out = json_pack("{s:s, s:b}", "db", x->db_path, "ui_built", ui__assets_built());
		return 200;
	}
	if (!strcmp(path, "/api/runs") || !strcmp(path, "/api/runs/")) {
		an_run *v;
		if ((err = an_runs(x->db, &v, &n)))
			return ui__an_fail(msg, err);
		*out = an_runs_json(v, n);
		an_runs_free(v, n);
		return 200;
	}
	if (!strcmp(path, "/api/compare"))
		return ui__compare(x, 0, q, out, msg);
	if (!strcmp(path, "/api/retainers"))
		return ui__retainers(x, 0, q, out, msg);
	if (!strcmp(path, "/api/snapshots"))
		return ui__snapshots(x, 0, q, out, msg);
	if (strncmp(path, "/api/runs/", 10))
		return ui__fail(msg, 404, "no such endpoint: %.100s", path);
	rest = path + 10;
	if (!strncmp(rest, "latest", 6) && (rest[6] == '/' || !rest[6])) {
		rest += 6;
	} else {
		long long id = strtoll(rest, &end, 10);
		if (end == rest || id <= 0 || (*end && *end != '/'))
			return ui__fail(msg, 400, "not a run id: %.40s (a number or latest)", rest);
		run = id;
		rest = end;
	}
	if ((err = an_run_pick(x->db, run, &run)))
		return ui__an_fail(msg, err);
	if (*rest == '/')
		rest++;
	for (i = 0; i < sizeof run_routes / sizeof *run_routes; i++)
		if (!strcmp(rest, run_routes[i].name))
			return run_routes[i].fn(x, run, q, out, msg);
	return ui__fail(msg, 404, "no such endpoint: %.100s", path);
}

void ui__api(ui_shared *sh, const ui_req *req, ui_resp *resp)
{
	char msg[UI_MSG] = "";
	json_t *out = NULL;
	ui_ctx x = { NULL, sh->db_path, sh };
	int status, err;
	if ((err = ui__db_take(sh, &x.db))) {
		status = ui__an_fail(msg, err);
	} else {
		status = route(&x, req->path, req->query, &out, msg);
		ui__db_give(sh, x.db);
	}
	if (status == 200 && !out)
		status = ui__fail(msg, 500, "out of memory");
	if (status != 200) {
		json_decref(out);
		out = json_pack("{s:s, s:i}", "error", msg, "status", status);
	}
	resp->status = status;
	resp->type = "application/json";
	resp->body = out ? json_dumps(out, JSON_COMPACT | JSON_REAL_PRECISION(8)) : NULL;
	resp->len = resp->body ? strlen(resp->body) : 0;
	resp->owned = 1;
	json_decref(out);
}
