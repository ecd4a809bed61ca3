/* cmd_diff.c — `leakscope diff DB [SNAP...] [--run N] [--min-bytes N] [--json]`: what
 * keeps growing between the heap snapshots of a run (analysis/leaks.h), as text or as
 * the versioned JSON of analysis/JSON.md; and the parts `leakscope gate` shares with it
 * (leakcmd.h).
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "args.h"
#include "leakcmd.h"

static const char usage[] =
	"Usage: leakscope diff DB [SNAP...] [--run N] [--min-bytes N] [--json]\n"
	"\n"
	"  SNAP...        snapshot ids, at least two, of one run (default: every snapshot\n"
	"                 of the latest run that has any; see leakscope snapshots)\n"
	"  --run N        every snapshot of run N\n"
	"  --min-bytes N  growth (first to last snapshot) below which nothing is reported\n"
	"                 (default 1024; K, M suffixes)\n"
	"  --json         machine-readable, versioned (analysis/JSON.md, \"diff\")\n"
	"\n"
	"Reports what keeps growing: objects that are new since the first snapshot (the\n"
	"warm-up, when there are three or more), grouped by the path that retains them,\n"
	"growing in every interval (or, with four or more snapshots, a clear trend). Each\n"
	"suspect has a category (listener, global, closure, cache, other), its retainer\n"
	"path, its growth per snapshot, and the lines that allocated it (with\n"
	"--record-allocs), defined its closures or added its listeners. Ranked by the\n"
	"memory it accumulates, each object charged to one suspect only.\n";

int leak_parse_num(const char *s, int sizes, int64_t *out)
{
	char *end;
	unsigned long long v;
	if (!s || *s < '0' || *s > '9')
		return -1;
	v = strtoull(s, &end, 10);
	if (sizes && *end) {
		unsigned long long m = *end == 'K' || *end == 'k' ? 1024ULL :
			*end == 'M' || *end == 'm' ? 1024ULL * 1024 :
			*end == 'G' || *end == 'g' ? 1024ULL * 1024 * 1024 : 0;
		if (!m || end[1])
			return -1;
		v *= m;
		end++;
	}
	if (*end || v > (unsigned long long)INT64_MAX)
		return -1;
	*out = (int64_t)v;
	return 0;
}

struct progress {
	const char *cmd;
};

static void progress(void *ud, int done, int total)
{
	struct progress *p = ud;
	if (done < total)
		fprintf(stderr, "\rleakscope %s: reading heap snapshot %d of %d…", p->cmd,
			done + 1, total);
	else
		fprintf(stderr, "\r\033[K");
	fflush(stderr);
}

/* Which process or thread the analysed run was, when another run started it (a forked
 * child or cluster worker, a worker thread): " (fork of run 1, pid 4242)"; "" for a
 * main run. Set by leak_analyse for the text report's first line. */
static char run_origin[96];

static void describe_run(an_db *db, int64_t id)
{
	an_run r;
	run_origin[0] = 0;
	if (an_run_get(db, id, &r))
		return;
	if (r.parent_run_id && r.kind && !strcmp(r.kind, "worker"))
		snprintf(run_origin, sizeof run_origin, " (worker thread %d of run %lld, pid %d)",
			r.thread_id, (long long)r.parent_run_id, r.pid);
	else if (r.parent_run_id)
		snprintf(run_origin, sizeof run_origin, " (%s of run %lld, pid %d)",
			r.kind ? r.kind : "child", (long long)r.parent_run_id, r.pid);
	an_run_free(&r);
}

int leak_analyse(const char *cmd, const char *db_path, int64_t run, const int64_t *snaps,
	size_t n, int64_t min_bytes, an_leaks *out)
{
	an_db *db;
	int64_t *ids = NULL;
	size_t nids = 0;
	int err;
	struct progress p = { cmd };
	an_leak_opts o;

	memset(out, 0, sizeof *out);
	if (access(db_path, F_OK)) {
		fprintf(stderr, "leakscope %s: %s: no such file\n", cmd, db_path);
		return 2;
	}
	if ((err = an_open(&db, db_path))) {
		fprintf(stderr, "leakscope %s: %s: %s\n", cmd, db_path, an_strerror(err));
		return 2;
	}
	if (!n) {
		err = an_leak_snapshots(db, &run, &ids, &nids);
		if (err == AN_ENORUNS || (!err && !nids)) {
			if (run)
				fprintf(stderr, "leakscope %s: %s: run %lld has no heap snapshots\n",
					cmd, db_path, (long long)run);
			else
				fprintf(stderr, "leakscope %s: %s: no heap snapshots (take some with "
					"require('leakscope').snapshot(label), --snapshot-interval=MS or "
					"leakscope gate --scenario)\n", cmd, db_path);
			free(ids);
			an_close(db);
			return 2;
		}
		snaps = ids;
		n = nids;
	} else {
		err = 0;
	}
	if (!err && n < 2) {
		fprintf(stderr, "leakscope %s: %s: only one heap snapshot (%lld): a diff needs at"
			" least two, and three or more (the first is the warm-up) are better\n",
			cmd, db_path, (long long)snaps[0]);
		free(ids);
		an_close(db);
		return 2;
	}
	memset(&o, 0, sizeof o);
	o.min_bytes = min_bytes;
	if (isatty(STDERR_FILENO)) {
		o.progress = progress;
		o.ud = &p;
	}
	if (!err)
		err = an_leaks_find(db, snaps, n, &o, out);
	if (!err)
		describe_run(db, out->run);
	free(ids);
	an_close(db);
	if (err == STORE_EINVAL) {
		fprintf(stderr, "leakscope %s: %s: the snapshots must be committed heap snapshots"
			" of one run (see leakscope snapshots)\n", cmd, db_path);
		return 2;
	}
	if (err) {
		fprintf(stderr, "leakscope %s: %s: %s\n", cmd, db_path, an_strerror(err));
		return 2;
	}
	return 0;
}

static const char *bytes(int64_t b)
{
	static char buf[8][32];
	static int k;
	char *s = buf[k++ & 7];
	int64_t a = b < 0 ? -b : b;
	const char *sign = b < 0 ? "-" : "";
	if (a < 1024)
		snprintf(s, 32, "%s%lld B", sign, (long long)a);
	else if (a < 1024 * 1024)
		snprintf(s, 32, "%s%.1f KiB", sign, (double)a / 1024);
	else
		snprintf(s, 32, "%s%.1f MiB", sign, (double)a / (1024 * 1024));
	return s;
}

/* ▁▂▃▄▅▆▇█ of the retained bytes per snapshot */
static void sparkline(FILE *f, const an_leak *l, size_t n)
{
	static const char *bars[] = { "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█" };
	int64_t lo = l->per[0].retained, hi = lo;
	size_t i;
	for (i = 1; i < n; i++) {
		if (l->per[i].retained < lo)
			lo = l->per[i].retained;
		if (l->per[i].retained > hi)
			hi = l->per[i].retained;
	}
	for (i = 0; i < n; i++)
		fputs(bars[hi > lo ? (int)((l->per[i].retained - lo) * 7 / (hi - lo)) : 0], f);
}

static const char *site_kind(int k)
{
	return k == AN_SITE_ALLOC ? "allocated at" : k == AN_SITE_CLOSURE ?
		"closure defined at" : "listener added at";
}

void leak_print(FILE *f, const an_leaks *l, const char *const *allowed, int color)
{
	size_t i, k, shown = 0;
	int64_t total = 0;
	char buf[512];
	const char *bold = color ? "\033[1m" : "", *red = color ? "\033[31m" : "",
		*off = color ? "\033[0m" : "";

	fprintf(f, "%sleak report%s: run %lld%s, heap snapshots", bold, off, (long long)l->run,
		l->run ? run_origin : "");
	for (i = 0; i < l->nsnapshots; i++)
		fprintf(f, "%s%lld", i ? ", " : " ", (long long)l->snapshots[i]);
	fprintf(f, " (%s)\n", l->nsnapshots >= 3 ? "the first is the warm-up" : "two: "
		"three or more are more reliable");
	for (i = 0; i < l->n; i++)
		if (!allowed || !allowed[i]) {
			shown++;
			total += l->v[i].growth_bytes;
		}
	if (!l->n) {
		fprintf(f, "nothing keeps growing: no suspects\n");
		return;
	}
	fprintf(f, "%zu suspect%s, %s accumulated between the first and the last snapshot\n",
		shown, shown == 1 ? "" : "s", bytes(total));
	for (i = 0; i < l->n; i++) {
		const an_leak *e = &l->v[i];
		fprintf(f, "\n%s%zu. %s%s%s  %s%s\n", bold, i + 1, red,
			an_leak_category_name(e->category), off, e->path ? e->path : "?",
			allowed && allowed[i] ? "  (allowed)" : "");
		if (allowed && allowed[i])
			fprintf(f, "   allowed: %s\n", allowed[i]);
		fprintf(f, "   growth  ");
		sparkline(f, e, l->nsnapshots);
		fprintf(f, "  ");
		for (k = 1; k < l->nsnapshots; k++)
			fprintf(f, "%s%+lld (%s)", k > 1 ? ", " : "",
				(long long)(e->per[k].count - e->per[k - 1].count),
				bytes(e->per[k].retained - e->per[k - 1].retained));
		fprintf(f, " per interval, %s\n", e->monotonic ? "in every interval" :
			"a trend, not every interval");
		fprintf(f, "   retains %s now (%lld objects%s), +%s since the first snapshot, "
			"score %.2f\n", bytes(e->retained_bytes), (long long)e->per[l->nsnapshots - 1].count,
			e->category == AN_LEAK_LISTENER ? " in the list" : " growing",
			bytes(e->growth_bytes), e->score);
		for (k = 0; k < e->nsites; k++)
			fprintf(f, "   %s %s%s%s (%lld)\n", site_kind(e->sites[k].kind),
				an_leak_site_text(&e->sites[k], buf, sizeof buf),
				*e->sites[k].func ? " " : "", e->sites[k].func,
				(long long)e->sites[k].count);
		if (!e->nsites)
			fprintf(f, "   (no allocation site: record with --record-allocs)\n");
	}
}

int cli_diff_main(int argc, char **argv)
{
	int64_t run = 0, min_bytes = 1024, *snaps = NULL, v;
	size_t n = 0;
	const char *db = NULL, *val;
	int json = 0, i, code, missing;
	an_leaks l;

	snaps = calloc((size_t)argc, sizeof *snaps);
	if (!snaps)
		return 2;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(usage, stdout);
			free(snaps);
			return 0;
		} else if (!strcmp(a, "--json")) {
			json = 1;
		} else if ((val = cli_opt_value(argc, argv, &i, "--run", &missing)) || missing) {
			if (missing || leak_parse_num(val, 0, &run) || !run)
				goto bad;
		} else if ((val = cli_opt_value(argc, argv, &i, "--min-bytes", &missing)) || missing) {
			if (missing || leak_parse_num(val, 1, &min_bytes))
				goto bad;
		} else if (a[0] == '-' && a[1]) {
			goto bad;
		} else if (!db) {
			db = a;
		} else {
			if (*a == '@' || *a == '#')
				a++;
			if (leak_parse_num(a, 0, &v) || !v) {
				fprintf(stderr, "leakscope diff: %s: not a snapshot id (see leakscope "
					"snapshots)\n", argv[i]);
				free(snaps);
				return 2;
			}
			snaps[n++] = v;
		}
	}
	if (!db) {
		fprintf(stderr, "leakscope diff: which recording? (leakscope run --record DB app.js"
			" makes one; see leakscope diff --help)\n");
		free(snaps);
		return 2;
	}
	if (n == 1) {
		fprintf(stderr, "leakscope diff: one snapshot given: a diff needs at least two\n");
		free(snaps);
		return 2;
	}
	code = leak_analyse("diff", db, run, snaps, n, min_bytes, &l);
	free(snaps);
	if (code)
		return code;
	if (json) {
		json_t *j = an_leaks_json(&l);
		code = !j || json_dumpf(j, stdout, JSON_INDENT(2) | JSON_REAL_PRECISION(6)) ||
			fputc('\n', stdout) == EOF ? 2 : 0;
		json_decref(j);
	} else {
		leak_print(stdout, &l, NULL, isatty(STDOUT_FILENO) && !getenv("NO_COLOR"));
	}
	an_leaks_free(&l);
	return code;
bad:
	fprintf(stderr, "leakscope diff: %s: bad option or value (see leakscope diff --help)\n",
		argv[i < argc ? i : argc - 1]);
	free(snaps);
	return 2;
}
