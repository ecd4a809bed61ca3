/* fs.c — binding.fs: the file-system primitives under runtime/lib/fs.js, on libuv.
 *
 * Every function takes its arguments already validated and converted by fs.js (paths
 * are strings, descriptors and modes integers, data a Buffer) and, as its last argument,
 * either a function or nothing:
 *   - nothing: the call is synchronous and returns its result or throws Node's fs error
 *     (rt__push_uv_error: "ENOENT: no such file or directory, open 'x'" with errno, code,
 *     syscall, path, dest);
 *   - a function: the call is queued on libuv's thread pool and the function is called
 *     exactly once, from the loop as an I/O callback (rt__call_io), with (err) or
 *     (null, result). A Buffer being read into or written from is held in a slot until
 *     then, so its memory stays valid.
 * Results: open → fd; read/write → byte count; stat/lstat/fstat → an array of Node's 14
 * Stats fields (dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs,
 * mtimeMs, ctimeMs, birthtimeMs); readdir → names, or [names, types] with UV_DIRENT_*
 * types; realpath/readlink/mkdtemp → a string; everything else undefined.
 *
 * Whole-file reads are a job of their own (fs_readfile.c); recursive mkdir/rm, flags
 * parsing and Stats/Dirent objects are fs.js's.
 */
#include "fs_internal.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct fs_req {
	uv_fs_t req;
	rt_runtime *rt;
	uv_fs_cb done;		/* on_done when async, NULL when sync */
	int cbslot;		/* the JS callback */
	int keepidx;		/* stack index of a Buffer to hold while in flight, 0: none */
	int keepslot;
	int types;		/* readdir: also report entry types */
	const char *syscall;
	const char *path, *dest;	/* for the error; copies after the struct when async */
} fs_req;

static double ms_of(const uv_timespec_t *t)
{
	return (double)t->tv_sec * 1e3 + (double)t->tv_nsec / 1e6;
}

static void push_stats(js_State *J, const uv_stat_t *s)
{
	double v[14];
	int i;
	v[0] = (double)s->st_dev;
	v[1] = (double)s->st_mode;
	v[2] = (double)s->st_nlink;
	v[3] = (double)s->st_uid;
	v[4] = (double)s->st_gid;
	v[5] = (double)s->st_rdev;
	v[6] = (double)s->st_blksize;
	v[7] = (double)s->st_ino;
	v[8] = (double)s->st_size;
	v[9] = (double)s->st_blocks;
	v[10] = ms_of(&s->st_atim);
	v[11] = ms_of(&s->st_mtim);
	v[12] = ms_of(&s->st_ctim);
	v[13] = ms_of(&s->st_birthtim);
	js_newarray(J);
	for (i = 0; i < 14; i++) {
		js_pushnumber(J, v[i]);
		js_setindex(J, -2, i);
	}
}

static void push_entries(js_State *J, fs_req *q)
{
	uv_dirent_t ent;
	int i = 0;
	js_newarray(J);
	if (q->types)
		js_newarray(J);
	while (uv_fs_scandir_next(&q->req, &ent) == 0) {
		js_pushstring(J, ent.name);
		js_setindex(J, q->types ? -3 : -2, i);
		if (q->types) {
			js_pushnumber(J, ent.type);
			js_setindex(J, -2, i);
		}
		i++;
	}
	if (q->types) {
		js_newarray(J);
		js_rot3(J);	/* pair names types */
		js_setindex(J, -3, 1);
		js_setindex(J, -2, 0);
	}
}

/* Pushes the result of the successful request q and returns 1, or returns 0 for the
 * calls whose callbacks Node calls with (null) alone. May throw (out of memory). */
static int push_result(js_State *J, fs_req *q)
{
	uv_fs_t *r = &q->req;
	switch (r->fs_type) {
	case UV_FS_OPEN:
	case UV_FS_READ:
	case UV_FS_WRITE:
		js_pushnumber(J, (double)r->result);
		return 1;
	case UV_FS_STAT:
	case UV_FS_LSTAT:
	case UV_FS_FSTAT:
		push_stats(J, &r->statbuf);
		return 1;
	case UV_FS_SCANDIR:
		push_entries(J, q);
		return 1;
	case UV_FS_REALPATH:
	case UV_FS_READLINK:
		js_pushstring(J, r->ptr);
		return 1;
	case UV_FS_MKDTEMP:
		js_pushstring(J, r->path);
		return 1;
	default:
		return 0;
	}
}

static void on_done(uv_fs_t *req);

/* A request for the function whose optional callback is argument cbidx; path and dest
 * name the files in an error. Sync requests borrow the strings (they live on the JS
 * stack for the whole call), async ones copy them. */
static fs_req *req_new(js_State *J, int cbidx, const char *syscall, const char *path,
	const char *dest)
{
	int async = js_iscallable(J, cbidx);
	size_t pn = path ? strlen(path) + 1 : 0, dn = dest ? strlen(dest) + 1 : 0;
	fs_req *q = malloc(sizeof *q + (async ? pn + dn : 0));
	if (!q)
		js_error(J, "out of memory");
	memset(q, 0, sizeof *q);
	q->rt = rt__from(J);
	q->req.data = q;
	q->syscall = syscall;
	q->cbslot = q->keepslot = -1;
	q->path = path;
	q->dest = dest;
	if (async) {
		char *p = (char *)(q + 1);
		q->done = on_done;
		if (path)
			q->path = memcpy(p, path, pn);
		if (dest)
			q->dest = memcpy(p + pn, dest, dn);
	}
	return q;
}

static void on_done(uv_fs_t *req)
{
	fs_req *q = req->data;
	rt_runtime *rt = q->rt;
	js_State *J = rt->J;
	int top;
	rt->pending_reqs--;
	rt__slot_push(rt, q->cbslot);
	rt__slot_free(rt, q->cbslot);
	if (q->keepslot >= 0)
		rt__slot_free(rt, q->keepslot);
	js_pushundefined(J);
	top = js_gettop(J);
	if (req->result < 0) {
		/* Node reports an async mkdtemp failure with the template as libuv left it */
		rt__push_uv_error(J, (int)req->result, q->syscall,
			req->fs_type == UV_FS_MKDTEMP && req->path ? req->path : q->path, q->dest);
	} else if (js_try(J)) {
		/* building the result failed: that error is what the callback gets */
	} else {
		js_pushnull(J);
		push_result(J, q);
		js_endtry(J);
	}
	uv_fs_req_cleanup(req);
	free(q);
	rt__call_io(rt, js_gettop(J) - top);
	js_pop(J, 1);
}

/* The end of every binding function: r is what libuv's uv_fs_* returned for q. Sync:
 * push the result or throw the error. Async: keep the callback (and Buffer) until
 * on_done, and return undefined. */
static void req_submit(js_State *J, fs_req *q, int r, int cbidx)
{
	rt_runtime *rt = q->rt;
	if (r < 0) {
		/* sync failure, or libuv refused an async request before queueing it */
		rt__push_uv_error(J, r, q->syscall, q->path, q->dest);
		uv_fs_req_cleanup(&q->req);
		free(q);
		js_throw(J);
	}
	if (!q->done) {
		if (js_try(J)) {
			uv_fs_req_cleanup(&q->req);
			free(q);
			js_throw(J);
		}
		if (!push_result(J, q))
			js_pushundefined(J);
		js_endtry(J);
		uv_fs_req_cleanup(&q->req);
		free(q);
		return;
	}
	js_copy(J, cbidx);
	q->cbslot = rt__slot_put(rt);
	if (q->keepidx) {
		js_copy(J, q->keepidx);
		q->keepslot = rt__slot_put(rt);
	}
	rt->pending_reqs++;
	js_pushundefined(J);
}

#define LOOP(q) (&(q)->rt->loop)

/* open(path, flags, mode[, cb]) */
static void f_open(js_State *J)
{
	const char *path = js_tostring(J, 1);
	fs_req *q = req_new(J, 4, "open", path, NULL);
	req_submit(J, q, uv_fs_open(LOOP(q), &q->req, path, js_toint32(J, 2),
		js_toint32(J, 3), q->done), 4);
}

/* close(fd[, cb]) */
static void f_close(js_State *J)
{
	fs_req *q = req_new(J, 2, "close", NULL, NULL);
	req_submit(J, q, uv_fs_close(LOOP(q), &q->req, js_toint32(J, 1), q->done), 2);
}

/* The bytes [off, off+len) of the Buffer at idx (fs.js has checked the range). */
static uv_buf_t buf_arg(js_State *J, int idx, double off, double len)
{
	size_t n = 0;
	unsigned char *p = rt__buffer_data(J, idx, &n);
	if (!p || off < 0 || len < 0 || off + len > (double)n)
		js_typeerror(J, "bad buffer range");
	return uv_buf_init((char *)p + (size_t)off, (unsigned)len);
}

/* read(fd, buffer, offset, length, position[, cb]); position -1: the current one */
static void f_rw(js_State *J, int writing)
{
	uv_buf_t b = buf_arg(J, 2, js_tonumber(J, 3), js_tonumber(J, 4));
	double pos = js_isnumber(J, 5) ? js_tonumber(J, 5) : -1;
	fs_req *q = req_new(J, 6, writing ? "write" : "read", NULL, NULL);
	int r;
	q->keepidx = 2;
	if (writing)
		r = uv_fs_write(LOOP(q), &q->req, js_toint32(J, 1), &b, 1, (int64_t)pos, q->done);
	else
		r = uv_fs_read(LOOP(q), &q->req, js_toint32(J, 1), &b, 1, (int64_t)pos, q->done);
	req_submit(J, q, r, 6);
}

static void f_read(js_State *J)
{
	f_rw(J, 0);
}

/* write(fd, buffer, offset, length, position[, cb]) */
static void f_write(js_State *J)
{
	f_rw(J, 1);
}

/* writeString(fd, string, position): fs.writeSync's common case (a UTF-8 string) without
 * making a Buffer for it. A string whose bytes are its UTF-8 (mujs keeps U+0000 as C0 80
 * and a surrogate as an ED sequence: none of those) is written as it is, returning the
 * count; otherwise nothing is written and the result is -1 (fs.js then encodes it with
 * Buffer.from). An error is thrown as fs.writeSync's, `code` last as in Node.
 * Why: through Buffer.from and fs.write, a short string cost ~35k instructions a call
 * (callgrind), most of it making and collecting the Buffer; this is ~3k. */
static void f_writeString(js_State *J)
{
	const char *s = js_tostring(J, 2);
	const unsigned char *p;
	double pos = js_isnumber(J, 3) ? js_tonumber(J, 3) : -1;
	uv_fs_t req;
	uv_buf_t b;
	int r;
	for (p = (const unsigned char *)s; *p; p++) {
		if (*p == 0xc0 || *p == 0xed) {
			js_pushnumber(J, -1);
			return;
		}
	}
	b = uv_buf_init((char *)s, (unsigned)(p - (const unsigned char *)s));
	r = uv_fs_write(&rt__from(J)->loop, &req, js_toint32(J, 1), &b, 1, (int64_t)pos, NULL);
	uv_fs_req_cleanup(&req);
	if (r < 0) {
		rt__push_uv_error(J, r, "write", NULL, NULL);
		js_getproperty(J, -1, "code");
		js_delproperty(J, -2, "code");
		js_setproperty(J, -2, "code");
		js_throw(J);
	}
	js_pushnumber(J, r);
}

/* stat(path[, cb]), lstat(path[, cb]) */
static void f_stat(js_State *J)
{
	const char *path = js_tostring(J, 1);
	fs_req *q = req_new(J, 2, "stat", path, NULL);
	req_submit(J, q, uv_fs_stat(LOOP(q), &q->req, path, q->done), 2);
}

static void f_lstat(js_State *J)
{
	const char *path = js_tostring(J, 1);
	fs_req *q = req_new(J, 2, "lstat", path, NULL);
	req_submit(J, q, uv_fs_lstat(LOOP(q), &q->req, path, q->done), 2);
}

/* fstat(fd[, cb]) */
static void f_fstat(js_State *J)
{
	fs_req *q = req_new(J, 2, "fstat", NULL, NULL);
	req_submit(J, q, uv_fs_fstat(LOOP(q), &q->req, js_toint32(J, 1), q->done), 2);
}

/* readdir(path, withTypes[, cb]) */
static void f_readdir(js_State *J)
{
	const char *path = js_tostring(J, 1);
	fs_req *q = req_new(J, 3, "scandir", path, NULL);
	q->types = js_toboolean(J, 2);
	req_submit(J, q, uv_fs_scandir(LOOP(q), &q->req, path, 0, q->done), 3);
}

/* mkdir(path, mode[, cb]) */
static void f_mkdir(js_State *J)
{
	const char *path = js_tostring(J, 1);
	fs_req *q = req_new(J, 3, "mkdir", path, NULL);
	req_submit(J, q, uv_fs_mkdir(LOOP(q), &q->req, path, js_toint32(J, 2), q->done), 3);
}

/* rmdir(path[, cb]), unlink(path[, cb]) */
static void f_rmdir(js_State *J)
{
	const char *path = js_tostring(J, 1);
	fs_req *q = req_new(J, 2, "rmdir", path, NULL);
	req_submit(J, q, uv_fs_rmdir(LOOP(q), &q->req, path, q->done), 2);
}

static void f_unlink(js_State *J)
{
	const char *path = js_tostring(J, 1);
	fs_req *q = req_new(J, 2, "unlink", path, NULL);
	req_submit(J, q, uv_fs_unlink(LOOP(q), &q->req, path, q->done), 2);
}

/* rename(from, to[, cb]) */
static void f_rename(js_State *J)
{
	const char *from = js_tostring(J, 1), *to = js_tostring(J, 2);
	fs_req *q = req_new(J, 3, "rename", from, to);
	req_submit(J, q, uv_fs_rename(LOOP(q), &q->req, from, to, q->done), 3);
}

/* copyFile(src, dest, mode[, cb]) */
static void f_copyFile(js_State *J)
{
	const char *from = js_tostring(J, 1), *to = js_tostring(J, 2);
	fs_req *q = req_new(J, 4, "copyfile", from, to);
	req_submit(J, q, uv_fs_copyfile(LOOP(q), &q->req, from, to, js_toint32(J, 3),
		q->done), 4);
}

/* link(existing, new[, cb]) */
static void f_link(js_State *J)
{
	const char *from = js_tostring(J, 1), *to = js_tostring(J, 2);
	fs_req *q = req_new(J, 3, "link", from, to);
	req_submit(J, q, uv_fs_link(LOOP(q), &q->req, from, to, q->done), 3);
}

/* symlink(target, path, flags[, cb]) */
static void f_symlink(js_State *J)
{
	const char *target = js_tostring(J, 1), *path = js_tostring(J, 2);
	fs_req *q = req_new(J, 4, "symlink", target, path);
	req_submit(J, q, uv_fs_symlink(LOOP(q), &q->req, target, path, js_toint32(J, 3),
		q->done), 4);
}

/* access(path, mode[, cb]) */
static void f_access(js_State *J)
{
	const char *path = js_tostring(J, 1);
	fs_req *q = req_new(J, 3, "access", path, NULL);
	req_submit(J, q, uv_fs_access(LOOP(q), &q->req, path, js_toint32(J, 2), q->done), 3);
}

/* realpath(path[, cb]), readlink(path[, cb]) */
static void f_realpath(js_State *J)
{
	const char *path = js_tostring(J, 1);
	fs_req *q = req_new(J, 2, "realpath", path, NULL);
	req_submit(J, q, uv_fs_realpath(LOOP(q), &q->req, path, q->done), 2);
}

static void f_readlink(js_State *J)
{
	const char *path = js_tostring(J, 1);
	fs_req *q = req_new(J, 2, "readlink", path, NULL);
	req_submit(J, q, uv_fs_readlink(LOOP(q), &q->req, path, q->done), 2);
}

/* mkdtemp(template ending in XXXXXX[, cb]) */
static void f_mkdtemp(js_State *J)
{
	const char *tpl = js_tostring(J, 1);
	fs_req *q = req_new(J, 2, "mkdtemp", tpl, NULL);
	req_submit(J, q, uv_fs_mkdtemp(LOOP(q), &q->req, tpl, q->done), 2);
}

/* ftruncate(fd, len[, cb]) */
static void f_ftruncate(js_State *J)
{
	fs_req *q = req_new(J, 3, "ftruncate", NULL, NULL);
	req_submit(J, q, uv_fs_ftruncate(LOOP(q), &q->req, js_toint32(J, 1),
		(int64_t)js_tonumber(J, 2), q->done), 3);
}

/* fsync(fd[, cb]), fdatasync(fd[, cb]) */
static void f_fsync(js_State *J)
{
	fs_req *q = req_new(J, 2, "fsync", NULL, NULL);
	req_submit(J, q, uv_fs_fsync(LOOP(q), &q->req, js_toint32(J, 1), q->done), 2);
}

static void f_fdatasync(js_State *J)
{
	fs_req *q = req_new(J, 2, "fdatasync", NULL, NULL);
	req_submit(J, q, uv_fs_fdatasync(LOOP(q), &q->req, js_toint32(J, 1), q->done), 2);
}

/* chmod(path, mode[, cb]), fchmod(fd, mode[, cb]) */
static void f_chmod(js_State *J)
{
	const char *path = js_tostring(J, 1);
	fs_req *q = req_new(J, 3, "chmod", path, NULL);
	req_submit(J, q, uv_fs_chmod(LOOP(q), &q->req, path, js_toint32(J, 2), q->done), 3);
}

static void f_fchmod(js_State *J)
{
	fs_req *q = req_new(J, 3, "fchmod", NULL, NULL);
	req_submit(J, q, uv_fs_fchmod(LOOP(q), &q->req, js_toint32(J, 1), js_toint32(J, 2),
		q->done), 3);
}

/* chown(path, uid, gid[, cb]), lchown(...), fchown(fd, uid, gid[, cb]) */
static void f_chown(js_State *J)
{
	const char *path = js_tostring(J, 1);
	fs_req *q = req_new(J, 4, "chown", path, NULL);
	req_submit(J, q, uv_fs_chown(LOOP(q), &q->req, path, (uv_uid_t)js_touint32(J, 2),
		(uv_gid_t)js_touint32(J, 3), q->done), 4);
}

static void f_lchown(js_State *J)
{
	const char *path = js_tostring(J, 1);
	fs_req *q = req_new(J, 4, "lchown", path, NULL);
	req_submit(J, q, uv_fs_lchown(LOOP(q), &q->req, path, (uv_uid_t)js_touint32(J, 2),
		(uv_gid_t)js_touint32(J, 3), q->done), 4);
}

static void f_fchown(js_State *J)
{
	fs_req *q = req_new(J, 4, "fchown", NULL, NULL);
	req_submit(J, q, uv_fs_fchown(LOOP(q), &q->req, js_toint32(J, 1),
		(uv_uid_t)js_touint32(J, 2), (uv_gid_t)js_touint32(J, 3), q->done), 4);
}

/* utimes(path, atime, mtime[, cb]) with times in seconds; lutimes; futimes(fd, ...) */
static void f_utimes(js_State *J)
{
	const char *path = js_tostring(J, 1);
	fs_req *q = req_new(J, 4, "utime", path, NULL);
	req_submit(J, q, uv_fs_utime(LOOP(q), &q->req, path, js_tonumber(J, 2),
		js_tonumber(J, 3), q->done), 4);
}

static void f_lutimes(js_State *J)
{
	const char *path = js_tostring(J, 1);
	fs_req *q = req_new(J, 4, "lutime", path, NULL);
	req_submit(J, q, uv_fs_lutime(LOOP(q), &q->req, path, js_tonumber(J, 2),
		js_tonumber(J, 3), q->done), 4);
}

static void f_futimes(js_State *J)
{
	fs_req *q = req_new(J, 4, "futime", NULL, NULL);
	req_submit(J, q, uv_fs_futime(LOOP(q), &q->req, js_toint32(J, 1), js_tonumber(J, 2),
		js_tonumber(J, 3), q->done), 4);
}

/* uvException(errno, syscall[, path[, dest]]) → Node's error object, not thrown (for
 * errors fs.js reports on behalf of a multi-step operation such as recursive mkdir). */
static void f_uvException(js_State *J)
{
	rt__push_uv_error(J, js_toint32(J, 1), js_tostring(J, 2),
		js_isstring(J, 3) ? js_tostring(J, 3) : NULL,
		js_isstring(J, 4) ? js_tostring(J, 4) : NULL);
}

/* fs.constants in Node's order (Linux values from the system headers). */
static void push_constants(js_State *J)
{
	static const struct { const char *name; int value; } c[] = {
		{ "UV_FS_SYMLINK_DIR", UV_FS_SYMLINK_DIR },
		{ "UV_FS_SYMLINK_JUNCTION", UV_FS_SYMLINK_JUNCTION },
		{ "O_RDONLY", O_RDONLY }, { "O_WRONLY", O_WRONLY }, { "O_RDWR", O_RDWR },
		{ "UV_DIRENT_UNKNOWN", UV_DIRENT_UNKNOWN }, { "UV_DIRENT_FILE", UV_DIRENT_FILE },
		{ "UV_DIRENT_DIR", UV_DIRENT_DIR }, { "UV_DIRENT_LINK", UV_DIRENT_LINK },
		{ "UV_DIRENT_FIFO", UV_DIRENT_FIFO }, { "UV_DIRENT_SOCKET", UV_DIRENT_SOCKET },
		{ "UV_DIRENT_CHAR", UV_DIRENT_CHAR }, { "UV_DIRENT_BLOCK", UV_DIRENT_BLOCK },
		{ "EXTENSIONLESS_FORMAT_JAVASCRIPT", 0 }, { "EXTENSIONLESS_FORMAT_WASM", 1 },
		{ "S_IFMT", S_IFMT }, { "S_IFREG", S_IFREG }, { "S_IFDIR", S_IFDIR },
		{ "S_IFCHR", S_IFCHR }, { "S_IFBLK", S_IFBLK }, { "S_IFIFO", S_IFIFO },
		{ "S_IFLNK", S_IFLNK }, { "S_IFSOCK", S_IFSOCK },
		{ "O_CREAT", O_CREAT }, { "O_EXCL", O_EXCL }, { "UV_FS_O_FILEMAP", 0 },
		{ "O_NOCTTY", O_NOCTTY }, { "O_TRUNC", O_TRUNC }, { "O_APPEND", O_APPEND },
		{ "O_DIRECTORY", O_DIRECTORY }, { "O_NOATIME", O_NOATIME },
		{ "O_NOFOLLOW", O_NOFOLLOW }, { "O_SYNC", O_SYNC }, { "O_DSYNC", O_DSYNC },
		{ "O_DIRECT", O_DIRECT }, { "O_NONBLOCK", O_NONBLOCK },
		{ "S_IRWXU", S_IRWXU }, { "S_IRUSR", S_IRUSR }, { "S_IWUSR", S_IWUSR },
		{ "S_IXUSR", S_IXUSR }, { "S_IRWXG", S_IRWXG }, { "S_IRGRP", S_IRGRP },
		{ "S_IWGRP", S_IWGRP }, { "S_IXGRP", S_IXGRP }, { "S_IRWXO", S_IRWXO },
		{ "S_IROTH", S_IROTH }, { "S_IWOTH", S_IWOTH }, { "S_IXOTH", S_IXOTH },
		{ "F_OK", F_OK }, { "R_OK", R_OK }, { "W_OK", W_OK }, { "X_OK", X_OK },
		{ "UV_FS_COPYFILE_EXCL", UV_FS_COPYFILE_EXCL },
		{ "COPYFILE_EXCL", UV_FS_COPYFILE_EXCL },
		{ "UV_FS_COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE },
		{ "COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE },
		{ "UV_FS_COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE },
		{ "COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE },
	};
	size_t i;
	js_pushnull(J);
	js_newobjectx(J);
	for (i = 0; i < sizeof c / sizeof c[0]; i++) {
		js_pushnumber(J, c[i].value);
		js_setproperty(J, -2, c[i].name);
	}
}

/* Adds binding.fs to the binding object on top of the stack. */
void rt__fs_init(rt_runtime *rt)
{
	static const struct { const char *name; js_CFunction fn; int n; } fns[] = {
		{ "open", f_open, 4 }, { "close", f_close, 2 },
		{ "read", f_read, 6 }, { "write", f_write, 6 },
		{ "writeString", f_writeString, 3 },
		{ "stat", f_stat, 2 }, { "lstat", f_lstat, 2 }, { "fstat", f_fstat, 2 },
		{ "readdir", f_readdir, 3 }, { "mkdir", f_mkdir, 3 },
		{ "rmdir", f_rmdir, 2 }, { "unlink", f_unlink, 2 },
		{ "rename", f_rename, 3 }, { "copyFile", f_copyFile, 4 },
		{ "link", f_link, 3 }, { "symlink", f_symlink, 4 },
		{ "access", f_access, 3 }, { "realpath", f_realpath, 2 },
		{ "readlink", f_readlink, 2 }, { "mkdtemp", f_mkdtemp, 2 },
		{ "ftruncate", f_ftruncate, 3 }, { "fsync", f_fsync, 2 },
		{ "fdatasync", f_fdatasync, 2 },
		{ "chmod", f_chmod, 3 }, { "fchmod", f_fchmod, 3 },
		{ "chown", f_chown, 4 }, { "lchown", f_lchown, 4 }, { "fchown", f_fchown, 4 },
		{ "utimes", f_utimes, 4 }, { "lutimes", f_lutimes, 4 },
		{ "futimes", f_futimes, 4 }, { "uvException", f_uvException, 4 },
	};
	js_State *J = rt->J;
	size_t i;
	js_newobject(J);
	for (i = 0; i < sizeof fns / sizeof fns[0]; i++)
		rt__setfn(J, fns[i].name, fns[i].fn, fns[i].n);
	push_constants(J);
	js_setproperty(J, -2, "constants");
	fs__readfile_init(J);
	js_setproperty(J, -2, "fs");
}
