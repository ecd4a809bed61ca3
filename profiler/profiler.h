/* profiler.h — leakscope's recorder: observes one runtime through its trace bus and
 * records what it sees into a store (storage/).
 *
 * Contract
 * - prof_start() subscribes to the runtime's bus and, unless sampling is off, arms a
 *   CPU sampler aimed at the calling thread, which must be the runtime's thread (the
 *   one that calls rt_run). Call it after rt_new() and before rt_run(). Everything the
 *   profiler does afterwards happens on that thread, inside bus events ("safe points":
 *   phase and callback transitions, GC begin/end, listener changes, allocations) or in
 *   the SIGPROF handler, which only copies raw stacks into a preallocated ring (no
 *   allocation, no lock, no symbol lookup).
 * - What is recorded (see storage/schema.sql for where it lands):
 *   CPU samples every sample_interval_us with the JS stack (mujs's trace: function,
 *   file, current line and the function's definition line) and the native stack
 *   (libunwind; symbols resolved from the ELF symbol tables when a pc is first seen,
 *   never in the handler), the loop phase, the callback kind and a state (running,
 *   idle in poll, GC, program); every loop iteration with each phase's start, duration
 *   and callbacks and the time blocked in poll; callbacks longer than
 *   slow_callback_us with a stack; every listener added or removed (emitter id and
 *   constructor, event, count after, registration site and stack); every GC (duration,
 *   heap bytes before and after). With record_allocs: every allocation counted against
 *   its site (innermost app frame, else innermost JS frame), frees matched back through the block header, and
 *   Poisson-sampled allocations (mean alloc_sample_bytes) with their full stacks.
 * - prof_stop() (runtime thread, before rt_free) disarms the sampler, drains what is
 *   left, writes the last iteration and site totals and unsubscribes. The store stays
 *   open: the caller closes it. prof_free() after rt_free().
 * - prof_interrupt() may be called from any thread and from a signal handler: at the
 *   next safe point on the runtime's thread (within a millisecond while JS runs — the
 *   profiler makes mujs reach its GC check point — or at once when the loop is idle),
 *   on_interrupt is called there. The CLI uses it to turn SIGINT/SIGTERM into an
 *   orderly close of the recording.
 * - One profiler per runtime thread; several threads may each run one.
 */
#ifndef LEAKSCOPE_PROFILER_H
#define LEAKSCOPE_PROFILER_H

#include <stdint.h>

#include "runtime.h"
#include "storage.h"

typedef struct prof prof;

typedef struct prof_options {
	int64_t sample_interval_us;	/* CPU sampling period; 0 = 1000 (1 kHz); < 0: off */
	int64_t slow_callback_us;	/* 0 = 10 ms; < 0: none recorded */
	int record_allocs;		/* allocation sites and sampled allocations */
	uint64_t alloc_sample_bytes;	/* mean bytes between sampled allocations; 0 = 512 KiB */
	int no_native_stacks;		/* CPU samples without the native stack */
	int64_t site_flush_us;		/* allocation-site totals to the store this often
					 * (and after a GC, at most 5 times as often); <= 0:
					 * LEAKSCOPE_SITE_FLUSH_MS (1..3600000) if set, else
					 * 1 s (a knob for benchmarks under valgrind, which
					 * stretch the run but not the interval) */
	/* Called on the runtime's thread at the first safe point after prof_interrupt(). */
	void (*on_interrupt)(void *data);
	void *data;
} prof_options;

/* 0, or a negative errno-style code (-ENOMEM, or the timer's error). */
int prof_start(prof **out, rt_runtime *rt, store *s, const prof_options *opts);
void prof_stop(prof *p);
void prof_free(prof *p);
void prof_interrupt(prof *p);	/* async-signal-safe */

enum { PROF_SAMPLER_TIMER, PROF_SAMPLER_COOP, PROF_SAMPLER_SELF };

typedef struct prof_stats {
	uint64_t samples;		/* CPU samples recorded (incl. idle ones replayed) */
	uint64_t samples_lost;		/* dropped: the ring was full */
	uint64_t safepoint_takes;	/* samples the runtime's thread took itself (a check
					 * point, a loop event: not a signal) */
	uint64_t signal_takes;		/* samples SIGPROF took where the thread was */
	uint64_t tick_hooks;		/* the self-timed sampler's clock reads at check points */
	uint64_t mode;			/* which sampler ran: PROF_SAMPLER_* (sampler.c) */
	uint64_t sampler_moves;		/* times its thread moved off the runtime thread's CPU */
	uint64_t sampler_wakeups;	/* times its thread (or the watchdog) woke */
	uint64_t allocs;		/* allocations counted against a site */
	uint64_t alloc_samples;		/* sampled allocations recorded */
	uint64_t iterations;
	uint64_t listener_events;
	uint64_t gcs;
} prof_stats;

void prof_get_stats(const prof *p, prof_stats *st);

#endif
