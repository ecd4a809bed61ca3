/* heapsnapshot.c — a heap graph as V8's .heapsnapshot JSON (analysis/heapgraph.h): what
 * Node 20's v8.writeHeapSnapshot() writes, section for section, so Chrome DevTools'
 * Memory panel and memlab load it.
 *
 * Layout (V8's HeapSnapshotJSONSerializer): {"snapshot":{"meta":…,"node_count",
 * "edge_count","trace_function_count"}, "nodes", "edges", "trace_function_infos",
 * "trace_tree", "samples", "locations", "strings"}. A node is 7 numbers (type, name,
 * id, self_size, edge_count, trace_node_id, detachedness), an edge 3 (type,
 * name_or_index, to_node as an offset into "nodes", i.e. index * 7). strings[0] is
 * "<dummy>", so the graph's string i is written at i + 1. Script ids in "locations"
 * are the string index of the script's name: unique per file, which is all DevTools
 * needs without a live target.
 *
 * mujs keeps strings as UTF-8 with U+0000 as C0 80 and lone UTF-16 surrogates as
 * 3-byte sequences; JSON gets \u escapes for those, for control characters and for
 * bytes that are not UTF-8 (as U+FFFD), so the file is valid UTF-8 JSON.
 */
#include <stdlib.h>
#include <string.h>

#include "heapgraph.h"

#define NODE_FIELDS 7

typedef struct out {
	FILE *f;
	char buf[1 << 16];
	size_t n;
	int err;
} out;

static void flush(out *o)
{
	if (o->n && fwrite(o->buf, 1, o->n, o->f) != o->n)
		o->err = 1;
	o->n = 0;
}

static inline void room(out *o, size_t need)
{
	if (o->n + need > sizeof o->buf)
		flush(o);
}

static void puts_(out *o, const char *s)
{
	size_t len = strlen(s);
	if (len > sizeof o->buf / 2) {
		flush(o);
		if (fwrite(s, 1, len, o->f) != len)
			o->err = 1;
		return;
	}
	room(o, len);
	memcpy(o->buf + o->n, s, len);
	o->n += len;
}

static inline void putc_(out *o, char c)
{
	room(o, 1);
	o->buf[o->n++] = c;
}

static inline void putu(out *o, uint64_t v)
{
	char t[24];
	int k = 0;
	room(o, 24);
	do {
		t[k++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	while (k)
		o->buf[o->n++] = t[--k];
}

static void put_escape(out *o, unsigned u)
{
	static const char hex[] = "0123456789abcdef";
	room(o, 6);
	o->buf[o->n++] = '\\';
	o->buf[o->n++] = 'u';
	o->buf[o->n++] = hex[(u >> 12) & 15];
	o->buf[o->n++] = hex[(u >> 8) & 15];
	o->buf[o->n++] = hex[(u >> 4) & 15];
	o->buf[o->n++] = hex[u & 15];
}

/* Length of a well-formed UTF-8 sequence (not a surrogate) at s, or 0. */
static int utf8_len(const unsigned char *s)
{
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		return (s[1] & 0xc0) == 0x80 ? 2 : 0;
	if (s[0] >= 0xe0 && s[0] <= 0xef) {
		if ((s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80)
			return 0;
		if (s[0] == 0xe0 && s[1] < 0xa0)
			return 0;
		if (s[0] == 0xed && s[1] >= 0xa0)
			return 0;	/* a surrogate: escaped by the caller */
		return 3;
	}
	if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		if ((s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80 || (s[3] & 0xc0) != 0x80)
			return 0;
		if ((s[0] == 0xf0 && s[1] < 0x90) || (s[0] == 0xf4 && s[1] >= 0x90))
			return 0;
		return 4;
	}
	return 0;
}

static void put_string(out *o, const char *str)
{
	const unsigned char *s = (const unsigned char *)str;
	putc_(o, '"');
	while (*s) {
		unsigned char c = *s;
		int len;
		if (c == '"' || c == '\\') {
			room(o, 2);
			o->buf[o->n++] = '\\';
			o->buf[o->n++] = (char)c;
			s++;
		} else if (c == '\n') {
			room(o, 2);
			o->buf[o->n++] = '\\';
			o->buf[o->n++] = 'n';
			s++;
		} else if (c < 0x20) {
			put_escape(o, c);
			s++;
		} else if (c < 0x80) {
			putc_(o, (char)c);
			s++;
		} else if (c == 0xc0 && s[1] == 0x80) {
			put_escape(o, 0);	/* mujs's U+0000 */
			s += 2;
		} else if (c == 0xed && s[1] >= 0xa0 && s[1] <= 0xbf && (s[2] & 0xc0) == 0x80) {
			/* a lone surrogate, 3 bytes */
			put_escape(o, 0xd000u | ((unsigned)(s[1] & 0x3f) << 6) | (s[2] & 0x3f));
			s += 3;
		} else if ((len = utf8_len(s)) != 0) {
			room(o, 4);
			memcpy(o->buf + o->n, s, (size_t)len);
			o->n += (size_t)len;
			s += len;
		} else {
			put_escape(o, 0xfffd);
			s++;
		}
	}
	putc_(o, '"');
}

static const char META[] =
	"{\"snapshot\":{\"meta\":{\"node_fields\":[\"type\",\"name\",\"id\",\"self_size\","
	"\"edge_count\",\"trace_node_id\",\"detachedness\"],\"node_types\":[[\"hidden\","
	"\"array\",\"string\",\"object\",\"code\",\"closure\",\"regexp\",\"number\",\"native\","
	"\"synthetic\",\"concatenated string\",\"sliced string\",\"symbol\",\"bigint\","
	"\"object shape\",\"wasm object\"],\"string\",\"number\",\"number\",\"number\","
	"\"number\",\"number\"],\"edge_fields\":[\"type\",\"name_or_index\",\"to_node\"],"
	"\"edge_types\":[[\"context\",\"element\",\"property\",\"internal\",\"hidden\","
	"\"shortcut\",\"weak\"],\"string_or_number\",\"node\"],"
	"\"trace_function_info_fields\":[\"function_id\",\"name\",\"script_name\","
	"\"script_id\",\"line\",\"column\"],\"trace_node_fields\":[\"id\","
	"\"function_info_index\",\"count\",\"size\",\"children\"],\"sample_fields\":"
	"[\"timestamp_us\",\"last_assigned_id\"],\"location_fields\":[\"object_index\","
	"\"script_id\",\"line\",\"column\"]},";

int an_heap_write_v8(const store_heap *g, FILE *f)
{
	out *o = malloc(sizeof *o);
	uint32_t i, e;
	int err;
	if (!o)
		return STORE_ENOMEM;
	o->f = f;
	o->n = 0;
	o->err = 0;
	puts_(o, META);
	puts_(o, "\"node_count\":");
	putu(o, g->nnodes);
	puts_(o, ",\"edge_count\":");
	putu(o, g->nedges);
	puts_(o, ",\"trace_function_count\":0},\n\"nodes\":[");
	for (i = 0; i < g->nnodes; i++) {
		const store_heap_node *n = &g->nodes[i];
		if (i)
			puts_(o, "\n,");
		putu(o, n->type);
		putc_(o, ',');
		putu(o, (uint64_t)n->name + 1);
		putc_(o, ',');
		putu(o, n->id);
		putc_(o, ',');
		putu(o, n->self_size);
		putc_(o, ',');
		putu(o, n->edge_count);
		puts_(o, ",0,0");
	}
	puts_(o, "],\n\"edges\":[");
	for (i = 0; i < g->nnodes; i++) {
		const store_heap_node *n = &g->nodes[i];
		for (e = n->first_edge; e < n->first_edge + n->edge_count; e++) {
			const store_heap_edge *ed = &g->edges[e];
			if (e)
				puts_(o, "\n,");
			putu(o, ed->type);
			putc_(o, ',');
			putu(o, ed->type == STORE_HEAP_ELEMENT || ed->type == STORE_HEAP_EDGE_HIDDEN ?
				(uint64_t)ed->name : (uint64_t)ed->name + 1);
			putc_(o, ',');
			putu(o, (uint64_t)ed->to * NODE_FIELDS);
		}
	}
	puts_(o, "],\n\"trace_function_infos\":[],\n\"trace_tree\":[],\n\"samples\":[],"
		"\n\"locations\":[");
	for (i = 0; i < g->nlocs; i++) {
		const store_heap_location *l = &g->locs[i];
		if (i)
			puts_(o, "\n,");
		putu(o, (uint64_t)l->node * NODE_FIELDS);
		putc_(o, ',');
		putu(o, l->file);
		putc_(o, ',');
		putu(o, l->line);
		putc_(o, ',');
		putu(o, l->col);
	}
	puts_(o, "],\n\"strings\":[\"<dummy>\"");
	for (i = 0; i < g->nstrings; i++) {
		puts_(o, ",\n");
		put_string(o, store_heap_str(g, i));
	}
	puts_(o, "]}\n");
	flush(o);
	err = o->err || ferror(f) ? STORE_EIO : 0;
	free(o);
	return err;
}
