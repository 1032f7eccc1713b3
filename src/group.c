#include "group.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "fold.h"
#include "roles.h"
#include "strmap.h"
#include "xalloc.h"

struct group {
	size_t col;
	int by_year;
	int items;		/* a column of ";" lists: count the items */
	struct strmap counts;	/* value -> rows */
	uint64_t *last;		/* per entry of counts: the last row counted */
	size_t nlast;
	uint64_t row;		/* rows seen, this one included */
};

struct group *
group_new(const struct schema *s, size_t col, int by_year)
{
	struct group *g = xcalloc(1, sizeof *g);

	g->col = col;
	g->by_year = by_year;
	g->items = !by_year && roles_column_is_list(s, col);
	strmap_init(&g->counts);
	return g;
}

/* Counts the value for this row, once: a list may name an item twice. */
static void
count(struct group *g, const char *s, size_t n)
{
	struct strmap_entry *e;
	size_t i;
	int added;

	e = strmap_get(&g->counts, s, n, &added);
	i = (size_t)(e - g->counts.v);
	if (i >= g->nlast) {
		size_t old = g->nlast;

		g->nlast = g->counts.cap > i ? g->counts.cap : i + 1;
		g->last = xreallocarray(g->last, g->nlast, sizeof *g->last);
		memset(g->last + old, 0, (g->nlast - old) * sizeof *g->last);
	}
	if (g->last[i] == g->row)
		return;
	g->last[i] = g->row;
	e->value++;
}

static int
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The items of a ";" list, without the blanks around them. */
static void
count_items(struct group *g, const char *s, size_t n)
{
	const char *p = s, *end = s + n, *q, *a, *b;
	int any = 0;

	for (;;) {
		q = memchr(p, ';', (size_t)(end - p));
		if (q == NULL)
			q = end;
		for (a = p; a < q && is_blank(*a); a++)
			;
		for (b = q; b > a && is_blank(b[-1]); b--)
			;
		if (b > a) {
			count(g, a, (size_t)(b - a));
			any = 1;
		}
		if (q == end)
			break;
		p = q + 1;
	}
	if (!any)
		count(g, "", 0);
}

void
group_add(struct group *g, const struct record *r, struct diag_sink *d)
{
	const struct field *f = &r->f[g->col];
	struct interval iv;
	const char *why;
	char year[16];
	int y, m, day, undated;

	g->row++;
	if (g->items) {
		count_items(g, f->s, f->len);
		return;
	}
	if (!g->by_year || f->len == 0) {
		count(g, f->s, f->len);
		return;
	}
	if ((why = date_parse_text(f->s, f->len, &iv, &undated)) != NULL) {
		diag_tally(d, r->file, r->line, DIAG_BAD_DATE, f->s, f->len);
		return;
	}
	if (undated) {
		count(g, "", 0);
		return;
	}
	date_civil(iv.lo, &y, &m, &day);
	snprintf(year, sizeof year, "%04d", y);
	count(g, year, strlen(year));
}

static int
by_count(const void *a, const void *b)
{
	const struct strmap_entry *x = a, *y = b;
	size_t xl, yl;
	char *xf, *yf;
	int c;

	if (x->value != y->value)
		return x->value > y->value ? -1 : 1;
	xf = fold_dup(x->key, x->len, &xl);
	yf = fold_dup(y->key, y->len, &yl);
	c = natural_cmp(xf, xl, yf, yl);
	if (c == 0)
		c = natural_cmp(x->key, x->len, y->key, y->len);
	free(xf);
	free(yf);
	return c;
}

void
group_result(struct group *g, const char *name, struct schema *s,
    struct rowset *rows)
{
	size_t i, n = g->counts.n;
	struct strmap_entry *v = xcalloc(n + 1, sizeof *v);
	char num[32];

	if (n > 0)		/* a copy: the map stays usable */
		memcpy(v, g->counts.v, n * sizeof *v);
	qsort(v, n, sizeof *v, by_count);
	schema_set_flags(s, schema_add(s, name, strlen(name)),
	    COLUMN_EMPTY_VALUE);
	schema_set_flags(s, schema_add(s, "count", 5),
	    COLUMN_NUMBER | COLUMN_COUNT);
	for (i = 0; i < n; i++) {
		const char *vals[2];

		snprintf(num, sizeof num, "%llu", (unsigned long long)v[i].value);
		vals[0] = v[i].key;
		vals[1] = num;
		rowset_push(rows, record_make(2, vals));
	}
	free(v);
}

void
group_free(struct group *g)
{
	if (g == NULL)
		return;
	strmap_free(&g->counts);
	free(g->last);
	free(g);
}
