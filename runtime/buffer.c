/* buffer.c — bytes in C memory: the storage behind Buffer, Uint8Array and ArrayBuffer.
 *
 * mujs has no typed arrays, so a byte array is a userdata whose data is a view
 * {store, offset, length} of a reference-counted store. Views made by subarray/slice
 * share their store, as Node's do. b[i] and b.length go through the userdata's has/put
 * hooks: an index reads a number 0..255, writing one stores ToNumber(v) modulo 256, an
 * index out of range reads undefined and ignores writes (Uint8Array's rules).
 *
 * Store memory comes from malloc, not the mujs heap: it counts in rt->mem.external (what
 * memoryUsage() reports as external and arrayBuffers) from creation until the last view
 * is collected. Because mujs's collector counts objects, not bytes, a runtime that
 * allocates big buffers quickly would never collect them; so every RT_BUFFER_GC_BYTES of
 * new external memory forces a collection first.
 *
 * Strings: mujs keeps strings as UTF-8 with U+0000 written C0 80 and UTF-16 surrogates
 * as 3-byte sequences; the codecs here translate between that form and bytes in each of
 * Node's encodings, with Node's rules for invalid input (U+FFFD for bad UTF-8 and lone
 * surrogates, hex stops at the first bad pair, base64 skips what is not in either
 * alphabet and stops at '=').
 *
 * JS sees binding.buffer (see rt__buffer_init); C sees rt__buffer_push/rt__buffer_data.
 */
#include "internal.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define RT_BUFFER_GC_BYTES (64u << 20)
#define TAG_VIEW "Uint8Array"
#define TAG_ARRAYBUFFER "ArrayBuffer"
#define REG_PROTO "rt.buffer.proto"	/* Buffer.prototype, for views C creates */
#define REG_AB_PROTO "rt.buffer.abproto"	/* ArrayBuffer.prototype */

typedef struct store {
	size_t refs;
	size_t size;
	unsigned char bytes[];
} store;

typedef struct view {
	store *st;
	size_t off, len;
} view;

static store *store_new(js_State *J, size_t size, int zero)
{
	rt_runtime *rt = rt__from(J);
	store *s;
	if (size > (size_t)0x7fffffff)
		js_rangeerror(J, "Array buffer allocation failed");
	rt->buffer_pressure += size;
	if (rt->buffer_pressure > RT_BUFFER_GC_BYTES) {
		rt->buffer_pressure = 0;
		js_gc(J, 0);
	}
	s = zero ? calloc(1, sizeof *s + size) : malloc(sizeof *s + size);
	if (!s)
		js_rangeerror(J, "Array buffer allocation failed");
	s->refs = 0;
	s->size = size;
	rt->mem.external += size;
	return s;
}

static void view_finalize(js_State *J, void *p)
{
	view *v = p;
	if (--v->st->refs == 0) {
		rt__from(J)->mem.external -= v->st->size;
		free(v->st);
	}
	free(v);
}

static int parse_index(const char *name, size_t *out)
{
	size_t k = 0;
	const char *s = name;
	if (*s < '0' || *s > '9' || (*s == '0' && s[1]))
		return 0;
	for (; *s; s++) {
		if (*s < '0' || *s > '9' || k > ((size_t)1 << 40))
			return 0;
		k = k * 10 + (size_t)(*s - '0');
	}
	*out = k;
	return 1;
}

static int view_has(js_State *J, void *p, const char *name)
{
	view *v = p;
	size_t k;
	if (parse_index(name, &k)) {
		if (k >= v->len)
			return 0;
		js_pushnumber(J, v->st->bytes[v->off + k]);
		return 1;
	}
	if (!strcmp(name, "length") || !strcmp(name, "byteLength")) {
		js_pushnumber(J, (double)v->len);
		return 1;
	}
	if (!strcmp(name, "byteOffset")) {
		js_pushnumber(J, (double)v->off);
		return 1;
	}
	return 0;
}

/* ToNumber modulo 2^8, as a Uint8Array element store does (NaN and ±Infinity are 0). */
static unsigned char to_byte(double d)
{
	if (!isfinite(d))
		return 0;
	d = fmod(trunc(d), 256.0);
	if (d < 0)
		d += 256.0;
	return (unsigned char)d;
}

static int view_put(js_State *J, void *p, const char *name)
{
	view *v = p;
	size_t k;
	if (parse_index(name, &k)) {
		double d = js_tonumber(J, -1);
		if (k < v->len)
			v->st->bytes[v->off + k] = to_byte(d);
		return 1;
	}
	return !strcmp(name, "length") || !strcmp(name, "byteLength") ||
		!strcmp(name, "byteOffset");
}

static int view_delete(js_State *J, void *p, const char *name)
{
	size_t k;
	return parse_index(name, &k);
}

static int ab_has(js_State *J, void *p, const char *name)
{
	view *v = p;
	if (!strcmp(name, "byteLength")) {
		js_pushnumber(J, (double)v->len);
		return 1;
	}
	return 0;
}

static int ab_put(js_State *J, void *p, const char *name)
{
	return !strcmp(name, "byteLength");
}

/* Pushes a new userdata for bytes [off, off+len) of st, with the prototype on the top of
 * the stack (which it replaces). */
static void push_view(js_State *J, const char *tag, store *st, size_t off, size_t len)
{
	view *v = malloc(sizeof *v);
	if (!v) {
		if (st->refs == 0) {
			rt__from(J)->mem.external -= st->size;
			free(st);
		}
		js_rangeerror(J, "out of memory");
	}
	v->st = st;
	v->off = off;
	v->len = len;
	st->refs++;
	if (js_try(J)) {
		view_finalize(J, v);
		js_throw(J);
	}
	if (!strcmp(tag, TAG_VIEW))
		js_newuserdatax(J, TAG_VIEW, v, view_has, view_put, view_delete, view_finalize);
	else
		js_newuserdatax(J, TAG_ARRAYBUFFER, v, ab_has, ab_put, NULL, view_finalize);
	js_endtry(J);
}

static view *to_view(js_State *J, int idx)
{
	if (js_isuserdata(J, idx, TAG_VIEW))
		return js_touserdata(J, idx, TAG_VIEW);
	js_typeerror(J, "argument must be a Buffer or Uint8Array");
	return NULL;
}

static view *to_any(js_State *J, int idx)
{
	if (js_isuserdata(J, idx, TAG_VIEW))
		return js_touserdata(J, idx, TAG_VIEW);
	if (js_isuserdata(J, idx, TAG_ARRAYBUFFER))
		return js_touserdata(J, idx, TAG_ARRAYBUFFER);
	js_typeerror(J, "argument must be a Buffer, Uint8Array or ArrayBuffer");
	return NULL;
}

static unsigned char *bytes_of(view *v)
{
	return v->st->bytes + v->off;
}

unsigned char *rt__buffer_push(js_State *J, size_t len)
{
	store *st = store_new(J, len, 0);
	js_getregistry(J, REG_PROTO);
	push_view(J, TAG_VIEW, st, 0, len);
	return st->bytes;
}

unsigned char *rt__buffer_data(js_State *J, int idx, size_t *len)
{
	view *v;
	if (js_isuserdata(J, idx, TAG_VIEW))
		v = js_touserdata(J, idx, TAG_VIEW);
	else if (js_isuserdata(J, idx, TAG_ARRAYBUFFER))
		v = js_touserdata(J, idx, TAG_ARRAYBUFFER);
	else
		return NULL;
	*len = v->len;
	return bytes_of(v);
}

/* ---- codecs ---- */

enum { ENC_UTF8, ENC_UTF16LE, ENC_LATIN1, ENC_ASCII, ENC_BASE64, ENC_BASE64URL, ENC_HEX };

/* Reads one UTF-16 code unit sequence element from a mujs string: returns the code point
 * (surrogates as themselves, astral as one value > 0xFFFF) and advances *s. */
static int next_rune(const char **s)
{
	const unsigned char *p = (const unsigned char *)*s;
	int c = p[0];
	if (c < 0x80) {
		*s += 1;
		return c;
	}
	if (c == 0xc0 && p[1] == 0x80) {
		*s += 2;
		return 0;
	}
	if (c < 0xe0 && c >= 0xc2 && (p[1] & 0xc0) == 0x80) {
		*s += 2;
		return ((c & 0x1f) << 6) | (p[1] & 0x3f);
	}
	if (c >= 0xe0 && c < 0xf0 && (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80) {
		*s += 3;
		return ((c & 0x0f) << 12) | ((p[1] & 0x3f) << 6) | (p[2] & 0x3f);
	}
	if (c >= 0xf0 && c < 0xf5 && (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80 &&
	    (p[3] & 0xc0) == 0x80) {
		*s += 4;
		return ((c & 0x07) << 18) | ((p[1] & 0x3f) << 12) | ((p[2] & 0x3f) << 6) |
			(p[3] & 0x3f);
	}
	*s += 1;
	return 0xfffd;
}

/* The next code point of a UTF-8 encoding: a surrogate pair written as two 3-byte
 * sequences joins, a lone surrogate becomes U+FFFD. */
static int next_scalar(const char **s)
{
	int c = next_rune(s);
	if (c >= 0xd800 && c <= 0xdbff) {
		const char *t = *s;
		int d = *t ? next_rune(&t) : 0;
		if (d >= 0xdc00 && d <= 0xdfff) {
			*s = t;
			return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
		}
		return 0xfffd;
	}
	if (c >= 0xdc00 && c <= 0xdfff)
		return 0xfffd;
	return c;
}

static size_t put_utf8(unsigned char *o, int c)
{
	if (c < 0x80) {
		o[0] = (unsigned char)c;
		return 1;
	}
	if (c < 0x800) {
		o[0] = (unsigned char)(0xc0 | (c >> 6));
		o[1] = (unsigned char)(0x80 | (c & 0x3f));
		return 2;
	}
	if (c < 0x10000) {
		o[0] = (unsigned char)(0xe0 | (c >> 12));
		o[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
		o[2] = (unsigned char)(0x80 | (c & 0x3f));
		return 3;
	}
	o[0] = (unsigned char)(0xf0 | (c >> 18));
	o[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3f));
	o[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
	o[3] = (unsigned char)(0x80 | (c & 0x3f));
	return 4;
}

/* Writes code point c in mujs's string form (NUL as C0 80). */
static size_t put_mujs(char *o, int c)
{
	if (c == 0) {
		o[0] = (char)0xc0;
		o[1] = (char)0x80;
		return 2;
	}
	return put_utf8((unsigned char *)o, c);
}

static int b64_value(int c)
{
	if (c >= 'A' && c <= 'Z') return c - 'A';
	if (c >= 'a' && c <= 'z') return c - 'a' + 26;
	if (c >= '0' && c <= '9') return c - '0' + 52;
	if (c == '+' || c == '-') return 62;
	if (c == '/' || c == '_') return 63;
	return -1;
}

static int hex_value(int c)
{
	if (c >= '0' && c <= '9') return c - '0';
	if (c >= 'a' && c <= 'f') return c - 'a' + 10;
	if (c >= 'A' && c <= 'F') return c - 'A' + 10;
	return -1;
}

/* Node's base64 decoded length: from the string's length and trailing '='. */
static size_t b64_length(const char *s, size_t n)
{
	if (n > 0 && s[n - 1] == '=')
		n--;
	if (n > 0 && s[n - 1] == '=')
		n--;
	return (n * 3) >> 2;
}

/* Bytes str takes in enc. For utf8 this is exact; for base64, Node's estimate. */
static size_t encoded_length(const char *str, int enc)
{
	const char *s = str;
	size_t n = 0;
	switch (enc) {
	case ENC_UTF8:
		while (*s) {
			int c = next_scalar(&s);
			n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
		}
		return n;
	case ENC_UTF16LE:
	case ENC_LATIN1:
	case ENC_ASCII:
		while (*s)
			n += next_rune(&s) >= 0x10000 ? 2 : 1;
		return enc == ENC_UTF16LE ? n * 2 : n;
	case ENC_HEX:
		return strlen(str) >> 1;
	default:
		return b64_length(str, strlen(str));
	}
}

/* Encodes str into o (room for at most max bytes); returns the bytes written. Never
 * writes a partial UTF-8 character or UTF-16 unit. */
static size_t encode(const char *str, int enc, unsigned char *o, size_t max)
{
	const char *s = str;
	size_t n = 0;
	switch (enc) {
	case ENC_UTF8:
		while (*s) {
			unsigned char tmp[4];
			int c = next_scalar(&s);
			size_t k = put_utf8(tmp, c);
			if (n + k > max)
				break;
			memcpy(o + n, tmp, k);
			n += k;
		}
		return n;
	case ENC_UTF16LE:
		while (*s && n + 2 <= max) {
			int c = next_rune(&s);
			if (c >= 0x10000) {
				int hi = 0xd800 + ((c - 0x10000) >> 10), lo = 0xdc00 + ((c - 0x10000) & 0x3ff);
				o[n++] = (unsigned char)hi;
				o[n++] = (unsigned char)(hi >> 8);
				if (n + 2 > max)
					break;
				c = lo;
			}
			o[n++] = (unsigned char)c;
			o[n++] = (unsigned char)(c >> 8);
		}
		return n;
	case ENC_LATIN1:
	case ENC_ASCII:
		while (*s && n < max) {
			int c = next_rune(&s);
			if (c >= 0x10000) {
				o[n++] = (unsigned char)(0xd800 + ((c - 0x10000) >> 10));
				if (n >= max)
					break;
				c = 0xdc00 + ((c - 0x10000) & 0x3ff);
			}
			o[n++] = (unsigned char)c;
		}
		return n;
	case ENC_HEX:
		while (s[0] && s[1] && n < max) {
			int a = hex_value((unsigned char)s[0]), b = hex_value((unsigned char)s[1]);
			if (a < 0 || b < 0)
				break;
			o[n++] = (unsigned char)(a << 4 | b);
			s += 2;
		}
		return n;
	default: {
		unsigned acc = 0;
		int bits = 0;
		for (; *s && *s != '=' && n < max; s++) {
			int v = b64_value((unsigned char)*s);
			if (v < 0)
				continue;
			acc = (acc << 6) | (unsigned)v;
			bits += 6;
			if (bits >= 8) {
				bits -= 8;
				o[n++] = (unsigned char)(acc >> bits);
			}
		}
		return n;
	}
	}
}

static const char b64_std[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char b64_url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/* Decodes bytes p[0..n) as enc and pushes the string. */
static void push_decoded(js_State *J, const unsigned char *p, size_t n, int enc)
{
	size_t cap, k = 0, i = 0;
	char *o;
	switch (enc) {
	case ENC_UTF8: cap = n * 3 + 1; break;	/* a bad byte becomes 3 bytes of U+FFFD */
	case ENC_UTF16LE: cap = n * 2 + 1; break;
	case ENC_LATIN1: case ENC_ASCII: cap = n * 2 + 1; break;
	case ENC_HEX: cap = n * 2 + 1; break;
	default: cap = (n + 2) / 3 * 4 + 1; break;
	}
	if (cap > (size_t)1 << 30)
		js_error(J, "Cannot create a string longer than 0x1fffffe8 characters");
	o = malloc(cap);
	if (!o)
		js_rangeerror(J, "out of memory");
	switch (enc) {
	case ENC_UTF8:
		/* WHATWG UTF-8 decoding: each maximal invalid subpart becomes one U+FFFD. */
		while (i < n) {
			int c = p[i], need, lo = 0x80, hi = 0xbf, cp;
			if (c < 0x80) {
				if (c == 0) {
					o[k++] = (char)0xc0;
					o[k++] = (char)0x80;
				} else {
					o[k++] = (char)c;
				}
				i++;
				continue;
			}
			if (c >= 0xc2 && c <= 0xdf) { need = 1; cp = c & 0x1f; }
			else if (c >= 0xe0 && c <= 0xef) {
				need = 2; cp = c & 0x0f;
				if (c == 0xe0) lo = 0xa0;
				if (c == 0xed) hi = 0x9f;
			} else if (c >= 0xf0 && c <= 0xf4) {
				need = 3; cp = c & 0x07;
				if (c == 0xf0) lo = 0x90;
				if (c == 0xf4) hi = 0x8f;
			} else {
				k += put_mujs(o + k, 0xfffd);
				i++;
				continue;
			}
			i++;
			while (need > 0) {
				if (i >= n || p[i] < lo || p[i] > hi)
					break;
				cp = (cp << 6) | (p[i] & 0x3f);
				lo = 0x80;
				hi = 0xbf;
				i++;
				need--;
			}
			k += put_mujs(o + k, need ? 0xfffd : cp);
		}
		break;
	case ENC_UTF16LE:
		for (; i + 1 < n; i += 2) {
			int c = p[i] | p[i + 1] << 8;
			if (c >= 0xd800 && c <= 0xdbff && i + 3 < n) {
				int d = p[i + 2] | p[i + 3] << 8;
				if (d >= 0xdc00 && d <= 0xdfff) {
					c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
					i += 2;
				}
			}
			k += put_mujs(o + k, c);
		}
		break;
	case ENC_LATIN1:
	case ENC_ASCII:
		for (; i < n; i++)
			k += put_mujs(o + k, enc == ENC_ASCII ? p[i] & 0x7f : p[i]);
		break;
	case ENC_HEX:
		for (; i < n; i++) {
			o[k++] = "0123456789abcdef"[p[i] >> 4];
			o[k++] = "0123456789abcdef"[p[i] & 15];
		}
		break;
	default: {
		const char *tab = enc == ENC_BASE64URL ? b64_url : b64_std;
		for (; i + 2 < n; i += 3) {
			unsigned v = (unsigned)p[i] << 16 | (unsigned)p[i + 1] << 8 | p[i + 2];
			o[k++] = tab[v >> 18];
			o[k++] = tab[(v >> 12) & 63];
			o[k++] = tab[(v >> 6) & 63];
			o[k++] = tab[v & 63];
		}
		if (i < n) {
			unsigned v = (unsigned)p[i] << 16 | (i + 1 < n ? (unsigned)p[i + 1] << 8 : 0);
			o[k++] = tab[v >> 18];
			o[k++] = tab[(v >> 12) & 63];
			if (i + 1 < n)
				o[k++] = tab[(v >> 6) & 63];
			else if (enc == ENC_BASE64)
				o[k++] = '=';
			if (enc == ENC_BASE64)
				o[k++] = '=';
		}
		break;
	}
	}
	if (js_try(J)) {
		free(o);
		js_throw(J);
	}
	js_pushlstring(J, o, (int)k);
	js_endtry(J);
	free(o);
}

/* ---- binding.buffer ---- */

static size_t arg_size(js_State *J, int idx, size_t dflt)
{
	double d;
	if (js_isundefined(J, idx))
		return dflt;
	d = js_tonumber(J, idx);
	if (!(d > 0))
		return 0;
	return d > (double)dflt ? dflt : (size_t)d;
}

/* setPrototypes(BufferPrototype, ArrayBufferPrototype) */
static void b_setPrototypes(js_State *J)
{
	js_copy(J, 1);
	js_setregistry(J, REG_PROTO);
	js_copy(J, 2);
	js_setregistry(J, REG_AB_PROTO);
	js_pushundefined(J);
}

/* create(length, proto, zero): a view of a new store */
static void b_create(js_State *J)
{
	double d = js_tonumber(J, 1);
	store *st;
	if (!(d >= 0) || d > 0x7fffffff)
		js_rangeerror(J, "Array buffer allocation failed");
	st = store_new(J, (size_t)d, js_toboolean(J, 3));
	js_copy(J, 2);
	push_view(J, TAG_VIEW, st, 0, (size_t)d);
}

/* createArrayBuffer(length) */
static void b_createArrayBuffer(js_State *J)
{
	double d = js_tonumber(J, 1);
	store *st;
	if (!(d >= 0) || d > 0x7fffffff)
		js_rangeerror(J, "Array buffer allocation failed");
	st = store_new(J, (size_t)d, 1);
	js_getregistry(J, REG_AB_PROTO);
	push_view(J, TAG_ARRAYBUFFER, st, 0, (size_t)d);
}

/* viewOf(bytes, start, end, proto): a view sharing bytes' store, for [start, end) of
 * bytes (a view or an ArrayBuffer); start/end are clamped by the caller. */
static void b_viewOf(js_State *J)
{
	view *v = to_any(J, 1);
	size_t start = arg_size(J, 2, v->len);
	size_t end = arg_size(J, 3, v->len);
	if (end < start)
		end = start;
	js_copy(J, 4);
	push_view(J, TAG_VIEW, v->st, v->off + start, end - start);
}

/* arrayBufferOf(view): an ArrayBuffer object for the view's whole store. A new object
 * each call (Node returns the same one; identity is not kept here). */
static void b_arrayBufferOf(js_State *J)
{
	view *v = to_view(J, 1);
	js_getregistry(J, REG_AB_PROTO);
	push_view(J, TAG_ARRAYBUFFER, v->st, 0, v->st->size);
}

/* kind(x): 1 for a byte view, 2 for an ArrayBuffer, 0 otherwise */
static void b_kind(js_State *J)
{
	js_pushnumber(J, js_isuserdata(J, 1, TAG_VIEW) ? 1 :
		js_isuserdata(J, 1, TAG_ARRAYBUFFER) ? 2 : 0);
}

/* sameStore(a, b): whether two views share memory */
static void b_sameStore(js_State *J)
{
	js_pushboolean(J, to_any(J, 1)->st == to_any(J, 2)->st);
}

/* byteLength(string, enc) */
static void b_byteLength(js_State *J)
{
	js_pushnumber(J, (double)encoded_length(js_tostring(J, 1), js_toint32(J, 2)));
}

/* fromString(string, enc, proto): a new view holding the encoded string */
static void b_fromString(js_State *J)
{
	const char *s = js_tostring(J, 1);
	int enc = js_toint32(J, 2);
	size_t n = encoded_length(s, enc);
	store *st = store_new(J, n, 0);
	size_t w = encode(s, enc, st->bytes, n);
	js_copy(J, 3);
	push_view(J, TAG_VIEW, st, 0, w);
}

/* write(view, string, offset, length, enc): bytes written */
static void b_write(js_State *J)
{
	view *v = to_view(J, 1);
	const char *s = js_tostring(J, 2);
	size_t off = arg_size(J, 3, v->len);
	size_t max = arg_size(J, 4, v->len - off);
	js_pushnumber(J, (double)encode(s, js_toint32(J, 5), bytes_of(v) + off, max));
}

/* toString(view, enc, start, end) */
static void b_toString(js_State *J)
{
	view *v = to_any(J, 1);
	size_t start = arg_size(J, 3, v->len);
	size_t end = arg_size(J, 4, v->len);
	if (end <= start)
		js_pushliteral(J, "");
	else
		push_decoded(J, bytes_of(v) + start, end - start, js_toint32(J, 2));
}

/* copy(source, target, targetStart, sourceStart, sourceEnd): bytes copied (memmove:
 * overlapping views of one store copy as if through a temporary). */
static void b_copy(js_State *J)
{
	view *src = to_any(J, 1), *dst = to_any(J, 2);
	size_t ts = arg_size(J, 3, dst->len);
	size_t ss = arg_size(J, 4, src->len);
	size_t se = arg_size(J, 5, src->len);
	size_t n = se > ss ? se - ss : 0;
	if (n > dst->len - ts)
		n = dst->len - ts;
	memmove(bytes_of(dst) + ts, bytes_of(src) + ss, n);
	js_pushnumber(J, (double)n);
}

/* compare(a, b, aStart, aEnd, bStart, bEnd): -1, 0 or 1 */
static void b_compare(js_State *J)
{
	view *a = to_any(J, 1), *b = to_any(J, 2);
	size_t as = arg_size(J, 3, a->len), ae = arg_size(J, 4, a->len);
	size_t bs = arg_size(J, 5, b->len), be = arg_size(J, 6, b->len);
	size_t an = ae > as ? ae - as : 0, bn = be > bs ? be - bs : 0;
	int r = memcmp(bytes_of(a) + as, bytes_of(b) + bs, an < bn ? an : bn);
	if (r == 0)
		r = an < bn ? -1 : an > bn ? 1 : 0;
	js_pushnumber(J, r < 0 ? -1 : r > 0 ? 1 : 0);
}

/* indexOf(view, needle, byteOffset, last): needle is a view; byteOffset already
 * normalised to [0, length]. Returns the index or -1. */
static void b_indexOf(js_State *J)
{
	view *v = to_view(J, 1), *nv = to_view(J, 2);
	size_t from = arg_size(J, 3, v->len);
	int last = js_toboolean(J, 4);
	const unsigned char *h = bytes_of(v), *nd = bytes_of(nv);
	size_t n = nv->len, i;
	double r = -1;
	if (n == 0) {
		js_pushnumber(J, (double)from);
		return;
	}
	if (n <= v->len) {
		if (last) {
			i = from > v->len - n ? v->len - n : from;
			for (;; i--) {
				if (h[i] == nd[0] && !memcmp(h + i, nd, n)) {
					r = (double)i;
					break;
				}
				if (i == 0)
					break;
			}
		} else {
			for (i = from; i + n <= v->len; i++) {
				const unsigned char *q = memchr(h + i, nd[0], v->len - n + 1 - i);
				if (!q)
					break;
				i = (size_t)(q - h);
				if (!memcmp(h + i, nd, n)) {
					r = (double)i;
					break;
				}
			}
		}
	}
	js_pushnumber(J, r);
}

/* fill(view, pattern, start, end): pattern is a non-empty view repeated over the range */
static void b_fill(js_State *J)
{
	view *v = to_view(J, 1), *pv = to_view(J, 2);
	size_t start = arg_size(J, 3, v->len), end = arg_size(J, 4, v->len), i;
	unsigned char *d = bytes_of(v);
	const unsigned char *p = bytes_of(pv);
	if (pv->len == 1) {
		if (end > start)
			memset(d + start, p[0], end - start);
	} else if (pv->len > 0) {
		for (i = start; i < end; i++)
			d[i] = p[(i - start) % pv->len];
	}
	js_pushundefined(J);
}

/* fillByte(view, value, start, end) */
static void b_fillByte(js_State *J)
{
	view *v = to_view(J, 1);
	size_t start = arg_size(J, 3, v->len), end = arg_size(J, 4, v->len);
	if (end > start)
		memset(bytes_of(v) + start, to_byte(js_tonumber(J, 2)), end - start);
	js_pushundefined(J);
}

/* Number codecs: kind is "u" (unsigned), "i" (signed) or "f" (IEEE float/double) with a
 * byte size 1..8 and an endianness. readNumber(view, offset, size, signedOrFloat, le) */
static uint64_t load(const unsigned char *p, int size, int le)
{
	uint64_t x = 0;
	int i;
	for (i = 0; i < size; i++)
		x |= (uint64_t)p[le ? i : size - 1 - i] << (8 * i);
	return x;
}

static void store_bytes(unsigned char *p, uint64_t x, int size, int le)
{
	int i;
	for (i = 0; i < size; i++)
		p[le ? i : size - 1 - i] = (unsigned char)(x >> (8 * i));
}

/* readNumber(view, offset, size, type, le): type 0 unsigned, 1 signed, 2 float.
 * The caller has range-checked offset. */
static void b_readNumber(js_State *J)
{
	view *v = to_view(J, 1);
	size_t off = arg_size(J, 2, v->len);
	int size = js_toint32(J, 3), type = js_toint32(J, 4), le = js_toboolean(J, 5);
	uint64_t x;
	if (size < 1 || size > 8 || off + (size_t)size > v->len)
		js_rangeerror(J, "offset out of range");
	x = load(bytes_of(v) + off, size, le);
	if (type == 2) {
		if (size == 4) {
			uint32_t u = (uint32_t)x;
			float f;
			memcpy(&f, &u, 4);
			js_pushnumber(J, f);
		} else {
			double d;
			memcpy(&d, &x, 8);
			js_pushnumber(J, d);
		}
	} else if (type == 1 && size < 8 && (x >> (8 * size - 1)) & 1) {
		js_pushnumber(J, (double)(int64_t)(x | (~(uint64_t)0 << (8 * size))));
	} else if (type == 1 && size == 8) {
		js_pushnumber(J, (double)(int64_t)x);
	} else {
		js_pushnumber(J, (double)x);
	}
}

/* writeNumber(view, offset, size, type, le, value): the caller has checked the value's
 * range (Node throws ERR_OUT_OF_RANGE in JS). Returns offset + size. */
static void b_writeNumber(js_State *J)
{
	view *v = to_view(J, 1);
	size_t off = arg_size(J, 2, v->len);
	int size = js_toint32(J, 3), type = js_toint32(J, 4), le = js_toboolean(J, 5);
	double d = js_tonumber(J, 6);
	uint64_t x;
	if (size < 1 || size > 8 || off + (size_t)size > v->len)
		js_rangeerror(J, "offset out of range");
	if (type == 2) {
		if (size == 4) {
			float f = (float)d;
			uint32_t u;
			memcpy(&u, &f, 4);
			x = u;
		} else {
			memcpy(&x, &d, 8);
		}
	} else {
		d = isfinite(d) ? trunc(d) : 0;
		x = d < 0 ? (uint64_t)(int64_t)d : (uint64_t)d;
	}
	store_bytes(bytes_of(v) + off, x, size, le);
	js_pushnumber(J, (double)(off + (size_t)size));
}

/* swap(view, size): swaps byte order in place in units of size (2, 4 or 8) */
static void b_swap(js_State *J)
{
	view *v = to_view(J, 1);
	int size = js_toint32(J, 2), k;
	unsigned char *p = bytes_of(v);
	size_t i;
	for (i = 0; i + (size_t)size <= v->len; i += (size_t)size)
		for (k = 0; k < size / 2; k++) {
			unsigned char t = p[i + k];
			p[i + k] = p[i + size - 1 - k];
			p[i + size - 1 - k] = t;
		}
	js_pushundefined(J);
}

/* fromArray(array, proto): ToNumber modulo 256 of each element of an array-like */
static void b_fromArray(js_State *J)
{
	int n = js_getlength(J, 1), i;
	store *st = store_new(J, (size_t)(n > 0 ? n : 0), 0);
	js_copy(J, 2);
	push_view(J, TAG_VIEW, st, 0, st->size);
	for (i = 0; i < n; i++) {
		js_getindex(J, 1, i);
		st->bytes[i] = to_byte(js_tonumber(J, -1));
		js_pop(J, 1);
	}
}

/* toArray(view): a plain array of the bytes (for toJSON and inspect) */
static void b_toArray(js_State *J)
{
	view *v = to_any(J, 1);
	const unsigned char *p = bytes_of(v);
	size_t i, n = js_isundefined(J, 2) ? v->len : arg_size(J, 2, v->len);
	js_newarray(J);
	for (i = 0; i < n; i++) {
		js_pushnumber(J, p[i]);
		js_setindex(J, -2, (int)i);
	}
}

/* concat(list, total, proto): a new view of the views in list, in order, truncated or
 * zero-padded to total bytes */
static void b_concat(js_State *J)
{
	int n = js_getlength(J, 1), i;
	size_t total = arg_size(J, 2, (size_t)0x7fffffff), at = 0;
	store *st = store_new(J, total, 0);
	js_copy(J, 3);
	push_view(J, TAG_VIEW, st, 0, total);
	for (i = 0; i < n && at < total; i++) {
		view *v;
		size_t k;
		js_getindex(J, 1, i);
		v = to_any(J, -1);
		k = v->len < total - at ? v->len : total - at;
		memcpy(st->bytes + at, bytes_of(v), k);
		at += k;
		js_pop(J, 1);
	}
	if (at < total)
		memset(st->bytes + at, 0, total - at);
}

static void setfn(js_State *J, const char *name, js_CFunction fn, int n)
{
	js_newcfunction(J, fn, name, n);
	js_setproperty(J, -2, name);
}

/* Adds binding.buffer to the binding object on top of the stack. */
void rt__buffer_init(rt_runtime *rt)
{
	js_State *J = rt->J;
	js_newobject(J);
	setfn(J, "setPrototypes", b_setPrototypes, 2);
	setfn(J, "create", b_create, 3);
	setfn(J, "createArrayBuffer", b_createArrayBuffer, 1);
	setfn(J, "viewOf", b_viewOf, 4);
	setfn(J, "arrayBufferOf", b_arrayBufferOf, 1);
	setfn(J, "kind", b_kind, 1);
	setfn(J, "sameStore", b_sameStore, 2);
	setfn(J, "byteLength", b_byteLength, 2);
	setfn(J, "fromString", b_fromString, 3);
	setfn(J, "fromArray", b_fromArray, 2);
	setfn(J, "toArray", b_toArray, 2);
	setfn(J, "write", b_write, 5);
	setfn(J, "toString", b_toString, 4);
	setfn(J, "copy", b_copy, 5);
	setfn(J, "compare", b_compare, 6);
	setfn(J, "indexOf", b_indexOf, 4);
	setfn(J, "fill", b_fill, 4);
	setfn(J, "fillByte", b_fillByte, 4);
	setfn(J, "readNumber", b_readNumber, 5);
	setfn(J, "writeNumber", b_writeNumber, 6);
	setfn(J, "swap", b_swap, 2);
	setfn(J, "concat", b_concat, 3);
	js_setproperty(J, -2, "buffer");
}
