/* internal.h — what the inspector's files share: the server and its connections
 * (server.c), WebSocket framing on a connection (ws.c), CDP sessions and dispatch
 * (session.c) and the domains (runtime_domain.c, profiler_domain.c, heap_domain.c,
 * debugger_domain.c), the safe-point watcher (watch.c). Nothing outside inspector/
 * includes it.
 */
#ifndef LEAKSCOPE_INSPECTOR_INTERNAL_H
#define LEAKSCOPE_INSPECTOR_INTERNAL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include <http_parser.h>
#include <jansson.h>
#include <uv.h>
#include <wslay/wslay.h>

#include "inspector.h"
#include "profiler.h"

#define INSP__MAX_MSG (64u << 20)	/* biggest WebSocket message accepted (Node: none) */
#define INSP__MAX_HEADER 8192		/* bytes of HTTP request head accepted */
#define INSP__CHUNK (100u * 1024)	/* addHeapSnapshotChunk size */
#define INSP__CONSOLE_KEEP 1000		/* console messages kept for a later Runtime.enable */

enum { INSP__HTTP, INSP__WS, INSP__CLOSING };

typedef struct insp__msg {
	struct insp__msg *next;
	size_t len;
	char text[];		/* NUL-terminated */
} insp__msg;

/* A snapshot being streamed to one client: chunks go out as its writes drain. */
typedef struct insp__stream {
	char *buf;		/* the .heapsnapshot JSON */
	size_t len, off;
	int64_t req_id;		/* the takeHeapSnapshot call, answered after the last chunk */
} insp__stream;

/* A private recording (profiler_domain.c): a profiler writing to a temporary file. */
typedef struct insp__own {
	prof *p;
	store *s;
	char path[512];
} insp__own;

typedef struct insp__conn {
	uv_tcp_t tcp;
	insp *in;
	struct insp__conn *next;
	int state;
	/* HTTP */
	http_parser hp;
	char head[INSP__MAX_HEADER];	/* url and the headers we need */
	char url[512], host[256], key[128], field[64];
	size_t url_len, host_len, key_len, field_len;
	int in_value;		/* the last header callback was a value */
	int which;		/* the header being read: 0 other, 1 host, 2 key, 3 upgrade */
	int upgrade, done, responded;
	/* WebSocket */
	wslay_event_context_ptr ws;
	const char *rbuf;	/* bytes for wslay's recv callback */
	size_t rlen;
	insp__msg *inbox, **inbox_tail;	/* received, not yet dispatched */
	/* session */
	int runtime_on, debugger_on, profiler_on, heap_on;
	long scripts_sent;	/* highest scriptId announced */
	insp__stream stream;
	int busy;		/* in dispatch: close later */
	int closed;		/* uv_close called */
} insp__conn;

struct insp {
	rt_runtime *rt;
	js_State *J;
	uv_loop_t *loop;
	insp_options o;
	char uuid[40];
	char shown_host[272];	/* host as in URLs ([v6]) */
	uv_tcp_t server;
	int listening, port;
	insp__conn *conns;
	int waiting;		/* insp_wait() runs */
	int paused;		/* --inspect-brk: paused before the first line */
	char *pause_frame;	/* while paused: remote.js's startFrame() JSON */
	int stopped;
	prof_heap *heap;
	store *rec;
	const char *rec_path;
	int bus_sub;

	/* Runtime: the JS side (remote.js's API) lives in the registry */
	int js_ready;
	char **console_keep;	/* consoleAPICalled params kept for a later enable */
	size_t nkeep, keep_first;

	/* Profiler */
	int64_t interval_us;	/* setSamplingInterval; 0: 1000 */
	int profiling;
	insp__own cpu;		/* without a recording: a private one */
	int64_t prof_from_us;
	prof *retired[4];	/* stopped, freed once their handles have closed */
	int nretired;
	uv_prepare_t reaper;
	int has_reaper, reap_runs;	/* recording: the profile's start (µs since the run began) */

	/* HeapProfiler sampling: a private recording of sampled allocations */
	int heap_sampling;
	uint64_t heap_interval;
	insp__own heapsamp;

	/* the watcher (watch.c) */
	pthread_t watch_thread;
	int has_watch;
	int wake[2];		/* self-pipe: fd set changed / stop */
	pthread_mutex_t watch_lock;
	int *watch_fds;
	int nwatch;
	atomic_uint loop_ticks;	/* bumped by every read the loop delivers */
	atomic_int want_service;	/* the watcher asked for a safe point */
	atomic_int watch_stop;
	int in_service;		/* insp__service runs: dispatch at a safe point */
	uv_async_t deferred;	/* dispatches what a safe point left for the loop */
	int has_deferred;
};

/* server.c */
void insp__conn_close(insp__conn *c);
int insp__host_ok(const char *host);

/* ws.c */
int insp__ws_open(insp__conn *c, const char *rest, size_t n);
void insp__ws_feed(insp__conn *c, const char *buf, size_t n);
int insp__send(insp__conn *c, const char *text, size_t len);
void insp__ws_free(insp__conn *c);
void insp__stream_pump(insp__conn *c);

/* session.c: dispatch of what c->inbox holds. At a safe point inside JS (safepoint
 * set), only what needs no JS is answered; the rest waits for the loop. */
void insp__dispatch(insp__conn *c, int safepoint);
int insp__reply(insp__conn *c, int64_t id, const char *result_json);
int insp__reply_json(insp__conn *c, int64_t id, json_t *result);	/* steals result */
int insp__error(insp__conn *c, int64_t id, int code, const char *message);
int insp__event(insp__conn *c, const char *method, const char *params_json);
void insp__broadcast(insp *in, int domain, const char *method, const char *params_json);
enum { INSP__D_RUNTIME, INSP__D_DEBUGGER, INSP__D_PROFILER, INSP__D_HEAP };
json_t *insp__protocol(void);

/* A domain handler: 0 answered, 1 needs JS (wait for the loop), or < 0 (the session
 * answers with an internal error). */
typedef int (*insp__handler)(insp__conn *c, int64_t id, json_t *params, int safepoint);

int insp__runtime_call(insp__conn *c, const char *m, int64_t id, json_t *params, int safepoint);
int insp__debugger_call(insp__conn *c, const char *m, int64_t id, json_t *params, int safepoint);
int insp__profiler_call(insp__conn *c, const char *m, int64_t id, json_t *params, int safepoint);
int insp__heap_call(insp__conn *c, const char *m, int64_t id, json_t *params, int safepoint);
int insp__node_call(insp__conn *c, const char *domain, const char *m, int64_t id,
	json_t *params, int safepoint);	/* node_domain.c: NodeRuntime, NodeWorker, Network */
#define INSP__UNKNOWN 2		/* a domain does not know the method */

/* runtime_domain.c */
int insp__js_init(insp *in);	/* compiles remote.js, wraps console and the fatal hook */
void insp__runtime_enabled(insp__conn *c);
void insp__keep_free(insp *in);
/* Calls API function `fn` of remote.js with string/number/bool arguments described by
 * fmt ('s' const char *, 'b' int, 'n' double); on success pushes nothing and returns a
 * malloc'd copy of its string result (NULL if it returned none); NULL with *err set if
 * it threw. */
char *insp__js_call(insp *in, const char *fn, char **err, const char *fmt, ...);

/* debugger_domain.c */
void insp__debugger_rescan(insp__conn *c);
int insp__debugger_wanted(insp *in);	/* a session has Debugger enabled */
/* --inspect-brk's pause before the first line: tells the sessions, sets in->paused
 * until Debugger.resume. 0, or -1 when there is no main script to pause in. */
int insp__debugger_break(insp *in);

/* profiler_domain.c */
void insp__profiler_stop_all(insp *in);
void insp__profiler_free(insp *in);
int insp__own_open(insp *in, int64_t interval_us, uint64_t alloc_bytes, insp__own *o,
	const char **msg);
void insp__own_close(insp *in, insp__own *o);
void insp__own_remove(insp__own *o);
/* The .cpuprofile JSON (malloc'd) of a run (0: the latest), cut to [from, to] when to
 * is not 0; NULL if it cannot be read. */
char *insp__read_profile(const char *path, int64_t run, int64_t from, int64_t to);

/* watch.c */
int insp__watch_start(insp *in);
void insp__watch_update(insp *in);
void insp__watch_stop(insp *in);
void insp__service(insp *in);	/* at a safe point: read and answer what waits */

#endif
