/* tcp.c — binding.tcp: TCP handles (uv_tcp_t) for lib/net.js, on stream_wrap.c.
 *
 * binding.tcp.create() makes an open handle whose prototype has the stream methods
 * (stream_wrap.c) and:
 *   bind(address, port, ipv6only)  an IPv4 or IPv6 literal (JS resolves names first)
 *   listen(backlog)                 onconnection(status[, client]) per incoming
 *                                   connection, client a new open handle; I/O callback
 *   connect(address, port, cb)      cb(status) once, as an I/O callback
 *   setNoDelay(on), setKeepAlive(on, delaySeconds)
 *   getsockname(out), getpeername(out)  fill out.address/family/port
 *   reset(cb)                       close with RST (Node's resetAndDestroy)
 *   bytesRead(), bytesWritten()
 * Each returns 0 or a negative libuv code, which lib/net.js turns into Node's error.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

#define REG_PROTO "rt.tcp.proto"

static rt_stream *push_tcp(js_State *J)
{
	rt_runtime *rt = rt__from(J);
	rt_stream *s = rt__stream_push_new(J, REG_PROTO);
	int r = uv_tcp_init(&rt->loop, &s->u.tcp);
	if (r)
		rt__throw_uv(J, r, "uv_tcp_init", NULL);
	rt__stream_opened(J, s, -1);
	return s;
}

static void t_create(js_State *J)
{
	push_tcp(J);
}

static rt_stream *self_tcp(js_State *J)
{
	rt_stream *s = rt__stream_self(J, 0);
	if (s->u.handle.type != UV_TCP)
		js_typeerror(J, "not a TCP handle");
	return s;
}

/* Parses an IPv4 or IPv6 literal and port into *ss; 0 or UV_EINVAL. */
static int parse_addr(const char *host, int port, struct sockaddr_storage *ss)
{
	if (uv_ip4_addr(host, port, (struct sockaddr_in *)ss) == 0)
		return 0;
	if (uv_ip6_addr(host, port, (struct sockaddr_in6 *)ss) == 0)
		return 0;
	return UV_EINVAL;
}

static void t_bind(js_State *J)
{
	rt_stream *s = self_tcp(J);
	struct sockaddr_storage ss;
	int r = parse_addr(js_tostring(J, 1), js_tointeger(J, 2), &ss);
	if (r == 0)
		r = uv_tcp_bind(&s->u.tcp, (struct sockaddr *)&ss,
			js_toboolean(J, 3) ? UV_TCP_IPV6ONLY : 0);
	js_pushnumber(J, r);
}

/* push_tcp without throwing: NULL (pushing nothing) when out of memory. */
static rt_stream *try_push_tcp(js_State *J)
{
	rt_stream *c;
	if (js_try(J)) {
		js_pop(J, 1);
		return NULL;
	}
	c = push_tcp(J);
	js_endtry(J);
	return c;
}

static void on_connection(uv_stream_t *server, int status)
{
	rt__stream_accept(server, status, try_push_tcp);
}

static void t_listen(js_State *J)
{
	rt_stream *s = self_tcp(J);
	js_pushnumber(J, uv_listen(&s->u.stream, js_tointeger(J, 1), on_connection));
}

static void t_connect(js_State *J)
{
	rt_stream *s = self_tcp(J);
	struct sockaddr_storage ss;
	rt_stream_connect *c;
	int r = parse_addr(js_tostring(J, 1), js_tointeger(J, 2), &ss);
	if (r) {
		js_pushnumber(J, r);
		return;
	}
	if (!js_iscallable(J, 3))
		js_typeerror(J, "connect: callback must be a function");
	c = rt__stream_connect_new(J, s);
	r = uv_tcp_connect(&c->req, &s->u.tcp, (struct sockaddr *)&ss, rt__stream_on_connect);
	if (r) {
		free(c);
		js_pushnumber(J, r);
		return;
	}
	s->rt->pending_reqs++;
	js_copy(J, 3);
	c->cbslot = rt__slot_put(s->rt);
	js_pushnumber(J, 0);
}

static void t_setNoDelay(js_State *J)
{
	rt_stream *s = self_tcp(J);
	js_pushnumber(J, uv_tcp_nodelay(&s->u.tcp, js_toboolean(J, 1)));
}

static void t_setKeepAlive(js_State *J)
{
	rt_stream *s = self_tcp(J);
	js_pushnumber(J, uv_tcp_keepalive(&s->u.tcp, js_toboolean(J, 1),
		(unsigned)js_tointeger(J, 2)));
}

/* Fills the object at idx from a socket address: address, family ('IPv4'/'IPv6'), port. */
static void fill_addr(js_State *J, int idx, const struct sockaddr_storage *ss)
{
	char ip[64];
	int port;
	const char *family;
	if (ss->ss_family == AF_INET6) {
		const struct sockaddr_in6 *a = (const struct sockaddr_in6 *)ss;
		uv_ip6_name(a, ip, sizeof ip);
		port = ntohs(a->sin6_port);
		family = "IPv6";
	} else {
		const struct sockaddr_in *a = (const struct sockaddr_in *)ss;
		uv_ip4_name(a, ip, sizeof ip);
		port = ntohs(a->sin_port);
		family = "IPv4";
	}
	js_pushstring(J, ip);
	js_setproperty(J, idx, "address");
	js_pushstring(J, family);
	js_setproperty(J, idx, "family");
	js_pushnumber(J, port);
	js_setproperty(J, idx, "port");
}

static void sockaddr_of(js_State *J, int peer)
{
	rt_stream *s = self_tcp(J);
	struct sockaddr_storage ss;
	int len = sizeof ss;
	int r;
	memset(&ss, 0, sizeof ss);
	if (peer)
		r = uv_tcp_getpeername(&s->u.tcp, (struct sockaddr *)&ss, &len);
	else
		r = uv_tcp_getsockname(&s->u.tcp, (struct sockaddr *)&ss, &len);
	if (r == 0 && js_isobject(J, 1))
		fill_addr(J, 1, &ss);
	js_pushnumber(J, r);
}

static void t_getsockname(js_State *J)
{
	sockaddr_of(J, 0);
}

static void t_getpeername(js_State *J)
{
	sockaddr_of(J, 1);
}

/* reset([cb]): close the connection with RST instead of FIN. */
static void t_reset(js_State *J)
{
	rt_stream *s = self_tcp(J);
	int r;
	if (js_iscallable(J, 1)) {
		js_copy(J, 1);
		s->close_slot = rt__slot_put(s->rt);
	}
	r = uv_tcp_close_reset(&s->u.tcp, rt__stream_on_close);
	if (r == 0)
		s->state = RT_STREAM_CLOSING;
	else if (s->close_slot >= 0) {
		rt__slot_free(s->rt, s->close_slot);
		s->close_slot = -1;
	}
	js_pushnumber(J, r);
}

static void t_bytesRead(js_State *J)
{
	rt_stream *s = js_touserdata(J, 0, RT_STREAM_TAG);
	js_pushnumber(J, (double)s->bytes_read);
}

static void t_bytesWritten(js_State *J)
{
	rt_stream *s = js_touserdata(J, 0, RT_STREAM_TAG);
	js_pushnumber(J, (double)s->bytes_written);
}

/* Adds binding.tcp to the binding object on top of the stack. */
void rt__tcp_init(rt_runtime *rt)
{
	js_State *J = rt->J;
	js_newobject(J);
	rt__stream_methods(J);
	rt__setfn(J, "bind", t_bind, 3);
	rt__setfn(J, "listen", t_listen, 1);
	rt__setfn(J, "connect", t_connect, 3);
	rt__setfn(J, "setNoDelay", t_setNoDelay, 1);
	rt__setfn(J, "setKeepAlive", t_setKeepAlive, 2);
	rt__setfn(J, "getsockname", t_getsockname, 1);
	rt__setfn(J, "getpeername", t_getpeername, 1);
	rt__setfn(J, "reset", t_reset, 1);
	rt__setfn(J, "bytesRead", t_bytesRead, 0);
	rt__setfn(J, "bytesWritten", t_bytesWritten, 0);
	js_setregistry(J, REG_PROTO);

	js_newobject(J);
	rt__setfn(J, "create", t_create, 0);
	rt__setfn(J, "errInfo", rt__stream_errinfo, 1);
	rt__setnum(J, "EOF", UV_EOF);
	rt__setnum(J, "ENOTCONN", UV_ENOTCONN);
	rt__setnum(J, "ECONNRESET", UV_ECONNRESET);
	rt__setnum(J, "ECANCELED", UV_ECANCELED);
	js_setproperty(J, -2, "tcp");
}
