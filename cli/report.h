/* report.h — what the read commands (cmd_*.c) share: parsed options, aligned tables and
 * the formatting of times, sizes, places and stacks for a terminal. Internal to cli/.
 */
#ifndef LEAKSCOPE_CLI_REPORT_H
#define LEAKSCOPE_CLI_REPORT_H

#include <stdint.h>
#include <stdio.h>

#include "analysis.h"

typedef struct cli_opts {
	const char *cmd;	/* "top", … */
	const char *db;		/* the recording */
	int json;
	int64_t run;		/* 0: the latest */
	size_t limit;		/* rows per table; 0: all */
	int color;		/* stdout is a terminal (and NO_COLOR unset) */
	int by_total;		/* top --by total */
	int64_t resolution_us;	/* loop --resolution */
	int buckets;		/* listeners --buckets */
	int64_t min_growth;	/* listeners --min-growth */
	const char *cpuprofile, *heapprofile;	/* export */
	uint64_t heap_interval;	/* export --heap-prof-interval */
	int include_freed;	/* export --include-freed */
	int64_t heapsnapshot;	/* export --heapsnapshot ID FILE */
	const char *heapsnapshot_file;
	const char *pos[2];	/* retainers: SNAP NODE */
	int npos;
	char *cwd;		/* the run's folder: paths under it print relative */
} cli_opts;

/* Each prints its report on stdout and returns the exit code. run is NULL for `runs`
 * without --run. */
int cmd_runs(an_db *db, const an_run *run, const cli_opts *o);
int cmd_top(an_db *db, const an_run *run, const cli_opts *o);
int cmd_loop(an_db *db, const an_run *run, const cli_opts *o);
int cmd_allocs(an_db *db, const an_run *run, const cli_opts *o);
int cmd_listeners(an_db *db, const an_run *run, const cli_opts *o);
int cmd_export(an_db *db, const an_run *run, const cli_opts *o);
/* heap snapshots (cmd_snapshots.c, cmd_retainers.c): no run to pick first */
int cmd_snapshots(an_db *db, const cli_opts *o);
int cmd_retainers(an_db *db, const cli_opts *o);
int cmd_export_heapsnapshot(an_db *db, const cli_opts *o);

/* "run 2: leakscope run app.js (2024-05-01 12:00:00, 1.50 s, exit 0)" and a newline. */
void print_run_header(FILE *f, const an_run *r);

/* Prints j (indented) to stdout and frees it; the exit code (1 if it failed). */
int cli_print_json(json_t *j);
/* "leakscope CMD: what: why" on stderr; returns 1. */
int cli_fail(const cli_opts *o, const char *what, int err);

/* ---- tables: columns sized to their widest cell, two spaces apart ---- */
typedef struct tbl tbl;
tbl *tbl_new(void);
void tbl_col(tbl *t, const char *header, int right);	/* right-aligned when right */
void tbl_cell(tbl *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void tbl_mark(tbl *t);		/* highlight the row being filled (after its first cell) */
void tbl_print(tbl *t, FILE *f, int color);
void tbl_free(tbl *t);

/* ---- formatting: each returns one of a few rotating static buffers ---- */
const char *f_dur(int64_t us);		/* 850 us, 12.3 ms, 2.45 s */
const char *f_ms(int64_t us);		/* 12.3 (ms, one decimal) */
const char *f_bytes(int64_t bytes);	/* 512 B, 12.0 KiB, 3.4 MiB */
const char *f_pct(int64_t part, int64_t whole);	/* 12.5% */
const char *f_file(const cli_opts *o, const char *file);	/* relative to the run's cwd */
const char *f_func(const an_loc *l);	/* "(anonymous)" for "" */
const char *f_where(const cli_opts *o, const an_loc *l);	/* app.js:12, (native) */
const char *f_time(int64_t epoch_us);	/* local date and time */
const char *f_argv(const an_run *r);	/* the command line, quoted where needed */
const char *f_run_length(const an_run *r);	/* 1.50 s, or "1.20 s+" when not ended */
const char *f_run_end(const an_run *r);	/* "exit 0", or "no end recorded" */
/* "    at fn (file:line)" lines, innermost first, at most max (0: all). */
void print_stack(FILE *f, const cli_opts *o, const an_stack *s, const char *indent, int max);
const char *phase_label(int phase);	/* an_phase_name, "main" for none */

#endif
