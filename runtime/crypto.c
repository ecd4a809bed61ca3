/* crypto.c — hashes, HMACs and random bytes for runtime/lib/crypto.js: binding.crypto,
 * on nettle (already the inspector's dependency): its generic nettle_hash table and
 * HMAC construction.
 *
 *   create(kind, algorithm, key)  a handle: kind 0 a hash, 1 an HMAC keyed with the
 *                                 bytes of Buffer `key`; undefined for an algorithm
 *                                 this build does not know (crypto.js words the error).
 *                                 Names as OpenSSL takes them: any case, 'RSA-' prefix,
 *                                 'sha3-256', 'rmd160'
 *   h.update(buffer)              feeds the bytes of a Buffer/Uint8Array
 *   h.digest()                    a new Buffer with the result; the handle is spent
 *   h.copy()                      a new handle in the same state
 *   hashes()                      the names of Node's getHashes() that create() takes
 *   randomFill(buffer, off, len)  fills bytes from the system's CSPRNG (uv_random)
 *
 * A handle owns its contexts (nettle's are plain structs: copying one copies the state)
 * and frees them in its finalizer. Nothing here keeps state between calls.
 */
#include "internal.h"

#include <ctype.h>
#include <nettle/hmac.h>
#include <nettle/nettle-meta.h>
#include <stdlib.h>
#include <string.h>

#define TAG "crypto.Hash"
#define REG_PROTO "rt.crypto.proto"

typedef struct {
	const struct nettle_hash *hash;
	int kind;		/* 0 hash, 1 HMAC */
	int done;		/* digest() was called */
	unsigned char *ctx;	/* hash: one context; HMAC: outer, inner, state */
} hctx;

static void finalize(js_State *J, void *p)
{
	hctx *h = p;
	(void)J;
	free(h->ctx);
	free(h);
}

/* the nettle hash for an OpenSSL-style name, or NULL */
static const struct nettle_hash *lookup(const char *name)
{
	char buf[32];
	size_t i, n;
	if (!strncasecmp(name, "RSA-", 4))
		name += 4;
	n = strlen(name);
	if (n == 0 || n >= sizeof buf)
		return NULL;
	for (i = 0; i <= n; i++)
		buf[i] = name[i] == '-' ? '_' : (char)tolower((unsigned char)name[i]);
	if (!strcmp(buf, "rmd160") || !strcmp(buf, "ripemd"))
		strcpy(buf, "ripemd160");
	if (!strcmp(buf, "gosthash94") || !strcmp(buf, "md2"))
		return NULL;	/* names Node does not take */
	return nettle_lookup_hash(buf);
}

static size_t ctx_size(const hctx *h)
{
	return (size_t)h->hash->context_size * (h->kind ? 3 : 1);
}

static void push_handle(js_State *J, hctx *h)
{
	js_getregistry(J, REG_PROTO);
	js_newuserdata(J, TAG, h, finalize);
}

static hctx *self(js_State *J)
{
	hctx *h = js_touserdata(J, 0, TAG);
	if (h->done)
		js_error(J, "Digest already called");
	return h;
}

/* create(kind, algorithm, key) → a handle, or undefined for an unknown algorithm */
static void c_create(js_State *J)
{
	const struct nettle_hash *hash = lookup(js_tostring(J, 2));
	hctx *h;
	if (!hash) {
		js_pushundefined(J);
		return;
	}
	h = calloc(1, sizeof *h);
	if (!h)
		js_rangeerror(J, "out of memory");
	h->hash = hash;
	h->kind = js_tointeger(J, 1) ? 1 : 0;
	h->ctx = malloc(ctx_size(h));
	if (!h->ctx) {
		free(h);
		js_rangeerror(J, "out of memory");
	}
	if (h->kind == 0) {
		hash->init(h->ctx);
	} else {
		size_t klen = 0, cs = hash->context_size;
		unsigned char *key = rt__buffer_data(J, 3, &klen);
		static const unsigned char empty[1];
		hmac_set_key(h->ctx, h->ctx + cs, h->ctx + 2 * cs, hash,
			key ? klen : 0, key ? key : empty);
	}
	push_handle(J, h);
}

static void c_update(js_State *J)
{
	hctx *h = self(J);
	size_t len = 0;
	unsigned char *p = rt__buffer_data(J, 1, &len);
	if (!p)
		js_typeerror(J, "update: not a Buffer");
	if (h->kind == 0)
		h->hash->update(h->ctx, len, p);
	else
		hmac_update(h->ctx + 2 * h->hash->context_size, h->hash, len, p);
	js_pushundefined(J);
}

static void c_digest(js_State *J)
{
	hctx *h = self(J);
	size_t n = h->hash->digest_size, cs = h->hash->context_size;
	unsigned char *b = rt__buffer_push(J, n);
	if (h->kind == 0)
		h->hash->digest(h->ctx, n, b);
	else
		hmac_digest(h->ctx, h->ctx + cs, h->ctx + 2 * cs, h->hash, n, b);
	h->done = 1;
}

static void c_copy(js_State *J)
{
	hctx *h = self(J), *c;
	c = calloc(1, sizeof *c);
	if (!c)
		js_rangeerror(J, "out of memory");
	*c = *h;
	c->ctx = malloc(ctx_size(h));
	if (!c->ctx) {
		free(c);
		js_rangeerror(J, "out of memory");
	}
	memcpy(c->ctx, h->ctx, ctx_size(h));
	push_handle(J, c);
}

/* Node 20's crypto.getHashes() (OpenSSL 3), less the names nettle has no hash for */
static void c_hashes(js_State *J)
{
	static const char *names[] = {
		"RSA-MD5", "RSA-RIPEMD160", "RSA-SHA1", "RSA-SHA1-2", "RSA-SHA224",
		"RSA-SHA256", "RSA-SHA3-224", "RSA-SHA3-256", "RSA-SHA3-384", "RSA-SHA3-512",
		"RSA-SHA384", "RSA-SHA512", "RSA-SHA512/224", "RSA-SHA512/256", "RSA-SM3",
		"blake2b512", "blake2s256", "id-rsassa-pkcs1-v1_5-with-sha3-224",
		"id-rsassa-pkcs1-v1_5-with-sha3-256", "id-rsassa-pkcs1-v1_5-with-sha3-384",
		"id-rsassa-pkcs1-v1_5-with-sha3-512", "md5", "md5-sha1", "md5WithRSAEncryption",
		"ripemd", "ripemd160", "ripemd160WithRSA", "rmd160", "sha1",
		"sha1WithRSAEncryption", "sha224", "sha224WithRSAEncryption", "sha256",
		"sha256WithRSAEncryption", "sha3-224", "sha3-256", "sha3-384", "sha3-512",
		"sha384", "sha384WithRSAEncryption", "sha512", "sha512-224",
		"sha512-224WithRSAEncryption", "sha512-256", "sha512-256WithRSAEncryption",
		"sha512WithRSAEncryption", "shake128", "shake256", "sm3", "sm3WithRSAEncryption",
		"ssl3-md5", "ssl3-sha1",
	};
	size_t i;
	int k = 0;
	js_newarray(J);
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		if (!lookup(names[i]))
			continue;
		js_pushstring(J, names[i]);
		js_setindex(J, -2, k++);
	}
}

/* randomFill(buffer, offset, length): synchronous uv_random (no loop: it blocks) */
static void c_randomFill(js_State *J)
{
	size_t len = 0;
	unsigned char *p = rt__buffer_data(J, 1, &len);
	double off = js_tonumber(J, 2), n = js_tonumber(J, 3);
	int r;
	if (!p || !(off >= 0) || !(n >= 0) || off + n > (double)len)
		js_rangeerror(J, "randomFill: out of range");
	if (n > 0) {
		r = uv_random(NULL, NULL, p + (size_t)off, (size_t)n, 0, NULL);
		if (r)
			rt__throw_uv(J, r, "uv_random", NULL);
	}
	js_pushundefined(J);
}

/* Adds binding.crypto to the binding object on top of the stack. */
void rt__crypto_init(rt_runtime *rt)
{
	js_State *J = rt->J;
	js_newobject(J);
	rt__setfn(J, "update", c_update, 1);
	rt__setfn(J, "digest", c_digest, 0);
	rt__setfn(J, "copy", c_copy, 0);
	js_setregistry(J, REG_PROTO);

	js_newobject(J);
	rt__setfn(J, "create", c_create, 3);
	rt__setfn(J, "hashes", c_hashes, 0);
	rt__setfn(J, "randomFill", c_randomFill, 3);
	js_setproperty(J, -2, "crypto");
}
