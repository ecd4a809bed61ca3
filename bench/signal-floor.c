/* signal-floor.c — what a bare 1 kHz SIGPROF costs a busy thread on this machine: the
 * floor under the CPU sampler's overhead (issue 4, item 8), printed by bench/record.sh.
 *
 * The sampler interrupts the runtime's thread once per interval with a CLOCK_MONOTONIC
 * POSIX timer and SIGPROF (profiler/sampler.c). Whatever its handler does, each delivery
 * costs a kernel entry, a signal frame and a sigreturn; on a virtual machine that traps
 * interrupts to the host this alone can be several percent at 1 kHz. This program times
 * the same fixed busy loop (~0.5 s) with no timer and with such a timer whose handler
 * only counts, ROUNDS times in turn, and prints the median of each and their ratio:
 *
 *   signal floor: 1.046x   (busy loop 512.3 ms, 535.9 ms with 536 empty SIGPROFs at 1 kHz)
 *
 *   build/profiler/signal-floor [ROUNDS] [INTERVAL_US]     (5, 1000)
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t hits;

static void on_sigprof(int sig)
{
	(void)sig;
	hits++;
}

static double now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* the work: a dependent chain the compiler cannot fold */
static double busy(unsigned long n)
{
	volatile unsigned long x = 1;
	double t0 = now_ms();
	for (unsigned long i = 0; i < n; i++)
		x = x * 6364136223846793005UL + i;
	return now_ms() - t0;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	int rounds = argc > 1 ? atoi(argv[1]) : 5;
	long interval_us = argc > 2 ? atol(argv[2]) : 1000;
	double *plain, *timed;
	unsigned long n = 1000000;
	struct sigaction sa;
	struct sigevent sev;
	struct itimerspec on, off;
	timer_t timer;
	int delivered = 0;

	if (rounds < 1 || interval_us < 1) {
		fprintf(stderr, "usage: signal-floor [ROUNDS] [INTERVAL_US]\n");
		return 2;
	}
	plain = calloc((size_t)rounds, sizeof *plain);
	timed = calloc((size_t)rounds, sizeof *timed);
	if (!plain || !timed)
		return 1;
	while (busy(n) < 50)	/* calibrate: ~0.5 s a loop */
		n *= 2;
	n *= 10;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_sigprof;
	sa.sa_flags = SA_RESTART;
	sigaction(SIGPROF, &sa, NULL);
	memset(&sev, 0, sizeof sev);
	sev.sigev_notify = SIGEV_THREAD_ID;
	sev.sigev_signo = SIGPROF;
	sev._sigev_un._tid = (pid_t)syscall(SYS_gettid);
	if (timer_create(CLOCK_MONOTONIC, &sev, &timer)) {
		perror("signal-floor: timer_create");
		return 1;
	}
	memset(&off, 0, sizeof off);
	on.it_interval.tv_sec = interval_us / 1000000;
	on.it_interval.tv_nsec = (interval_us % 1000000) * 1000;
	on.it_value = on.it_interval;

	for (int r = 0; r < rounds; r++) {
		plain[r] = busy(n);
		hits = 0;
		timer_settime(timer, 0, &on, NULL);
		timed[r] = busy(n);
		timer_settime(timer, 0, &off, NULL);
		delivered += hits;
	}
	qsort(plain, (size_t)rounds, sizeof *plain, cmp);
	qsort(timed, (size_t)rounds, sizeof *timed, cmp);
	printf("signal floor: %.3fx   (busy loop %.1f ms, %.1f ms with %d empty SIGPROFs at "
		"%.0f Hz; medians of %d)\n", timed[rounds / 2] / plain[rounds / 2],
		plain[rounds / 2], timed[rounds / 2], delivered / rounds, 1e6 / interval_us, rounds);
	free(plain);
	free(timed);
	return 0;
}
