/* The table: columns sized by display width and fitted to the terminal;
 * long cells are cut on character boundaries with "…". Every cell goes
 * through display.c, so no control character from the data is printed. */
#include <stdlib.h>
#include <string.h>

#include "display.h"
#include "out.h"
#include "xalloc.h"

#define GAP	2	/* spaces between columns */

static const struct field *
cell(const struct view *v, const struct record *r, size_t col)
{
	return &r->f[v->cols[col]];
}

/* Gives each column its natural width if all fit, else shares the width
 * out: narrow columns keep theirs, wide ones split what is left evenly. */
static void
fit(size_t *w, const size_t *nat, size_t ncols, size_t width)
{
	size_t *order = xcalloc(ncols, sizeof *order);
	size_t i, j, total = 0, avail, left;

	for (i = 0; i < ncols; i++) {
		w[i] = nat[i];
		total += nat[i];
	}
	if (width == 0 || total + GAP * (ncols - 1) <= width) {
		free(order);
		return;
	}
	/* Columns in order of natural width (insertion sort; few columns). */
	for (i = 0; i < ncols; i++) {
		for (j = i; j > 0 && nat[order[j - 1]] > nat[i]; j--)
			order[j] = order[j - 1];
		order[j] = i;
	}
	avail = width > GAP * (ncols - 1) ? width - GAP * (ncols - 1) : 0;
	for (i = 0; i < ncols; i++) {
		size_t c = order[i], share;

		left = ncols - i;
		share = avail / left;
		w[c] = nat[c] < share ? nat[c] : share;
		if (w[c] == 0 && nat[c] > 0)
			w[c] = 1;
		avail = avail > w[c] ? avail - w[c] : 0;
	}
	free(order);
}

static void
line(struct buf *b, const struct view *v, const size_t *w, const char *const
    *text, const size_t *len)
{
	size_t i, used;

	for (i = 0; i < v->n; i++) {
		used = display_cell(b, text[i], len[i], w[i]);
		if (i + 1 < v->n)
			buf_pad(b, w[i] - used + GAP);
	}
	/* No trailing blanks: trim the padding of empty last cells. */
	while (b->len > 0 && b->s[b->len - 1] == ' ')
		b->len--;
	buf_addc(b, '\n');
}

void
out_table(struct out *o, const struct view *v, struct record *const *rows,
    size_t n, const struct table_opts *opts)
{
	size_t *nat, *w, *len, i, c;
	const char **text;
	struct buf b = { NULL, 0, 0 };

	if (n == 0 || v->n == 0)
		return;
	nat = xcalloc(v->n, sizeof *nat);
	w = xcalloc(v->n, sizeof *w);
	len = xcalloc(v->n, sizeof *len);
	text = xcalloc(v->n, sizeof *text);
	for (c = 0; c < v->n; c++) {
		const char *name = v->schema->names[v->cols[c]];

		nat[c] = display_width(name, strlen(name));
		for (i = 0; i < n; i++) {
			const struct field *f = cell(v, rows[i], c);
			size_t fw = display_width(f->s, f->len);

			if (fw > nat[c])
				nat[c] = fw;
		}
	}
	fit(w, nat, v->n, opts->width);

	for (c = 0; c < v->n; c++) {
		text[c] = v->schema->names[v->cols[c]];
		len[c] = strlen(text[c]);
	}
	if (opts->color)
		buf_adds(&b, "\033[1m");
	line(&b, v, w, text, len);
	if (opts->color) {
		b.len--;	/* before the newline */
		buf_adds(&b, "\033[0m\n");
	}
	out_write(o, b.s, b.len);
	for (i = 0; i < n && o->err == 0; i++) {
		b.len = 0;
		for (c = 0; c < v->n; c++) {
			text[c] = cell(v, rows[i], c)->s;
			len[c] = cell(v, rows[i], c)->len;
		}
		line(&b, v, w, text, len);
		out_write(o, b.s, b.len);
	}
	buf_free(&b);
	free(nat);
	free(w);
	free(len);
	free(text);
}
