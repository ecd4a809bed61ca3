/* diff.c — the leak suspects of `leakscope diff` (analysis/leaks.h) for the Snapshots
 * view: GET /api/runs/R/diff[?ids=A,B,C] answers an_leaks_json() for those snapshots
 * (default: every snapshot of run R, as `leakscope diff DB` does). Committed snapshots
 * never change, so the last answer is kept and given again for the same ids.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "leaks.h"

#define MAX_DIFF 64

static char *cached_key;
static json_t *cached;

int ui__diff(ui_ctx *x, int64_t run, const char *q, json_t **out, char *msg)
{
	char buf[512], key[600], *p, *end;
	int64_t ids[MAX_DIFF], *all = NULL;
	size_t n = 0, i, nall = 0;
	an_leaks l;
	int err;

	if (ui_query(q, "ids", buf, sizeof buf)) {
		if (!buf[0])
			return ui__fail(msg, 400, "ids: snapshot ids separated by commas");
		for (p = buf; *p; p = *end ? end + 1 : end) {
			long long id = strtoll(p, &end, 10);
			if (end == p || id <= 0 || (*end && *end != ','))
				return ui__fail(msg, 400, "ids: not a list of snapshot ids");
			if (n == MAX_DIFF)
				return ui__fail(msg, 400, "ids: at most %d snapshots", MAX_DIFF);
			ids[n++] = id;
		}
	} else {
		if ((err = an_leak_snapshots(x->db, &run, &all, &nall))) {
			free(all);
			return ui__an_fail(msg, err);
		}
		for (i = 0; i < nall && n < MAX_DIFF; i++)
			ids[n++] = all[i];
		free(all);
	}
	if (n < 2) {
		*out = json_pack("{s:s, s:i, s:I, s:[], s:[], s:s}", "command", "diff", "version",
			AN_LEAK_VERSION, "run", (json_int_t)run, "snapshots", "leaks", "note",
			"two or more snapshots are needed");
		for (i = 0; i < n; i++)
			json_array_append_new(json_object_get(*out, "snapshots"), json_integer(ids[i]));
		return 200;
	}
	key[0] = 0;
	for (i = 0; i < n; i++)
		snprintf(key + strlen(key), sizeof key - strlen(key), "%lld,", (long long)ids[i]);
	if (cached_key && !strcmp(cached_key, key)) {
		*out = json_incref(cached);
		return 200;
	}
	memset(&l, 0, sizeof l);
	if ((err = an_leaks_find(x->db, ids, n, NULL, &l))) {
		an_leaks_free(&l);
		if (err == STORE_EINVAL)
			return ui__fail(msg, 404, "no such heap snapshot among %s", buf);
		if (err == AN_ENORUN || err == AN_ENORUNS)
			return ui__an_fail(msg, err);
		return ui__fail(msg, err == AN_ENOMEM ? 500 : 400, "%s", an_strerror(err));
	}
	*out = an_leaks_json(&l);
	an_leaks_free(&l);
	if (!*out)
		return ui__fail(msg, 500, "out of memory");
	free(cached_key);
	json_decref(cached);
	cached_key = strdup(key);
	cached = json_incref(*out);
	return 200;
}

void ui__diff_free(void)
{
	free(cached_key);
	json_decref(cached);
	cached_key = NULL;
	cached = NULL;
}
