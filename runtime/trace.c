/* trace.c — subscription to the instrumentation bus (see trace.h; delivery is inline
 * there). */
#include "trace.h"

#include <errno.h>

/* Recomputes the union mask and, per kind, its only subscriber. */
static void update(rt_trace_bus *bus)
{
	int i, k;
	bus->mask = 0;
	for (i = 0; i < bus->n; i++)
		bus->mask |= bus->sub[i].mask;
	for (k = 0; k < RT_EV__COUNT; k++) {
		int count = 0, last = 0;
		for (i = 0; i < bus->n; i++) {
			if (bus->sub[i].fn && (bus->sub[i].mask & RT_EVMASK(k))) {
				count++;
				last = i;
			}
		}
		bus->one[k].fn = count == 1 ? bus->sub[last].fn : NULL;
		bus->one[k].data = count == 1 ? bus->sub[last].data : NULL;
	}
}

int rt_trace_subscribe(rt_trace_bus *bus, uint32_t mask, rt_trace_fn fn, void *data)
{
	int i;
	for (i = 0; i < RT_TRACE_MAX_SUBSCRIBERS; i++) {
		if (bus->sub[i].fn == NULL) {
			bus->sub[i].mask = mask;
			bus->sub[i].fn = fn;
			bus->sub[i].data = data;
			if (i >= bus->n)
				bus->n = i + 1;
			update(bus);
			return i;
		}
	}
	return -ENOSPC;
}

void rt_trace_unsubscribe(rt_trace_bus *bus, int handle)
{
	if (handle < 0 || handle >= bus->n)
		return;
	bus->sub[handle].fn = NULL;
	bus->sub[handle].mask = 0;
	update(bus);
}

const char *rt_phase_name(rt_phase p)
{
	static const char *names[] = {
		"none", "timers", "pending", "idle", "prepare", "poll", "check", "close"
	};
	return (unsigned)p < RT_PHASE__COUNT ? names[p] : "?";
}

const char *rt_cbkind_name(rt_cbkind k)
{
	static const char *names[] = {
		"main", "timer", "immediate", "io", "tick", "microtask", "close", "signal", "exit"
	};
	return (unsigned)k < RT_CB__COUNT ? names[k] : "?";
}
