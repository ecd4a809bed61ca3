/* gate.c — the CI gate's verdicts in the recording (storage.h, schema.sql version 4):
 * store_gate_record() opens the recording for writing without starting a run, brings
 * it to the current schema version (store__migrate: one IMMEDIATE transaction, so a
 * recorder writing the file meanwhile only makes it wait) and appends one row to
 * gate_results.
 */
#include <stdlib.h>
#include <sys/time.h>

#include "internal.h"

int store_gate_record(const char *path, const store_gate_result *r)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *st;
	struct timeval tv;
	int rc, err, version;

	if (!path || !r || !r->snapshots || !r->report)
		return STORE_EINVAL;
	/* no CREATE: a verdict belongs in an existing recording */
	rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL);
	if (rc != SQLITE_OK) {
		err = db ? store__error(db, rc) : STORE_ENOMEM;
		sqlite3_close(db);
		return err;
	}
	sqlite3_extended_result_codes(db, 1);
	sqlite3_busy_timeout(db, 5000);
	if (sqlite3_db_readonly(db, "main") == 1) {
		sqlite3_close(db);
		return STORE_EREADONLY;
	}
	/* look before touching: a foreign or newer file is left alone */
	version = store__check(db);
	err = version < 0 ? version : version == 0 ? STORE_EFOREIGN :
		version > store__script_version(store__sql_schema) ? STORE_ENEWER : 0;
	if (!err)
		err = store__migrate(db, store__sql_schema);
	if (!err) {
		rc = sqlite3_prepare_v2(db, "INSERT INTO gate_results (run_id, at_us, passed,"
			" failing, suspects, max_leak_bytes, max_leaks, snapshots, report) VALUES"
			" (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", -1, &st, NULL);
		if (rc != SQLITE_OK) {
			err = store__error(db, rc);
		} else {
			gettimeofday(&tv, NULL);
			sqlite3_bind_int64(st, 1, r->run_id);
			sqlite3_bind_int64(st, 2, (sqlite3_int64)tv.tv_sec * 1000000 + tv.tv_usec);
			sqlite3_bind_int(st, 3, r->passed != 0);
			sqlite3_bind_int64(st, 4, r->failing);
			sqlite3_bind_int64(st, 5, r->suspects);
			sqlite3_bind_int64(st, 6, r->max_leak_bytes);
			sqlite3_bind_int64(st, 7, r->max_leaks);
			sqlite3_bind_text(st, 8, r->snapshots, -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 9, r->report, -1, SQLITE_STATIC);
			rc = sqlite3_step(st);
			err = rc == SQLITE_DONE ? 0 : store__error(db, rc);
			sqlite3_finalize(st);
		}
	}
	if (sqlite3_close(db) != SQLITE_OK && !err)
		err = STORE_EIO;
	return err;
}
