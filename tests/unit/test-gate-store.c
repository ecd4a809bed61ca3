/* test-gate-store.c — store_gate_record (storage/gate.c): a CI gate's verdict appended
 * to gate_results of an existing recording, an older file brought to the current schema
 * version on the way (in one transaction, its data kept), and files it must not touch
 * (missing, foreign, newer) left as they were. */
#include <sys/stat.h>

#include "../../storage/internal.h"
#include "storage-util.h"

static store_gate_result verdict(int64_t run, int passed)
{
	store_gate_result r = {
		.run_id = run, .passed = passed, .failing = passed ? 0 : 2, .suspects = 3,
		.max_leak_bytes = 4096, .max_leaks = 0, .snapshots = "[1,2,3]",
		.report = "{\"command\":\"diff\",\"gate\":{\"passed\":false}}",
	};
	return r;
}

TEST_IMPL(storage_gate_record)
{
	const char *path = tmp_path("gate.db"), *missing = tmp_path("missing.db");
	const char *foreign = tmp_path("foreign.db"), *end;
	store_gate_result r = verdict(1, 0);
	char *v3;
	struct stat sb;
	sqlite3 *db;

	/* a version-3 file (before gate_results) holding a run */
	end = strstr(store__sql_schema, "\n-- @version 4");
	ASSERT(end != NULL);
	v3 = strndup(store__sql_schema, (size_t)(end - store__sql_schema) + 1);
	ASSERT_EQ(sqlite3_open(path, &db), SQLITE_OK);
	ASSERT_EQ(store__migrate(db, v3), 0);
	ASSERT_EQ(sqlite3_exec(db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL), SQLITE_OK);
	ASSERT_EQ(sqlite3_exec(db, "INSERT INTO runs (id, pid, argv, started_at)"
		" VALUES (1, 4242, '[\"app.js\"]', 1000)", NULL, NULL, NULL), SQLITE_OK);
	ASSERT_EQ(q_int(db, "PRAGMA user_version"), 3);
	sqlite3_close(db);
	free(v3);

	ASSERT_EQ(store_gate_record(path, &r), 0);
	r = verdict(1, 1);
	ASSERT_EQ(store_gate_record(path, &r), 0);
	db = db_open(path);
	ASSERT_EQ(q_int(db, "PRAGMA user_version"), 5);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM runs"), 1);	/* the data kept */
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM gate_results WHERE run_id = 1"), 2);
	ASSERT_STR_EQ(q_text(db, "SELECT passed || ' ' || failing || ' ' || suspects || ' ' ||"
		" max_leak_bytes || ' ' || max_leaks || ' ' || snapshots FROM gate_results"
		" ORDER BY id LIMIT 1"), "0 2 3 4096 0 [1,2,3]");
	ASSERT_EQ(q_int(db, "SELECT passed FROM gate_results ORDER BY id DESC LIMIT 1"), 1);
	ASSERT_STR_EQ(q_text(db, "SELECT json_extract(report, '$.command') FROM gate_results"
		" LIMIT 1"), "diff");
	ASSERT_EQ(q_int(db, "SELECT abs(at_us / 1000000 - strftime('%s', 'now')) < 3600"
		" FROM gate_results LIMIT 1"), 1);
	ASSERT_STR_EQ(q_text(db, "PRAGMA integrity_check"), "ok");
	sqlite3_close(db);

	/* no recording: none is made */
	ASSERT(store_gate_record(missing, &r) < 0);
	ASSERT(stat(missing, &sb) != 0);
	/* another application's database, and a newer leakscope's: untouched */
	ASSERT_EQ(sqlite3_open(foreign, &db), SQLITE_OK);
	ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE theirs (a)", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	ASSERT_EQ(store_gate_record(foreign, &r), STORE_EFOREIGN);
	db = db_open(foreign);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM sqlite_schema"), 1);
	sqlite3_close(db);
	db = db_open(path);
	ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	ASSERT_EQ(store_gate_record(path, &r), STORE_ENEWER);
	db = db_open(path);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM gate_results"), 2);
	sqlite3_close(db);
	ASSERT_EQ(store_gate_record(NULL, &r), STORE_EINVAL);
	tmp_cleanup();
	return 0;
}
