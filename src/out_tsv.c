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
	out_delimited(o, v, NULL, '\t', tsv_field);
}

static void
tsv_row(struct out *o, const struct view *v, const struct record *r,
    size_t row)
{
	(void)row;
	out_delimited(o, v, r, '\t', tsv_field);
}

const struct formatter out_tsv = { tsv_begin, tsv_row, NULL };
