/* downlevel.c — dl_transform(): parse, fast path for plain ES5, resolve scopes, print.
 * See downlevel.h for the contract and internal.h for the pipeline. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

void dl__fail(dl__ctx *c, int err, uint32_t pos, const char *fmt, ...)
{
	va_list ap;
	uint32_t i, line = 1, ls = 0;
	if (pos > c->len)
		pos = (uint32_t)c->len;
	for (i = 0; i < pos; i++) {
		char ch = c->src[i];
		if (ch == '\n' || (ch == '\r' && (i + 1 >= c->len || c->src[i + 1] != '\n'))) {
			line++;
			ls = i + 1;
		} else if ((unsigned char)ch == 0xE2 && i + 2 < c->len && (unsigned char)c->src[i + 1] == 0x80 &&
			   ((unsigned char)c->src[i + 2] == 0xA8 || (unsigned char)c->src[i + 2] == 0xA9)) {
			line++;
			ls = i + 3;
		}
	}
	c->r->line = line;
	c->r->col = pos - ls + 1;
	va_start(ap, fmt);
	vsnprintf(c->r->msg, sizeof c->r->msg, fmt, ap);
	va_end(ap);
	c->err = err;
	longjmp(c->fail, 1);
}

int dl_transform(const char *src, size_t len, int flags, dl_result *r)
{
	dl__ctx *c;
	jmp_buf oom;
	dl__node *prog;
	int err;
	memset(r, 0, sizeof *r);
	if (len >= 0xFFFFFFF0u) {
		snprintf(r->msg, sizeof r->msg, "source too large");
		return DL_EUNSUPPORTED;
	}
	c = calloc(1, sizeof *c);
	if (!c)
		return DL_ENOMEM;
	c->src = src;
	c->len = len;
	c->flags = flags;
	c->r = r;
	c->module = (flags & DL_MODULE) != 0;
	c->arena.oom = &oom;
	if (setjmp(oom)) {
		free(c->out.buf);
		dl_result_free(r);
		err = DL_ENOMEM;
		snprintf(r->msg, sizeof r->msg, "out of memory");
		goto done;
	}
	if (setjmp(c->fail)) {
		free(c->out.buf);
		dl_result_free(r);
		err = c->err;
		goto done;
	}
	prog = dl__parse(c);
	err = DL_OK;
	if (flags & DL_PARSE_ONLY)
		goto done;
	if (c->nmodern == 0 && !(flags & DL_FORCE) && !c->module)
		goto done;
	dl__scope_resolve(c, prog);
	dl__emit_program(c, prog);
	r->out = c->out.buf;
	r->len = c->out.len;
	r->changed = 1;
	r->uses_helpers = c->uses_helpers;
done:
	dl__arena_free(&c->arena);
	free(c);
	return err;
}

void dl_result_free(dl_result *r)
{
	free(r->out);
	free(r->fns);
	free(r->copies);
	r->out = NULL;
	r->len = 0;
	r->fns = r->copies = NULL;
	r->nfns = r->ncopies = 0;
}
