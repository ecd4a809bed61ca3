/* queue.c — the record queue between the app thread (one producer) and the writer
 * thread (one consumer): a linked list of 64 KiB chunks, lock-free on both common paths.
 *
 * Guarantees: records come out in the order they went in; a record is visible to the
 * consumer only whole (the producer publishes `used` after writing it, with release
 * order); the producer never waits for the consumer — it takes a new chunk when the tail
 * is full, from a small recycled list (the only lock, once per chunk) or malloc. The
 * consumer reads tentatively and either releases what it read (after its transaction
 * committed) or rewinds to the last release (after a rollback), so nothing is lost when
 * a batch must be retried.
 */
#include <stdlib.h>

#include "internal.h"

#define KEEP_FREE 4	/* recycled chunks kept for the producer */

static store__chunk *chunk_new(store__queue *q)
{
	store__chunk *c;
	pthread_mutex_lock(&q->free_lock);
	c = q->free_list;
	if (c) {
		q->free_list = atomic_load_explicit(&c->next, memory_order_relaxed);
		q->nfree--;
	}
	pthread_mutex_unlock(&q->free_lock);
	if (!c) {
		c = malloc(sizeof *c);
		if (!c)
			return NULL;
	}
	atomic_init(&c->next, NULL);
	atomic_init(&c->used, 0);
	atomic_fetch_add_explicit(&q->bytes, sizeof *c, memory_order_relaxed);
	return c;
}

static void chunk_put(store__queue *q, store__chunk *c)
{
	atomic_fetch_sub_explicit(&q->bytes, sizeof *c, memory_order_relaxed);
	pthread_mutex_lock(&q->free_lock);
	if (q->nfree < KEEP_FREE) {
		atomic_store_explicit(&c->next, q->free_list, memory_order_relaxed);
		q->free_list = c;
		q->nfree++;
		c = NULL;
	}
	pthread_mutex_unlock(&q->free_lock);
	free(c);
}

int store__queue_init(store__queue *q)
{
	store__chunk *c;
	atomic_init(&q->bytes, 0);
	q->free_list = NULL;
	q->nfree = 0;
	if (pthread_mutex_init(&q->free_lock, NULL))
		return STORE_ENOMEM;
	c = chunk_new(q);
	if (!c) {
		pthread_mutex_destroy(&q->free_lock);
		return STORE_ENOMEM;
	}
	q->tail = q->head = q->rchunk = c;
	q->tail_used = q->hoff = q->roff = q->rused = 0;
	return 0;
}

void store__queue_destroy(store__queue *q)
{
	store__chunk *c = q->head, *next;
	while (c) {
		next = atomic_load_explicit(&c->next, memory_order_relaxed);
		free(c);
		c = next;
	}
	for (c = q->free_list; c; c = next) {
		next = atomic_load_explicit(&c->next, memory_order_relaxed);
		free(c);
	}
	pthread_mutex_destroy(&q->free_lock);
}

/* The tail is full: seal it by linking a fresh chunk after it. */
void *store__queue_grow(store__queue *q, int *sealed)
{
	store__chunk *c = chunk_new(q);
	if (!c)
		return NULL;
	/* Everything in the old tail was published before this store. */
	atomic_store_explicit(&q->tail->next, c, memory_order_release);
	q->tail = c;
	q->tail_used = 0;
	*sealed = 1;
	return c->data;
}

const void *store__queue_next(store__queue *q)
{
	for (;;) {
		store__chunk *c = q->rchunk, *next;
		if (q->roff < q->rused) {
			const store__rec *r = (const store__rec *)(c->data + q->roff);
			q->roff += r->size;
			return r;
		}
		q->rused = atomic_load_explicit(&c->used, memory_order_acquire);
		if (q->roff < q->rused)
			continue;
		next = atomic_load_explicit(&c->next, memory_order_acquire);
		if (!next)
			return NULL;
		/* Sealed: its last records were published before `next` was linked. */
		q->rused = atomic_load_explicit(&c->used, memory_order_acquire);
		if (q->roff < q->rused)
			continue;
		q->rchunk = next;
		q->roff = q->rused = 0;
	}
}

void store__queue_release(store__queue *q)
{
	while (q->head != q->rchunk) {
		store__chunk *c = q->head;
		q->head = atomic_load_explicit(&c->next, memory_order_acquire);
		chunk_put(q, c);
	}
	q->hoff = q->roff;
}

void store__queue_rewind(store__queue *q)
{
	q->rchunk = q->head;
	q->roff = q->hoff;
	q->rused = 0;	/* reload: never beyond what the producer published */
}
