/* heapids.c — an object's stable heap id (the one snapshots give its node) and the
 * object with a given id, for the inspector's HeapProfiler.getHeapObjectId and
 * getObjectByHeapObjectId. Ids live in the high half of each block's tag and come from
 * rt_new_object_id, as heapwalk.c gives them, so an id handed out here is the one the
 * next snapshot shows, and one a snapshot showed finds its object for as long as it
 * lives.
 */
#include "heapwalk.h"
#include "internal.h"

uint64_t prof_heap_object_id(rt_runtime *rt, int idx)
{
	js_State *J = rt_js(rt);
	js_Value *v;
	uint64_t *tag, id;
	if (idx < 0 ? -idx > J->top - J->bot : idx >= J->top - J->bot)
		return 0;
	v = idx < 0 ? &J->stack[J->top + idx] : &J->stack[J->bot + idx];
	if (v->t.type != JS_TOBJECT)
		return 0;
	tag = rt_alloc_tag(v->u.object);
	id = *tag >> 32;
	if (!id) {
		id = rt_new_object_id(rt);
		*tag |= id << 32;
	}
	return id;
}

int prof_heap_push_object(rt_runtime *rt, uint64_t id)
{
	js_State *J = rt_js(rt);
	js_Object *o;
	if (!id)
		return -1;
	for (o = J->gcobj; o; o = o->gcnext)
		if ((*rt_alloc_tag(o) >> 32) == id) {
			js_pushobject(J, o);
			return 0;
		}
	return -1;
}
