/* test-runtime.c — a whole runtime with a subscriber on its bus: the exact phase and
 * callback sequence of a script, listener events from the events module, and alloc/free
 * events that add up to the allocator's own count. */
#include <stdint.h>

#include "runtime.h"
#include "task.h"

static char log_buf[8192];

static void append(const char *s)
{
	size_t n = strlen(log_buf);
	snprintf(log_buf + n, sizeof log_buf - n, "%s", s);
}

static void on_loop(void *data, const rt_trace_event *ev)
{
	char tmp[64];
	switch (ev->kind) {
	case RT_EV_ITERATION:
		snprintf(tmp, sizeof tmp, "I%llu ", (unsigned long long)ev->u.iteration.n);
		break;
	case RT_EV_PHASE_ENTER:
		snprintf(tmp, sizeof tmp, "%s{ ", rt_phase_name(ev->u.phase.phase));
		break;
	case RT_EV_PHASE_LEAVE:
		snprintf(tmp, sizeof tmp, "} ");
		break;
	case RT_EV_CALLBACK_ENTER:
		snprintf(tmp, sizeof tmp, "%s(", rt_cbkind_name(ev->u.cb.kind));
		break;
	case RT_EV_CALLBACK_LEAVE:
		snprintf(tmp, sizeof tmp, ") ");
		break;
	default:
		return;
	}
	append(tmp);
}

static rt_runtime *make(const char *code, rt_options *o)
{
	static char *argv[] = { NULL };
	int err;
	rt_runtime *rt;
	memset(o, 0, sizeof *o);
	o->exec_path = "leakscope";
	o->argv = argv;
	o->eval = code;
	rt = rt_new(o, &err);
	ASSERT(rt != NULL);
	return rt;
}

/* A timer that is due at the first iteration (the script busy-waits past it), an
 * immediate, nextTicks and promise reactions: each callback in its phase, ticks and
 * microtasks drained after each callback. */
TEST_IMPL(runtime_phase_sequence)
{
	rt_options o;
	rt_runtime *rt = make(
		"setTimeout(function () { process.nextTick(function () {}); }, 1);\n"
		"setImmediate(function () { Promise.resolve().then(function () {}); });\n"
		"process.nextTick(function () {});\n"
		"Promise.resolve().then(function () {});\n"
		"var t = Date.now(); while (Date.now() - t < 10) {}\n", &o);
	uint32_t mask = RT_EVMASK(RT_EV_ITERATION) | RT_EVMASK(RT_EV_PHASE_ENTER) |
		RT_EVMASK(RT_EV_PHASE_LEAVE) | RT_EVMASK(RT_EV_CALLBACK_ENTER) |
		RT_EVMASK(RT_EV_CALLBACK_LEAVE);
	ASSERT(rt_trace_subscribe(rt_bus(rt), mask, on_loop, NULL) >= 0);
	ASSERT_EQ(rt_run(rt), 0);
	rt_free(rt);
	ASSERT_STR_EQ(log_buf,
		"main() tick() microtask() "
		"I1 timers{ timer() tick() } idle{ } prepare{ } poll{ } "
		"check{ immediate() microtask() } "
		"exit() exit() ");
	return 0;
}

static void on_phase_time(void *data, const rt_trace_event *ev)
{
	char tmp[64];
	const char *same = ev->kind != RT_EV_ITERATION && ev->u.phase.same_time ? "=" : "";
	if (ev->kind == RT_EV_ITERATION)
		snprintf(tmp, sizeof tmp, "I%llu ", (unsigned long long)ev->u.iteration.n);
	else if (ev->kind == RT_EV_PHASE_ENTER)
		snprintf(tmp, sizeof tmp, "%s{%s ", rt_phase_name(ev->u.phase.phase), same);
	else
		snprintf(tmp, sizeof tmp, "}%s ", same);
	append(tmp);
}

/* Phase events of one instant say so (same_time): an iteration's first phase, the
 * prepare phase's leave and poll's enter, check's enter after poll's leave, the idle
 * phase's leave; events after JS or a wait in poll do not. */
TEST_IMPL(runtime_phase_same_time)
{
	rt_options o;
	rt_runtime *rt = make(
		"setTimeout(function () {}, 1);\n"
		"setImmediate(function () {});\n"
		"var t = Date.now(); while (Date.now() - t < 10) {}\n", &o);
	ASSERT(rt_trace_subscribe(rt_bus(rt), RT_EVMASK(RT_EV_ITERATION) |
		RT_EVMASK(RT_EV_PHASE_ENTER) | RT_EVMASK(RT_EV_PHASE_LEAVE), on_phase_time,
		NULL) >= 0);
	ASSERT_EQ(rt_run(rt), 0);
	rt_free(rt);
	ASSERT_STR_EQ(log_buf, "I1 timers{= } idle{ }= prepare{ }= poll{= } check{= } ");
	return 0;
}

/* A file read completes in the poll phase; from its callback, an immediate runs in the
 * same iteration's check phase and a zero timeout only in the next iteration. */
TEST_IMPL(runtime_phase_sequence_io)
{
	rt_options o;
	rt_runtime *rt = make(
		"require('fs').readFile('/proc/self/stat', function (err, data) {\n"
		"  if (err) throw err;\n"
		"  setTimeout(function () {}, 0);\n"
		"  setImmediate(function () { process.nextTick(function () {}); });\n"
		"  process.nextTick(function () {});\n"
		"  Promise.resolve().then(function () {});\n"
		"});\n", &o);
	uint32_t mask = RT_EVMASK(RT_EV_ITERATION) | RT_EVMASK(RT_EV_PHASE_ENTER) |
		RT_EVMASK(RT_EV_PHASE_LEAVE) | RT_EVMASK(RT_EV_CALLBACK_ENTER) |
		RT_EVMASK(RT_EV_CALLBACK_LEAVE);
	const char *io_at, *timer_at, *imm_at;
	ASSERT(rt_trace_subscribe(rt_bus(rt), mask, on_loop, NULL) >= 0);
	ASSERT_EQ(rt_run(rt), 0);
	rt_free(rt);
	printf("%s\n", log_buf);
	/* how many polls the read takes depends on the thread pool: check the shape */
	io_at = strstr(log_buf, "poll{ io() tick() microtask() } ");
	ASSERT(io_at != NULL);
	ASSERT(strncmp(log_buf, "main() ", 7) == 0);
	imm_at = strstr(io_at, "check{ immediate() tick() } ");
	ASSERT(imm_at != NULL);
	timer_at = strstr(imm_at, "timers{ timer() } ");
	ASSERT(timer_at != NULL);
	ASSERT(strstr(imm_at, " I") != NULL && strstr(imm_at, " I") < timer_at);
	ASSERT(strcmp(log_buf + strlen(log_buf) - 16, "exit() exit() ") == 0 ||
		strstr(timer_at, "exit() exit() ") != NULL);
	return 0;
}

static int adds, removes, last_count;
static char last_name[64], last_ctor[64];

static void on_listener(void *data, const rt_trace_event *ev)
{
	if (ev->kind == RT_EV_LISTENER_ADD)
		adds++;
	else
		removes++;
	last_count = ev->u.listener.count;
	snprintf(last_name, sizeof last_name, "%s", ev->u.listener.name);
	snprintf(last_ctor, sizeof last_ctor, "%s", ev->u.listener.ctor);
}

TEST_IMPL(runtime_listener_events)
{
	rt_options o;
	rt_runtime *rt = make(
		"var EventEmitter = require('events');\n"
		"function Bus() { EventEmitter.call(this); }\n"
		"require('util').inherits(Bus, EventEmitter);\n"
		"var b = new Bus(), f = function () {};\n"
		"b.on('data', f); b.on('data', function () {}); b.on('end', f);\n"
		"b.removeListener('end', f); b.removeListener('data', f);\n", &o);
	ASSERT(rt_trace_subscribe(rt_bus(rt), RT_EVMASK(RT_EV_LISTENER_ADD) |
		RT_EVMASK(RT_EV_LISTENER_REMOVE), on_listener, NULL) >= 0);
	ASSERT_EQ(rt_run(rt), 0);
	rt_free(rt);
	ASSERT_EQ(adds, 3);
	ASSERT_EQ(removes, 2);
	ASSERT_EQ(last_count, 1);
	ASSERT_STR_EQ(last_name, "data");
	ASSERT_STR_EQ(last_ctor, "Bus");
	return 0;
}

static int64_t net_bytes;
static uint64_t nallocs;

static void on_mem(void *data, const rt_trace_event *ev)
{
	if (ev->kind == RT_EV_ALLOC) {
		net_bytes += (int64_t)ev->u.mem.size;
		nallocs++;
	} else {
		net_bytes -= (int64_t)ev->u.mem.size;
	}
}

TEST_IMPL(runtime_alloc_events_balance)
{
	rt_options o;
	rt_runtime *rt = make(
		"var keep = [];\n"
		"for (var i = 0; i < 20000; i++) { var o = { i: i, s: 'k' + i }; if (i % 3 === 0) keep.push(o); }\n"
		"setTimeout(function () { keep.length = 10; }, 1);\n", &o);
	size_t before = rt_mem(rt)->heap_used;
	ASSERT(rt_trace_subscribe(rt_bus(rt), RT_EVMASK(RT_EV_ALLOC) | RT_EVMASK(RT_EV_FREE),
		on_mem, NULL) >= 0);
	ASSERT_EQ(rt_run(rt), 0);
	ASSERT(nallocs > 20000);
	ASSERT_EQ((int64_t)rt_mem(rt)->heap_used - (int64_t)before, net_bytes);
	rt_free(rt);
	return 0;
}

static int any_events;

static void on_any(void *data, const rt_trace_event *ev)
{
	any_events++;
}

/* process.exitCode is the exit code; an unsubscribed observer sees nothing. */
TEST_IMPL(runtime_no_subscriber_no_events)
{
	rt_options o;
	rt_runtime *rt = make("setTimeout(function () { process.exitCode = 3; }, 1);", &o);
	int h = rt_trace_subscribe(rt_bus(rt), RT_EVMASK_ALL, on_any, NULL);
	ASSERT(h >= 0);
	rt_trace_unsubscribe(rt_bus(rt), h);
	ASSERT_EQ(rt_bus(rt)->mask, 0);
	ASSERT_EQ(rt_run(rt), 3);
	ASSERT_EQ(any_events, 0);
	rt_free(rt);
	return 0;
}
