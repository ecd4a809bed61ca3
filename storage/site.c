/* site.c — allocation-site counters on the app side (see storage.h, "allocation
 * sites"): plain arrays indexed by the site's frame handle and a list of the sites that
 * changed since the last flush. store_site_alloc/free touch memory only; a flush queues
 * one record of cumulative totals per changed site, which the writer upserts.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static store__site *site_at(store__sites *st, store_id id)
{
	if (id >= st->cap) {
		uint32_t cap = st->cap ? st->cap : 1024;
		store__site *v;
		while (cap <= id)
			cap *= 2;
		v = realloc(st->v, cap * sizeof *v);
		if (!v)
			return NULL;
		memset(v + st->cap, 0, (cap - st->cap) * sizeof *v);
		st->v = v;
		st->cap = cap;
	}
	return &st->v[id];
}

static void mark(store__sites *st, store__site *e, store_id id)
{
	if (e->dirty)
		return;
	if (st->ndirty == st->dirty_cap) {
		uint32_t cap = st->dirty_cap ? st->dirty_cap * 2 : 256;
		store_id *d = realloc(st->dirty, cap * sizeof *d);
		if (!d)
			return;		/* the totals stay right; this flush misses the site */
		st->dirty = d;
		st->dirty_cap = cap;
	}
	st->dirty[st->ndirty++] = id;
	e->dirty = 1;
}

void store_site_alloc(store *s, store_id site, uint64_t bytes)
{
	store__site *e;
	if (!site || !(e = site_at(&s->sites, site)))
		return;
	e->count++;
	e->bytes += bytes;
	e->live += (int64_t)bytes;
	mark(&s->sites, e, site);
}

void store_site_free(store *s, store_id site, uint64_t bytes)
{
	store__site *e;
	if (!site || !(e = site_at(&s->sites, site)))
		return;
	e->live -= (int64_t)bytes;
	mark(&s->sites, e, site);
}

void store_site_add(store *s, store_id site, uint64_t count, uint64_t bytes,
	int64_t live_delta)
{
	store__site *e;
	if (!site || !(e = site_at(&s->sites, site)))
		return;
	e->count += count;
	e->bytes += bytes;
	e->live += live_delta;
	mark(&s->sites, e, site);
}

void store_site_flush(store *s, int64_t t_us)
{
	store__sites *st = &s->sites;
	uint32_t i;
	for (i = 0; i < st->ndirty; i++) {
		store__site *e = &st->v[st->dirty[i]];
		store__rec_site *r = store__rec_begin(s, STORE__REC_SITE, sizeof *r, 1);
		e->dirty = 0;
		if (!r)
			continue;
		r->t_us = t_us;
		r->site = st->dirty[i];
		r->count = e->count;
		r->bytes = e->bytes;
		r->live = e->live;
		store__rec_end(s, &r->h);
	}
	st->ndirty = 0;
}

void store__sites_free(store__sites *st)
{
	free(st->v);
	free(st->dirty);
	memset(st, 0, sizeof *st);
}
