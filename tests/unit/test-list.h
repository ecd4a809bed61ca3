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
TEST_DECLARE(storage_schema_fresh)
TEST_DECLARE(storage_record_roundtrip)
TEST_DECLARE(storage_second_run)
TEST_DECLARE(storage_migrate_forward)
TEST_DECLARE(storage_newer_refused)
TEST_DECLARE(storage_foreign_refused)
TEST_DECLARE(storage_intern_handles)
TEST_DECLARE(storage_loop_utilization_query)
TEST_DECLARE(storage_kill9_keeps_committed)
TEST_DECLARE(storage_abort_keeps_committed)
TEST_DECLARE(storage_full_at_open)
TEST_DECLARE(storage_full_while_recording)
TEST_DECLARE(storage_locked)
TEST_DECLARE(storage_readonly_and_missing)
TEST_DECLARE(storage_backpressure_drops)
TEST_DECLARE(heap_dominators_diamond)
TEST_DECLARE(heap_dominators_cycles)
TEST_DECLARE(heap_dominators_weak_shortcut)
TEST_DECLARE(heap_dominators_long_chain)
TEST_DECLARE(heap_dominators_random)
TEST_DECLARE(heap_store_roundtrip)
TEST_DECLARE(heap_store_corrupt_blob)
TEST_DECLARE(heap_store_upgrade_v1)
TEST_DECLARE(heap_v8_writer)

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
	TEST_ENTRY(storage_schema_fresh)
	TEST_ENTRY(storage_record_roundtrip)
	TEST_ENTRY(storage_second_run)
	TEST_ENTRY(storage_migrate_forward)
	TEST_ENTRY(storage_newer_refused)
	TEST_ENTRY(storage_foreign_refused)
	TEST_ENTRY(storage_intern_handles)
	TEST_ENTRY(storage_loop_utilization_query)
	TEST_ENTRY(storage_kill9_keeps_committed)
	TEST_ENTRY(storage_abort_keeps_committed)
	TEST_ENTRY(storage_full_at_open)
	TEST_ENTRY(storage_full_while_recording)
	TEST_ENTRY(storage_locked)
	TEST_ENTRY(storage_readonly_and_missing)
	TEST_ENTRY(storage_backpressure_drops)
	TEST_ENTRY(heap_dominators_diamond)
	TEST_ENTRY(heap_dominators_cycles)
	TEST_ENTRY(heap_dominators_weak_shortcut)
	TEST_ENTRY(heap_dominators_long_chain)
	TEST_ENTRY(heap_dominators_random)
	TEST_ENTRY(heap_store_roundtrip)
	TEST_ENTRY(heap_store_corrupt_blob)
	TEST_ENTRY(heap_store_upgrade_v1)
	TEST_ENTRY(heap_v8_writer)
	{ 0, 0 }
};

#endif
