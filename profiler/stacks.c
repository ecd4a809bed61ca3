/* stacks.c — from raw frames to stored ones: the frame cache (mujs trace pointers to
 * frame handles), the current JS stack as a trie node, and the drain that turns the
 * sampler's ring records into samples.
 *
 * Runs on the runtime's thread at safe points only. The name/file pointers in a ring
 * record belong to mujs: they stay valid until the next collection, and GC_BEGIN drains
 * the ring before anything is swept (samples taken during a collection point at the
 * functions on the stack, which the collection keeps).
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define BARRIER() __atomic_signal_fence(__ATOMIC_SEQ_CST)

static uint64_t mix(uint64_t h, uint64_t v)
{
	h = (h ^ v) * 0x9e3779b97f4a7c15ULL;
	return h ^ (h >> 29);
}

static uint32_t fhash(const char *name, const char *file, int line, int fnline)
{
	uint64_t h = mix(mix(0x51ed270b, (uintptr_t)name), (uintptr_t)file);
	h = mix(h, ((uint64_t)(uint32_t)line << 32) | (uint32_t)fnline);
	return (uint32_t)(h ^ (h >> 32));
}

static int fcache_grow(prof__fcache *fc)
{
	uint32_t cap = fc->mask ? (fc->mask + 1) * 2 : 1024, i;
	prof__fkey *v = calloc(cap, sizeof *v);
	if (!v)
		return -1;
	if (fc->v) {
		for (i = 0; i <= fc->mask; i++) {
			prof__fkey *e = &fc->v[i];
			uint32_t j;
			if (!e->id || e->gen != fc->gen)
				continue;
			j = fhash(e->name, e->file, e->line, e->fnline) & (cap - 1);
			while (v[j].id)
				j = (j + 1) & (cap - 1);
			v[j] = *e;
		}
		free(fc->v);
	}
	fc->v = v;
	fc->mask = cap - 1;
	return 0;
}

void prof__fcache_free(prof__fcache *fc)
{
	free(fc->v);
	memset(fc, 0, sizeof *fc);
}

/* An entry of an older generation counts as empty: a generation only ever turns empty
 * or stale slots into current ones, so a probe that meets one can stop. */
store_id prof__js_frame(prof *p, const char *name, const char *file, int line, int fnline)
{
	prof__fcache *fc = &p->fc;
	store_frame f;
	uint32_t i;
	store_id id;

	if (!fc->v && fcache_grow(fc))
		return 0;
	i = fhash(name, file, line, fnline) & fc->mask;
	for (;; i = (i + 1) & fc->mask) {
		prof__fkey *e = &fc->v[i];
		if (!e->id || e->gen != fc->gen)
			break;
		if (e->name == name && e->file == file && e->line == line && e->fnline == fnline)
			return e->id;
	}
	memset(&f, 0, sizeof f);
	f.kind = STORE_FRAME_JS;
	f.name = name ? name : "";
	f.file = file ? file : "";
	f.line = line;
	f.fn_line = fnline;
	id = store_intern_frame(p->s, &f);
	if (!id)
		return 0;
	fc->v[i].name = name;
	fc->v[i].file = file;
	fc->v[i].line = line;
	fc->v[i].fnline = fnline;
	fc->v[i].gen = fc->gen;
	fc->v[i].id = id;
	if (++fc->n * 2 > fc->mask + 1) {
		fc->n = 0;
		for (i = 0; i <= fc->mask; i++)
			if (fc->v[i].id && fc->v[i].gen == fc->gen)
				fc->n++;
		if (fc->n * 2 > fc->mask + 1)
			fcache_grow(fc);
	}
	return id;
}

/* mujs calls the file of every C function "native" (one literal in jsrun.c; the
 * profiler starts with J->trace[0]'s, the same literal once the compiler merged them). */
int prof__is_native_file_slow(prof *p, const char *file)
{
	if (file && file[0] == 'n' && file[1] == 'a' && !strcmp(file, "native")) {
		p->native_file = file;
		return 1;
	}
	return 0;
}

static int is_user_file(prof *p, const char *file)
{
	return file && strncmp(file, "node:", 5) != 0 && !prof__is_native_file(p, file);
}

store_id prof__current_stack(prof *p, store_id *site)
{
	js_State *J = p->J;
	int top = J->tracetop, first, i, n;
	store_id node = 0, frame, innermost_js = 0, user = 0;

	first = top - PROF__MAX_JS + 1 > 1 ? top - PROF__MAX_JS + 1 : 1;
	n = top - first + 1;
	for (i = 0; i < n; i++) {
		const js_StackTrace *t = &J->trace[first + i];
		frame = prof__js_frame(p, t->name, t->file, t->line, t->fnline);
		if (!frame)
			return 0;
		node = store_intern_stack(p->s, node, frame);
		if (site) {
			if (!prof__is_native_file(p, t->file))
				innermost_js = frame;
			if (is_user_file(p, t->file))
				user = frame;
		}
	}
	if (site)
		*site = user ? user : innermost_js;
	return node;
}

static void process(prof *p, const prof__srec *rec)
{
	const prof__jsframe *jf = (const prof__jsframe *)(rec + 1);
	const uintptr_t *nf = (const uintptr_t *)(jf + rec->js_new);
	int njs = rec->js_keep + rec->js_new, nnat = rec->nat_keep + rec->nat_new, i;
	store_id stack = 0, nstack = 0;
	uint64_t k, interval_ns = (uint64_t)p->interval_us * 1000;

	if (rec->js_keep > p->d_njs || rec->nat_keep > p->d_nnat)
		return;	/* cannot happen: the handler shares only what it last wrote */
	for (i = rec->js_keep; i < njs; i++) {
		const prof__jsframe *f = &jf[i - rec->js_keep];
		p->d_js[i] = *f;
		p->d_js_frame[i] = prof__js_frame(p, f->name, f->file, f->line, f->fnline);
		p->d_js_node[i] = store_intern_stack(p->s, i ? p->d_js_node[i - 1] : 0,
			p->d_js_frame[i]);
	}
	p->d_njs = njs;
	if (njs)
		stack = p->d_js_node[njs - 1];
	for (i = rec->nat_keep; i < nnat; i++) {
		store_id f;
		p->d_nat[i] = nf[i - rec->nat_keep];
		f = prof__native_frame(p, p->d_nat[i], i == nnat - 1);
		p->d_nat_node[i] = f ? store_intern_stack(p->s, i ? p->d_nat_node[i - 1] : 0, f) :
			(i ? p->d_nat_node[i - 1] : 0);
	}
	p->d_nnat = nnat;
	if (nnat)
		nstack = p->d_nat_node[nnat - 1];

	for (k = rec->overrun + 1; k-- > 0;) {
		uint64_t t = rec->t_ns - k * interval_ns;
		store_sample(p->s, prof__us(p, t), stack, nstack, rec->phase, rec->cb_kind,
			rec->state);
	}
	p->st.samples += (uint64_t)rec->overrun + 1;
	if (stack)
		prof__sample_in_callbacks(p, rec->cb_seq, stack);
}

void prof__drain(prof *p)
{
	prof__ring *r = &p->ring;
	for (;;) {
		uint32_t tail = r->tail, head = r->head;
		const prof__srec *rec;
		BARRIER();
		if (tail == head)
			break;
		rec = (const prof__srec *)(r->buf + tail);
		if (rec->size == 0) {
			r->tail = 0;
			continue;
		}
		process(p, rec);
		tail += rec->size;
		BARRIER();
		r->tail = tail == r->cap ? 0 : tail;
	}
}
