/* main.c — the `leakscope` command: parses arguments and wires the parts together.
 *
 *   leakscope [run] [options] script.js [args...]
 *   leakscope run --record FILE [recording options] script.js [args...]
 *   leakscope -e CODE | -p CODE
 *   leakscope runs|top|loop|allocs|listeners|export DB [options]   (read.c)
 *   leakscope --version | --help
 *
 * The only place that knows every component. Exit codes: the app's, 9 for a bad
 * option (as node), 1 when the runtime cannot start.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <uv.h>

#include "args.h"
#include "cmd_ui.h"
#include "heapsnap.h"
#include "leakcmd.h"
#include "inspector.h"
#include "record.h"
#include "read.h"
#include "runtime.h"

static const char usage[] =
	"Usage: leakscope [run] [options] script.js [arguments]\n"
	"       leakscope -e CODE | -p CODE\n"
	"       leakscope runs|top|loop|allocs|listeners|export|snapshots DB [options]\n"
	"       leakscope retainers DB SNAP NODE\n"
	"       leakscope diff DB [SNAP...] | leakscope gate DB | gate --scenario FILE\n"
	"       leakscope ui DB [--port N] [--open]   (the recording in a browser)\n"
	"                (reading a recording; leakscope COMMAND --help)\n"
	"\n"
	"Runs a Node-style program on mujs + libuv, instrumented for diagnosis.\n"
	"\n"
	"Options:\n"
	"  -e, --eval CODE     evaluate CODE\n"
	"  -p, --print CODE    evaluate CODE and print the result\n"
	"  --expose-gc         expose global.gc()\n"
	"\n"
	"Recording (into a SQLite file; see README, \"Recording\"):\n"
	"  --record FILE       record CPU samples, event-loop phases, slow callbacks,\n"
	"                      listeners and GCs into FILE (--record=FILE also works)\n"
	"  --record-allocs     also count every allocation against its site, and keep\n"
	"                      sampled allocations with their stacks\n"
	"  --sample-interval=US  CPU sampling period in microseconds (default 1000;\n"
	"                      0 turns CPU sampling off)\n"
	"  --slow-callback=MS  record callbacks longer than MS milliseconds (default 10)\n"
	"  --no-native-stacks  CPU samples without the native stack\n"
	"  --no-experimental-require-module  require() of an ES module throws\n"
	"                      ERR_REQUIRE_ESM (Node 20.19+ loads it by default)\n"
	"\n"
	"Heap snapshots (into the recording, or leakscope-PID.db; see README, \"Heap\n"
	"snapshots\"; require('leakscope').snapshot(label) takes one from the app):\n"
	"  --snapshot-interval=MS  one every MS milliseconds\n"
	"  --snapshot-signal[=SIG] one on signal SIG (default SIGUSR2)\n"
	"  --snapshot-at-exit  one when the process ends\n"
	"  --max-heap=BYTES    die of \"JavaScript heap out of memory\" beyond BYTES of\n"
	"                      live heap (K, M, G suffixes), like node's heap limit\n"
	"  --snapshot-near-heap-limit[=N]  up to N snapshots (default 1) as the heap\n"
	"                      nears --max-heap (the first at 90%)\n"
	"\n"
	"Inspector (Chrome DevTools Protocol; see README, \"Inspector\"):\n"
	"  --inspect[=[HOST:]PORT]  listen for DevTools on HOST:PORT (default\n"
	"                      127.0.0.1:9229; port 0 picks a free one)\n"
	"  --inspect-wait[=[HOST:]PORT]  the same, and wait for a client's\n"
	"                      Runtime.runIfWaitingForDebugger before the first line\n"
	"  --inspect-brk[=[HOST:]PORT]  the same as --inspect-wait, then pause before\n"
	"                      the first line until Debugger.resume\n"
	"  -v, --version       print leakscope's version\n"
	"  -h, --help          print this help\n";

/* The JS thread's stack: deep recursion is bounded by mujs's frame limit (a RangeError),
 * and this leaves room for it whatever `ulimit -s` says. Pages are touched only when
 * used, so the size costs address space, not memory. */
#define JS_THREAD_STACK (256u << 20)

struct run {
	const rt_options *opts;
	const rec_options *rec;
	const snap_options *snap;
	const insp_options *insp;	/* NULL: no inspector */
	int code;
};

static void *run_thread(void *arg)
{
	struct run *run = arg;
	int err;
	rt_runtime *rt = rt_new(run->opts, &err);
	if (!rt) {
		fprintf(stderr, "leakscope: cannot start the runtime: %s\n", uv_strerror(err));
		run->code = 1;
		return NULL;
	}
	insp *in = NULL;
	if (run->insp)
		insp_start(&in, rt, run->insp);	/* a failure is printed; the app runs */
	snap_prepare(rt, run->snap);
	rec_begin(rt, run->rec);
	snap_begin(rec_store());
	insp_use(in, snap_heap(), rec_store(), run->rec->path);
	insp_wait(in);
	run->code = rt_run(rt);
	insp_stop(in);
	snap_end(run->code);
	rec_end(run->code);
	rt_free(rt);
	insp_free(in);
	snap_free();
	rec_free();
	return NULL;
}

/* Runs the app on its own thread with a known stack; returns its exit code. */
static int run_app(const rt_options *o, const rec_options *rec, const snap_options *snap,
	const insp_options *in)
{
	struct run run = { o, rec, snap, in, 1 };
	pthread_attr_t attr;
	pthread_t t;
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, JS_THREAD_STACK);
	if (pthread_create(&t, &attr, run_thread, &run)) {
		pthread_attr_destroy(&attr);
		run_thread(&run);	/* no thread: run on this one */
		return run.code;
	}
	pthread_attr_destroy(&attr);
	rec_prepare(rec);	/* while the runtime starts on its thread */
	pthread_join(t, NULL);
	rec_discard(run.code);
	return run.code;
}

/* Recording options; returns 1 if argv[*i] was one (exec_argv gets it and its value),
 * 0 if not, -1 (message printed) if it was malformed. */
static int rec_option(int argc, char **argv, int *i, rec_options *r, char **exec_argv,
	int *exec_argc)
{
	const char *a = argv[*i], *v;
	int start = *i, missing, k;
	int64_t n;

	if (!strcmp(a, "--record-allocs")) {
		r->record_allocs = 1;
	} else if (!strcmp(a, "--no-native-stacks")) {
		r->no_native_stacks = 1;
	} else if ((v = cli_opt_value(argc, argv, i, "--record", &missing)) || missing) {
		if (missing || !*v)
			goto needs;
		r->path = v;
	} else if ((v = cli_opt_value(argc, argv, i, "--sample-interval", &missing)) || missing) {
		if (missing || cli_parse_count(v, &n))
			goto bad;
		r->sample_interval_us = n ? n : -1;
	} else if ((v = cli_opt_value(argc, argv, i, "--slow-callback", &missing)) || missing) {
		if (missing || cli_parse_count(v, &n))
			goto bad;
		r->slow_callback_us = n * 1000;
	} else {
		return 0;
	}
	for (k = start; k <= *i; k++)
		exec_argv[(*exec_argc)++] = argv[k];
	return 1;
needs:
	fprintf(stderr, "%s: %s requires an argument\n", argv[0], a);
	return -1;
bad:
	fprintf(stderr, "%s: %s needs a non-negative whole number\n", argv[0], a);
	return -1;
}

int main(int argc, char **argv)
{
	static char exec_path[4096];
	size_t exec_len = sizeof exec_path;
	rt_options o = { 0 };
	rec_options rec = { 0 };
	snap_options snap = { 0 };
	insp_options insp = { .port = INSP_DEFAULT_PORT };
	int inspect = 0;
	char **exec_argv;
	int i = 1, code;

	if (argc > 1 && cli_is_read_command(argv[1]))
		return cli_read_main(argc - 1, argv + 1);
	if (argc > 1 && !strcmp(argv[1], "diff"))
		return cli_diff_main(argc - 1, argv + 1);
	if (argc > 1 && !strcmp(argv[1], "gate"))
		return cli_gate_main(argc - 1, argv + 1, main);
	if (argc > 1 && !strcmp(argv[1], "ui"))
		return cli_ui_main(argc - 1, argv + 1);
	uv_setup_args(argc, argv);
	if (uv_exepath(exec_path, &exec_len))
		snprintf(exec_path, sizeof exec_path, "%s", argv[0]);
	o.exec_path = exec_path;
	o.argv0 = argv[0];
	exec_argv = calloc((size_t)argc + 1, sizeof *exec_argv);
	if (!exec_argv)
		return 1;
	o.exec_argv = exec_argv;

	if (i < argc && !strcmp(argv[i], "run"))
		i++;
	for (; i < argc; i++) {
		const char *a = argv[i];
		if (a[0] != '-' || !strcmp(a, "-"))
			break;
		if (!strcmp(a, "--")) {
			i++;
			break;
		}
		if (!strcmp(a, "-v") || !strcmp(a, "--version")) {
			printf("v%s\n", LEAKSCOPE_VERSION);
			free(exec_argv);
			return 0;
		}
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(usage, stdout);
			free(exec_argv);
			return 0;
		}
		switch (rec_option(argc, argv, &i, &rec, exec_argv, &o.exec_argc)) {
		case 1:
			continue;
		case -1:
			free(exec_argv);
			return 9;
		}
		switch (snap_option(argc, argv, &i, &snap, exec_argv, &o.exec_argc)) {
		case 1:
			continue;
		case -1:
			free(exec_argv);
			return 9;
		}
		exec_argv[o.exec_argc++] = argv[i];
		if (!strcmp(a, "-e") || !strcmp(a, "--eval") || !strcmp(a, "-p") ||
		    !strcmp(a, "--print")) {
			if (i + 1 >= argc) {
				fprintf(stderr, "%s: %s requires an argument\n", argv[0], a);
				free(exec_argv);
				return 9;
			}
			o.print_eval = a[1] == 'p' || !strcmp(a, "--print");
			o.eval = argv[++i];
			exec_argv[o.exec_argc++] = argv[i];
		} else if (!strncmp(a, "--inspect", 9) && (!a[9] || a[9] == '=' ||
			   !strncmp(a + 9, "-brk", 4) || !strncmp(a + 9, "-wait", 5))) {
			const char *rest = a + 9, *eq;
			if (*rest == '-')
				rest += rest[1] == 'b' ? 4 : 5;
			eq = *rest == '=' ? rest + 1 : NULL;
			if ((*rest && !eq) || (eq && insp_parse_address(eq, &insp))) {
				fprintf(stderr, "%s: bad option: %s\n", argv[0], a);
				free(exec_argv);
				return 9;
			}
			inspect = 1;
			if (a[9] == '-' && (a[10] == 'b' || !insp.wait))
				insp.wait = a[10] == 'b' ? INSP_BRK : INSP_WAIT;
		} else if (!strcmp(a, "--expose-gc") || !strcmp(a, "--expose_gc")) {
			o.expose_gc = 1;
		} else if (!strcmp(a, "--no-experimental-require-module") ||
			   !strcmp(a, "--experimental-require-module")) {
			/* read from process.execArgv by lib/internal/esm.js */
		} else {
			fprintf(stderr, "%s: bad option: %s\n", argv[0], a);
			free(exec_argv);
			return 9;
		}
	}
	if (!o.eval) {
		if (i >= argc) {
			fputs(usage, stderr);
			free(exec_argv);
			return 9;
		}
		o.script = argv[i];
	}
	o.argc = argc - i;
	o.argv = argv + i;

	if (rec.path) {
		rec.argc = argc;
		rec.argv = argv;
	}
	snap.argc = argc;
	snap.argv = argv;
	o.max_heap = snap.max_heap;
	if (snap.near_limit && !snap.max_heap)
		fprintf(stderr, "%s: --snapshot-near-heap-limit needs --max-heap\n", argv[0]);
	insp.script = o.script;
	code = run_app(&o, &rec, &snap, inspect ? &insp : NULL);
	free(exec_argv);
	return code;
}
