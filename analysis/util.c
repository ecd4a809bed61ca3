/* util.c — analysis/'s small infrastructure: a pool that frees everything at once and
 * interns strings (so equal strings are equal pointers), a hash index over the caller's
 * arrays, a growing-array helper and statement helpers.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

struct an__chunk {
	an__chunk *next;
	size_t used, cap;
	max_align_t data[];
};

#define CHUNK_BYTES (64u << 10)

void *an__palloc(an__pool *p, size_t n)
{
	an__chunk *c = p->chunks;
	void *r;
	n = (n + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1);
	if (!c || c->cap - c->used < n) {
		size_t cap = n > CHUNK_BYTES ? n : CHUNK_BYTES;
		c = malloc(sizeof *c + cap);
		if (!c)
			return NULL;
		c->used = 0;
		c->cap = cap;
		if (p->chunks && n > CHUNK_BYTES) {
			/* a big block goes behind the current chunk, which stays in use */
			c->next = p->chunks->next;
			p->chunks->next = c;
		} else {
			c->next = p->chunks;
			p->chunks = c;
		}
	}
	r = (char *)c->data + c->used;
	c->used += n;
	memset(r, 0, n);
	return r;
}

static uint64_t str_hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;	/* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

static int pstr_grow(an__pool *p)
{
	uint32_t cap = p->smask ? (p->smask + 1) * 2 : 256, i;
	char **v = calloc(cap, sizeof *v);
	if (!v)
		return -1;
	for (i = 0; p->strs && i <= p->smask; i++) {
		uint32_t j;
		if (!p->strs[i])
			continue;
		j = (uint32_t)str_hash(p->strs[i]) & (cap - 1);
		while (v[j])
			j = (j + 1) & (cap - 1);
		v[j] = p->strs[i];
	}
	free(p->strs);
	p->strs = v;
	p->smask = cap - 1;
	return 0;
}

const char *an__pstr(an__pool *p, const char *s)
{
	uint32_t i;
	size_t len;
	char *c;
	if (!s)
		s = "";
	if ((p->sn + 1) * 2 > p->smask + 1 && pstr_grow(p))
		return NULL;
	for (i = (uint32_t)str_hash(s) & p->smask; p->strs[i]; i = (i + 1) & p->smask)
		if (!strcmp(p->strs[i], s))
			return p->strs[i];
	len = strlen(s);
	c = an__palloc(p, len + 1);
	if (!c)
		return NULL;
	memcpy(c, s, len + 1);
	p->strs[i] = c;
	p->sn++;
	return c;
}

void an__pool_free(an__pool *p)
{
	an__chunk *c = p->chunks;
	while (c) {
		an__chunk *next = c->next;
		free(c);
		c = next;
	}
	free(p->strs);
	memset(p, 0, sizeof *p);
}

uint64_t an__hash(uint64_t h, uint64_t v)
{
	h = (h ^ v) * 0x9e3779b97f4a7c15ULL;
	return h ^ (h >> 29);
}

int64_t an__hset_find(const an__hset *h, uint64_t hash,
	int (*eq)(const void *ctx, uint32_t idx, const void *key), const void *ctx,
	const void *key)
{
	uint32_t i;
	if (!h->slot)
		return -1;
	for (i = (uint32_t)hash & h->mask; h->slot[i].idx; i = (i + 1) & h->mask)
		if (h->slot[i].hash == hash && eq(ctx, h->slot[i].idx - 1, key))
			return h->slot[i].idx - 1;
	return -1;
}

int an__hset_add(an__hset *h, uint64_t hash, uint32_t idx)
{
	uint32_t i;
	if ((h->n + 1) * 2 > (h->slot ? h->mask + 1 : 0)) {
		uint32_t cap = h->slot ? (h->mask + 1) * 2 : 64, k;
		struct an__hslot *v = calloc(cap, sizeof *v);
		if (!v)
			return AN_ENOMEM;
		for (k = 0; h->slot && k <= h->mask; k++) {
			if (!h->slot[k].idx)
				continue;
			i = (uint32_t)h->slot[k].hash & (cap - 1);
			while (v[i].idx)
				i = (i + 1) & (cap - 1);
			v[i] = h->slot[k];
		}
		free(h->slot);
		h->slot = v;
		h->mask = cap - 1;
	}
	for (i = (uint32_t)hash & h->mask; h->slot[i].idx; i = (i + 1) & h->mask)
		;
	h->slot[i].hash = hash;
	h->slot[i].idx = idx + 1;
	h->n++;
	return 0;
}

void an__hset_free(an__hset *h)
{
	free(h->slot);
	memset(h, 0, sizeof *h);
}

int an__grow(void *vp, size_t *cap, size_t need, size_t size)
{
	void **v = vp;
	size_t c = *cap;
	void *nv;
	if (need <= c)
		return 0;
	while (c < need)
		c = c ? c * 2 : 16;
	nv = realloc(*v, c * size);
	if (!nv)
		return AN_ENOMEM;
	*v = nv;
	*cap = c;
	return 0;
}

sqlite3_stmt *an__prepare(an_db *db, const char *sql, int64_t run)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db->db, sql, -1, &st, NULL) != SQLITE_OK)
		return NULL;
	if (run >= 0 && sqlite3_bind_parameter_count(st) >= 1)
		sqlite3_bind_int64(st, 1, run);
	return st;
}

int64_t an__int(an_db *db, const char *sql, int64_t run, int64_t dflt)
{
	sqlite3_stmt *st = an__prepare(db, sql, run);
	int64_t v = dflt;
	if (!st)
		return dflt;
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

const char *an__col_text(sqlite3_stmt *st, int col)
{
	const unsigned char *t = sqlite3_column_text(st, col);
	return t ? (const char *)t : "";
}
