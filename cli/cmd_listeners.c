/* cmd_listeners.c — `leakscope listeners DB`: listener counts over time per emitter
 * and event, growing ones first and highlighted, with their registration sites.
 */
#include <string.h>

#include "report.h"

static const char *emitter(const an_lseries *s)
{
	static char b[2][160];
	static int k;
	char *o = b[k++ & 1];
	snprintf(o, sizeof b[0], "%s#%lld", s->ctor[0] ? s->ctor : "emitter",
		(long long)s->emitter);
	return o;
}

static const char *timeline(const an_listeners *l, const an_lseries *s)
{
	static char b[4096];
	size_t o = 0;
	int k;
	b[0] = 0;
	for (k = 0; k < l->buckets && o + 24 < sizeof b; k++)
		o += (size_t)snprintf(b + o, sizeof b - o, "%s%lld", k ? " " : "",
			(long long)s->timeline[k]);
	return b;
}

int cmd_listeners(an_db *db, const an_run *run, const cli_opts *o)
{
	an_listeners l;
	size_t i, n, flagged = 0;
	tbl *t;
	int err = an_listeners_read(db, run->id, o->buckets, o->min_growth, &l);

	if (err)
		return cli_fail(o, o->db, err);
	if (o->json) {
		int code = cli_print_json(an_listeners_json(&l, o->limit));
		an_listeners_free(&l);
		return code;
	}
	print_run_header(stdout, run);
	if (!l.n) {
		printf("no listeners added or removed in run %lld\n", (long long)run->id);
		an_listeners_free(&l);
		return 0;
	}
	for (i = 0; i < l.n; i++)
		flagged += l.v[i].trend != AN_TREND_STABLE;
	printf("%zu emitter/event pairs; %zu grew by %lld or more since their first change\n\n",
		l.n, flagged, (long long)l.min_growth);
	t = tbl_new();
	tbl_col(t, "EMITTER", 0);
	tbl_col(t, "EVENT", 0);
	tbl_col(t, "NOW", 1);
	tbl_col(t, "MAX", 1);
	tbl_col(t, "ADDS", 1);
	tbl_col(t, "REMOVES", 1);
	tbl_col(t, "GROWTH", 0);
	tbl_col(t, "COUNT OVER TIME", 0);
	tbl_col(t, "REGISTERED AT", 0);
	n = o->limit && o->limit < l.n ? o->limit : l.n;
	for (i = 0; i < n; i++) {
		const an_lseries *s = &l.v[i];
		int64_t g = s->count - s->start;
		tbl_cell(t, "%s", emitter(s));
		if (s->trend != AN_TREND_STABLE)
			tbl_mark(t);
		tbl_cell(t, "%s", s->event);
		tbl_cell(t, "%lld", (long long)s->count);
		tbl_cell(t, "%lld", (long long)s->max);
		tbl_cell(t, "%lld", (long long)s->adds);
		tbl_cell(t, "%lld", (long long)s->removes);
		if (s->trend != AN_TREND_STABLE)
			tbl_cell(t, "+%lld since start, %s", (long long)g, an_trend_name(s->trend));
		else
			tbl_cell(t, "%s%lld", g > 0 ? "+" : "", (long long)g);
		tbl_cell(t, "%s", timeline(&l, s));
		if (!s->nsites)
			tbl_cell(t, "-");
		else if (s->sites[0].loc.kind == AN_LOC_PSEUDO)
			tbl_cell(t, "(unknown)%s", s->nsites > 1 ? " +more" : "");
		else if (s->nsites > 1)
			tbl_cell(t, "%s %s (+%zu more)", f_where(o, &s->sites[0].loc),
				f_func(&s->sites[0].loc), s->nsites - 1);
		else
			tbl_cell(t, "%s %s", f_where(o, &s->sites[0].loc),
				f_func(&s->sites[0].loc));
	}
	tbl_print(t, stdout, o->color);
	tbl_free(t);
	printf("\nCOUNT OVER TIME: listeners at the end of each of %d equal steps up to %s\n",
		l.buckets, f_dur(l.end_us));
	if (n < l.n)
		printf("%zu of %zu pairs (--limit 0 for all)\n", n, l.n);
	for (i = 0; i < n; i++) {
		const an_lseries *s = &l.v[i];
		size_t j;
		if (s->trend == AN_TREND_STABLE)
			continue;
		printf("\n%s '%s': +%lld since start (%s), registered at:\n", emitter(s), s->event,
			(long long)(s->count - s->start), an_trend_name(s->trend));
		for (j = 0; j < s->nsites && j < 5; j++)
			printf("    %lld adds  %s %s\n", (long long)s->sites[j].adds,
				s->sites[j].loc.kind == AN_LOC_PSEUDO ? "(unknown)" :
				f_where(o, &s->sites[j].loc), f_func(&s->sites[j].loc));
		printf("  latest add's stack:\n");
		print_stack(stdout, o, &s->stack, "    ", 8);
	}
	an_listeners_free(&l);
	return 0;
}
