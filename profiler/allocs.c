/* allocs.c — allocation accounting (with record_allocs): every block the runtime's
 * allocator hands to mujs is counted against its site, the innermost frame of the app's
 * code on the stack (file, current line, function; what a C function or the runtime's
 * own node: JS makes for the app goes to the app's line that called it; with no app
 * frame, the innermost JS frame; none at all: the "(program)" site). The site's handle is kept in the
 * block's header word (trace.h, mem.tag), so a free finds its site with no lookup and
 * live bytes stay exact. Every ~alloc_sample_bytes on average (exponential intervals:
 * Poisson sampling, as Node's --heap-prof and V8's sampling heap profiler) an
 * allocation is also recorded with its whole stack; such a block carries a flag bit, and
 * its record id waits in a small table until it is freed.
 *
 * Counts are kept per site here and handed to the store at each flush (about every
 * second and after GCs), so the allocation path is a few adds and no call.
 *
 * Tag layout (64 bits, owned by the profiler): bits 0-30 the site's frame handle, bit
 * 31 "sampled allocation", bits 32-63 an object id given by listeners.c (0: none).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static uint64_t next_rand(prof *p)
{
	/* xorshift64* */
	uint64_t x = p->rng;
	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	p->rng = x;
	return x * 0x2545F4914F6CDD1DULL;
}

static int64_t next_interval(prof *p)
{
	double u = ((next_rand(p) >> 11) + 0.5) / 9007199254740992.0;	/* (0, 1) */
	double mean = (double)p->o.alloc_sample_bytes;
	int64_t v = (int64_t)(-log(u) * mean);
	return v > 0 ? v : 1;
}

static uint32_t phash(const void *ptr)
{
	uint64_t h = (uint64_t)(uintptr_t)ptr * 0x9e3779b97f4a7c15ULL;
	return (uint32_t)(h >> 32);
}

static int sampled_grow(prof *p)
{
	uint32_t cap = p->sampled_mask ? (p->sampled_mask + 1) * 2 : 256, i;
	__typeof__(p->sampled) v = calloc(cap, sizeof *v);
	if (!v)
		return -1;
	for (i = 0; p->sampled && i <= p->sampled_mask; i++) {
		uint32_t j;
		if (!p->sampled[i].ptr)
			continue;
		j = phash(p->sampled[i].ptr) & (cap - 1);
		while (v[j].ptr)
			j = (j + 1) & (cap - 1);
		v[j] = p->sampled[i];
	}
	free(p->sampled);
	p->sampled = v;
	p->sampled_mask = cap - 1;
	return 0;
}

static int sampled_put(prof *p, void *ptr, uint64_t id)
{
	uint32_t i;
	if ((p->nsampled + 1) * 2 > p->sampled_mask + 1 && sampled_grow(p))
		return -1;
	i = phash(ptr) & p->sampled_mask;
	while (p->sampled[i].ptr)
		i = (i + 1) & p->sampled_mask;
	p->sampled[i].ptr = ptr;
	p->sampled[i].id = id;
	p->nsampled++;
	return 0;
}

/* Removes ptr (linear probing, backward-shift deletion); returns its id or 0. */
static uint64_t sampled_take(prof *p, void *ptr)
{
	uint32_t i, j, k, mask = p->sampled_mask;
	uint64_t id;
	if (!p->sampled)
		return 0;
	for (i = phash(ptr) & mask; p->sampled[i].ptr != ptr; i = (i + 1) & mask)
		if (!p->sampled[i].ptr)
			return 0;
	id = p->sampled[i].id;
	for (j = i;;) {
		p->sampled[i].ptr = NULL;
		for (;;) {
			j = (j + 1) & mask;
			if (!p->sampled[j].ptr) {
				p->nsampled--;
				return id;
			}
			k = phash(p->sampled[j].ptr) & mask;
			/* move j back to i unless its home k lies cyclically in (i, j] */
			if (i <= j ? (i < k && k <= j) : (i < k || k <= j))
				continue;
			break;
		}
		p->sampled[i] = p->sampled[j];
		i = j;
	}
}

/* The runtime's own JS (node: files): what it allocates for the app (a Buffer's
 * Uint8Array, a socket, a stream's state, a Map's entry records) is charged to the app's
 * line that called it. */
static inline int is_runtime_file(prof *p, const char *file)
{
	return file == p->native_file || (file && file[0] == 'n' && ((file[1] == 'o' &&
		file[2] == 'd' && file[3] == 'e' && file[4] == ':') || prof__is_native_file_slow(p, file)));
}

/* A frame's (line, fnline) as one word: two frames are the same when their name, file
 * and this word are. */
static inline uint64_t lines_of(const js_StackTrace *t)
{
	uint64_t w;
	memcpy(&w, &t->line, sizeof w);
	return w;
}

static inline int same_frame(const js_StackTrace *t, const struct prof__memo_frame *m)
{
	return lines_of(t) == m->lines && t->name == m->name && t->file == m->file;
}

static inline void memo_frame(struct prof__memo_frame *m, const js_StackTrace *t)
{
	m->name = t->name;
	m->file = t->file;
	m->lines = lines_of(t);
}

/* Remembers the frame on top of the stack, under which the site was found valid. */
static inline void remember_top(prof *p)
{
	js_State *J = p->J;
	p->site_memo.depth = J->tracetop;
	memo_frame(&p->site_memo.top, &J->trace[J->tracetop]);
}

/* The site of the allocation being made: the innermost frame of the app's code (not a C
 * function, not the runtime's node: files), else the innermost that is not a C
 * function (the runtime's own work, an I/O callback's). Most allocations come in runs
 * from one line: the answer is remembered with the frame it was found in and the frame
 * on top of the stack then (site_memo; forgotten at each GC, when the frame cache's
 * raw pointers stop being trusted). */
static __attribute__((noinline)) store_id site_lookup(prof *p)
{
	js_State *J = p->J;
	int i, pass;
	for (pass = 0; pass < 2; pass++)
	for (i = J->tracetop; i > 0; i--) {
		const js_StackTrace *t = &J->trace[i];
		if (pass == 0 ? is_runtime_file(p, t->file) : prof__is_native_file(p, t->file))
			continue;
		p->site_memo.id = prof__js_frame(p, t->name, t->file, t->line, t->fnline);
		memo_frame(&p->site_memo.site, t);
		p->site_memo.site_depth = i;
		p->site_memo.site_app = pass == 0;
		remember_top(p);
		return p->site_memo.id;
	}
	p->site_memo.id = 0;
	p->site_memo.depth = -1;
	return p->program_site;
}

/* The memo missed on the frame on top: the remembered site still stands when its frame
 * is where it was and only C frames (or, above an app frame, the runtime's) are above
 * it. */
static __attribute__((noinline)) store_id site_recheck(prof *p)
{
	js_State *J = p->J;
	int i = p->site_memo.site_depth, k, app;
	const js_StackTrace *t;
	if (!p->site_memo.id || i > J->tracetop)
		return site_lookup(p);
	t = &J->trace[i];
	if (!same_frame(t, &p->site_memo.site))
		return site_lookup(p);
	app = !is_runtime_file(p, t->file);
	for (k = J->tracetop; k > i; k--)
		if (app ? !is_runtime_file(p, J->trace[k].file) :
		    !prof__is_native_file(p, J->trace[k].file))
			return site_lookup(p);
	/* the runtime's frame stands for the site only while no app frame is below it
	 * (the same line can be reached from the app's code later) */
	for (k = i - 1; !app && k > 0; k--)
		if (!is_runtime_file(p, J->trace[k].file))
			return site_lookup(p);
	remember_top(p);
	return p->site_memo.id;
}

/* The memo hits when the site's frame (function, file, lines) is still where it was and
 * the same function is on top at the same depth as when the site was last found valid
 * (at any line of it: a runtime function above the app's line allocates from several):
 * the frames between are then taken to be the same too (a different path of the same
 * depth to the same function, with no allocation on the way, is the one case this
 * misses). It also hits, leaving the memo as it is, when the site is the app's code and
 * its frame is on top: it is then the innermost frame of the app's code whatever was on
 * top before. A line that allocates both itself and in a C function it calls
 * (`s += String.fromCharCode(c)`) alternated between the two depths, and every
 * allocation re-checked the memo (bench/js/record-cpu.js with --record-allocs:
 * site_recheck 29.8M instructions). */
static inline int memo_hit(const prof *p)
{
	const js_State *J = p->J;
	int d = J->tracetop, i = p->site_memo.site_depth;
	if (d == p->site_memo.depth && same_frame(&J->trace[i], &p->site_memo.site) &&
	    (i == d || (J->trace[d].name == p->site_memo.top.name &&
	     J->trace[d].file == p->site_memo.top.file)))
		return 1;
	return i == d && p->site_memo.site_app && p->site_memo.id &&
		same_frame(&J->trace[i], &p->site_memo.site);
}

static inline store_id current_site(prof *p)
{
	return memo_hit(p) ? p->site_memo.id : site_recheck(p);
}

static __attribute__((noinline)) void sample_alloc(prof *p, const rt_trace_event *ev,
	store_id site)
{
	store_id stack = prof__current_stack(p, NULL);
	uint64_t id;
	p->alloc_countdown = next_interval(p);
	id = store_alloc_sample(p->s, prof__us(p, prof__mono_ns()), ev->u.mem.size, site, stack);
	if (id && sampled_put(p, ev->u.mem.ptr, id) == 0)
		*ev->u.mem.tag |= PROF__SAMPLED_BIT;
	p->st.alloc_samples++;
}

static __attribute__((noinline)) void sampled_freed(prof *p, void *ptr)
{
	uint64_t id = sampled_take(p, ptr);
	if (id)
		store_alloc_free(p->s, id, prof__us(p, prof__mono_ns()));
}

/* Per-site totals are aggregated here (a few adds on the allocation path) and handed
 * to the store per changed site at each flush (store_site_add). */
static __attribute__((noinline)) struct prof__site *site_grow(prof *p, store_id site)
{
	uint32_t cap = p->sites_cap ? p->sites_cap : 1024;
	struct prof__site *v;
	while (cap <= site)
		cap *= 2;
	v = realloc(p->sites, cap * sizeof *v);
	if (!v)
		return NULL;
	memset(v + p->sites_cap, 0, (cap - p->sites_cap) * sizeof *v);
	p->sites = v;
	p->sites_cap = cap;
	return &p->sites[site];
}

static inline struct prof__site *site_slot(prof *p, store_id site)
{
	return site < p->sites_cap ? &p->sites[site] : site_grow(p, site);
}

static __attribute__((noinline)) void mark_dirty(prof *p, store_id site)
{
	if (p->ndirty == p->dirty_cap) {
		uint32_t cap = p->dirty_cap ? p->dirty_cap * 2 : 256;
		store_id *d = realloc(p->dirty_sites, cap * sizeof *d);
		if (!d)
			return;
		p->dirty_sites = d;
		p->dirty_cap = cap;
	}
	p->dirty_sites[p->ndirty++] = site;
}

static __attribute__((noinline)) void on_alloc(prof *p, const rt_trace_event *ev)
{
	store_id site = current_site(p);
	uint64_t size = ev->u.mem.size;
	struct prof__site *e;
	if (site > 0x7fffffffu || !(e = site_slot(p, site)))
		return;
	if (!e->count && !e->live)
		mark_dirty(p, site);
	e->count++;
	e->bytes += size;
	e->live += (int64_t)size;
	*ev->u.mem.tag = site;
	p->alloc_countdown -= (int64_t)size;
	if (p->alloc_countdown <= 0)
		sample_alloc(p, ev, site);
}

static __attribute__((noinline)) void on_free(prof *p, const rt_trace_event *ev)
{
	uint64_t tag = *ev->u.mem.tag;
	store_id site = (store_id)(tag & 0x7fffffffu);
	if (site && site < p->sites_cap) {
		struct prof__site *e = &p->sites[site];
		if (!e->count && !e->live)
			mark_dirty(p, site);
		e->live -= (int64_t)ev->u.mem.size;
	}
	if (tag & PROF__SAMPLED_BIT)
		sampled_freed(p, ev->u.mem.ptr);
}

/* The bus's ALLOC and FREE subscribers. Their common case (the memo hits, the site's
 * slot exists and is already dirty, no sample due; a block of such a site freed) is
 * done here, calling nothing, so that it saves and restores no registers; anything else
 * goes to on_alloc/on_free, which start over (nothing is changed before they are
 * called). bench/js/record-alloc.js with --record-allocs: 4.2M allocations, ~13
 * instructions each of prologue and epilogue when on_alloc was the subscriber. */
void prof__on_alloc(void *data, const rt_trace_event *ev)
{
	prof *p = data;
	uint64_t size = ev->u.mem.size;
	struct prof__site *e;
	store_id site;
	if (!memo_hit(p) || (site = p->site_memo.id) >= p->sites_cap ||
	    site > 0x7fffffffu || (!(e = &p->sites[site])->count && !e->live) ||
	    p->alloc_countdown <= (int64_t)size) {
		on_alloc(p, ev);
		return;
	}
	e->count++;
	e->bytes += size;
	e->live += (int64_t)size;
	*ev->u.mem.tag = site;
	p->alloc_countdown -= (int64_t)size;
}

void prof__on_free(void *data, const rt_trace_event *ev)
{
	prof *p = data;
	uint64_t tag = *ev->u.mem.tag;
	store_id site = (store_id)(tag & 0x7fffffffu);
	struct prof__site *e;
	if ((tag & PROF__SAMPLED_BIT) || !site || site >= p->sites_cap ||
	    (!(e = &p->sites[site])->count && !e->live)) {
		on_free(p, ev);
		return;
	}
	e->live -= (int64_t)ev->u.mem.size;
}

void prof__alloc_flush(prof *p, int64_t now_us)
{
	uint32_t i;
	for (i = 0; i < p->ndirty; i++) {
		store_id site = p->dirty_sites[i];
		struct prof__site *e = &p->sites[site];
		if (e->count || e->live) {
			p->st.allocs += e->count;
			store_site_add(p->s, site, e->count, e->bytes, e->live);
			memset(e, 0, sizeof *e);
		}
	}
	p->ndirty = 0;
	store_site_flush(p->s, now_us);
}

void prof__alloc_free_tables(prof *p)
{
	free(p->sites);
	free(p->dirty_sites);
	p->sites = NULL;
	p->dirty_sites = NULL;
	free(p->sampled);
	p->sampled = NULL;
	p->sampled_mask = p->nsampled = 0;
}
