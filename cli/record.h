/* record.h — `leakscope run --record FILE`: wires a runtime, the profiler and a store.
 *
 * Contract: rec_begin() runs on the runtime's thread after rt_new() and before rt_run().
 * It opens the database (on failure: one line on stderr, and the app runs unrecorded),
 * starts the profiler and takes over SIGINT and SIGTERM: the first one stops the
 * recording at the runtime's next safe point, closes the database and then ends the
 * process by that signal, as Node dies of it (a second signal, or no safe point within
 * two seconds, ends it at once — the database keeps every committed batch). rec_end()
 * runs after rt_run() returns, before rt_free(); process.exit() and fatal errors end it
 * from inside the runtime (RT_EV_EXIT). rec_free() after rt_free().
 *
 * rec_prepare() may open the database ahead, on another thread, while the runtime's
 * thread starts the runtime (creating the schema of a new file costs ~4 ms of CPU that
 * the app would otherwise wait for); rec_begin() then waits for that open. Either one
 * opens it, once. rec_discard() after the runtime's thread ended closes a database
 * opened ahead for a runtime that never started (rec_begin() never ran).
 */
#ifndef LEAKSCOPE_CLI_RECORD_H
#define LEAKSCOPE_CLI_RECORD_H

#include <stdint.h>

#include "runtime.h"
#include "storage.h"

typedef struct rec_options {
	const char *path;		/* NULL: not recording */
	int record_allocs;
	int64_t sample_interval_us;	/* 0: default (1000); < 0: no CPU samples */
	int64_t slow_callback_us;	/* 0: default (10 ms) */
	int no_native_stacks;
	int argc;			/* the whole command line, for the runs row */
	char **argv;
} rec_options;

void rec_prepare(const rec_options *o);
void rec_begin(rt_runtime *rt, const rec_options *o);
void rec_discard(int exit_code);
/* The recording's store after rec_begin (NULL when not recording), for heap snapshots. */
store *rec_store(void);
void rec_end(int exit_code);
void rec_free(void);

#endif
