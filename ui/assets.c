/* assets.c — serves the front end embedded at build time (ui/embed-assets.c made the
 * table from esbuild's output): "/" is index.html, a known path its bytes (gzipped once,
 * on first request, when the client accepts it), anything else 404. No file is read
 * from disk. When the front end was not built (no node/npm when leakscope was built),
 * every page says so and how to build it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

struct ui_asset_entry {
	const char *path, *type;
	const unsigned char *data;
	size_t len;
};
extern const struct ui_asset_entry ui__asset_table[];
extern const int ui__asset_count;

static struct gz { char *data; size_t len; int tried; } *gz;

static const char NOT_BUILT[] =
	"<!doctype html><meta charset=utf-8><title>leakscope ui</title>\n"
	"<body style=\"font-family: sans-serif; max-width: 40em; margin: 3em auto\">\n"
	"<h1>The leakscope UI front end was not built</h1>\n"
	"<p>This leakscope binary was built without the web front end (<code>web-ui/</code>):"
	" node and npm, or its npm packages, were missing when it was built. Run"
	" <code>sh tools/deps.sh</code> (or <code>./build.sh demo</code>) and rebuild.</p>\n"
	"<p>The JSON API works all the same: <a href=\"/api/runs\">/api/runs</a>.</p>\n";

int ui__assets_built(void)
{
	return ui__asset_count > 0;
}

void ui__asset(const ui_req *req, ui_resp *resp)
{
	const char *path = strcmp(req->path, "/") ? req->path : "/index.html";
	int i;
	if (!ui__asset_count) {
		resp->status = strcmp(path, "/index.html") ? 404 : 200;
		resp->type = "text/html; charset=utf-8";
		resp->body = (char *)NOT_BUILT;
		resp->len = sizeof NOT_BUILT - 1;
		return;
	}
	for (i = 0; i < ui__asset_count; i++)
		if (!strcmp(path, ui__asset_table[i].path))
			break;
	if (i == ui__asset_count) {
		static const char nf[] = "{\"error\": \"not found\", \"status\": 404}\n";
		resp->status = 404;
		resp->type = "application/json";
		resp->body = (char *)nf;
		resp->len = sizeof nf - 1;
		return;
	}
	resp->status = 200;
	resp->type = ui__asset_table[i].type;
	resp->body = (char *)ui__asset_table[i].data;
	resp->len = ui__asset_table[i].len;
	/* index.html names the bundle, so it must be revalidated; the bundle can be cached
	 * for the life of this server only (a rebuilt binary serves new bytes) */
	resp->cache = "no-cache";
	if (!gz)
		gz = calloc((size_t)ui__asset_count, sizeof *gz);
	if (req->accepts_gzip && gz && resp->len >= UI_HTTP_GZIP_MIN) {
		if (!gz[i].tried) {
			gz[i].tried = 1;
			if (ui_gzip(resp->body, resp->len, &gz[i].data, &gz[i].len))
				gz[i].data = NULL;
		}
		if (gz[i].data) {
			resp->body = gz[i].data;
			resp->len = gz[i].len;
			resp->encoding = "gzip";
		}
	}
}
