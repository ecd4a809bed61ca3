/* record.c — the recording session of `leakscope run --record` (see record.h). One per
 * process: the CLI runs one runtime.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <uv.h>

#include "heapsnap.h"
#include "profiler.h"
#include "record.h"
#include "storage.h"

#define STOP_GRACE_MS 2000	/* a stop signal waits this long for a safe point */

/* A recording process tells the leakscope processes it forks (child_process.fork,
 * cluster workers: lib/child_process.js passes it on) where to record and as whose
 * child: "RUN_ID:PATH" in this variable, set once its own run is open. A process that
 * finds it records into PATH (with or without --record) as a run of kind 'fork' whose
 * parent is RUN_ID; several processes write the same file (WAL, busy timeouts). */
#define CHILD_ENV "LEAKSCOPE_RECORD_CHILD"

static struct {
	rt_runtime *rt;
	store *s;
	prof *p;
	const char *path;
	rec_options o;
	int sub;		/* RT_EV_EXIT subscription */
	atomic_int finishing;	/* rec_end has begun */
	volatile sig_atomic_t stop_sig;
	int pipe[2];		/* signal handler -> watchdog */
	/* the database is opened once, by rec_prepare() or rec_begin(), whichever comes
	 * first: 0 not yet, 1 being opened, 2 done (open_err: its result) */
	pthread_mutex_t open_lock;
	pthread_cond_t opened;
	int open_state, open_err;
} R = { .sub = -1, .pipe = { -1, -1 }, .open_lock = PTHREAD_MUTEX_INITIALIZER,
	.opened = PTHREAD_COND_INITIALIZER };

/* Ends the process by sig with its default action (what Node does with no listener). */
static void die_by(int sig)
{
	sigset_t set;
	signal(sig, SIG_DFL);
	sigemptyset(&set);
	sigaddset(&set, sig);
	pthread_sigmask(SIG_UNBLOCK, &set, NULL);
	kill(getpid(), sig);
	raise(sig);
	_exit(128 + sig);
}

/* LEAKSCOPE_PROF_STATS=1: what the profiler counted, on stderr at the end (for the
 * benchmarks: which sampler ran, and how many samples each way took) */
static void print_stats(const prof *p)
{
	prof_stats st;
	prof_get_stats(p, &st);
	fprintf(stderr, "leakscope: profiler: %s sampler, %llu samples (%llu taken by the "
		"runtime's thread, %llu by signal, %llu lost; %llu clock reads at check points), "
		"%llu allocations counted, %llu sampled, %llu loop iterations, %llu listener "
		"events, %llu collections; the sampler thread woke %llu times and moved off the "
		"runtime thread's CPU %llu times\n",
		st.mode == PROF_SAMPLER_SELF ? "self-timed" :
		st.mode == PROF_SAMPLER_COOP ? "cooperative" : "timer",
		(unsigned long long)st.samples,
		(unsigned long long)st.safepoint_takes, (unsigned long long)st.signal_takes,
		(unsigned long long)st.samples_lost, (unsigned long long)st.tick_hooks,
		(unsigned long long)st.allocs,
		(unsigned long long)st.alloc_samples, (unsigned long long)st.iterations,
		(unsigned long long)st.listener_events, (unsigned long long)st.gcs,
		(unsigned long long)st.sampler_wakeups, (unsigned long long)st.sampler_moves);
	/* how often this (the runtime's) thread was preempted: a sampler thread on its CPU
	 * does it once an interval */
	{
		FILE *f = fopen("/proc/thread-self/status", "r");
		char line[128];
		while (f && fgets(line, sizeof line, f))
			if (!strncmp(line, "nonvoluntary_ctxt_switches:", 27))
				fprintf(stderr, "leakscope: profiler: runtime thread preempted %ld times\n",
					strtol(line + 27, NULL, 10));
		if (f)
			fclose(f);
	}
}

static double mono_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static void finish(int code)
{
	int expect = 0, err, stats = getenv("LEAKSCOPE_PROF_STATS") != NULL;
	double t0, t1;
	if (!atomic_compare_exchange_strong(&R.finishing, &expect, 1))
		return;
	if (R.sub >= 0) {
		rt_trace_unsubscribe(rt_bus(R.rt), R.sub);
		R.sub = -1;
	}
	t0 = mono_ms();
	prof_stop(R.p);
	t1 = mono_ms();
	if (R.p && stats) {
		print_stats(R.p);
		if (R.s) {
			store_stats ss;
			store_get_stats(R.s, &ss);
			fprintf(stderr, "leakscope: store: %llu records queued, %llu committed in "
				"%llu transactions so far, %llu dropped\n",
				(unsigned long long)ss.appended, (unsigned long long)ss.committed,
				(unsigned long long)ss.batches, (unsigned long long)ss.dropped);
		}
	}
	if (R.s) {
		double t2 = mono_ms();
		err = store_close(R.s, code);
		R.s = NULL;
		if (err)
			fprintf(stderr, "leakscope: recording to %s failed: %s\n", R.path,
				store_strerror(err));
		/* the recording's cost at the end of a run, on the app's wall clock */
		if (stats)
			fprintf(stderr, "leakscope: stopping the profiler took %.1f ms, closing "
				"the store %.1f ms\n", t1 - t0, mono_ms() - t2);
	}
}

/* On the runtime's thread, at a safe point after SIGINT/SIGTERM. */
static void on_interrupt(void *data)
{
	int sig = R.stop_sig;
	finish(128 + sig);
	die_by(sig);
}

static void on_stop_signal(int sig)
{
	int saved = errno;
	if (R.stop_sig)
		die_by(sig);	/* a second one: now */
	R.stop_sig = sig;
	prof_interrupt(R.p);
	if (R.pipe[1] >= 0 && write(R.pipe[1], "", 1) < 0) {
		/* nothing to do: the watchdog is the fallback only */
	}
	errno = saved;
}

/* Ends the process if the runtime's thread does not reach a safe point in time (stuck
 * in a long system call): what is committed stays in the database. */
static void *watchdog(void *arg)
{
	char c;
	int waited = 0;
	while (read(R.pipe[0], &c, 1) < 0 && errno == EINTR)
		;
	while (waited < STOP_GRACE_MS || atomic_load(&R.finishing)) {
		poll(NULL, 0, 20);
		waited += 20;
	}
	die_by(R.stop_sig ? R.stop_sig : SIGTERM);
	return NULL;
}

static void on_rt_exit(void *data, const rt_trace_event *ev)
{
	finish(ev->u.exit.code);
}

/* ---- worker threads: each records as a run of its own (runs.kind 'worker', linked to
 * the run of the thread that started it), with a profiler on its own thread, and its
 * require('leakscope').snapshot() calls are snapshots of that run (heapsnap.h). */

typedef struct rec_worker {
	store *s;
	prof *p;
	snap_worker *snap;	/* its require('leakscope').snapshot() */
	int64_t run_id;
} rec_worker;

static void *worker_start(void *data, rt_runtime *rt, const rt_worker_info *info)
{
	const rec_worker *parent = info->parent_cookie;
	rec_worker *w = calloc(1, sizeof *w);
	store_run_info run;
	prof_options po;
	char cwd[4096];
	char *argv[1];
	int err;
	(void)data;
	if (!w || atomic_load(&R.finishing))
		return w;
	memset(&run, 0, sizeof run);
	argv[0] = (char *)info->name;
	run.pid = (int)getpid();
	run.ppid = (int)getppid();
	run.argc = 1;
	run.argv = argv;
	run.cwd = getcwd(cwd, sizeof cwd) ? cwd : NULL;
	run.leakscope_version = LEAKSCOPE_VERSION;
	run.mujs_version = RT_MUJS_VERSION;
	run.libuv_version = uv_version_string();
	run.sample_interval_us = R.o.sample_interval_us < 0 ? 0 :
		R.o.sample_interval_us ? R.o.sample_interval_us : 1000;
	run.parent_run_id = parent ? parent->run_id : store_run_id(R.s);
	run.thread_id = info->thread_id;
	run.kind = "worker";
	err = store_open(&w->s, R.path, &run, NULL);
	if (err) {
		fprintf(stderr, "leakscope: worker %d: cannot record to %s: %s\n",
			info->thread_id, R.path, store_strerror(err));
		w->s = NULL;
		return w;
	}
	w->run_id = store_run_id(w->s);
	memset(&po, 0, sizeof po);
	po.sample_interval_us = R.o.sample_interval_us;
	po.slow_callback_us = R.o.slow_callback_us;
	po.record_allocs = R.o.record_allocs;
	po.no_native_stacks = R.o.no_native_stacks;
	if (prof_start(&w->p, rt, w->s, &po)) {
		fprintf(stderr, "leakscope: worker %d: cannot start the profiler\n",
			info->thread_id);
		w->p = NULL;
	}
	w->snap = snap_worker_start(rt, w->s);
	return w;
}

static void worker_stop(void *data, void *cookie, int exit_code)
{
	rec_worker *w = cookie;
	int err;
	(void)data;
	if (!w)
		return;
	snap_worker_stop(w->snap);
	w->snap = NULL;
	if (w->p)
		prof_stop(w->p);
	if (w->s) {
		err = store_close(w->s, exit_code);
		w->s = NULL;
		if (err)
			fprintf(stderr, "leakscope: recording a worker to %s failed: %s\n",
				R.path, store_strerror(err));
	}
}

static void worker_end(void *data, void *cookie)
{
	rec_worker *w = cookie;
	(void)data;
	if (!w)
		return;
	prof_free(w->p);
	free(w);
}

static void take_signals(void)
{
	struct sigaction sa;
	pthread_attr_t attr;
	pthread_t t;
	if (pipe(R.pipe))
		return;
	fcntl(R.pipe[0], F_SETFD, FD_CLOEXEC);
	fcntl(R.pipe[1], F_SETFD, FD_CLOEXEC);
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	pthread_attr_setstacksize(&attr, 64 * 1024);
	if (pthread_create(&t, &attr, watchdog, NULL)) {
		pthread_attr_destroy(&attr);
		return;
	}
	pthread_attr_destroy(&attr);
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_stop_signal;
	sa.sa_flags = SA_RESTART;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
}

/* The parent's run and the database from CHILD_ENV (read once, before this process
 * sets its own); parent 0 when not a recorded process's child. */
static struct {
	pthread_once_t once;
	int64_t parent;
	char *path;
} F = { PTHREAD_ONCE_INIT, 0, NULL };

static void read_child_env(void)
{
	const char *v = getenv(CHILD_ENV);
	char *end;
	long long id;
	if (!v || !*v)
		return;
	id = strtoll(v, &end, 10);
	if (id <= 0 || *end != ':' || !end[1])
		return;
	F.path = strdup(end + 1);
	if (F.path)
		F.parent = id;
}

/* Where this process records: a recording parent's file (fork's default execArgv also
 * names it, but relative to the parent's cwd, which the child's may not be), else
 * --record's. */
static const char *rec_path(const rec_options *o)
{
	pthread_once(&F.once, read_child_env);
	return F.path ? F.path : o->path;
}

/* Opens the database into R.s (R.open_err) unless the other thread did or is doing it;
 * returns when it is open. */
static void open_once(const rec_options *o)
{
	store_run_info run;
	char cwd[4096];
	int err;

	pthread_mutex_lock(&R.open_lock);
	if (R.open_state) {
		while (R.open_state == 1)
			pthread_cond_wait(&R.opened, &R.open_lock);
		pthread_mutex_unlock(&R.open_lock);
		return;
	}
	R.open_state = 1;
	pthread_mutex_unlock(&R.open_lock);

	memset(&run, 0, sizeof run);
	run.pid = (int)getpid();
	run.ppid = (int)getppid();
	run.argc = o->argc;
	run.argv = o->argv;
	run.cwd = getcwd(cwd, sizeof cwd) ? cwd : NULL;
	run.leakscope_version = LEAKSCOPE_VERSION;
	run.mujs_version = RT_MUJS_VERSION;
	run.libuv_version = uv_version_string();
	run.sample_interval_us = o->sample_interval_us < 0 ? 0 :
		o->sample_interval_us ? o->sample_interval_us : 1000;
	if (F.parent) {
		run.parent_run_id = F.parent;
		run.kind = "fork";
	}
	err = store_open(&R.s, rec_path(o), &run, NULL);
	if (err)
		R.s = NULL;

	pthread_mutex_lock(&R.open_lock);
	R.open_err = err;
	R.open_state = 2;
	pthread_cond_broadcast(&R.opened);
	pthread_mutex_unlock(&R.open_lock);
}

void rec_prepare(const rec_options *o)
{
	if (rec_path(o))
		open_once(o);
}

void rec_discard(int exit_code)
{
	if (R.rt || !R.s)
		return;
	store_close(R.s, exit_code);	/* opened ahead, never begun: the runtime did not start */
	R.s = NULL;
}

void rec_begin(rt_runtime *rt, const rec_options *o)
{
	prof_options po;
	int err;

	const char *path = rec_path(o);
	if (!path)
		return;
	open_once(o);
	if (R.open_err) {
		fprintf(stderr, "leakscope: cannot record to %s: %s\n", path,
			store_strerror(R.open_err));
		return;
	}
	R.rt = rt;
	R.path = path;
	R.o = *o;
	memset(&po, 0, sizeof po);
	po.sample_interval_us = o->sample_interval_us;
	po.slow_callback_us = o->slow_callback_us;
	po.record_allocs = o->record_allocs;
	po.no_native_stacks = o->no_native_stacks;
	po.on_interrupt = on_interrupt;
	err = prof_start(&R.p, rt, R.s, &po);
	if (err) {
		fprintf(stderr, "leakscope: cannot record to %s: cannot start the profiler: %s\n",
			path, strerror(-err));
		store_close(R.s, 0);
		R.s = NULL;
		return;
	}
	R.sub = rt_trace_subscribe(rt_bus(rt), RT_EVMASK(RT_EV_EXIT), on_rt_exit, NULL);
	{
		/* before any JS runs: what lib/child_process.js hands its forks */
		char *abs = realpath(path, NULL);
		size_t n = abs ? strlen(abs) + 32 : 0;
		char *v = abs ? malloc(n) : NULL;
		if (v) {
			snprintf(v, n, "%lld:%s", (long long)store_run_id(R.s), abs);
			setenv(CHILD_ENV, v, 1);
		}
		free(v);
		free(abs);
	}
	{
		rt_worker_hooks wh = { worker_start, worker_stop, worker_end, NULL };
		rt_set_worker_hooks(rt, &wh);
	}
	take_signals();
}

store *rec_store(void)
{
	return R.s;
}

void rec_end(int exit_code)
{
	if (R.rt)
		finish(exit_code);
}

void rec_free(void)
{
	prof_free(R.p);
	R.p = NULL;
	R.rt = NULL;
}
