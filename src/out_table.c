/* The table: columns sized by display width and fitted to the terminal,
 * the title and the source first; long cells are cut on character
 * boundaries with "…", long lists (authors) after an item with "et al.".
 * Every cell from the data goes through display.c, so no control
 * character from the data is printed. Beside a count (-G) a bar can show
 * its size. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "display.h"
#include "out.h"
#include "roles.h"
#include "xalloc.h"

#define GAP	2	/* spaces between columns */
#define LEAST	10	/* what a column keeps before it gives way further */
#define BAR	20	/* the natural width of a bar */

static const char et_al[] = " et al.";

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

/* For callers that know no roles (the pager). Gives each column its
 * natural width if all fit. Otherwise the widest column is the one that
 * gives: the others are held to a modest width, it takes what is left, and
 * space it does not need goes back to them. On a very narrow terminal all
 * columns share. */
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

/* ---- fitting by role ---- */

void
table_col_init(struct table_col *c, size_t nat, int role, unsigned flags)
{
	c->nat = nat;
	c->whole = (flags & COLUMN_NUMBER) || role == ROLE_DATE ||
	    role == ROLE_ACCESS_DATE || role == ROLE_ARCHIVE_DATE;
	/* The title, then the source, take the largest shares; everything
	 * else, authors included, gives way before them. */
	c->share = role == ROLE_TITLE ? 4 : role == ROLE_SOURCE ? 2 : 1;
}

/* Column c's width at level lambda (in 1/smax of a share): its share,
 * but no less than least (all of it if whole) and no more than it needs. */
static size_t
at_level(const struct table_col *c, size_t lambda, unsigned smax,
    size_t least, int keep_whole)
{
	size_t t = lambda * c->share / smax, keep;

	keep = keep_whole && c->whole ? c->nat : c->nat < least ? c->nat :
	    least;
	if (t < keep)
		t = keep;
	return t < c->nat ? t : c->nat;
}

static size_t
total_at(const struct table_col *c, size_t n, size_t lambda, unsigned smax,
    size_t least, int keep_whole)
{
	size_t i, sum = 0;

	for (i = 0; i < n; i++)
		sum += at_level(&c[i], lambda, smax, least, keep_whole);
	return sum;
}

/* Shares avail out by the columns' shares (water filling): the largest
 * level at which all fit, then the cells left over one each to the columns
 * next in line, larger shares and then leftmost first. */
static void
fill(size_t *w, const struct table_col *c, size_t n, size_t avail,
    size_t least, int keep_whole)
{
	size_t lo = 0, hi = 0, mid, i, left, sum;
	unsigned smax = 1, s;

	for (i = 0; i < n; i++) {
		if (c[i].share > smax)
			smax = c[i].share;
		if (c[i].nat > hi)
			hi = c[i].nat;
	}
	if (hi > avail)		/* no column gets more than avail */
		hi = avail + 1;
	hi *= smax;		/* every column at its natural width */
	while (lo < hi) {	/* the largest level that fits */
		mid = lo + (hi - lo + 1) / 2;
		if (total_at(c, n, mid, smax, least, keep_whole) <= avail)
			lo = mid;
		else
			hi = mid - 1;
	}
	sum = 0;
	for (i = 0; i < n; i++) {
		w[i] = at_level(&c[i], lo, smax, least, keep_whole);
		sum += w[i];
	}
	left = avail > sum ? avail - sum : 0;
	for (s = smax; s > 0 && left > 0; s--)
		for (i = 0; i < n && left > 0; i++)
			if (c[i].share == s && at_level(&c[i], lo + 1, smax,
			    least, keep_whole) > w[i]) {
				w[i]++;
				left--;
			}
}

void
table_fit_cols(size_t *w, const struct table_col *c, size_t ncols,
    size_t width)
{
	size_t i, total = 0, avail;

	for (i = 0; i < ncols; i++) {
		w[i] = c[i].nat;
		total += c[i].nat;
	}
	if (ncols == 0 || width == 0 || total + GAP * (ncols - 1) <= width)
		return;
	avail = width > GAP * (ncols - 1) ? width - GAP * (ncols - 1) : 0;
	/* Every column keeps LEAST, dates and numbers all of theirs; on a
	 * narrower terminal three columns each, then one; narrower still,
	 * the dates and numbers give way too. */
	if (total_at(c, ncols, 0, 1, LEAST, 1) <= avail)
		fill(w, c, ncols, avail, LEAST, 1);
	else if (total_at(c, ncols, 0, 1, 3, 1) <= avail)
		fill(w, c, ncols, avail, 3, 1);
	else if (total_at(c, ncols, 0, 1, 1, 1) <= avail)
		fill(w, c, ncols, avail, 1, 1);
	else
		fill(w, c, ncols, avail, 1, 0);
	for (i = 0; i < ncols; i++)
		if (w[i] == 0 && c[i].nat > 0)
			w[i] = 1;
}

/* ---- cells ---- */

/* What the table shows of a column: a field of the view, or the bar
 * beside a count. */
struct tcol {
	size_t col;		/* in the schema */
	int bar;		/* the bar of the count in col */
	uint64_t max;		/* for a bar: the largest count */
	int list;		/* ";" lists: cut after an item, "et al." */
	int empty_value;	/* an empty cell shows as "(empty)" */
};

static void
cell_text(const struct tcol *t, const struct record *r, const char **s,
    size_t *n)
{
	const struct field *f = &r->f[t->col];

	if (f->len == 0 && t->empty_value) {
		*s = "(empty)";
		*n = 7;
	} else {
		*s = f->s;
		*n = f->len;
	}
}

/* A list too wide for w: as many items as fit with " et al." after them,
 * or, when not even the first does, cut as any cell. Each byte is looked
 * at a bounded number of times, whatever the list holds. */
static size_t
list_cell(struct buf *b, const char *s, size_t n, size_t w)
{
	const char *p, *semi, *end = s + n, *best = NULL, *e, *q;
	const char *done = s;	/* s[0, done) is measured: width */
	size_t etw = sizeof et_al - 1, used, width = 0;

	if (display_width(s, n) <= w)
		return display_cell(b, s, n, w);
	for (p = s; (semi = memchr(p, ';', (size_t)(end - p))) != NULL;
	    p = q) {
		for (e = semi; e > done && (e[-1] == ' ' || e[-1] == '\t');
		    e--)
			;
		for (q = semi + 1; q < end && (*q == ' ' || *q == '\t' ||
		    *q == ';'); q++)
			;
		if (q == end)		/* nothing after: no one to elide */
			break;
		if (e == s)
			continue;
		/* Widths add up: s, e and done are on ASCII characters. */
		width += display_width(done, (size_t)(e - done));
		done = e;
		if (width + etw > w)
			break;
		best = e;
	}
	if (best == NULL)
		return display_cell(b, s, n, w);
	used = display_cell(b, s, (size_t)(best - s), w);
	buf_adds(b, et_al);
	return used + etw;
}

/* A count as a number; 0 if the cell is not one. */
static uint64_t
cell_count(const struct field *f)
{
	uint64_t v = 0;
	size_t i;

	for (i = 0; i < f->len; i++) {
		if (f->s[i] < '0' || f->s[i] > '9')
			return 0;
		if (v > (UINT64_MAX - 9) / 10)
			return UINT64_MAX;
		v = v * 10 + (uint64_t)(f->s[i] - '0');
	}
	return v;
}

size_t
table_bar(struct buf *b, uint64_t n, uint64_t max, size_t w, int ascii)
{
	/* Eighths of a cell: U+258F LEFT ONE EIGHTH BLOCK to U+2589 LEFT
	 * SEVEN EIGHTHS BLOCK; U+2588 FULL BLOCK for a whole one. */
	static const char *const part[8] = { "", "\xE2\x96\x8F",
	    "\xE2\x96\x8E", "\xE2\x96\x8D", "\xE2\x96\x8C", "\xE2\x96\x8B",
	    "\xE2\x96\x8A", "\xE2\x96\x89" };
	uint64_t units = ascii ? 1 : 8, total, e, i;

	if (n == 0 || max == 0 || w == 0)
		return 0;
	while (max > UINT32_MAX) {	/* keeps n * total in range */
		max >>= 1;
		n >>= 1;
	}
	if (w > 65536)
		w = 65536;
	total = (uint64_t)w * units;
	e = (2 * n * total + max) / (2 * max);	/* rounded */
	if (e == 0)
		e = 1;		/* a count is never nothing */
	if (e > total)
		e = total;
	for (i = 0; i < e / units; i++)
		buf_adds(b, ascii ? "#" : "\xE2\x96\x88");
	if (e % units != 0)
		buf_adds(b, part[e % units]);
	return (size_t)((e + units - 1) / units);
}

/* One line: the header (r NULL: the column names, none over a bar) or a
 * row. */
static void
line(struct buf *b, const struct view *v, const struct tcol *t, size_t n,
    const size_t *w, const struct record *r, int ascii)
{
	const char *s;
	size_t i, len, used;

	for (i = 0; i < n; i++) {
		if (t[i].bar) {
			used = r == NULL ? 0 : table_bar(b,
			    cell_count(&r->f[t[i].col]), t[i].max, w[i], ascii);
		} else if (r == NULL) {
			s = v->schema->names[t[i].col];
			used = display_cell(b, s, strlen(s), w[i]);
		} else {
			cell_text(&t[i], r, &s, &len);
			used = t[i].list ? list_cell(b, s, len, w[i]) :
			    display_cell(b, s, len, w[i]);
		}
		if (i + 1 < n)
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
	const struct schema *sc = v->schema;
	struct table_col *fit;
	struct tcol *t;
	size_t *w, nt = 0, i, c, len;
	uint64_t k;
	const char *s;
	struct buf b = { NULL, 0, 0 };

	if (n == 0 || v->n == 0)
		return;
	t = xcalloc(2 * v->n, sizeof *t);
	fit = xcalloc(2 * v->n, sizeof *fit);
	w = xcalloc(2 * v->n, sizeof *w);
	for (c = 0; c < v->n; c++) {
		size_t col = v->cols[c];
		unsigned flags = schema_flags(sc, col);
		const char *name = sc->names[col];
		size_t nat = display_width(name, strlen(name));

		t[nt].col = col;
		t[nt].list = roles_column_is_list(sc, col);
		t[nt].empty_value = (flags & COLUMN_EMPTY_VALUE) != 0;
		for (i = 0; i < n; i++) {
			size_t fw;

			cell_text(&t[nt], rows[i], &s, &len);
			fw = display_width(s, len);
			if (fw > nat)
				nat = fw;
		}
		table_col_init(&fit[nt], nat, role_of_name(name,
		    strlen(name)), flags);
		nt++;
		if (opts->bars && (flags & COLUMN_COUNT)) {
			t[nt].col = col;
			t[nt].bar = 1;
			table_col_init(&fit[nt], BAR, -1, 0);
			for (i = 0; i < n; i++)
				if ((k = cell_count(&rows[i]->f[col])) >
				    t[nt].max)
					t[nt].max = k;
			nt++;
		}
	}
	table_fit_cols(w, fit, nt, opts->width);

	if (opts->color)
		buf_adds(&b, "\033[1m");
	line(&b, v, t, nt, w, NULL, opts->ascii);
	if (opts->color) {
		b.len--;	/* before the newline */
		buf_adds(&b, "\033[0m\n");
	}
	out_write(o, b.s, b.len);
	for (i = 0; i < n && o->err == 0; i++) {
		b.len = 0;
		line(&b, v, t, nt, w, rows[i], opts->ascii);
		out_write(o, b.s, b.len);
	}
	buf_free(&b);
	free(t);
	free(fit);
	free(w);
}
