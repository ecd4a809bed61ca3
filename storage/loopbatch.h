/* loopbatch.h — the packed form of loop iterations: loop_batches.iterations (schema.sql,
 * version 5). storage/ owns the format: the writer encodes with it, analysis/ and ui/
 * decode or address elements with it, and schema.sql's loop_iterations view spells the
 * same element order in SQL (tests/unit checks the view against this decoder).
 *
 * Contract
 * - A batch holds iterations first_n .. first_n + count - 1 of a run (count <= 64, no
 *   gap) as a JSON array of one array per iteration, in order. An iteration's array is
 *     [start_us - batch start_us, duration_us, poll_idle_us,
 *      then for each phase in store_loop_order: at (start - iteration start), us, cbs]
 *   with null for a phase not entered and trailing nulls left out (the phases entered
 *   in most iterations come first, so the nulls left out are many).
 * - store_loop_elem(phase, field) is the element index of a phase's value: the number
 *   to write after `->>` in SQL over one iteration's array.
 * - store_loop_encode writes one iteration's array and returns its end: at most
 *   STORE_LOOP_MAX_TEXT bytes, no terminating NUL.
 * - store_loop_parse reads one iteration's array at *pp into its elements (v[i] valid
 *   where has[i]; null and left-out elements are not) and moves *pp past it;
 *   store_loop_decode reads one back into `it` (absolute times; a phase whose `at` is
 *   null not entered, a null us or cbs 0). Both accept what the encoder and SQLite's
 *   json functions write (integers, null, no spaces) and return 0, or -1 on anything
 *   else (*pp not moved).
 */
#ifndef LEAKSCOPE_STORAGE_LOOPBATCH_H
#define LEAKSCOPE_STORAGE_LOOPBATCH_H

#include "storage.h"

#define STORE_LOOP_BATCH 64		/* iterations per loop_batches row at most */
#define STORE_LOOP_VALUES 24		/* numbers per iteration, trailing nulls included */
#define STORE_LOOP_MAX_TEXT (STORE_LOOP_VALUES * 21 + 3)	/* one encoded iteration */

/* Element indexes of the iteration-wide values (macros: SQL text may stringify them). */
#define STORE_LOOP_START 0		/* start_us - the batch's start_us */
#define STORE_LOOP_DURATION 1
#define STORE_LOOP_POLL_IDLE 2

/* A phase's three values, in this order after its first element. */
enum { STORE_LOOP_AT, STORE_LOOP_US, STORE_LOOP_CBS };

/* The phases (STORE_PHASE_TIMERS..CLOSE) in element order. */
extern const int store_loop_order[STORE_PHASE__COUNT - 1];

/* Element index of `field` (STORE_LOOP_AT/US/CBS) of `phase` (STORE_PHASE_TIMERS..CLOSE). */
int store_loop_elem(int phase, int field);

char *store_loop_encode(char *p, const store_iteration *it, int64_t batch_start_us);
int store_loop_parse(const char **pp, int64_t v[STORE_LOOP_VALUES],
	int has[STORE_LOOP_VALUES]);
int store_loop_decode(const char **pp, uint64_t n, int64_t batch_start_us,
	store_iteration *it);

#endif
