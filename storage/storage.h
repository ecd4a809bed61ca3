/* storage.h — leakscope's recording database: one SQLite file, many runs.
 *
 * Contract
 * - Storage knows nothing of mujs or the runtime. It takes plain records (frames, stacks,
 *   samples, loop iterations, allocation sites, listener and GC events) and persists them
 *   in the schema of storage/schema.sql, which is the documented contract every reader
 *   (CLI, diff tool, inspector, web UI) relies on.
 * - store_open() does its I/O up front, on the calling thread: it opens or creates the
 *   file, refuses what is not a leakscope database (or is locked, read-only, full, newer),
 *   upgrades an older schema, adds a `runs` row and starts a writer thread. On failure it
 *   returns a negative STORE_E* code and store_strerror() says what is wrong in one line;
 *   nothing else changed, so the caller can carry on without recording.
 * - After that, every store_intern_* and store_* append call is memory-only: interning
 *   looks up and fills hash tables, appending copies a record into an in-memory queue
 *   (lock-free: a memcpy and one release store). No call touches SQLite, takes a lock on
 *   the common path or waits for I/O. The writer thread commits what is queued in one
 *   transaction every `flush_ms` (50 ms) or as soon as four queue chunks (256 KiB) fill.
 * - One producer: the intern and append calls on one handle come from one thread at a
 *   time (the recording runtime's thread). They are not async-signal-safe: a sampler
 *   copies raw stacks in its signal handler and interns them at a safe point. A child
 *   made by fork() must not use (or close) its parent's handle: the writer thread does
 *   not exist there.
 * - If the database fails while recording (disk full, I/O error), the store stops
 *   writing, appends become counted no-ops, and store_status()/store_close() report the
 *   error: recording is lost, the app is not. If the queue grows past `queue_limit`
 *   (the writer cannot keep up), event records are dropped and counted in runs.dropped;
 *   frame and stack records are never dropped.
 * - After a crash (kill -9, abort) the file holds every batch committed before it: each
 *   batch is one transaction in WAL mode (synchronous=NORMAL: durable against process
 *   death; a power loss may lose the last batches but never corrupts the file).
 *
 * Handles. store_intern_frame() and store_intern_stack() return small dense handles
 * (1, 2, 3…; 0 means "none") that are valid for this store handle only: the writer maps
 * them to database ids, deduplicating frames and stacks across every run in the file.
 * Dense handles let a caller keep per-frame data in plain arrays.
 *
 * Times. Every *_us time passed in is microseconds since the run began, on the monotonic
 * clock; store_now_us() gives it, and store_t0_ns() converts uv_hrtime()-style stamps:
 * t_us = (hrtime_ns - store_t0_ns(s)) / 1000. The runs row keeps the wall-clock start.
 */
#ifndef LEAKSCOPE_STORAGE_H
#define LEAKSCOPE_STORAGE_H

#include <stddef.h>
#include <stdint.h>

typedef struct store store;
typedef struct sqlite3 sqlite3;
typedef uint32_t store_id;	/* frame or stack handle; 0 = none */

/* Error codes: 0 is success, failures are negative (libuv's convention). */
enum {
	STORE_OK = 0,
	STORE_ELOCKED = -1,	/* another process holds a lock on the database */
	STORE_EREADONLY = -2,	/* no write access to the file (or its folder) */
	STORE_EFULL = -3,	/* disk or quota full */
	STORE_ENOTDB = -4,	/* the file is not a SQLite database */
	STORE_EFOREIGN = -5,	/* a SQLite database of some other application */
	STORE_ENEWER = -6,	/* written by a newer leakscope (unknown schema version) */
	STORE_EOLDER = -7,	/* (no longer returned: older files are read through a copy) */
	STORE_ECORRUPT = -8,	/* the database file is damaged */
	STORE_ECANTOPEN = -9,	/* cannot open or create the file (folder missing, permission) */
	STORE_EIO = -10,	/* other I/O or SQLite error */
	STORE_ENOMEM = -11,
	STORE_EINVAL = -12,	/* bad argument */
	STORE_ETHREAD = -13	/* the writer thread could not be started */
};

/* One line, no trailing newline, for a STORE_E* code (or "ok"). */
const char *store_strerror(int err);

/* Event-loop phases. Same numbering as the runtime's rt_phase (the profiler maps one
 * onto the other); the `phases` table of the schema holds the names. */
enum {
	STORE_PHASE_NONE,	/* outside the loop: main script, exit handlers */
	STORE_PHASE_TIMERS,
	STORE_PHASE_PENDING,
	STORE_PHASE_IDLE,
	STORE_PHASE_PREPARE,
	STORE_PHASE_POLL,
	STORE_PHASE_CHECK,
	STORE_PHASE_CLOSE,
	STORE_PHASE__COUNT
};

/* Callback kinds (rt_cbkind's numbering; table `callback_kinds`). */
enum {
	STORE_CB_NONE = -1,	/* not inside a callback: stored as NULL */
	STORE_CB_MAIN,
	STORE_CB_TIMER,
	STORE_CB_IMMEDIATE,
	STORE_CB_IO,
	STORE_CB_TICK,
	STORE_CB_MICROTASK,
	STORE_CB_CLOSE,
	STORE_CB_SIGNAL,
	STORE_CB_EXIT,
	STORE_CB__COUNT
};

/* What a CPU sample caught (table `sample_states`), as V8's (program), (idle) and
 * (garbage collector) nodes. */
enum {
	STORE_STATE_RUNNING,	/* JS or native code on behalf of JS */
	STORE_STATE_IDLE,	/* blocked waiting for events */
	STORE_STATE_GC,		/* inside a garbage collection */
	STORE_STATE_PROGRAM	/* the runtime's own work outside JS */
};

enum { STORE_FRAME_JS, STORE_FRAME_NATIVE };	/* table `frame_kinds` */

typedef struct store_run_info {
	int pid, ppid;
	int argc;
	char *const *argv;		/* stored as a JSON array of strings */
	const char *cwd;
	const char *leakscope_version, *mujs_version, *libuv_version;
	int64_t sample_interval_us;	/* 0: no CPU sampling */
	int64_t parent_run_id;		/* the run that started this one; 0: none */
	int thread_id;			/* a worker thread's threadId; 0: a main thread */
	const char *kind;		/* "main" (NULL), "worker" or "fork" */
} store_run_info;

typedef struct store_options {
	unsigned flush_ms;	/* writer commits at least this often; 0: the environment's
				 * LEAKSCOPE_FLUSH_MS (1..3600000) if set, else 50 (a knob
				 * for bench/record.sh, which stretches it under valgrind as
				 * it stretches the sampling interval) */
	size_t queue_limit;	/* bytes of queued events before dropping; 0 = 64 MiB */
	unsigned busy_ms;	/* how long open, and then each batch, wait for another
				 * process's lock; 0 = 1000 ms for open, 5000 per batch */
	const char *vfs;	/* SQLite VFS name, NULL = default (tests use it to inject faults) */
} store_options;

/* Opens (creating if needed) the database at path for recording one run, and starts the
 * writer. opts may be NULL. On success *out is the handle and 0 is returned. */
int store_open(store **out, const char *path, const store_run_info *run,
	const store_options *opts);

/* Blocks until everything appended before the call is committed (or the store failed).
 * Returns 0, the store's error, or STORE_ELOCKED when another process held the database
 * past busy_ms (the records stay queued for the next try). Meant for tests and orderly
 * shutdown, not the hot path. */
int store_flush(store *s);

/* Flushes, stops the writer, writes the run's end (ended_at, duration, exit_code, dropped)
 * and closes the file. Safe on the exit path (atexit, after the loop ends) but not from a
 * signal handler: the CLI turns SIGINT/SIGTERM into a call from its loop. Frees s; returns
 * 0 or the first error recording met. s may be NULL. */
int store_close(store *s, int exit_code);

/* 0 while recording works; the error that stopped it otherwise. Any thread. */
int store_status(const store *s);

typedef struct store_stats {
	uint64_t appended;	/* records queued (events, frames, stacks) */
	uint64_t dropped;	/* event records lost (queue over its limit, or store failed) */
	uint64_t committed;	/* records in committed transactions */
	uint64_t batches;	/* transactions committed */
	size_t queue_bytes;	/* memory held by the queue right now */
} store_stats;

void store_get_stats(const store *s, store_stats *st);	/* any thread */

int64_t store_run_id(const store *s);	/* the runs.id of this recording */
int64_t store_now_us(const store *s);	/* monotonic µs since the run began */
uint64_t store_t0_ns(const store *s);	/* CLOCK_MONOTONIC ns when the run began */

/* ---- interning (memory only; handles as described above) ---- */

typedef struct store_frame {
	int kind;		/* STORE_FRAME_JS or STORE_FRAME_NATIVE */
	const char *name;	/* function name ("" anonymous); native: symbol, NULL if not
				 * yet resolved (a later pass fills frames.name) */
	const char *file;	/* JS: path or URL; native: the module (shared object) path */
	int line, col;		/* JS: current line, column (1-based; 0 unknown) */
	int fn_line;		/* JS: line where the function is defined (0 unknown) */
	uint64_t addr;		/* native: offset of the pc in its module; JS: 0 */
} store_frame;

/* The handle of the frame with these fields, assigning a new one the first time. JS
 * frames are identified by (name, file, line, col, fn_line), native ones by (file, addr).
 * Strings are copied. Returns 0 only when out of memory. */
store_id store_intern_frame(store *s, const store_frame *f);

/* One step down the stack trie: the node for `frame` called from node `parent` (0 for an
 * outermost frame). Stacks are trie nodes; a sample names its innermost node. */
store_id store_intern_stack(store *s, store_id parent, store_id frame);

/* The trie node for a whole stack, frames[0] outermost, frames[n-1] innermost
 * (the order of mujs's J->trace[0..tracetop]). n == 0 gives 0. */
store_id store_intern_frames(store *s, const store_id *frames, int n);

/* ---- events (memory only) ---- */

/* A CPU sample: JS stack node, native stack node (0 = none), the phase and callback kind
 * it fell in (STORE_CB_NONE outside callbacks) and STORE_STATE_*. */
void store_sample(store *s, int64_t t_us, store_id stack, store_id native_stack,
	int phase, int cb_kind, int state);

typedef struct store_iteration {
	uint64_t n;		/* 1 for the loop's first iteration, then consecutive */
	int64_t start_us;	/* when the iteration (its timers phase) began */
	int64_t duration_us;
	int64_t poll_idle_us;	/* time blocked in poll (libuv's idle-time metric) */
	struct {
		int64_t start_us;	/* < 0: the phase was not entered */
		int64_t duration_us;
		uint32_t callbacks;
	} phase[STORE_PHASE__COUNT];	/* indexed by STORE_PHASE_*; [NONE] is ignored */
} store_iteration;

/* Initialises it for iteration n: every phase "not entered". */
void store_iteration_init(store_iteration *it, uint64_t n, int64_t start_us);
void store_loop_iteration(store *s, const store_iteration *it);

/* A callback that ran longer than the slow-callback threshold, with its stack. */
void store_slow_callback(store *s, int64_t t_us, int64_t duration_us, int phase,
	int cb_kind, store_id stack);

enum { STORE_LISTENER_REMOVE = -1, STORE_LISTENER_ADD = 1 };

/* op: STORE_LISTENER_ADD/REMOVE. emitter: a stable id of the emitter object; ctor: its
 * constructor's name; count: listeners for that event after the change; site: frame
 * that registered it (0 unknown); stack: its full stack (0 none). */
void store_listener(store *s, int64_t t_us, int op, int64_t emitter, const char *ctor,
	const char *event, int count, store_id site, store_id stack);

void store_gc(store *s, int64_t start_us, int64_t duration_us, uint64_t bytes_before,
	uint64_t bytes_after);

/* ---- allocation sites ----
 * Aggregation happens here, on the app side, in arrays indexed by the site's frame
 * handle: store_site_alloc/store_site_free only add to counters (no queue, no lock) and
 * mark the site dirty. store_site_flush() queues one record per dirty site with its
 * cumulative totals; the writer upserts them into alloc_sites (latest totals) and appends
 * them to alloc_site_series (history, for growth over time). Because the records carry
 * totals, not deltas, a lost or repeated flush never double-counts. Call it every second
 * or so and after each GC; store_close() does a last one. */
void store_site_alloc(store *s, store_id site, uint64_t bytes);
void store_site_free(store *s, store_id site, uint64_t bytes);
void store_site_flush(store *s, int64_t t_us);
/* Adds to a site at once what `count` store_site_alloc calls of `bytes` bytes in total
 * and store_site_free calls of net live_delta would (negative: more freed than
 * allocated): for a caller that aggregates per site itself (the profiler, which sees
 * every allocation and cannot afford a call per block). */
void store_site_add(store *s, store_id site, uint64_t count, uint64_t bytes,
	int64_t live_delta);

/* A sampled allocation (Poisson sampling) with its full stack. Returns its id, which
 * store_alloc_free() uses to mark it freed (so "still live" can be told apart). */
uint64_t store_alloc_sample(store *s, int64_t t_us, uint64_t size, store_id site,
	store_id stack);
void store_alloc_free(store *s, uint64_t id, int64_t t_us);

/* ---- read side ---- */

/* Opens an existing database for reading (no writer, no run). Refuses a foreign or newer
 * file with the codes above. A file of an older schema version is read through an
 * in-memory copy brought up to the current version (memory of the file's size; the file
 * is not written): tables added since read as empty. Readers query store_db() directly. */
int store_open_readonly(store **out, const char *path);
sqlite3 *store_db(store *s);

/* ---- the CI gate's verdicts (gate.c) ---- */

typedef struct store_gate_result {
	int64_t run_id;		/* the run whose snapshots were gated */
	int passed;
	int64_t failing, suspects;	/* suspects that failed, all suspects */
	int64_t max_leak_bytes, max_leaks;
	const char *snapshots;	/* the snapshot ids, a JSON array */
	const char *report;	/* the gate's JSON report */
} store_gate_result;

/* Appends a verdict to gate_results (schema.sql, version 4) of the existing recording
 * at path, which is opened for writing without a run and brought to the current schema
 * version first. STORE_EREADONLY when the file cannot be written, STORE_EFOREIGN /
 * STORE_ENEWER for a file that is not ours or too new (left untouched), else 0 or
 * another STORE_E* code. */
int store_gate_record(const char *path, const store_gate_result *r);

/* The embedded text of a documented query from storage/queries/ (NAME.sql), or NULL.
 * "loop-utilization": event-loop utilization and delay of run :run with :resolution_us. */
const char *store_query(const char *name);

#endif
