/* cmd_snapshots.c — `leakscope snapshots DB` (the heap snapshots of a recording) and
 * `leakscope export DB --heapsnapshot ID FILE` (one of them as a V8 .heapsnapshot).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "heapgraph.h"
#include "report.h"

static const char LIST_SQL[] =
	"SELECT s.id, s.run_id, s.t_us, s.label, s.trigger, s.node_count, s.edge_count,"
	" s.self_size, s.heap_used, s.max_id, s.pause_us, s.commit_us,"
	" (SELECT coalesce(sum(length(nodes) + length(edges) + length(locations)), 0)"
	"  FROM heap_chunks WHERE snapshot_id = s.id)"
	" + (SELECT coalesce(sum(length(data)), 0) FROM heap_strings WHERE snapshot_id = s.id)"
	" FROM snapshots s WHERE s.state = 1 AND (?1 = 0 OR s.run_id = ?1) ORDER BY s.id";

static const char *text(sqlite3_stmt *st, int i)
{
	const char *t = (const char *)sqlite3_column_text(st, i);
	return t ? t : "";
}

int cmd_snapshots(an_db *db, const cli_opts *o)
{
	sqlite3_stmt *st;
	json_t *list = NULL;
	tbl *t = NULL;
	int rc, n = 0;
	if (sqlite3_prepare_v2(an_sqlite(db), LIST_SQL, -1, &st, NULL) != SQLITE_OK)
		return cli_fail(o, o->db, AN_ESQL);
	sqlite3_bind_int64(st, 1, o->run);
	if (o->json) {
		list = json_array();
	} else {
		t = tbl_new();
		tbl_col(t, "id", 1);
		tbl_col(t, "run", 1);
		tbl_col(t, "at", 1);
		tbl_col(t, "trigger", 0);
		tbl_col(t, "label", 0);
		tbl_col(t, "nodes", 1);
		tbl_col(t, "edges", 1);
		tbl_col(t, "size", 1);
		tbl_col(t, "heap", 1);
		tbl_col(t, "pause", 1);
		tbl_col(t, "commit", 1);
		tbl_col(t, "stored", 1);
		tbl_col(t, "B/node", 1);
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t nodes = sqlite3_column_int64(st, 5), stored = sqlite3_column_int64(st, 12);
		n++;
		if (list) {
			json_t *j = json_pack("{s:I, s:I, s:I, s:s?, s:s, s:I, s:I, s:I, s:I, s:I,"
				" s:I, s:I, s:I}",
				"id", (json_int_t)sqlite3_column_int64(st, 0),
				"run", (json_int_t)sqlite3_column_int64(st, 1),
				"t_us", (json_int_t)sqlite3_column_int64(st, 2),
				"label", sqlite3_column_type(st, 3) == SQLITE_NULL ? NULL : text(st, 3),
				"trigger", text(st, 4),
				"nodes", (json_int_t)nodes,
				"edges", (json_int_t)sqlite3_column_int64(st, 6),
				"self_size", (json_int_t)sqlite3_column_int64(st, 7),
				"heap_used", (json_int_t)sqlite3_column_int64(st, 8),
				"max_id", (json_int_t)sqlite3_column_int64(st, 9),
				"pause_us", (json_int_t)sqlite3_column_int64(st, 10),
				"commit_us", (json_int_t)sqlite3_column_int64(st, 11),
				"stored_bytes", (json_int_t)stored);
			json_array_append_new(list, j);
			continue;
		}
		tbl_cell(t, "%lld", (long long)sqlite3_column_int64(st, 0));
		tbl_cell(t, "%lld", (long long)sqlite3_column_int64(st, 1));
		tbl_cell(t, "%s", f_dur(sqlite3_column_int64(st, 2)));
		tbl_cell(t, "%s", text(st, 4));
		tbl_cell(t, "%s", text(st, 3));
		tbl_cell(t, "%lld", (long long)nodes);
		tbl_cell(t, "%lld", (long long)sqlite3_column_int64(st, 6));
		tbl_cell(t, "%s", f_bytes(sqlite3_column_int64(st, 7)));
		tbl_cell(t, "%s", f_bytes(sqlite3_column_int64(st, 8)));
		tbl_cell(t, "%s", f_dur(sqlite3_column_int64(st, 10)));
		tbl_cell(t, "%s", f_dur(sqlite3_column_int64(st, 11)));
		tbl_cell(t, "%s", f_bytes(stored));
		tbl_cell(t, "%.1f", nodes ? (double)stored / (double)nodes : 0.0);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		json_decref(list);
		tbl_free(t);
		return cli_fail(o, o->db, AN_ESQL);
	}
	if (list)
		return cli_print_json(list);
	if (!n && o->run)
		printf("no heap snapshots in run %lld\n", (long long)o->run);
	else if (!n)
		printf("no heap snapshots (require('leakscope').snapshot() or --snapshot-* take"
			" them)\n");
	else
		tbl_print(t, stdout, o->color);
	tbl_free(t);
	return 0;
}

int cmd_export_heapsnapshot(an_db *db, const cli_opts *o)
{
	store_heap *g;
	const char *path = o->heapsnapshot_file;
	char *tmp = NULL;
	FILE *f;
	int tty = isatty(STDERR_FILENO), err;
	/* progress on a terminal: reading and writing a million-node graph take seconds */
	if (tty)
		fprintf(stderr, "\rleakscope export: reading heap snapshot %lld…",
			(long long)o->heapsnapshot);
	err = store_heap_load(an_sqlite(db), o->heapsnapshot, &g);
	if (tty)
		fprintf(stderr, "\r\033[K");
	if (err == STORE_EINVAL) {
		fprintf(stderr, "leakscope export: no heap snapshot %lld in %s (see leakscope"
			" snapshots)\n", (long long)o->heapsnapshot, o->db);
		return 1;
	}
	if (err)
		return cli_fail(o, o->db, err);
	if (!strcmp(path, "-")) {
		f = stdout;
	} else {
		tmp = malloc(strlen(path) + 16);
		if (!tmp) {
			store_heap_free(g);
			return cli_fail(o, path, AN_ENOMEM);
		}
		sprintf(tmp, "%s.partial", path);
		if (!(f = fopen(tmp, "w"))) {
			fprintf(stderr, "leakscope export: %s: cannot write it\n", path);
			free(tmp);
			store_heap_free(g);
			return 1;
		}
	}
	if (tty)
		fprintf(stderr, "\rleakscope export: writing heap snapshot %lld (%u nodes, %u"
			" edges)…", (long long)o->heapsnapshot, g->nnodes, g->nedges);
	err = an_heap_write_v8(g, f) ? AN_EWRITE : 0;
	if (f != stdout && fclose(f) && !err)
		err = AN_EWRITE;
	if (tty)
		fprintf(stderr, "\r\033[K");
	if (tmp) {
		if (!err && rename(tmp, path))
			err = AN_EWRITE;
		if (err)
			remove(tmp);
		free(tmp);
	}
	if (!err && f != stdout)
		printf("wrote %s (heap snapshot %lld: %u nodes, %u edges)\n", path,
			(long long)o->heapsnapshot, g->nnodes, g->nedges);
	store_heap_free(g);
	return err ? cli_fail(o, path, err) : 0;
}
