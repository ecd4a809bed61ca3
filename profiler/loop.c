/* loop.c — the event loop as the profiler sees it: the phase and callback the runtime
 * is in (for tagging samples), one record per iteration (each phase's first start,
 * total duration and callbacks, and the time blocked in poll from libuv's idle-time
 * metric), and every callback that ran longer than the slow-callback threshold.
 *
 * Phases nest (the runtime runs a deferred I/O callback in "pending" from inside
 * another phase and goes back silently), so they are kept as a stack. An iteration is
 * closed when the next one begins or the profiler stops; its duration runs to the end
 * of its last phase. A phase entered more than once in an iteration (pending, once per
 * deferred callback) keeps its first start and sums its time and callbacks.
 *
 * A slow callback's stack is the JS stack of the first CPU sample taken inside it (the
 * callback's own code, where the time went); with no sample inside it, the stack it
 * left from.
 */
#include <string.h>

#include "internal.h"

static void publish_state(prof *p)
{
	p->sig.phase = p->nphases ? p->phases[p->nphases - 1] : RT_PHASE_NONE;
	if (p->ncbs) {
		p->sig.cb_kind = p->cbs[p->ncbs - 1].kind;
		p->sig.cb_seq = p->cbs[p->ncbs - 1].seq;
	} else {
		p->sig.cb_kind = STORE_CB_NONE;
		p->sig.cb_seq = 0;
	}
}

static uint64_t idle_ns(prof *p)
{
	return p->loop ? uv_metrics_idle_time(p->loop) : 0;
}

/* Closes the open iteration; idle_now is libuv's idle-time counter now (read once per
 * iteration: it takes the loop's mutex). */
static void close_iteration(prof *p, uint64_t idle_now)
{
	int64_t end = p->it.start_us;
	int i;
	if (!p->iter_open)
		return;
	for (i = STORE_PHASE_TIMERS; i < STORE_PHASE__COUNT; i++)
		if (p->it.phase[i].start_us >= 0 && p->it.phase[i].start_us +
		    p->it.phase[i].duration_us > end)
			end = p->it.phase[i].start_us + p->it.phase[i].duration_us;
	if (p->last_event_us > end)
		end = p->last_event_us;
	p->it.duration_us = end - p->it.start_us;
	p->it.poll_idle_us = (int64_t)((idle_now - p->it_idle_ns) / 1000);
	store_loop_iteration(p->s, &p->it);
	p->iter_open = 0;
	p->st.iterations++;
}

static void phase_enter(prof *p, int ph, uint64_t now)
{
	if (p->nphases < PROF__MAX_PHASES)
		p->phases[p->nphases++] = ph;
	if (ph > RT_PHASE_NONE && ph < STORE_PHASE__COUNT) {
		if (p->iter_open && p->it.phase[ph].start_us < 0)
			p->it.phase[ph].start_us = prof__us(p, now);
		p->phase_t_ns[ph] = now;
	}
	p->sig.idle = ph == RT_PHASE_POLL;
}

static void phase_leave(prof *p, int ph, uint64_t now)
{
	int i;
	for (i = p->nphases - 1; i >= 0; i--)
		if (p->phases[i] == ph)
			break;
	if (i < 0)
		return;		/* never seen entering */
	p->nphases = i;
	if (ph > RT_PHASE_NONE && ph < STORE_PHASE__COUNT && p->iter_open &&
	    p->it.phase[ph].start_us >= 0 && p->phase_t_ns[ph])
		p->it.phase[ph].duration_us += (int64_t)(now - p->phase_t_ns[ph]) / 1000;
	if (ph == RT_PHASE_POLL)
		p->sig.idle = 0;
}

static void cb_enter(prof *p, const rt_trace_event *ev, uint64_t now)
{
	prof__cb *c;
	int ph = ev->u.cb.phase;
	p->sig.idle = 0;
	if (p->iter_open && ph > RT_PHASE_NONE && ph < STORE_PHASE__COUNT &&
	    p->it.phase[ph].start_us >= 0)
		p->it.phase[ph].callbacks++;
	if (p->ncbs == PROF__MAX_CB) {
		p->cb_seq++;	/* too deep: counted, not tracked */
		return;
	}
	c = &p->cbs[p->ncbs++];
	c->kind = ev->u.cb.kind;
	c->phase = ph;
	c->seq = ++p->cb_seq;
	c->t_ns = now;
	c->stack = 0;
}

static void cb_leave(prof *p, const rt_trace_event *ev, uint64_t now)
{
	prof__cb *c;
	int64_t dur;
	if (!p->ncbs)
		return;
	c = &p->cbs[--p->ncbs];
	dur = (int64_t)(now - c->t_ns) / 1000;
	if (p->o.slow_callback_us >= 0 && dur >= p->o.slow_callback_us) {
		store_id stack = c->stack ? c->stack : prof__current_stack(p, NULL);
		store_slow_callback(p->s, prof__us(p, c->t_ns), dur, c->phase, c->kind, stack);
	}
}

void prof__sample_in_callbacks(prof *p, uint32_t cb_seq, store_id stack)
{
	int i;
	for (i = 0; i < p->ncbs; i++)
		if (!p->cbs[i].stack && p->cbs[i].seq <= cb_seq)
			p->cbs[i].stack = stack;
}

void prof__loop_event(prof *p, const rt_trace_event *ev, uint64_t now)
{
	switch (ev->kind) {
	case RT_EV_ITERATION: {
		uint64_t idle = idle_ns(p);
		close_iteration(p, idle);
		store_iteration_init(&p->it, ev->u.iteration.n, prof__us(p, now));
		p->it_idle_ns = idle;
		p->iter_open = 1;
		break;
	}
	case RT_EV_PHASE_ENTER:
		phase_enter(p, ev->u.phase.phase, now);
		break;
	case RT_EV_PHASE_LEAVE:
		phase_leave(p, ev->u.phase.phase, now);
		break;
	case RT_EV_CALLBACK_ENTER:
		cb_enter(p, ev, now);
		break;
	case RT_EV_CALLBACK_LEAVE:
		cb_leave(p, ev, now);
		break;
	default:
		return;
	}
	p->last_event_us = prof__us(p, now);
	publish_state(p);
}

void prof__loop_finish(prof *p, uint64_t now)
{
	p->last_event_us = prof__us(p, now);
	close_iteration(p, idle_ns(p));
}
