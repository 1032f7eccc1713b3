/* TSV out: tab-separated, one row a line; a tab, line break or backslash
 * inside a field is written as \t, \n, \r or \\. */
#include <string.h>

#include "out.h"

static void
tsv_field(struct out *o, const char *s, size_t n)
{
	size_t i, from = 0;

	for (i = 0; i < n; i++) {
		const char *esc;

		switch (s[i]) {
		case '\t': esc = "\\t"; break;
		case '\n': esc = "\\n"; break;
		case '\r': esc = "\\r"; break;
		case '\\': esc = "\\\\"; break;
		default: continue;
		}
		out_write(o, s + from, i - from);
		out_puts(o, esc);
		from = i + 1;
	}
	out_write(o, s + from, n - from);
}

static void
tsv_begin(struct out *o, const struct view *v)
{
	size_t i;

	if (v->n == 0)
		return;
	for (i = 0; i < v->n; i++) {
		const char *name = v->schema->names[v->cols[i]];

		if (i > 0)
			out_putc(o, '\t');
		tsv_field(o, name, strlen(name));
	}
	out_putc(o, '\n');
}

static void
tsv_row(struct out *o, const struct view *v, const struct record *r,
    size_t row)
{
	(void)row;
	size_t i;

	for (i = 0; i < v->n; i++) {
		if (i > 0)
			out_putc(o, '\t');
		tsv_field(o, r->f[v->cols[i]].s, r->f[v->cols[i]].len);
	}
	out_putc(o, '\n');
}

static void
tsv_end(struct out *o, const struct view *v, size_t nrows)
{
	(void)o;
	(void)v;
	(void)nrows;
}

const struct formatter out_tsv = { tsv_begin, tsv_row, tsv_end };
