/* collections.c — what lib/internal/collections.js (Map, Set, WeakMap, WeakSet) needs
 * from C: binding.identity and binding.weakHas/weakGet/weakSet/weakDelete.
 *
 * identity(obj) is a number unique to obj while it lives (its js_Object address, from
 * js_toidentity in mujs patch 0010): Map/Set key objects by 'o:' + identity in a
 * dictionary, which is sound because they hold their keys strongly, so the number of a
 * key in the map cannot be reused. The weak* functions read and write a hidden own
 * property (name starting with "\x01", patch 0010) of the key object: invisible to
 * enumeration and settable on frozen objects. A WeakMap stores its value for key k on
 * k itself under its own hidden name, so only k keeps the value alive and the WeakMap
 * never references k. Nothing here keeps state.
 */
#include "internal.h"

static void c_identity(js_State *J)
{
	js_pushnumber(J, js_toidentity(J, 1));
}

/* weakHas(obj, name) */
static void c_weakHas(js_State *J)
{
	int has = js_gethidden(J, 1, js_tostring(J, 2));
	js_pushboolean(J, has);
}

/* weakGet(obj, name): the value, or undefined */
static void c_weakGet(js_State *J)
{
	if (!js_gethidden(J, 1, js_tostring(J, 2)))
		js_pushundefined(J);
}

/* weakSet(obj, name, value) */
static void c_weakSet(js_State *J)
{
	const char *name = js_tostring(J, 2);
	js_copy(J, 3);
	js_sethidden(J, 1, name);
	js_pushundefined(J);
}

/* weakDelete(obj, name): whether it was there */
static void c_weakDelete(js_State *J)
{
	js_pushboolean(J, js_delhidden(J, 1, js_tostring(J, 2)));
}

/* Adds the functions to the binding object on top of the stack. */
void rt__collections_init(rt_runtime *rt)
{
	js_State *J = rt->J;
	rt__setfn(J, "identity", c_identity, 1);
	rt__setfn(J, "weakHas", c_weakHas, 2);
	rt__setfn(J, "weakGet", c_weakGet, 2);
	rt__setfn(J, "weakSet", c_weakSet, 3);
	rt__setfn(J, "weakDelete", c_weakDelete, 2);
}
