/* inspector.h — the Chrome DevTools Protocol (CDP) over WebSocket for one runtime:
 * `leakscope run --inspect app.js`, as `node --inspect`.
 *
 * Contract
 * - The server lives on the runtime's own libuv loop (uv_tcp; HTTP parsed by
 *   http-parser, WebSocket frames by wslay) and never keeps the loop alive: its handles
 *   are unref'd, so an app ends as it would without --inspect. Everything it does runs
 *   on the runtime's thread.
 * - insp_start() runs after rt_new() and before the heap walker marks the bootstrap's
 *   objects (its console and uncaught-exception wrappers are the runtime's own). It
 *   listens on host:port (port 0: any free port), prints Node's two lines
 *   ("Debugger listening on ws://HOST:PORT/UUID", "For help, see: ...") on stderr, and
 *   a warning when host is not a loopback address. Returns 0 or a negative libuv error
 *   (message printed: "Starting inspector on HOST:PORT failed: ...", as Node).
 * - insp_use() hands it what it asks live: the heap walker (snapshots, heap object
 *   ids, and the safe point it requests while JS runs) and the recording's store and
 *   path (NULL when not recording: CPU profiles then use a private temporary database,
 *   deleted after; snapshots are not stored). With a recording, CPU profiles are cut
 *   from the recording's samples and heap snapshots taken through the inspector are
 *   also committed to it (trigger "inspector").
 * - insp_wait() runs the loop until a client sends Runtime.runIfWaitingForDebugger
 *   (--inspect-wait, --inspect-brk); with --inspect-brk, then, if a session has the
 *   Debugger domain enabled, pauses before the main script's first line (Debugger.paused,
 *   reason "Break on start") until Debugger.resume or until no such session is left,
 *   as Node does. Call it just before rt_run().
 * - Each session's start and end are told on stderr as Node tells them ("Debugger
 *   attached.", "Debugger ending on ws://..."), except the ends insp_stop makes.
 * - HTTP: GET /json, /json/list, /json/version, /json/protocol (Node's fields); a
 *   WebSocket upgrade on /UUID opens a session. A request whose Host header is not
 *   "localhost" or an IP literal (with an optional port) is refused with 400, as Node
 *   refuses it (DNS rebinding). Several sessions may be open at once or in turn.
 * - Safe points: while the loop is idle in poll a message is answered at once. While
 *   JS runs a long synchronous stretch, a watcher thread sees a client's bytes wait
 *   unread for WATCH_MS (10 ms) and asks the heap walker for a safe point (mujs's GC
 *   check, reached within an instruction or so); there the inspector reads the
 *   sockets and answers what needs no JS (Profiler, HeapProfiler, Debugger source
 *   queries); Runtime calls that run JS wait for the loop (the end of the callback).
 * - Bad input (malformed JSON, unknown methods, oversized frames, a client vanishing
 *   in the middle of a snapshot) costs that client an error or its connection, never
 *   the app.
 * - insp_stop() closes the server and every session (runtime thread, after rt_run()
 *   and before the store closes); insp_free() after rt_free().
 */
#ifndef LEAKSCOPE_INSPECTOR_H
#define LEAKSCOPE_INSPECTOR_H

#include "heapwalk.h"
#include "runtime.h"
#include "storage.h"

typedef struct insp insp;

#define INSP_DEFAULT_HOST "127.0.0.1"
#define INSP_DEFAULT_PORT 9229

/* insp_options.wait, as Node 20 has them */
enum {
	INSP_NO_WAIT,
	INSP_WAIT,	/* --inspect-wait: wait for a client's runIfWaitingForDebugger */
	INSP_BRK	/* --inspect-brk: that, then pause before the first line */
};

typedef struct insp_options {
	char host[256];		/* IP literal or "localhost" */
	int port;		/* 0..65535; 0 picks a free port */
	int wait;		/* INSP_WAIT, INSP_BRK: insp_wait() blocks */
	const char *script;	/* the main script (the target's title and url), or NULL */
} insp_options;

/* Parses the value of --inspect=[host:]port (or "host:port", "port", "host" alone,
 * "[v6]:port"), filling host and port (defaults for what is missing). 0 or -EINVAL. */
int insp_parse_address(const char *s, insp_options *o);

int insp_start(insp **out, rt_runtime *rt, const insp_options *o);
void insp_use(insp *in, prof_heap *heap, store *recording, const char *recording_path);
void insp_wait(insp *in);
void insp_stop(insp *in);
void insp_free(insp *in);

/* The port it listens on (useful with port 0), or -1. */
int insp_port(const insp *in);

#endif
