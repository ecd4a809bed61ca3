/* test-storage-faults.c — storage when things go wrong: a recorder killed with SIGKILL
 * mid-run, a full disk at open and while recording (a SQLite VFS shim caps file
 * sizes), a database locked by another process, a read-only file, a missing folder,
 * and a writer that falls behind (events dropped and counted, never blocking). */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "storage-util.h"

/* ---- a VFS that fails writes past `quota` bytes in any file, like a full disk ---- */

static sqlite3_vfs *base_vfs;
static sqlite3_vfs quota_vfs;
static sqlite3_int64 quota = -1;	/* bytes per file; -1: no limit */

typedef struct qfile {
	sqlite3_file base;
	sqlite3_file *real;
} qfile;

#define REAL(f) (((qfile *)(f))->real)
#define FWD(f, m, ...) REAL(f)->pMethods->m(REAL(f), __VA_ARGS__)

static int q_close(sqlite3_file *f) { return REAL(f)->pMethods->xClose(REAL(f)); }
static int q_read(sqlite3_file *f, void *b, int n, sqlite3_int64 o) { return FWD(f, xRead, b, n, o); }
static int q_write(sqlite3_file *f, const void *b, int n, sqlite3_int64 o)
{
	if (quota >= 0 && o + n > quota)
		return SQLITE_FULL;
	return FWD(f, xWrite, b, n, o);
}
static int q_truncate(sqlite3_file *f, sqlite3_int64 n) { return FWD(f, xTruncate, n); }
static int q_sync(sqlite3_file *f, int fl) { return FWD(f, xSync, fl); }
static int q_size(sqlite3_file *f, sqlite3_int64 *n) { return FWD(f, xFileSize, n); }
static int q_lock(sqlite3_file *f, int l) { return FWD(f, xLock, l); }
static int q_unlock(sqlite3_file *f, int l) { return FWD(f, xUnlock, l); }
static int q_check(sqlite3_file *f, int *r) { return FWD(f, xCheckReservedLock, r); }
static int q_fctl(sqlite3_file *f, int op, void *a) { return FWD(f, xFileControl, op, a); }
static int q_sector(sqlite3_file *f) { return REAL(f)->pMethods->xSectorSize(REAL(f)); }
static int q_devchar(sqlite3_file *f) { return REAL(f)->pMethods->xDeviceCharacteristics(REAL(f)); }
static int q_shmmap(sqlite3_file *f, int i, int sz, int ext, void volatile **pp) { return FWD(f, xShmMap, i, sz, ext, pp); }
static int q_shmlock(sqlite3_file *f, int off, int n, int fl) { return FWD(f, xShmLock, off, n, fl); }
static void q_shmbarrier(sqlite3_file *f) { REAL(f)->pMethods->xShmBarrier(REAL(f)); }
static int q_shmunmap(sqlite3_file *f, int del) { return FWD(f, xShmUnmap, del); }
static int q_fetch(sqlite3_file *f, sqlite3_int64 o, int n, void **pp) { return FWD(f, xFetch, o, n, pp); }
static int q_unfetch(sqlite3_file *f, sqlite3_int64 o, void *p) { return FWD(f, xUnfetch, o, p); }

static const sqlite3_io_methods q_methods = {
	3, q_close, q_read, q_write, q_truncate, q_sync, q_size, q_lock, q_unlock, q_check,
	q_fctl, q_sector, q_devchar, q_shmmap, q_shmlock, q_shmbarrier, q_shmunmap,
	q_fetch, q_unfetch,
};

static int q_open(sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *f, int flags,
	int *out)
{
	qfile *q = (qfile *)f;
	int rc;
	q->real = (sqlite3_file *)(q + 1);
	q->real->pMethods = NULL;
	rc = base_vfs->xOpen(base_vfs, name, q->real, flags, out);
	if (rc != SQLITE_OK && q->real->pMethods) {
		q->real->pMethods->xClose(q->real);
		q->real->pMethods = NULL;
	}
	q->base.pMethods = q->real->pMethods ? &q_methods : NULL;
	return rc;
}

static void quota_register(void)
{
	base_vfs = sqlite3_vfs_find(NULL);
	quota_vfs = *base_vfs;
	quota_vfs.zName = "quota";
	quota_vfs.szOsFile = (int)sizeof(qfile) + base_vfs->szOsFile;
	quota_vfs.xOpen = q_open;
	ASSERT_EQ(sqlite3_vfs_register(&quota_vfs, 0), SQLITE_OK);
}

/* ---- helpers ---- */

static void write_byte(int fd)
{
	ASSERT_EQ(write(fd, "x", 1), 1);
}

static void read_byte(int fd)
{
	char c;
	ASSERT_EQ(read(fd, &c, 1), 1);
}

/* A child process that opens path with plain SQLite, runs sql (which takes a lock),
 * tells the parent through *ready_fd, then holds the lock until the parent writes a byte
 * to *release_fd (or closes it, or kills the child): how long it holds the lock is up
 * to the test, not to a sleep that a loaded machine could outlast. */
static pid_t lock_holder(const char *path, const char *sql, int *ready_fd, int *release_fd)
{
	int p[2], rel[2];
	pid_t pid;
	ASSERT_EQ(pipe(p), 0);
	ASSERT_EQ(pipe(rel), 0);
	pid = fork();
	ASSERT(pid >= 0);
	if (pid == 0) {
		sqlite3 *db;
		char c;
		close(p[0]);
		close(rel[1]);
		if (sqlite3_open(path, &db) != SQLITE_OK ||
		    sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK) {
			fprintf(stderr, "lock_holder: %s\n", sqlite3_errmsg(db));
			_exit(1);
		}
		write_byte(p[1]);
		while (read(rel[0], &c, 1) < 0 && errno == EINTR)
			;
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		sqlite3_close(db);
		_exit(0);
	}
	close(p[1]);
	close(rel[0]);
	*ready_fd = p[0];
	*release_fd = rel[1];
	return pid;
}

static void reap(pid_t pid, int expect_status)
{
	int status;
	ASSERT_EQ(waitpid(pid, &status, 0), pid);
	ASSERT_EQ(status, expect_status);
}

/* ---- tests ---- */

/* A recorder appends samples continuously and is SIGKILLed mid-run. The file opens,
 * passes integrity_check, and holds a gapless prefix of the samples that includes every
 * one the child saw committed; the run has no end. A new run can be recorded after. */
TEST_IMPL(storage_kill9_keeps_committed)
{
	const char *path = tmp_path("killed.db");
	store_run_info run = test_run();
	uint64_t reported = 0, r;
	int p[2], reports = 0;
	pid_t pid;
	sqlite3 *db;
	store *s;
	ASSERT_EQ(pipe(p), 0);
	pid = fork();
	ASSERT(pid >= 0);
	if (pid == 0) {
		store_stats st;
		store_id fr[3], stack;
		uint64_t base;
		int64_t i;
		close(p[0]);
		if (store_open(&s, path, &run, NULL))
			_exit(1);
		fr[0] = js_frame(s, "main", "/app.js", 1, 1);
		fr[1] = js_frame(s, "loop", "/app.js", 5, 4);
		fr[2] = js_frame(s, "work", "/app.js", 9, 8);
		stack = store_intern_frames(s, fr, 3);
		store_flush(s);
		store_get_stats(s, &st);
		base = st.committed;
		for (i = 0;; i++) {
			store_sample(s, i, stack, 0, STORE_PHASE_POLL, STORE_CB_IO,
				STORE_STATE_RUNNING);
			if (i % 100 == 99) {
				store_get_stats(s, &st);
				r = st.committed - base;
				if (write(p[1], &r, sizeof r) != sizeof r)
					_exit(2);
				usleep(1000);	/* ~100k samples/s: the writer keeps up */
			}
		}
	}
	close(p[1]);
	/* let it commit for a while, then kill it without warning */
	while (reports < 300 || reported < 2000) {
		ASSERT_EQ(read(p[0], &r, sizeof r), sizeof r);
		reported = r;
		reports++;
	}
	ASSERT_EQ(kill(pid, SIGKILL), 0);
	reap(pid, SIGKILL);
	while (read(p[0], &r, sizeof r) == sizeof r)	/* reports sent before it died */
		reported = r;
	close(p[0]);

	db = db_open(path);
	ASSERT_STR_EQ(q_text(db, "PRAGMA integrity_check"), "ok");
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM runs WHERE ended_at IS NULL"
		" AND exit_code IS NULL"), 1);
	ASSERT(q_int(db, "SELECT count(*) FROM samples") >= (long long)reported);
	ASSERT_EQ(q_int(db, "SELECT min(t_us) FROM samples"), 0);
	ASSERT_EQ(q_int(db, "SELECT max(t_us) + 1 - count(*) FROM samples"), 0);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM samples WHERE seq != t_us + 1"), 0);
	ASSERT_EQ(q_int(db, "SELECT count(DISTINCT stack_id) FROM samples"), 1);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM stacks"), 3);
	sqlite3_close(db);
	fprintf(stderr, "killed after %llu committed samples\n", (unsigned long long)reported);

	ASSERT_EQ(store_open(&s, path, &run, NULL), 0);
	ASSERT_EQ(store_run_id(s), 2);
	ASSERT_EQ(store_close(s, 0), 0);
	tmp_cleanup();
	return 0;
}

/* The same after abort() in the middle of a batch stream (an assertion in the app). */
TEST_IMPL(storage_abort_keeps_committed)
{
	const char *path = tmp_path("aborted.db");
	store_run_info run = test_run();
	pid_t pid = fork();
	sqlite3 *db;
	ASSERT(pid >= 0);
	if (pid == 0) {
		store *s;
		int i;
		signal(SIGABRT, SIG_DFL);
		if (store_open(&s, path, &run, NULL))
			_exit(1);
		for (i = 0; i < 5000; i++)
			store_sample(s, i, 0, 0, 0, STORE_CB_MAIN, STORE_STATE_RUNNING);
		store_flush(s);
		for (; i < 200000; i++)
			store_sample(s, i, 0, 0, 0, STORE_CB_MAIN, STORE_STATE_RUNNING);
		abort();
	}
	reap(pid, SIGABRT);
	db = db_open(path);
	ASSERT_STR_EQ(q_text(db, "PRAGMA integrity_check"), "ok");
	ASSERT(q_int(db, "SELECT count(*) FROM samples") >= 5000);
	ASSERT_EQ(q_int(db, "SELECT max(t_us) + 1 - count(*) FROM samples"), 0);
	sqlite3_close(db);
	tmp_cleanup();
	return 0;
}

/* Disk full at open: a clear error and nothing half-made that a later open trips on. */
TEST_IMPL(storage_full_at_open)
{
	const char *path = tmp_path("full.db");
	store_run_info run = test_run();
	store_options o = { .vfs = "quota" };
	store *s;
	quota_register();
	quota = 2048;	/* not even one page of the schema fits */
	ASSERT_EQ(store_open(&s, path, &run, &o), STORE_EFULL);
	ASSERT(s == NULL);
	ASSERT(strstr(store_strerror(STORE_EFULL), "full") != NULL);
	quota = -1;
	ASSERT_EQ(store_open(&s, path, &run, &o), 0);
	ASSERT_EQ(store_run_id(s), 1);
	ASSERT_EQ(store_close(s, 0), 0);
	tmp_cleanup();
	return 0;
}

/* Disk full while recording: the store stops writing, reports EFULL, appends become
 * counted no-ops (the app goes on), and the file keeps every batch committed before. */
TEST_IMPL(storage_full_while_recording)
{
	const char *path = tmp_path("filling.db");
	store_run_info run = test_run();
	store_options o = { .vfs = "quota", .flush_ms = 60000 };
	store_stats st;
	store *s;
	sqlite3 *db;
	int64_t i, ok_upto = 0;
	int err = 0;
	quota_register();
	quota = 256 * 1024;
	ASSERT_EQ(store_open(&s, path, &run, &o), 0);
	for (i = 0; i < 1000000 && !err; i++) {
		store_sample(s, i, 0, 0, STORE_PHASE_POLL, STORE_CB_IO, STORE_STATE_RUNNING);
		if (i % 500 == 499) {
			err = store_flush(s);
			if (!err)
				ok_upto = i + 1;
		}
	}
	ASSERT_EQ(err, STORE_EFULL);
	ASSERT_EQ(store_status(s), STORE_EFULL);
	ASSERT(ok_upto > 0);
	store_get_stats(s, &st);
	store_sample(s, i, 0, 0, 0, STORE_CB_NONE, STORE_STATE_IDLE);
	ASSERT(js_frame(s, "still", "/interning.js", 1, 1) != 0);	/* memory only */
	{
		store_stats st2;
		store_get_stats(s, &st2);
		ASSERT_EQ(st2.dropped, st.dropped + 1);
	}
	ASSERT_EQ(store_close(s, 0), STORE_EFULL);
	quota = -1;

	db = db_open(path);
	ASSERT_STR_EQ(q_text(db, "PRAGMA integrity_check"), "ok");
	ASSERT(q_int(db, "SELECT count(*) FROM samples") >= ok_upto);
	ASSERT(q_int(db, "SELECT count(*) FROM samples") < i);
	ASSERT_EQ(q_int(db, "SELECT max(t_us) + 1 - count(*) FROM samples"), 0);
	sqlite3_close(db);
	fprintf(stderr, "full after %lld samples\n", (long long)ok_upto);
	tmp_cleanup();
	return 0;
}

/* Another process holds the lock: store_open gives up after busy_ms with ELOCKED, for a
 * leakscope file mid-transaction (WAL) and a new file held in exclusive locking mode. */
TEST_IMPL(storage_locked)
{
	const char *wal = tmp_path("locked.db"), *fresh = tmp_path("exclusive.db");
	store_run_info run = test_run();
	store_options o = { .busy_ms = 100 };
	store *s;
	int fd, release;
	pid_t pid;
	ASSERT_EQ(store_open(&s, wal, &run, NULL), 0);
	ASSERT_EQ(store_close(s, 0), 0);

	pid = lock_holder(wal, "BEGIN IMMEDIATE; INSERT INTO gc_events VALUES (1, 1, 0, 0, 0, 0)",
		&fd, &release);
	read_byte(fd);
	ASSERT_EQ(store_open(&s, wal, &run, &o), STORE_ELOCKED);
	ASSERT(s == NULL);
	ASSERT(strstr(store_strerror(STORE_ELOCKED), "locked") != NULL);
	kill(pid, SIGKILL);
	reap(pid, SIGKILL);
	close(fd);
	close(release);

	pid = lock_holder(fresh, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;"
		" CREATE TABLE mine (a)", &fd, &release);
	read_byte(fd);
	ASSERT_EQ(store_open(&s, fresh, &run, &o), STORE_ELOCKED);
	kill(pid, SIGKILL);
	reap(pid, SIGKILL);
	close(fd);
	close(release);

	/* once the other process is gone, recording works and the first run is intact */
	ASSERT_EQ(store_open(&s, wal, &run, &o), 0);
	ASSERT_EQ(store_run_id(s), 2);
	ASSERT_EQ(store_close(s, 0), 0);
	tmp_cleanup();
	return 0;
}

/* A file without write permission gives EREADONLY (as root, the check runs in a child
 * that has given up root, which would otherwise write anyway); a missing folder gives
 * ECANTOPEN. */
TEST_IMPL(storage_readonly_and_missing)
{
	const char *path = tmp_path("ro.db");
	store_run_info run = test_run();
	store *s;
	pid_t pid;
	char dir[300];
	ASSERT_EQ(store_open(&s, path, &run, NULL), 0);
	ASSERT_EQ(store_close(s, 0), 0);
	ASSERT_EQ(chmod(path, 0444), 0);
	snprintf(dir, sizeof dir, "%s", path);
	*strrchr(dir, '/') = 0;
	ASSERT_EQ(chmod(dir, 0777), 0);
	pid = fork();
	ASSERT(pid >= 0);
	if (pid == 0) {
		int err;
		if (geteuid() == 0 && (setgid(65534) || setuid(65534)))
			_exit(100);
		err = store_open(&s, path, &run, NULL);
		_exit(err == STORE_EREADONLY ? 0 : 100 - err);
	}
	reap(pid, 0);
	/* read-only files can still be read */
	ASSERT_EQ(store_open_readonly(&s, path), 0);
	ASSERT_EQ(q_int(store_db(s), "SELECT count(*) FROM runs"), 1);
	store_close(s, 0);

	ASSERT_EQ(store_open(&s, tmp_path("no/such/folder/x.db"), &run, NULL), STORE_ECANTOPEN);
	ASSERT_EQ(store_open_readonly(&s, tmp_path("missing.db")), STORE_ECANTOPEN);
	tmp_cleanup();
	return 0;
}

/* The writer cannot commit (another process holds the write lock for a while): the app
 * keeps appending without blocking, events past the queue limit are dropped and counted,
 * frames and stacks are not, and once the lock is gone everything kept is committed. */
TEST_IMPL(storage_backpressure_drops)
{
	const char *path = tmp_path("slow.db");
	store_run_info run = test_run();
	store_options o = { .queue_limit = 128 * 1024, .flush_ms = 5, .busy_ms = 20 };
	store_stats st;
	store_id fr, stack = 0;
	store *s;
	sqlite3 *db;
	int fd, release, i, err, locked_flushes = 0;
	pid_t pid;
	ASSERT_EQ(store_open(&s, path, &run, &o), 0);
	pid = lock_holder(path, "BEGIN IMMEDIATE; INSERT INTO gc_events VALUES (9, 1, 0, 0, 0, 0)",
		&fd, &release);
	read_byte(fd);
	for (i = 0; i < 20000; i++) {
		if (i % 1000 == 0) {	/* new frames and stacks while over the limit */
			char name[16];
			snprintf(name, sizeof name, "f%d", i / 1000);
			fr = js_frame(s, name, "/a.js", 1, 1);
			stack = store_intern_stack(s, 0, fr);
		}
		store_sample(s, i, stack, 0, STORE_PHASE_POLL, STORE_CB_IO, STORE_STATE_RUNNING);
	}
	store_get_stats(s, &st);
	ASSERT(st.dropped > 0);
	ASSERT(st.queue_bytes <= o.queue_limit + 2 * 65600);
	/* the writer retries every few ms with what it kept; flush says why it waits. The
	 * lock is let go once a flush has said so. */
	while ((err = store_flush(s)) == STORE_ELOCKED) {
		if (locked_flushes++ == 0)
			write_byte(release);
	}
	ASSERT_EQ(err, 0);
	ASSERT(locked_flushes > 0);
	reap(pid, 0);
	close(fd);
	close(release);
	store_get_stats(s, &st);
	ASSERT_EQ(st.committed, st.appended);
	ASSERT_EQ(store_close(s, 0), 0);

	db = db_open(path);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM samples") + (long long)st.dropped, 20000);
	ASSERT_EQ(q_int(db, "SELECT dropped FROM runs"), (long long)st.dropped);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM frames"), 20);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM stacks"), 20);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM gc_events"), 0);	/* the other's rollback */
	sqlite3_close(db);
	tmp_cleanup();
	return 0;
}
