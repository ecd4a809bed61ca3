/* internal.h — storage's workshop: the queue between the app thread and the writer, the
 * record layouts that travel through it, the app-side intern tables and the writer's
 * state. Only storage/ sources (and its unit tests) include this.
 */
#ifndef LEAKSCOPE_STORAGE_INTERNAL_H
#define LEAKSCOPE_STORAGE_INTERNAL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

#include <sqlite3.h>

#include "snapshot.h"
#include "storage.h"

#define STORE__APPLICATION_ID 0x4C4B5343	/* 'LKSC', PRAGMA application_id */
#define STORE__CHUNK_BYTES (64 * 1024)
/* The producer wakes the writer every this many sealed chunks (256 KiB), between its
 * flush_ms ticks: a COMMIT costs ~50k instructions, and an I/O-bound app's iterations
 * alone fill a chunk every ~20 ms. */
#define STORE__WAKE_CHUNKS 4
#define STORE__MAX_STRING 4096			/* longer names/paths are cut */

/* ---- the queue: single producer (app thread), single consumer (writer) ----
 * A linked list of chunks. The producer fills the tail chunk and publishes each record
 * with a release store of chunk->used; a full chunk is sealed by linking the next one
 * (release store of chunk->next). The consumer reads up to `used` with acquire loads and
 * only leaves a chunk once it is sealed and read. Consumption is tentative until the
 * batch commits (store__queue_release) or is undone (store__queue_rewind). */
typedef struct store__chunk {
	struct store__chunk *_Atomic next;
	atomic_size_t used;
	unsigned char data[STORE__CHUNK_BYTES];
} store__chunk;

typedef struct store__queue {
	/* producer side; each side on its own cache line (no false sharing per record) */
	_Alignas(64) store__chunk *tail;
	size_t tail_used;
	/* consumer side */
	_Alignas(64) store__chunk *head;	/* oldest chunk not yet released */
	size_t hoff;		/* where reading resumes after a rewind */
	store__chunk *rchunk;	/* read cursor (tentative) */
	size_t roff;
	size_t rused;		/* rchunk->used as last loaded (fewer shared-line reads) */
	/* shared */
	_Alignas(64) atomic_size_t bytes;	/* chunk memory in the list */
	pthread_mutex_t free_lock;
	store__chunk *free_list;	/* recycled chunks, linked by ->next */
	int nfree;
} store__queue;

int store__queue_init(store__queue *q);
void store__queue_destroy(store__queue *q);
/* Producer: room for a record of size bytes (8-aligned), or NULL when out of memory.
 * *sealed is set when a chunk was sealed (the writer may want waking). Then publish. */
void *store__queue_grow(store__queue *q, int *sealed);

static inline void *store__queue_reserve(store__queue *q, size_t size, int *sealed)
{
	*sealed = 0;
	if (q->tail_used + size > STORE__CHUNK_BYTES)
		return store__queue_grow(q, sealed);
	return q->tail->data + q->tail_used;
}

static inline void store__queue_publish(store__queue *q, size_t size)
{
	q->tail_used += size;
	atomic_store_explicit(&q->tail->used, q->tail_used, memory_order_release);
}
/* Consumer: the next published record at the read cursor, or NULL when caught up. */
const void *store__queue_next(store__queue *q);
/* Consumer: drop everything read so far for good (after a commit) or go back to the
 * last release (after a rollback). */
void store__queue_release(store__queue *q);
void store__queue_rewind(store__queue *q);

/* ---- records ---- */
enum {
	STORE__REC_FRAME = 1,
	STORE__REC_STACK,
	STORE__REC_SAMPLE,
	STORE__REC_ITERATION,
	STORE__REC_SLOW,
	STORE__REC_LISTENER,
	STORE__REC_GC,
	STORE__REC_SITE,
	STORE__REC_ALLOC,
	STORE__REC_ALLOC_FREE,
	STORE__REC_SNAPSHOT	/* heapstore.c: a heap graph, written alone in its transaction */
};

typedef struct store__rec {
	uint32_t type;
	uint32_t size;		/* of the whole record, 8-aligned */
} store__rec;

/* Consumer: step back over r, the record store__queue_next just returned (records never
 * span chunks, so it is in the chunk under the cursor). */
static inline void store__queue_unread(store__queue *q, const store__rec *r)
{
	q->roff -= r->size;
}

typedef struct store__rec_frame {
	store__rec h;
	store_id id;
	int32_t kind, line, col, fn_line;
	uint64_t addr;
	int32_t name_len;	/* -1: NULL */
	int32_t file_len;
	char text[];		/* name then file, not terminated */
} store__rec_frame;

typedef struct store__rec_stack {
	store__rec h;
	store_id id, parent, frame;
} store__rec_stack;

typedef struct store__rec_sample {
	store__rec h;
	int64_t t_us;
	store_id stack, native_stack;
	int8_t phase, cb_kind, state;
} store__rec_sample;

typedef struct store__rec_iteration {
	store__rec h;
	store_iteration it;
} store__rec_iteration;

typedef struct store__rec_slow {
	store__rec h;
	int64_t t_us, duration_us;
	store_id stack;
	int8_t phase, cb_kind;
} store__rec_slow;

typedef struct store__rec_listener {
	store__rec h;
	int64_t t_us, emitter;
	int32_t op, count;
	store_id site, stack;
	int32_t ctor_len;	/* -1: NULL */
	int32_t event_len;
	char text[];		/* ctor then event */
} store__rec_listener;

typedef struct store__rec_gc {
	store__rec h;
	int64_t t_us, duration_us;
	uint64_t before, after;
} store__rec_gc;

typedef struct store__rec_site {
	store__rec h;
	int64_t t_us;
	store_id site;
	uint64_t count, bytes;
	int64_t live;
} store__rec_site;

typedef struct store__rec_alloc {
	store__rec h;
	int64_t t_us;
	uint64_t id, size;
	store_id site, stack;
} store__rec_alloc;

typedef struct store__rec_free {
	store__rec h;
	int64_t t_us;
	uint64_t id;
} store__rec_free;

typedef struct store__snap store__snap;	/* heapstore.c */
typedef struct store__rec_snapshot {
	store__rec h;
	store__snap *snap;	/* owned by the record until written or discarded */
} store__rec_snapshot;

/* ---- app-side interning (intern.c) ---- */
typedef struct store__frame_info {
	uint64_t hash;
	store_frame f;		/* strings point into the arena */
	size_t name_len, file_len;
} store__frame_info;

typedef struct store__arena_block store__arena_block;

typedef struct store__intern {
	store__frame_info *frames;	/* [handle], [0] unused */
	uint32_t nframes, frames_cap;
	uint32_t *frame_slots;		/* open addressing: handle or 0 */
	uint32_t frame_mask;
	struct store__stack_slot { store_id parent, frame, id; } *stack_slots;
	uint32_t stack_mask, nstacks;
	store__arena_block *arena;
} store__intern;

void store__intern_free(store__intern *in);
/* The handle of f; *is_new tells whether it was just assigned. 0: out of memory. */
store_id store__intern_frame(store__intern *in, const store_frame *f, int *is_new);
store_id store__intern_stack(store__intern *in, store_id parent, store_id frame,
	int *is_new);

/* ---- app-side allocation-site counters (site.c) ---- */
typedef struct store__site {
	uint64_t count, bytes;
	int64_t live;
	uint8_t dirty;
} store__site;

typedef struct store__sites {
	store__site *v;		/* [frame handle] */
	uint32_t cap;
	store_id *dirty;	/* handles changed since the last flush */
	uint32_t ndirty, dirty_cap;
} store__sites;

void store__sites_free(store__sites *st);

/* ---- the handle ---- */
struct store {
	sqlite3 *db;
	int readonly;
	int64_t run_id;
	uint64_t t0_ns;
	int64_t t0_wall_us;
	unsigned flush_ms;
	size_t queue_limit;
	unsigned busy_ms;		/* as given in the options; 0 = defaults */

	/* app side (producer) */
	store__queue q;
	store__intern in;
	store__sites sites;
	uint64_t next_alloc_id;
	int wake_pending;		/* chunks were sealed: wake the writer after publishing */
	int sealed;			/* chunks sealed since the last wake (< STORE__WAKE_CHUNKS) */

	/* shared */
	pthread_t thread;
	int thread_started;
	pthread_mutex_t lock;
	pthread_cond_t wake;		/* writer: something to do */
	pthread_cond_t flushed;		/* flush waiters: flush_done moved */
	int stop, kick;
	uint64_t flush_req, flush_done;
	int flush_err;			/* of the batch that answered the last flush */
	atomic_int error;		/* sticky; 0 while recording works */
	_Alignas(64) atomic_uint_fast64_t appended, dropped;	/* app thread writes */
	_Alignas(64) atomic_uint_fast64_t committed, batches;	/* writer writes */

	/* writer side (writer.c) */
	struct store__writer *w;

	/* heap snapshots (heapstore.c): ids the writer reserved ahead, oldest first, and
	 * what is queued; under `lock` */
	int64_t snap_pool[STORE_SNAPSHOT_RESERVE];
	int snap_npool;
	int snap_want;			/* the pool wants refilling */
	int snap_err;			/* the last refill's error, 0 if it worked */
	pthread_cond_t snap_cond;	/* pool refilled (or refill failed) */
	atomic_int snap_pending;
	struct store__heapw *hw;	/* the writer's statements for snapshots */
};

/* ---- the producer's path (inline: it is the hot path of every append) ---- */

void store__wake(store *s);	/* writer.c: wake the writer now */

/* Counters only the app thread writes: a plain load and store, no locked instruction. */
static inline void store__bump(atomic_uint_fast64_t *c)
{
	atomic_store_explicit(c, atomic_load_explicit(c, memory_order_relaxed) + 1,
		memory_order_relaxed);
}

/* Room in the queue for a record of `size` bytes with its header filled, or NULL when
 * it must not be queued (store failed; an event while the queue is over its limit,
 * counted as dropped). store__rec_end publishes it. */
static inline void *store__rec_begin(store *s, uint32_t type, size_t size, int is_event)
{
	store__rec *h;
	int sealed;
	size = (size + 7) & ~(size_t)7;
	if (atomic_load_explicit(&s->error, memory_order_relaxed) ||
	    (is_event && atomic_load_explicit(&s->q.bytes, memory_order_relaxed) > s->queue_limit)) {
		if (is_event)
			store__bump(&s->dropped);
		return NULL;
	}
	h = store__queue_reserve(&s->q, size, &sealed);
	if (!h) {
		if (is_event)
			store__bump(&s->dropped);
		return NULL;
	}
	if (sealed && ++s->sealed >= STORE__WAKE_CHUNKS) {
		s->sealed = 0;
		s->wake_pending = 1;
	}
	h->type = type;
	h->size = (uint32_t)size;
	return h;
}

static inline void store__rec_end(store *s, store__rec *h)
{
	store__queue_publish(&s->q, h->size);
	store__bump(&s->appended);
	if (s->wake_pending) {
		s->wake_pending = 0;
		store__wake(s);
	}
}

/* heapstore.c: the writer's side of heap snapshots. store__snapshot_prepare runs the
 * graph's finish callback and encodes it (before the transaction, once);
 * store__snapshot_write writes it inside the writer's transaction; store__snapshot_done
 * frees it after the commit (or when it is discarded). store__snapshot_refill reserves
 * ids when the pool wants it; store__heapw_free finalizes the statements. */
int store__snapshot_prepare(store *s, store__snap *snap);
int store__snapshot_write(store *s, store__snap *snap);
void store__snapshot_done(store *s, store__snap *snap);
void store__snapshot_refill(store *s);
void store__heapw_free(store *s);

/* writer.c: the database id of a frame handle committed so far (0 if none) */
int64_t store__frame_db_id(store *s, store_id h);

/* writer.c */
int store__writer_start(store *s);
/* Stops the thread after a last batch; returns the store's error. */
int store__writer_stop(store *s);
void store__writer_free(store *s);	/* statements and maps; thread stopped */

/* migrate.c: brings db to the newest version in `script` (schema.sql's steps). */
int store__migrate(sqlite3 *db, const char *script);
/* The version a file is at (user_version) after checking it is ours: 0 for a new empty
 * file, or STORE_EFOREIGN / an error code. */
int store__check(sqlite3 *db);
/* Highest "-- @version N" in script. */
int store__script_version(const char *script);

/* Maps a SQLite result code (with the db's errno) to a STORE_E* code. */
int store__error(sqlite3 *db, int rc);

/* Embedded text (generated from schema.sql and queries/ at build time). */
extern const char store__sql_schema[];
extern const char store__sql_loop_utilization[];
/* A new file at the latest version (generated by mkimage.c at build time). */
extern const unsigned char store__fresh_image[];
extern const size_t store__fresh_image_len;

uint64_t store__mono_ns(void);

#endif
