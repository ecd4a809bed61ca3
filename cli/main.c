/* main.c — the `leakscope` command: parses arguments and wires the parts together.
 *
 *   leakscope [run] [options] script.js [args...]
 *   leakscope -e CODE | -p CODE
 *   leakscope runs|top|loop|allocs|listeners|export DB [options]   (read.c)
 *   leakscope --version | --help
 *
 * The only place that knows every component. Exit codes: the app's, 9 for a bad
 * option (as node), 1 when the runtime cannot start.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <uv.h>

#include "read.h"
#include "runtime.h"

static const char usage[] =
	"Usage: leakscope [run] [options] script.js [arguments]\n"
	"       leakscope -e CODE | -p CODE\n"
	"       leakscope runs|top|loop|allocs|listeners|export DB [options]\n"
	"                (reading a recording; leakscope COMMAND --help)\n"
	"\n"
	"Runs a Node-style program on mujs + libuv, instrumented for diagnosis.\n"
	"\n"
	"Options:\n"
	"  -e, --eval CODE     evaluate CODE\n"
	"  -p, --print CODE    evaluate CODE and print the result\n"
	"  --expose-gc         expose global.gc()\n"
	"  --no-experimental-require-module  require() of an ES module throws\n"
	"                      ERR_REQUIRE_ESM (Node 20.19+ loads it by default)\n"
	"  -v, --version       print leakscope's version\n"
	"  -h, --help          print this help\n";

/* The JS thread's stack: deep recursion is bounded by mujs's frame limit (a RangeError),
 * and this leaves room for it whatever `ulimit -s` says. Pages are touched only when
 * used, so the size costs address space, not memory. */
#define JS_THREAD_STACK (256u << 20)

struct run {
	const rt_options *opts;
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
	run->code = rt_run(rt);
	rt_free(rt);
	return NULL;
}

/* Runs the app on its own thread with a known stack; returns its exit code. */
static int run_app(const rt_options *o)
{
	struct run run = { o, 1 };
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
	pthread_join(t, NULL);
	return run.code;
}

int main(int argc, char **argv)
{
	static char exec_path[4096];
	size_t exec_len = sizeof exec_path;
	rt_options o = { 0 };
	char **exec_argv;
	int i = 1, code;

	if (argc > 1 && cli_is_read_command(argv[1]))
		return cli_read_main(argc - 1, argv + 1);
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

	code = run_app(&o);
	free(exec_argv);
	return code;
}
