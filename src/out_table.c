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

/* Shares width out evenly: narrow columns keep their natural width, wide
 * ones split what is left (water filling). */
static void
share(size_t *w, const size_t *nat, size_t ncols, size_t avail)
{
	size_t *order = xcalloc(ncols, sizeof *order), i, j, c, part;

	for (i = 0; i < ncols; i++) {	/* by natural width; few columns */
		for (j = i; j > 0 && nat[order[j - 1]] > nat[i]; j--)
			order[j] = order[j - 1];
		order[j] = i;
	}
	for (i = 0; i < ncols; i++) {
		c = order[i];
		part = avail / (ncols - i);
		w[c] = nat[c] < part ? nat[c] : part;
		if (w[c] == 0 && nat[c] > 0)
			w[c] = 1;
		avail = avail > w[c] ? avail - w[c] : 0;
	}
	free(order);
}

/* Gives each column its natural width if all fit. Otherwise the widest
 * column (the title, as a rule) is the one that gives: the others are held
 * to a modest width, it takes what is left, and space it does not need
 * goes back to them. On a very narrow terminal all columns share. */
void
table_fit(size_t *w, const size_t *nat, size_t ncols, size_t width)
{
	size_t i, flex = 0, total = 0, avail, cap, rest, surplus, grown;

	for (i = 0; i < ncols; i++) {
		w[i] = nat[i];
		total += nat[i];
		if (nat[i] > nat[flex])
			flex = i;
	}
	if (width == 0 || total + GAP * (ncols - 1) <= width)
		return;
	avail = width > GAP * (ncols - 1) ? width - GAP * (ncols - 1) : 0;
	if (ncols == 1) {
		w[0] = avail ? avail : 1;
		return;
	}
	cap = avail / (2 * (ncols - 1));
	if (cap < 10)
		cap = 10;
	rest = avail;
	for (i = 0; i < ncols; i++)
		if (i != flex) {
			w[i] = nat[i] < cap ? nat[i] : cap;
			rest = rest > w[i] ? rest - w[i] : 0;
		}
	if (rest < 10 && rest < nat[flex]) {
		share(w, nat, ncols, avail);
		return;
	}
	w[flex] = rest < nat[flex] ? rest : nat[flex];
	surplus = rest - w[flex];
	do {			/* hand back what the widest does not need */
		grown = 0;
		for (i = 0; i < ncols && surplus > 0; i++)
			if (w[i] < nat[i]) {
				w[i]++;
				surplus--;
				grown = 1;
			}
	} while (grown && surplus > 0);
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
	table_fit(w, nat, v->n, opts->width);

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
