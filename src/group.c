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
	int unit;		/* enum group_unit */
	int items;		/* a column of ";" lists: count the items */
	struct strmap counts;	/* value -> rows */
	uint64_t *last;		/* per entry of counts: the last row counted */
	size_t nlast;
	uint64_t row;		/* rows seen, this one included */
};

struct group *
group_new(const struct schema *s, size_t col, int unit)
{
	struct group *g = xcalloc(1, sizeof *g);

	g->col = col;
	g->unit = unit;
	g->items = unit == GROUP_VALUE && roles_column_is_list(s, col);
	strmap_init(&g->counts);
	return g;
}

/* Counts the value for this row, once: a list may name an item twice. */
static void
count(void *arg, const char *s, size_t n)
{
	struct group *g = arg;
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

typedef void value_fn(void *, const char *, size_t);

/* The items of a ";" list, without the blanks around them. */
static void
list_items(const char *s, size_t n, value_fn *fn, void *arg)
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
			fn(arg, a, (size_t)(b - a));
			any = 1;
		}
		if (q == end)
			break;
		p = q + 1;
	}
	if (!any)
		fn(arg, "", 0);
}

/* The date's year, or its month or day when the date is that precise
 * (a date of a whole year counts as the year by month or by day). */
static size_t
date_label(int unit, const struct interval *iv, char *out, size_t size)
{
	int y, m, d, y2, m2, d2;

	date_civil(iv->lo, &y, &m, &d);
	date_civil(iv->hi, &y2, &m2, &d2);
	if (unit == GROUP_DAY && iv->lo == iv->hi)
		return (size_t)snprintf(out, size, "%04d-%02d-%02d", y, m, d);
	if (unit != GROUP_YEAR && y == y2 && m == m2)
		return (size_t)snprintf(out, size, "%04d-%02d", y, m);
	return (size_t)snprintf(out, size, "%04d", y);
}

/* Calls fn with each value row r counts for; 0, or -1 when its date
 * cannot be read. */
static int
row_values(const struct group *g, const struct record *r, value_fn *fn,
    void *arg)
{
	const struct field *f = &r->f[g->col];
	struct interval iv;
	char label[32];
	int undated;

	if (g->items) {
		list_items(f->s, f->len, fn, arg);
		return 0;
	}
	if (g->unit == GROUP_VALUE || f->len == 0) {
		fn(arg, f->s, f->len);
		return 0;
	}
	if (date_parse_text(f->s, f->len, &iv, &undated) != NULL)
		return -1;
	if (undated) {
		fn(arg, "", 0);
		return 0;
	}
	fn(arg, label, date_label(g->unit, &iv, label, sizeof label));
	return 0;
}

void
group_add(struct group *g, const struct record *r, struct diag_sink *d)
{
	const struct field *f = &r->f[g->col];

	g->row++;
	if (row_values(g, r, count, g) != 0)
		diag_tally(d, r->file, r->line, DIAG_BAD_DATE, f->s, f->len);
}

struct lookfor {
	const char *s;
	size_t n;
	int found;
};

static void
compare(void *arg, const char *s, size_t n)
{
	struct lookfor *l = arg;

	if (n == l->n && memcmp(s, l->s, n) == 0)
		l->found = 1;
}

int
group_row_has(const struct group *g, const struct record *r, const char *s,
    size_t n)
{
	struct lookfor l = { s, n, 0 };

	row_values(g, r, compare, &l);
	return l.found;
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
