/* CSV out (RFC 4180, LF line ends): a field is quoted when it holds a
 * comma, a quote, a line break, or leading or trailing white space. */
#include <string.h>

#include "out.h"

static void
csv_field(struct out *o, const char *s, size_t n)
{
	const char *p, *q, *end = s + n;
	size_t i;
	int quote = n > 0 && (s[0] == ' ' || s[0] == '\t' ||
	    s[n - 1] == ' ' || s[n - 1] == '\t');

	for (i = 0; i < n && !quote; i++)
		if (s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r')
			quote = 1;
	if (!quote) {
		out_write(o, s, n);
		return;
	}
	out_putc(o, '"');
	for (p = s; (q = memchr(p, '"', (size_t)(end - p))) != NULL; p = q + 1) {
		out_write(o, p, (size_t)(q - p) + 1);
		out_putc(o, '"');	/* double it */
	}
	out_write(o, p, (size_t)(end - p));
	out_putc(o, '"');
}

static void
csv_begin(struct out *o, const struct view *v)
{
	size_t i;

	if (v->n == 0)
		return;
	for (i = 0; i < v->n; i++) {
		const char *name = v->schema->names[v->cols[i]];

		if (i > 0)
			out_putc(o, ',');
		csv_field(o, name, strlen(name));
	}
	out_putc(o, '\n');
}

static void
csv_row(struct out *o, const struct view *v, const struct record *r,
    size_t row)
{
	(void)row;
	size_t i;

	for (i = 0; i < v->n; i++) {
		const struct field *f = &r->f[v->cols[i]];

		if (i > 0)
			out_putc(o, ',');
		if (v->n == 1 && f->len == 0)
			out_puts(o, "\"\"");	/* not a blank line */
		else
			csv_field(o, f->s, f->len);
	}
	out_putc(o, '\n');
}

static void
csv_end(struct out *o, const struct view *v, size_t nrows)
{
	(void)o;
	(void)v;
	(void)nrows;
}

const struct formatter out_csv = { csv_begin, csv_row, csv_end };
