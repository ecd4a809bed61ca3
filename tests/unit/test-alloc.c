/* test-alloc.c — the allocator's accounting is exact: every byte handed to mujs is
 * counted while it lives and uncounted when it is freed, through reallocs too. */
#include "internal.h"
#include "task.h"

TEST_IMPL(alloc_accounting_exact)
{
	rt_runtime rt = { 0 };
	void *a = rt__alloc(&rt, NULL, 100);
	void *b = rt__alloc(&rt, NULL, 28);
	ASSERT(a && b);
	ASSERT_EQ(rt.mem.heap_used, 128);
	ASSERT_EQ(rt.mem.blocks, 2);
	rt__alloc(&rt, a, 0);
	ASSERT_EQ(rt.mem.heap_used, 28);
	rt__alloc(&rt, b, 0);
	ASSERT_EQ(rt.mem.heap_used, 0);
	ASSERT_EQ(rt.mem.blocks, 0);
	ASSERT_EQ(rt.mem.allocs, 2);
	ASSERT_EQ(rt.mem.frees, 2);
	ASSERT_EQ(rt.mem.heap_peak, 128);
	ASSERT(rt__alloc(&rt, NULL, 0) == NULL);	/* size 0 of nothing: nothing */
	return 0;
}

TEST_IMPL(alloc_realloc_accounting)
{
	rt_runtime rt = { 0 };
	char *p = rt__alloc(&rt, NULL, 10);
	memcpy(p, "leakscope", 10);
	p = rt__alloc(&rt, p, 5000);
	ASSERT_STR_EQ(p, "leakscope");
	ASSERT_EQ(rt.mem.heap_used, 5000);
	p = rt__alloc(&rt, p, 3);
	ASSERT_EQ(rt.mem.heap_used, 3);
	ASSERT_EQ(rt.mem.blocks, 1);
	rt__alloc(&rt, p, 0);
	ASSERT_EQ(rt.mem.heap_used, 0);
	return 0;
}
