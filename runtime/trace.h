/* trace.h — the runtime's instrumentation bus.
 *
 * The runtime emits; observers (the profiler, tests) subscribe. The runtime never knows
 * who listens. Every emission site is guarded by rt_trace_on(), a load and a test of one
 * word: with no subscriber for that kind of event, a site costs one predictable branch.
 *
 * Events are delivered synchronously on the runtime's thread, inside the emitting call.
 * A subscriber must not call into JS, must not allocate through the runtime's allocator
 * and must return quickly; it may read the js_State it is handed (for stacks, objects on
 * the value stack) but not change it.
 */
#ifndef LEAKSCOPE_TRACE_H
#define LEAKSCOPE_TRACE_H

#include <stddef.h>
#include <stdint.h>

typedef struct js_State js_State;

typedef enum rt_event {
	RT_EV_ITERATION,	/* a loop iteration begins (iteration.n) */
	RT_EV_PHASE_ENTER,	/* phase.phase */
	RT_EV_PHASE_LEAVE,
	RT_EV_CALLBACK_ENTER,	/* cb.phase, cb.kind */
	RT_EV_CALLBACK_LEAVE,
	RT_EV_ALLOC,		/* mem.ptr, mem.size: a block handed to mujs */
	RT_EV_FREE,		/* mem.ptr, mem.size: a block given back */
	RT_EV_GC_BEGIN,		/* gc.heap_used before */
	RT_EV_GC_END,		/* gc.heap_used after */
	RT_EV_LISTENER_ADD,	/* listener.* */
	RT_EV_LISTENER_REMOVE,
	RT_EV_EXIT,		/* exit.code: process.exit() or a fatal error ends the process
				 * from inside the runtime (rt_run does not return) */
	RT_EV__COUNT
} rt_event;

typedef enum rt_phase {
	RT_PHASE_NONE,		/* outside the loop: main script, exit handlers */
	RT_PHASE_TIMERS,
	RT_PHASE_PENDING,
	RT_PHASE_IDLE,
	RT_PHASE_PREPARE,
	RT_PHASE_POLL,
	RT_PHASE_CHECK,
	RT_PHASE_CLOSE,
	RT_PHASE__COUNT
} rt_phase;

typedef enum rt_cbkind {
	RT_CB_MAIN,		/* the main script or -e code */
	RT_CB_TIMER,
	RT_CB_IMMEDIATE,
	RT_CB_IO,
	RT_CB_TICK,
	RT_CB_MICROTASK,
	RT_CB_CLOSE,
	RT_CB_SIGNAL,
	RT_CB_EXIT,		/* beforeExit / exit handlers */
	RT_CB__COUNT
} rt_cbkind;

typedef struct rt_trace_event {
	rt_event kind;
	js_State *J;
	union {
		struct { uint64_t n; } iteration;
		struct {
			rt_phase phase;
			int same_time;	/* 1: nothing ran since the previous loop event
					 * (ITERATION, PHASE_*) was emitted, so a
					 * subscriber may take that event's time for
					 * this one's (prepare's enter, leave and poll's
					 * enter are one instant) */
		} phase;
		struct { rt_phase phase; rt_cbkind kind; } cb;
		struct {
			void *ptr;
			size_t size;
			uint64_t *tag;	/* the block's observer word: 0 when allocated; an
					 * ALLOC subscriber may store into it and FREE shows
					 * it back (one owner: the profiler) */
		} mem;
		struct { int code; } exit;
		struct { size_t heap_used; } gc;
		struct {
			int emitter;		/* value-stack index of the emitter (valid in the call) */
			int listener;		/* value-stack index of the listener function */
			const char *ctor;	/* emitter's constructor name */
			const char *name;	/* event name */
			int count;		/* listeners for that event after the change */
		} listener;
	} u;
} rt_trace_event;

typedef void (*rt_trace_fn)(void *data, const rt_trace_event *ev);

#define RT_TRACE_MAX_SUBSCRIBERS 16	/* a recording takes up to 4 (profiler.c) */
#define RT_EVMASK(kind) (1u << (kind))
#define RT_EVMASK_ALL ((1u << RT_EV__COUNT) - 1)

typedef struct rt_trace_bus {
	uint32_t mask;		/* union of all subscribers' masks */
	int n;
	struct { uint32_t mask; rt_trace_fn fn; void *data; } sub[RT_TRACE_MAX_SUBSCRIBERS];
	/* per kind, its subscriber when it has exactly one (fn NULL otherwise) */
	struct { rt_trace_fn fn; void *data; } one[RT_EV__COUNT];
} rt_trace_bus;

/* Subscribe fn to the events in mask. Returns a handle >= 0, or -ENOSPC. */
int rt_trace_subscribe(rt_trace_bus *bus, uint32_t mask, rt_trace_fn fn, void *data);
void rt_trace_unsubscribe(rt_trace_bus *bus, int handle);

/* Delivers ev to every subscriber of its kind. Inline: allocation events go through
 * here for every block mujs allocates and frees while someone records them. */
static inline void rt_trace__emit(rt_trace_bus *bus, const rt_trace_event *ev)
{
	uint32_t bit = RT_EVMASK(ev->kind);
	int i;
	if (bus->one[ev->kind].fn) {
		bus->one[ev->kind].fn(bus->one[ev->kind].data, ev);
		return;
	}
	for (i = 0; i < bus->n; i++)
		if (bus->sub[i].mask & bit)
			bus->sub[i].fn(bus->sub[i].data, ev);
}

static inline int rt_trace_on(const rt_trace_bus *bus, rt_event kind)
{
	return (bus->mask & RT_EVMASK(kind)) != 0;
}

const char *rt_phase_name(rt_phase p);
const char *rt_cbkind_name(rt_cbkind k);

#endif
