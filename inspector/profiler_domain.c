/* profiler_domain.c — CDP's Profiler domain on leakscope's sampler: setSamplingInterval,
 * start, stop -> a Profile in V8's .cpuprofile format (analysis/cpuprofile.c).
 *
 * With a recording (--record) the recording's profiler already samples: start notes
 * the time, stop commits what is queued and cuts the profile from the recording's
 * samples between the two (so the profile is also in the database; the recording's
 * own --sample-interval applies). Without one, start opens a private database in the
 * temporary folder and a profiler of its own; stop closes both, reads the profile and
 * deletes the file. A stopped profiler is freed only at a later call (its libuv handle
 * closes in the loop's close phase) or at insp_free.
 *
 * start/stop change the trace bus's subscribers, so at a safe point inside JS (itself a
 * bus event) they wait for the loop, unless they only note a time.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analysis.h"
#include "internal.h"

/* prof_stop closes the profiler's libuv handle; the close completes in the loop's
 * close phase, after which the profiler may be freed. A prepare handle runs once per
 * iteration, before poll: by its second run since the last retirement a close phase
 * has passed. */
static void free_retired(insp *in)
{
	while (in->nretired > 0)
		prof_free(in->retired[--in->nretired]);
}

static void on_reap(uv_prepare_t *h)
{
	insp *in = h->data;
	if (++in->reap_runs >= 2) {
		free_retired(in);
		uv_prepare_stop(h);
	}
}

static void retire(insp *in, prof *p)
{
	if (!in->has_reaper) {
		if (uv_prepare_init(in->loop, &in->reaper))
			return;	/* leaked rather than freed under libuv */
		in->reaper.data = in;
		uv_unref((uv_handle_t *)&in->reaper);
		in->has_reaper = 1;
	}
	if (in->nretired == (int)(sizeof in->retired / sizeof *in->retired))
		return;	/* not reached: at most one CPU and one heap profiler per iteration */
	in->retired[in->nretired++] = p;
	in->reap_runs = 0;
	uv_prepare_start(&in->reaper, on_reap);
}

static void unlink_db(const char *path)
{
	char b[600];
	unlink(path);
	snprintf(b, sizeof b, "%s-wal", path);
	unlink(b);
	snprintf(b, sizeof b, "%s-shm", path);
	unlink(b);
}

/* A private database in the temporary folder and a profiler recording into it: CPU
 * samples every interval_us (< 0: none), or with alloc_bytes > 0 sampled allocations
 * (mean alloc_bytes apart) instead. 0 or a negative code (*msg says what failed). */
int insp__own_open(insp *in, int64_t interval_us, uint64_t alloc_bytes, insp__own *o,
	const char **msg)
{
	static int seq;
	store_run_info run;
	prof_options po;
	const char *tmp = getenv("TMPDIR");
	int err;
	snprintf(o->path, sizeof o->path, "%s/leakscope-inspector-%d-%d.db",
		tmp && *tmp ? tmp : "/tmp", (int)getpid(), ++seq);
	memset(&run, 0, sizeof run);
	run.pid = (int)getpid();
	run.ppid = (int)getppid();
	run.leakscope_version = LEAKSCOPE_VERSION;
	run.mujs_version = RT_MUJS_VERSION;
	run.libuv_version = uv_version_string();
	run.sample_interval_us = interval_us > 0 ? interval_us : 0;
	err = store_open(&o->s, o->path, &run, NULL);
	if (err) {
		o->s = NULL;
		*msg = store_strerror(err);
		return err;
	}
	memset(&po, 0, sizeof po);
	po.sample_interval_us = interval_us;
	po.slow_callback_us = -1;
	po.no_native_stacks = 1;
	po.record_allocs = alloc_bytes > 0;
	po.alloc_sample_bytes = alloc_bytes;
	err = prof_start(&o->p, in->rt, o->s, &po);
	if (err) {
		store_close(o->s, 0);
		o->s = NULL;
		unlink_db(o->path);
		*msg = strerror(-err);
		return err;
	}
	return 0;
}

/* Stops and closes a private recording; its file stays until insp__own_remove. */
void insp__own_close(insp *in, insp__own *o)
{
	if (!o->p)
		return;
	prof_stop(o->p);
	retire(in, o->p);
	o->p = NULL;
	store_close(o->s, 0);
	o->s = NULL;
}

void insp__own_remove(insp__own *o)
{
	unlink_db(o->path);
}

/* The profile JSON (malloc'd) of run `run` in the database at path, whole or cut. */
char *insp__read_profile(const char *path, int64_t run, int64_t from, int64_t to)
{
	an_db *db;
	char *buf = NULL;
	size_t len = 0;
	FILE *f;
	int err;
	if (an_open(&db, path))
		return NULL;
	f = open_memstream(&buf, &len);
	if (!f) {
		an_close(db);
		return NULL;
	}
	err = an_run_pick(db, run, &run);
	if (!err)
		err = to ? an_cpuprofile_range(db, run, from, to, f) : an_cpuprofile(db, run, f);
	fclose(f);
	an_close(db);
	if (err) {
		free(buf);
		return NULL;
	}
	return buf;
}

static int stop(insp__conn *c, int64_t id)
{
	insp *in = c->in;
	char *profile = NULL, *reply;
	size_t n;
	if (in->rec) {
		int64_t to = store_now_us(in->rec);
		store_flush(in->rec);
		profile = insp__read_profile(in->rec_path, store_run_id(in->rec), in->prof_from_us,
			to > in->prof_from_us ? to : in->prof_from_us + 1);
	} else if (in->cpu.p) {
		insp__own_close(in, &in->cpu);
		profile = insp__read_profile(in->cpu.path, 0, 0, 0);
		insp__own_remove(&in->cpu);
	}
	in->profiling = 0;
	if (!profile)
		return insp__error(c, id, -32000, "Cannot read the profile"), 0;
	n = strlen(profile);
	while (n && (profile[n - 1] == '\n' || profile[n - 1] == ' '))
		profile[--n] = 0;
	reply = malloc(n + 16);
	if (!reply) {
		free(profile);
		return -1;
	}
	sprintf(reply, "{\"profile\":%s}", profile);
	free(profile);
	insp__reply(c, id, reply);
	free(reply);
	return 0;
}

int insp__profiler_call(insp__conn *c, const char *m, int64_t id, json_t *params,
	int safepoint)
{
	insp *in = c->in;
	if (!strcmp(m, "enable") || !strcmp(m, "disable")) {
		c->profiler_on = m[0] == 'e';
		return insp__reply(c, id, "{}"), 0;
	}
	if (!strcmp(m, "setSamplingInterval")) {
		json_t *v = json_object_get(params, "interval");
		if (!json_is_integer(v) || json_integer_value(v) <= 0)
			return insp__error(c, id, -32602, "Invalid parameters"), 0;
		if (in->profiling)
			return insp__error(c, id, -32000,
				"Cannot change sampling interval when profiling."), 0;
		in->interval_us = json_integer_value(v);
		return insp__reply(c, id, "{}"), 0;
	}
	if (!strcmp(m, "start")) {
		const char *msg = "";
		if (in->profiling)
			return insp__reply(c, id, "{}"), 0;
		if (in->rec) {
			in->prof_from_us = store_now_us(in->rec);
			in->profiling = 1;
			return insp__reply(c, id, "{}"), 0;
		}
		if (safepoint)
			return 1;
		if (insp__own_open(in, in->interval_us ? in->interval_us : 1000, 0, &in->cpu,
			&msg)) {
			char b[200];
			snprintf(b, sizeof b, "Cannot start the profiler: %s", msg);
			return insp__error(c, id, -32000, b), 0;
		}
		in->profiling = 1;
		return insp__reply(c, id, "{}"), 0;
	}
	if (!strcmp(m, "stop")) {
		if (!in->profiling)
			return insp__error(c, id, -32000, "No recording profiles found"), 0;
		if (safepoint && !in->rec)
			return 1;
		return stop(c, id);
	}
	return INSP__UNKNOWN;
}

void insp__profiler_stop_all(insp *in)
{
	insp__own_close(in, &in->cpu);
	insp__own_remove(&in->cpu);
	insp__own_close(in, &in->heapsamp);
	insp__own_remove(&in->heapsamp);
	if (in->has_reaper)
		uv_close((uv_handle_t *)&in->reaper, NULL);
	in->has_reaper = 0;
	in->profiling = 0;
	in->heap_sampling = 0;
}

/* After rt_free: the loop is closed, every handle's close has completed. */
void insp__profiler_free(insp *in)
{
	free_retired(in);
}
