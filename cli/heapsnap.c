/* heapsnap.c — heap snapshots in `leakscope run` (see heapsnap.h). One session per
 * process for the main runtime; a recorded worker thread gets a walker and a
 * snapshot() hook of its own (snap_worker), on its thread, into its run.
 *
 * Safe points. A snapshot is walked on the runtime's thread where the heap is
 * consistent: inside the JS call that asks for it (snapshot(), writeHeapSnapshot()),
 * in a libuv callback (the interval timer, the wake-up of a signal), at the end of a
 * collection (GC_END on the trace bus) or in the exit paths. A signal or the heap
 * nearing its limit only sets a flag, makes mujs collect at its next check point (so a
 * busy JS loop reaches GC_END within an instruction or so) and wakes the loop (so an
 * idle one answers at once); whichever comes first takes the snapshot.
 */
#include <errno.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <uv.h>

#include "heapgraph.h"
#include "heapsnap.h"
#include "heapwalk.h"

#define NEAR_LIMIT_PERCENT 90	/* the first near-limit snapshot: at 90% of --max-heap */
#define MAX_PENDING 2		/* an interval snapshot is skipped while this many wait */

static struct {
	rt_runtime *rt;
	const snap_options *o;
	prof_heap *h;
	store *s;
	int own;		/* s is leakscope-<pid>.db, opened here */
	int open_failed;
	char path[64];
	int sub;		/* bus: GC_END, EXIT */
	uv_timer_t timer;
	int has_timer;
	uv_async_t async;
	int has_async;
	volatile sig_atomic_t sig_pending;
	atomic_int near_pending;
	int near_taken;
	int exited;		/* the at-exit snapshot is taken (or the store closed) */
	char msg[512];
} S = { .sub = -1 };

/* ---- options ---- */

static const char *value(int argc, char **argv, int *i, const char *name, int *missing,
	int optional)
{
	const char *a = argv[*i];
	size_t n = strlen(name);
	*missing = 0;
	if (strncmp(a, name, n))
		return NULL;
	if (a[n] == '=')
		return a + n + 1;
	if (a[n])
		return NULL;
	if (optional)
		return "";
	if (*i + 1 >= argc) {
		*missing = 1;
		return NULL;
	}
	return argv[++*i];
}

static int whole(const char *s, int64_t *out)
{
	char *end;
	long long v;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno || end == s || *end || v < 0)
		return -1;
	*out = v;
	return 0;
}

static int signal_number(const char *s)
{
	static const struct { const char *name; int sig; } sigs[] = {
		{ "SIGUSR1", SIGUSR1 }, { "SIGUSR2", SIGUSR2 }, { "SIGHUP", SIGHUP },
		{ "SIGQUIT", SIGQUIT }, { "SIGWINCH", SIGWINCH }, { "SIGTTIN", SIGTTIN },
		{ "SIGTTOU", SIGTTOU }, { "SIGPWR", SIGPWR }, { "SIGURG", SIGURG }
	};
	size_t k;
	int64_t n;
	for (k = 0; k < sizeof sigs / sizeof *sigs; k++)
		if (!strcmp(s, sigs[k].name) || !strcmp(s, sigs[k].name + 3))
			return sigs[k].sig;
	if (!whole(s, &n) && n > 0 && n < 65 && n != SIGKILL && n != SIGSTOP && n != SIGPROF)
		return (int)n;
	return 0;
}

int snap_option(int argc, char **argv, int *i, snap_options *o, char **exec_argv,
	int *exec_argc)
{
	const char *a = argv[*i], *v;
	int start = *i, missing, k;
	int64_t n;

	if (!strcmp(a, "--snapshot-at-exit")) {
		o->at_exit = 1;
	} else if ((v = value(argc, argv, i, "--snapshot-interval", &missing, 0)) || missing) {
		if (missing || whole(v, &n) || n == 0)
			goto bad;
		o->interval_ms = n;
	} else if ((v = value(argc, argv, i, "--snapshot-signal", &missing, 1))) {
		o->signal = *v ? signal_number(v) : SIGUSR2;
		if (!o->signal) {
			fprintf(stderr, "%s: %s: not a signal leakscope can use (SIGUSR2, SIGUSR1,"
				" SIGHUP...)\n", argv[0], a);
			return -1;
		}
	} else if ((v = value(argc, argv, i, "--snapshot-near-heap-limit", &missing, 1))) {
		if (!*v)
			n = 1;
		else if (whole(v, &n) || n == 0 || n > 1000)
			goto bad;
		o->near_limit = (int)n;
	} else if ((v = value(argc, argv, i, "--max-heap", &missing, 0)) || missing) {
		char *end;
		double d;
		if (missing)
			goto bad;
		errno = 0;
		d = strtod(v, &end);
		/* bytes, or with a K/M/G suffix */
		if (end != v && (*end == 'k' || *end == 'K'))
			d *= 1024, end++;
		else if (end != v && (*end == 'm' || *end == 'M'))
			d *= 1024 * 1024, end++;
		else if (end != v && (*end == 'g' || *end == 'G'))
			d *= 1024.0 * 1024 * 1024, end++;
		if (errno || end == v || *end || d < 1)
			goto bad;
		o->max_heap = (size_t)d;
	} else {
		return 0;
	}
	for (k = start; k <= *i; k++)
		exec_argv[(*exec_argc)++] = argv[k];
	return 1;
bad:
	fprintf(stderr, "%s: %s needs a positive whole number%s\n", argv[0], a,
		!strncmp(a, "--max-heap", 10) ? " of bytes (K, M, G suffixes allowed)" : "");
	return -1;
}

/* ---- taking one ---- */

static void finish(store_heap *g)
{
	an_heap_dominators(g);	/* on storage's writer thread */
}

static int open_own(void)
{
	store_run_info run;
	char cwd[4096];
	int err;
	if (S.open_failed)
		return -1;
	snprintf(S.path, sizeof S.path, "leakscope-%d.db", (int)getpid());
	memset(&run, 0, sizeof run);
	run.pid = (int)getpid();
	run.ppid = (int)getppid();
	run.argc = S.o->argc;
	run.argv = S.o->argv;
	run.cwd = getcwd(cwd, sizeof cwd) ? cwd : NULL;
	run.leakscope_version = LEAKSCOPE_VERSION;
	run.mujs_version = RT_MUJS_VERSION;
	run.libuv_version = uv_version_string();
	err = store_open(&S.s, S.path, &run, NULL);
	if (err) {
		S.open_failed = 1;
		S.s = NULL;
		snprintf(S.msg, sizeof S.msg, "cannot record heap snapshots to %s: %s", S.path,
			store_strerror(err));
		fprintf(stderr, "leakscope: %s\n", S.msg);
		return -1;
	}
	S.own = 1;
	fprintf(stderr, "leakscope: recording heap snapshots into %s\n", S.path);
	return 0;
}

/* Walks h's heap now (a safe point) and queues the graph into s; the snapshot's id, or
 * < 0 with msg set. collect: a full collection first, as V8 runs before a snapshot (0 at
 * a collection's end: it just ran, and may not run inside itself). */
static int64_t take_into(prof_heap *h, store *s, const char *trigger, const char *label,
	int collect, char *msg, size_t msg_size)
{
	store_heap *g;
	int64_t id, t_us;
	int err;
	id = store_snapshot_reserve(s);
	if (id < 0) {
		snprintf(msg, msg_size, "cannot record a heap snapshot: %s",
			store_strerror((int)id));
		return id;
	}
	t_us = store_now_us(s);
	if (collect)
		prof_heap_collect(h);
	err = prof_heap_walk(h, &g);
	if (err) {
		snprintf(msg, msg_size, "heap snapshot: %s", store_strerror(err));
		return err;
	}
	g->id = id;
	g->t_us = t_us;
	snprintf(g->trigger, sizeof g->trigger, "%s", trigger);
	if (label && *label)
		g->label = strdup(label);
	g->finish = finish;
	err = store_snapshot_commit(s, g);
	if (err) {
		snprintf(msg, msg_size, "cannot record a heap snapshot: %s", store_strerror(err));
		return err;
	}
	return id;
}

/* The process's snapshot; its id, or < 0 with S.msg set. */
static int64_t take(const char *trigger, const char *label, int collect)
{
	if (!S.h) {
		snprintf(S.msg, sizeof S.msg, "heap snapshots are not set up");
		return STORE_EINVAL;
	}
	if (!S.s && open_own())
		return STORE_ECANTOPEN;
	return take_into(S.h, S.s, trigger, label, collect, S.msg, sizeof S.msg);
}

static int64_t hook_snapshot(void *data, const char *label, const char **msg)
{
	int64_t id = take("api", label, 1);
	*msg = S.msg;
	return id;
}

/* require('v8').writeHeapSnapshot(path): the V8 file, written before the call returns. */
static int hook_write(void *data, const char *path, const char **msg)
{
	store_heap *g;
	FILE *f;
	int err;
	*msg = S.msg;
	if (!S.h) {
		snprintf(S.msg, sizeof S.msg, "heap snapshots are not set up");
		return -1;
	}
	prof_heap_collect(S.h);	/* as Node's */
	if ((err = prof_heap_walk(S.h, &g))) {
		snprintf(S.msg, sizeof S.msg, "heap snapshot: %s", store_strerror(err));
		return -1;
	}
	if (!(f = fopen(path, "w"))) {
		err = -errno;	/* libuv's codes are -errno on Linux */
		store_heap_free(g);
		*msg = NULL;
		return err;
	}
	err = an_heap_write_v8(g, f);
	if (fclose(f) && !err)
		err = STORE_EIO;
	store_heap_free(g);
	if (err) {
		snprintf(S.msg, sizeof S.msg, "cannot write %s: %s", path, store_strerror(err));
		return -1;
	}
	return 0;
}

/* Out of heap: the process aborts after this; commit what is queued first. */
static void hook_oom(void *data)
{
	if (S.s)
		store_flush(S.s);
}

static void arm_near_limit(void);

/* Whatever was asked for from a signal or the allocator: at a safe point (collect: 0
 * at a collection's end, see take_into). */
static void service(int collect)
{
	if (S.sig_pending) {
		S.sig_pending = 0;
		if (take("signal", NULL, collect) < 0)
			fprintf(stderr, "leakscope: %s\n", S.msg);
	}
	if (atomic_exchange(&S.near_pending, 0)) {
		if (take("near-heap-limit", NULL, collect) < 0)
			fprintf(stderr, "leakscope: %s\n", S.msg);
		else
			store_flush(S.s);	/* the process may die of the limit soon */
		S.near_taken++;
		arm_near_limit();
	}
}

static void on_async(uv_async_t *a)
{
	service(1);
}

static void on_timer(uv_timer_t *t)
{
	if (S.s && store_snapshots_pending(S.s) >= MAX_PENDING)
		return;	/* the writer is behind: skip this one rather than pile up graphs */
	if (take("interval", NULL, 1) < 0)
		fprintf(stderr, "leakscope: %s\n", S.msg);
}

static void wake(void)
{
	if (S.h)
		prof_heap_request_safepoint(S.h);
	if (S.has_async)
		uv_async_send(&S.async);
}

static void on_signal(int sig)
{
	int saved = errno;
	S.sig_pending = 1;
	wake();
	errno = saved;
}

/* From inside the allocator: only flags. */
static void on_watermark(void *data)
{
	atomic_store(&S.near_pending, 1);
	wake();
}

/* The next near-limit snapshot: at 90% of the limit, then halfway to the limit from
 * where the heap stands. */
static void arm_near_limit(void)
{
	size_t max = S.o->max_heap, used, at;
	if (!S.o->near_limit || !max || S.near_taken >= S.o->near_limit)
		return;
	used = rt_mem(S.rt)->heap_used;
	at = S.near_taken ? used + (max > used ? (max - used) / 2 : 0) :
		max / 100 * NEAR_LIMIT_PERCENT;
	rt_set_heap_watermark(S.rt, at, on_watermark, NULL);
}

static void at_exit_snapshot(void)
{
	if (S.exited)
		return;
	S.exited = 1;
	if (S.o->at_exit && take("exit", NULL, 1) < 0)
		fprintf(stderr, "leakscope: %s\n", S.msg);
}

/* The run's end waits for the snapshots still being stored (a million nodes take
 * seconds on the writer's thread): on a terminal, stderr says so and counts down. */
static void wait_stored(void)
{
	int total, left, shown = -1;
	uint64_t t0 = uv_hrtime();
	if (!S.s || !isatty(STDERR_FILENO) || (total = store_snapshots_pending(S.s)) <= 0)
		return;
	while ((left = store_snapshots_pending(S.s)) > 0) {
		int secs = (int)((uv_hrtime() - t0) / 1000000000u);
		if (secs != shown) {
			fprintf(stderr, "\rleakscope: storing heap snapshots: %d of %d left (%d s)…",
				left, total, secs);
			fflush(stderr);
			shown = secs;
		}
		usleep(50000);
	}
	fprintf(stderr, "\r\033[K");
	fflush(stderr);
}

static void on_event(void *data, const rt_trace_event *ev)
{
	if (ev->kind == RT_EV_GC_END) {
		if (S.sig_pending || atomic_load(&S.near_pending))
			service(0);
	} else if (ev->kind == RT_EV_EXIT) {
		/* process.exit() or a fatal error: the process ends from inside the runtime */
		service(1);
		at_exit_snapshot();
		wait_stored();
		if (S.own) {
			store_close(S.s, ev->u.exit.code);
			S.s = NULL;
			S.own = 0;
		}
	}
}

/* ---- life ---- */

void snap_prepare(rt_runtime *rt, const snap_options *o)
{
	rt_heap_hooks hooks = { hook_snapshot, hook_write, hook_oom, NULL };
	S.rt = rt;
	S.o = o;
	if (prof_heap_new(&S.h, rt))
		return;
	prof_heap_mark_boot(S.h);
	rt_set_heap_hooks(rt, &hooks);
	S.sub = rt_trace_subscribe(rt_bus(rt), RT_EVMASK(RT_EV_GC_END) | RT_EVMASK(RT_EV_EXIT),
		on_event, NULL);
	if (uv_async_init(rt_loop(rt), &S.async, on_async) == 0) {
		uv_unref((uv_handle_t *)&S.async);
		S.has_async = 1;
	}
}

void snap_begin(store *recording)
{
	const snap_options *o = S.o;
	if (!S.h)
		return;
	S.s = recording;
	if (o->interval_ms && uv_timer_init(rt_loop(S.rt), &S.timer) == 0) {
		S.has_timer = 1;
		uv_timer_start(&S.timer, on_timer, (uint64_t)o->interval_ms, (uint64_t)o->interval_ms);
		uv_unref((uv_handle_t *)&S.timer);
	}
	if (o->signal) {
		struct sigaction sa;
		memset(&sa, 0, sizeof sa);
		sa.sa_handler = on_signal;
		sa.sa_flags = SA_RESTART;
		sigemptyset(&sa.sa_mask);
		sigaction(o->signal, &sa, NULL);
	}
	arm_near_limit();
}

void snap_end(int exit_code)
{
	if (!S.h)
		return;
	if (S.sub >= 0) {
		rt_trace_unsubscribe(rt_bus(S.rt), S.sub);
		S.sub = -1;
	}
	if (S.o->signal)
		signal(S.o->signal, SIG_IGN);
	rt_set_heap_watermark(S.rt, 0, NULL, NULL);
	service(1);
	at_exit_snapshot();
	if (S.has_timer)
		uv_close((uv_handle_t *)&S.timer, NULL);
	if (S.has_async)
		uv_close((uv_handle_t *)&S.async, NULL);
	S.has_timer = S.has_async = 0;
	rt_set_heap_hooks(S.rt, NULL);
	wait_stored();
	if (S.own) {
		int err = store_close(S.s, exit_code);
		if (err)
			fprintf(stderr, "leakscope: recording heap snapshots to %s failed: %s\n",
				S.path, store_strerror(err));
		S.own = 0;
	} else if (S.s) {
		store_flush(S.s);
	}
	S.s = NULL;
}

/* ---- worker threads ---- */

struct snap_worker {
	rt_runtime *rt;
	prof_heap *h;
	store *s;
	char msg[256];
};

static int64_t worker_snapshot(void *data, const char *label, const char **msg)
{
	snap_worker *w = data;
	*msg = w->msg;
	return take_into(w->h, w->s, "api", label, 1, w->msg, sizeof w->msg);
}

snap_worker *snap_worker_start(rt_runtime *rt, store *recording)
{
	rt_heap_hooks hooks = { worker_snapshot, NULL, NULL, NULL };
	snap_worker *w;
	if (!recording || !(w = calloc(1, sizeof *w)))
		return NULL;
	if (prof_heap_new(&w->h, rt)) {
		free(w);
		return NULL;
	}
	prof_heap_mark_boot(w->h);
	w->rt = rt;
	w->s = recording;
	hooks.data = w;
	rt_set_heap_hooks(rt, &hooks);
	return w;
}

void snap_worker_stop(snap_worker *w)
{
	if (!w)
		return;
	rt_set_heap_hooks(w->rt, NULL);
	prof_heap_free(w->h);
	free(w);
}

prof_heap *snap_heap(void)
{
	return S.h;
}

void snap_free(void)
{
	prof_heap_free(S.h);
	S.h = NULL;
	S.rt = NULL;
}
