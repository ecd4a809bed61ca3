/* storage-util.h — helpers shared by the storage unit tests: a scratch folder per test,
 * a run description, and one-value SQL queries. */
#ifndef LEAKSCOPE_TEST_STORAGE_UTIL_H
#define LEAKSCOPE_TEST_STORAGE_UTIL_H

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "storage.h"
#include "task.h"

/* A fresh folder under TMPDIR (or /tmp) and a path in it; removed by tmp_cleanup. */
static char tmp_dir[256];

static inline const char *tmp_path(const char *name)
{
	static char buf[4][512];
	static int k;
	char *p = buf[k++ & 3];
	if (!tmp_dir[0]) {
		const char *t = getenv("TMPDIR");
		snprintf(tmp_dir, sizeof tmp_dir, "%s/leakscope-store-XXXXXX", t ? t : "/tmp");
		ASSERT(mkdtemp(tmp_dir) != NULL);
	}
	snprintf(p, sizeof buf[0], "%s/%s", tmp_dir, name);
	return p;
}

static inline void tmp_cleanup(void)
{
	char cmd[600];
	if (!tmp_dir[0])
		return;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp_dir);
	ASSERT_EQ(system(cmd), 0);
	tmp_dir[0] = 0;
}

static inline store_run_info test_run(void)
{
	static char *argv[] = { "leakscope", "run", "--record", "app.db", "app \"x\".js" };
	store_run_info r = {
		.pid = 4242, .ppid = 1, .argc = 5, .argv = argv, .cwd = "/srv/app",
		.leakscope_version = "0.1.0", .mujs_version = "1.3.6", .libuv_version = "1.44.2",
		.sample_interval_us = 1000,
	};
	return r;
}

static inline sqlite3 *db_open(const char *path)
{
	sqlite3 *db;
	ASSERT_EQ(sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL), SQLITE_OK);
	return db;
}

/* The first column of the first row of sql, as an integer (NULL: -999999). */
static inline long long q_int(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st;
	long long v = -999999;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
		fprintf(stderr, "q_int: %s\n  %s\n", sqlite3_errmsg(db), sql);
		abort();
	}
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* The first column of the first row of sql, as text in a static buffer ("(null)"). */
static inline const char *q_text(sqlite3 *db, const char *sql)
{
	static char buf[4][1024];
	static int k;
	char *out = buf[k++ & 3];
	sqlite3_stmt *st;
	snprintf(out, sizeof buf[0], "(none)");
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
		fprintf(stderr, "q_text: %s\n  %s\n", sqlite3_errmsg(db), sql);
		abort();
	}
	if (sqlite3_step(st) == SQLITE_ROW) {
		const unsigned char *t = sqlite3_column_text(st, 0);
		snprintf(out, sizeof buf[0], "%s", t ? (const char *)t : "(null)");
	}
	sqlite3_finalize(st);
	return out;
}

static inline store_id js_frame(store *s, const char *name, const char *file, int line, int fn_line)
{
	store_frame f = { .kind = STORE_FRAME_JS, .name = name, .file = file, .line = line,
		.fn_line = fn_line };
	return store_intern_frame(s, &f);
}

#endif
