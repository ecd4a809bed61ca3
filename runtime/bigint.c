/* bigint.c — BigInt values: arbitrary-precision integers for mujs patch 0090.
 *
 * A BigInt is an immutable userdata tagged "BigInt" whose data is a big: a sign and a
 * magnitude of 32-bit limbs, least significant first, with no leading zero limb (zero
 * has no limbs and is never negative). The patch makes such a value a primitive to the
 * engine (typeof, ToPrimitive, ToBoolean, ToString, equality, relational comparison)
 * and sends every operator whose operand is one to rt__bigint_hook, here: the hook
 * replaces the operands on the stack with the result or throws V8's error. Arithmetic is
 * schoolbook (add, subtract, multiply), Knuth's algorithm D for division, squaring for
 * powers; bitwise operators work on two's complement copies one limb wider than the
 * wider operand. Number(big) and big == 1.5 go through the decimal text (strtod rounds
 * it correctly). The constructor BigInt, BigInt.prototype and the helpers down-leveled
 * code calls (binding.bigLiteral for `123n`, binding.bigPow for `**`) and
 * binding.hrtimeBigint are made here; rt__bigint_push64 lets other natives
 * make a 64-bit value.
 */
#include "internal.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TAG "BigInt"
#define PROTO "leakscope:BigInt.prototype"
/* V8's limit is 2^30 bits; a result that would be larger is a RangeError */
#define MAXLIMBS (1 << 25)

typedef struct big
{
	int neg;
	int n;
	uint32_t d[];
} big;

static big *big_alloc(js_State *J, int n)
{
	big *b;
	if (n > MAXLIMBS)
		js_rangeerror(J, "Maximum BigInt size exceeded");
	b = js_malloc(J, sizeof *b + (size_t)(n ? n : 1) * sizeof(uint32_t));
	b->neg = 0;
	b->n = n;
	memset(b->d, 0, (size_t)n * sizeof(uint32_t));
	return b;
}

static void big_trim(big *b)
{
	while (b->n > 0 && b->d[b->n - 1] == 0)
		b->n--;
	if (b->n == 0)
		b->neg = 0;
}

static void big_finalize(js_State *J, void *p)
{
	js_free(J, p);
}

/* Pushes b (trimmed here) as a BigInt value; b belongs to the value from now on. */
static void big_push(js_State *J, big *b)
{
	big_trim(b);
	js_getregistry(J, PROTO);
	js_newuserdata(J, TAG, b, big_finalize);
}

static const big *big_at(js_State *J, int idx)
{
	return js_touserdata(J, idx, TAG);
}

static big *big_copy(js_State *J, const big *a, int n)
{
	big *r = big_alloc(J, n > a->n ? n : a->n);
	memcpy(r->d, a->d, (size_t)a->n * sizeof(uint32_t));
	r->neg = a->neg;
	return r;
}

/* ---- magnitudes ---- */

static int mag_cmp(const uint32_t *a, int an, const uint32_t *b, int bn)
{
	if (an != bn)
		return an < bn ? -1 : 1;
	while (an-- > 0)
		if (a[an] != b[an])
			return a[an] < b[an] ? -1 : 1;
	return 0;
}

/* r = a + b, r has room for max(an, bn) + 1 limbs */
static void mag_add(uint32_t *r, const uint32_t *a, int an, const uint32_t *b, int bn)
{
	uint64_t c = 0;
	int i, n = an > bn ? an : bn;
	for (i = 0; i < n; i++) {
		c += (uint64_t)(i < an ? a[i] : 0) + (i < bn ? b[i] : 0);
		r[i] = (uint32_t)c;
		c >>= 32;
	}
	r[n] = (uint32_t)c;
}

/* r = a - b for a >= b, r has room for an limbs */
static void mag_sub(uint32_t *r, const uint32_t *a, int an, const uint32_t *b, int bn)
{
	int64_t c = 0;
	int i;
	for (i = 0; i < an; i++) {
		c += (int64_t)a[i] - (i < bn ? b[i] : 0);
		r[i] = (uint32_t)c;
		c = c < 0 ? -1 : 0;
	}
}

/* a signed sum: (aneg ? -a : a) + (bneg ? -b : b) */
static big *big_addsigned(js_State *J, const big *a, int aneg, const big *b, int bneg)
{
	big *r;
	if (aneg == bneg) {
		r = big_alloc(J, (a->n > b->n ? a->n : b->n) + 1);
		mag_add(r->d, a->d, a->n, b->d, b->n);
		r->neg = aneg;
	} else if (mag_cmp(a->d, a->n, b->d, b->n) >= 0) {
		r = big_alloc(J, a->n);
		mag_sub(r->d, a->d, a->n, b->d, b->n);
		r->neg = aneg;
	} else {
		r = big_alloc(J, b->n);
		mag_sub(r->d, b->d, b->n, a->d, a->n);
		r->neg = bneg;
	}
	big_trim(r);
	return r;
}

static big *big_mul(js_State *J, const big *a, const big *b)
{
	big *r = big_alloc(J, a->n + b->n);
	int i, j;
	for (i = 0; i < a->n; i++) {
		uint64_t c = 0;
		for (j = 0; j < b->n; j++) {
			c += (uint64_t)a->d[i] * b->d[j] + r->d[i + j];
			r->d[i + j] = (uint32_t)c;
			c >>= 32;
		}
		r->d[i + b->n] = (uint32_t)c;
	}
	r->neg = a->neg != b->neg;
	big_trim(r);
	return r;
}

static int nlz(uint32_t x)
{
	int n = 0;
	if (!x)
		return 32;
	while (!(x & 0x80000000u)) {
		x <<= 1;
		n++;
	}
	return n;
}

/* q = a / b, r = a % b (magnitudes, truncating), b nonzero. Knuth's algorithm D. q has
 * room for an - bn + 1 limbs (when an >= bn), r for bn limbs; either may be NULL. */
static void mag_divmod(js_State *J, uint32_t *q, uint32_t *r, const uint32_t *a, int an,
	const uint32_t *b, int bn)
{
	uint32_t *un, *vn;
	int s, i, j;
	if (an < bn) {
		if (r) {
			memset(r, 0, (size_t)bn * sizeof *r);
			memcpy(r, a, (size_t)an * sizeof *r);
		}
		return;
	}
	if (bn == 1) {
		uint64_t k = 0;
		for (j = an - 1; j >= 0; j--) {
			k = (k << 32) | a[j];
			if (q)
				q[j] = (uint32_t)(k / b[0]);
			k %= b[0];
		}
		if (r)
			r[0] = (uint32_t)k;
		return;
	}
	s = nlz(b[bn - 1]);
	un = js_malloc(J, (size_t)(an + 1 + bn) * sizeof *un);
	vn = un + an + 1;
	for (i = bn - 1; i > 0; i--)
		vn[i] = (b[i] << s) | (s ? (uint32_t)((uint64_t)b[i - 1] >> (32 - s)) : 0);
	vn[0] = b[0] << s;
	un[an] = s ? (uint32_t)((uint64_t)a[an - 1] >> (32 - s)) : 0;
	for (i = an - 1; i > 0; i--)
		un[i] = (a[i] << s) | (s ? (uint32_t)((uint64_t)a[i - 1] >> (32 - s)) : 0);
	un[0] = a[0] << s;
	for (j = an - bn; j >= 0; j--) {
		uint64_t num = ((uint64_t)un[j + bn] << 32) | un[j + bn - 1];
		uint64_t qhat = num / vn[bn - 1], rhat = num % vn[bn - 1];
		int64_t t, k;
		while (qhat >= ((uint64_t)1 << 32) ||
		       qhat * vn[bn - 2] > ((rhat << 32) | un[j + bn - 2])) {
			qhat--;
			rhat += vn[bn - 1];
			if (rhat >= ((uint64_t)1 << 32))
				break;
		}
		k = 0;
		for (i = 0; i < bn; i++) {
			uint64_t p = qhat * vn[i];
			t = (int64_t)un[i + j] - k - (int64_t)(p & 0xFFFFFFFFu);
			un[i + j] = (uint32_t)t;
			k = (int64_t)(p >> 32) - (t >> 32);
		}
		t = (int64_t)un[j + bn] - k;
		un[j + bn] = (uint32_t)t;
		if (t < 0) {
			uint64_t c = 0;
			qhat--;
			for (i = 0; i < bn; i++) {
				c += (uint64_t)un[i + j] + vn[i];
				un[i + j] = (uint32_t)c;
				c >>= 32;
			}
			un[j + bn] += (uint32_t)c;
		}
		if (q)
			q[j] = (uint32_t)qhat;
	}
	if (r)
		for (i = 0; i < bn; i++)
			r[i] = (un[i] >> s) | (s ? (uint32_t)((uint64_t)un[i + 1] << (32 - s)) : 0);
	js_free(J, un);
}

static big *big_div(js_State *J, const big *a, const big *b, int mod)
{
	big *r;
	if (b->n == 0)
		js_rangeerror(J, "Division by zero");
	if (mod) {
		r = big_alloc(J, b->n);
		mag_divmod(J, NULL, r->d, a->d, a->n, b->d, b->n);
		r->neg = a->neg;
	} else {
		r = big_alloc(J, a->n >= b->n ? a->n - b->n + 1 : 0);
		mag_divmod(J, r->d, NULL, a->d, a->n, b->d, b->n);
		r->neg = a->neg != b->neg;
	}
	big_trim(r);
	return r;
}

static big *big_fromu64(js_State *J, uint64_t v, int neg)
{
	big *r = big_alloc(J, 2);
	r->d[0] = (uint32_t)v;
	r->d[1] = (uint32_t)(v >> 32);
	r->neg = neg;
	big_trim(r);
	return r;
}

/* a as a uint64 (its low 64 bits), and whether it fits */
static uint64_t big_lowu64(const big *a, int *fits)
{
	uint64_t v = a->n > 0 ? a->d[0] : 0;
	if (a->n > 1)
		v |= (uint64_t)a->d[1] << 32;
	if (fits)
		*fits = a->n <= 2;
	return v;
}

static big *big_pow(js_State *J, const big *a, const big *e)
{
	big *r, *x, *t;
	uint64_t k;
	int fits;
	if (e->neg)
		js_rangeerror(J, "Exponent must be non-negative");
	k = big_lowu64(e, &fits);
	if (a->n == 0)
		return big_fromu64(J, k == 0 && fits, 0);
	if (a->n == 1 && a->d[0] == 1)
		return big_fromu64(J, 1, a->neg && (k & 1));
	if (!fits || k > (uint64_t)MAXLIMBS * 32)
		js_rangeerror(J, "Maximum BigInt size exceeded");
	r = big_fromu64(J, 1, 0);
	x = big_copy(J, a, 0);
	for (;;) {
		if (k & 1) {
			t = big_mul(J, r, x);
			js_free(J, r);
			r = t;
		}
		k >>= 1;
		if (!k)
			break;
		t = big_mul(J, x, x);
		js_free(J, x);
		x = t;
	}
	js_free(J, x);
	return r;
}

/* ---- shifts and two's complement ---- */

/* |a| shifted left by k bits (k >= 0), sign kept */
static big *big_shl(js_State *J, const big *a, uint64_t k)
{
	int w = (int)(k / 32), s = (int)(k % 32), i;
	big *r;
	if (a->n == 0)
		return big_alloc(J, 0);
	if (k > (uint64_t)MAXLIMBS * 32)
		js_rangeerror(J, "Maximum BigInt size exceeded");
	r = big_alloc(J, a->n + w + 1);
	for (i = 0; i < a->n; i++) {
		uint64_t v = (uint64_t)a->d[i] << s;
		r->d[i + w] |= (uint32_t)v;
		r->d[i + w + 1] |= (uint32_t)(v >> 32);
	}
	r->neg = a->neg;
	big_trim(r);
	return r;
}

/* floor(a / 2^k), k >= 0 */
static big *big_shr(js_State *J, const big *a, uint64_t k)
{
	uint64_t w = k / 32;
	int s = (int)(k % 32), i, n;
	big *r, *t = NULL;
	const big *m = a;
	if (a->neg) {
		/* -((|a| - 1) >> k) - 1 */
		t = big_alloc(J, a->n);
		mag_sub(t->d, a->d, a->n, (const uint32_t[]){ 1 }, 1);
		big_trim(t);
		m = t;
	}
	n = w >= (uint64_t)m->n ? 0 : m->n - (int)w;
	r = big_alloc(J, n);
	for (i = 0; i < n; i++) {
		uint64_t v = m->d[i + w];
		if (i + w + 1 < (uint64_t)m->n)
			v |= (uint64_t)m->d[i + w + 1] << 32;
		r->d[i] = (uint32_t)(v >> s);
	}
	big_trim(r);
	if (a->neg) {
		js_free(J, t);
		t = big_alloc(J, (r->n > 1 ? r->n : 1) + 1);
		mag_add(t->d, r->d, r->n, (const uint32_t[]){ 1 }, 1);
		t->neg = 1;
		js_free(J, r);
		big_trim(t);
		r = t;
	}
	return r;
}

/* a as n limbs of two's complement (n > a->n) */
static void twos(const big *a, uint32_t *w, int n)
{
	int i;
	uint64_t c = 1;
	for (i = 0; i < n; i++)
		w[i] = i < a->n ? a->d[i] : 0;
	if (!a->neg)
		return;
	for (i = 0; i < n; i++) {
		c += (uint32_t)~w[i];
		w[i] = (uint32_t)c;
		c >>= 32;
	}
}

/* the value of n limbs of two's complement (signed when sign, else unsigned) */
static big *fromtwos(js_State *J, uint32_t *w, int n, int sign)
{
	big *r = big_alloc(J, n);
	int i;
	memcpy(r->d, w, (size_t)n * sizeof *w);
	if (sign && n > 0 && (w[n - 1] & 0x80000000u)) {
		uint64_t c = 1;
		for (i = 0; i < n; i++) {
			c += (uint32_t)~r->d[i];
			r->d[i] = (uint32_t)c;
			c >>= 32;
		}
		r->neg = 1;
	}
	big_trim(r);
	return r;
}

static big *big_bitop(js_State *J, const big *a, const big *b, int op)
{
	int n = (a->n > b->n ? a->n : b->n) + 1, i;
	uint32_t *x = js_malloc(J, (size_t)n * 2 * sizeof *x), *y = x + n;
	big *r;
	twos(a, x, n);
	twos(b, y, n);
	for (i = 0; i < n; i++)
		x[i] = op == JS_BIGAND ? x[i] & y[i] : op == JS_BIGOR ? x[i] | y[i] : x[i] ^ y[i];
	r = fromtwos(J, x, n, 1);
	js_free(J, x);
	return r;
}

/* BigInt.asUintN / asIntN: a modulo 2^bits, as unsigned or as signed */
static big *big_asn(js_State *J, const big *a, uint64_t bits, int sign)
{
	uint64_t n64 = bits / 32 + 1;
	uint32_t *w;
	big *r;
	int n;
	if (bits == 0)
		return big_alloc(J, 0);
	if (!a->neg && (uint64_t)a->n * 32 < bits)
		return big_copy(J, a, 0);
	if (sign && a->neg && (uint64_t)a->n * 32 < bits - 1)
		return big_copy(J, a, 0);
	if (n64 > MAXLIMBS)
		js_rangeerror(J, "Maximum BigInt size exceeded");
	n = (int)n64;
	if (n < a->n + 1)
		n = a->n + 1;
	w = js_malloc(J, (size_t)n * sizeof *w);
	twos(a, w, n);
	/* keep the low bits */
	{
		int full = (int)(bits / 32), rem = (int)(bits % 32), i;
		for (i = full + (rem ? 1 : 0); i < n; i++)
			w[i] = 0;
		if (rem)
			w[full] &= ((uint32_t)1 << rem) - 1;
		n = full + (rem ? 1 : 0);
		if (sign) {
			/* sign-extend bit bits-1 */
			uint32_t top = rem ? (uint32_t)1 << (rem - 1) : 0x80000000u;
			int ti = rem ? full : full - 1;
			if (w[ti] & top) {
				if (rem)
					w[ti] |= ~(((uint32_t)1 << rem) - 1);
				r = fromtwos(J, w, n, 1);
				js_free(J, w);
				return r;
			}
		}
	}
	r = fromtwos(J, w, n, 0);
	js_free(J, w);
	return r;
}

/* ---- text ---- */

static int digitval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	return 99;
}

/* r = r * m + add, in place (r has a spare limb) */
static void mag_muladd(big *r, uint32_t m, uint32_t add)
{
	uint64_t c = add;
	int i;
	for (i = 0; i < r->n; i++) {
		c += (uint64_t)r->d[i] * m;
		r->d[i] = (uint32_t)c;
		c >>= 32;
	}
	if (c)
		r->d[r->n++] = (uint32_t)c;
}

static int isspace_js(const unsigned char *s, int *len)
{
	*len = 1;
	if (*s == ' ' || (*s >= 9 && *s <= 13))
		return 1;
	if (s[0] == 0xC2 && s[1] == 0xA0)
		return *len = 2;
	if (s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		return *len = 3;
	if (s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0xA8 || s[2] == 0xA9 || (s[2] >= 0x80 && s[2] <= 0x8A) || s[2] == 0xAF))
		return *len = 3;
	if (s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80)
		return *len = 3;
	if (s[0] == 0xE1 && s[1] == 0x9A && s[2] == 0x80)
		return *len = 3;
	if (s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0x9F)
		return *len = 3;
	return 0;
}

/* StringToBigInt: NULL when s is not a BigInt literal (whitespace around it, a sign
 * only before decimal digits, 0x/0o/0b, the empty string is 0n) */
static big *big_parse(js_State *J, const char *s)
{
	const unsigned char *p = (const unsigned char *)s, *e;
	int base = 10, neg = 0, l;
	size_t nd;
	big *r;
	while (*p && isspace_js(p, &l))
		p += l;
	e = p + strlen((const char *)p);
	while (e > p) {
		const unsigned char *q = e - 1;
		while (q > p && (*q & 0xC0) == 0x80)
			q--;
		if (!isspace_js(q, &l) || q + l != e)
			break;
		e = q;
	}
	if (p == e)
		return big_alloc(J, 0);
	if (*p == '+' || *p == '-') {
		neg = *p == '-';
		p++;
	} else if (e - p > 2 && p[0] == '0' && ((p[1] | 0x20) == 'x' || (p[1] | 0x20) == 'o' || (p[1] | 0x20) == 'b')) {
		base = (p[1] | 0x20) == 'x' ? 16 : (p[1] | 0x20) == 'o' ? 8 : 2;
		p += 2;
	}
	if (p == e)
		return NULL;
	for (const unsigned char *q = p; q < e; q++)
		if (digitval(*q) >= base)
			return NULL;
	nd = (size_t)(e - p);
	r = big_alloc(J, (int)(nd * (base == 10 ? 4 : base == 16 ? 4 : base == 8 ? 3 : 1) / 32 + 2));
	r->n = 0;
	while (p < e) {
		uint32_t chunk = 0, m = 1;
		while (p < e && m <= 0xFFFFFFFFu / 36) {
			chunk = chunk * base + digitval(*p++);
			m *= base;
		}
		mag_muladd(r, m, chunk);
	}
	r->neg = neg;
	big_trim(r);
	return r;
}

/* Pushes a in radix 2..36 as a string */
static void big_pushstring(js_State *J, const big *a, int radix)
{
	static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
	uint32_t m = radix, *t;
	int per = 1, n = a->n, len = 0, i;
	char *buf;
	if (a->n == 0) {
		js_pushliteral(J, "0");
		return;
	}
	while ((uint64_t)m * radix <= 0xFFFFFFFFu) {
		m *= radix;
		per++;
	}
	t = js_malloc(J, (size_t)n * sizeof *t);
	memcpy(t, a->d, (size_t)n * sizeof *t);
	buf = js_malloc(J, (size_t)n * 32 + 64);	/* the last chunk may pad past the bits */
	while (n > 0) {
		uint64_t k = 0;
		for (i = n - 1; i >= 0; i--) {
			k = (k << 32) | t[i];
			t[i] = (uint32_t)(k / m);
			k %= m;
		}
		while (n > 0 && t[n - 1] == 0)
			n--;
		for (i = 0; i < per && (n > 0 || k); i++) {
			buf[len++] = digits[k % radix];
			k /= radix;
		}
	}
	if (a->neg)
		buf[len++] = '-';
	for (i = 0; i < len / 2; i++) {
		char c = buf[i];
		buf[i] = buf[len - 1 - i];
		buf[len - 1 - i] = c;
	}
	buf[len] = 0;
	js_free(J, t);
	if (js_try(J)) {
		js_free(J, buf);
		js_throw(J);
	}
	js_pushstring(J, buf);
	js_endtry(J);
	js_free(J, buf);
}

static double big_tonumber(js_State *J, const big *a)
{
	double v;
	big_pushstring(J, a, 10);
	v = strtod(js_tostring(J, -1), NULL);
	js_pop(J, 1);
	return v;
}

/* the BigInt of an integral double */
static big *big_fromdouble(js_State *J, double v)
{
	int e, neg = v < 0;
	double m = frexp(fabs(v), &e);
	uint64_t mant;
	big *t, *r;
	if (v == 0)
		return big_alloc(J, 0);
	mant = (uint64_t)ldexp(m, 53);
	if (e <= 53)
		return big_fromu64(J, mant >> (53 - e), neg);
	t = big_fromu64(J, mant, neg);
	r = big_shl(J, t, (uint64_t)(e - 53));
	js_free(J, t);
	return r;
}

/* compares a with the number v: -1, 0, 1, or 2 for NaN */
static int big_cmpnum(js_State *J, const big *a, double v)
{
	double f;
	big *b;
	int c;
	if (isnan(v))
		return 2;
	if (isinf(v))
		return v > 0 ? -1 : 1;
	f = floor(v);
	b = big_fromdouble(J, f);
	if (a->neg != b->neg)
		c = a->neg ? -1 : 1;
	else
		c = mag_cmp(a->d, a->n, b->d, b->n) * (a->neg ? -1 : 1);
	js_free(J, b);
	if (c == 0 && v > f)
		c = -1;
	return c;
}

static int big_cmp(const big *a, const big *b)
{
	if (a->neg != b->neg)
		return a->neg ? -1 : 1;
	return mag_cmp(a->d, a->n, b->d, b->n) * (a->neg ? -1 : 1);
}

/* ---- the hook (mujs patch 0090) ---- */

/* ToBigInt's error for a primitive that is not a BigInt, string or boolean (idx > 0): a
 * symbol is named by its description (ToPrimitive leaves it, mujs patch 0115) */
static void tobig_error(js_State *J, int idx)
{
	if (js_isnumber(J, idx) || js_isundefined(J, idx) || js_isnull(J, idx))
		js_typeerror(J, "Cannot convert %s to a BigInt", js_tostring(J, idx));
	if (js_isuserdata(J, idx, "Symbol")) {
		js_getproperty(J, idx, "toString");
		js_copy(J, idx);
		js_call(J, 0);
		js_typeerror(J, "Cannot convert %s to a BigInt", js_tostring(J, -1));
	}
	js_typeerror(J, "Cannot convert value to a BigInt");
}

/* compares the primitive at idx with BigInt b: -1/0/1 for (value at idx) vs b, 2 if
 * undefined (NaN or a string that is no BigInt) */
static int cmp_other(js_State *J, int idx, const big *b)
{
	if (js_isbigint(J, idx))
		return big_cmp(big_at(J, idx), b);
	if (js_isstring(J, idx)) {
		big *x = big_parse(J, js_tostring(J, idx));
		int c;
		if (!x)
			return 2;
		c = big_cmp(x, b);
		js_free(J, x);
		return c;
	}
	if (js_isobject(J, idx))	/* a symbol */
		js_typeerror(J, "Cannot convert a Symbol value to a number");
	{
		int c = big_cmpnum(J, b, js_tonumber(J, idx));
		return c == 2 ? 2 : -c;
	}
}

static int hook(js_State *J, int op)
{
	const big *a, *b;
	big *r = NULL;
	int c;
	switch (op) {
	case JS_BIGTRUTHY:
		return big_at(J, -1)->n != 0;
	case JS_BIGTOSTRING:
		a = big_at(J, -1);
		big_pushstring(J, a, 10);
		js_replace(J, -2);
		return 0;
	case JS_BIGTONUMBER:
		js_pushnumber(J, big_tonumber(J, big_at(J, -1)));
		js_replace(J, -2);
		return 0;
	case JS_BIGEQ:
		if (!js_isbigint(J, -2)) {
			if (js_isundefined(J, -2) || js_isnull(J, -2) || js_isobject(J, -2))
				return 0;
			return cmp_other(J, -2, big_at(J, -1)) == 0;
		}
		if (js_isundefined(J, -1) || js_isnull(J, -1) || (js_isobject(J, -1) && !js_isbigint(J, -1)))
			return 0;
		return cmp_other(J, -1, big_at(J, -2)) == 0;
	case JS_BIGCOMPARE:
		if (!js_isbigint(J, -2))
			return cmp_other(J, -2, big_at(J, -1));
		c = cmp_other(J, -1, big_at(J, -2));
		return c == 2 ? 2 : -c;
	case JS_BIGNEG:
		a = big_at(J, -1);
		r = big_copy(J, a, 0);
		r->neg = !a->neg && a->n > 0;
		break;
	case JS_BIGNOT:
	case JS_BIGINC:
	case JS_BIGDEC: {
		big *one = big_fromu64(J, 1, 0);
		a = big_at(J, -1);
		if (op == JS_BIGNOT) /* ~a = -a - 1 */
			r = big_addsigned(J, a, !a->neg && a->n > 0, one, 1);
		else
			r = big_addsigned(J, a, a->neg, one, op == JS_BIGDEC);
		js_free(J, one);
		break;
	}
	default:
		if (!js_isbigint(J, -2) || !js_isbigint(J, -1))
			js_typeerror(J, "Cannot mix BigInt and other types, use explicit conversions");
		a = big_at(J, -2);
		b = big_at(J, -1);
		switch (op) {
		case JS_BIGADD: r = big_addsigned(J, a, a->neg, b, b->neg); break;
		case JS_BIGSUB: r = big_addsigned(J, a, a->neg, b, !b->neg && b->n > 0); break;
		case JS_BIGMUL: r = big_mul(J, a, b); break;
		case JS_BIGDIV: r = big_div(J, a, b, 0); break;
		case JS_BIGMOD: r = big_div(J, a, b, 1); break;
		case JS_BIGAND: case JS_BIGOR: case JS_BIGXOR: r = big_bitop(J, a, b, op); break;
		case JS_BIGUSHR:
			js_typeerror(J, "BigInts have no unsigned right shift, use >> instead");
			break;
		case JS_BIGSHL:
		case JS_BIGSHR: {
			int fits, left = (op == JS_BIGSHL) != b->neg;
			uint64_t k = big_lowu64(b, &fits);
			if (!fits || k > ((uint64_t)1 << 40))
				k = (uint64_t)1 << 40;
			r = left ? big_shl(J, a, k) : big_shr(J, a, k);
			break;
		}
		}
		js_pop(J, 1);
		break;
	}
	big_push(J, r);
	js_replace(J, -2);
	return 0;
}

/* ---- BigInt and BigInt.prototype ---- */

/* ToBigInt (after ToPrimitive) of the value at idx, as a new big */
static big *tobig(js_State *J, int idx)
{
	if (js_isbigint(J, idx))
		return big_copy(J, big_at(J, idx), 0);
	if (js_isboolean(J, idx))
		return big_fromu64(J, js_toboolean(J, idx), 0);
	if (js_isstring(J, idx)) {
		big *r = big_parse(J, js_tostring(J, idx));
		if (!r)
			js_syntaxerror(J, "Cannot convert %s to a BigInt", js_tostring(J, idx));
		return r;
	}
	tobig_error(J, idx);
	return NULL;
}

/* BigInt(value) */
static void B_BigInt(js_State *J)
{
	js_tonumeric(J, 1);
	if (js_isnumber(J, 1)) {
		double v = js_tonumber(J, 1);
		if (!isfinite(v) || v != floor(v))
			js_rangeerror(J, "The number %s cannot be converted to a BigInt because it is not an integer",
				js_tostring(J, 1));
		big_push(J, big_fromdouble(J, v));
		return;
	}
	big_push(J, tobig(J, 1));
}

static void B_new_BigInt(js_State *J)
{
	js_typeerror(J, "BigInt is not a constructor");
}

/* thisBigIntValue */
static const big *thisbig(js_State *J, const char *method)
{
	if (!js_isbigint(J, 0))
		js_typeerror(J, "BigInt.prototype.%s requires that 'this' be a BigInt", method);
	return big_at(J, 0);
}

static void Bp_toString(js_State *J)
{
	const big *a = thisbig(J, "toString");
	double radix = js_isundefined(J, 1) ? 10 : js_tointeger(J, 1);
	if (radix < 2 || radix > 36)
		js_rangeerror(J, "toString() radix argument must be between 2 and 36");
	big_pushstring(J, a, (int)radix);
}

static void Bp_toLocaleString(js_State *J)
{
	const big *a = thisbig(J, "toLocaleString");
	const char *s;
	char *out;
	size_t n, i, o = 0, lead;
	big_pushstring(J, a, 10);
	s = js_tostring(J, -1);
	n = strlen(s);
	out = js_malloc(J, n + n / 3 + 2);
	lead = a->neg ? 1 : 0;
	for (i = 0; i < n; i++) {
		if (i > lead && (n - i) % 3 == 0)
			out[o++] = ',';
		out[o++] = s[i];
	}
	out[o] = 0;
	if (js_try(J)) {
		js_free(J, out);
		js_throw(J);
	}
	js_pushstring(J, out);
	js_endtry(J);
	js_free(J, out);
}

static void Bp_valueOf(js_State *J)
{
	thisbig(J, "valueOf");
	js_copy(J, 0);
}

/* ToIndex of the bits argument of asIntN/asUintN */
static uint64_t tobits(js_State *J)
{
	double v = js_isundefined(J, 1) ? 0 : js_tointeger(J, 1);
	if (v < 0 || v > 9007199254740991.0)
		js_rangeerror(J, "Invalid value: not (convertible to) a safe integer");
	return (uint64_t)v;
}

static void asn(js_State *J, int sign)
{
	uint64_t bits = tobits(J);
	big *a;
	js_tonumeric(J, 2);
	a = tobig(J, 2);
	if (js_try(J)) {
		js_free(J, a);
		js_throw(J);
	}
	big_push(J, big_asn(J, a, bits, sign));
	js_endtry(J);
	js_free(J, a);
}

static void B_asIntN(js_State *J)
{
	asn(J, 1);
}

static void B_asUintN(js_State *J)
{
	asn(J, 0);
}

/* binding.bigLiteral(text): the value of a literal `text`n (0x/0o/0b or decimal digits,
 * separators removed by the down-leveler) */
static void B_literal(js_State *J)
{
	big *r = big_parse(J, js_tostring(J, 1));
	if (!r)
		js_syntaxerror(J, "Invalid BigInt literal %s", js_tostring(J, 1));
	big_push(J, r);
}

/* binding.bigPow(a, b): a ** b, for BigInts or numbers (Math.pow's rules) */
static void B_pow(js_State *J)
{
	js_tonumeric(J, 1);
	js_tonumeric(J, 2);
	if (js_isbigint(J, 1) || js_isbigint(J, 2)) {
		if (!js_isbigint(J, 1) || !js_isbigint(J, 2))
			js_typeerror(J, "Cannot mix BigInt and other types, use explicit conversions");
		if (big_at(J, 2)->neg)
			js_rangeerror(J, "undefined must be positive"); /* V8 11.3's wording */
		big_push(J, big_pow(J, big_at(J, 1), big_at(J, 2)));
	} else {
		double x = js_tonumber(J, 1), y = js_tonumber(J, 2);
		js_pushnumber(J, !isfinite(y) && fabs(x) == 1 ? NAN : pow(x, y));
	}
}

/* rt_userdata_memory's part: a BigInt owns its limbs (heap snapshots show it as an
 * object named BigInt of this size) */
int rt__bigint_memory(const char *tag, void *p, size_t *own)
{
	const big *b = p;
	if (strcmp(tag, TAG))
		return -1;
	*own = sizeof *b + (size_t)(b->n ? b->n : 1) * sizeof(uint32_t);
	return 0;
}

/* binding.hrtimeBigint(): process.hrtime.bigint(), nanoseconds */
static void B_hrtime(js_State *J)
{
	rt__bigint_push64(J, uv_hrtime(), 0);
}

void rt__bigint_push64(js_State *J, uint64_t v, int sign)
{
	int neg = sign && (int64_t)v < 0;
	big_push(J, big_fromu64(J, neg ? 0 - v : v, neg));
}


/* a built-in method: no 'prototype', not a constructor (mujs patch 0122) */
static void defmethod(js_State *J, const char *name, js_CFunction fn, int length)
{
	js_newcmethod(J, fn, name, length, NULL);
	js_defproperty(J, -2, strrchr(name, '.') + 1, JS_DONTENUM);
}

/* Installs the global BigInt and the hook; binding.bigLiteral and binding.bigPow go on
 * the binding object on top of the stack. */
void rt__bigint_init(rt_runtime *rt)
{
	js_State *J = rt->J;
	js_setbiginthook(J, hook);
	rt__setfn(J, "bigLiteral", B_literal, 1);
	rt__setfn(J, "bigPow", B_pow, 2);
	rt__setfn(J, "hrtimeBigint", B_hrtime, 0);

	js_newobject(J);	/* BigInt.prototype */
	defmethod(J, "BigInt.prototype.toString", Bp_toString, 0);
	defmethod(J, "BigInt.prototype.toLocaleString", Bp_toLocaleString, 0);
	defmethod(J, "BigInt.prototype.valueOf", Bp_valueOf, 0);
	js_pushliteral(J, "BigInt");
	js_defproperty(J, -2, "\001Symbol(Symbol.toStringTag)", JS_READONLY | JS_DONTENUM);
	js_copy(J, -1);
	js_setregistry(J, PROTO);
	js_newcconstructor(J, B_BigInt, B_new_BigInt, "BigInt", 1);
	defmethod(J, "BigInt.asIntN", B_asIntN, 2);
	defmethod(J, "BigInt.asUintN", B_asUintN, 2);
	js_defglobal(J, "BigInt", JS_DONTENUM);
}
