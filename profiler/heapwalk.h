/* heapwalk.h — heap snapshots of one runtime: the whole mujs heap walked into a graph
 * (storage/snapshot.h's store_heap), ready for dominators, the database or a V8 file.
 *
 * Contract
 * - prof_heap_walk() runs on the runtime's thread at a safe point: inside a call from JS
 *   into C, between callbacks, or in a GC begin/end event — never from a signal
 *   handler. It reads mujs's structures (never gcmark: it keeps its own visited set),
 *   allocates only with malloc, runs no JS, so no collection can happen under it: the
 *   graph is one consistent instant. The app is paused for exactly that long.
 * - The graph: everything reachable from the roots — the global object, the registry,
 *   the value stack, the scope chain and environment stack, the built-in prototypes,
 *   and the holders the runtime's own JS registered (RT_HEAP_HOLDERS: timer lists,
 *   immediates, nextTick and microtask queues, the module cache, process listeners),
 *   each a named synthetic root under the root node. Objects of every class (closures
 *   with their function's name and definition site, arrays, regexps, dates, wrappers,
 *   errors, arguments, iterators, userdata such as Buffers with their C memory as
 *   native nodes), environments ("system / Context") with one context edge per
 *   variable, function code, heap strings (named by their first 1024 bytes). Map and
 *   Set entries are edges from the collection itself (named by a string key), WeakMap
 *   and WeakSet entries weak edges to their keys, on which mujs keeps the value.
 * - Self sizes are what the allocator gave each block (its size header), an object
 *   including its property blocks, array storage and private buffers, an environment
 *   its variables object.
 * - Node ids live in the high half of each block's tag (rt_alloc_tag), drawn from
 *   rt_new_object_id the first time a snapshot (or the profiler's listener events) sees
 *   the object: stable for the object's life, never reused; objects a walk meets for
 *   the first time get ids above every earlier snapshot's max_id. Synthetic roots keep
 *   one id for the walker's life; native stores are matched by address between walks.
 * - Internal (STORE_HEAP_F_INTERNAL): synthetic roots, everything alive when
 *   prof_heap_mark_boot() ran (call it after rt_new, before rt_run: the bootstrap's
 *   objects), code from node: modules and their closures and scopes.
 * - node.site is the allocation site the profiler's allocation recording left in the
 *   block's tag (a frame handle of the recording store), 0 when not recorded.
 */
#ifndef LEAKSCOPE_PROFILER_HEAPWALK_H
#define LEAKSCOPE_PROFILER_HEAPWALK_H

#include "runtime.h"
#include "snapshot.h"

typedef struct prof_heap prof_heap;

/* 0 or -ENOMEM. One per runtime; free it before the runtime. */
int prof_heap_new(prof_heap **out, rt_runtime *rt);
void prof_heap_free(prof_heap *h);

/* Everything alive now is the runtime's own (internal). */
void prof_heap_mark_boot(prof_heap *h);

/* Walks the heap into a new graph (*out; the caller owns it). Sets t_us-free fields:
 * heap_used, pause_us, max_id. 0 or STORE_ENOMEM. */
int prof_heap_walk(prof_heap *h, store_heap **out);

/* A full collection now, as V8 runs before a snapshot: what only weak references reach
 * goes (and a FinalizationRegistry's cleanup is queued). At a safe point on the
 * runtime's thread, never inside a collection's GC_BEGIN/GC_END event. */
void prof_heap_collect(prof_heap *h);

/* Makes mujs reach its GC check point (a collection, hence GC_BEGIN/GC_END events) at
 * the next instruction, so a safe point comes soon while JS runs. Any thread. */
void prof_heap_request_safepoint(prof_heap *h);

/* The stable id of the object at stack index idx (given now if it has none yet: the
 * one the next snapshot shows), 0 for a value that is not an object (heapids.c). */
uint64_t prof_heap_object_id(rt_runtime *rt, int idx);
/* Pushes the live object with that id: 0, or -1 (nothing pushed) when none has it. */
int prof_heap_push_object(rt_runtime *rt, uint64_t id);

#endif
