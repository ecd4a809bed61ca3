/* table.c — aligned text tables for the read commands: every column as wide as its
 * widest cell (in characters, not bytes), two spaces between columns, no padding after
 * the last one. Headers are bold and marked rows red, but only on a terminal.
 */
#define _GNU_SOURCE	/* vasprintf */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

#define MAX_COLS 24

struct tbl {
	int ncols;
	const char *head[MAX_COLS];
	int right[MAX_COLS];
	char **cells;		/* row-major, ncols per row */
	unsigned char *marked;	/* per cell; a row is marked at its first cell */
	size_t ncells, cap;
	int oom;
};

tbl *tbl_new(void)
{
	return calloc(1, sizeof(tbl));
}

void tbl_col(tbl *t, const char *header, int right)
{
	if (!t || t->ncols == MAX_COLS)
		return;
	t->head[t->ncols] = header;
	t->right[t->ncols++] = right;
}

void tbl_cell(tbl *t, const char *fmt, ...)
{
	va_list ap;
	char *s = NULL;
	int n;
	if (!t || t->oom || !t->ncols)
		return;
	if (t->ncells == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 64;
		char **c = realloc(t->cells, cap * sizeof *c);
		unsigned char *m = realloc(t->marked, cap);
		if (c)
			t->cells = c;
		if (m)
			t->marked = m;
		if (!c || !m) {
			t->oom = 1;
			return;
		}
		memset(t->marked + t->cap, 0, cap - t->cap);
		t->cap = cap;
	}
	va_start(ap, fmt);
	n = vasprintf(&s, fmt, ap);
	va_end(ap);
	if (n < 0) {
		t->oom = 1;
		return;
	}
	t->cells[t->ncells++] = s;
}

void tbl_mark(tbl *t)
{
	if (t && !t->oom && t->ncells)
		t->marked[(t->ncells - 1) / (size_t)t->ncols * (size_t)t->ncols] = 1;
}

/* Terminal columns a UTF-8 string takes (one per character). */
static int width(const char *s)
{
	int w = 0;
	for (; *s; s++)
		w += ((unsigned char)*s & 0xc0) != 0x80;
	return w;
}

/* Padding is held back until something follows it: no trailing blanks. */
static void print_row(tbl *t, FILE *f, const char *const *cells, const int *w, int style,
	int color)
{
	int c, spaces = 0;
	if (color && style)
		fputs(style == 1 ? "\033[1m" : "\033[31m", f);
	for (c = 0; c < t->ncols; c++) {
		const char *s = cells[c] ? cells[c] : "";
		int gap = w[c] - width(s);
		if (c)
			spaces += 2;
		if (t->right[c])
			spaces += gap;
		if (*s) {
			fprintf(f, "%*s%s", spaces, "", s);
			spaces = 0;
		}
		if (!t->right[c])
			spaces += gap;
	}
	if (color && style)
		fputs("\033[0m", f);
	fputc('\n', f);
}

void tbl_print(tbl *t, FILE *f, int color)
{
	int w[MAX_COLS] = { 0 }, c;
	size_t r, rows;
	if (!t || !t->ncols)
		return;
	if (t->oom) {
		fputs("(out of memory)\n", f);
		return;
	}
	rows = (t->ncells + (size_t)t->ncols - 1) / (size_t)t->ncols;
	for (c = 0; c < t->ncols; c++)
		w[c] = width(t->head[c]);
	for (r = 0; r < t->ncells; r++) {
		int cw = width(t->cells[r]);
		if (cw > w[r % (size_t)t->ncols])
			w[r % (size_t)t->ncols] = cw;
	}
	print_row(t, f, t->head, w, 1, color);
	for (r = 0; r < rows; r++) {
		const char *row[MAX_COLS] = { 0 };
		for (c = 0; c < t->ncols && r * (size_t)t->ncols + (size_t)c < t->ncells; c++)
			row[c] = t->cells[r * (size_t)t->ncols + (size_t)c];
		print_row(t, f, row, w, t->marked[r * (size_t)t->ncols] ? 2 : 0, color);
	}
}

void tbl_free(tbl *t)
{
	size_t i;
	if (!t)
		return;
	for (i = 0; i < t->ncells; i++)
		free(t->cells[i]);
	free(t->cells);
	free(t->marked);
	free(t);
}
