/* leaks.h (analysis) — what keeps growing between the heap snapshots of one run: the
 * suspects behind `leakscope diff` and `leakscope gate` (analysis/diff.c).
 *
 * Contract
 * - an_leaks_find() reads snapshots s[0..n-1] (n >= 2, one run, in time order; the
 *   first is the baseline: with n >= 3 it is the warm-up, taken after the app's start-up
 *   work) and reports the places where the app's heap grows in every interval (or, with
 *   n >= 4, in all but one interval and in the last, that one falling by less than an
 *   interval's average growth: a clear trend; or, with n >= 5, never falling and never
 *   flat two intervals in a row: a staircase, growing every other round; or, with
 *   n >= 6, growing in each of the last three or more intervals, each one before them
 *   moving by less than their average growth: a late onset, steady state and then a
 *   leak) by more than a floor. Runtime-internal nodes (STORE_HEAP_F_INTERNAL) are
 *   never counted or reported; they may sit on a path (the timer list, process's
 *   listener table).
 * - Grouping: every reachable node gets the path of a breadth-first shortest path from
 *   the root (weak edges never count), abstracted: array indices, Map/Set entries and
 *   the keys of dictionary-like objects (non-identifier names, or objects with more
 *   than AN_LEAK_DICT_PROPS named properties) become "[]", and a path that repeats its
 *   last one to four steps, a name among them (a linked list, a chain of closures;
 *   not [][], nested arrays), folds onto itself. A module's top-level scope and the
 *   global object start a path of their own however the walk reached them, and the
 *   walk starts from them (the global object first, then the app's modules; not the
 *   runtime's own, whose order changes between snapshots), so what a
 *   global or module variable holds is named from it even where a timer's or a
 *   handle's closure is a shorter way in. A __proto__ edge
 *   is followed only once nothing else is left, so a constructor's prototype (a memo
 *   shared by its instances) is named from the constructor, not from whichever
 *   instance the walk met first. Nodes
 *   with the same abstracted path form a group, counted (nodes, self bytes) in every
 *   snapshot. A group whose node count grows makes its parent path a suspect's holder
 *   (the Map, the array, the listener list); a group whose node count is constant but
 *   whose bytes grow (a string getting longer) is its own holder. Suspects under
 *   another suspect's holder are the same leak and merged into it, and so is a holder
 *   that only grows in place (no new objects under it) while pointing mostly at
 *   objects charged to another suspect: one leak reached through a second path, whose
 *   path is listed in `also` and whose growth is added to that suspect. Three or more
 *   suspects whose holders are named properties of one ordinary object (not a module's
 *   scope, the global object or a root) and whose items sit under the same step are
 *   one leak held by that object: a dictionary keyed by data under names that look
 *   like fields (byCustomer.c0, .c1, ...). Listener suspects of one emitter (lists
 *   of several events) grown from the same registering line are one leak (a pipe()
 *   into a long-lived stream): the largest list, the others in `also`, their growth
 *   added. A class's private field (#x, a hidden
 *   property under the down-leveler) is a named step like any property. Functions
 *   that are not counted themselves (the runtime's, a promise's resolving functions
 *   pushed onto an app's array) grow through their "prototype" objects: the holder
 *   is what holds the functions, and the path goes into what they keep.
 * - What runs at the snapshot's instant is not kept memory: a suspect whose holder is
 *   reached only through the execution state ("(Scope chain)" scopes that are no
 *   module's, "(Value stack)") counts only if its holder was there at the first
 *   snapshot and it grew in every interval (a loop still running); a scope or a root
 *   never grows in place.
 * - Each node is charged to the one group its shortest path runs through, so a leak
 *   reached two ways is counted once (a LeakShare-like split): a suspect's
 *   retained_bytes are the self bytes of every node under its holder path in the last
 *   snapshot; suspects are ranked by growth of those bytes (first to last snapshot);
 *   score is that growth's share of all suspects' growth.
 * - Category, by the first rule that applies (tests/leaks/README.md): listener (the
 *   holder is an EventEmitter's listener list for one event, including process's,
 *   or an EventTarget's, an AbortSignal's),
 *   global (the path enters through a property of the global object), closure (the
 *   new objects include closures of one function site, one per growing item or more,
 *   the path runs through a closure's own scope, not a module's top level, or the
 *   holder is a pending promise's reactions, callbacks the runtime's own; closure
 *   sites in the runtime's code do not count), cache (a collection, array or
 *   dictionary-like object that grows, not reached from a runtime root only), other
 *   (also what only a runtime root holds: sockets nobody closes). A closure kept only
 *   in the scope of a runtime's function (new Promise()'s executor, which mujs keeps
 *   in the scope of the promise's resolving functions) is not counted as the app's.
 *   The scope of a function running at the snapshot's instant (reached from the
 *   execution state) is neither a closure's scope nor a runtime root's list: what
 *   its variables hold is categorised as a module variable's would be; an async
 *   function's (its down-leveled body, a Ctx's fn, is defined in it) is named:
 *   "(Scope chain) → main (app.js:40) → scope.client (Client) → pending (Map)[]".
 * - Sites: allocation sites (frames) of the new nodes under the suspect (allocated
 *   after the baseline; needs a recording with --record-allocs), the definition site of
 *   the new closures, and for listeners the registration site from the listener
 *   records; sites inside the runtime (node: files) are left out, unless no app line
 *   made anything: then the runtime's line that made most of the items (sockets made
 *   by node:net). A holder that grows in place (a dictionary gaining keys) with no
 *   site of its own gets the line that made it, new or not.
 * - The path shown past the holder follows what grows (EXTEND_MAX steps), at most one
 *   variable into an app closure's scope, never into a function's prototype, never
 *   into a runtime's function held under an app's property or variable (a promise's
 *   resolve; a pending promise's reactions are followed) and never past a Map's key
 *   object ("timings (Map) → key (IncomingMessage)"; a value or a Set's member is
 *   "[]"), nor into the fields of an app's object that is an item of a collection
 *   reached from a module or the global object ("liveFeeds[] (Readable)"; a function
 *   it keeps and an engine link still lead on: "openCursors[] (generator) → paginate
 *   (…) → scope.rows"), from a node made since the baseline whose path is no linked
 *   list's later link.
 * - Returns 0 or a negative code (AN_E*, STORE_E*). The caller frees with
 *   an_leaks_free() (safe on a zeroed struct).
 */
#ifndef LEAKSCOPE_ANALYSIS_LEAKS_H
#define LEAKSCOPE_ANALYSIS_LEAKS_H

#include <stdint.h>

#include "analysis.h"
#include "snapshot.h"

#define AN_LEAK_DICT_PROPS 32	/* named properties beyond which an object is a dictionary */
#define AN_LEAK_VERSION 1	/* the JSON schema's version (analysis/JSON.md) */

enum { AN_LEAK_LISTENER, AN_LEAK_GLOBAL, AN_LEAK_CLOSURE, AN_LEAK_CACHE, AN_LEAK_OTHER };
const char *an_leak_category_name(int category);

enum { AN_SITE_ALLOC, AN_SITE_CLOSURE, AN_SITE_LISTENER };

typedef struct an_leak_site {
	int kind;		/* AN_SITE_*: allocated here, a closure defined here, a
				 * listener registered here */
	char *file;		/* as recorded (absolute path) */
	char *func;		/* "" when anonymous or unknown */
	int line;
	int64_t count;		/* new nodes (or registrations) attributed to it */
} an_leak_site;

typedef struct an_leak_point {
	int64_t snapshot;
	int64_t count;		/* nodes in the growing groups (the items) */
	int64_t bytes;		/* their self bytes */
	int64_t retained;	/* self bytes of everything under the holder */
} an_leak_point;

typedef struct an_leak {
	int category;		/* AN_LEAK_* */
	char *path;		/* readable: "module store.js → cache (Map)"; a promise's
				 * hidden state reads as V8's: "p (Promise) → reactions[]",
				 * also from a resolving function's scope ("→ promise");
				 * a function held under another name shows both:
				 * "_onTimeout: refresh (app.js:9)"; a bound function
				 * its target ("bound handle (app.js:3)"), a once()
				 * wrapper its listener ("once onDrain (app.js:7)"),
				 * an arrow's `this` (_this$N) "this"; an ES module's
				 * top level is a module as CommonJS's, and so is a
				 * Module object of require.cache (a path through no
				 * variable: "module store.js → exports (Store)");
				 * an EventTarget's listeners read as an emitter's
				 * ("signal (AbortSignal) → 'abort' listeners"), a
				 * symbol-keyed property as "<symbol desc>" */
	char **also;		/* other paths that reach the same objects (see above) */
	size_t nalso;
	char *event;		/* listeners: the event's name; else NULL */
	an_leak_point *per;	/* one per snapshot */
	int64_t growth_count;	/* items: last - first snapshot */
	int64_t growth_bytes;	/* retained: last - first */
	int64_t retained_bytes;	/* retained in the last snapshot */
	int monotonic;		/* grew in every interval */
	double score;		/* share of all suspects' growth, 0..1 */
	an_leak_site *sites;	/* best first */
	size_t nsites;
} an_leak;

typedef struct an_leak_opts {
	int64_t min_bytes;	/* floor: retained growth first to last (default 1024) */
	/* progress (may be NULL): called as each snapshot is read and analysed */
	void (*progress)(void *ud, int done, int total);
	void *ud;
	/* graphs (may be NULL): snapshot s[i]'s graph already loaded by the caller, or
	 * NULL to load it here; read, never changed or freed (the web UI shares the graphs
	 * it keeps with its other views and loads them side by side) */
	store_heap *const *graphs;
} an_leak_opts;

typedef struct an_leaks {
	int64_t run;
	int64_t *snapshots;
	size_t nsnapshots;
	int64_t baseline_max_id;	/* nodes above it were allocated after the baseline */
	an_leak *v;		/* ranked, largest growth first */
	size_t n;
} an_leaks;

/* The snapshot ids of run `run` (0: the latest run that has committed snapshots; *run
 * gets it), in time order, malloc'd into *ids; a last snapshot taken at exit
 * (--snapshot-at-exit: the app's work is over, its top level released) is left out
 * when three or more come before it. AN_ENORUNS when no run has any. */
int an_leak_snapshots(an_db *db, int64_t *run, int64_t **ids, size_t *n);

int an_leaks_find(an_db *db, const int64_t *snaps, size_t n, const an_leak_opts *o,
	an_leaks *out);
void an_leaks_free(an_leaks *l);

/* The documented JSON form (analysis/JSON.md, "diff"). */
json_t *an_leaks_json(const an_leaks *l);
/* One site as "file:line" (basename), in buf. */
const char *an_leak_site_text(const an_leak_site *s, char *buf, size_t size);

#endif
