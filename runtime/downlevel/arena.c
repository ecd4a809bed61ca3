/* arena.c — bump allocation for the parse: nodes, bindings and strings of one
 * dl_transform() live in 64 KiB chunks (bigger requests get their own chunk) and are
 * freed together. Out of memory longjmps to the caller's handler (a->oom). */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

struct dl__chunk {
	dl__chunk *next;
	size_t size;
	double align[];
};

#define CHUNK (64 * 1024)

void *dl__alloc(dl__arena *a, size_t n)
{
	char *p;
	n = (n + 7) & ~(size_t)7;
	if ((size_t)(a->end - a->p) < n) {
		size_t size = n > CHUNK / 4 ? n : CHUNK;
		dl__chunk *ch = malloc(sizeof *ch + size);
		if (!ch)
			longjmp(*a->oom, 1);
		ch->next = a->head;
		ch->size = size;
		a->head = ch;
		if (size != CHUNK) {	/* a big one: keep bumping in the current chunk */
			memset(ch->align, 0, n);
			return ch->align;
		}
		a->p = (char *)ch->align;
		a->end = a->p + size;
	}
	p = a->p;
	a->p += n;
	memset(p, 0, n);
	return p;
}

char *dl__strdup(dl__arena *a, const char *s, size_t n)
{
	char *p = dl__alloc(a, n + 1);
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

void dl__arena_free(dl__arena *a)
{
	dl__chunk *ch = a->head, *next;
	for (; ch; ch = next) {
		next = ch->next;
		free(ch);
	}
	a->head = NULL;
	a->p = a->end = NULL;
}
