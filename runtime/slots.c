/* slots.c — JS values held by C (pending callbacks, handles' JS objects).
 *
 * mujs's GC sees only what JS can reach, so a value C keeps across loop turns lives in
 * an array in the registry ("rt.slots"), at an index C remembers. Freed indexes are
 * chained through the array itself (a number in a free cell is the next free index), so
 * put and free are O(1) and nothing is interned forever (js_ref would key by address
 * and never forget). */
#include "internal.h"

#define RT_SLOTS "rt.slots"

/* The slots are also a named holder for heap snapshots (RT_HEAP_HOLDERS): a socket or
 * a pending request's callback reads as held by "(handles and requests)", libuv's
 * words, rather than by an anonymous registry entry. */
static void push_slots(js_State *J)
{
	js_getregistry(J, RT_SLOTS);
	if (!js_isarray(J, -1)) {
		js_pop(J, 1);
		js_newarray(J);
		js_copy(J, -1);
		js_setregistry(J, RT_SLOTS);
		rt__push_heap_holders(J);
		js_copy(J, -2);
		js_setproperty(J, -2, "handles and requests");
		js_pop(J, 1);
	}
}

/* Pops the value on top of the stack into a slot; returns its index. */
int rt__slot_put(rt_runtime *rt)
{
	js_State *J = rt->J;
	int idx;
	push_slots(J);
	if (rt->slot_free >= 0) {
		idx = rt->slot_free;
		js_getindex(J, -1, idx);
		rt->slot_free = js_isnumber(J, -1) ? js_tointeger(J, -1) : -1;
		js_pop(J, 1);
	} else {
		idx = js_getlength(J, -1);
	}
	js_rot2(J);		/* slots value */
	js_setindex(J, -2, idx);
	js_pop(J, 1);
	rt->slots_used++;
	return idx;
}

void rt__slot_push(rt_runtime *rt, int idx)
{
	js_State *J = rt->J;
	push_slots(J);
	js_getindex(J, -1, idx);
	js_remove(J, -2);
}

void rt__slot_free(rt_runtime *rt, int idx)
{
	js_State *J = rt->J;
	push_slots(J);
	js_pushnumber(J, rt->slot_free);
	js_setindex(J, -2, idx);
	js_pop(J, 1);
	rt->slot_free = idx;
	rt->slots_used--;
}
