/* ws.c — WebSocket on an inspector connection: the RFC 6455 opening handshake
 * (Sec-WebSocket-Accept from nettle's SHA-1 and base64) and wslay's event API for the
 * frames. wslay reads from the bytes on_read hands over and writes through libuv:
 * uv_try_write, the rest queued with uv_write (in order: try_write refuses while
 * writes are queued). A message over INSP__MAX_MSG, a protocol error or a close frame
 * ends the connection; nothing here can end the app.
 *
 * Snapshot streaming: a takeHeapSnapshot answer is a series of messages made one at a
 * time as the connection's write queue drains (insp__stream_pump), so a big snapshot
 * never sits in memory twice and a client that vanishes stops it.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <nettle/base64.h>
#include <nettle/sha1.h>

#include "internal.h"

static const char ws_guid[] = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

static ssize_t ws_recv(wslay_event_context_ptr ctx, uint8_t *buf, size_t len, int flags,
	void *data)
{
	insp__conn *c = data;
	size_t n = c->rlen < len ? c->rlen : len;
	if (!n) {
		wslay_event_set_error(ctx, WSLAY_ERR_WOULDBLOCK);
		return -1;
	}
	memcpy(buf, c->rbuf, n);
	c->rbuf += n;
	c->rlen -= n;
	return (ssize_t)n;
}

static void on_ws_written(uv_write_t *req, int status)
{
	insp__conn *c = req->data;
	free(req);
	if (status < 0) {
		insp__conn_close(c);
		return;
	}
	if (c->state == INSP__WS && c->stream.buf)
		insp__stream_pump(c);
}

static ssize_t ws_send(wslay_event_context_ptr ctx, const uint8_t *data, size_t len,
	int flags, void *user)
{
	insp__conn *c = user;
	uv_buf_t b = uv_buf_init((char *)data, (unsigned)len);
	uv_write_t *req;
	int n;
	if (c->state == INSP__CLOSING) {
		wslay_event_set_error(ctx, WSLAY_ERR_CALLBACK_FAILURE);
		return -1;
	}
	n = uv_try_write((uv_stream_t *)&c->tcp, &b, 1);
	if (n == (int)len)
		return (ssize_t)len;
	if (n < 0 && n != UV_EAGAIN) {
		wslay_event_set_error(ctx, WSLAY_ERR_CALLBACK_FAILURE);
		return -1;
	}
	if (n < 0)
		n = 0;
	req = malloc(sizeof *req + len - (size_t)n);
	if (!req) {
		wslay_event_set_error(ctx, WSLAY_ERR_CALLBACK_FAILURE);
		return -1;
	}
	memcpy(req + 1, data + n, len - (size_t)n);
	b = uv_buf_init((char *)(req + 1), (unsigned)(len - (size_t)n));
	req->data = c;
	if (uv_write(req, (uv_stream_t *)&c->tcp, &b, 1, on_ws_written)) {
		free(req);
		wslay_event_set_error(ctx, WSLAY_ERR_CALLBACK_FAILURE);
		return -1;
	}
	return (ssize_t)len;
}

static void ws_msg(wslay_event_context_ptr ctx, const struct wslay_event_on_msg_recv_arg *a,
	void *data)
{
	insp__conn *c = data;
	insp__msg *m;
	if (a->opcode != WSLAY_TEXT_FRAME && a->opcode != WSLAY_BINARY_FRAME)
		return;	/* wslay answers pings and close frames itself */
	m = malloc(sizeof *m + a->msg_length + 1);
	if (!m)
		return;
	m->next = NULL;
	m->len = a->msg_length;
	memcpy(m->text, a->msg, a->msg_length);
	m->text[a->msg_length] = 0;
	*c->inbox_tail = m;
	c->inbox_tail = &m->next;
}

static const struct wslay_event_callbacks callbacks = {
	.recv_callback = ws_recv,
	.send_callback = ws_send,
	.on_msg_recv_callback = ws_msg,
};

/* Sends what wslay has queued; a dead peer or a finished close ends the connection. */
static void flush(insp__conn *c)
{
	if (c->state != INSP__WS)
		return;
	if (wslay_event_want_write(c->ws) && wslay_event_send(c->ws) != 0) {
		insp__conn_close(c);
		return;
	}
	/* a close frame sent (a protocol error, a message over the limit, or the answer to
	 * the peer's close): the connection ends once it is written, without waiting */
	if ((!wslay_event_want_read(c->ws) && !wslay_event_want_write(c->ws)) ||
	    (wslay_event_get_close_sent(c->ws) && !wslay_event_want_write(c->ws)))
		insp__conn_close(c);
}

int insp__ws_open(insp__conn *c, const char *rest, size_t n)
{
	struct sha1_ctx sha;
	uint8_t digest[SHA1_DIGEST_SIZE];
	char accept[BASE64_ENCODE_RAW_LENGTH(SHA1_DIGEST_SIZE) + 1];
	char head[256];
	uv_buf_t b;
	int len;

	sha1_init(&sha);
	sha1_update(&sha, c->key_len, (const uint8_t *)c->key);
	sha1_update(&sha, sizeof ws_guid - 1, (const uint8_t *)ws_guid);
	sha1_digest(&sha, sizeof digest, digest);
	base64_encode_raw(accept, sizeof digest, digest);
	accept[sizeof accept - 1] = 0;
	len = snprintf(head, sizeof head, "HTTP/1.1 101 Switching Protocols\r\n"
		"Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: %s\r\n\r\n",
		accept);
	if (wslay_event_context_server_init(&c->ws, &callbacks, c))
		return -1;
	wslay_event_config_set_max_recv_msg_length(c->ws, INSP__MAX_MSG);
	c->state = INSP__WS;
	fprintf(stderr, "Debugger attached.\n");
	/* the handshake goes out through the same ordered path as the frames */
	b = uv_buf_init(head, (unsigned)len);
	{
		int w = uv_try_write((uv_stream_t *)&c->tcp, &b, 1);
		if (w != len) {
			uv_write_t *req = malloc(sizeof *req + (size_t)len);
			if (!req)
				return -1;
			w = w < 0 ? 0 : w;
			memcpy(req + 1, head + w, (size_t)(len - w));
			b = uv_buf_init((char *)(req + 1), (unsigned)(len - w));
			req->data = c;
			if (uv_write(req, (uv_stream_t *)&c->tcp, &b, 1, on_ws_written)) {
				free(req);
				return -1;
			}
		}
	}
	insp__watch_update(c->in);
	if (n)
		insp__ws_feed(c, rest, n);
	return 0;
}

void insp__ws_feed(insp__conn *c, const char *buf, size_t n)
{
	c->rbuf = buf;
	c->rlen = n;
	while (c->state == INSP__WS && c->rlen) {
		if (wslay_event_recv(c->ws) != 0) {
			/* a protocol error or a message over the limit: wslay queued a
			 * close frame; send it and go */
			wslay_event_send(c->ws);
			insp__conn_close(c);
			return;
		}
		if (!wslay_event_want_read(c->ws))
			break;
	}
	c->rlen = 0;
	if (c->state == INSP__WS && c->inbox)
		insp__dispatch(c, c->in->in_service);
	flush(c);
}

int insp__send(insp__conn *c, const char *text, size_t len)
{
	struct wslay_event_msg m = { WSLAY_TEXT_FRAME, (const uint8_t *)text, len };
	if (c->state != INSP__WS)
		return -1;
	if (wslay_event_queue_msg(c->ws, &m))
		return -1;
	flush(c);
	return 0;
}

void insp__ws_free(insp__conn *c)
{
	if (c->ws)
		wslay_event_context_free(c->ws);
	c->ws = NULL;
}

/* Next chunk(s) of a snapshot while the socket takes them; the answer after the last. */
void insp__stream_pump(insp__conn *c)
{
	insp__stream *st = &c->stream;
	while (c->state == INSP__WS && st->buf &&
	       uv_stream_get_write_queue_size((uv_stream_t *)&c->tcp) == 0) {
		size_t n = st->len - st->off;
		json_t *msg;
		char *s;
		if (n == 0) {
			int64_t id = st->req_id;
			free(st->buf);
			memset(st, 0, sizeof *st);
			insp__reply(c, id, "{}");
			return;
		}
		if (n > INSP__CHUNK) {
			n = INSP__CHUNK;
			/* never split a UTF-8 sequence: jansson checks each chunk */
			while (n > 1 && ((unsigned char)st->buf[st->off + n] & 0xc0) == 0x80)
				n--;
		}
		msg = json_pack("{s:s,s:{s:s%}}", "method", "HeapProfiler.addHeapSnapshotChunk",
			"params", "chunk", st->buf + st->off, n);
		st->off += n;
		s = msg ? json_dumps(msg, JSON_COMPACT) : NULL;
		json_decref(msg);
		if (!s) {
			insp__conn_close(c);
			return;
		}
		insp__send(c, s, strlen(s));
		free(s);
	}
}
