/* loopbatch.c — encoding and decoding one loop iteration of a loop_batches row; the
 * format and its contract are loopbatch.h's. */
#include <stdlib.h>
#include <string.h>

#include "loopbatch.h"

const int store_loop_order[STORE_PHASE__COUNT - 1] = {
	STORE_PHASE_PREPARE, STORE_PHASE_POLL, STORE_PHASE_CHECK, STORE_PHASE_TIMERS,
	STORE_PHASE_CLOSE, STORE_PHASE_PENDING, STORE_PHASE_IDLE
};

int store_loop_elem(int phase, int field)
{
	int k;
	for (k = 0; k < STORE_PHASE__COUNT - 1; k++)
		if (store_loop_order[k] == phase)
			return 3 + 3 * k + field;
	abort();	/* not a phase of the loop: a caller's bug */
}

/* "00" .. "99": two digits a step, half the divisions of one at a time. */
static const char DIGITS2[201] =
	"00010203040506070809101112131415161718192021222324252627282930313233343536373839"
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879"
	"8081828384858687888990919293949596979899";

/* Writes v in decimal at p; returns the end. Most values of an iteration are below 10
 * (callbacks, offsets of the phases, short durations): those take one compare. The
 * others are written in place from their last digit, two at a time, once their length
 * is known; below 10^8 (nearly all of them) in 32-bit arithmetic. Always inlined: the
 * call was a sixth of its cost. */
static inline __attribute__((always_inline)) char *put_int(char *p, int64_t v)
{
	static const uint64_t pow10[19] = {
		10u, 100u, 1000u, 10000u, 100000u, 1000000u, 10000000u, 100000000u,
		1000000000u, 10000000000u, 100000000000u, 1000000000000u, 10000000000000u,
		100000000000000u, 1000000000000000u, 10000000000000000u,
		100000000000000000u, 1000000000000000000u, 10000000000000000000u
	};
	uint64_t u;
	char *e;
	int n = 1;
	if ((uint64_t)v < 10) {
		*p = (char)('0' + v);
		return p + 1;
	}
	if (v < 0) {
		*p++ = '-';
		u = 0 - (uint64_t)v;
	} else {
		u = (uint64_t)v;
	}
	if (u < 100000000u) {
		/* the common case (below 100 s in us): 32-bit steps, the length by compares */
		uint32_t w = (uint32_t)u;
		n = w < 10 ? 1 : w < 100 ? 2 : w < 1000 ? 3 : w < 10000 ? 4 : w < 100000 ? 5 :
			w < 1000000 ? 6 : w < 10000000 ? 7 : 8;
		e = p + n;
		while (w >= 100) {
			e -= 2;
			memcpy(e, DIGITS2 + 2 * (w % 100), 2);
			w /= 100;
		}
		if (w >= 10)
			memcpy(e - 2, DIGITS2 + 2 * w, 2);
		else
			e[-1] = (char)('0' + w);
		return p + n;
	}
	while (n < 20 && u >= pow10[n - 1])
		n++;
	e = p + n;
	while (u >= 100) {
		e -= 2;
		memcpy(e, DIGITS2 + 2 * (u % 100), 2);
		u /= 100;
	}
	if (u >= 10)
		memcpy(e - 2, DIGITS2 + 2 * u, 2);
	else
		e[-1] = (char)('0' + u);
	return p + n;
}

char *store_loop_encode(char *p, const store_iteration *it, int64_t batch_start_us)
{
	int last, k, ph;
	*p++ = '[';
	p = put_int(p, it->start_us - batch_start_us);
	*p++ = ',';
	p = put_int(p, it->duration_us);
	*p++ = ',';
	p = put_int(p, it->poll_idle_us);
	for (last = STORE_PHASE__COUNT - 2;
	     last >= 0 && it->phase[store_loop_order[last]].start_us < 0; last--)
		;
	for (k = 0; k <= last; k++) {
		ph = store_loop_order[k];
		if (it->phase[ph].start_us < 0) {
			memcpy(p, ",null,null,null", 15);
			p += 15;
			continue;
		}
		*p++ = ',';
		p = put_int(p, it->phase[ph].start_us - it->start_us);
		*p++ = ',';
		p = put_int(p, it->phase[ph].duration_us);
		*p++ = ',';
		p = put_int(p, it->phase[ph].callbacks);
	}
	*p++ = ']';
	return p;
}

int store_loop_parse(const char **pp, int64_t v[STORE_LOOP_VALUES],
	int has[STORE_LOOP_VALUES])
{
	const char *p = *pp;
	int i = 0;
	memset(has, 0, STORE_LOOP_VALUES * sizeof has[0]);
	if (*p++ != '[')
		return -1;
	while (*p != ']') {
		if (i >= STORE_LOOP_VALUES)
			return -1;
		if (!strncmp(p, "null", 4)) {
			p += 4;
		} else {
			char *e;
			v[i] = strtoll(p, &e, 10);
			if (e == p)
				return -1;
			has[i] = 1;
			p = e;
		}
		i++;
		if (*p == ',')
			p++;
		else if (*p != ']')
			return -1;
	}
	*pp = p + 1;
	return 0;
}

int store_loop_decode(const char **pp, uint64_t n, int64_t batch_start_us,
	store_iteration *it)
{
	int64_t v[STORE_LOOP_VALUES];
	int has[STORE_LOOP_VALUES], k;
	const char *p = *pp;
	if (store_loop_parse(&p, v, has) < 0 || !has[STORE_LOOP_START] ||
	    !has[STORE_LOOP_DURATION] || !has[STORE_LOOP_POLL_IDLE])
		return -1;
	store_iteration_init(it, n, batch_start_us + v[STORE_LOOP_START]);
	it->duration_us = v[STORE_LOOP_DURATION];
	it->poll_idle_us = v[STORE_LOOP_POLL_IDLE];
	for (k = 0; k < STORE_PHASE__COUNT - 1; k++) {
		int e = 3 + 3 * k, ph = store_loop_order[k];
		if (!has[e + STORE_LOOP_AT])
			continue;
		it->phase[ph].start_us = it->start_us + v[e + STORE_LOOP_AT];
		it->phase[ph].duration_us = has[e + STORE_LOOP_US] ? v[e + STORE_LOOP_US] : 0;
		it->phase[ph].callbacks = has[e + STORE_LOOP_CBS] ?
			(uint32_t)v[e + STORE_LOOP_CBS] : 0;
	}
	*pp = p;
	return 0;
}
