/* task.h — assertions for C unit tests (libuv's style): a failed check prints file:line,
 * the expression and both values, then aborts the test's process. */
#ifndef LEAKSCOPE_TEST_TASK_H
#define LEAKSCOPE_TEST_TASK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TEST_IMPL(name) int run_test_##name(void)

#define ASSERT(expr) do { \
	if (!(expr)) { \
		fprintf(stderr, "%s:%d: assertion failed: %s\n", __FILE__, __LINE__, #expr); \
		abort(); \
	} } while (0)

#define ASSERT_INT(a, op, b) do { \
	long long a_ = (long long)(a), b_ = (long long)(b); \
	if (!(a_ op b_)) { \
		fprintf(stderr, "%s:%d: assertion failed: %s %s %s (%lld %s %lld)\n", \
			__FILE__, __LINE__, #a, #op, #b, a_, #op, b_); \
		abort(); \
	} } while (0)

#define ASSERT_EQ(a, b) ASSERT_INT(a, ==, b)

#define ASSERT_STR_EQ(a, b) do { \
	const char *a_ = (a), *b_ = (b); \
	if (strcmp(a_, b_) != 0) { \
		fprintf(stderr, "%s:%d: assertion failed: %s == %s\n  left:  \"%s\"\n  right: \"%s\"\n", \
			__FILE__, __LINE__, #a, #b, a_, b_); \
		abort(); \
	} } while (0)

#endif
