/* analysis.h — reading a recording: the reports behind `leakscope runs|top|loop|allocs|
 * listeners` and the DevTools exports, for the CLI today and the diff tool, the CI gate
 * and the web UI later.
 *
 * Contract
 * - Everything here reads a database written by storage/ through the documented schema
 *   (storage/schema.sql) and nothing else: no mujs, no runtime, no profiler. A database
 *   that is still being recorded can be read (WAL); what is committed is what is seen.
 * - Each report is computed by one an_*() call into a plain struct the caller owns and
 *   frees with the matching an_*_free() (safe on a zeroed or half-filled struct). Times
 *   are µs (since the run began, as in the schema), sizes bytes, CPU time in samples
 *   (multiply by an_run.sample_interval_us).
 * - an_*_json() turns a report into the documented JSON form (analysis/JSON.md: keys are
 *   stable, a change of meaning is a new "version"). The caller owns the json_t.
 * - Functions return 0 or a negative code: STORE_E* from opening the file, AN_E* below.
 *   an_strerror() gives one line for either.
 */
#ifndef LEAKSCOPE_ANALYSIS_H
#define LEAKSCOPE_ANALYSIS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <jansson.h>

#include "storage.h"

enum {
	AN_ENORUNS = -100,	/* the file holds no run */
	AN_ENORUN = -101,	/* no run with the requested id */
	AN_ESQL = -102,		/* a query failed (damaged or unexpected file) */
	AN_ENOMEM = -103,
	AN_EWRITE = -104	/* writing an export failed (disk full, closed pipe) */
};

const char *an_strerror(int err);

typedef struct an_db an_db;

/* Opens a recording read-only (store_open_readonly: foreign, newer or damaged files
 * are refused). */
int an_open(an_db **out, const char *path);
void an_close(an_db *db);
sqlite3 *an_sqlite(an_db *db);

/* The run to read: `requested` when > 0 (AN_ENORUN if absent), else the latest one
 * (highest id; AN_ENORUNS if none). */
int an_run_pick(an_db *db, int64_t requested, int64_t *run);

/* ---- locations ---- */

/* What a frame or a function is. A JS frame in file "native" is a C function called
 * from JS (mujs names its file so). Pseudo entries are V8's (idle), (program),
 * (garbage collector): CPU time not spent in a function. */
enum { AN_LOC_JS, AN_LOC_NATIVE, AN_LOC_PSEUDO };

typedef struct an_loc {
	int kind;		/* AN_LOC_* */
	int64_t frame;		/* frames.id; 0 for a function or a pseudo entry */
	const char *name;	/* function ("" anonymous); never NULL */
	const char *file;	/* "" when unknown; never NULL */
	int line;		/* current line (1-based, 0 unknown); a function: its fn_line */
	int fn_line;		/* line where the function is defined (0 unknown) */
} an_loc;

/* A stack, innermost frame first. */
typedef struct an_stack {
	an_loc *frames;
	int n;
} an_stack;

/* ---- runs ---- */

typedef struct an_run {
	int64_t id;
	int pid, ppid;
	int argc;
	char **argv;
	char *cwd;
	int64_t started_at;	/* wall clock, µs since the epoch */
	int64_t ended_at;	/* 0: still recording, or the process died */
	int64_t duration_us;	/* -1 when not ended */
	int has_exit_code;
	int exit_code;
	char *leakscope_version, *mujs_version, *libuv_version, *sqlite_version;
	int64_t sample_interval_us;	/* 0: no CPU sampling */
	int64_t dropped;
	/* rows recorded for the run */
	int64_t samples, iterations, slow_callbacks, listener_events, gc_events;
	int64_t alloc_sites, alloc_samples;
	int64_t last_us;	/* latest t_us of any event (the length of a died run) */
	int64_t parent_run_id;	/* the run that started it (a worker thread's, a fork's); 0 */
	int thread_id;		/* a worker thread's threadId; 0: a process's main thread */
	char *kind;		/* "main", "worker" (thread) or "fork" (child_process.fork,
				 * cluster worker); NULL if unknown */
} an_run;

/* Every run, oldest first. */
int an_runs(an_db *db, an_run **out, size_t *n);
void an_runs_free(an_run *v, size_t n);
int an_run_get(an_db *db, int64_t id, an_run *out);
void an_run_free(an_run *r);
json_t *an_run_json(const an_run *r);
json_t *an_runs_json(const an_run *v, size_t n);

/* ---- top: CPU time per function ---- */

typedef struct an_top_entry {
	an_loc fn;		/* frame 0, line = fn_line */
	int64_t self, total;	/* samples; total counts a sample once however deep the
				 * function recurses in it */
	int64_t self_phase[STORE_PHASE__COUNT];
	int64_t total_phase[STORE_PHASE__COUNT];
} an_top_entry;

typedef struct an_top {
	int64_t run, interval_us;
	int64_t samples;			/* all samples of the run */
	int64_t phase[STORE_PHASE__COUNT];	/* samples per phase */
	an_top_entry *v;			/* every function seen, sorted */
	size_t n;
	void *priv;
} an_top;

enum { AN_BY_SELF, AN_BY_TOTAL };

/* Samples are attributed as V8 does: a sample running JS counts for its stack's
 * functions; an idle one is (idle), one taken in a collection (garbage collector),
 * anything else (program). Entries sorted by `by`, ties by the other, then by name. */
int an_top_read(an_db *db, int64_t run, int by, an_top *out);
void an_top_free(an_top *t);
json_t *an_top_json(const an_top *t, size_t limit);	/* limit 0: all */

/* ---- loop: phases, utilization, delay, slow callbacks ---- */

typedef struct an_phase_stat {
	int64_t time_us;	/* sum of the phase's durations */
	int64_t active_us;	/* time_us minus the time blocked in poll (poll only) */
	int64_t max_us;		/* its longest single run */
	int64_t entered;	/* iterations that entered it */
	int64_t callbacks;
} an_phase_stat;

typedef struct an_slow {
	int64_t t_us, duration_us;
	int phase, cb_kind;	/* cb_kind STORE_CB_NONE when unknown */
	an_stack stack;
} an_slow;

typedef struct an_loop {
	int64_t run;
	int64_t iterations;
	int64_t loop_start_us, loop_end_us;	/* 0, 0 without iterations */
	int64_t loop_us;			/* sum of the iterations' durations */
	int64_t poll_idle_us;
	an_phase_stat phase[STORE_PHASE__COUNT];	/* [NONE] unused */
	/* storage/queries/loop-utilization.sql */
	int has_utilization;
	double utilization;
	int64_t idle_us, active_us;
	int64_t resolution_us;
	int64_t delay_count;			/* 0: no delay figures */
	int64_t delay_min_us, delay_max_us, delay_p50_us, delay_p90_us, delay_p99_us;
	double delay_mean_us;
	/* garbage collections */
	int64_t gc_count, gc_us, gc_max_us;
	/* callbacks over the slow threshold, slowest first (at most `limit`) */
	int64_t slow_count;			/* all of them */
	an_slow *slow;
	size_t nslow;
	void *priv;
} an_loop;

int an_loop_read(an_db *db, int64_t run, int64_t resolution_us, size_t limit, an_loop *out);
void an_loop_free(an_loop *l);
json_t *an_loop_json(const an_loop *l);

/* ---- allocs: allocation sites ---- */

typedef struct an_site {
	an_loc loc;
	int64_t count, bytes, live_bytes;
	int64_t samples, live_samples;	/* sampled allocations at the site */
} an_site;

typedef struct an_allocs {
	int64_t run;
	int64_t count, bytes, live_bytes;	/* over all sites */
	int64_t updated_us;			/* latest site update */
	int64_t samples, live_samples;		/* sampled allocations */
	an_site *v;				/* every site, by allocated bytes */
	size_t n;
	size_t *by_live;			/* indices into v by live bytes */
	void *priv;
} an_allocs;

int an_allocs_read(an_db *db, int64_t run, an_allocs *out);
void an_allocs_free(an_allocs *a);
json_t *an_allocs_json(const an_allocs *a, size_t limit);

/* ---- listeners: counts over time per emitter and event ---- */

enum { AN_TREND_STABLE, AN_TREND_RISING, AN_TREND_MONOTONIC };

typedef struct an_lsite {
	an_loc loc;		/* the registration site (kind PSEUDO, name "" if unknown) */
	int64_t adds;
} an_lsite;

typedef struct an_lseries {
	int64_t emitter;
	const char *ctor;	/* "" unknown */
	const char *event;
	int64_t first_us, last_us;
	int64_t start;		/* listeners before the first recorded change */
	int64_t count;		/* after the last one */
	int64_t min, max;
	int64_t adds, removes;
	int trend;		/* AN_TREND_*: growth >= min_growth, never / sometimes down */
	int64_t *timeline;	/* count at the end of each of an_listeners.buckets */
	an_lsite *sites;	/* by adds, most first */
	size_t nsites;
	an_stack stack;		/* the stack of the latest add (empty if none recorded) */
} an_lseries;

typedef struct an_listeners {
	int64_t run;
	int64_t end_us;		/* the timeline's end: the run's duration (or last event) */
	int buckets;
	int64_t min_growth;
	an_lseries *v;		/* growing first (monotonic, rising), then by growth, max */
	size_t n;
	void *priv;
} an_listeners;

/* buckets: points of the timeline (0 = 10); min_growth: net growth that flags a series
 * (0 = 3). */
int an_listeners_read(an_db *db, int64_t run, int buckets, int64_t min_growth,
	an_listeners *out);
void an_listeners_free(an_listeners *l);
json_t *an_listeners_json(const an_listeners *l, size_t limit);
const char *an_trend_name(int trend);

/* ---- exports ----
 * Both write compact JSON to `out` (streamed: a long run's samples are not held as JSON
 * in memory). Nodes are functions in their calling context (frames of one function at
 * different lines merge, as V8's do); callFrame lineNumber/columnNumber are 0-based as
 * in V8 (columns are unknown to mujs: 0), url a file:// URL for a path, scriptId one per
 * url ("0" for none). */

/* The run's CPU samples as a Chrome DevTools .cpuprofile (V8's Profiler.Profile): ids in
 * preorder from (root) = 1, whose first children are (program), (idle) and (garbage
 * collector); hitCount, positionTicks (1-based lines), children (omitted when empty,
 * as V8 does); startTime/endTime in µs since the epoch (the run's start and end),
 * samples and timeDeltas in time order (timeDeltas >= 0). */
int an_cpuprofile(an_db *db, int64_t run, FILE *out);
/* The same for the samples taken between from_us and to_us (µs since the run began,
 * inclusive): startTime is the run's start plus from_us, the first timeDelta counts
 * from from_us (the inspector's Profiler.stop on a recording). */
int an_cpuprofile_range(an_db *db, int64_t run, int64_t from_us, int64_t to_us, FILE *out);

/* Sampled allocations as Node's --heap-prof output (SamplingHeapProfile: head, samples
 * {size, nodeId, ordinal}): the live ones at the end of the run (all of them with
 * include_freed). Each sample's size is scaled as V8 scales Poisson samples taken every
 * `interval` bytes on average (0 = 512 KiB, the recorder's and Node's default):
 * size * round(1 / (1 - exp(-size / interval))); a node's selfSize is the sum of its
 * samples' sizes. */
int an_heapprofile(an_db *db, int64_t run, uint64_t interval, int include_freed,
	FILE *out);

/* ---- shared helpers for front ends ---- */

/* JSON of a location / a stack (arrays of locations, innermost first). */
json_t *an_loc_json(const an_loc *l);
json_t *an_stack_json(const an_stack *s);
const char *an_phase_name(int phase);	/* "none", "timers", … ("?" out of range) */
const char *an_cb_kind_name(int kind);	/* "main", "timer", … ("" for STORE_CB_NONE) */

#endif
