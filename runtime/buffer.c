/* buffer.c — bytes in C memory: the storage behind Buffer, the typed arrays and ArrayBuffer.
 *
 * mujs has no typed arrays, so a byte array is a userdata whose data is a view
 * {store, offset, length} of a reference-counted store. Views made by subarray/slice
 * share their store, as Node's do. b[i] and b.length go through the userdata's has/put
 * hooks: an index reads a number 0..255, writing one stores ToNumber(v) modulo 256, an
 * index out of range reads undefined and ignores writes (Uint8Array's rules). The
 * indices are also own enumerable properties for Object.keys, for-in and JSON (mujs
 * patch 0013, js_setuserdataindices).
 *
 * Store memory comes from malloc, not the mujs heap: it counts in rt->mem.external and
 * rt->mem.array_buffers (memoryUsage()'s external and arrayBuffers) from creation until
 * the last view is collected. Because mujs's collector counts objects, not bytes, a runtime that
 * allocates big buffers quickly would never collect them; so every RT_BUFFER_GC_BYTES of
 * new external memory forces a collection first.
 *
 * Strings: mujs keeps strings as UTF-8 with U+0000 written C0 80 and a lone UTF-16
 * surrogate as a 3-byte sequence; the codecs here translate between that form and bytes
 * in each of Node's encodings, with Node's rules for invalid input (U+FFFD for bad UTF-8
 * and lone surrogates, hex stops at the first bad pair, base64 skips what is not in
 * either alphabet and stops at '=').
 *
 * JS sees binding.buffer (see rt__buffer_init); C sees rt__buffer_push/rt__buffer_data.
 * Argument checking with Node's error codes happens in lib/buffer.js; the functions here
 * only clamp what they are given so that no call can reach outside a store.
 */
#include "internal.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define RT_BUFFER_GC_BYTES (64u << 20)
#define RT_BUFFER_MAX ((size_t)1 << 32)	/* Node 20's buffer.constants.MAX_LENGTH */
#define TAG_VIEW "Uint8Array"
#define TAG_ARRAYBUFFER "ArrayBuffer"
#define TAG_TYPED "TypedArray"	/* the typed arrays other than Uint8Array */
#define REG_PROTO "rt.buffer.proto"	/* Buffer.prototype, for views C creates */
#define REG_AB_PROTO "rt.buffer.abproto"	/* ArrayBuffer.prototype */
#define HIDDEN_AB "\001buffer"	/* a view's ArrayBuffer object, once asked for */

typedef struct store {
	size_t refs;
	size_t size;
	unsigned char bytes[];
} store;

typedef struct view {
	store *st;
	size_t off, len;	/* in bytes, for every kind of view */
	int unlisted;	/* while set, the indices are not enumerated (see b_namedKeys) */
	int esize, etype;	/* a TypedArray's element: size in bytes, and 0 unsigned,
				 * 1 signed, 2 IEEE float, 3 clamped byte */
} view;

static store *store_new(js_State *J, size_t size, int zero)
{
	rt_runtime *rt = rt__from(J);
	store *s;
	if (size > RT_BUFFER_MAX)
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
	rt->mem.array_buffers += size;
	return s;
}

static void store_release(js_State *J, store *st)
{
	if (--st->refs == 0) {
		rt_runtime *rt = rt__from(J);
		rt->mem.external -= st->size;
		rt->mem.array_buffers -= st->size;
		free(st);
	}
}

/* For heap snapshots (heap.c): a view owns its struct; its store is shared. */
int rt__buffer_memory(const char *tag, void *p, size_t *own, const void **shared,
	size_t *shared_size)
{
	view *v = p;
	if (strcmp(tag, TAG_VIEW) && strcmp(tag, TAG_ARRAYBUFFER) && strcmp(tag, TAG_TYPED))
		return -1;
	*own = sizeof *v;
	*shared = v->st;
	*shared_size = sizeof *v->st + v->st->size;
	return 0;
}

static void view_finalize(js_State *J, void *p)
{
	view *v = p;
	store_release(J, v->st);
	free(v);
}

/* An array index ("0", "17"; not "01", "-1" or "1.5") below 2^40. */
static int parse_index(const char *s, size_t *out)
{
	size_t k;
	if (*s < '0' || *s > '9')
		return 0;
	if (*s == '0') {
		*out = 0;
		return s[1] == 0;
	}
	for (k = 0; *s; s++) {
		if (*s < '0' || *s > '9' || k > ((size_t)1 << 40))
			return 0;
		k = k * 10 + (size_t)(*s - '0');
	}
	*out = k;
	return 1;
}

/* A canonical numeric string that is not an array index ("-1", "1.5", "NaN", "-0"):
 * a typed array ignores writes there rather than storing a property. (Reads go on to
 * the prototype, which V8 would not do, so that `-1 in b` stays false: the has hook
 * serves both.) */
static int numeric_key(js_State *J, const char *name)
{
	const char *t;
	int eq;
	if (!((name[0] >= '0' && name[0] <= '9') || name[0] == '-' || name[0] == 'I' ||
	    name[0] == 'N'))
		return 0;
	if (!strcmp(name, "-0") || !strcmp(name, "NaN") || !strcmp(name, "Infinity") ||
	    !strcmp(name, "-Infinity"))
		return 1;
	if (name[0] == 'I' || name[0] == 'N')
		return 0;
	js_pushstring(J, name);
	js_pushnumber(J, js_tonumber(J, -1));
	t = js_tostring(J, -1);
	eq = !strcmp(t, name);
	js_pop(J, 2);
	return eq;
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
	if (name[0] == 'l' && !strcmp(name, "length")) {
		js_pushnumber(J, (double)v->len);
		return 1;
	}
	if (name[0] == 'b' && !strcmp(name, "byteLength")) {
		js_pushnumber(J, (double)v->len);
		return 1;
	}
	if (name[0] == 'b' && !strcmp(name, "byteOffset")) {
		js_pushnumber(J, (double)v->off);
		return 1;
	}
	return 0;
}

/* ToNumber modulo 2^8, as a Uint8Array element store does (NaN and ±Infinity are 0). */
static unsigned char to_byte(double d)
{
	if (d >= 0 && d < 256)
		return (unsigned char)d;
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
		!strcmp(name, "byteOffset") || numeric_key(J, name);
}

static int view_delete(js_State *J, void *p, const char *name)
{
	size_t k;
	(void)J;
	(void)p;
	return parse_index(name, &k);
}

static int view_indices(js_State *J, void *p)
{
	view *v = p;
	(void)J;
	if (v->unlisted)
		return 0;
	return v->len > 0x7fffffff ? 0x7fffffff : (int)v->len;
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
	(void)J;
	(void)p;
	return !strcmp(name, "byteLength");
}

/* Pushes a new userdata for bytes [off, off+len) of st, with the prototype on the top of
 * the stack (which it replaces). A store nobody refers to is freed if this throws. */
static void push_view(js_State *J, const char *tag, store *st, size_t off, size_t len)
{
	view *v = malloc(sizeof *v);
	if (!v) {
		if (st->refs == 0) {
			st->refs = 1;
			store_release(J, st);
		}
		js_rangeerror(J, "Array buffer allocation failed");
	}
	v->st = st;
	v->off = off;
	v->len = len;
	v->unlisted = 0;
	v->esize = 1;
	v->etype = 0;
	st->refs++;
	/* js_newuserdatax finalizes v itself if it throws */
	if (!strcmp(tag, TAG_VIEW)) {
		js_newuserdatax(J, TAG_VIEW, v, view_has, view_put, view_delete, view_finalize);
		js_setuserdataindices(J, -1, view_indices);
	} else {
		js_newuserdatax(J, TAG_ARRAYBUFFER, v, ab_has, ab_put, NULL, view_finalize);
	}
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
	if (js_isuserdata(J, idx, TAG_TYPED))
		return js_touserdata(J, idx, TAG_TYPED);
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
	else if (js_isuserdata(J, idx, TAG_TYPED))
		v = js_touserdata(J, idx, TAG_TYPED);
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

/* The length of a mujs string in UTF-16 code units (JS's s.length). */
static size_t utf16_length(const char *s)
{
	size_t n = 0;
	while (*s) {
		if ((unsigned char)*s < 0x80) {
			s++;
			n++;
		} else {
			n += next_rune(&s) >= 0x10000 ? 2 : 1;
		}
	}
	return n;
}

/* Node's base64 decoded length, (n * 3) >> 2 after up to two trailing '=', where n is the
 * string's length in UTF-16 units. */
static size_t b64_length(const char *s)
{
	size_t n = utf16_length(s), k = strlen(s);
	if (k > 0 && s[k - 1] == '=') {
		n--;
		if (n > 1 && s[k - 2] == '=')
			n--;
	}
	return (n * 3) >> 2;
}

/* The length of the UTF-8 sequence at p if the string's bytes can be copied as they
 * are (ASCII other than NUL, or a well-formed sequence that is not a surrogate), else 0
 * (NUL is C0 80 in mujs, a surrogate is a 3-byte ED sequence: next_scalar decides). */
static size_t utf8_verbatim(const unsigned char *p)
{
	unsigned c = p[0];
	if (c > 0 && c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		return (p[1] & 0xc0) == 0x80 ? 2 : 0;
	if (c >= 0xe1 && c <= 0xef && c != 0xed)
		return (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80 ? 3 : 0;
	if (c == 0xe0)
		return p[1] >= 0xa0 && p[1] <= 0xbf && (p[2] & 0xc0) == 0x80 ? 3 : 0;
	if (c >= 0xf0 && c <= 0xf4)
		return ((c == 0xf0 && p[1] >= 0x90) || (c == 0xf4 && p[1] < 0x90) ||
			(c > 0xf0 && c < 0xf4)) && (p[1] & 0xc0) == 0x80 &&
			(p[2] & 0xc0) == 0x80 && (p[3] & 0xc0) == 0x80 ? 4 : 0;
	return 0;
}

/* The UTF-8 length of str; *verbatim tells whether that is str's own bytes (then encoding
 * is a copy). */
static size_t utf8_length(const char *str, int *verbatim)
{
	const char *s = str;
	size_t n = 0;
	*verbatim = 1;
	for (;;) {
		size_t k;
		int c;
		while ((unsigned char)*s - 1u < 0x7fu)
			s++;
		n += (size_t)(s - str);
		if (!*s)
			return n;
		k = utf8_verbatim((const unsigned char *)s);
		if (k) {
			s += k;
			n += k;
		} else {
			c = next_scalar(&s);
			n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
			*verbatim = 0;
		}
		str = s;
	}
}

/* Bytes str takes in enc: exact for utf8, utf16le, latin1 and ascii; for hex and
 * base64, Node's estimate from the length (never less than what encode writes). */
static size_t encoded_length(const char *str, int enc)
{
	const char *s = str;
	size_t n = 0;
	switch (enc) {
	case ENC_UTF8: {
		int verbatim;
		(void)s;
		return utf8_length(str, &verbatim);
	}
	case ENC_UTF16LE:
	case ENC_LATIN1:
	case ENC_ASCII:
		while (*s)
			n += next_rune(&s) >= 0x10000 ? 2 : 1;
		return enc == ENC_UTF16LE ? n * 2 : n;
	case ENC_HEX:
		return utf16_length(str) >> 1;
	default:
		return b64_length(str);
	}
}

/* The next UTF-16 code unit of a mujs string: *low holds the low surrogate of an astral
 * character until it is read. */
static int next_unit(const char **s, int *low)
{
	int c;
	if (*low) {
		c = *low;
		*low = 0;
		return c;
	}
	c = next_rune(s);
	if (c >= 0x10000) {
		*low = 0xdc00 + ((c - 0x10000) & 0x3ff);
		return 0xd800 + ((c - 0x10000) >> 10);
	}
	return c;
}

/* Encodes str into o (room for at most max bytes); returns the bytes written. Never
 * writes a partial UTF-8 character or UTF-16 unit. hex and base64 read the low byte of
 * each UTF-16 unit, as Node's decoders do (so '\u0141' counts as 'A'). */
static size_t encode(const char *str, int enc, unsigned char *o, size_t max)
{
	const char *s = str;
	size_t n = 0;
	int low = 0;
	switch (enc) {
	case ENC_UTF8:
		while (*s) {
			unsigned char tmp[4];
			size_t k = utf8_verbatim((const unsigned char *)s);
			if (k) {
				if (n + k > max)
					break;
				memcpy(o + n, s, k);
				s += k;
				n += k;
				continue;
			}
			k = put_utf8(tmp, next_scalar(&s));
			if (n + k > max)
				break;
			memcpy(o + n, tmp, k);
			n += k;
		}
		return n;
	case ENC_UTF16LE:
		while ((*s || low) && n + 2 <= max) {
			int c = next_unit(&s, &low);
			o[n++] = (unsigned char)c;
			o[n++] = (unsigned char)(c >> 8);
		}
		return n;
	case ENC_LATIN1:
	case ENC_ASCII:
		while ((*s || low) && n < max)
			o[n++] = (unsigned char)next_unit(&s, &low);
		return n;
	case ENC_HEX:
		while ((*s || low) && n < max) {
			int a = hex_value(next_unit(&s, &low) & 0xff), b;
			if (!*s && !low)
				break;
			b = hex_value(next_unit(&s, &low) & 0xff);
			if (a < 0 || b < 0)
				break;
			o[n++] = (unsigned char)(a << 4 | b);
		}
		return n;
	default: {
		unsigned acc = 0;
		int bits = 0;
		while ((*s || low) && n < max) {
			int c = next_unit(&s, &low) & 0xff, v;
			if (c == '=')
				break;
			v = b64_value(c);
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
			if (c > 0 && c < 0x80) {
				o[k++] = (char)c;
				i++;
				continue;
			}
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

/* A size argument: undefined gives dflt, anything else ToNumber truncated and clamped
 * to [0, max]. */
static size_t arg_clamp(js_State *J, int idx, size_t dflt, size_t max)
{
	double d;
	if (js_isundefined(J, idx))
		return dflt > max ? max : dflt;
	d = js_tonumber(J, idx);
	if (!(d > 0))
		return 0;
	return d >= (double)max ? max : (size_t)d;
}

static size_t arg_size(js_State *J, int idx, size_t dflt)
{
	return arg_clamp(J, idx, dflt, dflt);
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

static size_t arg_length(js_State *J, int idx)
{
	double d = js_tonumber(J, idx);
	if (!(d >= 0) || d > (double)RT_BUFFER_MAX)
		js_rangeerror(J, "Array buffer allocation failed");
	return (size_t)d;
}

/* create(length, proto, zero): a view of a new store */
static void b_create(js_State *J)
{
	size_t n = arg_length(J, 1);
	store *st = store_new(J, n, js_toboolean(J, 3));
	js_copy(J, 2);
	push_view(J, TAG_VIEW, st, 0, n);
}

/* createArrayBuffer(length): zero-filled */
static void b_createArrayBuffer(js_State *J)
{
	size_t n = arg_length(J, 1);
	store *st = store_new(J, n, 1);
	js_getregistry(J, REG_AB_PROTO);
	push_view(J, TAG_ARRAYBUFFER, st, 0, n);
}

/* The ArrayBuffer object of the view at idx, pushed: one object per store, as in Node
 * (b.buffer === b.subarray(1).buffer). It is made on first use and kept under a hidden
 * property of each view that shares the store (b_viewOf passes it on), so a store that
 * only ever has one view costs no ArrayBuffer object. */
static void push_arraybuffer(js_State *J, int idx)
{
	view *v;
	if (js_isuserdata(J, idx, TAG_ARRAYBUFFER)) {
		js_copy(J, idx);
		return;
	}
	v = js_isuserdata(J, idx, TAG_TYPED) ? js_touserdata(J, idx, TAG_TYPED) :
		to_view(J, idx);
	if (js_gethidden(J, idx, HIDDEN_AB))
		return;
	js_getregistry(J, REG_AB_PROTO);
	push_view(J, TAG_ARRAYBUFFER, v->st, 0, v->st->size);
	js_copy(J, -1);
	js_sethidden(J, idx < 0 ? idx - 1 : idx, HIDDEN_AB);
}

/* viewOf(bytes, start, end, proto): a view sharing the store of bytes (a view or an
 * ArrayBuffer) for its bytes [start, end), clamped to it. */
static void b_viewOf(js_State *J)
{
	view *v = to_any(J, 1);
	size_t start = arg_size(J, 2, v->len);
	size_t end = arg_size(J, 3, v->len);
	if (end < start)
		end = start;
	push_arraybuffer(J, 1);
	js_copy(J, 4);
	push_view(J, TAG_VIEW, v->st, v->off + start, end - start);
	js_rot2(J);
	js_sethidden(J, -2, HIDDEN_AB);
}

/* Node's adjustOffset for subarray: ToNumber, truncated; negative counts from the end;
 * NaN is 0; clamped to [0, len]. */
static size_t adjust_offset(js_State *J, int idx, size_t len, size_t dflt)
{
	double d;
	if (js_isundefined(J, idx))
		return dflt;
	d = trunc(js_tonumber(J, idx));
	if (d != d)
		return 0;
	if (d < 0) {
		d += (double)len;
		return d > 0 ? (size_t)d : 0;
	}
	return d < (double)len ? (size_t)d : len;
}

/* buf.subarray(start, end) and buf.slice(start, end) (Buffer.prototype, a Buffer) and
 * Uint8Array.prototype.subarray (a view with this's prototype): a view sharing memory.
 * C methods, since a subarray per chunk is common in stream code. */
static void subarray_method(js_State *J, int same_proto)
{
	view *v = to_view(J, 0);
	size_t start = adjust_offset(J, 1, v->len, 0);
	size_t end = adjust_offset(J, 2, v->len, v->len);
	if (end < start)
		end = start;
	push_arraybuffer(J, 0);
	if (same_proto) {
		js_getglobal(J, "Object");
		js_getproperty(J, -1, "getPrototypeOf");
		js_rot2(J);
		js_pop(J, 1);
		js_pushundefined(J);
		js_copy(J, 0);
		js_call(J, 1);
	} else {
		js_getregistry(J, REG_PROTO);
	}
	push_view(J, TAG_VIEW, v->st, v->off + start, end - start);
	js_rot2(J);
	js_sethidden(J, -2, HIDDEN_AB);
}

static void m_bufferSubarray(js_State *J)
{
	subarray_method(J, 0);
}

static void m_typedArraySubarray(js_State *J)
{
	subarray_method(J, 1);
}

/* arrayBufferOf(view): the ArrayBuffer of the view's store */
static void b_arrayBufferOf(js_State *J)
{
	push_arraybuffer(J, 1);
}

/* kind(x): 1 for a byte view, 2 for an ArrayBuffer, 3 for another TypedArray, 0
 * otherwise */
static void b_kind(js_State *J)
{
	js_pushnumber(J, js_isuserdata(J, 1, TAG_VIEW) ? 1 :
		js_isuserdata(J, 1, TAG_ARRAYBUFFER) ? 2 :
		js_isuserdata(J, 1, TAG_TYPED) ? 3 : 0);
}

/* sameStore(a, b): whether two views share memory */
static void b_sameStore(js_State *J)
{
	js_pushboolean(J, to_any(J, 1)->st == to_any(J, 2)->st);
}

/* namedKeys(view, all): the own property names of a view other than its indices
 * (Object.getOwnPropertyNames when all, else Object.keys), without listing the indices
 * of a big buffer first. */
static void b_namedKeys(js_State *J)
{
	view *v = to_any(J, 1);
	js_getglobal(J, "Object");
	js_getproperty(J, -1, js_toboolean(J, 2) ? "getOwnPropertyNames" : "keys");
	js_copy(J, -2);
	js_copy(J, 1);
	v->unlisted = 1;
	if (js_pcall(J, 1)) {
		v->unlisted = 0;
		js_throw(J);
	}
	v->unlisted = 0;
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
	int enc = js_toint32(J, 2), verbatim = 0;
	size_t n = enc == ENC_UTF8 ? utf8_length(s, &verbatim) : encoded_length(s, enc);
	store *st = store_new(J, n, 0);
	size_t w = verbatim ? (memcpy(st->bytes, s, n), n) : encode(s, enc, st->bytes, n);
	js_copy(J, 3);
	push_view(J, TAG_VIEW, st, 0, w);
}

/* write(view, string, offset, length, enc): bytes written, never past the view */
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
	size_t start = arg_clamp(J, 3, 0, v->len);
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
	int r = an && bn ? memcmp(bytes_of(a) + as, bytes_of(b) + bs, an < bn ? an : bn) : 0;
	if (r == 0)
		r = an < bn ? -1 : an > bn ? 1 : 0;
	js_pushnumber(J, r < 0 ? -1 : r > 0 ? 1 : 0);
}

/* Node's IndexOfOffset: where an indexOf (fwd) or lastIndexOf search of a needle of nlen
 * bytes starts in a haystack of len bytes, given byteOffset off; -1 when nothing can
 * match. */
static int64_t index_offset(int64_t len, int64_t off, int64_t nlen, int fwd)
{
	if (off < 0) {
		if (off + len >= 0)
			return len + off;
		return fwd || nlen == 0 ? 0 : -1;
	}
	if (off + nlen <= len)
		return off;
	if (nlen == 0)
		return len;
	return fwd ? -1 : len - 1;
}

/* The first (fwd) or last match of nd[0..n) in h[0..len) in units of unit bytes (1, or 2
 * for UTF-16), starting at unit `from`; the byte index or -1. */
static double search(const unsigned char *h, size_t len, const unsigned char *nd, size_t n,
	size_t from, int fwd, size_t unit)
{
	size_t hu = len / unit, nu = n / unit, i;
	if (nu == 0 || nu > hu)
		return -1;
	if (fwd) {
		if (unit == 1) {
			for (i = from; i + n <= len; i++) {
				const unsigned char *q = memchr(h + i, nd[0], len - n + 1 - i);
				if (!q)
					return -1;
				i = (size_t)(q - h);
				if (!memcmp(h + i, nd, n))
					return (double)i;
			}
			return -1;
		}
		for (i = from; i + nu <= hu; i++)
			if (!memcmp(h + i * unit, nd, nu * unit))
				return (double)(i * unit);
		return -1;
	}
	i = from > hu - nu ? hu - nu : from;
	for (;; i--) {
		if (h[i * unit] == nd[0] && !memcmp(h + i * unit, nd, nu * unit))
			return (double)(i * unit);
		if (i == 0)
			return -1;
	}
}

/* indexOf(view, needle, byteOffset, forward, ucs2): Node's indexOfBuffer; needle is a
 * view (strings and numbers are encoded into one by the caller). ucs2 searches 2-byte
 * units at even offsets. */
static void b_indexOf(js_State *J)
{
	view *v = to_view(J, 1), *nv = to_view(J, 2);
	double d = js_tonumber(J, 3);
	int fwd = js_toboolean(J, 4), ucs2 = js_toboolean(J, 5);
	size_t len = ucs2 ? v->len & ~(size_t)1 : v->len;
	int64_t off = isfinite(d) ? (int64_t)trunc(d) : 0;
	int64_t at = index_offset((int64_t)len, off, (int64_t)nv->len, fwd);
	if (nv->len == 0) {
		js_pushnumber(J, (double)at);
		return;
	}
	if (len == 0 || at < 0 || (fwd && nv->len + (size_t)at > len) || nv->len > len) {
		js_pushnumber(J, -1);
		return;
	}
	if (ucs2 && nv->len < 2) {
		js_pushnumber(J, -1);
		return;
	}
	js_pushnumber(J, search(bytes_of(v), len, bytes_of(nv), nv->len,
		ucs2 ? (size_t)at / 2 : (size_t)at, fwd, ucs2 ? 2 : 1));
}

/* fill(view, pattern, start, end): pattern, a non-empty view or ArrayBuffer, repeated
 * over [start, end) */
static void b_fill(js_State *J)
{
	view *v = to_view(J, 1), *pv = to_any(J, 2);
	size_t start = arg_size(J, 3, v->len), end = arg_size(J, 4, v->len), i, k;
	unsigned char *d = bytes_of(v);
	const unsigned char *p = bytes_of(pv);
	if (end <= start || pv->len == 0)
		goto done;
	if (pv->len == 1) {
		memset(d + start, p[0], end - start);
		goto done;
	}
	/* copy the pattern once, then double what is there (memmove: pattern may overlap) */
	k = pv->len < end - start ? pv->len : end - start;
	memmove(d + start, p, k);
	for (i = start + k; i < end; i += k) {
		size_t n = i - start < end - i ? i - start : end - i;
		memcpy(d + i, d + start, n);
		k = n;
	}
done:
	js_pushundefined(J);
}

/* fillByte(view, value, start, end): value ToNumber modulo 256 */
static void b_fillByte(js_State *J)
{
	view *v = to_view(J, 1);
	size_t start = arg_size(J, 3, v->len), end = arg_size(J, 4, v->len);
	if (end > start)
		memset(bytes_of(v) + start, to_byte(js_tonumber(J, 2)), end - start);
	js_pushundefined(J);
}

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

/* Pushes the number in p[0..size): type 0 unsigned, 1 signed, 2 IEEE float (size 4) or
 * double (size 8); le for little-endian. */
static void push_number(js_State *J, const unsigned char *p, int size, int type, int le)
{
	uint64_t x = load(p, size, le);
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

/* readNumber(view, offset, size, type, le): type 0 unsigned, 1 signed, 2 IEEE float
 * (size 4) or double (size 8). The caller has range-checked offset (Node's errors). */
static void b_readNumber(js_State *J)
{
	view *v = to_view(J, 1);
	size_t off = arg_size(J, 2, v->len);
	int size = js_toint32(J, 3), type = js_toint32(J, 4), le = js_toboolean(J, 5);
	if (size < 1 || size > 8 || off + (size_t)size > v->len)
		js_rangeerror(J, "offset out of range");
	push_number(J, bytes_of(v) + off, size, type, le);
}

/* The float nearest to d, with IEEE overflow to ±Infinity (a C conversion of a double
 * beyond float's range is undefined). */
static float to_float(double d)
{
	if (isfinite(d) && fabs(d) >= 0x1.ffffffp127)
		return d > 0 ? (float)INFINITY : -(float)INFINITY;
	return (float)d;
}

/* writeNumber(view, offset, size, type, le, value): the caller has checked the value's
 * range and the offset (Node throws ERR_OUT_OF_RANGE in JS); an integer value is
 * truncated, NaN and ±Infinity write 0. Returns offset + size. */
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
			float f = to_float(d);
			uint32_t u;
			memcpy(&u, &f, 4);
			x = u;
		} else {
			memcpy(&x, &d, 8);
		}
	} else {
		d = isfinite(d) ? trunc(d) : 0;
		if (d <= -9223372036854775808.0 || d >= 18446744073709551616.0)
			d = fmod(d, 18446744073709551616.0);
		x = d < 0 ? (uint64_t)(int64_t)d : (uint64_t)d;
	}
	store_bytes(bytes_of(v) + off, x, size, le);
	js_pushnumber(J, (double)(off + (size_t)size));
}

/* ---- the other typed arrays (Int8Array ... Float64Array, Uint8ClampedArray) ----
 * A TAG_TYPED userdata: a view like a byte view's, whose indices read and write
 * elements of esize bytes in the machine's byte order (as V8's do); length counts
 * elements, byteLength and byteOffset bytes. */

static int typed_has(js_State *J, void *p, const char *name)
{
	view *v = p;
	size_t k;
	if (parse_index(name, &k)) {
		if (k >= v->len / (size_t)v->esize)
			return 0;
		push_number(J, bytes_of(v) + k * (size_t)v->esize, v->esize,
			v->etype == 3 ? 0 : v->etype, 1);
		return 1;
	}
	if (name[0] == 'l' && !strcmp(name, "length")) {
		js_pushnumber(J, (double)(v->len / (size_t)v->esize));
		return 1;
	}
	return view_has(J, p, name);
}

/* ECMAScript's element conversions: integers modulo 2^bits, the clamped byte rounded
 * half to even within 0..255, floats as IEEE stores them. */
static uint64_t element_bits(double d, int esize, int etype)
{
	if (etype == 2) {
		if (esize == 4) {
			float f = to_float(d);
			uint32_t u;
			memcpy(&u, &f, 4);
			return u;
		} else {
			uint64_t x;
			memcpy(&x, &d, 8);
			return x;
		}
	}
	if (etype == 3) {
		if (!(d > 0))
			return 0;
		if (d >= 255)
			return 255;
		return (uint64_t)nearbyint(d);
	}
	if (!isfinite(d))
		return 0;
	d = fmod(trunc(d), 4294967296.0);
	if (d < 0)
		d += 4294967296.0;
	return (uint64_t)d;
}

static int typed_put(js_State *J, void *p, const char *name)
{
	view *v = p;
	size_t k;
	if (parse_index(name, &k)) {
		double d = js_tonumber(J, -1);
		if (k < v->len / (size_t)v->esize)
			store_bytes(bytes_of(v) + k * (size_t)v->esize,
				element_bits(d, v->esize, v->etype), v->esize, 1);
		return 1;
	}
	return view_put(J, p, name);
}

static int typed_indices(js_State *J, void *p)
{
	view *v = p;
	size_t n = v->len / (size_t)v->esize;
	(void)J;
	if (v->unlisted)
		return 0;
	return n > 0x7fffffff ? 0x7fffffff : (int)n;
}

/* typedCreate(bytes, byteOffset, count, esize, etype, proto): a typed array of count
 * elements sharing the store of bytes (an ArrayBuffer or any view) from byteOffset
 * within it; the caller has checked the bounds and the alignment (Node's errors). */
static void b_typedCreate(js_State *J)
{
	view *src = to_any(J, 1), *v;
	size_t off = arg_size(J, 2, src->len);
	int esize = js_toint32(J, 4), etype = js_toint32(J, 5);
	size_t count, len;
	if (esize != 1 && esize != 2 && esize != 4 && esize != 8)
		js_rangeerror(J, "invalid element size");
	count = arg_size(J, 3, (src->len - off) / (size_t)esize);
	len = count * (size_t)esize;
	if (len > src->len - off)
		js_rangeerror(J, "Invalid typed array length: %lu", (unsigned long)count);
	push_arraybuffer(J, 1);
	v = malloc(sizeof *v);
	if (!v)
		js_rangeerror(J, "Array buffer allocation failed");
	v->st = src->st;
	v->off = src->off + off;
	v->len = len;
	v->unlisted = 0;
	v->esize = esize;
	v->etype = etype;
	v->st->refs++;
	js_copy(J, 6);
	js_newuserdatax(J, TAG_TYPED, v, typed_has, typed_put, view_delete, view_finalize);
	js_setuserdataindices(J, -1, typed_indices);
	js_rot2(J);
	js_sethidden(J, -2, HIDDEN_AB);
}

/* typedType(x): esize * 16 + etype for a TAG_TYPED view, else -1 */
static void b_typedType(js_State *J)
{
	view *v;
	if (!js_isuserdata(J, 1, TAG_TYPED)) {
		js_pushnumber(J, -1);
		return;
	}
	v = js_touserdata(J, 1, TAG_TYPED);
	js_pushnumber(J, v->esize * 16 + v->etype);
}

/* Buffer.prototype's number methods (readUInt32LE, writeIntBE, ...) are C functions
 * for the common case: `this` a view, the offset (and byteLength) integers in range, an
 * integer value within the type's range. Anything else goes to the method of the same
 * name in the JS object given to setNumberSlowPaths, which checks the arguments in
 * Node's order and throws Node's error (lib/buffer.js). */
#define REG_SLOW "rt.buffer.slow"

typedef struct numspec {
	const char *name;
	int length;	/* the function's .length, as Node's */
	int write, size, type, le;	/* size 0: byteLength argument (the *IntLE/BE forms) */
} numspec;

static const numspec numspecs[] = {
	{ "readUIntLE", 2, 0, 0, 0, 1 }, { "readUInt32LE", 0, 0, 4, 0, 1 },
	{ "readUInt16LE", 0, 0, 2, 0, 1 }, { "readUInt8", 0, 0, 1, 0, 1 },
	{ "readUIntBE", 2, 0, 0, 0, 0 }, { "readUInt32BE", 0, 0, 4, 0, 0 },
	{ "readUInt16BE", 0, 0, 2, 0, 0 },
	{ "readIntLE", 2, 0, 0, 1, 1 }, { "readInt32LE", 0, 0, 4, 1, 1 },
	{ "readInt16LE", 0, 0, 2, 1, 1 }, { "readInt8", 0, 0, 1, 1, 1 },
	{ "readIntBE", 2, 0, 0, 1, 0 }, { "readInt32BE", 0, 0, 4, 1, 0 },
	{ "readInt16BE", 0, 0, 2, 1, 0 },
	{ "writeUIntLE", 3, 1, 0, 0, 1 }, { "writeUInt32LE", 1, 1, 4, 0, 1 },
	{ "writeUInt16LE", 1, 1, 2, 0, 1 }, { "writeUInt8", 1, 1, 1, 0, 1 },
	{ "writeUIntBE", 3, 1, 0, 0, 0 }, { "writeUInt32BE", 1, 1, 4, 0, 0 },
	{ "writeUInt16BE", 1, 1, 2, 0, 0 },
	{ "writeIntLE", 3, 1, 0, 1, 1 }, { "writeInt32LE", 1, 1, 4, 1, 1 },
	{ "writeInt16LE", 1, 1, 2, 1, 1 }, { "writeInt8", 1, 1, 1, 1, 1 },
	{ "writeIntBE", 3, 1, 0, 1, 0 }, { "writeInt32BE", 1, 1, 4, 1, 0 },
	{ "writeInt16BE", 1, 1, 2, 1, 0 },
	{ "readFloatLE", 0, 0, 4, 2, 1 }, { "readFloatBE", 0, 0, 4, 2, 0 },
	{ "readDoubleLE", 0, 0, 8, 2, 1 }, { "readDoubleBE", 0, 0, 8, 2, 0 },
	{ "writeFloatLE", 1, 1, 4, 2, 1 }, { "writeFloatBE", 1, 1, 4, 2, 0 },
	{ "writeDoubleLE", 1, 1, 8, 2, 1 }, { "writeDoubleBE", 1, 1, 8, 2, 0 },
};

/* The value of an integer argument at idx in [lo, hi], or -1 if it is anything else
 * (undefined counts as dflt). */
static double int_arg(js_State *J, int idx, double dflt, double lo, double hi)
{
	double d;
	if (js_isundefined(J, idx))
		return dflt;
	if (!js_isnumber(J, idx))
		return -1;
	d = js_tonumber(J, idx);
	return d >= lo && d <= hi && d == floor(d) ? d : -1;
}

static void number_method(js_State *J)
{
	const numspec *ns = js_currentfunctiondata(J);
	int top = js_gettop(J), i, size = ns->size, oidx = ns->write ? 2 : 1;
	double value = 0, off;
	view *v;
	if (!js_isuserdata(J, 0, TAG_VIEW))
		goto slow;
	v = js_touserdata(J, 0, TAG_VIEW);
	if (ns->write)
		value = js_tonumber(J, 1);
	if (size == 0) {
		/* the *IntLE/BE forms: no default offset, byteLength 1..6 */
		if (js_isundefined(J, oidx))
			goto slow;
		size = (int)int_arg(J, oidx + 1, -1, 1, 6);
		if (size < 0)
			goto slow;
	}
	off = int_arg(J, oidx, 0, 0, (double)v->len);
	if (off < 0 || off + size > (double)v->len)
		goto slow;
	if (ns->write && ns->type != 2) {
		double bits = 8.0 * size;
		double lo = ns->type == 1 ? -pow(2, bits - 1) : 0;
		double hi = ns->type == 1 ? pow(2, bits - 1) - 1 : pow(2, bits) - 1;
		if (value < lo || value > hi)
			goto slow;
	}
	if (ns->write) {
		uint64_t x;
		if (ns->type == 2 && size == 4) {
			float f = to_float(value);
			uint32_t u;
			memcpy(&u, &f, 4);
			x = u;
		} else if (ns->type == 2) {
			memcpy(&x, &value, 8);
		} else {
			value = isfinite(value) ? trunc(value) : 0;
			x = value < 0 ? (uint64_t)(int64_t)value : (uint64_t)value;
		}
		store_bytes(bytes_of(v) + (size_t)off, x, size, ns->le);
		js_pushnumber(J, off + size);
	} else {
		push_number(J, bytes_of(v) + (size_t)off, size, ns->type, ns->le);
	}
	return;
slow:
	js_getregistry(J, REG_SLOW);
	js_getproperty(J, -1, ns->name);
	js_copy(J, 0);
	if (ns->write) {
		js_pushnumber(J, value);
		i = 2;
	} else {
		i = 1;
	}
	for (; i < top; i++)
		js_copy(J, i);
	js_call(J, top - 1);
}

/* setNumberSlowPaths(methods): the JS methods number_method falls back to */
static void b_setNumberSlowPaths(js_State *J)
{
	js_copy(J, 1);
	js_setregistry(J, REG_SLOW);
	js_pushundefined(J);
}

/* numberMethod(name): the C method of that name */
static void b_numberMethod(js_State *J)
{
	const char *name = js_tostring(J, 1);
	size_t i;
	for (i = 0; i < sizeof numspecs / sizeof numspecs[0]; i++)
		if (!strcmp(numspecs[i].name, name)) {
			js_newcfunctionx(J, number_method, numspecs[i].name, numspecs[i].length,
				(void *)&numspecs[i], NULL);
			return;
		}
	js_error(J, "no number method %s", name);
}

/* swap(view, size): swaps byte order in place in units of size (2, 4 or 8) */
static void b_swap(js_State *J)
{
	view *v = to_view(J, 1);
	int size = js_toint32(J, 2), k;
	unsigned char *p = bytes_of(v);
	size_t i;
	if (size != 2 && size != 4 && size != 8)
		js_rangeerror(J, "bad swap size");
	for (i = 0; i + (size_t)size <= v->len; i += (size_t)size)
		for (k = 0; k < size / 2; k++) {
			unsigned char t = p[i + k];
			p[i + k] = p[i + size - 1 - k];
			p[i + size - 1 - k] = t;
		}
	js_pushundefined(J);
}

/* fromArray(arrayLike, proto): a new view of ToNumber modulo 256 of each element */
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

/* toArray(view[, count]): a plain array of the first count bytes (default all) */
static void b_toArray(js_State *J)
{
	view *v = to_any(J, 1);
	const unsigned char *p = bytes_of(v);
	size_t i, n = arg_size(J, 2, v->len);
	if (n > 0x7fffffff)
		js_rangeerror(J, "Invalid array length");
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
	size_t total = arg_length(J, 2), at = 0;
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

/* isUtf8(bytes): strict UTF-8 (no overlong forms, surrogates or code points past
 * U+10FFFF), as Node's buffer.isUtf8 */
static void b_isUtf8(js_State *J)
{
	view *v = to_any(J, 1);
	const unsigned char *p = bytes_of(v);
	size_t i = 0, n = v->len;
	while (i < n) {
		int c = p[i], need, lo = 0x80, hi = 0xbf;
		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf)
			need = 1;
		else if (c >= 0xe0 && c <= 0xef) {
			need = 2;
			if (c == 0xe0) lo = 0xa0;
			if (c == 0xed) hi = 0x9f;
		} else if (c >= 0xf0 && c <= 0xf4) {
			need = 3;
			if (c == 0xf0) lo = 0x90;
			if (c == 0xf4) hi = 0x8f;
		} else {
			js_pushboolean(J, 0);
			return;
		}
		for (i++; need > 0; need--, i++) {
			if (i >= n || p[i] < lo || p[i] > hi) {
				js_pushboolean(J, 0);
				return;
			}
			lo = 0x80;
			hi = 0xbf;
		}
	}
	js_pushboolean(J, 1);
}

/* isAscii(bytes): every byte below 0x80 */
static void b_isAscii(js_State *J)
{
	view *v = to_any(J, 1);
	const unsigned char *p = bytes_of(v);
	size_t i;
	for (i = 0; i < v->len; i++)
		if (p[i] & 0x80)
			break;
	js_pushboolean(J, i == v->len);
}

/* Adds binding.buffer to the binding object on top of the stack. */
void rt__buffer_init(rt_runtime *rt)
{
	js_State *J = rt->J;
	js_newobject(J);
	rt__setfn(J, "setPrototypes", b_setPrototypes, 2);
	rt__setfn(J, "create", b_create, 3);
	rt__setfn(J, "createArrayBuffer", b_createArrayBuffer, 1);
	rt__setfn(J, "viewOf", b_viewOf, 4);
	rt__setfn(J, "arrayBufferOf", b_arrayBufferOf, 1);
	rt__setfn(J, "kind", b_kind, 1);
	rt__setfn(J, "sameStore", b_sameStore, 2);
	rt__setfn(J, "namedKeys", b_namedKeys, 2);
	rt__setfn(J, "byteLength", b_byteLength, 2);
	rt__setfn(J, "fromString", b_fromString, 3);
	rt__setfn(J, "fromArray", b_fromArray, 2);
	rt__setfn(J, "toArray", b_toArray, 2);
	rt__setfn(J, "write", b_write, 5);
	rt__setfn(J, "toString", b_toString, 4);
	rt__setfn(J, "copy", b_copy, 5);
	rt__setfn(J, "compare", b_compare, 6);
	rt__setfn(J, "indexOf", b_indexOf, 5);
	rt__setfn(J, "fill", b_fill, 4);
	rt__setfn(J, "fillByte", b_fillByte, 4);
	rt__setfn(J, "readNumber", b_readNumber, 5);
	rt__setfn(J, "writeNumber", b_writeNumber, 6);
	rt__setfn(J, "swap", b_swap, 2);
	rt__setfn(J, "setNumberSlowPaths", b_setNumberSlowPaths, 1);
	rt__setfn(J, "numberMethod", b_numberMethod, 1);
	rt__setfn(J, "concat", b_concat, 3);
	js_newcfunction(J, m_bufferSubarray, "subarray", 2);
	js_setproperty(J, -2, "bufferSubarray");
	js_newcfunction(J, m_typedArraySubarray, "subarray", 2);
	js_setproperty(J, -2, "typedArraySubarray");
	rt__setfn(J, "isUtf8", b_isUtf8, 1);
	rt__setfn(J, "isAscii", b_isAscii, 1);
	rt__setfn(J, "typedCreate", b_typedCreate, 6);
	rt__setfn(J, "typedType", b_typedType, 1);
	js_setproperty(J, -2, "buffer");
}
