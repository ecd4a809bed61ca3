/* dl-bench.c — the down-leveler's throughput: dl-bench [-r ROUNDS] FILE... concatenates
 * the files (each on its own lines) and transforms the result ROUNDS times (default 5),
 * printing "bytes N" and "mb_per_s X" for the best round, in CPU time (a busy machine
 * slows wall time, not the work). bench/run.sh runs it on the es6-* tests, the target
 * being >= 20 MB/s (issue 7, item 6).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "downlevel.h"

static double cpu_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	char *all = NULL;
	size_t len = 0;
	int rounds = 5, i, first = 1, changed = 0;
	double best = 0;
	if (argc > 2 && strcmp(argv[1], "-r") == 0) {
		rounds = atoi(argv[2]);
		first = 3;
	}
	if (first >= argc || rounds < 1) {
		fprintf(stderr, "usage: dl-bench [-r ROUNDS] FILE...\n");
		return 2;
	}
	for (i = first; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		long n;
		if (!f || fseek(f, 0, SEEK_END) < 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) < 0) {
			fprintf(stderr, "dl-bench: cannot read %s\n", argv[i]);
			return 1;
		}
		all = realloc(all, len + (size_t)n + 2);
		if (!all || fread(all + len, 1, (size_t)n, f) != (size_t)n) {
			fprintf(stderr, "dl-bench: cannot read %s\n", argv[i]);
			return 1;
		}
		len += (size_t)n;
		all[len++] = '\n';
		fclose(f);
	}
	for (i = 0; i < rounds; i++) {
		dl_result r;
		double t0 = cpu_s(), t;
		int e = dl_transform(all, len, 0, &r);
		t = cpu_s() - t0;
		if (e != DL_OK) {
			fprintf(stderr, "dl-bench: line %u: %s\n", r.line, r.msg);
			return 1;
		}
		changed = r.changed;
		dl_result_free(&r);
		if (t > 0 && (best == 0 || len / t > best))
			best = len / t;
	}
	printf("bytes %zu\nchanged %d\nmb_per_s %.1f\n", len, changed, best / 1e6);
	free(all);
	return 0;
}
