/* fixture.c — recordings with known contents for the read-command tests, written
 * through the storage API (no profiler involved), and the totals of a recording by
 * plain SQL for checking the exports with an independent reader.
 *
 *   read-fixture make DB          two runs; every value is listed below and the expected
 *                                 outputs in this folder were worked out by hand from it
 *   read-fixture empty DB         a leakscope database without runs
 *   read-fixture busy DB          one run of 50,000 loop iterations of 1 ms each (timers
 *                                 0.2 ms, then 0.8 ms waiting in poll), from 10 ms on
 *   read-fixture deep DB          one run, two samples in a recursion: main > rec x 1200
 *                                 (rec at lines 3 and 4 in turn, innermost at 4) and
 *                                 main > rec x 3 (innermost at 3)
 *   read-fixture v1 DB            make's recording as a version-1 file: the tables and the
 *                                 index that schema step 2 (heap snapshots) adds dropped,
 *                                 user_version 1 (what a leakscope before issue 5 wrote)
 *   read-fixture totals DB [RUN]  JSON: sample count, last sample time, self samples per
 *                                 function, sizes of the sampled allocations (live, all)
 *                                 of RUN (default: the latest), straight from the tables
 *
 * Run 1 ("old.js", pid 1001) died: no end; 3 samples in the main script.
 * Run 2 ("server.js --port 8080", pid 1002, 2 s, exit 0), sampling every 1 ms:
 *   frames (server.js unless said): main "" :30 (fn 1), handle :12/:13 (fn 10),
 *   parse :21 (fn 20), walk :5/:6 (fn 4), onConnection :40 (fn 38),
 *   Array.prototype.join (native), processTimers node:internal/timers:346 (fn 334)
 *   24 samples (stack: outermost first):
 *     none    main                  x2
 *     none    main>handle12>parse   x3
 *     timers  processTimers>walk6>walk5>walk5  x4   (recursion: walk once in total)
 *     timers  processTimers>walk6   x1
 *     poll    main>handle12         x2
 *     poll    main>handle12>parse   x2
 *     poll    main>handle13>join    x1
 *     poll    idle                  x6
 *     check   main>handle13         x1
 *     poll    gc (stack main>handle12)  x1
 *     none    program               x1
 *   loop: 3 iterations (see make_loop), 2 GCs, 3 slow callbacks
 *   listeners: Server#77 connection +1 every 100 ms to 10 (monotonic); Socket#78 data
 *   added/removed twice; Socket#79 error up to 4 with one removal (rising); #80 end
 *   once, no site
 *   allocation sites: parse 10 x 1000 B live; handle:12 100 x 64 B, 90 freed; walk:5
 *   one 4096 B; main 5 x 20 B all freed; 4 sampled allocations (one freed)
 */
#include <jansson.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "storage.h"

static void die(const char *what, int err)
{
	fprintf(stderr, "read-fixture: %s: %s\n", what, store_strerror(err));
	exit(1);
}

static store *open_run(const char *path, const char *script, const char *arg1,
	const char *arg2, int pid)
{
	char *argv[] = { "leakscope", "run", "--record", "app.db", (char *)script,
		(char *)arg1, (char *)arg2 };
	store_run_info r = {
		.pid = pid, .ppid = 1, .argc = arg1 ? 7 : 5, .argv = argv, .cwd = "/srv/app",
		.leakscope_version = "0.1.0", .mujs_version = "1.3.6",
		.libuv_version = "1.44.2", .sample_interval_us = 1000,
	};
	store *s;
	int err = store_open(&s, path, &r, NULL);
	if (err)
		die(path, err);
	return s;
}

static store_id js(store *s, const char *name, const char *file, int line, int fn_line)
{
	store_frame f = { .kind = STORE_FRAME_JS, .name = name, .file = file, .line = line,
		.fn_line = fn_line };
	return store_intern_frame(s, &f);
}

#define APP "/srv/app/server.js"

static store_id stack(store *s, int n, ...)
{
	store_id f[16];
	va_list ap;
	int i;
	va_start(ap, n);
	for (i = 0; i < n; i++)
		f[i] = va_arg(ap, store_id);
	va_end(ap);
	return store_intern_frames(s, f, n);
}

static int64_t t_next;	/* samples 1 ms apart from 1.5 ms on */

static void samples(store *s, int n, store_id st, int phase, int cb, int state)
{
	while (n-- > 0) {
		store_sample(s, t_next, st, 0, phase, cb, state);
		t_next += 1000;
	}
}

static void phase(store_iteration *it, int p, int64_t at, int64_t dur, uint32_t cbs)
{
	it->phase[p].start_us = it->start_us + at;
	it->phase[p].duration_us = dur;
	it->phase[p].callbacks = cbs;
}

/* Three iterations, the loop starting 10 ms into the run:
 *   1: [10, 110 ms): timers 1 ms (1 cb), poll 98 ms all waiting, check 1 ms (1 cb)
 *   2: [110, 165 ms): timers 52 ms (2 cbs), poll 3 ms waiting
 *   3: [165, 186 ms): pending 0.5 ms (1 cb), poll 20.5 ms (0.5 waiting, 3 cbs),
 *      close 0 (1 cb) */
static void make_loop(store *s)
{
	store_iteration it;
	store_iteration_init(&it, 1, 10000);
	it.duration_us = 100000;
	it.poll_idle_us = 98000;
	phase(&it, STORE_PHASE_TIMERS, 0, 1000, 1);
	phase(&it, STORE_PHASE_PREPARE, 1000, 0, 0);
	phase(&it, STORE_PHASE_POLL, 1000, 98000, 0);
	phase(&it, STORE_PHASE_CHECK, 99000, 1000, 1);
	store_loop_iteration(s, &it);

	store_iteration_init(&it, 2, 110000);
	it.duration_us = 55000;
	it.poll_idle_us = 3000;
	phase(&it, STORE_PHASE_TIMERS, 0, 52000, 2);
	phase(&it, STORE_PHASE_PREPARE, 52000, 0, 0);
	phase(&it, STORE_PHASE_POLL, 52000, 3000, 0);
	store_loop_iteration(s, &it);

	store_iteration_init(&it, 3, 165000);
	it.duration_us = 21000;
	it.poll_idle_us = 500;
	phase(&it, STORE_PHASE_TIMERS, 0, 0, 0);
	phase(&it, STORE_PHASE_PENDING, 0, 500, 1);
	phase(&it, STORE_PHASE_PREPARE, 500, 0, 0);
	phase(&it, STORE_PHASE_POLL, 500, 20500, 3);
	phase(&it, STORE_PHASE_CLOSE, 21000, 0, 1);
	store_loop_iteration(s, &it);
}

static void sql(sqlite3 *db, const char *q)
{
	char *msg = NULL;
	if (sqlite3_exec(db, q, NULL, NULL, &msg) != SQLITE_OK) {
		fprintf(stderr, "read-fixture: %s\n  %s\n", msg, q);
		exit(1);
	}
}

/* Runs q on the closed recording at path: what the store wrote from the clock or the
 * system (start and end times, versions) is set to fixed values, so the expected
 * outputs do not depend on today. */
static void fix(const char *path, const char *q)
{
	sqlite3 *db;
	if (sqlite3_open(path, &db) != SQLITE_OK)
		die(path, STORE_EIO);
	sql(db, q);
	sqlite3_close(db);
}

static void make(const char *path)
{
	store_id f_main, f_h12, f_h13, f_parse, f_walk5, f_walk6, f_join, f_timers, f_conn;
	store_id s_main, s_parse, s_walk, s_walk2, s_h12, s_h13, s_join, s_conn;
	uint64_t a2;
	store *s;
	int i, err;

	unlink(path);
	/* run 1: three samples, then it "dies" (its end is wiped below) */
	s = open_run(path, "old.js", NULL, NULL, 1001);
	f_main = js(s, "", APP, 30, 1);
	s_main = stack(s, 1, f_main);
	store_sample(s, 1000, s_main, 0, STORE_PHASE_NONE, STORE_CB_MAIN, STORE_STATE_RUNNING);
	store_sample(s, 2000, s_main, 0, STORE_PHASE_NONE, STORE_CB_MAIN, STORE_STATE_RUNNING);
	store_sample(s, 3000, s_main, 0, STORE_PHASE_NONE, STORE_CB_MAIN, STORE_STATE_RUNNING);
	if ((err = store_close(s, 0)))
		die("closing run 1", err);

	s = open_run(path, "server.js", "--port", "8080", 1002);
	f_main = js(s, "", APP, 30, 1);
	f_h12 = js(s, "handle", APP, 12, 10);
	f_h13 = js(s, "handle", APP, 13, 10);
	f_parse = js(s, "parse", APP, 21, 20);
	f_walk5 = js(s, "walk", APP, 5, 4);
	f_walk6 = js(s, "walk", APP, 6, 4);
	f_join = js(s, "Array.prototype.join", "native", 0, 0);
	f_timers = js(s, "processTimers", "node:internal/timers", 346, 334);
	f_conn = js(s, "onConnection", APP, 40, 38);
	s_main = stack(s, 1, f_main);
	s_parse = stack(s, 3, f_main, f_h12, f_parse);
	s_walk = stack(s, 4, f_timers, f_walk6, f_walk5, f_walk5);
	s_walk2 = stack(s, 2, f_timers, f_walk6);
	s_h12 = stack(s, 2, f_main, f_h12);
	s_h13 = stack(s, 2, f_main, f_h13);
	s_join = stack(s, 3, f_main, f_h13, f_join);
	s_conn = stack(s, 2, f_main, f_conn);

	t_next = 1500;
	samples(s, 2, s_main, STORE_PHASE_NONE, STORE_CB_MAIN, STORE_STATE_RUNNING);
	samples(s, 3, s_parse, STORE_PHASE_NONE, STORE_CB_MAIN, STORE_STATE_RUNNING);
	samples(s, 4, s_walk, STORE_PHASE_TIMERS, STORE_CB_TIMER, STORE_STATE_RUNNING);
	samples(s, 1, s_walk2, STORE_PHASE_TIMERS, STORE_CB_TIMER, STORE_STATE_RUNNING);
	samples(s, 2, s_h12, STORE_PHASE_POLL, STORE_CB_IO, STORE_STATE_RUNNING);
	samples(s, 2, s_parse, STORE_PHASE_POLL, STORE_CB_IO, STORE_STATE_RUNNING);
	samples(s, 1, s_join, STORE_PHASE_POLL, STORE_CB_IO, STORE_STATE_RUNNING);
	samples(s, 6, 0, STORE_PHASE_POLL, STORE_CB_NONE, STORE_STATE_IDLE);
	samples(s, 1, s_h13, STORE_PHASE_CHECK, STORE_CB_IMMEDIATE, STORE_STATE_RUNNING);
	samples(s, 1, s_h12, STORE_PHASE_POLL, STORE_CB_IO, STORE_STATE_GC);
	samples(s, 1, 0, STORE_PHASE_NONE, STORE_CB_NONE, STORE_STATE_PROGRAM);

	make_loop(s);
	store_gc(s, 50000, 300, 10000, 4000);
	store_gc(s, 120000, 1200, 20000, 9000);
	store_slow_callback(s, 110000, 50000, STORE_PHASE_TIMERS, STORE_CB_TIMER, s_walk);
	store_slow_callback(s, 165500, 20000, STORE_PHASE_POLL, STORE_CB_IO, s_h12);
	store_slow_callback(s, 3000, 12000, STORE_PHASE_NONE, STORE_CB_MAIN, s_parse);

	for (i = 1; i <= 10; i++)
		store_listener(s, 100000 * i, STORE_LISTENER_ADD, 77, "Server", "connection", i,
			f_conn, s_conn);
	store_listener(s, 150000, STORE_LISTENER_ADD, 78, "Socket", "data", 1, f_h12, s_h12);
	store_listener(s, 300000, STORE_LISTENER_REMOVE, 78, "Socket", "data", 0, f_h12, s_h12);
	store_listener(s, 450000, STORE_LISTENER_ADD, 78, "Socket", "data", 1, f_h12, s_h12);
	store_listener(s, 600000, STORE_LISTENER_REMOVE, 78, "Socket", "data", 0, f_h12, s_h12);
	store_listener(s, 200000, STORE_LISTENER_ADD, 79, "Socket", "error", 1, f_h12, s_h12);
	store_listener(s, 400000, STORE_LISTENER_ADD, 79, "Socket", "error", 2, f_h13, s_h13);
	store_listener(s, 500000, STORE_LISTENER_REMOVE, 79, "Socket", "error", 1, f_h13, s_h13);
	store_listener(s, 700000, STORE_LISTENER_ADD, 79, "Socket", "error", 2, f_h12, s_h12);
	store_listener(s, 900000, STORE_LISTENER_ADD, 79, "Socket", "error", 3, f_h12, s_h12);
	store_listener(s, 1100000, STORE_LISTENER_ADD, 79, "Socket", "error", 4, f_h13, s_h13);
	store_listener(s, 1500000, STORE_LISTENER_ADD, 80, NULL, "end", 1, 0, 0);

	for (i = 0; i < 100; i++)
		store_site_alloc(s, f_h12, 64);
	for (i = 0; i < 90; i++)
		store_site_free(s, f_h12, 64);
	for (i = 0; i < 10; i++)
		store_site_alloc(s, f_parse, 1000);
	store_site_alloc(s, f_walk5, 4096);
	for (i = 0; i < 5; i++)
		store_site_alloc(s, f_main, 20);
	for (i = 0; i < 5; i++)
		store_site_free(s, f_main, 20);
	store_site_flush(s, 1500000);
	store_alloc_sample(s, 400000, 1000, f_parse, s_parse);
	a2 = store_alloc_sample(s, 500000, 64, f_h12, s_h12);
	store_alloc_free(s, a2, 600000);
	store_alloc_sample(s, 700000, 4096, f_walk5, s_walk);
	store_alloc_sample(s, 800000, 64, f_h12, s_h12);
	if ((err = store_close(s, 0)))
		die("closing run 2", err);

	fix(path, "UPDATE runs SET started_at = 1700000000000000, ended_at = NULL,"
		" duration_us = NULL, exit_code = NULL, sqlite_version = '3.40.1' WHERE id = 1;"
		"UPDATE runs SET started_at = 1700000100000000, ended_at = 1700000102000000,"
		" duration_us = 2000000, exit_code = 0, sqlite_version = '3.40.1' WHERE id = 2");
}

static void empty(const char *path)
{
	char *argv[] = { "leakscope" };
	store_run_info r = { .pid = 1, .argc = 1, .argv = argv };
	store *s;
	int err;
	unlink(path);
	if ((err = store_open(&s, path, &r, NULL)) || (err = store_close(s, 0)))
		die(path, err);
	fix(path, "DELETE FROM runs");
}

/* A busy loop: enough iterations that a query doing a scan of them per iteration (as
 * the loop-utilization query once did) cannot finish within the test's timeout. */
static void busy(const char *path)
{
	store_iteration it;
	int64_t k;
	store *s;
	int err;
	unlink(path);
	s = open_run(path, "busy.js", NULL, NULL, 1003);
	for (k = 0; k < 50000; k++) {
		store_iteration_init(&it, (uint64_t)k + 1, 10000 + k * 1000);
		it.duration_us = 1000;
		it.poll_idle_us = 800;
		phase(&it, STORE_PHASE_TIMERS, 0, 200, 1);
		phase(&it, STORE_PHASE_POLL, 200, 800, 0);
		store_loop_iteration(s, &it);
	}
	if ((err = store_close(s, 0)))
		die(path, err);
	fix(path, "UPDATE runs SET started_at = 1700000200000000, ended_at = 1700000250010000,"
		" duration_us = 50010000, sqlite_version = '3.40.1'");
}

/* Deeper stacks than the exporter maps in one go (512 frames). */
static void deep(const char *path)
{
	store_id f[1201], main_f, rec3, rec4;
	store *s;
	int i, err;
	unlink(path);
	s = open_run(path, "deep.js", NULL, NULL, 1004);
	main_f = js(s, "", "/srv/app/deep.js", 10, 1);
	rec3 = js(s, "rec", "/srv/app/deep.js", 3, 2);
	rec4 = js(s, "rec", "/srv/app/deep.js", 4, 2);
	f[0] = main_f;
	for (i = 1; i <= 1200; i++)
		f[i] = i % 2 ? rec3 : rec4;
	store_sample(s, 1000, store_intern_frames(s, f, 1201), 0, STORE_PHASE_NONE,
		STORE_CB_MAIN, STORE_STATE_RUNNING);
	store_sample(s, 2000, store_intern_frames(s, f, 4), 0, STORE_PHASE_NONE,
		STORE_CB_MAIN, STORE_STATE_RUNNING);
	if ((err = store_close(s, 0)))
		die(path, err);
	fix(path, "UPDATE runs SET started_at = 1700000300000000, ended_at = 1700000300003000,"
		" duration_us = 3000, sqlite_version = '3.40.1'");
}

/* ---- totals by plain SQL ---- */

static json_t *query(sqlite3 *db, const char *q, long long run)
{
	json_t *rows = json_array();
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, q, -1, &st, NULL) != SQLITE_OK) {
		fprintf(stderr, "read-fixture: %s\n  %s\n", sqlite3_errmsg(db), q);
		exit(1);
	}
	sqlite3_bind_int64(st, 1, run);
	while (sqlite3_step(st) == SQLITE_ROW) {
		json_t *row = json_array();
		int c;
		for (c = 0; c < sqlite3_column_count(st); c++)
			json_array_append_new(row, sqlite3_column_type(st, c) == SQLITE_INTEGER ?
				json_integer(sqlite3_column_int64(st, c)) :
				json_string((const char *)sqlite3_column_text(st, c)));
		json_array_append_new(rows, row);
	}
	sqlite3_finalize(st);
	return rows;
}

static void totals(const char *path, const char *run_arg)
{
	sqlite3 *db;
	json_t *o = json_object(), *rows;
	long long run;
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		die(path, STORE_EIO);
	rows = query(db, "SELECT max(id) FROM runs", 0);
	run = run_arg ? atoll(run_arg) :
		json_integer_value(json_array_get(json_array_get(rows, 0), 0));
	json_decref(rows);
	json_object_set_new(o, "run", json_integer(run));
	rows = query(db, "SELECT count(*), coalesce(max(t_us), 0) FROM samples"
		" WHERE run_id = ?1", run);
	json_object_set(o, "samples", json_array_get(json_array_get(rows, 0), 0));
	json_object_set(o, "last_t_us", json_array_get(json_array_get(rows, 0), 1));
	json_decref(rows);
	/* [function, file, fn_line, samples]: the innermost frame of a sample running JS,
	 * V8's pseudo names for the others */
	json_object_set_new(o, "self", query(db,
		"SELECT CASE WHEN s.state = 0 AND s.stack_id IS NOT NULL THEN f.name"
		"  WHEN s.state = 1 THEN '(idle)' WHEN s.state = 2 THEN '(garbage collector)'"
		"  ELSE '(program)' END,"
		" CASE WHEN s.state = 0 AND s.stack_id IS NOT NULL THEN f.file ELSE '' END,"
		" CASE WHEN s.state = 0 AND s.stack_id IS NOT NULL THEN f.fn_line ELSE 0 END,"
		" count(*)"
		" FROM samples AS s LEFT JOIN stacks AS t ON t.id = s.stack_id"
		" LEFT JOIN frames AS f ON f.id = t.frame"
		" WHERE s.run_id = ?1 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3", run));
	json_object_set_new(o, "heap_live_sizes", query(db, "SELECT size FROM alloc_samples"
		" WHERE run_id = ?1 AND freed_us IS NULL ORDER BY id", run));
	json_object_set_new(o, "heap_all_sizes", query(db, "SELECT size FROM alloc_samples"
		" WHERE run_id = ?1 ORDER BY id", run));
	sqlite3_close(db);
	json_dumpf(o, stdout, JSON_INDENT(1));
	putchar('\n');
	json_decref(o);
}

static void v1(const char *path)
{
	make(path);
	/* version 5's loop_batches back into version 1's loop_iterations table */
	fix(path, "CREATE TEMP TABLE li AS SELECT * FROM loop_iterations;"
		" DROP VIEW loop_iterations; DROP TABLE loop_batches;"
		" CREATE TABLE loop_iterations (run_id INTEGER NOT NULL REFERENCES runs(id),"
		" n INTEGER NOT NULL, start_us INTEGER NOT NULL, duration_us INTEGER NOT NULL,"
		" poll_idle_us INTEGER NOT NULL DEFAULT 0,"
		" timers_at INTEGER, timers_us INTEGER, timers_cbs INTEGER,"
		" pending_at INTEGER, pending_us INTEGER, pending_cbs INTEGER,"
		" idle_at INTEGER, idle_us INTEGER, idle_cbs INTEGER,"
		" prepare_at INTEGER, prepare_us INTEGER, prepare_cbs INTEGER,"
		" poll_at INTEGER, poll_us INTEGER, poll_cbs INTEGER,"
		" check_at INTEGER, check_us INTEGER, check_cbs INTEGER,"
		" close_at INTEGER, close_us INTEGER, close_cbs INTEGER,"
		" PRIMARY KEY (run_id, n)) WITHOUT ROWID;"
		" INSERT INTO loop_iterations SELECT * FROM li; DROP TABLE li");
	fix(path, "DROP TABLE gate_results; DROP TABLE heap_edge_types;"
		" DROP TABLE heap_node_types; DROP TABLE heap_strings; DROP TABLE heap_chunks;"
		" DROP INDEX snapshots_run; DROP TABLE snapshots;"
		" ALTER TABLE runs DROP COLUMN parent_run_id;"
		" ALTER TABLE runs DROP COLUMN thread_id; ALTER TABLE runs DROP COLUMN kind;"
		" PRAGMA user_version = 1");
}

int main(int argc, char **argv)
{
	if (argc == 3 && !strcmp(argv[1], "make"))
		make(argv[2]);
	else if (argc == 3 && !strcmp(argv[1], "empty"))
		empty(argv[2]);
	else if (argc == 3 && !strcmp(argv[1], "busy"))
		busy(argv[2]);
	else if (argc == 3 && !strcmp(argv[1], "deep"))
		deep(argv[2]);
	else if (argc == 3 && !strcmp(argv[1], "v1"))
		v1(argv[2]);
	else if ((argc == 3 || argc == 4) && !strcmp(argv[1], "totals"))
		totals(argv[2], argc == 4 ? argv[3] : NULL);
	else {
		fputs("usage: read-fixture make|empty|busy|deep|v1 DB | totals DB [RUN]\n", stderr);
		return 2;
	}
	return 0;
}
