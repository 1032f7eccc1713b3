/* TSV out: tab-separated, one row a line; a tab, line break or backslash
 * inside a field is written as \t, \n, \r or \\. A field that starts with
 * a quote is quoted as in CSV instead (its bytes as they are, quotes
 * doubled): citeq reads it back so, as spreadsheets write tab-separated
 * text (tsvs_split in csvsplit.h), and as Python's csv module reads it. */
#include <string.h>

#include "out.h"

static void
tsv_field(struct out *o, const char *s, size_t n)
{
	size_t i, from = 0;

	if (n > 0 && s[0] == '"') {
		out_putc(o, '"');
		for (i = 0; i < n; i++) {
			if (s[i] == '"')
				out_putc(o, '"');	/* doubled */
			out_putc(o, s[i]);
		}
		out_putc(o, '"');
		return;
	}
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
	if (v->n == 1 && r->f[v->cols[0]].len == 0)
		out_puts(o, "\"\"\n");	/* not a blank line, which is skipped */
	else
		out_delimited(o, v, r, '\t', tsv_field);
}

const struct formatter out_tsv = { tsv_begin, tsv_row, NULL };
