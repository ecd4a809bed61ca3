/* diff.c — the leak suspects of `leakscope diff` (analysis/leaks.h) for the Snapshots
 * view: GET /api/runs/R/diff[?ids=A,B,C] answers an_leaks_json() for those snapshots
 * (default: every snapshot of run R, as `leakscope diff DB` does). Up to UI_HEAP_CACHE
 * snapshots are read from the graph cache (heap.c: loaded side by side, and shared with
 * the comparison asked for at the same time); more are loaded one by one by the diff.
 * Committed snapshots never change, so the last answer is kept and given again for the
 * same ids.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "leaks.h"

#define MAX_DIFF 64

/* the last answer, under the shared lock */
static char *cached_key;
static json_t *cached;

int ui__diff(ui_ctx *x, int64_t run, const char *q, json_t **out, char *msg)
{
	char key[MAX_DIFF * 21 + 1];
	int64_t ids[MAX_DIFF], *all = NULL, bad = 0;
	size_t i, nall = 0;
	an_leak_opts o;
	ui_heaps held;
	an_leaks l;
	int n = 0, err;

	if (ui__ids(q, ids, MAX_DIFF, &n, msg))
		return 400;
	if (!n) {
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
		for (i = 0; i < (size_t)n; i++)
			json_array_append_new(json_object_get(*out, "snapshots"), json_integer(ids[i]));
		return 200;
	}
	key[0] = 0;
	for (i = 0; i < (size_t)n; i++)
		snprintf(key + strlen(key), sizeof key - strlen(key), "%lld,", (long long)ids[i]);
	pthread_mutex_lock(&x->sh->lock);
	if (cached_key && !strcmp(cached_key, key))
		*out = json_incref(cached);
	pthread_mutex_unlock(&x->sh->lock);
	if (*out)
		return 200;

	memset(&o, 0, sizeof o);
	memset(&held, 0, sizeof held);
	if (n <= UI_HEAP_CACHE) {
		if ((err = ui__heaps_acquire(x, ids, n, &held, &bad)))
			return ui__heap_fail(msg, bad, err);
		o.graphs = held.g;
	}
	memset(&l, 0, sizeof l);
	err = an_leaks_find(x->db, ids, (size_t)n, &o, &l);
	ui__heaps_release(x, &held);
	if (err) {
		an_leaks_free(&l);
		if (err == STORE_EINVAL)
			return ui__fail(msg, 404, "snapshots %.*s: not all of one run", (int)strlen(key)
				- 1, key);
		if (err == AN_ENORUN || err == AN_ENORUNS)
			return ui__an_fail(msg, err);
		return ui__fail(msg, err == AN_ENOMEM ? 500 : 400, "%s", an_strerror(err));
	}
	*out = an_leaks_json(&l);
	an_leaks_free(&l);
	if (!*out)
		return ui__fail(msg, 500, "out of memory");
	pthread_mutex_lock(&x->sh->lock);
	free(cached_key);
	json_decref(cached);
	cached_key = strdup(key);
	cached = json_incref(*out);
	pthread_mutex_unlock(&x->sh->lock);
	return 200;
}

void ui__diff_free(void)
{
	free(cached_key);
	json_decref(cached);
	cached_key = NULL;
	cached = NULL;
}
