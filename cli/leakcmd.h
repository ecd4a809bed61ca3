/* leakcmd.h — `leakscope diff` (cmd_diff.c) and `leakscope gate` (cmd_gate.c): the leak
 * report over a run's heap snapshots (analysis/leaks.h) and the CI gate on top of it.
 * Internal to cli/.
 *
 * Exit codes: diff 0 (whatever it found); gate 0 clean, 1 when it fails (the report
 * printed); both 2 on bad input (no such or unreadable recording, fewer than two
 * snapshots, snapshots of different runs, a bad option or suppression file), with one
 * line on stderr saying why.
 */
#ifndef LEAKSCOPE_CLI_LEAKCMD_H
#define LEAKSCOPE_CLI_LEAKCMD_H

#include <stdio.h>

#include "leaks.h"

int cli_diff_main(int argc, char **argv);
/* argv[0] is "gate", argv[-1] the program's name. run_main runs an app as `leakscope
 * run ...` would (main.c's main): the gate's --scenario form records its scenario in
 * this process through it. */
int cli_gate_main(int argc, char **argv, int (*run_main)(int, char **));

/* ---- shared by both ---- */

/* Opens db_path and finds the suspects of snapshots snaps[0..n-1], or of every
 * snapshot of run `run` (0: the latest run with snapshots) when n is 0. 0, or 2 with
 * the reason on stderr ("leakscope CMD: ..."). Progress on stderr when it is a
 * terminal. */
int leak_analyse(const char *cmd, const char *db_path, int64_t run, const int64_t *snaps,
	size_t n, int64_t min_bytes, an_leaks *out);

/* The human-readable report; `skip[i]` (may be NULL) marks suspects left out with the
 * reason shown instead. */
void leak_print(FILE *f, const an_leaks *l, const char *const *allowed, int color);

/* A non-negative decimal (K, M, G suffixes allowed when `sizes`): 0, or -1. */
int leak_parse_num(const char *s, int sizes, int64_t *out);

/* ---- gate_report.c ---- */

/* The gate's JSON report: the diff's JSON, each suspect with "failed" and "allowed"
 * (why[i], when a suppression matched), and "gate" {passed, failing, max_leaks,
 * max_leak_bytes}. NULL when out of memory. */
json_t *gate_report_json(const an_leaks *l, const char *const *why, const int *failed,
	size_t nfailed, int64_t max_leaks, int64_t max_bytes);
/* Keeps the verdict and report in the recording db (its gate_results table), for
 * `leakscope ui`; a note on stderr when the file cannot be written. */
void gate_record(const char *db, const an_leaks *l, json_t *report, size_t nfailed,
	int64_t max_leaks, int64_t max_bytes);

#endif
