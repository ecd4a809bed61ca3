/* fs_readfile.c — binding.fs.readFile(pathOrFd, flags, nostat[, cb]): a whole file as a
 * Buffer.
 *
 * One job does open → fstat → read… → close on the thread pool, as Node's ReadFileContext
 * does: a regular file is read up to the size fstat reported, anything else (pipes,
 * /proc) until EOF. A descriptor given by the caller is read from its current position
 * and left open; `nostat` skips the fstat and reads until EOF (Node's UTF-8 fast path
 * for a descriptor does, so its errors name read, not fstat). Sync without cb (returns the Buffer or throws); with cb the result
 * arrives as an I/O callback (err) or (null, buffer). Errors are Node's: the open error
 * names the path, fstat/read/close errors do not ("EISDIR: illegal operation on a
 * directory, read"); a file over 2 GiB is ERR_FS_FILE_TOO_LARGE.
 */
#include "fs_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define RF_CHUNK 65536
#define RF_MAX 0x7fffffffu	/* Node's kIoMaxLength */
#define RF_TOO_LARGE (-0x7ffff)	/* err value for a file over RF_MAX (no uv code) */

enum { RF_OPEN, RF_STAT, RF_READ, RF_CLOSE, RF_DONE };

typedef struct rf_job {
	uv_fs_t req;
	rt_runtime *rt;
	int cbslot;
	int state;
	int flags;
	int fd, own;		/* own: opened here, so closed here */
	int err;		/* first failure: negative uv code, or RF_TOO_LARGE */
	const char *syscall;
	double size;		/* the regular file's size, 0 if unknown */
	char *data;
	size_t len, cap;
	char *path;		/* NULL when reading a caller's fd */
} rf_job;

static void rf_free(rf_job *j)
{
	free(j->data);
	free(j->path);
	free(j);
}

/* Starts the step j->state; cb NULL runs it synchronously. Returns what uv_fs_* did. */
static int rf_issue(rf_job *j, uv_fs_cb cb)
{
	uv_loop_t *loop = &j->rt->loop;
	uv_buf_t b;
	switch (j->state) {
	case RF_OPEN:
		return uv_fs_open(loop, &j->req, j->path, j->flags, 0666, cb);
	case RF_STAT:
		return uv_fs_fstat(loop, &j->req, j->fd, cb);
	case RF_READ:
		if (j->cap == j->len) {
			size_t cap = j->cap ? j->cap * 2 : RF_CHUNK;
			char *p = cap > RF_MAX ? NULL : realloc(j->data, cap);
			if (!p)
				return cap > RF_MAX ? RF_TOO_LARGE : UV_ENOMEM;
			j->data = p;
			j->cap = cap;
		}
		b = uv_buf_init(j->data + j->len, (unsigned)(j->cap - j->len));
		return uv_fs_read(loop, &j->req, j->fd, &b, 1, -1, cb);
	default:
		return uv_fs_close(loop, &j->req, j->fd, cb);
	}
}

static const char *const rf_syscalls[] = { "open", "fstat", "read", "close" };

/* Takes the result r of step j->state and picks the next step. */
static void rf_result(rf_job *j, ssize_t r)
{
	if (r < 0) {
		if (!j->err) {
			j->err = (int)r;
			j->syscall = rf_syscalls[j->state];
		}
		if (j->state == RF_OPEN || j->state == RF_CLOSE || !j->own)
			j->state = RF_DONE;
		else
			j->state = RF_CLOSE;
		return;
	}
	switch (j->state) {
	case RF_OPEN:
		j->fd = (int)r;
		j->own = 1;
		j->state = RF_STAT;
		break;
	case RF_STAT:
		if ((j->req.statbuf.st_mode & S_IFMT) == S_IFREG)
			j->size = (double)j->req.statbuf.st_size;
		if (j->size > RF_MAX) {
			rf_result(j, RF_TOO_LARGE);
			return;
		}
		if (j->size > 0) {
			j->data = malloc((size_t)j->size);
			if (!j->data) {
				rf_result(j, UV_ENOMEM);
				return;
			}
			j->cap = (size_t)j->size;
		}
		j->state = RF_READ;
		break;
	case RF_READ:
		j->len += (size_t)r;
		if (r == 0 || (j->size > 0 && j->len == j->cap))
			j->state = j->own ? RF_CLOSE : RF_DONE;
		break;
	default:
		j->state = RF_DONE;
	}
}

/* Pushes the job's outcome: the error (returns 1) or the Buffer (returns 0). */
static int rf_push(js_State *J, rf_job *j)
{
	if (j->err == RF_TOO_LARGE) {
		char msg[96];
		snprintf(msg, sizeof msg, "File size (%.0f) is greater than 2 GiB", j->size);
		js_newrangeerror(J, msg);
		js_pushstring(J, "ERR_FS_FILE_TOO_LARGE");
		js_setproperty(J, -2, "code");
		return 1;
	}
	if (j->err) {
		rt__push_uv_error(J, j->err, j->syscall,
			!strcmp(j->syscall, "open") ? j->path : NULL, NULL);
		return 1;
	}
	memcpy(rt__buffer_push(J, j->len), j->data ? j->data : "", j->len);
	return 0;
}

static void rf_on_step(uv_fs_t *req)
{
	rf_job *j = req->data;
	rt_runtime *rt = j->rt;
	js_State *J = rt->J;
	int top;
	rf_result(j, req->result);
	uv_fs_req_cleanup(req);
	while (j->state != RF_DONE) {
		int r = rf_issue(j, rf_on_step);
		if (r == 0)
			return;
		rf_result(j, r);	/* refused before queueing: treat as that step's error */
	}
	rt->pending_reqs--;
	rt__slot_push(rt, j->cbslot);
	rt__slot_free(rt, j->cbslot);
	js_pushundefined(J);
	top = js_gettop(J);
	if (js_try(J)) {
		/* building the Buffer failed: the callback gets that error */
	} else {
		if (rf_push(J, j) == 0) {
			js_pushnull(J);
			js_rot2(J);
		}
		js_endtry(J);
	}
	rf_free(j);
	rt__call_io(rt, js_gettop(J) - top);
	js_pop(J, 1);
}

static void f_readFile(js_State *J)
{
	rt_runtime *rt = rt__from(J);
	int async = js_iscallable(J, 4);
	rf_job *j = calloc(1, sizeof *j);
	if (!j)
		js_error(J, "out of memory");
	j->rt = rt;
	j->req.data = j;
	j->flags = js_toint32(J, 2);
	if (js_isnumber(J, 1)) {
		j->fd = js_toint32(J, 1);
		j->state = js_toboolean(J, 3) ? RF_READ : RF_STAT;
	} else if (!(j->path = strdup(js_tostring(J, 1)))) {
		free(j);
		js_error(J, "out of memory");
	}
	if (async) {
		int r;
		while ((r = rf_issue(j, rf_on_step)) != 0) {
			rf_result(j, r);
			if (j->state == RF_DONE)
				break;
		}
		if (j->state == RF_DONE) {
			/* failed before anything was queued: report it now, as a throw */
			rf_push(J, j);
			rf_free(j);
			js_throw(J);
		}
		js_copy(J, 4);
		j->cbslot = rt__slot_put(rt);
		rt->pending_reqs++;
		js_pushundefined(J);
		return;
	}
	while (j->state != RF_DONE) {
		ssize_t r = rf_issue(j, NULL);
		rf_result(j, r);
		uv_fs_req_cleanup(&j->req);
	}
	if (js_try(J)) {
		rf_free(j);
		js_throw(J);
	}
	if (rf_push(J, j)) {
		js_endtry(J);
		rf_free(j);
		js_throw(J);
	}
	js_endtry(J);
	rf_free(j);
}

void fs__readfile_init(js_State *J)
{
	rt__setfn(J, "readFile", f_readFile, 4);
}
