/* stdio.c — the descriptors behind process.stdin, process.stdout and process.stderr.
 *
 * Writes are synchronous, as Node's are on Linux for files, TTYs and pipes: write(2)
 * until every byte is out, waiting in poll(2) when the descriptor is non-blocking and
 * full. They return 0 or a negative libuv error code instead of throwing, so that
 * lib/internal/stdio.js can report a failure the way a stream does (an 'error' event a
 * tick later). EPIPE is such a code: SIGPIPE is ignored from start-up on, as in Node.
 *
 * Reads from a TTY, a pipe or a socket go through a libuv stream handle (uv_tty_t or
 * uv_pipe_t) made on the first readStart. The handle is active, and so keeps the loop
 * alive, only between readStart and readStop (libuv stops it by itself at EOF): that is
 * how process.stdin lets the process exit when nobody reads. Reads from a file (or a
 * device such as /dev/null) are uv_fs_read requests at the descriptor's position, each
 * keeping the loop alive while it is in flight, as fs.ReadStream's are.
 *
 * Callbacks get a number first: 0, or a negative libuv error code (UV_EOF at the end of
 * the input), then the bytes read as a Buffer. JS turns codes into Node's errors with
 * errInfo(code) → [name, message].
 *
 * JS sees binding.stdio (see rt__stdio_init). Handles are freed by rt__stdio_free after
 * the loop has closed them; a TTY left in raw mode is reset at exit.
 */
#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#define STDIO_FDS 3
#define READ_SIZE 65536

typedef struct stdio_reader {
	union {
		uv_handle_t handle;
		uv_stream_t stream;
		uv_pipe_t pipe;
		uv_tty_t tty;
	} u;
	rt_runtime *rt;
	int fd;
	int is_tty;
	int slot;		/* the JS onread callback, -1 when none */
	char buf[READ_SIZE];	/* libuv delivers one read at a time per handle */
} stdio_reader;

typedef struct stdio_fsread {
	uv_fs_t req;
	rt_runtime *rt;
	int slot;		/* the JS callback */
	char *data;
} stdio_fsread;

struct rt_stdio {
	stdio_reader *readers[STDIO_FDS];
	uv_signal_t *winch;	/* SIGWINCH watcher for TTY sizes; unref'd */
	int winch_slot;
};

static struct rt_stdio *stdio_of(js_State *J)
{
	rt_runtime *rt = rt__from(J);
	if (!rt->stdio) {
		rt->stdio = calloc(1, sizeof *rt->stdio);
		if (!rt->stdio)
			js_error(J, "out of memory");
		rt->stdio->winch_slot = -1;
	}
	return rt->stdio;
}

static int arg_fd(js_State *J, int idx)
{
	int fd = js_tointeger(J, idx);
	if (fd < 0 || fd >= STDIO_FDS)
		js_rangeerror(J, "stdio: fd %d is not 0, 1 or 2", fd);
	return fd;
}

/* guessHandleType(fd) → 'TTY' | 'FILE' | 'PIPE' | 'TCP' | 'UDP' | 'UNKNOWN' (Node's). */
static void s_guessHandleType(js_State *J)
{
	const char *s;
	int fd = js_tointeger(J, 1);
	switch (fd < 0 ? UV_UNKNOWN_HANDLE : uv_guess_handle(fd)) {
	case UV_TTY: s = "TTY"; break;
	case UV_FILE: s = "FILE"; break;
	case UV_NAMED_PIPE: s = "PIPE"; break;
	case UV_TCP: s = "TCP"; break;
	case UV_UDP: s = "UDP"; break;
	default: s = "UNKNOWN"; break;
	}
	js_pushliteral(J, s);
}

static int write_all(int fd, const char *p, size_t n)
{
	if (fd == 1)
		fflush(stdout);	/* anything C printed goes out first */
	while (n > 0) {
		ssize_t w = write(fd, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			if (errno == EAGAIN) {
				struct pollfd pfd = { .fd = fd, .events = POLLOUT };
				poll(&pfd, 1, -1);
				continue;
			}
			return uv_translate_sys_error(errno);
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* Does this mujs string hold U+0000 (kept as C0 80) or a lone surrogate (ED A0..BF)?
 * Then its bytes are not the UTF-8 Node would write. */
static int needs_encoding(const char *s, size_t n)
{
	const char *p;
	if (memchr(s, 0xC0, n))
		return 1;
	for (p = s; (p = memchr(p, 0xED, n - (size_t)(p - s))) != NULL; p++)
		if ((size_t)(p - s) + 1 < n && ((unsigned char)p[1] & 0xE0) == 0xA0)
			return 1;
	return 0;
}

/* writeSync(fd, chunk) → 0 | negative uv code | 1. chunk is a Buffer/Uint8Array or a
 * string to write as UTF-8; 1 means the string must be encoded first (JS passes
 * Buffer.from(chunk) instead). */
static void s_writeSync(js_State *J)
{
	int fd = js_tointeger(J, 1);
	size_t n;
	const char *p = (const char *)rt__buffer_data(J, 2, &n);
	if (!p) {
		p = js_tostring(J, 2);
		n = strlen(p);
		if (needs_encoding(p, n)) {
			js_pushnumber(J, 1);
			return;
		}
	}
	js_pushnumber(J, write_all(fd, p, n));
}

/* windowSize(fd) → [columns, rows], or a negative uv code. */
static void s_windowSize(js_State *J)
{
	struct winsize ws;
	int fd = js_tointeger(J, 1);
	if (ioctl(fd, TIOCGWINSZ, &ws) < 0) {
		js_pushnumber(J, uv_translate_sys_error(errno));
		return;
	}
	js_newarray(J);
	js_pushnumber(J, ws.ws_col);
	js_setindex(J, -2, 0);
	js_pushnumber(J, ws.ws_row);
	js_setindex(J, -2, 1);
}

/* errInfo(code) → [name, message], e.g. ['EPIPE', 'broken pipe']. */
static void s_errInfo(js_State *J)
{
	int err = js_tointeger(J, 1);
	js_newarray(J);
	js_pushstring(J, uv_err_name(err));
	js_setindex(J, -2, 0);
	js_pushstring(J, uv_strerror(err));
	js_setindex(J, -2, 1);
}

/* ---- stream reads (TTY, pipe, socket) */

/* Pushes a Buffer holding p[0..n); -1 (pushing nothing) when there is no memory. */
static int push_bytes(js_State *J, const char *p, size_t n)
{
	if (js_try(J)) {
		js_pop(J, 1);
		return -1;
	}
	memcpy(rt__buffer_push(J, n), p, n);
	js_endtry(J);
	return 0;
}

/* Calls the callback in `slot` with (code[, Buffer of p[0..n)]) as an I/O callback. */
static void call_back(rt_runtime *rt, int slot, int code, const char *p, size_t n)
{
	js_State *J = rt->J;
	int nargs = 1;
	rt__slot_push(rt, slot);
	js_pushundefined(J);
	if (p) {
		js_pushnumber(J, 0);
		if (push_bytes(J, p, n) == 0) {
			nargs = 2;
		} else {
			js_pop(J, 1);
			js_pushnumber(J, UV_ENOMEM);
		}
	} else {
		js_pushnumber(J, code);
	}
	rt__call_io(rt, nargs);
	js_pop(J, 1);
}

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf)
{
	stdio_reader *r = h->data;
	(void)suggested;
	*buf = uv_buf_init(r->buf, sizeof r->buf);
}

static void on_read(uv_stream_t *s, ssize_t nread, const uv_buf_t *buf)
{
	stdio_reader *r = s->data;
	(void)buf;
	if (nread == 0 || r->slot < 0)
		return;		/* EAGAIN, or nobody to tell */
	if (nread > 0)
		call_back(r->rt, r->slot, 0, r->buf, (size_t)nread);
	else
		call_back(r->rt, r->slot, (int)nread, NULL, 0);
}

static void on_reader_closed(uv_handle_t *h)
{
	stdio_reader *r = h->data;
	if (r->slot >= 0 && r->rt->J) {
		call_back(r->rt, r->slot, 0, NULL, 0);
		rt__slot_free(r->rt, r->slot);
	}
	free(r);
}

/* Node's ResetStdio: libuv makes a pipe it reads non-blocking, and that flag belongs to
 * the open file, shared with whoever gave us the descriptor; the terminal mode is
 * process-wide. Both are put back at exit (atexit too, since process.exit() leaves
 * through exit()). The saved flags are process-wide like the descriptors themselves. */
static int saved_flags[STDIO_FDS] = { -1, -1, -1 };

static void reset_stdio(void)
{
	int fd;
	uv_tty_reset_mode();
	for (fd = 0; fd < STDIO_FDS; fd++) {
		if (saved_flags[fd] >= 0)
			fcntl(fd, F_SETFL, saved_flags[fd]);
	}
}

static void save_stdio(int fd)
{
	static int registered;
	if (saved_flags[fd] < 0)
		saved_flags[fd] = fcntl(fd, F_GETFL);
	if (!registered) {
		registered = 1;
		atexit(reset_stdio);
	}
}

/* Makes the reader for fd into *out: 0, or a negative uv code (nothing made). */
static int reader_make(js_State *J, int fd, stdio_reader **out)
{
	rt_runtime *rt = rt__from(J);
	struct rt_stdio *st = stdio_of(J);
	stdio_reader *r = calloc(1, sizeof *r);
	int err;
	if (!r)
		return UV_ENOMEM;
	r->rt = rt;
	r->fd = fd;
	r->slot = -1;
	r->is_tty = uv_guess_handle(fd) == UV_TTY;
	save_stdio(fd);
	if (r->is_tty)
		err = uv_tty_init(&rt->loop, &r->u.tty, fd, 1);
	else
		err = uv_pipe_init(&rt->loop, &r->u.pipe, 0);
	if (err) {
		free(r);
		return err;
	}
	r->u.handle.data = r;
	if (!r->is_tty && (err = uv_pipe_open(&r->u.pipe, fd)) != 0) {
		uv_close(&r->u.handle, on_reader_closed);	/* frees r */
		return err;
	}
	st->readers[fd] = r;
	*out = r;
	return 0;
}

/* The reader for fd, made on first use. Throws Node's error when libuv cannot open it. */
static stdio_reader *reader_of(js_State *J, int fd)
{
	stdio_reader *r = stdio_of(J)->readers[fd];
	int err;
	if (!r && (err = reader_make(J, fd, &r)) != 0)
		rt__throw_uv(J, err, "open", NULL);
	return r;
}

/* readStart(fd, onread) → 0 | negative uv code. onread(code[, Buffer]) per read. */
static void s_readStart(js_State *J)
{
	rt_runtime *rt = rt__from(J);
	stdio_reader *r = reader_of(J, arg_fd(J, 1));
	int err;
	if (!js_iscallable(J, 2))
		js_typeerror(J, "readStart: onread must be a function");
	if (r->slot >= 0)
		rt__slot_free(rt, r->slot);
	js_copy(J, 2);
	r->slot = rt__slot_put(rt);
	err = uv_read_start(&r->u.stream, on_alloc, on_read);
	js_pushnumber(J, err == UV_EALREADY ? 0 : err);
}

static stdio_reader *existing_reader(js_State *J, int fd)
{
	struct rt_stdio *st = rt__from(J)->stdio;
	return st ? st->readers[fd] : NULL;
}

/* readStop(fd) → 0: the handle stops reading and no longer keeps the loop alive. */
static void s_readStop(js_State *J)
{
	stdio_reader *r = existing_reader(J, arg_fd(J, 1));
	js_pushnumber(J, r ? uv_read_stop(&r->u.stream) : 0);
}

/* readClose(fd[, cb]) → whether a handle is closing (one is made if none was, so that the
 * close comes in the close phase as Node's); cb(0) comes once it is closed. Descriptors
 * 0-2 stay open: libuv never closes them (a TTY reader has its own). */
static void s_readClose(js_State *J)
{
	rt_runtime *rt = rt__from(J);
	int fd = arg_fd(J, 1);
	stdio_reader *r = existing_reader(J, fd);
	if (!r && reader_make(J, fd, &r) != 0)
		r = NULL;	/* never read, and cannot be opened: nothing to close */
	if (r) {
		if (r->slot >= 0)
			rt__slot_free(rt, r->slot);
		r->slot = -1;
		if (js_iscallable(J, 2)) {
			js_copy(J, 2);
			r->slot = rt__slot_put(rt);
		}
		if (r->is_tty)
			uv_tty_set_mode(&r->u.tty, UV_TTY_MODE_NORMAL);
		uv_close(&r->u.handle, on_reader_closed);
		if (!r->is_tty && saved_flags[fd] >= 0)
			fcntl(fd, F_SETFL, saved_flags[fd]);
		rt->stdio->readers[fd] = NULL;
	}
	js_pushboolean(J, r != NULL);
}

/* ref(fd, on): whether the reader keeps the loop alive while it reads (it is made now if
 * need be, so that an unref() before the first read holds). */
static void s_ref(js_State *J)
{
	stdio_reader *r = reader_of(J, arg_fd(J, 1));
	if (js_toboolean(J, 2))
		uv_ref(&r->u.handle);
	else
		uv_unref(&r->u.handle);
	js_pushundefined(J);
}

/* setRawMode(fd, on) → 0 | negative uv code. */
static void s_setRawMode(js_State *J)
{
	stdio_reader *r = reader_of(J, arg_fd(J, 1));
	int on = js_toboolean(J, 2);
	if (!r->is_tty) {
		js_pushnumber(J, UV_EBADF);
		return;
	}
	js_pushnumber(J, uv_tty_set_mode(&r->u.tty, on ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL));
}

/* ---- file reads */

static void on_fsread(uv_fs_t *req)
{
	stdio_fsread *f = req->data;
	rt_runtime *rt = f->rt;
	ssize_t n = req->result;
	rt->pending_reqs--;
	uv_fs_req_cleanup(req);
	if (rt->J) {
		if (n > 0)
			call_back(rt, f->slot, 0, f->data, (size_t)n);
		else
			call_back(rt, f->slot, n == 0 ? UV_EOF : (int)n, NULL, 0);
		rt__slot_free(rt, f->slot);
	}
	free(f->data);
	free(f);
}

/* readFile(fd, size, cb): one read of up to size bytes at the descriptor's position;
 * cb(0, Buffer) | cb(UV_EOF) | cb(code). Throws when the read cannot start. */
static void s_readFile(js_State *J)
{
	rt_runtime *rt = rt__from(J);
	int fd = js_tointeger(J, 1);
	double want = js_tonumber(J, 2);
	size_t size = want >= 1 && want <= (1 << 30) ? (size_t)want : READ_SIZE;
	stdio_fsread *f;
	uv_buf_t b;
	int err;
	if (!js_iscallable(J, 3))
		js_typeerror(J, "readFile: callback must be a function");
	f = calloc(1, sizeof *f);
	if (!f || !(f->data = malloc(size))) {
		free(f);
		js_error(J, "out of memory");
	}
	f->rt = rt;
	f->req.data = f;
	b = uv_buf_init(f->data, (unsigned)size);
	err = uv_fs_read(&rt->loop, &f->req, fd, &b, 1, -1, on_fsread);
	if (err) {
		uv_fs_req_cleanup(&f->req);
		free(f->data);
		free(f);
		rt__throw_uv(J, err, "read", NULL);
	}
	js_copy(J, 3);
	f->slot = rt__slot_put(rt);
	rt->pending_reqs++;
	js_pushundefined(J);
}

/* ---- terminal size changes */

static void on_winch(uv_signal_t *h, int signum)
{
	rt_runtime *rt = h->data;
	(void)signum;
	if (rt->stdio && rt->stdio->winch_slot >= 0)
		call_back(rt, rt->stdio->winch_slot, 0, NULL, 0);
}

/* watchResize(cb): cb(0) on every SIGWINCH, without keeping the loop alive. */
static void s_watchResize(js_State *J)
{
	rt_runtime *rt = rt__from(J);
	struct rt_stdio *st = stdio_of(J);
	if (!js_iscallable(J, 1))
		js_typeerror(J, "watchResize: callback must be a function");
	if (st->winch_slot >= 0)
		rt__slot_free(rt, st->winch_slot);
	js_copy(J, 1);
	st->winch_slot = rt__slot_put(rt);
	if (!st->winch) {
		st->winch = malloc(sizeof *st->winch);
		if (!st->winch)
			js_error(J, "out of memory");
		uv_signal_init(&rt->loop, st->winch);
		st->winch->data = rt;
		uv_signal_start(st->winch, on_winch, SIGWINCH);
		uv_unref((uv_handle_t *)st->winch);
	}
	js_pushundefined(J);
}

/* Node's PlatformInit: a descriptor 0-2 that is closed at start-up is opened on
 * /dev/null, so that nothing the runtime opens later (the loop's own descriptors
 * included) lands there and is taken for stdio. Process-wide; call before the loop. */
void rt__stdio_reserve(void)
{
	int fd;
	for (fd = 0; fd < STDIO_FDS; fd++) {
		if (fcntl(fd, F_GETFD) < 0 && errno == EBADF) {
			int nfd = open("/dev/null", O_RDWR);
			if (nfd >= 0 && nfd != fd)
				close(nfd);	/* cannot happen: open returns the lowest free fd */
		}
	}
}

/* Frees what the loop has closed (rt__loop_close closes every handle). */
void rt__stdio_free(rt_runtime *rt)
{
	struct rt_stdio *st = rt->stdio;
	int i;
	if (!st)
		return;
	for (i = 0; i < STDIO_FDS; i++)
		free(st->readers[i]);
	reset_stdio();
	free(st->winch);
	free(st);
	rt->stdio = NULL;
}

/* The getter of binding.stdio: makes the object on first use (a dozen C functions cost
 * more than everything else stdio does at start-up) and leaves it as a plain property. */
static void s_make(js_State *J)
{
	js_newobject(J);
	rt__setfn(J, "guessHandleType", s_guessHandleType, 1);
	rt__setfn(J, "writeSync", s_writeSync, 2);
	rt__setfn(J, "windowSize", s_windowSize, 1);
	rt__setfn(J, "errInfo", s_errInfo, 1);
	rt__setfn(J, "readStart", s_readStart, 2);
	rt__setfn(J, "readStop", s_readStop, 1);
	rt__setfn(J, "readClose", s_readClose, 2);
	rt__setfn(J, "ref", s_ref, 2);
	rt__setfn(J, "setRawMode", s_setRawMode, 2);
	rt__setfn(J, "readFile", s_readFile, 3);
	rt__setfn(J, "watchResize", s_watchResize, 1);
	js_pushnumber(J, UV_EOF);
	js_setproperty(J, -2, "EOF");
	if (js_isobject(J, 0)) {
		js_delproperty(J, 0, "stdio");
		js_copy(J, -1);
		js_setproperty(J, 0, "stdio");
	}
}

/* Adds binding.stdio (made on first use) to the binding object on top of the stack. */
void rt__stdio_init(rt_runtime *rt)
{
	js_State *J = rt->J;
	/* Node ignores SIGPIPE: a write to a closed pipe fails with EPIPE instead. */
	signal(SIGPIPE, SIG_IGN);
	js_newcfunction(J, s_make, "stdio", 0);
	js_pushundefined(J);
	js_defaccessor(J, -3, "stdio", 0);
}
