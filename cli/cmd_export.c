/* cmd_export.c — `leakscope export DB --cpuprofile FILE --heapprofile FILE`: the run as
 * DevTools/Node profile files. A file is written next to its final name and renamed
 * into place, so a failed export never leaves half a profile behind.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

static int write_one(an_db *db, const an_run *run, const cli_opts *o, const char *path,
	int heap)
{
	FILE *f;
	char *tmp = NULL;
	int err;
	if (!strcmp(path, "-")) {
		f = stdout;
	} else {
		tmp = malloc(strlen(path) + 16);
		if (!tmp)
			return cli_fail(o, path, AN_ENOMEM);
		sprintf(tmp, "%s.partial", path);
		f = fopen(tmp, "w");
		if (!f) {
			fprintf(stderr, "leakscope export: %s: cannot write it\n", path);
			free(tmp);
			return 1;
		}
	}
	err = heap ? an_heapprofile(db, run->id, o->heap_interval, o->include_freed, f) :
		an_cpuprofile(db, run->id, f);
	if (f != stdout && fclose(f) && !err)
		err = AN_EWRITE;
	if (tmp) {
		if (!err && rename(tmp, path))
			err = AN_EWRITE;
		if (err)
			remove(tmp);
		free(tmp);
	}
	if (err)
		return cli_fail(o, path, err);
	if (f != stdout)
		printf("wrote %s (run %lld)\n", path, (long long)run->id);
	return 0;
}

int cmd_export(an_db *db, const an_run *run, const cli_opts *o)
{
	int code = 0;
	if (o->cpuprofile)
		code = write_one(db, run, o, o->cpuprofile, 0);
	if (!code && o->heapprofile)
		code = write_one(db, run, o, o->heapprofile, 1);
	if (!code && o->heapsnapshot)
		code = cmd_export_heapsnapshot(db, o);
	return code;
}
