/* heap-query.c — the heap tests' query tool: `heap-query DB SQL` prints the rows of SQL
 * run on recording DB, columns separated by "|" and NULL as empty (as `sqlite3 -batch`
 * does), through storage's read-only opening, so the table-valued functions
 * heap_nodes(snapshot) and heap_edges(snapshot) are there. Exit 1 on any error. */
#include <stdio.h>

#include <sqlite3.h>

#include "snapshot.h"
#include "storage.h"

int main(int argc, char **argv)
{
	store *s;
	sqlite3_stmt *st;
	int err, rc, i;
	if (argc != 3) {
		fprintf(stderr, "usage: heap-query DB SQL\n");
		return 2;
	}
	if ((err = store_open_readonly(&s, argv[1]))) {
		fprintf(stderr, "heap-query: %s: %s\n", argv[1], store_strerror(err));
		return 1;
	}
	if (sqlite3_prepare_v2(store_db(s), argv[2], -1, &st, NULL) != SQLITE_OK) {
		fprintf(stderr, "heap-query: %s\n", sqlite3_errmsg(store_db(s)));
		store_close(s, 0);
		return 1;
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		for (i = 0; i < sqlite3_column_count(st); i++) {
			const unsigned char *t = sqlite3_column_text(st, i);
			printf("%s%s", i ? "|" : "", t ? (const char *)t : "");
		}
		putchar('\n');
	}
	if (rc != SQLITE_DONE)
		fprintf(stderr, "heap-query: %s\n", sqlite3_errmsg(store_db(s)));
	sqlite3_finalize(st);
	store_close(s, 0);
	return rc == SQLITE_DONE ? 0 : 1;
}
