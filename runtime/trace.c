/* trace.c — subscription and delivery for the instrumentation bus (see trace.h). */
#include "trace.h"

#include <errno.h>

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
			bus->mask |= mask;
			return i;
		}
	}
	return -ENOSPC;
}

void rt_trace_unsubscribe(rt_trace_bus *bus, int handle)
{
	int i;
	if (handle < 0 || handle >= bus->n)
		return;
	bus->sub[handle].fn = NULL;
	bus->sub[handle].mask = 0;
	bus->mask = 0;
	for (i = 0; i < bus->n; i++)
		bus->mask |= bus->sub[i].mask;
}

void rt_trace__emit(rt_trace_bus *bus, const rt_trace_event *ev)
{
	uint32_t bit = RT_EVMASK(ev->kind);
	int i;
	for (i = 0; i < bus->n; i++)
		if (bus->sub[i].mask & bit)
			bus->sub[i].fn(bus->sub[i].data, ev);
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
