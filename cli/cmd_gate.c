/* cmd_gate.c — `leakscope gate`: the leak report as a CI check.
 *
 *   leakscope gate DB [SNAP...] [--run N] [--max-leak-bytes N] [--max-leaks N]
 *                  [--allow FILE] [--min-bytes N] [--junit FILE] [--json FILE]
 *   leakscope gate --scenario FILE [--iterations N] [--warmup N] [--snapshots K]
 *                  [--db FILE] [same options]
 *
 * A suspect of the diff (analysis/leaks.h) fails the gate when no suppression of the
 * --allow file matches it and its growth is above --max-leak-bytes (default 0); the gate
 * fails (exit 1) when more than --max-leaks (default 0) suspects fail. Exit 0 when it
 * passes, 2 on bad input (leakcmd.h). The report goes to stdout either way; --junit and
 * --json write files (JUnit XML: one test case per suspect, failed or skipped when
 * allowed, or one passing case when nothing grows).
 *
 * --scenario runs a memlab-style scenario module (setup/action/teardown) under the
 * recorder, with allocation sites, in a forked child of this process (the same binary,
 * no exec; the app may end its process), through the embedded driver
 * (gate-driver.js): warm-up actions, a snapshot, then ITERATIONS actions and a snapshot
 * until SNAPSHOTS were taken; the recording goes to --db FILE or a temporary file that
 * is removed afterwards.
 */
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "args.h"
#include "leakcmd.h"

extern const char cli__gate_driver[];	/* gate-driver.js, embedded at build time */

static const char usage[] =
	"Usage: leakscope gate DB [SNAP...] [options]\n"
	"       leakscope gate --scenario FILE [--iterations N] [--warmup N] [--snapshots K]\n"
	"                      [--db FILE] [options]\n"
	"\n"
	"  --max-leak-bytes N  a suspect fails when it grew by more than N bytes (default 0;\n"
	"                      K, M, G suffixes)\n"
	"  --max-leaks N       the gate fails when more than N suspects fail (default 0)\n"
	"  --allow FILE        suppressions, one a line: `path GLOB REASON` or\n"
	"                      `site GLOB REASON` (GLOB in \"quotes\" when it has spaces;\n"
	"                      the reason is required; # starts a comment line)\n"
	"  --min-bytes N       growth below which nothing is a suspect (default 1024)\n"
	"  --junit FILE        a JUnit XML report (one test case per suspect)\n"
	"  --json FILE         the diff's JSON (analysis/JSON.md) with the gate's verdict\n"
	"  --run N             every snapshot of run N (default: the latest with snapshots)\n"
	"\n"
	"  --scenario FILE     run FILE, a scenario module exporting action() (and setup(),\n"
	"                      teardown(); any may return a promise), in this process:\n"
	"                      WARMUP actions (default 2), a snapshot, then ITERATIONS\n"
	"                      actions (default 3) and a snapshot until K snapshots (default\n"
	"                      3) were taken; recorded with allocation sites into --db FILE\n"
	"                      (default: a temporary file, removed afterwards)\n"
	"\n"
	"Exit: 0 when nothing keeps growing (or all is allowed), 1 when the gate fails (the\n"
	"report is printed), 2 on bad input (no recording, fewer than two snapshots, a bad\n"
	"option or suppression file, a scenario that fails).\n";

typedef struct allow {
	int site;		/* 1: site pattern, 0: path pattern */
	char *pattern, *reason;
	int line;
} allow;

typedef struct gate_opts {
	const char *db, *allow_file, *junit, *json, *scenario, *keep_db;
	int64_t run, max_bytes, max_leaks, min_bytes, warmup, iterations, snapshots;
	int64_t *snaps;
	size_t nsnaps;
	allow *allow;
	size_t nallow;
} gate_opts;

static int bad(const char *what, const char *why)
{
	fprintf(stderr, "leakscope gate: %s: %s (see leakscope gate --help)\n", what, why);
	return 2;
}

/* ---- suppressions ---- */

static int read_allow(gate_opts *g)
{
	FILE *f = fopen(g->allow_file, "r");
	char line[4096];
	int n = 0;
	if (!f) {
		fprintf(stderr, "leakscope gate: %s: cannot read the suppression file\n",
			g->allow_file);
		return 2;
	}
	while (fgets(line, sizeof line, f)) {
		char *p = line, *kind, *pat, *reason, *end;
		allow *v;
		n++;
		line[strcspn(line, "\r\n")] = 0;
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p || *p == '#')
			continue;
		kind = p;
		p += strcspn(p, " \t");
		if (*p)
			*p++ = 0;
		while (*p == ' ' || *p == '\t')
			p++;
		pat = p;
		if (*p == '"') {	/* a quoted pattern may hold spaces */
			pat = ++p;
			p = strchr(p, '"');
			if (!p)
				pat = NULL;
		} else {
			p += strcspn(p, " \t");
		}
		reason = NULL;
		if (pat && p) {
			if (*p)
				*p++ = 0;
			reason = p;
		}
		if (pat && !*pat)
			pat = NULL;
		while (reason && (*reason == ' ' || *reason == '\t'))
			reason++;
		if (reason)
			for (end = reason + strlen(reason); end > reason && (end[-1] == ' ' ||
			     end[-1] == '\t'); end--)
				end[-1] = 0;
		if (!kind || (strcmp(kind, "path") && strcmp(kind, "site")) || !pat || !reason ||
		    !*reason) {
			fprintf(stderr, "leakscope gate: %s:%d: expected `path GLOB REASON` or `site "
				"GLOB REASON` (a suppression needs its reason)\n", g->allow_file, n);
			fclose(f);
			return 2;
		}
		v = realloc(g->allow, (g->nallow + 1) * sizeof *v);
		if (!v) {
			fclose(f);
			return 2;
		}
		g->allow = v;
		v[g->nallow].site = !strcmp(kind, "site");
		v[g->nallow].pattern = strdup(pat);
		v[g->nallow].reason = strdup(reason);
		v[g->nallow].line = n;
		g->nallow++;
	}
	fclose(f);
	return 0;
}

/* The reason a suppression gives for suspect l, or NULL. A path pattern matches the
 * readable path (or another path to the same objects); a site pattern matches
 * "file:line" with the recorded file or its base name. */
static const char *allowed(const gate_opts *g, const an_leak *l)
{
	size_t i, k;
	char buf[4096], base[512];
	for (i = 0; i < g->nallow; i++) {
		const allow *a = &g->allow[i];
		if (!a->site) {
			if (l->path && !fnmatch(a->pattern, l->path, 0))
				return a->reason;
			for (k = 0; k < l->nalso; k++)
				if (!fnmatch(a->pattern, l->also[k], 0))
					return a->reason;
			continue;
		}
		for (k = 0; k < l->nsites; k++) {
			snprintf(buf, sizeof buf, "%s:%d", l->sites[k].file, l->sites[k].line);
			if (!fnmatch(a->pattern, buf, 0) || !fnmatch(a->pattern,
			    an_leak_site_text(&l->sites[k], base, sizeof base), 0))
				return a->reason;
		}
	}
	return NULL;
}

/* ---- reports ---- */

static void xml_text(FILE *f, const char *s)
{
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '<')
			fputs("&lt;", f);
		else if (c == '>')
			fputs("&gt;", f);
		else if (c == '&')
			fputs("&amp;", f);
		else if (c == '"')
			fputs("&quot;", f);
		else if (c < 0x20 && c != '\n' && c != '\t')
			fputc('?', f);	/* not allowed in XML 1.0 */
		else
			fputc(c, f);
	}
}

static int write_junit(const gate_opts *g, const an_leaks *l, const char *const *why,
	const int *failed, size_t nfailed)
{
	FILE *f = !strcmp(g->junit, "-") ? stdout : fopen(g->junit, "w");
	size_t i, k, skipped = 0;
	char buf[512];
	int err;
	if (!f) {
		fprintf(stderr, "leakscope gate: %s: cannot write the JUnit report\n", g->junit);
		return 2;
	}
	for (i = 0; i < l->n; i++)
		skipped += why[i] != NULL;
	fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
	fprintf(f, "<testsuites name=\"leakscope gate\" tests=\"%zu\" failures=\"%zu\">\n",
		l->n ? l->n : 1, nfailed);
	fprintf(f, "  <testsuite name=\"leakscope gate: run %lld\" tests=\"%zu\" failures=\"%zu\""
		" errors=\"0\" skipped=\"%zu\">\n", (long long)l->run, l->n ? l->n : 1, nfailed,
		skipped);
	if (!l->n)
		fprintf(f, "    <testcase classname=\"leakscope.leaks\" name=\"nothing keeps growing"
			" over %zu heap snapshots\"/>\n", l->nsnapshots);
	for (i = 0; i < l->n; i++) {
		const an_leak *e = &l->v[i];
		fprintf(f, "    <testcase classname=\"leakscope.leaks.%s\" name=\"",
			an_leak_category_name(e->category));
		xml_text(f, e->path);
		fprintf(f, "\">\n");
		if (why[i]) {
			fprintf(f, "      <skipped message=\"allowed: ");
			xml_text(f, why[i]);
			fprintf(f, "\"/>\n");
		} else if (failed[i]) {
			fprintf(f, "      <failure type=\"%s\" message=\"grew by %lld bytes (%lld "
				"objects) over %zu snapshots\">", an_leak_category_name(e->category),
				(long long)e->growth_bytes, (long long)e->growth_count, l->nsnapshots);
			xml_text(f, e->path);
			fputc('\n', f);
			for (k = 0; k < e->nsites; k++) {
				fprintf(f, "%s ", e->sites[k].kind == AN_SITE_ALLOC ? "allocated at" :
					e->sites[k].kind == AN_SITE_CLOSURE ? "closure defined at" :
					"listener added at");
				xml_text(f, an_leak_site_text(&e->sites[k], buf, sizeof buf));
				fputc('\n', f);
			}
			fprintf(f, "</failure>\n");
		} else {
			fprintf(f, "      <system-out>below --max-leak-bytes</system-out>\n");
		}
		fprintf(f, "    </testcase>\n");
	}
	fprintf(f, "  </testsuite>\n</testsuites>\n");
	err = ferror(f);
	if (f != stdout)
		err |= fclose(f);
	else
		err |= fflush(f);
	if (err) {
		fprintf(stderr, "leakscope gate: %s: writing the JUnit report failed\n", g->junit);
		return 2;
	}
	return 0;
}

static int write_json(const gate_opts *g, json_t *j)
{
	FILE *f;
	int err;
	if (!j)
		return 2;
	f = !strcmp(g->json, "-") ? stdout : fopen(g->json, "w");
	if (!f) {
		fprintf(stderr, "leakscope gate: %s: cannot write the JSON report\n", g->json);
		return 2;
	}
	err = json_dumpf(j, f, JSON_INDENT(2) | JSON_REAL_PRECISION(6)) || fputc('\n', f) == EOF;
	err |= f != stdout ? fclose(f) != 0 : fflush(f) != 0;
	if (err) {
		fprintf(stderr, "leakscope gate: %s: writing the JSON report failed\n", g->json);
		return 2;
	}
	return 0;
}

static int gate(gate_opts *g)
{
	an_leaks l;
	json_t *report;
	const char **why;
	int *failed, code;
	size_t i, nfailed = 0;

	code = leak_analyse("gate", g->db, g->run, g->snaps, g->nsnaps, g->min_bytes, &l);
	if (code)
		return code;
	why = calloc(l.n + 1, sizeof *why);
	failed = calloc(l.n + 1, sizeof *failed);
	if (!why || !failed) {
		free(why);
		free(failed);
		an_leaks_free(&l);
		return 2;
	}
	for (i = 0; i < l.n; i++) {
		why[i] = allowed(g, &l.v[i]);
		failed[i] = !why[i] && l.v[i].growth_bytes > g->max_bytes;
		nfailed += failed[i] != 0;
	}
	leak_print(stdout, &l, why, isatty(STDOUT_FILENO) && !getenv("NO_COLOR"));
	code = nfailed > (size_t)g->max_leaks;
	printf("\nleakscope gate: %s: %zu suspect%s above %lld bytes not allowed (at most %lld"
		" allowed by --max-leaks)\n", code ? "FAILED" : "passed", nfailed,
		nfailed == 1 ? "" : "s", (long long)g->max_bytes, (long long)g->max_leaks);
	fflush(stdout);
	if (g->junit && write_junit(g, &l, why, failed, nfailed))
		code = 2;
	report = gate_report_json(&l, why, failed, nfailed, g->max_leaks, g->max_bytes);
	gate_record(g->db, &l, report, nfailed, g->max_leaks, g->max_bytes);
	if (g->json && write_json(g, report))
		code = 2;
	json_decref(report);
	free(why);
	free(failed);
	an_leaks_free(&l);
	return code;
}

/* ---- --scenario ---- */

static int scenario(gate_opts *g, const char *argv0, int (*run_main)(int, char **))
{
	char dir[] = "/tmp/leakscope-gate.XXXXXX", driver[64], db[64], n1[24], n2[24], n3[24];
	char *args[16];
	FILE *f;
	int argc = 0, code, status;
	pid_t pid;

	if (access(g->scenario, R_OK)) {
		fprintf(stderr, "leakscope gate: %s: no such scenario file\n", g->scenario);
		return 2;
	}
	if (!mkdtemp(dir)) {
		fprintf(stderr, "leakscope gate: cannot make a temporary folder in /tmp\n");
		return 2;
	}
	snprintf(driver, sizeof driver, "%s/gate-driver.js", dir);
	snprintf(db, sizeof db, "%s/scenario.db", dir);
	f = fopen(driver, "w");
	if (!f || fputs(cli__gate_driver, f) == EOF || fclose(f)) {
		fprintf(stderr, "leakscope gate: %s: cannot write the driver\n", driver);
		rmdir(dir);
		return 2;
	}
	if (g->keep_db)
		unlink(g->keep_db);	/* a fresh recording: its only run is this one */
	snprintf(n1, sizeof n1, "%lld", (long long)g->warmup);
	snprintf(n2, sizeof n2, "%lld", (long long)g->iterations);
	snprintf(n3, sizeof n3, "%lld", (long long)g->snapshots);
	args[argc++] = (char *)argv0;
	args[argc++] = "run";
	args[argc++] = "--record";
	args[argc++] = (char *)(g->keep_db ? g->keep_db : db);
	args[argc++] = "--record-allocs";
	args[argc++] = "--sample-interval=0";
	args[argc++] = driver;
	args[argc++] = (char *)g->scenario;
	args[argc++] = n1;
	args[argc++] = n2;
	args[argc++] = n3;
	args[argc] = NULL;
	fflush(stdout);
	fflush(stderr);
	/* The scenario runs in a child of this process (no exec: the same binary and
	 * runtime), because an app may end its process (process.exit(), an uncaught
	 * exception): the gate must outlive it to say so and clean up. */
	pid = fork();
	if (pid == 0) {
		code = run_main(argc, args);
		fflush(stdout);
		fflush(stderr);
		_exit(code);
	}
	code = -1;
	if (pid > 0 && waitpid(pid, &status, 0) == pid)
		code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
	unlink(driver);
	if (code) {
		if (code < 0)
			fprintf(stderr, "leakscope gate: cannot start the scenario\n");
		else
			fprintf(stderr, "leakscope gate: the scenario %s did not run to its end"
				" (exit %d): nothing to gate\n", g->scenario, code);
		code = 2;
	} else {
		g->db = g->keep_db ? g->keep_db : db;
		g->run = 0;
		code = gate(g);
	}
	if (!g->keep_db) {
		char side[80];
		unlink(db);
		snprintf(side, sizeof side, "%s-wal", db);
		unlink(side);
		snprintf(side, sizeof side, "%s-shm", db);
		unlink(side);
	}
	rmdir(dir);
	return code;
}

int cli_gate_main(int argc, char **argv, int (*run_main)(int, char **))
{
	gate_opts g;
	int i, missing, code;
	const char *v;
	int64_t n;

	memset(&g, 0, sizeof g);
	g.min_bytes = 1024;
	g.warmup = 2;
	g.iterations = 3;
	g.snapshots = 3;
	g.snaps = calloc((size_t)argc, sizeof *g.snaps);
	if (!g.snaps)
		return 2;
	code = 0;
	for (i = 1; i < argc && !code; i++) {
		const char *a = argv[i];
#define NUM(opt, field, sizes, min)							\
		if ((v = cli_opt_value(argc, argv, &i, opt, &missing)) || missing) {	\
			if (missing || leak_parse_num(v, sizes, &g.field) || g.field < (min)) \
				code = bad(opt, (sizes) ? "needs a number of bytes"	\
					" (K, M, G suffixes)" : "needs a whole number");	\
			continue;							\
		}
#define STR(opt, field)									\
		if ((v = cli_opt_value(argc, argv, &i, opt, &missing)) || missing) {	\
			if (missing || !*v)						\
				code = bad(opt, "needs a file name");			\
			g.field = v;							\
			continue;							\
		}
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(usage, stdout);
			free(g.snaps);
			return 0;
		}
		NUM("--max-leak-bytes", max_bytes, 1, 0)
		NUM("--max-leaks", max_leaks, 0, 0)
		NUM("--min-bytes", min_bytes, 1, 0)
		NUM("--run", run, 0, 1)
		NUM("--iterations", iterations, 0, 1)
		NUM("--warmup", warmup, 0, 0)
		NUM("--snapshots", snapshots, 0, 2)
		STR("--allow", allow_file)
		STR("--junit", junit)
		STR("--json", json)
		STR("--scenario", scenario)
		STR("--db", keep_db)
		if (a[0] == '-' && a[1]) {
			code = bad(a, "unknown option");
		} else if (!g.db) {
			g.db = a;
		} else {
			if (*a == '@' || *a == '#')
				a++;
			if (leak_parse_num(a, 0, &n) || !n)
				code = bad(argv[i], "not a snapshot id (see leakscope snapshots)");
			else
				g.snaps[g.nsnaps++] = n;
		}
	}
#undef NUM
#undef STR
	if (!code && g.scenario && g.db)
		code = bad(g.db, "give a recording or --scenario FILE, not both");
	if (!code && !g.scenario && !g.db)
		code = bad("DB", "which recording? (or --scenario FILE to run one)");
	if (!code && g.nsnaps == 1)
		code = bad(g.db, "one snapshot given: a diff needs at least two");
	if (!code && g.allow_file)
		code = read_allow(&g);
	if (!code)
		code = g.scenario ? scenario(&g, argv[-1] ? argv[-1] : "leakscope", run_main) :
			gate(&g);
	for (i = 0; (size_t)i < g.nallow; i++) {
		free(g.allow[i].pattern);
		free(g.allow[i].reason);
	}
	free(g.allow);
	free(g.snaps);
	return code;
}
