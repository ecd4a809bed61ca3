/* test-trace.c — the instrumentation bus on its own: masks and delivery. */
#include <errno.h>

#include "task.h"
#include "trace.h"

static int seen[RT_TRACE_MAX_SUBSCRIBERS + 1];

static void count(void *data, const rt_trace_event *ev)
{
	seen[(int)(long)data]++;
	(void)ev;
}

TEST_IMPL(trace_subscribe_masks)
{
	rt_trace_bus bus = { 0 };
	rt_trace_event ev = { .kind = RT_EV_PHASE_ENTER };
	int a = rt_trace_subscribe(&bus, RT_EVMASK(RT_EV_PHASE_ENTER), count, (void *)0L);
	int b = rt_trace_subscribe(&bus, RT_EVMASK(RT_EV_ALLOC), count, (void *)1L);
	ASSERT(a >= 0 && b >= 0 && a != b);
	ASSERT(rt_trace_on(&bus, RT_EV_PHASE_ENTER));
	ASSERT(rt_trace_on(&bus, RT_EV_ALLOC));
	ASSERT(!rt_trace_on(&bus, RT_EV_FREE));
	rt_trace__emit(&bus, &ev);
	ASSERT_EQ(seen[0], 1);
	ASSERT_EQ(seen[1], 0);
	rt_trace_unsubscribe(&bus, a);
	ASSERT(!rt_trace_on(&bus, RT_EV_PHASE_ENTER));
	ASSERT(rt_trace_on(&bus, RT_EV_ALLOC));
	rt_trace__emit(&bus, &ev);
	ASSERT_EQ(seen[0], 1);
	rt_trace_unsubscribe(&bus, b);
	ASSERT_EQ(bus.mask, 0);
	return 0;
}

TEST_IMPL(trace_subscriber_limit)
{
	rt_trace_bus bus = { 0 };
	int i;
	for (i = 0; i < RT_TRACE_MAX_SUBSCRIBERS; i++)
		ASSERT_EQ(rt_trace_subscribe(&bus, 1, count, (void *)(long)i), i);
	ASSERT_EQ(rt_trace_subscribe(&bus, 1, count, NULL), -ENOSPC);
	rt_trace_unsubscribe(&bus, 3);
	ASSERT_EQ(rt_trace_subscribe(&bus, 2, count, NULL), 3);
	return 0;
}
