/* native.c — native pcs to stored frames: which loaded module a pc is in (through
 * dl_iterate_phdr), its offset there, and the function's name from the module's ELF
 * symbol table (.symtab, else .dynsym; dladdr would miss static functions).
 *
 * Runs on the runtime's thread at safe points, never in the signal handler: a pc is
 * resolved the first time a drained sample shows it, and cached. A module's symbols are
 * read once (the file is mmap'd; the names point into it) when its first pc is seen.
 * A native frame is stored as (module path, offset of the pc) with its symbol name;
 * return addresses are stored minus one so that they fall inside the call instruction
 * (and the caller's function), the interrupted pc as it is. A pc in no symbol gets the
 * name "module+0xoffset".
 */
#include <elf.h>
#include <fcntl.h>
#include <limits.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

#if UINTPTR_MAX > 0xffffffffu
#define ELFCLASS_HERE ELFCLASS64
#else
#define ELFCLASS_HERE ELFCLASS32
#endif

struct collect {
	prof__module *mods;
	int n, cap;
};

static int on_phdr(struct dl_phdr_info *info, size_t size, void *data)
{
	struct collect *c = data;
	uintptr_t lo = UINTPTR_MAX, hi = 0;
	prof__module *m;
	const char *name = info->dlpi_name;
	char exe[PATH_MAX];
	int i;

	for (i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		if (ph->p_type != PT_LOAD)
			continue;
		if (info->dlpi_addr + ph->p_vaddr < lo)
			lo = info->dlpi_addr + ph->p_vaddr;
		if (info->dlpi_addr + ph->p_vaddr + ph->p_memsz > hi)
			hi = info->dlpi_addr + ph->p_vaddr + ph->p_memsz;
	}
	if (lo >= hi)
		return 0;
	if (c->n == c->cap) {
		int cap = c->cap ? c->cap * 2 : 16;
		prof__module *v = realloc(c->mods, (size_t)cap * sizeof *v);
		if (!v)
			return 1;
		c->mods = v;
		c->cap = cap;
	}
	if (!name || !name[0]) {
		/* the main program */
		ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
		exe[len > 0 ? len : 0] = 0;
		name = len > 0 ? exe : "[exe]";
	}
	m = &c->mods[c->n];
	memset(m, 0, sizeof *m);
	m->path = strdup(name);
	if (!m->path)
		return 1;
	m->start = lo;
	m->end = hi;
	m->bias = info->dlpi_addr;
	c->n++;
	return 0;
}

static void module_free(prof__module *m)
{
	free(m->path);
	free(m->syms);
	if (m->map)
		munmap(m->map, m->map_len);
	memset(m, 0, sizeof *m);
}

/* Re-reads the list of loaded modules (something was dlopen'd), keeping the symbols of
 * modules already known. */
static void refresh(prof__native *n)
{
	struct collect c = { 0 };
	int i, j;
	dl_iterate_phdr(on_phdr, &c);
	for (i = 0; i < c.n; i++) {
		for (j = 0; j < n->nmods; j++) {
			prof__module *o = &n->mods[j];
			if (o->path && o->start == c.mods[i].start && !strcmp(o->path, c.mods[i].path)) {
				free(c.mods[i].path);
				c.mods[i] = *o;
				memset(o, 0, sizeof *o);
				break;
			}
		}
	}
	for (j = 0; j < n->nmods; j++)
		module_free(&n->mods[j]);
	free(n->mods);
	n->mods = c.mods;
	n->nmods = c.n;
}

static prof__module *find_module(prof__native *n, uintptr_t pc)
{
	int i, pass;
	for (pass = 0; pass < 2; pass++) {
		for (i = 0; i < n->nmods; i++)
			if (pc >= n->mods[i].start && pc < n->mods[i].end)
				return &n->mods[i];
		if (pass == 0)
			refresh(n);
	}
	return NULL;
}

static int leading_underscores(const char *s)
{
	int k = 0;
	while (s[k] == '_' && k < 255)
		k++;
	return k;
}

static int cmp_sym(const void *a, const void *b)
{
	const prof__sym *x = a, *y = b;
	if (x->addr != y->addr)
		return x->addr < y->addr ? -1 : 1;
	/* aliases: prefer the plainer name (malloc over __libc_malloc); size holds the
	 * count of leading underscores while sorting */
	return (x->size >> 56) < (y->size >> 56) ? -1 : (x->size >> 56) > (y->size >> 56);
}

/* Sorts v as cmp_sym does, by address and then leading underscores: a least-significant-
 * byte radix sort (stable passes: the underscores' byte first, then the address's bytes
 * that are not all equal), ~5x fewer instructions than qsort here, where the profiler
 * sorts a module's thousands of symbols on the runtime's thread at its first sample. */
static void sort_syms(prof__sym *v, size_t n)
{
	prof__sym *tmp = n > 1 ? malloc(n * sizeof *tmp) : NULL, *a = v, *b = tmp, *t;
	size_t count[256], i;
	int pass;
	if (!tmp) {
		if (n > 1)
			qsort(v, n, sizeof *v, cmp_sym);
		return;
	}
	for (pass = -1; pass < 8; pass++) {
		size_t pos = 0;
		memset(count, 0, sizeof count);
		for (i = 0; i < n; i++)
			count[pass < 0 ? a[i].size >> 56 : (a[i].addr >> (8 * pass)) & 255]++;
		for (i = 0; i < 256 && count[i] != n; i++)
			;
		if (i < 256)
			continue;	/* one value: this byte orders nothing */
		for (i = 0; i < 256; i++) {
			size_t c = count[i];
			count[i] = pos;
			pos += c;
		}
		for (i = 0; i < n; i++)
			b[count[pass < 0 ? a[i].size >> 56 : (a[i].addr >> (8 * pass)) & 255]++] = a[i];
		t = a;
		a = b;
		b = t;
	}
	if (a != v)
		memcpy(v, a, n * sizeof *v);
	free(tmp);
}

/* Reads the function symbols of m's file. Failure leaves it without symbols. */
static void load_symbols(prof__module *m)
{
	const ElfW(Ehdr) *eh;
	const ElfW(Shdr) *sh, *symsec = NULL;
	struct stat stbuf;
	size_t i, n, k = 0;
	int fd, pass;

	m->loaded = 1;
	if (m->path[0] != '/')
		return;		/* [vdso] and the like: no file */
	fd = open(m->path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	if (fstat(fd, &stbuf) || stbuf.st_size < (off_t)sizeof *eh) {
		close(fd);
		return;
	}
	m->map_len = (size_t)stbuf.st_size;
	m->map = mmap(NULL, m->map_len, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (m->map == MAP_FAILED) {
		m->map = NULL;
		return;
	}
	eh = m->map;
	if (memcmp(eh->e_ident, ELFMAG, SELFMAG) || eh->e_ident[EI_CLASS] != ELFCLASS_HERE ||
	    eh->e_shoff == 0 || eh->e_shentsize != sizeof *sh ||
	    eh->e_shoff + (size_t)eh->e_shnum * sizeof *sh > m->map_len)
		goto fail;
	sh = (const ElfW(Shdr) *)((const char *)m->map + eh->e_shoff);
	for (pass = 0; pass < 2 && !symsec; pass++)
		for (i = 0; i < eh->e_shnum; i++)
			if (sh[i].sh_type == (pass ? SHT_DYNSYM : SHT_SYMTAB) &&
			    sh[i].sh_entsize == sizeof(ElfW(Sym)) && sh[i].sh_link < eh->e_shnum &&
			    sh[i].sh_offset + sh[i].sh_size <= m->map_len &&
			    sh[sh[i].sh_link].sh_offset + sh[sh[i].sh_link].sh_size <= m->map_len) {
				symsec = &sh[i];
				break;
			}
	if (!symsec)
		goto fail;
	{
		const ElfW(Sym) *sym = (const ElfW(Sym) *)((const char *)m->map + symsec->sh_offset);
		const ElfW(Shdr) *strsec = &sh[symsec->sh_link];
		const char *str = (const char *)m->map + strsec->sh_offset;
		n = symsec->sh_size / sizeof *sym;
		m->syms = malloc((n ? n : 1) * sizeof *m->syms);
		if (!m->syms)
			goto fail;
		for (i = 0; i < n; i++) {
			int type = ELF64_ST_TYPE(sym[i].st_info);
			if ((type != STT_FUNC && type != STT_GNU_IFUNC) || sym[i].st_shndx == SHN_UNDEF ||
			    sym[i].st_value == 0 || sym[i].st_name >= strsec->sh_size)
				continue;
			m->syms[k].addr = sym[i].st_value;
			m->syms[k].name = str + sym[i].st_name;
			m->syms[k].size = (sym[i].st_size & ((1ull << 56) - 1)) |
				(uint64_t)leading_underscores(m->syms[k].name) << 56;
			k++;
		}
	}
	sort_syms(m->syms, k);
	for (i = 0; i < k; i++)
		m->syms[i].size &= (1ull << 56) - 1;
	/* one symbol per address */
	for (i = 0, n = 0; i < k; i++)
		if (n == 0 || m->syms[n - 1].addr != m->syms[i].addr)
			m->syms[n++] = m->syms[i];
	m->nsyms = n;
	return;
fail:
	free(m->syms);
	m->syms = NULL;
	if (m->map)
		munmap(m->map, m->map_len);
	m->map = NULL;
}

static const char *lookup(prof__module *m, uint64_t addr)
{
	size_t lo = 0, hi;
	if (!m->loaded)
		load_symbols(m);
	hi = m->nsyms;
	while (lo < hi) {	/* first symbol above addr */
		size_t mid = (lo + hi) / 2;
		if (m->syms[mid].addr <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return NULL;
	{
		const prof__sym *s = &m->syms[lo - 1];
		if (s->size && addr >= s->addr + s->size)
			return NULL;
		return s->name;
	}
}

static int pcs_grow(prof__native *n)
{
	uint32_t cap = n->pc_mask ? (n->pc_mask + 1) * 2 : 4096, i;
	__typeof__(n->pcs) v = calloc(cap, sizeof *v);
	if (!v)
		return -1;
	for (i = 0; n->pcs && i <= n->pc_mask; i++) {
		uint32_t j;
		if (!n->pcs[i].pc)
			continue;
		j = (uint32_t)((n->pcs[i].pc * 0x9e3779b97f4a7c15ULL) >> 40) & (cap - 1);
		while (v[j].pc)
			j = (j + 1) & (cap - 1);
		v[j] = n->pcs[i];
	}
	free(n->pcs);
	n->pcs = v;
	n->pc_mask = cap - 1;
	return 0;
}

store_id prof__native_frame(prof *p, uintptr_t pc, int leaf)
{
	prof__native *n = &p->nat;
	uintptr_t key = (pc << 1) | (uintptr_t)(leaf != 0);
	prof__module *m;
	store_frame f;
	char buf[96];
	uint32_t i;
	uint64_t addr;
	store_id id;

	if (!pc)
		return 0;
	if (!n->pcs && pcs_grow(n))
		return 0;
	i = (uint32_t)((key * 0x9e3779b97f4a7c15ULL) >> 40) & n->pc_mask;
	for (; n->pcs[i].pc; i = (i + 1) & n->pc_mask)
		if (n->pcs[i].pc == key)
			return n->pcs[i].id;

	memset(&f, 0, sizeof f);
	f.kind = STORE_FRAME_NATIVE;
	m = find_module(n, pc);
	addr = m ? pc - m->bias : pc;
	if (!leaf && addr > 0)
		addr--;
	f.addr = addr;
	f.file = m ? m->path : "[unknown]";
	f.name = m ? lookup(m, addr) : NULL;
	if (!f.name) {
		const char *base = m ? strrchr(m->path, '/') : NULL;
		snprintf(buf, sizeof buf, "%s+0x%llx", base ? base + 1 : m ? m->path : "?",
			(unsigned long long)addr);
		f.name = buf;
	}
	id = store_intern_frame(p->s, &f);
	if (!id)
		return 0;
	n->pcs[i].pc = key;
	n->pcs[i].id = id;
	if (++n->npcs * 2 > n->pc_mask + 1)
		pcs_grow(n);
	return id;
}

void prof__native_free(prof__native *n)
{
	int i;
	for (i = 0; i < n->nmods; i++)
		module_free(&n->mods[i]);
	free(n->mods);
	free(n->pcs);
	memset(n, 0, sizeof *n);
}
