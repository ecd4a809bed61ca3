/* dlcache.c — the down-leveler's output cache (issue 7: transformed output is cached,
 * keyed by content hash, so repeated runs skip the work).
 *
 * rt__dl_transform(src, len, flags, r) has dl_transform's contract. A successful result
 * (changed or not) is stored in one file per source, and a later call with the same
 * source, flags and down-leveler reads it back instead of parsing. Errors are never
 * cached: they are found again, with their messages.
 *
 * Where: $LEAKSCOPE_CACHE_DIR, else $XDG_CACHE_HOME/leakscope, else
 * $HOME/.cache/leakscope, in the subfolder downlevel/ (made 0700 on first store).
 * LEAKSCOPE_NO_CACHE set to anything but "" or "0" turns the cache off. Sources
 * under DLC_MIN_BYTES are not cached: parsing them costs less than a file lookup.
 *
 * Entry: named by a 64-bit FNV-1a hash of (version, flags, source) in hex, it holds a
 * header line "lsdl2 VERSION FLAGS SRCLEN OUTLEN CHANGED HELPERS NFNS NCOPIES\n", the
 * source itself, then the output (none when unchanged), then the result's fns and copies
 * (dl_span, in this machine's byte order: the cache is per user and machine). VERSION (dl_version.h) hashes the down-leveler's
 * own sources, so a rebuilt down-leveler never reads an older one's output. A hit
 * needs the header to match, the file's size to be exact and the stored source to be
 * byte-identical to this one, so a hash collision or a damaged, truncated or foreign
 * file is a miss (and is replaced by the next store). Stores write a temporary file in
 * the same folder and rename it into place: readers see a whole entry or none. Any
 * failure to read or store only costs the transform: the cache never fails a compile.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dl_version.h"
#include "downlevel/downlevel.h"
#include "internal.h"

#define DLC_MIN_BYTES 4096
#define DLC_MAGIC "lsdl2"

/* The cache folder (…/downlevel) in buf, or 0 when the cache is off or has no home. */
static int cache_dir(char *buf, size_t size)
{
	const char *off = getenv("LEAKSCOPE_NO_CACHE");
	const char *d = getenv("LEAKSCOPE_CACHE_DIR"), *x, *h;
	int n;
	if (off && off[0] && strcmp(off, "0") != 0)
		return 0;
	if (d && d[0])
		n = snprintf(buf, size, "%s/downlevel", d);
	else if ((x = getenv("XDG_CACHE_HOME")) && x[0] == '/')
		n = snprintf(buf, size, "%s/leakscope/downlevel", x);
	else if ((h = getenv("HOME")) && h[0])
		n = snprintf(buf, size, "%s/.cache/leakscope/downlevel", h);
	else
		return 0;
	return n > 0 && (size_t)n < size;
}

static uint64_t fnv1a(uint64_t h, const void *p, size_t n)
{
	const unsigned char *s = p;
	while (n--)
		h = (h ^ *s++) * 0x100000001b3ull;
	return h;
}

/* The entry's path for this source in buf; 0 if it does not fit. */
static int entry_path(char *buf, size_t size, const char *dir, const char *src, size_t len,
	int flags)
{
	uint64_t h = fnv1a(0xcbf29ce484222325ull, RT_DL_VERSION, sizeof RT_DL_VERSION - 1);
	int n;
	h = fnv1a(h, &flags, sizeof flags);
	h = fnv1a(h, src, len);
	n = snprintf(buf, size, "%s/%016llx", dir, (unsigned long long)h);
	return n > 0 && (size_t)n < size;
}

static int read_all(int fd, void *p, size_t n)
{
	char *b = p;
	while (n > 0) {
		ssize_t k = read(fd, b, n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return -1;
		b += k;
		n -= (size_t)k;
	}
	return 0;
}

static int write_all(int fd, const void *p, size_t n)
{
	const char *b = p;
	while (n > 0) {
		ssize_t k = write(fd, b, n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return -1;
		b += k;
		n -= (size_t)k;
	}
	return 0;
}

/* Fills r from the entry at path for src: 1 on a hit, 0 otherwise (r untouched). */
static int lookup(const char *path, const char *src, size_t len, int flags, dl_result *r)
{
	char head[200], want[160], *nl, *cmp = NULL, *out = NULL;
	dl_span *fns = NULL, *copies = NULL;
	unsigned long long outlen, nfns, ncopies;
	int fd, changed, helpers, hl, wl, ok = 0;
	struct stat st;
	ssize_t k;
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return 0;
	if (fstat(fd, &st) < 0 || (k = read(fd, head, sizeof head - 1)) <= 0)
		goto done;
	head[k] = 0;
	if (!(nl = strchr(head, '\n')))
		goto done;
	hl = (int)(nl - head) + 1;
	wl = snprintf(want, sizeof want, DLC_MAGIC " %s %d %zu ", RT_DL_VERSION, flags, len);
	if (wl <= 0 || wl >= (int)sizeof want || strncmp(head, want, (size_t)wl) != 0 ||
	    sscanf(head + wl, "%llu %d %d %llu %llu", &outlen, &changed, &helpers, &nfns, &ncopies) != 5 ||
	    (changed != 0 && changed != 1) || (helpers != 0 && helpers != 1) ||
	    (!changed && outlen + nfns + ncopies != 0) || outlen > ((unsigned long long)1 << 31) ||
	    nfns > outlen || ncopies > outlen ||
	    (unsigned long long)st.st_size != (unsigned long long)hl + len + outlen +
	    (nfns + ncopies) * sizeof(dl_span))
		goto done;
	if (lseek(fd, hl, SEEK_SET) != hl || !(cmp = malloc(len ? len : 1)) ||
	    read_all(fd, cmp, len) < 0 || memcmp(cmp, src, len) != 0)
		goto done;
	if (changed) {
		if (!(out = malloc(outlen + 1)) || read_all(fd, out, outlen) < 0)
			goto done;
		out[outlen] = 0;
		if ((nfns && (!(fns = malloc(nfns * sizeof *fns)) ||
			      read_all(fd, fns, nfns * sizeof *fns) < 0)) ||
		    (ncopies && (!(copies = malloc(ncopies * sizeof *copies)) ||
				 read_all(fd, copies, ncopies * sizeof *copies) < 0)))
			goto done;
	}
	memset(r, 0, sizeof *r);
	r->out = out;
	r->fns = fns;
	r->copies = copies;
	r->nfns = nfns;
	r->ncopies = ncopies;
	fns = copies = NULL;
	r->len = changed ? outlen : 0;
	r->changed = changed;
	r->uses_helpers = helpers;
	out = NULL;
	ok = 1;
done:
	free(cmp);
	free(out);
	free(fns);
	free(copies);
	close(fd);
	return ok;
}

static void mkdirs(char *dir)
{
	char *p;
	for (p = dir + 1; *p; p++) {
		if (*p == '/') {
			*p = 0;
			mkdir(dir, 0700);
			*p = '/';
		}
	}
	mkdir(dir, 0700);
}

/* Writes the entry for (src, r) at path through a temporary file and rename. */
static void store(const char *dir, const char *path, const char *src, size_t len, int flags,
	const dl_result *r)
{
	char tmp[4224], head[200], d[4096];
	int fd, hl, bad;
	if (snprintf(tmp, sizeof tmp, "%s.tmp.XXXXXX", path) >= (int)sizeof tmp)
		return;
	fd = mkostemp(tmp, O_CLOEXEC);
	if (fd < 0 && errno == ENOENT) {
		snprintf(d, sizeof d, "%s", dir);
		mkdirs(d);
		if (snprintf(tmp, sizeof tmp, "%s.tmp.XXXXXX", path) >= (int)sizeof tmp)
			return;
		fd = mkostemp(tmp, O_CLOEXEC);
	}
	if (fd < 0)
		return;
	hl = snprintf(head, sizeof head, DLC_MAGIC " %s %d %zu %zu %d %d %zu %zu\n", RT_DL_VERSION,
		flags, len, r->changed ? r->len : 0, r->changed ? 1 : 0, r->uses_helpers ? 1 : 0,
		r->changed ? r->nfns : 0, r->changed ? r->ncopies : 0);
	bad = write_all(fd, head, (size_t)hl) < 0 || write_all(fd, src, len) < 0 ||
		(r->changed && (write_all(fd, r->out, r->len) < 0 ||
		 write_all(fd, r->fns, r->nfns * sizeof *r->fns) < 0 ||
		 write_all(fd, r->copies, r->ncopies * sizeof *r->copies) < 0));
	if (close(fd) < 0 || bad || rename(tmp, path) < 0)
		unlink(tmp);
}

int rt__dl_transform(const char *src, size_t len, int flags, dl_result *r)
{
	char dir[4096], path[4200];
	int e, cached = len >= DLC_MIN_BYTES && !(flags & DL_PARSE_ONLY) &&
		cache_dir(dir, sizeof dir) && entry_path(path, sizeof path, dir, src, len, flags);
	if (cached && lookup(path, src, len, flags, r))
		return DL_OK;
	e = dl_transform(src, len, flags, r);
	if (cached && e == DL_OK && (!r->changed || r->out))
		store(dir, path, src, len, flags, r);
	return e;
}
