/* internal.h — what the profiler's own files share. The only place in leakscope that
 * includes mujs's internal header jsi.h (for J->trace and js_Object). Nothing outside
 * profiler/ includes this file.
 */
#ifndef LEAKSCOPE_PROFILER_INTERNAL_H
#define LEAKSCOPE_PROFILER_INTERNAL_H

#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <time.h>

#include <jsi.h>
#include <uv.h>

#include "profiler.h"

#define PROF__MAX_JS 256	/* JS frames kept per sample (the innermost ones) */
#define PROF__MAX_NATIVE 96	/* native frames kept per sample */
#define PROF__MAX_CB 32		/* nested callbacks tracked */
#define PROF__MAX_PHASES 8	/* nested phases tracked */
#define PROF__RING_BYTES (4u << 20)

/* ---- the sample ring: written by the SIGPROF handler, read by prof__drain, both on
 * the runtime's thread (the handler interrupts the reader, never the reverse), so
 * ordering needs compiler barriers only. Records are 8-aligned; one that does not fit
 * before the end leaves a wrap marker (size 0) and starts at offset 0. */
typedef struct prof__jsframe {
	const char *name, *file;
	int line, fnline;
} prof__jsframe;

typedef struct prof__srec {
	uint32_t size;		/* bytes of the whole record; 0: wrap to the start */
	uint16_t js_keep;	/* outermost JS frames equal to the previous record's */
	uint16_t js_new;	/* prof__jsframe entries that follow */
	uint16_t nat_keep, nat_new;	/* the same for native pcs (outermost first) */
	int8_t phase, cb_kind, state;
	uint8_t js_leaf_native;	/* unused padding */
	uint32_t overrun;	/* timer expirations missed before this one */
	uint32_t cb_seq;	/* innermost open callback when taken */
	uint64_t t_ns;		/* CLOCK_MONOTONIC */
	/* prof__jsframe js[js_new]; uintptr_t nat[nat_new]; */
} prof__srec;

typedef struct prof__ring {
	unsigned char *buf;
	uint32_t cap;
	volatile uint32_t head;	/* next write (handler) */
	volatile uint32_t tail;	/* next read (drain) */
} prof__ring;

/* What the handler reads to tag a sample; written by bus events on the same thread. */
typedef struct prof__sigstate {
	volatile int armed;
	volatile int phase;
	volatile int cb_kind;	/* STORE_CB_NONE outside callbacks */
	volatile uint32_t cb_seq;
	volatile int in_gc;
	volatile int idle;	/* blocked (or about to block) in poll */
} prof__sigstate;

/* ---- frame cache: raw (name, file, line, fnline) pointers -> frame handle. Pointers
 * are only trusted between two collections (a C function's name may be freed with it),
 * so a GC bumps the generation and old entries stop matching. */
typedef struct prof__fkey {
	const char *name, *file;
	int line, fnline;
	uint32_t gen;
	store_id id;
} prof__fkey;

typedef struct prof__fcache {
	prof__fkey *v;
	uint32_t mask, n;
	uint32_t gen;
} prof__fcache;

/* ---- native code: loaded modules, their symbols, pc -> frame ---- */
typedef struct prof__sym {
	uint64_t addr, size;
	const char *name;
} prof__sym;

typedef struct prof__module {
	uintptr_t start, end;	/* mapped PT_LOAD range */
	uintptr_t bias;		/* dlpi_addr */
	char *path;
	int loaded;		/* symbols read (or tried) */
	void *map;		/* the file, mmap'd while symbols point into it */
	size_t map_len;
	prof__sym *syms;
	size_t nsyms;
} prof__module;

typedef struct prof__native {
	prof__module *mods;
	int nmods;
	struct { uintptr_t pc; store_id id; } *pcs;	/* open addressing */
	uint32_t pc_mask, npcs;
} prof__native;

/* ---- callbacks and iterations ---- */
typedef struct prof__cb {
	int kind, phase;
	uint32_t seq;
	uint64_t t_ns;
	store_id stack;		/* a stack seen inside it (first sample), 0 none yet */
} prof__cb;

struct prof {
	rt_runtime *rt;
	js_State *J;
	uv_loop_t *loop;
	store *s;
	prof_options o;
	int sub;		/* bus subscription, -1 none */
	int stopped;
	uint64_t t0_ns;		/* store_t0_ns */

	/* sampler */
	prof__sigstate sig;
	prof__ring ring;
	timer_t timer;
	int has_timer;
	int64_t interval_us;
	pid_t tid;
	/* the cooperative sampler (sampler.c): a thread that asks the interpreter for a
	 * safepoint each interval and signals the runtime's thread only when the last
	 * request went unanswered (native code, or blocked in poll) */
	struct {
		int on;
		pthread_t thread;
		atomic_int stop;
		atomic_uint asked, answered;	/* request sequence numbers */
		atomic_uint missed;	/* intervals since the last sample, not yet counted */
		atomic_uint idle;	/* (idle) intervals in poll, not yet recorded */
		atomic_uint gc;		/* intervals in a collection, recorded at its end */
		atomic_int signalled;	/* a SIGPROF sent and not yet handled */
		atomic_int parked;	/* the thread sleeps until the loop leaves poll */
		atomic_int rt_cpu;	/* the CPU the runtime's thread last sampled on, or -1 */
		cpu_set_t allowed;	/* the CPUs the runtime's thread may run on */
		atomic_uint moves;	/* times the thread moved off the runtime's CPU */
		atomic_uint wakeups;	/* times the thread woke (from its sleep or parked) */
		volatile sig_atomic_t in_hook;	/* the safepoint hook is writing the ring */
	} coop;
	/* the self-timed sampler (sampler.c, the default): the runtime's thread reads the
	 * clock when the interpreter's tick count runs out (mujs patch 0123) and at loop
	 * events, and takes each sample at the first of them after it is due; coop's thread
	 * fields serve its watchdog, which signals only a thread that stopped looking */
	struct {
		int on;
		uint64_t next_ns;	/* when the next sample is due */
		int k;			/* the tick count last given to the interpreter */
		uint64_t k_ns;		/* and when */
		/* the rate of check points: ticks and ns in the window so far and the one
		 * before (each closed after an interval) */
		uint64_t win_ticks, win_ns, prev_ticks, prev_ns;
		uint64_t c0_ns;		/* js_tickclock()'s rate: a reading of both clocks */
		unsigned long long c0_tc;
		double tc_per_ns;	/* from c0 to the last sample */
		_Atomic uint64_t seen_ns;	/* the runtime's thread last read the clock */
		atomic_uint late;	/* samples taken a quarter interval or more late */
	} self;
	/* the handler's copy of the last recorded stacks (for prefix sharing) */
	prof__jsframe h_js[PROF__MAX_JS];
	int h_njs;
	uintptr_t h_nat[PROF__MAX_NATIVE];
	int h_nnat;
	volatile uint64_t lost;
	volatile int force_safepoint;	/* handler asked mujs for a GC check point */

	/* drain: the last drained stacks, raw and interned */
	prof__jsframe d_js[PROF__MAX_JS];
	store_id d_js_frame[PROF__MAX_JS], d_js_node[PROF__MAX_JS];
	int d_njs;
	uintptr_t d_nat[PROF__MAX_NATIVE];
	store_id d_nat_node[PROF__MAX_NATIVE];
	int d_nnat;

	prof__fcache fc;
	prof__native nat;
	const char *native_file;	/* mujs's "native" literal, once seen */

	/* interrupt (prof_interrupt) */
	volatile sig_atomic_t interrupt;
	int interrupted;
	uv_async_t async;
	volatile int has_async;	/* read by prof_interrupt from any thread */

	/* loop */
	int phases[PROF__MAX_PHASES];
	int nphases;
	prof__cb cbs[PROF__MAX_CB];
	int ncbs;
	uint32_t cb_seq;
	int iter_open;
	uint64_t it_n;		/* the open iteration's number */
	uint64_t it_start_ns;
	uint64_t it_idle_ns;	/* uv_metrics_idle_time at the iteration's start */
	/* per phase in the open iteration, in ns (converted once, when it closes): first
	 * start (0: not entered), time inside, callbacks */
	struct { uint64_t start_ns, dur_ns; uint32_t cbs; } it_ph[STORE_PHASE__COUNT];
	uint64_t phase_t_ns[STORE_PHASE__COUNT];	/* when each phase was last entered */
	uint64_t last_event_ns;
	uint64_t loop_now_ns;	/* the time of the last loop event (0: none yet) */

	/* GC */
	uint64_t gc_t_ns;
	uint64_t gc_before;

	/* allocations */
	int alloc_sub, free_sub;	/* the ALLOC and FREE subscriptions, -1 none */
	int loop_sub;		/* the loop events' subscription, -1 none */
	store_id program_site;	/* allocations with no JS frame on the stack */
	struct prof__site { uint64_t count, bytes; int64_t live; } *sites;	/* [site] */
	uint32_t sites_cap;
	store_id *dirty_sites;	/* sites changed since the last flush (count or live != 0) */
	uint32_t ndirty, dirty_cap;
	int64_t alloc_countdown;	/* bytes until the next sampled allocation */
	uint64_t rng;
	struct { void *ptr; uint64_t id; } *sampled;	/* open addressing, ptr -> sample id */
	uint32_t sampled_mask, nsampled;
	/* the site of the last allocation (allocs.c current_site): its frame, and the frame
	 * on top of J->trace when it was last found valid; depth -1 (and id 0) when there
	 * is none, as after every GC */
	struct {
		store_id id;
		int depth, site_depth;	/* indexes in J->trace */
		int site_app;		/* the site is the app's code (not the runtime's) */
		struct prof__memo_frame { const char *name, *file; uint64_t lines; } top, site;
	} site_memo;
	int64_t last_site_flush_us;

	prof_stats st;
};

#define PROF__SAMPLED_BIT 0x80000000u	/* tag bit: the block is a sampled allocation */

/* time */
static inline uint64_t prof__mono_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static inline int64_t prof__us(const prof *p, uint64_t ns)
{
	return ns >= p->t0_ns ? (int64_t)((ns - p->t0_ns) / 1000) : 0;
}

/* sampler.c */
int prof__sampler_start(prof *p);
void prof__sampler_stop(prof *p);
void prof__sampler_gc_end(prof *p, uint64_t now_ns);	/* GC_END: the intervals in the collection */
void prof__sampler_self_check(prof *p, uint64_t now_ns);	/* a bus event's clock read */
void prof__sampler_unpark(prof *p);	/* the loop is no longer idle (sig.idle just cleared) */
void prof__request_safepoint(prof *p);	/* async-signal-safe */

/* stacks.c */
void prof__drain(prof *p);
static inline int prof__ring_empty(const prof *p)
{
	return p->ring.head == p->ring.tail;
}
int prof__is_native_file_slow(prof *p, const char *file);
/* mujs calls the file of every C function "native" (one literal, seen once). */
static inline int prof__is_native_file(prof *p, const char *file)
{
	return file == p->native_file || prof__is_native_file_slow(p, file);
}
store_id prof__js_frame(prof *p, const char *name, const char *file, int line, int fnline);
/* The trie node of J's current stack (frames 1..tracetop), 0 when empty. When site is
 * given, *site is the innermost frame of user code (not node: or native), else the
 * innermost JS frame, else 0. */
store_id prof__current_stack(prof *p, store_id *site);
void prof__fcache_free(prof__fcache *fc);

/* native.c */
store_id prof__native_frame(prof *p, uintptr_t pc, int leaf);
void prof__native_free(prof__native *n);

/* profiler.c */
/* Answers a pending prof_interrupt(), once (inline: every loop event checks). */
static inline void prof__check_interrupt(prof *p)
{
	if (p->interrupt && !p->interrupted && !p->stopped) {
		p->interrupted = 1;
		if (p->o.on_interrupt)
			p->o.on_interrupt(p->o.data);
	}
}
void prof__iteration_flush(prof *p, uint64_t now_ns);	/* site totals, if due */

/* loop.c */
void prof__on_loop_event(void *data, const rt_trace_event *ev);	/* loop subscriber */
void prof__loop_event(prof *p, const rt_trace_event *ev, uint64_t now_ns);
void prof__loop_finish(prof *p, uint64_t now_ns);
void prof__sample_in_callbacks(prof *p, uint32_t cb_seq, store_id stack);

/* allocs.c */
void prof__on_alloc(void *data, const rt_trace_event *ev);	/* ALLOC subscriber */
void prof__on_free(void *data, const rt_trace_event *ev);	/* FREE subscriber */
void prof__alloc_flush(prof *p, int64_t now_us);	/* site totals to the store */
void prof__alloc_free_tables(prof *p);

/* listeners.c */
void prof__listener_event(prof *p, const rt_trace_event *ev);

#endif
