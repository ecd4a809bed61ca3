/* read.c — the read-side commands: `leakscope runs|top|loop|allocs|listeners|export DB`.
 * Parses their options, opens the recording, picks the run and hands over to the
 * command's file (cmd_*.c). Exit codes: 0, 1 when the recording cannot be read or the
 * run does not exist, 9 for a bad option (as the rest of the CLI).
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "args.h"
#include "read.h"
#include "report.h"

enum {
	O_RUN = 1 << 0, O_LIMIT = 1 << 1, O_JSON = 1 << 2, O_BY = 1 << 3,
	O_RESOLUTION = 1 << 4, O_LISTENERS = 1 << 5, O_EXPORT = 1 << 6,
	O_HEAP = 1 << 7		/* SNAP NODE after DB (retainers) */
};

static const struct command {
	const char *name;
	int opts;
	size_t limit;
	const char *usage;
} commands[] = {
	{ "runs", O_RUN | O_JSON, 0,
	  "Usage: leakscope runs DB [--run N] [--json]\n"
	  "\n"
	  "  --run N      show run N in full\n"
	  "  --json       machine-readable (keys: analysis/JSON.md)\n"
	  "\n"
	  "Lists the runs recorded in DB (one per `leakscope run --record DB`): when, how long,\n"
	  "how it ended and what it recorded. --run N shows one run in full.\n" },
	{ "top", O_RUN | O_LIMIT | O_JSON | O_BY, 20,
	  "Usage: leakscope top DB [--run N] [--by self|total] [--limit N] [--json]\n"
	  "\n"
	  "  --run N      the run to read (default: the latest; see leakscope runs)\n"
	  "  --by         order by self time (default) or total time\n"
	  "  --limit N    functions to show (default 20; 0: all), also -n N\n"
	  "  --json       machine-readable (keys: analysis/JSON.md)\n"
	  "\n"
	  "Functions by CPU time: self (the function itself) and total (with what it called;\n"
	  "recursion counted once), and where in the event loop the time went. Samples outside\n"
	  "JS are (idle), (program) and (garbage collector), as in V8's profiles.\n" },
	{ "loop", O_RUN | O_LIMIT | O_JSON | O_RESOLUTION, 10,
	  "Usage: leakscope loop DB [--run N] [--resolution MS] [--limit N] [--json]\n"
	  "\n"
	  "  --run N          the run to read (default: the latest; see leakscope runs)\n"
	  "  --resolution MS  of the replayed monitorEventLoopDelay (default 10)\n"
	  "  --limit N        slow callbacks to show (default 10; 0: all), also -n N\n"
	  "  --json           machine-readable (keys: analysis/JSON.md)\n"
	  "\n"
	  "The event loop: time per phase, utilization and delay percentiles (as perf_hooks'\n"
	  "eventLoopUtilization and monitorEventLoopDelay with resolution MS, default 10),\n"
	  "garbage collections, and the slowest callbacks with their stacks.\n" },
	{ "allocs", O_RUN | O_LIMIT | O_JSON, 20,
	  "Usage: leakscope allocs DB [--run N] [--limit N] [--json]\n"
	  "\n"
	  "  --run N      the run to read (default: the latest; see leakscope runs)\n"
	  "  --limit N    sites per table (default 20; 0: all), also -n N\n"
	  "  --json       machine-readable (keys: analysis/JSON.md)\n"
	  "\n"
	  "Allocation sites (file:line and function) by bytes allocated and by bytes still\n"
	  "live. Needs a recording made with --record-allocs.\n" },
	{ "listeners", O_RUN | O_LIMIT | O_JSON | O_LISTENERS, 20,
	  "Usage: leakscope listeners DB [--run N] [--min-growth N] [--buckets N] [--limit N]\n"
	  "                              [--json]\n"
	  "\n"
	  "  --run N          the run to read (default: the latest; see leakscope runs)\n"
	  "  --min-growth N   growth since the first change that flags a series (default 3)\n"
	  "  --buckets N      points in each series' timeline (default 10)\n"
	  "  --limit N        series to show (default 20; 0: all), also -n N\n"
	  "  --json           machine-readable (keys: analysis/JSON.md)\n"
	  "\n"
	  "Listener counts over time per emitter and event, with where they were registered.\n"
	  "A count that grew by at least --min-growth (default 3) since its first change is\n"
	  "flagged: monotonic (never went down) or rising. --buckets: points in the timeline.\n" },
	{ "export", O_RUN | O_EXPORT, 0,
	  "Usage: leakscope export DB [--run N] [--cpuprofile FILE] [--heapprofile FILE]\n"
	  "                           [--heap-prof-interval BYTES] [--include-freed]\n"
	  "                           [--heapsnapshot ID FILE]\n"
	  "\n"
	  "Writes the run's CPU samples as a Chrome DevTools .cpuprofile and its sampled\n"
	  "allocations as a .heapprofile (Node's --heap-prof format: what was live at the end,\n"
	  "or every sample with --include-freed; sizes scaled for the sampling interval,\n"
	  "default 524288 bytes). --heapsnapshot writes heap snapshot ID (leakscope\n"
	  "snapshots) as a V8 .heapsnapshot for Chrome DevTools' Memory panel or memlab.\n"
	  "FILE - is standard output.\n" },
	{ "snapshots", O_RUN | O_JSON, 0,
	  "Usage: leakscope snapshots DB [--run N] [--json]\n"
	  "\n"
	  "Lists the heap snapshots in DB (every run, or run N): when and why each was taken,\n"
	  "its nodes, edges and total size, how long the app was paused for it and the space\n"
	  "it takes in the file. Ids are what retainers and export --heapsnapshot take.\n" },
	{ "retainers", O_JSON | O_LIMIT | O_HEAP, 20,
	  "Usage: leakscope retainers DB SNAP NODE [--limit N] [--json]\n"
	  "\n"
	  "What keeps node NODE (its id, as @123 or 123) alive in heap snapshot SNAP: the\n"
	  "node, its retained size and allocation site, a shortest path to it from the roots,\n"
	  "its chain of dominators, and the edges that point to it (at most N, default 20).\n" },
};

int cli_is_read_command(const char *name)
{
	size_t i;
	for (i = 0; i < sizeof commands / sizeof *commands; i++)
		if (!strcmp(name, commands[i].name))
			return 1;
	return 0;
}

int cli_fail(const cli_opts *o, const char *what, int err)
{
	fprintf(stderr, "leakscope %s: %s: %s\n", o->cmd, what, an_strerror(err));
	return 1;
}

int cli_print_json(json_t *j)
{
	int err;
	if (!j)
		return 1;
	err = json_dumpf(j, stdout, JSON_INDENT(2) | JSON_REAL_PRECISION(10));
	json_decref(j);
	if (err || fputc('\n', stdout) == EOF || fflush(stdout))
		return 1;
	return 0;
}

static int bad(const char *cmd, const char *a, const char *why)
{
	fprintf(stderr, "leakscope %s: %s: %s\n(see leakscope %s --help)\n", cmd, a, why, cmd);
	return 9;
}

/* 0 when parsed, else the exit code (9, or -1 for a --help that was printed). */
static int parse(const struct command *c, int argc, char **argv, cli_opts *o)
{
	int i, missing;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i], *v;
		int64_t n;
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(c->usage, stdout);
			return -1;
		}
		if (a[0] != '-' || !a[1]) {
			if (o->db && (c->opts & O_HEAP) && o->npos < 2) {
				o->pos[o->npos++] = a;
				continue;
			}
			if (o->db)
				return bad(c->name, a, "one recording at a time");
			o->db = a;
			continue;
		}
		if ((c->opts & O_JSON) && !strcmp(a, "--json")) {
			o->json = 1;
		} else if ((c->opts & O_RUN) &&
		    ((v = cli_opt_value(argc, argv, &i, "--run", &missing)) || missing)) {
			if (missing || cli_parse_count(v, &n) || n == 0)
				return bad(c->name, a, "needs a run id (see leakscope runs)");
			o->run = n;
		} else if ((c->opts & O_LIMIT) &&
		    (((v = cli_opt_value(argc, argv, &i, "--limit", &missing)) || missing) ||
		     ((v = cli_opt_value(argc, argv, &i, "-n", &missing)) || missing))) {
			if (missing || cli_parse_count(v, &n))
				return bad(c->name, a, "needs a number of rows (0: all)");
			o->limit = (size_t)n;
		} else if ((c->opts & O_BY) &&
		    ((v = cli_opt_value(argc, argv, &i, "--by", &missing)) || missing)) {
			if (missing || (strcmp(v, "self") && strcmp(v, "total")))
				return bad(c->name, a, "is self or total");
			o->by_total = !strcmp(v, "total");
		} else if ((c->opts & O_RESOLUTION) &&
		    ((v = cli_opt_value(argc, argv, &i, "--resolution", &missing)) || missing)) {
			if (missing || cli_parse_count(v, &n) || n == 0)
				return bad(c->name, a, "needs milliseconds (> 0)");
			o->resolution_us = n * 1000;
		} else if ((c->opts & O_LISTENERS) &&
		    ((v = cli_opt_value(argc, argv, &i, "--buckets", &missing)) || missing)) {
			if (missing || cli_parse_count(v, &n) || n == 0 || n > 1000)
				return bad(c->name, a, "needs a number from 1 to 1000");
			o->buckets = (int)n;
		} else if ((c->opts & O_LISTENERS) &&
		    ((v = cli_opt_value(argc, argv, &i, "--min-growth", &missing)) || missing)) {
			if (missing || cli_parse_count(v, &n) || n == 0)
				return bad(c->name, a, "needs a number (> 0)");
			o->min_growth = n;
		} else if ((c->opts & O_EXPORT) &&
		    ((v = cli_opt_value(argc, argv, &i, "--cpuprofile", &missing)) || missing)) {
			if (missing || !*v)
				return bad(c->name, a, "needs a file name");
			o->cpuprofile = v;
		} else if ((c->opts & O_EXPORT) &&
		    ((v = cli_opt_value(argc, argv, &i, "--heapprofile", &missing)) || missing)) {
			if (missing || !*v)
				return bad(c->name, a, "needs a file name");
			o->heapprofile = v;
		} else if ((c->opts & O_EXPORT) &&
		    ((v = cli_opt_value(argc, argv, &i, "--heap-prof-interval", &missing)) || missing)) {
			if (missing || cli_parse_count(v, &n) || n == 0)
				return bad(c->name, a, "needs a number of bytes (> 0)");
			o->heap_interval = (uint64_t)n;
		} else if ((c->opts & O_EXPORT) && !strcmp(a, "--include-freed")) {
			o->include_freed = 1;
		} else if ((c->opts & O_EXPORT) && !strcmp(a, "--heapsnapshot")) {
			if (i + 2 >= argc || cli_parse_count(argv[i + 1], &n) || n == 0 || !*argv[i + 2])
				return bad(c->name, a, "needs a snapshot id and a file name");
			o->heapsnapshot = n;
			o->heapsnapshot_file = argv[i + 2];
			i += 2;
		} else {
			return bad(c->name, a, "unknown option");
		}
	}
	if (!o->db)
		return bad(c->name, "DB",
			"which recording? (leakscope run --record DB app.js makes one)");
	if ((c->opts & O_EXPORT) && !o->cpuprofile && !o->heapprofile && !o->heapsnapshot)
		return bad(c->name, "export", "needs --cpuprofile FILE, --heapprofile FILE"
			" and/or --heapsnapshot ID FILE");
	if ((c->opts & O_HEAP) && o->npos < 2)
		return bad(c->name, o->npos ? "NODE" : "SNAP",
			"which snapshot and node? (leakscope snapshots DB lists the snapshots)");
	return 0;
}

int cli_read_main(int argc, char **argv)
{
	const struct command *c = NULL;
	cli_opts o;
	an_db *db;
	an_run run;
	size_t i;
	int err, code;
	const char *nc = getenv("NO_COLOR"), *term = getenv("TERM");

	for (i = 0; i < sizeof commands / sizeof *commands; i++)
		if (!strcmp(argv[0], commands[i].name))
			c = &commands[i];
	if (!c)
		return 9;
	memset(&o, 0, sizeof o);
	o.cmd = c->name;
	o.limit = c->limit;
	o.color = isatty(STDOUT_FILENO) && !(nc && *nc) && !(term && !strcmp(term, "dumb"));
	code = parse(c, argc, argv, &o);
	if (code)
		return code < 0 ? 0 : code;

	if (access(o.db, F_OK)) {
		fprintf(stderr, "leakscope %s: %s: no such file\n", o.cmd, o.db);
		return 1;
	}
	err = an_open(&db, o.db);
	if (err) {
		fprintf(stderr, "leakscope %s: %s: %s\n", o.cmd, o.db, an_strerror(err));
		return 1;
	}
	if (!strcmp(c->name, "runs") && !o.run) {
		code = cmd_runs(db, NULL, &o);
		an_close(db);
		return code;
	}
	/* heap snapshots name their run themselves */
	if (!strcmp(c->name, "snapshots") || !strcmp(c->name, "retainers") ||
	    (!strcmp(c->name, "export") && !o.cpuprofile && !o.heapprofile)) {
		code = !strcmp(c->name, "snapshots") ? cmd_snapshots(db, &o) :
			!strcmp(c->name, "retainers") ? cmd_retainers(db, &o) :
			cmd_export_heapsnapshot(db, &o);
		an_close(db);
		return code;
	}
	err = an_run_pick(db, o.run, &o.run);
	if (!err)
		err = an_run_get(db, o.run, &run);
	if (err) {
		fprintf(stderr, "leakscope %s: %s: %s\n", o.cmd, o.db, an_strerror(err));
		an_close(db);
		return 1;
	}
	o.cwd = run.cwd;
	if (!strcmp(c->name, "runs"))
		code = cmd_runs(db, &run, &o);
	else if (!strcmp(c->name, "top"))
		code = cmd_top(db, &run, &o);
	else if (!strcmp(c->name, "loop"))
		code = cmd_loop(db, &run, &o);
	else if (!strcmp(c->name, "allocs"))
		code = cmd_allocs(db, &run, &o);
	else if (!strcmp(c->name, "listeners"))
		code = cmd_listeners(db, &run, &o);
	else
		code = cmd_export(db, &run, &o);
	an_run_free(&run);
	an_close(db);
	return code;
}
