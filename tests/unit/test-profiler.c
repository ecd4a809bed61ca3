/* test-profiler.c — the profiler in-process, without the CLI: a script recorded through
 * prof_start/prof_stop into a scratch database holds the samples, iterations,
 * listeners, allocation sites and GCs it must; prof_interrupt reaches a safe point on
 * the runtime's thread while JS spins; and the two runtime mechanisms the profiler
 * relies on: the bus's direct call of a kind's only subscriber and the allocation
 * header's observer word. */
#define _GNU_SOURCE 1	/* RUSAGE_THREAD */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/resource.h>
#include <time.h>

#include "internal.h"
#include "profiler.h"
#include "storage-util.h"

static int got_a, got_b;

static void sub_a(void *data, const rt_trace_event *ev) { got_a++; }
static void sub_b(void *data, const rt_trace_event *ev) { got_b++; }

TEST_IMPL(trace_single_subscriber_direct)
{
	rt_trace_bus bus;
	rt_trace_event ev;
	int a, b;
	memset(&bus, 0, sizeof bus);
	memset(&ev, 0, sizeof ev);
	a = rt_trace_subscribe(&bus, RT_EVMASK(RT_EV_ALLOC) | RT_EVMASK(RT_EV_FREE), sub_a, NULL);
	b = rt_trace_subscribe(&bus, RT_EVMASK(RT_EV_ALLOC), sub_b, NULL);
	ASSERT(a >= 0 && b >= 0);
	ASSERT(bus.one[RT_EV_ALLOC].fn == NULL);	/* two: the loop */
	ASSERT(bus.one[RT_EV_FREE].fn == sub_a);
	ev.kind = RT_EV_ALLOC;
	rt_trace__emit(&bus, &ev);
	ASSERT_EQ(got_a, 1);
	ASSERT_EQ(got_b, 1);
	ev.kind = RT_EV_FREE;
	rt_trace__emit(&bus, &ev);
	ASSERT_EQ(got_a, 2);
	ASSERT_EQ(got_b, 1);
	rt_trace_unsubscribe(&bus, a);
	ASSERT(bus.one[RT_EV_ALLOC].fn == sub_b);
	ASSERT(bus.one[RT_EV_FREE].fn == NULL);
	ASSERT_EQ(bus.mask, RT_EVMASK(RT_EV_ALLOC));
	rt_trace__emit(&bus, &ev);	/* FREE: nobody */
	ev.kind = RT_EV_ALLOC;
	rt_trace__emit(&bus, &ev);
	ASSERT_EQ(got_a, 2);
	ASSERT_EQ(got_b, 2);
	return 0;
}

static uint64_t seen_free_tag;
static int tag_was_zero = 1;

static void tag_alloc(void *data, const rt_trace_event *ev)
{
	if (*ev->u.mem.tag != 0)
		tag_was_zero = 0;
	*ev->u.mem.tag = ev->u.mem.size * 10 + 7;
}

static void tag_free(void *data, const rt_trace_event *ev)
{
	seen_free_tag = *ev->u.mem.tag;
}

TEST_IMPL(alloc_observer_tag)
{
	rt_runtime rt;
	char *p;
	memset(&rt, 0, sizeof rt);
	ASSERT(rt_trace_subscribe(&rt.bus, RT_EVMASK(RT_EV_ALLOC), tag_alloc, NULL) >= 0);
	ASSERT(rt_trace_subscribe(&rt.bus, RT_EVMASK(RT_EV_FREE), tag_free, NULL) >= 0);
	p = rt__alloc(&rt, NULL, 40);
	ASSERT(p);
	ASSERT_EQ(*rt_alloc_tag(p), 407);
	p = rt__alloc(&rt, p, 4000);	/* a realloc frees the old block, allocates anew */
	ASSERT_EQ(seen_free_tag, 407);
	ASSERT_EQ(*rt_alloc_tag(p), 40007);
	ASSERT(tag_was_zero);
	rt__alloc(&rt, p, 0);
	ASSERT_EQ(seen_free_tag, 40007);
	return 0;
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
	o->expose_gc = 1;
	rt = rt_new(o, &err);
	ASSERT(rt != NULL);
	return rt;
}

/* threadCpuMs(): the CPU time of the calling (the runtime's) thread, in ms */
static void thread_cpu_ms(js_State *J)
{
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	js_pushnumber(J, (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6);
}

TEST_IMPL(profiler_records_script)
{
	rt_options o;
	rt_runtime *rt = make(
		"var EE = require('events'), e = new EE(), kept = [];\n"
		"function used() { return threadCpuMs(); }"
		" function spin(ms) { var t = used(), x = 0; while (used() - t < ms) x++; return x; }\n"
		"function grow() {\n"
		"  for (var i = 0; i < 2000; i++) kept.push({ i: i });\n"
		"}\n"
		"var n = 0;\n"
		"function tick() {\n"
		"  spin(40); grow(); e.on('x', function () {});\n"
		"  if (++n < 4) setTimeout(tick, 1); else gc();\n"
		"}\n"
		"setTimeout(tick, 1);\n", &o);
	store_run_info run = test_run();
	prof_options po;
	prof_stats st;
	store *s;
	prof *p;
	sqlite3 *db;
	long long spin;
	const char *path = tmp_path("p.db");

	js_newcfunction(rt_js(rt), thread_cpu_ms, "threadCpuMs", 0);
	js_setglobal(rt_js(rt), "threadCpuMs");
	ASSERT_EQ(store_open(&s, path, &run, NULL), 0);
	memset(&po, 0, sizeof po);
	po.record_allocs = 1;
	ASSERT_EQ(prof_start(&p, rt, s, &po), 0);
	ASSERT_EQ(rt_run(rt), 0);
	prof_stop(p);
	prof_get_stats(p, &st);
	ASSERT_EQ(store_close(s, 0), 0);
	rt_free(rt);
	prof_free(p);

	db = db_open(path);
	/* ~160 ms of spin() at 1 kHz: most samples, in timer callbacks. Not an absolute
	 * count: on a loaded machine the JS thread may be off its core when the timer
	 * fires, and the expirations it missed are one signal. spin() runs for 40 ms of
	 * the JS thread's CPU time, not wall time, so its share of the samples holds on a
	 * loaded machine too (a wall-time spin got ever fewer samples against the rest of
	 * the run's CPU work; with the process's CPU time, process.cpuUsage, the database
	 * writer's work under ASan ended it early: 332 of 711 samples on a loaded machine).
	 * spin()'s total (samples with spin on the stack), not its self time: the sample
	 * often lands in the clock's system call */
	spin = q_int(db, "WITH RECURSIVE sub(id) AS ("
		" SELECT k.id FROM stacks k JOIN frames f ON f.id = k.frame WHERE f.name = 'spin'"
		" UNION SELECT k.id FROM stacks k JOIN sub ON k.parent = sub.id)"
		" SELECT count(*) FROM samples s WHERE s.stack_id IN (SELECT id FROM sub)"
		" AND s.phase = 1 AND s.cb_kind = 1");
	ASSERT_INT(spin, >=, 10);
	ASSERT_INT(spin * 2, >, q_int(db, "SELECT count(*) FROM samples"));
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM samples"), (long long)st.samples);
	ASSERT_EQ(st.samples_lost, 0);
	ASSERT_INT(q_int(db, "SELECT count(*) FROM loop_iterations"), >=, 4);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM slow_callbacks WHERE cb_kind = 1"), 4);
	ASSERT_STR_EQ(q_text(db, "SELECT group_concat(count) FROM listener_events WHERE event = 'x'"),
		"1,2,3,4");
	ASSERT_STR_EQ(q_text(db, "SELECT f.name || ':' || f.line FROM alloc_sites a"
		" JOIN frames f ON f.id = a.frame_id ORDER BY a.live_bytes DESC LIMIT 1"), "grow:4");
	ASSERT_INT(q_int(db, "SELECT count(*) FROM gc_events WHERE bytes_after < bytes_before"), >=, 1);
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM gc_events"), (long long)st.gcs);
	sqlite3_close(db);
	tmp_cleanup();
	return 0;
}

/* Allocation sites flush every site_flush_us of the run (1 s by default); with
 * LEAKSCOPE_SITE_FLUSH_MS at 10 minutes, a 1.3 s run's sites flush only when the
 * profiler stops (one time in alloc_site_series), and with the default more than once. */
static long long site_flush_times(const char *env, const char *name)
{
	rt_options o;
	rt_runtime *rt = make(
		"var kept = [], n = 0;\n"
		"var t = setInterval(function () {\n"
		"  for (var i = 0; i < 50; i++) kept.push({ i: i });\n"
		"  if (++n === 26) clearInterval(t);\n"
		"}, 50);\n", &o);
	store_run_info run = test_run();
	prof_options po;
	store *s;
	prof *p;
	sqlite3 *db;
	long long times;
	const char *path = tmp_path(name);

	if (env)
		ASSERT_EQ(setenv("LEAKSCOPE_SITE_FLUSH_MS", env, 1), 0);
	else
		ASSERT_EQ(unsetenv("LEAKSCOPE_SITE_FLUSH_MS"), 0);
	ASSERT_EQ(store_open(&s, path, &run, NULL), 0);
	memset(&po, 0, sizeof po);
	po.record_allocs = 1;
	ASSERT_EQ(prof_start(&p, rt, s, &po), 0);
	ASSERT_EQ(unsetenv("LEAKSCOPE_SITE_FLUSH_MS"), 0);
	ASSERT_EQ(rt_run(rt), 0);
	prof_stop(p);
	ASSERT_EQ(store_close(s, 0), 0);
	rt_free(rt);
	prof_free(p);
	db = db_open(path);
	times = q_int(db, "SELECT count(DISTINCT t_us) FROM alloc_site_series");
	sqlite3_close(db);
	return times;
}

TEST_IMPL(profiler_site_flush_env)
{
	ASSERT_EQ(site_flush_times("600000", "sf1.db"), 1);
	ASSERT_INT(site_flush_times(NULL, "sf2.db"), >=, 2);
	ASSERT_INT(site_flush_times("0", "sf3.db"), >=, 2);	/* out of range: 1 s */
	tmp_cleanup();
	return 0;
}

static uint64_t mono_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static struct {
	prof *p;
	pthread_t js_thread;
	uint64_t sent_ns, answered_ns;
	int on_js_thread, calls;
} irq;

static void on_interrupt(void *data)
{
	irq.answered_ns = mono_ns();
	irq.on_js_thread = pthread_equal(pthread_self(), irq.js_thread);
	irq.calls++;
}

static void *interrupter(void *arg)
{
	struct timespec d = { 0, 100 * 1000 * 1000 };
	nanosleep(&d, NULL);
	irq.sent_ns = mono_ns();
	prof_interrupt(irq.p);
	return NULL;
}

/* JS that never reaches a bus event (no callback, no allocation) still answers an
 * interrupt: the profiler makes mujs stop at its next GC check point. */
TEST_IMPL(profiler_interrupt_while_spinning)
{
	rt_options o;
	rt_runtime *rt = make(
		"var t = Date.now(), x = 0; while (Date.now() - t < 1500) x = (x + 1) % 7;\n", &o);
	store_run_info run = test_run();
	prof_options po;
	pthread_t t;
	store *s;
	uint64_t end_ns;

	ASSERT_EQ(store_open(&s, tmp_path("i.db"), &run, NULL), 0);
	memset(&po, 0, sizeof po);
	po.on_interrupt = on_interrupt;
	ASSERT_EQ(prof_start(&irq.p, rt, s, &po), 0);
	irq.js_thread = pthread_self();
	ASSERT_EQ(pthread_create(&t, NULL, interrupter, NULL), 0);
	ASSERT_EQ(rt_run(rt), 0);
	end_ns = mono_ns();
	pthread_join(t, NULL);
	prof_stop(irq.p);
	ASSERT_EQ(store_close(s, 0), 0);
	rt_free(rt);
	prof_free(irq.p);
	tmp_cleanup();
	ASSERT_EQ(irq.calls, 1);
	ASSERT(irq.on_js_thread);
	ASSERT(irq.answered_ns >= irq.sent_ns);
	/* answered while the loop still spun, not when the script ended */
	ASSERT(irq.answered_ns + 200 * 1000 * 1000 < end_ns);
	return 0;
}

/* The sampler defines sigprocmask for the whole process (profiler/sampler.c), so that
 * libunwind's masking costs no system call inside the SIGPROF handler. Everywhere else
 * it must be libc's: it blocks and unblocks, reports the old mask, and fails with
 * EINVAL on a bad `how`. */
TEST_IMPL(profiler_sigprocmask_is_libcs_outside_the_handler)
{
	sigset_t set, old, cur, back;
	int was_blocked;

	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	ASSERT_EQ(pthread_sigmask(SIG_SETMASK, NULL, &cur), 0);
	was_blocked = sigismember(&cur, SIGUSR2);

	ASSERT_EQ(sigprocmask(SIG_UNBLOCK, &set, &old), 0);
	ASSERT_EQ(sigismember(&old, SIGUSR2), was_blocked);
	ASSERT_EQ(pthread_sigmask(SIG_SETMASK, NULL, &cur), 0);
	ASSERT_EQ(sigismember(&cur, SIGUSR2), 0);

	ASSERT_EQ(sigprocmask(SIG_BLOCK, &set, &back), 0);
	ASSERT_EQ(sigismember(&back, SIGUSR2), 0);
	ASSERT_EQ(pthread_sigmask(SIG_SETMASK, NULL, &cur), 0);
	ASSERT_EQ(sigismember(&cur, SIGUSR2), 1);

	errno = 0;
	ASSERT_EQ(sigprocmask(12345, &set, NULL), -1);
	ASSERT_EQ(errno, EINVAL);

	ASSERT_EQ(sigprocmask(SIG_SETMASK, &old, NULL), 0);
	ASSERT_EQ(pthread_sigmask(SIG_SETMASK, NULL, &cur), 0);
	ASSERT_EQ(sigismember(&cur, SIGUSR2), was_blocked);
	return 0;
}

/* The self-timed sampler (the default) and the cooperative one (LEAKSCOPE_SAMPLER=coop):
 * while JS runs, the runtime's thread takes the samples itself at the interpreter's
 * check points (no signal); while it is in native code (here a child process run
 * synchronously) SIGPROF takes them where it is, sent by the watchdog or the sampler
 * thread. With the timer (LEAKSCOPE_SAMPLER=timer) every sample is a signal's. All
 * three record the same things. */
static void sampler_run(const char *mode, prof_stats *st, long long *spin,
	long long *native, long long *total, long long *preempted)
{
	rt_options o;
	rt_runtime *rt = make(
		"function used() { var u = process.cpuUsage(); return (u.user + u.system) / 1000; }\n"
		"function spin(ms) { var t = used(), x = 0; while (used() - t < ms) x = (x + 1) % 7; return x; }\n"
		"spin(150);\n"
		"require('child_process').execSync('sleep 0.15');\n", &o);
	store_run_info run = test_run();
	prof_options po;
	store *s;
	prof *p;
	sqlite3 *db;
	const char *path = tmp_path("c.db");
	struct rusage ru0, ru1;	/* the runtime thread's, around the run */

	if (mode)
		setenv("LEAKSCOPE_SAMPLER", mode, 1);
	else
		unsetenv("LEAKSCOPE_SAMPLER");
	ASSERT_EQ(store_open(&s, path, &run, NULL), 0);
	memset(&po, 0, sizeof po);
	ASSERT_EQ(prof_start(&p, rt, s, &po), 0);
	ASSERT_EQ(getrusage(RUSAGE_THREAD, &ru0), 0);
	ASSERT_EQ(rt_run(rt), 0);
	ASSERT_EQ(getrusage(RUSAGE_THREAD, &ru1), 0);
	*preempted = ru1.ru_nivcsw - ru0.ru_nivcsw;
	prof_stop(p);
	prof_get_stats(p, st);
	ASSERT_EQ(store_close(s, 0), 0);
	rt_free(rt);
	prof_free(p);
	unsetenv("LEAKSCOPE_SAMPLER");

	db = db_open(path);
#define UNDER(fn) "WITH RECURSIVE sub(id) AS (" \
	" SELECT k.id FROM stacks k JOIN frames f ON f.id = k.frame WHERE f.name = '" fn "'" \
	" UNION SELECT k.id FROM stacks k JOIN sub ON k.parent = sub.id)" \
	" SELECT count(*) FROM samples s WHERE s.stack_id IN (SELECT id FROM sub) AND s.state = 0"
	*spin = q_int(db, UNDER("spin"));
	*native = q_int(db, UNDER("execSync"));
#undef UNDER
	*total = q_int(db, "SELECT count(*) FROM samples");
	ASSERT_EQ(*total, (long long)st->samples);
	/* every running sample has its native stack, through jsR_run at a safepoint too */
	ASSERT_EQ(q_int(db, "SELECT count(*) FROM samples WHERE state = 0 AND native_stack_id IS NULL"), 0);
	sqlite3_close(db);
	tmp_cleanup();
}

TEST_IMPL(profiler_cooperative_sampler)
{
	prof_stats st;
	long long spin, native, total, preempted;

	sampler_run("coop", &st, &spin, &native, &total, &preempted);
	ASSERT_EQ(st.mode, PROF_SAMPLER_COOP);
	/* 150 ms of CPU in spin(): at least 50 samples there, most taken at safepoints.
	 * An interval's request goes to a signal instead when the thread was off its CPU
	 * as the interval ended, so each preemption can cost the safepoints of the
	 * interval it falls in and of the next: the >= 100 ms spin() has on the runtime's
	 * thread (the process's 150 ms include the sampler thread's) make 50 safepoints
	 * less two a preemption. Beside a ctest -j4 the thread was preempted 100-230 times
	 * in the run and took 26-151 samples at safepoints; on a quiet machine ~140. */
	ASSERT_INT(spin, >=, 50);
	ASSERT_INT((long long)st.safepoint_takes, >=, 1);
	ASSERT_INT((long long)st.safepoint_takes + 2 * preempted, >=, 50);
	/* 150 ms in execSync's wait: signalled, a sample for every two intervals or so */
	ASSERT_INT(native, >=, 20);
	ASSERT_INT((long long)st.signal_takes, >=, 10);

	sampler_run("timer", &st, &spin, &native, &total, &preempted);
	ASSERT_EQ(st.mode, PROF_SAMPLER_TIMER);
	ASSERT_INT(spin, >=, 50);
	ASSERT_INT(native, >=, 20);
	ASSERT_EQ(st.safepoint_takes, 0);
	ASSERT_INT((long long)st.signal_takes, >=, 50);

	/* the default: self-timed. 150 ms of CPU in spin(), every sample taken by the
	 * runtime's thread when it read the clock (a preemption costs none: the next
	 * clock read takes what is due, the intervals missed as the sample's overrun);
	 * in execSync's wait, the watchdog finds the thread has not read the clock for
	 * two intervals (it looks every ten) and signals it every interval from then on */
	sampler_run(NULL, &st, &spin, &native, &total, &preempted);
	ASSERT_EQ(st.mode, PROF_SAMPLER_SELF);
	ASSERT_INT(spin, >=, 50);
	ASSERT_INT((long long)st.safepoint_takes, >=, 50);
	ASSERT_INT((long long)st.tick_hooks, >=, (long long)st.safepoint_takes);
	ASSERT_INT(native, >=, 20);
	ASSERT_INT((long long)st.signal_takes, >=, 10);
	sampler_run("self", &st, &spin, &native, &total, &preempted);
	ASSERT_EQ(st.mode, PROF_SAMPLER_SELF);
	ASSERT_INT(spin, >=, 50);
	ASSERT_INT(native, >=, 20);
	return 0;
}

/* prof_stop does not wait out the sampler thread's current interval: with a 5 s
 * interval (--sample-interval=5000000) it returns as soon as the thread is woken.
 * It used to sleep in clock_nanosleep, and prof_stop joined it at the interval's end. */
TEST_IMPL(profiler_stop_wakes_the_sampler_thread)
{
	rt_options o;
	rt_runtime *rt = make("var x = 1;\n", &o);
	store_run_info run = test_run();
	prof_options po;
	prof_stats st;
	store *s;
	prof *p;
	uint64_t t0;

	setenv("LEAKSCOPE_SAMPLER", "coop", 1);
	ASSERT_EQ(store_open(&s, tmp_path("w.db"), &run, NULL), 0);
	memset(&po, 0, sizeof po);
	po.sample_interval_us = 5000000;
	ASSERT_EQ(prof_start(&p, rt, s, &po), 0);
	unsetenv("LEAKSCOPE_SAMPLER");
	ASSERT_EQ(rt_run(rt), 0);
	t0 = mono_ns();
	prof_stop(p);
	/* well under the interval, whatever the machine's load */
	ASSERT_INT((long long)(mono_ns() - t0), <, 2500000000LL);
	prof_get_stats(p, &st);
	ASSERT_EQ(st.mode, PROF_SAMPLER_COOP);
	ASSERT_EQ(store_close(s, 0), 0);
	rt_free(rt);
	prof_free(p);
	tmp_cleanup();
	return 0;
}

/* The sampler thread keeps off the runtime thread's CPU: it would preempt it every
 * interval there (sampler.c). With the process on two CPUs a and b, the runtime's thread
 * is moved a -> b -> a from another thread while JS spins: wherever the sampler thread
 * was, at least two of those land on it, and it moves away each time. */
static struct {
	pthread_t js;
	int a, b;
	atomic_int done;
} pin;

static void pin_js(int cpu)
{
	cpu_set_t set;
	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	pthread_setaffinity_np(pin.js, sizeof set, &set);
}

static void *pinner(void *arg)
{
	struct timespec phase = { 0, 150000000 };
	(void)arg;
	nanosleep(&phase, NULL);
	pin_js(pin.a);
	nanosleep(&phase, NULL);
	pin_js(pin.b);
	nanosleep(&phase, NULL);
	pin_js(pin.a);
	nanosleep(&phase, NULL);
	atomic_store(&pin.done, 1);
	return NULL;
}

static void pin_done(js_State *J)
{
	js_pushboolean(J, atomic_load(&pin.done));
}

TEST_IMPL(profiler_sampler_keeps_off_the_runtime_cpu)
{
	rt_options o;
	rt_runtime *rt;
	store_run_info run = test_run();
	prof_options po;
	prof_stats st;
	cpu_set_t all, two;
	pthread_t t;
	store *s;
	prof *p;
	int c;

	ASSERT_EQ(sched_getaffinity(0, sizeof all, &all), 0);
	pin.a = pin.b = -1;
	for (c = 0; c < CPU_SETSIZE; c++) {
		if (!CPU_ISSET(c, &all))
			continue;
		if (pin.a < 0)
			pin.a = c;
		else if (pin.b < 0)
			pin.b = c;
	}
	if (pin.b < 0) {
		printf("skipped: this process may use one CPU only\n");
		return 0;
	}
	CPU_ZERO(&two);
	CPU_SET(pin.a, &two);
	CPU_SET(pin.b, &two);
	ASSERT_EQ(sched_setaffinity(0, sizeof two, &two), 0);
	rt = make("while (!pinDone()) for (var i = 0; i < 1000; i++);\n", &o);
	js_newcfunction(rt_js(rt), pin_done, "pinDone", 0);
	js_setglobal(rt_js(rt), "pinDone");

	setenv("LEAKSCOPE_SAMPLER", "coop", 1);
	ASSERT_EQ(store_open(&s, tmp_path("k.db"), &run, NULL), 0);
	memset(&po, 0, sizeof po);
	ASSERT_EQ(prof_start(&p, rt, s, &po), 0);
	unsetenv("LEAKSCOPE_SAMPLER");
	pin.js = pthread_self();
	atomic_store(&pin.done, 0);
	ASSERT_EQ(pthread_create(&t, NULL, pinner, NULL), 0);
	ASSERT_EQ(rt_run(rt), 0);
	pthread_join(t, NULL);
	prof_stop(p);
	prof_get_stats(p, &st);
	ASSERT_EQ(sched_setaffinity(0, sizeof all, &all), 0);
	ASSERT_EQ(st.mode, PROF_SAMPLER_COOP);
	ASSERT_INT((long long)st.sampler_moves, >=, 2);
	ASSERT_EQ(store_close(s, 0), 0);
	rt_free(rt);
	prof_free(p);
	tmp_cleanup();
	return 0;
}
