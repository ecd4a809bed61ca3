/* cmd_ui.c — `leakscope ui DB [--port N] [--host ADDR] [--open]`: parses the options and
 * hands over to ui/ (ui_serve). Exit codes: 0 after Ctrl-C, 1 when the recording cannot
 * be read or the port cannot be bound, 9 for a bad option.
 */
#include <stdio.h>
#include <string.h>

#include "args.h"
#include "cmd_ui.h"
#include "ui.h"

#define UI_DEFAULT_PORT 7420

static const char usage[] =
	"Usage: leakscope ui DB [--port N] [--host ADDR] [--open]\n"
	"\n"
	"  --port N      port to listen on (default 7420; 0: any free port)\n"
	"  --host ADDR   address to listen on (default 127.0.0.1; anything else is\n"
	"                reachable by others and gets a warning)\n"
	"  --open        open the page in the default browser (xdg-open)\n"
	"\n"
	"Serves a web app over the recording DB: runs, CPU/utilization/heap over time, the\n"
	"event-loop timeline, flame graphs with per-line samples, allocation sites,\n"
	"listeners, heap snapshots compared, and the gate's verdict. Read-only; a file still\n"
	"being recorded works (reload for new data). The JSON API is under /api/ (ui/api.c).\n";

static int bad(const char *a, const char *why)
{
	fprintf(stderr, "leakscope ui: %s: %s\n(see leakscope ui --help)\n", a, why);
	return 9;
}

int cli_ui_main(int argc, char **argv)
{
	ui_options o = { NULL, NULL, UI_DEFAULT_PORT, 0 };
	int i, missing;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i], *v;
		int64_t n;
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(usage, stdout);
			if (!ui_front_end_built())
				fputs("\n(This binary was built without the front end: only the API"
					" is served.)\n", stdout);
			return 0;
		}
		if ((v = cli_opt_value(argc, argv, &i, "--port", &missing)) || missing) {
			if (missing || cli_parse_count(v, &n) || n > 65535)
				return bad(a, "needs a port number (0 to 65535)");
			o.port = (int)n;
		} else if ((v = cli_opt_value(argc, argv, &i, "--host", &missing)) || missing) {
			if (missing || !*v)
				return bad(a, "needs an address");
			o.host = v;
		} else if (!strcmp(a, "--open")) {
			o.open = 1;
		} else if (a[0] == '-' && a[1]) {
			return bad(a, "unknown option");
		} else if (o.db) {
			return bad(a, "one recording at a time");
		} else {
			o.db = a;
		}
	}
	if (!o.db)
		return bad("ui", "needs a recording (leakscope run --record DB app.js makes one)");
	return ui_serve(&o);
}
