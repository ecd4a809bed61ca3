/* alloc.c — the allocator mujs is given: realloc semantics (size 0 frees), with a size
 * header in front of every block so that frees and reallocs know what they give back.
 *
 * This is the one source of truth for JS heap size: process.memoryUsage().heapUsed and
 * the profiler's allocation accounting both read rt->mem, kept exact here. mujs does not
 * tell a free how big the block was, hence the header (DESIGN.md: +4-6% on allocation-
 * heavy code; malloc_usable_size would over-count and tie us to glibc).
 */
#include "internal.h"

#include <stdlib.h>

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

void *rt__alloc(void *actx, void *ptr, int size)
{
	rt_runtime *rt = actx;
	rt_block *b = ptr ? (rt_block *)ptr - 1 : NULL;

	if (size <= 0) {
		if (b) {
			account_free(rt, b);
			free(b);
		}
		return NULL;
	}
	/* A realloc is a free of the old block and an allocation of the new one: the
	 * profiler attributes the new size to the current site. */
	if (b)
		account_free(rt, b);
	rt_block *nb = realloc(b, sizeof *b + (size_t)size);
	if (!nb) {
		if (b)
			account_alloc(rt, b);	/* the old block is still mujs's */
		return NULL;
	}
	b = nb;
	b->h.size = (size_t)size;
	account_alloc(rt, b);
	return b + 1;
}
