/* message_port.c — MessagePort pairs between runtimes, which may run on different
 * threads (binding.messaging; worker_threads builds on it).
 *
 * A channel has two ends. A message posted on one end is queued on the other end and
 * that end's owner is woken with uv_async_send; nothing of a js_State crosses threads:
 * a message is bytes (the JSON text lib/internal/structured_clone.js serialized the
 * value to), copied byte blobs (Buffers, ArrayBuffers) and transferred ends. The
 * channel's mutex guards both queues, the ends' owners and `closed`; it is the only
 * lock, and no lock is held while JS runs or while another channel's lock is taken.
 *
 * An end is owned by one runtime at a time through a port_wrap: a uv_async_t on that
 * runtime's loop plus the JS handle object (held in a slot while the async handle is
 * open). Transferring an end (postMessage(v, [port])) detaches it from its wrap, puts
 * it in the message, and the receiving runtime attaches a new wrap. Closing either end
 * closes the channel: messages already queued are still delivered to a started port,
 * then each side's handle gets onclose() once. The channel is freed when neither end is
 * owned any more (closed, or lost inside a message that was never delivered).
 *
 * JS sees, on a port handle: postMessage(json, blobs, ports) (blobs: Buffers to copy,
 * ports: handles to transfer; 0, or -1 when the channel is closed and the message was
 * dropped, as Node drops it silently), start(), stop(), close(), ref(), unref(),
 * hasRef(), drain() (deliver what is queued now, for a worker's last messages before
 * its 'exit'), receive() (take one queued message synchronously: receiveMessageOnPort),
 * and it calls back onmessage(json, blobs, ports) (blobs as Buffers, ports as new
 * handles owned by this runtime) and onclose(). A port is ref'd (keeps the loop
 * alive) only while it is started and ref'd, as Node's ports with 'message' listeners.
 */
#include "internal.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define PORT_PROTO "rt.port.proto"
#define PORT_TAG "MessagePortHandle"

typedef struct rt_chan rt_chan;
typedef struct port_wrap port_wrap;

struct rt_port {
	rt_chan *chan;
	rt_msg *head, *tail;	/* messages posted to this end, not yet delivered */
	port_wrap *w;		/* its owner's wrap; NULL while in transit or done */
};

struct rt_chan {
	pthread_mutex_t mu;
	int refs;		/* ends still owned (by a wrap or a queued message) */
	int closed;
	struct rt_port end[2];
};

struct port_wrap {
	uv_async_t async;
	rt_runtime *rt;
	rt_port *port;		/* NULL once closed or transferred */
	int slot;		/* the JS object while the async handle is open, else -1 */
	int started, refed;
	int closing;		/* uv_close called */
	int closed;		/* its close callback ran */
	int orphan;		/* the JS object was finalized */
	int emit_close;		/* call onclose() when the handle has closed */
	int delivering;
};

static rt_port *peer_of(rt_port *p)
{
	return &p->chan->end[p == &p->chan->end[0] ? 1 : 0];
}

void rt__msg_free(rt_msg *m)
{
	int i;
	if (!m)
		return;
	for (i = 0; i < m->nblobs; i++)
		free(m->blobs[i].data);
	for (i = 0; i < m->nports; i++)
		if (m->ports[i])
			rt__port_release(m->ports[i]);
	free(m->blobs);
	free(m->ports);
	free(m->json);
	free(m);
}

/* Drops one owner of p's channel (p is no longer anyone's): the channel closes, the
 * peer is told, and the last owner frees it with whatever was still queued. */
void rt__port_release(rt_port *p)
{
	rt_chan *c = p->chan;
	rt_port *q = peer_of(p);
	rt_msg *lost = NULL, *m;
	int last;
	pthread_mutex_lock(&c->mu);
	c->closed = 1;
	if (q->w)
		uv_async_send(&q->w->async);
	last = --c->refs == 0;
	if (last) {
		int i;
		for (i = 0; i < 2; i++) {
			while ((m = c->end[i].head)) {
				c->end[i].head = m->next;
				m->next = lost;
				lost = m;
			}
		}
	}
	pthread_mutex_unlock(&c->mu);
	if (last) {
		pthread_mutex_destroy(&c->mu);
		free(c);
	}
	while ((m = lost)) {
		lost = m->next;
		rt__msg_free(m);
	}
}

int rt__port_pair(rt_port **a, rt_port **b)
{
	rt_chan *c = calloc(1, sizeof *c);
	if (!c)
		return UV_ENOMEM;
	pthread_mutex_init(&c->mu, NULL);
	c->refs = 2;
	c->end[0].chan = c->end[1].chan = c;
	*a = &c->end[0];
	*b = &c->end[1];
	return 0;
}

/* Queues m on the peer of `from`. Takes m in every case. Returns 0, or -1 when the
 * channel is closed (m is freed: its transferred ports close). */
int rt__port_post(rt_port *from, rt_msg *m)
{
	rt_chan *c = from->chan;
	rt_port *to = peer_of(from);
	int closed;
	m->next = NULL;
	pthread_mutex_lock(&c->mu);
	closed = c->closed;
	if (!closed) {
		if (to->tail)
			to->tail->next = m;
		else
			to->head = m;
		to->tail = m;
		if (to->w)
			uv_async_send(&to->w->async);
	}
	pthread_mutex_unlock(&c->mu);
	if (closed) {
		rt__msg_free(m);
		return -1;
	}
	return 0;
}

/* ---- the owner's side: a wrap on this runtime's loop */

static void update_ref(port_wrap *w)
{
	if (w->closing)
		return;
	if (w->started && w->refed)
		uv_ref((uv_handle_t *)&w->async);
	else
		uv_unref((uv_handle_t *)&w->async);
}

static void on_wrap_closed(uv_handle_t *h)
{
	port_wrap *w = h->data;
	rt_runtime *rt = w->rt;
	js_State *J = rt->J;
	w->closed = 1;
	if (J && w->slot >= 0) {
		if (w->emit_close) {
			rt__slot_push(rt, w->slot);
			js_getproperty(J, -1, "onclose");
			if (js_iscallable(J, -1)) {
				int open = rt->iter_open;
				rt_phase saved = rt->phase;
				js_rot2(J);
				rt->iter_open = 1;
				rt__phase_enter(rt, RT_PHASE_CLOSE);
				rt__call_hook(rt, 0, RT_CB_CLOSE);
				rt__phase_leave(rt, RT_PHASE_CLOSE);
				rt->iter_open = open;
				rt->phase = saved;
			}
			js_pop(J, 1);
		}
		rt__slot_free(rt, w->slot);
		w->slot = -1;
	}
	if (w->orphan)
		free(w);
}

/* Detaches the wrap from its end and closes its handle. keep: the end goes on (it is
 * being transferred), else the wrap gives up its end (the channel closes). */
static rt_port *wrap_detach(port_wrap *w, int keep, int emit_close)
{
	rt_port *p = w->port;
	if (p) {
		pthread_mutex_lock(&p->chan->mu);
		p->w = NULL;
		pthread_mutex_unlock(&p->chan->mu);
		w->port = NULL;
		if (!keep) {
			rt__port_release(p);
			p = NULL;
		}
	}
	if (!w->closing) {
		w->closing = 1;
		w->emit_close = emit_close;
		uv_close((uv_handle_t *)&w->async, on_wrap_closed);
	}
	return p;
}

static void deliver(port_wrap *w, int all);

static void on_async(uv_async_t *a)
{
	port_wrap *w = a->data;
	deliver(w, 1);
}

static void port_finalize(js_State *J, void *p)
{
	port_wrap *w = p;
	(void)J;
	w->orphan = 1;
	if (w->closed)
		free(w);
	else
		wrap_detach(w, 0, 0);
}

/* Pushes a handle object owning end p on this runtime (the end must be unowned). */
void rt__port_push(js_State *J, rt_port *p)
{
	rt_runtime *rt = rt__from(J);
	port_wrap *w = calloc(1, sizeof *w);
	int pending;
	if (!w) {
		rt__port_release(p);
		js_rangeerror(J, "out of memory");
	}
	w->rt = rt;
	w->slot = -1;
	w->refed = 1;
	uv_async_init(&rt->loop, &w->async, on_async);
	w->async.data = w;
	update_ref(w);
	js_getregistry(J, PORT_PROTO);
	js_newuserdata(J, PORT_TAG, w, port_finalize);
	js_copy(J, -1);
	w->slot = rt__slot_put(rt);
	w->port = p;
	pthread_mutex_lock(&p->chan->mu);
	p->w = w;
	pending = p->head != NULL || p->chan->closed;
	pthread_mutex_unlock(&p->chan->mu);
	if (pending)
		uv_async_send(&w->async);
}

void rt__msg_push(js_State *J, rt_msg *m)
{
	int i;
	js_pushstring(J, m->json ? m->json : "null");
	js_newarray(J);
	for (i = 0; i < m->nblobs; i++) {
		unsigned char *d = rt__buffer_push(J, m->blobs[i].len);
		if (m->blobs[i].len)
			memcpy(d, m->blobs[i].data, m->blobs[i].len);
		js_setindex(J, -2, i);
	}
	js_newarray(J);
	for (i = 0; i < m->nports; i++) {
		rt_port *p = m->ports[i];
		m->ports[i] = NULL;
		rt__port_push(J, p);
		js_setindex(J, -2, i);
	}
}

/* Calls the handle's onmessage with m (freed here) as an I/O callback. */
static void call_onmessage(port_wrap *w, rt_msg *m)
{
	rt_runtime *rt = w->rt;
	js_State *J = rt->J;
	rt__slot_push(rt, w->slot);
	js_getproperty(J, -1, "onmessage");
	if (!js_iscallable(J, -1)) {
		js_pop(J, 2);
		rt__msg_free(m);
		return;
	}
	js_rot2(J);
	if (js_try(J)) {
		js_pop(J, 3);
		rt__msg_free(m);
		return;
	}
	rt__msg_push(J, m);
	js_endtry(J);
	rt__msg_free(m);
	rt__call_io(rt, 3);
	js_pop(J, 1);
}

/* Delivers queued messages (all, or those queued now) while the port stays started,
 * then, if the channel is closed and nothing is left for it, closes this side. */
static void deliver(port_wrap *w, int all)
{
	rt_runtime *rt = w->rt;
	js_State *J = rt->J;
	int closed = 0;
	if (!J || w->delivering)
		return;
	w->delivering = 1;
	while (w->port) {
		rt_port *p = w->port;
		rt_msg *m = NULL;
		pthread_mutex_lock(&p->chan->mu);
		if (w->started && p->head) {
			m = p->head;
			p->head = m->next;
			if (!p->head)
				p->tail = NULL;
		}
		closed = p->chan->closed && !p->head;
		pthread_mutex_unlock(&p->chan->mu);
		if (!m)
			break;
		call_onmessage(w, m);
		if (rt->exiting || !all)
			break;
	}
	w->delivering = 0;
	if (w->port && closed && !rt->exiting)
		wrap_detach(w, 0, 1);
}

static port_wrap *self(js_State *J)
{
	return js_touserdata(J, 0, PORT_TAG);
}

/* ---- JS methods */

static void msg_fill(js_State *J, rt_msg *m, int idx, void *me)
{
	int i, n;
	m->json = strdup(js_tostring(J, idx));
	if (!m->json)
		js_rangeerror(J, "out of memory");
	n = js_isarray(J, idx + 1) ? js_getlength(J, idx + 1) : 0;
	if (n > 0) {
		m->blobs = calloc((size_t)n, sizeof *m->blobs);
		if (!m->blobs)
			js_rangeerror(J, "out of memory");
		for (i = 0; i < n; i++) {
			size_t len = 0;
			unsigned char *d;
			js_getindex(J, idx + 1, i);
			d = rt__buffer_data(J, -1, &len);
			js_pop(J, 1);
			m->blobs[i].data = malloc(len ? len : 1);
			if (!m->blobs[i].data)
				js_rangeerror(J, "out of memory");
			if (d && len)
				memcpy(m->blobs[i].data, d, len);
			m->blobs[i].len = d ? len : 0;
			m->nblobs = i + 1;
		}
	}
	n = js_isarray(J, idx + 2) ? js_getlength(J, idx + 2) : 0;
	for (i = 0; i < n; i++) {
		port_wrap *w;
		js_getindex(J, idx + 2, i);
		w = js_touserdata(J, -1, PORT_TAG);
		js_pop(J, 1);
		if (w == me)
			js_error(J, "DataCloneError: Transfer list contains source port");
		if (!w->port)
			js_error(J, "DataCloneError: MessagePort in transfer list is already detached");
	}
	if (n > 0) {
		m->ports = calloc((size_t)n, sizeof *m->ports);
		if (!m->ports)
			js_rangeerror(J, "out of memory");
		for (i = 0; i < n; i++) {
			js_getindex(J, idx + 2, i);
			m->ports[i] = wrap_detach(js_touserdata(J, -1, PORT_TAG), 1, 0);
			js_pop(J, 1);
			m->nports = i + 1;
		}
	}
}

static rt_msg *msg_from(js_State *J, int at, void *me)
{
	rt_msg *m = calloc(1, sizeof *m);
	if (!m)
		js_rangeerror(J, "out of memory");
	if (js_try(J)) {
		rt__msg_free(m);
		js_throw(J);
	}
	msg_fill(J, m, at, me);
	js_endtry(J);
	return m;
}

rt_msg *rt__msg_from_args(js_State *J, int idx, void *me)
{
	return msg_from(J, idx < 0 ? idx + js_gettop(J) : idx, me);
}

static void p_postMessage(js_State *J)
{
	port_wrap *w = self(J);
	rt_msg *m;
	if (!w->port) {
		js_pushnumber(J, -1);
		return;
	}
	m = rt__msg_from_args(J, 1, w);
	js_pushnumber(J, rt__port_post(w->port, m));
}

static void p_start(js_State *J)
{
	port_wrap *w = self(J);
	if (w->port && !w->started) {
		w->started = 1;
		update_ref(w);
		uv_async_send(&w->async);
	}
	js_pushundefined(J);
}

static void p_stop(js_State *J)
{
	port_wrap *w = self(J);
	w->started = 0;
	update_ref(w);
	js_pushundefined(J);
}

static void p_close(js_State *J)
{
	port_wrap *w = self(J);
	if (w->port)
		wrap_detach(w, 0, 1);
	js_pushundefined(J);
}

static void p_ref(js_State *J)
{
	port_wrap *w = self(J);
	w->refed = 1;
	update_ref(w);
	js_pushundefined(J);
}

static void p_unref(js_State *J)
{
	port_wrap *w = self(J);
	w->refed = 0;
	update_ref(w);
	js_pushundefined(J);
}

static void p_hasRef(js_State *J)
{
	port_wrap *w = self(J);
	js_pushboolean(J, !w->closing && uv_has_ref((uv_handle_t *)&w->async));
}

static void p_drain(js_State *J)
{
	port_wrap *w = self(J);
	int started = w->started;
	w->started = 1;
	deliver(w, 1);
	w->started = started;
	js_pushundefined(J);
}

/* receive(): the oldest queued message as [json, blobs, ports], taken off the queue
 * whether or not the port is started, or undefined when none is queued (Node's
 * receiveMessageOnPort). */
static void p_receive(js_State *J)
{
	port_wrap *w = self(J);
	rt_port *p = w->port;
	rt_msg *m = NULL;
	if (p) {
		pthread_mutex_lock(&p->chan->mu);
		m = p->head;
		if (m) {
			p->head = m->next;
			if (!p->head)
				p->tail = NULL;
		}
		pthread_mutex_unlock(&p->chan->mu);
	}
	if (!m) {
		js_pushundefined(J);
		return;
	}
	if (js_try(J)) {
		rt__msg_free(m);
		js_throw(J);
	}
	js_newarray(J);
	rt__msg_push(J, m);
	js_setindex(J, -4, 2);
	js_setindex(J, -3, 1);
	js_setindex(J, -2, 0);
	js_endtry(J);
	rt__msg_free(m);
}

static void m_createChannel(js_State *J)
{
	rt_port *a, *b;
	if (rt__port_pair(&a, &b))
		js_rangeerror(J, "out of memory");
	js_newarray(J);
	rt__port_push(J, a);
	js_setindex(J, -2, 0);
	rt__port_push(J, b);
	js_setindex(J, -2, 1);
}

/* Adds binding.messaging to the binding object on top of the stack. */
void rt__message_port_init(rt_runtime *rt)
{
	js_State *J = rt->J;
	js_newobject(J);
	rt__setfn(J, "postMessage", p_postMessage, 3);
	rt__setfn(J, "start", p_start, 0);
	rt__setfn(J, "stop", p_stop, 0);
	rt__setfn(J, "close", p_close, 0);
	rt__setfn(J, "ref", p_ref, 0);
	rt__setfn(J, "unref", p_unref, 0);
	rt__setfn(J, "hasRef", p_hasRef, 0);
	rt__setfn(J, "drain", p_drain, 0);
	rt__setfn(J, "receive", p_receive, 0);
	js_setregistry(J, PORT_PROTO);

	js_newobject(J);
	rt__setfn(J, "createChannel", m_createChannel, 0);
	js_setproperty(J, -2, "messaging");
}
