/* watch.c — answering clients while JS runs a long synchronous stretch.
 *
 * The server lives on the app's loop, so while JS runs nothing reads the sockets. A
 * watcher thread polls the WebSocket connections' descriptors (a copy of the set,
 * refreshed through a self-pipe when it changes). When one has bytes waiting and the
 * loop has delivered no read for WATCH_MS, the loop is busy: the watcher asks the heap
 * walker for a safe point (prof_heap_request_safepoint: mujs collects at its next GC
 * check, within an instruction or so) and waits until that safe point has served the
 * clients. At the safe point — the trace bus's GC_END event, on the runtime's thread —
 * insp__service() reads each connection's socket itself (non-blocking recv; libuv
 * later finds nothing and carries on) and dispatches with safepoint set: what needs no
 * JS is answered there (Profiler, HeapProfiler.takeHeapSnapshot, Debugger settings);
 * what runs JS (Runtime.evaluate, getProperties...) stays queued, and a uv_async makes
 * the loop dispatch it as soon as the JS stretch ends.
 *
 * So a client waits at most WATCH_MS plus one instruction plus a collection for
 * anything but a JS call, and for a JS call until the current callback returns.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "internal.h"

#define WATCH_MS 10
#define WATCH_MAX_FDS 64

static void on_deferred(uv_async_t *a)
{
	insp *in = a->data;
	insp__conn *c, *next;
	for (c = in->conns; c; c = next) {
		next = c->next;
		if (c->state == INSP__WS && c->inbox) {
			insp__dispatch(c, 0);
			if (c->state == INSP__WS && wslay_event_want_write(c->ws))
				wslay_event_send(c->ws);
		}
	}
}

void insp__service(insp *in)
{
	static char buf[64 * 1024];
	insp__conn *c, *next;
	int deferred = 0;
	if (!atomic_load(&in->want_service) || in->in_service)
		return;
	in->in_service = 1;
	for (c = in->conns; c; c = next) {
		uv_os_fd_t fd;
		next = c->next;
		if (c->state != INSP__WS || uv_fileno((uv_handle_t *)&c->tcp, &fd))
			continue;
		for (;;) {
			ssize_t n = recv(fd, buf, sizeof buf, MSG_DONTWAIT);
			if (n > 0) {
				insp__ws_feed(c, buf, (size_t)n);
				if (c->state != INSP__WS)
					break;
				continue;
			}
			if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR))
				insp__conn_close(c);
			break;
		}
		if (c->state == INSP__WS && c->inbox)
			deferred = 1;
	}
	in->in_service = 0;
	atomic_store(&in->want_service, 0);
	if (deferred && in->has_deferred)
		uv_async_send(&in->deferred);
}

static void on_bus(void *data, const rt_trace_event *ev)
{
	insp__service(data);
}

static void wait_wake(insp *in, int ms)
{
	struct pollfd p = { in->wake[0], POLLIN, 0 };
	char b[64];
	if (poll(&p, 1, ms) > 0)
		while (read(in->wake[0], b, sizeof b) > 0)
			;
}

static void *watch_main(void *arg)
{
	insp *in = arg;
	struct pollfd p[WATCH_MAX_FDS + 1];
	char b[64];
	int n, i, ready;
	while (!atomic_load(&in->watch_stop)) {
		p[0].fd = in->wake[0];
		p[0].events = POLLIN;
		pthread_mutex_lock(&in->watch_lock);
		for (n = 0; n < in->nwatch && n < WATCH_MAX_FDS; n++) {
			p[n + 1].fd = in->watch_fds[n];
			p[n + 1].events = POLLIN;
		}
		pthread_mutex_unlock(&in->watch_lock);
		if (poll(p, (nfds_t)n + 1, -1) <= 0)
			continue;
		if (p[0].revents) {
			while (read(in->wake[0], b, sizeof b) > 0)
				;
			continue;
		}
		ready = 0;
		for (i = 1; i <= n; i++)
			ready |= p[i].revents != 0;
		if (!ready)
			continue;
		/* bytes wait: does the loop take them? */
		{
			unsigned t = atomic_load(&in->loop_ticks);
			wait_wake(in, WATCH_MS);
			if (atomic_load(&in->watch_stop))
				break;
			if (atomic_load(&in->loop_ticks) != t)
				continue;	/* it does */
			for (i = 1; i <= n; i++)
				p[i].revents = 0;
			if (poll(p + 1, (nfds_t)n, 0) <= 0)
				continue;	/* read meanwhile */
			atomic_store(&in->want_service, 1);
			if (in->heap)
				prof_heap_request_safepoint(in->heap);
			/* until the safe point (or the loop) has taken them */
			while (!atomic_load(&in->watch_stop) && atomic_load(&in->want_service) &&
			       atomic_load(&in->loop_ticks) == t)
				wait_wake(in, WATCH_MS);
			atomic_store(&in->want_service, 0);
		}
	}
	return NULL;
}

int insp__watch_start(insp *in)
{
	if (pipe(in->wake))
		return -errno;
	fcntl(in->wake[0], F_SETFL, O_NONBLOCK);
	fcntl(in->wake[1], F_SETFL, O_NONBLOCK);
	fcntl(in->wake[0], F_SETFD, FD_CLOEXEC);
	fcntl(in->wake[1], F_SETFD, FD_CLOEXEC);
	pthread_mutex_init(&in->watch_lock, NULL);
	if (uv_async_init(in->loop, &in->deferred, on_deferred) == 0) {
		in->deferred.data = in;
		uv_unref((uv_handle_t *)&in->deferred);
		in->has_deferred = 1;
	}
	in->bus_sub = rt_trace_subscribe(rt_bus(in->rt), RT_EVMASK(RT_EV_GC_END), on_bus, in);
	if (pthread_create(&in->watch_thread, NULL, watch_main, in)) {
		close(in->wake[0]);
		close(in->wake[1]);
		in->wake[0] = in->wake[1] = -1;
		return -EAGAIN;
	}
	in->has_watch = 1;
	return 0;
}

/* The set of WebSocket connections changed (runtime thread). */
void insp__watch_update(insp *in)
{
	insp__conn *c;
	int n = 0, *fds;
	if (!in->has_watch)
		return;
	for (c = in->conns; c; c = c->next)
		n++;
	fds = malloc(sizeof *fds * (size_t)(n ? n : 1));
	if (!fds)
		return;
	n = 0;
	for (c = in->conns; c; c = c->next) {
		uv_os_fd_t fd;
		if (c->state == INSP__WS && !uv_fileno((uv_handle_t *)&c->tcp, &fd))
			fds[n++] = fd;
	}
	pthread_mutex_lock(&in->watch_lock);
	free(in->watch_fds);
	in->watch_fds = fds;
	in->nwatch = n;
	pthread_mutex_unlock(&in->watch_lock);
	if (write(in->wake[1], "", 1) < 0) {
		/* full pipe: the watcher wakes anyway */
	}
}

void insp__watch_stop(insp *in)
{
	if (in->bus_sub >= 0)
		rt_trace_unsubscribe(rt_bus(in->rt), in->bus_sub);
	in->bus_sub = -1;
	if (in->has_deferred)
		uv_close((uv_handle_t *)&in->deferred, NULL);
	in->has_deferred = 0;
	if (!in->has_watch)
		return;
	atomic_store(&in->watch_stop, 1);
	if (write(in->wake[1], "", 1) < 0) {
		/* the watcher polls the pipe: it is not full forever */
	}
	pthread_join(in->watch_thread, NULL);
	in->has_watch = 0;
	close(in->wake[0]);
	close(in->wake[1]);
	in->wake[0] = in->wake[1] = -1;
	free(in->watch_fds);
	in->watch_fds = NULL;
	pthread_mutex_destroy(&in->watch_lock);
}
