/* gate_report.c — what `leakscope gate` (cmd_gate.c) reports besides its text: the JSON
 * report (the diff's JSON, analysis/JSON.md, with each suspect's "failed" and "allowed"
 * and a "gate" object), and the same verdict kept in the recording's gate_results
 * (storage/gate.c) for `leakscope ui`'s Gate view.
 */
#include <stdlib.h>

#include "leakcmd.h"

json_t *gate_report_json(const an_leaks *l, const char *const *why, const int *failed,
	size_t nfailed, int64_t max_leaks, int64_t max_bytes)
{
	json_t *j = an_leaks_json(l), *leaks;
	size_t i;
	if (!j)
		return NULL;
	leaks = json_object_get(j, "leaks");
	for (i = 0; i < l->n; i++) {
		json_t *o = json_array_get(leaks, i);
		json_object_set_new(o, "failed", json_boolean(failed[i]));
		if (why[i])
			json_object_set_new(o, "allowed", json_string(why[i]));
	}
	json_object_set_new(j, "gate", json_pack("{s:b, s:I, s:I, s:I}", "passed",
		nfailed <= (size_t)max_leaks, "failing", (json_int_t)nfailed, "max_leaks",
		(json_int_t)max_leaks, "max_leak_bytes", (json_int_t)max_bytes));
	return j;
}

void gate_record(const char *db, const an_leaks *l, json_t *report, size_t nfailed,
	int64_t max_leaks, int64_t max_bytes)
{
	store_gate_result r;
	json_t *snaps = json_array();
	char *snaps_text, *text;
	size_t i;
	int err;
	for (i = 0; i < l->nsnapshots; i++)
		json_array_append_new(snaps, json_integer(l->snapshots[i]));
	snaps_text = json_dumps(snaps, JSON_COMPACT);
	text = report ? json_dumps(report, JSON_COMPACT | JSON_REAL_PRECISION(6)) : NULL;
	json_decref(snaps);
	r.run_id = l->run;
	r.passed = nfailed <= (size_t)max_leaks;
	r.failing = (int64_t)nfailed;
	r.suspects = (int64_t)l->n;
	r.max_leak_bytes = max_bytes;
	r.max_leaks = max_leaks;
	r.snapshots = snaps_text;
	r.report = text;
	err = snaps_text && text ? store_gate_record(db, &r) : STORE_ENOMEM;
	if (err == STORE_EREADONLY)
		fprintf(stderr, "leakscope gate: note: %s cannot be written: the verdict is not kept"
			" in it (leakscope ui shows none)\n", db);
	else if (err)
		fprintf(stderr, "leakscope gate: note: the verdict could not be kept in %s (%s)\n",
			db, store_strerror(err));
	free(snaps_text);
	free(text);
}
