/* server.c — ui_serve() (ui.h): opens the recording, listens, sends /api/… to api.c and
 * everything else to the embedded front end, and stops on SIGINT/SIGTERM. Requests are
 * answered on libuv's thread pool (http.c), so a slow one (a leak diff of three big
 * snapshots) does not hold up the others; each borrows a read connection of its own
 * from the pool kept here.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "internal.h"
#include "ui.h"

typedef struct server {
	ui_shared sh;
	ui_http *http;
	uv_signal_t sigint, sigterm;
} server;

int ui__shared_init(ui_shared *sh, const char *path)
{
	const char *file;
	int err;
	memset(sh, 0, sizeof *sh);
	sh->db_path = path;
	if ((err = an_open(&sh->dbs[0], path)))
		return err;
	sh->nidle = sh->nopen = 1;
	/* A file of an older schema version is read through an in-memory copy of it
	 * (store_open_readonly): one is enough, requests take turns with it. */
	file = sqlite3_db_filename(an_sqlite(sh->dbs[0]), "main");
	sh->max_open = file && *file ? UI_DB_POOL : 1;
	pthread_mutex_init(&sh->lock, NULL);
	pthread_cond_init(&sh->changed, NULL);
	return 0;
}

void ui__shared_free(ui_shared *sh)
{
	ui__heaps_free(sh);
	ui__diff_free();
	while (sh->nidle)
		an_close(sh->dbs[--sh->nidle]);
	pthread_mutex_destroy(&sh->lock);
	pthread_cond_destroy(&sh->changed);
}

int ui__db_take(ui_shared *sh, an_db **db)
{
	int err = 0;
	pthread_mutex_lock(&sh->lock);
	while (!sh->nidle && sh->nopen >= sh->max_open)
		pthread_cond_wait(&sh->changed, &sh->lock);
	if (sh->nidle) {
		*db = sh->dbs[--sh->nidle];
		pthread_mutex_unlock(&sh->lock);
		return 0;
	}
	sh->nopen++;
	pthread_mutex_unlock(&sh->lock);
	if ((err = an_open(db, sh->db_path))) {
		pthread_mutex_lock(&sh->lock);
		sh->nopen--;
		pthread_cond_broadcast(&sh->changed);
		pthread_mutex_unlock(&sh->lock);
	}
	return err;
}

void ui__db_give(ui_shared *sh, an_db *db)
{
	pthread_mutex_lock(&sh->lock);
	sh->dbs[sh->nidle++] = db;
	pthread_cond_broadcast(&sh->changed);
	pthread_mutex_unlock(&sh->lock);
}

/* Runs on a thread of the pool. */
static void handle(void *arg, const ui_req *req, ui_resp *resp)
{
	if (!strncmp(req->path, "/api/", 5) || !strcmp(req->path, "/api"))
		ui__api(arg, req, resp);
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
	if ((err = ui__shared_init(&s.sh, o->db))) {
		fprintf(stderr, "leakscope ui: %s: %s\n", o->db, an_strerror(err));
		return 1;
	}
	if (!strcmp(host, "localhost"))
		host = "127.0.0.1";
	/* libuv's pool has 4 threads unless told: enough for the slow requests of one
	 * page without cheap ones waiting behind them (its size is read once, here) */
	setenv("UV_THREADPOOL_SIZE", "8", 0);
	json_object_seed(0);	/* before threads make objects */
	uv_loop_init(&loop);
	if ((err = ui_http_listen(&s.http, &loop, host, o->port, handle, &s.sh, &port))) {
		fprintf(stderr, "leakscope ui: cannot listen on %s port %d: %s\n", host, o->port,
			uv_strerror(err));
		uv_run(&loop, UV_RUN_DEFAULT);
		uv_loop_close(&loop);
		ui__shared_free(&s.sh);
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
	uv_run(&loop, UV_RUN_DEFAULT);	/* ends once every answer was written */
	uv_loop_close(&loop);
	ui__shared_free(&s.sh);
	return 0;
}
