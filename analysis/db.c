/* db.c — opening a recording for reading, picking a run, the names of the schema's
 * enumerations and the JSON of locations and stacks every report shares.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

const char *an_strerror(int err)
{
	switch (err) {
	case AN_ENORUNS:
		return "the recording holds no run";
	case AN_ENORUN:
		return "no run with that id in the recording (see `leakscope runs`)";
	case AN_ESQL:
		return "the recording could not be read (a query failed: damaged file?)";
	case AN_ENOMEM:
		return "out of memory";
	case AN_EWRITE:
		return "could not write the output";
	default:
		return store_strerror(err);
	}
}

int an_open(an_db **out, const char *path)
{
	an_db *db = calloc(1, sizeof *db);
	int err;
	*out = NULL;
	if (!db)
		return AN_ENOMEM;
	err = store_open_readonly(&db->s, path);
	if (err) {
		free(db);
		return err;
	}
	db->db = store_db(db->s);
	*out = db;
	return 0;
}

void an_close(an_db *db)
{
	if (!db)
		return;
	store_close(db->s, 0);
	free(db);
}

sqlite3 *an_sqlite(an_db *db)
{
	return db->db;
}

int an_run_pick(an_db *db, int64_t requested, int64_t *run)
{
	int64_t id;
	if (requested > 0) {
		id = an__int(db, "SELECT id FROM runs WHERE id = ?1", requested, -1);
		if (id < 0)
			return AN_ENORUN;
	} else {
		id = an__int(db, "SELECT max(id) FROM runs", -1, -1);
		if (id < 0)
			return AN_ENORUNS;
	}
	*run = id;
	return 0;
}

const char *an_phase_name(int phase)
{
	static const char *const names[STORE_PHASE__COUNT] = {
		"none", "timers", "pending", "idle", "prepare", "poll", "check", "close"
	};
	return phase >= 0 && phase < STORE_PHASE__COUNT ? names[phase] : "?";
}

const char *an_cb_kind_name(int kind)
{
	static const char *const names[STORE_CB__COUNT] = {
		"main", "timer", "immediate", "io", "tick", "microtask", "close", "signal", "exit"
	};
	if (kind == STORE_CB_NONE)
		return "";
	return kind >= 0 && kind < STORE_CB__COUNT ? names[kind] : "?";
}

json_t *an__jstr(const char *s)
{
	json_t *j = json_string(s ? s : "");
	char *c;
	size_t i;
	if (j)
		return j;
	/* not UTF-8 (a file name, say): keep ASCII, mark the rest */
	c = strdup(s);
	if (!c)
		return json_string("");
	for (i = 0; c[i]; i++)
		if ((unsigned char)c[i] >= 0x80)
			c[i] = '?';
	j = json_string(c);
	free(c);
	return j;
}

json_t *an_loc_json(const an_loc *l)
{
	static const char *const kinds[] = { "js", "native", "pseudo" };
	json_t *o = json_object();
	json_object_set_new(o, "function", an__jstr(l->name));
	json_object_set_new(o, "file", an__jstr(l->file));
	json_object_set_new(o, "line", json_integer(l->line));
	json_object_set_new(o, "fn_line", json_integer(l->fn_line));
	json_object_set_new(o, "kind", json_string(kinds[l->kind]));
	if (l->frame)
		json_object_set_new(o, "frame_id", json_integer(l->frame));
	return o;
}

json_t *an_stack_json(const an_stack *s)
{
	json_t *a = json_array();
	int i;
	for (i = 0; i < s->n; i++)
		json_array_append_new(a, an_loc_json(&s->frames[i]));
	return a;
}
