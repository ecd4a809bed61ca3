/* format.c — how the read commands print times, sizes, places and stacks. Every
 * function returns one of a few rotating static buffers (the CLI is single-threaded and
 * uses each result within one printf).
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "report.h"

static char *buf(void)
{
	static char b[16][512];
	static unsigned k;
	return b[k++ & 15];
}

static const char *fmt(const char *f, ...) __attribute__((format(printf, 1, 2)));
static const char *fmt(const char *f, ...)
{
	char *b = buf();
	va_list ap;
	va_start(ap, f);
	vsnprintf(b, 512, f, ap);
	va_end(ap);
	return b;
}

const char *f_dur(int64_t us)
{
	if (us < 1000 && us > -1000)
		return fmt("%lld us", (long long)us);
	if (us < 1000000 && us > -1000000)
		return fmt("%.1f ms", (double)us / 1000);
	return fmt("%.2f s", (double)us / 1000000);
}

const char *f_ms(int64_t us)
{
	return fmt("%.1f", (double)us / 1000);
}

const char *f_bytes(int64_t b)
{
	static const char *const units[] = { "KiB", "MiB", "GiB", "TiB" };
	double v = (double)b;
	int u = -1;
	if (b < 1024 && b > -1024)
		return fmt("%lld B", (long long)b);
	while ((v >= 1024 || v <= -1024) && u < 3) {
		v /= 1024;
		u++;
	}
	return fmt("%.1f %s", v, units[u]);
}

const char *f_pct(int64_t part, int64_t whole)
{
	if (whole <= 0)
		return "-";
	return fmt("%.1f%%", 100.0 * (double)part / (double)whole);
}

const char *f_file(const cli_opts *o, const char *file)
{
	size_t n;
	if (!strcmp(file, "native"))
		return "(native)";
	if (o->cwd && (n = strlen(o->cwd)) > 1 && !strncmp(file, o->cwd, n) && file[n] == '/')
		return file + n + 1;
	return file;
}

const char *f_func(const an_loc *l)
{
	return l->name[0] ? l->name : "(anonymous)";
}

const char *f_where(const cli_opts *o, const an_loc *l)
{
	const char *file;
	if (l->kind == AN_LOC_PSEUDO || !l->file[0])
		return "";
	file = f_file(o, l->file);
	if (!strcmp(l->file, "native") || l->line <= 0)
		return file;
	return fmt("%s:%d", file, l->line);
}

const char *f_time(int64_t epoch_us)
{
	time_t t = (time_t)(epoch_us / 1000000);
	struct tm tm;
	char *b = buf();
	if (!localtime_r(&t, &tm) || !strftime(b, 512, "%Y-%m-%d %H:%M:%S", &tm))
		return "?";
	return b;
}

const char *f_argv(const an_run *r)
{
	char *b = buf();
	size_t o = 0, cap = 512;
	int i;
	b[0] = 0;
	for (i = 0; i < r->argc && o + 4 < cap; i++) {
		const char *a = r->argv[i];
		int quote = !*a || strpbrk(a, " \t\n'\"\\$`*?;&|<>()[]{}~#!") != NULL;
		if (i)
			b[o++] = ' ';
		if (quote)
			b[o++] = '\'';
		for (; *a && o + 6 < cap; a++) {
			if (*a == '\'' && quote) {
				memcpy(b + o, "'\\''", 4);
				o += 4;
			} else {
				b[o++] = *a;
			}
		}
		if (quote)
			b[o++] = '\'';
		b[o] = 0;
	}
	if (o + 4 >= cap)
		memcpy(b + cap - 4, "...", 4);
	return b;
}

const char *f_run_length(const an_run *r)
{
	if (r->duration_us >= 0)
		return f_dur(r->duration_us);
	return fmt("%s+", f_dur(r->last_us));
}

const char *f_run_end(const an_run *r)
{
	if (r->has_exit_code)
		return fmt("exit %d", r->exit_code);
	return r->ended_at ? "ended" : "no end recorded";
}

void print_run_header(FILE *f, const an_run *r)
{
	fprintf(f, "run %lld: %s (%s, %s, %s)\n", (long long)r->id, f_argv(r),
		f_time(r->started_at), f_run_length(r), f_run_end(r));
}

void print_stack(FILE *f, const cli_opts *o, const an_stack *s, const char *indent, int max)
{
	int i, n = max > 0 && max < s->n ? max : s->n;
	if (!s->n) {
		fprintf(f, "%s(no stack recorded)\n", indent);
		return;
	}
	for (i = 0; i < n; i++) {
		const an_loc *l = &s->frames[i];
		const char *w = f_where(o, l);
		if (!strcmp(l->file, "native"))
			fprintf(f, "%sat %s (native)\n", indent, f_func(l));
		else if (*w)
			fprintf(f, "%sat %s (%s)\n", indent, f_func(l), w);
		else
			fprintf(f, "%sat %s\n", indent, f_func(l));
	}
	if (n < s->n)
		fprintf(f, "%s... %d more\n", indent, s->n - n);
}

const char *phase_label(int phase)
{
	return phase == STORE_PHASE_NONE ? "main" : an_phase_name(phase);
}
