/* heapsnap.h — heap snapshots in `leakscope run`: the options that trigger them and the
 * session that takes them (cli/heapsnap.c), wiring the runtime's hooks, the profiler's
 * heap walker, analysis's dominators and storage.
 *
 * Contract
 * - Triggers: require('leakscope').snapshot(label) (returns the id),
 *   --snapshot-interval=MS, --snapshot-signal=SIG (default SIGUSR2), --snapshot-at-exit,
 *   --snapshot-near-heap-limit[=N] with --max-heap=BYTES (up to N snapshots, default 1,
 *   as the heap nears the limit), and require('v8').writeHeapSnapshot([file]) (a V8
 *   .heapsnapshot file, no database).
 * - In a worker thread of a recorded run, snapshot(label) is the one trigger: the
 *   worker's heap, into the worker's run (snap_worker_start).
 * - Snapshots go into the recording (--record FILE) when there is one, else into
 *   leakscope-<pid>.db in the current folder, opened on the first snapshot (one line on
 *   stderr says so).
 * - The app is paused only for the walk; dominators, encoding and the write happen on
 *   storage's writer thread. snap_end() waits until every snapshot is committed.
 * - Call order, on the runtime's thread: snap_prepare() after rt_new() and before
 *   rec_begin() (its exit handler must run before the recording closes), snap_begin()
 *   after rec_begin(), snap_end() after rt_run() and before rec_end(), snap_free()
 *   after rt_free().
 */
#ifndef LEAKSCOPE_CLI_HEAPSNAP_H
#define LEAKSCOPE_CLI_HEAPSNAP_H

#include <stddef.h>
#include <stdint.h>

#include "runtime.h"
#include "storage.h"

typedef struct snap_options {
	int64_t interval_ms;	/* --snapshot-interval; 0 none */
	int signal;		/* --snapshot-signal; 0 none */
	int at_exit;		/* --snapshot-at-exit */
	int near_limit;		/* --snapshot-near-heap-limit[=N]: N; 0 none */
	size_t max_heap;	/* --max-heap (the caller passes it on in rt_options) */
	int argc;		/* the command line, for the runs row of leakscope-<pid>.db */
	char **argv;
} snap_options;

/* One of the options above or --max-heap: 1 if argv[*i] was one (exec_argv gets it),
 * 0 if not, -1 (message printed) if malformed. */
int snap_option(int argc, char **argv, int *i, snap_options *o, char **exec_argv,
	int *exec_argc);

void snap_prepare(rt_runtime *rt, const snap_options *o);
/* recording: the store of --record (NULL when not recording) */
void snap_begin(store *recording);
void snap_end(int exit_code);
void snap_free(void);
/* The heap walker (after snap_prepare; NULL if it could not be made), for the
 * inspector's snapshots. */
struct prof_heap *snap_heap(void);

/* A worker thread's snapshots: require('leakscope').snapshot(label) in the worker walks
 * its runtime's heap into `recording` (the worker's own run). On the worker's thread:
 * start after its runtime is made, before it runs; stop before the runtime is freed
 * and before the recording is closed (which commits what is queued). NULL (no
 * snapshots in that worker) without a recording or memory. */
typedef struct snap_worker snap_worker;
snap_worker *snap_worker_start(rt_runtime *rt, store *recording);
void snap_worker_stop(snap_worker *w);

#endif
