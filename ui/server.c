/* server.c — ui_serve() (ui.h): opens the recording, listens, sends /api/… to api.c and
 * everything else to the embedded front end, and stops on SIGINT/SIGTERM.
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"
#include "ui.h"

typedef struct server {
	ui_ctx ctx;
	ui_http *http;
	uv_signal_t sigint, sigterm;
} server;

static void handle(void *arg, const ui_req *req, ui_resp *resp)
{
	ui_ctx *x = arg;
	if (!strncmp(req->path, "/api/", 5) || !strcmp(req->path, "/api"))
		ui__api(x, req, resp);
	else
		ui__asset(req, resp);
}

static void on_signal(uv_signal_t *h, int signum)
{
	server *s = h->data;
	(void)signum;
	ui_http_close(s->http);
	uv_close((uv_handle_t *)&s->sigint, NULL);
	uv_close((uv_handle_t *)&s->sigterm, NULL);
}

static int is_loopback(const char *host)
{
	return !strncmp(host, "127.", 4) || !strcmp(host, "::1") || !strcmp(host, "localhost");
}

static void open_browser(uv_loop_t *loop, const char *url)
{
	static uv_process_t proc;
	uv_process_options_t po;
	char *args[3];
	int err;
	memset(&po, 0, sizeof po);
	args[0] = "xdg-open";
	args[1] = (char *)url;
	args[2] = NULL;
	po.file = "xdg-open";
	po.args = args;
	po.flags = UV_PROCESS_DETACHED;
	if ((err = uv_spawn(loop, &proc, &po))) {
		fprintf(stderr, "leakscope ui: --open: cannot run xdg-open (%s): open %s yourself\n",
			uv_strerror(err), url);
		return;
	}
	uv_unref((uv_handle_t *)&proc);
	uv_close((uv_handle_t *)&proc, NULL);
}

int ui_front_end_built(void)
{
	return ui__assets_built();
}

int ui_serve(const ui_options *o)
{
	server s;
	uv_loop_t loop;
	const char *host = o->host ? o->host : "127.0.0.1";
	char url[300];
	int err, port;

	memset(&s, 0, sizeof s);
	if ((err = an_open(&s.ctx.db, o->db))) {
		fprintf(stderr, "leakscope ui: %s: %s\n", o->db, an_strerror(err));
		return 1;
	}
	s.ctx.db_path = o->db;
	if (!strcmp(host, "localhost"))
		host = "127.0.0.1";
	uv_loop_init(&loop);
	if ((err = ui_http_listen(&s.http, &loop, host, o->port, handle, &s.ctx, &port))) {
		fprintf(stderr, "leakscope ui: cannot listen on %s port %d: %s\n", host, o->port,
			uv_strerror(err));
		uv_run(&loop, UV_RUN_DEFAULT);
		uv_loop_close(&loop);
		an_close(s.ctx.db);
		return 1;
	}
	if (!is_loopback(host))
		fprintf(stderr, "leakscope ui: warning: listening on %s, not loopback: anyone who"
			" can reach this address can read the recording (and the source files it"
			" names)\n", host);
	if (!ui__assets_built())
		fprintf(stderr, "leakscope ui: the front end was not built into this binary (node/npm"
			" or web-ui's packages were missing at build time: run sh tools/deps.sh and"
			" rebuild); the JSON API is served at /api/\n");
	snprintf(url, sizeof url, strchr(host, ':') ? "http://[%s]:%d/" : "http://%s:%d/", host,
		port);
	printf("leakscope ui: %s (serving %s; Ctrl-C stops)\n", url, o->db);
	fflush(stdout);
	uv_signal_init(&loop, &s.sigint);
	uv_signal_init(&loop, &s.sigterm);
	s.sigint.data = s.sigterm.data = &s;
	uv_signal_start(&s.sigint, on_signal, SIGINT);
	uv_signal_start(&s.sigterm, on_signal, SIGTERM);
	if (o->open)
		open_browser(&loop, url);
	uv_run(&loop, UV_RUN_DEFAULT);
	uv_loop_close(&loop);
	ui__heaps_free(&s.ctx);
	ui__diff_free();
	an_close(s.ctx.db);
	return 0;
}
