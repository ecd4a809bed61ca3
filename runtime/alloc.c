/* alloc.c — the allocator mujs is given: realloc semantics (size 0 frees), with a size
 * header in front of every block so that frees and reallocs know what they give back.
 *
 * This is the one source of truth for JS heap size: process.memoryUsage().heapUsed and
 * the profiler's allocation accounting both read rt->mem, kept exact here. mujs does not
 * tell a free how big the block was, hence the header (DESIGN.md: +4-6% on allocation-
 * heavy code; malloc_usable_size would over-count and tie us to glibc).
 *
 * Small blocks (payload up to RT_POOL_MAX bytes, rounded up to 16) are kept on per-size
 * free lists of their runtime when freed and handed out again before malloc is asked:
 * mujs makes and frees a few hundred objects, properties and scopes per http request,
 * and glibc's malloc/free were a tenth of its instructions. The lists hold at most
 * RT_POOL_CAP bytes (the rest goes back to free()) and are emptied by rt__alloc_release
 * when the runtime ends. 8 MiB: one collection of the http server frees more than 4 MiB
 * of small blocks, and what did not fit was malloc'd again before the next (30 mallocs
 * a request); the server's peak RSS did not move (32 MB). The accounting is unchanged: a pooled block counts as freed.
 * Sanitizer builds pool nothing, so that ASan still sees every use after free.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

typedef union rt_block {
	struct {
		size_t size;
		uint64_t tag;	/* observers' word (trace.h, mem.tag); 0 when allocated */
	} h;
	max_align_t align;	/* keep the payload aligned like malloc's */
} rt_block;

uint64_t *rt_alloc_tag(void *ptr)
{
	return &((rt_block *)ptr - 1)->h.tag;
}

size_t rt_alloc_size(void *ptr)
{
	return ((rt_block *)ptr - 1)->h.size;
}

static void account_free(rt_runtime *rt, rt_block *b)
{
	rt->mem.heap_used -= b->h.size;
	rt->mem.blocks--;
	rt->mem.frees++;
	if (rt_trace_on(&rt->bus, RT_EV_FREE)) {
		rt_trace_event ev;	/* not zeroed: this runs for every block */
		ev.kind = RT_EV_FREE;
		ev.J = rt->J;
		ev.u.mem.ptr = b + 1;
		ev.u.mem.size = b->h.size;
		ev.u.mem.tag = &b->h.tag;
		rt_trace__emit(&rt->bus, &ev);
	}
}

static void account_alloc(rt_runtime *rt, rt_block *b)
{
	rt->mem.heap_used += b->h.size;
	if (rt->mem.heap_used > rt->mem.heap_peak)
		rt->mem.heap_peak = rt->mem.heap_used;
	rt->mem.blocks++;
	rt->mem.allocs++;
	b->h.tag = 0;
	if (rt->mem.heap_used > rt->heap_trip)
		rt__heap_trip(rt);
	if (rt_trace_on(&rt->bus, RT_EV_ALLOC)) {
		rt_trace_event ev;
		ev.kind = RT_EV_ALLOC;
		ev.J = rt->J;
		ev.u.mem.ptr = b + 1;
		ev.u.mem.size = b->h.size;
		ev.u.mem.tag = &b->h.tag;
		rt_trace__emit(&rt->bus, &ev);
	}
}

#if defined(__SANITIZE_ADDRESS__)
#define RT_POOL_MAX 0	/* no pooling: ASan must see every free */
#else
#define RT_POOL_MAX 256
#endif
#define RT_POOL_CAP ((size_t)8 << 20)

/* A small block's class (its payload rounded up to 16 bytes, /16); 0 for one malloc'd
 * at its exact size. */
static inline int pool_class(size_t size)
{
	return size <= RT_POOL_MAX ? (int)((size + 15) >> 4) : 0;
}

/* A fresh block for size bytes of payload (not accounted). */
static rt_block *block_get(rt_runtime *rt, size_t size)
{
	int c = pool_class(size);
	rt_block *b;
	if (c == 0)
		return malloc(sizeof *b + size);
	b = rt->pool[c];
	if (b) {
		rt->pool[c] = *(rt_block **)(b + 1);
		rt->pool_bytes -= (size_t)c << 4;
		return b;
	}
	return malloc(sizeof *b + ((size_t)c << 4));
}

/* Gives back a block whose payload was size bytes (already accounted as freed). */
static void block_put(rt_runtime *rt, rt_block *b, size_t size)
{
	int c = pool_class(size);
	if (c == 0 || rt->pool_bytes >= RT_POOL_CAP) {
		free(b);
		return;
	}
	*(rt_block **)(b + 1) = rt->pool[c];
	rt->pool[c] = b;
	rt->pool_bytes += (size_t)c << 4;
}

void rt__alloc_release(rt_runtime *rt)
{
	for (int c = 0; c < (int)(sizeof rt->pool / sizeof rt->pool[0]); c++) {
		rt_block *b = rt->pool[c];
		while (b) {
			rt_block *next = *(rt_block **)(b + 1);
			free(b);
			b = next;
		}
		rt->pool[c] = NULL;
	}
	rt->pool_bytes = 0;
}

void *rt__alloc(void *actx, void *ptr, int size)
{
	rt_runtime *rt = actx;
	rt_block *b = ptr ? (rt_block *)ptr - 1 : NULL;
	rt_block *nb;

	if (size <= 0) {
		if (b) {
			size_t old = b->h.size;
			account_free(rt, b);
			block_put(rt, b, old);
		}
		return NULL;
	}
	/* A realloc is a free of the old block and an allocation of the new one: the
	 * profiler attributes the new size to the current site. */
	if (!b) {
		nb = block_get(rt, (size_t)size);
		if (!nb)
			return NULL;
	} else {
		size_t old = b->h.size;
		int oc = pool_class(old), c = pool_class((size_t)size);
		account_free(rt, b);
		if (oc == 0 && c == 0) {
			nb = realloc(b, sizeof *b + (size_t)size);
		} else if (oc != 0 && oc == c) {
			nb = b;	/* the block has room for any size of its class */
		} else {
			nb = block_get(rt, (size_t)size);
			if (nb) {
				memcpy(nb + 1, b + 1, old < (size_t)size ? old : (size_t)size);
				block_put(rt, b, old);
			}
		}
		if (!nb) {
			account_alloc(rt, b);	/* the old block is still mujs's */
			return NULL;
		}
	}
	nb->h.size = (size_t)size;
	account_alloc(rt, nb);
	return nb + 1;
}
