/* loop.c — Node's event loop on libuv, with every phase transition on the trace bus.
 *
 * libuv 1.44 has no hook at the start of the timers, pending or close phases, so phases
 * are bracketed by what we own: the one uv_timer that drives all JS timers (timers), a
 * prepare handle (prepare, then poll begins), a check handle (poll ends, check: the
 * immediates), and our own I/O and close callbacks. An iteration is announced by the
 * first phase that runs after the previous iteration's check phase.
 *
 * The prepare and check handles are unref'd: they never keep the loop alive. The timer
 * is ref'd while a ref'd JS timer exists; the idle handle runs (ref'd) while ref'd
 * immediates wait, which both keeps the loop alive and stops poll from blocking.
 */
#include "internal.h"

#include <math.h>

static void emit_phase(rt_runtime *rt, rt_event kind, rt_phase p, int same_time)
{
	rt_trace_event ev = { .kind = kind, .J = rt->J };
	ev.u.phase.phase = p;
	ev.u.phase.same_time = same_time;
	rt_trace__emit(&rt->bus, &ev);
}

/* same_time: nothing has run since the previous loop event (trace.h); an iteration's
 * first phase follows its ITERATION event at once. */
static void phase_enter(rt_runtime *rt, rt_phase p, int same_time)
{
	if (!rt->iter_open) {
		rt->iter_open = 1;
		rt->iterations++;
		if (rt_trace_on(&rt->bus, RT_EV_ITERATION)) {
			rt_trace_event ev = { .kind = RT_EV_ITERATION, .J = rt->J };
			ev.u.iteration.n = rt->iterations;
			rt_trace__emit(&rt->bus, &ev);
			same_time = 1;
		}
	}
	rt->phase = p;
	if (rt_trace_on(&rt->bus, RT_EV_PHASE_ENTER))
		emit_phase(rt, RT_EV_PHASE_ENTER, p, same_time);
}

static void phase_leave(rt_runtime *rt, rt_phase p, int same_time)
{
	if (rt_trace_on(&rt->bus, RT_EV_PHASE_LEAVE))
		emit_phase(rt, RT_EV_PHASE_LEAVE, p, same_time);
	rt->phase = RT_PHASE_NONE;
}

void rt__phase_enter(rt_runtime *rt, rt_phase p)
{
	phase_enter(rt, p, 0);
}

void rt__phase_leave(rt_runtime *rt, rt_phase p)
{
	phase_leave(rt, p, 0);
}

static void emit_cb(rt_runtime *rt, rt_event kind, rt_cbkind k)
{
	rt_trace_event ev = { .kind = kind, .J = rt->J };
	ev.u.cb.phase = rt->phase;
	ev.u.cb.kind = k;
	rt_trace__emit(&rt->bus, &ev);
}

void rt__cb_enter(rt_runtime *rt, rt_cbkind kind)
{
	if (rt_trace_on(&rt->bus, RT_EV_CALLBACK_ENTER))
		emit_cb(rt, RT_EV_CALLBACK_ENTER, kind);
}

void rt__cb_leave(rt_runtime *rt, rt_cbkind kind)
{
	if (rt_trace_on(&rt->bus, RT_EV_CALLBACK_LEAVE))
		emit_cb(rt, RT_EV_CALLBACK_LEAVE, kind);
}

/* Milliseconds since the loop started, after refreshing libuv's clock (Node's GetNow). */
uint64_t rt__now(rt_runtime *rt)
{
	uv_update_time(&rt->loop);
	return uv_now(&rt->loop) - rt->timer_base;
}

/* Node's RunTimers: call processTimers(now) until it returns without throwing, then
 * re-arm the one timer for the next expiry it reports (negative: no ref'd timer left). */
static void on_timer(uv_timer_t *h)
{
	rt_runtime *rt = h->data;
	js_State *J = rt->J;
	double next = 0, now;
	int r;

	rt__phase_enter(rt, RT_PHASE_TIMERS);
	now = (double)rt__now(rt);
	/* Ticks and microtasks drain after the timer is re-armed, as Node's RunTimers
	 * closes its InternalCallbackScope last: a timer made by a microtask of the last
	 * due callback (await sleep(); await sleep();) re-arms and refs it itself. */
	do {
		if (rt__push_hook(rt, RT_HOOK_TIMERS))
			break;
		js_pushnumber(J, now);
		r = rt__pcall(rt, 1);
		next = js_tonumber(J, -1);
		js_pop(J, 1);
	} while (r != 0 && !rt->exiting);	/* a worker ending runs no more JS */
	if (next != 0 && !isnan(next)) {
		double due = fabs(next) - (double)(uv_now(&rt->loop) - rt->timer_base);
		uv_timer_start(&rt->timer, on_timer, due > 0 ? (uint64_t)due : 1, 0);
		if (next > 0)
			uv_ref((uv_handle_t *)&rt->timer);
		else
			uv_unref((uv_handle_t *)&rt->timer);
	} else {
		uv_unref((uv_handle_t *)&rt->timer);
	}
	rt__drain_ticks(rt);
	rt__phase_leave(rt, RT_PHASE_TIMERS);
}

static void on_idle(uv_idle_t *h)
{
	rt_runtime *rt = h->data;
	phase_enter(rt, RT_PHASE_IDLE, 0);
	phase_leave(rt, RT_PHASE_IDLE, 1);
}

static void on_prepare(uv_prepare_t *h)
{
	rt_runtime *rt = h->data;
	phase_enter(rt, RT_PHASE_PREPARE, 0);
	phase_leave(rt, RT_PHASE_PREPARE, 1);
	phase_enter(rt, RT_PHASE_POLL, 1);
}

static double immediate_count(rt_runtime *rt, int index)
{
	js_State *J = rt->J;
	double n;
	js_getregistry(J, RT_IMMEDIATE_INFO);
	js_getindex(J, -1, index);
	n = js_tonumber(J, -1);
	js_pop(J, 2);
	return n;
}

/* Node's CheckImmediate: run processImmediate while an immediate threw and left others
 * outstanding. */
static void on_check(uv_check_t *h)
{
	rt_runtime *rt = h->data;
	int left_poll = rt->phase == RT_PHASE_POLL;
	if (left_poll)
		phase_leave(rt, RT_PHASE_POLL, 0);
	phase_enter(rt, RT_PHASE_CHECK, left_poll);
	if (immediate_count(rt, 0) > 0) {
		/* ticks queued outside any callback (e.g. by a handled exception) run first */
		rt__drain_ticks(rt);
		do {
			if (rt__push_hook(rt, RT_HOOK_IMMEDIATE))
				break;
			rt__call_hook(rt, 0, RT_CB_BRACKETED_IN_JS);
			js_pop(rt->J, 1);
		} while (immediate_count(rt, 2) > 0);
	}
	rt__phase_leave(rt, RT_PHASE_CHECK);
	rt->iter_open = 0;
}

int rt__loop_init(rt_runtime *rt)
{
	int r = uv_loop_init(&rt->loop);
	if (r)
		return r;
	uv_loop_configure(&rt->loop, UV_METRICS_IDLE_TIME);
	rt->loop.data = rt;
	uv_update_time(&rt->loop);
	rt->timer_base = uv_now(&rt->loop);

	uv_timer_init(&rt->loop, &rt->timer);
	uv_prepare_init(&rt->loop, &rt->prepare);
	uv_check_init(&rt->loop, &rt->check);
	uv_idle_init(&rt->loop, &rt->idle);
	rt->timer.data = rt->prepare.data = rt->check.data = rt->idle.data = rt;
	uv_unref((uv_handle_t *)&rt->timer);
	uv_prepare_start(&rt->prepare, on_prepare);
	uv_unref((uv_handle_t *)&rt->prepare);
	uv_check_start(&rt->check, on_check);
	uv_unref((uv_handle_t *)&rt->check);
	return 0;
}

void rt__schedule_timer(rt_runtime *rt, double ms)
{
	uv_update_time(&rt->loop);
	uv_timer_start(&rt->timer, on_timer, ms < 1 ? 1 : (uint64_t)ms, 0);
}

void rt__toggle_timer_ref(rt_runtime *rt, int on)
{
	if (on)
		uv_ref((uv_handle_t *)&rt->timer);
	else
		uv_unref((uv_handle_t *)&rt->timer);
}

void rt__toggle_immediate_ref(rt_runtime *rt, int on)
{
	if (on)
		uv_idle_start(&rt->idle, on_idle);
	else
		uv_idle_stop(&rt->idle);
}

/* Calls the function pushed below `this` and nargs arguments as an I/O callback: in
 * the poll phase when libuv delivers it there, else in the pending phase (deferred
 * callbacks libuv runs before prepare). Drains ticks after, like every callback. */
int rt__call_io(rt_runtime *rt, int nargs)
{
	int r, pending = rt->phase != RT_PHASE_POLL;
	rt_phase saved = rt->phase;
	if (pending)
		rt__phase_enter(rt, RT_PHASE_PENDING);
	r = rt__call_hook(rt, nargs, RT_CB_IO);
	if (pending) {
		rt__phase_leave(rt, RT_PHASE_PENDING);
		rt->phase = saved;
	}
	return r;
}

/* Runs the 'beforeExit' or 'exit' hook; both return process.exitCode (or 0). */
static void emit_exit_hook(rt_runtime *rt, const char *hook)
{
	js_State *J = rt->J;
	rt->phase = RT_PHASE_NONE;
	if (rt__push_hook(rt, hook) == 0) {
		rt__call_hook(rt, 0, RT_CB_EXIT);
		if (js_isnumber(J, -1))
			rt->exit_code = js_tointeger(J, -1);
		js_pop(J, 1);
	}
}

/* Node's SpinEventLoop: run until nothing ref'd is left, emit 'beforeExit', and go on if
 * that scheduled more work. Then 'exit'. Returns the exit code. */
int rt__loop_run(rt_runtime *rt)
{
	int more;
	do {
		if (rt->exiting)	/* a worker ending: no 'beforeExit' nor 'exit' */
			return rt->exit_code;
		uv_run(&rt->loop, UV_RUN_DEFAULT);
		if (rt->exiting)
			return rt->exit_code;
		more = uv_loop_alive(&rt->loop);
		if (more)
			continue;
		emit_exit_hook(rt, RT_HOOK_BEFORE_EXIT);
		more = uv_loop_alive(&rt->loop) || rt->exiting;
	} while (more);
	emit_exit_hook(rt, RT_HOOK_EXIT);
	if (rt->exiting)
		return rt->exit_code;
	return rt->exit_code;
}

struct uv_loop_s *rt_loop(rt_runtime *rt)
{
	return &rt->loop;
}

static void on_close_walk(uv_handle_t *h, void *arg)
{
	if (!uv_is_closing(h))
		uv_close(h, NULL);
}

void rt__loop_close(rt_runtime *rt)
{
	rt__signals_close(rt);
	uv_walk(&rt->loop, on_close_walk, NULL);
	rt->loop.stop_flag = 0;	/* a worker that ended by uv_stop: run the closes now */
	uv_run(&rt->loop, UV_RUN_DEFAULT);
	uv_loop_close(&rt->loop);
}
