/* ui.h — `leakscope ui DB`: a local web app over a recording. A read-only JSON API
 * (ui/api.c) and the front end (web-ui/, embedded at build time) served over HTTP on
 * libuv.
 *
 * Contract
 * - ui_serve() opens the recording read-only (WAL: a file still being recorded works,
 *   and every request sees what was committed by then), listens on host:port, prints
 *   "leakscope ui: http://HOST:PORT/" on stdout once it listens, and serves until
 *   SIGINT or SIGTERM. It returns the process's exit code: 0 after a signal, 1 when the
 *   recording cannot be opened or the address cannot be bound (a message on stderr).
 * - host defaults to 127.0.0.1; any other address gets a warning on stderr (the API
 *   shows the recording, source files named by it included, to whoever connects).
 * - open: also runs xdg-open on the URL (a message if that is impossible).
 */
#ifndef LEAKSCOPE_UI_H
#define LEAKSCOPE_UI_H

typedef struct ui_options {
	const char *db;
	const char *host;	/* NULL: 127.0.0.1 */
	int port;		/* 0: any free port */
	int open;
} ui_options;

int ui_serve(const ui_options *o);

/* Whether the front end was built into this binary. */
int ui_front_end_built(void);

#endif
