/* zlib.c — compression handles for runtime/lib/zlib.js, on the system's zlib and
 * libbrotli: binding.zlib.
 *
 * A handle (binding.zlib.create(mode)) is a userdata owning one z_stream in one of Node's
 * modes (DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP), or a Brotli
 * coder (BROTLI_DECODE, BROTLI_ENCODE: initBrotli(params, writeState, callback) instead
 * of init, flush values BROTLI_OPERATION_*, the z_stream's next/avail fields keeping the
 * positions, Node's "Compression failed" / "Decompression failed" errors). Its methods
 * mirror Node's internal ZCtx so zlib.js can follow Node's lib/zlib.js:
 *
 *   init(windowBits, level, memLevel, strategy, writeState, callback, dictionary)
 *   writeSync(flush, in, inOff, inLen, out, outOff, outLen)
 *   write(flush, in, inOff, inLen, out, outOff, outLen)
 *   params(level, strategy), reset(), close()
 *
 * One write is one call of deflate()/inflate() over in[inOff, inOff+inLen) into
 * out[outOff, outOff+outLen), as Node's Process does: UNZIP settles on GUNZIP or INFLATE
 * by the first two bytes, a dictionary is supplied when inflate asks for it, and GUNZIP
 * goes on into the next member when bytes other than zero padding follow a member. After
 * it, writeState[0] is avail_out and writeState[1] avail_in. writeSync runs in the
 * caller; write runs on libuv's threadpool and then calls `callback` (this = the
 * handle) from the loop as an I/O callback. No JS runs off the JS thread: the worker
 * touches only the z_stream and the bytes of the two Buffers, which the JS side keeps
 * referenced on the handle (and the handle itself is held in a slot) until the callback.
 * A failure calls handle.onerror(message, errno, code) instead, with Node's messages
 * ("unexpected end of file", "Missing dictionary", zlib's own msg, ...).
 *
 * Memory: zlib allocates through zalloc/zfree here, which count the bytes per handle
 * (with a size header, since zfree is not told the size). The JS thread adds the change
 * to rt->mem.external after every call that may allocate, so memoryUsage().external
 * includes every live z_stream until close() or the finalizer ends it.
 */
#include "internal.h"

#include <brotli/decode.h>
#include <brotli/encode.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#define TAG "ZlibHandle"
#define REG_PROTO "rt.zlib.proto"

/* Node's node_zlib_mode */
enum { Z_MODE_NONE, Z_MODE_DEFLATE, Z_MODE_INFLATE, Z_MODE_GZIP, Z_MODE_GUNZIP,
	Z_MODE_DEFLATERAW, Z_MODE_INFLATERAW, Z_MODE_UNZIP, Z_MODE_BROTLI_DECODE,
	Z_MODE_BROTLI_ENCODE };
#define BROTLI_MAX_PARAM 9	/* Node's kMaxBrotliParam: the params array's last index */

#define GZIP_HEADER_ID1 0x1f
#define GZIP_HEADER_ID2 0x8b

typedef struct zctx {
	z_stream strm;
	int mode;
	int init_done;
	int flush;
	int err;
	int gzip_id_bytes_read;
	unsigned char *dict;
	size_t dict_len;
	size_t zmem;		/* bytes zlib holds now (zalloc minus zfree) */
	size_t accounted;	/* bytes of zmem + dict_len counted in rt->mem.external */
	int write_in_progress;
	int pending_close;
	int slot;		/* the handle's JS object while a write is in flight */
	int orphaned;		/* finalized (state freed) while a write was in flight */
	uv_work_t work;
	rt_runtime *rt;
	/* Brotli modes: the coder, the last result, the decoder's error and its code name */
	BrotliEncoderState *benc;
	BrotliDecoderState *bdec;
	int bresult;
	int berror;
	char bcode[64];
} zctx;

typedef union zhdr {
	size_t size;
	max_align_t align;
} zhdr;

static voidpf z_alloc(voidpf opaque, uInt items, uInt size)
{
	zctx *c = opaque;
	size_t n = (size_t)items * size;
	zhdr *h = malloc(sizeof *h + n);
	if (!h)
		return Z_NULL;
	h->size = n;
	c->zmem += n;
	return h + 1;
}

static void z_free(voidpf opaque, voidpf p)
{
	zctx *c = opaque;
	zhdr *h;
	if (!p)
		return;
	h = (zhdr *)p - 1;
	c->zmem -= h->size;
	free(h);
}

static void *b_alloc(void *opaque, size_t n)
{
	zctx *c = opaque;
	zhdr *h = malloc(sizeof *h + n);
	if (!h)
		return NULL;
	h->size = n;
	c->zmem += n;
	return h + 1;
}

static void b_free(void *opaque, void *p)
{
	z_free(opaque, p);
}

static int is_brotli(int mode)
{
	return mode == Z_MODE_BROTLI_DECODE || mode == Z_MODE_BROTLI_ENCODE;
}

/* Brings rt->mem.external in line with what this handle holds. JS thread only. */
static void account(zctx *c)
{
	size_t now = c->zmem + c->dict_len;
	rt_runtime *rt = c->rt;
	if (now > c->accounted) {
		rt->mem.external += now - c->accounted;
		rt->buffer_pressure += now - c->accounted;
	} else {
		rt->mem.external -= c->accounted - now;
	}
	c->accounted = now;
}

static int is_deflate(int mode)
{
	return mode == Z_MODE_DEFLATE || mode == Z_MODE_GZIP || mode == Z_MODE_DEFLATERAW;
}

/* Ends the stream (if still open) and drops the dictionary. */
static void ctx_end(zctx *c)
{
	if (c->benc) {
		BrotliEncoderDestroyInstance(c->benc);
		c->benc = NULL;
	}
	if (c->bdec) {
		BrotliDecoderDestroyInstance(c->bdec);
		c->bdec = NULL;
	}
	if (c->init_done && c->mode != Z_MODE_NONE && !is_brotli(c->mode)) {
		if (is_deflate(c->mode))
			(void)deflateEnd(&c->strm);
		else
			(void)inflateEnd(&c->strm);
	}
	c->mode = Z_MODE_NONE;
	free(c->dict);
	c->dict = NULL;
	c->dict_len = 0;
	account(c);
}

/* A handle is collected only when JS can no longer reach it; a write in flight holds it
 * in a slot, so that happens mid-write only when the whole state is freed (rt_free
 * before the loop has drained): then the write's completion frees it. */
/* For heap snapshots (heap.c): the context and what zlib holds for it. */
int rt__zlib_memory(const char *tag, void *p, size_t *own)
{
	zctx *c = p;
	if (strcmp(tag, TAG))
		return -1;
	*own = sizeof *c + c->zmem + c->dict_len;
	return 0;
}

static void finalize(js_State *J, void *p)
{
	zctx *c = p;
	if (c->write_in_progress) {
		c->orphaned = 1;
		return;
	}
	ctx_end(c);
	free(c);
}

static zctx *self(js_State *J)
{
	return js_touserdata(J, 0, TAG);
}

static const char *code_name(int err)
{
	switch (err) {
	case Z_OK: return "Z_OK";
	case Z_STREAM_END: return "Z_STREAM_END";
	case Z_NEED_DICT: return "Z_NEED_DICT";
	case Z_ERRNO: return "Z_ERRNO";
	case Z_STREAM_ERROR: return "Z_STREAM_ERROR";
	case Z_DATA_ERROR: return "Z_DATA_ERROR";
	case Z_MEM_ERROR: return "Z_MEM_ERROR";
	case Z_BUF_ERROR: return "Z_BUF_ERROR";
	case Z_VERSION_ERROR: return "Z_VERSION_ERROR";
	}
	return "Z_UNKNOWN_ERROR";
}

/* Pushes handle.onerror, the handle and (message, errno, code), ready for a call with 3
 * arguments. zlib's own message, when it has one, wins over `message` (as in Node). */
static void push_onerror(js_State *J, zctx *c, const char *message)
{
	if (is_brotli(c->mode)) {
		js_getproperty(J, -1, "onerror");
		js_copy(J, -2);
		js_pushstring(J, message);
		js_pushnumber(J, c->err);
		js_pushstring(J, c->bcode);
		return;
	}
	if (c->strm.msg)
		message = c->strm.msg;
	js_getproperty(J, -1, "onerror");
	js_copy(J, -2);
	js_pushstring(J, message);
	js_pushnumber(J, c->err);
	js_pushstring(J, code_name(c->err));
}

/* Node's GetErrorInfo: NULL when the last call ended well, else the message. */
static const char *error_message(zctx *c)
{
	if (c->mode == Z_MODE_BROTLI_ENCODE) {
		if (c->bresult)
			return NULL;
		c->err = -1;
		snprintf(c->bcode, sizeof c->bcode, "ERR_BROTLI_COMPRESSION_FAILED");
		return "Compression failed";
	}
	if (c->mode == Z_MODE_BROTLI_DECODE) {
		if (c->berror != BROTLI_DECODER_NO_ERROR) {
			/* Node's code is "ERR_" and brotli 1.1's name ("_ERROR_FORMAT_PADDING_1");
			 * brotli 1.0 names it without its group prefix ("PADDING_1") */
			const char *name = BrotliDecoderErrorString((BrotliDecoderErrorCode)c->berror);
			const char *group = name[0] == '_' ? "" : c->berror >= -17 ? "_ERROR_FORMAT_" :
				c->berror >= -20 || c->berror == -31 ? "_ERROR_" : "_ERROR_ALLOC_";
			c->err = c->berror;
			snprintf(c->bcode, sizeof c->bcode, "ERR_%s%s", group, name);
			return "Decompression failed";
		}
		if (c->flush == BROTLI_OPERATION_FINISH &&
			c->bresult == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) {
			/* Brotli reports no error for truncated input */
			c->err = Z_BUF_ERROR;
			snprintf(c->bcode, sizeof c->bcode, "Z_BUF_ERROR");
			return "unexpected end of file";
		}
		return NULL;
	}
	switch (c->err) {
	case Z_OK:
	case Z_BUF_ERROR:
		if (c->strm.avail_out != 0 && c->flush == Z_FINISH)
			return "unexpected end of file";
		return NULL;
	case Z_STREAM_END:
		return NULL;
	case Z_NEED_DICT:
		return c->dict ? "Bad dictionary" : "Missing dictionary";
	default:
		return "Zlib error";
	}
}

/* For init/params/reset: throws an Error with Node's errno/code (these run only from
 * zlib.js with validated arguments, so this means out of memory or a bad dictionary). */
static void throw_z(js_State *J, zctx *c, const char *message)
{
	if (c->strm.msg)
		message = c->strm.msg;
	js_newerror(J, message);
	js_pushnumber(J, c->err);
	js_setproperty(J, -2, "errno");
	js_pushstring(J, code_name(c->err));
	js_setproperty(J, -2, "code");
	js_throw(J);
}

static int set_dictionary(zctx *c)
{
	if (!c->dict)
		return Z_OK;
	switch (c->mode) {
	case Z_MODE_DEFLATE:
	case Z_MODE_DEFLATERAW:
		return c->err = deflateSetDictionary(&c->strm, c->dict, (uInt)c->dict_len);
	case Z_MODE_INFLATERAW:
		/* the other inflate modes set it when inflate() returns Z_NEED_DICT */
		return c->err = inflateSetDictionary(&c->strm, c->dict, (uInt)c->dict_len);
	}
	return Z_OK;
}

static int reset_stream(zctx *c)
{
	c->err = Z_OK;
	switch (c->mode) {
	case Z_MODE_DEFLATE:
	case Z_MODE_DEFLATERAW:
	case Z_MODE_GZIP:
		c->err = deflateReset(&c->strm);
		break;
	case Z_MODE_INFLATE:
	case Z_MODE_INFLATERAW:
	case Z_MODE_GUNZIP:
		c->err = inflateReset(&c->strm);
		break;
	}
	return c->err;
}

/* One Brotli step (Node's BrotliEncoderContext/BrotliDecoderContext::DoThreadPoolWork)
 * over the z_stream's next/avail fields, which keep the positions. Any thread. */
static void process_brotli(zctx *c)
{
	z_stream *s = &c->strm;
	size_t avail_in = s->avail_in, avail_out = s->avail_out;
	const uint8_t *next_in = s->next_in;
	uint8_t *next_out = s->next_out;
	if (c->mode == Z_MODE_BROTLI_ENCODE) {
		c->bresult = BrotliEncoderCompressStream(c->benc, (BrotliEncoderOperation)c->flush,
			&avail_in, &next_in, &avail_out, &next_out, NULL);
	} else {
		c->bresult = BrotliDecoderDecompressStream(c->bdec, &avail_in, &next_in, &avail_out,
			&next_out, NULL);
		if (c->bresult == BROTLI_DECODER_RESULT_ERROR)
			c->berror = BrotliDecoderGetErrorCode(c->bdec);
	}
	s->next_in = (Bytef *)next_in;
	s->avail_in = (uInt)avail_in;
	s->next_out = next_out;
	s->avail_out = (uInt)avail_out;
}

/* One step of work: Node's ZlibContext::DoThreadPoolWork. Runs on any thread. */
static void process(zctx *c)
{
	const Bytef *next = NULL;
	z_stream *s = &c->strm;

	if (is_brotli(c->mode)) {
		process_brotli(c);
		return;
	}

	if (is_deflate(c->mode)) {
		c->err = deflate(s, c->flush);
		return;
	}
	if (c->mode == Z_MODE_UNZIP) {
		if (s->avail_in > 0)
			next = s->next_in;
		if (c->gzip_id_bytes_read == 0 && next) {
			if (*next == GZIP_HEADER_ID1) {
				c->gzip_id_bytes_read = 1;
				next++;
				if (s->avail_in == 1)
					next = NULL;	/* the only byte was the first id */
			} else {
				c->mode = Z_MODE_INFLATE;
				next = NULL;
			}
		} else if (c->gzip_id_bytes_read != 1) {
			next = NULL;
		}
		if (next && c->mode == Z_MODE_UNZIP) {
			if (*next == GZIP_HEADER_ID2) {
				c->gzip_id_bytes_read = 2;
				c->mode = Z_MODE_GUNZIP;
			} else {
				c->mode = Z_MODE_INFLATE;
			}
		}
	}
	c->err = inflate(s, c->flush);
	if (c->mode != Z_MODE_INFLATERAW && c->err == Z_NEED_DICT && c->dict) {
		c->err = inflateSetDictionary(s, c->dict, (uInt)c->dict_len);
		if (c->err == Z_OK)
			c->err = inflate(s, c->flush);
		else if (c->err == Z_DATA_ERROR)
			c->err = Z_NEED_DICT;	/* a bad dictionary, not bad input */
	}
	while (s->avail_in > 0 && c->mode == Z_MODE_GUNZIP && c->err == Z_STREAM_END &&
		s->next_in[0] != 0x00) {
		/* Another member follows (or garbage, which inflate will report); zero bytes
		 * are padding and end the stream quietly. */
		reset_stream(c);
		c->err = inflate(s, c->flush);
	}
}

/* create(mode) → a new, uninitialised handle. */
static void z_create(js_State *J)
{
	rt_runtime *rt = rt__from(J);
	int mode = js_tointeger(J, 1);
	zctx *c;
	if (mode < Z_MODE_DEFLATE || mode > Z_MODE_BROTLI_ENCODE)
		js_typeerror(J, "Bad argument");
	c = calloc(1, sizeof *c);
	if (!c)
		js_rangeerror(J, "out of memory");
	c->mode = mode;
	c->slot = -1;
	c->rt = rt;
	c->strm.zalloc = z_alloc;
	c->strm.zfree = z_free;
	c->strm.opaque = c;
	js_getregistry(J, REG_PROTO);
	js_newuserdata(J, TAG, c, finalize);
}

static void z_init(js_State *J)
{
	zctx *c = self(J);
	int wbits = js_tointeger(J, 1);
	int level = js_tointeger(J, 2);
	int mem_level = js_tointeger(J, 3);
	int strategy = js_tointeger(J, 4);
	size_t dlen = 0;
	unsigned char *d;

	if (c->init_done)
		js_error(J, "zlib handle already initialised");
	js_copy(J, 5);
	js_setproperty(J, 0, "writeState");
	js_copy(J, 6);
	js_setproperty(J, 0, "callback");
	d = rt__buffer_data(J, 7, &dlen);
	if (d && dlen > 0) {
		c->dict = malloc(dlen);
		if (!c->dict)
			js_rangeerror(J, "out of memory");
		memcpy(c->dict, d, dlen);
		c->dict_len = dlen;
	}

	if (c->mode == Z_MODE_GZIP || c->mode == Z_MODE_GUNZIP)
		wbits += 16;
	else if (c->mode == Z_MODE_UNZIP)
		wbits += 32;
	else if (c->mode == Z_MODE_DEFLATERAW || c->mode == Z_MODE_INFLATERAW)
		wbits = -wbits;

	if (is_deflate(c->mode))
		c->err = deflateInit2(&c->strm, level, Z_DEFLATED, wbits, mem_level, strategy);
	else
		c->err = inflateInit2(&c->strm, wbits);
	if (c->err != Z_OK) {
		int err = c->err;
		c->mode = Z_MODE_NONE;
		ctx_end(c);
		c->err = err;
		throw_z(J, c, "Init error");
	}
	c->init_done = 1;
	c->flush = Z_NO_FLUSH;
	if (set_dictionary(c) != Z_OK) {
		account(c);
		throw_z(J, c, "Failed to set dictionary");
	}
	account(c);
	js_pushundefined(J);
}

/* (Re)creates the Brotli coder and applies params (an array of BROTLI_MAX_PARAM + 1
 * values, -1 where unset). 0 when a parameter is refused or memory runs out. */
static int brotli_start(js_State *J, zctx *c, int params_idx)
{
	int i, ok = 1;
	if (c->mode == Z_MODE_BROTLI_ENCODE)
		c->benc = BrotliEncoderCreateInstance(b_alloc, b_free, c);
	else
		c->bdec = BrotliDecoderCreateInstance(b_alloc, b_free, c);
	if (!c->benc && !c->bdec)
		return 0;
	c->bresult = c->mode == Z_MODE_BROTLI_ENCODE ? 1 : BROTLI_DECODER_RESULT_SUCCESS;
	c->berror = BROTLI_DECODER_NO_ERROR;
	for (i = 0; params_idx && i <= BROTLI_MAX_PARAM; i++) {
		double v;
		js_getindex(J, params_idx, i);
		v = js_isundefined(J, -1) ? -1 : js_tonumber(J, -1);
		js_pop(J, 1);
		if (v == -1 || v == 4294967295.0)
			continue;
		if (c->benc)
			ok = ok && BrotliEncoderSetParameter(c->benc, (BrotliEncoderParameter)i,
				(uint32_t)v);
		else
			ok = ok && BrotliDecoderSetParameter(c->bdec, (BrotliDecoderParameter)i,
				(uint32_t)v);
	}
	return ok;
}

/* initBrotli(params, writeState, callback) → whether the coder accepted the params */
static void z_initBrotli(js_State *J)
{
	zctx *c = self(J);
	int ok;
	if (c->init_done)
		js_error(J, "zlib handle already initialised");
	if (!is_brotli(c->mode))
		js_typeerror(J, "not a Brotli handle");
	js_copy(J, 2);
	js_setproperty(J, 0, "writeState");
	js_copy(J, 3);
	js_setproperty(J, 0, "callback");
	ok = brotli_start(J, c, js_isarray(J, 1) ? 1 : 0);
	c->init_done = 1;
	c->flush = BROTLI_OPERATION_PROCESS;
	account(c);
	js_pushboolean(J, ok);
}

static void z_params(js_State *J)
{
	zctx *c = self(J);
	if (!c->init_done || c->mode == Z_MODE_NONE)
		js_error(J, "zlib binding closed");
	c->err = Z_OK;
	if (c->mode == Z_MODE_DEFLATE || c->mode == Z_MODE_DEFLATERAW)
		c->err = deflateParams(&c->strm, js_tointeger(J, 1), js_tointeger(J, 2));
	account(c);
	if (c->err != Z_OK && c->err != Z_BUF_ERROR)
		throw_z(J, c, "Failed to set parameters");
	js_pushundefined(J);
}

static void z_reset(js_State *J)
{
	zctx *c = self(J);
	if (!c->init_done || c->mode == Z_MODE_NONE)
		js_error(J, "zlib binding closed");
	if (is_brotli(c->mode)) {
		/* Node's ResetStream re-creates the coder (without the params) */
		int mode = c->mode;
		ctx_end(c);
		c->mode = mode;
		if (!brotli_start(J, c, 0)) {
			account(c);
			js_error(J, "Failed to reset stream");
		}
		account(c);
		js_pushundefined(J);
		return;
	}
	if (reset_stream(c) != Z_OK)
		throw_z(J, c, "Failed to reset stream");
	if (set_dictionary(c) != Z_OK)
		throw_z(J, c, "Failed to set dictionary");
	js_pushundefined(J);
}

static void z_close(js_State *J)
{
	zctx *c = self(J);
	if (c->write_in_progress)
		c->pending_close = 1;
	else
		ctx_end(c);
	js_pushundefined(J);
}

/* Stores avail_out and avail_in into handle.writeState (the handle is on top). */
static void update_write_result(js_State *J, zctx *c)
{
	js_getproperty(J, -1, "writeState");
	js_pushnumber(J, c->strm.avail_out);
	js_setindex(J, -2, 0);
	js_pushnumber(J, c->strm.avail_in);
	js_setindex(J, -2, 1);
	js_pop(J, 1);
}

/* Checks write's arguments and points the stream at its bytes. */
static void prepare_write(js_State *J, zctx *c)
{
	int flush = js_tointeger(J, 1);
	unsigned char *in = NULL, *out;
	size_t in_len = 0, in_off = 0, out_off, out_len, n;
	if (!c->init_done || c->mode == Z_MODE_NONE)
		js_error(J, "zlib binding closed");
	if (c->write_in_progress)
		js_error(J, "zlib write already in progress");
	if (is_brotli(c->mode) ? (flush < BROTLI_OPERATION_PROCESS ||
		flush > BROTLI_OPERATION_EMIT_METADATA) :
		(flush != Z_NO_FLUSH && flush != Z_PARTIAL_FLUSH && flush != Z_SYNC_FLUSH &&
		flush != Z_FULL_FLUSH && flush != Z_FINISH && flush != Z_BLOCK))
		js_rangeerror(J, "Invalid flush value");
	if (!js_isnull(J, 2)) {
		in = rt__buffer_data(J, 2, &n);
		in_off = (size_t)js_tonumber(J, 3);
		in_len = (size_t)js_tonumber(J, 4);
		if (!in || in_off > n || in_len > n - in_off)
			js_rangeerror(J, "zlib input out of bounds");
		in += in_off;
	}
	out = rt__buffer_data(J, 5, &n);
	out_off = (size_t)js_tonumber(J, 6);
	out_len = (size_t)js_tonumber(J, 7);
	if (!out || out_off > n || out_len > n - out_off)
		js_rangeerror(J, "zlib output out of bounds");
	c->strm.next_in = in;
	c->strm.avail_in = (uInt)in_len;
	c->strm.next_out = out + out_off;
	c->strm.avail_out = (uInt)out_len;
	c->flush = flush;
}

static void z_writeSync(js_State *J)
{
	zctx *c = self(J);
	const char *msg;
	prepare_write(J, c);
	process(c);
	account(c);
	js_copy(J, 0);
	msg = error_message(c);
	if (msg) {
		push_onerror(J, c, msg);
		js_call(J, 3);
		js_pop(J, 2);
		if (c->pending_close)
			ctx_end(c);
		js_pushundefined(J);
		return;
	}
	update_write_result(J, c);
	js_pop(J, 1);
	js_pushundefined(J);
}

static void work_run(uv_work_t *req)
{
	process(req->data);
}

static void work_done(uv_work_t *req, int status)
{
	zctx *c = req->data;
	rt_runtime *rt = c->rt;
	js_State *J = rt->J;
	const char *msg;

	rt->pending_reqs--;
	c->write_in_progress = 0;
	if (c->orphaned) {
		ctx_end(c);
		free(c);
		return;
	}
	account(c);
	rt__slot_push(rt, c->slot);
	rt__slot_free(rt, c->slot);
	c->slot = -1;
	if (status == UV_ECANCELED) {
		ctx_end(c);
		js_pop(J, 1);
		return;
	}
	msg = error_message(c);
	if (msg) {
		push_onerror(J, c, msg);
	} else {
		update_write_result(J, c);
		js_getproperty(J, -1, "callback");
		js_copy(J, -2);
	}
	rt__call_io(rt, msg ? 3 : 0);
	if (c->pending_close && !c->write_in_progress)
		ctx_end(c);
	js_pop(J, 2);
}

static void z_write(js_State *J)
{
	zctx *c = self(J);
	rt_runtime *rt = rt__from(J);
	int r;
	prepare_write(J, c);
	c->work.data = c;
	r = uv_queue_work(&rt->loop, &c->work, work_run, work_done);
	if (r)
		rt__throw_uv(J, r, "uv_queue_work", NULL);
	js_copy(J, 0);
	c->slot = rt__slot_put(rt);
	c->write_in_progress = 1;
	rt->pending_reqs++;
	js_pushundefined(J);
}

/* crc32(data, value): data is a Buffer/Uint8Array or a string (as UTF-8). */
static void z_crc32(js_State *J)
{
	size_t n;
	unsigned long crc = (unsigned long)js_touint32(J, 2);
	unsigned char *p = rt__buffer_data(J, 1, &n);
	if (!p) {
		/* mujs keeps strings as (modified) UTF-8; Buffer.from gives the true bytes */
		js_typeerror(J, "crc32: data must be a Buffer");
	}
	while (n > 0) {
		uInt k = n > 0x40000000u ? 0x40000000u : (uInt)n;
		crc = crc32(crc, p, k);
		p += k;
		n -= k;
	}
	js_pushnumber(J, (double)crc);
}

/* Adds binding.zlib to the binding object on top of the stack. */
void rt__zlib_init(rt_runtime *rt)
{
	static const struct { const char *name; js_CFunction fn; int n; } methods[] = {
		{ "init", z_init, 7 },
		{ "initBrotli", z_initBrotli, 3 },
		{ "params", z_params, 2 },
		{ "reset", z_reset, 0 },
		{ "close", z_close, 0 },
		{ "write", z_write, 7 },
		{ "writeSync", z_writeSync, 7 },
	};
	js_State *J = rt->J;
	size_t i;
	js_newobject(J);
	for (i = 0; i < sizeof methods / sizeof methods[0]; i++)
		rt__setfn(J, methods[i].name, methods[i].fn, methods[i].n);
	js_setregistry(J, REG_PROTO);

	js_newobject(J);
	rt__setfn(J, "create", z_create, 1);
	rt__setfn(J, "crc32", z_crc32, 2);
	rt__setnum(J, "ZLIB_VERNUM", ZLIB_VERNUM);
	rt__setstr(J, "version", zlibVersion());
	js_setproperty(J, -2, "zlib");
}
