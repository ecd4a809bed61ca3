/* intern.c — app-side interning of frames and stack-trie nodes into dense handles, in
 * memory only (open-addressing hash tables; strings copied into an arena).
 *
 * Guarantees: equal frames (JS: kind, name, file, line, col, fn_line; native: file,
 * addr) and equal (parent, frame) pairs always get the same handle; handles are
 * assigned 1, 2, 3… in the order first seen, per kind; nothing is ever evicted. A
 * failed allocation returns 0 and leaves the tables as they were.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define ARENA_BLOCK (64 * 1024)

struct store__arena_block {
	store__arena_block *next;
	size_t used, cap;
	char data[];
};

static const char *arena_strndup(store__intern *in, const char *s, size_t n)
{
	store__arena_block *b = in->arena;
	char *p;
	if (!b || b->cap - b->used < n + 1) {
		size_t cap = n + 1 > ARENA_BLOCK ? n + 1 : ARENA_BLOCK;
		b = malloc(sizeof *b + cap);
		if (!b)
			return NULL;
		b->used = 0;
		b->cap = cap;
		b->next = in->arena;
		in->arena = b;
	}
	p = b->data + b->used;
	memcpy(p, s, n);
	p[n] = 0;
	b->used += n + 1;
	return p;
}

static size_t clip(const char *s)
{
	return s ? strnlen(s, STORE__MAX_STRING) : 0;
}

/* A multiply-xorshift hash taking 8 bytes a step (byte-wise FNV-1a made interning a
 * 20-frame stack 2x slower: 2.7 vs 1.3 us in bench/store-bench.c, intern_stack_ns). */
static uint64_t mix(uint64_t h, uint64_t v)
{
	h = (h ^ v) * 0x9e3779b97f4a7c15ULL;
	return h ^ (h >> 29);
}

static uint64_t mix_bytes(uint64_t h, const char *p, size_t n)
{
	uint64_t v;
	for (; n >= 8; n -= 8, p += 8) {
		memcpy(&v, p, 8);
		h = mix(h, v);
	}
	v = 0;
	memcpy(&v, p, n);
	return mix(h, v ^ (uint64_t)n << 56);
}

/* Lengths of f's strings, as interned (cut at STORE__MAX_STRING). */
typedef struct lens { size_t name, file; } lens;

static uint64_t frame_hash(const store_frame *f, lens n)
{
	uint64_t h = mix(0x243f6a8885a308d3ULL, (uint64_t)f->kind);
	h = mix_bytes(h, f->file ? f->file : "", n.file);
	if (f->kind == STORE_FRAME_NATIVE)
		return mix(h, f->addr);
	h = mix_bytes(h, f->name ? f->name : "", n.name);
	return mix(h, (uint64_t)(uint32_t)f->line << 32 ^ (uint32_t)f->col ^
		(uint64_t)(uint32_t)f->fn_line << 48);
}

static int frame_eq(const store__frame_info *a, const store_frame *b, lens n)
{
	if (a->f.kind != b->kind || a->file_len != n.file ||
	    memcmp(a->f.file, b->file ? b->file : "", n.file))
		return 0;
	if (a->f.kind == STORE_FRAME_NATIVE)
		return a->f.addr == b->addr;
	return a->f.line == b->line && a->f.col == b->col && a->f.fn_line == b->fn_line &&
		a->name_len == n.name && memcmp(a->f.name, b->name ? b->name : "", n.name) == 0;
}

static int frame_slots_grow(store__intern *in)
{
	uint32_t size = in->frame_mask ? (in->frame_mask + 1) * 2 : 1024, i;
	uint32_t *slots = calloc(size, sizeof *slots);
	if (!slots)
		return -1;
	for (i = 1; i <= in->nframes; i++) {
		uint32_t j = (uint32_t)in->frames[i].hash & (size - 1);
		while (slots[j])
			j = (j + 1) & (size - 1);
		slots[j] = i;
	}
	free(in->frame_slots);
	in->frame_slots = slots;
	in->frame_mask = size - 1;
	return 0;
}

store_id store__intern_frame(store__intern *in, const store_frame *f, int *is_new)
{
	lens n = { clip(f->name), clip(f->file) };
	uint64_t h = frame_hash(f, n);
	uint32_t j, id;
	store__frame_info *fi;
	*is_new = 0;
	if (!in->frame_slots && frame_slots_grow(in))
		return 0;
	for (j = (uint32_t)h & in->frame_mask; (id = in->frame_slots[j]) != 0;
	     j = (j + 1) & in->frame_mask)
		if (in->frames[id].hash == h && frame_eq(&in->frames[id], f, n))
			return id;
	/* New: make room first so a failure changes nothing. */
	if (in->nframes + 1 >= in->frames_cap) {
		uint32_t cap = in->frames_cap ? in->frames_cap * 2 : 1024;
		store__frame_info *v = realloc(in->frames, cap * sizeof *v);
		if (!v)
			return 0;
		in->frames = v;
		in->frames_cap = cap;
	}
	if ((in->nframes + 1) * 2 > in->frame_mask + 1) {
		if (frame_slots_grow(in))
			return 0;
		for (j = (uint32_t)h & in->frame_mask; in->frame_slots[j];
		     j = (j + 1) & in->frame_mask)
			;
	}
	fi = &in->frames[in->nframes + 1];
	fi->hash = h;
	fi->f = *f;
	fi->file_len = n.file;
	fi->name_len = n.name;
	fi->f.file = arena_strndup(in, f->file ? f->file : "", n.file);
	fi->f.name = NULL;
	if (f->name || f->kind == STORE_FRAME_JS)
		fi->f.name = arena_strndup(in, f->name ? f->name : "", n.name);
	if (!fi->f.file || (!fi->f.name && (f->name || f->kind == STORE_FRAME_JS)))
		return 0;
	if (f->kind == STORE_FRAME_NATIVE) {
		fi->f.line = fi->f.col = fi->f.fn_line = 0;
	} else {
		fi->f.addr = 0;
	}
	id = ++in->nframes;
	in->frame_slots[j] = id;
	*is_new = 1;
	return id;
}

static uint32_t stack_hash(store_id parent, store_id frame)
{
	uint64_t k = ((uint64_t)parent << 32 | frame) * 0x9e3779b97f4a7c15ULL;
	return (uint32_t)(k >> 32);
}

static int stack_slots_grow(store__intern *in)
{
	uint32_t size = in->stack_mask ? (in->stack_mask + 1) * 2 : 4096, i;
	struct store__stack_slot *slots = calloc(size, sizeof *slots);
	if (!slots)
		return -1;
	if (in->stack_slots) {
		for (i = 0; i <= in->stack_mask; i++) {
			struct store__stack_slot *e = &in->stack_slots[i];
			uint32_t j;
			if (!e->id)
				continue;
			j = stack_hash(e->parent, e->frame) & (size - 1);
			while (slots[j].id)
				j = (j + 1) & (size - 1);
			slots[j] = *e;
		}
	}
	free(in->stack_slots);
	in->stack_slots = slots;
	in->stack_mask = size - 1;
	return 0;
}

store_id store__intern_stack(store__intern *in, store_id parent, store_id frame,
	int *is_new)
{
	uint32_t j;
	struct store__stack_slot *e;
	*is_new = 0;
	if (!frame)
		return parent;
	if ((!in->stack_slots || (in->nstacks + 1) * 2 > in->stack_mask + 1) &&
	    stack_slots_grow(in))
		return 0;
	for (j = stack_hash(parent, frame) & in->stack_mask; (e = &in->stack_slots[j])->id;
	     j = (j + 1) & in->stack_mask)
		if (e->parent == parent && e->frame == frame)
			return e->id;
	e->parent = parent;
	e->frame = frame;
	e->id = ++in->nstacks;
	*is_new = 1;
	return e->id;
}

void store__intern_free(store__intern *in)
{
	store__arena_block *b = in->arena, *next;
	for (; b; b = next) {
		next = b->next;
		free(b);
	}
	free(in->frames);
	free(in->frame_slots);
	free(in->stack_slots);
	memset(in, 0, sizeof *in);
}
