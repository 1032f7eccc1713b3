#include "group.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "fold.h"
#include "strmap.h"
#include "xalloc.h"

struct group {
	size_t col;
	int by_year;
	struct strmap counts;	/* value -> rows */
};

struct group *
group_new(size_t col, int by_year)
{
	struct group *g = xcalloc(1, sizeof *g);

	g->col = col;
	g->by_year = by_year;
	strmap_init(&g->counts);
	return g;
}

static void
count(struct group *g, const char *s, size_t n)
{
	int added;

	strmap_get(&g->counts, s, n, &added)->value++;
}

void
group_add(struct group *g, const struct record *r, struct diag_sink *d)
{
	const struct field *f = &r->f[g->col];
	struct interval iv;
	const char *why;
	char year[16];
	int y, m, day, undated;

	if (!g->by_year || f->len == 0) {
		count(g, f->s, f->len);
		return;
	}
	if ((why = date_parse_text(f->s, f->len, &iv, &undated)) != NULL) {
		diag_error(d, r->file, r->line, "bad date '%.*s': %s",
		    (int)(f->len > 64 ? 64 : f->len), f->s, why);
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
	free(g);
}
