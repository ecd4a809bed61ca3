/* cmd_loop.c — `leakscope loop DB`: the event loop's phases, utilization and delay,
 * garbage collections, and the slowest callbacks with their stacks.
 */
#include "report.h"

int cmd_loop(an_db *db, const an_run *run, const cli_opts *o)
{
	an_loop l;
	tbl *t;
	size_t i;
	int err, p;

	err = an_loop_read(db, run->id, o->resolution_us, o->limit, &l);
	if (err)
		return cli_fail(o, o->db, err);
	if (o->json) {
		int code = cli_print_json(an_loop_json(&l));
		an_loop_free(&l);
		return code;
	}
	print_run_header(stdout, run);
	if (!l.iterations) {
		printf("no event-loop iterations in run %lld (the loop never ran, or nothing"
			" was committed yet)\n", (long long)run->id);
	} else {
		printf("%lld iterations over %s (the loop started %s into the run)\n\n",
			(long long)l.iterations, f_dur(l.loop_us), f_dur(l.loop_start_us));
		t = tbl_new();
		tbl_col(t, "PHASE", 0);
		tbl_col(t, "TIME", 1);
		tbl_col(t, "SHARE", 1);
		tbl_col(t, "ACTIVE", 1);
		tbl_col(t, "LONGEST", 1);
		tbl_col(t, "ITERATIONS", 1);
		tbl_col(t, "CALLBACKS", 1);
		for (p = 1; p < STORE_PHASE__COUNT; p++) {
			const an_phase_stat *s = &l.phase[p];
			tbl_cell(t, "%s", an_phase_name(p));
			tbl_cell(t, "%s", f_dur(s->time_us));
			tbl_cell(t, "%s", f_pct(s->time_us, l.loop_us));
			tbl_cell(t, "%s", f_dur(s->active_us));
			tbl_cell(t, "%s", f_dur(s->max_us));
			tbl_cell(t, "%lld", (long long)s->entered);
			tbl_cell(t, "%lld", (long long)s->callbacks);
		}
		tbl_print(t, stdout, o->color);
		tbl_free(t);
		printf("(ACTIVE: poll without the %s it waited for events)\n\n",
			f_dur(l.poll_idle_us));
		if (l.has_utilization)
			printf("utilization  %.4f  (active %s, idle %s; as"
				" performance.eventLoopUtilization())\n", l.utilization,
				f_dur(l.active_us), f_dur(l.idle_us));
		if (l.delay_count)
			printf("delay        p50 %s  p90 %s  p99 %s  max %s  (min %s, mean %s;"
				" %lld intervals of monitorEventLoopDelay at %s resolution)\n",
				f_dur(l.delay_p50_us), f_dur(l.delay_p90_us), f_dur(l.delay_p99_us),
				f_dur(l.delay_max_us), f_dur(l.delay_min_us),
				f_dur((int64_t)(l.delay_mean_us + 0.5)), (long long)l.delay_count,
				f_dur(l.resolution_us));
		else
			printf("delay        none measured (the loop ran less than two %s"
				" intervals)\n", f_dur(l.resolution_us));
	}
	if (l.gc_count)
		printf("gc           %lld collection%s, %s in all, longest %s\n",
			(long long)l.gc_count, l.gc_count == 1 ? "" : "s", f_dur(l.gc_us),
			f_dur(l.gc_max_us));
	else
		printf("gc           no collections\n");

	if (!l.slow_count) {
		printf("\nno slow callbacks (none over the recording's --slow-callback"
			" threshold)\n");
	} else {
		printf("\nslowest callbacks (%zu of %lld over the --slow-callback threshold):\n",
			l.nslow, (long long)l.slow_count);
		for (i = 0; i < l.nslow; i++) {
			const an_slow *s = &l.slow[i];
			if (s->cb_kind == STORE_CB_MAIN)
				printf("\n  %s  the main script at %s\n", f_dur(s->duration_us),
					f_dur(s->t_us));
			else if (s->cb_kind == STORE_CB_NONE)
				printf("\n  %s  in %s at %s\n", f_dur(s->duration_us),
					phase_label(s->phase), f_dur(s->t_us));
			else
				printf("\n  %s  %s callback in %s at %s\n", f_dur(s->duration_us),
					an_cb_kind_name(s->cb_kind), phase_label(s->phase),
					f_dur(s->t_us));
			print_stack(stdout, o, &s->stack, "      ", 12);
		}
	}
	an_loop_free(&l);
	return 0;
}
