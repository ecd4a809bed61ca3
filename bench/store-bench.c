/* store-bench.c — storage's costs, measured in one run on this machine:
 *
 *   store-bench [DIR]      (DIR for the scratch databases, default /tmp)
 *
 * 1. append: 1M store_sample() calls from the app thread while the writer runs (ns per
 *    append, thread CPU time): once as a burst (the queue grows into fresh memory, so
 *    page faults count) and once in steady state (blocks of 1000, the writer keeping up
 *    and the queue reusing its chunks), against the baseline of inserting the same rows directly with a prepared
 *    statement in one transaction (what the app thread would pay without the queue).
 * 2. writer throughput: how long the writer takes to commit those 1M samples; and the
 *    cost of interning a known ~20-frame stack (what the profiler pays per sample).
 * 3. 1 kHz in real time for a few seconds with a 20-frame stack mix: the writer's CPU
 *    share and the queue's peak size (it keeps up when the queue stays at one chunk).
 * 4. database growth per minute of recording at 1 kHz: 60,000 samples (time-compressed)
 *    over the same stack mix, JS stacks only and JS + native stacks.
 * Prints "name value unit" lines; bench/run.sh turns them into its rows.
 */
#define _GNU_SOURCE
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "storage.h"

#define N_APPEND 1000000
#define N_STACKS 200		/* distinct call paths */
#define N_FUNCS 300
#define LEAF_LINES 5		/* the innermost frame's current line varies */

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double cpu_s(clockid_t c)
{
	struct timespec ts;
	clock_gettime(c, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static uint32_t rng = 12345;
static uint32_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng;
}

/* A stack mix: N_STACKS paths of 15-25 frames over N_FUNCS functions; paths share
 * their outer frames (main, the loop's entry, a few dispatchers) as real programs do. */
static int paths[N_STACKS][25], depth[N_STACKS];
static double zipf_cdf[N_STACKS];

static void make_mix(void)
{
	int i, d;
	double sum = 0;
	for (i = 0; i < N_STACKS; i++) {
		depth[i] = 15 + (int)(rnd() % 11);
		for (d = 0; d < depth[i]; d++)
			paths[i][d] = d < 4 ? d : d < 10 ? 4 + (int)(rnd() % 20) : 24 + (int)(rnd() % (N_FUNCS - 24));
		sum += 1.0 / (i + 1);
		zipf_cdf[i] = sum;
	}
	for (i = 0; i < N_STACKS; i++)
		zipf_cdf[i] /= sum;
}

static int pick(void)
{
	double u = (rnd() & 0xffffff) / (double)0x1000000;
	int i = 0;
	while (i < N_STACKS - 1 && zipf_cdf[i] < u)
		i++;
	return i;
}

/* Function names and files, made once (the profiler gets them from mujs for free). */
static char fn_name[2][N_FUNCS][32], fn_file[2][N_FUNCS][64];

static void make_names(void)
{
	int fn;
	for (fn = 0; fn < N_FUNCS; fn++) {
		snprintf(fn_name[0][fn], 32, "handler%d", fn);
		snprintf(fn_file[0][fn], 64, "/srv/app/lib/module%d.js", fn / 10);
		snprintf(fn_name[1][fn], 32, "native_fn_%d", fn);
		snprintf(fn_file[1][fn], 64, "/usr/lib/x86_64-linux-gnu/libfoo.so");
	}
}

/* Interns the stack of path p with leaf line variant v, as the profiler will. */
static store_id intern_path(store *s, int p, int v, int native)
{
	store_id ids[25];
	int d;
	for (d = 0; d < depth[p]; d++) {
		int fn = paths[p][d];
		store_frame f = { 0 };
		f.kind = native ? STORE_FRAME_NATIVE : STORE_FRAME_JS;
		f.name = native ? NULL : fn_name[0][fn];
		f.file = fn_file[native][fn];
		f.fn_line = 10 * fn + 1;
		f.line = f.fn_line + 2 + (d == depth[p] - 1 ? v : 0);
		f.addr = native ? 0x1000 + 16 * (uint64_t)fn : 0;
		ids[d] = store_intern_frame(s, &f);
	}
	return store_intern_frames(s, ids, depth[p]);
}

static store *open_store(const char *path)
{
	static char *argv[] = { "store-bench" };
	store_run_info run = { .pid = getpid(), .ppid = getppid(), .argc = 1, .argv = argv,
		.cwd = "/", .leakscope_version = "bench", .sample_interval_us = 1000 };
	store_options o = { .queue_limit = (size_t)1 << 30 };
	store *s;
	int err;
	unlink(path);
	if ((err = store_open(&s, path, &run, &o))) {
		fprintf(stderr, "store-bench: %s: %s\n", path, store_strerror(err));
		exit(1);
	}
	return s;
}

static long file_size(const char *path)
{
	struct stat st;
	return stat(path, &st) ? 0 : (long)st.st_size;
}

/* Baseline: the same rows inserted directly, one prepared statement, one transaction. */
static double direct_insert_ns(const char *path)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	double t;
	int i;
	unlink(path);
	sqlite3_open(path, &db);
	sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
		"CREATE TABLE samples (run_id INTEGER NOT NULL, seq INTEGER NOT NULL,"
		" t_us INTEGER NOT NULL, stack_id INTEGER, native_stack_id INTEGER,"
		" phase INTEGER NOT NULL, cb_kind INTEGER, state INTEGER NOT NULL,"
		" PRIMARY KEY (run_id, seq)) WITHOUT ROWID", NULL, NULL, NULL);
	sqlite3_prepare_v2(db, "INSERT INTO samples VALUES (1, ?1, ?2, ?3, NULL, 5, 3, 0)",
		-1, &st, NULL);
	t = cpu_s(CLOCK_THREAD_CPUTIME_ID);
	sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
	for (i = 0; i < N_APPEND; i++) {
		sqlite3_bind_int64(st, 1, i + 1);
		sqlite3_bind_int64(st, 2, i * 1000LL);
		sqlite3_bind_int64(st, 3, 1 + i % 1000);
		sqlite3_step(st);
		sqlite3_reset(st);
	}
	sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
	t = cpu_s(CLOCK_THREAD_CPUTIME_ID) - t;
	sqlite3_finalize(st);
	sqlite3_close(db);
	unlink(path);
	return t * 1e9 / N_APPEND;
}

static long growth_per_minute(const char *path, int with_native)
{
	store *s = open_store(path);
	long before;
	int i;
	store_close(s, 0);
	before = file_size(path);	/* schema and one run */
	{
		static char *argv[] = { "store-bench" };
		store_run_info run = { .pid = getpid(), .argc = 1, .argv = argv,
			.sample_interval_us = 1000 };
		if (store_open(&s, path, &run, NULL))
			exit(1);
	}
	for (i = 0; i < 60000; i++) {
		int p = pick();
		store_id js = intern_path(s, p, (int)(rnd() % LEAF_LINES), 0);
		store_id nat = with_native ? intern_path(s, p, 0, 1) : 0;
		store_sample(s, i * 1000LL, js, nat, STORE_PHASE_POLL, STORE_CB_IO,
			STORE_STATE_RUNNING);
		if (i % 1000 == 999)
			store_flush(s);	/* commit as often as in real time (50 ms) */
	}
	store_close(s, 0);	/* the last connection checkpoints the WAL into the file */
	return file_size(path) - before;
}

int main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : "/tmp";
	char path[512];
	store *s;
	store_stats st;
	struct timespec tick;
	store_id stacks[N_STACKS * LEAF_LINES];
	double t, append_ns, steady_ns, intern_ns, direct_ns, commit_s, wall, cpu0, cpu1, peak = 0;
	int i;

	make_mix();
	make_names();
	snprintf(path, sizeof path, "%s/store-bench-%d.db", dir, (int)getpid());

	/* 1 + 2: append cost and writer throughput. */
	s = open_store(path);
	for (i = 0; i < N_STACKS * LEAF_LINES; i++)
		stacks[i] = intern_path(s, i / LEAF_LINES, i % LEAF_LINES, 0);
	store_flush(s);
	t = now_s();
	cpu0 = cpu_s(CLOCK_THREAD_CPUTIME_ID);
	for (i = 0; i < N_APPEND; i++)
		store_sample(s, i * 1000LL, stacks[i % (N_STACKS * LEAF_LINES)], 0,
			STORE_PHASE_POLL, STORE_CB_IO, STORE_STATE_RUNNING);
	append_ns = (cpu_s(CLOCK_THREAD_CPUTIME_ID) - cpu0) * 1e9 / N_APPEND;
	store_flush(s);
	commit_s = now_s() - t;
	/* Steady state: the writer keeps up, so the queue reuses its warm chunks. */
	steady_ns = 0;
	for (i = 0; i < N_APPEND; i++) {
		if (i % 1000 == 0) {
			store_flush(s);
			cpu0 = cpu_s(CLOCK_THREAD_CPUTIME_ID);
		}
		store_sample(s, i * 1000LL, stacks[i % (N_STACKS * LEAF_LINES)], 0,
			STORE_PHASE_POLL, STORE_CB_IO, STORE_STATE_RUNNING);
		if (i % 1000 == 999)
			steady_ns += cpu_s(CLOCK_THREAD_CPUTIME_ID) - cpu0;
	}
	steady_ns = steady_ns * 1e9 / N_APPEND;
	/* Interning a whole stack (known frames and nodes, ~20 deep) as the profiler will
	 * for every sample: name/file hashing and trie steps. */
	cpu0 = cpu_s(CLOCK_THREAD_CPUTIME_ID);
	for (i = 0; i < 100000; i++)
		intern_path(s, i % N_STACKS, i % LEAF_LINES, 0);
	intern_ns = (cpu_s(CLOCK_THREAD_CPUTIME_ID) - cpu0) * 1e9 / 100000;
	store_get_stats(s, &st);
	store_close(s, 0);
	direct_ns = direct_insert_ns(path);
	printf("append_ns %.1f ns\n", append_ns);
	printf("append_steady_ns %.1f ns\n", steady_ns);
	printf("direct_insert_ns %.1f ns\n", direct_ns);
	printf("intern_stack_ns %.1f ns\n", intern_ns);
	printf("writer_rows_per_s %.0f rows/s\n", N_APPEND / commit_s);
	printf("dropped %llu records\n", (unsigned long long)st.dropped);

	/* 3: real time at 1 kHz, intern + sample per tick, as the profiler will. */
	s = open_store(path);
	wall = 3.0;
	cpu0 = cpu_s(CLOCK_PROCESS_CPUTIME_ID) - cpu_s(CLOCK_THREAD_CPUTIME_ID);
	t = now_s();
	clock_gettime(CLOCK_MONOTONIC, &tick);
	for (i = 0; now_s() - t < wall; i++) {
		int p = pick();
		store_sample(s, store_now_us(s), intern_path(s, p, (int)(rnd() % LEAF_LINES), 0), 0,
			STORE_PHASE_POLL, STORE_CB_IO, STORE_STATE_RUNNING);
		store_get_stats(s, &st);
		if (st.queue_bytes > peak)
			peak = st.queue_bytes;
		tick.tv_nsec += 1000000;	/* absolute deadlines: 1 kHz without drift */
		if (tick.tv_nsec >= 1000000000) {
			tick.tv_sec++;
			tick.tv_nsec -= 1000000000;
		}
		clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &tick, NULL);
	}
	wall = now_s() - t;
	cpu1 = cpu_s(CLOCK_PROCESS_CPUTIME_ID) - cpu_s(CLOCK_THREAD_CPUTIME_ID);
	store_close(s, 0);
	printf("realtime_rate %.0f samples/s\n", i / wall);
	printf("writer_cpu_at_1khz %.2f %%\n", 100 * (cpu1 - cpu0) / wall);
	printf("queue_peak_at_1khz %.0f KiB\n", peak / 1024);

	/* 4: growth per minute at 1 kHz. */
	printf("growth_per_min_js %.2f MiB\n", growth_per_minute(path, 0) / 1048576.0);
	printf("growth_per_min_js_native %.2f MiB\n", growth_per_minute(path, 1) / 1048576.0);
	unlink(path);
	snprintf(path + strlen(path), sizeof path - strlen(path), "-wal");
	unlink(path);
	return 0;
}
