/* cmd_runs.c — `leakscope runs DB`: the runs a recording holds, one line each, or one
 * run in full with --run N.
 */
#include <string.h>

#include "report.h"

/* What started the run: "main" for a top-level process, "worker 2 of run 1" for a worker
 * thread, "fork of run 1" for a forked or cluster child (the words `leakscope diff` uses). */
static const char *origin(const an_run *r, char *buf, size_t n)
{
	if (!r->parent_run_id)
		return r->kind ? r->kind : "main";
	if (r->kind && !strcmp(r->kind, "worker"))
		snprintf(buf, n, "worker %d of run %lld", r->thread_id,
			(long long)r->parent_run_id);
	else
		snprintf(buf, n, "%s of run %lld", r->kind ? r->kind : "child",
			(long long)r->parent_run_id);
	return buf;
}

static int one(const an_run *r, const cli_opts *o)
{
	char buf[64];
	printf("run %lld\n", (long long)r->id);
	printf("  kind        %s\n", origin(r, buf, sizeof buf));
	printf("  command     %s\n", f_argv(r));
	printf("  cwd         %s\n", r->cwd ? r->cwd : "?");
	printf("  pid         %d (parent %d)\n", r->pid, r->ppid);
	printf("  started     %s\n", f_time(r->started_at));
	if (r->duration_us >= 0)
		printf("  duration    %s\n", f_dur(r->duration_us));
	else
		printf("  duration    still recording, or the process died: events reach %s\n",
			f_dur(r->last_us));
	printf("  end         %s\n", f_run_end(r));
	printf("  versions    leakscope %s, mujs %s, libuv %s, SQLite %s\n",
		r->leakscope_version ? r->leakscope_version : "?",
		r->mujs_version ? r->mujs_version : "?",
		r->libuv_version ? r->libuv_version : "?",
		r->sqlite_version ? r->sqlite_version : "?");
	if (r->sample_interval_us > 0)
		printf("  sampling    every %s\n", f_dur(r->sample_interval_us));
	else
		printf("  sampling    off\n");
	printf("  recorded    %lld CPU samples, %lld loop iterations, %lld slow callbacks,\n"
		"              %lld listener events, %lld GCs, %lld allocation sites,"
		" %lld sampled allocations\n",
		(long long)r->samples, (long long)r->iterations, (long long)r->slow_callbacks,
		(long long)r->listener_events, (long long)r->gc_events,
		(long long)r->alloc_sites, (long long)r->alloc_samples);
	printf("  dropped     %lld events%s\n", (long long)r->dropped,
		r->dropped ? " (the writer fell behind)" : "");
	(void)o;
	return 0;
}

int cmd_runs(an_db *db, const an_run *run, const cli_opts *o)
{
	an_run *v;
	size_t n, i;
	tbl *t;
	int err;

	if (run) {
		if (o->json) {
			json_t *j = an_runs_json(run, 1);
			return cli_print_json(j);
		}
		return one(run, o);
	}
	err = an_runs(db, &v, &n);
	if (err)
		return cli_fail(o, o->db, err);
	if (o->json) {
		int code = cli_print_json(an_runs_json(v, n));
		an_runs_free(v, n);
		return code;
	}
	if (!n) {
		printf("no runs in %s\n", o->db);
		an_runs_free(v, n);
		return 0;
	}
	t = tbl_new();
	tbl_col(t, "RUN", 1);
	tbl_col(t, "STARTED", 0);
	tbl_col(t, "DURATION", 1);
	tbl_col(t, "END", 0);
	tbl_col(t, "PID", 1);
	tbl_col(t, "KIND", 0);
	tbl_col(t, "SAMPLES", 1);
	tbl_col(t, "ITERATIONS", 1);
	tbl_col(t, "LISTENER EV", 1);
	tbl_col(t, "ALLOC SITES", 1);
	tbl_col(t, "COMMAND", 0);
	for (i = 0; i < n; i++) {
		const an_run *r = &v[i];
		char buf[64];
		tbl_cell(t, "%lld", (long long)r->id);
		tbl_cell(t, "%s", f_time(r->started_at));
		tbl_cell(t, "%s", f_run_length(r));
		tbl_cell(t, "%s", r->has_exit_code ? f_run_end(r) : r->ended_at ? "ended" : "open");
		tbl_cell(t, "%d", r->pid);
		tbl_cell(t, "%s", origin(r, buf, sizeof buf));
		tbl_cell(t, "%lld", (long long)r->samples);
		tbl_cell(t, "%lld", (long long)r->iterations);
		tbl_cell(t, "%lld", (long long)r->listener_events);
		tbl_cell(t, "%lld", (long long)r->alloc_sites);
		tbl_cell(t, "%s", f_argv(r));
	}
	tbl_print(t, stdout, o->color);
	tbl_free(t);
	for (i = 0; i < n; i++)
		if (!v[i].ended_at) {
			printf("\nopen: no end recorded (still recording, or the process died);"
				" its duration is how far its events reach\n");
			break;
		}
	an_runs_free(v, n);
	return 0;
}
