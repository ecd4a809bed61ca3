/* cmd_top.c — `leakscope top DB`: functions by CPU time, self and total, with the time
 * split by event-loop phase (self time when sorted by self, total when by total).
 */
#include "report.h"

int cmd_top(an_db *db, const an_run *run, const cli_opts *o)
{
	an_top t;
	tbl *tb;
	size_t i, n;
	int err, p, by = o->by_total ? AN_BY_TOTAL : AN_BY_SELF, first = 1;
	int64_t iv;

	err = an_top_read(db, run->id, by, &t);
	if (err)
		return cli_fail(o, o->db, err);
	if (o->json) {
		int code = cli_print_json(an_top_json(&t, o->limit));
		an_top_free(&t);
		return code;
	}
	iv = t.interval_us;
	print_run_header(stdout, run);
	if (!t.samples) {
		printf("no CPU samples in run %lld%s\n", (long long)run->id,
			run->sample_interval_us > 0 ? "" : " (recorded with sampling off)");
		an_top_free(&t);
		return 0;
	}
	printf("%lld samples, one every %s: %s\n", (long long)t.samples, f_dur(iv),
		f_dur(t.samples * iv));
	printf("by phase:");
	for (p = 0; p < STORE_PHASE__COUNT; p++) {
		if (!t.phase[p])
			continue;
		printf("%s %s %s (%s)", first ? "" : ",", phase_label(p), f_dur(t.phase[p] * iv),
			f_pct(t.phase[p], t.samples));
		first = 0;
	}
	printf("\n\n");

	tb = tbl_new();
	tbl_col(tb, "SELF ms", 1);
	tbl_col(tb, "SELF%", 1);
	tbl_col(tb, "TOTAL ms", 1);
	tbl_col(tb, "TOTAL%", 1);
	for (p = 0; p < STORE_PHASE__COUNT; p++)
		if (t.phase[p])
			tbl_col(tb, phase_label(p), 1);
	tbl_col(tb, "FUNCTION", 0);
	tbl_col(tb, "LOCATION", 0);
	n = o->limit && o->limit < t.n ? o->limit : t.n;
	for (i = 0; i < n; i++) {
		const an_top_entry *e = &t.v[i];
		const int64_t *ph = o->by_total ? e->total_phase : e->self_phase;
		tbl_cell(tb, "%s", f_ms(e->self * iv));
		tbl_cell(tb, "%s", f_pct(e->self, t.samples));
		tbl_cell(tb, "%s", f_ms(e->total * iv));
		tbl_cell(tb, "%s", f_pct(e->total, t.samples));
		for (p = 0; p < STORE_PHASE__COUNT; p++)
			if (t.phase[p])
				tbl_cell(tb, "%s", ph[p] ? f_ms(ph[p] * iv) : "-");
		tbl_cell(tb, "%s", f_func(&e->fn));
		tbl_cell(tb, "%s", f_where(o, &e->fn));
	}
	tbl_print(tb, stdout, o->color);
	tbl_free(tb);
	printf("\nphase columns: %s time in ms per event-loop phase (main: the main script"
		" and exit handlers)\n", o->by_total ? "total" : "self");
	if (n < t.n)
		printf("%zu of %zu functions (--limit 0 for all)\n", n, t.n);
	an_top_free(&t);
	return 0;
}
