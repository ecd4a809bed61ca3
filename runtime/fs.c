/* fs.c — file-system primitives for runtime/lib, on libuv's fs requests.
 *
 * Each function is sync when its last argument is not a function (errors thrown as
 * Node's fs errors: code, errno, syscall, path, "ENOENT: no such file or directory,
 * open 'x'"), and async otherwise: the callback is held in a slot and called from the
 * loop as an I/O callback with (err, result), exactly once.
 *
 * What is here so far: whole-file UTF-8 reads and writes, which the module loader and
 * the first fs functions use. Buffers and descriptors come with the fs module.
 */
#include "internal.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>

typedef struct fs_job {
	uv_fs_t req;
	rt_runtime *rt;
	int slot;		/* the JS callback */
	int fd;
	int err;		/* first failure: negative uv code */
	const char *syscall;
	char *path;
	char *data;		/* read: the growing buffer; write: the bytes to write */
	size_t len, cap, off;
	int writing;
} fs_job;

static void job_free(fs_job *j)
{
	free(j->path);
	free(j->data);
	free(j);
}

/* Pushes the error object for a uv failure, without throwing it. */
static void push_uv_error(js_State *J, int err, const char *syscall, const char *path)
{
	if (js_try(J)) {
		/* rt__throw_uv threw it: it is on the stack now */
		return;
	}
	rt__throw_uv(J, err, syscall, path);
	js_endtry(J);
}

/* The last step of every job: call back (err) or (null, result), then free. */
static void job_finish(fs_job *j)
{
	rt_runtime *rt = j->rt;
	js_State *J = rt->J;
	rt->pending_reqs--;
	rt__slot_push(rt, j->slot);
	rt__slot_free(rt, j->slot);
	js_pushundefined(J);
	if (j->err) {
		push_uv_error(J, j->err, j->syscall, j->path);
		rt__call_io(rt, 1);
	} else if (j->writing) {
		js_pushnull(J);
		rt__call_io(rt, 1);
	} else {
		js_pushnull(J);
		js_pushlstring(J, j->data ? j->data : "", (int)j->len);
		rt__call_io(rt, 2);
	}
	js_pop(J, 1);
	job_free(j);
}

static void on_step(uv_fs_t *req);

static void step_close(fs_job *j)
{
	uv_fs_req_cleanup(&j->req);
	if (j->fd >= 0 && uv_fs_close(&j->rt->loop, &j->req, j->fd, on_step) == 0) {
		j->fd = -1;
		return;
	}
	job_finish(j);
}

static void step_io(fs_job *j)
{
	uv_buf_t b;
	int r;
	uv_fs_req_cleanup(&j->req);
	if (j->writing) {
		if (j->off >= j->len) {
			step_close(j);
			return;
		}
		b = uv_buf_init(j->data + j->off, (unsigned)(j->len - j->off));
		j->syscall = "write";
		r = uv_fs_write(&j->rt->loop, &j->req, j->fd, &b, 1, -1, on_step);
	} else {
		if (j->cap - j->len < 65536) {
			char *p = realloc(j->data, j->cap = j->cap ? j->cap * 2 : 131072);
			if (!p) {
				j->err = UV_ENOMEM;
				step_close(j);
				return;
			}
			j->data = p;
		}
		b = uv_buf_init(j->data + j->len, (unsigned)(j->cap - j->len));
		j->syscall = "read";
		r = uv_fs_read(&j->rt->loop, &j->req, j->fd, &b, 1, -1, on_step);
	}
	if (r) {
		j->err = r;
		step_close(j);
	}
}

static void on_step(uv_fs_t *req)
{
	fs_job *j = req->data;
	ssize_t r = req->result;
	switch (req->fs_type) {
	case UV_FS_OPEN:
		if (r < 0) {
			j->err = (int)r;
			uv_fs_req_cleanup(req);
			job_finish(j);
			return;
		}
		j->fd = (int)r;
		step_io(j);
		return;
	case UV_FS_READ:
	case UV_FS_WRITE:
		if (r < 0) {
			j->err = (int)r;
			step_close(j);
		} else if (r == 0 && !j->writing) {
			step_close(j);
		} else {
			if (j->writing)
				j->off += (size_t)r;
			else
				j->len += (size_t)r;
			step_io(j);
		}
		return;
	default:		/* UV_FS_CLOSE */
		if (r < 0 && !j->err) {
			j->err = (int)r;
			j->syscall = "close";
		}
		uv_fs_req_cleanup(req);
		job_finish(j);
	}
}

static void start(js_State *J, int writing, int cbidx)
{
	rt_runtime *rt = rt__from(J);
	fs_job *j = calloc(1, sizeof *j);
	const char *data;
	int r;
	if (!j || !(j->path = strdup(js_tostring(J, 1)))) {
		free(j);
		js_error(J, "out of memory");
	}
	j->rt = rt;
	j->fd = -1;
	j->writing = writing;
	j->syscall = "open";
	j->req.data = j;
	if (writing) {
		data = js_tostring(J, 2);
		j->len = strlen(data);
		j->data = malloc(j->len + 1);
		if (!j->data) {
			job_free(j);
			js_error(J, "out of memory");
		}
		memcpy(j->data, data, j->len);
	}
	js_copy(J, cbidx);
	j->slot = rt__slot_put(rt);
	r = uv_fs_open(&rt->loop, &j->req, j->path,
		writing ? O_WRONLY | O_CREAT | O_TRUNC : O_RDONLY, 0666, on_step);
	rt->pending_reqs++;
	if (r) {
		/* libuv reports even bad arguments through the callback path we own */
		j->err = r;
		uv_fs_req_cleanup(&j->req);
		rt__slot_free(rt, j->slot);
		rt->pending_reqs--;
		job_free(j);
		rt__throw_uv(J, r, "open", js_tostring(J, 1));
	}
	js_pushundefined(J);
}

/* readFileUtf8(path[, cb]) */
static void f_readFileUtf8(js_State *J)
{
	if (js_iscallable(J, 2))
		start(J, 0, 2);
	else
		rt__read_file_sync(J, js_tostring(J, 1));
}

/* writeFileUtf8(path, data[, cb]) */
static void f_writeFileUtf8(js_State *J)
{
	if (js_iscallable(J, 3)) {
		start(J, 1, 3);
		return;
	} else {
		const char *path = js_tostring(J, 1), *data = js_tostring(J, 2);
		uv_fs_t req;
		uv_buf_t b;
		size_t n = strlen(data), off = 0;
		int fd = uv_fs_open(NULL, &req, path, O_WRONLY | O_CREAT | O_TRUNC, 0666, NULL);
		uv_fs_req_cleanup(&req);
		if (fd < 0)
			rt__throw_uv(J, fd, "open", path);
		while (off < n) {
			int w;
			b = uv_buf_init((char *)data + off, (unsigned)(n - off));
			w = uv_fs_write(NULL, &req, fd, &b, 1, -1, NULL);
			uv_fs_req_cleanup(&req);
			if (w < 0) {
				uv_fs_close(NULL, &req, fd, NULL);
				uv_fs_req_cleanup(&req);
				rt__throw_uv(J, w, "write", path);
			}
			off += (size_t)w;
		}
		uv_fs_close(NULL, &req, fd, NULL);
		uv_fs_req_cleanup(&req);
		js_pushundefined(J);
	}
}

/* Adds binding.fs to the binding object on top of the stack. */
void rt__fs_init(rt_runtime *rt)
{
	js_State *J = rt->J;
	js_newobject(J);
	js_newcfunction(J, f_readFileUtf8, "readFileUtf8", 2);
	js_setproperty(J, -2, "readFileUtf8");
	js_newcfunction(J, f_writeFileUtf8, "writeFileUtf8", 3);
	js_setproperty(J, -2, "writeFileUtf8");
	js_setproperty(J, -2, "fs");
}
