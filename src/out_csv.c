/* CSV out (RFC 4180, LF line ends): a field is quoted when it holds a
 * comma, a quote, a line break, or leading or trailing white space. */
#include <string.h>

#include "csvsplit.h"
#include "out.h"

static void
csv_field(struct out *o, const char *s, size_t n)
{
	const char *p, *q, *end = s + n;
	int quote = n > 0 && (s[0] == ' ' || s[0] == '\t' ||
	    s[n - 1] == ' ' || s[n - 1] == '\t');

	if (!quote && csvs_find(s, 0, n, ',', '"', '\n', '\r') < n)
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
	out_delimited(o, v, NULL, ',', csv_field);
}

static void
csv_row(struct out *o, const struct view *v, const struct record *r,
    size_t row)
{
	(void)row;
	if (v->n == 1 && r->f[v->cols[0]].len == 0)
		out_puts(o, "\"\"\n");	/* not a blank line, which is skipped */
	else
		out_delimited(o, v, r, ',', csv_field);
}

const struct formatter out_csv = { csv_begin, csv_row, NULL };
