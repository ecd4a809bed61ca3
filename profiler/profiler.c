/* profiler.c — the profiler's life cycle and its one subscriber on the runtime's trace
 * bus, which hands each event to the part that records it (loop.c, allocs.c,
 * listeners.c; GC here) and uses it as a safe point: the sampler's ring is drained there
 * (always at GC_BEGIN, before anything is swept) and a pending prof_interrupt() is
 * answered. See profiler.h for the contract.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

#define SITE_FLUSH_US 1000000		/* allocation-site totals: every second… */
#define SITE_FLUSH_AFTER_GC 5		/* …or after a GC, at most five times as often */
#define LOOP_EVENTS (RT_EVMASK(RT_EV_ITERATION) | RT_EVMASK(RT_EV_PHASE_ENTER) | \
	RT_EVMASK(RT_EV_PHASE_LEAVE) | RT_EVMASK(RT_EV_CALLBACK_ENTER) | \
	RT_EVMASK(RT_EV_CALLBACK_LEAVE))

static void flush_sites(prof *p, int64_t now_us, int64_t every)
{
	if (!p->o.record_allocs || now_us - p->last_site_flush_us < every)
		return;
	p->last_site_flush_us = now_us;
	prof__alloc_flush(p, now_us);
}

static void on_event(void *data, const rt_trace_event *ev)
{
	prof *p = data;
	uint64_t now;

	switch (ev->kind) {
	case RT_EV_GC_BEGIN:
		p->gc_t_ns = prof__mono_ns();
		prof__sampler_self_check(p, p->gc_t_ns);
		prof__drain(p);
		p->sig.in_gc = 1;
		p->gc_before = ev->u.gc.heap_used;
		break;
	case RT_EV_GC_END:
		now = prof__mono_ns();
		prof__sampler_gc_end(p, now);
		p->sig.in_gc = 0;
		/* the names and files of swept functions may be gone: forget raw pointers */
		p->fc.gen++;
		p->site_memo.id = 0;
		p->site_memo.depth = -1;
		store_gc(p->s, prof__us(p, p->gc_t_ns), (int64_t)(now - p->gc_t_ns) / 1000,
			p->gc_before, ev->u.gc.heap_used);
		p->st.gcs++;
		flush_sites(p, prof__us(p, now), p->o.site_flush_us / SITE_FLUSH_AFTER_GC);
		break;
	case RT_EV_LISTENER_ADD:
	case RT_EV_LISTENER_REMOVE:
		if (!prof__ring_empty(p))
			prof__drain(p);
		prof__listener_event(p, ev);
		break;
	case RT_EV_ITERATION:
	case RT_EV_PHASE_ENTER:
	case RT_EV_PHASE_LEAVE:
	case RT_EV_CALLBACK_ENTER:
	case RT_EV_CALLBACK_LEAVE:
		prof__on_loop_event(p, ev);	/* no slot was left for its own (prof_start) */
		return;
	default:
		return;
	}
	prof__check_interrupt(p);
}

void prof__iteration_flush(prof *p, uint64_t now)
{
	flush_sites(p, prof__us(p, now), p->o.site_flush_us);
}

static void unsubscribe(prof *p)
{
	int *subs[] = { &p->sub, &p->loop_sub, &p->alloc_sub, &p->free_sub };
	size_t i;
	for (i = 0; i < sizeof subs / sizeof subs[0]; i++) {
		if (*subs[i] >= 0)
			rt_trace_unsubscribe(rt_bus(p->rt), *subs[i]);
		*subs[i] = -1;
	}
}

static void on_async(uv_async_t *h)
{
	prof *p = h->data;
	if (!prof__ring_empty(p))
		prof__drain(p);
	prof__check_interrupt(p);
}

int prof_start(prof **out, rt_runtime *rt, store *s, const prof_options *opts)
{
	prof *p = calloc(1, sizeof *p);
	uint32_t mask;
	store_frame f;
	int err;

	*out = NULL;
	if (!p)
		return -ENOMEM;
	if (opts)
		p->o = *opts;
	if (p->o.sample_interval_us == 0)
		p->o.sample_interval_us = 1000;
	if (p->o.slow_callback_us == 0)
		p->o.slow_callback_us = 10000;
	if (p->o.alloc_sample_bytes == 0)
		p->o.alloc_sample_bytes = 512 * 1024;
	if (p->o.site_flush_us <= 0) {
		const char *e = getenv("LEAKSCOPE_SITE_FLUSH_MS");
		char *end;
		unsigned long v = e ? strtoul(e, &end, 10) : 0;
		p->o.site_flush_us = e && *e && !*end && v >= 1 && v <= 3600000 ?
			(int64_t)v * 1000 : SITE_FLUSH_US;
	}
	p->rt = rt;
	p->J = rt_js(rt);
	p->native_file = p->J->trace[0].file;
	p->loop = rt_loop(rt);
	p->s = s;
	p->sub = -1;
	p->t0_ns = store_t0_ns(s);
	p->interval_us = p->o.sample_interval_us;
	p->sig.phase = RT_PHASE_NONE;
	p->sig.cb_kind = STORE_CB_NONE;
	p->rng = (p->t0_ns ^ ((uint64_t)getpid() << 32)) | 1;
	p->alloc_countdown = (int64_t)p->o.alloc_sample_bytes;
	p->site_memo.depth = -1;

	memset(&f, 0, sizeof f);
	f.kind = STORE_FRAME_JS;
	f.name = "(program)";
	f.file = "";
	p->program_site = store_intern_frame(s, &f);

	mask = RT_EVMASK(RT_EV_GC_BEGIN) | RT_EVMASK(RT_EV_GC_END) |
		RT_EVMASK(RT_EV_LISTENER_ADD) | RT_EVMASK(RT_EV_LISTENER_REMOVE);
	/* loop events and allocations: lean subscribers of their own (the bus calls a
	 * kind's only subscriber directly) */
	p->alloc_sub = p->free_sub = p->loop_sub = -1;
	p->sub = rt_trace_subscribe(rt_bus(rt), mask | LOOP_EVENTS, on_event, p);
	if (p->sub >= 0 && p->o.record_allocs) {
		p->alloc_sub = rt_trace_subscribe(rt_bus(rt), RT_EVMASK(RT_EV_ALLOC),
			prof__on_alloc, p);
		p->free_sub = rt_trace_subscribe(rt_bus(rt), RT_EVMASK(RT_EV_FREE),
			prof__on_free, p);
	}
	if (p->sub < 0 || (p->o.record_allocs && (p->alloc_sub < 0 || p->free_sub < 0))) {
		err = p->sub < 0 ? p->sub : -ENOSPC;
		unsubscribe(p);
		free(p);
		return err;
	}
	/* The bus has RT_TRACE_MAX_SUBSCRIBERS slots: the loop subscriber is an extra, taken
	 * only when one is left (a second profiler, the inspector's beside a recording with
	 * allocation sites and heap snapshots, may find none), and on_event then gives up
	 * the loop events (its slot, just freed, is the first free one again). */
	p->loop_sub = rt_trace_subscribe(rt_bus(rt), LOOP_EVENTS, prof__on_loop_event, p);
	if (p->loop_sub >= 0) {
		rt_trace_unsubscribe(rt_bus(rt), p->sub);
		p->sub = rt_trace_subscribe(rt_bus(rt), mask, on_event, p);
	}
	if (uv_async_init(p->loop, &p->async, on_async) == 0) {
		p->async.data = p;
		uv_unref((uv_handle_t *)&p->async);
		p->has_async = 1;
	}
	if (p->o.sample_interval_us > 0) {
		err = prof__sampler_start(p);
		if (err) {
			prof_stop(p);
			prof_free(p);
			return err;
		}
	}
	*out = p;
	return 0;
}

void prof_stop(prof *p)
{
	uint64_t now;
	if (!p || p->stopped)
		return;
	prof__sampler_stop(p);
	prof__drain(p);
	p->stopped = 1;
	now = prof__mono_ns();
	/* callbacks still open (process.exit() from inside one) end here */
	while (p->ncbs) {
		rt_trace_event ev = { .kind = RT_EV_CALLBACK_LEAVE, .J = p->J };
		prof__loop_event(p, &ev, now);
	}
	prof__loop_finish(p, now);
	if (p->o.record_allocs)
		prof__alloc_flush(p, prof__us(p, now));
	unsubscribe(p);
	if (p->has_async) {
		/* first: prof_interrupt() must not send to a handle being closed (libuv
		 * aborts on a write to the loop's closed wakeup descriptor) */
		p->has_async = 0;
		__atomic_signal_fence(__ATOMIC_SEQ_CST);
		if (!uv_is_closing((uv_handle_t *)&p->async))
			uv_close((uv_handle_t *)&p->async, NULL);
	}
}

void prof_free(prof *p)
{
	if (!p)
		return;
	prof__sampler_stop(p);
	free(p->ring.buf);
	prof__fcache_free(&p->fc);
	prof__native_free(&p->nat);
	prof__alloc_free_tables(p);
	free(p);
}

void prof_interrupt(prof *p)
{
	if (!p)
		return;
	p->interrupt = 1;
	if (p->has_async)
		uv_async_send(&p->async);
	prof__request_safepoint(p);
}

void prof_get_stats(const prof *p, prof_stats *st)
{
	*st = p->st;
	st->samples_lost = p->lost;
	st->sampler_moves = atomic_load_explicit(&p->coop.moves, memory_order_relaxed);
	st->sampler_wakeups = atomic_load_explicit(&p->coop.wakeups, memory_order_relaxed);
}
