/* listeners.c — every EventEmitter listener added or removed, with the emitter's id and
 * constructor, the event name, the count after the change, the registration site (the
 * innermost frame of user code: not node: internals, not a C function) and the whole
 * stack.
 *
 * Emitter ids are the objects' ids (rt_new_object_id: the counter heap snapshots use
 * too, so an emitter's id is its node id in every snapshot), kept in the high half of
 * the emitter object's allocation header word (trace.h, mem.tag), so an id lives
 * exactly as long as its object: a new object at a freed emitter's address starts with
 * no id and gets a new one.
 */
#include "internal.h"

static int64_t object_id(prof *p, js_State *J, int idx)
{
	uint64_t *tag, id;
	if (!js_isobject(J, idx))
		return 0;
	tag = rt_alloc_tag(js_toobject(J, idx));
	id = *tag >> 32;
	if (!id) {
		/* the runtime's one counter: heap snapshot node ids are the same ids */
		id = rt_new_object_id(p->rt);
		*tag |= id << 32;
	}
	return (int64_t)id;
}

void prof__listener_event(prof *p, const rt_trace_event *ev)
{
	js_State *J = ev->J;
	store_id site = 0, stack;
	int op = ev->kind == RT_EV_LISTENER_ADD ? STORE_LISTENER_ADD : STORE_LISTENER_REMOVE;
	int64_t emitter = object_id(p, J, ev->u.listener.emitter);

	stack = prof__current_stack(p, &site);
	store_listener(p->s, prof__us(p, prof__mono_ns()), op, emitter, ev->u.listener.ctor,
		ev->u.listener.name ? ev->u.listener.name : "", ev->u.listener.count, site, stack);
	p->st.listener_events++;
}
