/* store.c — the public face of storage (storage.h): opening a database for a run,
 * closing it, errors, and the memory-only append calls of the app thread.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

#define DEFAULT_FLUSH_MS 50
#define DEFAULT_QUEUE_LIMIT ((size_t)64 << 20)
#define DEFAULT_BUSY_MS 1000

const char *store_strerror(int err)
{
	switch (err) {
	case STORE_OK: return "ok";
	case STORE_ELOCKED: return "the database is locked by another process";
	case STORE_EREADONLY: return "the database is read-only (no write permission on the file or its folder)";
	case STORE_EFULL: return "the disk (or quota) is full: the database cannot grow";
	case STORE_ENOTDB: return "not a SQLite database";
	case STORE_EFOREIGN: return "not a leakscope database (a SQLite file of another application)";
	case STORE_ENEWER: return "written by a newer leakscope: its schema version is unknown to this one";
	case STORE_EOLDER: return "written by an older leakscope: record into it once to upgrade it";
	case STORE_ECORRUPT: return "the database file is corrupt";
	case STORE_ECANTOPEN: return "cannot open or create the database file (missing folder or no permission)";
	case STORE_EIO: return "I/O error on the database file";
	case STORE_ENOMEM: return "out of memory";
	case STORE_EINVAL: return "invalid argument";
	case STORE_ETHREAD: return "cannot start the database writer thread";
	}
	return "unknown storage error";
}

int store__error(sqlite3 *db, int rc)
{
	int sys = db ? sqlite3_system_errno(db) : 0;
	switch (rc & 0xff) {
	case SQLITE_OK:
	case SQLITE_ROW:
	case SQLITE_DONE:
		return 0;
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return STORE_ELOCKED;
	case SQLITE_READONLY:
	case SQLITE_PERM:
	case SQLITE_AUTH:
		return STORE_EREADONLY;
	case SQLITE_FULL:
		return STORE_EFULL;
	case SQLITE_NOTADB:
		return STORE_ENOTDB;
	case SQLITE_CORRUPT:
		return STORE_ECORRUPT;
	case SQLITE_NOMEM:
		return STORE_ENOMEM;
	case SQLITE_CANTOPEN:
		return sys == EROFS ? STORE_EREADONLY : STORE_ECANTOPEN;
	case SQLITE_IOERR:
		if (sys == ENOSPC || sys == EDQUOT)
			return STORE_EFULL;
		if (sys == EROFS || sys == EACCES || sys == EPERM)
			return STORE_EREADONLY;
		return STORE_EIO;
	}
	return STORE_EIO;
}

uint64_t store__mono_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static int64_t wall_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static int exec(sqlite3 *db, const char *sql)
{
	return store__error(db, sqlite3_exec(db, sql, NULL, NULL, NULL));
}

/* Inserts the runs row (argv built with SQLite's own JSON functions). */
static int insert_run(store *s, const store_run_info *run)
{
	static const char sql[] =
		"INSERT INTO runs (pid, ppid, argv, cwd, started_at, leakscope_version,"
		" mujs_version, libuv_version, sqlite_version, sample_interval_us,"
		" parent_run_id, thread_id, kind)"
		" VALUES (?1, ?2, '[]', ?3, ?4, ?5, ?6, ?7, sqlite_version(), ?8, ?9, ?10, ?11)";
	sqlite3_stmt *st = NULL;
	int rc, i;
	if ((rc = exec(s->db, "BEGIN IMMEDIATE")))
		return rc;
	rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
	if (rc == SQLITE_OK) {
		sqlite3_bind_int(st, 1, run->pid);
		sqlite3_bind_int(st, 2, run->ppid);
		sqlite3_bind_text(st, 3, run->cwd, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 4, s->t0_wall_us);
		sqlite3_bind_text(st, 5, run->leakscope_version, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 6, run->mujs_version, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 7, run->libuv_version, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 8, run->sample_interval_us);
		if (run->parent_run_id > 0)
			sqlite3_bind_int64(st, 9, run->parent_run_id);
		else
			sqlite3_bind_null(st, 9);
		sqlite3_bind_int(st, 10, run->thread_id);
		sqlite3_bind_text(st, 11, run->kind ? run->kind : "main", -1, SQLITE_STATIC);
		rc = sqlite3_step(st);
		s->run_id = sqlite3_last_insert_rowid(s->db);
		sqlite3_finalize(st);
		st = NULL;
	}
	if (rc == SQLITE_DONE)
		rc = sqlite3_prepare_v2(s->db,
			"UPDATE runs SET argv = json_insert(argv, '$[#]', ?1) WHERE id = ?2",
			-1, &st, NULL);
	for (i = 0; rc == SQLITE_OK && i < run->argc; i++) {
		sqlite3_bind_text(st, 1, run->argv[i] ? run->argv[i] : "", -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, s->run_id);
		rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc == SQLITE_DONE)
			rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_OK || rc == SQLITE_DONE)
		rc = sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
	if (rc != SQLITE_OK) {
		int err = store__error(s->db, rc);
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		return err;
	}
	return 0;
}

static void store_free(store *s)
{
	store__writer_free(s);
	if (s->db)
		sqlite3_close_v2(s->db);
	if (s->q.head)
		store__queue_destroy(&s->q);
	store__intern_free(&s->in);
	store__sites_free(&s->sites);
	pthread_cond_destroy(&s->wake);
	pthread_cond_destroy(&s->flushed);
	pthread_cond_destroy(&s->snap_cond);
	pthread_mutex_destroy(&s->lock);
	free(s);
}

static store *store_new(void)
{
	/* aligned: the queue keeps producer and consumer fields on separate cache lines */
	store *s = aligned_alloc(_Alignof(store), sizeof *s);
	pthread_condattr_t ca;
	if (!s)
		return NULL;
	memset(s, 0, sizeof *s);
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_mutex_init(&s->lock, NULL);
	pthread_cond_init(&s->wake, &ca);
	pthread_cond_init(&s->flushed, NULL);
	pthread_cond_init(&s->snap_cond, NULL);
	pthread_condattr_destroy(&ca);
	return s;
}

/* SQLite keeps memory statistics nobody here reads (sqlite3_memory_used and friends):
 * every allocation and free of every connection takes a global mutex for them. Off
 * before SQLite initialises, which is at the first open (a later call is refused and
 * changes nothing): ~2% of the writer thread's instructions. */
static void config_once(void)
{
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

/* sqlite3_open_v2 and the connection settings every handle shares. */
static int open_db(store *s, const char *path, int flags, const char *vfs, unsigned busy_ms)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	/* A recording connection is used by one thread at a time (open, writer, close: each
	 * hands over through thread start and join); a reader's may be shared. */
	int rc;
	pthread_once(&once, config_once);
	rc = sqlite3_open_v2(path, &s->db,
		flags | (flags & SQLITE_OPEN_READONLY ? 0 : SQLITE_OPEN_NOMUTEX), vfs);
	if (rc != SQLITE_OK)
		return s->db ? store__error(s->db, rc) : STORE_ENOMEM;
	sqlite3_extended_result_codes(s->db, 1);
	sqlite3_busy_timeout(s->db, (int)busy_ms);
	return 0;
}

/* A path that does not exist yet becomes a copy of store__fresh_image, a new file at the
 * latest version, so that store__migrate finds nothing to do: running schema.sql's
 * steps here cost ~16M instructions, as much as recording a short I/O-bound script
 * (bench/record.sh). The image is written under a name of its own in the same folder
 * and linked into place: a concurrent opener sees no file or all of it, and a file
 * someone else made meanwhile is kept (link fails). Any failure leaves the path to the
 * usual creation, which reports it. Not for SQLite's special names. */
static void fresh_file(const char *path)
{
	static atomic_uint seq;
	char tmp[4096];
	struct stat st;
	size_t off = 0;
	int fd, n, ok = 1;
	if (!path[0] || !strcmp(path, ":memory:") || !strncmp(path, "file:", 5) ||
	    lstat(path, &st) == 0 || errno != ENOENT)
		return;
	n = snprintf(tmp, sizeof tmp, "%s.new-%ld-%u", path, (long)getpid(),
		atomic_fetch_add(&seq, 1));
	if (n < 0 || (size_t)n >= sizeof tmp)
		return;
	if ((fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644)) < 0)
		return;
	while (ok && off < store__fresh_image_len) {
		ssize_t w = write(fd, store__fresh_image + off, store__fresh_image_len - off);
		if (w > 0)
			off += (size_t)w;
		else if (w < 0 && errno == EINTR)
			continue;
		else
			ok = 0;
	}
	if (close(fd) != 0)
		ok = 0;
	if (ok)
		(void)link(tmp, path);
	unlink(tmp);
}

int store_open(store **out, const char *path, const store_run_info *run,
	const store_options *opts)
{
	store_options o = { 0 };
	store *s;
	int err, version;
	sqlite3_stmt *st;
	if (!out || !path || !run)
		return STORE_EINVAL;
	*out = NULL;
	if (opts)
		o = *opts;
	if (!(s = store_new()))
		return STORE_ENOMEM;
	s->t0_ns = store__mono_ns();
	s->t0_wall_us = wall_us();
	if (!(s->flush_ms = o.flush_ms)) {
		const char *e = getenv("LEAKSCOPE_FLUSH_MS");
		char *end;
		unsigned long v = e ? strtoul(e, &end, 10) : 0;
		s->flush_ms = e && *e && !*end && v >= 1 && v <= 3600000 ? (unsigned)v :
			DEFAULT_FLUSH_MS;
	}
	s->queue_limit = o.queue_limit ? o.queue_limit : DEFAULT_QUEUE_LIMIT;
	s->busy_ms = o.busy_ms;
	if (!o.vfs)
		fresh_file(path);
	err = open_db(s, path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, o.vfs,
		o.busy_ms ? o.busy_ms : DEFAULT_BUSY_MS);
	if (err)
		goto fail;
	if (sqlite3_db_readonly(s->db, "main") == 1) {
		err = STORE_EREADONLY;
		goto fail;
	}
	/* Look before touching: a foreign or newer file must not even be switched to WAL. */
	version = store__check(s->db);
	if (version < 0) {
		err = version;
		goto fail;
	}
	if (version > store__script_version(store__sql_schema)) {
		err = STORE_ENEWER;
		goto fail;
	}
	if (sqlite3_prepare_v2(s->db, "PRAGMA journal_mode = WAL", -1, &st, NULL) == SQLITE_OK) {
		int rc = sqlite3_step(st);
		const char *mode = (const char *)sqlite3_column_text(st, 0);
		err = rc == SQLITE_ROW ? (mode && !strcmp(mode, "wal") ? 0 : STORE_ELOCKED)
			: store__error(s->db, rc);
		sqlite3_finalize(st);
	} else {
		err = store__error(s->db, sqlite3_errcode(s->db));
	}
	/* The schema and the run's row are written without syncs: on a new WAL, SQLite's
	 * first commit syncs the WAL's header and then the folder (~13 ms of the runtime
	 * thread's start on the VMs this was built on: 2% of a short app's run). Nothing
	 * before them can be damaged by a power loss meanwhile (the database file is not
	 * written before a checkpoint, and the first checkpoint syncs the WAL and the
	 * folder first), and they can only be lost with the run they begin. */
	if (err || (err = exec(s->db, "PRAGMA synchronous = OFF")) ||
	    (err = store__migrate(s->db, store__sql_schema)) || (err = insert_run(s, run)) ||
	    (err = exec(s->db, "PRAGMA synchronous = NORMAL")))
		goto fail;
	if ((err = store__queue_init(&s->q)))
		goto fail;
	if ((err = store__writer_start(s)))
		goto fail;
	*out = s;
	return 0;
fail:
	store_free(s);
	return err;
}

/* s->db, a file of an older schema version, is replaced by an in-memory copy of it
 * brought up to date by the missing steps: the reader sees the current schema (tables
 * added since are empty) and the file is never written, so a read-only file or one that
 * a person only looks at stays as it was. The copy costs memory of the file's size; a
 * recording into the file upgrades it for good (record once to avoid the copy). */
static int upgraded_copy(store *s)
{
	sqlite3 *mem = NULL;
	sqlite3_backup *b;
	int rc = sqlite3_open_v2(":memory:", &mem, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
		NULL), err;
	if (rc != SQLITE_OK) {
		err = mem ? store__error(mem, rc) : STORE_ENOMEM;
		sqlite3_close(mem);
		return err;
	}
	sqlite3_extended_result_codes(mem, 1);
	if (!(b = sqlite3_backup_init(mem, "main", s->db, "main"))) {
		err = store__error(mem, sqlite3_errcode(mem));
		sqlite3_close(mem);
		return err;
	}
	while ((rc = sqlite3_backup_step(b, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED)
		sqlite3_sleep(10);
	sqlite3_backup_finish(b);
	if (rc != SQLITE_DONE) {
		err = store__error(s->db, rc);
		sqlite3_close(mem);
		return err;
	}
	if ((err = store__migrate(mem, store__sql_schema))) {
		sqlite3_close(mem);
		return err;
	}
	sqlite3_close_v2(s->db);
	s->db = mem;
	return 0;
}

int store_open_readonly(store **out, const char *path)
{
	store *s;
	int err, version, latest = store__script_version(store__sql_schema);
	if (!out || !path)
		return STORE_EINVAL;
	*out = NULL;
	if (!(s = store_new()))
		return STORE_ENOMEM;
	s->readonly = 1;
	atomic_store(&s->error, STORE_EREADONLY);	/* appends are no-ops */
	err = open_db(s, path, SQLITE_OPEN_READONLY, NULL, DEFAULT_BUSY_MS);
	if (!err) {
		version = store__check(s->db);
		err = version < 0 ? version : version == 0 ? STORE_EFOREIGN
			: version > latest ? STORE_ENEWER : version < latest ? upgraded_copy(s) : 0;
	}
	if (!err)
		err = store_heap_register(s->db);
	if (err) {
		store_free(s);
		return err;
	}
	*out = s;
	return 0;
}

sqlite3 *store_db(store *s)
{
	return s->db;
}

int store_flush(store *s)
{
	uint64_t want;
	int err;
	if (s->readonly)
		return 0;
	pthread_mutex_lock(&s->lock);
	want = ++s->flush_req;
	pthread_cond_signal(&s->wake);
	while (s->flush_done < want && s->thread_started)
		pthread_cond_wait(&s->flushed, &s->lock);
	err = s->flush_err;
	pthread_mutex_unlock(&s->lock);
	return err ? err : store_status(s);
}

int store_close(store *s, int exit_code)
{
	int err;
	if (!s)
		return 0;
	if (s->readonly) {
		store_free(s);
		return 0;
	}
	store_site_flush(s, store_now_us(s));
	err = store__writer_stop(s);
	if (err != STORE_EFULL && err != STORE_EIO && err != STORE_ECORRUPT) {
		sqlite3_stmt *st;
		int rc = sqlite3_prepare_v2(s->db,
			"UPDATE runs SET ended_at = ?1, duration_us = ?2, exit_code = ?3,"
			" dropped = ?4 WHERE id = ?5", -1, &st, NULL);
		if (rc == SQLITE_OK) {
			sqlite3_bind_int64(st, 1, wall_us());
			sqlite3_bind_int64(st, 2, store_now_us(s));
			sqlite3_bind_int(st, 3, exit_code);
			sqlite3_bind_int64(st, 4, (int64_t)atomic_load(&s->dropped));
			sqlite3_bind_int64(st, 5, s->run_id);
			rc = sqlite3_step(st);
			sqlite3_finalize(st);
		}
		if (rc != SQLITE_DONE && !err)
			err = store__error(s->db, rc);
		/* snapshot ids reserved and never used (everything queued is written now) */
		if (sqlite3_prepare_v2(s->db, "DELETE FROM snapshots WHERE run_id = ?1"
			" AND state = 0", -1, &st, NULL) == SQLITE_OK) {
			sqlite3_bind_int64(st, 1, s->run_id);
			sqlite3_step(st);
			sqlite3_finalize(st);
		}
	}
	store_free(s);
	return err;
}

int store_status(const store *s)
{
	return s->readonly ? 0 : atomic_load_explicit(&s->error, memory_order_relaxed);
}

void store_get_stats(const store *s, store_stats *st)
{
	st->appended = atomic_load_explicit(&s->appended, memory_order_relaxed);
	st->dropped = atomic_load_explicit(&s->dropped, memory_order_relaxed);
	st->committed = atomic_load_explicit(&s->committed, memory_order_relaxed);
	st->batches = atomic_load_explicit(&s->batches, memory_order_relaxed);
	st->queue_bytes = s->readonly ? 0 : atomic_load_explicit(&s->q.bytes, memory_order_relaxed);
}

int64_t store_run_id(const store *s)
{
	return s->run_id;
}

int64_t store_now_us(const store *s)
{
	return (int64_t)(store__mono_ns() - s->t0_ns) / 1000;
}

uint64_t store_t0_ns(const store *s)
{
	return s->t0_ns;
}

const char *store_query(const char *name)
{
	if (name && !strcmp(name, "loop-utilization"))
		return store__sql_loop_utilization;
	return NULL;
}

/* ---- the producer's path ---- */

store_id store_intern_frame(store *s, const store_frame *f)
{
	int is_new;
	store_id id = store__intern_frame(&s->in, f, &is_new);
	if (is_new) {
		const store_frame *in = &s->in.frames[id].f;
		size_t nlen = in->name ? strlen(in->name) : 0, flen = strlen(in->file);
		store__rec_frame *r = store__rec_begin(s, STORE__REC_FRAME,
			sizeof *r + nlen + flen, 0);
		if (r) {
			r->id = id;
			r->kind = in->kind;
			r->line = in->line;
			r->col = in->col;
			r->fn_line = in->fn_line;
			r->addr = in->addr;
			r->name_len = in->name ? (int32_t)nlen : -1;
			r->file_len = (int32_t)flen;
			memcpy(r->text, in->name ? in->name : "", nlen);
			memcpy(r->text + nlen, in->file, flen);
			store__rec_end(s, &r->h);
		}
	}
	return id;
}

store_id store_intern_stack(store *s, store_id parent, store_id frame)
{
	int is_new;
	store_id id = store__intern_stack(&s->in, parent, frame, &is_new);
	if (is_new) {
		store__rec_stack *r = store__rec_begin(s, STORE__REC_STACK, sizeof *r, 0);
		if (r) {
			r->id = id;
			r->parent = parent;
			r->frame = frame;
			store__rec_end(s, &r->h);
		}
	}
	return id;
}

store_id store_intern_frames(store *s, const store_id *frames, int n)
{
	store_id node = 0;
	int i;
	for (i = 0; i < n; i++)
		node = store_intern_stack(s, node, frames[i]);
	return node;
}

void store_sample(store *s, int64_t t_us, store_id stack, store_id native_stack,
	int phase, int cb_kind, int state)
{
	store__rec_sample *r = store__rec_begin(s, STORE__REC_SAMPLE, sizeof *r, 1);
	if (!r)
		return;
	r->t_us = t_us;
	r->stack = stack;
	r->native_stack = native_stack;
	r->phase = (int8_t)phase;
	r->cb_kind = (int8_t)cb_kind;
	r->state = (int8_t)state;
	store__rec_end(s, &r->h);
}

void store_iteration_init(store_iteration *it, uint64_t n, int64_t start_us)
{
	int p;
	memset(it, 0, sizeof *it);
	it->n = n;
	it->start_us = start_us;
	for (p = 0; p < STORE_PHASE__COUNT; p++)
		it->phase[p].start_us = -1;
}

void store_loop_iteration(store *s, const store_iteration *it)
{
	store__rec_iteration *r = store__rec_begin(s, STORE__REC_ITERATION, sizeof *r, 1);
	if (!r)
		return;
	r->it = *it;
	store__rec_end(s, &r->h);
}

void store_slow_callback(store *s, int64_t t_us, int64_t duration_us, int phase,
	int cb_kind, store_id stack)
{
	store__rec_slow *r = store__rec_begin(s, STORE__REC_SLOW, sizeof *r, 1);
	if (!r)
		return;
	r->t_us = t_us;
	r->duration_us = duration_us;
	r->phase = (int8_t)phase;
	r->cb_kind = (int8_t)cb_kind;
	r->stack = stack;
	store__rec_end(s, &r->h);
}

void store_listener(store *s, int64_t t_us, int op, int64_t emitter, const char *ctor,
	const char *event, int count, store_id site, store_id stack)
{
	size_t clen = ctor ? strnlen(ctor, STORE__MAX_STRING) : 0;
	size_t elen = event ? strnlen(event, STORE__MAX_STRING) : 0;
	store__rec_listener *r = store__rec_begin(s, STORE__REC_LISTENER,
		sizeof *r + clen + elen, 1);
	if (!r)
		return;
	r->t_us = t_us;
	r->emitter = emitter;
	r->op = op;
	r->count = count;
	r->site = site;
	r->stack = stack;
	r->ctor_len = ctor ? (int32_t)clen : -1;
	r->event_len = (int32_t)elen;
	memcpy(r->text, ctor ? ctor : "", clen);
	memcpy(r->text + clen, event ? event : "", elen);
	store__rec_end(s, &r->h);
}

void store_gc(store *s, int64_t start_us, int64_t duration_us, uint64_t bytes_before,
	uint64_t bytes_after)
{
	store__rec_gc *r = store__rec_begin(s, STORE__REC_GC, sizeof *r, 1);
	if (!r)
		return;
	r->t_us = start_us;
	r->duration_us = duration_us;
	r->before = bytes_before;
	r->after = bytes_after;
	store__rec_end(s, &r->h);
}

uint64_t store_alloc_sample(store *s, int64_t t_us, uint64_t size, store_id site,
	store_id stack)
{
	uint64_t id = ++s->next_alloc_id;
	store__rec_alloc *r = store__rec_begin(s, STORE__REC_ALLOC, sizeof *r, 1);
	if (!r)
		return id;
	r->t_us = t_us;
	r->id = id;
	r->size = size;
	r->site = site;
	r->stack = stack;
	store__rec_end(s, &r->h);
	return id;
}

void store_alloc_free(store *s, uint64_t id, int64_t t_us)
{
	store__rec_free *r = store__rec_begin(s, STORE__REC_ALLOC_FREE, sizeof *r, 1);
	if (!r)
		return;
	r->t_us = t_us;
	r->id = id;
	store__rec_end(s, &r->h);
}
