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

static uint64_t idle_ns(prof *p)
{
	return p->loop ? uv_metrics_idle_time(p->loop) : 0;
}

/* Closes the open iteration; idle_now is libuv's idle-time counter now (read once per
 * iteration: it takes the loop's mutex). Times are kept in ns while the iteration is
 * open and converted here, once (an event used to divide by 1000 twice). */
static void close_iteration(prof *p, uint64_t idle_now)
{
	store_iteration it;
	uint64_t end = p->last_event_ns;
	int i;
	if (!p->iter_open)
		return;
	it.n = p->it_n;
	it.start_us = prof__us(p, p->it_start_ns);
	for (i = STORE_PHASE_TIMERS; i < STORE_PHASE__COUNT; i++) {
		uint64_t at = p->it_ph[i].start_ns;
		if (!at) {
			it.phase[i].start_us = -1;
			it.phase[i].duration_us = 0;
			it.phase[i].callbacks = 0;
			continue;
		}
		it.phase[i].start_us = prof__us(p, at);
		it.phase[i].duration_us = (int64_t)(p->it_ph[i].dur_ns / 1000);
		it.phase[i].callbacks = p->it_ph[i].cbs;
		if (at + p->it_ph[i].dur_ns > end)
			end = at + p->it_ph[i].dur_ns;
	}
	it.phase[STORE_PHASE_NONE].start_us = -1;
	it.phase[STORE_PHASE_NONE].duration_us = 0;
	it.phase[STORE_PHASE_NONE].callbacks = 0;
	it.duration_us = end > p->it_start_ns ? prof__us(p, end) - it.start_us : 0;
	it.poll_idle_us = (int64_t)((idle_now - p->it_idle_ns) / 1000);
	store_loop_iteration(p->s, &it);
	p->iter_open = 0;
	p->st.iterations++;
}

static void open_iteration(prof *p, uint64_t n, uint64_t now)
{
	uint64_t idle = idle_ns(p);
	close_iteration(p, idle);
	memset(p->it_ph, 0, sizeof p->it_ph);
	p->it_n = n;
	p->it_start_ns = now;
	p->it_idle_ns = idle;
	p->iter_open = 1;
}

/* The sampler's tags change only here and in cb_enter/cb_leave, each setting its own. */
static void phase_enter(prof *p, int ph, uint64_t now)
{
	if (p->nphases < PROF__MAX_PHASES)
		p->phases[p->nphases++] = ph;
	if (ph > RT_PHASE_NONE && ph < STORE_PHASE__COUNT) {
		if (p->iter_open && !p->it_ph[ph].start_ns)
			p->it_ph[ph].start_ns = now;
		p->phase_t_ns[ph] = now;
	}
	p->sig.phase = p->nphases ? p->phases[p->nphases - 1] : RT_PHASE_NONE;
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
	p->sig.phase = i ? p->phases[i - 1] : RT_PHASE_NONE;
	if (ph > RT_PHASE_NONE && ph < STORE_PHASE__COUNT && p->iter_open &&
	    p->it_ph[ph].start_ns && p->phase_t_ns[ph])
		p->it_ph[ph].dur_ns += now - p->phase_t_ns[ph];
	if (ph == RT_PHASE_POLL && p->sig.idle) {
		p->sig.idle = 0;
		prof__sampler_unpark(p);
	}
}

static void publish_cb(prof *p)
{
	if (p->ncbs) {
		p->sig.cb_kind = p->cbs[p->ncbs - 1].kind;
		p->sig.cb_seq = p->cbs[p->ncbs - 1].seq;
	} else {
		p->sig.cb_kind = STORE_CB_NONE;
		p->sig.cb_seq = 0;
	}
}

static void cb_enter(prof *p, const rt_trace_event *ev, uint64_t now)
{
	prof__cb *c;
	int ph = ev->u.cb.phase;
	if (p->sig.idle) {
		p->sig.idle = 0;
		prof__sampler_unpark(p);
	}
	if (p->iter_open && ph > RT_PHASE_NONE && ph < STORE_PHASE__COUNT &&
	    p->it_ph[ph].start_ns)
		p->it_ph[ph].cbs++;
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
	publish_cb(p);
}

static void cb_leave(prof *p, const rt_trace_event *ev, uint64_t now)
{
	prof__cb *c;
	int64_t dur;
	(void)ev;
	if (!p->ncbs)
		return;
	c = &p->cbs[--p->ncbs];
	publish_cb(p);
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

static inline void loop_event(prof *p, const rt_trace_event *ev, uint64_t now)
{
	switch (ev->kind) {
	case RT_EV_ITERATION:
		open_iteration(p, ev->u.iteration.n, now);
		if (p->o.record_allocs)
			prof__iteration_flush(p, now);
		break;
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
	p->last_event_ns = now;
}

void prof__loop_event(prof *p, const rt_trace_event *ev, uint64_t now)
{
	loop_event(p, ev, now);
}

/* The bus's subscriber for ITERATION, PHASE_* and CALLBACK_* (its own, so the bus calls
 * it directly: these are the most frequent events of an I/O-bound app). */
void prof__on_loop_event(void *data, const rt_trace_event *ev)
{
	prof *p = data;
	uint64_t now;
	/* samples first: they must see the callbacks still open when they were taken */
	if (!prof__ring_empty(p))
		prof__drain(p);
	/* one clock read for the phase events of one instant (trace.h) */
	if ((ev->kind == RT_EV_PHASE_ENTER || ev->kind == RT_EV_PHASE_LEAVE) &&
	    ev->u.phase.same_time && p->loop_now_ns)
		now = p->loop_now_ns;
	else
		p->loop_now_ns = now = prof__mono_ns();
	prof__sampler_self_check(p, now);
	loop_event(p, ev, now);
	prof__check_interrupt(p);
}

void prof__loop_finish(prof *p, uint64_t now)
{
	p->last_event_ns = now;
	close_iteration(p, idle_ns(p));
}
