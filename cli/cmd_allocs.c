/* cmd_allocs.c — `leakscope allocs DB`: allocation sites by bytes allocated and by
 * bytes still live.
 */
#include "report.h"

static void table(const an_allocs *a, const cli_opts *o, int live)
{
	size_t i, n = o->limit && o->limit < a->n ? o->limit : a->n;
	tbl *t = tbl_new();
	if (live) {
		tbl_col(t, "LIVE", 1);
		tbl_col(t, "ALLOCATED", 1);
	} else {
		tbl_col(t, "ALLOCATED", 1);
		tbl_col(t, "LIVE", 1);
	}
	tbl_col(t, "COUNT", 1);
	tbl_col(t, "SAMPLES", 1);
	tbl_col(t, "SITE", 0);
	tbl_col(t, "FUNCTION", 0);
	for (i = 0; i < n; i++) {
		const an_site *s = &a->v[live ? a->by_live[i] : i];
		const char *w = f_where(o, &s->loc);
		tbl_cell(t, "%s", f_bytes(live ? s->live_bytes : s->bytes));
		tbl_cell(t, "%s", f_bytes(live ? s->bytes : s->live_bytes));
		tbl_cell(t, "%lld", (long long)s->count);
		tbl_cell(t, "%lld", (long long)s->samples);
		tbl_cell(t, "%s", *w ? w : "-");
		tbl_cell(t, "%s", f_func(&s->loc));
	}
	tbl_print(t, stdout, o->color);
	tbl_free(t);
}

int cmd_allocs(an_db *db, const an_run *run, const cli_opts *o)
{
	an_allocs a;
	int err = an_allocs_read(db, run->id, &a);
	size_t n;
	if (err)
		return cli_fail(o, o->db, err);
	if (o->json) {
		int code = cli_print_json(an_allocs_json(&a, o->limit));
		an_allocs_free(&a);
		return code;
	}
	print_run_header(stdout, run);
	if (!a.n) {
		printf("no allocation sites in run %lld (record with --record-allocs)\n",
			(long long)run->id);
		an_allocs_free(&a);
		return 0;
	}
	printf("%zu sites: %lld allocations, %s allocated, %s live (as of %s);"
		" %lld sampled allocations, %lld live\n", a.n, (long long)a.count,
		f_bytes(a.bytes), f_bytes(a.live_bytes), f_dur(a.updated_us),
		(long long)a.samples, (long long)a.live_samples);
	printf("\nby bytes allocated:\n");
	table(&a, o, 0);
	printf("\nby bytes live:\n");
	table(&a, o, 1);
	n = o->limit && o->limit < a.n ? o->limit : a.n;
	if (n < a.n)
		printf("\n%zu of %zu sites each (--limit 0 for all)\n", n, a.n);
	an_allocs_free(&a);
	return 0;
}
