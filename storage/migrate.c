/* migrate.c — schema versions: recognising a leakscope database and bringing it forward.
 *
 * schema.sql is a list of steps, each introduced by a line "-- @version N"; the step N
 * takes a file from version N-1 to N. A file is ours when its application_id is 'LKSC';
 * a brand-new file (empty: no id, no version, no tables) is initialised from step 1.
 * Upgrading runs every missing step and the new user_version in one IMMEDIATE
 * transaction, so a crash or a concurrent opener sees either the old or the new schema;
 * the version is re-read inside that transaction, so two processes opening the same new
 * file do not both create it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static const char MARK[] = "-- @version ";

static int pragma_int(sqlite3 *db, const char *sql, int *out)
{
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
	if (rc != SQLITE_OK)
		return rc;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*out = sqlite3_column_int(st, 0);
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	return rc;
}

int store__check(sqlite3 *db)
{
	int app = 0, version = 0, objects = 0, rc;
	if ((rc = pragma_int(db, "PRAGMA application_id", &app)) ||
	    (rc = pragma_int(db, "PRAGMA user_version", &version)) ||
	    (rc = pragma_int(db, "SELECT count(*) FROM sqlite_schema", &objects)))
		return store__error(db, rc);
	if (app == STORE__APPLICATION_ID)
		return version > 0 ? version : STORE_ECORRUPT;
	if (app == 0 && version == 0 && objects == 0)
		return 0;
	return STORE_EFOREIGN;
}

/* Start of the line "-- @version N" for N, or NULL. */
static const char *find_step(const char *script, int n)
{
	const char *p = script;
	while ((p = strstr(p, MARK)) != NULL) {
		if ((p == script || p[-1] == '\n') && atoi(p + sizeof MARK - 1) == n)
			return p;
		p += sizeof MARK - 1;
	}
	return NULL;
}

int store__script_version(const char *script)
{
	int n = 0;
	while (find_step(script, n + 1))
		n++;
	return n;
}

int store__migrate(sqlite3 *db, const char *script)
{
	int latest = store__script_version(script), version, rc, n;
	char *step = NULL;
	rc = sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return store__error(db, rc);
	version = store__check(db);
	if (version < 0)
		goto fail_code;
	if (version > latest) {
		version = STORE_ENEWER;
		goto fail_code;
	}
	for (n = version + 1; n <= latest; n++) {
		const char *from = find_step(script, n), *to = find_step(script, n + 1);
		size_t len = to ? (size_t)(to - from) : strlen(from);
		char pragma[48];
		free(step);
		step = malloc(len + 1);
		if (!step) {
			version = STORE_ENOMEM;
			goto fail_code;
		}
		memcpy(step, from, len);
		step[len] = 0;
		if ((rc = sqlite3_exec(db, step, NULL, NULL, NULL)) != SQLITE_OK)
			goto fail;
		snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", n);
		if ((rc = sqlite3_exec(db, pragma, NULL, NULL, NULL)) != SQLITE_OK)
			goto fail;
	}
	free(step);
	rc = sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
	if (rc != SQLITE_OK) {
		int err = store__error(db, rc);
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		return err;
	}
	return 0;
fail:
	version = store__error(db, rc);
fail_code:
	free(step);
	sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	return version;
}
