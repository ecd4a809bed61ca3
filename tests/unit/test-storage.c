/* test-storage.c — storage on its own: the schema of a new file, every record kind
 * round-tripped through the queue and the writer, runs kept apart, frames and stacks
 * deduplicated across runs, migrations, refusing foreign files, and the documented
 * loop-utilization query against hand-computed values. */
#include "../../storage/internal.h"
#include "../../storage/loopbatch.h"
#include "storage-util.h"

TEST_IMPL(storage_schema_fresh)
{
	const char *path = tmp_path("fresh.db");
	store_run_info run = test_run();
	store *s;
	sqlite3 *db;
	ASSERT_EQ(store_open(&s, path, &run, NULL), 0);
	ASSERT_EQ(store_run_id(s), 1);
	ASSERT_EQ(store_status(s), 0);
	ASSERT_EQ(store_close(s, 3), 0);

	db = db_open(path);
	ASSERT_EQ(q_int(db, "PRAGMA user_version"), store__script_version(store__sql_schema));
	ASSERT_EQ(q_int(db, "PRAGMA user_version"), 5);
	ASSERT_EQ(q_int(db, "PRAGMA application_id"), 0x4C4B5343);
	ASSERT_STR_EQ(q_text(db, "PRAGMA journal_mode"), "wal");
	ASSERT_STR_EQ(q_text(db, "PRAGMA integrity_check"), "ok");
	ASSERT_STR_EQ(q_text(db, "SELECT argv FROM runs"),
		"[\"leakscope\",\"run\",\"--record\",\"app.db\",\"app \\\"x\\\".js\"]");
	ASSERT_EQ(q_int(db, "SELECT json_array_length(argv) FROM runs"), 5);
	ASSERT_STR_EQ(q_text(db, "SELECT argv ->> 4 FROM runs"), "app \"x\".js");
	ASSERT_STR_EQ(q_text(db, "SELECT pid || ' ' || ppid || ' ' || cwd || ' ' ||"
		" leakscope_version || ' ' || mujs_version || ' ' || libuv_version || ' ' ||"
		" sample_interval_us || ' ' || exit_code || ' ' || dropped FROM runs"),
		"4242 1 /srv/app 0.1.0 1.3.6 1.44.2 1000 3 0");
	ASSERT_EQ(q_int(db, "SELECT sqlite_version = sqlite_version() FROM runs"), 1);
	ASSERT_EQ(q_int(db, "SELECT ended_at >= started_at AND duration_us >= 0"
		" AND started_at > 1600000000000000 FROM runs"), 1);
	/* every documented table and view exists */
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM sqlite_schema WHERE name IN ('runs',"
		" 'frame_kinds', 'phases', 'callback_kinds', 'sample_states', 'frames', 'stacks',"
		" 'samples', 'alloc_sites', 'alloc_site_series', 'alloc_samples',"
		" 'loop_iterations', 'loop_phases', 'slow_callbacks', 'listener_events',"
		" 'gc_events', 'snapshots', 'heap_chunks', 'heap_strings', 'heap_node_types',"
		" 'heap_edge_types')"), 21);
	ASSERT_STR_EQ(q_text(db, "SELECT group_concat(name, ',') FROM"
		" (SELECT name FROM phases ORDER BY id)"),
		"none,timers,pending,idle,prepare,poll,check,close");
	ASSERT_STR_EQ(q_text(db, "SELECT group_concat(name, ',') FROM"
		" (SELECT name FROM callback_kinds ORDER BY id)"),
		"main,timer,immediate,io,tick,microtask,close,signal,exit");
	ASSERT_STR_EQ(q_text(db, "SELECT group_concat(name, ',') FROM"
		" (SELECT name FROM sample_states ORDER BY id)"), "running,idle,gc,program");
	sqlite3_close(db);
	tmp_cleanup();
	return 0;
}

/* Records one of each kind, closes, and reads every table back. */
TEST_IMPL(storage_record_roundtrip)
{
	const char *path = tmp_path("roundtrip.db");
	store_run_info run = test_run();
	store_frame nat = { .kind = STORE_FRAME_NATIVE, .file = "/usr/bin/leakscope",
		.addr = 0x1234 };
	store_id f_main, f_a, f_b, f_n, st_a, st_b, st_n, ids[2];
	store_iteration it;
	store_stats stats;
	uint64_t a1, a2;
	store *s;
	sqlite3 *db;
	ASSERT_EQ(store_open(&s, path, &run, NULL), 0);

	f_main = js_frame(s, "", "/srv/app/main.js", 1, 0);
	f_a = js_frame(s, "handle", "/srv/app/main.js", 12, 10);
	f_b = js_frame(s, "handle", "/srv/app/main.js", 13, 10);
	ASSERT_EQ(js_frame(s, "handle", "/srv/app/main.js", 12, 10), f_a);
	f_n = store_intern_frame(s, &nat);
	nat.name = "js_call";	/* same native frame: identity is (module, offset) */
	ASSERT_EQ(store_intern_frame(s, &nat), f_n);
	ASSERT_EQ(f_main, 1);
	ASSERT_EQ(f_a, 2);
	ASSERT_EQ(f_b, 3);
	ASSERT_EQ(f_n, 4);
	ids[0] = f_main;
	ids[1] = f_a;
	st_a = store_intern_frames(s, ids, 2);
	ids[1] = f_b;
	st_b = store_intern_frames(s, ids, 2);
	st_n = store_intern_frames(s, &f_n, 1);
	ASSERT_EQ(store_intern_stack(s, 0, f_main), 1);
	ASSERT_EQ(st_a, 2);
	ASSERT_EQ(st_b, 3);
	ASSERT_EQ(st_n, 4);

	store_sample(s, 1000, st_a, st_n, STORE_PHASE_POLL, STORE_CB_IO, STORE_STATE_RUNNING);
	store_sample(s, 2000, st_b, 0, STORE_PHASE_TIMERS, STORE_CB_TIMER, STORE_STATE_RUNNING);
	store_sample(s, 3000, 0, 0, STORE_PHASE_POLL, STORE_CB_NONE, STORE_STATE_IDLE);

	store_iteration_init(&it, 1, 500);
	it.duration_us = 2600;
	it.poll_idle_us = 900;
	it.phase[STORE_PHASE_TIMERS].start_us = 500;
	it.phase[STORE_PHASE_TIMERS].duration_us = 100;
	it.phase[STORE_PHASE_TIMERS].callbacks = 1;
	it.phase[STORE_PHASE_POLL].start_us = 700;
	it.phase[STORE_PHASE_POLL].duration_us = 2000;
	it.phase[STORE_PHASE_POLL].callbacks = 2;
	store_loop_iteration(s, &it);

	store_slow_callback(s, 2000, 15000, STORE_PHASE_TIMERS, STORE_CB_TIMER, st_b);
	store_listener(s, 100, STORE_LISTENER_ADD, 77, "Server", "connection", 1, f_a, st_a);
	store_listener(s, 200, STORE_LISTENER_REMOVE, 77, "Server", "connection", 0, f_b, st_b);
	store_listener(s, 300, STORE_LISTENER_ADD, 78, NULL, "data", 1, 0, 0);
	store_gc(s, 2500, 300, 10000, 4000);

	store_site_alloc(s, f_a, 100);
	store_site_alloc(s, f_a, 100);
	store_site_alloc(s, f_a, 100);
	store_site_free(s, f_a, 100);
	store_site_alloc(s, f_b, 50);
	store_site_flush(s, 2000);
	store_site_alloc(s, f_a, 10);	/* flushed by store_close */

	a1 = store_alloc_sample(s, 1500, 524288, f_a, st_a);
	a2 = store_alloc_sample(s, 1600, 1000, f_b, st_b);
	ASSERT(a1 != a2);
	store_alloc_free(s, a1, 2500);

	ASSERT_EQ(store_flush(s), 0);
	store_get_stats(s, &stats);
	ASSERT_EQ(stats.dropped, 0);
	ASSERT_EQ(stats.committed, stats.appended);
	ASSERT_EQ(stats.appended, 4 + 4 + 3 + 1 + 1 + 3 + 1 + 2 + 2 + 1);
	ASSERT_EQ(store_close(s, 0), 0);

	db = db_open(path);
	/* frames: deduplicated, JS anonymous is '', the native name waits for resolution */
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM frames"), 4);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM frames WHERE kind = 0 AND name = ''"
		" AND file = '/srv/app/main.js' AND line = 1"), 1);
	ASSERT_STR_EQ(q_text(db, "SELECT name FROM frames WHERE kind = 1"), "(null)");
	ASSERT_EQ(q_int(db, "SELECT addr FROM frames WHERE kind = 1"), 0x1234);
	/* stacks: a trie; both JS stacks hang off the same root node */
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM stacks"), 4);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM stacks WHERE parent IS NULL"), 2);
	ASSERT_EQ(q_int(db, "SELECT count(DISTINCT parent) FROM stacks WHERE parent IS NOT NULL"), 1);
	/* samples, with the schema's documented stack walk */
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM samples WHERE run_id = 1"), 3);
	ASSERT_STR_EQ(q_text(db,
		"WITH RECURSIVE s(id, frame, parent, depth) AS ("
		" SELECT id, frame, parent, 0 FROM stacks"
		"  WHERE id = (SELECT stack_id FROM samples WHERE seq = 1)"
		" UNION ALL SELECT t.id, t.frame, t.parent, depth + 1 FROM stacks t"
		"  JOIN s ON t.id = s.parent)"
		" SELECT group_concat(f.name || ':' || f.line, ' < ') FROM"
		" (SELECT * FROM s ORDER BY depth) s JOIN frames f ON f.id = s.frame"),
		"handle:12 < :1");
	ASSERT_STR_EQ(q_text(db, "SELECT f.file FROM samples s JOIN stacks t"
		" ON t.id = s.native_stack_id JOIN frames f ON f.id = t.frame WHERE seq = 1"),
		"/usr/bin/leakscope");
	ASSERT_STR_EQ(q_text(db, "SELECT group_concat(t_us || '/' || p.name || '/' ||"
		" coalesce(k.name, '-') || '/' || st.name, ' ') FROM (SELECT * FROM samples"
		" ORDER BY seq) s JOIN phases p ON p.id = s.phase JOIN sample_states st"
		" ON st.id = s.state LEFT JOIN callback_kinds k ON k.id = s.cb_kind"),
		"1000/poll/io/running 2000/timers/timer/running 3000/poll/-/idle");
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM samples WHERE seq = 3 AND stack_id IS NULL"
		" AND native_stack_id IS NULL"), 1);
	/* loop iterations: stored as offsets, read back absolute through the view */
	ASSERT_STR_EQ(q_text(db, "SELECT group_concat(phase || '@' || start_us || '+' ||"
		" duration_us || 'x' || callbacks, ' ') FROM (SELECT * FROM loop_phases"
		" ORDER BY phase)"), "1@500+100x1 5@700+2000x2");
	ASSERT_STR_EQ(q_text(db, "SELECT timers_at || ' ' || poll_at || ' ' ||"
		" coalesce(check_at, 'null') || ' ' || poll_idle_us FROM loop_iterations"),
		"0 200 null 900");
	/* slow callbacks, listeners, gc */
	ASSERT_STR_EQ(q_text(db, "SELECT t_us || ' ' || duration_us || ' ' || phase || ' ' ||"
		" cb_kind || ' ' || (stack_id IS NOT NULL) FROM slow_callbacks"),
		"2000 15000 1 1 1");
	ASSERT_EQ(q_int(db, "SELECT sum(op) FROM listener_events WHERE emitter = 77"), 0);
	ASSERT_STR_EQ(q_text(db, "SELECT group_concat(seq || ':' || op || ':' ||"
		" coalesce(emitter_ctor, '?') || ':' || event || ':' || count || ':' ||"
		" coalesce(f.line, '-'), ' ') FROM (SELECT * FROM listener_events ORDER BY seq) l"
		" LEFT JOIN frames f ON f.id = l.frame_id"),
		"1:1:Server:connection:1:12 2:-1:Server:connection:0:13 3:1:?:data:1:-");
	ASSERT_STR_EQ(q_text(db, "SELECT t_us || ' ' || duration_us || ' ' || bytes_before"
		" || ' ' || bytes_after FROM gc_events"), "2500 300 10000 4000");
	/* allocation sites: latest totals, and the history of each flush */
	ASSERT_STR_EQ(q_text(db, "SELECT group_concat(f.line || ':' || count || '/' || bytes"
		" || '/' || live_bytes, ' ') FROM (SELECT * FROM alloc_sites ORDER BY frame_id) a"
		" JOIN frames f ON f.id = a.frame_id"), "12:4/310/210 13:1/50/50");
	/* ordered by count, not time: the close's flush is stamped with the real clock,
	 * which can be below the test's made-up 2000 us when the run takes under 2 ms */
	ASSERT_STR_EQ(q_text(db, "SELECT group_concat(f.line || '@' || (t_us = 2000) || ':' ||"
		" count || '/' || bytes || '/' || live_bytes, ' ') FROM (SELECT * FROM"
		" alloc_site_series ORDER BY frame_id, count) a JOIN frames f ON f.id = a.frame_id"),
		"12@1:3/300/200 12@0:4/310/210 13@1:1/50/50");
	ASSERT_STR_EQ(q_text(db, "SELECT group_concat(size || ':' || coalesce(freed_us, 'live'),"
		" ' ') FROM (SELECT * FROM alloc_samples ORDER BY id)"), "524288:2500 1000:live");
	ASSERT_STR_EQ(q_text(db, "PRAGMA integrity_check"), "ok");
	sqlite3_close(db);
	tmp_cleanup();
	return 0;
}

/* A second run into the same file adds a run, keeps the first, and shares frames and
 * stacks: the same function has the same ids in both runs. */
/* Every object and row of a database, one line each, in a fixed order; not the rows of
 * runs (times and pids). */
static char *db_contents(sqlite3 *db)
{
	sqlite3_stmt *st, *rows;
	size_t cap = 1 << 16, len = 0;
	char *out = malloc(cap), sql[256];
	ASSERT(out != NULL);
	out[0] = 0;
	ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT type, name, tbl_name, coalesce(sql, '')"
		" FROM sqlite_schema ORDER BY type, name", -1, &st, NULL), SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *type = (const char *)sqlite3_column_text(st, 0);
		const char *name = (const char *)sqlite3_column_text(st, 1);
		size_t need = strlen(name) + strlen((const char *)sqlite3_column_text(st, 3)) + 64;
		if (len + need >= cap)
			ASSERT((out = realloc(out, cap = 2 * (cap + need))) != NULL);
		len += (size_t)snprintf(out + len, cap - len, "%s %s %s\n", type, name,
			(const char *)sqlite3_column_text(st, 3));
		if (strcmp(type, "table") || !strcmp(name, "runs"))
			continue;
		snprintf(sql, sizeof sql, "SELECT * FROM \"%s\"", name);
		ASSERT_EQ(sqlite3_prepare_v2(db, sql, -1, &rows, NULL), SQLITE_OK);
		while (sqlite3_step(rows) == SQLITE_ROW) {
			int c;
			for (c = 0; c < sqlite3_column_count(rows); c++) {
				const char *v = (const char *)sqlite3_column_text(rows, c);
				need = (v ? strlen(v) : 4) + 4;
				if (len + need >= cap)
					ASSERT((out = realloc(out, cap = 2 * (cap + need))) != NULL);
				len += (size_t)snprintf(out + len, cap - len, "%s|", v ? v : "NULL");
			}
			out[len++] = '\n';
			out[len] = 0;
		}
		sqlite3_finalize(rows);
	}
	sqlite3_finalize(st);
	return out;
}

/* A new file is a copy of the image built from schema.sql (store__fresh_image) instead
 * of the steps run on it: its objects, their SQL and its rows are those that running
 * every step on an empty file gives (an existing empty file still takes that path),
 * the run's row apart;
 * the temporary name it was written under is gone; the image itself is at the latest
 * version. */
TEST_IMPL(storage_fresh_image)
{
	const char *img = tmp_path("image.db"), *steps = tmp_path("steps.db");
	store_run_info run = test_run();
	char *a, *b, cmd[700];
	sqlite3 *db;
	store *s;
	FILE *f;
	ASSERT_EQ(store_open(&s, img, &run, NULL), 0);
	ASSERT_EQ(store_close(s, 0), 0);
	ASSERT((f = fopen(steps, "w")) != NULL);	/* empty: created by the steps */
	fclose(f);
	ASSERT_EQ(store_open(&s, steps, &run, NULL), 0);
	ASSERT_EQ(store_close(s, 0), 0);
	db = db_open(img);
	ASSERT_STR_EQ(q_text(db, "PRAGMA integrity_check"), "ok");
	ASSERT_STR_EQ(q_text(db, "PRAGMA journal_mode"), "wal");
	ASSERT_EQ(q_int(db, "PRAGMA user_version"), store__script_version(store__sql_schema));
	ASSERT_EQ(q_int(db, "PRAGMA application_id"), 0x4C4B5343);
	a = db_contents(db);
	sqlite3_close(db);
	db = db_open(steps);
	ASSERT_EQ(q_int(db, "PRAGMA user_version"), store__script_version(store__sql_schema));
	b = db_contents(db);
	sqlite3_close(db);
	ASSERT(strlen(a) > 1000);
	ASSERT_STR_EQ(a, b);
	free(a);
	free(b);
	snprintf(cmd, sizeof cmd, "ls -a '%s' | grep -c new-", tmp_dir);
	f = popen(cmd, "r");
	ASSERT(f != NULL);
	ASSERT_EQ(fgetc(f), '0');
	pclose(f);
	ASSERT(!memcmp(store__fresh_image, "SQLite format 3", 16));
	tmp_cleanup();
	return 0;
}

TEST_IMPL(storage_second_run)
{
	const char *path = tmp_path("two.db");
	store_run_info run = test_run();
	store *s;
	sqlite3 *db;
	store_id fr[2];
	int r;
	for (r = 1; r <= 2; r++) {
		run.pid = 100 + r;
		ASSERT_EQ(store_open(&s, path, &run, NULL), 0);
		ASSERT_EQ(store_run_id(s), r);
		fr[0] = js_frame(s, "main", "/srv/a.js", 1, 1);
		fr[1] = js_frame(s, r == 1 ? "one" : "two", "/srv/a.js", 5, 4);
		store_sample(s, 10, store_intern_frames(s, fr, 1), 0, 0, STORE_CB_MAIN, 0);
		store_sample(s, 20, store_intern_frames(s, fr, 2), 0, 0, STORE_CB_MAIN, 0);
		if (r == 1)
			store_sample(s, 30, store_intern_frames(s, fr, 2), 0, 0, STORE_CB_MAIN, 0);
		ASSERT_EQ(store_close(s, r), 0);
	}
	db = db_open(path);
	ASSERT_STR_EQ(q_text(db, "SELECT group_concat(id || ':' || pid || ':' || exit_code, ' ')"
		" FROM runs"), "1:101:1 2:102:2");
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM samples WHERE run_id = 1"), 3);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM samples WHERE run_id = 2"), 2);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM frames"), 3);	/* main, one, two */
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM stacks"), 3);	/* main, main>one, main>two */
	ASSERT_EQ(q_int(db, "SELECT count(DISTINCT stack_id) FROM samples WHERE seq = 1"), 1);
	ASSERT_EQ(q_int(db, "SELECT count(DISTINCT stack_id) FROM samples WHERE seq = 2"), 2);
	sqlite3_close(db);
	tmp_cleanup();
	return 0;
}

/* The migration machinery with a made-up schema: forward steps in one transaction, a
 * failed step leaves the file as it was, a newer file is refused. */
TEST_IMPL(storage_migrate_forward)
{
	static const char v1[] =
		"-- @version 1\n"
		"PRAGMA application_id = 0x4C4B5343;\n"
		"CREATE TABLE t (a);\n"
		"INSERT INTO t VALUES (1);\n";
	static const char v2[] =
		"-- @version 1\n"
		"PRAGMA application_id = 0x4C4B5343;\n"
		"CREATE TABLE t (a);\n"
		"INSERT INTO t VALUES (1);\n"
		"-- @version 2\n"
		"ALTER TABLE t ADD COLUMN b DEFAULT 7;\n"
		"INSERT INTO t (a) VALUES (2);\n";
	static const char v3_bad[] =
		"-- @version 1\n-- (already applied)\n"
		"-- @version 2\n-- (already applied)\n"
		"-- @version 3\n"
		"INSERT INTO t (a) VALUES (3);\n"
		"CREATE TABLE t (x);\n";	/* fails: t exists */
	const char *path = tmp_path("migrate.db");
	sqlite3 *db;
	ASSERT_EQ(store__script_version(v1), 1);
	ASSERT_EQ(store__script_version(v2), 2);
	ASSERT_EQ(store__script_version(v3_bad), 3);
	ASSERT_EQ(sqlite3_open(path, &db), SQLITE_OK);
	ASSERT_EQ(store__check(db), 0);		/* new and empty */
	ASSERT_EQ(store__migrate(db, v1), 0);
	ASSERT_EQ(q_int(db, "PRAGMA user_version"), 1);
	ASSERT_EQ(store__check(db), 1);
	ASSERT_EQ(store__migrate(db, v2), 0);	/* an older file is brought forward */
	ASSERT_EQ(q_int(db, "PRAGMA user_version"), 2);
	ASSERT_EQ(q_int(db, "SELECT count(*) || sum(b) FROM t"), 214);
	ASSERT_EQ(store__migrate(db, v2), 0);	/* nothing to do */
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM t"), 2);
	ASSERT(store__migrate(db, v3_bad) < 0);	/* all or nothing */
	ASSERT_EQ(q_int(db, "PRAGMA user_version"), 2);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM t"), 2);
	ASSERT_EQ(store__migrate(db, v1), STORE_ENEWER);
	ASSERT_EQ(q_int(db, "PRAGMA user_version"), 2);
	ASSERT_EQ(sqlite3_get_autocommit(db), 1);
	sqlite3_close(db);
	tmp_cleanup();
	return 0;
}

/* A leakscope file of a newer schema is refused by both opens and left untouched; an
 * empty SQLite file (no tables) is taken as new. */
TEST_IMPL(storage_newer_refused)
{
	const char *path = tmp_path("newer.db"), *empty = tmp_path("empty.db");
	store_run_info run = test_run();
	store *s;
	sqlite3 *db;
	ASSERT_EQ(store_open(&s, path, &run, NULL), 0);
	ASSERT_EQ(store_close(s, 0), 0);
	db = db_open(path);
	ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	ASSERT_EQ(store_open(&s, path, &run, NULL), STORE_ENEWER);
	ASSERT(s == NULL);
	ASSERT_EQ(store_open_readonly(&s, path), STORE_ENEWER);
	db = db_open(path);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM runs"), 1);
	ASSERT_EQ(q_int(db, "PRAGMA user_version"), 99);
	sqlite3_close(db);
	ASSERT(strstr(store_strerror(STORE_ENEWER), "newer leakscope") != NULL);

	/* a SQLite file at version 0 with no tables left in it: taken as new */
	ASSERT_EQ(sqlite3_open(empty, &db), SQLITE_OK);
	ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE x (a); DROP TABLE x", NULL, NULL, NULL),
		SQLITE_OK);
	sqlite3_close(db);
	ASSERT_EQ(store_open(&s, empty, &run, NULL), 0);
	ASSERT_EQ(store_close(s, 0), 0);
	ASSERT_EQ(store_open_readonly(&s, empty), 0);
	ASSERT_EQ(q_int(store_db(s), "SELECT count(*) FROM runs"), 1);
	ASSERT_EQ(store_close(s, 0), 0);
	tmp_cleanup();
	return 0;
}

/* Not a database, or someone else's: a clear error, and the file is not modified. */
TEST_IMPL(storage_foreign_refused)
{
	const char *text = tmp_path("notes.txt"), *other = tmp_path("other.db");
	store_run_info run = test_run();
	store *s = (store *)1;
	sqlite3 *db;
	FILE *f = fopen(text, "w");
	int code, code2;
	ASSERT(f != NULL);
	fputs("this is not a database, just some text that is long enough to have a header "
		"of a hundred bytes or so, which SQLite reads first.\n", f);
	fclose(f);
	ASSERT_EQ(store_open(&s, text, &run, NULL), STORE_ENOTDB);
	ASSERT(s == NULL);
	ASSERT_EQ(store_open_readonly(&s, text), STORE_ENOTDB);

	ASSERT_EQ(sqlite3_open(other, &db), SQLITE_OK);
	ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE notes (x); INSERT INTO notes VALUES (1)",
		NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	ASSERT_EQ(store_open(&s, other, &run, NULL), STORE_EFOREIGN);
	ASSERT_EQ(store_open_readonly(&s, other), STORE_EFOREIGN);
	db = db_open(other);
	ASSERT_STR_EQ(q_text(db, "PRAGMA journal_mode"), "delete");	/* not switched to WAL */
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM sqlite_schema"), 1);
	sqlite3_close(db);

	/* one distinct, non-empty line per code */
	for (code = STORE_ELOCKED; code >= STORE_ETHREAD; code--) {
		const char *m = store_strerror(code);
		ASSERT(m[0] && !strchr(m, '\n') && strcmp(m, "unknown storage error"));
		for (code2 = code + 1; code2 <= STORE_ELOCKED; code2++)
			ASSERT(strcmp(m, store_strerror(code2)));
	}
	ASSERT_EQ(store_open(NULL, other, &run, NULL), STORE_EINVAL);
	ASSERT_EQ(store_close(NULL, 0), 0);
	tmp_cleanup();
	return 0;
}

/* Interning in memory: dense handles, equality as documented, tables that grow. */
TEST_IMPL(storage_intern_handles)
{
	const char *path = tmp_path("intern.db");
	store_run_info run = test_run();
	store *s;
	store_id a, b, c, ab, ac, big[3];
	char name[32], longname[5000];
	store_frame f = { .kind = STORE_FRAME_JS, .file = "/x.js" };
	int i;
	ASSERT_EQ(store_open(&s, path, &run, NULL), 0);
	a = js_frame(s, "a", "/x.js", 1, 1);
	b = js_frame(s, "b", "/x.js", 2, 2);
	c = js_frame(s, "a", "/x.js", 1, 0);	/* differs in fn_line only */
	ASSERT_EQ(a, 1);
	ASSERT_EQ(b, 2);
	ASSERT_EQ(c, 3);
	ASSERT_EQ(js_frame(s, "a", "/y.js", 1, 1), 4);
	f.name = NULL;				/* a NULL JS name is the anonymous '' */
	f.line = 9;
	ASSERT_EQ(store_intern_frame(s, &f), js_frame(s, "", "/x.js", 9, 0));
	ASSERT_EQ(store_intern_frames(s, NULL, 0), 0);
	big[0] = a;
	big[1] = b;
	ab = store_intern_frames(s, big, 2);
	big[1] = c;
	ac = store_intern_frames(s, big, 2);
	ASSERT(ab != ac);
	ASSERT_EQ(store_intern_stack(s, 0, a), 1);	/* the shared prefix node */
	ASSERT_EQ(store_intern_stack(s, 1, b), ab);
	/* names are cut at 4096 bytes: identical up to there is the same frame */
	memset(longname, 'n', sizeof longname - 1);
	longname[sizeof longname - 1] = 0;
	big[0] = js_frame(s, longname, "/x.js", 1, 1);
	longname[4500] = 'm';
	ASSERT_EQ(js_frame(s, longname, "/x.js", 1, 1), big[0]);
	/* 100k frames and stack nodes: handles stay dense and stable through growth */
	for (i = 0; i < 100000; i++) {
		snprintf(name, sizeof name, "f%d", i);
		ASSERT_EQ(js_frame(s, name, "/gen.js", i, 0), (store_id)(7 + i));
		ASSERT_EQ(store_intern_stack(s, ab, 7 + i), (store_id)(4 + i));
	}
	for (i = 0; i < 100000; i += 997) {
		snprintf(name, sizeof name, "f%d", i);
		ASSERT_EQ(js_frame(s, name, "/gen.js", i, 0), (store_id)(7 + i));
		ASSERT_EQ(store_intern_stack(s, ab, 7 + i), (store_id)(4 + i));
	}
	ASSERT_EQ(store_close(s, 0), 0);
	ASSERT_EQ(store_open_readonly(&s, path), 0);
	ASSERT_EQ(q_int(store_db(s), "SELECT count(*) FROM frames"), 100006);
	ASSERT_EQ(q_int(store_db(s), "SELECT count(*) FROM stacks"), 100003);
	ASSERT_EQ(q_int(store_db(s), "SELECT max(length(name)) FROM frames"), 4096);
	store_close(s, 0);
	tmp_cleanup();
	return 0;
}

/* The packed format has one owner, storage/loopbatch.h: 300 iterations with phases
 * entered at random (none, some, all; values from 0 to past 2^32, negative offsets) are
 * recorded, and every element of every batch decodes (store_loop_decode) to exactly the
 * iteration recorded, and the loop_iterations view (schema.sql's SQL spelling of the
 * same order) reads the same values; store_loop_elem names the element the view reads
 * for each phase; malformed elements are refused without moving the reader. */
#define FMT_N 300
TEST_IMPL(storage_loopbatch_format)
{
	static store_iteration want[FMT_N + 1];
	static const char *const bad[] = { "", "[", "[1,2", "[1,,2]", "[1 ,2]", "[x]",
		"[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25]", "1,2]" };
	const char *path = tmp_path("fmt.db");
	store_run_info run = test_run();
	uint64_t seed = 12345;
	sqlite3_stmt *st;
	sqlite3 *db;
	store *s;
	int n, p, k, decoded = 0;
	char sql[512];
	ASSERT_EQ(store_open(&s, path, &run, NULL), 0);
	for (n = 1; n <= FMT_N; n++) {
		store_iteration *it = &want[n];
		store_iteration_init(it, (uint64_t)n, (int64_t)n * 100000 + (n == 7 ? 5000000000 : 0));
		it->duration_us = n % 50 == 0 ? 4294967301LL : n * 3;
		it->poll_idle_us = n % 5 ? n : 0;
		for (p = STORE_PHASE_TIMERS; p < STORE_PHASE__COUNT; p++) {
			seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
			if (n % 11 == 0 || (n % 13 != 0 && (seed >> 33) % 3 == 0))
				continue;	/* not entered (every phase in each 11th) */
			it->phase[p].start_us = it->start_us + (int64_t)((seed >> 20) % 2000) -
				(p == STORE_PHASE_CLOSE ? 3 : 0);
			it->phase[p].duration_us = (int64_t)((seed >> 40) % 300);
			it->phase[p].callbacks = (uint32_t)((seed >> 50) % 120);
		}
		store_loop_iteration(s, it);
		if (n == 100)
			ASSERT_EQ(store_flush(s), 0);
	}
	ASSERT_EQ(store_close(s, 0), 0);

	db = db_open(path);
	ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT first_n, count, start_us, iterations"
		" FROM loop_batches ORDER BY first_n", -1, &st, NULL), SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW) {
		int64_t first = sqlite3_column_int64(st, 0), count = sqlite3_column_int64(st, 1);
		int64_t t0 = sqlite3_column_int64(st, 2), i;
		const char *t = (const char *)sqlite3_column_text(st, 3);
		ASSERT(t && *t++ == '[');
		for (i = 0; i < count; i++) {
			store_iteration got;
			const store_iteration *w = &want[first + i];
			ASSERT_EQ(store_loop_decode(&t, (uint64_t)(first + i), t0, &got), 0);
			ASSERT(*t == (i + 1 < count ? ',' : ']'));
			t++;
			ASSERT_EQ((int64_t)got.n, first + i);
			ASSERT_EQ(got.start_us, w->start_us);
			ASSERT_EQ(got.duration_us, w->duration_us);
			ASSERT_EQ(got.poll_idle_us, w->poll_idle_us);
			for (p = STORE_PHASE_TIMERS; p < STORE_PHASE__COUNT; p++) {
				ASSERT_EQ(got.phase[p].start_us, w->phase[p].start_us);
				if (w->phase[p].start_us < 0)
					continue;
				ASSERT_EQ(got.phase[p].duration_us, w->phase[p].duration_us);
				ASSERT_EQ(got.phase[p].callbacks, w->phase[p].callbacks);
			}
			decoded++;
		}
		ASSERT_STR_EQ(t, "");
	}
	sqlite3_finalize(st);
	ASSERT_EQ(decoded, FMT_N);

	/* the view reads what the decoder reads */
	for (p = STORE_PHASE_TIMERS; p < STORE_PHASE__COUNT; p++) {
		ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT n, start_us, duration_us, poll_idle_us,"
			" timers_at, timers_us, timers_cbs, pending_at, pending_us, pending_cbs,"
			" idle_at, idle_us, idle_cbs, prepare_at, prepare_us, prepare_cbs,"
			" poll_at, poll_us, poll_cbs, check_at, check_us, check_cbs,"
			" close_at, close_us, close_cbs FROM loop_iterations ORDER BY n", -1, &st,
			NULL), SQLITE_OK);
		for (n = 1; sqlite3_step(st) == SQLITE_ROW; n++) {
			const store_iteration *w = &want[n];
			int c = 4 + 3 * (p - STORE_PHASE_TIMERS);
			ASSERT_EQ(sqlite3_column_int64(st, 0), n);
			ASSERT_EQ(sqlite3_column_int64(st, 1), w->start_us);
			ASSERT_EQ(sqlite3_column_int64(st, 2), w->duration_us);
			ASSERT_EQ(sqlite3_column_int64(st, 3), w->poll_idle_us);
			if (w->phase[p].start_us < 0) {
				for (k = 0; k < 3; k++)
					ASSERT_EQ(sqlite3_column_type(st, c + k), SQLITE_NULL);
				continue;
			}
			ASSERT_EQ(sqlite3_column_int64(st, c), w->phase[p].start_us - w->start_us);
			ASSERT_EQ(sqlite3_column_int64(st, c + 1), w->phase[p].duration_us);
			ASSERT_EQ(sqlite3_column_int64(st, c + 2), w->phase[p].callbacks);
		}
		sqlite3_finalize(st);
		ASSERT_EQ(n, FMT_N + 1);
		/* and store_loop_elem names the elements that hold them */
		snprintf(sql, sizeof sql, "SELECT b.first_n + i.key, i.value ->> %d,"
			" i.value ->> %d, i.value ->> %d FROM loop_batches AS b,"
			" json_each(b.iterations) AS i ORDER BY 1", store_loop_elem(p, STORE_LOOP_AT),
			store_loop_elem(p, STORE_LOOP_US), store_loop_elem(p, STORE_LOOP_CBS));
		ASSERT_EQ(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
		for (n = 1; sqlite3_step(st) == SQLITE_ROW; n++) {
			const store_iteration *w = &want[n];
			ASSERT_EQ(sqlite3_column_int64(st, 0), n);
			if (w->phase[p].start_us < 0) {
				for (k = 1; k < 4; k++)
					ASSERT_EQ(sqlite3_column_type(st, k), SQLITE_NULL);
				continue;
			}
			ASSERT_EQ(sqlite3_column_int64(st, 1), w->phase[p].start_us - w->start_us);
			ASSERT_EQ(sqlite3_column_int64(st, 2), w->phase[p].duration_us);
			ASSERT_EQ(sqlite3_column_int64(st, 3), w->phase[p].callbacks);
		}
		sqlite3_finalize(st);
		ASSERT_EQ(n, FMT_N + 1);
	}
	sqlite3_close(db);

	for (k = 0; k < (int)(sizeof bad / sizeof bad[0]); k++) {
		const char *t = bad[k];
		int64_t v[STORE_LOOP_VALUES];
		int has[STORE_LOOP_VALUES];
		store_iteration got;
		ASSERT_EQ(store_loop_parse(&t, v, has), -1);
		ASSERT(t == bad[k]);
		ASSERT_EQ(store_loop_decode(&t, 1, 0, &got), -1);
		ASSERT(t == bad[k]);
	}
	{	/* the encoder's digits at every width and sign */
		store_iteration it;
		char buf[STORE_LOOP_MAX_TEXT + 1], *e;
		store_iteration_init(&it, 1, 1000);
		it.duration_us = 100;
		it.poll_idle_us = 9223372036854775807LL;
		it.phase[STORE_PHASE_PREPARE].start_us = 1000 + 10;
		it.phase[STORE_PHASE_PREPARE].duration_us = 99;
		it.phase[STORE_PHASE_PREPARE].callbacks = 101;
		it.phase[STORE_PHASE_CHECK].start_us = 1000 - 1;
		it.phase[STORE_PHASE_CHECK].duration_us = 12345;
		it.phase[STORE_PHASE_CHECK].callbacks = 4294967295u;
		it.phase[STORE_PHASE_TIMERS].start_us = 1000 - 100;
		it.phase[STORE_PHASE_TIMERS].duration_us = 1000;
		it.phase[STORE_PHASE_TIMERS].callbacks = 0;
		e = store_loop_encode(buf, &it, 1000 + 9999990);
		*e = 0;
		ASSERT_STR_EQ(buf, "[-9999990,100,9223372036854775807,10,99,101,null,null,null,"
			"-1,12345,4294967295,-100,1000,0]");
		store_iteration_init(&it, 1, INT64_MIN / 2);
		it.duration_us = 1000000007;
		e = store_loop_encode(buf, &it, 0);
		*e = 0;
		ASSERT_STR_EQ(buf, "[-4611686018427387904,1000000007,0]");
	}
	{	/* start, duration and poll idle are required by the decoder, not the parser */
		const char *t = "[1,2]";
		int64_t v[STORE_LOOP_VALUES];
		int has[STORE_LOOP_VALUES];
		store_iteration got;
		ASSERT_EQ(store_loop_decode(&t, 1, 0, &got), -1);
		ASSERT_EQ(store_loop_parse(&t, v, has), 0);
		ASSERT(has[0] && has[1] && !has[2] && v[1] == 2 && *t == 0);
	}
	tmp_cleanup();
	return 0;
}

static void iteration(store *s, uint64_t n, int64_t start, int64_t dur, int64_t poll_at,
	int64_t idle)
{
	store_iteration it;
	store_iteration_init(&it, n, start);
	it.duration_us = dur;
	it.poll_idle_us = idle;
	it.phase[STORE_PHASE_TIMERS].start_us = start;
	it.phase[STORE_PHASE_POLL].start_us = start + poll_at;
	it.phase[STORE_PHASE_POLL].duration_us = idle;
	store_loop_iteration(s, &it);
}

/* Iterations are packed into loop_batches rows (schema version 5) and read back through
 * the loop_iterations view: 37 across two commits (the first ends a batch at 20), then
 * 83 more (past a full batch of 64) and 3 after a gap in n come back exactly, phases not
 * entered as NULLs, none lost or doubled; no batch holds more than 64, spans the gap or
 * continues past a commit; an element is the documented JSON array. */
TEST_IMPL(storage_loop_iterations_batched)
{
	const char *path = tmp_path("iters.db");
	store_run_info run = test_run();
	store_iteration it;
	sqlite3_stmt *st;
	sqlite3 *db;
	store *s;
	int64_t n, rows = 0;
	ASSERT_EQ(store_open(&s, path, &run, NULL), 0);
	for (n = 1;; n++) {
		store_iteration_init(&it, (uint64_t)n, n * 1000);
		it.duration_us = 900 + n;
		it.poll_idle_us = n;
		it.phase[STORE_PHASE_TIMERS].start_us = n * 1000 + 5;
		it.phase[STORE_PHASE_TIMERS].duration_us = n % 7;
		it.phase[STORE_PHASE_TIMERS].callbacks = (int)(n % 3);
		if (n % 2) {
			it.phase[STORE_PHASE_CHECK].start_us = n * 1000 + 50;
			it.phase[STORE_PHASE_CHECK].duration_us = 2 * n;
			it.phase[STORE_PHASE_CHECK].callbacks = 1;
		}
		store_loop_iteration(s, &it);
		if (n == 20)
			ASSERT_EQ(store_flush(s), 0);
		if (n == 120)
			n = 199;	/* a gap: 121..199 never ran */
		if (n == 202)
			break;
	}
	ASSERT_EQ(store_close(s, 0), 0);

	db = db_open(path);
	ASSERT_EQ(q_int(db, "SELECT sum(count) FROM loop_batches"), 123);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM loop_batches WHERE count > 64"
		" OR json_array_length(iterations) != count"), 0);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM loop_batches"
		" WHERE first_n <= 120 AND first_n + count > 121"), 0);
	ASSERT_EQ(q_int(db, "SELECT count FROM loop_batches WHERE first_n = 200"), 3);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM loop_batches WHERE first_n = 21"), 1);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM loop_batches a JOIN loop_batches b"
		" ON b.first_n > a.first_n AND b.first_n < a.first_n + a.count"), 0);
	ASSERT_STR_EQ(q_text(db, "SELECT start_us || ' ' || (iterations -> 0) || ' ' ||"
		" (iterations -> 1) FROM loop_batches WHERE first_n = 1"),
		"1000 [0,901,1,null,null,null,null,null,null,50,2,1,5,1,1]"
		" [1000,902,2,null,null,null,null,null,null,null,null,null,5,2,2]");
	ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT n, start_us, duration_us, poll_idle_us,"
		" timers_at, timers_us, timers_cbs, check_at, check_us, check_cbs,"
		" poll_at IS NULL AND close_at IS NULL FROM loop_iterations ORDER BY n", -1,
		&st, NULL), SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW) {
		n = ++rows;
		if (n > 120)
			n += 79;
		ASSERT_EQ(sqlite3_column_int64(st, 0), n);
		ASSERT_EQ(sqlite3_column_int64(st, 1), n * 1000);
		ASSERT_EQ(sqlite3_column_int64(st, 2), 900 + n);
		ASSERT_EQ(sqlite3_column_int64(st, 3), n);
		ASSERT_EQ(sqlite3_column_int64(st, 4), 5);
		ASSERT_EQ(sqlite3_column_int64(st, 5), n % 7);
		ASSERT_EQ(sqlite3_column_int64(st, 6), n % 3);
		if (n % 2) {
			ASSERT_EQ(sqlite3_column_int64(st, 7), 50);
			ASSERT_EQ(sqlite3_column_int64(st, 8), 2 * n);
			ASSERT_EQ(sqlite3_column_int64(st, 9), 1);
		} else {
			ASSERT_EQ(sqlite3_column_type(st, 7), SQLITE_NULL);
			ASSERT_EQ(sqlite3_column_type(st, 8), SQLITE_NULL);
			ASSERT_EQ(sqlite3_column_type(st, 9), SQLITE_NULL);
		}
		ASSERT_EQ(sqlite3_column_int(st, 10), 1);
	}
	ASSERT_EQ(rows, 123);
	sqlite3_finalize(st);
	sqlite3_close(db);
	tmp_cleanup();
	return 0;
}

/* Allocation-site totals are inserted several per statement: 40 sites flushed three
 * times (the first two flushes in one transaction, so one site has two rows in one
 * statement's worth; 120 records: whole statements and leftovers) leave each site's last
 * totals in alloc_sites and every flush in alloc_site_series, none lost or doubled. */
TEST_IMPL(storage_sites_batched)
{
	const char *path = tmp_path("sites.db");
	store_run_info run = test_run();
	store_id f[40];
	char name[16];
	sqlite3 *db;
	store *s;
	int i, k;
	ASSERT_EQ(store_open(&s, path, &run, NULL), 0);
	for (i = 0; i < 40; i++) {
		snprintf(name, sizeof name, "f%d", i);
		f[i] = js_frame(s, name, "/app.js", i + 1, i + 1);
	}
	for (k = 1; k <= 3; k++) {
		for (i = 0; i < 40; i++)
			store_site_add(s, f[i], 1, (uint64_t)(k * 100 + i), k * 10 + i);
		store_site_flush(s, k * 1000);
		if (k == 2)
			ASSERT_EQ(store_flush(s), 0);
	}
	ASSERT_EQ(store_close(s, 0), 0);

	db = db_open(path);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM alloc_sites"), 40);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM alloc_site_series"), 120);
	/* site i: count 3, bytes 100+i + 200+i + 300+i, live 10+i + 20+i + 30+i */
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM alloc_sites a JOIN frames f ON f.id = a.frame_id"
		" WHERE a.count = 3 AND a.bytes = 600 + 3 * (f.line - 1)"
		" AND a.live_bytes = 60 + 3 * (f.line - 1) AND a.updated_us = 3000"), 40);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM alloc_site_series s JOIN frames f"
		" ON f.id = s.frame_id WHERE s.count = s.t_us / 1000"
		" AND s.bytes = (s.t_us / 1000) * (s.t_us / 1000 + 1) * 50 + (s.t_us / 1000)"
		" * (f.line - 1) AND s.live_bytes = (s.t_us / 1000) * (s.t_us / 1000 + 1) * 5"
		" + (s.t_us / 1000) * (f.line - 1)"), 120);
	sqlite3_close(db);
	tmp_cleanup();
	return 0;
}

/* CPU samples are inserted several per statement too (up to 256, read from the
 * writer's array through a virtual table): 601 samples across a flush after the 300th
 * (a full array and leftovers in each transaction), with and without stacks and
 * callback kinds, come back exactly, seq 1..601, none lost or doubled; a second run's
 * samples start again at seq 1. */
TEST_IMPL(storage_samples_batched)
{
	const char *path = tmp_path("samples.db");
	store_run_info run = test_run();
	store_id f, st1, st2;
	sqlite3 *db;
	store *s;
	int i;
	ASSERT_EQ(store_open(&s, path, &run, NULL), 0);
	f = js_frame(s, "main", "/app.js", 1, 1);
	st1 = store_intern_stack(s, 0, f);
	st2 = store_intern_stack(s, st1, js_frame(s, "leaf", "/app.js", 9, 8));
	for (i = 1; i <= 601; i++) {
		store_sample(s, i * 1000, i % 3 ? (i % 2 ? st2 : st1) : 0, 0, i % 8,
			i % 4 ? i % 4 : -1, i % 3);
		if (i == 300)
			ASSERT_EQ(store_flush(s), 0);
	}
	ASSERT_EQ(store_close(s, 0), 0);
	ASSERT_EQ(store_open(&s, path, &run, NULL), 0);
	store_sample(s, 5, 0, 0, 0, -1, 0);
	ASSERT_EQ(store_close(s, 0), 0);

	db = db_open(path);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM samples WHERE run_id = 1"), 601);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM samples WHERE run_id = 1 AND t_us = seq * 1000"
		" AND phase = seq % 8 AND state = seq % 3 AND native_stack_id IS NULL"
		" AND cb_kind IS (CASE WHEN seq % 4 THEN seq % 4 END)"
		" AND (CASE WHEN seq % 3 = 0 THEN stack_id IS NULL WHEN seq % 2 THEN"
		" (SELECT f.name FROM stacks k JOIN frames f ON f.id = k.frame"
		"  WHERE k.id = stack_id AND k.parent IS NOT NULL) = 'leaf' ELSE"
		" (SELECT f.name FROM stacks k JOIN frames f ON f.id = k.frame"
		"  WHERE k.id = stack_id AND k.parent IS NULL) = 'main' END)"), 601);
	ASSERT_EQ(q_int(db, "SELECT min(seq) * 10000 + max(seq) FROM samples WHERE run_id = 1"),
		10601);
	ASSERT_STR_EQ(q_text(db, "SELECT seq || ' ' || t_us FROM samples WHERE run_id = 2"),
		"1 5");
	sqlite3_close(db);
	tmp_cleanup();
	return 0;
}

/* LEAKSCOPE_FLUSH_MS sets the commit interval when the options leave it 0 (the knob
 * bench/record.sh stretches under valgrind): at 10 minutes a sample is not committed
 * 300 ms later, only on store_flush; a value that is not a number in range leaves the
 * default (50 ms), which commits it on its own. */
TEST_IMPL(storage_flush_env)
{
	const char *path = tmp_path("flushenv.db");
	store_run_info run = test_run();
	sqlite3 *db;
	store *s;
	int i;
	ASSERT_EQ(setenv("LEAKSCOPE_FLUSH_MS", "600000", 1), 0);
	ASSERT_EQ(store_open(&s, path, &run, NULL), 0);
	store_sample(s, 1, 0, 0, 0, -1, 0);
	usleep(300000);
	db = db_open(path);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM samples"), 0);
	ASSERT_EQ(store_flush(s), 0);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM samples"), 1);
	ASSERT_EQ(store_close(s, 0), 0);
	ASSERT_EQ(setenv("LEAKSCOPE_FLUSH_MS", "9999999", 1), 0);	/* out of range */
	ASSERT_EQ(store_open(&s, path, &run, NULL), 0);
	store_sample(s, 1, 0, 0, 0, -1, 0);
	for (i = 0; i < 500 && q_int(db, "SELECT count(*) FROM samples") < 2; i++)
		usleep(20000);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM samples"), 2);
	ASSERT_EQ(store_close(s, 0), 0);
	ASSERT_EQ(unsetenv("LEAKSCOPE_FLUSH_MS"), 0);
	sqlite3_close(db);
	tmp_cleanup();
	return 0;
}

/* Every row of sql's first column joined with ';' (sqlite3_free it). */
static char *q_all(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st;
	char *out = sqlite3_mprintf("%s", "");
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
		fprintf(stderr, "q_all: %s\n  %s\n", sqlite3_errmsg(db), sql);
		abort();
	}
	while (sqlite3_step(st) == SQLITE_ROW) {
		char *next = sqlite3_mprintf("%s%s;", out, (const char *)sqlite3_column_text(st, 0));
		sqlite3_free(out);
		out = next;
	}
	sqlite3_finalize(st);
	return out;
}

static const char ALL_ITERATIONS[] = "SELECT quote(run_id) || ',' || quote(n) || ','"
	" || quote(start_us) || ',' || quote(duration_us) || ',' || quote(poll_idle_us)"
	" || ',' || quote(timers_at) || ',' || quote(timers_us) || ',' || quote(timers_cbs)"
	" || ',' || quote(pending_at) || ',' || quote(pending_us) || ',' || quote(pending_cbs)"
	" || ',' || quote(idle_at) || ',' || quote(idle_us) || ',' || quote(idle_cbs)"
	" || ',' || quote(prepare_at) || ',' || quote(prepare_us) || ',' || quote(prepare_cbs)"
	" || ',' || quote(poll_at) || ',' || quote(poll_us) || ',' || quote(poll_cbs)"
	" || ',' || quote(check_at) || ',' || quote(check_us) || ',' || quote(check_cbs)"
	" || ',' || quote(close_at) || ',' || quote(close_us) || ',' || quote(close_cbs)"
	" FROM loop_iterations ORDER BY run_id, n";
static const char ALL_PHASES[] = "SELECT run_id || ',' || iteration || ',' || phase"
	" || ',' || start_us || ',' || duration_us || ',' || quote(callbacks) FROM loop_phases"
	" ORDER BY run_id, iteration, phase";

/* A version-4 file's loop_iterations rows (two runs, 150 iterations with a gap, phases
 * entered or not, negative and large values) read the same through the version-5 view:
 * in the in-memory copy of a read-only open (the file left at version 4) and after a
 * recording upgrades the file, its batches at most 64 long and never across the gap. */
TEST_IMPL(storage_loop_batches_upgrade)
{
	const char *path = tmp_path("v4loop.db"), *end = strstr(store__sql_schema,
		"\n-- @version 5");
	store_run_info run = test_run();
	char *v4, *rows, *phases, *got;
	store *s;
	sqlite3 *db;
	ASSERT(end != NULL);
	v4 = strndup(store__sql_schema, (size_t)(end - store__sql_schema) + 1);
	ASSERT_EQ(sqlite3_open(path, &db), SQLITE_OK);
	ASSERT_EQ(store__migrate(db, v4), 0);
	free(v4);
	ASSERT_EQ(sqlite3_exec(db, "INSERT INTO runs (id, pid, argv, started_at) VALUES"
		" (1, 10, '[]', 1000), (2, 11, '[]', 2000);"
		"WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 160)"
		" INSERT INTO loop_iterations SELECT 1, n, n * 1000 + 7, 900 + n, n % 5,"
		"  0, n % 4, n % 2, CASE WHEN n % 3 = 0 THEN 10 END, CASE WHEN n % 3 = 0 THEN 3 END,"
		"  CASE WHEN n % 3 = 0 THEN 0 END, NULL, NULL, NULL, 20, 1, 0, 30, 500 + n, n % 7,"
		"  600, 1, 1, CASE WHEN n % 4 = 0 THEN 700 END, CASE WHEN n % 4 = 0 THEN -2 END,"
		"  CASE WHEN n % 4 = 0 THEN 9 END FROM k WHERE n NOT BETWEEN 80 AND 89;"
		"INSERT INTO loop_iterations (run_id, n, start_us, duration_us, poll_at, poll_us,"
		" poll_cbs) VALUES (2, 1, 5, 4000000000000, 1, 3999999999999, 0),"
		" (2, 2, 4000000000005, 10, NULL, NULL, NULL)", NULL, NULL, NULL), SQLITE_OK);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM loop_iterations"), 152);
	rows = q_all(db, ALL_ITERATIONS);
	phases = q_all(db, ALL_PHASES);
	sqlite3_close(db);

	ASSERT_EQ(store_open_readonly(&s, path), 0);
	got = q_all(store_db(s), ALL_ITERATIONS);
	ASSERT_STR_EQ(got, rows);
	sqlite3_free(got);
	got = q_all(store_db(s), ALL_PHASES);
	ASSERT_STR_EQ(got, phases);
	sqlite3_free(got);
	store_close(s, 0);
	db = db_open(path);
	ASSERT_EQ(q_int(db, "PRAGMA user_version"), 4);	/* the file was not upgraded */
	sqlite3_close(db);

	ASSERT_EQ(store_open(&s, path, &run, NULL), 0);
	ASSERT_EQ(store_close(s, 0), 0);
	db = db_open(path);
	ASSERT_EQ(q_int(db, "PRAGMA user_version"), 5);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'loop_iterations'"
		" AND type = 'view'"), 1);
	got = q_all(db, ALL_ITERATIONS);
	ASSERT_STR_EQ(got, rows);
	sqlite3_free(got);
	got = q_all(db, ALL_PHASES);
	ASSERT_STR_EQ(got, phases);
	sqlite3_free(got);
	ASSERT_STR_EQ(q_text(db, "SELECT group_concat(b, ' ') FROM (SELECT run_id || ':' ||"
		" first_n || '+' || count AS b FROM loop_batches ORDER BY run_id, first_n)"),
		"1:1+64 1:65+15 1:90+64 1:154+7 2:1+2");
	ASSERT_STR_EQ(q_text(db, "PRAGMA integrity_check"), "ok");
	sqlite3_close(db);
	sqlite3_free(rows);
	sqlite3_free(phases);
	tmp_cleanup();
	return 0;
}

/* The documented query on three iterations worked out by hand (resolution 10 ms):
 *   1: [0, 100 ms), blocked in poll 1..100 ms: the timer fires at 10, 20, … 100 ms;
 *   2: [100, 155 ms), 52 ms of JS, then 3 ms blocked: due at 110, not in that window;
 *   3: [155, 176 ms): fires at its start (155: an interval of 55 ms), then blocked in
 *      poll 156..176 ms: fires at 165 and 175.
 * Intervals: nine of 10 ms, one of 55, two of 10 -> min 10, max 55, mean 13.75 ms,
 * p50 10, p99 55. Utilization: idle 99 + 3 + 20 = 122 of 176 ms -> 54/176. */
TEST_IMPL(storage_loop_utilization_query)
{
	const char *path = tmp_path("elu.db");
	store_run_info run = test_run();
	sqlite3_stmt *st;
	store *s;
	ASSERT_EQ(store_open(&s, path, &run, NULL), 0);
	iteration(s, 1, 0, 100000, 1000, 99000);
	iteration(s, 2, 100000, 55000, 52000, 3000);
	iteration(s, 3, 155000, 21000, 1000, 20000);
	ASSERT_EQ(store_close(s, 0), 0);
	/* a second run's iterations must not leak into the first's figures */
	ASSERT_EQ(store_open(&s, path, &run, NULL), 0);
	iteration(s, 1, 0, 1000000, 10, 10);
	ASSERT_EQ(store_close(s, 0), 0);

	ASSERT(store_query("no-such-query") == NULL);
	ASSERT_EQ(store_open_readonly(&s, path), 0);
	ASSERT_EQ(sqlite3_prepare_v2(store_db(s), store_query("loop-utilization"), -1, &st,
		NULL), SQLITE_OK);
	sqlite3_bind_int(st, sqlite3_bind_parameter_index(st, ":run"), 1);
	sqlite3_bind_int(st, sqlite3_bind_parameter_index(st, ":resolution_us"), 10000);
	ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
	ASSERT_STR_EQ(sqlite3_column_name(st, 4), "utilization");
	ASSERT_EQ(sqlite3_column_int64(st, 0), 0);		/* loop_start_us */
	ASSERT_EQ(sqlite3_column_int64(st, 1), 176000);		/* loop_end_us */
	ASSERT_EQ(sqlite3_column_int64(st, 2), 122000);		/* idle_us */
	ASSERT_EQ(sqlite3_column_int64(st, 3), 54000);		/* active_us */
	ASSERT(sqlite3_column_double(st, 4) > 54.0 / 176 - 1e-9 &&
		sqlite3_column_double(st, 4) < 54.0 / 176 + 1e-9);
	ASSERT_EQ(sqlite3_column_int64(st, 5), 12);		/* delay_count */
	ASSERT_EQ(sqlite3_column_int64(st, 6), 10000);		/* min */
	ASSERT_EQ(sqlite3_column_int64(st, 7), 55000);		/* max */
	ASSERT_EQ(sqlite3_column_double(st, 8), 13750.0);	/* mean */
	ASSERT_EQ(sqlite3_column_int64(st, 9), 10000);		/* p50 */
	ASSERT_EQ(sqlite3_column_int64(st, 10), 10000);		/* p90 */
	ASSERT_EQ(sqlite3_column_int64(st, 11), 55000);		/* p99 */
	ASSERT_EQ(sqlite3_step(st), SQLITE_DONE);
	/* a run without iterations: one row of NULLs, no error */
	sqlite3_reset(st);
	sqlite3_bind_int(st, sqlite3_bind_parameter_index(st, ":run"), 99);
	ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
	ASSERT_EQ(sqlite3_column_type(st, 4), SQLITE_NULL);
	ASSERT_EQ(sqlite3_column_int64(st, 5), 0);
	sqlite3_finalize(st);
	store_close(s, 0);
	tmp_cleanup();
	return 0;
}
