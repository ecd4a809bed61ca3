/* test-list.h — every C unit test, registered once (libuv's test/test-list.h). The CMake
 * file reads the TEST_ENTRY lines to make one ctest test per entry. */
#ifndef LEAKSCOPE_TEST_LIST_H
#define LEAKSCOPE_TEST_LIST_H

#define TEST_DECLARE(name) int run_test_##name(void);
#define TEST_ENTRY(name) { #name, run_test_##name },

TEST_DECLARE(trace_subscribe_masks)
TEST_DECLARE(trace_subscriber_limit)
TEST_DECLARE(alloc_accounting_exact)
TEST_DECLARE(alloc_realloc_accounting)
TEST_DECLARE(runtime_phase_sequence)
TEST_DECLARE(runtime_phase_sequence_io)
TEST_DECLARE(runtime_listener_events)
TEST_DECLARE(runtime_alloc_events_balance)
TEST_DECLARE(runtime_no_subscriber_no_events)

struct test_entry { const char *name; int (*fn)(void); };

static const struct test_entry tests[] = {
	TEST_ENTRY(trace_subscribe_masks)
	TEST_ENTRY(trace_subscriber_limit)
	TEST_ENTRY(alloc_accounting_exact)
	TEST_ENTRY(alloc_realloc_accounting)
	TEST_ENTRY(runtime_phase_sequence)
	TEST_ENTRY(runtime_phase_sequence_io)
	TEST_ENTRY(runtime_listener_events)
	TEST_ENTRY(runtime_alloc_events_balance)
	TEST_ENTRY(runtime_no_subscriber_no_events)
	{ 0, 0 }
};

#endif
